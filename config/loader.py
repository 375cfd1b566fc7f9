"""Load and validate policywatch's YAML configuration.

Every problem becomes one :class:`ConfigError` whose message names the file, the key and, where the
YAML parser knows it, the line. Nothing is written while loading.
"""

from __future__ import annotations

import gc
import os
import pickle
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml
from platformdirs import user_data_dir
from pydantic import ValidationError

from config.schema import Settings, VendorConfig, WatchlistFile

ENV_CONFIG = "POLICYWATCH_CONFIG"
DEFAULT_CONFIG_RELATIVE = Path("config") / "policywatch.yaml"
PACKAGED_CONFIG_DIR = Path(__file__).resolve().parent


class ConfigError(Exception):
    """A configuration file that cannot be used, with one clear message."""


@dataclass(frozen=True)
class LoadedConfig:
    """Validated settings plus where they came from."""

    settings: Settings
    path: Path | None
    database_url: str
    vendors: list[VendorConfig] = field(default_factory=list)
    watchlist_path: Path | None = None


def without_watchlist(config: LoadedConfig) -> LoadedConfig:
    """The configuration without its vendors, for work that reads what it needs of them from the
    database (the re-check of stored versions): a few KB to send to a worker process, not one per
    watched document."""
    return replace(config, vendors=[], settings=config.settings.model_copy(update={"vendors": []}))


def default_database_url() -> str:
    """A SQLite file in the user's data directory."""
    data_dir = Path(user_data_dir("policywatch", appauthor=False))
    return f"sqlite:///{data_dir / 'policywatch.db'}"


def resolve_config_path(explicit: str | os.PathLike[str] | None) -> Path:
    """``--config``, else ``$POLICYWATCH_CONFIG``, else ./config/policywatch.yaml, else the packaged default."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(ENV_CONFIG)
    if env:
        return Path(env)
    if DEFAULT_CONFIG_RELATIVE.is_file():
        return DEFAULT_CONFIG_RELATIVE
    return PACKAGED_CONFIG_DIR / "policywatch.yaml"


def load_config(path: str | os.PathLike[str] | None = None) -> LoadedConfig:
    """Read, parse and validate the configuration (and its watchlist file, if any)."""
    return _compacted(_load(resolve_config_path(path)))


def _load(config_path: Path) -> LoadedConfig:
    data, lines = _read_yaml(config_path, expect_mapping=True)
    settings = _validate(Settings, data, lines, config_path)
    base_dir = config_path.resolve().parent

    vendors = list(settings.vendors)
    watchlist_path: Path | None = None
    if settings.watchlist:
        watchlist_path = _relative_to(base_dir, settings.watchlist)
        wl_data, wl_lines = _read_yaml(watchlist_path, expect_mapping=True)
        watchlist = _validate(WatchlistFile, wl_data, wl_lines, watchlist_path)
        vendors.extend(watchlist.vendors)
    _check_unique_vendor_names(vendors, config_path)

    database_url = settings.database or default_database_url()
    return LoadedConfig(
        settings=settings,
        path=config_path,
        database_url=database_url,
        vendors=vendors,
        watchlist_path=watchlist_path,
    )


def _compacted(config: LoadedConfig) -> LoadedConfig:
    """The same configuration, re-created in one go. Validation places the models between the objects
    of the parsed YAML, which are garbage afterwards, and those holes keep Python's memory arenas from
    being released: a 10,000-document watchlist held 25 MB of a long-lived daemon's RSS for 9 MB of
    models. Copied after the original is gone, the models are packed densely (12 MB); ~0.1 s."""
    blob = pickle.dumps(config, protocol=pickle.HIGHEST_PROTOCOL)
    del config
    gc.collect()  # the models hold reference cycles: free them before the copy is made
    return pickle.loads(blob)  # noqa: S301 - our own bytes, made two lines above


def settings_from_dict(data: dict[str, Any]) -> LoadedConfig:
    """Validate an in-memory configuration (tests, the demo). Relative paths are not allowed here."""
    settings = _validate(Settings, data, LineNumbers(None), Path("<memory>"))
    _check_unique_vendor_names(settings.vendors, Path("<memory>"))
    return LoadedConfig(
        settings=settings,
        path=None,
        database_url=settings.database or default_database_url(),
        vendors=list(settings.vendors),
    )


def _relative_to(base_dir: Path, value: str) -> Path:
    candidate = Path(os.path.expanduser(value))
    return candidate if candidate.is_absolute() else base_dir / candidate


# libyaml when PyYAML has it (as for the rule packs): a 10,000-document watchlist parses in a fraction
# of the time and leaves far less garbage behind in a long-lived process. It is a little more lenient
# (a tab after "key:") and its messages a little shorter; the line numbers are the same.
YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineNumbers:
    """Key path (('vendors', 0, 'url'), ...) → 1-based line of a YAML text, worked out only when an
    error message needs it (the node tree of a large watchlist is not kept, nor built, otherwise)."""

    def __init__(self, text: str | None) -> None:
        self._text = text
        self._lines: dict[tuple[Any, ...], int] | None = None

    def get(self) -> dict[tuple[Any, ...], int]:
        if self._lines is None:
            self._lines = {}
            node = yaml.compose(self._text, Loader=YAML_LOADER) if self._text else None
            if node is not None:
                _collect_lines(node, (), self._lines)
        return self._lines


def _read_yaml(path: Path, *, expect_mapping: bool) -> tuple[Any, LineNumbers]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    try:
        data = yaml.load(text, Loader=YAML_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(f"{path}:{where} is not valid YAML: {problem}") from None
    if data is None:
        data = {}
    if expect_mapping and not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of settings at the top level, got {type(data).__name__}")
    return data, LineNumbers(text)


def _collect_lines(node: yaml.Node, path: tuple[Any, ...], lines: dict[tuple[Any, ...], int]) -> None:
    """Map each key path (('vendors', 0, 'url'), ...) to its 1-based line number."""
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            lines[path + (key,)] = key_node.start_mark.line + 1
            _collect_lines(value_node, path + (key,), lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[path + (index,)] = item.start_mark.line + 1
            _collect_lines(item, path + (index,), lines)


def _validate(model: type, data: Any, lines: LineNumbers, path: Path) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_describe_validation_error(exc, lines.get(), path)) from None


def _describe_validation_error(exc: ValidationError, lines: dict[tuple[Any, ...], int], path: Path) -> str:
    messages = []
    for error in exc.errors():
        loc = tuple(p for p in error["loc"] if not _is_union_tag(p))
        key = ".".join(str(p) for p in loc) or "(top level)"
        line = _line_for(loc, lines)
        where = f" line {line}" if line else ""
        if error["type"] == "extra_forbidden":
            text = "unknown key"
        else:
            text = error["msg"].removeprefix("Value error, ")
        messages.append(f"{path}:{where}: {key}: {text}")
    if len(messages) == 1:
        return messages[0]
    return messages[0] + f" (and {len(messages) - 1} more: " + "; ".join(messages[1:4]) + ")"


def _is_union_tag(part: Any) -> bool:
    # pydantic adds the member type name ('str', 'RangeSelector') into locations inside unions
    return isinstance(part, str) and (part in {"str", "RangeSelector"} or part.startswith("function-"))


def _line_for(loc: tuple[Any, ...], lines: dict[tuple[Any, ...], int]) -> int | None:
    for end in range(len(loc), -1, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return None


def _check_unique_vendor_names(vendors: list[VendorConfig], path: Path) -> None:
    seen: set[str] = set()
    for vendor in vendors:
        key = vendor.name.casefold()
        if key in seen:
            raise ConfigError(f"{path}: vendor {vendor.name!r} is listed twice")
        seen.add(key)

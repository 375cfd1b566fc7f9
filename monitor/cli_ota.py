"""``policywatch import-ota FILE.json...``: watched documents from Open Terms Archive declarations.

The documents are written into the watchlist YAML file, so the configuration stays the source of truth
(the next `run`/daemon reload syncs them into the database). The file is edited with ruamel.yaml's
round-trip mode: comments, key order and the layout of existing entries are kept; new vendors are
appended, and a vendor that already exists (same name, any case) gets the new documents appended to its
`documents`. A URL already watched (in the watchlist or in the configuration's own `vendors`) is never
added twice. The result is validated before the file is replaced (atomically).

Mapping: the declaration's service `name` (else the file name) → vendor name; each document's `fetch` →
`url`; its terms type → `type` (Privacy Policy → privacy_policy, Terms of Service → terms_of_service,
Data Processing Agreement → dpa, …, anything else → other); `select`/`remove` as they are (CSS strings
and range selectors). Skipped, with the reason: multi-page (`combine`) documents, documents without a
`fetch` URL, invalid selectors, files that are not declarations.

``monitor.cli`` wires it with ``register(app)``.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Optional
from urllib.parse import urlsplit, urlunsplit

import typer

__all__ = ["ImportReport", "import_declarations", "register"]

NEW_FILE_HEADER = "Watched vendors. `policywatch import-ota` adds Open Terms Archive declarations here.\n"


@dataclass
class ImportReport:
    watchlist: str
    added: list[dict[str, Any]] = field(default_factory=list)  # {vendor, type, url, select, remove, file}
    skipped: list[dict[str, Any]] = field(default_factory=list)  # {file, vendor, terms_type, url, reason}
    created_file: bool = False


def url_key(url: str) -> str:
    """The form of a URL compared for duplicates: scheme and host lowercased, no fragment, no trailing slash."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    path = parts.path.rstrip("/")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def import_declarations(
    files: list[Path], watchlist: Path, *, config_vendors: list[Any] = (), dry_run: bool = False  # type: ignore[assignment]
) -> ImportReport:
    """Add every usable document of the declaration files to the watchlist file (created if needed).

    ``config_vendors`` are vendors defined elsewhere (the configuration file's own `vendors`): their
    URLs count as watched, and their names cannot be reused in the watchlist. Raises ValueError when
    the watchlist file exists but cannot be edited (not YAML, not a mapping, invalid after the edit).
    """
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    from config.ota import OTA_TERMS_TYPES, SkippedDeclaration, read_declaration_documents
    from config.schema import WatchlistFile

    yaml = YAML()  # round-trip: keeps comments and layout
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.preserve_quotes = True
    yaml.width = 4096
    report = ImportReport(watchlist=str(watchlist))

    if watchlist.exists():
        try:
            data = yaml.load(watchlist.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001 - ruamel raises many kinds
            raise ValueError(f"{watchlist}: is not valid YAML: {exc}") from None
        if data is None:
            data = CommentedMap()
        if not isinstance(data, dict):
            raise ValueError(f"{watchlist}: expected a mapping with `vendors:` at the top level")
    else:
        data = CommentedMap()
        data.yaml_set_start_comment(NEW_FILE_HEADER)
        report.created_file = True
    if data.get("vendors") is None:
        data["vendors"] = CommentedSeq()
    vendors = data["vendors"]
    if not isinstance(vendors, list):
        raise ValueError(f"{watchlist}: `vendors` must be a list")

    watched: dict[str, str] = {}  # url key -> vendor name
    by_name: dict[str, Any] = {}
    for vendor in vendors:
        if isinstance(vendor, dict):
            by_name[str(vendor.get("name", "")).casefold()] = vendor
            for doc in vendor.get("documents") or []:
                if isinstance(doc, dict) and doc.get("url"):
                    watched[url_key(str(doc["url"]))] = str(vendor.get("name"))
    elsewhere: set[str] = set()
    for vendor in config_vendors:
        elsewhere.add(vendor.name.casefold())
        for doc in vendor.documents:
            watched.setdefault(url_key(doc.url), vendor.name)

    for path in files:
        def skip(reason: str, vendor: str | None = None, terms_type: str | None = None, url: str | None = None) -> None:
            report.skipped.append(
                {"file": str(path), "vendor": vendor, "terms_type": terms_type, "url": url, "reason": reason}
            )

        try:
            documents = read_declaration_documents(path)
        except FileNotFoundError:
            skip("file not found")
            continue
        except (OSError, UnicodeDecodeError) as exc:
            skip(f"cannot read: {exc}")
            continue
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            skip(f"not an Open Terms Archive declaration: {exc}")
            continue
        for declared in documents:
            name = (declared.service or _service_from_filename(path)).strip()
            if isinstance(declared, SkippedDeclaration):
                skip(declared.reason, name, declared.terms_type)
                continue
            if not declared.url or not isinstance(declared.url, str):
                skip("no `fetch` URL", name, declared.terms_type)
                continue
            if name.casefold() in elsewhere:
                skip(f"vendor {name!r} is defined in the configuration file itself; add it there",
                     name, declared.terms_type, declared.url)
                continue
            key = url_key(declared.url)
            if key in watched:
                skip(f"already watched (vendor {watched[key]})", name, declared.terms_type, declared.url)
                continue
            doc_type = OTA_TERMS_TYPES.get(declared.terms_type, "other")
            entry = CommentedMap()
            entry["type"] = doc_type
            entry["url"] = declared.url
            if declared.select:
                entry["select"] = _selectors(declared.select)
            if declared.remove:
                entry["remove"] = _selectors(declared.remove)
            vendor = by_name.get(name.casefold())
            if vendor is None:
                vendor = CommentedMap()
                vendor["name"] = name
                vendor["documents"] = CommentedSeq()
                vendors.append(vendor)
                by_name[name.casefold()] = vendor
            elif vendor.get("documents") is None:
                vendor["documents"] = CommentedSeq()
            if vendor["documents"]:
                _move_trailing_blank_lines(vendor["documents"][-1], entry)
            vendor["documents"].append(entry)
            watched[key] = str(vendor["name"])
            report.added.append(
                {
                    "file": str(path), "vendor": str(vendor["name"]), "type": doc_type, "url": declared.url,
                    "select": len(declared.select), "remove": len(declared.remove),
                }
            )

    if not report.added or dry_run:
        return report
    plain = json.loads(json.dumps(data, default=str))
    try:
        WatchlistFile.model_validate(plain)
    except Exception as exc:  # noqa: BLE001 - pydantic's ValidationError, reported as one line
        raise ValueError(f"{watchlist}: the edited watchlist would not be valid: {exc}") from None
    _write_atomically(watchlist, yaml, data)
    return report


def _move_trailing_blank_lines(previous: Any, entry: Any) -> None:
    """Blank lines and comments that followed the previous last item now follow the appended one."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    node, key = previous, None
    while True:  # the deepest last key/index: ruamel keeps the comment after an item there
        if isinstance(node, CommentedMap) and node:
            key = list(node.keys())[-1]
        elif isinstance(node, CommentedSeq) and node:
            key = len(node) - 1
        else:
            return
        child = node[key]
        if isinstance(child, (CommentedMap, CommentedSeq)) and child:
            node = child
            continue
        break
    slot = 2 if isinstance(node, CommentedMap) else 0
    tokens = node.ca.items.get(key)
    if not tokens or len(tokens) <= slot or tokens[slot] is None:
        return
    last_key = list(entry.keys())[-1]
    if isinstance(entry[last_key], CommentedSeq):  # after a selector list: attach to its last item
        target, target_key, target_slot = entry[last_key], len(entry[last_key]) - 1, 0
        if isinstance(target[target_key], CommentedMap):
            target, target_key, target_slot = target[target_key], list(target[target_key].keys())[-1], 2
    else:
        target, target_key, target_slot = entry, last_key, 2
    moved = [None] * 4
    moved[target_slot] = tokens[slot]
    target.ca.items[target_key] = moved
    tokens[slot] = None


def _selectors(items: list[Any]) -> Any:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    seq = CommentedSeq()
    for item in items:
        if isinstance(item, dict):
            mapping = CommentedMap()
            for key in ("startBefore", "startAfter", "endBefore", "endAfter"):
                if key in item:
                    mapping[key] = item[key]
            seq.append(mapping)
        else:
            seq.append(item)
    return seq


def _service_from_filename(path: Path) -> str:
    name = path.name
    for suffix in (".history.json", ".filters.js", ".json"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def _write_atomically(path: Path, yaml: Any, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            yaml.dump(data, handle)
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def default_watchlist_path() -> Path:
    """The configuration's `watchlist` file (which may not exist yet), read without loading it."""
    import yaml

    from config.loader import PACKAGED_CONFIG_DIR, resolve_config_path
    from monitor.cli import fail, state

    config_path = resolve_config_path(state.config_path)
    if config_path.resolve().parent == PACKAGED_CONFIG_DIR.resolve():
        fail(
            "no configuration of yours was found (only the packaged default): pass --watchlist PATH, "
            "or --config FILE whose `watchlist:` names the file to write"
        )
    try:
        settings = yaml.safe_load(config_path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        fail(f"{config_path}: cannot read the configuration: {exc}")
    watchlist = settings.get("watchlist") if isinstance(settings, dict) else None
    if not watchlist or not isinstance(watchlist, str):
        fail(f"{config_path} names no `watchlist:` file: pass --watchlist PATH (and add `watchlist: PATH` there)")
    candidate = Path(os.path.expanduser(watchlist))
    return candidate if candidate.is_absolute() else config_path.resolve().parent / candidate


def _inline_vendors() -> list[Any]:
    """The configuration file's own `vendors` (not the watchlist's), when the configuration loads."""
    from config.loader import ConfigError, load_config, resolve_config_path
    from config.schema import Settings
    from monitor.cli import state

    try:
        config = load_config(state.config_path)
        return list(config.settings.vendors)
    except ConfigError:
        # e.g. the watchlist file does not exist yet: read the settings alone
        import yaml

        try:
            data = yaml.safe_load(resolve_config_path(state.config_path).read_text(encoding="utf-8")) or {}
            return list(Settings.model_validate({**data, "watchlist": None}).vendors)
        except Exception:  # noqa: BLE001 - then there is nothing to compare against
            return []


def register(app: typer.Typer) -> None:
    """Add the ``import-ota`` command to ``app`` (idempotent)."""
    if any(getattr(c, "name", None) == "import-ota" for c in app.registered_commands):
        return

    @app.command(name="import-ota")
    def import_ota(
        files: list[Path] = typer.Argument(..., help="Open Terms Archive declaration files (Service.json)."),
        watchlist: Optional[Path] = typer.Option(
            None, "--watchlist", help="Watchlist YAML file to add to (default: the configuration's `watchlist`)."
        ),
        dry_run: bool = typer.Option(False, "--dry-run", help="Show what would be added; write nothing."),
        as_json: bool = typer.Option(False, "--json", help="Print what was added and skipped as JSON."),
    ) -> None:
        """Watch the documents declared in Open Terms Archive declaration files (adds them to the watchlist)."""
        from monitor.cli import fail, out, print_json

        target = watchlist if watchlist is not None else default_watchlist_path()
        config_vendors = _inline_vendors()
        try:
            report = import_declarations(list(files), target, config_vendors=config_vendors, dry_run=dry_run)
        except ValueError as exc:
            fail(str(exc))
        except OSError as exc:
            fail(f"{target}: cannot write the watchlist: {exc}")
        if as_json:
            print_json({**asdict(report), "dry_run": dry_run})
            return
        for item in report.added:
            selectors = f"select {item['select']}, remove {item['remove']}" if item["select"] or item["remove"] else "generic extraction"
            out.print(f"added    {item['vendor']} {item['type']}: {item['url']} ({selectors})", markup=False)
        for item in report.skipped:
            what = " ".join(str(p) for p in (item["vendor"], item["terms_type"]) if p) or item["file"]
            out.print(f"skipped  {what}: {item['reason']}", markup=False)
        verb = "would be added to" if dry_run else ("added to new file" if report.created_file else "added to")
        if report.added:
            out.print(f"{len(report.added)} document(s) {verb} {target}; {len(report.skipped)} skipped", markup=False)
        else:
            out.print(f"nothing added to {target}; {len(report.skipped)} skipped", markup=False)


if __name__ == "__main__":  # python -m monitor.cli_ota [--config FILE] import-ota ...
    from monitor.cli import app as _app

    register(_app)
    _app()

"""Rule packs (config/rules/*.yaml and $POLICYWATCH_RULES_DIR): loading, validation, compilation.

Every file has a ``kind``:

* ``checklist`` — the items C01–C32: title, GDPR severity, whether conditional (``not_applicable``
  unless triggered);
* ``language_pack`` — for one language: negation and clause-break cues, number words, duration units,
  month names, and per item ``cues`` / ``section`` + ``section_cues`` / ``trigger`` / ``exclude`` /
  ``context`` (the sentence, list lead-in or section must also match) / ``triggered_cues`` (count only
  when the document triggers the conditional item) regexes, plus labelled lexicons (legal bases, transfer mechanisms, …) used by value extraction
  and the risk signals. Several files for one language are merged (user packs extend shipped ones);
* ``places`` — countries, regions and supervisory authorities, with names in every language;
* ``requirements`` — the user's vendor requirements, per vendor or per vendor category.

Every problem is a :class:`RulePackError` raised at load time whose message names the file and the
rule (``config/rules/gdpr.sv.yaml: items.C11.cues[2]: invalid regular expression '(': ...``).
"""

from __future__ import annotations

import os
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from monitor.checks.prefilter import Literals, required_literals

ENV_RULES_DIR = "POLICYWATCH_RULES_DIR"
SHIPPED_RULES_DIR = Path(__file__).resolve().parents[2] / "config" / "rules"
CHECKLIST_IDS = tuple(f"C{n:02d}" for n in range(1, 33))
SIGNAL_IDS = tuple(f"R{n:02d}" for n in range(1, 24))
UNITS = ("day", "week", "month", "year", "hour")
ITEM_PARTS = ("cues", "section", "section_cues", "trigger", "exclude", "context", "triggered_cues")
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: packs parse ~10x faster


class RulePackError(Exception):
    """A rule file that cannot be used; the message names the file and the rule."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ItemCues(_Strict):
    """The cues of one checklist item in one language."""

    cues: list[str] = Field(default_factory=list, description="a sentence matching any of these addresses the item")
    section: list[str] = Field(default_factory=list, description="heading-path cues that enable section_cues")
    section_cues: list[str] = Field(default_factory=list, description="weaker cues, counted only under a `section` heading")
    trigger: list[str] = Field(default_factory=list, description="conditional items: the cues that make them applicable")
    exclude: list[str] = Field(default_factory=list, description="sentences matching these never count")
    context: list[str] = Field(
        default_factory=list,
        description="a cue match counts only when the sentence also matches one of these, or when the heading path "
        "or the list item's lead-in matches a `section` cue (rights: the data subject must be the one acting)",
    )
    triggered_cues: list[str] = Field(
        default_factory=list,
        description="conditional items: weaker cues, counted only when the item's trigger occurs in the document",
    )


class LanguagePackFile(_Strict):
    kind: Literal["language_pack"]
    language: str
    name: str | None = None
    negation: list[str] = Field(default_factory=list)
    clause_breaks: list[str] = Field(default_factory=list)
    numbers: dict[str, int] = Field(default_factory=dict)
    units: dict[str, list[str]] = Field(default_factory=dict)
    months: list[str] = Field(default_factory=list)
    items: dict[str, ItemCues] = Field(default_factory=dict)
    lexicons: dict[str, list[str]] = Field(default_factory=dict)
    labels: dict[str, dict[str, list[str]]] = Field(default_factory=dict)

    @field_validator("units")
    @classmethod
    def _known_units(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for unit in value:
            if unit not in UNITS:
                raise ValueError(f"unknown unit {unit!r} (one of {', '.join(UNITS)})")
        return value

    @field_validator("months")
    @classmethod
    def _twelve_months(cls, value: list[str]) -> list[str]:
        if value and len(value) != 12:
            raise ValueError(f"months needs 12 patterns (January first), got {len(value)}")
        return value


class ChecklistItem(_Strict):
    title: str
    severity: Literal["M", "M?", "S", "V"]
    conditional: bool = False
    trigger_scope: str | None = Field(None, description="trigger cues only count in sentences addressing this item")


class ChecklistFile(_Strict):
    kind: Literal["checklist"]
    items: dict[str, ChecklistItem]


class Country(_Strict):
    name: str
    eea: bool
    names: list[str]


class PlacesFile(_Strict):
    kind: Literal["places"]
    countries: dict[str, Country] = Field(default_factory=dict)
    regions: dict[str, list[str]] = Field(default_factory=dict)
    authorities: dict[str, list[str]] = Field(default_factory=dict)
    list_joiners: list[str] = Field(default_factory=list, description="what joins the places of a list (commas, 'and')")


class Requirement(_Strict):
    """One vendor requirement. Exactly one way of checking: ``item``, ``value`` or ``cues``."""

    id: str = Field(pattern=r"^[A-Za-z][A-Za-z0-9_.-]{1,79}$")
    title: str
    severity: Literal["critical", "high", "medium", "low"] = "high"
    vendors: list[str] = Field(default_factory=list)
    categories: list[str] = Field(default_factory=list)
    item: str | None = None
    expect: Literal["present", "absent", "affirmed", "denied", "not_affirmed"] | None = None
    value: list[str] = Field(default_factory=list, description="values to test, as ITEM.field, e.g. C29.locations")
    within: list[str] = Field(default_factory=list, description="every place in the values is in one of these (country codes, EEA, EU)")
    at_most: float | None = None
    cues: dict[str, list[str]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _one_check(self) -> Requirement:
        ways = [bool(self.item), bool(self.value), bool(self.cues)]
        if sum(ways) != 1:
            raise ValueError("give exactly one of `item` (with `expect`), `value` (with `within` or `at_most`) or `cues`")
        if (self.item or self.cues) and self.expect is None:
            raise ValueError("`expect` is required with `item` or `cues`")
        if self.value and not (self.within or self.at_most is not None):
            raise ValueError("`value` needs `within` or `at_most`")
        return self


class RequirementsFile(_Strict):
    kind: Literal["requirements"]
    requirements: list[Requirement]


@dataclass
class LanguagePack:
    """One language's compiled cues (merged from every file for that language)."""

    language: str
    name: str
    negation: re.Pattern[str] | None
    clause_breaks: re.Pattern[str] | None
    numbers: dict[str, int]
    units: dict[str, re.Pattern[str]]
    months: list[re.Pattern[str]]
    cues: dict[str, re.Pattern[str]] = field(default_factory=dict)
    section: dict[str, re.Pattern[str]] = field(default_factory=dict)
    section_cues: dict[str, re.Pattern[str]] = field(default_factory=dict)
    trigger: dict[str, re.Pattern[str]] = field(default_factory=dict)
    exclude: dict[str, re.Pattern[str]] = field(default_factory=dict)
    context: dict[str, re.Pattern[str]] = field(default_factory=dict)
    triggered_cues: dict[str, re.Pattern[str]] = field(default_factory=dict)
    lexicons: dict[str, re.Pattern[str]] = field(default_factory=dict)
    labels: dict[str, dict[str, re.Pattern[str]]] = field(default_factory=dict)

    # what each sentence addresses, by (sentence, heading path, lead-in): two versions of a policy share
    # nearly all their sentences, so re-checking the previous version makes the new one cheap
    sentence_verdicts: OrderedDict[tuple[str, str, str], tuple[tuple[str, bool, bool], ...]] = field(
        default_factory=OrderedDict, repr=False, compare=False
    )
    # monitor.checks.verdicts.pack_digest, computed once
    verdict_digest: str | None = field(default=None, repr=False, compare=False)

    def lexicon(self, name: str) -> re.Pattern[str] | None:
        return self.lexicons.get(name)

    @cached_property
    def cue_literals(self) -> dict[str, Literals | None]:
        """Per item, strings one of which a sentence must contain for its cues to match (``prefilter``)."""
        return {item: required_literals(pattern) for item, pattern in self.cues.items()}

    @cached_property
    def section_cue_literals(self) -> dict[str, Literals | None]:
        return {item: required_literals(pattern) for item, pattern in self.section_cues.items()}

    @cached_property
    def triggered_cue_literals(self) -> dict[str, Literals | None]:
        return {item: required_literals(pattern) for item, pattern in self.triggered_cues.items()}

    @cached_property
    def item_ids(self) -> list[str]:
        """The items this pack can find (those with cues, section cues or triggered cues)."""
        return sorted(set(self.cues) | set(self.section_cues) | set(self.triggered_cues))


@dataclass
class Places:
    countries: dict[str, Country]
    country_patterns: dict[str, re.Pattern[str]]
    regions: dict[str, re.Pattern[str]]
    authorities: dict[str, re.Pattern[str]]
    list_joiner: re.Pattern[str] | None = None


REQUIREMENT_MATCHES_KEPT = 5_000  # per requirement: two versions of a long policy


@dataclass
class CompiledRequirement:
    spec: Requirement
    source: Path
    cues: dict[str, re.Pattern[str]]
    # (language, lowered sentence) -> where the cue first matches, -1 for nowhere: the newest
    # REQUIREMENT_MATCHES_KEPT, since a re-check reads the same sentences in both versions
    _matches: OrderedDict[tuple[str, str], int] = field(default_factory=OrderedDict, repr=False, compare=False)

    def cue_match_start(self, language: str, lowered: str) -> int | None:
        """Where the requirement's cue for ``language`` first matches a folded sentence, or None."""
        pattern = self.cues.get(language)
        if pattern is None:
            return None
        key = (language, lowered)
        start = self._matches.get(key)
        if start is None:
            match = pattern.search(lowered)
            start = self._matches[key] = match.start() if match else -1
            if len(self._matches) > REQUIREMENT_MATCHES_KEPT:
                self._matches.popitem(last=False)
        else:
            self._matches.move_to_end(key)
        return start if start >= 0 else None

    def applies_to(self, vendor: str | None, category: str | None) -> bool:
        spec = self.spec
        if not spec.vendors and not spec.categories:
            return True
        if vendor and any(v.casefold() == vendor.casefold() for v in spec.vendors):
            return True
        return bool(category and any(c.casefold() == category.casefold() for c in spec.categories))


@dataclass
class RuleSet:
    """Everything the engine needs, compiled."""

    checklist: dict[str, ChecklistItem]
    packs: dict[str, LanguagePack]
    places: Places
    requirements: list[CompiledRequirement]
    files: list[Path]

    @property
    def languages(self) -> list[str]:
        return sorted(self.packs)


def _compile(patterns: list[str], where: str, path: Path) -> re.Pattern[str] | None:
    """One alternation of the patterns, each validated alone first so the error names the culprit."""
    if not patterns:
        return None
    for index, pattern in enumerate(patterns):
        if not isinstance(pattern, str) or not pattern:
            raise RulePackError(f"{path}: {where}[{index}]: empty pattern")
        try:
            re.compile(pattern)
        except re.error as exc:
            raise RulePackError(f"{path}: {where}[{index}]: invalid regular expression {pattern!r}: {exc}") from None
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except OSError as exc:
        raise RulePackError(f"{path}: cannot read: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}:" if mark is not None else ""
        raise RulePackError(f"{path}:{where} not valid YAML: {getattr(exc, 'problem', None) or exc}") from None
    if not isinstance(data, dict) or "kind" not in data:
        raise RulePackError(f"{path}: a rule file is a mapping with a `kind` (checklist, language_pack, places, requirements)")
    return data


_MODELS: dict[str, type[BaseModel]] = {
    "checklist": ChecklistFile,
    "language_pack": LanguagePackFile,
    "places": PlacesFile,
    "requirements": RequirementsFile,
}


def _validate(path: Path, data: dict[str, Any]) -> BaseModel:
    model = _MODELS.get(data["kind"])
    if model is None:
        raise RulePackError(f"{path}: kind: unknown kind {data['kind']!r} (one of {', '.join(_MODELS)})")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = ".".join(str(p) for p in error["loc"]) or "(top level)"
            rule = _rule_name(data, error["loc"])
            text = "unknown key" if error["type"] == "extra_forbidden" else error["msg"].removeprefix("Value error, ")
            problems.append(f"{path}: {loc}{rule}: {text}")
        raise RulePackError(problems[0] + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else "")) from None


def _rule_name(data: dict[str, Any], loc: tuple[Any, ...]) -> str:
    """For requirements, the id of the rule at fault (locations only give its index)."""
    if len(loc) >= 2 and loc[0] == "requirements" and isinstance(loc[1], int):
        try:
            return f" (rule {data['requirements'][loc[1]].get('id')!r})"
        except (IndexError, AttributeError, KeyError, TypeError):
            return ""
    return ""


def rule_dirs(extra: list[Path] | None = None) -> list[Path]:
    """The shipped rules, then $POLICYWATCH_RULES_DIR, then any given directories."""
    dirs = [SHIPPED_RULES_DIR]
    env = os.environ.get(ENV_RULES_DIR)
    if env:
        dirs.extend(Path(p) for p in env.split(os.pathsep) if p)
    dirs.extend(extra or [])
    return dirs


def load_rules(dirs: list[Path] | None = None, *, files: list[Path] | None = None) -> RuleSet:
    """Load, validate and compile every ``*.yaml`` in ``dirs`` (default :func:`rule_dirs`) plus ``files``."""
    paths: list[Path] = []
    for directory in dirs if dirs is not None else rule_dirs():
        if not directory.is_dir():
            raise RulePackError(f"{directory}: rules directory not found")
        paths.extend(sorted(directory.glob("*.yaml")))
    paths.extend(files or [])
    return _load(tuple(paths), tuple(p.stat().st_mtime_ns if p.exists() else 0 for p in paths))


@lru_cache(maxsize=8)
def _load(paths: tuple[Path, ...], _mtimes: tuple[int, ...]) -> RuleSet:
    checklist: dict[str, ChecklistItem] = {}
    pack_files: list[tuple[Path, LanguagePackFile]] = []
    places = PlacesFile(kind="places")
    places_sources: list[Path] = []
    requirements: list[CompiledRequirement] = []
    requirement_specs: list[tuple[Path, Requirement]] = []
    for path in paths:
        parsed = _validate(path, _read(path))
        if isinstance(parsed, ChecklistFile):
            for item_id in parsed.items:
                if item_id not in CHECKLIST_IDS:
                    raise RulePackError(f"{path}: items.{item_id}: unknown item id {item_id!r} (C01–C32)")
            checklist.update(parsed.items)
        elif isinstance(parsed, LanguagePackFile):
            pack_files.append((path, parsed))
        elif isinstance(parsed, PlacesFile):
            places.countries.update(parsed.countries)
            for key, names in parsed.regions.items():
                places.regions.setdefault(key, []).extend(names)
            for key, names in parsed.authorities.items():
                places.authorities.setdefault(key, []).extend(names)
            places.list_joiners.extend(parsed.list_joiners)
            places_sources.append(path)
        else:
            assert isinstance(parsed, RequirementsFile)
            requirement_specs.extend((path, r) for r in parsed.requirements)
    if not checklist:
        raise RulePackError(f"no checklist file among {len(paths)} rule files ({', '.join(str(p) for p in paths[:3])} …)")
    for item_id, item in checklist.items():
        if item.trigger_scope and item.trigger_scope not in checklist:
            raise RulePackError(f"checklist: items.{item_id}.trigger_scope: unknown item id {item.trigger_scope!r}")

    packs = _compile_packs(pack_files, checklist)
    compiled_places = _compile_places(places, places_sources[0] if places_sources else Path("places"))
    seen_ids: dict[str, Path] = {}
    for path, spec in requirement_specs:
        where = f"requirements (rule {spec.id!r})"
        if spec.id in seen_ids or spec.id in CHECKLIST_IDS:
            raise RulePackError(f"{path}: {where}: id already used (in {seen_ids.get(spec.id, 'the checklist')})")
        seen_ids[spec.id] = path
        if spec.item and spec.item not in checklist:
            raise RulePackError(f"{path}: {where}: item: unknown item id {spec.item!r}")
        for value in spec.value:
            item_id = value.split(".", 1)[0]
            if item_id not in checklist or "." not in value:
                raise RulePackError(f"{path}: {where}: value: {value!r} is not ITEM.field with a known item id")
        cues = {}
        for lang, patterns in spec.cues.items():
            compiled = _compile(patterns, f"{where}.cues.{lang}", path)
            if compiled is not None:
                cues[lang] = compiled
        requirements.append(CompiledRequirement(spec, path, cues))
    return RuleSet(checklist, packs, compiled_places, requirements, list(paths))


def _compile_packs(pack_files: list[tuple[Path, LanguagePackFile]], checklist: dict[str, ChecklistItem]) -> dict[str, LanguagePack]:
    merged: dict[str, dict[str, Any]] = {}
    for path, pack in pack_files:
        for item_id in pack.items:
            if item_id not in checklist:
                raise RulePackError(f"{path}: items.{item_id}: unknown item id {item_id!r} (the checklist has C01–C32)")
        target = merged.setdefault(pack.language, {"name": pack.language, "sources": []})
        target["sources"].append(path)
        if pack.name:
            target["name"] = pack.name
        for key in ("negation", "clause_breaks"):
            target.setdefault(key, []).extend((path, f"{key}[{i}]", v) for i, v in enumerate(getattr(pack, key)))
        if pack.months:
            target["months"] = [(path, f"months[{i}]", v) for i, v in enumerate(pack.months)]
        target.setdefault("numbers", {}).update(pack.numbers)
        for unit, patterns in pack.units.items():
            target.setdefault("units", {}).setdefault(unit, []).extend(
                (path, f"units.{unit}[{i}]", p) for i, p in enumerate(patterns))
        for item_id, cues in pack.items.items():
            for part in ITEM_PARTS:
                target.setdefault(part, {}).setdefault(item_id, []).extend(
                    (path, f"items.{item_id}.{part}[{i}]", v) for i, v in enumerate(getattr(cues, part)))
        for name, patterns in pack.lexicons.items():
            target.setdefault("lexicons", {}).setdefault(name, []).extend(
                (path, f"lexicons.{name}[{i}]", p) for i, p in enumerate(patterns))
        for name, labelled in pack.labels.items():
            for label, patterns in labelled.items():
                target.setdefault("labels", {}).setdefault(name, {}).setdefault(label, []).extend(
                    (path, f"labels.{name}.{label}[{i}]", p) for i, p in enumerate(patterns))

    def comp(entries: list[tuple[Path, str, str]]) -> re.Pattern[str] | None:
        for path, where, pattern in entries:
            if not isinstance(pattern, str) or not pattern:
                raise RulePackError(f"{path}: {where}: empty pattern")
            try:
                re.compile(pattern)
            except re.error as exc:
                raise RulePackError(f"{path}: {where}: invalid regular expression {pattern!r}: {exc}") from None
        return re.compile("|".join(f"(?:{p})" for _, _, p in entries)) if entries else None

    shared = merged.pop("*", {})  # a pack for language "*" extends every language
    for data in merged.values():
        for key in ("negation", "clause_breaks"):
            data.setdefault(key, []).extend(shared.get(key, []))
        for key in ("units", *ITEM_PARTS, "lexicons"):
            for name, entries in shared.get(key, {}).items():
                data.setdefault(key, {}).setdefault(name, []).extend(entries)
        for name, labelled in shared.get("labels", {}).items():
            for label, entries in labelled.items():
                data.setdefault("labels", {}).setdefault(name, {}).setdefault(label, []).extend(entries)
    packs: dict[str, LanguagePack] = {}
    for lang, data in merged.items():
        pack = LanguagePack(
            language=lang,
            name=data["name"],
            negation=comp(data.get("negation", [])),
            clause_breaks=comp(data.get("clause_breaks", [])),
            numbers=data.get("numbers", {}),
            units={u: p for u, v in data.get("units", {}).items() if (p := comp(v)) is not None},
            months=[p for entry in data.get("months", []) if (p := comp([entry])) is not None],
        )
        for part in ITEM_PARTS:
            target = getattr(pack, part)
            for item_id, entries in data.get(part, {}).items():
                if (compiled := comp(entries)) is not None:
                    target[item_id] = compiled
        pack.lexicons = {n: p for n, v in data.get("lexicons", {}).items() if (p := comp(v)) is not None}
        pack.labels = {
            n: {label: p for label, v in labelled.items() if (p := comp(v)) is not None}
            for n, labelled in data.get("labels", {}).items()
        }
        packs[lang] = pack
    return packs


def _compile_places(places: PlacesFile, path: Path) -> Places:
    country_patterns = {}
    for code, country in places.countries.items():
        pattern = _compile(country.names, f"countries.{code}.names", path)
        if pattern is not None:
            country_patterns[code] = pattern
    regions = {k: p for k, v in places.regions.items() if (p := _compile(v, f"regions.{k}", path)) is not None}
    authorities = {k: p for k, v in places.authorities.items() if (p := _compile(v, f"authorities.{k}", path)) is not None}
    return Places(places.countries, country_patterns, regions, authorities,
                  _compile(places.list_joiners, "list_joiners", path))


def default_rules() -> RuleSet:
    """The shipped rules plus $POLICYWATCH_RULES_DIR (cached until a file changes)."""
    return load_rules()

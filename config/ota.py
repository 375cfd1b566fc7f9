"""Reading Open Terms Archive declarations: the `fetch` URL and `select`/`remove` selectors of each document.

Accepted shapes: a service declaration (``{"name", "documents": {"Privacy Policy": {...}}}``), a single
document entry (``{"fetch", "select", "remove"}``), or a corpus wrapper (``{"entry": {...}}``).
`select` and `remove` may each be one selector or a list; a selector is a CSS string or a range
mapping ``{startBefore|startAfter, endBefore|endAfter}``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

OTA_TERMS_TYPES = {
    "Privacy Policy": "privacy_policy",
    "Terms of Service": "terms_of_service",
    "Data Processor Agreement": "dpa",
    "Data Processing Agreement": "dpa",
    "Subprocessors List": "subprocessors",
    "Cookies Policy": "cookie_policy",
    "Cookie Policy": "cookie_policy",
}
RANGE_KEYS = {"startBefore", "startAfter", "endBefore", "endAfter"}


@dataclass(frozen=True)
class DeclaredDocument:
    terms_type: str
    url: str | None
    select: list[Any] = field(default_factory=list)
    remove: list[Any] = field(default_factory=list)
    service: str | None = None

    @property
    def doc_type(self) -> str:
        return OTA_TERMS_TYPES.get(self.terms_type, "other")


def read_declaration(path: Path) -> list[DeclaredDocument]:
    """Every document declared in an OTA declaration file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError("an Open Terms Archive declaration is a JSON object")
    if isinstance(data.get("documents"), dict):
        return [
            _document(entry, terms_type, data.get("name"))
            for terms_type, entry in data["documents"].items()
        ]
    if isinstance(data.get("entry"), dict):
        return [_document(data["entry"], data.get("terms_type", "Privacy Policy"), data.get("service"))]
    if "fetch" in data or "select" in data:
        return [_document(data, data.get("terms_type", "Privacy Policy"), data.get("name"))]
    raise ValueError("no `documents`, `entry` or `fetch` found: not an Open Terms Archive declaration")


def _document(entry: Any, terms_type: str, service: str | None) -> DeclaredDocument:
    if not isinstance(entry, dict):
        raise ValueError(f"{terms_type}: a document declaration is a JSON object")
    if "combine" in entry:
        raise ValueError(f"{terms_type}: multi-page (`combine`) declarations are not supported yet")
    return DeclaredDocument(
        terms_type=terms_type,
        url=entry.get("fetch"),
        select=_selectors(entry.get("select"), f"{terms_type}.select"),
        remove=_selectors(entry.get("remove"), f"{terms_type}.remove"),
        service=service,
    )


def _selectors(value: Any, where: str) -> list[Any]:
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    result: list[Any] = []
    for item in items:
        if isinstance(item, str):
            result.append(item)
        elif isinstance(item, dict) and set(item) <= RANGE_KEYS and item:
            result.append(dict(item))
        else:
            raise ValueError(f"{where}: {item!r} is neither a CSS selector nor a range selector")
    return result


@dataclass(frozen=True)
class SkippedDeclaration:
    """A declared document that cannot be watched as it is, and why."""

    terms_type: str
    service: str | None
    reason: str


def read_declaration_documents(path: Path) -> list[DeclaredDocument | SkippedDeclaration]:
    """Like ``read_declaration``, but a document that cannot be used (multi-page `combine`, a bad
    selector) is reported on its own instead of failing the whole file. Raises ValueError (or
    OSError) only when the file itself is not a declaration."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError("an Open Terms Archive declaration is a JSON object")
    if isinstance(data.get("documents"), dict):
        entries = [(terms_type, entry, data.get("name")) for terms_type, entry in data["documents"].items()]
    elif isinstance(data.get("entry"), dict):
        entries = [(data.get("terms_type", "Privacy Policy"), data["entry"], data.get("service"))]
    elif "fetch" in data or "select" in data:
        entries = [(data.get("terms_type", "Privacy Policy"), data, data.get("name"))]
    else:
        raise ValueError("no `documents`, `entry` or `fetch` found: not an Open Terms Archive declaration")
    result: list[DeclaredDocument | SkippedDeclaration] = []
    for terms_type, entry, service in entries:
        try:
            result.append(_document(entry, terms_type, service))
        except ValueError as exc:
            result.append(SkippedDeclaration(terms_type, service, str(exc).removeprefix(f"{terms_type}: ")))
    return result

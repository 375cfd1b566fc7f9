"""Recognising fetches that answered 200 but did not deliver the policy: a redirect to the home page
or to a login/consent page, or an error page served with status 200."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from storage import outcomes

_WALL_PATH = re.compile(r"(?i)(^|/)(login|log-in|signin|sign-in|auth|sso|consent|cookie-?wall|captcha|challenge)(/|$|\.|\?)")
_ERROR_TITLE = re.compile(
    r"(?i)\b(404|410|500|502|503|not found|page not found|error|oops|"
    r"seite nicht gefunden|page introuvable|pagina niet gevonden|stran ne obstaja|ni najdena|"
    r"sidan hittades inte|sivua ei löytynyt)\b"
)
ERROR_PAGE_MAX_WORDS = 150


def redirect_problem(requested_url: str, final_url: str | None) -> tuple[str, str] | None:
    """A redirect that lands on a login/consent wall or on the home page is not the policy."""
    if not final_url or final_url == requested_url:
        return None
    requested, final = urlsplit(requested_url), urlsplit(final_url)
    if _WALL_PATH.search(final.path) and not _WALL_PATH.search(requested.path):
        return outcomes.BLOCKED, f"redirected to a login or consent page: {final_url}"
    if final.path in ("", "/") and requested.path not in ("", "/") and not final.query:
        return outcomes.SUSPECT, f"redirected to the home page: {final_url}"
    return None


def error_page_problem(title: str | None, text: str, words: int) -> tuple[str, str] | None:
    """A short page whose title or first heading says it is an error, served with status 200."""
    if words > ERROR_PAGE_MAX_WORDS:
        return None
    first_heading = next((line.lstrip("# ") for line in text.splitlines() if line.startswith("#")), "")
    for label in (title or "", first_heading):
        if label and _ERROR_TITLE.search(label):
            return outcomes.SUSPECT, f"looks like an error page served with status 200: {label[:80]!r}"
    return None


def remove_ignored(text: str, patterns: Sequence[str]) -> str:
    """Delete every match of the ignore patterns, line by line."""
    if not patterns:
        return text
    compiled = [re.compile(p) for p in patterns]
    lines = []
    for line in text.splitlines():
        for pattern in compiled:
            line = pattern.sub("", line)
        lines.append(line)
    return "\n".join(lines) + "\n"


def extraction_fingerprint(extractor_version: str, select: Sequence[Any], remove: Sequence[Any], ignore: Sequence[str]) -> str:
    """Identifies how a text was made; a different fingerprint means a re-extraction may differ."""
    settings = json.dumps([list(select), list(remove), list(ignore)], sort_keys=True, ensure_ascii=False)
    return f"{extractor_version}/{hashlib.sha256(settings.encode()).hexdigest()[:8]}"

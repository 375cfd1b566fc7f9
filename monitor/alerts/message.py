"""The alert message and how it is rendered: the webhook body (contract v1) and the email subject/bodies."""

from __future__ import annotations

import copy
import html
import re
import shlex
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

SCHEMA_ID = "policywatch.alert/1"
SCHEMA_PATH = Path(__file__).parent / "schema" / "alert-v1.schema.json"  # JSON Schema of webhook_payload()

KINDS = ("policy_change", "fetch_failure", "recovered", "selector_broken", "digest", "dead_letter")
SEVERITIES = ("critical", "high", "medium", "low", "none")
CHANGE_KINDS = ("first", "text", "cosmetic", "reverted", "technical")

# The id goes into mail headers (Message-ID) and HTTP headers, so it must be a plain token.
_ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")

# A huge rewrite must not produce a multi-megabyte email; the full diff stays one command away.
MAX_DIFF_LINES_IN_EMAIL = 300

_KIND_PHRASES = {
    "policy_change": "changed",
    "fetch_failure": "could not be fetched",
    "recovered": "can be fetched again",
    "selector_broken": "selector no longer matches",
    "digest": "digest",
    "dead_letter": "alert could not be delivered",
}
_OP_MARKS = {"delete": "-", "insert": "+", "move": "~"}


@dataclass(frozen=True)
class AlertMessage:
    """One alert to deliver, identical for every channel; ``id`` is the idempotency key."""

    id: str
    kind: str
    vendor: str
    document: str
    url: str
    detected_at: datetime
    severity: str
    change_kind: str | None
    diff: dict[str, Any] | None = field(hash=False)
    recheck: dict[str, Any] | None = field(hash=False)
    summary: str = ""
    # kind-specific facts: a dead letter's {alert_id, channel, attempts, error}; a digest's {period, channel, count}
    details: dict[str, Any] | None = field(default=None, hash=False)
    items: tuple[AlertMessage, ...] = field(default=(), hash=False)  # a digest's alerts, oldest first

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not _ID_PATTERN.fullmatch(self.id):
            raise ValueError(f"alert id must be a token of letters, digits, '.', '_' or '-': {self.id!r}")
        if self.kind not in KINDS:
            raise ValueError(f"unknown alert kind {self.kind!r}; expected one of {', '.join(KINDS)}")
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}; expected one of {', '.join(SEVERITIES)}")
        if self.change_kind is not None and self.change_kind not in CHANGE_KINDS:
            raise ValueError(f"unknown change kind {self.change_kind!r}; expected one of {', '.join(CHANGE_KINDS)}")
        if self.detected_at.tzinfo is None or self.detected_at.utcoffset() is None:
            raise ValueError("detected_at must be timezone-aware")
        object.__setattr__(self, "detected_at", self.detected_at.astimezone(timezone.utc))


def iso_utc(moment: datetime) -> str:
    """ISO 8601 in UTC with a ``Z`` suffix, e.g. ``2025-03-01T12:00:00Z``."""
    return moment.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


def webhook_payload(msg: AlertMessage) -> dict[str, Any]:
    """The webhook body of the v1 contract (see schema/alert-v1.schema.json)."""
    payload: dict[str, Any] = {
        "schema": SCHEMA_ID,
        "id": msg.id,
        "kind": msg.kind,
        "vendor": msg.vendor,
        "document": msg.document,
        "url": msg.url,
        "detected_at": iso_utc(msg.detected_at),
        "severity": msg.severity,
        "change_kind": msg.change_kind,
        # Copies, so a caller mutating the payload cannot change the (frozen) message.
        "diff": copy.deepcopy(msg.diff),
        "recheck": copy.deepcopy(msg.recheck),
    }
    if msg.details is not None:
        payload["details"] = copy.deepcopy(msg.details)
    if msg.kind == "digest":
        payload["alerts"] = [webhook_payload(item) for item in msg.items]
    return payload


def one_line(value: object) -> str:
    """``value`` as a single line: control characters and line/paragraph separators become spaces."""
    text = "".join(
        " " if unicodedata.category(char) in ("Cc", "Zl", "Zp") else char for char in str(value)
    )
    return " ".join(text.split())


def email_subject(msg: AlertMessage) -> str:
    """Subject naming severity, vendor and document, e.g. ``[policywatch] HIGH: Koofr privacy_policy changed``.

    A digest's subject names its period, how many alerts it holds and (up to five of) their vendors.
    """
    if msg.kind == "digest":
        period = one_line((msg.details or {}).get("period") or "")
        vendors = list(dict.fromkeys(one_line(item.vendor) for item in msg.items if item.vendor))
        text = f"{period + ' ' if period else ''}digest, {len(msg.items)} alert{'s' if len(msg.items) != 1 else ''}"
        if vendors:
            text += ": " + ", ".join(vendors[:5]) + (", …" if len(vendors) > 5 else "")
        return f"[policywatch] {msg.severity.upper()}: {text}"
    words = (one_line(msg.vendor), one_line(msg.document), _KIND_PHRASES[msg.kind])
    return f"[policywatch] {msg.severity.upper()}: " + " ".join(word for word in words if word)


def email_bodies(msg: AlertMessage) -> tuple[str, str]:
    """The plain-text and HTML bodies: facts, the section-located diff and the re-check flips/signals."""
    return _text_body(msg), _html_body(msg)


# --- rendering helpers -------------------------------------------------------------------------


def _facts(msg: AlertMessage) -> list[tuple[str, str]]:
    facts = [
        ("Vendor", one_line(msg.vendor)),
        ("Document", one_line(msg.document)),
        ("URL", one_line(msg.url)),
        ("Detected", msg.detected_at.strftime("%Y-%m-%d %H:%M:%S UTC")),
        ("Severity", msg.severity),
    ]
    facts = [(label, value) for label, value in facts if value or label not in ("Vendor", "Document", "URL")]
    for key, value in (msg.details or {}).items():
        if not isinstance(value, (dict, list)):
            facts.append((key.replace("_", " ").capitalize(), one_line(value)))
    if msg.change_kind:
        facts.append(("Change", msg.change_kind))
    facts.append(("Alert id", msg.id))
    return facts


def _changed_sections(diff: dict[str, Any]) -> list[tuple[list[str], list[tuple[str, str]]]]:
    """(heading path, [(op, text)]) for each section with a non-equal op, equal ops dropped."""
    sections = []
    for section in diff.get("sections") or []:
        changes = [
            (str(op.get("op")), one_line(op.get("text", "")))
            for op in section.get("ops") or []
            if op.get("op") in _OP_MARKS
        ]
        if changes:
            sections.append(([one_line(h) for h in section.get("heading_path") or []], changes))
    return sections


def _heading_label(heading_path: list[str]) -> str:
    return " › ".join(heading_path) if heading_path else "(before the first heading)"


def _stats_label(diff: dict[str, Any]) -> str:
    stats = diff.get("stats") or {}
    return f"+{stats.get('inserted_words', 0)}/-{stats.get('deleted_words', 0)} words"


def _diff_command(msg: AlertMessage) -> str | None:
    if msg.diff is None or msg.diff.get("from") is None or msg.diff.get("to") is None:
        return None
    return (
        f"policywatch diff {shlex.quote(one_line(msg.vendor))} --document {shlex.quote(one_line(msg.document))}"
        f" --from {shlex.quote(str(msg.diff['from']))} --to {shlex.quote(str(msg.diff['to']))}"
    )


def _limited(
    sections: list[tuple[list[str], list[tuple[str, str]]]],
) -> tuple[list[tuple[list[str], list[tuple[str, str]]]], int]:
    """The sections cut to MAX_DIFF_LINES_IN_EMAIL changed lines, and how many lines were left out."""
    kept, budget, omitted = [], MAX_DIFF_LINES_IN_EMAIL, 0
    for heading_path, changes in sections:
        if budget <= 0:
            omitted += len(changes)
            continue
        kept.append((heading_path, changes[:budget]))
        omitted += max(0, len(changes) - budget)
        budget -= len(changes)
    return kept, omitted


def _underlined(title: str) -> list[str]:
    return [title, "=" * len(title)]


def _text_body(msg: AlertMessage) -> str:
    lines = _text_parts(msg)
    for number, item in enumerate(msg.items, 1):
        lines += ["", ""] + _underlined(f"{number}. {email_subject(item).removeprefix('[policywatch] ')}")
        lines += _text_parts(item)
    lines += ["", "-- ", "Sent by policywatch."]
    return "\n".join(lines) + "\n"


def _text_parts(msg: AlertMessage) -> list[str]:
    lines: list[str] = []
    headline = one_line(msg.summary) or email_subject(msg).removeprefix("[policywatch] ")
    lines += [headline, ""]
    facts = _facts(msg)
    width = max(len(label) for label, _ in facts) + 1
    lines += [f"{label + ':':<{width}} {value}" for label, value in facts]

    if msg.diff is not None:
        lines += [""] + _underlined(f"Changes ({_stats_label(msg.diff)})")
        sections, omitted = _limited(_changed_sections(msg.diff))
        if not sections:
            lines.append("No changed text.")
        for heading_path, changes in sections:
            lines += ["", f"§ {_heading_label(heading_path)}"]
            lines += [f"  {_OP_MARKS[op]} {text}" for op, text in changes]
        if omitted:
            lines += ["", f"... {omitted} more changed blocks not shown."]
        command = _diff_command(msg)
        if command:
            lines += ["", f"Full diff: {command}"]

    if msg.recheck is not None:
        lines += [""] + _underlined(f"Compliance re-check (severity: {msg.recheck.get('severity', 'none')})")
        flips = msg.recheck.get("flips") or []
        signals = msg.recheck.get("signals") or []
        if flips:
            lines.append("Checklist items that changed:")
            lines += [
                f"  {one_line(f.get('id'))}: {one_line(f.get('before'))} -> {one_line(f.get('after'))}" for f in flips
            ]
        if signals:
            lines.append("Risk signals:")
            for signal in signals:
                lines.append(f"  [{one_line(signal.get('severity'))}] {one_line(signal.get('id'))}")
                lines += [f"      \"{one_line(evidence)}\"" for evidence in signal.get("evidence") or []]
        if not flips and not signals:
            lines.append("No checklist item changed and no risk signal fired.")
    return lines


def _e(value: object) -> str:
    return html.escape(one_line(value), quote=True)


def _html_body(msg: AlertMessage) -> str:
    parts: list[str] = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8"><title>' + _e(email_subject(msg)) + "</title></head>",
        '<body style="font-family: sans-serif; line-height: 1.4">',
    ]
    parts += _html_parts(msg, f"<h2>{_e(one_line(msg.summary) or email_subject(msg).removeprefix('[policywatch] '))}</h2>")
    for number, item in enumerate(msg.items, 1):
        title = f"{number}. {email_subject(item).removeprefix('[policywatch] ')}"
        summary = f"<p>{_e(item.summary)}</p>" if one_line(item.summary) else ""
        parts += ["<hr>"] + _html_parts(item, f"<h2>{_e(title)}</h2>{summary}")
    parts += ["<hr><p><small>Sent by policywatch.</small></p>", "</body></html>"]
    return "\n".join(parts) + "\n"


def _html_parts(msg: AlertMessage, heading: str) -> list[str]:
    parts: list[str] = [heading, "<table>"]
    for label, value in _facts(msg):
        if label == "URL" and re.match(r"^https?://", value, re.IGNORECASE):
            # Only http(s) becomes a link: a javascript: or data: URL stays inert text.
            cell = f'<a href="{_e(value)}">{_e(value)}</a>'
        else:
            cell = _e(value)
        parts.append(f'<tr><th style="text-align: left; padding-right: 1em">{_e(label)}</th><td>{cell}</td></tr>')
    parts.append("</table>")

    if msg.diff is not None:
        parts.append(f"<h3>Changes ({_e(_stats_label(msg.diff))})</h3>")
        sections, omitted = _limited(_changed_sections(msg.diff))
        if not sections:
            parts.append("<p>No changed text.</p>")
        for heading_path, changes in sections:
            parts.append(f"<h4>§ {_e(_heading_label(heading_path))}</h4>")
            parts.append('<ul style="list-style: none; padding-left: 0">')
            for op, text in changes:
                if op == "delete":
                    parts.append(f'<li style="background: #fdd"><del>− {_e(text)}</del></li>')
                elif op == "insert":
                    parts.append(f'<li style="background: #dfd"><ins>+ {_e(text)}</ins></li>')
                else:
                    parts.append(f'<li style="background: #eef">~ {_e(text)} <em>(moved)</em></li>')
            parts.append("</ul>")
        if omitted:
            parts.append(f"<p>… {omitted} more changed blocks not shown.</p>")
        command = _diff_command(msg)
        if command:
            parts.append(f"<p>Full diff: <code>{_e(command)}</code></p>")

    if msg.recheck is not None:
        parts.append(f"<h3>Compliance re-check (severity: {_e(msg.recheck.get('severity', 'none'))})</h3>")
        flips = msg.recheck.get("flips") or []
        signals = msg.recheck.get("signals") or []
        if flips:
            parts.append("<p>Checklist items that changed:</p><ul>")
            parts += [
                f"<li><b>{_e(f.get('id'))}</b>: {_e(f.get('before'))} → {_e(f.get('after'))}</li>" for f in flips
            ]
            parts.append("</ul>")
        if signals:
            parts.append("<p>Risk signals:</p><ul>")
            for signal in signals:
                evidence = "".join(f"<blockquote>{_e(e)}</blockquote>" for e in signal.get("evidence") or [])
                parts.append(f"<li>[{_e(signal.get('severity'))}] <b>{_e(signal.get('id'))}</b>{evidence}</li>")
            parts.append("</ul>")
        if not flips and not signals:
            parts.append("<p>No checklist item changed and no risk signal fired.</p>")
    return parts

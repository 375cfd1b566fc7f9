"""Sentence verdicts of a checked version, kept in the database so that the next re-check of its
document only matches the cues of the sentences that changed.

A re-check checks the new version and the previous one with the current rules. The previous version
was checked in an earlier cycle (hours ago, often in another process), so the in-process memo of
sentence verdicts no longer holds its sentences and both checks would match every cue of every
sentence again. Instead, each check stores what each of its sentences addresses (``engine.VerdictLog``),
and the re-check of the next version starts from those verdicts.

Stored as JSON in a content-addressed blob (zstd), referenced from a ``sentence_verdicts`` row:

    {"format": 1, "packs": {"en": {"digest": "<pack digest>", "sentences": {"<sentence digest>": "C05 C11n C20w"}}}}

(an item id, ``n`` when negated, ``w`` when weak). A pack digest covers the pack's cue sources and the
source of the modules that turn cues into verdicts, so a changed rule pack or matching code never
reuses a verdict; a missing, stale or unreadable blob only costs a full check.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.checks.engine import Verdict, VerdictLog
from monitor.checks.rules import ITEM_PARTS, LanguagePack, RuleSet
from storage.blobs import get_blob, put_blob
from storage.database import Database
from storage.models import SentenceVerdicts

log = logging.getLogger(__name__)
FORMAT = 1
# the code that turns a pack's cues into a sentence's verdicts: a change to it invalidates stored verdicts
_CODE = ("engine.py", "segment.py", "rules.py", "prefilter.py")
_code_digest: str | None = None


def code_digest() -> str:
    global _code_digest
    if _code_digest is None:
        h = hashlib.sha256(f"format {FORMAT}\n".encode())
        here = Path(__file__).resolve().parent
        for name in _CODE:
            try:
                h.update(name.encode() + b"\0" + (here / name).read_bytes() + b"\0")
            except OSError:  # no source to hash: never trust a stored verdict
                h.update(name.encode() + b"\0" + os.urandom(16))
        _code_digest = h.hexdigest()
    return _code_digest


def pack_digest(pack: LanguagePack) -> str:
    """A digest of everything a sentence verdict depends on besides the sentence: the pack's cues,
    negation and clause breaks, and the matching code."""
    if pack.verdict_digest is not None:
        return pack.verdict_digest

    def src(pattern: Any) -> str | None:
        return pattern.pattern if pattern is not None else None

    parts = {part: {item: src(p) for item, p in sorted(getattr(pack, part).items())} for part in ITEM_PARTS}
    data = {"language": pack.language, "items": pack.item_ids, "parts": parts,
            "negation": src(pack.negation), "clause_breaks": src(pack.clause_breaks), "code": code_digest()}
    digest = hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    pack.verdict_digest = digest
    return digest


def encode(seen: dict[str, dict[str, Verdict]], rules: RuleSet) -> bytes:
    packs = {}
    for language, sentences in sorted(seen.items()):
        pack = rules.packs.get(language)
        if pack is None or not sentences:
            continue
        packs[language] = {
            "digest": pack_digest(pack),
            "sentences": {
                digest: " ".join(item + ("n" if negated else "") + ("w" if weak else "") for item, negated, weak in verdict)
                for digest, verdict in sentences.items()
            },
        }
    return json.dumps({"format": FORMAT, "packs": packs}, separators=(",", ":"), ensure_ascii=False).encode()


def decode(data: bytes, rules: RuleSet) -> dict[str, dict[str, Verdict]]:
    """The verdicts of the packs that are unchanged since they were stored (ValueError if malformed)."""
    try:
        doc = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"not JSON: {exc}") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("packs"), dict):
        raise ValueError("not a sentence-verdicts document of this format")
    known: dict[str, dict[str, Verdict]] = {}
    for language, entry in doc["packs"].items():
        pack = rules.packs.get(language)
        if pack is None or not isinstance(entry, dict) or entry.get("digest") != pack_digest(pack):
            continue  # the pack changed (or is gone): its verdicts are stale
        sentences = entry.get("sentences")
        if not isinstance(sentences, dict):
            raise ValueError(f"{language}: no sentences")
        items = set(pack.item_ids)
        parsed: dict[str, Verdict] = {}
        for digest, value in sentences.items():
            if not isinstance(value, str):
                raise ValueError(f"{language}: verdict of {digest!r} is not a string")
            verdict = []
            for token in value.split():
                item = token.rstrip("nw")
                flags = token[len(item):]
                if item not in items or flags not in ("", "n", "w", "nw"):
                    raise ValueError(f"{language}: unknown verdict {token!r}")
                verdict.append((item, "n" in flags, "w" in flags))
            parsed[digest] = tuple(verdict)
        known[language] = parsed
    return known


def save(session: Session, version_id: int, seen: dict[str, dict[str, Verdict]], rules: RuleSet) -> None:
    """Store (or replace) the verdicts of a version's sentences, in the caller's transaction."""
    if not seen:
        return
    digest = put_blob(session, encode(seen, rules))
    row = session.get(SentenceVerdicts, version_id)
    if row is None:
        session.add(SentenceVerdicts(version_id=version_id, blob_sha256=digest))
    else:
        row.blob_sha256 = digest


def load(db: Database, version_id: int, rules: RuleSet) -> VerdictLog:
    """A log with the stored verdicts of a version's sentences as ``known`` (empty when there are none,
    they are stale or unreadable: the check then matches the cues)."""
    try:
        with db.read() as session:
            sha = session.scalar(select(SentenceVerdicts.blob_sha256).where(SentenceVerdicts.version_id == version_id))
            data = get_blob(session, sha) if sha is not None else None
        return VerdictLog(known=decode(data, rules) if data is not None else {})
    except Exception as exc:  # noqa: BLE001 - a cache: any failure only costs a full check
        log.warning("version %s: stored sentence verdicts not used: %s: %s", version_id, type(exc).__name__, exc)
        return VerdictLog()

"""Writing to the database: the watchlist, and each fetch with what it implies.

``record_fetch`` is the one place where a fetch becomes (or does not become) a version. It writes in a
single transaction the fetch row, the raw body once per sha256, a new version only when the normalized
text's hash differs from the latest version's, the change row, and the alert with one delivery per
channel (the outbox). A crash at any point leaves either all of it or none of it.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from config.schema import VendorConfig
from storage import outcomes
from storage.blobs import put_blob
from storage.database import Database
from storage.models import Alert, AlertDelivery, Change, Document, Fetch, Vendor, Version, utcnow

REVERT_LOOKBACK = 10  # a text equal to one of the last N versions is a flip-flop, not news
FAILURE_BACKOFF_BASE = timedelta(minutes=5)


@dataclass(frozen=True)
class WatchlistSync:
    """What syncing the watchlist into the database did."""

    vendors: int
    documents: int
    deactivated: int
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class FetchRecord:
    """Everything the crawler learned from one check of one document."""

    document_id: int
    url: str
    outcome: str
    started_at: datetime
    finished_at: datetime
    final_url: str | None = None
    http_status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    message: str | None = None
    raw_body: bytes | None = None
    raw_sha256: str | None = None
    text: str | None = None  # normalized policy text, when outcome is ok
    text_sha256: str | None = None
    words: int | None = None
    language: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    extractor_version: str | None = None


@dataclass(frozen=True)
class RecordedFetch:
    """What ``record_fetch`` concluded."""

    fetch_id: int
    document_id: int
    outcome: str
    version_id: int | None = None
    change_id: int | None = None
    change_kind: str | None = None  # set only when a new version was created
    alert_id: str | None = None
    message: str | None = None


def sync_watchlist(db: Database, vendors: list[VendorConfig], *, default_interval: timedelta) -> WatchlistSync:
    """Create or update vendors and documents from the configuration; deactivate documents no longer listed."""
    now = utcnow()
    problems: list[str] = []
    seen_documents: set[int] = set()
    with db.write() as session:
        for vendor_cfg in vendors:
            vendor = session.scalar(select(Vendor).where(Vendor.name == vendor_cfg.name))
            if vendor is None:
                vendor = Vendor(name=vendor_cfg.name, category=vendor_cfg.category)
                session.add(vendor)
                session.flush()
            vendor.category = vendor_cfg.category
            if not vendor_cfg.documents:
                problems.append(f"{vendor_cfg.name}: no documents to watch (add a `documents:` list)")
            for doc_cfg in vendor_cfg.documents:
                document = session.scalar(
                    select(Document).where(Document.vendor_id == vendor.id, Document.url == doc_cfg.url)
                )
                select_data, remove_data = doc_cfg.selectors_as_data()
                interval = doc_cfg.interval or default_interval
                if document is None:
                    document = Document(vendor_id=vendor.id, url=doc_cfg.url, next_check_at=now, status="new")
                    session.add(document)
                document.doc_type = doc_cfg.type
                document.language = doc_cfg.language
                document.select = select_data
                document.remove = remove_data
                document.interval_seconds = max(int(interval.total_seconds()), 60)
                document.active = True
                session.flush()
                seen_documents.add(document.id)
        stale = session.scalars(select(Document).where(Document.active.is_(True))).all()
        deactivated = 0
        for document in stale:
            if document.id not in seen_documents:
                document.active = False
                deactivated += 1
    return WatchlistSync(
        vendors=len(vendors), documents=len(seen_documents), deactivated=deactivated, problems=problems
    )


def due_document_ids(db: Database, *, now: datetime | None = None, vendor: str | None = None, all_active: bool = False) -> list[int]:
    """Active documents whose next check is due (or all active ones), optionally of one vendor."""
    now = now or utcnow()
    with db.read() as session:
        query = select(Document.id).join(Vendor).where(Document.active.is_(True))
        if vendor is not None:
            query = query.where(Vendor.name == vendor)
        if not all_active:
            query = query.where((Document.next_check_at.is_(None)) | (Document.next_check_at <= now))
        return list(session.scalars(query.order_by(Document.next_check_at, Document.id)))


def record_fetch(db: Database, record: FetchRecord, *, alert_channels: list[str]) -> RecordedFetch:
    """Record one fetch and, in the same transaction, any version, change and alert it implies."""
    with db.write() as session:
        document = session.get(Document, record.document_id)
        if document is None:
            raise LookupError(f"document {record.document_id} does not exist")
        raw_sha = record.raw_sha256
        if record.raw_body is not None:
            raw_sha = put_blob(session, record.raw_body, raw_sha)
        fetch = Fetch(
            document_id=document.id,
            started_at=record.started_at,
            finished_at=record.finished_at,
            url=record.url,
            final_url=record.final_url,
            http_status=record.http_status,
            headers=record.headers,
            outcome=record.outcome,
            message=record.message,
            raw_sha256=raw_sha if record.raw_body is not None else None,
            text_sha256=record.text_sha256,
            extractor_version=record.extractor_version,
        )
        session.add(fetch)
        session.flush()

        result = _apply_outcome(session, document, fetch, record, raw_sha, alert_channels)
        _update_document(document, record, raw_sha)
        return result


def _apply_outcome(
    session: Session,
    document: Document,
    fetch: Fetch,
    record: FetchRecord,
    raw_sha: str | None,
    alert_channels: list[str],
) -> RecordedFetch:
    latest = _latest_version(session, document.id)
    if record.outcome in (outcomes.NOT_MODIFIED, outcomes.UNCHANGED_RAW):
        if latest is not None:
            latest.last_seen = record.finished_at
            fetch.version_id = latest.id
        return RecordedFetch(fetch.id, document.id, record.outcome, version_id=fetch.version_id, message=record.message)
    if record.outcome != outcomes.OK or not record.text or not record.text_sha256:
        return RecordedFetch(fetch.id, document.id, record.outcome, message=record.message)

    if latest is not None and latest.text_sha256 == record.text_sha256:
        latest.last_seen = record.finished_at
        fetch.version_id = latest.id
        return RecordedFetch(fetch.id, document.id, record.outcome, version_id=latest.id)

    put_blob(session, record.text.encode("utf-8"), record.text_sha256)
    kind = _change_kind(session, document.id, latest, record.text_sha256)
    version = Version(
        document_id=document.id,
        text_sha256=record.text_sha256,
        words=record.words or 0,
        language=record.language,
        change_kind=kind,
        first_seen=record.finished_at,
        last_seen=record.finished_at,
        fetch_id=fetch.id,
        extractor_version=record.extractor_version,
    )
    session.add(version)
    session.flush()
    fetch.version_id = version.id

    change = Change(
        document_id=document.id,
        from_version_id=latest.id if latest else None,
        to_version_id=version.id,
        kind=kind,
        detected_at=record.finished_at,
        stats=_line_stats(session, latest, record.text),
    )
    session.add(change)
    session.flush()

    alert_id = None
    if kind in outcomes.ALERTING_CHANGE_KINDS:
        alert_id = enqueue_alert(
            session,
            kind="policy_change",
            document=document,
            change_id=change.id,
            severity="medium",
            channels=alert_channels,
            payload={"change_kind": kind, "stats": change.stats},
            now=record.finished_at,
        )
    return RecordedFetch(
        fetch.id, document.id, record.outcome, version_id=version.id, change_id=change.id, change_kind=kind, alert_id=alert_id
    )


def enqueue_alert(
    session: Session,
    *,
    kind: str,
    document: Document | None,
    change_id: int | None,
    severity: str,
    channels: list[str],
    payload: dict[str, Any],
    now: datetime,
) -> str:
    """Add an alert and one pending delivery per channel to the outbox, inside the caller's transaction."""
    alert = Alert(
        id=uuid.uuid4().hex,
        kind=kind,
        document_id=document.id if document else None,
        change_id=change_id,
        severity=severity,
        created_at=now,
        payload=payload,
    )
    session.add(alert)
    for channel in channels:
        session.add(AlertDelivery(alert_id=alert.id, channel=channel, status="pending", next_attempt_at=now))
    session.flush()
    return alert.id


def _latest_version(session: Session, document_id: int) -> Version | None:
    return session.scalar(
        select(Version).where(Version.document_id == document_id).order_by(Version.id.desc()).limit(1)
    )


def _change_kind(session: Session, document_id: int, latest: Version | None, text_sha256: str) -> str:
    if latest is None:
        return outcomes.FIRST
    recent = session.scalars(
        select(Version.text_sha256)
        .where(Version.document_id == document_id)
        .order_by(Version.id.desc())
        .limit(REVERT_LOOKBACK)
    ).all()
    if text_sha256 in recent:
        return outcomes.REVERTED
    return outcomes.TEXT


def _line_stats(session: Session, previous: Version | None, new_text: str) -> dict[str, int]:
    """Cheap line-level statistics kept with the change (the word-level diff is computed when shown)."""
    from storage.blobs import get_text

    new_lines = Counter(new_text.splitlines())
    old_lines: Counter[str] = Counter()
    if previous is not None:
        old_lines = Counter((get_text(session, previous.text_sha256) or "").splitlines())
    return {
        "lines_added": sum((new_lines - old_lines).values()),
        "lines_removed": sum((old_lines - new_lines).values()),
        "lines_before": sum(old_lines.values()),
        "lines_after": sum(new_lines.values()),
    }


def _update_document(document: Document, record: FetchRecord, raw_sha: str | None) -> None:
    document.last_checked_at = record.finished_at
    document.last_outcome = record.outcome
    document.last_message = record.message
    interval = timedelta(seconds=document.interval_seconds)
    if record.outcome in outcomes.SUCCESS_OUTCOMES:
        document.consecutive_failures = 0
        document.status = "ok"
        document.next_check_at = record.finished_at + interval
        if record.outcome in (outcomes.OK, outcomes.UNCHANGED_RAW):
            document.etag = record.etag
            document.last_modified = record.last_modified
            if raw_sha:
                document.last_raw_sha256 = raw_sha
        return
    document.consecutive_failures += 1
    document.status = record.outcome
    backoff = FAILURE_BACKOFF_BASE * (2 ** min(document.consecutive_failures - 1, 10))
    document.next_check_at = record.finished_at + min(backoff, interval)

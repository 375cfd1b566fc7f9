"""Writing to the database: the watchlist, and each fetch with what it implies.

``record_fetch`` is the one place where a fetch becomes (or does not become) a version. It writes in a
single transaction the fetch row, the raw body once per sha256, a new version only when the normalized
text's hash differs from the latest version's, the change row, and the alert with one delivery per
channel (the outbox). A crash at any point leaves either all of it or none of it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from collections.abc import Callable, Iterable, Sequence
from typing import Any, overload

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from config.schema import VendorConfig
from storage import outcomes, schedule
from storage.blobs import compress_blob, get_text, put_blob
from storage.changes import ChangePolicy, SuspectReason, TextComparison, line_stats, suspect_reason
from storage.database import Database, padded_in_list
from storage.models import Alert, AlertDelivery, Blob, Change, Document, Fetch, Vendor, Version, utcnow



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
    # the latest version's raw page re-extracted with today's extractor and selectors, when they
    # changed since: equal to `text_sha256` means the change is ours (technical), not the vendor's
    baseline_text_sha256: str | None = None
    # why the document's declared selectors are broken (the text came from the generic path), or None
    # when they work or were not judged (see crawler.selector_health)
    selector_problem: str | None = None
    # (sha256, text) of the latest version's text as the crawler read it (to keep the language of a
    # text that mostly repeats it), so that recording does not read it again; not stored
    latest_text: tuple[str, str] | None = None


@dataclass(frozen=True, slots=True)  # slots: a crawl report holds one per document
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


def sync_watchlist(
    db: Database, vendors: list[VendorConfig], *, default_interval: timedelta, spread_first_checks: bool = False
) -> WatchlistSync:
    """Create or update vendors and documents from the configuration; deactivate documents no longer listed.

    New documents are due at once, or with ``spread_first_checks`` (the daemon) at a random time before
    their first regular check, so that adding many documents causes no spike. A document whose
    interval or cron changed is rescheduled from its last check.
    """
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
                interval_seconds = max(int(interval.total_seconds()), int(schedule.MIN_INTERVAL.total_seconds()))
                if document is None:
                    first = now
                    if spread_first_checks:
                        first = schedule.first_check_at(
                            now, interval=timedelta(seconds=interval_seconds), cron=doc_cfg.cron
                        )
                    document = Document(vendor_id=vendor.id, url=doc_cfg.url, next_check_at=first, status="new")
                    session.add(document)
                elif document.interval_seconds != interval_seconds or document.cron != doc_cfg.cron:
                    _reschedule(document, interval_seconds, doc_cfg.cron, now)
                document.doc_type = doc_cfg.type
                document.language = doc_cfg.language
                document.select = select_data
                document.remove = remove_data
                document.ignore = list(doc_cfg.ignore)
                document.interval_seconds = interval_seconds
                document.cron = doc_cfg.cron
                document.robots_txt = doc_cfg.robots_txt
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


def _reschedule(document: Document, interval_seconds: int, cron: str | None, now: datetime) -> None:
    """A changed interval/cron takes effect from the last check (never making a due document wait)."""
    if document.last_checked_at is None or document.next_check_at is None or document.next_check_at <= now:
        return
    regular = schedule.regular_next_check(
        document.last_checked_at, interval=timedelta(seconds=interval_seconds), cron=cron
    )
    document.next_check_at = max(min(document.next_check_at, regular), now) if not cron else max(regular, now)


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


def repair_due_times(db: Database, *, now: datetime | None = None) -> int:
    """Reschedule documents whose due time a wrong (since corrected) clock put too far ahead.

    See ``storage.schedule.repair_after_clock_jump``. Returns how many documents were rescheduled.
    """
    now = now or utcnow()
    repaired = 0
    with db.write() as session:
        documents = session.scalars(
            select(Document).where(Document.active.is_(True), Document.next_check_at > now)
        ).all()
        for document in documents:
            fixed = schedule.repair_after_clock_jump(
                document.next_check_at,
                document.last_checked_at,
                now,
                interval=timedelta(seconds=document.interval_seconds),
                cron=document.cron,
            )
            if fixed is not None:
                document.next_check_at = fixed
                if document.last_checked_at is not None and document.last_checked_at > now:
                    document.last_checked_at = now  # so the repair is not applied again
                repaired += 1
    return repaired


def record_fetch(
    db: Database, record: FetchRecord, *, alert_channels: list[str], policy: ChangePolicy | None = None
) -> RecordedFetch:
    """Record one fetch and, in the same transaction, any version, change and alert it implies."""
    policy = policy or ChangePolicy()
    prepared = _prepare(db, record)
    with db.write() as session:
        # the row lock serializes writers of one document on PostgreSQL (SQLite: BEGIN IMMEDIATE already does)
        document = session.get(Document, record.document_id, with_for_update=True)
        if document is None:
            raise LookupError(f"document {record.document_id} does not exist")
        return _record_in_session(session, document, record, alert_channels, policy, prepared=prepared)


@dataclass
class _Prepared:
    """The CPU work of recording a new text, done before the write transaction (``_prepare``), so that
    the write lock (one writer at a time on SQLite) is held for the writes only: in the daemon the
    writing thread shares the interpreter with the crawl, and at N=10,000 (b) it held the lock ~50 ms
    per changed page for ~14 ms of work. Inside the transaction each piece is used only where it still
    holds: a compressed blob always (content-addressed), the comparison only with the same latest text."""

    compressed: dict[str, bytes] = field(default_factory=dict)  # by sha256
    latest_text_sha256: str | None = None
    comparison: TextComparison | None = None

    def comparison_with(self, latest: Version) -> TextComparison | None:
        """The comparison made before the transaction, if ``latest`` is still the version it was made with."""
        return self.comparison if latest.text_sha256 == self.latest_text_sha256 else None


def _prepare(db: Database, record: FetchRecord) -> _Prepared | None:
    """Compress a possibly new text and its raw page, and compare the text with the latest version's."""
    if record.outcome != outcomes.OK or not record.text or not record.text_sha256:
        return None
    with db.read() as session:
        latest_sha = session.scalar(
            select(Version.text_sha256).where(Version.document_id == record.document_id).order_by(Version.id.desc()).limit(1)
        )
        if latest_sha == record.text_sha256:
            return None  # nothing new to store or compare
        if record.latest_text is not None and record.latest_text[0] == latest_sha:
            latest_text: str | None = record.latest_text[1]  # the crawler read it already
        else:
            latest_text = get_text(session, latest_sha) if latest_sha is not None else None
        wanted = [sha for sha in (record.text_sha256, record.raw_sha256) if sha]
        stored = set(session.scalars(select(Blob.sha256).where(Blob.sha256.in_(wanted))))
    prepared = _Prepared()
    if record.text_sha256 not in stored:
        prepared.compressed[record.text_sha256] = compress_blob(record.text.encode("utf-8"))
    if record.raw_body is not None and record.raw_sha256 and record.raw_sha256 not in stored:
        prepared.compressed[record.raw_sha256] = compress_blob(record.raw_body)
    if latest_text is not None:
        prepared.latest_text_sha256 = latest_sha
        prepared.comparison = TextComparison(latest_text, record.text).compute()
    return prepared


# outcomes whose recording never creates a version: what most checks of a big batch are
QUIET_OUTCOMES = frozenset({outcomes.NOT_MODIFIED, outcomes.UNCHANGED_RAW})


def same_text_as_latest(record: FetchRecord, latest: Version | None) -> bool:
    """Whether ``record`` extracted the text of the latest version (the page's bytes changed, its
    policy text did not). Such a record creates nothing and needs neither its text nor its raw page,
    which a caller may drop before recording it (``record.text`` None, ``text_sha256`` kept)."""
    return (
        record.outcome == outcomes.OK
        and record.text_sha256 is not None
        and latest is not None
        and latest.text_sha256 == record.text_sha256
    )


def record_fetches(
    db: Database, records: Sequence[FetchRecord], *, alert_channels: Any, policy: ChangePolicy | None = None
) -> list[RecordedFetch]:
    """Record several fetches in one write transaction: for each record, in order, exactly the rows,
    alerts and schedule that ``record_fetch`` would write for it (the same per-document logic runs
    for each), but with one ``BEGIN IMMEDIATE``/commit and the documents, latest versions and selector
    alerts read in three queries instead of three per record.

    All or nothing: if any record fails (e.g. its document was deleted), nothing of the batch is
    written and the error propagates; the caller can then record the records one by one. Meant for
    the unchanged results (``QUIET_OUTCOMES``) of a large crawl, where one transaction per page was
    the cost that dominated.
    """
    if not records:
        return []
    policy = policy or ChangePolicy()
    ids = sorted({r.document_id for r in records})
    in_ids = padded_in_list(ids)  # few distinct statements whatever the batch size (see padded_in_list)
    with db.write() as session:
        # one query each; the row locks serialize writers of these documents on PostgreSQL
        documents = {d.id: d for d in session.scalars(select(Document).where(Document.id.in_(in_ids)).with_for_update())}
        latest_ids = select(func.max(Version.id)).where(Version.document_id.in_(in_ids)).group_by(Version.document_id)
        prefetch = _Prefetched(
            latest={v.document_id: v for v in session.scalars(select(Version).where(Version.id.in_(latest_ids)))},
            without_selector_alert=set(ids) - set(
                session.scalars(
                    select(Alert.document_id).where(Alert.document_id.in_(in_ids), Alert.kind == "selector_broken").distinct()
                )
            ),
        )
        pending: list[tuple[RecordedFetch, Fetch]] = []
        for record in records:
            document = documents.get(record.document_id)
            if document is None:
                raise LookupError(f"document {record.document_id} does not exist")
            pending.append(_record_in_session(session, document, record, alert_channels, policy, prefetch=prefetch))
        session.flush()  # the fetch rows of the quiet records, inserted together
        return [replace(result, fetch_id=fetch.id) if result.fetch_id is None else result for result, fetch in pending]


@dataclass
class _Prefetched:
    """What ``record_fetches`` read for the whole batch; an entry is used once, then the per-record
    queries take over for that document (an earlier record of the batch may have changed it)."""

    latest: dict[int, Version]
    without_selector_alert: set[int]
    used: set[int] = field(default_factory=set)


@overload
def _record_in_session(
    session: Session, document: Document, record: FetchRecord, alert_channels: Any, policy: ChangePolicy,
    prefetch: None = None, prepared: _Prepared | None = None,
) -> RecordedFetch: ...
@overload
def _record_in_session(
    session: Session, document: Document, record: FetchRecord, alert_channels: Any, policy: ChangePolicy,
    prefetch: _Prefetched, prepared: _Prepared | None = None,
) -> tuple[RecordedFetch, Fetch]: ...
def _record_in_session(
    session: Session,
    document: Document,
    record: FetchRecord,
    alert_channels: Any,
    policy: ChangePolicy,
    prefetch: _Prefetched | None = None,
    prepared: _Prepared | None = None,
) -> RecordedFetch | tuple[RecordedFetch, Fetch]:
    """The fetch row and what it implies, inside the caller's transaction.

    With ``prefetch`` (``record_fetches``) it returns the result with the fetch row, whose id may
    only be known after the caller's flush (``fetch_id`` None then)."""
    fresh = prefetch is not None and document.id not in prefetch.used
    if prefetch is not None:
        prefetch.used.add(document.id)
    latest = prefetch.latest.get(document.id) if fresh else _latest_version(session, document.id)  # type: ignore[union-attr]
    same_text = same_text_as_latest(record, latest)
    # the raw page is evidence of a version, a pending change or a problem; a page whose bytes changed
    # but whose text did not (a cache-buster, a banner) keeps only its hash, or a daemon that runs for
    # years would store a new raw page on every check of such a vendor
    keep_raw = record.raw_body is not None and not same_text
    raw_sha = record.raw_sha256
    if record.outcome == outcomes.OK and record.text is None and not same_text:
        # recorded without its text, as the latest version's, but another writer added a version since:
        # forget the page's hash so that the next check extracts it again instead of skipping it
        raw_sha = None
    if keep_raw:
        raw_sha = put_blob(session, record.raw_body, raw_sha,  # type: ignore[arg-type]
                           compressed=prepared.compressed.get(raw_sha or "") if prepared else None)
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
        raw_sha256=raw_sha if keep_raw else None,
        text_sha256=record.text_sha256,
        extractor_version=record.extractor_version,
    )
    session.add(fetch)
    quiet = fresh and (record.outcome in QUIET_OUTCOMES or same_text)
    if not quiet:  # a version, change or alert row refers to the fetch's id
        session.flush()

    result = _apply_outcome(session, document, fetch, record, alert_channels, policy, latest=latest, prepared=prepared)
    if result.outcome != record.outcome:
        fetch.outcome, fetch.message = result.outcome, result.message
        record = replace(record, outcome=result.outcome, message=result.message)
    failures_before = document.consecutive_failures
    _update_document(document, record, raw_sha)
    if record.outcome == outcomes.PENDING_CHANGE:
        # look again soon (after the confirmation delay), not a whole interval later
        soon = record.finished_at + max(policy.confirm_delay, schedule.MIN_INTERVAL)
        document.next_check_at = min(document.next_check_at or soon, soon)
    _alert_on_health_change(session, document, record, failures_before, alert_channels, policy)
    never_selector_alerted = fresh and document.id in prefetch.without_selector_alert  # type: ignore[union-attr]
    _track_selector_health(session, document, record, alert_channels, never_alerted=never_selector_alerted)
    if prefetch is None:
        return result
    return result, fetch


def _alert_on_health_change(
    session: Session,
    document: Document,
    record: FetchRecord,
    failures_before: int,
    alert_channels: list[str],
    policy: ChangePolicy,
) -> None:
    """One operational alert when checks keep failing, one notice when they work again; none in between."""
    threshold = policy.failure_alert_after
    if record.outcome in outcomes.SUCCESS_OUTCOMES:
        if failures_before >= threshold:
            enqueue_alert(
                session, kind="recovered", document=document, change_id=None, severity="low",
                channels=alert_channels, now=record.finished_at,
                payload={"summary": f"checks work again after {failures_before} failed checks", "outcome": record.outcome},
            )
        return
    if document.consecutive_failures == threshold:
        enqueue_alert(
            session, kind="fetch_failure", document=document, change_id=None, severity="high",
            channels=alert_channels, now=record.finished_at,
            payload={
                "summary": f"{threshold} consecutive checks failed; last: {record.outcome}: {record.message or ''}".strip(),
                "outcome": record.outcome,
                "message": record.message,
            },
        )


def _apply_outcome(
    session: Session,
    document: Document,
    fetch: Fetch,
    record: FetchRecord,
    alert_channels: list[str],
    policy: ChangePolicy,
    *,
    latest: Version | None,
    prepared: _Prepared | None = None,
) -> RecordedFetch:
    if record.outcome in QUIET_OUTCOMES:
        if latest is not None:
            latest.last_seen = record.finished_at
            fetch.version_id = latest.id
        # fetch.id is None until the flush when record_fetches defers it; it fills the id in
        return RecordedFetch(fetch.id, document.id, record.outcome, version_id=fetch.version_id, message=record.message)
    if same_text_as_latest(record, latest):  # the record may come without its text (see the function)
        latest.last_seen = record.finished_at  # type: ignore[union-attr]
        fetch.version_id = latest.id  # type: ignore[union-attr]
        return RecordedFetch(fetch.id, document.id, record.outcome, version_id=fetch.version_id)
    if record.outcome != outcomes.OK or not record.text or not record.text_sha256:
        return RecordedFetch(fetch.id, document.id, record.outcome, message=record.message)

    comparison = prepared.comparison_with(latest) if prepared is not None and latest is not None else None
    if comparison is None and latest is not None:
        old_text = get_text(session, latest.text_sha256)
        comparison = TextComparison(old_text, record.text) if old_text is not None else None
    latest_text = comparison.old_text if comparison is not None else None
    ours = record.baseline_text_sha256 is not None and record.baseline_text_sha256 == record.text_sha256
    reason = None if ours else suspect_reason(
        new_text=record.text,
        new_words=record.words or 0,
        new_language=record.language,
        old_text=latest_text,
        old_words=latest.words if latest else None,
        old_language=latest.language if latest else None,
        policy=policy,
        comparison=comparison,
    )
    note = None
    if reason:
        earlier = _lasting_suspicion(session, fetch, latest, reason, policy)
        if earlier is None:
            return RecordedFetch(fetch.id, document.id, outcomes.SUSPECT, message=reason)
        note = f"{reason} on {len(earlier) + 1} consecutive checks: accepted as the vendor's new text"

    kind = _change_kind(session, document.id, latest, comparison, record, policy)
    first_seen = record.finished_at
    if note is not None:
        first_seen = min([f.finished_at for f in earlier] + [record.finished_at])  # seen often enough: confirmed
    elif kind == outcomes.TEXT and policy.confirm_fetches > 1:
        sightings = _pending_sightings(session, fetch, latest, policy)
        earliest = min([f.finished_at for f in sightings] + [record.finished_at])
        # confirm_delay is when the confirming check is made (see record_fetch), not a minimum spacing: a
        # replay of snapshots or a user's second `run --once` confirms as well as the scheduled re-check
        confirmed = len(sightings) + 1 >= policy.confirm_fetches
        if not confirmed:
            put_blob(session, record.text.encode("utf-8"), record.text_sha256,
                     compressed=prepared.compressed.get(record.text_sha256) if prepared else None)
            return RecordedFetch(
                fetch.id, document.id, outcomes.PENDING_CHANGE,
                message=f"new text seen {len(sightings) + 1} of {policy.confirm_fetches} times; waiting for confirmation",
            )
        first_seen = earliest

    put_blob(session, record.text.encode("utf-8"), record.text_sha256,
             compressed=prepared.compressed.get(record.text_sha256) if prepared else None)
    version = Version(
        document_id=document.id,
        text_sha256=record.text_sha256,
        words=record.words or 0,
        language=record.language,
        change_kind=kind,
        first_seen=first_seen,
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
        stats=comparison.line_stats if comparison is not None else line_stats(latest_text, record.text),
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
            payload={"change_kind": kind, "stats": change.stats, **({"note": note} if note else {})},
            now=record.finished_at,
        )
    return RecordedFetch(
        fetch.id, document.id, record.outcome, version_id=version.id, change_id=change.id, change_kind=kind, alert_id=alert_id
    )


def _track_selector_health(
    session: Session, document: Document, record: FetchRecord, alert_channels: Any, *, never_alerted: bool = False
) -> None:
    """Status `selector_broken` while a document's selectors are broken, with one `selector_broken` alert
    when they break and one low `recovered` notice when they work again; none in between.

    Whether they are broken right now is the latest of those two alerts for the document, so the state
    survives fetches that extract nothing (304, same bytes, failures) and restarts.
    """
    # never_alerted: the caller knows the document never had a selector_broken alert (no query needed)
    broken_since = None if never_alerted else _open_selector_alert(session, document.id)
    if record.text_sha256 is None:  # nothing was extracted: the selectors were not judged
        if broken_since is not None and document.status == "ok":
            document.status = outcomes.SELECTOR_BROKEN
        return
    if record.selector_problem:
        if record.outcome in outcomes.SUCCESS_OUTCOMES:
            document.status = outcomes.SELECTOR_BROKEN
        if broken_since is None:
            enqueue_alert(
                session, kind="selector_broken", document=document, change_id=None, severity="medium",
                channels=alert_channels, now=record.finished_at,
                payload={
                    "summary": f"the declared selectors no longer work: {record.selector_problem}",
                    "outcome": outcomes.SELECTOR_BROKEN,
                    "message": record.selector_problem,
                },
            )
        return
    if broken_since is not None:
        enqueue_alert(
            session, kind="recovered", document=document, change_id=None, severity="low",
            channels=alert_channels, now=record.finished_at,
            payload={"summary": "the declared selectors work again", "outcome": record.outcome, "selectors": "ok"},
        )


def _open_selector_alert(session: Session, document_id: int) -> Alert | None:
    """The document's `selector_broken` alert not yet followed by a selectors-work-again notice."""
    alerts = session.scalars(
        select(Alert)
        .where(Alert.document_id == document_id, Alert.kind.in_(("selector_broken", "recovered")))
        .order_by(Alert.created_at.desc(), Alert.id.desc())
    )
    for alert in alerts:
        if alert.kind == "selector_broken":
            return alert
        if (alert.payload or {}).get("selectors") == "ok":
            return None
    return None


def enqueue_alert(
    session: Session,
    *,
    kind: str,
    document: Document | None,
    change_id: int | None,
    severity: str,
    channels: Sequence[str] | Callable[..., Iterable[Any]],
    payload: dict[str, Any],
    now: datetime,
) -> str:
    """Add an alert and its deliveries to the outbox, inside the caller's transaction.

    ``channels`` is either a list of channel names (each gets a pending delivery, due now) or a routing
    callable (``config.routing.Router``) called as ``channels(kind=, severity=, vendor=,
    category=, now=)`` that returns ``(channel, mode, due_at)`` tuples: ``due_at`` None is a pending
    delivery due now; otherwise the delivery waits with status ``digest`` until ``due_at``, when
    ``monitor.alerts.digest`` folds it into one daily/weekly digest alert for that channel.
    """
    routed = _routed_deliveries(session, channels, kind=kind, severity=severity, document=document, payload=payload, now=now)
    digest_modes = {channel: mode for channel, mode, due_at in routed if due_at is not None}
    alert = Alert(
        id=uuid.uuid4().hex,
        kind=kind,
        document_id=document.id if document else None,
        change_id=change_id,
        severity=severity,
        created_at=now,
        payload={**payload, "digest_modes": digest_modes} if digest_modes else payload,
    )
    session.add(alert)
    _add_deliveries(session, alert.id, routed, now)
    session.flush()
    return alert.id


def reroute_alert(
    session: Session, alert: Alert, channels: Sequence[str] | Callable[..., Iterable[Any]], *, now: datetime
) -> list[str]:
    """Add deliveries for channels the alert's (raised) severity now reaches; returns those channels.

    Deliveries already created stay as they are: a raised alert is never withdrawn from a channel (the
    compliance re-check withdraws the unsent deliveries of a change that only touched the date line).
    """
    document = session.get(Document, alert.document_id) if alert.document_id else None
    routed = _routed_deliveries(
        session, channels, kind=alert.kind, severity=alert.severity, document=document, payload=alert.payload, now=now
    )
    existing = set(session.scalars(select(AlertDelivery.channel).where(AlertDelivery.alert_id == alert.id)))
    new = [item for item in routed if item[0] not in existing]
    digest_modes = {channel: mode for channel, mode, due_at in new if due_at is not None}
    if digest_modes:
        alert.payload = {**alert.payload, "digest_modes": {**alert.payload.get("digest_modes", {}), **digest_modes}}
    _add_deliveries(session, alert.id, new, now)
    session.flush()
    return [channel for channel, _mode, _due in new]


def _routed_deliveries(
    session: Session,
    channels: Sequence[str] | Callable[..., Iterable[Any]],
    *,
    kind: str,
    severity: str,
    document: Document | None,
    payload: dict[str, Any],
    now: datetime,
) -> list[tuple[str, str, datetime | None]]:
    if not callable(channels):
        return [(channel, "immediate", None) for channel in channels]
    vendor = session.get(Vendor, document.vendor_id) if document is not None else None
    return [
        (item, "immediate", None) if isinstance(item, str) else tuple(item)  # type: ignore[misc]
        for item in channels(
            kind=kind,
            severity=severity,
            vendor=vendor.name if vendor else payload.get("vendor"),
            category=vendor.category if vendor else payload.get("category"),
            now=now,
        )
    ]


def _add_deliveries(session: Session, alert_id: str, routed: list[tuple[str, str, datetime | None]], now: datetime) -> None:
    for channel, _mode, due_at in routed:
        if due_at is None:
            session.add(AlertDelivery(alert_id=alert_id, channel=channel, status="pending", next_attempt_at=now))
        else:  # held for the channel's digest (monitor.alerts.digest)
            session.add(AlertDelivery(alert_id=alert_id, channel=channel, status="digest", next_attempt_at=due_at))


def _latest_version(session: Session, document_id: int) -> Version | None:
    return session.scalar(
        select(Version).where(Version.document_id == document_id).order_by(Version.id.desc()).limit(1)
    )


def _change_kind(
    session: Session, document_id: int, latest: Version | None, comparison: TextComparison | None, record: FetchRecord,
    policy: ChangePolicy,
) -> str:
    if latest is None:
        return outcomes.FIRST
    recent = session.scalars(
        select(Version.text_sha256)
        .where(Version.document_id == document_id)
        .order_by(Version.id.desc())
        .limit(policy.revert_lookback)
    ).all()
    if record.text_sha256 in recent:
        return outcomes.REVERTED
    if record.baseline_text_sha256 is not None and record.baseline_text_sha256 == record.text_sha256:
        return outcomes.TECHNICAL
    if comparison is not None and comparison.cosmetic:
        return outcomes.COSMETIC
    return outcomes.TEXT


def _lasting_suspicion(
    session: Session, fetch: Fetch, latest: Version | None, reason: SuspectReason, policy: ChangePolicy
) -> list[Fetch] | None:
    """The earlier fetches that make a lasting suspicion (a language switch) the vendor's new normal, or None.

    The same suspicion must have been recorded on each of the last ``accept_language_switch_after - 1``
    checks that read a text, all since the current version was last seen.
    """
    needed = policy.accept_language_switch_after
    if not reason.lasting or needed < 1 or latest is None:
        return None
    earlier = _texts_read_before(session, fetch, latest, limit=needed - 1)
    if len(earlier) < needed - 1 or any(f.outcome != outcomes.SUSPECT or f.message != reason for f in earlier):
        return None
    return earlier


def _pending_sightings(session: Session, fetch: Fetch, latest: Version | None, policy: ChangePolicy) -> list[Fetch]:
    """The sightings of this fetch's new text on the checks just before it, back to the last check that read
    another text: alternating variants (A B A B, or B C B) never confirm each other."""
    sightings = []
    for earlier in _texts_read_before(session, fetch, latest, limit=policy.confirm_fetches - 1):
        if earlier.text_sha256 != fetch.text_sha256 or earlier.outcome != outcomes.PENDING_CHANGE:
            break
        sightings.append(earlier)
    return sightings


def _texts_read_before(session: Session, fetch: Fetch, latest: Version | None, *, limit: int) -> list[Fetch]:
    """The document's checks before ``fetch`` that read a text since the current version was last seen,
    newest first, at most ``limit``."""
    query = select(Fetch).where(
        Fetch.document_id == fetch.document_id, Fetch.id != fetch.id, Fetch.text_sha256.is_not(None)
    )
    if latest is not None:
        query = query.where(Fetch.finished_at > latest.last_seen)
    return list(session.scalars(query.order_by(Fetch.finished_at.desc(), Fetch.id.desc()).limit(max(limit, 0))))


def _update_document(document: Document, record: FetchRecord, raw_sha: str | None) -> None:
    document.last_checked_at = record.finished_at
    document.last_outcome = record.outcome
    document.last_message = record.message
    interval = timedelta(seconds=document.interval_seconds)
    if record.outcome in outcomes.SUCCESS_OUTCOMES:
        document.consecutive_failures = 0
        document.status = "ok"
        document.next_check_at = schedule.regular_next_check(record.finished_at, interval=interval, cron=document.cron)
        if record.outcome in (outcomes.OK, outcomes.UNCHANGED_RAW):
            document.etag = record.etag
            document.last_modified = record.last_modified
            if raw_sha:
                document.last_raw_sha256 = raw_sha
        return
    document.consecutive_failures += 1
    document.status = record.outcome
    # exponential backoff, never later than the regular next check, never sooner than Retry-After
    document.next_check_at = schedule.failure_next_check(
        record.finished_at,
        consecutive_failures=document.consecutive_failures,
        interval=interval,
        cron=document.cron,
        retry_after=(record.headers or {}).get("retry-after"),
    )

"""Re-check new versions in the database: store findings per version, compare with the previous
version of the same document, and put the re-check into the alert of the change (if any). When the
only change is the last-updated line (R23), the alert's deliveries that have not gone out are
withdrawn (status ``withdrawn``): the daemon and ``run --once`` re-check before they deliver.

The previous version is checked again with the current rules rather than read back from its stored
rows, so that a rule change never shows up as a policy change.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from config.loader import LoadedConfig
from config.routing import router_from_config
from monitor.checks import verdicts as verdict_store
from monitor.checks.engine import CheckInputError, CheckReport, VerdictLog, check_text
from monitor.checks.rules import RuleSet, default_rules
from monitor.checks.signals import SEVERITIES, Recheck, recheck
from storage.database import Database, process_database
from storage.models import Alert, AlertDelivery, Change, CheckResult, Document, Vendor, Version, utcnow
from storage.queries import version_text
from storage.recording import reroute_alert

log = logging.getLogger(__name__)
DOCUMENT_STATUS_ID = "_document"  # check_id of the row that records a document-level status (empty, unsupported_language)


@dataclass
class RecheckOutcome:
    """What re-checking one new version did."""

    version_id: int
    previous_version_id: int | None
    status: str  # ok | empty | unsupported_language | error
    findings: int
    recheck: dict[str, Any] | None = None
    alert_id: str | None = None
    message: str | None = None
    severity: str = field(default="none")


def _unchecked_versions(
    db: Database, *, after_id: int | None = None, version_ids: Sequence[int] | None = None
) -> list[tuple[int, int, str | None, str | None, str | None]]:
    """(version id, document id, vendor, category, language hint) of versions without check rows, oldest
    first; only those with an id above ``after_id`` and/or among ``version_ids`` when given."""
    with db.read() as session:
        checked = select(CheckResult.version_id).distinct()
        query = (
            select(Version.id, Version.document_id, Vendor.name, Vendor.category, Document.language)
            .join(Document, Version.document_id == Document.id)
            .join(Vendor, Document.vendor_id == Vendor.id)
        )
        if after_id is not None:
            query = query.where(Version.id > after_id)
            checked = checked.where(CheckResult.version_id > after_id)
        if version_ids is not None:
            query = query.where(Version.id.in_(list(version_ids)))
            checked = checked.where(CheckResult.version_id.in_(list(version_ids)))
        rows = session.execute(query.where(Version.id.not_in(checked)).order_by(Version.first_seen, Version.id)).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def unchecked_version_ids(db: Database, *, after_id: int | None = None) -> list[int]:
    """Ids of the versions without check rows (above ``after_id`` when given), oldest first."""
    return [row[0] for row in _unchecked_versions(db, after_id=after_id)]


def latest_version_id(db: Database) -> int:
    """The highest version id so far (0 in an empty database): versions created later have higher ids."""
    with db.read() as session:
        return session.scalar(select(func.max(Version.id))) or 0


def _previous_version_id(db: Database, version_id: int, document_id: int) -> int | None:
    with db.read() as session:
        change = session.scalar(select(Change).where(Change.to_version_id == version_id))
        if change is not None and change.from_version_id is not None:
            return change.from_version_id
        version = session.get(Version, version_id)
        assert version is not None
        return session.scalar(
            select(Version.id)
            .where(Version.document_id == document_id, Version.id != version_id, Version.first_seen <= version.first_seen)
            .order_by(Version.first_seen.desc(), Version.id.desc())
            .limit(1)
        )


def check_version(db: Database, version_id: int, *, rules: RuleSet, vendor: str | None, category: str | None,
                  verdicts: VerdictLog | None = None) -> CheckReport:
    """Check a stored version's text."""
    return check_text(version_text(db, version_id) or "", rules=rules, vendor=vendor, category=category, verdicts=verdicts)


def _rows(version_id: int, report: CheckReport) -> list[dict[str, Any]]:
    """The ``check_result`` rows of a report, as values for one bulk insert."""
    if report.status != "ok":
        return [{"version_id": version_id, "check_id": DOCUMENT_STATUS_ID, "status": report.status,
                 "value": {"language": report.language, "languages": report.languages, "message": report.message},
                 "evidence": []}]
    return [
        {"version_id": version_id, "check_id": f.id, "status": f.status, "value": f.value,
         "evidence": [e.as_dict() for e in f.evidence[:20]]}
        for f in report.findings
    ]


def recheck_new_versions(
    db: Database, config: LoadedConfig, *, rules: RuleSet | None = None, version_ids: Sequence[int] | None = None
) -> list[RecheckOutcome]:
    """Check every version that has no ``check_result`` rows yet (only those of ``version_ids`` when
    given), store the findings, and update the alert of the change that produced it with the re-check
    against the previous version. A version another process checked meanwhile is left as it is."""
    unchecked = _unchecked_versions(db, version_ids=version_ids)
    if not unchecked:
        return []  # nothing changed: don't pay for loading the rule packs
    rules = rules or default_rules()
    outcomes: list[RecheckOutcome] = []
    for version_id, document_id, vendor, category, _hint in unchecked:
        previous_id = _previous_version_id(db, version_id, document_id)
        # the previous version's stored sentence verdicts: both checks below then match the cues of the
        # changed sentences only (the in-process memo has long forgotten the previous version)
        known = verdict_store.load(db, previous_id, rules).known if previous_id is not None else {}
        log_new = VerdictLog(known=known)
        try:
            report = check_version(db, version_id, rules=rules, vendor=vendor, category=category, verdicts=log_new)
        except CheckInputError as exc:
            with db.write() as session:
                if _checked_meanwhile(session, version_id):
                    continue
                session.add(CheckResult(version_id=version_id, check_id=DOCUMENT_STATUS_ID, status="error",
                                        value={"message": str(exc)}, evidence=[]))
            outcomes.append(RecheckOutcome(version_id, None, "error", 0, message=str(exc)))
            continue
        result: Recheck | None = None
        if previous_id is not None:
            try:
                previous = check_version(db, previous_id, rules=rules, vendor=vendor, category=category,
                                         verdicts=VerdictLog(known=known))
                result = recheck(previous, report, category=category, rules=rules)
            except CheckInputError as exc:
                log.warning("version %s: previous version %s not re-checked: %s", version_id, previous_id, exc)
        outcome = RecheckOutcome(version_id, previous_id, report.status, len(report.findings), message=report.message)
        with db.write() as session:
            if _checked_meanwhile(session, version_id):
                continue  # checked by another process meanwhile: its rows and alert update stand
            rows = _rows(version_id, report)
            if rows:  # one statement, not the unit of work's flush (an empty list would insert a default row)
                session.execute(insert(CheckResult), rows)
            verdict_store.save(session, version_id, log_new.seen, rules)
            if result is not None:
                outcome.recheck = result.as_contract()
                outcome.severity = result.severity
                alert = session.scalar(
                    select(Alert).join(Change, Alert.change_id == Change.id).where(Change.to_version_id == version_id)
                )
                if alert is not None:
                    payload = dict(alert.payload or {})
                    payload["recheck"] = outcome.recheck
                    alert.payload = payload
                    if _only_the_date_changed(result):
                        _withdraw_unsent(session, alert, DATE_ONLY_REASON)
                    raised = _alert_severity(alert.severity, result.severity)
                    if raised != alert.severity:
                        alert.severity = raised
                        # routes with a min_severity the raised alert now reaches get it too
                        reroute_alert(session, alert, router_from_config(config), now=utcnow())
                    outcome.alert_id = alert.id
        outcomes.append(outcome)
    return outcomes


def recheck_versions(version_ids: Sequence[int], database_url: str, config: LoadedConfig) -> list[RecheckOutcome]:
    """:func:`recheck_new_versions` for the given versions, as a function of (version ids, database URL):
    what a crawl worker process or a task queue worker runs."""
    return recheck_new_versions(process_database(database_url), config, version_ids=version_ids)


def load_checkers() -> None:
    """Load the rule packs (``RulePackError`` when one is broken) and the language detector now, as a
    long-lived process does at start."""
    from crawler.language import load_detector

    default_rules()
    load_detector()


def _checked_meanwhile(session: Session, version_id: int) -> bool:
    """In a write transaction: whether another process stored this version's check since we looked.

    The version's row lock makes the question and the insert that follows one step for concurrent
    re-checkers on PostgreSQL (the second waits, then sees the first one's rows instead of failing on
    the unique constraint); SQLite's ``BEGIN IMMEDIATE`` already serializes writers."""
    session.get(Version, version_id, with_for_update=True, populate_existing=True)
    return _has_check_rows(session, version_id)


def _has_check_rows(session: Session, version_id: int) -> bool:
    return session.scalar(select(CheckResult.id).where(CheckResult.version_id == version_id).limit(1)) is not None


DATE_ONLY_REASON = "withdrawn: the change only touched the last-updated date (R23)"
UNSENT_STATUSES = ("pending", "digest")  # not yet claimed by a delivery round, not waiting in a digest's send


def _only_the_date_changed(result: Recheck) -> bool:
    """The re-check found only a last-updated line changed (R23), and no finding flipped but the date."""
    return (bool(result.signals) and all(s.id == "R23" for s in result.signals)
            and all(f.id == "C28" for f in result.flips))


def _withdraw_unsent(session: Session, alert: Alert, reason: str) -> None:
    """Withdraw the alert's deliveries that have not gone out (status ``withdrawn``, the reason in
    ``last_error``, the channels in the alert's payload); one a delivery round has already claimed still
    goes out."""
    # one conditional UPDATE: a delivery a deliverer claims (outbox) or a digest takes (digest) at the same
    # moment is either withdrawn first or left alone, also on PostgreSQL
    withdrawn = list(session.scalars(
        update(AlertDelivery)
        .where(AlertDelivery.alert_id == alert.id, AlertDelivery.status.in_(UNSENT_STATUSES))
        .values(status="withdrawn", last_error=reason)
        .returning(AlertDelivery.channel)
    ))
    if withdrawn:
        alert.payload = {**(alert.payload or {}), "withdrawn": {"reason": reason, "channels": withdrawn}}


def _alert_severity(current: str | None, recheck_severity: str) -> str:
    """The worse of the alert's severity and the re-check's; "medium" stays when nothing is worse."""
    current = current if current in SEVERITIES else "medium"
    return recheck_severity if SEVERITIES.index(recheck_severity) > SEVERITIES.index(current) else current


def stored_findings(db: Database, version_id: int) -> list[dict[str, Any]]:
    """The findings stored for a version, as `check --json` findings (for `history`/`diff` to show)."""
    with db.read() as session:
        rows = session.scalars(select(CheckResult).where(CheckResult.version_id == version_id).order_by(CheckResult.check_id)).all()
        return [
            {"id": r.check_id, "status": r.status, "value": r.value,
             "evidence": [e.get("text") if isinstance(e, dict) else e for e in (r.evidence or [])],
             "locations": [e for e in (r.evidence or []) if isinstance(e, dict)]}
            for r in rows
        ]

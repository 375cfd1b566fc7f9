"""Delivering the outbox: pending alert deliveries are sent and marked delivered only once accepted.

A delivery row is claimed, sent outside any transaction, and its result written back in a short write
transaction. A crash between sending and recording can at worst send an alert twice; receivers drop
duplicates by the ``X-Policywatch-Id`` idempotency key. Nothing is ever lost: a delivery stays
pending until accepted, or is marked failed after ``max_attempts`` (or at once on a permanent refusal).

A failed delivery is a dead letter: in the same transaction that marks it failed, an operational
``dead_letter`` alert is enqueued (routed like any operational alert, to every routed channel
except the one that failed; the failure of a dead letter raises no further dead letter). ``policywatch alerts retry ID`` re-queues failed deliveries.

Within one ``deliver_pending`` pass, a channel that fails with a retryable error (down, timing out,
429/503) is not tried again for the rest of the pass: its other due deliveries get the same failed
attempt recorded (same error, same Retry-After) without sending, so a dead receiver costs one
timeout per pass, not one per alert, and every delivery still moves through its own backoff.

Only one process should deliver a database's outbox at a time (the daemon, or ``policywatch run``).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update

from config.loader import LoadedConfig
from monitor.alerts.channels import AlertChannel, DeliveryError, build_channel
from monitor.alerts.message import AlertMessage
from monitor.diff import diff_texts, diff_to_dict
from storage.blobs import get_text
from storage.database import Database
from storage.models import Alert, AlertDelivery, Change, Document, Vendor, Version, utcnow
from storage.recording import enqueue_alert

Routing = Sequence[str] | Callable[..., Iterable[Any]]  # channel names, or a config.routing.Router

RETRY_BASE = timedelta(seconds=30)
RETRY_CAP = timedelta(hours=6)


@dataclass
class DeliveryReport:
    delivered: list[tuple[str, str]] = field(default_factory=list)  # (alert id, channel)
    retrying: list[tuple[str, str, str]] = field(default_factory=list)  # (alert id, channel, error)
    failed: list[tuple[str, str, str]] = field(default_factory=list)
    deferred: list[tuple[str, str]] = field(default_factory=list)  # not sent: the channel failed earlier this pass
    dead_letters: list[str] = field(default_factory=list)  # ids of the dead_letter alerts raised
    digests: list[str] = field(default_factory=list)  # ids of the digest alerts built this pass


def channels_from_config(config: LoadedConfig) -> dict[str, AlertChannel]:
    """Build every configured channel, by name."""
    return {c.name: build_channel(c.name, c.type, c.options) for c in config.settings.alerts.channels}


def deliver_pending(
    db: Database,
    channels: Mapping[str, AlertChannel],
    *,
    max_attempts: int = 8,
    now: datetime | None = None,
    limit: int = 500,
    router: Routing | None = None,
    retry_base: timedelta = RETRY_BASE,
    retry_cap: timedelta = RETRY_CAP,
) -> DeliveryReport:
    """Build the due digests, then send every due pending delivery once; record each result.

    ``router`` decides where dead-letter alerts go (default: every channel in ``channels``).
    """
    from monitor.alerts.digest import collect_digests

    now = now or utcnow()
    report = DeliveryReport()
    report.digests = collect_digests(db, now=now)
    dead_letter_to: Routing = router if router is not None else list(channels)
    retry = {"max_attempts": max_attempts, "base": retry_base, "cap": retry_cap, "dead_letter_to": dead_letter_to}
    tripped: dict[str, tuple[str, float | None]] = {}  # channel -> (error, retry_after_s) of its failure
    with db.read() as session:
        due = session.execute(
            select(AlertDelivery.id, AlertDelivery.alert_id, AlertDelivery.channel)
            .where(AlertDelivery.status.in_(("pending", SENDING)), AlertDelivery.next_attempt_at <= now)
            .order_by(AlertDelivery.next_attempt_at, AlertDelivery.id)
            .limit(limit)
        ).all()
    messages: dict[str, AlertMessage] = {}
    for delivery_id, alert_id, channel_name in due:
        channel = channels.get(channel_name)
        if channel is None:
            _, dead = _record_attempt(db, delivery_id, error=f"channel {channel_name!r} is not configured",
                                      retryable=False, retry_after_s=None, **retry)
            report.failed.append((alert_id, channel_name, "channel not configured"))
            report.dead_letters += dead
            continue
        if channel_name in tripped:  # failed earlier in this pass: count the attempt without sending
            error, retry_after_s = tripped[channel_name]
            final, dead = _record_attempt(db, delivery_id, error=f"not sent, the channel failed just before: {error}",
                                          retryable=True, retry_after_s=retry_after_s, **retry)
            (report.failed if final else report.retrying).append((alert_id, channel_name, error))
            report.deferred.append((alert_id, channel_name))
            report.dead_letters += dead
            continue
        if not _claim(db, delivery_id, now):
            continue  # another deliverer (daemon, `alerts deliver`, `run --once`) took it meanwhile
        try:
            if alert_id not in messages:
                messages[alert_id] = alert_message(db, alert_id)
            channel.send(messages[alert_id])
        except DeliveryError as exc:
            final, dead = _record_attempt(db, delivery_id, error=exc.message, retryable=exc.retryable,
                                          retry_after_s=exc.retry_after_s, **retry)
            (report.failed if final else report.retrying).append((alert_id, channel_name, exc.message))
            report.dead_letters += dead
            if exc.retryable:
                tripped[channel_name] = (exc.message, exc.retry_after_s)
            continue
        except Exception as exc:  # a bug rendering or sending one alert must not block the rest of the outbox
            message = f"internal error: {exc!r}"
            final, dead = _record_attempt(db, delivery_id, error=message, retryable=True, retry_after_s=None, **retry)
            (report.failed if final else report.retrying).append((alert_id, channel_name, message))
            report.dead_letters += dead
            continue
        _record_delivered(db, delivery_id)
        report.delivered.append((alert_id, channel_name))
    return report


CLAIM_LEASE = timedelta(minutes=5)  # a claimed delivery whose deliverer died is due again after this
SENDING = "sending"  # claimed by a deliverer that is sending it right now


def _claim(db: Database, delivery_id: int, now: datetime) -> bool:
    """Take a due delivery for this process: it is due again only after the lease, so two deliverers
    never send it at once and a crash mid-send loses nothing."""
    with db.write() as session:
        claimed = session.execute(
            update(AlertDelivery)
            .where(
                AlertDelivery.id == delivery_id,
                AlertDelivery.status.in_(("pending", SENDING)),
                AlertDelivery.next_attempt_at <= now,
            )
            .values(status=SENDING, next_attempt_at=now + CLAIM_LEASE)
        )
        return claimed.rowcount == 1


def release_claims(db: Database) -> int:
    """Make deliveries claimed by a deliverer that died due now (the daemon calls this at start-up, when
    its lock proves no other daemon is sending). Returns how many were released."""
    with db.write() as session:
        released = session.execute(
            update(AlertDelivery).where(AlertDelivery.status == SENDING).values(status="pending", next_attempt_at=utcnow())
        )
        return released.rowcount or 0


def alert_message(db: Database, alert_id: str) -> AlertMessage:
    """Compose the message of an alert from the database (diff computed from the stored versions)."""
    with db.read() as session:
        alert = session.get(Alert, alert_id)
        if alert is None:
            raise LookupError(f"alert {alert_id} does not exist")
        document = session.get(Document, alert.document_id) if alert.document_id else None
        vendor = session.get(Vendor, document.vendor_id) if document else None
        diff: dict[str, Any] | None = None
        change_kind = alert.payload.get("change_kind")
        summary = alert.payload.get("summary", "")
        if alert.change_id is not None:
            change = session.get(Change, alert.change_id)
            if change is not None:
                change_kind = change.kind
                old_text = _version_text(session, change.from_version_id)
                new_text = _version_text(session, change.to_version_id) or ""
                policy_diff = diff_texts(old_text or "", new_text)
                diff = diff_to_dict(policy_diff, from_id=change.from_version_id, to_id=change.to_version_id,
                                    change_kind=change.kind)
                summary = summary or (
                    f"{vendor.name if vendor else '?'} {document.doc_type if document else ''}: "
                    f"{len(policy_diff.sections)} section(s) changed, "
                    f"+{policy_diff.inserted_words}/-{policy_diff.deleted_words} words"
                )
                if alert.payload.get("note"):  # e.g. a language switch accepted after it lasted
                    summary = f"{summary} ({alert.payload['note']})"
        details: dict[str, Any] | None = None
        member_ids: list[str] = []
        if alert.kind == "dead_letter":
            details = dict(alert.payload.get("dead_letter") or {})
        elif alert.kind == "digest":
            digest = alert.payload.get("digest") or {}
            member_ids = list(digest.get("alerts") or [])
            details = {"period": digest.get("period"), "channel": digest.get("channel"), "count": len(member_ids)}
        fields = dict(
            id=alert.id,
            kind=alert.kind,
            vendor=vendor.name if vendor else "",
            document=document.doc_type if document else "",
            url=document.url if document else "",
            detected_at=alert.created_at,
            severity=alert.severity,
            change_kind=change_kind,
            diff=diff,
            recheck=alert.payload.get("recheck"),
            summary=summary,
            details=details,
        )
    # a digest carries its members, each composed like a single alert (oldest first)
    items = tuple(alert_message(db, member_id) for member_id in member_ids)
    return AlertMessage(**fields, items=items)


def _version_text(session: Any, version_id: int | None) -> str | None:
    if version_id is None:
        return None
    version = session.get(Version, version_id)
    return get_text(session, version.text_sha256) if version else None


def _record_delivered(db: Database, delivery_id: int) -> None:
    with db.write() as session:
        delivery = session.get(AlertDelivery, delivery_id)
        if delivery is not None:
            delivery.status = "delivered"
            delivery.attempts += 1
            delivery.delivered_at = utcnow()
            delivery.last_error = None


def _record_attempt(
    db: Database,
    delivery_id: int,
    *,
    error: str,
    retryable: bool,
    retry_after_s: float | None,
    max_attempts: int,
    base: timedelta = RETRY_BASE,
    cap: timedelta = RETRY_CAP,
    dead_letter_to: Routing = (),
) -> tuple[bool, list[str]]:
    """Record a failed attempt: (whether the delivery is now failed, ids of the dead-letter alerts raised).

    Marking a delivery failed and enqueueing its dead-letter alert happen in one transaction.
    """
    with db.write() as session:
        delivery = session.get(AlertDelivery, delivery_id)
        if delivery is None:
            return True, []
        delivery.attempts += 1
        delivery.last_error = error[:2000]
        if not retryable or delivery.attempts >= max_attempts:
            delivery.status = "failed"
            return True, _raise_dead_letter(session, delivery, dead_letter_to)
        delivery.status = "pending"
        delivery.next_attempt_at = utcnow() + retry_delay(delivery.attempts, retry_after_s, base=base, cap=cap)
        return False, []


def _raise_dead_letter(session: Any, delivery: AlertDelivery, routing: Routing) -> list[str]:
    alert = session.get(Alert, delivery.alert_id)
    if alert is None or alert.kind == "dead_letter":  # a dead letter about a dead letter would never end
        return []
    document = session.get(Document, alert.document_id) if alert.document_id else None
    details = {
        "alert_id": alert.id,
        "alert_kind": alert.kind,
        "channel": delivery.channel,
        "attempts": delivery.attempts,
        "error": delivery.last_error or "",
    }
    what = f"{alert.kind} alert {alert.id}"
    failed_channel = delivery.channel

    def elsewhere(items: Iterable[Any]) -> list[Any]:
        # The channel that just failed is the least likely to carry the news: tell the others.
        return [item for item in items if (item if isinstance(item, str) else item[0]) != failed_channel]

    routed: Routing = (
        (lambda **alert_facts: elsewhere(routing(**alert_facts))) if callable(routing) else elsewhere(routing)
    )
    dead_id = enqueue_alert(
        session,
        kind="dead_letter",
        document=document,
        change_id=None,
        severity="high",
        channels=routed,
        payload={
            "dead_letter": details,
            "summary": f"{what} could not be delivered to channel {delivery.channel!r} "
            f"after {delivery.attempts} attempt(s): {details['error'][:300]}",
        },
        now=utcnow(),
    )
    return [dead_id]


def retry_delay(
    attempts: int, retry_after_s: float | None = None, *, base: timedelta = RETRY_BASE, cap: timedelta = RETRY_CAP
) -> timedelta:
    """Exponential backoff with jitter (between half and all of ``base * 2**(attempts-1)``, at most ``cap``),
    never sooner than the receiver's Retry-After (itself capped at ``cap``)."""
    backoff = min(base * (2 ** min(max(attempts - 1, 0), 20)), cap)
    delay = timedelta(seconds=random.uniform(backoff.total_seconds() / 2, backoff.total_seconds()))
    if retry_after_s is not None:
        delay = max(delay, timedelta(seconds=min(retry_after_s, cap.total_seconds())))
    return delay


def deliver_configured(db: Database, config: LoadedConfig, *, now: datetime | None = None) -> DeliveryReport:
    """``deliver_pending`` with everything the configuration says: channels, routing, attempts, backoff."""
    from config.routing import router_from_config

    alerts = config.settings.alerts
    return deliver_pending(
        db,
        channels_from_config(config),
        max_attempts=alerts.max_attempts,
        now=now,
        router=router_from_config(config),
        retry_base=alerts.retry_base,
        retry_cap=alerts.retry_cap,
    )


def requeue(db: Database, alert_id: str, *, channel: str | None = None, now: datetime | None = None) -> list[str]:
    """Make the failed (and pending) deliveries of an alert due now with a fresh attempt budget.

    ``alert_id`` may be a unique prefix. Returns the channels re-queued; ``LookupError`` when no alert
    matches (or the prefix is ambiguous).
    """
    now = now or utcnow()
    with db.write() as session:
        ids = session.scalars(select(Alert.id).where(Alert.id.startswith(alert_id, autoescape=True)).limit(2)).all()
        if len(ids) != 1:
            raise LookupError(f"no alert {alert_id!r}" if not ids else f"alert id prefix {alert_id!r} is ambiguous")
        query = select(AlertDelivery).where(
            AlertDelivery.alert_id == ids[0], AlertDelivery.status.in_(("failed", "pending"))
        )
        if channel is not None:
            query = query.where(AlertDelivery.channel == channel)
        requeued = []
        for delivery in session.scalars(query):
            delivery.status = "pending"
            delivery.attempts = 0
            delivery.next_attempt_at = now
            requeued.append(delivery.channel)
        return requeued

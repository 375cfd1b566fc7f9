"""Delivering the outbox: pending alert deliveries are sent and marked delivered only once accepted.

A delivery row is claimed, sent outside any transaction, and its result written back in a short write
transaction. A crash between sending and recording can at worst send an alert twice; receivers drop
duplicates by the ``X-Policywatch-Id`` idempotency key. Nothing is ever lost: a delivery stays
pending until accepted, or is marked failed after ``max_attempts``.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from config.loader import LoadedConfig
from monitor.alerts.channels import AlertChannel, DeliveryError, build_channel
from monitor.alerts.message import AlertMessage
from monitor.diff import diff_texts, diff_to_dict
from storage.blobs import get_text
from storage.database import Database
from storage.models import Alert, AlertDelivery, Change, Document, Vendor, Version, utcnow

RETRY_BASE = timedelta(seconds=30)
RETRY_CAP = timedelta(hours=6)


@dataclass
class DeliveryReport:
    delivered: list[tuple[str, str]] = field(default_factory=list)  # (alert id, channel)
    retrying: list[tuple[str, str, str]] = field(default_factory=list)  # (alert id, channel, error)
    failed: list[tuple[str, str, str]] = field(default_factory=list)


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
) -> DeliveryReport:
    """Send every due pending delivery once; record each result."""
    now = now or utcnow()
    report = DeliveryReport()
    with db.read() as session:
        due = session.execute(
            select(AlertDelivery.id, AlertDelivery.alert_id, AlertDelivery.channel)
            .where(AlertDelivery.status == "pending", AlertDelivery.next_attempt_at <= now)
            .order_by(AlertDelivery.next_attempt_at, AlertDelivery.id)
            .limit(limit)
        ).all()
    messages: dict[str, AlertMessage] = {}
    for delivery_id, alert_id, channel_name in due:
        channel = channels.get(channel_name)
        if channel is None:
            _record_attempt(db, delivery_id, error=f"channel {channel_name!r} is not configured", retryable=False,
                            retry_after_s=None, max_attempts=max_attempts)
            report.failed.append((alert_id, channel_name, "channel not configured"))
            continue
        if alert_id not in messages:
            messages[alert_id] = alert_message(db, alert_id)
        try:
            channel.send(messages[alert_id])
        except DeliveryError as exc:
            final = _record_attempt(db, delivery_id, error=exc.message, retryable=exc.retryable,
                                    retry_after_s=exc.retry_after_s, max_attempts=max_attempts)
            (report.failed if final else report.retrying).append((alert_id, channel_name, exc.message))
            continue
        _record_delivered(db, delivery_id)
        report.delivered.append((alert_id, channel_name))
    return report


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
        return AlertMessage(
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
        )


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
    db: Database, delivery_id: int, *, error: str, retryable: bool, retry_after_s: float | None, max_attempts: int
) -> bool:
    """Record a failed attempt; returns True when the delivery is now finally failed."""
    with db.write() as session:
        delivery = session.get(AlertDelivery, delivery_id)
        if delivery is None:
            return True
        delivery.attempts += 1
        delivery.last_error = error[:2000]
        if not retryable or delivery.attempts >= max_attempts:
            delivery.status = "failed"
            return True
        delivery.next_attempt_at = utcnow() + retry_delay(delivery.attempts, retry_after_s)
        return False


def retry_delay(attempts: int, retry_after_s: float | None = None) -> timedelta:
    """Exponential backoff with full jitter, never sooner than the receiver's Retry-After."""
    backoff = min(RETRY_BASE * (2 ** min(max(attempts - 1, 0), 20)), RETRY_CAP)
    delay = timedelta(seconds=random.uniform(backoff.total_seconds() / 2, backoff.total_seconds()))
    if retry_after_s is not None:
        delay = max(delay, timedelta(seconds=min(retry_after_s, RETRY_CAP.total_seconds())))
    return delay

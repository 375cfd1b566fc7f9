"""Digests: alerts routed to a channel in ``daily``/``weekly`` mode, collected into one ``digest`` alert.

``enqueue_alert`` writes such a delivery with status ``digest`` and ``next_attempt_at`` = the time its
digest is due (``config.routing``). ``collect_digests`` (run at the start of every
``deliver_pending``) takes the held deliveries that are due, and in ONE write transaction, per
channel and period:

- adds a ``digest`` alert whose payload lists the member alert ids, with one pending delivery to that
  channel (the outbox then delivers, retries and dead-letters it like any alert);
- marks the member deliveries ``digested`` (``last_error`` names the digest).

A crash leaves either all of it or none of it, so an alert is never lost nor put into two digests.
A digest's severity is the highest of its members'. After a long outage the overdue held alerts of a
channel go out as one digest per period, not one per missed day.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import datetime

from sqlalchemy import select

from config.routing import highest_severity
from storage.database import Database
from storage.models import Alert, AlertDelivery, utcnow

HELD = "digest"  # delivery status: waiting for its channel's digest
DIGESTED = "digested"  # delivery status: carried by a digest alert


def collect_digests(db: Database, *, now: datetime | None = None) -> list[str]:
    """Turn the due held deliveries into digest alerts; returns the new digest alert ids."""
    now = now or utcnow()
    created: list[str] = []
    with db.write() as session:
        rows = session.execute(
            select(AlertDelivery, Alert)
            .join(Alert, Alert.id == AlertDelivery.alert_id)
            .where(AlertDelivery.status == HELD, AlertDelivery.next_attempt_at <= now)
            .order_by(AlertDelivery.channel, Alert.created_at, Alert.id)
            # PostgreSQL: a delivery the compliance re-check withdraws meanwhile is not taken (nor overwritten)
            .with_for_update(of=AlertDelivery)
        ).all()
        groups: dict[tuple[str, str], list[tuple[AlertDelivery, Alert]]] = defaultdict(list)
        for delivery, alert in rows:
            period = (alert.payload or {}).get("digest_modes", {}).get(delivery.channel, "daily")
            groups[(delivery.channel, period)].append((delivery, alert))
        for (channel, period), members in groups.items():
            digest_id = uuid.uuid4().hex
            session.add(
                Alert(
                    id=digest_id,
                    kind="digest",
                    document_id=None,
                    change_id=None,
                    severity=highest_severity(alert.severity for _, alert in members),
                    created_at=now,
                    payload={
                        "digest": {
                            "period": period,
                            "channel": channel,
                            "alerts": [alert.id for _, alert in members],
                        },
                        "summary": f"{period} digest for {channel}: {len(members)} alert"
                        + ("s" if len(members) != 1 else ""),
                    },
                )
            )
            session.add(AlertDelivery(alert_id=digest_id, channel=channel, status="pending", next_attempt_at=now))
            for delivery, _ in members:
                delivery.status = DIGESTED
                delivery.last_error = f"in digest {digest_id}"
            created.append(digest_id)
    return created

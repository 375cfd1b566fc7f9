"""``policywatch alerts``: the alert outbox — what was delivered, what waits, what failed; re-queue; deliver now.

Wired by ``monitor.cli`` with ``register(app)``.

- ``policywatch alerts [--pending] [--failed] [--limit N] [--json]``: alerts, newest first, each with
  its deliveries (one per channel): ``pending`` (with the next attempt), ``digest`` (held for a
  daily/weekly digest, with when it is due), ``digested``, ``delivered`` or ``failed`` (with the error).
  ``--pending``/``--failed`` keep only alerts with such deliveries (``--pending`` includes held ones).
- ``policywatch alerts retry ID [--channel NAME]``: make the alert's failed (or pending) deliveries due
  now with a fresh attempt budget. ID may be a unique prefix. Exit 1 when nothing was re-queued.
- ``policywatch alerts deliver [--json]``: build due digests and send every due delivery now.
  Exit 1 when a delivery failed for good in this pass.
"""

from __future__ import annotations

from typing import Any, Optional

import typer
from sqlalchemy import select

from storage.database import Database
from storage.models import Alert, AlertDelivery, Document, Vendor


def _iso(moment: Any) -> str | None:
    if moment is None:
        return None
    from monitor.alerts.message import iso_utc

    return iso_utc(moment)


def list_alerts(
    db: Database, *, pending: bool = False, failed: bool = False, limit: int = 100
) -> list[dict[str, Any]]:
    """The alerts, newest first, each with its deliveries (JSON-ready; the ``alerts --json`` output)."""
    statuses: set[str] = set()
    if pending:
        statuses |= {"pending", "sending", "digest"}
    if failed:
        statuses.add("failed")
    with db.read() as session:
        query = (
            select(Alert, Document.doc_type, Vendor.name)
            .outerjoin(Document, Document.id == Alert.document_id)
            .outerjoin(Vendor, Vendor.id == Document.vendor_id)
            .order_by(Alert.created_at.desc(), Alert.id.desc())
            .limit(limit)
        )
        if statuses:
            query = query.where(
                Alert.id.in_(select(AlertDelivery.alert_id).where(AlertDelivery.status.in_(sorted(statuses))))
            )
        result = []
        for alert, doc_type, vendor_name in session.execute(query).all():
            deliveries = [
                {
                    "channel": d.channel,
                    "status": d.status,
                    "attempts": d.attempts,
                    "next_attempt_at": _iso(d.next_attempt_at) if d.status in ("pending", "sending", "digest") else None,
                    "delivered_at": _iso(d.delivered_at),
                    "last_error": d.last_error,
                }
                for d in alert.deliveries
                if not statuses or d.status in statuses
            ]
            payload = alert.payload or {}
            result.append(
                {
                    "id": alert.id,
                    "kind": alert.kind,
                    "vendor": vendor_name,
                    "document": doc_type,
                    "severity": alert.severity,
                    "created_at": _iso(alert.created_at),
                    "summary": payload.get("summary"),
                    "digest_of": (payload.get("digest") or {}).get("alerts"),
                    "dead_letter_of": (payload.get("dead_letter") or {}).get("alert_id"),
                    "deliveries": deliveries,
                }
            )
        return result


def _delivery_line(d: dict[str, Any]) -> str:
    line = f"    {d['channel']}: {d['status']}, {d['attempts']} attempt(s)"
    if d["status"] == "pending":
        line += f", next attempt {d['next_attempt_at']}"
    elif d["status"] == "digest":
        line += f", in the digest due {d['next_attempt_at']}"
    elif d["status"] == "delivered":
        line += f" at {d['delivered_at']}"
    if d["last_error"] and d["status"] != "delivered":
        line += f" — {d['last_error']}"
    return line


def register(app: typer.Typer) -> None:
    """Add the ``alerts`` command group to ``app``."""
    alerts_app = typer.Typer(
        help="The alert outbox: delivery state, re-queue failed deliveries, deliver now.",
        no_args_is_help=False,
    )

    @alerts_app.callback(invoke_without_command=True)
    def alerts(
        ctx: typer.Context,
        pending: bool = typer.Option(False, "--pending", help="Only alerts with deliveries still to send (or held for a digest)."),
        failed: bool = typer.Option(False, "--failed", help="Only alerts with failed (dead-lettered) deliveries."),
        limit: int = typer.Option(100, "--limit", min=1, help="At most this many alerts, newest first."),
        as_json: bool = typer.Option(False, "--json", help="Print as JSON."),
    ) -> None:
        """Alerts, newest first, with the state of each delivery."""
        if ctx.invoked_subcommand is not None:
            return
        from monitor.cli import configured_database, out, print_json

        with configured_database() as (_config, db):
            data = list_alerts(db, pending=pending, failed=failed, limit=limit)
        if as_json:
            print_json(data)
            return
        if not data:
            out.print("no alerts", markup=False)
        for a in data:
            where = " ".join(part for part in (a["vendor"], a["document"]) if part)
            out.print(f"{a['id']}  {a['created_at']}  {a['kind']}  {a['severity']}  {where}".rstrip(), markup=False)
            if a["summary"]:
                out.print(f"    {a['summary']}", markup=False)
            if not a["deliveries"]:
                out.print("    (no delivery: no route matched)", markup=False)
            for d in a["deliveries"]:
                out.print(_delivery_line(d), markup=False)

    @alerts_app.command("retry")
    def retry(
        alert_id: str = typer.Argument(..., metavar="ID", help="Alert id (a unique prefix is enough)."),
        channel: Optional[str] = typer.Option(None, "--channel", help="Only this channel's delivery."),
    ) -> None:
        """Re-queue an alert's failed (or pending) deliveries: due now, with a fresh attempt budget."""
        from monitor.alerts.outbox import requeue
        from monitor.cli import configured_database, fail, out

        with configured_database() as (_config, db):
            try:
                channels = requeue(db, alert_id, channel=channel)
            except LookupError as exc:
                fail(str(exc))
        if not channels:
            fail(f"alert {alert_id}: no failed or pending delivery to re-queue", code=1)
        out.print(f"re-queued {alert_id} for {', '.join(channels)}", markup=False)

    @alerts_app.command("deliver")
    def deliver(as_json: bool = typer.Option(False, "--json", help="Print the result as JSON.")) -> None:
        """Build due digests and send every due delivery now (what the daemon does continuously)."""
        from monitor.alerts.outbox import deliver_configured
        from monitor.cli import configured_database, fail, out, print_json

        with configured_database() as (config, db):
            try:
                report = deliver_configured(db, config)
            except ValueError as exc:  # a channel's options are invalid
                fail(str(exc))
        data = {
            "delivered": [{"id": a, "channel": c} for a, c in report.delivered],
            "retrying": [{"id": a, "channel": c, "error": e} for a, c, e in report.retrying],
            "failed": [{"id": a, "channel": c, "error": e} for a, c, e in report.failed],
            "digests": report.digests,
            "dead_letters": report.dead_letters,
        }
        if as_json:
            print_json(data)
        else:
            out.print(
                f"delivered {len(report.delivered)}, retrying {len(report.retrying)}, failed {len(report.failed)}, "
                f"digests built {len(report.digests)}, dead letters raised {len(report.dead_letters)}",
                markup=False,
            )
            for a, c, e in report.failed:
                out.print(f"failed: {a} to {c}: {e}", markup=False)
        if report.failed:
            raise typer.Exit(1)

    app.add_typer(alerts_app, name="alerts")

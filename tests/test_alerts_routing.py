"""Routing by vendor, category, severity and kind; daily/weekly digests; the routing config."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from pydantic import ValidationError
from sqlalchemy import select

from config.schema import AlertsConfig, Settings
from monitor.alerts.message import SCHEMA_PATH
from monitor.alerts.outbox import deliver_pending
from config.routing import Route, Router, next_digest_time, router_from_settings
from storage.database import Database
from storage.models import AlertDelivery, utcnow
from storage.recording import due_document_ids, record_fetch
from tests.servers import LocalReceiver, LocalSmtpServer
from tests.test_alert_webhook import schema_errors
from tests.test_alerts_delivery import alerts_of_kind, hook, mail, open_watchlist_db, queue_alert, states
from tests.test_storage import ok_fetch

try:  # the change-confirmation policy (another issue) ignores texts this short unless told otherwise
    from tests.test_storage import SHORT_TEXTS

    RECORD_OPTIONS: dict[str, object] = {"policy": SHORT_TEXTS}
except ImportError:
    RECORD_OPTIONS = {}


@pytest.fixture
def db(sqlite_url: str):  # type: ignore[no-untyped-def]
    database = open_watchlist_db(sqlite_url)
    yield database
    database.close()


def settings(**alerts: object) -> AlertsConfig:
    channels = [{"name": n, "type": "webhook", "options": {"url": "https://x.example/"}}
                for n in ("soc", "storage-team", "ops", "digest-mail")]
    return AlertsConfig.model_validate({"channels": channels, **alerts})


def test_no_routes_means_every_channel_gets_everything_immediately() -> None:
    router = router_from_settings(settings())
    for kind in ("policy_change", "fetch_failure", "dead_letter"):
        assert router(kind=kind, severity="low", vendor="X", category=None) == [
            (c, "immediate", None) for c in ("soc", "storage-team", "ops", "digest-mail")
        ]


def test_routes_by_vendor_category_severity_and_kind() -> None:
    router = router_from_settings(settings(routes=[
        {"channel": "soc", "min_severity": "high"},
        {"channel": "storage-team", "categories": ["Storage"]},
        {"channel": "storage-team", "vendors": ["beta"], "mode": "weekly"},
        {"channel": "ops", "kinds": ["operational"]},
        {"channel": "digest-mail", "mode": "daily", "kinds": ["policy", "selector_broken"]},
    ]))
    now = datetime(2025, 3, 5, 10, 0, tzinfo=timezone.utc)  # a Wednesday

    def channels(**facts: object) -> dict[str, str]:
        return {c: mode for c, mode, _ in router(now=now, **facts)}  # type: ignore[arg-type]

    assert channels(kind="policy_change", severity="medium", vendor="Acme", category="storage") == {
        "storage-team": "immediate", "digest-mail": "daily"}
    assert channels(kind="policy_change", severity="critical", vendor="Beta", category="analytics") == {
        "soc": "immediate", "storage-team": "weekly", "digest-mail": "daily"}
    # several routes to one channel: the most urgent mode wins
    assert channels(kind="policy_change", severity="low", vendor="beta", category="storage") == {
        "storage-team": "immediate", "digest-mail": "daily"}
    # operational alerts are routed apart from policy alerts
    assert channels(kind="fetch_failure", severity="high", vendor="Acme", category="storage") == {"ops": "immediate"}
    assert channels(kind="dead_letter", severity="high", vendor=None, category=None) == {"ops": "immediate"}
    assert channels(kind="selector_broken", severity="low", vendor="Acme", category=None) == {
        "ops": "immediate", "digest-mail": "daily"}
    due = dict((c, d) for c, _, d in router(kind="policy_change", severity="high", vendor="Beta", category=None, now=now))
    assert due["digest-mail"] == datetime(2025, 3, 6, 8, 0, tzinfo=timezone.utc)
    assert due["storage-team"] == datetime(2025, 3, 10, 8, 0, tzinfo=timezone.utc)  # next Monday


def test_next_digest_time() -> None:
    at = datetime(2025, 3, 3, 8, 0, tzinfo=timezone.utc)  # a Monday, 08:00
    eight = at.timetz().replace(tzinfo=None)
    assert next_digest_time(at - timedelta(minutes=1), "daily", at=eight, weekday=0) == at
    assert next_digest_time(at, "daily", at=eight, weekday=0) == at + timedelta(days=1)
    assert next_digest_time(at, "weekly", at=eight, weekday=0) == at + timedelta(days=7)
    assert next_digest_time(at, "weekly", at=eight, weekday=4) == at + timedelta(days=4)


def test_routing_config_is_additive_and_checked() -> None:
    assert Settings.model_validate({"alerts": {"max_attempts": 3}}).alerts.routes == []
    with pytest.raises(ValidationError, match="unknown channel"):
        settings(routes=[{"channel": "nope"}])
    with pytest.raises(ValidationError):
        settings(routes=[{"channel": "soc", "mode": "hourly"}])
    with pytest.raises(ValidationError):
        settings(routes=[{"channel": "soc", "min_severity": "urgent"}])
    with pytest.raises(ValidationError):
        settings(digest_time="25:00")


def test_record_fetch_routes_a_change_by_vendor_category(db: Database) -> None:
    router = Router(["storage-hook", "all-hook"], [
        Route("storage-hook", categories=frozenset({"storage"})), Route("all-hook"),
    ])
    acme, beta = due_document_ids(db)
    for doc_id in (acme, beta):
        for text in ("# Privacy\nWe keep data 3 months.\n", "# Privacy\nWe keep data 26 months.\n"):
            record_fetch(db, ok_fetch(doc_id, text), alert_channels=router, **RECORD_OPTIONS)  # type: ignore[arg-type]
    routed = [sorted(a["channels"]) for a in alerts_of_kind(db, "policy_change")]
    # first versions do not alert; Acme (storage) reaches both, Beta only the catch-all
    assert sorted(routed) == [["all-hook"], ["all-hook", "storage-hook"]]


def test_an_alert_no_route_matches_is_kept_without_delivery(db: Database) -> None:
    router = Router(["soc"], [Route("soc", min_severity="critical")])
    alert_id = queue_alert(db, "Beta", router, severity="low")
    assert states(db, alert_id) == {}
    assert [a["id"] for a in alerts_of_kind(db, "policy_change")] == [alert_id]


def test_a_daily_digest_collects_several_alerts_into_one_message(db: Database) -> None:
    router = Router(["mail", "hook", "soc"], [
        Route("mail", mode="daily"), Route("hook", mode="daily"), Route("soc", min_severity="high"),
    ])
    created = utcnow() - timedelta(seconds=10)
    ids = [
        queue_alert(db, "Acme <i>", router, severity="low", summary="Acme <i>: retention grew", now=created),
        queue_alert(db, "Beta", router, severity="high", summary="Beta: new recipient",
                    now=created + timedelta(seconds=1)),
        queue_alert(db, "Beta", router, severity="medium", now=created + timedelta(seconds=2)),
    ]
    with LocalSmtpServer() as smtp, LocalReceiver() as receiver:
        channels = {"mail": mail(smtp), "hook": hook(receiver), "soc": hook(receiver, "soc")}
        report = deliver_pending(db, channels)
        assert report.delivered == [(ids[1], "soc")]  # the high one also went to soc at once
        assert report.digests == [] and smtp.received == []
        assert states(db, ids[0]) == {"mail": ("digest", 0), "hook": ("digest", 0)}

        with db.read() as session:
            due = max(session.scalars(select(AlertDelivery.next_attempt_at).where(AlertDelivery.status == "digest")))
        assert timedelta(0) < due - created <= timedelta(days=1)
        report = deliver_pending(db, channels, now=due + timedelta(seconds=1))
        assert len(report.digests) == 2  # one per channel
        assert sorted(c for _, c in report.delivered) == ["hook", "mail"]
        assert deliver_pending(db, channels, now=due + timedelta(days=1)).delivered == []  # nothing twice

        [message] = smtp.messages
        body = receiver.requests[-1].json()

    assert states(db, ids[0]) == {"mail": ("digested", 0), "hook": ("digested", 0)}
    assert message["Subject"] == "[policywatch] HIGH: daily digest, 3 alerts: Acme <i>, Beta"
    text = message.get_body(("plain",)).get_content()
    assert "1. LOW: Acme <i> privacy_policy changed" in text
    assert "2. HIGH: Beta privacy_policy changed" in text and "Beta: new recipient" in text
    assert all(alert_id in text for alert_id in ids)
    html = message.get_body(("html",)).get_content()
    assert "Acme &lt;i&gt;: retention grew" in html and "<i>" not in html

    assert body["kind"] == "digest" and body["severity"] == "high"
    assert [a["id"] for a in body["alerts"]] == ids
    assert body["details"] == {"period": "daily", "channel": "hook", "count": 3}
    assert schema_errors(body, json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))) == []


def test_a_failing_digest_is_retried_not_lost(db: Database) -> None:
    router = Router(["hook"], [Route("hook", mode="weekly")])
    first = queue_alert(db, "Beta", router)
    later = utcnow() + timedelta(days=8)
    with LocalReceiver(status=503) as receiver:
        report = deliver_pending(db, {"hook": hook(receiver)}, now=later)
        [digest_id] = report.digests
        assert report.retrying[0][0] == digest_id
        receiver.respond(200)
        report = deliver_pending(db, {"hook": hook(receiver)}, now=later + timedelta(hours=1))
        assert report.delivered == [(digest_id, "hook")]
        assert [a["id"] for a in receiver.requests[-1].json()["alerts"]] == [first]

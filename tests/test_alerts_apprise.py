"""The optional Apprise channel (Slack, Teams, Matrix, ntfy, ...) through the same outbox, tested offline
against a local receiver with Apprise's ``json://`` and ``ntfy://`` URL schemes."""

from __future__ import annotations

from datetime import timedelta

import pytest

from monitor.alerts.channels import build_channel
from monitor.alerts.outbox import deliver_pending
from storage.database import Database
from storage.models import utcnow
from tests.servers import LocalReceiver
from tests.test_alerts_delivery import alerts_of_kind, open_watchlist_db, queue_alert, states

apprise = pytest.importorskip("apprise", reason="the apprise extra is not installed (pip install 'apprise>=1.9,<3')")


@pytest.fixture
def db(sqlite_url: str):  # type: ignore[no-untyped-def]
    database = open_watchlist_db(sqlite_url)
    yield database
    database.close()


def test_json_url_through_the_outbox_with_retries(db: Database) -> None:
    alert_id = queue_alert(db, "Acme <i>", ["chat"], severity="high")
    with LocalReceiver(status=500) as receiver:
        channels = {"chat": build_channel("chat", "apprise", {"urls": [f"json://127.0.0.1:{receiver.port}/notify"]})}
        report = deliver_pending(db, channels)
        assert "notification failed" in report.retrying[0][2]
        receiver.respond(200)
        report = deliver_pending(db, channels, now=utcnow() + timedelta(minutes=5))
        assert report.delivered == [(alert_id, "chat")]
        body = receiver.requests[-1].json()
    assert states(db, alert_id) == {"chat": ("delivered", 2)}
    assert body["title"] == "[policywatch] HIGH: Acme <i> privacy_policy changed"
    assert f"Alert id: {alert_id}" in body["message"]  # the idempotency key travels in the message


def test_ntfy_url_and_urls_from_the_environment(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    alert_id = queue_alert(db, "Beta", ["ntfy"])
    with LocalReceiver() as receiver:
        monkeypatch.setenv("PW_TEST_APPRISE", f"ntfy://127.0.0.1:{receiver.port}/policywatch")
        channels = {"ntfy": build_channel("ntfy", "apprise", {"urls_env": "PW_TEST_APPRISE"})}
        assert deliver_pending(db, channels).delivered == [(alert_id, "ntfy")]
        [request] = receiver.requests
    assert request.path.startswith("/policywatch") or b"policywatch" in request.body
    assert alert_id.encode() in request.body


def test_a_receiver_hanging_past_the_timeout_is_retried(db: Database) -> None:
    alert_id = queue_alert(db, "Beta", ["chat"])
    with LocalReceiver(delay_s=5) as receiver:
        url = f"json://127.0.0.1:{receiver.port}/notify?cto=1&rto=1"
        channels = {"chat": build_channel("chat", "apprise", {"urls": url, "timeout_s": 1})}
        report = deliver_pending(db, channels)
    assert [(a, c) for a, c, _ in report.retrying] == [(alert_id, "chat")]
    assert states(db, alert_id) == {"chat": ("pending", 1)}


def test_permanent_setup_errors_fail_and_dead_letter(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PW_TEST_UNSET", raising=False)
    alert_id = queue_alert(db, "Beta", ["chat"])
    channels = {"chat": build_channel("chat", "apprise", {"urls_env": "PW_TEST_UNSET"})}
    report = deliver_pending(db, channels)
    assert "PW_TEST_UNSET is not set" in report.failed[0][2]
    assert states(db, alert_id) == {"chat": ("failed", 1)}
    assert len(alerts_of_kind(db, "dead_letter")) == 1


def test_bad_options_are_configuration_errors() -> None:
    with pytest.raises(ValueError, match="TLS verification cannot be turned off"):
        build_channel("chat", "apprise", {"urls": ["json://hooks.example.org/x?verify=no"]})
    with pytest.raises(ValueError, match="does not understand"):
        build_channel("chat", "apprise", {"urls": ["nosuchscheme://x"]})
    with pytest.raises(ValueError, match="give urls"):
        build_channel("chat", "apprise", {})

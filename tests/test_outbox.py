"""Delivering the outbox to a real webhook receiver and a real SMTP server."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from config.schema import VendorConfig
from monitor.alerts.channels import build_channel
from monitor.alerts.outbox import deliver_pending, retry_delay
from monitor.alerts.webhook import verify_signature
from monitor.demo.servers import SmtpCatcher, WebhookReceiver
from storage.database import open_database
from storage.models import Alert, AlertDelivery, utcnow
from storage.recording import due_document_ids, record_fetch, sync_watchlist
from tests.test_storage import ok_fetch

try:  # the change-confirmation policy ignores texts this short unless told otherwise
    from tests.test_storage import SHORT_TEXTS

    RECORD_OPTIONS: dict[str, object] = {"policy": SHORT_TEXTS}
except ImportError:
    RECORD_OPTIONS = {}

VENDOR = VendorConfig.model_validate(
    {"name": "Kotopro <script>", "documents": [{"url": "https://kotopro.example/sv/integritetspolicy/"}]}
)


@pytest.fixture
def db_with_change(sqlite_url: str):  # type: ignore[no-untyped-def]
    db = open_database(sqlite_url)
    sync_watchlist(db, [VENDOR], default_interval=timedelta(hours=12))
    [doc_id] = due_document_ids(db)
    record_fetch(db, ok_fetch(doc_id, "# Integritetspolicy\n## 5. Lagring\nVi sparar data i 3 månader.\n"), alert_channels=[],
                 **RECORD_OPTIONS)  # type: ignore[arg-type]
    recorded = record_fetch(
        db, ok_fetch(doc_id, "# Integritetspolicy\n## 5. Lagring\nVi sparar data i 26 månader.\n"),
        alert_channels=["hook", "mail"], **RECORD_OPTIONS,  # type: ignore[arg-type]
    )
    yield db, recorded.alert_id
    db.close()


def delivery_states(db) -> dict[str, tuple[str, int]]:  # type: ignore[no-untyped-def]
    with db.read() as session:
        # the policy alert's deliveries (a failed delivery also raises a dead_letter alert, with its own)
        deliveries = select(AlertDelivery).join(Alert).where(Alert.kind == "policy_change")
        return {d.channel: (d.status, d.attempts) for d in session.scalars(deliveries)}


def test_delivered_only_after_the_receiver_accepts(db_with_change, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    db, alert_id = db_with_change
    monkeypatch.setenv("PW_TEST_SECRET", "s3cret")
    with WebhookReceiver(status=500) as receiver, SmtpCatcher() as smtp:
        channels = {
            "hook": build_channel("hook", "webhook", {"url": receiver.base_url + "/in", "secret_env": "PW_TEST_SECRET", "timeout_s": 5}),
            "mail": build_channel("mail", "email", {"host": "127.0.0.1", "port": smtp.port, "security": "none",
                                                    "from_addr": "pw@test.invalid", "to": ["ciso@test.invalid"]}),
        }
        report = deliver_pending(db, channels)
        assert [c for _, c in report.delivered] == ["mail"]
        assert delivery_states(db) == {"hook": ("pending", 1), "mail": ("delivered", 1)}

        # not due yet: nothing is re-sent before the backoff
        assert deliver_pending(db, channels).delivered == []
        receiver.status = 204
        report = deliver_pending(db, channels, now=utcnow() + timedelta(hours=1))
        assert [c for _, c in report.delivered] == ["hook"]
        assert delivery_states(db) == {"hook": ("delivered", 2), "mail": ("delivered", 1)}

        assert len(smtp.messages) == 1
        assert "Kotopro" in smtp.messages[0]["Subject"]
        accepted = receiver.received[-1]
        assert accepted.headers["X-Policywatch-Id"] == alert_id
        assert verify_signature("s3cret", accepted.headers["X-Policywatch-Timestamp"], accepted.body,
                                accepted.headers["X-Policywatch-Signature"])
        payload = json.loads(accepted.body)
        assert payload["schema"] == "policywatch.alert/1" and payload["kind"] == "policy_change"
        assert payload["vendor"] == "Kotopro <script>" and payload["change_kind"] == "text"
        [section] = payload["diff"]["sections"]
        assert section["heading_path"] == ["Integritetspolicy", "5. Lagring"]
        html = next(p for p in smtp.messages[0].walk() if p.get_content_type() == "text/html").get_content()
        assert "Kotopro <script>" not in html and "Kotopro &lt;script&gt;" in html


def test_a_permanent_refusal_fails_the_delivery(db_with_change) -> None:  # type: ignore[no-untyped-def]
    db, _ = db_with_change
    with WebhookReceiver(status=404) as receiver:
        channels = {"hook": build_channel("hook", "webhook", {"url": receiver.base_url + "/in"})}
        report = deliver_pending(db, channels)
    assert [c for _, c, _ in report.failed] == ["hook", "mail"]  # mail: channel not configured
    assert delivery_states(db) == {"hook": ("failed", 1), "mail": ("failed", 1)}


def test_gives_up_after_max_attempts(db_with_change) -> None:  # type: ignore[no-untyped-def]
    db, _ = db_with_change
    channels = {"hook": build_channel("hook", "webhook", {"url": "http://127.0.0.1:9/in", "timeout_s": 1})}
    for attempt in range(3):
        deliver_pending(db, channels, max_attempts=3, now=utcnow() + timedelta(days=attempt + 1))
    assert delivery_states(db)["hook"] == ("failed", 3)


def test_retry_delay_grows_and_honours_retry_after() -> None:
    assert timedelta(seconds=15) <= retry_delay(1) <= timedelta(seconds=30)
    assert timedelta(minutes=4) <= retry_delay(5) <= timedelta(minutes=8)
    assert retry_delay(1, retry_after_s=120) >= timedelta(seconds=120)
    assert retry_delay(50) <= timedelta(hours=6)

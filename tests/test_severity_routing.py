"""Routes by severity see the severity the compliance re-check gives a change, not the initial one."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from config import settings_from_dict
from config.routing import router_from_config
from crawler.normalize import count_words, text_sha256
from monitor.checks.store import recheck_new_versions
from storage import outcomes
from storage.database import open_database
from storage.models import Alert, AlertDelivery, utcnow
from storage.recording import FetchRecord, due_document_ids, record_fetch, sync_watchlist

SITES = Path(__file__).resolve().parents[1] / "monitor" / "demo" / "sites"


def fetch(document_id: int, text: str) -> FetchRecord:
    now = utcnow()
    return FetchRecord(
        document_id=document_id, url="https://koofr.example/zasebnost", outcome=outcomes.OK, started_at=now,
        finished_at=now, http_status=200, raw_body=text.encode(), text=text, text_sha256=text_sha256(text),
        words=count_words(text), language="sl",
    )


def test_a_change_raised_to_high_reaches_the_high_severity_route(sqlite_url: str) -> None:
    config = settings_from_dict({
        "database": sqlite_url,
        "alerts": {
            "channels": [
                {"name": "everything", "type": "webhook", "options": {"url": "http://127.0.0.1:9/a"}},
                {"name": "ciso", "type": "webhook", "options": {"url": "http://127.0.0.1:9/b"}},
            ],
            "routes": [
                {"channel": "everything"},
                {"channel": "ciso", "min_severity": "high"},
            ],
        },
        "vendors": [{"name": "Koofr", "category": "storage", "documents": [{"url": "https://koofr.example/zasebnost"}]}],
    })
    db = open_database(sqlite_url)
    sync_watchlist(db, config.vendors, default_interval=timedelta(hours=12))
    [doc_id] = due_document_ids(db)
    router = router_from_config(config)
    record_fetch(db, fetch(doc_id, (SITES / "koofr" / "privacy.expected.txt").read_text()), alert_channels=router)
    changed = record_fetch(db, fetch(doc_id, (SITES / "koofr" / "privacy.v2.expected.txt").read_text()), alert_channels=router)

    def channels() -> list[str]:
        with db.read() as session:
            return sorted(session.scalars(select(AlertDelivery.channel).where(AlertDelivery.alert_id == changed.alert_id)))

    assert channels() == ["everything"]  # a text change starts at medium
    recheck_new_versions(db, config)  # a new US recipient: high
    with db.read() as session:
        assert session.get(Alert, changed.alert_id).severity == "high"
    assert channels() == ["ciso", "everything"]
    recheck_new_versions(db, config)  # nothing left to re-check: no duplicate deliveries
    assert channels() == ["ciso", "everything"]
    db.close()

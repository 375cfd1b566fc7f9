"""Scheduling (interval with jitter, cron, spread first checks, backoff with Retry-After, clock repair),
robots.txt Crawl-delay, and the daemon lock: real SQLite files, real local sites, real PostgreSQL."""

from __future__ import annotations

import random
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from config import settings_from_dict
from config.loader import ConfigError
from crawler.batch import crawl_documents
from monitor.daemon import DaemonError, DaemonLock
from monitor.demo.servers import FixtureSite, Page
from storage import schedule
from storage.database import open_database
from storage.models import Document
from storage.recording import due_document_ids, repair_due_times, sync_watchlist
from tests.daemon_helpers import policy_html

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc)  # a Monday


def test_interval_jitter_stays_within_five_percent() -> None:
    rng = random.Random(1)
    values = [schedule.regular_next_check(NOW, interval=timedelta(hours=12), cron=None, rng=rng) - NOW for _ in range(500)]
    assert all(timedelta(hours=11, minutes=29) <= v <= timedelta(hours=12, minutes=31) for v in values)
    assert len(set(values)) > 100  # really spread
    small = [schedule.regular_next_check(NOW, interval=timedelta(hours=1), cron=None, rng=rng) - NOW for _ in range(200)]
    assert all(timedelta(minutes=57) <= v <= timedelta(minutes=63) for v in small)


def test_cron_schedules_at_the_named_times() -> None:
    nxt = schedule.regular_next_check(NOW, interval=timedelta(hours=12), cron="0 6 * * 1-5")
    assert nxt == datetime(2026, 3, 3, 6, 0, tzinfo=timezone.utc)
    friday = datetime(2026, 3, 6, 7, 0, tzinfo=timezone.utc)
    assert schedule.next_cron_time("0 6 * * 1-5", friday) == datetime(2026, 3, 9, 6, 0, tzinfo=timezone.utc)


def test_first_checks_are_spread_over_the_interval() -> None:
    rng = random.Random(2)
    firsts = [schedule.first_check_at(NOW, interval=timedelta(hours=12), cron=None, rng=rng) - NOW for _ in range(1000)]
    assert all(timedelta(0) <= f <= timedelta(hours=12) for f in firsts)
    # no start-up spike: roughly uniform over the 12 hours
    per_hour = [sum(1 for f in firsts if timedelta(hours=h) <= f < timedelta(hours=h + 1)) for h in range(12)]
    assert max(per_hour) < 2 * (1000 / 12)


def test_failures_back_off_exponentially_and_honor_retry_after() -> None:
    rng = random.Random(3)
    interval = timedelta(days=7)
    delays = [
        schedule.failure_next_check(NOW, consecutive_failures=n, interval=interval, cron=None, rng=rng) - NOW
        for n in range(1, 8)
    ]
    assert timedelta(minutes=4) < delays[0] <= timedelta(minutes=5)
    assert all(b > a * 1.8 for a, b in zip(delays, delays[1:]))
    # never later than the regular next check
    short = schedule.failure_next_check(NOW, consecutive_failures=10, interval=timedelta(hours=1), cron=None, rng=rng)
    assert short - NOW <= timedelta(hours=1, minutes=4)
    # Retry-After (seconds or HTTP date) pushes the next check out, even beyond the backoff
    after = schedule.failure_next_check(NOW, consecutive_failures=1, interval=interval, cron=None, retry_after="7200")
    assert after - NOW == timedelta(hours=2)
    dated = schedule.failure_next_check(NOW, consecutive_failures=1, interval=interval, cron=None,
                                        retry_after="Mon, 02 Mar 2026 13:00:00 GMT")
    assert dated == datetime(2026, 3, 2, 13, 0, tzinfo=timezone.utc)
    assert schedule.retry_after_delay("99999999", NOW) == schedule.RETRY_AFTER_CAP
    assert schedule.retry_after_delay("soon", NOW) is None


def test_clock_repair_rules() -> None:
    hour = timedelta(hours=1)
    # scheduled by a clock a day ahead: keeps its distance from the last check, counted from now
    fixed = schedule.repair_after_clock_jump(NOW + timedelta(days=1, hours=1), NOW + timedelta(days=1), NOW, interval=hour, cron=None)
    assert fixed == NOW + hour
    # a normal schedule, or a Retry-After a few days out, is left alone
    assert schedule.repair_after_clock_jump(NOW + hour, NOW - timedelta(minutes=1), NOW, interval=hour, cron=None) is None
    assert schedule.repair_after_clock_jump(NOW + timedelta(days=3), NOW, NOW, interval=hour, cron=None) is None
    # never checked, due a year out: spread over the interval
    spread = schedule.repair_after_clock_jump(NOW + timedelta(days=365), None, NOW, interval=hour, cron=None)
    assert spread is not None and NOW <= spread <= NOW + hour


def test_sync_spreads_new_documents_and_reschedules_changed_intervals(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'pw.db'}")
    config = settings_from_dict({
        "vendors": [{"name": f"V{i}", "documents": [{"url": f"https://v{i}.example/privacy", "interval": "2h"}]} for i in range(50)]
        + [{"name": "Cron", "documents": [{"url": "https://cron.example/p", "cron": "30 6 * * *", "robots_txt": False}]}],
    })
    sync_watchlist(db, config.vendors, default_interval=timedelta(hours=12), spread_first_checks=True)
    now = datetime.now(timezone.utc)
    with db.read() as session:
        docs = session.query(Document).all()
        firsts = [d.next_check_at - now for d in docs if d.cron is None]
        [(cron, robots, cron_next)] = [(d.cron, d.robots_txt, d.next_check_at) for d in docs if d.cron]
    assert all(timedelta(minutes=-1) <= f <= timedelta(hours=2) for f in firsts)
    assert len(due_document_ids(db)) < 10  # not everything at once
    assert cron == "30 6 * * *" and robots is False
    assert cron_next <= schedule.next_cron_time("30 6 * * *", now)
    # without spreading (run --once, the CLI), new documents are due at once
    config2 = settings_from_dict({"vendors": [{"name": "New", "documents": [{"url": "https://new.example/p"}]}]})
    sync_watchlist(db, config.vendors + config2.vendors, default_interval=timedelta(hours=12))
    with db.read() as session:
        new_next = session.query(Document).filter(Document.url == "https://new.example/p").one().next_check_at
    assert new_next <= datetime.now(timezone.utc)
    db.close()


def test_repair_due_times_in_the_database(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'pw.db'}")
    config = settings_from_dict({"vendors": [{"name": "A", "documents": [{"url": "https://a.example/p", "interval": "1h"}]}]})
    sync_watchlist(db, config.vendors, default_interval=timedelta(hours=12))
    now = datetime.now(timezone.utc)
    with db.write() as session:
        doc = session.query(Document).one()
        doc.last_checked_at = now + timedelta(days=2)
        doc.next_check_at = now + timedelta(days=2, hours=1)
    assert repair_due_times(db) == 1
    assert repair_due_times(db) == 0  # applied once
    with db.read() as session:
        next_at = session.query(Document).one().next_check_at
    assert next_at - now < timedelta(hours=1, minutes=1)
    db.close()


def test_invalid_cron_or_both_schedules_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="cron"):
        settings_from_dict({"vendors": [{"name": "A", "documents": [{"url": "https://a/p", "cron": "61 * * * *"}]}]})
    with pytest.raises(ConfigError, match="either interval or cron"):
        settings_from_dict({"vendors": [{"name": "A", "documents": [{"url": "https://a/p", "cron": "0 6 * * *", "interval": "1h"}]}]})
    with pytest.raises(ConfigError, match="daemon.log_format"):
        settings_from_dict({"daemon": {"log_format": "xml"}})


def _crawl_config(db_url: str, urls: list[str], **extra: object):  # type: ignore[no-untyped-def]
    return settings_from_dict({
        "database": db_url,
        "allow_private_addresses": True,
        "crawl": {"download_delay": "0s", "timeout": "5s", "retry_times": 0, **extra.pop("crawl", {})},  # type: ignore[dict-item]
        "change_confirmation": {"fetches": 1, "delay": "0s"},
        "vendors": [{"name": "Acme", "documents": [{"url": u} for u in urls]}],
        **extra,
    })


def test_robots_crawl_delay_is_honored(tmp_path: Path) -> None:
    with FixtureSite() as site:
        site.set_page("/robots.txt", Page(b"User-agent: *\nCrawl-delay: 1.5\n", "text/plain"))
        site.set_page("/a", Page(policy_html("A")))
        site.set_page("/b", Page(policy_html("B")))
        config = _crawl_config(f"sqlite:///{tmp_path / 'pw.db'}", [site.url("/a"), site.url("/b")])
        db = open_database(config.database_url)
        sync_watchlist(db, config.vendors, default_interval=timedelta(hours=12))
        ids = due_document_ids(db, all_active=True)
        db.close()
        started = time.monotonic()
        report = crawl_documents(ids, config.database_url, config=config)
        elapsed = time.monotonic() - started
    assert [d.outcome for d in report.documents] == ["ok", "ok"]
    # robots.txt, then a page, then (after 1.5 s) the other page: at least two delays
    assert elapsed >= 2.5


def test_crawl_delay_is_capped(tmp_path: Path) -> None:
    with FixtureSite() as site:
        site.set_page("/robots.txt", Page(b"User-agent: *\nCrawl-delay: 3600\n", "text/plain"))
        site.set_page("/a", Page(policy_html("A")))
        site.set_page("/b", Page(policy_html("B")))
        config = _crawl_config(f"sqlite:///{tmp_path / 'pw.db'}", [site.url("/a"), site.url("/b")],
                               crawl={"max_crawl_delay": "1s"})
        db = open_database(config.database_url)
        sync_watchlist(db, config.vendors, default_interval=timedelta(hours=12))
        ids = due_document_ids(db, all_active=True)
        db.close()
        started = time.monotonic()
        report = crawl_documents(ids, config.database_url, config=config)
    assert [d.outcome for d in report.documents] == ["ok", "ok"]
    assert time.monotonic() - started < 30


def test_retry_after_from_the_server_sets_the_next_check(tmp_path: Path) -> None:
    with FixtureSite() as site:
        site.set_page("/busy", Page(b"busy", "text/plain", status=503, headers={"Retry-After": "7200"}))
        config = _crawl_config(f"sqlite:///{tmp_path / 'pw.db'}", [site.url("/busy")])
        db = open_database(config.database_url)
        sync_watchlist(db, config.vendors, default_interval=timedelta(hours=12))
        ids = due_document_ids(db, all_active=True)
        before = datetime.now(timezone.utc)
        report = crawl_documents(ids, config.database_url, config=config)
        with db.read() as session:
            failures, next_at = session.query(Document.consecutive_failures, Document.next_check_at).one()
        db.close()
    assert report.documents[0].outcome == "http_error"
    assert failures == 1
    assert timedelta(hours=2) - timedelta(seconds=5) <= next_at - before <= timedelta(hours=2, seconds=30)


def test_file_lock_refuses_a_second_holder(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'pw.db'}"
    db1, db2 = open_database(url), open_database(url)
    first = DaemonLock(db1)
    first.acquire()
    try:
        with pytest.raises(DaemonError, match="already running"):
            DaemonLock(db2).acquire()
    finally:
        first.release()
    again = DaemonLock(db2)
    again.acquire()
    again.release()
    db1.close()
    db2.close()


@pytest.mark.postgres
def test_postgres_advisory_lock_refuses_a_second_daemon() -> None:
    pytest.importorskip("psycopg")
    url = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
    try:
        db1 = open_database(url, migrate=False)
        with db1.engine.connect():
            pass
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"PostgreSQL not reachable: {exc}")
    db2 = open_database(url, migrate=False)
    first = DaemonLock(db1)
    first.acquire()
    try:
        with pytest.raises(DaemonError, match="advisory lock"):
            DaemonLock(db2).acquire()
    finally:
        first.release()
    again = DaemonLock(db2)
    again.acquire()  # released with the first holder
    again.release()
    db1.close()
    db2.close()

"""`policywatch daemon` as a real process: real local sites, a real webhook receiver, a real SQLite file.

Each "bad input and fault" of issue 6 is a test here: SIGTERM and SIGKILL during a crawl, a second
daemon, a database locked by a long CLI read, an invalid watchlist edit, a clock that was ahead, and
robots.txt disallowing a policy page.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import time
import urllib.request
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from monitor.demo.servers import FixtureSite, Page
from tests.daemon_helpers import DaemonProcess, policy_html, query, run_cli, scalar, wait_until, write_config
from tests.servers import LocalReceiver, free_port


@pytest.fixture
def site():  # type: ignore[no-untyped-def]
    with FixtureSite() as s:
        yield s


@pytest.fixture
def receiver():  # type: ignore[no-untyped-def]
    with LocalReceiver(status=204) as r:
        yield r


def vendor(name: str, *urls: str, interval: str = "1s", **doc_extra: object) -> dict[str, object]:
    return {"name": name, "documents": [{"url": u, "interval": interval, **doc_extra} for u in urls]}


def hook(receiver: LocalReceiver) -> dict[str, object]:
    return {"channels": [{"name": "hook", "type": "webhook", "options": {"url": receiver.url_for("/hook"), "timeout_s": 20}}]}


def versions(db: Path, path_suffix: str) -> int:
    return scalar(db, "SELECT count(*) FROM version v JOIN document d ON d.id = v.document_id WHERE d.url LIKE ?",
                  "%" + path_suffix)


def integrity_ok(db: Path) -> None:
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    # every version points at a fetch that exists and at its text blob; every change has its version
    assert scalar(db, "SELECT count(*) FROM version v LEFT JOIN fetch f ON f.id = v.fetch_id WHERE f.id IS NULL") == 0
    assert scalar(db, "SELECT count(*) FROM version v LEFT JOIN blob b ON b.sha256 = v.text_sha256 WHERE b.sha256 IS NULL") == 0
    assert scalar(db, "SELECT count(*) FROM change c LEFT JOIN version v ON v.id = c.to_version_id WHERE v.id IS NULL") == 0
    assert scalar(db, "SELECT count(*) FROM alert a LEFT JOIN alert_delivery d ON d.alert_id = a.id WHERE d.id IS NULL") == 0


def test_checks_on_schedule_alerts_and_stops_cleanly(tmp_path: Path, site: FixtureSite, receiver: LocalReceiver) -> None:
    site.set_page("/privacy", Page(policy_html("Acme", 3)))
    db = tmp_path / "pw.db"
    config = write_config(tmp_path / "pw.yaml", db, [vendor("Acme", site.url("/privacy"))], alerts=hook(receiver))
    with DaemonProcess(config, tmp_path / "daemon.log") as daemon:
        daemon.wait_for_event("fetch", change_kind="first")
        daemon.wait_for_event("fetch", outcome="not_modified")  # the interval elapsed: checked again, 304
        site.set_page("/privacy", Page(policy_html("Acme", 26)))
        changed = daemon.wait_for_event("fetch", change_kind="text")
        delivered = daemon.wait_for_event("alert_delivered")
        assert delivered["alert_id"] == changed["alert_id"]
        [request] = receiver.wait_for_requests(1)
        assert request.json()["id"] == changed["alert_id"]

        status = json.loads(run_cli(config, "status", "--json").stdout)
        [doc] = status["documents"]
        assert doc["versions"] == 2 and doc["last_outcome"] in ("ok", "not_modified", "unchanged_raw")
        assert status["alerts_pending"] == 0 and status["alerts_failed"] == 0

        daemon.signal(signal.SIGTERM)
        assert daemon.wait(40) == 0
    assert any(e.get("event") == "stopped" for e in daemon.events())
    # one log line per fetch outcome, each with its fields
    fetches = [e for e in daemon.events() if e.get("event") == "fetch"]
    assert fetches and all({"vendor", "document", "url", "outcome"} <= set(e) for e in fetches)
    integrity_ok(db)


def test_second_daemon_on_the_same_database_is_refused(tmp_path: Path, site: FixtureSite) -> None:
    site.set_page("/privacy", Page(policy_html()))
    db = tmp_path / "pw.db"
    config = write_config(tmp_path / "pw.yaml", db, [vendor("Acme", site.url("/privacy"))])
    with DaemonProcess(config, tmp_path / "daemon.log") as daemon:
        daemon.wait_for_event("started")
        second = run_cli(config, "daemon")
        assert second.returncode == 1
        assert "another policywatch daemon" in second.stderr and f"pid {daemon.pid}" in second.stderr
        assert daemon.stop() == 0
    # once the first one stopped, a new daemon may start
    with DaemonProcess(config, tmp_path / "daemon2.log") as again:
        again.wait_for_event("started")
        assert again.stop() == 0


def test_sigterm_during_a_crawl_finishes_in_flight_checks_and_exits_0(tmp_path: Path, site: FixtureSite) -> None:
    site.set_page("/slow", Page(policy_html("Slow"), delay_s=3))
    db = tmp_path / "pw.db"
    config = write_config(tmp_path / "pw.yaml", db, [vendor("Slow", site.url("/slow"), interval="1h")])
    with DaemonProcess(config, tmp_path / "daemon.log") as daemon:
        daemon.wait_for_event("started")
        # the first check is spread over the interval; make it due now
        wait_until(lambda: scalar(db, "SELECT count(*) FROM document") == 1, what="the watchlist sync")
        query(db, "UPDATE document SET next_check_at = '2000-01-01 00:00:00.000000'")
        wait_until(lambda: "/slow" in site.requests, what="the slow request")
        started = time.monotonic()
        daemon.signal(signal.SIGTERM)
        assert daemon.wait(40) == 0
        assert time.monotonic() - started < 30
    # the request in flight was finished and recorded, in full
    assert scalar(db, "SELECT count(*) FROM fetch") == 1
    assert versions(db, "/slow") == 1
    integrity_ok(db)


def test_sigkill_during_a_crawl_then_restart_loses_nothing(tmp_path: Path, site: FixtureSite, receiver: LocalReceiver) -> None:
    site.set_page("/a", Page(policy_html("A", 3)))
    site.set_page("/b", Page(policy_html("B", 3)))
    db = tmp_path / "pw.db"
    # two host names, so two politeness slots: A is not queued behind B's hanging request
    a_url = site.url("/a").replace("127.0.0.1", "localhost")
    config = write_config(
        tmp_path / "pw.yaml", db, [vendor("A", a_url), vendor("B", site.url("/b"))], alerts=hook(receiver)
    )
    with DaemonProcess(config, tmp_path / "daemon.log") as daemon:
        wait_until(lambda: versions(db, "/a") == 1 and versions(db, "/b") == 1, what="first versions")
        # A changes: its alert is written with the change, and its delivery hangs until the kill
        receiver.respond(204, delay_s=20)
        site.set_page("/a", Page(policy_html("A", 26)))
        wait_until(lambda: versions(db, "/a") == 2, what="A's change")
        # then B changes, and its answer hangs until the kill
        b_requests = site.requests.count("/b")
        site.set_page("/b", Page(policy_html("B", 12), delay_s=20))
        wait_until(lambda: site.requests.count("/b") > b_requests, what="B's request in flight")
        daemon.kill()  # SIGKILL: no chance to clean up
    integrity_ok(db)
    # A's delivery was being sent when the process died: still in the outbox, claimed ("sending")
    pending = scalar(db, "SELECT count(*) FROM alert_delivery WHERE status IN ('pending', 'sending')")
    assert pending >= 1, "A's alert is in the outbox"
    assert versions(db, "/b") == 1, "B's interrupted check recorded nothing"

    site.set_page("/b", Page(policy_html("B", 12)))
    receiver.respond(204)
    with DaemonProcess(config, tmp_path / "daemon2.log") as daemon:  # the lock died with the process
        wait_until(lambda: versions(db, "/b") == 2, what="B checked again after the restart")
        wait_until(
            lambda: scalar(db, "SELECT count(*) FROM alert_delivery WHERE status != 'delivered'") == 0
            and scalar(db, "SELECT count(*) FROM alert") == 2,
            what="both alerts delivered",
        )
        assert daemon.stop() == 0
    alert_ids = {a for (a,) in query(db, "SELECT id FROM alert")}
    received = {r.json()["id"] for r in receiver.requests}
    assert alert_ids <= received  # delivered at least once (receivers dedupe on the id)
    integrity_ok(db)


def test_a_long_cli_read_does_not_stop_the_daemon(tmp_path: Path, site: FixtureSite) -> None:
    site.set_page("/privacy", Page(policy_html()))
    db = tmp_path / "pw.db"
    config = write_config(tmp_path / "pw.yaml", db, [vendor("Acme", site.url("/privacy"))])
    with DaemonProcess(config, tmp_path / "daemon.log") as daemon:
        daemon.wait_for_event("fetch", change_kind="first")
        reader = sqlite3.connect(db, timeout=30, isolation_level=None)
        reader.execute("BEGIN")
        before = reader.execute("SELECT count(*) FROM fetch").fetchone()[0]
        time.sleep(0.1)
        # while the read transaction stays open the daemon keeps recording fetches
        wait_until(lambda: scalar(db, "SELECT count(*) FROM fetch") >= before + 3, timeout_s=30, what="fetches during the read")
        assert reader.execute("SELECT count(*) FROM fetch").fetchone()[0] == before  # a consistent snapshot
        reader.execute("ROLLBACK")
        # a CLI *write* transaction holding the lock for a few seconds only delays the daemon
        writer = sqlite3.connect(db, timeout=30, isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")
        held = scalar(db, "SELECT count(*) FROM fetch")
        time.sleep(3)
        writer.execute("COMMIT")
        wait_until(lambda: scalar(db, "SELECT count(*) FROM fetch") >= held + 2, timeout_s=30, what="fetches after the lock")
        reader.close()
        writer.close()
        assert daemon.stop() == 0
    events = daemon.events()
    assert not [e for e in events if e.get("event") in ("cycle_error", "record_error")]
    integrity_ok(db)


def test_invalid_watchlist_edit_keeps_the_old_one(tmp_path: Path, site: FixtureSite) -> None:
    site.set_page("/a", Page(policy_html("A")))
    site.set_page("/b", Page(policy_html("B")))
    db = tmp_path / "pw.db"
    watchlist = tmp_path / "watchlist.yaml"
    watchlist.write_text(json.dumps({"vendors": [vendor("A", site.url("/a"))]}))
    config = write_config(tmp_path / "pw.yaml", db, None, watchlist="watchlist.yaml")
    with DaemonProcess(config, tmp_path / "daemon.log") as daemon:
        daemon.wait_for_event("fetch", vendor="A", change_kind="first")
        watchlist.write_text("vendors:\n  - name: A\n    documents: [url: {oops\n")
        failed = daemon.wait_for_event("reload_failed")
        assert "watchlist.yaml" in failed["message"] and "previous one stays active" in failed["message"]
        checked = scalar(db, "SELECT count(*) FROM fetch")
        wait_until(lambda: scalar(db, "SELECT count(*) FROM fetch") >= checked + 2, what="A still checked")
        assert scalar(db, "SELECT count(*) FROM document WHERE active") == 1

        # a valid edit is picked up without a restart; SIGHUP reloads too
        watchlist.write_text(json.dumps({"vendors": [vendor("A", site.url("/a")), vendor("B", site.url("/b"))]}))
        daemon.wait_for_event("reloaded", reason="file changed")
        daemon.wait_for_event("fetch", vendor="B", change_kind="first")
        daemon.signal(signal.SIGHUP)
        daemon.wait_for_event("reloaded", reason="SIGHUP")
        assert daemon.stop() == 0


def test_document_ignore_patterns_apply_in_the_daemon_which_keeps_no_watchlist(tmp_path: Path, site: FixtureSite) -> None:
    """The daemon drops the watchlist from memory after its sync: a document's own ignore patterns reach
    the crawl from the database, and a reload that edits them is stored for the next crawl."""
    site.set_page("/privacy", Page(policy_html("Acme", 3)))
    db = tmp_path / "pw.db"
    watchlist = tmp_path / "watchlist.yaml"
    ignored = vendor("Acme", site.url("/privacy"), ignore=[r"We keep account data for \d+ months"])
    watchlist.write_text(json.dumps({"vendors": [ignored]}))
    config = write_config(tmp_path / "pw.yaml", db, None, watchlist="watchlist.yaml")
    with DaemonProcess(config, tmp_path / "daemon.log") as daemon:
        daemon.wait_for_event("fetch", change_kind="first")
        site.set_page("/privacy", Page(policy_html("Acme", 26)))  # new bytes, a change only inside the pattern
        wait_until(lambda: any(e.get("event") == "fetch" and e.get("outcome") == "ok" and not e.get("change_kind")
                               for e in daemon.events()), what="the edited page checked")
        assert versions(db, "/privacy") == 1
        assert json.loads(scalar(db, "SELECT ignore FROM document")) == [r"We keep account data for \d+ months"]

        watchlist.write_text(json.dumps({"vendors": [vendor("Acme", site.url("/privacy"))]}))
        daemon.wait_for_event("reloaded", reason="file changed")
        assert json.loads(scalar(db, "SELECT ignore FROM document")) == []
        assert daemon.stop() == 0


def test_due_times_from_a_clock_that_was_ahead_are_repaired(tmp_path: Path, site: FixtureSite) -> None:
    """A clock jump back: the last check and next check lie a day in the future. Without the repair
    the documents would not be checked for a day; a forward jump must not check anything twice."""
    site.set_page("/ahead", Page(policy_html("Ahead")))
    site.set_page("/behind", Page(policy_html("Behind")))
    db = tmp_path / "pw.db"
    vendors = [vendor("Ahead", site.url("/ahead"), interval="1h"), vendor("Behind", site.url("/behind"), interval="1h")]
    config = write_config(tmp_path / "pw.yaml", db, vendors)
    with DaemonProcess(config, tmp_path / "daemon.log") as daemon:  # creates the schema and the documents
        daemon.wait_for_event("started")
        assert daemon.stop() == 0
    fmt = "%Y-%m-%d %H:%M:%S.%f"
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    query(db, "UPDATE document SET last_checked_at = ?, next_check_at = ? WHERE url LIKE '%/ahead'",
          (now + timedelta(days=1)).strftime(fmt), (now + timedelta(days=1, hours=1)).strftime(fmt))
    query(db, "UPDATE document SET last_checked_at = ?, next_check_at = ? WHERE url LIKE '%/behind'",
          (now - timedelta(days=30)).strftime(fmt), (now - timedelta(days=29)).strftime(fmt))
    with DaemonProcess(config, tmp_path / "daemon2.log") as daemon:
        repair = daemon.wait_for_event("clock_repair")
        assert repair["documents"] == 1
        daemon.wait_for_event("fetch", vendor="Behind")
        time.sleep(2)  # several ticks
        assert daemon.stop() == 0
    # the overdue document was checked once, then scheduled an interval from the real now
    assert scalar(db, "SELECT count(*) FROM fetch f JOIN document d ON d.id = f.document_id WHERE d.url LIKE '%/behind'") == 1
    [(next_behind,)] = query(db, "SELECT next_check_at FROM document WHERE url LIKE '%/behind'")
    [(next_ahead, last_ahead)] = query(db, "SELECT next_check_at, last_checked_at FROM document WHERE url LIKE '%/ahead'")
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    assert now + timedelta(minutes=50) < datetime.strptime(next_behind, fmt) < now + timedelta(minutes=70)
    # the document scheduled by the clock that was ahead is due within its interval, not in a day
    assert datetime.strptime(next_ahead, fmt) < now + timedelta(hours=1, minutes=5)
    assert datetime.strptime(last_ahead, fmt) <= now


def test_robots_txt_disallow_is_recorded_and_can_be_overridden(tmp_path: Path, site: FixtureSite) -> None:
    site.set_page("/robots.txt", Page(b"User-agent: *\nDisallow: /legal/\n", "text/plain"))
    site.set_page("/legal/privacy", Page(policy_html("Private")))
    site.set_page("/legal/terms", Page(policy_html("Terms")))
    db = tmp_path / "pw.db"
    vendors = [
        vendor("Obeyed", site.url("/legal/privacy")),
        {"name": "Overridden", "documents": [{"url": site.url("/legal/terms"), "interval": "1s", "robots_txt": False}]},
    ]
    config = write_config(tmp_path / "pw.yaml", db, vendors)
    with DaemonProcess(config, tmp_path / "daemon.log") as daemon:
        daemon.wait_for_event("fetch", vendor="Obeyed", outcome="robots_disallowed")
        daemon.wait_for_event("fetch", vendor="Overridden", change_kind="first")
        status = json.loads(run_cli(config, "status", "--json").stdout)
        assert daemon.stop() == 0
    by_vendor = {d["vendor"]: d for d in status["documents"]}
    assert by_vendor["Obeyed"]["last_outcome"] == "robots_disallowed"
    assert "robots.txt" in by_vendor["Obeyed"]["last_message"] and by_vendor["Obeyed"]["versions"] == 0
    assert by_vendor["Overridden"]["versions"] == 1
    assert "/legal/privacy" not in site.requests  # never fetched
    assert "/legal/terms" in site.requests


def test_prometheus_metrics_on_loopback_when_enabled(tmp_path: Path, site: FixtureSite) -> None:
    pytest.importorskip("prometheus_client")
    site.set_page("/privacy", Page(policy_html()))
    db = tmp_path / "pw.db"
    port = free_port()
    config = write_config(tmp_path / "pw.yaml", db, [vendor("Acme", site.url("/privacy"))],
                          daemon={"metrics": {"enabled": True, "port": port}})
    with DaemonProcess(config, tmp_path / "daemon.log") as daemon:
        daemon.wait_for_event("fetch", change_kind="first")
        body = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10).read().decode()
        assert 'policywatch_fetches_total{outcome="ok"}' in body and "policywatch_dispatch_cycles_total" in body
        assert daemon.stop() == 0


def test_sigint_with_nothing_due_exits_0_quickly(tmp_path: Path, site: FixtureSite) -> None:
    site.set_page("/privacy", Page(policy_html()))
    db = tmp_path / "pw.db"
    config = write_config(tmp_path / "pw.yaml", db, [vendor("Acme", site.url("/privacy"), interval="12h")])
    with DaemonProcess(config, tmp_path / "daemon.log") as daemon:
        daemon.wait_for_event("started")
        daemon.signal(signal.SIGINT)
        assert daemon.wait(20) == 0
    # the first check is spread over the 12h interval: nothing was fetched at start-up
    assert scalar(db, "SELECT count(*) FROM fetch") == 0

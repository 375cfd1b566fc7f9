"""A large batch crawled on several cores: shares split by registrable domain, crawled by child processes
(``crawler.pool``), and the daemon using them. Real local sites, real SQLite files, real processes."""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest

from config.loader import LoadedConfig, load_config
from crawler.pool import EXTRACTED_LAST_TIME_WEIGHT, CrawlWorkerPool, expected_check_cost, split_by_slot
from monitor.demo.servers import FixtureSite, Page
from storage.database import Database, open_database
from storage.recording import due_document_ids, sync_watchlist
from tests.daemon_helpers import DaemonProcess, policy_html, query, scalar, wait_until, write_config


@pytest.fixture
def site():  # type: ignore[no-untyped-def]
    with FixtureSite() as s:
        yield s


def test_split_keeps_each_registrable_domain_in_one_share_and_balances() -> None:
    documents = [
        (1, "https://www.koofr.eu/privacy"), (2, "https://app.koofr.eu/terms"), (3, "https://koofr.eu/dpa"),
        (4, "https://example.co.uk/a"), (5, "https://shop.example.co.uk/b"),
        (6, "https://other.com/1"), (7, "https://x.other.com/2"),
        (8, "https://solo.net/p"),
    ]
    shares = split_by_slot(documents, 2)
    assert len(shares) == 2
    assert sorted(i for share in shares for i in share) == list(range(1, 9))
    share_of = {i: n for n, share in enumerate(shares) for i in share}
    assert share_of[1] == share_of[2] == share_of[3]  # subdomains share the vendor's slot
    assert share_of[4] == share_of[5] and share_of[6] == share_of[7]
    assert sorted(len(s) for s in shares) == [4, 4]
    assert all(share == sorted(share) for share in shares)  # the due order is kept within a share


def test_split_spreads_the_pages_that_are_costly_to_check_over_the_shares() -> None:
    # every other host holds a page whose last check extracted its text: a split by count puts all of
    # them in one share (the bench-peers pattern); a split by expected cost spreads them
    documents = [(i, f"https://vendor{i}.example/p") for i in range(20)]
    costly = {0, 2, 4, 6, 8}
    outcome = {i: "ok" if i in costly else "not_modified" for i, _url in documents}
    by_count = split_by_slot(documents, 2)
    assert any(costly <= set(share) for share in by_count)
    shares = split_by_slot(documents, 2, weights={i: expected_check_cost(outcome[i]) for i in outcome})
    assert sorted(len(costly & set(share)) for share in shares) == [2, 3]
    assert sorted(i for share in shares for i in share) == list(range(20))
    costs = [sum(expected_check_cost(outcome[i]) for i in share) for share in shares]
    assert abs(costs[0] - costs[1]) <= EXTRACTED_LAST_TIME_WEIGHT  # as even as whole slots allow
    assert all(share == sorted(share) for share in shares)


def test_expected_check_cost_is_higher_for_pages_that_had_to_be_extracted() -> None:
    assert expected_check_cost("not_modified") == expected_check_cost("unchanged_raw") == 1.0
    assert expected_check_cost("timeout") == 1.0  # a failure costs waiting, not CPU
    assert expected_check_cost("ok") == expected_check_cost("pending_change") == expected_check_cost(None) > 1.0
    assert expected_check_cost("blocked") > 1.0  # a consent wall is extracted before it is recognised


def test_split_gives_fewer_shares_than_asked_when_there_are_fewer_domains() -> None:
    assert split_by_slot([(1, "https://a.com/x"), (2, "https://www.a.com/y")], 2) == [[1, 2]]
    assert split_by_slot([], 2) == []


def _watch(tmp_path: Path, site: FixtureSite, count: int, **extra: object) -> tuple[Path, Path]:
    """``count`` documents over two host names (two politeness slots) of the local site."""
    documents = []
    for i in range(count):
        site.set_page(f"/p/{i}", Page(policy_html(f"Vendor {i}", 3 + i)))
        url = site.url(f"/p/{i}")
        documents.append(url if i % 2 else url.replace("127.0.0.1", "localhost"))
    vendors = [{"name": f"Vendor {i}", "documents": [{"url": u, "interval": "1h"}]} for i, u in enumerate(documents)]
    db = tmp_path / "pw.db"
    return write_config(tmp_path / "pw.yaml", db, vendors, **extra), db


def _synced(config_path: Path) -> tuple[LoadedConfig, Database, list[int]]:
    """The configuration, its database with the watchlist synced, and every watched document's id."""
    config = load_config(str(config_path))
    db = open_database(config.database_url)
    sync_watchlist(db, config.vendors, default_interval=timedelta(hours=1))
    return config, db, due_document_ids(db, all_active=True)


def _ready_pool() -> CrawlWorkerPool:
    pool = CrawlWorkerPool(1)
    pool.start()
    pool.wait_ready()
    return pool


def test_child_processes_crawl_their_shares_and_record_them(tmp_path: Path, site: FixtureSite) -> None:
    config_path, db_path = _watch(tmp_path, site, 6)
    config, db, ids = _synced(config_path)
    urls = dict(query(db_path, "SELECT id, url FROM document"))
    shares = split_by_slot([(i, urls[i]) for i in ids], 2)
    pool = CrawlWorkerPool(2)
    try:
        pool.start()
        assert all(pid != os.getpid() for pid in pool.pids())
        reports = asyncio.run(pool.crawl_shares(shares, config.database_url, config))
    finally:
        pool.close()
        db.close()
    assert [sorted(d.document_id for d in r.documents) for r in reports] == [sorted(s) for s in shares]
    assert all(d.outcome == "ok" and d.change_kind for r in reports for d in r.documents)
    assert scalar(db_path, "SELECT count(*) FROM version") == 6
    assert scalar(db_path, "SELECT count(*) FROM fetch") == 6
    # each politeness slot was fetched by one process only: both host names in the requests, none twice
    assert sorted(site.requests.count(f"/p/{i}") for i in range(6)) == [1] * 6


def test_a_child_freezes_its_long_lived_heap_at_start_and_after_its_first_crawl_only(tmp_path: Path, site: FixtureSite) -> None:
    config_path, _db_path = _watch(tmp_path, site, 2)
    config, db, ids = _synced(config_path)
    pool = _ready_pool()
    try:
        at_start = asyncio.run(pool.call(0, gc.get_freeze_count))
        first = asyncio.run(pool.crawl_share(0, ids, config.database_url, config))
        after_first_crawl = asyncio.run(pool.call(0, gc.get_freeze_count))
        asyncio.run(pool.crawl_share(0, ids, config.database_url, config))
        after_second_crawl = asyncio.run(pool.call(0, gc.get_freeze_count))
    finally:
        pool.close()
        db.close()
    assert [d.outcome for d in first.documents] == ["ok", "ok"]
    # Scrapy's components, imported by the first crawl, are frozen too; later crawls freeze nothing more
    # (frozen objects freed since leave the count)
    assert 0 < at_start < after_first_crawl
    assert after_second_crawl <= after_first_crawl


def test_a_killed_child_fails_its_share_only_and_is_replaced(tmp_path: Path, site: FixtureSite) -> None:
    config_path, db_path = _watch(tmp_path, site, 2)
    site.set_page("/p/0", Page(policy_html("Vendor 0"), delay_s=30))
    config, db, ids = _synced(config_path)
    pool = _ready_pool()
    try:
        [pid] = pool.pids()
        killer = threading.Thread(target=lambda: (wait_until(lambda: "/p/0" in site.requests, what="the slow request"),
                                                  os.kill(pid, signal.SIGKILL)))
        killer.start()
        [report] = asyncio.run(pool.crawl_shares([ids], config.database_url, config))
        killer.join()
        assert report.documents == []
        assert "crawl worker process failed" in report.errors[0]
        # the interrupted document recorded nothing and is still due; a fresh child crawls the next batch
        assert scalar(db_path, "SELECT count(*) FROM version") <= 1
        site.set_page("/p/0", Page(policy_html("Vendor 0")))
        [again] = asyncio.run(pool.crawl_shares([ids], config.database_url, config))
        assert pool.pids() != [pid]
        # /p/1 may have been recorded before the kill (then it answers 304 now); /p/0 was not
        by_url = {d.url.rsplit("/", 1)[1]: d.outcome for d in again.documents}
        assert by_url["0"] == "ok" and by_url["1"] in ("ok", "not_modified")
    finally:
        pool.close()
        db.close()
    assert scalar(db_path, "SELECT count(*) FROM version") == 2


def test_stop_crawls_finishes_the_request_in_flight_and_leaves_the_rest_due(tmp_path: Path, site: FixtureSite) -> None:
    config_path, db_path = _watch(tmp_path, site, 4, crawl={"download_delay": "0s", "timeout": "10s", "retry_times": 0,
                                                            "concurrent_requests": 1})
    for i in range(4):
        site.set_page(f"/p/{i}", Page(policy_html(f"Vendor {i}"), delay_s=1.5))
    config, db, ids = _synced(config_path)
    pool = _ready_pool()
    try:
        threading.Thread(target=lambda: (wait_until(lambda: site.requests, what="the first request"), pool.stop_crawls())).start()
        started = time.monotonic()
        [report] = asyncio.run(pool.crawl_shares([ids], config.database_url, config))
        assert time.monotonic() - started < 5
    finally:
        pool.close()
        db.close()
    outcomes = sorted(d.outcome for d in report.documents)
    assert "ok" in outcomes and "not_checked" in outcomes  # the request in flight finished, the rest waits
    assert scalar(db_path, "SELECT count(*) FROM version") == outcomes.count("ok")
    assert scalar(db_path, "PRAGMA integrity_check") == "ok"


def test_daemon_splits_a_large_batch_over_two_processes_and_stops_them(tmp_path: Path, site: FixtureSite) -> None:
    config_path, db_path = _watch(tmp_path, site, 8, daemon={"tick": "0.5s", "shutdown_timeout": "20s", "log_format": "json",
                                                            "crawl_processes": 2, "split_batches_from": 4})
    with DaemonProcess(config_path, tmp_path / "daemon.log") as daemon:
        [started] = wait_until(lambda: [e for e in daemon.events() if e.get("event") == "crawl_workers"], what="crawl workers")
        wait_until(lambda: scalar(db_path, "SELECT count(*) FROM document") == 8, what="the watchlist sync")
        # the start-up heap is frozen once the daemon is ready, before its first cycle
        wait_until(lambda: [e for e in daemon.events() if e.get("event") == "heap_frozen"], what="the start-up freeze")
        query(db_path, "UPDATE document SET next_check_at = '2000-01-01 00:00:00.000000'")
        wait_until(lambda: scalar(db_path, "SELECT count(*) FROM version") == 8, what="every first version")
        cycles = wait_until(lambda: [e for e in daemon.events() if e.get("event") == "cycle" and e.get("processes") == 2],
                            what="a cycle crawled by two processes")
        assert 0 < cycles[0]["crawl_seconds"] <= cycles[0]["seconds"]
        # the new versions were re-checked within that cycle (by whichever process was free), each once
        assert scalar(db_path, "SELECT count(DISTINCT version_id) FROM check_result") == 8
        assert not [e for e in daemon.events() if e.get("event") in ("recheck", "recheck_error")]
        # frozen again after the first cycle that crawled, and only then
        frozen = wait_until(lambda: [e for e in daemon.events() if e.get("event") == "heap_frozen"][1:], what="the second freeze")
        assert all(e["objects"] > 0 for e in frozen)
        assert daemon.stop() == 0
    assert len([e for e in daemon.events() if e.get("event") == "heap_frozen"]) == 2
    for pid in started["pids"]:  # the workers exited with the daemon
        wait_until(lambda pid=pid: not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2],
                   timeout_s=10, what=f"crawl worker {pid} to exit")
    assert scalar(db_path, "SELECT count(*) FROM fetch") == 8


def test_a_stopped_worker_starts_no_new_share(tmp_path: Path, site: FixtureSite) -> None:
    config_path, db_path = _watch(tmp_path, site, 2)
    config, db, ids = _synced(config_path)
    pool = _ready_pool()
    try:
        pool.stop_crawls()  # SIGTERM while idle: the daemon is stopping
        time.sleep(0.5)
        [report] = asyncio.run(pool.crawl_shares([ids], config.database_url, config))
    finally:
        pool.close()
        db.close()
    assert report.documents == [] and report.errors == []
    assert scalar(db_path, "SELECT count(*) FROM fetch") == 0  # still due

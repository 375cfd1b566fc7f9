"""The re-check of a split batch's new versions, shared by the daemon and its crawl workers
(``monitor.batch_recheck``), the calls it makes into a worker (``CrawlWorkerPool.call``), and the
rule packs and detector loaded at daemon start. Real processes, real local sites, real SQLite files."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from config.loader import LoadedConfig, without_watchlist
from crawler.pool import CrawlWorkerPool
from monitor.batch_recheck import BatchRechecks
from monitor.checks.store import RecheckOutcome, latest_version_id, load_checkers, recheck_new_versions, unchecked_version_ids
from monitor.daemon import DaemonError
from monitor.daemon import load_checkers as load_checkers_at_daemon_start
from monitor.demo.servers import FixtureSite
from storage.database import Database
from tests.daemon_helpers import scalar
from tests.test_crawl_pool import _synced, _watch


@pytest.fixture
def site():  # type: ignore[no-untyped-def]
    with FixtureSite() as s:
        yield s


def _rules_loaded() -> bool:  # runs in a worker
    from monitor.checks.rules import _load

    return _load.cache_info().currsize > 0


def _broken_prepare() -> None:  # runs in a worker
    raise ValueError("no rules here")


@pytest.fixture
def pool():  # type: ignore[no-untyped-def]
    p = CrawlWorkerPool(1, prepare=load_checkers)
    p.start()
    p.wait_ready()
    yield p
    p.close()


def _recheck_after_crawl(db: Database, config: LoadedConfig, pool: CrawlWorkerPool, *, here: bool, in_worker: bool,
                         before: Callable[[], None] = lambda: None) -> BatchRechecks:
    """Hand out the unchecked versions, every crawl of the batch having ended, to the chosen helpers."""

    async def run() -> BatchRechecks:
        done = asyncio.get_running_loop().create_future()
        done.set_result(None)
        rechecks = BatchRechecks(db, config, after_id=0, crawls=[done])
        before()
        helpers = ([rechecks.help_here()] if here else []) + ([rechecks.help_in_child(pool, 0)] if in_worker else [])
        await asyncio.gather(*helpers)
        return rechecks

    return asyncio.run(run())


def test_call_runs_a_function_in_the_worker_and_survives_its_exception(pool: CrawlWorkerPool) -> None:
    async def calls() -> tuple[int, str, int]:
        pid = await pool.call(0, os.getpid)
        with pytest.raises(RuntimeError) as failed:
            await pool.call(0, int, "not a number")
        return pid, str(failed.value), await pool.call(0, os.getpid)

    pid, message, again = asyncio.run(calls())
    assert pid == pool.pids()[0] != os.getpid()  # ran in the child
    assert "ValueError" in message and "not a number" in message
    assert again == pid  # the same child lives on


def test_a_call_that_cannot_cross_the_pipe_fails_alone(pool: CrawlWorkerPool, monkeypatch: pytest.MonkeyPatch) -> None:
    """A result the worker cannot pickle, or a function the worker cannot import, is an error for that
    call; the worker lives on."""
    import threading
    import types

    parent_only = types.ModuleType("policywatch_parent_only")  # importable here, not in the child
    exec("def answer():\n    return 42\n", parent_only.__dict__)
    monkeypatch.setitem(sys.modules, "policywatch_parent_only", parent_only)

    async def calls() -> tuple[str, str, int]:
        pid = await pool.call(0, os.getpid)
        with pytest.raises(RuntimeError) as unpicklable:
            await pool.call(0, threading.Lock)
        with pytest.raises(RuntimeError) as unimportable:
            await pool.call(0, parent_only.answer)
        assert await pool.call(0, os.getpid) == pid
        return str(unpicklable.value), str(unimportable.value), pid

    result_problem, job_problem, pid = asyncio.run(calls())
    assert "could not be sent back" in result_problem and "lock" in result_problem
    assert "could not be read in the worker" in job_problem and "policywatch_parent_only" in job_problem
    assert pool.pids()[0] == pid


def test_batch_versions_are_each_rechecked_once_by_daemon_and_worker(tmp_path: Path, site: FixtureSite,
                                                                     pool: CrawlWorkerPool) -> None:
    config_path, db_path = _watch(tmp_path, site, 10)
    config, db, ids = _synced(config_path)
    try:
        before = latest_version_id(db)
        assert before == 0
        [report] = asyncio.run(pool.crawl_shares([ids], config.database_url, config))
        assert sorted(d.outcome for d in report.documents) == ["ok"] * 10
        new = unchecked_version_ids(db, after_id=before)
        assert len(new) == 10

        rechecks = _recheck_after_crawl(db, config, pool, here=True, in_worker=True)
        assert rechecks.errors == []
        assert sorted(o.version_id for o in rechecks.outcomes) == sorted(new)  # each once, none twice
        sent = without_watchlist(config)  # what the worker gets: the alert routes, not the 10 vendors
        assert sent.vendors == [] and sent.settings.vendors == [] and sent.settings.alerts == config.settings.alerts
        assert all(o.status == "ok" for o in rechecks.outcomes)
        assert unchecked_version_ids(db) == []
        assert recheck_new_versions(db, config) == []  # the sweep after the batch finds nothing left
    finally:
        db.close()
    assert scalar(db_path, "SELECT count(DISTINCT version_id) FROM check_result") == 10


def test_a_process_done_first_leaves_a_share_of_few_versions_to_one_still_crawling(
        tmp_path: Path, site: FixtureSite, pool: CrawlWorkerPool) -> None:
    """Four new versions, two processes, one still crawling: the free one takes them one by one, not all
    four at once, so that the other can check some beside it when its crawl ends."""
    config_path, _db_path = _watch(tmp_path, site, 4)
    config, db, ids = _synced(config_path)
    try:
        asyncio.run(pool.crawl_shares([ids], config.database_url, config))
        new = unchecked_version_ids(db)
        assert len(new) == 4

        async def run() -> list[list[int]]:
            loop = asyncio.get_running_loop()
            done, still_crawling = loop.create_future(), loop.create_future()
            done.set_result(None)
            rechecks = BatchRechecks(db, config, after_id=0, crawls=[done, still_crawling])
            claims: list[list[int]] = []

            async def check(claimed: list[int]) -> list[RecheckOutcome]:
                claims.append(claimed)
                if sum(map(len, claims)) == len(new):
                    still_crawling.set_result(None)  # that crawl ends once all are handed out
                return await asyncio.to_thread(recheck_new_versions, db, config, version_ids=claimed)

            await rechecks.help(check, "the first process")
            return claims

        claims = asyncio.run(run())
        assert [len(c) for c in claims] == [1, 1, 1, 1]
        assert sorted(v for c in claims for v in c) == sorted(new)
        assert unchecked_version_ids(db) == []
    finally:
        db.close()


def test_a_failed_worker_leaves_its_versions_to_the_sweep(tmp_path: Path, site: FixtureSite, pool: CrawlWorkerPool) -> None:
    config_path, _db_path = _watch(tmp_path, site, 3)
    config, db, ids = _synced(config_path)
    try:
        asyncio.run(pool.crawl_shares([ids], config.database_url, config))

        # the worker dies before its first hand-out
        rechecks = _recheck_after_crawl(db, config, pool, here=False, in_worker=True,
                                        before=lambda: os.kill(pool.pids()[0], 9))
        assert rechecks.outcomes == [] and "left for the sweep" in rechecks.errors[0]
        assert len(unchecked_version_ids(db)) == 3
        assert [o.status for o in recheck_new_versions(db, config)] == ["ok"] * 3  # the sweep checks them
        assert asyncio.run(pool.call(0, os.getpid)) == pool.pids()[0]  # a fresh child replaced the dead one
    finally:
        db.close()


def test_recheck_of_given_versions_leaves_the_others_and_skips_checked_ones(tmp_path: Path, site: FixtureSite,
                                                                           pool: CrawlWorkerPool) -> None:
    config_path, _db_path = _watch(tmp_path, site, 3)
    config, db, ids = _synced(config_path)
    try:
        asyncio.run(pool.crawl_shares([ids], config.database_url, config))
        first, *rest = unchecked_version_ids(db)
        assert [o.version_id for o in recheck_new_versions(db, config, version_ids=[first])] == [first]
        assert unchecked_version_ids(db) == rest
        assert recheck_new_versions(db, config, version_ids=[first]) == []  # already checked: nothing to do
    finally:
        db.close()


def test_daemon_start_refuses_a_broken_rule_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "rules"
    extra.mkdir()
    (extra / "broken.yaml").write_text("kind: language_pack\nlanguage: de\nnegation: ['(nicht']\n", encoding="utf-8")
    monkeypatch.setenv("POLICYWATCH_RULES_DIR", str(extra))
    with pytest.raises(DaemonError) as refused:
        load_checkers_at_daemon_start()
    assert "broken.yaml" in str(refused.value) and "negation[0]" in str(refused.value)
    monkeypatch.delenv("POLICYWATCH_RULES_DIR")
    load_checkers_at_daemon_start()  # the shipped packs load


def test_workers_load_the_checkers_at_start_and_crawl_even_when_that_fails(
        tmp_path: Path, site: FixtureSite, pool: CrawlWorkerPool, caplog: pytest.LogCaptureFixture) -> None:
    assert asyncio.run(pool.call(0, _rules_loaded)) is True
    config_path, _db_path = _watch(tmp_path, site, 2)
    config, db, ids = _synced(config_path)
    broken = CrawlWorkerPool(1, prepare=_broken_prepare)
    broken.start()
    try:
        broken.wait_ready()
        assert "preparing failed: ValueError: no rules here" in caplog.text
        [report] = asyncio.run(broken.crawl_shares([ids], config.database_url, config))
        assert sorted(d.outcome for d in report.documents) == ["ok", "ok"]  # a broken rule pack stops no crawl
    finally:
        broken.close(timeout=5)
        db.close()


def test_a_worker_alone_rechecks_the_batch(tmp_path: Path, site: FixtureSite, pool: CrawlWorkerPool) -> None:
    config_path, db_path = _watch(tmp_path, site, 5)
    config, db, ids = _synced(config_path)
    try:
        asyncio.run(pool.crawl_shares([ids], config.database_url, config))

        # the daemon does not help: every check runs in the worker
        rechecks = _recheck_after_crawl(db, config, pool, here=False, in_worker=True)
        assert rechecks.errors == [] and len(rechecks.outcomes) == 5
        assert all(o.status == "ok" and o.findings > 0 for o in rechecks.outcomes)
        assert unchecked_version_ids(db) == []
    finally:
        db.close()
    assert scalar(db_path, "SELECT count(DISTINCT version_id) FROM check_result") == 5

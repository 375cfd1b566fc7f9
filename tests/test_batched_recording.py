"""Batched recording of unchanged checks: one transaction for many, the same per-document effects."""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import func, select

from config.schema import VendorConfig
from storage import outcomes
from storage.changes import ChangePolicy
from storage.database import Database, open_database
from storage.models import Alert, AlertDelivery, Document, Fetch, Version, utcnow
from storage.recording import FetchRecord, due_document_ids, record_fetch, record_fetches, sync_watchlist

SHORT_TEXTS = ChangePolicy(min_words=1, max_shrink=1.0, min_overlap=0.0, failure_alert_after=3)
VENDORS = [
    VendorConfig.model_validate({"name": f"V{i}", "documents": [{"url": f"https://v{i}.example/privacy"}]})
    for i in range(4)
]


def _record(doc_id: int, outcome: str, *, minutes: int, text: str | None = None, **extra: Any) -> FetchRecord:
    at = START + timedelta(minutes=minutes)
    fields: dict[str, Any] = {}
    if text is not None:
        fields = {"raw_body": text.encode(), "text": text, "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
                  "words": len(text.split()), "language": "en", "etag": '"v1"'}
    return FetchRecord(document_id=doc_id, url=f"https://doc{doc_id}", outcome=outcome, started_at=at, finished_at=at,
                       http_status=200 if outcome != outcomes.HTTP_ERROR else 500, **{**fields, **extra})


START = utcnow() - timedelta(days=1)


def _prepared(path: Path) -> tuple[Database, list[int]]:
    """Four documents with a first version; doc 1 failing 3 times (alerted), doc 2 with broken selectors."""
    db = open_database(f"sqlite:///{path}")
    sync_watchlist(db, VENDORS, default_interval=timedelta(hours=12))
    ids = sorted(due_document_ids(db))
    for n, doc_id in enumerate(ids):
        record_fetch(db, _record(doc_id, outcomes.OK, minutes=n, text=f"# Privacy {n}\nWe keep data.\n"),
                     alert_channels=["mail"], policy=SHORT_TEXTS)
    for k in range(3):
        record_fetch(db, _record(ids[1], outcomes.HTTP_ERROR, minutes=10 + k, message="HTTP 500"),
                     alert_channels=["mail"], policy=SHORT_TEXTS)
    record_fetch(db, _record(ids[2], outcomes.OK, minutes=20, text="# Privacy 2\nWe keep data.\n",
                             selector_problem="matched nothing: .policy"), alert_channels=["mail"], policy=SHORT_TEXTS)
    return db, ids


def _quiet_batch(ids: list[int]) -> list[FetchRecord]:
    return [
        _record(ids[0], outcomes.NOT_MODIFIED, minutes=30),
        _record(ids[1], outcomes.UNCHANGED_RAW, minutes=31, raw_sha256="ab" * 32),  # recovers: one `recovered` alert
        _record(ids[2], outcomes.NOT_MODIFIED, minutes=32),  # selectors still broken: status stays
        _record(ids[3], outcomes.UNCHANGED_RAW, minutes=33, raw_sha256="cd" * 32, etag='"v2"'),
        _record(ids[0], outcomes.UNCHANGED_RAW, minutes=34, raw_sha256="ef" * 32),  # the same document twice
    ]


def _state(db: Database) -> dict[str, Any]:
    with db.read() as session:
        documents = [
            (d.id, d.last_checked_at, d.last_outcome, d.status, d.consecutive_failures, d.etag, d.last_raw_sha256,
             d.next_check_at is not None and d.next_check_at > d.last_checked_at)
            for d in session.scalars(select(Document).order_by(Document.id))
        ]
        fetches = [(f.id, f.document_id, f.outcome, f.version_id, f.finished_at)
                   for f in session.scalars(select(Fetch).order_by(Fetch.id))]
        versions = [(v.id, v.document_id, v.last_seen) for v in session.scalars(select(Version).order_by(Version.id))]
        alerts = sorted((a.document_id, a.kind, a.severity) for a in session.scalars(select(Alert)))
        deliveries = session.scalar(select(func.count()).select_from(AlertDelivery))
    return {"documents": documents, "fetches": fetches, "versions": versions, "alerts": alerts, "deliveries": deliveries}


def test_a_batch_writes_what_one_transaction_per_record_writes(tmp_path: Path) -> None:
    one_by_one, ids = _prepared(tmp_path / "one.db")
    batched, ids_b = _prepared(tmp_path / "batch.db")
    assert ids == ids_b
    expected = [record_fetch(one_by_one, r, alert_channels=["mail"], policy=SHORT_TEXTS) for r in _quiet_batch(ids)]
    got = record_fetches(batched, _quiet_batch(ids), alert_channels=["mail"], policy=SHORT_TEXTS)
    # the same results (fetch ids included, filled in after the batch's one flush) and the same rows
    assert [(r.fetch_id, r.document_id, r.outcome, r.version_id) for r in got] == [
        (r.fetch_id, r.document_id, r.outcome, r.version_id) for r in expected
    ]
    assert all(r.fetch_id is not None for r in got)
    assert _state(batched) == _state(one_by_one)
    state = _state(batched)
    assert ("recovered" in [kind for doc, kind, _ in state["alerts"] if doc == ids[1]])
    by_id = {d[0]: d for d in state["documents"]}
    assert by_id[ids[1]][4] == 0 and by_id[ids[1]][3] == "ok"  # failure counter reset
    assert by_id[ids[2]][3] == outcomes.SELECTOR_BROKEN
    assert by_id[ids[3]][5] == '"v2"'
    one_by_one.close()
    batched.close()


def test_a_batch_is_all_or_nothing(tmp_path: Path) -> None:
    db, ids = _prepared(tmp_path / "db.db")
    before = _state(db)
    with pytest.raises(LookupError):
        record_fetches(db, [*_quiet_batch(ids), _record(999_999, outcomes.NOT_MODIFIED, minutes=40)],
                       alert_channels=["mail"], policy=SHORT_TEXTS)
    assert _state(db) == before
    assert record_fetches(db, [], alert_channels=["mail"]) == []
    db.close()


def _same_text_record(doc_id: int, n: int, *, minutes: int, text: str | None = None) -> FetchRecord:
    """An `ok` check whose bytes changed (a new raw sha256) and whose text is that of version n, sent
    without its text and raw page, as the pipeline sends it."""
    text = text if text is not None else f"# Privacy {n}\nWe keep data.\n"
    return replace(_record(doc_id, outcomes.OK, minutes=minutes, text=text, raw_sha256="77" * 32),
                   text=None, raw_body=None)


def test_a_same_text_check_without_its_text_is_recorded_against_the_latest_version(tmp_path: Path) -> None:
    one_by_one, ids = _prepared(tmp_path / "one.db")
    batched, _ = _prepared(tmp_path / "batch.db")
    records = [_same_text_record(ids[0], 0, minutes=30), _same_text_record(ids[3], 3, minutes=31)]
    expected = [record_fetch(one_by_one, r, alert_channels=["mail"], policy=SHORT_TEXTS) for r in records]
    got = record_fetches(batched, records, alert_channels=["mail"], policy=SHORT_TEXTS)
    assert [(r.outcome, r.version_id) for r in got] == [(r.outcome, r.version_id) for r in expected]
    assert all(r.outcome == outcomes.OK and r.version_id is not None for r in got)
    assert _state(batched) == _state(one_by_one)
    with batched.read() as session:
        documents = {d.id: d for d in session.scalars(select(Document))}
        assert documents[ids[0]].last_raw_sha256 == "77" * 32  # the next check of these bytes skips extraction
        assert [f.raw_sha256 for f in session.scalars(select(Fetch).where(Fetch.finished_at >= START + timedelta(minutes=30)))] == [None, None]
    one_by_one.close()
    batched.close()


def test_a_text_that_is_no_longer_the_latest_is_extracted_again_next_time(tmp_path: Path) -> None:
    """Between the crawl's read and the batch's write another writer added a version: the record (sent
    without its text) creates nothing, and its hash is not kept, so the next check extracts the page."""
    db, ids = _prepared(tmp_path / "db.db")
    with db.read() as session:
        raw_before = session.get(Document, ids[0]).last_raw_sha256
    [result] = record_fetches(db, [_same_text_record(ids[0], 0, minutes=30, text="# Privacy\nAn older text.\n")],
                              alert_channels=["mail"], policy=SHORT_TEXTS)
    assert result.outcome == outcomes.OK and result.version_id is None and result.change_id is None
    with db.read() as session:
        assert session.get(Document, ids[0]).last_raw_sha256 == raw_before
        assert session.scalar(select(func.count()).select_from(Version).where(Version.document_id == ids[0])) == 1
    db.close()


# --- the pipeline -------------------------------------------------------------------------------

def _pipeline_setup(tmp_path: Path) -> tuple[Any, Any, Database, list[int]]:
    from crawler.items import FetchResult
    from crawler.pipelines import CrawlContext, RecordFetchPipeline
    from storage.queries import fetch_targets

    db, ids = _prepared(tmp_path / "db.db")
    context = CrawlContext(db=db, alert_channels=["mail"], max_page_bytes=10**6, policy=SHORT_TEXTS)
    spider = SimpleNamespace(context=context)
    pipeline = RecordFetchPipeline(SimpleNamespace(spider=spider))  # type: ignore[arg-type]
    now = utcnow()
    items = [FetchResult(target=t, started_at=now, finished_at=now, outcome=outcomes.NOT_MODIFIED, http_status=304)
             for t in fetch_targets(db, ids)]
    return pipeline, items, db, ids


def test_the_pipeline_records_unchanged_checks_in_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import crawler.pipelines as pipelines

    pipeline, items, db, ids = _pipeline_setup(tmp_path)
    calls: list[int] = []
    real = pipelines.record_fetches

    def counting(db_: Database, records: list[FetchRecord], **kwargs: Any) -> Any:
        calls.append(len(records))
        return real(db_, records, **kwargs)

    monkeypatch.setattr(pipelines, "record_fetches", counting)
    monkeypatch.setattr(pipelines.RecordFetchPipeline, "BATCH_SIZE", 3)

    async def run() -> None:
        for item in items:
            await pipeline.process_item(item)  # a full batch is written in the background; the fourth waits
        await pipeline.close_spider()  # the crawl's end writes the rest

    asyncio.run(run())
    assert calls == [3, 1]
    context = pipeline.crawler.spider.context
    assert sorted(t.document_id for t, _ in context.results) == ids
    assert all(r.outcome == outcomes.NOT_MODIFIED and r.fetch_id for _, r in context.results)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Fetch).where(Fetch.outcome == "not_modified")) == 4
    db.close()


def test_the_crawl_waits_only_when_max_queued_results_wait_for_the_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A full batch is written in the background (a result waiting in the pipeline holds its response and
    Scrapy's machinery: memory); the crawl is held back only once MAX_QUEUED results wait."""
    import threading

    import crawler.pipelines as pipelines

    pipeline, items, db, ids = _pipeline_setup(tmp_path)
    release = threading.Event()
    real = pipelines.record_fetches

    def slow(db_: Database, records: list[FetchRecord], **kwargs: Any) -> Any:
        release.wait(10)
        return real(db_, records, **kwargs)

    monkeypatch.setattr(pipelines, "record_fetches", slow)
    monkeypatch.setattr(pipelines.RecordFetchPipeline, "BATCH_SIZE", 1)
    monkeypatch.setattr(pipelines.RecordFetchPipeline, "MAX_QUEUED", 2)

    async def run() -> None:
        await asyncio.wait_for(pipeline.process_item(items[0]), 1)  # its write starts and hangs
        await asyncio.wait_for(pipeline.process_item(items[1]), 1)  # queued behind it
        third = asyncio.ensure_future(pipeline.process_item(items[2]))  # two queued: waits
        await asyncio.sleep(0.3)
        assert not third.done()
        release.set()
        await asyncio.wait_for(third, 10)
        await pipeline.process_item(items[3])
        await pipeline.close_spider()

    asyncio.run(run())
    assert sorted(t.document_id for t, _ in pipeline.crawler.spider.context.results) == ids
    db.close()


def test_a_queued_check_does_not_keep_the_pages_body(tmp_path: Path) -> None:
    """A page whose bytes did not change waits in the batch without its body: behind a writer busy with
    changed pages, hundreds of 50 KB bodies would otherwise wait with it."""
    from crawler.pipelines import _fingerprint

    pipeline, items, db, _ids = _pipeline_setup(tmp_path)
    body = b"<html><body><h1>Privacy</h1><p>We keep data.</p></body></html>"
    target = replace(items[0].target, has_version=True, last_raw_sha256=hashlib.sha256(body).hexdigest())
    target = replace(target, latest_extractor_version=_fingerprint(target, []))
    same_bytes = replace(items[0], target=target, outcome=outcomes.OK, http_status=200, body=body)

    async def run() -> None:
        await pipeline.process_item(same_bytes)
        [(queued, record)] = pipeline._queued
        assert record.outcome == outcomes.UNCHANGED_RAW and queued.target == target
        assert queued.body is None and same_bytes.body == body  # the queue's copy only
        await pipeline.close_spider()

    asyncio.run(run())
    [(_target, recorded)] = pipeline.crawler.spider.context.results
    assert recorded.outcome == outcomes.UNCHANGED_RAW and recorded.fetch_id
    db.close()


def test_the_crawl_waits_while_max_in_progress_pages_are_extracted_or_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages recorded on their own (a new text, a failure) wait for the writer; beyond MAX_IN_PROGRESS
    of them the next one waits before its extraction, so that a slow database holds back the crawl
    instead of piling up extracted pages (each holds its body, text and blobs) in memory."""
    import threading

    import crawler.pipelines as pipelines

    pipeline, items, db, ids = _pipeline_setup(tmp_path)
    failed = [replace(item, outcome=outcomes.HTTP_ERROR, http_status=500, message="HTTP 500") for item in items]
    release, started = threading.Event(), []
    real = pipelines.record_fetch

    def slow(db_: Database, record: FetchRecord, **kwargs: Any) -> Any:
        started.append(record.document_id)
        release.wait(10)
        return real(db_, record, **kwargs)

    monkeypatch.setattr(pipelines, "record_fetch", slow)
    monkeypatch.setattr(pipelines.RecordFetchPipeline, "MAX_IN_PROGRESS", 2)
    pipeline = type(pipeline)(pipeline.crawler)  # the bound is taken when the pipeline is made
    handed_to_writer: list[Any] = []
    write = pipeline._write

    async def counted_write(function: Any, *args: Any, **kwargs: Any) -> Any:
        handed_to_writer.append(function)
        return await write(function, *args, **kwargs)

    pipeline._write = counted_write  # type: ignore[method-assign]

    async def run() -> None:
        first = [asyncio.ensure_future(pipeline.process_item(item)) for item in failed[:2]]
        await asyncio.sleep(0.3)
        third = asyncio.ensure_future(pipeline.process_item(failed[2]))
        await asyncio.sleep(0.3)
        # one write hangs, one waits for the writer thread, the third waits before it is handed over
        assert len(started) == 1 and len(handed_to_writer) == 2 and not third.done()
        release.set()
        await asyncio.wait_for(asyncio.gather(*first, third), 10)
        await pipeline.process_item(failed[3])
        await pipeline.close_spider()

    asyncio.run(run())
    assert sorted(started) == ids
    context = pipeline.crawler.spider.context
    assert sorted(t.document_id for t, _ in context.results) == ids
    assert all(r.outcome == outcomes.HTTP_ERROR for _, r in context.results)
    db.close()


def test_queued_checks_are_written_after_the_batch_delay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import crawler.pipelines as pipelines

    pipeline, items, db, _ids = _pipeline_setup(tmp_path)
    monkeypatch.setattr(pipelines.RecordFetchPipeline, "BATCH_DELAY", 0.05)

    async def run() -> None:
        await pipeline.process_item(items[0])
        assert not pipeline.crawler.spider.context.results
        await asyncio.sleep(0.5)
        assert len(pipeline.crawler.spider.context.results) == 1

    asyncio.run(run())
    db.close()


def test_a_failing_batch_is_recorded_one_by_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import crawler.pipelines as pipelines

    pipeline, items, db, ids = _pipeline_setup(tmp_path)

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("batch failed")

    monkeypatch.setattr(pipelines, "record_fetches", broken)

    async def run() -> None:
        for item in items:
            await pipeline.process_item(item)
        await pipeline.close_spider()

    asyncio.run(run())
    context = pipeline.crawler.spider.context
    assert sorted(t.document_id for t, _ in context.results) == ids and not context.errors
    db.close()


# --- lazy start requests --------------------------------------------------------------------------

def test_start_requests_are_fed_in_chunks() -> None:
    from crawler.spider import PolicySpider
    from storage.queries import FetchTarget

    targets = [FetchTarget(document_id=i, vendor="V", doc_type="privacy_policy", url=f"https://v.example/p/{i}",
                           language=None, select=[], remove=[], etag=None, last_modified=None, last_raw_sha256=None,
                           has_version=False) for i in range(300)]
    spider = PolicySpider(targets=targets)
    waits: list[int] = []
    produced: list[Any] = []

    class Signals:
        async def wait_for(self, _signal: Any) -> None:
            waits.append(len(produced))

    spider.crawler = SimpleNamespace(signals=Signals())  # type: ignore[assignment]
    from scrapy.settings import Settings

    spider.settings = Settings({"CONCURRENT_REQUESTS": 64})  # type: ignore[assignment]

    async def run() -> None:
        async for request in spider.start():
            produced.append(request)

    asyncio.run(run())
    assert len(produced) == 300
    # CONCURRENT_REQUESTS 64: at most 128 requests handed over before the scheduler must drain
    assert waits == [128, 256]


def test_batches_of_any_size_reach_the_driver_as_few_statements(tmp_path: Path) -> None:
    """The sqlite3 module caches prepared statements by SQL text: IN lists are padded so that batches of
    1 to 4 documents give 3 lengths (1, 2, 4), not 4, per query (the daemon's SQLite heap grew otherwise)."""
    from sqlalchemy import event

    db, ids = _prepared(tmp_path / "pw.db")
    seen: set[str] = set()
    event.listen(db.engine, "before_cursor_execute", lambda *args: seen.add(args[2]) if " IN (" in args[2] else None)
    for n in range(1, 5):
        record_fetches(db, [_record(i, outcomes.NOT_MODIFIED, minutes=40 + n) for i in ids[:n]],
                       alert_channels=["mail"], policy=SHORT_TEXTS)
    lengths = {sql.count("?") for sql in seen if "FROM document" in sql}
    assert lengths == {1, 2, 4}
    db.close()

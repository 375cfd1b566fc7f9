"""Item pipeline: turn each FetchResult into policy text and record it."""

from __future__ import annotations

import asyncio
import contextvars
import functools
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler

from crawler.extract import EXTRACTOR_VERSION
from crawler.items import FetchResult
from crawler.language import choose_language
from crawler.normalize import count_words, normalize_text, text_sha256
from crawler.page_checks import error_page_problem, extraction_fingerprint, redirect_problem, remove_ignored
from crawler.pdf import extract_pdf, is_pdf
from crawler.selector_health import Checked, extract_checked
from storage import outcomes
from storage.blobs import get_blob, get_text, sha256_hex
from storage.changes import ChangePolicy
from storage.database import Database
from storage.queries import FetchTarget
from storage.recording import QUIET_OUTCOMES, FetchRecord, RecordedFetch, record_fetch, record_fetches


@dataclass
class CrawlContext:
    """What a crawl's pipeline needs, handed to the spider by ``crawler.batch``."""

    db: Database
    alert_channels: Any  # channel names, or a config.routing.Router
    max_page_bytes: int
    policy: ChangePolicy = field(default_factory=ChangePolicy)
    ignore_patterns: dict[int, list[str]] = field(default_factory=dict)  # by document id
    fingerprints: dict[int, str] = field(default_factory=dict)  # by document id, see extraction_fingerprint
    # per recorded document: its target and what was recorded (not the FetchResult, which holds more)
    results: list[tuple[FetchTarget, RecordedFetch]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def fetch_record_from(
    result: FetchResult,
    *,
    max_page_bytes: int,
    ignore: Sequence[str] = (),
    previous_raw: Callable[[str], bytes | None] | None = None,
    previous_text: Callable[[str], str | None] | None = None,
) -> FetchRecord:
    """Extract policy text from a fetched body (unless nothing can have changed) into a FetchRecord.

    ``previous_raw`` reads a stored raw page by sha256; it is used to re-extract the latest version's
    page when the extractor or the selectors changed since, so that such changes are `technical`.
    ``previous_text`` reads a stored text by sha256: a new text that mostly repeats the latest version's
    keeps its language (``crawler.language.choose_language``).
    """
    target = result.target
    common = _common_fields(result)
    quick = record_without_extraction(result, ignore=ignore, common=common)
    if quick is not None:
        return quick

    body = result.body
    assert body is not None
    raw_sha = sha256_hex(body)
    fingerprint = _fingerprint(target, ignore)
    checked = _extract(body, target, result, max_page_bytes)
    extraction = checked.extraction
    # keep the raw page as evidence unless it is over the size limit
    evidence = body if extraction.outcome != outcomes.TOO_LARGE else None
    if extraction.outcome != outcomes.OK:
        return FetchRecord(
            outcome=extraction.outcome,
            message=extraction.message or f"{extraction.outcome} page at {result.final_url or target.url}",
            raw_body=evidence,
            raw_sha256=raw_sha if evidence is not None else None,
            extractor_version=fingerprint,
            **common,
        )
    text = normalize_text(remove_ignored(extraction.text, ignore))
    words = count_words(text)
    problem = error_page_problem(extraction.title, text, words)
    if problem:
        return FetchRecord(
            outcome=problem[0], message=problem[1], raw_body=body, raw_sha256=raw_sha,
            extractor_version=fingerprint, **common,
        )
    baseline = None
    if (
        previous_raw is not None
        and target.latest_raw_sha256
        and target.latest_extractor_version
        and target.latest_extractor_version != fingerprint
    ):
        baseline = _reextracted_sha(previous_raw(target.latest_raw_sha256), target, result, max_page_bytes, ignore)
    text_sha = text_sha256(text)
    latest: tuple[str, str] | None = None  # (sha256, text) of the latest version, when read
    if text_sha == target.latest_text_sha256 and target.latest_language:
        language = target.latest_language  # only the chrome changed: the detector would say the same
    else:
        if previous_text is not None and target.latest_language and target.latest_text_sha256:
            latest_text = previous_text(target.latest_text_sha256)
            latest = (target.latest_text_sha256, latest_text) if latest_text is not None else None
        language = choose_language(text, hint=extraction.language_hint, configured=target.language,
                                   previous=target.latest_language, previous_text=latest[1] if latest else None)
    return FetchRecord(
        outcome=outcomes.OK,
        message=extraction.message or None,
        raw_body=body,
        raw_sha256=raw_sha,
        text=text,
        text_sha256=text_sha,
        words=words,
        language=language,
        extractor_version=fingerprint,
        baseline_text_sha256=baseline,
        selector_problem=checked.selector_problem,
        latest_text=latest,
        **common,
    )


def record_without_extraction(
    result: FetchResult, *, ignore: Sequence[str] = (), common: dict[str, Any] | None = None
) -> FetchRecord | None:
    """The FetchRecord of a result that needs no extraction (a 304, the same raw bytes extracted the
    same way, a redirect elsewhere, a failure), or None when the body must be extracted. Cheap: at
    most a sha256 of the body."""
    target = result.target
    if common is None:
        common = _common_fields(result)
    if result.outcome in (outcomes.OK, outcomes.NOT_MODIFIED):
        # checked before trusting a 304 too: the validators travel with a redirect to another page
        moved = redirect_problem(target.url, result.final_url)
        if moved:
            return FetchRecord(outcome=moved[0], message=moved[1], **common)
    if result.outcome != outcomes.OK or result.body is None:
        return FetchRecord(outcome=result.outcome, message=result.message, **common)
    if not target.has_version or target.last_raw_sha256 is None:
        return None
    raw_sha = sha256_hex(result.body)
    if raw_sha == target.last_raw_sha256 and _fingerprint(target, ignore) == target.latest_extractor_version:
        return FetchRecord(outcome=outcomes.UNCHANGED_RAW, raw_sha256=raw_sha, **common)
    return None


def _fingerprint(target: Any, ignore: Sequence[str]) -> str:
    return extraction_fingerprint(EXTRACTOR_VERSION, target.select, target.remove, ignore)


def _common_fields(result: FetchResult) -> dict[str, Any]:
    target = result.target
    return {
        "document_id": target.document_id,
        "url": target.url,
        "started_at": result.started_at,
        "finished_at": result.finished_at,
        "final_url": result.final_url,
        "http_status": result.http_status,
        "headers": result.headers,
        "etag": result.headers.get("etag"),
        "last_modified": result.headers.get("last-modified"),
    }


def extract_document(
    body: bytes,
    *,
    content_type: str | None = None,
    header_charset: str | None = None,
    select: Sequence[Any] = (),
    remove: Sequence[Any] = (),
    max_bytes: int = 20 * 1024 * 1024,
) -> Checked:
    """Policy text of a fetched body: PDF (by Content-Type or %PDF- magic) or HTML with the selectors'
    health checked. The one entry point the pipeline and `policywatch extract` share."""
    if is_pdf(body, content_type):
        return Checked(extract_pdf(body, max_bytes=max_bytes))
    return extract_checked(body, header_charset=header_charset, select=select, remove=remove, max_bytes=max_bytes)


# Extraction is CPU-bound (the GIL gains nothing from more threads) and needs ~200x a page's size in
# memory: at most two at a time per process, however many fetches the crawl records concurrently.
_EXTRACTION_SLOTS = threading.BoundedSemaphore(2)
WRITERS = 4  # writer threads of a crawl on a database that takes concurrent writers (PostgreSQL)


def _extract(body: bytes, target: Any, result: FetchResult, max_page_bytes: int) -> Checked:
    with _EXTRACTION_SLOTS:
        return _extract_unbounded(body, target, result, max_page_bytes)


def _extract_unbounded(body: bytes, target: Any, result: FetchResult, max_page_bytes: int) -> Checked:
    return extract_document(
        body, content_type=result.content_type, header_charset=result.header_charset,
        select=target.select, remove=target.remove, max_bytes=max_page_bytes,
    )


def _reextracted_sha(
    raw: bytes | None, target: Any, result: FetchResult, max_page_bytes: int, ignore: Sequence[str]
) -> str | None:
    if raw is None:
        return None
    old = _extract(raw, target, result, max_page_bytes).extraction
    if old.outcome != outcomes.OK:
        return None
    return text_sha256(normalize_text(remove_ignored(old.text, ignore)))


class RecordFetchPipeline:
    """Extract and record every FetchResult; the crawl never dies on one bad page.

    Results that need no extraction and create no version (a 304, the same raw bytes: most checks of a
    large batch) are recorded in batches, ``BATCH_SIZE`` per write transaction
    (``storage.recording.record_fetches``, the same per-document effects as one transaction each),
    flushed at the latest ``BATCH_DELAY`` seconds after the first one was queued and when the crawl
    closes (a graceful stop included). A result still queued when the process is killed was not
    recorded: its document stays due and is checked again, as for a request in flight. Everything
    else is recorded on its own, in a worker thread (extraction is CPU work).

    A full batch is written in the background while the crawl goes on; only when ``MAX_QUEUED`` results
    wait (the database is slower than the downloads) does the next one wait for the write. Each result
    that waits keeps its response, request and Scrapy's and Twisted's machinery for it (tens of KB);
    a queued record is far smaller (its result is queued without the page's body). With every result
    past a full batch waiting, as before, ~640 of them piled up behind the changed pages' writes at
    N=10,000 (b), ~60 MB of the daemon's peak.

    Pages recorded on their own wait for the writer too: at most ``MAX_IN_PROGRESS`` of them are
    extracted or written at a time, and the next one waits before its extraction (holding only its
    response), so that a database slower than the downloads holds back the crawl instead of piling up
    extracted pages. Without the bound, ~100 extracted pages waited for the SQLite writer at N=10,000 (b).

    Every write of the crawl runs in the crawl's own writer threads (``_write``; one on SQLite, whose
    writers take turns anyway, see ``storage.database.WriteGate``). As ``asyncio.to_thread`` jobs, writers
    waiting for the gate held most of the loop's few default threads, so extractions and the daemon's reads
    queued behind them (at N=10,000 (b), six threads waited 136 s for the gate in a 56 s cycle).
    """

    BATCH_SIZE = 200
    BATCH_DELAY = 1.0
    MAX_QUEUED = 4 * BATCH_SIZE
    MAX_IN_PROGRESS = 8

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self._queued: list[tuple[FetchResult, FetchRecord]] = []
        self._timer: asyncio.TimerHandle | None = None
        self._flushing: asyncio.Task[None] | None = None
        self._writer: ThreadPoolExecutor | None = None  # made by the first write (see _write)
        self._closed = False
        # pages extracted or recorded on their own at a time; see the class docstring
        self._in_progress = asyncio.Semaphore(self.MAX_IN_PROGRESS)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RecordFetchPipeline:
        return cls(crawler)

    def _context(self, spider: Spider | None = None) -> CrawlContext:
        return (spider or self.crawler.spider).context  # type: ignore[union-attr]

    async def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if not isinstance(item, FetchResult):
            return item
        context = self._context(spider)
        quick = record_without_extraction(item, ignore=context.ignore_patterns.get(item.target.document_id, []))
        if quick is not None and quick.outcome in QUIET_OUTCOMES:
            await self._enqueue(context, item, quick)
            return item
        try:
            async with self._in_progress:  # back-pressure: the crawl waits while the writer catches up
                record = quick if quick is not None else await asyncio.to_thread(self._extracted_record, context, item)
                recorded = None if _text_unchanged(record, item.target) else await self._write(
                    record_fetch, context.db, record, alert_channels=context.alert_channels, policy=context.policy
                )
            if recorded is None:
                # only the page's bytes changed (a cache-buster, a banner): nothing to create, so it is
                # recorded in a batch like a 304, without the text and raw page it does not keep
                await self._enqueue(context, item, replace(record, text=None, raw_body=None, latest_text=None))
                return item
        except Exception as exc:  # recorded nothing: the transaction rolled back
            await self._record_failed(context, item, exc)
            return item
        context.results.append((item.target, recorded))
        return item

    async def close_spider(self) -> None:
        """Record what is still queued before the crawl ends."""
        try:
            await self._flush()
        finally:
            self._closed = True  # a write still running (a cancelled flush) falls back to asyncio.to_thread
            if self._writer is not None:
                self._writer.shutdown(wait=False)  # the thread ends when its last write has

    async def _write(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """``function(*args, **kwargs)`` in the crawl's writer thread(s), as ``asyncio.to_thread`` runs it.
        SQLite: one thread (its writers take turns anyway); other databases: WRITERS threads."""
        if self._closed:
            return await asyncio.to_thread(function, *args, **kwargs)
        if self._writer is None:
            threads = 1 if self._context().db.is_sqlite else WRITERS
            self._writer = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="policywatch-record")
        call = functools.partial(contextvars.copy_context().run, function, *args, **kwargs)
        return await asyncio.get_running_loop().run_in_executor(self._writer, call)

    async def _enqueue(self, context: CrawlContext, item: FetchResult, record: FetchRecord) -> None:
        # without its body: a page whose bytes did not change is queued too, and up to MAX_QUEUED such
        # bodies (50 KB each in the daemon benchmark) would wait while the writer records changed pages
        self._queued.append((replace(item, body=None), record))
        if len(self._queued) >= self.MAX_QUEUED:
            await self._flush()  # back-pressure: the crawl waits while the database catches up
        elif len(self._queued) >= self.BATCH_SIZE:
            self._start_write()
        elif self._timer is None:
            self._timer = asyncio.get_running_loop().call_later(self.BATCH_DELAY, self._flush_soon)

    def _flush_soon(self) -> None:
        self._timer = None
        self._start_write()

    def _start_write(self) -> None:
        """Write the queued results in the background, unless a write is running (one at a time; when
        it ends, ``_after_write`` starts the next)."""
        if (self._flushing is not None and not self._flushing.done()) or not self._queued:
            return
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        batch, self._queued = self._queued, []
        self._flushing = asyncio.ensure_future(self._write_batch(self._context(), batch))
        self._flushing.add_done_callback(self._after_write)

    def _after_write(self, _done: asyncio.Future[None]) -> None:
        if len(self._queued) >= self.BATCH_SIZE:  # filled up while that batch was written
            self._start_write()
        elif self._queued and self._timer is None:
            self._timer = asyncio.get_running_loop().call_later(self.BATCH_DELAY, self._flush_soon)

    async def _flush(self) -> None:
        """Write everything queued, and wait for it."""
        while True:
            if self._flushing is not None and not self._flushing.done():
                await asyncio.shield(self._flushing)
            elif self._queued:
                self._start_write()
            else:
                return

    async def _write_batch(self, context: CrawlContext, batch: list[tuple[FetchResult, FetchRecord]]) -> None:
        try:
            recorded = await self._write(
                record_fetches, context.db, [record for _item, record in batch],
                alert_channels=context.alert_channels, policy=context.policy,
            )
        except Exception:  # noqa: BLE001 - one bad record must not cost the others: record them one by one
            for item, record in batch:
                try:
                    one = await self._write(
                        record_fetch, context.db, record, alert_channels=context.alert_channels, policy=context.policy
                    )
                except Exception as exc:
                    await self._record_failed(context, item, exc)
                    continue
                context.results.append((item.target, one))
            return
        context.results.extend((item.target, one) for (item, _record), one in zip(batch, recorded))

    async def _record_failed(self, context: CrawlContext, item: FetchResult, exc: Exception) -> None:
        context.errors.append(f"{item.target.vendor} {item.target.doc_type}: could not record the fetch: {exc!r}")
        # still record a failed check, so the document backs off instead of being due on every tick
        try:
            await self._write(self._record_internal_error, context, item, exc)
        except Exception:  # noqa: BLE001 - the database itself is failing; the error is reported above
            pass

    @staticmethod
    def _record_internal_error(context: CrawlContext, item: FetchResult, exc: Exception) -> None:
        record = FetchRecord(
            document_id=item.target.document_id, url=item.target.url, outcome=outcomes.INTERNAL_ERROR,
            started_at=item.started_at, finished_at=item.finished_at, http_status=item.http_status,
            message=f"could not record this check: {type(exc).__name__}: {exc}"[:500],
        )
        record_fetch(context.db, record, alert_channels=context.alert_channels, policy=context.policy)

    @staticmethod
    def _extracted_record(context: CrawlContext, item: FetchResult) -> FetchRecord:
        """The FetchRecord of a result whose body must be extracted (CPU work: run in a thread)."""

        def previous_raw(sha256: str) -> bytes | None:
            with context.db.read() as session:
                return get_blob(session, sha256)

        def previous_text(sha256: str) -> str | None:
            with context.db.read() as session:
                return get_text(session, sha256)

        return fetch_record_from(
            item,
            max_page_bytes=context.max_page_bytes,
            ignore=context.ignore_patterns.get(item.target.document_id, []),
            previous_raw=previous_raw,
            previous_text=previous_text,
        )


def _text_unchanged(record: FetchRecord, target: FetchTarget) -> bool:
    """The extracted text is the latest version's (as the crawl found it; ``record_fetches`` checks
    again against the database)."""
    return record.outcome == outcomes.OK and record.text_sha256 is not None and record.text_sha256 == target.latest_text_sha256

"""Crawl one batch on several cores: the batch split by politeness slot over persistent child processes.

Scrapy runs a crawl on one core. Checking pages is CPU work (TLS, HTTP parsing, hashing, extraction), so
a large batch is split into shares by registrable domain (``crawler.spider.download_slot``): the caller
crawls one share itself and each child process crawls another with ``crawler.batch.crawl_documents``,
the same function of (document ids, database URL) a Celery worker calls. A domain is in exactly one
share, so "one request per domain at a time" and robots.txt still hold across processes. Every child
records its own fetches in the database (each in its own transaction), so a child that dies loses at
most the fetches it had in flight; their documents stay due and are checked on the next cycle.

A child can also run another function of (ids, database URL, config) between crawls: ``call()`` sends a
module-level function by reference (the daemon uses it to spread the compliance re-check of a batch's
new versions over the processes). The pool does not import what it runs.

Stopping: ``stop_crawls()`` sends SIGTERM to the children, which stop their crawl like the daemon does
(no new request, in-flight requests finish and are recorded) and report. A child also gets SIGTERM when
its parent dies (``PR_SET_PDEATHSIG`` on Linux), and ignores SIGINT: a Ctrl-C reaches the whole process
group, and the parent decides.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from multiprocessing.connection import Connection
from typing import Any

from crawler.spider import download_slot
from storage import outcomes

log = logging.getLogger(__name__)

_READY = "ready"
_CRAWL = "crawl"
_CALL = "call"


# How much more CPU a page whose last check had to extract its text is expected to cost than a page
# that answered 304 or the same bytes (~2 ms): ~8 ms more when only its chrome changed, ~25 ms more in
# the crawl when its text did (docs/benchmarks.md, bench-daemon and bench-peers). Pages that changed
# bytes last time (per-request nonces, rotating banners, busy editors) tend to do so again.
EXTRACTED_LAST_TIME_WEIGHT = 8.0


# last outcomes of checks that extracted nothing: 304, the same bytes, or no usable body
_NOT_EXTRACTED = frozenset({
    outcomes.NOT_MODIFIED, outcomes.UNCHANGED_RAW, outcomes.INVALID_URL, outcomes.REFUSED_ADDRESS,
    outcomes.ROBOTS_DISALLOWED, outcomes.HTTP_ERROR, outcomes.NETWORK_ERROR, outcomes.TIMEOUT, outcomes.TOO_LARGE,
})


def expected_check_cost(last_outcome: str | None) -> float:
    """A document's expected share of a crawl's CPU, from how its last check ended: 1 when it extracted
    nothing (304, the same bytes, a failed fetch), ``EXTRACTED_LAST_TIME_WEIGHT`` when the page's text had
    to be extracted (``ok``, ``pending_change``, a suspect or blocked page, ...) or it was never checked."""
    return 1.0 if last_outcome in _NOT_EXTRACTED else EXTRACTED_LAST_TIME_WEIGHT


def split_by_slot(
    documents: Iterable[tuple[int, str]], shares: int, *, weights: Mapping[int, float] | None = None
) -> list[list[int]]:
    """Document ids in ``shares`` lists of about equal expected cost, every politeness slot in one list only.

    A document's cost is ``weights[id]`` (1 when not given; see ``expected_check_cost``). Slots are placed
    costliest first on the currently cheapest share, so that the few pages that need extraction are spread
    over the processes rather than left to chance; the ids keep their given order (the due order) within a
    share. Fewer lists come back when there are fewer slots than shares.
    """
    by_slot: dict[str, list[int]] = defaultdict(list)
    order: dict[int, int] = {}
    for position, (document_id, url) in enumerate(documents):
        by_slot[download_slot(url)].append(document_id)
        order[document_id] = position

    def cost(ids: list[int]) -> float:
        return len(ids) if weights is None else sum(weights.get(i, 1.0) for i in ids)

    count = max(1, min(shares, len(by_slot)))
    lists: list[list[int]] = [[] for _ in range(count)]
    totals = [0.0] * count
    for slot_cost, ids in sorted(((cost(ids), ids) for ids in by_slot.values()), key=lambda pair: pair[0], reverse=True):
        cheapest = min(range(count), key=totals.__getitem__)
        lists[cheapest].extend(ids)
        totals[cheapest] += slot_cost
    return [sorted(ids, key=order.__getitem__) for ids in lists if ids]


class CrawlWorkerPool:
    """Persistent child processes that each crawl one share of a batch; see the module docstring."""

    def __init__(self, children: int, *, prepare: Callable[[], None] | None = None) -> None:
        """``prepare``: a module-level function each child runs at start, before it reports ready (the
        daemon loads the compliance checkers there, so a child's memory does not step up later). If it
        fails, the child logs why through the parent and crawls all the same."""
        self.children = max(0, children)
        self._context = multiprocessing.get_context("spawn")  # no fork of a process with a running reactor
        self._prepare = prepare
        self._workers: list[_Worker] = []

    def start(self) -> None:
        """Start the children now (each imports Scrapy, ~1 s of CPU), so the first batch does not wait."""
        while len(self._workers) < self.children:
            self._workers.append(_Worker(self._context, self._prepare))

    def wait_ready(self) -> None:
        """Block until every child has imported the crawler and started its reactor."""
        for worker in self._workers:
            worker.wait_ready()

    def pids(self) -> list[int]:
        return [w.process.pid for w in self._workers if w.process.pid is not None]

    async def crawl_shares(self, shares: Sequence[Sequence[int]], database_url: str, config: Any) -> list[Any]:
        """Crawl ``shares[i]`` in child i; the CrawlReport of each share, in order. A child that fails
        gives a report with one error and no documents (those documents stay due)."""
        return await self.crawl_shares_in(range(len(shares)), shares, database_url, config)

    async def crawl_share(self, index: int, ids: Sequence[int], database_url: str, config: Any) -> Any:
        """Crawl one share in child ``index``; its CrawlReport (a failed child: one error, no documents)."""
        [report] = await self.crawl_shares_in([index], [ids], database_url, config)
        return report

    async def crawl_shares_in(self, indexes: Sequence[int], shares: Sequence[Sequence[int]], database_url: str,
                              config: Any) -> list[Any]:
        from crawler.batch import CrawlReport
        from storage.models import utcnow

        self.start()
        jobs = [asyncio.to_thread(self._workers[i].crawl, list(ids), database_url, config) for i, ids in zip(indexes, shares)]
        results = await asyncio.gather(*jobs, return_exceptions=True)
        reports = []
        for index, ids, result in zip(indexes, shares, results):
            if isinstance(result, BaseException):
                self._replace(index, result)
                failed = CrawlReport(started_at=utcnow(), finished_at=utcnow())
                failed.errors.append(f"crawl worker process failed: {result}; its {len(ids)} document(s) stay due")
                reports.append(failed)
            else:
                reports.append(result)
        return reports

    async def call(self, index: int, function: Callable[..., Any], *args: Any) -> Any:
        """Run ``function(*args)`` in child ``index`` and return its result. ``function`` must be importable
        by its module and name; an exception in the child is raised here as RuntimeError (the child lives on);
        a child that died is replaced and RuntimeError raised."""
        self.start()
        worker = self._workers[index]
        try:
            return await asyncio.to_thread(worker.call, function, args)
        except (EOFError, OSError) as exc:
            self._replace(index, exc)
            raise RuntimeError(f"crawl worker process failed: {exc}") from exc

    def _replace(self, index: int, exc: BaseException) -> None:
        log.error("crawl worker %d failed: %s", index, exc)
        self._workers[index].close()
        self._workers[index] = _Worker(self._context, self._prepare)  # a fresh child for the next batch

    def stop_crawls(self) -> None:
        """Ask every child to stop its crawl gracefully (in-flight fetches are recorded)."""
        for worker in self._workers:
            worker.signal(signal.SIGTERM)

    def close(self, timeout: float = 10.0) -> None:
        """Stop the children: they exit after recording what they have in flight. ``timeout`` 0: signal
        them and do not wait."""
        for worker in self._workers:
            worker.close(timeout)
        self._workers = []


class _Worker:
    """One child process and its pipe; ``crawl`` is called from one thread at a time."""

    def __init__(self, context: Any, prepare: Callable[[], None] | None = None) -> None:
        self._conn, child_conn = context.Pipe()
        self.process = context.Process(target=_child_main, args=(child_conn, prepare), name="policywatch-crawl-worker", daemon=True)
        self.process.start()
        child_conn.close()
        self._ready = False
        self._lock = threading.RLock()

    def crawl(self, ids: list[int], database_url: str, config: Any) -> Any:
        return self._ask((_CRAWL, ids, database_url, config))

    def call(self, function: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        return self._ask((_CALL, function, args))

    def _ask(self, job: tuple[Any, ...]) -> Any:
        with self._lock:
            self.wait_ready()
            self._conn.send(job)
            kind, value = self._conn.recv()  # EOFError when the child died
            if kind == "error":
                raise RuntimeError(value)
            return value

    def wait_ready(self) -> None:
        """Block until the child has imported the crawler and started its reactor."""
        with self._lock:
            if self._ready:
                return
            kind, value = self._conn.recv()
            if kind != _READY:
                raise RuntimeError(f"crawl worker did not start: {value}")
            _pid, problem = value
            if problem:  # it crawls all the same; what ``prepare`` was for fails later, where it is used
                log.warning("crawl worker %s: %s", self.process.pid, problem)
            self._ready = True

    def signal(self, signum: int) -> None:
        if self.process.is_alive() and self.process.pid:
            try:
                os.kill(self.process.pid, signum)
            except ProcessLookupError:
                pass

    def close(self, timeout: float = 10.0) -> None:
        try:
            self._conn.send(None)  # no more work: the child exits
        except (OSError, ValueError):
            pass
        if timeout <= 0:
            self.signal(signal.SIGTERM)
            return
        self.process.join(timeout)
        if self.process.is_alive():
            self.process.terminate()  # SIGTERM: the child stops its crawl gracefully
            self.process.join(timeout)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(1.0)
        self._conn.close()


def _child_main(conn: Connection, prepare: Callable[[], None] | None = None) -> None:
    """A crawl worker: crawl the (ids, database URL, config) it is sent, answer with the CrawlReport."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    from crawler.runtime import freeze_long_lived_objects, release_free_memory, tune_malloc

    tune_malloc()  # as the daemon does: before the reactor and thread pools start
    try:
        from crawler import batch
        from crawler.runtime import reactor_loop
        from crawler.spider import stop_running_crawls
        from storage.models import utcnow
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which then fails the share
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
        return
    stopping = threading.Event()
    crawling = threading.Event()

    def _keep_stopping() -> None:
        # a crawl that was still starting when SIGTERM came has no spider to stop yet: ask again
        while True:
            asyncio.run_coroutine_threadsafe(stop_running_crawls(), reactor_loop()).result()
            if not crawling.is_set():
                return
            time.sleep(0.2)

    def _on_sigterm(_signum: int, _frame: Any) -> None:
        if not stopping.is_set():
            stopping.set()
            threading.Thread(target=_keep_stopping, name="policywatch-stop", daemon=True).start()

    signal.signal(signal.SIGTERM, _on_sigterm)
    reactor_loop()  # start the reactor thread now, not on the first batch
    problem = None
    if prepare is not None:
        try:
            prepare()
        except Exception as exc:  # e.g. a rule pack edited into an error: crawling does not depend on it
            problem = f"preparing failed: {type(exc).__name__}: {exc}"
    freeze_long_lived_objects()  # as the daemon does: full collections then skip what lives as long as we do
    conn.send((_READY, (os.getpid(), problem)))
    crawled_once = False
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        except Exception as exc:  # noqa: BLE001 - a job this process cannot unpickle (its function is not importable here)
            conn.send(("error", f"the job could not be read in the worker: {type(exc).__name__}: {exc}"))
            continue
        if job is None:
            return
        if job[0] == _CALL:
            _answer_call(conn, job[1], job[2])
            continue
        _kind, ids, database_url, config = job
        crawling.set()  # before the check: a SIGTERM from here on keeps stopping until the crawl ends
        if stopping.is_set():  # stopped before this share started: its documents stay due
            crawling.clear()
            conn.send(("report", batch.CrawlReport(started_at=utcnow(), finished_at=utcnow())))
            continue
        try:
            report = batch.crawl_documents(ids, database_url, config=config)
        except BaseException as exc:  # noqa: BLE001 - one failed share must not end the worker
            conn.send(("error", f"{type(exc).__name__}: {exc}"))
            continue
        finally:
            crawling.clear()
            if not crawled_once:  # the first crawl imported Scrapy's components: they stay too
                crawled_once = True
                freeze_long_lived_objects()
            release_free_memory()  # as the daemon does after a cycle
        _send_answer(conn, "report", report)


def _answer_call(conn: Connection, function: Callable[..., Any], args: tuple[Any, ...]) -> None:
    from crawler.runtime import release_free_memory

    try:
        result = function(*args)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent; the worker lives on
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
        return
    finally:
        release_free_memory()
    _send_answer(conn, "result", result)


def _send_answer(conn: Connection, kind: str, value: Any) -> None:
    """Send an answer, or the reason it cannot be sent: ``send`` pickles before it writes, so a value
    that cannot be pickled leaves the pipe clean for the error (and the worker lives on)."""
    try:
        conn.send((kind, value))
    except (EOFError, OSError):
        raise
    except Exception as exc:  # noqa: BLE001
        conn.send(("error", f"the {kind} could not be sent back: {type(exc).__name__}: {exc}"))


def _die_with_parent() -> None:
    """Linux: SIGTERM this process when its parent dies (a SIGKILLed daemon leaves no orphan crawling)."""
    from crawler.runtime import glibc

    library = glibc()
    if library is not None:
        library.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG

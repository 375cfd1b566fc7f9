"""`policywatch daemon`: one long-lived process that checks every document on its schedule.

Shape (../shared/research/scrapy_scale.md §1.4, pattern B):

* the Twisted asyncio reactor is installed once, in the main thread, and runs the asyncio loop;
* APScheduler 3.x ``AsyncIOScheduler`` on that loop runs one dispatcher job every ``daemon.tick``
  (coalesce on, one instance at a time): it crawls the documents whose ``next_check_at`` is due with
  Scrapy's ``AsyncCrawlerRunner`` (``crawler.batch.crawl_documents_async``), then delivers pending
  alerts. The schedule lives in the database (``storage.schedule``), so a restart loses nothing;
* SIGTERM/SIGINT stop gracefully: no new request starts, requests in flight finish and are recorded
  (each in its own transaction, so a version is never half-written), the process exits 0 within
  ``daemon.shutdown_timeout``;
* SIGHUP, or a change of the configuration or watchlist file, reloads the watchlist; an invalid edit
  is logged and the previous watchlist stays active;
* one daemon per database: a file lock next to a SQLite database, ``pg_try_advisory_lock`` on
  PostgreSQL;
* a clock jump (wall clock against the monotonic clock) is detected, logged, and due times computed
  from the wrong clock are repaired;
* one log line per fetch outcome (text or JSON); optional Prometheus metrics on loopback.
"""

from __future__ import annotations

import asyncio
import errno
import functools
import hashlib
import json
import logging
import os
import signal
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from config.loader import ConfigError, LoadedConfig, load_config, without_watchlist
from crawler.runtime import freeze_long_lived_objects, release_free_memory, tune_malloc
from storage.database import Database

log = logging.getLogger("policywatch.daemon")
fetch_log = logging.getLogger("policywatch.fetch")

ASYNCIO_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
ADVISORY_LOCK_KEY = 0x706F_6C69_6379_0001  # "policy" + 1: the daemon's PostgreSQL advisory lock
CLOCK_JUMP_THRESHOLD_S = 30.0
WATCH_POLL_S = 2.0
DISPATCHER_JOB_ID = "dispatcher"


class DaemonError(Exception):
    """The daemon cannot start; the message says why."""


# --- one daemon per database --------------------------------------------------------------------


class DaemonLock:
    """Exclusive right to run the daemon on one database, held for the life of the process.

    SQLite: an ``flock`` on a lock file beside the database (released by the kernel if the process
    dies, so a SIGKILLed daemon never leaves a stale lock). PostgreSQL: a session-level
    ``pg_try_advisory_lock`` on a dedicated connection (released when the connection closes).
    """

    def __init__(self, db: Database, lock_file: str | None = None) -> None:
        self.db = db
        self.lock_file = lock_file
        self._fd: int | None = None
        self._conn: Any = None
        self.description = ""

    def acquire(self) -> None:
        if self.db.is_sqlite:
            self._acquire_file(Path(self.lock_file) if self.lock_file else sqlite_lock_path(self.db.url))
        elif self.db.engine.dialect.name == "postgresql":
            self._acquire_advisory()
        elif self.lock_file:
            self._acquire_file(Path(self.lock_file))
        else:
            raise DaemonError(
                f"cannot make sure only one daemon runs on a {self.db.engine.dialect.name} database: "
                "set daemon.lock_file"
            )

    def _acquire_file(self, path: Path) -> None:
        import fcntl

        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            holder = ""
            try:
                holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
            except OSError:
                pass
            os.close(fd)
            if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                who = f" (pid {holder})" if holder.isdigit() else ""
                raise DaemonError(
                    f"another policywatch daemon{who} is already running on this database "
                    f"(lock file {path} is held); stop it first"
                ) from None
            raise DaemonError(f"cannot lock {path}: {exc.strerror or exc}") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd
        self.description = f"lock file {path}"

    def _acquire_advisory(self) -> None:
        from sqlalchemy import text

        conn = self.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        got = conn.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": ADVISORY_LOCK_KEY}).scalar()
        if not got:
            holder = conn.execute(
                text(
                    "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted "
                    "AND ((classid::bigint << 32) | objid::bigint) = :key"
                ),
                {"key": ADVISORY_LOCK_KEY},
            ).scalar()
            conn.close()
            who = f" (PostgreSQL backend pid {holder})" if holder else ""
            raise DaemonError(
                f"another policywatch daemon{who} is already running on this database "
                "(its advisory lock is held); stop it first"
            )
        self._conn = conn
        self.description = "PostgreSQL advisory lock"

    def release(self) -> None:
        if self._fd is not None:
            import fcntl

            try:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
            finally:
                os.close(self._fd)
                self._fd = None
        if self._conn is not None:
            try:
                from sqlalchemy import text

                self._conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_LOCK_KEY})
            except Exception:  # the connection closing releases it anyway
                pass
            self._conn.close()
            self._conn = None


def sqlite_lock_path(database_url: str) -> Path:
    from sqlalchemy.engine import make_url

    database = make_url(database_url).database or "policywatch.db"
    return Path(database).expanduser().with_name(Path(database).name + ".daemon.lock")


# --- logs ---------------------------------------------------------------------------------------


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message and any structured fields."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        data.update(getattr(record, "fields", {}) or {})
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802
        return datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def configure_logging(log_format: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if log_format == "json" else TextFormatter())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    logging.getLogger("policywatch").setLevel(logging.INFO)
    # a skipped/missed dispatcher run (the previous cycle still running) is normal, not a warning
    logging.getLogger("apscheduler").setLevel(logging.ERROR)


def _log(logger: logging.Logger, level: int, message: str, **fields: Any) -> None:
    logger.log(level, message, extra={"fields": {k: v for k, v in fields.items() if v is not None}})


# --- metrics ------------------------------------------------------------------------------------


class Metrics:
    """Prometheus metrics when enabled (needs prometheus-client); no-ops otherwise."""

    def __init__(self) -> None:
        self.enabled = False

    def start(self, host: str, port: int) -> None:
        try:
            import prometheus_client as prom
        except ImportError:
            raise DaemonError(
                "daemon.metrics.enabled is true but prometheus-client is not installed "
                "(pip install 'prometheus-client>=0.20,<1')"
            ) from None
        registry = prom.CollectorRegistry()
        self.fetches = prom.Counter("policywatch_fetches", "Document checks by outcome", ["outcome"], registry=registry)
        self.changes = prom.Counter("policywatch_changes", "New versions by change kind", ["kind"], registry=registry)
        self.cycles = prom.Counter("policywatch_dispatch_cycles", "Dispatcher cycles run", registry=registry)
        self.cycle_seconds = prom.Histogram(
            "policywatch_dispatch_cycle_seconds", "Duration of a dispatcher cycle", registry=registry,
            buckets=(0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600),
        )
        self.due = prom.Gauge("policywatch_documents_due", "Documents due at the last cycle", registry=registry)
        self.alerts = prom.Counter("policywatch_alert_deliveries", "Alert delivery attempts by result", ["result"], registry=registry)
        self.reloads = prom.Counter("policywatch_watchlist_reloads", "Watchlist reloads by result", ["result"], registry=registry)
        self.last_cycle = prom.Gauge("policywatch_last_cycle_timestamp_seconds", "End of the last cycle", registry=registry)
        try:
            self._server = prom.start_http_server(port, addr=host, registry=registry)
        except OSError as exc:
            raise DaemonError(f"cannot serve metrics on {host}:{port}: {exc.strerror or exc}") from None
        self.enabled = True

    def fetch(self, outcome: str, change_kind: str | None) -> None:
        if self.enabled:
            self.fetches.labels(outcome).inc()
            if change_kind:
                self.changes.labels(change_kind).inc()

    def cycle(self, seconds: float, due: int) -> None:
        if self.enabled:
            self.cycles.inc()
            self.cycle_seconds.observe(seconds)
            self.due.set(due)
            self.last_cycle.set(time.time())

    def delivery(self, delivered: int, retrying: int, failed: int) -> None:
        if self.enabled:
            self.alerts.labels("delivered").inc(delivered)
            self.alerts.labels("retrying").inc(retrying)
            self.alerts.labels("failed").inc(failed)

    def reload(self, ok: bool) -> None:
        if self.enabled:
            self.reloads.labels("ok" if ok else "error").inc()


# --- the daemon ---------------------------------------------------------------------------------


def _file_fingerprint(path: Path | None) -> tuple[Any, ...] | None:
    if path is None:
        return None
    try:
        return (path.stat().st_mtime_ns, path.stat().st_size, hashlib.sha256(path.read_bytes()).hexdigest())
    except OSError:
        return ("missing",)


@dataclass
class CycleStats:
    cycles: int = 0
    fetches: int = 0
    last_cycle_s: float = 0.0
    last_crawl_s: float = 0.0  # of the last cycle with due documents: until every share's crawl ended
    history: list[dict[str, Any]] = field(default_factory=list)


class Daemon:
    """The dispatcher, the watchers and the lifecycle; ``run()`` on the reactor's asyncio loop.

    After the watchlist sync at start (and at each reload) the daemon keeps its configuration without
    the watchlist (``config.loader.without_watchlist``): everything a crawl or a re-check needs of a
    document is in the database, and a 10,000-document watchlist would hold ~11 MB for nothing.
    """

    def __init__(self, config: LoadedConfig, db: Database, *, config_path: str | None, metrics: Metrics | None = None) -> None:
        self.config = config
        self.db = db
        self.config_path = config_path
        self.metrics = metrics or Metrics()
        self.stats = CycleStats()
        self.stopping = False
        self.exit_code = 0
        self._stop_event: asyncio.Event | None = None
        self._idle: asyncio.Event | None = None
        self._scheduler: Any = None
        self._delivery_task: asyncio.Future[None] | None = None
        self._fingerprints = self._watched_fingerprints()
        self._clock_offset = time.time() - time.monotonic()
        self._pool: Any = None  # crawler.pool.CrawlWorkerPool when large batches use more than one process
        self._processes_used = 1  # by the last cycle's crawl
        self._crawl_ended: float | None = None  # time.monotonic() when the last cycle's crawl (all shares) ended
        self._crawled_once = False  # whether a cycle has crawled since start-up (see settle_heap)

    # lifecycle ------------------------------------------------------------------------------

    async def run(self) -> int:
        from apscheduler.schedulers.asyncio import AsyncIOScheduler

        loop = asyncio.get_running_loop()
        self._stop_event = asyncio.Event()
        self._idle = asyncio.Event()
        self._idle.set()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, self.request_stop, signal.Signals(signum).name)
        loop.add_signal_handler(signal.SIGHUP, lambda: asyncio.ensure_future(self.reload("SIGHUP")))

        from storage.recording import due_document_ids

        await self._sync_watchlist(self.config)
        self.config = without_watchlist(self.config)
        watched = len(await asyncio.to_thread(due_document_ids, self.db, all_active=True))
        if watched >= self.config.settings.daemon.split_batches_from:
            self.start_crawl_workers()  # now rather than in the first large cycle (each child imports Scrapy)
        repaired = await asyncio.to_thread(self._repair_due_times)
        if repaired:
            _log(log, logging.WARNING, f"{repaired} document(s) had due times from a clock that was ahead; rescheduled",
                 event="clock_repair", documents=repaired)
        self.settle_heap()

        tick = self.config.settings.daemon.tick.total_seconds()
        self._scheduler = AsyncIOScheduler(
            event_loop=loop,
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": max(int(tick * 5), 60)},
            timezone=timezone.utc,
        )
        self._scheduler.add_job(
            self.dispatch, "interval", seconds=tick, id=DISPATCHER_JOB_ID, next_run_time=datetime.now(timezone.utc)
        )
        self._scheduler.start()
        watcher = asyncio.ensure_future(self._watch())
        _log(log, logging.INFO, f"daemon started: pid {os.getpid()}, tick {tick:g}s, database {self._db_label()}",
             event="started", pid=os.getpid(), tick_s=tick)

        await self._stop_event.wait()
        try:
            return await self._shut_down(watcher)
        finally:
            # after a forced stop the children are not waited for: they stop on their own (SIGTERM sent)
            self.close_crawl_workers(wait=not getattr(self, "forced", False))

    async def _shut_down(self, watcher: asyncio.Future[None]) -> int:
        watcher.cancel()
        self._scheduler.shutdown(wait=False)
        from crawler.spider import stop_running_crawls

        timeout = self.config.settings.daemon.shutdown_timeout.total_seconds()
        try:
            await asyncio.wait_for(self._finish_in_flight(stop_running_crawls), timeout=timeout)
        except asyncio.TimeoutError:
            _log(log, logging.WARNING,
                 f"in-flight work did not finish within {timeout:g}s; exiting anyway (every fetch is recorded in "
                 "its own transaction: unfinished ones are rolled back and checked again on the next start)",
                 event="shutdown_timeout")
            self.exit_code = 0
            self.forced = True
            return self.exit_code
        self.forced = False
        _log(log, logging.INFO, "daemon stopped cleanly", event="stopped")
        return self.exit_code

    async def _finish_in_flight(self, stop_running_crawls: Any) -> None:
        assert self._idle is not None
        if self._pool is not None:
            self._pool.stop_crawls()
        await stop_running_crawls()
        await self._idle.wait()
        if self._delivery_task is not None:
            await self._delivery_task  # a delivery in progress is recorded; the rest waits for the next start

    def request_stop(self, reason: str = "stop") -> None:
        if self.stopping:
            return
        self.stopping = True
        _log(log, logging.INFO, f"{reason}: finishing in-flight checks, then exiting", event="stopping", reason=reason)
        if self._stop_event is not None:
            self._stop_event.set()

    def start_crawl_workers(self) -> None:
        """Start the child processes that crawl shares of large batches (``daemon.crawl_processes``)."""
        from crawler.pool import CrawlWorkerPool
        from monitor.checks.store import load_checkers as load_checkers_in_worker

        children = self.config.settings.daemon.crawl_process_count() - 1
        if children > 0 and self._pool is None:
            # the workers re-check versions too (monitor.batch_recheck): they load the checkers at start
            self._pool = CrawlWorkerPool(children, prepare=load_checkers_in_worker)
            self._pool.start()
            pids = self._pool.pids()
            _log(log, logging.INFO, f"{children} crawl worker process(es) started: pid {', '.join(map(str, pids))}",
                 event="crawl_workers", pids=pids)

    def settle_heap(self) -> None:
        """Freeze what this process holds for good (``crawler.runtime.freeze_long_lived_objects``): at the
        end of start-up, and again after the first cycle that crawled."""
        started = time.monotonic()
        frozen = freeze_long_lived_objects()
        seconds = time.monotonic() - started
        _log(log, logging.INFO, f"heap settled: {frozen:,} long-lived objects frozen ({seconds:.2f}s)",
             event="heap_frozen", objects=frozen, seconds=round(seconds, 3))

    def close_crawl_workers(self, *, wait: bool = True) -> None:
        if self._pool is not None:
            self._pool.close(timeout=10.0 if wait else 0.0)
            self._pool = None

    # the dispatcher job ---------------------------------------------------------------------

    async def dispatch(self) -> None:
        """One dispatcher cycle: crawl the due documents, then deliver pending alerts."""
        from storage.recording import due_document_ids

        if self.stopping or self._idle is None:
            return
        self._idle.clear()
        started = time.monotonic()
        due = 0
        self._processes_used = 1
        self._crawl_ended = None
        try:
            ids = await asyncio.to_thread(due_document_ids, self.db)
            due = len(ids)
            ids = ids[: self.config.settings.daemon.batch_size]
            if ids and not self.stopping:
                report = await self._crawl(ids)
                for outcome in report.documents:
                    self._log_outcome(outcome)
                for problem in report.errors:
                    _log(log, logging.ERROR, problem, event="record_error")
                self.stats.fetches += sum(1 for d in report.documents if d.outcome != "not_checked")
            if not self.stopping:
                # before delivery, every cycle (cheap when nothing is unchecked): a re-check that failed
                # once is retried before its alert can go out without flips, signals and severity
                await asyncio.to_thread(self._recheck)
                self._start_delivery()
        except Exception as exc:  # a cycle never kills the daemon; the next tick tries again
            log.exception("dispatcher cycle failed: %s", exc, extra={"fields": {"event": "cycle_error"}})
        finally:
            elapsed = time.monotonic() - started
            self.stats.cycles += 1
            self.stats.last_cycle_s = elapsed
            self.metrics.cycle(elapsed, due)
            if due:
                crawl_s = (self._crawl_ended or time.monotonic()) - started
                self.stats.last_crawl_s = crawl_s
                _log(log, logging.INFO, f"cycle: {due} due, {elapsed:.2f}s ({crawl_s:.2f}s crawl), "
                     f"{self._processes_used} crawl process(es)", event="cycle", due=due, seconds=round(elapsed, 3),
                     crawl_seconds=round(crawl_s, 3), processes=self._processes_used)
                if not self._crawled_once:
                    self._crawled_once = True
                    self.settle_heap()  # the first crawl imported Scrapy's components and filled the caches
                release_free_memory()
            self._idle.set()

    async def _crawl(self, ids: list[int]) -> Any:
        """Crawl the batch: in this process, or split by registrable domain over this process and the
        crawl workers when the batch is large (``crawler.pool``), which then also share the re-check of
        the batch's new versions."""
        from crawler.pool import expected_check_cost, split_by_slot
        from storage.queries import urls_and_last_outcomes

        settings = self.config.settings.daemon
        if len(ids) < settings.split_batches_from or settings.crawl_process_count() < 2:
            return await self._crawl_here(ids)
        self.start_crawl_workers()
        found = await asyncio.to_thread(urls_and_last_outcomes, self.db, ids)
        shares = split_by_slot(((i, found[i][0]) for i in ids if i in found), self._pool.children + 1,
                               weights={i: expected_check_cost(outcome) for i, (_url, outcome) in found.items()})
        if len(shares) < 2:  # one registrable domain (or none left): nothing to share
            return await self._crawl_here(ids)
        own, *others = shares
        self._processes_used = len(shares)
        return await self._crawl_and_recheck(own, others)

    async def _crawl_here(self, ids: list[int]) -> Any:
        from crawler.batch import crawl_documents_async

        try:
            return await crawl_documents_async(ids, self.db, config=self.config)
        finally:
            self._crawl_ended = time.monotonic()

    async def _crawl_and_recheck(self, own: list[int], others: list[list[int]]) -> Any:
        """Crawl ``own`` here and ``others`` in the crawl workers; each process, once its crawl has ended,
        re-checks the batch's new versions that are still unchecked (``monitor.batch_recheck``)."""
        from crawler.batch import crawl_documents_async
        from monitor.batch_recheck import BatchRechecks
        from monitor.checks.store import latest_version_id

        assert self._pool is not None
        after_id = await asyncio.to_thread(latest_version_id, self.db)
        own_crawl = asyncio.ensure_future(crawl_documents_async(own, self.db, config=self.config))
        child_crawls = [asyncio.ensure_future(self._pool.crawl_share(i, ids, self.db.url, self.config))
                        for i, ids in enumerate(others)]
        rechecks = BatchRechecks(self.db, self.config, after_id=after_id, crawls=[own_crawl, *child_crawls],
                                 stopping=lambda: self.stopping)
        all_crawled = asyncio.gather(own_crawl, *child_crawls, return_exceptions=True)
        all_crawled.add_done_callback(lambda _: setattr(self, "_crawl_ended", time.monotonic()))

        async def after(crawl: asyncio.Future[Any], recheck: Callable[[], Awaitable[None]]) -> None:
            await asyncio.wait([crawl])  # its exception, if any, is raised below
            await recheck()

        pool = self._pool
        helpers = await asyncio.gather(
            after(own_crawl, rechecks.help_here),
            *(after(crawl, functools.partial(rechecks.help_in_child, pool, i)) for i, crawl in enumerate(child_crawls)),
            return_exceptions=True,  # every helper ends before the cycle does
        )
        for failure in (h for h in helpers if isinstance(h, BaseException)):
            _log(log, logging.WARNING, f"re-check helper failed: {failure!r}", event="recheck_error")
        self._log_recheck_outcomes(rechecks.outcomes)
        for problem in rechecks.errors:
            _log(log, logging.WARNING, problem, event="recheck_error")
        merged = own_crawl.result()
        for crawl in child_crawls:
            merged.documents.extend(crawl.result().documents)
            merged.errors.extend(crawl.result().errors)
        return merged

    def _log_outcome(self, d: Any) -> None:
        if d.outcome == "not_checked":
            return  # stopped before it was requested: still due, checked on the next cycle
        level = logging.INFO if d.outcome in ("ok", "not_modified", "unchanged_raw") else logging.WARNING
        _log(fetch_log, level, d.line(), event="fetch", vendor=d.vendor, document=d.document, url=d.url,
             outcome=d.outcome, change_kind=d.change_kind, version_id=d.version_id, alert_id=d.alert_id,
             error=d.message if level != logging.INFO else None)
        self.metrics.fetch(d.outcome, d.change_kind)

    def _recheck(self) -> None:
        from monitor.checks.store import recheck_new_versions

        self._log_recheck_outcomes(recheck_new_versions(self.db, self.config))

    def _log_recheck_outcomes(self, outcomes: list[Any]) -> None:
        for outcome in outcomes:
            if outcome.status != "ok":
                _log(log, logging.WARNING, f"re-check of version {outcome.version_id}: {outcome.status}: {outcome.message or ''}",
                     event="recheck", version_id=outcome.version_id, status=outcome.status)

    def _start_delivery(self) -> None:
        """Deliver pending alerts in a task of the same loop, one delivery round at a time, so that a
        slow alert receiver never delays the checks."""
        if self._delivery_task is None or self._delivery_task.done():
            self._delivery_task = asyncio.ensure_future(self._deliver_safely())

    async def _deliver_safely(self) -> None:
        try:
            await self._deliver()
        except Exception as exc:
            log.exception("alert delivery failed: %s", exc, extra={"fields": {"event": "delivery_error"}})

    async def _deliver(self) -> None:
        from monitor.alerts.outbox import deliver_configured

        # channels, routing, attempts and backoff of the configuration in force (a reload may change them)
        report = await asyncio.to_thread(deliver_configured, self.db, self.config)
        for alert_id, channel in report.delivered:
            _log(log, logging.INFO, f"alert {alert_id} delivered via {channel}", event="alert_delivered", alert_id=alert_id, channel=channel)
        for alert_id, channel, error in report.retrying:
            _log(log, logging.WARNING, f"alert {alert_id} via {channel}: {error} (will retry)", event="alert_retry", alert_id=alert_id, channel=channel)
        for alert_id, channel, error in report.failed:
            _log(log, logging.ERROR, f"alert {alert_id} via {channel} failed: {error}", event="alert_failed", alert_id=alert_id, channel=channel)
        self.metrics.delivery(len(report.delivered), len(report.retrying), len(report.failed))

    # watchlist ------------------------------------------------------------------------------

    async def _sync_watchlist(self, config: LoadedConfig) -> None:
        from storage.recording import sync_watchlist

        result = await asyncio.to_thread(
            sync_watchlist, self.db, config.vendors,
            default_interval=config.settings.crawl.default_interval, spread_first_checks=True,
        )
        release_free_memory()  # the sync loaded every document once
        for problem in result.problems:
            _log(log, logging.WARNING, problem, event="watchlist_problem")
        _log(log, logging.INFO,
             f"watchlist: {result.vendors} vendors, {result.documents} documents, {result.deactivated} deactivated",
             event="watchlist", vendors=result.vendors, documents=result.documents, deactivated=result.deactivated)

    async def reload(self, reason: str) -> bool:
        """Reload the configuration and its watchlist; keep the current one if the new one is invalid."""
        if self.stopping:
            return False
        try:
            new = await asyncio.to_thread(load_config, self.config_path)
        except ConfigError as exc:
            self._fingerprints = self._watched_fingerprints()  # report each bad edit once
            _log(log, logging.ERROR, f"watchlist not reloaded ({reason}), the previous one stays active: {exc}",
                 event="reload_failed", reason=reason)
            self.metrics.reload(False)
            return False
        if new.database_url != self.config.database_url:
            _log(log, logging.WARNING, "the database setting changed; restart the daemon to use the new database",
                 event="reload_database_ignored")
            new = LoadedConfig(settings=new.settings.model_copy(update={"database": self.config.settings.database}),
                               path=new.path, database_url=self.config.database_url, vendors=new.vendors,
                               watchlist_path=new.watchlist_path)
        old_tick = self.config.settings.daemon.tick
        self.config = without_watchlist(new)
        self._fingerprints = self._watched_fingerprints()
        await self._sync_watchlist(new)
        if new.settings.daemon.tick != old_tick and self._scheduler is not None:
            self._scheduler.reschedule_job(DISPATCHER_JOB_ID, trigger="interval", seconds=new.settings.daemon.tick.total_seconds())
        _log(log, logging.INFO, f"configuration reloaded ({reason})", event="reloaded", reason=reason)
        self.metrics.reload(True)
        return True

    def _watched_fingerprints(self) -> dict[str, Any]:
        paths = [self.config.path, self.config.watchlist_path]
        return {str(p): _file_fingerprint(p) for p in paths if p is not None}

    async def _watch(self) -> None:
        """Poll the configuration files and the clock (cheap; no inotify dependency)."""
        poll = min(WATCH_POLL_S, self.config.settings.daemon.tick.total_seconds())
        while not self.stopping:
            await asyncio.sleep(poll)
            try:
                if self.config.settings.daemon.watch_config and self._watched_fingerprints() != self._fingerprints:
                    await self.reload("file changed")
                await self._check_clock()
            except Exception as exc:
                log.exception("watcher: %s", exc)

    # clock ----------------------------------------------------------------------------------

    async def _check_clock(self) -> None:
        offset = time.time() - time.monotonic()
        jump = offset - self._clock_offset
        self._clock_offset = offset
        if abs(jump) < CLOCK_JUMP_THRESHOLD_S:
            return
        _log(log, logging.WARNING, f"the wall clock jumped by {jump:+.0f}s; re-checking due times",
             event="clock_jump", seconds=round(jump, 1))
        repaired = await asyncio.to_thread(self._repair_due_times)
        if repaired:
            _log(log, logging.WARNING, f"{repaired} document(s) rescheduled after the clock jump", event="clock_repair", documents=repaired)
        if self._scheduler is not None and not self.stopping:
            # an interval trigger counts in wall-clock time: after a jump back it would sleep as long
            tick = self.config.settings.daemon.tick.total_seconds()
            self._scheduler.reschedule_job(DISPATCHER_JOB_ID, trigger="interval", seconds=tick)
            self._scheduler.modify_job(DISPATCHER_JOB_ID, next_run_time=datetime.now(timezone.utc))

    def _repair_due_times(self) -> int:
        from storage.recording import repair_due_times

        return repair_due_times(self.db)

    def _db_label(self) -> str:
        from sqlalchemy.engine import make_url

        return make_url(self.db.url).render_as_string(hide_password=True)


# --- entry point --------------------------------------------------------------------------------


def install_asyncio_reactor() -> Any:
    """Install Twisted's asyncio reactor in this (main) thread, once; its asyncio loop is the daemon's."""
    from scrapy.utils.reactor import install_reactor

    if "twisted.internet.reactor" not in sys.modules:
        install_reactor(ASYNCIO_REACTOR)
    from twisted.internet import reactor
    from twisted.internet.asyncioreactor import AsyncioSelectorReactor

    if not isinstance(reactor, AsyncioSelectorReactor):
        raise DaemonError(f"a {type(reactor).__name__} is already installed in this process; the daemon needs asyncio")
    return reactor


def load_checkers() -> None:
    """Load the rule packs and the language detector at start: a broken rule pack stops the start with
    its file and rule named (not the first re-check), and memory does not step up at the first change."""
    from monitor.checks import store
    from monitor.checks.rules import RulePackError

    try:
        store.load_checkers()
    except RulePackError as exc:
        raise DaemonError(f"rule packs: {exc}") from exc


def run_daemon(config: LoadedConfig, db: Database, *, config_path: str | None) -> int:
    """Run until SIGTERM/SIGINT; returns the exit code. The caller opened ``db`` and handles errors.

    The daemon drops the watchlist from its configuration after its first sync; a caller that keeps no
    reference to ``config`` (the CLI) lets that memory go."""
    daemon_cfg = config.settings.daemon
    tune_malloc()  # before any thread starts: fewer glibc arenas, large blocks returned when freed
    configure_logging(daemon_cfg.log_format)
    lock = DaemonLock(db, daemon_cfg.lock_file)
    lock.acquire()  # DaemonError when another daemon runs
    try:
        load_checkers()
        from monitor.alerts.outbox import release_claims

        released = release_claims(db)  # deliveries a killed predecessor was sending: due now again
        if released:
            _log(log, logging.INFO, f"{released} alert deliveries interrupted by a previous stop are due again",
                 event="claims_released", released=released)
        metrics = Metrics()
        if daemon_cfg.metrics.enabled:
            metrics.start(daemon_cfg.metrics.host, daemon_cfg.metrics.port)
            _log(log, logging.INFO, f"metrics on http://{daemon_cfg.metrics.host}:{daemon_cfg.metrics.port}/metrics",
                 event="metrics")
        reactor = install_asyncio_reactor()
        daemon = Daemon(config, db, config_path=config_path, metrics=metrics)
        del config  # the daemon's reference is the last one (see the docstring)
        box: dict[str, Any] = {}

        def _start() -> None:
            from twisted.internet.defer import Deferred

            task = asyncio.ensure_future(daemon.run())

            def _done(result: Any) -> None:
                box["result"] = result
                reactor.stop()

            Deferred.fromFuture(task).addBoth(_done)

        reactor.callWhenRunning(_start)
        reactor.run(installSignalHandlers=False)
        result = box.get("result")
        if not isinstance(result, int):
            failure = result
            log.error("daemon crashed: %s", getattr(failure, "getTraceback", lambda: failure)())
            return 1
        if getattr(daemon, "forced", False):
            # threads may still be inside a (to be rolled back) transaction: do not wait for them
            logging.shutdown()
            lock.release()
            os._exit(result)
        return result
    finally:
        lock.release()

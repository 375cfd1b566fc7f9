"""Where the daemon's memory goes during the soak: a shorter, instrumented form of bench_daemon's soak.

    python benchmarks/soak_memory.py [--docs 300] [--cycles 60] [--change-every 10]
                                     [--tracemalloc] [--arena-max N] [--env NAME=VALUE ...]

Starts bench_daemon's page server, records the first versions, then runs ``--cycles`` dispatcher
cycles in one worker process (all documents due before each cycle, 5 % of the pages changed every
``--change-every`` cycles) and prints one line per cycle:

* RSS, and glibc's view of the C heap (``mallinfo2``): bytes in use, free bytes kept in the arenas,
  mmapped blocks, and the number of malloc arenas (``malloc_info``);
* Python's own allocations (``sys.getallocatedblocks``, and with ``--tracemalloc`` the traced bytes),
  the number of gc-tracked objects and of threads;
* SQLite's heap and the prepared statements of the pooled connections, the crawl workers' RSS;
* the sizes of the memos and caches that live across cycles.

With ``--tracemalloc`` the worker also diffs a snapshot taken after cycle 10 against the end (top
lines by growth). ``--arena-max 2`` runs the worker with ``MALLOC_ARENA_MAX=2``. With the environment
variable ``SOAK_CHILD=1`` the crawl worker reports the same figures of its own each cycle (lines
``child {...}``; with ``--tracemalloc`` also its growth by traceback), through ``CrawlWorkerPool.call``.
"""

from __future__ import annotations

import argparse
import asyncio
import ctypes
import gc
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import bench_daemon as bd  # noqa: E402


class _Mallinfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]


def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL("libc.so.6")
    except OSError:
        return None


def malloc_stats() -> dict[str, float]:
    """glibc's heap figures in MB (all arenas), and the number of arenas."""
    libc = _libc()
    if libc is None or not hasattr(libc, "mallinfo2"):
        return {}
    libc.mallinfo2.restype = _Mallinfo2
    m = libc.mallinfo2()
    out = {"heap_mb": m.arena / 2**20, "in_use_mb": m.uordblks / 2**20, "free_mb": m.fordblks / 2**20,
           "mmap_mb": m.hblkhd / 2**20}
    with tempfile.NamedTemporaryFile("r", suffix=".xml") as tmp:
        libc.fopen.restype = ctypes.c_void_p
        libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
        libc.fclose.argtypes = [ctypes.c_void_p]
        libc.malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
        fp = libc.fopen(tmp.name.encode(), b"w")
        if fp:
            libc.malloc_info(0, fp)
            libc.fclose(fp)
            xml = Path(tmp.name).read_text()
            out["arenas"] = len(re.findall(r"<heap nr=", xml))
    return out


def sqlite_memory(engine: object = None) -> dict[str, float]:
    """SQLite's own heap (page caches, prepared statements, schemas; all connections) in MB, and for the
    connections idle in the pool their page caches and prepared statements (``sqlite3_db_status``)."""
    try:
        lib = ctypes.CDLL("libsqlite3.so.0")
    except OSError:
        return {}
    lib.sqlite3_memory_used.restype = ctypes.c_int64
    out = {"sqlite_mb": lib.sqlite3_memory_used() / 2**20}
    pool = getattr(engine, "pool", None)
    queue = getattr(getattr(pool, "_pool", None), "queue", None)
    if queue is None:
        return out
    cache = stmts = 0
    for record in list(queue):
        conn = getattr(record, "dbapi_connection", None)
        if conn is None:
            continue
        handle = ctypes.c_void_p.from_address(id(conn) + object.__basicsize__).value  # pysqlite_Connection.db
        for op, name in ((1, "cache"), (3, "stmts")):
            cur, high = ctypes.c_int(), ctypes.c_int()
            if lib.sqlite3_db_status(ctypes.c_void_p(handle), op, ctypes.byref(cur), ctypes.byref(high), 0) == 0:
                if name == "cache":
                    cache += cur.value
                else:
                    stmts += cur.value
    out["sqlite_cache_mb"], out["sqlite_stmts_mb"] = cache / 2**20, stmts / 2**20
    return out


def cache_sizes() -> dict[str, int]:
    """Entries in the memos and caches that outlive a cycle (those whose module is loaded)."""
    sizes: dict[str, int] = {}
    mods = sys.modules
    if "crawler.extract" in mods:
        sizes["extract._tokens_of"] = mods["crawler.extract"]._tokens_of.cache_info().currsize
    spider = mods.get("crawler.spider")
    if spider is not None:
        for name, obj in vars(spider).items():
            if hasattr(obj, "cache_info"):
                sizes[f"spider.{name}"] = obj.cache_info().currsize
    for modname in ("monitor.checks.language", "monitor.checks.values", "monitor.checks.rules", "storage.schedule",
                    "crawler.normalize", "monitor.diff"):
        mod = mods.get(modname)
        if mod is None:
            continue
        for name, obj in list(vars(mod).items()):
            if hasattr(obj, "cache_info") and getattr(obj, "__module__", None) == modname:
                sizes[f"{modname.split('.')[-1]}.{name}"] = obj.cache_info().currsize
            elif type(obj).__name__ == "_SentenceMemo":
                sizes[f"values.{name}"] = sum(len(v) for v in vars(obj).values() if hasattr(v, "__len__"))
    rules = mods.get("monitor.checks.rules")
    if rules is not None:
        packs = [o for o in gc.get_objects() if isinstance(o, rules.LanguagePack)]
        sizes["packs"] = len(packs)
        sizes["sentence_verdicts"] = sum(len(getattr(p, "sentence_verdicts", ())) for p in packs)
    return sizes


def _rss_mb() -> float:
    return bd._rss_mb()


_child_snapshot: list[object] = []


def process_memory(engine: object = None) -> dict[str, object]:
    """This process's figures of one report line: RSS, Python blocks and tracked objects, threads, the C
    heap, SQLite's heap (and the pooled connections' of ``engine``), the memos."""
    line: dict[str, object] = {"rss_mb": round(_rss_mb(), 1), "py_blocks_k": sys.getallocatedblocks() // 1000,
                               "gc_objects_k": len(gc.get_objects()) // 1000, "threads": threading.active_count()}
    line.update({k: round(v, 1) for k, v in malloc_stats().items()})
    line.update({k: round(v, 2) for k, v in sqlite_memory(engine).items()})
    line.update(cache_sizes())
    return line


def child_memory(trace_action: str = "") -> dict[str, object]:
    """What a crawl worker holds (called in the child through ``CrawlWorkerPool.call``): RSS, C heap,
    Python blocks, SQLite's heap and the memos; ``trace_action`` "start" starts tracemalloc there,
    "base" keeps a snapshot, "diff" returns the growth since it (top lines)."""
    line = process_memory()
    if trace_action:
        import tracemalloc

        if trace_action == "start":
            tracemalloc.start(int(os.environ.get("SOAK_TRACE_FRAMES", "8")))
        elif trace_action == "base":
            _child_snapshot[:] = [tracemalloc.take_snapshot()]
        elif trace_action == "diff" and _child_snapshot:
            gc.collect()
            filters = [tracemalloc.Filter(False, tracemalloc.__file__)]
            end = tracemalloc.take_snapshot().filter_traces(filters)
            base = _child_snapshot[0].filter_traces(filters)  # type: ignore[attr-defined]
            line["trace"] = [f"{s.size_diff / 1024:+10.1f} KiB {s.count_diff:+8d} blocks  (now {s.size / 1024:.1f} KiB) "
                             + " <- ".join(f.strip() for f in s.traceback.format()[-6:][::-1] if not f.startswith("    "))
                             for s in end.compare_to(base, "traceback")[:25]]
        if tracemalloc.is_tracing():
            line["traced_mb"] = round(tracemalloc.get_traced_memory()[0] / 2**20, 1)
    return line


def worker(config_path: str, cycles: int, port: int, change_every: int, trace: bool, top: int, trace_from: int) -> None:
    from datetime import timedelta

    from sqlalchemy import update

    from config.loader import load_config, without_watchlist
    from monitor.daemon import Daemon, install_asyncio_reactor, release_free_memory
    from storage.database import open_database
    from storage.models import Document, utcnow
    from storage.recording import sync_watchlist

    import logging

    from crawler.runtime import tune_malloc

    tune_malloc()  # as run_daemon does at start (MALLOC_ARENA_MAX / MALLOC_MMAP_THRESHOLD_ still win)
    logging.basicConfig(level=logging.ERROR)  # no line per alert delivery attempt
    if trace:
        import tracemalloc

        tracemalloc.start(int(os.environ.get("SOAK_TRACE_FRAMES", "8")))
    config = load_config(config_path)
    db = open_database(config.database_url)
    cache_kb = os.environ.get("SOAK_SQLITE_CACHE_KB")  # experiment: a smaller SQLite page cache per connection
    if cache_kb:
        from sqlalchemy import event

        event.listen(db.engine, "connect", lambda conn, _rec: conn.execute(f"PRAGMA cache_size=-{int(cache_kb)}"))
        db.engine.dispose()
    sql_seen: dict[str, int] = {}
    if os.environ.get("SOAK_SQL_LOG"):  # which distinct SQL texts reach the driver (its statement cache)
        from sqlalchemy import event

        @event.listens_for(db.engine, "before_cursor_execute")
        def _count(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
            sql_seen[statement] = sql_seen.get(statement, 0) + 1
    sync_watchlist(db, config.vendors, default_interval=timedelta(hours=12))
    config = without_watchlist(config)  # as Daemon.run does after its sync
    release_free_memory()
    reactor = install_asyncio_reactor()
    daemon = Daemon(config, db, config_path=config_path)
    daemon._start_delivery = lambda: None  # type: ignore[method-assign]  # deliveries stay in the outbox
    if hasattr(daemon, "start_crawl_workers"):  # as Daemon.run and bench_daemon do: large batches are shared
        daemon.start_crawl_workers()
        if daemon._pool is not None:
            daemon._pool.wait_ready()
    snapshots: dict[str, object] = {}

    def report(cycle: int, wall: float) -> None:
        line: dict[str, object] = {"cycle": cycle + 1, "wall_s": round(wall, 2), **process_memory(db.engine),
                                   "modules": len(sys.modules)}
        pool = getattr(daemon, "_pool", None)
        if pool is not None:
            line["children_rss_mb"] = round(sum(bd._proc_rss_mb(pid) for pid in pool.pids()), 1)
        line["db_pool"] = db.engine.pool.checkedin() + db.engine.pool.checkedout()
        if trace:
            import tracemalloc

            line["traced_mb"] = round(tracemalloc.get_traced_memory()[0] / 2**20, 1)
        if sql_seen:
            line["distinct_sql"] = len(sql_seen)
        print(json.dumps(line), file=sys.stderr, flush=True)

    async def run() -> None:
        daemon._idle = asyncio.Event()
        daemon._idle.set()
        for cycle in range(cycles):
            if change_every and cycle and cycle % change_every == 0:
                await asyncio.to_thread(bd.change_pages, port, 0.05)
            with db.write() as session:
                session.execute(update(Document).values(next_check_at=utcnow() - timedelta(seconds=1)))
            t0 = time.perf_counter()
            await daemon.dispatch()
            wall = time.perf_counter() - t0
            if daemon._delivery_task is not None:
                await daemon._delivery_task
            report(cycle, wall)
            pool = getattr(daemon, "_pool", None)
            if pool is not None and os.environ.get("SOAK_CHILD"):  # the crawl worker's own figures
                action = ""
                if trace:
                    action = "start" if cycle == 0 else "base" if cycle + 1 == min(trace_from, cycles) else ""
                    action = "diff" if cycle == cycles - 1 else action
                child = await pool.call(0, child_memory, action)
                for text in child.pop("trace", []):
                    print("  child: " + text, file=sys.stderr, flush=True)
                print("child " + json.dumps({"cycle": cycle + 1, **child}), file=sys.stderr, flush=True)
            if trace and cycle + 1 == min(trace_from, cycles):
                import tracemalloc

                snapshots["base"] = tracemalloc.take_snapshot()

    def start() -> None:
        from twisted.internet.defer import Deferred

        Deferred.fromFuture(asyncio.ensure_future(run())).addBoth(lambda r: (reactor.stop(), r)[1])

    reactor.callWhenRunning(start)
    reactor.run(installSignalHandlers=False)
    if hasattr(daemon, "close_crawl_workers"):
        daemon.close_crawl_workers()
    if trace and "base" in snapshots:
        import tracemalloc

        gc.collect()
        end = tracemalloc.take_snapshot()
        filters = [tracemalloc.Filter(False, tracemalloc.__file__)]
        base = snapshots["base"].filter_traces(filters)  # type: ignore[attr-defined]
        end = end.filter_traces(filters)
        for key in ("lineno", "traceback"):
            print(f"\n--- tracemalloc: growth from cycle 10 to the end, by {key} ---", file=sys.stderr)
            for stat in end.compare_to(base, key)[:top]:
                print(f"{stat.size_diff / 1024:+10.1f} KiB {stat.count_diff:+8d} blocks  (now {stat.size / 1024:.1f} KiB)",
                      file=sys.stderr)
                frames = stat.traceback.format()[-12:] if key == "traceback" else stat.traceback.format()[-2:]
                for f in frames:
                    print("      " + f.strip(), file=sys.stderr)
    if sql_seen:
        print(f"\n--- {len(sql_seen)} distinct SQL texts; the rarest and most frequent ---", file=sys.stderr)
        ranked = sorted(sql_seen.items(), key=lambda kv: kv[1])
        for sql, n in ranked[:25] + [("...", 0)] + ranked[-10:]:
            print(f"{n:8d}  {' '.join(sql.split())[:300]}", file=sys.stderr)
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--cycles", type=int, default=60)
    parser.add_argument("--change-every", type=int, default=10)
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--trace-from", type=int, default=10, help="cycle after which the base snapshot is taken")
    parser.add_argument("--arena-max", type=int)
    parser.add_argument("--env", action="append", default=[], help="NAME=VALUE for the worker process")
    parser.add_argument("--worker")
    parser.add_argument("--port", type=int)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.cycles, args.port, args.change_every, args.tracemalloc, args.top, args.trace_from)
        return

    env = dict(os.environ)
    if args.arena_max:
        env["MALLOC_ARENA_MAX"] = str(args.arena_max)
    for item in args.env:
        name, _, value = item.partition("=")
        env[name] = value
    with tempfile.TemporaryDirectory(prefix="pw-soak-") as tmpdir:
        tmp = Path(tmpdir)
        server, port = bd.start_server(args.docs, tmp)
        try:
            config = tmp / "soak.yaml"
            bd.write_config(config, tmp / "soak.db", port, args.docs)
            bd.run_worker(config, 1, port)  # first versions
            cmd = [sys.executable, __file__, "--worker", str(config), "--cycles", str(args.cycles), "--port", str(port),
                   "--change-every", str(args.change_every), "--top", str(args.top), "--trace-from", str(args.trace_from)]
            if args.tracemalloc:
                cmd.append("--tracemalloc")
            lines: list[dict] = []
            proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, cwd=HERE.parent, env=env)
            assert proc.stderr is not None
            for raw in proc.stderr:
                raw = raw.rstrip("\n")
                if raw.startswith("{"):
                    lines.append(json.loads(raw))
                print(raw, flush=True)
            if proc.wait() != 0:
                raise SystemExit(f"worker failed ({proc.returncode})")
        finally:
            server.terminate()
            server.wait(10)
    if len(lines) >= 2:
        base = lines[min(9, len(lines) - 1)]
        end = lines[-1]
        print(f"\nRSS after cycle {base['cycle']} {base['rss_mb']:.1f} MB, after cycle {end['cycle']} {end['rss_mb']:.1f} MB: "
              f"{100 * (end['rss_mb'] - base['rss_mb']) / base['rss_mb']:+.1f} %")
        for key in ("in_use_mb", "free_mb", "heap_mb", "mmap_mb", "arenas", "py_blocks_k", "gc_objects_k", "traced_mb",
                    "sqlite_mb", "sqlite_stmts_mb", "children_rss_mb"):
            if key in base and key in end:
                print(f"  {key}: {base[key]} -> {end[key]}")


if __name__ == "__main__":
    main()

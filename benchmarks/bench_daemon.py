"""Benchmark of the daemon's dispatcher: N generated ~50 KB policy pages on a local server.

    python benchmarks/bench_daemon.py [--sizes 1000,10000] [--soak-docs 300] [--soak-cycles 200]

For each N, in fresh processes (so peak RSS is per scenario):

* initial  - every document new: fetch, extract, first version (not a target, for reference);
* (a)      - nothing changed: half the pages answer 304 (ETag), half 200 with the same bytes;
* (b)      - 5 % of the pages carry a real text change (extracted, diffed into a version + alert);

each one dispatcher cycle of ``monitor.daemon.Daemon`` (due query, crawl, record, alert outbox) with
every document due. Politeness relaxed for loopback: the pages are spread over 64 loopback addresses
(127.0.0.2-65, one download slot each, one request at a time per slot, no delay). The server runs in
its own process; CPU ms/page is the user+system time of the daemon process and its crawl workers (the
child processes that crawl shares of a large batch, ``daemon.crawl_processes``); "peak RSS MB" is the
daemon process's, "crawl workers" the number of children and the largest one's peak RSS. "after crawl s"
is the part of the cycle's wall time after the last share's crawl ended: the compliance re-check of new
versions (``monitor.checks``) that is still running then, in the daemon and, for a split batch, in its
crawl workers (``monitor.batch_recheck``); it is included in wall s and pages/s. As ``policywatch
daemon`` does, the worker loads the rule packs and the language detector before the first cycle.

``--snapshot-dir DIR`` keeps each N's database after its initial crawl (DIR/N/bench.db and the page
server's port, which its URLs contain) and, when one is there, starts from a fresh copy of it on a
page server at the same port instead of crawling everything again (the initial crawl at N=10,000 takes
~20 min). ``--skip-soak`` leaves the soak out.

The soak runs ``--soak-cycles`` cycles over ``--soak-docs`` documents in one process (time
compressed: all documents made due before each cycle, 5 % of pages changed every 10th cycle) and
reports RSS after cycle 10 and at the end, with the daemon's C heap (live and free bytes) and Python
blocks, and the crawl workers' RSS (benchmarks/soak_memory.py shows such figures per cycle).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

HOSTS = 64
TARGETS = {"a": 300.0, "b": 150.0, "rss_mb": 150.0, "growth_pct": 10.0}


# --- the page server (its own process) ----------------------------------------------------------

def _shared_body() -> str:
    import random

    rng = random.Random(42)
    words = ("personal data controller processor retention purpose consent legitimate interest "
             "transfer third country safeguards subprocessors security incident rights access erasure "
             "portability objection complaint authority cookies analytics marketing contract invoice").split()
    parts = []
    section = 1
    while sum(len(p) for p in parts) < 47_000:
        parts.append(f"<h2>{section}. {' '.join(rng.choice(words) for _ in range(3)).title()}</h2>")
        for _ in range(4):
            sentence = " ".join(rng.choice(words) for _ in range(rng.randint(25, 45)))
            parts.append(f"<p>{sentence.capitalize()}.</p>")
        section += 1
    return "\n".join(parts)


def serve(port: int, n: int, control_file: str) -> None:
    from aiohttp import web

    shared = _shared_body()
    head = ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Privacy policy</title></head>'
            '<body><nav><a href="/">Home</a> <a href="/pricing">Pricing</a></nav><main><h1>Privacy policy of vendor {i}</h1>')
    versions = [0] * n

    def body(i: int) -> bytes:
        v = versions[i]
        return (head.format(i=i) + f"<p>We keep account data for {12 + v} months after the account is closed.</p>\n"
                + shared + f"</main><footer>© 2026 Vendor {i}</footer></body></html>").encode()

    async def page(request: web.Request) -> web.Response:
        i = int(request.match_info["i"])
        if i >= n:
            raise web.HTTPNotFound()
        if i % 2 == 0:  # half the vendors send an ETag and answer conditional GETs
            etag = f'"{i}-{versions[i]}"'
            if request.headers.get("If-None-Match") == etag:
                return web.Response(status=304, headers={"ETag": etag})
            return web.Response(body=body(i), content_type="text/html", charset="utf-8", headers={"ETag": etag})
        return web.Response(body=body(i), content_type="text/html", charset="utf-8")

    async def robots(request: web.Request) -> web.Response:
        return web.Response(text="User-agent: *\nAllow: /\n")

    async def change(request: web.Request) -> web.Response:
        fraction = float(request.query.get("fraction", "0.05"))
        step = max(int(round(1 / fraction)), 1) if fraction > 0 else 0
        changed = 0
        if step:
            for i in range(0, n, step):
                versions[i] += 1
                changed += 1
        return web.json_response({"changed": changed})

    app = web.Application()
    app.router.add_get("/p/{i}", page)
    app.router.add_get("/robots.txt", robots)
    app.router.add_post("/_control/change", change)

    async def main() -> None:
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        for h in range(HOSTS):
            await web.TCPSite(runner, f"127.0.0.{h + 2}", port).start()
        Path(control_file).write_text("ready")
        await asyncio.Event().wait()

    asyncio.run(main())


def change_pages(port: int, fraction: float) -> int:
    import urllib.request

    req = urllib.request.Request(f"http://127.0.0.2:{port}/_control/change?fraction={fraction}", method="POST")
    with urllib.request.urlopen(req, timeout=30) as resp:
        return int(json.loads(resp.read())["changed"])


# --- the crawler side (one process per scenario) ------------------------------------------------

def write_config(path: Path, db: Path, port: int, n: int) -> None:
    import yaml

    vendors = []
    for h in range(HOSTS):
        docs = [{"url": f"http://127.0.0.{h + 2}:{port}/p/{i}", "interval": "12h"} for i in range(h, n, HOSTS)]
        if docs:
            vendors.append({"name": f"Vendor {h}", "documents": docs})
    path.write_text(yaml.safe_dump({
        "database": f"sqlite:///{db}",
        "allow_private_addresses": True,
        "crawl": {"download_delay": "0s", "timeout": "60s", "retry_times": 0, "concurrent_requests": 64},
        "change_confirmation": {"fetches": 1, "delay": "0s"},
        "daemon": {"batch_size": 1_000_000},
        "alerts": {"channels": [{"name": "hook", "type": "webhook", "options": {"url": "http://127.0.0.1:9/unused"}}]},
        "vendors": vendors,
    }, sort_keys=False))


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _cpu_s(pids: list[int]) -> float:
    """User+system CPU seconds of the given (child) processes so far."""
    total = 0.0
    for pid in pids:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _peak_rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _proc_rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return 0.0


def _heap_figures() -> dict[str, float]:
    """Where the daemon's RSS goes: the C heap's bytes in use and the free bytes kept in malloc's arenas
    (glibc), and Python's allocated blocks (thousands): live data apart from fragmentation."""
    out: dict[str, float] = {"py_blocks_k": sys.getallocatedblocks() / 1000}
    try:
        from soak_memory import malloc_stats
    except ImportError:
        return out
    stats = malloc_stats()
    for key in ("in_use_mb", "free_mb", "arenas"):
        if key in stats:
            out[key] = stats[key]
    return out


def started_daemon(config_path: str) -> tuple[Any, Any]:
    """(daemon, database): a ``monitor.daemon.Daemon`` set up as ``policywatch daemon`` sets one up (malloc
    arenas, checkers loaded, watchlist synced, the configuration slimmed, crawl workers ready), on the
    asyncio reactor installed here; run it with ``run_on_reactor``."""
    from datetime import timedelta

    from config.loader import load_config, without_watchlist
    from monitor.daemon import Daemon, install_asyncio_reactor, load_checkers, release_free_memory, tune_malloc
    from storage.database import open_database
    from storage.recording import sync_watchlist

    tune_malloc()  # as run_daemon does at start
    load_checkers()
    config = load_config(config_path)
    db = open_database(config.database_url)
    sync_watchlist(db, config.vendors, default_interval=timedelta(hours=12))
    config = without_watchlist(config)  # as Daemon.run does after its sync: the crawl reads the rest from the database
    release_free_memory()  # as the daemon does after its start-up sync
    install_asyncio_reactor()
    daemon = Daemon(config, db, config_path=config_path)
    daemon.start_crawl_workers()  # as `Daemon.run` does at start-up, before the first cycle
    if daemon._pool is not None:
        daemon._pool.wait_ready()
    daemon.settle_heap()  # as `Daemon.run` does at the end of its start-up
    return daemon, db


def run_on_reactor(daemon: Any, db: Any, cycles: Callable[[], Awaitable[None]]) -> None:
    """Run ``cycles()`` on the reactor (dispatcher cycles of ``daemon``), then stop the crawl workers and
    close the database."""
    from twisted.internet import reactor
    from twisted.internet.defer import Deferred

    async def run() -> None:
        daemon._idle = asyncio.Event()
        daemon._idle.set()
        await cycles()

    def start() -> None:
        Deferred.fromFuture(asyncio.ensure_future(run())).addBoth(lambda r: (reactor.stop(), r)[1])

    reactor.callWhenRunning(start)
    reactor.run(installSignalHandlers=False)
    daemon.close_crawl_workers()
    db.close()


def machine_speed() -> str:
    """How fast this machine runs Python, to compare rounds measured on different machines (sessions
    get machines of the same kind that differ 2-3x in speed)."""
    started = time.process_time()
    total = 0
    for i in range(10_000_000):
        total += i
    return f"a 10-million-step Python loop in {time.process_time() - started:.2f} s of CPU"


def make_all_due(db: Any) -> None:
    """Time compression: every document is due now."""
    from datetime import timedelta

    from sqlalchemy import update

    from storage.models import Document, utcnow

    with db.write() as session:
        session.execute(update(Document).values(next_check_at=utcnow() - timedelta(seconds=1)))


def worker(config_path: str, cycles: int, port: int, change_every: int) -> None:
    from storage.models import Fetch

    daemon, db = started_daemon(config_path)
    daemon._start_delivery = lambda: None  # no channel calls: deliveries stay in the outbox
    results: list[dict[str, float]] = []

    async def run() -> None:
        for cycle in range(cycles):
            if change_every and cycle and cycle % change_every == 0:
                await asyncio.to_thread(change_pages, port, 0.05)
            make_all_due(db)
            with db.read() as session:
                fetches_before = session.query(Fetch).count()
            worker_pids = daemon._pool.pids() if daemon._pool is not None else []
            worker_cpu0 = _cpu_s(worker_pids)
            r0, t0 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
            await daemon.dispatch()
            wall = time.perf_counter() - t0
            r1 = resource.getrusage(resource.RUSAGE_SELF)
            with db.read() as session:
                pages = session.query(Fetch).count() - fetches_before
            results.append({
                "pages": pages, "wall_s": wall,
                "cpu_s": (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime),
                "rss_mb": _rss_mb(), "peak_rss_mb": r1.ru_maxrss / 1024, "recheck_s": wall - daemon.stats.last_crawl_s,
                "workers": len(worker_pids), "worker_cpu_s": _cpu_s(worker_pids) - worker_cpu0,
                "worker_peak_rss_mb": max((_peak_rss_mb(pid) for pid in worker_pids), default=0.0),
                "worker_rss_mb": sum(_proc_rss_mb(pid) for pid in worker_pids),
                **_heap_figures(),
            })
            if daemon._delivery_task is not None:
                await daemon._delivery_task

    run_on_reactor(daemon, db, run)
    print(json.dumps(results))


def run_worker(config: Path, cycles: int, port: int, change_every: int = 0) -> list[dict[str, float]]:
    out = subprocess.run(
        [sys.executable, __file__, "--worker", str(config), "--cycles", str(cycles), "--port", str(port),
         "--change-every", str(change_every)],
        capture_output=True, text=True, cwd=REPO, check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"worker failed ({out.returncode}):\n{out.stderr[-4000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def start_server(n: int, tmp: Path, port: int | None = None) -> tuple[subprocess.Popen[bytes], int]:
    from tests.servers import free_port

    port = port or free_port()
    ready = tmp / f"ready-{n}"
    proc = subprocess.Popen([sys.executable, __file__, "--serve", str(port), "--docs", str(n), "--ready", str(ready)],
                            cwd=REPO)
    deadline = time.monotonic() + 30
    while not ready.exists():
        if time.monotonic() > deadline or proc.poll() is not None:
            raise SystemExit("the page server did not start")
        time.sleep(0.1)
    return proc, port


def sqlite_copy(source: Path, target: Path) -> None:
    """Copy a SQLite database file whole: its WAL checkpointed into it first, and the target's stale
    -wal and -shm files removed (SQLite would otherwise replay an older run's pages over the copy)."""
    import shutil
    import sqlite3

    with sqlite3.connect(source) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)


def row(name: str, r: dict[str, float]) -> str:
    rate = r["pages"] / r["wall_s"] if r["wall_s"] else 0.0
    cpu = r["cpu_s"] + r.get("worker_cpu_s", 0.0)
    workers = int(r.get("workers", 0))
    worker_rss = f"{workers} x {r.get('worker_peak_rss_mb', 0.0):.0f}" if workers else "-"
    return (f"| {name:<28} | {int(r['pages']):>6} | {r['wall_s']:>7.2f} | {rate:>8.0f} | "
            f"{1000 * cpu / max(r['pages'], 1):>8.2f} | {r['peak_rss_mb']:>11.0f} | {worker_rss:>13} | {r.get('recheck_s', 0.0):>13.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--soak-docs", type=int, default=300)
    parser.add_argument("--soak-cycles", type=int, default=200)
    parser.add_argument("--serve", type=int)
    parser.add_argument("--docs", type=int)
    parser.add_argument("--ready")
    parser.add_argument("--worker")
    parser.add_argument("--cycles", type=int, default=1)
    parser.add_argument("--port", type=int)
    parser.add_argument("--change-every", type=int, default=0)
    parser.add_argument("--snapshot-dir", type=Path, help="keep and reuse each N's database after its initial crawl")
    parser.add_argument("--skip-soak", action="store_true")
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.docs, args.ready)
        return
    if args.worker:
        worker(args.worker, args.cycles, args.port, args.change_every)
        return

    print(f"policywatch daemon benchmark: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, {machine_speed()}")
    print("| scenario                     |  pages |  wall s |  pages/s | CPU ms/p | peak RSS MB | crawl workers | after crawl s |")
    print("|------------------------------|-------:|--------:|---------:|---------:|------------:|--------------:|--------------:|")
    verdicts = []
    with tempfile.TemporaryDirectory(prefix="pw-bench-") as tmpdir:
        tmp = Path(tmpdir)
        for n in [int(x) for x in args.sizes.split(",") if x]:
            snapshot = args.snapshot_dir / str(n) if args.snapshot_dir else None
            kept = snapshot is not None and (snapshot / "port").exists()
            server, port = start_server(n, tmp, int((snapshot / "port").read_text()) if kept else None)
            try:
                config, db = tmp / f"bench-{n}.yaml", tmp / f"bench-{n}.db"
                write_config(config, db, port, n)
                if kept:
                    sqlite_copy(snapshot / "bench.db", db)
                    print(f"| N={n} initial: from {snapshot} |", flush=True)
                else:
                    [initial] = run_worker(config, 1, port)
                    print(row(f"N={n} initial (all new)", initial), flush=True)
                    if snapshot is not None:
                        snapshot.mkdir(parents=True, exist_ok=True)
                        sqlite_copy(db, snapshot / "bench.db")
                        (snapshot / "port").write_text(str(port))
                [a] = run_worker(config, 1, port)
                print(row(f"N={n} (a) nothing changed", a), flush=True)
                change_pages(port, 0.05)
                [b] = run_worker(config, 1, port)
                print(row(f"N={n} (b) 5 % text changed", b), flush=True)
                verdicts.append((n, a, b))
            finally:
                server.terminate()
                server.wait(10)
        if args.skip_soak:
            print_verdicts(verdicts, None)
            return
        n = args.soak_docs
        server, port = start_server(n, tmp)
        try:
            config = tmp / "soak.yaml"
            write_config(config, tmp / "soak.db", port, n)
            run_worker(config, 1, port)  # first versions
            soak = run_worker(config, args.soak_cycles, port, change_every=10)
        finally:
            server.terminate()
            server.wait(10)
    base = soak[min(9, len(soak) - 1)]["rss_mb"]
    end = soak[-1]["rss_mb"]
    growth = 100 * (end - base) / base
    first, last = soak[min(9, len(soak) - 1)], soak[-1]
    pages = sum(r["pages"] for r in soak)
    wall = sum(r["wall_s"] for r in soak)
    print()
    print(f"soak: {len(soak)} cycles x {n} documents ({int(pages)} checks, {pages / wall:.0f} pages/s), RSS after cycle 10 "
          f"{base:.1f} MB, after cycle {len(soak)} {end:.1f} MB: growth {growth:+.1f} % (peak {soak[-1]['peak_rss_mb']:.0f} MB)")
    if "in_use_mb" in first:
        print(f"      daemon process: C heap in use {first['in_use_mb']:.1f} -> {last['in_use_mb']:.1f} MB, free in "
              f"malloc's {last.get('arenas', 0):.0f} arenas {first['free_mb']:.1f} -> {last['free_mb']:.1f} MB, "
              f"Python blocks {first['py_blocks_k']:.0f}k -> {last['py_blocks_k']:.0f}k")
    growths = {"daemon": growth}
    if last.get("workers"):
        growths["crawl worker"] = 100 * (last["worker_rss_mb"] - first["worker_rss_mb"]) / first["worker_rss_mb"]
        print(f"      crawl worker process(es): RSS {first['worker_rss_mb']:.1f} -> {last['worker_rss_mb']:.1f} MB: "
              f"growth {growths['crawl worker']:+.1f} %")
    print()
    print_verdicts(verdicts, growths)


def print_verdicts(verdicts: list[tuple[int, dict[str, float], dict[str, float]]], growths: dict[str, float] | None) -> None:
    """The targets, met or missed, each by the worse of the daemon and its crawl worker(s)."""
    for n, a, b in verdicts:
        ra, rb = a["pages"] / a["wall_s"], b["pages"] / b["wall_s"]
        peaks = {"daemon": max(a["peak_rss_mb"], b["peak_rss_mb"]),
                 "crawl worker": max(a.get("worker_peak_rss_mb", 0.0), b.get("worker_peak_rss_mb", 0.0))}
        who, peak = max(peaks.items(), key=lambda item: item[1])
        print(f"N={n}: (a) {ra:.0f} pages/s {'meets' if ra >= TARGETS['a'] else 'MISSES'} >= {TARGETS['a']:.0f}; "
              f"(b) {rb:.0f} pages/s {'meets' if rb >= TARGETS['b'] else 'MISSES'} >= {TARGETS['b']:.0f}; "
              f"peak RSS {peak:.0f} MB ({who}) {'meets' if peak <= TARGETS['rss_mb'] else 'MISSES'} <= {TARGETS['rss_mb']:.0f} MB")
    if growths:
        who, growth = max(growths.items(), key=lambda item: item[1])
        print(f"soak growth {growth:+.1f} % ({who}) {'meets' if growth < TARGETS['growth_pct'] else 'MISSES'} "
              f"< {TARGETS['growth_pct']:.0f} %")


if __name__ == "__main__":
    main()

"""policywatch side by side with urlwatch and changedetection.io on the same generated pages.

    python benchmarks/bench_peers.py [--docs 100] [--repeat 3] [--tools daemon,policywatch,urlwatch,changedetection]

N generated ~50 KB policy pages, spread over 64 loopback addresses, each with an ETag (all three
tools send conditional GETs), a promotional banner and a script with a cache-busting build id
outside the policy text. Each tool, from the same starting pages, runs:

* first  - the first check of every page (the baseline; not compared);
* (a)    - nothing changed (every page answers 304);
* (c)    - only the banner text and the script's cache-buster changed on every page: a correct
           policy monitor reports 0 changes;
* (b)    - 5 % of the pages carry a real wording change in the policy: every tool should report them.

Timing starts at the first request the page server receives (so start-up is not counted for anyone)
and ends when the tool is done: the end of the dispatcher cycle for `policywatch daemon` (a long-lived
process with its crawl worker, as it runs in production: crawl, record, compliance re-check of new
versions), process exit for `policywatch run --once` and urlwatch, the last "completed watch" log line
for changedetection.io's batch mode (whose exit waits for a poll loop). Each scenario after the first
check runs ``--repeat`` times (the scenario's change applied again each time); the median is shown.
For `policywatch daemon`, "recorded" is the time to the end of the crawl, when every change is
recorded and its alert queued: the part of the cycle that does what the peers do; the rest of the
cycle is the compliance re-check of the new versions (the GDPR checklist, the vendor requirements and
the comparison with the previous version's findings), which the peers do not do.
The peers are installed from PyPI into .bench-peers/ on first use; urlwatch gets its html2text
filter (how its docs suggest watching a web page), changedetection.io its defaults.
policywatch runs with `change_confirmation.fetches: 1`, since the peers alert on first sighting.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

HOSTS = 64
PEERS_DIR = REPO / ".bench-peers"
PEERS = {  # name: pip requirements (the versions measured in docs/benchmarks.md)
    "urlwatch": ["urlwatch==2.29", "html2text"],
    "changedetection.io": ["changedetection.io==0.60.10"],
}


# --- the page server (its own process) ----------------------------------------------------------

def _policy_body(seed: int) -> str:
    rng = random.Random(seed)
    words = ("personal data controller processor retention purpose consent legitimate interest "
             "transfer third country safeguards subprocessors security incident rights access erasure "
             "portability objection complaint authority cookies analytics marketing contract invoice").split()
    parts, section = [], 1
    while sum(len(p) for p in parts) < 47_000:
        parts.append(f"<h2>{section}. {' '.join(rng.choice(words) for _ in range(3)).title()}</h2>")
        parts += [f"<p>{' '.join(rng.choice(words) for _ in range(rng.randint(25, 45))).capitalize()}.</p>"
                  for _ in range(4)]
        section += 1
    return "\n".join(parts)


def serve(port: int, n: int, ready_file: str) -> None:
    from aiohttp import web

    policy = _policy_body(42)
    state = {"chrome": 0, "text": [0] * n, "first": 0.0, "last": 0.0, "requests": 0, "not_modified": 0}

    def body(i: int) -> bytes:
        chrome = state["chrome"]
        return (
            '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Privacy policy</title>'
            f'<script src="/static/app.js?v={chrome * 7919 + 1000}"></script></head><body>'
            f'<div class="promo-banner">Black Friday: save {20 + chrome}% on all plans with code SAVE{chrome}!</div>'
            '<nav><a href="/">Home</a> <a href="/pricing">Pricing</a></nav>'
            f"<main><h1>Privacy policy of vendor {i}</h1>"
            f"<p>We keep account data for {12 + state['text'][i]} months after the account is closed.</p>\n"
            f"{policy}</main><footer>© 2026 Vendor {i}</footer></body></html>"
        ).encode()

    async def page(request: web.Request) -> web.Response:
        i = int(request.match_info["i"])
        if i >= n:
            raise web.HTTPNotFound()
        now = time.time()
        state["first"] = state["first"] or now
        state["last"], state["requests"] = now, state["requests"] + 1
        content = body(i)
        etag = '"' + hashlib.sha1(content).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            state["not_modified"] += 1
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(body=content, content_type="text/html", charset="utf-8", headers={"ETag": etag})

    async def robots(request: web.Request) -> web.Response:
        return web.Response(text="User-agent: *\nAllow: /\n")

    async def control(request: web.Request) -> web.Response:
        action = request.match_info["action"]
        counters = {k: state[k] for k in ("first", "last", "requests", "not_modified")}  # of the round ending
        if action == "reset":  # the pages as they were at the start, and fresh counters
            state.update(chrome=0, text=[0] * n)
        if action in ("reset", "round"):
            state.update(first=0.0, last=0.0, requests=0, not_modified=0)
        elif action == "chrome":
            state["chrome"] += 1
        elif action == "text":
            for i in range(0, n, 20):  # 5 %
                state["text"][i] += 1
        return web.json_response(counters)

    app = web.Application()
    app.router.add_get("/p/{i}", page)
    app.router.add_get("/robots.txt", robots)
    app.router.add_post("/_control/{action}", control)

    async def main() -> None:
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        for h in range(HOSTS):
            await web.TCPSite(runner, f"127.0.0.{h + 2}", port).start()
        Path(ready_file).write_text("ready")
        await asyncio.Event().wait()

    asyncio.run(main())


def control(port: int, action: str) -> dict[str, float]:
    import urllib.request

    request = urllib.request.Request(f"http://127.0.0.2:{port}/_control/{action}", method="POST")
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def page_urls(port: int, n: int) -> list[str]:
    return [f"http://127.0.0.{i % HOSTS + 2}:{port}/p/{i}" for i in range(n)]


# --- the tools ---------------------------------------------------------------------------------

class Tool:
    """One monitor under test: `check()` runs one check of every page, returns (end time, changes)."""

    name = ""

    def __init__(self, workdir: Path, urls: list[str]) -> None:
        self.workdir, self.urls = workdir, urls
        self.recorded_at: float | None = None  # when the last check's changes were recorded, if earlier than its end
        workdir.mkdir(parents=True, exist_ok=True)

    def check(self) -> tuple[float, int]:
        raise NotImplementedError

    def close(self) -> None:
        """Stop whatever the tool left running."""


class Policywatch(Tool):
    name = "policywatch"

    def __init__(self, workdir: Path, urls: list[str]) -> None:
        import yaml

        super().__init__(workdir, urls)
        self.db = workdir / "policywatch.db"
        vendors: dict[str, list[dict[str, str]]] = {}
        for url in urls:  # a vendor per host: one download slot each, as for real vendors
            vendors.setdefault(url.split("/")[2].split(":")[0], []).append({"url": url})
        self.config = workdir / "policywatch.yaml"
        self.config.write_text(yaml.safe_dump({
            "database": f"sqlite:///{self.db}",
            "allow_private_addresses": True,
            "crawl": {"download_delay": "0s", "timeout": "60s", "retry_times": 0, "concurrent_requests": 64},
            "change_confirmation": {"fetches": 1, "delay": "0s"},
            "vendors": [{"name": host, "documents": docs} for host, docs in vendors.items()],
        }, sort_keys=False))

    def _alerts(self) -> int:
        if not self.db.exists():
            return 0
        with sqlite3.connect(self.db) as connection:
            return connection.execute("SELECT count(*) FROM alert WHERE kind = 'policy_change'").fetchone()[0]

    def check(self) -> tuple[float, int]:
        before = self._alerts()
        subprocess.run([str(REPO / ".venv" / "bin" / "policywatch"), "--config", str(self.config), "run", "--once"],
                       check=True, capture_output=True, cwd=self.workdir)
        return time.time(), self._alerts() - before


class PolicywatchDaemon(Policywatch):
    """The same checks as dispatcher cycles of `policywatch daemon` (``monitor.daemon.Daemon``) in one
    long-lived process with its crawl workers, every document made due before each check: the product's
    main mode. A batch of ``daemon.split_batches_from`` documents or more is split over two processes."""

    name = "policywatch daemon"

    def __init__(self, workdir: Path, urls: list[str]) -> None:
        super().__init__(workdir, urls)
        self.worker = subprocess.Popen(
            [sys.executable, __file__, "--daemon-worker", str(self.config)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=REPO,
        )

    def check(self) -> tuple[float, int]:
        assert self.worker.stdin is not None and self.worker.stdout is not None
        before = self._alerts()
        self.worker.stdin.write("check\n")
        self.worker.stdin.flush()
        end, self.recorded_at = map(float, self.worker.stdout.readline().split())
        return end, self._alerts() - before

    def close(self) -> None:
        if self.worker.stdin is not None:
            self.worker.stdin.close()
        self.worker.wait(timeout=60)


def daemon_worker(config_path: str) -> None:
    """One dispatcher cycle per line read on stdin, every document due; prints the time each one ended and
    the time its crawl ended (its changes recorded, before the compliance re-check)."""
    from bench_daemon import make_all_due, run_on_reactor, started_daemon

    daemon, db = started_daemon(config_path)

    async def cycles() -> None:
        while await asyncio.to_thread(sys.stdin.readline):
            make_all_due(db)
            await daemon.dispatch()
            if daemon._delivery_task is not None:
                await daemon._delivery_task
            now = time.time()
            crawl_ended = now - (time.monotonic() - daemon._crawl_ended) if daemon._crawl_ended else now
            print(now, crawl_ended, flush=True)

    run_on_reactor(daemon, db, cycles)


class Urlwatch(Tool):
    name = "urlwatch 2.29"

    def __init__(self, workdir: Path, urls: list[str]) -> None:
        import yaml

        super().__init__(workdir, urls)
        (workdir / "urls.yaml").write_text(yaml.safe_dump_all(
            [{"name": f"p{i}", "url": url, "filter": "html2text"} for i, url in enumerate(urls)]))
        (workdir / "urlwatch.yaml").write_text(yaml.safe_dump({
            "display": {"new": True, "error": True, "unchanged": False, "empty-diff": False},
            "report": {"text": {"details": True, "footer": False, "line_length": 120, "minimal": False},
                       "stdout": {"enabled": True, "color": False}},
        }))

    def check(self) -> tuple[float, int]:
        out = subprocess.run(
            [str(PEERS_DIR / "urlwatch" / "bin" / "urlwatch"), "--urls", "urls.yaml", "--config", "urlwatch.yaml",
             "--cache", "cache.db", "--hooks", "hooks.py"],
            check=True, capture_output=True, text=True, cwd=self.workdir,
        )
        return time.time(), len(re.findall(r"(?m)^CHANGED: ", out.stdout))


class ChangeDetectionIo(Tool):
    name = "changedetection.io 0.60.10"
    # loguru's time stamp, with the UTC offset where the logger's format gives one ("... 15:52:50.603 +00:00 |")
    _COMPLETED = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3})(?: ([+-]\d\d:\d\d))? \|.*completed watch", re.M)

    def __init__(self, workdir: Path, urls: list[str]) -> None:
        super().__init__(workdir, urls)
        self.datastore = workdir / "datastore"
        self.started = False

    def _history_entries(self) -> int:
        return sum(len(path.read_text().splitlines()) for path in self.datastore.glob("*/history.txt"))

    def check(self) -> tuple[float, int]:
        from tests.servers import free_port

        before = self._history_entries()
        command = [str(PEERS_DIR / "changedetection.io" / "bin" / "changedetection.py"), "-d", str(self.datastore),
                   "-p", str(free_port()), "-b"]
        if not self.started:  # the first run adds the watches (and checks them)
            command += ["-C"] + [arg for url in self.urls for arg in ("-u", url)]
            self.started = True
        else:
            command += ["-r", "all"]
        env = dict(os.environ, ALLOW_IANA_RESTRICTED_ADDRESSES="true", LOGGER_LEVEL="DEBUG")
        out = subprocess.run(command, capture_output=True, text=True, env=env, cwd=self.workdir, timeout=900)
        log = out.stdout + out.stderr
        stamps = self._COMPLETED.findall(log)
        if not stamps:
            raise RuntimeError(f"changedetection.io checked nothing:\n{log[-3000:]}")
        end = max(datetime.fromisoformat(stamp + offset).timestamp() for stamp, offset in stamps)
        return end, self._history_entries() - before


# --- running ----------------------------------------------------------------------------------

def install_peer(name: str) -> str | None:
    """Install a peer into its own virtualenv under .bench-peers/; None when ready, else why not."""
    venv = PEERS_DIR / name
    marker = venv / ".installed"
    if marker.exists():
        return None
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    out = subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", *PEERS[name]], capture_output=True, text=True)
    if out.returncode != 0:
        return f"pip install {' '.join(PEERS[name])} failed: {out.stderr.strip().splitlines()[-1:]}"
    marker.write_text("ok")
    return None


SCENARIOS = [  # (name, server action before the check, changes a correct policy monitor reports)
    ("first check", None, None),
    ("(a) nothing changed", None, 0),
    ("(c) banner + cache-buster", "chrome", 0),
    ("(b) 5 % real text change", "text", "5 %"),
]


def run_tool(tool: Tool, port: int, n: int, repeat: int) -> list[tuple[str, float, float, str, object, str]]:
    """Each scenario ``repeat`` times (the first check once): the median time, the median time to the
    changes recorded (NaN when the tool does not tell it apart), the changes of each check."""
    control(port, "reset")
    rows = []
    for name, action, expected in SCENARIOS:
        times, recorded, changes, requests = [], [], [], []
        for _ in range(1 if expected is None else repeat):
            if action:  # applied again before each repetition: each (b) check meets 5 % new text changes
                control(port, action)
            control(port, "round")
            end, found = tool.check()
            stats = control(port, "round")
            times.append(end - stats["first"] if stats["first"] else float("nan"))
            at = tool.recorded_at
            recorded.append(at - stats["first"] if at is not None and stats["first"] else float("nan"))
            changes.append(found)
            requests.append(f"{stats['requests']:.0f} ({stats['not_modified']:.0f})")
        shown = str(changes[0]) if len(set(changes)) == 1 else "/".join(map(str, changes))
        rows.append((name, statistics.median(times), statistics.median(recorded), shown, n // 20 if expected == "5 %" else expected,
                     requests[0] if len(set(requests)) == 1 else "/".join(requests)))
    return rows


def start_server(n: int, tmp: Path) -> tuple[subprocess.Popen[bytes], int]:
    from tests.servers import free_port

    port, ready = free_port(), tmp / "ready"
    server = subprocess.Popen([sys.executable, __file__, "--serve", str(port), "--docs", str(n), "--ready", str(ready)],
                              cwd=REPO)
    deadline = time.monotonic() + 30
    while not ready.exists():
        if time.monotonic() > deadline or server.poll() is not None:
            raise SystemExit("the page server did not start")
        time.sleep(0.1)
    return server, port


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--tools", default="all",
                        help="comma-separated tools to run: daemon, policywatch, urlwatch, changedetection (default all)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="checks per scenario after the first check; the median time is shown (default 3)")
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--ready", help=argparse.SUPPRESS)
    parser.add_argument("--daemon-worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.daemon_worker:
        daemon_worker(args.daemon_worker)
        return
    if args.serve:
        serve(args.serve, args.docs, args.ready)
        return

    n = args.docs
    known: dict[str, type[Tool]] = {"daemon": PolicywatchDaemon, "policywatch": Policywatch, "urlwatch": Urlwatch,
                                    "changedetection": ChangeDetectionIo}
    chosen = list(known) if args.tools == "all" else [name.strip() for name in args.tools.split(",")]
    unknown = [name for name in chosen if name not in known]
    if unknown:
        parser.error(f"unknown tool(s) {', '.join(unknown)}; choose from {', '.join(known)}")
    tools = [known[name] for name in chosen]
    from bench_daemon import machine_speed

    print(f"{n} generated ~50 KB pages on 64 loopback addresses, every page with an ETag ({machine_speed()})\n")
    print("| tool                       | scenario                   | page requests (304) | seconds | pages/s | recorded | changes reported | expected |")
    print("|----------------------------|----------------------------|--------------------:|--------:|--------:|---------:|-----------------:|---------:|")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        server, port = start_server(n, tmp)
        try:
            for tool_class in tools:
                peer = {Urlwatch: "urlwatch", ChangeDetectionIo: "changedetection.io"}.get(tool_class)
                problem = install_peer(peer) if peer else None
                if problem:
                    print(f"| {tool_class.name:<26} | not run: {problem}")
                    continue
                tool = tool_class(tmp / tool_class.__name__, page_urls(port, n))
                try:
                    for scenario, seconds, recorded, changes, expected, requests in run_tool(tool, port, n, args.repeat):
                        rate = n / seconds if seconds == seconds and seconds > 0 else float("nan")
                        shown = "" if expected is None else str(expected)
                        at = f"{recorded:.2f}" if recorded == recorded else ""  # NaN: the tool's end is its recording
                        print(f"| {tool.name:<26} | {scenario:<26} | {requests:>19} | {seconds:>7.2f} | {rate:>7.0f} "
                              f"| {at:>8} | {changes:>16} | {shown:>8} |", flush=True)
                finally:
                    tool.close()
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()

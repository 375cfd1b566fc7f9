"""Alert delivery benchmark: nothing lost, nothing twice, time to drain.

Three runs, each on a fresh SQLite file with N alerts (default 1,000) queued in the outbox:

1. webhook: the local receiver is DOWN (connection refused) for the first half of the run, then up;
2. smtp: the local SMTP server answers every RCPT with ``451`` (temporary) for the first half, then accepts;
3. kill: a separate process delivers to the webhook receiver, is SIGKILLed in the middle of the run,
   and a new process drains the rest.

"Half of the run" is ``--outage`` seconds (default 3 s). The delivering loop is the real outbox
(``deliver_pending``) with the real channels, a short retry base (``--retry-base``, default 0.5 s)
instead of the production 30 s so the run takes seconds, and the production jittered backoff.

Prints, per run: delivered, lost, duplicate ids at the receiver, and the time to drain (from the start
of the run until every alert is acknowledged in the database). For the kill run, it also prints how
many duplicates were "explained": ids the receiver accepted whose acknowledgement was not yet in the
database when the process died (at most the one delivery in flight).

Usage: python benchmarks/bench_alerts.py [--alerts 1000] [--outage 3] [--retry-base 0.5] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from sqlalchemy import func, select  # noqa: E402

from config.schema import VendorConfig  # noqa: E402
from monitor.alerts.channels import build_channel  # noqa: E402
from monitor.alerts.outbox import deliver_pending  # noqa: E402
from storage.database import Database, open_database  # noqa: E402
from storage.models import AlertDelivery, Document  # noqa: E402
from storage.recording import enqueue_alert, sync_watchlist  # noqa: E402
from storage.models import utcnow  # noqa: E402


# --- a webhook receiver on a fixed port that can be down, then up ------------------------------


class Receiver:
    """Counts X-Policywatch-Id of accepted POSTs; ``start()`` binds the port chosen at construction."""

    def __init__(self, delay_s: float = 0.0) -> None:
        import socket

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.delay_s = delay_s
        self.ids: list[str] = []
        self.lock = threading.Lock()
        self.server: ThreadingHTTPServer | None = None

    def start(self) -> None:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if owner.delay_s:
                    time.sleep(owner.delay_s)
                with owner.lock:
                    owner.ids.append(self.headers["X-Policywatch-Id"])
                self.send_response(204)
                self.send_header("Content-Length", "0")
                self.end_headers()

        ThreadingHTTPServer.allow_reuse_address = True
        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/in"

    def received(self) -> Counter[str]:
        with self.lock:
            return Counter(self.ids)


# --- the outbox ---------------------------------------------------------------------------------


def fresh_db(directory: Path, count: int) -> tuple[Database, str, list[str]]:
    url = f"sqlite:///{directory / 'bench.db'}"
    db = open_database(url)
    vendor = VendorConfig.model_validate({"name": "Bench", "documents": [{"url": "https://bench.example/privacy"}]})
    sync_watchlist(db, [vendor], default_interval=timedelta(hours=12))
    ids = []
    with db.write() as session:
        document = session.scalar(select(Document))
        for _ in range(count):
            ids.append(enqueue_alert(session, kind="policy_change", document=document, change_id=None,
                                     severity="medium", channels=["out"], payload={}, now=utcnow()))
    return db, url, ids


def undelivered(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(AlertDelivery).where(AlertDelivery.status != "delivered"))


def drain(db: Database, channel: Any, *, retry_base: timedelta, deadline_s: float, on_tick: Any = None) -> float:
    started = time.monotonic()
    while undelivered(db) and time.monotonic() - started < deadline_s:
        if on_tick:
            on_tick(time.monotonic() - started)
        deliver_pending(db, {"out": channel}, limit=1000, max_attempts=100, retry_base=retry_base,
                        retry_cap=timedelta(seconds=5))
        time.sleep(0.02)
    return time.monotonic() - started


def result(name: str, ids: list[str], received: Counter[str], seconds: float, db: Database, **extra: Any) -> dict[str, Any]:
    return {
        "run": name,
        "alerts": len(ids),
        "delivered": sum(1 for i in ids if received[i] > 0),
        "lost": sum(1 for i in ids if received[i] == 0),
        "duplicates": sum(1 for i in ids if received[i] > 1),
        "acknowledged_in_db": len(ids) - undelivered(db),
        "drain_s": round(seconds, 2),
        **extra,
    }


def webhook_run(count: int, outage_s: float, retry_base: timedelta) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        db, _, ids = fresh_db(Path(tmp), count)
        receiver = Receiver()  # down: nothing listens on its port yet
        channel = build_channel("out", "webhook", {"url": receiver.url, "timeout_s": 5})

        def tick(elapsed: float) -> None:
            if elapsed >= outage_s and receiver.server is None:
                receiver.start()

        seconds = drain(db, channel, retry_base=retry_base, deadline_s=300, on_tick=tick)
        out = result("webhook down, then up", ids, receiver.received(), seconds, db, outage_s=outage_s)
        receiver.stop()
        db.close()
        return out


def smtp_run(count: int, outage_s: float, retry_base: timedelta) -> dict[str, Any]:
    from tests.servers import LocalSmtpServer

    with tempfile.TemporaryDirectory() as tmp, LocalSmtpServer() as smtp:
        db, _, ids = fresh_db(Path(tmp), count)
        smtp.fail_temporarily("451 4.3.0 Try again later", at="rcpt")
        channel = build_channel("out", "email", {"host": smtp.host, "port": smtp.port, "security": "none",
                                                 "from_addr": "pw@bench.invalid", "to": ["ciso@bench.invalid"]})

        def tick(elapsed: float) -> None:
            if elapsed >= outage_s:
                smtp.stop_failing()

        seconds = drain(db, channel, retry_base=retry_base, deadline_s=300, on_tick=tick)
        received = Counter(str(m["X-Policywatch-Id"]) for m in smtp.messages)
        out = result("smtp rejects (451), then accepts", ids, received, seconds, db, outage_s=outage_s)
        db.close()
        return out


WORKER = """
import sys
from datetime import timedelta
sys.path.insert(0, sys.argv[3])
from monitor.alerts.channels import build_channel
from monitor.alerts.outbox import deliver_pending
from storage.database import open_database
db = open_database(sys.argv[1])
channels = {"out": build_channel("out", "webhook", {"url": sys.argv[2], "timeout_s": 5})}
while True:
    report = deliver_pending(db, channels, limit=100, max_attempts=100, retry_base=timedelta(milliseconds=200))
    if not (report.delivered or report.retrying):
        break
# a delivery claimed by the killed process is due again once its claim lease has passed
from monitor.alerts.outbox import CLAIM_LEASE
from storage.models import utcnow
deliver_pending(db, channels, limit=100, max_attempts=100, now=utcnow() + CLAIM_LEASE + timedelta(seconds=1))
"""


def kill_run(count: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        db, url, ids = fresh_db(Path(tmp), count)
        receiver = Receiver(delay_s=0.002)
        receiver.start()
        started = time.monotonic()
        worker = subprocess.Popen([sys.executable, "-c", WORKER, url, receiver.url, str(REPO_ROOT)])
        while len(receiver.received()) < count // 2 and worker.poll() is None:
            time.sleep(0.005)
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait()
        seen_at_kill = set(receiver.received())
        with db.read() as session:
            acked_at_kill = set(session.scalars(
                select(AlertDelivery.alert_id).where(AlertDelivery.status == "delivered")))
        restarted = subprocess.Popen([sys.executable, "-c", WORKER, url, receiver.url, str(REPO_ROOT)])
        restarted.wait(timeout=300)
        seconds = time.monotonic() - started
        received = receiver.received()
        duplicates = {i for i in ids if received[i] > 1}
        out = result(
            "SIGKILL mid-delivery, restart", ids, received, seconds, db,
            killed_after=len(seen_at_kill),
            unacked_at_kill=len(seen_at_kill - acked_at_kill),
            duplicates_explained=len(duplicates & (seen_at_kill - acked_at_kill)),
        )
        receiver.stop()
        db.close()
        return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--alerts", type=int, default=1000)
    parser.add_argument("--outage", type=float, default=3.0, help="seconds the receiver is down / refusing")
    parser.add_argument("--retry-base", type=float, default=0.5, help="outbox retry base, seconds")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    base = timedelta(seconds=args.retry_base)
    runs = [webhook_run(args.alerts, args.outage, base), smtp_run(args.alerts, args.outage, base), kill_run(args.alerts)]
    if args.json:
        print(json.dumps(runs, indent=2))
    else:
        for r in runs:
            extra = ""
            if "killed_after" in r:
                extra = (f", killed after {r['killed_after']} received, {r['unacked_at_kill']} accepted but not acked"
                         f" at the kill, {r['duplicates_explained']} of the duplicates explained by that")
            print(f"{r['run']}: {r['alerts']} alerts, delivered {r['delivered']}, lost {r['lost']}, "
                  f"duplicates {r['duplicates']}, acknowledged {r['acknowledged_in_db']}, "
                  f"drained in {r['drain_s']} s{extra}")
    bad = [r for r in runs if r["lost"] or r["acknowledged_in_db"] != r["alerts"]
           or r["duplicates"] > r.get("duplicates_explained", 0)]
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())

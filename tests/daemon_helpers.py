"""Running `policywatch daemon` as a real subprocess in tests, and reading its JSON log and database."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
POLICY = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Privacy</title></head><body>
<nav><a href="/">Home</a> <a href="/pricing">Pricing</a></nav>
<main><h1>Privacy Policy of {name}</h1><p>Last updated: 1 March 2026</p>
<h2>1. Controller</h2><p>{name} d.o.o., Ljubljana, Slovenia, is the controller of your personal data.</p>
<h2>5. Data retention</h2><p>We keep account data for {months} months after the account is closed.</p>
<ul><li>Backups are deleted after 30 days.</li><li>Invoices are kept for 10 years.</li></ul></main>
<footer>© 2026 {name}</footer></body></html>"""


def policy_html(name: str = "Acme", months: int = 3) -> bytes:
    return POLICY.format(name=name, months=months).encode()


def write_config(path: Path, db_path: Path, vendors: list[dict[str, Any]] | None, **extra: Any) -> Path:
    data: dict[str, Any] = {
        "database": f"sqlite:///{db_path}",
        "allow_private_addresses": True,
        "crawl": {"download_delay": "0s", "timeout": "10s", "retry_times": 0},
        "daemon": {"tick": "0.5s", "shutdown_timeout": "20s", "log_format": "json"},
        # a changed text becomes a version at once (confirmation by a second fetch has its own tests)
        "change_confirmation": {"fetches": 1, "delay": "0s"},
    }
    if vendors is not None:
        data["vendors"] = vendors
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}
        else:
            data[key] = value
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def wait_until(predicate: Callable[[], Any], timeout_s: float = 30.0, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout_s:g}s waiting for {what}")


class DaemonProcess:
    """`python -m monitor.cli_daemon --config FILE daemon` with its JSON log in a file."""

    def __init__(self, config_path: Path, log_path: Path) -> None:
        self.config_path = config_path
        self.log_path = log_path
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> DaemonProcess:
        self._log_file = open(self.log_path, "ab")  # noqa: SIM115 - closed in wait()
        env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "monitor.cli_daemon", "--config", str(self.config_path), "daemon"],
            cwd=REPO_ROOT, env=env, stdout=self._log_file, stderr=self._log_file,
        )
        return self

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def events(self) -> list[dict[str, Any]]:
        records = []
        for line in self.log_path.read_text(errors="replace").splitlines():
            line = line.strip()
            if line.startswith("{"):
                try:
                    records.append(json.loads(line))
                except ValueError:
                    pass
        return records

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_for_event(self, event: str, timeout_s: float = 30.0, **fields: Any) -> dict[str, Any]:
        def found() -> dict[str, Any] | None:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise AssertionError(f"the daemon exited with {self.proc.returncode}:\n{self.log_text()}")
            for record in self.events():
                if record.get("event") == event and all(record.get(k) == v for k, v in fields.items()):
                    return record
            return None

        try:
            return wait_until(found, timeout_s, f"log event {event} {fields}")
        except AssertionError as exc:
            raise AssertionError(f"{exc}\n--- daemon log ---\n{self.log_text()}") from None

    def signal(self, signum: int) -> None:
        assert self.proc is not None
        self.proc.send_signal(signum)

    def wait(self, timeout_s: float = 40.0) -> int:
        assert self.proc is not None
        try:
            return self.proc.wait(timeout_s)
        finally:
            self._log_file.close()

    def stop(self, timeout_s: float = 40.0) -> int:
        if self.proc is not None and self.proc.poll() is None:
            self.signal(signal.SIGTERM)
        return self.wait(timeout_s)

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        self._log_file.close()

    def __enter__(self) -> DaemonProcess:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        if not self._log_file.closed:
            self._log_file.close()


def query(db_path: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    """A short read on a separate connection (the test's own, not the daemon's)."""
    try:
        with sqlite3.connect(db_path, timeout=30) as conn:
            return conn.execute(sql, args).fetchall()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):  # the daemon has not created the schema yet
            return []
        raise


def scalar(db_path: Path, sql: str, *args: Any) -> Any:
    rows = query(db_path, sql, *args)
    return rows[0][0] if rows else None


def run_cli(config_path: Path, *args: str, timeout_s: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "monitor.cli_daemon", "--config", str(config_path), *args],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=timeout_s,
    )

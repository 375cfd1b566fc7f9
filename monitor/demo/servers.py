"""Local servers for the demo (and the tests): fixture vendor sites, a webhook receiver, an SMTP catcher.

All bind to 127.0.0.1 on a free port and run in background threads.
"""

from __future__ import annotations

import hashlib
import socket
import threading
import time
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago (aiosmtpd's Controller cannot bind port 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    last_modified: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0  # wait before answering (timeouts in tests)


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256  # http.server's default backlog of 5 drops connections under a crawl


class _BackgroundHttp:
    """An HTTP server on 127.0.0.1 in a background thread."""

    handler: type[BaseHTTPRequestHandler]

    def __init__(self) -> None:
        self._server = _QuietServer(("127.0.0.1", 0), self.handler)
        self._server.owner = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Any:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> Any:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()


class _SiteHandler(BaseHTTPRequestHandler):
    server_version = "fixture-site/1.0"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        site: FixtureSite = self.server.owner  # type: ignore[attr-defined]
        page = site.page(self.path.split("?", 1)[0])
        site.requests.append(self.path)
        if page is None:
            self._send(404, b"<html><body><h1>Not found</h1></body></html>", "text/html; charset=utf-8", {})
            return
        if page.delay_s:
            time.sleep(page.delay_s)
        etag = '"' + hashlib.sha256(page.body).hexdigest()[:16] + '"'
        headers = {"ETag": etag, **page.headers}
        if page.last_modified:
            headers["Last-Modified"] = formatdate(page.last_modified, usegmt=True)
        if page.status == 200 and self.headers.get("If-None-Match") == etag:
            self._send(304, b"", None, headers)
            return
        self._send(page.status, page.body, page.content_type, headers)

    def _send(self, status: int, body: bytes, content_type: str | None, headers: dict[str, str]) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)


class FixtureSite(_BackgroundHttp):
    """Serves pages set by path; pages can be replaced while it runs. Answers conditional GETs."""

    handler = _SiteHandler

    def __init__(self, pages: dict[str, Page] | None = None, robots_txt: str = "User-agent: *\nAllow: /\n") -> None:
        super().__init__()
        self._pages: dict[str, Page] = dict(pages or {})
        self._lock = threading.Lock()
        self.requests: list[str] = []
        self.set_page("/robots.txt", Page(robots_txt.encode(), "text/plain; charset=utf-8"))

    def set_page(self, path: str, page: Page) -> None:
        with self._lock:
            self._pages[path] = page

    def page(self, path: str) -> Page | None:
        with self._lock:
            return self._pages.get(path)

    def url(self, path: str) -> str:
        return self.base_url + path


@dataclass
class ReceivedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class _ReceiverHandler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    def do_POST(self) -> None:  # noqa: N802
        receiver: WebhookReceiver = self.server.owner  # type: ignore[attr-defined]
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(min(length, 10 * 1024 * 1024))
        receiver.received.append(ReceivedRequest("POST", self.path, {k: v for k, v in self.headers.items()}, body))
        self.send_response(receiver.status)
        self.send_header("Content-Length", "0")
        self.end_headers()


class WebhookReceiver(_BackgroundHttp):
    """Records every POST and answers ``status`` (204 by default)."""

    handler = _ReceiverHandler

    def __init__(self, status: int = 204) -> None:
        super().__init__()
        self.status = status
        self.received: list[ReceivedRequest] = []


class _CollectingHandler:
    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's naming
        message = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append(message)  # type: ignore[arg-type]
        return "250 Message accepted for delivery"


class SmtpCatcher:
    """A real SMTP server (aiosmtpd) on 127.0.0.1 that keeps every message it accepts."""

    def __init__(self) -> None:
        self._handler = _CollectingHandler()
        self.port = free_port()
        self._controller = Controller(self._handler, hostname="127.0.0.1", port=self.port)

    @property
    def messages(self) -> list[EmailMessage]:
        return self._handler.messages

    def start(self) -> SmtpCatcher:
        self._controller.start()
        return self

    def stop(self) -> None:
        self._controller.stop()

    def __enter__(self) -> SmtpCatcher:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

"""Real local servers for tests: an HTTP receiver and an SMTP server, both on 127.0.0.1 and a free port.

Use them as context managers::

    with LocalReceiver(status=429, headers={"Retry-After": "7"}) as receiver:
        ... post to receiver.url_for("/hook") ...
        [request] = receiver.requests

    with LocalSmtpServer(reject_recipients={"nobody@example.org"}) as smtp:
        ... send to smtp.host:smtp.port ...
        [mail] = smtp.received

or as pytest fixtures: ``from tests.servers import local_receiver, local_smtp_server, tls_files``
in a test module (or list ``"tests.servers"`` in the root conftest's ``pytest_plugins``).

``make_tls_files`` writes a throwaway CA and a server certificate for 127.0.0.1/localhost; point
``SSL_CERT_FILE`` at ``TlsFiles.ca_file`` to make ``ssl.create_default_context()`` trust it.
"""

from __future__ import annotations

import email
import http.client
import json
import ssl
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from monitor.demo.servers import free_port  # noqa: F401 - re-exported for the tests

LOOPBACK = "127.0.0.1"


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens, so connecting is refused."""
    return free_port()


# --- HTTP receiver -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the receiver saw it; ``headers`` look-ups are case-insensitive."""

    method: str
    path: str
    headers: http.client.HTTPMessage
    body: bytes

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)


@dataclass(frozen=True)
class ReceiverResponse:
    """What the receiver answers: status, headers and body, after waiting ``delay_s``."""

    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    delay_s: float = 0.0


class _QuietHTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that give up (timeouts, refused certificates) are part of the tests, not errors.
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)


class LocalReceiver:
    """An HTTP(S) server on 127.0.0.1 that records every request and answers as configured.

    The answer is the next queued ``ReceiverResponse`` if any (see ``queue``), else the default set
    by the constructor or ``respond``. A delayed answer is cut short when the receiver closes.
    """

    def __init__(
        self,
        status: int = 200,
        headers: Mapping[str, str] | None = None,
        body: bytes = b"",
        delay_s: float = 0.0,
        *,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self._default = ReceiverResponse(status, dict(headers or {}), body, delay_s)
        self._queued: deque[ReceiverResponse] = deque()
        self._requests: list[RecordedRequest] = []
        self._arrived = threading.Condition()
        self._closing = threading.Event()
        self._ssl_context = ssl_context
        self._server: _QuietHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # configuration --------------------------------------------------------------------------

    def respond(
        self, status: int = 200, headers: Mapping[str, str] | None = None, body: bytes = b"", delay_s: float = 0.0
    ) -> None:
        """Set the default answer from now on."""
        with self._arrived:
            self._default = ReceiverResponse(status, dict(headers or {}), body, delay_s)

    def queue(self, *responses: ReceiverResponse) -> None:
        """Answer the next requests with ``responses``, in order, before falling back to the default."""
        with self._arrived:
            self._queued.extend(responses)

    # results --------------------------------------------------------------------------------

    @property
    def port(self) -> int:
        assert self._server is not None, "the receiver is not running"
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        """The base URL, e.g. ``http://127.0.0.1:54321``."""
        scheme = "https" if self._ssl_context else "http"
        return f"{scheme}://{LOOPBACK}:{self.port}"

    def url_for(self, path: str = "/") -> str:
        """The URL of ``path`` on this receiver."""
        return self.url + (path if path.startswith("/") else "/" + path)

    @property
    def requests(self) -> list[RecordedRequest]:
        """The requests received so far, oldest first."""
        with self._arrived:
            return list(self._requests)

    def wait_for_requests(self, count: int = 1, timeout_s: float = 10.0) -> list[RecordedRequest]:
        """Block until ``count`` requests arrived (for senders running in another thread)."""
        with self._arrived:
            if not self._arrived.wait_for(lambda: len(self._requests) >= count, timeout_s):
                raise AssertionError(f"expected {count} request(s), got {len(self._requests)}")
            return list(self._requests)

    # lifecycle ------------------------------------------------------------------------------

    def start(self) -> LocalReceiver:
        """Start serving in a background thread."""
        self._closing.clear()
        self._server = _QuietHTTPServer((LOOPBACK, 0), self._handler_class())
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="LocalReceiver", daemon=True
        )
        self._thread.start()
        return self

    def close(self) -> None:
        """Stop serving; waiting (delayed) answers are released first."""
        self._closing.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join()

    def __enter__(self) -> LocalReceiver:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _record(self, request: RecordedRequest) -> ReceiverResponse:
        with self._arrived:
            self._requests.append(request)
            self._arrived.notify_all()
            return self._queued.popleft() if self._queued else self._default

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            timeout = 10  # a client that stalls mid-request cannot keep the receiver from closing

            def setup(self) -> None:
                if receiver._ssl_context is not None:
                    self.request = receiver._ssl_context.wrap_socket(self.request, server_side=True)
                super().setup()

            def finish(self) -> None:
                try:
                    super().finish()
                finally:
                    if receiver._ssl_context is not None:
                        # The server closes the plain socket, which wrapping detached; close the TLS one.
                        self.request.close()

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _read_body(self) -> bytes:
                if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
                    chunks = []
                    while True:
                        size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                        if size == 0:
                            while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                                pass  # trailers
                            return b"".join(chunks)
                        chunks.append(self.rfile.read(size))
                        self.rfile.readline()
                return self.rfile.read(int(self.headers.get("Content-Length") or 0))

            def _answer(self) -> None:
                request = RecordedRequest(self.command, self.path, self.headers, self._read_body())
                response = receiver._record(request)
                if response.delay_s:
                    receiver._closing.wait(response.delay_s)
                self.close_connection = True
                try:
                    self.send_response(response.status)
                    for name, value in response.headers.items():
                        self.send_header(name, value)
                    if not any(name.lower() == "content-length" for name in response.headers):
                        self.send_header("Content-Length", str(len(response.body)))
                    self.send_header("Connection", "close")
                    self.end_headers()
                    if self.command != "HEAD":
                        self.wfile.write(response.body)
                except OSError:
                    pass  # the client gave up waiting

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _answer

        return Handler


# --- SMTP server -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceivedMail:
    """One accepted SMTP transaction."""

    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage
    raw: bytes


SMTP_STAGES = ("mail", "rcpt", "data")


class LocalSmtpServer:
    """An aiosmtpd server on 127.0.0.1 collecting messages, able to refuse recipients or fail temporarily.

    - ``reject_recipients``: addresses answered with ``reject_reply`` (default a permanent 550);
    - ``fail_temporarily(reply, at=stage, times=n)``: answer ``reply`` (e.g. ``421 ...``/``451 ...``)
      at MAIL, RCPT or DATA, for the next ``n`` transactions or until ``stop_failing()``;
    - ``tls_context``: offer STARTTLS with this server context (``implicit_tls=True``: TLS from the
      first byte, as on port 465); ``credentials``: accept AUTH with these login → password pairs.

    All of these are plain attributes too and may be changed while the server runs.
    """

    def __init__(
        self,
        *,
        reject_recipients: Iterable[str] = (),
        reject_reply: str = "550 5.1.1 Recipient address rejected",
        tls_context: ssl.SSLContext | None = None,
        implicit_tls: bool = False,
        require_starttls: bool = False,
        credentials: Mapping[str, str] | None = None,
    ) -> None:
        self.host = LOOPBACK
        self.port = 0
        self.reject_recipients: set[str] = set(reject_recipients)
        self.reject_reply = reject_reply
        self.temporary_reply: str | None = None
        self.temporary_stage = "rcpt"
        self.temporary_times: int | None = None
        self.credentials = dict(credentials or {})
        self.authenticated: list[str] = []
        self._tls_context = tls_context
        self._implicit_tls = implicit_tls
        self._require_starttls = require_starttls
        self._received: list[ReceivedMail] = []
        self._lock = threading.Lock()
        self._controller: Any = None

    def fail_temporarily(self, reply: str = "451 4.3.0 Try again later", *, at: str = "rcpt", times: int | None = None) -> None:
        """Answer ``reply`` at stage ``at`` (mail | rcpt | data), ``times`` times or until ``stop_failing``."""
        if at not in SMTP_STAGES:
            raise ValueError(f"at must be one of {SMTP_STAGES}")
        with self._lock:
            self.temporary_reply, self.temporary_stage, self.temporary_times = reply, at, times

    def stop_failing(self) -> None:
        """Accept normally again."""
        with self._lock:
            self.temporary_reply = None

    @property
    def received(self) -> list[ReceivedMail]:
        """The accepted transactions, oldest first."""
        with self._lock:
            return list(self._received)

    @property
    def messages(self) -> list[EmailMessage]:
        """The accepted messages, parsed, oldest first."""
        return [mail.message for mail in self.received]

    def _temporary_failure(self, stage: str) -> str | None:
        with self._lock:
            if self.temporary_reply is None or self.temporary_stage != stage:
                return None
            reply = self.temporary_reply
            if self.temporary_times is not None:
                self.temporary_times -= 1
                if self.temporary_times <= 0:
                    self.temporary_reply = None
            return reply

    def start(self) -> LocalSmtpServer:
        """Start the server in aiosmtpd's background thread."""
        from aiosmtpd.controller import Controller

        options: dict[str, Any] = {}
        if self._tls_context is not None and self._implicit_tls:
            options["ssl_context"] = self._tls_context
        elif self._tls_context is not None:
            options.update(tls_context=self._tls_context, require_starttls=self._require_starttls)
        if self.credentials:
            options.update(authenticator=self._authenticate, auth_require_tls=not self._implicit_tls)
        last_error: OSError | None = None
        for _ in range(5):  # the free port may be taken between probing and binding
            port = free_port()
            controller = Controller(_SmtpHandler(self), hostname=LOOPBACK, port=port, **options)
            try:
                controller.start()
            except OSError as exc:
                last_error = exc
                continue
            self._controller, self.port = controller, port
            return self
        raise RuntimeError(f"could not start the SMTP server: {last_error}")

    def close(self) -> None:
        """Stop the server."""
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def __enter__(self) -> LocalSmtpServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> Any:
        from aiosmtpd.smtp import AuthResult, LoginPassword

        if isinstance(auth_data, LoginPassword):
            login = auth_data.login.decode("utf-8", "replace")
            if login in self.credentials and self.credentials[login] == auth_data.password.decode("utf-8", "replace"):
                with self._lock:
                    self.authenticated.append(login)
                return AuthResult(success=True)
        return AuthResult(success=False, handled=False)

    def _accept(self, mail_from: str, rcpt_tos: list[str], raw: bytes) -> None:
        message = email.message_from_bytes(raw, policy=policy.default)
        assert isinstance(message, EmailMessage)
        with self._lock:
            self._received.append(ReceivedMail(mail_from, list(rcpt_tos), message, raw))


class _SmtpHandler:
    """aiosmtpd handler hooks delegating to the LocalSmtpServer's settings."""

    def __init__(self, server: LocalSmtpServer) -> None:
        self.server = server

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str, mail_options: list[str]) -> str:
        failure = self.server._temporary_failure("mail")
        if failure:
            return failure
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]) -> str:
        failure = self.server._temporary_failure("rcpt")
        if failure:
            return failure
        if address in self.server.reject_recipients:
            return self.server.reject_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        failure = self.server._temporary_failure("data")
        if failure:
            return failure
        raw = envelope.original_content or envelope.content
        self.server._accept(envelope.mail_from, envelope.rcpt_tos, raw if isinstance(raw, bytes) else raw.encode())
        return "250 Message accepted for delivery"


# --- TLS material ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TlsFiles:
    """A throwaway CA and a server certificate (for 127.0.0.1 and localhost) signed by it, as PEM files."""

    ca_file: Path
    cert_file: Path
    key_file: Path

    def server_context(self) -> ssl.SSLContext:
        """A server-side context presenting the certificate."""
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert_file, self.key_file)
        return context


def make_tls_files(directory: Path, common_name: str = "policywatch test") -> TlsFiles:
    """Write a CA and a 127.0.0.1/localhost server certificate under ``directory`` (needs ``cryptography``)."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = datetime.now(timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"{common_name} CA")])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True, content_commitment=False, key_encipherment=False, data_encipherment=False,
                key_agreement=False, key_cert_sign=True, crl_sign=True, encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    server_key = ec.generate_private_key(ec.SECP256R1())
    server_cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address(LOOPBACK))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(server_key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    directory.mkdir(parents=True, exist_ok=True)
    files = TlsFiles(directory / "ca.pem", directory / "server.pem", directory / "server.key")
    files.ca_file.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    files.cert_file.write_bytes(server_cert.public_bytes(serialization.Encoding.PEM))
    files.key_file.write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return files


# --- pytest fixtures ---------------------------------------------------------------------------


@pytest.fixture
def local_receiver() -> Iterator[LocalReceiver]:
    """A running LocalReceiver answering 200; reconfigure it with ``respond``/``queue``."""
    with LocalReceiver() as receiver:
        yield receiver


@pytest.fixture
def local_smtp_server() -> Iterator[LocalSmtpServer]:
    """A running plain LocalSmtpServer accepting everything."""
    with LocalSmtpServer() as server:
        yield server


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    """One throwaway CA + server certificate for the session (skipped without ``cryptography``)."""
    pytest.importorskip("cryptography")
    return make_tls_files(tmp_path_factory.mktemp("tls"))

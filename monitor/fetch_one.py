"""Fetching a single page outside a crawl (for `policywatch extract URL`)."""

from __future__ import annotations

import http.client
import socket
import ssl
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from config.loader import LoadedConfig
from config.ota import read_declaration
from crawler.addresses import is_internal_address


class FetchOneError(Exception):
    """The page could not be fetched; the message says why."""


def declaration_selectors(path: Path) -> tuple[list[Any], list[Any]]:
    """The select/remove selectors of the privacy policy (or first document) of an OTA declaration."""
    documents = read_declaration(path)
    if not documents:
        raise ValueError("the declaration has no documents")
    chosen = next((d for d in documents if d.doc_type == "privacy_policy"), documents[0])
    return chosen.select, chosen.remove


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only to an http(s) URL; its host is checked when its connection is made."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urlsplit(newurl).scheme not in ("http", "https"):
            raise FetchOneError(f"refused a redirect to {newurl}: only http and https are followed")
        if not self.allow_private:
            _checked_addresses(urlsplit(newurl).hostname or "", 0, allow_private=False)  # refused before the request
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _checked_addresses(host: str, port: int, *, allow_private: bool) -> list[Any]:
    """``host``'s addresses (getaddrinfo tuples); FetchOneError if it cannot be resolved or, unless
    allowed, if any of them is internal."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise FetchOneError(f"cannot resolve {host}: {exc}") from None
    if not allow_private:
        internal = sorted({info[4][0] for info in infos if is_internal_address(info[4][0])})
        if internal:
            raise FetchOneError(f"{host} resolves to internal address {internal[0]} (set allow_private_addresses: true)")
    return infos


def _connect_checked(host: str, port: int, timeout: Any, *, allow_private: bool) -> socket.socket:
    """A socket connected to one of the addresses that were checked: the name is resolved once, so an
    answer that changes between the check and the connection (DNS rebinding) cannot reach an internal
    address."""
    last: OSError | None = None
    for family, kind, proto, _name, address in _checked_addresses(host, port, allow_private=allow_private):
        sock = socket.socket(family, kind, proto)
        try:
            if timeout is not socket._GLOBAL_DEFAULT_TIMEOUT:  # type: ignore[attr-defined]
                sock.settimeout(timeout)
            sock.connect(address)
            return sock
        except OSError as exc:
            sock.close()
            last = exc
    raise last or OSError(f"no address to connect to for {host}")


class _GuardedHTTPConnection(http.client.HTTPConnection):
    allow_private = False

    def connect(self) -> None:
        self.sock = _connect_checked(self.host, self.port, self.timeout, allow_private=self.allow_private)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class _GuardedHTTPSConnection(http.client.HTTPSConnection):
    allow_private = False

    def connect(self) -> None:
        sock = _connect_checked(self.host, self.port, self.timeout, allow_private=self.allow_private)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


def _guarded_handlers(allow_private: bool) -> list[urllib.request.BaseHandler]:
    """HTTP and HTTPS handlers whose connections resolve, check and connect in one step. Through a
    proxy (environment variables), the proxy connects: it is the user's, and may be internal."""
    plain = type("_HTTP", (_GuardedHTTPConnection,), {"allow_private": allow_private})
    tls = type("_HTTPS", (_GuardedHTTPSConnection,), {"allow_private": allow_private})
    context = ssl.create_default_context()

    class HTTPHandler(urllib.request.HTTPHandler):
        def http_open(self, req):  # type: ignore[no-untyped-def]
            return self.do_open(http.client.HTTPConnection if req.has_proxy() else plain, req)

    class HTTPSHandler(urllib.request.HTTPSHandler):
        def https_open(self, req):  # type: ignore[no-untyped-def]
            connection = http.client.HTTPSConnection if req._tunnel_host else tls
            return self.do_open(connection, req, context=context)

    return [HTTPHandler(), HTTPSHandler(context=context)]


def fetch_one(url: str, config: LoadedConfig) -> tuple[bytes, str | None, str | None]:
    """GET ``url`` with TLS verification on and the configured limits; returns (body, charset, content type)."""
    settings = config.settings
    request = urllib.request.Request(url, headers={"User-Agent": settings.crawl.user_agent})
    limit = settings.crawl.max_page_bytes
    opener = urllib.request.build_opener(
        _CheckedRedirects(settings.allow_private_addresses), *_guarded_handlers(settings.allow_private_addresses)
    )
    try:
        with opener.open(request, timeout=settings.crawl.timeout.total_seconds()) as response:
            body = response.read(limit + 1)
            charset = response.headers.get_content_charset()
            content_type = response.headers.get("Content-Type")
    except FetchOneError:
        raise
    except urllib.error.HTTPError as exc:
        raise FetchOneError(f"HTTP {exc.code} from {url}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, FetchOneError):
            raise reason from None
        raise FetchOneError(f"cannot fetch {url}: {reason}") from None
    if len(body) > limit:
        raise FetchOneError(f"{url} is larger than max_page_bytes ({limit})")
    return body, charset, content_type

"""Fetching a single page outside a crawl (for `policywatch extract URL`)."""

from __future__ import annotations

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
    """Follow a redirect only to an http(s) URL whose host passes the same address check."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if urlsplit(newurl).scheme not in ("http", "https"):
            raise FetchOneError(f"refused a redirect to {newurl}: only http and https are followed")
        if not self.allow_private:
            _refuse_internal(urlsplit(newurl).hostname or "")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _refuse_internal(host: str) -> None:
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)}
    except OSError as exc:
        raise FetchOneError(f"cannot resolve {host}: {exc}") from None
    internal = sorted(a for a in addresses if is_internal_address(a))
    if internal:
        raise FetchOneError(f"{host} resolves to internal address {internal[0]} (set allow_private_addresses: true)")


def fetch_one(url: str, config: LoadedConfig) -> tuple[bytes, str | None, str | None]:
    """GET ``url`` with TLS verification on and the configured limits; returns (body, charset, content type)."""
    settings = config.settings
    if not settings.allow_private_addresses:
        _refuse_internal(urlsplit(url).hostname or "")
    request = urllib.request.Request(url, headers={"User-Agent": settings.crawl.user_agent})
    limit = settings.crawl.max_page_bytes
    opener = urllib.request.build_opener(
        _CheckedRedirects(settings.allow_private_addresses),
        urllib.request.HTTPSHandler(context=ssl.create_default_context()),
    )
    try:
        with opener.open(request, timeout=settings.crawl.timeout.total_seconds()) as response:
            body = response.read(limit + 1)
            charset = response.headers.get_content_charset()
            content_type = response.headers.get("Content-Type")
    except urllib.error.HTTPError as exc:
        raise FetchOneError(f"HTTP {exc.code} from {url}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise FetchOneError(f"cannot fetch {url}: {getattr(exc, 'reason', exc)}") from None
    if len(body) > limit:
        raise FetchOneError(f"{url} is larger than max_page_bytes ({limit})")
    return body, charset, content_type

"""The webhook channel: POST the v1 JSON body, optionally HMAC-signed, and map the answer to accepted/retry/fail.

How an answer maps to the outbox's decision:

- 2xx: accepted;
- 408, 429, 5xx, timeouts, refused/reset connections, TLS failures: ``DeliveryError(retryable=True)``,
  with ``retry_after_s`` from a ``Retry-After`` header (seconds or HTTP date) when the receiver sent one;
- 3xx: ``DeliveryError(retryable=False)`` naming the Location (redirects are never followed);
- any other 4xx: ``DeliveryError(retryable=False)``.

TLS always uses ``ssl.create_default_context()``: certificate and hostname verification cannot be turned off.
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import json
import os
import re
import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from datetime import datetime, timezone
from email.message import Message
from email.utils import parsedate_to_datetime
from importlib import metadata
from urllib.parse import urlsplit

from monitor.alerts.channels import DeliveryError
from monitor.alerts.message import AlertMessage, webhook_payload

SIGNATURE_PREFIX = "sha256="
# Set by the channel on every request; extra headers from the config may not replace them.
PROTOCOL_HEADERS = frozenset(
    {"content-type", "content-length", "user-agent", "x-policywatch-id", "x-policywatch-timestamp",
     "x-policywatch-signature", "host"}
)
RETRYABLE_CLIENT_STATUSES = frozenset({408, 429})
_ERROR_BODY_CHARS = 200


def _policywatch_version() -> str:
    try:
        return metadata.version("policywatch")
    except metadata.PackageNotFoundError:  # running from a source checkout that is not installed
        return "0+unknown"


USER_AGENT = f"policywatch/{_policywatch_version()}"


def encode_body(payload: Mapping[str, object]) -> bytes:
    """The exact bytes that are POSTed (and signed): compact UTF-8 JSON."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()


def signature_header(secret: str, timestamp: str, body: bytes) -> str:
    """``sha256=<hex HMAC-SHA256 of "timestamp." + body>``, the value of ``X-Policywatch-Signature``."""
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return SIGNATURE_PREFIX + digest


def verify_signature(
    secret: str, timestamp: str, body: bytes, header: str, *, max_age_s: float | None = None
) -> bool:
    """Whether ``header`` is the signature of ``body`` sent at ``timestamp`` (constant-time compare).

    With ``max_age_s``, a timestamp further than that from now (either way) is refused too, which
    stops an old signed request from being replayed.
    """
    if not header.startswith(SIGNATURE_PREFIX):
        return False
    if max_age_s is not None:
        try:
            if abs(time.time() - int(timestamp)) > max_age_s:
                return False
        except ValueError:
            return False
    expected = signature_header(secret, timestamp, body).encode()
    return hmac.compare_digest(expected, header.strip().lower().encode("utf-8", "replace"))


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delay-seconds or HTTP date); None when absent or invalid."""
    if value is None:
        return None
    value = value.strip()
    if re.fullmatch(r"\d+", value):
        return float(int(value))
    try:
        retry_at = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if retry_at.tzinfo is None:  # HTTP dates are GMT
        retry_at = retry_at.replace(tzinfo=timezone.utc)
    return max(0.0, (retry_at - (now or datetime.now(timezone.utc))).total_seconds())


class _RefuseRedirects(urllib.request.HTTPRedirectHandler):
    """Turns every 3xx into an HTTPError: a signed alert must not be re-sent somewhere else."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        return None


class WebhookChannel:
    """POSTs each alert as JSON to ``url``.

    Options: ``url`` (http or https), ``secret_env`` (environment variable holding the HMAC secret,
    read at send time; optional), ``timeout_s`` (default 10; applies to connecting and to each read),
    ``headers`` (extra request headers, e.g. an Authorization token).
    """

    def __init__(
        self,
        name: str,
        *,
        url: str,
        secret_env: str | None = None,
        timeout_s: float = 10,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        parts = urlsplit(url) if isinstance(url, str) else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"url must be an http:// or https:// URL, got {url!r}")
        if isinstance(timeout_s, bool) or not isinstance(timeout_s, (int, float)) or timeout_s <= 0:
            raise ValueError(f"timeout_s must be a positive number, got {timeout_s!r}")
        extra_headers = dict(headers or {})
        for header, value in extra_headers.items():
            if not isinstance(header, str) or not isinstance(value, str):
                raise ValueError(f"headers must map strings to strings, got {header!r}: {value!r}")
            if header.lower() in PROTOCOL_HEADERS:
                raise ValueError(f"header {header!r} is set by policywatch and cannot be configured")
            if not re.fullmatch(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+", header) or re.search(r"[\r\n\x00]", value):
                raise ValueError(f"invalid header {header!r}: {value!r}")

        self.name = name
        self.url = url
        self.secret_env = secret_env
        self.timeout_s = float(timeout_s)
        self.headers = extra_headers

    def __repr__(self) -> str:
        return f"WebhookChannel({self.name!r}, {self.url!r}, signed={bool(self.secret_env)})"

    def build_request(self, msg: AlertMessage, *, timestamp: int | None = None) -> urllib.request.Request:
        """The signed POST request for ``msg`` (the secret is read from the environment now)."""
        try:
            body = encode_body(webhook_payload(msg))
        except (TypeError, ValueError) as exc:
            raise DeliveryError(f"alert {msg.id} cannot be encoded as JSON: {exc}", retryable=False) from exc
        stamp = str(int(time.time()) if timestamp is None else timestamp)
        request_headers = {
            **self.headers,
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            "X-Policywatch-Id": msg.id,
            "X-Policywatch-Timestamp": stamp,
        }
        if self.secret_env:
            secret = os.environ.get(self.secret_env)
            if not secret:
                raise DeliveryError(
                    f"webhook secret: environment variable {self.secret_env} is not set", retryable=False
                )
            request_headers["X-Policywatch-Signature"] = signature_header(secret, stamp, body)
        return urllib.request.Request(self.url, data=body, headers=request_headers, method="POST")

    def send(self, msg: AlertMessage) -> None:
        """POST ``msg``; return on a 2xx answer, else raise ``DeliveryError`` (mapping in the module docstring)."""
        request = self.build_request(msg)
        handlers: list[urllib.request.BaseHandler] = [_RefuseRedirects()]
        if request.full_url.startswith("https:"):
            # A fresh default context per https send: verification is always on and follows the current
            # CA store. (Building one costs ~20 ms, so plain-http receivers don't pay for it.)
            handlers.append(urllib.request.HTTPSHandler(context=ssl.create_default_context()))
        opener = urllib.request.build_opener(*handlers)
        try:
            with opener.open(request, timeout=self.timeout_s) as response:
                status = response.status
        except urllib.error.HTTPError as exc:
            try:
                error = self._status_error(exc.code, exc.headers, exc)
            finally:
                exc.close()
            raise error from exc
        except urllib.error.URLError as exc:
            raise self._network_error(exc.reason) from exc
        except (OSError, http.client.HTTPException) as exc:  # raised while reading the answer
            raise self._network_error(exc) from exc
        if not 200 <= status <= 299:  # 1xx/other codes urllib did not turn into HTTPError
            raise DeliveryError(f"webhook {self.url} answered HTTP {status}", retryable=status >= 500)

    def _status_error(
        self, status: int, headers: Message, response: urllib.error.HTTPError
    ) -> DeliveryError:
        where = f"webhook {self.url} answered HTTP {status}"
        if 300 <= status <= 399:
            location = headers.get("Location") or "(no Location header)"
            return DeliveryError(f"{where}, a redirect to {location}; redirects are not followed", retryable=False)
        retryable = status >= 500 or status in RETRYABLE_CLIENT_STATUSES
        retry_after_s = parse_retry_after(headers.get("Retry-After")) if retryable else None
        message = where
        excerpt = _body_excerpt(response)
        if excerpt:
            message += f": {excerpt}"
        return DeliveryError(message, retryable=retryable, retry_after_s=retry_after_s)

    def _network_error(self, reason: object) -> DeliveryError:
        if isinstance(reason, TimeoutError):
            return DeliveryError(f"webhook {self.url} timed out after {self.timeout_s:g}s", retryable=True)
        if isinstance(reason, ssl.SSLCertVerificationError):
            # Retryable: an expired certificate is usually renewed; the outbox caps the attempts.
            return DeliveryError(
                f"webhook {self.url}: TLS certificate verification failed: {reason.verify_message or reason}",
                retryable=True,
            )
        return DeliveryError(f"webhook {self.url} unreachable: {reason}", retryable=True)


def _body_excerpt(response: urllib.error.HTTPError) -> str:
    """The start of an error answer's body, on one line, to make the stored error useful."""
    try:
        raw = response.read(_ERROR_BODY_CHARS * 4)
    except (OSError, http.client.HTTPException):
        return ""
    text = " ".join(raw.decode("utf-8", "replace").split())
    return text[:_ERROR_BODY_CHARS] + ("…" if len(text) > _ERROR_BODY_CHARS else "")

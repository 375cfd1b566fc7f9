"""The ``apprise`` channel: Slack, Microsoft Teams, Matrix, ntfy, Discord, … through Apprise URLs.

Optional: needs the ``apprise`` package (``pip install 'apprise>=1.9,<3'``). Without it, configuring
a channel of type ``apprise`` is a configuration error that says how to install it.

Options:

- ``urls``: one Apprise URL or a list (e.g. ``ntfy://ntfy.example.org/policywatch``), for URLs that
  carry no secret; and/or
- ``urls_env``: the name of an environment variable holding URLs (separated by spaces or commas), for
  URLs that embed a token (``slack://T000/B000/XXXX``, ``msteams://...``), read at send time;
- ``timeout_s`` (default 15): applies to each notification.

One URL per channel is best: a channel is delivered (or retried) as a whole, so when one of several
URLs fails, the retry also re-sends to the others. Every message carries the alert id (title prefix
``[policywatch]`` and the ``Alert id`` line), the idempotency key receivers can deduplicate on.

TLS verification stays on: URLs that turn it off (``verify=no``) are refused. Apprise reports only
success or failure, so every failure is retryable; the outbox caps the attempts and dead-letters.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from monitor.alerts.channels import DeliveryError
from monitor.alerts.message import AlertMessage, email_bodies, email_subject

INSTALL_HINT = "the apprise channel needs the apprise package: pip install 'apprise>=1.9,<3'"
_VERIFY_OFF = re.compile(r"[?&]verify=(no|false|0|off)\b", re.IGNORECASE)
_MAX_ERROR_CHARS = 500


def _import_apprise():  # type: ignore[no-untyped-def]
    try:
        import apprise
    except ImportError as exc:
        raise ValueError(INSTALL_HINT) from exc
    return apprise


def _split_urls(value: str) -> list[str]:
    return [part for part in re.split(r"[\s,]+", value) if part]


class AppriseChannel:
    """Sends each alert as one Apprise notification (title = the email subject, body = the text body)."""

    def __init__(
        self,
        name: str,
        *,
        urls: Sequence[str] | str | None = None,
        urls_env: str | None = None,
        timeout_s: float = 15,
    ) -> None:
        apprise = _import_apprise()
        listed = [urls] if isinstance(urls, str) else list(urls or [])
        if not listed and not urls_env:
            raise ValueError("give urls (a list of Apprise URLs) and/or urls_env (a variable holding them)")
        if isinstance(timeout_s, bool) or not isinstance(timeout_s, (int, float)) or timeout_s <= 0:
            raise ValueError(f"timeout_s must be a positive number, got {timeout_s!r}")
        for url in listed:
            self._check_url(apprise, url)
        self.name = name
        self.urls = listed
        self.urls_env = urls_env
        self.timeout_s = float(timeout_s)

    def __repr__(self) -> str:
        schemes = sorted({url.split("://", 1)[0] for url in self.urls})
        return f"AppriseChannel({self.name!r}, schemes={schemes}, urls_env={self.urls_env!r})"

    @staticmethod
    def _check_url(apprise, url: object) -> None:  # type: ignore[no-untyped-def]
        if not isinstance(url, str) or "://" not in url:
            raise ValueError(f"not an Apprise URL: {url!r}")
        if _VERIFY_OFF.search(url):
            raise ValueError("TLS verification cannot be turned off (remove verify=no from the URL)")
        plugin = apprise.Apprise.instantiate(url)
        if plugin is None:
            # never echo the URL itself: it may embed a token
            raise ValueError(f"Apprise does not understand the URL of scheme {url.split('://', 1)[0]!r}")
        # Apprise reads many spellings of "false" (n, never, disabled, ...): ask the plugin, not a regex
        if getattr(plugin, "verify_certificate", True) is False:
            raise ValueError("TLS verification cannot be turned off (remove the verify option from the URL)")

    def _all_urls(self, apprise) -> list[str]:  # type: ignore[no-untyped-def]
        urls = list(self.urls)
        if self.urls_env:
            value = os.environ.get(self.urls_env)
            if not value:
                raise DeliveryError(f"apprise URLs: environment variable {self.urls_env} is not set", retryable=False)
            for url in _split_urls(value):
                try:
                    self._check_url(apprise, url)
                except ValueError as exc:
                    raise DeliveryError(f"apprise URL in {self.urls_env}: {exc}", retryable=False) from exc
                urls.append(url)
        return urls

    def send(self, msg: AlertMessage) -> None:
        """Notify every URL; return when all accepted, else raise ``DeliveryError`` (retryable)."""
        import logging

        apprise = _import_apprise()
        notifier = apprise.Apprise()
        for url in self._all_urls(apprise):
            if not notifier.add(url):
                raise DeliveryError("Apprise refused one of the configured URLs", retryable=False)
        text, _html = email_bodies(msg)
        notify_type = apprise.NotifyType.WARNING if msg.severity in ("critical", "high") else apprise.NotifyType.INFO
        with apprise.LogCapture(level=logging.WARNING) as log:
            try:
                accepted = notifier.notify(
                    body=text, title=email_subject(msg), notify_type=notify_type,
                    body_format=apprise.NotifyFormat.TEXT, timeout=self.timeout_s,
                )
            except TypeError:  # Apprise 1.x has no per-call timeout
                accepted = notifier.notify(
                    body=text, title=email_subject(msg), notify_type=notify_type,
                    body_format=apprise.NotifyFormat.TEXT,
                )
            details = " ".join(log.getvalue().split())
        if not accepted:
            details = details[:_MAX_ERROR_CHARS] or "no details"
            raise DeliveryError(f"apprise channel {self.name!r}: notification failed: {details}", retryable=True)

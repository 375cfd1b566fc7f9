"""Alert channels: the delivery error the outbox acts on, the channel protocol and the registry of channel types.

A channel sends ONE alert and either returns (the receiver accepted it) or raises ``DeliveryError``
saying whether a later retry may succeed. Retries, backoff and bookkeeping belong to the outbox.

A new channel type is a class taking ``(name, **options)`` that has ``name`` and ``send(msg)``;
register it with ``CHANNEL_TYPES["mytype"] = MyChannel`` (or ``register_channel_type``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

from monitor.alerts.message import AlertMessage


class DeliveryError(Exception):
    """The receiver did not accept the alert.

    ``retryable`` says whether trying again later may succeed; ``retry_after_s`` is the receiver's
    own hint (e.g. HTTP ``Retry-After``) when it gave one.
    """

    def __init__(self, message: str, *, retryable: bool, retry_after_s: float | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.retryable = retryable
        self.retry_after_s = retry_after_s

    def __repr__(self) -> str:
        return f"DeliveryError({self.message!r}, retryable={self.retryable}, retry_after_s={self.retry_after_s})"


@runtime_checkable
class AlertChannel(Protocol):
    """Something that delivers one alert to one configured destination."""

    name: str

    def send(self, msg: AlertMessage) -> None:
        """Return only when the receiver accepted ``msg``; otherwise raise ``DeliveryError``."""
        ...


# Imported here, after DeliveryError exists, because the channel modules import it from this module.
from monitor.alerts.email import EmailChannel  # noqa: E402
from monitor.alerts.webhook import WebhookChannel  # noqa: E402



def _apprise_channel(name: str, **options: Any) -> AlertChannel:
    """The optional Apprise channel, imported only when configured (``apprise`` is an optional extra)."""
    from monitor.alerts.apprise_channel import AppriseChannel

    return AppriseChannel(name, **options)


CHANNEL_TYPES: dict[str, Any] = {
    "email": EmailChannel,
    "webhook": WebhookChannel,
    "apprise": _apprise_channel,  # Slack, Teams, Matrix, ntfy, ... (needs the apprise package)
}


def register_channel_type(type_: str, channel_class: type) -> None:
    """Make ``type_`` usable in the ``alerts.channels`` config; the class is built as ``cls(name, **options)``."""
    CHANNEL_TYPES[type_] = channel_class


def build_channel(name: str, type_: str, options: Mapping[str, Any]) -> AlertChannel:
    """Build the configured channel; ``ValueError`` (naming the channel) on an unknown type or bad options."""
    channel_class = CHANNEL_TYPES.get(type_)
    if channel_class is None:
        known = ", ".join(sorted(CHANNEL_TYPES))
        raise ValueError(f"alert channel {name!r}: unknown type {type_!r} (known types: {known})")
    try:
        return channel_class(name, **dict(options))
    except TypeError as exc:  # an unknown or missing option reaches the constructor as a TypeError
        raise ValueError(f"alert channel {name!r} ({type_}): {exc}") from exc
    except ValueError as exc:
        raise ValueError(f"alert channel {name!r} ({type_}): {exc}") from exc

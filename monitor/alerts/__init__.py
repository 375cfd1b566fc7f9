"""Alert delivery: the alert message, its renderings, and the channels (email, webhook) that send one alert.

The persistent outbox (``monitor.alerts.outbox``) decides what to send and when to retry; a channel's
``send`` returns only when the receiver accepted the alert and otherwise raises ``DeliveryError``.
"""

# channels first: it defines DeliveryError before importing the channel modules that raise it.
from monitor.alerts.channels import (
    CHANNEL_TYPES,
    AlertChannel,
    DeliveryError,
    build_channel,
    register_channel_type,
)
from monitor.alerts.email import EmailChannel
from monitor.alerts.message import AlertMessage, email_bodies, email_subject, webhook_payload
from monitor.alerts.webhook import WebhookChannel, verify_signature

__all__ = [
    "CHANNEL_TYPES",
    "AlertChannel",
    "AlertMessage",
    "DeliveryError",
    "EmailChannel",
    "WebhookChannel",
    "build_channel",
    "email_bodies",
    "email_subject",
    "register_channel_type",
    "verify_signature",
    "webhook_payload",
]

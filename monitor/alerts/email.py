"""The email channel: one multipart/alternative (text + HTML) message per alert, sent with smtplib."""

from __future__ import annotations

import os
import smtplib
import ssl
from collections.abc import Sequence
from email import policy
from email.message import EmailMessage
from email.utils import formatdate, parseaddr

from monitor.alerts.channels import DeliveryError
from monitor.alerts.message import AlertMessage, email_bodies, email_subject

SECURITY_MODES = ("none", "starttls", "tls")
DEFAULT_PORTS = {"none": 25, "starttls": 587, "tls": 465}


def _checked_address(value: object, option: str) -> str:
    """A configured address (``a@b`` or ``Name <a@b>``), refused when it could smuggle headers."""
    if not isinstance(value, str) or "\r" in value or "\n" in value or "@" not in parseaddr(value)[1]:
        raise ValueError(f"{option} must be an email address, got {value!r}")
    return value


def _reply_text(smtp_error: bytes | str) -> str:
    text = smtp_error.decode("utf-8", "replace") if isinstance(smtp_error, bytes) else str(smtp_error)
    return " ".join(text.split())


def _is_temporary(code: int) -> bool:
    """4xx replies are temporary; 5xx are permanent; anything else is a protocol hiccup worth retrying."""
    return not 500 <= code <= 599


class EmailChannel:
    """Sends each alert as one email to the configured recipients.

    Options: ``host``, ``port`` (default by ``security``: 25, 587 or 465), ``security``
    (``none`` | ``starttls`` | ``tls``, default ``starttls``), ``username_env`` and ``password_env``
    (names of environment variables, read at send time), ``from_addr``, ``to`` and ``timeout_s``
    (default 30; applies to connecting and to each read/write).
    """

    def __init__(
        self,
        name: str,
        *,
        host: str,
        from_addr: str,
        to: Sequence[str] | str,
        port: int | None = None,
        security: str = "starttls",
        username_env: str | None = None,
        password_env: str | None = None,
        timeout_s: float = 30,
    ) -> None:
        if not isinstance(host, str) or not host.strip():
            raise ValueError("host is required")
        if security not in SECURITY_MODES:
            raise ValueError(f"security must be one of {', '.join(SECURITY_MODES)}, got {security!r}")
        port = DEFAULT_PORTS[security] if port is None else port
        if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
            raise ValueError(f"port must be an integer from 1 to 65535, got {port!r}")
        recipients = [to] if isinstance(to, str) else list(to)
        if not recipients:
            raise ValueError("to must name at least one recipient")
        if bool(username_env) != bool(password_env):
            raise ValueError("username_env and password_env go together")
        if username_env and security == "none":
            raise ValueError("username_env/password_env need security 'starttls' or 'tls' (no password in clear text)")
        if isinstance(timeout_s, bool) or not isinstance(timeout_s, (int, float)) or timeout_s <= 0:
            raise ValueError(f"timeout_s must be a positive number, got {timeout_s!r}")

        self.name = name
        self.host = host.strip()
        self.port = port
        self.security = security
        self.username_env = username_env
        self.password_env = password_env
        self.from_addr = _checked_address(from_addr, "from_addr")
        self.to = [_checked_address(address, "to") for address in recipients]
        self.timeout_s = float(timeout_s)

    def __repr__(self) -> str:
        return f"EmailChannel({self.name!r}, {self.host}:{self.port}, security={self.security!r}, to={self.to!r})"

    @property
    def _server(self) -> str:
        return f"SMTP server {self.host}:{self.port}"

    def build_email(self, msg: AlertMessage) -> EmailMessage:
        """The email for ``msg``; its Message-ID is derived from the alert id, so a retry carries the same one."""
        text, html = email_bodies(msg)
        email_message = EmailMessage(policy=policy.SMTP)
        email_message["Subject"] = email_subject(msg)
        email_message["From"] = self.from_addr
        email_message["To"] = ", ".join(self.to)
        email_message["Date"] = formatdate(usegmt=True)
        sender_domain = parseaddr(self.from_addr)[1].rpartition("@")[2] or "policywatch.invalid"
        email_message["Message-ID"] = f"<policywatch.{msg.id}@{sender_domain}>"
        email_message["X-Policywatch-Id"] = msg.id
        email_message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-replies to an automated alert
        email_message.set_content(text)
        email_message.add_alternative(html, subtype="html")
        return email_message

    def send(self, msg: AlertMessage) -> None:
        """Send ``msg``; return when the server accepted it for every recipient, else raise ``DeliveryError``.

        When only some recipients are refused the error says who got it; a retry sends to all of them
        again (same Message-ID, so mail clients can drop the duplicate).
        """
        email_message = self.build_email(msg)
        credentials = self._credentials()
        envelope_from = parseaddr(self.from_addr)[1]
        envelope_to = [parseaddr(address)[1] for address in self.to]

        smtp: smtplib.SMTP | None = None
        try:
            if self.security == "tls":
                smtp = smtplib.SMTP_SSL(
                    self.host, self.port, timeout=self.timeout_s, context=ssl.create_default_context()
                )
            else:
                smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout_s)
            if self.security == "starttls":
                # Raises SMTPNotSupportedError when the server offers no STARTTLS: never fall back to clear text.
                smtp.starttls(context=ssl.create_default_context())
            if credentials is not None:
                smtp.login(*credentials)
            refused = smtp.send_message(email_message, from_addr=envelope_from, to_addrs=envelope_to)
        except smtplib.SMTPRecipientsRefused as exc:
            raise self._recipients_error(exc.recipients, accepted=[]) from exc
        except smtplib.SMTPResponseException as exc:
            reply = f"{exc.smtp_code} {_reply_text(exc.smtp_error)}"
            raise DeliveryError(
                f"{self._server} answered {reply}", retryable=_is_temporary(exc.smtp_code)
            ) from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise DeliveryError(f"{self._server}: {exc}", retryable=False) from exc
        except smtplib.SMTPServerDisconnected as exc:
            raise DeliveryError(f"{self._server} closed the connection: {exc}", retryable=True) from exc
        except smtplib.SMTPException as exc:  # e.g. no authentication method both sides support
            raise DeliveryError(f"{self._server}: {exc}", retryable=False) from exc
        except ssl.SSLCertVerificationError as exc:
            # Retryable: an expired certificate is usually renewed; the outbox caps the attempts.
            raise DeliveryError(
                f"{self._server}: TLS certificate verification failed: {exc.verify_message or exc}", retryable=True
            ) from exc
        except TimeoutError as exc:
            raise DeliveryError(f"{self._server} timed out after {self.timeout_s:g}s", retryable=True) from exc
        except OSError as exc:
            raise DeliveryError(f"{self._server} unreachable: {exc}", retryable=True) from exc
        finally:
            if smtp is not None:
                _quit_quietly(smtp)
        if refused:
            accepted = [address for address in envelope_to if address not in refused]
            raise self._recipients_error(refused, accepted=accepted)

    def _credentials(self) -> tuple[str, str] | None:
        if not self.username_env or not self.password_env:
            return None
        missing = [variable for variable in (self.username_env, self.password_env) if not os.environ.get(variable)]
        if missing:
            raise DeliveryError(
                f"SMTP credentials for {self._server}: environment variable {', '.join(missing)} is not set",
                retryable=False,
            )
        return os.environ[self.username_env], os.environ[self.password_env]

    def _recipients_error(
        self, refused: dict[str, tuple[int, bytes]], *, accepted: list[str]
    ) -> DeliveryError:
        details = "; ".join(
            f"{address} ({code} {_reply_text(reply)})" for address, (code, reply) in refused.items()
        )
        message = f"{self._server} refused recipient(s) {details}"
        if accepted:
            message += f"; accepted for {', '.join(accepted)}"
        return DeliveryError(message, retryable=any(_is_temporary(code) for code, _ in refused.values()))


def _quit_quietly(smtp: smtplib.SMTP) -> None:
    """End the session; once the message is accepted, a failing QUIT must not turn success into an error."""
    try:
        smtp.quit()
    except (OSError, smtplib.SMTPException):
        smtp.close()

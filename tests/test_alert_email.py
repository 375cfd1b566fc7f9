"""The email channel against a real aiosmtpd server on 127.0.0.1: content, escaping, and error mapping."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from email.message import EmailMessage
from typing import Any

import pytest

from monitor.alerts import AlertMessage, DeliveryError, EmailChannel, build_channel, email_bodies, email_subject
from monitor.alerts.message import MAX_DIFF_LINES_IN_EMAIL
from tests.servers import LocalSmtpServer, TlsFiles, closed_port, local_smtp_server, tls_files  # noqa: F401 (fixtures)

HOSTILE_VENDOR = "Evil <script>alert(1)</script> \"&' Corp"


def make_alert(**changes: Any) -> AlertMessage:
    """A policy_change alert with a located diff and a re-check, overridable field by field."""
    fields: dict[str, Any] = dict(
        id=uuid.uuid4().hex,
        kind="policy_change",
        vendor="Koofr",
        document="privacy_policy",
        url="https://koofr.eu/legal/privacy/",
        detected_at=datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc),
        severity="high",
        change_kind="text",
        diff={
            "from": 11,
            "to": 12,
            "change_kind": "text",
            "sections": [
                {"heading_path": ["Privacy Policy", "1. Who we are"], "ops": [{"op": "equal", "text": "Koofr d.o.o."}]},
                {
                    "heading_path": ["Privacy Policy", "5. Data retention"],
                    "ops": [
                        {"op": "equal", "text": "We keep account data while the account exists."},
                        {"op": "delete", "text": "Backups are deleted after 30 days."},
                        {"op": "insert", "text": "Backups are kept for 2 years."},
                    ],
                },
            ],
            "stats": {"inserted_words": 6, "deleted_words": 6},
        },
        recheck={
            "flips": [{"id": "C12", "before": "present", "after": "absent"}],
            "signals": [{"id": "R07", "severity": "high", "evidence": ["Backups are kept for 2 years."]}],
            "severity": "high",
        },
        summary="Koofr privacy_policy: 1 section changed, +6/-6 words",
    )
    fields.update(changes)
    return AlertMessage(**fields)


def channel_for(server: LocalSmtpServer, **options: Any) -> EmailChannel:
    settings: dict[str, Any] = dict(
        host=server.host,
        port=server.port,
        security="none",
        from_addr="policywatch <alerts@example.org>",
        to=["dpo@example.org"],
        timeout_s=10,
    )
    settings.update(options)
    return EmailChannel("mail", **settings)


def parts_of(message: EmailMessage) -> tuple[str, str]:
    text_part = message.get_body(preferencelist=("plain",))
    html_part = message.get_body(preferencelist=("html",))
    assert text_part is not None and html_part is not None
    return text_part.get_content(), html_part.get_content()


def test_sends_one_multipart_alternative_email(local_smtp_server: LocalSmtpServer) -> None:
    msg = make_alert()

    channel_for(local_smtp_server, to=["dpo@example.org", "Legal <legal@example.org>"]).send(msg)

    [mail] = local_smtp_server.received
    assert mail.mail_from == "alerts@example.org"
    assert mail.rcpt_tos == ["dpo@example.org", "legal@example.org"]
    message = mail.message
    assert message.get_content_type() == "multipart/alternative"
    assert [part.get_content_type() for part in message.iter_parts()] == ["text/plain", "text/html"]
    assert message["Subject"] == "[policywatch] HIGH: Koofr privacy_policy changed"
    assert message["X-Policywatch-Id"] == msg.id
    assert msg.id in message["Message-ID"]
    assert message["Auto-Submitted"] == "auto-generated"
    text, html = parts_of(message)
    assert "Backups are kept for 2 years." in text and "Backups are kept for 2 years." in html


def test_subject_names_vendor_document_and_severity() -> None:
    subject = email_subject(make_alert(vendor="Proton AG", document="terms_of_service", severity="critical"))
    assert subject == "[policywatch] CRITICAL: Proton AG terms_of_service changed"
    assert email_subject(make_alert(kind="fetch_failure", severity="medium")).endswith("could not be fetched")


def test_message_id_is_stable_across_retries(local_smtp_server: LocalSmtpServer) -> None:
    msg = make_alert()
    channel = channel_for(local_smtp_server)
    assert channel.build_email(msg)["Message-ID"] == channel.build_email(msg)["Message-ID"]


def test_bodies_show_the_located_diff_and_recheck() -> None:
    text, html = email_bodies(make_alert())

    assert "§ Privacy Policy › 5. Data retention" in text
    assert "  - Backups are deleted after 30 days." in text
    assert "  + Backups are kept for 2 years." in text
    assert "+6/-6 words" in text
    assert "C12: present -> absent" in text
    assert "[high] R07" in text
    assert "1. Who we are" not in text  # unchanged sections are left out
    assert "policywatch diff Koofr --document privacy_policy --from 11 --to 12" in text

    assert "<del>− Backups are deleted after 30 days.</del>" in html
    assert "<ins>+ Backups are kept for 2 years.</ins>" in html
    assert "<b>C12</b>: present → absent" in html
    assert "<b>R07</b>" in html
    assert '<a href="https://koofr.eu/legal/privacy/">' in html


def test_bodies_without_diff_or_recheck() -> None:
    text, html = email_bodies(make_alert(kind="fetch_failure", change_kind=None, diff=None, recheck=None, summary=""))
    assert "could not be fetched" in text and "Changes" not in text and "re-check" not in text
    assert "could not be fetched" in html


def test_a_huge_diff_is_cut_short_in_the_email() -> None:
    inserted = [{"op": "insert", "text": f"New clause {n}."} for n in range(MAX_DIFF_LINES_IN_EMAIL + 50)]
    diff = {
        "from": 1, "to": 2, "change_kind": "text",
        "sections": [{"heading_path": ["Terms"], "ops": inserted}],
        "stats": {"inserted_words": 3 * len(inserted), "deleted_words": 0},
    }
    text, html = email_bodies(make_alert(diff=diff))
    assert f"New clause {MAX_DIFF_LINES_IN_EMAIL - 1}." in text
    assert f"New clause {MAX_DIFF_LINES_IN_EMAIL}." not in text
    assert "50 more changed blocks not shown" in text and "50 more changed blocks not shown" in html


def test_vendor_strings_are_escaped_in_html(local_smtp_server: LocalSmtpServer) -> None:
    msg = make_alert(
        vendor=HOSTILE_VENDOR,
        url="javascript:alert(1)",
        summary=f"{HOSTILE_VENDOR} changed",
        diff={
            "from": 1,
            "to": 2,
            "change_kind": "text",
            "sections": [
                {
                    "heading_path": ["<b>Terms</b>"],
                    "ops": [{"op": "insert", "text": "<img src=x onerror=alert(1)> & more"}],
                }
            ],
            "stats": {"inserted_words": 4, "deleted_words": 0},
        },
        recheck={
            "flips": [],
            "signals": [{"id": "R01", "severity": "low", "evidence": ["</blockquote><script>x()</script>"]}],
            "severity": "low",
        },
    )

    channel_for(local_smtp_server).send(msg)

    text, html = parts_of(local_smtp_server.messages[0])
    assert "<script>" not in html and "<img" not in html and "<b>Terms" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&#x27; Corp" in html
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; more" in html
    assert 'href="javascript:' not in html
    assert HOSTILE_VENDOR in text  # plain text is shown as is


def test_crlf_in_vendor_cannot_inject_headers(local_smtp_server: LocalSmtpServer) -> None:
    msg = make_alert(vendor="Acme\r\nBcc: victim@evil.example\r\nX-Injected: yes", document="dpa\n")
    subject = email_subject(msg)
    assert "\r" not in subject and "\n" not in subject

    channel_for(local_smtp_server).send(msg)

    [mail] = local_smtp_server.received
    assert mail.rcpt_tos == ["dpo@example.org"]
    assert mail.message["Bcc"] is None and mail.message["X-Injected"] is None
    # The stdlib may fold this long subject before its first word; unfolded, the words are all one line.
    received_subject = " ".join(str(mail.message["Subject"]).split())
    assert received_subject == "[policywatch] HIGH: Acme Bcc: victim@evil.example X-Injected: yes dpa changed"


def test_refused_recipient_is_a_permanent_failure() -> None:
    with LocalSmtpServer(reject_recipients={"dpo@example.org"}) as server:
        with pytest.raises(DeliveryError) as caught:
            channel_for(server).send(make_alert())
        assert server.received == []
    assert caught.value.retryable is False
    assert "dpo@example.org" in caught.value.message and "550" in caught.value.message


def test_partly_refused_recipients_fail_and_say_who_got_it() -> None:
    with LocalSmtpServer(reject_recipients={"gone@example.org"}) as server:
        with pytest.raises(DeliveryError) as caught:
            channel_for(server, to=["dpo@example.org", "gone@example.org"]).send(make_alert())
        [mail] = server.received
    assert mail.rcpt_tos == ["dpo@example.org"]
    assert caught.value.retryable is False
    assert "gone@example.org (550" in caught.value.message and "accepted for dpo@example.org" in caught.value.message


@pytest.mark.parametrize(
    ("reply", "stage"),
    [
        ("421 4.7.0 Too busy, try again later", "rcpt"),
        ("451 4.3.0 Local error in processing", "rcpt"),
        ("451 4.3.0 Local error in processing", "mail"),
        ("451 4.3.0 Queue full", "data"),
    ],
)
def test_temporary_failures_are_retryable(local_smtp_server: LocalSmtpServer, reply: str, stage: str) -> None:
    channel = channel_for(local_smtp_server)
    msg = make_alert()
    local_smtp_server.fail_temporarily(reply, at=stage, times=1)

    with pytest.raises(DeliveryError) as caught:
        channel.send(msg)
    assert caught.value.retryable is True
    assert reply.split()[0] in caught.value.message
    assert local_smtp_server.received == []

    channel.send(msg)  # the retry the outbox would make
    assert local_smtp_server.messages[0]["X-Policywatch-Id"] == msg.id


def test_server_down_is_retryable() -> None:
    channel = EmailChannel(
        "mail", host="127.0.0.1", port=closed_port(), security="none",
        from_addr="alerts@example.org", to=["dpo@example.org"], timeout_s=5,
    )
    with pytest.raises(DeliveryError) as caught:
        channel.send(make_alert())
    assert caught.value.retryable is True
    assert "unreachable" in caught.value.message


# --- TLS and credentials -----------------------------------------------------------------------


@pytest.fixture
def trusted_test_ca(tls_files: TlsFiles, monkeypatch: pytest.MonkeyPatch) -> TlsFiles:
    """Make ssl.create_default_context() trust the throwaway CA, as a system CA store would."""
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_files.ca_file))
    return tls_files


def test_starttls_with_credentials_from_the_environment(
    trusted_test_ca: TlsFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PW_TEST_SMTP_USER", "alice")
    monkeypatch.setenv("PW_TEST_SMTP_PASSWORD", "s3cret")
    server_tls = trusted_test_ca.server_context()
    with LocalSmtpServer(tls_context=server_tls, require_starttls=True, credentials={"alice": "s3cret"}) as server:
        channel_for(
            server, security="starttls", username_env="PW_TEST_SMTP_USER", password_env="PW_TEST_SMTP_PASSWORD"
        ).send(make_alert())
        assert server.authenticated == ["alice"]
        assert len(server.received) == 1


def test_implicit_tls(trusted_test_ca: TlsFiles) -> None:
    with LocalSmtpServer(tls_context=trusted_test_ca.server_context(), implicit_tls=True) as server:
        channel_for(server, security="tls").send(make_alert())
        assert len(server.received) == 1


def test_untrusted_certificate_is_refused(tls_files: TlsFiles) -> None:
    with LocalSmtpServer(tls_context=tls_files.server_context()) as server:
        with pytest.raises(DeliveryError) as caught:
            channel_for(server, security="starttls").send(make_alert())
        assert server.received == []
    assert "certificate verification failed" in caught.value.message
    assert caught.value.retryable is True


def test_starttls_is_never_downgraded_to_clear_text(local_smtp_server: LocalSmtpServer) -> None:
    with pytest.raises(DeliveryError) as caught:
        channel_for(local_smtp_server, security="starttls").send(make_alert())
    assert caught.value.retryable is False
    assert "STARTTLS" in caught.value.message
    assert local_smtp_server.received == []


def test_wrong_password_is_a_permanent_failure(trusted_test_ca: TlsFiles, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PW_TEST_SMTP_USER", "alice")
    monkeypatch.setenv("PW_TEST_SMTP_PASSWORD", "wrong")
    with LocalSmtpServer(tls_context=trusted_test_ca.server_context(), credentials={"alice": "s3cret"}) as server:
        with pytest.raises(DeliveryError) as caught:
            channel_for(
                server, security="starttls", username_env="PW_TEST_SMTP_USER", password_env="PW_TEST_SMTP_PASSWORD"
            ).send(make_alert())
        assert server.received == []
    assert caught.value.retryable is False
    assert "535" in caught.value.message and "wrong" not in caught.value.message


def test_unset_credential_variable_is_a_permanent_failure(
    local_smtp_server: LocalSmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PW_TEST_SMTP_USER", "alice")
    monkeypatch.delenv("PW_TEST_SMTP_PASSWORD", raising=False)
    channel = channel_for(
        local_smtp_server, security="starttls", username_env="PW_TEST_SMTP_USER", password_env="PW_TEST_SMTP_PASSWORD"
    )
    with pytest.raises(DeliveryError) as caught:
        channel.send(make_alert())
    assert caught.value.retryable is False
    assert "PW_TEST_SMTP_PASSWORD" in caught.value.message


# --- configuration -----------------------------------------------------------------------------

GOOD_OPTIONS: dict[str, Any] = {"host": "mail.example.org", "from_addr": "alerts@example.org", "to": ["dpo@example.org"]}


def test_build_channel_makes_an_email_channel_with_port_defaults() -> None:
    assert build_channel("m", "email", GOOD_OPTIONS).port == 587
    assert build_channel("m", "email", {**GOOD_OPTIONS, "security": "tls"}).port == 465
    assert build_channel("m", "email", {**GOOD_OPTIONS, "to": "one@example.org"}).to == ["one@example.org"]


@pytest.mark.parametrize(
    "bad_options",
    [
        {"security": "ssl"},
        {"port": 0},
        {"to": []},
        {"to": ["dpo@example.org\r\nBcc: x@evil.example"]},
        {"from_addr": "not an address"},
        {"username_env": "U"},
        {"security": "none", "username_env": "U", "password_env": "P"},
        {"timeout_s": 0},
        {"password": "inline secrets are not an option"},
    ],
)
def test_bad_options_are_refused_when_building(bad_options: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="alert channel 'm'"):
        build_channel("m", "email", {**GOOD_OPTIONS, **bad_options})

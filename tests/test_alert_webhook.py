"""The webhook channel against a real HTTP receiver on 127.0.0.1: contract, schema, signature, error mapping."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from monitor.alerts import (
    CHANNEL_TYPES,
    AlertChannel,
    AlertMessage,
    DeliveryError,
    EmailChannel,
    WebhookChannel,
    build_channel,
    verify_signature,
    webhook_payload,
)
from monitor.alerts.message import SCHEMA_PATH
from monitor.alerts.webhook import encode_body, parse_retry_after, signature_header
from tests.servers import (  # noqa: F401 (fixtures)
    LocalReceiver,
    ReceiverResponse,
    TlsFiles,
    closed_port,
    local_receiver,
    tls_files,
)

CONTRACT_KEYS = {
    "schema", "id", "kind", "vendor", "document", "url", "detected_at", "severity", "change_kind", "diff", "recheck",
}
SECRET_ENV = "PW_TEST_WEBHOOK_SECRET"


def make_alert(**changes: Any) -> AlertMessage:
    """A policy_change alert with a located diff and a re-check, overridable field by field."""
    fields: dict[str, Any] = dict(
        id=uuid.uuid4().hex,
        kind="policy_change",
        vendor="Žurnal d.o.o. <b>",
        document="privacy_policy",
        url="https://zurnal.example/zasebnost",
        detected_at=datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc),
        severity="high",
        change_kind="text",
        diff={
            "from": 11,
            "to": 12,
            "change_kind": "text",
            "sections": [
                {
                    "heading_path": ["Politika zasebnosti", "5. Hramba"],
                    "ops": [
                        {"op": "equal", "text": "Podatke hranimo."},
                        {"op": "delete", "text": "Varnostne kopije brišemo po 30 dneh."},
                        {"op": "insert", "text": "Varnostne kopije hranimo 2 leti."},
                    ],
                }
            ],
            "stats": {"inserted_words": 5, "deleted_words": 6},
        },
        recheck={
            "flips": [{"id": "C12", "before": "present", "after": "absent"}],
            "signals": [{"id": "R07", "severity": "high", "evidence": ["hranimo 2 leti"]}],
            "severity": "high",
        },
        summary="Žurnal privacy_policy: 1 section changed, +5/-6 words",
    )
    fields.update(changes)
    return AlertMessage(**fields)


def send_expecting_error(channel: WebhookChannel, msg: AlertMessage | None = None) -> DeliveryError:
    with pytest.raises(DeliveryError) as caught:
        channel.send(msg or make_alert())
    return caught.value


# --- a minimal JSON Schema walker (jsonschema is not a dependency) ------------------------------


def schema_errors(instance: Any, schema: dict[str, Any], root: dict[str, Any] | None = None, at: str = "$") -> list[str]:
    """Violations of the subset of draft 2020-12 the alert schema uses ($ref, type, const, enum,
    required, properties, items, oneOf, pattern, minimum)."""
    root = root or schema
    if "$ref" in schema:
        target: Any = root
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        return schema_errors(instance, target, root, at)
    errors: list[str] = []
    json_types = {
        "object": dict, "array": list, "string": str, "null": type(None), "boolean": bool,
        "integer": int, "number": (int, float),
    }
    if "type" in schema:
        allowed = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        is_bool = isinstance(instance, bool)
        if not any(isinstance(instance, json_types[t]) and (t == "boolean" or not is_bool) for t in allowed):
            return [f"{at}: {instance!r} is not of type {allowed}"]
    if "const" in schema and instance != schema["const"]:
        errors.append(f"{at}: {instance!r} != {schema['const']!r}")
    if "enum" in schema and instance not in schema["enum"]:
        errors.append(f"{at}: {instance!r} not in {schema['enum']}")
    if "pattern" in schema and isinstance(instance, str) and not re.search(schema["pattern"], instance):
        errors.append(f"{at}: {instance!r} does not match {schema['pattern']}")
    if "minimum" in schema and isinstance(instance, (int, float)) and instance < schema["minimum"]:
        errors.append(f"{at}: {instance!r} < {schema['minimum']}")
    if isinstance(instance, dict):
        errors += [f"{at}: missing {key!r}" for key in schema.get("required", []) if key not in instance]
        for key, subschema in schema.get("properties", {}).items():
            if key in instance:
                errors += schema_errors(instance[key], subschema, root, f"{at}.{key}")
    if isinstance(instance, list) and "items" in schema:
        for index, item in enumerate(instance):
            errors += schema_errors(item, schema["items"], root, f"{at}[{index}]")
    if "oneOf" in schema:
        matching = sum(not schema_errors(instance, option, root, at) for option in schema["oneOf"])
        if matching != 1:
            errors.append(f"{at}: matches {matching} of the oneOf alternatives, not exactly 1")
    return errors


@pytest.fixture(scope="module")
def alert_schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


# --- payload and contract ----------------------------------------------------------------------


def test_posts_the_contract_payload(local_receiver: LocalReceiver, alert_schema: dict[str, Any]) -> None:
    msg = make_alert()

    WebhookChannel("hook", url=local_receiver.url_for("/hooks/policywatch")).send(msg)

    [request] = local_receiver.requests
    assert request.method == "POST" and request.path == "/hooks/policywatch"
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["User-Agent"].startswith("policywatch/")
    assert request.headers["X-Policywatch-Id"] == msg.id
    assert re.fullmatch(r"\d{10,}", request.headers["X-Policywatch-Timestamp"])
    assert request.headers["X-Policywatch-Signature"] is None
    assert request.body == json.dumps(webhook_payload(msg), separators=(",", ":"), ensure_ascii=False).encode()
    assert "Žurnal".encode() in request.body  # UTF-8, not \u escapes

    body = request.json()
    assert set(body) == CONTRACT_KEYS
    assert body["schema"] == "policywatch.alert/1"
    assert body["id"] == msg.id and body["kind"] == "policy_change"
    assert body["vendor"] == "Žurnal d.o.o. <b>" and body["document"] == "privacy_policy"
    assert body["detected_at"] == "2025-03-01T12:00:00Z"
    assert body["severity"] == "high" and body["change_kind"] == "text"
    assert body["diff"]["sections"][0]["heading_path"] == ["Politika zasebnosti", "5. Hramba"]
    assert body["recheck"]["flips"] == [{"id": "C12", "before": "present", "after": "absent"}]
    assert schema_errors(body, alert_schema) == []


def test_schema_requires_exactly_the_contract_keys(alert_schema: dict[str, Any]) -> None:
    assert alert_schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert set(alert_schema["required"]) == CONTRACT_KEYS


def test_payload_without_diff_or_recheck_is_valid(alert_schema: dict[str, Any]) -> None:
    payload = webhook_payload(make_alert(kind="fetch_failure", change_kind=None, diff=None, recheck=None))
    assert payload["diff"] is None and payload["recheck"] is None
    assert schema_errors(payload, alert_schema) == []


@pytest.mark.parametrize(
    "break_payload",
    [
        lambda p: p.pop("id"),
        lambda p: p.update(kind="policy_moved"),
        lambda p: p.update(detected_at="2025-03-01T12:00:00+00:00"),
        lambda p: p.update(severity="extreme"),
        lambda p: p["diff"]["sections"][0]["ops"].append({"op": "replace", "text": "x"}),
        lambda p: p["diff"]["stats"].update(inserted_words=-1),
        lambda p: p["recheck"].pop("signals"),
    ],
)
def test_schema_catches_a_broken_payload(alert_schema: dict[str, Any], break_payload: Any) -> None:
    payload = webhook_payload(make_alert())
    break_payload(payload)
    assert schema_errors(payload, alert_schema) != []


def test_detected_at_is_sent_in_utc() -> None:
    cet = timezone(timedelta(hours=1))
    payload = webhook_payload(make_alert(detected_at=datetime(2025, 3, 1, 13, 30, 5, tzinfo=cet)))
    assert payload["detected_at"] == "2025-03-01T12:30:05Z"


def test_message_refuses_naive_times_and_unknown_kinds() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        make_alert(detected_at=datetime(2025, 3, 1, 12, 0))
    with pytest.raises(ValueError, match="kind"):
        make_alert(kind="policy_moved")
    for bad_id in ("abc\r\nX-Evil: 1", "abc\n", ""):
        with pytest.raises(ValueError, match="id"):
            make_alert(id=bad_id)


def test_payload_does_not_share_the_message_dicts() -> None:
    msg = make_alert()
    webhook_payload(msg)["diff"]["stats"]["inserted_words"] = 999
    assert msg.diff is not None and msg.diff["stats"]["inserted_words"] == 5


# --- signature ---------------------------------------------------------------------------------


def test_signature_verifies_with_the_secret_only(local_receiver: LocalReceiver, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SECRET_ENV, "topsecret")

    WebhookChannel("hook", url=local_receiver.url_for("/in"), secret_env=SECRET_ENV).send(make_alert())

    [request] = local_receiver.requests
    timestamp = request.headers["X-Policywatch-Timestamp"]
    signature = request.headers["X-Policywatch-Signature"]
    expected = hmac.new(b"topsecret", f"{timestamp}.".encode() + request.body, hashlib.sha256).hexdigest()
    assert signature == f"sha256={expected}"
    assert verify_signature("topsecret", timestamp, request.body, signature)
    assert verify_signature("topsecret", timestamp, request.body, signature, max_age_s=3600)
    assert not verify_signature("wrong secret", timestamp, request.body, signature)
    assert not verify_signature("topsecret", timestamp, request.body + b" ", signature)
    assert not verify_signature("topsecret", str(int(timestamp) + 1), request.body, signature)
    assert not verify_signature("topsecret", timestamp, request.body, expected)  # prefix is required
    assert not verify_signature("topsecret", timestamp, request.body, "sha256=é")


def test_old_signed_request_is_refused_with_max_age() -> None:
    body = b'{"id":"x"}'
    old_header = signature_header("topsecret", "1000000000", body)
    assert verify_signature("topsecret", "1000000000", body, old_header)
    assert not verify_signature("topsecret", "1000000000", body, old_header, max_age_s=300)


def test_no_signature_without_a_secret(local_receiver: LocalReceiver) -> None:
    WebhookChannel("hook", url=local_receiver.url_for("/in")).send(make_alert())
    [request] = local_receiver.requests
    assert "X-Policywatch-Signature" not in request.headers


def test_unset_secret_variable_is_a_permanent_failure(
    local_receiver: LocalReceiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(SECRET_ENV, raising=False)
    error = send_expecting_error(WebhookChannel("hook", url=local_receiver.url_for("/in"), secret_env=SECRET_ENV))
    assert error.retryable is False and SECRET_ENV in error.message
    assert local_receiver.requests == []  # never sent unsigned


# --- answers -----------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [200, 201, 202, 204])
def test_2xx_is_accepted(local_receiver: LocalReceiver, status: int) -> None:
    local_receiver.respond(status)
    WebhookChannel("hook", url=local_receiver.url_for("/in")).send(make_alert())
    assert len(local_receiver.requests) == 1


@pytest.mark.parametrize(
    ("status", "retryable"),
    [(500, True), (502, True), (503, True), (504, True), (408, True), (429, True),
     (400, False), (401, False), (403, False), (404, False), (410, False), (422, False)],
)
def test_status_mapping(local_receiver: LocalReceiver, status: int, retryable: bool) -> None:
    local_receiver.respond(status, body=b"receiver says no")
    error = send_expecting_error(WebhookChannel("hook", url=local_receiver.url_for("/in")))
    assert error.retryable is retryable
    assert f"HTTP {status}" in error.message and "receiver says no" in error.message
    assert error.retry_after_s is None


def test_429_with_retry_after_seconds(local_receiver: LocalReceiver) -> None:
    local_receiver.respond(429, headers={"Retry-After": "7"})
    error = send_expecting_error(WebhookChannel("hook", url=local_receiver.url_for("/in")))
    assert error.retryable is True
    assert error.retry_after_s == 7


def test_503_with_retry_after_date(local_receiver: LocalReceiver) -> None:
    local_receiver.respond(503, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})  # long past
    error = send_expecting_error(WebhookChannel("hook", url=local_receiver.url_for("/in")))
    assert error.retryable is True
    assert error.retry_after_s == 0


def test_parse_retry_after() -> None:
    now = datetime(2015, 10, 21, 7, 27, tzinfo=timezone.utc)
    assert parse_retry_after("120", now=now) == 120
    assert parse_retry_after(" 0 ", now=now) == 0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=now) == 60
    assert parse_retry_after("Wed, 21 Oct 2015 07:00:00 GMT", now=now) == 0
    assert parse_retry_after("soon", now=now) is None
    assert parse_retry_after("-5", now=now) is None
    assert parse_retry_after(None) is None


def test_queued_answers_then_default(local_receiver: LocalReceiver) -> None:
    channel = WebhookChannel("hook", url=local_receiver.url_for("/in"))
    msg = make_alert()
    local_receiver.queue(ReceiverResponse(503), ReceiverResponse(500))
    assert send_expecting_error(channel, msg).retryable
    assert send_expecting_error(channel, msg).retryable
    channel.send(msg)
    assert [r.headers["X-Policywatch-Id"] for r in local_receiver.requests] == [msg.id] * 3


def test_redirect_is_not_followed(local_receiver: LocalReceiver) -> None:
    moved_to = local_receiver.url_for("/moved")
    local_receiver.respond(301, headers={"Location": moved_to})
    error = send_expecting_error(WebhookChannel("hook", url=local_receiver.url_for("/in")))
    assert error.retryable is False
    assert moved_to in error.message
    assert [r.path for r in local_receiver.requests] == ["/in"]


def test_hanging_receiver_times_out_and_is_retryable() -> None:
    with LocalReceiver(delay_s=30) as receiver:  # closing the receiver releases the hanging answer
        error = send_expecting_error(WebhookChannel("hook", url=receiver.url_for("/in"), timeout_s=0.5))
        assert len(receiver.requests) == 1
    assert error.retryable is True
    assert "timed out" in error.message


def test_connection_refused_is_retryable() -> None:
    error = send_expecting_error(WebhookChannel("hook", url=f"http://127.0.0.1:{closed_port()}/in", timeout_s=5))
    assert error.retryable is True
    assert "unreachable" in error.message


def test_extra_headers_are_sent(local_receiver: LocalReceiver) -> None:
    channel = WebhookChannel("hook", url=local_receiver.url_for("/in"), headers={"Authorization": "Bearer abc"})
    channel.send(make_alert())
    assert local_receiver.requests[0].headers["Authorization"] == "Bearer abc"


# --- TLS ---------------------------------------------------------------------------------------


def test_https_with_a_trusted_certificate(tls_files: TlsFiles, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_files.ca_file))
    with LocalReceiver(ssl_context=tls_files.server_context()) as receiver:
        WebhookChannel("hook", url=receiver.url_for("/in")).send(make_alert())
        assert len(receiver.requests) == 1


def test_https_with_an_untrusted_certificate_is_refused(tls_files: TlsFiles) -> None:
    with LocalReceiver(ssl_context=tls_files.server_context()) as receiver:
        error = send_expecting_error(WebhookChannel("hook", url=receiver.url_for("/in"), timeout_s=5))
        assert receiver.requests == []
    assert "certificate verification failed" in error.message
    assert error.retryable is True


# --- configuration and registry ----------------------------------------------------------------


@pytest.mark.parametrize(
    "bad_options",
    [
        {},
        {"url": "ftp://example.org/hook"},
        {"url": "https:///nohost"},
        {"url": "https://example.org/hook", "timeout_s": -1},
        {"url": "https://example.org/hook", "headers": {"X-Policywatch-Signature": "forged"}},
        {"url": "https://example.org/hook", "headers": {"X-Note": "a\r\nX-Evil: 1"}},
        {"url": "https://example.org/hook", "secret": "inline secrets are not an option"},
    ],
)
def test_bad_options_are_refused_when_building(bad_options: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="alert channel 'hook'"):
        build_channel("hook", "webhook", bad_options)


def test_registry_builds_the_builtin_types() -> None:
    webhook = build_channel("hook", "webhook", {"url": "https://example.org/hook", "timeout_s": 3})
    assert isinstance(webhook, WebhookChannel) and isinstance(webhook, AlertChannel)
    assert webhook.name == "hook" and webhook.timeout_s == 3
    mail = build_channel("mail", "email", {"host": "mail.example.org", "from_addr": "a@example.org", "to": ["b@example.org"]})
    assert isinstance(mail, EmailChannel) and isinstance(mail, AlertChannel)


def test_unknown_type_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match="unknown type 'pager'.*email, webhook"):
        build_channel("p", "pager", {})


def test_a_registered_type_can_be_built(monkeypatch: pytest.MonkeyPatch) -> None:
    class ListChannel:
        def __init__(self, name: str, *, prefix: str = "") -> None:
            self.name, self.prefix, self.sent = name, prefix, []

        def send(self, msg: AlertMessage) -> None:
            self.sent.append(self.prefix + msg.id)

    monkeypatch.setitem(CHANNEL_TYPES, "list", ListChannel)
    channel = build_channel("mine", "list", {"prefix": "x-"})
    msg = make_alert()
    channel.send(msg)
    assert isinstance(channel, AlertChannel) and channel.sent == [f"x-{msg.id}"]  # type: ignore[attr-defined]


def test_encode_body_is_compact_utf8() -> None:
    assert encode_body({"a": "ž", "b": [1, 2]}) == '{"a":"ž","b":[1,2]}'.encode()

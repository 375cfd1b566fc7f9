"""Defects found in review, each pinned by a test: redirects, hostile headers, races, our own changes."""

from __future__ import annotations

import urllib.request
from datetime import timedelta
from pathlib import Path

import pytest
import yaml
from sqlalchemy import select
from typer.testing import CliRunner

from monitor.alerts.channels import build_channel
from monitor.alerts.outbox import _claim, deliver_pending
from monitor.cli import app
from monitor.demo.servers import FixtureSite, Page
from monitor.fetch_one import FetchOneError, _CheckedRedirects
from storage.database import open_database
from storage.models import AlertDelivery, utcnow
from storage.recording import due_document_ids, record_fetch, sync_watchlist
from storage.schedule import retry_after_delay
from tests.servers import LocalReceiver, TlsFiles, tls_files  # noqa: F401 (fixture)
from tests.test_change_detection import SECTIONS, kinds, policy_html
from tests.test_crawl import crawl_all, make_config
from tests.test_storage import SHORT_TEXTS, VENDORS, ok_fetch


def test_extract_url_refuses_redirects_to_internal_hosts_and_other_schemes() -> None:
    request = urllib.request.Request("https://vendor.example/privacy")
    with pytest.raises(FetchOneError, match="internal address"):
        _CheckedRedirects(allow_private=False).redirect_request(request, None, 302, "Found", {}, "http://127.0.0.2/meta-data")
    with pytest.raises(FetchOneError, match="only http and https"):
        _CheckedRedirects(allow_private=True).redirect_request(request, None, 302, "Found", {}, "ftp://vendor.example/x")


def test_extract_url_resolves_a_name_once_so_dns_rebinding_reaches_nothing_internal(
    fixture_site: FixtureSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name that answers a public address when checked and 127.0.0.1 when connected (DNS rebinding)
    must not reach the machine's own services: the connection uses the address that was checked."""
    import socket

    from config.loader import settings_from_dict
    from monitor.fetch_one import fetch_one

    fixture_site.set_page("/admin", Page(b"<html><body>internal secrets</body></html>"))
    port = int(fixture_site.base_url.rsplit(":", 1)[1])
    real = socket.getaddrinfo
    answers: list[str] = []

    def rebinding(host: str, *args: object, **kwargs: object) -> list[object]:
        if host != "rebind.example":
            return real(host, *args, **kwargs)  # type: ignore[arg-type]
        address = "93.184.216.34" if not answers else "127.0.0.1"  # public first, then internal
        answers.append(address)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    config = settings_from_dict({"crawl": {"timeout": "1s"}})
    with pytest.raises(FetchOneError):
        fetch_one(f"http://rebind.example:{port}/admin", config)
    assert answers == ["93.184.216.34"]  # resolved once
    assert "/admin" not in fixture_site.requests
    with pytest.raises(FetchOneError, match="internal address 127.0.0.1"):
        fetch_one(f"{fixture_site.base_url}/admin", config)
    allowed = settings_from_dict({"allow_private_addresses": True})
    assert b"internal secrets" in fetch_one(f"{fixture_site.base_url}/admin", allowed)[0]


def test_extract_url_over_https_verifies_the_certificate_on_the_checked_connection(
    tls_files: TlsFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    from config.loader import settings_from_dict
    from monitor.fetch_one import fetch_one

    config = settings_from_dict({"allow_private_addresses": True, "crawl": {"timeout": "5s"}})
    with LocalReceiver(body=b"<html><body>policy over TLS</body></html>", ssl_context=tls_files.server_context()) as site:
        url = f"https://localhost:{site.port}/privacy"
        with pytest.raises(FetchOneError, match="CERTIFICATE_VERIFY_FAILED"):
            fetch_one(url, config)  # a CA the system does not trust: refused, never read
        monkeypatch.setenv("SSL_CERT_FILE", str(tls_files.ca_file))
        body, _charset, _type = fetch_one(url, config)
    assert body == b"<html><body>policy over TLS</body></html>"


@pytest.mark.parametrize("value", ["²", "99999999999999999", "soon", "-5"])
def test_hostile_retry_after_values_never_raise(value: str) -> None:
    delay = retry_after_delay(value, utcnow())
    assert delay is None or timedelta(0) <= delay <= timedelta(days=7)


def test_a_503_with_a_hostile_retry_after_is_recorded(fixture_site: FixtureSite, sqlite_url: str) -> None:
    fixture_site.set_page("/privacy", Page(b"busy", status=503, headers={"Retry-After": "²"}))
    config = make_config(sqlite_url, {"Acme": [fixture_site.url("/privacy")]})
    outcomes, report = crawl_all(config)
    assert outcomes["Acme"].outcome == "http_error" and report.errors == []


def test_narrower_selectors_are_technical_not_a_suspect_truncation(fixture_site: FixtureSite, sqlite_url: str) -> None:
    long_sections = [(t, (s + " ") * 4) for t, s in SECTIONS]
    fixture_site.set_page("/privacy", Page(policy_html(long_sections)))
    config = make_config(sqlite_url, {"Acme": [fixture_site.url("/privacy")]}, change_confirmation={"fetches": 1, "delay": "0s"})
    crawl_all(config)
    narrower = [{"name": "Acme", "documents": [{"url": fixture_site.url("/privacy"), "remove": ["h2 ~ p ~ h2 ~ p"]}]}]
    config = make_config(sqlite_url, {}, vendors=narrower, change_confirmation={"fetches": 1, "delay": "0s"})
    assert crawl_all(config)[0]["Acme"].change_kind == "technical"
    assert kinds(sqlite_url) == ["first", "technical"]


def test_a_claimed_delivery_is_not_sent_by_a_second_deliverer(sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    sync_watchlist(db, VENDORS, default_interval=timedelta(hours=12))
    [doc_id] = due_document_ids(db)
    record_fetch(db, ok_fetch(doc_id, "# P\nold\n"), alert_channels=[], policy=SHORT_TEXTS)
    record_fetch(db, ok_fetch(doc_id, "# P\nnew\n"), alert_channels=["hook"], policy=SHORT_TEXTS)
    with db.read() as session:
        [delivery_id] = session.scalars(select(AlertDelivery.id))
    now = utcnow()
    assert _claim(db, delivery_id, now)  # a first deliverer takes it ...
    assert not _claim(db, delivery_id, now)  # ... and nobody else can
    report = deliver_pending(db, {"hook": build_channel("hook", "webhook", {"url": "http://127.0.0.1:9/x"})}, now=now)
    assert report.delivered == [] and report.retrying == [] and report.failed == []
    db.close()


def test_run_with_an_unknown_vendor_writes_nothing(tmp_path: Path) -> None:
    config = tmp_path / "policywatch.yaml"
    config.write_text(yaml.safe_dump({
        "database": f"sqlite:///{tmp_path / 'pw.db'}",
        "vendors": [{"name": "Acme", "documents": [{"url": "https://acme.example/privacy"}]}],
    }))
    result = CliRunner().invoke(app, ["--config", str(config), "run", "--once", "--vendor", "Acmee"])
    assert result.exit_code == 2 and "no vendor named 'Acmee'" in result.stderr
    db = open_database(f"sqlite:///{tmp_path / 'pw.db'}")
    assert due_document_ids(db, all_active=True) == []
    db.close()


def test_apprise_urls_cannot_switch_tls_verification_off() -> None:
    pytest.importorskip("apprise", reason="the apprise extra is not installed")
    for spelling in ("no", "n", "never", "disabled", "f"):
        with pytest.raises(ValueError, match="TLS verification"):
            build_channel("chat", "apprise", {"urls": [f"json://hooks.example/x?verify={spelling}"]})

"""The crawl of a batch against real local HTTP servers, recorded in a real SQLite file."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest

from sqlalchemy import func, select

from config import settings_from_dict
from crawler.batch import crawl_documents
from monitor.demo.servers import FixtureSite, Page
from storage.database import open_database
from storage.blobs import sha256_hex
from storage.models import AlertDelivery, Blob, Document, Fetch, Version
from storage.queries import history
from storage.recording import due_document_ids, sync_watchlist

POLICY = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Privacy</title></head><body>
<nav><a href="/">Home</a> <a href="/pricing">Pricing</a></nav>
<div class="cookie-banner">We use cookies. <button>Accept</button></div>
<main><h1>Privacy Policy</h1><p>Last updated: 1 March 2026</p>
<h2>1. Controller</h2><p>Acme Storage d.o.o., Ljubljana, Slovenia, is the controller.</p>
<h2>5. Data retention</h2><p>We keep account data for {months} months after the account is closed.</p>
<ul><li>Backups are deleted after 30 days.</li><li>Invoices are kept for 10 years.</li></ul></main>
<footer>© 2026 Acme · <a href="/imprint">Imprint</a> {footer}</footer></body></html>"""


def policy_page(months: int = 3, footer: str = "") -> Page:
    return Page(POLICY.format(months=months, footer=footer).encode())


def make_config(db_url: str, documents: dict[str, list[str]], **overrides: Any):  # type: ignore[no-untyped-def]
    data: dict[str, Any] = {
        "database": db_url,
        "allow_private_addresses": True,
        "crawl": {"download_delay": "0s", "timeout": "2s", "retry_times": 0},
        "change_confirmation": {"fetches": 2, "delay": "0s"},
        "alerts": {"channels": [{"name": "hook", "type": "webhook", "options": {"url": "http://127.0.0.1:9/x"}}]},
        "vendors": [
            {"name": name, "documents": [{"url": url} for url in urls]} for name, urls in documents.items()
        ],
    }
    data.update(overrides)
    return settings_from_dict(data)


def crawl_all(config):  # type: ignore[no-untyped-def]
    db = open_database(config.database_url)
    sync_watchlist(db, config.vendors, default_interval=timedelta(hours=12))
    ids = due_document_ids(db, all_active=True)
    db.close()
    report = crawl_documents(ids, config.database_url, config=config)
    return {d.vendor: d for d in report.documents}, report


def count(db_url: str, model: type) -> int:
    db = open_database(db_url)
    with db.read() as session:
        value = session.scalar(select(func.count()).select_from(model))
    db.close()
    return value


def test_versions_conditional_get_and_chrome_changes(fixture_site: FixtureSite, sqlite_url: str) -> None:
    fixture_site.set_page("/privacy", policy_page(3))
    config = make_config(sqlite_url, {"Acme": [fixture_site.url("/privacy")]})

    first, _ = crawl_all(config)
    assert first["Acme"].outcome == "ok" and first["Acme"].change_kind == "first"

    second, _ = crawl_all(config)  # same bytes: the server answers the conditional GET with 304
    assert second["Acme"].outcome == "not_modified" and second["Acme"].change_kind is None

    fixture_site.set_page("/privacy", policy_page(3, footer="<a href='/jobs?utm=x'>We are hiring!</a>"))
    chrome, _ = crawl_all(config)
    assert chrome["Acme"].outcome == "ok" and chrome["Acme"].change_kind is None

    fixture_site.set_page("/privacy", policy_page(26))
    pending, _ = crawl_all(config)  # first sighting of the new text: kept pending, no version, no alert
    assert pending["Acme"].outcome == "pending_change" and pending["Acme"].change_kind is None
    assert "waiting for confirmation" in pending["Acme"].message
    changed, _ = crawl_all(config)  # the second fetch shows the same text: confirmed
    assert changed["Acme"].change_kind == "text" and changed["Acme"].alert_id

    rows = history(open_database(sqlite_url), "Acme")
    assert [r.change_kind for r in rows] == ["first", "text"]
    assert rows[1].first_seen < rows[1].last_seen  # first seen at the pending sighting
    assert count(sqlite_url, Fetch) == 5
    assert count(sqlite_url, AlertDelivery) == 1  # one alert, one configured channel
    conditional = [p for p in fixture_site.requests if p == "/privacy"]
    assert len(conditional) == 5


def test_a_page_whose_chrome_changed_keeps_only_its_hash(fixture_site: FixtureSite, sqlite_url: str) -> None:
    """A cache-buster or banner changes the bytes, not the text: the check is recorded (in the batch of
    quiet checks) against the latest version, without storing another raw page; the next check of the
    same bytes needs no extraction."""
    fixture_site.set_page("/privacy", policy_page(3))
    config = make_config(sqlite_url, {"Acme": [fixture_site.url("/privacy")]})
    crawl_all(config)
    blobs_before = count(sqlite_url, Blob)
    fixture_site.set_page("/privacy", policy_page(3, footer="<script src='/app.js?v=8271'></script>"))
    chrome, _ = crawl_all(config)
    assert chrome["Acme"].outcome == "ok" and chrome["Acme"].change_kind is None
    assert count(sqlite_url, Blob) == blobs_before  # no raw page kept for it

    db = open_database(sqlite_url)
    with db.read() as session:
        fetches = session.scalars(select(Fetch).order_by(Fetch.id)).all()
        document = session.scalars(select(Document)).one()
        version = session.scalars(select(Version)).one()
        assert fetches[0].raw_sha256 is not None and fetches[1].raw_sha256 is None
        assert fetches[1].version_id == version.id and fetches[1].text_sha256 == version.text_sha256
        assert version.last_seen == fetches[1].finished_at
        assert document.last_raw_sha256 == sha256_hex(fixture_site.page("/privacy").body)
    db.close()
    fixture_site.set_page("/privacy", replace(fixture_site.page("/privacy"), last_modified=0.0, headers={}))
    again, _ = crawl_all(config)
    assert again["Acme"].outcome in ("not_modified", "unchanged_raw")


def test_bad_inputs_are_recorded_and_the_others_still_processed(fixture_site: FixtureSite, sqlite_url: str) -> None:
    fixture_site.set_page("/privacy", policy_page())
    fixture_site.set_page("/gone", Page(b"<html><body><h1>Not here</h1></body></html>", status=404))
    fixture_site.set_page("/broken", Page(b"<html><body>Internal error</body></html>", status=500))
    fixture_site.set_page("/slow", Page(POLICY.encode(), delay_s=4))
    fixture_site.set_page("/empty", Page(b""))
    fixture_site.set_page("/binary", Page(bytes(range(256)) * 40, content_type="text/html"))
    config = make_config(
        sqlite_url,
        {
            "Good": [fixture_site.url("/privacy")],
            "Malformed": ["htps:/not a url"],
            "Gone": [fixture_site.url("/gone")],
            "Broken": [fixture_site.url("/broken")],
            "Slow": [fixture_site.url("/slow")],
            "Empty": [fixture_site.url("/empty")],
            "Binary": [fixture_site.url("/binary")],
            "Closed": ["http://127.0.0.1:9/privacy"],
        },
    )
    outcomes, report = crawl_all(config)
    assert outcomes["Good"].change_kind == "first"
    expected = {
        "Malformed": "invalid_url",
        "Gone": "http_error",
        "Broken": "http_error",
        "Slow": "timeout",
        "Empty": "empty",
        "Binary": "not_html",
        "Closed": "network_error",
    }
    assert {name: outcomes[name].outcome for name in expected} == expected
    for name in expected:
        line = outcomes[name].line()
        assert line.startswith(f"{name} privacy_policy: {expected[name]}: ") and "\n" not in line
    assert "404" in outcomes["Gone"].message and "500" in outcomes["Broken"].message
    assert report.errors == []
    assert count(sqlite_url, Version) == 1
    assert count(sqlite_url, AlertDelivery) == 0


def test_robots_txt_is_obeyed_for_every_page_of_a_host(sqlite_url: str) -> None:
    with FixtureSite(robots_txt="User-agent: *\nDisallow: /legal/\n") as site:
        for path in ("/legal/privacy", "/legal/terms", "/legal/dpa", "/privacy"):
            site.set_page(path, policy_page())
        config = make_config(
            sqlite_url,
            {"A": [site.url("/legal/privacy")], "B": [site.url("/legal/terms")], "C": [site.url("/legal/dpa")],
             "D": [site.url("/privacy")]},
        )
        outcomes, _ = crawl_all(config)
        assert {n: outcomes[n].outcome for n in "ABC"} == {n: "robots_disallowed" for n in "ABC"}
        assert outcomes["D"].outcome == "ok"
        assert not [p for p in site.requests if p.startswith("/legal/")]


def test_private_addresses_are_refused_unless_allowed(fixture_site: FixtureSite, sqlite_url: str) -> None:
    fixture_site.set_page("/privacy", policy_page())
    config = make_config(sqlite_url, {"Local": [fixture_site.url("/privacy")]}, allow_private_addresses=False)
    outcomes, _ = crawl_all(config)
    assert outcomes["Local"].outcome == "refused_address"
    assert "allow_private_addresses" in outcomes["Local"].message
    assert fixture_site.requests == []  # not even robots.txt was requested


def test_a_name_rebound_to_an_internal_address_connects_nowhere(
    fixture_site: FixtureSite, sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DNS rebinding: the guard's own lookup saw a public address, the connection's lookup sees 127.0.0.1."""
    from twisted.internet import reactor

    from crawler.middlewares import AddressGuardMiddleware
    from crawler.resolver import guard_reactor_resolver

    async def first_answer_was_public(host: str) -> None:
        return None

    monkeypatch.setattr(AddressGuardMiddleware, "_refusal_reason", staticmethod(first_answer_was_public))
    guard_reactor_resolver(reactor).allowed_hosts.discard("localhost")  # whatever earlier tests allowed
    fixture_site.set_page("/privacy", policy_page())
    url = fixture_site.url("/privacy").replace("127.0.0.1", "localhost")
    outcomes, _ = crawl_all(make_config(sqlite_url, {"Rebound": [url]}, allow_private_addresses=False))
    assert outcomes["Rebound"].outcome == "network_error"
    assert fixture_site.requests == []
    # the same name in a crawl that allows private addresses (tests, the demo) is fetched
    outcomes, _ = crawl_all(make_config(sqlite_url, {"Rebound": [url]}, allow_private_addresses=True))
    assert outcomes["Rebound"].outcome == "ok"


@pytest.mark.parametrize(
    ("address", "internal"),
    [("127.0.0.1", True), ("10.1.2.3", True), ("169.254.169.254", True), ("::1", True), ("fe80::1%eth0", True),
     ("::ffff:192.168.0.1", True), ("2002:7f00:1::", True), ("2002:5db8:d822::", False), ("93.184.216.34", False),
     ("2606:2800:220:1:248:1893:25c8:1946", False), ("224.0.0.1", True)],
)
def test_what_an_internal_address_is(address: str, internal: bool) -> None:
    from crawler.addresses import is_internal_address

    assert is_internal_address(address) is internal


def test_pages_over_the_size_limit(fixture_site: FixtureSite, sqlite_url: str) -> None:
    fixture_site.set_page("/huge", Page(b"<html><body><p>" + b"policy words " * 200_000 + b"</p></body></html>"))
    config = make_config(sqlite_url, {"Huge": [fixture_site.url("/huge")]}, crawl={"download_delay": "0s", "max_page_bytes": 100_000, "retry_times": 0})
    outcomes, _ = crawl_all(config)
    assert outcomes["Huge"].outcome == "too_large"
    assert count(sqlite_url, Version) == 0


CRAWL_IN_A_FRESH_PROCESS = """
import json, sys
from config import settings_from_dict
from crawler.batch import crawl_documents

db_url, ids = sys.argv[1], json.loads(sys.argv[2])
config = settings_from_dict({"database": db_url, "allow_private_addresses": True,
                             "crawl": {"download_delay": "0s", "timeout": "5s", "retry_times": 0}})
report = crawl_documents(ids, db_url, config=config)
print(json.dumps({"outcomes": [d.outcome for d in report.documents], "modules": sorted(sys.modules)}))
"""
UNUSED_BY_A_CRAWL = ("aiohttp", "requests", "filelock", "tldextract", "scrapy.extensions.remote_control",
                     "scrapy.extensions.feedexport", "scrapy.extensions.telnet", "scrapy.downloadermiddlewares.cookies",
                     "sqlalchemy.dialects.postgresql", "alembic")  # the last two on an up-to-date SQLite database


def test_a_crawl_does_not_import_what_it_never_uses(fixture_site: FixtureSite, sqlite_url: str) -> None:
    """Scrapy imports every component its settings name, even one switched off: the ones a policy crawl
    never uses are left out of its lists, so that they cost no memory in a crawling process (~7 MB together)."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    fixture_site.set_page("/privacy", policy_page(3))
    config = make_config(sqlite_url, {"Acme": [fixture_site.url("/privacy")]})
    db = open_database(sqlite_url)  # created and migrated here: the crawl opens an up-to-date database
    sync_watchlist(db, config.vendors, default_interval=timedelta(hours=12))
    ids = due_document_ids(db, all_active=True)
    db.close()
    result = subprocess.run([sys.executable, "-c", CRAWL_IN_A_FRESH_PROCESS, sqlite_url, json.dumps(ids)],
                            capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1], timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["outcomes"] == ["ok"]
    loaded = [m for m in report["modules"] if m.startswith(UNUSED_BY_A_CRAWL)]
    assert loaded == []

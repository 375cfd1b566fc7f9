"""Selector health: broken declared selectors fall back to the generic path, mark the document
`selector_broken`, and raise one operational alert until they work again."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from crawler.selector_health import extract_checked, implausibly_small
from monitor.demo.servers import FixtureSite, Page
from storage.database import open_database
from storage.models import Alert, Document, Fetch, Version
from tests.test_crawl import crawl_all, make_config

PARAGRAPH = (
    "We keep account data for {months} months after the account is closed, and invoices for as long as tax and "
    "accounting laws require. Backups are overwritten within thirty days, and logs are kept for fourteen days."
)


def page(*, content_class: str = "policy-body", months: int = 3, notice: str = "") -> bytes:
    sections = "".join(
        f"<h2>{n}. Section {n}</h2><p>{PARAGRAPH.format(months=months)}</p>" for n in range(1, 8)
    )
    return (
        "<!doctype html><html lang='en'><head><title>Privacy Policy</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/pricing'>Pricing</a></nav>"
        f"<main><div class='{content_class}'><h1>Privacy Policy</h1><p>Last updated: 1 March 2026</p>{sections}</div>"
        f"{notice}</main><footer>© Acme</footer></body></html>"
    ).encode()


# --- the rule ---------------------------------------------------------------------------------------


def test_working_selectors_are_healthy_and_used() -> None:
    checked = extract_checked(page(), select=[".policy-body"], remove=["h2:nth-of-type(7)"])
    assert checked.selector_problem is None and checked.extraction.used_selectors
    assert "7. Section 7" not in checked.extraction.text


def test_select_matching_nothing_is_broken_and_uses_the_generic_text() -> None:
    checked = extract_checked(page(content_class="prose"), select=[".policy-body"])
    assert checked.selector_problem and "matched nothing: .policy-body" in checked.selector_problem
    assert checked.extraction.outcome == "ok" and "## 7. Section 7" in checked.extraction.text


def test_select_matching_implausibly_little_is_broken() -> None:
    notice = "<div class='policy-note'><p>Questions? Write to privacy@acme.example.</p></div>"
    checked = extract_checked(page(content_class="prose", notice=notice), select=[".policy-note"])
    assert checked.selector_problem and "implausibly little" in checked.selector_problem
    assert checked.extraction.used_selectors is False and "## 7. Section 7" in checked.extraction.text


def test_invalid_selector_is_broken() -> None:
    assert extract_checked(page(), select=["div[["]).selector_problem


def test_remove_only_and_no_selectors_are_never_broken() -> None:
    assert extract_checked(page(), remove=[".does-not-exist"]).selector_problem is None
    assert extract_checked(page()).selector_problem is None


def test_bad_pages_are_not_blamed_on_the_selectors() -> None:
    assert extract_checked(b"", select=[".policy-body"]).selector_problem is None
    assert extract_checked(b"\x00\x01binary", select=[".policy-body"]).extraction.outcome == "not_html"


def test_implausibility_thresholds() -> None:
    assert implausibly_small(40, 1000)  # under 15 % and short
    assert implausibly_small(45, 160)  # under 50 words while the page has 150+
    assert implausibly_small(2583, 18182) is None  # one document of a multi-document page
    assert implausibly_small(120, 200) is None
    assert implausibly_small(30, 60) is None  # a short page: nothing to compare with


# --- one alert until fixed, against a real server and database ---------------------------------------


def state(db_url: str) -> dict[str, Any]:
    db = open_database(db_url)
    with db.read() as session:
        status = session.scalars(select(Document.status)).one()
        alerts = [(a.kind, (a.payload or {}).get("selectors")) for a in session.scalars(select(Alert).order_by(Alert.created_at))]
        versions = len(session.scalars(select(Version)).all())
        fetches = list(session.scalars(select(Fetch).order_by(Fetch.id)))
        outcomes = [f.outcome for f in fetches]
        message = fetches[-1].message if fetches else None
    db.close()
    return {"status": status, "alerts": alerts, "versions": versions, "outcomes": outcomes, "message": message}


def test_one_alert_while_broken_status_clears_when_fixed(fixture_site: FixtureSite, sqlite_url: str) -> None:
    fixture_site.set_page("/privacy", Page(page()))
    vendors = [{"name": "Acme", "documents": [{"url": fixture_site.url("/privacy"), "select": [".policy-body"]}]}]
    config = make_config(sqlite_url, {}, vendors=vendors, change_confirmation={"fetches": 1, "delay": "0s"})
    outcome, _ = crawl_all(config)
    assert outcome["Acme"].change_kind == "first"
    assert state(sqlite_url)["status"] == "ok"

    # a redesign renames the class: the selector matches nothing from now on
    fixture_site.set_page("/privacy", Page(page(content_class="prose")))
    outcome, _ = crawl_all(config)
    assert outcome["Acme"].outcome == "ok"
    broken = state(sqlite_url)
    assert broken["status"] == "selector_broken" and "matched nothing: .policy-body" in broken["message"]
    # the vendor edits the policy while the selector is broken: versions go on from the generic text
    fixture_site.set_page("/privacy", Page(page(content_class="prose", months=12)))
    outcome, _ = crawl_all(config)
    assert outcome["Acme"].change_kind == "text"
    crawl_all(config)  # same bytes: nothing extracted, still broken
    after = state(sqlite_url)
    assert after["status"] == "selector_broken"
    assert after["alerts"].count(("selector_broken", None)) == 1

    # the selector works again: status clears, one low "works again" notice
    fixture_site.set_page("/privacy", Page(page(months=12)))
    crawl_all(config)
    crawl_all(config)
    fixed = state(sqlite_url)
    assert fixed["status"] == "ok"
    assert [a for a in fixed["alerts"] if a[0] != "policy_change"] == [("selector_broken", None), ("recovered", "ok")]

    # and a new breakage is a new alert
    fixture_site.set_page("/privacy", Page(page(content_class="prose", months=12)))
    crawl_all(config)
    again = state(sqlite_url)
    assert again["status"] == "selector_broken"
    assert [a for a in again["alerts"] if a[0] != "policy_change"] == [
        ("selector_broken", None), ("recovered", "ok"), ("selector_broken", None)
    ]
    assert "selector_broken" not in again["outcomes"]  # a document status, never a fetch outcome

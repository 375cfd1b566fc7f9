"""Only real policy changes are reported: kinds, suspect fetches, confirmation, failure alerts.

Every case goes through the real spider, pipeline and database, fetching from a local HTTP server.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from config.loader import without_watchlist
from crawler.batch import crawl_documents
from monitor.demo.servers import FixtureSite, Page
from storage.changes import ChangePolicy, TextComparison, is_cosmetic, suspect_reason
from storage.database import open_database
from storage.models import Alert
from storage.queries import fetch_targets, history
from storage.recording import due_document_ids
from tests.test_crawl import crawl_all, make_config

SECTIONS = [
    ("1. Controller", "Nordvault Backup AB, Storgatan 1, Stockholm, Sweden, is the controller of your personal data."),
    ("2. Data we collect", "We collect your name, e-mail address, billing details and the metadata of your backups."),
    ("3. Purposes", "We use the data to provide the backup service, to bill you and to answer support requests."),
    ("4. Recipients", "Our hosting provider in Germany and our payment processor receive the data they need."),
    ("5. Data retention", "We keep account data for 3 months after the account is closed and invoices for 7 years."),
    ("6. Your rights", "You may ask for access, correction, deletion and a copy of your data at any time."),
    ("7. Complaints", "You may complain to the Swedish Authority for Privacy Protection (IMY)."),
]

GERMAN_SECTIONS = [
    ("1. Verantwortlicher", "Nordvault Backup AB, Storgatan 1, Stockholm, Schweden, ist der Verantwortliche für Ihre Daten."),
    ("2. Welche Daten wir erheben", "Wir erheben Ihren Namen, Ihre E-Mail-Adresse, Ihre Rechnungsdaten und die Metadaten Ihrer Sicherungen."),
    ("3. Zwecke", "Wir verwenden die Daten, um den Dienst bereitzustellen, Ihnen Rechnungen zu stellen und Anfragen zu beantworten."),
    ("4. Empfänger", "Unser Hosting-Anbieter in Deutschland und unser Zahlungsdienstleister erhalten die Daten, die sie benötigen."),
    ("5. Speicherdauer", "Wir speichern Kontodaten drei Monate nach der Schließung des Kontos und Rechnungen sieben Jahre lang."),
    ("6. Ihre Rechte", "Sie können jederzeit Auskunft, Berichtigung, Löschung und eine Kopie Ihrer Daten verlangen."),
    ("7. Beschwerden", "Sie können sich bei der schwedischen Datenschutzbehörde (IMY) beschweren."),
]


def policy_html(sections: list[tuple[str, str]] = SECTIONS, *, heading: str = "h2", lang: str = "en", extra: str = "") -> bytes:
    body = "".join(f"<{heading}>{title}</{heading}><p>{text}</p>" for title, text in sections)
    return (
        f"<!doctype html><html lang='{lang}'><head><title>Privacy Policy</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><main><h1>Privacy Policy</h1><p>Last updated: 2 May 2026</p>{body}{extra}</main>"
        "<footer>© Nordvault</footer></body></html>"
    ).encode()


def edited(section: int, text: str) -> list[tuple[str, str]]:
    changed = list(SECTIONS)
    changed[section] = (changed[section][0], text)
    return changed


def kinds(db_url: str, vendor: str = "Acme") -> list[str]:
    return [r.change_kind for r in history(open_database(db_url), vendor)]


def alerts(db_url: str) -> list[str]:
    db = open_database(db_url)
    with db.read() as session:
        return list(session.scalars(select(Alert.kind).order_by(Alert.created_at)))


def setup(site: FixtureSite, db_url: str, **overrides: Any):  # type: ignore[no-untyped-def]
    site.set_page("/privacy", Page(policy_html()))
    overrides.setdefault("change_confirmation", {"fetches": 1, "delay": "0s"})
    config = make_config(db_url, {"Acme": [site.url("/privacy")]}, **overrides)
    first, _ = crawl_all(config)
    assert first["Acme"].change_kind == "first", first["Acme"]
    return config


def test_a_layout_only_change_is_cosmetic_and_not_alerted(fixture_site: FixtureSite, sqlite_url: str) -> None:
    config = setup(fixture_site, sqlite_url)
    fixture_site.set_page("/privacy", Page(policy_html(heading="h3")))  # every section heading one level down
    outcome, _ = crawl_all(config)
    assert outcome["Acme"].change_kind == "cosmetic" and outcome["Acme"].alert_id is None
    assert kinds(sqlite_url) == ["first", "cosmetic"]


def test_tracking_parameters_in_visible_urls_are_ignored(fixture_site: FixtureSite, sqlite_url: str) -> None:
    fixture_site.set_page("/privacy", Page(policy_html(extra="<p>Read more at https://nordvault.example/legal?utm_source=a1</p>")))
    config = make_config(sqlite_url, {"Acme": [fixture_site.url("/privacy")]}, change_confirmation={"fetches": 1, "delay": "0s"})
    crawl_all(config)
    fixture_site.set_page("/privacy", Page(policy_html(extra="<p>Read more at https://nordvault.example/legal?utm_source=b2</p>")))
    outcome, _ = crawl_all(config)
    assert outcome["Acme"].outcome == "ok" and outcome["Acme"].change_kind is None


def test_document_ignore_patterns(fixture_site: FixtureSite, sqlite_url: str) -> None:
    vendors = [{"name": "Acme", "documents": [{"url": fixture_site.url("/privacy"), "ignore": [r"Visitors today: \d+"]}]}]
    fixture_site.set_page("/privacy", Page(policy_html(extra="<p>Visitors today: 12</p>")))
    config = make_config(sqlite_url, {}, vendors=vendors, change_confirmation={"fetches": 1, "delay": "0s"})
    crawl_all(config)
    fixture_site.set_page("/privacy", Page(policy_html(extra="<p>Visitors today: 13</p>")))
    outcome, _ = crawl_all(config)
    assert outcome["Acme"].change_kind is None


def test_a_crawl_without_the_watchlist_reads_ignore_patterns_from_the_database(fixture_site: FixtureSite, sqlite_url: str) -> None:
    """The crawl of a batch is a function of (document ids, database URL): a worker without the watchlist
    file (the daemon after its sync, a Celery task) still applies a document's own ignore patterns."""
    vendors = [{"name": "Acme", "documents": [{"url": fixture_site.url("/privacy"), "ignore": [r"Visitors today: \d+"]}]}]
    fixture_site.set_page("/privacy", Page(policy_html(extra="<p>Visitors today: 12</p>")))
    config = make_config(sqlite_url, {}, vendors=vendors, change_confirmation={"fetches": 1, "delay": "0s"})
    crawl_all(config)
    fixture_site.set_page("/privacy", Page(policy_html(extra="<p>Visitors today: 13</p>")))
    db = open_database(sqlite_url)
    [target] = fetch_targets(db, due_document_ids(db, all_active=True))
    db.close()
    assert target.ignore == (r"Visitors today: \d+",)
    report = crawl_documents([target.document_id], sqlite_url, config=without_watchlist(config))
    assert [(d.outcome, d.change_kind) for d in report.documents] == [("ok", None)]
    assert kinds(sqlite_url) == ["first"]


def test_a_selector_change_of_ours_is_technical(fixture_site: FixtureSite, sqlite_url: str) -> None:
    setup(fixture_site, sqlite_url)
    vendors = [{"name": "Acme", "documents": [{"url": fixture_site.url("/privacy"), "remove": ["p:nth-of-type(2)"]}]}]
    config = make_config(sqlite_url, {}, vendors=vendors, change_confirmation={"fetches": 2, "delay": "0s"})
    outcome, _ = crawl_all(config)  # same page bytes, new selectors: re-extracted, not a 304, not an alert
    assert outcome["Acme"].change_kind == "technical" and outcome["Acme"].alert_id is None
    assert kinds(sqlite_url) == ["first", "technical"]


def test_a_flip_flopping_page_never_alerts(fixture_site: FixtureSite, sqlite_url: str) -> None:
    config = setup(fixture_site, sqlite_url, change_confirmation={"fetches": 2, "delay": "0s"})
    variant = policy_html(edited(3, "Our hosting provider in Germany receives the data it needs to run the service."))
    for _ in range(3):
        fixture_site.set_page("/privacy", Page(variant))
        assert crawl_all(config)[0]["Acme"].outcome == "pending_change"
        fixture_site.set_page("/privacy", Page(policy_html()))
        assert crawl_all(config)[0]["Acme"].change_kind is None
    assert kinds(sqlite_url) == ["first"] and alerts(sqlite_url) == []


def test_two_variants_that_take_turns_never_confirm_each_other(fixture_site: FixtureSite, sqlite_url: str) -> None:
    config = setup(fixture_site, sqlite_url, change_confirmation={"fetches": 2, "delay": "0s"})
    b = policy_html(edited(3, "Our hosting provider in Germany receives the data it needs to run the service."))
    c = policy_html(edited(3, "Our hosting provider in Finland receives the data it needs to run the service."))
    for page in (b, c, b, c, b):  # a rollout with two new variants behind a load balancer
        fixture_site.set_page("/privacy", Page(page))
        assert crawl_all(config)[0]["Acme"].outcome == "pending_change"
    assert kinds(sqlite_url) == ["first"] and alerts(sqlite_url) == []


def test_a_replay_of_snapshots_confirms_without_waiting_for_the_delay(fixture_site: FixtureSite, sqlite_url: str) -> None:
    """The delay says when the confirming check is made; a second check made sooner confirms too."""
    config = setup(fixture_site, sqlite_url, change_confirmation={"fetches": 2, "delay": "10m"})
    fixture_site.set_page("/privacy", Page(policy_html(edited(4, "We keep account data for 26 months after closure."))))
    first = crawl_all(config)[0]["Acme"]
    assert first.outcome == "pending_change"
    db = open_database(sqlite_url)
    from storage.models import Document

    with db.read() as session:
        document = session.scalars(select(Document)).one()
        assert document.next_check_at is not None and document.last_checked_at is not None
        assert document.next_check_at - document.last_checked_at <= timedelta(minutes=10, seconds=1)
    second = crawl_all(config)[0]["Acme"]
    assert second.change_kind == "text" and second.alert_id is not None
    assert kinds(sqlite_url) == ["first", "text"]


def test_a_reverted_text_is_recorded_but_not_alerted(fixture_site: FixtureSite, sqlite_url: str) -> None:
    config = setup(fixture_site, sqlite_url)
    fixture_site.set_page("/privacy", Page(policy_html(edited(4, "We keep account data for 26 months after closure."))))
    assert crawl_all(config)[0]["Acme"].change_kind == "text"
    fixture_site.set_page("/privacy", Page(policy_html()))
    assert crawl_all(config)[0]["Acme"].change_kind == "reverted"
    assert kinds(sqlite_url) == ["first", "text", "reverted"]
    assert alerts(sqlite_url) == ["policy_change"]


@pytest.mark.parametrize(
    ("page", "outcome", "message"),
    [
        (Page(b"<html><head><title>404 Not Found</title></head><body><h1>Page not found</h1><p>Sorry.</p></body></html>"),
         "suspect", "error page"),
        (Page(policy_html(SECTIONS[:1])), "suspect", "only"),  # lost 90 % of the text
        (Page(b"<html><body><div id='cookie-consent' role='dialog'><h2>We value your privacy</h2><p>We and our 812 "
              b"partners use cookies.</p><button>Accept all</button></div></body></html>"), "blocked", "consent"),
        (Page(b"<html><head><title>Sign in</title></head><body><form action='/login' method='post'><h1>Sign in to "
              b"continue</h1><input name='email'><input type='password' name='pw'><button>Sign in</button></form>"
              b"</body></html>"), "blocked", "login"),
        (Page(b"<html><head><title>Just a moment...</title></head><body><h1>Checking your browser before accessing "
              b"the site</h1><p>Please enable JavaScript and cookies to continue.</p></body></html>"), "blocked", "captcha"),
        # the language is detected from the text (crawler.language), not taken from <html lang>
        (Page(policy_html(GERMAN_SECTIONS, lang="de")), "suspect", "language switched"),
    ],
)
def test_broken_fetches_never_become_versions(fixture_site: FixtureSite, sqlite_url: str, page: Page, outcome: str, message: str) -> None:
    config = setup(fixture_site, sqlite_url)
    fixture_site.set_page("/privacy", page)
    result = crawl_all(config)[0]["Acme"]
    assert result.outcome == outcome and message in result.message
    assert kinds(sqlite_url) == ["first"]


def test_a_policy_that_loses_most_of_its_text_is_suspect(fixture_site: FixtureSite, sqlite_url: str) -> None:
    long_sections = [(t, (s + " ") * 4) for t, s in SECTIONS]
    fixture_site.set_page("/privacy", Page(policy_html(long_sections)))
    config = make_config(sqlite_url, {"Acme": [fixture_site.url("/privacy")]}, change_confirmation={"fetches": 1, "delay": "0s"})
    crawl_all(config)
    fixture_site.set_page("/privacy", Page(policy_html(long_sections[:3])))  # a truncated page
    result = crawl_all(config)[0]["Acme"]
    assert result.outcome == "suspect" and "shrank" in result.message
    # a vendor that rewrites its policy shorter writes new text: that is a real change
    fixture_site.set_page("/privacy", Page(policy_html(SECTIONS[:4])))
    assert crawl_all(config)[0]["Acme"].change_kind == "text"


def test_redirects_to_the_home_page_or_a_login_page(fixture_site: FixtureSite, sqlite_url: str) -> None:
    config = setup(fixture_site, sqlite_url)
    fixture_site.set_page("/", Page(policy_html()))  # even a home page that looks fine is not the policy
    fixture_site.set_page("/privacy", Page(b"", status=302, headers={"Location": "/"}))
    result = crawl_all(config)[0]["Acme"]
    assert result.outcome == "suspect" and "home page" in result.message
    fixture_site.set_page("/login", Page(policy_html()))
    fixture_site.set_page("/privacy", Page(b"", status=302, headers={"Location": "/login?next=/privacy"}))
    result = crawl_all(config)[0]["Acme"]
    assert result.outcome == "blocked" and "login" in result.message
    assert kinds(sqlite_url) == ["first"]


def test_one_failure_alert_and_one_recovery_notice(fixture_site: FixtureSite, sqlite_url: str) -> None:
    config = setup(fixture_site, sqlite_url)
    fixture_site.set_page("/privacy", Page(b"down", status=503))
    for _ in range(5):
        assert crawl_all(config)[0]["Acme"].outcome == "http_error"
    assert alerts(sqlite_url) == ["fetch_failure"]
    fixture_site.set_page("/privacy", Page(policy_html()))
    crawl_all(config)
    crawl_all(config)
    assert alerts(sqlite_url) == ["fetch_failure", "recovered"]


def test_a_lasting_language_switch_becomes_the_new_text_once(fixture_site: FixtureSite, sqlite_url: str) -> None:
    """A vendor that now serves its policy in another language: suspect twice, then one text change."""
    config = setup(fixture_site, sqlite_url)  # accept_language_switch_after defaults to 3
    fixture_site.set_page("/privacy", Page(policy_html(GERMAN_SECTIONS, lang="de")))
    first, second, third = (crawl_all(config)[0]["Acme"] for _ in range(3))
    assert [first.outcome, second.outcome] == ["suspect", "suspect"]
    assert third.outcome == "ok" and third.change_kind == "text" and third.alert_id is not None
    assert kinds(sqlite_url) == ["first", "text"]
    assert [r.language for r in history(open_database(sqlite_url), "Acme")] == ["en", "de"]
    assert alerts(sqlite_url) == ["policy_change"]  # no failure alert: the switch was accepted first
    from monitor.alerts.outbox import alert_message

    message = alert_message(open_database(sqlite_url), third.alert_id)
    assert "language switched from en to de on 3 consecutive checks" in message.summary
    assert crawl_all(config)[0]["Acme"].outcome in ("not_modified", "unchanged_raw", "ok")
    assert kinds(sqlite_url) == ["first", "text"]


def test_a_language_switch_that_does_not_last_never_becomes_a_version(fixture_site: FixtureSite, sqlite_url: str) -> None:
    config = setup(fixture_site, sqlite_url)
    german, english = Page(policy_html(GERMAN_SECTIONS, lang="de")), Page(policy_html())
    for page in (german, german, english, german, german, english):  # a geo-IP variant now and then
        fixture_site.set_page("/privacy", page)
        crawl_all(config)
    assert kinds(sqlite_url) == ["first"] and alerts(sqlite_url) == []


def test_broken_pages_are_never_accepted_however_long_they_last(fixture_site: FixtureSite, sqlite_url: str) -> None:
    config = setup(fixture_site, sqlite_url)
    fixture_site.set_page("/privacy", Page(b"<html><body><main><h1>Page not found</h1></main></body></html>"))
    for _ in range(5):
        assert crawl_all(config)[0]["Acme"].outcome in ("suspect", "blocked", "empty", "http_error")
    assert kinds(sqlite_url) == ["first"] and alerts(sqlite_url) == ["fetch_failure"]


def test_language_switches_are_only_accepted_when_configured(fixture_site: FixtureSite, sqlite_url: str) -> None:
    config = setup(fixture_site, sqlite_url, change_detection={"accept_language_switch_after": 0})
    fixture_site.set_page("/privacy", Page(policy_html(GERMAN_SECTIONS, lang="de")))
    for _ in range(4):
        assert crawl_all(config)[0]["Acme"].outcome == "suspect"
    assert kinds(sqlite_url) == ["first"] and alerts(sqlite_url) == ["fetch_failure"]


def test_a_chrome_only_change_keeps_the_stored_language(fixture_site: FixtureSite, sqlite_url: str) -> None:
    """The text is the latest version's: the language is taken from it, not detected again."""
    config = setup(fixture_site, sqlite_url)
    db = open_database(sqlite_url)
    from sqlalchemy import update

    from storage.models import Version

    with db.write() as session:  # a language the detector never answers: any detection would differ
        session.execute(update(Version).values(language="sv"))
    fixture_site.set_page("/privacy", Page(policy_html(extra="").replace(b"Home</a>", b"Home</a> <a href='/sale'>Sale!</a>")))
    result = crawl_all(config)[0]["Acme"]
    assert result.outcome == "ok" and result.change_kind is None and result.version_id is not None
    assert [r.language for r in history(db, "Acme")] == ["sv"]


def test_rules_on_texts() -> None:
    assert is_cosmetic("# A\nb c\n", "## A\nb\nc\n")
    assert not is_cosmetic("# A\nb c\n", "# A\nb d\n")
    assert not is_cosmetic("# A\nb c\n", "# A\nb c\n")  # no change is not a cosmetic change
    assert not is_cosmetic("# A\nb c\n", "# A\nb c d\n")  # a word added at the end
    assert not is_cosmetic("# A\nb c d\n", "- A\nb c\n")  # ... or removed there
    assert is_cosmetic("A\n\n| b | c |\n|---|---|\n", "A\n\n* b\n* c\n")  # a table that became a list
    policy = ChangePolicy()
    words = " ".join(f"w{i}" for i in range(100))
    assert suspect_reason(new_text="too short", new_words=2, new_language=None, old_text=None, old_words=None,
                          old_language=None, policy=policy)
    assert suspect_reason(new_text=words, new_words=100, new_language="en", old_text=words, old_words=100,
                          old_language="en", policy=policy) is None
    other = " ".join(f"x{i}" for i in range(100))
    assert "another document" in suspect_reason(new_text=other, new_words=100, new_language="en", old_text=words,
                                                old_words=100, old_language="en", policy=policy)
    comparison = TextComparison(words, other).compute()  # what record_fetch computes before its transaction
    assert comparison.vocabulary_overlap == 0.0 and not comparison.cosmetic
    assert comparison.line_stats == {"lines_added": 1, "lines_removed": 1, "lines_before": 1, "lines_after": 1}
    assert suspect_reason(new_text=other, new_words=100, new_language="en", old_text=words, old_words=100,
                          old_language="en", policy=policy, comparison=comparison) == suspect_reason(
        new_text=other, new_words=100, new_language="en", old_text=words, old_words=100, old_language="en", policy=policy)
    assert TextComparison("# A\nb c\n", "## A\nb\nc\n").cosmetic

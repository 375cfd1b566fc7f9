"""Generic chrome stripping: when a chrome-looking name is not chrome (anchor slugs, headings named
"…-header"), and when policy-looking content is chrome (cookie-preference forms, modal layers with
their own title or date)."""

from __future__ import annotations

from typing import Any

from crawler.extract import extract_html

LONG = "We keep your account data for as long as the account is open and delete it within thirty days after closure."


LONG_PARAGRAPHS = f"<p>{LONG}</p>" * 6


def page(inner: str) -> str:
    return f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Privacy</title></head><body>{inner}</body></html>'


def ok_text(html: str, **kwargs: Any) -> str:
    result = extract_html(html, **kwargs)
    assert result.outcome == "ok", result
    return result.text


# --- anchor slugs are not chrome names -------------------------------------------------------------


def test_heading_ids_slugged_from_their_text_are_not_chrome_names() -> None:
    # "share", "social", "consent", "banner" are chrome tokens, but here the id spells the heading
    html = page(
        "<nav><a href='/'>Home</a></nav><main><h1>Privacy Policy</h1>"
        f"<h2 id='how-we-share-data'>5. How We Share Data</h2><p>{LONG}</p>"
        f"<h3 id='social-media-interactions'>Social Media Interactions</h3><p>{LONG}</p>"
        "<h3 id='why-doesnt-this-site-show-a-consent-banner'>Why doesn\u2019t this site show a consent banner?</h3>"
        f"<p>{LONG}</p></main>"
    )
    assert ok_text(html) == (
        f"# Privacy Policy\n## 5. How We Share Data\n{LONG}\n### Social Media Interactions\n{LONG}\n"
        f"### Why doesn't this site show a consent banner?\n{LONG}\n"
    )


def test_a_section_whose_id_spells_its_heading_is_kept() -> None:
    sections = "".join(f"<h2>{n}. Section</h2><p>{LONG}</p><p>{LONG}</p>" for n in range(1, 5))
    html = page(
        f"<main><h1>Privacy Policy</h1><p>{LONG}</p>{sections}"
        "<div id='data-from-connected-social-media-accounts'><h3>2a. Data from connected social media accounts</h3>"
        f"<h4>Facebook</h4><p>{LONG}</p><h4>LinkedIn</h4><p>{LONG}</p></div></main>"
    )
    text = ok_text(html)
    assert "### 2a. Data from connected social media accounts\n#### Facebook\n" in text
    assert "#### LinkedIn\n" in text


def test_chrome_ids_that_do_not_spell_their_text_still_count() -> None:
    html = page(
        "<div id='social-share-buttons'><a href='https://x.com/share'>Post on X</a> <a href='/mail'>E-mail a friend</a></div>"
        f"<main><h1>Privacy Policy</h1><p>{LONG}</p><p>{LONG}</p></main>"
        "<div id='newsletter-signup-box'><p>Get our monthly letter.</p></div>"
    )
    assert ok_text(html) == f"# Privacy Policy\n{LONG}\n{LONG}\n"


def test_a_short_id_naming_its_own_text_is_still_a_chrome_name() -> None:
    # two words are not enough to call an id a slug: <div id="share">Share</div> stays a widget
    html = page(f"<div id='social-share'>Social share</div><main><h1>Privacy</h1><p>{LONG}</p></main>")
    assert ok_text(html) == f"# Privacy\n{LONG}\n"


# --- headings named like page regions ---------------------------------------------------------------


def test_headings_with_header_or_sidebar_class_names_are_kept() -> None:
    # a short policy beside other text: no element holds most of the page, so nothing is "content"
    menu = "".join(f"<li><a href='/p{n}'>Product {n}</a></li>" for n in range(8))
    html = page(
        f"<div class='site-header'><ul class='menu'>{menu}</ul></div><div class='content'><h1>Privacy Policy</h1>"
        f"<div class='sub-category'><h2 class='sub-category-header'>Exercising your rights</h2><p>{LONG}</p></div>"
        f"<div class='sub-category'><h2 class='section-header'>Cookies</h2><p>{LONG}</p></div>"
        f"<h3 class='sidebar-title'>Contact</h3><p>{LONG}</p></div>"
        f"<div class='teaser'><p>{LONG}</p><p>{LONG}</p></div><div class='footer'><ul>{menu}</ul></div>"
    )
    text = ok_text(html)
    assert "# Privacy Policy\n## Exercising your rights\n" in text
    assert f"## Cookies\n{LONG}\n### Contact\n" in text
    assert "Product 1" not in text


def test_a_header_container_is_still_chrome() -> None:
    html = page(
        "<div class='page-header'><a href='/'>Acme</a> <a href='/login'>Log in</a></div>"
        f"<div class='content'><h1>Privacy</h1><p>{LONG}</p><p>{LONG}</p></div>"
    )
    assert ok_text(html) == f"# Privacy\n{LONG}\n{LONG}\n"


# --- consent forms and modal layers ------------------------------------------------------------------


def test_a_cookie_preferences_form_is_consent_chrome_not_a_form_of_the_page() -> None:
    categories = "".join(
        f"<div class='option'><label>{name}</label><input type='checkbox'><p>{name} cookies: {LONG}</p></div>"
        for name in ("Essential", "Analytics", "Marketing", "Personalisation")
    )
    html = page(
        f"<div class='wrapper'><div><h1>Privacy Policy</h1><p>{LONG}</p><h2>Rights</h2>{LONG_PARAGRAPHS}</div>"
        f"<div class='prefs'><form id='cookie-preferences'><h2>Privacy preferences</h2>{categories}"
        "<button>Save</button></form></div></div>"
    )
    assert ok_text(html) == f"# Privacy Policy\n{LONG}\n## Rights\n" + f"{LONG}\n" * 6


def test_an_ordinary_form_with_paragraphs_is_still_protected() -> None:
    # ASP.NET-style pages wrap their content in a form: a form is chrome only when it is small
    html = page(
        f"<form id='page-form'><h1>Privacy</h1><p>{LONG}</p><p>{LONG}</p><p>{LONG}</p></form>"
        f"<div><p>{LONG}</p></div>"
    )
    assert ok_text(html) == f"# Privacy\n{LONG}\n{LONG}\n{LONG}\n{LONG}\n"


def test_a_modal_with_its_own_title_and_date_is_dropped() -> None:
    html = page(
        "<div class='modals'>"
        "<div id='cookies-modal' class='modal'><h1>Cookie settings</h1>"
        f"<h2>Necessary cookies</h2><p>{LONG}</p><h2>Analytics cookies</h2><p>{LONG}</p><button>Save</button></div>"
        f"<div id='terms-modal' class='modal'><p>Our terms are in force since 1 May 2026 (effective date). {LONG}</p></div>"
        "</div>"
        f"<div id='content'><h1>Privacy Policy</h1><p>Last updated: 2 June 2026</p>"
        + "".join(f"<h2>{n}. Section</h2><p>{LONG}</p><p>{LONG}</p>" for n in range(1, 5))
        + "</div>"
    )
    text = ok_text(html)
    assert text.startswith("# Privacy Policy\nLast updated: 2 June 2026\n## 1. Section\n")
    assert "Cookie settings" not in text and "Necessary cookies" not in text and "in force since" not in text


def test_a_policy_shown_in_a_modal_is_kept() -> None:
    # a modal holding most of the page's text is the page
    html = page(
        "<nav><a href='/'>Home</a></nav>"
        f"<div class='modal'><h1>Privacy Policy</h1><p>{LONG}</p><p>{LONG}</p><p>{LONG}</p></div>"
    )
    assert ok_text(html) == f"# Privacy Policy\n{LONG}\n{LONG}\n{LONG}\n"


def test_a_consent_dialog_over_a_short_page_still_blocks_it() -> None:
    html = page(
        "<div class='consent-wall' role='dialog'><h1>Before you continue</h1><p>We use cookies and data to deliver "
        "services, measure audiences and show personalised ads.</p><button>Reject all</button><button>Accept all</button>"
        "</div><footer><a href='/privacy'>Privacy</a></footer>"
    )
    result = extract_html(html)
    assert result.outcome == "blocked" and "consent" in result.message

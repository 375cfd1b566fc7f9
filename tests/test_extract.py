"""HTML → policy text: the text format, chrome stripping, declared selectors, bad inputs, and quality
on real pages (the OTA corpus in ../shared and the demo sites)."""

from __future__ import annotations

import json
import statistics
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.extract import EXTRACTOR_VERSION, Extraction, extract_html
from crawler.normalize import normalize_text
from crawler.quality import policy_tokens, token_f1

REPO_ROOT = Path(__file__).resolve().parents[1]
OTA_DIR = REPO_ROOT.parent / "shared" / "corpus" / "ota"
DEMO_SITES = REPO_ROOT / "monitor" / "demo" / "sites"

LONG = "We process these data only for the purposes described in this policy and keep them no longer than needed."


def ok_text(html: str | bytes, **kwargs: Any) -> str:
    result = extract_html(html, **kwargs)
    assert result.outcome == "ok", result
    return result.text


def body(inner: str, *, lang: str = "en", title: str = "Privacy Policy") -> str:
    return f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>{inner}</body></html>'


# --- the policy text format ------------------------------------------------------------------------


def test_headings_paragraphs_and_lists() -> None:
    html = body(
        "<main><h1>Privacy Policy</h1><p>Intro.</p><h2>5. Data retention</h2>"
        "<ul><li>Backups are deleted after 30 days.</li><li>Invoices: 10 years.</li></ul>"
        "<h6>Fine print</h6></main>"
    )
    assert ok_text(html) == (
        "# Privacy Policy\nIntro.\n## 5. Data retention\n- Backups are deleted after 30 days.\n"
        "- Invoices: 10 years.\n###### Fine print\n"
    )


def test_role_heading_uses_aria_level() -> None:
    html = body("<main><div role='heading' aria-level='3'>Retention</div><p>We keep data.</p><span role='heading'>Rights</span></main>")
    assert ok_text(html) == "### Retention\nWe keep data.\n## Rights\n"


def test_nested_lists_are_flattened_one_item_per_line() -> None:
    html = body(
        "<main><ul><li>Account data<ul><li>name</li><li>e-mail<ol><li>work</li></ol></li></ul></li>"
        "<li><p>Usage data</p><p>collected automatically</p></li><li>Intro:<ul><li>a</li></ul>after</li></ul></main>"
    )
    assert ok_text(html) == (
        "- Account data\n- name\n- e-mail\n- work\n- Usage data\ncollected automatically\n- Intro:\n- a\nafter\n"
    )


def test_table_rows() -> None:
    html = body(
        "<main><table><caption>Cookies</caption><thead><tr><th>Name</th><th>Purpose</th><th>Duration</th></tr></thead>"
        "<tbody><tr><td>_ga</td><td><p>Analytics</p><p>by Google</p></td><td>2 years</td></tr>"
        "<tr><td></td><td></td><td></td></tr><tr><td>sid</td><td>Session<br>login</td><td></td></tr></tbody></table></main>"
    )
    assert ok_text(html) == (
        "Cookies\n| Name | Purpose | Duration |\n| _ga | Analytics by Google | 2 years |\n| sid | Session login | |\n"
    )


def test_cell_and_heading_blocks_join_without_space_before_punctuation() -> None:
    html = body("<main><table><tr><th><p>Name</p>, <p>e-mail</p> (<div>optional</div>)</th></tr></table><h2>Data<br>.</h2></main>")
    assert ok_text(html) == "| Name, e-mail (optional) |\n## Data.\n"


def test_layout_tables_render_as_blocks() -> None:
    html = body("<table><tr><td><h1>Privacy</h1><p>We care.</p></td></tr><tr><td><h2>Data</h2><p>Some.</p></td></tr></table>")
    assert ok_text(html) == "# Privacy\nWe care.\n## Data\nSome.\n"
    presentational = body("<main><table role='presentation'><tr><td>Left</td><td>Right</td></tr></table></main>")
    assert ok_text(presentational) == "Left\nRight\n"


def test_br_separated_lines_become_lines() -> None:
    html = body("<main><address>Acme d.o.o.<br>Slovenska cesta 1<br/>1000 Ljubljana</address><div>a<br>b</div></main>")
    assert ok_text(html) == "Acme d.o.o.\nSlovenska cesta 1\n1000 Ljubljana\na\nb\n"


def test_definition_lists_blockquotes_and_pre() -> None:
    html = body(
        "<main><dl><dt>Controller</dt><dd>Acme</dd></dl><blockquote><p>Quoted</p></blockquote>"
        "<pre>line 1\n   line 2\n\nline 3</pre><div>block<div>inner</div>tail</div></main>"
    )
    assert ok_text(html) == "Controller\nAcme\nQuoted\nline 1\nline 2\nline 3\nblock\ninner\ntail\n"


def test_inline_elements_join_with_source_spacing() -> None:
    html = body(
        "<main><p>Read <a href='/terms'>our terms</a>, then <strong>accept</strong>.\n"
        "Email <code>dpo@acme.si</code> or call <em>+386\u00a01</em> (<abbr>EU</abbr>).</p>"
        "<h2><a href='#5'>5.</a> <span>Rights</span><br>and choices</h2></main>"
    )
    assert ok_text(html) == "Read our terms, then accept. Email dpo@acme.si or call +386 1 (EU).\n## 5. Rights and choices\n"


def test_typographic_characters_are_normalized() -> None:
    html = body("<main><p>\u201cWe\u201d don\u2019t sell data \u2013 ever.\u200b</p></main>")
    assert ok_text(html) == "\"We\" don't sell data - ever.\n"


def test_non_text_and_hidden_elements_are_dropped() -> None:
    html = body(
        "<main><p>Visible text</p><p hidden>Hidden one</p><p aria-hidden='true'>Aria hidden</p>"
        "<p style='color: red; DISPLAY : none'>Display none</p><p style='visibility:hidden'>Invisible</p>"
        "<script>var x = 'script'</script><style>p {}</style><noscript>Enable JS</noscript><template><p>tpl</p></template>"
        "<svg><text>svg text</text></svg><img alt='logo' src='x.png'><button>Click</button><iframe src='x'></iframe>"
        "<select><option>Option</option></select><!-- a comment --></main>"
    )
    assert ok_text(html) == "Visible text\n"


def test_collapsed_accordion_answers_are_kept() -> None:
    # aria-hidden on a panel labelled by its trigger button: the answer is policy text
    html = body(
        "<main><h1>FAQ</h1><button aria-controls='a1'><h3>Do you sell data?</h3></button>"
        "<div id='a1' aria-labelledby='t1' aria-hidden='true'><p>No, never.</p></div></main>"
    )
    assert ok_text(html) == "# FAQ\n### Do you sell data?\nNo, never.\n"


def test_title_and_language_hint() -> None:
    result = extract_html(body("<main><p>Besedilo.</p></main>", lang="sl-SI", title=" Politika \u2013 zasebnosti "))
    assert result == Extraction("ok", "Besedilo.\n", "", "Politika - zasebnosti", "sl", False)


# --- generic chrome stripping ----------------------------------------------------------------------

POLICY = (
    "<h1>Privacy Policy</h1><p>Last updated: 1 March 2026</p>"
    f"<h2>1. Who we are</h2><p>Acme d.o.o., Slovenska cesta 1, 1000 Ljubljana (<a href='mailto:dpo@acme.si'>dpo@acme.si</a>) is the controller. {LONG}</p>"
    f"<h2>2. Retention</h2><p>{LONG}</p><ul><li>Backups: 30 days.</li></ul>"
)
POLICY_TEXT = (
    "# Privacy Policy\nLast updated: 1 March 2026\n## 1. Who we are\n"
    f"Acme d.o.o., Slovenska cesta 1, 1000 Ljubljana (dpo@acme.si) is the controller. {LONG}\n"
    f"## 2. Retention\n{LONG}\n- Backups: 30 days.\n"
)

CHROME = {
    "nav": "<nav><a href='/'>Home</a> <a href='/pricing'>Pricing</a></nav>",
    "site header": "<header><a href='/'>Acme</a> <a href='/login'>Sign in</a></header>",
    "site footer": "<footer><p>\u00a9 2026 Acme</p><a href='/imprint'>Imprint</a></footer>",
    "header class": "<div class='site-header'><a href='/'>Acme home</a></div>",
    "footer class": "<div id='pageFooter'><h3>Company</h3><a href='/about'>About us</a><a href='/jobs'>Jobs</a></div>",
    "cookie banner": "<div class='cookie-banner'><p>We use cookies. <a href='/cookies'>Learn more</a></p><button>Accept</button></div>",
    "consent with button": "<div id='consent'><p>Allow tracking?</p><button>Yes</button></div>",
    "cmp vendor": "<div id='onetrust-consent-sdk'><h2>Privacy Preference Center</h2><p>Cookie settings</p></div>",
    "consent dialog": "<div role='dialog' aria-modal='true'><p>Accept cookies?</p><button>OK</button></div>",
    "newsletter form": "<form action='/subscribe'><label>Your e-mail</label><input type='email'><button>Go</button></form>",
    "newsletter div": "<div class='newsletter-box'><h3>Stay informed</h3><p>Monthly news.</p></div>",
    "language switcher class": "<ul class='language-switcher'><li><a href='/de'>Deutsch</a></li><li><a href='/fr'>Français</a></li></ul>",
    "language switcher hreflang": (
        "<ul><li><a href='/de' hreflang='de'>Deutsch</a></li><li><a href='/fr' hreflang='fr'>Français</a></li>"
        "<li><a href='/sl' hreflang='sl'>Slovenščina</a></li></ul>"
    ),
    "skip link": "<a href='#main'>Skip to main content</a>",
    "skip link class": "<a class='skipLink' href='#x'>Jump</a>",
    "breadcrumbs": "<ol class='breadcrumb'><li><a href='/'>Home</a></li><li>Legal</li></ol>",
    "breadcrumb schema": "<ol itemscope itemtype='https://schema.org/BreadcrumbList'><li>Home</li><li>Legal</li></ol>",
    "share widget": "<div class='social-share'><a href='https://x.com/share'>Share on X</a></div>",
    "aside": "<aside><h3>Related</h3><a href='/terms'>Terms</a></aside>",
    "sidebar": "<div class='sidebar'><a href='/a'>Terms</a><a href='/b'>Cookies</a></div>",
    "navbar": "<div class='navbar'><a href='/a'>Products</a></div>",
    "role navigation": "<div role='navigation'><a href='/'>Home</a></div>",
    "role banner": "<div role='banner'>Acme</div>",
    "role contentinfo": "<div role='contentinfo'>Contact</div>",
    "role search": "<div role='search'>Search the site</div>",
    "search landmark": "<search>Find</search>",
    "back to top": "<a class='back-to-top' href='#top'>Top</a>",
}


@pytest.mark.parametrize("chrome", sorted(CHROME))
@pytest.mark.parametrize("landmark", ["main", "article", "div"])
def test_chrome_is_stripped(chrome: str, landmark: str) -> None:
    html = body(f"{CHROME[chrome]}<{landmark} class='content'>{POLICY}</{landmark}>{CHROME[chrome]}")
    assert ok_text(html) == POLICY_TEXT


def test_all_chrome_at_once() -> None:
    chrome = "".join(CHROME.values())
    assert ok_text(body(f"{chrome}<main>{POLICY}</main>{chrome}")) == POLICY_TEXT


def test_article_header_with_title_and_last_updated_is_kept() -> None:
    html = body(
        "<header class='site-header'><nav><a href='/'>Home</a></nav></header><main><article>"
        "<header class='policy-header'><h1>Privacy Policy</h1><p>Last updated: 3 May 2026</p></header>"
        f"<p>{LONG}</p><footer class='article-footer'><p>Acme GmbH, Hauptstr. 1, 10115 Berlin</p></footer>"
        "</article></main><footer><a href='/imprint'>Imprint</a></footer>"
    )
    assert ok_text(html) == f"# Privacy Policy\nLast updated: 3 May 2026\n{LONG}\nAcme GmbH, Hauptstr. 1, 10115 Berlin\n"


def test_page_header_holding_the_title_outside_main_is_kept() -> None:
    html = body(
        "<header class='hero'><nav><a href='/'>Home</a></nav><h1>Privacy Policy</h1><p>Effective date: 2026-01-01</p></header>"
        f"<main><p>{LONG}</p><h2>Rights</h2><p>{LONG}</p></main><footer><p>Acme Inc.</p></footer>"
    )
    assert ok_text(html) == f"# Privacy Policy\nEffective date: 2026-01-01\n{LONG}\n## Rights\n{LONG}\n"


def test_title_and_date_outside_the_main_region_are_rescued() -> None:
    html = body(
        "<div class='top'><h1>Privacy Policy</h1><div class='promo'>Get 50% off now!</div>"
        f"<p class='meta'>Last modified on 2 Feb 2026</p></div><main><p>{LONG}</p><p>{LONG}</p></main>"
    )
    assert ok_text(html) == f"# Privacy Policy\nLast modified on 2 Feb 2026\n{LONG}\n{LONG}\n"


def test_policy_header_without_landmarks() -> None:
    html = body(
        "<div class='header'><a href='/'>Acme</a><ul class='menu'><li><a href='/p'>Products</a></li></ul></div>"
        "<div class='content'><div class='page-header'><h3>Personal data</h3>"
        f"<div class='description'>{LONG}</div></div><h2>Data</h2><p>{LONG}</p></div>"
        "<div class='footer'><h3>Company</h3><ul><li><a href='/about'>About</a></li></ul><p>\u00a9 2026 Acme GmbH</p></div>"
    )
    assert ok_text(html) == f"### Personal data\n{LONG}\n## Data\n{LONG}\n"


def test_chrome_named_elements_holding_policy_text_are_kept() -> None:
    html = body(
        "<div class='navbar'><a href='/'>Home</a></div><main><h1>Privacy</h1>"
        "<div id='menu-of-data-categories'><h2>Categories of data</h2><ul><li>Identity data: name</li><li>Contact data: e-mail</li></ul></div>"
        "<section id='consent'><h2>Consent</h2><p>You may withdraw consent at any time.</p><button>Cookie settings</button></section>"
        "<div class='cmp-text'><p>Adobe AEM text component.</p></div>"
        "<div class='toc-visible:md:grid-cols-9 intercom-interblocks-paragraph'><p>Tailwind and Intercom text.</p></div>"
        f"<p>{LONG}</p></main>"
    )
    assert ok_text(html) == (
        "# Privacy\n## Categories of data\n- Identity data: name\n- Contact data: e-mail\n## Consent\n"
        f"You may withdraw consent at any time.\nAdobe AEM text component.\nTailwind and Intercom text.\n{LONG}\n"
    )


def test_cookie_policy_content_is_not_a_cookie_banner() -> None:
    html = body(
        "<div id='cookie-notice' class='cookie-banner'>We use cookies <button>OK</button></div>"
        f"<div class='cookie-policy'><h1>Cookie Policy</h1><p>{LONG}</p>"
        "<table class='cookie-table'><tr><th>Name</th><th>Purpose</th></tr><tr><td>_ga</td><td>Analytics</td></tr></table>"
        "<div class='cookie-list'><ul><li>sid: session</li></ul></div></div>"
    )
    assert ok_text(html) == f"# Cookie Policy\n{LONG}\n| Name | Purpose |\n| _ga | Analytics |\n- sid: session\n"


def test_a_form_wrapping_the_whole_page_is_kept() -> None:
    html = body(
        "<form id='aspnetForm' method='post'><div class='nav'><a href='/'>Home</a></div>"
        f"<div id='main'><h1>Privacy</h1><p>{LONG}</p><p>{LONG}</p></div><input type='hidden' name='__VIEWSTATE'></form>"
    )
    assert ok_text(html) == f"# Privacy\n{LONG}\n{LONG}\n"


def test_dominant_region_drops_unlabelled_chrome() -> None:
    html = body(
        "<div><a href='/'>Home</a> <a href='/blog'>Blog</a></div><div>Spring sale!</div>"
        f"<div class='x'><div class='y'><h1>Privacy</h1><p>{LONG}</p><p>{LONG}</p><p>{LONG}</p><p>{LONG}</p></div></div>"
        "<div>Some unlabelled chrome</div>"
    )
    assert ok_text(html) == f"# Privacy\n{LONG}\n{LONG}\n{LONG}\n{LONG}\n"


def test_hidden_element_holding_most_of_the_text_is_kept() -> None:
    # pages that reveal their content with JavaScript hide it in the served HTML
    html = body(f"<nav><a href='/'>Home</a></nav><div id='app' style='display:none'><h1>Privacy</h1><p>{LONG}</p></div>")
    assert ok_text(html) == f"# Privacy\n{LONG}\n"


def test_cmp_markup_is_dropped_even_when_larger_than_the_policy() -> None:
    cookie_descriptions = "".join(f"<p>Category {n}: {LONG}</p>" for n in range(6))
    html = body(
        f"<div class='cky-consent-container'><p class='cky-title' role='heading' aria-level='1'>We value your privacy</p>{cookie_descriptions}"
        f"<button>Accept</button></div><main><h1>Privacy</h1><p>{LONG}</p><p>{LONG}</p><p>{LONG}</p><p>{LONG}</p></main>"
    )
    assert ok_text(html) == f"# Privacy\n{LONG}\n{LONG}\n{LONG}\n{LONG}\n"


# --- declared selectors ----------------------------------------------------------------------------

DECLARED = body(
    "<nav>Menu</nav><div id='intro'><h1>Privacy</h1><p>Intro text.</p></div><div class='toc'><a href='#a'>A</a></div>"
    "<section id='s1'><h2 id='a'>A. Data</h2><p>We collect data.</p><p class='ad'>Buy now</p></section>"
    "<section id='s2'><h2 id='b'>B. Rights</h2><p>You may object.</p></section>"
    "<h2 id='end'>Other documents</h2><p>Terms of service.</p><footer>Foot</footer>"
)


def declared(select: Any = (), remove: Any = ()) -> Extraction:
    return extract_html(DECLARED, select=select, remove=remove)


def test_select_keeps_only_matched_regions_in_declaration_order_as_ota_does() -> None:
    result = declared(select=["#intro", "#s1", "#s2"])
    assert result.outcome == "ok" and result.used_selectors and result.message == ""
    assert result.text == "# Privacy\nIntro text.\n## A. Data\nWe collect data.\nBuy now\n## B. Rights\nYou may object.\n"
    # OTA's engine appends the matches of each selector in turn (document order within one selector)
    assert declared(select=["#s2", "#s1"]).text == "## B. Rights\nYou may object.\n## A. Data\nWe collect data.\nBuy now\n"


def test_select_accepts_a_single_string() -> None:
    assert declared(select="#s2").text == "## B. Rights\nYou may object.\n"


def test_remove_deletes_matched_regions_first() -> None:
    result = declared(select=["body"], remove=[".ad", "nav", "footer", ".toc", "#s1 > p:first-of-type"])
    assert result.used_selectors
    assert result.text == "# Privacy\nIntro text.\n## A. Data\n## B. Rights\nYou may object.\n## Other documents\nTerms of service.\n"


def test_remove_alone_shapes_the_generic_result() -> None:
    result = declared(remove=[".ad", ".toc"])
    assert result.used_selectors
    assert result.text == "# Privacy\nIntro text.\n## A. Data\nWe collect data.\n## B. Rights\nYou may object.\n## Other documents\nTerms of service.\n"
    assert not declared(remove=[".matches-nothing"]).used_selectors


@pytest.mark.parametrize(
    ("selector", "expected"),
    [
        ({"startBefore": "#a", "endBefore": "#end"}, "## A. Data\nWe collect data.\n## B. Rights\nYou may object.\n"),
        ({"startAfter": "#a", "endAfter": "#b"}, "We collect data.\n## B. Rights\n"),
        ({"startBefore": "#s2", "endAfter": "#end"}, "## B. Rights\nYou may object.\n## Other documents\n"),
        ({"startAfter": "#intro h1", "endBefore": ".toc"}, "Intro text.\n"),
    ],
)
def test_range_selectors(selector: dict[str, str], expected: str) -> None:
    result = declared(select=[selector], remove=[".ad"])
    assert result.used_selectors and result.text == expected


def test_range_selector_in_remove() -> None:
    result = declared(select=["body"], remove=[{"startBefore": "#end", "endAfter": "footer"}, "nav", ".toc"])
    assert result.text == "# Privacy\nIntro text.\n## A. Data\nWe collect data.\nBuy now\n## B. Rights\nYou may object.\n"


def test_nested_and_overlapping_selections_repeat_their_text_as_in_ota() -> None:
    """OTA clones every match, so an imported declaration gives the text OTA archives for it."""
    result = declared(select=["section", "section p", {"startBefore": "#a", "endAfter": "#s2 p"}])
    sections = "## A. Data\nWe collect data.\nBuy now\n## B. Rights\nYou may object.\n"
    assert result.text == sections + "We collect data.\nBuy now\nYou may object.\n" + sections


@pytest.mark.parametrize(
    ("select", "remove", "bad"),
    [
        (["div[[["], [], "div[[["),
        (["#s1"], ["p:unknown-pseudo"], "p:unknown-pseudo"),
        ([{"startBefore": "#a"}], [], "range selector"),
        ([{"startBefore": "#a", "endBefore": "#end", "extra": "x"}], [], "range selector"),
        ([42], [], "42"),
        ([""], [], "empty"),
    ],
)
def test_invalid_selector_falls_back_to_generic_with_a_message(select: list[Any], remove: list[Any], bad: str) -> None:
    result = declared(select=select, remove=remove)
    assert result.outcome == "ok" and not result.used_selectors
    assert bad in result.message and "\n" not in result.message
    assert result.text == extract_html(DECLARED).text
    assert "# Privacy" in result.text and "Menu" not in result.text


def test_select_matching_nothing_falls_back_to_generic() -> None:
    result = declared(select=[".nope", {"startBefore": "#a", "endBefore": "#missing"}])
    assert result.outcome == "ok" and not result.used_selectors
    assert result.message == 'select matched nothing: .nope, {"endBefore": "#missing", "startBefore": "#a"}'
    assert result.text == extract_html(DECLARED).text


def test_select_partly_matching_is_used_and_notes_the_rest() -> None:
    result = declared(select=[".nope", "#s2"])
    assert result.used_selectors and result.text == "## B. Rights\nYou may object.\n"
    assert result.message == "select matched nothing: .nope"


def test_select_matching_only_empty_elements_falls_back() -> None:
    result = extract_html(body(f"<div id='app'></div><main><p>{LONG}</p></main>"), select=["#app"])
    assert result.outcome == "ok" and not result.used_selectors and "#app" in result.message
    assert result.text == LONG + "\n"


# --- bad inputs and outcomes -----------------------------------------------------------------------


def test_truncated_html() -> None:
    assert ok_text("<html><body><main><h1>Privacy</h1><p>We collect your e-mail address to send inv") == (
        "# Privacy\nWe collect your e-mail address to send inv\n"
    )


@pytest.mark.parametrize("closed", [True, False])
def test_ten_thousand_levels_of_nesting(closed: bool) -> None:
    html = "<html><body>" + "<div><span>" * 10_000 + "<p>deep policy text</p>" + ("</span></div>" * 10_000 if closed else "")
    assert ok_text(html) == "deep policy text\n"
    # both selectors match the paragraph: its text twice, as OTA gives it
    assert ok_text(html, select=["div > span > p", {"startBefore": "p", "endAfter": "body"}]) == "deep policy text\n" * 2


def test_page_over_the_size_limit_is_too_large() -> None:
    page = b"<html><body><p>" + b"policy " * (3 * 1024 * 1024) + b"</p></body></html>"  # 21 MB
    for html in (page, page.decode()):
        result = extract_html(html)
        assert result.outcome == "too_large" and result.text == ""
        assert "20,971,520" in result.message
    assert extract_html(body("<p>tiny</p>"), max_bytes=50).outcome == "too_large"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (bytes(range(256)) * 40, "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(2000), "binary"),
        (b"GIF89a\x01\x00\x01\x00\x80\x01\x00\xff\xff\xff\x02\x02\x02" * 50, "binary"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj", "PDF"),
        (b'{"privacy": "policy", "items": [1, 2, 3]}', "JSON"),
        ("[1, 2, 3]", "JSON"),
        ("text with \x00 NULs \x00\x01\x02\x03\x04\x05", "binary"),
    ],
)
def test_not_html(content: bytes | str, reason: str) -> None:
    result = extract_html(content)
    assert result.outcome == "not_html" and result.text == ""
    assert reason in result.message


@pytest.mark.parametrize(
    "content",
    [b"", "", b"  \n\t ", "<html><head><title>x</title></head><body>   </body></html>", "<div id='root'></div><script>app()</script>"],
)
def test_empty(content: bytes | str) -> None:
    result = extract_html(content)
    assert result.outcome == "empty" and result.text == "" and result.message


def test_only_chrome_is_empty() -> None:
    # each piece under the 30 % share that would protect it
    chrome = (
        "<nav><a href='/'>Home</a></nav><div class='breadcrumb'>Legal</div><aside>Links</aside>"
        "<div class='social-share'>Share</div><footer>Imprint</footer>"
    )
    result = extract_html(body(chrome))
    assert result.outcome == "empty" and "chrome" in result.message


COOKIE_WALL = body(
    "<div id='onetrust-consent-sdk'><div class='ot-sdk-container'><h2>We value your privacy</h2>"
    "<p>We and our 842 partners store and access information on your device, such as cookies, and process personal "
    "data, such as unique identifiers, for personalised advertising and content, measurement and audience research.</p>"
    "<button>Accept all</button><button>Reject all</button><a href='#'>Manage preferences</a></div></div>"
)
CONSENT_DIALOG = body(
    "<div class='consent-wall' role='dialog' aria-modal='true'><h1>Before you continue</h1><p>We use cookies and data to "
    "deliver and maintain services, measure audience engagement and show personalised ads.</p><form><button>Reject all"
    "</button><button>Accept all</button></form></div><footer><a href='/privacy'>Privacy</a> <a href='/terms'>Terms</a></footer>"
)
LOGIN = body(
    "<header><a href='/'>Acme</a></header><main><h1>Sign in to Acme</h1><form action='/login' method='post'>"
    "<label>Email <input type='email' name='email'></label><label>Password <input type='password' name='password'></label>"
    "<button type='submit'>Sign in</button></form><p><a href='/forgot'>Forgot your password?</a></p></main>",
    title="Sign in",
)
CHALLENGE = body(
    "<div class='main-wrapper' role='main'><h1>www.example.com</h1><h2 id='challenge-running'>Checking if the site "
    "connection is secure</h2><noscript><div>Enable JavaScript and cookies to continue</div></noscript>"
    "<div id='challenge-body-text'>www.example.com needs to review the security of your connection before proceeding.</div></div>",
    title="Just a moment...",
)
RECAPTCHA = body("<main><p>Please confirm that you are not a robot.</p><div class='g-recaptcha' data-sitekey='x'></div></main>")


@pytest.mark.parametrize(
    ("html", "wall"),
    [(COOKIE_WALL, "consent"), (CONSENT_DIALOG, "consent"), (LOGIN, "login"), (CHALLENGE, "captcha"), (RECAPTCHA, "captcha")],
)
def test_walls_are_blocked(html: str, wall: str) -> None:
    result = extract_html(html)
    assert result.outcome == "blocked" and result.text == ""
    assert wall in result.message


def test_a_short_policy_behind_a_cookie_banner_is_not_blocked() -> None:
    html = body("<div class='cookie-banner'>We use cookies. <button>OK</button></div><main><h1>Privacy</h1><p>We collect nothing.</p></main>")
    assert ok_text(html) == "# Privacy\nWe collect nothing.\n"


def test_a_policy_mentioning_captchas_and_logins_is_not_blocked() -> None:
    html = body(
        f"<header><form><input type='password'><button>Log in</button></form></header><main><h1>Privacy</h1>"
        f"<p>We use reCAPTCHA to check that you are not a robot. {LONG}</p><p>{LONG}</p><p>{LONG}</p></main>"
    )
    assert ok_text(html).startswith("# Privacy\nWe use reCAPTCHA")


@pytest.mark.parametrize("value", [None, 42, 3.5, ["<p>x</p>"], bytearray(b"<p>from bytearray</p>")])
def test_any_input_gives_an_outcome(value: Any) -> None:
    result = extract_html(value)
    assert isinstance(result, Extraction)
    assert result.outcome in {"ok", "not_html"}


def test_extractor_version_is_a_short_string() -> None:
    assert isinstance(EXTRACTOR_VERSION, str) and 0 < len(EXTRACTOR_VERSION) <= 20


# --- property test ---------------------------------------------------------------------------------

MAIN_WORDS = (
    "controller processor retention purpose consent transfer erasure portability objection lawful basis "
    "legitimate interest recipients subprocessors safeguards complaint authority minors profiling security "
    "backups invoices newsletter analytics storage contract account payment support"
).split()
INTRO = " ".join(MAIN_WORDS[:25])
INLINE_TAGS = ["span", "strong", "em", "a", "code", "b", "i", "small", "abbr", "sup"]
BLOCK_TAGS = ["div", "p", "section", "blockquote", "h2", "h3", "h4", "li", "dd", "dt", "pre", "address", "figure"]
SAFE_CLASSES = ["", "policy-header", "cmp-text", "content-text", "toc-visible:md:grid-cols-9", "prose", "legal-rich-text"]
SEPARATORS = [" ", "\n", "  \n  ", " <br> ", "\t"]

HIDDEN_CHROME = {
    "nav": "<nav><a href='/'>zzhome</a> <a href='/p'>zzpricing</a></nav>",
    "header": "<header class='site-header'><a href='/'>zzlogo</a></header>",
    "cookie": "<div class='cookie-banner'><p>zzcookies zzused</p><button>zzaccept</button></div>",
    "form": "<form class='newsletter'><label>zzsubscribe</label><input type='email'><button>zzgo</button></form>",
    "lang": "<ul class='language-switcher'><li><a href='/de' hreflang='de'>zzdeutsch</a></li><li><a href='/fr'>zzfrancais</a></li></ul>",
    "skip": "<a class='skip-link' href='#main'>zzskip</a>",
    "footer": "<footer><p>zzcopyright zzacme</p><a href='/imprint'>zzimprint</a></footer>",
    "aside": "<aside><a href='/x'>zzrelated</a></aside>",
    "breadcrumb": "<ol class='breadcrumbs'><li><a href='/'>zzcrumb</a></li></ol>",
    "share": "<div class='social-share'><a href='https://x.com'>zzshare</a></div>",
    "hidden": "<div hidden>zzhidden</div><p style='display:none'>zzinvisible</p>",
    "script": "<script>var zzscript = 1;</script><style>.zzstyle{}</style>",
}


@st.composite
def fragments(draw: st.DrawFn, depth: int = 0) -> tuple[str, list[str]]:
    """Random block/inline nesting around random policy words: (html, words)."""
    if depth >= 4 or draw(st.integers(0, 3)) == 0:
        words = draw(st.lists(st.sampled_from(MAIN_WORDS), min_size=1, max_size=6))
        return " ".join(words), words
    kids = draw(st.lists(fragments(depth + 1), min_size=1, max_size=4))
    separator = draw(st.sampled_from(SEPARATORS))
    inner = separator.join(html for html, _ in kids)
    words = [word for _, kid_words in kids for word in kid_words]
    shape = draw(st.sampled_from(["inline", "block", "list", "table"]))
    if shape == "list":
        return "<ul>" + "".join(f"<li>{html}</li>" for html, _ in kids) + "</ul>", words
    if shape == "table":
        return "<table><tr>" + "".join(f"<td>{html}</td>" for html, _ in kids) + "</tr></table>", words
    tag = draw(st.sampled_from(INLINE_TAGS if shape == "inline" else BLOCK_TAGS))
    css = draw(st.sampled_from(SAFE_CLASSES))
    return f"<{tag} class='{css}'>{inner}</{tag}>", words


@settings(max_examples=150, deadline=None)
@given(
    main=fragments(),
    wrapper=st.sampled_from(["main", "article", "div", "section"]),
    before=st.lists(st.sampled_from(sorted(HIDDEN_CHROME)), unique=True, max_size=6),
    after=st.lists(st.sampled_from(sorted(HIDDEN_CHROME)), unique=True, max_size=6),
)
def test_generated_pages_keep_the_main_text_and_drop_the_chrome(
    main: tuple[str, list[str]], wrapper: str, before: list[str], after: list[str]
) -> None:
    main_html, main_words = main
    chrome_before = "".join(HIDDEN_CHROME[name] for name in before)
    chrome_after = "".join(HIDDEN_CHROME[name] for name in after)
    html = body(f"{chrome_before}<{wrapper} id='content'><h1>Privacy</h1><p>{INTRO}</p>{main_html}</{wrapper}>{chrome_after}")
    result = extract_html(html)
    assert result.outcome == "ok", result
    tokens = set(policy_tokens(result.text))
    assert set(main_words) <= tokens
    assert not {token for token in tokens if token.startswith("zz")}
    assert normalize_text(result.text) == result.text


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="<>/=\"' abcdivpspanhtmlbody\n&;#x0123456789!-[]", max_size=400))
def test_arbitrary_markup_never_raises(markup: str) -> None:
    result = extract_html(markup, select=["div", {"startBefore": "p", "endAfter": "span"}], remove=["span"])
    assert result.outcome in {"ok", "empty", "not_html", "blocked"}
    assert result.outcome != "ok" or result.text.endswith("\n")


# --- quality on real pages -------------------------------------------------------------------------


def ota_triples() -> list[Path]:
    if not OTA_DIR.exists():
        pytest.skip("../shared/corpus/ota not present")
    triples = sorted(
        path.parent
        for path in (OTA_DIR / "triples").glob("*/*/*/*/declaration.json")
        if (path.parent / "snapshot.html").exists() and (path.parent / "expected.md").exists()
    )
    if not triples:
        pytest.skip("../shared/corpus/ota not present")
    return triples


def declaration_selectors(directory: Path) -> tuple[list[Any], list[Any]]:
    entry = json.loads((directory / "declaration.json").read_text(encoding="utf-8"))["entry"]

    def as_list(value: Any) -> list[Any]:
        return [] if value is None else value if isinstance(value, list) else [value]

    return as_list(entry.get("select")), as_list(entry.get("remove"))


@pytest.mark.shared
def test_ota_triples_with_declared_selectors_match_expected() -> None:
    scores = []
    for directory in ota_triples():
        select, remove = declaration_selectors(directory)
        result = extract_html((directory / "snapshot.html").read_bytes(), select=select, remove=remove)
        assert result.outcome == "ok", (directory, result.message)
        scores.append(token_f1(result.text, (directory / "expected.md").read_text(encoding="utf-8")))
    assert statistics.mean(scores) >= 0.9
    assert statistics.median(scores) >= 0.99


@pytest.mark.shared
def test_ota_triples_generic_extraction_matches_expected() -> None:
    scores = []
    for directory in ota_triples():
        result = extract_html((directory / "snapshot.html").read_bytes())
        assert result.outcome == "ok", (directory, result.message)
        scores.append(token_f1(result.text, (directory / "expected.md").read_text(encoding="utf-8")))
    assert statistics.mean(scores) >= 0.9
    assert statistics.median(scores) >= 0.98


@pytest.mark.shared
def test_ota_chrome_only_changes_give_the_same_text() -> None:
    if not OTA_DIR.exists():
        pytest.skip("../shared/corpus/ota not present")
    pairs = sorted(path.parent for path in (OTA_DIR / "html_noise_pairs").glob("*/*/*/*/declaration.json"))
    if not pairs:
        pytest.skip("../shared/corpus/ota not present")
    generic_changes = 0
    for directory in pairs:
        select, remove = declaration_selectors(directory)
        before, after = (directory / "before.html").read_bytes(), (directory / "after.html").read_bytes()
        declared_before = extract_html(before, select=select, remove=remove)
        assert declared_before.text == extract_html(after, select=select, remove=remove).text, directory
        generic_changes += extract_html(before).text != extract_html(after).text
    assert generic_changes <= max(1, len(pairs) // 5)


def demo_pages() -> list[Path]:
    return sorted(
        page
        for page in DEMO_SITES.glob("*/privacy*.html")
        if page.with_name(page.name.removesuffix(".html") + ".expected.txt").exists()
    )


@pytest.mark.parametrize("page", demo_pages(), ids=lambda page: f"{page.parent.name}/{page.name}")
def test_demo_site_pages_extract_to_their_expected_text(page: Path) -> None:
    expected = page.with_name(page.name.removesuffix(".html") + ".expected.txt").read_text(encoding="utf-8")
    assert extract_html(page.read_bytes()).text == expected

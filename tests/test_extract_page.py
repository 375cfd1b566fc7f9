"""The flattened page: built straight from lxml's parser events (the generic path) it must be the
same page as flattening BeautifulSoup's tree (kept for declared CSS selectors), so that both paths
see the same nodes, text, title, language and <body>."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.encoding import decode_html
from crawler.extract import Page, extract_html, parse_page

OTA_DIR = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "ota"

# BeautifulSoup turns these attributes into lists of their whitespace-separated tokens; the rules
# only ever split them, so the two forms are the same value.
_LIST_ATTRIBUTES = {"class", "rel", "rev", "accesskey", "headers", "accept-charset", "archive", "sizes", "sandbox", "for", "dropzone"}


def _attrs(attrs: dict) -> dict:
    return {
        key: tuple(value) if isinstance(value, list) else tuple(value.split()) if key in _LIST_ATTRIBUTES else value
        for key, value in attrs.items()
    }


def page_fields(page: Page) -> dict:
    return {
        "name": page.name,
        "text": page.text,
        "parent": page.parent,
        "end": page.end,
        "body": page.body,
        "title": page.title,
        "language": page.language,
        "attrs": [_attrs(attrs) for attrs in page.attrs],
    }


def assert_same_page(html: str) -> None:
    from_lxml, from_soup = parse_page(html), parse_page(html, soup=True)
    assert from_lxml.soup is None and from_soup.soup is not None
    assert page_fields(from_lxml) == page_fields(from_soup)


TRICKY = [
    "",
    "plain text only",
    "<!-- only a comment -->",
    "<?xml version='1.0' encoding='utf-8'?><html><body><p>x</p></body></html>",
    "\ufeff<html lang='fi'><body><p>moi</p></body></html>",
    "<!DOCTYPE html><html xml:lang='sl-SI'><head><title> Pravila <!--x--> zasebnosti </title></head><body>t</body></html>",
    "<html lang=''><head><title></title></head><body></body></html>",
    # React's "<!-- -->" between text pieces: separate strings, as in BeautifulSoup
    "<body><p>Last updated: <!-- -->May 1, 2024</p><p>a<?php echo 1 ?>b</p></body>",
    # whitespace-only strings collapse to one space or newline, except inside <pre>
    "<body><div>  </div><div>\n\n  \t</div><pre>  \n  x\n\n</pre><pre><b>   </b>\n</pre>\r\n<p>\x0c</p></body>",
    "<body><textarea>  a  </textarea><p>\u00a0</p><p> \u2003 </p></body>",
    # opaque elements keep their tail, not their content
    "<body><p>a<svg><title>icon</title><text>t</text></svg>tail<script>var x = '<p>'</script>after</p></body>",
    "<body><template><p>tpl</p></template><noscript><p>js</p></noscript><select><option>o</option></select></body>",
    # the title BeautifulSoup finds: the <head>'s first <title>, not an <svg><title>
    "<html><head><meta charset=utf-8></head><body><svg><title>not it</title></svg><p>x</p></body></html>",
    "<html><head><title>First</title><title>Second</title></head><body>b</body></html>",
    "<title>stray title</title><p>before head</p>",
    # stray, repeated and misplaced structural tags
    "<body><p>one</body><body class='second'><p>two</p></body><html lang='de'><body>three",
    "<html><frameset><frame src='a'></frameset><body><p>x</p></body></html>",
    "<table><tr><td>a<td>b<tr><td>c</table><p>after<li>item<li>item2",
    "<p>unclosed <b>bold <i>italic <a href='#'>link",
    "<div class='a  b' class='c' id='x' id='y' hidden role='navigation' x=1 x=2>dup attrs</div>",
    "<body>&amp; &nbsp; &foo; &#0; &#x1F600; &lt;p&gt; \u00e9 \u017e</body>",
    "<![CDATA[cdata]]><p>x</p><math><mi>x</mi></math>tail",
    "<body><rt>ruby text</rt><ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby></body>",
    "<html><body><main><h1>Priv",
    "<html><body>" + "<div><span>" * 10_000 + "<p>deep policy text</p>" + "</span></div>" * 10_000,
    "<html><body>" + "<div>" * 20_000 + "<p>deep unclosed</p>",
]


@pytest.mark.parametrize("html", TRICKY, ids=range(len(TRICKY)))
def test_lxml_page_is_the_beautifulsoup_page(html: str) -> None:
    assert_same_page(html)


@pytest.mark.parametrize("html", TRICKY, ids=range(len(TRICKY)))
def test_generic_path_never_raises_on_tricky_markup(html: str) -> None:
    result = extract_html(html)
    assert result.outcome in {"ok", "empty", "not_html", "blocked"}
    assert result.outcome != "ok" or result.text.endswith("\n")


TAGS = (
    "html head body title p div span pre textarea script style template svg math rt ruby b a li ul table tr td h1 "
    "main nav header footer form button input select option iframe noscript br img frameset meta"
).split()
PIECES = [
    "<!--c-->", "<!-- -->", "<?pi x?>", "<!DOCTYPE html>", "&amp;", "&nbsp;", "&bogus;", " ", "\n", "  \n ", "\t",
    "\r\n", "\x0c", "text", "Last updated: 1 May", "\u00a0", "<![CDATA[x]]>", "</", "<", ">", '"', "=", "ž",
]
ATTRIBUTES = ["", " class='a  b'", " lang=sl", " xml:lang=de", " hidden", " role=navigation", " id=x", " x=1 x=2"]


@st.composite
def tag_soup(draw: st.DrawFn) -> str:
    parts = draw(
        st.lists(
            st.one_of(
                st.builds(lambda tag, attrs: f"<{tag}{attrs}>", st.sampled_from(TAGS), st.sampled_from(ATTRIBUTES)),
                st.builds(lambda tag: f"</{tag}>", st.sampled_from(TAGS)),
                st.sampled_from(PIECES),
            ),
            max_size=60,
        )
    )
    return "".join(parts)


@settings(max_examples=300, deadline=None)
@given(tag_soup())
def test_generated_tag_soup_gives_the_same_page(markup: str) -> None:
    assert_same_page(markup)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="<>/=\"' abcdivpspanhtmlbodyprescript\n&;#x0123456789!-[]?", max_size=400))
def test_arbitrary_markup_gives_the_same_page_and_never_raises(markup: str) -> None:
    assert_same_page(markup)
    result = extract_html(markup)
    assert result.outcome in {"ok", "empty", "not_html", "blocked"}


@pytest.mark.shared
def test_real_pages_give_the_same_page() -> None:
    pages = sorted(OTA_DIR.glob("**/*.html")) if OTA_DIR.exists() else []
    if not pages:
        pytest.skip("../shared/corpus/ota not present")
    for path in pages:
        assert_same_page(decode_html(path.read_bytes()))


def test_lxml_limits_do_not_cut_the_page() -> None:
    # Without huge_tree, lxml's tree building (etree.HTML, lxml.html) drops what is nested deeper than
    # 256 levels and cuts a text node at 10 MB (libxml2 2.14); the parser target the page is built
    # from sees the whole depth and the whole text, as BeautifulSoup's builder does.
    text = "policy " * 1_600_000  # 11.2 MB in one text node
    page = parse_page(f"<html><body><p>{text}</p></body></html>")
    assert "".join(page.text) == text
    page = parse_page("<html><body>" + "<div>" * 10_000 + "<p>deep</p>")
    node, depth = len(page) - 1, 0
    while node > 0:
        node, depth = page.parent[node], depth + 1
    assert page.text[-1] == "deep" and depth > 10_000

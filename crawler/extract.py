"""HTML page → policy text (the format in docs/architecture.md): headings, list items, table rows and
paragraphs, one block per line, with the site chrome stripped.

Two paths:

* **declared selectors** (Open Terms Archive `select`/`remove`): keep only the selected regions;
* **generic**: drop ARIA landmarks and chrome elements (navigation, page header/footer, cookie
  banners, forms, language switchers, share widgets…) unless they hold policy text, then keep the
  main region (`<main>`, a single `<article>`, or the element clearly holding most of the text) plus
  the title and "last updated" lines if they sit outside it.

The page is parsed once by lxml (libxml2's HTML parser) and flattened, straight from the parser's
events, into arrays in document (pre-)order, so every pass is a loop, never a recursion: 10,000-deep
markup is just a long array. The events are the ones BeautifulSoup's lxml builder turns into its tree,
and the flattening keeps BeautifulSoup's rules (comments dropped, whitespace-only strings collapsed
outside <pre>), so the page is the same as flattening a BeautifulSoup tree, for about an eighth of
the parsing time. BeautifulSoup is only built when declared CSS selectors need it (soupsieve matches
them as before).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from bs4 import BeautifulSoup
from bs4.element import PreformattedString, Tag
from lxml import etree

from crawler.encoding import decode_html
from crawler.normalize import count_words, normalize_text
from storage import outcomes

__all__ = ["EXTRACTOR_VERSION", "Extraction", "extract_html"]

EXTRACTOR_VERSION = "2026.2"

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
Selector = str | Mapping[str, str]


@dataclass(frozen=True)
class Extraction:
    """The policy text of one page, or why there is none."""

    outcome: str  # "ok" | "empty" | "not_html" | "too_large" | "blocked"
    text: str  # normalized policy text ("" unless outcome == "ok")
    message: str = ""  # one human-readable line when outcome != "ok" (or a note about the selectors)
    title: str | None = None
    language_hint: str | None = None  # primary subtag of <html lang>, e.g. "sl"
    used_selectors: bool = False  # True when select/remove selectors shaped the result


# --- vocabulary ------------------------------------------------------------------------------------

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Elements whose content is never policy text; their children are not even flattened.
OPAQUE = frozenset(
    "head script style noscript template svg math iframe frame frameset object embed canvas video audio "
    "picture map select datalist textarea".split()
)
# Elements dropped from the text, but kept in the flattened page (selectors may name them).
VOID = frozenset("img input source track area wbr meta link base col param".split())
BLOCKS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption "
    "figure footer form header hgroup hr html legend main menu nav ol p section search summary ul "
    "caption option optgroup noframes".split()
)
PRE = frozenset("pre listing plaintext xmp".split())
PARAGRAPHS = frozenset("p li dd td blockquote".split())
TEXT_DIVS = frozenset("div section span".split())  # a paragraph when no block is inside
SECTIONING = frozenset("article aside main nav section".split())

NAV_ROLES = frozenset({"navigation", "menu", "menubar", "tablist", "search"})
PAGE_ROLES = frozenset({"banner", "contentinfo"})
DIALOG_ROLES = frozenset({"dialog", "alertdialog"})

# Class/id/aria-label tokens (whole tokens after splitting on -, _, space and camelCase).
STRUCTURAL_TOKENS = frozenset(
    "nav navbar navigation navi mainnav topnav subnav sidenav menu menus menubar megamenu submenu mainmenu "
    "sidebar drawer offcanvas toolbar topbar masthead tabs".split()
)
PAGE_LEVEL_TOKENS = frozenset("header footer siteheader sitefooter globalheader globalfooter pagefooter".split())
WIDGET_TOKENS = frozenset(
    "breadcrumb breadcrumbs crumbs crumb newsletter subscribe signup social socials share sharing sharebar "
    "addthis sharethis lang language languages locale locales langswitcher skip skiplink skiplinks backtotop "
    "feedback promo advert advertisement ads sponsored related searchbar searchbox".split()
)
WIDGET_PHRASES = ("-to-top-", "-on-this-page-", "-was-this-", "-lang-switch", "-language-switch")
CMP_VENDOR_TOKENS = frozenset(
    "onetrust optanon cookiebot cybot didomi usercentrics truste trustarc osano iubenda axeptio tarteaucitron "
    "cmplz borlabs klaro cookieyes cky quantcast qc sourcepoint cookiehub cookiefirst cookiescript moove "
    "cookielaw cookieconsent cookienotice cookiebanner gdpr ccpa".split()
)
# Layers drawn over the page: their own title and dates are not the policy's.
OVERLAY_TOKENS = frozenset("popup modal lightbox".split())
OVERLAY_KINDS = frozenset({"dialog", "consent", "overlay", "cmp", "captcha"})
COOKIE_TOKENS = frozenset("cookie cookies consent consents".split())
BANNER_TOKENS = frozenset(
    "banner bar notice notification popup pop modal dialog overlay wall prompt alert message msg box widget "
    "layer sdk manager preferences preference center".split()
)
CONTENT_TOKENS = frozenset("policy policies statement declaration table list details content text body".split())
CAPTCHA_TOKENS = frozenset("captcha recaptcha hcaptcha turnstile geetest challenge".split())

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_TOKEN_PARTS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_SKIP_LINK = re.compile(
    r"^\s*(skip|jump)\s+(to|navigation)|zum inhalt|aller au contenu|passer au contenu|ir al contenido|"
    r"vai al contenuto|naar (de )?inhoud|preskoči",
    re.IGNORECASE,
)
DATE_LINE = re.compile(
    r"last\s+(updated|modified|revised|changed|amended)|(updated|revised|modified)\s+(on|as of)|"
    r"effective\s+(date|as of|from|on)|date\s+of\s+(last|entry)|version\s+date|"
    r"derni[eè]re\s+mise\s+[àa]\s+jour|mis\s+[àa]\s+jour\s+le|en\s+vigueur|date\s+d.effet|"
    r"zuletzt\s+(aktualisiert|ge[äa]ndert)|letzte\s+aktualisierung|g[üu]ltig\s+ab|stand\s*:|"
    r"[úu]ltima\s+actualizaci[óo]n|entrada\s+en\s+vigor|ultimo\s+aggiornamento|in\s+vigore\s+dal|"
    r"laatst\s+bijgewerkt|senast\s+uppdaterad|viimeksi\s+p[äa]ivitetty|zadnja\s+posodobitev|velja\s+od|"
    r"ostatnia\s+aktualizacja|更新日期|生效日期|最后更新|最終更新|改定日|施行日",
)  # matched against lowercased text: 3x faster than re.IGNORECASE


def is_date_line(text: str) -> bool:
    """Whether a text names the policy's "last updated" / "effective" date."""
    return DATE_LINE.search(text.lower()) is not None


_CHALLENGE = re.compile(
    r"just a moment|checking (your|if the site connection|the site connection)|attention required|"
    r"verify (that )?you are (a )?human|are you a robot|pardon our interruption|"
    r"enable javascript and cookies to continue|ddos protection by|request unsuccessful|not a robot|"
    r"confirm (that )?you are (a )?human|complete the security check|one more step|access denied|captcha",
    re.IGNORECASE,
)

# Share of the page's text above which an element is never dropped as chrome.
PROTECT_SHARE = 0.3
PROTECT_SHARE_DIALOG = 0.5
LONG_PARAGRAPH_CHARS = 100
LANDMARK_MIN_SHARE = 0.35
DOMINANT_SHARE = 0.8
ANCHOR_SHARE = 0.6
SLUG_MIN_WORDS = 3  # an id of this many words spelling the element's leading text is an anchor
SLUG_TEXT_CHARS = 300
RESCUED_BLOCK_CHARS = 400  # a "last updated" block outside the main region, not a whole section
# A page is "blocked" when its text outside a consent wall is this short and no longer than the
# wall's, or its text outside a login form is shorter than BLOCKED_TINY_CHARS.
BLOCKED_OUTSIDE_CHARS = 400
BLOCKED_TINY_CHARS = 150
BLOCK_CHECK_WORDS = 100
WORD_CHECK_CHARS = 4000  # prefix that settles the BLOCK_CHECK_WORDS test for most pages


# --- the flattened page ----------------------------------------------------------------------------


@dataclass
class Page:
    """A parsed page as parallel arrays in document order; `end[i]` is the last node of i's subtree."""

    name: list[str] = field(default_factory=list)  # tag name, "" for a text node
    attrs: list[dict] = field(default_factory=list)
    text: list[str] = field(default_factory=list)  # text of a text node, "" for an element
    parent: list[int] = field(default_factory=list)
    end: list[int] = field(default_factory=list)
    body: int = 0
    title: str | None = None  # the <title> in the <head>, normalized
    language: str | None = None  # primary subtag of <html lang>
    soup: BeautifulSoup | None = None  # only for pages parsed for declared selectors
    index_of: dict[int, int] = field(default_factory=dict)  # id(bs4 Tag) -> node index, with soup
    _markup: Markup | None = None
    _in_link: list[bool] | None = None
    _levels: list[int] | None = None
    _text_sizes: tuple[list[int], list[int]] | None = None

    @property
    def in_link(self) -> list[bool]:
        """For each node: whether it is inside (or is) an <a> element."""
        if self._in_link is None:
            self._in_link = _inside_links(self)
        return self._in_link

    @property
    def levels(self) -> list[int]:
        """For each node: its heading level (`heading_level`), 0 for other elements and text nodes."""
        if self._levels is None:
            self._levels = [heading_level(tag, attrs) if tag else 0 for tag, attrs in zip(self.name, self.attrs)]
        return self._levels

    @property
    def text_sizes(self) -> tuple[list[int], list[int]]:
        """For each node: the length of its stripped text, and 1 if that text is a short "last updated"
        line (0 for elements); worked out once, as every text statistic pass needs them."""
        if self._text_sizes is None:
            sizes, dates = [0] * len(self.name), [0] * len(self.name)
            for i, value in enumerate(self.text):
                if value:
                    value = value.strip()
                    size = sizes[i] = len(value)
                    if 0 < size < 300 and is_date_line(value):
                        dates[i] = 1
            self._text_sizes = sizes, dates
        return self._text_sizes

    @property
    def markup(self) -> Markup:
        """Subtree counts of buttons, password inputs, headings, tables and language links."""
        if self._markup is None:
            self._markup = count_markup(self)
        return self._markup

    def __len__(self) -> int:
        return len(self.name)


_NO_ATTRS: dict = {}


def parse_page(html: str, *, soup: bool = False) -> Page:
    """Parse and flatten a page: straight from lxml's parser events, or (``soup=True``, for declared
    CSS selectors) through a BeautifulSoup tree kept on the page. Both give the same arrays."""
    return _page_from_soup(html) if soup else _page_from_lxml(html)


# BeautifulSoup's rules for the strings of its tree (bs4.BeautifulSoup.endData and the HTML builder's
# defaults): outside these tags a string of ASCII whitespace only becomes "\n" or " ".
_PRESERVE_WHITESPACE = frozenset({"pre", "textarea"})
_ASCII_SPACES = " \n\t\f\r"
# Tags whose strings BeautifulSoup types as Script, Stylesheet, TemplateString, RubyText… strings,
# which Tag.get_text() leaves out (it matters only for the <title>).
_STRING_CONTAINERS = frozenset({"script", "style", "template", "rt", "rp"})


class _PageBuilder:
    """An lxml parser target that flattens parse events into a Page's arrays.

    It receives exactly the events that BeautifulSoup's lxml builder receives (same parser, same
    options), and applies the same rules: text between two events is one string; comments,
    processing instructions and doctypes are not text; whitespace-only strings outside <pre> are
    collapsed; elements in OPAQUE are kept but nothing inside them. It also notes what
    BeautifulSoup's `soup.body`, `soup.head.find("title")` and `soup.html` would find.
    """

    def __init__(self) -> None:
        self.name: list[str] = ["#document"]
        self.attrs: list[dict] = [_NO_ATTRS]
        self.text: list[str] = [""]
        self.parent: list[int] = [-1]
        self.open: list[int] = [0]  # open (flattened) elements, innermost last
        self.pending: list[str] = []  # text pieces since the last event
        self.opaque = 0  # depth inside an OPAQUE element (0: outside)
        self.pre = 0  # open <pre> elements
        self.containers = 0  # open string-container elements (script, style, template, rt, rp)
        self.body = 0
        self.seen_body = False
        self.html_attrs: dict | None = None
        self.head_level = 0  # opaque depth of the first <head> while it is open
        self.seen_head = False
        self.title_level = 0  # opaque depth of the head's first <title> while it is open
        self.seen_title = False
        self.title_parts: list[str] = []

    def start(self, tag: str, attrib: dict) -> None:
        if self.pending:
            self._flush()
        if tag in _STRING_CONTAINERS:
            self.containers += 1
        if self.html_attrs is None and tag == "html":
            self.html_attrs = attrib
        if self.opaque:
            self.opaque += 1
            if tag == "body":
                self.seen_body = True  # BeautifulSoup's first <body> is not a flattened node: body stays 0
            elif tag == "head" and not self.seen_head:
                self.seen_head, self.head_level = True, self.opaque
            elif tag == "title" and self.head_level and not self.seen_title:
                self.seen_title, self.title_level = True, self.opaque
            return
        index = len(self.name)
        self.name.append(tag)
        self.attrs.append(attrib or _NO_ATTRS)
        self.text.append("")
        self.parent.append(self.open[-1])
        self.open.append(index)
        if tag in OPAQUE:
            self.opaque = 1
            if tag == "head" and not self.seen_head:
                self.seen_head, self.head_level = True, 1
        elif tag == "pre":
            self.pre += 1
        elif tag == "body" and not self.seen_body:
            self.seen_body, self.body = True, index

    def end(self, tag: str) -> None:
        if self.pending:
            self._flush()
        if tag in _STRING_CONTAINERS:
            self.containers -= 1
        if self.opaque:
            if self.opaque == self.title_level:
                self.title_level = 0
            if self.opaque == self.head_level:
                self.head_level = 0
            self.opaque -= 1
            if self.opaque:
                return
        elif tag == "pre":
            self.pre -= 1
        self.open.pop()

    def data(self, value: str) -> None:
        self.pending.append(value)

    def comment(self, value: str) -> None:
        if self.pending:
            self._flush()

    def pi(self, target: str, value: str) -> None:
        if self.pending:
            self._flush()

    def doctype(self, *args: object) -> None:
        if self.pending:
            self._flush()

    def close(self) -> _PageBuilder:
        if self.pending:
            self._flush()
        return self

    def _flush(self) -> None:
        value = "".join(self.pending)
        self.pending = []
        if self.opaque:
            if self.title_level and not self.containers:
                self.title_parts.append(value)
            return
        if not self.pre and not value.strip(_ASCII_SPACES):
            value = "\n" if "\n" in value else " "
        self.name.append("")
        self.attrs.append(_NO_ATTRS)
        self.text.append(value)
        self.parent.append(self.open[-1])


def _page_from_lxml(html: str) -> Page:
    if html[:1] == "\ufeff":  # as BeautifulSoup does
        html = html[1:]
    builder = _PageBuilder()
    # BeautifulSoup's lxml builder: the same parser options, the whole markup in one feed. A parser
    # target, not lxml's own tree: without huge_tree, libxml2's tree building drops what is nested
    # deeper than 256 levels and cuts text nodes at 10 MB, while a target receives all of it.
    parser = etree.HTMLParser(target=builder, recover=True, huge_tree=False)
    parser.feed(html)
    parser.close()
    page = Page(name=builder.name, attrs=builder.attrs, text=builder.text, parent=builder.parent, body=builder.body)
    page.end = _subtree_ends(page.parent)
    if builder.seen_title:
        page.title = _clean_title(" ".join(builder.title_parts))
    page.language = _primary_language(builder.html_attrs)
    return page


def _page_from_soup(html: str) -> Page:
    """Parse with lxml through BeautifulSoup and flatten (iteratively) into a Page."""
    soup = BeautifulSoup(html, "lxml")
    page = Page(soup=soup)
    name, attrs, text, parent, index_of = page.name, page.attrs, page.text, page.parent, page.index_of
    stack: list[tuple[object, int]] = [(soup, -1)]
    while stack:
        node, up = stack.pop()
        index = len(name)
        parent.append(up)
        if isinstance(node, Tag):
            tag_name = node.name if node is not soup else "#document"
            name.append(tag_name)
            attrs.append(node.attrs)
            text.append("")
            index_of[id(node)] = index
            if tag_name in OPAQUE:
                continue
            for child in reversed(node.contents):
                if isinstance(child, Tag) or not isinstance(child, PreformattedString):
                    stack.append((child, index))
        else:
            name.append("")
            attrs.append(_NO_ATTRS)
            text.append(str(node))
    page.end = _subtree_ends(page.parent)
    page.body = index_of.get(id(soup.body), 0) if soup.body is not None else 0
    head = soup.head
    title = head.find("title") if head is not None else None  # not an <svg><title> in the body
    if title is not None:
        page.title = _clean_title(title.get_text(" "))
    page.language = _primary_language(soup.html.attrs if soup.html is not None else None)
    return page


def _clean_title(value: str) -> str | None:
    return normalize_text(" ".join(value.split())).strip() or None


def _primary_language(html_attrs: dict | None) -> str | None:
    lang = (html_attrs.get("lang") or html_attrs.get("xml:lang")) if html_attrs else None
    if not lang or not isinstance(lang, str):
        return None
    primary = lang.strip().replace("_", "-").split("-")[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 8 else None


def _subtree_ends(parent: list[int]) -> list[int]:
    end = list(range(len(parent)))
    for i in range(len(parent) - 1, 0, -1):
        up = parent[i]
        if up >= 0 and end[i] > end[up]:
            end[up] = end[i]
    return end


@dataclass
class Markup:
    """Per-node counts over the subtree (the node included), visible or not."""

    buttons: list[int]
    passwords: list[int]
    headings: list[int]
    tables: list[int]
    lang_links: list[int]  # links (or options) naming their language: a language switcher


def count_markup(page: Page) -> Markup:
    """Markup counts in one reverse pass, so that no rule has to rescan a subtree."""
    n = len(page)
    name, attrs, parent, levels = page.name, page.attrs, page.parent, page.levels
    buttons, passwords, headings, tables, lang_links = ([0] * n for _ in range(5))
    for i in range(n - 1, 0, -1):
        tag = name[i]
        if not tag:
            continue
        element_attrs = attrs[i]
        if _is_button(tag, element_attrs):
            buttons[i] += 1
        elif tag == "input" and str(element_attrs.get("type", "")).lower() == "password":
            passwords[i] += 1
        elif tag == "table":
            tables[i] += 1
        elif levels[i]:
            headings[i] += 1
        elif tag in ("a", "option", "li") and ("hreflang" in element_attrs or "lang" in element_attrs):
            lang_links[i] += 1
        up = parent[i]
        buttons[up] += buttons[i]
        passwords[up] += passwords[i]
        headings[up] += headings[i]
        tables[up] += tables[i]
        lang_links[up] += lang_links[i]
    return Markup(buttons, passwords, headings, tables, lang_links)


def spread_to_descendants(page: Page, roots: list[bool]) -> list[bool]:
    """A mask true for every node inside a subtree whose root is marked."""
    parent = page.parent
    mask = list(roots)
    for i in range(1, len(mask)):
        if not mask[i] and mask[parent[i]]:
            mask[i] = True
    return mask


@lru_cache(maxsize=8192)
def _tokens_of(value: str) -> tuple[str, ...]:
    # Tailwind-style variants ("md:grid-cols-9", "w-[32px]") are styling, not names.
    words: list[str] = []
    for name in value.split():
        if any(c in name for c in ":/[@("):
            continue
        words.extend(part.lower() for part in _TOKEN_PARTS.findall(name))
    return tuple(words)


def element_tokens(attrs: dict) -> tuple[str, ...]:
    """Lowercased name tokens of an element's class, id and aria-label."""
    words: tuple[str, ...] = ()
    classes = attrs.get("class")
    if classes:
        words += _tokens_of(" ".join(classes) if isinstance(classes, list) else str(classes))
    for key in ("id", "aria-label"):
        value = attrs.get(key)
        if value:
            words += _tokens_of(str(value))
    return words


def _role(attrs: dict) -> str:
    """The element's ARIA role (the first of a fallback list), lowercased."""
    role = attrs.get("role")
    if not role:
        return ""
    tokens = str(role).lower().split()
    return tokens[0] if tokens else ""


def heading_level(tag: str, attrs: dict) -> int:
    """1-6 for h1-h6 and role=heading (aria-level, default 2), else 0."""
    level = HEADINGS.get(tag, 0)
    if level or not attrs or _role(attrs) != "heading":
        return level
    try:
        return min(6, max(1, int(str(attrs.get("aria-level", "2")).strip())))
    except ValueError:
        return 2


def _is_hidden(attrs: dict) -> bool:
    if not attrs:
        return False
    hidden = attrs.get("hidden")
    if hidden is not None and str(hidden).strip().lower() != "until-found":
        return True
    if str(attrs.get("aria-hidden", "")).strip().lower() == "true":
        return True
    style = attrs.get("style")
    return bool(style) and _HIDDEN_STYLE.search(str(style)) is not None


def _is_button(tag: str, attrs: dict) -> bool:
    if tag == "button":
        return True
    if tag == "input":
        return str(attrs.get("type", "")).lower() in {"button", "submit", "reset"}
    return bool(attrs) and _role(attrs) == "button"


# --- text statistics -------------------------------------------------------------------------------


@dataclass
class Stats:
    """Per-node subtree totals over the nodes not excluded: characters, link characters, headings,
    long paragraphs, title h1s and "last updated" lines."""

    chars: list[int]
    link_chars: list[int]
    headings: list[int]
    paragraphs: list[int]
    titles: list[int]
    dates: list[int]


def measure(page: Page, excluded: list[bool]) -> Stats:
    """Subtree totals in one reverse pass (children come after their parent in document order)."""
    n = len(page)
    name, parent, levels = page.name, page.parent, page.levels
    sizes, date_lines = page.text_sizes
    chars, links, heads, paras, titles, dates, blocks = ([0] * n for _ in range(7))
    in_link = page.in_link
    for i in range(n - 1, -1, -1):
        if excluded[i]:
            continue
        tag = name[i]
        up = parent[i]
        if not tag:
            size = sizes[i]
            if size:
                chars[i] = size
                dates[i] = date_lines[i]
                if in_link[i]:
                    links[i] = size
                if up >= 0:  # a text node adds only characters, link characters and dates
                    chars[up] += size
                    links[up] += links[i]
                    dates[up] += dates[i]
            continue
        level = levels[i]
        if level:
            heads[i] += 1
            if level == 1 and chars[i] > links[i]:
                titles[i] += 1
        elif chars[i] >= LONG_PARAGRAPH_CHARS and links[i] * 2 < chars[i] and (
            tag in PARAGRAPHS or (tag in TEXT_DIVS and not blocks[i])
        ):
            paras[i] += 1
        if level or tag in BLOCKS:
            blocks[i] += 1
        if up >= 0:
            chars[up] += chars[i]
            links[up] += links[i]
            heads[up] += heads[i]
            paras[up] += paras[i]
            titles[up] += titles[i]
            dates[up] += dates[i]
            blocks[up] += blocks[i]
    return Stats(chars, links, heads, paras, titles, dates)


def _inside_links(page: Page) -> list[bool]:
    name, parent = page.name, page.parent
    inside = [False] * len(page)
    for i in range(1, len(page)):
        inside[i] = inside[parent[i]] or name[i] == "a"
    return inside


def content_anchor(page: Page, excluded: list[bool], stats: Stats) -> int:
    """The deepest element holding most of the text and of the headings: class names such as
    "policy-header" inside it name parts of the policy, not the site's header or footer."""
    node, total = page.body, stats.chars[page.body]
    while True:
        best = max(_children(page, node, excluded), key=lambda c: stats.chars[c], default=None)
        if best is None or stats.chars[best] < ANCHOR_SHARE * total:
            return node
        if stats.headings[best] < ANCHOR_SHARE * stats.headings[node]:
            return node
        node = best


def _inside_any(page: Page, tags: frozenset[str], roles: frozenset[str]) -> list[bool]:
    """For each node: has an ancestor (not itself) with one of these tags or roles."""
    name, attrs, parent = page.name, page.attrs, page.parent
    inside = [False] * len(page)
    for i in range(1, len(page)):
        up = parent[i]
        inside[i] = inside[up] or name[up] in tags or (bool(attrs[up]) and _role(attrs[up]) in roles)
    return inside


def invisible_roots(page: Page) -> list[bool]:
    """Elements never rendered: opaque/void tags, buttons, and hidden elements.

    Exceptions, because they hold policy text: aria-hidden disclosure panels (collapsed accordions
    and tabs: the target of an aria-controls, labelled by their trigger, or role=tabpanel), buttons that
    wrap a heading (accordion triggers), and hidden elements holding most of the page's text (pages
    that reveal their content with JavaScript).
    """
    name, attrs = page.name, page.attrs
    roots = [bool(tag) and (tag in OPAQUE or tag in VOID) for tag in name]
    controlled = _controlled_ids(page)
    hidden: list[int] = []
    for i, tag in enumerate(name):
        if not tag or roots[i]:
            continue
        if tag == "button":
            roots[i] = not page.markup.headings[i]
        elif _is_hidden(attrs[i]) and not _is_disclosure_panel(attrs[i], controlled):
            hidden.append(i)
    if hidden:
        stats = measure(page, spread_to_descendants(page, roots))
        total = stats.chars[page.body] or 1
        for i in hidden:
            if stats.chars[i] < 0.5 * total:
                roots[i] = True
    return roots


def _controlled_ids(page: Page) -> set[str]:
    ids: set[str] = set()
    for attrs in page.attrs:
        if attrs and "aria-controls" in attrs:
            ids.update(str(attrs["aria-controls"]).split())
    return ids


def _is_disclosure_panel(attrs: dict, controlled: set[str]) -> bool:
    # Only aria-hidden panels: `hidden` and display:none are never rendered, while aria-hidden is an
    # accessibility-tree hint that accordions leave on their collapsed (but present) answers.
    if str(attrs.get("aria-hidden", "")).strip().lower() != "true" or "hidden" in attrs:
        return False
    if _HIDDEN_STYLE.search(str(attrs.get("style", ""))):
        return False
    if "aria-labelledby" in attrs or _role(attrs) == "tabpanel":
        return True
    return str(attrs.get("id", "")) in controlled if controlled else False


# --- generic chrome stripping ----------------------------------------------------------------------


@dataclass
class ChromeScan:
    """Chrome found by the generic rules: removed subtree roots, and the consent/login/captcha walls
    (removed or not) that make a page "blocked" when little else is left."""

    removed: list[int]
    walls: list[int]
    wall_kinds: list[str]


def chrome_kind(page: Page, i: int, in_content: list[bool], sectioned: list[bool]) -> str:
    """Why element i looks like site chrome ("" if it does not)."""
    tag, attrs = page.name[i], page.attrs[i]
    role = _role(attrs) if attrs else ""
    if tag == "nav" or role in NAV_ROLES or tag == "search":
        return "landmark"
    if tag == "aside" or role == "complementary":
        return "landmark" if not in_content[i] else "structural"
    if role in PAGE_ROLES or (tag in ("header", "footer") and not sectioned[i]):
        return "landmark"
    if tag == "dialog" or role in DIALOG_ROLES or str(attrs.get("aria-modal", "")).lower() == "true":
        return "dialog"
    tokens = _name_tokens(page, i, attrs) if attrs else ()
    if tag == "form":
        # a form named for cookie consent is a consent widget: its cookie descriptions are not policy text
        kind = _token_kind(page, i, set(tokens), in_content) if tokens else ""
        return kind if kind in OVERLAY_KINDS else "form"
    if tokens:
        kind = _token_kind(page, i, set(tokens), in_content)
        # "sub-category-header", "sidebar-title" on a heading name the heading, not the page's header
        if kind and not (kind in ("page", "structural") and heading_level(tag, attrs)):
            return kind
    if tag == "a" and _is_skip_link(page, i):
        return "widget"
    if "BreadcrumbList" in str(attrs.get("itemtype", "")):
        return "widget"
    return ""


def _name_tokens(page: Page, i: int, attrs: dict) -> tuple[str, ...]:
    """element_tokens, without an id that spells the element's own leading text: an anchor slug
    ("how-we-share-data", "social-media-interactions") made from a heading, not a chrome name."""
    element_id = attrs.get("id")
    if not element_id or not _is_text_slug(page, i, str(element_id)):
        return element_tokens(attrs)
    return element_tokens({key: value for key, value in attrs.items() if key != "id"})


def _is_text_slug(page: Page, i: int, value: str) -> bool:
    words = _tokens_of(value)
    if len(words) < SLUG_MIN_WORDS:
        return False
    text = page.text
    seen: list[str] = []
    size = 0
    for j in range(i + 1, page.end[i] + 1):
        if text[j]:
            seen.append(text[j])
            size += len(text[j])
            if size > SLUG_TEXT_CHARS:
                break
    leading = "".join(c for c in "".join(seen).lower() if c.isalnum())
    return "".join(words) in leading


def _token_kind(page: Page, i: int, tokens: set[str], in_content: list[bool]) -> str:
    if tokens & CAPTCHA_TOKENS:
        return "captcha"
    if tokens & CMP_VENDOR_TOKENS:
        return "cmp"
    if _is_consent(page, i, tokens, in_content):
        return "consent"
    if tokens & OVERLAY_TOKENS:
        return "overlay"
    joined = "-" + "-".join(sorted(tokens)) + "-"
    if tokens & WIDGET_TOKENS or any(phrase in joined for phrase in WIDGET_PHRASES):
        return "widget"
    if tokens & STRUCTURAL_TOKENS:
        return "structural"
    if tokens & PAGE_LEVEL_TOKENS and not in_content[i]:
        return "page"
    return ""


def _is_consent(page: Page, i: int, tokens: set[str], in_content: list[bool]) -> bool:
    if not tokens & COOKIE_TOKENS or tokens & CONTENT_TOKENS:
        return False
    if tokens & BANNER_TOKENS:
        return True
    # Inside the main content, a "consent" section with a "Cookie settings" button is policy text.
    return not in_content[i] and page.markup.buttons[i] > 0


def _is_skip_link(page: Page, i: int) -> bool:
    if not str(page.attrs[i].get("href", "")).startswith("#"):
        return False
    words = "".join(page.text[j] for j in range(i + 1, page.end[i] + 1))
    return len(words) < 80 and _SKIP_LINK.search(words) is not None


def _lang_switcher(page: Page, i: int, stats: Stats) -> bool:
    """A link-dense element whose links name their language (hreflang / lang)."""
    return (
        page.markup.lang_links[i] >= 3
        and stats.link_chars[i] >= 0.7 * stats.chars[i]
        and stats.chars[i] <= 3000
    )


def is_protected(kind: str, i: int, stats: Stats, total: int) -> bool:
    """Never drop an element holding the page title, a "last updated" line, a large share of the
    text, or (for layout chrome) paragraphs or headings of the policy. A consent-management
    platform's markup (named after its vendor) is never policy text: it may hold more text than a
    short policy (cookie descriptions), and its own title. Overlays (dialogs, modals, consent
    layers) are drawn over the page: an h1 or a date inside one is the overlay's own, so only
    holding half of the page's text protects them."""
    if kind == "cmp":
        return False
    overlay = kind in OVERLAY_KINDS
    if (stats.titles[i] or stats.dates[i]) and not overlay:  # a modal's own h1 titles the modal
        return True
    chars = stats.chars[i]
    share_limit = PROTECT_SHARE_DIALOG if overlay else PROTECT_SHARE
    if chars >= share_limit * total:
        return True
    if kind in ("landmark", "page", "form", "structural") and stats.paragraphs[i] >= 3:
        return True
    low_link_density = stats.link_chars[i] * 2 < chars
    if kind == "structural" and low_link_density and (stats.headings[i] or stats.paragraphs[i]):
        return True
    # class="policy-header": a heading with a paragraph under it, unlike a site header or footer
    if kind == "page" and low_link_density and stats.headings[i] and stats.paragraphs[i]:
        return True
    return False


def scan_chrome(page: Page, excluded: list[bool], stats: Stats) -> ChromeScan:
    """Walk the body in document order, dropping chrome subtrees that are not protected."""
    in_content = _inside_any(page, frozenset({"main", "article"}), frozenset({"main", "article"}))
    anchor = content_anchor(page, excluded, stats)
    if anchor != page.body:
        for j in range(anchor + 1, page.end[anchor] + 1):
            in_content[j] = True
    sectioned = _inside_any(page, SECTIONING, frozenset({"main", "article", "region"}))
    name, end = page.name, page.end
    total = stats.chars[page.body] or 1
    scan = ChromeScan([], [], [])
    wall_end = -1
    i, stop = page.body + 1, end[page.body] + 1
    while i < stop:
        if not name[i]:
            i += 1
            continue
        if excluded[i] or not stats.chars[i]:
            i = end[i] + 1
            continue
        kind = chrome_kind(page, i, in_content, sectioned)
        if not kind and _lang_switcher(page, i, stats):
            kind = "widget"
        if kind and i > wall_end:
            wall = _wall_kind(page, i, kind)
            if wall:
                scan.walls.append(i)
                scan.wall_kinds.append(wall)
                wall_end = end[i]
        if kind and not is_protected(kind, i, stats, total):
            scan.removed.append(i)
            i = end[i] + 1
            continue
        i += 1
    return scan


def _wall_kind(page: Page, i: int, kind: str) -> str:
    if kind == "captcha":
        return "captcha"
    if kind in ("form", "dialog", "consent") and page.markup.passwords[i]:
        return "login form"
    if kind in ("consent", "cmp") or (kind == "dialog" and page.markup.buttons[i]):
        return "cookie/consent wall"
    return ""


# --- main region -----------------------------------------------------------------------------------


def main_regions(page: Page, excluded: list[bool], stats: Stats) -> list[int]:
    """Roots of the policy text after chrome stripping: the main region, plus the title h1 and
    "last updated" lines when they sit outside it. [body] when no region clearly holds the text."""
    body = page.body
    total = stats.chars[body]
    if not total:
        return [body]
    root = _landmark_region(page, excluded, stats, total)
    if root is None:
        root = _dominant_region(page, excluded, stats, total)
    if root == body:
        return [body]
    return sorted({root, *_rescued_outside(page, excluded, stats, root)})


def _landmark_region(page: Page, excluded: list[bool], stats: Stats, total: int) -> int | None:
    for tags in ({"main"}, {"article"}):
        candidates = _outermost(page, excluded, stats, tags)
        if len(candidates) == 1 and stats.chars[candidates[0]] >= LANDMARK_MIN_SHARE * total:
            return candidates[0]
    return None


def _outermost(page: Page, excluded: list[bool], stats: Stats, tags: set[str]) -> list[int]:
    name, attrs, end = page.name, page.attrs, page.end
    found: list[int] = []
    i, stop = page.body, end[page.body] + 1
    while i < stop:
        if excluded[i] or not stats.chars[i]:
            i = end[i] + 1
            continue
        if name[i] in tags or (attrs[i] and _role(attrs[i]) in tags):
            found.append(i)
            i = end[i] + 1
            continue
        i += 1
    return found


def _dominant_region(page: Page, excluded: list[bool], stats: Stats, total: int) -> int:
    """Descend from <body> into the child holding >= 80 % of the text while what is left behind holds
    no headings, long paragraphs, title or date line."""
    node = page.body
    while True:
        best = max(_children(page, node, excluded), key=lambda c: stats.chars[c], default=None)
        if best is None or stats.chars[best] < DOMINANT_SHARE * total:
            return node
        left_behind = (
            stats.headings[node] - stats.headings[best],
            stats.paragraphs[node] - stats.paragraphs[best],
            stats.titles[node] - stats.titles[best],
            stats.dates[node] - stats.dates[best],
        )
        if any(left_behind):
            return node
        node = best


def _children(page: Page, node: int, excluded: list[bool]) -> list[int]:
    kids = []
    i, stop = node + 1, page.end[node] + 1
    while i < stop:
        if page.name[i] and not excluded[i]:
            kids.append(i)
        i = page.end[i] + 1
    return kids


def _rescued_outside(page: Page, excluded: list[bool], stats: Stats, root: int) -> list[int]:
    """The title h1 and short "last updated" blocks outside the chosen region."""
    name, attrs, end, text = page.name, page.attrs, page.end, page.text
    rescued: list[int] = []
    i, stop = page.body + 1, end[page.body] + 1
    while i < stop:
        if excluded[i] or (not stats.titles[i] and not stats.dates[i]) or i == root:
            i = end[i] + 1
            continue
        if name[i] and heading_level(name[i], attrs[i]) == 1 and stats.titles[i]:
            rescued.append(i)
            i = end[i] + 1
        elif not name[i] and is_date_line(text[i]):
            block = _enclosing_block(page, i)
            if block <= root <= end[block]:  # loose text in an ancestor of the region
                i += 1
                continue
            if stats.chars[block] < RESCUED_BLOCK_CHARS:
                rescued.append(block)
            i = end[block] + 1
        else:
            i += 1
    return rescued


def _enclosing_block(page: Page, i: int) -> int:
    node = page.parent[i]
    while node > page.body and page.name[node] not in BLOCKS and not heading_level(page.name[node], page.attrs[node]):
        node = page.parent[node]
    return node


# --- declared selectors ----------------------------------------------------------------------------


class SelectorError(ValueError):
    """A select/remove entry that is not a valid CSS or range selector."""


RANGE_STARTS = ("startBefore", "startAfter")
RANGE_ENDS = ("endBefore", "endAfter")


def describe_selector(selector: Selector) -> str:
    """A selector as written in a declaration (CSS text, or the range mapping as JSON)."""
    if isinstance(selector, str):
        return selector
    try:
        return json.dumps(dict(selector), ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError):
        return repr(selector)


def selector_spans(page: Page, selector: Selector) -> list[tuple[int, int]]:
    """Node index intervals [start, stop) matched by a CSS selector or a range selector."""
    if isinstance(selector, str):
        return [(i, page.end[i] + 1) for i in _css_matches(page, selector)]
    if isinstance(selector, Mapping):
        return _range_span(page, selector)
    raise SelectorError(f"not a CSS string or range mapping: {selector!r}")


def _css_matches(page: Page, css: str) -> list[int]:
    if not css.strip():
        raise SelectorError("empty CSS selector")
    if page.soup is None:
        raise SelectorError("page parsed without a BeautifulSoup tree for CSS selectors")
    try:
        matches = page.soup.select(css)
    except RecursionError as exc:
        raise SelectorError(f"too deeply nested page for {css!r}") from exc
    except Exception as exc:  # soupsieve raises SelectorSyntaxError, ValueError, NotImplementedError…
        raise SelectorError(f"{css!r}: {exc}".splitlines()[0]) from exc
    index_of = page.index_of
    return sorted(index_of[id(tag)] for tag in matches if id(tag) in index_of)


def _range_span(page: Page, selector: Mapping[str, str]) -> list[tuple[int, int]]:
    keys = set(selector)
    starts = [k for k in RANGE_STARTS if k in keys]
    ends = [k for k in RANGE_ENDS if k in keys]
    if len(starts) != 1 or len(ends) != 1 or keys - set(RANGE_STARTS) - set(RANGE_ENDS):
        raise SelectorError(f"a range selector needs one of {RANGE_STARTS} and one of {RANGE_ENDS}")
    start_css, end_css = selector[starts[0]], selector[ends[0]]
    if not isinstance(start_css, str) or not isinstance(end_css, str):
        raise SelectorError("range selector ends must be CSS strings")
    start_nodes, end_nodes = _css_matches(page, start_css), _css_matches(page, end_css)
    if not start_nodes or not end_nodes:
        return []
    start, stop = start_nodes[0], end_nodes[0]
    begin = start if starts[0] == "startBefore" else page.end[start] + 1
    finish = stop if ends[0] == "endBefore" else page.end[stop] + 1
    return [(begin, finish)] if begin < finish else []


def removal_roots(page: Page, spans: list[tuple[int, int]]) -> list[bool]:
    """Nodes wholly inside a removed span (partially covered ancestors stay, as with DOM ranges)."""
    roots = [False] * len(page)
    end = page.end
    for start, stop in spans:
        i = start
        while i < stop:
            if end[i] < stop:
                roots[i] = True
                i = end[i] + 1
            else:
                i += 1
    return roots


# --- rendering -------------------------------------------------------------------------------------


SOFT_SPACE = "\ue000"  # private-use character: never in text that matters
_SOFT_SPACE_AT_PUNCTUATION = re.compile(r"\ue000+(?=\s*[.,;:!?)\]])|(?<=[(\[])\ue000+")


def one_line(parts: list[str]) -> str:
    """Text fragments joined into one line with whitespace collapsed."""
    line = "".join(parts)
    if SOFT_SPACE in line:
        line = _SOFT_SPACE_AT_PUNCTUATION.sub("", line).replace(SOFT_SPACE, " ")
    return " ".join(line.split())


class TextWriter:
    """Builds the policy-text lines: a line buffer, a pending prefix ("## ", "- "), table rows, and a
    "join" depth inside headings and table cells where block boundaries are just spaces."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.parts: list[str] = []
        self.prefix = ""
        self.join = 0
        self.pre = 0
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.tables: list[bool] = []  # open tables: True for a layout table

    def add(self, value: str) -> None:
        (self.cell if self.cell is not None else self.parts).append(value)

    def separate(self) -> None:
        """A block boundary inside a heading or cell: a space, unless punctuation follows or precedes."""
        self.add(SOFT_SPACE)

    def flush(self) -> None:
        if self.parts:
            line = one_line(self.parts)
            self.parts = []
            if line:
                self.lines.append(self.prefix + line)
                self.prefix = ""

    def flush_pre(self) -> None:
        raw, self.parts = "".join(self.parts), []
        for line in raw.splitlines():
            self.parts = [line]
            self.flush()

    def start_row(self) -> None:
        self.end_row()
        self.flush()
        self.row = []

    def end_row(self) -> None:
        if self.row is not None and any(self.row):
            self.lines.append("| " + " | ".join(self.row) + " |")
        self.row = None

    def start_cell(self) -> None:
        self.cell = []
        self.join += 1

    def end_cell(self) -> None:
        if self.cell is not None and self.row is not None:
            self.row.append(one_line(self.cell))
        self.cell = None
        self.join -= 1


# Open-element actions for the render stack.
_BLOCK, _HEADING, _ITEM, _ROW, _CELL, _PRE, _SPACE, _TABLE = range(8)


def render(page: Page, spans: list[tuple[int, int]], excluded_roots: list[bool]) -> str:
    """The policy text of the given node intervals (each a separate block), skipping excluded subtrees."""
    writer = TextWriter()
    for start, stop in spans:
        _render_span(page, start, stop, excluded_roots, writer)
    return normalize_text("\n".join(writer.lines))


def _render_span(page: Page, start: int, stop: int, excluded: list[bool], writer: TextWriter) -> None:
    name, text, end, levels = page.name, page.text, page.end, page.levels
    open_stack: list[tuple[int, int]] = []  # (subtree end, action)
    i = start
    while i < stop:
        while open_stack and open_stack[-1][0] < i:
            _close(writer, open_stack.pop()[1])
        if excluded[i]:
            i = end[i] + 1
            continue
        tag = name[i]
        if not tag:
            writer.add(text[i])
        else:
            action = _open(page, i, tag, levels[i], writer)
            if action is not None:
                open_stack.append((end[i], action))
        i += 1
    while open_stack:
        _close(writer, open_stack.pop()[1])
    writer.flush()


def _open(page: Page, i: int, tag: str, level: int, writer: TextWriter) -> int | None:
    if tag == "br":
        if writer.pre:
            writer.add("\n")
        elif writer.join:
            writer.separate()
        else:
            writer.flush()
        return None
    if writer.join or writer.pre:
        if level or tag in BLOCKS or tag in ("li", "tr", "td", "th", "table") or tag in PRE:
            writer.separate()
            return _SPACE
        return None
    if level:
        writer.flush()
        writer.prefix = "#" * level + " "
        writer.join += 1
        return _HEADING
    if tag == "li":
        writer.flush()
        writer.prefix = "- "
        return _ITEM
    if tag in PRE:
        writer.flush()
        writer.pre += 1
        return _PRE
    if tag == "table":
        writer.flush()
        writer.tables.append(is_layout_table(page, i))
        return _TABLE
    if tag in ("tr", "td", "th"):
        if not writer.tables or writer.tables[-1]:
            writer.flush()
            return _BLOCK
        if tag == "tr":
            writer.start_row()
            return _ROW
        if writer.row is None:  # a cell without a <tr>: its table's close ends the row
            writer.start_row()
        writer.start_cell()
        return _CELL
    if tag in BLOCKS:
        writer.flush()
        return _BLOCK
    return None


def _close(writer: TextWriter, action: int) -> None:
    if action == _SPACE:
        writer.separate()
    elif action == _HEADING:
        writer.join -= 1
        writer.flush()
        writer.prefix = ""
    elif action == _ITEM or action == _BLOCK:
        writer.flush()
        if action == _ITEM:
            writer.prefix = ""
    elif action == _ROW:
        writer.end_row()
    elif action == _CELL:
        writer.end_cell()
    elif action == _PRE:
        writer.pre -= 1
        writer.flush_pre()
    elif action == _TABLE:
        writer.end_row()
        writer.flush()
        writer.tables.pop()


def is_layout_table(page: Page, table: int) -> bool:
    """Tables used for page layout (holding headings or other tables, or marked presentational)
    render as blocks, not rows."""
    if page.markup.headings[table] or page.markup.tables[table] > 1:
        return True
    return _role(page.attrs[table]) in ("presentation", "none")


# --- input checks ----------------------------------------------------------------------------------


def _size_of(html: str | bytes) -> int:
    if isinstance(html, bytes):
        return len(html)
    return len(html.encode("utf-8", errors="surrogatepass"))


def binary_reason(body: bytes) -> str:
    """Why the bytes are not an HTML page ("" if they may be one)."""
    head = body[:8192].lstrip()
    if head.startswith(b"%PDF-"):
        return "a PDF document, not an HTML page"
    if b"\x00" in head:
        return "binary content (NUL bytes), not an HTML page"
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    if head and controls > 0.05 * len(head):
        return "binary content, not an HTML page"
    return ""


def text_reason(text: str) -> str:
    """Why decoded text is not an HTML page ("" if it may be one)."""
    head = text[:8192].lstrip()
    if head.startswith("%PDF-"):
        return "a PDF document, not an HTML page"
    if "\x00" in head:
        return "binary content (NUL characters), not an HTML page"
    controls = sum(1 for c in head if c < " " and c not in "\t\n\f\r\x1b")
    if head and controls + head.count("\ufffd") > 0.1 * len(head):
        return "binary content, not an HTML page"
    if head[:1] in ("{", "[") and _is_json(text):
        return "a JSON document, not an HTML page"
    return ""


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return "<" not in text[:2000]
    return True


# --- the whole extraction --------------------------------------------------------------------------


def extract_html(
    html: str | bytes,
    *,
    header_charset: str | None = None,
    select: Sequence[Selector] = (),
    remove: Sequence[Selector] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Extraction:
    """The policy text of an HTML page (never raises: every failure is an outcome with a message)."""
    try:
        return _extract(html, header_charset, _as_list(select), _as_list(remove), max_bytes)
    except RecursionError:
        return Extraction(outcomes.NOT_HTML, "", "page too deeply nested to parse")
    except MemoryError:
        return Extraction(outcomes.TOO_LARGE, "", "page too large to parse in memory")
    except Exception as exc:  # noqa: BLE001 - a crawl must survive any page
        return Extraction(outcomes.NOT_HTML, "", f"could not parse the page: {type(exc).__name__}: {exc}"[:300])


def _as_list(selectors: Sequence[Selector] | Selector | None) -> list[Selector]:
    if not selectors:
        return []
    if isinstance(selectors, (str, Mapping)):
        return [selectors]
    return list(selectors)


def _extract(
    html: str | bytes, header_charset: str | None, select: list[Selector], remove: list[Selector], max_bytes: int
) -> Extraction:
    if not isinstance(html, (str, bytes, bytearray)):
        return Extraction(outcomes.NOT_HTML, "", f"not a page body: {type(html).__name__}")
    if isinstance(html, bytearray):
        html = bytes(html)
    size = _size_of(html)
    if size > max_bytes:
        return Extraction(outcomes.TOO_LARGE, "", f"page is {size:,} bytes, over the {max_bytes:,}-byte limit")
    if isinstance(html, bytes):
        reason = binary_reason(html)
        if reason:
            return Extraction(outcomes.NOT_HTML, "", reason)
        html = decode_html(html, header_charset)
    if not html.strip():
        return Extraction(outcomes.EMPTY, "", "empty body")
    reason = text_reason(html)
    if reason:
        return Extraction(outcomes.NOT_HTML, "", reason)
    page = parse_page(html, soup=bool(select or remove))
    return _extract_page(page, select, remove)


def _extract_page(page: Page, select: list[Selector], remove: list[Selector]) -> Extraction:
    title, language = page.title, page.language
    notes: list[str] = []
    invisible = invisible_roots(page)
    try:
        text, used = _declared_text(page, invisible, select, remove, notes)
    except SelectorError as exc:
        notes = [f"invalid selector, used generic extraction: {exc}"]
        text, used = None, False
    analysis: GenericResult | None = None
    if text is None:
        analysis = _generic(page, invisible)
        text = analysis.text
    message = "; ".join(notes)
    meta = {"title": title, "language_hint": language}
    if _fewer_words_than(text, BLOCK_CHECK_WORDS):
        if analysis is None:
            analysis = _generic(page, invisible)
        blocked = _blocked_reason(analysis, text, title, page.body)
        if blocked:
            return Extraction(outcomes.BLOCKED, "", blocked, **meta)
    if not text:
        return Extraction(outcomes.EMPTY, "", message or _empty_reason(page, invisible), **meta)
    return Extraction(outcomes.OK, text, message, used_selectors=used, **meta)


def _fewer_words_than(text: str, limit: int) -> bool:
    """count_words(text) < limit, without counting a whole long policy: a prefix never holds more
    words than the text (a token cut in two still counts at most once)."""
    head = text[:WORD_CHECK_CHARS]
    if count_words(head) >= limit:
        return False
    return len(head) == len(text) or count_words(text) < limit


def _empty_reason(page: Page, invisible: list[bool]) -> str:
    stats = measure(page, spread_to_descendants(page, invisible))
    if not stats.chars[page.body]:
        return "the page has no visible text (rendered client-side?)"
    return "no policy text left after stripping site chrome"


def _declared_text(
    page: Page, invisible: list[bool], select: list[Selector], remove: list[Selector], notes: list[str]
) -> tuple[str | None, bool]:
    """Text shaped by declared selectors, or (None, False) to use the generic path (notes say why)."""
    if not select and not remove:
        return None, False
    removed_spans = [span for selector in remove for span in selector_spans(page, selector)]
    select_spans: list[tuple[int, int]] = []
    unmatched: list[str] = []
    for selector in select:
        spans = selector_spans(page, selector)
        if not spans:
            unmatched.append(describe_selector(selector))
        select_spans.extend(spans)
    removal = removal_roots(page, removed_spans)
    if not select:
        if not removed_spans:
            return None, False
        excluded_roots = [a or b for a, b in zip(invisible, removal)]
        return _generic(page, excluded_roots).text, True
    if not select_spans:
        notes.append(f"select matched nothing: {', '.join(unmatched)}")
        return None, False
    excluded_roots = [a or b for a, b in zip(invisible, removal)]
    text = render(page, select_spans, excluded_roots)
    if not text:
        notes.append(f"select matched only elements without text: {', '.join(map(describe_selector, select))}")
        return None, False
    if unmatched:
        notes.append(f"select matched nothing: {', '.join(unmatched)}")
    return text, True


@dataclass
class GenericResult:
    """The generic path's text and what it saw: text statistics before and after chrome stripping."""

    text: str
    before: Stats  # visible text, before chrome stripping
    after: Stats  # what is left after chrome stripping
    after_excluded: list[bool]
    scan: ChromeScan


def _generic(page: Page, excluded_roots: list[bool]) -> GenericResult:
    """Generic chrome stripping and main-region choice."""
    excluded = spread_to_descendants(page, excluded_roots)
    before = measure(page, excluded)
    scan = scan_chrome(page, excluded, before)
    roots = list(excluded_roots)
    for i in scan.removed:
        roots[i] = True
    after_excluded = spread_to_descendants(page, roots)
    after = measure(page, after_excluded)
    regions = main_regions(page, after_excluded, after)
    text = render(page, [(r, page.end[r] + 1) for r in regions], roots)
    return GenericResult(text, before, after, after_excluded, scan)


def _blocked_reason(analysis: GenericResult, text: str, title: str | None, body: int) -> str:
    """Why a short page is a wall rather than a policy ("" if it is not)."""
    kinds = set(analysis.scan.wall_kinds)
    if "captcha" in kinds or _CHALLENGE.search(title or "") or (len(text) < 300 and _CHALLENGE.search(text)):
        return "the page is a bot check or captcha challenge, not the policy"
    walls = analysis.scan.walls
    if not walls:
        return ""
    wall_chars = sum(analysis.before.chars[w] for w in walls)
    kept_walls = [w for w in walls if not analysis.after_excluded[w]]  # protected, so still counted
    outside = analysis.after.chars[body] - sum(analysis.after.chars[w] for w in kept_walls)
    if "login form" in kinds and outside < BLOCKED_TINY_CHARS:
        return "the page shows only a login form, not the policy"
    if outside < BLOCKED_OUTSIDE_CHARS and wall_chars >= outside:
        kind = "login form" if "login form" in kinds else "cookie/consent wall"
        return f"the page shows only a {kind}, not the policy"
    return ""

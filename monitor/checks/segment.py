"""Policy text → passages (one per line, with their heading path) → sentences → clauses.

Offsets are character offsets into the text as given (the policy text format of docs/architecture.md:
one block per line, ``#`` headings, ``- `` list items, ``| a | b |`` table rows).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, field

from crawler.normalize import fold_typography

_HEADING = re.compile(r"^(#{1,6})\s+")
_LIST_ITEM = re.compile(r"^[-*•]\s+")
_TABLE_ROW = re.compile(r"^\|\s*(.*?)\s*\|?\s*$")
# The upper-case letters of the Latin scripts the rule packs read (not a range such as Ā-ſ, which
# interleaves both cases: "6. člena" would end a sentence).
_UPPER = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper())
# A sentence ends at . ! ? (optionally followed by a closing quote/bracket) before whitespace and an
# upper-case letter, digit-less opening quote or bracket.
# Zero-width characters around the space are skipped (a policy file may carry them), and so is Markdown
# emphasis ("… immediately. **By using …**", "**To provide our Services.** We may …"): a Markdown
# version of a policy splits where the same text without emphasis does.
_EMPHASIS = r"[*_]{0,4}"
# Dutch "'s" ("'s Nachts", "'s-Hertogenbosch") also starts one.
_SENTENCE_END = re.compile(
    r"(?<=[.!?])[\"'”’)\]]?" + _EMPHASIS + r"[\u200b-\u200d\u2060\ufeff]*\s+[\u200b-\u200d\u2060\ufeff]*(?="
    + _EMPHASIS + r"(?:[\"'“‘(\[]?[" + _UPPER + r"]|['’]s[ -][" + _UPPER + "]))"
)
# German writes a date's day as an ordinal before a capitalised month ("1. März 2024"): no sentence end.
GERMAN_MONTHS = frozenset(
    "januar jänner februar feber märz april mai juni juli august september oktober november dezember".split()
)
# Letters with full stops ("U.S", "U.K", "e.g" before the last one): an initialism, not a sentence end.
_INITIALISM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
# Tokens before a full stop that do not end a sentence.
_ABBREVIATIONS = frozenset(
    """e.g i.e etc art abs nr no lit st dr mr mrs ms vs ca approx incl resp bzw z.b u.a d.h ggf gem
    vgl str tel fax jr sr co corp inc ltd d.o.o s.a b.v t.i. npr. oz tj itd ipd dr. t.ex bl.a s.k fr.o.m
    m.fl o.s.v ks esim mm n.k. v.t.t. bijv mw dhr blz ca. cf p.ex mme mlle hr sl""".replace(".", "").split()
)


@dataclass(frozen=True)
class Passage:
    """One block of the policy text: a heading, paragraph, list item or table row."""

    index: int
    kind: str  # heading | paragraph | list_item | table_row
    text: str  # the block without its format mark
    start: int  # offset of ``text`` in the document
    heading_path: tuple[str, ...]
    language: str | None = None
    # a list item's lead-in: the paragraph ending with ":" just before its run of list items
    # ("You have the right to:"); it is not part of the heading path, but section cues see it
    lead_in: str = ""

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class Sentence:
    """A sentence of a passage, with its document offsets and its form for matching (``lowered``:
    lower-cased NFC, Markdown link targets left out)."""

    passage: Passage
    text: str
    start: int
    lowered: str = field(repr=False)

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def fold(text: str) -> str:
    """The form cue regexes are matched against: lower case, NFC, the typographic variants the crawler
    folds too (straight quotes and dashes, plain spaces, no zero-width characters), so that a file given
    to ``check`` or ``recheck`` with no-break spaces or soft hyphens reads as the crawler's text does."""
    return fold_typography(text).lower()


# a Markdown link or image, ``[label](target "title")``: its target is an address, not policy wording
_MARKDOWN_LINK = re.compile(r"!?\[([^\[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'|“[^”]*”))?\s*\)")


def matching_form(text: str) -> str:
    """A sentence's ``lowered``: folded, without Markdown link targets."""
    return fold(without_link_targets(text))


def without_link_targets(text: str) -> str:
    """``text`` with each Markdown link reduced to its label: the wording a sentence says. Texts from
    the crawler have no link targets; a Markdown file given to ``check`` or ``recheck`` (an Open Terms
    Archive version, say) does, and a changed tracking parameter or CDN address must neither match a
    cue nor count as a changed sentence."""
    return _MARKDOWN_LINK.sub(r"\1", text) if "](" in text else text


def split_passages(text: str) -> list[Passage]:
    """Every non-empty line as a passage, with the path of ``#`` headings above it."""
    passages: list[Passage] = []
    headings: list[tuple[int, str]] = []  # (level, title)
    lead_in = ""  # the open lead-in of the current run of list items
    offset = 0
    for raw_line in text.splitlines(keepends=True):
        line_start = offset
        offset += len(raw_line)
        line = raw_line.rstrip("\r\n")
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        body_start = line_start + lead
        heading = _HEADING.match(stripped)
        if heading:
            level = len(heading.group(1))
            title = stripped[heading.end():].strip()
            while headings and headings[-1][0] >= level:
                headings.pop()
            path = tuple(t for _, t in headings)
            headings.append((level, title))
            passages.append(Passage(len(passages), "heading", title, body_start + heading.end(), path + (title,)))
            lead_in = ""
            continue
        path = tuple(t for _, t in headings)
        item = _LIST_ITEM.match(stripped)
        if item:
            passages.append(Passage(len(passages), "list_item", stripped[item.end():], body_start + item.end(), path, lead_in=lead_in))
        elif stripped.startswith("|"):
            passages.append(Passage(len(passages), "table_row", stripped, body_start, path))
            lead_in = ""
        else:
            passages.append(Passage(len(passages), "paragraph", stripped, body_start, path))
            lead_in = stripped if stripped.endswith(":") else ""
    return passages


def split_sentences(passage: Passage) -> list[Sentence]:
    """The sentences of a passage (a heading or table row is one sentence)."""
    text = passage.text
    if passage.kind in {"heading", "table_row"} or len(text) < 40:
        return [Sentence(passage, text, passage.start, matching_form(text))]
    sentences: list[Sentence] = []
    begin = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[begin:match.start()].rstrip(".!?\"'”’)] ")
        if not any(c.isalpha() for c in before):
            continue  # a number ("13. Controls …", "**2.** We …") starts the sentence, it is none
        raw_token = before.rsplit(None, 1)[-1] if before.split() else ""
        last_token = raw_token.lower().replace(".", "").strip("*_\\")
        if last_token in _ABBREVIATIONS or (len(last_token) == 1 and last_token.isalpha()):
            continue
        if _INITIALISM.fullmatch(raw_token.strip("*_(\"'“‘").rsplit("-", 1)[-1]):
            continue  # "the U.S. Department of Commerce", "the EU-U.S. Data Privacy Framework"
        if last_token.isdigit() and len(last_token) <= 2 and _next_word(text, match.end()) in GERMAN_MONTHS:
            continue
        end = match.start() + len(match.group(0).rstrip())
        chunk = text[begin:end].strip()
        if chunk:
            sentences.append(Sentence(passage, chunk, passage.start + begin, matching_form(chunk)))
        begin = match.end()
    chunk = text[begin:].strip()
    if chunk:
        sentences.append(Sentence(passage, chunk, passage.start + begin, matching_form(chunk)))
    return sentences


def _next_word(text: str, position: int) -> str:
    """The lower-cased letters of the word at ``position``."""
    end = position
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[position:end].lower()


_CLAUSES_KEPT = 4_000
_clauses: OrderedDict[tuple[int, str], tuple[re.Pattern[str] | None, tuple[tuple[int, int], ...]]] = OrderedDict()


def clause_spans(lowered: str, breaks: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """(start, end) of the clauses of a lower-cased sentence: split at ; and at the pack's clause breaks.

    Remembered (the newest _CLAUSES_KEPT): the two checks of a re-check share most sentences."""
    key = (id(breaks), lowered)
    entry = _clauses.get(key)
    if entry is None or entry[0] is not breaks:  # the entry holds its pattern: an id is not reused while it lives
        entry = _clauses[key] = (breaks, tuple(_clause_spans(lowered, breaks)))
        if len(_clauses) > _CLAUSES_KEPT:
            _clauses.popitem(last=False)
    return list(entry[1])


def _clause_spans(lowered: str, breaks: re.Pattern[str] | None) -> list[tuple[int, int]]:
    cuts = [0]
    for match in re.finditer(r"[;:]\s|\s[–—-]\s", lowered):
        cuts.append(match.end())
    if breaks is not None:
        for match in breaks.finditer(lowered):
            cuts.append(match.start())
    cuts = sorted(set(cuts))
    return [(a, b) for a, b in zip(cuts, cuts[1:] + [len(lowered)]) if b > a]

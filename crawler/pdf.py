"""PDF policy → policy text (the format in docs/architecture.md), through pdfminer.six's layout analysis.

pdfminer.six groups a page's characters into text boxes (paragraphs) and keeps each character's font
size and font name, which is what the text format needs:

* a block whose font is clearly larger than the body text (or wholly bold and short) is a heading,
  its level given by the rank of its size among the heading sizes (largest: ``#``);
* a block preceded by a bullet glyph (in the same line, or drawn as a separate glyph to its left) is
  a list item (``- ``);
* any other block is a paragraph: its visual lines are joined (a word hyphenated across a line
  break is rejoined), so a re-flowed PDF gives the same text;
* bare page numbers ("3", "Page 3 of 5", "3/5") are dropped.

pypdf was measured too, on a generated two-page policy PDF (title, date line, numbered headings,
wrapping paragraphs, bullet lists; tests/test_pdf.py builds the same kind): token F1 0.995 for pypdf's
``extract_text`` vs 1.000 here, but only 6 % of the expected lines reproduced (0 of 5 headings) against
100 %: pypdf keeps every visual line break and gives neither paragraph boundaries nor font sizes, so a
re-flowed PDF would diff on every line. It is ~5x faster (11 vs 64 ms CPU for that PDF); PDF policies
are rare and re-extracted only when their bytes change.

``extract_pdf`` never raises: an encrypted, truncated or corrupt PDF is ``unreadable_pdf``, a PDF
without a text layer (a scanned image) is ``empty``.
"""

from __future__ import annotations

import io
import re
import statistics
import zlib
from collections import Counter
from dataclasses import dataclass
from typing import Any

from crawler.extract import DEFAULT_MAX_BYTES, Extraction
from crawler.normalize import normalize_text
from storage import outcomes

__all__ = ["MAX_PAGES", "extract_pdf", "is_pdf"]

MAX_PAGES = 500  # a policy longer than this is not a policy; bounds the CPU time of one document
HEADING_RATIO = 1.12  # font size over the body size that makes a heading
HEADING_MAX_WORDS = 25
BOLD_HEADING_MAX_WORDS = 12
BULLETS = frozenset("•◦▪▫■□●○‣⁃∙·–—-*")
_CID = re.compile(r"\(cid:\d+\)")
_PAGE_NUMBER = re.compile(r"(?i)^(?:page|seite|stran|sida|sivu|p\.)?\s*[-–]?\s*\d{1,4}\s*(?:(?:/|of|von|de|od|av)\s*\d{1,4})?\s*[-–]?$")


def is_pdf(body: bytes | None, content_type: str | None = None) -> bool:
    """A PDF response: `Content-Type: application/pdf` or a body starting with ``%PDF-``."""
    if content_type and content_type.split(";")[0].strip().lower() in ("application/pdf", "application/x-pdf"):
        return True
    return bool(body) and body[:1024].lstrip()[:5] == b"%PDF-"


@dataclass
class _Line:
    text: str
    size: float
    bold: bool
    x0: float
    y0: float
    y1: float


@dataclass
class _Block:
    lines: list[_Line]
    bullet: bool = False

    @property
    def size(self) -> float:
        return statistics.median(line.size for line in self.lines)

    @property
    def bold(self) -> bool:
        return all(line.bold for line in self.lines)


def extract_pdf(body: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Extraction:
    """The policy text of a PDF (never raises: every failure is an outcome with a message)."""
    try:
        return _extract(body, max_bytes)
    except RecursionError:
        return Extraction(outcomes.UNREADABLE_PDF, "", "the PDF is too deeply nested to read")
    except MemoryError:
        return Extraction(outcomes.TOO_LARGE, "", "the PDF is too large to read in memory")
    except Exception as exc:  # noqa: BLE001 - a crawl must survive any document
        return Extraction(outcomes.UNREADABLE_PDF, "", _failure_message(exc))


INFLATE_FACTOR = 10  # the streams of a PDF may inflate to this many times the page size limit
_STREAM = re.compile(rb"stream\r?\n")


def inflated_size(body: bytes, *, limit: int) -> int:
    """Total size of the PDF's deflated streams once inflated, counted without inflating past ``limit``.

    pdfminer inflates streams with no bound, so a few KB can demand gigabytes; this pre-scan stops at
    ``limit``. Streams that are not zlib data count with their raw size.
    """
    total = 0
    for match in _STREAM.finditer(body):
        start = match.end()
        end = body.find(b"endstream", start)
        if end < 0:
            break
        inflater = zlib.decompressobj()
        try:
            total += len(inflater.decompress(body[start:end], max(limit - total, 0) + 1))
        except zlib.error:
            total += end - start
        if total > limit:
            return total
    return total


def _failure_message(exc: Exception) -> str:
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    if isinstance(exc, PDFPasswordIncorrect):
        return "the PDF is encrypted with a password"
    if isinstance(exc, PDFEncryptionError):
        return f"the PDF's encryption is not supported: {exc}"[:300]
    return f"could not read the PDF: {type(exc).__name__}: {exc}"[:300]


def _extract(body: bytes, max_bytes: int) -> Extraction:
    if not isinstance(body, (bytes, bytearray)):
        return Extraction(outcomes.UNREADABLE_PDF, "", f"not a PDF body: {type(body).__name__}")
    body = bytes(body)
    if len(body) > max_bytes:
        return Extraction(outcomes.TOO_LARGE, "", f"PDF is {len(body):,} bytes, over the {max_bytes:,}-byte limit")
    if not body.strip():
        return Extraction(outcomes.EMPTY, "", "empty body")
    if not body.lstrip()[:5] == b"%PDF-":
        return Extraction(outcomes.UNREADABLE_PDF, "", "served as a PDF but does not start with %PDF-")
    if b"%%EOF" not in body[-2048:]:
        # pdfminer would recover part of the objects: a half policy must not become a version
        return Extraction(outcomes.UNREADABLE_PDF, "", "the PDF is truncated (no %%EOF marker at its end)")
    inflated = inflated_size(body, limit=INFLATE_FACTOR * max_bytes)
    if inflated > INFLATE_FACTOR * max_bytes:
        return Extraction(
            outcomes.TOO_LARGE, "",
            f"the PDF's compressed streams inflate to over {INFLATE_FACTOR * max_bytes:,} bytes (a decompression bomb?)",
        )

    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    document = PDFDocument(PDFParser(io.BytesIO(body)), password="")
    title, language = _metadata(document)
    manager = PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager, laparams=LAParams())
    interpreter = PDFPageInterpreter(manager, device)
    blocks: list[_Block] = []
    pages = 0
    for page in PDFPage.create_pages(document):
        pages += 1
        if pages > MAX_PAGES:
            break
        interpreter.process_page(page)
        blocks.extend(_page_blocks(device.get_result()))
    if pages == 0:
        return Extraction(outcomes.UNREADABLE_PDF, "", "the PDF has no pages", title=title, language_hint=language)
    text = normalize_text(_render(blocks))
    message = f"only the first {MAX_PAGES} pages were read" if pages > MAX_PAGES else ""
    if not text:
        return Extraction(
            outcomes.EMPTY, "", "the PDF has no text layer (a scanned image?)", title=title, language_hint=language
        )
    return Extraction(outcomes.OK, text, message, title=title, language_hint=language)


def _metadata(document: Any) -> tuple[str | None, str | None]:
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    def text_of(value: Any) -> str | None:
        value = resolve1(value)
        if isinstance(value, bytes):
            value = decode_text(value)
        return " ".join(value.split()) or None if isinstance(value, str) else None

    title = None
    for info in document.info or []:
        title = title or text_of(info.get("Title"))
    lang = text_of(document.catalog.get("Lang"))
    primary = lang.replace("_", "-").split("-")[0].lower() if lang else None
    return title, primary if primary and primary.isalpha() and 2 <= len(primary) <= 8 else None


# --- layout → blocks -------------------------------------------------------------------------------


def _page_blocks(layout: Any) -> list[_Block]:
    from pdfminer.layout import LTTextBox, LTTextLine

    boxes: list[list[_Line]] = []
    for element in layout:
        if isinstance(element, LTTextBox):
            lines = [_line(line) for line in element if isinstance(line, LTTextLine)]
        elif isinstance(element, LTTextLine):
            lines = [_line(element)]
        else:
            continue
        lines = [line for line in lines if line is not None]
        if lines:
            boxes.append(lines)
    # bullets drawn as their own glyph, left of the item's first line
    markers = [box[0] for box in boxes if len(box) == 1 and _is_bullet(box[0].text)]
    blocks: list[_Block] = []
    for box in boxes:
        if len(box) == 1 and _is_bullet(box[0].text):
            continue
        for block in _split_by_font(box):
            first = block.lines[0]
            inline = first.text[:1] in BULLETS and first.text[1:2] == " "
            if inline:
                first.text = first.text[2:].lstrip()
            block.bullet = inline or any(
                m.x0 < first.x0 and m.y0 < (first.y0 + first.y1) / 2 < m.y1 for m in markers
            )
            if not (len(block.lines) == 1 and _PAGE_NUMBER.match(first.text)):
                blocks.append(block)
    return blocks


def _line(line: Any) -> _Line | None:
    from pdfminer.layout import LTChar

    text = " ".join(_CID.sub(lambda m: "•" if m.group() == "(cid:127)" else " ", line.get_text()).split())
    if not text:
        return None
    chars = [c for c in line if isinstance(c, LTChar) and c.get_text().strip()]
    sizes = Counter(round(c.size, 1) for c in chars)
    size = sizes.most_common(1)[0][0] if sizes else 0.0
    bold = bool(chars) and sum("bold" in c.fontname.lower() or "black" in c.fontname.lower() for c in chars) > 0.8 * len(chars)
    return _Line(text, size, bold, line.x0, line.y0, line.y1)


def _is_bullet(text: str) -> bool:
    return len(text) == 1 and text in BULLETS


def _split_by_font(lines: list[_Line]) -> list[_Block]:
    """A box's lines, split where the font size or weight changes (a heading set close to its text)."""
    blocks = [_Block([lines[0]])]
    for line in lines[1:]:
        previous = blocks[-1].lines[-1]
        if abs(line.size - previous.size) > 0.5 or line.bold != previous.bold or line.text[:2] in {f"{b} " for b in BULLETS}:
            blocks.append(_Block([line]))
        else:
            blocks[-1].lines.append(line)
    return blocks


# --- blocks → text ---------------------------------------------------------------------------------


def _render(blocks: list[_Block]) -> str:
    if not blocks:
        return ""
    weights: Counter[float] = Counter()
    for block in blocks:
        for line in block.lines:
            weights[line.size] += len(line.text)
    body_size = weights.most_common(1)[0][0]
    heading_sizes = sorted(
        {round(b.size * 2) / 2 for b in blocks if _is_large(b, body_size) and not b.bullet}, reverse=True
    )
    bold_level = min(len(heading_sizes) + 1, 6)
    out: list[str] = []
    for block in blocks:
        text = _joined(block.lines)
        if block.bullet:
            out.append(f"- {text}")
        elif _is_large(block, body_size):
            level = min(heading_sizes.index(round(block.size * 2) / 2) + 1, 6)
            out.append(f"{'#' * level} {text}")
        elif block.bold and len(text.split()) <= BOLD_HEADING_MAX_WORDS and text[-1:] not in ".,;:" and len(block.lines) <= 2:
            out.append(f"{'#' * bold_level} {text}")
        else:
            out.append(text)
    return "\n".join(out)


def _is_large(block: _Block, body_size: float) -> bool:
    words = sum(len(line.text.split()) for line in block.lines)
    return block.size >= body_size * HEADING_RATIO and words <= HEADING_MAX_WORDS


def _joined(lines: list[_Line]) -> str:
    text = lines[0].text
    for line in lines[1:]:
        nxt = line.text
        if len(text) > 1 and text[-1] == "-" and text[-2].isalpha() and nxt[:1].islower():
            text = text[:-1] + nxt  # a word hyphenated across the line break
        else:
            text = f"{text} {nxt}"
    return text

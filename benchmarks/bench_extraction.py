"""Extraction quality and speed on the Open Terms Archive corpus (../shared/corpus/ota): `make bench-extraction`.

For every triple (a real snapshot.html, the text OTA's expert selectors extracted from it as
expected.md, and the declaration), the extractor runs twice:

* **generic path**: ``extract_html(page)``, no selectors (what a document without a declaration gets);
* **selector path**: ``extract_html(page, select=..., remove=...)`` with the declaration's selectors.

Metrics, per path (definitions in the functions below):

* token F1 (``crawler.quality.token_f1``: bag of lowercased words, Markdown marks and link targets
  stripped) against expected.md, per page, then mean and median over pages;
* headings kept: of all Markdown heading lines (``#``…) of all expected.md files pooled, the share for
  which the extracted text has a heading line (starting with ``#``, any level) with the same word tokens;
* "last updated" lines kept: of all short (≤ 20 words) expected.md lines naming the policy's date
  (``crawler.extract.is_date_line``: "Last updated", "Effective date", "Zuletzt aktualisiert", …),
  pooled, the share whose word tokens occur, in order and contiguously, inside one extracted line;
* CPU ms per page (``time.process_time`` around one extraction of the raw bytes, decoding included):
  median and 95th percentile.

It also counts how many declarations ``crawler.selector_health`` would flag as broken on these pages,
and which declarations select elements nested inside other selected elements: Open Terms Archive
clones every match (``querySelectorAll(selector).forEach(element => fragment.appendChild(element.cloneNode(true)))``),
so its expected.md repeats the nested text; policywatch's selector path does the same, so that an
imported declaration gives the text OTA archives for it. The selector-path summary is printed over all
pages and, separately, without those pages.
Prints one row per page, then the summary. Exits 0 with a message when ../shared is absent.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from crawler.encoding import decode_html  # noqa: E402
from crawler.extract import extract_html, is_date_line, parse_page, selector_spans  # noqa: E402
from crawler.quality import policy_tokens, token_f1  # noqa: E402
from crawler.selector_health import extract_checked  # noqa: E402

OTA_DIR = REPO.parent / "shared" / "corpus" / "ota"
DATE_LINE_MAX_WORDS = 20
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")  # turndown writes "1\. Scope" for "1. Scope"


def heading_tokens(line: str) -> tuple[str, ...]:
    """Word tokens of a heading line, without its `#` marks and Markdown escapes."""
    return tuple(policy_tokens(_MD_ESCAPE.sub(r"\1", line).strip().lstrip("#*_ \t")))


@dataclass
class PathStats:
    f1: list[float] = field(default_factory=list)
    ms: list[float] = field(default_factory=list)
    headings: int = 0
    headings_kept: int = 0
    date_lines: int = 0
    date_lines_kept: int = 0


def expected_headings(expected: str) -> list[tuple[str, ...]]:
    """Word tokens of each Markdown heading line of the reference."""
    return [heading_tokens(line) for line in expected.splitlines() if line.lstrip().startswith("#")]


def expected_date_lines(expected: str) -> list[list[str]]:
    """Word tokens of each short reference line naming the policy's "last updated"/effective date."""
    found = []
    for line in expected.splitlines():
        tokens = policy_tokens(line)
        if tokens and len(tokens) <= DATE_LINE_MAX_WORDS and is_date_line(line):
            found.append(tokens)
    return found


def headings_kept(text: str, headings: list[tuple[str, ...]]) -> int:
    got = {heading_tokens(line) for line in text.splitlines() if line.startswith("#")}
    return sum(h in got for h in headings if h)


def contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def date_lines_kept(text: str, date_lines: list[list[str]]) -> int:
    lines = [policy_tokens(line) for line in text.splitlines()]
    return sum(any(contains(line, wanted) for line in lines) for wanted in date_lines)


def as_list(value: Any) -> list[Any]:
    return [] if value is None else value if isinstance(value, list) else [value]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def measure(path_stats: PathStats, raw: bytes, expected: str, **selectors: Any) -> tuple[float, float]:
    start = time.process_time()
    result = extract_html(raw, **selectors)
    ms = (time.process_time() - start) * 1000
    f1 = token_f1(result.text, expected)
    headings, dates = expected_headings(expected), expected_date_lines(expected)
    path_stats.f1.append(f1)
    path_stats.ms.append(ms)
    path_stats.headings += sum(1 for h in headings if h)
    path_stats.headings_kept += headings_kept(result.text, headings)
    path_stats.date_lines += len(dates)
    path_stats.date_lines_kept += date_lines_kept(result.text, dates)
    return f1, ms


def selects_nested_text(raw: bytes, select: list[Any]) -> bool:
    """Whether CSS `select` entries match an element with text inside another matched element (OTA's
    reference then holds that text twice)."""
    page = parse_page(decode_html(raw, None), soup=True)
    spans = sorted(span for css in select if isinstance(css, str) for span in selector_spans(page, css))
    outer_stop = -1
    for start, stop in spans:
        if stop <= outer_stop and any(page.text[i].strip() for i in range(start, stop)):
            return True
        outer_stop = max(outer_stop, stop)
    return False


def main() -> int:
    triples = sorted(
        path.parent for path in (OTA_DIR / "triples").glob("*/*/*/*/declaration.json")
        if (path.parent / "snapshot.html").exists() and (path.parent / "expected.md").exists()
    ) if OTA_DIR.exists() else []
    if not triples:
        print(f"{OTA_DIR} not present: nothing to measure (the corpus lives in ../shared beside the checkout)")
        return 0
    extract_html("<html><body><p>warm-up</p></body></html>")  # imports and caches, not counted
    generic, declared = PathStats(), PathStats()
    flagged: list[str] = []
    nested: list[str] = []
    unnested_f1: list[float] = []
    print(f"{'page':<60} {'generic F1':>10} {'ms':>6} {'selector F1':>11} {'ms':>6}")
    for directory in triples:
        raw = (directory / "snapshot.html").read_bytes()
        expected = (directory / "expected.md").read_text(encoding="utf-8")
        entry = json.loads((directory / "declaration.json").read_text(encoding="utf-8"))["entry"]
        select, remove = as_list(entry.get("select")), as_list(entry.get("remove"))
        g_f1, g_ms = measure(generic, raw, expected)
        s_f1, s_ms = measure(declared, raw, expected, select=select, remove=remove)
        problem = extract_checked(raw, select=select, remove=remove).selector_problem
        name = str(directory.relative_to(OTA_DIR / "triples"))
        if problem:
            flagged.append(f"{name}: {problem}")
        if selects_nested_text(raw, select):
            nested.append(name)
        else:
            unnested_f1.append(s_f1)
        print(f"{name[:60]:<60} {g_f1:>10.4f} {g_ms:>6.1f} {s_f1:>11.4f} {s_ms:>6.1f}")
    print()
    print(f"{len(triples)} pages")
    for label, stats in (("generic path", generic), ("selector path", declared)):
        print(
            f"{label:<14} token F1 mean {statistics.mean(stats.f1):.4f} median {statistics.median(stats.f1):.4f} "
            f"(min {min(stats.f1):.4f}, pages < 0.9: {sum(f < 0.9 for f in stats.f1)}); "
            f"headings kept {stats.headings_kept}/{stats.headings} = {stats.headings_kept / max(stats.headings, 1):.4f}; "
            f'"last updated" lines kept {stats.date_lines_kept}/{stats.date_lines} = '
            f"{stats.date_lines_kept / max(stats.date_lines, 1):.4f}; "
            f"CPU ms/page median {statistics.median(stats.ms):.1f} p95 {percentile(stats.ms, 0.95):.1f}"
        )
    if nested and unnested_f1:
        print(
            f"selector path without the {len(nested)} page(s) whose declaration selects nested elements "
            f"(OTA's expected.md repeats their text): token F1 mean {statistics.mean(unnested_f1):.4f} "
            f"median {statistics.median(unnested_f1):.4f}"
        )
        for name in nested:
            print(f"  {name}")
    print(f"selector health: {len(flagged)} of {len(triples)} declarations flagged broken on these snapshots")
    for line in flagged:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

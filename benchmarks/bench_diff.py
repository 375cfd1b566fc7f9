"""Benchmark monitor.diff.diff_texts on ~100 KB policies; prints tables (not a test).

Run from the project root: `python benchmarks/bench_diff.py [--repeat 5] [--corpus PATH]`.

Inputs: the largest `after.md` of the Open Terms Archive corpus (../shared/corpus/ota) converted to
the policy text format, and a seeded synthetic ~100 KB policy; each with 2 % of words edited
scattered, 2 % clustered in 3 passages, a whole rewrite, and identical. Then every real version pair
of the corpus. A second table compares the two line-level engines the design could use.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from diff_match_patch import diff_match_patch  # noqa: E402

from monitor.diff import PolicyDiff, diff_texts  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "ota"
SEED = 20240521

# --------------------------------------------------------------------------------------------------
# Inputs


def markdown_to_policy_text(markdown: str) -> str:
    """Rough conversion of OTA's turndown Markdown to the one-block-per-line policy text format."""

    def inline(text: str) -> str:
        text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
        text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
        text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>])", r"\1", text)
        return " ".join(text.split())

    source = markdown.split("\n")
    out: list[str] = []
    index = 0
    while index < len(source):
        line = source[index].strip()
        following = source[index + 1].strip() if index + 1 < len(source) else ""
        index += 1
        if not line or re.fullmatch(r"([-*_]\s*){3,}", line):
            continue
        setext_h2 = re.fullmatch(r"-+", following) and not line.startswith(("- ", "* "))
        if re.fullmatch(r"=+", following) or setext_h2:
            out.append(("# " if following.startswith("=") else "## ") + inline(line))
            index += 1
        elif match := re.match(r"(#{1,6})\s+(.*)", line):
            out.append(f"{match.group(1)} {inline(match.group(2))}")
        elif match := re.match(r"(?:[*+-]|\d+\.)\s+(.*)", line):
            out.append("- " + inline(match.group(1)))
        elif line.startswith("|"):
            cells = [inline(cell) for cell in line.strip("|").split("|")]
            if all(re.fullmatch(r":?-*:?", cell) for cell in cells):
                continue  # separator row
            out.append("| " + " | ".join(cells) + " |")
        else:
            out.append(inline(line))
    return "\n".join(line for line in out if line.strip("#-| ")) + "\n"


_VOCABULARY = (
    "we you your data personal information process processing collect share third parties service "
    "services account provider providers consent legal basis legitimate interest retain retention "
    "period days months years delete deletion request access rectify erasure object portability "
    "controller processor transfer transfers country countries safeguards contractual clauses cookies "
    "analytics advertising partners security measures encryption breach notify authority supervisory "
    "complaint contact officer protection email address phone number location device identifiers "
    "payment billing support marketing communications children age law enforcement obligations purposes "
    "necessary improve operate provide including such as may will where when with for from about under "
    "and or the a an of to in on by is are be this that these those our us any all other"
).split()


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_VOCABULARY) for _ in range(rng.randint(8, 24))]
    return " ".join(words).capitalize() + "."


def synthetic_policy(rng: random.Random, target_bytes: int = 100_000) -> str:
    """A seeded policy-like text: nested headings, paragraphs, lists and tables."""
    lines = ["# Privacy Policy"]
    section = 0
    while sum(len(line) + 1 for line in lines) < target_bytes:
        section += 1
        lines.append(f"## {section}. {' '.join(rng.sample(_VOCABULARY, 3)).title()}")
        for sub in range(rng.randint(0, 3) or 1):
            if sub:
                lines.append(f"### {section}.{sub} {' '.join(rng.sample(_VOCABULARY, 2)).title()}")
            for _ in range(rng.randint(1, 4)):
                lines.append(" ".join(_sentence(rng) for _ in range(rng.randint(1, 6))))
            if rng.random() < 0.4:
                lines.extend("- " + _sentence(rng) for _ in range(rng.randint(2, 7)))
            if rng.random() < 0.15:
                lines.append("| Category | Purpose | Retention |")
                for _ in range(rng.randint(2, 6)):
                    purpose = " ".join(rng.sample(_VOCABULARY, 4))
                    lines.append(f"| {rng.choice(_VOCABULARY)} | {purpose} | {rng.randint(1, 36)} months |")
    return "\n".join(lines) + "\n"


_WORD_RE = re.compile(r"\w+")


def edit_words(text: str, fraction: float, rng: random.Random, *, clusters: int = 0) -> str:
    """Replace / delete / insert `fraction` of the words, scattered or in `clusters` passages."""
    spans = [match.span() for match in _WORD_RE.finditer(text)]
    count = max(1, int(len(spans) * fraction))
    if clusters:
        chosen: set[int] = set()
        per_cluster = count // clusters
        for _ in range(clusters):
            start = rng.randrange(0, len(spans) - per_cluster)
            chosen.update(range(start, start + per_cluster))
    else:
        chosen = set(rng.sample(range(len(spans)), count))
    pieces = []
    previous_end = 0
    for index, (start, end) in enumerate(spans):
        pieces.append(text[previous_end:start])
        word = text[start:end]
        if index in chosen:
            action = rng.random()
            if action < 0.6:
                word = rng.choice(_VOCABULARY)
            elif action < 0.8:
                word = ""
            else:
                word = f"{word} {rng.choice(_VOCABULARY)}"
        pieces.append(word)
        previous_end = end
    pieces.append(text[previous_end:])
    return re.sub(r"  +", " ", "".join(pieces))


# --------------------------------------------------------------------------------------------------
# Measurement


def time_ms(call: Callable[[], object], repeat: int) -> tuple[float, object]:
    """Median wall time in ms over `repeat` runs, and the last result."""
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def changed_chars(diff: PolicyDiff) -> int:
    """Inserted + deleted characters (lower = more precise diff; moves excluded)."""
    return sum(
        len(op.text) for section in diff.sections for op in section.ops if op.op in ("insert", "delete")
    )


def print_table(header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows)]
    print("  ".join(str(cell).ljust(width) for cell, width in zip(header, widths)))
    print("  ".join("-" * width for width in widths))
    for row in rows:
        cells = [row[0].ljust(widths[0]), *(cell.rjust(width) for cell, width in zip(row[1:], widths[1:]))]
        print("  ".join(cells))
    print()


def scenario_inputs(base_name: str, base: str, rng: random.Random) -> list[tuple[str, str, str]]:
    rewrite = synthetic_policy(random.Random(rng.random()), target_bytes=len(base.encode()))
    return [
        (f"{base_name}: 2% scattered", base, edit_words(base, 0.02, rng)),
        (f"{base_name}: 2% clustered (3)", base, edit_words(base, 0.02, rng, clusters=3)),
        (f"{base_name}: whole rewrite", base, rewrite),
        (f"{base_name}: identical", base, base),
    ]


def line_engines(old: str, new: str, repeat: int) -> tuple[float, float, int, int]:
    """Time the two line-level engines; return ms and the number of changed lines each reports."""
    old_lines, new_lines = old.splitlines(), new.splitlines()

    def difflib_lines() -> int:
        opcodes = SequenceMatcher(None, old_lines, new_lines, autojunk=False).get_opcodes()
        return sum((i2 - i1) + (j2 - j1) for tag, i1, i2, j1, j2 in opcodes if tag != "equal")

    def dmp_lines() -> int:
        dmp = diff_match_patch()
        dmp.Diff_Timeout = 1.0
        chars1, chars2, _ = dmp.diff_linesToChars(old, new)
        diffs = dmp.diff_main(chars1, chars2, False)
        return sum(len(text) for op, text in diffs if op != 0)

    difflib_ms, difflib_changed = time_ms(difflib_lines, repeat)
    dmp_ms, dmp_changed = time_ms(dmp_lines, repeat)
    return difflib_ms, dmp_ms, int(difflib_changed), int(dmp_changed)  # type: ignore[arg-type]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    rng = random.Random(SEED)

    bases: list[tuple[str, str]] = [("synthetic", synthetic_policy(rng))]
    pairs_dir = args.corpus / "version_pairs"
    pair_files = sorted(pairs_dir.glob("**/after.md")) if pairs_dir.is_dir() else []
    if pair_files:
        largest = max(pair_files, key=lambda path: path.stat().st_size)
        bases.insert(0, (f"OTA {largest.parent.parent.parent.name}", markdown_to_policy_text(largest.read_text())))

    scenarios = [s for name, text in bases for s in scenario_inputs(name, text, rng)]
    diff_texts(scenarios[0][1], scenarios[0][2])  # warm-up (imports, regex compilation)

    rows = []
    for name, old, new in scenarios:
        ms, diff = time_ms(lambda: diff_texts(old, new), args.repeat)
        assert isinstance(diff, PolicyDiff)
        moves = sum(op.op == "move" for section in diff.sections for op in section.ops)
        rows.append(
            [
                name,
                f"{len(old.encode()) / 1000:.0f}/{len(new.encode()) / 1000:.0f}",
                f"{ms:.1f}",
                str(len(diff.sections)),
                f"{diff.inserted_words}/{diff.deleted_words}",
                str(moves),
                str(changed_chars(diff)),
            ]
        )
    print(f"diff_texts, median of {args.repeat} runs")
    print_table(["input", "KB old/new", "ms", "sections", "ins/del words", "moves", "changed chars"], rows)

    engine_rows = []
    for name, old, new in scenarios:
        difflib_ms, dmp_ms, difflib_changed, dmp_changed = line_engines(old, new, args.repeat)
        engine_rows.append([name, f"{difflib_ms:.1f}", str(difflib_changed), f"{dmp_ms:.1f}", str(dmp_changed)])
    print("line-level engines over the whole text (changed lines: fewer = closer to minimal)")
    print_table(
        ["input", "difflib ms", "difflib changed lines", "dmp lines-mode ms", "dmp changed lines"], engine_rows
    )

    if not pair_files:
        print(f"no corpus at {pairs_dir}: real version pairs skipped")
        return
    pair_ms = []
    pair_engine: list[tuple[float, float]] = []
    for after_path in pair_files:
        before_path = after_path.with_name("before.md")
        if not before_path.exists():
            continue
        old = markdown_to_policy_text(before_path.read_text())
        new = markdown_to_policy_text(after_path.read_text())
        ms, _ = time_ms(lambda: diff_texts(old, new), 3)
        pair_ms.append(ms)
        difflib_ms, dmp_ms, _, _ = line_engines(old, new, 1)
        pair_engine.append((difflib_ms, dmp_ms))
    pair_ms.sort()

    def p95(values: list[float]) -> float:
        return sorted(values)[max(0, round(0.95 * len(values)) - 1)]

    print(f"real version pairs ({len(pair_ms)} pairs from {pairs_dir}), per pair the median of 3 runs")
    print_table(
        ["measure", "median ms", "p95 ms", "max ms"],
        [
            ["diff_texts", f"{statistics.median(pair_ms):.1f}", f"{p95(pair_ms):.1f}", f"{max(pair_ms):.1f}"],
            *[
                [label, f"{statistics.median(v):.1f}", f"{p95(v):.1f}", f"{max(v):.1f}"]
                for label, v in (
                    ("line level only: difflib", [d for d, _ in pair_engine]),
                    ("line level only: dmp lines-mode", [m for _, m in pair_engine]),
                )
            ],
        ],
    )


if __name__ == "__main__":
    main()

"""Section-located, word-level diffs of policy texts.

Input is the policy text format of docs/architecture.md: one block per line, `#` headings, `- ` list
items, `| a | b |` table rows. The pipeline is bounded on large inputs (research note scrapy_scale.md
§4.4): a line-level diff finds the changed hunks, lines inside a hunk are paired by similarity, and
only paired lines are diffed word by word with diff-match-patch, within a total time budget.

Op texts carry their line breaks: concatenating the `equal` and `delete` texts of a section gives old
lines, `equal`, `insert` and `move` texts give new lines (only the lines shown, see `context_lines`).
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Literal

from diff_match_patch import diff_match_patch

from monitor.diff_render import print_diff, render_html, render_terminal, render_text, render_unified

__all__ = [
    "DiffOp",
    "PolicyDiff",
    "SectionDiff",
    "count_words",
    "diff_texts",
    "diff_to_dict",
    "render_html",
    "print_diff",
    "render_terminal",
    "render_text",
    "render_unified",
]

OpKind = Literal["insert", "delete", "equal", "move"]

# A paired line longer than this (old + new characters) is not word-diffed: shown as delete + insert.
MAX_WORD_DIFF_CHARS = 20_000
# Similarity (see _WordSets.similar_weight) from which two lines of one hunk count as one edited
# line rather than a deleted line and an unrelated inserted one.
PAIR_MIN_SIMILARITY = 0.5
FORCED_HEADING_PAIR_WEIGHT = 0.1
# Lines with fewer words are compared on words, longer ones on word bigrams. Short lines get a lower
# bar so "Effective date: Nov 08, 2023" -> "Effective date: Jun 20, 2024" (2 of 5 words) is an edit.
SHORT_LINE_WORDS = 6
SHORT_LINE_MIN_SIMILARITY = 0.4
# Short lines ("- Yes", "| No |") recur by coincidence; below this only headings are reported as moved.
MOVE_MIN_WORDS = 3
# Word-sequence similarity from which a deleted and an inserted line elsewhere are one moved line.
NEAR_MOVE_MIN_SIMILARITY = 0.9
# Near-move search compares every unpaired deleted line with every unpaired inserted line; above
# this many comparisons (rewrites) only exact moves are reported.
MAX_NEAR_MOVE_COMPARISONS = 20_000
# Pairing inside a hunk is a quadratic alignment; above this many cells it is restricted to a band
# around the diagonal.
FULL_PAIRING_CELLS = 40_000
PAIRING_BAND = 25
# Above this many (old line, new line) pairs of identical lines in a region, difflib's autojunk is
# switched on to keep the line diff near-linear (see _line_segments).
MAX_EQUAL_LINE_PAIRS = 200_000

_WORD = r"\w+(?:['’\-]\w+)*"
_WORD_RE = re.compile(_WORD)
# Every character belongs to exactly one token, so tokens concatenate back to the line.
_TOKEN_RE = re.compile(rf"{_WORD}|\s+|[^\w\s]")
_HEADING_RE = re.compile(r"(#+)\s+(\S.*)")
# Tokens are mapped to private-use code points so diff-match-patch's boundary heuristics, which look
# at whitespace and punctuation characters, see no accidental structure in the encoded strings.
_TOKEN_CHAR_BASE = 0xF0000
_MAX_TOKENS = 0x10FFFF - _TOKEN_CHAR_BASE


@dataclass(frozen=True)
class DiffOp:
    """One diff operation. Line-level texts end with a newline.

    A `move` op stands at the line's new position; `text` is the new line, `from_heading_path` and
    `to_heading_path` locate both ends and `changes` holds the word-level edit of a near-identical
    move (empty for an exact move). `old_line`/`new_line` are 1-based line numbers where `text`
    starts (None on the side the op does not exist on); they are metadata and not compared.
    """

    op: OpKind
    text: str
    from_heading_path: tuple[str, ...] | None = None
    to_heading_path: tuple[str, ...] | None = None
    changes: tuple[DiffOp, ...] = ()
    old_line: int | None = field(default=None, compare=False)
    new_line: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class SectionDiff:
    """The changes under one heading path (heading texts without `#` marks, outermost first)."""

    heading_path: list[str]
    ops: list[DiffOp]


@dataclass(frozen=True)
class PolicyDiff:
    """Changed sections in document order plus word statistics (moves excluded)."""

    sections: list[SectionDiff]
    inserted_words: int
    deleted_words: int

    @property
    def is_empty(self) -> bool:
        """True when the two texts have the same lines."""
        return not self.sections


def count_words(text: str) -> int:
    """Words in `text`: runs of letters/digits (`e-mail`, `don't` are one); format marks don't count."""
    return len(_WORD_RE.findall(text))


def diff_texts(old: str, new: str, *, timeout_s: float = 1.0, context_lines: int = 1) -> PolicyDiff:
    """Diff two policy texts into changed sections with word-level ops.

    `timeout_s` bounds the total time spent on pairing and word-level diffs (≤ 0: no bound, as
    diff-match-patch's `Diff_Timeout`); lines not refined in time, and paragraphs above ~20 KB, are
    shown as whole-line delete + insert. `context_lines` is the number of unchanged lines shown on
    each side of a change within a section.
    """
    if old == new:
        return PolicyDiff([], 0, 0)
    old_lines, new_lines = _split_lines(old), _split_lines(new)
    if old_lines == new_lines:
        return PolicyDiff([], 0, 0)
    refiner = _Refiner(timeout_s)
    rows = _align(old_lines, new_lines, refiner)
    return _build_diff(rows, _Outline(old_lines), _Outline(new_lines), max(context_lines, 0))


def diff_to_dict(diff: PolicyDiff, *, from_id: int | None, to_id: int | None, change_kind: str) -> dict:
    """The `diff --format json` object of the CLI contract."""
    return {
        "from": from_id,
        "to": to_id,
        "change_kind": change_kind,
        "sections": [
            {"heading_path": list(section.heading_path), "ops": [_op_to_dict(op) for op in section.ops]}
            for section in diff.sections
        ],
        "stats": {"inserted_words": diff.inserted_words, "deleted_words": diff.deleted_words},
    }


def _op_to_dict(op: DiffOp) -> dict:
    data: dict = {"op": op.op, "text": op.text}
    if op.op == "move":
        data["from_heading_path"] = list(op.from_heading_path or ())
        data["to_heading_path"] = list(op.to_heading_path or ())
        if op.changes:
            data["changes"] = [{"op": change.op, "text": change.text} for change in op.changes]
    return data


# --------------------------------------------------------------------------------------------------
# Lines and headings


def _split_lines(text: str) -> list[str]:
    # Only "\n" separates blocks; str.splitlines would also split on U+2028, form feeds etc. inside a block.
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def _heading_level(line: str) -> int:
    match = _HEADING_RE.match(line)
    return len(match.group(1)) if match else 0


class _Outline:
    """The heading stack (indices of heading lines, outermost first) above every line of a text."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.levels = [_heading_level(line) for line in lines]
        self.stacks: list[tuple[int, ...]] = []
        stack: tuple[int, ...] = ()
        for index, level in enumerate(self.levels):
            if level:
                kept = stack
                while kept and self.levels[kept[-1]] >= level:
                    kept = kept[:-1]
                stack = (*kept, index)
            self.stacks.append(stack)

    def title(self, index: int) -> str:
        match = _HEADING_RE.match(self.lines[index])
        assert match is not None
        return match.group(2).strip()

    def path(self, index: int, rename: Callable[[int], str | None] = lambda _: None) -> tuple[str, ...]:
        """Heading titles above line `index`; `rename` may give a heading's title in the other text."""
        return tuple(rename(h) or self.title(h) for h in self.stacks[index])


def _normalized(line: str) -> str:
    return " ".join(line.split())


# --------------------------------------------------------------------------------------------------
# Word-level refinement


class _Refiner:
    """Word diffs with diff-match-patch over token-encoded strings, sharing one deadline."""

    def __init__(self, timeout_s: float) -> None:
        # One deadline for the whole diff, so many hunks cannot add up to many timeouts.
        self.deadline = time.time() + timeout_s if timeout_s > 0 else float("inf")
        self._dmp = diff_match_patch()
        # Only switches diff-match-patch's half-match speedup on or off; the bound is `deadline`.
        self._dmp.Diff_Timeout = max(timeout_s, 0.0)
        self._char_of_token: dict[str, str] = {}
        self._tokens: list[str] = []

    def expired(self) -> bool:
        return time.time() > self.deadline

    def _encode(self, line: str) -> str | None:
        chars = []
        for token in _TOKEN_RE.findall(line):
            char = self._char_of_token.get(token)
            if char is None:
                if len(self._tokens) >= _MAX_TOKENS:
                    return None
                char = chr(_TOKEN_CHAR_BASE + len(self._tokens))
                self._char_of_token[token] = char
                self._tokens.append(token)
            chars.append(char)
        return "".join(chars)

    def word_diff(self, old_line: str, new_line: str) -> list[tuple[OpKind, str]] | None:
        """Word-level ops turning `old_line` into `new_line`, or None when too big or out of time."""
        if len(old_line) + len(new_line) > MAX_WORD_DIFF_CHARS or self.expired():
            return None
        # A long paragraph with one word edited: only the stretch between the common prefix and suffix
        # (cut at spaces, so no word is split) is tokenized and diffed.
        start, old_end, new_end = _changed_stretch(old_line, new_line)
        ops = self._word_diff(old_line[start:old_end], new_line[start:new_end])
        if ops is None:
            return None
        merged: list[tuple[OpKind, str]] = []
        for kind, text in [("equal", old_line[:start]), *ops, ("equal", old_line[old_end:])]:
            if not text:
                continue
            if merged and merged[-1][0] == kind == "equal":
                merged[-1] = ("equal", merged[-1][1] + text)
            else:
                merged.append((kind, text))
        return merged

    def _word_diff(self, old_line: str, new_line: str) -> list[tuple[OpKind, str]] | None:
        old_chars, new_chars = self._encode(old_line), self._encode(new_line)
        if old_chars is None or new_chars is None:
            return None
        diffs = self._dmp.diff_main(old_chars, new_chars, False, self.deadline)
        if self.expired():
            # diff-match-patch returns a valid but coarse diff when it runs out of time.
            return None
        self._dmp.diff_cleanupSemantic(diffs)
        kinds: dict[int, OpKind] = {-1: "delete", 0: "equal", 1: "insert"}
        tokens = self._tokens
        return [
            (kinds[code], "".join(tokens[ord(char) - _TOKEN_CHAR_BASE] for char in chars))
            for code, chars in diffs
        ]


def _common_length(a: str, b: str, *, from_end: bool) -> int:
    """Length of the common prefix (or suffix) of two strings, by bisection over C-speed slice compares."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        same = a[len(a) - middle:] == b[len(b) - middle:] if from_end else a[:middle] == b[:middle]
        if same:
            low = middle
        else:
            high = middle - 1
    return low


def _changed_stretch(old: str, new: str) -> tuple[int, int, int]:
    """(start, old end, new end) of what differs between two lines, widened to whitespace cuts:
    ``old[:start] == new[:start]`` and ``old[old_end:] == new[new_end:]``; the stretch starts at the
    start of a word and ends before a space, so the tokens on both sides of a cut are whole and an
    inserted word keeps its space after it ("keep [all ]members")."""
    if old == new:
        return len(old), len(old), len(new)
    limit = min(len(old), len(new))
    prefix = _common_length(old, new, from_end=False)
    start = prefix  # the first difference, or the start of a word before it in both lines
    while start > 0 and not (
        old[start - 1].isspace() and start < limit and not old[start].isspace() and not new[start].isspace()
    ):
        start -= 1
    suffix = min(_common_length(old, new, from_end=True), limit - start)
    old_end, new_end = len(old) - suffix, len(new) - suffix
    # move the cut right until it stands just before a space that follows a non-space
    while old_end < len(old) and not (
        old[old_end].isspace() and not old[old_end - 1].isspace() and not new[new_end - 1].isspace()
    ):
        old_end += 1
        new_end += 1
    return start, old_end, new_end


# --------------------------------------------------------------------------------------------------
# Alignment: line diff, moves, pairing, word diffs


@dataclass
class _Row:
    """One line of the alignment; `old`/`new` are 0-based line indices."""

    kind: Literal["equal", "delete", "insert", "change", "move"]
    old: int | None
    new: int | None
    word_ops: list[tuple[OpKind, str]] = field(default_factory=list)  # change rows and near moves


@dataclass
class _Hunk:
    old: list[int]
    new: list[int]


def _align(old_lines: list[str], new_lines: list[str], refiner: _Refiner) -> list[_Row]:
    """All lines of both texts as rows in document order (deleted lines where they used to be)."""
    words = _WordSets(old_lines, new_lines)
    segments: list[tuple[int, int, int, int] | _Hunk] = []
    previous_old = previous_new = -1
    # Sections are matched first (by heading) and lines only within matched sections, so a paragraph
    # that changed section is a deletion in one hunk and an insertion in another, i.e. a move,
    # instead of a line diff anchoring on it and tearing the headings around it apart.
    anchors = _heading_anchors(old_lines, new_lines, words, refiner)
    for i, j in [*anchors, (len(old_lines), len(new_lines))]:
        segments.extend(_line_segments(old_lines, new_lines, previous_old + 1, i, previous_new + 1, j))
        if i < len(old_lines):
            segments.append((i, i + 1, j, j + 1) if old_lines[i] == new_lines[j] else _Hunk([i], [j]))
        previous_old, previous_new = i, j
    hunks = [segment for segment in segments if isinstance(segment, _Hunk)]

    moved_from = _exact_moves(hunks, old_lines, new_lines)  # new index -> old index
    moved_old = set(moved_from.values())
    pairs: dict[int, int] = {}  # new index -> old index, edited lines
    word_ops: dict[int, list[tuple[OpKind, str]]] = {}
    for hunk in hunks:
        olds = [i for i in hunk.old if i not in moved_old]
        news = [j for j in hunk.new if j not in moved_from]
        for i, j in _pair_lines(olds, news, words.pair_weight, refiner):
            ops = refiner.word_diff(old_lines[i], new_lines[j])
            if ops is not None:
                pairs[j] = i
                word_ops[j] = ops

    paired_old = set(pairs.values())
    near_moves = _near_moves(
        hunks,
        [i for hunk in hunks for i in hunk.old if i not in moved_old and i not in paired_old],
        [j for hunk in hunks for j in hunk.new if j not in moved_from and j not in pairs],
        old_lines,
        new_lines,
        refiner,
    )
    for j, (i, ops) in near_moves.items():
        moved_from[j] = i
        moved_old.add(i)
        word_ops[j] = ops

    rows: list[_Row] = []
    for segment in segments:
        if isinstance(segment, tuple):
            i1, i2, j1, j2 = segment
            rows.extend(_Row("equal", i, j) for i, j in zip(range(i1, i2), range(j1, j2)))
            continue
        olds = iter([i for i in segment.old if i not in moved_old])
        pending_old = next(olds, None)
        for j in segment.new:
            paired = pairs.get(j)
            if paired is not None:
                while pending_old is not None and pending_old < paired:
                    rows.append(_Row("delete", pending_old, None))
                    pending_old = next(olds, None)
                pending_old = next(olds, None)  # this is `paired`
                ops = word_ops[j]
                kind = "change" if any(op != "equal" for op, _ in ops) else "equal"
                rows.append(_Row(kind, paired, j, ops if kind == "change" else []))
            elif j in moved_from:
                rows.append(_Row("move", moved_from[j], j, word_ops.get(j, [])))
            else:
                rows.append(_Row("insert", None, j))
        while pending_old is not None:
            rows.append(_Row("delete", pending_old, None))
            pending_old = next(olds, None)
    return _deletions_before_insertions(rows)


def _heading_anchors(
    old_lines: list[str], new_lines: list[str], words: _WordSets, refiner: _Refiner
) -> list[tuple[int, int]]:
    """Monotonic (old, new) pairs of the same heading: identical, or renamed with similar words."""
    old_headings = [i for i, line in enumerate(old_lines) if _heading_level(line)]
    new_headings = [j for j, line in enumerate(new_lines) if _heading_level(line)]
    matcher = SequenceMatcher(
        None, [old_lines[i] for i in old_headings], [new_lines[j] for j in new_headings], autojunk=False
    )
    anchors: list[tuple[int, int]] = []
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            anchors.extend(zip(old_headings[a1:a2], new_headings[b1:b2]))
        elif tag == "replace":
            anchors.extend(
                _pair_lines(old_headings[a1:a2], new_headings[b1:b2], words.similar_weight, refiner)
            )
    return anchors


def _line_segments(
    old_lines: list[str], new_lines: list[str], old_start: int, old_end: int, new_start: int, new_end: int
) -> list[tuple[int, int, int, int] | _Hunk]:
    """Line diff of a region: equal runs as index ranges, changed runs as hunks."""
    segments: list[tuple[int, int, int, int] | _Hunk] = []
    prefix = 0
    while old_start + prefix < old_end and new_start + prefix < new_end and (
        old_lines[old_start + prefix] == new_lines[new_start + prefix]
    ):
        prefix += 1
    if prefix:
        segments.append((old_start, old_start + prefix, new_start, new_start + prefix))
        old_start, new_start = old_start + prefix, new_start + prefix
    suffix = 0
    while old_end - suffix > old_start and new_end - suffix > new_start and (
        old_lines[old_end - suffix - 1] == new_lines[new_end - suffix - 1]
    ):
        suffix += 1
    old_end, new_end = old_end - suffix, new_end - suffix

    old_region, new_region = old_lines[old_start:old_end], new_lines[new_start:new_end]
    # difflib over whole lines: measured faster than diff-match-patch's line mode on scattered edits
    # (benchmarks/bench_diff.py). autojunk off, because it would junk the lines that recur in
    # policies ("| Yes |", "- Name") and so make needless hunks; but difflib's work grows with the
    # number of equal line pairs, so degenerate inputs (thousands of repeats) get it back on.
    new_counts = Counter(new_region)
    equal_line_pairs = sum(new_counts[line] for line in old_region)
    matcher = SequenceMatcher(
        None, old_region, new_region, autojunk=equal_line_pairs > MAX_EQUAL_LINE_PAIRS
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        i1, i2, j1, j2 = i1 + old_start, i2 + old_start, j1 + new_start, j2 + new_start
        if tag == "equal":
            segments.append((i1, i2, j1, j2))
        else:
            segments.append(_Hunk(list(range(i1, i2)), list(range(j1, j2))))
    if suffix:
        segments.append((old_end, old_end + suffix, new_end, new_end + suffix))
    return segments


def _deletions_before_insertions(rows: list[_Row]) -> list[_Row]:
    """Within a run of deleted/inserted lines, list deletions first (the usual reading order)."""
    ordered: list[_Row] = []
    run: list[_Row] = []
    for row in rows:
        if row.kind in ("delete", "insert"):
            run.append(row)
            continue
        if run:
            ordered.extend(sorted(run, key=lambda r: r.kind != "delete"))  # stable
            run = []
        ordered.append(row)
    ordered.extend(sorted(run, key=lambda r: r.kind != "delete"))
    return ordered


def _movable(line: str) -> bool:
    return bool(_heading_level(line)) or count_words(line) >= MOVE_MIN_WORDS


def _exact_moves(hunks: list[_Hunk], old_lines: list[str], new_lines: list[str]) -> dict[int, int]:
    """New index -> old index of lines deleted in one hunk and inserted identically in another."""
    deleted: dict[str, list[tuple[int, int]]] = {}
    for hunk_no, hunk in enumerate(hunks):
        for i in hunk.old:
            if _movable(old_lines[i]):
                deleted.setdefault(_normalized(old_lines[i]), []).append((hunk_no, i))
    moves: dict[int, int] = {}
    if not deleted:
        return moves
    for hunk_no, hunk in enumerate(hunks):
        for j in hunk.new:
            candidates = deleted.get(_normalized(new_lines[j]))
            if not candidates:
                continue
            # Same-hunk matches differ only in whitespace at the same place: an edit, not a move.
            for position, (source_hunk, i) in enumerate(candidates):
                if source_hunk != hunk_no:
                    moves[j] = i
                    del candidates[position]
                    break
    return moves


def _near_moves(
    hunks: list[_Hunk],
    olds: list[int],
    news: list[int],
    old_lines: list[str],
    new_lines: list[str],
    refiner: _Refiner,
) -> dict[int, tuple[int, list[tuple[OpKind, str]]]]:
    """New index -> (old index, word ops) of unpaired lines that are ≥ 0.9 similar across hunks."""
    hunk_of_old = {i: n for n, hunk in enumerate(hunks) for i in hunk.old}
    hunk_of_new = {j: n for n, hunk in enumerate(hunks) for j in hunk.new}
    # Below 10 words one changed word already drops the similarity under 0.9.
    old_words = {i: _WORD_RE.findall(old_lines[i]) for i in olds}
    new_words = {j: _WORD_RE.findall(new_lines[j]) for j in news}
    olds = [i for i in olds if len(old_words[i]) >= 10]
    news = [j for j in news if len(new_words[j]) >= 10]
    if not olds or not news or len(olds) * len(news) > MAX_NEAR_MOVE_COMPARISONS:
        return {}
    moves: dict[int, tuple[int, list[tuple[OpKind, str]]]] = {}
    taken: set[int] = set()
    for j in news:
        if refiner.expired():
            break
        matcher = SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(new_words[j])
        best: tuple[float, int] | None = None
        for i in olds:
            if i in taken or hunk_of_old[i] == hunk_of_new[j]:
                continue
            matcher.set_seq1(old_words[i])
            if matcher.real_quick_ratio() < NEAR_MOVE_MIN_SIMILARITY:
                continue
            if matcher.quick_ratio() < NEAR_MOVE_MIN_SIMILARITY:
                continue
            ratio = matcher.ratio()
            if ratio >= NEAR_MOVE_MIN_SIMILARITY and (best is None or ratio > best[0]):
                best = (ratio, i)
        if best is not None:
            ops = refiner.word_diff(old_lines[best[1]], new_lines[j])
            if ops is not None:
                moves[j] = (best[1], ops)
                taken.add(best[1])
    return moves


class _WordSets:
    """Cached word features of lines, for pairing lines by similarity."""

    def __init__(self, old_lines: list[str], new_lines: list[str]) -> None:
        self._lines = (old_lines, new_lines)
        self._cache: tuple[dict[int, tuple[frozenset, frozenset, int, tuple[str, ...]]], ...] = ({}, {})

    def _get(self, side: int, index: int) -> tuple[frozenset, frozenset, int, tuple[str, ...]]:
        """(word set, word-bigram set, heading level, table cells) of a line."""
        cached = self._cache[side].get(index)
        if cached is None:
            line = self._lines[side][index]
            words = [w.lower() for w in _WORD_RE.findall(line)]
            cells = tuple(cell.strip() for cell in line.strip().strip("|").split("|")) if line[:1] == "|" else ()
            cached = (frozenset(words), frozenset(zip(words, words[1:])), _heading_level(line), cells)
            self._cache[side][index] = cached
        return cached

    def similar_weight(self, old_index: int, new_index: int) -> float:
        """How alike two lines are (0 = not the same block edited; headings only match headings).

        Long lines compare word bigrams: two unrelated paragraphs share most function words ("the",
        "your", "data") but few word pairs; the threshold is on containment (shared / smaller) so a
        paragraph that grew by a few sentences still pairs. Table rows may also match cell by cell.
        """
        old_words, old_bigrams, old_level, old_cells = self._get(0, old_index)
        new_words, new_bigrams, new_level, new_cells = self._get(1, new_index)
        if bool(old_level) != bool(new_level) or bool(old_cells) != bool(new_cells):
            return 0.0
        cell_similarity = 0.0
        if old_cells:
            same_cells = sum(a == b for a, b in zip(old_cells, new_cells))
            cell_similarity = same_cells / max(len(old_cells), len(new_cells))
            if cell_similarity < PAIR_MIN_SIMILARITY:
                cell_similarity = 0.0
        if min(len(old_words), len(new_words)) < SHORT_LINE_WORDS:
            total = len(old_words) + len(new_words)
            dice = 2 * len(old_words & new_words) / total if total else 0.0
            return max(cell_similarity, dice if dice >= SHORT_LINE_MIN_SIMILARITY else 0.0)
        shared = len(old_bigrams & new_bigrams)
        if shared < PAIR_MIN_SIMILARITY * min(len(old_bigrams), len(new_bigrams)):
            return cell_similarity
        return max(cell_similarity, 2 * shared / (len(old_bigrams) + len(new_bigrams)))

    def pair_weight(self, old_index: int, new_index: int) -> float:
        """`similar_weight`, but a same-level heading in the same hunk always pairs (section renamed).

        The forced pairing weighs less than nearly any similar pair so it does not outbid a real match.
        Lines too long to word-diff never pair.
        """
        if len(self._lines[0][old_index]) + len(self._lines[1][new_index]) > MAX_WORD_DIFF_CHARS:
            return 0.0
        weight = self.similar_weight(old_index, new_index)
        if not weight:
            old_level, new_level = self._get(0, old_index)[2], self._get(1, new_index)[2]
            if old_level and old_level == new_level:
                return FORCED_HEADING_PAIR_WEIGHT
        return weight


def _pair_lines(
    olds: Sequence[int], news: Sequence[int], weigh: Callable[[int, int], float], refiner: _Refiner
) -> list[tuple[int, int]]:
    """Monotonic pairing of old and new lines maximizing the total weight (0 = never pair)."""
    n, m = len(olds), len(news)
    if not n or not m:
        return []
    if n == m:
        positional = list(zip(olds, news))
        if all(weigh(i, j) for i, j in positional):
            return positional

    def weight(a: int, b: int) -> float:
        return weigh(olds[a], news[b])

    band = None if n * m <= FULL_PAIRING_CELLS else PAIRING_BAND
    # score[a][b - lo[a]]: best total for olds[:a] and news[:b]; outside the band is unreachable.
    lo = [0] * (n + 1)
    hi = [m] * (n + 1)
    if band is not None:
        for a in range(n + 1):
            centre = a * m // n
            lo[a], hi[a] = max(0, centre - band), min(m, centre + band)
    unreachable = float("-inf")
    score: list[list[float]] = [[0.0] * (hi[0] - lo[0] + 1)]
    for a in range(1, n + 1):
        if refiner.expired():
            return []
        previous, prev_lo, prev_hi = score[a - 1], lo[a - 1], hi[a - 1]
        current = [unreachable] * (hi[a] - lo[a] + 1)
        for b in range(lo[a], hi[a] + 1):
            best = previous[b - prev_lo] if prev_lo <= b <= prev_hi else unreachable
            if b > lo[a]:
                best = max(best, current[b - 1 - lo[a]])
            elif b == 0:
                best = max(best, 0.0)
            if b >= 1 and prev_lo <= b - 1 <= prev_hi:
                w = weight(a - 1, b - 1)
                if w:
                    best = max(best, previous[b - 1 - prev_lo] + w)
            current[b - lo[a]] = best
        score.append(current)

    def at(a: int, b: int) -> float:
        return score[a][b - lo[a]] if lo[a] <= b <= hi[a] else unreachable

    pairs: list[tuple[int, int]] = []
    a, b = n, m
    while a > 0 and b > 0:
        here = at(a, b)
        if here == at(a - 1, b):
            a -= 1
        elif here == at(a, b - 1):
            b -= 1
        else:
            pairs.append((olds[a - 1], news[b - 1]))
            a, b = a - 1, b - 1
    pairs.reverse()
    return pairs


# --------------------------------------------------------------------------------------------------
# Sections, context and ops


def _build_diff(rows: list[_Row], old_outline: _Outline, new_outline: _Outline, context_lines: int) -> PolicyDiff:
    # A deleted line sits under its old headings, named as they are now when they survived.
    new_heading_of_old: dict[int, int] = {
        row.old: row.new
        for row in rows
        if row.kind in ("equal", "change") and row.old is not None and row.new is not None
        and old_outline.levels[row.old]
    }

    def renamed(old_heading: int) -> str | None:
        new_heading = new_heading_of_old.get(old_heading)
        return new_outline.title(new_heading) if new_heading is not None else None

    groups: dict[tuple[str, ...], list[_Row]] = {}
    for row in rows:
        if row.kind == "delete":
            assert row.old is not None
            key = old_outline.path(row.old, renamed)
        else:
            assert row.new is not None
            key = new_outline.path(row.new)
        groups.setdefault(key, []).append(row)

    inserted = deleted = 0
    sections: list[SectionDiff] = []
    for path, group in groups.items():
        if all(row.kind == "equal" for row in group):
            continue
        ops = _section_ops(_with_context(group, context_lines), old_outline, new_outline, renamed)
        for op in ops:
            for counted in (op.changes if op.op == "move" else (op,)):
                if counted.op == "insert":
                    inserted += count_words(counted.text)
                elif counted.op == "delete":
                    deleted += count_words(counted.text)
        sections.append(SectionDiff(list(path), ops))
    return PolicyDiff(sections, inserted, deleted)


def _with_context(group: list[_Row], context_lines: int) -> list[_Row]:
    """The group's changed rows plus at most `context_lines` equal rows on each side of a change."""
    far = len(group) + 1
    distance = [far] * len(group)
    for order in (range(len(group)), range(len(group) - 1, -1, -1)):
        since_change = far
        for index in order:
            if group[index].kind != "equal":
                since_change = 0
            else:
                since_change += 1
                distance[index] = min(distance[index], since_change)
    return [
        row for row, dist in zip(group, distance) if row.kind != "equal" or dist <= context_lines
    ]


def _section_ops(
    rows: list[_Row], old_outline: _Outline, new_outline: _Outline, renamed: Callable[[int], str | None]
) -> list[DiffOp]:
    ops: list[DiffOp] = []
    last_old: int | None = None
    last_new: int | None = None
    for row in rows:
        contiguous = (row.old is None or last_old is None or row.old == last_old + 1) and (
            row.new is None or last_new is None or row.new == last_new + 1
        )
        old_no = row.old + 1 if row.old is not None else None
        new_no = row.new + 1 if row.new is not None else None
        if row.kind == "move":
            assert row.old is not None and row.new is not None
            ops.append(
                DiffOp(
                    "move",
                    new_outline.lines[row.new] + "\n",
                    from_heading_path=old_outline.path(row.old, renamed),
                    to_heading_path=new_outline.path(row.new),
                    changes=tuple(DiffOp(kind, text) for kind, text in row.word_ops),
                    old_line=old_no,
                    new_line=new_no,
                )
            )
            last_new = row.new
            continue
        if row.kind == "equal":
            row_ops = [DiffOp("equal", new_outline.lines[row.new] + "\n", old_line=old_no, new_line=new_no)]
        elif row.kind == "delete":
            row_ops = [DiffOp("delete", old_outline.lines[row.old] + "\n", old_line=old_no)]
        elif row.kind == "insert":
            row_ops = [DiffOp("insert", new_outline.lines[row.new] + "\n", new_line=new_no)]
        else:
            row_ops = [
                DiffOp(
                    kind,
                    text,
                    old_line=old_no if kind != "insert" else None,
                    new_line=new_no if kind != "delete" else None,
                )
                for kind, text in row.word_ops
                if text
            ]
            row_ops.append(DiffOp("equal", "\n", old_line=old_no, new_line=new_no))
        for op in row_ops:
            previous = ops[-1] if ops else None
            if previous is not None and previous.op == op.op != "move" and contiguous:
                ops[-1] = DiffOp(
                    op.op, previous.text + op.text, old_line=previous.old_line, new_line=previous.new_line
                )
            else:
                ops.append(op)
            contiguous = True  # ops within a row always continue each other
        if row.old is not None:
            last_old = row.old
        if row.new is not None:
            last_new = row.new
    return ops

"""Deciding what a newly seen policy text means: which change kind, or a suspect fetch.

Pure functions over texts and word counts; ``storage.recording.record_fetch`` applies them inside its
transaction. On real histories 45-70 % of naive "changes" are noise (../shared/research/ota.md §3.3):
these rules keep noise out of the alerts without hiding real wording changes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from functools import cached_property
from itertools import zip_longest

_WORD = re.compile(r"\w+", re.UNICODE)
_MARKS = "#|-*"


@dataclass(frozen=True)
class ChangePolicy:
    """How cautious change detection is; built from the configuration."""

    confirm_fetches: int = 1  # sightings of a new text before it becomes a version (2 = one confirmation)
    confirm_delay: timedelta = timedelta(0)  # how soon a pending text is checked again
    min_words: int = 30  # fewer words than this is not a policy page
    max_shrink: float = 0.5  # losing more than this share of the words is suspect
    min_overlap: float = 0.1  # sharing fewer distinct words than this with the current version: another document
    failure_alert_after: int = 3  # consecutive failed/blocked/suspect checks before one operational alert
    revert_lookback: int = 10  # a text equal to one of the last N versions is a flip-flop
    accept_language_switch_after: int = 3  # consecutive checks in the new language before it is accepted (0: never)


class SuspectReason(str):
    """Why a fetched text is suspect (the message recorded with the fetch).

    ``lasting`` marks a suspicion that a vendor can make true for good (serving the policy in another
    language from now on), as opposed to a broken fetch or a wrong page, which never becomes a version.
    """

    lasting: bool

    def __new__(cls, message: str, *, lasting: bool = False) -> SuspectReason:
        reason = super().__new__(cls, message)
        reason.lasting = lasting
        return reason


def _comparable(text: str) -> Iterator[str]:
    return (token for token in text.split() if token.strip(_MARKS))  # a token of marks only strips to ""


def comparable_words(text: str) -> list[str]:
    """The words of a text with the format marks (#, -, |) and all layout removed."""
    return list(_comparable(text))


def is_cosmetic(old_text: str, new_text: str) -> bool:
    """True when only layout changed: line breaks, heading levels, list or table marks."""
    if old_text == new_text:
        return False
    # word by word, stopping at the first difference: a wording change is found where it is, without
    # listing the words of two whole policies
    missing = object()
    return all(a == b for a, b in zip_longest(_comparable(old_text), _comparable(new_text), fillvalue=missing))


TRUNCATION_SHARE = 0.8  # share of the shrunk text's lines found in the old text that marks a truncation


def _share_of_lines_kept(new_text: str, old_text: str) -> float:
    new_lines = [line for line in new_text.splitlines() if line.strip()]
    if not new_lines:
        return 1.0
    old_lines = set(old_text.splitlines())
    return sum(line in old_lines for line in new_lines) / len(new_lines)


def _vocabulary(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def line_stats(old_text: str | None, new_text: str) -> dict[str, int]:
    """Cheap line-level statistics kept with a change (the word-level diff is computed when shown)."""
    new_lines = Counter(new_text.splitlines())
    old_lines = Counter((old_text or "").splitlines())
    return {
        "lines_added": sum((new_lines - old_lines).values()),
        "lines_removed": sum((old_lines - new_lines).values()),
        "lines_before": sum(old_lines.values()),
        "lines_after": sum(new_lines.values()),
    }


class TextComparison:
    """A new text against the current version's, each measure computed once, when first asked for.

    ``storage.recording`` builds one and calls ``compute()`` before its write transaction, so that the
    CPU work (a few milliseconds on a 50 KB policy) is not done while holding the database's write lock.
    """

    def __init__(self, old_text: str, new_text: str) -> None:
        self.old_text = old_text
        self.new_text = new_text

    @cached_property
    def cosmetic(self) -> bool:
        return is_cosmetic(self.old_text, self.new_text)

    @cached_property
    def share_of_lines_kept(self) -> float:
        """Share of the new text's lines found in the old text."""
        return _share_of_lines_kept(self.new_text, self.old_text)

    @cached_property
    def vocabulary_overlap(self) -> float | None:
        """Distinct words in common over distinct words in either (None when a text has no words)."""
        old_vocab, new_vocab = _vocabulary(self.old_text), _vocabulary(self.new_text)
        if not old_vocab or not new_vocab:
            return None
        return len(old_vocab & new_vocab) / len(old_vocab | new_vocab)

    @cached_property
    def line_stats(self) -> dict[str, int]:
        return line_stats(self.old_text, self.new_text)

    def compute(self) -> TextComparison:
        """Compute every measure a recording may ask for now (not the truncation share, rarely needed)."""
        for name in ("cosmetic", "vocabulary_overlap", "line_stats"):
            getattr(self, name)
        return self


def suspect_reason(
    *,
    new_text: str,
    new_words: int,
    new_language: str | None,
    old_text: str | None,
    old_words: int | None,
    old_language: str | None,
    policy: ChangePolicy,
    comparison: TextComparison | None = None,
) -> SuspectReason | None:
    """Why a fetched text must not become a version (broken fetch, wrong page, language switch), or None.

    ``comparison``: of ``old_text`` and ``new_text``, when the caller has one (measures already computed)."""
    if old_text is None or not old_words:
        if new_words < policy.min_words:
            return SuspectReason(f"only {new_words} words of text (a policy has at least {policy.min_words})")
        return None
    if new_words < policy.min_words and old_words >= 2 * policy.min_words:
        return SuspectReason(f"only {new_words} words of text left of {old_words}")
    comparison = comparison or TextComparison(old_text, new_text)
    if (
        old_words >= 2 * policy.min_words
        and new_words < old_words * (1 - policy.max_shrink)
        and comparison.share_of_lines_kept >= TRUNCATION_SHARE
    ):
        # a broken fetch loses text and adds none; a vendor cutting its policy also writes new text
        return SuspectReason(f"text shrank from {old_words} to {new_words} words")
    if old_language and new_language and old_language.split("-")[0] != new_language.split("-")[0]:
        return SuspectReason(f"language switched from {old_language} to {new_language}", lasting=True)
    overlap = comparison.vocabulary_overlap
    if overlap is not None and overlap < policy.min_overlap:
        return SuspectReason(f"shares only {overlap:.0%} of its vocabulary with the current version: another document?")
    return None

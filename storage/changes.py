"""Deciding what a newly seen policy text means: which change kind, or a suspect fetch.

Pure functions over texts and word counts; ``storage.recording.record_fetch`` applies them inside its
transaction. On real histories 45-70 % of naive "changes" are noise (../shared/research/ota.md §3.3):
these rules keep noise out of the alerts without hiding real wording changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

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


def comparable_words(text: str) -> list[str]:
    """The words of a text with the format marks (#, -, |) and all layout removed."""
    return [token for token in text.split() if token.strip(_MARKS)]  # a token of marks only strips to ""


def is_cosmetic(old_text: str, new_text: str) -> bool:
    """True when only layout changed: line breaks, heading levels, list or table marks."""
    return old_text != new_text and comparable_words(old_text) == comparable_words(new_text)


TRUNCATION_SHARE = 0.8  # share of the shrunk text's lines found in the old text that marks a truncation


def _share_of_lines_kept(new_text: str, old_text: str) -> float:
    new_lines = [line for line in new_text.splitlines() if line.strip()]
    if not new_lines:
        return 1.0
    old_lines = set(old_text.splitlines())
    return sum(line in old_lines for line in new_lines) / len(new_lines)


def _vocabulary(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def suspect_reason(
    *,
    new_text: str,
    new_words: int,
    new_language: str | None,
    old_text: str | None,
    old_words: int | None,
    old_language: str | None,
    policy: ChangePolicy,
) -> SuspectReason | None:
    """Why a fetched text must not become a version (broken fetch, wrong page, language switch), or None."""
    if old_text is None or not old_words:
        if new_words < policy.min_words:
            return SuspectReason(f"only {new_words} words of text (a policy has at least {policy.min_words})")
        return None
    if new_words < policy.min_words and old_words >= 2 * policy.min_words:
        return SuspectReason(f"only {new_words} words of text left of {old_words}")
    if (
        old_words >= 2 * policy.min_words
        and new_words < old_words * (1 - policy.max_shrink)
        and _share_of_lines_kept(new_text, old_text) >= TRUNCATION_SHARE
    ):
        # a broken fetch loses text and adds none; a vendor cutting its policy also writes new text
        return SuspectReason(f"text shrank from {old_words} to {new_words} words")
    if old_language and new_language and old_language.split("-")[0] != new_language.split("-")[0]:
        return SuspectReason(f"language switched from {old_language} to {new_language}", lasting=True)
    old_vocab, new_vocab = _vocabulary(old_text), _vocabulary(new_text)
    if old_vocab and new_vocab:
        overlap = len(old_vocab & new_vocab) / len(old_vocab | new_vocab)
        if overlap < policy.min_overlap:
            return SuspectReason(f"shares only {overlap:.0%} of its vocabulary with the current version: another document?")
    return None

"""Are a document's declared selectors still working? Extraction with a health check.

A site redesign usually breaks per-document selectors silently: `select` matches nothing (the class
was renamed) or matches a now-tiny element (the cookie notice took the old class name). Either way the
policy text would vanish or shrink. The rule:

* `select` matched nothing, matched only empty elements, or is invalid (``crawler.extract`` already
  fell back to the generic path and says why in its message): **broken**;
* `select` matched, but its text is implausibly small next to what the generic path finds on the
  same page: under ``MIN_SHARE`` (15 %) of the generic text's words while also short for a policy
  (under ``SHORT_POLICY_WORDS``, 500), or under ``FEW_WORDS`` (50) words while the generic path finds
  at least ``FEW_WORDS_GENERIC`` (150): **broken**, and the generic text is used instead. The share
  alone is not enough: a page holding several documents (terms, privacy, cookies) with a selector
  for one of them legitimately selects a small share (Mistral AI's /terms/ page in the OTA corpus:
  2,583 of 18,182 words, and token F1 1.0 against OTA's expected text);
* otherwise healthy, and the selectors' text is used.

A broken document's fetch stays ``ok`` with the generic text (so versions and diffs go on, and a
technical change kind covers the switch), and ``storage.recording`` sets the document's status to
``selector_broken`` and raises one ``selector_broken`` alert until the selectors work again.
Documents with only `remove` selectors are never broken: removing nothing is harmless.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from crawler.extract import DEFAULT_MAX_BYTES, Extraction, Selector, extract_html
from crawler.normalize import count_words
from storage import outcomes

__all__ = ["FEW_WORDS", "MIN_SHARE", "Checked", "extract_checked"]

MIN_SHARE = 0.15
SHORT_POLICY_WORDS = 500
FEW_WORDS = 50
FEW_WORDS_GENERIC = 150


@dataclass(frozen=True)
class Checked:
    """The extraction to use, and why the document's selectors are broken (None when they work or
    could not be judged)."""

    extraction: Extraction
    selector_problem: str | None = None


def extract_checked(
    body: str | bytes,
    *,
    header_charset: str | None = None,
    select: Sequence[Selector] = (),
    remove: Sequence[Selector] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Checked:
    """``extract_html`` with the declared selectors, checked against the generic path (never raises)."""
    declared = extract_html(body, header_charset=header_charset, select=select, remove=remove, max_bytes=max_bytes)
    if not select or declared.outcome != outcomes.OK:
        return Checked(declared)  # no `select` to judge, or the page itself is bad: not the selectors' fault
    if not declared.used_selectors:
        reason = declared.message or "select matched nothing"
        return Checked(declared, f"{reason}; used generic extraction")
    generic = extract_html(body, header_charset=header_charset, max_bytes=max_bytes)
    if generic.outcome != outcomes.OK:
        return Checked(declared)
    problem = implausibly_small(count_words(declared.text), count_words(generic.text))
    if problem is None:
        return Checked(declared)
    note = f"select returned implausibly little text ({problem}); used generic extraction"
    message = "; ".join(part for part in (declared.message, note) if part)
    return Checked(
        Extraction(
            generic.outcome, generic.text, message, title=generic.title,
            language_hint=generic.language_hint, used_selectors=False,
        ),
        note,
    )


def implausibly_small(selected_words: int, generic_words: int) -> str | None:
    """Why the selected text is too small next to the generic text (None when it is plausible)."""
    if selected_words < MIN_SHARE * generic_words and selected_words < SHORT_POLICY_WORDS:
        return f"{selected_words} words, under {MIN_SHARE:.0%} of the {generic_words} the generic path finds"
    if selected_words < FEW_WORDS and generic_words >= FEW_WORDS_GENERIC:
        return f"{selected_words} words where the generic path finds {generic_words}"
    return None

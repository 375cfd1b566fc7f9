"""The cue prefilter (monitor.checks.prefilter): a search is skipped only where it cannot match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from monitor.checks.engine import check_text
from monitor.checks.prefilter import may_match, required_literals
from monitor.checks.rules import default_rules
from monitor.checks.segment import split_passages, split_sentences

SITES = Path(__file__).resolve().parents[1] / "monitor" / "demo" / "sites"


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"\bencrypt\w*\b.{0,60}\bat rest", {"encrypt"}),  # the longer of "encrypt" and "at rest"
        (r"\b(sell|sale)s?\b", {"ell", "ale"}),  # the parser makes it s(?:ell|ale): still in every match
        (r"(?:contact us|contact)\b", {"contact"}),  # "contact us" contains "contact"
        (r"we (do not )?share", {"share"}),  # the optional group gives nothing, the rest does
        (r"(?:opt[- ]out)+ of", {"opt"}),
        (r"data protection (officer|contact)|\bdpo\b", {"data protection ", "dpo"}),
        (r"[a-z]+@[a-z]+", {"@"}),
    ],
)
def test_required_literals_are_in_every_match(pattern: str, literals: set[str]) -> None:
    assert required_literals(re.compile(pattern)) == literals


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+ days",  # " days" is required: this one has literals; the others have none
        r"\d+",
        r"(?i)consent",  # case-insensitive: any casing matches
        r"(?i:consent)|agree",  # one branch without a case-sensitive literal
        r"(sell)?\w+",  # optional
        r"(?=sell)\w+",  # a look-ahead is not part of the match
        r"x*y?",
    ],
)
def test_patterns_without_required_literals_are_always_searched(pattern: str) -> None:
    literals = required_literals(re.compile(pattern))
    if pattern == r"\w+ days":
        assert literals == {" days"}
    else:
        assert literals is None
        assert may_match(literals, "anything at all")


def _sentences(text: str) -> list[str]:
    return [s.lowered for p in split_passages(text) for s in split_sentences(p)]


def test_no_shipped_cue_is_skipped_where_it_matches() -> None:
    """Every cue pattern of every shipped pack, on every sentence of the demo vendors' policies (five
    vendors, three languages) and on the pattern-rich seed sentences: wherever the search matches,
    the prefilter lets it through; and it does skip most searches."""
    rules = default_rules()
    texts = [path.read_text(encoding="utf-8") for path in sorted(SITES.glob("*/*.expected.txt"))]
    sentences = sorted({s for text in texts for s in _sentences(text)})
    assert len(sentences) > 200
    searched = skipped = 0
    for pack in rules.packs.values():
        for part, literals_of in (("cues", pack.cue_literals), ("section_cues", pack.section_cue_literals),
                                  ("triggered_cues", pack.triggered_cue_literals)):
            for item, pattern in getattr(pack, part).items():
                literals = literals_of[item]
                for sentence in sentences:
                    if may_match(literals, sentence):
                        searched += 1
                    else:
                        skipped += 1
                        assert pattern.search(sentence) is None, (pack.language, part, item, sentence)
    assert skipped > searched  # most (item, sentence) pairs need no search


def test_findings_are_the_same_with_and_without_the_prefilter(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = {path.parent.name + path.name: path.read_text(encoding="utf-8") for path in sorted(SITES.glob("*/*.expected.txt"))}
    with_prefilter = {name: check_text(text, category="storage").as_contract() for name, text in texts.items()}
    rules = default_rules()
    for pack in rules.packs.values():
        pack.sentence_verdicts.clear()  # verdicts are remembered: match the cues again, unfiltered
    monkeypatch.setattr("monitor.checks.engine.may_match", lambda literals, text: True)
    try:
        without = {name: check_text(text, category="storage").as_contract() for name, text in texts.items()}
    finally:
        for pack in rules.packs.values():
            pack.sentence_verdicts.clear()
    assert without == with_prefilter

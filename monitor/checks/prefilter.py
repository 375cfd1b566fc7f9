"""Literal prefilters for cue patterns: skip a regular-expression search that cannot match.

An item's cues are one alternation of dozens of patterns, and most sentences match none of an item's
cues, yet each search walks the whole sentence through every alternative (~10 µs). For each pattern,
:func:`required_literals` reads its parsed form and finds strings of which every match contains at
least one ("encrypt" for ``\\bencrypt\\w*\\b.{0,60}\\bat rest``, {"sell", "rent"} for
``\\b(sell|rent)\\b``). A sentence containing none of them is not searched: substring tests in C are
cheaper than the search. The answer is the same by construction: a match contains one of the
literals, so a sentence without any has no match. Where a pattern gives no such strings (an
alternative made only of classes, wildcards or case-insensitive parts), it is always searched.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any

try:  # Python 3.11+: the parser is re._parser (sre_parse is its deprecated alias)
    _sre: Any = importlib.import_module("re._constants")
    _sre_parse: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10
    _sre = importlib.import_module("sre_constants")
    _sre_parse = importlib.import_module("sre_parse")

Literals = frozenset[str]
_REPEATS = tuple(op for op in (getattr(_sre, name, None) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")) if op)


def required_literals(pattern: re.Pattern[str]) -> Literals | None:
    """Strings of which every match of ``pattern`` contains at least one, or None when the pattern
    gives none (then every text must be searched)."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - an unexpected parser: no prefilter, never a wrong one
        return None
    return _minimal(_of_sequence(list(parsed)))


def may_match(literals: Literals | None, text: str) -> bool:
    """False only when ``text`` contains none of ``literals`` (then the pattern cannot match it)."""
    return literals is None or any(literal in text for literal in literals)


def _of_sequence(items: list[tuple[Any, Any]]) -> Literals | None:
    """Every element of a sequence is part of each match: the best of the elements' literal sets."""
    best: Literals | None = None
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, frozenset({"".join(run)}))
            run = []
        if op is _sre.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if not add_flags & re.IGNORECASE:
                best = _better(best, _of_sequence(list(sub)))
        elif op is _sre.BRANCH:
            branches = [_of_sequence(list(branch)) for branch in av[1]]
            if all(branches):
                best = _better(best, frozenset().union(*branches))  # type: ignore[arg-type]
        elif op in _REPEATS:
            low, _high, sub = av
            if low >= 1:
                best = _better(best, _of_sequence(list(sub)))
        # anything else (anchors, classes, wildcards, look-arounds, back-references, atomic groups)
        # gives no literal; the elements around it still do
    return best


def _better(current: Literals | None, candidate: Literals | None) -> Literals | None:
    """The more selective set: the longer shortest literal, then fewer literals."""
    if not candidate or any(not literal for literal in candidate):
        return current
    if current is None:
        return candidate
    key = (min(map(len, candidate)), -len(candidate))
    return candidate if key > (min(map(len, current)), -len(current)) else current


def _minimal(literals: Iterable[str] | None) -> Literals | None:
    """Without the literals that contain another one (a text with "contact us" has "contact ")."""
    if literals is None:
        return None
    ordered = sorted(set(literals), key=len)
    kept: list[str] = []
    for literal in ordered:
        if not any(shorter in literal for shorter in kept):
            kept.append(literal)
    return frozenset(kept)

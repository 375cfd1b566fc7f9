"""The language of a policy text: detected with langdetect (a port of Google's language-detection,
55 languages incl. sl, sv, fi, hr, et), with a fixed seed so that the same text always gets the same
answer, else the page's ``<html lang>`` hint, else the configured language.

Why langdetect and not lingua-language-detector: lingua is more accurate on short texts, but its wheel
is 96 MB (its models) against langdetect's 2.5 MB, and policy texts are long (hundreds to thousands
of words), where both are right. Detection reads at most ``SAMPLE_CHARS`` characters spread over the
text, so a 100-page policy costs the same as a 10-page one.

Before the detector (~8 ms per text), the language the page declares (``<html lang>``) or the one of the
document's previous version is tested against the sample's function words (``crawler.function_words``,
~0.3 ms): when they clearly confirm it, that is the answer. Two independent signals agreeing is what
the detector would conclude too (on 644 real policies and terms in 7 languages, 634 confirmed, each
the detector's answer, at 1.0 ms per text against 11.3 ms for the detector); a wrong declaration, a
language without a function-word list, Danish or Norwegian (their lists overlap) or a page in two
languages is not confirmed and goes to the detector. The one blind spot: a language without a list
whose function words are mostly another's (Afrikaans and Dutch) is taken for that one when the page
declares it so.

A new version that mostly repeats the previous one (``REPEATED_SHARE`` of its characters in lines the
previous text has too: an edited clause, a new paragraph) keeps the previous version's language
without either test: it is that same text, and a detector that answered differently on a sample
shifted by the edit would make a small edit look like a switch of language (which the recording
holds back as suspect).
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from crawler.function_words import TOKEN, function_word_hits

__all__ = ["Detected", "choose_language", "confirmed_by_function_words", "detect_language"]

SEED = 0
MIN_PROBABILITY = 0.90  # below this the detector is unsure: a mixed-language page, or too little text
MIN_WORDS = 20
SAMPLE_CHARS = 3000  # same answers as 6,000 on 68 real policies (sl, sv, de, fr, en, zh) at 40 % of the CPU
CONFIRM_MIN_TOKENS = 40  # a declared language is confirmed from this many words of the sample on
CONFIRM_MIN_SHARE = 0.15  # ... when this share of them are its function words (0.3-0.5 in real policies)
CONFIRM_MARGIN = 1.5  # ... and it has this many times the hits of any other language
# langdetect names Norwegian "no"; confirming "nb" would give one document two codes for one language
UNCONFIRMABLE = frozenset({"nb"})
REPEATED_SHARE = 0.9  # a text with this share of its characters in the previous version's lines keeps its language

_factory: Any = None
_factory_lock = threading.Lock()


@dataclass(frozen=True)
class Detected:
    language: str  # ISO 639-1 code ("sl", "sv", "zh"), lowercase
    probability: float


class _CompactProfiles:
    """langdetect's n-gram profiles in a few flat arrays: what ``DetectorFactory`` keeps as one list of
    55 floats per n-gram (about 88,000 of them, 57 MB of Python objects once loaded, most entries 0.0:
    an n-gram occurs in two profiles on average) kept as its non-zero entries only: +5.6 MB of RSS once
    loaded (18 MB while the n-grams were a dict of strings).

    The n-grams (1 to 3 characters) are kept as sorted integer keys (``ngram_key``); row ``r`` is the
    n-gram ``keys[r]``, its entries are ``langs[starts[r]:starts[r + 1]]`` (profile indices) and
    ``probs[...]`` (the same doubles langdetect computes). Profiles are read in langdetect's order, so
    the language indices, and thus the answers, are the same.
    """

    def __init__(self, directory: str) -> None:
        import json
        import os
        from array import array

        files = os.listdir(directory)
        langsize = len(files)  # as DetectorFactory.load_profile: every listed name counts
        rows: dict[str, int] = {}  # while loading only
        row_of, lang_of, prob_of = array("I"), array("B"), array("d")  # one entry per non-zero probability
        self.langlist: list[str] = []
        index = 0
        for filename in files:
            path = os.path.join(directory, filename)
            if filename.startswith(".") or not os.path.isfile(path):
                continue
            with open(path, "rb") as f:  # not text mode: its reader left ~50 objects amid the temporaries
                data = json.loads(f.read())
            name, freq, n_words = data["name"], data["freq"], data["n_words"]
            if name in self.langlist:
                raise ValueError(f"duplicate language profile {name!r}")
            self.langlist.append(name)
            for word, count in freq.items():
                length = len(word)
                if not 1 <= length <= 3:  # never looked up: the detector's n-grams are 1 to 3 characters
                    continue
                row = rows.setdefault(word, len(rows))
                prob = 1.0 * count / n_words[length - 1]
                if prob != 0.0:
                    row_of.append(row)
                    lang_of.append(index)
                    prob_of.append(prob)
            index += 1
        if langsize > 255 or index > 255:
            raise ValueError("too many language profiles for a byte index")
        self.langsize = langsize
        # rows renumbered in key order, so that a row is found by bisection of the keys
        by_key = sorted((ngram_key(word), row) for word, row in rows.items())
        del rows
        self.keys = array("Q", (key for key, _row in by_key))
        rank = array("I", bytes(4 * len(by_key)))
        for new_row, (_key, row) in enumerate(by_key):
            rank[row] = new_row
        del by_key
        # counting sort of the entries by row (stable: within a row, in profile order)
        starts = array("I", bytes(4 * (len(self.keys) + 1)))
        for row in row_of:
            starts[rank[row] + 1] += 1
        for r in range(len(self.keys)):
            starts[r + 1] += starts[r]
        fill = array("I", starts)
        langs, probs = array("B", bytes(len(lang_of))), array("d", bytes(8 * len(prob_of)))
        for row, lang, prob in zip(row_of, lang_of, prob_of):
            at = fill[rank[row]]
            langs[at], probs[at] = lang, prob
            fill[rank[row]] = at + 1
        self.starts, self.langs, self.probs = starts, langs, probs
        # fresh copies, made now that the loading's temporaries are freed: a small object left amid them
        # keeps one of Python's 1 MB small-object arenas from being given back (as do the reader's above)
        self.langlist = [name.encode().decode() for name in self.langlist]
        self.seed: int | None = None

    def row(self, word: str) -> int:
        """The row of an n-gram, or -1 when no profile has it."""
        if not 1 <= len(word) <= 3:
            return -1
        key = ngram_key(word)
        at = bisect_left(self.keys, key)
        return at if at < len(self.keys) and self.keys[at] == key else -1

    @property
    def word_lang_prob_map(self) -> _NgramRows:
        """What langdetect's Detector reads as its n-gram map (a fresh memo per detector)."""
        return _NgramRows(self)

    def create(self) -> Any:
        return _compact_detector_class()(self)


def ngram_key(word: str) -> int:
    """An n-gram of 1 to 3 characters as one integer below 2**64 (each code point + 1, base 0x110001,
    so "a" and "\\x00a" differ)."""
    key = 0
    for ch in word:
        key = key * 0x110001 + ord(ch) + 1
    return key


class _NgramRows(dict[str, int]):
    """A detector's n-gram -> row memo over the sorted keys: ``word in rows`` is True when a profile has
    the n-gram, as langdetect asks of its dict; one detection looks up a few thousand distinct n-grams."""

    def __init__(self, profiles: _CompactProfiles) -> None:
        super().__init__()
        self._profiles = profiles

    def __missing__(self, word: str) -> int:
        row = self._profiles.row(word)
        self[word] = row
        return row

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self[word] >= 0

    def get(self, word: str, default: Any = None) -> Any:  # type: ignore[override]
        row = self[word]
        return row if row >= 0 else default


_detector_class: Any = None
_NORMALIZED: dict[str, str] = {}  # langdetect's NGram.normalize per character (a pure function of it)
NORMALIZED_KEPT = 20_000  # distinct characters remembered (a page of random code points cannot grow it further)


def _normalize_char(ch: str) -> str:
    from langdetect.utils.ngram import NGram

    return str(NGram.normalize(ch))


def _compact_detector_class() -> Any:
    global _detector_class
    if _detector_class is None:
        from langdetect.detector import Detector

        class CompactDetector(Detector):  # type: ignore[misc]
            """langdetect's Detector reading the compact profiles; the same arithmetic, so the same answers."""

            def __init__(self, profiles: _CompactProfiles) -> None:
                super().__init__(profiles)
                self._profiles = profiles

            def _update_lang_prob(self, prob: list[float], word: str | None, alpha: float) -> bool:
                row = self.word_lang_prob_map.get(word) if word is not None else None
                if row is None:
                    return False
                profiles = self._profiles
                weight = alpha / self.BASE_FREQ
                factors = [weight] * len(prob)  # weight + 0.0 == weight: the entries langdetect stores as 0.0
                langs, probs = profiles.langs, profiles.probs
                for at in range(profiles.starts[row], profiles.starts[row + 1]):
                    factors[langs[at]] = weight + probs[at]
                prob[:] = [p * f for p, f in zip(prob, factors)]
                return True

            def _extract_ngrams(self) -> list[str]:
                """langdetect's n-gram extraction (``NGram.add_char`` and ``get`` for n = 1..3) in one loop,
                with each character's normalization remembered: the same list in the same order (so the
                same random draws and answers) at under half the CPU; it was two thirds of a detection."""
                rows = self.word_lang_prob_map
                normalized = _NORMALIZED
                result: list[str] = []
                grams = " "
                capital_word = False
                for raw in self.text:
                    ch = normalized.get(raw)
                    if ch is None:
                        ch = _normalize_char(raw)
                        if len(normalized) < NORMALIZED_KEPT:
                            normalized[raw] = ch
                    last = grams[-1]
                    if last == " ":
                        grams = " "
                        capital_word = False
                        if ch == " ":
                            continue  # add_char returns; no n-gram of a lone space is kept
                    elif len(grams) >= 3:
                        grams = grams[1:]
                    grams += ch
                    if ch.isupper():
                        if last.isupper():
                            capital_word = True
                    else:
                        capital_word = False
                    if capital_word:
                        continue
                    if ch != " " and rows[ch] >= 0:
                        result.append(ch)
                    if len(grams) >= 2:
                        pair = grams[-2:]
                        if rows[pair] >= 0:
                            result.append(pair)
                        if len(grams) == 3 and rows[grams] >= 0:
                            result.append(grams)
                return result

        _detector_class = CompactDetector
    return _detector_class


def _detector_factory() -> Any:
    """langdetect's profiles (compact, see _CompactProfiles), loaded once, with our own seed."""
    global _factory
    with _factory_lock:
        if _factory is None:
            from langdetect.detector_factory import PROFILES_DIRECTORY

            factory = _CompactProfiles(PROFILES_DIRECTORY)
            factory.seed = SEED
            _factory = factory
        return _factory


def load_detector() -> None:
    """Load the detector's profiles now (~6 MB, ~0.6 s) rather than on the first changed page: a
    long-lived process pays this at start, so its memory stays flat afterwards."""
    _detector_factory()


def _sample(text: str) -> str:
    """Up to SAMPLE_CHARS characters from the start, middle and end of the text (no Markdown marks)."""
    lines = [line.lstrip("#-| ").replace(" | ", " ") for line in text.splitlines()]
    plain = "\n".join(line for line in lines if line)
    if len(plain) <= SAMPLE_CHARS:
        return plain
    third = SAMPLE_CHARS // 3
    middle = len(plain) // 2
    return "\n".join((plain[:third], plain[middle - third // 2 : middle + third // 2], plain[-third:]))


def detect_language(text: str) -> Detected | None:
    """The most probable language of a text, or None when there is too little text to tell."""
    return _detect_sample(_sample(text or ""))


def _detect_sample(sample: str) -> Detected | None:
    if len(sample.split()) < MIN_WORDS and len(sample) < 200:  # 200 characters: CJK text has no spaces
        return None
    try:
        from langdetect.lang_detect_exception import LangDetectException

        detector = _detector_factory().create()
        detector.append(sample)
        ranked = detector.get_probabilities()
    except LangDetectException:
        return None
    if not ranked:
        return None
    best = ranked[0]
    return Detected(best.lang.split("-")[0].lower(), float(best.prob))


def confirmed_by_function_words(sample: str, language: str) -> bool:
    """Whether the sample's function words clearly say ``language`` (a primary subtag such as "sl")."""
    return _first_confirmed(sample, [language]) == language


def _first_confirmed(sample: str, candidates: Iterable[str]) -> str | None:
    """The first of ``candidates`` the sample's function words clearly say, or None (the sample is
    tokenized once, whichever candidates are asked)."""
    candidates = [language for language in candidates if language not in UNCONFIRMABLE]
    if not candidates:
        return None
    tokens = [token.lower() for token in TOKEN.findall(sample)]
    if len(tokens) < CONFIRM_MIN_TOKENS:
        return None
    hits = function_word_hits(tokens)
    for language in candidates:
        own = hits.get(language, 0)
        others = max((count for other, count in hits.items() if other != language), default=0)
        if own >= CONFIRM_MIN_SHARE * len(tokens) and own >= CONFIRM_MARGIN * others:
            return language
    return None


def _primary_subtag(tag: str | None) -> str | None:
    """"en" of "en-GB", "sl" of "SL_si"; None for no tag."""
    if not tag:
        return None
    return tag.split("-")[0].split("_")[0].strip().lower() or None


def repeated_share(text: str, previous_text: str) -> float:
    """The share of ``text``'s characters (outside blank lines) in lines that ``previous_text`` has too."""
    previous_lines = set(previous_text.splitlines())
    total = repeated = 0
    for line in text.splitlines():
        if line.strip():
            total += len(line)
            if line in previous_lines:
                repeated += len(line)
    return repeated / total if total else 0.0


def choose_language(
    text: str,
    *,
    hint: str | None = None,
    configured: str | None = None,
    previous: str | None = None,
    previous_text: str | None = None,
) -> str | None:
    """The ``previous`` version's language when the text mostly repeats ``previous_text`` (that version's
    text); else the page's own hint (``<html lang>``, PDF /Lang) or the previous version's language when
    the text's function words confirm it; else detection when confident; else the hint, else the
    configuration."""
    if previous and previous_text and repeated_share(text or "", previous_text) >= REPEATED_SHARE:
        return previous
    sample = _sample(text or "")
    confirmed = _first_confirmed(sample, dict.fromkeys(filter(None, (_primary_subtag(hint), _primary_subtag(previous)))))
    if confirmed is not None:
        return confirmed
    detected = _detect_sample(sample)
    if detected is not None and detected.probability >= MIN_PROBABILITY:
        return detected.language
    fallback = hint or configured
    return fallback.lower() if fallback else None

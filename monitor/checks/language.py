"""Language identification per passage, from function words (no model, deterministic, offline).

The seven rule-pack languages (en, sl, sv, fi, nl, de, fr) plus the languages a vendor policy in
Europe is most likely to be written in otherwise, so that an unsupported language is *named*
(``it``, ``pl`` …) rather than mistaken for a supported one. Short passages (headings, "E-mail:
x@y") carry too little evidence and take the language of their neighbours.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from crawler.function_words import TOKEN, function_word_hits

# Letters that only some of the languages use: a light tie-breaker.
_LETTERS = {
    "sl": "čšž", "hr": "čšžćđ", "cs": "ěřůčšž", "sv": "åäö", "fi": "äö", "da": "æøå", "nb": "æøå",
    "de": "äöüß", "fr": "éèêàçù", "pl": "ąęłńśźż", "et": "õäöü", "it": "àèìòù", "es": "ñáéíóú", "pt": "ãõçáéí",
}
# Inflection endings typical of one language (each token ending so adds half a hit).
_SUFFIXES = {
    "fi": re.compile(r"(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|mme|nsa|nsä|aan|ään|ksi|iin|tta|ttä|ista|istä|oihin|jasi|jäsi|ksia|ksiä)$"),
    "sl": re.compile(r"(?:ega|emu|ih|ijo|ite|amo|imo|ate|ov|om|cem|cu|nje|nja)$"),
    "de": re.compile(r"(?:ung|ungen|keit|lich|lichen|isch|ten|schaft)$"),
    "sv": re.compile(r"(?:arna|erna|orna|ningen|heten|igt|ande|ende)$"),
    "nl": re.compile(r"(?:heid|ingen|lijk|lijke|baar|tje)$"),
    "fr": re.compile(r"(?:tion|tions|ment|ité|eux|euse|aire|ées)$"),
    "en": re.compile(r"(?:ing|tion|ness|ly|ed)$"),
}
MIN_TOKENS = 4


@lru_cache(maxsize=5_000)  # versions of one policy share most passages
def detect_language(text: str) -> tuple[str | None, float]:
    """(language code, share of the best language's hits) for a passage; (None, 0) when too short."""
    tokens = [t.lower() for t in TOKEN.findall(text)]
    if len(tokens) < MIN_TOKENS:
        return None, 0.0
    scores = function_word_hits(tokens)
    for token in tokens:
        if len(token) > 4:
            for lang, suffix in _SUFFIXES.items():
                if suffix.search(token):
                    scores[lang] += 0.5
    lowered = text.lower()
    for lang, letters in _LETTERS.items():
        scores[lang] += 0.3 * min(3, sum(lowered.count(c) for c in letters))
    if not scores:
        return None, 0.0
    best, best_score = scores.most_common(1)[0]
    if best_score < 1.5:
        return None, 0.0
    return best, best_score / max(1.0, sum(scores.values()))


def detect_passage_languages(texts: Sequence[str], default: str | None = None) -> list[str | None]:
    """The language of each passage; short ones take the nearest preceding (else following) detected one."""
    detected = [detect_language(t)[0] for t in texts]
    result: list[str | None] = list(detected)
    last: str | None = None
    for i, lang in enumerate(detected):
        if lang is None:
            result[i] = last
        else:
            last = lang
    nxt: str | None = None
    for i in range(len(detected) - 1, -1, -1):
        if detected[i] is not None:
            nxt = detected[i]
        elif result[i] is None:
            result[i] = nxt
    return [lang or default for lang in result]


def dominant_language(languages: Sequence[str | None], weights: Sequence[int]) -> str | None:
    """The language covering most characters."""
    total: Counter[str] = Counter()
    for lang, weight in zip(languages, weights):
        if lang:
            total[lang] += weight
    return total.most_common(1)[0][0] if total else None

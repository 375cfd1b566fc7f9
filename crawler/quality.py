"""Extraction quality: bag-of-words token F1 between extracted text and a reference (e.g. an Open
Terms Archive version in Markdown), the metric of docs research §4."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

_MD_LINK_TARGET = re.compile(r"\]\([^)]*\)|<https?://[^>]*>|</?[a-zA-Z][^>\n]*>")
_MD_ORDERED = re.compile(r"^\s*\d+\.\s", re.MULTILINE)
_WORD_OR_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\W_]+")


def policy_tokens(text: str) -> list[str]:
    """Lowercased word tokens of a text with Markdown marks, link targets and list numbers stripped
    (each Han/kana character is a token). NFC first: "ü" written as u + combining diaeresis is the
    same word as the precomposed "ü" (some references store decomposed text)."""
    plain = _MD_ORDERED.sub(" ", _MD_LINK_TARGET.sub("]", unicodedata.normalize("NFC", text)))
    return _WORD_OR_CJK.findall(plain.lower())


def token_f1(predicted: str, expected: str) -> float:
    """Bag-of-words F1 between two texts (1.0 when both have no words)."""
    got, want = Counter(policy_tokens(predicted)), Counter(policy_tokens(expected))
    if not got and not want:
        return 1.0
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)

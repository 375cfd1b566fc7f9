"""Text normalization for policy text: what makes two fetches "the same version".

`normalize_text` folds the typographic variants that sites switch between without changing a
policy (curly vs straight quotes, dash kinds, no-break and zero-width spaces, composed vs
decomposed accents) and the layout whitespace, so that hashes and diffs only see wording.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"
_INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u02bc"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
# C0/C1 control characters other than the line and tab characters, which splitlines() and
# split() already handle.
_CONTROLS = "".join(chr(c) for c in (*range(0x00, 0x09), *range(0x0E, 0x1C), 0x1F, 0x7F, *range(0x80, 0x85), *range(0x86, 0xA0)))

_FOLDS = {
    **{c: " " for c in _SPACES},
    **{c: "" for c in _INVISIBLE + _CONTROLS},
    **{c: "'" for c in _SINGLE_QUOTES},
    **{c: '"' for c in _DOUBLE_QUOTES},
    **{c: "-" for c in _DASHES},
}
# A regex substitution: these characters are sparse, and str.translate with a dict is ~15x slower.
_FOLDABLE = re.compile("[" + re.escape("".join(_FOLDS)) + "]")

# Format marks of the policy text format, and runs of Han/kana characters (scripts written without
# spaces, where every character counts as a word).
_MARK_ONLY = re.compile(r"[#|\-]+")
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def normalize_text(text: str) -> str:
    """Fold typographic variants and layout whitespace: one stripped, collapsed line per block.

    Quotes, dashes, no-break/zero-width characters are folded first and NFC applied after, so that
    removing an invisible character cannot leave a decomposed sequence behind (idempotence).
    """
    folded = fold_typography(text)
    lines = (" ".join(line.split()) for line in folded.splitlines())
    kept = [line for line in lines if line]
    return "\n".join(kept) + "\n" if kept else ""


def fold_typography(text: str) -> str:
    """``text`` with its typographic variants folded (quotes, dashes, no-break and other spaces to a
    space, zero-width and control characters removed) and NFC applied, its layout left as it is."""
    return unicodedata.normalize("NFC", _FOLDABLE.sub(_fold, text))


def _fold(match: re.Match[str]) -> str:
    return _FOLDS[match.group()]


def text_sha256(text: str) -> str:
    """Hex sha256 of the normalized text, as UTF-8: equal hashes mean the same version."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


def count_words(text: str) -> int:
    """Number of words, not counting the `#`, `-` and `|` format marks; each Han/kana character is a word."""
    if _CJK_CHAR.search(text) is None:  # the common case: no regex per token
        return sum(1 for token in text.split() if token[0] not in "#|-" or not _MARK_ONLY.fullmatch(token))
    count = 0
    for token in text.split():
        if _MARK_ONLY.fullmatch(token):
            continue
        cjk = len(_CJK_CHAR.findall(token))
        rest = _CJK_CHAR.sub("", token)
        count += cjk + (1 if rest and not _MARK_ONLY.fullmatch(rest) else 0)
    return count

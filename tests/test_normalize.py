"""Normalization of policy text: what makes two fetches the same version."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.normalize import count_words, normalize_text, text_sha256


def test_typographic_variants_fold_to_plain_forms() -> None:
    text = "\u201cWe\u201d don\u2019t sell data \u2013 ever\u2014period. \u2018Quoted\u2019 \u201eGerman\u201c"
    assert normalize_text(text) == "\"We\" don't sell data - ever-period. 'Quoted' \"German\"\n"


def test_no_break_and_zero_width_characters_fold() -> None:
    text = "Acme\u00a0d.o.o.\u202fLjubljana\u200b is the con\u00adtroller\ufeff.\u2060"
    assert normalize_text(text) == "Acme d.o.o. Ljubljana is the controller.\n"


def test_decomposed_accents_compose() -> None:
    decomposed = unicodedata.normalize("NFD", "Politique de confidentialité, čšž, åäö")
    assert normalize_text(decomposed) == "Politique de confidentialité, čšž, åäö\n"


def test_lines_are_stripped_collapsed_and_empty_ones_dropped() -> None:
    text = "  ## 5.   Data\tretention  \r\n\r\n\n   \nWe keep data\u2028for 3 months.\n\n"
    assert normalize_text(text) == "## 5. Data retention\nWe keep data\nfor 3 months.\n"


def test_empty_and_blank_text_normalize_to_empty() -> None:
    assert normalize_text("") == ""
    assert normalize_text(" \n\t\u00a0\u200b\n") == ""


def test_control_characters_are_dropped() -> None:
    assert normalize_text("Data\x00 pro\x07tection\x7f") == "Data protection\n"


def test_hash_is_equal_for_typographic_variants_and_differs_for_wording() -> None:
    plain = text_sha256("We keep data for 3 months - see \"Retention\".\n")
    assert text_sha256("We keep data\u00a0for 3\u00a0months \u2013 see \u201cRetention\u201d.") == plain
    assert text_sha256("We keep data for 6 months - see \"Retention\".") != plain
    assert len(plain) == 64 and int(plain, 16) >= 0


def test_count_words_ignores_format_marks() -> None:
    text = "## 5. Data retention\n- Backups are deleted.\n| Purpose | Legal basis |\n| --- | --- |\n"
    assert count_words(text) == 9
    assert count_words("") == 0
    assert count_words("# - | ## ---") == 0


def test_count_words_counts_han_characters() -> None:
    assert count_words("隐私政策 Privacy") == 5


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_normalization_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert once == "" or once.endswith("\n")
    assert "\n\n" not in once
    assert all(line == line.strip() and "  " not in line for line in once.splitlines())


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=" \t\n\u00a0\u2028\u201c\u201d\u2019\u2013\u200bab\u0301e\u00e9-#|", max_size=60))
def test_normalization_is_idempotent_on_tricky_characters(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert text_sha256(once) == text_sha256(text)

"""The benchmark metric (crawler.quality): tokens and token F1."""

from __future__ import annotations

import unicodedata

from crawler.quality import policy_tokens, token_f1


def test_decomposed_and_precomposed_letters_are_the_same_word() -> None:
    precomposed = "Sie können Ihre Daten jederzeit löschen. Därför sparar vi få uppgifter."
    decomposed = unicodedata.normalize("NFD", precomposed)
    assert decomposed != precomposed
    assert policy_tokens(decomposed) == policy_tokens(precomposed)
    assert "können" in policy_tokens(decomposed)
    assert token_f1(decomposed, precomposed) == 1.0


def test_markdown_marks_and_link_targets_are_not_words() -> None:
    assert policy_tokens("## 5. Data [retention](https://example.com/a-b) **rules**") == ["5", "data", "retention", "rules"]
    assert policy_tokens("1. First item") == ["first", "item"]


def test_short_page_word_check_agrees_with_count_words() -> None:
    from crawler.extract import _fewer_words_than
    from crawler.normalize import count_words

    samples = [
        "",
        "# Privacy\n- a\n| x | y |\n",
        "word " * 99,
        "word " * 100,
        "x" * 3999 + " tail words here",
        "# " + "个人信息" * 30,
        ("long-token-" * 500) + " two words",
        "- | # " * 1000 + "one",
    ]
    for text in samples:
        for limit in (1, 3, 100):
            assert _fewer_words_than(text, limit) == (count_words(text) < limit), (text[:40], limit)

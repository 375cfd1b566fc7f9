"""The benchmark metric (crawler.quality): tokens and token F1."""

from __future__ import annotations

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

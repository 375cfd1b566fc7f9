"""Decoding fetched pages: BOM, HTTP charset, <meta> charset, detection; and through extract_html."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.encoding import decode_html, declared_charset, python_encoding
from crawler.extract import extract_html

SLOVENIAN = (
    "Upravljavec osebnih podatkov je družba Acme d.o.o., Šmartinska cesta 52, Ljubljana. "
    "Podatke hranimo čim krajši čas; za žalbe se obrnite na pooblaščeno osebo."
)
SWEDISH_FINNISH = (
    "Vi behandlar dina personuppgifter enligt dataskyddsförordningen; du har rätt att få dem raderade. "
    "Käsittelemme henkilötietojasi lain mukaisesti, ja sinulla on oikeus tarkastaa tietosi. Åbo, Västerås."
)


def page(text: str, head: str = "") -> str:
    return f"<!doctype html><html><head>{head}<title>Policy</title></head><body><main><p>{text}</p></main></body></html>"


def test_utf8_without_label_or_bom() -> None:
    assert SLOVENIAN in decode_html(page(SLOVENIAN).encode("utf-8"))


def test_utf8_with_bom_wins_over_a_wrong_label() -> None:
    body = codecs.BOM_UTF8 + page(SLOVENIAN, '<meta charset="windows-1250">').encode("utf-8")
    decoded = decode_html(body, header_charset="iso-8859-1")
    assert SLOVENIAN in decoded and not decoded.startswith("\ufeff")


def test_utf16_with_bom() -> None:
    body = codecs.BOM_UTF16_LE + page(SWEDISH_FINNISH).encode("utf-16-le")
    assert SWEDISH_FINNISH in decode_html(body)


def test_windows_1250_slovenian_with_header_charset() -> None:
    body = page(SLOVENIAN).encode("windows-1250")
    assert SLOVENIAN in decode_html(body, header_charset="windows-1250")
    assert SLOVENIAN in decode_html(body, header_charset='"Windows-1250"')


def test_meta_charset_only() -> None:
    body = page(SLOVENIAN, '<meta charset="windows-1250">').encode("windows-1250")
    assert declared_charset(body) == "windows-1250"
    assert SLOVENIAN in decode_html(body)


def test_meta_http_equiv_charset() -> None:
    head = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">'
    body = page(SLOVENIAN, head).encode("iso-8859-2")
    assert SLOVENIAN in decode_html(body)


def test_header_charset_wins_over_meta() -> None:
    body = page(SLOVENIAN, '<meta charset="iso-8859-1">').encode("windows-1250")
    assert SLOVENIAN in decode_html(body, header_charset="windows-1250")


def test_unknown_header_label_falls_through_to_meta() -> None:
    body = page(SLOVENIAN, '<meta charset="windows-1250">').encode("windows-1250")
    assert SLOVENIAN in decode_html(body, header_charset="x-no-such-charset")


def test_utf8_page_mislabelled_latin1_in_header_is_read_as_utf8() -> None:
    body = page(SWEDISH_FINNISH).encode("utf-8")
    assert SWEDISH_FINNISH in decode_html(body, header_charset="ISO-8859-1")
    assert SWEDISH_FINNISH in decode_html(body, header_charset="latin1")


def test_utf8_page_mislabelled_latin1_in_meta_is_read_as_utf8() -> None:
    body = page(SWEDISH_FINNISH, '<meta charset="iso-8859-1">').encode("utf-8")
    assert SWEDISH_FINNISH in decode_html(body)


def test_real_latin1_page_stays_latin1() -> None:
    body = page(SWEDISH_FINNISH).encode("iso-8859-1")
    assert SWEDISH_FINNISH in decode_html(body, header_charset="iso-8859-1")


def test_latin1_label_reads_windows_1252_quotes() -> None:
    body = page("\u201cData\u201d \u2013 it\u2019s ours").encode("windows-1252")
    assert "\u201cData\u201d \u2013 it\u2019s ours" in decode_html(body, header_charset="iso-8859-1")


@pytest.mark.parametrize("encoding", ["windows-1252", "iso-8859-1"])
def test_unlabelled_swedish_finnish_is_detected(encoding: str) -> None:
    body = page(SWEDISH_FINNISH).encode(encoding)
    assert SWEDISH_FINNISH in decode_html(body)


def test_python_encoding_applies_browser_supersets() -> None:
    assert python_encoding("ISO-8859-1") == "cp1252"
    assert python_encoding("us-ascii") == "cp1252"
    assert python_encoding("GB2312") == "gb18030"
    assert python_encoding("utf-16") == "utf-8"
    assert python_encoding("windows-1250") == "cp1250"
    assert python_encoding("nonsense") is None
    assert python_encoding("") is None and python_encoding(None) is None


@pytest.mark.parametrize(
    ("body", "header", "text"),
    [
        (page(SLOVENIAN).encode("windows-1250"), "windows-1250", SLOVENIAN),
        (page(SLOVENIAN, '<meta charset="windows-1250">').encode("windows-1250"), None, SLOVENIAN),
        (page(SWEDISH_FINNISH).encode("utf-8"), "iso-8859-1", SWEDISH_FINNISH),
        (codecs.BOM_UTF8 + page(SWEDISH_FINNISH).encode("utf-8"), None, SWEDISH_FINNISH),
    ],
)
def test_extract_html_decodes_with_the_header_charset(body: bytes, header: str | None, text: str) -> None:
    result = extract_html(body, header_charset=header)
    assert result.outcome == "ok"
    assert result.text == text + "\n"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000), st.one_of(st.none(), st.sampled_from(["utf-8", "latin1", "utf-16", "bogus", "", "cp1250"])))
def test_decode_never_raises(body: bytes, header: str | None) -> None:
    assert isinstance(decode_html(body, header_charset=header), str)

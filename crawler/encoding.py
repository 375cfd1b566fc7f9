"""Decoding fetched HTML bytes to text: BOM, HTTP charset, <meta> charset, then detection."""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Labels browsers read as a superset encoding (WHATWG Encoding Standard); decoding with the
# narrower Python codec would turn e.g. windows-1252 quotes in an "iso-8859-1" page into controls.
_SUPERSETS = {
    "iso8859_1": "cp1252",
    "ascii": "cp1252",
    "iso8859_9": "cp1254",
    "iso8859_11": "cp874",
    "tis_620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
    "utf_16": "utf-8",  # a UTF-16 label without a BOM is a mislabelled UTF-8 (or ASCII) page
    "utf_16_le": "utf-8",
    "utf_16_be": "utf-8",
    "utf_32": "utf-8",
    "utf_32_le": "utf-8",
    "utf_32_be": "utf-8",
}
_EXTRA_LABELS = {"x-sjis": "cp932", "x-user-defined": "cp1252", "unicode": "utf-8", "x-gbk": "gb18030"}

# Labels servers and CMSs put on pages by default: when the bytes are valid UTF-8 with non-ASCII
# characters, the page is UTF-8 (a real windows-1252 text is almost never valid UTF-8).
_DEFAULT_LABELS = {"cp1252"}

# Encodings pages are actually served in (WHATWG); charset-normalizer otherwise proposes e.g.
# hp_roman8 or mac_iceland for short Latin texts.
_WEB_ENCODINGS = (
    "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
    "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8",
    "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16", "koi8_r", "koi8_u",
    "mac_cyrillic", "cp866", "cp874", "gb18030", "big5", "cp932", "euc_jp", "iso2022_jp", "cp949",
    "utf_16",
)

_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_META_SCAN_BYTES = 32 * 1024


def decode_html(body: bytes, header_charset: str | None = None) -> str:
    """Decode an HTML body; never raises.

    Order: byte-order mark, the HTTP header charset, the page's <meta charset> (or http-equiv, or
    the XML declaration), then strict UTF-8, then detection (charset-normalizer). A page labelled
    latin-1/windows-1252 whose bytes are valid UTF-8 with non-ASCII characters is read as UTF-8.
    """
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(encoding, errors="replace")
    for label in (header_charset, declared_charset(body)):
        encoding = python_encoding(label)
        if encoding is not None:
            if encoding in _DEFAULT_LABELS and _is_utf8_with_non_ascii(body):
                return body.decode("utf-8")
            return body.decode(encoding, errors="replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return body.decode(detect_encoding(body), errors="replace")


def declared_charset(body: bytes) -> str | None:
    """The charset named by the page itself (<meta> or XML declaration), if any."""
    head = body[:_META_SCAN_BYTES]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return match.group(1).decode("ascii") if match else None


def python_encoding(label: str | None) -> str | None:
    """The Python codec for a charset label (browser superset applied), or None if unknown."""
    if not label:
        return None
    cleaned = label.strip().strip("\"'").strip().lower()
    if not cleaned:
        return None
    if cleaned in _EXTRA_LABELS:
        return _EXTRA_LABELS[cleaned]
    try:
        name = codecs.lookup(cleaned).name
    except (LookupError, ValueError):
        return None
    name = name.replace("-", "_")
    return _SUPERSETS.get(name, name)


def detect_encoding(body: bytes) -> str:
    """Best guess for unlabelled non-UTF-8 bytes; windows-1252 when detection is unavailable or unsure."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return "cp1252"
    try:
        matches = list(from_bytes(body, cp_isolation=list(_WEB_ENCODINGS)))
    except Exception:  # a detector bug must not stop a crawl
        return "cp1252"
    if not matches:
        return "cp1252"
    best = matches[0]
    # Short Latin texts fit several code pages equally well; the web's most common one wins a near tie.
    for match in matches:
        if (
            match.encoding == "cp1252"
            and match.chaos <= best.chaos + 0.05
            and match.coherence >= best.coherence - 0.05
        ):
            return "cp1252"
    return python_encoding(best.encoding) or "cp1252"


def _is_utf8_with_non_ascii(body: bytes) -> bool:
    if body.isascii():
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True

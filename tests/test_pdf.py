"""PDF policies: text through pdfminer.six into the policy text format; bad PDFs are clear outcomes.

Every PDF is generated at test time with reportlab (nothing binary is committed).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from crawler.pdf import extract_pdf, is_pdf
from monitor.demo.servers import FixtureSite, Page
from storage.database import open_database
from storage.models import Document, Version
from storage.queries import history
from tests.test_crawl import crawl_all, make_config

reportlab = pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate  # noqa: E402

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

RETENTION = (
    "We keep account data for {months} months after the account is closed, and invoices for as long as tax "
    "and accounting laws require. Backups are overwritten within thirty days."
)
SECTIONS = [
    ("1. Controller", "Acme Storage d.o.o., Ljubljana, Slovenia, is the controller of your personal data."),
    ("2. Data we collect", "We collect your name, e-mail address, billing details and the metadata of your files."),
    ("5. Data retention", RETENTION),
    ("6. Your rights", "You may ask for access, correction, deletion and a copy of your data at any time."),
]


def _styles(unicode_font: bool) -> dict:
    styles = getSampleStyleSheet()
    if unicode_font:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont("DejaVu", str(DEJAVU / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(DEJAVU / "DejaVuSans-Bold.ttf")))
        for name in ("Title", "Heading1", "Heading2", "BodyText"):
            styles[name].fontName = "DejaVu-Bold" if name != "BodyText" else "DejaVu"
    return styles


def policy_pdf(months: int = 3, *, title: str = "Privacy Policy", extra: str = "", encrypt: object = None) -> tuple[bytes, str]:
    """A two-page policy PDF (title, date line, numbered headings, paragraphs that wrap, bullet lists)
    and the policy text expected from it."""
    unicode_font = (DEJAVU / "DejaVuSans.ttf").exists()
    styles = _styles(unicode_font)
    story = [Paragraph(title, styles["Title"]), Paragraph("Last updated: 1 March 2026", styles["BodyText"])]
    expected = [f"# {title}", "Last updated: 1 March 2026"]
    for number, (heading, text) in enumerate(SECTIONS, 1):
        text = text.format(months=months) + (f" {extra}" if extra and number == 1 else "")
        story += [Paragraph(heading, styles["Heading2"]), Paragraph(text * 1, styles["BodyText"])]
        expected += [f"## {heading}", text]
        items = [f"Item {number}.{i}: processed only in the European Union" for i in (1, 2)]
        story.append(ListFlowable([ListItem(Paragraph(t, styles["BodyText"])) for t in items], bulletType="bullet"))
        expected += [f"- {t}" for t in items]
        if number == 2:
            story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, title=title, encrypt=encrypt).build(story)
    return buffer.getvalue(), "\n".join(expected) + "\n"


def test_headings_paragraphs_and_lists_come_out_in_the_text_format() -> None:
    body, expected = policy_pdf()
    result = extract_pdf(body)
    assert result.outcome == "ok", result.message
    assert result.text == expected
    assert result.title == "Privacy Policy"


@pytest.mark.skipif(not (DEJAVU / "DejaVuSans.ttf").exists(), reason="needs a font with č š ž (DejaVu)")
def test_slovenian_and_swedish_characters_round_trip() -> None:
    body, expected = policy_pdf(title="Politika zasebnosti: čšž ČŠŽ åäö ÅÄÖ")
    result = extract_pdf(body)
    assert result.text.splitlines()[0] == "# Politika zasebnosti: čšž ČŠŽ åäö ÅÄÖ"
    assert result.text == expected


def test_a_paragraph_wrapped_differently_gives_the_same_text() -> None:
    narrow, _ = policy_pdf()
    buffer = io.BytesIO()
    styles = _styles((DEJAVU / "DejaVuSans.ttf").exists())
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=150, rightMargin=150).build(
        [Paragraph("5. Data retention", styles["Heading2"]), Paragraph(RETENTION.format(months=3), styles["BodyText"])]
    )
    text = extract_pdf(buffer.getvalue()).text
    assert text == f"# 5. Data retention\n{RETENTION.format(months=3)}\n"


def test_is_pdf_by_content_type_or_magic() -> None:
    assert is_pdf(b"anything", "application/pdf; charset=binary")
    assert is_pdf(b"%PDF-1.7\n...", "application/octet-stream")
    assert is_pdf(b"  \n%PDF-1.4", None)
    assert not is_pdf(b"<html>%PDF-</html>", "text/html")


def test_encrypted_with_a_password_is_unreadable() -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    body, _ = policy_pdf(encrypt=StandardEncryption("secret", canPrint=0))
    result = extract_pdf(body)
    assert result.outcome == "unreadable_pdf" and "password" in result.message


def test_owner_password_only_is_still_read() -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    body, expected = policy_pdf(encrypt=StandardEncryption("", ownerPassword="owner", canCopy=0))
    result = extract_pdf(body)
    assert result.outcome == "ok" and result.text == expected


def test_truncated_is_unreadable() -> None:
    body, _ = policy_pdf()
    result = extract_pdf(body[: len(body) // 2])
    assert result.outcome == "unreadable_pdf" and "truncated" in result.message


def test_image_only_pdf_is_empty() -> None:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    for i in range(20):  # a "scan": only drawn shapes, no text layer
        page.rect(50 + i * 10, 400 + i * 5, 300, 12, fill=1)
    page.showPage()
    page.save()
    result = extract_pdf(buffer.getvalue())
    assert result.outcome == "empty" and "no text layer" in result.message


@pytest.mark.parametrize(
    "body",
    [b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n", b"%PDF-1.7\n%%EOF", b"", b"not a pdf at all %%EOF",
     b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" + b"[" * 5000 + b"\n%%EOF"],
    ids=["garbage", "no-objects", "empty", "no-magic", "deep-nesting"],
)
def test_corrupt_pdfs_give_an_outcome_and_never_raise(body: bytes) -> None:
    result = extract_pdf(body)
    assert result.outcome in {"unreadable_pdf", "empty"} and result.text == "" and result.message


def test_over_the_size_limit() -> None:
    body, _ = policy_pdf()
    assert extract_pdf(body, max_bytes=1000).outcome == "too_large"


def test_pdf_policies_are_crawled_versioned_and_diffed(fixture_site: FixtureSite, sqlite_url: str) -> None:
    body, expected = policy_pdf(months=3)
    fixture_site.set_page("/privacy.pdf", Page(body, content_type="application/pdf"))
    # a PDF served with a wrong type is recognized by its %PDF- magic
    fixture_site.set_page("/terms", Page(policy_pdf(months=6)[0], content_type="application/octet-stream"))
    bad, _ = policy_pdf()
    fixture_site.set_page("/broken.pdf", Page(bad[:5000], content_type="application/pdf"))
    config = make_config(
        sqlite_url,
        {"Acme": [fixture_site.url("/privacy.pdf")], "Beta": [fixture_site.url("/terms")],
         "Gamma": [fixture_site.url("/broken.pdf")]},
        change_confirmation={"fetches": 1, "delay": "0s"},
    )
    outcome, report = crawl_all(config)
    assert outcome["Acme"].outcome == "ok" and outcome["Acme"].change_kind == "first", outcome["Acme"]
    assert outcome["Beta"].outcome == "ok" and outcome["Beta"].change_kind == "first"
    assert outcome["Gamma"].outcome == "unreadable_pdf" and "truncated" in outcome["Gamma"].message
    assert report.errors == []

    fixture_site.set_page("/privacy.pdf", Page(policy_pdf(months=12)[0], content_type="application/pdf"))
    outcome, _ = crawl_all(config)
    assert outcome["Acme"].change_kind == "text"
    db = open_database(sqlite_url)
    with db.read() as session:
        languages = set(session.query(Version.language).all())
        gamma = session.query(Document).filter(Document.url == fixture_site.url("/broken.pdf")).one()
        assert gamma.status == "unreadable_pdf"
    assert languages == {("en",)}
    assert [r.change_kind for r in history(db, "Acme")][-1] == "text"
    db.close()
    assert "12 months" not in expected


def test_the_extract_command_reads_a_pdf_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from monitor.cli import app

    body, expected = policy_pdf(26)
    path = tmp_path / "policy.pdf"
    path.write_bytes(body)
    result = CliRunner().invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stdout == expected


def test_a_decompression_bomb_is_refused_without_inflating_it() -> None:
    import zlib

    data = zlib.compress(b"0 0 m 1 1 l S\n" * 5_000_000, 9)  # ~136 KB that inflates to ~70 MB
    body = (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n"
        b"4 0 obj << /Length " + str(len(data)).encode() + b" /Filter /FlateDecode >>\nstream\n" + data
        + b"\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    )
    result = extract_pdf(body, max_bytes=1_000_000)
    assert result.outcome == "too_large" and "decompression bomb" in result.message

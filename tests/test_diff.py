"""Tests for monitor.diff: section-located word-level diffs and their renderings."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

import monitor.diff as diff_module
from monitor.diff import (
    DiffOp,
    PolicyDiff,
    SectionDiff,
    count_words,
    diff_texts,
    diff_to_dict,
    render_html,
    render_terminal,
    render_text,
    render_unified,
)
from monitor.diff_render import display_lines

POLICY = """\
# Privacy Policy
This policy explains how Example Ltd processes your personal data.
## 2. Data we collect
- Name
- Email address
We collect the data you give us when you sign up and the data your device sends us automatically.
## 5. Data retention
We keep your data for as long as your account is open.
When you close your account we delete your profile within 30 days, except where the law requires us to keep invoices for longer, and we remove backups on a rolling schedule.
Anonymous statistics may be kept indefinitely.
Questions about retention go to our data protection officer.
## 6. Cookies
| Cookie | Purpose | Duration |
| sid | session | 1 day |
| pref | preferences | 1 year |
## 7. Contact
Write to dpo@example.com.
"""


def edited(*replacements: tuple[str, str]) -> str:
    text = POLICY
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def section(diff: PolicyDiff, *path: str) -> SectionDiff:
    matches = [s for s in diff.sections if s.heading_path == list(path)]
    assert len(matches) == 1, [s.heading_path for s in diff.sections]
    return matches[0]


def ops_of(section_diff: SectionDiff) -> list[tuple[str, str]]:
    return [(op.op, op.text) for op in section_diff.ops]


def all_ops(diff: PolicyDiff) -> list[DiffOp]:
    return [op for s in diff.sections for op in s.ops]


# --------------------------------------------------------------------------------------------------
# diff_texts


def test_sentence_inserted_in_section_5() -> None:
    new = edited(
        (
            "as long as your account is open.",
            "as long as your account is open. We review stored data every year.",
        )
    )
    diff = diff_texts(POLICY, new)

    assert [s.heading_path for s in diff.sections] == [["Privacy Policy", "5. Data retention"]]
    assert ops_of(diff.sections[0]) == [
        # One unchanged line of context on each side; the changed line's own equal text is kept whole.
        ("equal", "## 5. Data retention\nWe keep your data for as long as your account is open."),
        ("insert", " We review stored data every year."),
        ("equal", "\nWhen you close your account we delete your profile within 30 days, except where the law "
                  "requires us to keep invoices for longer, and we remove backups on a rolling schedule.\n"),
    ]
    assert (diff.inserted_words, diff.deleted_words) == (6, 0)
    assert not diff.is_empty


def test_word_changed_inside_long_paragraph_gives_word_ops_and_context() -> None:
    new = edited(("within 30 days", "within 90 days"))
    diff = diff_texts(POLICY, new, context_lines=1)

    retention = section(diff, "Privacy Policy", "5. Data retention")
    assert ops_of(retention) == [
        ("equal", "We keep your data for as long as your account is open.\n"
                  "When you close your account we delete your profile within "),
        ("delete", "30"),
        ("insert", "90"),
        ("equal", " days, except where the law requires us to keep invoices for longer, and we remove "
                  "backups on a rolling schedule.\nAnonymous statistics may be kept indefinitely.\n"),
    ]
    assert (diff.inserted_words, diff.deleted_words) == (1, 1)


def test_context_lines_bounds_unchanged_lines() -> None:
    new = edited(("within 30 days", "within 90 days"))
    no_context = diff_texts(POLICY, new, context_lines=0)
    assert ops_of(section(no_context, "Privacy Policy", "5. Data retention")) == [
        ("equal", "When you close your account we delete your profile within "),
        ("delete", "30"),
        ("insert", "90"),
        ("equal", " days, except where the law requires us to keep invoices for longer, and we remove "
                  "backups on a rolling schedule.\n"),
    ]
    wide = diff_texts(POLICY, new, context_lines=10)
    text = "".join(op.text for op in section(wide, "Privacy Policy", "5. Data retention").ops if op.op != "insert")
    # Context stays inside the section: the whole section, no lines of section 6.
    assert text.startswith("## 5. Data retention\n")
    assert text.endswith("Questions about retention go to our data protection officer.\n")


def test_list_item_added() -> None:
    diff = diff_texts(POLICY, edited(("- Email address\n", "- Email address\n- Phone number\n")))
    assert ops_of(section(diff, "Privacy Policy", "2. Data we collect")) == [
        ("equal", "- Email address\n"),
        ("insert", "- Phone number\n"),
        ("equal", "We collect the data you give us when you sign up and the data your device sends us "
                  "automatically.\n"),
    ]
    assert (diff.inserted_words, diff.deleted_words) == (2, 0)  # the "- " mark is not a word


def test_table_row_changed() -> None:
    diff = diff_texts(POLICY, edited(("| sid | session | 1 day |", "| sid | session | 7 days |")))
    cookies = section(diff, "Privacy Policy", "6. Cookies")
    assert ops_of(cookies) == [
        ("equal", "| Cookie | Purpose | Duration |\n| sid | session | "),
        ("delete", "1 day"),
        ("insert", "7 days"),
        ("equal", " |\n| pref | preferences | 1 year |\n"),
    ]
    assert (diff.inserted_words, diff.deleted_words) == (2, 2)


def test_word_changed_in_a_long_table_cell() -> None:
    old = (
        "## Purposes\n"
        "| Purpose | Data |\n"
        "| To verify your identity, prevent fraud and keep members safe | name, IP address, phone number |\n"
    )
    diff = diff_texts(old, old.replace("keep members safe", "keep all members safe"))
    assert [(op.op, op.text) for op in diff.sections[0].ops if op.op != "equal"] == [("insert", "all ")]


def test_renamed_heading_shows_under_the_section() -> None:
    diff = diff_texts(POLICY, edited(("## 5. Data retention", "## 5. How long we keep data")))
    assert [s.heading_path for s in diff.sections] == [["Privacy Policy", "5. How long we keep data"]]
    ops = ops_of(diff.sections[0])
    assert ("delete", "Data retention") in ops
    assert ("insert", "How long we keep data") in ops
    assert ops[0] == ("equal", "## 5. ")


def test_renamed_heading_with_deleted_line_stays_one_section() -> None:
    new = edited(
        ("## 5. Data retention", "## 5. Storage period"),
        ("Anonymous statistics may be kept indefinitely.\n", ""),
    )
    diff = diff_texts(POLICY, new)
    assert [s.heading_path for s in diff.sections] == [["Privacy Policy", "5. Storage period"]]
    assert ("delete", "Anonymous statistics may be kept indefinitely.\n") in ops_of(diff.sections[0])


def test_section_deleted() -> None:
    new = edited(("## 7. Contact\nWrite to dpo@example.com.\n", ""))
    diff = diff_texts(POLICY, new)
    contact = section(diff, "Privacy Policy", "7. Contact")
    assert ops_of(contact) == [("delete", "## 7. Contact\nWrite to dpo@example.com.\n")]
    # "Write to dpo@example.com." = Write, to, dpo, example, com; plus "Contact" and "7".
    assert (diff.inserted_words, diff.deleted_words) == (0, 7)


COLLECT = "We collect the data you give us when you sign up and the data your device sends us automatically."


def test_paragraph_moved_between_sections_is_one_move() -> None:
    paragraph = COLLECT + "\n"
    new = edited((paragraph, ""), ("Anonymous statistics", paragraph + "Anonymous statistics"))
    diff = diff_texts(POLICY, new)

    ops = all_ops(diff)
    assert [op.op for op in ops if op.op != "equal"] == ["move"]
    move = next(op for op in ops if op.op == "move")
    assert move.text == paragraph
    assert move.from_heading_path == ("Privacy Policy", "2. Data we collect")
    assert move.to_heading_path == ("Privacy Policy", "5. Data retention")
    assert move.changes == ()
    assert [s.heading_path for s in diff.sections] == [["Privacy Policy", "5. Data retention"]]
    assert (diff.inserted_words, diff.deleted_words) == (0, 0)


def test_move_ignores_whitespace_differences() -> None:
    paragraph = COLLECT + "\n"
    respaced = paragraph.replace(" us ", "  us ")
    new = edited((paragraph, ""), ("Anonymous statistics", respaced + "Anonymous statistics"))
    diff = diff_texts(POLICY, new)
    assert [op.op for op in all_ops(diff) if op.op != "equal"] == ["move"]
    assert (diff.inserted_words, diff.deleted_words) == (0, 0)


def test_near_identical_move_is_a_move_with_word_changes() -> None:
    moved = COLLECT.rstrip(".") + ", such as crash logs."
    new = edited((COLLECT + "\n", ""), ("Anonymous statistics", moved + "\nAnonymous statistics"))
    diff = diff_texts(POLICY, new)

    ops = [op for op in all_ops(diff) if op.op != "equal"]
    assert [op.op for op in ops] == ["move"]
    assert ops[0].text == moved + "\n"
    assert [(c.op, c.text) for c in ops[0].changes if c.op != "equal"] == [("insert", ", such as crash logs")]
    assert (diff.inserted_words, diff.deleted_words) == (4, 0)


def test_slovenian_and_swedish_diacritics_are_whole_words() -> None:
    old = (
        "# Politika zasebnosti\n"
        "## Hramba podatkov\n"
        "Vaše osebne podatke hranimo največ 30 dni po zaključku pogodbe.\n"
        "# Integritetspolicy\n"
        "## Lagring\n"
        "Vi sparar dina personuppgifter i två år för att ge dig en bättre tjänst.\n"
    )
    new = (
        old.replace("največ 30 dni", "največ 90 dni")
        .replace("i två år", "i tre år")
        .replace("bättre", "battre")
    )
    diff = diff_texts(old, new)

    assert [s.heading_path for s in diff.sections] == [
        ["Politika zasebnosti", "Hramba podatkov"],
        ["Integritetspolicy", "Lagring"],
    ]
    slovenian = [(op.op, op.text) for op in diff.sections[0].ops if op.op != "equal"]
    assert slovenian == [("delete", "30"), ("insert", "90")]
    swedish = [(op.op, op.text) for op in diff.sections[1].ops if op.op != "equal"]
    assert swedish == [("delete", "två"), ("insert", "tre"), ("delete", "bättre"), ("insert", "battre")]
    assert (diff.inserted_words, diff.deleted_words) == (3, 3)
    assert count_words("Vaše osebne podatke hranimo največ") == 5


def test_empty_old_text_inserts_everything() -> None:
    diff = diff_texts("", POLICY)
    assert [s.heading_path for s in diff.sections] == [
        ["Privacy Policy"],
        ["Privacy Policy", "2. Data we collect"],
        ["Privacy Policy", "5. Data retention"],
        ["Privacy Policy", "6. Cookies"],
        ["Privacy Policy", "7. Contact"],
    ]
    assert {op.op for op in all_ops(diff)} == {"insert"}
    assert "".join(op.text for op in all_ops(diff)) == POLICY
    assert diff.inserted_words == count_words(POLICY)
    assert diff.deleted_words == 0


def test_identical_texts_give_an_empty_diff() -> None:
    for old, new in [(POLICY, POLICY), ("", ""), (POLICY, POLICY.rstrip("\n"))]:
        diff = diff_texts(old, new)
        assert diff.is_empty
        assert diff.sections == []
        assert (diff.inserted_words, diff.deleted_words) == (0, 0)


def test_text_before_the_first_heading_has_an_empty_path() -> None:
    diff = diff_texts("Intro line one.\n# Title\nBody.\n", "Intro line two.\n# Title\nBody.\n")
    assert [s.heading_path for s in diff.sections] == [[]]


def test_oversized_paragraph_is_a_whole_paragraph_replacement() -> None:
    words = [f"word{n}" for n in range(3000)]  # ~ 24 KB per line
    old_paragraph = " ".join(words)
    words[1500] = "changed"
    new_paragraph = " ".join(words)
    diff = diff_texts(f"# T\n{old_paragraph}\n", f"# T\n{new_paragraph}\n")
    assert ops_of(diff.sections[0]) == [
        ("equal", "# T\n"),
        ("delete", old_paragraph + "\n"),
        ("insert", new_paragraph + "\n"),
    ]


def test_out_of_time_falls_back_to_whole_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = iter(range(0, 10**9, 10))  # every clock read is 10 s later: the 1 s budget is spent at once
    monkeypatch.setattr(diff_module.time, "time", lambda: float(next(clock)))
    new = edited(("within 30 days", "within 90 days"))
    diff = diff_texts(POLICY, new, timeout_s=1.0, context_lines=0)
    retention = ops_of(section(diff, "Privacy Policy", "5. Data retention"))
    assert [op for op, _ in retention] == ["delete", "insert"]
    assert "within 90 days" in retention[1][1]


# --------------------------------------------------------------------------------------------------
# JSON


def test_json_shape_is_exactly_the_contract() -> None:
    paragraph = COLLECT + "\n"
    new = edited(
        ("within 30 days", "within 90 days"),
        (paragraph, ""),
        ("Questions about", paragraph + "Questions about"),
    )
    data = diff_to_dict(diff_texts(POLICY, new), from_id=3, to_id=4, change_kind="text")

    assert json.loads(json.dumps(data)) == data
    assert set(data) == {"from", "to", "change_kind", "sections", "stats"}
    assert (data["from"], data["to"], data["change_kind"]) == (3, 4, "text")
    assert set(data["stats"]) == {"inserted_words", "deleted_words"}
    assert data["stats"] == {"inserted_words": 1, "deleted_words": 1}
    assert data["sections"]
    for section_data in data["sections"]:
        assert set(section_data) == {"heading_path", "ops"}
        assert all(isinstance(title, str) for title in section_data["heading_path"])
        for op in section_data["ops"]:
            assert op["op"] in {"insert", "delete", "equal", "move"}
            assert isinstance(op["text"], str)
            if op["op"] == "move":
                assert set(op) <= {"op", "text", "from_heading_path", "to_heading_path", "changes"}
                assert op["from_heading_path"] == ["Privacy Policy", "2. Data we collect"]
            else:
                assert set(op) == {"op", "text"}
    assert sum(op["op"] == "move" for s in data["sections"] for op in s["ops"]) == 1


def test_json_of_empty_diff_and_null_ids() -> None:
    data = diff_to_dict(diff_texts(POLICY, POLICY), from_id=None, to_id=None, change_kind="first")
    assert data == {
        "from": None,
        "to": None,
        "change_kind": "first",
        "sections": [],
        "stats": {"inserted_words": 0, "deleted_words": 0},
    }


# --------------------------------------------------------------------------------------------------
# Renderers

HOSTILE = "<script>alert(1)</script> and \"quotes\" & 'apostrophes'"


def test_render_html_escapes_vendor_text() -> None:
    new = edited(("Write to dpo@example.com.", f"Write to dpo@example.com. {HOSTILE}"))
    new = new.replace("## 7. Contact", "## 7. Contact <img src=x onerror=alert(2)>")
    page = render_html(diff_texts(POLICY, new), title="Vendor <b>&</b> \"policy\"")

    assert "<script>" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&quot;quotes&quot; &amp; &#x27;apostrophes&#x27;" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "Vendor &lt;b&gt;&amp;&lt;/b&gt; &quot;policy&quot;" in page
    # Side by side: a table per section with the old and the new line.
    assert page.count('<table class="diff">') == 1
    assert "<del>" in page or "<ins>" in page


def test_render_html_side_by_side_cells() -> None:
    page = render_html(diff_texts(POLICY, edited(("within 30 days", "within 90 days"))), title="t")
    row = next(line for line in page.splitlines() if 'class="change"' in line)
    old_cell, new_cell = re.findall(r'<td class="(?:old|new)">(.*?)</td>', row)
    assert "<del>30</del>" in old_cell and "<ins>" not in old_cell
    assert "<ins>90</ins>" in new_cell and "<del>" not in new_cell


def test_render_text_is_section_located_with_inline_markers() -> None:
    new = edited(
        ("within 30 days", "within 90 days"),
        ("Anonymous statistics may be kept indefinitely.\n", ""),
        ("- Email address\n", "- Email address\n- Phone number\n"),
    )
    text = render_text(diff_texts(POLICY, new))
    lines = text.splitlines()
    assert "§ 2. Data we collect  (Privacy Policy)" in lines
    assert "+ - Phone number" in lines
    assert "§ 5. Data retention  (Privacy Policy)" in lines
    assert any(line.startswith("~ ") and "within [-30-]{+90+} days" in line for line in lines)
    assert "- Anonymous statistics may be kept indefinitely." in lines
    section_order = [line for line in lines if line.startswith("§ ")]
    assert section_order == ["§ 2. Data we collect  (Privacy Policy)", "§ 5. Data retention  (Privacy Policy)"]
    assert render_text(diff_texts(POLICY, POLICY)) == "No changes.\n"


def test_render_text_marks_left_out_lines() -> None:
    new = edited(("as long as", "as briefly as"), ("for longer", "for ten years"))
    new = new.replace("Questions about retention", "Questions about storage")
    text = render_text(diff_texts(POLICY, new, context_lines=0))
    assert "  …" in text.splitlines()


def _spans(renderable: object) -> list[tuple[str, str]]:
    """(text, style) of every styled piece in the rendered Group."""
    pieces = []
    for item in renderable.renderables:  # type: ignore[attr-defined]
        assert isinstance(item, Text)
        for span in item.spans:
            pieces.append((item.plain[span.start : span.end], str(span.style)))
        if item.style:
            pieces.append((item.plain, str(item.style)))
    return pieces


def test_render_terminal_colors_and_no_markup_injection() -> None:
    new = edited(("within 30 days", "within 90 days [bold]x[/bold] \x1b[2J"))
    renderable = render_terminal(diff_texts(POLICY, new))
    spans = _spans(renderable)
    assert ("30", "red strike") in spans
    assert any(text.startswith("90") and style == "green" for text, style in spans)
    assert any(text.startswith("§ 5. Data retention") and "bold" in style for text, style in spans)

    console = Console(record=True, width=300, color_system=None)
    console.print(renderable)
    output = console.export_text()
    assert "[bold]x[/bold]" in output  # vendor text is never parsed as rich markup
    assert "\x1b" not in output
    assert "§ 5. Data retention" in output


def test_render_unified_is_a_valid_unified_diff() -> None:
    new = edited(
        ("within 30 days", "within 90 days"),
        ("## 7. Contact\nWrite to dpo@example.com.\n", ""),
        ("- Email address\n", "- Email address\n- Phone number\n"),
    )
    patch = render_unified(POLICY, new, from_label="v1 (2024-01-01)", to_label="v2", context_lines=3)
    lines = patch.splitlines()
    assert lines[0] == "--- v1 (2024-01-01)"
    assert lines[1] == "+++ v2"
    assert all(re.fullmatch(r"@@ -\d+(,\d+)? \+\d+(,\d+)? @@", line) for line in lines if line.startswith("@@"))
    assert apply_unified(POLICY, patch) == new
    assert render_unified(POLICY, POLICY, from_label="a", to_label="b") == ""


def apply_unified(old: str, patch: str) -> str:
    """Minimal unified-diff applier that checks hunk headers and context strictly."""
    old_lines = old.splitlines()
    out: list[str] = []
    position = 0
    lines = patch.splitlines()[2:]
    index = 0
    while index < len(lines):
        header = re.fullmatch(r"@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@", lines[index])
        assert header, lines[index]
        old_start, old_count = int(header.group(1)), int(header.group(2) or 1)
        new_count = int(header.group(4) or 1)
        start = old_start - 1 if old_count else old_start
        out.extend(old_lines[position:start])
        position = start
        index += 1
        seen_old = seen_new = 0
        while index < len(lines) and not lines[index].startswith("@@"):
            tag, body = lines[index][0], lines[index][1:]
            if tag in " -":
                assert old_lines[position] == body
                position += 1
                seen_old += 1
            if tag in " +":
                out.append(body)
                seen_new += 1
            index += 1
        assert (seen_old, seen_new) == (old_count, new_count)
    out.extend(old_lines[position:])
    return "".join(line + "\n" for line in out)


# --------------------------------------------------------------------------------------------------
# Properties

_HEADING = re.compile(r"(#+)\s+(\S.*)")
_WORDS = ["data", "we", "keep", "your", "naše", "två", "år", "<b>", "&", "share", "delete", "30", "days", "e-mail"]

line_strategy = st.one_of(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14).map(" ".join),
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3).map(lambda w: "- " + " ".join(w)),
    st.lists(st.sampled_from(_WORDS), min_size=2, max_size=3).map(lambda w: "| " + " | ".join(w) + " |"),
    st.tuples(st.integers(1, 3), st.sampled_from(["Intro", "Data", "Retention", "Rights"])).map(
        lambda t: "#" * t[0] + " " + t[1]
    ),
)


@st.composite
def edited_documents(draw: st.DrawFn) -> tuple[str, str]:
    lines = draw(st.lists(line_strategy, max_size=25))
    new_lines = list(lines)
    for _ in range(draw(st.integers(0, 6))):
        action = draw(st.sampled_from(["insert", "delete", "replace", "move", "reword"]))
        if action == "insert" or not new_lines:
            new_lines.insert(draw(st.integers(0, len(new_lines))), draw(line_strategy))
            continue
        index = draw(st.integers(0, len(new_lines) - 1))
        if action == "delete":
            del new_lines[index]
        elif action == "replace":
            new_lines[index] = draw(line_strategy)
        elif action == "move":
            line = new_lines.pop(index)
            new_lines.insert(draw(st.integers(0, len(new_lines))), line)
        else:
            words = new_lines[index].split(" ")
            words[draw(st.integers(0, len(words) - 1))] = draw(st.sampled_from(_WORDS))
            new_lines[index] = " ".join(words)
    to_text = lambda ls: "".join(line + "\n" for line in ls)  # noqa: E731
    return to_text(lines), to_text(new_lines)


def heading_paths(text: str) -> list[tuple[list[str], str]]:
    """(heading path, line) for every line, computed independently of monitor.diff."""
    stack: list[tuple[int, str]] = []
    out = []
    for line in text.splitlines():
        match = _HEADING.match(line)
        if match:
            level = len(match.group(1))
            stack = [entry for entry in stack if entry[0] < level] + [(level, match.group(2).strip())]
        out.append(([title for _, title in stack], line))
    return out


def side_lines(section_diff: SectionDiff, kinds: set[str]) -> list[str]:
    return "".join(op.text for op in section_diff.ops if op.op in kinds).splitlines()


def check_invariants(old: str, new: str) -> PolicyDiff:
    diff = diff_texts(old, new, context_lines=10**6)

    assert diff.inserted_words >= 0 and diff.deleted_words >= 0
    assert diff.is_empty == (old.splitlines() == new.splitlines())
    # Every word is accounted for: moves net out, equal text is on both sides.
    assert diff.inserted_words - diff.deleted_words == count_words(new) - count_words(old)

    new_by_path = heading_paths(new)
    old_lines = old.splitlines()
    for section_diff in diff.sections:
        # With unlimited context a section's equal + insert + move texts are exactly its new lines.
        expected = [line for path, line in new_by_path if path == section_diff.heading_path]
        assert side_lines(section_diff, {"equal", "insert", "move"}) == expected
        # Its equal + delete texts are old lines, in order.
        remaining = iter(old_lines)
        assert all(line in remaining for line in side_lines(section_diff, {"equal", "delete"}))
        assert any(op.op != "equal" for op in section_diff.ops)
    return diff


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited_documents())
def test_property_sections_reproduce_new_text(documents: tuple[str, str]) -> None:
    diff = check_invariants(*documents)
    assert render_text(diff)
    assert "<b>" not in render_html(diff, title="t")
    Console(file=io.StringIO(), width=120).print(render_terminal(diff))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited_documents())
def test_property_banded_pairing_keeps_invariants(documents: tuple[str, str]) -> None:
    # Large hunks are paired within a band around the diagonal; force that path on small inputs.
    with (
        mock.patch.object(diff_module, "FULL_PAIRING_CELLS", 0),
        mock.patch.object(diff_module, "PAIRING_BAND", 1),
    ):
        check_invariants(*documents)


@settings(max_examples=150, deadline=None)
@given(edited_documents(), st.integers(0, 3))
def test_property_context_and_unified(documents: tuple[str, str], context_lines: int) -> None:
    old, new = documents
    diff = diff_texts(old, new, context_lines=context_lines)
    for section_diff in diff.sections:
        lines = display_lines(section_diff)
        changed = [n for n, line in enumerate(lines) if line.kind != "equal"]
        assert changed
        for n, line in enumerate(lines):
            if line.kind == "equal":
                # An unchanged line is shown only within `context_lines` lines of a change.
                assert min(abs(n - c) for c in changed) <= context_lines
    patch = render_unified(old, new, from_label="a", to_label="b", context_lines=context_lines)
    if old.splitlines() == new.splitlines():
        assert patch == ""
    else:
        assert apply_unified(old, patch) == new


OTA_VERSION_PAIRS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "ota" / "version_pairs"


@pytest.mark.shared
def test_real_version_pairs_keep_invariants() -> None:
    if not OTA_VERSION_PAIRS.is_dir():
        pytest.skip(f"{OTA_VERSION_PAIRS} not present")
    pairs = sorted(OTA_VERSION_PAIRS.glob("**/after.md"))
    assert pairs
    for after in pairs:
        old, new = after.with_name("before.md").read_text(), after.read_text()
        diff = check_invariants(old, new)
        diff_to_dict(diff, from_id=1, to_id=2, change_kind="text")
        render_html(diff, title=after.parent.name)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab \n.", max_size=30), st.text(alphabet="ab \n.", max_size=30))
def test_property_changed_stretch_cuts_where_both_lines_agree(old: str, new: str) -> None:
    from monitor.diff import _changed_stretch

    start, old_end, new_end = _changed_stretch(old, new)
    assert 0 <= start <= old_end <= len(old) and start <= new_end <= len(new)
    assert old[:start] == new[:start] and old[old_end:] == new[new_end:]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab", max_size=12), st.text(alphabet="ab", max_size=12))
def test_property_common_length(a: str, b: str) -> None:
    from os.path import commonprefix

    from monitor.diff import _common_length

    assert _common_length(a, b, from_end=False) == len(commonprefix((a, b)))
    assert _common_length(a, b, from_end=True) == len(commonprefix((a[::-1], b[::-1])))

"""Renderers for `monitor.diff` results: rich terminal, plain text, side-by-side HTML, unified diff.

Vendor text is untrusted: HTML output escapes all of it, terminal and plain-text output replace
control characters (an ESC in a policy must not drive the reader's terminal).
"""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from rich.console import Console, Group
from rich.text import Text

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from monitor.diff import DiffOp, PolicyDiff, SectionDiff

LineKind = Literal["equal", "delete", "insert", "change", "move"]

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_PATH_SEPARATOR = " › "


@dataclass
class DisplayLine:
    """One line of a section as shown: `segments` are (op, text) pieces without the line break."""

    kind: LineKind
    segments: list[tuple[str, str]] = field(default_factory=list)
    old_line: int | None = None
    new_line: int | None = None
    move: DiffOp | None = None
    gap_before: bool = False  # unchanged lines were left out just above

    def old_text(self) -> str:
        return "".join(text for op, text in self.segments if op != "insert")

    def new_text(self) -> str:
        return "".join(text for op, text in self.segments if op != "delete")


def display_lines(section: SectionDiff) -> list[DisplayLine]:
    """Split a section's ops back into lines (ops may span lines or cover part of one)."""
    lines: list[DisplayLine] = []
    current: DisplayLine | None = None
    for op in section.ops:
        if op.op == "move":
            segments = [(c.op, c.text) for c in op.changes] or [("equal", op.text.rstrip("\n"))]
            lines.append(DisplayLine("move", segments, op.old_line, op.new_line, move=op))
            continue
        old_no, new_no = op.old_line, op.new_line
        pieces = op.text.split("\n")
        for index, piece in enumerate(pieces):
            ends_line = index < len(pieces) - 1
            if not piece and not ends_line:
                continue
            if current is None:
                current = DisplayLine("equal")
            if current.old_line is None and op.op != "insert":
                current.old_line = old_no
            if current.new_line is None and op.op != "delete":
                current.new_line = new_no
            if piece:
                current.segments.append((op.op, piece))
            if ends_line:
                kinds = {segment_op for segment_op, _ in current.segments} or {op.op}
                current.kind = kinds.pop() if len(kinds) == 1 else "change"  # type: ignore[assignment]
                lines.append(current)
                current = None
                if op.op != "insert" and old_no is not None:
                    old_no += 1
                if op.op != "delete" and new_no is not None:
                    new_no += 1
    if current is not None:  # ops not ending in a line break (hand-made diffs)
        kinds = {segment_op for segment_op, _ in current.segments}
        current.kind = kinds.pop() if len(kinds) == 1 else "change"  # type: ignore[assignment]
        lines.append(current)
    _mark_gaps(lines)
    return lines


def _mark_gaps(lines: list[DisplayLine]) -> None:
    last_old: int | None = None
    last_new: int | None = None
    for line in lines:
        old_no = None if line.kind == "move" else line.old_line  # a move's old line is elsewhere
        line.gap_before = (old_no is not None and last_old is not None and old_no != last_old + 1) or (
            line.new_line is not None and last_new is not None and line.new_line != last_new + 1
        )
        if old_no is not None:
            last_old = old_no
        if line.new_line is not None:
            last_new = line.new_line


def format_heading_path(path: list[str] | tuple[str, ...]) -> str:
    """`Privacy Policy › 5. Data retention`, or a placeholder for text above the first heading."""
    return _PATH_SEPARATOR.join(path) if path else "(before the first heading)"


def _section_title(path: list[str]) -> str:
    if not path:
        return "§ (before the first heading)"
    title = f"§ {path[-1]}"
    if len(path) > 1:
        title += f"  ({_PATH_SEPARATOR.join(path[:-1])})"
    return title


def _move_note(op: DiffOp) -> str:
    source = list(op.from_heading_path or ())
    if source == list(op.to_heading_path or ()):
        return "moved within this section"
    return f"moved from § {format_heading_path(source)}"


def _clean(text: str) -> str:
    return _CONTROL_RE.sub("\ufffd", text)


# --------------------------------------------------------------------------------------------------
# Plain text


def render_text(diff: PolicyDiff) -> str:
    """Plain text for e-mails and logs.

    Per section a `§ heading` line, then `  ` context, `- ` deleted, `+ ` inserted, `~ ` edited lines
    with inline `[-deleted-]{+inserted+}` words, `> ` moved lines, and `  …` where lines were left out.
    """
    if diff.is_empty:
        return "No changes.\n"
    blocks: list[str] = []
    for section in diff.sections:
        out = [_clean(_section_title(section.heading_path))]
        for line in display_lines(section):
            if line.gap_before:
                out.append("  …")
            if line.kind == "equal":
                out.append("  " + _clean(line.new_text()))
            elif line.kind == "delete":
                out.append("- " + _clean(line.old_text()))
            elif line.kind == "insert":
                out.append("+ " + _clean(line.new_text()))
            elif line.kind == "change":
                out.append("~ " + _inline_markers(line.segments))
            else:
                assert line.move is not None
                out.append(f"> {_inline_markers(line.segments)}   [{_clean(_move_note(line.move))}]")
        blocks.append("\n".join(out))
    stats = f"{diff.inserted_words} words inserted, {diff.deleted_words} words deleted"
    return "\n\n".join(blocks) + f"\n\n{stats}\n"


def _inline_markers(segments: list[tuple[str, str]]) -> str:
    parts = []
    for op, text in segments:
        text = _clean(text)
        parts.append(f"[-{text}-]" if op == "delete" else f"{{+{text}+}}" if op == "insert" else text)
    return "".join(parts)


# --------------------------------------------------------------------------------------------------
# Terminal (rich)

_STYLE = {
    "header": "bold cyan",
    "context": "dim",
    "delete": "red strike",
    "insert": "green",
    "move": "magenta",
    "note": "italic magenta",
}


def print_diff(console: Console, diff: PolicyDiff) -> None:
    """Print a diff: colored on a color terminal, with inline [-deleted-]{+inserted+} marks otherwise."""
    if console.color_system is None:
        console.print(render_text(diff), markup=False, highlight=False, end="")
    else:
        console.print(render_terminal(diff))


def render_terminal(diff: PolicyDiff) -> RenderableType:
    """A rich renderable: a header line per section, red struck-through deletions, green insertions."""
    if diff.is_empty:
        return Text("No changes.", style="dim")
    parts: list[Text] = []
    for number, section in enumerate(diff.sections):
        if number:
            parts.append(Text(""))
        parts.append(Text(_clean(_section_title(section.heading_path)), style=_STYLE["header"]))
        for line in display_lines(section):
            if line.gap_before:
                parts.append(Text("  …", style=_STYLE["context"]))
            text = Text()
            if line.kind == "equal":
                text.append("  " + _clean(line.new_text()), style=_STYLE["context"])
            elif line.kind == "delete":
                text.append("- ", style="red")
                text.append(_clean(line.old_text()), style=_STYLE["delete"])
            elif line.kind == "insert":
                text.append("+ ", style="green")
                text.append(_clean(line.new_text()), style=_STYLE["insert"])
            elif line.kind == "change":
                text.append("~ ", style="yellow")
                _append_segments(text, line.segments)
            else:
                assert line.move is not None
                text.append("> ", style=_STYLE["move"])
                _append_segments(text, line.segments, equal_style=_STYLE["move"])
                text.append(f"   ({_clean(_move_note(line.move))})", style=_STYLE["note"])
            parts.append(text)
    parts.append(Text(""))
    parts.append(Text(f"+{diff.inserted_words} / -{diff.deleted_words} words", style="bold"))
    return Group(*parts)


def _append_segments(text: Text, segments: list[tuple[str, str]], equal_style: str = "") -> None:
    for op, piece in segments:
        style = _STYLE["delete"] if op == "delete" else _STYLE["insert"] if op == "insert" else equal_style
        # Text.append never parses markup, so "[bold]" in vendor text stays literal.
        text.append(_clean(piece), style=style)


# --------------------------------------------------------------------------------------------------
# HTML

_HTML_STYLE = """
body{font-family:system-ui,sans-serif;margin:1.5em;color:#1f2328}
h2{font-size:1.05em;margin:1.6em 0 .4em}
table.diff{border-collapse:collapse;width:100%;table-layout:fixed;font-size:.92em}
table.diff td,table.diff th{border:1px solid #d0d7de;padding:.25em .5em;vertical-align:top;
  white-space:pre-wrap;overflow-wrap:anywhere}
table.diff th{background:#f6f8fa;text-align:left}
table.diff td.ln{width:3.5em;color:#8c959f;text-align:right;font-family:monospace}
tr.delete td.old,tr.change td.old{background:#ffebe9}
tr.insert td.new,tr.change td.new{background:#e6ffec}
tr.move td.new{background:#fbefff}
tr.equal td{color:#57606a}
tr.gap td{text-align:center;color:#8c959f;background:#f6f8fa}
del{background:#ffc1c0;text-decoration:line-through}
ins{background:#abf2bc;text-decoration:none}
.note{display:block;font-style:italic;color:#8250df;font-size:.9em}
"""


def render_html(diff: PolicyDiff, *, title: str) -> str:
    """A standalone HTML page: a side-by-side before/after table per section, all text escaped."""
    esc = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html><head><meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f"<style>{_HTML_STYLE}</style>",
        "</head><body>",
        f"<h1>{esc(title)}</h1>",
    ]
    if diff.is_empty:
        out.append("<p>No changes.</p>")
    else:
        out.append(
            f'<p class="stats">{diff.inserted_words} words inserted, {diff.deleted_words} words deleted</p>'
        )
    for section in diff.sections:
        out.append(f"<h2>{esc(_section_title(section.heading_path))}</h2>")
        out.append('<table class="diff">')
        out.append('<thead><tr><th class="ln"></th><th>Before</th><th class="ln"></th><th>After</th></tr></thead>')
        out.append("<tbody>")
        for line in display_lines(section):
            if line.gap_before:
                out.append('<tr class="gap"><td colspan="4">…</td></tr>')
            out.append(_html_row(line))
        out.append("</tbody></table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _html_row(line: DisplayLine) -> str:
    esc = html.escape
    old_html = new_html = ""
    old_no = str(line.old_line) if line.old_line is not None and line.kind != "insert" else ""
    new_no = str(line.new_line) if line.new_line is not None and line.kind != "delete" else ""
    if line.kind == "equal":
        old_html = new_html = esc(line.new_text())
    elif line.kind == "delete":
        old_html = f"<del>{esc(line.old_text())}</del>"
    elif line.kind == "insert":
        new_html = f"<ins>{esc(line.new_text())}</ins>"
    else:
        old_html = "".join(
            f"<del>{esc(text)}</del>" if op == "delete" else esc(text)
            for op, text in line.segments
            if op != "insert"
        )
        new_html = "".join(
            f"<ins>{esc(text)}</ins>" if op == "insert" else esc(text)
            for op, text in line.segments
            if op != "delete"
        )
        if line.kind == "move":
            assert line.move is not None
            note = esc(_move_note(line.move))
            old_html = f'<span class="note">{note}</span>{old_html}'
            new_html = f'<span class="note">moved here</span>{new_html}'
    return (
        f'<tr class="{line.kind}"><td class="ln">{old_no}</td><td class="old">{old_html}</td>'
        f'<td class="ln">{new_no}</td><td class="new">{new_html}</td></tr>'
    )


# --------------------------------------------------------------------------------------------------
# Unified diff


def render_unified(old: str, new: str, *, from_label: str, to_label: str, context_lines: int = 3) -> str:
    """A plain unified diff of the two texts' lines (empty string when they have the same lines)."""
    diff_lines = difflib.unified_diff(
        _lines(old),
        _lines(new),
        fromfile=_one_line(from_label),
        tofile=_one_line(to_label),
        n=max(context_lines, 0),
        lineterm="",
    )
    text = "\n".join(diff_lines)
    return text + "\n" if text else ""


def _lines(text: str) -> list[str]:
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _one_line(label: str) -> str:
    return " ".join(label.split())

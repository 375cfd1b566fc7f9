"""`policywatch demo` end to end, as `make demo` runs it (fixture sites, local SMTP and webhook)."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from monitor.demo.run import run_demo
from storage.database import open_database
from storage.queries import history


def test_demo_reports_the_two_real_changes_and_ignores_the_chrome_change(tmp_path: Path) -> None:
    buffer = io.StringIO()
    code = run_demo(Console(file=buffer, width=120, color_system=None), keep_dir=tmp_path)
    output = buffer.getvalue()
    assert code == 0, output
    assert "Koofr privacy_policy: ok, new version" in output and "(text)" in output
    assert "§ 9. Prejemniki osebnih podatkov" in output and "+ - Postmark" in output
    assert "§ 7. How long we keep your data" in output and "[-12-]{+36+}" in output
    assert "KOOPR: the page's bytes changed but its policy text did not" in output
    assert "Webhook receiver got 2 POST(s)" in output and output.count("signature valid") == 2
    assert "SMTP server got 2 email(s)" in output

    db = open_database(f"sqlite:///{tmp_path / 'policywatch.db'}")
    assert [r.change_kind for r in history(db, "KOOPR")] == ["first"]
    assert [r.change_kind for r in history(db, "Koofr")] == ["first", "text"]
    assert [r.language for r in history(db, "Kotopro")] == ["sv"]
    db.close()

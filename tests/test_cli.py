"""The `policywatch` command line: contract JSON fields, exit codes, clear messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from monitor.cli import app
from monitor.demo.servers import FixtureSite, Page
from tests.test_crawl import policy_page

runner = CliRunner()


def write_config(tmp_path: Path, site: FixtureSite | None, **extra: object) -> Path:
    vendors = extra.pop("vendors", None)
    if vendors is None:
        assert site is not None
        vendors = [
            {"name": "Acme", "category": "storage", "documents": [{"url": site.url("/privacy"), "language": "en"}]},
            {"name": "Lonely"},
        ]
    data = {
        "database": f"sqlite:///{tmp_path / 'pw.db'}",
        "allow_private_addresses": True,
        "crawl": {"download_delay": "0s", "retry_times": 0, "timeout": "3s"},
        "change_confirmation": {"fetches": 1, "delay": "0s"},
        "vendors": vendors,
        **extra,
    }
    path = tmp_path / "policywatch.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def invoke(config: Path, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["--config", str(config), *args], catch_exceptions=False)


def test_run_history_diff_status_vendors(fixture_site: FixtureSite, tmp_path: Path) -> None:
    fixture_site.set_page("/privacy", policy_page(3))
    config = write_config(tmp_path, fixture_site)

    result = invoke(config, "run", "--once")
    assert result.exit_code == 0, result.output
    assert "Lonely: no documents to watch" in result.output
    assert "Acme privacy_policy: ok, new version 1 (first)" in result.output

    fixture_site.set_page("/privacy", policy_page(26))
    result = invoke(config, "run", "--once", "--vendor", "acme")
    assert "Acme privacy_policy: ok, new version 2 (text)" in result.output

    history = json.loads(invoke(config, "history", "Acme", "--json").stdout)
    assert [h["change_kind"] for h in history] == ["first", "text"]
    assert set(history[0]) >= {"id", "vendor", "document", "first_seen", "last_seen", "text_sha256", "change_kind", "words", "language"}
    assert history[0]["language"] == "en" and history[0]["words"] > 20

    diff = json.loads(invoke(config, "diff", "Acme", "--format", "json").stdout)
    assert diff["from"] == 1 and diff["to"] == 2 and diff["change_kind"] == "text"
    assert set(diff["stats"]) >= {"inserted_words", "deleted_words"}
    [section] = diff["sections"]
    assert section["heading_path"][-1] == "5. Data retention"
    assert {op["op"] for op in section["ops"]} >= {"insert", "delete"}
    assert any("26" in op["text"] for op in section["ops"] if op["op"] == "insert")

    text = invoke(config, "diff", "Acme", "--from", "1", "--to", "2").stdout
    assert "5. Data retention" in text
    unified = invoke(config, "diff", "Acme", "--format", "unified").stdout
    assert unified.startswith("---") and "+++" in unified
    html = invoke(config, "diff", "Acme", "--format", "html").stdout
    assert "<table" in html

    status = json.loads(invoke(config, "status", "--json").stdout)
    [doc] = status["documents"]
    assert set(doc) >= {"vendor", "document", "url", "last_checked", "next_check", "last_outcome", "versions"}
    assert doc["versions"] == 2 and status["alerts_pending"] == 0 and status["alerts_failed"] == 0

    vendors = json.loads(invoke(config, "vendors", "--json").stdout)
    assert [v["vendor"] for v in vendors] == ["Acme", "Lonely"]


def test_run_strict_exits_1_on_a_failed_document(fixture_site: FixtureSite, tmp_path: Path) -> None:
    fixture_site.set_page("/privacy", Page(b"oops", status=500))
    config = write_config(tmp_path, fixture_site)
    result = invoke(config, "run", "--once", "--strict")
    assert result.exit_code == 1
    assert "Acme privacy_policy: http_error: HTTP 500" in result.output


def test_extract_a_file_with_selectors(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><nav>Menu</nav><div id='policy'><h2>Rights</h2><p>You may object.</p>"
        "<p class='ad'>Buy now</p></div><footer>Footer</footer></body></html>",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", str(page), "--select", "#policy", "--remove", ".ad"])
    assert result.exit_code == 0
    assert result.stdout == "## Rights\nYou may object.\n"
    declaration = tmp_path / "decl.json"
    declaration.write_text(json.dumps({"name": "X", "documents": {"Privacy Policy": {"fetch": "https://x", "select": "#policy", "remove": ".ad"}}}))
    assert runner.invoke(app, ["extract", str(page), "--declaration", str(declaration)]).stdout == "## Rights\nYou may object.\n"


def test_extract_url_refuses_loopback_by_default(fixture_site: FixtureSite, tmp_path: Path) -> None:
    fixture_site.set_page("/privacy", policy_page())
    config = write_config(tmp_path, fixture_site, allow_private_addresses=False)
    result = invoke(config, "extract", fixture_site.url("/privacy"))
    assert result.exit_code == 1 and "internal address" in result.stderr
    config = write_config(tmp_path, fixture_site)
    result = invoke(config, "extract", fixture_site.url("/privacy"))
    assert result.exit_code == 0 and "## 5. Data retention" in result.stdout and "Pricing" not in result.stdout


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("vendors: [unclosed\n", "is not valid YAML"),
        ("colour: blue\n", "colour: unknown key"),
        ("crawl:\n  concurrent_requests: lots\n", "crawl.concurrent_requests"),
    ],
)
def test_bad_config_exits_2_with_one_message_and_writes_nothing(tmp_path: Path, text: str, message: str) -> None:
    config = tmp_path / "bad.yaml"
    config.write_text(text, encoding="utf-8")
    result = invoke(config, "run", "--once")
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == [config]


def test_usage_errors_exit_2(fixture_site: FixtureSite, tmp_path: Path) -> None:
    config = write_config(tmp_path, fixture_site)
    assert invoke(config, "run").exit_code == 2  # no --once
    assert invoke(config, "history", "Nobody").exit_code == 2
    assert invoke(config, "diff", "Acme", "--format", "pdf").exit_code == 2


def test_every_command_has_help() -> None:
    for command in ("run", "history", "diff", "extract", "vendors", "status", "demo"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "Usage" in result.stdout


def test_console_script_entry_point(tmp_path: Path) -> None:
    config = tmp_path / "bad.yaml"
    config.write_text("nope: 1\n")
    proc = subprocess.run(
        [sys.executable, "-m", "monitor.cli", "--config", str(config), "status"],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 2 and "nope: unknown key" in proc.stderr

"""``policywatch alerts``: listing (--pending, --failed, --json), ``retry ID`` and ``deliver``."""

from __future__ import annotations

import json
from pathlib import Path

import typer
import yaml
from typer.testing import CliRunner

from monitor.cli_alerts import register
from storage.database import open_database
from tests.servers import LocalReceiver, closed_port
from tests.test_alerts_delivery import VENDORS, open_watchlist_db, queue_alert, states

runner = CliRunner()


def make_app() -> typer.Typer:
    from monitor.cli import main_options

    app = typer.Typer(add_completion=False)
    app.callback()(main_options)
    register(app)
    return app


def write_config(tmp_path: Path, hook_url: str) -> Path:
    data = {
        "database": f"sqlite:///{tmp_path / 'pw.db'}",
        "allow_private_addresses": True,
        "vendors": [v.model_dump(exclude_defaults=True) for v in VENDORS],
        "alerts": {
            "max_attempts": 2,
            "channels": [{"name": "hook", "type": "webhook", "options": {"url": hook_url, "timeout_s": 2}}],
        },
    }
    path = tmp_path / "policywatch.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def invoke(config: Path, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(make_app(), ["--config", str(config), "alerts", *args], catch_exceptions=False)


def test_list_retry_and_deliver(tmp_path: Path) -> None:
    with LocalReceiver(status=400) as receiver:
        config = write_config(tmp_path, receiver.url_for("/in"))
        db = open_watchlist_db(f"sqlite:///{tmp_path / 'pw.db'}")
        refused = queue_alert(db, "Acme <i>", ["hook"], summary="Acme <i>: 2 sections changed")

        result = invoke(config, "--pending", "--json")
        [listed] = json.loads(result.stdout)
        assert listed["id"] == refused and listed["vendor"] == "Acme <i>" and listed["kind"] == "policy_change"
        assert listed["deliveries"][0]["status"] == "pending"

        result = invoke(config, "deliver")  # 400: permanent, dead-lettered at once
        assert result.exit_code == 1 and "failed: " + refused in result.stdout
        failed = json.loads(invoke(config, "--failed", "--json").stdout)
        assert [a["id"] for a in failed] == [refused]
        assert "HTTP 400" in failed[0]["deliveries"][0]["last_error"]
        everything = json.loads(invoke(config, "--json").stdout)
        assert {a["kind"] for a in everything} == {"policy_change", "dead_letter"}
        dead = next(a for a in everything if a["kind"] == "dead_letter")
        assert dead["dead_letter_of"] == refused and dead["deliveries"] == []  # the only channel is the one that failed

        text = invoke(config).stdout
        assert refused in text and "hook: failed, 1 attempt(s)" in text and "no route matched" in text

        receiver.respond(204)
        result = invoke(config, "retry", refused[:8])
        assert result.exit_code == 0 and f"re-queued {refused[:8]} for hook" in result.stdout
        assert states(db, refused) == {"hook": ("pending", 0)}
        result = invoke(config, "deliver", "--json")
        assert result.exit_code == 0
        assert json.loads(result.stdout)["delivered"] == [{"id": refused, "channel": "hook"}]
        assert invoke(config, "--pending", "--json").stdout.strip() == "[]"
        assert invoke(config, "retry", refused).exit_code == 1  # nothing left to re-queue
        db.close()


def test_unknown_id_is_a_usage_error(tmp_path: Path) -> None:
    config = write_config(tmp_path, f"http://127.0.0.1:{closed_port()}/in")
    open_database(f"sqlite:///{tmp_path / 'pw.db'}").close()
    result = invoke(config, "retry", "doesnotexist")
    assert result.exit_code == 2
    assert "no alert 'doesnotexist'" in result.output

"""`policywatch demo`: the whole job, offline, on fixture sites of the five default vendors.

1. serve each vendor's fixture site (policy wrapped in realistic chrome) on 127.0.0.1;
2. crawl them into a fresh database (first versions);
3. edit two policies the way vendors do (a new recipient; a longer retention period) and change only
   the chrome of a third vendor;
4. crawl again: two `text` changes with section-located diffs, and no version for the chrome change;
5. deliver the change alerts to a local webhook receiver and a local SMTP server, and show what arrived.
"""

from __future__ import annotations

import json
import os
import secrets
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml
from rich.console import Console
from rich.rule import Rule

from config.loader import load_config
from monitor.alerts.webhook import verify_signature
from monitor.demo.servers import FixtureSite, Page, SmtpCatcher, WebhookReceiver
from monitor.diff import diff_texts, print_diff
from monitor.run import RunResult, run_once
from storage.database import open_database
from storage.queries import history, version_text

SITES_DIR = Path(__file__).resolve().parent / "sites"
WEBHOOK_SECRET_ENV = "POLICYWATCH_DEMO_WEBHOOK_SECRET"


@dataclass(frozen=True)
class DemoVendor:
    name: str
    slug: str
    category: str
    language: str
    path: str  # the policy's path on its fixture site, shaped like the real one
    edit: str | None = None  # what happens between the two crawls


DEMO_VENDORS = (
    DemoVendor("Koofr", "koofr", "storage", "sl", "/zasebnost", edit="a new third-party recipient"),
    DemoVendor("KOBEINmini", "kobeinmini", "saas", "sl", "/politika-zasebnosti/"),
    DemoVendor("Kotopro", "kotopro", "saas", "sv", "/sv/integritetspolicy/"),
    DemoVendor("CloudBacko", "cloudbacko", "backup", "en", "/en/support/company/privacy-policy", edit="a longer retention period"),
    DemoVendor("KOOPR", "koopr", "saas", "en", "/privacy-policy/", edit="chrome only (banner, menu, footer, script URL)"),
)


def fixture_page(slug: str, version: int) -> Page:
    name = "privacy.html" if version == 1 else f"privacy.v{version}.html"
    body = (SITES_DIR / slug / name).read_bytes()
    return Page(body, last_modified=time.time() - (86400 * 30 if version == 1 else 0))


def run_demo(console: Console, keep_dir: Path | None = None) -> int:
    """Run the demo; returns the process exit code (0 when everything happened as it should)."""
    started = time.monotonic()
    workdir = Path(keep_dir) if keep_dir else Path(tempfile.mkdtemp(prefix="policywatch-demo-"))
    workdir.mkdir(parents=True, exist_ok=True)
    os.environ[WEBHOOK_SECRET_ENV] = secrets.token_hex(16)

    sites = {v.slug: FixtureSite() for v in DEMO_VENDORS}
    with SmtpCatcher() as smtp, WebhookReceiver() as receiver:
        for site in sites.values():
            site.start()
        try:
            for vendor in DEMO_VENDORS:
                sites[vendor.slug].set_page(vendor.path, fixture_page(vendor.slug, 1))
            config_path = _write_demo_config(workdir, sites, smtp.port, receiver.base_url)
            config = load_config(config_path)
            db = open_database(config.database_url)

            console.print(Rule("policywatch demo"))
            console.print(f"Fixture sites of {len(DEMO_VENDORS)} vendors on 127.0.0.1; database {config.database_url}", markup=False)
            console.print(Rule("1. First crawl"))
            first = run_once(config, db)
            _print_outcomes(console, first)

            console.print(Rule("2. Vendors edit their pages"))
            for vendor in DEMO_VENDORS:
                if vendor.edit:
                    sites[vendor.slug].set_page(vendor.path, fixture_page(vendor.slug, 2))
                    console.print(f"{vendor.name}: {vendor.edit}", markup=False)

            console.print(Rule("3. Second crawl"))
            second = run_once(config, db)
            _print_outcomes(console, second)

            console.print(Rule("4. What changed, by section"))
            changed = [d for d in second.crawl.documents if d.change_kind == "text"]
            for outcome in changed:
                rows = history(db, outcome.vendor)
                old = version_text(db, rows[-2].id) or ""
                new = version_text(db, rows[-1].id) or ""
                console.print(f"[bold]{outcome.vendor}[/bold] {outcome.document}: version {rows[-2].id} → {rows[-1].id}")
                print_diff(console, diff_texts(old, new))
                _print_recheck(console, second, outcome.version_id)
            chrome_only = [v for v in DEMO_VENDORS if v.edit and v.edit.startswith("chrome")]
            for vendor in chrome_only:
                versions = history(db, vendor.name)
                console.print(
                    f"{vendor.name}: the page's bytes changed but its policy text did not: "
                    f"{len(versions)} version(s), no new version, no alert.",
                    markup=False,
                )

            console.print(Rule("5. Alerts received"))
            ok = _print_alerts(console, receiver, smtp)
            db.close()
        finally:
            for site in sites.values():
                site.stop()

    expected_changes = {v.name for v in DEMO_VENDORS if v.edit and not v.edit.startswith("chrome")}
    got_changes = {d.vendor for d in second.crawl.documents if d.change_kind == "text"}
    first_ok = all(d.change_kind == "first" for d in first.crawl.documents)
    success = ok and first_ok and got_changes == expected_changes
    elapsed = time.monotonic() - started
    console.print(Rule())
    if keep_dir:
        console.print(f"Explore it: policywatch --config {config_path} history Koofr", markup=False)
    console.print(f"demo {'finished' if success else 'FAILED'} in {elapsed:.1f} s", markup=False)
    if not success:
        console.print(
            f"expected text changes for {sorted(expected_changes)}, got {sorted(got_changes)}; "
            f"first crawl all new: {first_ok}; alerts ok: {ok}",
            markup=False,
        )
    return 0 if success else 1


def _write_demo_config(workdir: Path, sites: dict[str, FixtureSite], smtp_port: int, webhook_url: str) -> Path:
    vendors = [
        {
            "name": v.name,
            "category": v.category,
            "documents": [{"type": "privacy_policy", "url": sites[v.slug].url(v.path), "language": v.language}],
        }
        for v in DEMO_VENDORS
    ]
    config = {
        "database": f"sqlite:///{workdir / 'policywatch.db'}",
        "allow_private_addresses": True,  # the fixture sites live on 127.0.0.1
        "robots_txt": True,
        "crawl": {"download_delay": "0s", "timeout": "10s", "retry_times": 0},
        "change_confirmation": {"fetches": 1, "delay": "0s"},
        "alerts": {
            "channels": [
                {
                    "name": "compliance-mail",
                    "type": "email",
                    "options": {
                        "host": "127.0.0.1", "port": smtp_port, "security": "none",
                        "from_addr": "policywatch@demo.invalid", "to": ["compliance@demo.invalid"],
                    },
                },
                {
                    "name": "soc-webhook",
                    "type": "webhook",
                    "options": {"url": webhook_url + "/policywatch", "secret_env": WEBHOOK_SECRET_ENV},
                },
            ]
        },
        "vendors": vendors,
    }
    path = workdir / "policywatch.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def _print_outcomes(console: Console, result: RunResult) -> None:
    for document in result.crawl.documents:
        console.print("  " + document.line(), markup=False)
    for problem in result.sync.problems + result.crawl.errors:
        console.print("  " + problem, markup=False)


def _print_recheck(console: Console, result: RunResult, version_id: int | None) -> None:
    """What the compliance re-check of a new version found, against the version before it."""
    recheck = next((r.recheck for r in result.rechecks if r.version_id == version_id and r.recheck), None)
    if not recheck:
        return
    console.print(f"compliance re-check: severity {recheck['severity']}", markup=False)
    for signal in recheck.get("signals", []):
        console.print(f"  {signal['id']} {signal['severity']}: {signal.get('detail') or signal['evidence'][0][:100]}", markup=False)
    for flip in recheck.get("flips", []):
        console.print(f"  {flip['id']}{'.' + flip['field'] if flip.get('field') else ''}: {flip['before']} → {flip['after']}", markup=False)
    console.print("")


def _print_alerts(console: Console, receiver: WebhookReceiver, smtp: SmtpCatcher) -> bool:
    secret = os.environ[WEBHOOK_SECRET_ENV]
    console.print(f"Webhook receiver got {len(receiver.received)} POST(s):", markup=False)
    signatures_ok = True
    for request in receiver.received:
        payload = json.loads(request.body)
        valid = verify_signature(
            secret, request.headers.get("X-Policywatch-Timestamp", ""), request.body,
            request.headers.get("X-Policywatch-Signature", ""),
        )
        signatures_ok &= valid
        sections = [" › ".join(s["heading_path"]) for s in (payload.get("diff") or {}).get("sections", [])]
        console.print(
            f"  {payload['vendor']} {payload['document']} ({payload['kind']}, {payload['severity']}) "
            f"id={request.headers.get('X-Policywatch-Id')} signature {'valid' if valid else 'INVALID'}; "
            f"sections: {'; '.join(sections) or '-'}",
            markup=False,
        )
    console.print(f"SMTP server got {len(smtp.messages)} email(s):", markup=False)
    for message in smtp.messages:
        parts = [part.get_content_type() for part in message.walk() if not part.is_multipart()]
        console.print(f"  To {message['To']}: {message['Subject']}  [{', '.join(parts)}]", markup=False)
    return signatures_ok and len(receiver.received) >= 2 and len(smtp.messages) >= 2

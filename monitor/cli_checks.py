"""The `check` and `recheck` commands (contract: ../shared/spec/cli-contract.md). The lead wires them
with ``register(app)`` in monitor/cli.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import typer


def register(app: typer.Typer) -> None:
    """Add `check` and `recheck` to the policywatch CLI."""
    app.command("check")(check)
    app.command("recheck")(recheck_command)


def _rules() -> Any:
    from monitor.checks.rules import RulePackError, default_rules
    from monitor.cli import fail

    try:
        return default_rules()
    except RulePackError as exc:
        fail(str(exc))


def _read_policy_file(path: Path) -> str:
    """A text file in the policy text format, or an HTML page (extracted first)."""
    from monitor.cli import fail

    try:
        body = path.read_bytes()
    except OSError as exc:
        fail(f"cannot read {path}: {exc.strerror or exc}")
    head = body[:2048].lstrip().lower()
    if path.suffix.lower() in {".html", ".htm", ".xhtml"} or head.startswith((b"<!doctype html", b"<html")):
        from crawler.extract import extract_html

        result = extract_html(body)
        return result.text if result.outcome == "ok" else ""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        fail(f"{path}: not UTF-8 text or HTML")


def _vendor_category(name: str | None) -> tuple[str | None, str | None]:
    """(vendor name as configured, its category) when the configuration knows the vendor."""
    if not name:
        return None, None
    from config.loader import ConfigError, load_config
    from monitor.cli import state

    try:
        config = load_config(state.config_path)
    except ConfigError:
        return name, None
    for vendor in config.vendors:
        if vendor.name.casefold() == name.casefold():
            return vendor.name, vendor.category
    return name, None


def _latest_text(vendor: str, document: str | None) -> tuple[str, str, str | None]:
    """(text, vendor name, category) of a vendor's newest version."""
    from monitor.cli import configured_database, fail
    from storage.queries import find_vendor, history, version_text

    with configured_database() as (_config, db):
        row = find_vendor(db, vendor)
        if row is None:
            fail(f"{vendor!r} is neither a file nor a vendor in the database")
        rows = history(db, vendor, document or "privacy_policy") or history(db, vendor, document)
        if not rows:
            fail(f"{vendor}: no versions yet (run `policywatch run --once` first)")
        text = version_text(db, rows[-1].id) or ""
    return text, row.name, row.category


def _version_texts(vendor: str, before_id: int, after_id: int) -> tuple[str, str, str | None]:
    from monitor.cli import configured_database, fail
    from storage.queries import find_vendor, history, version_text

    with configured_database() as (_config, db):
        row = find_vendor(db, vendor)
        if row is None:
            fail(f"no vendor named {vendor!r} in the database")
        ids = {r.id for r in history(db, vendor)}
        for version_id in (before_id, after_id):
            if version_id not in ids:
                fail(f"version {version_id} is not a version of {row.name}")
        return version_text(db, before_id) or "", version_text(db, after_id) or "", row.category


def _run_check(text: str, *, lang: Optional[str], vendor: Optional[str], category: Optional[str]) -> Any:
    from monitor.checks.engine import CheckInputError, check_text
    from monitor.cli import fail

    try:
        return check_text(text, rules=_rules(), language=lang, vendor=vendor, category=category)
    except CheckInputError as exc:
        fail(str(exc))


def check(
    source: str = typer.Argument(..., metavar="FILE_OR_VENDOR", help="A policy text or HTML file, or a vendor name (its newest version)."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language of the text (default: detected per passage)."),
    category: Optional[str] = typer.Option(None, "--category", help="Vendor category for the requirements (storage, backup, saas …)."),
    document: Optional[str] = typer.Option(None, "--document", help="Document type of a vendor (default privacy_policy)."),
    as_json: bool = typer.Option(False, "--json", help="Print the contract JSON."),
) -> None:
    """Check a policy against the GDPR checklist (C01–C32) and the vendor requirements."""
    from monitor.cli import out, print_json

    path = Path(source)
    vendor_name: str | None = None
    if path.is_file():
        text = _read_policy_file(path)
    else:
        text, vendor_name, vendor_category = _latest_text(source, document)
        category = category or vendor_category
    report = _run_check(text, lang=lang, vendor=vendor_name, category=category)
    if as_json:
        print_json(report.as_contract())
    else:
        _print_report(report, out)
    if report.status == "empty":
        raise typer.Exit(1)


def recheck_command(
    before: str = typer.Argument(..., help="Older text/HTML file, or version id with --vendor."),
    after: str = typer.Argument(..., help="Newer text/HTML file, or version id with --vendor."),
    vendor: Optional[str] = typer.Option(None, "--vendor", help="Read BEFORE and AFTER as version ids of this vendor."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language of both texts (default: detected)."),
    category: Optional[str] = typer.Option(None, "--category", help="Vendor category (storage/backup raise R05/R14 to critical)."),
    as_json: bool = typer.Option(False, "--json", help="Print the contract JSON."),
) -> None:
    """What got worse between two versions: flips and risk signals (R01–R23) with severity."""
    from monitor.checks.signals import recheck
    from monitor.cli import fail, out, print_json

    if vendor:
        try:
            before_id, after_id = int(before), int(after)
        except ValueError:
            fail("with --vendor, BEFORE and AFTER are version ids (see `policywatch history VENDOR`)")
        before_text, after_text, vendor_category = _version_texts(vendor, before_id, after_id)
        category = category or vendor_category
    else:
        before_text = _read_policy_file(Path(before)) if Path(before).is_file() else fail(f"cannot read {before}: no such file")
        after_text = _read_policy_file(Path(after)) if Path(after).is_file() else fail(f"cannot read {after}: no such file")
    rules = _rules()
    old = _run_check(before_text, lang=lang, vendor=vendor, category=category)
    new = _run_check(after_text, lang=lang, vendor=vendor, category=category)
    result = recheck(old, new, category=category, rules=rules)
    if as_json:
        print_json(result.as_contract())
        return
    out.print(f"severity: {result.severity}", markup=False)
    for flip in result.flips:
        out.print(f"  flip {flip.id}{' ' + flip.field if flip.field else ''}: {flip.before} → {flip.after}", markup=False)
    for signal in result.signals:
        out.print(f"  {signal.id} [{signal.severity}] {signal.detail}", markup=False)
        for sentence in signal.evidence[:3]:
            out.print(f"      “{sentence}”", markup=False)


def _print_report(report: Any, out: Any) -> None:
    from rich.table import Table

    out.print(f"language: {report.language} ({report.status})", markup=False)
    if report.message:
        out.print(report.message, markup=False)
    if not report.findings:
        return
    table = Table("id", "status", "title", "value", "evidence")
    for finding in report.findings:
        evidence = finding.evidence[0] if finding.evidence else None
        where = f"{' › '.join(evidence.heading_path)}: {evidence.text[:80]}" if evidence else ""
        value = "" if finding.value is None else str(finding.value)[:60]
        table.add_row(finding.id, finding.status, finding.title, value, where)
    out.print(table)

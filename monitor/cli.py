"""The ``policywatch`` command line. Contract: ../shared/spec/cli-contract.md (kept in docs/cli.md).

Exit codes: 0 success; 1 the command ran but found a failure it reports (with ``--strict``);
2 bad usage or bad configuration (one clear message on stderr, nothing written).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn, Optional

import typer
from rich.console import Console

from config.loader import ConfigError, LoadedConfig, load_config
from storage.database import Database, DatabaseError, open_database

app = typer.Typer(
    name="policywatch",
    help="Watch vendors' privacy policies and terms: fetch, strip chrome, version, diff, check, alert.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


class _State:
    config_path: Optional[str] = None


state = _State()


def fail(message: str, code: int = 2) -> NoReturn:
    """Print one clear message on stderr and exit."""
    err.print(f"policywatch: {message}", markup=False)
    raise typer.Exit(code)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def get_config() -> LoadedConfig:
    try:
        return load_config(state.config_path)
    except ConfigError as exc:
        fail(str(exc))


def get_database(config: LoadedConfig) -> Database:
    try:
        return open_database(config.database_url)
    except DatabaseError as exc:
        fail(str(exc))


@contextmanager
def configured_database() -> Iterator[tuple[LoadedConfig, Database]]:
    """The loaded configuration and its open database, closed afterwards (exit 2 on either's error)."""
    config = get_config()
    db = get_database(config)
    try:
        yield config, db
    finally:
        db.close()


@app.callback()
def main_options(
    config: Optional[Path] = typer.Option(
        None, "--config", help="Configuration file (env POLICYWATCH_CONFIG; default config/policywatch.yaml).",
        envvar="POLICYWATCH_CONFIG", show_envvar=False,
    ),
) -> None:
    """Watch vendors' privacy policies and terms."""
    state.config_path = str(config) if config else None


@app.command()
def run(
    once: bool = typer.Option(False, "--once", help="Check every document now, then exit."),
    vendor: Optional[str] = typer.Option(None, "--vendor", help="Only this vendor's documents."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 when a document could not be checked."),
    as_json: bool = typer.Option(False, "--json", help="Print the outcomes as JSON."),
) -> None:
    """Check documents now and print one line per document outcome."""
    from monitor.run import UnknownVendorError, run_once

    if not once:
        fail("`run` needs --once (checking on a schedule is `policywatch daemon`)")
    with configured_database() as (config, db):
        try:
            result = run_once(config, db, vendor=vendor)
        except UnknownVendorError as exc:
            fail(str(exc))
    if as_json:
        print_json(
            {
                "documents": [d.__dict__ for d in result.crawl.documents],
                "problems": result.sync.problems + result.crawl.errors,
                "alerts": {
                    "delivered": len(result.delivery.delivered),
                    "retrying": len(result.delivery.retrying),
                    "failed": len(result.delivery.failed),
                },
            }
        )
    else:
        for problem in result.sync.problems:
            out.print(problem, markup=False)
        for document in result.crawl.documents:
            out.print(document.line(), markup=False)
        for problem in result.crawl.errors:
            out.print(problem, markup=False)
        delivery = result.delivery
        if delivery.delivered or delivery.retrying or delivery.failed:
            out.print(
                f"alerts: {len(delivery.delivered)} delivered, {len(delivery.retrying)} to retry, "
                f"{len(delivery.failed)} failed",
                markup=False,
            )
            for alert_id, channel, error in delivery.retrying + delivery.failed:
                out.print(f"  alert {alert_id} via {channel}: {error}", markup=False)
    if strict and (result.crawl.failures or result.crawl.errors):
        raise typer.Exit(1)


@app.command()
def history(
    vendor: str = typer.Argument(..., help="Vendor name (case-insensitive)."),
    document: Optional[str] = typer.Option(None, "--document", help="Document type, e.g. privacy_policy."),
    as_json: bool = typer.Option(False, "--json", help="JSON list, oldest first (contract fields)."),
) -> None:
    """List the versions of a vendor's documents, oldest first."""
    from storage.queries import find_vendor, history as read_history

    with configured_database() as (_config, db):
        if find_vendor(db, vendor) is None:
            fail(f"no vendor named {vendor!r} in the database (run `policywatch run --once` first)")
        rows = read_history(db, vendor, document)
    if as_json:
        print_json([r.as_contract() for r in rows])
        return
    if not rows:
        out.print(f"{vendor}: no versions yet", markup=False)
        return
    from rich.table import Table

    table = Table("id", "document", "first seen", "last seen", "change", "words", "lang", "sha256")
    for r in rows:
        table.add_row(
            str(r.id), r.document, f"{r.first_seen:%Y-%m-%d %H:%M}", f"{r.last_seen:%Y-%m-%d %H:%M}",
            r.change_kind, str(r.words), r.language or "", r.text_sha256[:12],
        )
    out.print(table)


@app.command()
def diff(
    vendor: str = typer.Argument(..., help="Vendor name (case-insensitive)."),
    document: Optional[str] = typer.Option(None, "--document", help="Document type, e.g. privacy_policy."),
    from_id: Optional[int] = typer.Option(None, "--from", help="Older version id (default: the one before --to)."),
    to_id: Optional[int] = typer.Option(None, "--to", help="Newer version id (default: the latest)."),
    fmt: str = typer.Option("text", "--format", help="text (colored), unified, html or json."),
) -> None:
    """Show what changed between two versions, located by section."""
    from monitor.diff import diff_texts, diff_to_dict, print_diff, render_html, render_unified
    from storage.queries import find_vendor, history as read_history, version_text

    if fmt not in {"text", "unified", "html", "json"}:
        fail(f"--format must be text, unified, html or json, not {fmt!r}")
    with configured_database() as (_config, db):
        if find_vendor(db, vendor) is None:
            fail(f"no vendor named {vendor!r} in the database")
        rows = read_history(db, vendor, document)
        if document is None and len({r.document_id for r in rows}) > 1:
            fail(f"{vendor} has several documents; choose one with --document")
        if not rows:
            fail(f"{vendor}: no versions yet")
        by_id = {r.id: r for r in rows}
        to_row = by_id.get(to_id) if to_id is not None else rows[-1]
        if to_row is None:
            fail(f"version {to_id} is not a version of {vendor}")
        if from_id is not None:
            from_row = by_id.get(from_id)
            if from_row is None:
                fail(f"version {from_id} is not a version of {vendor}")
        else:
            earlier = [r for r in rows if r.document_id == to_row.document_id and r.id < to_row.id]
            from_row = earlier[-1] if earlier else None
        old_text = version_text(db, from_row.id) if from_row else ""
        new_text = version_text(db, to_row.id) or ""
    policy_diff = diff_texts(old_text or "", new_text)
    from_ref = from_row.id if from_row else None
    if fmt == "json":
        print_json(diff_to_dict(policy_diff, from_id=from_ref, to_id=to_row.id, change_kind=to_row.change_kind))
    elif fmt == "unified":
        sys.stdout.write(render_unified(old_text or "", new_text, from_label=f"version {from_ref}", to_label=f"version {to_row.id}"))
    elif fmt == "html":
        sys.stdout.write(render_html(policy_diff, title=f"{to_row.vendor} {to_row.document}: {from_ref} → {to_row.id}"))
    else:
        out.print(f"{to_row.vendor} {to_row.document}: version {from_ref} → {to_row.id} ({to_row.change_kind})", markup=False)
        print_diff(out, policy_diff)


@app.command()
def extract(
    source: str = typer.Argument(..., metavar="FILE_OR_URL", help="An HTML file or an http(s) URL."),
    select: list[str] = typer.Option([], "--select", help="CSS selector of the policy text (repeatable)."),
    remove: list[str] = typer.Option([], "--remove", help="CSS selector of chrome to remove (repeatable)."),
    declaration: Optional[Path] = typer.Option(None, "--declaration", help="An Open Terms Archive declaration file."),
) -> None:
    """Print the policy text of a page, one block per line."""
    from crawler.pipelines import extract_document
    from monitor.fetch_one import FetchOneError, declaration_selectors, fetch_one

    select_items: list[Any] = list(select)
    remove_items: list[Any] = list(remove)
    if declaration is not None:
        try:
            extra_select, extra_remove = declaration_selectors(declaration)
        except (OSError, ValueError) as exc:
            fail(f"{declaration}: {exc}")
        select_items += extra_select
        remove_items += extra_remove
    header_charset = content_type = None
    if source.startswith(("http://", "https://")):
        config = get_config()
        try:
            body, header_charset, content_type = fetch_one(source, config)
        except FetchOneError as exc:
            fail(str(exc), code=1)
    else:
        try:
            body = Path(source).read_bytes()
        except OSError as exc:
            fail(f"cannot read {source}: {exc.strerror or exc}")
    checked = extract_document(
        body, content_type=content_type, header_charset=header_charset, select=select_items, remove=remove_items
    )
    result = checked.extraction
    if result.outcome != "ok":
        fail(f"{source}: {result.outcome}: {result.message}", code=1)
    for note in (checked.selector_problem, result.message):
        if note:
            err.print(f"policywatch: note: {note}", markup=False)
    sys.stdout.write(result.text)


@app.command()
def vendors(as_json: bool = typer.Option(False, "--json", help="Print as JSON.")) -> None:
    """List watched vendors and their documents."""
    from storage.queries import list_vendors
    from storage.recording import sync_watchlist

    with configured_database() as (config, db):
        sync_watchlist(db, config.vendors, default_interval=config.settings.crawl.default_interval)
        data = list_vendors(db)
    if as_json:
        print_json(data)
        return
    from rich.table import Table

    table = Table("vendor", "category", "document", "url", "status", "versions")
    for vendor_row in data:
        for doc in vendor_row["documents"]:
            if doc["active"]:
                table.add_row(vendor_row["vendor"], vendor_row["category"] or "", doc["document"], doc["url"],
                              doc["status"], str(doc["versions"]))
    out.print(table)


@app.command()
def status(as_json: bool = typer.Option(False, "--json", help="Print as JSON (contract fields).")) -> None:
    """Per document: last check, next check, last outcome, versions; and the alert outbox."""
    from storage.queries import document_status

    with configured_database() as (_config, db):
        data = document_status(db)
    if as_json:
        print_json(data)
        return
    from rich.table import Table

    table = Table("vendor", "document", "last checked", "next check", "last outcome", "versions")
    for d in data["documents"]:
        table.add_row(d["vendor"], d["document"], d["last_checked"] or "never", d["next_check"] or "",
                      d["last_outcome"] or "", str(d["versions"]))
    out.print(table)
    out.print(f"alerts pending: {data['alerts_pending']}, failed: {data['alerts_failed']}", markup=False)


@app.command()
def demo(
    keep: Optional[Path] = typer.Option(None, "--keep", help="Keep the demo database in this directory."),
) -> None:
    """Run the offline demo: fixture vendor sites on 127.0.0.1, crawl, edit, re-crawl, diff, alert."""
    from monitor.demo.run import run_demo

    raise typer.Exit(run_demo(out, keep_dir=keep))


def _register_command_groups() -> None:
    """Commands that live in their own modules."""
    from monitor.cli_alerts import register as register_alerts
    from monitor.cli_checks import register as register_checks
    from monitor.cli_daemon import register as register_daemon
    from monitor.cli_ota import register as register_ota

    register_alerts(app)
    register_checks(app)
    register_daemon(app)
    register_ota(app)


_register_command_groups()


def main() -> None:
    app()


if __name__ == "__main__":
    main()

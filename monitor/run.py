"""One monitoring pass: sync the watchlist, check documents, deliver alerts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from config.loader import LoadedConfig
from crawler.batch import CrawlReport, crawl_documents_in
from monitor.alerts.outbox import DeliveryReport, deliver_configured
from monitor.checks.store import recheck_new_versions
from storage.database import Database
from storage.recording import WatchlistSync, due_document_ids, sync_watchlist


@dataclass
class RunResult:
    sync: WatchlistSync
    crawl: CrawlReport
    delivery: DeliveryReport = field(default_factory=DeliveryReport)
    rechecks: list[Any] = field(default_factory=list)


class UnknownVendorError(LookupError):
    pass


def run_once(config: LoadedConfig, db: Database, *, vendor: str | None = None, deliver: bool = True) -> RunResult:
    """Check every active document (or one vendor's) now, record what changed, deliver pending alerts."""
    vendor_name = None
    if vendor is not None:  # checked before anything is written
        matches = [v.name for v in config.vendors if v.name.casefold() == vendor.casefold()]
        if not matches:
            raise UnknownVendorError(f"no vendor named {vendor!r} in the watchlist")
        vendor_name = matches[0]
    sync = sync_watchlist(db, config.vendors, default_interval=config.settings.crawl.default_interval)
    ids = sorted(due_document_ids(db, vendor=vendor_name, all_active=True))
    crawl = crawl_documents_in(ids, db, config=config)
    # compliance re-check of every new version, before its alert goes out (it adds the flips and signals)
    rechecks = recheck_new_versions(db, config)
    result = RunResult(sync=sync, crawl=crawl, rechecks=rechecks)
    if deliver:
        result.delivery = deliver_configured(db, config)
    return result

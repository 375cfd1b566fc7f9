"""One monitoring pass: sync the watchlist, check documents, deliver alerts."""

from __future__ import annotations

from dataclasses import dataclass, field

from config.loader import LoadedConfig
from crawler.batch import CrawlReport, crawl_documents
from monitor.alerts.outbox import DeliveryReport, channels_from_config, deliver_pending
from storage.database import Database
from storage.recording import WatchlistSync, due_document_ids, sync_watchlist


@dataclass
class RunResult:
    sync: WatchlistSync
    crawl: CrawlReport
    delivery: DeliveryReport = field(default_factory=DeliveryReport)


class UnknownVendorError(LookupError):
    pass


def run_once(config: LoadedConfig, db: Database, *, vendor: str | None = None, deliver: bool = True) -> RunResult:
    """Check every active document (or one vendor's) now, record what changed, deliver pending alerts."""
    sync = sync_watchlist(db, config.vendors, default_interval=config.settings.crawl.default_interval)
    vendor_name = None
    if vendor is not None:
        matches = [v.name for v in config.vendors if v.name.casefold() == vendor.casefold()]
        if not matches:
            raise UnknownVendorError(f"no vendor named {vendor!r} in the watchlist")
        vendor_name = matches[0]
    ids = sorted(due_document_ids(db, vendor=vendor_name, all_active=True))
    crawl = crawl_documents(ids, db.url, config=config)
    result = RunResult(sync=sync, crawl=crawl)
    if deliver:
        result.delivery = deliver_pending(
            db, channels_from_config(config), max_attempts=config.settings.alerts.max_attempts
        )
    return result

"""The crawl of a batch of documents: a function of (document ids, database URL).

It does not assume it runs inside the daemon: the CLI calls it, the daemon awaits its coroutine form
on its own reactor, and a worker process (e.g. a Celery task against PostgreSQL) can call
``crawl_documents(ids, database_url)`` directly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from config.loader import LoadedConfig, load_config
from config.routing import router_from_config
from crawler.extract import EXTRACTOR_VERSION
from crawler.page_checks import extraction_fingerprint
from crawler.pipelines import CrawlContext
from crawler.runtime import run_in_reactor
from crawler.settings import crawl_settings
from crawler.spider import PolicySpider
from storage import outcomes
from storage.changes import ChangePolicy
from storage.database import Database, process_database
from storage.models import utcnow
from storage.queries import FetchTarget, fetch_targets


@dataclass(frozen=True)
class DocumentOutcome:
    """How the check of one document ended."""

    document_id: int
    vendor: str
    document: str
    url: str
    outcome: str
    message: str | None = None
    change_kind: str | None = None
    version_id: int | None = None
    alert_id: str | None = None

    def line(self) -> str:
        """One clear line for `run` output."""
        head = f"{self.vendor} {self.document}: {self.outcome}"
        if self.change_kind:
            head += f", new version {self.version_id} ({self.change_kind})"
        elif self.outcome in outcomes.SUCCESS_OUTCOMES:
            head += ", unchanged"
        if self.message and self.outcome not in outcomes.SUCCESS_OUTCOMES:
            head += f": {self.message}"
        return head


@dataclass
class CrawlReport:
    started_at: datetime
    finished_at: datetime | None = None
    documents: list[DocumentOutcome] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def failures(self) -> list[DocumentOutcome]:
        return [d for d in self.documents if d.outcome not in outcomes.SUCCESS_OUTCOMES]

    @property
    def changes(self) -> list[DocumentOutcome]:
        return [d for d in self.documents if d.change_kind]


def crawl_documents(
    document_ids: Sequence[int], database_url: str, *, config: LoadedConfig | None = None
) -> CrawlReport:
    """Check the given documents now and record what was found. Safe to call many times per process."""
    config = config or load_config()
    # kept open between calls: see process_database
    return crawl_documents_in(document_ids, process_database(database_url), config=config)


def crawl_documents_in(document_ids: Sequence[int], db: Database, *, config: LoadedConfig) -> CrawlReport:
    """:func:`crawl_documents` on a database the caller has open (``run --once``), from synchronous code."""
    return run_in_reactor(lambda: crawl_documents_async(document_ids, db, config=config))


async def crawl_documents_async(
    document_ids: Sequence[int], db: Database, *, config: LoadedConfig
) -> CrawlReport:
    """The coroutine form, for a process already running the asyncio reactor (the daemon)."""
    from scrapy.crawler import AsyncCrawlerRunner

    report = CrawlReport(started_at=utcnow())
    targets = fetch_targets(db, list(document_ids))
    if targets:
        context = CrawlContext(
            db=db,
            alert_channels=router_from_config(config),
            max_page_bytes=config.settings.crawl.max_page_bytes,
            policy=change_policy(config),
            ignore_patterns=ignore_patterns(config, targets),
        )
        shared: dict[str, str] = {}  # one string per distinct fingerprint, not one per document

        def fingerprint(t: FetchTarget) -> str:
            value = extraction_fingerprint(EXTRACTOR_VERSION, t.select, t.remove, context.ignore_patterns[t.document_id])
            return shared.setdefault(value, value)

        context.fingerprints = {t.document_id: fingerprint(t) for t in targets}
        runner = AsyncCrawlerRunner(crawl_settings(config.settings))
        await runner.crawl(PolicySpider, targets=targets, context=context)
        report.documents = _outcomes_in_order(targets, context)
        report.errors = context.errors
    report.finished_at = utcnow()
    return report


def change_policy(config: LoadedConfig) -> ChangePolicy:
    """The change-detection rules of the configuration."""
    settings = config.settings
    detection = settings.change_detection
    return ChangePolicy(
        confirm_fetches=settings.change_confirmation.fetches,
        confirm_delay=settings.change_confirmation.delay,
        min_words=detection.min_words,
        max_shrink=detection.max_shrink,
        min_overlap=detection.min_overlap,
        failure_alert_after=detection.failure_alert_after,
        accept_language_switch_after=detection.accept_language_switch_after,
    )


def ignore_patterns(config: LoadedConfig, targets: list[FetchTarget]) -> dict[int, list[str]]:
    """Per document: the global ignore patterns (configuration) plus the document's own (database, as
    the watchlist sync stored them), so that the crawl needs no watchlist."""
    common = list(config.settings.change_detection.ignore)
    # the common list is shared by the documents without patterns of their own (most of them)
    return {t.document_id: [*common, *t.ignore] if t.ignore else common for t in targets}


def _outcomes_in_order(targets: list[FetchTarget], context: CrawlContext) -> list[DocumentOutcome]:
    by_document = {target.document_id: (target, recorded) for target, recorded in context.results}
    result = []
    for target in targets:
        found = by_document.get(target.document_id)
        if found is None:
            result.append(
                DocumentOutcome(
                    target.document_id, target.vendor, target.doc_type, target.url, "not_checked",
                    message="the crawl ended before this document was recorded",
                )
            )
            continue
        _item, recorded = found
        result.append(
            DocumentOutcome(
                document_id=target.document_id,
                vendor=target.vendor,
                document=target.doc_type,
                url=target.url,
                outcome=recorded.outcome,
                message=recorded.message,
                change_kind=recorded.change_kind,
                version_id=recorded.version_id,
                alert_id=recorded.alert_id,
            )
        )
    return result

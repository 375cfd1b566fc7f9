"""Item pipeline: turn each FetchResult into policy text and record it."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler

from crawler.extract import EXTRACTOR_VERSION, extract_html
from crawler.items import FetchResult
from crawler.normalize import count_words, text_sha256
from storage import outcomes
from storage.blobs import sha256_hex
from storage.database import Database
from storage.recording import FetchRecord, RecordedFetch, record_fetch


@dataclass
class CrawlContext:
    """What a crawl's pipeline needs, handed to the spider by ``crawler.batch``."""

    db: Database
    alert_channels: list[str]
    max_page_bytes: int
    results: list[tuple[FetchResult, RecordedFetch]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def fetch_record_from(result: FetchResult, *, max_page_bytes: int) -> FetchRecord:
    """Extract policy text from a fetched body (unless nothing can have changed) into a FetchRecord."""
    target = result.target
    common: dict[str, Any] = {
        "document_id": target.document_id,
        "url": target.url,
        "started_at": result.started_at,
        "finished_at": result.finished_at,
        "final_url": result.final_url,
        "http_status": result.http_status,
        "headers": result.headers,
        "etag": result.headers.get("etag"),
        "last_modified": result.headers.get("last-modified"),
    }
    if result.outcome != outcomes.OK or result.body is None:
        return FetchRecord(outcome=result.outcome, message=result.message, **common)

    body = result.body
    raw_sha = sha256_hex(body)
    if target.has_version and raw_sha == target.last_raw_sha256:
        return FetchRecord(outcome=outcomes.UNCHANGED_RAW, raw_sha256=raw_sha, **common)

    extraction = extract_html(
        body,
        header_charset=result.header_charset,
        select=target.select,
        remove=target.remove,
        max_bytes=max_page_bytes,
    )
    # keep the raw page as evidence unless it is over the size limit
    evidence = body if extraction.outcome != outcomes.TOO_LARGE else None
    if extraction.outcome != outcomes.OK:
        return FetchRecord(
            outcome=extraction.outcome,
            message=extraction.message or f"{extraction.outcome} page at {result.final_url or target.url}",
            raw_body=evidence,
            raw_sha256=raw_sha if evidence is not None else None,
            extractor_version=EXTRACTOR_VERSION,
            **common,
        )
    return FetchRecord(
        outcome=outcomes.OK,
        message=extraction.message or None,
        raw_body=body,
        raw_sha256=raw_sha,
        text=extraction.text,
        text_sha256=text_sha256(extraction.text),
        words=count_words(extraction.text),
        language=extraction.language_hint or target.language,
        extractor_version=EXTRACTOR_VERSION,
        **common,
    )


class RecordFetchPipeline:
    """Extract and record every FetchResult; the crawl never dies on one bad page."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RecordFetchPipeline:
        return cls(crawler)

    async def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if not isinstance(item, FetchResult):
            return item
        context: CrawlContext = (spider or self.crawler.spider).context  # type: ignore[union-attr]
        try:
            recorded = await asyncio.to_thread(self._record, context, item)
        except Exception as exc:  # recorded nothing: the transaction rolled back
            context.errors.append(f"{item.target.vendor} {item.target.doc_type}: could not record the fetch: {exc!r}")
            return item
        context.results.append((item, recorded))
        return item

    @staticmethod
    def _record(context: CrawlContext, item: FetchResult) -> RecordedFetch:
        record = fetch_record_from(item, max_page_bytes=context.max_page_bytes)
        return record_fetch(context.db, record, alert_channels=context.alert_channels)

"""The spider that checks a batch of watched documents, one request each."""

from __future__ import annotations

import weakref
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from crawler.domains import registrable_domain
from crawler.items import FetchResult
from crawler.middlewares import RefusedAddressError
from storage import outcomes
from storage.models import utcnow
from storage.queries import FetchTarget

# statuses handed to the callback instead of being dropped; 3xx stay with the redirect middleware
HANDLED_STATUSES = [304, *range(400, 600)]
KEPT_HEADERS = (
    "content-type",
    "content-length",
    "etag",
    "last-modified",
    "retry-after",
    "server",
    "location",
    "cache-control",
    "content-language",
)

# lazy start(): requests handed to Scrapy's scheduler before waiting for it to drain (at least)
START_CHUNK_MIN = 64
START_WAIT_MAX = 5.0


def download_slot(url: str) -> str:
    """One politeness slot per registrable domain, so a vendor's subdomains share it."""
    return registrable_domain(urlsplit(url).hostname or "")


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be fetched, or None when it looks like an http(s) URL."""
    try:
        parts = urlsplit(url.strip())
    except ValueError as exc:
        return f"malformed URL {url!r}: {exc}"
    if parts.scheme not in ("http", "https"):
        return f"malformed URL {url!r}: only http and https URLs can be watched"
    if not parts.hostname:
        return f"malformed URL {url!r}: no host name"
    try:
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        return f"malformed URL {url!r}: bad port"
    return None


class PolicySpider(scrapy.Spider):
    """Requests each target once, with its validators, and yields a FetchResult per target."""

    name = "policywatch"

    def __init__(self, targets: list[FetchTarget], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.targets = targets
        self.stopping = False
        _running_spiders.add(self)

    async def start(self) -> AsyncIterator[Any]:
        """One request per target, fed lazily: Scrapy reads ``start()`` as fast as it can into its
        scheduler whenever the downloader is busy, so after each chunk of requests this waits until the
        scheduler is empty again (instead of holding a Request for each of 10,000 documents)."""
        chunk = self._start_chunk()
        since_wait = 0
        for target in self.targets:
            if self.stopping:  # a graceful stop: what was not requested yet stays due
                return
            problem = url_problem(target.url)
            if problem:
                now = utcnow()
                yield FetchResult(target, now, now, outcomes.INVALID_URL, message=problem)
                continue
            yield self._request_for(target)
            since_wait += 1
            if since_wait >= chunk:
                since_wait = 0
                await self._scheduler_drained()

    def _start_chunk(self) -> int:
        settings = getattr(self, "settings", None)
        concurrency = settings.getint("CONCURRENT_REQUESTS", 16) if settings is not None else 16
        return max(2 * concurrency, START_CHUNK_MIN)

    async def _scheduler_drained(self) -> None:
        """Wait for Scrapy's ``scheduler_empty`` signal (sent when the downloader wants more and the
        scheduler has none); at most START_WAIT_MAX seconds, so a missed signal only costs a pause."""
        import asyncio

        from scrapy import signals

        crawler = getattr(self, "crawler", None)
        if crawler is None:
            return
        try:
            await asyncio.wait_for(crawler.signals.wait_for(signals.scheduler_empty), timeout=START_WAIT_MAX)
        except TimeoutError:
            pass

    def _request_for(self, target: FetchTarget) -> scrapy.Request:
        headers: dict[str, str] = {"Accept": "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5"}
        context = getattr(self, "context", None)
        fingerprint = context.fingerprints.get(target.document_id) if context is not None else None
        same_extraction = fingerprint is None or fingerprint == target.latest_extractor_version
        # a 304 is only useful when we hold the text, made the way we would make it today
        if target.has_version and same_extraction:
            if target.etag:
                headers["If-None-Match"] = target.etag
            if target.last_modified:
                headers["If-Modified-Since"] = target.last_modified
        return scrapy.Request(
            target.url.strip(),
            callback=self.parse_document,
            errback=self.on_download_error,
            headers=headers,
            dont_filter=True,
            meta={
                "dont_obey_robotstxt": not self._obeys_robots_txt(target),
                "target": target,
                "started_at": utcnow(),
                "download_slot": download_slot(target.url.strip()),
                "handle_httpstatus_list": HANDLED_STATUSES,
            },
        )

    def _obeys_robots_txt(self, target: FetchTarget) -> bool:
        if target.robots_txt is not None:
            return target.robots_txt
        settings = getattr(self, "settings", None)
        return settings.getbool("POLICYWATCH_ROBOTS_TXT", True) if settings is not None else True

    def parse_document(self, response: Response) -> Any:
        target: FetchTarget = response.meta["target"]
        headers = _kept_headers(response)
        content_type = headers.get("content-type")
        charset = _charset_of(content_type)
        result = FetchResult(
            target=target,
            started_at=response.meta["started_at"],
            finished_at=utcnow(),
            outcome=outcomes.OK,
            http_status=response.status,
            final_url=response.url,
            headers=headers,
            content_type=content_type,
            header_charset=charset,
        )
        if response.status == 304:
            result.outcome = outcomes.NOT_MODIFIED
        elif response.status >= 400:
            result.outcome = outcomes.HTTP_ERROR
            result.message = f"HTTP {response.status} from {response.url}"
        else:
            result.body = response.body
        yield result

    def on_download_error(self, failure: Failure) -> Any:
        request = failure.request  # type: ignore[attr-defined]
        target: FetchTarget = request.meta["target"]
        outcome, message = classify_failure(failure, request.url)
        yield FetchResult(
            target=target,
            started_at=request.meta.get("started_at") or utcnow(),
            finished_at=utcnow(),
            outcome=outcome,
            message=message,
        )


_running_spiders: weakref.WeakSet[PolicySpider] = weakref.WeakSet()


async def stop_running_crawls() -> None:
    """Gracefully stop every crawl of this process (the daemon's SIGTERM): no new request is started,
    requests already handed to the downloader finish and are recorded, the rest stays due."""
    import asyncio

    stops = []
    for spider in list(_running_spiders):
        spider.stopping = True
        crawler = getattr(spider, "crawler", None)
        if crawler is not None and crawler.crawling:
            stops.append(crawler.stop_async())
    if stops:
        await asyncio.gather(*stops, return_exceptions=True)


def classify_failure(failure: Failure, url: str) -> tuple[str, str]:
    """Map a download failure to a fetch outcome and one clear line."""
    error = failure.value
    name = type(error).__name__
    text = str(error) or name
    if isinstance(error, RefusedAddressError):
        return outcomes.REFUSED_ADDRESS, text
    if name == "IgnoreRequest" and "robots.txt" in text:
        return outcomes.ROBOTS_DISALLOWED, f"robots.txt disallows {url}"
    if "Timeout" in name or "TimeoutError" in name:
        return outcomes.TIMEOUT, f"timed out fetching {url} ({name})"
    if name == "DownloadCancelledError" or "max size" in text.lower() or "maxsize" in text.lower():
        return outcomes.TOO_LARGE, f"page larger than the size limit: {text}"
    if name in {"CannotResolveHostError", "DNSLookupError"}:
        return outcomes.NETWORK_ERROR, f"cannot resolve host of {url}"
    if "ConnectionRefused" in name:
        return outcomes.NETWORK_ERROR, f"connection refused by {url}"
    return outcomes.NETWORK_ERROR, f"{name} fetching {url}: {text}"


def _kept_headers(response: Response) -> dict[str, str]:
    kept = {}
    for name in KEPT_HEADERS:
        value = response.headers.get(name)
        if value is not None:
            kept[name] = value.decode("latin-1")[:1000]
    return kept


def _charset_of(content_type: str | None) -> str | None:
    if not content_type:
        return None
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None

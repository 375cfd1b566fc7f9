"""Scrapy settings for policywatch crawls, derived from the configuration."""

from __future__ import annotations

from typing import Any

from scrapy.settings import default_settings

from config.schema import Settings

SPIDER_MIDDLEWARES: dict[str, int] = {}
DOWNLOADER_MIDDLEWARES = {
    # before RobotsTxtMiddleware (100): refuse private addresses before anything is sent, robots.txt included
    "crawler.middlewares.AddressGuardMiddleware": 50,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.SharedRobotsTxtMiddleware": 100,
}
# Scrapy components a policy crawl never uses. Scrapy imports every component its settings name, also
# one switched off by a setting or by `None` in DOWNLOADER_MIDDLEWARES / EXTENSIONS, so these are left
# out of its *_BASE lists instead: remote_control imports aiohttp's web server (~5 MB per crawling
# process, although REMOTE_CONTROL_ENABLED is False), cookies imports tldextract, requests and
# filelock (~2 MB, although COOKIES_ENABLED is False).
UNUSED_COMPONENTS = frozenset({
    "scrapy.downloadermiddlewares.cookies.CookiesMiddleware",
    "scrapy.extensions.telnet.TelnetConsole",
    "scrapy.extensions.remote_control.RemoteControl",
    "scrapy.extensions.feedexport.FeedExporter",
})

ITEM_PIPELINES = {
    "crawler.pipelines.RecordFetchPipeline": 300,
    # after recording: drop the page body, so a crawl of 10,000 pages does not keep 10,000 bodies
    "crawler.middlewares.ReleaseBodyPipeline": 900,
}


def _without_unused(base: dict[str, int]) -> dict[str, int]:
    return {path: order for path, order in base.items() if path not in UNUSED_COMPONENTS}


def crawl_settings(settings: Settings) -> dict[str, Any]:
    """The Scrapy settings of one crawl: polite, bounded, quiet."""
    crawl = settings.crawl
    return {
        "BOT_NAME": "policywatch",
        "USER_AGENT": crawl.user_agent,
        # the middleware stays on so that a document can opt in or out (`robots_txt:` per document);
        # the spider marks each request with the effective decision (POLICYWATCH_ROBOTS_TXT is the default)
        "ROBOTSTXT_OBEY": True,
        "POLICYWATCH_ROBOTS_TXT": settings.robots_txt,
        "POLICYWATCH_MAX_CRAWL_DELAY": crawl.max_crawl_delay.total_seconds(),
        "POLICYWATCH_ROBOTS_TXT_MAX_AGE": crawl.robots_txt_max_age.total_seconds(),
        "ROBOTSTXT_USER_AGENT": "policywatch",
        "CONCURRENT_REQUESTS": crawl.concurrent_requests,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
        # a callback yields exactly one item; Scrapy starts CONCURRENT_ITEMS worker tasks per response
        # (default 100), which cost more CPU than the rest of an unchanged page's handling
        "CONCURRENT_ITEMS": 1,
        # response bytes waiting for the pipeline before Scrapy stops downloading (default 5 MB: a hundred
        # 50 KB pages held while the writer records changed ones, ~10 MB of C heap at N=10,000 (b))
        "SCRAPER_SLOT_MAX_ACTIVE_SIZE": 1_000_000,
        # Scrapy parses a generator callback's source (inspect + ast) to warn about `return value`; its
        # cache is keyed by the bound method, a new object per request, so it re-parsed on every
        # response: ~1.2 ms of CPU per page, a quarter of an unchanged page's cost
        "WARN_ON_GENERATOR_RETURN_VALUE": False,
        "DOWNLOAD_DELAY": crawl.download_delay.total_seconds(),
        "DOWNLOAD_TIMEOUT": max(crawl.timeout.total_seconds(), 1.0),
        "DNS_TIMEOUT": min(max(crawl.timeout.total_seconds(), 1.0), 15.0),
        "DOWNLOAD_MAXSIZE": crawl.max_page_bytes,
        "DOWNLOAD_WARNSIZE": 0,
        "RETRY_ENABLED": crawl.retry_times > 0,
        "RETRY_TIMES": crawl.retry_times,
        "REDIRECT_MAX_TIMES": 10,
        "COOKIES_ENABLED": False,
        "HTTPCACHE_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,
        "LOG_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        "STATS_DUMP": False,
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        "DOWNLOADER_MIDDLEWARES": DOWNLOADER_MIDDLEWARES,
        "SPIDER_MIDDLEWARES": SPIDER_MIDDLEWARES,
        "ITEM_PIPELINES": ITEM_PIPELINES,
        "POLICYWATCH_ALLOW_PRIVATE_ADDRESSES": settings.allow_private_addresses,
        "DOWNLOADER_MIDDLEWARES_BASE": _without_unused(default_settings.DOWNLOADER_MIDDLEWARES_BASE),
        "EXTENSIONS_BASE": _without_unused(default_settings.EXTENSIONS_BASE),
    }

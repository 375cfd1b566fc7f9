"""Downloader middlewares of policywatch crawls."""

from __future__ import annotations

import asyncio
import socket
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.httpobj import urlparse_cached

from crawler.addresses import is_internal_address
from crawler.resolver import guard_reactor_resolver
from crawler.robots_cache import ROBOTS_TXT_CACHE


class RefusedAddressError(IgnoreRequest):
    """The URL's host resolves to a private, loopback or otherwise internal address."""


class AddressGuardMiddleware:
    """Refuse requests (redirect targets and robots.txt included) to internal addresses.

    Watching vendor pages must never become a way to reach the machine's own network: unless
    ``allow_private_addresses`` is set, every host is resolved and refused if any address is internal,
    with a clear message. The connection resolves the name again; ``crawler.resolver`` guards that
    lookup too, so a name that answers differently the second time (DNS rebinding) connects nowhere.
    """

    def __init__(self, allow_private: bool) -> None:
        from twisted.internet import reactor

        self.allow_private = allow_private
        self._verdicts: dict[str, str | None] = {}
        self._resolver = guard_reactor_resolver(reactor)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AddressGuardMiddleware:
        return cls(crawler.settings.getbool("POLICYWATCH_ALLOW_PRIVATE_ADDRESSES"))

    async def process_request(self, request: Request, spider: Spider | None = None) -> Any:
        if self.allow_private:
            self._resolver.allow(urlsplit(request.url).hostname or "")
            return None
        host = urlsplit(request.url).hostname or ""
        if host not in self._verdicts:
            self._verdicts[host] = await self._refusal_reason(host)
        reason = self._verdicts[host]
        if reason:
            raise RefusedAddressError(reason)
        return None

    @staticmethod
    async def _refusal_reason(host: str) -> str | None:
        try:
            if is_internal_address(host):
                return f"{host} is an internal address (set allow_private_addresses: true to watch it)"
            return None
        except ValueError:
            pass  # a name, not an IP literal
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
        except OSError:
            return None  # let the download report the DNS failure as a network error
        for info in infos:
            address = info[4][0]
            if is_internal_address(address):
                return f"{host} resolves to internal address {address} (set allow_private_addresses: true to watch it)"
        return None


class SharedRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's RobotsTxtMiddleware, with every request of a host waiting on one shared future, and
    robots.txt files reused between the crawls of the process (``crawler.robots_cache``).

    Scrapy 2.19 hands the pending robots.txt Deferred to each waiting request; after the first waiter
    consumes its result, the others receive ``None`` and are let through unchecked (seen in
    tests/test_crawl.py with three pages of one host in one crawl). Awaiting one asyncio future per
    host gives all of them the parser.
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._shared: dict[str, asyncio.Future[Any]] = {}
        self._max_age = crawler.settings.getfloat("POLICYWATCH_ROBOTS_TXT_MAX_AGE", 0.0)

    async def robot_parser(self, request: Request) -> Any:
        netloc = urlparse_cached(request).netloc
        shared = self._shared.get(netloc)
        if shared is None:
            shared = asyncio.ensure_future(self._kept_or_fetched_parser(request))
            self._shared[netloc] = shared
        return await asyncio.shield(shared)

    async def _kept_or_fetched_parser(self, request: Request) -> Any:
        body = ROBOTS_TXT_CACHE.get(_origin(request), self._max_age) if self._max_age > 0 else None
        if body is None:
            return await super().robot_parser(request)
        self._stats.inc_value("robotstxt/reused")
        return build_from_crawler(self._parserimpl, self.crawler, body)

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        # a 5xx is the server's trouble, not its rules (RFC 9309 §2.3.1.4): fetched again next crawl
        if self._max_age > 0 and response.status < 500:
            ROBOTS_TXT_CACHE.put(_origin(request), response.body)
        await super()._parse_robots(response, netloc, request)

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        await super().process_request(request)  # raises IgnoreRequest when robots.txt disallows
        if not request.meta.get("dont_obey_robotstxt"):
            self._honor_crawl_delay(request)

    def _honor_crawl_delay(self, request: Request) -> None:
        """Apply robots.txt's Crawl-delay (which Scrapy ignores) to the request's download slot.

        The slot is the vendor's registrable domain (``meta["download_slot"]``), so the longest delay
        any of its hosts asks for applies to all of them; capped by ``crawl.max_crawl_delay``.
        """
        shared = self._shared.get(urlparse_cached(request).netloc)
        if shared is None or not shared.done() or shared.cancelled() or shared.exception() is not None:
            return
        parser = shared.result()
        if parser is None:
            return
        agent = self._robotstxt_useragent or self._default_useragent
        try:
            delay = parser.crawl_delay(agent)
        except Exception:  # a parser without Crawl-delay support
            return
        if not delay or delay <= 0:
            return
        delay = min(float(delay), self.crawler.settings.getfloat("POLICYWATCH_MAX_CRAWL_DELAY", 60.0))
        engine = self.crawler.engine
        if engine is None or engine.downloader is None:
            return
        _key, slot = engine.downloader._get_slot(request)
        if slot.delay < delay:
            slot.delay = delay
            slot.jitter = 0.0  # a random jitter could go below the asked delay


def _origin(request: Request) -> str:
    url = urlparse_cached(request)
    return f"{url.scheme}://{url.netloc}"


class ReleaseBodyPipeline:
    """The last item pipeline: forget each recorded page's body.

    ``crawler.batch`` keeps every (item, recorded) pair of a crawl for its report; without this the
    raw bodies of a whole batch (50 KB x N) would stay in memory until the crawl ends.
    """

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if getattr(item, "body", None) is not None:
            item.body = None
        return item

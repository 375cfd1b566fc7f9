"""robots.txt reused between the crawls of one process (crawler.robots_cache), against real local sites."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from config import ConfigError, settings_from_dict
from crawler.robots_cache import ROBOTS_TXT_CACHE, RobotsTxtCache
from monitor.demo.servers import FixtureSite, Page
from tests.test_crawl import crawl_all, make_config, policy_page


@pytest.fixture(autouse=True)
def empty_cache() -> Iterator[None]:
    ROBOTS_TXT_CACHE.clear()
    yield
    ROBOTS_TXT_CACHE.clear()


def _site_with_rules() -> FixtureSite:
    site = FixtureSite(robots_txt="User-agent: *\nDisallow: /legal/\n")
    site.set_page("/privacy", policy_page())
    site.set_page("/legal/terms", policy_page())
    return site


def _robots_requests(site: FixtureSite) -> int:
    return site.requests.count("/robots.txt")


def test_a_second_crawl_reuses_the_robots_txt_and_still_obeys_it(sqlite_url: str) -> None:
    with _site_with_rules() as site:
        config = make_config(sqlite_url, {"A": [site.url("/privacy")], "B": [site.url("/legal/terms")]})
        first, _ = crawl_all(config)
        second, _ = crawl_all(config)
        assert _robots_requests(site) == 1
        for outcomes in (first, second):
            assert outcomes["A"].outcome in ("ok", "not_modified")
            assert outcomes["B"].outcome == "robots_disallowed"
        assert "/legal/terms" not in site.requests


def test_max_age_zero_fetches_robots_txt_for_every_crawl(sqlite_url: str) -> None:
    with _site_with_rules() as site:
        config = make_config(sqlite_url, {"A": [site.url("/privacy")]},
                             crawl={"download_delay": "0s", "timeout": "2s", "retry_times": 0, "robots_txt_max_age": "0s"})
        crawl_all(config)
        crawl_all(config)
        assert _robots_requests(site) == 2
        assert len(ROBOTS_TXT_CACHE) == 0


def test_a_changed_robots_txt_is_read_once_the_kept_one_is_too_old(sqlite_url: str) -> None:
    with _site_with_rules() as site:
        config = make_config(sqlite_url, {"B": [site.url("/legal/terms")]},
                             crawl={"download_delay": "0s", "timeout": "2s", "retry_times": 0, "robots_txt_max_age": "1s"})
        before, _ = crawl_all(config)
        site.set_page("/robots.txt", Page(b"User-agent: *\nAllow: /\n", "text/plain"))
        time.sleep(1.1)
        after, _ = crawl_all(config)
        assert before["B"].outcome == "robots_disallowed" and after["B"].outcome == "ok"
        assert _robots_requests(site) == 2


def test_a_server_error_for_robots_txt_is_not_kept(sqlite_url: str) -> None:
    with FixtureSite() as site:
        site.set_page("/robots.txt", Page(b"oops", "text/plain", status=503))
        site.set_page("/privacy", policy_page())
        config = make_config(sqlite_url, {"A": [site.url("/privacy")]})
        crawl_all(config)
        crawl_all(config)
        assert _robots_requests(site) == 2
        assert len(ROBOTS_TXT_CACHE) == 0


def test_cache_bounds_bytes_and_expires_entries() -> None:
    cache = RobotsTxtCache(max_total_bytes=100, max_file_bytes=60)
    cache.put("http://a", b"a" * 40)
    cache.put("http://b", b"b" * 40)
    assert cache.get("http://a", 60) == b"a" * 40  # a is now the most recently used
    cache.put("http://c", b"c" * 40)  # 120 bytes: the least recently used (b) goes
    assert cache.get("http://b", 60) is None and cache.get("http://a", 60) is not None
    cache.put("http://big", b"x" * 61)  # over the file limit: not kept
    assert cache.get("http://big", 60) is None
    assert cache.get("http://c", 0.0) is None  # too old for this caller: dropped
    assert len(cache) == 1


@pytest.mark.parametrize("value", ["25h", "-1s"])
def test_robots_txt_max_age_is_bounded_by_rfc_9309(value: Any) -> None:
    with pytest.raises(ConfigError, match="robots_txt_max_age"):
        settings_from_dict({"crawl": {"robots_txt_max_age": value}})

"""robots.txt files kept between the crawls of one process.

Each crawl builds its own Scrapy engine, and Scrapy's RobotsTxtMiddleware remembers a host's robots.txt
for that crawl only; a daemon that checks a vendor's documents in several dispatcher cycles, or a
CLI that runs `run --once` in a loop, fetched the same robots.txt before every crawl. RFC 9309 §2.4
lets a crawler reuse a fetched robots.txt for up to 24 hours; policywatch reuses it for
``crawl.robots_txt_max_age`` (1 hour by default), which halves the requests a quiet check sends to a
vendor with one watched page.

Only the body is kept (bounded in bytes, least recently used first out), not the parser: a
parser costs far more memory than the file, and building one from the body takes microseconds.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict

MAX_FILE_BYTES = 512 * 1024  # Google's limit for a robots.txt; a larger one is used but not kept
MAX_TOTAL_BYTES = 4 * 1024 * 1024


class RobotsTxtCache:
    """robots.txt bodies by origin (``scheme://host:port``), each with the monotonic time it was fetched."""

    def __init__(self, max_total_bytes: int = MAX_TOTAL_BYTES, max_file_bytes: int = MAX_FILE_BYTES) -> None:
        self.max_total_bytes, self.max_file_bytes = max_total_bytes, max_file_bytes
        self._entries: OrderedDict[str, tuple[float, bytes]] = OrderedDict()
        self._total = 0
        self._lock = threading.Lock()  # crawls of one process may run on more than one thread

    def get(self, origin: str, max_age: float) -> bytes | None:
        """The body fetched for ``origin`` less than ``max_age`` seconds ago, or None."""
        with self._lock:
            entry = self._entries.get(origin)
            if entry is None:
                return None
            fetched, body = entry
            if time.monotonic() - fetched >= max_age:
                self._drop(origin)
                return None
            self._entries.move_to_end(origin)
            return body

    def put(self, origin: str, body: bytes) -> None:
        """Keep ``body`` as the robots.txt of ``origin``, fetched now."""
        with self._lock:
            self._drop(origin)
            if len(body) > self.max_file_bytes:
                return
            self._entries[origin] = (time.monotonic(), body)
            self._total += len(body)
            while self._total > self.max_total_bytes:
                self._drop(next(iter(self._entries)))

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._total = 0

    def __len__(self) -> int:
        return len(self._entries)

    def _drop(self, origin: str) -> None:
        entry = self._entries.pop(origin, None)
        if entry is not None:
            self._total -= len(entry[1])


ROBOTS_TXT_CACHE = RobotsTxtCache()  # one per process, shared by its crawls

"""The compliance re-check of a large batch's new versions, spread over the daemon and its crawl workers.

When a batch is split over processes (``crawler.pool``), the shares rarely take equally long: a share
whose pages changed extracts, diffs and records more. Instead of re-checking every new version in the
daemon after the slowest share, each process that has finished crawling takes the next few unchecked
versions of this batch (those with an id above the highest one before the batch), checks them with
``monitor.checks.store.recheck_versions`` (a function of version ids and database URL), and comes back
for more, until every crawl has ended and nothing is left. The hand-out is in this process's event
loop, so no version goes to two processes; a version a failed worker did not finish stays unchecked and
the daemon's sweep after the batch (``recheck_new_versions``) takes it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from config.loader import LoadedConfig, without_watchlist
from monitor.checks.store import RecheckOutcome, recheck_new_versions, recheck_versions, unchecked_version_ids
from storage.database import Database

CLAIM_AT_MOST = 4  # versions per hand-out: small, so that the processes finish together
CLAIMS_PER_PROCESS = 2  # a process takes at most 1/(2n) of what is free, n = the batch's processes
POLL_SECONDS = 0.2  # how often an idle process looks for versions while crawls are still running


class BatchRechecks:
    """Hands out the unchecked versions created after ``after_id`` to whichever process is free."""

    def __init__(self, db: Database, config: LoadedConfig, *, after_id: int, crawls: Sequence[asyncio.Future[Any]],
                 stopping: Callable[[], bool] = lambda: False) -> None:
        self.db = db
        self.stopping = stopping
        self.config = config
        self._worker_config = without_watchlist(config)  # the re-check reads vendors from the database
        self.after_id = after_id
        self.crawls = list(crawls)
        self.outcomes: list[RecheckOutcome] = []
        self.errors: list[str] = []
        self._handed_out: set[int] = set()

    def _crawling(self) -> bool:
        return not all(crawl.done() for crawl in self.crawls)

    async def _claim(self) -> list[int]:
        unchecked = await asyncio.to_thread(unchecked_version_ids, self.db, after_id=self.after_id)
        free = [v for v in unchecked if v not in self._handed_out]  # no await from here: one claimer at a time
        # shared by every process of the batch, those still crawling included: a process that finished
        # its crawl first must not take all of a few versions that the others could check beside it
        share = free[: max(1, min(CLAIM_AT_MOST, len(free) // (CLAIMS_PER_PROCESS * len(self.crawls))))]
        self._handed_out.update(share)
        return share

    async def help(self, check: Callable[[list[int]], Awaitable[list[RecheckOutcome]]], name: str) -> None:
        """Check claimed versions with ``check`` until every crawl has ended and none is left. A failure
        ends this helper's part (the others go on); what it did not check is left to the sweep."""
        while not self.stopping():  # a stopping daemon leaves the rest to the sweep after its restart
            try:
                claimed = await self._claim()
            except Exception as exc:
                self.errors.append(f"re-check in {name} stopped: could not read the unchecked versions: {exc}")
                return
            if claimed:
                try:
                    self.outcomes.extend(await check(claimed))
                except Exception as exc:
                    self.errors.append(f"re-check in {name} failed: {exc}; its unchecked versions are left for the sweep")
                    return
                continue
            if not self._crawling():
                return
            await asyncio.wait([c for c in self.crawls if not c.done()], timeout=POLL_SECONDS)

    async def help_here(self) -> None:
        """The calling (daemon) process helps, in a thread so that its event loop stays free."""

        async def check(ids: list[int]) -> list[RecheckOutcome]:
            return await asyncio.to_thread(recheck_new_versions, self.db, self.config, version_ids=ids)

        await self.help(check, "the daemon")

    async def help_in_child(self, pool: Any, index: int) -> None:
        """Crawl worker ``index`` of ``pool`` (``crawler.pool.CrawlWorkerPool``) helps."""

        async def check(ids: list[int]) -> list[RecheckOutcome]:
            result: list[RecheckOutcome] = await pool.call(index, recheck_versions, ids, self.db.url, self._worker_config)
            return result

        await self.help(check, f"crawl worker {index}")

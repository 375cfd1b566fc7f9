"""When a document is checked next: interval with jitter or cron, spread first checks, failure backoff.

Pure functions of (document settings, what happened, now); ``storage.recording`` stores their result in
``document.next_check_at``. The schedule lives in the database, so a restarted daemon (or a worker of
the distributed mode) simply picks up whatever is due.
"""

from __future__ import annotations

import random
import re
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any

INTERVAL_JITTER = 0.05  # a regular check lands within ±5 % of the interval ...
MAX_JITTER = timedelta(minutes=30)  # ... and never more than 30 minutes off
FAILURE_BACKOFF_BASE = timedelta(minutes=5)
FAILURE_BACKOFF_CAP = timedelta(days=1)
RETRY_AFTER_CAP = timedelta(days=7)  # a Retry-After further out than this is treated as this
MIN_INTERVAL = timedelta(seconds=1)


@lru_cache(maxsize=256)
def _cron_trigger(expression: str) -> Any:
    from config.schema import crontab_trigger

    return crontab_trigger(expression)


def next_cron_time(expression: str, after: datetime) -> datetime:
    """The first time strictly after ``after`` that the (UTC) cron expression names."""
    trigger = _cron_trigger(expression)
    nxt = trigger.get_next_fire_time(None, after + timedelta(seconds=1))
    if nxt is None:  # an expression that never fires again (e.g. 30 February): check yearly
        return after + timedelta(days=365)
    return nxt.astimezone(timezone.utc)


def jittered(interval: timedelta, rng: random.Random | None = None) -> timedelta:
    """``interval`` moved by up to ±5 % (at most 30 minutes), so checks do not bunch up over time."""
    rng = rng or random
    spread = min(interval * INTERVAL_JITTER, MAX_JITTER).total_seconds()
    return max(MIN_INTERVAL, interval + timedelta(seconds=rng.uniform(-spread, spread)))


def regular_next_check(
    finished_at: datetime, *, interval: timedelta, cron: str | None, rng: random.Random | None = None
) -> datetime:
    """The next check after a successful one: the next cron time, or the interval with jitter."""
    if cron:
        return next_cron_time(cron, finished_at)
    return finished_at + jittered(interval, rng)


def first_check_at(
    now: datetime, *, interval: timedelta, cron: str | None, rng: random.Random | None = None
) -> datetime:
    """A new document's first check: uniformly spread between now and its first regular check.

    Spreading avoids a start-up spike when many documents are added at once (a fresh install, a
    large watchlist edit); on average a new document is first checked after half its interval.
    """
    rng = rng or random
    horizon = (next_cron_time(cron, now) - now) if cron else interval
    return now + timedelta(seconds=rng.uniform(0, max(horizon.total_seconds(), 0.0)))


def retry_after_delay(value: str | None, now: datetime) -> timedelta | None:
    """The delay a ``Retry-After`` header asks for (seconds or an HTTP date), capped at 7 days."""
    if not value:
        return None
    value = value.strip()
    delay: timedelta | None = None
    if re.fullmatch(r"[0-9]{1,12}", value):  # ASCII digits only; str.isdigit() accepts "²"
        delay = timedelta(seconds=min(int(value), int(RETRY_AFTER_CAP.total_seconds())))
    else:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        delay = max(when - now, timedelta(0))
    return min(delay, RETRY_AFTER_CAP)


def failure_next_check(
    finished_at: datetime,
    *,
    consecutive_failures: int,
    interval: timedelta,
    cron: str | None,
    retry_after: str | None = None,
    rng: random.Random | None = None,
) -> datetime:
    """After a failed check: exponential backoff (5 min, 10, 20, ...), never later than the regular
    next check, but never sooner than the server's Retry-After asks."""
    rng = rng or random
    exponent = min(max(consecutive_failures - 1, 0), 16)
    backoff = min(FAILURE_BACKOFF_BASE * (2**exponent), FAILURE_BACKOFF_CAP)
    # a little jitter (up to 5 % sooner) so documents failing together do not retry together
    backoff = backoff * (1 - rng.uniform(0, 0.05))
    regular = regular_next_check(finished_at, interval=interval, cron=cron, rng=rng)
    next_at = min(finished_at + backoff, regular)
    wait = retry_after_delay(retry_after, finished_at)
    if wait is not None:
        next_at = max(next_at, finished_at + wait)
    return next_at


def repair_after_clock_jump(
    next_check_at: datetime | None,
    last_checked_at: datetime | None,
    now: datetime,
    *,
    interval: timedelta,
    cron: str | None,
    tolerance: timedelta = timedelta(minutes=1),
) -> datetime | None:
    """A corrected due time for a document scheduled by a clock that was ahead of today's, or None.

    When the wall clock jumps back (or was wrong and got corrected), the last check lies in the future
    and every due time computed from it is late by the size of the jump: the document would silently
    not be checked for that long. The due time keeps its distance from the last check but is counted
    from now. A due time beyond anything the schedule can produce (never checked, no reference) is
    spread over the normal horizon instead. A forward jump needs no repair: due documents are checked
    once (the dispatcher coalesces) and rescheduled from the new time.
    """
    if next_check_at is None:
        return None
    if last_checked_at is not None and last_checked_at - now > tolerance:
        return now + max(next_check_at - last_checked_at, timedelta(0))
    horizon = max(next_cron_time(cron, now) - now, timedelta(0)) if cron else interval
    longest = max(horizon * (1 + INTERVAL_JITTER) + MAX_JITTER, RETRY_AFTER_CAP, FAILURE_BACKOFF_CAP * 1.1)
    if next_check_at - now > longest:
        return first_check_at(now, interval=interval, cron=cron)
    return None

"""The shape of policywatch's YAML configuration, validated with pydantic.

Unknown keys are errors (``extra="forbid"``) so that a typo never silently disables a setting.
"""

from __future__ import annotations

import os

import re
from datetime import timedelta
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator

DOCUMENT_TYPES = (
    "privacy_policy",
    "terms_of_service",
    "dpa",
    "subprocessors",
    "cookie_policy",
    "other",
)

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)?\s*$")
_UNIT_SECONDS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800, None: 1}


def parse_duration(value: Any) -> timedelta:
    """Parse ``"12h"``, ``"10m"``, ``"0s"``, ``"1.5d"`` or a number of seconds into a timedelta."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, bool):
        raise ValueError("expected a duration such as '12h', '10m' or '30s'")
    if isinstance(value, (int, float)):
        seconds = float(value)
    else:
        match = _DURATION.match(str(value))
        if not match:
            raise ValueError(f"{value!r} is not a duration such as '12h', '10m' or '30s'")
        seconds = float(match.group(1)) * _UNIT_SECONDS[match.group(2)]
    if seconds < 0:
        raise ValueError("a duration cannot be negative")
    return timedelta(seconds=seconds)


Duration = Annotated[timedelta, BeforeValidator(parse_duration)]

_CRON_DAY_NAMES = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")


def crontab_trigger(expression: str) -> Any:
    """An APScheduler CronTrigger (UTC) for a standard 5-field crontab expression.

    APScheduler 3 numbers the days of the week from Monday = 0, unlike crontab (Sunday = 0 or 7), so
    day numbers are translated to names first ("1-5" is Monday to Friday, as in crontab).
    """
    from apscheduler.triggers.cron import CronTrigger

    fields = expression.split()
    if len(fields) != 5:
        raise ValueError("a cron expression has 5 fields: minute hour day-of-month month day-of-week")
    minute, hour, day, month, dow = fields

    def name(match: re.Match[str]) -> str:
        number = int(match.group(0))
        if number > 7:
            raise ValueError(f"day of week {number} is out of range 0-7")
        return _CRON_DAY_NAMES[number % 7]

    dow = re.sub(r"(?<![/\d])\d+", name, dow)
    return CronTrigger(minute=minute, hour=hour, day=day, month=month, day_of_week=dow, timezone="UTC")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class RangeSelector(_Strict):
    """An Open Terms Archive range selector: the content between two elements."""

    startBefore: str | None = None
    startAfter: str | None = None
    endBefore: str | None = None
    endAfter: str | None = None

    def model_post_init(self, __context: Any) -> None:
        starts = [s for s in (self.startBefore, self.startAfter) if s]
        ends = [s for s in (self.endBefore, self.endAfter) if s]
        if len(starts) != 1 or len(ends) != 1:
            raise ValueError(
                "a range selector needs exactly one of startBefore/startAfter "
                "and exactly one of endBefore/endAfter"
            )

    def as_mapping(self) -> dict[str, str]:
        return {k: v for k, v in self.model_dump().items() if v}


Selector = str | RangeSelector


class DocumentConfig(_Strict):
    """One watched document of a vendor."""

    type: Literal[DOCUMENT_TYPES] = "privacy_policy"  # type: ignore[valid-type]
    # Kept as a plain string: a malformed URL is reported as that document's fetch outcome,
    # not as an error that stops every other vendor from being watched.
    url: str
    language: str | None = None
    interval: Duration | None = None
    # a cron expression ("0 6 * * 1-5", UTC) instead of an interval; the daemon checks at those times
    cron: str | None = None
    # per-document override of the global robots_txt setting (false: fetch even if robots.txt disallows)
    robots_txt: bool | None = None
    select: list[Selector] = Field(default_factory=list)
    remove: list[Selector] = Field(default_factory=list)
    # regular expressions whose matches are removed from the text before it is compared
    ignore: list[str] = Field(default_factory=list)

    @field_validator("ignore")
    @classmethod
    def _valid_patterns(cls, patterns: list[str]) -> list[str]:
        return _compiled_patterns(patterns)

    @field_validator("cron")
    @classmethod
    def _valid_cron(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = " ".join(value.split())
        if len(value.split(" ")) != 5:
            raise ValueError(f"{value!r} is not a 5-field cron expression such as '0 6 * * 1-5'")
        try:
            crontab_trigger(value)
        except ValueError as exc:
            raise ValueError(f"{value!r} is not a valid cron expression: {exc}") from None
        return value

    def model_post_init(self, __context: Any) -> None:
        if self.cron is not None and self.interval is not None:
            raise ValueError("give either interval or cron, not both")

    def selectors_as_data(self) -> tuple[list[Any], list[Any]]:
        """select/remove as JSON-ready lists (strings and range mappings)."""

        def plain(items: list[Selector]) -> list[Any]:
            return [s.as_mapping() if isinstance(s, RangeSelector) else s for s in items]

        return plain(self.select), plain(self.remove)


class VendorConfig(_Strict):
    name: str = Field(min_length=1)
    category: str | None = None
    documents: list[DocumentConfig] = Field(default_factory=list)


class WatchlistFile(_Strict):
    """A separate watchlist file: just vendors."""

    vendors: list[VendorConfig] = Field(default_factory=list)


def _compiled_patterns(patterns: list[str]) -> list[str]:
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"{pattern!r} is not a valid regular expression: {exc}") from None
    return patterns


class ChangeConfirmation(_Strict):
    """A `text` change is recorded once `fetches` consecutive checks saw the same new text; after the
    first sighting the document is checked again `delay` later instead of a whole interval later."""

    fetches: int = Field(default=2, ge=1, le=10)
    delay: Duration = timedelta(minutes=10)


# Matches removed from every document's text before comparing: tracking parameters and session ids
# in URLs shown as text, and "page generated in 0.12 s" style counters.
DEFAULT_IGNORE_PATTERNS = [
    r"(?i)[?&](utm_[a-z]+|fbclid|gclid|mc_[a-z]+|_ga|sessionid|sid|phpsessid|jsessionid|session_id)=[^\s&#]*",
    r"(?i)\b(page|site) (generated|rendered) in [\d.,]+ ?(ms|s|sec|seconds)\b",
]


class ChangeDetection(_Strict):
    """What counts as a real change, and when checks count as failing."""

    ignore: list[str] = Field(default_factory=lambda: list(DEFAULT_IGNORE_PATTERNS))
    min_words: int = Field(default=30, ge=0)  # fewer words: suspect (not a policy page)
    max_shrink: float = Field(default=0.5, ge=0, le=1)  # losing more of the words: suspect
    min_overlap: float = Field(default=0.1, ge=0, le=1)  # sharing less vocabulary: another document
    failure_alert_after: int = Field(default=3, ge=1, le=100)  # consecutive failed checks before one alert
    # a page that stays in another language on this many consecutive checks is the vendor's new text (0: never)
    accept_language_switch_after: int = Field(default=3, ge=0, le=100)

    @field_validator("ignore")
    @classmethod
    def _valid_patterns(cls, patterns: list[str]) -> list[str]:
        return _compiled_patterns(patterns)


class ChannelConfig(_Strict):
    """One alert channel. ``options`` are handed to the channel type (see monitor.alerts)."""

    name: str = Field(min_length=1)
    type: str = Field(min_length=1)
    options: dict[str, Any] = Field(default_factory=dict)


ALERT_SEVERITIES = ("none", "low", "medium", "high", "critical")  # lowest first
# Alert kinds a route may name; "policy" and "operational" name groups of them (see config.routing).
ROUTE_KINDS = ("policy", "operational", "policy_change", "fetch_failure", "recovered", "selector_broken", "dead_letter")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class RouteConfig(_Strict):
    """Which alerts go to one channel, and how: immediately or collected into a daily/weekly digest.

    Empty ``vendors``/``categories`` match any; ``kinds`` defaults to policy alerts only, so operational
    alerts (fetch failures, broken selectors, dead letters) reach only routes that ask for them.
    """

    channel: str = Field(min_length=1)
    vendors: list[str] = Field(default_factory=list)
    categories: list[str] = Field(default_factory=list)
    min_severity: Literal[ALERT_SEVERITIES] = "none"  # type: ignore[valid-type]
    kinds: list[Literal[ROUTE_KINDS]] = Field(default_factory=lambda: ["policy"])  # type: ignore[valid-type]
    mode: Literal["immediate", "daily", "weekly"] = "immediate"


class AlertsConfig(_Strict):
    channels: list[ChannelConfig] = Field(default_factory=list)
    max_attempts: int = Field(default=8, ge=1, le=100)  # then the delivery is dead-lettered
    retry_base: Duration = timedelta(seconds=30)  # first retry after base/2..base, doubling each attempt
    retry_cap: Duration = timedelta(hours=6)
    # No routes: every channel gets every alert immediately. With routes: only what a route matches.
    routes: list[RouteConfig] = Field(default_factory=list)
    digest_time: str = Field(default="08:00", pattern=r"^([01]\d|2[0-3]):[0-5]\d$")  # UTC, HH:MM
    digest_weekday: Literal[WEEKDAYS] = "monday"  # type: ignore[valid-type]

    def model_post_init(self, __context: Any) -> None:
        names = {c.name for c in self.channels}
        unknown = sorted({r.channel for r in self.routes if r.channel not in names})
        if unknown:
            raise ValueError(f"routes name unknown channel(s): {', '.join(unknown)}")

    @field_validator("channels")
    @classmethod
    def _unique_names(cls, channels: list[ChannelConfig]) -> list[ChannelConfig]:
        names = [c.name for c in channels]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"channel names must be unique; repeated: {', '.join(duplicates)}")
        return channels


class CrawlConfig(_Strict):
    """Download politeness and limits."""

    user_agent: str = "policywatch/0.1 (+https://github.com/policywatch/policywatch; privacy-policy monitor)"
    download_delay: Duration = timedelta(seconds=1)
    timeout: Duration = timedelta(seconds=30)
    # extraction needs ~200x a page's size in memory, and a policy page is rarely over 1 MiB
    max_page_bytes: int = Field(default=10 * 1024 * 1024, ge=1024)
    concurrent_requests: int = Field(default=32, ge=1, le=512)
    retry_times: int = Field(default=1, ge=0, le=5)
    default_interval: Duration = timedelta(hours=12)
    max_crawl_delay: Duration = timedelta(seconds=60)  # a robots.txt Crawl-delay is honored up to this
    # a fetched robots.txt is reused by the process's next crawls for this long (0s: fetched by every
    # crawl); RFC 9309 asks for at most 24 hours
    robots_txt_max_age: Duration = timedelta(hours=1)

    @field_validator("robots_txt_max_age")
    @classmethod
    def _within_a_day(cls, value: timedelta) -> timedelta:
        if not timedelta(0) <= value <= timedelta(hours=24):
            raise ValueError("robots_txt_max_age must be between 0s and 24h (RFC 9309)")
        return value


class MetricsConfig(_Strict):
    """The optional Prometheus endpoint of the daemon (needs prometheus-client)."""

    enabled: bool = False
    host: str = "127.0.0.1"
    port: int = Field(default=9464, ge=1, le=65535)


class DaemonConfig(_Strict):
    """`policywatch daemon`: how often the dispatcher looks for due documents, locking, logs, metrics."""

    tick: Duration = timedelta(minutes=1)
    batch_size: int = Field(default=5000, ge=1, le=1_000_000)  # most documents checked per dispatcher cycle
    # processes that crawl a large batch (split by registrable domain); "auto": one per core, at most 2
    crawl_processes: int | Literal["auto"] = "auto"
    # smaller batches are crawled in the daemon's process only; from 50 pages a second process pays off
    # when pages must be extracted (bench-peers, 100 pages with changed bytes: 1.73 -> 1.18 s)
    split_batches_from: int = Field(default=50, ge=1)
    lock_file: str | None = None  # SQLite only; default: <database file>.daemon.lock
    shutdown_timeout: Duration = timedelta(seconds=30)  # SIGTERM: wait this long for in-flight work
    watch_config: bool = True  # reload when the configuration or watchlist file changes
    log_format: Literal["text", "json"] = "text"
    metrics: MetricsConfig = Field(default_factory=MetricsConfig)

    @field_validator("crawl_processes")
    @classmethod
    def _sensible_processes(cls, value: int | str) -> int | str:
        if isinstance(value, int) and not 1 <= value <= 16:
            raise ValueError("crawl_processes must be between 1 and 16, or auto")
        return value

    def crawl_process_count(self) -> int:
        """How many processes crawl a large batch (this one included)."""
        if self.crawl_processes == "auto":
            return max(1, min(2, os.cpu_count() or 1))
        return int(self.crawl_processes)

    @field_validator("tick")
    @classmethod
    def _positive_tick(cls, value: timedelta) -> timedelta:
        if value.total_seconds() < 0.1:
            raise ValueError("the daemon tick must be at least 0.1s")
        return value


class Settings(_Strict):
    """The whole configuration file."""

    database: str | None = None
    allow_private_addresses: bool = False
    robots_txt: bool = True
    watchlist: str | None = None
    vendors: list[VendorConfig] = Field(default_factory=list)
    change_confirmation: ChangeConfirmation = Field(default_factory=ChangeConfirmation)
    change_detection: ChangeDetection = Field(default_factory=ChangeDetection)
    crawl: CrawlConfig = Field(default_factory=CrawlConfig)
    alerts: AlertsConfig = Field(default_factory=AlertsConfig)
    daemon: DaemonConfig = Field(default_factory=DaemonConfig)

"""The shape of policywatch's YAML configuration, validated with pydantic.

Unknown keys are errors (``extra="forbid"``) so that a typo never silently disables a setting.
"""

from __future__ import annotations

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
    select: list[Selector] = Field(default_factory=list)
    remove: list[Selector] = Field(default_factory=list)

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


class ChangeConfirmation(_Strict):
    fetches: int = Field(default=2, ge=1, le=10)
    delay: Duration = timedelta(minutes=10)


class ChannelConfig(_Strict):
    """One alert channel. ``options`` are handed to the channel type (see monitor.alerts)."""

    name: str = Field(min_length=1)
    type: str = Field(min_length=1)
    options: dict[str, Any] = Field(default_factory=dict)


class AlertsConfig(_Strict):
    channels: list[ChannelConfig] = Field(default_factory=list)
    max_attempts: int = Field(default=8, ge=1, le=100)

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
    max_page_bytes: int = Field(default=20 * 1024 * 1024, ge=1024)
    concurrent_requests: int = Field(default=32, ge=1, le=512)
    retry_times: int = Field(default=1, ge=0, le=5)
    default_interval: Duration = timedelta(hours=12)


class Settings(_Strict):
    """The whole configuration file."""

    database: str | None = None
    allow_private_addresses: bool = False
    robots_txt: bool = True
    watchlist: str | None = None
    vendors: list[VendorConfig] = Field(default_factory=list)
    change_confirmation: ChangeConfirmation = Field(default_factory=ChangeConfirmation)
    crawl: CrawlConfig = Field(default_factory=CrawlConfig)
    alerts: AlertsConfig = Field(default_factory=AlertsConfig)

"""Routing: which channels get an alert, and whether now or in a daily/weekly digest.

A ``Router`` is the callable that ``storage.recording.enqueue_alert`` accepts as ``channels``::

    router(kind=..., severity=..., vendor=..., category=..., now=...) -> [(channel, mode, due_at), ...]

``mode`` is ``immediate`` (``due_at`` is None: a pending delivery due now) or ``daily``/``weekly``
(``due_at`` is when the digest that will carry the alert is sent). ``storage`` never imports this
module: the caller hands the router in (``record_fetch(..., alert_channels=router_from_config(config))``).

Rules (config ``alerts.routes``):

- no routes configured: every channel gets every alert immediately (the behaviour before routing);
- otherwise an alert goes only where a route matches: its ``kinds`` (default ``[policy]``; the groups
  ``policy`` = policy_change and ``operational`` = fetch_failure, recovered, selector_broken,
  dead_letter), ``vendors`` and ``categories`` (case-insensitive; empty = any) and ``min_severity``;
- several routes matching one channel: the most urgent mode wins (immediate, then daily, then weekly).

An alert that no route matches is still recorded (``policywatch alerts`` lists it), it just has no delivery.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone
from typing import Any

SEVERITY_ORDER = ("none", "low", "medium", "high", "critical")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITY_ORDER)}
POLICY_KINDS = frozenset({"policy_change"})
OPERATIONAL_KINDS = frozenset({"fetch_failure", "recovered", "selector_broken", "dead_letter"})
KIND_GROUPS = {"policy": POLICY_KINDS, "operational": OPERATIONAL_KINDS}
MODES = ("immediate", "daily", "weekly")  # most urgent first
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

RoutedDelivery = tuple[str, str, "datetime | None"]  # (channel, mode, digest due time or None)


def severity_at_least(severity: str, minimum: str) -> bool:
    return SEVERITY_RANK.get(severity, 0) >= SEVERITY_RANK.get(minimum, 0)


def highest_severity(severities: Iterable[str]) -> str:
    return max(severities, key=lambda s: SEVERITY_RANK.get(s, 0), default="none")


def expand_kinds(kinds: Iterable[str]) -> frozenset[str]:
    expanded: set[str] = set()
    for kind in kinds:
        expanded |= KIND_GROUPS.get(kind, {kind})
    return frozenset(expanded)


@dataclass(frozen=True)
class Route:
    channel: str
    vendors: frozenset[str] = frozenset()  # casefolded; empty = any
    categories: frozenset[str] = frozenset()
    min_severity: str = "none"
    kinds: frozenset[str] = POLICY_KINDS
    mode: str = "immediate"

    def matches(self, *, kind: str, severity: str, vendor: str | None, category: str | None) -> bool:
        if kind not in self.kinds:
            return False
        if self.vendors and (vendor or "").casefold() not in self.vendors:
            return False
        if self.categories and (category or "").casefold() not in self.categories:
            return False
        return severity_at_least(severity, self.min_severity)


def next_digest_time(now: datetime, mode: str, *, at: time, weekday: int) -> datetime:
    """The first digest time strictly after ``now``: daily at ``at`` UTC, weekly on ``weekday`` (0 = Monday)."""
    now = now.astimezone(timezone.utc)
    candidate = datetime.combine(now.date(), at, tzinfo=timezone.utc)
    if mode == "weekly":
        candidate += timedelta(days=(weekday - now.weekday()) % 7)
        if candidate <= now:
            candidate += timedelta(days=7)
    elif candidate <= now:
        candidate += timedelta(days=1)
    return candidate


class Router:
    """Resolves an alert to ``(channel, mode, due_at)`` deliveries; see the module docstring."""

    def __init__(
        self,
        channels: Sequence[str],
        routes: Sequence[Route] = (),
        *,
        digest_time: time = time(8, 0),
        digest_weekday: int = 0,
    ) -> None:
        self.channels = list(channels)
        self.routes = list(routes)
        self.digest_time = digest_time
        self.digest_weekday = digest_weekday

    def __repr__(self) -> str:
        return f"Router(channels={self.channels!r}, routes={len(self.routes)})"

    def __call__(
        self,
        *,
        kind: str,
        severity: str,
        vendor: str | None = None,
        category: str | None = None,
        now: datetime | None = None,
    ) -> list[RoutedDelivery]:
        now = now or datetime.now(timezone.utc)
        if not self.routes:
            return [(channel, "immediate", None) for channel in self.channels]
        modes: dict[str, str] = {}
        for route in self.routes:
            if route.channel not in self.channels:
                continue
            if route.matches(kind=kind, severity=severity, vendor=vendor, category=category):
                current = modes.get(route.channel)
                if current is None or MODES.index(route.mode) < MODES.index(current):
                    modes[route.channel] = route.mode
        return [
            (channel, mode, None if mode == "immediate" else self.due_at(now, mode))
            for channel, mode in modes.items()
        ]

    resolve = __call__

    def due_at(self, now: datetime, mode: str) -> datetime:
        return next_digest_time(now, mode, at=self.digest_time, weekday=self.digest_weekday)


def router_from_settings(alerts: Any) -> Router:
    """The router of an ``AlertsConfig`` (``config.settings.alerts``)."""
    routes = [
        Route(
            channel=r.channel,
            vendors=frozenset(v.casefold() for v in r.vendors),
            categories=frozenset(c.casefold() for c in r.categories),
            min_severity=r.min_severity,
            kinds=expand_kinds(r.kinds),
            mode=r.mode,
        )
        for r in alerts.routes
    ]
    hours, minutes = (int(part) for part in alerts.digest_time.split(":"))
    return Router(
        [c.name for c in alerts.channels],
        routes,
        digest_time=time(hours, minutes),
        digest_weekday=WEEKDAYS.index(alerts.digest_weekday),
    )


def router_from_config(config: Any) -> Router:
    """The router of a ``LoadedConfig``: pass it as ``alert_channels`` to ``record_fetch``."""
    return router_from_settings(config.settings.alerts)

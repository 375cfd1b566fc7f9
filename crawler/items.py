"""What the spider hands to the item pipeline: one checked document, before extraction."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from storage.queries import FetchTarget


@dataclass
class FetchResult:
    """The raw outcome of requesting one document."""

    target: FetchTarget
    started_at: datetime
    finished_at: datetime
    outcome: str  # storage.outcomes: ok (a 200 to extract), not_modified, or a failure
    http_status: int | None = None
    final_url: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    header_charset: str | None = None
    content_type: str | None = None
    message: str | None = None

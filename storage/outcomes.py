"""The vocabulary of fetch outcomes and change kinds, shared by the crawler (which produces them) and
everything that reads the database."""

from __future__ import annotations

# A fetch that produced policy text.
OK = "ok"
# The server answered 304 Not Modified, or the raw body's sha256 equals the last one: nothing to extract.
NOT_MODIFIED = "not_modified"
UNCHANGED_RAW = "unchanged_raw"
# A new text seen, waiting for confirmation by a later fetch before it becomes a version.
PENDING_CHANGE = "pending_change"

# Fetches that never become versions.
INVALID_URL = "invalid_url"
REFUSED_ADDRESS = "refused_address"  # private/loopback address without allow_private_addresses
ROBOTS_DISALLOWED = "robots_disallowed"
HTTP_ERROR = "http_error"  # 4xx/5xx
NETWORK_ERROR = "network_error"  # DNS, connection refused/reset, TLS
TIMEOUT = "timeout"
TOO_LARGE = "too_large"
EMPTY = "empty"
NOT_HTML = "not_html"
BLOCKED = "blocked"  # cookie/consent wall, login form, captcha, bot challenge
UNREADABLE_PDF = "unreadable_pdf"  # encrypted, truncated or corrupt PDF
# Text that must not become a version: too short, shrank by more than half, language switched,
# an error page served with 200, a redirect to the home page, or plainly another document.
SUSPECT = "suspect"
# policywatch itself failed to record a check (a bug, or the database); the check counts as failed
INTERNAL_ERROR = "internal_error"

# A document status (not a fetch outcome): its declared `select` matched nothing or implausibly little,
# so its text came from the generic path (the fetch itself is `ok` and versions go on); cleared when the
# selectors work again. See crawler.selector_health and storage.recording.
SELECTOR_BROKEN = "selector_broken"

SUCCESS_OUTCOMES = frozenset({OK, NOT_MODIFIED, UNCHANGED_RAW, PENDING_CHANGE})
FAILURE_OUTCOMES = frozenset(
    {INVALID_URL, REFUSED_ADDRESS, ROBOTS_DISALLOWED, HTTP_ERROR, NETWORK_ERROR, TIMEOUT, TOO_LARGE, EMPTY, NOT_HTML, BLOCKED, UNREADABLE_PDF, SUSPECT, INTERNAL_ERROR}
)

# Change kinds (the contract's `change_kind`).
FIRST = "first"
TEXT = "text"
COSMETIC = "cosmetic"
REVERTED = "reverted"
TECHNICAL = "technical"
CHANGE_KINDS = (FIRST, TEXT, COSMETIC, REVERTED, TECHNICAL)
ALERTING_CHANGE_KINDS = frozenset({TEXT})

"""Shared fixtures: real SQLite files, real local servers, the optional ../shared corpus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = REPO_ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test with a clear reason when it is absent."""
    path = SHARED_DIR.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present (../shared is only beside developer checkouts and CI)")
    return path


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'policywatch.db'}"


@pytest.fixture
def fixture_site() -> Iterator["FixtureSite"]:  # noqa: F821
    from monitor.demo.servers import FixtureSite

    with FixtureSite() as site:
        yield site

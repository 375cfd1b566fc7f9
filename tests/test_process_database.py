"""The database a worker process keeps open between the functions of (ids, database URL) it runs
(``storage.database.process_database``). Real local site, real SQLite files."""

from __future__ import annotations

import gc
from datetime import timedelta
from pathlib import Path

from sqlalchemy.engine.default import DefaultDialect

from crawler.batch import crawl_documents
from monitor.demo.servers import FixtureSite
from storage import database
from storage.database import PROCESS_DATABASES_KEPT, open_database, process_database
from storage.recording import due_document_ids, sync_watchlist
from tests.test_crawl import make_config, policy_page


def _dialects() -> int:
    gc.collect()
    return sum(isinstance(o, DefaultDialect) for o in gc.get_objects())


def test_crawling_again_and_again_keeps_one_database_engine(fixture_site: FixtureSite, sqlite_url: str) -> None:
    """A fresh engine per crawl left one SQLAlchemy dialect (and its compiled statements) alive per
    crawl in the ORM's caches: a crawl worker grew by ~0.15 MB per crawl."""
    fixture_site.set_page("/privacy", policy_page())
    config = make_config(sqlite_url, {"Acme": [fixture_site.url("/privacy")]})
    db = open_database(config.database_url)
    sync_watchlist(db, config.vendors, default_interval=timedelta(hours=12))
    ids = due_document_ids(db, all_active=True)
    db.close()

    crawl_documents(ids, config.database_url, config=config)
    before = _dialects()
    for _ in range(4):
        report = crawl_documents(ids, config.database_url, config=config)
        assert [d.outcome for d in report.documents] == ["not_modified"]
    assert _dialects() == before
    assert process_database(config.database_url) is process_database(config.database_url)


def test_the_oldest_of_too_many_databases_is_closed(tmp_path: Path) -> None:
    urls = [f"sqlite:///{tmp_path / f'db{i}.db'}" for i in range(PROCESS_DATABASES_KEPT + 1)]
    first = process_database(urls[0])
    assert process_database(urls[0]) is first
    for url in urls[1:]:
        process_database(url)
    assert urls[0] not in database._process_databases and first._gate is None  # closed
    again = process_database(urls[0])  # opened anew when asked for again
    assert again is not first
    with again.read() as session:
        assert session.get_bind().dialect.name == "sqlite"


def _opened_anew_after_fork(url: str, parent_id: int, answers: object) -> None:  # runs in a forked child
    db = process_database(url)
    with db.read() as session:
        readable = session.get_bind().dialect.name == "sqlite"
    answers.put((id(db) != parent_id, readable))  # type: ignore[attr-defined]


def test_a_forked_child_opens_its_own_database(tmp_path: Path) -> None:
    """A pooled connection must not cross a fork: the child gets a Database of its own."""
    import multiprocessing

    url = f"sqlite:///{tmp_path / 'forked.db'}"
    parent = process_database(url)
    context = multiprocessing.get_context("fork")
    answers = context.Queue()
    child = context.Process(target=_opened_anew_after_fork, args=(url, id(parent), answers))
    child.start()
    child.join(30)
    assert child.exitcode == 0
    assert answers.get(timeout=5) == (True, True)
    assert process_database(url) is parent  # the parent's stays

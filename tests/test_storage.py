"""Storage on real SQLite files (and PostgreSQL when it is running): versions, blobs, outbox, concurrency."""

from __future__ import annotations

import multiprocessing
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from config.schema import VendorConfig
from storage import outcomes
from storage.blobs import get_blob, put_blob
from storage.changes import ChangePolicy
from storage.database import DatabaseError, open_database
from storage.models import Alert, AlertDelivery, Blob, Change, Document, Fetch, Version, utcnow
from storage.queries import document_status, fetch_targets, history, urls_and_last_outcomes
from storage.recording import FetchRecord, due_document_ids, record_fetch, sync_watchlist

# the texts in these tests are short; real policies have far more than ChangePolicy.min_words
SHORT_TEXTS = ChangePolicy(min_words=1, max_shrink=1.0, min_overlap=0.0)

VENDORS = [
    VendorConfig.model_validate({"name": "Acme", "category": "storage", "documents": [{"url": "https://acme.example/privacy"}]}),
    VendorConfig.model_validate({"name": "Empty"}),
]


def ok_fetch(document_id: int, text_value: str, raw: bytes | None = None) -> FetchRecord:
    import hashlib

    now = utcnow()
    return FetchRecord(
        document_id=document_id, url="https://acme.example/privacy", outcome=outcomes.OK, started_at=now, finished_at=now,
        http_status=200, raw_body=raw if raw is not None else text_value.encode(), text=text_value,
        text_sha256=hashlib.sha256(text_value.encode()).hexdigest(), words=len(text_value.split()), language="en",
        etag='"v1"',
    )


@pytest.fixture
def db(sqlite_url: str):  # type: ignore[no-untyped-def]
    database = open_database(sqlite_url)
    sync_watchlist(database, VENDORS, default_interval=timedelta(hours=12))
    yield database
    database.close()


def test_sqlite_runs_in_wal_mode(db, sqlite_url: str) -> None:  # type: ignore[no-untyped-def]
    with db.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_watchlist_sync_reports_vendor_without_documents(sqlite_url: str) -> None:
    database = open_database(sqlite_url)
    result = sync_watchlist(database, VENDORS, default_interval=timedelta(hours=12))
    assert result.documents == 1
    assert result.problems == ["Empty: no documents to watch (add a `documents:` list)"]
    # syncing again changes nothing; dropping the vendor deactivates its document
    assert sync_watchlist(database, VENDORS, default_interval=timedelta(hours=12)).documents == 1
    assert sync_watchlist(database, VENDORS[1:], default_interval=timedelta(hours=12)).deactivated == 1
    assert due_document_ids(database, all_active=True) == []


def test_versions_only_when_normalized_text_changes(db) -> None:  # type: ignore[no-untyped-def]
    [doc_id] = due_document_ids(db)
    first = record_fetch(db, ok_fetch(doc_id, "# Privacy\nWe keep data 3 months.\n"), alert_channels=["mail"], policy=SHORT_TEXTS)
    assert first.change_kind == outcomes.FIRST and first.alert_id is None
    same_text_new_bytes = record_fetch(
        db, ok_fetch(doc_id, "# Privacy\nWe keep data 3 months.\n", raw=b"<html>other chrome</html>"), alert_channels=["mail"]
    )
    assert same_text_new_bytes.change_kind is None and same_text_new_bytes.version_id == first.version_id
    changed = record_fetch(db, ok_fetch(doc_id, "# Privacy\nWe keep data 26 months.\n"), alert_channels=["mail", "hook"], policy=SHORT_TEXTS)
    assert changed.change_kind == outcomes.TEXT and changed.alert_id
    reverted = record_fetch(db, ok_fetch(doc_id, "# Privacy\nWe keep data 3 months.\n"), alert_channels=["mail"], policy=SHORT_TEXTS)
    assert reverted.change_kind == outcomes.REVERTED and reverted.alert_id is None

    rows = history(db, "acme")
    assert [r.change_kind for r in rows] == ["first", "text", "reverted"]
    assert rows[0].last_seen >= rows[0].first_seen
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Fetch)) == 4
        change = session.scalar(select(Change).where(Change.to_version_id == changed.version_id))
        assert change.kind == "text" and change.stats["lines_added"] == 1 and change.stats["lines_removed"] == 1
        deliveries = session.scalars(select(AlertDelivery).where(AlertDelivery.alert_id == changed.alert_id)).all()
        assert sorted(d.channel for d in deliveries) == ["hook", "mail"]
        assert all(d.status == "pending" for d in deliveries)
        # the reverted text reuses the first version's blob: each distinct text is stored once
        texts = session.scalars(select(Version.text_sha256)).all()
        assert len(set(texts)) == 2
        document = session.get(Document, doc_id)
        assert document.etag == '"v1"' and document.status == "ok" and document.next_check_at > utcnow()


def test_work_prepared_before_the_transaction_is_used_only_while_it_holds(db) -> None:  # type: ignore[no-untyped-def]
    """record_fetch compresses and compares a new text before its write transaction (the write lock is
    held for the writes only). When another writer adds a version in between, the recording compares
    with that version, as it would have without the preparation."""
    from storage.recording import _prepare, _record_in_session

    [doc_id] = due_document_ids(db)
    record_fetch(db, ok_fetch(doc_id, "# Privacy\nWe keep data 3 months.\n"), alert_channels=["mail"], policy=SHORT_TEXTS)
    late = ok_fetch(doc_id, "# Privacy\nWe keep data 26 months.\nWe sell it.\n")
    prepared = _prepare(db, late)  # compared with the 3-months version: a text change
    assert prepared is not None and prepared.comparison is not None and not prepared.comparison.cosmetic
    assert set(prepared.compressed) == {late.text_sha256}  # the raw page comes without its hash here
    meanwhile = record_fetch(db, ok_fetch(doc_id, "## Privacy\nWe keep data 26 months.\n- We sell it.\n"),
                             alert_channels=["mail"], policy=SHORT_TEXTS)
    assert meanwhile.change_kind == outcomes.TEXT
    with db.write() as session:
        document = session.get(Document, doc_id)
        result = _record_in_session(session, document, late, ["mail"], SHORT_TEXTS, prepared=prepared)
    assert result.change_kind == outcomes.COSMETIC  # against the version written meanwhile: only the layout differs
    with db.read() as session:
        change = session.scalar(select(Change).where(Change.to_version_id == result.version_id))
        assert change.from_version_id == meanwhile.version_id and change.stats["lines_before"] == 3
        assert get_blob(session, late.text_sha256) == late.text.encode()  # the blob compressed beforehand reads back


def test_failed_fetch_records_outcome_and_backs_off(db) -> None:  # type: ignore[no-untyped-def]
    [doc_id] = due_document_ids(db)
    now = utcnow()
    for _ in range(3):
        record_fetch(
            db,
            FetchRecord(document_id=doc_id, url="u", outcome=outcomes.HTTP_ERROR, started_at=now, finished_at=now,
                        http_status=500, message="HTTP 500"),
            alert_channels=["mail"],
        )
    status = document_status(db)["documents"][0]
    assert status["last_outcome"] == "http_error" and status["consecutive_failures"] == 3 and status["versions"] == 0
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Version)) == 0
        # the third consecutive failure raises one operational alert
        assert session.scalars(select(Alert.kind)).all() == ["fetch_failure"]
        document = session.get(Document, doc_id)
        assert timedelta(minutes=19) < document.next_check_at - now <= timedelta(minutes=20)


def test_a_failing_transaction_leaves_nothing_half_written(db) -> None:  # type: ignore[no-untyped-def]
    [doc_id] = due_document_ids(db)
    record_fetch(db, ok_fetch(doc_id, "# Privacy\nold\n"), alert_channels=[], policy=SHORT_TEXTS)

    def counts() -> list[int]:
        with db.read() as session:
            return [session.scalar(select(func.count()).select_from(m)) for m in (Fetch, Version, Change, Blob, Alert)]

    before = counts()
    # the outbox insert is the last write of the transaction; a duplicate channel makes it fail
    with pytest.raises(Exception, match="UNIQUE"):
        record_fetch(db, ok_fetch(doc_id, "# Privacy\nnew\n"), alert_channels=["mail", "mail"], policy=SHORT_TEXTS)
    assert counts() == before


def test_blobs_are_stored_once_and_compressed(db) -> None:  # type: ignore[no-untyped-def]
    data = ("policy text č š ž å ä ö " * 2000).encode()
    with db.write() as session:
        sha = put_blob(session, data)
        assert put_blob(session, data) == sha
    with db.read() as session:
        blob = session.get(Blob, sha)
        assert blob.codec == "zstd" and len(blob.data) < len(data) / 10
        assert get_blob(session, sha) == data


def test_a_precompressed_blob_is_one_statement_and_still_stored_once(db) -> None:  # type: ignore[no-untyped-def]
    """A caller that compressed before its transaction (the recording) pays one INSERT ... ON CONFLICT
    DO NOTHING per blob, no existence query; a duplicate leaves the first row alone."""
    from sqlalchemy import event, func, select

    from storage.blobs import compress_blob

    data = ("retention of backups " * 500).encode()
    statements: list[str] = []

    def seen(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        with db.write() as session:
            sha = put_blob(session, data, compressed=compress_blob(data))
            assert put_blob(session, data, sha, compressed=compress_blob(data)) == sha
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    blob_statements = [s for s in statements if "blob" in s.lower()]
    assert len(blob_statements) == 2 and all(s.lstrip().upper().startswith("INSERT") for s in blob_statements)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Blob)) == 1
        assert get_blob(session, sha) == data


def test_fetch_targets_carry_validators(db) -> None:  # type: ignore[no-untyped-def]
    [doc_id] = due_document_ids(db)
    record_fetch(db, ok_fetch(doc_id, "a\n"), alert_channels=[], policy=SHORT_TEXTS)
    [target] = fetch_targets(db, [doc_id, 999])
    assert target.etag == '"v1"' and target.has_version and target.vendor == "Acme"


def test_fetch_targets_of_a_batch_beyond_sqlites_variable_limit(db) -> None:  # type: ignore[no-untyped-def]
    [doc_id] = due_document_ids(db)
    record_fetch(db, ok_fetch(doc_id, "a\n"), alert_channels=[], policy=SHORT_TEXTS)
    ids = [*range(1_000_000, 1_040_000), doc_id]  # daemon.batch_size allows far more than 32,766 ids
    [target] = fetch_targets(db, ids)
    assert target.document_id == doc_id and target.has_version
    assert urls_and_last_outcomes(db, ids) == {doc_id: (target.url, "ok")}


def test_bad_database_urls_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="not a SQLAlchemy database URL"):
        open_database("not a url")
    with pytest.raises(DatabaseError, match="in-memory"):
        open_database("sqlite://")


def _increment(url: str, document_id: int, rounds: int) -> None:
    database = open_database(url, migrate=False)
    for _ in range(rounds):
        with database.write() as session:
            document = session.get(Document, document_id)
            document.consecutive_failures += 1  # read-modify-write
    database.close()


def test_concurrent_writers_lose_no_updates(db, sqlite_url: str) -> None:  # type: ignore[no-untyped-def]
    [doc_id] = due_document_ids(db)
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_increment, args=(sqlite_url, doc_id, 40)) for _ in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert all(w.exitcode == 0 for w in workers)
    with db.read() as session:
        assert session.get(Document, doc_id).consecutive_failures == 120


def _increment_in_threads(url: str, document_id: int, rounds: int) -> None:
    import threading

    threads = [threading.Thread(target=_increment, args=(url, document_id, rounds)) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def test_concurrent_writers_in_threads_and_processes_lose_no_updates(db, sqlite_url: str) -> None:  # type: ignore[no-untyped-def]
    [doc_id] = due_document_ids(db)
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_increment_in_threads, args=(sqlite_url, doc_id, 30)) for _ in range(2)]
    for worker in workers:
        worker.start()
    _increment_in_threads(sqlite_url, doc_id, 30)
    for worker in workers:
        worker.join(60)
    assert all(w.exitcode == 0 for w in workers)
    with db.read() as session:
        assert session.get(Document, doc_id).consecutive_failures == 270


def test_a_write_transaction_holds_the_write_gate_until_it_ends(db, sqlite_url: str) -> None:  # type: ignore[no-untyped-def]
    import fcntl
    import os

    gate = sqlite_url.removeprefix("sqlite:///") + "-writer.lock"

    def gate_is_free() -> bool:
        fd = os.open(gate, os.O_RDWR)  # another open file description: flock conflicts as with another process
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
        return True

    with db.write() as session:
        session.execute(text("UPDATE document SET consecutive_failures = 1"))
        assert not gate_is_free()
    assert gate_is_free()
    with pytest.raises(RuntimeError), db.write() as session:
        session.execute(text("UPDATE document SET consecutive_failures = 2"))
        raise RuntimeError("rolled back")
    assert gate_is_free()  # released on error too
    with db.read() as session:
        assert session.execute(text("SELECT max(consecutive_failures) FROM document")).scalar() == 1


def test_schema_revision_is_the_newest_migration_and_spares_alembic(sqlite_url: str) -> None:
    import subprocess
    import sys

    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from storage.database import MIGRATIONS_DIR, SCHEMA_REVISION

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert SCHEMA_REVISION == ScriptDirectory.from_config(cfg).get_current_head()  # bump it with each migration
    open_database(sqlite_url).close()  # migrated to the newest revision
    reopen = ("import sys; from storage.database import open_database; "
              f"open_database({sqlite_url!r}).close(); print('alembic' in sys.modules)")
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", reopen], capture_output=True, text=True, check=True, cwd=root)
    assert out.stdout.strip() == "False"  # an up-to-date database is opened without importing Alembic


def test_the_write_gate_is_shared_per_file_and_never_a_new_way_to_fail(db, sqlite_url: str, tmp_path: Path,
                                                                       caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    import fcntl
    import os

    from storage.database import WriteGate

    other = open_database(sqlite_url, migrate=False)
    assert other._gate is db._gate  # one gate (one file lock) per database file in a process
    other.close()
    path = sqlite_url.removeprefix("sqlite:///")
    gate = WriteGate(path, timeout=0.3)  # as another process's gate: its own open file
    holder = os.open(path + "-writer.lock", os.O_RDWR)
    fcntl.flock(holder, fcntl.LOCK_EX)  # a writer elsewhere holds the gate and does not let go
    try:
        with gate.held():  # after the timeout the writer goes ahead, to SQLite's own locking
            pass
    finally:
        os.close(holder)
    blocked = tmp_path / "blocked.db"
    (tmp_path / "blocked.db-writer.lock").mkdir()  # a lock file that cannot be opened
    with caplog.at_level("WARNING"):
        database = open_database(f"sqlite:///{blocked}")
        sync_watchlist(database, VENDORS, default_interval=timedelta(hours=12))  # writes all the same
        assert due_document_ids(database)
        database.close()
    assert "write gate" in caplog.text and "not used" in caplog.text


def test_reopening_migrates_once(sqlite_url: str) -> None:
    open_database(sqlite_url).close()
    open_database(sqlite_url).close()
    path = sqlite_url.removeprefix("sqlite:///")
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from storage.database import MIGRATIONS_DIR

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(head,)]


def _postgres_url() -> str:
    psycopg = pytest.importorskip("psycopg", reason="psycopg not installed")
    url = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
    try:
        psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres", connect_timeout=3).close()
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"PostgreSQL at 127.0.0.1:5432 not reachable: {exc}")
    return url


@pytest.mark.postgres
def test_same_models_on_postgresql() -> None:
    import uuid

    import psycopg

    name = f"pw_test_{uuid.uuid4().hex[:10]}"
    admin = _postgres_url()
    with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        database = open_database(admin.rsplit("/", 1)[0] + f"/{name}")
        sync_watchlist(database, VENDORS, default_interval=timedelta(hours=1))
        [doc_id] = due_document_ids(database)
        assert record_fetch(database, ok_fetch(doc_id, "a\n"), alert_channels=["m"], policy=SHORT_TEXTS).change_kind == "first"
        assert record_fetch(database, ok_fetch(doc_id, "b\n"), alert_channels=["m"], policy=SHORT_TEXTS).alert_id
        assert [r.change_kind for r in history(database, "Acme")] == ["first", "text"]
        database.close()
    finally:
        with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_padded_in_lists_take_few_lengths_and_keep_their_values() -> None:
    from storage.database import padded_in_list

    assert padded_in_list([]) == [] and padded_in_list([7]) == [7]
    assert padded_in_list([1, 2, 3]) == [1, 2, 3, 3]
    assert padded_in_list(list(range(1, 9))) == list(range(1, 9))
    lengths = {len(padded_in_list(list(range(n)))) for n in range(1, 1025)}
    assert lengths == {1 << k for k in range(11)}
    assert len(padded_in_list(list(range(1500)))) == 2048 and len(padded_in_list(list(range(2049)))) == 3072
    assert set(padded_in_list(list(range(300)))) == set(range(300))



def test_sqlite_connections_keep_a_small_page_cache(sqlite_url: str) -> None:
    from storage.database import SQLITE_PAGE_CACHE_KIB

    db = open_database(sqlite_url)
    with db.read() as session:
        assert session.connection().exec_driver_sql("PRAGMA cache_size").scalar() == -SQLITE_PAGE_CACHE_KIB
    db.close()

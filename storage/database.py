"""Opening the database: engines, SQLite settings, write and read transactions, migrations.

SQLite runs in WAL mode. Write transactions start with ``BEGIN IMMEDIATE`` so that concurrent writers
(daemon, CLI, workers) queue on the busy timeout instead of losing read-modify-write updates; read
transactions use a plain deferred ``BEGIN`` so readers never block writers
(../shared/research/scrapy_scale.md §4.1 measured both).

Writers of one SQLite file also queue on a gate (``WriteGate``: a lock per process and ``flock`` on a
file beside the database across processes), held from ``BEGIN IMMEDIATE`` to commit. SQLite's own busy
handler polls with growing sleeps (1 ms up to 100 ms), so under steady contention (the daemon's record
threads and its crawl workers) a waiting writer slept long after the lock was free. On the gate a
process's waiting writers queue on a lock and one of them polls the file lock every 4 ms at most.
Writers that do not use ``Database.write`` (another program, Alembic) meet the busy timeout as before.
"""

from __future__ import annotations

import fcntl
import logging
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# the newest revision in migrations/versions (a test keeps the two equal): a database already there is
# opened without importing Alembic (~11 MB in every long-lived process: the daemon and its crawl workers)
SCHEMA_REVISION = "0004"
SQLITE_BUSY_TIMEOUT_S = 30
# SQLite's page cache per pooled connection (its default is 2,000 KiB). The daemon's threads each hold
# a connection, and the operating system caches the file anyway: at N=10,000 (make bench-daemon, (a))
# 512 KiB gave a daemon peak RSS of 148-149 MB instead of 150, at the same speed
SQLITE_PAGE_CACHE_KIB = 512
T = TypeVar("T")
log = logging.getLogger(__name__)


class DatabaseError(Exception):
    """The database cannot be opened or migrated; the message says why."""


class WriteGate:
    """One writer at a time per SQLite file, among threads (a lock) and processes (``flock``).

    Only a faster queue than SQLite's busy handler, never a new way to fail or hang: a writer that has
    not got the gate within ``timeout`` (the busy timeout), or cannot open the gate's file (another
    user's, a read-only directory), goes ahead without it and meets SQLite's own locking as before.
    One gate per file and process (``for_database``), so a second ``Database`` on the same file shares it.
    """

    _by_path: dict[str, WriteGate] = {}
    _registry_lock = threading.Lock()

    def __init__(self, database_path: str, timeout: float) -> None:
        self.database_path = database_path
        self.path = f"{database_path}-writer.lock"
        self.timeout = timeout
        self._thread_lock = threading.Lock()
        self._held_here = threading.local()  # this thread's nesting depth
        self._fd: int | None = None
        self._unusable = False
        self._users = 0

    @classmethod
    def for_database(cls, database_path: str, timeout: float) -> WriteGate:
        key = os.path.realpath(database_path)
        with cls._registry_lock:
            gate = cls._by_path.get(key)
            if gate is None:
                gate = cls._by_path[key] = cls(database_path, timeout)
            gate._users += 1
            return gate

    def release(self) -> None:
        """One ``Database`` on the file is closed; the last one closes the gate's file."""
        with WriteGate._registry_lock:
            self._users -= 1
            if self._users > 0:
                return
            WriteGate._by_path.pop(os.path.realpath(self.database_path), None)
        with self._thread_lock:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None

    @contextmanager
    def held(self) -> Iterator[None]:
        depth = getattr(self._held_here, "depth", 0)
        entered = depth > 0 or self._enter()
        if entered:
            self._held_here.depth = depth + 1
        try:
            yield
        finally:
            if entered:
                self._held_here.depth = depth
                if depth == 0:
                    self._leave()

    def _enter(self) -> bool:
        if self._unusable:
            return False
        deadline = time.monotonic() + self.timeout
        if not self._thread_lock.acquire(timeout=self.timeout):
            return False
        if self._fd is None:
            self._fd = self._open()
        # one waiting thread per process polls the file lock; the others wait on the thread lock
        pause = 0.0005
        while self._fd is not None:
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return True
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    break
                time.sleep(pause)
                pause = min(pause * 2, 0.004)
        self._thread_lock.release()
        return False

    def _leave(self) -> None:
        assert self._fd is not None
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        self._thread_lock.release()

    def _open(self) -> int | None:
        try:
            mode = os.stat(self.database_path).st_mode & 0o666  # as SQLite does for its -wal and -shm files
        except OSError:
            mode = 0o644
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, mode)
        except OSError as exc:
            self._unusable = True
            log.warning("SQLite write gate %s not used (%s): writers queue on the busy timeout", self.path, exc)
            return None


class Database:
    """One database: ``write()`` and ``read()`` give sessions inside a transaction."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        self.url = url
        self.engine = _create_engine(url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        self._gate = (WriteGate.for_database(str(Path(self.engine.url.database or "").expanduser()), SQLITE_BUSY_TIMEOUT_S)
                      if self.is_sqlite else None)
        self._writer = sessionmaker(bind=self.engine.execution_options(policywatch_write=True), expire_on_commit=False)
        self._reader = sessionmaker(bind=self.engine, expire_on_commit=False)
        if migrate:
            upgrade_schema(self.engine)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction (``BEGIN IMMEDIATE`` on SQLite), committed on success, rolled back on error."""
        with self._gate.held() if self._gate is not None else nullcontext(), self._writer() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only transaction that never takes the write lock."""
        with self._reader() as session, session.begin():
            yield session
            session.rollback()

    def close(self) -> None:
        self.engine.dispose()
        if self._gate is not None:
            self._gate.release()
            self._gate = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


IN_LIST_EXACT_UP_TO = 1024  # longer IN lists are padded to a multiple of this instead of a power of two


def padded_in_list(values: Sequence[T]) -> list[T]:
    """``values`` padded to a length from a small fixed set (a power of two up to 1,024, else a multiple
    of 1,024) by repeating the last value, for ``column.in_(...)``: the same rows, and few distinct SQL texts.

    SQLAlchemy renders an IN list as one ``?`` per value, and the sqlite3 module keeps up to 128
    prepared statements per connection, keyed by SQL text: an IN list of each new length is one more
    cached statement (tens of KB for a few hundred values), in every pooled connection. Batches of
    varying size made the daemon's SQLite heap grow by ~0.1 MB per cycle (soak, 5 connections); with
    padded lists the set of statements stops growing after the first cycles.
    """
    items = list(values)
    n = len(items)
    if n <= 1:
        return items
    size = 1 << (n - 1).bit_length() if n <= IN_LIST_EXACT_UP_TO else -(-n // IN_LIST_EXACT_UP_TO) * IN_LIST_EXACT_UP_TO
    return items + [items[-1]] * (size - n)


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Open (and by default migrate to the newest schema) the database at ``url``."""
    return Database(url, migrate=migrate)


PROCESS_DATABASES_KEPT = 4  # a worker serves one database; the tests' process opens one per test
_process_databases: OrderedDict[str, tuple[int, Database]] = OrderedDict()  # url: (pid, database)
_process_databases_lock = threading.Lock()


def process_database(url: str) -> Database:
    """The database at ``url``, opened on first use and kept open for the life of this process (the
    newest PROCESS_DATABASES_KEPT URLs), for the functions of (ids, database URL) that a worker process
    runs again and again (``crawler.batch.crawl_documents``, ``monitor.checks.store.recheck_versions``).
    Callers do not close it.

    Why not a fresh ``open_database`` per call: each made a new SQLAlchemy engine, and the ORM's mappers
    keep their compiled INSERT/UPDATE statements per dialect for the last 100 (``Mapper._compiled_cache``),
    so a crawl worker grew by ~0.15 MB per crawl over its first ~150 crawls (the daemon soak: 133 -> 159 MB).
    After a fork the child opens its own (a pooled connection must not cross a fork).
    """
    pid = os.getpid()
    with _process_databases_lock:
        entry = _process_databases.get(url)
        if entry is not None and entry[0] == pid:
            _process_databases.move_to_end(url)
            return entry[1]
        db = open_database(url)
        _process_databases[url] = (pid, db)
        while len(_process_databases) > PROCESS_DATABASES_KEPT:
            _url, (opened_by, oldest) = _process_databases.popitem(last=False)
            if opened_by == pid:
                oldest.close()
        return db


def _create_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(f"{url!r} is not a SQLAlchemy database URL") from None
    if parsed.get_backend_name() != "sqlite":
        try:
            return create_engine(url, pool_pre_ping=True)
        except Exception as exc:  # missing driver, bad options
            raise DatabaseError(f"cannot use database {parsed.render_as_string(hide_password=True)}: {exc}") from None

    database = parsed.database
    if not database or database == ":memory:":
        raise DatabaseError("an in-memory SQLite database cannot be shared between connections; use a file")
    Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        parsed,
        connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        # take over BEGIN from the sqlite3 module (its legacy mode begins too late)
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA cache_size=-{SQLITE_PAGE_CACHE_KIB}")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_S * 1000}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        write = connection.get_execution_options().get("policywatch_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def upgrade_schema(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (fast no-op when already there)."""
    try:
        with engine.connect() as conn:
            current = None
            if inspect(conn).has_table("alembic_version"):
                current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            conn.rollback()
    except Exception as exc:
        raise DatabaseError(f"cannot open database {engine.url.render_as_string(hide_password=True)}: {exc}") from None
    if current == SCHEMA_REVISION:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = _alembic_config(engine)
    if current == ScriptDirectory.from_config(cfg).get_current_head():
        return
    with engine.execution_options(policywatch_write=True).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")

"""One Twisted asyncio reactor per process, started once and never stopped.

A Twisted reactor cannot be restarted (ReactorNotRestartable), so synchronous callers (the CLI, tests,
a Celery worker) do not run and stop it per crawl: the reactor runs in a background thread for the
life of the process and each crawl is submitted to its event loop. A process that already runs the
asyncio reactor on its own loop (the daemon) awaits the crawl coroutines directly instead.
"""

from __future__ import annotations

import asyncio
import gc
import os
import sys
import threading
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

ASYNCIO_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
T = TypeVar("T")

_lock = threading.Lock()
_loop: asyncio.AbstractEventLoop | None = None


class ReactorUnavailableError(RuntimeError):
    """Another kind of Twisted reactor was installed in this process before policywatch's."""


def _reactor_thread(ready: threading.Event, box: list[object]) -> None:
    try:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        from twisted.internet import asyncioreactor, error

        try:
            asyncioreactor.install(eventloop=loop)
        except error.ReactorAlreadyInstalledError:
            from twisted.internet import reactor

            if not isinstance(reactor, asyncioreactor.AsyncioSelectorReactor):
                raise ReactorUnavailableError(f"a {type(reactor).__name__} is already installed") from None
            loop = reactor._asyncioEventloop  # type: ignore[attr-defined]
        from twisted.internet import reactor

        box.append(loop)
        reactor.callWhenRunning(ready.set)
        reactor.run(installSignalHandlers=False)  # type: ignore[attr-defined]
    except BaseException as exc:  # reported to the caller waiting on `ready`
        box.append(exc)
        ready.set()


def reactor_loop() -> asyncio.AbstractEventLoop:
    """The event loop of this process's reactor thread, starting it on first use."""
    global _loop
    with _lock:
        if _loop is not None:
            return _loop
        ready = threading.Event()
        box: list[object] = []
        thread = threading.Thread(target=_reactor_thread, args=(ready, box), name="policywatch-reactor", daemon=True)
        thread.start()
        ready.wait()
        if box and isinstance(box[-1], BaseException):
            raise box[-1]
        _loop = box[0]  # type: ignore[assignment]
        return _loop  # type: ignore[return-value]


def run_in_reactor(make_coroutine: Callable[[], Awaitable[T]], timeout: float | None = None) -> T:
    """Run a coroutine on the reactor's loop from any other thread and wait for its result."""

    async def _wrapper() -> T:
        return await make_coroutine()

    future = asyncio.run_coroutine_threadsafe(_wrapper(), reactor_loop())
    return future.result(timeout)


M_ARENA_MAX = -8  # glibc's mallopt parameter number
DEFAULT_MALLOC_ARENAS = 2
_GLIBC: list[Any] = []  # the loaded library (or None where there is none), once


def glibc() -> Any:
    """glibc through ctypes, or None on another platform or libc (musl): memory and process controls
    that are only worth having, never needed."""
    if not _GLIBC:
        library = None
        if sys.platform.startswith("linux"):
            try:
                import ctypes

                library = ctypes.CDLL("libc.so.6", use_errno=True)
                library.mallopt, library.malloc_trim  # noqa: B018 - glibc has both; musl has neither
            except (OSError, AttributeError):
                library = None
        _GLIBC.append(library)
    return _GLIBC[0]


def limit_malloc_arenas(arenas: int = DEFAULT_MALLOC_ARENAS) -> bool:
    """Let glibc's malloc use at most ``arenas`` arenas for the threads created from now on (as the
    environment variable ``MALLOC_ARENA_MAX`` would); True when applied, False on another libc or
    when the MALLOC_ARENA_MAX environment variable already decides.

    glibc gives a thread that finds the existing arenas busy an arena of its own, up to 8 per core; the
    daemon's threads (asyncio's default executor, Twisted's thread pool) each free page bodies, parse
    trees and rows into their own arena, where ``malloc_trim`` after a cycle cannot hand all of it back.
    Measured with benchmarks/soak_memory.py (300 documents, 60 cycles): 16 arenas holding 13-19 MB of
    free memory after the first changed pages, against 2 arenas holding 3-7 MB; RSS 4 MB lower, same speed.
    Call it early, before the threads start (arenas already created stay).
    """
    library = glibc()
    if library is None or os.environ.get("MALLOC_ARENA_MAX"):
        return False
    return bool(library.mallopt(M_ARENA_MAX, int(arenas)))


M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter number
DEFAULT_MMAP_THRESHOLD = 128 * 1024  # glibc's own starting value, kept fixed


def fix_mmap_threshold(threshold: int = DEFAULT_MMAP_THRESHOLD) -> bool:
    """Serve every block of ``threshold`` bytes or more with its own mmap, for good (as the environment
    variable ``MALLOC_MMAP_THRESHOLD_`` would); True when applied, False on another libc or when that
    variable already decides.

    glibc starts at 128 KiB but raises the threshold to the size of each mmapped block that is freed
    (up to 32 MiB), so after the first page text or parse buffer is freed, blocks of that size come
    from the heap, where they leave holes between long-lived objects that ``malloc_trim`` cannot give
    back: the heap's high-water mark grows with the largest cycle seen. A fixed threshold returns such
    blocks to the OS when they are freed. Measured with the soak of ``make bench-daemon`` (200 cycles):
    crawl worker RSS growth +11.5 % dynamic against +6.4 % fixed, same pages/s.
    """
    library = glibc()
    if library is None or os.environ.get("MALLOC_MMAP_THRESHOLD_"):
        return False
    return bool(library.mallopt(M_MMAP_THRESHOLD, int(threshold)))


def tune_malloc() -> None:
    """What a long-lived process (the daemon, a crawl worker) sets in glibc's malloc at start, before its
    threads start: at most two arenas, a fixed mmap threshold."""
    limit_malloc_arenas()
    fix_mmap_threshold()


def release_free_memory() -> None:
    """Hand the C heap's free pages back to the OS after a cycle (glibc ``malloc_trim``; a no-op elsewhere).

    A crawl allocates and frees page bodies, parse trees and rows from several threads; glibc keeps the
    freed memory in its arenas, so without this the daemon's RSS creeps up cycle after cycle although
    Python's own allocations stay flat (measured by the soak of ``make bench-daemon``)."""
    library = glibc()
    if library is not None:
        library.malloc_trim(0)


def freeze_long_lived_objects() -> int:
    """Collect garbage, then move every object still alive into the collector's permanent generation
    (``gc.freeze``), where later collections do not walk it; returns how many objects are frozen.

    A long-lived process holds a large heap that lives as long as it does: Scrapy's, Twisted's and
    SQLAlchemy's modules, the rule packs, the language profiles. CPython's full collection walks every
    tracked object each time: in the daemon and its crawl worker one ran about every other cycle of
    bench-peers (b), 50-100 ms each. Frozen objects are still freed when their last reference goes; only
    a reference cycle among them would never be collected. So this is called where what is alive is
    meant to stay (after start-up, after the first crawl has imported its components), never per cycle.
    """
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()

"""crawler.runtime: glibc's M_ARENA_MAX and a fixed M_MMAP_THRESHOLD, set from inside the process."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest


def test_threads_share_the_limited_arenas() -> None:
    # in a fresh process: glibc counts arenas per process, and the limit only affects new threads
    code = textwrap.dedent("""
        import ctypes, re, sys, tempfile, threading
        from crawler.runtime import limit_malloc_arenas
        if not sys.platform.startswith("linux"):
            print("skip"); sys.exit(0)
        assert limit_malloc_arenas(2)
        barrier = threading.Barrier(8)
        def work():
            barrier.wait()  # all at once: contention is what makes glibc hand out new arenas
            blobs = [bytearray(4_000) for _ in range(5_000)]  # malloc'd from this thread's arena
            del blobs
        threads = [threading.Thread(target=work) for _ in range(8)]
        for t in threads: t.start()
        for t in threads: t.join()
        libc = ctypes.CDLL("libc.so.6")
        libc.fopen.restype = ctypes.c_void_p
        libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
        libc.malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
        libc.fclose.argtypes = [ctypes.c_void_p]
        with tempfile.NamedTemporaryFile("r", suffix=".xml") as tmp:
            fp = libc.fopen(tmp.name.encode(), b"w"); libc.malloc_info(0, fp); libc.fclose(fp)
            print(len(re.findall("<heap nr=", open(tmp.name).read())))
    """)
    env = {k: v for k, v in __import__("os").environ.items() if k != "MALLOC_ARENA_MAX"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout.strip()
    assert out == "skip" or int(out) <= 2


def test_the_environment_variable_wins() -> None:
    code = "from crawler.runtime import limit_malloc_arenas; print(limit_malloc_arenas(2))"
    env = {**__import__("os").environ, "MALLOC_ARENA_MAX": "4"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout.strip()
    assert out == "False"


MMAP_PROBE = textwrap.dedent("""
    import ctypes, sys
    from crawler.runtime import fix_mmap_threshold, glibc
    if glibc() is None or not hasattr(glibc(), "mallinfo2"):
        print("skip"); sys.exit(0)
    class Mallinfo2(ctypes.Structure):
        _fields_ = [(n, ctypes.c_size_t) for n in
                    ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]
    glibc().mallinfo2.restype = Mallinfo2
    if sys.argv[1] == "fixed":
        assert fix_mmap_threshold()
    first = bytearray(4_000_000)  # mmapped either way (over glibc's starting threshold of 128 KiB)
    del first  # glibc's dynamic threshold now rises to ~4 MB
    page_text = bytearray(1_000_000)
    print(glibc().mallinfo2().hblkhd >= 1_000_000)  # served by its own mmap?
""")


def _probe(mode: str) -> str:
    env = {k: v for k, v in __import__("os").environ.items() if k != "MALLOC_MMAP_THRESHOLD_"}
    return subprocess.run([sys.executable, "-c", MMAP_PROBE, mode], capture_output=True, text=True, check=True,
                          env=env).stdout.strip()


def test_a_fixed_mmap_threshold_keeps_large_blocks_out_of_the_heap() -> None:
    """Without it, freeing one large block makes glibc serve blocks up to that size from the heap (where
    they leave holes malloc_trim cannot return); with it, each still gets its own mmap, unmapped when freed."""
    dynamic, fixed = _probe("dynamic"), _probe("fixed")
    if "skip" in (dynamic, fixed):
        pytest.skip("needs glibc 2.33+ (mallinfo2): the mmap threshold is glibc's")
    assert (dynamic, fixed) == ("False", "True")


def test_the_mmap_threshold_variable_wins() -> None:
    code = "from crawler.runtime import fix_mmap_threshold; print(fix_mmap_threshold())"
    env = {**__import__("os").environ, "MALLOC_MMAP_THRESHOLD_": "65536"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout.strip()
    assert out == "False"

"""crawler.runtime.freeze_long_lived_objects: what lives as long as the process leaves the collector's walks."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_freezing_collects_garbage_first_and_later_garbage_is_still_collected() -> None:
    # in a fresh process: a frozen heap stays frozen for the life of the process (pytest's own included)
    code = textwrap.dedent("""
        import gc, weakref
        from crawler.runtime import freeze_long_lived_objects

        class Node:
            def __init__(self): self.me = self  # a reference cycle: only the collector frees it

        kept = [Node() for _ in range(1000)]
        dropped = Node(); before = weakref.ref(dropped); del dropped  # garbage when the freeze comes
        frozen = freeze_long_lived_objects()
        assert before() is None, "garbage was frozen instead of collected"
        assert frozen == gc.get_freeze_count() > len(kept)
        assert not any(gc.is_tracked(k) and k in gc.get_objects() for k in kept[:3])  # no longer walked
        later = Node(); after = weakref.ref(later); del later  # garbage made after the freeze
        gc.collect()
        assert after() is None, "a cycle made after the freeze was not collected"
        assert gc.get_freeze_count() == frozen
        print("ok")
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"

"""Runaway guards that a slow or busy machine cannot fail: how much longer a pathological input takes than the same
input at a quarter of its length, not how many seconds it takes.

Speed targets are the benchmark script's (``scripts/benchmark.py``); a test must pass on a slow, loaded 2-core machine,
and a wall-clock bound failed there on correct code (2.4 s against 2 s, 7.9 s against 6 s under a load of 9). The
ratio does not depend on the machine's speed, and CPU time (``time.process_time``) does not count the time the process
waits for a core, so the machine's load moves it little. Linear work on four times the input takes at most four times
as long (the fixed part, the article around the run, only lowers the ratio); quadratic work takes 16 times, cubic 64.
"""

from __future__ import annotations

import gc
import time
from typing import Callable

QUARTER = 4  # the small input is the big one at a quarter of its length


def _cpu(run: Callable[[], object]) -> float:
    began = time.process_time()
    run()
    return time.process_time() - began


def growth(run: Callable[[str], object], small: str, big: str, bound: float, tries: int = 3) -> float:
    """How many times the CPU time of ``run(big)`` that of ``run(small)`` is: the best of each, timed alternately (so a
    spell of load falls on both), with the collector off (as ``timeit`` does). ``run(small)`` runs once first, untimed,
    so a first call's loading of resources is not counted in the peer. A try whose ratio is under ``bound`` ends it; a
    try over it gets more (up to ``tries``): a runaway stays over on every try, a try slowed by chance does not; one
    three times over it is a runaway already (no load triples a ratio of CPU times; a cubic one took minutes a try)."""
    run(small)
    best_small = best_big = float("inf")
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(tries):
            best_small = min(best_small, _cpu(lambda: run(small)))
            best_big = min(best_big, _cpu(lambda: run(big)))
            if best_big < bound * best_small or best_big > 3 * bound * best_small:
                break  # under: passed; far over: a runaway, which more tries only make slower to report
    finally:
        if enabled:
            gc.enable()
    return best_big / max(best_small, 1e-9)

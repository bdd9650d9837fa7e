#!/usr/bin/env python
"""What ``timeout=`` costs a ``regex`` call (run by hand)::

    python benchmarks/bench_regex_timeout.py

natocorpus passes ``timeout=REGEX_TIMEOUT`` to every ``regex`` call on input
text (the backstop against catastrophic backtracking). The timeout is not free:
this measures, on invented text, the cost per call and per match of a few call
shapes with and without it, so that stages can choose call shapes (one
``finditer`` over a block rather than one ``search`` per word) that keep the
backstop cheap. Medians of 5 runs.
"""

from __future__ import annotations

import functools
import statistics
import time
from collections.abc import Callable

import regex

TIMEOUT = 2.0
WORDS = regex.compile(r"\w+")
NOTHING = regex.compile(r"zzz")
TEXT = "Allies pledged more air defence to Kyiv on Tuesday. " * 20_000
SHORT = "Allies pledged"


def median_seconds(fn: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    n_words = len(WORDS.findall(TEXT))
    calls = 100_000

    def many_searches(timeout: float | None) -> object:
        return [WORDS.search(SHORT, timeout=timeout) for _ in range(calls)]

    def finditer(timeout: float | None) -> object:
        return sum(1 for _ in WORDS.finditer(TEXT, timeout=timeout))

    def findall(timeout: float | None) -> object:
        return WORDS.findall(TEXT, timeout=timeout)

    def one_search(timeout: float | None) -> object:
        return NOTHING.search(TEXT, timeout=timeout)

    cases: list[tuple[str, int, Callable[[float | None], object]]] = [
        ("search, short string", calls, many_searches),
        ("finditer, per match", n_words, finditer),
        ("findall, per match", n_words, findall),
        ("search, 1 MB, no match", 1, one_search),
    ]
    print(f"regex {regex.__version__}; timeout={TIMEOUT}; text {len(TEXT) / 1e6:.2f} MB")
    header = f"{'call shape':<24} {'per unit, no timeout':>22} {'with timeout':>14} {'extra':>10}"
    print(header)
    print("-" * len(header))
    for name, units, fn in cases:
        plain = median_seconds(functools.partial(fn, None)) / units
        timed = median_seconds(functools.partial(fn, TIMEOUT)) / units
        extra = timed - plain
        print(f"{name:<24} {plain * 1e6:>19.3f} µs {timed * 1e6:>11.3f} µs {extra * 1e6:>7.3f} µs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

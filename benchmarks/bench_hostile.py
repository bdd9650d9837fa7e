#!/usr/bin/env python
"""Time ``natocorpus.parse`` (and ``find_amounts``) on the hostile inputs of the test suite.

Run by hand from the repository root (not part of the test suite)::

    python benchmarks/bench_hostile.py               # every input, 3 runs each
    python benchmarks/bench_hostile.py --runs 1 -k quotes

The inputs are those of ``tests/test_hostile.py`` (``tests/_hostile_inputs.py``).
The budget of issue 8 is 1 s per 100 kB of input (UTF-8 bytes), with a floor
of 10 ms for tiny inputs; a time is the median of ``--runs`` runs. Each run is
a forked child process (a thread where there is no fork); one that has not
finished after ``--hang-seconds`` is killed and reported as a hang. The outcome column says
what parse did: the blocks, quotes and amounts it found, or the
``NatocorpusError`` it raised. Exit status 1 if any input missed its budget,
hung, or raised anything else.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BYTES_PER_SECOND = 100_000
FLOOR_SECONDS = 0.01


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--runs", type=int, default=3, help="runs per input (median)")
    ap.add_argument("-k", dest="keyword", default="", help="only inputs whose name has this")
    ap.add_argument("--hang-seconds", type=float, default=120.0, help="give up on an input")
    ap.add_argument("--installed", action="store_true", help="use the installed natocorpus")
    args = ap.parse_args(argv)

    if not args.installed:
        sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT / "tests"))
    import natocorpus
    from _checks import ChildError, HangError, run_isolated
    from _hostile_inputs import HOSTILE

    def parse_once(text: str) -> tuple[float, str]:
        start = time.perf_counter()
        try:
            article = natocorpus.parse(text)
        except natocorpus.NatocorpusError as exc:
            return time.perf_counter() - start, f"raised {type(exc).__name__}"
        seconds = time.perf_counter() - start
        found = (len(article.blocks), len(article.quotes), len(article.amounts))
        return seconds, "{} blocks, {} quotes, {} amounts".format(*found)

    def amounts_once(text: str) -> tuple[float, str]:
        start = time.perf_counter()
        try:
            natocorpus.find_amounts(text)
        except natocorpus.NatocorpusError as exc:
            return time.perf_counter() - start, f"raised {type(exc).__name__}"
        return time.perf_counter() - start, ""

    def timed(fn: Callable[[str], tuple[float, str]], text: str) -> tuple[float, str]:
        """Median seconds over the runs, each in a child process that a hang gets killed."""
        results = [run_isolated(lambda: fn(text), args.hang_seconds) for _ in range(args.runs)]
        return statistics.median(r[0] for r in results), results[-1][1]

    print(f"natocorpus {natocorpus.__version__} from {Path(natocorpus.__file__).parent}")
    print(f"budget: 1 s per 100 kB (floor {FLOOR_SECONDS * 1e3:g} ms), median of {args.runs}")
    rows = []
    failures = 0
    for name in sorted(HOSTILE):
        if args.keyword not in name:
            continue
        text = HOSTILE[name]()
        size = len(text.encode("utf-8", "surrogatepass"))
        budget = max(size / BYTES_PER_SECOND, FLOOR_SECONDS)
        status = "ok"
        try:
            parse_s, outcome = timed(parse_once, text)
            amounts_s, amounts_outcome = timed(amounts_once, text)
        except HangError:
            parse_s = amounts_s = float("nan")
            outcome, status = f"hang (> {args.hang_seconds:g} s)", "HANG"
        except ChildError as exc:  # not a NatocorpusError: a bug
            parse_s = amounts_s = float("nan")
            outcome, status = str(exc).splitlines()[0][:70], "CRASH"
        else:
            if amounts_outcome:
                outcome += f"; find_amounts {amounts_outcome}"
            if max(parse_s, amounts_s) > budget:
                status = "MISSED"
        if status != "ok":
            failures += 1
        rows.append(
            [
                name,
                f"{size / 1e3:.1f}",
                f"{budget:.2f}",
                f"{parse_s:.3f}",
                f"{amounts_s:.3f}",
                f"{parse_s / size * BYTES_PER_SECOND:.3f}" if size >= 1_000 else "-",
                status,
                outcome,
            ]
        )
    header = ["input", "kB", "budget s", "parse s", "amounts s", "s/100kB", "status", "outcome"]
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]
    for r in (header, ["-" * w for w in widths], *rows):
        numbers = (c.rjust(w) for c, w in zip(r[1:7], widths[1:7], strict=True))
        cells = [r[0].ljust(widths[0]), *numbers, r[7]]
        print("  ".join(cells))
    print(f"\n{len(rows) - failures} of {len(rows)} inputs within budget")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python
"""Throughput, scaling and peak memory of ``natocorpus.parse`` and of each stage.

Run by hand from the repository root (it is not part of the test suite)::

    python benchmarks/bench_parse.py             # ~10 MB corpus, 5 runs, 1x/10x/100x
    python benchmarks/bench_parse.py --quick     # ~1 MB corpus, 3 runs, 1x/10x
    python benchmarks/bench_parse.py --runs 9 --json /tmp/bench.json

It imports natocorpus from ``src/`` of this checkout (``--installed`` uses the
installed package instead) and prints which one it used.

The inputs are built deterministically from the seed articles:

- *seeds*: the files ``seeds/*.txt`` in sorted file-name order, each parsed as
  one article;
- *unit*: the seeds in sorted order joined by ``"\\n\\n"`` (about 42 kB);
- *k x*: k copies of the unit joined by ``"\\n\\n"``, parsed as one text (the
  scaling series 1x, 10x, 100x, and the per-stage figures);
- *corpus, one text*: N copies of the unit joined by ``"\\n\\n"``, N the
  smallest number reaching ``--size-mb`` (default 10);
- *corpus, many articles*: the seeds cycled in sorted order, each one article,
  until their total size reaches ``--size-mb`` (realistic throughput), timed
  with every result kept in a list and again with each result dropped at once
  (as a stream written out does): kept results cost the garbage collector and
  the allocator some time.

Sizes are UTF-8 bytes; 1 MB = 10**6 bytes. A time is the median over
``--runs`` runs; a run calls the function as many times as needed to last at
least ``--min-seconds`` and divides (small inputs), after one uncounted call
(warm-up and calibration). The growth of parse is measured with the scales
taken in turn within each run (a shared machine drifts) and judged on the best
run of each scale, noise only ever adding time. The garbage collector stays on, as in real use; it
is run before every run. Peak memory is ``tracemalloc``'s peak while parsing,
the input text already allocated, as a multiple of the input's UTF-8 size and of
the in-memory size of the ``str`` (``sys.getsizeof``), for each seed alone, for the
corpus of many articles parsed one by one with every result kept (as a caller
collecting a corpus does), and for the k x texts (whose repeated lines share one
string, which flatters them).

Targets (issue 8): parse >= 2 MB/s on one core; t(100x) / (100 t(1x)) <= 1.2;
peak memory <= 10x the input.
"""

from __future__ import annotations

import argparse
import functools
import gc
import importlib
import json
import math
import os
import platform
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

TARGET_MBPS = 2.0
TARGET_GROWTH = 1.2
TARGET_MEMORY = 10.0


# --- inputs ----------------------------------------------------------------------------------


def mb(text: str) -> float:
    """Size of *text* in MB (10**6 bytes) of UTF-8."""
    return len(text.encode("utf-8", "surrogatepass")) / 1e6


def read_seeds(seeds_dir: Path) -> list[str]:
    """The seed texts in sorted file-name order."""
    paths = sorted(seeds_dir.glob("*.txt"))
    if not paths:
        raise SystemExit(f"no seeds/*.txt under {seeds_dir}")
    return [p.read_text(encoding="utf-8") for p in paths]


def scaled(unit: str, copies: int) -> str:
    """*copies* copies of *unit* joined by a blank line, as one text."""
    return "\n\n".join([unit] * copies)


def parse_all(texts: Sequence[str]) -> list[Any]:
    """Parse every text (one article each)."""
    import natocorpus

    return [natocorpus.parse(t) for t in texts]


def parse_each(texts: Sequence[str]) -> None:
    """Parse every text (one article each), dropping each result at once (a stream)."""
    import natocorpus

    for text in texts:
        natocorpus.parse(text)


def many_articles(seeds: Sequence[str], size_mb: float) -> list[str]:
    """The seeds cycled in order, each one article, until they reach *size_mb*."""
    articles: list[str] = []
    total = 0.0
    while total < size_mb:
        seed = seeds[len(articles) % len(seeds)]
        articles.append(seed)
        total += mb(seed)
    return articles


# --- measuring -------------------------------------------------------------------------------


class Timing:
    """Seconds per call: median and best over the runs."""

    def __init__(self, per_call: list[float]) -> None:
        self.median = statistics.median(per_call)
        self.best = min(per_call)
        self.runs = len(per_call)


def measure(fn: Callable[[], Any], runs: int, min_seconds: float) -> tuple[Timing, Any]:
    """Time *fn*; return the timing and the result of the uncounted first call."""
    gc.collect()
    start = time.perf_counter()
    result = fn()
    first = time.perf_counter() - start
    reps = max(1, math.ceil(min_seconds / first)) if first > 0 else 1000
    per_call = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        for _ in range(reps):
            fn()
        per_call.append((time.perf_counter() - start) / reps)
    return Timing(per_call), result


def parse_times_1(text: str) -> float:
    """Seconds of one call of parse on *text* (for calibration)."""
    import natocorpus

    start = time.perf_counter()
    natocorpus.parse(text)
    return time.perf_counter() - start


def peak_memory(fn: Callable[[], Any]) -> int:
    """Peak bytes allocated while *fn* runs (tracemalloc), its result included."""
    gc.collect()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        result = fn()
        peak = tracemalloc.get_traced_memory()[1]
        del result
    finally:
        tracemalloc.stop()
    return peak


# --- stages ----------------------------------------------------------------------------------


class StageRow:
    """One stage's timing on one input, or why it has none."""

    def __init__(self, name: str, timing: Timing | None, note: str = "") -> None:
        self.name = name
        self.timing = timing
        self.note = note


def private_module(name: str) -> Any:
    """``natocorpus.<name>``, or ``None`` if there is no such module."""
    try:
        return importlib.import_module(f"natocorpus.{name}")
    except ImportError:
        return None


def stage_rows(text: str, runs: int, min_seconds: float) -> list[StageRow]:
    """Time each stage on *text*, given the previous stage's output, then the whole parse.

    A stage that raises is reported with its error and the stages that need its
    output are skipped; the benchmark goes on.
    """
    import natocorpus

    # Missing modules become None; using them then fails inside run(), which reports it.
    _aid, _interviews, _layout, _people, _quotes = (
        private_module(m) for m in ("_aid", "_interviews", "_layout", "_people", "_quotes")
    )

    rows: list[StageRow] = []
    state: dict[str, Any] = {}

    def run(name: str, needs: Sequence[str], key: str, fn: Callable[[], Any]) -> None:
        missing = [n for n in needs if n not in state]
        if missing:
            rows.append(StageRow(name, None, f"skipped: no {', '.join(missing)}"))
            return
        try:
            timing, result = measure(fn, runs, min_seconds)
        except Exception as exc:  # a dev tool: report and carry on
            rows.append(StageRow(name, None, f"error: {type(exc).__name__}: {exc}"[:70]))
            return
        state[key] = result
        rows.append(StageRow(name, timing))

    def layout() -> Any:
        step = getattr(state["parser"], "layout", None)
        return step(text) if step else _layout.analyse_layout(text, state["parser"])

    run("guess_source", (), "parser", lambda: natocorpus.guess_source(text))
    run("layout", ("parser",), "layout", layout)
    run(
        "PeopleIndex.build",
        ("layout",),
        "people",
        lambda: _people.PeopleIndex.build(text, state["layout"].blocks),
    )
    run(
        "find_interviews",
        ("layout", "people"),
        "interviews",
        lambda: _interviews.find_interviews(
            text, state["layout"].blocks, state["people"], state["layout"]
        ),
    )
    run(
        "find_quotes",
        ("interviews", "people"),
        "quotes",
        lambda: _quotes.find_quotes(text, state["interviews"][0], state["people"]),
    )
    run(
        "find_aid",
        ("interviews", "people"),
        "aid",
        lambda: _aid.find_aid(text, state["interviews"][0], state["people"]),
    )
    summed = [r.timing.median for r in rows if r.timing is not None]
    partial = "partial: a stage failed" if len(summed) < len(rows) else ""
    total = Timing([sum(summed)]) if summed else None
    rows.append(StageRow("sum of the stages above", total, partial))
    run("find_amounts (whole text)", (), "amounts", lambda: natocorpus.find_amounts(text))
    rows[-1].note = rows[-1].note or "inside find_aid; not summed"
    run("parse", (), "article", lambda: natocorpus.parse(text))
    return rows


# --- printing --------------------------------------------------------------------------------


def table(title: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Print a plain-text table (first column left-aligned, the others right-aligned)."""
    widths = [max(len(str(r[i])) for r in (header, *rows)) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        out = [str(cells[0]).ljust(widths[0])]
        out += [str(c).rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True)]
        return "  ".join(out).rstrip()

    print(f"\n{title}")
    print(line(header))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(line(r))


def rate(megabytes: float, seconds: float | None) -> str:
    """MB/s, readable; stages that cost next to nothing show as '>1000'."""
    if not seconds:
        return "-"
    value = megabytes / seconds
    return ">1000" if value > 1000 else f"{value:.2f}"


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def machine() -> dict[str, str]:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for info_line in Path("/proc/cpuinfo").read_text().splitlines():
            if info_line.startswith("model name"):
                cpu = info_line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import natocorpus

    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "os": platform.platform(),
        "python": platform.python_version(),
        "natocorpus": f"{natocorpus.__version__} ({Path(natocorpus.__file__).parent})",
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "load": load_average(),
    }


def load_average() -> str:
    """The 1-minute load average, with a warning when other work competes for the cores."""
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return "unknown"
    busy = load > 0.5 * (os.cpu_count() or 1)
    return f"{load:.2f}" + ("  (BUSY MACHINE: figures will be noisy)" if busy else "")


# --- main ------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="~1 MB corpus, 3 runs, scales 1x and 10x")
    ap.add_argument("--runs", type=int, default=None, help="runs per measurement (default 5)")
    ap.add_argument("--size-mb", type=float, default=None, help="corpus size (default 10)")
    ap.add_argument("--min-seconds", type=float, default=0.2, help="least time of one run")
    ap.add_argument("--seeds", type=Path, default=ROOT / "seeds", help="seed directory")
    ap.add_argument("--no-memory", action="store_true", help="skip the tracemalloc runs")
    ap.add_argument("--installed", action="store_true", help="use the installed natocorpus")
    ap.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = ap.parse_args(argv)
    runs = args.runs or (3 if args.quick else 5)
    size_mb = args.size_mb or (1.0 if args.quick else 10.0)
    scales = (1, 10) if args.quick else (1, 10, 100)

    if not args.installed:
        sys.path.insert(0, str(ROOT / "src"))
    import natocorpus

    seeds = read_seeds(args.seeds)
    unit = "\n\n".join(seeds)
    natocorpus.parse(unit)  # warm-up: imports, lazy tables

    report: dict[str, Any] = {"machine": machine(), "runs": runs, "unit_mb": mb(unit)}
    print("natocorpus parse benchmark")
    for key, value in report["machine"].items():
        print(f"  {key:<11} {value}")
    print(f"  runs        {runs} (median), at least {args.min_seconds} s each")
    print(f"  unit        {len(seeds)} seeds joined: {mb(unit):.4f} MB")

    # Throughput of parse.
    copies = math.ceil(size_mb / mb(unit))
    articles = many_articles(seeds, size_mb)
    inputs: list[tuple[str, list[str], Callable[[Sequence[str]], Any]]] = [
        (f"seeds ({len(seeds)} articles)", seeds, parse_all),
        (f"corpus, {len(articles)} articles", articles, parse_all),
        (f"corpus, {len(articles)} articles, dropped", articles, parse_each),
        (f"corpus, one text ({copies} units)", [scaled(unit, copies)], parse_all),
    ]
    rows = []
    report["throughput"] = []
    for name, texts, parse_them in inputs:
        size = sum(mb(t) for t in texts)
        try:
            timing, _ = measure(functools.partial(parse_them, texts), runs, args.min_seconds)
        except Exception as exc:  # a dev tool: report and carry on
            rows.append([name, f"{size:.3f}", "-", "-", "-", f"error: {type(exc).__name__}"])
            continue
        speed = size / timing.median
        rows.append(
            [
                name,
                f"{size:.3f}",
                f"{timing.median:.4g}",
                f"{timing.best:.4g}",
                f"{speed:.2f}",
                verdict(speed >= TARGET_MBPS),
            ]
        )
        report["throughput"].append(
            {"input": name, "mb": size, "median_s": timing.median, "best_s": timing.best}
        )
    del inputs
    table(
        f"parse throughput (target >= {TARGET_MBPS} MB/s)",
        ["input", "MB", "median s", "best s", "MB/s", "target"],
        rows,
    )

    # Stages at 1x, 10x, 100x.
    per_scale: dict[int, list[StageRow]] = {}
    for k in scales:
        per_scale[k] = stage_rows(scaled(unit, k), runs, args.min_seconds)
    names = [r.name for r in per_scale[scales[0]]]
    top = scales[-1]
    header = ["stage", *(f"{k}x ms" for k in scales), f"{top}x MB/s", f"t({top}x)/({top} t(1x))"]
    rows = []
    report["stages"] = {}
    for i, name in enumerate(names):
        cells = [name]
        medians: list[float | None] = []
        for k in scales:
            row = per_scale[k][i]
            medians.append(row.timing.median if row.timing else None)
            cells.append(f"{row.timing.median * 1e3:.3f}" if row.timing else "-")
        first, last = medians[0], medians[-1]
        cells.append(rate(mb(unit) * top, last))
        if first is not None and last is not None and first > 1e-5:
            cells.append(f"{last / (top * first):.3f}")
        else:  # below 10 µs a call is all overhead: no growth to speak of
            cells.append("n/a")
        notes = {per_scale[k][i].note for k in scales} - {""}
        if notes:
            cells[0] += f"  [{'; '.join(sorted(notes))}]"
        rows.append(cells)
        report["stages"][name] = {f"{k}x": m for k, m in zip(scales, medians, strict=True)}
    table("stages, one text of k units (median ms per call)", header, rows)

    # Linearity of parse: the scales measured in turn within each run, so that the
    # drift of a shared machine touches all of them alike.
    scaled_texts = {k: scaled(unit, k) for k in scales}
    per_call: dict[int, list[float]] = {k: [] for k in scales}
    reps = {
        k: max(1, math.ceil(args.min_seconds / max(parse_times_1(scaled_texts[k]), 1e-9)))
        for k in scales
    }
    for _ in range(runs):
        for k in scales:
            gc.collect()
            start = time.perf_counter()
            for _ in range(reps[k]):
                natocorpus.parse(scaled_texts[k])
            per_call[k].append((time.perf_counter() - start) / reps[k])
    timings = {k: Timing(per_call[k]) for k in scales}
    rows = []
    report["growth"] = {}
    for k in scales[1:]:
        by_median = timings[k].median / (k * timings[1].median)
        by_best = timings[k].best / (k * timings[1].best)
        rows.append(
            [
                f"{k}x",
                f"{timings[k].median * 1e3:.2f}",
                f"{by_median:.3f}",
                f"{by_best:.3f}",
                verdict(by_best <= TARGET_GROWTH),
            ]
        )
        report["growth"][f"{k}x"] = {"median": by_median, "best": by_best}
    table(
        f"parse growth t(kx)/(k t(1x)), scales interleaved (target <= {TARGET_GROWTH}, on best)",
        ["k", "median ms", "ratio (medians)", "ratio (best runs)", "target"],
        rows,
    )
    del scaled_texts

    # Peak memory.
    if not args.no_memory:
        rows = []
        report["memory"] = []
        # Each seed alone, then the corpus of many articles parsed one by one with every
        # result kept, then the k x texts. In a k x text the copies' lines repeat, and the
        # layout keeps one string for equal lines, so the seeds alone and the corpus are the
        # honest figures for text that does not repeat itself.
        memory_inputs: list[tuple[str, Callable[[], Any], Sequence[str]]] = [
            (f"seed {i + 1}", functools.partial(natocorpus.parse, seed), [seed])
            for i, seed in enumerate(seeds)
        ]
        memory_inputs.append(
            (f"corpus, {len(articles)} articles", functools.partial(parse_all, articles), articles)
        )
        memory_inputs += [
            (f"{k}x", functools.partial(natocorpus.parse, text), [text])
            for k, text in ((k, scaled(unit, k)) for k in scales)
        ]
        for name, fn, parsed in memory_inputs:
            peak = peak_memory(fn)
            size = sum(mb(text) for text in parsed) * 1e6
            in_memory = sum(map(sys.getsizeof, parsed))
            rows.append(
                [
                    name,
                    f"{size / 1e6:.3f}",
                    f"{in_memory / 1e6:.3f}",
                    f"{peak / 1e6:.2f}",
                    f"{peak / size:.2f}",
                    f"{peak / in_memory:.2f}",
                    verdict(peak / size <= TARGET_MEMORY),
                ]
            )
            report["memory"].append(
                {"input": name, "utf8_bytes": size, "str_bytes": in_memory, "peak_bytes": peak}
            )
        table(
            f"peak memory while parsing (target <= {TARGET_MEMORY:g}x the input)",
            ["input", "UTF-8 MB", "str MB", "peak MB", "peak/UTF-8", "peak/str", "target"],
            rows,
        )

    print(f"\nload average at the end: {load_average()}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

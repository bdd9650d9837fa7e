"""A bounded, reproducible fuzzing run seeded from the seed articles.

Each example takes a seed article (or the invented page of ``_hostile_inputs``),
applies a few mutations (delete, duplicate or move a slice, splice in part of
another seed, swap one kind of quotation mark for another, change line ends,
upper-case a slice, insert a hostile fragment or random Unicode, cut the text short) and checks
that :func:`natocorpus.parse` keeps every invariant of ``_checks.check_article``
or raises a :class:`~natocorpus.NatocorpusError`. Each example runs in a forked
child process that is killed after ``NATOCORPUS_WATCHDOG_SECONDS`` (30 s), so a
hang fails the run instead of blocking CI.

The run is part of the normal test suite, so CI runs it. It is derandomised
(the same examples on every machine) and bounded twice: by the number of
examples, and by a wall-clock budget after which the remaining examples are
generated but not parsed, so that a slow machine cannot push CI over two
minutes. A longer run, locally::

    NATOCORPUS_FUZZ_EXAMPLES=5000 NATOCORPUS_FUZZ_SECONDS=3600 \\
        python -m pytest tests/test_fuzz.py -q

``NATOCORPUS_FUZZ_RANDOM=1`` draws fresh random examples instead of the
fixed ones (Hypothesis prints the failing input and how to reproduce it).
"""

from __future__ import annotations

import os
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _checks import check_article, parse_or_error, run_isolated
from _hostile_inputs import FRAGMENTS, PAGE, QUOTE_MARKS, UNICODE_SPACES, seed_texts

EXAMPLES = int(os.environ.get("NATOCORPUS_FUZZ_EXAMPLES", "300"))
BUDGET_SECONDS = float(os.environ.get("NATOCORPUS_FUZZ_SECONDS", "90"))
HANG_SECONDS = float(os.environ.get("NATOCORPUS_WATCHDOG_SECONDS", "30"))
RANDOM = os.environ.get("NATOCORPUS_FUZZ_RANDOM", "") not in ("", "0")

CORPUS: tuple[str, ...] = (*seed_texts(), PAGE)

HOSTILE_FRAGMENTS: tuple[str, ...] = (
    "\x00",
    "\ud800",
    "\u202e",
    "\u200b\u200d",
    "\ufeff",
    "\r",
    "\r\n",
    "\n\n\n",
    "1,1,1,1,1,1,1,1,1,1,1,1",
    "$$$\u20ac\u20ac",
    "\u201c\u201c\u201c\u2018\u2018",
    "\u201d\u201d\u2019\u2019",
    "Q:",
    "A:",
    ":",
    " said ",
    "\u0301\u0301\u0301",
    "\U0001f600",
)


@st.composite
def mutated_seed(draw: st.DrawFn) -> str:
    """A seed article with up to eight mutations applied."""
    text = draw(st.sampled_from(CORPUS))
    for _ in range(draw(st.integers(0, 8))):
        n = len(text)
        i = draw(st.integers(0, n))
        j = draw(st.integers(i, min(n, i + 2_000)))
        op = draw(st.integers(0, 9))
        if op == 0:  # delete a slice
            text = text[:i] + text[j:]
        elif op == 1:  # duplicate a slice in place
            text = text[:j] + text[i:j] + text[j:]
        elif op == 2:  # move a slice elsewhere
            piece, rest = text[i:j], text[:i] + text[j:]
            k = draw(st.integers(0, len(rest)))
            text = rest[:k] + piece + rest[k:]
        elif op == 3:  # splice: this text's head and another seed's tail
            other = draw(st.sampled_from(CORPUS))
            text = text[:i] + other[draw(st.integers(0, len(other))) :]
        elif op == 4:  # swap one kind of quotation mark for another
            old, new = draw(st.sampled_from(QUOTE_MARKS)), draw(st.sampled_from(QUOTE_MARKS))
            text = text.replace(old, new)
        elif op == 5:  # change line ends
            text = text.replace("\n", draw(st.sampled_from(("\r\n", "\r", "\n\n", " "))))
        elif op == 6:  # upper-case a slice
            text = text[:i] + text[i:j].upper() + text[j:]
        elif op == 7:  # insert a hostile fragment or a news fragment
            piece = draw(st.sampled_from(HOSTILE_FRAGMENTS + FRAGMENTS + UNICODE_SPACES))
            text = text[:i] + piece * draw(st.integers(1, 50)) + text[i:]
        elif op == 8:  # insert random Unicode
            text = text[:i] + draw(st.text(max_size=20)) + text[i:]
        else:  # cut the text short, as a scraper that stops mid-page does
            text = text[:i]
    return text


_started: list[float] = []


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not RANDOM,
    database=None,
    suppress_health_check=list(HealthCheck),
)
@given(mutated_seed())
def test_fuzz_mutated_seeds(text: str) -> None:
    if not _started:
        _started.append(time.monotonic())
    if time.monotonic() - _started[0] > BUDGET_SECONDS:
        return  # budget spent: generate the rest, parse nothing

    def parse_and_check() -> None:
        article = parse_or_error(text)
        if article is not None:
            check_article(article, text)

    run_isolated(parse_and_check, HANG_SECONDS)

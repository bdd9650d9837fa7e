"""Checks shared by the robustness tests: the invariants every parse result keeps.

``check_article(article, text)`` asserts the contract of DESIGN.md that holds
for *any* input, whatever the extraction stages decide:

- ``article.text`` is the input exactly;
- every :class:`~natocorpus.Span` anywhere in the result (blocks, quotes,
  amounts and their conversions, aid figures, interviews, turns, people's
  mentions, and any span field added later) lies inside the text;
- every record with both a ``text`` and a ``span`` field (blocks, quotes,
  transcript turns, and any such record added later) has
  ``record.text == text[span]``;
- blocks are non-empty, in order and do not overlap;
- every non-blank line is covered by exactly one block.

A *line* ends at ``\\n``, ``\\r\\n`` or ``\\r``. A line is *non-blank* when it
holds a visible character: one that is not white space (``str.isspace``, which
includes every ``regex`` ``\\s`` character) and not a control or format
character (categories Cc and Cf, such as NUL or a zero-width space), which a
layout stage may fairly treat as blank. The visible part of the line, from its
first to its last visible character, must lie inside one block.
"""

from __future__ import annotations

import bisect
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import attrs
import regex

import natocorpus

T = TypeVar("T")

_LINE = regex.compile(r"[^\r\n]+")
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf"})


def is_visible(char: str) -> bool:
    """Whether *char* makes a line non-blank (see the module docstring)."""
    return not char.isspace() and unicodedata.category(char) not in _INVISIBLE_CATEGORIES


def visible_lines(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the visible part of every non-blank line of *text*."""
    for m in _LINE.finditer(text):
        line = m.group()
        first = next((i for i, c in enumerate(line) if is_visible(c)), None)
        if first is None:
            continue
        last = next(i for i in range(len(line) - 1, -1, -1) if is_visible(line[i]))
        yield m.start() + first, m.start() + last + 1


def iter_records(obj: object) -> Iterator[object]:
    """Every attrs record reachable from *obj* (through fields and tuples), *obj* first."""
    stack: list[object] = [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, tuple):
            stack.extend(item)
        elif attrs.has(type(item)):
            yield item
            stack.extend(getattr(item, name) for name in _field_names(type(item)))


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in attrs.fields(cls))
    return names


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def check_article(article: natocorpus.Article, text: str) -> None:
    """Assert every input-independent invariant of a parse result (module docstring)."""
    assert isinstance(article, natocorpus.Article)
    assert article.text == text
    n = len(text)
    for record in iter_records(article):
        if isinstance(record, natocorpus.Span):
            assert 0 <= record.start <= record.end <= n, f"{record} outside text of length {n}"
            continue
        rec: Any = record
        span = getattr(rec, "span", None)
        if isinstance(span, natocorpus.Span) and isinstance(getattr(rec, "text", None), str):
            assert rec.text == text[span.start : span.end], f"text != text[span] in {rec!r:.200}"
    blocks = article.blocks
    previous_end = 0
    for i, block in enumerate(blocks):
        assert len(block.span) > 0, f"blocks[{i}] is empty: {block.span}"
        assert block.span.start >= previous_end, f"blocks[{i}] overlaps or is out of order"
        previous_end = block.span.end
    starts = [b.span.start for b in blocks]
    for start, end in visible_lines(text):
        i = bisect.bisect_right(starts, start) - 1
        where = f"non-blank line at {start}:{end} {text[start:end][:60]!r}"
        assert i >= 0, f"{where} is before the first block"
        assert blocks[i].span.end >= end, f"{where} is not inside one block"


def parse_or_error(text: str) -> natocorpus.Article | None:
    """``parse(text)``, or ``None`` if it raised a documented :class:`NatocorpusError`."""
    try:
        return natocorpus.parse(text)
    except natocorpus.NatocorpusError:
        return None


class HangError(AssertionError):
    """A call did not finish within the watchdog's limit (a hang)."""


def run_with_watchdog(fn: Callable[[], T], limit: float) -> tuple[T, float]:
    """Run *fn* in a daemon thread; return ``(result, seconds)``.

    Raises :class:`HangError` if *fn* has not finished after *limit*
    seconds (the thread is left running as a daemon, so the test session can
    still end), and re-raises whatever *fn* raised.
    """
    outcome: list[T] = []
    failure: list[BaseException] = []

    def target() -> None:
        try:
            outcome.append(fn())
        except BaseException as exc:  # handed to the caller below
            failure.append(exc)

    started = time.perf_counter()
    thread = threading.Thread(target=target, name="natocorpus-watchdog", daemon=True)
    thread.start()
    thread.join(limit)
    elapsed = time.perf_counter() - started
    if thread.is_alive():
        raise HangError(f"still running after {limit:.0f} s: a hang")
    if failure:
        raise failure[0]
    return outcome[0], elapsed

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
- nothing is lost: every visible character of the text lies in a block (and so,
  blocks not overlapping, in exactly one).

A character is *visible* unless it is white space (``str.isspace``, which
includes every ``regex`` ``\\s`` character) or a control or format character
(categories Cc and Cf, such as NUL or a zero-width space), which a layout stage
may fairly treat as blank. So every non-blank line (lines end at ``\\n``,
``\\r\\n`` or ``\\r``) is covered by blocks. A line normally lies in one block;
the check allows a layout stage to divide one line between blocks at white
space, as issue 3 asks for a headline and its subtitle sharing one line.

``run_isolated(fn, limit)`` runs a check in a forked child process and kills it
after *limit* seconds, so that a hang fails one test without slowing the rest.
"""

from __future__ import annotations

import multiprocessing
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import attrs
import regex

import natocorpus

T = TypeVar("T")

#: A visible character: not white space (``\\s``, and ``\\x1c``-``\\x1f``, which
#: are Cc), not a control or format character.
_VISIBLE = regex.compile(r"[^\s\p{Cc}\p{Cf}]")


def first_visible(text: str, start: int = 0, end: int | None = None) -> int | None:
    """Offset of the first visible character of ``text[start:end]``, or ``None``."""
    m = _VISIBLE.search(text, start, len(text) if end is None else end)
    return m.start() if m else None


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
    ends = (0, *(b.span.end for b in blocks))
    gaps = zip(ends, (*(b.span.start for b in blocks), n), strict=True)
    for gap_start, gap_end in gaps:
        lost = first_visible(text, gap_start, gap_end)
        if lost is not None:
            line_start = max(text.rfind("\n", 0, lost), text.rfind("\r", 0, lost)) + 1
            line = text[line_start : line_start + 80].splitlines()[0]
            raise AssertionError(f"text at {lost} is in no block; its line: {line!r}")


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


class ChildError(AssertionError):
    """The isolated call failed; the message carries the child's traceback."""


def run_isolated(fn: Callable[[], T], limit: float) -> T:
    """Run *fn* in a forked child process and return its (picklable) result.

    If the child has not finished after *limit* seconds it is killed and
    :class:`HangError` is raised, so a hang costs one test *limit* seconds and
    leaves nothing running. An exception in the child is raised here as
    :class:`ChildError` with the child's traceback. Where ``fork`` is not
    available (Windows), *fn* runs under :func:`run_with_watchdog` instead.
    """
    if "fork" not in multiprocessing.get_all_start_methods():
        return run_with_watchdog(fn, limit)[0]
    ctx = multiprocessing.get_context("fork")
    receiver, sender = ctx.Pipe(duplex=False)

    def child() -> None:
        try:
            sender.send(("ok", fn()))
        except BaseException as exc:  # reported to the parent
            sender.send(("failed", f"{type(exc).__name__}: {exc}\n\n{traceback.format_exc()}"))

    process = ctx.Process(target=child, name="natocorpus-isolated", daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(limit):
            raise HangError(f"still running after {limit:g} s: a hang (child killed)")
        status, payload = receiver.recv()
    except EOFError:
        process.join()
        message = f"the child died without a result (exit code {process.exitcode})"
        raise ChildError(message) from None
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        receiver.close()
    if status != "ok":
        raise ChildError(payload)
    result: T = payload
    return result

"""Finding quotation spans: which marks open, which close, and how they pair.

One left-to-right pass over each paragraph with a stack. Curly marks say
which way they face; straight marks (``"`` and ``'``) and the right single
mark (which is also the apostrophe) are decided from the characters on either
side. Marks inside words, apostrophes and inch/foot marks after digits are
never boundaries. A double mark may close a double mark of another shape (a
straight opening closed by a curly closing), and the same for single marks.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter

import attrs
import regex

from ._guard import REGEX_TIMEOUT

__all__ = ["MarkPair", "find_pairs", "mark_positions"]

_DOUBLE_OPEN = "\u201c\u201e\u00ab\u201f"
_DOUBLE_CLOSE = "\u201d\u00bb"
_SINGLE_OPEN = "\u2018\u201a\u2039\u201b"
_SINGLE_CLOSE = "\u2019\u203a"
_STRAIGHT_DOUBLE = '"'
_STRAIGHT_SINGLE = "'"
ALL_MARKS = frozenset(
    _DOUBLE_OPEN
    + _DOUBLE_CLOSE
    + _SINGLE_OPEN
    + _SINGLE_CLOSE
    + _STRAIGHT_DOUBLE
    + _STRAIGHT_SINGLE
)
_MARK_CHARS = "".join(sorted(ALL_MARKS))
_MARK_RE = regex.compile("[" + regex.escape(_MARK_CHARS) + "]", regex.VERSION1)
OPENING_MARKS = frozenset(_DOUBLE_OPEN + _SINGLE_OPEN + _STRAIGHT_DOUBLE + _STRAIGHT_SINGLE)

# Characters after which a mark is at the start of a quotation.
_OPEN_BEFORE = frozenset(" \t\n\r([{<\u2014\u2013-/:;\u00a0\u2009\u202f") | frozenset(
    _DOUBLE_OPEN + _SINGLE_OPEN
)
# Characters before which a mark is at the end of a quotation.
_CLOSE_AFTER = frozenset(" \t\n\r)]}>,.;:!?\u2014\u2013-/\u00a0\u2009\u202f\u2026") | frozenset(
    _DOUBLE_CLOSE + _SINGLE_CLOSE
)

#: The marks that are apostrophes between two letters or digits.
_APOSTROPHES = (_STRAIGHT_SINGLE, "\u2019")

OPEN, CLOSE, EITHER = 1, 2, 3
#: Quotes nested deeper than this are no quotes of their own (they stay part of the outer
#: one); the cap keeps the work linear on hostile input with thousands of nested marks.
MAX_DEPTH = 3


@attrs.frozen
class MarkPair:
    """One quotation: the offsets of its marks in the full text.

    ``close`` is ``None`` when the quotation runs to the end of its paragraph
    (the multi-paragraph convention). ``depth`` is 0 for a top-level quote.
    """

    open: int
    close: int | None
    depth: int
    double: bool


def _classify(text: str, i: int, lo: int, hi: int) -> tuple[int, bool] | None:
    """``(direction, is_double)`` for the mark at *i*, or ``None`` if it is no boundary."""
    ch = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if ch in _DOUBLE_OPEN:
        # A left double mark between a word and a space is a closing typed the wrong way.
        if not prev.isspace() and prev not in _OPEN_BEFORE and (nxt in _CLOSE_AFTER):
            return EITHER, True
        return OPEN, True
    if ch in _DOUBLE_CLOSE:
        if prev in _OPEN_BEFORE and not nxt.isspace() and nxt not in _CLOSE_AFTER:
            return EITHER, True
        return CLOSE, True
    if ch in _SINGLE_OPEN:
        if prev.isalnum() and nxt.isalnum():
            return None
        return OPEN, False
    if ch == _STRAIGHT_DOUBLE:
        if prev.isalpha() and nxt.isalpha():
            return None
        if prev.isdigit():
            return CLOSE, True  # an inch mark unless a quote is open (decided by the caller)
        before_ok = prev in _OPEN_BEFORE or prev.isspace()
        after_ok = nxt in _CLOSE_AFTER or nxt.isspace()
        if before_ok and not after_ok:
            return OPEN, True
        if after_ok and not before_ok:
            return CLOSE, True
        if before_ok and after_ok:
            return None
        return EITHER, True
    # ' and ': apostrophe, foot mark, or a single quotation mark.
    if prev.isalnum() and nxt.isalnum():
        return None  # it's, Russia's, rock'n'roll
    if ch == _STRAIGHT_SINGLE and prev.isdigit():
        return CLOSE, False  # a foot mark unless a quote is open
    if nxt.isdigit() and (prev.isspace() or prev in _OPEN_BEFORE):
        return None  # '90s
    if prev.isalnum() or prev in ".,!?\u2026":
        if prev in "sS" and i - 2 >= lo and text[i - 2].isalpha() and nxt.isspace():
            return EITHER, False  # allies' or a closing mark: decided by the caller
        return CLOSE, False
    if ch in _SINGLE_CLOSE and (prev.isspace() or i == lo):
        return None  # elision such as \u2019em
    if prev in _OPEN_BEFORE or prev.isspace():
        return OPEN, False
    return None


def mark_positions(text: str, lo: int, hi: int) -> list[int]:
    """The offsets of the quotation-mark characters in ``text[lo:hi]``, in order.

    A few ``str.find`` calls per kind of mark, cheaper than a pattern; a kind that
    does not occur costs one search.
    """
    found: list[int] = []
    for mark in _MARK_CHARS:
        i = text.find(mark, lo, hi)
        while i != -1:
            found.append(i)
            i = text.find(mark, i + 1, hi)
    found.sort()
    return found


def find_pairs(
    text: str, lo: int, hi: int, next_starts_open: bool, positions: Sequence[int] | None = None
) -> list[MarkPair]:
    """Pair the quotation marks of the paragraph ``text[lo:hi]``.

    *next_starts_open* says whether the next paragraph opens with a quotation
    mark, so an unclosed quotation here continues there. *positions* are the
    offsets of the mark characters in ``text[lo:hi]`` when already known (see
    :func:`mark_positions`).
    """
    if positions is None:
        positions = [m.start() for m in _MARK_RE.finditer(text, lo, hi, timeout=REGEX_TIMEOUT)]
    marks: list[tuple[int, int, bool]] = []
    for i in positions:
        if (
            lo < i < hi - 1
            and text[i] in _APOSTROPHES
            and text[i - 1].isalnum()
            and text[i + 1].isalnum()
        ):
            continue  # it's, Russia's (what _classify says first of these marks)
        c = _classify(text, i, lo, hi)
        if c is not None:
            marks.append((i, c[0], c[1]))
    if not marks:
        return []
    # How many unambiguous closing single marks lie at or after each mark (asked only
    # about an ambiguous single mark, so counted only when there is one).
    strong_single_after = [0] * (len(marks) + 1)
    if any(direction == EITHER and not double for _, direction, double in marks):
        for k in range(len(marks) - 1, -1, -1):
            pos, direction, double = marks[k]
            strong = direction == CLOSE and not double
            strong_single_after[k] = strong_single_after[k + 1] + strong
    stack: list[tuple[int, bool]] = []
    open_count = {True: 0, False: 0}  # how many double and single marks the stack holds
    pairs: list[MarkPair] = []
    for k, (pos, direction, double) in enumerate(marks):
        has_open = open_count[double] > 0
        if direction == EITHER:
            if not double and has_open and strong_single_after[k + 1] > 0:
                continue  # a possessive apostrophe; the real closing mark comes later
            direction = CLOSE if has_open else OPEN
            if not double and direction == OPEN:
                continue  # a trailing apostrophe with nothing open
        if direction == CLOSE:
            if not has_open:
                continue  # stray closing mark or apostrophe
            while stack:
                opos, odouble = stack.pop()
                open_count[odouble] -= 1
                if odouble == double:
                    if len(stack) <= MAX_DEPTH:
                        pairs.append(MarkPair(opos, pos, len(stack), double))
                    break
        else:
            stack.append((pos, double))
            open_count[double] += 1
    if stack:
        opos, odouble = stack[0]
        if next_starts_open or opos == lo:
            pairs.append(MarkPair(opos, None, 0, odouble))
        else:  # a stray opening: what it seemed to enclose is top level after all
            pairs = [
                attrs.evolve(p, depth=max(0, p.depth - 1)) if p.open > opos else p for p in pairs
            ]
    pairs.sort(key=attrgetter("open"))
    return pairs


def has_mark(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds any quotation mark or apostrophe-like character."""
    return _MARK_RE.search(text, lo, hi, timeout=REGEX_TIMEOUT) is not None


def starts_with_open_mark(block_text: str) -> bool:
    """Whether a paragraph opens with a quotation mark."""
    return bool(block_text) and block_text[0] in OPENING_MARKS

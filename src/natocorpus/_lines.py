"""Lines of a page and how they group into blocks.

A line ends at ``\\n``, ``\\r\\n`` or a lone ``\\r``. Every non-blank line
becomes a :class:`Line` (a plain tuple from :func:`iter_lines`) whose span
covers the line stripped of surrounding white space. :func:`block_runs` then
groups lines into runs: each line is its own run, except that a paragraph
broken in the middle of a sentence (a long line that stops without
punctuation, followed directly by its continuation) is joined back into one
run. Both work one line at a time and keep offsets, not copies of the text, so
a long page is never held twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import regex

from ._guard import REGEX_TIMEOUT
from ._line_cues import holds_any

_LINE = regex.compile(r"[^\r\n]+")
#: What str.splitlines breaks at besides \r and \n (rare in pages; they take the slow path).
_OTHER_BREAKS = "\v\f\x1c\x1d\x1e\x85\u2028\u2029"

#: Words a sentence does not end on; a line ending on one continues on the next line.
_DANGLING = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "from",
        "by",
        "with",
        "against",
        "between",
        "into",
        "onto",
        "over",
        "under",
        "about",
        "than",
        "as",
        "that",
        "which",
        "who",
        "whose",
        "whom",
        "its",
        "their",
        "his",
        "her",
        "our",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "not",
        "this",
        "these",
        "those",
        "such",
        "very",
    ]
)
#: Marks that open a bulleted item (followed by a space).
_BULLETS = "-*\u2022\u00b7\u2013\u2014"

#: A prose line needs at least this many words before it may be joined with the next.
_JOIN_MIN_WORDS = 12


class Line(NamedTuple):
    """One non-blank line: where it starts and ends stripped, and whether a blank line
    precedes it. (A named tuple: a page may have a million lines.)"""

    start: int
    end: int
    text: str
    blank_before: bool


#: A line as :func:`iter_lines` yields it: (start, end, text, blank_before) of a
#: :class:`Line`, as a plain tuple (cheaper to make).
LineTuple = tuple[int, int, str, bool]


#: The text is split this many characters at a time (cut after a line feed), so that the
#: pieces str.splitlines makes never hold more than a small part of a long page at once.
_CHUNK = 1 << 12


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of *text*, stripped, with exact spans.

    >>> [line.text for line in split_lines("One\\r\\n\\r\\n  Two  \\rThree")]
    ['One', 'Two', 'Three']
    """
    return [Line._make(line) for line in iter_lines(text)]


def iter_lines(text: str) -> Iterator[LineTuple]:
    """The lines of :func:`split_lines` one at a time, as plain tuples (only the current
    line's text is copied)."""
    if holds_any(text, _OTHER_BREAKS):
        yield from _iter_lines_slow(text)
        return
    # str.splitlines breaks at exactly \n, \r\n and \r when none of the others occur.
    # A chunk ends right after a \n, where splitlines breaks the whole text too.
    pos = 0
    blank = seen = False  # whether a blank line came last; whether a line came before
    size = len(text)
    while pos < size:
        cut = size
        if pos + _CHUNK < size:
            cut = (
                text.rfind("\n", pos, pos + _CHUNK) + 1 or text.find("\n", pos + _CHUNK) + 1 or size
            )
        chunk = text[pos:cut]
        if chunk.isspace():  # blank lines only
            blank, pos = True, cut
            continue
        for piece in chunk.splitlines(keepends=True):
            stripped = piece.strip()
            if stripped:
                start = pos
                if piece[0].isspace():
                    start += len(piece) - len(piece.lstrip())
                yield (start, start + len(stripped), stripped, blank and seen)
                blank = False
                seen = True
            else:
                blank = True
            pos += len(piece)


def _split_lines_slow(text: str) -> list[Line]:
    """:func:`split_lines` by the general route, whatever the line separators."""
    return [Line._make(line) for line in _iter_lines_slow(text)]


def _iter_lines_slow(text: str) -> Iterator[LineTuple]:
    """:func:`iter_lines` for a text holding line separators other than \\r and \\n."""
    prev_end = -1
    for m in _LINE.finditer(text, timeout=REGEX_TIMEOUT):
        raw = m.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = m.start()
        if raw[0].isspace():
            start += len(raw) - len(raw.lstrip())
        end = start + len(stripped)
        if prev_end >= 0:
            gap = text[prev_end:start]
            breaks = gap.count("\n") + gap.count("\r") - gap.count("\r\n")
            yield (start, end, stripped, breaks >= 2)
        else:
            yield (start, end, stripped, False)
        prev_end = end


def continues(first: str, second: str) -> bool:
    """Whether line *second* continues the sentence that line *first* breaks off.

    >>> first = "For years the allies have worried about the rising tensions along the border with"
    >>> continues(first, "Russia. They now plan to act.")
    True
    >>> continues("A Short Heading", "Body text starts here.")
    False
    """
    # Plain string tests: this runs for every pair of adjacent lines.
    if len(first) < 2 * _JOIN_MIN_WORDS - 1:
        return False  # too short to hold the words
    last = first[-1:]
    if not (last.isalpha() or last.isnumeric() or last == ","):
        return False  # the line ends with a full stop, a quotation mark, ...
    if len(first.split(None, _JOIN_MIN_WORDS)) < _JOIN_MIN_WORDS:
        return False
    if second[:1] in _BULLETS and second[1:2].isspace():
        return False
    return second[:1].islower() or _last_word(first).lower() in _DANGLING or last == ","


def _last_word(text: str) -> str:
    """The run of word characters *text* ends with."""
    start = len(text)
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return text[start:]


def block_runs(text: str) -> Iterator[tuple[int, int, bool]]:
    """The blocks of *text*: each line on its own, except that a sentence broken over
    adjacent lines is joined back into one block. Each is (start, end, blank_before):
    offsets only, the caller slices the text it needs.

    >>> broken = "For years the allies have worried about the rising tensions on the border with"
    >>> list(block_runs(f"{broken}\\nRussia.\\n\\nNext"))
    [(0, 86, False), (88, 92, True)]
    """
    start = end = -1
    blank_before = False
    last = ""  # the text of the last line of the open run
    for line_start, line_end, line, blank in iter_lines(text):
        if start >= 0 and not blank and continues(last, line):
            end = line_end
        else:
            if start >= 0:
                yield (start, end, blank_before)
            start, end, blank_before = line_start, line_end, blank
        last = line
    if start >= 0:
        yield (start, end, blank_before)

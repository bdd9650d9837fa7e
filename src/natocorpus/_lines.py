"""Lines of a page and how they group into blocks.

A line ends at ``\\n``, ``\\r\\n`` or a lone ``\\r``. Every non-blank line
becomes a :class:`Line` whose span covers the line stripped of surrounding
white space. :func:`group_lines` then groups lines into runs: each line is its
own run, except that a paragraph broken in the middle of a sentence (a long
line that stops without punctuation, followed directly by its continuation) is
joined back into one run.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import regex

from ._guard import REGEX_TIMEOUT
from ._records import Span

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

    @property
    def span(self) -> Span:
        """The stripped line's span."""
        return Span(self.start, self.end)


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of *text*, stripped, with exact spans.

    >>> [line.text for line in split_lines("One\\r\\n\\r\\n  Two  \\rThree")]
    ['One', 'Two', 'Three']
    """
    if any(sep in text for sep in _OTHER_BREAKS):
        return _split_lines_slow(text)
    # str.splitlines breaks at exactly \n, \r\n and \r when none of the others occur.
    lines: list[Line] = []
    pos = 0
    blank = False
    for piece in text.splitlines(keepends=True):
        stripped = piece.strip()
        if stripped:
            start = pos
            if piece[0].isspace():
                start += len(piece) - len(piece.lstrip())
            lines.append(Line(start, start + len(stripped), stripped, blank and bool(lines)))
            blank = False
        else:
            blank = True
        pos += len(piece)
    return lines


def _split_lines_slow(text: str) -> list[Line]:
    """:func:`split_lines` for a text holding line separators other than \r and \n."""
    lines: list[Line] = []
    prev_end = 0
    for m in _LINE.finditer(text, timeout=REGEX_TIMEOUT):
        raw = m.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = m.start()
        if raw[0].isspace():
            start += len(raw) - len(raw.lstrip())
        end = start + len(stripped)
        if lines:
            gap = text[prev_end:start]
            breaks = gap.count("\n") + gap.count("\r") - gap.count("\r\n")
            lines.append(Line(start, end, stripped, breaks >= 2))
        else:
            lines.append(Line(start, end, stripped, False))
        prev_end = end
    return lines


def continues(first: str, second: str) -> bool:
    """Whether line *second* continues the sentence that line *first* breaks off.

    >>> first = "For years the allies have worried about the rising tensions along the border with"
    >>> continues(first, "Russia. They now plan to act.")
    True
    >>> continues("A Short Heading", "Body text starts here.")
    False
    """
    # Plain string tests: this runs for every pair of adjacent lines.
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


def group_lines(lines: Sequence[Line]) -> list[list[Line]]:
    """Group *lines* into runs, joining a sentence broken over adjacent lines."""
    runs: list[list[Line]] = []
    for line in lines:
        if runs and not line.blank_before and continues(runs[-1][-1].text, line.text):
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs

"""Character tests that several stages share for their fast paths.

A stage often reads plain ASCII text with ``str`` and ``bytes`` methods instead
of a pattern. Typographic marks (curly quotation marks, dashes, the ellipsis,
the no-break space) are the usual reason a text is not ASCII; none of them is a
letter or a word character, so a stage that splits words at them may blank
them first and still take the fast path.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import regex

__all__ = ["TYPOGRAPHIC_MARKS", "blank_marks", "is_word_char"]

#: The common marks outside ASCII that are neither letters nor word characters and
#: fold to nothing else under case folding: quotation marks, dashes, ellipsis, no-break space.
TYPOGRAPHIC_MARKS = ("\u2019", "\u2018", "\u201c", "\u201d", "\u2014", "\u2013", "\u2026", "\u00a0")

_WORD_CHAR = regex.compile(r"\w")


def blank_marks(text: str, marks: Iterable[str] = TYPOGRAPHIC_MARKS) -> str:
    """*text* with each of the single characters *marks* made a space (same length).

    >>> blank_marks("\u201cNo\u201d \u2014 yes")
    ' No    yes'
    """
    for mark in marks:
        if mark in text:
            text = text.replace(mark, " ")
    return text


@functools.lru_cache(maxsize=4096)
def is_word_char(char: str) -> bool:
    """Whether the character *char* is a word character as the patterns' ``\\w`` reads it.

    (One character: the match cannot take long, so it goes without a timeout.)

    >>> is_word_char("\u00e9"), is_word_char("\u2019"), is_word_char("_")
    (True, False, True)
    """
    if char.isascii():
        return char.isalnum() or char == "_"
    return _WORD_CHAR.match(char) is not None

"""Backstop against catastrophic regex backtracking.

Every ``regex`` call on input text of unbounded length passes
``timeout=REGEX_TIMEOUT``; the ``regex`` module then raises
:class:`TimeoutError`, which :func:`guarded` turns into
:class:`~natocorpus.PatternTimeoutError`. Calls go without it only where no
hang is possible: a pattern that cannot backtrack (a character class, a run
of word characters), or a window whose length the code bounds (a word, a few
dozen characters around a match, a region of at most 4,000 characters).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ._errors import PatternTimeoutError

#: Seconds any single regex call on input text may take.
REGEX_TIMEOUT = 2.0


@contextmanager
def guarded(what: str) -> Iterator[None]:
    """Turn a regex timeout inside the block into a typed error naming *what*."""
    try:
        yield
    except TimeoutError as exc:
        raise PatternTimeoutError(f"pattern matching timed out while {what}") from exc

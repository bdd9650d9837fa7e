"""Backstop against catastrophic regex backtracking.

Every ``regex`` call on input text passes ``timeout=REGEX_TIMEOUT``; the
``regex`` module then raises :class:`TimeoutError`, which :func:`guarded`
turns into :class:`~natocorpus.PatternTimeoutError`.
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

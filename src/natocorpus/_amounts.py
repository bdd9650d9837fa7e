"""Money and counted amounts in any text.

Owned by the aid-figures work (issue 5). The contract: ``find_amounts(text)``
returns every amount in *text* in order, spans relative to *text*.
"""

from __future__ import annotations

from ._records import Amount


def find_amounts(text: str) -> tuple[Amount, ...]:
    """Find money and counted amounts in *text*."""
    if not isinstance(text, str):
        raise TypeError(f"find_amounts() expects str, got {type(text).__name__}")
    return ()

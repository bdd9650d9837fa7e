"""Stage 5: which amounts are aid, with donor, recipient, period and source.

Owned by the aid-figures work (issue 5). The contract: ``find_aid(text,
blocks, people)`` returns all amounts of the article's content blocks (spans
into *text*) and the aid figures among them.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._people import PeopleIndex
from ._records import AidFigure, Amount, Block


def find_aid(
    text: str, blocks: Sequence[Block], people: PeopleIndex
) -> tuple[tuple[Amount, ...], tuple[AidFigure, ...]]:
    """Return ``(amounts, aid_figures)`` of the article's content blocks."""
    return (), ()

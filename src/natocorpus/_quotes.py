"""Stage 4: quotations and their speakers.

Owned by the quotes work (issue 4). The contract: ``find_quotes(text, blocks,
people)`` returns quotes from content blocks other than transcript turns,
each with ``text == Article.text[span.start:span.end]``.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._people import PeopleIndex
from ._records import Block, Quote


def find_quotes(text: str, blocks: Sequence[Block], people: PeopleIndex) -> tuple[Quote, ...]:
    """Find every quotation in the article's own paragraphs."""
    return ()

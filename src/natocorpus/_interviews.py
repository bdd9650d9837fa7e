"""Stage 3: interview transcripts (turns) and reported interviews.

Owned by the interviews work (issue 6). The contract: ``find_interviews(text,
blocks, people, layout)`` returns the blocks (transcript paragraphs relabelled
``question`` / ``answer``) and the interviews found.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._layout import Layout
from ._people import PeopleIndex
from ._records import Block, Interview


def find_interviews(
    text: str, blocks: Sequence[Block], people: PeopleIndex, layout: Layout
) -> tuple[tuple[Block, ...], tuple[Interview, ...]]:
    """Return ``(blocks, interviews)``: relabelled blocks and the interviews."""
    return tuple(blocks), ()

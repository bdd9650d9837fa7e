"""Stage 1: split the text into blocks and decide each block's role.

Owned by the article-structure work (issue 3). The contract:
``analyse_layout(text, parser)`` returns a :class:`Layout` whose blocks cover
every non-blank line of *text* exactly once, in order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import regex

from ._guard import REGEX_TIMEOUT
from ._records import Block, BlockRole, Span

if TYPE_CHECKING:
    from ._sources import SourceParser

_LINE = regex.compile(r"[^\n]+")


@attrs.frozen
class Layout:
    """What the structure stage learnt about the page."""

    blocks: tuple[Block, ...]
    title: str | None = None
    subtitle: str | None = None
    standfirst: str | None = None
    byline: str | None = None
    outlet: str | None = None
    original_publisher: str | None = None
    headings: tuple[str, ...] = ()


def line_spans(text: str) -> list[Span]:
    """Spans of the non-blank lines of *text*, stripped of surrounding white space."""
    spans = []
    for m in _LINE.finditer(text, timeout=REGEX_TIMEOUT):
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = m.start() + (len(line) - len(line.lstrip()))
        spans.append(Span(start, start + len(stripped)))
    return spans


def analyse_layout(text: str, parser: SourceParser) -> Layout:
    """Split *text* into blocks with roles (for now: one paragraph per line)."""
    blocks = tuple(Block(BlockRole.PARAGRAPH, s.slice(text), s) for s in line_spans(text))
    return Layout(blocks=blocks)

"""Stage 1: split the text into blocks and decide each block's role.

The contract: ``analyse_layout(text, parser)`` returns a :class:`Layout` whose
blocks cover every non-blank line of *text* exactly once, in order, each with
``block.text == text[block.span.start:block.span.end]``.

How it works (docs/explanation/structure.md tells the whole story):

1. :mod:`._lines` splits the text into lines and joins a sentence broken over
   two lines.
2. Every block gets a *cue* from its own words (:mod:`._line_cues`, plus the
   parser's tables): navigation, call to action, note, byline, credit, ...
3. Context decides the rest (:mod:`._roles`): the headline and standfirst
   near the top, captions above credits, repeated captions, the end of the
   article, related-link lists and headings between paragraphs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import regex

from ._guard import REGEX_TIMEOUT
from ._line_cues import Cue, byline_name, plain_cue_of, plain_spaces, publisher_name, source_name
from ._lines import group_lines, split_lines
from ._records import Block, BlockRole, Span
from ._roles import Item, assign_roles

if TYPE_CHECKING:
    from ._sources import SourceParser

__all__ = ["Layout", "analyse_layout", "line_spans"]


@attrs.frozen
class Layout:
    """What the structure stage learnt about the page.

    ``byline`` is the person a byline names ("Ana Kovac", not "By Ana Kovac,
    editor"); ``outlet`` is what a "Source: X" note names; ``original_publisher``
    what an "originally published by X" note names; ``headings`` the texts of
    the heading blocks in order.
    """

    blocks: tuple[Block, ...]
    title: str | None = None
    subtitle: str | None = None
    standfirst: str | None = None
    byline: str | None = None
    outlet: str | None = None
    original_publisher: str | None = None
    headings: tuple[str, ...] = ()


def line_spans(text: str) -> list[Span]:
    """Spans of the non-blank lines of *text*, stripped of surrounding white space.

    >>> [s.slice("a\\r\\n\\r\\n b ") for s in line_spans("a\\r\\n\\r\\n b ")]
    ['a', 'b']
    """
    return [line.span for line in split_lines(text)]


_TABLE_CUES = (
    ("end_patterns", None),
    ("boilerplate_patterns", Cue.INTERSTITIAL),
    ("credit_patterns", Cue.CREDIT),
    ("caption_patterns", Cue.CAPTION),
)


def _tables(parser: SourceParser) -> list[tuple[regex.Pattern[str], Cue | None]]:
    """The parser's own patterns in the order they are tried, with the cue each gives."""
    return [(pattern, cue) for attribute, cue in _TABLE_CUES for pattern in parser.table(attribute)]


def _cue(
    text: str, plain: str, tables: list[tuple[regex.Pattern[str], Cue | None]]
) -> tuple[Cue | None, bool]:
    """The cue of *text* (*plain* its plain-spaced copy), the parser's tables first;
    and whether it ends the article."""
    for pattern, cue in tables:
        if pattern.fullmatch(text, timeout=REGEX_TIMEOUT) is not None:
            return (cue or Cue.END), cue is None
    return plain_cue_of(plain), False


def analyse_layout(text: str, parser: SourceParser) -> Layout:
    """Split *text* into blocks, give each a role and read the header fields.

    >>> from natocorpus import SourceParser
    >>> page = "Skip to main content\\nAllies Agree New Plan\\n\\nMinisters met on Monday."
    >>> layout = analyse_layout(page, SourceParser())
    >>> [(b.role.value, b.text) for b in layout.blocks]  # doctest: +NORMALIZE_WHITESPACE
    [('boilerplate', 'Skip to main content'), ('title', 'Allies Agree New Plan'),
     ('paragraph', 'Ministers met on Monday.')]
    >>> layout.title
    'Allies Agree New Plan'
    """
    items: list[Item] = []
    tables = _tables(parser)
    plain = plain_spaces(text)  # one pass over the whole text, not one per block
    seen: dict[str, tuple[Cue | None, bool]] = {}  # a repeated line is judged once
    for run in group_lines(split_lines(text)):
        span = Span(run[0].start, run[-1].end)
        block_text = span.slice(text)
        found = seen.get(block_text)
        if found is None:
            found = seen[block_text] = _cue(block_text, span.slice(plain), tables)
        cue, forced_end = found
        items.append(Item(span, block_text, run[0].blank_before, cue, forced_end))
    items = assign_roles(items)
    blocks = tuple(Block(it.role or BlockRole.PARAGRAPH, it.text, it.span) for it in items)
    return _fields(blocks)


def _first(blocks: tuple[Block, ...], role: BlockRole) -> str | None:
    return next((b.text for b in blocks if b.role is role), None)


def _fields(blocks: tuple[Block, ...]) -> Layout:
    byline = outlet = publisher = None
    in_header = True  # "Source: X" names the outlet above the body; lower down it cites data
    for block in blocks:
        if block.role is BlockRole.PARAGRAPH:
            in_header = False
        if block.role is BlockRole.BYLINE and byline is None:
            # "By Ana Kovac, editor" names Ana Kovac; a bare "Ana Kovac" line is the name.
            byline = byline_name(block.text) or (block.text if "By" not in block.text else None)
        elif block.role is BlockRole.NOTE:
            outlet = outlet or (source_name(block.text) if in_header else None)
            publisher = publisher or publisher_name(block.text)
    return Layout(
        blocks=blocks,
        title=_first(blocks, BlockRole.TITLE),
        subtitle=_first(blocks, BlockRole.SUBTITLE),
        standfirst=_first(blocks, BlockRole.STANDFIRST),
        byline=byline,
        outlet=outlet,
        original_publisher=publisher,
        headings=tuple(b.text for b in blocks if b.role is BlockRole.HEADING),
    )

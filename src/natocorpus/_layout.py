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
from ._line_cues import (
    MAX_CUED_WORDS,
    Cue,
    byline_name,
    plain_cue_of,
    plain_spaces,
    publisher_name,
    source_name,
)
from ._lines import block_runs, iter_lines
from ._records import Block, BlockRole, Span
from ._roles import Item, assign_roles, facts_of

if TYPE_CHECKING:
    from ._sources import SourceParser

__all__ = ["Layout", "analyse_layout", "line_spans"]


@attrs.frozen
class Layout:
    """What the structure step learnt about a page: what :meth:`SourceParser.layout` returns.

    A parser that overrides the step adjusts the base method's result with
    ``attrs.evolve`` rather than building one from scratch; the blocks must
    still cover every non-blank line of the text exactly once, in order.

    >>> from natocorpus import SourceParser
    >>> layout = SourceParser().layout("Ferry talks resume\\nBy Ana Kovac\\n")
    >>> layout.byline, [b.role.value for b in layout.blocks]
    ('Ana Kovac', ['title', 'byline'])

    Attributes:
        blocks: Every non-blank line's block with its role, in text order.
        title: The headline, or ``None``.
        subtitle: The line under the headline that extends it, or ``None``.
        standfirst: The summary paragraph under the headline, or ``None``.
        byline: The person a byline names ("Ana Kovac", not "By Ana Kovac,
            editor"), or ``None``.
        outlet: What a "Source: X" note names, or ``None``.
        original_publisher: What an "originally published by X" note names, or ``None``.
        headings: The texts of the heading blocks, in order.
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
    return [Span(start, end) for start, end, _, _ in iter_lines(text)]


_TABLE_CUES = (
    ("end_patterns", None),
    ("boilerplate_patterns", Cue.INTERSTITIAL),
    ("credit_patterns", Cue.CREDIT),
    ("caption_patterns", Cue.CAPTION),
)


def _tables(parser: SourceParser) -> list[tuple[regex.Pattern[str], Cue | None]]:
    """The parser's own patterns in the order they are tried, with the cue each gives."""
    return [(pattern, cue) for attribute, cue in _TABLE_CUES for pattern in parser.table(attribute)]


def _judge(
    start: int,
    end: int,
    text: str,
    blank_before: bool,
    tables: list[tuple[regex.Pattern[str], Cue | None]],
) -> Item:
    """The block of *text* at [*start*, *end*) with what it says about itself: its cue
    (the parser's tables first), whether it ends the article, its :data:`~._roles.Facts`."""
    printable = text.isprintable()  # (then it holds no odd space either)
    words, key_hash, ends = facts_of(text, printable)
    cue: Cue | None = None
    forced_end = False
    for pattern, table_cue in tables:
        if pattern.fullmatch(text, timeout=REGEX_TIMEOUT) is not None:
            cue, forced_end = table_cue or Cue.END, table_cue is None
            break
    else:
        # The plain-spaced copy has the same words (odd spaces are white space to str.split).
        if words <= MAX_CUED_WORDS:
            cue = plain_cue_of(text if printable else plain_spaces(text), words)
    return Item(start, end, text, blank_before, cue, forced_end, words, key_hash, ends)


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
    # A repeated block is judged once, and its copies share one string.
    seen: dict[str, Item] = {}
    for start, end, blank_before in block_runs(text):
        block_text = text[start:end]
        first = seen.get(block_text)
        if first is None:
            items.append(_judge(start, end, block_text, blank_before, tables))
            seen[block_text] = items[-1]
        else:
            items.append(first.copy_at(start, end, blank_before))
    del seen
    items = assign_roles(items)
    # Each item is let go once its block is made (a page may hold a million lines).
    items.reverse()
    blocks: list[Block] = []
    while items:
        it = items.pop()
        blocks.append(Block(it.role or BlockRole.PARAGRAPH, it.text, Span(it.start, it.end)))
    return _fields(tuple(blocks))


def _fields(blocks: tuple[Block, ...]) -> Layout:
    title = subtitle = standfirst = byline = outlet = publisher = None
    headings: list[str] = []
    in_header = True  # "Source: X" names the outlet above the body; lower down it cites data
    for block in blocks:
        role = block.role
        if role is BlockRole.PARAGRAPH:
            in_header = False
        elif role is BlockRole.HEADING:
            headings.append(block.text)
        elif role is BlockRole.BYLINE:
            if byline is None:
                # "By Ana Kovac, editor" names Ana Kovac; a bare "Ana Kovac" line is the name
                # (and "Ana Kovac | Nordwire" its first part).
                byline = byline_name(block.text) or (
                    block.text.split("|", 1)[0].strip() if "By" not in block.text else None
                )
        elif role is BlockRole.NOTE:
            outlet = outlet or (source_name(block.text) if in_header else None)
            publisher = publisher or publisher_name(block.text)
        elif role is BlockRole.TITLE:
            title = block.text if title is None else title
        elif role is BlockRole.SUBTITLE:
            subtitle = block.text if subtitle is None else subtitle
        elif role is BlockRole.STANDFIRST:
            standfirst = block.text if standfirst is None else standfirst
    return Layout(
        blocks=blocks,
        title=title,
        subtitle=subtitle,
        standfirst=standfirst,
        byline=byline,
        outlet=outlet,
        original_publisher=publisher,
        headings=tuple(headings),
    )

"""The extension point: a :class:`SourceParser` describes one outlet's pages.

Subclasses state an outlet's layout declaratively in class attributes (regex
tables compiled once per class) and may override a step method. The generic
parser is :class:`SourceParser` itself.
"""

from __future__ import annotations

from typing import ClassVar

import regex

from ._aid import find_aid
from ._guard import REGEX_TIMEOUT, guarded
from ._interviews import find_interviews
from ._layout import Layout, analyse_layout
from ._people import PeopleIndex
from ._quotes import find_quotes
from ._records import Article


class SourceParser:
    """Parse one outlet's pages; the base class is the generic parser.

    Class attributes a subclass may set:

    ``name``
        The registry name (lower case, unique).
    ``aliases``
        Other names :func:`~natocorpus.get_source` accepts.
    ``outlet``
        The outlet's display name, used as ``Article.outlet``.
    ``boilerplate_patterns``
        Regexes; a line matching one in full is boilerplate.
    ``end_patterns``
        Regexes; the first line matching one in full ends the article, and
        everything from it on is boilerplate (teasers, newsletter blurbs).
    ``caption_patterns`` / ``credit_patterns``
        Regexes for the outlet's photo captions and their credits.
    """

    name: ClassVar[str] = "generic"
    aliases: ClassVar[tuple[str, ...]] = ()
    outlet: ClassVar[str | None] = None
    boilerplate_patterns: ClassVar[tuple[str, ...]] = ()
    end_patterns: ClassVar[tuple[str, ...]] = ()
    caption_patterns: ClassVar[tuple[str, ...]] = ()
    credit_patterns: ClassVar[tuple[str, ...]] = ()
    #: Regexes for features only this outlet's pages have; see :meth:`score`.
    signature_patterns: ClassVar[tuple[str, ...]] = ()

    _compiled: ClassVar[dict[str, tuple[regex.Pattern[str], ...]]]

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        cls._compiled = {}

    @classmethod
    def table(cls, attribute: str) -> tuple[regex.Pattern[str], ...]:
        """The compiled patterns of a table attribute (compiled once per class)."""
        cache: dict[str, tuple[regex.Pattern[str], ...]] | None = cls.__dict__.get("_compiled")
        if cache is None:
            cache = {}
            cls._compiled = cache
        if attribute not in cache:
            patterns: tuple[str, ...] = getattr(cls, attribute)
            cache[attribute] = tuple(
                regex.compile(p, regex.IGNORECASE | regex.VERSION1) for p in patterns
            )
        return cache[attribute]

    def score(self, text: str) -> float:
        """How sure this parser is that *text* comes from its outlet, in [0, 1].

        :func:`~natocorpus.guess_source` asks every registered parser and picks
        the highest score; the generic parser is used when none scores above 0.
        The default is the share of ``signature_patterns`` (regexes for features
        unique to the outlet: its masthead, its copyright line, its section
        labels) found anywhere in *text*; with no signatures it is 0. Use
        ``(?m)^...$`` in a signature to anchor it to a whole line. Override
        this method for anything cleverer; it must not raise.

        >>> class Gazette(SourceParser):
        ...     name = "gazette-doc"
        ...     signature_patterns = (r"(?m)^Gazette Daily$", r"Copyright Gazette Daily")
        >>> Gazette().score("Gazette Daily\\nTown hall to reopen.\\nCopyright Gazette Daily 2026")
        1.0
        >>> Gazette().score("Nothing here mentions Gazette Daily on a line of its own.")
        0.0
        """
        patterns = self.table("signature_patterns")
        if not patterns:
            return 0.0
        found = sum(1 for p in patterns if p.search(text, timeout=REGEX_TIMEOUT) is not None)
        return found / len(patterns)

    def layout(self, text: str) -> Layout:
        """Step 1: blocks and their roles, and the header fields."""
        return analyse_layout(text, self)

    def parse(self, text: str) -> Article:
        """Run every step on *text* and return the :class:`~natocorpus.Article`."""
        with guarded(f"parsing with the {self.name!r} source parser"):
            layout = self.layout(text)
            people = PeopleIndex.build(text, layout.blocks)
            blocks, interviews = find_interviews(text, layout.blocks, people, layout)
            quotes = find_quotes(text, blocks, people)
            amounts, aid_figures = find_aid(text, blocks, people)
        return Article(
            text=text,
            title=layout.title,
            subtitle=layout.subtitle,
            standfirst=layout.standfirst,
            byline=layout.byline,
            outlet=layout.outlet or self.outlet,
            original_publisher=layout.original_publisher,
            headings=layout.headings,
            blocks=blocks,
            quotes=quotes,
            amounts=amounts,
            aid_figures=aid_figures,
            interviews=interviews,
            people=people.persons,
            source=self.name,
        )

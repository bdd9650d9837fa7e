"""The immutable records natocorpus returns.

Every record is an ``attrs`` frozen class; collections are tuples, enums carry
string values and money is :class:`decimal.Decimal`. Every extracted record
holds a :class:`Span` into :attr:`Article.text`, the input exactly as given.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from decimal import Decimal

import attrs

__all__ = [
    "AidCategory",
    "AidFigure",
    "AidStatus",
    "Amount",
    "Article",
    "Block",
    "BlockRole",
    "Interview",
    "InterviewFormat",
    "Period",
    "Person",
    "Quote",
    "QuoteKind",
    "QuoteMode",
    "Span",
    "Turn",
    "TurnRole",
]


def _non_negative(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _non_negative_decimal(
    instance: object, attribute: attrs.Attribute[Decimal | None], value: Decimal | None
) -> None:
    if value is not None and (not value.is_finite() or value < 0):
        raise ValueError(f"{attribute.name} must be a finite, non-negative Decimal, got {value}")


@attrs.frozen
class Span:
    """A half-open character range ``[start, end)`` into :attr:`Article.text`.

    >>> span = Span(4, 9)
    >>> span.slice("The NATO chief")
    'NATO '
    >>> len(span)
    5
    """

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_non_negative)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"Span end ({self.end}) is before its start ({self.start})")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the part of *text* this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Whether *other* lies entirely inside this span."""
        return self.start <= other.start and other.end <= self.end


class BlockRole(str, enum.Enum):
    """What a block of the page is."""

    TITLE = "title"
    SUBTITLE = "subtitle"
    STANDFIRST = "standfirst"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    QUESTION = "question"
    ANSWER = "answer"
    CAPTION = "caption"
    CREDIT = "credit"
    BYLINE = "byline"
    NOTE = "note"
    RELATED = "related"
    BOILERPLATE = "boilerplate"

    @property
    def is_content(self) -> bool:
        """Whether blocks of this role belong to the article's own text."""
        return self in _CONTENT_ROLES


_CONTENT_ROLES = frozenset(
    {
        BlockRole.TITLE,
        BlockRole.SUBTITLE,
        BlockRole.STANDFIRST,
        BlockRole.HEADING,
        BlockRole.PARAGRAPH,
        BlockRole.QUESTION,
        BlockRole.ANSWER,
    }
)


@attrs.frozen
class Block:
    """A run of one or more lines of the input with one role.

    ``text`` is ``Article.text[span.start:span.end]`` exactly (the lines with
    their inner newlines, stripped of surrounding white space).
    """

    role: BlockRole
    text: str
    span: Span


class QuoteKind(str, enum.Enum):
    """How a quotation sits in the reporter's prose.

    ``direct``: an utterance set off from the reporter's sentence.
    ``partial``: a fragment of an utterance woven into the reporter's sentence.
    ``term``: scare quotes, titles and terms; not an utterance.
    """

    DIRECT = "direct"
    PARTIAL = "partial"
    TERM = "term"


class QuoteMode(str, enum.Enum):
    """Whether the quoted words were spoken or written."""

    SPOKEN = "spoken"
    WRITTEN = "written"


@attrs.frozen
class Quote:
    """A quotation and who it is attributed to.

    ``text`` is the words inside the marks: ``Article.text[span.start:span.end]``.
    ``speaker`` is the canonical full name of a person, an organisation's name,
    an unnamed source's description, or ``None`` when the text does not say.
    Parts of one split quote (and the paragraphs of one quote running over
    several paragraphs) share a ``group`` number; ``None`` for a single part.
    ``cue_span`` is where ``cue`` (the attributing verb or phrase) stands and
    ``speaker_span`` where the speaker is named (a name, pronoun or
    description); both ``None`` when the speaker is inferred from the context.
    """

    text: str
    speaker: str | None
    kind: QuoteKind
    mode: QuoteMode
    cue: str | None
    span: Span
    group: int | None = None
    cue_span: Span | None = None
    speaker_span: Span | None = None


@attrs.frozen
class Amount:
    """A number found in text: money, or a count of things.

    ``value`` is fully multiplied out ("64.6 billion" is 64600000000) and
    ``None`` when the text gives no number ("billions of euros"). ``currency``
    is an ISO 4217 code; ``unit`` names counted things ("artillery shells").
    """

    value: Decimal | None = attrs.field(validator=_non_negative_decimal)
    currency: str | None
    unit: str | None
    approximate: bool
    span: Span
    qualifier: str | None = None
    low: Decimal | None = attrs.field(default=None, validator=_non_negative_decimal)
    high: Decimal | None = attrs.field(default=None, validator=_non_negative_decimal)
    converted: tuple[Amount, ...] = ()


class AidCategory(str, enum.Enum):
    """What kind of aid a figure counts, when the text states it."""

    MILITARY = "military"
    FINANCIAL = "financial"
    HUMANITARIAN = "humanitarian"


class AidStatus(str, enum.Enum):
    """How far along the aid is, when the text states it."""

    PLEDGED = "pledged"
    PROMISED = "promised"
    COMMITTED = "committed"
    ALLOCATED = "allocated"
    DELIVERED = "delivered"


@attrs.frozen
class Period:
    """A time range, each end as ``YYYY-MM`` (or ``YYYY``) when known."""

    start: str | None
    end: str | None
    text: str | None = None


@attrs.frozen
class AidFigure:
    """An amount of aid with who gave it, to whom, when and per whom."""

    amount: Decimal | None = attrs.field(validator=_non_negative_decimal)
    currency: str | None
    unit: str | None
    converted: tuple[Amount, ...]
    donor: str | None
    recipient: str | None
    period: Period | None
    rate: str | None
    approximate: bool
    category: AidCategory | None
    status: AidStatus | None
    source: str | None
    span: Span


class InterviewFormat(str, enum.Enum):
    """A full transcript, or an interview that an article reports."""

    TRANSCRIPT = "transcript"
    REPORT = "report"


class TurnRole(str, enum.Enum):
    """The role of one turn of a transcript."""

    QUESTION = "question"
    ANSWER = "answer"
    MODERATOR = "moderator"
    STATEMENT = "statement"
    NOTE = "note"


@attrs.frozen
class Turn:
    """One turn of a transcript."""

    role: TurnRole
    speaker: str | None
    text: str
    span: Span


@attrs.frozen
class Interview:
    """An interview: a transcript split into turns, or one an article reports."""

    interviewee: str | None
    interviewer: str | None
    outlet: str | None
    date_text: str | None
    format: InterviewFormat
    turns: tuple[Turn, ...]
    span: Span

    def pairs(self) -> Iterator[tuple[Turn, tuple[Turn, ...]]]:
        """Yield each question with the answer turns that follow it."""
        question: Turn | None = None
        answers: list[Turn] = []
        for turn in self.turns:
            if turn.role is TurnRole.QUESTION:
                if question is not None:
                    yield question, tuple(answers)
                question, answers = turn, []
            elif turn.role is TurnRole.ANSWER and question is not None:
                answers.append(turn)
        if question is not None:
            yield question, tuple(answers)


@attrs.frozen
class Person:
    """A person the article mentions, under the fullest name it gives."""

    name: str
    aliases: tuple[str, ...] = ()
    title: str | None = None
    mentions: tuple[Span, ...] = ()


@attrs.frozen
class Article:
    """A parsed page: the input text and everything found in it."""

    text: str
    title: str | None = None
    subtitle: str | None = None
    standfirst: str | None = None
    byline: str | None = None
    outlet: str | None = None
    original_publisher: str | None = None
    headings: tuple[str, ...] = ()
    blocks: tuple[Block, ...] = ()
    quotes: tuple[Quote, ...] = ()
    amounts: tuple[Amount, ...] = ()
    aid_figures: tuple[AidFigure, ...] = ()
    interviews: tuple[Interview, ...] = ()
    people: tuple[Person, ...] = ()
    source: str = "generic"

    @property
    def body(self) -> str:
        """The article's own text: content blocks joined by blank lines."""
        return "\n\n".join(b.text for b in self.blocks if b.role.is_content)

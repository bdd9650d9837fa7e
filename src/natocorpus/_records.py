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

    Attributes:
        start: Offset of the first character, counted in code points from the
            start of :attr:`Article.text` (0-based, inclusive).
        end: Offset one past the last character (exclusive); never before
            ``start``. An empty span has ``start == end``.
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        # (one check for both fields: spans are made by the hundred thousand)
        if not 0 <= self.start <= self.end:
            if self.start < 0 or self.end < 0:
                name, value = ("start", self.start) if self.start < 0 else ("end", self.end)
                raise ValueError(f"{name} must be >= 0, got {value}")
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

    Attributes:
        role: What the block is (title, paragraph, caption, boilerplate, ...).
        text: The block's text, exactly as it stands in the input.
        span: Where the block lies in :attr:`Article.text`.
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
    Parts of one split quote share a ``group`` number.

    Attributes:
        text: The quoted words, without the quotation marks.
        speaker: Who said or wrote them: a person's canonical full name, an
            organisation, an unnamed source's description, or ``None``.
        kind: ``direct``, ``partial`` or ``term`` (see :class:`QuoteKind`).
        mode: ``spoken`` or ``written`` (see :class:`QuoteMode`).
        cue: The attributing verb or phrase ("said", "told reporters"), if any.
        span: Where the quoted words lie in :attr:`Article.text`.
        group: A number shared by the parts of one quotation that the reporter
            split up ("We will," she said, "stay the course."), and by the
            paragraphs of one quotation running over several paragraphs;
            ``None`` for a quotation in one piece.
        cue_span: Where ``cue`` stands in the text; ``None`` when inferred.
        speaker_span: Where the speaker is named (a name, pronoun or
            description); ``None`` when inferred from the context.
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

    Attributes:
        value: The number, fully multiplied out, or ``None`` if the text gives
            none. Exact: a :class:`~decimal.Decimal`, never a float.
        currency: ISO 4217 code ("EUR", "USD") for money, else ``None``.
        unit: What is counted ("tanks", "artillery shells"), else ``None``.
        approximate: Whether the text hedges the number ("about", "more than",
            "some").
        span: Where the amount's words lie in :attr:`Article.text`.
        qualifier: The hedging word(s) as written ("more than"), if any.
        low: The lower bound of a range ("2 to 3 billion"), if the text gives one.
        high: The upper bound of a range, if the text gives one.
        converted: The same amount in other currencies as the text states them
            ("€1 billion ($1.1 billion)"), each with its own span.
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
    """A time range, each end as ``YYYY-MM`` (or ``YYYY``) when known.

    Attributes:
        start: The first month or year of the range, or ``None``.
        end: The last month or year of the range, or ``None``.
        text: The words that state the period ("since February 2022"), if any.
    """

    start: str | None
    end: str | None
    text: str | None = None


@attrs.frozen
class AidFigure:
    """An amount of aid with who gave it, to whom, when and per whom.

    Attributes:
        amount: The figure, fully multiplied out, or ``None`` when the text gives
            no number.
        currency: ISO 4217 code for money, else ``None``.
        unit: What is counted for aid in kind ("artillery shells"), else ``None``.
        converted: The figure in other currencies as the text states them.
        donor: Who gives the aid: a country under its canonical name
            ("Washington" is "United States"), an organisation by its short
            name ("EU"), or a group ("NATO nations").
        recipient: Who receives it (usually "Ukraine").
        period: The time the figure covers, if the text states one.
        rate: ``"year"`` or ``"month"`` for aid given at a rate ("annually",
            "a month"), if any.
        approximate: Whether the text hedges the figure.
        category: Military, financial or humanitarian, if the text says.
        status: Pledged, promised, committed, allocated or delivered, if the text
            says.
        source: Who the text credits the figure to ("according to a research
            institute"), if anyone.
        span: Where the figure's words lie in :attr:`Article.text`.
        qualifier: The hedging word(s) as written ("some", "up to", "between"),
            if any.
        low: The lower bound of a range ("$2-3 billion"); ``amount`` is then
            the low end.
        high: The upper bound of a range, if the text gives one.
    """

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
    qualifier: str | None = None
    low: Decimal | None = attrs.field(default=None, validator=_non_negative_decimal)
    high: Decimal | None = attrs.field(default=None, validator=_non_negative_decimal)


class InterviewFormat(str, enum.Enum):
    """A full transcript, or an interview that an article reports."""

    TRANSCRIPT = "transcript"
    REPORT = "report"


class TurnRole(str, enum.Enum):
    """The role of one turn of a transcript.

    ``moderator`` is a moderator's procedural turn ("Next question, please.");
    ``statement`` is what the answering side says after the moderator rather
    than after a question (an opening statement, closing thanks); ``note`` is a
    stage direction ("(Laughter.)").
    """

    QUESTION = "question"
    ANSWER = "answer"
    MODERATOR = "moderator"
    STATEMENT = "statement"
    NOTE = "note"


@attrs.frozen
class Turn:
    """One turn of a transcript: one paragraph spoken by one side.

    An answer that runs over several paragraphs is several ``answer`` turns in
    a row; :meth:`Interview.pairs` groups them.

    ``text`` is the whole paragraph as written, its speaker label included, so
    that ``article.text[turn.span.start:turn.span.end] == turn.text``;
    :attr:`words` gives what was said without the label.

    Attributes:
        role: Question, answer, moderator, statement or note.
        speaker: The canonical name of who speaks, or ``None`` if unknown.
        text: The whole paragraph, label included (``"Q: Why now?"``); exactly
            the text under :attr:`span`.
        span: Where the whole paragraph, its label included, lies in
            :attr:`Article.text`.
        label: The speaker label as written (``"Q"``), or ``None``.

    >>> turn = Turn(TurnRole.QUESTION, None, "Q: Why now?", Span(0, 11), "Q")
    >>> turn.text, turn.words
    ('Q: Why now?', 'Why now?')
    """

    role: TurnRole
    speaker: str | None
    text: str
    span: Span
    label: str | None = None

    @property
    def words(self) -> str:
        """The words said, that is :attr:`text` without the label and its separator.

        The separator is a colon (``"Q: ..."``), a full stop (``"Q. ..."``) or
        white space alone, a line break included (a label on its own line).

        >>> Turn(TurnRole.ANSWER, None, "ANN LEE:\\nWe will.", Span(0, 17), "ANN LEE").words
        'We will.'
        >>> Turn(TurnRole.ANSWER, None, "We will.", Span(0, 8)).words
        'We will.'
        """
        label = self.label
        if not label or not self.text.startswith(label):
            return self.text
        rest = self.text[len(label) :].lstrip()
        if rest[:1] in (":", "\uff1a", "."):
            rest = rest[1:].lstrip()
        return rest


@attrs.frozen
class Interview:
    """An interview: a transcript split into turns, or one an article reports.

    Attributes:
        interviewee: The canonical name of the person interviewed.
        interviewer: The journalist or outlet asking, if stated.
        outlet: The outlet the interview was given to, if stated.
        date_text: The date as the text gives it ("Monday", "November 7").
        format: ``transcript`` (turns given) or ``report`` (an article about it).
        turns: The questions and answers of a transcript, in order; empty for a
            reported interview.
        span: The turns of a transcript, or the sentence that reports the
            interview.
        date: The calendar date as ISO ``YYYY-MM-DD`` (a string, like
            :class:`Period`'s ends), set only when the text gives day, month
            and year.
        mentions: Every sentence that reports the interview.

    >>> q = Turn(TurnRole.QUESTION, None, "Q: Why now?", Span(0, 11), "Q")
    >>> a = Turn(TurnRole.ANSWER, "Ann Lee", "A: Because.", Span(13, 24), "A")
    >>> iv = Interview("Ann Lee", None, None, None, InterviewFormat.TRANSCRIPT, (q, a), Span(0, 24))
    >>> [(question.words, [x.words for x in answers]) for question, answers in iv.pairs()]
    [('Why now?', ['Because.'])]
    """

    interviewee: str | None
    interviewer: str | None
    outlet: str | None
    date_text: str | None
    format: InterviewFormat
    turns: tuple[Turn, ...]
    span: Span
    date: str | None = None
    mentions: tuple[Span, ...] = ()

    def pairs(self) -> Iterator[tuple[Turn, tuple[Turn, ...]]]:
        """Yield each question with the answer turns that follow it.

        A question that runs over several paragraphs (question turns in a
        row, with no answer between them) is yielded once, as its last
        paragraph; its earlier paragraphs are context. Notes, moderator turns
        and statements (what the main speaker says after the moderator, not
        after a question) are skipped. A question nobody answered is yielded with ``()``.
        The turns keep their labels in :attr:`Turn.text`; :attr:`Turn.words`
        gives what was said.
        """
        question: Turn | None = None
        answers: list[Turn] = []
        for turn in self.turns:
            if turn.role is TurnRole.QUESTION:
                if question is not None and answers:
                    yield question, tuple(answers)
                question, answers = turn, []
            elif turn.role is TurnRole.ANSWER and question is not None:
                answers.append(turn)
        if question is not None:
            yield question, tuple(answers)

    def questions(self) -> tuple[Turn, ...]:
        """The question turns, in order (``[t.words for t in iv.questions()]`` for the words)."""
        return tuple(t for t in self.turns if t.role is TurnRole.QUESTION)


@attrs.frozen
class Person:
    """A person the article mentions, under the fullest name it gives.

    Attributes:
        name: The canonical name: the fullest form the article uses.
        aliases: Other forms the article uses ("Kovalenko" for "Marta Kovalenko").
        title: The person's role as the article gives it ("NATO Secretary
            General"), if any.
        mentions: Where the article names the person.
    """

    name: str
    aliases: tuple[str, ...] = ()
    title: str | None = None
    mentions: tuple[Span, ...] = ()


@attrs.frozen
class Article:
    """A parsed page: the input text and everything found in it.

    Every :class:`Span` in the records below is an offset into :attr:`text`.

    Attributes:
        text: The input, exactly as given (never normalised).
        title: The article's headline, if found.
        subtitle: A line under the headline, if any.
        standfirst: The introductory summary paragraph, if any.
        byline: The author line as written, if any.
        outlet: The publication the page comes from, if known.
        original_publisher: The outlet that first published the article, when
            the page republishes it.
        headings: The section headings in the article's body, in order.
        blocks: Every non-blank line of :attr:`text`, grouped into blocks with
            roles; together they cover all of it.
        quotes: The quotations found in the article's own text.
        amounts: Every amount of money or counted things in the content blocks.
        aid_figures: The amounts that are aid, with donor, recipient and more.
        interviews: Interview transcripts and reported interviews.
        people: The people the article names, in order of first mention.
        source: The name of the source parser that produced the article.
    """

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
        """The article's own text, its content blocks joined by blank lines."""
        return "\n\n".join(b.text for b in self.blocks if b.role.is_content)

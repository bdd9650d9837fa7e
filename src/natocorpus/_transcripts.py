"""Interview transcripts: find them and split them into turns.

Three styles are recognised, tried in this order:

labelled
    Each turn opens with a label and a colon: ``Q:`` / ``A:``, ``QUESTION:``,
    ``Moderator:``, a name (``Anna Berg (Nordic Radio):``, ``SECRETARY VANCE:``),
    or a role (``NATO Secretary General:``), a time code before or after it allowed
    (``[00:01:23] HOST:``); or a label alone on the line above
    the words, with a colon or, where the page alternates such lines, without
    one (``QUESTION`` / ``BERG``). Unlabelled paragraphs continue the
    turn before them. Which side asks is read from the page first (a presenter,
    host or guest named in the header, the byline or a closing note), then from
    who ends more turns with a question. Header lines with a colon
    ("Presenter: Ann Berg", "Guest: ...", a label seen once above the speakers)
    and a closing note ("Ann Berg presents ...") are no turns.
dash-led
    Each turn opens with a dash (a hyphen, an en dash or an em dash); speakers
    alternate.
unlabelled
    Question and answer paragraphs alternate with nothing to mark them. A
    small sequence model scores each paragraph as a question or an answer
    (question marks, length, first and second person, claims put to the
    interviewee) and picks the best alternation.

Only paragraph blocks become turns. Captions, credits and short lines without
sentence punctuation between the turns are skipped. A paragraph that is only a
stage direction ("(Laughter.)", "[inaudible]") becomes a ``note`` turn.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import pairwise

import attrs
import regex

from ._chars import blank_marks
from ._guard import REGEX_TIMEOUT
from ._interview_names import (
    NAME,
    OUTLET,
    SENTENCE_WORDS,
    TITLE_WORDS,
    TITLED,
    NameBook,
    clean_outlet,
    is_media,
    strip_titles,
    wordset,
)
from ._layout import Layout
from ._records import Block, BlockRole, Span, Turn, TurnRole

__all__ = ["Transcript", "find_transcript"]

_CANDIDATE_ROLES = frozenset({BlockRole.PARAGRAPH, BlockRole.QUESTION, BlockRole.ANSWER})
_RESCUED_ROLES = frozenset({BlockRole.HEADING, BlockRole.CAPTION, BlockRole.NOTE})

# (The word's letters are taken possessively: what may follow a word in a label, a space,
# a bracket, a comma or the colon, is no letter, so giving one back never helps.)
_CAP = r"(?:\p{Lu}[\p{L}\p{M}]{0,2}\.(?:\p{Lu}\.)*|\p{Lu}[\p{L}\p{M}\u2019'\-]*+)"
#: A recording's time code: "00:05", "01:02:17", "[00:01:23]", "(1:02:17.5)".
_STAMP = r"\d{1,2}:\d\d(?::\d\d)?(?:[.,]\d{1,3})?"
_STAMPED = rf"(?:\[{_STAMP}\]|\({_STAMP}\))"
_LABEL_HEAD = (
    rf"^(?P<label>(?P<name>{_CAP}(?:[ \u00a0](?:(?:of|the|de|van|von|der|al|and|for|on)"
    rf"[ \u00a0])?{_CAP}){{0,6}})(?:[ \u00a0]?[(\[](?P<paren>[^()\[\]\n:]{{1,80}})[)\]])?"
    rf"(?:,[ \u00a0](?P<comma>{_CAP}(?:[ \u00a0]{_CAP}){{0,4}}))?"
    rf"(?:[ \u00a0]?{_STAMPED})?)"
)
#: The same, a time code before it ("[00:01:23] HOST"); tried only on a line that opens
#: with a digit or a bracket, which no other label does.
_STAMPED_HEAD = _LABEL_HEAD.replace(
    "^(?P<label>", rf"^(?P<label>(?:{_STAMPED}|{_STAMP})[ \u00a0]+", 1
)
_LABEL_END = r"[ \u00a0]*[:\uff1a][ \u00a0]*(?=\S)"
_LABEL = regex.compile(_LABEL_HEAD + _LABEL_END)
_LABEL_STAMPED = regex.compile(_STAMPED_HEAD + _LABEL_END)
#: A label alone on its line, the words on the next one.
_LABEL_ONLY = regex.compile(_LABEL_HEAD + r"[ \u00a0]*[:\uff1a]$")
_LABEL_ONLY_STAMPED = regex.compile(_STAMPED_HEAD + r"[ \u00a0]*[:\uff1a]$")
#: The same without a colon ("QUESTION", "BERG"): a label only in a page's rhythm.
_BARE_LABEL = regex.compile(_LABEL_HEAD + r"[ \u00a0]*$")
_BARE_LABEL_STAMPED = regex.compile(_STAMPED_HEAD + r"[ \u00a0]*$")
#: The characters a time code before a label opens with.
_STAMP_FIRSTS = frozenset("0123456789[(")
#: "Q. What happened?" / "A. We ..."
_QA_DOT = regex.compile(r"^(?P<label>Q|A)\.[ \u00a0]+(?=\S)")
#: White House style: "Q" and spaces, no colon.
_BARE_Q = regex.compile(r"^(?P<label>Q)[ \u00a0]{1,3}(?=[\p{Lu}\u201c\"\u2018(])")
_DASH = regex.compile(r"^[-\u2013\u2014][ \u00a0]+(?=\S)")
_DASH_CHARS = ("-", "\u2013", "\u2014")
#: What may close a sentence, and what may follow its last mark.
_ENDS = (".", "!", "?", "\u2026", ":", ";")
_CLOSERS = "\"\u201d\u2019'\u00bb)]"
#: Characters that open a quotation _QUOTED removes.
_OPEN_MARKS = ("\u201c", '"', "\u00ab")
_STAGE = regex.compile(r"^[(\[][^()\[\]\n]{1,60}[)\]]\.?$")
_QUOTED = regex.compile(
    r"\u201c[^\u201c\u201d\n]{0,600}\u201d|\"[^\"\n]{0,600}\"|\u00ab[^\u00ab\u00bb\n]{0,600}\u00bb"
)
#: First-person words; _PERSON finds first- and second-person words in one pass
#: (group ``fp`` or ``sp``), _FIRST_PERSON only the first.
_FIRST_PERSON_WORDS = (
    r"I|I\u2019m|I'm|I\u2019ve|I've|me|my|[Ww]e|[Oo]ur|[Uu]s|[Ww]e\u2019re|[Ww]e're"
)
_PERSON = regex.compile(
    rf"\b(?:(?P<fp>{_FIRST_PERSON_WORDS})|"
    r"(?P<sp>[Yy]ou|[Yy]our|[Yy]ou\u2019re|[Yy]ou're|[Yy]ourself))\b"
)
_FIRST_PERSON = regex.compile(rf"\b(?:{_FIRST_PERSON_WORDS})\b")
_CLAIM = regex.compile(
    r"\b(?:says?|said|claims?|claimed|insists?|insisted|argues?|argued|pretends?|pretended|"
    r"accuses?|accused|alleges?|suggests?|believes?|maintains?|asserts?|contends?|warns?)\b"
)
_OPENER = regex.compile(
    r"^(?:No|Yes|Absolutely|Not at all|Not really|Of course|Well|Indeed|Certainly|Exactly|"
    r"Correct|True|Wrong|Nonsense|Definitely|Sure|Right|I do|I don\u2019t|I don't|I did|"
    r"I think so|There is no|There\u2019s no|That is not|That\u2019s not|That's not|It is not|"
    r"It\u2019s not|Not true|"
    r"Thank you|Thanks|Good question|I agree|I disagree)\b"
)
#: What every _OPENER, _CONTINUATION and _CLAIM match starts with or holds: cheap
#: tests that spare most paragraphs the pattern.
_OPENER_STARTS = (
    "No",
    "Yes",
    "Absolutely",
    "Not",
    "Of",
    "Well",
    "Indeed",
    "Certainly",
    "Exactly",
    "Correct",
    "True",
    "Wrong",
    "Nonsense",
    "Definitely",
    "Sure",
    "Right",
    "I",
    "There",
    "That",
    "It",
    "Thank",
    "Good",
)


def _by_first_letter(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for word in sorted(words):
        out[word[0]] = (*out.get(word[0], ()), word)
    return out


#: The first words of the _OPENER phrases, by their first letter.
_OPENER_FIRST_WORDS = _by_first_letter({*_OPENER_STARTS, "Thanks"})
_CONTINUATION_WORDS = ("And", "But", "So", "Also", "Then", "Because")
_CLAIM_STEMS = (
    "say",
    "said",
    "claim",
    "insist",
    "argue",
    "pretend",
    "accuse",
    "allege",
    "suggest",
    "believe",
    "maintain",
    "assert",
    "contend",
    "warn",
)
_CREDIT = regex.compile(
    r"(?:/|©|\bphoto\b|\bimage\b|\bcredit\b|\bgetty\b|\breuters\b|\bafp\b|\bap\b|\bepa\b|"
    r"\bshutterstock\b|\bflickr\b|\bwikimedia\b)",
    flags=regex.IGNORECASE,
)
_NOTE_INTRO = regex.compile(
    r"^(?:Please note|Note:|Editor[\u2019']s note|This interview (?:has been|was|is) "
    r"(?:edited|condensed|conducted|translated|lightly|recorded|abridged))",
    flags=regex.IGNORECASE,
)
_HEADLINE_BODY = regex.compile(r"^[\u2018'\u201c\"][^\n]{1,200}[\u2019'\u201d\"]$")
_INTERVIEW_WORD = regex.compile(r"\b(?:[Ii]nterview|INTERVIEW|Q&A|Q & A)")
_CONTINUATION = regex.compile(r"^(?:And|But|So|Also|Then|Because)\b")

#: Labels that name the question side, and the answer side.
_QUESTION_LABELS = wordset(
    """q question questions interviewer host journalist reporter audience participant anchor
    presenter correspondent member audience-member"""
)
_MODERATOR_LABELS = frozenset({"moderator", "chair", "facilitator", "mc"})
_ANSWER_LABELS = frozenset({"a", "answer", "guest", "interviewee"})
_SPEAKER_LABELS = _QUESTION_LABELS | _ANSWER_LABELS | _MODERATOR_LABELS
#: Their first letters, in capitals.
_SPEAKER_INITIALS = frozenset(word[0].upper() for word in _SPEAKER_LABELS)
#: Words that make a label a moderator's ("NATO Spokesperson Ann Berg:").
_MODERATOR_WORDS = frozenset({"moderator", "spokesperson", "spokesman", "spokeswoman"})
#: First words of "Label:" lines that are not speakers.
_STOP_LABELS = wordset(
    """source sources photo photos picture image images video related note notes read more see
    also update updated correction editor editors editor's editor\u2019s watch listen tags tag
    topics topic published posted date time location credit caption disclaimer warning breaking
    exclusive opinion analysis context background why what how who when where which
    translation translated copyright subscribe follow share email tel phone address category
    categories keywords key file files fact facts explainer live latest top in on at by for
    from to with this that these those the a an it he she they we i you his her their its our
    my your then there here today yesterday but and or so if as however meanwhile also
    example examples bottom headline summary story contact link links web website url
    attachment attachments download more earlier later first second third next last part
    chapter section step table figure map chart graphic graphics"""
)

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sep\.?|Sept\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DATE = (
    rf"(?:{_MONTHS}[ \u00a0]\d{{1,2}}(?:,?[ \u00a0]\d{{4}})?|\d{{1,2}}[ \u00a0]{_MONTHS}"
    rf"(?:[ \u00a0]\d{{4}})?)"
)
_HEADER_WITH = regex.compile(
    rf"\b(?:[Ii]nterview|[Cc]onversation|Q&A|Q[ \u00a0]&[ \u00a0]A|[Tt]alk|[Cc]hat)s?"
    rf"\s+[Ww]ith[ \u00a0]+(?:the[ \u00a0]+)?(?P<who>{TITLED})"
)
#: What follows "Interview with <who>": "by Jane Roe, Harbour Times", "on Radio Nord".
_HEADER_TAIL = regex.compile(
    rf"^(?:[ \u00a0]+by[ \u00a0]+(?P<name>{NAME}))?(?:(?:,|[ \u00a0]+(?:on|for|to|in|of))"
    rf"[ \u00a0]+(?:the[ \u00a0]+)?(?P<outlet>{OUTLET}))?"
)
#: "Secretary Vance's Interview With Amy Lowe of Morning Radio": the owner answers.
_OWNED_INTERVIEW = regex.compile(
    rf"(?P<who>{TITLED})[\u2019']s[ \u00a0]+(?:[Ee]xclusive[ \u00a0]+)?[Ii]nterview[ \u00a0]+"
    rf"[Ww]ith[ \u00a0]+(?P<name>{NAME})(?:[ \u00a0]+(?:of|from)[ \u00a0]+(?:the[ \u00a0]+)?"
    rf"(?P<outlet>{OUTLET}))?"
)
#: What every _OWNED_INTERVIEW match holds after its owner: "'s interview with ".
_OWNED_ANCHOR = regex.compile(
    r"[\u2019']s[ \u00a0]+(?:[Ee]xclusive[ \u00a0]+)?[Ii]nterview[ \u00a0]+[Ww]ith[ \u00a0]+"
)
_HEADER_BY = regex.compile(
    rf"\b(?:[Pp]ress[ \u00a0]conference|[Pp]ress[ \u00a0]point|[Rr]emarks|[Dd]oorstep|"
    rf"[Bb]riefing|[Ss]tatement|[Ss]peech)[ \u00a0]+by[ \u00a0]+(?:the[ \u00a0]+)?(?P<who>{TITLED})"
)
_WAS_INTERVIEWED = regex.compile(
    rf"(?P<who>{TITLED})[ \u00a0]+(?:was|has been|is)[ \u00a0]+interviewed[ \u00a0]+by"
)
_INTERVIEWER = regex.compile(
    rf"(?:\b(?:[Ii]nterview(?:ed)?|[Qq]uestions(?:[ \u00a0]asked)?|[Cc]onducted|"
    rf"[Ii]nterview[ \u00a0]conducted)[ \u00a0]+by|\b[Ii]nterviewer)[ \u00a0]+(?P<name>{NAME})"
    rf"(?:,[ \u00a0]+(?:the[ \u00a0]+|an?[ \u00a0]+)?(?P<role>[\p{{L}}\- ]{{0,40}}?)[ \u00a0]+"
    rf"(?:of|at|for|from|with)[ \u00a0]+(?:the[ \u00a0]+)?(?P<outlet>{OUTLET}))?"
)
_SOURCE_LINE = regex.compile(
    rf"^(?:Source|Originally published (?:by|in|on)|First published (?:by|in|on)|"
    rf"This interview (?:was )?(?:first |originally )?(?:published|appeared) (?:by|in|on))"
    rf"[: \u00a0]+(?:the[ \u00a0]+)?(?P<outlet>{OUTLET})",
    flags=regex.IGNORECASE,
)
#: "in an interview with", "gave an interview" and the like: a report, not a header.
_REPORTING_LEAD = regex.compile(
    r"\b(?:in|during|to|from|gave|giving|granted|given|according[ \u00a0]to|for)[ \u00a0]+"
    r"(?:an?|his|her|their|the|its|one|this|that)[ \u00a0]+(?:[\p{L}\-]+[ \u00a0]+){0,3}$",
    flags=regex.IGNORECASE,
)
_TODAY_DATE = regex.compile(rf"\btoday,?[ \u00a0]+(?P<date>{_DATE})")
_CONDUCTED_ON = regex.compile(
    rf"\b(?:interview(?:ed)?|conducted|recorded|spoke|met[ \u00a0](?:him|her|them))\b"
    rf"[^.\n]{{0,60}}?\bon[ \u00a0]+(?P<date>{_DATE})"
)
#: A dateline above a transcript: "Transcript | Oslo | 4 May 2026", "Broadcast 4 May 2026", a
#: full date with its year.
_DATELINE = regex.compile(
    rf"(?:^(?:(?:First[ \u00a0])?(?:[Bb]roadcast|[Aa]ired|[Rr]ecorded)(?:[ \u00a0]on)?:?"
    rf"[ \u00a0]+)?"
    rf"|[|\u2022\u00b7,\u2013\u2014][ \u00a0]*)(?P<date>(?:{_MONTHS}[ \u00a0]\d{{1,2}},?"
    rf"|\d{{1,2}}[ \u00a0]{_MONTHS})[ \u00a0]\d{{4}})[ \u00a0]*$"
)

#: Words that, as a header's label ("Presenter: Ann Berg"), name who asks or who answers.
_ASKER_ROLE_WORDS = wordset(
    "presenter presenters host hosts anchor interviewer interviewers moderator chair reporter "
    "correspondent"
)
_GUEST_ROLE_WORDS = wordset("guest guests interviewee")
#: Other header labels that are no speaker's ("Producer: Ann Berg", "Programme: ...").
_OTHER_ROLE_WORDS = wordset(
    "producer producers editor editors programme program show episode broadcast date recorded "
    "aired transcript"
)
#: A header label's body that opens with a name and ends there or goes on after a mark.
_LEADING_NAME = regex.compile(
    rf"^(?P<name>{TITLED})[ \u00a0]*(?:$|[.,;|(\[\u2022\u00b7\u2013\u2014\-])"
)
#: "Presented by Ann Berg", "hosted by ...": the name asks.
_PRESENTED_BY = regex.compile(
    rf"\b(?:[Pp]resented|[Hh]osted|[Aa]nchored|[Mm]oderated|[Ii]nterview(?:ed)?|[Cc]onducted)"
    rf"[ \u00a0]+by:?[ \u00a0]+(?P<name>{NAME})"
)
#: "Presenter Ann Berg", "with host Ann Berg": the name asks.
_ROLE_NAMED = regex.compile(
    rf"\b(?:[Pp]resenter|[Hh]ost|[Aa]nchor|[Ii]nterviewer)(?:[ \u00a0]*[:\u2013\u2014\-|])?"
    rf"[ \u00a0]+(?P<name>{NAME})"
)
#: "Guest: Colonel Ann Berg", "guest Ann Berg": the name answers.
_GUEST_NAMED = regex.compile(
    rf"\b(?:[Gg]uest|[Ii]nterviewee)s?(?:[ \u00a0]*[:\u2013\u2014\-|])?[ \u00a0]+(?P<name>{TITLED})"
)
#: "Ann Berg | 3 May 2026", "Ann Berg, 3 May 2026": a byline of name and date.
_NAME_DATE = regex.compile(
    rf"^(?:(?:[Ww]ith|[Bb]y)[ \u00a0]+)?(?P<name>{NAME})[ \u00a0]*[|,\u2022\u00b7\u2013\u2014\-]"
    rf"[ \u00a0]*(?:\p{{L}}+,?[ \u00a0]+)?{_DATE}\.?$"
)
#: "Ann Berg presents ...", "Ann Berg is the host of ...": the name asks.
_PRESENTS = regex.compile(
    rf"(?P<name>{NAME})[ \u00a0]+(?:presents|hosts|co-hosts|anchors|is[ \u00a0]the[ \u00a0]"
    rf"(?:presenter|host|anchor)|was[ \u00a0]the[ \u00a0](?:presenter|host|anchor))\b"
)
#: "Ann Berg spoke to Ivan Lind ...": the first asks, the second answers.
_SPOKE_TO = regex.compile(
    rf"(?P<asker>{NAME})[ \u00a0]+(?:spoke|speaks|talked|talks|interviewed|interviews)"
    rf"(?:[ \u00a0]+(?:to|with))?[ \u00a0]+(?P<guest>{TITLED})"
)
#: "Ann Berg and Ivan Lind present ...": presenters, opening a closing note.
_PRESENT_LEAD = regex.compile(
    rf"^(?P<name>{NAME})(?:(?:,|[ \u00a0]and|[ \u00a0]&)[ \u00a0]+{NAME}){{0,4}}[ \u00a0]+"
    r"(?:presents?|hosts?|co-hosts?|anchors?|produces?)\b"
)
#: "Ivan Lind joined the programme": a guest.
_JOINED = regex.compile(
    rf"(?P<guest>{NAME})[ \u00a0]+(?:joined|joins|joined[ \u00a0]us[ \u00a0]on)[ \u00a0]+"
    r"(?:us|the[ \u00a0]+(?:programme|program|show|podcast|studio|broadcast))\b"
)
#: What closes a transcript and is no turn: "Ann Berg presents ... on ...", "This transcript
#: has been edited", "Produced by ...". Tried only on lines after the last labelled turn.
_CLOSING = regex.compile(
    r"^(?:(?:This|The)[ \u00a0]+(?:transcript|interview|conversation|programme|program|episode|"
    r"podcast|broadcast|recording)\b|(?:Transcripts?|Interviews?|Conversations?)[ \u00a0]+"
    r"(?:has[ \u00a0]+been[ \u00a0]+|was[ \u00a0]+|have[ \u00a0]+been[ \u00a0]+)?"
    r"(?:edited|condensed|translated|abridged|shortened)\b|(?:Produced|Edited|Transcribed|"
    r"Translated|Presented|Hosted|Recorded)[ \u00a0]+by\b|(?:Listen|Hear|Watch)[ \u00a0]+"
    r"(?:to|again|the)\b|You[ \u00a0]+can[ \u00a0]+(?:listen|hear|watch)\b)"
)
#: "The Harbour Times spoke with ...", "Radio Nord interview with ...": an outlet that asks,
#: named before the verb or the word "interview" of a header line.
_OUTLET_ASKS = regex.compile(
    rf"(?P<outlet>{OUTLET})[ \u00a0]+(?:(?:spoke|speaks|talked|talks)[ \u00a0]+(?:to|with)|"
    rf"interviewed|(?:[Ee]xclusive[ \u00a0]+)?(?:[Ii]nterview|INTERVIEW)[ \u00a0]+(?:[Ww]ith|WITH))"
    rf"[ \u00a0]"
)
#: A note on how the transcript was made, closing a transcript without labels: "The
#: interview has been condensed and edited.", "Produced by ..." (not "The programme will
#: ...", which may be the answer's last paragraph).
_EDIT_NOTE = regex.compile(
    r"^(?:(?:This|The)[ \u00a0]+(?:transcript|interview|conversation|Q&A)[ \u00a0]+"
    r"(?:has[ \u00a0]+been|have[ \u00a0]+been|was|is)[ \u00a0]+(?:lightly[ \u00a0]+)?"
    r"(?:edited|condensed|translated|abridged|shortened)\b|"
    r"(?:Produced|Edited|Transcribed|Translated)[ \u00a0]+by\b)"
)
#: "... on Harbour Radio", "spoke to City FM": a broadcaster named in a header line.
_ON_OUTLET = regex.compile(rf"\b(?:on|from|to)[ \u00a0]+(?:the[ \u00a0]+)?(?P<outlet>{OUTLET})")
_DATE_ONLY = regex.compile(rf"^(?:{_DATE}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{4}}-\d\d-\d\d)\.?$")


@attrs.define(eq=False)
class Unit:
    """A candidate turn: a paragraph block, or one line of it, with its features.

    The features are computed once, when the unit is made (:func:`_units`), so
    that the styles and the scoring model never re-read the text. A unit that
    is a whole block shares the block's text and span. Units are never changed
    (:func:`attrs.evolve` makes a new one) but not frozen: a page makes one per
    paragraph, and a frozen class's fields cost a call each to set.
    """

    index: int
    span: Span
    text: str
    block: int
    parts: tuple[Span, ...] = ()
    #: Words in the text.
    words: int = 0
    #: Whether a question mark stands outside quotation marks.
    asks: bool = False
    #: Whether the text ends with a question mark (closing marks after it allowed).
    ends_q: bool = False
    #: Whether the text ends as a sentence (or a label) does.
    terminal: bool = False
    #: Whether the text is a stage direction ("(Laughter.)").
    stage: bool = False
    #: Whether the text opens with a dash.
    dash: bool = False
    #: The speaker label opening the text, and a label standing alone.
    label: _Label | None = None
    alone: _Label | None = None


@attrs.frozen
class Transcript:
    """What :func:`find_transcript` found: the turns and how to relabel the blocks."""

    turns: tuple[Turn, ...]
    relabels: tuple[tuple[Span, BlockRole], ...]
    interviewee: str | None
    interviewer: str | None
    outlet: str | None
    date_text: str | None
    span: Span
    style: str
    #: Whether the interviewee is only the article's most mentioned person: nothing on the
    #: page said who answers.
    guessed: bool = False


@attrs.frozen
class _Label:
    label: str
    name: str
    paren: str | None
    comma: str | None
    body_start: int
    #: Whether the label stands alone on its line without a colon ("QUESTION").
    bare: bool = False


# ---------------------------------------------------------------- units


#: A candidate turn before it is a :class:`Unit`: (block index, span, text).
_Piece = tuple[int, Span, str]


def _pieces(text: str, blocks: Sequence[Block]) -> list[_Piece]:
    """Paragraph blocks; a multi-line block whose lines open turns, line by line."""
    out: list[_Piece] = []
    for b, block in enumerate(blocks):
        if not _candidate(block):
            continue
        if "\n" in block.text:
            lines = _block_lines(block)
            if len(lines) > 1 and any(
                _label_of(piece) is not None or _opens_with_dash(piece)
                for piece in (line.slice(text) for line in lines[1:])
            ):
                out.extend((b, line, line.slice(text)) for line in lines)
                continue
        out.append((b, block.span, block.text))  # (the block's text is its span's slice)
    return out


#: What :func:`_enough_turns` reads of a piece's text, for :func:`_units` to reuse:
#: (asks, opens with a dash, label, label alone).
_Facts = tuple[bool, bool, _Label | None, _Label | None]


def _facts(text: str) -> _Facts:
    return (
        _asks(text),
        _opens_with_dash(text),
        _label_of(text),
        _label_of(text, alone=True),
    )


def _enough_turns(pieces: Sequence[_Piece], facts: list[_Facts]) -> bool:
    """Whether enough pieces ask, open with a dash or with a label for any style to find
    turns (most pages are no transcript: this spares them the units).

    The facts read are appended to *facts*, one per piece, up to the one that decides.
    First, cheap upper bounds on the three counts: a piece asks only if it holds a question
    mark, opens with a dash only if its first character is one, and holds a label only with
    a colon near its start or when it opens with "Q" or "A".
    """
    texts = [text for _, _, text in pieces]
    if (
        sum("?" in text for text in texts) < 2
        and sum(text.startswith(_DASH_CHARS) for text in texts) < 4
        and sum(_may_hold_label(text) for text in texts) < 3
    ):
        return False
    asking = dashed = labelled = 0
    for _, _, text in pieces:
        fact = _facts(text)
        facts.append(fact)
        asking += fact[0]
        dashed += fact[1]
        labelled += fact[2] is not None or fact[3] is not None
        if asking >= 2 or dashed >= 4 or labelled >= 3:
            return True
    return False


def _may_hold_label(text: str) -> bool:
    """Whether :func:`_label_of` (alone or not) may find a label in *text*."""
    return (
        text.startswith(("Q", "A"))
        or text.find(":", 0, _LABEL_REACH) >= 0
        or text.find("\uff1a", 0, _LABEL_REACH) >= 0
        or _may_be_bare(text)
    )


def _units(pieces: Sequence[_Piece], facts: Sequence[_Facts] = ()) -> list[Unit]:
    """The pieces as units, with their features (*facts*: those already read of the first
    pieces, see :func:`_enough_turns`)."""
    units: list[Unit] = []
    known = len(facts)
    for i, (b, span, text) in enumerate(pieces):
        asks, dash, label, alone = facts[i] if i < known else _facts(text)
        units.append(
            Unit(
                i,
                span,
                text,
                b,
                words=_words(text),
                asks=asks,
                ends_q=asks and text.rstrip().rstrip(_CLOSERS).endswith("?"),
                terminal=_is_terminal(text),
                stage=_is_stage(text),
                dash=dash,
                label=label,
                alone=alone,
            )
        )
    return units


def _stamped(label: _Label | None) -> bool:
    """Whether *label* carries a time code (no other part of a label holds a colon)."""
    return label is not None and ":" in label.label


def _stamped_throughout(units: list[Unit]) -> list[Unit]:
    """*units*, with the labels that carry a time code ("[00:01:23] HOST:", "15:30 Berg:")
    kept only when at least half the page's labels carry one: a recording's transcript
    times every turn, while a live blog's entry under a transcript ("15:30 Van Houten:
    stocks are thin") is no speaker's turn."""
    stamped = sum(1 for u in units if _stamped(u.label) or _stamped(u.alone))
    if not stamped:
        return units
    labelled = sum(1 for u in units if u.label is not None or u.alone is not None)
    if stamped * 2 >= labelled:
        return units
    return [
        attrs.evolve(
            u,
            label=None if _stamped(u.label) else u.label,
            alone=None if _stamped(u.alone) else u.alone,
        )
        if _stamped(u.label) or _stamped(u.alone)
        else u
        for u in units
    ]


def _bare_rhythm(units: list[Unit]) -> list[Unit]:
    """*units*, with the labels without a colon ("QUESTION", "BERG" alone on a line) kept
    only where the page's rhythm shows them to be labels: at least two such labels, each
    seen twice or more, taking turns (at least four of them, the label changing at least
    every other time), each before a paragraph that is no label; and one of them is a
    speaker word ("QUESTION", "Q") or the paragraphs after one of them mostly end with a
    question mark and those after another mostly do not. Any other such line (a heading
    in capitals, city names over the items of a round-up) is no label."""
    if not any(u.alone is not None and u.alone.bare for u in units):
        return units
    counted: list[tuple[Unit, str, bool]] = []
    for i, unit in enumerate(units):
        label = unit.alone
        if label is None or not label.bare or i + 1 >= len(units):
            continue
        nxt = units[i + 1]
        if nxt.label is None and nxt.alone is None and nxt.terminal:
            counted.append((unit, label.name.upper(), nxt.ends_q))
    times = Counter(key for _, key, _ in counted)
    kept = [(unit, key, asks) for unit, key, asks in counted if times[key] >= 2]
    keys = [key for _, key, _ in kept]
    changes = sum(1 for a, b in pairwise(keys) if a != b)
    rhythm = len(set(keys)) >= 2 and len(kept) >= 4 and changes * 2 >= len(kept) - 1
    if rhythm and not any(key.lower() in _SPEAKER_LABELS for key in keys):
        asked = Counter(key for _, key, asks in kept if asks)
        rates = [asked[key] / times[key] for key in set(keys)]
        rhythm = max(rates) >= 0.6 and min(rates) <= 0.34
    labels = {unit.index for unit, _, _ in kept} if rhythm else set()
    return [
        attrs.evolve(u, alone=None)
        if u.alone is not None and u.alone.bare and u.index not in labels
        else u
        for u in units
    ]


def _asks(text: str) -> bool:
    """Whether a question mark stands outside quotation marks."""
    return "?" in text and "?" in _unquoted(text)


def _opens_with_dash(text: str) -> bool:
    return text.startswith(_DASH_CHARS) and _DASH.match(text, timeout=REGEX_TIMEOUT) is not None


def _candidate(block: Block) -> bool:
    """Paragraphs; and short lines the structure stage may have taken for a heading or a
    caption that read as turns: a question, a stage direction, a speaker's label."""
    if block.role in _CANDIDATE_ROLES:
        return True
    if block.role is BlockRole.TITLE:
        # A first turn taken for the title: a label and a sentence, not a quoted headline.
        label = _label_of(block.text)
        return (
            label is not None
            and _is_terminal(block.text)
            and not _HEADLINE_BODY.match(block.text[label.body_start :], timeout=REGEX_TIMEOUT)
        )
    if block.role not in _RESCUED_ROLES:
        return False
    words = block.text.rstrip(" \u00a0\"\u201d\u2019')]")
    return (
        words.endswith("?")
        or _is_stage(block.text)
        or _label_of(block.text) is not None
        or _label_of(block.text, alone=True) is not None
    )


def _block_lines(block: Block) -> list[Span]:
    spans = []
    offset = block.span.start
    for line in block.text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped[0])
            spans.append(Span(start, start + len(stripped)))
        offset += len(line) + 1
    return spans


def _words(text: str) -> int:
    """The words of *text*: white-space separated pieces, a dash between spaces not counted."""
    dashes = text.count(" - ") + text.count(" \u2013 ") + text.count(" \u2014 ")
    return len(text.split()) - dashes


def _is_terminal(text: str) -> bool:
    """Whether *text* ends with sentence punctuation (closing marks after it allowed)."""
    return text.rstrip().rstrip(_CLOSERS).endswith(_ENDS)


def _is_stage(text: str) -> bool:
    return (
        text.startswith(("(", "["))
        and len(text) <= 64
        and _STAGE.match(text, timeout=REGEX_TIMEOUT) is not None
    )


def _adjacent(text: str, a: Span, b: Span) -> bool:
    """Whether *b* starts on the line right after *a* (no blank line between)."""
    return a.end <= b.start and text.count("\n", a.end, b.start) == 1


def _turnable(text: str, units: Sequence[Unit], i: int) -> bool:
    """Whether unit *i* can be a turn: a sentence, not a caption or a credit."""
    unit = units[i]
    if not unit.terminal:
        return False
    if i + 1 < len(units):
        nxt = units[i + 1]
        if _is_credit(nxt) and _adjacent(text, unit.span, nxt.span):
            return False
    return True  # a credit does not end as a sentence does


def _is_credit(unit: Unit) -> bool:
    """Whether *unit* is a photo credit: short, no sentence end, a credit word."""
    return (
        unit.words <= 12
        and not unit.terminal
        and _CREDIT.search(unit.text, timeout=REGEX_TIMEOUT) is not None
    )


def _unquoted(text: str) -> str:
    if not any(mark in text for mark in _OPEN_MARKS):
        return text
    return _QUOTED.sub(" ", text, timeout=REGEX_TIMEOUT)


# ---------------------------------------------------------------- labels

#: How far into a line a label's colon may stand (a label is at most 90
#: characters, a bracketed outlet after it at most 80).
_LABEL_REACH = 240


#: The longest line a label without a colon may be ("QUESTION", "SECRETARY GENERAL BERG").
_BARE_REACH = 60


def _may_be_bare(text: str) -> bool:
    """Whether *text* may be a label alone on its line without a colon: a short line in
    capitals ("BERG", "QUESTION"), or one opening with a speaker word ("Question")."""
    return (
        len(text) <= _BARE_REACH
        and "\n" not in text
        and (
            text.isupper()
            or (text[:1] in _SPEAKER_INITIALS and text.split(" ", 1)[0].lower() in _SPEAKER_LABELS)
        )
    )


def _label_of(text: str, alone: bool = False) -> _Label | None:
    bare = False
    if alone:
        if len(text) > _LABEL_REACH:
            return None
        stamped = text[:1] in _STAMP_FIRSTS
        if text.rstrip().endswith((":", "\uff1a")):
            m = (_LABEL_ONLY_STAMPED if stamped else _LABEL_ONLY).match(text, timeout=REGEX_TIMEOUT)
        elif _may_be_bare(text):
            # "QUESTION" / "BERG" alone on a line, the words on the next one: a label only
            # where the page takes turns so (see _bare_rhythm).
            m = (_BARE_LABEL_STAMPED if stamped else _BARE_LABEL).match(text, timeout=REGEX_TIMEOUT)
            bare = True
        else:
            return None
    else:
        near = text.find(":", 0, _LABEL_REACH) >= 0 or text.find("\uff1a", 0, _LABEL_REACH) >= 0
        if not near and not text.startswith(("Q", "A")):
            return None
        # Each pattern only where its colon, its "Q" or its "Q." / "A." is.
        colon = near or ":" in text or "\uff1a" in text
        m = (
            (
                (_LABEL_STAMPED if text[:1] in _STAMP_FIRSTS else _LABEL).match(
                    text, timeout=REGEX_TIMEOUT
                )
                if colon and _may_open_label(text)
                else None
            )
            or (_BARE_Q.match(text, timeout=REGEX_TIMEOUT) if text.startswith("Q") else None)
            or (_QA_DOT.match(text, timeout=REGEX_TIMEOUT) if text[1:2] == "." else None)
        )
    if m is None:
        return None
    label = m.group("label")
    groups = m.groupdict()
    name = groups.get("name") or label
    name_words = name.split()
    first = name_words[0].strip(".").lower()
    if (
        first in _STOP_LABELS
        and first not in _SPEAKER_LABELS
        and len(name_words) <= 3
        and not (first == "the" and name.isupper())
    ):
        return None
    if len(label) > 90 or len(name_words) > 7:
        return None
    return _Label(label, name, groups.get("paren"), groups.get("comma"), m.end(), bare)


#: The particles _LABEL_HEAD allows between a label's words, each with the space after it.
_LABEL_PARTICLES = tuple(
    f"{word}{space}"
    for word in ("of", "the", "de", "van", "von", "der", "al", "and", "for", "on")
    for space in (" ", "\u00a0")
)


def _may_open_label(text: str) -> bool:
    """``False`` when *text* cannot open with a _LABEL: it opens with a word of ASCII
    letters, a space and a word in lower case (a particle and its space before it allowed),
    and no label goes on past a word in lower case."""
    space = text.find(" ", 0, 32)
    if space < 1 or not (text[:space].isascii() and text[:space].isalpha()):
        return True
    at = space + 1
    for particle in _LABEL_PARTICLES:
        if text.startswith(particle, at):
            at += len(particle)
            break
    after = text[at : at + 1]
    return not (after.isascii() and after.islower())


def _label_kind(label: _Label) -> str | None:
    if is_media(label.name) and not label.paren:
        return "question"  # "BBC:" asks on the outlet's behalf
    key = label.name.lower().strip(". ")
    if key in _QUESTION_LABELS or key.split()[0] in {"question", "questions"}:
        return "question"
    if key in _MODERATOR_LABELS or any(w in _MODERATOR_WORDS for w in key.split()):
        return "moderator"
    if key in _ANSWER_LABELS or key.split()[0] == "answer":
        return "answer"
    return None


def _is_role_text(text: str) -> bool:
    words = [w.strip(".,").lower() for w in text.split()]
    return any(w in TITLE_WORDS and w not in {"the", "of", "and", "for", "to"} for w in words)


# ---------------------------------------------------------------- scoring


#: A unit's features for the scoring model: (question marks, ends with one,
#: words, first-person words, second-person words, claim words: counted only
#: where no question mark is, as only there they score; whether the words were
#: counted in the whole text, no quotation removed).
_Features = tuple[int, bool, int, int, int, int, bool]


def _features(unit: Unit) -> _Features:
    plain = _unquoted(unit.text)
    whole = plain == unit.text
    qmarks = plain.count("?")
    ends_q = plain.rstrip(" \u00a0\"\u201d\u2019')]").endswith("?")
    kinds = _word_kinds(plain)
    fp, sp = _persons(plain, kinds)
    claims = 0
    if not qmarks:
        claims = _claims(unit.text, kinds if whole else _word_kinds(unit.text))
    return qmarks, ends_q, unit.words, fp, sp, claims, whole


#: Every ASCII byte that is no word character as a space; other bytes kept.
_NON_WORD_TO_SPACE = bytes(
    c if c >= 0x80 or c == ord("_") or chr(c).isalnum() else ord(" ") for c in range(256)
)
#: The words _PERSON finds (its forms with an apostrophe never match: the word before the
#: apostrophe does first) and those _CLAIM finds, as bytes, each with its kind.
_FIRST_PERSON_KIND, _SECOND_PERSON_KIND, _CLAIM_KIND = 1, 2, 3
_WORD_KIND = {
    **dict.fromkeys(b"I me my We we Our our Us us".split(), _FIRST_PERSON_KIND),
    **dict.fromkeys(b"You you Your your Yourself yourself".split(), _SECOND_PERSON_KIND),
    **dict.fromkeys(
        b"""say says said claim claims claimed insist insists insisted argue argues argued
        pretend pretends pretended accuse accuses accused allege alleges suggest suggests believe
        believes maintain maintains assert asserts contend contends warn warns""".split(),
        _CLAIM_KIND,
    ),
}


def _word_kinds(text: str) -> list[int] | None:
    """The kinds (see _WORD_KIND) of the person and claim words of *text*, in order, when
    *text* is ASCII once its typographic marks are spaces; else ``None``.

    The words (runs of word characters) are split at the byte level.
    """
    if not text.isascii():
        text = blank_marks(text)
        if not text.isascii():
            return None
    words = text.encode().translate(_NON_WORD_TO_SPACE).split()
    return list(filter(None, map(_WORD_KIND.get, words)))


def _persons(plain: str, kinds: list[int] | None) -> tuple[int, int]:
    """The first- and second-person words of *plain*, counted as _PERSON finds them
    (*kinds*: :func:`_word_kinds` of *plain*)."""
    if kinds is None:
        fp = sp = 0
        for m in _PERSON.finditer(plain, timeout=REGEX_TIMEOUT):
            if m.lastgroup == "fp":
                fp += 1
            else:
                sp += 1
        return fp, sp
    return kinds.count(_FIRST_PERSON_KIND), kinds.count(_SECOND_PERSON_KIND)


def _claims(text: str, kinds: list[int] | None) -> int:
    """The claim words of *text*, counted as _CLAIM finds them (*kinds*: :func:`_word_kinds`
    of *text*)."""
    if kinds is not None:
        return kinds.count(_CLAIM_KIND)
    low = text.lower()
    if any(stem in low for stem in _CLAIM_STEMS):
        return len(_CLAIM.findall(text, timeout=REGEX_TIMEOUT))
    return 0


def _q_score(unit_text: str, feats: _Features, next_text: str | None) -> float:
    qmarks, ends_q, words, fp, sp, claims, _whole = feats
    score = 0.0
    if qmarks:
        score += 3.0 + (1.0 if ends_q else 0.0) - 0.3 * min(fp, 4)
    else:
        score += -2.0 + 1.2 * min(claims, 2) - 0.8 * min(fp, 4)
        if unit_text.startswith(_CONTINUATION_WORDS) and _CONTINUATION.match(
            unit_text, timeout=REGEX_TIMEOUT
        ):
            score -= 0.5
    if words <= 20:
        score += 1.0
    elif words <= 35:
        score += 0.5
    elif words > 80:
        score -= 2.0
    elif words > 50:
        score -= 1.0
    score += 0.5 * min(sp, 2)
    if (
        next_text is not None
        and _may_open(next_text)
        and _OPENER.match(next_text, timeout=REGEX_TIMEOUT)
    ):
        score += 1.0
    if next_text is not None and words <= 6 and _echoed(unit_text, next_text):
        score += 3.0  # "Meaning the navy." / "Meaning the navy, yes.": a prompt, echoed
    return score


def _may_open(text: str) -> bool:
    """Whether *text* opens with the first word of an _OPENER phrase, ended by a character
    that may be no word character (every phrase's first word is followed by a word
    boundary, a space or an apostrophe)."""
    for word in _OPENER_FIRST_WORDS.get(text[:1], ()):
        if text.startswith(word):
            after = text[len(word) : len(word) + 1]
            if not (after.isascii() and (after.isalnum() or after == "_")):
                return True
    return False


def _echoed(prompt: str, reply: str) -> bool:
    """Whether *reply* opens by repeating the short *prompt* (its last mark aside)."""
    core = prompt.rstrip(" .!?\u2026").lower()
    if len(core) < 3:
        return False
    low = reply.lower()
    return low.startswith(core) and low[len(core) : len(core) + 1] in (",", ".", "!", " ", "")


def _a_score(feats: _Features) -> float:
    qmarks, _ends_q, words, fp = feats[:4]
    score = 0.0
    if fp:
        score += 0.5
    if words > 40:
        score += 0.5
    if qmarks:
        score -= 1.0
    return score


_INTRO, _Q, _A = 0, 1, 2


def _viterbi(
    q_scores: Sequence[float],
    a_scores: Sequence[float],
    intro_scores: Sequence[float],
    qq: float,
    aa: float,
) -> list[int]:
    """Best state sequence over intro* (question answer+)*, with soft repeats."""
    neg = float("-inf")
    trans = {
        (_INTRO, _INTRO): 0.0,
        (_INTRO, _Q): 0.0,
        (_INTRO, _A): neg,
        (_Q, _INTRO): neg,
        (_Q, _Q): qq,
        (_Q, _A): 0.0,
        (_A, _INTRO): neg,
        (_A, _Q): 0.0,
        (_A, _A): aa,
    }
    n = len(q_scores)
    if n == 0:
        return []
    emit = [(intro_scores[i], q_scores[i], a_scores[i]) for i in range(n)]
    best = [emit[0][0], emit[0][1], neg]
    back: list[list[int]] = []
    for i in range(1, n):
        row, ptr = [neg, neg, neg], [0, 0, 0]
        for s in (_INTRO, _Q, _A):
            for p in (_INTRO, _Q, _A):
                value = best[p] + trans[(p, s)]
                if value > row[s]:
                    row[s], ptr[s] = value, p
            row[s] += emit[i][s]
        best = row
        back.append(ptr)
    state = _A if best[_A] >= best[_Q] - 1.0 else _Q
    if best[state] == neg:
        state = max(range(3), key=lambda s: best[s])
    path = [state]
    for ptr in reversed(back):
        state = ptr[state]
        path.append(state)
    path.reverse()
    return path


# ---------------------------------------------------------------- header


def _header_texts(
    text: str, blocks: Sequence[Block], layout: Layout, first: int, last: int
) -> list[str]:
    """Texts that may name the people: title, byline, blocks before the turns and after them."""
    out = [t for t in (layout.title, layout.subtitle, layout.standfirst, layout.byline) if t]
    for block in blocks:
        if block.role is BlockRole.RELATED:
            continue
        if block.span.end <= first or (
            block.span.start >= last and block.role is not BlockRole.BOILERPLATE
        ):
            # Above the turns even boilerplate may be the header (a page's "Interview"
            # strip); below them it is teasers for other pages.
            out.append(block.text)
    return out


def _header_with(header: str) -> regex.Match[str] | None:
    """ "An interview with X" as a header, not "in an interview with X" in a sentence."""
    if "ith" not in header:  # (every match holds "with" or "With")
        return None
    for m in _HEADER_WITH.finditer(header, timeout=REGEX_TIMEOUT):
        before = header[max(0, m.start() - 60) : m.start()]
        if _REPORTING_LEAD.search(before, timeout=REGEX_TIMEOUT) is None and not before.endswith(
            ("\u2019s ", "'s ")
        ):
            return m
    return None


def _search_from_line(pattern: regex.Pattern[str], text: str, at: int) -> regex.Match[str] | None:
    """``pattern.search(text)`` for a pattern that never crosses a line break and can match
    no line above the one holding *at* (``-1``: no line can): the search starts there."""
    if at < 0:
        return None
    return pattern.search(text, text.rfind("\n", 0, at) + 1, timeout=REGEX_TIMEOUT)


def _owned_interview(header: str) -> regex.Match[str] | None:
    """``_OWNED_INTERVIEW.search(header)``, from the first line with its "'s interview with"."""
    anchor = _OWNED_ANCHOR.search(header, timeout=REGEX_TIMEOUT) if "nterview" in header else None
    return _search_from_line(_OWNED_INTERVIEW, header, anchor.start() if anchor else -1)


def _interviewee_mentions(header: str) -> Iterator[regex.Match[str] | None]:
    """The header's phrasings that name an interviewee, in order of trust (each tried only
    when the one before it names nobody)."""
    low = header.lower()
    if "interview" in low:
        yield _owned_interview(header)
    if "with" in low:
        yield _header_with(header)
    if "interviewed" in low:
        yield _search_from_line(_WAS_INTERVIEWED, header, header.find("interviewed"))
    if "by" in low:
        # (Each of _HEADER_BY's occasions holds one of these.)
        occasions = ("ress", "emarks", "oorstep", "riefing", "tatement", "peech")
        possible = any(word in header for word in occasions)
        yield _HEADER_BY.search(header, timeout=REGEX_TIMEOUT) if possible else None


def _find_interviewee(headers: Sequence[str], book: NameBook) -> tuple[str | None, str | None]:
    """``(name, raw mention)`` of the interviewee named by the page's header."""
    found = _interviewee_mention(headers)
    return (book.resolve(found[0]), found[1]) if found is not None else (None, None)


def _interviewee_mention(headers: Sequence[str]) -> tuple[str, str] | None:
    """``(name, raw mention)`` of the interviewee named by the page's header, the name not
    yet resolved."""
    for header in headers:
        for m in _interviewee_mentions(header):
            if m is None:
                continue
            raw = m.group("who")
            name = strip_titles(raw)
            if name is not None:
                return name, raw
    return None


def _find_interviewer(headers: Sequence[str], book: NameBook) -> tuple[str | None, str | None]:
    """``(name, outlet)`` of the interviewer named by the page ("Interview by X, editor of Y")."""
    for header in headers:
        # (Every _INTERVIEWER match holds one of these words.)
        asked = "nterview" in header or "uestions" in header or "onducted" in header
        m = (_INTERVIEWER.search(header, timeout=REGEX_TIMEOUT) if asked else None) or (
            _owned_interview(header)
        )
        if m is None:
            continue
        name = strip_titles(m.group("name"))
        if name is None:
            continue
        return book.resolve(name), clean_outlet(m.group("outlet"))
    for header in headers:
        with_m = _header_with(header)
        if with_m is None:
            continue
        tail = _HEADER_TAIL.match(header[with_m.end() :], timeout=REGEX_TIMEOUT)
        if tail is None or not (tail.group("name") or tail.group("outlet")):
            continue
        name = strip_titles(tail.group("name")) if tail.group("name") else None
        outlet = clean_outlet(tail.group("outlet"))
        if outlet is not None and _is_role_text(outlet) and not is_media(outlet):
            outlet = None
        if name is not None or outlet is not None:
            return (book.resolve(name) if name else None), outlet
    return None, None


#: The characters a _SOURCE_LINE match may open with ("Source", "Originally", "First",
#: "This", in any case; "\u017f" is a long s).
_SOURCE_LINE_FIRSTS = frozenset("FOSTfost\u017f")


def _find_outlet(headers: Sequence[str]) -> str | None:
    for header in headers:
        for line in header.split("\n"):
            line = line.strip()
            if line[:1] not in _SOURCE_LINE_FIRSTS:
                continue
            m = _SOURCE_LINE.match(line, timeout=REGEX_TIMEOUT)
            if m is not None:
                outlet = clean_outlet(m.group("outlet"))
                if outlet:
                    return outlet
    return None


def _find_date(headers: Sequence[str]) -> str | None:
    for pattern, may_match in (
        (_CONDUCTED_ON, _may_say_conducted_on),
        (_TODAY_DATE, _may_say_today),
    ):
        for header in headers:
            m = pattern.search(header, timeout=REGEX_TIMEOUT) if may_match(header) else None
            if m is not None:
                return m.group("date")
    for header in headers:
        for line in header.split("\n"):
            if len(line) > 80:
                continue
            line = line.strip()
            if line[-1:].isdigit():  # (a dateline ends with the year's last digit)
                m = _DATELINE.search(line, timeout=REGEX_TIMEOUT)
                if m is not None:
                    return m.group("date")
    return None


def _may_say_conducted_on(header: str) -> bool:
    """Whether *header* holds the words every _CONDUCTED_ON match needs."""
    return "on" in header and (
        "interview" in header
        or "conducted" in header
        or "recorded" in header
        or "spoke" in header
        or "met" in header
    )


def _may_say_today(header: str) -> bool:
    return "today" in header


def _may_hold_turns(text: str) -> bool:
    """A cheap test of the whole text: enough question marks, colons or turn-opening
    characters (Q, A, a dash) for any style to find turns."""
    if text.count("?") >= 2 or text.count(":") + text.count("\uff1a") >= 3:
        return True
    return any(mark in text for mark in ("Q", "A", *_DASH_CHARS))


_INTERVIEW_MENTIONS = ("interview", "q&a", "conversation", "spoke with", "talked to")


def _mentions_interview(text: str) -> bool:
    """Whether ``text.lower()`` holds one of :data:`_INTERVIEW_MENTIONS`.

    The text is lowered a piece at a time, the pieces overlapping by more than
    the longest word: ``str.lower`` of a whole page that is not ASCII allocates
    twelve bytes a character.
    """
    for start in range(0, len(text), 4096):
        low = text[start : start + 4096 + 16].lower()
        if any(w in low for w in _INTERVIEW_MENTIONS):
            return True
    return False


# ---------------------------------------------------------------- styles


@attrs.frozen
class _Draft:
    """Turns before the people are known: (unit, role, speaker key, label)."""

    items: tuple[tuple[Unit, TurnRole, str | None, _Label | None], ...]
    style: str
    speakers: tuple[tuple[str, _Label], ...] = ()
    sides: tuple[tuple[str, str], ...] = ()
    #: Lines around the turns that are no turn ("Presenter: Ann Berg", a closing note)
    #: and the block role each takes.
    notes: tuple[tuple[Span, BlockRole], ...] = ()
    #: Full names the page gives for the speakers' keys ("Guest: Ivan Lind").
    names: tuple[tuple[str, str], ...] = ()
    #: Header and closing lines, for the outlet and the date.
    extra: tuple[str, ...] = ()
    #: The presenters and the guests the page names, whether or not a label matches.
    askers: tuple[str, ...] = ()
    guests: tuple[str, ...] = ()


@attrs.frozen
class _Cast:
    """Who the page says asks and who answers, by surname key, with the full names."""

    askers: dict[str, str]
    guests: dict[str, str]


def _name_like(piece: str) -> bool:
    """Whether *piece* is a bare name or title: one to six capitalised words."""
    tokens = piece.split()
    return 0 < len(tokens) <= 6 and all(
        t[:1].isupper() or t[:1].isdigit() or t.lower() in {"de", "van", "von", "der", "al", "of"}
        for t in tokens
    )


def _header_label(unit: Unit) -> tuple[str, str] | None:
    """``(kind, name)`` when *unit* is a header line such as "Presenter: Ann Berg, 3 May 2026".

    *kind* is ``asker``, ``guest`` or ``other`` ("Producer: ...", "Date: ...").
    """
    label = unit.label
    if label is None or label.paren:
        return None
    key = label.name.lower().strip(". ")
    if key in _ASKER_ROLE_WORDS:
        kind = "asker"
    elif key in _GUEST_ROLE_WORDS:
        kind = "guest"
    elif key in _OTHER_ROLE_WORDS:
        kind = "other"
    else:
        return None
    body = unit.text[label.body_start :].strip()
    if "?" in body or len(body) > 400:
        return None
    if kind == "other":
        piece = body.replace("|", ",").split(",")[0].strip().rstrip(".").strip()
        if _DATE_ONLY.match(piece, timeout=REGEX_TIMEOUT) or _name_like(piece):
            return kind, ""
        return None
    # "Ann Berg", "Ann Berg, state secretary", "Ann Berg (Radio Nord) | 3 May 2026"
    m = _LEADING_NAME.match(body, timeout=REGEX_TIMEOUT)
    if m is None:
        return None
    name = strip_titles(m.group("name"))
    return (kind, name) if name is not None else None


def _cast(texts: Iterable[str], found: Iterable[tuple[str, str]]) -> _Cast:
    """Read who presents and who is the guest from the lines around the turns."""
    askers: dict[str, str] = {}
    guests: dict[str, str] = {}

    def add(side: dict[str, str], raw: str | None) -> None:
        name = strip_titles(raw) if raw else None
        if name:
            side.setdefault(name.split()[-1].lower(), name)

    for kind, name in found:
        add(askers if kind == "asker" else guests, name)
    for chunk in texts:
        if " by " in chunk:
            for m in _PRESENTED_BY.finditer(chunk, timeout=REGEX_TIMEOUT):
                add(askers, m.group("name"))
        low = chunk.lower()
        if any(w in low for w in ("presenter", "host", "anchor", "interviewer")):
            for m in _ROLE_NAMED.finditer(chunk, timeout=REGEX_TIMEOUT):
                add(askers, m.group("name"))
        if "guest" in low or "interviewee" in low:
            for m in _GUEST_NAMED.finditer(chunk, timeout=REGEX_TIMEOUT):
                add(guests, m.group("name"))
        for line in chunk.split("\n"):
            line = line.strip()
            if len(line) <= 80 and (line[-1:].isdigit() or line.endswith(".")):
                dated = _NAME_DATE.match(line, timeout=REGEX_TIMEOUT)
                if dated is not None:
                    add(askers, dated.group("name"))
        if any(w in chunk for w in (" presents", " hosts", " anchors", " is the ", " was the ")):
            for m in _PRESENTS.finditer(chunk, timeout=REGEX_TIMEOUT):
                add(askers, m.group("name"))
        if any(w in chunk for w in (" spoke", " speaks", " talk", " interview")):
            for m in _SPOKE_TO.finditer(chunk, timeout=REGEX_TIMEOUT):
                if is_media(m.group("guest")):
                    continue  # "Ann Berg spoke to Radio Nord": she is the guest, not asking
                if is_media(m.group("asker")):
                    # "The Harbour Times spoke with Ivan Lind": the outlet, not who asks
                    add(guests, m.group("guest"))
                    continue
                add(askers, m.group("asker"))
                add(guests, m.group("guest"))
        if " join" in chunk:
            for m in _JOINED.finditer(chunk, timeout=REGEX_TIMEOUT):
                add(guests, m.group("guest"))
    for key in list(guests):
        if key in askers:
            del guests[key]
    return _Cast(askers, guests)


def _closing(unit: Unit, keys: Iterable[str]) -> bool:
    """Whether *unit*, after the last labelled turn, is a closing note and no turn."""
    text = unit.text
    if _CLOSING.match(text, timeout=REGEX_TIMEOUT) or _NOTE_INTRO.match(
        text, timeout=REGEX_TIMEOUT
    ):
        return True
    if not text[:1].isupper():
        return False
    m = _PRESENTS.match(text, timeout=REGEX_TIMEOUT) or _PRESENT_LEAD.match(
        text, timeout=REGEX_TIMEOUT
    )
    return m is not None and m.group("name").split()[-1].lower() in set(keys)


def _labelled(
    units: Sequence[Unit],
    ok: Sequence[bool],
    header_who: Callable[[], str | None],
    cue: Callable[[], bool],
    header_text: str = "",
) -> _Draft | None:
    """Turns opened by speakers' labels. *header_who* (the header's raw mention of the
    interviewee) and *cue* (whether the page says it is an interview) are asked for only
    when a decision needs them: most pages are decided before."""
    labels: dict[int, _Label] = {}
    heads: dict[int, Unit] = {}
    pending: Unit | None = None
    header_lines: list[tuple[Unit, tuple[str, str]]] = []
    # (A label's name and brackets, without the time code that may open or close it.)
    label_texts = Counter(_label_key(u.label) for u in units if u.label is not None)
    for unit in units:
        if not labels and unit.label is not None:
            role_line = _header_label(unit)
            if role_line is not None and label_texts[_label_key(unit.label)] > 1 and unit.terminal:
                role_line = None  # "HOST: Ann Berg, welcome." opens the turns of "HOST:"
            if role_line is not None:
                header_lines.append((unit, role_line))  # "Presenter: Ann Berg": no turn
                pending = None
                continue
        if unit.alone is not None:
            pending = unit
            continue
        if pending is not None and ok[unit.index] and unit.label is None:
            # "Name:" on its own line: the turn is that line and this one.
            head_label = pending.alone
            if head_label is not None:
                heads[unit.index] = pending
                labels[unit.index] = attrs.evolve(head_label, body_start=-1)
            pending = None
            continue
        pending = None
        label = unit.label
        if label is None:
            continue
        if not labels and _HEADLINE_BODY.match(
            unit.text[label.body_start :], timeout=REGEX_TIMEOUT
        ):
            continue  # "Name: 'A quoted headline'" above the transcript
        labels[unit.index] = label
    if len(labels) < 3:
        return None
    key_cache: dict[str, str] = {}
    aliases = _role_aliases(labels.values(), key_cache)
    keys = [_speaker_key(label, aliases, key_cache) for label in labels.values()]
    counts = Counter(keys)
    recurring = {k for k, c in counts.items() if c >= 2}
    if len(recurring) >= 2:
        # "Duration: 24 minutes" above the turns: a label seen once, before the speakers
        # who take turns, is the header's.
        drop = []
        for i, key in zip(labels, keys, strict=True):
            if key in recurring or _label_kind(labels[i]) is not None:
                break
            drop.append(i)
        for i in drop:
            del labels[i]
            heads.pop(i, None)
        keys = keys[len(drop) :]
        counts = Counter(keys)
    changes = sum(1 for a, b in pairwise(keys) if a != b)
    kinds = {_label_kind(label) for label in labels.values()}
    explicit = bool(kinds & {"question", "answer", "moderator"})
    if len(counts) < 2 or changes < 2:
        return None
    first_i, last_i = min(labels), max(labels)
    lo = max(0, first_i - 6)
    around = [u.text for u in units[lo:first_i]]
    after = [u for u in units[last_i + 1 : last_i + 5] if u.label is None]
    cast = _cast([header_text, *around, *(u.text for u in after)], (r for _, r in header_lines))
    if not explicit:
        if max(counts.values()) < 2:
            return None
        if not any(units[i].asks for i in labels):
            return None
    # Which side each speaker is on.
    words: Counter[str] = Counter()
    asked: Counter[str] = Counter()
    turns: Counter[str] = Counter()
    first_label: dict[str, _Label] = {}
    for (i, label), key in zip(labels.items(), keys, strict=True):
        first_label.setdefault(key, label)
        words[key] += units[i].words
        asked[key] += units[i].asks
        turns[key] += 1
    sides: dict[str, str] = {}
    ends_q: Counter[str] = Counter()
    for i, key in zip(labels, keys, strict=True):
        ends_q[key] += units[i].ends_q
    named = False  # whether the page names a label's speaker as presenter or guest
    for key, label in first_label.items():
        kind = _label_kind(label)
        if kind is not None:
            sides[key] = kind
        elif key in cast.askers:
            sides[key] = "question"
            named = True
        elif key in cast.guests:
            sides[key] = "answer"
            named = True
        elif (headers_raw := header_who()) and _matches_header(label, headers_raw):
            sides[key] = "answer"
        elif (
            (label.paren and not _is_role_text(label.paren))
            or (label.comma and not _is_role_text(label.comma))
        ) and not (strip_titles(label.name) is None and _paren_name(label)):
            # "Anna Berg (Nordic Radio):" asks for her outlet; but "SECRETARY GENERAL
            # (Ann Berg):" is a role and the name of who holds it.
            sides[key] = "question"
    rest = [k for k in first_label if k not in sides]
    if rest and "answer" not in sides.values():
        answerer = max(rest, key=lambda k: (words[k] - 40 * asked[k], words[k]))
        sides[answerer] = "answer"
        rest.remove(answerer)
    for key in rest:
        sides[key] = "question" if asked[key] * 2 >= turns[key] else "answer"
    if not {"question", "moderator"} & set(sides.values()) and len(sides) >= 2:
        # Two sides to every interview: the one who asks most, or says least, asks.
        answerers = [k for k, s in sides.items() if s == "answer"]
        asker = max(
            answerers,
            key=lambda k: (ends_q[k] / turns[k], asked[k] / turns[k], -words[k] / turns[k]),
        )
        sides[asker] = "question"
    if "answer" not in sides.values() or not ({"question", "moderator"} & set(sides.values())):
        return None
    if (
        not explicit
        and not cue()
        and not named
        and not _asks_and_answers(sides, asked, turns)
        and not _asker_plain(sides, ends_q, turns, changes, len(labels))
    ):
        return None  # speakers taking turns (a live blog), not questions and answers
    items: list[tuple[Unit, TurnRole, str | None, _Label | None]] = []
    first = min([*labels, *(h.index for h in heads.values())])
    last = max(labels)
    current: tuple[TurnRole, str | None] | None = None
    notes = [(u.span, BlockRole.BYLINE) for u, (kind, _) in header_lines if kind == "asker"]
    head_indices = {h.index for h in heads.values()}
    key_of = dict(zip(labels, keys, strict=True))
    for unit in units[first:]:
        i = unit.index
        if i in head_indices:
            continue
        if i in labels:
            key = key_of[i]
            role = _side_role(sides[key], unit)
            current = (role, key)
            if i in heads:
                head_unit = heads[i]
                unit = attrs.evolve(
                    unit,
                    span=Span(head_unit.span.start, unit.span.end),
                    parts=(head_unit.span, unit.span),
                )
            items.append((unit, role, key, labels[i]))
        elif unit.stage:
            items.append((unit, TurnRole.NOTE, None, None))
        elif not ok[i]:
            if i > last:
                break
            continue
        elif i > last and _closing(unit, counts):
            notes.append((unit.span, BlockRole.NOTE))  # a closing note ends the turns
            break
        elif current is not None:
            role = current[0]
            if role is TurnRole.MODERATOR and unit.asks:
                role = TurnRole.QUESTION
            items.append((unit, role, current[1], None))
    names = {**cast.guests, **cast.askers}
    return _Draft(
        tuple(items),
        "labelled",
        tuple(first_label.items()),
        tuple(sorted(sides.items())),
        notes=tuple(notes),
        names=tuple((k, names[k]) for k in counts if k in names),
        extra=tuple([*(u.text for u, _ in header_lines), *around, *(u.text for u in after)]),
        askers=tuple(cast.askers.values()),
        guests=tuple(cast.guests.values()),
    )


def _label_key(label: _Label) -> tuple[str, str | None, str | None]:
    """What a label says of its speaker: the name and what the brackets or a comma add."""
    return label.name, label.paren, label.comma


def _asks_and_answers(sides: dict[str, str], asked: Counter[str], turns: Counter[str]) -> bool:
    """Whether the question side mostly asks and the answer side mostly does not."""
    q_turns = sum(turns[k] for k, s in sides.items() if s != "answer")
    a_turns = sum(turns[k] for k, s in sides.items() if s == "answer")
    q_asked = sum(asked[k] for k, s in sides.items() if s != "answer")
    a_asked = sum(asked[k] for k, s in sides.items() if s == "answer")
    return q_asked >= 0.6 * q_turns and a_asked <= 0.34 * a_turns


def _asker_plain(
    sides: dict[str, str], ends_q: Counter[str], turns: Counter[str], changes: int, n: int
) -> bool:
    """Two speakers taking strict turns, one ending far more of them with a question."""
    if len(sides) != 2 or changes < n - 2 or n < 4:
        return False
    q = next((k for k, s in sides.items() if s != "answer"), None)
    a = next((k for k, s in sides.items() if s == "answer"), None)
    if q is None or a is None:
        return False
    q_rate = ends_q[q] / turns[q]
    a_rate = ends_q[a] / turns[a]
    return q_rate >= 0.4 and q_rate >= a_rate + 0.3


def _side_role(side: str, unit: Unit) -> TurnRole:
    if side == "answer":
        return TurnRole.ANSWER
    if side == "moderator":
        return TurnRole.QUESTION if unit.asks else TurnRole.MODERATOR
    return TurnRole.QUESTION


def _speaker_key(
    label: _Label, aliases: dict[str, str] | None = None, cache: dict[str, str] | None = None
) -> str:
    """One key per speaker: the surname, or the role or Q/A word when the label has no name.

    *cache* maps a label's name to its key before aliases, for one transcript.
    """
    key = cache.get(label.name) if cache is not None else None
    if key is None:
        name = strip_titles(label.name)
        key = (
            "\0" + name.split()[-1].lower() if name is not None else label.name.lower().strip(". ")
        )
        if cache is not None:
            cache[label.name] = key
    if key.startswith("\0"):
        return key[1:]
    return (aliases or {}).get(key, key)


def _role_aliases(labels: Iterable[_Label], cache: dict[str, str] | None = None) -> dict[str, str]:
    """Map a role label ("NATO Secretary General") to the named label that carries it."""
    distinct = {label.name: label for label in labels}.values()
    named = [(label.name.lower(), _speaker_key(label, None, cache)) for label in distinct]
    roles = {n for n, _ in named}
    out: dict[str, str] = {}
    for role in roles:
        if role in _ANSWER_LABELS or role in _QUESTION_LABELS or role in _MODERATOR_LABELS:
            continue
        for full, key in named:
            if full != role and full.startswith(role + " ") and key != full:
                out[role] = key
                break
    return out


def _matches_header(label: _Label, header_raw: str) -> bool:
    low = header_raw.lower()
    if label.name.lower() in low:
        return True
    name = strip_titles(label.name)
    return bool(name) and name is not None and name.split()[-1].lower() in low


def _first_person(unit: Unit, feats: _Features) -> bool:
    """Whether _FIRST_PERSON finds a word in *unit*'s text (quotations included), read from
    its features where they count the same text."""
    if feats[6]:
        return feats[3] > 0
    kinds = _word_kinds(unit.text)
    if kinds is None:
        return _FIRST_PERSON.search(unit.text, timeout=REGEX_TIMEOUT) is not None
    return _FIRST_PERSON_KIND in kinds


def _dashed(
    text: str, units: Sequence[Unit], ok: Sequence[bool], cue: Callable[[], bool]
) -> _Draft | None:
    dashes = [u.index for u in units if ok[u.index] and u.dash]
    if len(dashes) < 4:
        return None
    groups: list[list[Unit]] = []
    for unit in units[dashes[0] :]:
        if not ok[unit.index] and not unit.stage:
            continue
        if unit.index in dashes or not groups:
            groups.append([unit])
        else:
            groups[-1].append(unit)
    heads = [g[0] for g in groups]
    feats = [_features(h) for h in heads]
    q = [
        _q_score(h.text, feats[k], heads[k + 1].text if k + 1 < len(heads) else None)
        for k, h in enumerate(heads)
    ]
    a = [_a_score(f) for f in feats]
    path = _viterbi(q, a, [float("-inf")] * len(heads), qq=-3.0, aa=-2.0)
    asked = sum(1 for k, s in enumerate(path) if s == _Q and heads[k].asks)
    cued = cue()
    if asked < (2 if cued else 3) or sum(1 for s in path if s == _A) < 2:
        return None
    answer_groups = [
        " ".join(u.text for u in g) for g, s in zip(groups, path, strict=True) if s == _A
    ]
    voiced = sum(1 for g in answer_groups if _FIRST_PERSON.search(g, timeout=REGEX_TIMEOUT))
    if not cued and voiced * 2 < len(answer_groups):
        return None  # a list of questions answered in the reporter's voice
    items: list[tuple[Unit, TurnRole, str | None, _Label | None]] = []
    for group, state in zip(groups, path, strict=True):
        role = TurnRole.QUESTION if state == _Q else TurnRole.ANSWER
        for unit in group:
            items.append((unit, TurnRole.NOTE if unit.stage else role, None, None))
    return _Draft(_closing_notes(items), "dash")


def _unlabelled(units: Sequence[Unit], ok: Sequence[bool], cued: bool) -> _Draft | None:
    cands = [u for u in units if ok[u.index] and not u.stage]
    if len(cands) < 4 or sum(1 for u in cands if u.asks) < (2 if cued else 3):
        return None
    texts = [u.text for u in cands]
    feats = [_features(u) for u in cands]
    q = [
        _q_score(t, feats[k], texts[k + 1] if k + 1 < len(texts) else None)
        for k, t in enumerate(texts)
    ]
    a = [_a_score(f) for f in feats]
    intro = [-3.0 if u.asks else 0.0 for u in cands]
    path = _viterbi(q, a, intro, qq=-3.0, aa=0.0)
    questions = [k for k, s in enumerate(path) if s == _Q]
    asked = [k for k in questions if cands[k].asks]
    if len(asked) < (2 if cued else 3) or len(questions) < 3:
        return None
    body = [k for k, s in enumerate(path) if s != _INTRO]
    if len(questions) < 0.15 * len(body):
        return None
    # Answers in the interviewee's voice: first or second person in most answer groups.
    groups_voiced = groups = 0
    for n, k in enumerate(questions):
        end = questions[n + 1] if n + 1 < len(questions) else len(path)
        answers = [j for j in range(k + 1, end) if path[j] == _A]
        if not answers:
            continue
        groups += 1
        groups_voiced += any(_first_person(cands[j], feats[j]) for j in answers)
    if groups < 2 or (not cued and groups_voiced * 2 < groups):
        return None
    if not cued and sum(1 for k in questions if feats[k][4]) < 2:
        return None
    first_unit = cands[body[0]].index
    items: list[tuple[Unit, TurnRole, str | None, _Label | None]] = []
    roles = {
        cands[k].index: (TurnRole.QUESTION if s == _Q else TurnRole.ANSWER)
        for k, s in enumerate(path)
        if s != _INTRO
    }
    for unit in units[first_unit:]:
        if unit.index in roles:
            items.append((unit, roles[unit.index], None, None))
        elif unit.stage:
            items.append((unit, TurnRole.NOTE, None, None))
    return _Draft(_closing_notes(items), "unlabelled")


def _closing_notes(
    items: Sequence[tuple[Unit, TurnRole, str | None, _Label | None]],
) -> tuple[tuple[Unit, TurnRole, str | None, _Label | None], ...]:
    """*items*, with the paragraphs after the last answer's first that close the transcript
    ("The interview has been condensed and edited.", "Produced by ...") as notes: without
    labels, nothing else tells them from the answer."""
    last_q = max((i for i, item in enumerate(items) if item[1] is TurnRole.QUESTION), default=-1)
    out = list(items)
    answered = False
    for i in range(last_q + 1, len(out)):
        unit, role = out[i][0], out[i][1]
        if role is not TurnRole.ANSWER:
            continue
        if answered and (
            _EDIT_NOTE.match(unit.text, timeout=REGEX_TIMEOUT)
            or _NOTE_INTRO.match(unit.text, timeout=REGEX_TIMEOUT)
        ):
            out[i] = (unit, TurnRole.NOTE, None, None)
        answered = True
    return tuple(out)


# ---------------------------------------------------------------- assembly


def find_transcript(
    text: str, blocks: Sequence[Block], layout: Layout, book: NameBook
) -> Transcript | None:
    """Find an interview transcript in *blocks*, or ``None`` when the page is not one."""
    if not _may_hold_turns(text):
        return None
    pieces = _pieces(text, blocks)
    facts: list[_Facts] = []
    if len(pieces) < 4 or not _enough_turns(pieces, facts):
        return None
    units = _bare_rhythm(_stamped_throughout(_units(pieces, facts)))
    ok = [_turnable(text, units, i) or u.label is not None for i, u in enumerate(units)]
    first_unit = units[0].span.start
    # "Interview by Jane Roe" in the byline cues a transcript as the title would.
    bylines = [b.text for b in blocks if b.role is BlockRole.BYLINE and b.span.end <= first_unit]
    header = [t for t in (layout.title, layout.subtitle) if t] + bylines[:2]
    cued = _mentions_interview(" ".join(header)) or any(
        _header_with(u.text) is not None for u in units[:6]
    )
    header_all = "\n".join(_header_texts(text, blocks, layout, units[0].span.start, len(text)))

    @functools.cache
    def raw_who() -> str | None:
        """The header's raw mention of the interviewee (read only when a label asks)."""
        found = _interviewee_mention([header_all])
        return found[1] if found is not None else None

    draft = (
        _labelled(
            units,
            ok,
            raw_who,
            lambda: cued or _INTERVIEW_WORD.search(text, timeout=REGEX_TIMEOUT) is not None,
            header_all,
        )
        or _dashed(text, units, ok, lambda: cued or _mentions_interview(text))
        or _unlabelled(units, ok, cued)
    )
    if draft is None or not draft.items:
        return None
    return _assemble(text, blocks, layout, book, units, draft)


def _assemble(
    text: str,
    blocks: Sequence[Block],
    layout: Layout,
    book: NameBook,
    units: Sequence[Unit],
    draft: _Draft,
) -> Transcript:
    turn_items = [item for item in draft.items if item[1] is not TurnRole.NOTE]
    first = turn_items[0][0].span.start if turn_items else draft.items[0][0].span.start
    last = turn_items[-1][0].span.end if turn_items else draft.items[-1][0].span.end
    # One text, so that a header broken over lines ("Interview" / "with ...") still reads.
    headers = ["\n".join(_header_texts(text, blocks, layout, first, last))]
    interviewee, _raw = _find_interviewee(headers, book)
    interviewer, outlet = _find_interviewer(headers, book)
    sides = dict(draft.sides)
    given = dict(draft.names)
    names: dict[str, str | None] = {}
    # Outlets the asking labels name ("BBC:", "Anna Berg (Nordic Radio):"): one outlet is
    # the interview's; several asking at a press conference are none of them.
    asking_outlets: dict[str, str] = {}
    for key, label in draft.speakers:
        kind = _label_kind(label)
        plain = label.name.lower().strip(". ")
        speaker_word = plain in _SPEAKER_LABELS
        name = None if is_media(label.name) or speaker_word else strip_titles(label.name)
        if name is None and kind != "question":
            # "SECRETARY GENERAL (Ann Berg):", "MODERATOR (Ann Berg):": the role, then the name.
            name = _paren_name(label)
        if kind == "question" and name is None and is_media(label.name):
            _add_outlet(asking_outlets, label.name)
        if key in given and (name is None or len(name.split()) == 1):
            names[key] = book.resolve(given[key])  # "KVALE:" and "Presenter: Arne Kvale"
        elif name is None and kind is None and sides.get(key) == "answer":
            names[key] = interviewee
        else:
            names[key] = book.resolve(name) if name else None
        asks = sides.get(key) == "question" and kind is None
        if asks and label.paren and not _is_role_text(label.paren):
            _add_outlet(asking_outlets, label.paren)
        if asks and label.comma and not _is_role_text(label.comma):
            _add_outlet(asking_outlets, label.comma)
    if outlet is None and len(asking_outlets) == 1:
        outlet = next(iter(asking_outlets.values()))
    answer_names = {names[k] for k, s in sides.items() if s == "answer" and names.get(k)}
    question_names = {names[k] for k, s in sides.items() if s == "question" and names.get(k)}
    # The header's "talks with X" may name the presenter: the labels say who answers.
    asking = {k for k, s in sides.items() if s != "answer"}
    answering = {k for k, s in sides.items() if s == "answer"}
    if interviewee is not None and interviewee.split()[-1].lower() in asking - answering:
        interviewee = None
    if interviewer is not None and interviewer.split()[-1].lower() in answering - asking:
        interviewer = None
    if interviewee is None and len(answer_names) == 1:
        interviewee = next(iter(answer_names))
    if interviewer is None and len(question_names) == 1:
        interviewer = next(iter(question_names))
    # "HOST:" / "GUEST:" or "Q:" / "A:" labels, and "Host: Ann Berg" above them.
    if interviewee is None and len(draft.guests) == 1:
        interviewee = book.resolve(draft.guests[0])
    if interviewer is None and len(draft.askers) == 1 and not question_names:
        interviewer = book.resolve(draft.askers[0])
    guessed = interviewee is None
    if interviewee is None:
        interviewee = book.main_person()
    outlet = (
        outlet
        or layout.outlet
        or _find_outlet(headers)
        or _outlet_asks(headers)
        or (_broadcaster([*draft.extra, *headers]) if draft.style == "labelled" else None)
    )
    turns: list[Turn] = []
    relabels: list[tuple[Span, BlockRole]] = []
    for unit, role, ukey, ulabel in _statements(draft.items):
        speaker: str | None
        if role is TurnRole.NOTE:
            speaker = None
        elif ukey is not None and names.get(ukey):
            speaker = names[ukey]
        elif ulabel is not None and ulabel.paren and _label_kind(ulabel) == "question":
            first_part = ulabel.paren.split(",")[0]
            if _outlet_only(first_part):
                speaker = None  # "Q (AFP):": an outlet asks, and no one is named
            else:
                asker = strip_titles(first_part)
                speaker = book.resolve(asker) if asker else interviewer
        elif role is TurnRole.ANSWER:
            speaker = interviewee
        elif role is TurnRole.QUESTION:
            speaker = interviewer
        else:
            speaker = None
        start, end = unit.span.start, unit.span.end
        # A unit that is a whole block holds the block's string: the turn shares it too.
        shared = len(unit.text) == end - start and text.startswith(unit.text, start)
        body = unit.text if shared else text[start:end]
        turns.append(Turn(role, speaker, body, unit.span, ulabel.label if ulabel else None))
        block_role = _BLOCK_ROLE.get(role)
        for part in unit.parts or (unit.span,):
            if block_role is not None:
                relabels.append((part, block_role))
    noted = {span for span, _ in draft.notes}
    relabels.extend(draft.notes)
    relabels.extend(
        item for item in _intro_relabels(text, blocks, layout, units, first) if item[0] not in noted
    )
    return Transcript(
        turns=tuple(turns),
        relabels=tuple(relabels),
        interviewee=interviewee,
        interviewer=interviewer,
        outlet=outlet,
        date_text=_find_date(headers),
        span=Span(first, last),
        style=draft.style,
        guessed=guessed,
    )


#: The block role of a turn's paragraph; a moderator's turn and a statement (no
#: question asked it) keep the role they had.
_BLOCK_ROLE = {
    TurnRole.QUESTION: BlockRole.QUESTION,
    TurnRole.ANSWER: BlockRole.ANSWER,
    TurnRole.NOTE: BlockRole.NOTE,
}


#: Words that open a header line before an outlet's name ("An Exclusive Radio Nord
#: Interview With ...").
_OUTLET_OPENERS = SENTENCE_WORDS | wordset("exclusive transcript full special new")


def _outlet_asks(headers: Sequence[str]) -> str | None:
    """The outlet a header line says interviewed ("The Harbour Times spoke with Ivan Lind",
    "Transcript: Radio Nord interview with Ivan Lind"); words such as "An Exclusive" that
    open a title-case line are not the outlet's."""
    for header in headers:
        if not any(w in header for w in ("spoke", "speaks", "talk", "nterview", "INTERVIEW")):
            continue
        for m in _OUTLET_ASKS.finditer(header, timeout=REGEX_TIMEOUT):
            words = m.group("outlet").split()
            while words and (words[0].lower() in _OUTLET_OPENERS):
                words = words[1:]
            outlet = clean_outlet(" ".join(words))
            if outlet and is_media(outlet):
                return outlet
    return None


def _broadcaster(texts: Sequence[str]) -> str | None:
    """The broadcaster a header or closing line names: "... on Harbour Radio", or a short
    line that is a media name alone ("City FM Radio")."""
    lines = [line.strip() for chunk in texts for line in chunk.split("\n") if line.strip()]
    for line in lines:
        if len(line.split()) > 24 or not any(w in line for w in (" on ", " from ", " to ")):
            continue
        for sentence in line.split(". "):
            for m in _ON_OUTLET.finditer(sentence, timeout=REGEX_TIMEOUT):
                outlet = clean_outlet(m.group("outlet"))
                if outlet and is_media(outlet):
                    return outlet
    for line in lines:
        piece = line.rstrip(".")
        if len(piece.split()) <= 5 and _name_like(piece) and is_media(piece):
            return clean_outlet(piece)
    return None


def _add_outlet(outlets: dict[str, str], raw: str) -> None:
    """Add the outlet *raw* names to *outlets*, keyed by its lower-case spelling."""
    outlet = clean_outlet(raw)
    if outlet is not None:
        outlets.setdefault(outlet.lower(), outlet)


def _outlet_only(piece: str) -> bool:
    """Whether a label's bracket names an outlet and no person: a media name ("Deutsche
    Welle", "Harbour Times") or a single word in capitals ("AFP", "TVN24"), which is no
    person's name.

    >>> _outlet_only("AFP"), _outlet_only("Harbour Times"), _outlet_only("Marta Kowal")
    (True, True, False)
    """
    piece = piece.strip()
    return is_media(piece) or (" " not in piece and piece.isupper() and len(piece) > 1)


def _paren_name(label: _Label) -> str | None:
    """The person a role label names in brackets or after a comma, if any."""
    for extra in (label.paren, label.comma):
        if not extra or is_media(extra) or _is_role_text(extra):
            continue
        name = strip_titles(extra)
        if name is not None and len(name.split()) >= 2 and name == extra.strip():
            return name
    return None


def _statements(
    items: Sequence[tuple[Unit, TurnRole, str | None, _Label | None]],
) -> list[tuple[Unit, TurnRole, str | None, _Label | None]]:
    """Answer-side turns that follow a moderator rather than a question, or open the
    transcript before anyone asked, are statements: the opening statement of a press
    conference, the closing thanks."""
    out = []
    lead: TurnRole | None = TurnRole.MODERATOR  # (before the first question: a statement)
    for item in items:
        role = item[1]
        if role in (TurnRole.QUESTION, TurnRole.MODERATOR):
            lead = role
        elif role is TurnRole.ANSWER and lead is TurnRole.MODERATOR:
            item = (item[0], TurnRole.STATEMENT, item[2], item[3])
        out.append(item)
    return out


def _intro_relabels(
    text: str, blocks: Sequence[Block], layout: Layout, units: Sequence[Unit], first: int
) -> list[tuple[Span, BlockRole]]:
    """The intro before the first turn: a long paragraph is the standfirst; notes are notes.

    The page's first paragraph is the intro even under a standfirst the layout
    found (a deck above the byline, the scene-setting paragraph below it); a
    later one only when the page has no standfirst yet.
    """
    out: list[tuple[Span, BlockRole]] = []
    has_standfirst = layout.standfirst is not None or any(
        b.role is BlockRole.STANDFIRST for b in blocks
    )
    body_start = next((b.span.start for b in blocks if b.role in _CANDIDATE_ROLES), len(text))
    for i, unit in enumerate(units):
        if unit.span.start >= first:
            break
        if unit.stage or _NOTE_INTRO.match(unit.text, timeout=REGEX_TIMEOUT):
            out.append((unit.span, BlockRole.NOTE))
        elif (
            (not has_standfirst or unit.span.start <= body_start)
            and unit.words >= 25
            and _turnable(text, units, i)
            and unit.label is None
        ):
            out.append((unit.span, BlockRole.STANDFIRST))
            has_standfirst = True
    return out

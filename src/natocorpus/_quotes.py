"""Stage 4: quotations and their speakers.

Owned by the quotes work (issue 4). The contract: ``find_quotes(text, blocks,
people)`` returns quotes from content blocks other than transcript answers,
each with ``text == Article.text[span.start:span.end]``.

The work per paragraph, in one pass over the article:

1. :func:`._quotemarks.find_pairs` pairs the quotation marks.
2. The quotations are masked out, so the reporter's own words remain; they are
   split into sentences.
3. Mentions are found in the reporter's words: names (from the
   :class:`~._people.PeopleIndex`), "he"/"she", descriptions ("the NATO
   chief", "the 66-year-old"), unnamed sources ("a senior official") and
   organisations ("NATO", "the Kremlin").
4. Cue verbs ("said", "writes", "according to") become attribution events,
   each with the mention that is its subject.
5. Each quotation takes the nearest event of its sentence, else the nearest
   event of its paragraph, else the speaker of the previous attribution.

Steps 1-2, and the patterns that run over a whole masked paragraph (sentence
ends, pronouns, organisations), do not depend on earlier paragraphs: they are
done ahead (:func:`_prepare`), the organisation pattern once per batch of
paragraphs, sentence ends and pronouns from where ``str.find`` finds their first
characters. Step 1
is done first for every paragraph (:func:`_quotations`): the paragraphs after the
last one with a quotation are not looked at further, as nothing would ask what
they tell about the speakers.

Terms, scare quotes and titles of works (kind ``term``) are found but left
out of the result: :attr:`Article.quotes` holds utterances only.
"""

from __future__ import annotations

import functools
import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from operator import attrgetter, itemgetter

import attrs
import regex

from ._chars import blank_marks, is_word_char
from ._cues import (
    CUE_WORDS,
    INTRO_WORDS,
    ROLE_NOUNS,
    TITLE_OR_ROLE_WORDS,
    TITLE_WORDS,
    WEAK_CUES,
    WRITTEN_CUES,
    cue_lemma,
    find_cues,
    find_words,
    lower_aligned,
    word_set,
)
from ._cues import words as _words
from ._guard import REGEX_TIMEOUT
from ._people import PeopleIndex, lone_name
from ._quotemarks import (
    MarkPair,
    find_pairs,
    has_mark,
    mark_positions,
    starts_with_open_mark,
)
from ._records import Block, BlockRole, Quote, QuoteKind, QuoteMode, Span

__all__ = ["find_quotes"]

_MASK = "\u00a4"  # stands for every character of a quotation in the masked text

_STOP_WORDS = frozenset(
    _words(
        "the a an and or but of to in on for with by at from who that which was is are were "
        "has had been be he she it they said says told added wrote writes"
    )
)
_DETERMINER = regex.compile(
    r"\b([Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Aa]nother|[Hh]is|[Hh]er|"
    r"[Tt]heir|[Ii]ts|(?:\p{Lu}[\p{L}\-]*\s+){0,2}\p{Lu}[\p{L}\-]*[\u2019']s)\s+",
    regex.VERSION1,
)
_UNNAMED_TAIL = regex.compile(
    r"\s+(?:for|at|with|of|in|from)\s+(?:the\s+)?\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3}",
    regex.VERSION1,
)
_PRONOUN = regex.compile(r"\b(?:[Hh]e|[Ss]he|HE|SHE)\b", regex.VERSION1)
_ORG = regex.compile(
    r"\b\p{Lu}[\p{Lu}\d]+(?:/\p{Lu}[\p{Lu}\d]*)?\b(?![\u2019']s\b)"
    r"|\b[Tt]he\s+\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,3}",
    regex.VERSION1,
)
_ORG_NOUNS = (
    "ministry|government|kremlin|embassy|army|military|agency|office|department|company|"
    "council|commission|committee|police|court|party|administration|bloc|union|alliance|"
    "cabinet|presidency|secretariat|organi[sz]ation|institute|group|firm|bank|navy|command|"
    "authorities|mission|delegation|parliament|senate|congress|regime|operator|manufacturer|"
    "force|forces|service|staff|tank|watchdog|regulator|coalition|newspaper|broadcaster"
)
# What may stand between an inverted cue verb and its subject: titles ("said Colonel ...").
_YEAR_OLD = regex.compile(r"\b[Tt]he\s+\d{1,3}-year-old\b", regex.VERSION1)
_HEAD_NOUNS = (
    ROLE_NOUNS
    | frozenset(_ORG_NOUNS.replace("organi[sz]ation", "organisation|organization").split("|"))
    | {"year-old"}
)
_AUX_WORDS = (
    "also then later further again recently previously once earlier now has have had would "
    "will was were is quoted as being did does do not never"
)
_AUX_TAIL = regex.compile(
    r"(?:\s+(?:" + _AUX_WORDS.replace(" ", "|") + r"|\p{Ll}+ly))*\s*\Z",
    regex.VERSION1 | regex.REVERSE,  # matched from the end: one attempt, not one per position
)
_AUX_WORD_SET = frozenset(_words(_AUX_WORDS))
#: What the patterns' ``\s`` matches (``str.isspace`` also takes ``\x1c``-``\x1f``).
_SPACES = frozenset(
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def _word_start(masked: str, lo: int, j: int) -> int:
    """Where the word ending at *j* starts: after the last :data:`_SPACES` character in
    ``masked[lo:j]``, else *lo*.

    The last plain space is found with ``str.rfind``; when what follows it is printable,
    no other white space is there (the others are not printable). Anything else is
    walked back character by character.
    """
    k = masked.rfind(" ", lo, j) + 1 or lo
    if masked[k:j].isprintable():
        return k
    k = j
    while k > lo and masked[k - 1] not in _SPACES:
        k -= 1
    return k


def _aux_tail_start(masked: str, lo: int, hi: int) -> int:
    """Where :data:`_AUX_TAIL` matches in ``masked[lo:hi]``: before the white space and the
    auxiliaries and adverbs ("has also", "quickly") that end it.

    Walks back word by word; the pattern decides only a non-ASCII word ending in "ly".
    """
    j = hi
    while j > lo and masked[j - 1] in _SPACES:
        j -= 1
    start = j
    while True:
        k = _word_start(masked, lo, j)
        if k == lo:  # no white space before the word inside the window
            return start
        word = masked[k:j]
        adverb = len(word) > 2 and word.endswith("ly")
        if adverb and not word.isascii():  # are all its letters lower case? the pattern knows
            tail = _AUX_TAIL.search(masked, lo, hi, timeout=REGEX_TIMEOUT)
            return tail.start() if tail else hi
        if word not in _AUX_WORD_SET and not (adverb and word.isalpha() and word.islower()):
            return start
        j = k
        while j > lo and masked[j - 1] in _SPACES:
            j -= 1
        start = j


# A sentence ends after its terminator (the match starts with it: that scans faster than a
# lookbehind; the sentence break is the match's end).
_SENTENCE_END = regex.compile(
    r"[.!?\u2026][\"\u201d\u2019']?\s+(?=[\p{Lu}\d\"\u201c\u2018'" + _MASK + r"])",
    regex.VERSION1,
)
_DATELINE = regex.compile(
    r"\p{Lu}{2,}(?:[ ,.'\-]{1,2}\p{Lu}{2,}){0,3}\.?(?:\s*\([^()\r\n]{1,60}\))?"
    r"\s*[\-\u2013\u2014]+\s+(?=[\p{Lu}\d\"\u201c\u2018'])",  # "NATO - the alliance" is none
    regex.VERSION1,
)


def _may_open_dateline(masked: str) -> bool:
    """``False`` when *masked* cannot open with a :data:`_DATELINE` (two capitals first, and
    a dash in the 120 characters it is looked for in).

    Only ASCII is judged here (exactly); anything else is left to the pattern.
    """
    head = masked[:2]
    if head[:1] == _MASK:  # a quotation opens the paragraph
        return False
    if head.isascii() and not (len(head) == 2 and head.isalpha() and head.isupper()):
        return False
    reach = masked[:120]
    return "-" in reach or "\u2013" in reach or "\u2014" in reach


_INITIALS = regex.compile(r"(?:\p{L}\.)+\p{L}", regex.VERSION1)
_FIRST_WORD = regex.compile(r"\s*([\p{L}\-]+)", regex.VERSION1)
_ASCII_SPACES = "\t\n\x0b\x0c\r "  # the ASCII characters of _SPACES
_ASCII_LETTERS_HYPHEN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-"
#: Common characters outside ASCII that are neither letters nor white space to the patterns
#: (the mask, quotation marks, dashes, an ellipsis, currency signs, a bullet).
_WIDE_NON_LETTERS = frozenset(
    _MASK + "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u20ac\u00a3\u2022"
)


def _first_word(masked: str, s: int, e: int) -> str | None:
    """The word :data:`_FIRST_WORD` finds at the start of ``masked[s:e]``, if any.

    Read with string methods when the run of ASCII letters and hyphens at the start
    (after ASCII white space) is followed by a character that is neither a letter nor
    white space, or ends the sentence.
    """
    cut = min(e, s + 40)
    window = masked[s:cut].lstrip(_ASCII_SPACES)
    rest = window.lstrip(_ASCII_LETTERS_HYPHEN)
    stop = rest[:1]
    if (stop.isascii() and (stop or cut == e)) or stop in _WIDE_NON_LETTERS:
        return window[: len(window) - len(rest)] or None
    first = _FIRST_WORD.match(masked, s, e)
    return first.group(1) if first else None


_ABBREVIATIONS = frozenset(
    _words(
        "mr mrs ms dr prof gen lt col sen rep gov st jr sr no vs etc capt cmdr adm sgt maj "
        "jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp approx"
    )
)
_WRITTEN_CONTEXT = regex.compile(
    r"\bin\s+(?:a|an|his|her|their|its|the)\s+(?:\w+\s+){0,2}?"
    r"(?:statement|book|memoir|memoirs|op-ed|article|letter|column|essay|post|blog|"
    r"report|tweet|email|e-mail|message|note|communiqué|communique|editorial)\b",
    regex.IGNORECASE | regex.VERSION1,
)
_WRITTEN_NOUNS = frozenset(
    _words(
        "statement book memoir memoirs op-ed article letter column essay post blog report "
        "tweet email e-mail message note communiqu\u00e9 communique editorial"
    )
)
_TERM_BEFORE = regex.compile(
    r"(?:so-called|dubbed|called|known\s+as|termed|nicknamed|the\s+(?:words?|term|phrase|"
    r"slogan|label|motto|name|hashtag)|titled|entitled|labell?ed|branded|headlined|"
    r"code-?named|named|word)\s*,?\s*$",
    regex.IGNORECASE | regex.VERSION1,
)
#: The last words of :data:`_TERM_BEFORE`'s cues, lower-cased: one of them ends any match.
_TERM_CUE_ENDINGS = _words(
    "called dubbed as termed named words word term phrase slogan label motto name hashtag "
    "titled labelled labeled branded headlined"
)


def _may_name_term(before: str) -> bool:
    """``False`` when :data:`_TERM_BEFORE` cannot match at the end of *before* (a cheap test).

    The tail is case-folded as the pattern's case-insensitive match folds it (the
    pattern's ``i`` also matches a dotted capital I).
    """
    tail = before.rstrip()
    if tail.endswith(","):
        tail = tail[:-1].rstrip()
    return tail[-12:].replace("\u0130", "i").casefold().endswith(_TERM_CUE_ENDINGS)


#: The cues of :data:`_TERM_BEFORE` that are one word, as the endings of a lower-cased text
#: (nothing opens the pattern, so "so-called" and "recalled" end in "called").
_TERM_WORD_ENDINGS = _words(
    "called dubbed termed named titled labelled labeled branded headlined word"
)
#: The cues of :data:`_TERM_BEFORE` that are two words: the first, and the possible seconds.
_TERM_TWO_WORDS = (
    ("known", ("as",)),
    ("the", _words("words word term phrase slogan label motto name hashtag")),
)


def _names_term(before: str) -> bool:
    """Whether :data:`_TERM_BEFORE` matches in *before*.

    ASCII text is judged with string methods: the cue must end where the white space
    and the one comma that end the text start, and case only differs by ``str.lower``.
    """
    if not before.isascii():
        return _TERM_BEFORE.search(before, timeout=REGEX_TIMEOUT) is not None
    tail = before.rstrip(_ASCII_SPACES)
    if tail.endswith(","):
        tail = tail[:-1].rstrip(_ASCII_SPACES)
    tail = tail.lower()
    if tail.endswith(_TERM_WORD_ENDINGS):
        return True
    for opener, seconds in _TERM_TWO_WORDS:
        for second in seconds:
            if tail.endswith(second):
                head = tail[: -len(second)]
                stripped = head.rstrip(_ASCII_SPACES)
                if len(stripped) < len(head) and stripped.endswith(opener):
                    return True
    return False


_WORK_BEFORE = regex.compile(
    r"\b(?:book|memoir|memoirs|novel|film|movie|documentary|album|song|report|essay|article|"
    r"poem|play|series|show|programme|program|podcast|headline|column|study|paper|"
    r"operation|exercise|doctrine|campaign|initiative|strategy)\b[\s,]*"
    r"(?:(?:titled|called|entitled|named)[\s,]*)?$",
    regex.IGNORECASE | regex.VERSION1,
)
_INNER_BOUNDARY = regex.compile(r"[.!?\u2026]\s+[\p{Lu}\"\u201c\u2018]", regex.VERSION1)
_WORD = regex.compile(r"[\p{L}\d]+(?:[\u2019'\-][\p{L}\d]+)*", regex.VERSION1)
#: Maps every byte that is no ASCII letter, digit, apostrophe or hyphen to a space.
_NON_WORD_BYTES = bytes(
    c if chr(c).isascii() and (chr(c).isalnum() or chr(c) in "'-") else 0x20 for c in range(256)
)
#: Where an apostrophe or hyphen does not join two runs of letters and digits.
_LOOSE_JOINERS = (" '", "' ", " -", "- ", "''", "'-", "-'", "--")


def _quote_words(text: str) -> list[str]:
    """The matches of :data:`_WORD` in *text*, each right single mark written ``'``.

    In ASCII text whose apostrophes and hyphens all join letters or digits, the words
    are the runs of letters, digits, apostrophes and hyphens: split with string methods.
    Common wide punctuation (:data:`_WIDE_NON_LETTERS`) separates words as a space does.
    """
    plain = text.replace("\u2019", "'")
    if not plain.isascii():
        plain = blank_marks(plain, _WIDE_NON_LETTERS)
    if plain.isascii():
        runs = plain.encode("ascii").translate(_NON_WORD_BYTES).decode("ascii")
        if "'" not in runs and "-" not in runs:
            return runs.split()
        padded = f" {runs} "
        for joiner in _LOOSE_JOINERS:
            if joiner in padded:
                break
        else:
            return runs.split()
    return list(_WORD.findall(text.replace("\u2019", "'")))


PERSON, PRONOUN, DESCRIPTION, UNNAMED, ORG = range(5)
_SALIENT_LIMIT = 12  # how many recently named people a pronoun may reach back to


@attrs.define
class _Mention:
    start: int  # offsets relative to the paragraph
    end: int
    kind: int
    value: str  # canonical name, pronoun, description or organisation text


class _Mentions:
    """A paragraph's mentions, in order and none overlapping (so their ends are in order
    too), searched by bisection within a sentence's share ``[a, b)`` of them."""

    __slots__ = ("ends", "items", "starts")

    def __init__(self, items: list[_Mention]) -> None:
        self.items = items
        self.starts = list(map(attrgetter("start"), items))
        self.ends = list(map(attrgetter("end"), items))

    def first_from(self, pos: int, a: int, b: int) -> _Mention | None:
        """The first mention of ``[a, b)`` starting at or after *pos*."""
        i = bisect_left(self.starts, pos, a, b)
        return self.items[i] if i < b else None

    def ending_at(self, pos: int, a: int, b: int) -> _Mention | None:
        """The first mention of ``[a, b)`` ending at *pos*."""
        i = bisect_left(self.ends, pos, a, b)
        return self.items[i] if i < b and self.ends[i] == pos else None


@attrs.define
class _Event:
    start: int
    end: int  # end of the verb, or of the subject when it follows the verb
    cue: str
    cue_start: int
    speaker: str | None
    person: str | None
    speaker_span: tuple[int, int] | None
    written: bool
    sentence: int


@attrs.define
class _Raw:
    pair: MarkPair
    para: int
    start: int  # absolute offsets of the words inside the marks
    end: int
    close_end: int  # absolute offset just after the closing mark (or paragraph end)
    sentence: int = -1
    kind: QuoteKind = QuoteKind.DIRECT
    speaker: str | None = None
    cue: str | None = None
    cue_span: Span | None = None
    speaker_span: Span | None = None
    written: bool = False
    explicit: bool = False
    group: int | None = None
    continues_previous: bool = False


@attrs.define
class _State:
    salient: list[str] = attrs.field(factory=list)  # named persons, most recent first
    subjects: set[str] = attrs.field(factory=set)  # persons that were a sentence's subject
    last_speaker: str | None = None
    last_written: bool = False
    #: Genders learnt from the pronouns resolved to people of unknown gender.
    genders: dict[str, str] = attrs.field(factory=dict)

    def bump(self, name: str) -> None:
        if self.salient and self.salient[0] == name:
            return
        if name in self.salient:
            self.salient.remove(name)
        self.salient.insert(0, name)
        del self.salient[_SALIENT_LIMIT:]


_HEADLINE_ROLES = frozenset({BlockRole.TITLE, BlockRole.SUBTITLE, BlockRole.HEADING})
#: Where quotations are looked for: the content, but not transcript answers.
_QUOTED_ROLES = frozenset(r for r in BlockRole if r.is_content and r is not BlockRole.ANSWER)


def find_quotes(text: str, blocks: Sequence[Block], people: PeopleIndex) -> tuple[Quote, ...]:
    """Find every quotation in the article's own paragraphs.

    Blocks that are not content, and transcript answers (their words are the
    interview's turns), are skipped. Terms and scare quotes are left out.

    >>> from natocorpus._records import Block, BlockRole, Span
    >>> text = "\u201cWe will stay,\u201d Ada Quill, the defence minister, said on Monday."
    >>> blocks = [Block(BlockRole.PARAGRAPH, text, Span(0, len(text)))]
    >>> [(q.text, q.speaker) for q in find_quotes(text, blocks, PeopleIndex.build(text, blocks))]
    [('We will stay,', 'Ada Quill')]
    """
    paras = [b for b in blocks if b.role in _QUOTED_ROLES]
    marked, quotations = _quotations(text, paras)
    # After the last paragraph with a quotation nothing is attributed any more: what those
    # paragraphs would tell about the speakers is never asked for.
    last = max((i for i, raws in enumerate(quotations) if raws), default=-1)
    del paras[last + 1 :], marked[last + 1 :], quotations[last + 1 :]
    state = _State()
    results: list[_Raw] = []
    group_counter = [0]
    open_group: int | None = None
    for block, prepared in zip(paras, _prepare(text, paras, marked, quotations), strict=True):
        lo = block.span.start
        post_header = block.text[:1].isdigit() and _post_header(block)
        if post_header:
            # A new live-blog post: pronouns and quote-only paragraphs do not reach back.
            state = _State()
        if prepared is None:
            _light_paragraph(block, people, state)
            open_group = None
            continue
        raws = prepared.raws
        if open_group is not None and raws and raws[0].pair.open == lo:
            raws[0].continues_previous = True
            raws[0].group = open_group
        else:
            open_group = None
        if block.role in _HEADLINE_ROLES or post_header:
            # A headline's quotes are attributed within it, but it sets no context for the body.
            saved = (
                list(state.salient),
                set(state.subjects),
                state.last_speaker,
                state.last_written,
            )
            _attribute_paragraph(text, block, prepared, people, state, group_counter)
            state.salient, state.subjects, state.last_speaker, state.last_written = saved
            _headline_speaker(block, raws, people)
        else:
            _attribute_paragraph(text, block, prepared, people, state, group_counter)
        if not raws:
            open_group = None
            continue
        results.extend(raws)
        last_top = [r for r in raws if r.pair.depth == 0]
        if last_top and last_top[-1].pair.close is None:
            tail = last_top[-1]
            if tail.group is None:
                group_counter[0] += 1
                tail.group = group_counter[0]
            open_group = tail.group
        else:
            open_group = None
    _settle_groups(results)
    return tuple(
        Quote(
            text=text[r.start : r.end],
            speaker=r.speaker,
            kind=r.kind,
            mode=QuoteMode.WRITTEN if r.written else QuoteMode.SPOKEN,
            cue=r.cue,
            span=Span(r.start, r.end),
            group=r.group,
            cue_span=r.cue_span,
            speaker_span=r.speaker_span,
        )
        for r in results
        if r.kind is not QuoteKind.TERM
    )


_TIMESTAMP = regex.compile(
    # A clock time, then the post's title starting with a capital ("3.50 billion" is no time).
    r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}))?\s+"
    r"(?=[\p{Lu}\d\"\u201c\u2018'])",
    regex.VERSION1,
)


def _timestamp_end(block_text: str) -> int:
    """The end of a leading clock time ("16:45 ", "9.30am "), or 0."""
    if not block_text[:1].isdigit():
        return 0
    m = _TIMESTAMP.match(block_text, 0, min(len(block_text), 20), timeout=REGEX_TIMEOUT)
    return m.end() if m else 0


def _post_header(block: Block) -> bool:
    """Whether *block* opens a live-blog post: a clock time and a short title ("16:45 Talks end").

    (A plain subheading does not: in a feature, "he" after a subheading still
    means the person the story is about.)
    """
    if not block.text[:1].isdigit():  # (a quick no: the time comes first)
        return False
    body = block.text.rstrip()
    return (
        len(body) <= 120
        and body[-1:] != "."
        and "\n" not in body
        and "\r" not in body
        and _timestamp_end(body) > 0
    )


def _headline_speaker(block: Block, raws: list[_Raw], people: PeopleIndex) -> None:
    """Headline style "Quill: talks 'went well'": the name before the colon said the quotes."""
    skip = _timestamp_end(block.text)
    colon = block.text.find(":", skip)
    head = block.text[skip:colon].strip()
    if colon < 0 or not head or not len(head.split()) <= 4 or has_mark(head, 0, len(head)):
        return
    name = people.canonical(head)
    if name is None:
        return
    cut = block.span.start + colon
    for r in raws:
        if r.pair.open > cut and not r.explicit and r.kind is not QuoteKind.TERM:
            r.speaker, r.explicit = name, True


@attrs.define
class _Prepared:
    """What the attribution of one paragraph needs that does not depend on earlier ones.

    Offsets are relative to the paragraph. ``lowered`` and ``words`` are
    ``lower_aligned(masked)`` and its :func:`word_set`.
    """

    raws: list[_Raw]
    masked: str
    lowered: str
    words: set[str]
    # The spans of the matches of _SENTENCE_END, _PRONOUN and _ORG (set by _scan).
    ends: Sequence[tuple[int, int]] = ()
    pronouns: Sequence[tuple[int, int]] = ()
    orgs: Sequence[tuple[int, int]] = ()


#: Joins paragraphs for one scan of all: no pattern scanned this way matches it or looks
#: through it, and next to it each behaves as at the start or end of a string.
_SEPARATOR = "\x00"
_BATCH_CHARS = 1024  # how much paragraph text one scan takes at most (bounds the copies)


def _quotations(text: str, paras: Sequence[Block]) -> tuple[list[bool], list[list[_Raw]]]:
    """Whether each paragraph holds a quotation-mark character, and its quotations.

    The mark characters are found once for the stretch of text the paragraphs span;
    each paragraph takes its share by bisection.
    """
    marked: list[bool] = []
    out: list[list[_Raw]] = []
    lo = min((b.span.start for b in paras), default=0)
    every = mark_positions(text, lo, max((b.span.end for b in paras), default=0))
    for i, block in enumerate(paras):
        lo, hi = block.span.start, block.span.end
        a = bisect_left(every, lo)
        b = bisect_left(every, hi, a)
        marked.append(b > a)
        if b == a:
            out.append([])
            continue
        positions = every[a:b]
        nxt = i + 1 < len(paras) and starts_with_open_mark(paras[i + 1].text)
        out.append(_raw_quotes(text, find_pairs(text, lo, hi, nxt, positions), i, hi))
    return marked, out


def _prepare(
    text: str, paras: Sequence[Block], marked: list[bool], quotations: list[list[_Raw]]
) -> Iterator[_Prepared | None]:
    """For each paragraph, ``None`` if it is light (see :func:`_light_paragraph`), else its
    quotations (from *quotations*) and masked text with the matches of the paragraph-wide
    patterns. *marked* tells which paragraphs hold a quotation-mark character.

    :data:`_ORG` runs once over a batch of masked paragraphs joined by
    :data:`_SEPARATOR`, not once per paragraph (see :func:`_scan`).
    """
    waiting: list[_Prepared | None] = []
    batch: list[_Prepared] = []
    size = 0
    for block, has_marks, raws in zip(paras, marked, quotations, strict=True):
        lo, hi = block.span.start, block.span.end
        lowered = words = None
        if not has_marks and not block.text.endswith(":"):
            lowered = lower_aligned(block.text)
            words = word_set(lowered)
            if not words & CUE_WORDS:
                waiting.append(None)  # no quotation mark and no cue: light
                continue
        masked = _mask(text, lo, hi, raws)
        dateline = (
            _DATELINE.match(masked, 0, min(len(masked), 120), timeout=REGEX_TIMEOUT)
            if _may_open_dateline(masked)
            else None
        )
        if dateline is not None:
            # "VILNIUS (Agency) - ": a place and an outlet, never the subject of the sentence.
            masked = " " * dateline.end() + masked[dateline.end() :]
        if lowered is None or words is None or masked != block.text:
            lowered = lower_aligned(masked)
            words = word_set(lowered)
        prepared = _Prepared(raws, masked, lowered, words)
        waiting.append(prepared)
        batch.append(prepared)
        size += len(masked) + 1
        if size >= _BATCH_CHARS:
            _scan(batch)
            yield from waiting
            waiting, batch, size = [], [], 0
    _scan(batch)
    yield from waiting


def _scan(batch: list[_Prepared]) -> None:
    """Fill in the matches of the paragraph-wide patterns: :data:`_ORG` in one scan for the
    whole batch; sentence ends and pronouns (where :func:`_may_hold_pronoun`), which start
    at a few characters that ``str.find`` finds, paragraph by paragraph."""
    _scan_for(batch, _ORG, "orgs")
    for prepared in batch:
        prepared.ends = _sentence_ends(prepared.masked)
        if _may_hold_pronoun(prepared):
            prepared.pronouns = _pronouns(prepared.masked, prepared.lowered)


_TERMINATORS = ".!?\u2026"  # what a match of _SENTENCE_END starts with
_AFTER_TERMINATOR = "\"\u201d\u2019'"  # what may follow the terminator in it
_SENTENCE_OPENERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\"'\u201c\u2018" + _MASK)
_UPPER_OR_DIGIT = regex.compile(r"[\p{Lu}\d]", regex.VERSION1)


@functools.lru_cache(maxsize=4096)
def _opens_sentence(char: str) -> bool:
    """Whether :data:`_SENTENCE_END`'s lookahead accepts *char*."""
    if char in _SENTENCE_OPENERS:
        return True
    return not char.isascii() and _UPPER_OR_DIGIT.match(char, timeout=REGEX_TIMEOUT) is not None


def _sentence_ends(masked: str) -> list[tuple[int, int]]:
    """The spans of the matches of :data:`_SENTENCE_END` in *masked*, in order.

    Each match starts at a terminator, takes the closing mark after it if any, then
    all the white space, and needs a sentence opener after that (the white space
    cannot be cut short: a space opens no sentence). No match holds a terminator but
    its first character, so each terminator is tried on its own.
    """
    found: list[tuple[int, int]] = []
    n = len(masked)
    for terminator in _TERMINATORS:
        i = masked.find(terminator)
        while i != -1:
            j = i + 1
            if j < n and masked[j] in _AFTER_TERMINATOR:
                j += 1
            k = j
            while k < n and masked[k] in _SPACES:
                k += 1
            if j < k < n and _opens_sentence(masked[k]):
                found.append((i, k))
            i = masked.find(terminator, i + 1)
    found.sort()
    return found


_PRONOUN_FORMS = frozenset(_words("he He HE she She SHE"))


def _pronouns(masked: str, lowered: str) -> list[tuple[int, int]]:
    """The spans of the matches of :data:`_PRONOUN` in *masked* (*lowered* is
    ``lower_aligned(masked)``), found from each "he" of *lowered*."""
    found: list[tuple[int, int]] = []
    n = len(masked)
    i = lowered.find("he")
    while i != -1:
        start = i - 1 if i and lowered[i - 1] == "s" else i
        end = i + 2
        if (
            masked[start:end] in _PRONOUN_FORMS
            and not (start and is_word_char(masked[start - 1]))
            and not (end < n and is_word_char(masked[end]))
        ):
            found.append((start, end))
        i = lowered.find("he", end)
    return found


def _scan_for(batch: list[_Prepared], pattern: regex.Pattern[str], field: str) -> None:
    """Set *field* of each of *batch* to the spans of the matches of *pattern* in its text."""
    if not batch:
        return
    joined = _SEPARATOR.join(map(attrgetter("masked"), batch))
    spans = [m.span() for m in pattern.finditer(joined, timeout=REGEX_TIMEOUT)]
    if not spans:
        return
    starts = [a for a, _ in spans]
    i = base = 0
    for prepared in batch:
        end = base + len(prepared.masked) + 1  # where the next paragraph starts
        j = bisect_left(starts, end, i)
        if j > i:
            setattr(prepared, field, [(a - base, b - base) for a, b in spans[i:j]])
            i = j
        base = end


def _may_hold_pronoun(prepared: _Prepared) -> bool:
    """``False`` when :data:`_PRONOUN` cannot match in the paragraph (a few string tests).

    A match not next to a hyphen is a word of :func:`word_set` (no character outside
    words and hyphens becomes one when lower-cased); one next to a hyphen shows in the
    lower-cased text.
    """
    words, lowered = prepared.words, prepared.lowered
    return (
        "he" in words or "she" in words or "-he" in lowered or "he-" in lowered or "-she" in lowered
    )


def _light_paragraph(block: Block, people: PeopleIndex, state: _State) -> None:
    """Handle a paragraph with no quotation mark and no cue word: only who it names counts."""
    lo, hi = block.span.start, block.span.end
    # Everyone named is a candidate for a later pronoun; the first named (usually the
    # subject) ends up the most salient.
    mentions = people.mentions_between(lo, hi)
    for _, _, name in reversed(mentions):
        state.bump(name)
    if (
        mentions
        and block.role not in _HEADLINE_ROLES
        and _names_first(block.text, mentions[0][0] - lo)
    ):
        # Named first: the paragraph's subject (a headline's words are no evidence).
        state.subjects.add(mentions[0][2])


def _names_first(block_text: str, at: int) -> bool:
    """Whether a name at *at* opens the paragraph, after nothing or only a title's
    capitalised words ("Finnish President Sauli Niemela spoke ...")."""
    if at < 3:
        return True
    if at > 40:
        return False
    title = block_text[:at].split()
    return (
        bool(title)
        and title[-1].lower().rstrip(".") in TITLE_OR_ROLE_WORDS
        and all(w[:1].isupper() for w in title)
    )


def _raw_quotes(text: str, pairs: list[MarkPair], para: int, hi: int) -> list[_Raw]:
    raws = []
    for pair in pairs:
        start = pair.open + 1
        end = pair.close if pair.close is not None else hi
        close_end = pair.close + 1 if pair.close is not None else hi
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end or not (text[start].isalnum() or any(map(str.isalnum, text[start:end]))):
            continue
        raws.append(_Raw(pair, para, start, end, close_end))
    return raws


def _mask(text: str, lo: int, hi: int, raws: list[_Raw]) -> str:
    """The paragraph with every top-level quotation (marks included) replaced by ``_MASK``."""
    pieces = []
    pos = lo
    for r in raws:
        if r.pair.depth == 0 and r.pair.open >= pos:
            pieces.append(text[pos : r.pair.open])
            pieces.append(_MASK * (r.close_end - r.pair.open))
            pos = r.close_end
    pieces.append(text[pos:hi])
    return "".join(pieces)


def _sentences(
    text: str, masked: str, ends: Sequence[tuple[int, int]], raws: list[_Raw], lo: int
) -> list[tuple[int, int]]:
    """The sentences of *masked*; *ends* are the matches of :data:`_SENTENCE_END` in it."""
    if not ends and not raws:
        return [(0, len(masked))] if masked else []
    cuts = {0, len(masked)}
    for terminator, end in ends:
        start = terminator + 1  # where the space after the sentence starts
        before = masked[max(0, start - 30) : start].rsplit(None, 1)
        if before:
            w = before[-1].lower().strip('("\u201c').rstrip(".!?\u2026\"\u201d\u2019'")
            if (
                w in _ABBREVIATIONS
                or (len(w) == 1 and w.isalpha())
                or ("." in w and _INITIALS.fullmatch(w))  # (initials hold a full stop)
            ):
                continue
        cuts.add(end)
    for r in raws:
        if r.pair.depth or r.pair.close is None or text[r.end - 1] not in ".!?\u2026":
            continue
        close_end = r.close_end - lo
        rest = masked[close_end : close_end + 4]
        stripped = rest.lstrip()
        if stripped and rest != stripped and (stripped[0].isupper() or stripped[0] == _MASK):
            cuts.add(close_end + len(rest) - len(stripped))
    ordered = sorted(cuts)
    return [(a, b) for a, b in itertools.pairwise(ordered) if b > a]


#: A mention before it is kept: ``(start, start - end, kind, end, value)`` (sorts by
#: position, the longer first, then by kind).
_Candidate = tuple[int, int, int, int, str]
_BY_POSITION = itemgetter(0, 1, 2)


def _mentions(
    prepared: _Prepared, lowered: str, words: set[str], lo: int, hi: int, people: PeopleIndex
) -> list[_Mention]:
    masked = prepared.masked
    found: list[_Candidate] = []
    for s, e, name in people.mentions_between(lo, hi):
        if masked[s - lo] != _MASK and masked[s - lo] != " ":
            found.append((s - lo, s - e, PERSON, e - lo, name))
    # Descriptions end in a role noun: find the nouns, then look back for the determiner.
    for s, e in find_words(lowered, words, _HEAD_NOUNS):
        mention = _description_at(masked, lowered, s, e)
        if mention is not None:
            found.append(mention)
    if "year-old" in lowered:
        for m in _YEAR_OLD.finditer(masked, timeout=REGEX_TIMEOUT):
            found.append((m.start(), m.start() - m.end(), DESCRIPTION, m.end(), m.group()))
    for start, end in prepared.pronouns:
        found.append((start, start - end, PRONOUN, end, masked[start:end]))
    for start, end in prepared.orgs:
        after = masked[end : end + 2]
        if len(after) == 2 and after[0] == " " and after[1].isupper():
            continue  # part of a longer title: "NATO Secretary General ..."
        org = masked[start:end]
        if org.lower().startswith("the ") and org[4:].split()[0].lower() in ROLE_NOUNS:
            continue
        found.append((start, start - end, ORG, end, org))
    # Keep the longest of overlapping mentions (names win ties, unless the name stands in a
    # phrase of the other: "an aide to President Ada Quill", "the Committee of the Red Cross").
    found.sort(key=_BY_POSITION)
    kept: list[_Candidate] = []
    for mention in found:
        if kept and mention[0] < kept[-1][3]:
            prev = kept[-1]
            if (
                mention[2] == PERSON
                and prev[2] != PERSON
                and mention[3] >= prev[3]
                and not _in_phrase(masked, prev[0], mention[0])
            ):
                kept[-1] = mention
            continue
        kept.append(mention)
    return [_Mention(start, end, kind, value) for start, _, kind, end, value in kept]


def _in_phrase(masked: str, start: int, name_start: int) -> bool:
    """Whether a name at *name_start* inside a mention opening at *start* stands in a
    phrase of it: a lower-case word after the mention's first word comes before the
    name ("an aide to President ...", "the Committee of the Red Cross"), where a
    capitalised run ("the Ukrainian President Ada Quill") is the name's own title."""
    return any(w[:1].islower() for w in masked[start:name_start].split()[1:])


def _title_run(gap: str) -> bool:
    """Whether *gap* is empty or up to four title words, capitalised ones (not in capitals)
    or lower-case ones, with no punctuation ("according to Mayor Ada Quill", "according to
    Finnish President ...", "according to former defence minister ...")."""
    words = gap.split()
    return (
        len(words) <= 4
        and all(
            (w[:1].isupper() and not w.isupper() and w.replace("-", "").replace(".", "").isalpha())
            or w.lower() in _TITLE_LOWER
            or w.lower() in TITLE_OR_ROLE_WORDS
            for w in words
        )
        and not any(c in gap for c in ",;:" + _MASK)
    )


#: Cue verbs whose subject is as often a thing as a speaker ("Footage revealed", "Evidence
#: suggests"): a lone capitalised word before them is not taken for a name.
_THING_CUES = frozenset(
    _words("suggest reveal confirm indicate underline underscore predict estimate describe")
)


def _lone_before(masked: str, s: int, cut: int) -> _Mention | None:
    """A capitalised word alone right before *cut* (the cue and its auxiliaries) in the
    sentence from *s*, that may name the speaker (see :func:`._people.lone_name`).

    It is a mention of the kind of an organisation: it speaks, but no pronoun goes
    back to it. Not a word after another capitalised word (part of a longer name
    that is nobody's).
    """
    j = cut
    while j > s and masked[j - 1] in _SPACES:
        j -= 1
    k = _word_start(masked, s, j)
    word = masked[k:j]
    before = masked[s:k].rstrip()
    opens = not before
    if before[-1:].isalpha() and before.rsplit(None, 1)[-1][:1].isupper():
        # After a capitalised word: only one that opens the sentence ("Meanwhile ...").
        lead = before.split()
        if len(lead) > 1 or lead[0].lower() not in _LEAD_WORDS:
            return None
        opens = True
    if not lone_name(word, opens):
        return None
    return _Mention(k, j, ORG, word)


def _lone_after(masked: str, pos: int, e: int) -> _Mention | None:
    """A capitalised word alone right after *pos* (an inverted cue) in a sentence ending at
    *e*: "said Gazprom.", "according to Zelenskyy," (see :func:`_lone_before`)."""
    window = masked[pos : min(e, pos + 60)]
    parts = window.split(None, 2)
    if not parts or not window[:1].isspace():
        return None
    word = parts[0].rstrip(",.;:!?")
    if len(parts) > 1 and word == parts[0] and parts[1][:1].isupper():
        return None  # a longer capitalised run
    if not lone_name(word, False):
        return None
    k = pos + window.find(parts[0])
    return _Mention(k, k + len(word), ORG, word)


def _title_gap(gap: str) -> bool:
    """Whether *gap* holds only title words ("said analyst Maja Horvat", "said Colonel ...")."""
    return all(
        w[:1].isupper() or w.lower() in ROLE_NOUNS or w.lower() in _TITLE_LOWER for w in gap.split()
    )


@functools.lru_cache(maxsize=4096)
def _is_modifier(word: str) -> bool:
    """Whether *word* may stand between a determiner and a role noun ("senior", "NATO",
    or an initialism written with full stops: "a senior U.S. official")."""
    if _is_initialism(word):
        return True
    return word.lower() not in _STOP_WORDS and word.replace("-", "").replace("\u2019", "").isalnum()


def _is_initialism(word: str) -> bool:
    """Whether *word* is capital letters each followed by a full stop ("U.S.", "E.U.")."""
    n = len(word)
    return (
        n >= 4
        and n % 2 == 0
        and all(word[i].isupper() and word[i + 1] == "." for i in range(0, n, 2))
    )


#: How the last word of a :data:`_DETERMINER` match ends.
_DETERMINER_ENDINGS = (
    *_words("the The a A an An one One two Two three Three several Several some Some"),
    *_words("another Another his His her Her their Their its Its"),
    "'s",
    "\u2019s",
)
#: :data:`_DETERMINER_ENDINGS` by their last character (one ``str.endswith`` test of a
#: few of them instead of all).
_ENDINGS_BY_LAST: dict[str, tuple[str, ...]] = {}
for _ending in _DETERMINER_ENDINGS:
    _ENDINGS_BY_LAST[_ending[-1]] = (*_ENDINGS_BY_LAST.get(_ending[-1], ()), _ending)
#: The determiners of :data:`_DETERMINER` that are no modifiers (stop words).
_ARTICLES = frozenset(_words("the The a A an An"))
#: The determiners of :data:`_DETERMINER` that are one word.
_DETERMINER_WORDS = frozenset(_DETERMINER_ENDINGS[:-2])
_POSSESSIVE = ("'s", "\u2019s")


def _passes(determiner: str, modifiers: list[str]) -> bool:
    """Whether a determiner and the *modifiers* after it may open a description.

    A connector between capitalised words ("a Ministry of Defence spokesman") is part
    of the name it is in and not counted.
    """
    count = 0
    for i, word in enumerate(modifiers):
        if word in _NAME_CONNECTORS and _joins_name(modifiers, i):
            continue
        if not _is_modifier(word):
            return False
        count += 1
    return count <= (3 if determiner.lower() == "the" else 4)


#: Words that join the capitalised words of a name ("Ministry of Defence", "Trade and
#: Industry").
_NAME_CONNECTORS = frozenset(_words("of for and"))


def _joins_name(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` (one of :data:`_NAME_CONNECTORS`) stands between two
    capitalised words."""
    return 0 < i < len(words) - 1 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()


def _determiner_before(masked: str, s: int) -> tuple[int, str, int] | None:
    """The first :data:`_DETERMINER` match in the 60 characters before *s* that
    :func:`_passes` with the words between it and *s*: ``(start, group 1, end)``.

    Walking back word by word from *s*, such a determiner must end a word within five
    words (not counting connectors inside a name: "a Ministry of Defence spokesman")
    and after the last word that is no modifier; if none does, there is none.
    Else, when the words from there (and up to two capitalised words before them, which
    a possessive may take in) are plain ASCII words, possessives and spaces, the matches
    are found by :func:`_plain_determiners`. When that word is no modifier and ends in a
    character no match holds (a comma, a digit), the matches up to it cannot pass and
    none reaches past it: only the words after it are looked at. Only when neither
    way applies does the pattern run. (A lone article right before *s*, "the minister",
    is the answer at once: a match before it would need it to be a modifier.)
    """
    lo = max(0, s - 60)
    words = masked[lo:s].split()
    if words and words[-1] in _ARTICLES and masked[s - 1] == " ":
        # "the minister": it passes, and any match before it has it (no modifier) to pass.
        k = s - 1 - len(words[-1])
        if masked[k : s - 1] == words[-1] and (k == 0 or (k > lo and masked[k - 1] == " ")):
            return k, words[-1], s
    first = len(words)  # the first word that may end a passing determiner
    ending = False  # whether a word from there on ends like a determiner
    modifier = True  # whether that word is a modifier
    steps = 0
    k = len(words) - 1
    while k >= 0 and steps < 5:
        first = word_index = k
        word = words[word_index]
        k -= 1
        if word in _NAME_CONNECTORS and _joins_name(words, word_index):
            continue  # "a Ministry of Defence spokesman": part of a name, not counted
        steps += 1
        ending = ending or word.endswith(_ENDINGS_BY_LAST.get(word[-1], ()))
        if not _is_modifier(word):
            modifier = False
            break
    if not ending:
        return None
    plain = _plain_determiners(masked, lo, s, words, first)
    if plain is None and not modifier and first + 1 < len(words) and _is_wall(words[first][-1]):
        after = masked.rfind(words[first], lo, s) + len(words[first])
        plain = _plain_determiners(masked, after, s, words[first + 1 :], 0)
    if plain is not None:
        return plain[0] if plain else None
    for d in _DETERMINER.finditer(masked, lo, s, timeout=REGEX_TIMEOUT):
        if _passes(d.group(1), masked[d.end() : s].split()):
            return d.start(), d.group(1), d.end()
    return None


def _is_wall(char: str) -> bool:
    """Whether no :data:`_DETERMINER` match holds *char*: it is no letter, hyphen,
    apostrophe or white space (judged for ASCII and common wide punctuation only)."""
    if char.isascii():
        return not char.isalpha() and char not in "-'" and not char.isspace()
    return char in _WIDE_NON_LETTERS and char != "\u2019"


def _capitalised(word: str) -> bool:
    return word.isascii() and word.isalpha() and word[0].isupper()


def _plain_determiners(
    masked: str, lo: int, s: int, words: list[str], first: int
) -> list[tuple[int, str, int]] | None:
    """The passing determiner (a list of one, or empty) among the *words* of
    ``masked[lo:s]`` from index *first* on, or ``None`` when these are not plain.

    Plain: ASCII words of letters, possibly ending in a possessive, separated by spaces.
    A possessive match may start up to two capitalised words earlier ("Jens Stoltenberg's");
    a match that starts before those cannot pass, and none reaches across into them when
    the word before them cannot end a capitalised word.
    """
    q = first
    while q > max(0, first - 2) and _capitalised(words[q - 1]):
        q -= 1
    if q > 0:
        before = words[q - 1]
        if not (before.isascii() and (before.islower() or not before[-1:].isalpha())) or (
            before[-1] == "-"
        ):
            return None  # (it might end a capitalised word that a match carries on from)
    tail = words[q:]
    starts: list[int] = []
    pos = s
    for word in reversed(tail):
        core = word[:-2] if word.endswith(_POSSESSIVE) else word
        if not (core.isascii() and core.isalpha()):
            return None
        pos = masked.rfind(word, lo, pos)
        starts.append(pos)
    starts.reverse()
    region = masked[starts[0] : s]
    if (
        (starts[0] == lo and lo > 0)  # (the window may start inside a word)
        or region.replace(" ", "") != "".join(tail)  # (other white space)
        or starts[-1] + len(tail[-1]) == s
    ):
        return None
    possessive = "'s " in region or "\u2019s " in region  # (the region ends in a space)
    i = 0
    while i < len(tail):
        if tail[i] in _DETERMINER_WORDS:
            j: int | None = i + 1
        else:
            j = _possessive_end(tail, i) if possessive else None
        if j is None:
            i += 1
            continue
        group = masked[starts[i] : starts[j - 1] + len(tail[j - 1])]
        if _passes(group, tail[j:]):
            return [(starts[i], group, starts[j] if j < len(tail) else s)]
        i = j
    return []


def _possessive_end(tail: list[str], i: int) -> int | None:
    """After which word a possessive determiner starting at word *i* ends, if one does:
    up to two capitalised words, then a capitalised possessive ("Jens Stoltenberg's")."""
    for prefix in (2, 1, 0):
        k = i + prefix
        if (
            k < len(tail)
            and all(_capitalised(w) for w in tail[i:k])
            and tail[k].endswith(_POSSESSIVE)
            and _capitalised(tail[k][:-2])
        ):
            return k + 1
    return None


def _description_at(masked: str, lowered: str, s: int, e: int) -> _Candidate | None:
    """The description ("the NATO chief", "a senior official") whose head noun is ``[s, e)``."""
    head = lowered[s:e]
    found = _determiner_before(masked, s)
    if found is not None:
        start, determiner = found[0], found[1].lower()
        if determiner == "the" or determiner.endswith(("\u2019s", "'s")):
            # "Russia's embassy" speaks as an organisation; "Lithuania's defence minister"
            # is a description (resolved by title); "Lund's spokesman" is not Lund (_resolve).
            kind = DESCRIPTION if head in ROLE_NOUNS else ORG
            if kind == ORG:  # "Russia's embassy in Helsinki said": the place is no speaker
                name_end = _org_name_end(masked, s, e)
                end = max(name_end, _place_tail_end(masked, e))
                return _candidate(start, end, ORG, masked[start:name_end])
        elif head in ROLE_NOUNS:
            kind = UNNAMED
        else:
            return None
        # "a Western official at the mission in Kyiv said": the mention covers the place
        # (so "the mission" is not taken for the speaker) but its value is the description.
        return _candidate(start, _phrase_tail_end(masked, e), kind, masked[start:e])
    if head in _PLURAL_SOURCES:
        # "Western officials at the ministry said": a bare plural source, with up to two
        # modifiers before it.
        start = s
        for _ in range(2):
            prev = masked.rfind(" ", 0, start - 1)
            word = masked[prev + 1 : start - 1]
            if (
                start < 2
                or masked[start - 1] != " "
                or not word.isalpha()
                or not (word[0].isupper() or word in _PLURAL_MODIFIERS)
                or word.lower() in _STOP_WORDS
                or word.lower() in _LEAD_WORDS
            ):
                break
            start = prev + 1
        return _candidate(start, _phrase_tail_end(masked, e), UNNAMED, masked[start:e])
    return None


def _candidate(start: int, end: int, kind: int, value: str) -> _Candidate:
    return start, start - end, kind, end, value


_PLACE_PREPOSITIONS = frozenset(_words("for at with of in from"))  # those of _UNNAMED_TAIL
#: The rest of a capitalised organisation's name: "of Defence", "for the Study of War"
#: (not a possessive: "the General Staff of Ukraine's army" ends at "Staff").
_ORG_NAME_WORD = r"\p{Lu}[\p{L}\-]*(?![\p{L}\-\u2019'])"
_ORG_NAME_TAIL = regex.compile(
    rf"(?:[ \u00a0]+(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?{_ORG_NAME_WORD}"
    rf"(?:[ \u00a0]+{_ORG_NAME_WORD}){{0,2}}){{1,2}}",
    regex.VERSION1,
)


#: A name's phrase goes on with "and" and capitalised words, then perhaps "in" and a place:
#: "for Reconstruction and Development", "for Security and Co-operation in Europe".
_ORG_AND_TAIL = regex.compile(
    rf"[ \u00a0]+and[ \u00a0]+(?!\p{{Lu}}{{2}})({_ORG_NAME_WORD})(?:[ \u00a0]+{_ORG_NAME_WORD})?"
    rf"(?:[ \u00a0]+in[ \u00a0]+{_ORG_NAME_WORD}(?:[ \u00a0]+{_ORG_NAME_WORD})?)?",
    regex.VERSION1,
)


def _org_name_end(masked: str, s: int, e: int) -> int:
    """The end of the name of an organisation whose head noun is ``masked[s:e]``.

    A capitalised head goes on with up to two phrases of "of" or "for" and
    capitalised words ("the Ministry of Defence", "the Institute for the Study of
    War"); the last may go on with "and" and one or two capitalised words ("the
    Ministry of Trade and Industry") and then with "in" and a place ("the
    Organization for Security and Co-operation in Europe"). Not with an acronym or a
    title after "and" ("the Ministry of Defence and NATO", "... and President Quill"),
    which are someone else. A lower-case head ("the ministry in Kyiv") ends the name.
    """
    reach = min(len(masked), e + 80)
    if not masked[s].isupper() or not masked[e:reach].lstrip(" \u00a0").startswith(("of", "for")):
        return e  # (what the pattern needs first)
    tail = _ORG_NAME_TAIL.match(masked, e, reach, timeout=REGEX_TIMEOUT)
    if tail is None:
        return e
    end = tail.end()
    if masked.startswith(" and ", end):
        reach = min(len(masked), end + 60)
        joined = _ORG_AND_TAIL.match(masked, end, reach, timeout=REGEX_TIMEOUT)
        if joined is not None and joined.group(1).lower() not in TITLE_WORDS:
            return joined.end()
    return end


def _place_tail_end(masked: str, e: int) -> int:
    """The end of :data:`_UNNAMED_TAIL` ("in Helsinki") right after *e*, else *e*."""
    reach = min(len(masked), e + 60)
    first = masked[e:reach].split(None, 1)  # the pattern's preposition is the first word
    if not first or first[0] not in _PLACE_PREPOSITIONS:
        return e
    tail = _UNNAMED_TAIL.match(masked, e, reach, timeout=REGEX_TIMEOUT)
    return tail.end() if tail else e


_PLURAL_SOURCES = frozenset(
    _words("officials diplomats analysts experts officers observers insiders sources")
)
_PLURAL_MODIFIERS = frozenset(
    _words(
        "senior military intelligence defence defense security government western "
        "european foreign local regional administration"
    )
)


_TAIL_PREPOSITIONS = frozenset(_words("at in with from for of on inside within to"))
_TAIL_DETERMINERS = frozenset(_words("the a an his her its their this that our"))
_TAIL_OBJECTS = frozenset(_words("hers his theirs ours mine yours him her them us"))
_TAIL_FOLLOWERS = frozenset(
    _words("who whose has had have was is would will also later then previously")
)
_TAIL_WORDS = regex.compile(r"\S+", regex.VERSION1)
#: Adjectives that open the phrase after a source ("a source close to the Kremlin",
#: "people familiar with the talks", "an official based in Kyiv").
_TAIL_ADJECTIVES = frozenset(
    _words("close familiar loyal linked allied opposed connected attached assigned based")
)


def _runs(window: str) -> Iterator[tuple[int, str]]:
    """``(start, text)`` of each match of :data:`_TAIL_WORDS` in *window*.

    Split with ``str.split`` unless *window* holds a character that it takes for white
    space and the pattern does not.
    """
    if not window.isprintable() and any(c in window for c in _SPLIT_ONLY_SPACE):
        for m in _TAIL_WORDS.finditer(window, timeout=REGEX_TIMEOUT):
            yield m.start(), m.group()
        return
    pos = 0
    for raw in window.split():
        pos = window.find(raw, pos)
        yield pos, raw
        pos += len(raw)


def _phrase_tail_end(masked: str, e: int) -> int:
    """The end of up to two prepositional phrases after a description ending at *e*.

    A tail counts only when a comma, a cue verb or an auxiliary follows it ("one
    official with the monitoring mission said"); otherwise *e* is returned. One of
    :data:`_TAIL_ADJECTIVES` may open it ("a source close to the Kremlin said").
    """
    window = masked[e : e + 90]
    first = window.split(None, 1)
    if first and first[0] in _TAIL_ADJECTIVES and len(first) == 2:
        opened = e + window.find(first[0]) + len(first[0])
        tail_end = _phrase_tail_end(masked, opened)
        return tail_end if tail_end > opened else e
    if not first or first[0] not in _TAIL_PREPOSITIONS:
        return e  # no phrase: the first word must be a bare preposition
    ends: list[int] = []  # offsets in *window* after each complete phrase word
    phrases = 0
    words = 0  # words of the current phrase's noun group
    expect_prep = True
    for start, raw in _runs(window):
        word = raw.rstrip(",.;:").lower()
        if expect_prep:
            if word not in _TAIL_PREPOSITIONS or phrases == 2 or raw != word:
                break
            phrases += 1
            words = 0
            expect_prep = False
            continue
        if word in _TAIL_PREPOSITIONS and words:
            phrases += 1
            if phrases > 2:
                break
            words = 0
            continue
        if not words and word in _TAIL_DETERMINERS and raw == word:
            continue
        if not word or not word.replace("-", "").replace("\u2019", "").isalnum():
            break
        if word in _STOP_WORDS and word not in _TAIL_OBJECTS:
            break
        if cue_lemma(word) is not None or words == 4:
            break
        words += 1
        ends.append(start + len(raw.rstrip(",.;:")))
        if raw != raw.rstrip(",.;:"):
            break
    for end in reversed(ends):
        after = window[end:].lstrip()
        if after.startswith(","):
            return e + end
        nxt = after.split(maxsplit=1)[0].rstrip(",.;:").lower() if after else ""
        if cue_lemma(nxt) is not None or nxt in _TAIL_FOLLOWERS:
            return e + end
    return e
    return None


def _resolve(
    mention: _Mention, state: _State, people: PeopleIndex
) -> tuple[str | None, str | None]:
    """``(speaker, named person)`` for a mention."""
    if mention.kind == PERSON:
        return mention.value, mention.value
    if mention.kind == PRONOUN:
        want = "f" if mention.value.lower() == "she" else "m"
        for allow_weak in (False, True):
            for name in state.salient:
                g = people.gender(name) or state.genders.get(name)
                if (g is None or g == want) and (
                    allow_weak or g or not people.is_weak(name) or name in state.subjects
                ):
                    if g is None:
                        # "she" once taken for someone makes a later "he" someone else.
                        state.genders[name] = want
                    return name, name
        return None, None
    if mention.kind == DESCRIPTION:
        parts = mention.value.split()
        head = parts[-1].lower()
        owner = next((i for i, w in enumerate(parts[:-1]) if w.endswith(("\u2019s", "'s"))), None)
        if owner is not None and people.canonical(" ".join(parts[: owner + 1])) is not None:
            return mention.value, None  # "Lund's spokesman": someone else than Lund
        # Modifiers ("the NATO chief", "the defence chief") must appear in the title too.
        needed = {w.lower() for w in parts[(owner or 0) + 1 : -1]} - _GENERIC_MODIFIERS
        # "Ukraine's president" names no title word but the head: it may be anyone's
        # president, so only a possessive with modifiers ("defence minister") is resolved.
        if not head.endswith("year-old") and (owner is None or needed):
            for name in state.salient:
                person = people.person(name)
                if person is not None and _titled(person.title, head, needed):
                    return name, name
            for person in people.persons:  # someone titled so, not yet salient
                if _titled(person.title, head, needed) and (
                    not state.salient or head not in ("chief", "head", "leader")
                ):
                    return person.name, person.name
        if (
            owner is None
            and state.salient
            and (head.endswith("year-old") or head in _PERSONAL_HEADS)
        ):
            return state.salient[0], state.salient[0]
        return _strip_article(mention.value), None
    if mention.kind == UNNAMED:
        return _strip_article(mention.value), None
    return _strip_article(mention.value), None


#: Role nouns that, after "the", usually mean the named person the story is about
#: ("the NATO chief", "the former prime minister"); others ("the official", "the
#: source") more often go back to an unnamed source and keep their description.
_PERSONAL_HEADS = frozenset(
    _words(
        "chief head leader president minister secretary general chancellor premier king "
        "queen prince princess ambassador envoy commander governor mayor senator director "
        "chairman chairwoman chair ceo founder author professor admiral colonel captain "
        "marshal commissioner"
    )
)
_TITLE_LOWER = frozenset(
    _words("former outgoing acting deputy senior chief foreign defence defense finance then")
)
_DETERMINERS = frozenset(_words("the a an one some another his her their its"))


_GENERIC_MODIFIERS = frozenset(
    _words("former outgoing incoming then new top senior current acting longtime veteran")
)
_TITLE_SPLIT = regex.compile(r"[^\p{L}\d]+", regex.VERSION1)


def _titled(title: str | None, head: str, needed: set[str]) -> bool:
    """Whether *title* holds the word *head* and every word of *needed*."""
    if not title:
        return False
    words = _title_words(title)
    return head in words and needed <= words


@functools.lru_cache(maxsize=1024)
def _title_words(title: str) -> frozenset[str]:
    """The lower-cased words of a person's title (each title is asked about again and again)."""
    return frozenset(_TITLE_SPLIT.split(title.lower()))


def _strip_article(value: str) -> str:
    parts = value.split(maxsplit=1)
    if len(parts) == 2 and parts[0].lower() in _DETERMINERS:
        return parts[1]
    return value


_LEAD_WORDS = frozenset(
    _words(
        "the a an former outgoing incoming then new acting late but and yet so still also "
        "meanwhile however now later instead"
    )
)
_TOKENS = regex.compile(r"[^\s,]+", regex.VERSION1)


def _main_subject(masked: str, s: int, e: int, found: _Mentions, a: int, b: int) -> _Mention | None:
    """The mention that opens the main clause of the sentence ``masked[s:e]``, if any
    (``found.items[a:b]`` are the sentence's mentions)."""
    start = s
    comma = masked.find(",", s, e)
    first = _first_word(masked, s, e) if comma != -1 else None
    if first is not None:
        word = first.lower()
        short_intro = len(masked[s:comma].split()) <= 4 and not (
            a < b and found.starts[a] < comma  # (no mention of the sentence before the comma)
        )
        if word in INTRO_WORDS or (word.endswith("ing") and len(word) > 5) or short_intro:
            start = comma + 1
    head: _Mention | None = None
    for i in range(bisect_left(found.starts, start, a, b), b):
        m = found.items[i]
        if m.kind in (PERSON, PRONOUN, DESCRIPTION):
            head = m
            break
        if head is None:
            head = m
    if head is None:
        return None
    if head.start > start:
        for token in _tokens(masked[start : head.start]):
            if not (token[:1].isupper() or token[:1] == _MASK or token.lower() in _LEAD_WORDS):
                return None
    return head


#: White space to ``str.split`` but not to the patterns' ``\s``.
_SPLIT_ONLY_SPACE = ("\x1c", "\x1d", "\x1e", "\x1f")


def _tokens(gap: str) -> list[str]:
    """``_TOKENS.findall(gap)``: the runs of characters that are neither white space nor commas."""
    if not gap.isprintable() and any(c in gap for c in _SPLIT_ONLY_SPACE):
        return list(_TOKENS.findall(gap))
    return gap.replace(",", " ").split()


_CHAIN_REACH = 40  # how many mentions back a comma-separated subject is looked for


def _comma_chain(
    masked: str, s: int, cue_start: int, found: _Mentions, a: int, b: int
) -> _Mention | None:
    """The last person (else anyone but an organisation) followed by a comma before the cue.

    "Ada Quill, who leads the mission, said": the subject of a cue set off by
    commas. Only the nearest mentions (of the sentence's ``found.items[a:b]``) are
    looked at, so a giant sentence stays linear.
    """
    fallback: _Mention | None = None
    i = bisect_left(found.starts, cue_start, a, b)
    for x in reversed(found.items[max(a, i - _CHAIN_REACH) : i]):
        if x.start < s or x.end >= cue_start or x.kind == ORG:
            continue
        if masked[x.end : x.end + 1] != ",":
            continue
        if x.kind == PERSON:
            return x
        if fallback is None:
            fallback = x
    return fallback


def _events_of_sentence(
    masked: str,
    s: int,
    e: int,
    k: int,
    found: _Mentions,
    a: int,
    b: int,
    cues: list[tuple[int, int, bool]],
    main: _Mention | None,
    state: _State,
    people: PeopleIndex,
    written_context: bool,
) -> list[_Event]:
    """The attribution events of the sentence ``masked[s:e]`` (*main* is its subject,
    ``found.items[a:b]`` its mentions)."""
    events: list[_Event] = []
    for cue_start, cue_end, phrase in cues:
        if not s <= cue_start < e:
            continue
        verb = masked[cue_start:cue_end]
        lower = " ".join(verb.lower().split())
        subject: _Mention | None = None
        end = cue_end
        if phrase:
            nearest = found.first_from(cue_end, a, b)
            if nearest is not None and _title_run(masked[cue_end : nearest.start]):
                subject = nearest  # "according to NATO", "according to Mayor Ada Quill"
                end = subject.end
            if subject is None:
                subject = _lone_after(masked, cue_end, e)
                end = subject.end if subject is not None else end
        else:
            # A weak cue right before a colon introduces the words: "Quill reports:".
            weak = lower in WEAK_CUES and not masked[cue_end : cue_end + 3].lstrip().startswith(":")
            cut = _aux_tail_start(masked, max(s, cue_start - 80), cue_start)
            subject = found.ending_at(cut, a, b)
            if subject is not None and subject.kind == ORG and lower.endswith("ing"):
                subject = None
            # What ends the words before the cue (and its auxiliaries), if anything.
            j = cut
            while j > s and masked[j - 1].isspace():
                j -= 1
            last = masked[j - 1] if j > s else ""
            participle = lower.endswith("ing")
            addressee = cue_lemma(lower.split()[0]) in ("tell", "inform")
            if (
                subject is None
                and not weak
                and not participle
                and last.isalpha()
                and cue_lemma(lower.split()[0]) not in _THING_CUES
            ):
                subject = _lone_before(masked, s, cut)  # "“...,” Zelenskyy said"
            if subject is None and not weak and last == "," and not participle:
                subject = _comma_chain(masked, s, cue_start, found, a, b)
            if (
                subject is None
                and not participle
                and not addressee
                and (not last or last in ",:" + _MASK)
            ):
                nearest = found.first_from(cue_end, a, b)
                if nearest is not None and _title_gap(masked[cue_end : nearest.start]):
                    subject = nearest
                    end = subject.end
                else:
                    subject = _lone_after(masked, cue_end, e)  # "“...,” said Gazprom."
                    end = subject.end if subject is not None else end
            if subject is None and not weak and main is not None and main.start < cue_start:
                subject = main
        if subject is None:
            continue
        if subject.kind in (DESCRIPTION, UNNAMED):
            # "the Kremlin spokesman, Dmitry Peskov": the name in apposition.
            apposed = found.first_from(subject.end + 1, a, b)
            if (
                apposed is not None
                and apposed.kind == PERSON
                and masked[subject.end : apposed.start].strip() == ","
            ):
                end = max(end, apposed.end)
                subject = apposed
        speaker, person = _resolve(subject, state, people)
        if speaker is None:
            continue
        events.append(
            _Event(
                start=min(cue_start, subject.start),
                end=max(end, cue_end),
                cue=verb,
                cue_start=cue_start,
                speaker=speaker,
                person=person,
                speaker_span=(subject.start, subject.end),
                written=lower in WRITTEN_CUES or written_context,
                sentence=k,
            )
        )
    return events


def _attribute_paragraph(
    text: str,
    block: Block,
    prepared: _Prepared,
    people: PeopleIndex,
    state: _State,
    group_counter: list[int],
) -> None:
    lo, hi = block.span.start, block.span.end
    raws, masked = prepared.raws, prepared.masked
    # Who the story was about before this paragraph, while nobody has spoken yet: a
    # paragraph that opens with a quotation and has no cue goes on about that person
    # ("Sorensen visited the base on Friday." then a paragraph of her words).
    story_subject = None
    if state.last_speaker is None and state.salient and state.salient[0] in state.subjects:
        story_subject = state.salient[0]
    sentences = _sentences(text, masked, prepared.ends, raws, lo)
    lowered, words = prepared.lowered, prepared.words
    mentions = _mentions(prepared, lowered, words, lo, hi, people)
    cues = find_cues(lowered, words)
    written_context = (  # (only events, and so only cues, use it)
        bool(cues)
        and bool(words & _WRITTEN_NOUNS)
        and bool(_WRITTEN_CONTEXT.search(masked, timeout=REGEX_TIMEOUT))
    )
    events: list[_Event] = []
    by_sentence: list[list[_Event]] = []
    subjects: list[str | None] = []
    person_subjects: list[str | None] = []
    several = len(sentences) > 1
    found = _Mentions(mentions)
    cue_starts = [c[0] for c in cues] if several else []
    a = b = 0
    for k, (s, e) in enumerate(sentences):
        if several:
            a = bisect_left(found.starts, s, b)  # (the sentences are in order)
            b = bisect_left(found.starts, e, a)
            sentence_cues = cues[bisect_left(cue_starts, s) : bisect_left(cue_starts, e)]
        else:  # the one sentence spans the paragraph
            a, b, sentence_cues = 0, len(mentions), cues
        main = _main_subject(masked, s, e, found, a, b) if a < b else None
        sentence_events = (
            _events_of_sentence(
                masked, s, e, k, found, a, b, sentence_cues, main, state, people, written_context
            )
            if sentence_cues
            else []
        )
        events.extend(sentence_events)
        by_sentence.append(sentence_events)
        subjects.append(None)
        person_subjects.append(None)
        # Everyone the sentence names becomes a candidate for a later "he"/"she" (a
        # person newly introduced as an object or in a clause), below its subject.
        for x in mentions[a:b]:
            if x.kind == PERSON and x is not main:
                state.bump(x.value)
        if main is not None:
            speaker, person = _resolve(main, state, people)
            subjects[-1] = speaker
            if person is not None and main.kind in (PERSON, PRONOUN, DESCRIPTION):
                state.bump(person)
                if main.kind == PERSON:
                    state.subjects.add(person)
                person_subjects[-1] = person
        for ev in sentence_events:
            if ev.person is not None:
                state.bump(ev.person)
    top = [r for r in raws if r.pair.depth == 0]
    if raws:
        context = _context(masked, lo, sentences, by_sentence, subjects, person_subjects)
        _attribute_raws(text, context, raws, top, people, state, group_counter, story_subject)
    # The paragraph's last attribution carries over to the next paragraph.
    last_pos = -1
    for ev in events:
        if ev.start > last_pos:
            last_pos = ev.start
            state.last_speaker, state.last_written = ev.speaker, ev.written
    for r in top:
        if r.speaker is not None and r.pair.open - lo > last_pos:
            last_pos = r.pair.open - lo
            state.last_speaker, state.last_written = r.speaker, r.written
    if (
        sentences
        and person_subjects[-1] is not None
        and not by_sentence[-1]
        and sentences[-1][0] > last_pos
        and masked.rstrip().endswith(":")
    ):
        # "Quill is blunt about it:" introduces the next paragraph's quotation.
        state.last_speaker, state.last_written = person_subjects[-1], False


def _attribute_raws(
    text: str,
    context: _Context,
    raws: list[_Raw],
    top: list[_Raw],
    people: PeopleIndex,
    state: _State,
    group_counter: list[int],
    story_subject: str | None,
) -> None:
    """Give the quotations of a paragraph (*top* are those not inside another) their
    speaker and kind, from the paragraph's attribution events."""
    masked, lo, sentences = context.masked, context.lo, context.sentences
    subjects, person_subjects = context.subjects, context.person_subjects
    sentence_starts = [a for a, _ in sentences]
    for r in top:
        r.sentence = max(0, bisect_right(sentence_starts, r.pair.open - lo) - 1)
    previous_speaker, previous_written = state.last_speaker, state.last_written
    opening = previous_speaker if previous_speaker is not None else story_subject
    for r in top:
        before = opening if r.pair.open == lo else previous_speaker
        _attribute(r, context, before, previous_written, person_subjects)
        if not r.explicit and r.pair.open - lo > 0:
            s = sentences[r.sentence][0] if sentences else 0
            if masked[s : r.pair.open - lo].rstrip().endswith(":") and subjects[r.sentence]:
                r.speaker, r.cue, r.explicit = subjects[r.sentence], None, True
        r.kind = _kind(text, context, r)
    top_opens = [r.pair.open for r in top]
    for r in raws:
        if r.pair.depth > 0:
            r.kind = _nested_kind(text, r)
            j = bisect_left(top_opens, r.pair.open) - 1
            outer = top[j] if j >= 0 and top[j].close_end > r.pair.open else None
            r.speaker = outer.speaker if outer is not None else None
            r.written = outer.written if outer is not None else False
            if outer is not None and r.kind is not QuoteKind.TERM:
                inner_speaker = _speaker_inside(text, outer, r, people)
                if inner_speaker is not None:
                    r.speaker, r.explicit = inner_speaker, True
    _link_split(context, top, group_counter)


@attrs.define
class _Context:
    """What the attribution of one paragraph's quotes looks at."""

    masked: str
    lo: int
    sentences: list[tuple[int, int]]
    by_sentence: list[list[_Event]]
    last_before: list[_Event | None]
    first_from: list[_Event | None]
    subjects: list[str | None]  # each sentence's main subject as a speaker
    person_subjects: list[str | None]  # ... when it is a person


def _context(
    masked: str,
    lo: int,
    sentences: list[tuple[int, int]],
    by_sentence: list[list[_Event]],
    subjects: list[str | None],
    person_subjects: list[str | None],
) -> _Context:
    # The last event before each sentence and the first from each sentence on.
    last_before: list[_Event | None] = [None] * (len(sentences) + 1)
    for k, evs in enumerate(by_sentence):
        last_before[k + 1] = evs[-1] if evs else last_before[k]
    first_from: list[_Event | None] = [None] * (len(sentences) + 1)
    for k in range(len(sentences) - 1, -1, -1):
        first_from[k] = by_sentence[k][0] if by_sentence[k] else first_from[k + 1]
    return _Context(
        masked, lo, sentences, by_sentence, last_before, first_from, subjects, person_subjects
    )


def _attribute(
    r: _Raw,
    ctx: _Context,
    previous_speaker: str | None,
    previous_written: bool,
    person_subjects: list[str | None],
) -> None:
    lo, masked, sentences = ctx.lo, ctx.masked, ctx.sentences
    open_rel, close_rel = r.pair.open - lo, r.close_end - lo
    k = r.sentence
    own = ctx.by_sentence[k] if k < len(ctx.by_sentence) else []
    best: _Event | None = None
    best_distance = 0
    for ev in own:
        if ev.start >= close_rel:
            distance = ev.start - close_rel
            if any(map(str.isalnum, masked[close_rel : ev.start])):
                distance += 1000  # a cue after other words belongs to the next clause
        elif ev.end <= open_rel:
            distance = open_rel - ev.end
        else:
            continue
        if best is None or distance < best_distance:
            best, best_distance = ev, distance
    explicit = best is not None
    if (
        best is None
        and k > 0
        and person_subjects[k - 1] is not None
        and not masked[sentences[k][0] : open_rel].strip()
        and not ctx.by_sentence[k - 1]
    ):
        # "Dobrowski was blunt. \u201cThis is a disaster.\u201d": the previous sentence's subject.
        r.speaker = person_subjects[k - 1]
        return
    if best is None and sentences:
        best = ctx.last_before[k] or ctx.first_from[k + 1]
    if best is not None:
        r.speaker, r.written, r.cue = best.speaker, best.written, best.cue
        r.cue_span = Span(lo + best.cue_start, lo + best.cue_start + len(best.cue))
        if explicit and best.speaker_span is not None:
            r.speaker_span = Span(lo + best.speaker_span[0], lo + best.speaker_span[1])
        r.explicit = explicit
    else:
        r.speaker, r.written = previous_speaker, previous_written


_UI_VERBS = frozenset(
    _words("click clicking clicked tap tapping select selecting press pressing choose choosing")
)
_UI_NOUNS = ("button", "link", "tab", "option")


def _ui_label(before: str, after: str) -> bool:
    """Whether a quotation between *before* and *after* is a page control's label.

    ("click “Accept all”", "or “Manage preferences”", "the “Reject” button").
    """
    if after.lstrip().lower().startswith(_UI_NOUNS):
        return True
    tail = before[-60:].lower().replace(_MASK, " ").split()
    return any(w.strip(",") in _UI_VERBS for w in tail[-6:])


def _kind(text: str, ctx: _Context, r: _Raw) -> QuoteKind:
    masked, lo, sentences = ctx.masked, ctx.lo, ctx.sentences
    events = ctx.by_sentence[r.sentence] if r.sentence < len(ctx.by_sentence) else []
    inner = text[r.start : r.end]
    open_rel = r.pair.open - lo
    s, _ = sentences[r.sentence] if sentences else (0, 0)
    before = masked[s:open_rel]
    if not before.strip():
        # Opening its sentence: no cue, term word or title can stand before it.
        return QuoteKind.DIRECT
    words = _first_words(inner, 9)  # only how many up to 8, and which then, matter
    # "what she called 'X'": the words of the cue's subject, not a term.
    called = any(
        ev.end <= open_rel and masked[ev.end : open_rel].strip() in ("", "as") for ev in events
    )
    if (
        not called
        and _may_name_term(before[-40:])
        and _names_term(before[-40:])
        and len(words) <= 6
    ):
        return QuoteKind.TERM
    title_case = (
        2 <= len(words) <= 8
        and all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)
        and inner[-1:] not in ".!?"
    )
    if called and any(
        ev.end <= open_rel
        and masked[ev.end : open_rel].strip() in ("", "as")
        and cue_lemma(ev.cue.split()[0]) in _NAMING_CUES
        for ev in events
    ):
        return QuoteKind.PARTIAL  # "what she called 'X'", "described it as 'X'"
    if title_case and _WORK_BEFORE.search(before[-40:], timeout=REGEX_TIMEOUT):
        return QuoteKind.TERM
    if (
        2 <= len(words) <= 6
        and all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)
        and sum(w[0].isupper() for w in words) >= 2
        and inner[-1:] not in ".!?,"
        and not r.explicit
        and before.strip()
    ):
        return QuoteKind.TERM  # a title of a work
    if (
        1 <= len(words) <= 3
        and words[0][0].isupper()
        and r.pair.close is not None
        and not r.continues_previous
        and not r.explicit
        and before.strip()
        and not any(ctx.by_sentence)
        and not any(ch in ".,!?;:" for ch in inner)
        and _ui_label(before, masked[r.close_end - lo : r.close_end - lo + 12])
    ):
        return QuoteKind.TERM  # a label ("click “Accept all”") in a paragraph with no cue
    if r.pair.close is None or r.continues_previous:
        return QuoteKind.DIRECT
    if not before.strip() or before.rstrip().endswith(":"):
        return QuoteKind.DIRECT
    close_rel = r.close_end - lo
    for ev in events:
        if ev.end <= open_rel and all(
            w.lower() in _GAP_WORDS for w in _quote_words(masked[ev.end : open_rel])
        ):
            return QuoteKind.DIRECT
        if (
            (not before.strip() or before.rstrip()[-1] in ",;:\u2014\u2013" or inner[:1].isupper())
            and ev.start >= close_rel
            and inner[-1:] in ",!?"
            and not masked[close_rel : ev.start].strip(" \u00a0")
        ):
            return QuoteKind.DIRECT
    end = len(inner) - 2
    if (
        inner.find(".", 0, end) != -1
        or inner.find("!", 0, end) != -1
        or inner.find("?", 0, end) != -1
        or inner.find("\u2026", 0, end) != -1
    ) and _INNER_BOUNDARY.search(inner, timeout=REGEX_TIMEOUT):
        return QuoteKind.DIRECT
    return QuoteKind.PARTIAL


#: Cue verbs that name a thing in the speaker's words: what follows is a fragment.
_NAMING_CUES = frozenset(_words("call describe term dub label"))
#: Words that may stand between the parts of a split quote besides the attribution.
_GAP_WORDS = frozenset(
    _words(
        "however though then too also again later now further instead meanwhile on in at "
        "today yesterday recently earlier last this week month year monday tuesday wednesday "
        "thursday friday saturday sunday morning afternoon evening night"
    )
)
_SMALL_WORDS = frozenset(_words("a an the of in on at to and or for by with from as vs"))


def _speaker_inside(text: str, outer: _Raw, r: _Raw, people: PeopleIndex) -> str | None:
    """A person named, with a cue, just before a quote inside a quote (Lund told me, 'go')."""
    start = max(outer.start, r.pair.open - 60)
    named = people.mentions_between(start, r.pair.open)
    if not named:
        return None
    between = text[named[-1][1] : r.pair.open].lower()
    return named[-1][2] if word_set(between) & CUE_WORDS else None


def _first_words(inner: str, n: int) -> list[str]:
    """:func:`_quote_words` of *inner*: all of them, or at least the first *n*.

    Only the first white-space separated tokens are searched when they hold enough
    words (no word spans white space), which spares a long quotation's tail.
    """
    tokens = inner.split(None, 2 * n)
    if len(tokens) > 2 * n:  # more follows
        words = _quote_words(" ".join(tokens[: 2 * n]))
        if len(words) >= n:
            return words
    return _quote_words(inner)


def _nested_kind(text: str, r: _Raw) -> QuoteKind:
    words = _quote_words(text[r.start : r.end])
    if len(words) <= 4:
        return QuoteKind.TERM
    return QuoteKind.DIRECT


def _link_split(ctx: _Context, top: list[_Raw], group_counter: list[int]) -> None:
    """Give the parts of a quotation interrupted by its attribution one group number."""
    masked, lo = ctx.masked, ctx.lo
    for a, b in itertools.pairwise(top):
        if a.kind is QuoteKind.TERM or b.kind is QuoteKind.TERM or a.pair.close is None:
            continue
        gap_start, gap_end = a.close_end - lo, b.pair.open - lo
        if gap_end - gap_start > 80 or a.speaker != b.speaker:
            continue
        events = [ev for k in range(a.sentence, b.sentence + 1) for ev in ctx.by_sentence[k]]
        inside = [ev for ev in events if gap_start <= ev.start and ev.end <= gap_end]
        if not inside:
            continue
        leftover = list(masked[gap_start:gap_end])
        for ev in inside:
            leftover[ev.start - gap_start : ev.end - gap_start] = " " * (ev.end - ev.start)
        if any(
            w.lower() not in _GAP_WORDS and not w[0].isupper()
            for w in _quote_words("".join(leftover))
        ):
            continue
        if a.group is None:
            group_counter[0] += 1
            a.group = group_counter[0]
        b.group = a.group


def _settle_groups(results: list[_Raw]) -> None:
    """Parts of one group without their own cue take the group's attributed speaker."""
    explicit: dict[int, _Raw] = {}
    for r in results:
        if r.group is not None and r.explicit and r.group not in explicit:
            explicit[r.group] = r
    for r in results:
        if r.group is not None and not r.explicit and r.group in explicit:
            src = explicit[r.group]
            r.speaker, r.written = src.speaker, src.written
            if r.cue is None:
                r.cue = src.cue

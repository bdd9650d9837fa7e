"""Roles from context: what a block is, given its neighbours and its place.

Each block arrives as an :class:`Item` with the cue of its own words. The
passes below settle, in order: captions above credits and repeated captions;
the headline (split from a subtitle on the same line), and the standfirst
under it; the start of the body and the end of the article (everything after
the end is boilerplate); related-link lists; headings between paragraphs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import attrs
import regex

from ._guard import REGEX_TIMEOUT
from ._line_cues import (
    _CLOSERS,
    _FINAL_MARKS,
    BIO_NOUNS,
    MAX_CUED_WORDS,
    SENTENCE_BREAK,
    Cue,
    byline_name,
    ends_sentence,
    holds_any,
    plain_spaces,
    word_count,
)
from ._records import BlockRole

#: Cues that make a block boilerplate. (A date line standing alone dates the article or
#: a live blog's entry: a note, unless it sits among the leftovers after the article.)
_FURNITURE = frozenset({Cue.NAV, Cue.INTERSTITIAL, Cue.CTA, Cue.SECTION, Cue.END})
#: What may follow a standfirst that ends with a full stop.
_DATE_OR_BYLINE = frozenset({Cue.BYLINE, Cue.DATE})
#: What may follow a standfirst that ends with a full stop (past a lead picture's caption
#: and credit).
_UNDER_STANDFIRST = _FURNITURE | _DATE_OR_BYLINE
_PICTURE = frozenset({Cue.CREDIT, Cue.CAPTION})
#: Cues that may start, or belong to, the run of leftovers after the article.
_ENDISH = frozenset({Cue.NAV, Cue.CTA, Cue.SECTION, Cue.END})
_CLUSTER = _ENDISH | {Cue.CREDIT}
#: Cues whose recurrence after the body marks a run of teasers.
_RECURRING = frozenset({Cue.END, Cue.CTA, Cue.RELATED_HEAD})
#: Cues that interrupt a run of body paragraphs.
_RESETS = _ENDISH | {Cue.RELATED_HEAD}
#: This many body paragraphs of at least _BODY_WORDS words in a row mean the article goes on.
_BODY_RUN = 3
_BODY_WORDS = 12
#: The body starts at the first plain block of at least this many words.
_BODY_START_WORDS = 8
#: How many blocks under the headline may hold the author's bare name.
_HEADER_REACH = 6
#: A headline candidate shorter than this may be a section label above the real headline.
_LABEL_WORDS = 5
#: A programme's name over the headline has at most this many words (more when it is
#: named after its presenter).
_PROGRAMME_WORDS = 4
_PRESENTED_WORDS = 7
#: Words that name a programme, a show or a newsletter.
_PROGRAMME = frozenset(
    [
        "programme",
        "program",
        "show",
        "podcast",
        "radio",
        "tonight",
        "briefing",
        "brief",
        "newsletter",
        "edition",
        "weekly",
        "daily",
        "nightly",
        "bulletin",
        "digest",
        "magazine",
        "drivetime",
        "breakfast",
        "dispatch",
        "roundup",
        "round-up",
    ]
)
#: "Drivetime with Eva Lund": a programme named after its presenter.
_PRESENTED = regex.compile(r"\bwith\s+\p{Lu}\p{L}+\s+\p{Lu}\p{L}+\Z")
#: Sentence-case headings between two body paragraphs have at most this many words.
_SHORT_HEADING = 8
#: Headings of this many words need only short sentences around them.
_TINY_HEADING = 3
#: What may stand right above such a heading besides a sentence of the body.
_ABOVE_HEADING = frozenset({Cue.CREDIT, Cue.CAPTION, Cue.INTERSTITIAL})
_CUE_ROLE = {
    Cue.NOTE: BlockRole.NOTE,
    Cue.DATE: BlockRole.NOTE,
    Cue.BYLINE: BlockRole.BYLINE,
    Cue.CREDIT: BlockRole.CREDIT,
    Cue.CAPTION: BlockRole.CAPTION,
    Cue.RELATED_HEAD: BlockRole.RELATED,
    Cue.RELATED_ITEM: BlockRole.RELATED,
}
#: Lines over a list of tags or of other stories' headlines.
_TAG_HEADS = frozenset(
    [
        "topics",
        "topic",
        "tags",
        "related topics",
        "explore more on these topics",
        "explore more on this topic",
        "more on this story",
        "more on these topics",
        "filed under",
        "tagged",
        "tagged with",
    ]
)
#: An item of such a list has at most this many words.
_TAG_WORDS = 12
#: A label over a bulleted list has at most this many words.
_LIST_LABEL_WORDS = 6
#: Blocks up to this long get a normalised key to spot repeats (captions, headline copies).
_KEYED_WORDS = 60
#: The headline is looked for among this many blocks at the top.
_TITLE_WINDOW = 12
#: How far past an end-of-article cue to look for a second one.
_LOOKAHEAD = 3
_END_LOOKAHEAD = 6

_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'\u2019.-]*")
_MINOR = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "as",
        "vs",
        "via",
        "per",
        "into",
        "over",
        "than",
        "up",
        "off",
        "out",
        "is",
    ]
)
#: How a word that is a minor word opens (it is one, or one opens it: "another").
_MINOR_OPENINGS = tuple(sorted(_MINOR))
_QUOTE_OPENERS = "\u2018\u201c\"\u00ab'"
_QUOTED_WHOLE = regex.compile(r"[\u2018\u201c\"\u00ab'][^\r\n]{2,120}[\u2019\u201d\"\u00bb']")
#: A quoted headline followed by its subtitle on the same line.
_TITLE_AND_SUB = regex.compile(
    r"(?P<title>[\u2018\u201c\"\u00ab][^\r\n]{3,240}?[\u2019\u201d\"\u00bb])\s+(?P<sub>\p{Lu}[^\r\n]{3,240})"
)
_NAME = r"\p{Lu}[\p{L}'\u2019.-]+(?:\s+\p{Lu}[\p{L}'\u2019.-]+){1,2}"
#: "Ana Kovac", "Ana Kovac in Brussels", "Ana Kovac and Tom Lind in Kyiv".
_PLACE = r"\p{Lu}[\p{L}'\u2019.-]+(?:\s+\p{Lu}[\p{L}'\u2019.-]+){0,2}"
_NAME_ONLY = regex.compile(
    rf"{_NAME}(?:\s+in\s+{_PLACE})?(?:\s+(?:and|&)\s+{_NAME}(?:\s+in\s+{_PLACE})?)*"
)
_TOP_CREDIT = regex.compile(r"(?:top|main|featured|header|lead) (?:image|photo|picture)", regex.I)
_SPEAKER_LABEL = regex.compile(r"[^:\r\n]{1,40}:\s")
#: A dateline opening the first paragraph: "BRUSSELS (Agency) - ", with the country or
#: the date after the place ("KYIV, Ukraine (AP) \u2014 ", "WASHINGTON, March 3 (Agency) - ").
_DATELINE = regex.compile(
    r"\p{Lu}[\p{Lu}\p{Zs}.,'\u2019-]{2,40}(?:,\s*[\p{L}\p{N}][\p{L}\p{N}.'\u2019 ]{0,30}?)?"
    r"\s*(?:\([^()\r\n]{1,40}\))?\s*[-\u2013\u2014:]\s"
)
#: A live blog's entry heading: a time, then the headline ("16:45 Allies agree new plan").
_TIME_LED = regex.compile(
    r"\d{1,2}[:.]\d{2}(?:\s*(?i:am|pm|a\.m\.|p\.m\.))?\s+[\p{Lu}\p{N}\u2018\u201c\"'\u00ab]"
)
#: Characters no bare name holds (its words are letters, ', . and -; "in", "and", "&").
_NOT_IN_NAMES = ',;:!?()"/0123456789'
#: What a quoted headline opens with (_TITLE_AND_SUB).
_TITLE_QUOTES = '\u2018\u201c"\u00ab'
_NAME_SEP = regex.compile(r"\s*(?:,|&|\band\b)\s*")
#: An author's biography: "Ana Kovac is a senior fellow at ...", "... was a correspondent".
_BIO = regex.compile(
    rf"(?P<name>{_NAME}(?:\s+\p{{Lu}}[\p{{L}}'\u2019.-]+)?|\p{{Lu}}[\p{{L}}'\u2019.-]+)\s+"
    rf"(?:(?:is|was|has been|serves as)\s+(?:a|an|the|now|currently|formerly)\b"
    rf"[^\r\n]{{0,300}}?\b{BIO_NOUNS}\b|"
    # "Ana Kovac covers defence for the Example Times."
    r"(?:covers|has covered|reports on|has reported on|reports from|writes about|writes on)\s"
    r"[^\r\n]{0,200}?\bfor\s+(?:the\s+)?\p{Lu})"
)
#: The verb after the name in _BIO (the word after a name of one to four words).
_BIO_VERBS = frozenset(["is", "was", "has", "serves", "covers", "reports", "writes"])
_OPENING = regex.compile(r"[\p{Lu}\p{N}\u2018\u201c\"\u00ab']")
_CLOSING = "\u2019\u201d\"\u00bb' "


#: What a block's text says about itself, whatever its context (judged once per text):
#: (words, key_hash, ends). ``words`` counts the words up to one past
#: :data:`COUNTED_WORDS` (no test of a block's length needs more); ``key_hash`` is the
#: hash of its :func:`repeat_key` (the key itself is made again for the few blocks that
#: need it); ``ends`` is whether the text ends a sentence. (A plain tuple: one is made
#: for every block.)
Facts = tuple[int, int, bool]


#: Words are counted up to one past this many: every test of a block's length (here and
#: in :func:`~natocorpus._line_cues.plain_cue_of`) stays within it.
COUNTED_WORDS = MAX_CUED_WORDS


def facts_of(text: str, printable: bool | None = None) -> Facts:
    """The :data:`Facts` of a block's *text* (*printable*: ``text.isprintable()`` if known).

    >>> words, key_hash, ends = facts_of("Allies  Agree New Plan")
    >>> words, key_hash == hash("allies agree new plan"), ends
    (4, True, False)
    """
    if printable is None:
        printable = text.isprintable()
    # (_single_spaced and the common case of ends_sentence, inline: this runs for every block)
    if printable and "  " not in text and text[:1] != " " and text[-1:] != " ":
        words = min(text.count(" ") + 1, COUNTED_WORDS + 1)
        key = text.casefold() if words <= _KEYED_WORDS else text
    else:
        parts = text.split(None, COUNTED_WORDS)
        words = len(parts)
        key = " ".join(parts).casefold() if words <= _KEYED_WORDS else text
    last = text.rstrip(_CLOSERS)[-1:]
    return (words, hash(key), (last != "" and last in _FINAL_MARKS) or ends_sentence(text))


def repeat_key(text: str, words: int) -> str:
    """What spots a repeat of a block of *text* (of *words* words, counted as in
    :data:`Facts`): the text case-folded with its spaces collapsed; a long block
    keeps its text (only short ones are compared).

    >>> repeat_key("Allies  Agree New Plan", 4)
    'allies agree new plan'
    """
    if words > _KEYED_WORDS:
        return text
    if _single_spaced(text, text.isprintable()):
        return text.casefold()
    return " ".join(text.split()).casefold()


def _single_spaced(text: str, printable: bool) -> bool:
    """Whether single spaces are the only white space in *text* (printable if *printable*;
    no other white space is printable), none at either end."""
    return printable and "  " not in text and text[:1] != " " and text[-1:] != " "


class _Repeats:
    """How often the key of each block occurs on the page (see :func:`repeat_key`).

    Blocks are counted by the hash of their key; only those whose hash recurs have their
    key made again, and counted exactly.
    """

    def __init__(self, items: Sequence[Item]) -> None:
        self._hashes = Counter(it.key_hash for it in items)
        # The items whose hash recurs, by text (copies of a block share its text): each
        # distinct text has its key made once.
        texts: Counter[str] = Counter()
        words: dict[str, int] = {}
        for it in items:
            if self._hashes[it.key_hash] >= 2:
                texts[it.text] += 1
                words[it.text] = it.words
        self._keys: Counter[str] = Counter()
        for text, n in texts.items():
            self._keys[repeat_key(text, words[text])] += n
        self._by_text: dict[str, int] = {}

    def __bool__(self) -> bool:
        """Whether any key occurs more than once."""
        return any(n >= 2 for n in self._keys.values())

    def of(self, item: Item) -> int:
        """How often the key of *item*, one of the items, occurs."""
        if self._hashes[item.key_hash] < 2:
            return 1
        count = self._by_text.get(item.text)
        if count is None:
            count = self._by_text[item.text] = self._keys[item.key]
        return count


@attrs.define
class Item:
    """A block being classified: where it lies, its text, cue and :data:`Facts`, and the
    role settled so far."""

    start: int
    end: int
    text: str
    blank_before: bool
    cue: Cue | None
    forced_end: bool
    words: int
    key_hash: int
    ends: bool
    role: BlockRole | None = None
    glued: bool = False  # a caption only because a credit sits right under it

    @property
    def key(self) -> str:
        """The :func:`repeat_key` of the block (made anew: only a few blocks ask)."""
        return repeat_key(self.text, self.words)

    def copy_at(self, start: int, end: int, blank_before: bool) -> Item:
        """A copy of this block (as yet unclassified) found again at [*start*, *end*)."""
        return Item(
            start,
            end,
            self.text,
            blank_before,
            self.cue,
            self.forced_end,
            self.words,
            self.key_hash,
            self.ends,
        )

    @classmethod
    def plain_block(cls, start: int, end: int, text: str, blank_before: bool) -> Item:
        """A block of *text* at [*start*, *end*) with no cue."""
        return cls(start, end, text, blank_before, None, False, *facts_of(text))

    @property
    def plain(self) -> bool:
        """Whether nothing about the block's own words made it special."""
        return self.cue is None and self.role is None


def _last_mark(text: str) -> str:
    stripped = text.rstrip(_CLOSING)
    return stripped[-1:] if stripped else ""


def _prose(item: Item) -> bool:
    """Whether *item* reads like a sentence of body text."""
    return item.cue in (None, Cue.BULLET) and item.words >= 8 and item.ends


def _headline_like(item: Item) -> bool:
    return (
        item.plain
        and 3 <= item.words <= 30
        and "\n" not in item.text
        and "\r" not in item.text
        and _last_mark(item.text) not in (".", ",", ";", ":")
        and _opens_as_headline(item.text)
    )


def _opens_as_headline(text: str) -> bool:
    """Whether *text* opens with a capital, a digit or a quotation mark (_OPENING)."""
    first = text[:1]
    if first.isascii():  # the common case, without a regex call
        return "A" <= first <= "Z" or "0" <= first <= "9" or first in ('"', "'")
    return _OPENING.match(text, timeout=REGEX_TIMEOUT) is not None


def _title_case(text: str) -> bool:
    for word in text.split():
        # A word opening in lower case is a token of its own; unless a minor word, it is
        # not in Title Case (the common case, decided without the regex call).
        if "a" <= word[0] <= "z" and not word.lower().startswith(_MINOR_OPENINGS):
            return False
    tokens = _TOKEN.findall(text, timeout=REGEX_TIMEOUT)
    major = [t for t in tokens if t.lower() not in _MINOR]
    return len(tokens) >= 2 and bool(major) and all(t[0].isupper() or t[0].isdigit() for t in major)


def _mark_captions(items: list[Item]) -> None:
    """Captions: a line directly above a credit (but not the headline over the agency
    that wrote the story: "Allies agree new plan", "AFP", "Published 2 May 2026")."""
    spaced: bool | None = None  # counted once a caption is in question
    for i in range(1, len(items)):
        below = items[i]
        if below.cue is not Cue.CREDIT:
            continue
        here = items[i - 1]
        if not here.plain or here.words > 60:
            continue
        if (
            i + 1 < len(items)
            and items[i + 1].cue in _DATE_OR_BYLINE
            and _headline_like(here)
            and _top_of_page(items, i - 1)
        ):
            continue
        if spaced is None:
            # Where blank lines divide paragraphs, a line glued to a credit is its caption.
            spaced = sum(it.blank_before for it in items) * 2 >= len(items)
        if (spaced and not below.blank_before) or (here.words <= 30 and not here.ends):
            here.cue = Cue.CAPTION
            here.glued = True


def _mark_captions_under_credits(items: list[Item], start: int) -> None:
    """Between the header and the body, under the byline or date, a short line without
    final punctuation right under a photo credit is the caption (pages that print the
    credit over the caption)."""
    dated = any(it.cue in _DATE_OR_BYLINE for it in items[:start])
    for i in range(max(start, 1), len(items)):
        it = items[i]
        if it.cue in _DATE_OR_BYLINE:
            dated = True
        elif (
            dated
            and it.plain
            and items[i - 1].cue is Cue.CREDIT
            and 3 <= it.words <= 30
            and not it.ends
            and "\n" not in it.text
            and "\r" not in it.text
        ):
            it.cue = Cue.CAPTION
        elif it.plain and it.words >= _BODY_START_WORDS:
            return  # the body has begun (see _body_start)


def _top_of_page(items: list[Item], index: int) -> bool:
    """Whether only page furniture and short labels stand above block *index*: no line
    that could be a headline or a sentence."""
    return all(not it.plain or (it.words < _LABEL_WORDS and not it.ends) for it in items[:index])


def _mark_repeats(items: list[Item], repeats: _Repeats) -> None:
    """Short lines repeated on the page are captions; copies of the headline are boilerplate."""
    if not repeats:
        return
    title = next((it for it in items if it.role is BlockRole.TITLE), None)
    for it in items:
        if not 2 <= it.words <= 40 and (title is None or it.key_hash != title.key_hash):
            continue  # neither a caption nor a copy of the headline
        if not it.plain or it.ends or repeats.of(it) < 2:
            continue
        if title is not None and it.key_hash == title.key_hash and it.key == title.key:
            it.cue = Cue.NAV
        elif 2 <= it.words <= 40:
            it.cue = Cue.CAPTION


def _split_title(items: list[Item], index: int) -> None:
    """Make *index* the title, splitting a quoted headline from a subtitle after it."""
    item = items[index]
    m = None
    if item.text[:1] in _TITLE_QUOTES:
        m = _TITLE_AND_SUB.fullmatch(plain_spaces(item.text), timeout=REGEX_TIMEOUT)
    if m is None or word_count(m.group("sub")) < 3 or ends_sentence(m.group("sub")):
        item.role = BlockRole.TITLE
        return
    start, text = item.start, item.text
    title_text, sub_text = text[: m.end("title")], text[m.start("sub") :]
    title = Item.plain_block(start, start + m.end("title"), title_text, item.blank_before)
    sub = Item.plain_block(start + m.start("sub"), item.end, sub_text, False)
    title.role, sub.role = BlockRole.TITLE, BlockRole.SUBTITLE
    items[index : index + 1] = [title, sub]


def _mark_header(items: list[Item], repeats: _Repeats) -> int:
    """Title, subtitle and standfirst; return the index where the body may start.

    *repeats* counts the keys of the items as they come (the title may be split after)."""
    candidates = []
    for i, it in enumerate(items[:_TITLE_WINDOW]):
        if _prose(it) and _last_mark(it.text) != "?":
            break
        if _headline_like(it):
            candidates.append(i)
    if not candidates:
        return 0
    # A line repeated on the page is a caption (or a copy of the headline): prefer one that is not.
    unique = [i for i in candidates if repeats.of(items[i]) == 1] or candidates
    # A short line above a longer headline is a section or topic label, not the title.
    title = next((i for i in unique if items[i].words >= _LABEL_WORDS), unique[0])
    # The name of a programme, show or newsletter over the headline ("Drivetime with Eva
    # Lund", "The Morning Brief"): the next candidate right under it is the headline.
    later = [i for i in unique if i > title]
    if later and _programme_name(items[title]) and _adjacent(items, title, later[0]):
        title = later[0]
    for it in items[:title]:
        if it.plain:
            repeated = not it.ends and repeats.of(it) >= 2
            it.cue = Cue.CAPTION if repeated and it.words >= 2 else Cue.NAV
    _split_title(items, title)
    after = title + 1
    while after < len(items) and items[after].role is BlockRole.SUBTITLE:
        after += 1
    # (The byline itself may come under the date, a share bar and a lead picture: the
    # post under a byline is looked for further down than a bare name.)
    for i in range(after, min(after + 2 * _HEADER_REACH, len(items))):
        it = items[i]
        if _prose(it) and i > after:  # the first may be a standfirst
            break
        if i < after + _HEADER_REACH and (
            (it.plain and _name_only(it)) or (it.cue is Cue.SECTION and _name_and_outlet(it))
        ):
            it.cue = Cue.BYLINE  # "Ana Kovac", "Ana Kovac | Nordwire"
        elif i > after and items[i - 1].cue is Cue.BYLINE and _byline_role(it):
            it.cue = Cue.BYLINE  # the author's post or outlet under the name
    if after < len(items) and _is_standfirst(items, after):
        items[after].role = BlockRole.STANDFIRST
        after += 1
    if after < len(items) and items[after].cue is Cue.BYLINE:
        after += 1
    return after


def _name_and_outlet(item: Item) -> bool:
    """Whether *item* is a name and an outlet divided by a bar: "Ana Kovac | Nordwire"."""
    parts = item.text.split("|")
    return len(parts) == 2 and _NAME_ONLY.fullmatch(plain_spaces(parts[0].strip())) is not None


#: A line under a byline that gives the author's post or outlet has at most this many words.
_ROLE_WORDS = 4


def _byline_role(item: Item) -> bool:
    """Whether *item*, right under a byline, reads as the author's post or outlet
    ("Economics Editor", "BBC News"), maybe with the place the author writes from after
    a comma ("BBC News, Kyiv"): a few capitalised words (a credit under it may have made
    it a caption), no mark at the end, no digit."""
    if not (item.plain or item.glued) or item.ends:
        return False
    text = item.text
    if "," in text:
        # "Outlet, Place": one comma, a word more.
        role, _, place = text.partition(",")
        if item.words > _ROLE_WORDS + 1 or "," in place or not place.strip():
            return False
        text = f"{role} {place}"
    elif item.words > _ROLE_WORDS:
        return False
    if holds_any(text, _NOT_IN_NAMES) or _last_mark(text) in (":", ";"):
        return False
    return all(word[:1].isupper() or word in _MINOR for word in text.split())


def _programme_name(item: Item) -> bool:
    """Whether *item* reads as the name of a programme, show or newsletter: a short
    Title Case line with a word such as "podcast" or "brief", or "... with Ana Kovac"."""
    if item.words > _PRESENTED_WORDS or not _title_case(item.text):
        return False
    words = item.text.casefold().split()
    if item.words <= _PROGRAMME_WORDS and any(
        word.strip(_CLOSING + ":") in _PROGRAMME for word in words
    ):
        return True
    return "with" in words and _PRESENTED.search(item.text, timeout=REGEX_TIMEOUT) is not None


def _adjacent(items: list[Item], first: int, second: int) -> bool:
    """Whether only page furniture separates blocks *first* and *second*."""
    return all(it.cue is not None and it.role is None for it in items[first + 1 : second])


def _name_only(item: Item) -> bool:
    """A bare name ("Ana Kovac") under the headline: the author."""
    if holds_any(item.text, _NOT_IN_NAMES):
        return False
    return _NAME_ONLY.fullmatch(plain_spaces(item.text), timeout=REGEX_TIMEOUT) is not None


def _is_standfirst(items: list[Item], index: int) -> bool:
    item = items[index]
    if not item.plain or not 6 <= item.words <= 70:
        return False
    if _DATELINE.match(item.text, timeout=REGEX_TIMEOUT):
        return False
    if not item.ends:
        return True
    # A lead picture may sit between the standfirst and the rest of the header.
    following = index + 1
    while following < len(items) and items[following].cue in _PICTURE:
        following += 1
    return following < len(items) and items[following].cue in _UNDER_STANDFIRST


def _mark_entry_furniture(items: list[Item], body: int) -> None:
    """A navigation line repeated between body paragraphs (a live blog's "Share" under
    every entry) is furniture of the entries, not the end of the article."""
    last_seen: dict[str, int] = {}  # text -> index of its last occurrence
    entries: Counter[str] = Counter()  # text -> how often it recurred after a body paragraph
    last_body = -1
    for i in range(body, len(items)):
        it = items[i]
        if it.cue is Cue.NAV:
            key = it.key
            entries[key] += last_seen.get(key, len(items)) < last_body
            last_seen[key] = i
        elif it.ends and _body_paragraph(it):
            last_body = i
    # Three entries at least: a share bar above and below an article is no live blog.
    furniture = {key for key, n in entries.items() if n >= 2}
    if furniture:
        for it in items[body:]:
            if it.cue is Cue.NAV and it.key in furniture:
                it.cue = Cue.INTERSTITIAL


def _top_credit_end(items: list[Item], index: int) -> int:
    """Where the teaser whose "Top image credit" line sits at *index* begins."""
    start = index
    while start > 0:
        prev = items[start - 1]
        short = prev.plain and prev.words <= 12 and not prev.ends
        if not (short or prev.glued or prev.cue in (Cue.SECTION, Cue.NAV)):
            break
        start -= 1
    return start


def _body_start(items: list[Item], start: int) -> int:
    for i in range(start, len(items)):
        if items[i].words >= _BODY_START_WORDS and items[i].plain:
            return i
    return len(items)


def _article_end(items: list[Item], body: int) -> int:
    """The index of the first block of the leftovers after the article.

    The article ends at a navigation-like line that starts a cluster (another
    one, or a credit, within a few blocks), or at a call to action or
    "keep reading" line that recurs further down, unless a long run of body
    paragraphs follows (then the cluster sat inside the article); or at a
    navigation-like line after which no body paragraph comes.
    """
    counts = Counter(it.key for it in items[body:] if it.cue in _RECURRING)
    last_body: int | None = None  # the index of the last body paragraph, found when needed
    follows: bytearray | None = None  # body_follows(items), made when needed
    for i in range(body + 1, len(items)):
        it = items[i]
        if it.forced_end:
            return i
        if it.cue is None:
            continue  # plain text neither ends the article nor starts its leftovers
        if it.cue is Cue.CREDIT and _TOP_CREDIT.match(plain_spaces(it.text), timeout=REGEX_TIMEOUT):
            # The credit of a *top* image after the body: the next article's teaser.
            start = max(_top_credit_end(items, i), body + 1)
            if follows is None:
                follows = body_follows(items)
            if not follows[i + 1]:
                return start
        if it.cue in _ENDISH:
            reach = _END_LOOKAHEAD if it.cue is Cue.END else _LOOKAHEAD
            clustered = _clustered(items[i + 1 : i + 1 + reach])
        else:
            clustered = False
        recurring = it.cue in _RECURRING and counts[it.key] >= 2
        if clustered or recurring:
            if follows is None:
                follows = body_follows(items)
            if not follows[i + 1]:
                return i
        if it.cue in _ENDISH:
            if last_body is None:
                last_body = next(
                    (j for j in range(len(items) - 1, -1, -1) if _body_paragraph(items[j])), -1
                )
            if i > last_body:
                return i  # only furniture and stray words follow
    return len(items)


def _clustered(following: Sequence[Item]) -> bool:
    """Whether another piece of furniture follows before any body paragraph does."""
    for nxt in following:
        if nxt.cue in _CLUSTER:
            return True
        if _body_paragraph(nxt):
            return False
    return False


def body_follows(items: Sequence[Item]) -> bytearray:
    """For each start in ``range(len(items) + 1)``, whether the article goes on from it.

    It does when a run of body paragraphs uninterrupted by page furniture follows, or
    when body paragraphs follow and no more furniture does. Worked out for every start
    at once, from the end (asking each start in turn would read the rest of the page
    each time).
    """
    follows = bytearray(len(items) + 1)  # from the end of the page, nothing follows
    run = 0  # long body paragraphs from here to the next furniture
    later_run = False  # whether a run past the next furniture is long enough
    furniture_after = False  # whether furniture comes after here
    clean_end = False  # whether body paragraphs follow with no furniture after the first
    for start in range(len(items) - 1, -1, -1):
        it = items[start]
        if it.cue in _RESETS:
            later_run = later_run or run >= _BODY_RUN
            run = 0
            furniture_after = True
        elif _body_paragraph(it):
            run += it.words >= _BODY_WORDS
            clean_end = not furniture_after
        follows[start] = run >= _BODY_RUN or later_run or clean_end
    return follows


def _mark_related(items: list[Item], end: int) -> None:
    in_list = False
    for it in items[:end]:
        if it.cue is Cue.RELATED_HEAD:
            in_list = True
        elif in_list and (it.cue is Cue.BULLET or (it.plain and it.words <= 20 and not it.ends)):
            it.cue = Cue.RELATED_ITEM
        else:
            in_list = False


def _mark_tags(items: list[Item], body: int, end: int) -> None:
    """The short lines under a "Topics" or "More on this story" line (the article's tags,
    the headlines of other stories) are furniture too, wherever the list stands."""
    in_list = False
    for it in items[body:end]:
        if it.cue in _ENDISH and it.key.rstrip(": ") in _TAG_HEADS:
            in_list = True
        elif in_list and it.plain and it.words <= _TAG_WORDS and not it.ends:
            it.cue = Cue.NAV
        else:
            in_list = False


def _body_paragraph(item: Item) -> bool:
    return item.plain and item.words >= 8 and item.ends


def _sentence(item: Item) -> bool:
    """Whether *item* is a short paragraph of the body: a sentence of a few words at least."""
    return item.role is None and item.cue is None and item.words >= 3 and item.ends


def _byline_names(items: list[Item]) -> set[str]:
    """The people the bylines of the page name."""
    names: set[str] = set()
    for it in items:
        if it.cue is Cue.BYLINE:
            found = byline_name(it.text) or (it.text if _name_only(it) else None)
            if not found:
                continue
            if not holds_any(found, (",", "&", "and")):
                names.add(found.strip())  # one name
                continue
            for name in _NAME_SEP.split(found, timeout=REGEX_TIMEOUT):
                if name:
                    names.add(name.strip())
    return names


def _mark_author_boxes(items: list[Item], start: int) -> None:
    """Below the header, a line that is nothing but the name of a byline's author is
    that author's box (at the foot of the article, over the biography): a byline, as is
    the author's post right under it ("Reporter", "Defence Editor")."""
    names: set[str] | None = None  # made when a candidate turns up
    for i in range(start, len(items)):
        it = items[i]
        # (a name that recurs on the page was taken for a caption by _mark_repeats)
        repeated = it.cue is Cue.CAPTION and it.role is None and not it.glued
        if not (it.plain or repeated) or it.words > _ROLE_WORDS or it.ends:
            continue
        if holds_any(it.text, _NOT_IN_NAMES):
            continue
        if names is None:
            names = {name.casefold() for name in _byline_names(items)}
            if not names:
                return
        if " ".join(it.text.split()).casefold() in names:
            it.cue = Cue.BYLINE
            if i + 1 < len(items) and _byline_role(items[i + 1]):
                items[i + 1].cue = Cue.BYLINE


#: How far above its closing line the opening of a newsletter promotion is looked for.
_PROMOTION_REACH = 6


def _mark_promotions(items: list[Item], end: int) -> None:
    """The lines of a newsletter promotion inside the article are furniture: from a call
    to action ("Sign up to ...") or "Skip past newsletter promotion" down to its closing
    "After newsletter promotion" (its name, blurb and privacy notice in between)."""
    for i in range(end):
        it = items[i]
        if it.cue is not Cue.INTERSTITIAL or not it.key.startswith("after "):
            continue
        for j in range(i - 1, max(i - 1 - _PROMOTION_REACH, -1), -1):
            opener = items[j]
            if opener.cue is Cue.CTA or (
                opener.cue is Cue.INTERSTITIAL and opener.key.startswith("skip past ")
            ):
                for inner in items[j + 1 : i]:
                    if inner.plain:
                        inner.cue = Cue.INTERSTITIAL
                break


def _mark_bios(items: list[Item], end: int) -> None:
    """An author's biography is a note: a bio of a byline's author anywhere on the page
    (also among the leftovers after the article, past a closing call to action), or a
    bio closing the article."""
    authors = _byline_names(items)
    # An author may be named by the surname alone ("Kovac covers defence for ...").
    surnames = {name.rsplit(None, 1)[-1] for name in authors if " " in name}
    last = next((i for i in range(end - 1, -1, -1) if items[i].plain), None)
    openers = tuple(name + " " for name in (*authors, *surnames))
    # Without a byline only the last plain block can be a bio: start there.
    for i in range(0 if authors or last is None else last, len(items) if authors else end):
        it = items[i]
        after = i >= end  # (there, every block without a cue is boilerplate by now)
        if not (it.plain or (after and it.cue is None)) or it.words > 60 or not it.ends:
            continue
        if i != last and not it.text.startswith(openers):
            continue
        plain = plain_spaces(it.text)
        if _BIO_VERBS.isdisjoint(plain.split(None, 5)[1:5]):
            continue  # no "is", "was", "covers", ... after a name of 1 to 4 words
        m = _BIO.match(plain, timeout=REGEX_TIMEOUT)
        if m is None:
            continue
        name = m.group("name")
        # A name of one word is a byline author's surname ("Finland is a member ..." is news).
        known = name in authors or name in surnames
        if known or (i == last and " " in name):
            it.cue = Cue.NOTE
            it.role = None


def _mark_headings(items: list[Item], start: int, body: int, end: int) -> None:
    """Headings: short lines between paragraphs (or under a live blog's timestamp)."""
    questions = sum(1 for it in items[body:end] if "?" in it.text and _question(it))
    qa_page = questions >= 3
    list_end = 0  # the items of a list without bullets under its label are no headings
    for i in range(max(start, 1), end - 1):
        it = items[i]
        if it.cue is not None or it.role is not None or it.words > 12 or i < list_end:
            continue
        if (
            i <= body
            and items[i - 1].cue is not Cue.DATE
            and items[i + 1].cue is not Cue.BULLET
            and not it.text[:1].isdigit()
            and not (_list_item(items[i + 1]) and it.text[:1].isupper())
        ):
            continue  # above the body only a live blog's entry or a label over a list is one
        if "\n" in it.text or "\r" in it.text:
            continue
        mark = _last_mark(it.text)
        if (
            mark in (".", ",", ";", ":", "!")
            or _inner_stop(it.text)
            or (
                ":" in it.text[:42]
                # (under a live blog's timestamp, "Macron: Europe must spend more" heads an entry)
                and items[i - 1].cue is not Cue.DATE
                and _SPEAKER_LABEL.match(it.text, timeout=REGEX_TIMEOUT)
            )
        ):
            continue
        after_date = items[i - 1].cue is Cue.DATE or (
            it.text[:1].isdigit() and _TIME_LED.match(it.text, timeout=REGEX_TIMEOUT) is not None
        )
        # A short label over a list ("Key points", "What we know"): bulleted items, or
        # short lines without final punctuation.
        over_list = (
            it.words <= _LIST_LABEL_WORDS
            and mark != "?"
            and i + 2 < len(items)
            and (
                (items[i + 1].cue is Cue.BULLET and items[i + 2].cue is Cue.BULLET)
                or (
                    it.text[:1].isupper()
                    and i + 3 < len(items)
                    and all(_list_item(items[j]) for j in range(i + 1, i + 4))
                )
            )
        )
        if over_list:
            it.role = BlockRole.HEADING
            list_end = i + 1
            while list_end < end and _list_item(items[list_end]):
                list_end += 1
            continue
        if not after_date and i <= body:
            continue
        between_prose = _body_paragraph(items[i - 1]) and _body_paragraph(items[i + 1])
        # A word or two between two sentences of the body ("Ammunition", "The background").
        prev, nxt = items[i - 1], items[i + 1]
        between_sentences = (
            it.text[:1].isupper()
            and _sentence(nxt)
            and (
                (_sentence(prev) and (it.words <= _TINY_HEADING or _body_paragraph(nxt)))
                # Under a photo's caption or credit, or an advert, and over the body.
                or (
                    it.words <= _TINY_HEADING
                    and prev.cue in _ABOVE_HEADING
                    and _body_paragraph(nxt)
                )
            )
        )
        if (
            after_date
            or (mark == "?" and it.words <= 10 and not qa_page)
            or (mark != "?" and it.words <= _SHORT_HEADING and between_prose)
            or (mark != "?" and between_sentences)
            or (mark != "?" and _quoted_whole(it.text))
            or _title_case(it.text)
        ):
            it.role = BlockRole.HEADING


#: An item of a list without bullets has at most this many words.
_LIST_ITEM_WORDS = 20


def _list_item(item: Item) -> bool:
    """Whether *item* may be an item of a list without bullets (three at least under a
    label): a short plain line of three words or more without final punctuation,
    opening with a capital or a digit."""
    return (
        item.plain
        and 3 <= item.words <= _LIST_ITEM_WORDS
        and not item.ends
        and _opens_as_headline(item.text)
        and "\n" not in item.text
        and "\r" not in item.text
        and _last_mark(item.text) not in (",", ";", ":")
    )


def _inner_stop(text: str) -> bool:
    """Whether a sentence ends inside *text* (a line of prose that lost its final mark)."""
    return holds_any(text[:-1], ".?!") and (
        SENTENCE_BREAK.search(text, timeout=REGEX_TIMEOUT) is not None
    )


def _question(item: Item) -> bool:
    """Whether plain *item* ends with a question mark."""
    return item.plain and _last_mark(item.text) == "?"


def _quoted_whole(text: str) -> bool:
    """Whether *text* is one quotation, mark to mark."""
    return (
        text[:1] in _QUOTE_OPENERS
        and _QUOTED_WHOLE.fullmatch(text, timeout=REGEX_TIMEOUT) is not None
    )


#: What may stand between the header and an interview's introduction.
_HEADER_LEFTOVERS = frozenset(
    {Cue.DATE, Cue.NOTE, Cue.BYLINE, Cue.CREDIT, Cue.CAPTION, Cue.NAV, Cue.SECTION}
)


def _mark_intro(items: list[Item], header_end: int, end: int) -> None:
    """On a question-and-answer page, the paragraph right under the header that leads
    into the first question is the interview's standfirst (its introduction). The
    header's date, notes, byline and picture may stand above it."""
    while header_end < end and items[header_end].cue in _HEADER_LEFTOVERS:
        header_end += 1
    if header_end + 1 >= end:
        return
    intro, first = items[header_end], items[header_end + 1]
    if (
        _prose(intro)
        and intro.role is None
        and _last_mark(intro.text) != "?"
        and first.plain
        and _last_mark(first.text) == "?"
        and sum(1 for it in items[header_end:end] if "?" in it.text and _question(it)) >= 3
    ):
        intro.role = BlockRole.STANDFIRST


def assign_roles(items: Sequence[Item]) -> list[Item]:
    """Settle the role of every item; returns the (possibly split) items."""
    work = list(items)
    _mark_captions(work)
    repeats = _Repeats(work)
    count = len(work)
    header_end = _mark_header(work, repeats)
    if len(work) != count:  # the title was split in two
        repeats = _Repeats(work)
    _mark_repeats(work, repeats)
    _mark_captions_under_credits(work, header_end)
    body = _body_start(work, header_end)
    _mark_entry_furniture(work, body)
    end = _article_end(work, body)
    for it in work[end:]:
        if it.cue not in (Cue.BYLINE, Cue.NOTE):
            it.role = BlockRole.BOILERPLATE
    _mark_related(work, end)
    _mark_tags(work, body, end)
    _mark_author_boxes(work, header_end)
    _mark_promotions(work, end)
    _mark_bios(work, end)
    _mark_intro(work, header_end, end)
    _mark_headings(work, header_end, body, end)
    for it in work:
        if it.role is None:
            if it.cue is None:
                it.role = BlockRole.PARAGRAPH
            elif it.cue in _FURNITURE:
                it.role = BlockRole.BOILERPLATE
            else:
                it.role = _CUE_ROLE.get(it.cue, BlockRole.PARAGRAPH)
    return work

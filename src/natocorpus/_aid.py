"""Stage 5: which amounts are aid, with donor, recipient, period and source.

Owned by the aid-figures work (issue 5). The contract: ``find_aid(text,
blocks, people)`` returns all amounts of the article's content blocks (spans
into *text*) and the aid figures among them.

How a figure is decided (see ``docs/explanation/aid-figures.md``):

1. Each content block is cut into sentences, each sentence into clauses at
   contrast words ("while", "whereas", "but", ";").
2. :func:`~natocorpus.find_amounts` reads the block. A money or counted amount
   is aid when its sentence has an aid cue (aid, support, provided, pledged,
   supplied, worth of ...) and its clause is not about a budget, spending
   target, cost or price (unless the clause also names a recipient of aid).
3. A bare scaled number ("at 17.7 billion") takes the currency (or counted
   unit: "more than 2.3 million" after "450,000 shells") of the amount in the
   same or the sentence before; it is aid when that money was, and takes its
   category, source and recipient too.
4. Actors (countries, capitals, institutions, organisations, groups) are
   found in the sentence. Those after "to", "for", or a giving verb ("provide
   Ukraine with") are recipients; those after "in", "of", "against" are
   places or targets; the rest may be donors. The donor is the one named
   "from"/"by"/"via" after the amount, else one named right after it with a
   giving verb ("the EUR 2bn Sweden pledged"), else the last candidate before
   it in its clause (with those named together: "Ireland and Austria"); then
   fallbacks across the sentence (an earlier clause, an owner with "'s", the
   country of a quoted "we") and the sentence before. The recipient is the
   nearest recipient in the sentence, else the previous figure's.
5. Period, rate, category and status come from the amount's clause; "over
   the same period" takes the previous figure's period. A cited source
   ("according to ...", "figures compiled by ...") holds for its sentence; a
   figure without one takes the previous figure's when that stands in the same
   or the block before.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cached_property
from operator import itemgetter
from typing import NamedTuple

import attrs
import regex

from ._amounts import TriggerIndex, ascii_words, find_amounts_at, lower_chunks
from ._guard import REGEX_TIMEOUT
from ._people import PeopleIndex
from ._places import COUNTRIES, DEMONYMS, ORGANISATIONS, canonical, find_actors
from ._records import AidCategory, AidFigure, AidStatus, Amount, Block, Period

__all__ = ["find_aid"]

# -- sentences and clauses ---------------------------------------------------

_SENTENCE_END = regex.compile(
    r"[.!?…]+[\"\u201d\u2019»)\]]*\s+(?=[\"\u201c\u2018«(\[]?[A-Z0-9])"
    r"|(?<![\p{Ll},;:-])(?P<nl>[ \t]*\n\s*)"
)
#: The first branch of :data:`_SENTENCE_END` alone, for a text without a line break (where
#: the other cannot match). It is tried only where a run of marks begins, and its runs are
#: possessive: that finds the same ends (a shorter run or a shorter run of white space is
#: followed by a mark or white space, which no later part reads) and cannot backtrack.
_MARK_END = regex.compile(
    r"(?<![.!?…])[.!?…]++[\"\u201d\u2019»)\]]*+\s++(?=[\"\u201c\u2018«(\[]?[A-Z0-9])"
)
#: Blocks up to this length are split at :data:`_MARK_END` without a regex timeout.
_SHORT_BLOCK = 4000
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "lt",
        "col",
        "maj",
        "sgt",
        "capt",
        "adm",
        "prof",
        "sen",
        "rep",
        "gov",
        "pres",
        "no",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "approx",
        "est",
        "fig",
    ]
)
#: The word before a sentence end, read backwards from the window's end (``$``): matched
#: there, not searched. Its dots (the last ones go to the end mark) are stripped when read.
_WORD_BEFORE = regex.compile(r"([\w.]+)[.!?…]+[\"\u201d\u2019»)\]]*\s*$", regex.REVERSE)
_CONTRAST = frozenset(["while", "whereas", "but", "although", "though", "however"])
#: The words and dashes a clause break (below) stands on, each between white space.
_BREAK_WORDS = _CONTRAST | {"-", "\u2013", "\u2014"}
_CLAUSE_BREAK = regex.compile(
    r";|,?\s+(?:while|whereas|but|although|though|however)\s+|\s+[-–—]\s+"  # noqa: RUF001
    r"|,\s+and\s+(?=[A-Z])"
)

# -- cues --------------------------------------------------------------------

_AID_CUE = regex.compile(
    r"\b(?:aid|assistance|support|supports|supported|supporting|help|helped|helping|"
    r"package|packages|donat\w+|donors?|grants?|granted|loans?|tranches?|funding|funds?|"
    r"contribut\w+|provid\w+|pledg\w+|promis\w+|commit\w+|allocat\w+|deliver\w*|"
    r"sent|send|sends|sending|suppl(?:y|ied|ies|ying|ier|iers)|gave|give|gives|given|giving|"
    r"offer\w*|shipments?|shipped|ship|ships|shipping|pa(?:y|ys|id|ying)\s+for|"
    r"funded|hand(?:s|ed|ing)?\s+over|hand(?:s|ed|ing)?|get|gets|getting|disburs\w+|earmark\w+|transfer\w*|armaments?|approv\w+|"
    r"receiv\w+|allot\w+|budgeted|announc(?:e|ed|es|ing|ements?)|unveil\w*|"
    r"arriv(?:e|ed|es|ing|als?)|"
    r"security\s+(?:agreements?|pacts?|deals?|accords?|guarantees?)|"
    r"worth\s+of)\b",
    regex.IGNORECASE,
)
#: Literal beginnings of the cues above, lower case: every cue begins with one.
_AID_CUE_STEMS = (
    "aid",
    "assistance",
    "support",
    "help",
    "package",
    "donat",
    "donor",
    "grant",
    "loan",
    "tranche",
    "fund",
    "contribut",
    "provid",
    "pledg",
    "promis",
    "commit",
    "allocat",
    "deliver",
    "sen",
    "suppl",
    "gave",
    "giv",
    "offer",
    "ship",
    "hand",
    "disburs",
    "earmark",
    "transfer",
    "armament",
    "approv",
    "receiv",
    "allot",
    "budgeted",
    "announc",
    "pay",
    "paid",
    "unveil",
    "arriv",
    "worth",
    "security",
    "get",
)


def _may_hold(low: str | None, stems: tuple[str, ...]) -> bool:
    """Whether a case-blind pattern every match of which holds one of *stems* may match.

    *low* is the text in lower case, or None for text where case-blind matching
    is more than lower case (see :func:`_case_blind_lower`): then the pattern
    is asked. A few ``in`` tests cost far less than one search with a long alternation.
    """
    return low is None or any(stem in low for stem in stems)


def _case_blind_lower(text: str) -> str | None:
    """*text* in lower case, where it finds what the case-blind patterns match; else None.

    Lower case must keep every character in its place, and no character may
    match an ASCII letter case-blind without being one in lower case: of
    those, the long s ("\u017f" matches "s") stays as it is, the dotted capital
    I becomes two characters, and the Kelvin sign becomes "k".
    """
    low = text.lower()
    if text.isascii() or (len(low) == len(text) and "\u017f" not in text):
        return low
    return None


_FIRST_THREE = itemgetter(slice(0, 3))


def _beginnings(low: str) -> frozenset[bytes]:
    """The first three letters of each of the ASCII words of *low* (a text in lower case).

    A stem of three letters or more that begins a word of *low* begins with
    one of them: the stems that do not are not looked for.
    """
    return frozenset(map(_FIRST_THREE, ascii_words(low)))


def _by_beginning(stems: Sequence[tuple[str, int]]) -> dict[bytes, tuple[tuple[str, int], ...]]:
    """*stems* (with what comes with each) by their first three letters."""
    table: dict[bytes, tuple[tuple[str, int], ...]] = {}
    for stem, extra in stems:
        assert len(stem) >= 3, stem
        key = stem[:3].encode()
        table[key] = (*table.get(key, ()), (stem, extra))
    return table


#: Each stem, with how far past a sentence's end a stem beginning in it reaches, by its
#: first three letters.
_AID_CUE_REACH = _by_beginning([(stem, len(stem) - 1) for stem in _AID_CUE_STEMS])
_AID_CUE_BEGINNINGS = frozenset(_AID_CUE_REACH)
_LONGEST_CUE_STEM = max(len(stem) for stem in _AID_CUE_STEMS)


class _Anchored:
    """A case-blind pattern every match of which begins, where a word begins,
    with one of a few literal lower-case *stems*.

    In text given with its lower case (see :func:`_case_blind_lower`) and the
    :func:`_beginnings` of the sentence it is part of, the stems are found
    with ``str.find`` and the pattern is matched only there: the same matches
    as a scan, which tries the long alternation at every character.
    """

    __slots__ = ("beginnings", "by_beginning", "pattern", "short")

    def __init__(self, pattern: regex.Pattern[str], stems: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.short = tuple(stem for stem in stems if len(stem) < 3)  # always looked for
        self.by_beginning = _by_beginning([(stem, 0) for stem in stems if len(stem) >= 3])
        self.beginnings = frozenset(self.by_beginning)

    def _starts(self, low: str, beginnings: frozenset[bytes]) -> set[int]:
        """Where a stem may begin a word of *low*.

        Only a stem right after an ASCII word character is left out: whether
        another character ends a word (as the pattern's ``\\b`` reads it) the
        pattern decides.
        """
        starts: set[int] = set()
        stems = list(self.short)
        for key in self.beginnings.intersection(beginnings):
            stems.extend(stem for stem, _ in self.by_beginning[key])
        for stem in stems:
            i = low.find(stem)
            while i >= 0:
                if i == 0 or not (
                    (low[i - 1].isalnum() or low[i - 1] == "_") and low[i - 1].isascii()
                ):
                    starts.add(i)
                i = low.find(stem, i + 1)
        return starts

    def finditer(
        self, text: str, low: str | None, beginnings: frozenset[bytes]
    ) -> Iterator[regex.Match[str]]:
        """``pattern.finditer(text)``; *low* is :func:`_case_blind_lower` of *text*."""
        if low is None:
            yield from self.pattern.finditer(text, timeout=REGEX_TIMEOUT)
            return
        end = 0
        for i in sorted(self._starts(low, beginnings)):
            if i >= end:
                m = self.pattern.match(text, i, timeout=REGEX_TIMEOUT)
                if m is not None:
                    yield m
                    end = m.end()

    def search(self, text: str, low: str | None, beginnings: frozenset[bytes]) -> bool:
        """Whether the pattern matches anywhere in *text*."""
        if low is None:
            return self.pattern.search(text, timeout=REGEX_TIMEOUT) is not None
        match = self.pattern.match
        return any(match(text, i, timeout=REGEX_TIMEOUT) for i in self._starts(low, beginnings))


class _Cues:
    """Where a sentence's aid cues stand, found once for it and its clauses.

    ``str.find`` of each cue's literal beginning on the lower-cased text, and one
    anchored match where a word begins there, is much faster than scanning with
    the case-blind alternation. *chunks* are the whole text's
    :func:`~natocorpus._amounts.lower_chunks`; only the sentence's part of them
    is searched, and the cues found are those that begin in it, exactly as a
    search of the whole text would find them.
    """

    __slots__ = ("ends", "starts")

    def __init__(
        self,
        text: str,
        chunks: Sequence[tuple[int, int, str]],
        k: int,
        lo: int,
        hi: int,
        fallback: dict[int, list[tuple[int, int]]],
    ) -> None:
        """The cues beginning in ``[lo, hi)``, which starts in chunk *k*."""
        spans: list[tuple[int, int]] = []
        while k < len(chunks) and chunks[k][0] < hi:
            base, end, low = chunks[k]
            if len(low) != end - base:  # lower case changed the length: offsets would move
                if k not in fallback:
                    fallback[k] = [
                        m.span() for m in _AID_CUE.finditer(text, base, end, timeout=REGEX_TIMEOUT)
                    ]
                spans.extend(span for span in fallback[k] if lo <= span[0] < hi)
                k += 1
                continue
            first = max(lo, base) - base
            last = min(hi, end) - base  # cues that begin before it, even if they end after
            beginnings = _beginnings(low[first : last + _LONGEST_CUE_STEM])
            for stem, reach in (
                item
                for key in _AID_CUE_BEGINNINGS.intersection(beginnings)
                for item in _AID_CUE_REACH[key]
            ):
                stop = last + reach  # find stops at the end of low
                i = low.find(stem, first, stop)
                while i >= 0:
                    if i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "_"):
                        m = _AID_CUE.match(text, base + i)
                        if m is not None:
                            spans.append(m.span())
                    i = low.find(stem, i + 1, stop)
            k += 1
        spans.sort()
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]

    def within(self, lo: int, hi: int) -> bool:
        """Whether a cue lies inside ``[lo, hi)`` (a part of the sentence)."""
        starts, ends = self.starts, self.ends
        k = bisect_left(starts, lo)
        while k < len(starts) and starts[k] < hi:
            if ends[k] <= hi:
                return True
            k += 1
        return False


_AID_NOUN = regex.compile(
    r"\b(?:aid|assistance|support|package|donations?|grants?|loans?|tranches?|"
    r"security\s+(?:agreements?|pacts?|deals?|accords?))\b",
    regex.IGNORECASE,
)
_NOT_AID = regex.compile(
    r"\b(?:(?:defen[cs]e|military|armed\s+forces|national|state|federal|own)\s+budgets?|"
    r"spending|spend|spends|spent|expenditures?|GDP|gross\s+domestic\s+product|"
    r"economic\s+output|targets?|costs?|costing|damages?|losses|revenues?|sales|profits?|prices?|"
    r"deficits?|economy|turnover|valuation|market\s+cap\w*|wealth|fortune|"
    r"reserves|assets|frozen|sanctions?|armed\s+forces|exports?|imports?|trade)\b",
    regex.IGNORECASE,
)

_AID_NOUN_STEMS = (
    "aid",
    "assistance",
    "support",
    "package",
    "donation",
    "grant",
    "loan",
    "tranche",
    "security",
)
#: The literal beginnings of the patterns' matches, lower case.
_NOT_AID_STEMS = (
    "defen",
    "military",
    "armed",
    "national",
    "state",
    "federal",
    "own",
    "spen",
    "expenditure",
    "gdp",
    "gross",
    "econom",
    "target",
    "cost",
    "damage",
    "losses",
    "revenue",
    "sales",
    "profit",
    "price",
    "deficit",
    "turnover",
    "valuation",
    "market",
    "wealth",
    "fortune",
    "reserves",
    "assets",
    "frozen",
    "sanction",
    "export",
    "import",
    "trade",
)

#: Budgets, orders and contracts name aid when a recipient is in the clause ("$2bn for
#: Ukraine in its budget").
_WEAK_NOT_AID = regex.compile(
    r"\bbudget(?:s|ary)?\b(?!\s+support)|\bsalar(?:y|ies)\b"
    # an arms maker's order book: "Rheinmetall announced a EUR 2bn order"
    r"|(?<!\bin\s)\border(?:s|\s+book)?\b|\bcontracts?\b",
    regex.IGNORECASE,
)

_WEAK_NOT_AID_STEMS = ("budget", "salar", "order", "contract")

#: The amount is the value of a country's own budget: "the Dutch defence budget will rise
#: to EUR 24bn" is no aid, even when the clause goes on to name Ukraine.
_BUDGET_VALUE = regex.compile(
    r"\b(?:defen[cs]e|military|armed\s+forces|national|state|federal|domestic)\s+"
    r"(?:budgets?|spending|expenditures?|outlays?)\s+"
    r"(?:(?:(?:will|would|could|is|was|has|had|to|should|must|set\s+to|expected\s+to|"
    r"due\s+to|projected\s+to|planned\s+to|now|also|already|further|be|been)\s+){0,3}"
    r"(?:rise|rises|rising|rose|risen|grow|grows|growing|grew|grown|increase[sd]?|increasing|"
    r"climb\w*|reach\w*|total\w*|stand|stands|stood|jump\w*|swell\w*|hit|hits|top|tops|"
    r"topped|amount\w*|be|is|was)(?:\s+(?:to|at|by|up\s+to))?\s+"
    # "raise its defence budget to EUR 24bn", "a defence budget of EUR 24bn"
    r"|(?:to|of|at)\s+)"
    r"(?:(?:about|around|nearly|almost|some|roughly|over|more\s+than|close\s+to|"
    r"an\s+estimated|a\s+record)\s+)?$",
    regex.IGNORECASE,
)

_BUDGET_VALUE_STEMS = ("budget", "spending", "expenditure", "outlay")

#: An amount asked for is no aid given: "Ukraine needs $40bn a year", "Zelensky asked
#: for $10bn", "is seeking $15bn", "appealed for $5bn". The verb stands right before the
#: amount, with at most a few words of quantity between. Read backwards from the amount.
_REQUESTED_BEFORE = regex.compile(
    r"\b(?:needs?|needed|needing|request(?:s|ed|ing)?|"
    r"seek(?:s|ing)?|sought|wants?|wanted|demand(?:s|ed|ing)?|"
    r"(?:ask(?:s|ed|ing)?|appeal(?:s|ed|ing)?|plead(?:s|ed|ing)?)\s+for|"
    r"in\s+need\s+of)\s+"
    r"(?:(?:a|an|another|a\s+further|further|additional|extra|more|new|at\s+least|up\s+to|"
    r"some|about|around|nearly|almost|over|more\s+than|close\s+to|roughly|an\s+estimated|"
    r"as\s+much\s+as)\s+){0,3}$",
    regex.IGNORECASE | regex.REVERSE,
)
#: Every match of the pattern above holds one of these (lower case).
_REQUESTED_STEMS = ("need", "request", "seek", "sought", "want", "demand", "ask", "appeal", "plead")

_DIGITS_ONLY = regex.compile(r"[\d,]+")

#: Munitions named without a number: a bare count after them counts them.
_MATERIEL_BEFORE = regex.compile(
    r"\b(?:(?:artillery|tank|mortar|howitzer|air[- ]defen[cs]e|ammunition)\s+)?"
    r"(?:shells|rounds|munitions|drones|missiles|interceptors|rockets|cartridges)\b",
    regex.IGNORECASE,
)

#: A bare number near these words counts people or things, not money.
_COUNTED_NOUNS = regex.compile(
    r"\b(?:population|people|inhabitants|residents|citizens|refugees|migrants|troops|soldiers|"
    r"personnel|casualties|dead|killed|wounded|votes|voters|users|viewers|visitors|km|miles|"
    r"kilometres|kilometers|square|tonnes|tons|barrels|doses|households|children|homes)\b",
    regex.IGNORECASE,
)

_COUNTED_NOUNS_STEMS = (
    "population",
    "people",
    "inhabitants",
    "residents",
    "citizens",
    "refugees",
    "migrants",
    "troops",
    "soldiers",
    "personnel",
    "casualties",
    "dead",
    "killed",
    "wounded",
    "vote",
    "users",
    "viewers",
    "visitors",
    "km",
    "miles",
    "kilomet",
    "square",
    "ton",
    "barrels",
    "doses",
    "households",
    "children",
    "homes",
)

#: Materiel that is fired, lost or made is no aid: "Russia launched 40 missiles".
#: Verbs of making or buying right after the count modify it ("drones produced in Ukraine").
_HOSTILE = regex.compile(
    r"\b(?:(?P<violent>fired|fires|firing|launch(?:ed|es|ing)?|shot\s+down|downed|destroy\w*|"
    r"intercept\w*|lost|loses|losing|attack\w*|struck|strikes?|striking|captur\w+|seiz\w+)"
    r"|(?P<acquire>produc\w+|manufactur\w+|build|builds|built|making|makes|made|buy|buys|"
    r"bought|purchas\w+|sold|sells|sell|order\w*|stockpil\w+|deploy\w*))\b",
    regex.IGNORECASE,
)

_HOSTILE_STEMS = (
    "fire",
    "firing",
    "launch",
    "shot",
    "downed",
    "destroy",
    "intercept",
    "lost",
    "loses",
    "losing",
    "attack",
    "struck",
    "strike",
    "striking",
    "captur",
    "seiz",
    "produc",
    "manufactur",
    "buil",
    "mak",
    "made",
    "buy",
    "bought",
    "purchas",
    "sold",
    "sell",
    "order",
    "stockpil",
    "deploy",
)

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_YEAR = r"(?:19|20)\d\d"
_PERIOD = regex.compile(
    rf"\b(?:between|from)\s+(?:(?P<m1>{_MONTH})\s+)?(?P<y1>{_YEAR})?\s*"
    rf"(?:and|to|until|till|through|thru|-|–)\s+(?:(?P<m2>{_MONTH})\s+)?(?P<y2>{_YEAR})\b"  # noqa: RUF001
    rf"|\b(?:in|during|for|over|throughout)\s+(?:the\s+)?(?P<ya>{_YEAR})\s*[-–/]\s*(?P<yb>\d\d(?:\d\d)?)\b"  # noqa: RUF001
    rf"|\bsince\s+(?:(?P<ms>{_MONTH})\s+)?(?P<ys>{_YEAR})\b"
    # "for 2024 and 2025": both years
    rf"|\b(?:in|for|during)\s+(?P<yc>{_YEAR})\s+(?:and|to)\s+(?P<yd>{_YEAR})\b"
    # "in the first half of 2025", "in the third quarter of 2024"
    r"|\b(?:in|during|for|over)\s+the\s+(?P<part>(?:first|second|third|fourth|final|last)\s+"
    rf"(?:half|quarter))\s+of\s+(?P<yp>{_YEAR})\b"
    rf"|\b(?:in|for|during|throughout)\s+(?:(?:early|late|mid)[-\s]+)?(?:(?P<mi>{_MONTH})\s+)?"
    rf"(?P<yi>{_YEAR})\b"
    # "through 2027", "until 2030", "by the end of 2026": the end only
    r"|\b(?:through|thru|until|till|by)\s+(?:(?:the\s+)?end\s+of\s+)?"
    rf"(?:(?P<mu>{_MONTH})\s+)?(?P<yu>{_YEAR})\b"
    r"|\b(?P<same>(?:over|during|in|for|within)\s+the\s+same\s+"
    r"(?:period|time\s*frame|timeframe|time|months|years?|span))\b"
)
#: Periods with no year written: "this year", "over the next four years" (the words only,
#: with no date to count from). Tried backwards from each "year", "month" or "decade".
_RELATIVE_PERIOD = regex.compile(
    r"\b(?:(?:[Ss]ince\s+)?(?:[Tt]his|[Nn]ext|[Ll]ast|"
    r"[Tt]he\s+(?:past|previous|coming|current))\s+"
    r"(?:year|month|decade)"
    r"|(?:[Oo]ver|[Ii]n|[Dd]uring|[Ww]ithin|[Ff]or)\s+the\s+(?:next|past|last|previous|coming)\s+"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|few|several)\s+)?"
    r"(?:years|months|decade))",
    regex.REVERSE,
)
_RELATIVE_UNITS = ("year", "month", "decade")


def _relative_periods(sentence: str) -> list[regex.Match[str]]:
    """The matches of ``_RELATIVE_PERIOD`` that end at a unit word of *sentence*."""
    found: list[regex.Match[str]] = []
    for unit in _RELATIVE_UNITS:
        i = sentence.find(unit)
        while i >= 0:
            end = i + len(unit)
            if sentence[end : end + 1] == "s":
                end += 1
            if not sentence[end : end + 1].isalnum():
                # read backwards, a match is anchored at its end
                m = _RELATIVE_PERIOD.match(sentence, max(0, end - 70), end, timeout=REGEX_TIMEOUT)
                if m is not None:
                    found.append(m)
            i = sentence.find(unit, end)
    found.sort(key=regex.Match.start)
    return found


_RATE = regex.compile(
    r"\b(?:(?P<year>annually|yearly|a\s+year|per\s+year|each\s+year|every\s+year|per\s+annum|"
    r"annual|a\s+yearly)|(?P<month>monthly|a\s+month|per\s+month|each\s+month|every\s+month))\b",
    regex.IGNORECASE,
)

_RATE_STEMS = ("annu", "year", "month")

_CATEGORY = regex.compile(
    r"(?P<military>\b(?:military|defen[cs]e|security|weapons?|arms|lethal)\s+"
    r"(?:aid|support|assistance|help|packages?|equipment|supplies|deliveries|donations?)\b"
    r"|\bworth\s+of\s+(?:arms|weapons|ammunition|munitions|military|equipment)\b"
    r"|\b(?:weapons|arms|armaments|ammunition|munitions)\b)"
    r"|(?P<financial>\b(?:financial|budget(?:ary)?|economic|macro-?financial|fiscal|direct\s+budget)"
    r"\s+(?:aid|support|assistance|help|packages?)\b|\bloans?\b|\bgrants?\b|"
    r"\b(?:lent|lend|lends|lending)\b)"
    r"|(?P<humanitarian>\bhumanitarian\b)",
    regex.IGNORECASE,
)

#: Materiel that makes money spent on it military aid (lower case, a word's start).
_MILITARY_MATERIEL = (
    r"(?:(?:air|missile)[-\s]defen[cs]e|anti-aircraft|artillery|shells|ammunition|munitions|"
    r"missiles|rockets|interceptors|drones|tanks|howitzers|(?:fighter\s+)?jets|warplanes|"
    r"helicopters|armou?red\s+vehicles|launchers|rifles|mortars|grenades|weapons|arms|"
    r"(?:military|defen[cs]e)\s+(?:equipment|hardware|materiel))\b"
)
#: Every match of the pattern above holds one of these (lower case).
_MILITARY_MATERIEL_STEMS = (
    "defen",
    "anti-aircraft",
    "artillery",
    "shells",
    "ammunition",
    "munitions",
    "missiles",
    "rockets",
    "interceptors",
    "drones",
    "tanks",
    "howitzers",
    "jets",
    "warplanes",
    "helicopters",
    "vehicles",
    "launchers",
    "rifles",
    "mortars",
    "grenades",
    "weapons",
    "arms",
    "equipment",
    "hardware",
    "materiel",
)
#: A few words that may stand before it: "new", "Patriot", "155mm", "long-range".
_MATERIEL_MODIFIERS = (
    r"(?:(?:the|new|more|additional|extra|modern|advanced|heavy|(?-i:[A-Z])[\w-]{0,20}|"
    r"\d[\w-]{0,10}|[a-z]{1,20}-[a-z-]{1,20})\s+){0,3}"
)
#: The object of money right after it: "EUR 500m to buy Patriot missiles", "$2bn for air
#: defence", "$250m in artillery shells".
_MATERIEL_AFTER = regex.compile(
    # "to Ukraine" may come first: "GBP 1.5bn to Ukraine for air-defence systems"
    r"[\s,]{1,3}(?:(?:to|for)\s+(?:the\s+)?(?-i:[A-Z])[\w-]{1,20}(?:\s+(?-i:[A-Z])[\w-]{1,20})?\s+)?"
    r"(?:(?:worth\s+of|in|of|for|on)\s+|to\s+(?:help\s+)?(?:buy|purchase|procure|"
    r"acquire|fund|finance|pay\s+for|produce|manufacture|make|build)\s+)"
    + _MATERIEL_MODIFIERS
    + _MILITARY_MATERIEL,
    regex.IGNORECASE,
)
#: Materiel that the money is the worth of, right before it: "shells worth $250m".
_MATERIEL_WORTH_BEFORE = regex.compile(
    r"\b" + _MILITARY_MATERIEL + r"\s+(?:worth|valued\s+at)\s+"
    r"(?:(?:about|around|nearly|almost|some|roughly|over|more\s+than|up\s+to|an\s+estimated)\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)

_CATEGORY_STEMS = (
    "military",
    "defen",
    "security",
    "weapon",
    "arm",
    "lethal",
    "worth",
    "munition",
    "financial",
    "budget",
    "economic",
    "macro",
    "fiscal",
    "direct",
    "loan",
    "grant",
    "lent",
    "lend",
    "humanitarian",
    "ammunition",
)

_STATUS = regex.compile(
    r"\b(?:(?P<pledged>pledg\w*)|(?P<promised>promis\w*)|"
    r"(?P<committed>commit(?:s|ted|ting|ments?)?)|"
    r"(?P<allocated>allocat\w*|earmark\w*|appropriat\w*)|"
    r"(?P<delivered>deliver(?:ed|ies|y|s|ing)?|shipped|handed\s+over))\b",
    regex.IGNORECASE,
)

_STATUS_STEMS = (
    "pledg",
    "promis",
    "commit",
    "allocat",
    "earmark",
    "appropriat",
    "deliver",
    "shipped",
    "handed",
)

_NOT_AID_AT = _Anchored(_NOT_AID, _NOT_AID_STEMS)
_AID_NOUN_AT = _Anchored(_AID_NOUN, _AID_NOUN_STEMS)
_WEAK_NOT_AID_AT = _Anchored(_WEAK_NOT_AID, _WEAK_NOT_AID_STEMS)
_COUNTED_NOUNS_AT = _Anchored(_COUNTED_NOUNS, _COUNTED_NOUNS_STEMS)
_HOSTILE_AT = _Anchored(_HOSTILE, _HOSTILE_STEMS)
_CATEGORY_AT = _Anchored(_CATEGORY, _CATEGORY_STEMS)
_STATUS_AT = _Anchored(_STATUS, _STATUS_STEMS)

_SOURCE_NAME = (
    r"[A-Z][\w'\u2019&.-]{0,40}(?:\s+(?:(?:of|for|on|and|&|de|der|für|the)\s+){0,2}"
    r"[A-Z][\w'\u2019&.-]{0,40}){0,6}"
)
_SOURCE = regex.compile(
    r"\b(?:[Aa]ccording\s+to|compiled\s+by|collected\s+by|published\s+by|tracked\s+by|"
    r"estimated\s+by|calculated\s+by|released\s+by|(?:data|figures|estimates|calculations|"
    r"numbers|a\s+tally|a\s+count)\s+(?:from|by|of))\s+"
    r"(?:(?:the\s+)?(?:latest\s+|new\s+|recent\s+)?(?:figures|data|estimates|calculations|numbers|"
    r"tally)\s+(?:compiled\s+|collected\s+|published\s+|released\s+|gathered\s+)?(?:by|from)\s+)?"
    rf"(?:the\s+)?(?P<name>{_SOURCE_NAME})"
)
#: Every source cue holds one of these (case as written: the pattern is not case-blind).
_SOURCE_STEMS = (
    "ccording",
    "compiled",
    "collected",
    "published",
    "tracked",
    "estimate",
    "calculat",
    "released",
    "data",
    "figures",
    "numbers",
    "tally",
    "count",
)
_ORG_WORDS = (
    r"(?:Institute|Institut|Center|Centre|Ministry|Department|Office|Agency|Bank|Fund|"
    r"Commission|Council|Tracker|University|School|Foundation|Association|Programme|Program|"
    r"Service|Pentagon|Government|Bureau|Observatory|Forum|Group|Research|Statistics|"
    r"Authority|Organi[sz]ation|Committee|Project|Initiative|Monitor|Watch|Treasury|"
    r"Congress|Parliament|Administration|Secretariat|Board|Society|Academy)"
)
_ORG_WORD = regex.compile(rf"\b{_ORG_WORDS}\b")
#: A capitalised word of an organisation's name after "of"/"for": "the Kiel Institute for the
#: World Economy", "the Ministry of Economy and Trade". Read backwards from the word.
_IN_ORG_NAME = regex.compile(
    rf"\b{_ORG_WORDS}\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'\u2019-]{0,30}\s+(?:(?:and|&)\s+)?){0,3}$",
    regex.REVERSE,
)
#: A capitalised word before one of these is part of a title: "Economy Minister", "Trade
#: Secretary".
_TITLE_AFTER = regex.compile(r"\s+(?:Minister|Ministry|Secretary|Commissioner|Committee)\b")


def _in_a_name(text: str, m: regex.Match[str]) -> bool:
    """Whether the capitalised word matched at *m* is part of a name or title.

    "Economy" in "the Kiel Institute for the World Economy" or "Trade" in "Trade
    Minister" says nothing of what the clause is about. A word in lower case or
    all capitals ("GDP") is never part of one here.
    """
    word = m.group()
    if not (word[:1].isupper() and word[1:2].islower()):
        return False
    start = m.start()
    return (
        _IN_ORG_NAME.match(text[max(0, start - 90) : start]) is not None
        or _TITLE_AFTER.match(text, m.end(), min(len(text), m.end() + 16)) is not None
    )


_ACRONYM = regex.compile(r"[A-Z][A-Z0-9&-]{1,7}")

#: The patterns read before a name end at it (``$``): they run in reverse, so a
#: search fails at once where the end does not fit instead of trying every start.
_RECIPIENT_BEFORE = regex.compile(
    r"(?:\b(?:to|for|into|towards?|toward)\s+(?:the\s+)?(?:government\s+(?:of|in)\s+)?"
    r"|\b(?:provid\w*|give|gives|gave|giving|given|send|sends|sent|sending|offer\w*|"
    r"promis\w*|pledg\w*|"
    r"suppl(?:y|ies|ied|ying)|grant\w*|hand\w*|lend|lends|lent|help\w*|arm|arms|arming|"
    r"armed|support\w*|assist\w*|equip\w*|back|backing|backed|aid|aided|aiding)\s+)$",
    regex.IGNORECASE | regex.REVERSE,
)
_RECIPIENT_AFTER = regex.compile(
    r"^(?:\s+(?:has|have|had|will|would|could|did|is\s+to|is\s+set\s+to|is\s+due\s+to)?\s*"
    r"(?:also\s+)?(?:received?|receives|receiving|got|gets|get|getting|obtained|secured|was\s+given|was\s+sent|"
    r"was\s+promised|has\s+been\s+(?:given|promised|sent)|asked|asks|asking|requested|"
    r"requests|sought|seeks|seeking|needs|needed|wants|wanted|appealed|expects|expected|"
    r"expecting|awaits|awaited|awaiting))\b",
    regex.IGNORECASE,
)
#: Every match of the pattern above holds one of these (lower case).
_RECEIVING_STEMS = (
    "receiv",
    "got",
    "get",
    "obtained",
    "secured",
    "given",
    "sent",
    "promised",
    "ask",
    "request",
    "sought",
    "seek",
    "need",
    "want",
    "appealed",
    "expect",
    "await",
)
_POSSESSIVE_OF_BACKERS = regex.compile(
    r"^['\u2019]s?\s+(?:\w+(?:-\w+){0,2}\s+){0,2}"
    r"(?:allies|ally|partners?|backers?|supporters?|donors?|friends)\b",
    regex.IGNORECASE,
)
#: Backers named after "one of" or "among" and a possessive, between commas, describe the
#: name before them: "Britain, one of Kyiv's closest allies, pledged ...". Read backwards.
_APPOSITION_BEFORE = regex.compile(
    r",\s+(?:(?:one|some|two|three|several|many|each|any)\s+of|among|amongst)\s+(?:the\s+)?"
    r"[A-Z][\w.-]{0,30}(?:\s+[A-Z][\w.-]{0,30})?['\u2019]s?\s+(?:[\w-]{1,30}\s+){0,2}$",
    regex.REVERSE,
)
_EXCLUDED_BEFORE = regex.compile(
    r"\b(?:in|at|of|against|near|across|inside|on|with|versus|vs\.?|into|over|than|"
    r"invaded|invade|invading|attacked|attack|attacking|fight|fighting|fought|defeat|"
    r"Former|former)\s+(?:[Tt]he\s+)?$",
    regex.REVERSE,
)
#: "officials in Seoul say": a capital after a government word speaks for its country.
_GOVERNMENT_IN = regex.compile(
    r"\b(?:officials|authorities|government|leaders|ministers|diplomats|sources|policymakers|"
    r"lawmakers|planners|politicians)\s+in\s+$",
    regex.IGNORECASE | regex.REVERSE,
)
#: "plans to spend EUR 11.5bn on Ukraine": money spent on a country is aid to it.
_SPEND_ON = regex.compile(
    r"\bspen(?:d|ds|t|ding)\b[^;:!?]{0,40}?\bon\s+(?:the\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
_SPENT_ON_AFTER = regex.compile(r"\s+(?:(?:next|this|last)\s+year\s+)?on\s+(?:the\s+)?")
_DONOR_MARKER_BEFORE = regex.compile(
    r"(?<!\b(?:followed|trailed|led|matched|topped|surpassed|overtaken|outstripped|driven|"
    r"caused|hit|struck|attacked|invaded|occupied|surrounded)\s+)"
    r"\b(?:from|by|via)\s+(?:the\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
#: "... ," said Danish Defence Minister X: the side a quoted "we" speaks for.
_SPEAKER_SIDE = regex.compile(
    r"\b(?P<side>"
    + "|".join(
        regex.escape(n)
        for n in sorted([*DEMONYMS, *COUNTRIES], key=len, reverse=True)
        if n[0].isupper()
    )
    + r")(?:['\u2019]s)?\s+"
    r"(?i:(?:defen[cs]e|foreign|prime|deputy|finance|economy|armed\s+forces)\s+)?"
    r"(?:[Mm]inister|[Pp]resident|[Cc]hancellor|[Pp]remier|[Aa]mbassador|[Ee]nvoy|[Oo]fficial|"
    r"[Ss]pokes(?:man|woman|person)|[Gg]overnment)\b"
)
#: "... is Australia's largest": an owner of aid named with "'s".
_POSSESSIVE_GIVING = regex.compile(
    r"['\u2019]s\s+(?:(?:largest|latest|biggest|new|first|second|third|own|total|overall|"
    r"annual|military|financial|humanitarian|single|next)\s+){0,2}"
    r"(?:contributions?|packages?|pledges?|aid|support|donations?|share|commitments?|offer|"
    r"assistance|tranches?|loans?|grants?|largest|biggest|latest)\b",
    regex.IGNORECASE,
)
#: "We have received ...": the speaker's side is the recipient, not the giver.
_WE_RECEIVE = regex.compile(
    r"\b(?:[Ww]e|I)\s+(?:\w+\s+){0,2}?(?:receiv\w+|got|get|gets|need\w*|ask\w*|request\w*|"
    r"welcom\w+|thank\w*)\b"
)
#: A speaker's "we" gives aid: the giver is the speaker's side, not the last one named.
_FIRST_PERSON = regex.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|I)\b")

#: A name used as a modifier ("UN agencies", "US troops") is not the actor itself.
_MODIFIER_OF = regex.compile(
    r"^\s+(?:agenc(?:y|ies)|officials?|troops|forces|soldiers|diplomats|institutions|bodies|"
    r"missions?|staff|personnel|companies|firms|banks|citizens|nationals|residents|voters|"
    r"media|markets?|stocks|bonds|exports|imports|"
    # a newspaper named after its city: "the Washington Post", "the Kyiv Independent"
    r"Post|Times|Journal|Herald|Citizen|Independent|Telegraph|Tribune|Gazette|Examiner|Globe|"
    r"Chronicle)\b"
)

#: "training for Ukrainian pilots": a nationality after "for"/"to" names a recipient.
_DEMONYM_RECIPIENT = regex.compile(r"\b(?:to|for)\s+(?:the\s+)?$", regex.IGNORECASE | regex.REVERSE)
_DEMONYM_AID = regex.compile(
    # "Irish and Austrian governments": one aid noun for two nationalities
    r"^(?:,?\s+and\s+\p{Lu}\w+)?"
    r"\s+(?:(?:military|financial|humanitarian|economic|security|defen[cs]e|government|"
    r"budget|taxpayer|ammunition|munitions|artillery|drone|shell|weapons)\s+){0,2}"
    r"(?:aid|assistance|support|package|packages|help|funding|contributions?|"
    r"donations?|weapons|arms|governments?|parliaments?|ministry|ministries|cabinet|"
    r"authorities|taxpayers|treasury|initiative|coalition|scheme|pledges?)\b",
    regex.IGNORECASE,
)


class _Actor(NamedTuple):
    name: str
    start: int  # offsets into the full text
    end: int
    role: str  # "recipient", "excluded", "donor-marked", "candidate"


class _Figure(NamedTuple):
    figure: AidFigure
    block: int
    sentence: int


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a block's text (offsets into it)."""
    spans: list[tuple[int, int]] = []
    start = 0
    if "\n" in text:
        ends = _SENTENCE_END.finditer(text, timeout=REGEX_TIMEOUT)
    elif len(text) <= _SHORT_BLOCK:
        ends = _MARK_END.finditer(text)
    else:
        ends = _MARK_END.finditer(text, timeout=REGEX_TIMEOUT)
    for m in ends:
        if m.lastgroup != "nl" and _after_abbreviation(text, max(start, m.start() - 30), m):
            continue
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _after_abbreviation(text: str, lo: int, m: regex.Match[str]) -> bool:
    """Whether the marks of *m* end an abbreviation, an initial or a dotted word ("U.S.").

    The word is ``_WORD_BEFORE`` read in ``text[lo : m.end()]``. The marks begin a run
    of them, so only a word character right before it makes a word: then, in plain
    ASCII, the word is the run of word characters and dots before the marks.
    """
    i = mark = m.start()
    while i > lo:
        c = text[i - 1]
        if not c.isascii():
            # a character beyond ASCII: the pattern tells whether it is a word character
            before = _WORD_BEFORE.match(text[lo : m.end()], timeout=REGEX_TIMEOUT)
            return before is not None and _abbreviation(before.group(1).lower().rstrip("."))
        if not (c.isalnum() or c == "_" or c == "."):
            break
        i -= 1
    # no word right before the marks: the pattern reads a dot of them, or nothing
    return i < mark and _abbreviation(text[i:mark].lower())


def _abbreviation(word: str) -> bool:
    """Whether the lower-case *word* before a full stop does not end a sentence."""
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or "." in word


def _month(name: str | None) -> int | None:
    return _MONTHS.get(name[:3].lower()) if name else None


def _point(year: str | None, month: str | None) -> str | None:
    if year is None:
        return None
    m = _month(month)
    return f"{year}-{m:02d}" if m else year


#: The months of a half or quarter, by its ordinal and the last letter of "half" or
#: "quarter": "first half" is January to June, "third quarter" July to September.
_PART_MONTHS = {
    "firstf": (1, 6),
    "secondf": (7, 12),
    "finalf": (7, 12),
    "lastf": (7, 12),
    "firstr": (1, 3),
    "secondr": (4, 6),
    "thirdr": (7, 9),
    "fourthr": (10, 12),
    "finalr": (10, 12),
    "lastr": (10, 12),
}


class _PeriodMention(NamedTuple):
    start: int
    end: int
    period: Period | None  # None: "the same period"
    after_only: bool


def _periods(sentence: str) -> list[_PeriodMention]:
    out: list[_PeriodMention] = []
    relative = "year" in sentence or "month" in sentence or "decade" in sentence
    if "20" not in sentence and "19" not in sentence and "same" not in sentence:
        if not relative:
            return out  # every mention holds a year, "the same", or a year, month or decade word
        matches: Iterable[regex.Match[str]] = ()
    else:
        matches = _PERIOD.finditer(sentence, timeout=REGEX_TIMEOUT)
    if relative:
        found = list(matches)
        ends = [m.end() for m in found]
        for m in _relative_periods(sentence):
            k = bisect_left(ends, m.end())
            if (k == len(found) or found[k].start() >= m.end()) and (
                k == 0 or ends[k - 1] <= m.start()
            ):  # part of no mention with a year
                found.insert(k, m)
                ends.insert(k, m.end())
        matches = found
    for m in matches:
        text = m.group()
        if m.re is _RELATIVE_PERIOD:
            # relative to a date the text does not give: only the words are kept
            out.append(_PeriodMention(m.start(), m.end(), Period(None, None, text), True))
        elif m.group("same"):
            out.append(_PeriodMention(m.start(), m.end(), None, False))
        elif m.group("y2"):
            if not (m.group("m1") or m.group("y1")):
                continue
            y1 = m.group("y1") or m.group("y2")
            start = _point(y1, m.group("m1"))
            end = _point(m.group("y2"), m.group("m2"))
            out.append(_PeriodMention(m.start(), m.end(), Period(start, end, text), False))
        elif m.group("ya"):
            yb = m.group("yb")
            year_b = yb if len(yb) == 4 else m.group("ya")[:2] + yb
            if year_b < m.group("ya"):
                continue
            out.append(
                _PeriodMention(m.start(), m.end(), Period(m.group("ya"), year_b, text), False)
            )
        elif m.group("ys"):
            start = _point(m.group("ys"), m.group("ms"))
            out.append(_PeriodMention(m.start(), m.end(), Period(start, None, text), False))
        elif m.group("yc"):
            if m.group("yd") < m.group("yc"):
                continue
            out.append(
                _PeriodMention(
                    m.start(), m.end(), Period(m.group("yc"), m.group("yd"), text), False
                )
            )
        elif m.group("yp"):
            first, last = _PART_MONTHS[m.group("part").split()[0] + m.group("part")[-1]]
            year = m.group("yp")
            period = Period(f"{year}-{first:02d}", f"{year}-{last:02d}", text)
            out.append(_PeriodMention(m.start(), m.end(), period, True))
        elif m.group("yi"):
            point = _point(m.group("yi"), m.group("mi"))
            out.append(_PeriodMention(m.start(), m.end(), Period(point, point, text), True))
        elif m.group("yu"):
            end = _point(m.group("yu"), m.group("mu"))
            out.append(_PeriodMention(m.start(), m.end(), Period(None, end, text), True))
    return out


def _source(sentence: str) -> tuple[str, int, int] | None:
    for stem in _SOURCE_STEMS:
        if stem in sentence:
            break
    else:
        return None  # every source cue holds one of the stems
    for m in _SOURCE.finditer(sentence, timeout=REGEX_TIMEOUT):
        name = m.group("name").rstrip(".,;:")
        if name.endswith(("'s", "\u2019s")):  # "the Kiel Institute's" (no line end in a name)
            name = name[:-2]
        # cut at a comma-free trailing location: "Kiel Institute in Germany" is
        # not matched by the capitalised run, which stops at "in"
        if (
            _ORG_WORD.search(name, timeout=REGEX_TIMEOUT)
            or _ACRONYM.fullmatch(name, timeout=REGEX_TIMEOUT)
            or name in ORGANISATIONS
        ):
            return name, m.start(), m.end()
    return None


#: The last word of :data:`_RECIPIENT_BEFORE`'s matches, lower case: "to", "for", a giving
#: verb (the stems take any ending), or "the" after "to"/"for", or "of"/"in" after
#: "government".
_TO_WORDS = frozenset(["to", "for", "into", "towards", "toward"])
_GIVING_WORDS = frozenset(
    [
        "give",
        "gives",
        "gave",
        "giving",
        "given",
        "send",
        "sends",
        "sent",
        "sending",
        "supply",
        "supplies",
        "supplied",
        "supplying",
        "lend",
        "lends",
        "lent",
        "arm",
        "arms",
        "arming",
        "armed",
        "back",
        "backing",
        "backed",
        "aid",
        "aided",
        "aiding",
    ]
)
_GIVING_STEMS = (
    "provid",
    "offer",
    "promis",
    "pledg",
    "grant",
    "hand",
    "help",
    "support",
    "assist",
    "equip",
)


def _recipient_before(before: str, low: str | None) -> bool:
    """Whether *before* ends with "to", "for" or a giving verb (``_RECIPIENT_BEFORE``).

    *before* ends in white space (as every match does); *low* is its lower
    case when it is plain ASCII, else None. The last words are looked at
    first where they are plain ASCII (no character the case-blind pattern
    folds to an ASCII letter): the names that have none of these words before
    them need no pattern, which, tried backwards with its many endings, costs
    microseconds each time it fails.
    """
    if low is not None:  # lower case is exactly what the case-blind pattern reads
        words = low.rsplit(None, 2)
    else:  # only the last two words are read: so they may be, when plain ASCII
        words = before.rsplit(None, 2)
        if words and not (words[-1].isascii() and (len(words) == 1 or words[-2].isascii())):
            return _RECIPIENT_BEFORE.match(before) is not None
        words = before.lower().rsplit(None, 2)  # the same words, lower case
    if not words:
        return False
    last = words[-1]
    if not (last[-1].isalnum() or last[-1] == "_"):
        return False  # a match's last word ends right before the white space
    if last.isalpha():  # the word itself, nothing glued to it
        if last == "the" or last in ("of", "in"):
            prev = words[-2] if len(words) > 1 else ""
            if prev.isalpha() and prev not in (_TO_WORDS if last == "the" else ("government",)):
                return False
        elif not (last in _TO_WORDS or last in _GIVING_WORDS or last.startswith(_GIVING_STEMS)):
            return False
        elif before[-1] == " " and not before[-2].isspace():
            return True  # the word itself, then one space: the pattern matches
    return _RECIPIENT_BEFORE.match(before) is not None


#: The helping verbs a match of :data:`_RECIPIENT_AFTER` may begin with: such a match goes
#: on with another word it may begin with, "been" ("has been given"), or "to", "set" or
#: "due" ("is set to").
_HELPING = ("has", "have", "had", "will", "would", "could", "did", "is", "was")
#: The words a match of :data:`_RECIPIENT_AFTER` may begin with, lower case: a helping
#: verb, "also", or a verb of receiving.
_RECEIVING_FIRST = (*_HELPING, "also", *_RECEIVING_STEMS)
_RECEIVING_SECOND = (*_RECEIVING_FIRST, "been", "to", "set", "due")


def _receiving_after(after: str) -> bool:
    """Whether *after* begins with a verb of receiving (``_RECIPIENT_AFTER``).

    The first words are looked at first where they are plain ASCII: only
    ones that may begin such a verb phrase are given to the pattern.
    """
    if not after[:1].isspace():
        return False  # every match begins with white space
    words = after.split(None, 2)
    if not words:
        return False
    first = words[0]
    if first.isascii():
        first = first.lower()
        if not first.startswith(_RECEIVING_FIRST):
            return False
        if first in _HELPING:  # the whole word: the phrase goes on after it
            second = words[1] if len(words) > 1 else ""
            if second.isascii() and not second.lower().startswith(_RECEIVING_SECOND):
                return False
    return _RECIPIENT_AFTER.match(after) is not None


#: The characters other than ASCII letters that the case-blind patterns read as
#: ASCII letters: DOTTED CAPITAL I ("i"), KELVIN SIGN ("k") and LONG S ("s").
_FOLDED_TO_ASCII = frozenset("\u0130\u212a\u017f")


def _may_spend(before: str, low: str | None) -> bool:
    """Whether *before* may hold the "spend" that ``_SPEND_ON`` reads (*low*: as in _receives)."""
    if low is None:
        return "spen" in before.lower() or "\u017f" in before
    return "spen" in low


#: The words ``_POSSESSIVE_OF_BACKERS`` ends with, lower case.
_BACKERS = ("allies", "ally", "partner", "backer", "supporter", "donor", "friends")


def _possessive_of_backers(after: str) -> bool:
    """Whether *after* reads "'s allies" (``_POSSESSIVE_OF_BACKERS``).

    *after* begins with an apostrophe. The pattern is tried only where one of
    its last words stands in it (or a character it folds to an ASCII letter).
    """
    low = after.lower()
    if not any(word in low for word in _BACKERS) and (
        after.isascii() or _FOLDED_TO_ASCII.isdisjoint(after)
    ):
        return False
    return _POSSESSIVE_OF_BACKERS.match(after) is not None


def _receives(before: str, after: str) -> bool:
    """Whether the windows around a name read it as receiving.

    It is named after "to"/"for"/a giving verb, or before a verb of receiving,
    or after "spend ... on". The patterns that read *before* run backwards and
    end it (``$``), so they are matched at its end rather than searched.
    """
    if before[-1:].isspace():  # every pattern on *before* ends in white space
        low = before.lower() if before.isascii() else None
        if _recipient_before(before, low) or (
            _may_spend(before, low) and _SPEND_ON.match(before) is not None
        ):
            return True
    return _receiving_after(after)


def _role(block_text: str, m_start: int, m_end: int, demonym: bool, lo: int, hi: int) -> str | None:
    """The role of the name at ``[m_start, m_end)`` read within ``block_text[lo:hi]``.

    The context windows are cut at *lo* and *hi* and are at most 60 characters
    long, so their patterns run without a timeout. None: a nationality word
    that names no actor here. Each pattern is tried only where the first
    character it needs stands (white space, a comma, an apostrophe); the
    patterns that read *before* run backwards from its end (``$``), so they
    are matched there rather than searched.
    """
    before = block_text[max(lo, m_start - 40) : m_start]
    after = block_text[m_end : min(hi, m_end + 60)]
    first = after[:1]
    spaced = before[-1:].isspace()  # every pattern on *before* ends in white space
    led = first == "-"  # "Czech-led", "G7-backed": ACTOR allows no other
    if (
        demonym
        and not led
        and not ((first == "," or first.isspace()) and _DEMONYM_AID.match(after))
        and not (spaced and _DEMONYM_RECIPIENT.match(before))
    ):
        return None
    if not demonym and first.isspace() and _MODIFIER_OF.match(after):
        return "excluded"
    if first == "," and spaced and _APPOSITION_BEFORE.match(before):
        return "excluded"  # "Britain, one of Kyiv's closest allies, pledged": Britain gives
    if first in ("'", "\u2019") and _possessive_of_backers(after):
        return "recipient"
    if spaced and _DONOR_MARKER_BEFORE.match(before):
        return "donor-marked"
    if led:  # "thanks to the Czech-led initiative": the leader gives
        return "candidate"
    if _receives(before, after):
        return "recipient"
    if spaced and _EXCLUDED_BEFORE.match(before) and not _GOVERNMENT_IN.match(before):
        return "excluded"
    return "candidate"


def _is_recipient(
    block_text: str, m_start: int, m_end: int, demonym: bool, lo: int, hi: int
) -> bool:
    """Whether :func:`_role` reads the name as a recipient, with fewer pattern calls.

    A recipient is named with "'s allies", or after "to"/"for"/a giving verb,
    or before a verb of receiving, or after "spend ... on"; a name with none of
    these is no recipient, whatever else its windows say.
    """
    before = block_text[max(lo, m_start - 40) : m_start]
    after = block_text[m_end : min(hi, m_end + 60)]
    if not (after[:1] in ("'", "\u2019") and _possessive_of_backers(after)):
        if after.startswith("-"):
            return False  # "Czech-led": a leader, or no actor
        if not _receives(before, after):
            return False
    return _role(block_text, m_start, m_end, demonym, lo, hi) == "recipient"


#: Not read yet.
_UNREAD = "?"


class _BlockActors:
    """Every actor named in a block, found once for all of its sentences.

    The role each name has with windows reaching across the block, and its
    canonical name, are read when first asked: most are asked only whether
    they name a recipient (for the article's usual recipient), or not at all.
    """

    __slots__ = ("matches", "roles", "starts", "text")

    def __init__(self, block_text: str) -> None:
        self.text = block_text
        self.matches = find_actors(block_text, REGEX_TIMEOUT)  # offsets into the block's text
        self.starts = [m.start for m in self.matches]
        self.roles: list[str | None] = [_UNREAD] * len(self.matches)

    def name(self, k: int) -> str:
        """The canonical name of name *k*."""
        m = self.matches[k]
        return canonical(self.text[m.start : m.end])

    def role(self, k: int) -> str | None:
        """The role of name *k*, read with windows reaching across the block."""
        role = self.roles[k]
        if role == _UNREAD:
            m = self.matches[k]
            role = self.roles[k] = _role(
                self.text, m.start, m.end, m.kind == "demonym", 0, len(self.text)
            )
        return role

    def recipients(self) -> list[str]:
        """The names read as recipients, in order."""
        out: list[str] = []
        n = len(self.text)
        for k, m in enumerate(self.matches):
            role = self.roles[k]
            if role == _UNREAD:
                if _is_recipient(self.text, m.start, m.end, m.kind == "demonym", 0, n):
                    out.append(self.name(k))
            elif role == "recipient":
                out.append(self.name(k))
        return out


def _actors(
    block_text: str,
    found: _BlockActors,
    lo: int,
    hi: int,
    source_span: tuple[int, int] | None,
) -> list[_Actor]:
    """Actors of the sentence ``block_text[lo:hi]`` (offsets into it), each with its role.

    A name whose context windows lie inside the sentence (or end where the block
    does) keeps the role read for the block; one near the sentence's other ends is
    read again, the windows cut at them.
    """
    out: list[_Actor] = []
    matches = found.matches
    n = len(block_text)
    for k in range(bisect_left(found.starts, lo), bisect_left(found.starts, hi)):
        m = matches[k]
        if m.end > hi:
            continue
        if (m.start - 40 >= lo or lo == 0) and (m.end + 60 <= hi or hi == n):
            role = found.role(k)  # the same windows as the block's
        else:
            role = _role(block_text, m.start, m.end, m.kind == "demonym", lo, hi)
        if role is None:
            continue
        start = m.start - lo
        if source_span is not None and source_span[0] <= start < source_span[1]:
            role = "excluded"
        out.append(_Actor(found.name(k), start, m.end - lo, role))
    return out


class _Clause:
    """What one clause of a sentence says, read once for all of its amounts.

    Offsets are into the sentence. Lists are sorted by position, so each
    amount finds its nearest cue by bisection: a sentence with thousands of
    amounts stays linear. What only some amounts ask (counted people, verbs of
    firing, category and status cues) is read when first asked.
    """

    def __init__(
        self,
        sentence: str,
        low: str | None,
        beginnings: frozenset[bytes],
        lo: int,
        hi: int,
        actors: list[_Actor],
        periods: list[_PeriodMention],
        aid_cue: bool,
    ) -> None:
        text = self.text = sentence[lo:hi]
        low = self.low = low[lo:hi] if low is not None else None
        self.beginnings = beginnings  # the sentence's
        self.lo, self.hi = lo, hi
        self.aid_cue = aid_cue
        inside = [a for a in actors if lo <= a.start < hi]
        has_recipient = any(a.role == "recipient" for a in inside)
        self._hostile_outside: bool | None = None
        self.has_recipient = has_recipient
        self.not_aid = (
            any(not _in_a_name(text, m) for m in _NOT_AID_AT.finditer(text, low, beginnings))
            and not (has_recipient and _AID_NOUN_AT.search(text, low, beginnings))
        ) or (_WEAK_NOT_AID_AT.search(text, low, beginnings) and not has_recipient)
        self.has_candidate = any(a.role == "candidate" for a in inside)
        candidates = [a for a in inside if a.role in ("candidate", "donor-marked")]
        self.candidate_starts = [a.start for a in candidates]
        self.candidate_names = [a.name for a in candidates]
        self.candidate_ends = [a.end for a in candidates]
        marked = [a for a in inside if a.role == "donor-marked"]
        self.marked_starts = [a.start for a in marked]
        self.marked_names = [a.name for a in marked]
        self.periods = [p for p in periods if lo <= p.start < hi]
        self.period_starts = [p.start for p in self.periods]

    @cached_property
    def counts_people(self) -> bool:
        """Whether the clause counts people or things ("refugees", "km")."""
        return _COUNTED_NOUNS_AT.search(self.text, self.low, self.beginnings)

    @cached_property
    def hostile(self) -> list[tuple[int, int, bool]]:
        """Verbs of firing, losing, making or buying: (start, end, violent).

        Positions, so that the materiel's own name ("attack drones",
        "interceptors") is no verb of firing.
        """
        return [
            (m.start() + self.lo, m.end() + self.lo, m.group("violent") is not None)
            for m in _HOSTILE_AT.finditer(self.text, self.low, self.beginnings)
        ]

    def _named_cues(self, pattern: _Anchored) -> list[tuple[int, int, str]]:
        """The matches of *pattern* in the sentence: (start, end, the name of its group)."""
        return [
            (m.start() + self.lo, m.end() + self.lo, m.lastgroup or "")
            for m in pattern.finditer(self.text, self.low, self.beginnings)
        ]

    @cached_property
    def categories(self) -> list[tuple[int, int, str]]:
        """Category cues ("military aid", "loans"): (start, end, category)."""
        return self._named_cues(_CATEGORY_AT)

    @cached_property
    def category_starts(self) -> list[int]:
        return [c[0] for c in self.categories]

    @cached_property
    def status(self) -> list[tuple[int, int, str]]:
        """Status cues ("pledged", "delivered"): (start, end, status)."""
        return self._named_cues(_STATUS_AT)

    @cached_property
    def status_starts(self) -> list[int]:
        return [c[0] for c in self.status]

    @cached_property
    def status_ends(self) -> list[int]:
        return [c[1] for c in self.status]

    def has_candidate_before(self, pos: int) -> bool:
        return bisect_left(self.candidate_starts, pos) > 0

    def hostile_outside(self, spans: Sequence[tuple[int, int]]) -> bool:
        """A verb of firing, losing, making or buying outside the amounts' own words.

        *spans* are the sentence's counted amounts, sorted and the same for each
        call, so the answer is worked out once. A verb of making right after a
        count modifies it ("drones produced in Ukraine").
        """
        if self._hostile_outside is None:
            starts = [a_lo for a_lo, _ in spans]
            outside = False
            for h_lo, h_hi, violent in self.hostile:
                k = bisect_right(starts, h_lo) - 1
                if k >= 0:
                    a_hi = spans[k][1]
                    if h_hi <= a_hi or (not violent and h_lo <= a_hi + 2):
                        continue
                outside = True
                break
            self._hostile_outside = outside
        return self._hostile_outside


def _nearest_sorted(
    items: Sequence[tuple[int, int, str]],
    starts: Sequence[int],
    lo: int,
    hi: int,
    skip: str | None = None,
) -> str | None:
    """The value of the item nearest to ``[lo, hi)``; ties go to the one before."""
    i = bisect_left(starts, lo)
    best: str | None = None
    best_d = 10**9
    for j in range(i - 1, max(-1, i - 6), -1):
        start, end, value = items[j]
        if value == skip:
            continue
        best, best_d = value, (lo - end if end <= lo else 0)
        break
    for j in range(i, min(len(items), i + 5)):
        start, end, value = items[j]
        if value == skip:
            continue
        if max(0, start - hi) < best_d:
            best = value
        break
    return best


def _may_break(sentence: str) -> bool:
    """Whether :data:`_CLAUSE_BREAK` may match in *sentence*.

    Each of its breaks is a semicolon, or a word or dash standing between
    white space (", and" only after a comma); ``str.split`` cuts at all white
    space, so the words between are looked up at once.
    """
    if ";" in sentence:
        return True
    words = sentence.split()
    if not _BREAK_WORDS.isdisjoint(words):
        return True
    # ", and" before a capital: "and" right after a word that ends with a comma
    return "and" in words and any(
        word == "and" and words[k - 1].endswith(",") for k, word in enumerate(words) if k
    )


class _Sentence:
    """One sentence: its actors, periods, source and clauses, read once."""

    def __init__(
        self, block: Block, matches: _BlockActors, cues: _Cues, s_lo: int, s_hi: int
    ) -> None:
        self.start = block.span.start + s_lo
        self.cues = cues
        self.text = block.text[s_lo:s_hi]
        # lower case for the literal look before a case-blind pattern; None where
        # case-blind matching is more than lower case
        self.low = _case_blind_lower(self.text)
        self.beginnings = _beginnings(self.low) if self.low is not None else frozenset()
        source = _source(self.text)
        self.source = source[0] if source else None
        source_span = (source[1], source[2]) if source else None
        # actors in sentence offsets
        self.actors = _actors(block.text, matches, s_lo, s_hi, source_span)
        self.actor_starts = [a.start for a in self.actors]
        self.periods = _periods(self.text)
        self.period_starts = [p.start for p in self.periods]
        self.aid_cue = cues.within(self.start, block.span.start + s_hi)
        recipients = [(a.start, a.end, a.name) for a in self.actors if a.role == "recipient"]
        self.recipients = recipients
        self.recipient_starts = [r[0] for r in recipients]
        breaks = (
            [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(self.text, timeout=REGEX_TIMEOUT)]
            if _may_break(self.text)
            else []
        )
        self.break_starts = [b[0] for b in breaks]
        self.break_ends = [b[1] for b in breaks]
        # "while", "but" ...: the clause after speaks of another giver
        self.contrast_starts = [
            lo for lo, hi in breaks if self.text[lo:hi].strip(" ,\t\n").lower() in _CONTRAST
        ]
        self._clauses: dict[tuple[int, int], _Clause] = {}
        self._first_person: bool | None = None
        self._possessive: list[_Actor] | None = None
        self._side: str | None = None  # "": no side

    def clause(self, a_lo: int, a_hi: int) -> _Clause:
        """The clause around ``[a_lo, a_hi)`` (sentence offsets)."""
        k = bisect_right(self.break_ends, a_lo)
        lo = self.break_ends[k - 1] if k > 0 else 0
        k = bisect_left(self.break_starts, a_hi)
        hi = self.break_starts[k] if k < len(self.break_starts) else len(self.text)
        key = (lo, hi)
        if key not in self._clauses:
            cue = self.cues.within(self.start + lo, self.start + hi)
            # only the clause's own actors and periods: a sentence of thousands
            # of clauses stays linear
            actors = self.actors[
                bisect_left(self.actor_starts, lo) : bisect_left(self.actor_starts, hi)
            ]
            periods = self.periods[
                bisect_left(self.period_starts, lo) : bisect_left(self.period_starts, hi)
            ]
            self._clauses[key] = _Clause(
                self.text, self.low, self.beginnings, lo, hi, actors, periods, cue
            )
        return self._clauses[key]

    def possessive_giver(self, pos: int, recipient: str | None) -> str | None:
        """The owner nearest *pos* named with "'s" ("... is Australia's largest")."""
        if self._possessive is None:
            self._possessive = [
                a
                for a in self.actors
                if a.role == "candidate"
                and _POSSESSIVE_GIVING.match(self.text, a.end, a.end + 40) is not None
            ]
        best: str | None = None
        best_d = 10**9
        for actor in self._possessive[:20]:
            d = abs(actor.start - pos)
            if d < best_d and actor.name != recipient:
                best, best_d = actor.name, d
        return best

    def first_person(self) -> bool:
        """Whether the sentence speaks as "we" or "I" (read once)."""
        if self._first_person is None:
            self._first_person = _FIRST_PERSON.search(self.text, timeout=REGEX_TIMEOUT) is not None
        return self._first_person

    def speaker_side(self) -> str | None:
        """The country a giving "we" speaks for ("said Danish Defence Minister X"), read once."""
        if self._side is None:
            side = ""
            if self.first_person() and _WE_RECEIVE.search(self.text, timeout=REGEX_TIMEOUT) is None:
                m = _SPEAKER_SIDE.search(self.text, timeout=REGEX_TIMEOUT)
                if m is not None:
                    side = canonical(m.group("side"))
            self._side = side
        return self._side or None

    def giver_before(self, lo: int, recipient: str | None) -> str | None:
        """The last giver named before clause start *lo*, across a dash or comma.

        "Germany's contribution - a package worth $1.5bn - ..." names its giver
        in the clause before; a contrast ("while", "but") puts a giver apart.
        """
        first = bisect_left(self.actor_starts, lo)
        for j in range(first - 1, max(-1, first - 20), -1):
            actor = self.actors[j]
            k = bisect_left(self.contrast_starts, actor.end)
            if k < len(self.contrast_starts) and self.contrast_starts[k] < lo:
                return None
            if actor.role == "candidate":
                return actor.name if actor.name != recipient else None
        return None

    def may_hold(self, lo: int, hi: int, stems: tuple[str, ...]) -> bool:
        """:func:`_may_hold` for the part ``[lo, hi)`` of the sentence."""
        low = self.low
        return low is None or any(low.find(stem, lo, hi) >= 0 for stem in stems)

    def punct_between(self, lo: int, hi: int) -> bool:
        text = self.text
        return (
            text.find(",", lo, hi) >= 0
            or text.find(";", lo, hi) >= 0
            or text.find(":", lo, hi) >= 0
        )


#: Between a giver and the sum that ranks it: " was second with ", ", with ", " follows at
#: about ". Only words of ranking stand before "with" or "at".
_RANKED = regex.compile(
    r"(?:[\s,]{1,5}(?:is|was|are|were|ranks?|ranked|came|comes?|follows?|followed|stands?|stood|"
    r"sits?|sat|placed|next|then|also|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|last|behind|close\s+behind|far\s+behind)){0,4}"
    r"[\s,]{1,5}(?:with|at)\s+(?:(?:about|around|roughly|some|nearly|almost|over|under|"
    r"more\s+than|less\s+than|close\s+to|just\s+over|just\s+under|an\s+estimated)\s+)?",
    regex.IGNORECASE,
)

#: What may stand between two amounts that share the period after them.
_JOINING = frozenset(["", "and", "or", "plus", "as well as"])

#: "the EUR 2.2bn Sweden has pledged": a giver named right after the amount.
_GAP_TO_GIVER = regex.compile(r"\s+(?:(?:that|which)\s+)?(?:the\s+)?")
_GIVING_AFTER = regex.compile(
    r"\s+(?:(?:has|have|had|will|would|is|are|was|were)\s+)?"
    r"(?:(?:already|also|now|so\s+far|just|since|recently)\s+)?(?:been\s+)?"
    r"(?:pledg|promis|gave\b|give|given|provid|commit|sen[dt]|deliver|allocat|earmark|offer|"
    r"donat|approv|announc|contribut|set\s+aside|put\s+up|made\s+available|suppl|grant)",
    regex.IGNORECASE,
)
#: "Ireland and Austria", "Sweden, Denmark and Finland": givers named together.
_JOINT_GAP = regex.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?")


def _giver_after(sentence: str, clause: _Clause, a_hi: int) -> str | None:
    """The giver named right after the amount with a giving verb ("EUR 2bn Sweden pledged")."""
    k = bisect_left(clause.candidate_starts, a_hi)
    if k >= len(clause.candidate_starts):
        return None
    start = clause.candidate_starts[k]
    if start - a_hi > 12 or not _GAP_TO_GIVER.fullmatch(
        sentence, a_hi, start, timeout=REGEX_TIMEOUT
    ):
        return None
    last = k
    while (
        last + 1 < len(clause.candidate_starts)
        and clause.candidate_starts[last + 1] - clause.candidate_ends[last] <= 8
        and _JOINT_GAP.fullmatch(
            sentence,
            clause.candidate_ends[last],
            clause.candidate_starts[last + 1],
            timeout=REGEX_TIMEOUT,
        )
    ):
        last += 1
    end = clause.candidate_ends[last]
    if not _GIVING_AFTER.match(sentence, end, min(len(sentence), end + 60), timeout=REGEX_TIMEOUT):
        return None
    return _joint(sentence, clause, last)


def _marked_giver(sent: _Sentence, clause: _Clause, a_hi: int) -> str | None:
    """The giver named "from"/"by" right after the amount ("$2bn from the World Bank")."""
    k = bisect_left(clause.marked_starts, a_hi)
    if k < len(clause.marked_starts) and not sent.punct_between(a_hi, clause.marked_starts[k]):
        return clause.marked_names[k]
    return None


#: Between an amount and the owner of its aid: "$175bn in US aid", "EUR 5bn of EU money".
_OWNER_GAP = regex.compile(
    r"\s+(?:in|of)\s+(?:(?:new|additional|fresh|further|extra|promised|pledged)\s+)?(?:the\s+)?"
)


#: The aid an owner's name modifies: "US aid", "German military assistance", "EU budget
#: support" (not "Ukrainian government bonds").
_OWNED_AID = regex.compile(
    r"\s+(?:(?:military|financial|humanitarian|economic|security|defen[cs]e|budget|government|"
    r"taxpayer|emergency|direct|bilateral)\s+){0,2}"
    r"(?:aid|assistance|support|funding|funds|money|loans?|grants?|weapons|arms|help|"
    r"contributions?|donations?|packages?)\b",
    regex.IGNORECASE,
)


def _owner_after(sent: _Sentence, a_hi: int) -> str | None:
    """The owner of the aid named right after the amount ("$175bn in US military aid").

    A name after "in" is a place ("excluded"), but one that modifies an aid noun
    (``_OWNED_AID``: "US aid", "German military assistance") says whose aid the
    amount is.
    """
    m = _OWNER_GAP.match(sent.text, a_hi, min(len(sent.text), a_hi + 40), timeout=REGEX_TIMEOUT)
    if m is None:
        return None
    k = bisect_left(sent.actor_starts, m.end())
    if k >= len(sent.actor_starts) or sent.actor_starts[k] != m.end():
        return None
    actor = sent.actors[k]
    if actor.role == "recipient":
        return None
    end = actor.end
    if not _OWNED_AID.match(sent.text, end, min(len(sent.text), end + 80)):
        return None
    return actor.name


def _joint(
    sentence: str, clause: _Clause, k: int, usual: Callable[[], str | None] | None = None
) -> str:
    """The giver at candidate *k*, with those named together before it ("Ireland and Austria").

    The usual recipient (*usual* tells it, asked only when a name stands
    together with another) is no co-giver ("Spain and Ukraine signed ...").
    """
    names = [clause.candidate_names[k]]
    recipient: str | None = None
    while (
        k > 0
        and len(names) < 6
        and clause.candidate_starts[k] - clause.candidate_ends[k - 1] <= 8
        and _JOINT_GAP.fullmatch(
            sentence,
            clause.candidate_ends[k - 1],
            clause.candidate_starts[k],
            timeout=REGEX_TIMEOUT,
        )
    ):
        if usual is not None:
            recipient, usual = usual(), None
        k -= 1
        if clause.candidate_names[k] not in names and clause.candidate_names[k] != recipient:
            names.insert(0, clause.candidate_names[k])
    if names[-1] == recipient and len(names) > 1:
        names.pop()
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


class _Analyser:
    """Walks the content blocks once, keeping the context figures inherit.

    Only sentences that hold an amount are analysed. What flows from one
    sentence to the next (the latest money, the previous figure, the giver of
    the sentence just before) counts only between neighbouring sentences, so
    a block without amounts just puts its neighbours apart; its last sentence
    is read only when the next block's first figure asks for its giver.
    """

    def __init__(
        self, text: str, content: Sequence[Block], chunks: Sequence[tuple[int, int, str]]
    ) -> None:
        self.text = text
        self.content = content
        self.chunks = chunks
        self._chunk_starts = [c[0] for c in chunks]
        self._cue_fallback: dict[int, list[tuple[int, int]]] = {}
        self.amounts: list[Amount] = []
        self.figures: list[_Figure] = []
        # the latest money or counted amount, with its sentence index
        self.last_money: tuple[Amount, int] | None = None
        self.sentence_no = 0
        # the sentence before the current one, read or (block, lo, hi) to read if asked;
        # lo < 0: the block's last sentence
        self._before: _Sentence | tuple[int, int, int] | None = None
        self._before_no = -2
        self._before_giver: tuple[int, str | None] = (-2, None)  # sentence no, its giver
        self._block_actors: dict[int, _BlockActors] = {}
        self._usual_recipient: tuple[str | None] | None = None

    def cues(self, lo: int, hi: int) -> _Cues:
        """The aid cues that begin in ``[lo, hi)`` (a sentence)."""
        k = max(0, bisect_right(self._chunk_starts, lo) - 1)
        return _Cues(self.text, self.chunks, k, lo, hi, self._cue_fallback)

    def block_actors(self, b_index: int) -> _BlockActors:
        """The actors of content block *b_index*, found once."""
        found = self._block_actors.get(b_index)
        if found is None:
            found = self._block_actors[b_index] = _BlockActors(self.content[b_index].text)
        return found

    def _default_recipient(self) -> str | None:
        """The article's usual recipient, worked out when a figure first asks."""
        if self._usual_recipient is None:
            self._usual_recipient = (
                _usual_recipient([self.block_actors(i) for i in range(len(self.content))]),
            )
        return self._usual_recipient[0]

    def block(self, b_index: int, block: Block, triggers: TriggerIndex) -> None:
        base = block.span.start
        # no digit, symbol or number word: no amount
        block_triggers = triggers.of(base, block.span.end)
        found = find_amounts_at(block.text, base, block_triggers) if block_triggers else ()
        if not found:
            # only "is the money within one sentence?" is asked of sentence
            # numbers, and a block between two sentences puts them apart
            self.sentence_no += 2
            self._before, self._before_no = (b_index, -1, -1), self.sentence_no - 1
            return
        k = 0
        for s_lo, s_hi in _sentences(block.text):
            s_end = base + s_hi
            in_sentence = []
            while k < len(found) and found[k].span.start < s_end:
                in_sentence.append(found[k])
                k += 1
            if in_sentence:
                sent = _Sentence(
                    block,
                    self.block_actors(b_index),
                    self.cues(base + s_lo, base + s_hi),
                    s_lo,
                    s_hi,
                )
                self.sentence(b_index, sent, in_sentence, base)
                self._before = sent
            else:
                self._before = (b_index, s_lo, s_hi)
            self._before_no = self.sentence_no
            self.sentence_no += 1

    def context_donor(self) -> str | None:
        """The giver named in the sentence just before, when that one is about aid."""
        before = self._before
        if before is None or self._before_no != self.sentence_no - 1:
            return None
        if self._before_giver[0] == self._before_no:  # read once for all figures asking
            return self._before_giver[1]
        if isinstance(before, _Sentence):
            actors = before.actors if before.aid_cue else []
        else:
            b_index, s_lo, s_hi = before
            block = self.content[b_index]
            if s_lo < 0:
                s_lo, s_hi = _sentences(block.text)[-1]
            base = block.span.start
            actors = []
            if self.cues(base + s_lo, base + s_hi).within(base + s_lo, base + s_hi):
                source = _source(block.text[s_lo:s_hi])
                source_span = (source[1], source[2]) if source else None
                actors = _actors(block.text, self.block_actors(b_index), s_lo, s_hi, source_span)
        giver = next(
            (a.name for a in reversed(actors) if a.role in ("candidate", "donor-marked")), None
        )
        self._before_giver = (self._before_no, giver)
        return giver

    def sentence(
        self, b_index: int, sent: _Sentence, amounts: list[Amount], block_start: int = 0
    ) -> None:
        counted = [
            (a.span.start - sent.start, a.span.end - sent.start)
            for a in amounts
            if a.unit is not None
        ]
        period_stops = self._period_stops(sent, amounts)
        for amount, period_stop in zip(amounts, period_stops, strict=True):
            bare = amount.currency is None and amount.unit is None
            a_lo, a_hi = amount.span.start - sent.start, amount.span.end - sent.start
            clause = sent.clause(a_lo, a_hi)
            # "300,000 have arrived": a count with no scale word is never money
            unscaled = (
                bare
                and _DIGITS_ONLY.fullmatch(
                    self.text, amount.span.start, amount.span.end, timeout=REGEX_TIMEOUT
                )
                is not None
            )
            if bare and not clause.counts_people:
                amount = self._inherit_currency(amount, units_only=unscaled)
                if (
                    amount.currency is None
                    and amount.unit is None
                    and clause.aid_cue
                    and not clause.not_aid
                ):
                    amount = self._inherit_materiel(amount, block_start)
            self.amounts.append(amount)
            if self._requested(sent, max(clause.lo, a_lo - 80), a_lo):
                self._remember_money(amount)  # asked for, not given
                continue
            previous = self.figures[-1] if self.figures else None
            inherited = False
            if bare and amount.unit is not None:
                # a count whose unit was named before: counted materiel, which
                # needs its own giving verb and no verb of firing or buying
                if (
                    clause.not_aid
                    or not clause.aid_cue
                    or clause.hostile_outside(counted)
                    or clause.counts_people
                ):
                    self._remember_money(amount)
                    continue
                inherited = (
                    previous is not None
                    and self.sentence_no - previous.sentence <= 1
                    and previous.figure.unit is not None
                )
            elif bare:
                if (
                    unscaled
                    or previous is None
                    or self.sentence_no - previous.sentence > 1
                    or (amount.currency is None and previous.figure.currency is None)
                    or clause.not_aid
                    or clause.counts_people
                    or not (clause.has_candidate_before(a_lo) or clause.aid_cue)
                ):
                    self._remember_money(amount)
                    continue
                inherited = True
            elif (
                amount.unit is None
                and not sent.aid_cue
                and not clause.not_aid
                and self._ranked(sent, clause, a_lo, previous)
            ):
                inherited = True  # "Britain was second with 14.2 billion pounds"
            elif (
                (clause.not_aid and not self._spent_on(sent, a_hi))
                or not (
                    clause.aid_cue
                    if amount.unit is not None
                    else sent.aid_cue
                    or clause.has_recipient
                    or _marked_giver(sent, clause, a_hi) is not None
                )
                or (amount.unit is not None and clause.hostile_outside(counted))
                or self._budget_value(sent, max(clause.lo, a_lo - 120), a_lo)
            ):
                self._remember_money(amount)
                continue
            figure = self._figure(amount, sent, clause, b_index, previous, inherited, period_stop)
            self.figures.append(_Figure(figure, b_index, self.sentence_no))
            self._remember_money(amount)

    def _ranked(
        self, sent: _Sentence, clause: _Clause, a_lo: int, previous: _Figure | None
    ) -> bool:
        """Whether a sum with no aid cue ranks a giver after an aid figure just before.

        "The US led with $67bn in military aid. Britain was second with 14.2
        billion pounds": a giver named before the sum in its clause with only words
        of ranking and "with" or "at" between, and an aid figure in this sentence
        or the one before.
        """
        if previous is None or self.sentence_no - previous.sentence > 1:
            return False
        k = bisect_left(clause.candidate_starts, a_lo)
        if k == 0:
            return False
        end = clause.candidate_ends[k - 1]
        return a_lo - end <= 60 and _RANKED.fullmatch(sent.text, end, a_lo) is not None

    def _period_stops(self, sent: _Sentence, amounts: Sequence[Amount]) -> list[int]:
        """For each amount, where a period after it stops being its own (sentence offsets).

        That is the next amount, unless only "and", "or" or a comma stand between
        them: "100 tanks and 40 vehicles in 2023" share their year, "EUR 3bn this
        year, after EUR 2.1bn in 2023" do not.
        """
        stops = [len(sent.text)] * len(amounts)
        for k in range(len(amounts) - 2, -1, -1):
            here, after = amounts[k].span.end, amounts[k + 1].span.start
            gap = self.text[here:after].strip(" ,").lower() if after - here < 12 else "-"
            stops[k] = stops[k + 1] if gap in _JOINING else after - sent.start
        return stops

    @staticmethod
    def _budget_value(sent: _Sentence, lo: int, a_lo: int) -> bool:
        """Whether ``[lo, a_lo)`` ends naming a country's own budget ("defence budget of")."""
        return (
            sent.may_hold(lo, a_lo, _BUDGET_VALUE_STEMS)
            and _BUDGET_VALUE.search(sent.text, lo, a_lo, timeout=REGEX_TIMEOUT) is not None
        )

    @staticmethod
    def _buys_materiel(sent: _Sentence, a_lo: int, a_hi: int) -> bool:
        """Whether the money is spent on weapons named right after or before it.

        "EUR 500m to buy Patriot missiles", "$2bn for air defence", "shells worth $250m".
        """
        text = sent.text
        after = min(len(text), a_hi + 90)
        before = max(0, a_lo - 60)
        return (
            sent.may_hold(a_hi, after, _MILITARY_MATERIEL_STEMS)
            and _MATERIEL_AFTER.match(text, a_hi, after, timeout=REGEX_TIMEOUT) is not None
        ) or (
            sent.may_hold(before, a_lo, ("worth", "valued"))
            and _MATERIEL_WORTH_BEFORE.search(text, before, a_lo, timeout=REGEX_TIMEOUT) is not None
        )

    @staticmethod
    def _requested(sent: _Sentence, lo: int, a_lo: int) -> bool:
        """Whether ``[lo, a_lo)`` ends asking for the amount ("Kyiv needs", "asked for")."""
        return (
            sent.may_hold(lo, a_lo, _REQUESTED_STEMS)
            and _REQUESTED_BEFORE.search(sent.text, lo, a_lo, timeout=REGEX_TIMEOUT) is not None
        )

    @staticmethod
    def _spent_on(sent: _Sentence, a_hi: int) -> bool:
        """Money spent on a recipient ("spend EUR 11.5bn on Ukraine") is aid to it."""
        m = _SPENT_ON_AFTER.match(
            sent.text, a_hi, min(len(sent.text), a_hi + 40), timeout=REGEX_TIMEOUT
        )
        if m is None:
            return False
        k = bisect_left(sent.recipient_starts, m.end())
        return k < len(sent.recipient_starts) and sent.recipient_starts[k] == m.end()

    def _remember_money(self, amount: Amount) -> None:
        if amount.currency is not None or amount.unit is not None:
            self.last_money = (amount, self.sentence_no)

    def _inherit_currency(self, amount: Amount, *, units_only: bool = False) -> Amount:
        """A bare number takes the currency, or the counted unit, of the amount before.

        "more than 2.3 million" after "450,000 artillery shells" in this or the
        sentence before counts artillery shells.
        """
        if amount.currency is not None or amount.unit is not None or self.last_money is None:
            return amount
        money, sentence_no = self.last_money
        if self.sentence_no - sentence_no > 1 or (units_only and money.unit is None):
            return amount
        return attrs.evolve(amount, currency=money.currency, unit=money.unit)

    def _inherit_materiel(self, amount: Amount, block_start: int) -> Amount:
        """A bare number after materiel named without a number counts that materiel.

        "Shells are the bottleneck. The scheme has delivered more than 2.3
        million" counts shells. Only the text just before, in the same block, is read.
        """
        lo = max(block_start, amount.span.start - 250)
        last = None
        for m in _MATERIEL_BEFORE.finditer(self.text, lo, amount.span.start, timeout=REGEX_TIMEOUT):
            last = m
        if last is None:
            return amount
        return attrs.evolve(amount, unit=last.group().lower())

    def _figure(
        self,
        amount: Amount,
        sent: _Sentence,
        clause: _Clause,
        b_index: int,
        previous: _Figure | None,
        inherited: bool,
        period_stop: int,
    ) -> AidFigure:
        a_lo, a_hi = amount.span.start - sent.start, amount.span.end - sent.start
        # donor: named "from"/"by" right after the amount, else the last candidate before it
        donor = _marked_giver(sent, clause, a_hi)
        if donor is None:
            donor = _owner_after(sent, a_hi)
        if donor is None:
            donor = _giver_after(sent.text, clause, a_hi)
        if donor is None:
            k = bisect_left(clause.candidate_starts, a_lo)
            if k > 0:
                donor = _joint(sent.text, clause, k - 1, self._default_recipient)
        # recipient: the nearest in the sentence, else the previous figure's
        recipient = _nearest_sorted(sent.recipients, sent.recipient_starts, a_lo, a_hi, donor)
        if recipient is None and previous is not None:
            recipient = previous.figure.recipient
        if recipient is None and self._default_recipient() != donor:
            recipient = self._default_recipient()
        if recipient is not None and recipient == donor:
            donor = None
        # no giver in the clause: the previous figure's (for a bare number), else
        # the giver named in the sentence about aid just before
        if donor is None and inherited and previous is not None:
            donor = previous.figure.donor
        if donor is None and not clause.has_candidate:
            donor = sent.giver_before(clause.lo, recipient)
        if donor is None and not inherited:
            donor = sent.possessive_giver(a_lo, recipient)
        if donor is None and sent.speaker_side() is not None:
            donor = sent.speaker_side() if sent.speaker_side() != recipient else None
        if donor is None and not clause.has_candidate and not sent.first_person():
            context = self.context_donor()
            if context != recipient:
                donor = context
        period = self._period(clause, a_lo, a_hi, previous, period_stop)
        # rate
        rate: str | None = None
        w_lo, w_hi = max(clause.lo, a_lo - 25), min(clause.hi, a_hi + 60)
        if sent.may_hold(w_lo, w_hi, _RATE_STEMS):
            rm = _RATE.search(sent.text[w_lo:w_hi], timeout=REGEX_TIMEOUT)
            if rm is not None:
                rate = "year" if rm.group("year") else "month"
        # category
        # (materiel counted or bought is military, whatever a cue further off says; a count is
        # never money: "lent Ukraine 10 tanks")
        cat_name = _nearest_sorted(clause.categories, clause.category_starts, a_lo, a_hi)
        category = AidCategory(cat_name) if cat_name else None
        if (amount.unit is not None and category is not AidCategory.HUMANITARIAN) or (
            amount.currency is not None
            and category is not AidCategory.MILITARY
            and self._buys_materiel(sent, a_lo, a_hi)
        ):
            category = AidCategory.MILITARY
        # status: the nearest cue before the amount, else the first after it
        status: AidStatus | None = None
        k = bisect_right(clause.status_ends, a_lo)
        if k > 0:
            status = AidStatus(clause.status[k - 1][2])
        else:
            k = bisect_left(clause.status_starts, a_hi)
            if k < len(clause.status):
                status = AidStatus(clause.status[k][2])
        # source: this sentence's, else the previous figure's in this or the block before
        source = sent.source
        if (
            source is None
            and previous is not None
            and previous.figure.source is not None
            and b_index - previous.block <= 1
        ):
            source = previous.figure.source
        currency = amount.currency
        if inherited and previous is not None:
            if amount.unit is None:
                currency = currency or previous.figure.currency
            category = category or previous.figure.category
            source = source or previous.figure.source
        return AidFigure(
            amount=amount.value,
            currency=currency,
            unit=amount.unit,
            converted=amount.converted,
            donor=donor,
            recipient=recipient,
            period=period,
            rate=rate,
            approximate=amount.approximate,
            category=category,
            status=status,
            source=source,
            span=amount.span,
            qualifier=amount.qualifier,
            low=amount.low,
            high=amount.high,
        )

    @staticmethod
    def _period(
        clause: _Clause, a_lo: int, a_hi: int, previous: _Figure | None, next_lo: int
    ) -> Period | None:
        """The period mentioned nearest the amount in its clause.

        A period after the amount is not read past the next money amount (at
        *next_lo*): "EUR 3bn this year, after EUR 2.1bn in 2023" dates only the second.
        """
        i = bisect_left(clause.period_starts, a_lo)
        best: _PeriodMention | None = None
        best_d = 10**9
        for j in range(i - 1, max(-1, i - 6), -1):
            mention = clause.periods[j]
            if mention.after_only:
                continue
            best, best_d = mention, (a_lo - mention.end if mention.end <= a_lo else 0)
            break
        for j in range(i, min(len(clause.periods), i + 5)):
            mention = clause.periods[j]
            if mention.after_only and mention.start < a_hi:
                continue
            if mention.start >= next_lo:
                break
            if max(0, mention.start - a_hi) < best_d:
                best = mention
            break
        if best is None:
            return None
        if best.period is None:  # "over the same period"
            return previous.figure.period if previous is not None else None
        return best.period


def _usual_recipient(matches: Sequence[_BlockActors]) -> str | None:
    """The actor the article most often names as receiving ("aid to Ukraine")."""
    counts: dict[str, int] = {}
    for found in matches:
        for name in found.recipients():
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda name: counts[name])


def find_aid(
    text: str, blocks: Sequence[Block], people: PeopleIndex
) -> tuple[tuple[Amount, ...], tuple[AidFigure, ...]]:
    """Return ``(amounts, aid_figures)`` of the article's content blocks.

    >>> from natocorpus._records import Block, BlockRole, Span
    >>> text = "Norway pledged 2 billion euros ($2.2 billion) in military aid to Kyiv."
    >>> block = Block(BlockRole.PARAGRAPH, text, Span(0, len(text)))
    >>> amounts, figures = find_aid(text, [block], PeopleIndex())
    >>> f = figures[0]
    >>> (int(f.amount), f.currency, f.donor, f.recipient, f.category.value, f.status.value)
    (2000000000, 'EUR', 'Norway', 'Ukraine', 'military', 'pledged')
    """
    content = [b for b in blocks if b.role.is_content]
    chunks = list(lower_chunks(text))
    analyser = _Analyser(text, content, chunks)
    triggers = TriggerIndex(text, chunks)
    for b_index, block in enumerate(content):
        analyser.block(b_index, block, triggers)
    return tuple(analyser.amounts), tuple(f.figure for f in analyser.figures)

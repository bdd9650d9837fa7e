"""Reported interviews: the interviews an article says someone gave.

Phrasings found, sentence by sentence, in the article's own text blocks:

- "<Name> said in an interview with <Outlet> on Monday"
- "In an interview with <Outlet> on November 7, <Name> said ..."
- "..., according to an interview with the <Outlet>"
- "<Name> told <Outlet> in an interview", "<Name> told the BBC"
- "speaking to <Outlet>", "in comments to <Outlet>", "gave an interview to <Outlet>"
- "told <Journalist> of <Outlet>", "speaking to <Outlet> reporter <Journalist>"
- "<Name> was interviewed by <Interviewer>, editor of <Outlet>"
- "in remarks broadcast on <Outlet>", "sat down with <Outlet>", "asked by <Outlet> whether",
  "said on <Outlet>"
- "told the German weekly <Outlet>": after a descriptor, an outlet without a media word

The interviewer is taken from "<Outlet>'s <Name>", "<Name> of <Outlet>",
"<Name>, a reporter for <Outlet>", "<Outlet> reporter <Name>", "interviewer <Name>",
"interviewed by <Name>"; ``date_text`` is the date as written. Mentions of
one interview (same interviewee, same or unnamed outlet) are merged.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator, Sequence

import attrs
import regex

from ._guard import REGEX_TIMEOUT
from ._interview_names import (
    NAME,
    NATIONALITIES,
    OUTLET,
    SENTENCE_WORDS,
    TITLED,
    NameBook,
    clean_outlet,
    first_name_run,
    is_media,
    strip_titles,
    wordset,
)
from ._people import PeopleIndex
from ._records import Block, BlockRole, Interview, InterviewFormat, Span

__all__ = ["find_reported"]

_SOURCE_ROLES = frozenset(
    {BlockRole.PARAGRAPH, BlockRole.STANDFIRST, BlockRole.SUBTITLE, BlockRole.TITLE}
)

#: The white space between two sentences (group 1), after the mark that ends the first, which
#: is no full stop of an abbreviation ("Mr. Quill"). (The pattern opens with the mark, which
#: the engine finds faster than the white space.)
_SENTENCE = regex.compile(
    r"[.!?…]"
    r"(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Prof|Jr|Sr|No|vs|U\.S|U\.K|U\.N|E\.U|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)"
    r"[\"\u201d\u2019)]?([ \u00a0]+)"
    r"(?=[\u201c\"\u2018(]?[\p{Lu}\d])"
)
_S = r"[ \u00a0]+"
_DESCRIPTOR = (
    r"(?:(?:\p{Lu}[\p{L}\-]+|[\p{Ll}\-]+)[ \u00a0]+){0,2}(?:newspaper|daily|weekly|magazine|"
    r"broadcaster|channel|network|outlet|radio|station|television|TV|news[ \u00a0]agency|agency|"
    r"website|podcast|programme|program|show|publication|paper|tabloid)[ \u00a0]+"
)
#: "in an interview", "according to an interview", "gave an interview", "in his first interview".
_CUE = regex.compile(
    rf"\b(?P<lead>[Ii]n|[Dd]uring|[Aa]ccording{_S}to|[Gg]ave|[Gg]iving|[Gg]ranted|[Gg]iven|"
    rf"[Ff]rom|[Tt]old{_S}(?:the{_S})?(?:{_DESCRIPTOR})?(?P<told>{OUTLET}){_S}in)"
    rf"{_S}(?:an?|his|her|their|the|its|one|this|that|a{_S}recent){_S}"
    rf"(?:[\p{{L}}\-]+{_S}){{0,3}}?interviews?\b"
)
#: What follows the cue: "with the Harbour Gazette", "to CNN's Jane Doe".
_TAIL = regex.compile(
    rf"^{_S}(?P<prep>with|to|for|on){_S}(?:(?:the|a|an){_S})?(?P<desc>{_DESCRIPTOR})?"
    rf"(?P<outlet>{OUTLET})(?:(?:[\u2019']s|(?<=s[\u2019'])){_S}(?:(?:[\p{{Ll}}\-]+{_S}){{0,3}})?(?P<interviewer>{NAME}))?"
)
#: "told <Outlet>", "speaking to <Outlet>", "in comments to <Outlet>", "in remarks broadcast
#: on <Outlet>", "sat down with <Outlet>", "asked by <Outlet> whether", "said on <Outlet>"
#: (a broadcaster's programme; the outlet must look like one). A descriptor ("the Czech
#: public broadcaster") or a broadcast (group ``aired``) says that what follows is an outlet.
_TOLD = regex.compile(
    rf"\b(?P<lead>told|[Ss]peaking{_S}(?:to|on)|[Ss]poke{_S}(?:to|on)|[Tt]alking{_S}to|"
    rf"[Aa]ppearing{_S}on|[Ss]at{_S}down{_S}with|[Aa]sked{_S}by|said{_S}on|[Ii]n{_S}(?:comments|"
    rf"remarks){_S}(?:to|(?P<aired>broadcast|aired|televised){_S}(?:on|by))|"
    rf"[Tt]old{_S}reporters{_S}from){_S}(?:the{_S})?(?P<desc>{_DESCRIPTOR})?"
    rf"(?P<outlet>{OUTLET})(?:(?:[\u2019']s|(?<=s[\u2019'])){_S}(?:(?:[\p{{Ll}}\-]+{_S}){{0,3}})?(?P<interviewer>{NAME}))?"
)
#: What a journalist is called between their name and their outlet ("a reporter for").
_JOB = (
    r"(?:reporter|correspondent|editor|journalist|host|presenter|anchor|columnist|interviewer|"
    r"writer|producer|editor-in-chief)"
)
#: A journalist and their outlet, read where "told" or "speaking to" names whom:
#: "Bo Lind of the Harbour Times", "Bo Lind, a reporter for the Harbour Times",
#: "Harbour Times reporter Bo Lind" (the outlet must look like one: see ``is_media``).
_JOURNALIST = regex.compile(
    rf"(?:(?P<name>{NAME}),?{_S}(?:(?:an?|the){_S}(?:[\p{{Ll}}\-]+{_S}){{0,2}}?{_JOB}{_S})?"
    rf"(?:of|from|at|for|with){_S}(?:the{_S})?(?P<outlet>{OUTLET})"
    rf"|(?:the{_S})?(?P<outlet2>{OUTLET}){_S}{_JOB}{_S}(?P<name2>{NAME}))"
)
_INTERVIEWED_BY = regex.compile(
    rf"(?P<who>{TITLED}){_S}(?:was|has{_S}been|had{_S}been){_S}interviewed{_S}by{_S}"
    rf"(?:(?:the{_S})?(?:{_DESCRIPTOR})?)?(?P<name>{NAME})"
)
_INTERVIEWER = regex.compile(
    rf"\b(?:[Ii]nterviewer|[Ii]nterviewed{_S}by|[Aa]sked{_S}by|[Hh]ost|[Aa]nchor)"
    rf"{_S}(?P<name>{NAME})(?:,{_S}(?:the{_S}|an?{_S})?[\p{{L}}\- ]{{0,40}}?{_S}"
    rf"(?:of|at|for|from|with){_S}(?:the{_S})?(?P<outlet>{OUTLET}))?"
)
_AFTER_COMMA = regex.compile(
    rf"^,{_S}(?:(?:the|outgoing|former|then|current|new|incoming|[\p{{Ll}}\-]+){_S}){{0,3}}"
    rf"(?P<who>{TITLED})"
)
#: "The president's comments", "the defence minister": an office standing for its holder.
_OFFICE_SUBJECT = regex.compile(
    r"^(?:[Tt]he|[Tt]his|[Tt]hat)[ \u00a0]+(?:[\p{L}\-]+[ \u00a0]+){0,2}?"
    r"(?P<office>president|minister|chancellor|premier|secretary|general|admiral|ambassador|"
    r"senator|governor|mayor|chief|commander|spokesperson|spokesman|spokeswoman|envoy|"
    r"commissioner|director|chairman|chairwoman|king|queen|pope|prince)\b",
    flags=regex.IGNORECASE,
)
_PRONOUN = regex.compile(r"^(?:he|she|they|He|She|They)\b")
#: What may follow an outlet's name that a descriptor introduced ("the Czech public
#: broadcaster CT on Sunday"): the sentence's end, a mark or a preposition, not a verb
#: ("told the newspaper Ukraine needed ...": a clause, not an outlet).
_NAME_END = regex.compile(
    r"(?:$|[ \u00a0]*[,.;:)\u201d\"\u2019']|[ \u00a0]+(?:on|in|that|last|this|earlier|"
    r"about|after|before|during|while|when|for|at|and|as|from|to|with|published|aired|"
    r"broadcast|which|where)\b)"
)
#: A quotation opening the sentence, before its speaker: "\u201cWe are ready,\u201d Ann Berg
#: told ..." (double marks, or single ones closed after a comma or a stop).
_LEADING_QUOTE = regex.compile(
    r"^(?:[\u201c\"][^\u201c\u201d\"]{1,1000}[\u201d\"]|\u2018[^\n]{1,1000}?[,.!?]\u2019)"
    r"[ \u00a0]*,?[ \u00a0]*"
)

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sep\.?|Sept\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DATE_WORDS = (
    rf"(?:{_MONTHS}{_S}\d{{1,2}}(?:,?{_S}\d{{4}})?|\d{{1,2}}{_S}{_MONTHS}(?:{_S}\d{{4}})?|"
    rf"{_WEEKDAY}(?:{_S}(?:morning|afternoon|evening|night))?|today|yesterday|"
    rf"(?:last|this|earlier{_S}this){_S}(?:week|month|weekend))"
)
#: "published on Sunday by X", "aired by X".
_PUBLISHED = regex.compile(
    rf"^[^.;]{{0,60}}?\b(?:published|aired|broadcast|released|conducted)"
    rf"(?:{_S}(?:on{_S})?{_DATE_WORDS})?{_S}(?:by|on|in){_S}(?:the{_S})?(?P<outlet>{OUTLET})"
)
#: Words that are dates, not outlets ("in an interview on Sunday").
_DATE_ONLY = regex.compile(rf"^(?:{_DATE_WORDS})$")
_DATE_NEAR = regex.compile(rf"^[^;]{{0,40}}?(?:\bon{_S}|\b)(?P<date>{_DATE_WORDS})\b")
_DATE_ANY = regex.compile(rf"\b(?:[Oo]n{_S}|\b)(?P<date>{_DATE_WORDS})\b")
_FULL_DATE = regex.compile(
    rf"^(?:(?P<m1>{_MONTHS}){_S}(?P<d1>\d{{1,2}}),?{_S}(?P<y1>\d{{4}})|(?P<d2>\d{{1,2}}){_S}"
    rf"(?P<m2>{_MONTHS}){_S}(?P<y2>\d{{4}}))$"
)


@attrs.frozen
class _Mention:
    interviewee: str
    interviewer: str | None
    outlet: str | None
    date_text: str | None
    span: Span
    strong: bool = True  # the word "interview" is in the sentence


def _sentences(body: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of a block's text *body*, inside it."""
    spans = []
    start = 0
    for m in _SENTENCE.finditer(body, timeout=REGEX_TIMEOUT):
        spans.append((start, m.start(1)))
        start = m.end()
    spans.append((start, len(body)))
    return spans


#: A person after an outlet's possessive: "Jane Roe", "chief correspondent Jane Roe"; not a
#: programme ("Meet the Press", "Today programme", "60 Minutes").
_PERSON_AFTER = regex.compile(rf"(?:[\p{{Ll}}\-]+{_S}){{0,3}}{TITLED}")


def _names_no_one(first: str, words: str) -> bool:
    """Whether *words*, whose first word is *first*, cannot be a person's name: a word that
    opens sentences comes first ("But", "On Monday", "Is"), or the words are a date
    ("Sunday", "March 3").

    >>> _names_no_one("On", "On Monday"), _names_no_one("Sunday", "Sunday")
    (True, True)
    >>> _names_no_one("Ann", "Ann Berg")
    False
    """
    return (
        first.lower() in SENTENCE_WORDS
        or _DATE_ONLY.match(words, timeout=REGEX_TIMEOUT) is not None
    )


def _split_outlet(raw: str | None) -> tuple[str | None, str | None]:
    """Split "CNN's Jane Doe" or "Fox News' Jane Doe" that the outlet pattern swallowed
    into (outlet, person); the person is ``None`` where a programme's name follows (one
    that opens with a word such as "This" or "The" is no person's). An owner before a
    media name ("Italy's Corriere della Sera") is not the outlet.

    >>> _split_outlet("Fox News\u2019 Jane Roe"), _split_outlet("CBS's Face the Nation")
    (('Fox News', 'Jane Roe'), ('CBS', None))
    >>> _split_outlet("ABC's This Week"), _split_outlet("CNN's")
    (('ABC', None), ('CNN', None))
    >>> _split_outlet("Poland's Rzeczpospolita Daily")
    ('Rzeczpospolita Daily', None)
    """
    if not raw:
        return None, None
    if raw.endswith(("\u2019s", "'s")):
        raw = raw[:-2]  # "CNN's" before a programme in quotation marks: "CNN's \u201cState ..."
    for mark, kept in (("\u2019s ", 0), ("'s ", 0), ("s\u2019 ", 1), ("s' ", 1)):
        if mark in raw:
            outlet, _, rest = raw.partition(mark)
            if is_media(rest) and not is_media(outlet):
                return clean_outlet(rest), None  # "Italy's Corriere della Sera": the owner's
            shaped = _PERSON_AFTER.fullmatch(rest, timeout=REGEX_TIMEOUT) is not None
            # ("X's Sunday edition", "ABC's This Week" name no one)
            is_person = shaped and not _names_no_one(rest.split(" ", 1)[0], rest)
            return clean_outlet(outlet + mark[:kept]), strip_titles(rest) if is_person else None
    return clean_outlet(raw), None


_PROGRAMME = ("programme", "program", "show", "podcast", "series", "broadcast", "bulletin")


def _programme_at(sentence: str, pos: int) -> bool:
    """Whether the word after *pos* names a programme: then "BBC Radio 4's Today" before it
    is a programme's name, not a person's ("... Today programme")."""
    word = sentence[pos : pos + 12].lstrip(" \u00a0").split(" ", 1)[0].rstrip(",.;:")
    return word in _PROGRAMME


#: Words in lower case that open a clause (its subject or its determiner) after "told X":
#: "told the Financial Times the army ...", "told Radio Nord it would ...".
_CLAUSE_OPENERS = wordset(
    """the a an it he she they we i you his her their our its my your this that these those
    there here some many most all no none one each every both such what which who whom how
    why when where whether if as so not only nobody everyone everything nothing"""
)
#: An outlet's audience after its name: "told Fox News viewers that ...".
_AUDIENCES = wordset("viewers listeners readers audience audiences subscribers followers users")
#: Words that join the words of an outlet's name and never end it.
_JOINING = frozenset({"of", "de", "des", "der", "die", "am", "and", "&", "for", "the", "della"})


def _before_clause(outlet: str, sentence: str, end: int, marked: bool) -> str | None:
    """*outlet* without the subject of the clause that follows it without "that": "told
    the German broadcaster ZDF Ukraine would ..." swallows "Ukraine" into the name. When
    a verb follows the name (a word in lower case that opens no clause and is no adverb
    in -ly, where a mark, a preposition or a clause's first word would follow a whole
    name), the name is the
    longest part before its last word that looks like an outlet, or, after a descriptor
    (*marked*), the name before its last word. Otherwise *outlet* as it is.

    >>> _before_clause("ZDF Ukraine", "told ZDF Ukraine would", 16, False)
    'ZDF'
    >>> _before_clause("Financial Times", "told the Financial Times the army", 24, False)
    'Financial Times'
    """
    following = sentence[end : end + 24].split(None, 1)
    word = following[0] if following else ""
    words = outlet.split()
    if (
        len(words) < 2
        or not (words[-1].isalpha() and words[-1][0].isupper())  # ("BBC Radio 4 listeners")
        or not (word.isalpha() and word.islower())
        or word in _CLAUSE_OPENERS
        or word in _AUDIENCES  # "told Fox News viewers"
        or word.endswith("ly")  # "told Radio Nord recently": an adverb after a whole name
    ):
        return outlet
    for k in range(len(words) - 1, 0, -1):
        if words[k - 1].lower() in _JOINING:
            continue
        part = " ".join(words[:k])
        if is_media(part):
            return part
    if marked and words[-2].lower() not in _JOINING:
        return " ".join(words[:-1])
    return outlet


def _valid_outlet(outlet: str | None) -> str | None:
    if outlet is None:
        return None
    words = outlet.split()
    if all(w.lower() in NATIONALITIES or w.lower() in SENTENCE_WORDS for w in words):
        return None
    if _DATE_ONLY.match(outlet, timeout=REGEX_TIMEOUT):
        return None
    return outlet


def _journalist(sentence: str, pos: int, whole: bool = False) -> tuple[str, str] | None:
    """``(outlet, interviewer)`` of a journalist named at *pos* of *sentence* (see
    :data:`_JOURNALIST`), or ``None``. With *whole*, the match must run to the
    sentence's end."""
    find = _JOURNALIST.fullmatch if whole else _JOURNALIST.match
    m = find(sentence, pos, timeout=REGEX_TIMEOUT)
    if m is None:
        return None
    outlet = clean_outlet(m.group("outlet") or m.group("outlet2"))
    name = strip_titles(m.group("name") or m.group("name2"))
    if outlet is None or name is None or not is_media(outlet) or is_media(name):
        return None
    return outlet, name


def _told_before(sentence: str, cue_start: int) -> tuple[str, str] | None:
    """The journalist named by "told" right before an interview cue: "told Bo Lind of
    the Harbour Times in an interview" gives ``("Harbour Times", "Bo Lind")``."""
    lo = max(0, cue_start - 120)
    i = sentence.rfind("told ", lo, cue_start)
    if i < 0 or (i > 0 and sentence[i - 1].isalnum()):
        return None
    whom = sentence[i + 5 : cue_start].rstrip(" \u00a0,")
    return _journalist(whom, 0, whole=True)


def _date(sentence: str, after: int, memo: dict[str, str | None] | None = None) -> str | None:
    """The date right after the cue, else the sentence's first date (kept in *memo*, so
    that a long sentence with many cues is searched once)."""
    window = sentence[after : after + 80]
    m = _DATE_NEAR.match(window, timeout=REGEX_TIMEOUT)
    if m is not None:
        return m.group("date")
    if memo is not None and "any" in memo:
        return memo["any"]
    m = _DATE_ANY.search(sentence, timeout=REGEX_TIMEOUT)
    found = m.group("date") if m else None
    if memo is not None:
        memo["any"] = found
    return found


def resolve_date(date_text: str | None) -> str | None:
    """The ISO calendar date (``YYYY-MM-DD``) of *date_text* when it gives day, month and year.

    >>> resolve_date("November 7, 2025")
    '2025-11-07'
    >>> resolve_date("Monday") is None
    True
    """
    if not date_text:
        return None
    m = _FULL_DATE.match(date_text.replace("\u00a0", " "), timeout=REGEX_TIMEOUT)
    if m is None:
        return None
    month_name = (m.group("m1") or m.group("m2")).rstrip(".")[:3].lower()
    months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    try:
        day = datetime.date(
            int(m.group("y1") or m.group("y2")),
            months.index(month_name) + 1,
            int(m.group("d1") or m.group("d2")),
        )
    except ValueError:
        return None
    return day.isoformat()


def _finditer_if(
    pattern: regex.Pattern[str], sentence: str, possible: bool
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(sentence)``, or nothing when a cheap test says it cannot match."""
    return pattern.finditer(sentence, timeout=REGEX_TIMEOUT) if possible else iter(())


def _may_tell(sentence: str) -> bool:
    """Whether *sentence* holds a word every _TOLD match needs."""
    return (
        "told" in sentence
        or "Told" in sentence
        or "peaking" in sentence
        or "ppearing" in sentence
        or "poke" in sentence
        or "alking" in sentence
        or "comments" in sentence
        or "remarks" in sentence
        or "at down" in sentence
        or "sked by" in sentence
        or ("said on" in sentence and _said_on_other_than_a_date(sentence))
    )


#: Words that open a date after "said on" ("said on Monday", "said on 9 May"); an outlet's
#: name never is one of them alone.
_DATE_OPENERS = wordset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December Jan. Feb. Mar. Apr. Jun. Jul.
    Aug. Sep. Sept. Oct. Nov. Dec."""
)


def _said_on_other_than_a_date(sentence: str) -> bool:
    """Whether some "said on" in *sentence* is followed by no date: "said on Monday" and
    "said on 9 May" give _TOLD's "said on" nothing but a date, which names no outlet."""
    at = sentence.find("said on")
    while at >= 0:
        after = sentence[at + 7 : at + 40]
        if after[:1].isspace() and not _opens_with_date(after):
            return True
        at = sentence.find("said on", at + 7)
    return False


def _opens_with_date(words: str) -> bool:
    """Whether *words* open with a weekday, a month, or a day and a month ("9 May")."""
    parts = words.split(None, 2)
    first = parts[0].rstrip(",.;:") if parts else ""
    second = parts[1].rstrip(",.;:") if len(parts) > 1 else ""
    return first in _DATE_OPENERS or (first.isdigit() and second in _DATE_OPENERS)


def _may_name_interviewer(sentence: str) -> bool:
    """Whether *sentence* holds a word every _INTERVIEWER match needs."""
    return (
        "nterview" in sentence
        or "sked" in sentence
        or "host" in sentence
        or "Host" in sentence
        or "nchor" in sentence
    )


_QUOTE_OPENERS = ("\u201c", '"', "\u2018")


def _bare_name(words: str) -> bool:
    """Whether *words* are capitalised words only, and no sentence word or date opens them.

    >>> _bare_name("Marchuk"), _bare_name("On Monday"), _bare_name("Monday"), _bare_name("But")
    (True, False, False, False)
    """
    tokens = words.split()
    return (
        bool(tokens)
        and all(t[:1].isupper() for t in tokens)
        and not _names_no_one(tokens[0], words)
    )


class _Finder:
    def __init__(self, text: str, book: NameBook, people: PeopleIndex) -> None:
        self.text = text
        self.book = book
        self.people = people
        self._main_known = False
        self._main_person: str | None = None

    @property
    def _main(self) -> str | None:
        """The article's main person, looked up on first use."""
        if not self._main_known:
            self._main_person = self.book.main_person()
            self._main_known = True
        return self._main_person

    def person(self, raw: str | None) -> str | None:
        if not raw or _PRONOUN.match(raw.strip(), timeout=REGEX_TIMEOUT):
            return None
        name = strip_titles(raw)
        if name is None or _names_no_one(name.split()[0], name):  # "published on Thursday"
            return None
        return self.book.resolve(name)

    def is_person(self, raw: str) -> bool:
        """Whether an "interview with X" names a person rather than an outlet."""
        name = strip_titles(raw)
        if name is None or is_media(raw):
            return False
        known = self.people.canonical(raw)
        if known and len(known.split()) >= 2:
            return True
        if name != raw.strip() and len(name.split()) >= 2:
            return True
        resolved = self.book.resolve(name)
        return bool(self._main and resolved and resolved.split()[-1] == self._main.split()[-1])

    def subject(
        self, sentence: str, cue_start: int, cue_end: int, fallback: bool = True
    ) -> str | None:
        """Who gave the interview: the sentence's subject, or the article's main person.

        A pronoun subject is the main person; with *fallback* off, a subject
        that is neither a name nor a pronoun ("a spokesperson") gives ``None``. A
        quotation that opens the sentence is no subject ("\u201cRussia is testing us,\u201d
        Dahl told ..."); a bare name before the cue is ("Marchuk, in an interview with
        X, said ...").
        """
        before = sentence[:cue_start].strip(" \u00a0,")
        if before[:1] in _QUOTE_OPENERS:
            quote = _LEADING_QUOTE.match(before, timeout=REGEX_TIMEOUT)
            if quote is not None:
                before = before[quote.end() :]
        opening = len(before.split()) <= 2
        if opening and before and _bare_name(before):
            found = self.person(before)
            if found:
                return found
        if opening:
            # The clause after the cue's comma, or after the next one when that clause names
            # no one ("In an interview with X, published on Thursday, Holm said").
            comma = sentence.find(",", cue_end)
            for _ in range(3):
                if comma < 0:
                    break
                m = _AFTER_COMMA.match(sentence[comma:], timeout=REGEX_TIMEOUT)
                rest = sentence[comma + 1 :].lstrip()
                if _PRONOUN.match(rest, timeout=REGEX_TIMEOUT):
                    return self._main
                if m is not None:
                    found = self.person(m.group("who"))
                    if found:
                        return found
                comma = sentence.find(",", comma + 1)
        if before and not _PRONOUN.match(before, timeout=REGEX_TIMEOUT):
            found = self.person(first_name_run(before))
            if found:
                return found
            office = _OFFICE_SUBJECT.match(before, timeout=REGEX_TIMEOUT)
            if office is not None:
                found = self.book.by_office(office.group("office"))
                if found:
                    return found
            if not fallback:
                return None
        return self._main

    def mentions(self, sentence: str, span: Span) -> list[_Mention]:
        out: list[_Mention] = []
        memo: dict[str, str | None] = {}
        for m in _finditer_if(_CUE, sentence, "interview" in sentence):
            outlet: str | None = None
            interviewer: str | None = None
            interviewee: str | None = None
            if m.group("told"):
                outlet, interviewer = _split_outlet(m.group("told"))
            elif m.group("lead") in ("in", "In"):
                told = _told_before(sentence, m.start())
                if told is not None:
                    outlet, interviewer = told
            tail = _TAIL.match(sentence[m.end() :], timeout=REGEX_TIMEOUT)
            end = m.end()
            if tail is not None:
                raw = tail.group("outlet")
                named, person = _split_outlet(raw)
                if person is not None and _programme_at(sentence, m.end() + tail.end("outlet")):
                    person = None
                if (
                    person is None
                    and tail.group("prep") == "with"
                    and not tail.group("desc")  # "the German weekly Die Zeit"
                    and self.is_person(raw)
                ):
                    interviewee = self.person(raw)
                elif _valid_outlet(named) is not None or outlet is None:
                    # ("on Monday" names no outlet: one named before it stays)
                    outlet = named
                    interviewer = interviewer or person
                if tail.group("interviewer"):
                    interviewer = strip_titles(tail.group("interviewer"))
                end += tail.end()
            outlet = _valid_outlet(outlet)
            if outlet is None:
                pub = _PUBLISHED.match(sentence[end:], timeout=REGEX_TIMEOUT)
                if pub is not None:
                    outlet = _valid_outlet(_split_outlet(pub.group("outlet"))[0])
            who = interviewee or self.subject(sentence, m.start(), end)
            if who is None:
                continue
            out.append(
                _Mention(
                    who,
                    self.book.resolve(interviewer) if interviewer else None,
                    outlet,
                    _date(sentence, end, memo),
                    span,
                )
            )
        if not out:
            for m in _finditer_if(_TOLD, sentence, _may_tell(sentence)):
                if m.group("lead").startswith("said") and _opens_with_date(m.group("outlet")):
                    continue  # "said on Monday Sky News had ...": a date, then a clause
                journalist = _journalist(sentence, m.start("outlet"))
                if journalist is not None:
                    outlet, interviewer = journalist
                else:
                    outlet, person = _split_outlet(m.group("outlet"))
                    if person is not None and _programme_at(sentence, m.end("outlet")):
                        person = None
                    outlet = _valid_outlet(outlet)
                    marked = bool(m.group("desc") or m.group("aired"))
                    ends = (
                        _NAME_END.match(sentence, m.end("outlet"), timeout=REGEX_TIMEOUT)
                        is not None
                    )
                    if outlet is not None and not ends and person is None:
                        # (a shorter name ends where the clause it ran into begins)
                        whole = outlet
                        outlet = _before_clause(outlet, sentence, m.end("outlet"), marked)
                        ends = outlet != whole
                    if outlet is None or not (is_media(outlet) or (marked and ends)):
                        continue
                    interviewer = m.group("interviewer") or person
                who = self.subject(sentence, m.start(), m.end(), fallback=False)
                if who is None:
                    continue
                out.append(
                    _Mention(
                        who,
                        self.book.resolve(strip_titles(interviewer)) if interviewer else None,
                        outlet,
                        _date(sentence, m.end(), memo),
                        span,
                        strong=False,
                    )
                )
        for m in _finditer_if(_INTERVIEWED_BY, sentence, "interviewed" in sentence):
            who = self.person(m.group("who")) or self._main
            interviewer_name = strip_titles(m.group("name"))
            if who is None:
                continue
            after = sentence[m.end() :]
            journalist = _journalist(sentence, m.start("name"))  # "Bo Lind of the Harbour Times"
            if journalist is not None:
                outlet, interviewer_name = journalist
            else:
                aff = _INTERVIEWER.search(
                    "interviewer " + m.group("name") + after, timeout=REGEX_TIMEOUT
                )
                outlet = clean_outlet(aff.group("outlet")) if aff is not None else None
            out.append(
                _Mention(
                    who,
                    self.book.resolve(interviewer_name),
                    _valid_outlet(outlet),
                    _date(sentence, m.end(), memo),
                    span,
                )
            )
        return out

    def interviewers(self, sentence: str) -> list[tuple[str, str | None]]:
        found = []
        for m in _finditer_if(_INTERVIEWER, sentence, _may_name_interviewer(sentence)):
            name = strip_titles(m.group("name"))
            if name is not None and not is_media(m.group("name")):  # ("asked by Polish Radio")
                found.append((self.book.resolve(name) or name, clean_outlet(m.group("outlet"))))
        return found


def _may_report(text: str) -> bool:
    """A cheap test before the patterns: does *text* hold a word they need?

    Without one of these words (lower-cased) none of the report patterns
    (_CUE, _TOLD, _INTERVIEWED_BY, _INTERVIEWER) can match.
    """
    low = text.lower()
    return (  # (spelled out: a generator over a tuple costs more than the tests)
        "interview" in low
        or "told" in low
        or "speaking" in low
        or "spoke" in low
        or "appearing" in low
        or "talking" in low
        or "comments" in low
        or "remarks" in low
        or "sat down" in low
        or "said on" in low
        or "asked by" in low
        or "host" in low
        or "anchor" in low
    )


def _may_mention(text: str) -> bool:
    """Whether *text* holds a word _CUE, _TOLD or _INTERVIEWED_BY needs (in their case)."""
    return "interview" in text or _may_tell(text)


def _surname(name: str | None) -> str:
    return name.split()[-1].lower() if name else ""


def find_reported(
    text: str,
    blocks: Sequence[Block],
    people: PeopleIndex,
    book: NameBook,
    skip: Sequence[Span] = (),
) -> tuple[Interview, ...]:
    """The interviews *blocks* report, one per distinct interview.

    Blocks inside a *skip* span (a transcript's turns) are not read.
    """
    finder = _Finder(text, book, people)
    sources = [
        block
        for block in blocks
        if block.role in _SOURCE_ROLES and not (skip and any(s.contains(block.span) for s in skip))
    ]
    splits: dict[int, list[tuple[int, int]]] = {}  # block's place in sources -> its sentences
    mentions: list[_Mention] = []
    for i, block in enumerate(sources):
        if _may_mention(block.text):
            splits[i] = _sentences(block.text)
            for sentence, start, end in _sentences_if(block, splits[i], _may_mention):
                mentions.extend(finder.mentions(sentence, Span(start, end)))
    if not mentions:
        return ()
    # Who interviewed whom matters only now that an interview is reported.
    named: list[tuple[str, str | None]] = []
    for i, block in enumerate(sources):
        if _may_report(block.text):
            spans = splits[i] if i in splits else _sentences(block.text)
            for sentence, _, _ in _sentences_if(block, spans, _may_report):
                named.extend(finder.interviewers(sentence))
    return _merge(mentions, named)


def _sentences_if(
    block: Block, spans: Sequence[tuple[int, int]], test: Callable[[str], bool]
) -> Iterator[tuple[str, int, int]]:
    """The sentences of *block* (at *spans* in its text) that pass *test*, each with its
    start and end in the page's text."""
    offset = block.span.start
    for start, end in spans:
        sentence = block.text[start:end]  # (a block's text is its span's slice)
        if test(sentence):
            yield sentence, offset + start, offset + end


def _merge(
    mentions: Sequence[_Mention], named: Sequence[tuple[str, str | None]]
) -> tuple[Interview, ...]:
    groups: list[list[_Mention]] = []
    for mention in mentions:
        home = None
        for group in groups:
            if _surname(group[0].interviewee) != _surname(mention.interviewee):
                continue
            outlets = {m.outlet.lower() for m in group if m.outlet}
            if mention.outlet is None or not outlets or mention.outlet.lower() in outlets:
                home = group
                break
        if home is None:
            groups.append([mention])
        else:
            home.append(mention)
    # Interviews the text calls interviews first, then "told X" / "speaking to X".
    groups.sort(key=lambda g: not any(m.strong for m in g))
    interviews = []
    for group in groups:
        best = max(group, key=lambda m: (m.outlet is not None, m.date_text is not None))
        outlet = best.outlet or next((m.outlet for m in group if m.outlet), None)
        interviewer = next((m.interviewer for m in group if m.interviewer), None)
        if interviewer is None:
            for name, affiliation in named:
                if name == best.interviewee:
                    continue
                if affiliation and outlet and affiliation.lower() == outlet.lower():
                    interviewer = name
                    break
            if interviewer is None and len(groups) == 1:
                others = [n for n, aff in named if n != best.interviewee]
                interviewer = others[0] if len(set(others)) == 1 else None
        date_text = best.date_text or next((m.date_text for m in group if m.date_text), None)
        interviews.append(
            Interview(
                interviewee=best.interviewee,
                interviewer=interviewer,
                outlet=outlet,
                date_text=date_text,
                format=InterviewFormat.REPORT,
                turns=(),
                span=best.span,
                date=resolve_date(date_text),
                mentions=tuple(m.span for m in group),
            )
        )
    return tuple(interviews)

"""Names for the interview stage: people's names out of titled mentions, outlets.

Private helpers shared by :mod:`._transcripts` and :mod:`._reported`. The
people index (:mod:`._people`) is asked first; these helpers are the fallback
when it does not know a mention: they strip titles ("NATO Secretary General
Ingrid Halvorsen" -> "Ingrid Halvorsen") and look through the article for the
fullest, most frequent spelling of a surname.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex

from ._guard import REGEX_TIMEOUT
from ._people import PeopleIndex, edit_distance, every_match, every_scan

#: A capitalised word (a name token): "Jens", "O'Brien", "Wörner", "Secretary-General", "U.S.".
_CAP_WORD = r"(?:\p{Lu}[\p{L}\p{M}]{0,2}\.(?:\p{Lu}\.)*|\p{Lu}[\p{L}\p{M}\u2019'\-]*)"
# _CAP_WORD after its capital letter: NAME_RUN opens each word with the capital, which the
# engine scans for faster than for either branch.
_AFTER_CAPITAL = r"(?:[\p{L}\p{M}]{0,2}\.(?:\p{Lu}\.)*|[\p{L}\p{M}\u2019'\-]*)"
#: A run of capitalised words, possibly joined by name particles. (The particles, de van von
#: der den da al bin la le di, are spelled letter by letter, and a lookahead lets the engine
#: give up at once before a word in lower case that is none.)
NAME_RUN = regex.compile(
    rf"\p{{Lu}}(?<![\p{{L}}\p{{M}}\u2019'\-]\p{{Lu}}){_AFTER_CAPITAL}"
    rf"(?:[ \u00a0](?=[\p{{Lu}}dvabl])(?:(?:d(?:e[rn]?|[ai])|v[ao]n|al|bin|l[ae])[ \u00a0])?"
    rf"\p{{Lu}}{_AFTER_CAPITAL}){{0,7}}"
)

_EVERY_RUN = every_match(NAME_RUN)


def wordset(words: str) -> frozenset[str]:
    """A set of the white-space separated words of *words*."""
    return frozenset(words.split())


#: Words of titles, offices, ranks and descriptors that precede a name.
TITLE_WORDS = wordset(
    """
    secretary general secretary-general president vice vice-president prime minister foreign
    defence defense deputy chief head former outgoing incoming acting ambassador chancellor
    senator sen. rep. representative congressman congresswoman governor mayor gen. admiral adm.
    lt. lieutenant colonel col. major maj. captain capt. commander sergeant dr. mr. mrs. ms. miss
    prof. professor sir dame lord king queen prince princess pope spokesperson spokesman
    spokeswoman director chairman chair chairwoman editor editor-in-chief correspondent reporter
    host anchor journalist analyst adviser advisor envoy commissioner state affairs national
    security council union soviet federal interior finance economy justice health education
    the of to for and premier marshal field special high representative supreme allied commander
    europe member mp mep lawmaker leader opposition party cabinet officer official nato eu un
    us u.s. uk u.k. usa un. g7 kremlin pentagon white house ministry office department
    senior junior assistant under undersecretary under-secretary first second third
    secretary-general's his her their our your my new late then then-president
    moderator interviewer question answer
    """
)

#: Office words that stand for a person ("the president said", "the minister's remarks").
OFFICES = frozenset(
    {
        "president",
        "minister",
        "chancellor",
        "premier",
        "secretary",
        "secretary-general",
        "general",
        "admiral",
        "ambassador",
        "senator",
        "governor",
        "mayor",
        "chief",
        "commander",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "envoy",
        "commissioner",
        "director",
        "chairman",
        "chairwoman",
        "king",
        "queen",
        "pope",
        "prince",
    }
)

#: Nationality and region adjectives that precede a name ("Ukrainian President ...").
NATIONALITIES = wordset(
    """
    ukrainian russian american british german french polish norwegian dutch italian spanish
    chinese japanese turkish finnish swedish danish estonian latvian lithuanian hungarian
    romanian czech slovak belarusian georgian moldovan canadian israeli iranian korean north
    south east west western eastern european baltic nordic belgian austrian swiss greek
    portuguese irish scottish welsh bulgarian croatian serbian slovenian albanian australian
    indian pakistani syrian iraqi afghan saudi qatari egyptian brazilian mexican
    """
)

#: Capitalised words that open a sentence and are not names (the auxiliaries open the
#: questions of a transcript: "Is Belgium spending enough?" names no "Is Belgium"; "Will"
#: and "May" are left out, being first names and a month too).
SENTENCE_WORDS = wordset(
    """
    in on at the a an but and however meanwhile speaking according when while after before
    during last this that these those earlier later asked also yet still so then there here
    it its he she they we i you his her their our my your what why how who where which
    if as for from with by to of since until although though despite nevertheless instead
    mr mrs ms dr
    is are was were do does did has have had can could should would shall must
    """
)

#: Bare words that are not a person's name on their own.
_NOT_NAMES = frozenset({"moscow", "kyiv", "brussels", "washington", "london", "berlin", "paris"})


#: Lower-case words inside a name ("Ursula von der Leyen").
_PARTICLES = wordset("de van von der den da al bin la le di du")


#: Single words that strip_titles never keeps as a name (titles, nationalities,
#: sentence words).
_NEVER_A_NAME = TITLE_WORDS | NATIONALITIES | SENTENCE_WORDS


#: What :func:`strip_titles` strips from either end of a word.
_TOKEN_MARKS = ",;:()[]\u201c\u201d\"\u2018\u2019'"


def strip_titles(mention: str) -> str | None:
    """The person's name inside a titled mention, or ``None`` when there is none.

    >>> strip_titles("NATO Secretary General Ingrid Halvorsen")
    'Ingrid Halvorsen'
    >>> strip_titles("SECRETARY BLINKEN")
    'Blinken'
    >>> strip_titles("Moderator") is None
    True
    >>> strip_titles("Defence Minister Pieter van Houten")
    'Pieter van Houten'
    """
    tokens = [t for w in mention.split() if (t := w.strip(_TOKEN_MARKS))]
    if not tokens:
        return None
    joined = " ".join(tokens)
    if joined.upper() == joined:  # (upper-casing maps each character on its own, never shorter)
        tokens = [_title_case(t) for t in tokens]
    last_title = -1
    for i, token in enumerate(tokens):
        low = token.lower()
        if (
            low in _PARTICLES
            and last_title < i - 1
            and i + 1 < len(tokens)
            and tokens[i + 1][:1].isupper()
        ):
            continue  # "Pieter van Houten": a particle inside a name
        if (
            low in _NEVER_A_NAME
            or (token.isupper() and len(token) > 1 and "." not in token)
            or not token[0].isupper()
            or len(token) == 1
            or token.endswith(("\u2019s", "'s"))
        ):
            last_title = i
    name = tokens[last_title + 1 :]
    if not name:
        return None
    name = name[-4:]
    if len(name) == 1 and name[0].lower() in _NOT_NAMES:
        return None
    return " ".join(name)


def _title_case(token: str) -> str:
    if len(token) <= 1:
        return token
    parts = token.split("-")
    return "-".join(p[:1].upper() + p[1:].lower() for p in parts)


class NameBook:
    """The capitalised names of one article, counted, for resolving mentions.

    >>> book = NameBook("Henrik Aaltonen spoke. Aaltonen said no. Aaltenen left.")
    >>> book.resolve("Aaltenen")
    'Henrik Aaltonen'
    """

    def __init__(self, text: str, people: PeopleIndex | None = None) -> None:
        self._text = text
        self._people = people if people is not None else PeopleIndex()
        self._surnames: Counter[str] = Counter()
        self._full: dict[str, Counter[str]] = {}
        self._cache: dict[str, str | None] = {}
        self._titles: dict[str, Counter[str]] = {}
        self._built = False

    def _build(self) -> None:
        """Count the names of the text, on first use: most pages never ask for a name."""
        if self._built:
            return
        self._built = True
        text = self._text
        runs: Counter[str] = Counter()
        for scan in every_scan(_EVERY_RUN, text):
            runs.update(scan.captures(1))
        surnames: dict[str, int] = {}  # (plain dicts: a Counter's += costs a call per key)
        full_names = self._full
        for run, times in runs.items():
            if " " not in run and run.lower() in _NEVER_A_NAME:
                continue  # "The", "But", "Minister": no name, whatever strip_titles says
            name = strip_titles(run)
            if name is None:
                continue
            tokens = name.split()
            first = tokens[0].lower()
            if len(tokens) == 1 and (first in SENTENCE_WORDS or first in NATIONALITIES):
                continue
            surname = tokens[-1]
            surnames[surname] = surnames.get(surname, 0) + times
            if len(tokens) > 1:
                fulls = full_names.get(surname)
                if fulls is None:
                    fulls = full_names[surname] = Counter()
                fulls[name] += times
            if len(name) < len(run):
                for word in run[: len(run) - len(name)].lower().split():
                    if word in OFFICES:
                        self._titles.setdefault(word, Counter())[surname] += times
        self._surnames.update(surnames)
        # A "full name" whose first word is itself mentioned alone is two names run together
        # ("post-Putin Russia"), not a first name and a surname.
        for surname in list(self._full):
            fulls = self._full[surname]
            for full in list(fulls):
                if self._surnames.get(full.split()[0], 0) > 1:
                    del fulls[full]
            if not fulls:
                del self._full[surname]

    def by_office(self, office: str) -> str | None:
        """The person most often named with the office word *office* ("president").

        >>> NameBook("President Nora Vance spoke. Vance left.").by_office("president")
        'Nora Vance'
        """
        self._build()
        holders = self._titles.get(office.lower())
        if not holders:
            return None
        return self.resolve(holders.most_common(1)[0][0])

    def main_person(self) -> str | None:
        """The article's most mentioned person (a surname that also appears in full)."""
        self._build()
        best: tuple[int, str] | None = None
        for surname, count in self._surnames.items():
            if surname in self._full and (best is None or count > best[0]):
                best = (count, surname)
        return self.resolve(best[1]) if best else None

    def _spelling(self, surname: str) -> str:
        """The majority spelling among surnames within a small edit distance."""
        self._build()
        if len(surname) < 5:
            return surname
        best, best_count = surname, self._surnames.get(surname, 0)
        for other, count in self._surnames.items():
            if count <= best_count or other == surname or other[:1] != surname[:1]:
                continue
            if edit_distance(other.lower(), surname.lower(), 2 if len(surname) > 7 else 1) <= (
                2 if len(surname) > 7 else 1
            ):
                best, best_count = other, count
        return best

    def resolve(self, mention: str | None) -> str | None:
        """The canonical name for *mention*: the people index's, else the fullest spelling."""
        if not mention:
            return None
        if mention not in self._cache:
            self._cache[mention] = self._resolve(mention)
        return self._cache[mention]

    def _resolve(self, mention: str) -> str | None:
        known = self._people.canonical(mention)
        if known:
            return known
        name = strip_titles(mention) or mention
        known = self._people.canonical(name)
        if known:
            return known
        self._build()
        tokens = name.split()
        surname = self._spelling(tokens[-1])
        fulls = self._full.get(surname)
        if tokens[-1] != surname:
            tokens = [*tokens[:-1], surname]
        if fulls:
            if len(tokens) > 1:
                for full, _ in fulls.most_common():
                    if full.split()[0] == tokens[0]:
                        return self._people.canonical(full) or full
            full = max(fulls.items(), key=lambda item: (item[1], len(item[0])))[0]
            if len(tokens) == 1 or len(full.split()) >= len(tokens):
                return self._people.canonical(full) or full
        return self._people.canonical(" ".join(tokens)) or " ".join(tokens)


#: Words that end an outlet name when they follow it.
_OUTLET_TAIL = regex.compile(
    r"(?:[ \u00a0]+(?:on|in|at|last|this|earlier|published|broadcast|aired|released|that|which|"
    r"who|where|when|and|for|about|with|newspaper|magazine|daily|weekly|channel|broadcaster|"
    r"programme|program|podcast|show|website|radio|television|news agency|agency)\b.*)$",
    flags=regex.DOTALL,
)


def clean_outlet(outlet: str | None) -> str | None:
    """Trim an outlet name: leading "the", trailing prepositions and punctuation.

    >>> clean_outlet("the Harbour Allgemeine Wochenzeitung.")
    'Harbour Allgemeine Wochenzeitung'
    """
    if not outlet:
        return None
    outlet = outlet.strip(" \u00a0,.;:()[]\u201c\u201d\"'\u2019")
    outlet = _OUTLET_TAIL.sub("", outlet, timeout=REGEX_TIMEOUT)
    if outlet.startswith("the "):
        outlet = outlet[4:]
    outlet = outlet.strip(" \u00a0,.;:()[]\u201c\u201d\"'\u2019")
    if not outlet or not (outlet[0].isupper() or outlet[0].isdigit()):
        return None
    return outlet


def first_name_run(text: str, candidates: Sequence[str] = ()) -> str | None:
    """The first capitalised run in *text* that holds a person's name (titles stripped)."""
    for m in NAME_RUN.finditer(text, timeout=REGEX_TIMEOUT):
        name = strip_titles(m.group())
        if name is None:
            continue
        first = name.split()[0].lower()
        if first in SENTENCE_WORDS:
            continue
        return name
    return None


#: A person's name as a pattern fragment: two to four capitalised words.
NAME = rf"{_CAP_WORD}(?:[ \u00a0](?:(?:de|van|von|der|den|da|al|bin)[ \u00a0])?{_CAP_WORD}){{1,3}}"
#: A titled mention: optional capitalised titles and a name (one word allowed).
TITLED = (
    rf"{_CAP_WORD}(?:[ \u00a0](?:(?:de|van|von|der|den|da|al|bin)[ \u00a0])?{_CAP_WORD}){{0,7}}"
)
#: An outlet's name as a pattern fragment ("Foreign Policy", "RFE/RL", "The New York Times",
#: "Corriere della Sera").
OUTLET = (
    r"[\p{Lu}\d][\p{L}\p{M}\d\u2019'&./\-]*(?:[ \u00a0](?:(?:of|de|des|der|die|am|and|&|for|the|"
    r"della|del|di|du)"
    r"[ \u00a0])?[\p{Lu}\d][\p{L}\p{M}\d\u2019'&./\-]*){0,5}"
)


#: Names of news outlets and media words; "told <X>" counts only when X looks like one.
MEDIA_WORDS = wordset(
    """times post news journal herald tribune guardian telegraph independent economist
    magazine radio tv television broadcasting network channel gazette gazeta zeitung
    sonntagszeitung allgemeine spiegel monde figaro pravda izvestia kommersant daily weekly
    press agency policy affairs bbc cnn cbs nbc abc npr pbs msnbc cnbc fox afp ap rfe/rl rfe
    dw zdf ard rtl sky itv tass ria interfax ukrinform unian cbc reuters bloomberg politico
    axios euronews jazeera bild welt stern focus repubblica corriere pais yle nrk svt dr
    newsweek atlantic foreign today express mail mirror observer standard review
    monthly quarterly digest courier chronicle bulletin dispatch inquirer examiner sentinel
    ledger messenger insider welle hromadske suspilne meduza kathimerini handelsblatt
    tagesspiegel faz nzz nikkei asahi yomiuri xinhua kyodo yonhap anadolu sputnik dpa ansa efe
    pap ctk nhk orf rtbf srf nos rte tvp tvn rmf delfi lrt haaretz
    """
)


def is_media(name: str) -> bool:
    """Whether *name* looks like a news outlet's ("Harbour Times", "BBC", "Radio Nord").

    >>> is_media("Harbour Times"), is_media("Defence Ministry")
    (True, False)
    """
    words = [w.strip(".,\u2019'").lower() for w in name.replace("-", " ").split()]
    return any(w in MEDIA_WORDS for w in words)

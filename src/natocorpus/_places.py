"""Countries, capitals, organisations and groups that give or receive aid.

Private helper of :mod:`natocorpus._aid`: general vocabulary only. Country
names and their short forms map to one canonical name; a capital used for its
government ("Washington", "Berlin") maps to the country; organisations go by
their usual short name ("European Union" is "EU"); groups ("NATO nations", "European
countries") are kept as written.
"""

from __future__ import annotations

from operator import itemgetter
from typing import NamedTuple

import regex

#: Canonical country name -> other names it goes by in news prose.
COUNTRIES: dict[str, tuple[str, ...]] = {
    "United States": (
        "U.S.",
        "US",
        "USA",
        "U.S.A.",
        "America",
        "United States of America",
    ),
    "United Kingdom": ("UK", "U.K.", "Britain", "Great Britain"),
    "Ukraine": (),
    "Russia": ("Russian Federation",),
    "Germany": (),
    "France": (),
    "Italy": (),
    "Spain": (),
    "Portugal": (),
    "Netherlands": ("the Netherlands", "Holland"),
    "Belgium": (),
    "Luxembourg": (),
    "Denmark": (),
    "Norway": (),
    "Sweden": (),
    "Finland": (),
    "Iceland": (),
    "Ireland": (),
    "Poland": (),
    "Czech Republic": ("Czechia",),
    "Slovakia": (),
    "Hungary": (),
    "Romania": (),
    "Bulgaria": (),
    "Greece": (),
    "Turkey": ("Türkiye", "Turkiye"),
    "Albania": (),
    "North Macedonia": (),
    "Montenegro": (),
    "Croatia": (),
    "Slovenia": (),
    "Serbia": (),
    "Bosnia and Herzegovina": ("Bosnia",),
    "Kosovo": (),
    "Estonia": (),
    "Latvia": (),
    "Lithuania": (),
    "Austria": (),
    "Switzerland": (),
    "Cyprus": (),
    "Malta": (),
    "Moldova": (),
    "Georgia": (),
    "Armenia": (),
    "Azerbaijan": (),
    "Belarus": (),
    "Kazakhstan": (),
    "Canada": (),
    "Mexico": (),
    "Brazil": (),
    "Argentina": (),
    "Chile": (),
    "Colombia": (),
    "Australia": (),
    "New Zealand": (),
    "Japan": (),
    "South Korea": ("Republic of Korea",),
    "North Korea": ("DPRK",),
    "China": ("People's Republic of China", "PRC"),
    "Taiwan": (),
    "India": (),
    "Pakistan": (),
    "Iran": (),
    "Iraq": (),
    "Israel": (),
    "Syria": (),
    "Saudi Arabia": (),
    "United Arab Emirates": ("UAE",),
    "Qatar": (),
    "Kuwait": (),
    "Egypt": (),
    "Jordan": (),
    "Lebanon": (),
    "South Africa": (),
    "Nigeria": (),
    "Indonesia": (),
    "Singapore": (),
    "Venezuela": (),
}

#: Capitals (and seats of government) used for the country's government.
CAPITALS: dict[str, str] = {
    "Washington": "United States",
    "London": "United Kingdom",
    "Kyiv": "Ukraine",
    "Kiev": "Ukraine",
    "Moscow": "Russia",
    "Berlin": "Germany",
    "Paris": "France",
    "Rome": "Italy",
    "Madrid": "Spain",
    "Lisbon": "Portugal",
    "Copenhagen": "Denmark",
    "Oslo": "Norway",
    "Stockholm": "Sweden",
    "Helsinki": "Finland",
    "Reykjavik": "Iceland",
    "Dublin": "Ireland",
    "Warsaw": "Poland",
    "Prague": "Czech Republic",
    "Bratislava": "Slovakia",
    "Budapest": "Hungary",
    "Bucharest": "Romania",
    "Sofia": "Bulgaria",
    "Athens": "Greece",
    "Ankara": "Turkey",
    "Tallinn": "Estonia",
    "Riga": "Latvia",
    "Vilnius": "Lithuania",
    "Vienna": "Austria",
    "Bern": "Switzerland",
    "Chisinau": "Moldova",
    "Tbilisi": "Georgia",
    "Minsk": "Belarus",
    "Ottawa": "Canada",
    "Canberra": "Australia",
    "Tokyo": "Japan",
    "Seoul": "South Korea",
    "Pyongyang": "North Korea",
    "Beijing": "China",
    "Taipei": "Taiwan",
    "New Delhi": "India",
    "Tehran": "Iran",
    "Ankara's": "Turkey",
    # "The Hague": the name is matched from "Hague", so that "The" is no first word
    "Hague": "Netherlands",
    "Amsterdam": "Netherlands",
    "Luxembourg City": "Luxembourg",
    "Ljubljana": "Slovenia",
    "Zagreb": "Croatia",
    "Belgrade": "Serbia",
    "Tirana": "Albania",
    "Skopje": "North Macedonia",
    "Podgorica": "Montenegro",
    "Nicosia": "Cyprus",
    "Valletta": "Malta",
    "Wellington": "New Zealand",
    "Baku": "Azerbaijan",
    "Yerevan": "Armenia",
    "Astana": "Kazakhstan",
    # Brussels is the seat of the EU, NATO and Belgium's government; as a
    # giver of money in news prose it is the EU's executive ("Brussels
    # approved EUR 5bn"). A meeting "in Brussels" is a place (excluded).
    "Brussels": "EU",
}

#: A country's government named by its institutions.
INSTITUTIONS: dict[str, str] = {
    "White House": "United States",
    "Pentagon": "United States",
    "Congress": "United States",
    "Kremlin": "Russia",
    "Bundestag": "Germany",
    "Downing Street": "United Kingdom",
    "Elysee": "France",
    "Élysée": "France",
}

#: Organisations, kept as written.
ORGANISATIONS: tuple[str, ...] = (
    "NATO",
    "EU",
    "European Union",
    "European Commission",
    "European Council",
    "European Parliament",
    "European Investment Bank",
    "EIB",
    "European Peace Facility",
    "UN",
    "United Nations",
    "IMF",
    "International Monetary Fund",
    "World Bank",
    "EBRD",
    "G7",
    "North Atlantic Treaty Organization",
    "North Atlantic Treaty Organisation",
    "Group of Seven",
    "G-7",
    "G20",
    "OSCE",
    "Ukraine Defense Contact Group",
    "Ukraine Defence Contact Group",
    "Ramstein group",
    "Ukraine Facility",
)

#: Nationality adjectives -> country (for "German military aid").
DEMONYMS: dict[str, str] = {
    "American": "United States",
    "US": "United States",
    "U.S.": "United States",
    "British": "United Kingdom",
    "UK": "United Kingdom",
    "German": "Germany",
    "French": "France",
    "Italian": "Italy",
    "Spanish": "Spain",
    "Dutch": "Netherlands",
    "Belgian": "Belgium",
    "Danish": "Denmark",
    "Norwegian": "Norway",
    "Swedish": "Sweden",
    "Finnish": "Finland",
    "Polish": "Poland",
    "Czech": "Czech Republic",
    "Slovak": "Slovakia",
    "Hungarian": "Hungary",
    "Romanian": "Romania",
    "Bulgarian": "Bulgaria",
    "Greek": "Greece",
    "Turkish": "Turkey",
    "Estonian": "Estonia",
    "Latvian": "Latvia",
    "Lithuanian": "Lithuania",
    "Austrian": "Austria",
    "Canadian": "Canada",
    "Australian": "Australia",
    "Japanese": "Japan",
    "South Korean": "South Korea",
    "Chinese": "China",
    "Iranian": "Iran",
    "North Korean": "North Korea",
    "Russian": "Russia",
    "Ukrainian": "Ukraine",
    "Portuguese": "Portugal",
    "Irish": "Ireland",
    "Swiss": "Switzerland",
}

#: The nouns a group's modifier goes with ("NATO nations", "EU member states").
_GROUP_HEAD_WORDS = (
    "nations",
    "countries",
    "allies",
    "members",
    "member states",
    "member countries",
    "states",
    "partners",
    "governments",
    "donors",
    "capitals",
)
_GROUP_HEADS = "(?:" + "|".join(h.replace(" ", r"\s+") for h in _GROUP_HEAD_WORDS) + ")"
_GROUP_MODIFIERS = (
    r"(?:NATO|EU|G7|G-7|G20|European|Western|Nordic|Baltic|Scandinavian|Allied|allied|"
    r"partner|donor|Gulf|Arab|Asian|Eastern\s+European|Central\s+European|Ramstein|"
    r"Coalition|coalition)"
)


def _alternation(names: list[str]) -> str:
    return "|".join(regex.escape(n) for n in sorted(set(names), key=len, reverse=True))


_NAME_TO_CANONICAL: dict[str, str] = {}
for _canonical, _aliases in COUNTRIES.items():
    _NAME_TO_CANONICAL[_canonical] = _canonical
    for _alias in _aliases:
        _NAME_TO_CANONICAL[_alias] = _canonical
_NAME_TO_CANONICAL.update(CAPITALS)
_NAME_TO_CANONICAL.update(INSTITUTIONS)
for _org in ORGANISATIONS:
    _NAME_TO_CANONICAL[_org] = _org
#: Organisations under the short name news prose uses most.
_NAME_TO_CANONICAL.update(
    {
        "European Union": "EU",
        "United Nations": "UN",
        "International Monetary Fund": "IMF",
        "North Atlantic Treaty Organization": "NATO",
        "North Atlantic Treaty Organisation": "NATO",
        "European Investment Bank": "EIB",
        "Group of Seven": "G7",
        "G-7": "G7",
        # the EU's instrument for Ukraine: money "from the Ukraine Facility" is the EU's
        "Ukraine Facility": "EU",
        "European Peace Facility": "EU",
    }
)

_GROUP = (
    rf"(?:the\s+)?(?:{_GROUP_MODIFIERS}(?:\s+and\s+{_GROUP_MODIFIERS})?\s+{_GROUP_HEADS}"
    r"|(?:the\s+)?[Aa]llies|the\s+West|Western\s+allies|Europe)"
)
#: What may stand before and after an actor.
_ACTOR_BEFORE = r"(?<![\w.])"
# "US-made" is no actor, but "the Czech-led initiative" and "a G7-backed loan" are
_ACTOR_AFTER = r"(?![\w])(?!-(?!(?:led|backed|funded|financed|sponsored)\b))"

#: Any actor: a group first (longest), then a name. Case-sensitive: proper
#: nouns only, so the pronoun "us" is never the United States.
ACTOR = regex.compile(
    rf"{_ACTOR_BEFORE}(?:(?P<group>{_GROUP})"
    rf"|(?P<name>{_alternation(list(_NAME_TO_CANONICAL))})"
    rf"|(?P<demonym>{_alternation(list(DEMONYMS))})"
    rf"){_ACTOR_AFTER}"
)
_GROUP_ACTOR = regex.compile(rf"{_ACTOR_BEFORE}(?:{_GROUP}){_ACTOR_AFTER}")
_ACTOR_BEFORE_OK = regex.compile(_ACTOR_BEFORE)
_ACTOR_AFTER_OK = regex.compile(_ACTOR_AFTER)


def canonical(name: str) -> str:
    """The canonical form of a matched actor name.

    >>> canonical("Washington"), canonical("the US"), canonical("NATO nations")
    ('United States', 'United States', 'NATO nations')
    """
    bare = name.strip()
    if bare.startswith("the "):
        bare = bare[4:]
    if bare in _NAME_TO_CANONICAL:
        return _NAME_TO_CANONICAL[bare]
    if bare in DEMONYMS:
        return DEMONYMS[bare]
    if bare == "West":
        return "the West"
    return " ".join(bare.split())


# -- finding actors fast --------------------------------------------------------

#: Where an actor may begin: a capitalised word, or a lower-case group word.
_CANDIDATE = regex.compile(r"[A-Z]\w*")
_LOWER_GROUP_WORDS = ("allie", "partner", "donor", "coalition")
_FIRST_WORD = regex.compile(r"\w*")


def _first_word(name: str) -> str:
    return name[0] + _FIRST_WORD.match(name, 1).group()  # type: ignore[union-attr]


#: Capitalised words a group may begin with ("NATO nations", "G-7 countries", "Europe").
_GROUP_STARTS = frozenset(
    [
        "NATO",
        "EU",
        "G7",
        "G",
        "G20",
        "European",
        "Western",
        "Nordic",
        "Baltic",
        "Scandinavian",
        "Allied",
        "Gulf",
        "Arab",
        "Asian",
        "Eastern",
        "Central",
        "Ramstein",
        "Coalition",
        "Allies",
        "Europe",
    ]
)


def _names_by_first_word() -> dict[str, tuple[tuple[str, bool], ...]]:
    """Capitalised first word -> (name, is a nationality word), in ACTOR's order."""
    table: dict[str, list[tuple[str, bool]]] = {}
    names = [n for n in _NAME_TO_CANONICAL if n[0].isupper()]
    for demonym, group in ((False, names), (True, list(DEMONYMS))):
        for name in sorted(set(group), key=len, reverse=True):
            table.setdefault(_first_word(name), []).append((name, demonym))
    return {word: tuple(entries) for word, entries in table.items()}


_NAMES_BY_FIRST_WORD = _names_by_first_word()
#: The capitalised words an actor may begin with: a name's or nationality word's first word,
#: a group's, or "West" (a group only after "the", which find_actors looks back for).
#: :func:`find_actors` finds nothing at any other capitalised word.
_FIRST_WORDS = frozenset(_NAMES_BY_FIRST_WORD) | _GROUP_STARTS | {"West"}
#: The capitalised words an actor that begins with "the" may go on with: a group's
#: ("the EU", "the West") or a name's ("the Netherlands").
_AFTER_THE = (
    _GROUP_STARTS
    | {"West"}
    | {_first_word(n.split(None, 1)[1]) for n in _NAME_TO_CANONICAL if n.startswith("the ")}
)


class ActorMatch(NamedTuple):
    """Where :data:`ACTOR` matched, and which of its groups."""

    start: int
    end: int
    kind: str  # "group", "name" or "demonym"


def _actor_at(text: str, pos: int, word: str) -> ActorMatch | None:
    """``ACTOR.match(text, pos)`` where the capitalised word *word* begins.

    A name can match only where its first word stands (after it comes no word
    character, or the name ends), so only the few names beginning with *word*
    are compared, in ACTOR's order: groups, then names and nationality words
    longest first, the first that ends where an actor may end.
    """
    if not _may_begin(text, pos):
        return None
    if word in _GROUP_STARTS and _may_be_group(text, pos + len(word), word):
        m = _GROUP_ACTOR.match(text, pos)
        if m is not None:
            return ActorMatch(m.start(), m.end(), "group")
    for name, demonym in _NAMES_BY_FIRST_WORD.get(word, ()):
        if text.startswith(name, pos) and _may_end(text, pos + len(name)):
            return ActorMatch(pos, pos + len(name), "demonym" if demonym else "name")
    return None


#: What may follow a group's modifier and its white space: a head's first word ("NATO
#: nations", "member states"), "and" ("NATO and EU countries"), or "European" ("Eastern
#: European").
_AFTER_MODIFIER = (*dict.fromkeys(h.split()[0] for h in _GROUP_HEAD_WORDS), "and", "European")


def _may_be_group(text: str, after: int, word: str) -> bool:
    """Whether a group may begin with the capitalised *word* that ends at *after*.

    Only "Europe" and "Allies" are groups alone, and "G" begins "G-7"; every
    other group word is a modifier that white space and a head (or "and")
    must follow, so plain ASCII text without them there rules the group out
    without the pattern.
    """
    if word in ("Europe", "Allies", "G"):
        return True
    k = after
    n = len(text)
    while k < n and text[k].isspace():
        k += 1
    if k == after:  # no white space
        return not text[k : k + 1].isascii()
    return not text[k : k + 1].isascii() or text.startswith(_AFTER_MODIFIER, k)


def _may_begin(text: str, pos: int) -> bool:
    """Whether an actor may begin at *pos*: ``_ACTOR_BEFORE_OK.match(text, pos)``.

    An ASCII character before it is told apart without the pattern.
    """
    if pos == 0:
        return True
    c = text[pos - 1]
    if c.isascii():
        return not (c.isalnum() or c == "_" or c == ".")
    return _ACTOR_BEFORE_OK.match(text, pos) is not None


def _may_end(text: str, pos: int) -> bool:
    """Whether an actor may end at *pos*: ``_ACTOR_AFTER_OK.match(text, pos)``.

    An ASCII character after it other than a hyphen ("-led") is told apart
    without the pattern.
    """
    if pos >= len(text):
        return True
    c = text[pos]
    if c.isascii() and c != "-":
        return not (c.isalnum() or c == "_")
    return _ACTOR_AFTER_OK.match(text, pos) is not None


#: Texts up to this length are searched without a regex timeout: the candidate
#: pattern is linear, and the timeout costs microseconds per match.
_SHORT_TEXT = 4000


def find_actors(text: str, timeout: float | None = None) -> list[ActorMatch]:
    """Every ACTOR match in *text*, as ``ACTOR.finditer`` would give them.

    Only capitalised words whose form can begin a known name (and the few
    lower-case group words) are tried, each with one anchored match, instead
    of trying the whole alternation at every position.

    >>> text = "Aid from the EU nations and Washington reached Kyiv."
    >>> [text[m.start : m.end] for m in find_actors(text)]
    ['the EU nations', 'Washington', 'Kyiv']
    """
    out: list[ActorMatch] = []
    end = 0
    found = (
        _CANDIDATE.finditer(text)
        if len(text) <= _SHORT_TEXT or timeout is None
        else _CANDIDATE.finditer(text, timeout=timeout)
    )
    # where an actor may begin, with its capitalised first word (None: a group word)
    starts: list[tuple[int, str | None]] = [
        (m.start(), word) for m in found for word in (m.group(),) if word in _FIRST_WORDS
    ]
    for group_word in _LOWER_GROUP_WORDS:
        i = text.find(group_word)
        while i >= 0:
            if i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_."):
                starts.append((i, None))
            i = text.find(group_word, i + 1)
    starts.sort(key=itemgetter(0))
    for pos, word in starts:
        if pos < end:
            continue
        # "the EU", "the allies": a match may begin at a "the" just before, within
        # 40 characters and after the last match
        if word is None or word in _AFTER_THE:
            lo = max(end, pos - 40)
            j = pos
            while j > lo and text[j - 1].isspace():
                j -= 1
            if j < pos and text.endswith("the", lo, j):
                m = ACTOR.match(text, j - 3)
                if m is not None:
                    out.append(ActorMatch(m.start(), m.end(), m.lastgroup or ""))
                    end = m.end()
                    continue
        if word is None:
            m = ACTOR.match(text, pos)
            found_here = ActorMatch(m.start(), m.end(), m.lastgroup or "") if m else None
        else:
            found_here = _actor_at(text, pos, word)
        if found_here is not None:
            out.append(found_here)
            end = found_here.end
    return out

"""Countries, capitals, organisations and groups that give or receive aid.

Private helper of :mod:`natocorpus._aid`: general vocabulary only. Country
names and their short forms map to one canonical name; a capital used for its
government ("Washington", "Berlin") maps to the country; organisations go by
their usual short name ("European Union" is "EU"); groups ("NATO nations", "European
countries") are kept as written.
"""

from __future__ import annotations

import functools

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

_GROUP_HEADS = (
    r"(?:nations|countries|allies|members|member\s+states|member\s+countries|states|partners|"
    r"governments|donors|capitals)"
)
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

def _actor_pattern(names: list[str], demonyms: list[str]) -> regex.Pattern[str]:
    """The actor pattern with the given names and nationality words (none: ``(?!)``)."""
    return regex.compile(
        r"(?<![\w.])(?:"
        rf"(?P<group>(?:the\s+)?(?:{_GROUP_MODIFIERS}(?:\s+and\s+{_GROUP_MODIFIERS})?"
        rf"\s+{_GROUP_HEADS}"
        r"|(?:the\s+)?[Aa]llies|the\s+West|Western\s+allies|Europe))"
        rf"|(?P<name>{_alternation(names) or '(?!)'})"
        rf"|(?P<demonym>{_alternation(demonyms) or '(?!)'})"
        # "US-made" is no actor, but "the Czech-led initiative" and "a G7-backed loan" are
        r")(?![\w])(?!-(?!(?:led|backed|funded|financed|sponsored)\b))"
    )


#: Any actor: a group first (longest), then a name. Case-sensitive: proper
#: nouns only, so the pronoun "us" is never the United States.
ACTOR = _actor_pattern(list(_NAME_TO_CANONICAL), list(DEMONYMS))


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


#: The first words of every name, demonym and group ACTOR knows.
_FIRST_WORDS = frozenset(
    [_first_word(n) for n in _NAME_TO_CANONICAL if n[0].isupper()]
    + [_first_word(n) for n in DEMONYMS]
    + [
        "NATO",
        "EU",
        "G7",
        "G-7",
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
        "West",
        "Netherlands",
    ]
)

@functools.lru_cache(maxsize=1024)
def _actor_starting(word: str) -> regex.Pattern[str]:
    """:data:`ACTOR` with only the names and nationality words whose first word is *word*.

    A name can match only where its first word stands (the rest of it is not a
    word character or the name ends), and the alternation keeps its order, so
    at a capitalised *word* this pattern matches exactly as ACTOR does, but
    tries a few names instead of hundreds. Made once per word.
    """
    return _actor_pattern(
        [n for n in _NAME_TO_CANONICAL if n[0].isupper() and _first_word(n) == word],
        [n for n in DEMONYMS if _first_word(n) == word],
    )


#: Texts up to this length are searched without a regex timeout: the candidate
#: pattern is linear, and the timeout costs microseconds per match.
_SHORT_TEXT = 4000


def find_actors(text: str, timeout: float | None = None) -> list[regex.Match[str]]:
    """Every ACTOR match in *text*, as ``ACTOR.finditer`` would give them.

    Only capitalised words whose form can begin a known name (and the few
    lower-case group words) are tried, each with one anchored match, instead
    of trying the whole alternation at every position.

    >>> [m.group() for m in find_actors("Aid from the EU nations and Washington reached Kyiv.")]
    ['the EU nations', 'Washington', 'Kyiv']
    """
    out: list[regex.Match[str]] = []
    end = 0
    match = ACTOR.match
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
    starts.sort(key=lambda start: start[0])
    for pos, word in starts:
        if pos < end:
            continue
        # "the EU", "the allies": a match may begin at a "the" just before
        before = text[max(end, pos - 40) : pos]
        stripped = before.rstrip()
        if len(stripped) < len(before) and stripped.endswith("the"):
            m = match(text, pos - len(before) + len(stripped) - 3)
            if m is not None:
                out.append(m)
                end = m.end()
                continue
        m = (match if word is None else _actor_starting(word).match)(text, pos)
        if m is not None:
            out.append(m)
            end = m.end()
    return out

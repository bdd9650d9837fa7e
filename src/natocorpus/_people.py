"""Stage 2: the people an article mentions, under canonical names.

Owned by the quotes work (issue 4). The contract: ``PeopleIndex.build(text,
blocks)``; ``index.canonical(mention)`` maps a mention ("Aaltonen",
"Aaltenen", "Henrik Aaltonen") to the fullest name the article gives, or
``None`` if the mention is nobody the index knows; ``index.persons`` lists them.

How people are found: every run of capitalised words in a content block is a
candidate. Leading title words ("Former NATO Secretary-General") are cut off
and kept as the person's title. A candidate counts as a person when there is
evidence: a title, a role noun next to it ("interviewer Ada Quill", "his
spokesperson, Ada Quill"), an appositive or relative clause (", who", ", a
senior fellow"), a cue verb next to it ("Quill said", "said Ada Quill"), or
its surname used alone elsewhere. Full names are merged with surname-only
mentions and with near-identical spellings (edit distance on the surname).
"""

from __future__ import annotations

import bisect
import string
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import compress, starmap
from operator import itemgetter, not_
from typing import NamedTuple

import attrs
import regex

from ._chars import blank_marks
from ._cues import CUE_WORDS, ROLE_NOUNS, TITLE_OR_ROLE_WORDS, TITLE_WORDS, cue_lemma
from ._cues import words as _words
from ._guard import REGEX_TIMEOUT
from ._records import Block, Person, Span

__all__ = ["PeopleIndex", "lone_name"]

_TOKEN = (
    r"(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|St|Jr|Sr|Prof|Capt|Cmdr|Adm|Sgt|Maj)\."
    r"|\p{Lu}\.(?=[ \u00a0]\p{Lu})"
    r"|\p{Lu}[\p{L}\p{M}]*(?:[\u2019'\-](?!s\b)\p{L}[\p{L}\p{M}]*)*"
)
# (Their first letters are listed in NAME_RUN's lookahead: keep the two in step.)
_PARTICLES = r"(?:von|van|der|den|de|del|della|da|di|du|la|le|bin|ibn|al|el|ter|ten|dos|das)"
_PARTICLE_WORDS = frozenset(_PARTICLES[3:-1].split("|"))
_ABBREVIATED = "Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|St|Jr|Sr|Prof|Capt|Cmdr|Adm|Sgt|Maj"
# _TOKEN after its capital letter, which NAME_RUN matches first: a pattern that starts with
# a character class is scanned for quickly, and the abbreviations are only tried after a
# capital. (Its lower-case letters then its full stop make the lookbehind see the whole
# abbreviation.)
_AFTER_CAPITAL = (
    rf"(?:\p{{Ll}}{{1,3}}\.(?<=(?:{_ABBREVIATED})\.)"
    r"|\.(?=[ \u00a0]\p{Lu})"
    r"|[\p{L}\p{M}]*(?:[\u2019'\-](?!s\b)\p{L}[\p{L}\p{M}]*)*)"
)
_FIRST_WORD = rf"\p{{Lu}}(?<![\p{{L}}\p{{M}}\d]\p{{Lu}}){_AFTER_CAPITAL}"
# _PARTICLES letter by letter, which the engine tries faster than the words one by one (a
# test checks NAME_RUN against a pattern built from _PARTICLES).
_PARTICLE_TRIE = r"(?:v[ao]n|d(?:e(?:[rn]|l(?:la)?)?|[aiu]|os|as)|l[ae]|bin|ibn|[ae]l|te[rn])"
# (The lookahead lets the engine give up at once before a lower-case word.)
_NEXT_WORD = (
    rf"(?:[ \u00a0]+|\r\n?|\n)(?=[\p{{Lu}}vdlbiate])(?:{_PARTICLE_TRIE}[ \u00a0]+)*"
    rf"\p{{Lu}}{_AFTER_CAPITAL}"
)
#: A run of capitalised words (with name particles between them).
NAME_RUN = regex.compile(rf"{_FIRST_WORD}(?:{_NEXT_WORD})*", regex.VERSION1)
_TOKEN_RE = regex.compile(rf"{_TOKEN}|{_PARTICLES}\b", regex.VERSION1)


def every_match(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    """A pattern whose one match captures (group 1) every match ``pattern.finditer`` finds.

    *pattern* must only match from an upper-case letter. Where it fails at a
    capital, one character is skipped, as ``finditer`` does. Use it through
    :func:`every_span` (or :func:`every_scan`, for other groups).
    """
    return regex.compile(rf"(?:({pattern.pattern})|[^\p{{Lu}}]+|(?s:.))*", pattern.flags)


#: :func:`every_scan` scans pieces of about this many characters: one call per piece pays the
#: timeout's clock once, and the engine's working memory grows faster than the piece.
_SCAN_PIECE = 1024
#: Where a piece may end: after a character that no match of the ``every_match`` patterns
#: here (the name runs) holds, or after a space before a lower-case letter that no name
#: particle begins with. No such match holds that space or looks past it.
_PIECE_END = regex.compile(r"[^\p{L}\p{M}\s\u2019'\-.]|[ \u00a0](?=\p{Ll})(?![vdlbiate])")


def _piece_end(text: str, pos: int, end: int) -> int:
    """Where the piece of ``text[pos:end]`` that starts at *pos* ends (see :data:`_PIECE_END`)."""
    if end - pos <= 2 * _SCAN_PIECE:
        return end
    start = pos + _SCAN_PIECE
    comma = text.find(",", start, start + _SCAN_PIECE)  # the usual place, found fastest
    if comma >= 0:
        return comma + 1
    found = _PIECE_END.search(text, start, end, timeout=REGEX_TIMEOUT)
    return end if found is None else found.end()


def every_scan(
    every: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[regex.Match[str]]:
    """The matches of *every* (see :func:`every_match`) over *text*, a piece at a time.

    A ``finditer`` call pays the timeout's clock once per match, which doubles
    the cost of a scan for names; this pays it once a piece. A piece ends where
    :func:`_piece_end` says, where no match of the patterns used here runs
    across or looks past, so a piece's matches are the whole text's (one match
    over a whole long text would keep the state of every capture at once).
    """
    end = len(text) if endpos is None else endpos
    while pos < end:
        stop = _piece_end(text, pos, end)
        scan = every.match(text, pos, stop, timeout=REGEX_TIMEOUT)
        if scan is not None:
            yield scan
        pos = stop


def every_span(
    every: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[tuple[int, int]]:
    """The spans of ``pattern.finditer(text, pos, endpos)``, for ``every_match(pattern)``."""
    for scan in every_scan(every, text, pos, endpos):
        yield from scan.spans(1)


_EVERY_NAME_RUN = every_match(NAME_RUN)

_ROLE_ALT = "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
# A role noun right before the name: "interviewer Ada Quill", "spokesperson, Ada Quill".


# A word before the role noun. Under full case folding (VERSION1 with IGNORECASE) a class
# holding punctuation is also tried against multi-character folds ("ss" for "\u00df"), which
# makes a failing match some 50 times slower; _word_class(False) turns that off for the class.
# The two differ only on text holding one of _FOLD_MARKS (a combining mark that is part of
# such a fold, as in "J\u030c"): _window_pattern picks the exact pattern for that text.
def _word_class(fullcase: bool) -> str:
    word = r"[\p{L}\-\u2019']+"
    return word if fullcase else rf"(?-f:{word})"


def _appositive_after(fullcase: bool) -> regex.Pattern[str]:
    return regex.compile(
        rf"\s*(?:,\s*(?:who|whose|whom)\b|,\s*(?:an?|the|his|her|its|their)?\s*"
        rf"(?:{_word_class(fullcase)}\s+){{0,5}}(?:{_ROLE_ALT}|editor-in-chief)\b|\s*\(\d{{1,3}}\))",
        regex.IGNORECASE | regex.VERSION1,
    )


# The role in an appositive: "Ada Quill, a senior fellow at the Baltic Institute, said".
def _role_after(fullcase: bool) -> regex.Pattern[str]:
    return regex.compile(
        rf",\s*(?:an?\s+|the\s+)?((?:{_word_class(fullcase)}\s+){{0,5}}?"
        rf"(?:{_ROLE_ALT}|editor-in-chief)\b(?:\s+(?:of|at|for|to)\s+(?:the\s+)?"
        rf"(?-i:\p{{Lu}}[\p{{L}}\-]*(?:\s+\p{{Lu}}[\p{{L}}\-]*){{0,4}}))?)"
        rf"(?=\s*[,.;:()\r\n]|\s*\Z)",
        regex.IGNORECASE | regex.VERSION1,
    )


#: (exact, fast) pairs of the patterns above.
_APPOSITIVE_AFTER = (_appositive_after(True), _appositive_after(False))
_ROLE_AFTER = (_role_after(True), _role_after(False))
#: The combining marks found in a multi-character case fold that the word class matches
#: (U+0307 and U+0345 added to be safe); tests/test_stage_speedups.py checks the list.
_FOLD_MARKS = "\u0300\u0301\u0307\u0308\u030a\u030c\u0313\u0331\u0342\u0345"


def _window_pattern(
    pair: tuple[regex.Pattern[str], regex.Pattern[str]], text: str, start: int, end: int
) -> regex.Pattern[str]:
    """The fast pattern of *pair* unless ``text[start:end]`` holds one of :data:`_FOLD_MARKS`."""
    window = text[start:end]
    if window.isascii() or not any(mark in window for mark in _FOLD_MARKS):
        return pair[1]
    return pair[0]


#: The role nouns the patterns above end on, as UTF-8 (for _may_name_role), and with them
#: "who", on which _APPOSITIVE_AFTER also ends; the articles that open an appositive.
_ROLE_ONLY_BYTES = frozenset(w.encode() for w in (*ROLE_NOUNS, "editor-in-chief"))
_ROLE_BYTES = _ROLE_ONLY_BYTES | {b"who", b"whose", b"whom"}
_ARTICLE_BYTES = (b"an", b"a", b"the", b"his", b"her", b"its", b"their")
#: Maps ASCII punctuation other than the hyphen to a space.
_MARKS_BYTES = bytes(
    0x20 if chr(c) in string.punctuation and chr(c) != "-" else c for c in range(256)
)
#: The patterns reach their role noun within this many white-space separated pieces of a
#: window: the comma, an article, five words and the role noun.
_ROLE_REACH = 8


def _may_name_role(window: str, roles: frozenset[bytes] = _ROLE_BYTES) -> bool:
    """Whether _APPOSITIVE_AFTER's comma branches or _ROLE_AFTER may match *window*.

    A cheap test (pass :data:`_ROLE_ONLY_BYTES` as *roles* for _ROLE_AFTER,
    which has no "who"). Only the first :data:`_ROLE_REACH` white-space
    separated pieces of the window count (white space is all that separates
    the words the patterns match). Typographic marks (see :mod:`._chars`) are taken
    for spaces; past them, outside ASCII (case folding, marks of other
    scripts) it says yes. In ASCII a role noun the patterns match is a word
    of the window (words split at white space and at marks other than a
    hyphen), or the part of one before a hyphen, or the rest of the first word
    after an article run into it (", thechief"); "who" is a word.
    """
    window = " ".join(window.split(None, _ROLE_REACH)[:_ROLE_REACH])
    if not window.isascii():
        window = blank_marks(window)
        if not window.isascii():
            return True
    data = window.lower().encode().translate(_MARKS_BYTES)
    words = data.split()
    if not words:
        return False
    first = words[0]
    heads = []
    if first.startswith(_ARTICLE_BYTES):
        heads = [first[len(a) :] for a in _ARTICLE_BYTES if first.startswith(a)]
    if not roles.isdisjoint(words) or not roles.isdisjoint(heads):
        return True
    if b"-" not in data:
        return False
    for word in (*words, *heads):
        hyphen = word.find(b"-")
        while hyphen > 0:
            if word[:hyphen] in roles:
                return True
            hyphen = word.find(b"-", hyphen + 1)
    return False


_WORD_AFTER = regex.compile(
    r",?\s+(?:(?:also|then|later|has|had|have|would|will|was|once|again|recently|"
    r"[a-z]+ly)\s+)*([a-z]+)",
    regex.VERSION1,
)
_ASCII_LOWER = string.ascii_lowercase
#: The words _WORD_AFTER skips by name.
_SKIPPED_AFTER = frozenset(
    _words("also then later has had have would will was once again recently")
)


def _may_cue_after(window: str) -> bool:
    """Whether the word _WORD_AFTER captures in *window* may be a cue verb.

    A cheap test that follows the pattern word by word: past an opening comma,
    each white-space separated piece is read for its leading ``a``-``z``
    letters (the pattern's words start a piece, and ``\\s`` is white space
    to str.split too); the capture is the first piece's letters that are not
    a whole word the pattern skips, or a skipped word itself.
    """
    if not window or not (window[0] == "," or window[0].isspace()):
        return False
    pieces = window.split()
    if window[0] == "," and pieces[0] == ",":
        del pieces[0]
    for piece in pieces:
        letters = piece[: len(piece) - len(piece.lstrip(_ASCII_LOWER))]
        if letters in CUE_WORDS:
            return True
        if letters != piece or not (
            letters in _SKIPPED_AFTER or (len(letters) > 2 and letters.endswith("ly"))
        ):
            return False
    return False


_SHE_WORDS = frozenset(w.encode() for w in _words("she her hers herself"))
_HE_WORDS = frozenset(w.encode() for w in _words("he his him himself"))
# Punctuation to blank before splitting a window into words: the ASCII marks (and the
# ASCII controls str.split takes for white space and bytes.split does not) as a bytes
# table, the others one by one.
_BLANK_ASCII = ".,;:!?()[]{}\"'-/\x1c\x1d\x1e\x1f"
_BLANK_BYTES = bytes(0x20 if chr(c) in _BLANK_ASCII else c for c in range(256))
_BLANK_WIDE = ("\u201c", "\u201d", "\u2018", "\u2019", "\u2014", "\u2013")
_OPENING_PUNCT = "\u201c\u2018\"'([{\u00ab\u2039"

_FUNCTION_WORDS = frozenset(
    _words("""
    the a an and but or nor so yet for in on at to of by with from as if when while
    since after before because although though meanwhile however still then this that
    these those it its he she they we i you his her their our my your there here
    what which who whom whose where why how not no yes also even only just now today
    yesterday tomorrow later earlier once again according despite during following
    amid among between over under into onto upon about above across against along
    around behind beyond near off out through toward towards within without all any
    both each every few many more most much other some such than too very can could
    may might must shall should will would is are was were be been being do does did
    have has had let lets please read watch listen follow subscribe share sign top
    like unlike
    """)
)
_MONTHS_DAYS = frozenset(
    _words("""
    january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
    thursday friday saturday sunday
    """)
)
#: Place names, demonyms and words that head the names of things, not people.
_NON_PERSON = (
    frozenset(
        _words("""
    afghanistan albania algeria america american americans angola argentina armenia
    asia asian australia australian austria azerbaijan bahrain baltic baltics
    bangladesh belarus belarusian belgium belgian bosnia brazil britain british
    bulgaria canada canadian chechnya chile china chinese colombia crimea croatia
    cuba cyprus czech czechia denmark danish donbas donetsk dutch egypt england
    english estonia estonian europe european eurasia finland finnish france french
    georgia georgian germany german greece greek hungary hungarian iceland india
    indian indonesia iran iranian iraq ireland irish israel israeli italy italian
    japan japanese jordan kazakhstan kharkiv kherson korea korean kosovo kuwait
    kyiv kiev latvia latvian lebanon libya lithuania lithuanian luhansk luxembourg
    macedonia mexico moldova mongolia montenegro morocco moscow netherlands
    norway norwegian nordic pakistan palestine poland polish portugal qatar romania
    romanian russia russian russians saudi serbia serbian slovakia slovenia somalia
    spain spanish sudan sweden swedish switzerland swiss syria syrian taiwan
    tajikistan thailand turkey turkish ukraine ukrainian ukrainians uzbekistan
    venezuela vietnam yemen yugoslavia western eastern northern southern soviet
    washington london paris berlin brussels beijing tokyo warsaw vilnius riga
    tallinn helsinki stockholm oslo copenhagen ankara tehran kabul baghdad
    damascus minsk budapest prague vienna rome madrid lisbon geneva hague davos
    munich frankfurt new york zealand united states kingdom emirates arabia
    north south east west central middle atlantic pacific arctic indo-pacific
    africa african arab gulf sea ocean peninsula island islands river coast
    strait bay canal mountains region oblast province county city street square
    avenue palace hall tower airport station base front
    institute university ministry department agency committee commission council
    parliament congress senate party forces army navy command alliance
    organization organisation treaty act accords accord charter summit court
    tribunal bank fund group times post news journal gazette review office house
    policy war union republic federation assembly company corporation inc ltd
    association foundation center centre service services guard fleet brigade
    battalion regiment division corps bureau authority board cabinet government
    administration embassy mission network radio television tv channel press
    media tribune herald daily weekly magazine plan programme program initiative
    strategy doctrine day fair festival prize award cup games olympics crisis
    crises revolution declaration agreement convention protocol pact deal
    conference forum talks meeting session nato eu un god christmas easter
    covid-19 covid internet twitter facebook telegram youtube instagram
    """)
    )
    | _MONTHS_DAYS
)
_HONORIFIC_GENDER = {
    "mr": "m",
    "sir": "m",
    "lord": "m",
    "king": "m",
    "prince": "m",
    "spokesman": "m",
    "chairman": "m",
    "congressman": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
    "queen": "f",
    "princess": "f",
    "spokeswoman": "f",
    "chairwoman": "f",
    "congresswoman": "f",
}


#: Common first names whose bearer's gender is unambiguous in news usage (general
#: vocabulary of English, European, Slavic, Baltic and Nordic names). A name's
#: pronoun votes still decide when they disagree; ambiguous names (Jean, Andrea,
#: Nikita, Sasha, Kim, Robin, Alexis) are in neither list.
_FEMALE_FIRST = frozenset(
    _words("""
    anna anne ann anja anka agnieszka alina alicia alice aleksandra alexandra alla
    amelia amy angela angelika anita anastasia annalena antonina barbara beata
    birgit brigitte camille carla carmen caroline catherine charlotte christina christine
    claire claudia dagmar daria darya diana dorota edyta elena elina elisabeth elizabeth
    ella elzbieta emily emma eva eve ewa francesca gabriela giorgia grace hanna hannah
    heidi helen helena ilona inga ingrid irina iryna isabel jana jane janet jennifer
    jessica joanna johanna julia julie karin karolina katarina katarzyna katherine
    kathrin katja kaja kristina krisztina larysa laura lena lidia linda lisa liudmyla
    lucia ludmila lyudmila magdalena maja malgorzata margaret margarethe margrethe maria
    marie marina marta martina mary maryna mette monika nadia natalia natalya nataliya
    natasha nina oksana olena olga paula petra rachel renata rosa ruth sabine sandra
    sanna sara sarah sofia sophie stefania susan svetlana svitlana tatiana tatyana
    teresa ursula valentina valeria vera veronika victoria viktoria viktoriia yulia
    yuliia zofia zuzana kaja kersti kadri liis triin ieva inese ruta jurate dalia
    ingrida vilma evika agnes lotta kirsi tarja jutta ulla hilde solveig astrid
    frederikke kamala hillary nancy annegret giorgia roberta ulrike
    halyna kateryna tetiana tetyana olha lyudmyla valentyna nadiya khrystyna yana inna
    alona alyona mariia sofiia anastasiia nataliia yevheniia raisa zoya liliia lesia
    """)
)
_MALE_FIRST = frozenset(
    _words("""
    aleksander aleksandr alexander alexei aleksei alexey andrei andrey andriy andrzej
    anton antony anthony arseniy arthur artem boris bogdan bohdan charles christian
    christoph christopher daniel david denys denis dmitry dmytro donald edgars egils
    emmanuel erik evgeny fedir frank friedrich georg george gerhard gustav hans heinrich
    henrik ihor igor ivan jacek jakub james janis jaroslaw jens jerzy joe johann johannes
    john jonas josef joseph juha jurgen kari karl kaspars kestutis klaus krzysztof kyrylo
    lars leonid lukas lukasz maciej marcin marek mark markus martin matthias maxim maksym
    michael michal mikhail mykhailo mykola nikolai nikolay oleg oleh oleksandr oleksii
    oleksiy olaf olof oscar pavel pavlo peter petr petro petteri piotr radoslaw rafal
    richard robert roman rishi rustem sauli sergei sergey serhiy stanislav stefan steffen
    sergiy taras thomas tomas tomasz ulf valdis valery valeriy vasyl viktor vitali
    vitaliy vladimir volodymyr wojciech yevgeny yuri yuriy zbigniew mateusz andrius
    gitanas edgars rihards urmas juri alar lauri hannu jussi mikko pekka ville
    olli timo jonas ulf magnus jonas mats sven nils lloyd antonio emmanuel giorgio
    mario matteo luigi pedro jose manuel carlos pablo fernando francisco juan miguel
    pierre jacques francois olivier nicolas sebastien ben benjamin william harry jack
    joseph keir boris kevin brian paul patrick sean steven stephen matthew andrew
    yaroslav vadym ruslan yevhen vitalii andrii serhii kostiantyn anatoliy anatolii
    valerii hennadiy hennadii hryhoriy stepan yurii vladyslav illia danylo rostyslav
    """)
)


def _key(token: str) -> str:
    return token.lower().rstrip(".")


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of *a* and *b*, or ``limit + 1`` once it exceeds *limit*."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def similar_surnames(a: str, b: str, *, same_first_name: bool = False) -> bool:
    """Whether two surnames are near-identical spellings of one name.

    >>> similar_surnames("Quillfeather", "Quilfeather")
    True
    >>> similar_surnames("Smith", "Smyth")
    False
    """
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    shortest = min(len(a), len(b))
    if a[:2] != b[:2] or shortest < (4 if same_first_name else 6):
        return False
    limit = 2 if shortest >= (7 if same_first_name else 9) else 1
    return edit_distance(a, b, limit) <= limit


class _Candidate(NamedTuple):
    tokens: tuple[str, ...]
    span: tuple[int, int]
    title: str | None
    evidence: bool
    gender: str | None
    #: The index of its block (whose trust _merge asks for only when it must).
    block: int
    #: Whether the candidate is a given name used alone (see :func:`_solo_name`).
    given: bool = False


def _split_run(run: str) -> list[tuple[str, int, int]]:
    """The words of a :data:`NAME_RUN` match (its words are separated by white space only)."""
    out = []
    pos = 0
    for word in run.split():
        pos = run.index(word, pos)
        out.append((word, pos, pos + len(word)))
        pos += len(word)
    return out


def _titlecase_block(block_text: str) -> bool:
    """Whether every word of a block is capitalised (title case or all capitals).

    In such a block ("Q: Minister, Is The Package Enough?", a page in
    capitals) any two capitalised words look like a name, so it creates nobody:
    it may only mention people named elsewhere.
    """
    # Prose has a lower-case word within its first few words: look there first.
    for part in (block_text[:80], block_text):
        for word in part.split():
            word = word.lstrip(_OPENING_PUNCT)
            if len(word) >= 3 and word[0].islower() and word[1].isalpha() and word[2].isalpha():
                return False
    words = [w.strip("\u201c\u201d\u2018\u2019\"'.,:;!?()") for w in block_text.split()]
    return sum(1 for w in words if len(w) > 1 and w[:1].isalpha()) >= 3


#: A pair's first item.
_FIRST = itemgetter(0)


def _count(item: tuple[str, int]) -> int:
    return item[1]


def _start(cand: _Candidate) -> int:
    return cand.span[0]


def _one_word(run: str) -> bool:
    return " " not in run and "\u00a0" not in run and "\n" not in run and "\r" not in run


def _may_be_surname(word: str) -> bool:
    """Whether a single capitalised word may be a surname (of someone named in full)."""
    key = _key(word)
    if key in _FUNCTION_WORDS or key in _NON_PERSON or key in TITLE_WORDS or word.isupper():
        return False
    return not word.endswith(".")


_FUNCTION_OR_DATE = _FUNCTION_WORDS | _MONTHS_DAYS
#: The words a name cannot hold: function words, titles and cue verbs (by their lower case).
_NAME_STOP = _FUNCTION_WORDS | TITLE_WORDS | CUE_WORDS


class _Shape(NamedTuple):
    """What the words of a run alone tell of the name in it (see :func:`_run_shape`)."""

    tokens: tuple[str, ...]
    #: Where the name is, from the run's start.
    start: int
    end: int
    title: str | None
    #: Whether a title stands right before the whole name (evidence enough).
    titled: bool
    gender: str | None


def _hyphenated_title(key: str) -> bool:
    """Whether *key* joins title words with hyphens ("colonel-general", "rear-admiral")."""
    return "-" in key and all(part in TITLE_WORDS for part in key.split("-"))


def _run_shape(run: str) -> _Shape | None:
    """The name in a run of two capitalised words or more, or ``None`` when it holds none.

    A run's text alone decides this, so build() asks once per distinct run.
    """
    words = run.split()
    if not words:
        return None
    # (as _key; lower-casing the run lower-cases each of its words)
    low = run.lower()
    keys = [w.rstrip(".") for w in low.split()] if "." in low else low.split()
    last_title = -1
    if not TITLE_OR_ROLE_WORDS.isdisjoint(keys) or "-" in low:
        for k in range(len(keys) - 1):
            if keys[k] in TITLE_OR_ROLE_WORDS or _hyphenated_title(keys[k]):
                last_title = k
    if last_title >= 0:
        name = last_title + 1
    else:
        name = 0
        while name < len(words) and (
            keys[name] in _FUNCTION_OR_DATE
            or (words[name].isupper() and len(words[name]) >= 2 and keys[name] in _NON_PERSON)
        ):
            name += 1
    # Cut the name at the first word that cannot be part of a name.
    cut = name
    while cut < len(words) and keys[cut] not in _NAME_STOP:
        cut += 1
    if cut == name or cut - name > 4 or not _NON_PERSON.isdisjoint(keys[name:cut]):
        return None
    last = words[cut - 1]
    if last.isupper() and len(last) > 1:  # acronyms are organisations
        return None
    gender: str | None = None
    title: str | None = None
    if name == 0 and cut == len(words):  # the whole run (which starts and ends on a word)
        return _Shape(tuple(words), 0, len(run), title, False, gender)
    tokens = _split_run(run)
    if last_title >= 0:
        for key in keys[: last_title + 1]:
            gender = _HONORIFIC_GENDER.get(key, gender)
        first = 0
        while first < last_title and keys[first] in _FUNCTION_WORDS:
            first += 1
        title = run[tokens[first][1] : tokens[last_title][2]]
    return _Shape(
        tuple(words[name:cut]),
        tokens[name][1],
        tokens[cut - 1][2],
        title,
        last_title >= 0 and cut == len(tokens),
        gender,
    )


def _candidate(text: str, start: int, shape: _Shape, block: int) -> _Candidate:
    """The candidate of a run at *start* whose words give *shape*; its context adds evidence."""
    s, e = start + shape.start, start + shape.end
    evidence = shape.titled
    title = shape.title
    if len(shape.tokens) > 1:
        if not evidence:
            evidence = _has_evidence(text, s, e)
        if title is None:
            title = _appositive_role(text, e)
    return _Candidate(shape.tokens, (s, e), title, evidence, shape.gender, block)


def _appositive_role(text: str, e: int) -> str | None:
    """The role in an appositive right after a name ending at *e* (see :data:`_ROLE_AFTER`)."""
    end = min(len(text), e + 120)
    # (The pattern opens with a comma.)
    if text.startswith(",", e) and _may_name_role(text[e:end], _ROLE_ONLY_BYTES):
        pattern = _window_pattern(_ROLE_AFTER, text, e, end)
        role = pattern.match(text, e, end, timeout=REGEX_TIMEOUT)
        if role is not None:
            return str(role.group(1))
    return None


_EVIDENCE_BEFORE = ROLE_NOUNS | {"by", "interviewer", "fellow", "editor-in-chief"}


def _has_evidence(text: str, s: int, e: int) -> bool:
    """A role noun or cue verb just before the name, or an appositive or cue verb after it."""
    before = text[max(0, s - 30) : s].replace(",", " ").rsplit(None, 1)
    if before:
        last = before[-1].lower()
        if last in _EVIDENCE_BEFORE or cue_lemma(last) is not None:
            return True
    end = min(len(text), e + 80)
    # Every branch opens with white space and a comma or a bracket.
    window = text[e:end].lstrip()
    if window.startswith("(") or (window.startswith(",") and _may_name_role(window)):
        pattern = _window_pattern(_APPOSITIVE_AFTER, text, e, end)
        if pattern.match(text, e, end, timeout=REGEX_TIMEOUT):
            return True
    end = min(len(text), e + 60)
    if not _may_cue_after(text[e:end]):
        return False
    m = _WORD_AFTER.match(text, e, end, timeout=REGEX_TIMEOUT)
    return bool(m and cue_lemma(m.group(1)) is not None)


#: Role nouns that also describe a country, a city or a body ("Malta, an EU member",
#: "Istanbul, the host of the talks"): no evidence that a single word is a person.
_PLACE_ROLES = frozenset(
    _words("""
    member members candidate host source sources representative observer leader chair head
    founder author delegate insider chief
    """)
)
#: Capitalised words that open a sentence before a comma and are no names ("Elsewhere, a
#: soldier said"); words ending in "ly" are taken as such adverbs too.
_SENTENCE_ADVERBS = frozenset(
    _words("""
    elsewhere nearby overnight afterwards afterward moreover furthermore nevertheless
    nonetheless indeed overall tonight instead inside outside together otherwise first
    second third finally last next separately thus hence ultimately similarly likewise
    initially previously recently currently
    """)
)
#: Nouns for people that appositives of civilians and soldiers use besides the role nouns.
_PERSON_NOUNS = frozenset(
    _words("""
    pensioner retiree grandmother grandfather grandson granddaughter son
    daughter wife husband widow widower sister brother uncle aunt nephew niece cousin
    engineer driver medic paramedic refugee mechanic accountant businessman businesswoman
    shopkeeper miner builder electrician sniper gunner paratrooper marine infantryman
    priest cook programmer designer musician artist singer photographer filmmaker
    surgeon dentist pharmacist midwife firefighter rescuer policeman policewoman guard
    serviceman servicewoman conscript recruit deserter prisoner
    detainee survivor evacuee neighbour neighbor owner manager shop-owner lecturer
    """)
)
#: Prepositions before a single word make it a place or a thing ("In Izium, a soldier").
_SOLO_PREPOSITIONS = frozenset(
    _words("""
    in at on from to into onto near outside inside across through by with for of over
    under behind beyond toward towards around along against among between within without
    after before since during via like unlike including
    """)
)
_SOLO_ARTICLES = frozenset(_words("a an the his her their"))
_SOLO_RELATIVES = frozenset(_words("who"))
_SOLO_PUNCT = ",.;:)"


def _solo_name(text: str, s: int, e: int) -> bool:
    """Whether the single capitalised word ``text[s:e]``, followed by a comma, is a person
    by the grammar around it.

    News prose names civilians and soldiers by a first name only, with an age or a
    description in apposition: "said Olena, 34, a teacher", "Serhiy, a 41-year-old drone
    operator, said", "said Andriy, who declined to give his surname". So the word is a
    person when the comma opens an age (one to three digits, then punctuation, and not
    a list of numbers), a relative clause with "who" ("whose" is also said of places and
    companies), or a description: an optional article, modifiers and
    a role noun or an age in years ("a teacher", "the battalion's commander", "a
    29-year-old resident"), or a relative clause after a description ("a former
    accountant who ..."); or when a role noun and a comma stand before it ("her
    husband, Ihor, stayed"). Role nouns that fit places and bodies as well ("member",
    "host") do not count. Not after a preposition ("In Izium, a soldier said"), and not
    for sentence adverbs ("Elsewhere, a soldier said", "Separately, ...").
    """
    word = text[s:e]
    key = word.lower()
    if (
        not _may_be_surname(word)
        or key in _SENTENCE_ADVERBS
        or key in CUE_WORDS
        or key.endswith("ly")
        or not word.isalpha()
    ):
        return False
    pieces = text[e + 1 : e + 160].split(None, 8)[:8]
    if not pieces or not text[e + 1 : e + 2].isspace():
        return False  # (a comma before a closing quotation mark ends a quotation)
    head = pieces[0]
    bare = head.rstrip(_SOLO_PUNCT)
    if bare.isdigit() and len(bare) <= 3 and (len(head) > len(bare) or len(pieces) == 1):
        # "Olena, 34, a teacher", "said Bohdan, 52." (not a list: "Odesa, 12, Sumy, 5")
        return not head.endswith(",") or len(pieces) == 1 or pieces[1][:1].islower()
    before = text[max(0, s - 24) : s].split()
    if before and before[-1] in _SOLO_PREPOSITIONS:
        return False  # "In Izium, ...", "with Kharkiv, ..."
    if before and before[-1].endswith(","):
        noun = before[-1][:-1]
        if noun in _PERSON_NOUNS or (noun in ROLE_NOUNS and noun not in _PLACE_ROLES):
            return True  # "Her husband, Ihor, stayed behind"
    if bare.lower() in _SOLO_RELATIVES and bare == head:
        return True
    first = 1 if bare.lower() in _SOLO_ARTICLES and bare == head else 0
    for n, piece in enumerate(pieces[first : first + 5]):
        bare = piece.rstrip(_SOLO_PUNCT)
        low = bare.lower()
        if low.endswith("year-old") or (
            bare == low  # (a capitalised role is the title of a name that follows)
            and (
                low in _PERSON_NOUNS
                or (low in ROLE_NOUNS and low not in _PLACE_ROLES)
                or (n and first and low in _SOLO_RELATIVES)  # "a former accountant who ..."
            )
        ):
            return True
        if bare != piece or low in _FUNCTION_WORDS or low in CUE_WORDS or not low[:1].isalnum():
            return False
    return False


#: Words that open a sentence as its subject and name nobody ("Everyone said").
_INDEFINITE = frozenset(
    _words(
        "everyone everybody someone somebody nobody anyone anybody none neither either "
        "people children women men"
    )
)


def lone_name(word: str, opens_sentence: bool) -> bool:
    """Whether a capitalised word standing alone as the subject of a cue verb may be the
    name of its speaker ("“...,” Zelenskyy said", "said Gazprom").

    Not a function word, title, place, demonym, role noun, cue word or acronym (an
    acronym is an organisation found elsewhere). A word that opens its sentence is
    capitalised anyway: there a plural noun ("Prosecutors said", "People say"), an
    adverb or an indefinite pronoun ("Everyone said") is no name, so words ending in "s" or "ly"
    do not count there.
    """
    if len(word) < 2 or not word[0].isupper() or not word.replace("-", "").isalpha():
        return False
    key = word.lower()
    if (
        not _may_be_surname(word)
        or key in ROLE_NOUNS
        or key in CUE_WORDS
        or key in _INDEFINITE
        or key in _SENTENCE_ADVERBS
    ):
        return False
    return not opens_sentence or not key.endswith(("s", "ly"))


@attrs.define
class _Entry:
    full: dict[str, int]  # full-name forms and how often each is used
    surname: str
    first: str | None
    aliases: set[str]
    title: str | None
    gender_votes: dict[str, int]  # (dicts, not Counters: many entries are made)
    mentions: list[tuple[int, int]]
    order: int
    weak: bool = False
    #: Whether the person is named by one given name only ("Olena, 34, a teacher").
    given: bool = False


class PeopleIndex:
    """The people of one article.

    >>> text = "Minister Ada Quill spoke first. Quill said talks would go on."
    >>> from natocorpus._records import Block, BlockRole, Span
    >>> index = PeopleIndex.build(text, [Block(BlockRole.PARAGRAPH, text, Span(0, len(text)))])
    >>> index.canonical("Quill"), index.canonical("Quil"), index.canonical("Bob")
    ('Ada Quill', None, None)
    """

    def __init__(
        self,
        persons: Sequence[Person] = (),
        genders: dict[str, str] | None = None,
        weak: frozenset[str] = frozenset(),
    ) -> None:
        self._persons = tuple(persons)
        self._genders = dict(genders or {})
        self._weak = weak
        spans: list[tuple[int, int, str]] = []
        for person in self._persons:
            spans.extend((m.start, m.end, person.name) for m in person.mentions)
        spans.sort()
        self._mention_spans = spans
        self._starts = list(map(_FIRST, spans))
        self._by_name = {p.name: p for p in self._persons}
        # canonical() looks names up here instead of scanning every person.
        self._exact: dict[str, str] = {}
        self._by_prefix: dict[str, list[Person]] = {}
        for person in self._persons:
            for form in (person.name, *person.aliases):
                self._exact.setdefault(form.lower(), person.name)
            surname = person.name.split()[-1]
            self._by_prefix.setdefault(surname[:2].lower(), []).append(person)
        self._cache: dict[str, str | None] = {}

    @classmethod
    def build(cls, text: str, blocks: Sequence[Block]) -> PeopleIndex:
        """Index the people named in the content blocks of *text*."""
        runs = _Runs(text, blocks)
        # A single word only ever joins someone named in full (see _merge), whose surname
        # (a last token of a longer run) shares its first two letters: single words are
        # placed in their blocks once the longer runs tell which are worth it. (Where a
        # word crosses blocks, placing it may cut it into others: all are placed at once.)
        crossing = runs.word_crosses_block()
        placed = runs.place(sorted([*runs.longer, *runs.word_spans]) if crossing else runs.longer)
        named: list[_Candidate] = []  # from runs of two words or more
        singles: list[tuple[int, int, int]] = []  # (block index, start, end) of one-word runs
        trusted: dict[int, bool] = {}

        def is_trusted(k: int) -> bool:
            """Whether block *k* may create people (see _titlecase_block)."""
            if k not in trusted:
                trusted[k] = not _titlecase_block(blocks[k].text)
            return trusted[k]

        shapes: dict[str, _Shape | None] = {}
        for k, start, end in placed:
            run = text[start:end]
            if _one_word(run):
                singles.append((k, start, end))
                continue
            if run in shapes:
                shape = shapes[run]
            else:
                shape = shapes[run] = _run_shape(run)
            if shape is None:
                continue
            named.append(_candidate(text, start, shape, k))
        prefixes = {cand.tokens[-1][:2].lower() for cand in named}
        # A single word followed by a comma may be a person named by a given name alone.
        solo = {
            span
            for span in compress(runs.word_spans, map(",".__eq__, runs.after_words()))
            if _solo_name(text, *span)
        }
        if solo:
            prefixes.update(text[a : a + 2].lower() for a, _ in solo)
        if not crossing and prefixes:
            wanted = {w for w in set(runs.words) if w[:2].lower() in prefixes}
            spans = compress(runs.word_spans, map(wanted.__contains__, runs.words))
            singles.extend(runs.place(spans))
        surnames: dict[str, bool] = {}  # single word -> whether it may be such a surname
        alone: list[_Candidate] = []
        for k, start, end in singles:
            word = text[start:end]
            may = surnames.get(word)
            if may is None:
                may = surnames[word] = word[:2].lower() in prefixes and _may_be_surname(word)
            if may:
                if solo and (start, end) in solo:
                    title = _appositive_role(text, end)
                    alone.append(_Candidate((word,), (start, end), title, True, None, k, True))
                else:
                    alone.append(_Candidate((word,), (start, end), None, False, None, k))
        candidates = sorted([*named, *alone], key=_start) if alone else named
        entries = _merge(candidates, is_trusted)
        _vote_genders(text, sorted(runs.ends), entries)
        persons = []
        genders: dict[str, str] = {}
        weak: set[str] = set()
        for entry in sorted(entries, key=lambda e: e.order):
            name = _canonical_form(entry)
            aliases = tuple(sorted(a for a in entry.aliases if a != name))
            persons.append(
                Person(
                    name=name,
                    aliases=aliases,
                    title=entry.title,
                    mentions=tuple(starmap(Span, sorted(entry.mentions))),
                )
            )
            if entry.weak:
                weak.add(name)
            votes = entry.gender_votes
            first_name = name.split()[0].lower() if " " in name or entry.given else ""
            if first_name in _FEMALE_FIRST:
                votes["f"] = votes.get("f", 0) + 3
            elif first_name in _MALE_FIRST:
                votes["m"] = votes.get("m", 0) + 3
            elif entry.title and not votes:  # "Ada Quill, a spokeswoman for the ministry"
                for word in entry.title.lower().split():
                    if word in _HONORIFIC_GENDER:
                        votes[_HONORIFIC_GENDER[word]] = 1  # (no votes before)
                        break
            if votes:
                # (the first of equal counts, as Counter.most_common gives it)
                top, most = max(votes.items(), key=_count)
                if len(votes) == 1 or most > 2 * min(votes.values()):
                    genders[name] = top
        return cls(persons, genders, frozenset(weak))

    @property
    def persons(self) -> tuple[Person, ...]:
        """Everyone the article names, in order of first mention."""
        return self._persons

    def person(self, name: str) -> Person | None:
        """The :class:`Person` under canonical *name*, if any."""
        return self._by_name.get(name)

    def is_weak(self, name: str) -> bool:
        """Whether *name* is only a run of capitalised words that looks like a name.

        Such a person speaks when a cue verb names them, but a pronoun only
        resolves to them when nobody better is around.
        """
        return name in self._weak

    def gender(self, name: str) -> str | None:
        """``"m"``, ``"f"`` or ``None`` (unknown) for the person under canonical *name*."""
        return self._genders.get(name)

    def mentions_between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """``(start, end, canonical name)`` of every name mention inside ``[start, end)``."""
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self._mention_spans) and self._mention_spans[i][0] < end:
            if self._mention_spans[i][1] <= end:
                out.append(self._mention_spans[i])
            i += 1
        return out

    def canonical(self, mention: str) -> str | None:
        """The canonical full name for *mention*, or ``None`` if unknown."""
        if mention not in self._cache:
            self._cache[mention] = self._lookup(mention)
        return self._cache[mention]

    def _lookup(self, mention: str) -> str | None:
        found = _TOKEN_RE.findall(mention.strip(), timeout=REGEX_TIMEOUT)
        tokens = [t for t in found if _key(t) not in TITLE_WORDS]
        tokens = [t[:-2] if t.endswith(("\u2019s", "'s")) else t for t in tokens]
        if not tokens:
            return None
        wanted = " ".join(tokens).lower()
        if wanted in self._exact:
            return self._exact[wanted]
        while len(tokens) > 1 and tokens[0].lower() in _PARTICLE_WORDS:
            tokens = tokens[1:]  # "Van Houten" opening a sentence: the surname of "Piet van Houten"
        surname = tokens[-1]
        first = tokens[0] if len(tokens) > 1 else None
        best: Person | None = None
        # Near-identical surnames share their first two letters (see similar_surnames).
        for person in self._by_prefix.get(surname[:2].lower(), ()):
            parts = person.name.split()
            initial = first is not None and len(first) <= 2 and parts[0][0] == first[0]
            if (
                first is not None
                and len(parts) > 1
                and parts[0].lower() != first.lower()
                and not initial
            ):
                continue
            if similar_surnames(parts[-1], surname, same_first_name=first is not None) and (
                best is None or len(person.mentions) > len(best.mentions)
            ):
                best = person
        return best.name if best else None


class _Runs:
    """The :data:`NAME_RUN` matches of a text, and where its blocks are.

    One scan over the text (a regex call per block costs more than the scan
    itself) finds runs of two words or more (:attr:`longer`) and single words
    (:attr:`words`, at :attr:`word_spans`). :meth:`place` puts runs in their
    content blocks; a run that crosses from one block into the next is scanned
    again block by block, so no run ever spans two blocks.
    """

    def __init__(self, text: str, blocks: Sequence[Block]) -> None:
        self.text = text
        self.is_content = [b.role.is_content for b in blocks]
        self.starts = [b.span.start for b in blocks]
        self.ends = [b.span.end for b in blocks]
        self.ends.append(len(text) + 1)  # a sentinel: place() never runs off the list
        self.longer: list[tuple[int, int]] = []
        self.word_spans: list[tuple[int, int]] = []
        self.words: list[str] = []
        if not any(self.is_content):
            return
        first = self.is_content.index(True)
        last = len(blocks) - 1 - self.is_content[::-1].index(True)
        spans: list[tuple[int, int]] = []
        found: list[str] = []
        for scan in every_scan(_EVERY_NAME_RUN, text, self.starts[first], self.ends[last]):
            spans.extend(scan.spans(1))
            found.extend(scan.captures(1))
        # (_one_word, inlined: this runs once per capitalised word of the text)
        one = [
            run.isalpha()
            or (" " not in run and "\u00a0" not in run and "\n" not in run and "\r" not in run)
            for run in found
        ]
        self.longer = list(compress(spans, map(not_, one)))
        self.word_spans = list(compress(spans, one))
        self.words = list(compress(found, one))

    def after_words(self) -> list[str]:
        """The character after each single word (at :attr:`word_spans`), or ``""``."""
        text = self.text
        return [text[e : e + 1] for _, e in self.word_spans]

    def word_crosses_block(self) -> bool:
        """Whether a single word runs over the end of a block (no layout makes one)."""
        word_starts = list(map(_FIRST, self.word_spans))
        for end in self.ends:
            i = bisect.bisect_left(word_starts, end) - 1
            if i >= 0 and self.word_spans[i][1] > end:
                return True
        return False

    def place(self, runs: Iterable[tuple[int, int]]) -> list[tuple[int, int, int]]:
        """``(block index, start, end)`` of *runs* (in text order) inside content blocks."""
        text, is_content, starts, ends = self.text, self.is_content, self.starts, self.ends
        out: list[tuple[int, int, int]] = []
        append = out.append
        j = 0
        for s, e in runs:
            while ends[j] <= s:
                j += 1
            if s < starts[j]:
                continue  # between blocks (not possible for a non-blank line, but be safe)
            if e <= ends[j]:
                if is_content[j]:
                    append((j, s, e))
                continue
            k = j
            while k < len(is_content) and starts[k] < e:
                if is_content[k]:
                    for m2 in NAME_RUN.finditer(
                        text, max(s, starts[k]), ends[k], timeout=REGEX_TIMEOUT
                    ):
                        if m2.start() >= e:
                            break
                        append((k, m2.start(), m2.end()))
                k += 1
        return out


def _merge(candidates: list[_Candidate], trusted: Callable[[int], bool]) -> list[_Entry]:
    """Group *candidates* into entries, one per person.

    ``trusted(block)`` tells whether a candidate's block may create people; it
    is asked only of a candidate that would create someone.
    """
    entries: list[_Entry] = []
    # Near-identical surnames share their first two letters: bucket the entries by them.
    buckets: dict[str, list[_Entry]] = {}
    exact: dict[str, list[_Entry]] = {}  # the same entries by lower-cased surname
    pending: list[_Candidate] = []
    surname_alone = {c.tokens[0] for c in candidates if len(c.tokens) == 1}
    # First the multi-word names with evidence (or whose surname recurs alone).
    for order, cand in enumerate(candidates):
        if len(cand.tokens) < 2:
            pending.append(cand)
            continue
        surname = cand.tokens[-1]
        strong = cand.evidence or surname in surname_alone
        bucket = buckets.get(surname[:2].lower())
        entry = _find(bucket, cand.tokens, exact) if bucket else None
        if entry is None:
            if not trusted(cand.block) or (not strong and not _plain_name(cand.tokens)):
                pending.append(cand)
                continue
            entry = _Entry({}, surname, cand.tokens[0], set(), None, {}, [], order)
            entry.weak = not strong
            entries.append(entry)
            buckets.setdefault(surname[:2].lower(), []).append(entry)
            exact.setdefault(surname.lower(), []).append(entry)
        elif strong:
            entry.weak = False
        _add(entry, cand)
    # Then single words (surnames) and the leftovers.
    cache: dict[tuple[str, ...], _Entry | None] = {}
    for cand in pending:
        if cand.tokens in cache:
            entry = cache[cand.tokens]
        else:
            entry = cache[cand.tokens] = _find(
                buckets.get(cand.tokens[-1][:2].lower(), []), cand.tokens, exact
            )
        if entry is None:
            if (
                len(cand.tokens) == 1
                and cand.evidence
                and trusted(cand.block)
                and (cand.title or cand.given)
            ):
                entry = _Entry(
                    {},
                    cand.tokens[0],
                    None,
                    set(),
                    None,
                    {},
                    [],
                    len(entries) + 10**6,
                    given=cand.given,
                )
                entries.append(entry)
                buckets.setdefault(cand.tokens[0][:2].lower(), []).append(entry)
                exact.setdefault(cand.tokens[0].lower(), []).append(entry)
                cache.clear()
            else:
                continue
        _add(entry, cand)
    for entry in entries:
        if entry.mentions:
            entry.order = min(entry.mentions)[0]
    return entries


_MIXED_CASE = regex.compile(r"^\p{Lu}.*\p{Lu}", regex.VERSION1)
_NAME_PREFIX = regex.compile(
    r"^(?:Mc|Mac|O\u2019|O'|D\u2019|D'|Di|De|Le|La|Van|Von)\p{Lu}", regex.VERSION1
)


def _plain_name(tokens: tuple[str, ...]) -> bool:
    """Whether *tokens* look like "Firstname Lastname" (for names without other evidence)."""
    if len(tokens) != 2:
        return False
    for token in tokens:
        if len(token) < 2 or ("-" in token[1:] and token.split("-")[-1].islower()):
            return False
        if token.isascii():  # (as _MIXED_CASE, without a regex call)
            rest = token[1:]
            mixed = token[0].isupper() and rest != rest.lower()
        else:
            mixed = _MIXED_CASE.match(token) is not None
        if mixed and not _NAME_PREFIX.match(token):
            return False
    return True


def _find(
    entries: list[_Entry], tokens: tuple[str, ...], exact: dict[str, list[_Entry]]
) -> _Entry | None:
    """The entry for *tokens*: same surname, or a near spelling among the first entries.

    *entries* is the bucket of surnames with the same first two letters.
    Spelling variants are looked for among its first :data:`_FUZZY_REACH` entries
    only, so thousands of similar surnames (hostile input) cost no quadratic work.
    """
    surname = tokens[-1]
    # "Van Dijk" opening a sentence is the surname of "Anouk van Dijk", not a first name.
    first = tokens[0] if len(tokens) > 1 and tokens[0].lower() not in _PARTICLE_WORDS else None
    pool = entries[:_FUZZY_REACH]
    if len(entries) > _FUZZY_REACH:
        seen = {id(e) for e in pool}
        pool = pool + [e for e in exact.get(surname.lower(), ()) if id(e) not in seen]
    found: _Entry | None = None
    for entry in pool:
        if first is not None and entry.first is not None and entry.first != first:
            continue
        if similar_surnames(entry.surname, surname, same_first_name=first is not None) and (
            found is None or sum(entry.full.values()) > sum(found.full.values())
        ):
            found = entry
    return found


_FUZZY_REACH = 32


def _add(entry: _Entry, cand: _Candidate) -> None:
    surface = " ".join(cand.tokens)
    if len(cand.tokens) > 1 and cand.tokens[0].lower() not in _PARTICLE_WORDS:
        entry.full[surface] = entry.full.get(surface, 0) + 1
        if entry.first is None:
            entry.first = cand.tokens[0]
    entry.aliases.add(surface)
    entry.mentions.append(cand.span)
    if cand.title and entry.title is None:
        entry.title = cand.title
    if cand.gender:
        entry.gender_votes[cand.gender] = entry.gender_votes.get(cand.gender, 0) + 3


def _canonical_form(entry: _Entry) -> str:
    if entry.full:  # (full names only: the most used, the first of equals)
        return max(entry.full.items(), key=_count)[0]
    return entry.surname


def _vote_genders(text: str, block_ends: Sequence[int], entries: list[_Entry]) -> None:
    """Count he/his vs she/her between a mention and the next person mention.

    *block_ends* are where the blocks end, in order.
    """
    all_mentions = sorted((a, b, id(e)) for e in entries for a, b in e.mentions)
    by_id = {id(e): e for e in entries}
    count = len(all_mentions)
    for k, (_, end, eid) in enumerate(all_mentions, 1):
        # The window ends 150 characters on, at the next mention or at the block's end.
        limit = end + 150
        if k < count and all_mentions[k][0] < limit:
            limit = all_mentions[k][0]
        j = bisect.bisect_left(block_ends, end)
        if j < len(block_ends) and block_ends[j] < limit:
            limit = block_ends[j]
        # A short window: str methods, not a regex call per mention.
        words = _window_words(text[end:limit])
        she = not _SHE_WORDS.isdisjoint(words)
        he = not _HE_WORDS.isdisjoint(words)
        if she != he:
            votes = by_id[eid].gender_votes
            key = "f" if she else "m"
            votes[key] = votes.get(key, 0) + 1


def _window_words(window: str) -> list[bytes]:
    """The lower-cased words of *window* (UTF-8), punctuation marks taken for spaces.

    Bytes, because ``bytes.translate`` blanks the marks far faster than
    ``str.translate`` does outside ASCII. (A list: the caller only asks twice
    whether a few words are among them, which a set would not make faster.)
    """
    low = window.lower()
    if not low.isascii():
        low = blank_marks(" ".join(low.split()), _BLANK_WIDE)  # (white space outside ASCII)
    return low.encode("utf-8", "surrogatepass").translate(_BLANK_BYTES).split()

"""Money and counted amounts in any text.

Owned by the aid-figures work (issue 5). The contract: ``find_amounts(text)``
returns every amount in *text* in order, spans relative to *text*.

How it reads: the text is cut once into tokens (digit runs, words, currency
symbols, single punctuation marks), each with its offsets. A left-to-right
scan then tries, at each token, the grammar of a money phrase::

    [hedge] [currency] number [scale] [range] [currency] [minor part] [(conversion)]

where *currency* is a symbol, a qualified dollar (``US$``, ``C $``), an ISO
code or a currency word, and *number* is digits or number words. A number
with no currency is kept only when it counts materiel ("a million artillery
shells") or carries a scale word and nothing after it ("at 17.7 billion"): a
bare figure whose currency the sentence before may supply. Everything else
with digits (years, dates, percentages, ages, counts of people, codes) is not
an amount. Every step looks at a bounded number of neighbouring tokens, so
the scan is linear in the length of the text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import NamedTuple

import regex

from . import _currencies as cur
from ._chars import is_word_char
from ._guard import REGEX_TIMEOUT
from ._numbers import (
    NUMBER_WORDS,
    SCALES,
    VAGUE_SCALES,
    parse_digits,
    words_value,
)
from ._records import Amount, Span

__all__ = ["TriggerIndex", "ascii_words", "find_amounts", "find_amounts_at", "lower_chunks"]

_SYMBOL_CLASS = "".join(regex.escape(s) for s in cur.SYMBOLS)

#: One token: digits (with inner separators), a currency symbol, a word, or
#: any other single character. Repetitions are bounded, so a hostile run of
#: "1,1,1,..." is cut into short tokens instead of backtracking.
_TOKEN = regex.compile(
    rf"(?P<num>\d{{1,40}}(?:[.,]\d{{1,40}}){{0,12}})"
    rf"|(?P<sym>[{_SYMBOL_CLASS}])"
    r"|(?P<word>[^\W\d_]{1,60})"
    r"|(?P<punct>\S)"
)

#: The krone family: which country a nearby word names.
#: The country words that tell which krone, in lower case; _KRONE_CONTEXT's group i + 1 is
#: the i-th (the matched text itself may not lower-case to it: "REYKJAV\u0130K").
_KRONE_WORDS = tuple(cur.KRONE_BY_COUNTRY)
_KRONE_CONTEXT = regex.compile(
    r"\b(?:" + "|".join(f"({word})" for word in _KRONE_WORDS) + r")\b", regex.IGNORECASE
)


def krone_word(match: regex.Match[str]) -> str:
    """The country word (lower case) of a match of ``_KRONE_CONTEXT``."""
    assert match.lastindex is not None  # every branch is a group
    return _KRONE_WORDS[match.lastindex - 1]


_HEDGES: tuple[tuple[str, ...], ...] = tuple(
    sorted(
        (
            tuple(h.split())
            for h in (
                "some",
                "nearly",
                "about",
                "around",
                "almost",
                "roughly",
                "approximately",
                "approx",
                "circa",
                "over",
                "well over",
                "just over",
                "just under",
                "more than",
                "less than",
                "fewer than",
                "up to",
                "at least",
                "at most",
                "close to",
                "upwards of",
                "in excess of",
                "as much as",
                "as many as",
                "an estimated",
                "estimated",
                "an additional",
                "under",
                "below",
                "above",
                "almost exactly",
                "nearly all of",
                "between",
            )
        ),
        key=len,
        reverse=True,
    )
)

_HEDGES_BY_LAST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _hedge in _HEDGES:
    _HEDGES_BY_LAST[_hedge[-1]] = (*_HEDGES_BY_LAST.get(_hedge[-1], ()), _hedge)

#: Verbs whose particle looks like a hedge: "handed over", "took over".
_PHRASAL_VERBS = frozenset(
    [
        "hand",
        "hands",
        "handed",
        "handing",
        "take",
        "takes",
        "took",
        "taken",
        "taking",
        "turn",
        "turns",
        "turned",
        "turning",
        "pass",
        "passes",
        "passed",
        "passing",
        "sign",
        "signs",
        "signed",
        "signing",
        "win",
        "wins",
        "won",
        "winning",
        "fork",
        "forks",
        "forked",
    ]
)

#: A year written as four digits ("in 2024 155mm shells" is no count of 2024).
_YEAR_TEXT = regex.compile(r"(?:19|20)\d\d")

#: Head nouns of counted materiel ("artillery shells", "Abrams tanks").
MATERIEL = frozenset(
    [
        "shell",
        "shells",
        "round",
        "rounds",
        "munition",
        "munitions",
        "missile",
        "missiles",
        "rocket",
        "rockets",
        "tank",
        "tanks",
        "jet",
        "jets",
        "aircraft",
        "plane",
        "planes",
        "warplane",
        "warplanes",
        "fighter",
        "fighters",
        "helicopter",
        "helicopters",
        "drone",
        "drones",
        "vehicle",
        "vehicles",
        "howitzer",
        "howitzers",
        "gun",
        "guns",
        "rifle",
        "rifles",
        "system",
        "systems",
        "launcher",
        "launchers",
        "battery",
        "batteries",
        "interceptor",
        "interceptors",
        "grenade",
        "grenades",
        "mine",
        "mines",
        "bomb",
        "bombs",
        "warhead",
        "warheads",
        "carrier",
        "carriers",
        "boat",
        "boats",
        "ship",
        "ships",
        "vessel",
        "vessels",
        "cartridge",
        "cartridges",
        "projectile",
        "projectiles",
        "mortar",
        "mortars",
        "apcs",
        "ifvs",
        "himars",
        "atacms",
        "generator",
        "generators",
        "transformer",
        "transformers",
        "helmet",
        "helmets",
        "vest",
        "vests",
        "ambulance",
        "ambulances",
        "truck",
        "trucks",
        "radar",
        "radars",
        "weapon",
        "weapons",
        "pieces",
    ]
)

#: Weapon systems whose capitalised plural is a count of them on its own ("two Patriots",
#: "31 Abrams"), as "HIMARS" is; a model with digits needs no list ("30 F-16s").
_SYSTEM_PLURALS = frozenset(
    [
        "patriots",
        "abrams",
        "bradleys",
        "leopards",
        "challengers",
        "marders",
        "strykers",
        "gepards",
        "javelins",
        "stingers",
    ]
)
#: Words of quantity between a count and its unit, not part of the unit ("30 more tanks").
_COUNT_QUANTITY = frozenset(["more", "additional", "extra", "further"])
#: A digit with a plural "s" right after it: maybe a model's plural ("F-16s", "Leopard 2s").
_MODEL_PLURAL = regex.compile(r"\d[sS]\b")

#: Words that end a run of modifiers before a materiel noun.
_STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "and",
        "or",
        "but",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "must",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "this",
        "these",
        "those",
        "it",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "my",
        "than",
        "then",
        "so",
        "not",
        "no",
        "more",
        "less",
        "per",
        "each",
        "every",
        "over",
        "under",
        "into",
        "onto",
        "about",
        "around",
        "up",
        "down",
        "out",
        "off",
        "said",
        "says",
        "say",
        "also",
        "only",
        "just",
    ]
)

#: Words that may follow a bare scaled number ("at 17.7 billion in 2024").
#: Words after a count whose unit was named before ("300,000 have arrived").
_ELLIPSIS_FOLLOWERS = frozenset(
    ["have", "has", "had", "were", "more", "arrived", "in", "so", "already", "of", "by"]
)

_BARE_FOLLOWERS = frozenset(
    [
        "is",
        "was",
        "are",
        "were",
        "will",
        "would",
        "has",
        "had",
        "have",
        "due",
        "in",
        "and",
        "to",
        "a",
        "per",
        "over",
        "from",
        "for",
        "this",
        "last",
        "since",
        "by",
        "or",
        "but",
        "so",
        "while",
        "as",
        "at",
        "on",
        "with",
        "until",
        "through",
        "during",
        "between",
        "annually",
        "yearly",
        "each",
        "every",
        "worth",
        "more",
        "less",
        "than",
        "of",
    ]
)

#: The currency words a nationality may qualify ("dollars" in "Australian dollars").
_QUALIFIED_BASES = frozenset(base for _, base in cur.QUALIFIED_WORDS)

_PERCENT_WORDS = frozenset({"percent", "pct", "percentage"})
_DASHES = frozenset({"-", "–", "—"})  # noqa: RUF001 - the dashes are the point
_AFTER_ARTICLE = NUMBER_WORDS | _DASHES
_SPACES = frozenset(" \u00a0\u202f\u2009")


class _Tok(NamedTuple):
    kind: str  # "num", "sym", "word", "punct"
    text: str
    low: str
    start: int
    end: int


class _Number(NamedTuple):
    value: Decimal | None
    start: int  # token index of the first token
    stop: int  # token index after the last token
    scaled: bool  # a scale word was read
    words: bool  # written in words
    integer: bool


class _Currency(NamedTuple):
    code: str | None
    start: int
    stop: int
    subunit: bool = False
    scale: Decimal | None = None
    krone: bool = False


#: Words after which a number's "crowns" is money: they go on the sentence, not the noun.
_AFTER_CROWNS = frozenset(
    [
        "worth",
        "to",
        "in",
        "for",
        "from",
        "of",
        "on",
        "at",
        "by",
        "per",
        "each",
        "a",
        "an",
        "and",
        "or",
        "this",
        "last",
        "next",
        "more",
        "less",
    ]
)

#: Between two regions of a text: a token that no rule reads as part of an amount.
_GAP = _Tok("punct", " ", " ", -1, -1)

#: How far before and after a digit, symbol or number word an amount and the
#: words it reads (hedges, currencies, units) may reach, in characters.
_REACH_BEFORE = 48
_REACH_AFTER = 120
#: Regions up to this length are tokenised without a regex timeout.
_SHORT_REGION = 4000


#: How much text :func:`lower_chunks` lower-cases at once: ``str.lower`` briefly takes
#: about twelve bytes a character of a text that is not all ASCII, so the piece bounds that.
_CHUNK = 1 << 10


def lower_chunks(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, text[start:end].lower())`` for pieces of about 1k characters.

    A piece ends where a word does (before a character that is not a letter,
    digit or underscore) unless a word runs over a thousand characters. Lower
    case may change a piece's length (callers check ``len`` against ``end - start``).

    >>> [(a, b, low) for a, b, low in lower_chunks("Two MILLION")]
    [(0, 11, 'two million')]
    """
    n = len(text)
    start = 0
    while start < n:
        end = min(n, start + _CHUNK)
        if end < n:
            k = end
            stop = max(start, end - 1000)
            while k > stop and (text[k].isalnum() or text[k] == "_"):
                k -= 1
            if k > stop:
                end = k
        yield start, end, text[start:end].lower()
        start = end


#: Every byte but a-z to a space: what is left of a lower-cased text are its ASCII words.
_ONLY_LETTERS = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


def ascii_words(low: str) -> list[bytes]:
    """The runs of the letters a-z in *low* (a text in lower case), as bytes.

    A word of the text that is a plain ASCII word in lower case is one of
    them; the other characters (digits, marks, letters beyond ASCII) all
    part them. Found at once for the whole text, with no loop in Python.

    >>> ascii_words("two 20bn-euro caf\u00e9s")
    [b'two', b'bn', b'euro', b'caf', b's']
    """
    return low.encode("utf-8", "surrogatepass").translate(_ONLY_LETTERS).split()


def _digit_and_symbol_runs(text: str) -> list[tuple[int, int]]:
    """The runs of digits and currency symbols in *text* ("$2", "2024", "€"), sorted.

    A pattern of plain digits, and ``str.find`` of each symbol, are several
    times faster than one pattern of both.
    """
    # one character class cannot backtrack: no timeout (which costs time at every match)
    found = [m.span() for m in _DIGITS.finditer(text)]
    symbols: list[tuple[int, int]] = []
    for symbol in cur.SYMBOLS:
        i = text.find(symbol)
        while i >= 0:
            symbols.append((i, i + 1))
            i = text.find(symbol, i + 1)
    if not symbols:
        return found
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found + symbols):
        if merged and merged[-1][1] == start:  # "$2": one run
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _triggers(
    text: str, chunks: Sequence[tuple[int, int, str]] | None = None
) -> list[tuple[int, int]]:
    """Where *text* has a digit run, a currency symbol or a number word, sorted.

    ``str.find`` on the lower-cased text for each number word (its stem, whose
    inflections share it) is much faster than one case-blind alternation. Only
    the stems of the number words that stand among the text's ASCII words
    (where each of them stands when it is a word of its own) are looked for.
    """
    found = _digit_and_symbol_runs(text)
    for base, end, low in lower_chunks(text) if chunks is None else chunks:
        n = len(low)
        if n != end - base:  # lower case changed the length: offsets would move
            found.extend(
                m.span() for m in _MAYBE_AMOUNT.finditer(text, base, end, timeout=REGEX_TIMEOUT)
            )
            continue
        words = ascii_words(low)
        for stem in {_STEM_OF[word] for word in _TRIGGER_BYTES.intersection(words)}:
            i = low.find(stem)
            while i >= 0:
                if i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "_"):
                    j = i + len(stem)
                    stop = min(n, i + _LONGEST_TRIGGER + 1)  # a longer run is no trigger
                    while j < stop and (low[j].isalnum() or low[j] == "_"):
                        j += 1
                    if low[i:j] in _TRIGGER_WORDS and (j == n or not low[j].isalnum()):
                        found.append((base + i, base + j))
                i = low.find(stem, i + 1)
    found.sort()
    return found


class TriggerIndex:
    """The triggers of a whole text, found once; each block asks for its own.

    >>> index = TriggerIndex("Intro.\\nIt gave two billion euros.")
    >>> index.of(7, 31)
    [(8, 11), (12, 19)]
    """

    __slots__ = ("ends", "starts")

    def __init__(self, text: str, chunks: Sequence[tuple[int, int, str]] | None = None) -> None:
        """*chunks*, when given, are ``list(lower_chunks(text))``, made once for several uses."""
        found = _triggers(text, chunks)
        self.starts = [a for a, _ in found]
        self.ends = [b for _, b in found]

    def of(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The triggers inside ``[lo, hi)``, cut to it, as offsets from *lo*."""
        starts, ends = self.starts, self.ends
        k = bisect_left(starts, lo)
        # a digit run may begin before lo
        if k > 0 and ends[k - 1] > lo:
            k -= 1
        out: list[tuple[int, int]] = []
        while k < len(starts) and starts[k] < hi:
            out.append((max(starts[k], lo) - lo, min(ends[k], hi) - lo))
            k += 1
        return out


def _regions(text: str, triggers: Sequence[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """The parts of *text* around its digits, symbols and number words, merged.

    Only these parts are tokenised: every amount holds at least one such
    trigger, and the words an amount reads lie within a few tokens of it. Each
    part starts and ends at white space (or the text's ends), so no token is cut.
    """
    out: list[tuple[int, int]] = []
    n = len(text)
    for start, end in _triggers(text) if triggers is None else triggers:
        lo = max(0, start - _REACH_BEFORE)
        hi = min(n, end + _REACH_AFTER)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    snapped: list[tuple[int, int]] = []
    for lo, hi in out:
        # widen to white space: at most one token's length either way
        stop = max(0, lo - 100)
        while lo > stop and not text[lo - 1].isspace():
            lo -= 1
        stop = min(n, hi + 100)
        while hi < stop and not text[hi].isspace():
            hi += 1
        if snapped and lo <= snapped[-1][1]:
            snapped[-1] = (snapped[-1][0], max(snapped[-1][1], hi))
        else:
            snapped.append((lo, hi))
    return snapped


def _pieces(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """``[lo, hi)`` cut into pieces of at most ``_SHORT_REGION`` characters.

    A cut falls only before white space or a currency symbol, where no token
    continues; a stretch with no such place stays whole.
    """
    out: list[tuple[int, int]] = []
    while hi - lo > _SHORT_REGION:
        cut = lo + _SHORT_REGION
        while cut > lo + _SHORT_REGION // 2 and not (
            text[cut].isspace() or text[cut] in cur.SYMBOLS
        ):
            cut -= 1
        if cut == lo + _SHORT_REGION // 2:
            break  # nowhere to cut: the rest is tokenised in one call, with a timeout
        out.append((lo, cut))
        lo = cut
    out.append((lo, hi))
    return out


#: The words an amount cannot do without, lower case: a currency (code, word, krone, cents),
#: a scale ("billion", "bn"), or a counted noun ("shells"). Every amount holds one of them,
#: a currency symbol, or digits with a thousands comma ("300,000 have arrived").
_NEEDED_WORDS = frozenset(
    set(cur.ISO_CODES)
    | {"m" + code for code in cur.ISO_CODES}
    | {"rs", "inr", "kr"}
    | cur.KRONE_WORDS
    | set(cur.WORDS)
    | _QUALIFIED_BASES
    | set(cur.SUBUNITS)
    | MATERIEL
    | _SYSTEM_PLURALS
    | set(SCALES)
)
_NEEDED_BYTES = frozenset(w.encode() for w in _NEEDED_WORDS)
_KRONE_BYTES = frozenset(w.encode() for w in cur.KRONE_WORDS)
#: The codes read only in upper case ("ALL", "TRY"), lower case as above.
_UPPER_ONLY_BYTES = frozenset(code.lower().encode() for code in cur.UPPER_ONLY_CODES)
_DIGIT_COMMA = regex.compile(r"(?<=\d),(?=\d)")
#: Longer letter runs are cut into several word tokens.
_LONGEST_WORD = 60


def _amount_words(text: str, lo: int, hi: int) -> tuple[bool, bool]:
    """Whether ``text[lo:hi]`` may hold an amount, and whether it names a krone.

    An amount needs a currency, a scale, a counted noun or a thousands comma
    (see ``_NEEDED_WORDS``); a region without one (a year, "one of them") is
    neither tokenised nor scanned. Its word tokens are letter runs, lower case,
    and a run that lower-cases to a plain ASCII word stands among the ASCII
    letter runs of the lower-cased text: those are looked up, all at once.
    """
    seg = text[lo:hi]
    ascii_only = seg.isascii()
    words = ascii_words(seg.lower())
    needed = (
        not _NEEDED_BYTES.isdisjoint(words)
        or ("$" in seg if ascii_only else any(symbol in seg for symbol in cur.SYMBOLS))
        or (
            not _UPPER_ONLY_BYTES.isdisjoint(words)
            and any(code in seg for code in cur.UPPER_ONLY_CODES)
        )
        or ("," in seg and _DIGIT_COMMA.search(seg) is not None)
        # a model's plural: "30 F-16s"
        or (b"s" in words and _MODEL_PLURAL.search(seg) is not None)
        # a longer run of letters is cut into several word tokens; in ASCII text
        # the runs are the words above, in other text they lie between spaces
        or max(map(len, words if ascii_only else seg.split()), default=0) > _LONGEST_WORD
    )
    return needed, needed and not _KRONE_BYTES.isdisjoint(words)


#: Line breaks and tabs, read as spaces when a piece is split at spaces.
_OTHER_SPACES = ("\n", "\r", "\t")
#: Marks after a word or digits that are tokens of their own ("billion,", "2024.").
_TRAILING = frozenset(",.;:!?)'\"")


def _tokenise(
    text: str, triggers: Sequence[tuple[int, int]] | None = None
) -> tuple[list[_Tok], list[int]]:
    """Tokens of the regions of *text* that may hold an amount, a gap token between,
    and the indices of the tokens an amount may begin with.

    A piece's space-separated runs are read with ``str`` methods when they are
    plain ASCII words or digits (with one trailing mark); only the others (with
    other white space, symbols, inner marks, other letters) go through the
    token pattern, which cuts every run the same way.
    """
    new = tuple.__new__  # skips the named tuple's Python-level constructor: hot loop
    toks: list[_Tok] = []
    starts: list[int] = []
    append = toks.append
    add_start = starts.append
    starters, iso_codes = _STARTERS, cur.ISO_CODES
    # a digit group right after another with one character between: maybe "1 200 000"
    groups = False
    last_num_end = -2
    # a region goes unread when it holds no word an amount needs; its place is
    # kept by the gap between its neighbours (one gap for a run of such regions)
    before = False  # a region came before: the next one read follows a gap
    skipped = False  # the last region went unread
    krone = False  # the last region read names a krone: its reading looks a few tokens on
    for lo, hi in _regions(text, triggers):
        needed, names_krone = _amount_words(text, lo, hi)
        if not (needed or krone):
            before = skipped = True
            continue
        krone, skipped = names_krone, False
        if before:
            append(_GAP)
            last_num_end = -2
        before = True
        for a, b in _pieces(text, lo, hi):
            seg = text[a:b]
            for space in _OTHER_SPACES:  # all white space to the pattern: same length
                if space in seg:
                    seg = seg.replace(space, " ")
            c_hi = a - 1
            for chunk in seg.split(" "):
                c_lo = c_hi + 1
                n = len(chunk)
                c_hi = c_lo + n
                if chunk.isalpha() and n <= 60 and chunk.isascii():  # the usual: a plain word
                    low = chunk.lower()
                    if low in starters or (n == 4 and low[0] == "m" and low[1:] in iso_codes):
                        add_start(len(toks))
                    append(new(_Tok, ("word", chunk, low, c_lo, c_hi)))
                    last_num_end = -2
                    continue
                if not n:
                    continue
                if chunk.isascii():
                    head, last = chunk, ""
                    if not chunk.isalnum() and chunk[-1:] in _TRAILING:
                        head, last = chunk[:-1], chunk[-1]
                        n -= 1
                    if head.isalpha() and n <= 60:
                        low = head.lower()
                        if low in _STARTERS or (
                            n == 4 and low[0] == "m" and low[1:] in cur.ISO_CODES
                        ):
                            starts.append(len(toks))
                        append(new(_Tok, ("word", head, low, c_lo, c_lo + n)))
                        if last:
                            append(new(_Tok, ("punct", last, last, c_lo + n, c_hi)))
                        last_num_end = -2
                        continue
                    if head.isdigit() and n <= 40:
                        if c_lo == last_num_end + 1:
                            groups = True
                        starts.append(len(toks))
                        append(new(_Tok, ("num", head, head, c_lo, c_lo + n)))
                        last_num_end = c_lo + n
                        if last:
                            append(new(_Tok, ("punct", last, last, c_lo + n, c_hi)))
                            last_num_end = -2
                        continue
                # _TOKEN's repetitions are bounded, so it cannot backtrack far; the
                # timeout costs about a microsecond per match, so only long input has it
                matches = (
                    _TOKEN.finditer(text, c_lo, c_hi)
                    if c_hi - c_lo <= _SHORT_REGION
                    else _TOKEN.finditer(text, c_lo, c_hi, timeout=REGEX_TIMEOUT)
                )
                for m in matches:
                    kind = m.lastgroup or "punct"
                    g = m.group()
                    low = g.lower()
                    t_lo, t_hi = m.span()
                    if kind == "num":
                        if t_lo == last_num_end + 1:
                            groups = True
                        last_num_end = t_hi
                        starts.append(len(toks))
                    else:
                        last_num_end = -2
                        if kind == "sym" or (kind == "word" and _can_start(low)):
                            starts.append(len(toks))
                    append(new(_Tok, (kind, g, low, t_lo, t_hi)))
    if skipped and toks:
        append(_GAP)
    if groups:
        toks = _merge_space_groups(text, toks)
        starts = [
            i
            for i, t in enumerate(toks)
            if t.kind in ("num", "sym") or (t.kind == "word" and _can_start(t.low))
        ]
    return toks, starts


def _merge_space_groups(text: str, toks: list[_Tok]) -> list[_Tok]:
    """Join digit groups written with spaces ("1 200 000") into one token."""
    out: list[_Tok] = []
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i]
        if tok.kind == "num" and tok.text.isdigit() and len(tok.text) <= 3:
            j = i
            end = tok.end
            while (
                j + 1 < n
                and toks[j + 1].kind == "num"
                and toks[j + 1].start == end + 1
                and text[end] in _SPACES
                and len(toks[j + 1].text.split(".")[0]) == 3
                and "," not in toks[j + 1].text
                and toks[j].text.replace(".", "").isdigit()
                and "." not in toks[j].text
            ):
                j += 1
                end = toks[j].end
            if j > i:
                raw = text[tok.start : end]
                out.append(_Tok("num", raw, raw, tok.start, end))
                i = j + 1
                continue
        out.append(tok)
        i += 1
    return out


class _Scanner:
    """One left-to-right pass over the tokens of a text."""

    def __init__(
        self, text: str, offset: int = 0, triggers: Sequence[tuple[int, int]] | None = None
    ) -> None:
        self.text = text
        self.toks, self.starts = _tokenise(text, triggers)
        self.n = len(self.toks)
        self.offset = offset  # added to every span: the text's place in a larger one

    # -- small helpers --------------------------------------------------
    def span(self, first: int, stop: int) -> Span:
        """The span from token *first* up to token *stop* (exclusive)."""
        return Span(self.toks[first].start + self.offset, self.toks[stop - 1].end + self.offset)

    def _without_currency(
        self, num: _Number, stop: int, unit: str | None, qualifier: str | None
    ) -> tuple[Amount, int]:
        """A number with no currency, up to token *stop*: a count of *unit*, or a figure
        whose currency the sentence before supplies."""
        amount = Amount(
            value=_clean(num.value),
            currency=None,
            unit=unit,
            approximate=qualifier is not None,
            span=self.span(num.start, stop),
            qualifier=qualifier,
        )
        return amount, stop

    def low(self, i: int) -> str:
        return self.toks[i][2] if 0 <= i < self.n else ""

    def kind(self, i: int) -> str:
        return self.toks[i][0] if 0 <= i < self.n else ""

    def adjacent(self, i: int, j: int) -> bool:
        """Whether token *j* starts right where token *i* ends."""
        n = self.n
        return 0 <= i < n and 0 <= j < n and (self.toks[i][4] == self.toks[j][3])

    def near(self, i: int, j: int) -> bool:
        """Adjacent or separated by one space."""
        if not (0 <= i < self.n and 0 <= j < self.n):
            return False
        gap = self.toks[j].start - self.toks[i].end
        return gap == 0 or (gap == 1 and self.text[self.toks[i].end] in _SPACES)

    # -- currencies -----------------------------------------------------
    def _dollar_qualifier(self, sym: int) -> tuple[str, int] | None:
        """A qualifier written before the ``$`` at token *sym*: (code, first token)."""
        if sym == 0:
            return None
        # "U.S.$", "u.s $"
        k = sym - 1
        if self.low(k) == "." and self.adjacent(k, sym):
            k -= 1
        if (
            self.low(k) == "s"
            and self.low(k - 1) == "."
            and self.low(k - 2) == "u"
            and self.adjacent(k - 2, k - 1)
            and self.adjacent(k - 1, k)
            and self.near(k, sym if self.low(sym - 1) != "." else sym - 1)
        ):
            return "USD", k - 2
        prev = sym - 1
        if self.kind(prev) != "word":
            return None
        word = self.low(prev)
        code = cur.DOLLAR_QUALIFIERS.get(word)
        if code is None:
            return None
        if word in cur.LOOSE_QUALIFIERS or (len(word) == 1 and word != "c"):
            if not (self.adjacent(prev, sym) and self.toks[prev].text.isupper()):
                return None
        elif not self.near(prev, sym):
            return None
        # the qualifier must be a word of its own ("US$", not "BONUS$")
        if prev > 0 and self.kind(prev - 1) == "word" and self.adjacent(prev - 1, prev):
            return None
        return code, prev

    def prefix_currency(self, i: int) -> _Currency | None:
        """A currency written before the number, starting at token *i*."""
        tok = self.toks[i]
        if tok.kind == "sym":
            code = cur.SYMBOLS[tok.text]
            start = i
            if tok.text == "$":
                q = self._dollar_qualifier(i)
                if q is not None:
                    code, start = q
            return _Currency(code, start, i + 1)
        if tok.kind != "word":
            return None
        nxt = i + 1
        # "usd$ 15", "CAD$15"
        if (
            self.low(nxt) == "$"
            and tok.low in cur.DOLLAR_QUALIFIERS
            and self.adjacent(i, nxt)
            and (tok.low in cur.ISO_CODES or len(tok.low) > 1)
        ):
            return _Currency(cur.DOLLAR_QUALIFIERS[tok.low], i, nxt + 1)
        code = self._iso(tok)
        if code is not None and self.kind(nxt) == "num" and self.near(i, nxt):
            return _Currency(code, i, nxt)
        # "maud 60": million Australian dollars
        if (
            len(tok.low) == 4
            and tok.low[0] == "m"
            and tok.low[1:] in cur.ISO_CODES
            and self.kind(nxt) == "num"
            and self.near(i, nxt)
        ):
            return _Currency(cur.ISO_CODES[tok.low[1:]], i, nxt, scale=SCALES["m"])
        if tok.low in ("rs", "inr") and self.kind(nxt) == "num":
            return _Currency("INR", i, nxt)
        if tok.low == "rs" and self.low(nxt) == "." and self.kind(nxt + 1) == "num":
            return _Currency("INR", i, nxt + 1)
        if tok.low == "kr" and self.kind(nxt) == "num" and self.near(i, nxt):
            return _Currency(None, i, nxt, krone=True)
        if (
            tok.low in ("dollar", "dollars", "euro", "euros")
            and self.kind(nxt) == "num"
            and self.near(i, nxt)
            and not _looks_like_year(self.toks[nxt].text)
        ):
            return _Currency(cur.WORDS[tok.low], i, nxt)
        return None

    def _iso(self, tok: _Tok) -> str | None:
        if tok.kind != "word":
            return None
        if tok.text in cur.UPPER_ONLY_CODES:
            return cur.UPPER_ONLY_CODES[tok.text]
        return cur.ISO_CODES.get(tok.low)

    def postfix_currency(self, i: int) -> _Currency | None:
        """A currency written after the number, starting at token *i*."""
        if i >= self.n:
            return None
        tok = self.toks[i]
        # a code glued to the next number belongs to it: "3 USD50"
        glued = (
            self.kind(i + 1) == "num" and self.adjacent(i, i + 1) and not self.adjacent(i - 1, i)
        )
        if tok.kind == "sym":
            return None if glued else _Currency(cur.SYMBOLS[tok.text], i, i + 1)
        if tok.kind != "word":
            return None
        code = self._iso(tok)
        if code is not None and not glued:
            scale = None
            stop = i + 1
            if self.low(stop) in SCALES and self.low(stop) != "hundred":
                scale, stop = SCALES[self.low(stop)], stop + 1
            return _Currency(code, i, stop, scale=scale)
        if len(tok.low) == 4 and tok.low[0] == "m" and tok.low[1:] in cur.ISO_CODES:
            return _Currency(cur.ISO_CODES[tok.low[1:]], i, i + 1, scale=SCALES["m"])
        # "crowns" has other senses ("three crowns titles"): with a word after it, it is
        # money after a scale word ("120 billion crowns to Ukraine") or before a word
        # that goes on the sentence ("two crowns in May", "crowns worth")
        if tok.low in cur.KRONE_WORDS and not (
            tok.low == "crowns"
            and self.kind(i + 1) == "word"
            and self.low(i + 1) not in _AFTER_CROWNS
            and self.low(i - 1) not in SCALES
        ):
            return _Currency(None, i, i + 1, krone=True)
        # a nationality phrase and a currency word: "Australian dollars"
        for n_words in (3, 2, 1):
            phrase_end = i + n_words
            if self.low(phrase_end) not in _QUALIFIED_BASES:
                continue
            words = [self.low(k) for k in range(i, phrase_end)]
            if not all(self.kind(k) == "word" or self.low(k) == "." for k in range(i, phrase_end)):
                continue
            base = self.low(phrase_end)
            key = (" ".join(words).replace(" .", "."), base)
            if key in cur.QUALIFIED_WORDS:
                return _Currency(cur.QUALIFIED_WORDS[key], i, phrase_end + 1)
        if tok.low in cur.WORDS:
            if self.low(i + 1) in ("cent", "cents"):  # "50 euro cents"
                return _Currency(cur.WORDS[tok.low], i, i + 2, subunit=True)
            return _Currency(cur.WORDS[tok.low], i, i + 1)
        if (
            tok.low == "u"
            and [self.low(k) for k in range(i + 1, i + 3)] == [".", "s"]
            and self.low(i + 3 + (self.low(i + 3) == ".")) in ("dollar", "dollars")
        ):  # "2.5 billion U.S. dollars"
            return _Currency("USD", i, i + 4 + (self.low(i + 3) == "."))
        if tok.low in cur.SUBUNITS:
            if tok.low == "p" and not self.adjacent(i - 1, i):
                return None
            return _Currency(cur.SUBUNITS[tok.low], i, i + 1, subunit=True)
        return None

    # -- numbers --------------------------------------------------------
    def number(self, i: int) -> _Number | None:
        """A number (digits or words) with its scale, starting at token *i*."""
        tok = self.toks[i] if i < self.n else None
        if tok is None:
            return None
        if tok.kind == "num":
            return self._digits(i)
        if tok.kind == "word":
            return self._words(i)
        return None

    def _digits(self, i: int) -> _Number | None:
        tok = self.toks[i]
        # part of a code or a time: "F-16", "G7", "4:25", "12/05"
        prev = i - 1
        if prev >= 0 and self.adjacent(prev, i):
            p = self.toks[prev]
            if (
                p.kind == "word"
                and p.low not in cur.ISO_CODES
                and p.low not in ("rs", "kr")
                and not (len(p.low) == 4 and p.low[1:] in cur.ISO_CODES)
            ):
                return None
            if p.low in ("/", ":") or (
                p.low in _DASHES
                and prev > 0
                and self.kind(prev - 1) == "word"
                and self.adjacent(prev - 1, prev)
            ):
                return None
        nxt = i + 1
        if self.low(nxt) in ("/", ":") and self.kind(nxt + 1) == "num" and self.adjacent(i, nxt):
            return None
        value = parse_digits(tok.text)
        if value is None:
            return None
        stop = i + 1
        scaled = False
        word = self.low(stop)
        if (
            word in SCALES
            and self.kind(stop) == "word"
            and self.near(i, stop)
            # a scale letter with digits glued after it is a model: "31 M1A1 tanks"
            and not (self.kind(stop + 1) == "num" and self.adjacent(stop, stop + 1))
        ):
            value *= SCALES[word]
            stop += 1
            scaled = True
            # "1.5 thousand million" is rare; "75 million" is the norm
        elif (
            # glued letters that are no scale or currency: "155mm", "2nd"
            self.kind(stop) == "word"
            and self.adjacent(i, stop)
            and word not in cur.WORDS
            and word not in cur.SUBUNITS
            and self._iso(self.toks[stop]) is None
            and not (len(word) == 4 and word[1:] in cur.ISO_CODES)
            and word != "kr"
        ):
            return None
        return _Number(value, i, stop, scaled, False, "." not in tok.text)

    def _words(self, i: int) -> _Number | None:
        j = i
        words: list[str] = []
        ends: list[int] = []
        while j < self.n and len(words) < 12:
            t = self.toks[j]
            if t.kind == "word" and t.low in NUMBER_WORDS:
                words.append(t.low)
                ends.append(j + 1)
                j += 1
            elif (
                t.low in _DASHES
                and words
                and self.adjacent(j - 1, j)
                and self.low(j + 1) in NUMBER_WORDS
                and self.adjacent(j, j + 1)
            ):
                j += 1
            else:
                break
        while words:
            if words[-1] not in ("a", "an", "and"):
                value = words_value(words)
                if value is not None and words[0] not in ("and",):
                    scaled = any(w in SCALES for w in words)
                    return _Number(value, i, ends[len(words) - 1], scaled, True, True)
            words.pop()
        return None

    def vague(self, i: int) -> _Number | None:
        """'billions of', 'tens of billions of', 'several million': no value."""
        j = i
        if (
            self.low(j) in ("tens", "hundreds", "dozens")
            and self.low(j + 1) == "of"
            and self.low(j + 2) in VAGUE_SCALES
        ):
            j += 2
        if self.low(j) in VAGUE_SCALES and self.low(j + 1) == "of":
            return _Number(None, i, j + 2, True, True, False)
        if self.low(i) in ("several", "many", "few") and self.low(i + 1) in (
            "million",
            "billion",
            "trillion",
        ):
            return _Number(None, i, i + 2, True, True, False)
        return None

    # -- the phrase -----------------------------------------------------
    def hedge(self, i: int) -> tuple[str, int] | None:
        """The hedge ending right before token *i*: (its text, first token)."""
        for hedge in _HEDGES_BY_LAST.get(self.low(i - 1), ()):
            k = i - len(hedge)
            if k < 0:
                continue
            if len(hedge) == 1 and self.low(k - 1) in _PHRASAL_VERBS:
                continue  # "handed over two launchers": a particle, not a hedge
            if all(self.low(k + n) == w for n, w in enumerate(hedge)):
                return self.text[self.toks[k].start : self.toks[i - 1].end], k
        return None

    def parse_at(self, i: int) -> tuple[Amount, int] | None:
        """Read an amount starting at token *i*; return it and the next token."""
        if i >= self.n:  # e.g. past a bracket that ends the text: "$5 ("
            return None
        pre = self.prefix_currency(i)
        j = pre.stop if pre is not None else i
        if pre is not None and self.low(j) in _DASHES:
            return None
        num = self.number(j) if j < self.n else None
        if num is None:
            num = self.vague(j)
        if num is None:
            return None
        if num.value is not None and pre is not None and pre.scale is not None:
            num = num._replace(value=num.value * pre.scale, scaled=True)
        k = num.stop
        # ranges: "$2-3 billion", "between $2 billion and $3 billion", "2 to 3 million"
        low: Decimal | None = None
        high: Decimal | None = None
        hedge = self.hedge(pre.start if pre is not None else i)
        connector = self.low(k)
        between = hedge is not None and hedge[0].lower() == "between"
        if num.value is not None and (
            (connector in _DASHES and self.adjacent(k - 1, k))
            or (connector == "and" and between)
            or (connector == "to" and not num.scaled and not num.words)
        ):
            # "from 2 to 3 billion" is a change, not a range: two amounts
            change = connector == "to" and self.low((pre.start if pre is not None else i) - 1) in (
                "from",
                "rose",
                "fell",
            )
            m = k + 1
            pre2 = self.prefix_currency(m) if m < self.n else None
            if pre2 is not None:
                m = pre2.stop
            second = self.number(m) if m < self.n else None
            if (
                second is not None
                and second.value is not None
                and (pre is None or pre2 is not None or connector in _DASHES or connector == "to")
            ):
                first_value = num.value
                if second.scaled and not num.scaled:
                    scale = _scale_of(self, second)
                    first_value *= scale
                if change:
                    num = num._replace(value=first_value, scaled=second.scaled)
                elif first_value <= second.value:
                    low, high = first_value, second.value
                    num = num._replace(value=first_value, stop=second.stop, scaled=second.scaled)
                    k = second.stop
                    if pre is None and pre2 is not None:
                        pre = pre2
        # a currency after the number
        post = None
        hyphen = False
        if k < self.n:
            p = k
            if self.low(p) in _DASHES and self.adjacent(p - 1, p) and self.adjacent(p, p + 1):
                p += 1
                hyphen = True
            if self.low(p) == "of" and num.value is None:
                p += 1
            post = self.postfix_currency(p) if p < self.n else None
            if (
                post is not None
                and post.code == "GBP"
                and self.low(post.start)
                in (
                    "pound",
                    "pounds",
                )
            ):
                # weight, not money: "a 2,000-pound bomb", "500 pounds of explosives"
                after = self.low(post.stop)
                if hyphen or (after == "of" and self.low(post.stop + 1) not in _MONEY_NOUNS):
                    post = None
            if (
                post is not None
                and pre is None
                and not self.near(k - 1, post.start)
                and not hyphen
                and self.low(k) != "of"
            ):
                post = None
        if num.value is None and post is None and pre is None:
            return None
        value = num.value
        code: str | None
        subunit = False
        krone = False
        if pre is not None:
            code = pre.code
            krone = pre.krone
            start_tok = pre.start
            stop = k
            if (
                post is not None
                and not post.subunit
                and self.kind(post.start) == "word"
                and (post.code == pre.code or post.code is None or pre.code is None)
            ):
                stop = post.stop  # "$ 10 dollars"
                if value is not None and post.scale is not None and not num.scaled:
                    value *= post.scale
        elif post is not None:
            code = post.code
            krone = post.krone
            subunit = post.subunit
            start_tok = num.start
            stop = post.stop
            if value is not None and post.scale is not None and not num.scaled:
                value *= post.scale
                if low is not None and high is not None:
                    low, high = low * post.scale, high * post.scale
        else:
            return self._uncurrenced(i, num, hedge)
        if subunit and value is not None:
            value = value / 100
            if low is not None and high is not None:
                low, high = low / 100, high / 100
        if krone:
            code = self._krone(start_tok)
        # minor part: "3 dollars 50 cents", "thirteen dollars and forty-five cents"
        if value is not None and not subunit and num.integer and not num.scaled and low is None:
            minor = self._minor(stop, code, post_currency=post is not None)
            if minor is not None:
                value += minor[0]
                stop = minor[1]
        qualifier = hedge[0] if hedge is not None and not (between and low is not None) else None
        if between and low is not None:
            qualifier = "between"
        if hedge is not None and hedge[0].lower() == "between" and low is None:
            qualifier = None
        approximate = qualifier is not None or num.value is None or low is not None
        span = self.span(start_tok, stop)
        # a bracketed conversion: "291 billion euros ($336 billion)"
        converted: tuple[Amount, ...] = ()
        if self.low(stop) == "(":
            inner = self.parse_at(stop + 1)
            for n in (1, 2, 3):
                if inner is not None:
                    break
                # a hedge inside the brackets: "(about $336 billion)"
                h = self.hedge(stop + 1 + n)
                if h is not None and h[1] == stop + 1:
                    inner = self.parse_at(stop + 1 + n)
            if (
                inner is not None
                and inner[0].currency is not None
                and inner[0].value is not None
                and self.low(inner[1]) == ")"
            ):
                converted = (inner[0],)
                stop = inner[1] + 1
        amount = Amount(
            value=_clean(value),
            currency=code,
            unit=None,
            approximate=approximate,
            span=span,
            qualifier=qualifier,
            low=_clean(low),
            high=_clean(high),
            converted=converted,
        )
        return amount, stop

    def _uncurrenced(
        self, i: int, num: _Number, hedge: tuple[str, int] | None
    ) -> tuple[Amount, int] | None:
        """A number with no currency: counted materiel, or a bare scaled figure."""
        if num.value is None:
            return None
        k = num.stop
        if self.low(k) in _PERCENT_WORDS or self.low(k) == "%":
            return None
        if self.low(k) == "per" and self.low(k + 1) == "cent":
            return None
        qualifier = hedge[0] if hedge is not None and hedge[0].lower() != "between" else None
        # counted materiel: "a million artillery shells", "31 Abrams tanks"
        m = first = k
        while m < self.n and m - k < 6:
            t = self.toks[m]
            if t.kind == "word":
                if m == first and t.low in _COUNT_QUANTITY:
                    first += 1  # "30 more tanks": the unit is "tanks"
                    m += 1
                    continue
                if t.low in MATERIEL and (m == k or self.low(m - 1) not in _DASHES):
                    stop = m + 1
                    # the head is the last of a run: "air-defence missile interceptors"
                    while self.low(stop) in MATERIEL and stop - k < 7:
                        stop += 1
                    if self.low(stop) == "of" and self.low(stop + 1) in MATERIEL | {"ammunition"}:
                        stop += 2
                    unit = self.text[self.toks[first].start : self.toks[stop - 1].end]
                    return self._without_currency(num, stop, unit, qualifier)
                model = self._model_plural(m)
                if model is not None and not (  # "In 2024 F-16s arrived": a year
                    num.stop - num.start == 1
                    and _YEAR_TEXT.fullmatch(self.toks[num.start].text) is not None
                ):  # "30 F-16s", "14 Leopard 2s", "two Patriots"
                    while self.low(model) in MATERIEL and model - k < 8:
                        model += 1  # "31 M1A1 Abrams tanks"
                    unit = self.text[self.toks[first].start : self.toks[model - 1].end]
                    return self._without_currency(num, model, unit, qualifier)
                if (t.low in _STOP_WORDS or t.low in _PERCENT_WORDS) and not (
                    m > k and self.kind(m - 1) == "num" and self.adjacent(m - 1, m)
                ):
                    break  # a letter inside a model ("Leopard 2A4 tanks") stops nothing
            elif t.low in _DASHES:
                if m == k:  # "2,000-pound bomb": a measure, not a count
                    break
            elif (
                t.kind == "num"
                and self.low(m + 1) == "mm"
                and self.toks[m + 1].start == t.end
                and not (
                    num.stop - num.start == 1
                    and _YEAR_TEXT.fullmatch(self.toks[num.start].text) is not None
                )
            ):
                pass  # a calibre: "2.3 million 155mm shells"; "in 2024 155mm shells" is a year
            elif t.kind != "num" or m == k:
                break
            m += 1
        # a bare scaled figure: "Germany is second, at 17.7 billion."
        if (num.scaled and not num.words) or (num.scaled and num.value >= 1000):
            nxt = self.toks[k] if k < self.n else None
            if nxt is not None and self.low(k) in ("-", "–"):  # noqa: RUF001
                return None
            if nxt is None or nxt.kind != "word" or nxt.low in _BARE_FOLLOWERS:
                if num.value < 1000:
                    return None
                return self._without_currency(num, k, None, qualifier)
        # an elliptical count whose unit was named before: "only 300,000 have
        # arrived", "another 6,000 in June" (thousands separated, so no year)
        if (
            not num.scaled
            and not num.words
            and num.value >= 1000
            and num.stop - num.start == 1
            and "," in self.toks[num.start].text
            and self.low(k) in _ELLIPSIS_FOLLOWERS
        ):
            return self._without_currency(num, k, None, qualifier)
        return None

    def _model_plural(self, m: int) -> int | None:
        """The end of a weapon model's plural starting at word token *m*, if it is one.

        A capitalised name with a number and "s" right after the number ("F-16s",
        "Leopard 2s", "CV90s", "Mirage 2000s"), or a system whose capitalised plural
        counts it ("Patriots", "Bradleys"). A decade ("1990s") has no name before it.
        """
        t = self.toks[m]
        if not t.text[:1].isupper():
            return None
        if t.low in _SYSTEM_PLURALS:
            return m + 1
        if len(t.text) > 12:
            return None
        j = m + 1
        if self.low(j) in ("-", "\u2011") and self.adjacent(m, j):
            j += 1
        if not (self.kind(j) == "num" and self.toks[j].text.isdigit()):
            return None
        if j == m + 1 and not (self.adjacent(m, j) or self.near(m, j)):
            return None
        plural = j + 1
        if not (self.low(plural) == "s" and self.adjacent(j, plural)):
            return None
        if self.kind(plural + 1) in ("word", "num") and self.adjacent(plural, plural + 1):
            return None  # "F-16sX": not a plural
        return plural + 1

    def _minor(
        self, i: int, major: str | None, *, post_currency: bool
    ) -> tuple[Decimal, int] | None:
        """The cents after a whole amount: "and 45 cents", "50" after "15 dollars"."""
        j = i
        if self.low(j) == "and":
            j += 1
        num = self.number(j) if j < self.n else None
        if num is None or num.value is None or num.scaled or not num.integer:
            return None
        if not (0 < num.value < 100):
            return None
        after = num.stop
        if self.low(after) in cur.SUBUNITS and self.kind(after) == "word":
            if self.low(after) == "p" and not self.adjacent(after - 1, after):
                return None
            sub_code = cur.SUBUNITS[self.low(after)]
            if (sub_code is not None and major != sub_code) or (
                sub_code is None and major == "GBP"
            ):
                return None
            return num.value / 100, after + 1
        # no cents word: only at the end of the phrase, and only after a
        # currency written after the whole part ("15 dollars 50") or "and"
        nxt = self.toks[after] if after < self.n else None
        if nxt is not None and (
            (nxt.kind in ("word", "num", "sym") and nxt.low not in ("and", "or", "but"))
            or nxt.low in _DASHES
        ):
            return None
        if post_currency or self.low(i) == "and":
            return num.value / 100, after
        return None

    def _krone(self, start_tok: int) -> str | None:
        """Which krone: the nearest country word around the amount decides."""
        pos = self.toks[start_tok].start
        window = self.text[max(0, pos - 300) : pos + 300]
        best: str | None = None
        best_distance = 10**9
        for start, word in _krone_countries(window):
            distance = abs(start - min(pos, 300))
            if distance < best_distance:
                best, best_distance = cur.KRONE_BY_COUNTRY[word], distance
        if best is None and self.low(start_tok) in ("kroner", "krone"):
            return "NOK"
        if best is None and start_tok + 1 < self.n:
            for k in range(start_tok, min(start_tok + 4, self.n)):
                if self.low(k) in ("kroner", "krone"):
                    return "NOK"
        return best

    def scan(self) -> tuple[Amount, ...]:
        out: list[Amount] = []
        nxt = 0
        toks = self.toks
        for i in self.starts:
            if i < nxt:
                continue
            if toks[i].low in ("a", "an") and self.low(i + 1) not in _AFTER_ARTICLE:
                continue  # an article begins only a number in words: "a million", "a-one"
            found = self.parse_at(i)
            if found is None:
                # the next try is the next token, so "1,200" is not re-read from "200"
                continue
            amount, stop = found
            out.append(amount)
            nxt = max(stop, i + 1)
        return tuple(out)


_MONEY_NOUNS = frozenset(
    [
        "aid",
        "assistance",
        "support",
        "funding",
        "funds",
        "investment",
        "investments",
        "debt",
        "loans",
        "loan",
        "revenue",
        "sales",
        "spending",
    ]
)


#: Characters that match an ASCII letter case-blind but are no ASCII letter in lower case.
_FOLDS_TO_ASCII = ("\u017f", "\u0130", "\u0131")


def _krone_countries(window: str) -> list[tuple[int, str]]:
    """Where ``_KRONE_CONTEXT`` matches in *window*: (start, the country word it matched)."""
    found = _krone_countries_found(window)
    if found is None:
        found = [
            (m.start(), krone_word(m))
            for m in _KRONE_CONTEXT.finditer(window, timeout=REGEX_TIMEOUT)
        ]
    return found


def _krone_countries_found(window: str) -> list[tuple[int, str]] | None:
    """:func:`_krone_countries` with ``str.find``, or None where lower case will not do.

    A match is a whole word, so in lower case (when it keeps every character in its
    place and matches what the case-blind pattern does) each country word is found
    and kept between characters that are no word characters.
    """
    low = window.lower()
    if len(low) != len(window) or any(c in window for c in _FOLDS_TO_ASCII):
        return None
    found: list[tuple[int, str]] = []
    n = len(low)
    for word in cur.KRONE_BY_COUNTRY:
        i = low.find(word)
        while i >= 0:
            j = i + len(word)
            if not ((i and is_word_char(window[i - 1])) or (j < n and is_word_char(window[j]))):
                found.append((i, word))
            i = low.find(word, i + 1)
    found.sort()
    return found


#: Words an amount may begin with. Not "and" (no number starts with it), nor a
#: one-letter dollar qualifier: "C$ 5" is read from its symbol, which looks back.
_STARTERS = frozenset(
    (set(NUMBER_WORDS) - {"and"})
    | set(cur.ISO_CODES)
    | {c.lower() for c in cur.UPPER_ONLY_CODES}
    | {q for q in cur.DOLLAR_QUALIFIERS if len(q) > 1 or q in cur.ISO_CODES}
    | set(VAGUE_SCALES)
    | {"tens", "dozens", "several", "many", "few", "rs", "inr", "kr"}
    | {"dollar", "dollars", "euro", "euros"}
)


def _can_start(word: str) -> bool:
    """Whether an amount may begin with *word* ("two", "usd", "maud", "us")."""
    return word in _STARTERS or (len(word) == 4 and word[0] == "m" and word[1:] in cur.ISO_CODES)


def _scale_of(scanner: _Scanner, number: _Number) -> Decimal:
    for k in range(number.start, number.stop):
        word = scanner.low(k)
        if word in SCALES and word != "hundred":
            return SCALES[word]
    return Decimal(1)


def _clean(value: Decimal | None) -> Decimal | None:
    """Drop trailing zeros after the point: 64.6 billion is 64600000000, not ...0.0."""
    if value is None:
        return None
    value = value.normalize()
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value


def _looks_like_year(raw: str) -> bool:
    return len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2100


def find_amounts(text: str) -> tuple[Amount, ...]:
    """Find money and counted amounts in *text*, in order.

    >>> [(str(a.value), a.currency) for a in find_amounts("It gave €40 bn and $2.5m.")]
    [('40000000000', 'EUR'), ('2500000', 'USD')]
    >>> a = find_amounts("some 291 billion euros ($336 billion) of aid")[0]
    >>> a.qualifier, a.approximate, a.converted[0].currency
    ('some', True, 'USD')
    >>> find_amounts("In 2024, 5 percent of economic output went to 700 soldiers.")
    ()
    """
    if not isinstance(text, str):
        raise TypeError(f"find_amounts() expects str, got {type(text).__name__}")
    return find_amounts_at(text, 0)


def find_amounts_at(
    text: str, offset: int, triggers: Sequence[tuple[int, int]] | None = None
) -> tuple[Amount, ...]:
    """:func:`find_amounts` on a part of a larger text that starts at *offset*.

    *triggers*, when given, are the part's triggers from a :class:`TriggerIndex`
    of the larger text (found there once instead of again for every part).
    """
    if not text:
        return ()
    return _Scanner(text, offset, triggers).scan()


#: Words that may be (part of) an amount; every amount holds one of them or a
#: digit or a currency symbol.
_TRIGGER_WORDS = frozenset(
    (set(NUMBER_WORDS) | set(VAGUE_SCALES) | {"several", "tens", "dozens"}) - {"a", "an", "and"}
)
#: The trigger words that no shorter trigger word begins ("billion" finds "billions").
_TRIGGER_STEMS = tuple(
    sorted(w for w in _TRIGGER_WORDS if not any(w != v and w.startswith(v) for v in _TRIGGER_WORDS))
)
_LONGEST_TRIGGER = max(len(w) for w in _TRIGGER_WORDS)
_TRIGGER_BYTES = frozenset(w.encode() for w in _TRIGGER_WORDS)
#: Each trigger word -> the stem it begins with (no stem begins another).
_STEM_OF = {
    w.encode(): next(stem for stem in _TRIGGER_STEMS if w.startswith(stem)) for w in _TRIGGER_WORDS
}
_DIGITS = regex.compile(r"\d+")

#: The same first look as one pattern, for texts whose lower case changes length.
_MAYBE_AMOUNT = regex.compile(
    rf"[\d{_SYMBOL_CLASS}]|\b(?:" + "|".join(sorted(_TRIGGER_WORDS)) + r")\b",
    regex.IGNORECASE,
)

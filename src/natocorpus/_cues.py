"""Vocabulary of attribution: cue verbs, role nouns and the words around them.

Everything here is general English news vocabulary; the patterns are compiled
once at import time. The lists are data, the logic lives in :mod:`._quotes`
and :mod:`._people`.
"""

from __future__ import annotations

import regex

from ._chars import TYPOGRAPHIC_MARKS, blank_marks


def words(text: str) -> tuple[str, ...]:
    """The white-space separated words of a vocabulary list."""
    return tuple(text.split())


_words = words

__all__ = [
    "CUE_WORDS",
    "INTRO_WORDS",
    "ROLE_NOUNS",
    "TITLE_OR_ROLE_WORDS",
    "TITLE_WORDS",
    "WEAK_CUES",
    "WRITTEN_CUES",
    "cue_lemma",
    "find_cues",
    "find_words",
    "word_set",
    "words",
]

# (base, third person, past, past participle, present participle); None = regular.
_IRREGULAR: dict[str, tuple[str, str, str, str]] = {
    "say": ("says", "said", "said", "saying"),
    "tell": ("tells", "told", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "think": ("thinks", "thought", "thought", "thinking"),
    "admit": ("admits", "admitted", "admitted", "admitting"),
    "quip": ("quips", "quipped", "quipped", "quipping"),
    "tweet": ("tweets", "tweeted", "tweeted", "tweeting"),
    "reply": ("replies", "replied", "replied", "replying"),
    "deny": ("denies", "denied", "denied", "denying"),
    "testify": ("testifies", "testified", "testified", "testifying"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
}

#: Verbs that introduce or attribute reported speech or writing.
_CUE_BASES = _words(
    "say tell write add note stress reveal admit charge reply warn argue insist explain "
    "emphasize emphasise acknowledge recall claim declare announce assert suggest concede "
    "observe remark comment conclude reiterate repeat confirm deny affirm maintain predict "
    "urge tweet post ask answer respond agree complain lament boast joke quip vow promise "
    "shout whisper recount counter retort contend caution believe think mention testify "
    "exclaim demand plead posit opine underline underscore hint indicate allege describe "
    "continue state inform concur estimate recommend propose call report"
)

#: Forms that are also common nouns or non-speech verbs: a cue only with an explicit subject.
WEAK_CUES = frozenset(
    _words(
        "state states note notes post posts answer answers comment comments claim claims "
        "charge charges counter counters continue continues continued continuing ask asks "
        "believe believes believed thinks think thought describe describes described describing "
        "estimate estimates indicate indicates indicated hint hints promise promises "
        "demand demands joke jokes whisper whispers repeat repeats mention mentions stress "
        "maintain maintains maintained recommend propose proposes tweet tweets speaking "
        "predict predicts vow vows urge urges call calls called calling "
        "report reports reported reporting"
    )
)

#: Cue verbs that mark the words as written rather than spoken.
WRITTEN_CUES = frozenset(
    _words(
        "write writes wrote written writing tweet tweets tweeted tweeting post posts posted posting"
    )
)


def _forms(base: str) -> tuple[str, ...]:
    if base in _IRREGULAR:
        return (base, *_IRREGULAR[base])
    if base.endswith("e"):
        return (base, base + "s", base + "d", base[:-1] + "ing")
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return (base, base[:-1] + "ies", base[:-1] + "ied", base + "ing")
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return (base, base + "es", base + "ed", base + "ing")
    return (base, base + "s", base + "ed", base + "ing")


_LEMMA: dict[str, str] = {}
for _base in _CUE_BASES:
    for _form in _forms(_base):
        _LEMMA.setdefault(_form, _base)
# "state" as a bare noun/verb form is too ambiguous; keep only its past and -ing forms.
for _noun in ("state", "states"):
    _LEMMA.pop(_noun, None)
# "spoke"/"speaks" is talk about speaking, not a quote cue; keep only "speaking".
for _form in ("speak", "speaks", "spoke", "spoken"):
    _LEMMA.pop(_form, None)
_LEMMA["speaking"] = "speak"
for _form in ("point", "points", "pointed", "pointing"):
    _LEMMA[_form] = "point out"
# "as one colleague put it, ...": only with "it" and a pause (or an adverb) right after.
for _form in ("put", "puts", "putting"):
    _LEMMA[_form] = "put it"


#: Every form of every cue verb, and the first word of cue phrases.
CUE_WORDS = frozenset(_LEMMA) | {"according"}
_CUE_WORDS = frozenset(_LEMMA)


def cue_lemma(word: str) -> str | None:
    """The base form of a cue verb, or ``None`` if *word* is no cue.

    >>> cue_lemma("Wrote")
    'write'
    >>> cue_lemma("table") is None
    True
    """
    return _LEMMA.get(word.lower())


_WORD_RE = regex.compile(r"[^\W\d_][\w\-]*", regex.VERSION1)
_FOLLOWED_BY = regex.compile(r"\s+(\w+)", regex.VERSION1)


#: Common punctuation and symbols outside ASCII (quotation marks, dashes, the mask, euro,
#: pound, bullet); none of it is a word character or a hyphen.
_WIDE_PUNCTUATION = (*TYPOGRAPHIC_MARKS, "\u00a4", "\u20ac", "\u00a3", "\u2022")
_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
#: Maps every ASCII byte that cannot be part of a :data:`_WORD_RE` match to a space.
_NON_WORD_TO_SPACE = bytes(c if c in _WORD_BYTES else 0x20 for c in range(256))
#: Maps digits, "_" and "-" (which a word cannot start with) to "0", spaces to spaces and
#: other bytes to "a": the shape of the runs of a translated text.
_RUN_SHAPES = bytes(
    0x30 if chr(c) in "0123456789_-" else 0x20 if c == 0x20 else 0x61 for c in range(256)
)


def lower_aligned(text: str) -> str:
    """``text.lower()``, one character for each character of *text*.

    Offsets found in the result are offsets into *text*. ``str.lower`` turns
    a few characters into two ("\u0130", capital I with a dot, becomes "i" and a
    combining dot); those keep only the first.

    >>> lower_aligned("\u0130STANBUL, said")
    'istanbul, said'
    """
    low = text.lower()
    if len(low) == len(text):  # (lower case never shortens a text)
        return low
    return "".join(c.lower()[0] for c in text)


def word_set(lowered: str) -> set[str]:
    """The distinct words of an already lower-cased text (punctuation removed).

    Exactly the matches of :data:`_WORD_RE`: a word runs from the first letter of a
    run of letters, digits, underscores and hyphens to its end. ASCII text (after
    the common wide punctuation is blanked) is split with plain string methods.

    >>> sorted(word_set("the 3-year-old\u2019s well-being, 42 _x"))
    ['s', 'the', 'well-being', 'x', 'year-old']
    """
    plain = lowered
    if not plain.isascii():
        plain = blank_marks(plain, _WIDE_PUNCTUATION)
        if not plain.isascii():
            return set(_WORD_RE.findall(lowered))
    runs = plain.encode("ascii").translate(_NON_WORD_TO_SPACE)
    decoded = runs.decode("ascii")
    found = set(decoded.split())
    # Each run that starts with a digit, "_" or "-" shows as " 0" in its shape; it gives
    # way to what follows those (no such run equals a word, which starts with a letter).
    shapes = b" " + runs.translate(_RUN_SHAPES)
    i = shapes.find(b" 0")
    while i != -1:
        end = decoded.find(" ", i)
        run = decoded[i:end] if end != -1 else decoded[i:]
        found.discard(run)
        word = run.lstrip("0123456789_-")
        if word:
            found.add(word)
        i = shapes.find(b" 0", i + 1)
    return found


def _occurrences(lowered: str, word: str) -> list[int]:
    out = []
    i = lowered.find(word)
    n = len(word)
    while i != -1:
        before = lowered[i - 1] if i else " "
        after = lowered[i + n] if i + n < len(lowered) else " "
        if not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_"):
            out.append(i)
        i = lowered.find(word, i + n)
    return out


def _put_it_pause(lowered: str, pos: int) -> bool:
    """Whether "put it" ending at *pos* is a cue: a pause, or an adverb then a pause."""
    rest = lowered[pos : pos + 32].lstrip()
    if rest[:1] in (",", ":", ";", ".", "\u2014", "\u2013", "-"):
        return True
    # "put it bluntly,", "put it more simply:", "put it this way."
    for word in rest.split()[:3]:
        stripped = word.rstrip(",:;.")
        if word != stripped:
            return stripped.endswith("ly") or stripped == "way"
        if not (stripped.endswith("ly") or stripped in _PUT_IT_WORDS):
            return False
    return False


_PUT_IT_WORDS = frozenset(("more", "most", "less", "very", "rather", "quite", "this", "that"))
_ASCII_SPACES = "\t\n\x0b\x0c\r "  # the ASCII characters the patterns' ``\s`` matches
_ASCII_WORD_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"


def _next_word(lowered: str, pos: int, reach: int) -> tuple[str, int] | None:
    """Group 1 and end of the match of :data:`_FOLLOWED_BY` at *pos* in ``lowered[:reach]``.

    Read with string methods while the white space and the word are ASCII and what
    follows the word is ASCII (or *reach*).
    """
    window = lowered[pos:reach]
    after_space = window.lstrip(_ASCII_SPACES)
    rest = after_space.lstrip(_ASCII_WORD_CHARS)
    if window[:1].isascii() and after_space[:1].isascii() and rest[:1].isascii():
        word = after_space[: len(after_space) - len(rest)]
        if not word or len(after_space) == len(window):
            return None  # no white space, or no word after it
        return word, pos + len(window) - len(rest)
    nxt = _FOLLOWED_BY.match(lowered, pos, reach)
    return (nxt.group(1), nxt.end()) if nxt else None


def find_cues(lowered: str, words: set[str]) -> list[tuple[int, int, bool]]:
    """``(start, end, is_phrase)`` of every cue in *lowered* (a lower-cased text).

    *words* is :func:`word_set` of the same text. Cue phrases ("according
    to", "pointed out") have ``is_phrase`` true for "according to" only. A
    verb followed by "for" ("asked for", "argued for") or by a hyphen is no cue.
    This is a set intersection and a few ``str.find`` calls, not a regex
    alternation of hundreds of words, so it runs at the speed of the text.

    >>> text = "he said, according to them, and asked for more."
    >>> [(text[s:e], p) for s, e, p in find_cues(text, word_set(text))]
    [('said', False), ('according to', True)]
    """
    found: list[tuple[int, int, bool]] = []
    for word in words & _CUE_WORDS:
        phrase = word.startswith(("point", "put"))
        for i in _occurrences(lowered, word):
            end = i + len(word)
            reach = min(len(lowered), end + 20)
            if not phrase and lowered.find("for", end, reach) == -1:
                found.append((i, end, False))  # no "for" follows within reach
                continue
            nxt = _next_word(lowered, end, reach)
            following = nxt[0] if nxt else ""
            if following == "for":
                continue
            if word.startswith("point"):
                if following != "out":
                    continue
                end = nxt[1] if nxt else end
            elif word.startswith("put"):
                if following != "it" or nxt is None or not _put_it_pause(lowered, nxt[1]):
                    continue
                end = nxt[1]
            found.append((i, end, False))
    if "according" in words:
        for i in _occurrences(lowered, "according"):
            if lowered.find("to", i + 9, i + 20) == -1:
                continue
            nxt = _next_word(lowered, i + 9, min(len(lowered), i + 20))
            if nxt and nxt[0] == "to":
                found.append((i, nxt[1], True))
    found.sort()
    return found


def find_words(lowered: str, words: set[str], vocabulary: frozenset[str]) -> list[tuple[int, int]]:
    """``(start, end)`` of every whole-word occurrence in *lowered* of a word of *vocabulary*."""
    out: list[tuple[int, int]] = []
    for word in words & vocabulary:
        n = len(word)
        for i in _occurrences(lowered, word):
            out.append((i, i + n))
    out.sort()
    return out


#: Nouns naming what a person is (used for descriptions and unnamed sources).
ROLE_NOUNS = frozenset(
    _words("""
    chief head leader president minister secretary general chancellor premier official
    officer diplomat spokesperson spokesman spokeswoman spokespeople analyst expert
    ambassador envoy commander adviser advisor aide source sources lawmaker senator
    congressman congresswoman representative governor mayor king queen prince princess
    director chairman chairwoman chair ceo founder author researcher scholar professor
    fellow economist strategist historian journalist reporter editor correspondent
    activist lawyer attorney prosecutor judge witness resident soldier commander colonel
    major captain sergeant admiral marshal negotiator mediator observer politician
    candidate member deputy legislator delegate veteran investigator inspector
    military-analyst interviewer host commentator columnist officials diplomats analysts
    experts officers soldiers residents witnesses observers insiders insider
    pilot doctor nurse teacher student worker farmer volunteer commissioner
    man woman boy girl mother father counterpart colleague successor predecessor
    """)
)

#: Capitalised words that are titles or parts of titles, never part of a name.
TITLE_WORDS = frozenset(
    _words("""
    president vice prime minister secretary secretary-general general chancellor chief
    ambassador senator sen governor gov mayor king queen prince princess pope commander
    admiral colonel col lt lieutenant captain capt sergeant sgt major director chairman
    chairwoman chair spokesperson spokesman spokeswoman editor editor-in-chief professor
    prof dr mr mrs ms miss sir dame lord lady justice judge speaker leader ceo envoy
    commissioner premier marshal field deputy foreign defense defence finance interior
    state home health trade economy energy affairs former outgoing incoming acting then
    interim late new rep representative congressman congresswoman sheikh emir crown
    archbishop bishop cardinal rabbi imam gen adm supreme allied chief-of-staff staff
    attorney counsel minister-president head headed patriarch metropolitan cmdr rear brigadier
    ministers presidents secretaries leaders officials generals chiefs ambassadors envoys
    """)
)
#: Words that may stand before a person's name as a title or a role ("Defence Minister",
#: "spokeswoman").
TITLE_OR_ROLE_WORDS = TITLE_WORDS | ROLE_NOUNS

#: Words that open an introductory clause ending at the first comma.
INTRO_WORDS = frozenset(
    _words("""
    when while if although though as since after before because once unless until
    whether despite during following given in on at for with without from by amid
    asked questioned pressed speaking writing reflecting responding referring noting
    """)
)

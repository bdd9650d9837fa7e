# ruff: noqa: RUF001  (the tests are about quotation marks and apostrophes)
"""The quotes stage's shortcuts give exactly what the patterns they stand in for give.

Each shortcut (a string-method version of a pattern, or a cheap test before one)
is compared with the pattern itself on sentences written for these tests and on
random strings built from awkward pieces (wide white space, ASCII control
separators, dotted capitals, long s, combining marks, masks).
"""

from __future__ import annotations

import random
import sys

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from natocorpus import _cues, _quotemarks, _quotes

SENTENCES = [
    "Ada Quill, the defence minister, said on Monday that talks would go on.",
    "The 52-year-old envoy has also recently warned that the deal was not done.",
    "\u201cWe will stay,\u201d she said. \u2018Not now,\u2019 he added quickly.",
    "Officials at the ministry in Tarnow, who spoke on condition of anonymity, said so.",
    "What the spokeswoman called \u201ca so-called deal\u201d was dubbed \u201cThe Plan\u201d.",
    "VARNOLD (Eastern Wire) - The alliance\u2019s chief, Bram Ostrov, told reporters:",
    "12:40 Ministers meet again",
    "He wrote in a statement: \u201cI have never said that.\u201d It was 5\u2019 10\u201d tall.",
    "HE/SHE said, according to them, and asked for more; point taken, put it bluntly.",
    "\u00a4\u00a4\u00a4\u00a4 Quill\u2019s aide would not comment\u2026 Later, the aide agreed.",
]

PIECES = [
    *"abcXYZ019_-.,;:!?'\"()",
    " ",
    "  ",
    "\t",
    "\n",
    "\xa0",
    "\u2009",
    "\u3000",
    "\x1c",
    "\x1f",
    "\x00",
    "\u0130",
    "\u017f",
    "\u212a",
    "\u00df",
    "\ufb01",
    "\u0301",
    "\u00e9",
    "\u00a4",
    "\u2019",
    "\u2018",
    "\u201c",
    "\u201d",
    "\u2014",
    "\u2026",
    "the",
    "The",
    "he",
    "She",
    "HE",
    "said",
    "has",
    "as",
    "was",
    "also",
    "never",
    "quickly",
    "Oddly",
    "\u00e9asily",
    "ly",
    "called",
    "titled",
    "NATO",
    "Quill",
    "officials",
    "chief",
    "year-old",
    "in",
    "for",
    "to",
]


def random_strings(seed: int, count: int, longest: int = 14) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(PIECES) for _ in range(rng.randint(0, longest))) for _ in range(count)
    ]


SAMPLES = SENTENCES + random_strings(1, 1500)


def test_the_pattern_white_space_is_exactly_the_listed_characters() -> None:
    space = regex.compile(r"\s", regex.VERSION1)
    odd = [
        c
        for c in map(chr, range(sys.maxunicode + 1))
        if bool(space.match(c)) != (c in _quotes._SPACES)
    ]
    assert odd == []


def test_aux_tail_start_is_where_the_pattern_starts() -> None:
    for text in SAMPLES:
        for hi in range(len(text) + 1):
            for lo in (0, max(0, hi - 7), hi):
                found = _quotes._AUX_TAIL.search(text, lo, hi)
                assert found is not None
                assert _quotes._aux_tail_start(text, lo, hi) == found.start(), (text, lo, hi)


def test_word_set_is_the_word_pattern_matches() -> None:
    for text in SAMPLES:
        lowered = text.lower()
        assert _cues.word_set(lowered) == set(_cues._WORD_RE.findall(lowered)), text


@given(st.text(max_size=60))
def test_word_set_on_any_text(text: str) -> None:
    assert _cues.word_set(text) == set(_cues._WORD_RE.findall(text))


def test_mark_positions_are_the_mark_pattern_matches() -> None:
    for text in SAMPLES:
        for lo, hi in ((0, len(text)), (1, len(text) - 1)):
            hi = max(lo, hi)
            expected = [m.start() for m in _quotemarks._MARK_RE.finditer(text, lo, hi)]
            assert _quotemarks.mark_positions(text, lo, hi) == expected, text


def test_tokens_are_the_token_pattern_matches() -> None:
    for text in SAMPLES:
        assert _quotes._tokens(text) == _quotes._TOKENS.findall(text), text


def test_quote_words_are_the_word_pattern_matches() -> None:
    crafted = ["don't", "'tis a rock'n'roll-era", "a--b -c d- 'e f'", "x\u2019s \u2019y", "_a1_"]
    for text in [*SAMPLES, *crafted, *random_strings(4, 2000, 10)]:
        expected = [w.replace("\u2019", "'") for w in _quotes._WORD.findall(text)]
        assert _quotes._quote_words(text) == expected, text


def test_first_word_is_the_pattern_match() -> None:
    long_word = "Internationalisation-related-matters-discussed"
    for text in [*SAMPLES, long_word + ", he said", " " + long_word]:
        for s in range(len(text) + 1):
            for e in (s, min(len(text), s + 5), min(len(text), s + 41), len(text)):
                found = _quotes._FIRST_WORD.match(text, s, e)
                expected = found.group(1) if found else None
                assert _quotes._first_word(text, s, e) == expected, (text, s, e)


def test_first_words_agree_with_all_words() -> None:
    for text in SAMPLES:
        every = [w.replace("\u2019", "'") for w in _quotes._WORD.findall(text * 3)]
        for n in (1, 5, 9):
            first = _quotes._first_words(text * 3, n)
            assert first == every[: len(first)], text
            assert len(first) >= min(n, len(every)), text


@pytest.mark.parametrize(
    "before",
    [
        *SENTENCES,
        "what she so-called",
        "a plan known  as , ",
        "the phrase\n",
        "the book KNOWN AS",
        "a report t\u0130tled",
        "an essay entitled,",
        "the ſlogan",
        "what they nic\u212anamed",
        "the word",
        "a song headlined ",
    ],
)
def test_term_pretest_never_rejects_a_match(before: str) -> None:
    assert _quotes._TERM_BEFORE.search(before) is None or _quotes._may_name_term(before)


def test_term_pretest_on_random_strings() -> None:
    for text in random_strings(3, 3000, 6):
        for before in (text, text + " called", "the " + text + "Word ,"):
            if _quotes._TERM_BEFORE.search(before):
                assert _quotes._may_name_term(before), before


def test_dateline_pretest_never_rejects_a_match() -> None:
    for text in [*SAMPLES, *(t.upper() for t in SAMPLES)]:
        if _quotes._DATELINE.match(text, 0, min(len(text), 120)):
            assert _quotes._may_open_dateline(text), text


def test_place_tail_is_the_pattern_match() -> None:
    for text in [*SAMPLES, "the embassy in Tarnow said", "the office  at the Old Mint"]:
        for e in range(len(text) + 1):
            found = _quotes._UNNAMED_TAIL.match(text, e, min(len(text), e + 60))
            assert _quotes._place_tail_end(text, e) == (found.end() if found else e), (text, e)


def _prepared(masked: str) -> _quotes._Prepared:
    lowered = _cues.lower_aligned(masked)
    return _quotes._Prepared([], masked, lowered, _cues.word_set(lowered))


def test_one_scan_of_joined_paragraphs_finds_what_a_scan_of_each_finds() -> None:
    paragraphs = [*SENTENCES, *random_strings(2, 200, 30), "", "x"]
    batch = [_prepared(masked) for masked in paragraphs]
    _quotes._scan(batch)
    for prepared in batch:
        masked = prepared.masked
        assert list(prepared.ends) == [m.span() for m in _quotes._SENTENCE_END.finditer(masked)]
        assert list(prepared.pronouns) == [m.span() for m in _quotes._PRONOUN.finditer(masked)]
        assert list(prepared.orgs) == [m.span() for m in _quotes._ORG.finditer(masked)]


def test_the_sentence_end_pattern_matches_where_a_lookbehind_would() -> None:
    lookbehind = regex.compile(
        r"(?<=[.!?\u2026])[\"\u201d\u2019']?\s+(?=[\p{Lu}\d\"\u201c\u2018'\u00a4])", regex.VERSION1
    )
    for text in SAMPLES:
        expected = [m.span() for m in lookbehind.finditer(text)]
        found = [(m.start() + 1, m.end()) for m in _quotes._SENTENCE_END.finditer(text)]
        assert found == expected


def test_no_character_becomes_a_word_character_when_lower_cased() -> None:
    # What the pronoun pretest relies on: outside words and hyphens stays outside.
    inside = regex.compile(r"[\w\-]", regex.VERSION1)
    odd = [
        c
        for c in map(chr, range(sys.maxunicode + 1))
        if not inside.match(c) and inside.match(_cues.lower_aligned(c))
    ]
    assert odd == []


def test_pronoun_pretest_never_rejects_a_match() -> None:
    extra = ["x-he said", "she-wolf", "\u00e9He", "HE\u0301", "re-SHE", "_he", "3she", "\u0130he"]
    for text in [*SAMPLES, *extra, *(t.upper() for t in SAMPLES)]:
        if _quotes._PRONOUN.search(text):
            assert _quotes._may_hold_pronoun(_prepared(text)), text


def _first_passing_determiner(text: str, s: int) -> tuple[int, str, int] | None:
    for d in _quotes._DETERMINER.finditer(text, max(0, s - 60), s):
        modifiers = text[d.end() : s].split()
        # "of", "for" and "and" between two capitalised words are part of a name, uncounted.
        joined = [
            0 < i < len(modifiers) - 1
            and w in ("of", "for", "and")
            and modifiers[i - 1][:1].isupper()
            and modifiers[i + 1][:1].isupper()
            for i, w in enumerate(modifiers)
        ]
        counted = [w for w, j in zip(modifiers, joined, strict=True) if not j]
        if len(counted) <= (3 if d.group(1).lower() == "the" else 4) and all(
            map(_quotes._is_modifier, counted)
        ):
            return d.start(), d.group(1), d.end()
    return None


DETERMINER_PIECES = [
    *[
        "the",
        "The",
        "a",
        "A",
        "an",
        "An",
        "one",
        "His",
        "her",
        "Its",
        "their",
        "Some",
        "Another",
        "several",
    ],
    *["Ada", "Quill", "Jens", "Stoltenberg", "NATO", "US", "Kyiv", "Ukraine", "EU"],
    "Quill's",
    "Kyiv\u2019s",
    "NATO's",
    "O'Brien's",
    "Ada's",
    *["senior", "former", "top", "defence", "deputy", "said", "on", "that", "was", "for"],
    *["of", "and", "for", "Ministry", "Defence", "U.K."],
    "(the",
    "Kremlin,",
    "year-old",
    "Kyiv-based",
    "x-the",
    "66-year-old",
    "\u00a4\u00a4\u00a4,",
    "\u00c9mile",
    *["war.", "3,000", "2022,", "F-16", "\u2013", "Kyiv;", "(a"],
    "\u0141ukasz's",
    "'s",
    "s",
]
SEPARATORS = [" ", " ", " ", "  ", "\t", "\xa0", "\x1c", "\n"]


def determiner_texts(seed: int, count: int, plain: bool = False) -> list[str]:
    """Texts ending in a head noun; *plain*: words of letters and spaces only, mostly."""
    rng = random.Random(seed)
    pieces = [p for p in DETERMINER_PIECES if p.replace("\u2019", "'").replace("'", "").isalpha()]
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 12)):
            parts.append(rng.choice(pieces if plain else DETERMINER_PIECES))
            parts.append(rng.choice(SEPARATORS[:4] if plain else SEPARATORS))
        texts.append("".join(parts) + rng.choice(["chief", "official", "embassy"]))
    return texts


def test_determiner_before_is_the_first_passing_match() -> None:
    crafted = [
        "said the NATO chief",
        "the Some official",
        "Jens Stoltenberg\u2019s senior defence aide",
        "Ada Jens Stoltenberg's aide",
        "His Majesty's  envoy",
        "(the former top envoy",
        "x-the official",
        "one two three four five six official",
        "Russia\u2019s\x1cdeputy minister",
        "an\u00a0acting head",
        "The Kremlin's chief",
        "that the the official",
        "x the  chief",
        "A chief",
        "his an official",
        "z" * 58 + "bathe official",
        "said An\u00a0envoy and a\tchief",
    ]
    texts = [*SAMPLES, *crafted, *determiner_texts(6, 1000), *determiner_texts(7, 1000, True)]
    for text in texts:
        for s in range(len(text) + 1):
            expected = _first_passing_determiner(text, s)
            assert _quotes._determiner_before(text, s) == expected, (text, s)


def test_wide_non_letters_are_neither_letters_nor_white_space() -> None:
    letter_or_space = regex.compile(r"[\p{L}\-\s]", regex.VERSION1)
    assert [c for c in _quotes._WIDE_NON_LETTERS if letter_or_space.match(c)] == []


TERM_PIECES = [
    *["the", "The", "THE", "known", "Known", "as", "AS", "so-called", "re", "called", "word"],
    *["words", "Words", "phrase", "name", "named", "code-", "titled", "en", "labell", "ed"],
    *["slogan", "hashtag", "x", ",", ", ", " ", "  ", "\t", "\n", "\x1c", "\xa0", "\u0130"],
]


def test_names_term_is_the_pattern_search() -> None:
    rng = random.Random(8)
    texts = [
        "".join(rng.choice(TERM_PIECES) for _ in range(rng.randint(0, 8))) for _ in range(4000)
    ]
    for text in [*SENTENCES, *texts, *random_strings(9, 1000, 6)]:
        for before in (text, text + " ,\n", "the " + text):
            expected = _quotes._TERM_BEFORE.search(before) is not None
            assert _quotes._names_term(before) == expected, before


def test_next_word_is_the_followed_by_match() -> None:
    crafted = ["said for", "point  out", "put\tit,", "according to", "x \u00e9t\u00e9", " _a1 b"]
    for text in [*SAMPLES, *crafted]:
        lowered = text.lower()
        for pos in range(len(lowered) + 1):
            for reach in (pos, min(len(lowered), pos + 3), min(len(lowered), pos + 20)):
                found = _cues._FOLLOWED_BY.match(lowered, pos, reach)
                expected = (found.group(1), found.end()) if found else None
                assert _cues._next_word(lowered, pos, reach) == expected, (text, pos, reach)


def test_tail_runs_are_the_pattern_matches() -> None:
    for text in SAMPLES:
        expected = [(m.start(), m.group()) for m in _quotes._TAIL_WORDS.finditer(text)]
        assert list(_quotes._runs(text)) == expected, text


def test_sentence_ends_and_pronouns_are_the_pattern_matches() -> None:
    crafted = [
        "sHe said. SHE went.\u2019  \u00c9t\u00e9",
        "Ashe, the he_ she-he \u0130he \u017fhe.",
    ]
    extra = random_strings(10, 2000, 20)
    for masked in [*SAMPLES, *crafted, *extra, *(t.upper() for t in extra)]:
        lowered = _cues.lower_aligned(masked)
        expected = [m.span() for m in _quotes._SENTENCE_END.finditer(masked)]
        assert _quotes._sentence_ends(masked) == expected, masked
        expected = [m.span() for m in _quotes._PRONOUN.finditer(masked)]
        assert _quotes._pronouns(masked, lowered) == expected, masked

"""Fast paths of the interview stage: each gives the results of the exact path it stands for."""

from __future__ import annotations

import random

import pytest
import regex

from natocorpus._records import Span
from natocorpus._transcripts import (
    _CAP,
    _CLAIM,
    _FIRST_PERSON,
    _LABEL,
    _LABEL_ONLY,
    _OPENER,
    _OPENER_FIRST_WORDS,
    _PERSON,
    _SOURCE_LINE,
    _SOURCE_LINE_FIRSTS,
    Unit,
    _claims,
    _features,
    _first_person,
    _label_of,
    _may_hold_label,
    _may_open,
    _may_open_label,
    _persons,
    _word_kinds,
)


def _split(words: str) -> list[str]:
    return words.split()


def _scanned(text: str) -> tuple[int, int, int]:
    fp = sp = 0
    for m in _PERSON.finditer(text):
        if m.lastgroup == "fp":
            fp += 1
        else:
            sp += 1
    return fp, sp, len(_CLAIM.findall(text))


def test_person_and_claim_words_are_counted_as_the_patterns_count_them() -> None:
    pieces = [
        *_split("I I\u2019m I'm I've me my We we we're We\u2019re Our our Us us You you Your"),
        *_split("your You're Yourself yourself MY Me mine usual U.S. I_ _we we2 3you"),
        *_split("say says said sayso Said claimed claims insisted argue argues warn warns"),
        *_split("warned pretends accused alleges suggest believes maintains asserts contends"),
        "caf\u00e9",
        "\u00e9my",
        "my\u00e9",
        "\u00bdwe",
        "we\u00bd",
        "\u0432\u044b",
        "you\u0301",
        " ",
        "  ",
        "\n",
        ",",
        ".",
        "\u2019",
        "\u2018",
        "\u201c",
        "\u201d",
        "\u2014",
        "\u2013",
        "\u2026",
        "\u00a0",
        "-",
        "(",
        ")",
        "?",
        "'",
        '"',
        "\u00ab",
        "\u00bb",
        "\u2009",
        "\t",
    ]
    rng = random.Random(8)
    texts = ["", "I", "you", "I am sure you and your team agree with us, she said."]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(6000)]
    for text in texts:
        kinds = _word_kinds(text)
        assert (*_persons(text, kinds), _claims(text, kinds)) == _scanned(text), text


def test_label_patterns_match_as_with_words_that_may_give_letters_back() -> None:
    greedy = _CAP.replace("*+)", "*)")
    assert greedy != _CAP
    plain = [regex.compile(p.pattern.replace(_CAP, greedy)) for p in (_LABEL, _LABEL_ONLY)]
    pieces = [
        *_split("Ann BERG U.S. Dr. Dr O\u2019Neil x of the van Radio Nord - ' \u00e9 \u00c9 A. B"),
        *_split("Q and said 5 . ( ) [ ] , : \uff1a"),
        " ",
        "\u00a0",
        "\n",
    ]
    rng = random.Random(3)
    matched = 0
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        for fast, slow in zip((_LABEL, _LABEL_ONLY), plain, strict=True):
            a, b = fast.match(text), slow.match(text)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), text
            matched += a is not None
    assert matched > 500


def test_may_open_never_turns_down_an_opener() -> None:
    phrases = _OPENER.pattern.removeprefix("^(?:").removesuffix(")\\b").split("|")
    firsts = {regex.match(r"[A-Za-z]+", phrase).group() for phrase in phrases}  # type: ignore[union-attr]
    assert firsts == {w for words in _OPENER_FIRST_WORDS.values() for w in words}
    tails = [
        "",
        " ",
        ",",
        ".",
        "!",
        "_",
        "1",
        "x",
        "s",
        "\u2019s not",
        "'s not",
        "\u00e9",
        "\u00a0",
    ]
    heads = ["No", "Not", "Non", "Nonsense", "I", "It", "In", "Thank", "Thanks", "The", "Yes"]
    for phrase in [*(bytes(p, "ascii").decode("unicode_escape") for p in phrases), *heads]:
        for tail in tails:
            for more in ("", " really", " at all", " you", " think so", " is not", " question"):
                text = phrase + tail + more
                if _OPENER.match(text):
                    assert _may_open(text), text


def test_first_person_is_read_from_the_features_as_the_pattern_finds_it() -> None:
    pieces = _split('I we our my you said the \u201cwe\u201d "I" \u00abus\u00bb caf\u00e9 \u00bdwe')
    pieces += [" ", ", ", ". "]
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        unit = Unit(0, Span(0, len(text)), text, 0)
        found = _FIRST_PERSON.search(text) is not None
        assert _first_person(unit, _features(unit)) == found, text


def test_may_open_label_never_turns_down_a_label() -> None:
    pieces = _split("Ann Berg ann of the de der van von al and for on an ofx Q A U.S. Dr.")
    pieces += [" ", "  ", "\u00a0", ":", "\uff1a", "(", ")", "[", "]", ",", "\u00e9", "x", "5"]
    rng = random.Random(6)
    turned_down = 0
    for _ in range(40000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        if not _may_open_label(text):
            turned_down += 1
            assert _LABEL.match(text) is None, text
    assert turned_down > 300


def test_may_hold_label_never_turns_down_a_label() -> None:
    # Labels with a colon, alone on a line, and alone without one ("QUESTION", "BERG").
    pieces = _split("Ann Berg BERG QUESTION Question Host ann of the Q A U.S. Dr. REUTERS")
    pieces += [" ", "\u00a0", ":", "\uff1a", "(", ")", ",", ".", "?", "\n", "x", "5"]
    rng = random.Random(7)
    turned_down = found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))).strip()
        if not text:
            continue
        labels = (_label_of(text), _label_of(text, alone=True))
        found += any(label is not None for label in labels)
        if not _may_hold_label(text):
            turned_down += 1
            assert labels == (None, None), text
    assert turned_down > 300
    assert found > 300


def test_source_lines_open_with_one_of_their_first_letters() -> None:
    rests = ["ource: Harbour Times", "riginally published by Harbour Times"]
    rests += ["irst published by Harbour Times", "his interview was published by Harbour Times"]
    firsts = set()
    for code in range(0x10000):
        char = chr(code)
        if char.lower() == char.upper() == char.casefold() and not char.isascii():
            continue  # (no case: folds to no letter of the patterns)
        if any(_SOURCE_LINE.match(char + rest) for rest in rests):
            firsts.add(char)
    assert firsts == _SOURCE_LINE_FIRSTS


def test_interview_name_run_takes_its_particles_as_the_word_list_does() -> None:
    from natocorpus import _interview_names

    particles = _split("de van von der den da al bin la le di")
    cap = _interview_names._CAP_WORD
    plain = regex.compile(
        rf"(?<![\p{{L}}\p{{M}}\u2019'\-])(?:{cap})(?:[ \u00a0]"
        rf"(?:(?:{'|'.join(particles)})[ \u00a0])?{cap}){{0,7}}"
    )
    text = "Ada Quill."
    for particle in [*particles, "d", "v", "a", "b", "l", "dei", "ab", "lo"]:
        for space in (" ", "\u00a0"):
            text += f" Ada {particle}{space}Vega, Ada {particle}x{space}Vega, Bo {particle}"
            text += f"{space}{particle}{space}Quill, Bo {particle}{space}quill {particle.title()}."
    for page in (text, text.upper()):
        found = [m.span() for m in _interview_names.NAME_RUN.finditer(page)]
        assert found == [m.span() for m in plain.finditer(page)]


def test_said_on_a_date_is_turned_down_only_where_told_finds_no_outlet(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from natocorpus import _reported
    from natocorpus._interview_names import NameBook
    from natocorpus._people import PeopleIndex

    words = _split("Ana Berg said on Monday 9 May Sky News the BBC Sunday Times once , . 12")
    words += ["\u00a0", "said on", "said on\u00a0"]
    rng = random.Random(8)
    texts = []
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(2, 9)))
        if "said on" in text and not _reported._said_on_other_than_a_date(text):
            texts.append(text)
    assert len(texts) > 200
    # With the test out of the way, _TOLD finds no interview in any of them either.
    monkeypatch.setattr(_reported, "_may_tell", lambda sentence: True)
    for text in texts:
        finder = _reported._Finder(text, NameBook(text), PeopleIndex())
        assert finder.mentions(text, Span(0, len(text))) == [], text

"""The aid stage's fast paths give what the plain patterns give (sentences written here)."""

from __future__ import annotations

import pytest

from natocorpus import _aid, _amounts, _places

SENTENCES = [
    "Wetland's defence budget will rise to 4 billion crowns, while its exports fell.",
    "The Marshland government pledged $250m in military aid to Coastland on Monday.",
    "Drones produced in Coastland were shot down; 300 refugees and 12 soldiers arrived.",
    "Humanitarian grants and loans worth EUR 1.5bn were delivered, officials said.",
    "ORDERS FOR 40 TANKS WERE SIGNED IN 2024 AT A COST OF 2,000,000 DOLLARS.",
    "The Café Commission earmarked 3 million euros — about £2.6m — for schools.",
    "Its over-budget, multi-year programme (in 2023) was handed over to the partners.",
]


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize(
    "anchored",
    [
        _aid._NOT_AID_AT,
        _aid._AID_NOUN_AT,
        _aid._WEAK_NOT_AID_AT,
        _aid._COUNTED_NOUNS_AT,
        _aid._HOSTILE_AT,
        _aid._CATEGORY_AT,
        _aid._STATUS_AT,
    ],
)
def test_anchored_patterns_match_as_a_scan_does(text: str, anchored: _aid._Anchored) -> None:
    expected = [(m.span(), m.lastgroup) for m in anchored.pattern.finditer(text)]
    low = _aid._case_blind_lower(text)
    beginnings = _aid._beginnings(low) if low is not None else frozenset()
    got = [(m.span(), m.lastgroup) for m in anchored.finditer(text, low, beginnings)]
    assert got == expected
    assert anchored.search(text, low, beginnings) == bool(expected)


def _pattern_tokens(text: str) -> list[tuple[str, str, int, int]]:
    """What the token pattern alone makes of the regions of *text*."""
    out: list[tuple[str, str, int, int]] = []
    for lo, hi in _amounts._regions(text):
        if out:
            out.append(("gap", "", -1, -1))
        for a, b in _amounts._pieces(text, lo, hi):
            out.extend(
                (m.lastgroup or "punct", m.group(), m.start(), m.end())
                for m in _amounts._TOKEN.finditer(text, a, b)
            )
    return out


@pytest.mark.parametrize(
    "text",
    [
        *SENTENCES,
        "Two\tmillion\nshells,   and one\r\nmore: (seven) dozen's worth.",
        "It sent 1 200 000 rounds and US$5 to the fund\x1cnow.",
    ],
)
def test_tokens_read_with_str_methods_are_the_patterns_tokens(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # every region read, as if each held a word an amount needs
    monkeypatch.setattr(_amounts, "_amount_words", lambda text, lo, hi: (True, False))
    tokens, starts = _amounts._tokenise(text)
    got = [("gap", "", -1, -1) if t.start < 0 else (t.kind, t.text, t.start, t.end) for t in tokens]
    if "1 200 000" not in text:  # digit groups are joined afterwards
        assert got == _pattern_tokens(text)
    assert all(tokens[i].kind != "punct" for i in starts)
    assert starts == sorted(set(starts))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Aid from the EU nations and Washington reached Kyiv, the Czech-led scheme said.",
            ["the EU nations", "Washington", "Kyiv", "Czech"],
        ),
        (
            "Sweden's allies met the Nordic countries; US-made jets flew to Poland.",
            ["Sweden", "allies", "the Nordic countries", "Poland"],
        ),
        (
            "A Polish and German package went to the Netherlands and the West, iBerlin said.",
            ["Polish", "German", "the Netherlands", "the West"],
        ),
    ],
)
def test_find_actors_matches_the_actor_pattern(text: str, names: list[str]) -> None:
    found = [(m.start, m.end, m.kind) for m in _places.find_actors(text)]
    assert found == [(m.start(), m.end(), m.lastgroup) for m in _places.ACTOR.finditer(text)]
    assert [text[start:end] for start, end, _ in found] == names


#: Sentences with amounts, and with regions no amount can stand in (years, "one of").
AMOUNT_SENTENCES = [
    *SENTENCES,
    "In 2019 one of the two ministers said that 2022 and 2023 were hard years for all.",
    "One of them left in 1999; another 6,000 in June, and only 300,000 have arrived.",
    "Fifty-one trucks and 4 Kelvin-rated radars, at 17.7 billion, cost NOK 40 million.",
    "Seven said kr 12 and then 9 kroner, near Oslo; 100 \u212a was the reading for ALL.",
    "A " + "x" * 70 + "bn and 5 " + "y" * 61 + "m were listed after 12 years.",
]


@pytest.mark.parametrize("text", AMOUNT_SENTENCES)
def test_unread_regions_change_no_amount(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    found = _amounts.find_amounts(text)
    monkeypatch.setattr(_amounts, "_amount_words", lambda text, lo, hi: (True, True))
    assert _amounts.find_amounts(text) == found


def test_a_region_without_currency_scale_or_count_goes_unread() -> None:
    text = "In 2019 one of the two ministers left."
    assert _amounts._amount_words(text, 0, len(text)) == (False, False)
    for needed in ("2 billion", "$2", "300,000 left", "5 tanks", "9 kroner", "4 TRY"):
        assert _amounts._amount_words(needed, 0, len(needed))[0], needed
    assert _amounts._amount_words("9 kroner", 0, 8) == (True, True)


def test_ascii_words_are_the_lower_case_letter_runs() -> None:
    assert _amounts.ascii_words("two 20bn-euro caf\u00e9s, x_y") == [
        b"two",
        b"bn",
        b"euro",
        b"caf",
        b"s",
        b"x",
        b"y",
    ]


@pytest.mark.parametrize("text", AMOUNT_SENTENCES)
def test_number_words_found_as_the_pattern_finds_them(text: str) -> None:
    words = [span for span in _amounts._triggers(text) if text[span[0]].isalpha()]
    expected = [
        m.span()
        for m in _amounts._MAYBE_AMOUNT.finditer(text)
        if text[m.start()].isalpha() and text[m.start()] not in "\u5143\u5186"
    ]
    assert words == expected


#: Windows before and after a name: (before, after).
WINDOWS = [
    ("Marshland pledged aid to ", " on Monday."),
    ("the money went to the ", "'s allies"),
    ("funds for the government of ", " were cut"),
    ("officials in ", " has received"),
    ("Talks held in ", " is set to also receive"),
    ("Coastland supplied ", "\u2019s backers"),
    ("the report said ", " wants more"),
    ("it plans to spend EUR 2bn on ", " next year"),
    ("it said, ", ", and"),
    ("donated\u00a0", "\u00a0needs"),
    ("SENT TO THE ", " HAS BEEN GIVEN"),
    ("(to ", ") gotten"),
    ("aided ", "-led"),
]


@pytest.mark.parametrize(("before", "after"), WINDOWS)
def test_receiving_checks_agree_with_their_patterns(before: str, after: str) -> None:
    low = before.lower() if before.isascii() else None
    by_words = before[-1:].isspace() and _aid._recipient_before(before, low)
    assert by_words == (_aid._RECIPIENT_BEFORE.search(before) is not None)
    assert _aid._receiving_after(after) == (_aid._RECIPIENT_AFTER.match(after) is not None)


@pytest.mark.parametrize(
    "text",
    [
        *SENTENCES,
        "Marshland gave EUR 2bn, and Coastland gave more; the rest went elsewhere.",
        "Marshland gave EUR 2bn \u2014 a record \u2014 while its neighbour gave nothing.",
        "The contribution was distributed, and but for the delay, it would have arrived.",
    ],
)
def test_clause_breaks_are_looked_for_where_they_may_stand(text: str) -> None:
    if _aid._CLAUSE_BREAK.search(text) is not None:
        assert _aid._may_break(text)


def test_case_blind_lower_only_where_lower_case_finds_what_the_patterns_match() -> None:
    assert _aid._case_blind_lower("Aid TO Coastland") == "aid to coastland"
    assert _aid._case_blind_lower("Caf\u00e9 aid \u2014 \u20ac5") == "caf\u00e9 aid \u2014 \u20ac5"
    assert _aid._case_blind_lower("\u212am") == "km"  # the Kelvin sign is "k" either way
    assert _aid._case_blind_lower("\u017fales") is None  # a long s matches "s"
    assert _aid._case_blind_lower("\u0130mports") is None  # two characters in lower case

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
    low = text.lower() if text.isascii() else None
    assert [(m.span(), m.lastgroup) for m in anchored.finditer(text, low)] == expected
    assert anchored.search(text, low) == bool(expected)


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
def test_tokens_read_with_str_methods_are_the_patterns_tokens(text: str) -> None:
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

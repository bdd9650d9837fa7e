"""The word filters before the receiving patterns agree with the patterns themselves."""

from __future__ import annotations

import random

from natocorpus import _aid
from natocorpus._places import ACTOR, find_actors

_WORDS = [
    "to", "To", "for", "into", "towards", "the", "government", "of", "in", "Chile", "Peru",
    "NATO", "allies", "gave", "given", "provided", "pledged", "handed", "spend", "spent", "on",
    "has", "is", "was", "also", "been", "set", "due", "received", "got", "asks", "needs", "'s",
    "\u2019s", "partners", "backers", "-led", "\u20ac5m", "\u017fpend", "\u212a", "\u0130",
    "to\u017f", "\u00e9", "money", "(to", "said", ",", ".", "European", "nations", "Europe",
    "G-7", "G7", "countries", "and", "Western", "the Netherlands", "Eastern", "member states",
]  # fmt: skip
_GAPS = [" ", " ", " ", "  ", "\n", "\u00a0", "\u2009", "\x1c", "\t", ", ", ""]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(_WORDS) + rng.choice(_GAPS) for _ in range(rng.randint(1, 12)))
        for _ in range(count)
    ]


def test_receiving_filters_answer_as_the_patterns_do() -> None:
    for text in _texts(5, 4000):
        for cut in range(0, len(text) + 1, 3):
            before, after = text[:cut], text[cut:]
            if before[-1:].isspace():
                low = before.lower() if before.isascii() else None
                expected = _aid._RECIPIENT_BEFORE.match(before) is not None
                assert _aid._recipient_before(before, low) == expected, before
                if _aid._SPEND_ON.match(before) is not None:
                    assert _aid._may_spend(before, low), before
            expected = _aid._RECIPIENT_AFTER.match(after) is not None
            assert _aid._receiving_after(after) == expected, after
            if after[:1] in ("'", "\u2019"):
                expected = _aid._POSSESSIVE_OF_BACKERS.match(after) is not None
                assert _aid._possessive_of_backers(after) == expected, after


def test_find_actors_finds_the_groups_and_names_the_pattern_does() -> None:
    for text in _texts(6, 4000):
        if text.count("the") > 1:  # "the the West": the pattern may start at either "the"
            continue
        found = [tuple(m) for m in find_actors(text)]
        assert found == [(m.start(), m.end(), m.lastgroup) for m in ACTOR.finditer(text)], text

"""Fast paths of the aid stage: each gives the same results as the pattern it stands for."""

from __future__ import annotations

import random

import regex

from natocorpus._aid import _SENTENCE_END, _WORD_BEFORE, _abbreviation, _sentences
from natocorpus._amounts import _KRONE_CONTEXT, _krone_countries, krone_word


def _sentences_by_pattern(text: str) -> list[tuple[int, int]]:
    """The sentence spans as the one pattern and the backwards word pattern give them."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group("nl") is None:
            before = _WORD_BEFORE.match(text[max(start, m.start() - 30) : m.end()])
            if before is not None and _abbreviation(before.group(1).lower().rstrip(".")):
                continue
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def test_sentence_ends_are_where_the_one_pattern_finds_them() -> None:
    pieces = [
        *'.!?\u2026"\u201d\u2019\u00bb)] \t\n\u00a0\u2028\u201c\u2018\u00ab([',
        *"AZaz09,;:-_\u00e9\u00c9\u0301",
        "Mr",
        "U.S",
        "etc",
        "Gen",
        "No",
        "\u00e9.",
        "\u00df",
        "  ",
        "...",
    ]
    rng = random.Random(11)
    texts = [
        "Gen. Aldric Moss spoke. The U.S. fund grew... Then it fell! Why? (Nobody knew.)",
        "The caf\u00e9. Then the na\u00efve plan. \u00c9tienne left.\nA new line.",
        "Rates rose 2.5 per cent. In May they fell.",
    ]
    texts += ["".join(rng.choices(pieces, k=rng.randrange(40))) for _ in range(20000)]
    for text in texts:
        assert _sentences(text) == _sentences_by_pattern(text), text


def test_krone_country_words_are_where_the_pattern_finds_them() -> None:
    words = ["Norway", "NORWEGIAN", "oslo", "Sweden", "swedish", "Iceland", "icelandic", "Danish"]
    pieces = [*words, *" ,.'_-1a\u00e9\u0301\u2019\u00a0\u017f\u0130\u0131\u212a"]
    rng = random.Random(12)
    texts = ["Norway\u2019s fund paid 5 kroner", "the Icelandic and Swedish kronor", "Osloan"]
    texts += ["".join(rng.choices(pieces, k=rng.randrange(10))) for _ in range(20000)]
    for text in texts:
        expected = [(m.start(), krone_word(m)) for m in _KRONE_CONTEXT.finditer(text)]
        assert _krone_countries(text) == expected, text


def test_word_before_a_mark_is_read_like_the_backwards_pattern() -> None:
    for word in ("Mr", "U.S", "x", "etc", "caf\u00e9", "\u00e9", "2024", "a_b"):
        text = f"It was {word}. Then more."
        m = regex.search(r"\. ", text)
        assert m is not None
        before = _WORD_BEFORE.match(text[: m.end()])
        assert before is not None
        expected = _abbreviation(before.group(1).lower().rstrip("."))
        assert (_sentences(text) == [(0, len(text))]) == expected, word

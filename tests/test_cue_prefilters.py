"""Randomised checks that the cheap tests run before a few line patterns never skip a
line the pattern would match (they only save time)."""

from __future__ import annotations

import random

from natocorpus import _line_cues as lc

_WORDS = (
    "photo", "Photos", "image", "IMAGE", "picture", "pictures", "by", "By", "caption",
    "Image caption", "Pictured", "above", "top", "main image", "from left", "ok", "OK",
    "Okay", "Oksana", "read more", "Read more", "related", "Related", "share", "tags",
    "Topics", "more from", "follow us on", "filed under", "copyright", "this story",
    "reading time", "accept all", "sign in", "minister", "the", "summit", "Vienna",
    "Ana", "Kovac", "2026", ":", "|", ",", ".", ";", "!", " : ", " | ",
)  # fmt: skip


def _lines(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    lines = []
    for _ in range(count):
        parts = [rnd.choice(_WORDS) for _ in range(rnd.randint(1, 9))]
        lines.append(rnd.choice((" ", "")).join(parts).strip())
    return [line for line in lines if line]


def test_caption_lead_prefilter_keeps_every_match() -> None:
    # An ASCII line _CAPTION_LEAD matches either opens with a caption lead or holds
    # ":" or "by" (what plain_cue_of asks of a line with "photo", "image", "picture").
    seen = 0
    for line in _lines(1, 40000):
        if line.isascii() and lc._CAPTION_LEAD.fullmatch(line):
            seen += 1
            low = line.lower()
            assert low.startswith(lc._CAPTION_LEADS) or ":" in line or "by" in low, line
    assert seen > 50


def test_short_lead_keeps_every_match() -> None:
    seen = 0
    for line in _lines(2, 40000):
        if lc._SHORT.fullmatch(line):
            seen += 1
            assert lc._short_lead(line), line
    assert seen > 50
    for line in (
        "Ok",
        "OK!",
        "Okay.",
        "Tags: NATO | Drones",
        "More from Example: Defence",
        "Share:",
    ):
        assert lc._SHORT.fullmatch(line), line
        assert lc._short_lead(line), line
    for line in ("Oksana Hrytsenko in Vienna", "Read more: Allies agree", "Share | Reuse"):
        assert not lc._short_lead(line), line


def test_source_name_prefilter() -> None:
    assert lc.source_name("Source: The Example Times.") == "The Example Times"
    assert lc.source_name("SOURCE : Example Wire") == "Example Wire"
    assert lc.source_name("\u017fource: Example Wire") == "Example Wire"  # long s
    assert lc.source_name("The source: nobody") is None


def test_credit_slash_prefilter_keeps_every_match() -> None:
    rnd = random.Random(3)
    pieces = ("Ana", "Kovac", "Example Wire", "AFP", "Getty", " / ", "/", "(", ")", "2026")
    pieces += (",", ":", ";", "!", "?", '"', "'", "&", "-", ".", "\u2019", " ")
    seen = 0
    for _ in range(40000):
        line = "".join(rnd.choice(pieces) for _ in range(rnd.randint(2, 9))).strip()
        if lc._CREDIT_SLASH.fullmatch(line):
            seen += 1
            assert not lc.holds_any(line, lc._NOT_IN_CREDIT_SLASH), line
    assert seen > 50
    for mark in lc._NOT_IN_CREDIT_SLASH:
        assert not lc._CREDIT_SLASH.fullmatch(f"Ana Kovac{mark} / Example Wire")

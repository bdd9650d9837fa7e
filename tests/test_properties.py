"""Property tests: what holds for every ``str`` natocorpus is given.

The texts mix pieces of news prose (quotes of several kinds, amounts with
currencies, names, cue verbs, Q&A markers, leftovers of pages, every kind of
line end) with arbitrary Unicode, lone surrogates and Unicode spaces, so that
the properties reach the real code paths of every stage.

``NATOCORPUS_PROPERTY_EXAMPLES`` sets the number of examples per test
(default 100).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import natocorpus
from _checks import check_article, parse_or_error
from _hostile_inputs import FRAGMENTS, PAGE, QUOTE_MARKS, UNICODE_SPACES

SETTINGS = settings(
    max_examples=int(os.environ.get("NATOCORPUS_PROPERTY_EXAMPLES", "100")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

_piece = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.sampled_from(FRAGMENTS),
    st.sampled_from(QUOTE_MARKS),
    st.sampled_from(UNICODE_SPACES),
    st.sampled_from(PAGE.splitlines(keepends=True)),
    st.sampled_from(("\ud800", "\udfff", "\x00", "\u202e", "\ufeff", "\u200b")),
    st.sampled_from(tuple("()[]:;,.?!-/%$\u20ac\u00a3\u2013\u2014\u2026")),
    st.text(max_size=8),
    st.characters(),
)

#: News-like text: pieces joined without separator (fragments carry their spaces).
news_text = st.lists(_piece, max_size=60).map("".join)

#: News-like text, or any text at all.
any_text = st.one_of(news_text, st.text())


@SETTINGS
@given(any_text)
def test_parse_result_keeps_every_invariant(text: str) -> None:
    article = parse_or_error(text)
    if article is not None:
        check_article(article, text)


@SETTINGS
@given(news_text)
def test_parse_is_deterministic_and_keeps_no_state(text: str) -> None:
    first = parse_or_error(text)
    parse_or_error(PAGE)  # another article in between must not change the result
    assert parse_or_error(text) == first


@SETTINGS
@given(news_text)
def test_json_round_trip_is_exact(text: str) -> None:
    article = parse_or_error(text)
    if article is None:
        return
    assert natocorpus.from_json(natocorpus.to_json(article), natocorpus.Article) == article


@SETTINGS
@given(any_text)
def test_find_amounts_spans_lie_inside_the_text_in_order(text: str) -> None:
    try:
        amounts = natocorpus.find_amounts(text)
    except natocorpus.NatocorpusError:
        return
    starts = [a.span.start for a in amounts]
    assert starts == sorted(starts)
    for amount in amounts:
        for part in (amount, *amount.converted):
            assert 0 <= part.span.start <= part.span.end <= len(text)


def test_page_json_round_trip_is_exact() -> None:
    article = natocorpus.parse(PAGE)
    assert natocorpus.from_json(natocorpus.to_json(article), natocorpus.Article) == article

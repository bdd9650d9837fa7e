"""JSON round trips of every record, and clear errors on bad data."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import natocorpus
from natocorpus import (
    AidCategory,
    AidFigure,
    AidStatus,
    Amount,
    Article,
    Block,
    BlockRole,
    Interview,
    InterviewFormat,
    Layout,
    Period,
    Person,
    Quote,
    QuoteKind,
    QuoteMode,
    SchemaError,
    Span,
    Turn,
    TurnRole,
    from_dict,
    from_json,
    to_dict,
    to_json,
)

# -- strategies ---------------------------------------------------------------

texts = st.text(max_size=20)
optional_texts = st.none() | texts
decimals = st.decimals(min_value=0, allow_nan=False, allow_infinity=False) | st.sampled_from(
    [Decimal("64600000000"), Decimal("1.50"), Decimal("6.46E+10"), Decimal("0.000")]
)
optional_decimals = st.none() | decimals


@st.composite
def spans(draw: st.DrawFn) -> Span:
    start = draw(st.integers(min_value=0, max_value=10**7))
    return Span(start, start + draw(st.integers(min_value=0, max_value=10**4)))


def tuples(elements: st.SearchStrategy[Any], max_size: int = 3) -> st.SearchStrategy[Any]:
    return st.lists(elements, max_size=max_size).map(tuple)


def amounts_with(converted: st.SearchStrategy[tuple[Amount, ...]]) -> st.SearchStrategy[Amount]:
    return st.builds(
        Amount,
        value=optional_decimals,
        currency=optional_texts,
        unit=optional_texts,
        approximate=st.booleans(),
        span=spans(),
        qualifier=optional_texts,
        low=optional_decimals,
        high=optional_decimals,
        converted=converted,
    )


amounts = st.recursive(
    amounts_with(st.just(())),
    lambda inner: amounts_with(tuples(inner, max_size=2)),
    max_leaves=5,
)
blocks = st.builds(Block, role=st.sampled_from(BlockRole), text=texts, span=spans())
quotes = st.builds(
    Quote,
    text=texts,
    speaker=optional_texts,
    kind=st.sampled_from(QuoteKind),
    mode=st.sampled_from(QuoteMode),
    cue=optional_texts,
    span=spans(),
    group=st.none() | st.integers(min_value=-5, max_value=10**6),
)
periods = st.builds(Period, start=optional_texts, end=optional_texts, text=optional_texts)
aid_figures = st.builds(
    AidFigure,
    amount=optional_decimals,
    currency=optional_texts,
    unit=optional_texts,
    converted=tuples(amounts, max_size=2),
    donor=optional_texts,
    recipient=optional_texts,
    period=st.none() | periods,
    rate=optional_texts,
    approximate=st.booleans(),
    category=st.none() | st.sampled_from(AidCategory),
    status=st.none() | st.sampled_from(AidStatus),
    source=optional_texts,
    span=spans(),
)
turns = st.builds(
    Turn, role=st.sampled_from(TurnRole), speaker=optional_texts, text=texts, span=spans()
)
interviews = st.builds(
    Interview,
    interviewee=optional_texts,
    interviewer=optional_texts,
    outlet=optional_texts,
    date_text=optional_texts,
    format=st.sampled_from(InterviewFormat),
    turns=tuples(turns),
    span=spans(),
)
persons = st.builds(
    Person,
    name=texts,
    aliases=tuples(texts),
    title=optional_texts,
    mentions=tuples(spans()),
)
articles = st.builds(
    Article,
    text=st.text(max_size=200),
    title=optional_texts,
    subtitle=optional_texts,
    standfirst=optional_texts,
    byline=optional_texts,
    outlet=optional_texts,
    original_publisher=optional_texts,
    headings=tuples(texts),
    blocks=tuples(blocks),
    quotes=tuples(quotes),
    amounts=tuples(amounts, max_size=2),
    aid_figures=tuples(aid_figures, max_size=2),
    interviews=tuples(interviews, max_size=2),
    people=tuples(persons, max_size=2),
    source=texts,
)
layouts = st.builds(
    Layout,
    blocks=tuples(blocks),
    title=optional_texts,
    subtitle=optional_texts,
    standfirst=optional_texts,
    byline=optional_texts,
    outlet=optional_texts,
    original_publisher=optional_texts,
    headings=tuples(texts),
)
records = st.one_of(
    spans(),
    blocks,
    quotes,
    amounts,
    periods,
    aid_figures,
    turns,
    interviews,
    persons,
    articles,
    layouts,
)

RECORD_TYPES = {
    Span,
    Block,
    Quote,
    Amount,
    Period,
    AidFigure,
    Turn,
    Interview,
    Person,
    Article,
    Layout,
}


def test_strategies_cover_every_public_record() -> None:
    public = {
        obj
        for name in natocorpus.__all__
        if isinstance(obj := getattr(natocorpus, name), type) and attrs.has(obj)
    }
    assert public == RECORD_TYPES


# -- round trips ----------------------------------------------------------------


def _is_plain_json(value: object) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and _is_plain_json(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_is_plain_json(v) for v in value)
    return value is None or isinstance(value, (str, int, bool))


@given(records)
def test_every_record_round_trips_through_json(record: Any) -> None:
    document = to_json(record)
    back = from_json(document, type(record))
    assert back == record
    # Equal Decimals may differ in form ("1.5" vs "1.50"); the text must not.
    assert to_json(back) == document
    assert len(document.splitlines()) == 1


@given(records)
def test_every_record_round_trips_through_dict(record: Any) -> None:
    data = to_dict(record)
    assert data["schema_version"] == 1
    assert _is_plain_json(data)
    assert json.loads(json.dumps(data)) == data
    assert from_dict(data, type(record)) == record


def test_seeds_round_trip() -> None:
    seeds = natocorpus.load_seeds()
    assert len(seeds) == 5
    for article in seeds:
        assert from_json(to_json(article), Article) == article


def test_decimal_travels_exactly_as_a_string() -> None:
    figure = Amount(Decimal("64600000000.50"), "EUR", None, False, Span(0, 4))
    data = json.loads(to_json(figure))
    assert data["value"] == "64600000000.50"
    back = from_json(to_json(figure), Amount)
    assert str(back.value) == "64600000000.50"


def test_nested_converted_amounts_round_trip() -> None:
    inner = Amount(Decimal("1.1"), "USD", None, True, Span(10, 14), qualifier="about")
    outer = Amount(Decimal("1"), "EUR", None, False, Span(0, 9), converted=(inner,))
    data = to_dict(outer)
    assert data["converted"][0]["value"] == "1.1"
    assert "schema_version" not in data["converted"][0]
    assert from_dict(data, Amount) == outer


def test_enums_travel_as_values_and_tuples_as_lists() -> None:
    article = Article(
        "Hello",
        headings=("One", "Two"),
        blocks=(Block(BlockRole.TITLE, "Hello", Span(0, 5)),),
    )
    data = to_dict(article)
    assert data["headings"] == ["One", "Two"]
    assert data["blocks"][0]["role"] == "title"
    assert data["blocks"][0]["span"] == {"start": 0, "end": 5}


def test_article_body_is_not_serialised() -> None:
    article = Article("Hi", blocks=(Block(BlockRole.PARAGRAPH, "Hi", Span(0, 2)),))
    assert article.body == "Hi"
    assert "body" not in to_dict(article)


def test_one_document_is_one_line_even_with_unicode_line_breaks() -> None:
    article = Article("a\nb\u2028c\u2029d\x85e\r\nf \u2013 “g”")
    document = to_json(article)
    assert len(document.splitlines()) == 1
    assert "“g”" in document  # other non-ASCII text stays readable
    assert from_json(document, Article) == article


# -- errors ---------------------------------------------------------------------


def _span_data(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"schema_version": 1, "start": 2, "end": 5}
    data.update(changes)
    return {k: v for k, v in data.items() if v is not ...}


def test_missing_key_names_class_and_key() -> None:
    with pytest.raises(SchemaError, match=r"cannot read Span: required field missing @ \$\.end"):
        from_dict(_span_data(end=...), Span)


def test_nested_missing_key_names_the_path() -> None:
    data = to_dict(Article("x", blocks=(Block(BlockRole.PARAGRAPH, "x", Span(0, 1)),)))
    del data["blocks"][0]["span"]["end"]
    with pytest.raises(SchemaError, match=r"Article.*\$\.blocks\[0\]\.span\.end"):
        from_dict(data, Article)


def test_unknown_key_is_rejected() -> None:
    with pytest.raises(SchemaError, match=r"extra fields found \(colour\)"):
        from_dict(_span_data(colour="red"), Span)


@pytest.mark.parametrize("version", [..., 2, 0, "1", True, None])
def test_schema_version_must_be_present_and_current(version: Any) -> None:
    with pytest.raises(SchemaError, match="schema_version"):
        from_dict(_span_data(schema_version=version), Span)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"start": "2"}, r"expected int, got str '2' @ \$\.start"),
        ({"start": 2.0}, r"expected int, got float"),
        ({"start": True}, r"expected int, got bool"),
        ({"start": 9}, r"before its start"),
        ({"start": -1}, r"start must be >= 0"),
    ],
)
def test_bad_values_are_rejected(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(SchemaError, match=message):
        from_dict(_span_data(**changes), Span)


def test_decimal_must_be_a_string() -> None:
    data = to_dict(Amount(Decimal("2.5"), "EUR", None, False, Span(0, 3)))
    data["value"] = 2.5
    with pytest.raises(SchemaError, match=r"expected a decimal string.*\$\.value"):
        from_dict(data, Amount)
    data["value"] = "two"
    with pytest.raises(SchemaError, match=r"not a decimal number"):
        from_dict(data, Amount)


def test_unknown_enum_value_is_rejected() -> None:
    data = to_dict(Block(BlockRole.PARAGRAPH, "x", Span(0, 1)))
    data["role"] = "sidebar"
    with pytest.raises(SchemaError, match=r"'sidebar' is not a valid BlockRole @ \$\.role"):
        from_dict(data, Block)
    data["role"] = 3
    with pytest.raises(SchemaError, match=r"\$\.role"):
        from_dict(data, Block)


def test_from_json_rejects_non_json_and_non_objects() -> None:
    with pytest.raises(SchemaError, match="not a JSON document"):
        from_json("{nope", Span)
    with pytest.raises(SchemaError, match="expected an object, got list"):
        from_json("[1, 2]", Span)


def test_from_json_accepts_bytes() -> None:
    assert from_json(to_json(Span(1, 2)).encode(), Span) == Span(1, 2)


def test_schema_error_is_a_natocorpus_error_and_value_error() -> None:
    assert issubclass(SchemaError, natocorpus.NatocorpusError)
    assert issubclass(SchemaError, ValueError)


def test_non_records_are_refused() -> None:
    with pytest.raises(TypeError, match="got dict"):
        to_dict({"start": 1})
    with pytest.raises(TypeError, match="record class"):
        from_dict({"schema_version": 1}, dict)
    with pytest.raises(TypeError, match="record class"):
        from_json("{}", int)

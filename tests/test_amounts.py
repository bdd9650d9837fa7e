"""Tests of natocorpus.find_amounts on sentences written for these tests."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest

import natocorpus
from natocorpus import find_amounts


def _one(text: str) -> natocorpus.Amount:
    found = find_amounts(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("The ministry set aside $1,200 for each family.", "1200", "USD"),
        ("Oslo added 8.1 billion kroner to the fund.", "8100000000", "NOK"),
        ("The grant is worth 1 200 euros per household.", "1200", "EUR"),
        ("Lisbon offered 64.6 million euros.", "64600000", "EUR"),
        ("The council approved €40 bn for the plan.", "40000000000", "EUR"),
        ("A bond of £3.5m was issued.", "3500000", "GBP"),
        ("The lender put up EUR 100 billion.", "100000000000", "EUR"),
        ("Reserves reached NOK 1,200 billion.", "1200000000000", "NOK"),
        ("The deal is worth 100bn USD.", "100000000000", "USD"),
        ("The fund holds US$ 4.5 million.", "4500000", "USD"),
        ("The mine sold for C$300 million.", "300000000", "CAD"),
        ("Exports fell to HK$10.05 billion.", "10050000000", "HKD"),
        ("The firm raised A$5m.", "5000000", "AUD"),
        ("Kyiv budgeted ₴20 billion for repairs.", "20000000000", "UAH"),
        ("Moscow lost ₽3 trillion in revenue.", "3000000000000", "RUB"),
        ("The yard charged ¥500 per ton.", "500", "JPY"),
        ("The city paid 5 mn euros.", "5000000", "EUR"),
        ("The bank lent 10 mln roubles.", "10000000", "RUB"),
        ("Prices rose by 3 bln hryvnias.", "3000000000", "UAH"),
        ("The plan costs 2 trillion yuan.", "2000000000000", "CNY"),
        ("A fine of 50 million Swedish kronor was imposed.", "50000000", "SEK"),
        ("Copenhagen spent 3 billion Danish kroner.", "3000000000", "DKK"),
        ("The club paid 10,000 Swiss francs.", "10000", "CHF"),
        ("It cost two and a half million dollars.", "2500000", "USD"),
        ("She left a million pounds to charity.", "1000000", "GBP"),
        ("The ticket was seven dollars.", "7", "USD"),
        ("The coffee cost 3 dollars 50 cents.", "3.5", "USD"),
        ("A stamp costs 85 pence.", "0.85", "GBP"),
        ("The treaty cost 20 billion francs.", "20000000000", None),
        ("Half a million euros was raised.", "500000", "EUR"),
        ("Congress added 2.5 billion U.S. dollars.", "2500000000", "USD"),
        ("The fee is 50 euro cents.", "0.5", "EUR"),
        ("Delhi set aside Rs 500 crore.", "5000000000", "INR"),
    ],
)
def test_money_values_and_currencies(text: str, value: str, currency: str | None) -> None:
    amount = _one(text)
    assert amount.value == Decimal(value)
    assert amount.currency == currency
    assert amount.span.slice(text)  # the span points into the text


def test_value_is_fully_multiplied_out_without_trailing_zeros() -> None:
    amount = _one("The allies gave 64.6 billion euros.")
    assert str(amount.value) == "64600000000"


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Donors gave some €2 billion.", "some"),
        ("Donors gave nearly €2 billion.", "nearly"),
        ("Donors gave more than €2 billion.", "more than"),
        ("Donors gave up to €2 billion.", "up to"),
        ("Donors gave at least €2 billion.", "at least"),
        ("Donors gave around €2 billion.", "around"),
    ],
)
def test_hedges_set_approximate_and_keep_the_qualifier(text: str, qualifier: str) -> None:
    amount = _one(text)
    assert amount.approximate
    assert amount.qualifier == qualifier
    assert amount.value == Decimal(2_000_000_000)


def test_exact_amount_is_not_approximate() -> None:
    amount = _one("Donors gave €2 billion.")
    assert not amount.approximate
    assert amount.qualifier is None


def test_range_with_shared_scale() -> None:
    amount = _one("The repairs will cost $2-3 billion.")
    assert (amount.low, amount.high) == (Decimal(2 * 10**9), Decimal(3 * 10**9))
    assert amount.currency == "USD"
    assert amount.approximate


def test_range_between_and() -> None:
    amount = _one("Estimates run between $2 billion and $3 billion this year.")
    assert (amount.low, amount.high) == (Decimal(2 * 10**9), Decimal(3 * 10**9))
    assert amount.qualifier == "between"


def test_bracketed_conversion_is_linked_and_positive() -> None:
    text = "The fund reached 291 billion euros ($336 billion) in August."
    found = find_amounts(text)
    assert len(found) == 1  # the conversion is no amount of its own
    amount = found[0]
    assert amount.currency == "EUR"
    (converted,) = amount.converted
    assert converted.value == Decimal(336 * 10**9)
    assert converted.currency == "USD"
    assert converted.value > 0
    assert converted.span.slice(text) == "$336 billion"


def test_counted_materiel_has_a_unit_and_no_currency() -> None:
    amount = _one("The partners sent a million artillery shells.")
    assert amount.value == Decimal(1_000_000)
    assert amount.unit == "artillery shells"
    assert amount.currency is None


def test_counted_materiel_in_digits() -> None:
    amount = _one("The brigade received 31 Abrams tanks.")
    assert (amount.value, amount.unit) == (Decimal(31), "Abrams tanks")


def test_bare_scaled_number_has_no_currency() -> None:
    amount = _one("Belgium is fourth, at 12.3 billion.")
    assert amount.value == Decimal("12300000000")
    assert amount.currency is None
    assert amount.unit is None


@pytest.mark.parametrize(
    "text",
    [
        "The invasion began in February 2022.",
        "Talks resumed on 24 March 2023 in Geneva.",
        "Allies agreed to spend 5 percent of economic output on defence.",
        "Inflation reached 12% in the spring.",
        "Call the press office on 020 7946 0018 for details.",
        "The 66-year-old minister resigned.",
        "Some 700 soldiers joined the exercise.",
        "The alliance now has 32 members.",
        "Her F-16 squadron flew at 4:25 a.m. over Route 66.",
        "Nearly 1.5 million people fled the region.",
    ],
)
def test_not_money(text: str) -> None:
    assert find_amounts(text) == ()


def test_pounds_of_weight_are_not_money() -> None:
    assert find_amounts("The jet dropped a 2,000-pound bomb.") == ()


def test_several_amounts_in_order() -> None:
    text = "Rome gave €1bn, Madrid €2bn and Paris €3bn."
    values = [a.value for a in find_amounts(text)]
    assert values == [Decimal(10**9), Decimal(2 * 10**9), Decimal(3 * 10**9)]


def test_vague_amount_has_no_value() -> None:
    amount = _one("Members pledged billions of euros in loans.")
    assert amount.value is None
    assert amount.currency == "EUR"
    assert amount.approximate


def test_rejects_non_string() -> None:
    with pytest.raises(TypeError):
        find_amounts(b"$5")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "hostile",
    ["1," * 100_000, "1" * 200_000, "1 " * 50_000, "$" * 100_000, "one and " * 20_000],
)
def test_hostile_input_is_linear(hostile: str) -> None:
    started = time.perf_counter()
    find_amounts(hostile)
    assert time.perf_counter() - started < 10


def test_hedged_conversion_inside_brackets() -> None:
    amount = _one("Trade reached 1.1 billion euros (roughly $1.2 billion) last year.")
    (converted,) = amount.converted
    assert converted.value == Decimal(1_200_000_000)
    assert converted.qualifier == "roughly"


def test_change_from_one_amount_to_another_is_no_range() -> None:
    found = find_amounts("The budget grew from $5bn to $10bn.")
    assert [a.value for a in found] == [Decimal(5 * 10**9), Decimal(10 * 10**9)]
    assert all(a.low is None for a in found)


def test_change_with_shared_scale_gives_two_scaled_amounts() -> None:
    found = find_amounts("Aid grew from $2 to $3 billion.")
    assert [a.value for a in found] == [Decimal(2 * 10**9), Decimal(3 * 10**9)]


def test_krone_country_from_a_capital() -> None:
    (copenhagen,) = natocorpus.find_amounts("Copenhagen set aside 700 million kroner.")
    (stockholm,) = natocorpus.find_amounts("Stockholm set aside 700 million kronor.")
    assert (copenhagen.currency, stockholm.currency) == ("DKK", "SEK")


def test_krone_country_with_a_dotted_capital_i() -> None:
    """A dotted capital I lower-cases to two characters; the country word still counts."""
    (upper,) = natocorpus.find_amounts("REYKJAV\u0130K GAVE 5 KRONUR TO THE FUND.")
    (mixed,) = natocorpus.find_amounts("\u0130celand's fund gave 5 kroner.")
    assert (upper.currency, mixed.currency) == ("ISK", "ISK")
    article = natocorpus.parse("REYKJAV\u0130K GAVE 5 KRONE TO THE FUND.\n\nMore on aid.")
    assert [a.currency for a in article.amounts] == ["ISK"]


def test_counted_materiel_with_a_calibre_and_a_run_of_nouns() -> None:
    (shells,) = find_amounts("Allies sent 1.8 million 155mm shells.")
    assert (shells.value, shells.unit) == (Decimal(1_800_000), "155mm shells")
    (interceptors,) = find_amounts("It sent 30 air-defence missile interceptors.")
    assert interceptors.unit == "air-defence missile interceptors"
    assert find_amounts("In 2024 155mm shells ran short.") == ()


def test_elliptical_count_is_a_bare_number() -> None:
    (count,) = find_amounts("only 300,000 have arrived")
    assert (count.value, count.currency, count.unit) == (Decimal(300_000), None, None)
    assert find_amounts("In 2024 the first tanks arrived.") == ()


@pytest.mark.parametrize(
    "text", ["The fund gave $5 (", "$5 (", "It pledged 5 billion euros (", "about €2bn ( "]
)
def test_an_opening_bracket_that_ends_the_text_is_no_conversion(text: str) -> None:
    (amount,) = find_amounts(text)
    assert amount.converted == ()
    assert amount.span.slice(text).endswith(("5", "euros", "2bn"))


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Stockholm will give 120 billion crowns to the fund.", "SEK"),
        ("Sweden's budget will rise to 120 billion crowns in 2026.", "SEK"),
        ("Prague set aside 4 billion crowns for the plan.", "CZK"),
        ("Fares in Oslo will rise by two crowns in May.", "NOK"),
    ],
)
def test_crowns_before_a_word_that_goes_on_the_sentence(text: str, currency: str) -> None:
    amount = _one(text)
    assert amount.currency == currency
    assert amount.span.slice(text).endswith("crowns")


def test_crowns_before_a_noun_is_no_money() -> None:
    assert find_amounts("The club from Stockholm won three crowns titles.") == ()


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The Netherlands has pledged 30 F-16s to Ukraine.", "30", "F-16s"),
        ("Berlin agreed to send 14 Leopard 2s.", "14", "Leopard 2s"),
        ("Sweden will send 10 CV90s next year.", "10", "CV90s"),
        ("France will hand over six Mirage 2000s.", "6", "Mirage 2000s"),
        ("Poland sent 250 T-72s in 2022.", "250", "T-72s"),
        ("Berlin will supply two Patriots before winter.", "2", "Patriots"),
        ("Germany has delivered 45 Gepards.", "45", "Gepards"),
        ("The US has sent 31 Abrams.", "31", "Abrams"),
        ("The US pledged 31 M1A1 Abrams tanks.", "31", "M1A1 Abrams tanks"),
        ("Canada donated eight Leopard 2A4 tanks.", "8", "Leopard 2A4 tanks"),
        ("Germany will send 30 more tanks.", "30", "tanks"),
        ("Norway will send 12 additional howitzers.", "12", "howitzers"),
    ],
)
def test_a_count_of_weapon_models_is_counted_materiel(text: str, value: str, unit: str) -> None:
    amount = _one(text)
    assert (amount.value, amount.unit, amount.currency) == (Decimal(value), unit, None)


@pytest.mark.parametrize(
    "text",
    [
        "The F-16 arrived in Ukraine last summer.",
        "In 2024 F-16s were delivered to Ukraine.",
        "Aid was small in the 1990s, when 20 Americans served there.",
        "The Senate approved it, with 22 Republicans in favour.",
        "Moscow handed over 90 Ukrainians in a prisoner exchange.",
        "Two patriots were honoured at the ceremony.",
        "Ukraine needs two more weeks, and then 30 more.",
    ],
)
def test_no_count_of_models_without_a_model_plural(text: str) -> None:
    assert find_amounts(text) == ()


def test_a_scale_letter_glued_to_digits_is_part_of_a_model() -> None:
    # "31 M1A1" was read as 31 million
    assert find_amounts("Ukraine lost 31 M1A1 tanks, and 12 M2A2 vehicles.")[0].value == 31
    assert _one("The fund paid 5 m for it.").value == Decimal(5_000_000)

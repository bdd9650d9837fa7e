"""Tests of aid figures (Article.aid_figures) on texts written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

import natocorpus
from natocorpus import AidCategory, AidFigure, AidStatus


def _figures(text: str) -> tuple[AidFigure, ...]:
    return natocorpus.parse(text).aid_figures


def _one(text: str) -> AidFigure:
    figures = _figures(text)
    assert len(figures) == 1, figures
    return figures[0]


def test_group_donor_recipient_period_source_and_conversion() -> None:
    text = (
        "According to data compiled by the Baltic Security Institute, Nordic nations "
        "provided some 41 billion euros ($44 billion) of aid to Ukraine between "
        "March 2022 and June 2025."
    )
    f = _one(text)
    assert f.amount == Decimal(41 * 10**9)
    assert f.currency == "EUR"
    assert f.donor == "Nordic nations"
    assert f.recipient == "Ukraine"
    assert f.period is not None
    assert (f.period.start, f.period.end) == ("2022-03", "2025-06")
    assert f.source == "Baltic Security Institute"
    assert f.approximate
    assert f.qualifier == "some"
    assert [(c.value, c.currency) for c in f.converted] == [(Decimal(44 * 10**9), "USD")]
    assert text[f.span.start : f.span.end] == "41 billion euros"


def test_capital_is_normalised_to_its_country() -> None:
    f = _one("Ottawa is sending C$500 million in military aid to Kyiv.")
    assert f.donor == "Canada"
    assert f.recipient == "Ukraine"
    assert f.currency == "CAD"
    assert f.category is AidCategory.MILITARY


def test_same_period_is_inherited_by_the_next_figure() -> None:
    text = (
        "Western allies gave 90 billion euros of aid to Ukraine from April 2022 to "
        "May 2024, while Japan provided 9 billion euros over the same period."
    )
    first, second = _figures(text)
    assert first.donor == "Western allies"
    assert second.donor == "Japan"
    assert second.recipient == "Ukraine"
    assert second.period == first.period
    assert second.period is not None
    assert second.period.start == "2022-04"


def test_bare_number_inherits_currency_category_and_source() -> None:
    text = (
        "According to the Danube Research Centre, Paris is the largest supplier of "
        "military aid, with 8.2 billion euros worth of arms. Italy is next, at 3.9 billion."
    )
    first, second = _figures(text)
    assert first.donor == "France"
    assert second.donor == "Italy"
    assert second.amount == Decimal("3900000000")
    assert second.currency == "EUR"
    assert second.category is AidCategory.MILITARY
    assert second.source == "Danube Research Centre"


def test_source_carries_over_to_the_next_paragraph_only() -> None:
    text = (
        "According to the Harbour Aid Tracker, Spain provided 2 billion euros of aid to "
        "Ukraine.\n\n"
        "Portugal, for its part, delivered 400 million euros of support.\n\n"
        "Unrelated paragraph one.\n\n"
        "Unrelated paragraph two.\n\n"
        "Greece later sent 90 million euros of aid."
    )
    spain, portugal, greece = _figures(text)
    assert spain.source == "Harbour Aid Tracker"
    assert portugal.source == "Harbour Aid Tracker"
    assert portugal.status is AidStatus.DELIVERED
    assert greece.source is None


def test_counted_materiel_in_a_quotation() -> None:
    text = (
        "\u201cThe bloc had promised to provide Ukraine with two million drones from "
        "May 2024 to May 2025, but fewer arrived,\u201d the minister wrote."
    )
    f = _one(text)
    assert f.amount == Decimal(2_000_000)
    assert f.unit == "drones"
    assert f.currency is None
    assert f.recipient == "Ukraine"
    assert f.status is AidStatus.PROMISED
    assert f.category is AidCategory.MILITARY
    assert f.period is not None
    assert (f.period.start, f.period.end) == ("2024-05", "2025-05")


def test_annual_rate_and_humanitarian_category() -> None:
    f = _one("Ireland will give 150 million euros in humanitarian aid to Moldova annually.")
    assert f.rate == "year"
    assert f.category is AidCategory.HUMANITARIAN
    assert (f.donor, f.recipient) == ("Ireland", "Moldova")


def test_a_year_is_a_yearly_rate() -> None:
    f = _one("London pledged \u00a32bn a year in military support for Ukraine.")
    assert f.rate == "year"
    assert f.donor == "United Kingdom"
    assert f.status is AidStatus.PLEDGED


def test_financial_category_and_organisation_donor() -> None:
    f = _one("The EU disbursed \u20ac4.5 billion in budget support to Kyiv.")
    assert f.category is AidCategory.FINANCIAL
    assert f.donor == "EU"
    assert f.recipient == "Ukraine"


def test_donor_named_after_the_amount_with_from() -> None:
    f = _one("Ukraine received $2.3bn in loans from the World Bank last spring.")
    assert f.donor == "World Bank"
    assert f.recipient == "Ukraine"


def test_giving_verb_marks_the_recipient() -> None:
    f = _one("Since the invasion, Estonia has given Ukraine more than 500 million euros of aid.")
    assert f.donor == "Estonia"
    assert f.recipient == "Ukraine"
    assert f.qualifier == "more than"


def test_range_figure_keeps_low_and_high() -> None:
    f = _one("Belgium will provide between $1 billion and $2 billion in aid to Ukraine.")
    assert (f.low, f.high) == (Decimal(10**9), Decimal(2 * 10**9))


@pytest.mark.parametrize(
    "text",
    [
        "Germany raised its defence budget to 80 billion euros this year.",
        "Allies agreed to lift defence spending to 5 percent of economic output by 2035.",
        "The war has caused damage worth $150 billion, an agency estimates.",
        "Some 700 soldiers took part in an exercise that cost $12 million.",
        "Russian assets worth $300 billion remain frozen in Western banks.",
        "The summit opened on 9 July 2024 in Washington.",
        "Call the aid hotline on 0800 123 4567 to donate.",
        "Russia launched 40 missiles at Kyiv, a day after allies pledged more air defence support.",
        "Moscow produces 3 million shells a year, more than allies supply to Ukraine.",
    ],
)
def test_not_aid(text: str) -> None:
    assert _figures(text) == ()


def test_defence_budget_stays_in_article_amounts() -> None:
    article = natocorpus.parse("Poland raised its defence budget to 160 billion zlotys.")
    assert article.aid_figures == ()
    assert [(a.value, a.currency) for a in article.amounts] == [(Decimal(160 * 10**9), "PLN")]


def test_amounts_of_non_content_blocks_are_ignored() -> None:
    text = "Sweden pledged 1 billion euros of aid to Ukraine."
    block = natocorpus.Block(natocorpus.BlockRole.RELATED, text, natocorpus.Span(0, len(text)))
    from natocorpus._aid import find_aid
    from natocorpus._people import PeopleIndex

    amounts, figures = find_aid(text, [block], PeopleIndex())
    assert amounts == ()
    assert figures == ()


def test_figure_spans_point_into_the_article_text() -> None:
    text = "Intro line.\n\nLater, Finland pledged \u20ac300 million of aid to Ukraine."
    article = natocorpus.parse(text)
    (f,) = article.aid_figures
    assert text[f.span.start : f.span.end] == "\u20ac300 million"


def test_bare_number_after_aid_that_counts_people_is_not_aid() -> None:
    text = (
        "Austria provided 2 billion euros of aid to Ukraine. "
        "Ukraine has a population of 38 million."
    )
    article = natocorpus.parse(text)
    assert [f.amount for f in article.aid_figures] == [Decimal(2 * 10**9)]
    assert article.amounts[-1].currency is None  # 38 million people, not euros


def test_crowns_budget_support_and_handed_over() -> None:
    text = (
        "Stockholm unveiled a package worth 9.1 billion Swedish crowns ($860 million) for Ukraine."
        "\n\n\u201cWe are providing $1.2 billion in budget support to Kyiv,\u201d a minister said."
        "\n\nLatvia handed over three air defence systems to Ukraine."
    )
    crowns, budget, systems = _figures(text)
    assert (crowns.currency, crowns.donor) == ("SEK", "Sweden")
    assert crowns.converted[0].currency == "USD"
    assert budget.category is AidCategory.FINANCIAL
    assert (systems.amount, systems.unit) == (Decimal(3), "air defence systems")
    assert systems.qualifier is None  # "over" belongs to "handed"
    assert systems.status is AidStatus.DELIVERED


def test_followed_by_names_the_next_donor_not_this_one() -> None:
    text = "Canada has provided $9 billion in weapons, followed by Spain with \u20ac2 billion."
    canada, spain = _figures(text)
    assert canada.donor == "Canada"
    assert spain.donor == "Spain"


def test_semicolon_list_of_pledges() -> None:
    text = "Aid pledges at the summit: Croatia, $300 million; Slovenia, $200 million."
    assert [f.donor for f in _figures(text)] == ["Croatia", "Slovenia"]


def test_giver_of_the_sentence_before_and_usual_recipient() -> None:
    text = (
        "Baltic governments made record military pledges to Ukraine this spring.\n\n"
        "The tally counted new commitments worth 2.6 billion euros.\n\n"
        "Italy gave \u20ac40 million to UN agencies working in the south."
    )
    tally, italy = _figures(text)
    assert tally.donor == "Baltic governments"
    assert tally.recipient == "Ukraine"
    assert italy.donor == "Italy"
    assert italy.recipient == "Ukraine"  # "UN agencies": the name modifies a noun


def test_allies_and_a_budget_that_names_a_recipient() -> None:
    text = (
        "Allies have pledged more than 700 million euros for Ukraine's air defence.\n\n"
        "Portugal plans $1-2 billion for Ukraine in its next budget."
    )
    allies, portugal = _figures(text)
    assert allies.donor == "Allies"
    assert (portugal.donor, portugal.low, portugal.high) == (
        "Portugal",
        Decimal(10**9),
        Decimal(2 * 10**9),
    )


def test_a_speakers_we_takes_no_giver_from_the_sentence_before() -> None:
    text = (
        "Latvia pledged 20 million euros of aid to Ukraine.\n\n"
        "\u201cWe will send 300 drones,\u201d a general said."
    )
    _, drones = _figures(text)
    assert drones.donor is None


def test_organisation_goes_by_its_short_name() -> None:
    f = _one("The European Union disbursed \u20ac1.5 billion in budget support to Kyiv.")
    assert f.donor == "EU"


# -- second held-out round: general patterns, invented sentences ------------


def test_hedged_counts_of_interceptors_and_drones() -> None:
    text = (
        "Portugal will send up to 12 air-defence interceptors and 400 attack drones to "
        "Ukraine before the spring."
    )
    interceptors, drones = _figures(text)
    assert (interceptors.amount, interceptors.unit) == (Decimal(12), "air-defence interceptors")
    assert interceptors.approximate
    assert interceptors.qualifier == "up to"
    assert (drones.amount, drones.donor, drones.recipient) == (
        Decimal(400),
        "Portugal",
        "Ukraine",
    )


def test_hedged_count_inside_a_quotation() -> None:
    f = _one("\u201cKyiv will get more than 80,000 drones from us this year,\u201d Ms Lind said.")
    assert (f.amount, f.unit, f.recipient) == (Decimal(80000), "drones", "Ukraine")
    assert f.approximate


def test_a_count_takes_its_unit_from_the_sentence_before() -> None:
    text = (
        "The Slovak-led scheme delivered 300,000 artillery shells to Ukraine last year. "
        "This year it expects to deliver more than 1.4 million."
    )
    first, second = _figures(text)
    assert first.donor == "Slovakia"
    assert (second.amount, second.unit, second.donor) == (
        Decimal(1_400_000),
        "artillery shells",
        "Slovakia",
    )
    assert second.category is AidCategory.MILITARY


def test_a_count_takes_munitions_named_without_a_number() -> None:
    f = _one("Rounds remain scarce. Allies have shipped more than 1.1 million since March.")
    assert (f.amount, f.unit, f.donor) == (Decimal(1_100_000), "rounds", "Allies")


def test_a_count_of_fired_munitions_is_no_aid() -> None:
    text = "Russia fires about 9,000 shells a day; its gunners fired 2.1 million last year."
    assert _figures(text) == ()


def test_capitals_in_subject_position_are_their_countries() -> None:
    cases = {
        "Madrid announced \u20ac150 million for Ukraine's air defence.": "Spain",
        "On Monday Canberra pledged A$80 million in military aid to Kyiv.": "Australia",
        "The Hague approved \u20ac900 million of military aid for Ukraine.": "Netherlands",
        "Brussels disbursed \u20ac2 billion in budget support to Ukraine.": "EU",
        "Vilnius will send \u20ac30 million in military aid to Ukraine.": "Lithuania",
    }
    for text, donor in cases.items():
        assert _one(text).donor == donor, text


def test_a_meeting_in_brussels_is_a_place_not_a_giver() -> None:
    f = _one("At talks in Brussels, Estonia pledged \u20ac60 million to Ukraine.")
    assert f.donor == "Estonia"


def test_officials_in_a_capital_speak_for_its_country() -> None:
    f = _one("Officials in Tokyo say its $250m package for Ukraine is non-lethal.")
    assert (f.donor, f.recipient) == ("Japan", "Ukraine")


def test_possessive_giver_across_a_dash() -> None:
    f = _one("Austria's contribution \u2014 a package worth around $90m \u2014 arrives in May.")
    assert f.donor == "Austria"
    assert f.approximate


def test_contrast_keeps_an_earlier_giver_apart() -> None:
    f = _one("Austria held back, while a package worth $90m went to Ukraine.")
    assert f.donor is None


def test_giver_named_after_the_amount() -> None:
    f = _one("The \u20ac1.3 billion Finland has pledged to Ukraine will buy artillery.")
    assert (f.amount, f.donor, f.recipient) == (Decimal(1_300_000_000), "Finland", "Ukraine")


def test_spending_on_ukraine_is_aid_but_spending_on_defence_is_not() -> None:
    f = _one("Berlin plans to spend \u20ac9.5bn on Ukraine next year.")
    assert (f.donor, f.recipient, f.amount) == ("Germany", "Ukraine", Decimal(9_500_000_000))
    assert _figures("Berlin plans to spend \u20ac95bn on defence next year.") == ()


def test_a_countrys_own_defence_budget_is_no_aid() -> None:
    text = (
        "Belgium has given \u20ac1bn in military aid to Ukraine. The Belgian defence budget "
        "will rise to \u20ac8 billion next year, including support for Ukraine."
    )
    (f,) = _figures(text)
    assert f.amount == Decimal(10**9)


def test_security_agreement_with_a_capital_as_giver() -> None:
    text = (
        "Ukraine needs air defence. Lisbon signed a \u20ac400m security agreement with Kyiv on "
        "Tuesday."
    )
    f = _one(text)
    assert (f.donor, f.recipient) == ("Portugal", "Ukraine")


def test_eu_instrument_and_g7_loan_name_their_givers() -> None:
    text = (
        "This year Kyiv expects \u20ac3.1 billion from the Ukraine Facility and "
        "$2 billion from the G7 loan."
    )
    facility, loan = _figures(text)
    assert (facility.donor, facility.recipient) == ("EU", "Ukraine")
    assert (loan.donor, loan.recipient) == ("G7", "Ukraine")


def test_krone_follows_the_capital() -> None:
    f = _one("Copenhagen will give 900 million kroner to fund joint ventures in Ukraine.")
    assert (f.currency, f.donor) == ("DKK", "Denmark")


def test_joint_givers_are_kept_together() -> None:
    f = _one("Malta and Cyprus gave \u20ac5 million in humanitarian aid to Ukraine.")
    assert f.donor == "Malta and Cyprus"
    f = _one("Oslo, Stockholm and Helsinki each pledged \u20ac1bn to Ukraine.")
    assert f.donor == "Norway, Sweden and Finland"


def test_led_initiative_names_its_leader() -> None:
    f = _one("The Dutch-led coalition delivered 20,000 rounds to Ukraine.")
    assert (f.donor, f.unit) == ("Netherlands", "rounds")
    assert _figures("A US-made radar cost $40 million.") == ()


def test_announced_money_is_aid() -> None:
    text = "Ukraine needs more. Wellington announced NZ$40 million for air defence in June."
    f = _one(text)
    assert (f.donor, f.recipient, f.currency) == ("New Zealand", "Ukraine", "NZD")


def test_raising_a_defence_budget_is_no_aid() -> None:
    text = "Greece will raise its defence budget to \u20ac7 billion, with more support for Ukraine."
    assert _figures(text) == ()


def test_channels_name_their_givers() -> None:
    f = _one("Ukraine received 90,000 rounds via the Estonian-led initiative.")
    assert (f.donor, f.recipient) == ("Estonia", "Ukraine")
    f = _one("The Latvian drone coalition delivered 5,000 drones last month.")
    assert f.donor == "Latvia"
    f = _one("Kyiv will receive $1.1 billion from the G7-backed loan in May.")
    assert (f.donor, f.recipient) == ("G7", "Ukraine")


def test_made_or_bought_materiel_gives_way_to_funding() -> None:
    f = _one("Norway has funded more than 3,000 drones produced in Ukraine.")
    assert (f.amount, f.unit, f.donor) == (Decimal(3000), "drones", "Norway")
    assert _figures("Ukraine produced 90,000 drones last year.") == ()
    assert _figures("Russia fired 40 missiles towards Ukraine overnight.") == ()


def test_a_led_initiative_is_never_the_recipient() -> None:
    text = (
        "Kyiv has received 800,000 rounds this year, thanks to the Danish-led initiative. "
        "Riga announced \u20ac20 million for drones."
    )
    rounds, riga = _figures(text)
    assert rounds.recipient == "Ukraine"
    assert (riga.donor, riga.recipient) == ("Latvia", "Ukraine")


def test_a_quoted_we_gives_for_the_speakers_country() -> None:
    f = _one("\u201cWe have sent 7,000 drones,\u201d said Swedish Defence Minister Ola Berg.")
    assert f.donor == "Sweden"
    f = _one("\u201cWe have received \u20ac90 million,\u201d the Ukrainian defence minister said.")
    assert f.donor is None


_PLEDGE_PAGE = (
    "Allies pledge fresh air defence at Ramstein meeting\n"
    "\n"
    "Defence ministers promised more interceptors for Ukraine, though deliveries lag.\n"
    "\n"
    "By Marta Olsen\n"
    "\n"
    "BRUSSELS — Allies on Thursday promised Ukraine new air defence as Russian "
    "strikes on the power grid intensified.\n"
    "\n"
    "Britain will send up to 25 air-defence interceptors before the winter, the "
    "Ministry of Defence said. Ottawa announced C$500 million for drones and "
    "training, while Tokyo pledged $1.2 billion in budget support.\n"
    "\n"
    "Germany's contribution, a package worth around $1.5bn, includes two more air "
    "defence systems. Officials in Seoul say its $400m package for Ukraine is non-"
    "lethal.\n"
    "\n"
    "The €2.2 billion Sweden has pledged for next year will mostly fund artillery. "
    "The Dutch defence budget will rise to €24 billion next year, the finance "
    "ministry said.\n"
    "\n"
    "Berlin plans to spend €11.5bn on Ukraine next year. Kyiv also expects €4.7 "
    "billion from the Ukraine Facility and $3.2 billion from the G7 loan.\n"
    "\n"
    "Ireland and Austria, which do not send weapons, gave €120 million for demining. "
    "The Czech-led initiative delivered 450,000 rounds this year; by 2027 it expects "
    "to ship more than 2.3 million.\n"
    "\n"
    '"We have paid for more than 100,000 drones made in Ukraine," said Danish Defence'
    " Minister Jonas Kjær. Copenhagen will also give 1.2 billion kroner to fund joint"
    " ventures with Ukrainian firms.\n"
    "\n"
)


def test_a_page_of_pledges() -> None:
    got = [
        (f.amount, f.currency or f.unit, f.donor, f.recipient)
        for f in natocorpus.parse(_PLEDGE_PAGE).aid_figures
    ]
    assert got == [
        (Decimal(25), "air-defence interceptors", "United Kingdom", "Ukraine"),
        (Decimal(500_000_000), "CAD", "Canada", "Ukraine"),
        (Decimal(1_200_000_000), "USD", "Japan", "Ukraine"),
        (Decimal(1_500_000_000), "USD", "Germany", "Ukraine"),
        (Decimal(2), "air defence systems", "Germany", "Ukraine"),
        (Decimal(400_000_000), "USD", "South Korea", "Ukraine"),
        (Decimal(2_200_000_000), "EUR", "Sweden", "Ukraine"),
        (Decimal(11_500_000_000), "EUR", "Germany", "Ukraine"),
        (Decimal(4_700_000_000), "EUR", "EU", "Ukraine"),
        (Decimal(3_200_000_000), "USD", "G7", "Ukraine"),
        (Decimal(120_000_000), "EUR", "Ireland and Austria", "Ukraine"),
        (Decimal(450_000), "rounds", "Czech Republic", "Ukraine"),
        (Decimal(2_300_000), "rounds", "Czech Republic", "Ukraine"),
        (Decimal(100_000), "drones", "Denmark", "Ukraine"),
        (Decimal(1_200_000_000), "DKK", "Denmark", "Ukraine"),
    ]


def test_two_nationalities_share_one_aid_noun() -> None:
    f = _one("The Irish and Austrian governments gave \u20ac9 million in aid to Ukraine.")
    assert f.donor == "Ireland and Austria"


def test_possessive_owner_after_the_amount() -> None:
    f = _one("The package, worth up to $700m over two years, is Canada's largest.")
    assert f.donor == "Canada"
    f = _one("A package worth $700m was announced as Russia's offensive stalled.")
    assert f.donor is None


def test_a_newspaper_named_after_a_city_is_no_giver() -> None:
    f = _one("Ottawa Citizen reporters said the $90m package for Ukraine was late.")
    assert f.donor is None
    f = _one("Slovakia drew \u20ac50m from the European Peace Facility for Ukraine.")
    assert f.donor == "EU"


def test_an_arms_makers_order_is_no_aid_but_a_contract_for_ukraine_is() -> None:
    assert _figures("Nordwerk announced a \u20ac3bn order from the German army.") == ()
    f = _one("Norway signed a $200m contract to supply Ukraine with radars.")
    assert (f.donor, f.recipient) == ("Norway", "Ukraine")


def test_an_elliptical_count_takes_the_unit_before() -> None:
    text = "Estonia sent 3,000 drones in May and another 5,000 in June."
    _, june = _figures(text)
    assert (june.amount, june.unit, june.donor) == (Decimal(5000), "drones", "Estonia")
    f = _one("Norway gave $2bn to Ukraine; 300,000 have benefited.")
    assert f.amount == Decimal(2 * 10**9)  # a count is never money


def test_a_not_aid_word_in_an_organisations_name_or_a_title_says_nothing() -> None:
    f = _one(
        "Military aid from Sweden totalled \u20ac9 billion by June, according to the Nord "
        "Institute for the World Economy."
    )
    assert (f.amount, f.donor, f.source) == (
        Decimal(9 * 10**9),
        "Sweden",
        "Nord Institute for the World Economy",
    )
    f = _one("Trade Minister Ola Berg said Norway had sent \u20ac300m in aid this year.")
    assert f.donor == "Norway"
    # in lower case, or not in a name, the words still say the clause is no aid
    assert _figures("The economy minister said Norway had lost \u20ac5bn in trade.") == ()
    assert _figures("Ukraine's economy shrank by $30bn, the Office of Statistics said.") == ()


def _start_end(f: AidFigure) -> tuple[str | None, str | None] | None:
    return (f.period.start, f.period.end) if f.period is not None else None


def test_a_year_after_for_dates_the_amount_before_it() -> None:
    early, late = _figures("Norway has pledged \u20ac2bn for 2025 and another \u20ac3bn for 2026.")
    assert (_start_end(early), _start_end(late)) == (("2025", "2025"), ("2026", "2026"))


def test_a_year_after_the_next_amount_is_not_this_ones() -> None:
    text = "Spain will give Ukraine \u20ac3bn this year, officials said, after \u20ac2bn in 2023."
    this_year, before = _figures(text)
    assert (_start_end(this_year), _start_end(before)) == ((None, None), ("2023", "2023"))
    assert this_year.period is not None
    assert this_year.period.text == "this year"
    # amounts joined by "and" share the year after them
    tanks, vehicles = _figures("Poland sent 18 tanks and 40 howitzers to Ukraine in 2023.")
    assert _start_end(tanks) == _start_end(vehicles) == ("2023", "2023")


def test_a_possessive_of_one_backer_with_a_hyphenated_adjective_receives() -> None:
    f = _one("Norway is Ukraine's second-largest donor, having committed \u20ac9bn in aid.")
    assert (f.donor, f.recipient) == ("Norway", "Ukraine")
    f = _one("Canada, Kyiv's biggest backer in the region, has sent $2bn in aid.")
    assert (f.donor, f.recipient) == ("Canada", "Ukraine")


def test_backers_after_one_of_between_commas_describe_the_giver_before() -> None:
    f = _one("Britain, one of Kyiv's closest allies, pledged \u00a33bn in aid.")
    assert (f.donor, f.recipient) == ("United Kingdom", "Ukraine")
    f = _one("Denmark, among Ukraine's European partners, delivered 40 tanks.")
    assert f.donor == "Denmark"
    # the backers themselves give, without "one of" or commas
    assert _one("In March, Ukraine's allies pledged \u20ac5bn in aid.").donor == "allies"


def test_a_name_modifying_the_aid_after_the_amount_is_its_giver() -> None:
    f = _one("Ukraine has received $175bn in US aid since 2022.")
    assert (f.donor, f.recipient) == ("United States", "Ukraine")
    f = _one("Kyiv got \u20ac5bn in German military aid last year.")
    assert (f.donor, f.recipient) == ("Germany", "Ukraine")
    assert _one("Kyiv relies on $2bn of EU budget support a month.").donor == "EU"
    # a name before another noun is no giver
    assert _one("The package for Ukraine includes $2bn in Polish government bonds.").donor is None


def test_a_sum_with_no_cue_ranking_a_giver_after_an_aid_figure_is_aid() -> None:
    text = "Norway led with $9bn in military aid to Ukraine. Britain was second with \u00a35bn."
    _, second = _figures(text)
    assert (second.amount, second.currency, second.donor) == (
        Decimal(5 * 10**9),
        "GBP",
        "United Kingdom",
    )
    assert (second.recipient, second.category) == ("Ukraine", AidCategory.MILITARY)
    assert _figures("Norway gave $9bn in aid to Ukraine. Denmark follows at about $3bn.")[
        1
    ].donor == ("Denmark")
    # not after "with"/"at", or about something else, or with no aid figure before
    assert (
        len(_figures("Norway gave $9bn in aid to Ukraine. Russia ended with $90bn in oil revenue."))
        == 1
    )
    assert (
        len(_figures("Norway gave $9bn in aid to Ukraine. Sweden hosted 50 guests at $2m."))
        == 2 - 1
    )
    assert _figures("Britain was second with \u00a35bn.") == ()


def _period_of_f(f: AidFigure) -> tuple[str | None, str | None, str | None] | None:
    return (f.period.start, f.period.end, f.period.text) if f.period is not None else None


def _period_of(text: str) -> tuple[str | None, str | None, str | None] | None:
    return _period_of_f(_one(text))


def test_an_end_year_after_the_amount_is_its_period_end() -> None:
    assert _period_of("Germany has pledged \u20ac8bn in military aid to Ukraine through 2027.") == (
        None,
        "2027",
        "through 2027",
    )
    assert _period_of("The EU will give Ukraine \u20ac50bn until 2030.") == (
        None,
        "2030",
        "until 2030",
    )
    assert _period_of("Norway will give Ukraine 75 billion kroner by 2030.") == (
        None,
        "2030",
        "by 2030",
    )
    f = _one("Sweden will deliver $400m in aid to Ukraine by the end of March 2026.")
    assert _start_end(f) == (None, "2026-03")


def test_halves_quarters_two_years_and_during_are_periods() -> None:
    f = _one("Sweden delivered aid worth 15 billion crowns to Ukraine in the first half of 2025.")
    assert _start_end(f) == ("2025-01", "2025-06")
    f = _one("Canada sent C$1bn in aid to Ukraine in the third quarter of 2024.")
    assert _start_end(f) == ("2024-07", "2024-09")
    f = _one("Italy has approved \u20ac1bn in aid to Ukraine for 2024 and 2025.")
    assert _start_end(f) == ("2024", "2025")
    assert _start_end(_one("Spain pledged \u20ac1bn to Ukraine in aid during 2024.")) == (
        "2024",
        "2024",
    )
    f = _one("The Pentagon announced $250m in weapons for Ukraine in late 2023.")
    assert f.period is not None
    assert (f.period.start, f.period.text) == ("2023", "in late 2023")


def test_relative_years_keep_only_their_words() -> None:
    for words in ("this year", "next year", "last year", "over the next four years"):
        assert _period_of(f"Japan pledged $4.5bn in aid to Ukraine {words}.") == (None, None, words)
    f = _one("Poland has given Ukraine aid worth $3bn since last year.")
    assert f.period is not None
    assert f.period.text == "since last year"


def test_period_words_that_are_not_a_period_of_the_amount() -> None:
    # before the amount, as "in 2024" there, an end year or relative year is not read
    assert _one("By 2030, Norway will have given Ukraine 75 billion kroner.").period is None
    assert _one("Last year Denmark gave \u20ac2bn in aid to Ukraine.").period is None
    # a year after the next amount stays that amount's
    early, late = _figures("Spain gave Ukraine \u20ac3bn this year, after \u20ac2bn until 2023.")
    assert _period_of_f(early) == (None, None, "this year")
    assert _period_of_f(late) == (None, "2023", "until 2023")
    # "the 2024 and 2025 budgets" holds no preposition of time
    assert (
        _one("Italy approved \u20ac1bn in aid to Ukraine, the 2024 and 2025 tranches.").period
        is None
    )


def test_an_amount_asked_for_is_no_aid() -> None:
    for text in (
        "Ukraine needs $40bn a year to keep its army in the field, the prime minister said.",
        "Zelensky asked for $10bn in additional air defence funding for Ukraine.",
        "Kyiv is seeking another $15bn from its allies.",
        "Ukraine's defence ministry said it would need more than $120bn next year.",
        "The White House wants $24bn in new aid for Ukraine.",
        "Ukraine has asked for 20 air-defence systems to be delivered this winter.",
    ):
        assert _figures(text) == (), text
    # the amount asked for is still an amount
    (amount,) = natocorpus.parse("Kyiv is seeking another $15bn from its allies.").amounts
    assert amount.currency == "USD"


def test_what_was_asked_for_and_then_given_is_aid() -> None:
    f = _one("Germany said it would provide the \u20ac5bn that Kyiv had requested.")
    assert (f.donor, f.recipient) == ("Germany", "Ukraine")
    f = _one("Responding to Kyiv's appeal, Norway sent 2 billion kroner in aid.")
    assert f.donor == "Norway"
    text = "Germany sent Ukraine \u20ac1bn in aid, and Kyiv asked for \u20ac2bn more."
    given, asked = natocorpus.parse(text).amounts
    assert [f.span for f in _figures(text)] == [given.span]
    assert asked.value == Decimal(2000000000)


def test_money_spent_on_weapons_named_with_it_is_military() -> None:
    for text in (
        "Germany will pay \u20ac500m to buy Patriot missiles for Ukraine.",
        "Denmark is funding shells worth $250m for Ukraine.",
        "Japan announced $2bn for air defence for Ukraine.",
        "Britain committed \u00a31.5bn to Ukraine for air-defence systems.",
        "Canada pledged C$500m for drones for Ukraine.",
        "Germany provided $1bn of long-range missiles to Ukraine.",
        "The US approved $300m for Ukraine to buy HIMARS rockets and 155mm shells.",
    ):
        assert _one(text).category is AidCategory.MILITARY, text


def test_weapons_elsewhere_in_the_clause_give_money_no_category() -> None:
    f = _one("Germany gave Ukraine \u20ac500m to rebuild power plants hit by Russian missiles.")
    assert f.category is None
    f = _one("Sweden gave Ukraine 1 billion crowns for demining equipment.")
    assert f.category is None
    # a cue nearer the amount still decides
    assert _one("Japan gave Ukraine $2bn in loans for weapons.").category is AidCategory.FINANCIAL
    f = _one("Canada announced C$50m in humanitarian aid for Ukrainians hit by drones.")
    assert f.category is AidCategory.HUMANITARIAN


def test_lending_is_financial_but_lent_materiel_is_not() -> None:
    f = _one("The World Bank lent Ukraine $1.5bn to pay pensions and salaries.")
    assert f.category is AidCategory.FINANCIAL
    assert _one("Spain lent Ukraine tanks worth \u20ac100m.").category is AidCategory.MILITARY
    f = _one("Spain lent Ukraine 10 tanks, delivered last year.")
    assert f.category is AidCategory.MILITARY


def test_counted_models_are_aid_when_given() -> None:
    f = _one("The Netherlands and Denmark have pledged 30 F-16s to Ukraine.")
    assert (f.amount, f.unit, f.donor, f.category) == (
        Decimal(30),
        "F-16s",
        "Netherlands and Denmark",
        AidCategory.MILITARY,
    )
    assert _one("Berlin will supply two Patriots to Kyiv before winter.").unit == "Patriots"
    # shot down, or asked for: no aid
    assert _figures("Ukraine said it had shot down two Su-25s over the Black Sea.") == ()
    assert _figures("Ukraine has asked for 30 F-16s from its allies.") == ()


def test_the_weapons_bought_filter_answers_as_its_patterns_do() -> None:
    from natocorpus._aid import (
        _MATERIEL_AFTER,
        _MATERIEL_WORTH_BEFORE,
        _MILITARY_MATERIEL_STEMS,
        _REQUESTED_BEFORE,
        _REQUESTED_STEMS,
    )

    nouns = [
        "air defence", "Air-Defense", "missile defence", "anti-aircraft", "artillery", "shells",
        "ammunition", "munitions", "missiles", "rockets", "interceptors", "drones", "tanks",
        "howitzers", "fighter jets", "jets", "warplanes", "helicopters", "armored vehicles",
        "armoured vehicles", "launchers", "rifles", "mortars", "grenades", "weapons", "arms",
        "military equipment", "defense hardware", "military materiel",
    ]  # fmt: skip
    for noun in nouns:
        for text in (f" to buy new {noun}", f" for Ukraine for {noun}", f" in {noun}"):
            assert _MATERIEL_AFTER.match(text) is not None, text
            assert any(stem in text.lower() for stem in _MILITARY_MATERIEL_STEMS), text
        before = f"{noun} worth about "
        assert _MATERIEL_WORTH_BEFORE.search(before) is not None, before
    verbs = [
        "needs", "needed", "needing", "requests", "requested", "seeks", "sought", "wants",
        "demanded", "asked for", "appealing for", "pleaded for", "in need of",
    ]  # fmt: skip
    for verb in verbs:
        text = f"Kyiv {verb} more than "
        assert _REQUESTED_BEFORE.search(text) is not None, text
        assert any(stem in text.lower() for stem in _REQUESTED_STEMS), text

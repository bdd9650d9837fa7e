# ruff: noqa: RUF001  (the tests are about quotation marks and apostrophes)
"""Quotations and their speakers, on sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import natocorpus
from natocorpus import BlockRole, Quote, QuoteKind, QuoteMode
from natocorpus._layout import line_spans
from natocorpus._people import PeopleIndex
from natocorpus._quotes import find_quotes
from natocorpus._records import Block, Span


def blocks_of(text: str, roles: dict[int, BlockRole] | None = None) -> list[Block]:
    """One paragraph block per non-blank line (index -> role overrides)."""
    roles = roles or {}
    return [
        Block(roles.get(i, BlockRole.PARAGRAPH), s.slice(text), s)
        for i, s in enumerate(line_spans(text))
    ]


def quotes_of(text: str, roles: dict[int, BlockRole] | None = None) -> list[Quote]:
    blocks = blocks_of(text, roles)
    found = find_quotes(text, blocks, PeopleIndex.build(text, blocks))
    for q in found:
        assert text[q.span.start : q.span.end] == q.text
    return list(found)


def pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of(text)]


# --- spans: marks ------------------------------------------------------------------------


def test_curly_double_with_cue_after() -> None:
    text = "“The harbour will reopen next week,” said Ines Halvorsen, the port director."
    assert pairs(text) == [("The harbour will reopen next week,", "Ines Halvorsen")]


def test_straight_double_quotes() -> None:
    text = 'Ines Halvorsen, the port director, said: "We are ready for the convoy."'
    assert pairs(text) == [("We are ready for the convoy.", "Ines Halvorsen")]


def test_single_curly_quotes() -> None:
    text = "Mayor Tomas Brandt told reporters: ‘Nobody will be left behind.’"
    assert pairs(text) == [("Nobody will be left behind.", "Tomas Brandt")]


def test_guillemets() -> None:
    text = "«Les négociations continuent», a dit Colette Marchand. Colette Marchand said later."
    assert [q.text for q in quotes_of(text)] == ["Les négociations continuent"]


def test_low_opening_mark() -> None:
    text = "Diplomat Jonas Weber said „the talks were useful“ after the meeting."
    assert [q.text for q in quotes_of(text)] == ["the talks were useful"]


def test_straight_opening_closed_by_curly_mark() -> None:
    text = 'Analyst Rui Salgado said "The sanctions have not worked.” He then left.'
    assert pairs(text) == [("The sanctions have not worked.", "Rui Salgado")]


def test_apostrophes_are_not_quotes() -> None:
    text = (
        "The alliance’s plan isn’t new, and Europe's leaders won't say whether it's the ’90s again."
    )
    assert quotes_of(text) == []


def test_plural_possessive_before_a_real_closing_mark() -> None:
    text = "Ines Halvorsen said the ‘allies’ ships will stay’ near the coast."
    assert [q.text for q in quotes_of(text)] == ["allies’ ships will stay"]


def test_inch_and_foot_marks_are_not_quotes() -> None:
    text = "The pilot, who is 5'11\", flew a drone with a 12\" rotor over the 6' fence."
    assert quotes_of(text) == []


def test_inch_mark_inside_a_quote() -> None:
    text = 'Engineer Pavel Novak said: "The screen is 15" wide and fine."'
    found = quotes_of(text)
    assert len(found) == 1
    assert found[0].text.startswith("The screen is 15")


def test_marks_inside_words_are_not_boundaries() -> None:
    text = "The rock'n'roll band and the O'Neill family attended."
    assert quotes_of(text) == []


def test_nested_quote_with_other_marks_is_not_a_separate_quote() -> None:
    text = "“They call it the ‘iron wall’ and it works,” said Marek Dobrowski."
    found = quotes_of(text)
    assert [(q.text, q.speaker) for q in found] == [
        ("They call it the ‘iron wall’ and it works,", "Marek Dobrowski")
    ]


def test_nested_quote_with_the_same_marks() -> None:
    text = (
        "Professor Lena Varga said. “The idea of a “fortress Europe,” as some call it, "
        "is older than the union itself.”"
    )
    found = quotes_of(text)
    assert len(found) == 1
    assert found[0].text.startswith("The idea of a “fortress Europe,”")
    assert found[0].text.endswith("union itself.")


def test_nested_straight_quotes_with_the_same_marks() -> None:
    text = 'Lena Varga said: "People say "never again" too easily, and then forget."'
    found = quotes_of(text)
    assert [q.text for q in found] == ['People say "never again" too easily, and then forget.']


def test_quote_text_keeps_the_comma_inside_the_marks() -> None:
    text = "“We will rebuild,” Ines Halvorsen said."
    assert quotes_of(text)[0].text == "We will rebuild,"


# --- spans: paragraphs -------------------------------------------------------------------


def test_quote_over_several_paragraphs() -> None:
    text = (
        "Marek Dobrowski spoke for an hour.\n"
        "“The first winter was the hardest. We had no power.\n"
        "“The second winter we were ready,” he said.\n"
    )
    found = quotes_of(text)
    assert [q.text for q in found] == [
        "The first winter was the hardest. We had no power.",
        "The second winter we were ready,",
    ]
    assert {q.speaker for q in found} == {"Marek Dobrowski"}
    assert found[0].group is not None
    assert found[0].group == found[1].group


def test_colon_at_the_end_of_the_previous_paragraph() -> None:
    text = (
        "Defence Minister Aurelio Conti was blunt about the shortfall. He added:\n"
        "“We promised shells and we delivered speeches.”\n"
    )
    assert pairs(text) == [("We promised shells and we delivered speeches.", "Aurelio Conti")]


def test_quote_only_paragraph_continues_the_last_speaker() -> None:
    text = (
        "“The convoy left at dawn,” said Ines Halvorsen, the port director.\n"
        "“It carried food, fuel and medicine for three towns.”\n"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Ines Halvorsen", "Ines Halvorsen"]


def test_unclosed_mark_in_the_middle_of_a_paragraph_is_dropped() -> None:
    text = "The report lists “ten items and ends there.\nNothing else was said.\n"
    assert quotes_of(text) == []


# --- split quotes ---------------------------------------------------------------------------


def test_split_quote_parts_share_a_group() -> None:
    text = "“The talks,” notes Aurelio Conti, “were long and tiring.”"
    found = quotes_of(text)
    assert [q.text for q in found] == ["The talks,", "were long and tiring."]
    assert found[0].group is not None
    assert found[0].group == found[1].group
    assert {q.speaker for q in found} == {"Aurelio Conti"}


def test_split_quote_across_the_attribution_sentence() -> None:
    text = "“We are ready,” Aurelio Conti said. “The question is whether they are.”"
    found = quotes_of(text)
    assert len(found) == 2
    assert found[0].group == found[1].group
    assert found[1].speaker == "Aurelio Conti"


def test_two_partials_in_one_sentence_are_not_a_split_quote() -> None:
    text = (
        "Aurelio Conti said he would not “point fingers,” but he admitted the delay "
        "was “deeply embarrassing.”"
    )
    found = quotes_of(text)
    assert len(found) == 2
    assert found[0].group is None or found[0].group != found[1].group


# --- kinds -----------------------------------------------------------------------------------


def test_partial_quote_woven_into_the_sentence() -> None:
    text = "Ines Halvorsen said the delivery was “late but welcome” and thanked the crews."
    found = quotes_of(text)
    assert [(q.text, q.kind) for q in found] == [("late but welcome", QuoteKind.PARTIAL)]


def test_direct_quote_kind() -> None:
    text = "Ines Halvorsen said, “We have enough fuel for a month.”"
    assert quotes_of(text)[0].kind is QuoteKind.DIRECT


def test_scare_quote_after_so_called_is_left_out() -> None:
    text = "The so-called “peace plan” was rejected by all sides, Aurelio Conti said."
    assert quotes_of(text) == []


def test_title_of_a_work_is_left_out() -> None:
    text = "Her memoir, “Winter On The Border”, sold well, the publisher Lars Engel said."
    assert quotes_of(text) == []


def test_term_after_dubbed_is_left_out() -> None:
    text = "The operation, dubbed “Northern Shield,” began on Monday."
    assert quotes_of(text) == []


# --- attribution -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We need more air defence,” Ines Halvorsen said.", "Ines Halvorsen"),
        ("“We need more air defence,” said Ines Halvorsen.", "Ines Halvorsen"),
        ("Ines Halvorsen says: “We need more air defence.”", "Ines Halvorsen"),
        ("Ines Halvorsen warned that “we need more air defence.”", "Ines Halvorsen"),
        ("“We need more air defence,” Ines Halvorsen has repeatedly argued.", "Ines Halvorsen"),
        ("“We need more air defence,” Ines Halvorsen will tell the summit.", "Ines Halvorsen"),
        ("Ines Halvorsen told the BBC: “We need more air defence.”", "Ines Halvorsen"),
        ("Ines Halvorsen was quoted as saying “we need more air defence.”", "Ines Halvorsen"),
    ],
)
def test_cue_verbs_in_any_tense_and_order(text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_of(text)] == [speaker]


def test_subject_with_relative_clause_before_the_cue() -> None:
    text = (
        "“The border is quiet,” Marek Dobrowski, who commanded the brigade until May, "
        "told reporters."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Marek Dobrowski"]


def test_cue_with_appositive_after_the_quote() -> None:
    text = "“Prices will rise,” Lena Varga, an economist at a Vienna bank, wrote."
    found = quotes_of(text)
    assert [q.speaker for q in found] == ["Lena Varga"]
    assert found[0].mode is QuoteMode.WRITTEN


def test_according_to_an_organisation() -> None:
    text = "The mission is, according to NATO, “purely defensive.”"
    text2 = "The mission is, according to NATO “a purely defensive deployment.”"
    assert [q.speaker for q in quotes_of(text2)] == ["NATO"]
    assert quotes_of(text)[0].speaker == "NATO"


def test_x_told_y_speaker_is_the_subject() -> None:
    text = "Aurelio Conti told Ines Halvorsen: “Your port saved the city.”"
    assert [q.speaker for q in quotes_of(text)] == ["Aurelio Conti"]


def test_participle_cue_takes_the_subject_of_the_sentence() -> None:
    text = (
        "Shortly afterwards, General Ruth Okafor called President Samuel Adeyemi, "
        "telling him: “The airport is secure.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Ruth Okafor"]


def test_in_a_statement_is_written() -> None:
    text = "In a statement, the alliance spokeswoman Oona Rask said “the exercise is routine.”"
    found = quotes_of(text)
    assert [q.speaker for q in found] == ["Oona Rask"]
    assert found[0].mode is QuoteMode.WRITTEN
    assert found[0].cue == "said"


def test_spoken_mode_and_cue() -> None:
    found = quotes_of("“We stay,” Oona Rask insisted.")
    assert found[0].mode is QuoteMode.SPOKEN
    assert found[0].cue == "insisted"
    assert found[0].cue_span is not None
    assert found[0].speaker_span is not None


def test_pronoun_resolves_to_the_last_named_person() -> None:
    text = (
        "Foreign Minister Tomas Brandt met his counterpart on Friday.\n"
        "“It was a frank exchange,” he said.\n"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Tomas Brandt"]


def test_pronoun_respects_gender() -> None:
    text = (
        "Mrs Oona Rask and Mr Tomas Brandt met in Tallinn. Tomas Brandt arrived late.\n"
        "“We agreed on nothing,” she said.\n"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Oona Rask"]


def test_pronoun_skips_a_person_in_a_subordinate_clause() -> None:
    text = (
        "Marek Dobrowski, who met President Samuel Adeyemi in March, said Adeyemi "
        "still hopes for a deal.\n"
        "“I do not share his hope,” he said.\n"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Marek Dobrowski"]


@pytest.mark.parametrize(
    "description", ["the former prime minister", "the 71-year-old", "the alliance chief"]
)
def test_descriptions_resolve_to_the_named_person(description: str) -> None:
    text = (
        "Former Prime Minister Hedda Lind spoke in Oslo.\n"
        f"“The alliance must grow up,” {description} said.\n"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Hedda Lind"]


def test_description_subject_of_a_participle() -> None:
    text = (
        "Hedda Lind chairs the committee.\n"
        "The committee chief criticised the budget, saying, “It is a fantasy.”\n"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Hedda Lind"]


def test_unnamed_source_keeps_its_description() -> None:
    text = "A senior defence official said the plan was “not going to survive the winter.”"
    assert [q.speaker for q in quotes_of(text)] == ["senior defence official"]


def test_quote_with_no_speaker_anywhere() -> None:
    text = "The banner read “No to war” in large letters."
    found = quotes_of(text)
    assert [(q.text, q.speaker) for q in found] == [("No to war", None)]


def test_cue_inside_the_quote_is_not_an_attribution() -> None:
    text = (
        "Marek Dobrowski spoke first.\n"
        "“As the general said to me, we cannot wait,” Lena Varga added.\n"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Lena Varga"]


def test_second_quote_after_a_cue_sentence_in_the_same_paragraph() -> None:
    text = (
        "The plan should be dropped, said Lena Varga, a fellow at a Prague institute. "
        "“It was written for a different war.”"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Lena Varga"]


def test_quote_in_a_quote_reported_by_another_person() -> None:
    text = (
        "Marek Dobrowski writes in his memoir about the first night.\n"
        "An hour later, Defence Minister Ruth Okafor rang him, telling Dobrowski: "
        "“Get your family out.”\n"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Ruth Okafor"]


def test_misspelt_name_gets_the_canonical_spelling() -> None:
    text = (
        "Defence analyst Bartholomew Quillfeather was in Riga.\n"
        "“Nobody expected this,” Quilfeather said.\n"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Bartholomew Quillfeather"]


# --- blocks ----------------------------------------------------------------------------------


def test_transcript_answers_are_not_quoted_again() -> None:
    text = "Will you stay?\n“Yes, I will stay,” I said then and I say it now.\n"
    roles = {0: BlockRole.QUESTION, 1: BlockRole.ANSWER}
    assert quotes_of(text, roles) == []


def test_boilerplate_is_not_read() -> None:
    text = "“Subscribe now,” the banner says.\nIt rained.\n"
    assert quotes_of(text, {0: BlockRole.BOILERPLATE}) == []


def test_span_invariant_through_parse() -> None:
    text = (
        "Kyiv, Ukraine\n"
        "“We will hold the line,” said General Ruth Okafor. She added: ‘Every day.’\n"
        'A spokesman said "no comment" when asked.\n'
    )
    article = natocorpus.parse(text)
    assert article.quotes
    for q in article.quotes:
        assert article.text[q.span.start : q.span.end] == q.text


# --- more news patterns ----------------------------------------------------------------------


def test_inverted_cue_with_a_title_before_the_name() -> None:
    text = "‘It is not over,’ replied Sergeant Olha Kravets. ‘Not for us.’"
    found = quotes_of(text)
    assert [q.speaker for q in found] == ["Olha Kravets", "Olha Kravets"]
    assert found[0].group == found[1].group


def test_british_single_quotes_with_apostrophes_inside() -> None:
    text = "‘We’re stretched, and the allies’ ships can’t help,’ Admiral Kasimir Lunde said."
    assert pairs(text) == [("We’re stretched, and the allies’ ships can’t help,", "Kasimir Lunde")]


def test_straight_single_quotes_with_apostrophes_inside() -> None:
    text = "'It's not the soldiers' fault,' said Colonel Ivo Petrak."
    assert pairs(text) == [("It's not the soldiers' fault,", "Ivo Petrak")]


def test_two_speakers_in_one_paragraph() -> None:
    text = "“We are ready,” said Ivo Petrak. “Are they?” asked Olha Kravets."
    assert [q.speaker for q in quotes_of(text)] == ["Ivo Petrak", "Olha Kravets"]


def test_quote_after_a_sentence_about_the_speaker() -> None:
    text = (
        "“The bridge is gone,” said Olha Kravets.\n"
        "Colonel Ivo Petrak was blunt. “This is a disaster.”\n"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Olha Kravets", "Ivo Petrak"]


def test_organisation_description_speaks() -> None:
    text = (
        "“We will reply,” said Ivo Petrak.\n"
        "The ministry later said in a statement: “The exercises will continue.”\n"
    )
    found = quotes_of(text)
    assert [q.speaker for q in found] == ["Ivo Petrak", "ministry"]
    assert found[1].mode is QuoteMode.WRITTEN


def test_possessive_description_is_not_the_owner() -> None:
    text = (
        "“We will reply,” said Defence Minister Ivo Petrak.\n"
        "His Polish counterpart disagreed: “There is nothing to reply to.”\n"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Ivo Petrak", "Polish counterpart"]


def test_asked_for_is_not_a_cue() -> None:
    text = (
        "“We need ships,” said Admiral Kasimir Lunde.\n"
        "He said the navy had asked for “at least four more frigates” by 2030.\n"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Kasimir Lunde", "Kasimir Lunde"]


def test_question_mark_and_exclamation_end_a_direct_quote() -> None:
    text = "“Why would we accept that?” Minister Ruta Kalnina asked. “Never!”"
    found = quotes_of(text)
    assert [q.text for q in found] == ["Why would we accept that?", "Never!"]
    assert {q.speaker for q in found} == {"Ruta Kalnina"}


def test_description_with_a_name_in_apposition() -> None:
    text = (
        "President Ivan Sorokin spoke on Friday.\n"
        "“There is no alternative,” said the Kremlin spokesman, Pyotr Lavin.\n"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Pyotr Lavin"]


def test_the_official_goes_back_to_the_unnamed_official() -> None:
    text = (
        "“We will win,” said General Ruth Okafor.\n"
        "One official, who asked not to be named, said shells were short. "
        "“We count every round,” the official said.\n"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Ruth Okafor", "official"]


def test_a_block_of_several_wrapped_lines() -> None:
    text = "“We will hold the\nline,” said General\nRuth Okafor."
    span = Span(0, len(text))
    blocks = [Block(BlockRole.PARAGRAPH, text, span)]
    found = find_quotes(text, blocks, PeopleIndex.build(text, blocks))
    assert [(q.text, q.speaker) for q in found] == [("We will hold the\nline,", "Ruth Okafor")]
    person = PeopleIndex.build(text, blocks).person("Ruth Okafor")
    assert person is not None
    assert person.title == "General"


def test_a_headline_sets_no_context_for_the_body() -> None:
    text = (
        "Minister Ruth Okafor says ‘we will win’\n"
        "“The roads are open,” a police officer said.\n"
        "“Drive slowly.”\n"
    )
    found = quotes_of(text, {0: BlockRole.TITLE})
    assert [q.speaker for q in found] == ["Ruth Okafor", "police officer", "police officer"]


def test_inverted_cue_with_a_lower_case_role_before_the_name() -> None:
    text = (
        "“The bridge is gone,” said Ruth Okafor.\n"
        "The plan looks like a trap, said analyst Maja Horvat. “Nobody should sign it.”\n"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Ruth Okafor", "Maja Horvat"]


def test_quote_inside_a_quote_with_its_own_speaker() -> None:
    text = (
        "Colonel Ivo Petrak commanded the unit.\n"
        "“Then Petrak called and told us, ‘Leave now, all of you, and take the wounded,’ "
        "and we left,” Olha Kravets, a medic, recalled.\n"
    )
    found = quotes_of(text)
    assert [(q.text[:9], q.speaker) for q in found] == [
        ("Then Petr", "Olha Kravets"),
        ("Leave now", "Ivo Petrak"),
    ]


_PIECES = [
    "a",
    "b ",
    " ",
    ".",
    ",",
    ":",
    "\n",
    '"',
    "'",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "5",
    "said ",
    "Ruth Okafor ",
    "he ",
    "the chief ",
    "according to ",
    "President ",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))
@settings(max_examples=300, deadline=None)
def test_any_text_keeps_the_span_invariant(text: str) -> None:
    for q in natocorpus.parse(text).quotes:
        assert text[q.span.start : q.span.end] == q.text
        assert q.text
        assert q.text == q.text.strip()


def test_possessive_role_is_not_the_possessor() -> None:
    text = (
        "President Ivan Sorokin did not attend.\n"
        "Sorokin’s spokesman said the talks were “a waste of time.”\n"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Sorokin’s spokesman"]


def test_called_names_its_subject() -> None:
    text = "Ruth Okafor called the plan “reckless” while Maja Horvat said it was “overdue.”"
    assert [q.speaker for q in quotes_of(text)] == ["Ruth Okafor", "Maja Horvat"]


def test_description_needs_its_modifiers_in_the_title() -> None:
    text = (
        "Defence Minister Aurelio Conti met Nora Blix, editor-in-chief of a Rome weekly.\n"
        "Asked about the drones, the defence chief said: “We are watching them.”\n"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Aurelio Conti"]


# --- follow-up: general patterns found on unseen pages -----------------------------------


def test_dateline_city_is_never_the_speaker() -> None:
    text = (
        "TALLINN (Harbour Wire) - Estonia's interior minister warned on Friday that repairs "
        'were going "much too slowly" for the season.\n'
        '"We need the cable back before the storms," Interior Minister Kaarel Vaino told '
        "reporters.\n"
    )
    found = pairs(text)
    assert found[0] == ("much too slowly", "Kaarel Vaino")
    assert all(speaker != "TALLINN" for _, speaker in found)


def test_possessive_organisation_speaks_for_itself() -> None:
    text = (
        "Greta Solheim, the harbour chief, said the ferry would sail on Monday.\n"
        "Norway's embassy in Riga called the decision a “mistake” in a statement and said "
        "Oslo would “take note”.\n"
    )
    found = pairs(text)
    assert [s for _, s in found] == ["Norway's embassy", "Norway's embassy"]


def test_possessive_of_a_person_is_someone_else() -> None:
    text = (
        "Mayor Ilse Brandt opened the bridge on Monday.\n"
        "Brandt's spokesman said the mayor would “not comment on rumours”.\n"
    )
    assert pairs(text) == [("not comment on rumours", "Brandt's spokesman")]


def test_what_she_called_is_her_partial_quote_not_a_term() -> None:
    text = (
        "Colonel Mira Lindqvist, the garrison commander, spoke on Tuesday.\n"
        "Lindqvist said the region suffered from what she called “winter fatigue” and urged "
        "patience.\n"
    )
    found = quotes_of(text)
    assert [(q.text, q.speaker, q.kind) for q in found] == [
        ("winter fatigue", "Mira Lindqvist", QuoteKind.PARTIAL)
    ]


def test_so_called_is_still_a_term() -> None:
    text = "Anton Weiss, the analyst, said the so-called “grey zone” was growing.\n"
    assert quotes_of(text) == []


def test_live_blog_post_does_not_inherit_the_previous_posts_speaker() -> None:
    text = (
        "10:15 Port reopens\n"
        "Harbour director Ines Halvorsen says the first ships have docked.\n"
        '"We worked all weekend to get here," Halvorsen said.\n'
        "09:40 Power cut in the north\n"
        "The head of the northern grid company, Pavel Ostrov, says most homes have power again.\n"
        '"Our crews worked through the night," he wrote on social media.\n'
    )
    found = pairs(text)
    assert found == [
        ("We worked all weekend to get here,", "Ines Halvorsen"),
        ("Our crews worked through the night,", "Pavel Ostrov"),
    ]


def test_reports_with_a_colon_introduces_the_next_paragraph() -> None:
    text = (
        "Defence Minister Ola Brekke said the drills would continue.\n"
        "Our reporter at the border, Sofie Lund, reports:\n"
        '"The queue of lorries stretches for three kilometres and nobody is moving."\n'
    )
    found = pairs(text)
    assert found[-1] == (
        "The queue of lorries stretches for three kilometres and nobody is moving.",
        "Sofie Lund",
    )


def test_colon_paragraph_without_a_cue_gives_its_subject_the_quote() -> None:
    text = (
        "The historian Jonas Aberg has written about the railways for decades.\n"
        "The Baltic Council set aside 2 million euros for repairs, a small sum.\n"
        "Aberg is scathing about the delay:\n"
        '"Every winter we wait, the bridges get older and the bill gets bigger."\n'
    )
    found = pairs(text)
    assert found == [
        ("Every winter we wait, the bridges get older and the bill gets bigger.", "Jonas Aberg")
    ]


def test_headline_name_before_a_colon_said_the_quote() -> None:
    text = (
        "11:05 Brekke: supplies 'running low'\n"
        "Defence Minister Ola Brekke warned on Monday that ammunition supplies were "
        '"running low".\n'
    )
    found = pairs(text)
    assert found == [("running low", "Ola Brekke"), ("running low", "Ola Brekke")]


# --- follow-up: hostile input stays linear ------------------------------------------------


def test_deeply_nested_marks_finish_and_keep_the_outer_quote() -> None:
    text = "“‘" * 5000 + "x" + "’”" * 5000
    found = quotes_of(text)
    assert found
    assert found[0].text == text[1:-1]
    assert len(found) <= 4  # quotes nested deeper than MAX_DEPTH are not quotes of their own


def test_results_do_not_depend_on_line_ends() -> None:
    text = (
        "Harbour director Ines Halvorsen spoke on Monday.\n"
        "“We are ready,” she said.\n"
        "Halvorsen added that the port was “open again”.\n"
    )
    expected = [(q.text, q.speaker, q.kind) for q in quotes_of(text)]
    for end in ("\r\n", "\r"):
        other = text.replace("\n", end)
        blocks = [
            Block(BlockRole.PARAGRAPH, line, Span(start, start + len(line)))
            for start, line in _lines(other)
        ]
        found = find_quotes(other, blocks, PeopleIndex.build(other, blocks))
        assert [(q.text, q.speaker, q.kind) for q in found] == expected


def _lines(text: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body:
            out.append((pos, body))
        pos += len(line)
    return out


def test_a_number_opening_a_short_line_is_no_live_blog_time() -> None:
    text = (
        "Harbour director Ines Halvorsen spoke on Monday.\n"
        "3.50 billion for the port\n"
        "“We are ready,” she said.\n"
    )
    assert pairs(text) == [("We are ready,", "Ines Halvorsen")]


def test_possessive_description_without_modifiers_is_not_someone_elses_title() -> None:
    text = (
        "President Mark Dalton of the Republic of Arland met reporters on Monday.\n"
        "Estonia's president said the visit was “long overdue”.\n"
    )
    assert pairs(text) == [("long overdue", "Estonia's president")]


def test_an_acronym_and_a_dash_before_lower_case_is_no_dateline() -> None:
    text = (
        "Ada Quill, the minister, spoke on Monday.\n"
        "NATO - the alliance of thirty-two countries - said it was “concerned”.\n"
    )
    assert pairs(text) == [("concerned", "NATO")]


# --- pronouns after a newly introduced person ----------------------------------------------


def test_he_goes_to_a_man_introduced_after_the_last_speaker() -> None:
    text = (
        "“We cannot build them fast enough,” said Ingrid Tamm, the deputy economy minister.\n"
        "Pavel Novak founded the firm in 2019 and employs 400 people now.\n"
        "“The orders keep coming,” he said on Tuesday.\n"
        "“We hired 50 engineers this month,” he added.\n"
    )
    assert pairs(text) == [
        ("We cannot build them fast enough,", "Ingrid Tamm"),
        ("The orders keep coming,", "Pavel Novak"),
        ("We hired 50 engineers this month,", "Pavel Novak"),
    ]


def test_he_goes_to_a_man_introduced_in_a_clause_with_a_cue_word() -> None:
    text = (
        "“We cannot build them fast enough,” said Ingrid Tamm, adding that orders would grow.\n"
        "The plant was set up by Pavel Novak in 2019, a figure officials say will grow.\n"
        "“The orders keep coming,” he said on Tuesday.\n"
    )
    assert pairs(text)[1] == ("The orders keep coming,", "Pavel Novak")


def test_he_with_unknown_genders_goes_to_the_newest_subject() -> None:
    text = (
        "“We will not wait,” said Kerrin Alvo, the harbour director.\n"
        "Dorin Maslek, who founded the shipyard, employs 400 people now.\n"
        "“The orders keep coming,” he said.\n"
    )
    assert pairs(text)[1] == ("The orders keep coming,", "Dorin Maslek")


def test_she_skips_a_newly_introduced_man_back_to_the_woman() -> None:
    text = (
        "“We will not wait,” said Marta Kowal, the harbour director.\n"
        "Pavel Novak founded the shipyard in 2019.\n"
        "“The orders keep coming,” she said.\n"
    )
    assert pairs(text)[1] == ("The orders keep coming,", "Marta Kowal")


def test_he_after_a_subject_who_met_someone_stays_with_the_subject() -> None:
    text = "Pavel Novak met Tomas Berg in Riga on Monday.\n“We agreed on everything,” he said.\n"
    assert pairs(text) == [("We agreed on everything,", "Pavel Novak")]


# --- unnamed sources with a place or an organisation after them ----------------------------


def test_unnamed_source_drops_a_trailing_place() -> None:
    text = "“It is a difficult week,” a senior diplomat in Brussels said.\n"
    assert pairs(text) == [("It is a difficult week,", "senior diplomat")]


def test_unnamed_source_is_not_the_organisation_in_its_phrase() -> None:
    text = (
        "“We are watching closely,” one official with the monitoring mission said.\n"
        "A Western official at the mission in Kyiv said the talks would “resume soon”.\n"
    )
    assert pairs(text) == [
        ("We are watching closely,", "official"),
        ("resume soon", "Western official"),
    ]


def test_unnamed_source_with_a_possessive_pronoun_phrase() -> None:
    text = (
        "The defence ministry said on Monday that the unit had been rotated out.\n"
        "“She never complains,” a colleague of hers said.\n"
    )
    assert pairs(text) == [("She never complains,", "colleague")]


def test_as_someone_put_it_is_a_cue() -> None:
    text = (
        "The defence ministry said on Monday that the unit had been rotated out.\n"
        "As one colleague put it, “the team is exhausted.”\n"
    )
    assert pairs(text) == [("the team is exhausted.", "colleague")]


def test_put_it_without_a_pause_is_no_cue() -> None:
    text = "Ada Quill said the plan was “workable”. The council put it to a vote on Monday.\n"
    quotes = quotes_of(text)
    assert [(q.speaker, q.cue) for q in quotes] == [("Ada Quill", "said")]


def test_a_tail_not_followed_by_a_cue_is_left_alone() -> None:
    text = "An official in the ministry of defence rejected it. “No comment,” the ministry said.\n"
    assert pairs(text) == [("No comment,", "ministry")]


# --- short labels in paragraphs without a cue ----------------------------------------------


def test_button_labels_without_a_cue_are_terms() -> None:
    text = (
        "Ada Quill, the minister, said the talks were “useful”.\n"
        "We use cookies. Click “Accept all” to continue or “Manage preferences” to choose.\n"
    )
    assert pairs(text) == [("useful", "Ada Quill")]
    text = "Ada Quill said the talks were “useful”.\nUse the “Reject” button to opt out.\n"
    assert pairs(text) == [("useful", "Ada Quill")]


def test_a_short_slogan_without_a_cue_stays_a_quote() -> None:
    text = "Ada Quill spoke at the rally.\nThe banner read “No to war” in red letters.\n"
    assert [q.text for q in quotes_of(text)] == ["No to war"]


def test_a_short_capitalised_quote_with_a_cue_stays_a_quote() -> None:
    text = "Ada Quill, the minister, called the plan “Realistic” on Monday and said “No more”.\n"
    assert [q.text for q in quotes_of(text)] == ["Realistic", "No more"]


def test_a_short_quote_opening_a_paragraph_stays_a_quote() -> None:
    text = "Ada Quill, the minister, was asked about the plan.\n“Never,” she replied.\n“Yes.”\n"
    assert [q.text for q in quotes_of(text)] == ["Never,", "Yes."]


def test_bare_plural_sources_are_the_speakers() -> None:
    text = (
        "“There is no progress,” said Elena Varga, the head of the delegation.\n"
        "“We disagree,” officials said.\n"
        "“We disagree again,” Western officials at the ministry in Vilnius said on Tuesday.\n"
        "But diplomats said the talks were “stuck”.\n"
    )
    assert pairs(text) == [
        ("There is no progress,", "Elena Varga"),
        ("We disagree,", "officials"),
        ("We disagree again,", "Western officials"),
        ("stuck", "diplomats"),
    ]


def test_put_it_with_an_adverb_then_a_quote_in_the_next_sentence() -> None:
    text = (
        "The defence ministry said on Monday that the unit had been rotated out.\n"
        "One colleague put it more bluntly. “She is exhausted.”\n"
    )
    assert pairs(text) == [("She is exhausted.", "colleague")]


def test_he_reaches_a_new_subject_without_other_evidence_of_being_a_person() -> None:
    text = (
        "“We cannot build them fast enough,” said Aino Virtanen, the deputy economy minister.\n"
        "Juhani Korhonen founded the firm in 2019 and employs 400 people now.\n"
        "“The orders keep coming,” he said on Tuesday.\n"
    )
    assert pairs(text)[1] == ("The orders keep coming,", "Juhani Korhonen")


def test_a_letter_that_lower_case_lengthens_does_not_shift_the_cue() -> None:
    # "\u0130" (capital I with a dot) lower-cases to two characters.
    text = (
        "\u0130ZM\u0130R \u0130\u0130 ship arrived. "
        "\u201cWe are ready,\u201d the harbour minister said on Monday."
    )
    (quote,) = natocorpus.parse(text).quotes
    assert quote.cue == "said"
    assert quote.cue_span is not None
    assert quote.cue_span.slice(text) == "said"


def test_an_initialism_with_full_stops_is_a_modifier_of_a_description() -> None:
    text = (
        "“This is a dangerous escalation,” a senior U.S. official told reporters.\n"
        "The U.K. Foreign Office said the sanctions were “long overdue.”\n"
        "“We are ready,” a senior E.U. diplomat said.\n"
    )
    assert pairs(text) == [
        ("This is a dangerous escalation,", "senior U.S. official"),
        ("long overdue.", "U.K. Foreign Office"),
        ("We are ready,", "senior E.U. diplomat"),
    ]


def test_a_word_ending_a_sentence_is_no_modifier_of_the_next_role_noun() -> None:
    # "deal." ends a sentence: "a deal. Analyst" is no description.
    text = (
        "Mira Salo, a trade lawyer, spoke on Monday.\n"
        "Nobody expected a deal. Analyst Ivo Petrak said it was “dead on arrival.”\n"
    )
    assert pairs(text) == [("dead on arrival.", "Ivo Petrak")]


def test_a_name_in_apposition_after_a_description_with_to_phrase_speaks() -> None:
    text = (
        "“We are not going anywhere,” said Ukraine’s ambassador to NATO, Natalia Horbenko.\n"
        "“We are ready,” said the U.S. envoy to the talks, Julia Whitmore.\n"
        "“Nothing has changed,” an adviser to the president, who asked not to be named, said.\n"
        "“Nothing at all,” one ambassador to NATO said.\n"
    )
    assert pairs(text) == [
        ("We are not going anywhere,", "Natalia Horbenko"),
        ("We are ready,", "Julia Whitmore"),
        ("Nothing has changed,", "adviser"),
        ("Nothing at all,", "ambassador"),
    ]


def test_organisations_named_by_a_force_a_staff_a_service_or_a_think_tank_speak() -> None:
    text = (
        "“We intercepted 34 of 40 drones,” the Ukrainian air force said.\n"
        "“Targets were hit,” the General Staff of Ukraine’s armed forces said.\n"
        "“Nine people were detained,” the security service said.\n"
        "“The fighting continues,” the think tank said in its latest assessment.\n"
    )
    assert pairs(text) == [
        ("We intercepted 34 of 40 drones,", "Ukrainian air force"),
        ("Targets were hit,", "General Staff"),
        ("Nine people were detained,", "security service"),
        ("The fighting continues,", "think tank"),
    ]


def test_a_border_guard_without_the_is_no_organisation() -> None:
    # Only "the" makes an organisation of a non-role noun: "a border guard" is a person.
    text = "Mira Salo runs the crossing.\n“It was quiet,” she said, as a border guard said.\n"
    assert pairs(text) == [("It was quiet,", "Mira Salo")]


def test_an_organisation_name_goes_on_with_of_and_for_phrases() -> None:
    text = (
        "“The strikes hit military targets,” the Ministry of Defence said.\n"
        "The Institute for the Study of War said the army had made “marginal gains.”\n"
        "“The ruling is binding,” Russia’s Ministry of Foreign Affairs said.\n"
    )
    assert pairs(text) == [
        ("The strikes hit military targets,", "Ministry of Defence"),
        ("marginal gains.", "Institute for the Study of War"),
        ("The ruling is binding,", "Russia’s Ministry of Foreign Affairs"),
    ]


def test_a_lower_case_organisation_or_a_lower_case_phrase_keeps_its_short_name() -> None:
    text = (
        "“The strikes hit military targets,” the ministry of defence said.\n"
        "“We saw nothing,” the Embassy for its part said.\n"
        "“We saw nothing at all,” the Embassy in Helsinki said.\n"
    )
    assert pairs(text) == [
        ("The strikes hit military targets,", "ministry"),
        ("We saw nothing,", "Embassy"),
        ("We saw nothing at all,", "Embassy"),
    ]


def test_a_quote_paragraph_before_anyone_spoke_goes_on_about_the_story_subject() -> None:
    text = (
        "Helga Sorensen, Denmark’s defence minister, visited the base on Friday.\n"
        "“We are neighbours. Neighbours help each other.”\n"
    )
    assert pairs(text) == [("We are neighbours. Neighbours help each other.", "Helga Sorensen")]


def test_a_titled_name_opening_a_paragraph_is_its_subject() -> None:
    text = (
        "Finnish President Sauli Niemela spoke at length about the border.\n"
        "“We have watched this coming for years. Nobody should be surprised.\n"
        "“What matters now is that we act together.”\n"
    )
    assert [q.speaker for q in quotes_of(text)] == ["Sauli Niemela", "Sauli Niemela"]


def test_the_story_subject_does_not_take_quotes_after_a_speaker_or_inside_a_sentence() -> None:
    text = (
        "Helga Sorensen, Denmark’s defence minister, visited the base on Friday.\n"
        "The banner at the gate read “No to war”.\n"
        "Troops met Colonel Anders Holm at the gate.\n"
        "“We are neighbours. Neighbours help each other.”\n"
    )
    # Not at a paragraph's start; then named in passing only: no subject of the story.
    assert pairs(text) == [
        ("No to war", None),
        ("We are neighbours. Neighbours help each other.", None),
    ]
    text = (
        "“The road is open,” said Pal Jonsson, the engineer.\n"
        "Helga Sorensen, Denmark’s defence minister, visited the base on Friday.\n"
        "“We are neighbours. Neighbours help each other.”\n"
    )
    # Someone spoke already: the quote goes on with the last speaker, as before.
    assert pairs(text)[1] == ("We are neighbours. Neighbours help each other.", "Pal Jonsson")


def test_a_name_in_a_phrase_of_a_source_is_not_the_speaker() -> None:
    text = (
        "“We are ready,” an aide to President Marta Lindqvist said.\n"
        "“Nothing is agreed,” a spokesman for Prime Minister Tomas Brenner said.\n"
        "“It will not be signed,” a source close to Defence Minister Ivo Kasper told reporters.\n"
        "“It is a bluff,” a diplomat close to the Kremlin said.\n"
        "“Access was denied,” the International Committee of the Red Cross said.\n"
    )
    assert pairs(text) == [
        ("We are ready,", "aide"),
        ("Nothing is agreed,", "spokesman"),
        ("It will not be signed,", "source"),
        ("It is a bluff,", "diplomat"),
        ("Access was denied,", "International Committee of the Red Cross"),
    ]


def test_a_titled_name_after_the_still_speaks() -> None:
    text = (
        "“We are ready,” the Ukrainian President Marta Lindqvist said.\n"
        "“It is late,” said an aide, Tomas Brenner.\n"
        "“It is early,” an official based in Riga said.\n"
    )
    assert pairs(text) == [
        ("We are ready,", "Marta Lindqvist"),
        ("It is late,", "Tomas Brenner"),
        ("It is early,", "official"),
    ]


def test_an_unnamed_source_of_a_ministry_keeps_the_ministry_name() -> None:
    text = (
        "“The situation is calm,” a U.K. Ministry of Defence spokesperson said.\n"
        "“We are watching,” a Ministry of Foreign Affairs spokeswoman told reporters.\n"
        "“No decision yet,” said a senior Department of Trade and Industry official.\n"
    )
    assert pairs(text) == [
        ("The situation is calm,", "U.K. Ministry of Defence spokesperson"),
        ("We are watching,", "Ministry of Foreign Affairs spokeswoman"),
        ("No decision yet,", "senior Department of Trade and Industry official"),
    ]


def test_of_between_lower_case_words_still_ends_a_description() -> None:
    text = (
        "“It is over,” the head of the delegation said.\n"
        "“It is not over,” a member of parliament said.\n"
    )
    assert pairs(text) == [("It is over,", "head"), ("It is not over,", "member")]


def test_an_organisation_name_joined_by_and_keeps_its_whole_name() -> None:
    text = (
        "“Monitors saw shelling,” the Organization for Security and Co-operation in Europe said.\n"
        "“Growth will slow,” the Organisation for Economic Co-operation and Development said.\n"
        "“Talks ended,” the Ministry of Trade and Industry said.\n"
    )
    assert pairs(text) == [
        ("Monitors saw shelling,", "Organization for Security and Co-operation in Europe"),
        ("Growth will slow,", "Organisation for Economic Co-operation and Development"),
        ("Talks ended,", "Ministry of Trade and Industry"),
    ]


def test_and_before_another_speaker_or_a_place_ends_an_organisation_name() -> None:
    text = (
        "“The strikes hit depots,” the Ministry of Defence and NATO said.\n"
        "“The line held,” the Ministry of Defence in London said.\n"
        "“The talks went well,” the Ministry of Defence and President Marta Lindqvist said.\n"
    )
    assert pairs(text) == [
        ("The strikes hit depots,", "NATO"),
        ("The line held,", "Ministry of Defence"),
        ("The talks went well,", "Marta Lindqvist"),
    ]


def test_people_named_by_a_given_name_alone_speak() -> None:
    text = (
        "“We had nothing left,” said Olena, 34, a teacher from Kharkiv.\n"
        "Serhiy, a 41-year-old drone operator who asked that his surname not be used, said "
        "the shelling was constant. “We sleep in shifts,” he said.\n"
        "“There is no water,” said Andriy, who declined to give his surname.\n"
        "“Nobody warned us,” Svitlana, 45, told reporters by phone.\n"
        "“It was hell,” recalled Bohdan, 52.\n"
    )
    assert pairs(text) == [
        ("We had nothing left,", "Olena"),
        ("We sleep in shifts,", "Serhiy"),
        ("There is no water,", "Andriy"),
        ("Nobody warned us,", "Svitlana"),
        ("It was hell,", "Bohdan"),
    ]


def test_pronouns_reach_people_named_by_a_given_name() -> None:
    text = (
        "Mykola, 67, stood by the ruins of his house.\n"
        "“I built it with my own hands,” he said.\n"
        "Halyna, a 58-year-old pensioner, and Taras, her neighbour, a retired miner, "
        "hid in the cellar.\n"
        "“We prayed,” she said.\n"
        "“I did not,” he said.\n"
    )
    assert pairs(text) == [
        ("I built it with my own hands,", "Mykola"),
        ("We prayed,", "Halyna"),
        ("I did not,", "Taras"),
    ]


def test_an_adverb_or_a_place_before_an_unnamed_source_is_no_speaker() -> None:
    text = (
        "In Izium, a soldier said: “It is calm for now.”\n"
        "Elsewhere, a 41-year-old resident said: “It was a direct hit.”\n"
        "Kupiansk, a town of 27,000 before the war, is empty. “Nobody stays,” the mayor said.\n"
    )
    assert pairs(text) == [
        ("It is calm for now.", "soldier"),
        ("It was a direct hit.", "41-year-old resident"),
        ("Nobody stays,", "mayor"),
    ]


def test_a_pronoun_once_resolved_tells_the_gender_of_someone_unknown() -> None:
    text = (
        "Kerrin Alvo and Tomas Brenner run the shelter together.\n"
        "“We have no more beds,” she said.\n"
        "“We will find more,” he said.\n"
    )
    assert pairs(text) == [
        ("We have no more beds,", "Kerrin Alvo"),
        ("We will find more,", "Tomas Brenner"),
    ]


def test_a_lone_surname_or_name_next_to_its_cue_speaks() -> None:
    text = (
        "“This is a war crime,” Sybrenko posted on X.\n"
        "Writing on Telegram, Halvorsky said: “Two people were killed.”\n"
        "“Prices will rise,” said Nordgaz.\n"
        "The strike killed “at least 12 people,” according to Marek.\n"
        "Meanwhile Lindqvist said the talks were “useful.”\n"
        "“The front holds,” Rask told reporters.\n"
    )
    assert pairs(text) == [
        ("This is a war crime,", "Sybrenko"),
        ("Two people were killed.", "Halvorsky"),
        ("Prices will rise,", "Nordgaz"),
        ("at least 12 people,", "Marek"),
        ("useful.", "Lindqvist"),
        ("The front holds,", "Rask"),
    ]


def test_plural_nouns_places_and_things_before_a_cue_are_no_lone_speaker() -> None:
    text = (
        "Prosecutors said the attack was “premeditated.”\n"
        "People say the war is “endless.”\n"
        "Everyone said it was “a miracle.”\n"
        "Footage revealed a “huge fireball.”\n"
        "Moscow said the drills were “routine.”\n"
        "“Nothing happened,” Monday said.\n"
        "“Russia lost,” Reuters reported.\n"
        "“The drills were planned,” Storm Command said.\n"
    )
    assert [speaker for _, speaker in pairs(text)] == [None] * 8


def test_according_to_reads_past_a_title_before_the_name() -> None:
    text = (
        "The city was hit by “dozens of drones,” according to Mayor Vitali Karsko.\n"
        "The talks were “over,” according to former defence minister Ada Quill.\n"
        "It was “calm,” according to Reuters, Tomas Brenner said.\n"
        "It was “quiet,” according to Kyiv, Tomas Brenner said.\n"
    )
    # (A place is no source of its own: the quote goes to the cue after it.)
    assert pairs(text) == [
        ("dozens of drones,", "Vitali Karsko"),
        ("over,", "Ada Quill"),
        ("calm,", "Reuters"),
        ("quiet,", "Tomas Brenner"),
    ]

"""The structure stage: blocks, their roles and the header fields.

Every page here is invented for these tests (people, outlets and events alike).
"""

from __future__ import annotations

import functools
import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import natocorpus._lines
from natocorpus import BlockRole, SourceParser, parse
from natocorpus._layout import Layout, analyse_layout, line_spans
from natocorpus._line_cues import (
    _DATE,
    _DATE_LEAD,
    _END,
    _INTERSTITIAL,
    _NAV,
    _ODD_SPACE,
    _RELATED_HEAD,
    Cue,
    _dated_opening,
    _fold,
    _may_be_dated,
    _short_lead,
    byline_name,
    cue_of,
    plain_spaces,
    publisher_name,
    source_name,
)
from natocorpus._lines import _split_lines_slow, continues, split_lines
from natocorpus._roles import Item, body_follows

B = BlockRole


def layout(text: str, parser: SourceParser | None = None) -> Layout:
    return analyse_layout(text, parser or SourceParser())


def line_roles(text: str, parser: SourceParser | None = None) -> list[tuple[str, str]]:
    """(role, line) for every non-blank line, the role of the block holding it."""
    result = layout(text, parser)
    out = []
    for span in line_spans(text):
        roles = {
            b.role.value
            for b in result.blocks
            if b.span.start < span.end and b.span.end > span.start
        }
        assert len(roles) >= 1, span
        out.append(("/".join(sorted(roles)), span.slice(text)))
    return out


def check_page(page: list[tuple[BlockRole | str, str]], sep: str = "\n") -> Layout:
    """Build a page from (role, line) pairs and assert the role of every line."""
    text = sep.join(line for _, line in page)
    expected = [(r.value if isinstance(r, BlockRole) else r, line.strip()) for r, line in page]
    expected = [(r, line) for r, line in expected if line]
    assert line_roles(text) == expected
    return layout(text)


# --- four page layouts, every line's role ----------------------------------------------

WIRE = [
    (B.BOILERPLATE, "Skip to main content"),
    (B.BOILERPLATE, "World News"),
    (B.TITLE, "Allies agree to speed up air defence deliveries to Kyiv"),
    (B.BYLINE, "By Marta Holloway and Peter Quill"),
    (
        B.PARAGRAPH,
        "BRUSSELS (Nordwire) - Defence ministers of the alliance agreed on Thursday to speed "
        "up deliveries of air defence systems, two diplomats said.",
    ),
    (
        B.PARAGRAPH,
        "The ministers, meeting at the alliance headquarters, did not put a figure on the new "
        'package, but one official said it would be "substantial".',
    ),
    (
        B.PARAGRAPH,
        '"We have heard the message from Kyiv," said the Danish minister, Karin Vestergaard, '
        "according to a statement.",
    ),
    # The wire's credit line at the foot: who reported and who edited (a note; the
    # byline is the "By" line under the headline).
    (B.NOTE, "Reporting by Marta Holloway; Editing by Peter Quill"),
    (B.BOILERPLATE, "\u00a9 2025 Nordwire. All rights reserved."),
]


def test_wire_story_with_dateline() -> None:
    result = check_page(WIRE, sep="\n\n")
    assert result.title == "Allies agree to speed up air defence deliveries to Kyiv"
    assert result.byline == "Marta Holloway and Peter Quill"
    assert result.standfirst is None


ADVERTS = [
    (B.BOILERPLATE, "Home > World > Europe"),
    (B.TITLE, "Baltic states boost spending on border defences"),
    (B.STANDFIRST, "Governments in the region say the plans answer a changed security situation."),
    (B.NOTE, "Published: 14 May 2025"),
    (
        B.PARAGRAPH,
        "Three Baltic governments announced on Wednesday that they would raise spending on "
        "fortifications along their eastern borders.",
    ),
    (B.BOILERPLATE, "Advertisement"),
    (
        B.PARAGRAPH,
        "The plans, presented at a joint news conference in Riga, include anti-tank obstacles "
        "and new observation posts.",
    ),
    (B.RELATED, "Read more: How a small border town prepares for winter"),
    (B.PARAGRAPH, "Officials said the first works would start before the end of the year."),
    (B.BOILERPLATE, "Advertisement"),
    (B.HEADING, "What Happens Next"),
    (B.PARAGRAPH, "Parliaments in all three countries still have to approve the budgets."),
    (
        B.PARAGRAPH,
        '"We are not building a wall, we are building a deterrent," said one minister, who '
        "asked not to be named.",
    ),
    (B.BOILERPLATE, "Share this article"),
    (B.BOILERPLATE, "Facebook"),
    (B.BOILERPLATE, "Twitter"),
]


def test_page_with_adverts_and_read_more_lines() -> None:
    result = check_page(ADVERTS, sep="\n\n")
    assert result.standfirst is not None
    assert result.standfirst.startswith("Governments in the region")
    assert result.headings == ("What Happens Next",)


LIVE = [
    (B.BOILERPLATE, "Live"),
    (B.TITLE, "Live: Foreign ministers meet in Oslo as ceasefire talks resume"),
    (B.NOTE, "Updated 12 minutes ago"),
    (B.BOILERPLATE, "Key events"),
    (B.NOTE, "16:45 BST"),
    (B.HEADING, "Ministers pose for the family photo"),
    (
        B.PARAGRAPH,
        "The foreign ministers gathered on the steps of the city hall shortly before the "
        "closing session.",
    ),
    (B.NOTE, "16:20 BST"),
    (B.HEADING, 'Visiting minister says talks were "frank"'),
    (
        B.PARAGRAPH,
        "Speaking to reporters, the minister said the talks had been frank and that a further "
        "round was planned for June.",
    ),
    (B.NOTE, "15:58 BST"),
    (
        B.PARAGRAPH,
        "The morning session ended without a joint statement, according to two officials "
        "present in the room.",
    ),
    (B.BOILERPLATE, "Share"),
]


def test_live_blog_with_timestamps() -> None:
    result = check_page(LIVE)
    assert result.headings == (
        "Ministers pose for the family photo",
        'Visiting minister says talks were "frank"',
    )


TRANSCRIPT = [
    (B.BOILERPLATE, "Transcript"),
    (B.TITLE, "Press conference by the Secretary General after the meeting of foreign ministers"),
    (B.NOTE, "12 March 2025"),
    (B.NOTE, "(As delivered)"),
    (
        B.PARAGRAPH,
        "Moderator: Good afternoon. The Secretary General will make a short statement and then "
        "take questions.",
    ),
    (
        B.PARAGRAPH,
        "Secretary General: Thank you. Today we agreed to step up our support, and to do it "
        "faster.",
    ),
    (B.PARAGRAPH, "Question (Radio Freedonia): Will allies send more air defence this year?"),
    (
        B.PARAGRAPH,
        "Secretary General: Yes. Several allies announced new systems today, and more will follow.",
    ),
    (B.PARAGRAPH, "Question (The Daily Invented): Is the alliance ready to talk to Moscow?"),
    (
        B.PARAGRAPH,
        "Secretary General: We are always ready for dialogue, but dialogue must be based on "
        "strength.",
    ),
    (B.PARAGRAPH, "Moderator: Thank you, that concludes the press conference."),
    (B.BOILERPLATE, "Print"),
    (B.BOILERPLATE, "Email"),
    (B.BOILERPLATE, "Share"),
]


def test_transcript_page_with_header_block() -> None:
    result = check_page(TRANSCRIPT, sep="\n\n")
    assert result.title is not None
    assert result.title.startswith("Press conference")


INTERVIEW = [
    (B.BOILERPLATE, "Skip to main content"),
    (B.CAPTION, "Defence minister Ilse Brandt during the interview"),
    (
        "subtitle/title",
        "\u201cWe will not be the weak link\u201d A conversation with defence minister Ilse Brandt",
    ),
    (B.NOTE, "Source: The Northern Ledger"),
    (B.CAPTION, "Defence minister Ilse Brandt during the interview"),
    (
        B.PARAGRAPH,
        "Few ministers have changed their country's defence policy as quickly as Ilse Brandt, "
        "who took office two years ago.",
    ),
    (B.NOTE, "Please note. This conversation took place before the elections in March."),
    (B.PARAGRAPH, "Did you expect the budget to pass so easily?"),
    (B.PARAGRAPH, "No. We prepared for a long fight, and in the end it was short."),
    (B.CAPTION, "Soldiers on an exercise near the border in February."),
    (B.CREDIT, "Lena Holm / Nordfoto / Pressbild"),
    (B.PARAGRAPH, "What will the money buy first?"),
    (B.PARAGRAPH, "Air defence, and ammunition. Both are needed now."),
    (B.PARAGRAPH, "Is that enough?"),
    (B.PARAGRAPH, "It is a start, and we will do more next year."),
    (B.BOILERPLATE, "Follow our coverage of the region here"),
    (B.BOILERPLATE, "Security in the North Weekly briefings on defence across the region"),
    (B.BOILERPLATE, "Follow our coverage of the region here"),
    (B.BYLINE, "Interview by Tomas Lind, editor of The Northern Ledger"),
]


def test_interview_page_with_captions_credits_and_trailing_teasers() -> None:
    text = "\n\n".join(line for _, line in INTERVIEW[:4])
    text += "\n" + "\n".join(line for _, line in INTERVIEW[4:6])
    text += "\n\n" + "\n\n".join(line for _, line in INTERVIEW[6:9])
    text += "\n\n" + "\n".join(line for _, line in INTERVIEW[9:11])
    text += "\n\n" + "\n\n".join(line for _, line in INTERVIEW[11:])
    expected = [(r.value if isinstance(r, BlockRole) else r, line) for r, line in INTERVIEW]
    assert line_roles(text) == expected
    result = layout(text)
    assert result.title == "\u201cWe will not be the weak link\u201d"
    assert result.subtitle == "A conversation with defence minister Ilse Brandt"
    assert result.outlet == "The Northern Ledger"
    assert result.byline == "Tomas Lind"


ANALYSIS = [
    (B.BOILERPLATE, "Follow us on social"),
    (B.BOILERPLATE, "Ilse Brandt"),
    (B.TITLE, "Northern minister bets on air defence before the winter"),
    (B.STANDFIRST, "In a speech on Friday, Ilse Brandt said the money would be spent 'fast'"),
    (B.BOILERPLATE, "Opinion | World"),
    (
        B.PARAGRAPH,
        "In a speech on Friday, the defence minister Ilse Brandt set out how her government "
        "would spend the extra money it had found.",
    ),
    (B.PARAGRAPH, "She added:"),
    (
        B.PARAGRAPH,
        "\u201cWe will buy what we can get this year, and build what we cannot buy,\u201d she "
        "told the audience.",
    ),
    (B.CAPTION, "Ilse Brandt speaks in the capital (Nordfoto/Lena Holm)"),
    (B.BOILERPLATE, "Opinion | World"),
    (B.BOILERPLATE, "Harbour cranes"),
    (B.BOILERPLATE, "Top image credit: Cranes in an invented harbour. (Nordfoto/Lena Holm)"),
    (B.BOILERPLATE, "Why ports matter for the next war"),
    (
        B.BOILERPLATE,
        "\u201cPorts are the new front line,\u201d an invented admiral said on Monday, adding that "
        "navies had spent 12 billion euros.",
    ),
    (B.BOILERPLATE, "keep readingShow less"),
    (B.BOILERPLATE, "LATEST"),
    (B.BOILERPLATE, "Newsletter"),
    (
        B.BOILERPLATE,
        "Subscribe now to our weekly round-up and never miss an analysis from our writers.",
    ),
]


def test_teasers_after_the_end_of_the_article_are_boilerplate() -> None:
    result = check_page(ANALYSIS, sep="\n\n")
    article = parse("\n\n".join(line for _, line in ANALYSIS))
    assert "Ports are the new front line" not in article.body
    assert "buy what we can get" in article.body
    assert result.standfirst is not None


RELATED = [
    (
        B.PARAGRAPH,
        "Allied ministers agreed on Tuesday to set up a new fund for Ukraine's air defence, "
        "officials said.",
    ),
    (B.PARAGRAPH, "- The fund will be open to partners outside the alliance as well."),
    (B.RELATED, "Related:"),
    (B.RELATED, "- Allies discuss new training mission"),
    (B.RELATED, "- Ministers meet in Brussels ahead of summit"),
]


def test_related_list_and_no_title_on_a_plain_first_paragraph() -> None:
    result = check_page(RELATED)
    assert result.title is None


NOTES = [
    (B.TITLE, "Former Envoy Says Allies Waited Too Long"),
    (B.CAPTION, "The former envoy at a conference (Office of the Envoy/Handout)"),
    (
        B.NOTE,
        "This article was originally published by The Coastal Review and is reprinted with "
        "permission.",
    ),
    (B.PARAGRAPH, "A former envoy says allies waited too long before sending help, in a new book."),
    (B.HEADING, "Early Warnings"),
    (B.PARAGRAPH, "He writes that the first warnings came in the autumn, months before the war."),
    (B.HEADING, "\u2018Too Little, Too Late\u2019"),
    (B.PARAGRAPH, "Critics have long argued the same, he notes."),
    (B.HEADING, "Will The Money Come In Time?"),
    (B.PARAGRAPH, "The answer, he says, depends on the next budget."),
]


def test_notes_captions_and_headings() -> None:
    result = check_page(NOTES, sep="\n\n")
    assert result.original_publisher == "The Coastal Review"
    assert result.headings == (
        "Early Warnings",
        "\u2018Too Little, Too Late\u2019",
        "Will The Money Come In Time?",
    )


# --- blocks and spans ------------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_every_non_blank_line_is_in_exactly_one_block(newline: str) -> None:
    lines = [line for _, line in ADVERTS]
    text = (newline * 2).join(lines) + newline + "   " + newline
    result = layout(text)
    for block in result.blocks:
        assert text[block.span.start : block.span.end] == block.text
    starts = [b.span.start for b in result.blocks]
    assert starts == sorted(starts)
    for line in line_spans(text):
        holders = [b for b in result.blocks if b.span.contains(line)]
        assert len(holders) == 1
    covered = sum(len(b.span) for b in result.blocks)
    assert covered == sum(len(s) for s in line_spans(text))


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_crlf_and_cr_give_the_same_roles(newline: str) -> None:
    text = "\n\n".join(line for _, line in ADVERTS)
    same = text.replace("\n", newline)
    assert [b.role for b in layout(same).blocks] == [b.role for b in layout(text).blocks]


def test_lines_are_stripped_and_blank_lines_noted() -> None:
    lines = split_lines("  One \r\n\r\nTwo\nThree\u00a0 ")
    assert [line.text for line in lines] == ["One", "Two", "Three"]
    assert [line.blank_before for line in lines] == [False, True, False]


def test_sentence_broken_over_two_lines_is_one_block() -> None:
    first = (
        "The ministers agreed to deliver the systems before the winter, but they did not say "
        "how many would go to"
    )
    text = (
        f"{first}\nthe front line. Officials declined to comment.\nA second paragraph follows here."
    )
    result = layout(text)
    assert len(result.blocks) == 2
    assert result.blocks[0].text == f"{first}\nthe front line. Officials declined to comment."
    assert result.blocks[0].role is B.PARAGRAPH


def test_break_after_a_preposition_joins_even_before_a_capital() -> None:
    assert continues(
        "This was partly due to internal divisions and concerns about escalating tensions with",
        "Moscow. The ministers then moved on.",
    )


def test_crlf_joined_block_keeps_its_inner_line_break() -> None:
    first = "Officials from the ministry said that the new systems would be deployed along"
    text = f"{first}\r\nthe eastern border within weeks."
    (block,) = layout(text).blocks
    assert block.text == f"{first}\r\nthe eastern border within weeks."


def test_short_lines_without_punctuation_are_not_joined() -> None:
    assert not continues("A Short Heading", "body text starts here.")
    assert not continues(
        "The minister spoke at length about the plans for the next year and the budget.",
        "he said.",
    )


# --- single-line cues ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "cue"),
    [
        ("Skip to main content", Cue.NAV),
        ("Navigation", Cue.NAV),
        ("\u2022", Cue.NAV),
        ("Follow us on social", Cue.NAV),
        ("LATEST", Cue.NAV),
        ("Advertisement", Cue.INTERSTITIAL),
        ("keep readingShow less", Cue.END),
        ("Join our new Telegram channel and get the news first!", Cue.CTA),
        ("Follow our coverage of the summit here", Cue.CTA),
        ("Analysis | Europe", Cue.SECTION),
        ("Updated 5 minutes ago", Cue.DATE),
        ("09:15 GMT", Cue.DATE),
        ("Monday, 3 March 2025", Cue.DATE),
        ("Related:", Cue.RELATED_HEAD),
        ("Read more: Allies weigh new sanctions", Cue.RELATED_ITEM),
        ("Source: The Example Post", Cue.NOTE),
        ("Please note. The interview was recorded in May.", Cue.NOTE),
        ("Editor's note: names have been changed.", Cue.NOTE),
        ("By Ana Kovac", Cue.BYLINE),
        ("Interview by Ana Kovac, editor of The Example Times", Cue.BYLINE),
        ("Lena Holm / Nordfoto / Pressbild", Cue.CREDIT),
        ("Top image credit: A ship in a harbour.", Cue.CREDIT),
        ("Photo: Lena Holm", Cue.CREDIT),
        ("The minister in Oslo (Nordfoto/Lena Holm)", Cue.CAPTION),
        ("The minister and her deputy during the interview", Cue.CAPTION),
        ("- An item of a list", Cue.BULLET),
        ("Become a member", Cue.CTA),
        ("Note from the editor: this piece was written before the vote.", Cue.NOTE),
        ("Abridged translation by Tom Example", Cue.NOTE),
        ("Photo courtesy of the ministry", Cue.CREDIT),
        ("Image caption, Soldiers at a training ground", Cue.CAPTION),
        ("Home > World > Europe", Cue.SECTION),
        ("Mon 2 Jun 2025 06.00 BST", Cue.DATE),
        ("June 3, 2025 10:12 PM 3 min read", Cue.DATE),
        ("Continue reading", Cue.END),
    ],
)
def test_cue_of_a_line(line: str, cue: Cue) -> None:
    assert cue_of(line) is cue


@pytest.mark.parametrize(
    "line",
    [
        "Ministers met in Brussels on Tuesday.",
        "By the end of March, allies had delivered more than they had promised.",
        "By Monday, allies agreed to the plan.",
        "Images of the damage were shared widely on Tuesday.",
        "Support for Ukraine remains strong among the allies, the poll found.",
        "Follow-up talks are planned for next month, the ministry said.",
        "Join talks, the minister urged his counterparts in a letter.",
        "Follow the money, investigators now say, and you find the same firms again.",
        "The report, originally published in 2019, warned of the risks.",
        "The views expressed by the minister were shared by her colleagues.",
        "Update: Russian forces shelled the city overnight, officials said.",
        "This report was published on Monday and shows a sharp rise in spending.",
        "Courtesy of the new law, soldiers can now rotate home sooner, officials said on Monday.",
    ],
)
def test_body_sentences_have_no_cue(line: str) -> None:
    assert cue_of(line) is None


@functools.cache
def _lines_matching(pattern: str) -> st.SearchStrategy[str]:
    """Lines that *pattern* matches in full, in any case: one strategy per pattern, built
    once (building it parses the pattern, which takes a good part of a second for the date
    patterns; Hypothesis's own cache of strategies may have let it go after other tests)."""
    return st.from_regex(re.compile(pattern, re.IGNORECASE), fullmatch=True)


@pytest.mark.parametrize("pattern", [_END, _INTERSTITIAL, _NAV, _RELATED_HEAD])
@given(data=st.data())
def test_every_furniture_line_passes_the_cheap_opening_test(
    pattern: str, data: st.DataObject
) -> None:
    # The short-line patterns are only tried on lines _short_lead lets through: it must
    # let through every line they match, in any case.
    line = data.draw(_lines_matching(pattern))
    assert _short_lead(line)


@pytest.mark.parametrize("pattern", [_DATE, _DATE_LEAD.pattern])
@settings(max_examples=500)
@given(data=st.data())
def test_every_date_line_passes_the_cheap_date_test(pattern: str, data: st.DataObject) -> None:
    # The date patterns are only tried on lines _may_be_dated lets through (a month named, or
    # the end of a date at the end): it must let through every line they match.
    line = data.draw(_lines_matching(pattern))
    assert _may_be_dated(line)


@pytest.mark.parametrize("pattern", [_DATE, _DATE_LEAD.pattern])
@settings(max_examples=500)
@given(data=st.data())
def test_every_date_line_passes_the_cheap_opening_test(pattern: str, data: st.DataObject) -> None:
    # The date patterns are only tried on lines _dated_opening lets through (a digit, a
    # label, a weekday or a month first): it must let through every line they match.
    line = data.draw(_lines_matching(pattern))
    assert _dated_opening(_fold(line[:40]), line)


@pytest.mark.parametrize(
    ("line", "cue"),
    [
        ("With Rolf Aune, 12 November 2026", Cue.BYLINE),
        ("Presenter Rolf Aune | 12 November 2026", Cue.BYLINE),
        ("Rolf Aune \u2013 12 November 2026", Cue.BYLINE),
        ("Last updated 10:30 pm CET", Cue.DATE),
        ("Yesterday", Cue.DATE),
        ("\u017fat 14 Mar 2026", Cue.DATE),
        ("Harbour cranes idle until 2027", None),
    ],
)
def test_dated_lines_keep_their_cue(line: str, cue: Cue | None) -> None:
    assert cue_of(line) is cue


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("Updated just now and yesterday", True),
        ("Published 2 May 2026, 10:30 GMT", True),
        ("16:45 Allies agree on new air-defence measures", False),
        ("16:20 Power restored in Lviv", False),
        ("Last updated 10:30 pm CET", True),
        ("Ministers met for 3 hours in Brussels", False),
    ],
)
def test_cheap_date_test(line: str, dated: bool) -> None:
    assert _may_be_dated(line) is dated


def test_no_odd_space_is_printable() -> None:
    # plain_spaces returns a printable text as it is, without its regex: right only while
    # no character the odd-space pattern matches is printable.
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    odd = _ODD_SPACE.findall(every)
    assert "\u00a0" in odd
    assert not [c for c in odd if c.isprintable()]
    assert plain_spaces("a\u00a0b\u2009c\td") == "a b c d"


@pytest.mark.parametrize(
    "line",
    [
        "SHARE THIS STORY",
        "\u017fhare",
        "\u0130nstagram",
        "Photo gallery, opens new tab",
        "\u2022\u2022\u2022",
        "\u00a9 2026 The Example Post",
        "12 Comments",
        "4 min read",
    ],
)
def test_cheap_opening_test_folds_case_as_the_patterns_do(line: str) -> None:
    assert _short_lead(line)
    assert cue_of(line) is Cue.NAV


def test_byline_source_and_publisher_names() -> None:
    assert byline_name("By Ana Kovac, Brussels correspondent") == "Ana Kovac"
    assert (
        byline_name("Interview by Ana Kovac, editor-in-chief of The Example Times") == "Ana Kovac"
    )
    assert source_name("Source: The Example Post") == "The Example Post"
    assert (
        publisher_name("This story was originally published by Radio Example and is reprinted.")
        == "Radio Example"
    )


def test_no_break_spaces_do_not_hide_a_note() -> None:
    line = "This article was originally\u00a0published\u00a0by Radio Example and is reprinted."
    assert cue_of(line) is Cue.NOTE
    assert publisher_name(line) == "Radio Example"


# --- context rules ---------------------------------------------------------------------


def test_long_first_sentence_is_not_a_title() -> None:
    text = (
        "Allied ministers on Tuesday agreed to set up a new fund to pay for air defence systems "
        "for Ukraine, officials said.\n\nThe fund will start work next year."
    )
    result = layout(text)
    assert result.title is None
    assert all(b.role is B.PARAGRAPH for b in result.blocks)


def test_very_long_unpunctuated_first_line_is_not_a_title() -> None:
    text = (
        "Allied ministers on Tuesday agreed to set up a new fund to pay for air defence systems "
        "for Ukraine and for the training of its pilots in three countries over the next two "
        "years officials said\n\nThe fund will start work next year."
    )
    assert layout(text).title is None


def test_caption_directly_above_a_credit() -> None:
    text = (
        "Allies Meet In Oslo\n\nMinisters met on Monday to discuss the plan, officials said.\n\n"
        "Two ministers shake hands at the start of the meeting in Oslo.\nLena Holm / Nordfoto\n\n"
        "The meeting ended without a statement, officials said."
    )
    roles = [b.role for b in layout(text).blocks]
    assert roles == [B.TITLE, B.PARAGRAPH, B.CAPTION, B.CREDIT, B.PARAGRAPH]


def test_question_lines_of_a_transcript_are_not_headings() -> None:
    qa = "\n\n".join(
        [
            "An Interview With The Minister",
            "The minister spoke to us in her office on Monday about the new budget plans.",
            "Is the budget enough?",
            "It is a start, and we will do more next year, she said in the end.",
            "Will it pass?",
            "Yes. I am confident that parliament will approve it before the summer.",
            "When will the money arrive?",
            "The first payments are planned for the autumn of this year, she said.",
        ]
    )
    roles = [b.role for b in layout(qa).blocks]
    assert B.HEADING not in roles


def test_nav_cluster_ends_article_but_single_advert_does_not() -> None:
    body = "Ministers met in Oslo on Monday to discuss the plan, officials said."
    text = "\n\n".join([body, "Advertisement", body, "Share", "Facebook", body, "Comments"])
    roles = [b.role for b in layout(text).blocks]
    assert roles == [B.PARAGRAPH, B.BOILERPLATE, B.PARAGRAPH] + [B.BOILERPLATE] * 4


def test_share_bar_above_the_last_paragraph_does_not_end_the_article() -> None:
    body = "Ministers met in Oslo on Monday to discuss the plan, officials said."
    text = "\n\n".join([body, body, "Share", "Facebook", "Advertisement", body])
    roles = [b.role for b in layout(text).blocks]
    assert roles == [B.PARAGRAPH, B.PARAGRAPH] + [B.BOILERPLATE] * 3 + [B.PARAGRAPH]


def test_parser_tables_add_outlet_rules() -> None:
    class Ledger(SourceParser):
        name = "test-ledger"
        boilerplate_patterns = (r"Ledger Plus",)
        end_patterns = (r"From the archive",)
        credit_patterns = (r"Ledger pictures",)
        caption_patterns = (r"Pictured: .+",)

    body = "Ministers met in Oslo on Monday to discuss the plan, officials said."
    text = "\n\n".join(
        [
            body,
            "Ledger Plus",
            "Pictured: the minister",
            "Ledger pictures",
            body,
            "From the archive",
            body,
        ]
    )
    roles = [b.role for b in layout(text, Ledger()).blocks]
    assert roles == [
        B.PARAGRAPH,
        B.BOILERPLATE,
        B.CAPTION,
        B.CREDIT,
        B.PARAGRAPH,
        B.BOILERPLATE,
        B.BOILERPLATE,
    ]
    generic = [b.role for b in layout(text).blocks]
    assert generic[-1] is B.PARAGRAPH  # without the table the article does not end early


def test_article_body_holds_only_content() -> None:
    article = parse("\n\n".join(line for _, line in ADVERTS))
    assert "Advertisement" not in article.body
    assert "Read more" not in article.body
    assert "What Happens Next" in article.body
    assert article.title == "Baltic states boost spending on border defences"


# --- more invented layouts -------------------------------------------------------------

NEWSLETTER_BOX = [
    (B.BOILERPLATE, "Russia-Ukraine War"),
    (B.BOILERPLATE, "Europe"),
    (B.TITLE, "Allies pledge more shells as front line stalls"),
    (B.STANDFIRST, "Defence ministers said production would double by next year."),
    (B.BYLINE, "Jane Roe"),
    (B.BOILERPLATE, "5 min read"),
    (
        B.PARAGRAPH,
        "LONDON \u2014 Allied defence ministers pledged on Monday to double the production of "
        "artillery shells by the end of next year, officials said.",
    ),
    (
        B.PARAGRAPH,
        "The pledge came after months of complaints from commanders about shortages along the "
        "front line, the ministers said in a joint statement.",
    ),
    (B.BOILERPLATE, "Sign up for our daily briefing"),
    (B.BOILERPLATE, "Enter your email address"),
    (B.BOILERPLATE, "Skip past newsletter promotion"),
    (B.BOILERPLATE, "after newsletter promotion"),
    (
        B.PARAGRAPH,
        "Factories in three countries will run extra shifts, according to the plan, which was "
        "seen by this newspaper before it was published.",
    ),
    (B.HEADING, "Why it matters"),
    (
        B.PARAGRAPH,
        "Shortages of ammunition have shaped the war for more than a year, and commanders have "
        "repeatedly warned that they could not hold their lines.",
    ),
    (B.CAPTION, "Image caption, Workers at an invented factory in the north of the country"),
    (B.CREDIT, "Image source, Nordfoto"),
    (
        B.PARAGRAPH,
        "The plan does not say how the extra production will be paid for, and several "
        "governments are still arguing about the budget.",
    ),
    (
        B.PARAGRAPH,
        "Ministers will meet again in June to review progress, a spokesperson for the alliance "
        "told reporters on Monday.",
    ),
    (B.BOILERPLATE, "Most Read"),
    (B.BOILERPLATE, "Allies weigh new sanctions on Moscow"),
    (B.BOILERPLATE, "Minister resigns over procurement row"),
    (B.BOILERPLATE, "More from Europe"),
    (B.BOILERPLATE, "Comments (12)"),
]


def test_newsletter_box_inside_the_article_does_not_end_it() -> None:
    result = check_page(NEWSLETTER_BOX, sep="\n\n")
    assert result.byline == "Jane Roe"
    assert result.headings == ("Why it matters",)


SINGLE_SPACED = [
    (B.BOILERPLATE, "Home | News | World"),
    (B.TITLE, "'We are running out of time,' warns alliance general"),
    (B.NOTE, "Published 4 hours ago"),
    (B.BOILERPLATE, "Share"),
    (B.BOILERPLATE, "Save"),
    (B.BYLINE, "Anna Example"),
    (
        B.PARAGRAPH,
        "A senior general of the alliance has warned that time is running out to build up "
        "defences on the eastern flank.",
    ),
    (
        B.PARAGRAPH,
        "Speaking at a conference in Warsaw, the general said that the next two years would be "
        "decisive.",
    ),
    (B.CREDIT, "Image source, Nordfoto"),
    (B.CAPTION, "Image caption, The general spoke at a conference in Warsaw"),
    (B.PARAGRAPH, '"If we do not act now, we will regret it," he said.'),
    (
        B.PARAGRAPH,
        "He added that member states needed to train more soldiers and buy more ammunition.",
    ),
    (B.NOTE, "Jan Example in Berlin contributed to this report."),
    (B.BOILERPLATE, "Related topics"),
    (B.BOILERPLATE, "Poland"),
    (B.BOILERPLATE, "More on this story"),
    (B.BOILERPLATE, "Poland boosts defence spending to record level"),
    (B.BOILERPLATE, "Published 2 days ago"),
]


def test_single_spaced_page_keeps_a_paragraph_above_a_credit() -> None:
    check_page(SINGLE_SPACED)


OPINION = [
    (B.BOILERPLATE, "Opinion"),
    (B.TITLE, "Is the alliance ready for a long war?"),
    (
        B.STANDFIRST,
        "The answer depends less on factories than on politics, writes a former minister.",
    ),
    (B.BYLINE, "By Karl Example"),
    (B.NOTE, "Mon 2 Jun 2025 06.00 BST"),
    (
        B.PARAGRAPH,
        "When the war began, few in Western capitals expected it to last more than a few months.",
    ),
    (B.PARAGRAPH, "Key points:"),
    (B.PARAGRAPH, "- Ammunition output has doubled since 2023"),
    (B.PARAGRAPH, "- Air defence remains the main shortage"),
    (B.PARAGRAPH, '"We are in a marathon, not a sprint," one official told me last year.'),
    (B.NOTE, "The views expressed in this article are the author's own."),
    (B.BOILERPLATE, "Tags: NATO, Ukraine, Defence"),
    (B.BOILERPLATE, "Share on Facebook"),
]


def test_opinion_page_with_a_question_headline_and_a_list() -> None:
    result = check_page(OPINION, sep="\n\n")
    assert result.title == "Is the alliance ready for a long war?"


def test_a_copy_of_the_headline_is_boilerplate() -> None:
    title = "Allies Agree New Air Defence Plan"
    page = [
        (B.TITLE, title),
        (B.BOILERPLATE, f"Home > News > {title}"),
        (B.BOILERPLATE, title),
        (
            B.PARAGRAPH,
            "Defence ministers agreed a new plan for air defence on Thursday, officials said.",
        ),
        (B.PARAGRAPH, "The plan will be paid for by a common fund, according to a draft."),
    ]
    assert check_page(page).title == title


def test_labelled_q_and_a_stays_paragraphs_for_the_interview_stage() -> None:
    page = [
        (B.BOILERPLATE, "Q&A"),
        ("subtitle/title", '"Our factories run day and night" Interview with an arms maker boss'),
        (B.BYLINE, "Interviewed by Lisa Example"),
        (B.PARAGRAPH, "Q: How much has production grown since the war began?"),
        (B.PARAGRAPH, "A: About four times. We hired more than a thousand people last year."),
        (B.PARAGRAPH, "Q: Is that enough?"),
        (B.PARAGRAPH, "A: No. Demand is still higher than what we can deliver."),
        (B.PARAGRAPH, "Q: What would help most?"),
        (B.PARAGRAPH, "A: Long contracts. Without them, no bank will lend us money."),
    ]
    result = check_page(page)
    assert result.byline == "Lisa Example"
    assert result.subtitle == "Interview with an arms maker boss"


_PIECES = [
    "Skip to main content",
    "Allies Agree New Plan",
    "Ministers met in Oslo on Monday to discuss the plan, officials said.",
    "the talks went on late into the night with",
    "Lena Holm / Nordfoto",
    "Advertisement",
    "\u2022",
    "   ",
    "",
    "Related:",
    "- An item",
    "\u201cA quoted headline\u201d A conversation with a minister",
]


@given(
    st.lists(st.sampled_from(_PIECES), max_size=25),
    st.lists(st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n"]), min_size=1, max_size=25),
)
def test_blocks_cover_every_non_blank_line_exactly_once(
    pieces: list[str], breaks: list[str]
) -> None:
    text = "".join(p + breaks[i % len(breaks)] for i, p in enumerate(pieces))
    result = layout(text)
    position = 0
    for block in result.blocks:
        assert block.text == text[block.span.start : block.span.end]
        assert block.span.start >= position
        position = block.span.end
    for line in line_spans(text):
        holders = [b for b in result.blocks if b.span.start < line.end and b.span.end > line.start]
        assert holders
        # A line is either inside one block, or split into blocks (headline and subtitle).
        assert len(holders) == 1 or all(line.contains(b.span) for b in holders)
        for offset in range(line.start, line.end):
            if not text[offset].isspace():
                assert sum(1 for b in holders if b.span.start <= offset < b.span.end) == 1


def test_share_line_under_every_live_blog_entry_does_not_end_the_blog() -> None:
    page = [
        (B.TITLE, "Live: Leaders arrive for alliance summit"),
        (B.NOTE, "16:45 BST"),
        (B.HEADING, "Leaders pose for the family photo"),
        (
            B.PARAGRAPH,
            "The leaders gathered on the steps shortly before the closing session began.",
        ),
        (B.BOILERPLATE, "Share"),
        (B.NOTE, "15:58 BST"),
        (B.PARAGRAPH, "The morning session ended without a joint statement, two officials said."),
        (B.BOILERPLATE, "Share"),
    ]
    check_page(page)


TOP_CREDIT_TEASER = [
    (B.TITLE, "Alliance chief: Europe must build more weapons at home"),
    (
        B.PARAGRAPH,
        "In a speech on Thursday, the head of the alliance said Europe must build more of its "
        "own weapons.",
    ),
    (B.PARAGRAPH, "He also said that the alliance would not be drawn into the war."),
    (B.CAPTION, "The minister in Berlin (Nordfoto/Lena Holm)"),
    (B.BOILERPLATE, "Europe"),
    (B.BOILERPLATE, "Minister visits arms factory"),
    (B.BOILERPLATE, "Top photo credit: The minister at an invented factory (Nordfoto/Lena Holm)"),
    (B.BOILERPLATE, "Why Europe's arms industry is struggling to keep up"),
    (B.BOILERPLATE, "Industry"),
    (B.BOILERPLATE, '"We need ten-year contracts," one executive said. "We cannot invest."'),
    (B.BOILERPLATE, "Read more"),
]


def test_top_image_credit_after_the_body_starts_a_teaser() -> None:
    check_page(TOP_CREDIT_TEASER, sep="\n\n")
    article = parse("\n\n".join(line for _, line in TOP_CREDIT_TEASER))
    assert "ten-year contracts" not in article.body


def test_repeated_photo_line_above_the_headline_is_a_caption_not_the_title() -> None:
    photo = "The defence minister in her office in 2024"
    page = [
        (B.BOILERPLATE, "Skip to main content"),
        (B.CAPTION, photo),
        (B.TITLE, "Minister says the army will double in size by 2030"),
        (B.NOTE, "Abridged translation by Tom Example"),
        (B.CAPTION, photo),
        (
            B.PARAGRAPH,
            "The defence minister said on Monday that the army would double in size by 2030.",
        ),
    ]
    assert check_page(page, sep="\n\n").title == page[2][1]


def test_a_source_line_under_a_chart_is_not_the_outlet() -> None:
    text = "\n\n".join(
        [
            "Allies Spend More On Defence",
            "Spending by member states rose again last year, according to new figures.",
            "Source: Invented Institute for Security Studies",
            "The rise was largest in the east of the alliance, the figures show.",
        ]
    )
    result = layout(text)
    assert [b.role for b in result.blocks] == [B.TITLE, B.PARAGRAPH, B.NOTE, B.PARAGRAPH]
    assert result.outlet is None


def test_share_bar_above_and_below_the_article_still_ends_it() -> None:
    body = "Ministers met in Oslo on Monday to discuss the plan, officials said."
    teaser = '"Ports are the new front line," an invented admiral said on Monday, in a speech.'
    text = "\n\n".join(
        [
            *("Allies Meet In Oslo", "Share", "Facebook", body, body),
            *("Share", "Facebook", teaser, "Continue reading"),
        ]
    )
    roles = [b.role for b in layout(text).blocks]
    head = [B.TITLE, B.BOILERPLATE, B.BOILERPLATE, B.PARAGRAPH, B.PARAGRAPH]
    assert roles == head + [B.BOILERPLATE] * 4


@given(st.text(alphabet="ab .\t\r\n\u00a0", max_size=60))
def test_fast_line_split_agrees_with_the_general_one(text: str) -> None:
    # The fast path (str.splitlines) must see the same lines as the regex path.
    assert split_lines(text) == _split_lines_slow(text)


@given(st.text(alphabet="ab .\t\r\n\u00a0", max_size=60), st.integers(1, 8))
def test_line_split_in_small_chunks_agrees_with_the_general_one(text: str, chunk: int) -> None:
    # The fast path reads a long text a chunk at a time; no chunk boundary may change a line
    # (a \r\n or a run of blank lines cut in two). Tiny chunks put boundaries everywhere.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(natocorpus._lines, "_CHUNK", chunk)
        assert split_lines(text) == _split_lines_slow(text)


def test_other_line_separators_stay_inside_a_line() -> None:
    text = "First part\u2028same line\nNext line"
    assert [line.text for line in split_lines(text)] == ["First part\u2028same line", "Next line"]


def test_a_repeated_line_gets_the_same_role_each_time() -> None:
    page = "\n".join(["Share", "Allied Leaders Agree Plan", "Share", "Body text goes on here."])
    roles = [b.role for b in analyse_layout(page, SourceParser()).blocks if b.text == "Share"]
    assert roles == [BlockRole.BOILERPLATE, BlockRole.BOILERPLATE]


# --- news-page conventions: credit lines, methodology, bios, document labels --------------


@pytest.mark.parametrize(
    "line",
    [
        "(Reporting by Ilse Marven in Tallinn and Rob Tarr in Riga; Editing by Dana Wolk)",
        "(Additional reporting by Sam Oduya; Writing by Ilse Marven)",
        "Reporting by Ilse Marven; Editing by Dana Wolk",
        "Methodology: The tracker counts pledges made by governments between March and June.",
        "About the data: Figures are converted to euros at the average rate for the month.",
        "The author is a lecturer in security studies at an Example university.",
        "Transcript | Tallinn | 4 June 2026",
        "Live updates | Last updated 09:15 GMT",
        "Press release | 12.06.2026",
    ],
)
def test_credit_method_and_document_lines_are_notes(line: str) -> None:
    assert cue_of(line) is Cue.NOTE


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Ilse Marven",  # a byline, not a credit list
        "Analysis | Europe",  # a section label
        "Live | World",
        "The author of the plan, a retired general, says it can work.",
        "Transcript of the minister's remarks was not released.",
    ],
)
def test_lines_like_notes_that_are_not(line: str) -> None:
    assert cue_of(line) is not Cue.NOTE


BIO_TOP = [
    (B.TITLE, "Why the alliance should invest in its railways first"),
    (B.BYLINE, "By Nora Lindqvist"),
    (
        B.NOTE,
        "Nora Lindqvist is a research fellow at the Example Institute for Defence Logistics.",
    ),
    (
        B.PARAGRAPH,
        "Every army marches on its supply lines, and in the east of the continent those lines "
        "still run on two different track widths.",
    ),
    (
        B.PARAGRAPH,
        "Karl Otten is a former transport minister who now chairs a committee on the issue, "
        "and he agrees that the work is overdue.",
    ),
    (
        B.PARAGRAPH,
        "Until the gauges match, every tank that crosses the border has to be lifted from one "
        "train onto another.",
    ),
]


def test_author_bio_under_the_byline_is_a_note() -> None:
    result = check_page(BIO_TOP, sep="\n\n")
    assert result.byline == "Nora Lindqvist"


BIO_END = [
    (B.TITLE, "Drones change how small armies think about defence"),
    (
        B.PARAGRAPH,
        "Cheap drones have given small countries a way to watch long borders without large "
        "garrisons, officials in the region say.",
    ),
    (
        B.PARAGRAPH,
        "The question is whether the same machines can also be made at home, in numbers, "
        "and fast enough to matter.",
    ),
    (
        B.NOTE,
        "Piet Maasland is a former diplomat and a columnist for the Example Post.",
    ),
]


def test_author_bio_closing_the_article_is_a_note() -> None:
    check_page(BIO_END, sep="\n\n")


LIVE_ENTRIES = [
    (B.TITLE, "Defence ministers meet in Oslo: live coverage of the summit"),
    (B.NOTE, "Live updates | Last updated 17:05 CET"),
    (B.HEADING, "Key facts"),
    (B.PARAGRAPH, "- Ministers meet for the second day in Oslo"),
    (B.PARAGRAPH, "- A new fund for mine clearance is on the agenda"),
    (B.HEADING, "17:05 Norway pledges mine-clearing boats"),
    (
        B.PARAGRAPH,
        "Norway will give four mine-clearing boats to the coalition, its minister told "
        "reporters at the venue.",
    ),
    (B.BOILERPLATE, "Advertisement"),
    (B.HEADING, "16:40 Talks run late"),
    (
        B.PARAGRAPH,
        "The afternoon session has overrun by more than an hour, according to two delegates "
        "waiting outside the hall.",
    ),
    (B.HEADING, "4.15pm A word from our correspondent"),
    (B.PARAGRAPH, "Our reporter in the press room, Ada Finch, writes:"),
    (
        B.PARAGRAPH,
        "The mood is calm but nobody expects a final text before tomorrow morning, and several "
        "delegations have already booked extra nights.",
    ),
]


def test_live_blog_entries_led_by_times_and_key_facts_are_headings() -> None:
    result = check_page(LIVE_ENTRIES, sep="\n\n")
    assert result.headings[:2] == ("Key facts", "17:05 Norway pledges mine-clearing boats")
    assert result.standfirst is None


QA_INTRO = [
    (B.TITLE, '"We will not run out of shells this year"'),
    (B.STANDFIRST, "The head of a national arms agency on factories, money and patience"),
    (B.BYLINE, "Interview by Lea Brandt"),
    (
        B.STANDFIRST,
        "Mira Castell has run the agency for two years. We met her at her office in the "
        "capital a week after a new contract was signed.",
    ),
    (B.PARAGRAPH, "How many shells will your factories make this year?"),
    (B.PARAGRAPH, "More than last year, and more than we promised, but I will not give a number."),
    (B.PARAGRAPH, "Is money still the problem?"),
    (B.PARAGRAPH, "Money is there now. Time is the problem, and people who can do the work."),
    (B.PARAGRAPH, "What would help most?"),
    (B.PARAGRAPH, "Orders that last ten years instead of one, so that we can plan."),
]


def test_interview_introduction_is_a_standfirst() -> None:
    check_page(QA_INTRO, sep="\n\n")


# --- second held-out round: consent banners, short headings, footnotes, tags, dates ------

COOKIE_BANNER = [
    (
        B.BOILERPLATE,
        "We use cookies to improve your experience on our site, to personalise content and "
        "ads and to analyse our traffic.",
    ),
    (B.BOILERPLATE, "Accept all"),
    (B.BOILERPLATE, "Manage preferences"),
    (B.BOILERPLATE, "Reject all"),
    (B.BOILERPLATE, "Cookie settings"),
    (B.BOILERPLATE, "Privacy policy"),
    (B.BOILERPLATE, "Northline TV"),
    (B.BOILERPLATE, "World | Europe | Defence | Opinion"),
    (B.TITLE, "Drone makers crowd into a trade fair as orders from Kyiv grow"),
    (
        B.STANDFIRST,
        "Small firms from across the north showed prototypes built in months, not years",
    ),
    (B.NOTE, "Published 14 March 2026"),
    (
        B.PARAGRAPH,
        "More than two hundred companies took part in the fair, twice as many as last year, "
        "the organisers said on Friday.",
    ),
    (
        B.PARAGRAPH,
        '"Everyone here is building something that flies," said Tove Ramberg, who runs a '
        "start-up near the coast.",
    ),
    (B.BOILERPLATE, "Explore more on these topics"),
    (B.BOILERPLATE, "Drones"),
    (B.BOILERPLATE, "Defence industry"),
    (B.BOILERPLATE, "Ukraine"),
]


def test_cookie_banner_and_section_bar_above_the_headline_are_boilerplate() -> None:
    result = check_page(COOKIE_BANNER, sep="\n\n")
    assert result.title == "Drone makers crowd into a trade fair as orders from Kyiv grow"
    assert result.standfirst is not None
    assert result.standfirst.startswith("Small firms")


@pytest.mark.parametrize(
    "line",
    [
        "We use cookies to improve your experience. By clicking Accept all, you agree to "
        "the storing of cookies on your device.",
        "This site uses cookies. You can change your cookie settings at any time.",
        "We and our partners use cookies and similar technologies to store and access "
        "information on your device.",
        "Accept all cookies",
        "Reject all",
        "Manage preferences",
        "Manage cookies",
        "Allow all",
        "Necessary cookies only",
        "I accept",
        "Got it",
    ],
)
def test_consent_banner_lines_are_furniture(line: str) -> None:
    assert cue_of(line) is Cue.INTERSTITIAL or cue_of(line) is Cue.NAV


@pytest.mark.parametrize(
    "line",
    [
        "The cookies sold at the base canteen were baked by soldiers' families.",
        "Ministers accept all of the panel's recommendations, a spokesman said.",
    ],
)
def test_sentences_about_cookies_or_accepting_are_not_furniture(line: str) -> None:
    assert cue_of(line) is None


SHORT_HEADINGS = [
    (B.BOILERPLATE, "Home \u203a World \u203a Europe"),
    (B.TITLE, "Allies struggle to keep pace with the demand for shells"),
    (B.NOTE, "Updated 3 hours ago"),
    (
        B.PARAGRAPH,
        "Factories across the continent are running extra shifts, but the gap between what "
        "is promised and what arrives has barely narrowed.",
    ),
    (
        B.PARAGRAPH,
        "Officials say the problem is no longer money but machines, people and explosives.",
    ),
    (B.HEADING, "Ammunition"),
    (
        B.PARAGRAPH,
        "One plant in the south now makes three times as many shells as it did two years ago.",
    ),
    (B.PARAGRAPH, "It will not be enough."),
    (B.HEADING, "Background"),
    (B.PARAGRAPH, "The shortage began long before the war.[1]"),
    (
        B.PARAGRAPH,
        "For decades governments ordered small batches and let production lines close, "
        "according to a study by an Example institute.[2]",
    ),
    (B.BOILERPLATE, "Topics: Defence industry, Ukraine, Europe"),
    (B.NOTE, "[1] Figures from the national audit office, 2025."),
    (B.NOTE, "[2] Example Institute, \u201cThe long road to more shells\u201d, June 2025."),
]


def test_one_word_headings_footnotes_and_tag_lines() -> None:
    result = check_page(SHORT_HEADINGS, sep="\n\n")
    assert result.headings == ("Ammunition", "Background")


SHORT_LINES_NOT_HEADINGS = [
    (B.TITLE, "Navy sends a second frigate to the Baltic"),
    (
        B.PARAGRAPH,
        "The frigate left port on Tuesday morning and is expected to join the patrol group "
        "by the end of the week.",
    ),
    (B.CREDIT, "Photo: Example Navy / Handout"),
    (
        B.PARAGRAPH,
        "Its crew of about one hundred and forty sailors trained for the mission over the "
        "winter months, the navy said.",
    ),
    (B.BYLINE, "By Ola Nordby"),
    (
        B.PARAGRAPH,
        "A third ship could follow in the spring if the alliance asks for one, the minister "
        "told reporters.",
    ),
]


def test_credits_and_bylines_between_paragraphs_are_not_headings() -> None:
    check_page(SHORT_LINES_NOT_HEADINGS, sep="\n\n")


@pytest.mark.parametrize(
    "line",
    [
        "Published 14 March 2026",
        "Updated 3 hours ago",
        "14 March 2026 10:32 GMT",
        "Published: 14 March 2026, 10:32",
        "Last updated on 2 May 2026",
    ],
)
def test_a_date_line_in_the_header_is_a_note(line: str) -> None:
    page = "\n\n".join(
        [
            "Coastal guard gets new patrol boats",
            line,
            "The coast guard received four new patrol boats on Monday, the ministry said.",
            "They will patrol the approaches to the main harbour from next month.",
        ]
    )
    roles = {b.text: b.role for b in layout(page).blocks}
    assert roles[line] is B.NOTE


RADIO = [
    (B.BOILERPLATE, "Listen live"),
    (B.BOILERPLATE, "The Evening Hour"),
    (B.TITLE, "Minister: we will keep the grain corridor open"),
    (
        B.STANDFIRST,
        "The deputy foreign minister spoke to the programme about shipping, drones and the "
        "winter ahead.",
    ),
    (B.BYLINE, "Presenter: Rolf Aune | 12 November 2026"),
    (B.PARAGRAPH, "AUNE: Minister, thank you for joining us. Is the corridor safe?"),
    (
        B.PARAGRAPH,
        "MINISTER: It is safer than it was a year ago, and we intend to keep it that way.",
    ),
]


def test_a_programme_name_above_the_headline_is_not_the_title() -> None:
    result = check_page(RADIO, sep="\n\n")
    assert result.title == "Minister: we will keep the grain corridor open"


@pytest.mark.parametrize(
    "line",
    [
        "Explore more on these topics: Drones; Defence industry; Norway",
        "More on this story: Drones, Norway",
        "Topics: Drones, Defence industry, Norway, Ukraine, Trade fairs, Start-ups, Oslo, "
        "Exports, Air defence",
        "Home | World | Europe | UK | Business | Defence | Opinion | Sport",
        "We value your privacy",
        "Your privacy choices",
        "Cookies on this site",
    ],
)
def test_tag_lines_section_bars_and_banner_heads_are_furniture(line: str) -> None:
    assert cue_of(line) in (Cue.NAV, Cue.END, Cue.SECTION, Cue.INTERSTITIAL)


@pytest.mark.parametrize(
    "label",
    ["Drivetime with Eva Lund", "The Morning Brief", "Defence Weekly Podcast", "Nightly News"],
)
def test_a_programme_or_newsletter_name_above_a_short_headline(label: str) -> None:
    page = "\n\n".join(
        [
            label,
            "Minister defends grain deal",
            "The trade minister answered questions from listeners about the new agreement.",
            "Presented by Ola Berg, 12 November 2026",
            "BERG: Minister, welcome to the programme. Is the deal a good one for farmers?",
        ]
    )
    result = layout(page)
    assert result.title == "Minister defends grain deal"
    assert result.blocks[0].role is B.BOILERPLATE
    assert result.byline == "Ola Berg"


@pytest.mark.parametrize(
    ("line", "cue"),
    [
        ("Published 14 March 2026, last updated 15 March 2026", Cue.DATE),
        ("Published 14 March 2026 | Updated 3 hours ago", Cue.DATE),
        ("14.03.2026", Cue.DATE),
        ("Published 14 March 2026 10:32 GMT+1", Cue.DATE),
        ("Notes", Cue.NOTE),
        ("About the author", Cue.NOTE),
        ("*The author thanks two colleagues for their comments on a draft.", Cue.NOTE),
        ("\u00b9 Figures from the national audit office.", Cue.NOTE),
        ("[3] Interview with the author, May 2026.", Cue.NOTE),
        ("* A bulleted item of a list", Cue.BULLET),
        ("14.03 Allies agree on a new fund", None),
    ],
)
def test_date_and_note_lines(line: str, cue: Cue | None) -> None:
    assert cue_of(line) is cue


def test_a_footnote_marker_does_not_hide_the_end_of_a_sentence() -> None:
    from natocorpus._line_cues import ends_sentence

    assert ends_sentence("The shortage began long before the war.[1]")
    assert ends_sentence("The shortage began long before the war.\u00b2")
    assert not ends_sentence("See the table [1]")


HEADINGS_BY_SHORT_LINES = [
    (B.TITLE, "Why the alliance cannot build shells fast enough"),
    (
        B.PARAGRAPH,
        "Every government wants more shells, and every factory says it needs more time, more "
        "workers and longer contracts.",
    ),
    (B.PARAGRAPH, "Nobody disputes that."),
    (B.HEADING, "Where the money goes"),
    (
        B.PARAGRAPH,
        "Most of the new money has gone to a handful of large firms that already had lines "
        "running before the war.",
    ),
    (B.CAPTION, "Workers at a shell plant in the north"),
    (B.CREDIT, "Photo: Example Agency"),
    (B.HEADING, "Explosives"),
    (
        B.PARAGRAPH,
        "The real bottleneck is explosives, which only a few plants on the continent can make "
        "in large amounts.",
    ),
]


def test_short_headings_under_short_paragraphs_and_photo_credits() -> None:
    result = check_page(HEADINGS_BY_SHORT_LINES, sep="\n\n")
    assert result.headings == ("Where the money goes", "Explosives")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Rolf Aune | 12 November 2026", "Rolf Aune"),
        ("With Rolf Aune, 12 November 2026", "Rolf Aune"),
        ("Presenter Rolf Aune, 12 November 2026", "Rolf Aune"),
        ("Hosted by Rolf Aune \u00b7 12 November 2026", "Rolf Aune"),
    ],
)
def test_a_presenter_and_date_line_is_a_byline(line: str, name: str) -> None:
    assert cue_of(line) is Cue.BYLINE
    assert byline_name(line) == name


@pytest.mark.parametrize(
    "line", ["NATO Summit | 12 November 2026", "Allied Leaders Meet - 12 November 2026"]
)
def test_a_label_and_date_line_is_no_byline(line: str) -> None:
    assert cue_of(line) is not Cue.BYLINE


@pytest.mark.parametrize(
    "line", ["Broadcast 12 November 2026", "First broadcast: Thursday 12 November 2026"]
)
def test_a_broadcast_date_is_a_date_line(line: str) -> None:
    assert cue_of(line) is Cue.DATE


TV_PAGE = [
    (B.BOILERPLATE, "Cookies"),
    (
        B.BOILERPLATE,
        "We and our partners use cookies to understand how you use our site and to show you "
        "relevant ads.",
    ),
    (B.BOILERPLATE, "Learn more"),
    (B.BOILERPLATE, "Accept all"),
    (B.BOILERPLATE, "Save my choices"),
    (B.BOILERPLATE, "Fjordvision News"),
    (B.BOILERPLATE, "News | World | Defence | Business | Culture | Sport | Weather"),
    (B.TITLE, "Ferry operators train crews to spot drones over the strait"),
    (B.STANDFIRST, "Sightings near the shipping lanes have doubled since the spring."),
    (B.BYLINE, "By Ingrid Solheim"),
    (B.NOTE, "Updated: 12 November 2026, 08:15 CET"),
    (B.BOILERPLATE, "Share on Facebook"),
    (B.BOILERPLATE, "Copy link"),
    (
        B.PARAGRAPH,
        "Crews on the busiest ferry routes will get a two-day course on how to recognise and "
        "report drones, the operators announced on Wednesday.",
    ),
    (B.CAPTION, "A ferry leaves the harbour at dawn"),
    (B.CREDIT, "Photo: Fjordvision"),
    (
        B.PARAGRAPH,
        '"We want every sighting logged with a time and a position," said Per Vik, the '
        "safety director of one operator.",
    ),
    (B.HEADING, "Training"),
    (
        B.PARAGRAPH,
        "The first courses start next month, and the coast guard has promised to send "
        "instructors to every port.",
    ),
    (B.BOILERPLATE, "Most read"),
    (B.BOILERPLATE, "Storm closes mountain pass for a second day"),
    (B.BOILERPLATE, "Published 2 hours ago"),
    (B.BOILERPLATE, "Local football club wins the cup after extra time"),
]


def test_tv_page_with_a_consent_banner_and_a_section_bar() -> None:
    result = check_page(TV_PAGE, sep="\n\n")
    assert result.title == "Ferry operators train crews to spot drones over the strait"
    assert result.byline == "Ingrid Solheim"
    assert result.headings == ("Training",)


TAGS_ABOVE_BIO = [
    (B.TITLE, "Why small drones matter more than big ones"),
    (
        B.PARAGRAPH,
        "Cheap drones built in small workshops now do much of the watching along the front, "
        "and armies have had to change how they train.",
    ),
    (
        B.PARAGRAPH,
        "The change came faster than most planners expected, and budgets have not caught up "
        "with it yet.",
    ),
    (B.BOILERPLATE, "Topics"),
    (B.BOILERPLATE, "Drones"),
    (B.BOILERPLATE, "Defence budgets"),
    (
        B.NOTE,
        "Mara Lindholm is a research fellow at the Example Centre for Security Studies.",
    ),
]


def test_tags_under_a_topics_line_above_an_author_bio_are_boilerplate() -> None:
    check_page(TAGS_ABOVE_BIO, sep="\n\n")


def _body_follows_by_scan(items: list[Item], start: int) -> bool:
    # What body_follows computes for every start, read forward from one start.
    run = 0
    body = furniture = False
    for it in items[start:]:
        if it.cue in (Cue.NAV, Cue.CTA, Cue.SECTION, Cue.END, Cue.RELATED_HEAD):
            run = 0
            furniture = furniture or body
        elif it.plain and it.words >= 8 and it.ends:
            body = True
            run += it.words >= 12
            if run >= 3:
                return True
    return body and not furniture


@given(
    st.lists(
        st.tuples(
            st.sampled_from([None, None, None, Cue.NAV, Cue.END, Cue.CREDIT, Cue.CAPTION]),
            st.sampled_from([3, 9, 15]),
            st.booleans(),
        ),
        max_size=30,
    )
)
def test_body_follows_agrees_with_reading_on_from_each_start(
    blocks: list[tuple[Cue | None, int, bool]],
) -> None:
    items = [Item(0, 1, "x", False, cue, False, words, 0, ends) for cue, words, ends in blocks]
    follows = body_follows(items)
    assert len(follows) == len(items) + 1
    for start in range(len(items) + 1):
        assert bool(follows[start]) is _body_follows_by_scan(items, start)


def test_layout_of_furniture_over_many_short_paragraphs_is_linear() -> None:
    # Each navigation line once read the rest of the page to see whether the article goes on.
    lines = [
        "Allies Agree New Plan",
        *[f"The ministers met again in Brussels, round {i}." for i in range(3)],
    ]
    lines += ["Share", "Facebook"] * 3000
    lines += [f"Ministers met in Brussels on day {i} to talk." for i in range(6000)]
    start = time.process_time()
    result = layout("\n".join(lines))
    assert time.process_time() - start < 5.0  # reading on from each line took minutes
    assert result.blocks[-1].role is B.PARAGRAPH


# --- page furniture in common house styles (probed on invented pages) --------------------


@pytest.mark.parametrize(
    ("line", "cue"),
    [
        # A caption whose credit follows its last sentence, as wire photos carry it.
        ("Soldiers fire a howitzer near Toretsk on Monday. REUTERS/Ana Kovac", Cue.CAPTION),
        ("A man walks past a ruined school in Izium. Ana Kovac/AFP via Getty Images", Cue.CAPTION),
        ("The minister in Kyiv on Thursday. Tom Lind/dpa/picture alliance", Cue.CAPTION),
        ("The minister in Kyiv on Thursday. \u00a9 Tom Lind/dpa", Cue.CAPTION),
        ("Ministers meet in Riga last week. Photograph: Tom Lind/EPA", Cue.CAPTION),
        ("Rescuers search the rubble in Dnipro. Photo by Ana Kovac/Nordwire.", Cue.CAPTION),
        ("Smoke rises over the air base on Monday.Credit...Via Telegram", Cue.CAPTION),
        ("Credit...Ana Kovac for The Example Times", Cue.CREDIT),
        # Picture furniture and the buttons around it.
        ("Image", Cue.NAV),
        ("Video", Cue.NAV),
        ("Hide caption", Cue.NAV),
        ("Toggle caption", Cue.NAV),
        ("View image in fullscreen", Cue.NAV),
        ("Enlarge this image", Cue.NAV),
        ("Show comments", Cue.NAV),
        ("Live", Cue.NAV),
        ("Skip to main contentSkip to navigation", Cue.NAV),
        ("Skip to main content Skip to footer", Cue.NAV),
        ("Advertisement - Scroll to continue", Cue.INTERSTITIAL),
        ("Advertisement | Story continues below", Cue.INTERSTITIAL),
        (
            "Copyright 2025 Nordwire. All rights reserved. This material may not be "
            "published, broadcast, rewritten or redistributed.",
            Cue.NAV,
        ),
        # Bylines with a colon; a date and time divided by a slash.
        ("By: Ana Kovac", Cue.BYLINE),
        ("Edited by: Tom Lind", Cue.BYLINE),
        ("Posted: Nov 4, 2025 / 03:45 PM EST", Cue.DATE),
        # Notes: contributors, corrections, print editions.
        ("Tom Lind contributed reporting.", Cue.NOTE),
        ("Tom Lind contributed reporting from Kharkiv.", Cue.NOTE),
        ("Correction, April 3: An earlier version of this article misstated a figure.", Cue.NOTE),
        ("Correction (3 April 2026): The brigade was misnamed.", Cue.NOTE),
        ("An earlier version of this story misstated the number of launchers.", Cue.NOTE),
        ("A version of this article appears in print on May 2, 2026, on Page A9.", Cue.NOTE),
        ("EDITOR\u2019S NOTE \u2014 This story is part of a series on the war.", Cue.NOTE),
    ],
)
def test_house_style_furniture_lines(line: str, cue: Cue) -> None:
    assert cue_of(line) is cue


@pytest.mark.parametrize(
    "line",
    [
        # Body sentences that only resemble those lines.
        "The deal was signed by the U.S. Army/NATO.",
        'The talks, he said, were "productive". Kyiv/Moscow relations remain tense',
        "He said the split was 50/50.",
        "Corrections, he said, would follow: the ministry promised them.",
        "Note, however, that the ministry denied it.",
        "Live coverage of the summit resumes on Tuesday.",
        "Video shows the strike on the depot.",
        "Images of the damage were shared widely.",
        "The brigade contributed reporting lines to the new command.",
    ],
)
def test_body_lines_like_house_style_furniture_get_no_cue(line: str) -> None:
    assert cue_of(line) is None


# A magazine page: the standfirst ends with a full stop and a lead picture's credit sits
# between it and the date and byline.
MAGAZINE = [
    (B.BOILERPLATE, "Newsletters"),
    (B.BOILERPLATE, "Podcasts"),
    (B.TITLE, "Baltic shipyards cannot keep pace with the navy's orders, audit finds"),
    (B.STANDFIRST, "The yards promised six patrol boats by spring. They delivered two."),
    (B.CREDIT, "Photo-illustration by Nordwire staff/Getty Images"),
    (B.NOTE, "March 4, 2026 4:01 am CET"),
    (B.BYLINE, "By Ilse Marten"),
    (
        B.PARAGRAPH,
        "RIGA \u2014 The Baltic yards fell far short of their promise to deliver patrol boats, "
        "according to a report by the state auditor published on Tuesday.",
    ),
    (B.PARAGRAPH, "Only two of the six boats had been handed over by the deadline, it found."),
]

# A wire page: the headline stands over the agency's name and the date (not a caption
# over a photo credit).
AGENCY_HEADER = [
    (B.BOILERPLATE, "Home | World | Europe"),
    (B.TITLE, "Estonia hails 'historic' defence pact with Finland"),
    (B.CREDIT, "AFP"),
    (B.NOTE, "Published on 16/02/2026 - 14:20"),
    (
        B.PARAGRAPH,
        "Tallinn (AFP) \u2013 Estonia's prime minister on Friday hailed a defence agreement "
        "signed with Finland as historic, as the two neighbours pledged to pool air defences.",
    ),
    (B.PARAGRAPH, '"This is a historic step," the prime minister told reporters.'),
]

# A broadcaster's page: the author's outlet under the bare name, the credit printed over
# the caption, an author box at the foot.
BROADCASTER = [
    (B.BOILERPLATE, "Skip to content"),
    (B.TITLE, "Finland to fence most of its eastern border within three years"),
    (B.NOTE, "8 hours ago"),
    (B.BOILERPLATE, "Share"),
    (B.BYLINE, "Paula Kivi"),
    (B.BYLINE, "Nordic Radio News"),
    (B.CREDIT, "Getty Images"),
    (B.CAPTION, "Border guards patrol the frontier near Imatra"),
    (
        B.PARAGRAPH,
        "Finland plans to complete a barrier along most of its eastern border within three "
        "years, the interior minister has said.",
    ),
    (B.PARAGRAPH, "The fence, up to four metres high, will cover the busiest crossings."),
    (B.PARAGRAPH, "The decision follows a surge in crossings last winter, officials said."),
    (B.BYLINE, "Paula Kivi"),
    (B.BYLINE, "Nordic Correspondent"),
    (B.NOTE, "Paula Kivi is a correspondent for Nordic Radio News based in Helsinki."),
]

# A newsletter promotion inside the article, from its call to action to its closing line.
PROMOTION = [
    (B.TITLE, "Allies split over membership timetable ahead of the summit"),
    (
        B.PARAGRAPH,
        "Allies remain deeply divided over how to describe Kyiv's path to membership, with "
        "six weeks to go before the summit, diplomats have said.",
    ),
    (B.PARAGRAPH, "Eastern members want the summit's statement to set a clear timetable."),
    (B.BOILERPLATE, "Sign up to The Northern Desk"),
    (B.BOILERPLATE, "Free weekly newsletter"),
    (B.BOILERPLATE, "The stories and debates that matter to the north of Europe"),
    (
        B.BOILERPLATE,
        "Privacy Notice: Newsletters may contain information about charities and online ads.",
    ),
    (B.BOILERPLATE, "after newsletter promotion"),
    (
        B.PARAGRAPH,
        "The secretary general has sought to bridge the gap with a package of long-term "
        "commitments short of an invitation, officials said.",
    ),
    (B.PARAGRAPH, "Several eastern members say that is not enough and will press for more."),
]

# A live blog whose entry headlines name a speaker before a colon.
LIVE_COLON = [
    (B.TITLE, "Ukraine war live: leaders gather in Paris for emergency talks"),
    (B.NOTE, "16:45"),
    (B.HEADING, "Macron: Europe must spend more on defence"),
    (
        B.PARAGRAPH,
        "The French president says European nations must be ready to spend far more on their "
        "own defence after the talks in Paris.",
    ),
    (B.NOTE, "15:20"),
    (B.HEADING, "Kyiv postpones Riyadh visit"),
    (B.PARAGRAPH, "The Ukrainian president has postponed a planned trip, his office says."),
]


@pytest.mark.parametrize("page", [MAGAZINE, AGENCY_HEADER, BROADCASTER, PROMOTION, LIVE_COLON])
def test_house_style_pages(page: list[tuple[BlockRole | str, str]]) -> None:
    check_page(page)


def test_house_style_header_fields() -> None:
    assert check_page(MAGAZINE).standfirst == MAGAZINE[3][1]
    assert check_page(AGENCY_HEADER).title == AGENCY_HEADER[1][1]
    broadcaster = check_page(BROADCASTER)
    assert broadcaster.byline == "Paula Kivi"
    assert broadcaster.headings == ()
    assert check_page(LIVE_COLON).headings == (
        "Macron: Europe must spend more on defence",
        "Kyiv postpones Riyadh visit",
    )


def test_name_and_outlet_under_the_headline_is_the_byline() -> None:
    page = [
        (B.TITLE, "Estonia orders more rocket launchers from its allies"),
        (B.BYLINE, "Ilse Marten | Nordwire"),
        (
            B.PARAGRAPH,
            "Estonia has ordered six more rocket launchers, the defence ministry said on "
            "Tuesday, in a deal worth about 200 million euros.",
        ),
    ]
    assert check_page(page).byline == "Ilse Marten"


def test_house_style_rules_leave_the_body_alone() -> None:
    # A first paragraph right under the headline, over a picture and then the body: not a
    # standfirst (the header does not go on under the picture).
    check_page(
        [
            (B.TITLE, "Allies Meet In Oslo"),
            (B.PARAGRAPH, "Ministers met on Monday to discuss the plan, officials said."),
            (B.CAPTION, "Two ministers shake hands at the start of the meeting in Oslo"),
            (B.CREDIT, "Photo: Lena Holm"),
            (B.PARAGRAPH, "The meeting ended without a statement, officials said."),
        ]
    )
    # A line under a credit with no byline or date above is not taken for its caption.
    check_page(
        [
            (B.TITLE, "Ferry Strike Ends After Talks"),
            (B.CAPTION, "The ferry terminal at dawn"),
            (B.CREDIT, "Getty Images"),
            (B.PARAGRAPH, "Dockers go back to work"),
            (
                B.PARAGRAPH,
                "The strike that halted ferries for a week ended on Monday after the union and "
                "the operators agreed on pay, both sides said.",
            ),
        ]
    )
    # A short line in the body that only shares a word with the author's name, and a
    # section bar under the headline whose first part is no name, keep their roles.
    check_page(
        [
            (B.TITLE, "Allies agree to speed up air defence deliveries"),
            (B.BYLINE, "By Ilse Marten"),
            (
                B.PARAGRAPH,
                "Defence ministers agreed on Thursday to speed up deliveries of air defence "
                "systems, two diplomats said.",
            ),
            (B.HEADING, "Marten Bay Talks"),
            (
                B.PARAGRAPH,
                "The next round of talks will be held at Marten Bay in March, the ministers "
                "said in a statement.",
            ),
        ]
    )
    # Outside a newsletter box, "after newsletter promotion" alone touches nothing above.
    check_page(
        [
            (B.TITLE, "Allies split over membership timetable ahead of the summit"),
            (
                B.PARAGRAPH,
                "Allies remain deeply divided over how to describe Kyiv's path to membership, "
                "diplomats have said.",
            ),
            (B.PARAGRAPH, "Free weekly talks are planned"),
            (B.BOILERPLATE, "after newsletter promotion"),
            (
                B.PARAGRAPH,
                "The secretary general has sought to bridge the gap with a package of "
                "long-term commitments, officials said.",
            ),
        ]
    )


# --- round 2: body prose that only ends like a note, credit or heading ---------------------

_REAL_LENGTH_LEAD = (
    "Defence ministers of the three Baltic states agreed on Tuesday to buy medium-range air "
    "defence systems together, officials said, in a deal that could be worth more than a "
    "billion euros over the next five years."
)


@pytest.mark.parametrize(
    "line",
    [
        # A body paragraph whose last sentence is a note: its first sentence is news.
        "Jaak Sepp, who has led the ministry since 2022, spoke to the Harbour Courier at his "
        "office in Parnu on Monday. The interview has been edited for length and clarity.",
        "The minister said the plan would be costed by June and put to parliament before the "
        "summer recess. Tove Rask contributed reporting.",
        "The minister said the plan would be costed by June and put to parliament before the "
        "summer recess. Reprinted with permission from the Harbour Courier.",
        "Several journalists contributed to the report, which was published by a Kyiv weekly "
        "on Monday and quickly shared by officials.",
        # A post or a story that "originally appeared" somewhere is news.
        "The post, which originally appeared on the minister's Telegram channel, was later "
        "deleted without explanation.",
        "The story originally appeared in a pro-Kremlin daily and was widely shared online by "
        "state media accounts.",
        # The author or writer a story is about.
        "The author was detained in Moscow in 2023 and sentenced to seven years in a penal "
        "colony for spreading what prosecutors called false information.",
        "The writers were among dozens of cultural figures who signed an open letter against "
        "the war last spring.",
    ],
)
def test_body_prose_ending_like_a_note_is_no_note(line: str) -> None:
    assert cue_of(line) is not Cue.NOTE
    page = [
        (B.TITLE, "Baltic states agree joint air defence tender"),
        (B.PARAGRAPH, _REAL_LENGTH_LEAD),
        (B.PARAGRAPH, line),
        (B.PARAGRAPH, "Officials in Riga said a joint tender could open in the spring."),
    ]
    check_page(page, "\n\n")


@pytest.mark.parametrize(
    "line",
    [
        "The interview has been edited for length and clarity.",
        "This interview was conducted in Estonian and has been edited for clarity.",
        "Tove Rask in Riga and Jonas Berg in Vilnius contributed to this report.",
        "Tove Rask in Washington, D.C., contributed reporting.",
        # Note sentences in a row: the note is the block's beginning.
        "Tove Rask contributed reporting from Riga. Additional reporting by Jonas Berg.",
        "This article originally appeared in the Harbour Courier. It is republished here.",
        "The author is a senior fellow at an Example institute in Tallinn.",
        "The author was ambassador to the alliance from 2015 to 2019.",
    ],
)
def test_note_sentences_opening_a_block_stay_notes(line: str) -> None:
    assert cue_of(line) is Cue.NOTE


@pytest.mark.parametrize(
    "line",
    [
        "Images by Orbital Eye showed at least four craters near the runway, the ministry said.",
        "Photos by residents posted online showed smoke rising over the port late on Sunday.",
        "The strike hit the airfield on Monday. Images by Orbital Eye showed four craters.",
    ],
)
def test_sentences_about_pictures_are_no_credits(line: str) -> None:
    assert cue_of(line) not in (Cue.CREDIT, Cue.CAPTION)


@pytest.mark.parametrize(
    ("line", "cue"),
    [
        ("Photo by Tove Rask/Nordwire", Cue.CREDIT),
        ("Photographs by Tove Rask, courtesy of the regional press service", Cue.CREDIT),
        ("Photo by the author", Cue.CREDIT),
        ("Soldiers rest near the front line, photo by Tove Rask", Cue.CAPTION),
    ],
)
def test_credits_naming_who_took_a_picture(line: str, cue: Cue) -> None:
    assert cue_of(line) is cue


def test_a_line_with_a_sentence_end_inside_is_no_heading() -> None:
    long_one = (
        "The three governments said the joint purchase would cut costs and speed up "
        "deliveries to all three states."
    )
    check_page(
        [
            (B.TITLE, "Baltic states agree joint air defence tender"),
            (B.PARAGRAPH, _REAL_LENGTH_LEAD),
            (B.PARAGRAPH, long_one),
            (B.PARAGRAPH, "Officials welcomed the plan. Ratings remain stable"),
            (B.PARAGRAPH, long_one),
            (B.PARAGRAPH, "Talks in Brussels. What comes next?"),
            (B.PARAGRAPH, long_one),
            # Initials and abbreviations are no sentence end.
            (B.HEADING, "U.S. pledges more support"),
            (B.PARAGRAPH, long_one),
        ],
        "\n\n",
    )


@pytest.mark.parametrize("label", ["Updated", "Published:", "Last updated", "First published"])
def test_a_date_label_alone_is_a_date(label: str) -> None:
    assert cue_of(label) is Cue.DATE
    check_page(
        [
            (B.TITLE, "Baltic states agree joint air defence tender"),
            (B.BYLINE, "By Mari Tamsalu, Defence Correspondent"),
            (B.NOTE, label),
            (B.NOTE, "14 March 2026, 10:32 GMT"),
            (B.PARAGRAPH, _REAL_LENGTH_LEAD),
        ]
    )


@pytest.mark.parametrize("line", ["4m ago", "Updated 2h ago", "3 hrs ago"])
def test_short_relative_times_are_dates(line: str) -> None:
    assert cue_of(line) is Cue.DATE


@pytest.mark.parametrize("line", ["Updated plan", "Published works of the author"])
def test_a_date_label_with_words_is_no_date(line: str) -> None:
    assert cue_of(line) is not Cue.DATE


def test_a_label_over_unbulleted_short_items_is_a_heading() -> None:
    check_page(
        [
            (B.TITLE, "Baltic states agree joint air defence tender"),
            (B.PARAGRAPH, _REAL_LENGTH_LEAD),
            (B.HEADING, "Key points"),
            (B.PARAGRAPH, "The tender opens in May"),
            (B.PARAGRAPH, "Deliveries are due from 2027"),
            (B.PARAGRAPH, "Poland may join at a later stage"),
            (
                B.PARAGRAPH,
                "The three governments said the joint purchase would cut costs and speed up "
                "deliveries to all three states.",
            ),
        ]
    )
    # Two short lines are no list (a label over a second page's headline and dek).
    check_page(
        [
            (B.TITLE, "Baltic states agree joint air defence tender"),
            (B.PARAGRAPH, _REAL_LENGTH_LEAD),
            (B.PARAGRAPH, "Opinion"),
            (B.PARAGRAPH, "Why the alliance needs more trains"),
            (B.PARAGRAPH, "Summits matter less than the rail gauge at the border"),
            (B.BYLINE, "By Mari Tamsalu"),
            (
                B.PARAGRAPH,
                "The three governments said the joint purchase would cut costs and speed up "
                "deliveries to all three states.",
            ),
        ]
    )


@pytest.mark.parametrize(
    "line",
    [
        "If you value our independent reporting on the war, please consider becoming a "
        "member today.",
        "Support our journalism. Donate now and help us keep reporting from the front line.",
        "We rely on our readers. Become a supporter from just 2 euros a month.",
    ],
)
def test_pleas_for_support_are_boilerplate(line: str) -> None:
    check_page(
        [
            (B.TITLE, "Baltic states agree joint air defence tender"),
            (B.PARAGRAPH, _REAL_LENGTH_LEAD),
            (B.PARAGRAPH, "Officials in Riga said a joint tender could open in the spring."),
            (B.BOILERPLATE, line),
            # The plea never ends the article.
            (
                B.PARAGRAPH,
                "The three governments said the joint purchase would cut costs and speed up "
                "deliveries to all three states.",
            ),
        ],
        "\n\n",
    )


@pytest.mark.parametrize(
    "line",
    [
        "European allies would support US efforts to broker a ceasefire, the minister said.",
        "Sweden hopes to become a member by the summer, officials said on Tuesday.",
        "Officials urged residents to consider donating blood at the city hospital.",
        '"Please donate now," the mayor told residents of the city on Sunday.',
        "Our partners must support us with more air defence, the president said.",
        "Germany will support our reconstruction work in the city, the mayor told us.",
    ],
)
def test_news_about_support_is_no_plea(line: str) -> None:
    assert cue_of(line) is None


def test_short_bios_that_say_what_the_author_covers_are_notes() -> None:
    page = [
        (B.TITLE, "Baltic states agree joint air defence tender"),
        (B.BYLINE, "By Mari Tamsalu"),
        (B.PARAGRAPH, _REAL_LENGTH_LEAD),
        (B.PARAGRAPH, "Officials in Riga said a joint tender could open in the spring."),
        (B.BOILERPLATE, "Support our journalism. Donate now and help us keep reporting."),
        (B.NOTE, "Tamsalu covers defence and security for the Harbour Courier."),
    ]
    check_page(page, "\n\n")
    # Without a byline: a full name closing the article.
    check_page(
        [
            page[0],
            page[2],
            (B.NOTE, "Mari Tamsalu reports on the Baltic states for the Harbour Courier."),
        ],
        "\n\n",
    )
    # A one-word subject that is no author closing the article is news.
    check_page(
        [
            page[0],
            page[2],
            (B.PARAGRAPH, "Germany covers half of the cost for the Ukrainian Air Force."),
        ],
        "\n\n",
    )


def test_outlet_and_place_under_the_byline() -> None:
    check_page(
        [
            (B.TITLE, "Inside the drone workshops of the south"),
            (B.NOTE, "Published"),
            (B.NOTE, "2 hours ago"),
            (B.BOILERPLATE, "Share"),
            (B.CREDIT, "Image source, Example Images"),
            (B.CAPTION, "Image caption, Volunteers assemble drones in a basement workshop"),
            (B.BYLINE, "By Eva Lindgren"),
            (B.BYLINE, "Nordic Radio News, Zaporizhzhia"),
            (
                B.PARAGRAPH,
                "In a basement under a shuttered supermarket, a dozen volunteers are soldering "
                "circuit boards for drones.",
            ),
        ]
    )


@pytest.mark.parametrize(
    "dateline",
    ["KYIV, Ukraine (AP) \u2014 ", "WASHINGTON, March 3 (Nordwire) - ", "RIGA (Nordwire) - "],
)
def test_a_dateline_paragraph_over_the_date_is_no_standfirst(dateline: str) -> None:
    check_page(
        [
            (B.TITLE, "Allies pledge new air defence for Ukraine"),
            (B.PARAGRAPH, dateline + _REAL_LENGTH_LEAD),
            (B.NOTE, "Published 3 March 2026"),
            (B.PARAGRAPH, "Officials in Riga said a joint tender could open in the spring."),
        ]
    )


def test_an_interview_intro_under_the_date_is_its_standfirst() -> None:
    check_page(
        [
            (B.TITLE, "Sweden's army chief: 'We must be ready within five years'"),
            (B.BYLINE, "By Lars Ekholm, Defence Editor"),
            (B.NOTE, "12 May 2026"),
            (
                B.STANDFIRST,
                "General Karin Holmqvist took command of the army last autumn. She spoke to "
                "the Harbour Courier about conscription and the lessons of Ukraine.",
            ),
            (B.PARAGRAPH, "How ready is the army today?"),
            (B.PARAGRAPH, "More ready than two years ago, but not as ready as we need to be."),
            (B.PARAGRAPH, "What worries you most?"),
            (B.PARAGRAPH, "Time. We have perhaps five years to rebuild what took thirty."),
            (B.PARAGRAPH, "Will the island be reinforced?"),
            (B.PARAGRAPH, "Yes. A full brigade will be based there by 2028."),
        ]
    )

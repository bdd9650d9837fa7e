"""Interviews: transcripts split into turns, and reported interviews.

Every page below is invented for these tests (people, outlets and events).
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import natocorpus
from natocorpus import BlockRole, InterviewFormat, TurnRole


def _page(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


def _transcript(article: natocorpus.Article) -> natocorpus.Interview:
    found = [i for i in article.interviews if i.format is InterviewFormat.TRANSCRIPT]
    assert len(found) == 1, article.interviews
    return found[0]


def _reports(article: natocorpus.Article) -> list[natocorpus.Interview]:
    return [i for i in article.interviews if i.format is InterviewFormat.REPORT]


def _role_of(article: natocorpus.Article, needle: str) -> BlockRole:
    for block in article.blocks:
        if needle in block.text:
            return block.role
    raise AssertionError(f"no block holds {needle!r}")


# ------------------------------------------------------------------ transcripts

QA_PAGE = _page(
    "Defence chief says the northern flank needs more ships",
    "An interview with Admiral Sofia Marquez, commander of the Northern Fleet",
    "Q: How many ships does the fleet have today?",
    "A: We have twelve frigates, and two more will join us next spring.",
    "Q: Is that enough?",
    "A: No. We need at least twenty to patrol the whole coast.",
    "It will take years, and I have said so to the ministry.",
    "Q: What about the budget?",
    "A: The budget grows by five percent a year, which is a good start.",
)


def test_q_a_labels_give_question_and_answer_turns() -> None:
    article = natocorpus.parse(QA_PAGE)
    interview = _transcript(article)
    roles = [t.role for t in interview.turns]
    assert roles == [
        TurnRole.QUESTION,
        TurnRole.ANSWER,
        TurnRole.QUESTION,
        TurnRole.ANSWER,
        TurnRole.ANSWER,
        TurnRole.QUESTION,
        TurnRole.ANSWER,
    ]
    assert interview.interviewee == "Sofia Marquez"
    assert interview.turns[1].speaker == "Sofia Marquez"
    # The unlabelled paragraph continues the answer before it.
    assert interview.turns[4].text.startswith("It will take years")
    assert interview.turns[0].label == "Q"
    assert interview.turns[0].text == "Q: How many ships does the fleet have today?"
    assert interview.turns[0].words == "How many ships does the fleet have today?"


def test_turn_spans_cover_their_paragraph_and_blocks_are_relabelled() -> None:
    article = natocorpus.parse(QA_PAGE)
    interview = _transcript(article)
    for turn in interview.turns:
        assert turn.span.slice(article.text) == turn.text
        assert turn.text.endswith(turn.words)
        assert turn.label is None or turn.text.startswith(turn.label)
    assert _role_of(article, "Q: Is that enough?") is BlockRole.QUESTION
    assert _role_of(article, "It will take years") is BlockRole.ANSWER
    assert _role_of(article, "Defence chief says") is not BlockRole.QUESTION


def test_pairs_group_answers_under_their_question() -> None:
    interview = _transcript(natocorpus.parse(QA_PAGE))
    pairs = list(interview.pairs())
    assert [q.words for q, _ in pairs] == [
        "How many ships does the fleet have today?",
        "Is that enough?",
        "What about the budget?",
    ]
    assert [len(answers) for _, answers in pairs] == [1, 2, 1]
    assert all(a.role is TurnRole.ANSWER for _, answers in pairs for a in answers)


NAMED_PAGE = _page(
    "Minister Dahl: 'The border will stay open'",
    "Marta Olsen (Baltic Herald): Minister, thank you for your time. Why did you visit "
    "the border crossing this week?",
    "Henrik Dahl (Minister of Defence): Because I wanted to see the new radar station "
    "with my own eyes. Our engineers built it in four months.",
    "Olsen: Some critics say it was too expensive.",
    "Dahl: I disagree. We paid less than the original estimate.",
    "And we will build two more next year.",
    "Olsen: Will the crossing close if tensions rise?",
    "Dahl: No. The border will stay open for trade and for families.",
)


def test_name_labels_with_outlet_and_shortened_labels() -> None:
    article = natocorpus.parse(NAMED_PAGE)
    interview = _transcript(article)
    assert interview.interviewee == "Henrik Dahl"
    assert interview.interviewer == "Marta Olsen"
    assert interview.outlet == "Baltic Herald"
    speakers = [(t.role, t.speaker) for t in interview.turns]
    assert speakers[0] == (TurnRole.QUESTION, "Marta Olsen")
    assert speakers[1] == (TurnRole.ANSWER, "Henrik Dahl")
    # "Olsen:" and "Dahl:" are the same people, labels shortened after first use;
    # a statement put to the interviewee is a question turn.
    assert speakers[2] == (TurnRole.QUESTION, "Marta Olsen")
    assert speakers[3] == (TurnRole.ANSWER, "Henrik Dahl")
    assert speakers[4] == (TurnRole.ANSWER, "Henrik Dahl")
    assert len(list(interview.pairs())) == 3


BRIEFING_PAGE = _page(
    "Remarks to the press on the coastal defence agreement",
    "(As delivered)",
    "MODERATOR: Good afternoon, everyone. The Secretary will take a few questions.",
    "QUESTION: Mr. Secretary, when will the first troops arrive?",
    "SECRETARY VANCE: The first units arrive in May. (Laughter.) I know, I said April last time.",
    "(Laughter.)",
    "QUESTION: And how many will stay over the winter?",
    "SECRETARY VANCE: About four hundred. We will review that number in the autumn.",
    "MODERATOR: Last question, please.",
    "QUESTION: Do you expect any objections from the parliament?",
    "SECRETARY VANCE: I expect a debate, and that is healthy. (inaudible) We welcome it.",
)


def test_caps_labels_moderator_and_stage_directions() -> None:
    article = natocorpus.parse(BRIEFING_PAGE)
    interview = _transcript(article)
    roles = [t.role for t in interview.turns]
    assert TurnRole.MODERATOR in roles
    notes = [t for t in interview.turns if t.role is TurnRole.NOTE]
    assert [t.text for t in notes][-1] == "(Laughter.)"
    assert all(t.role is not TurnRole.QUESTION for t in notes)
    answers = [t for t in interview.turns if t.role is TurnRole.ANSWER]
    assert len(answers) == 3
    assert {t.speaker for t in answers} == {"Vance"}
    assert [q.words[:6] for q, _ in interview.pairs()] == ["Mr. Se", "And ho", "Do you"]
    assert _role_of(article, "(As delivered)") is BlockRole.NOTE


ROLE_LABEL_PAGE = _page(
    "Interview with NATO Deputy Secretary General Petra Lindqvist",
    "Interviewer: What is the main message of the summit?",
    "NATO Deputy Secretary General: That we stand together. Allies agreed on a new plan "
    "for the eastern flank.",
    "Interviewer: Does the plan include new troops?",
    "NATO Deputy Secretary General: Yes, four new battalions.",
    "Interviewer: When will they deploy?",
    "NATO Deputy Secretary General: Within the next twelve months.",
)


def test_role_as_label_maps_to_the_interviewee_in_the_header() -> None:
    interview = _transcript(natocorpus.parse(ROLE_LABEL_PAGE))
    assert interview.interviewee == "Petra Lindqvist"
    answers = [t for t in interview.turns if t.role is TurnRole.ANSWER]
    assert len(answers) == 3
    assert {t.speaker for t in answers} == {"Petra Lindqvist"}
    assert all(t.role is TurnRole.QUESTION for t in interview.turns if t.label == "Interviewer")


DASH_PAGE = _page(
    "'We are ready for a long winter': a conversation with the mayor of Eastport",
    "Mayor Irina Kovalenko spoke to our correspondent about heating, shelters and schools.",
    "\u2013 How is the city preparing for the winter?",
    "\u2013 We have repaired two power plants and bought forty generators. Every school now has "
    "a shelter.",
    "\u2013 Are people leaving the city?",
    "\u2013 Fewer than last year. Most families have decided to stay, and I understand them.",
    "We keep the buses running so that people can reach their work.",
    "\u2013 What do you need most from your partners?",
    "\u2013 Transformers and cables. We cannot produce them here.",
)


def test_dash_led_turns_alternate_and_continue() -> None:
    article = natocorpus.parse(DASH_PAGE)
    interview = _transcript(article)
    roles = [t.role for t in interview.turns]
    assert roles == [
        TurnRole.QUESTION,
        TurnRole.ANSWER,
        TurnRole.QUESTION,
        TurnRole.ANSWER,
        TurnRole.ANSWER,
        TurnRole.QUESTION,
        TurnRole.ANSWER,
    ]
    assert interview.interviewee == "Irina Kovalenko"


UNLABELLED_PAGE = _page(
    "'Nobody in our region wants this war' An interview with Foreign Minister Lena Varga",
    "Source: Danube Weekly",
    "Foreign Minister Lena Varga during the interview",
    "For two years, the small republic on the river has tried to stay out of the conflict "
    "next door. Its foreign minister, Lena Varga, has travelled to every capital in the region "
    "to argue for talks. We met her in her office a day after she returned from the latest "
    "round of negotiations.",
    "Do you still believe that talks can end the war?",
    "I do. Every war ends at a table, and our job is to make that day come sooner. We have "
    "offered our capital as a venue, and both sides have sent delegations.",
    "Your critics say that talks only reward the aggressor.",
    "That is not true. Talks are not a gift to anyone. We are not asking anyone to give up "
    "territory, we are asking them to stop the shelling first.",
    "Lena Varga and her deputy at the border crossing in March.\nPhoto: Anna Kis / Danube Weekly",
    "And we have seen that the shelling stops when people talk, even for a few days.",
    "How much aid has your country sent to its neighbours?",
    "We have sent medicine, generators and two field hospitals. I am proud of our doctors.",
    "Will you join the alliance?",
    "That is for our parliament and our people to decide, not for me in an interview.",
    "Interview by Tomas Brandt, editor of Danube Weekly",
)


def test_unlabelled_alternation_with_captions_between() -> None:
    article = natocorpus.parse(UNLABELLED_PAGE)
    interview = _transcript(article)
    roles = [t.role for t in interview.turns]
    assert roles == [
        TurnRole.QUESTION,
        TurnRole.ANSWER,
        TurnRole.QUESTION,
        TurnRole.ANSWER,
        TurnRole.ANSWER,
        TurnRole.QUESTION,
        TurnRole.ANSWER,
        TurnRole.QUESTION,
        TurnRole.ANSWER,
    ]
    assert interview.interviewee == "Lena Varga"
    assert interview.interviewer == "Tomas Brandt"
    assert interview.outlet == "Danube Weekly"
    texts = " ".join(t.text for t in interview.turns)
    assert "during the interview" not in texts
    assert "at the border crossing in March" not in texts
    assert _role_of(article, "For two years") is BlockRole.STANDFIRST
    assert _role_of(article, "Your critics say") is BlockRole.QUESTION


def test_unlabelled_caption_lines_are_not_relabelled() -> None:
    article = natocorpus.parse(UNLABELLED_PAGE)
    turn_roles = {BlockRole.QUESTION, BlockRole.ANSWER}
    assert _role_of(article, "during the interview") not in turn_roles
    assert _role_of(article, "Photo: Anna Kis") not in turn_roles


def test_bare_q_style_without_colon() -> None:
    page = _page(
        "Press gaggle aboard the presidential aircraft",
        "THE PRESIDENT: Good morning. I will take a couple of questions.",
        "Q  Mr. President, will you meet the prime minister this week?",
        "THE PRESIDENT: We are working on it. I hope so.",
        "Q  And the trade deal?",
        "THE PRESIDENT: We are close. Very close.",
    )
    interview = _transcript(natocorpus.parse(page))
    assert [t.role for t in interview.turns][1:] == [
        TurnRole.QUESTION,
        TurnRole.ANSWER,
        TurnRole.QUESTION,
        TurnRole.ANSWER,
    ]


# ------------------------------------------------------------------ not transcripts

NEWS_PAGE = _page(
    "Allies agree on new air defence fund",
    "Defence ministers agreed on Thursday to set up a joint fund for air defence systems, "
    "officials said.",
    "What does the fund mean for Ukraine?",
    "The fund will buy launchers and missiles from European producers, according to a draft "
    "seen by reporters. Deliveries could start next year.",
    "Minister Paulo Reis said the decision was overdue. \u201cWhy did we wait so long?\u201d "
    "he asked reporters in Lisbon.",
    "The next meeting is planned for October.",
)


def test_article_with_a_question_heading_is_not_a_transcript() -> None:
    article = natocorpus.parse(NEWS_PAGE)
    assert article.interviews == ()
    assert not {b.role for b in article.blocks} & {BlockRole.QUESTION, BlockRole.ANSWER}


def test_bullets_and_colon_lines_are_not_a_transcript() -> None:
    page = _page(
        "Summit agrees on three priorities",
        "Source: Northern Wire",
        "Leaders agreed on three priorities:",
        "- more money for air defence",
        "- faster deliveries of ammunition",
        "- a new training mission",
        "Note: figures are provisional.",
        "Related: Ministers meet in Oslo",
        "Update: the final text was published on Friday.",
    )
    assert natocorpus.parse(page).interviews == ()


def test_rhetorical_questions_in_an_opinion_piece_are_not_a_transcript() -> None:
    page = _page(
        "Europe must decide",
        "Can Europe defend itself? The question is older than the alliance.",
        "For decades the answer was simple: the United States would do it.",
        "Will that still be true in ten years? Nobody can say.",
        "Governments have raised their budgets, but slowly.",
        "Is slowly good enough? History suggests it is not.",
        "The next summit is a chance to move faster.",
    )
    assert natocorpus.parse(page).interviews == ()


# ------------------------------------------------------------------ reported interviews


def _one_report(text: str) -> natocorpus.Interview:
    reports = _reports(natocorpus.parse(text))
    assert len(reports) == 1, reports
    return reports[0]


def test_report_in_an_interview_with_outlet_on_a_weekday() -> None:
    report = _one_report(
        _page(
            "In an interview with the Nordic Courier on Tuesday, Defence Minister Ada Holm "
            "said the navy would buy four submarines.",
            "Holm added that the contract would be signed in the spring.",
        )
    )
    assert report.interviewee == "Ada Holm"
    assert report.outlet == "Nordic Courier"
    assert report.date_text == "Tuesday"
    assert report.date is None
    assert report.interviewer is None


@pytest.mark.parametrize("title", ["Gen.", "Mr.", "Dr.", "Lt. Col."])
@pytest.mark.parametrize("outlet", ["Nordic Courier", "Example Times"])
def test_report_sentence_does_not_end_at_an_abbreviated_title(title: str, outlet: str) -> None:
    report = _one_report(
        _page(
            f"In an interview with the {outlet} published on Tuesday, {title} Ada Holm "
            "said the navy would buy four submarines.",
        )
    )
    assert (report.interviewee, report.outlet) == ("Ada Holm", outlet)


def test_report_told_outlet_in_an_interview_with_full_date() -> None:
    text = _page(
        "Foreign Minister Ivo Kask wants a new pipeline inspection regime.",
        "Kask told Radio Baltica in an interview published on March 3, 2024 that "
        "inspections had been too rare.",
    )
    report = _one_report(text)
    assert report.interviewee == "Ivo Kask"
    assert report.outlet == "Radio Baltica"
    assert report.date_text == "March 3, 2024"
    assert report.date == "2024-03-03"
    assert report.span.slice(text).startswith("Kask told Radio Baltica")


@pytest.mark.parametrize(
    "whom",
    [
        "the Fjord Post\u2019s Siri Dahl",
        "Siri Dahl of the Fjord Post",
        "Siri Dahl from the Fjord Post",
        "Siri Dahl, a reporter for the Fjord Post,",
        "Fjord Post reporter Siri Dahl",
        "the Fjord Post correspondent Siri Dahl",
    ],
)
def test_report_told_a_journalist_of_an_outlet_in_an_interview(whom: str) -> None:
    report = _one_report(
        _page(f"Admiral Nils Moe told {whom} in an interview on Monday that the fleet was ready.")
    )
    assert (report.interviewee, report.interviewer, report.outlet, report.date_text) == (
        "Nils Moe",
        "Siri Dahl",
        "Fjord Post",
        "Monday",
    )


@pytest.mark.parametrize(
    "lead", ["Speaking to", "Talking to", "In comments to", "Admiral Nils Moe told"]
)
def test_report_speaking_to_a_journalist_of_an_outlet(lead: str) -> None:
    subject = "" if lead.endswith("told") else ", Admiral Nils Moe said"
    sentence = f"{lead} Siri Dahl of the Harbour Radio{subject} that the fleet was ready."
    report = _one_report(_page("Admiral Nils Moe visited the base.", sentence))
    assert (report.interviewee, report.interviewer, report.outlet) == (
        "Nils Moe",
        "Siri Dahl",
        "Harbour Radio",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # the one "told" is not an interview: no outlet, or not a news outlet
        "Admiral Nils Moe told Siri Dahl of the Finance Ministry that the fleet was ready.",
        "Admiral Nils Moe told members of the Harbour Council that the fleet was ready.",
        "Speaking to Siri Dahl of the Coast Guard, Admiral Nils Moe said the fleet was ready.",
    ],
)
def test_told_a_person_of_an_organisation_is_no_interview(sentence: str) -> None:
    assert _reports(natocorpus.parse(_page(sentence))) == []


@pytest.mark.parametrize(
    ("whom", "interviewer", "outlet"),
    [
        ("Nord News\u2019 Siri Dahl", "Siri Dahl", "Nord News"),  # a plural's possessive
        ("Nord News' chief correspondent Siri Dahl", "Siri Dahl", "Nord News"),
        ("Radio Nord's Meet the Nation", None, "Radio Nord"),  # a programme, no person
        ("Radio Nord's 60 Minutes", None, "Radio Nord"),
    ],
)
def test_report_after_an_outlets_possessive_only_a_person_is_the_interviewer(
    whom: str, interviewer: str | None, outlet: str
) -> None:
    report = _one_report(
        _page(f"In an interview with {whom}, Admiral Nils Moe said the fleet was ready.")
    )
    assert (report.interviewee, report.interviewer, report.outlet) == (
        "Nils Moe",
        interviewer,
        outlet,
    )


@pytest.mark.parametrize("lead", ["Speaking on", "Appearing on"])
def test_report_speaking_on_a_programme(lead: str) -> None:
    report = _one_report(
        _page(f"{lead} Radio Nord's Today programme, Admiral Nils Moe said the fleet was ready.")
    )
    assert (report.interviewee, report.interviewer, report.outlet) == (
        "Nils Moe",
        None,
        "Radio Nord",
    )


@pytest.mark.parametrize(
    "opening", ["Speaking on Monday", "Speaking on NATO's future", "Speaking on condition"]
)
def test_speaking_on_what_is_no_outlet_is_no_interview(opening: str) -> None:
    page = _page(f"{opening}, Admiral Nils Moe said the fleet was ready.")
    assert _reports(natocorpus.parse(page)) == []


def test_report_told_outlet_keeps_it_when_a_date_follows_the_cue() -> None:
    # "on Monday" after "interview" names the day, not another outlet.
    report = _one_report(
        _page("Admiral Nils Moe told the Fjord Post in an interview on Monday that it was late.")
    )
    assert (report.outlet, report.date_text) == ("Fjord Post", "Monday")


def test_report_according_to_an_interview_with_the_outlet() -> None:
    report = _one_report(
        "Former army chief Marek Nowicki regrets the slow pace of reforms, according to an "
        "interview with the Lakeside Gazette.\n"
    )
    assert report.interviewee == "Marek Nowicki"
    assert report.outlet == "Lakeside Gazette"
    assert report.date_text is None


def test_report_speaking_to_outlet_and_pronoun_subject() -> None:
    report = _one_report(
        _page(
            "General Tove Berg will retire next year.",
            "Speaking to Channel Nine News on Friday, she said the army was ready.",
            "Berg said she would stay until her successor is named.",
        )
    )
    assert report.interviewee == "Tove Berg"
    assert report.outlet == "Channel Nine News"
    assert report.date_text == "Friday"


def test_report_with_outlet_possessive_interviewer() -> None:
    report = _one_report(
        _page(
            "Prime Minister Jonas Lind defended the new defence budget.",
            "He said in an interview with CNN's Jane Roe that the money would go to air "
            "defence first.",
        )
    )
    assert report.interviewee == "Jonas Lind"
    assert report.outlet == "CNN"
    assert report.interviewer == "Jane Roe"


def test_report_interviewer_named_elsewhere_and_mentions_merged() -> None:
    text = _page(
        "In an interview today, Ambassador Carla Mendes said the treaty would hold.",
        "In an interview with Global Affairs Monthly on Wednesday, outgoing Ambassador Carla "
        "Mendez defended the treaty.",
        "When interviewer Paul Okafor, Editor-in-Chief of Global Affairs Monthly, asked about "
        "the costs, Mendes replied that they were modest.",
        "Mendes leaves her post in June.",
    )
    report = _one_report(text)
    assert report.interviewee == "Carla Mendes"
    assert report.outlet == "Global Affairs Monthly"
    assert report.date_text == "Wednesday"
    assert report.interviewer == "Paul Okafor"
    assert len(report.mentions) == 2


def test_report_was_interviewed_by_with_affiliation() -> None:
    report = _one_report(
        "Senator Rosa Alvarez was interviewed by Tom Reyes, the editor-in-chief of the Harbor "
        "Times, about the base closures.\n"
    )
    assert report.interviewee == "Rosa Alvarez"
    assert report.interviewer == "Tom Reyes"
    assert report.outlet == "Harbor Times"


def test_report_gave_an_interview_to_outlet() -> None:
    report = _one_report(
        "Admiral Kai Strand gave an interview to Polar TV on 12 May 2023, his first since "
        "taking command.\n"
    )
    assert report.interviewee == "Kai Strand"
    assert report.outlet == "Polar TV"
    assert report.date == "2023-05-12"


def test_two_interviews_with_different_outlets_are_two_reports() -> None:
    reports = _reports(
        natocorpus.parse(
            _page(
                "Minister Ola Berge said in an interview with the Fjord Post on Monday that "
                "the fleet would grow.",
                "Berge told the BBC on Tuesday that the order was final.",
            )
        )
    )
    assert [(r.interviewee, r.outlet) for r in reports] == [
        ("Ola Berge", "Fjord Post"),
        ("Ola Berge", "BBC"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ana Silva told reporters on Monday that talks would resume.",
        "The minister declined to comment on the report.",
        "Speaking at the party congress, Ana Silva praised the army.",
        "This article was originally published by the Coastal Gazette.",
        "The ministry said it had conducted interviews with forty applicants.",
    ],
)
def test_sentences_that_report_no_interview(sentence: str) -> None:
    assert _reports(natocorpus.parse(sentence + "\n")) == []


def test_transcript_page_does_not_also_report_its_own_interview() -> None:
    page = UNLABELLED_PAGE.replace(
        "We met her in her office",
        "In her first interview with a foreign newspaper, Lena Varga spoke about talks. We met "
        "her in her office",
    )
    article = natocorpus.parse(page)
    assert len(article.interviews) == 1
    assert article.interviews[0].format is InterviewFormat.TRANSCRIPT


PRESS_PAGE = _page(
    "Press conference by NATO Secretary General Anders Holmqvist after the ministers' meeting",
    "(As delivered)",
    "NATO Spokesperson Maria Conti: Good afternoon. The Secretary General will start with a "
    "statement.",
    "NATO Secretary General Anders Holmqvist: Good afternoon. Ministers agreed on new "
    "capability targets today.",
    "NATO Spokesperson: We start with the second row.",
    "Question [Paul Meier, Harbour Wire]: How many more troops will be deployed?",
    "NATO Secretary General: We will not give exact numbers. But it will be a significant "
    "increase.",
    "And it will be done together with the host nations.",
    "NATO Spokesperson: Next question, please.",
    "Question [Lise Berg, Fjord TV]: Are you worried about the budget talks?",
    "NATO Secretary General: I am confident that allies will deliver.",
)


def test_press_conference_roles_and_shortened_role_labels() -> None:
    article = natocorpus.parse(PRESS_PAGE)
    interview = _transcript(article)
    assert interview.interviewee == "Anders Holmqvist"
    answers = [t for t in interview.turns if t.role is TurnRole.ANSWER]
    # "NATO Secretary General:" is the same speaker as the full label before it.
    assert {t.speaker for t in answers} == {"Anders Holmqvist"}
    assert len(answers) == 3
    # The opening statement follows the moderator, not a question.
    statements = [t for t in interview.turns if t.role is TurnRole.STATEMENT]
    assert [t.speaker for t in statements] == ["Anders Holmqvist"]
    assert _role_of(article, "Ministers agreed on new") is BlockRole.PARAGRAPH
    moderator = [t for t in interview.turns if t.role is TurnRole.MODERATOR]
    assert {t.speaker for t in moderator} == {"Maria Conti"}
    questions = [t for t in interview.turns if t.role is TurnRole.QUESTION]
    assert [t.speaker for t in questions] == ["Paul Meier", "Lise Berg"]
    # A press conference's journalists do not make an outlet for the whole transcript.
    assert interview.outlet is None
    assert [len(a) for _, a in interview.pairs()] == [2, 1]


def test_label_alone_on_its_line() -> None:
    text = _page(
        "Interview with Defence Minister Ruth Okoye",
        "Interviewer:\nMinister, why did you order the new frigates now?",
        "Ruth Okoye:\nBecause the old ones are thirty years old. We cannot wait any longer.",
        "Interviewer:\nHow much will they cost?",
        "Ruth Okoye:\nAbout two billion euros over ten years.",
    )
    article = natocorpus.parse(text)
    interview = _transcript(article)
    assert [t.role for t in interview.turns] == [
        TurnRole.QUESTION,
        TurnRole.ANSWER,
        TurnRole.QUESTION,
        TurnRole.ANSWER,
    ]
    assert interview.turns[1].speaker == "Ruth Okoye"
    assert interview.turns[1].words.startswith("Because")
    # The turn's span and text cover its label line too.
    assert interview.turns[1].text.startswith("Ruth Okoye:\nBecause")
    assert interview.turns[1].span.slice(text) == interview.turns[1].text
    assert _role_of(article, "Ruth Okoye:") is BlockRole.ANSWER


def test_outlet_in_brackets_after_the_interviewer() -> None:
    interview = _transcript(
        natocorpus.parse(
            _page(
                "Interview with NATO Secretary General Anders Holmqvist",
                "Dana Rivers [Global News Network]: Thank you for joining us. Is the alliance "
                "ready?",
                "NATO Secretary General Anders Holmqvist: Yes, we are prepared.",
                "Dana Rivers: Some allies are still below the spending target.",
                "Anders Holmqvist: That is true, and I have told them so.",
            )
        )
    )
    assert (interview.interviewer, interview.outlet) == ("Dana Rivers", "Global News Network")
    assert [t.speaker for t in interview.turns] == [
        "Dana Rivers",
        "Anders Holmqvist",
        "Dana Rivers",
        "Anders Holmqvist",
    ]


def test_speakers_taking_turns_in_a_live_blog_are_not_a_transcript() -> None:
    page = _page(
        "Live: Allies meet in Riga",
        "Premier Kalnins: We need more air defence now. Are our partners listening?",
        "Ministry: Talks are possible if the shelling stops.",
        "Premier Kalnins: I spoke with the chancellor. He promised two more systems.",
        "Ministry: We see no change in the position of the other side. Why would we?",
        "Premier Kalnins: Thank you to all partners.",
    )
    assert natocorpus.parse(page).interviews == ()


def test_explainer_questions_answered_by_the_reporter_are_not_a_transcript() -> None:
    page = _page(
        "The mutual defence clause explained",
        "What is the clause?",
        "It is the collective defence article of the treaty. An attack on one member counts as "
        "an attack on all.",
        "Has it ever been used?",
        "Yes, once, after an attack on a member state two decades ago.",
        "Does it oblige members to send troops?",
        "No. Each member decides what action it deems necessary.",
        "Could it apply to a partner country?",
        "Only if that country becomes a member.",
    )
    assert natocorpus.parse(page).interviews == ()
    dashed = page.replace("\n\nWhat", "\n\n- What").replace("\n\nIt is", "\n\n- It is")
    dashed = dashed.replace("\n\nHas", "\n\n- Has").replace("\n\nYes", "\n\n- Yes")
    dashed = dashed.replace("\n\nDoes", "\n\n- Does").replace("\n\nNo.", "\n\n- No.")
    assert natocorpus.parse(dashed).interviews == ()


def test_header_over_two_lines_names_interviewer_and_outlet() -> None:
    page = _page(
        "Interview",
        "with NATO Secretary General Anders Holmqvist by Christine Amadou, Global News Network",
        "Christine Amadou: Thank you for joining me. How worried are you about the east?",
        "NATO Secretary General Anders Holmqvist: We are vigilant. We have deployed more forces.",
        "Christine Amadou: Critics say it is too little, too late.",
        "Anders Holmqvist: I disagree. We have doubled our presence in two years.",
        "Print",
    )
    interview = _transcript(natocorpus.parse(page))
    assert interview.interviewee == "Anders Holmqvist"
    assert interview.interviewer == "Christine Amadou"
    assert interview.outlet == "Global News Network"
    assert [t.role for t in interview.turns] == [TurnRole.QUESTION, TurnRole.ANSWER] * 2


def test_q_dot_a_dot_labels_and_outlet_after_the_header() -> None:
    page = _page(
        "Interview with Defence Minister Ruth Okoye on Radio Nord",
        "Q. Minister, what is the purpose of your visit?",
        "A. To thank our troops. They do an outstanding job.",
        "Q. Are the allies united?",
        "A. Yes. We have disagreements, but we stand together.",
    )
    interview = _transcript(natocorpus.parse(page))
    assert interview.outlet == "Radio Nord"
    assert [t.speaker for t in interview.turns] == [None, "Ruth Okoye", None, "Ruth Okoye"]
    assert interview.turns[0].words == "Minister, what is the purpose of your visit?"


def test_outlet_as_the_askers_label() -> None:
    page = _page(
        "Interview with Foreign Minister Ivo Kask",
        "BBC: Minister, is the pipeline safe?",
        "Kask: We are inspecting it every week.",
        "BBC: Who damaged it?",
        "Kask: We do not know yet. We will find out.",
    )
    interview = _transcript(natocorpus.parse(page))
    assert interview.outlet == "BBC"
    assert [t.role for t in interview.turns] == [TurnRole.QUESTION, TurnRole.ANSWER] * 2
    assert interview.turns[1].speaker == "Ivo Kask"


def test_told_an_outlet_without_interview_needs_a_named_speaker() -> None:
    article = natocorpus.parse(
        _page(
            "Minister Ola Berge praised the new frigates.",
            "A ministry spokesperson told Harbour Radio on Monday that the ships were late.",
        )
    )
    assert _reports(article) == []


def test_interviews_the_text_calls_interviews_come_first() -> None:
    reports = _reports(
        natocorpus.parse(
            _page(
                "Minister Ola Berge told the Fjord Post on Monday that the fleet would grow.",
                "In an interview with Nordic Radio on Tuesday, Berge said the order was final.",
            )
        )
    )
    assert [r.outlet for r in reports] == ["Nordic Radio", "Fjord Post"]


def test_report_a_weekday_is_not_an_outlet() -> None:
    report = _one_report(
        "Premier Aino Koski said in a televised interview on Sunday that talks failed.\n"
    )
    assert (report.interviewee, report.outlet, report.date_text) == ("Aino Koski", None, "Sunday")
    report = _one_report(
        "In an interview broadcast on Sunday by Channel Four, Admiral Ben Carter said the fleet "
        "was ready.\n"
    )
    assert (report.interviewee, report.outlet, report.date_text) == (
        "Ben Carter",
        "Channel Four",
        "Sunday",
    )


def test_report_an_office_stands_for_its_holder() -> None:
    report = _one_report(
        _page(
            "General Ben Carter and President Nora Vance met in the capital.",
            "Vance promised new funds for the army.",
            "The president's comments came in an interview with Metro News on Wednesday.",
        )
    )
    assert (report.interviewee, report.outlet, report.date_text) == (
        "Nora Vance",
        "Metro News",
        "Wednesday",
    )


_LINES = [
    "Q: Why now?",
    "A: Because we are ready. We said so.",
    "Interviewer:",
    "Anna Berg: We will see.",
    "- Is it enough?",
    "- No, we need more.",
    "(Laughter.)",
    "Photo: Lars Holm / Nordic Wire",
    "The minister said in an interview with Radio Nord on Monday that talks failed.",
    "What now?",
    "I think we wait. Our patience is long.",
    "Ordinary sentence about the weather.",
]


@given(
    st.lists(
        st.lists(st.sampled_from(_LINES), min_size=1, max_size=3).map("\n".join),
        min_size=1,
        max_size=14,
    )
)
@settings(max_examples=150, deadline=None)
def test_blocks_still_cover_every_line_once(paragraphs: list[str]) -> None:
    text = "\n\n".join(paragraphs) + "\n"
    article = natocorpus.parse(text)
    covered = [b.span for b in article.blocks]
    assert all(b.text == b.span.slice(text) for b in article.blocks)
    assert all(a.end <= b.start for a, b in pairwise(covered))
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    assert "".join(b.text.replace("\n", "") for b in article.blocks).replace(" ", "") == "".join(
        lines
    ).replace(" ", "")
    for interview in article.interviews:
        for turn in interview.turns:
            assert turn.text == turn.span.slice(text)


# ------------------------------------------------------------------ turn text and words


def test_turn_words_drop_the_label_and_its_separator() -> None:
    def turn(text: str, label: str | None) -> natocorpus.Turn:
        return natocorpus.Turn(TurnRole.QUESTION, None, text, natocorpus.Span(0, len(text)), label)

    assert turn("Q: Why now?", "Q").words == "Why now?"
    assert turn("Q. Why now?", "Q").words == "Why now?"
    assert turn("Q  Why now?", "Q").words == "Why now?"
    assert turn("MARA OSK (Radio Fjord):\nWhy now?", "MARA OSK (Radio Fjord)").words == "Why now?"
    assert turn("Why now?", None).words == "Why now?"
    # A label that does not open the text leaves it whole.
    assert turn("Why now?", "Q").words == "Why now?"


PRESS_CONFERENCE = _page(
    "Press conference by the ports minister after the ports meeting",
    "Transcript | Port Vale | 4 May 2026",
    "MODERATOR (Lena Hollis): Good morning. The minister will make a short statement and then"
    " take questions.",
    "MINISTER (Oskar de Wit): Thank you, Lena. Ministers agreed today to fund two new"
    " breakwaters, and I expect the first works to start in the spring.",
    "MODERATOR: First question, in the front row.",
    "Q: Ines Brandt, Coastal Post. Will the breakwaters be ready before the storm season?",
    "MINISTER: We hope so. The contractors have promised to work through the winter.",
    "Q: And who pays for them?",
    "MINISTER: The council pays two thirds and the ports pay the rest.",
    "MODERATOR: Thank you all. This ends the press conference.",
    "MINISTER: Thank you.",
)


def test_press_conference_role_labels_name_the_speaker_in_brackets() -> None:
    article = natocorpus.parse(PRESS_CONFERENCE)
    interview = _transcript(article)
    assert interview.interviewee == "Oskar de Wit"
    assert (interview.date_text, interview.date) == ("4 May 2026", "2026-05-04")
    roles = [t.role for t in interview.turns]
    assert roles == [
        TurnRole.MODERATOR,
        TurnRole.STATEMENT,
        TurnRole.MODERATOR,
        TurnRole.QUESTION,
        TurnRole.ANSWER,
        TurnRole.QUESTION,
        TurnRole.ANSWER,
        TurnRole.MODERATOR,
        TurnRole.STATEMENT,
    ]
    assert interview.turns[0].speaker == "Lena Hollis"
    assert {t.speaker for t in interview.turns if t.role is TurnRole.ANSWER} == {"Oskar de Wit"}
    # Moderator turns and statements nobody asked for stay paragraphs.
    assert _role_of(article, "Good morning.") is BlockRole.PARAGRAPH
    assert _role_of(article, "Ministers agreed today") is BlockRole.PARAGRAPH
    assert _role_of(article, "MINISTER: Thank you.") is BlockRole.PARAGRAPH
    assert _role_of(article, "We hope so.") is BlockRole.ANSWER
    assert [q.words for q, _ in interview.pairs()] == [
        "Ines Brandt, Coastal Post. Will the breakwaters be ready before the storm season?",
        "And who pays for them?",
    ]
    # The closing thanks answer no question.
    assert [len(answers) for _, answers in interview.pairs()] == [1, 1]
    for turn in interview.turns:
        assert turn.text == turn.span.slice(article.text)


def test_a_short_prompt_the_answer_echoes_is_a_question() -> None:
    page = _page(
        "An interview with the harbour master",
        "How many ships came in this winter?",
        "Fewer than last year. Most of the cargo now goes by rail, and we have had to cut"
        " two of our night shifts because of it.",
        "Why is that?",
        "The rail tariffs fell and the canal was closed for repairs for most of January.",
        "Meaning the old canal.",
        "Meaning the old canal, yes. It reopens next month and we expect traffic to recover.",
        "Do you worry about the summer?",
        "Not really. Summer has always been our busiest season and I see no reason for that"
        " to change.",
    )
    article = natocorpus.parse(page)
    interview = _transcript(article)
    prompt = next(t for t in interview.turns if t.text == "Meaning the old canal.")
    assert prompt.role is TurnRole.QUESTION
    assert _role_of(article, "Meaning the old canal, yes.") is BlockRole.ANSWER


def test_scene_setting_intro_under_a_deck_is_standfirst_too() -> None:
    page = _page(
        '"The port will be open by spring"',
        "Harbour master Ida Lunde on ice, cranes and what the city owes its dockers",
        "Interview by Tom Aske, editor of The Fjord Ledger",
        "Ida Lunde has run the northern harbour for eleven years and has seen three winters"
        " close it. We met her in her office above the quay on 12 March, a week after the"
        " last ferry left. The conversation has been edited for length.",
        "You have closed the harbour again. Why so early this year?",
        "The ice came three weeks early. We do not take risks with the crews, and the insurers"
        " would not let us even if we wanted to.",
        "Will the new cranes help?",
        "They will, from next year. They are built for the cold, and we will train the crews"
        " over the summer so that they are ready.",
        "What do the dockers want?",
        "Steady work. I think the city owes them that, and I have said so to the council.",
    )
    article = natocorpus.parse(page)
    assert _transcript(article).interviewee == "Ida Lunde"
    assert _transcript(article).date_text == "12 March"
    assert _role_of(article, "Harbour master Ida Lunde on ice") is BlockRole.STANDFIRST
    assert _role_of(article, "has run the northern harbour") is BlockRole.STANDFIRST
    assert _role_of(article, "Why so early") is BlockRole.QUESTION


# ------------------------------------------------------------------ radio and TV transcripts
# Speaker labels of every common shape, the presenter told apart from the guest by what the
# page says (header, byline, closing note) or by who asks; header and closing lines no turns.

RADIO_PAGE = _page(
    "The Evening Brief",
    'Baltic minister: "We will not wait for the next winter"',
    "Estonia's defence minister Lauri Tammsaar joined the programme to discuss air defence, "
    "ammunition stocks and the alliance's eastern flank ahead of next week's summit.",
    "Presented by Marit Solberg | 14 March 2026",
    "SOLBERG: Minister, thank you for joining us. Is the alliance moving fast enough?",
    "TAMMSAAR: Thank you for having me. I think we are moving faster than two years ago, but "
    "not fast enough.",
    "SOLBERG: What would you ask of the larger members?",
    "TAMMSAAR: Long contracts. Industry will not build new lines on promises.",
    "SOLBERG: And on air defence?",
    "TAMMSAAR: We have asked for two more batteries. I expect an answer before the summit.",
    "SOLBERG: Minister, thank you.",
    "TAMMSAAR: Thank you.",
    "Marit Solberg presents The Evening Brief on Nordic Public Radio every weekday at six.",
)


def test_surname_labels_with_a_radio_header_and_a_closing_note() -> None:
    article = natocorpus.parse(RADIO_PAGE)
    interview = _transcript(article)
    assert interview.interviewee == "Lauri Tammsaar"  # the surname label, resolved in full
    assert interview.interviewer == "Marit Solberg"
    assert interview.outlet == "Nordic Public Radio"
    assert interview.date_text == "14 March 2026"
    roles = [t.role for t in interview.turns]
    assert roles == [TurnRole.QUESTION, TurnRole.ANSWER] * 4
    assert interview.turns[0].text.startswith("SOLBERG:")
    assert interview.turns[-1].text == "TAMMSAAR: Thank you."
    assert _role_of(article, "presents The Evening Brief") is BlockRole.NOTE
    for needle in ("The Evening Brief", "Presented by", "joined the programme"):
        assert not any(t.text.startswith(needle) for t in interview.turns)


NO_CUE_PAGE = _page(
    "Nordic Current Affairs",
    'Kharkiv\'s deputy mayor on the power cuts: "We will keep the lights on"',
    "The city has lost power for up to twelve hours a day since the strikes on its "
    "substations began. Our presenter reached its deputy mayor by phone.",
    "Lina Aasen, 9 December 2026",
    "AASEN: Deputy mayor, good evening, and thank you for taking the time.",
    "KOVALCHUK: Good evening. It is my pleasure, although the night here is cold.",
    "AASEN: How are people coping?",
    "KOVALCHUK: They are tired. But what choice do they have? We open heating points in "
    "every district.",
    "AASEN: The last strike hit a hospital.",
    "KOVALCHUK: Yes. Nobody was hurt. The backup power worked as it should.",
    "AASEN: What do you need from Europe now?",
    "KOVALCHUK: Transformers, cables and engineers. Who else will protect the substations?",
    "AASEN: Deputy mayor, thank you, and good luck.",
    "KOVALCHUK: Thank you.",
    "Lina Aasen presents Nordic Current Affairs on Harbour Radio on weekdays at five.",
)


def test_presenter_named_by_the_closing_note_asks_even_when_the_guest_asks_too() -> None:
    # No "interview" anywhere, the presenter ends only two of five turns with a question
    # and the guest asks rhetorical ones: the page's presenter line decides.
    article = natocorpus.parse(NO_CUE_PAGE)
    interview = _transcript(article)
    assert interview.interviewer == "Lina Aasen"
    assert interview.interviewee is not None
    assert interview.interviewee.endswith("Kovalchuk")
    assert interview.outlet == "Harbour Radio"
    questions = [t for t in interview.turns if t.role is TurnRole.QUESTION]
    assert all(t.text.startswith("AASEN:") for t in questions)
    assert len(questions) == 5


GUEST_HEADER_PAGE = _page(
    "Nordic Morning",
    "Why the north is buying air defence now",
    "Our guest this week has spent the autumn negotiating new air defence orders.",
    "Guest: Sigrun Bakke (State Secretary, Ministry of Defence)",
    "Presenter: Taras Hnatiuk | 12 November 2026",
    "HNATIUK: State secretary, welcome. How many systems have you ordered?",
    "BAKKE: We have signed for six batteries, and two of them will go straight to Ukraine.",
    "HNATIUK: When will they arrive?",
    "BAKKE: The first before the summer.",
    "HNATIUK: Some say Norway is late to this.",
    "BAKKE: We are not late. We are where our plan said we would be.",
    "Taras Hnatiuk presents Nordic Morning on Radio Fjell every weekday from 7am.",
)


def test_guest_and_presenter_header_lines_are_no_turns() -> None:
    article = natocorpus.parse(GUEST_HEADER_PAGE)
    interview = _transcript(article)
    assert interview.interviewee == "Sigrun Bakke"
    assert interview.interviewer == "Taras Hnatiuk"
    assert interview.outlet == "Radio Fjell"
    assert interview.date_text == "12 November 2026"
    assert [t.role for t in interview.turns] == [TurnRole.QUESTION, TurnRole.ANSWER] * 3
    assert interview.turns[0].text.startswith("HNATIUK:")
    assert _role_of(article, "Presenter: Taras") is BlockRole.BYLINE
    assert _role_of(article, "Guest: Sigrun") not in (BlockRole.QUESTION, BlockRole.ANSWER)


@pytest.mark.parametrize(
    ("asker", "guest"),
    [
        ("Ingrid Sæther", "Tomasz Wolny"),  # Firstname Surname:
        ("INGRID SÆTHER", "TOMASZ WOLNY"),  # FIRSTNAME SURNAME:
        ("Sæther", "Wolny"),  # Surname:
        ("Ingrid Sæther (City Radio)", "Tomasz Wolny"),  # Name (Outlet):
        ("HOST", "WOLNY"),
        ("ANCHOR", "WOLNY"),
        ("INTERVIEWER", "Wolny"),
        ("PRESENTER", "WOLNY"),
    ],
)
def test_label_shapes_on_a_programme_page(asker: str, guest: str) -> None:
    page = _page(
        "The World Tonight on City Radio",
        "Ingrid Sæther spoke to Tomasz Wolny, a Polish logistics officer, about the rail link.",
        f"{asker}: How busy is the line now?",
        f"{guest}: Very busy. We run six trains a day, sometimes eight.",
        f"{asker}: What do the trains carry?",
        f"{guest}: Mostly ammunition and fuel. Some vehicles.",
        f"{asker}: Is the line a target?",
        f"{guest}: It has been. We repair it within hours.",
    )
    article = natocorpus.parse(page)
    interview = _transcript(article)
    assert interview.interviewee == "Tomasz Wolny"
    assert interview.outlet == "City Radio"
    assert [t.role for t in interview.turns] == [TurnRole.QUESTION, TurnRole.ANSWER] * 3
    assert {t.speaker for t in interview.turns if t.role is TurnRole.ANSWER} == {"Tomasz Wolny"}
    if asker.split()[0] not in ("HOST", "ANCHOR", "INTERVIEWER", "PRESENTER"):
        assert interview.interviewer == "Ingrid Sæther"


def test_surname_labels_on_their_own_lines_with_a_name_and_date_byline() -> None:
    page = _page(
        "Morning Line",
        "Drone makers race to keep up with the front",
        "Producers of interceptor drones say orders have tripled since spring.",
        "Arne Kvale | 3 June 2026",
        "KVALE:\nGood morning. How many drones did your company deliver this year?",
        "HOLMGREN:\nAbout four thousand so far, twice what we made last year.",
        "KVALE:\nWhere do they go?",
        "HOLMGREN:\nMost go to units in the east. We also train crews here.",
        "KVALE:\nIs money the problem, or people?",
        "HOLMGREN:\nPeople. Engineers take years to train.",
        "This transcript has been edited for length and clarity.",
    )
    article = natocorpus.parse(page)
    interview = _transcript(article)
    assert interview.interviewer == "Arne Kvale"
    assert interview.interviewee == "Holmgren"
    assert [t.role for t in interview.turns] == [TurnRole.QUESTION, TurnRole.ANSWER] * 3
    assert _role_of(article, "This transcript has been edited") is BlockRole.NOTE
    assert "edited" not in interview.turns[-1].text


def test_a_header_label_seen_once_before_the_speakers_is_no_turn() -> None:
    page = _page(
        "Defence Hour",
        "Duration: 24 minutes",
        "Tankers without transponders are testing the Baltic navies. Presented by: Helga Brun.",
        "First broadcast on 2 February 2026",
        "BRUN: Admiral, what has changed in the Baltic this year?",
        "VOSS: The traffic. We see far more shadow fleet tankers than last year.",
        "BRUN: Differently how?",
        "VOSS: They switch off their transponders. They sail close to our cables.",
        "BRUN: Can the navy stop them?",
        "VOSS: We can watch them. Stopping them is a legal question.",
    )
    article = natocorpus.parse(page)
    interview = _transcript(article)
    assert interview.turns[0].text.startswith("BRUN: Admiral")
    assert interview.interviewer == "Helga Brun"
    assert interview.interviewee == "Voss"
    assert interview.date_text == "2 February 2026"
    assert not any("Duration" in t.text or "Tankers" in t.text for t in interview.turns)


def test_a_header_that_talks_with_the_presenter_does_not_make_them_the_guest() -> None:
    page = _page(
        "Talks with Nora Lind",
        "Each week Nora Lind talks with someone who shapes the war's politics.",
        "LIND: You were in Kyiv last week. What did you see?",
        "OKAFOR: A city that works. The trams run, the shops are open.",
        "LIND: And the air raid alarms?",
        "OKAFOR: Several a night. People sleep in corridors.",
        "LIND: Will the new package help?",
        "OKAFOR: It will, if it arrives before the cold.",
    )
    interview = _transcript(natocorpus.parse(page))
    assert interview.interviewee == "Okafor"
    assert interview.interviewer == "Nora Lind"


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Allies agree new air defence package",
            "WASHINGTON: Allied defence ministers agreed on Tuesday to send more air defence "
            "systems to Ukraine.",
            "Update: This story has been updated with comments from the minister.",
            'The minister said: "We will deliver the first systems before winter."',
            "Note: The figures were provided by the ministry and could not be verified.",
            'Asked whether more would follow, he said: "Yes, we are working on it."',
            "BRUSSELS: The alliance's secretary general welcomed the decision. Why now?",
            "KYIV: Officials said the winter campaign had begun early. What comes next?",
            "WASHINGTON: A second meeting is planned for March. Will it be enough?",
        ),
        (
            "Ministers trade blows over the budget",
            "Berg: The budget is too small for what we promised our allies.",
            "Lind: The budget is the largest this country has ever had.",
            "Berg: Largest is not the same as enough.",
            "Lind: We will add more when the economy allows it.",
            "Berg: That was said last year too.",
        ),
    ],
)
def test_news_with_colons_is_not_a_transcript(paragraphs: tuple[str, ...]) -> None:
    article = natocorpus.parse(_page(*paragraphs))
    assert not [i for i in article.interviews if i.format is InterviewFormat.TRANSCRIPT]
    assert not any(b.role in (BlockRole.QUESTION, BlockRole.ANSWER) for b in article.blocks)


def test_host_and_guest_labels_take_the_names_the_header_gives() -> None:
    page = _page(
        "Radio Nord",
        "Evening Report",
        "Host: Peter Lindqvist\nGuest: Colonel Maja Strom, Norwegian Army",
        "HOST: Colonel, what did the exercise show?",
        "GUEST: That we can move a brigade north in four days. It took ten before.",
        "HOST: Is that fast enough?",
        "GUEST: Not yet. We want it in two.",
        "HOST: What stands in the way?",
        "GUEST: Rail capacity, mostly, and fuel.",
    )
    interview = _transcript(natocorpus.parse(page))
    assert interview.interviewee == "Maja Strom"
    assert interview.interviewer == "Peter Lindqvist"
    assert interview.outlet == "Radio Nord"
    assert [t.role for t in interview.turns] == [TurnRole.QUESTION, TurnRole.ANSWER] * 3
    assert {t.speaker for t in interview.turns} == {"Maja Strom", "Peter Lindqvist"}


def test_q_a_labels_under_a_presented_by_line_with_two_presenters_closing() -> None:
    page = _page(
        "Breakfast Briefing",
        "This morning's guest is General Oleh Sirenko, who commands the southern group.",
        "With Kari Dahl and Jonas Berg | 5 May 2026",
        "DAHL: General, good morning. How is the front holding?",
        "SIRENKO: It is holding. The pressure is high near the river.",
        "BERG: Are you getting the shells you were promised?",
        "SIRENKO: Some of them. Deliveries have improved since March.",
        "DAHL: What happens if the deliveries stop?",
        "SIRENKO: Then we lose ground. It is that simple.",
        "Kari Dahl and Jonas Berg present Breakfast Briefing on Coast FM Radio.",
    )
    article = natocorpus.parse(page)
    interview = _transcript(article)
    assert interview.interviewee == "Oleh Sirenko"
    assert interview.outlet == "Coast FM Radio"
    assert [t.speaker for t in interview.turns if t.role is TurnRole.QUESTION] == [
        "Kari Dahl",
        "Jonas Berg",
        "Kari Dahl",
    ]
    assert _role_of(article, "present Breakfast Briefing") is BlockRole.NOTE
    assert len(interview.turns) == 6


def test_a_long_sentence_full_of_interview_cues_is_read_once() -> None:
    # One 40 kB "sentence" with 400 cues: the date after each cue is looked for nearby and
    # the sentence's first date found once, not once per cue.
    import time

    from natocorpus._interview_names import NameBook
    from natocorpus._layout import analyse_layout
    from natocorpus._people import PeopleIndex
    from natocorpus._reported import find_reported
    from natocorpus._sources import SourceParser

    sentence = " ".join(["Ann Berg told the Harbour Times in an interview on Radio Nord"] * 400)
    page = sentence + " on 3 May 2026.\n"
    layout = analyse_layout(page, SourceParser())
    people = PeopleIndex()
    start = time.perf_counter()
    reports = find_reported(page, layout.blocks, people, NameBook(page, people), [])
    assert time.perf_counter() - start < 2.0
    assert reports
    assert reports[0].date_text == "3 May 2026"


def test_a_first_turn_that_greets_the_guest_by_name_is_a_turn() -> None:
    page = _page(
        "Evening Report",
        "HOST: Maja Strom, welcome to the programme.",
        "STROM: Thank you. It is good to be here.",
        "HOST: What did the exercise show?",
        "STROM: That we can move a brigade north in four days.",
        "HOST: Is that fast enough?",
        "STROM: Not yet. We want it in two.",
    )
    interview = _transcript(natocorpus.parse(page))
    assert interview.turns[0].text.startswith("HOST: Maja Strom, welcome")
    assert interview.turns[0].role is TurnRole.QUESTION
    assert interview.interviewee == "Maja Strom"


# ------------------------------------------------------------------ reported: more phrasings


@pytest.mark.parametrize(
    ("sentence", "who", "outlet"),
    [
        (
            "\u201cThe ice is thin,\u201d Admiral Nils Moe told the Fjord Post on Monday.",
            "Nils Moe",
            "Fjord Post",
        ),
        (
            '"Ukraine will hold," Admiral Nils Moe said in an interview with Radio Nord.',
            "Nils Moe",
            "Radio Nord",
        ),
        (
            "\u2018Russia is testing us,\u2019 Moe told the Fjord Post in an interview.",
            "Moe",
            "Fjord Post",
        ),
    ],
)
def test_report_after_an_opening_quotation_names_its_speaker(
    sentence: str, who: str, outlet: str
) -> None:
    report = _one_report(_page(sentence))
    assert (report.interviewee, report.outlet) == (who, outlet)


def test_report_bare_name_before_the_cue_is_the_subject_not_the_word_after_said() -> None:
    report = _one_report(
        _page(
            "Kask, in a wide-ranging interview with the Fjord Post this week, said Estonia "
            "would not wait."
        )
    )
    assert (report.interviewee, report.outlet, report.date_text) == (
        "Kask",
        "Fjord Post",
        "this week",
    )


def test_report_opening_date_before_the_cue_is_no_subject() -> None:
    report = _one_report(
        _page("On Monday, in an interview with Radio Nord, Minister Ada Holm said the deal held.")
    )
    assert (report.interviewee, report.outlet) == ("Ada Holm", "Radio Nord")


@pytest.mark.parametrize(
    ("sentence", "outlet", "date_text"),
    [
        (
            "Minister Ada Holm told the Norwegian newspaper Fjordposten in an interview "
            "published on 12 March 2024 that the fleet was stretched.",
            "Fjordposten",
            "12 March 2024",
        ),
        ("Minister Ada Holm told the Czech public broadcaster CTX on Sunday.", "CTX", "Sunday"),
        (
            "Minister Ada Holm told Lithuanian radio Baltika on Monday that it was ready.",
            "Baltika",
            "Monday",
        ),
        (
            "Minister Ada Holm told the Polish weekly Tygodnik that she would run again.",
            "Tygodnik",
            None,
        ),
        (
            "In remarks broadcast on Rossiya-7 on Sunday, Minister Ada Holm said talks had failed.",
            "Rossiya-7",
            "Sunday",
        ),
        ("Minister Ada Holm sat down with the Harbour Times on Friday.", "Harbour Times", "Friday"),
    ],
)
def test_report_outlet_named_after_a_descriptor_or_a_broadcast(
    sentence: str, outlet: str, date_text: str | None
) -> None:
    report = _one_report(_page(sentence))
    assert (report.interviewee, report.outlet, report.date_text) == ("Ada Holm", outlet, date_text)


def test_report_interview_with_a_described_outlet_is_no_interview_with_a_person() -> None:
    report = _one_report(
        _page(
            "Chancellor Ida Brenner, in an interview with the German weekly Die Woche, said "
            "Berlin would keep sending air defence."
        )
    )
    assert (report.interviewee, report.outlet) == ("Ida Brenner", "Die Woche")


@pytest.mark.parametrize(
    "sentence",
    [
        "Defence Minister Ann Berg told the newspaper Ukraine needed more air defence.",
        "Foreign Minister Lars Holm told the agency Moscow would not be allowed to win.",
        "In remarks broadcast on Sunday, Prime Minister Ivo Tamm said the talks had failed.",
        "Tamm sat down with his Polish counterpart Jan Nowak in Warsaw on Monday.",
    ],
)
def test_report_no_outlet_where_a_clause_or_a_date_follows(sentence: str) -> None:
    assert _reports(natocorpus.parse(_page(sentence))) == []


def test_report_interviewed_by_a_journalist_of_an_outlet() -> None:
    report = _one_report(
        _page(
            "President Aino Virta was interviewed by Mark Hollis of the Harbour Times on Thursday."
        )
    )
    assert (report.interviewee, report.interviewer, report.outlet, report.date_text) == (
        "Aino Virta",
        "Mark Hollis",
        "Harbour Times",
        "Thursday",
    )


def test_report_programme_after_an_outlet_is_no_interviewer() -> None:
    report = _one_report(
        _page("Speaking on Nordic TV's This Week, Ambassador Karen Doyle said allies were united.")
    )
    assert (report.interviewee, report.interviewer, report.outlet) == (
        "Karen Doyle",
        None,
        "Nordic TV",
    )


# ------------------------------------------------------------------ transcripts: the intro


def test_transcript_takes_interviewee_and_outlet_from_the_report_in_its_intro() -> None:
    article = natocorpus.parse(
        _page(
            "Jets for the north",
            "In an interview with the Harbour Times, Defence Minister Luc Maes discussed "
            "the jet deliveries.",
            "- When will the first jets arrive in Belgium?",
            "- The first four will land in October.",
            "- Is Belgium spending enough?",
            "- No, and I have said so publicly. We must reach two percent.",
            "- Does Ukraine get the older jets?",
            "- We will deliver the ones we promised, starting this summer.",
        )
    )
    interview = _transcript(article)
    assert (interview.interviewee, interview.outlet) == ("Luc Maes", "Harbour Times")
    assert {t.speaker for t in interview.turns if t.role is TurnRole.ANSWER} == {"Luc Maes"}
    assert _reports(article) == []  # the intro's report is the transcript itself


def test_transcript_without_labels_outlet_and_date_from_its_intro_closing_note_is_a_note() -> None:
    article = natocorpus.parse(
        _page(
            "Watching the border",
            "Lieutenant General Jonas Brekke commands the northern forces. He spoke to the "
            "Arctic Post in Bodo last week.",
            "How close are the enemy's forces to the border?",
            "Closer than before, but many units were sent south. We watch them every day.",
            "Are you worried about the submarines?",
            "They are the real threat, and that is what we focus on.",
            "Do you have enough soldiers?",
            "We need more. I would like two more battalions by the end of the decade.",
            "The interview has been condensed and edited.",
        )
    )
    interview = _transcript(article)
    assert (interview.interviewee, interview.outlet, interview.date_text) == (
        "Jonas Brekke",
        "Arctic Post",
        "last week",
    )
    assert interview.turns[-1].role is TurnRole.NOTE
    assert _role_of(article, "condensed and edited") is BlockRole.NOTE
    assert _role_of(article, "two more battalions") is BlockRole.ANSWER


def test_transcript_last_answer_paragraph_about_a_programme_stays_an_answer() -> None:
    article = natocorpus.parse(
        _page(
            "Drones",
            "Deputy Minister Iryna Kovalenko spoke to the Harbour Times.",
            "How many drones will you build?",
            "More than two million. I have visited every factory.",
            "Do you get the parts?",
            "Not always. We depend on imports for some chips.",
            "What do partners give?",
            "Money. We put it into our own factories.",
            "The programme will double next year.",
        )
    )
    interview = _transcript(article)
    assert interview.turns[-1].role is TurnRole.ANSWER


def test_transcript_header_report_of_someone_else_does_not_replace_the_labelled_guest() -> None:
    article = natocorpus.parse(
        _page(
            "Interview with General Ada Lind",
            "Foreign Minister Bo Kask told the Harbour Times on Monday that talks had stalled.",
            "Q: General, is the brigade ready?",
            "A: Almost. The last battalion arrives in May.",
            "Q: And the air defence?",
            "A: We have two batteries, and I want four.",
        )
    )
    interview = _transcript(article)
    assert (interview.interviewee, interview.outlet) == ("Ada Lind", None)
    assert [r.interviewee for r in _reports(article)] == ["Bo Kask"]


@pytest.mark.parametrize(
    "header",
    [
        "The Kyiv Dispatch spoke with Deputy Defence Minister Iryna Kovalenko about drones.",
        "Transcript: Kyiv Dispatch interview with Deputy Defence Minister Iryna Kovalenko",
        "An Exclusive Kyiv Dispatch Interview With Deputy Defence Minister Iryna Kovalenko",
    ],
)
def test_transcript_outlet_that_asks_in_the_header_is_the_outlet_not_the_interviewer(
    header: str,
) -> None:
    interview = _transcript(
        natocorpus.parse(
            _page(
                header,
                "QUESTION: How many drones will Ukraine build this year?",
                "ANSWER: More than two million. Our factories work around the clock.",
                "QUESTION: Do you get enough components?",
                "ANSWER: Not always. We depend on imports for some chips.",
            )
        )
    )
    assert (interview.interviewee, interview.interviewer, interview.outlet) == (
        "Iryna Kovalenko",
        None,
        "Kyiv Dispatch",
    )
    assert {t.speaker for t in interview.turns if t.role is TurnRole.QUESTION} == {None}


def test_report_a_date_after_the_cue_is_no_interviewee_nor_interviewer() -> None:
    report = _one_report(
        _page(
            "In an interview with the Harbour Times, published on Thursday, Defence Minister "
            "Ada Holm said Europe must pay more."
        )
    )
    assert (report.interviewee, report.outlet, report.date_text) == (
        "Ada Holm",
        "Harbour Times",
        "Thursday",
    )
    report = _one_report(
        _page("Minister Ada Holm told the Harbour Times' Sunday edition that she would stay.")
    )
    assert (report.interviewee, report.interviewer, report.outlet) == (
        "Ada Holm",
        None,
        "Harbour Times",
    )


# ------------------------------------------------------------------ press conferences

OUTLETS_ASK_PAGE = _page(
    "Press conference by NATO Secretary General Ana Berg after the meeting of defence ministers",
    "SECRETARY GENERAL: Good afternoon. We took important decisions today on air defence.",
    "Allies agreed to send four more systems before the winter.",
    "MODERATOR: We'll take a few questions. Let's start with AFP.",
    "Q (AFP): Secretary General, how many of the systems are ready now?",
    "SECRETARY GENERAL: Two are ready, and two will follow in the coming weeks.",
    "MODERATOR: Deutsche Welle, please.",
    "Q (Deutsche Welle): Is any ally still blocking the package?",
    "SECRETARY GENERAL: No. All allies agreed today.",
    "Q (Tomas Lind, Harbour Times): And the costs?",
    "SECRETARY GENERAL: Those are national decisions.",
)


def test_press_conference_question_by_an_outlet_names_no_asker() -> None:
    interview = _transcript(natocorpus.parse(OUTLETS_ASK_PAGE))
    questions = [t for t in interview.turns if t.role is TurnRole.QUESTION]
    # "Q (AFP):" names the outlet that asks, not a person ("Afp"); a name before the
    # outlet is the asker.
    assert [t.speaker for t in questions] == [None, None, "Tomas Lind"]
    assert (interview.interviewee, interview.interviewer, interview.outlet) == (
        "Ana Berg",
        None,
        None,
    )
    # The remarks before anyone asked are the opening statement, not an answer.
    assert [t.role for t in interview.turns[:2]] == [TurnRole.STATEMENT, TurnRole.STATEMENT]
    assert [len(answers) for _, answers in interview.pairs()] == [1, 1, 1]


def test_press_conference_several_outlets_asking_are_not_the_outlet() -> None:
    page = _page(
        "Press conference by NATO Secretary General Ana Berg",
        "NATO SPOKESPERSON: Good afternoon. The Secretary General has a few words.",
        "NATO SECRETARY GENERAL: Allies have agreed to step up.",
        "NATO SPOKESPERSON: First question, AFP.",
        "AFP: Do you expect a ceasefire this year?",
        "NATO SECRETARY GENERAL: I will not speculate on that.",
        "NATO SPOKESPERSON: Reuters.",
        "REUTERS: Are allies meeting their pledges?",
        "NATO SECRETARY GENERAL: Most are, some are not yet.",
    )
    interview = _transcript(natocorpus.parse(page))
    assert interview.outlet is None
    assert {t.speaker for t in interview.turns if t.role is TurnRole.QUESTION} == {None}


def test_one_outlet_asking_is_still_the_outlet() -> None:
    page = _page(
        "Interview with Defence Minister Ruth Okoye",
        "BBC: Minister, why did you order the new frigates now?",
        "OKOYE: Because the old ones are thirty years old.",
        "BBC: How much will they cost?",
        "OKOYE: About two billion euros over ten years.",
    )
    interview = _transcript(natocorpus.parse(page))
    assert (interview.interviewee, interview.outlet) == ("Ruth Okoye", "BBC")
    assert interview.turns[0].role is TurnRole.QUESTION


# ------------------------------------------------------------------ labels without a colon


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_labels_alone_on_their_line_without_a_colon(gap: str) -> None:
    text = _page(
        "Berg: 'We cannot wait for Moscow'",
        "NATO Secretary General Ana Berg spoke to the Harbour Times about air defence.",
        f"QUESTION{gap}Secretary General, is the alliance ready for a long war?",
        f"BERG{gap}We are preparing for it. Our industry must produce much more.",
        f"QUESTION{gap}What about the allies who hesitate?",
        f"BERG{gap}They are allies and they will stay allies. We talk every week.",
        f"QUESTION{gap}Will Ukraine join this decade?",
        f"BERG{gap}The door is open. I will not give a date.",
    )
    article = natocorpus.parse(text)
    interview = _transcript(article)
    assert [t.role for t in interview.turns] == [TurnRole.QUESTION, TurnRole.ANSWER] * 3
    assert interview.interviewee == "Ana Berg"
    assert {t.speaker for t in interview.turns if t.role is TurnRole.ANSWER} == {"Ana Berg"}
    first = interview.turns[1]
    assert (first.label, first.words) == ("BERG", first.text.split(gap, 1)[1])
    assert first.text.startswith("BERG")
    assert first.span.slice(text) == first.text
    assert _role_of(article, "BERG") is BlockRole.ANSWER


def test_names_alone_on_their_line_take_turns_when_one_side_asks() -> None:
    interview = _transcript(
        natocorpus.parse(
            _page(
                "Minister Lind: the batteries are on their way",
                "Ewa Kowal asked Defence Minister Olaf Lind about the air defence order.",
                "KOWAL",
                "Minister, is the order for the air defence systems signed?",
                "LIND",
                "It is. Six batteries will be delivered.",
                "KOWAL",
                "When do they arrive?",
                "LIND",
                "The first before the summer, the rest by the end of next year.",
            )
        )
    )
    assert [t.speaker for t in interview.turns] == ["Ewa Kowal", "Olaf Lind"] * 2
    assert [t.role for t in interview.turns] == [TurnRole.QUESTION, TurnRole.ANSWER] * 2


def test_headings_in_capitals_are_no_labels() -> None:
    # City names over the items of a round-up take turns too, but nobody asks and answers.
    roundup = _page(
        "War in Ukraine: the latest",
        "KYIV",
        "Air raid sirens sounded overnight. Is the city ready for winter? Officials say yes.",
        "MOSCOW",
        "The Kremlin said it saw no basis for talks.",
        "KYIV",
        "Power was restored to most districts. Why did it take so long?",
        "MOSCOW",
        "The defence ministry claimed new gains in the east.",
    )
    assert natocorpus.parse(roundup).interviews == ()
    # A lone heading before a paragraph that asks is no label either.
    article = natocorpus.parse(
        _page(
            "Allies weigh new air defence package",
            "Allies agreed on Tuesday to send more air defence systems to Ukraine.",
            "QUESTION",
            "Will it be enough? Officials doubt it. The systems will arrive in spring.",
            "What comes next? A summit in July will decide on money.",
        )
    )
    assert article.interviews == ()


# ------------------------------------------------------------------ more report phrasings


@pytest.mark.parametrize(
    ("sentence", "who", "outlet"),
    [
        (
            "Asked by the Kyiv Post whether Ukraine would get more jets this year, Defence "
            "Minister Oleh Marchenko said talks were going well.",
            "Oleh Marchenko",
            "Kyiv Post",
        ),
        (
            "Asked by Polish Radio about the border, Interior Minister Jan Holt said it was calm.",
            "Jan Holt",
            "Polish Radio",
        ),
        (
            "Holt, who was asked by Reuters on Monday whether troops would go, said no ally "
            "planned it.",
            "Holt",
            "Reuters",
        ),
        (
            "Foreign Minister Lena Vos told CNN's \u201cState of the Union\u201d on Sunday "
            "that sanctions were working.",
            "Lena Vos",
            "CNN",
        ),
        (
            'In an interview aired Sunday on NBC\'s "Meet the Press," Senator Ruth Lang said '
            "aid must continue.",
            "Ruth Lang",
            "NBC",
        ),
        (
            "Foreign Minister Lena Vos told the German broadcaster ZDF Ukraine would need "
            "more air defence.",
            "Lena Vos",
            "ZDF",
        ),
        ("Ana Berg told Fox News Ukraine had to win the war.", "Ana Berg", "Fox News"),
        (
            "Ana Berg told the Polish weekly Polityka Warsaw needed more shells.",
            "Ana Berg",
            "Polityka",
        ),
        (
            "Ana Berg told Italy\u2019s Corriere della Sera that allies would meet the target.",
            "Ana Berg",
            "Corriere della Sera",
        ),
        (
            "Chancellor Max Ebert sat down with Deutsche Welle last week to discuss the war.",
            "Max Ebert",
            "Deutsche Welle",
        ),
        (
            "General Piotr Nowak said on BBC Radio 4's Today programme that the army needed "
            "more tanks.",
            "Piotr Nowak",
            "BBC Radio 4",
        ),
    ],
)
def test_report_asked_by_said_on_and_outlets_before_a_clause(
    sentence: str, who: str, outlet: str
) -> None:
    report = _one_report(_page("Allies weigh new air defence package", sentence))
    assert (report.interviewee, report.outlet, report.interviewer) == (who, outlet, None)


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        # A whole name before an adverb, an audience, a clause's first word, or a number.
        ("Ana Berg told Radio Nord recently that allies would meet the target.", "Radio Nord"),
        ("Ana Berg told Fox News viewers that allies would meet the target.", "Fox News"),
        ("Ana Berg told Radio Free Europe the army needed more tanks.", "Radio Free Europe"),
        ("Ana Berg told BBC Radio 4 listeners that allies would meet the target.", "BBC Radio 4"),
        ("Ana Berg told the Financial Times the army needed more tanks.", "Financial Times"),
    ],
)
def test_report_whole_outlet_names_are_kept(sentence: str, outlet: str) -> None:
    assert _one_report(_page("Allies weigh new air defence package", sentence)).outlet == outlet


@pytest.mark.parametrize(
    "sentence",
    [
        "Asked by reporters whether troops would go, Ana Berg said no ally planned it.",
        "Asked by a journalist about the border, Berg said the door remained open.",
        "Asked by the Pentagon whether it could deliver, the company said yes.",
        "Interior Minister Jan Holt said on Telegram that the border was calm.",
        "Interior Minister Jan Holt said on Monday that the border was calm.",
        "Chancellor Max Ebert sat down with Finance Minister Jan Holt to discuss the budget.",
    ],
)
def test_report_asked_by_and_said_on_need_an_outlet(sentence: str) -> None:
    assert _reports(natocorpus.parse(_page("Allies weigh new air defence package", sentence))) == []


# ------------------------------------------------------------------ time codes


@pytest.mark.parametrize(
    ("before", "after"),
    [("[00:00:{:02d}] ", ""), ("00:{:02d} ", ""), ("", " ({}:02:17)"), ("(01:{:02d}) ", "")],
)
def test_labels_with_a_time_code(before: str, after: str) -> None:
    def label(name: str, n: int) -> str:
        return before.format(n) + name + after.format(n)

    text = _page(
        "Transcript: General Arne Dahl on Arctic security",
        f"{label('HOST', 5)}: Welcome back. With me is General Arne Dahl, Norway's chief of "
        "defence. General, what has changed in the north?",
        f"{label('DAHL', 21)}: A lot. Russian submarines are more active than at any time "
        "since the Cold War.",
        f"{label('HOST', 42)}: Are you worried about the cables?",
        f"{label('DAHL', 49)}: We watch them closely. We have new sensors on the seabed.",
    )
    interview = _transcript(natocorpus.parse(text))
    assert [t.role for t in interview.turns] == [TurnRole.QUESTION, TurnRole.ANSWER] * 2
    assert interview.interviewee == "Arne Dahl"
    assert interview.turns[1].speaker == "Arne Dahl"
    assert interview.turns[2].label == label("HOST", 42)
    assert interview.turns[2].words == "Are you worried about the cables?"


def test_live_blog_times_are_no_speakers() -> None:
    page = _page(
        "Ukraine war live: air raid alerts across the country",
        "10:32 BST: Air raid sirens sounded in Kyiv and eight other regions. Is this the "
        "biggest attack this month?",
        "10:45 Kyiv: The mayor said two districts had lost power.",
        "11:02 Moscow: The Kremlin said it had no comment on the reports. Why not? It did not say.",
        "11:20 Kyiv: Officials said the power had been restored.",
        "11:41 Moscow: The defence ministry claimed it had hit military targets.",
        "12:03 Kyiv: Will schools open tomorrow? The city said yes.",
    )
    assert natocorpus.parse(page).interviews == ()


def test_a_live_blog_entry_with_a_time_under_a_transcript_is_no_turn() -> None:
    page = _page(
        *OUTLETS_ASK_PAGE.strip().split("\n\n"),
        "Live: ministers meet in Brussels",
        "15:30 Ana Berg: stockpiles 'dangerously thin'",
        "NATO Secretary General Ana Berg opened the meeting with a warning about stockpiles.",
        "15:10 Sweden pledges air defence",
        "Sweden's defence minister confirmed a new package of military aid to Ukraine.",
    )
    interview = _transcript(natocorpus.parse(page))
    assert interview.turns[-1].words == "Those are national decisions."
    assert interview.interviewee == "Ana Berg"


def test_white_space_left_after_a_leading_quotation_is_no_subject() -> None:
    # A tab between the quotation and the cue left only white space before the cue: the
    # bare-name test took its first word from an empty list (IndexError).
    page = _page(
        "\u201cWe are ready,\u201d\t in an interview with Radio Nord, Ada Holm said the fleet "
        "was ready."
    )
    report = _one_report(page)
    assert (report.interviewee, report.outlet) == ("Ada Holm", "Radio Nord")

"""The people index: canonical names, titles, merged spellings, mentions."""

# ruff: noqa: RUF001  (names with curly apostrophes)

from __future__ import annotations

import natocorpus
from natocorpus._layout import line_spans
from natocorpus._people import PeopleIndex, similar_surnames
from natocorpus._records import Block, BlockRole


def index_of(text: str, roles: dict[int, BlockRole] | None = None) -> PeopleIndex:
    roles = roles or {}
    blocks = [
        Block(roles.get(i, BlockRole.PARAGRAPH), s.slice(text), s)
        for i, s in enumerate(line_spans(text))
    ]
    return PeopleIndex.build(text, blocks)


ARTICLE = (
    "Former Alliance Secretary-General Hedda Lind said on Monday the talks had failed.\n"
    "Lind, who led the alliance for eight years, is now a finance minister.\n"
    "Her deputy, Piet Vermeulen, disagreed. Vermeulen said the talks were useful.\n"
    "Analysts said Hedda Lindd had been too pessimistic.\n"
)


def test_surname_maps_to_the_fullest_name() -> None:
    index = index_of(ARTICLE)
    assert index.canonical("Lind") == "Hedda Lind"
    assert index.canonical("Hedda Lind") == "Hedda Lind"


def test_title_is_stripped_and_kept() -> None:
    index = index_of(ARTICLE)
    person = index.person("Hedda Lind")
    assert person is not None
    assert person.title == "Former Alliance Secretary-General"
    assert index.canonical("Secretary-General Hedda Lind") == "Hedda Lind"


def test_misspelling_merges() -> None:
    index = index_of(ARTICLE)
    assert (
        index.canonical("Lindd") == "Hedda Lind" or index.canonical("Hedda Lindd") == "Hedda Lind"
    )
    assert index.canonical("Hedda Lindd") == "Hedda Lind"
    names = [p.name for p in index.persons]
    assert names.count("Hedda Lind") == 1
    assert "Hedda Lindd" not in names


def test_unknown_mention_is_none() -> None:
    index = index_of(ARTICLE)
    assert index.canonical("Oskar Brandt") is None
    assert index.canonical("the minister") is None


def test_appositive_gives_evidence() -> None:
    index = index_of(ARTICLE)
    assert index.canonical("Vermeulen") == "Piet Vermeulen"


def test_mentions_point_into_the_text() -> None:
    index = index_of(ARTICLE)
    person = index.person("Hedda Lind")
    assert person is not None
    assert len(person.mentions) >= 3
    for span in person.mentions:
        assert ARTICLE[span.start : span.end] in {"Hedda Lind", "Lind", "Hedda Lindd"}


def test_persons_in_order_of_first_mention() -> None:
    index = index_of(ARTICLE)
    assert [p.name for p in index.persons][:2] == ["Hedda Lind", "Piet Vermeulen"]


def test_places_and_organisations_are_not_people() -> None:
    text = (
        "North Korea sent shells to the front, the Foreign Ministry said.\n"
        "The White House and the Harbour Institute disagreed with New Zealand.\n"
    )
    assert index_of(text).persons == ()


def test_possessive_is_not_part_of_the_name() -> None:
    text = "President Samuel Adeyemi spoke. Adeyemi’s plan was rejected.\n"
    index = index_of(text)
    assert index.canonical("Adeyemi’s") == "Samuel Adeyemi"
    person = index.person("Samuel Adeyemi")
    assert person is not None
    assert [text[s.start : s.end] for s in person.mentions] == ["Samuel Adeyemi", "Adeyemi"]


def test_gender_from_pronouns_and_honorifics() -> None:
    text = "Mrs Oona Rask said the plan works. Tomas Brandt said he disagreed.\n"
    index = index_of(text)
    assert index.gender("Oona Rask") == "f"
    assert index.gender("Tomas Brandt") == "m"


def test_headline_in_title_case_does_not_invent_people() -> None:
    text = "Border Talks Collapse As Winter Nears\nThe talks collapsed on Monday.\n"
    assert index_of(text).persons == ()


def test_non_content_blocks_are_ignored() -> None:
    text = "Minister Oona Rask\nThe talks collapsed.\n"
    assert index_of(text, {0: BlockRole.BOILERPLATE}).persons == ()


def test_similar_surnames() -> None:
    assert similar_surnames("Vermeulen", "Vermeullen")
    assert not similar_surnames("Brandt", "Brandon")
    assert not similar_surnames("Lee", "Lea")


def test_role_from_an_appositive() -> None:
    text = "Lena Varga, an economist at the Vienna Institute, said prices would rise.\n"
    person = index_of(text).person("Lena Varga")
    assert person is not None
    assert person.title == "economist at the Vienna Institute"


def test_title_case_and_capital_lines_create_nobody() -> None:
    text = (
        "Q: Minister, Is The Harbour Ready?\n"
        "THE HARBOUR WILL OPEN WHEN THE ICE BREAKS, SAID MAYOR JONAS FREDRIK\n"
        "Talks Continue As Winter Storm Nears Coast\n"
    )
    assert index_of(text).persons == ()


def test_title_case_line_may_mention_someone_named_elsewhere() -> None:
    text = (
        "Mayor Ilse Brandt said the bridge was safe.\nNew Bridge Is Safe, Mayor Ilse Brandt Says\n"
    )
    index = index_of(text)
    assert [p.name for p in index.persons] == ["Ilse Brandt"]
    assert len(index.persons[0].mentions) == 2


def test_sentence_initial_particle_finds_the_surname() -> None:
    index = index_of("Commissioner Anouk van Dijk arrived on Monday. Van Dijk said little.\n")
    assert index.canonical("Van Dijk") == "Anouk van Dijk"
    assert index.canonical("van Dijk") == "Anouk van Dijk"


def test_canonical_is_the_same_for_repeated_lookups() -> None:
    index = index_of(ARTICLE)
    first = [index.canonical(m) for m in ("Lind", "Vermeulen", "Nobody", "Hedda Lindd")]
    again = [index.canonical(m) for m in ("Lind", "Vermeulen", "Nobody", "Hedda Lindd")]
    assert first == again == ["Hedda Lind", "Piet Vermeulen", None, "Hedda Lind"]


def test_common_first_names_give_a_gender_without_pronouns() -> None:
    index = index_of("Ingrid Tamm and Pavel Novak met Kerrin Alvo in Riga.\n")
    assert index.gender("Ingrid Tamm") == "f"
    assert index.gender("Pavel Novak") == "m"
    assert index.gender("Kerrin Alvo") is None


def test_a_first_name_and_pronouns_agree_on_gender() -> None:
    index = index_of("Anna Berg spoke first. She said the port would reopen.\n")
    assert index.gender("Anna Berg") == "f"


def test_a_gendered_role_after_the_name_gives_a_gender() -> None:
    index = index_of("Kerrin Alvo, a spokeswoman for the Harbour Authority, spoke on Monday.\n")
    assert index.gender("Kerrin Alvo") == "f"


def test_a_lone_surrogate_next_to_a_name_is_no_error() -> None:
    text = "said Tomas Ridder\ud800. He left."
    article = natocorpus.parse(text)
    assert "Tomas Ridder" in [p.name for p in article.people]


def test_titles_joined_by_hyphens_are_cut_off_and_kept() -> None:
    text = (
        "Colonel-General Oleksandr Syrenko said the front was holding.\n"
        "Rear-Admiral Hanna Lindgren told reporters the fleet was on alert.\n"
        "Brigadier Tom Ashby said the same.\n"
    )
    index = index_of(text)
    assert [(p.name, p.title) for p in index.persons] == [
        ("Oleksandr Syrenko", "Colonel-General"),
        ("Hanna Lindgren", "Rear-Admiral"),
        ("Tom Ashby", "Brigadier"),
    ]


def test_a_hyphenated_name_is_no_title() -> None:
    text = "Jean-Pierre Lacroix said the mission would stay. Anna-Lena Berg agreed.\n"
    index = index_of(text)
    assert [(p.name, p.title) for p in index.persons] == [
        ("Jean-Pierre Lacroix", None),
        ("Anna-Lena Berg", None),
    ]


def test_a_given_name_alone_with_an_age_or_a_description_is_a_person() -> None:
    text = (
        "“We had nothing left,” said Olena, 34, a teacher from Kharkiv.\n"
        "Serhiy, a 41-year-old drone operator, said the nights were long.\n"
        "“There is no water,” said Andriy, who declined to give his surname.\n"
        "Dmytro, a former accountant who joined the army, agreed.\n"
        "Her husband, Ihor, stayed behind. Later Olena came back.\n"
    )
    index = index_of(text)
    assert [p.name for p in index.persons] == ["Olena", "Serhiy", "Andriy", "Dmytro", "Ihor"]
    assert len(index.person("Olena").mentions) == 2  # type: ignore[union-attr]
    assert index.canonical("Olena") == "Olena"
    # The given name tells the gender, as the first name of a full name does.
    assert index.gender("Olena") == "f"
    assert index.gender("Serhiy") == "m"


def test_places_companies_and_adverbs_before_a_description_are_nobody() -> None:
    text = (
        "Avdiivka, a town of 30,000 before the war, fell in February.\n"
        "Rheinmetall, the German arms maker, said output would triple.\n"
        "Wagner, the mercenary group whose leader died, was disbanded.\n"
        "Rheinmetall, whose shares rose, said so too.\n"
        "Malta, an EU member, abstained. Istanbul, the host of the talks, was calm.\n"
        "In Izium, a soldier said the front was quiet.\n"
        "Elsewhere, a 41-year-old man was killed. Separately, a spokesman said so.\n"
        "Odesa, 12, Kherson, 8, were hit. Kharkiv, the city, was hit.\n"
        "“It was a week of blackouts in Kharkiv and Odesa,” Minister Ada Quill said.\n"
    )
    assert [p.name for p in index_of(text).persons] == ["Ada Quill"]

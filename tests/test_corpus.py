"""natocorpus.Corpus: building, filtering, merging people, JSON Lines and parallel parsing.

All texts here are invented for these tests.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

import natocorpus
from natocorpus import (
    AidCategory,
    AidFigure,
    AidStatus,
    Amount,
    Article,
    Block,
    BlockRole,
    Corpus,
    DecodeError,
    Interview,
    InterviewFormat,
    Period,
    Person,
    Quote,
    QuoteKind,
    QuoteMode,
    SourceParser,
    Span,
    Turn,
    TurnRole,
    UnknownSourceError,
)

TEXTS = [
    "Harbour board meets\nThe harbour board met on Monday to discuss the new pier.",
    "Ferry fares to rise\nFares on the island ferry will rise by two crowns in May.",
    "Lighthouse repaired\nEngineers finished work on the north lighthouse on Friday.",
    "",
    "A single line with no title at all.",
    "Rowing club wins\n\nThe rowing club won the coastal regatta.\n\nIts captain was pleased.",
    "Market day moved\nThe weekly fish market moves to Thursdays from next month.",
]


class CoveLetter(SourceParser):
    """An invented outlet registered at run time (module level, so workers can import it)."""

    name = "cove-letter"
    outlet = "The Cove Letter"
    signature_patterns = (r"(?m)^The Cove Letter$",)


class Boom(SourceParser):
    """A parser that fails on one text, to check errors reach the caller."""

    name = "boom"

    def score(self, text: str) -> float:
        return 1.0 if "BOOM" in text else 0.0

    def parse(self, text: str) -> Article:
        raise ValueError("this parser fails on purpose")


# --- building ---------------------------------------------------------------------------------


def test_from_texts_keeps_order_and_text() -> None:
    corpus = Corpus.from_texts(TEXTS)
    assert len(corpus) == len(TEXTS)
    assert [a.text for a in corpus] == TEXTS
    assert corpus.articles == tuple(corpus)
    assert list(corpus) == [natocorpus.parse(t) for t in TEXTS]


def test_sequence_behaviour() -> None:
    corpus = Corpus.from_texts(TEXTS[:3])
    assert corpus[0].text == TEXTS[0]
    assert corpus[-1].text == TEXTS[2]
    assert isinstance(corpus[1:], Corpus)
    assert [a.text for a in corpus[1:]] == TEXTS[1:3]
    assert corpus[0] in corpus
    assert corpus == Corpus.from_texts(TEXTS[:3])
    assert corpus != Corpus.from_texts(TEXTS[:2])
    assert hash(corpus) == hash(Corpus.from_texts(TEXTS[:3]))
    assert corpus[:1] + corpus[1:] == corpus
    assert repr(corpus) == "Corpus(3 articles)"
    assert repr(Corpus()) == "Corpus(0 articles)"
    assert len(Corpus()) == 0


def test_corpus_refuses_what_is_not_an_article() -> None:
    with pytest.raises(TypeError, match="Article"):
        Corpus(["just a string"])  # type: ignore[list-item]


def test_from_paths_reads_files_and_directories(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "b.txt").write_text(TEXTS[1], encoding="utf-8")
    (folder / "a.txt").write_text(TEXTS[0], encoding="utf-8")
    (folder / "notes.md").write_text("not a page", encoding="utf-8")
    single = tmp_path / "single.txt"
    single.write_text(TEXTS[2], encoding="utf-8")

    corpus = Corpus.from_paths([single, folder])
    assert [a.text for a in corpus] == [TEXTS[2], TEXTS[0], TEXTS[1]]
    assert [a.text for a in Corpus.from_paths(str(single))] == [TEXTS[2]]


def test_from_paths_keeps_the_text_exactly(tmp_path: Path) -> None:
    page = tmp_path / "crlf.txt"
    page.write_bytes(b"Title\r\nBody line \xe2\x80\x94 with a dash.\r\n")
    (article,) = Corpus.from_paths([page])
    assert article.text == "Title\r\nBody line \u2014 with a dash.\r\n"


def test_from_paths_reports_undecodable_bytes(tmp_path: Path) -> None:
    page = tmp_path / "latin.txt"
    page.write_bytes(b"Caf\xe9 owners met.")
    with pytest.raises(DecodeError, match=r"latin\.txt") as info:
        Corpus.from_paths([page])
    assert info.value.offset == 3
    (article,) = Corpus.from_paths([page], errors="replace")
    assert article.text == "Caf\ufffd owners met."


def test_from_paths_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        Corpus.from_paths([tmp_path / "nowhere.txt"])


def test_from_seeds_holds_the_bundled_seeds() -> None:
    corpus = Corpus.from_seeds()
    assert len(corpus) == 5
    assert list(corpus) == list(natocorpus.load_seeds())


# --- parse_many -------------------------------------------------------------------------------


@pytest.mark.parametrize("workers", [1, 2, 3, 16])
def test_parse_many_equals_serial_parse_in_order(workers: int) -> None:
    texts = TEXTS * 3
    serial = tuple(natocorpus.parse(t) for t in texts)
    assert Corpus.parse_many(texts, workers=workers) == serial


def test_parse_many_default_workers_and_small_inputs() -> None:
    assert Corpus.parse_many(TEXTS) == tuple(natocorpus.parse(t) for t in TEXTS)
    assert Corpus.parse_many([], workers=4) == ()
    assert Corpus.parse_many(iter(["Only one."]), workers=4) == (natocorpus.parse("Only one."),)


@pytest.mark.usefixtures("registry")
def test_parse_many_uses_parsers_registered_at_run_time() -> None:
    natocorpus.register_source(CoveLetter)
    texts = ["The Cove Letter\nBoats came home early.", *TEXTS[:3]]
    articles = Corpus.parse_many(texts, workers=2)
    assert [a.source for a in articles] == ["cove-letter", "generic", "generic", "generic"]
    assert articles[0].outlet == "The Cove Letter"
    assert articles == tuple(natocorpus.parse(t) for t in texts)


@pytest.mark.usefixtures("registry")
def test_parse_many_with_a_forced_source() -> None:
    natocorpus.register_source(CoveLetter)
    articles = Corpus.parse_many(TEXTS, workers=2, source="cove-letter")
    assert {a.source for a in articles} == {"cove-letter"}
    assert articles == tuple(natocorpus.parse(t, source="cove-letter") for t in TEXTS)
    with pytest.raises(UnknownSourceError):
        Corpus.parse_many(TEXTS, workers=2, source="no-such-outlet")


@pytest.mark.usefixtures("registry")
def test_parse_many_with_a_parser_that_cannot_be_pickled() -> None:
    @natocorpus.register_source
    class LocalOutlet(SourceParser):  # defined in a function: not importable by workers
        name = "local-outlet"
        signature_patterns = (r"(?m)^Local Outlet$",)

    texts = ["Local Outlet\nNews.", *TEXTS]
    articles = Corpus.parse_many(texts, workers=2)
    assert articles[0].source == "local-outlet"
    assert articles == tuple(natocorpus.parse(t) for t in texts)


@pytest.mark.usefixtures("registry")
def test_parse_many_raises_what_a_worker_raised() -> None:
    natocorpus.register_source(Boom)
    with pytest.raises(ValueError, match="fails on purpose"):
        Corpus.parse_many([*TEXTS, "BOOM"], workers=2)


@pytest.mark.parametrize("workers", [0, -1, 1.5, True, "2"])
def test_parse_many_refuses_bad_worker_counts(workers: object) -> None:
    with pytest.raises(ValueError, match="workers"):
        Corpus.parse_many(TEXTS, workers=workers)  # type: ignore[arg-type]


def test_parse_many_refuses_non_strings() -> None:
    with pytest.raises(TypeError, match="at 1"):
        Corpus.parse_many(["fine", b"bytes"], workers=1)  # type: ignore[list-item]


def test_from_texts_in_parallel_equals_serial() -> None:
    assert Corpus.from_texts(TEXTS, workers=2) == Corpus.from_texts(TEXTS)


# --- across articles --------------------------------------------------------------------------

PAGE_A = 'Ada Vale said: "We will rebuild." Later she wrote "thanks" on the site.'
PAGE_B = "Bram Holt told reporters the pier would open. Wetland pledged 5 million crowns."


def _quote(text: str, page: str, speaker: str | None) -> Quote:
    start = page.index(text)
    return Quote(
        text=text,
        speaker=speaker,
        kind=QuoteKind.DIRECT,
        mode=QuoteMode.SPOKEN,
        cue="said",
        span=Span(start, start + len(text)),
    )


def _aid(donor: str | None, recipient: str | None, amount: str) -> AidFigure:
    return AidFigure(
        amount=Decimal(amount),
        currency="SEK",
        unit=None,
        converted=(),
        donor=donor,
        recipient=recipient,
        period=Period("2026-01", "2026-12", "this year"),
        rate=None,
        approximate=False,
        category=AidCategory.HUMANITARIAN,
        status=AidStatus.PLEDGED,
        source=None,
        span=Span(0, 10),
    )


def _interview(interviewee: str, interviewer: str | None, outlet: str | None) -> Interview:
    return Interview(
        interviewee=interviewee,
        interviewer=interviewer,
        outlet=outlet,
        date_text="Tuesday",
        format=InterviewFormat.TRANSCRIPT,
        turns=(
            Turn(TurnRole.QUESTION, interviewer, "Will the pier open?", Span(0, 19)),
            Turn(TurnRole.ANSWER, interviewee, "Yes.", Span(20, 24)),
        ),
        span=Span(0, 24),
    )


@pytest.fixture
def handmade() -> Corpus:
    a = Article(
        text=PAGE_A,
        title="Rebuilding",
        blocks=(Block(BlockRole.PARAGRAPH, PAGE_A, Span(0, len(PAGE_A))),),
        quotes=(
            _quote("We will rebuild.", PAGE_A, "Ada Vale"),
            _quote("thanks", PAGE_A, None),
        ),
        aid_figures=(_aid("Wetland", "Coastland", "5000000"),),
        interviews=(_interview("Ada Vale", "Bram Holt", "The Cove Letter"),),
        people=(
            Person("Ada Vale", ("Vale",), "mayor", (Span(0, 8),)),
            Person("Bram Holt", (), None, ()),
        ),
        source="generic",
    )
    b = Article(
        text=PAGE_B,
        quotes=(_quote("the pier would open", PAGE_B, "Bram  Holt"),),
        amounts=(Amount(Decimal("5000000"), "SEK", None, False, Span(59, 76)),),
        aid_figures=(
            _aid("wetland", "Marshland", "0.25"),
            _aid(None, "Coastland", "12"),
        ),
        interviews=(_interview("Bram Holt", None, "the cove letter"),),
        people=(
            Person("Bram Holt", ("Holt",), "harbour master", (Span(0, 9),)),
            Person("ADA VALE", ("Ms Vale", "Vale"), "minister", (Span(3, 5), Span(6, 8))),
        ),
    )
    return Corpus([a, b])


def test_quotes_filtered_by_speaker_case_insensitively(handmade: Corpus) -> None:
    assert len(handmade.quotes()) == 3
    assert [q.text for q in handmade.quotes(speaker="ada vale")] == ["We will rebuild."]
    assert [q.text for q in handmade.quotes(speaker="BRAM HOLT")] == ["the pier would open"]
    assert handmade.quotes(speaker="Vale") == ()  # canonical names only, not aliases
    assert handmade.quotes(speaker="Nobody") == ()


def test_aid_figures_filtered_by_donor_and_recipient(handmade: Corpus) -> None:
    assert len(handmade.aid_figures()) == 3
    assert [f.amount for f in handmade.aid_figures(donor="WETLAND")] == [
        Decimal("5000000"),
        Decimal("0.25"),
    ]
    assert [f.amount for f in handmade.aid_figures(recipient="coastland")] == [
        Decimal("5000000"),
        Decimal("12"),
    ]
    assert [f.amount for f in handmade.aid_figures(donor="wetland", recipient="marshland")] == [
        Decimal("0.25")
    ]
    assert handmade.aid_figures(donor="Coastland") == ()


def test_interviews_filtered(handmade: Corpus) -> None:
    assert len(handmade.interviews()) == 2
    assert [i.interviewee for i in handmade.interviews(interviewee="ada vale")] == ["Ada Vale"]
    assert len(handmade.interviews(outlet="THE COVE LETTER")) == 2
    assert [i.interviewee for i in handmade.interviews(interviewer="bram holt")] == ["Ada Vale"]
    assert handmade.interviews(interviewee="Bram Holt", outlet="Other Paper") == ()


def test_people_merged_by_canonical_name(handmade: Corpus) -> None:
    people = handmade.people()
    assert [p.name for p in people] == ["Ada Vale", "Bram Holt"]
    ada, bram = people
    assert ada.aliases == ("Vale", "ADA VALE", "Ms Vale")
    assert ada.title == "mayor"  # the first one given
    assert ada.mentions == (Span(0, 8), Span(3, 5), Span(6, 8))  # corpus order
    assert bram.aliases == ("Holt",)
    assert bram.title == "harbour master"  # the first article gave none
    assert bram.mentions == (Span(0, 9),)
    assert Corpus().people() == ()


# --- JSON Lines -------------------------------------------------------------------------------


def test_jsonl_round_trip(handmade: Corpus, tmp_path: Path) -> None:
    odd = Article(text='Line\u2028separator, tab\t, quote " and \\ and \r\n ends.')
    corpus = handmade + Corpus([odd]) + Corpus.from_texts(TEXTS)
    path = tmp_path / "corpus.jsonl"
    corpus.to_jsonl(path)
    raw = path.read_bytes()
    assert raw.count(b"\n") == len(corpus)
    assert raw.endswith(b"\n")
    back = Corpus.from_jsonl(path)
    assert back == corpus
    assert back.aid_figures()[1].amount == Decimal("0.25")
    assert isinstance(back.aid_figures()[1].amount, Decimal)


def test_jsonl_ignores_blank_lines_and_accepts_str_paths(handmade: Corpus, tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    handmade.to_jsonl(str(path))
    lines = path.read_text(encoding="utf-8").split("\n")
    path.write_text("\n\n".join(lines) + "\n   \n", encoding="utf-8")
    assert Corpus.from_jsonl(str(path)) == handmade


def test_empty_corpus_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    Corpus().to_jsonl(path)
    assert path.read_bytes() == b""
    assert Corpus.from_jsonl(path) == Corpus()


def test_jsonl_bad_line_names_the_line(handmade: Corpus, tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    handmade.to_jsonl(path)
    with open(path, "a", encoding="utf-8") as out:
        out.write('{"not": "an article"}\n')
    with pytest.raises(ValueError, match="Article") as info:
        Corpus.from_jsonl(path)
    if sys.version_info >= (3, 11):
        assert any("line 3" in note for note in info.value.__notes__)

"""The robustness harness itself: its checks must catch what they claim to catch."""

from __future__ import annotations

import time

import pytest

from _checks import ChildError, HangError, check_article, run_isolated
from natocorpus import Article, Block, BlockRole, Quote, QuoteKind, QuoteMode, Span

TEXT = "Allies met.\n\nThey agreed on aid.\r\nHeadline here  Subtitle there\n"


def _block(start: int, end: int, role: BlockRole = BlockRole.PARAGRAPH) -> Block:
    return Block(role, TEXT[start:end], Span(start, end))


def _good_blocks() -> tuple[Block, ...]:
    return (_block(0, 11), _block(13, 32), _block(34, 47), _block(49, 63))


def test_a_correct_article_passes_including_a_line_divided_at_white_space() -> None:
    check_article(Article(text=TEXT, blocks=_good_blocks()), TEXT)


def test_a_lost_line_is_caught() -> None:
    blocks = _good_blocks()[:1] + _good_blocks()[2:]
    with pytest.raises(AssertionError, match="in no block"):
        check_article(Article(text=TEXT, blocks=blocks), TEXT)


def test_a_line_cut_inside_a_word_is_caught() -> None:
    blocks = (*_good_blocks()[:2], _block(34, 40), _block(42, 63))
    with pytest.raises(AssertionError, match="in no block"):
        check_article(Article(text=TEXT, blocks=blocks), TEXT)


def test_overlapping_blocks_are_caught() -> None:
    blocks = (_block(0, 20), _block(13, 32), *_good_blocks()[2:])
    with pytest.raises(AssertionError, match="overlaps"):
        check_article(Article(text=TEXT, blocks=blocks), TEXT)


def test_a_record_text_that_is_not_its_span_is_caught() -> None:
    quote = Quote("aid", None, QuoteKind.TERM, QuoteMode.WRITTEN, None, Span(13, 17))
    with pytest.raises(AssertionError, match="text != text"):
        check_article(Article(text=TEXT, blocks=_good_blocks(), quotes=(quote,)), TEXT)


def test_a_span_outside_the_text_is_caught() -> None:
    quote = Quote("", None, QuoteKind.TERM, QuoteMode.WRITTEN, None, Span(500, 500))
    with pytest.raises(AssertionError, match="outside text"):
        check_article(Article(text=TEXT, blocks=_good_blocks(), quotes=(quote,)), TEXT)


def test_run_isolated_returns_the_result() -> None:
    assert run_isolated(lambda: 6 * 7, 30) == 42


def test_run_isolated_reports_a_failure_with_its_traceback() -> None:
    def fail() -> None:
        raise ValueError("broken stage")

    with pytest.raises(ChildError, match="broken stage"):
        run_isolated(fail, 30)


def test_run_isolated_kills_a_hang() -> None:
    started = time.monotonic()
    with pytest.raises(HangError):
        run_isolated(lambda: time.sleep(60), 0.5)
    assert time.monotonic() - started < 10

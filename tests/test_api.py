"""parse() and parse_file(): types, decoding, and text kept exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import natocorpus
from natocorpus import DecodeError, NatocorpusError, parse, parse_file

PAGE = "Allies Meet in Tallinn\n\n  Defence ministers met on Friday.  \n\nThe talks went on.\n"


@pytest.mark.parametrize(
    ("value", "name"), [(b"NATO", "bytes"), (None, "NoneType"), (42, "int"), (["a"], "list")]
)
def test_parse_rejects_non_str_and_says_what_it_got(value: object, name: str) -> None:
    with pytest.raises(TypeError, match=rf"parse\(\) expects str, got {name}$"):
        parse(value)  # type: ignore[arg-type]


def test_parse_keeps_the_text_identical() -> None:
    article = parse(PAGE)
    assert article.text == PAGE
    assert isinstance(article, natocorpus.Article)


def _non_blank_lines(text: str) -> list[tuple[int, int]]:
    spans, offset = [], 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            spans.append((start, start + len(stripped)))
        offset += len(line)
    return spans


def _assert_blocks_cover_every_line_once(text: str) -> None:
    article = parse(text)
    assert article.text == text
    previous_end = 0
    for block in article.blocks:
        assert block.span.start >= previous_end, "blocks overlap or are out of order"
        assert block.text == block.span.slice(text)
        previous_end = block.span.end
    for start, end in _non_blank_lines(text):
        holders = [b for b in article.blocks if b.span.start <= start and end <= b.span.end]
        assert len(holders) == 1, f"line {text[start:end]!r} is in {len(holders)} blocks"


def test_blocks_cover_every_non_blank_line_exactly_once() -> None:
    _assert_blocks_cover_every_line_once(PAGE)


@given(st.lists(st.sampled_from(["", " ", "Some words here.", "  Indented line  ", "Q:", "\t"])))
def test_blocks_cover_generated_pages(lines: list[str]) -> None:
    _assert_blocks_cover_every_line_once("\n".join(lines))


def test_parse_of_empty_text_has_no_blocks() -> None:
    assert parse("").blocks == ()
    assert parse("  \n\n \t\n").blocks == ()


def test_parse_file_reads_utf8_exactly(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    text = "Kyiv \u2013 “Hello”\r\nSecond line\n"
    path.write_bytes(text.encode("utf-8"))
    assert parse_file(path).text == text  # line endings untouched
    assert parse_file(str(path)).text == text


def test_parse_file_names_file_and_byte_offset_of_bad_bytes(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(b"Allies \xff met.")
    with pytest.raises(DecodeError) as info:
        parse_file(path)
    error = info.value
    assert isinstance(error, NatocorpusError)
    assert error.offset == 7
    assert error.path == str(path)
    assert error.encoding == "utf-8"
    assert str(path) in str(error)
    assert "byte offset 7" in str(error)
    assert "errors='replace'" in str(error)


def test_parse_file_replaces_bad_bytes_only_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(b"Allies \xff met.")
    assert parse_file(path, errors="replace").text == "Allies \ufffd met."


def test_parse_file_honours_the_encoding(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Défense".encode("latin-1"))
    assert parse_file(path, encoding="latin-1").text == "Défense"
    with pytest.raises(DecodeError, match="byte offset 1"):
        parse_file(path)


def test_parse_file_of_a_missing_file_raises_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        parse_file(tmp_path / "absent.txt")


def test_parse_rejects_a_non_str_source_by_name() -> None:
    with pytest.raises(TypeError, match="source to be a str or None, got int"):
        natocorpus.parse("NATO allies met.", source=123)  # type: ignore[arg-type]

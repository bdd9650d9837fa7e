"""The command line: python -m natocorpus [FILE ...] [--summary]."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import natocorpus
from natocorpus import Article, from_json
from natocorpus.__main__ import main

PAGE = "Ministers Meet in Riga\n\nDefence ministers of the alliance met in Riga on Monday.\n"


def test_no_files_writes_one_json_document_per_seed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 5
    assert [from_json(line, Article) for line in lines] == list(natocorpus.load_seeds())


def test_files_are_parsed_in_the_order_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "one.txt", tmp_path / "two.txt"
    first.write_text(PAGE, encoding="utf-8")
    second.write_text("A second page.\n", encoding="utf-8")
    assert main([str(second), str(first)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [from_json(line, Article).text for line in lines] == ["A second page.\n", PAGE]


def test_summary_prints_a_table_with_one_row_per_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "riga.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["--summary", str(page)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["file", "title", "outlet", "quotes", "aid", "interviews"]
    assert set(out[1]) <= {"-", " "}
    assert out[2].startswith("riga.txt")
    assert "Ministers Meet in Riga" in out[2]
    assert all(cell.isdigit() for cell in out[2].split()[-3:])
    assert out[-1].startswith("1 article(s):")
    assert len(out) == 4


def test_summary_of_the_seeds_has_five_rows(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--summary"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 + 5 + 1
    assert out[-1].startswith("5 article(s):")
    assert not any(line.startswith("{") for line in out)


def test_summary_shortens_long_untitled_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "long.txt"
    page.write_text(" ".join(["word"] * 200), encoding="utf-8")
    assert main(["--summary", str(page)]) == 0
    row = capsys.readouterr().out.splitlines()[2]
    assert "…" in row
    assert len(row) < 140


def test_help_explains_both_outputs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "--summary" in out
    assert "JSON" in out
    assert "bundled seed" in out


def test_missing_file_is_reported_with_exit_code_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "absent.txt"
    assert main([str(missing)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "absent.txt" in captured.err
    assert "no such file" in captured.err


def test_directory_is_reported_with_exit_code_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path)]) == 2
    assert "is a directory" in capsys.readouterr().err


def test_undecodable_file_is_reported_with_exit_code_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "bad.txt"
    page.write_bytes(b"Text \xfe here")
    assert main([str(page)]) == 2
    assert "byte offset 5" in capsys.readouterr().err
    assert main(["--encoding", "latin-1", str(page)]) == 0


def test_unknown_source_and_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--source", "no-such-outlet"]) == 2
    assert "no-such-outlet" in capsys.readouterr().err
    assert main(["--no-such-option"]) == 2


def test_python_dash_m_runs_the_command_line(tmp_path: Path) -> None:
    src = str(Path(natocorpus.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run(
        [sys.executable, "-m", "natocorpus", "--summary"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith("5 article(s):")
    missing = subprocess.run(
        [sys.executable, "-m", "natocorpus", "absent.txt"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert missing.returncode == 2
    assert "absent.txt" in missing.stderr

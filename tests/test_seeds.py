"""The bundled seed articles."""

from __future__ import annotations

from pathlib import Path

import pytest

import natocorpus
from natocorpus import _seeds

REPOSITORY_SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_five_seeds_in_file_name_order() -> None:
    seeds = natocorpus.load_seeds()
    assert len(seeds) == 5
    files = sorted(REPOSITORY_SEEDS.glob("*.txt"))
    assert len(files) == 5
    for article, path in zip(seeds, files, strict=True):
        assert article.text == path.read_bytes().decode("utf-8")
        assert isinstance(article, natocorpus.Article)
        assert article.blocks


def test_seed_files_are_sorted() -> None:
    names = [f.name for f in _seeds.seed_files()]
    assert names == sorted(names)
    assert len(names) == 5


def test_packaged_seeds_are_preferred(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "natocorpus"
    (package / "seeds").mkdir(parents=True)
    (package / "seeds" / "b.txt").write_text("Second page.\n", encoding="utf-8")
    (package / "seeds" / "a.txt").write_text("First page.\n", encoding="utf-8")
    (package / "seeds" / "notes.md").write_text("not a seed", encoding="utf-8")
    monkeypatch.setattr(_seeds, "files", lambda name: package)
    assert [a.text for a in natocorpus.load_seeds()] == ["First page.\n", "Second page.\n"]


def test_missing_seeds_are_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_seeds, "files", lambda name: tmp_path)
    monkeypatch.setattr(_seeds, "__file__", str(tmp_path / "a" / "b" / "c.py"))
    with pytest.raises(FileNotFoundError, match="bundled seeds are missing"):
        natocorpus.load_seeds()

"""The bundled seed articles.

The wheel carries the seed files as package data in ``natocorpus/seeds``
(the build backend copies them from the repository's top-level ``seeds/``);
from a source checkout they are read from that top-level directory.
"""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

from ._api import parse
from ._records import Article

if sys.version_info >= (3, 11):
    from importlib.resources.abc import Traversable
else:  # pragma: no cover - Python 3.10
    from importlib.abc import Traversable

__all__ = ["load_seeds", "seed_files"]


def _seed_dir() -> Traversable:
    packaged = files("natocorpus") / "seeds"
    if packaged.is_dir():
        return packaged
    # A source checkout: src/natocorpus/_seeds.py -> <repository>/seeds
    checkout = Path(__file__).resolve().parent.parent.parent / "seeds"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        f"natocorpus' bundled seeds are missing (looked in {packaged} and {checkout})"
    )


def seed_files() -> tuple[Traversable, ...]:
    """The bundled seed files (``*.txt``), sorted by name."""
    return tuple(
        sorted(
            (f for f in _seed_dir().iterdir() if f.name.endswith(".txt") and f.is_file()),
            key=lambda f: f.name,
        )
    )


def load_seeds() -> tuple[Article, ...]:
    """Parse the bundled seed articles, in file-name order.

    The seeds are the five news pages the library ships as its sample corpus.
    Each article's ``text`` is the file's content exactly (decoded as UTF-8,
    line endings untouched).

    >>> seeds = load_seeds()
    >>> len(seeds)
    5
    >>> all(article.text for article in seeds)
    True
    """
    return tuple(parse(f.read_bytes().decode("utf-8")) for f in seed_files())

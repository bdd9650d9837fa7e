"""The top-level entry points: :func:`parse`, :func:`parse_file`, :func:`load_seeds`."""

from __future__ import annotations

import os
from pathlib import Path

from ._errors import DecodeError
from ._records import Article
from ._registry import get_source, guess_source


def parse(text: str, *, source: str | None = None) -> Article:
    """Parse the plain text of a news page into an :class:`Article`.

    >>> article = parse("NATO allies met in Brussels.")
    >>> article.blocks[0].role.value
    'paragraph'

    *source* forces a registered parser by name; by default the best-scoring
    one is guessed from the text.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() expects str, got {type(text).__name__}")
    parser = get_source(source) if source is not None else guess_source(text)
    return parser.parse(text)


def parse_file(
    path: str | os.PathLike[str],
    *,
    encoding: str = "utf-8",
    errors: str = "strict",
    source: str | None = None,
) -> Article:
    """Read *path* and :func:`parse` it.

    Bytes that are invalid in *encoding* raise :class:`DecodeError` naming the
    file and byte offset, unless ``errors="replace"`` (or another codec error
    handler) is asked for.
    """
    data = Path(path).read_bytes()
    try:
        text = data.decode(encoding, errors)
    except UnicodeDecodeError as exc:
        raise DecodeError(os.fspath(path), encoding, exc.start, exc.reason) from None
    return parse(text, source=source)

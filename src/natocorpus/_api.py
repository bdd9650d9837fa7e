"""The top-level entry points: :func:`parse`, :func:`parse_file`, :func:`load_seeds`."""

from __future__ import annotations

import os
from pathlib import Path

from ._errors import DecodeError
from ._guard import guarded
from ._records import Article
from ._registry import get_source, guess_source


def parse(text: str, *, source: str | None = None) -> Article:
    """Parse the plain text of a news page into an :class:`Article`.

    >>> article = parse("NATO allies met in Brussels.")
    >>> article.blocks[0].role.value
    'paragraph'

    *source* forces a registered parser by name; by default the best-scoring
    one is guessed from the text.

    Any ``str`` is accepted (NUL bytes, lone surrogates, any line ends); a
    subclass of ``str`` (``numpy.str_``, say) is copied to a plain ``str`` first,
    so that spans always index the text exactly. The only errors raised on a
    ``str`` are :class:`NatocorpusError` subclasses, such as
    :class:`~natocorpus.PatternTimeoutError` for text so hostile that a pattern
    hits its time limit.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() expects str, got {type(text).__name__}")
    if source is not None and not isinstance(source, str):
        raise TypeError(f"parse() expects source to be a str or None, got {type(source).__name__}")
    if type(text) is not str:
        text = str.__str__(text)
    with guarded("parsing"):  # also covers guess_source and a parser's own parse()
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
    handler) is asked for. The bytes are decoded as they are: line ends are not
    translated, so spans index the file's text exactly.

    A file that cannot be read (missing, a directory, no permission) raises
    the :class:`OSError` that reading it raised (``FileNotFoundError``,
    ``IsADirectoryError``, ...), and an unknown *encoding* raises
    :class:`LookupError`: these are errors of the call, not of the text.
    """
    data = Path(path).read_bytes()
    try:
        text = data.decode(encoding, errors)
    except UnicodeDecodeError as exc:
        raise DecodeError(os.fspath(path), encoding, exc.start, exc.reason) from None
    return parse(text, source=source)

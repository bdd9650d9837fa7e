"""The command line: ``python -m natocorpus [FILE ...]`` (also installed as ``natocorpus``).

Without ``--summary`` every article becomes one JSON document on its own line
(JSON Lines), in the layout :func:`natocorpus.to_json` writes; with
``--summary`` a table with one row per article is printed instead.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from ._api import parse, parse_file
from ._errors import NatocorpusError
from ._json import to_json
from ._records import Article
from ._seeds import seed_files

__all__ = ["main"]

_DESCRIPTION = """\
Turn plain text scraped from news pages into structured records: blocks with
roles, quotes with speakers, aid figures and interviews, each with character
offsets into the input.

Each FILE is read as text and parsed; without FILE arguments the five seed
articles bundled with natocorpus are used.

Output (default): one JSON document per article and line (JSON Lines), each
the article as natocorpus.to_json() writes it, with a "schema_version" key.
Read a line back with natocorpus.from_json(line, natocorpus.Article).

Output with --summary: a table with one row per article (file, title or the
first words, outlet, and the numbers of quotes, aid figures and interviews).
"""

_EPILOG = """\
exit status: 0 on success, 2 on a usage error or a file that is missing or
cannot be decoded, 1 when parsing fails.

examples:
  python -m natocorpus --summary            table of the bundled seeds
  python -m natocorpus page.txt > page.jsonl
"""

_TITLE_WIDTH = 48
_OUTLET_WIDTH = 24
_FIRST_WORDS = 8


def _argument_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="natocorpus",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="plain-text news pages to parse (default: the bundled seed articles)",
    )
    parser.add_argument(
        "--summary",
        action="store_true",
        help="print a readable table (one row per article) instead of JSON Lines",
    )
    parser.add_argument(
        "--source",
        metavar="NAME",
        help="force the source parser registered under NAME (default: guess from the text)",
    )
    parser.add_argument(
        "--encoding",
        default="utf-8",
        help="encoding of the input files (default: %(default)s)",
    )
    return parser


def _articles(
    files: Sequence[str], *, source: str | None, encoding: str
) -> Iterator[tuple[str, Article]]:
    if files:
        for name in files:
            yield name, parse_file(name, encoding=encoding, source=source)
    else:
        for seed in seed_files():
            yield seed.name, parse(seed.read_bytes().decode("utf-8"), source=source)


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _label(article: Article) -> str:
    """The title, or the first words of the first block, or a dash."""
    if article.title:
        return article.title
    first = next((block.text for block in article.blocks if block.role.is_content), "")
    words = (first or article.text).split()
    if not words:
        return "-"
    return " ".join(words[:_FIRST_WORDS]) + (" …" if len(words) > _FIRST_WORDS else "")


def _summary(rows: Sequence[tuple[str, Article]], out: TextIO) -> None:
    header = ("file", "title", "outlet", "quotes", "aid", "interviews")
    table = [header]
    for name, article in rows:
        table.append(
            (
                os.path.basename(name),
                _shorten(_label(article), _TITLE_WIDTH),
                _shorten(article.outlet or "-", _OUTLET_WIDTH),
                str(len(article.quotes)),
                str(len(article.aid_figures)),
                str(len(article.interviews)),
            )
        )
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    numeric = {3, 4, 5}

    def line(row: Sequence[str]) -> str:
        cells = [
            cell.rjust(width) if i in numeric else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        return "  ".join(cells).rstrip()

    out.write(line(header) + "\n")
    out.write("  ".join("-" * width for width in widths) + "\n")
    for row in table[1:]:
        out.write(line(row) + "\n")
    quotes = sum(len(a.quotes) for _, a in rows)
    aid = sum(len(a.aid_figures) for _, a in rows)
    interviews = sum(len(a.interviews) for _, a in rows)
    out.write(
        f"{len(rows)} article(s): {quotes} quote(s), {aid} aid figure(s), "
        f"{interviews} interview(s)\n"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit status."""
    parser = _argument_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error argparse has reported
        return exc.code if isinstance(exc.code, int) else 2

    for name in args.files:
        path = Path(name)
        if not path.is_file():
            problem = "is a directory" if path.is_dir() else "no such file"
            print(f"natocorpus: error: cannot read {name!r}: {problem}", file=sys.stderr)
            return 2

    articles = _articles(args.files, source=args.source, encoding=args.encoding)
    try:
        if args.summary:
            _summary(list(articles), sys.stdout)
        else:
            for _, article in articles:
                sys.stdout.write(to_json(article) + "\n")
        sys.stdout.flush()
    except (OSError, LookupError, ValueError) as exc:
        if isinstance(exc, BrokenPipeError):  # e.g. piped into `head`
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return 1
        # unreadable files, undecodable bytes (DecodeError), unknown --source
        # (UnknownSourceError) or --encoding (LookupError)
        print(f"natocorpus: error: {exc}", file=sys.stderr)
        return 2
    except NatocorpusError as exc:
        print(f"natocorpus: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

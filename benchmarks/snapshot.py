#!/usr/bin/env python
"""Check that a change leaves every result of ``parse`` byte-identical.

A speed or memory change must not change what ``parse`` returns. This tool
parses a fixed corpus, writes each result as JSON (one line per text), and
compares two such files. Run by hand from the repository root::

    python benchmarks/snapshot.py write /tmp/before.jsonl
    # ... make the change ...
    python benchmarks/snapshot.py write /tmp/after.jsonl
    python benchmarks/snapshot.py diff /tmp/before.jsonl /tmp/after.jsonl

``--src DIR`` parses with the ``natocorpus`` package in *DIR* (another
checkout's ``src/``, say the main branch in a git worktree) instead of this
checkout's; the corpus always comes from this checkout. ``--extra FILE`` adds
the strings of a JSON array (or the ``"Input"`` of each of its objects), such as
a peer library's test cases, which this repository does not ship.

The corpus (about 1,800 texts, 2.7 M characters):

- the seeds and the held-out pages of ``tests/heldout*/texts``, and eight
  variants of each: CRLF line ends, upper case, lower case, straight quotation
  marks, curly ones, no blank lines, one line, the first half;
- pairs of those pages joined by a blank line;
- every string literal of 30 characters or more in ``tests/`` (the sentences
  and pages the tests invent), keyed by a hash of the text;
- the hostile inputs of ``tests/_hostile_inputs.py`` (their first 30,000
  characters), its sample page, and 400 random mixes of its sentence fragments (fixed seed).

A text whose parse raises a ``NatocorpusError`` is recorded with the error, so
a change in what raises is caught too. ``diff`` exits with status 1 when any
text present in both files differs, and prints the first differences.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import random
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE_DIRS = ("seeds", "tests/heldout/texts", "tests/heldout2/texts")
SHORTEST_LITERAL = 30
LONGEST_HOSTILE = 30_000
FRAGMENT_MIXES = 400

_STRAIGHT = str.maketrans("\u201c\u201d\u2018\u2019", "\"\"''")


def _variants(text: str) -> Iterator[tuple[str, str]]:
    yield "crlf", text.replace("\n", "\r\n")
    yield "upper", text.upper()
    yield "lower", text.lower()
    yield "straight", text.translate(_STRAIGHT)
    yield "curly", text.replace('"', "\u201c")
    yield "noblank", "\n".join(line for line in text.splitlines() if line.strip())
    yield "oneline", text.replace("\n", " ")
    yield "half", text[: len(text) // 2]


def _literals() -> Iterator[str]:
    for path in sorted((ROOT / "tests").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            value = node.value if isinstance(node, ast.Constant) else None
            if isinstance(value, str) and len(value) >= SHORTEST_LITERAL:
                yield value


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def corpus(extra: Sequence[Path] = ()) -> dict[str, str]:
    """The texts to parse, by a stable name (see the module docstring)."""
    pages: dict[str, str] = {}
    for folder in PAGE_DIRS:
        for path in sorted((ROOT / folder).glob("*.txt")):
            pages[f"{folder}/{path.name}"] = path.read_text(encoding="utf-8")
    texts = dict(pages)
    for name, text in pages.items():
        for variant, changed in _variants(text):
            texts[f"{name}#{variant}"] = changed
    names = list(pages)
    for i, name in enumerate(names):
        texts[f"join:{name}"] = pages[name] + "\n\n" + pages[names[(i + 3) % len(names)]]
    for literal in _literals():
        texts[f"literal:{_key(literal)}"] = literal
    sys.path.insert(0, str(ROOT / "tests"))
    from _hostile_inputs import FRAGMENTS, HOSTILE, PAGE

    for name, build in HOSTILE.items():
        texts[f"hostile:{name}"] = build()[:LONGEST_HOSTILE]
    texts["hostile-page"] = PAGE
    rng = random.Random(8)
    for i in range(FRAGMENT_MIXES):
        paragraphs = [
            " ".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 12)))
            for _ in range(rng.randint(1, 6))
        ]
        texts[f"mix:{i}"] = rng.choice(["\n", "\n\n"]).join(paragraphs)
    for path in extra:
        for i, item in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            text = item["Input"] if isinstance(item, dict) else item
            texts[f"extra:{path.name}:{i}"] = text
    return texts


def write(out: Path, src: Path, extra: Sequence[Path]) -> None:
    """Parse every text of the corpus with the package in *src*; one JSON line each."""
    sys.path.insert(0, str(src))
    import natocorpus

    texts = corpus(extra)
    start = time.perf_counter()
    with out.open("w", encoding="utf-8") as f:
        for name, text in texts.items():
            try:
                result = natocorpus.to_json(natocorpus.parse(text))
            except natocorpus.NatocorpusError as exc:
                result = f"ERROR {type(exc).__name__}: {exc}"
            f.write(json.dumps({"name": name, "out": result}) + "\n")
    size = sum(map(len, texts.values())) / 1e6
    where = Path(natocorpus.__file__).parent
    seconds = time.perf_counter() - start
    print(f"{len(texts)} texts ({size:.2f} M characters) parsed with {where} in {seconds:.1f} s")


def _read(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8") as f:
        return {row["name"]: row["out"] for row in map(json.loads, f)}


def diff(first: Path, second: Path, shown: int = 10) -> int:
    """Compare two snapshots; 1 if a text present in both differs, else 0."""
    a, b = _read(first), _read(second)
    common = [name for name in a if name in b]
    differ = [name for name in common if a[name] != b[name]]
    print(
        f"{len(common)} texts in both, {len(differ)} differ ({len(a) - len(common)} only in"
        f" {first.name}, {len(b) - len(common)} only in {second.name})"
    )
    for name in differ[:shown]:
        x, y = a[name], b[name]
        at = next(
            (i for i, (p, q) in enumerate(zip(x, y, strict=False)) if p != q), min(len(x), len(y))
        )
        lo = max(0, at - 120)
        print(f"- {name} (from character {at})")
        print(f"    before: {x[lo : at + 120]!r}")
        print(f"    after:  {y[lo : at + 120]!r}")
    return 1 if differ else 0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write", help="parse the corpus and write a snapshot")
    w.add_argument("out", type=Path)
    w.add_argument("--src", type=Path, default=ROOT / "src", help="where natocorpus is")
    w.add_argument("--extra", type=Path, action="append", default=[], help="a JSON array")
    d = sub.add_parser("diff", help="compare two snapshots")
    d.add_argument("first", type=Path)
    d.add_argument("second", type=Path)
    args = ap.parse_args(argv)
    if args.command == "write":
        write(args.out, args.src.resolve(), args.extra)
        return 0
    return diff(args.first, args.second)


if __name__ == "__main__":
    sys.exit(main())

"""Hostile and unusual inputs shared by the robustness tests and benchmarks.

Used by ``tests/test_hostile.py`` (each input must parse or raise a
``NatocorpusError``, under a generous watchdog), ``tests/test_fuzz.py`` and
``tests/test_properties.py`` (as raw material) and ``benchmarks/bench_hostile.py``
(which times the same inputs against the "1 s per 100 kB" budget).

Every text here is invented for the project; the seed articles are read from
the repository's ``seeds/`` directory, never copied.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"

#: An invented news page with the leftovers a scraper keeps: navigation, a
#: headline, a byline, quotes of several kinds, money and counted amounts, a
#: caption with its credit, a short Q&A and teasers after the end.
PAGE = """\
Skip to main content
Subscribe
World | Europe
Alliance ministers weigh new air-defence package for Ukraine
Talks in Brussels end without a final figure
By Mara Velden
Defence ministers of the alliance met in Brussels on Thursday to discuss a package \
worth about €1.2 billion ($1.3 billion) in air-defence systems for Ukraine.
"We will not leave Ukraine alone this winter," said Tomas Ridder, the alliance's deputy \
secretary general. "Every battery counts."
Ridder added that the aid was "urgent but not unlimited" and that 40,000 artillery shells \
were already on their way.
\u201cWe have heard the promises before,\u201d Ukraine\u2019s defence minister, Olena \
Marchuk, told reporters. \u201cNow we need the deliveries.\u201d
According to the Institute for Security Studies, allies pledged some 64.6 billion euros \
in military aid between 2022 and 2024, while Kyiv says it needs \u00a32bn more per year.
Soldiers unload a shipment at a depot in eastern Poland.
Photo: Jan Kowal / Agency Press
Q: Minister, is the package enough?
A: No package is ever enough, but this one keeps the lights on.
Q: When will the systems arrive?
A: The first ones in March, according to the plan.
This article was originally published by Example Wire and is reprinted with permission.
Related:
Navy drills in the Baltic Sea
Read more: Winter energy plans for Kyiv
Follow us on social media
"""

#: Short pieces of news prose for building texts (quotes, amounts, names, cues).
FRAGMENTS: tuple[str, ...] = (
    "said Tomas Ridder",
    "Ridder said",
    "she told reporters",
    "according to officials",
    "the alliance's chief",
    "Mara Velden",
    "Olena Marchuk",
    "Dr. Ivo Lenz, the minister,",
    '"We will stay," he said.',
    "\u201cWe will stay,\u201d he said.",
    "\u2018not now\u2019",
    "\u00abnever\u00bb",
    "\u201eja\u201c",
    "'partly'",
    '"',
    "\u201c",
    "\u201d",
    "\u2019",
    "$1.3 billion",
    "\u20ac1.2 billion",
    "\u00a32bn",
    "64.6 billion euros",
    "40,000 artillery shells",
    "UAH 5 billion",
    "1,000",
    "1.5",
    "about 300 million",
    "between 2022 and 2024",
    "in March 2023",
    "pledged",
    "delivered",
    "military aid",
    "to Ukraine",
    "Q: ",
    "A: ",
    "Question:",
    "Answer:",
    "MARCHUK: ",
    "By Mara Velden",
    "Photo: Jan Kowal / Agency Press",
    "Subscribe",
    "Related:",
    "Read more:",
    "Advertisement",
    ". ",
    ", ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\u00a0",
    "\u200b",
)

#: Quotation marks of many conventions.
QUOTE_MARKS: tuple[str, ...] = (
    '"',
    "'",
    "\u201c",
    "\u201d",
    "\u2018",
    "\u2019",
    "\u201e",
    "\u201a",
    "\u201f",
    "\u00ab",
    "\u00bb",
    "\u2039",
    "\u203a",
    "\u300c",
    "\u300d",
    "\uff02",
)

#: Every Unicode space separator (``\\p{Zs}``) plus the other white space and
#: line-breaking characters a scraper lets through. (Every ``Zs`` character is in
#: the Basic Multilingual Plane, so only that is scanned.)
UNICODE_SPACES: tuple[str, ...] = tuple(
    sorted(
        set(regex.findall(r"\p{Zs}", "".join(map(chr, range(0x10000)))))
        | set("\t\v\f\x85\u2028\u2029")
    )
)


def seed_texts() -> list[str]:
    """The seed articles of the repository, in sorted file-name order (may be empty)."""
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))]


def _repeat_to(unit: str, size: int) -> str:
    """*unit* repeated (and cut) to exactly *size* characters."""
    if not unit:
        return ""
    return (unit * (size // len(unit) + 1))[:size]


def _times(unit: str, count: int) -> Callable[[], str]:
    return lambda: unit * count


def _cycle_to(pieces: tuple[str, ...], count: int, sep: str = "") -> str:
    return sep.join(itertools.islice(itertools.cycle(pieces), count))


def _nested(depth: int) -> str:
    opens = ("\u201c", "\u2018", '"', "'", "\u00ab", "\u2039")
    closes = ("\u201d", "\u2019", '"', "'", "\u00bb", "\u203a")
    head = "".join(f"Anna said {opens[i % len(opens)]}" for i in range(depth))
    tail = "".join(closes[i % len(closes)] for i in reversed(range(depth)))
    return head + "yes" + tail


def _distinct_names(count: int) -> str:
    first = ("Anna", "Boris", "Clara", "Dmytro", "Eva", "Farid", "Greta", "Hugo", "Ines", "Jonas")
    last = [f"Sur{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{i // 676}" for i in range(count)]
    lines = (
        f"\u201cWe agree,\u201d said {first[i % len(first)]} {last[i]}, the minister."
        for i in range(count)
    )
    return "\n".join(lines)


def _rtl_and_zero_width() -> str:
    lines = []
    marks = ("\u202e", "\u202b", "\u200f", "\u2067", "\u2069", "\u061c")
    for i, line in enumerate(PAGE.splitlines()):
        spaced = "\u200b".join(line) if i % 3 == 0 else line.replace(" ", "\u200d ")
        lines.append(marks[i % len(marks)] + spaced + "\ufeff")
    hebrew = "\u05d0\u05de\u05e8 \u05d4\u05e9\u05e8"
    arabic = "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631"
    lines.append(f"{hebrew}: \u201c{hebrew}\u201d")
    lines.append(f"{arabic} \u00ab{arabic}\u00bb 1,000")
    return _repeat_to("\n".join(lines) + "\n", 200_000)


def _mixed_line_ends() -> str:
    ends = ("\n", "\r\n", "\r", "\n\r", "\r\r\n")
    lines = PAGE.splitlines()
    return "".join(line + ends[i % len(ends)] for i, line in enumerate(lines * 40))


def _spaces_between_words() -> str:
    words = PAGE.split()
    spaces = UNICODE_SPACES
    return "".join(w + spaces[i % len(spaces)] for i, w in enumerate(words * 20))


def _seeds_joined(transform: Callable[[str], str]) -> str:
    texts = seed_texts() or [PAGE]
    return "\n\n".join(transform(t) for t in texts)


def _hostile_builders() -> Iterator[tuple[str, Callable[[], str]]]:
    yield "empty", lambda: ""
    yield "one_space", lambda: " "
    yield "only_whitespace", lambda: _repeat_to(" \t\n\r\n \u3000\n", 100_000)
    yield "only_unicode_spaces", lambda: _repeat_to("".join(UNICODE_SPACES), 100_000)
    yield "every_unicode_space_between_words", _spaces_between_words
    yield "no_newline_prose_1mb", lambda: _repeat_to(PAGE.replace("\n", " "), 1_000_000)
    yield "no_newline_letters_1mb", lambda: "a" * 1_000_000
    yield "many_blank_lines_1mb", lambda: "\n" * 1_000_000
    yield "many_short_lines", lambda: "a\n" * 50_000
    for i, mark in enumerate(QUOTE_MARKS):
        yield f"quotes_100k_{i:02d}_U+{ord(mark):04X}", _times(mark, 100_000)
    yield "quotes_100k_spaced_mixed", lambda: _cycle_to(QUOTE_MARKS, 100_000, " ")
    yield "quotes_alternating_kinds", lambda: _cycle_to(QUOTE_MARKS, 100_000)
    yield "quotes_alternating_open_close", lambda: "\u201c\u201d" * 50_000
    yield (
        "quotes_alternating_with_words",
        lambda: _cycle_to(
            ('"a', "\u201cb", "\u2018c", "\u00abd", "e\u201d", "f'", "g\u00bb", "h\u2019"),
            40_000,
            " ",
        ),
    )
    yield "quotes_unbalanced_openers", lambda: "\u201cHe said " * 20_000
    yield "quotes_unbalanced_closers", lambda: "he said.\u201d " * 20_000
    yield "quotes_nested_deep", lambda: "\u201c\u2018" * 20_000 + "x" + "\u2019\u201d" * 20_000
    yield "quotes_nested_with_cues", lambda: _nested(3_000)
    yield "quote_one_open_1mb", lambda: "\u201c" + _repeat_to("war and peace ", 1_000_000)
    yield "ones_commas", lambda: "1," * 100_000
    yield "ones_dots", lambda: "1." * 100_000
    yield "ones_spaces", lambda: "1 " * 100_000
    yield "ones_money", lambda: "$1," * 60_000 + " billion"
    yield "digits_200k", lambda: "9" * 200_000
    yield "million_run", lambda: "1 million " * 20_000
    yield "currency_symbols_run", lambda: _cycle_to(("\u20ac", "$", "\u00a3", "\u20b4"), 100_000)
    yield "number_words_run", lambda: "one hundred and two thousand billion " * 5_000
    yield "said_run", lambda: "said " * 40_000
    yield "many_distinct_names", lambda: _distinct_names(3_000)
    yield "colon_speakers", lambda: "MINISTER: Yes.\nQ: Why?\n" * 5_000
    yield "nul_bytes", lambda: "\x00" * 100_000
    yield "nul_interleaved_page", lambda: "\x00".join(PAGE) * 2
    yield "lone_surrogates", lambda: "\ud800\udfff\udc00" * 33_000
    yield "lone_surrogates_in_page", lambda: "\ud800".join(PAGE.split(" ")) * 4
    yield "rtl_and_zero_width", _rtl_and_zero_width
    yield "combining_marks", lambda: "a" + "\u0301" * 100_000
    yield "astral_emoji", lambda: "\U0001f600 \U0001d400" * 30_000
    yield "noncharacters", lambda: "\uffff\ufffe\U0010ffff" * 30_000
    yield "control_chars", lambda: _repeat_to("".join(map(chr, range(32))) + "\x7f", 100_000)
    yield "cr_line_ends", lambda: _seeds_joined(lambda t: t.replace("\n", "\r"))
    yield "crlf_line_ends", lambda: _seeds_joined(lambda t: t.replace("\n", "\r\n"))
    yield "mixed_line_ends", _mixed_line_ends
    yield "only_cr", lambda: "\r" * 100_000
    yield "lf_cr_pairs", lambda: "x\n\r" * 30_000
    yield "all_caps_seeds", lambda: _seeds_joined(str.upper)
    yield "all_caps_page", lambda: PAGE.upper() * 50
    yield "tabs_and_form_feeds", lambda: _repeat_to("a\tb\vc\fd\x1ce\x1df\n", 100_000)


#: Name -> builder of each hostile input (built lazily: some are 1 MB).
HOSTILE: dict[str, Callable[[], str]] = dict(_hostile_builders())

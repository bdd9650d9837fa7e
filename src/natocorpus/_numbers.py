"""Number words, digit groups and scale words.

Private helpers of :mod:`natocorpus._amounts`. Everything here works on
already tokenised words (lower case); no pattern in this module runs on
input text.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

#: Cardinal number words below a hundred.
UNITS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

#: Fractions that multiply what comes before them ("three quarters", "half").
FRACTIONS: dict[str, Decimal] = {
    "half": Decimal("0.5"),
    "halves": Decimal("0.5"),
    "quarter": Decimal("0.25"),
    "quarters": Decimal("0.25"),
    "third": Decimal(1) / Decimal(3),
    "thirds": Decimal(1) / Decimal(3),
}

#: Scale words and abbreviations.
SCALES: dict[str, Decimal] = {
    "hundred": Decimal(100),
    "thousand": Decimal(10) ** 3,
    "k": Decimal(10) ** 3,
    "lakh": Decimal(10) ** 5,
    "lakhs": Decimal(10) ** 5,
    "lac": Decimal(10) ** 5,
    "million": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "mio": Decimal(10) ** 6,
    "crore": Decimal(10) ** 7,
    "crores": Decimal(10) ** 7,
    "billion": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "bln": Decimal(10) ** 9,
    "bil": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
    "tn": Decimal(10) ** 12,
    "trn": Decimal(10) ** 12,
    "tr": Decimal(10) ** 12,
}

#: Abbreviated scales: only read right after a number (``100bn``, ``$5 m``).
SHORT_SCALES = frozenset({"k", "m", "mn", "mln", "mio", "b", "bn", "bln", "bil", "tn", "trn", "tr"})

#: Plural scale words that make a vague amount: "billions of euros".
VAGUE_SCALES: dict[str, Decimal] = {
    "hundreds": Decimal(100),
    "thousands": Decimal(10) ** 3,
    "millions": Decimal(10) ** 6,
    "billions": Decimal(10) ** 9,
    "trillions": Decimal(10) ** 12,
}


def parse_digits(raw: str) -> Decimal | None:
    """Read a run of digits with thousands separators and a decimal point.

    ``"1,200"`` and ``"1 200"`` are 1200, ``"8.1"`` is 8.1, ``"12,34,567.89"``
    (Indian grouping) is 1234567.89. A run that is no well-formed number
    (``"1,2,3"``) gives ``None``.

    >>> parse_digits("1,200.50")
    Decimal('1200.50')
    >>> parse_digits("1,2,3") is None
    True
    """
    text = raw.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    text = text.replace(" ", ",")
    if text.count(".") > 1:
        # "1.200.000": dots as thousands separators
        groups = text.split(".")
        if all(len(g) == 3 for g in groups[1:]) and "," not in text:
            text = "".join(groups)
        else:
            return None
    whole, _, frac = text.partition(".")
    if "," in whole:
        groups = whole.split(",")
        head, rest = groups[0], groups[1:]
        western = 1 <= len(head) <= 3 and all(len(g) == 3 for g in rest)
        indian = (
            1 <= len(head) <= 2
            and len(rest) >= 2
            and all(len(g) == 2 for g in rest[:-1])
            and len(rest[-1]) == 3
        )
        if not (western or indian):
            return None
        whole = "".join(groups)
    try:
        return Decimal(f"{whole}.{frac}") if frac else Decimal(whole)
    except InvalidOperation:  # pragma: no cover - the tokeniser only passes digits
        return None


def words_value(words: list[str]) -> Decimal | None:
    """The value of a run of number words ("two and a half million").

    *words* are lower-case tokens; hyphens are already dropped. ``"a"`` and
    ``"an"`` count as one only before a scale or fraction.

    >>> words_value(["two", "and", "a", "half", "million"])
    Decimal('2500000.0')
    >>> words_value(["a", "million"])
    Decimal('1000000')
    """
    total = Decimal(0)
    current = Decimal(0)
    seen = False
    add_fraction = False
    for i, word in enumerate(words):
        if word in UNITS:
            current += UNITS[word]
            seen = True
        elif word in ("a", "an"):
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if nxt in FRACTIONS and (add_fraction or seen):
                continue
            if nxt in SCALES or nxt in FRACTIONS or nxt == "dozen":
                if current == 0:
                    current = Decimal(1)
                    seen = True
                continue
            return None
        elif word == "and":
            add_fraction = True
            continue
        elif word in FRACTIONS:
            if add_fraction:
                current += FRACTIONS[word]
            else:
                current = (current or Decimal(1)) * FRACTIONS[word]
            seen = True
        elif word == "dozen":
            current = (current or Decimal(1)) * 12
            seen = True
        elif word == "hundred":
            current = (current or Decimal(1)) * 100
            seen = True
        elif word in SCALES and word not in SHORT_SCALES:
            total += (current or Decimal(1)) * SCALES[word]
            current = Decimal(0)
            seen = True
        else:
            return None
        add_fraction = False
    if not seen:
        return None
    return total + current


#: Every word that may take part in a run of number words.
NUMBER_WORDS = frozenset(
    set(UNITS)
    | set(FRACTIONS)
    | {"a", "an", "and", "dozen", "hundred", "thousand", "million", "billion", "trillion"}
    | {"lakh", "crore"}
)

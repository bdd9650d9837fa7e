"""Fast paths of the stages: each gives the same results as the exact path it stands for."""

from __future__ import annotations

import regex

from natocorpus._people import _APPOSITIVE_AFTER, _FOLD_MARKS, _ROLE_AFTER


def test_fold_marks_cover_every_multi_character_fold_of_the_word_class() -> None:
    """The fast appositive patterns differ from the exact ones only on text with a fold mark."""
    word = regex.compile(r"(?iV1)[\p{L}\-\u2019']")
    folds = set()
    for code in range(0x10000):  # every multi-character case mapping is in the BMP
        char = chr(code)
        for mapped in (char.casefold(), char.upper(), char.lower(), char.title()):
            if len(mapped) > 1:
                folds.update({mapped, mapped.casefold(), mapped.upper(), mapped.lower()})
    outside = {c for f in folds if word.fullmatch(f) for c in f if not word.fullmatch(c)}
    assert outside <= set(_FOLD_MARKS)


def test_fast_and_exact_appositive_patterns_agree() -> None:
    for tail in (
        ", a former deputy harbour master now at the Tern Bay Forum in Osaka, said",
        ", a spokeswoman for the Tern Bay port authority, said",
        ", the chief negotiator of Tern Bay, declined",
        ", the gross witne\u00df, said",
        ", an o\ufb03cer, said",
        ", who said the ferry was late",
        " (54), said",
    ):
        for exact, fast in (_APPOSITIVE_AFTER, _ROLE_AFTER):
            a, b = exact.match(tail), fast.match(tail)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))

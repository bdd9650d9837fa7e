"""Fast paths of the stages: each gives the same results as the exact path it stands for."""

from __future__ import annotations

import pytest
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


def test_every_match_finds_what_finditer_finds() -> None:
    from natocorpus import _interview_names, _people

    text = (
        "McAllister met Dr. Ada Quill-Berg in the U. S. Office.\nPiet van Houten's aide,"
        " Ingrid O\u2019Neill (NATO), Ada Quill, said: \u201cKEEP CALM.\u201d  \r\n"
        "Lt. Col. Ed Voss\u00a0Jr left"
        " \u00c9mile \u0141ukasz Zi\u0119ba 3Bravo xAlpha Tern-Bay."
    )
    for pattern in (_people.NAME_RUN, _interview_names.NAME_RUN):
        every = _people.every_match(pattern)
        for page in (text, text * 60):  # (the long one is scanned piece by piece)
            found = [m.span() for m in pattern.finditer(page)]
            assert list(_people.every_span(every, page)) == found
            inner = [m.span() for m in pattern.finditer(page, 70, len(page) - 9)]
            assert list(_people.every_span(every, page, 70, len(page) - 9)) == inner
        for pos, endpos in ((0, len(text)), (5, len(text) - 7), (58, 140)):
            scan = every.match(text, pos, endpos)
            assert scan is not None
            found = [m.span() for m in pattern.finditer(text, pos, endpos)]
            assert scan.spans(1) == found
            assert scan.captures(1) == [text[s:e] for s, e in found]


def test_every_span_cuts_long_text_without_commas_where_no_name_runs() -> None:
    """Pieces end at digits, marks or a space before most lower-case words, never in a name."""
    import random

    from natocorpus import _interview_names, _people

    names = ("Ada", "Quill", "Vega", "Houten", "O\u2019Neill", "Tern-Bay", "\u00c9mile", "KEEP")
    small = ("de", "la", "van", "bin", "met", "said", "in", "and", "the", "hosts", "at", "vs")
    marks = ("Dr.", "B.", "U.", "S.", "Lt.", "A", "x", "e", "t", "3", "(NATO)", "\u201cNo\u201d")
    words = [*names, *small, *marks, "Zi\u0119ba"]
    seps = [" ", " ", " ", "\u00a0", "\n", "\r\n", "  ", ". ", "-", "'"]
    rng = random.Random(8)
    for _ in range(40):
        page = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randrange(400, 900)))
        for pattern in (_people.NAME_RUN, _interview_names.NAME_RUN):
            every = _people.every_match(pattern)
            assert list(_people.every_span(every, page)) == [
                m.span() for m in pattern.finditer(page)
            ]


def test_interview_name_run_matches_as_its_plain_word_form() -> None:
    """The interview stage's NAME_RUN opens every word with its capital."""
    from natocorpus import _interview_names

    cap = _interview_names._CAP_WORD
    plain = regex.compile(
        rf"(?<![\p{{L}}\p{{M}}\u2019'\-])(?:{cap})(?:[ \u00a0]"
        rf"(?:(?:de|van|von|der|den|da|al|bin|la|le|di)[ \u00a0])?{cap}){{0,7}}"
    )
    text = (
        "U.S. Gen. Ada Quill-Berg met O\u2019Neill, Dr. B. C. Voss and the U.N.\u00a0Envoy Ed"
        " van Houten. Ab. AB. A.B.C. xAda 'Ada' -Bo Ada de la Vega Bo Bi Cy Di Ed Fa Go Ho Io Jo"
        " Ko Lu Mo \u00c9mile Zi\u0119ba-Lind Ab.c Abc. Abcd.E. A1 Bo\u0301b Ann\u00a0\u00a0Lee"
    )
    for page in (text, text.upper(), text.lower().title()):
        found = [m.span() for m in _interview_names.NAME_RUN.finditer(page)]
        assert found == [m.span() for m in plain.finditer(page)]


def test_name_run_matches_as_its_plain_token_form() -> None:
    """NAME_RUN opens every token with its capital; the plain form tries _TOKEN's branches."""
    from natocorpus import _people

    plain = regex.compile(
        rf"(?<![\p{{L}}\p{{M}}\d])(?:{_people._TOKEN})(?:(?:[ \u00a0]+|\r\n?|\n)"
        rf"(?:{_people._PARTICLES}[ \u00a0]+)*(?:{_people._TOKEN}))*",
        regex.VERSION1,
    )
    text = (
        "Mr. Mrs. Ms Dr. Gen. Lt. Col. Sen. Rep. Gov. St. Jr. Sr. Prof. Capt. Cmdr. Adm."
        " Sgt. Maj. Mrx. Est. XMr. Mr.Quill A. B. Quill A. b. Ada Mrs.Quill Lt.Col. Voss"
        " Piet van der Houten, Ada de la Vega\nQuill O\u2019Neill's Tern-Bay\u00a0Dr. Ed\r\n"
        "Capt. \u00c9mile Zi\u0119ba x\u0141ukasz 3Bravo NATO's U.S. Gen.\nSt. Ives"
    )
    for particle in _people._PARTICLE_WORDS:  # each in a name, and each near one
        text += f" Ada {particle} Vega, Ada {particle}x Vega, Ada {particle[:-1]} Vega."
        text += f" Bo {particle} {particle} Quill, Bo {particle}\u00a0 Quill, Bo {particle}"
    for page in (text, text.lower().title(), text.upper()):
        assert [m.span() for m in _people.NAME_RUN.finditer(page)] == [
            m.span() for m in plain.finditer(page)
        ]


def test_window_words_split_as_str_translate_does() -> None:
    """_window_words blanks the punctuation that str.translate blanked, as bytes."""
    import random

    from natocorpus._people import _window_words

    marks = ".,;:!?()[]{}\"'\u201c\u201d\u2018\u2019\u2014\u2013-/"
    table = str.maketrans(dict.fromkeys(marks, " "))
    alphabet = (
        marks + "heisrmfHEISRM \t\n\r\x0b\x0c\x1c\x1f\x85\u00a0\u2009\u3000\u00e9\u0130\u212a"
    )
    rng = random.Random(8)
    windows = [
        ", she said (he/she) \u201cher\u201d \u2014 his\u00a0view; HIM-self, Herself.",
        "\u2018hers\u2019 he\u2013she \u0130him \u00e9he he\x1cshe",
    ]
    windows += ["".join(rng.choices(alphabet, k=rng.randrange(40))) for _ in range(3000)]
    for window in windows:
        expected = {w.encode() for w in window.lower().translate(table).split()}
        assert set(_window_words(window)) == expected, window


def test_may_name_role_never_turns_down_a_role_pattern_match() -> None:
    import random

    from natocorpus._people import _ROLE_ONLY_BYTES, _may_name_role

    pieces = [
        ", ",
        ",",
        " ",
        "  ",
        "\n",
        "\r\n",
        "a ",
        "a",
        "an",
        "an ",
        "the ",
        "the",
        "his",
        "their",
        "who",
        "whose ",
        "whom",
        "WHO",
        "chief",
        "Chief",
        "SPOKESWOMAN",
        "editor-in-chief",
        "editor",
        "-in-",
        "military-analyst",
        "military",
        "analyst",
        "senior ",
        "former ",
        "x-",
        "-",
        "'",
        "s",
        ".",
        ";",
        ":",
        "(",
        ")",
        "54",
        "of ",
        "at ",
        "Tern ",
        "Bay",
        "fellow",
        "man",
        "human",
        "mayor's",
        "aide_",
        "chief2",
        "\u201c",
        "\u2019",
        "\u2014",
        "\u00a0",
        "\u2026",
        "\u00e9",
        "\u017f",  # (long s: folds to "s")
        "\u212a",  # (Kelvin sign: folds to "k")
        "\u2009",
        "word ",
    ]
    rng = random.Random(8)
    windows = [
        ", thechief of Tern Bay, said",
        ", a senior fellow at the Tern Bay Institute.",
        ", ex-official, said",
        ",who-, said",
        ", the mayor's aide, said",
        ", who said",
        ", the \u201cnew\u201d chief\u2019s aide",
        ", a \u017fpokesman",
        ", one two three four five chief",
        ", a one two three four five chief",
        ", a one two three four five six chief",
    ]
    for _ in range(12000):
        opening = rng.choice([",", ", ", " ,"])
        windows.append(opening + "".join(rng.choices(pieces, k=rng.randrange(1, 15))))
    for window in windows:
        if not _may_name_role(window):
            for pattern in (*_APPOSITIVE_AFTER, *_ROLE_AFTER):
                assert pattern.match(window) is None, window
        if not _may_name_role(window, _ROLE_ONLY_BYTES):
            for pattern in _ROLE_AFTER:
                assert pattern.match(window) is None, window


def test_name_runs_tell_single_words_from_longer_runs() -> None:
    from natocorpus._people import NAME_RUN, _Runs
    from natocorpus._records import Block, BlockRole, Span

    text = (
        "Mr. Ada Quill met Dr. Ed Voss-Lind and Quill. A. B. Tern said: \u201cNo.\u201d"
        " Piet van Houten, Houten's aide O\u2019Neill, NATO and Lt. Col. Ed Voss\u00a0Jr left."
    )
    for page in (text, text * 80):
        runs = _Runs(page, [Block(BlockRole.PARAGRAPH, page, Span(0, len(page)))])
        found = [m.span() for m in NAME_RUN.finditer(page)]
        assert sorted(runs.longer + runs.word_spans) == found
        assert runs.words == [page[s:e] for s, e in runs.word_spans]
        assert all(len(page[s:e].split()) == 1 for s, e in runs.word_spans)
        assert all(len(page[s:e].split()) > 1 for s, e in runs.longer)


def test_people_where_a_block_ends_inside_a_word() -> None:
    from natocorpus._people import PeopleIndex, _Runs
    from natocorpus._records import Block, BlockRole, Span

    text = "Ada Quillfeather spoke. Quillfeather left.\nQuillfeather said so."
    cut = text.index("feather left")
    blocks = [
        Block(BlockRole.PARAGRAPH, text[:cut], Span(0, cut)),
        Block(BlockRole.PARAGRAPH, text[cut:], Span(cut, len(text))),
    ]
    assert _Runs(text, blocks).word_crosses_block()
    index = PeopleIndex.build(text, blocks)
    assert [p.name for p in index.persons] == ["Ada Quillfeather"]
    assert [(m.start, m.end) for m in index.persons[0].mentions] == [(0, 16), (43, 55)]


def test_people_where_a_block_ends_inside_a_surname() -> None:
    from natocorpus._people import PeopleIndex
    from natocorpus._records import Block, BlockRole, Span

    text = "Ada Quill met Bo Quillan. QuillQuillan left. Quill said."
    cut = text.index("Quillan left")
    blocks = [
        Block(BlockRole.PARAGRAPH, text[:cut], Span(0, cut)),
        Block(BlockRole.PARAGRAPH, text[cut:], Span(cut, len(text))),
    ]
    index = PeopleIndex.build(text, blocks)
    assert [(m.start, m.end) for m in index.persons[0].mentions] == [(0, 9), (26, 31), (45, 50)]


def test_sentence_breaks_are_where_the_lookbehind_form_finds_them() -> None:
    import random

    from natocorpus._reported import _SENTENCE

    # White space after a sentence's mark (and closing mark), unless the mark is the full
    # stop of an abbreviation.
    plain = regex.compile(
        r"(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Prof|Jr|Sr|No|vs|U\.S|U\.K|U\.N|E\.U|"
        r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.[\"\u201d\u2019)]?)"
        r"(?<=[.!?\u2026][\"\u201d\u2019)]?)"
        r"[ \u00a0]+(?=[\u201c\"\u2018(]?[\p{Lu}\d])"
    )
    alphabet = '.!?\u2026"\u201d\u2019) \u00a0\u201c\u2018(AZaz09MrSU'
    rng = random.Random(8)
    texts = ["Mr. Quill left.  \u201cNo!\u201d She said? (Yes.) 2 ships\u2026 Then U.S. Navy."]
    texts += ["Gen. Ada Holm met Mr.\u201d Bo. Lt. Col. Ed Voss left. Sept. 5 was late."]
    texts += ["".join(rng.choices(alphabet, k=rng.randrange(60))) for _ in range(5000)]
    for text in texts:
        spans = [m.span(1) for m in _SENTENCE.finditer(text)]
        assert spans == [m.span() for m in plain.finditer(text)], text


def test_may_cue_after_never_turns_down_a_cue_after_a_name() -> None:
    import random

    from natocorpus._cues import cue_lemma
    from natocorpus._people import _WORD_AFTER, _may_cue_after

    pieces = [
        ",", ", ", " ", "\n", "\x1c", "\u00a0", "said", "Said", "says", "told", "also ", "then",
        "later ", "quickly ", "reply ", "ly ", "has", "once ", "x", "2", "\u00e9", "-", "\u201c",
        "said\u00e9", "ad", "warned", "recently ", "the ", "a",
    ]  # fmt: skip
    rng = random.Random(8)
    windows = [", then later quickly said", " reply\u201c", " once said,", ",said", " , said"]
    windows += ["".join(rng.choices(pieces, k=rng.randrange(1, 9))) for _ in range(20000)]
    for window in windows:
        if not _may_cue_after(window):
            m = _WORD_AFTER.match(window)
            assert m is None or cue_lemma(m.group(1)) is None, window


def test_plain_name_reads_ascii_words_as_its_patterns_do() -> None:
    import random

    from natocorpus._people import _MIXED_CASE, _NAME_PREFIX, _plain_name

    rng = random.Random(8)
    alphabet = "aBcDeMcOo'-.\u2019\u00e9\u00c9\u01c5"
    for _ in range(5000):
        words = tuple("".join(rng.choices(alphabet, k=rng.randrange(1, 7))) for _ in range(2))
        expected = all(
            len(w) >= 2
            and not ("-" in w[1:] and w.split("-")[-1].islower())
            and not (_MIXED_CASE.match(w) and not _NAME_PREFIX.match(w))
            for w in words
        )
        assert _plain_name(words) == expected, words


def test_results_do_not_depend_on_the_size_of_the_pieces_read_at_once() -> None:
    # The aid stage lower-cases the text a piece at a time and the quotes stage scans its
    # paragraphs in batches, both to bound the working memory; no piece boundary may change a
    # result. Tiny pieces put boundaries everywhere, also next to characters whose lower case
    # is longer (the dotted capital I), where the offsets of a piece cannot be used.
    import random

    import natocorpus
    from natocorpus import _amounts, _quotes

    words = (
        "Norway pledged 2 billion euros ($2.2 billion) in military aid to Kyiv. The \u0130zmir "
        "talks provided two million artillery shells worth \u20ac40 bn annual, \u201cwe will "
        "stay,\u201d said Ada Quill. Germany supports Ukraine with 17.7 billion dollars, she "
        "said, \u201cand more.\u201d \u0130 the minister wrote: \u201cNo.\u201d " + "x" * 90
    ).split()
    rng = random.Random(3)
    for _ in range(40):
        paras = [" ".join(rng.choices(words, k=rng.randrange(5, 60))) for _ in range(12)]
        text = "\n\n".join(paras)
        whole = []
        for chunk, batch in ((1 << 20, 1 << 20), (64, 16), (300, 1)):
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(_amounts, "_CHUNK", chunk)
                patch.setattr(_quotes, "_BATCH_CHARS", batch)
                article = natocorpus.parse(text)
            whole.append((article.quotes, article.amounts, article.aid_figures))
        assert whole[1] == whole[0]
        assert whole[2] == whole[0]

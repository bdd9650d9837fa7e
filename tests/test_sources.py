"""The source-parser registry, guessing, and plug-ins through entry points.

Every test that registers a class restores the registry afterwards (the
``registry`` fixture), so the tests do not leak parsers into each other.
"""

from __future__ import annotations

import importlib.metadata
import os
import warnings
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
import regex

import natocorpus
from natocorpus import SourceParser, SourceWarning, UnknownSourceError, _registry

# A page of an invented outlet, written for these tests.
TIDEWATER_PAGE = """\
Tidewater Ledger
Tidewater Ledger | Coast
Ferry timetable changes from Monday
The harbour board said the evening ferry will leave half an hour earlier.
Read more from the Tidewater Ledger
(c) Tidewater Ledger Media
"""


class TidewaterLedger(SourceParser):
    """An invented outlet, registered at run time by the tests."""

    name = "tidewater-ledger"
    aliases = ("Tidewater", "ledger")
    outlet = "Tidewater Ledger"
    boilerplate_patterns = (r"Read more from the Tidewater Ledger",)
    signature_patterns = (
        r"(?m)^Tidewater Ledger \| \w+$",
        r"(?m)^\(c\) Tidewater Ledger Media$",
    )


class AlwaysHalf(SourceParser):
    name = "always-half"

    def score(self, text: str) -> float:
        return 0.5


class AlsoHalf(SourceParser):
    name = "also-half"

    def score(self, text: str) -> float:
        return 0.5


class Exploding(SourceParser):
    name = "exploding"

    def score(self, text: str) -> float:
        raise RuntimeError("bug in the plug-in")


class NotANumber(SourceParser):
    name = "not-a-number"

    def score(self, text: str) -> float:
        return "high"  # type: ignore[return-value]


class TooSure(SourceParser):
    name = "too-sure"

    def score(self, text: str) -> float:
        return 7.0


# --- lookup ---------------------------------------------------------------------------------


def test_generic_is_always_there() -> None:
    parser = natocorpus.get_source("generic")
    assert type(parser) is SourceParser
    assert parser.name == "generic"
    assert "generic" in _registry.source_names()


@pytest.mark.usefixtures("registry")
def test_get_source_by_name_and_alias_ignores_case() -> None:
    natocorpus.register_source(TidewaterLedger)
    for name in ("tidewater-ledger", "Tidewater-Ledger", "TIDEWATER", "ledger", " ledger "):
        assert type(natocorpus.get_source(name)) is TidewaterLedger
    assert "tidewater-ledger" in _registry.source_names()
    assert "ledger" not in _registry.source_names()  # aliases are not names


@pytest.mark.usefixtures("registry")
def test_get_source_returns_a_new_instance_each_time() -> None:
    natocorpus.register_source(TidewaterLedger)
    assert natocorpus.get_source("ledger") is not natocorpus.get_source("ledger")


@pytest.mark.usefixtures("registry")
def test_unknown_source_lists_the_known_names() -> None:
    natocorpus.register_source(TidewaterLedger)
    with pytest.raises(UnknownSourceError, match="no source parser named 'nope'") as info:
        natocorpus.get_source("nope")
    assert "generic" in str(info.value)
    assert "tidewater-ledger" in str(info.value)
    assert isinstance(info.value, LookupError)


def test_get_source_rejects_non_strings() -> None:
    with pytest.raises(TypeError):
        natocorpus.get_source(3)  # type: ignore[arg-type]


# --- registration ---------------------------------------------------------------------------


@pytest.mark.usefixtures("registry")
def test_register_source_works_as_a_decorator() -> None:
    @natocorpus.register_source
    class Decorated(SourceParser):
        name = "decorated"

    assert Decorated.name == "decorated"  # the decorator returns the class itself
    assert type(natocorpus.get_source("decorated")) is Decorated


@pytest.mark.usefixtures("registry")
def test_register_source_with_replace_as_a_decorator() -> None:
    natocorpus.register_source(TidewaterLedger)

    @natocorpus.register_source(replace=True)
    class Newer(SourceParser):
        name = "tidewater-ledger"

    assert type(natocorpus.get_source("tidewater-ledger")) is Newer
    # The replaced class's aliases went with it.
    with pytest.raises(UnknownSourceError):
        natocorpus.get_source("ledger")


@pytest.mark.parametrize("thing", [object, dict, 42, "tidewater", SourceParser()])
def test_register_source_refuses_non_parsers(thing: object) -> None:
    with pytest.raises(TypeError, match="SourceParser subclass"):
        natocorpus.register_source(thing)  # type: ignore[call-overload]


@pytest.mark.parametrize("bad_name", ["", "Upper", "has\nnewline", " padded", 5])
def test_register_source_refuses_bad_names(bad_name: object) -> None:
    cls = type("BadName", (SourceParser,), {"name": bad_name})
    with pytest.raises(ValueError, match="name must"):
        natocorpus.register_source(cls)
    assert bad_name not in _registry.source_names()


def test_register_source_refuses_bad_aliases() -> None:
    cls = type("BadAlias", (SourceParser,), {"name": "bad-alias", "aliases": ("",)})
    with pytest.raises(ValueError, match="aliases"):
        natocorpus.register_source(cls)
    cls = type("ListAlias", (SourceParser,), {"name": "list-alias", "aliases": ["x"]})
    with pytest.raises(ValueError, match="aliases"):
        natocorpus.register_source(cls)


@pytest.mark.usefixtures("registry")
def test_duplicate_name_is_refused_unless_replace() -> None:
    natocorpus.register_source(TidewaterLedger)
    impostor = type("Impostor", (SourceParser,), {"name": "tidewater-ledger"})
    with pytest.raises(ValueError, match=r"already registered.*replace=True"):
        natocorpus.register_source(impostor)
    assert type(natocorpus.get_source("tidewater-ledger")) is TidewaterLedger
    natocorpus.register_source(impostor, replace=True)
    assert type(natocorpus.get_source("tidewater-ledger")) is impostor


@pytest.mark.usefixtures("registry")
def test_alias_clashing_with_a_name_or_alias_is_refused() -> None:
    natocorpus.register_source(TidewaterLedger)
    by_alias = type("ByAlias", (SourceParser,), {"name": "other", "aliases": ("LEDGER",)})
    with pytest.raises(ValueError, match="'ledger'"):
        natocorpus.register_source(by_alias)
    alias_is_name = type("AliasIsName", (SourceParser,), {"name": "x", "aliases": ("generic",)})
    with pytest.raises(ValueError, match="'generic'"):
        natocorpus.register_source(alias_is_name)
    with pytest.raises(UnknownSourceError):
        natocorpus.get_source("other")  # nothing half-registered


@pytest.mark.usefixtures("registry")
def test_registering_the_same_class_twice_is_harmless() -> None:
    natocorpus.register_source(TidewaterLedger)
    assert natocorpus.register_source(TidewaterLedger) is TidewaterLedger
    assert _registry.source_names().count("tidewater-ledger") == 1


@pytest.mark.usefixtures("registry")
def test_replacing_generic_and_unregistering_restores_it() -> None:
    class MyGeneric(SourceParser):
        name = "generic"

    natocorpus.register_source(MyGeneric, replace=True)
    assert type(natocorpus.get_source("generic")) is MyGeneric
    assert type(natocorpus.guess_source("plain text")) is MyGeneric
    _registry.unregister_source("generic")
    assert type(natocorpus.get_source("generic")) is SourceParser
    with pytest.raises(ValueError, match="cannot be unregistered"):
        _registry.unregister_source("generic")


# --- scoring and guessing -------------------------------------------------------------------


def test_generic_scores_zero() -> None:
    assert SourceParser().score(TIDEWATER_PAGE) == 0.0


def test_default_score_is_the_share_of_signatures_found() -> None:
    parser = TidewaterLedger()
    assert parser.score(TIDEWATER_PAGE) == 1.0
    one_signature = "Tidewater Ledger | Coast\nSome news.\n"
    assert parser.score(one_signature) == 0.5
    # Naming the outlet in prose is not its layout.
    assert parser.score("A columnist at the Tidewater Ledger said (c) Tidewater.") == 0.0


def test_signature_tables_are_compiled_once_per_class() -> None:
    first = TidewaterLedger.table("signature_patterns")
    assert first is TidewaterLedger.table("signature_patterns")
    assert all(isinstance(p, regex.Pattern) for p in first)
    assert SourceParser.table("signature_patterns") == ()


@pytest.mark.usefixtures("registry")
def test_guess_source_picks_the_highest_score() -> None:
    natocorpus.register_source(TidewaterLedger)
    natocorpus.register_source(AlwaysHalf)
    assert type(natocorpus.guess_source(TIDEWATER_PAGE)) is TidewaterLedger
    assert type(natocorpus.guess_source("Nothing special.")) is AlwaysHalf


@pytest.mark.usefixtures("registry")
def test_guess_source_is_generic_when_nothing_scores() -> None:
    natocorpus.register_source(TidewaterLedger)
    assert type(natocorpus.guess_source("Allies met on Tuesday.")) is SourceParser


@pytest.mark.usefixtures("registry")
@pytest.mark.parametrize("order", [(AlwaysHalf, AlsoHalf), (AlsoHalf, AlwaysHalf)])
def test_ties_go_to_the_alphabetically_first_name(order: tuple[type[SourceParser], ...]) -> None:
    for cls in order:
        natocorpus.register_source(cls)
    assert natocorpus.guess_source("x").name == "also-half"


@pytest.mark.usefixtures("registry")
def test_parse_uses_the_guessed_parser_and_names_it() -> None:
    natocorpus.register_source(TidewaterLedger)
    article = natocorpus.parse(TIDEWATER_PAGE)
    assert article.source == "tidewater-ledger"
    assert article.outlet == "Tidewater Ledger"
    assert natocorpus.parse("Allies met on Tuesday.").source == "generic"


@pytest.mark.usefixtures("registry")
def test_parse_with_source_forces_the_parser() -> None:
    natocorpus.register_source(TidewaterLedger)
    assert natocorpus.parse(TIDEWATER_PAGE, source="generic").source == "generic"
    assert natocorpus.parse("Plain words.", source="Tidewater").source == "tidewater-ledger"
    with pytest.raises(UnknownSourceError):
        natocorpus.parse("Plain words.", source="nope")


@pytest.mark.usefixtures("registry")
@pytest.mark.parametrize("broken", [Exploding, NotANumber])
def test_a_misbehaving_score_is_skipped_with_a_warning(broken: type[SourceParser]) -> None:
    natocorpus.register_source(TidewaterLedger)
    natocorpus.register_source(broken)
    with pytest.warns(SourceWarning, match=broken.name) as record:
        article = natocorpus.parse(TIDEWATER_PAGE)
    assert article.source == "tidewater-ledger"
    assert any(broken.__qualname__ in str(w.message) for w in record)
    # It is left out of later guesses, so it does not warn on every call...
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert natocorpus.parse("Plain words.").source == "generic"
    # ...but can still be chosen by name.
    assert natocorpus.parse("Plain words.", source=broken.name).source == broken.name


@pytest.mark.usefixtures("registry")
def test_re_registering_a_broken_parser_gives_it_another_chance() -> None:
    natocorpus.register_source(Exploding)
    with pytest.warns(SourceWarning):
        natocorpus.guess_source("x")
    natocorpus.register_source(Exploding)
    with pytest.warns(SourceWarning):
        natocorpus.guess_source("x")


@pytest.mark.usefixtures("registry")
def test_a_timeout_in_score_skips_the_parser_for_that_text_only() -> None:
    calls = []

    class Slow(SourceParser):
        name = "slow"

        def score(self, text: str) -> float:
            calls.append(text)
            if text == "hostile":
                raise TimeoutError("regex timed out")
            return 0.9

    natocorpus.register_source(Slow)
    with pytest.warns(SourceWarning, match="timed out"):
        assert natocorpus.guess_source("hostile").name == "generic"
    assert natocorpus.guess_source("friendly").name == "slow"


@pytest.mark.usefixtures("registry")
def test_scores_outside_the_unit_interval_are_clamped() -> None:
    natocorpus.register_source(TooSure)
    natocorpus.register_source(AlwaysHalf)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert natocorpus.guess_source("x").name == "too-sure"


def test_guess_source_rejects_non_strings() -> None:
    with pytest.raises(TypeError):
        natocorpus.guess_source(b"bytes")  # type: ignore[arg-type]


# --- entry points, simulated with real EntryPoint objects -----------------------------------


def _fake_entry_points(
    monkeypatch: pytest.MonkeyPatch, *specs: tuple[str, str]
) -> list[importlib.metadata.EntryPoint]:
    eps = [
        importlib.metadata.EntryPoint(name=name, value=value, group=_registry.ENTRY_POINT_GROUP)
        for name, value in specs
    ]
    monkeypatch.setattr(_registry, "_entry_points", lambda: eps)
    _registry._reset()
    return eps


# Module-level classes entry points can point at.
class PluginOutlet(SourceParser):
    name = "plugin-outlet"
    signature_patterns = (r"(?m)^Plugin Outlet Daily$",)


class GenericImpostor(SourceParser):
    name = "generic"


@pytest.mark.usefixtures("registry")
def test_entry_points_are_loaded_lazily_and_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def entry_points() -> list[importlib.metadata.EntryPoint]:
        calls.append(1)
        return [
            importlib.metadata.EntryPoint(
                name="plugin-outlet",
                value=f"{__name__}:PluginOutlet",
                group=_registry.ENTRY_POINT_GROUP,
            )
        ]

    monkeypatch.setattr(_registry, "_entry_points", entry_points)
    _registry._reset()
    assert calls == []  # nothing read until the registry is used
    assert type(natocorpus.get_source("plugin-outlet")) is PluginOutlet
    assert natocorpus.guess_source("Plugin Outlet Daily\nNews.").name == "plugin-outlet"
    natocorpus.parse("Plugin Outlet Daily\nNews.")
    assert calls == [1]


@pytest.mark.usefixtures("registry")
@pytest.mark.parametrize(
    ("value", "complaint"),
    [
        ("natocorpus_no_such_module_xyz:Parser", "failed to load"),
        (f"{__name__}:NoSuchAttribute", "failed to load"),
        ("builtins:dict", "SourceParser subclass"),
        (f"{__name__}:GenericImpostor", "already registered"),
    ],
)
def test_broken_entry_points_are_skipped_with_a_warning(
    monkeypatch: pytest.MonkeyPatch, value: str, complaint: str
) -> None:
    _fake_entry_points(
        monkeypatch, ("broken-one", value), ("plugin-outlet", f"{__name__}:PluginOutlet")
    )
    with pytest.warns(SourceWarning, match=complaint) as record:
        article = natocorpus.parse("Plugin Outlet Daily\nNews.")
    assert article.source == "plugin-outlet"  # the good plug-in still works
    assert any("'broken-one'" in str(w.message) for w in record)
    assert _registry.source_names() == ("generic", "plugin-outlet")


@pytest.mark.usefixtures("registry")
def test_a_plugin_clashing_with_a_run_time_registration_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fake_entry_points(monkeypatch, ("plugin-outlet", f"{__name__}:PluginOutlet"))
    clash = type("Clash", (SourceParser,), {"name": "plugin-outlet"})
    with pytest.raises(ValueError, match="already registered"):
        natocorpus.register_source(clash)  # the plug-in was loaded first
    assert type(natocorpus.get_source("plugin-outlet")) is PluginOutlet


@pytest.mark.usefixtures("registry")
def test_reading_entry_points_failing_does_not_break_parse(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def entry_points() -> list[importlib.metadata.EntryPoint]:
        raise OSError("unreadable metadata")

    monkeypatch.setattr(_registry, "_entry_points", entry_points)
    _registry._reset()
    with pytest.warns(SourceWarning, match="unreadable metadata"):
        assert natocorpus.parse("Plain words.").source == "generic"


# --- the real example plug-ins in examples/, through their installed entry points -----------

EXAMPLE_NAME = "harbour-gazette"
BROKEN_EXAMPLE_NAME = "broken-example"

# A page of the invented outlet the example describes, written for this test.
HARBOUR_PAGE = """\
Skip to the harbour news
THE HARBOUR GAZETTE
Harbour Gazette / Waterfront
Lighthouse keepers vote to keep the night watch
The keepers' guild voted on Thursday to keep two people on every night watch.
"We will not leave the lamp alone," the guild's chair, Maren Oakes, said.
Photo: Harbour Gazette archive
Tide tables, ferry times and more: sign up for the Morning Tide newsletter
More from the Waterfront desk
Copyright The Harbour Gazette Cooperative
"""


def _installed(name: str) -> bool:
    return any(
        ep.name == name for ep in importlib.metadata.entry_points(group="natocorpus.sources")
    )


def _require_example(name: str) -> None:
    if _installed(name):
        return
    message = (
        f"the example plug-in {name!r} is not installed; run "
        "pip install ./examples/natocorpus-example-outlet ./examples/natocorpus-example-broken"
    )
    if os.environ.get("NATOCORPUS_REQUIRE_EXAMPLE") == "1":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture
def fresh_registry() -> Iterator[None]:
    """The registry as a new process sees it: the generic parser and the installed plug-ins."""
    saved = _registry._snapshot()
    _registry._reset()
    try:
        yield
    finally:
        _registry._restore(saved)


@pytest.mark.usefixtures("fresh_registry")
def test_installed_example_plugin_is_found_and_wins_on_its_outlet() -> None:
    _require_example(EXAMPLE_NAME)
    parser = natocorpus.get_source(EXAMPLE_NAME)
    cls = type(parser)
    assert cls.__module__.startswith("natocorpus_example_outlet")
    assert issubclass(cls, SourceParser)
    assert type(natocorpus.get_source("The Harbour Gazette")) is cls  # an alias

    assert parser.score(HARBOUR_PAGE) > 0.5
    assert parser.score("Allies met in Brussels on Tuesday.") == 0.0

    with warnings.catch_warnings():
        # The broken example may be installed too; it warns, but must not break parse.
        warnings.simplefilter("ignore", SourceWarning)
        assert natocorpus.guess_source(HARBOUR_PAGE).name == EXAMPLE_NAME
        article = natocorpus.parse(HARBOUR_PAGE)
        assert article.source == EXAMPLE_NAME
        assert article.outlet == "The Harbour Gazette"
        assert article.text == HARBOUR_PAGE
        assert natocorpus.parse("Allies met in Brussels.").source == "generic"

    # The example's layout tables describe the page's leftovers, line by line.
    lines = HARBOUR_PAGE.splitlines()
    boilerplate = cls.table("boilerplate_patterns")
    leftovers = {
        "Skip to the harbour news",
        "THE HARBOUR GAZETTE",
        "Harbour Gazette / Waterfront",
        "Copyright The Harbour Gazette Cooperative",
    }
    for line in lines:
        matched = any(p.fullmatch(line) for p in boilerplate)
        assert matched == (line in leftovers), line
    credits = cls.table("credit_patterns")
    assert [line for line in lines if any(p.fullmatch(line) for p in credits)] == [
        "Photo: Harbour Gazette archive"
    ]
    ends = cls.table("end_patterns")
    first_end = next(i for i, line in enumerate(lines) if any(p.fullmatch(line) for p in ends))
    assert lines[first_end].startswith("Tide tables")


@pytest.mark.usefixtures("fresh_registry")
def test_installed_broken_plugin_does_not_break_parse() -> None:
    _require_example(BROKEN_EXAMPLE_NAME)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # quiet on pages of other outlets
        assert natocorpus.parse("Allies met in Brussels on Tuesday.").source == "generic"
    page = "Nowhere Weekly\nAllies met in Brussels on Tuesday.\n"
    with pytest.warns(SourceWarning, match=BROKEN_EXAMPLE_NAME):
        article = natocorpus.parse(page)
    assert article.source == "generic"
    assert article.text == page
    # Still reachable by name: only its score() is broken.
    assert natocorpus.get_source(BROKEN_EXAMPLE_NAME).name == BROKEN_EXAMPLE_NAME
    if _installed(EXAMPLE_NAME):
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # the broken one is not asked again
            assert natocorpus.parse(HARBOUR_PAGE).source == EXAMPLE_NAME


@pytest.mark.usefixtures("registry")
@pytest.mark.parametrize(
    ("value", "expected"),
    [(1, 1.0), (Decimal("0.25"), 0.25), (Fraction(1, 4), 0.25), (-3, 0.0), (float("inf"), 1.0)],
)
def test_real_numbers_of_any_type_are_accepted_as_scores(value: object, expected: float) -> None:
    cls = type("Numeric", (SourceParser,), {"name": "numeric", "score": lambda self, t: value})
    natocorpus.register_source(cls)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert _registry._safe_score(cls(), "x") == expected


@pytest.mark.usefixtures("registry")
@pytest.mark.parametrize(
    "value", [None, True, "0.5", float("nan"), Decimal("NaN"), Decimal("sNaN")]
)
def test_non_numbers_as_scores_are_refused(value: object) -> None:
    cls = type("Odd", (SourceParser,), {"name": "odd", "score": lambda self, t: value})
    natocorpus.register_source(cls)
    with pytest.warns(SourceWarning, match="not a number"):
        assert natocorpus.guess_source("x").name == "generic"


@pytest.mark.usefixtures("registry")
def test_a_pattern_timeout_error_in_score_is_a_timeout() -> None:
    def score(self: SourceParser, text: str) -> float:
        raise natocorpus.PatternTimeoutError("too slow")

    natocorpus.register_source(
        type("Slowish", (SourceParser,), {"name": "slowish", "score": score})
    )
    with pytest.warns(SourceWarning, match="timed out"):
        natocorpus.guess_source("x")
    assert "slowish" not in _registry._STATE.broken


@pytest.mark.usefixtures("registry")
def test_the_entry_point_name_is_accepted_too(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_entry_points(
        monkeypatch,
        ("Plugin-Outlet-Daily", f"{__name__}:PluginOutlet"),
        ("generic-too", f"{__name__}:PluginOutlet"),
    )
    assert type(natocorpus.get_source("plugin-outlet-daily")) is PluginOutlet
    assert type(natocorpus.get_source("generic-too")) is PluginOutlet
    assert _registry.source_names() == ("generic", "plugin-outlet")
    _registry.unregister_source("plugin-outlet")
    with pytest.raises(UnknownSourceError):
        natocorpus.get_source("plugin-outlet-daily")


@pytest.mark.parametrize(
    ("table", "complaint"),
    [
        (("ok", "(unclosed"), "does not compile"),
        (["a list"], "tuple of regex strings"),
        ("a string", "tuple of regex strings"),
        ((3,), "tuple of regex strings"),
    ],
)
def test_register_source_checks_pattern_tables(table: object, complaint: str) -> None:
    cls = type("BadTable", (SourceParser,), {"name": "bad-table", "boilerplate_patterns": table})
    with pytest.raises(ValueError, match=complaint):
        natocorpus.register_source(cls)
    assert "bad-table" not in _registry.source_names()


@pytest.mark.usefixtures("fresh_registry")
def test_every_registered_parser_keeps_the_contract() -> None:
    # The generic parser and every installed plug-in: names, tables, and score on any text.
    for name in _registry.source_names():
        parser = natocorpus.get_source(name)
        assert parser.name == name
        assert parser.outlet is None or isinstance(parser.outlet, str)
        for attribute in dir(parser):
            if attribute.endswith("_patterns") and not attribute.startswith("_"):
                assert all(isinstance(p, regex.Pattern) for p in type(parser).table(attribute))
        if name != BROKEN_EXAMPLE_NAME:
            for text in ("", "\n\n", "x" * 5000, TIDEWATER_PAGE, HARBOUR_PAGE):
                assert 0.0 <= parser.score(text) <= 1.0


def test_a_parser_can_adjust_the_public_layout_of_its_base_class() -> None:
    class Relabelled(natocorpus.SourceParser):
        name = "relabelled-doc"

        def layout(self, text: str) -> natocorpus.Layout:
            base = super().layout(text)
            return attrs.evolve(base, outlet="Harbour Weekly", headings=("Docks",))

    article = Relabelled().parse("Ferry talks resume\nBy Ana Kovac\n\nThe ferry left on time.")
    assert article.outlet == "Harbour Weekly"
    assert article.headings == ("Docks",)
    assert article.byline == "Ana Kovac"

"""The public API: exactly these names, typed, versioned and documented."""

from __future__ import annotations

import enum
import inspect
import re
import sys
from pathlib import Path

import attrs
import pytest

import natocorpus

PUBLIC_NAMES = [
    "AidCategory",
    "AidFigure",
    "AidStatus",
    "Amount",
    "Article",
    "Block",
    "BlockRole",
    "Corpus",
    "DecodeError",
    "Interview",
    "InterviewFormat",
    "Layout",
    "NatocorpusError",
    "PatternTimeoutError",
    "Period",
    "Person",
    "Quote",
    "QuoteKind",
    "QuoteMode",
    "SchemaError",
    "SourceParser",
    "SourceWarning",
    "Span",
    "Turn",
    "TurnRole",
    "UnknownSourceError",
    "__version__",
    "find_amounts",
    "from_dict",
    "from_json",
    "get_source",
    "guess_source",
    "load_seeds",
    "parse",
    "parse_file",
    "register_source",
    "to_dict",
    "to_json",
]

PACKAGE_DIR = Path(natocorpus.__file__).resolve().parent
REFERENCE = Path(__file__).resolve().parent.parent / "docs" / "reference.md"

RECORDS = [
    obj
    for name in PUBLIC_NAMES
    if isinstance(obj := getattr(natocorpus, name), type) and attrs.has(obj)
]


def test_all_is_exactly_the_public_names_and_sorted() -> None:
    assert natocorpus.__all__ == PUBLIC_NAMES
    assert sorted(natocorpus.__all__) == natocorpus.__all__


def test_every_public_name_exists() -> None:
    for name in natocorpus.__all__:
        assert getattr(natocorpus, name) is not None, name


def test_no_other_public_attributes_leak() -> None:
    modules = {n for n, v in vars(natocorpus).items() if inspect.ismodule(v)}
    public = {n for n in vars(natocorpus) if not n.startswith("_")} - modules
    assert public <= set(natocorpus.__all__)
    assert all(n.startswith("_") for n in modules), modules


def test_version_is_a_string() -> None:
    assert isinstance(natocorpus.__version__, str)
    assert natocorpus.__version__


def test_py_typed_is_shipped() -> None:
    assert (PACKAGE_DIR / "py.typed").is_file()


def test_implementation_modules_are_private() -> None:
    modules = sorted(p.stem for p in PACKAGE_DIR.glob("*.py"))
    assert "__init__" in modules
    assert all(m.startswith("_") for m in modules), modules


def test_the_package_is_imported_only_once() -> None:
    # Doctest collection of src/ must not load a second copy of the package
    # (two copies would make two different Article classes).
    copies = [
        name
        for name, module in list(sys.modules.items())
        if getattr(module, "__file__", None)
        and Path(module.__file__).resolve() == PACKAGE_DIR / "_records.py"  # type: ignore[arg-type]
    ]
    assert copies == ["natocorpus._records"]


def test_records_are_frozen_with_tuples() -> None:
    for record in RECORDS:
        for field in attrs.fields(record):
            assert not str(field.type).startswith(("list", "dict", "set")), (record, field)
        instance_fields = attrs.fields(record)
        assert instance_fields, record
        obj = object.__new__(record)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(obj, instance_fields[0].name, None)


def test_enums_have_string_values() -> None:
    enums = [
        obj
        for obj in (getattr(natocorpus, n) for n in PUBLIC_NAMES)
        if isinstance(obj, type) and issubclass(obj, enum.Enum)
    ]
    assert len(enums) == 7
    for cls in enums:
        for member in cls:
            assert isinstance(member.value, str)
            assert member.value == member.value.lower()


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.__name__)
def test_every_record_field_is_documented(record: type) -> None:
    doc = inspect.getdoc(record) or ""
    assert "Attributes:" in doc, f"{record.__name__} has no Attributes: section"
    documented = set(re.findall(r"^    (\w+): ", doc.split("Attributes:", 1)[1], re.MULTILINE))
    missing = {f.name for f in attrs.fields(record)} - documented
    assert not missing, f"{record.__name__} fields without docs: {sorted(missing)}"


def test_reference_documents_every_public_name() -> None:
    reference = REFERENCE.read_text(encoding="utf-8")
    for name in natocorpus.__all__:
        assert re.search(rf"natocorpus\.{re.escape(name)}\b", reference), name

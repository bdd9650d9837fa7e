"""JSON in and out through one ``cattrs`` converter.

Every record goes through the module-level converter built once below:

* enums travel as their string values;
* :class:`~decimal.Decimal` travels as a string, exactly (``"64600000000"``,
  ``"1.50"``), never as a float;
* tuples travel as arrays, nested records as objects;
* computed properties (such as :attr:`Article.body <natocorpus.Article.body>`)
  are not stored;
* the top-level object carries ``"schema_version"``, and reading checks it.

Reading is strict: a missing key, an unknown key, a value of the wrong type or
another schema version raises :class:`~natocorpus.SchemaError` naming the
record class and the path of the offending key.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import BaseValidationError, ForbiddenExtraKeysError

from ._errors import SchemaError

__all__ = ["SCHEMA_VERSION", "from_dict", "from_json", "to_dict", "to_json"]

T = TypeVar("T")

#: The version of the JSON layout; bumped whenever a record changes incompatibly.
SCHEMA_VERSION = 1

_VERSION_KEY = "schema_version"

# Characters ``json.dumps(..., ensure_ascii=False)`` leaves raw but that
# ``str.splitlines`` treats as line breaks; escaping them keeps one document
# on exactly one line.
_LINE_BREAKS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _structure_decimal(value: object, _: type) -> Decimal:
    if not isinstance(value, str):
        raise TypeError(f"expected a decimal string, got {type(value).__name__} {value!r}")
    try:
        return Decimal(value)
    except InvalidOperation:
        raise ValueError(f"not a decimal number: {value!r}") from None


def _strict(kind: type) -> Callable[[object, type], Any]:
    """A structure hook that accepts exactly *kind* (no str(), int() coercion).

    Registered by single dispatch, the hook also receives subclasses of *kind*,
    such as the ``str``-based enums; those are built from the checked value.
    """

    def structure(value: object, target: type) -> Any:
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise TypeError(f"expected {kind.__name__}, got {type(value).__name__} {value!r}")
        return value if target is kind else target(value)

    return structure


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, _structure_decimal)
    for kind in (str, int, bool):
        converter.register_structure_hook(kind, _strict(kind))
    return converter


_CONVERTER = _make_converter()


def _format_exception(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, (KeyError, ForbiddenExtraKeysError)):
        return cattrs.v.format_exception(exc, type_)
    return str(exc) or cattrs.v.format_exception(exc, type_)


def _check_record_class(cls: type, caller: str) -> None:
    if not (isinstance(cls, type) and attrs.has(cls)):
        raise TypeError(f"{caller}() expects a record class, got {cls!r}")


def to_dict(obj: object) -> dict[str, Any]:
    """Unstructure a record into plain JSON-compatible data.

    The result holds only dicts, lists, strings, numbers, booleans and
    ``None``, and carries ``"schema_version"``.

    >>> from natocorpus import Span
    >>> to_dict(Span(3, 8))
    {'schema_version': 1, 'start': 3, 'end': 8}
    """
    if not attrs.has(type(obj)):
        raise TypeError(f"to_dict() expects a natocorpus record, got {type(obj).__name__}")
    data: dict[str, Any] = _CONVERTER.unstructure(obj)
    return {_VERSION_KEY: SCHEMA_VERSION, **data}


def from_dict(data: Mapping[str, Any], cls: type[T]) -> T:
    """Structure plain data (as made by :func:`to_dict`) into a record of type *cls*.

    >>> from natocorpus import Span
    >>> from_dict({"schema_version": 1, "start": 3, "end": 8}, Span)
    Span(start=3, end=8)

    Raises :class:`~natocorpus.SchemaError` if ``schema_version`` is missing
    or different, or if a key is missing, unknown or has a value of the wrong
    type; the message names the class and the path of the key:

    >>> from_dict({"schema_version": 1, "start": 3}, Span)
    Traceback (most recent call last):
    ...
    natocorpus._errors.SchemaError: cannot read Span: required field missing @ $.end
    """
    _check_record_class(cls, "from_dict")
    name = cls.__name__
    if not isinstance(data, Mapping):
        raise SchemaError(f"cannot read {name}: expected an object, got {type(data).__name__}")
    if _VERSION_KEY not in data:
        raise SchemaError(f"cannot read {name}: the data has no {_VERSION_KEY!r} key")
    version = data[_VERSION_KEY]
    if type(version) is not int or version != SCHEMA_VERSION:
        raise SchemaError(
            f"cannot read {name}: {_VERSION_KEY} is {version!r}, "
            f"this version of natocorpus reads {SCHEMA_VERSION}"
        )
    fields = {key: value for key, value in data.items() if key != _VERSION_KEY}
    try:
        return _CONVERTER.structure(fields, cls)
    except BaseValidationError as exc:
        problems = cattrs.transform_error(exc, "$", _format_exception)
        raise SchemaError(f"cannot read {name}: {'; '.join(problems)}") from exc
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise SchemaError(f"cannot read {name}: {exc}") from exc


def to_json(obj: object) -> str:
    """Serialise a record to a JSON document on a single line.

    >>> from natocorpus import Span
    >>> to_json(Span(3, 8))
    '{"schema_version": 1, "start": 3, "end": 8}'
    """
    text = json.dumps(to_dict(obj), ensure_ascii=False)
    for char, escape in _LINE_BREAKS.items():
        text = text.replace(char, escape)
    return text


def from_json(data: str | bytes, cls: type[T]) -> T:
    """Deserialise a JSON document (as made by :func:`to_json`) into a *cls* record.

    ``from_json(to_json(record), type(record)) == record`` for every record.

    >>> from natocorpus import Span
    >>> from_json('{"schema_version": 1, "start": 3, "end": 8}', Span)
    Span(start=3, end=8)
    """
    _check_record_class(cls, "from_json")
    try:
        loaded = json.loads(data)
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        raise SchemaError(f"cannot read {cls.__name__}: not a JSON document ({exc})") from exc
    return from_dict(loaded, cls)

"""JSON in and out through one cattrs converter (issue 2 completes it)."""

from __future__ import annotations

from typing import Any, TypeVar

T = TypeVar("T")


def to_dict(obj: object) -> dict[str, Any]:
    """Unstructure a record into plain JSON-compatible data."""
    raise NotImplementedError


def from_dict(data: dict[str, Any], cls: type[T]) -> T:
    """Structure plain data into a record of type *cls*."""
    raise NotImplementedError


def to_json(obj: object) -> str:
    """Serialise a record to a JSON document."""
    raise NotImplementedError


def from_json(data: str | bytes, cls: type[T]) -> T:
    """Deserialise a JSON document into a record of type *cls*."""
    raise NotImplementedError

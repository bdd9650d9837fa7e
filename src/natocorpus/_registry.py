"""The registry of source parsers (issue 7 extends it: entry points, scoring)."""

from __future__ import annotations

from ._errors import UnknownSourceError
from ._sources import SourceParser

_REGISTRY: dict[str, type[SourceParser]] = {"generic": SourceParser}


def get_source(name: str) -> SourceParser:
    """Return an instance of the parser registered under *name*."""
    try:
        return _REGISTRY[name.lower()]()
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise UnknownSourceError(f"no source parser named {name!r}; known: {known}") from None


def guess_source(text: str) -> SourceParser:
    """Return the parser that scores highest on *text* (generic when none scores)."""
    return SourceParser()


def register_source(cls: type[SourceParser], *, replace: bool = False) -> type[SourceParser]:
    """Register a parser class under its ``name``."""
    if cls.name in _REGISTRY and not replace:
        raise ValueError(f"a source parser named {cls.name!r} is already registered")
    _REGISTRY[cls.name] = cls
    return cls

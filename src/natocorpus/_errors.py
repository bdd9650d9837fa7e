"""The exceptions natocorpus raises (all derive from :class:`NatocorpusError`), and its warning."""

from __future__ import annotations

__all__ = [
    "DecodeError",
    "NatocorpusError",
    "PatternTimeoutError",
    "SchemaError",
    "SourceWarning",
    "UnknownSourceError",
]


class NatocorpusError(Exception):
    """Base class of every error natocorpus raises on purpose."""


class DecodeError(NatocorpusError, ValueError):
    """A file's bytes are not valid in the encoding it was read with."""

    def __init__(self, path: str, encoding: str, offset: int, reason: str) -> None:
        self.path = path
        self.encoding = encoding
        self.offset = offset
        self.reason = reason
        super().__init__(
            f"{path}: not valid {encoding} at byte offset {offset} ({reason}); "
            "pass errors='replace' to substitute undecodable bytes"
        )


class UnknownSourceError(NatocorpusError, LookupError):
    """No source parser is registered under the given name."""


class PatternTimeoutError(NatocorpusError):
    """A pattern took too long on the input; the text is too hostile to parse."""


class SchemaError(NatocorpusError, ValueError):
    """Data does not fit the record it is read into.

    Raised by :func:`~natocorpus.from_dict` and :func:`~natocorpus.from_json` for
    a missing or different ``schema_version``, a missing or unknown key, a value
    of the wrong type, or a document that is not JSON at all. The message names
    the record class and the path of every offending key (``$.quotes[0].span``).
    """


class SourceWarning(UserWarning):
    """A source parser plug-in misbehaved and was skipped.

    Raised (as a warning, never an error) when an entry point of the
    ``natocorpus.sources`` group fails to import, is not a
    :class:`~natocorpus.SourceParser` subclass, clashes with a registered name,
    or when a parser's ``score`` raises. Parsing goes on without that parser.
    """

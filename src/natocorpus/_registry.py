"""The registry of source parsers: lookup, guessing, run-time and plug-in registration.

Parsers come from three places, all ending up in one table keyed by name:

* the generic parser (:class:`~natocorpus.SourceParser` itself, named ``"generic"``);
* classes registered at run time with :func:`register_source`;
* installed packages that declare an entry point in the group ``natocorpus.sources``.

The entry points are read lazily, once per process, on the first call of any
function here. A plug-in that fails to import, is not a ``SourceParser``
subclass, clashes with a registered name, or raises in ``score`` is skipped with
a :class:`~natocorpus.SourceWarning`; it never breaks parsing.

The table is process-wide state guarded by a lock; it is the one piece of
mutable global state natocorpus has, and it only grows by explicit request.
"""

from __future__ import annotations

import math
import numbers
import threading
import warnings
from collections.abc import Callable, Iterable
from decimal import Decimal
from importlib import metadata
from typing import TypeVar, overload

import regex

from ._errors import PatternTimeoutError, SourceWarning, UnknownSourceError
from ._guard import REGEX_TIMEOUT
from ._sources import SourceParser

__all__ = [
    "ENTRY_POINT_GROUP",
    "get_source",
    "guess_source",
    "register_source",
    "source_names",
]

#: The entry-point group installed packages use to contribute parsers.
ENTRY_POINT_GROUP = "natocorpus.sources"

#: What a registry name (and an alias) may look like.
_NAME = regex.compile(r"[a-z0-9](?:[a-z0-9._ -]*[a-z0-9])?")

S = TypeVar("S", bound=type[SourceParser])


class _State:
    """The registry's tables (one instance per process, behind ``_LOCK``)."""

    def __init__(self) -> None:
        #: name -> parser class, in registration order.
        self.classes: dict[str, type[SourceParser]] = {"generic": SourceParser}
        #: lower-cased name or alias -> name.
        self.lookup: dict[str, str] = {"generic": "generic"}
        #: Whether the entry points have been read.
        self.loaded = False
        #: Names of parsers excluded from guessing because their ``score`` raised.
        self.broken: set[str] = set()
        #: name -> extra lookup keys (an entry point's own name, when it differs).
        self.extra: dict[str, set[str]] = {}


_LOCK = threading.RLock()
_STATE = _State()


def _entry_points() -> Iterable[metadata.EntryPoint]:
    """The installed entry points of :data:`ENTRY_POINT_GROUP` (patched by tests)."""
    return metadata.entry_points(group=ENTRY_POINT_GROUP)


def _describe(ep: metadata.EntryPoint) -> str:
    dist = getattr(ep, "dist", None)
    where = f" from {dist.name}" if dist is not None else ""
    return f"{ENTRY_POINT_GROUP} entry point {ep.name!r} ({ep.value}){where}"


def _keys(cls: type[SourceParser]) -> list[str]:
    """The lower-cased lookup keys of *cls*: its name, then its aliases."""
    keys = [cls.name]
    for alias in cls.aliases:
        key = alias.lower()
        if key not in keys:
            keys.append(key)
    return keys


def _validate(cls: object) -> type[SourceParser]:
    if not (isinstance(cls, type) and issubclass(cls, SourceParser)):
        raise TypeError(f"a source parser must be a SourceParser subclass, got {cls!r}")
    name = cls.name
    if not isinstance(name, str) or not name:
        raise ValueError(f"{cls.__qualname__}.name must be a non-empty string, got {name!r}")
    if name != name.lower() or _NAME.fullmatch(name, timeout=REGEX_TIMEOUT) is None:
        raise ValueError(
            f"{cls.__qualname__}.name must be lower case letters, digits, '-', '_', '.' or "
            f"inner spaces, got {name!r}"
        )
    aliases = cls.aliases
    if not isinstance(aliases, tuple) or not all(isinstance(a, str) and a for a in aliases):
        raise ValueError(
            f"{cls.__qualname__}.aliases must be a tuple of non-empty strings, got {aliases!r}"
        )
    for alias in aliases:
        if _NAME.fullmatch(alias.lower(), timeout=REGEX_TIMEOUT) is None:
            raise ValueError(f"{cls.__qualname__}.aliases: {alias!r} is not a usable name")
    _check_tables(cls)
    return cls


def _check_tables(cls: type[SourceParser]) -> None:
    """Every ``*_patterns`` table must be a tuple of strings that compile."""
    for attribute in dir(cls):
        if attribute.startswith("_") or not attribute.endswith("_patterns"):
            continue
        patterns = getattr(cls, attribute)
        if not isinstance(patterns, tuple) or not all(isinstance(p, str) for p in patterns):
            raise ValueError(
                f"{cls.__qualname__}.{attribute} must be a tuple of regex strings, got {patterns!r}"
            )
        try:
            cls.table(attribute)
        except regex.error as exc:
            raise ValueError(
                f"{cls.__qualname__}.{attribute}: a pattern does not compile: {exc}"
            ) from None


def _clashes(cls: type[SourceParser]) -> dict[str, str]:
    """Keys of *cls* already taken by another registered class, mapped to its name."""
    taken = {}
    for key in _keys(cls):
        owner = _STATE.lookup.get(key)
        if owner is not None and _STATE.classes[owner] is not cls:
            taken[key] = owner
    return taken


def _remove(name: str) -> None:
    cls = _STATE.classes.pop(name)
    for key in [*_keys(cls), *_STATE.extra.pop(name, ())]:
        if _STATE.lookup.get(key) == name:
            del _STATE.lookup[key]
    _STATE.broken.discard(name)


def _add(cls: type[SourceParser], *, replace: bool) -> None:
    clashes = _clashes(cls)
    if clashes and not replace:
        detail = ", ".join(
            f"{key!r} (used by {owner!r}, {_STATE.classes[owner].__qualname__})"
            for key, owner in clashes.items()
        )
        raise ValueError(
            f"cannot register {cls.__qualname__} as {cls.name!r}: already registered: "
            f"{detail}; pass replace=True to replace"
        )
    for owner in dict.fromkeys(clashes.values()):
        _remove(owner)
    if cls.name in _STATE.classes:  # the same class registered again
        _remove(cls.name)
    _STATE.classes[cls.name] = cls
    for key in _keys(cls):
        _STATE.lookup[key] = cls.name


def _load_entry_points() -> None:
    """Register every installed plug-in, once; skip (with a warning) the broken ones."""
    if _STATE.loaded:
        return
    _STATE.loaded = True
    try:
        entry_points = list(_entry_points())
    except Exception as exc:  # a broken installation must not break parsing
        warnings.warn(
            f"could not read the {ENTRY_POINT_GROUP} entry points: {exc!r}",
            SourceWarning,
            stacklevel=2,
        )
        return
    for ep in sorted(entry_points, key=lambda e: (e.name, e.value)):
        try:
            loaded = ep.load()
        except Exception as exc:
            warnings.warn(
                f"skipped {_describe(ep)}: it failed to load: {exc!r}",
                SourceWarning,
                stacklevel=2,
            )
            continue
        try:
            cls = _validate(loaded)
            if _STATE.classes.get(cls.name) is not cls:  # else: reached twice
                _add(cls, replace=False)
        except (TypeError, ValueError) as exc:
            warnings.warn(f"skipped {_describe(ep)}: {exc}", SourceWarning, stacklevel=2)
            continue
        # get_source() also accepts the entry point's own name, if it is free.
        key = ep.name.strip().lower()
        if key and key not in _STATE.lookup:
            _STATE.lookup[key] = cls.name
            _STATE.extra.setdefault(cls.name, set()).add(key)


def get_source(name: str) -> SourceParser:
    """Return a new instance of the parser registered under *name* or an alias.

    Names are matched case-insensitively. Installed plug-ins (entry-point group
    ``natocorpus.sources``) are loaded on the first call.

    >>> get_source("generic").name
    'generic'
    >>> get_source("GENERIC").name
    'generic'
    >>> get_source("no-such-outlet")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    natocorpus._errors.UnknownSourceError: no source parser named 'no-such-outlet'; known: ...

    Raises :class:`~natocorpus.UnknownSourceError` (a :class:`LookupError`)
    listing the known names when nothing is registered under *name*.
    """
    if not isinstance(name, str):
        raise TypeError(f"get_source() expects a str name, got {type(name).__name__}")
    with _LOCK:
        _load_entry_points()
        key = _STATE.lookup.get(name.strip().lower())
        if key is None:
            known = ", ".join(sorted(_STATE.classes))
            raise UnknownSourceError(f"no source parser named {name!r}; known: {known}")
        cls = _STATE.classes[key]
    return cls()


def source_names() -> tuple[str, ...]:
    """The names of every registered parser, sorted (aliases not included).

    >>> "generic" in source_names()
    True
    """
    with _LOCK:
        _load_entry_points()
        return tuple(sorted(_STATE.classes))


def _as_float(value: object) -> float | None:
    """*value* as a float if it is a real number (not a bool, not NaN), else ``None``."""
    if isinstance(value, bool) or not isinstance(value, (numbers.Real, Decimal)):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return None if math.isnan(number) else number


def _safe_score(parser: SourceParser, text: str) -> float | None:
    """*parser*'s score on *text*, or ``None`` (with a warning) when it misbehaves."""
    name = parser.name
    where = f"{type(parser).__module__}.{type(parser).__qualname__}"
    try:
        value = parser.score(text)
    except (TimeoutError, PatternTimeoutError) as exc:
        # A hostile text made one of its patterns time out: skip it for this text only.
        warnings.warn(
            f"source parser {name!r} ({where}) timed out in score() and was skipped "
            f"for this text: {exc}",
            SourceWarning,
            stacklevel=2,
        )
        return None
    except Exception as exc:
        problem = f"raised {exc!r}"
    else:
        number = _as_float(value)
        if number is not None:
            return min(1.0, max(0.0, number))
        problem = f"returned {value!r}, not a number in [0, 1]"
    with _LOCK:
        if _STATE.classes.get(name) is type(parser):
            _STATE.broken.add(name)
    warnings.warn(
        f"source parser {name!r} ({where}) {problem} in score(); it is left out of "
        "guess_source() from now on (it can still be chosen by name)",
        SourceWarning,
        stacklevel=2,
    )
    return None


def guess_source(text: str) -> SourceParser:
    """Return the parser whose ``score`` on *text* is highest.

    Every registered parser is asked; the highest score above 0 wins, ties
    going to the alphabetically first name. When no parser scores above 0 the
    generic parser is returned. A parser whose ``score`` raises (or returns
    something other than a number) is skipped with a
    :class:`~natocorpus.SourceWarning` and left out of later guesses; scores
    outside [0, 1] are clamped.

    >>> guess_source("Allies met in Brussels on Tuesday.").name
    'generic'
    """
    if not isinstance(text, str):
        raise TypeError(f"guess_source() expects str, got {type(text).__name__}")
    with _LOCK:
        _load_entry_points()
        candidates = [
            cls
            for name, cls in sorted(_STATE.classes.items())
            if name not in _STATE.broken and name != "generic"
        ]
        fallback = _STATE.classes.get("generic", SourceParser)
    best: SourceParser | None = None
    best_score = 0.0
    for cls in candidates:
        try:
            parser = cls()
        except Exception as exc:
            warnings.warn(
                f"source parser {cls.name!r} ({cls.__module__}.{cls.__qualname__}) could "
                f"not be created and was skipped: {exc!r}",
                SourceWarning,
                stacklevel=2,
            )
            continue
        value = _safe_score(parser, text)
        if value is not None and value > best_score:
            best, best_score = parser, value
    return best if best is not None else fallback()


@overload
def register_source(cls: S, *, replace: bool = False) -> S: ...


@overload
def register_source(cls: None = None, *, replace: bool = False) -> Callable[[S], S]: ...


def register_source(cls: S | None = None, *, replace: bool = False) -> S | Callable[[S], S]:
    """Register the parser class *cls* under its ``name`` and ``aliases``.

    *cls* must be a :class:`~natocorpus.SourceParser` subclass (else
    :class:`TypeError`) whose ``name`` is non-empty and lower case (else
    :class:`ValueError`). A name or alias another class already uses is
    refused with a :class:`ValueError` naming the clash, unless
    *replace* is true, in which case the other class is unregistered. Returns
    *cls*, so it works as a class decorator, with or without arguments::

        @natocorpus.register_source
        class HarbourGazette(natocorpus.SourceParser):
            name = "harbour-gazette"
            outlet = "The Harbour Gazette"
            signature_patterns = (r"(?m)^The Harbour Gazette$",)

        @natocorpus.register_source(replace=True)
        class BetterHarbourGazette(HarbourGazette):
            name = "harbour-gazette"

    Installed plug-ins are loaded first, so a clash with one of them is
    reported here too.

    >>> class Shouting(SourceParser):
    ...     name = "SHOUTING"
    >>> register_source(Shouting)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: Shouting.name must be lower case letters, digits, ...
    >>> register_source(SourceParser)  # already registered as "generic": a no-op
    <class 'natocorpus._sources.SourceParser'>
    """
    if cls is None:

        def decorator(cls: S) -> S:
            return register_source(cls, replace=replace)

        return decorator
    checked = _validate(cls)
    with _LOCK:
        _load_entry_points()
        if _STATE.classes.get(checked.name) is checked and not _clashes(checked):
            _STATE.broken.discard(checked.name)
            return cls
        _add(checked, replace=replace)
    return cls


def unregister_source(name: str) -> None:
    """Remove the parser registered under *name* (private; for tests and tools).

    The generic parser cannot be removed.
    """
    with _LOCK:
        _load_entry_points()
        key = _STATE.lookup.get(name.lower())
        if key is None:
            raise UnknownSourceError(f"no source parser named {name!r}")
        if _STATE.classes[key] is SourceParser:
            raise ValueError("the generic parser cannot be unregistered")
        _remove(key)
        if "generic" not in _STATE.classes:
            _add(SourceParser, replace=False)


def _snapshot() -> _State:
    """A copy of the registry state (private; tests restore it with :func:`_restore`)."""
    with _LOCK:
        copy = _State()
        copy.classes = dict(_STATE.classes)
        copy.lookup = dict(_STATE.lookup)
        copy.loaded = _STATE.loaded
        copy.broken = set(_STATE.broken)
        copy.extra = {name: set(keys) for name, keys in _STATE.extra.items()}
        return copy


def _restore(state: _State) -> None:
    """Put back a state taken with :func:`_snapshot` (private; for tests)."""
    with _LOCK:
        _STATE.classes = dict(state.classes)
        _STATE.lookup = dict(state.lookup)
        _STATE.loaded = state.loaded
        _STATE.broken = set(state.broken)
        _STATE.extra = {name: set(keys) for name, keys in state.extra.items()}


def _reset() -> None:
    """Forget everything but the generic parser; entry points load again (private)."""
    _restore(_State())

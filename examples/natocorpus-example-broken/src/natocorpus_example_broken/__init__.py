"""A deliberately broken natocorpus plug-in: its ``score()`` always raises.

natocorpus must skip it with a :class:`natocorpus.SourceWarning` when guessing
the source of a page, and go on parsing with the other parsers.
"""

from __future__ import annotations

from natocorpus import SourceParser

__all__ = ["BrokenScoreParser"]


class BrokenScoreParser(SourceParser):
    """A parser for no outlet at all, whose :meth:`score` has a bug."""

    name = "broken-example"
    outlet = "Nowhere Weekly"

    def score(self, text: str) -> float:
        """Raise, always: the bug this plug-in exists to have."""
        raise RuntimeError("natocorpus-example-broken: score() is broken on purpose")

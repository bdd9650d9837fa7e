"""A deliberately broken natocorpus plug-in: its ``score()`` raises.

natocorpus must skip it with a :class:`natocorpus.SourceWarning` when guessing
the source of a page, and go on parsing with the other parsers.

Like a real bug, it strikes on the pages of its own (invented) outlet, those
that name *Nowhere Weekly*; on other pages it scores 0, so that installing it
in CI does not put a warning into every unrelated test.
"""

from __future__ import annotations

from natocorpus import SourceParser

__all__ = ["BrokenScoreParser"]


class BrokenScoreParser(SourceParser):
    """A parser for the invented *Nowhere Weekly*, whose :meth:`score` has a bug."""

    name = "broken-example"
    outlet = "Nowhere Weekly"

    def score(self, text: str) -> float:
        """Raise on the outlet's pages: the bug this plug-in exists to have."""
        if "nowhere weekly" in text.lower():
            raise RuntimeError("natocorpus-example-broken: score() is broken on purpose")
        return 0.0

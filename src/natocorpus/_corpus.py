"""Many articles at once (issue 7 completes it)."""

from __future__ import annotations


class Corpus:
    """A collection of parsed articles."""

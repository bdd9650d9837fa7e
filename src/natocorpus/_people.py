"""Stage 2: the people an article mentions, under canonical names.

Owned by the quotes work (issue 4). The contract: ``PeopleIndex.build(text,
blocks)``; ``index.canonical(mention)`` maps a mention ("Stoltenberg",
"Stoltenburg", "Jens Stoltenberg") to the fullest name the article gives, or
``None`` if the mention is nobody the index knows; ``index.persons`` lists them.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._records import Block, Person


class PeopleIndex:
    """The people of one article."""

    def __init__(self, persons: Sequence[Person] = ()) -> None:
        self._persons = tuple(persons)

    @classmethod
    def build(cls, text: str, blocks: Sequence[Block]) -> PeopleIndex:
        """Index the people named in the content blocks of *text*."""
        return cls()

    @property
    def persons(self) -> tuple[Person, ...]:
        """Everyone the article names, in order of first mention."""
        return self._persons

    def canonical(self, mention: str) -> str | None:
        """The canonical full name for *mention*, or ``None`` if unknown."""
        for person in self._persons:
            if mention == person.name or mention in person.aliases:
                return person.name
        return None

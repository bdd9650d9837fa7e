"""A natocorpus source parser for *The Harbour Gazette*, an invented outlet.

The class below only describes the Gazette's page layout: its name, its
masthead, section labels, photo credits and the teasers that follow every
article. Everything else (titles, quotes, aid figures, interviews) is left to
natocorpus's generic pipeline, which serves every outlet.

natocorpus finds the class through the entry point declared in this package's
``pyproject.toml``::

    [project.entry-points."natocorpus.sources"]
    harbour-gazette = "natocorpus_example_outlet:HarbourGazetteParser"
"""

from __future__ import annotations

from natocorpus import SourceParser

__all__ = ["HarbourGazetteParser"]

# Seconds any one pattern may take on a line of input (the regex module's timeout).
_TIMEOUT = 1.0

# How many non-blank lines at the top and at the bottom of a page score() reads.
_EDGE = 10


class HarbourGazetteParser(SourceParser):
    """Pages of The Harbour Gazette, as its website prints them.

    Every pattern below is matched case-insensitively against a whole line
    (natocorpus compiles each table once per class).
    """

    #: The registry name: lower case, unique among installed parsers.
    name = "harbour-gazette"
    #: Other names natocorpus.get_source() accepts (case does not matter).
    aliases = ("The Harbour Gazette", "harbour gazette")
    #: Article.outlet, unless the page itself names another outlet.
    outlet = "The Harbour Gazette"

    #: Lines that are the site's furniture, never the article's text.
    boilerplate_patterns = (
        r"Skip to the harbour news",
        r"The Harbour Gazette",  # the masthead
        r"Harbour Gazette / \w[\w ]*",  # the section label, e.g. "Harbour Gazette / Waterfront"
        r"Copyright The Harbour Gazette Cooperative",
    )

    #: The first line matching one of these ends the article: what follows is teasers.
    end_patterns = (
        r".*\bsign up for the Morning Tide newsletter",
        r"More from the \w[\w ]* desk",
    )

    #: Photo credits in the Gazette's style.
    credit_patterns = (r"Photo: (?:Harbour Gazette archive|\w[\w .'-]* / Harbour Gazette)",)

    #: Lines no other outlet prints; score() looks for them.
    signature_patterns = (
        r"The Harbour Gazette",
        r"Harbour Gazette / \w[\w ]*",
        r"Copyright The Harbour Gazette Cooperative",
        r".*\bsign up for the Morning Tide newsletter",
    )

    def score(self, text: str) -> float:
        """The share of the Gazette's signature lines found at the edges of *text*.

        Mastheads, section labels and footers sit at the top and the bottom of
        a page, so only the first and last ten non-blank lines are read: an
        article that merely mentions the Gazette in its middle does not count,
        and a long page costs no more than a short one.

        >>> page = "The Harbour Gazette\\nHarbour Gazette / Waterfront\\nNews.\\n"
        >>> HarbourGazetteParser().score(page)
        0.5
        >>> HarbourGazetteParser().score("Sailors read The Harbour Gazette.")
        0.0
        """
        lines = [line.strip() for line in text.splitlines()]
        lines = [line for line in lines if line]
        edges = lines if len(lines) <= 2 * _EDGE else lines[:_EDGE] + lines[-_EDGE:]
        patterns = self.table("signature_patterns")
        found = sum(
            1
            for pattern in patterns
            if any(pattern.fullmatch(line, timeout=_TIMEOUT) for line in edges)
        )
        return found / len(patterns)

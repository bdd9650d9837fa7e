"""Many articles at once: :class:`Corpus`, with parallel parsing and JSON Lines."""

from __future__ import annotations

import os
import pickle
import sys
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, overload

from ._errors import DecodeError
from ._json import from_json, to_json
from ._records import AidFigure, Article, Interview, Person, Quote, Span
from ._registry import get_source, guess_source
from ._seeds import load_seeds
from ._sources import SourceParser

__all__ = ["Corpus"]

PathArg = str | os.PathLike[str]


def _key(name: str) -> str:
    """How names are compared: case-insensitively, with runs of white space as one space."""
    return " ".join(name.split()).casefold()


def _matches(value: str | None, wanted: str | None) -> bool:
    return wanted is None or (value is not None and _key(value) == _key(wanted))


def _parse_one(job: tuple[str, type[SourceParser]]) -> Article:
    """Parse one text with one parser class (runs in a worker process)."""
    text, cls = job
    return cls().parse(text)


def _picklable(cls: type[SourceParser]) -> bool:
    """Whether *cls* can be sent to a worker process (classes pickle by import path)."""
    try:
        pickle.dumps(cls)
    except Exception:
        return False
    return True


def _read(path: Path, encoding: str, errors: str) -> str:
    data = path.read_bytes()
    try:
        return data.decode(encoding, errors)
    except UnicodeDecodeError as exc:
        raise DecodeError(os.fspath(path), encoding, exc.start, exc.reason) from None


def _expand(paths: PathArg | Iterable[PathArg]) -> list[Path]:
    """Files in *paths*; a directory stands for its ``*.txt`` files, sorted by name."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    files: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            files.extend(sorted(p for p in path.glob("*.txt") if p.is_file()))
        else:
            files.append(path)
    return files


class Corpus(Sequence[Article]):
    """An immutable, ordered collection of parsed :class:`~natocorpus.Article` records.

    Build one from texts (:meth:`from_texts`), files (:meth:`from_paths`), the
    bundled seeds (:meth:`from_seeds`), a JSON Lines file (:meth:`from_jsonl`)
    or articles you already have (``Corpus(articles)``); then iterate it,
    index or slice it like a tuple, or ask it for the quotes, aid figures,
    interviews and people of all its articles at once.

    >>> corpus = Corpus.from_texts(["Allies met on Monday.", "Ministers met on Friday."])
    >>> len(corpus)
    2
    >>> [article.text for article in corpus]
    ['Allies met on Monday.', 'Ministers met on Friday.']
    >>> corpus[0].source
    'generic'
    >>> corpus[1:]
    Corpus(1 article)

    Name filters (``speaker``, ``donor``, ``recipient``, ``interviewee``, ...)
    compare canonical names case-insensitively, treating runs of white space
    as one space; ``None`` means "any".
    """

    __slots__ = ("_articles",)

    def __init__(self, articles: Iterable[Article] = ()) -> None:
        items = tuple(articles)
        for index, article in enumerate(items):
            if not isinstance(article, Article):
                raise TypeError(
                    f"Corpus expects Article records, got {type(article).__name__} at {index}"
                )
        self._articles = items

    # --- building ---------------------------------------------------------------------------

    @staticmethod
    def parse_many(
        texts: Iterable[str], *, workers: int | None = None, source: str | None = None
    ) -> tuple[Article, ...]:
        """Parse many texts, in parallel on a process pool, keeping their order.

        The result equals ``tuple(natocorpus.parse(t, source=source) for t in
        texts)``. *workers* is the number of processes (default: the number of
        CPUs); with ``workers=1``, or fewer than two texts, everything runs in
        this process. The parser of each text is chosen here, in this
        process (forced by *source*, else :func:`~natocorpus.guess_source`), so
        parsers registered at run time are honoured and any
        :class:`~natocorpus.SourceWarning` is raised here; a parser class that
        cannot be pickled (one defined inside a function) parses its texts in
        this process. The first exception a text raises is raised here.

        >>> articles = Corpus.parse_many(["One line.", "Another line."], workers=2)
        >>> [article.text for article in articles]
        ['One line.', 'Another line.']
        """
        items = list(texts)
        for index, text in enumerate(items):
            if not isinstance(text, str):
                raise TypeError(
                    f"parse_many() expects str texts, got {type(text).__name__} at {index}"
                )
        if workers is None:
            workers = os.cpu_count() or 1
        if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
            raise ValueError(f"workers must be a positive int, got {workers!r}")
        forced = type(get_source(source)) if source is not None else None
        classes = [forced or type(guess_source(text)) for text in items]
        if workers == 1 or len(items) < 2:
            return tuple(_parse_one(job) for job in zip(items, classes, strict=True))

        sendable = {cls: _picklable(cls) for cls in set(classes)}
        remote = [i for i, cls in enumerate(classes) if sendable[cls]]
        results: list[Article | None] = [None] * len(items)
        if len(remote) > 1:
            jobs = [(items[i], classes[i]) for i in remote]
            processes = min(workers, len(jobs))
            chunksize = max(1, len(jobs) // (processes * 4))
            with ProcessPoolExecutor(max_workers=processes) as pool:
                for i, article in zip(
                    remote, pool.map(_parse_one, jobs, chunksize=chunksize), strict=True
                ):
                    results[i] = article
        for i, result in enumerate(results):
            if result is None:
                results[i] = _parse_one((items[i], classes[i]))
        return tuple(a for a in results if a is not None)

    @classmethod
    def from_texts(
        cls, texts: Iterable[str], *, source: str | None = None, workers: int = 1
    ) -> Corpus:
        """Parse *texts* into a corpus (see :meth:`parse_many` for *source* and *workers*).

        >>> len(Corpus.from_texts(["A page.", "Another page."]))
        2
        """
        return cls(cls.parse_many(texts, workers=workers, source=source))

    @classmethod
    def from_paths(
        cls,
        paths: PathArg | Iterable[PathArg],
        *,
        encoding: str = "utf-8",
        errors: str = "strict",
        source: str | None = None,
        workers: int = 1,
    ) -> Corpus:
        """Read and parse files into a corpus, in the order given.

        *paths* is one path or an iterable of them; a directory stands for the
        ``*.txt`` files directly inside it, sorted by name. Files are decoded
        as in :func:`~natocorpus.parse_file` (invalid bytes raise
        :class:`~natocorpus.DecodeError` unless *errors* says otherwise); see
        :meth:`parse_many` for *source* and *workers*.
        """
        texts = [_read(path, encoding, errors) for path in _expand(paths)]
        return cls.from_texts(texts, source=source, workers=workers)

    @classmethod
    def from_seeds(cls) -> Corpus:
        """The bundled seed articles (see :func:`~natocorpus.load_seeds`) as a corpus."""
        return cls(load_seeds())

    # --- JSON Lines -------------------------------------------------------------------------

    def to_jsonl(self, path: PathArg) -> None:
        """Write the corpus to *path* as JSON Lines: one :func:`~natocorpus.to_json` per line.

        The file is UTF-8 with ``\\n`` line ends; :meth:`from_jsonl` reads it
        back into an equal corpus (every field, ``Decimal`` amounts exactly).
        """
        with open(path, "w", encoding="utf-8", newline="\n") as out:
            for article in self._articles:
                out.write(to_json(article))
                out.write("\n")

    @classmethod
    def from_jsonl(cls, path: PathArg) -> Corpus:
        """Read a corpus written by :meth:`to_jsonl`; blank lines are ignored.

        A line that is not a valid article raises the error of
        :func:`~natocorpus.from_json`, with the file and line number attached as
        a note (Python 3.11+).
        """
        articles = []
        with open(path, encoding="utf-8", newline="\n") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    articles.append(from_json(line, Article))
                except Exception as exc:
                    if sys.version_info >= (3, 11):
                        exc.add_note(f"while reading {os.fspath(path)}, line {number}")
                    raise
        return cls(articles)

    # --- the collection ---------------------------------------------------------------------

    @property
    def articles(self) -> tuple[Article, ...]:
        """The articles, in order."""
        return self._articles

    def __iter__(self) -> Iterator[Article]:
        return iter(self._articles)

    def __len__(self) -> int:
        return len(self._articles)

    @overload
    def __getitem__(self, index: int) -> Article: ...

    @overload
    def __getitem__(self, index: slice) -> Corpus: ...

    def __getitem__(self, index: int | slice) -> Article | Corpus:
        if isinstance(index, slice):
            return Corpus(self._articles[index])
        return self._articles[index]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Corpus):
            return NotImplemented
        return self._articles == other._articles

    def __hash__(self) -> int:
        return hash(self._articles)

    def __repr__(self) -> str:
        n = len(self._articles)
        return f"Corpus({n} article{'' if n == 1 else 's'})"

    def __add__(self, other: Any) -> Corpus:
        if not isinstance(other, Corpus):
            return NotImplemented
        return Corpus(self._articles + other._articles)

    # --- across articles --------------------------------------------------------------------

    def quotes(self, speaker: str | None = None) -> tuple[Quote, ...]:
        """Every quote of every article, in order; with *speaker*, only theirs.

        Each quote's ``span`` points into the ``text`` of the article it came
        from; iterate the articles when you need that pairing::

            for article in corpus:
                for quote in article.quotes:
                    print(article.title, quote.span.slice(article.text))
        """
        return tuple(q for a in self._articles for q in a.quotes if _matches(q.speaker, speaker))

    def aid_figures(
        self, donor: str | None = None, recipient: str | None = None
    ) -> tuple[AidFigure, ...]:
        """Every aid figure of every article, in order, filtered by *donor* and *recipient*."""
        return tuple(
            f
            for a in self._articles
            for f in a.aid_figures
            if _matches(f.donor, donor) and _matches(f.recipient, recipient)
        )

    def interviews(
        self,
        interviewee: str | None = None,
        outlet: str | None = None,
        *,
        interviewer: str | None = None,
    ) -> tuple[Interview, ...]:
        """Every interview of every article, in order, filtered by the given names."""
        return tuple(
            i
            for a in self._articles
            for i in a.interviews
            if _matches(i.interviewee, interviewee)
            and _matches(i.outlet, outlet)
            and _matches(i.interviewer, interviewer)
        )

    def people(self) -> tuple[Person, ...]:
        """The people of all articles, one :class:`~natocorpus.Person` per canonical name.

        Records whose names are equal case-insensitively are merged, in order
        of first appearance: the name is spelt as first seen (other spellings
        become aliases), ``aliases`` is the union of all the articles'
        aliases, ``title`` the first one given, and ``mentions`` all the
        articles' mentions in corpus order. A mention's span points into the
        text of the article it came from, so to locate mentions use
        ``article.people`` article by article; the merged record is for
        counting and listing.

        >>> from natocorpus import Article, Person, Span
        >>> a = Article("A", people=(Person("Ada Vale", ("Vale",), None, (Span(0, 1),)),))
        >>> b = Article("B", people=(Person("ada vale", ("Ms Vale",), "minister", (Span(0, 1),)),))
        >>> (ada,) = Corpus([a, b]).people()
        >>> ada.name, ada.aliases, ada.title, len(ada.mentions)
        ('Ada Vale', ('Vale', 'ada vale', 'Ms Vale'), 'minister', 2)
        """
        order: list[str] = []
        names: dict[str, str] = {}
        aliases: dict[str, dict[str, None]] = {}
        titles: dict[str, str | None] = {}
        mentions: dict[str, list[Span]] = {}
        for article in self._articles:
            for person in article.people:
                key = _key(person.name)
                if key not in names:
                    order.append(key)
                    names[key] = person.name
                    aliases[key] = {}
                    titles[key] = person.title
                    mentions[key] = []
                for alias in (person.name, *person.aliases):
                    if alias != names[key]:
                        aliases[key][alias] = None
                if titles[key] is None:
                    titles[key] = person.title
                mentions[key].extend(person.mentions)
        return tuple(
            Person(
                name=names[key],
                aliases=tuple(aliases[key]),
                title=titles[key],
                mentions=tuple(mentions[key]),
            )
            for key in order
        )

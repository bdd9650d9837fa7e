"""natocorpus: structured records from news text about NATO and the war in Ukraine.

>>> import natocorpus
>>> article = natocorpus.parse("NATO allies met in Brussels on Tuesday.")
>>> article.text
'NATO allies met in Brussels on Tuesday.'
"""

from importlib.metadata import PackageNotFoundError as _PackageNotFoundError
from importlib.metadata import version as _version

from ._amounts import find_amounts
from ._api import parse, parse_file
from ._corpus import Corpus
from ._errors import (
    DecodeError,
    NatocorpusError,
    PatternTimeoutError,
    SchemaError,
    SourceWarning,
    UnknownSourceError,
)
from ._json import from_dict, from_json, to_dict, to_json
from ._layout import Layout
from ._records import (
    AidCategory,
    AidFigure,
    AidStatus,
    Amount,
    Article,
    Block,
    BlockRole,
    Interview,
    InterviewFormat,
    Period,
    Person,
    Quote,
    QuoteKind,
    QuoteMode,
    Span,
    Turn,
    TurnRole,
)
from ._registry import get_source, guess_source, register_source
from ._seeds import load_seeds
from ._sources import SourceParser

__version__: str
try:
    __version__ = _version("natocorpus")
except _PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "AidCategory",
    "AidFigure",
    "AidStatus",
    "Amount",
    "Article",
    "Block",
    "BlockRole",
    "Corpus",
    "DecodeError",
    "Interview",
    "InterviewFormat",
    "Layout",
    "NatocorpusError",
    "PatternTimeoutError",
    "Period",
    "Person",
    "Quote",
    "QuoteKind",
    "QuoteMode",
    "SchemaError",
    "SourceParser",
    "SourceWarning",
    "Span",
    "Turn",
    "TurnRole",
    "UnknownSourceError",
    "__version__",
    "find_amounts",
    "from_dict",
    "from_json",
    "get_source",
    "guess_source",
    "load_seeds",
    "parse",
    "parse_file",
    "register_source",
    "to_dict",
    "to_json",
]

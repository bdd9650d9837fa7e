"""Sphinx configuration for the natocorpus documentation (MyST Markdown)."""

from __future__ import annotations

import sys
from pathlib import Path

# Build from a checkout even when the package is not installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import natocorpus  # noqa: E402

project = "natocorpus"
author = "The natocorpus team"
copyright = "2026, The natocorpus team"  # noqa: A001
release = natocorpus.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]

# No network: no intersphinx, no remote images.
# Every cross-reference must resolve (sphinx-build -n -W fails otherwise), except
# the standard library's and typing's names, which only intersphinx could link.
nitpicky = True
nitpick_ignore = [
    ("py:class", name)
    for name in (
        "Decimal",
        "decimal.Decimal",
        "enum.Enum",
        "os.PathLike",
        "collections.abc.Callable",
        "collections.abc.Iterable",
        "collections.abc.Iterator",
        "collections.abc.Mapping",
        "_regex.Pattern",
        "natocorpus._json.T",
        "natocorpus._registry.S",
    )
]
myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = False
napoleon_attr_annotations = False

doctest_global_setup = "import natocorpus"
# Docstring examples run under pytest (--doctest-modules) in their module's
# namespace; the doctest builder runs only the explicit {doctest} blocks.
doctest_test_doctest_blocks = ""

html_theme = "alabaster"
html_title = f"natocorpus {release}"

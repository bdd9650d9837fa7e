"""Shared test settings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import settings

from natocorpus import _registry

# Generated records can be large; a slow CI machine must not turn that into
# spurious "deadline exceeded" failures.
settings.register_profile("natocorpus", deadline=None, print_blob=True)
settings.load_profile("natocorpus")


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A registry holding only the generic parser, whatever is installed; restored after."""
    saved = _registry._snapshot()
    monkeypatch.setattr(_registry, "_entry_points", list)
    _registry._reset()
    try:
        yield
    finally:
        _registry._restore(saved)

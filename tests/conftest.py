"""Shared test settings."""

from __future__ import annotations

from hypothesis import settings

# Generated records can be large; a slow CI machine must not turn that into
# spurious "deadline exceeded" failures.
settings.register_profile("natocorpus", deadline=None, print_blob=True)
settings.load_profile("natocorpus")

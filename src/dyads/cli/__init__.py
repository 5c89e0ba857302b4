"""The `dyads` command: one click group; each module registers the verbs of one area."""

from __future__ import annotations

from .main import main

__all__ = ["main"]

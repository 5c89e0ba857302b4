"""Errors a user can act on: each names the object and the fix."""

from __future__ import annotations

__all__ = ["DyadsError", "InputError", "ModelMissingError", "StoreError"]


class DyadsError(Exception):
    """Base class: the CLI turns these into a one-line message and exit code 2."""


class InputError(DyadsError):
    """An input file or line could not be read as an article."""

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source!r} line {line}" if line else repr(source)
        super().__init__(f"cannot read {where}: {reason}")


class ModelMissingError(DyadsError):
    """The spaCy English model is not installed."""


class StoreError(DyadsError):
    """The DuckDB store could not be opened or written."""

"""Quotations (placeholder until the Quotes stage lands)."""
from __future__ import annotations
from spacy.tokens import Doc
from .model import Actor, Quote

def find_quotes(doc: Doc, actors: list[Actor]) -> list[Quote]:
    return []

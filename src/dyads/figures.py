"""Figures (placeholder until the Figures stage lands)."""
from __future__ import annotations
from spacy.tokens import Doc
from .model import Actor, Event, Figure

def find_figures(doc: Doc, actors: list[Actor], events: list[Event]) -> list[Figure]:
    return []

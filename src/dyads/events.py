"""Events (placeholder until the Events stage lands)."""
from __future__ import annotations
from spacy.tokens import Doc
from .model import Actor, Event, Quote

def find_events(doc: Doc, actors: list[Actor], quotes: list[Quote], date: str | None) -> list[Event]:
    return []

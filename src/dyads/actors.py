"""Actor mentions (placeholder until the Actors stage lands)."""
from __future__ import annotations
from spacy.tokens import Doc
from .model import Actor, Article

def find_actors(doc: Doc, article: Article) -> list[Actor]:
    return []

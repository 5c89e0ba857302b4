"""Tone (placeholder until the Tone stage lands)."""
from __future__ import annotations
from .model import Sentence, Tone

def score_tone(text: str, sentences: list[Sentence]) -> tuple[Tone, list[Tone]]:
    return Tone(), [Tone() for _ in sentences]

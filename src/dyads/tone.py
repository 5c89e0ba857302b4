"""Tone: GDELT-style percentages of positive and negative words, per article and per sentence.

GDELT's GKG "Tone" is ``PositiveScore - NegativeScore``, where each score is the percentage of
all words in the text that carry positive (negative) emotional connotation; the word count is
reported beside it. We do exactly that, with the VADER lexicon as the dictionary of connoted
words: the file ``vader_lexicon.txt`` shipped inside the PyPI package ``vaderSentiment`` 3.3.2
(Hutto & Gilbert 2014, MIT licence, 7,500 human-rated entries, valence -4..+4). A word counts as
positive when its mean valence is > 0 and negative when < 0. No VADER rules (negation, boosters)
are applied: GDELT's tone is a plain word count, and that keeps the stage a single regex pass.

Why VADER: it is the best-kept general English valence lexicon on PyPI, rated by humans on
news-like text as well as social media, and it is already a dependency.

A few entries are dropped because in news they are almost always not sentiment: the preposition
"like", "well" of "as well as", and "United" as in "United States"/"United Nations".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from importlib import resources

from .model import Sentence, Tone

__all__ = ["score_tone", "lexicon", "tone_of", "LEXICON_SOURCE"]

LEXICON_SOURCE = "vaderSentiment 3.3.2 vader_lexicon.txt"

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_SKIP = frozenset({"like", "well"})
_SKIP_CASED = frozenset({"United"})


@lru_cache(maxsize=1)
def lexicon() -> dict[str, float]:
    """VADER's word -> mean valence, single words only (emoticons and phrases left out)."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    table: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not re.fullmatch(r"[a-z]+(?:'[a-z]+)*", parts[0]):
            continue
        try:
            value = float(parts[1])
        except ValueError:
            continue
        if value and parts[0] not in _SKIP:
            table[parts[0]] = value
    return table


def _make_tone(pos: int, neg: int, words: int) -> Tone:
    if not words:
        return Tone()
    positive = 100.0 * pos / words
    negative = 100.0 * neg / words
    return Tone(
        positive=round(positive, 3),
        negative=round(negative, 3),
        polarity=round(positive - negative, 3),
        words=words,
    )


def tone_of(text: str) -> Tone:
    """The tone of one piece of text (convenience for callers without sentences)."""
    whole, _ = score_tone(text, [])
    return whole


def score_tone(text: str, sentences: list[Sentence]) -> tuple[Tone, list[Tone]]:
    """Article tone and one tone per sentence, from one pass over the words of ``text``.

    Words outside every sentence (headings the parser dropped, stray lines) still count for the
    article, so the article tone is the tone of the whole clean text.
    """
    lex = lexicon()
    starts = [s.start for s in sentences]
    counts = [[0, 0, 0] for _ in sentences]
    total = [0, 0, 0]
    for match in _WORD.finditer(text):
        word = match.group()
        if word in _SKIP_CASED:
            valence = 0.0
        else:
            valence = lex.get(word.lower().replace("’", "'"), 0.0)
        slot = 0 if valence > 0 else 1 if valence < 0 else None
        total[2] += 1
        if slot is not None:
            total[slot] += 1
        k = bisect_right(starts, match.start()) - 1
        if k >= 0 and match.start() < sentences[k].end:
            counts[k][2] += 1
            if slot is not None:
                counts[k][slot] += 1
    return _make_tone(*total), [_make_tone(*c) for c in counts]

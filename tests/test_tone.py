"""Tone: GDELT-style word percentages from the VADER lexicon, per article and per sentence."""

from __future__ import annotations

from dyads.model import Sentence, Tone
from dyads.tone import LEXICON_SOURCE, lexicon, score_tone, tone_of


def test_lexicon_is_vader_words_only():
    lex = lexicon()
    assert "vaderSentiment" in LEXICON_SOURCE
    assert lex["killed"] < 0 < lex["agreement"]
    assert all(" " not in w and w.islower() for w in list(lex)[:500])
    assert "like" not in lex  # the preposition is not sentiment


def test_percentages_and_polarity_follow_gdelt():
    tone = tone_of("The agreement was good but the war killed many.")
    # 9 words: agreement, good (+); war, killed (-)
    assert tone.words == 9
    assert tone.positive == round(200 / 9, 3)
    assert tone.negative == round(200 / 9, 3)
    assert tone.polarity == 0.0


def test_sentence_tones_line_up_with_sentences():
    text = "Leaders praised the peace deal. Rebels attacked and killed ten soldiers."
    cut = text.index("Rebels")
    sents = [Sentence(0, cut - 1), Sentence(cut, len(text))]
    article, per_sentence = score_tone(text, sents)
    assert len(per_sentence) == 2
    assert per_sentence[0].polarity > 0 > per_sentence[1].polarity
    assert article.words == per_sentence[0].words + per_sentence[1].words


def test_united_in_names_is_neutral_and_empty_text_is_zero():
    assert tone_of("The United States and the United Nations met.").polarity == 0.0
    whole, sents = score_tone("", [])
    assert whole == Tone() and sents == []


def test_curly_apostrophes_are_words():
    tone = tone_of("They don’t agree")
    assert tone.words == 3

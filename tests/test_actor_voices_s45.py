"""Session 45: an unnamed government voice in a sentence naming no state ("A foreign ministry
statement accused ...") speaks for the state that spoke in the sentence before, not for the story's
own state; a "Western envoy" is no one state's. Sentences written for these tests."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate

LEAD = ("RABAT, Dec 11 (Wire) - Morocco welcomed the U.S. recognition of its sovereignty over Western "
        "Sahara on Friday. Moroccan officials said the decision ended decades of uncertainty. ")


def code_of(text: str, word: str) -> str | None:
    art = annotate(Article(id="t", text=text, date="2020-12-11"))
    return next(a.code for a in art.actors if art.text[a.start:a.end] == word)


def test_ministry_statement_after_another_state_spoke_is_that_states():
    text = LEAD + ("Algeria, which hosts tens of thousands of refugees and backs the Polisario, said the decision "
                   "had no legal effect. A foreign ministry statement accused foreign powers of seeking to "
                   "destabilise the region.")
    assert code_of(text, "A foreign ministry") == "DZAGOV"


def test_ministry_statement_with_no_other_speaker_stays_the_storys():
    text = LEAD + "A foreign ministry statement thanked Washington for its support."
    assert code_of(text, "A foreign ministry") == "MARGOV"

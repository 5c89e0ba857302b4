"""Session 52: actors whose state the article settled earlier (the user's own example, and
batches BV and BV2's leftovers). Sentences written for these tests."""

from __future__ import annotations

from event_helpers import codes_in

from dyads.model import Article


def codes_of(text: str, word: str, date: str = "2019-09-27", title: str = "") -> list[str | None]:
    return codes_in(Article(id="t", text=text, date=date, title=title), word)


def test_a_bare_opposition_is_the_one_the_article_already_named():
    text = ("Venezuelan leader Nicolas Maduro met Russian President Vladimir Putin on Wednesday. Putin "
            "said Russia backs Maduro against a coup led by opposition leader Juan Guaido. The Russian "
            "president also said he favoured talks with all factions of the opposition.")
    assert codes_of(text, "the opposition") == ["VENOPP"]


def test_a_sentence_naming_its_own_state_keeps_its_opposition():
    text = ("Venezuelan leader Nicolas Maduro met Russian President Vladimir Putin on Wednesday. Putin "
            "said Russia backs Maduro against a coup led by opposition leader Juan Guaido. In Russia, "
            "the opposition has been barred from the ballot.")
    assert codes_of(text, "the opposition") == ["RUSOPP"]

"""Far from any pair, "the two governments" are the two states the story is about, not the
last two states joined by "and"."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Article

_STORY = ("Morocco recalled its ambassador from Algeria on Monday and closed its airspace to "
          "Algerian flights after a dispute over gas. Algeria called the move hostile. "
          "Tunisia and Libya urged restraint. Algerian officials said Morocco had broken its "
          "word, and Moroccan officials blamed Algeria. Morocco's king did not comment. "
          "Algeria's president met his advisers. The ban hits exporters hard. "
          "Markets fell on the news. The United Nations urged the two governments to keep "
          "talking.")


def _codes(nlp, text: str, phrase: str) -> set[str | None]:
    return {a.code for a in find_actors(nlp(text), Article(id="t", text=text, date="2022-03-01"))
            if a.text == phrase}


def test_two_governments_far_from_a_pair_are_the_story_sides(nlp) -> None:
    assert _codes(nlp, _STORY, "the two governments") == {"MARGOV", "DZAGOV"}


def test_two_countries_near_a_pair_are_that_pair(nlp) -> None:
    text = ("Morocco recalled its ambassador from Algeria. Algeria called the move hostile. "
            "Morocco blamed Algeria again. Tunisia and Libya urged restraint, and the two "
            "countries offered to mediate.")
    assert _codes(nlp, text, "the two countries") == {"TUN", "LBY"}

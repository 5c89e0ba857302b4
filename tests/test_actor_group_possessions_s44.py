"""Session 44: "the movement's military", "the group's fighters": a definite noun for a non-state
body owns forces or people that are that body's, not the story's state. Sentences written for
these tests."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate


def code_of(text: str, word: str) -> str | None:
    art = annotate(Article(id="t", text=text, date="2020-12-12"))
    return next(a.code for a in art.actors if art.text[a.start:a.end] == word)


def test_the_movements_military_is_the_movements():
    text = ("RABAT, Dec 11 (Wire) - The Polisario Front independence movement condemned the decision. "
            "The movement's military has since reported daily attacks on Moroccan positions.")
    assert code_of(text, "military") == "ESHREB"


def test_the_groups_fighters_are_the_groups():
    text = ("RABAT, Dec 11 (Wire) - The Polisario Front condemned the decision. The group's fighters have "
            "since reported daily attacks on Moroccan positions.")
    assert code_of(text, "fighters") == "ESHREB"


def test_a_states_own_military_stays_the_states():
    text = ("RABAT, Dec 11 (Wire) - Morocco's government welcomed the decision. The military has since "
            "reinforced its positions along the berm.")
    assert code_of(text, "The military") == "MARMIL"

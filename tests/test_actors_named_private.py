"""Named private people with no state take the state where the story is set.

A person named in full whom no list knows, with no title, description or nationality, takes
the state of the story's scene (or its main state) when the article names that state in two
sentences and one of the person's sentences names it and no other; another state in any of
their sentences, or a description ("tourists", "the visitors, ..."), leaves them unplaced.
Only the state is given: the sector stays what the text said. Sentences are our own.
"""

from __future__ import annotations

from actor_helpers import actor_codes

_SCENE = "Heavy rain flooded streets in Lagos on Monday. Storms in Lagos closed the airport. "


def test_named_person_in_a_local_court_case_takes_the_scene(nlp) -> None:
    codes = actor_codes(nlp, "A court in Ohio jailed Marla Quennell for ten years on Friday. "
                             "Quennell was arrested in Ohio last spring after a long inquiry.")
    assert codes["Marla Quennell"] == "USA"
    assert codes["Quennell"] == "USA"


def test_another_nationality_keeps_the_person_unplaced(nlp) -> None:
    codes = actor_codes(nlp, "A court in Ohio jailed Marla Quennell for ten years on Friday. "
                             "Quennell, who was born in Poland, was arrested in Ohio last spring.")
    assert codes["Marla Quennell"] != "USA"


def test_foreign_visitors_are_not_of_the_scene(nlp) -> None:
    for text in (_SCENE + "The stranded visitors, Henrik Solvang and Pia Lindqvist, waited "
                          "at the terminal in Lagos.",
                 _SCENE + "Tourists Henrik Solvang and Pia Lindqvist waited at the terminal "
                          "in Lagos.",
                 _SCENE + "Henrik Solvang and Pia Lindqvist of Norway waited at the terminal."):
        codes = actor_codes(nlp, text)
        assert codes.get("Henrik Solvang") in (None, "NOR", "NORCVL"), text
        assert codes.get("Pia Lindqvist") in (None, "NOR", "NORCVL"), text

"""A named person or body no list knows and no rule placed takes the state of a story both
about and set in one state, when nothing near it names another state; each with a case the
rule must leave alone."""

from __future__ import annotations

from actor_helpers import actor_codes

_STORY = ("LIMA, May 4 (Wire) - Peru's congress voted on Tuesday to remove the interior "
          "minister after a week of protests in the south. ")


def test_unplaced_name_in_one_state_story_takes_its_state(nlp):
    codes = actor_codes(nlp, _STORY + "Protesters blocked roads near Puno, Peru, for a third "
                        "day. The founder of the group, Tomas Quispe Huaman, is already in prison.")
    assert codes["Tomas Quispe Huaman"] == "PER"


def test_name_in_a_sentence_naming_another_state_stays_open(nlp):
    codes = actor_codes(nlp, _STORY + "Protesters blocked roads near Puno, Peru, for a third "
                        "day. Tomas Quispe Huaman said Bolivia had helped the protesters.")
    assert codes["Tomas Quispe Huaman"] is None


def test_name_in_a_story_naming_its_state_once_stays_open(nlp):
    codes = actor_codes(nlp, "Tomas Quispe Huaman blocked a road near a market in Lima.")
    assert codes.get("Tomas Quispe Huaman") is None


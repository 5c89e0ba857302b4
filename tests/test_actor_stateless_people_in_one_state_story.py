"""Session 29: people a one-state story leaves without a state although the story makes it
clear: unnamed press, a person sent abroad, and a private voice quoted after a foreign
government's act; each with a case the rule must leave alone."""

from __future__ import annotations

from actor_helpers import actor_codes

_STORY = ("LIMA, May 4 (Wire) - Peru's congress voted on Tuesday to remove the interior "
          "minister after a week of protests in the south. Protesters blocked roads near "
          "Puno, Peru, for a third day. ")


def test_unnamed_press_in_one_state_story_takes_its_state(nlp):
    codes = actor_codes(nlp, _STORY + "Chile and Bolivia closed their border crossings. "
                        '"My son is a journalist, not a thief," said Rosa Quispe, his mother.')
    assert codes["a journalist"] == "PERJRN"


def test_unnamed_press_in_a_story_about_two_states_stays_open(nlp):
    codes = actor_codes(nlp, "Chile and Bolivia traded accusations over the border on Monday. "
                        "Bolivia recalled its envoy from Chile. Chile blamed Bolivia. "
                        '"My son is a journalist, not a thief," said his mother.')
    assert codes["a journalist"] is None


def test_person_expelled_abroad_keeps_the_story_state(nlp):
    codes = actor_codes(nlp, _STORY + "The group's founder, Tomas Quispe Huaman, was deported "
                        "to Bolivia in 2021.")
    assert codes["Tomas Quispe Huaman"] == "PER"


def test_person_who_moved_abroad_by_other_verbs_stays_open(nlp):
    codes = actor_codes(nlp, _STORY + "The group's founder, Tomas Quispe Huaman, was born "
                        "in Bolivia in 1960.")
    assert codes["Tomas Quispe Huaman"] is None


def test_private_voice_after_a_foreign_government_act_takes_the_story_state(nlp):
    codes = actor_codes(nlp, _STORY + "Bolivia's government had already banned Peruvian "
                        'potatoes in March. "We have lost our best market," said Juan Mamani, '
                        "a potato grower.")
    assert codes["Juan Mamani"] == "PERCVL"


def test_private_voice_after_foreign_growers_stays_open(nlp):
    codes = actor_codes(nlp, _STORY + "Growers in Bolivia said prices had fallen. "
                        '"We have lost our best market," said Juan Mamani, a potato grower.')
    assert codes["Juan Mamani"] is None


_FORCE = ("GOMA, Oct 30 (Wire) - Rebels seized two towns in eastern Congo on Sunday, and "
          "Congolese troops withdrew. ")


def test_troops_of_a_regional_force_are_the_bloc_that_sends_them(nlp):
    codes = actor_codes(nlp, _FORCE + "The Southern African Development Community said the "
                        "soldiers of a regional force would arrive next week.")
    assert codes["the soldiers"] == "IGOMIL"


def test_troops_of_a_regional_force_with_no_bloc_named_take_no_state(nlp):
    codes = actor_codes(nlp, _FORCE + "Officials said the soldiers of a regional force would "
                        "arrive next week.")
    assert codes["the soldiers"] is None


def test_soldiers_of_a_state_unit_still_refer_back(nlp):
    codes = actor_codes(nlp, _FORCE + "The soldiers of the eastern command regrouped near Goma.")
    assert codes["The soldiers"] == "CODMIL"

"""A warning that a thing would do harm is a forecast of effects, not a threat; a warner's own
reprisal and the acts of states or forces stay threats (our own sentences)."""

from __future__ import annotations

from event_helpers import events_of


def test_effects_of_a_thing_foreseen_are_no_threat(nlp):
    for text in ("Charities warned that the ban could hit food deliveries to Gaza.",
                 "The IMF warned that the cuts could hurt growth in Kenya.",
                 "Ottawa issued a warning that the dispute would hurt families on both sides of the border.",
                 "The president warned that excluding the opposition would lead to civil war in Chad."):
        assert not events_of(nlp, text, "THREATEN"), text


def test_a_measure_in_force_is_foreseen_but_a_reprisal_threatened(nlp):
    assert not events_of(nlp, "Brussels warned that the sanctions would hurt ordinary Iranians.", "THREATEN")
    assert events_of(nlp, "The European Union warned that sanctions would follow if Belgrade refused.",
                     "THREATEN")


def test_a_state_or_force_that_would_act_still_threatens(nlp):
    for text in ("Russia warned that it would retaliate against Finland.",
                 "Iran warned that its forces would strike back at Israel."):
        assert events_of(nlp, text, "THREATEN"), text


# --- session 33: an act's effects foreseen, and a state of things left by a thing ---------------


def test_effects_of_a_step_named_by_a_gerund_are_no_threat(nlp):
    for text in ("The president warned that closing consulates would hurt Moldovans with relatives in Romania.",
                 "Aid groups warned that the drought would leave thousands of farmers without seed."):
        assert not events_of(nlp, text, "THREATEN"), text


def test_a_state_that_would_leave_still_threatens(nlp):
    assert events_of(nlp, "Moscow warned that Russian forces would strike Kyiv if the talks failed.", "THREATEN")


def test_hardship_or_limit_foreseen_is_no_threat(nlp):
    for text in ("Clinics in Aden warned that they might have to close their wards if fuel did not arrive.",
                 "The head of the UN mission warned the Security Council that the force could not operate "
                 "without the consent of Mali."):
        assert not events_of(nlp, text, "THREATEN"), text


def test_a_negated_ability_with_an_object_still_threatens(nlp):
    assert events_of(nlp, "Russia warned Finland that it could not guarantee gas deliveries.", "THREATEN")

"""A short name first matches what the article itself names: a known surname that opens
another person's name with a particle ("Hadi al-Amiri") is not the knowledge base's person,
and a party the knowledge base places in a state the story never names is the home state's
namesake."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_given_name_before_particle_surname_is_not_the_known_person(nlp) -> None:
    text = ("Iraq's courts upheld the result on Sunday. Hadi al-Amiri, a bloc leader, called "
            "for calm in Iraq. Hadi said he would appeal.")
    codes = actor_codes(nlp, text)
    assert "YEMGOV" not in codes.values()


def test_party_of_a_state_never_named_is_the_home_states(nlp) -> None:
    text = ("Iraq's courts upheld the result on Sunday. The Fatah bloc, which lost half its "
            "seats, said it would boycott the new parliament in Iraq.")
    assert actor_codes(nlp, text).get("Fatah") == "IRQPTY"


def test_party_keeps_its_state_when_the_story_names_it(nlp) -> None:
    text = ("Palestinian President Mahmoud Abbas said Fatah would contest the vote. Israel's "
            "army said it was on alert, and Israel closed the crossings.")
    assert actor_codes(nlp, text).get("Fatah") == "PSEPTY"


def test_party_keeps_its_state_when_a_known_person_of_it_is_named(nlp) -> None:
    text = ("Mahmoud Abbas said Fatah would contest the vote. Israel's army said it was on "
            "alert, and Israel closed the crossings.")
    assert actor_codes(nlp, text).get("Fatah") == "PSEPTY"

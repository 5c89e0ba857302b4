"""Session 11, round 4: actor causes left by the judges of real news (CAMEO even rows and even
Wikinews articles). Each rule has a case it must leave alone."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_kind_noun_after_a_body_name_is_part_of_it(nlp):
    codes = actor_codes(nlp, "Warplanes bombed depots held by the Houthi movement near the coast "
                             "of Yemen.")
    assert codes.get("the Houthi movement") == "YEMREB"


def test_plural_kind_noun_is_not_taken_into_the_name(nlp):
    codes = actor_codes(nlp, "Houthi groups seized a tanker off the coast of Yemen.")
    assert "Houthi groups" not in codes


def test_hackers_are_criminals(nlp):
    codes = actor_codes(nlp, "Russian hackers broke into the servers of a Dutch ministry.")
    assert codes.get("Russian hackers") == "RUSCRM"


def test_government_backed_troops_are_that_states_forces(nlp):
    codes = actor_codes(nlp, "Jets struck a convoy of Libyan government-backed troops near the "
                             "oil port.")
    assert codes.get("Libyan government-backed troops") == "LBYMIL"


def test_hyphened_verb_before_a_noun_is_no_sponsor(nlp):
    codes = actor_codes(nlp, "Riot police tear-gassed protesters in Lima.")
    assert not any("tear" in text for text in codes)


def test_broker_of_a_truce_is_not_the_unnamed_government(nlp):
    codes = actor_codes(nlp, "The rebels broke the Kenya-brokered truce with the government.")
    assert codes.get("Kenya") == "KEN"
    assert codes.get("the government") != "KENGOV"


def test_state_named_as_a_party_still_gives_the_government(nlp):
    codes = actor_codes(nlp, "Kenya said the rebels broke the truce with the government.")
    assert codes.get("the government") == "KENGOV"


def test_court_name_runs_over_its_district(nlp):
    codes = actor_codes(nlp, "A judge of the U.S. District Court for the Eastern District of "
                             "Virginia threw out the case.")
    assert codes.get("the U.S. District Court for the Eastern District of Virginia") == "USAJUD"


def test_court_name_stops_before_another_body(nlp):
    codes = actor_codes(nlp, "The United States Department of State and the European Union "
                             "condemned the raid.")
    assert codes.get("The United States Department of State") == "USAGOV"


def test_karabakh_is_a_place(nlp):
    codes = actor_codes(nlp, "Shelling was reported across Karabakh on Tuesday.")
    assert codes.get("Karabakh") == "AZE"


def test_group_tied_to_a_government_is_of_its_state(nlp):
    codes = actor_codes(nlp, "Hackers linked to the Chinese government stole files from "
                             "Australian universities.")
    assert codes.get("Hackers") == "CHNCRM"


def test_group_tied_to_a_deed_takes_no_state_from_it(nlp):
    codes = actor_codes(nlp, "Gunmen linked to the robbery escaped across the border.")
    assert codes.get("Gunmen") is None


def test_it_after_saying_is_open_when_the_measure_aims_at_a_state(nlp):
    codes = actor_codes(nlp, "Norway eased its travel ban on Chile on Monday, saying it had "
                             "brought the outbreak under control.")
    assert codes.get("it") != "NOR"


def test_it_after_saying_is_the_speaker_with_no_state_aimed_at(nlp):
    codes = actor_codes(nlp, "Norway said it had brought the outbreak under control.")
    assert codes.get("it") == "NOR"

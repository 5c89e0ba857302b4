"""Session 26 (second round), records the judges of fresh news (batches X and Y) called wrong or
missed: an act someone has no right to do, a timetable or a right "given", an offer told twice as
two joined acts, a purpose set against a denied one, a terrorist designation, a pact called an
attack on sovereignty and the people who underwent a judged harm. Each case
pairs a sentence whose record must change with a near miss that keeps its record (our own
sentences)."""

from __future__ import annotations

from event_helpers import code_events, events_of, states_of


# --- no act -------------------------------------------------------------------------------------------


def test_act_one_has_no_right_to_do_is_not_coded(nlp):
    assert not events_of(nlp, "Kenya's opposition said the government had no right to arrest its leaders.", "COERCE")


def test_act_one_is_not_given_the_right_to_do_is_not_coded(nlp):
    text = "Maldives' president said the treaty did not give India the right to push his country around."
    assert not code_events(nlp, text)


def test_act_done_by_right_stays(nlp):
    assert events_of(nlp, "Kenyan police arrested the opposition leaders on Monday.", "COERCE")


def test_timetable_given_is_no_aid(nlp):
    assert not events_of(nlp, "The Guinean junta has given no timetable for elections.", "AID")


def test_goods_given_to_a_state_stay_aid(nlp):
    assert events_of(nlp, "Canada gave Ukraine the ammunition it needed.", "AID")


# --- one record ---------------------------------------------------------------------------------------


def test_offer_joined_to_an_offer_of_its_kind_is_one_record(nlp):
    offers = events_of(nlp, "The UN said it was ready to deliver food and to send medical teams to Gaza.", "AGREE")
    assert len(offers) == 1 and offers[0].trigger == "ready" and states_of(offers[0].target) == {"PSE"}


def test_promises_of_different_kinds_stay_two_records(nlp):
    text = "Russia agreed to release the prisoners and to withdraw its troops from the border."
    assert len(events_of(nlp, text, "AGREE")) == 2


# --- what the act is ----------------------------------------------------------------------------------


def test_designation_as_terrorist_organisation_is_a_sanction(nlp):
    found = events_of(nlp, "The United States designated the Houthis as a terrorist group on Friday.", "SANCTION")
    assert found and found[0].cameo == "163" and states_of(found[0].source) == {"USA"}


def test_designation_as_a_heritage_site_is_no_sanction(nlp):
    assert not events_of(nlp, "UNESCO designated the old town as a world heritage site.", "SANCTION")


def test_pact_called_an_attack_on_sovereignty_is_disapproval(nlp):
    found = code_events(nlp, "Kenya said the Ugandan deployment was an attack on its sovereignty.")
    accused = [e for e in found if e.type == "ACCUSE"]
    assert accused and accused[0].cameo == "111" and states_of(accused[0].source) == {"KEN"}
    assert not [e for e in found if e.type == "ASSAULT"]


def test_attack_on_a_town_stays_an_assault(nlp):
    assert events_of(nlp, "The attack on the town was carried out by Russian troops.", "ASSAULT")


def test_people_detained_are_no_target_of_a_verdict_on_their_detention(nlp):
    found = events_of(nlp, "Kenyan police said the detention of the opposition leader was unacceptable.", "ACCUSE")
    assert found and states_of(found[0].source) == {"KEN"} and not found[0].target


def test_doer_of_a_judged_act_stays_its_target(nlp):
    found = events_of(nlp, "Japan said North Korea's missile launch was unacceptable.", "ACCUSE")
    assert found and states_of(found[0].target) == {"PRK"}


# --- a purpose, no act --------------------------------------------------------------------------------


def test_purpose_set_against_a_denied_one_is_not_coded(nlp):
    assert not code_events(nlp, '"We came to protect the people, not to punish them," the Kenyan commander said.')


def test_troops_who_came_to_help_keep_their_record(nlp):
    assert events_of(nlp, "Kenyan troops came to help the flood victims in Somalia.", "AID")

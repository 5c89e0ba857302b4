"""Parties that news prose names in ways the small parser misreads or leaves implicit: a double
object read as a clause ("allowed Aceh more autonomy") and a passive act done "under" a leader."""

from event_helpers import code_events, states_of


def test_the_first_of_two_objects_after_allow_is_the_one_allowed(nlp):
    events = [e for e in code_events(nlp, "The Indonesian government has allowed Aceh more autonomy.")
              if e.trigger == "allowed"]
    assert events and states_of(events[0].source) == {"IDN"}
    assert "IDN" in states_of(events[0].target)


def test_a_to_infinitive_after_allow_still_names_the_one_allowed(nlp):
    events = [e for e in code_events(nlp, "The Indonesian government has allowed Aceh to hold elections.")
              if e.trigger == "allowed"]
    assert events and "IDN" in states_of(events[0].target)


def test_a_passive_act_done_under_a_named_leader_is_that_leaders(nlp):
    events = [e for e in code_events(nlp, "The border agreement with Mexico was signed under President George Bush.")
              if e.trigger == "signed"]
    assert events and states_of(events[0].source) == {"USA"}
    assert states_of(events[0].target) == {"MEX"}


def test_under_pressure_from_a_state_does_not_make_that_state_the_doer(nlp):
    events = [e for e in code_events(nlp, "The border agreement with Mexico was signed under heavy pressure from Canada.")
              if e.trigger == "signed"]
    assert all("CAN" not in states_of(e.source) for e in events)


def test_a_pact_agreed_under_a_leader_is_made_with_the_party_it_names(nlp):
    text = "Peru left a fishing pact with Chile, which had been agreed under President Alan Garcia."
    events = [e for e in code_events(nlp, text) if e.trigger == "agreed"]
    assert events and states_of(events[0].source) == {"PER"}
    assert states_of(events[0].target) == {"CHL"}

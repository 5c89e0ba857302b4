"""Fourth round of plain senses on real news: people described as accused, a denial inside a
relative clause, a state of affairs that "allows" through "which", plants named in a deal, a fine
whose pronoun is not the judge, a long trip, money "ordered", and accident inquiries (all
sentences our own).

Each everyday sentence has a political twin that must still be coded with its parties.
"""

import pytest

from event_helpers import code_events, events_of


def _codes(actors):
    return {a.code for a in actors}


@pytest.mark.parametrize("text", [
    "Lawmakers debated a measure to let Chile deport people accused of fraud from Peru.",
    "The ministry plans to remove people who had been accused of smuggling from Peru.",
    "Those convicted of bribery in Kenya will lose their pensions.",
])
def test_people_described_by_a_charge_are_no_accusation(nlp, text):
    assert events_of(nlp, text, "ACCUSE") == []


def test_an_accuser_named_still_accuses(nlp):
    events = events_of(nlp, "The Kenyan prosecutor accused the governor of corruption.", "ACCUSE")
    assert events and "KENJUD" in _codes(events[0].source) and "KENGOV" in _codes(events[0].target)


def test_a_denial_in_a_relative_clause_is_no_rejection(nlp):
    text = "Hamas was accused of having a role in the kidnapping, which it denied."
    assert events_of(nlp, text, "REJECT") == []


def test_a_rejected_proposal_stays_a_rejection(nlp):
    events = events_of(nlp, "The Kremlin rejected the proposal, which Ukraine had made.", "REJECT")
    assert events and "RUSGOV" in _codes(events[0].source)


def test_a_state_of_emergency_allows_through_which(nlp):
    text = "The Kenyan president declared a state of emergency, which he said would allow him to rule by decree."
    assert events_of(nlp, text, "AGREE") == [] and events_of(nlp, text, "CONCEDE") == []


def test_a_party_that_allows_still_concedes(nlp):
    events = events_of(nlp, "Israel said it would allow Egypt to send aid into Gaza.", "AGREE") \
        + events_of(nlp, "Israel said it would allow Egypt to send aid into Gaza.", "CONCEDE")
    assert events and "ISR" in {a.country for e in events for a in e.source}


@pytest.mark.parametrize("text", [
    "Under the deal, Mexican and Canadian steel plants will stay open.",
    "Under the deal, Mexican, Canadian and Brazilian steel plants will stay open.",
])
def test_plants_named_in_a_deal_are_no_parties(nlp, text):
    events = events_of(nlp, text, "AGREE")
    assert all(not ({"MEX", "CAN", "BRA"} & {a.country for a in e.source + e.target}) for e in events)


def test_states_that_sign_a_deal_stay_parties(nlp):
    # signing a pact is one SUPPORT 057 record (sign formal agreement) with every party as source
    events = code_events(nlp, "Germany and France signed a deal on the border.")
    signed = [e for e in events if e.cameo == "057"]
    assert len(signed) == 1
    assert {"DEU", "FRA"} <= _codes(signed[0].source)
    assert not ({"DEU", "FRA"} & _codes(signed[0].target))


def test_the_judge_is_not_the_one_fined(nlp):
    text = "A federal judge jailed a banker in Ohio for ten years. He was given a fine of $9,000."
    fines = [e for e in code_events(nlp, text) if e.type == "COERCE" and e.cameo == "172"]
    assert all(not any(a.sector == "JUD" for a in e.target) for e in fines)


def test_a_court_that_fines_is_the_source(nlp):
    events = [e for e in code_events(nlp, "The senator was given a fine of $5,000 by a Texas court.")
              if e.type == "COERCE"]
    assert events and "USAJUD" in _codes(events[0].source) and "USAJUD" not in _codes(events[0].target)


def test_a_long_trip_is_no_visit(nlp):
    text = "The choir, a church group, was travelling 500 miles to Walt Disney World."
    assert events_of(nlp, text, "CONSULT") == []


def test_a_leader_who_travels_far_still_visits(nlp):
    text = "The French president travelled 500 miles to Mexico City for talks with its president."
    events = [e for e in events_of(nlp, text, "CONSULT") if e.cameo == "042"]
    assert events and "FRAGOV" in _codes(events[0].source)


def test_ordering_payments_is_no_demand(nlp):
    assert events_of(nlp, "The Kenyan president ordered the payments to the contractor.", "REQUEST") == []


def test_ordering_a_state_is_a_demand(nlp):
    events = events_of(nlp, "The United Nations ordered Israel to withdraw its troops.", "REQUEST")
    assert events and "UNO" in _codes(events[0].source) and "ISR" in _codes(events[0].target)


@pytest.mark.parametrize("text", [
    "The NTSB would begin an investigation at the airport in Ohio.",
    "British police opened an investigation of the death, which they treated as not suspicious.",
])
def test_accident_inquiries_accuse_no_one(nlp, text):
    assert events_of(nlp, text, "ACCUSE") == []


def test_an_inquiry_into_a_senator_still_accuses(nlp):
    events = events_of(nlp, "The FBI opened an investigation into the senator over bribery.", "ACCUSE")
    assert events and "USACOP" in _codes(events[0].source) and "USALEG" in _codes(events[0].target)

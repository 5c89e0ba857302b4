"""Everyday senses of charge, court, deal and visit words: people described as accused, a judge who
is not the one fined, plants named in a deal, long or private trips, accident inquiries, fires
with no doer, loans to businesses and event words inside titles code no political event; their
political twins still do."""

import pytest

from event_helpers import code_events, events_of, states_of


def _codes(actors):
    return {a.code for a in actors}


def _at(nlp, text, trigger):
    return [e for e in code_events(nlp, text) if e.trigger == trigger]


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


def test_struck_deal_is_an_agreement_not_a_blow(nlp):
    text = "Iran struck a deal with Russia on oil exports."
    assert not events_of(nlp, text, "ASSAULT")
    agreed = events_of(nlp, text, "AGREE")
    assert agreed and states_of(agreed[0].source) | states_of(agreed[0].target) >= {"IRN", "RUS"}
    passive = "The Malian government said an accord had been struck with the rebels."
    assert not events_of(nlp, passive, "ASSAULT")
    # a real blow still codes
    assert events_of(nlp, "Israeli jets struck a Hamas compound in Gaza.", "ASSAULT")


def test_relying_on_someone_for_funding_is_no_aid(nlp):
    assert not events_of(nlp, "Federal courts rely on the state for funding.", "AID")
    assert not events_of(nlp, "Schools in Kenya depend on parents for funding.", "AID")
    assert events_of(nlp, "Japan announced new funding for Kenya's schools.", "AID")


def test_a_fire_with_no_doer_is_no_attack(nlp):
    assert not events_of(nlp, "Smoke drifted from wildfires burning the rainforest in Bolivia.", "ASSAULT")
    assert not events_of(nlp, "Houses in Paradise were burning after the storm.", "ASSAULT")
    # a fire set by a protesting crowd is a riot (CAMEO 145, session 13), aimed at the state
    burned = events_of(nlp, "Protesters burned a police station in Khartoum.", "PROTEST")
    assert burned and burned[0].cameo == "145" and states_of(burned[0].target) == {"SDN"}
    set_by_troops = events_of(nlp, "Government troops burned a village in Darfur.", "ASSAULT")
    assert set_by_troops


def test_a_court_halting_a_recount_is_no_sanction(nlp):
    assert not events_of(nlp, "The Court's decision to halt Florida recounts angered Democrats.", "SANCTION")
    assert events_of(nlp, "Russia halted gas supplies to Ukraine.", "SANCTION")


def test_a_business_loan_is_no_aid(nlp):
    assert not events_of(nlp, "The firm received a loan from Deutsche Bank.", "AID")
    assert not events_of(nlp, "The airline took out a loan from a bank in March.", "AID")
    lent = [e for e in events_of(nlp, "The World Bank approved a loan to Kenya.", "AID") if e.trigger == "loan"]
    assert lent and states_of(lent[0].target) == {"KEN"}


def test_plea_for_leniency_and_order_to_own_staff_are_no_requests(nlp):
    assert not events_of(nlp, "The hearing included requests for leniency from the defendant's lawyers.",
                         "REQUEST")
    assert not _at(nlp, "Trump had ordered his staff to delay the report.", "ordered")
    # (session 61) the troops a president orders are his own (they had been read as the story's
    # other state's): his order to them is no request between states, the withdrawal is the event
    assert not _at(nlp, "Putin ordered troops to withdraw from Syria.", "ordered")
    withdrawn = _at(nlp, "Putin ordered troops to withdraw from Syria.", "withdraw")
    assert withdrawn and withdrawn[0].type == "RETREAT" and states_of(withdrawn[0].source) == {"RUS"}


def test_an_event_word_in_a_title_is_no_event(nlp):
    text = "Kurt Volker, the United States special envoy for Ukraine negotiations, resigned on Friday."
    assert not events_of(nlp, text, "CONSULT")
    assert events_of(nlp, "The United States began negotiations with Ukraine on Friday.", "CONSULT")


def test_a_trip_inside_ones_own_country_is_no_visit(nlp):
    assert not events_of(nlp, "Germany's interior minister was visiting the town of Lingen.", "CONSULT")
    assert not events_of(nlp, "Chile's president visited the city of Temuco on Monday.", "CONSULT")
    abroad = events_of(nlp, "Chile's president visited Peru on Monday.", "CONSULT")
    assert abroad and states_of(abroad[0].source) == {"CHL"} and states_of(abroad[0].target) == {"PER"}
    # one's own troops or government named as such are still a party visited
    assert events_of(nlp, "The Indian prime minister visited Indian troops in Ladakh.", "CONSULT")


def test_a_private_trip_to_a_city_is_no_visit(nlp):
    assert not events_of(nlp, "The chemist received a medal during a trip and a visit to Rome.", "CONSULT")
    met = events_of(nlp, "Merkel met Macron during a visit to Paris.", "CONSULT")
    assert met and all(states_of(e.source) == {"DEU"} for e in met)

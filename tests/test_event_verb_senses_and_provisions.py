"""Session 28: verb senses and non-events from blind batch AB (all sentences our own): a vote's
tie, calls intercepted, a decree's powers, readiness to defend, fighting alongside, a poll, a
cabinet's own meeting, a requester as target, an envoy given hours to leave, a trade block, a
court removing or taking up a case, a record released, resolve, a history of acts, a ranking,
warnings that find fault and a force backing troops."""

import pytest

from event_helpers import code_events, events_of


def _triggers(events):
    return {e.trigger for e in events}


@pytest.mark.parametrize("text, kind, trigger", [
    ("Chile's Senate passed the bill, with the Senate president casting the deciding vote after a 20-20 tie.",
     "COOPERATE", "tie"),
    ("The new rules also let Kenyan police intercept the phone calls of suspects.", "CONSULT", "calls"),
    ("The new Peruvian law restricts marches and allows the army to detain protesters without trial.",
     "CONCEDE", "allows"),
    ("The new Peruvian law restricts marches and allows the army to detain protesters without trial.",
     "COERCE", "detain"),
    ("He said Kenya's army remained ready to defend every inch of the border.", "AGREE", "defend"),
    ("Iraq accuses Turkey's army of fighting alongside Kurdish militias.", "ASSAULT", "fighting"),
    ("Surveys show a majority of Italian voters opposed the plan.", "REJECT", "opposed"),
    ("The decision came after an emergency cabinet meeting in Accra, Ghana's information minister said.",
     "CONSULT", "meeting"),
    ("In the footage, filmed in May and later released in full by the opposition, the Peruvian minister "
     "mocked the judges.", "RETREAT", "released"),
    ("Peru's Constitutional Court voted to accept the petition against the president.", "CONCEDE", "accept"),
    ('"We will not back down in this fight against the cartels," a Mexican police chief said.', "REJECT", "back"),
    ("Cristosal said the decree gave free rein to Guatemalan soldiers with a history of arbitrary arrests.",
     "COERCE", "arrests"),
    ("Police put the crowd in Lima at 30,000, making it one of the largest protests in years.", "PROTEST", "protests"),
    ('"Nothing will change," a Chilean official said, declining to be named.', "REJECT", "declining"),
])
def test_no_event_in_this_sense(nlp, text, kind, trigger):
    assert trigger not in _triggers(events_of(nlp, text, kind))


@pytest.mark.parametrize("text, kind", [
    ("Peru and Chile strengthened military ties on Monday.", "COOPERATE"),
    ("The Red Cross said it was ready to help evacuate civilians.", "AGREE"),
    ("Chechen units fought alongside Russian troops against Ukrainian forces.", "ASSAULT"),
    ("Officials say most Germans opposed the deployment.", "REJECT"),
    ("Putin spoke after a meeting with Xi.", "CONSULT"),
    ("The Red Cross said the Kenyan police carried out a string of attacks on protesters last week.", "ASSAULT"),
    ("The government said it would not back down on its demand for extradition.", "REJECT"),
])
def test_political_sense_stays(nlp, text, kind):
    assert events_of(nlp, text, kind)


def test_envoy_given_hours_to_leave_is_expelled(nlp):
    events = events_of(nlp, "Peru has given Bolivia's ambassador 72 hours to leave the country.", "SANCTION")
    assert events and events[0].cameo == "166"


def test_others_given_hours_to_leave_get_an_ultimatum(nlp):
    events = events_of(nlp, "The Malian army gave the miners 48 hours to leave the area.", "THREATEN")
    assert events and events[0].cameo == "139"


def test_state_blocking_foreign_cargo_sanctions(nlp):
    text = "Togo's President Faure Gnassingbe blocked the loading of Ghanaian crude at the port of Lome."
    assert events_of(nlp, text, "SANCTION") and not events_of(nlp, text, "PROTEST")


def test_crowd_blocking_cargo_still_protests(nlp):
    assert events_of(nlp, "Protesters in Lima blocked the loading of Chinese copper.", "PROTEST")


def test_court_removing_a_leader_coerces(nlp):
    text = ("Peru's top court suspended the governor on Tuesday. His predecessor, Juan Soto, was removed "
            "by the same court in March.")
    removed = [e for e in code_events(nlp, text) if e.trigger == "removed"]
    assert removed and removed[0].type == "COERCE"


def test_state_removed_from_a_list_still_concedes(nlp):
    assert events_of(nlp, "Washington removed Sudan from its list of state sponsors of terrorism.", "CONCEDE")


def test_warning_that_finds_fault_criticises(nlp):
    text = "Rights groups in Peru warned that the measures opened the door to abuse."
    assert events_of(nlp, text, "ACCUSE") and not events_of(nlp, text, "THREATEN")


def test_warning_of_what_will_come_threatens(nlp):
    assert events_of(nlp, "Iran warned that the United States would receive a crushing response.", "THREATEN")


def test_requester_is_not_target_of_the_act_asked(nlp):
    text = "Ghana's parliament approved a 60-day curfew at the request of President Akufo-Addo."
    curfews = [e for e in code_events(nlp, text) if e.trigger == "curfew"]
    assert curfews and not any("Akufo-Addo" in a.text for a in curfews[0].target)
    assert events_of(nlp, text, "REQUEST")


def test_force_supporting_troops_aids_them(nlp):
    events = events_of(nlp, "The French army is supporting Malian troops in the north.", "AID")
    assert events and events[0].cameo == "072"


def test_lawmakers_supporting_troops_still_support(nlp):
    assert events_of(nlp, "Senators said they support the troops.", "SUPPORT")


def test_act_ranked_with_its_doer_stays(nlp):
    text = "Russia launched about 120 missiles at Ukraine on Sunday in one of its biggest air attacks of the war."
    assert events_of(nlp, text, "ASSAULT")


def test_person_expelled_is_deported(nlp):
    events = events_of(nlp, "Its founder, Juan Soto, was expelled to Spain in 2019 after reporting on corruption.",
                       "COERCE")
    assert events and events[0].cameo == "174"
    assert not any(a.text == "Spain" for a in events[0].target)


def test_envoy_expelled_by_name_stays_a_sanction(nlp):
    assert events_of(nlp, "Niger expelled French ambassador Sylvain Itte.", "SANCTION")

"""Session 31 (N), events the judges of batch AE listed as missed: a go-between named by an
adjective the tokenizer splits from the participle ("a Qatari-brokered release", "a
Saudi-mediated deal") mediates (CAMEO 045), and a no-confidence motion filed against a leader
demands a change of leadership (CAMEO 1041). Our own sentences, each with a near miss."""

from __future__ import annotations

from event_helpers import event_rows


def test_an_adjective_broker_mediates(nlp):
    got = event_rows(nlp, "Eritrea freed four Djiboutian prisoners in a Qatari-brokered release in 2016.", "brokered")
    assert [(t, c, s) for t, c, s, _ in got] == [("CONSULT", "045", ["QAT"])]


def test_a_country_name_broker_mediates(nlp):
    got = event_rows(nlp, "The two rebel groups signed a Saudi-mediated deal on Monday.", "mediated")
    assert [(t, c, s) for t, c, s, _ in got] == [("CONSULT", "045", ["SAU"])]


def test_a_spaced_dash_names_no_broker(nlp):
    text = "The two rebel groups signed a deal on Monday - brokered after weeks of talks."
    assert not [e for e in event_rows(nlp, text, "brokered") if e[2] == ["SAU"]]


def test_a_no_confidence_motion_against_a_leader_demands_his_removal(nlp):
    text = "Opposition lawmakers in Pakistan filed a no-confidence motion against Prime Minister Imran Khan on Tuesday."
    got = event_rows(nlp, text, "motion")
    assert [(t, c) for t, c, _, _ in got] == [("REQUEST", "1041")]
    assert got[0][3] == ["PAKGOV"]


def test_a_plain_motion_is_no_demand(nlp):
    text = "Opposition lawmakers in Pakistan filed a motion against the budget on Tuesday."
    assert not [e for e in event_rows(nlp, text, "motion") if e[1] == "1041"]


def test_dismissing_the_motion_is_not_filing_it(nlp):
    got = event_rows(nlp, "Imran Khan dismissed the no-confidence motion on Wednesday.", "motion")
    assert not got

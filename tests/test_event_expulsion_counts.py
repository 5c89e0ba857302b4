"""A running toll (killings or arrests in the present perfect counted in the thousands) is a
statistic, no event; an expulsion or deportation counted in the thousands is not a toll: it is an
authority's measure carried out, and its count says how large the measure is (COERCE 174 with the
expelling state as source and the people sent away as target). Our own sentences."""

from __future__ import annotations

from event_helpers import events_of, states_of


def test_deportations_counted_in_thousands_stay_an_expulsion(nlp):
    text = "Greek authorities have deported more than 8,000 Afghans to Turkey since January."
    expelled = [e for e in events_of(nlp, text, "COERCE") if e.trigger == "deported"]
    assert expelled and expelled[0].cameo == "174"
    assert states_of(expelled[0].source) == {"GRC"}


def test_a_state_expelling_thousands_of_workers_is_coded(nlp):
    text = "Malaysia has expelled more than 5,000 Indonesian workers this year, officials said."
    expelled = [e for e in events_of(nlp, text, "COERCE") if e.trigger == "expelled"]
    assert expelled and states_of(expelled[0].source) == {"MYS"}
    assert "IDN" in states_of(expelled[0].target)


def test_arrests_counted_in_thousands_remain_a_toll(nlp):
    for text in ("Police have detained more than 12,000 protesters since March, a monitoring group said.",
                 "More than 4,000 people have been arrested by the security forces since the election."):
        assert not [e for e in events_of(nlp, text, "COERCE") if e.cameo == "173"], text

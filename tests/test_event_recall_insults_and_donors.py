"""Session 11, round 4 (events missed on sentences that hold one): an insult said as an adjective of
the predicate noun is name-calling, supporting aid is giving it, a force sent in to hand out relief
brings humanitarian aid, and a state that "is one of the largest donors" is the donor (all
sentences our own)."""

from event_helpers import code_events as _events


def _of(nlp, text, trigger):
    return [e for e in _events(nlp, text) if e.trigger == trigger]


def test_insult_adjective_on_the_predicate_is_name_calling(nlp):
    text = "The Iranian president called the Canadian foreign minister a very stupid man on Friday."
    calls = [e for e in _of(nlp, text, "called") if e.type == "ACCUSE"]
    assert calls and calls[0].cameo == "111"


def test_plain_naming_is_no_insult(nlp):
    text = "The Iranian president called the Canadian foreign minister a very old friend on Friday."
    assert not [e for e in _of(nlp, text, "called") if e.type == "ACCUSE"]


def test_supported_assistance_is_the_aid(nlp):
    text = "The Japanese government has steadily supported economic assistance to Kenya since 2005."
    events = _events(nlp, text)
    assert any(e.type == "AID" for e in events)
    assert not [e for e in events if e.type == "SUPPORT" and e.trigger == "supported"]


def test_supported_policy_stays_support(nlp):
    text = "The Japanese government has strongly supported the peace plan for Kenya."
    assert any(e.type == "SUPPORT" for e in _of(nlp, text, "supported"))


def test_troops_sent_in_to_deliver_aid_bring_aid(nlp):
    text = "Soldiers from Canada have arrived in Peru to help deliver food to villages cut off by the floods."
    arrivals = _of(nlp, text, "arrived")
    assert arrivals and arrivals[0].type == "AID" and arrivals[0].cameo == "073"


def test_troops_sent_in_to_fight_stay_a_deployment(nlp):
    text = "Soldiers from Canada have arrived in Mali to help the army fight the rebels."
    assert not [e for e in _of(nlp, text, "arrived") if e.type == "AID"]


def test_state_that_is_a_donor_is_the_doer(nlp):
    text = "The Norwegian government is one of the largest donors to Malawi."
    donors = [e for e in _of(nlp, text, "donors") if e.type == "AID"]
    assert donors and any((a.code or "").startswith("NOR") for a in donors[0].source)

"""Session 19 (T3): events missed on fresh wire news (all sentences our own).

A vow to avenge a loss is a threat of retaliation (its object is the side's own loss, no target);
a "tactical redeployment" is a withdrawal; breaching a treaty or accord defies a norm, and said by
another party it is that party's charge; repeating a position, view or claim reports its "that"
clause as the party's words. Each rule has a near miss that must keep its record (or its absence).
"""

from event_helpers import code_events, events_of


def test_vow_to_avenge_is_a_threat(nlp):
    text = "The Sudanese army shelled the camp, and the Rapid Support Forces vowed to avenge the dead fighters."
    found = [e for e in code_events(nlp, text) if e.trigger == "vowed"]
    assert found and found[0].type == "THREATEN" and found[0].cameo == "130" and found[0].future
    assert not any("fighters" in a.text for a in found[0].target)  # the avenged are their own


def test_vow_to_rebuild_stays_a_promise(nlp):
    # near miss: a vow of a peaceful act is no threat
    found = [e for e in code_events(nlp, "The Rapid Support Forces vowed to rebuild the market.") if e.trigger == "vowed"]
    assert found and found[0].type == "AGREE"


def test_tactical_redeployment_is_a_withdrawal(nlp):
    text = "The Houthis said their fighters had carried out a tactical redeployment near the dam."
    found = events_of(nlp, text, "RETREAT")
    assert found and found[0].cameo == "0872"


def test_redeployment_to_a_border_is_no_withdrawal(nlp):
    # near miss: forces moved to a place, with no "tactical", pull back from nowhere
    assert not events_of(nlp, "India announced a redeployment of troops to its northern border.", "RETREAT")


def test_said_breach_of_a_treaty_is_a_charge(nlp):
    found = events_of(nlp, "Serbia's Foreign Ministry said Croatia had breached the 1995 accord.", "ACCUSE")
    assert found and found[0].cameo == "112"
    assert {a.code for a in found[0].source} == {"SRBGOV"}
    assert any(a.code and a.code.startswith("HRV") for a in found[0].target)


def test_repeated_position_reports_the_charge(nlp):
    text = ("Serbia's Foreign Ministry repeated its position that the arming of the border police "
            "violates the 1995 accord.")
    found = events_of(nlp, text, "ACCUSE")
    assert found and {a.code for a in found[0].source} == {"SRBGOV"}


def test_breached_ceasefire_stays_an_attack(nlp):
    # near miss: a broken truce is fighting (196), not a charge of defying a norm
    found = events_of(nlp, "Serbia's Foreign Ministry said Croatian troops had breached the ceasefire.", "ASSAULT")
    assert found and found[0].cameo == "196"


def test_accounts_ordered_frozen_are_a_freeze(nlp):
    text = "Venezuela's government shut a German-funded charity and ordered its bank accounts frozen."
    found = events_of(nlp, text, "SANCTION")
    assert found and found[0].cameo == "163" and {a.code for a in found[0].source} == {"VENGOV"}


def test_accounts_that_remain_frozen_are_no_act(nlp):
    # near miss: a frozen state told with no order is no freeze done now
    assert not events_of(nlp, "Venezuela's government said the charity's accounts remain frozen.", "SANCTION")

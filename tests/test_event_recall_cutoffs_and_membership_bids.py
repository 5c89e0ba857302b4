"""Session 18, round 3: supply cut-offs, membership bids and verdicts of injustice (recall)."""

from __future__ import annotations

from event_helpers import code_events, events_of, states_of


def test_state_firm_stopping_exports_to_a_state_is_a_sanction(nlp):
    found = events_of(nlp, "Kazakhstan's state oil company stopped crude exports to Ukraine on Monday.", "SANCTION")
    assert found and any(e.cameo == "163" for e in found)
    assert "UKR" in {s for e in found for s in states_of(e.target)}


def test_stopping_sales_of_power_to_a_state_is_a_sanction(nlp):
    found = events_of(nlp, "Tehran stopped selling electricity to Iraq after months of unpaid bills.", "SANCTION")
    assert found and "IRQ" in {s for e in found for s in states_of(e.target)}


def test_a_shop_that_stops_selling_goods_is_no_sanction(nlp):
    assert not events_of(nlp, "The corner shop stopped selling cigarettes last year.", "SANCTION")


def test_applying_to_join_an_alliance_asks_the_alliance(nlp):
    found = events_of(nlp, "Montenegro applied to join NATO after a long debate.", "REQUEST")
    assert found and found[0].cameo == "022"
    assert any((a.code or "").startswith("IGO") or a.text == "NATO" for e in found for a in e.target)


def test_membership_application_handed_in_is_a_request(nlp):
    found = events_of(nlp, "Georgia and Moldova handed in their membership applications in Brussels.", "REQUEST")
    assert found and {"GEO", "MDA"} <= {s for e in found for s in states_of(e.source)}


def test_applying_for_asylum_is_no_membership_bid(nlp):
    assert not [e for e in code_events(nlp, "Hundreds of Afghans applied for asylum in Austria.") if e.cameo == "022"]


def test_calling_a_state_act_unjust_is_criticism(nlp):
    text = "The Venezuelan foreign ministry said the new sanctions imposed by Washington were unjust."
    found = events_of(nlp, text, "ACCUSE")
    assert found and any(e.cameo == "111" for e in found)


def test_a_fair_verdict_is_no_criticism(nlp):
    text = "The Venezuelan foreign ministry said the new trade rules agreed with Brazil were fair."
    assert not events_of(nlp, text, "ACCUSE")

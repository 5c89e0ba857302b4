"""Budgets and laws are no pacts or aid, leaving a pact is no troop pull-back, a suit's aim is not
done, "in support of" on a delivery is material help, and hedged numbers or a habitual "would"
are no conditions. All texts are our own, read through the whole pipeline."""

from event_helpers import code_events, events_of, states_of


def _on(events, trigger: str):
    found = [e for e in events if e.trigger == trigger]
    assert found, f"no event on {trigger!r}: {events}"
    return found[0]


def test_signing_a_budget_named_by_a_pronoun_is_no_pact(nlp):
    text = ("Congress passed the budget on Friday. Before it takes effect, it has to be signed by the "
            "president of the United States.")
    assert not [e for e in code_events(nlp, text) if e.trigger == "signed"]


def test_signing_a_pact_named_by_a_pronoun_stays_a_pact(nlp):
    text = "Japan and India completed a trade pact in May, and it was signed by both prime ministers in June."
    signed = _on(code_events(nlp, text), "signed")
    assert (signed.type, signed.cameo) == ("SUPPORT", "057")


def test_a_law_funding_the_government_is_a_budget_not_aid(nlp):
    text = "Pelosi backed legislation that would fund the government through September."
    assert not [e for e in code_events(nlp, text) if e.trigger == "fund"]


def test_funding_another_states_army_stays_aid(nlp):
    text = "Congress passed a bill that would fund the Afghan army through September."
    fund = _on(code_events(nlp, text), "fund")
    assert fund.type == "AID"
    assert states_of(fund.target) == {"AFG"}


def test_a_firms_own_loan_is_no_aid(nlp):
    text = "Under the decree, the Hungarian state issued a guarantee to cover HDT's 38 million euro loan."
    assert not events_of(nlp, text, "AID")


def test_a_lenders_loan_to_a_state_stays_aid(nlp):
    aid = events_of(nlp, "The IMF's loan to Greece was approved on Monday.", "AID")
    assert aid and states_of(aid[0].target) == {"GRC"}


def test_leaving_a_treaty_reduces_relations(nlp):
    events = code_events(nlp, "Washington pulled out of the arms treaty with Russia in August.")
    left = _on(events, "pulled")
    assert (left.type, left.cameo, left.mode) == ("SANCTION", "160", "withdraw")
    assert states_of(left.target) == {"RUS"}
    assert not [e for e in events if e.trigger == "treaty"]  # the old pact is not made anew


def test_withdrawing_from_a_deal_is_no_military_retreat(nlp):
    text = "In 2018 the American president withdrew the United States from the nuclear deal with Iran."
    left = _on(code_events(nlp, text), "withdrew")
    assert left.type == "SANCTION" and left.cameo == "160"


def test_withdrawing_troops_stays_a_retreat(nlp):
    left = _on(code_events(nlp, "Turkey withdrew its soldiers from northern Iraq."), "withdrew")
    assert (left.type, left.cameo) == ("RETREAT", "0872")


def test_the_aim_of_a_lawsuit_is_not_done(nlp):
    text = ("The president has a lawsuit to prevent a New York State law from giving the House "
            "committee his tax records.")
    events = code_events(nlp, text)
    assert any(e.type == "ACCUSE" for e in events)
    prevent = [e for e in events if e.trigger == "prevent"]
    assert all(e.hypothetical for e in prevent)


def test_preventing_as_the_main_act_stays_a_fact(nlp):
    text = "Police prevented the protesters from entering the parliament in Nairobi."
    prevented = [e for e in code_events(nlp, text) if e.trigger == "prevented"]
    assert prevented and not prevented[0].hypothetical


def test_in_support_of_on_a_delivery_is_military_aid(nlp):
    text = "Iran shipped weapons to Yemen in support of the Houthi rebels."
    events = code_events(nlp, text)
    assert [(e.type, e.cameo) for e in events if e.trigger in ("support", "shipped")] == [("AID", "072")]
    assert not [e for e in events if e.type == "SUPPORT"]


def test_voiced_support_stays_verbal(nlp):
    support = events_of(nlp, "Iran voiced its support for the Houthi rebels.", "SUPPORT")
    assert support and support[0].cameo == "050"


def test_if_not_before_a_number_is_no_condition(nlp):
    text = "Hundreds if not thousands of villagers were killed by the militia in Sudan."
    killed = _on(code_events(nlp, text), "killed")
    assert not killed.hypothetical


def test_habitual_would_is_a_fact(nlp):
    text = "In those years the militia in Sudan would regularly attack villages in Darfur."
    attack = _on(code_events(nlp, text), "attack")
    assert not attack.hypothetical


def test_would_under_an_if_is_still_no_fact(nlp):
    text = "If the rebels attacked, the Sudanese army would often kill civilians."
    kill = _on(code_events(nlp, text), "kill")
    assert kill.type == "THREATEN" or kill.hypothetical


def test_the_court_of_a_conviction_is_where_the_trial_was(nlp):
    text = "Vatican treasurer Cardinal George Pell was convicted in Australia of sexually abusing two boys."
    convicted = _on(code_events(nlp, text), "convicted")
    assert states_of(convicted.source) == {"AUS"}

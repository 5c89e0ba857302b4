"""Session 19, helper R2: parties and actor codes from the judges of fresh wire articles.

Each rule is tested on sentences of our own with a near miss that must keep its record.
"""

from __future__ import annotations

from actor_helpers import actor_codes
from event_helpers import code_events, events_of, states_of


def test_pronoun_of_the_lead_sentence_finds_its_speaker(nlp):
    # the first sentence of a story of several paragraphs looked back to the blank line
    # between paragraphs, so "it" had no antecedent and the release lost its source
    text = ("NAIROBI, March 3 (Wire) - Kenya's government said on Tuesday it would free fifty "
            "students held after the protests.\n\nThe students were arrested in January.")
    found = [e for e in code_events(nlp, text) if e.trigger in ("free",)]
    assert found and states_of(found[0].source) == {"KEN"}
    # near miss: the same act in a later sentence kept its speaker already
    later = ("NAIROBI, March 3 (Wire) - Protests ended on Monday.\n\nKenya's government said on "
             "Tuesday it would free fifty students held after the protests.")
    found = [e for e in code_events(nlp, later) if e.trigger == "free"]
    assert found and states_of(found[0].source) == {"KEN"}


def test_diplomats_posted_in_a_capital_are_not_its_government(nlp):
    text = "Kenya held a vote on Sunday. Diplomats in Nairobi praised the electoral commission."
    assert actor_codes(nlp, text).get("Diplomats") is None
    praised = events_of(nlp, text, "SUPPORT")
    assert not any((a.code or "").startswith("KEN") and a.text == "Diplomats" for e in praised for a in e.source)
    # near miss: diplomats whose own state is named keep it
    assert actor_codes(nlp, "Kenyan diplomats in Geneva praised the electoral commission.") \
        .get("Kenyan diplomats") == "KENGOV"


def test_a_non_prefixed_body_is_no_party(nlp):
    codes = actor_codes(nlp, "France said it was consulting partners on a possible non-U.N. mission.")
    assert "UNO" not in states_of([type("A", (), {"code": c})() for c in codes.values()])
    # near miss: a plain U.N. mission still names the United Nations
    codes = actor_codes(nlp, "France said it was consulting partners on a possible U.N. mission.")
    assert any((c or "").startswith("UNO") for c in codes.values())


def test_a_government_named_office_is_the_states_government(nlp):
    text = "Kenya held a vote on Sunday. The Government Information Service said turnout was high."
    assert actor_codes(nlp, text).get("The Government Information Service") == "KENGOV"
    # near miss: an office named for the nation kept its rule
    text = "Kenya held a vote on Sunday. The National Information Service said turnout was high."
    assert actor_codes(nlp, text).get("The National Information Service") == "KENGOV"


def test_a_demand_for_release_is_not_aimed_at_the_one_to_be_freed(nlp):
    asked = events_of(nlp, "The EU foreign policy chief demanded Ivanov's immediate release.", "REQUEST")
    assert asked and not any(a.text == "Ivanov" for e in asked for a in e.target)
    # near miss: a holder named in the phrase stays the one asked
    asked = events_of(nlp, "Italy demanded the release of its sailors held in Libya.", "REQUEST")
    assert asked and "LBY" in states_of(asked[0].target)


def test_a_passive_by_agent_is_the_only_doer(nlp):
    text = ("Also named were Ali Hassan of the Unity Party and rebel commander Musa Dabo of Chad, "
            "who was seized by masked men in 2020.")
    seized = [e for e in code_events(nlp, text) if e.trigger == "seized"]
    assert not any(a.text.startswith("Ali") for e in seized for a in e.source)
    # near miss: a "by" agent that is an actor is the doer ("federal forces" is the state's army)
    text = ("Chad released a list on Monday. Also named was rebel commander Musa Dabo, who was "
            "seized by federal forces in 2020.")
    seized = [e for e in code_events(nlp, text) if e.trigger == "seized"]
    assert seized and [a.code for a in seized[0].source] == ["TCDMIL"]


def test_help_asked_for_ones_own_police_is_not_asked_of_them(nlp):
    text = "Mali's government has asked for the deployment of a foreign force to help its police."
    asked = events_of(nlp, text, "REQUEST")
    assert asked and not any(a.country == "MLI" for e in asked for a in e.target)
    # near miss: the one asked, when named, stays the target
    asked = events_of(nlp, "Mali asked France for troops to help its army.", "REQUEST")
    assert asked and "FRA" in states_of(asked[0].target)


def test_a_state_obstructing_is_never_aimed_at_itself(nlp):
    text = "The president said that Turkey would not block convoys entering from Iraq as long as they carried only food."
    for e in code_events(nlp, text):
        assert all(a.text for a in e.target), e
        assert not (states_of(e.source) == {"TUR"} and states_of(e.target) == {"TUR"}), e
    # near miss: people protesting with no one named still protest against their own state
    protests = events_of(nlp, "Farmers in France blocked roads on Tuesday over fuel prices.", "PROTEST")
    assert protests and "FRA" in states_of(protests[0].target)


def test_an_anti_state_protest_is_aimed_at_that_state(nlp):
    protests = events_of(nlp, "Thousands joined anti-American rallies in Karachi on Friday.", "PROTEST")
    assert protests and states_of(protests[0].target) == {"USA"}
    assert states_of(protests[0].source) == {"PAK"}  # the protesters stay the scene's people
    # near miss: a rally with no stance named is still aimed at the state it is held in
    protests = events_of(nlp, "Thousands joined rallies in Karachi on Friday.", "PROTEST")
    assert protests and states_of(protests[0].target) == {"PAK"}


def test_a_decision_by_a_body_makes_it_the_doer_of_what_was_decided(nlp):
    text = "The visit follows a decision by Kenya's High Court in May to lift a ban on the group."
    lifted = [e for e in code_events(nlp, text) if e.trigger == "lift"]
    assert lifted and [a.code for a in lifted[0].source] == ["KENJUD"]
    # near miss: an owner in front ("Kenya's decision to ...") was already the doer
    text = "The visit follows Kenya's decision in May to lift a ban on the group."
    lifted = [e for e in code_events(nlp, text) if e.trigger == "lift"]
    assert lifted and states_of(lifted[0].source) == {"KEN"}

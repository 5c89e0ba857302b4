"""Session 21 (G), event types and senses from judged wire news: a measure only threatened is the
threat (THREATEN 1312), with no sanction record beside it; a pledge to "answer in kind" threatens;
a pact "struck" is an agreement, no attack; seizing a craft with people aboard is a hijacking
(ASSAULT 181); a state sending its own envoys back to their posts restores ties, no expulsion;
an order to shun a state's goods is an informal import ban (SANCTION 163); duties slapped or
imposed are sanctions; a loan named only as what a pact is about, or promised in an agreed
complement, is no aid paid. Each case pairs a sentence whose record must go, change or appear with
a near miss that keeps its reading (our own sentences)."""

from __future__ import annotations

from event_helpers import code_events, events_of, states_of


def _on(nlp, text: str, trigger: str) -> list[tuple[str, str | None]]:
    """(type, CAMEO) of the events on ``trigger`` in ``text``."""
    return [(e.type, e.cameo) for e in code_events(nlp, text) if e.trigger == trigger]


# --- threats of measures -------------------------------------------------------------------------


def test_threatened_sanctions_are_a_threat(nlp):
    text = "Washington threatened sanctions against Caracas on Monday."
    events = code_events(nlp, text)
    assert [(e.type, e.cameo) for e in events] == [("THREATEN", "1312")]
    assert states_of(events[0].source) == {"USA"} and states_of(events[0].target) == {"VEN"}


def test_a_long_threatened_offensive_mounted_is_no_threat(nlp):
    text = "Turkey today mounted its long-threatened offensive against Kurdish fighters in Syria."
    assert not events_of(nlp, text, "THREATEN")


def test_threat_to_impose_tariffs_has_no_sanction_beside_it(nlp):
    text = "The president threatened to impose tariffs on Mexico over migration."
    assert not events_of(nlp, text, "SANCTION")
    assert [e.cameo for e in events_of(nlp, text, "THREATEN")] == ["1312"]


def test_refusal_to_impose_sanctions_has_no_sanction_beside_it(nlp):
    text = "Slovakia refused to impose sanctions on Belarus."
    assert not events_of(nlp, text, "SANCTION")
    assert events_of(nlp, text, "REJECT")


def test_sanctions_imposed_stay_a_sanction(nlp):
    text = "The European Union imposed sanctions on Belarus on Monday."
    assert [e.cameo for e in events_of(nlp, text, "SANCTION")] == ["163"]
    assert not events_of(nlp, text, "THREATEN")


def test_answering_in_kind_threatens_the_one_who_would_act(nlp):
    text = "Vietnam's government said it would answer in kind if Beijing goes ahead with the new tariffs."
    threats = events_of(nlp, text, "THREATEN")
    assert len(threats) == 1 and states_of(threats[0].source) == {"VNM"}
    assert states_of(threats[0].target) == {"CHN"}
    # the condition's measure is the proceeding side's, still only hypothetical
    assert all(states_of(e.source) == {"CHN"} and e.hypothetical for e in events_of(nlp, text, "SANCTION"))


# --- senses of a verb by what it is done to -------------------------------------------------------


def test_an_accord_struck_is_no_attack(nlp):
    text = "The detainees will be released under an accord struck between Armenia and Azerbaijan in May."
    assert not events_of(nlp, text, "ASSAULT")


def test_a_place_struck_stays_an_attack(nlp):
    text = "Russian missiles struck the Ukrainian city of Dnipro on Sunday."
    assert [t for t, _ in _on(nlp, text, "struck")] == ["ASSAULT"]


def test_a_bus_seized_with_pilgrims_aboard_is_a_hijacking(nlp):
    text = "Taliban fighters seized a bus carrying forty pilgrims in Afghanistan on Friday."
    assert _on(nlp, text, "seized") == [("ASSAULT", "181")]


def test_a_truck_of_weapons_seized_stays_a_seizure(nlp):
    text = "Kenyan police seized a truck carrying weapons near the Somali border on Friday."
    assert _on(nlp, text, "seized") == [("COERCE", "171")]


def test_a_boat_with_people_stopped_by_police_stays_a_seizure(nlp):
    text = "Italian police seized a boat carrying sixty people off Sicily on Monday."
    assert _on(nlp, text, "seized") == [("COERCE", "171")]


def test_envoys_sent_back_to_their_posts_restore_ties(nlp):
    text = "South Korea and Japan agreed to send their ambassadors back to each other's capitals."
    events = code_events(nlp, text)
    assert not [e for e in events if e.type == "SANCTION"]
    assert [(e.type, e.future) for e in events] == [("AGREE", True)]


def test_foreign_envoys_sent_back_stay_an_expulsion(nlp):
    text = "Norway sent back three Russian diplomats on Monday."
    assert [e.cameo for e in events_of(nlp, text, "SANCTION")] == ["166"]


# --- informal bans and duties -------------------------------------------------------------------


def test_an_order_to_shun_a_states_goods_is_a_sanction(nlp):
    for text in ("Moscow told importers to avoid Polish apples and pork.",
                 "The Kremlin ordered retailers to stop buying Polish goods."):
        sanctions = events_of(nlp, text, "SANCTION")
        assert [e.cameo for e in sanctions] == ["163"] and states_of(sanctions[0].target) == {"POL"}, text
        assert not events_of(nlp, text, "REQUEST"), text


def test_an_order_to_avoid_a_place_is_no_sanction(nlp):
    text = "The Kenyan minister told reporters to avoid the border area."
    assert not events_of(nlp, text, "SANCTION")


def test_duties_slapped_or_imposed_are_sanctions(nlp):
    for text in ("India slapped duties on Chinese steel on Thursday.",
                 "Turkey imposed anti-dumping duties on Chinese steel on Thursday."):
        assert [e.cameo for e in events_of(nlp, text, "SANCTION")] == ["163"], text


# --- promised money -------------------------------------------------------------------------------


def test_a_loan_deal_is_no_aid_paid(nlp):
    text = "Kenya reached a loan deal with the World Bank on Monday."
    assert not events_of(nlp, text, "AID")
    assert events_of(nlp, text, "AGREE")


def test_loans_promised_in_an_agreement_are_no_aid_paid(nlp):
    text = "Japan agreed to provide Sri Lanka with 1 billion dollars in loans through 2028."
    assert not events_of(nlp, text, "AID")
    assert [e.future for e in events_of(nlp, text, "AGREE")] == [True]


def test_a_loan_given_stays_aid(nlp):
    text = "The World Bank gave Kenya a loan of 500 million dollars on Monday."
    assert events_of(nlp, text, "AID")

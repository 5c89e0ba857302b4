"""Parties in CAMEO-manual style sentences (session 13, parties round 3): a two-word "back from",
halted help, the doer of a condemned deed, a stateless group struck where it sits, the line a post
stands on, the venue of two sides' meeting, "its" on a struck thing in an "on" phrase and a "to"
phrase stranded after a reason. Each cause has a counter-case that keeps its old reading. The
sentences are our own."""

from __future__ import annotations

from event_helpers import events_of, states_of


def test_pulled_back_from_names_the_side_left(nlp):
    (ev,) = events_of(nlp, "Armenian troops pulled back from the Georgian border on Friday.", "RETREAT")
    assert states_of(ev.source) == {"ARM"} and states_of(ev.target) == {"GEO"}


def test_halted_aid_is_the_givers_act_in_reported_speech(nlp):
    text = "Norway's aid minister said Oslo would stop aid to Malawi."
    evs = [e for e in events_of(nlp, text, "SANCTION") + events_of(nlp, text, "REJECT")
           + events_of(nlp, text, "AID") if e.trigger == "aid"]
    assert evs and states_of(evs[0].source) == {"NOR"} and states_of(evs[0].target) == {"MWI"}


def test_stopped_protest_is_still_not_the_police_act(nlp):
    for ev in events_of(nlp, "Kenyan police stopped a march by Somali traders in Nairobi.", "PROTEST"):
        assert "KEN" not in states_of(ev.source) or "SOM" in states_of(ev.source)


def test_condemned_deed_with_named_doer_is_aimed_at_the_doer_only(nlp):
    text = "Chile's president condemned an attack by Bolivian soldiers on a Chilean customs post."
    (ev,) = events_of(nlp, text, "ACCUSE")
    assert states_of(ev.target) == {"BOL"}


def test_adjective_doer_of_a_condemned_raid_is_the_target(nlp):
    (ev,) = events_of(nlp, "Jordan denounced the Syrian raid on Lebanon.", "ACCUSE")
    assert states_of(ev.target) == {"SYR"}


def test_condemned_attack_without_a_doer_keeps_the_victim(nlp):
    (ev,) = events_of(nlp, "Jordan condemned the attack on Lebanon.", "ACCUSE")
    assert states_of(ev.target) == {"LBN"}


def test_stateless_group_is_struck_in_the_state_where_it_sits(nlp):
    (ev,) = events_of(nlp, "Ugandan troops raided Mai-Mai camps in Congolese territory.", "ASSAULT")
    assert "COD" in states_of(ev.target)


def test_post_on_a_frontier_is_not_the_frontier_state(nlp):
    text = "Uzbek rebels attacked a Kyrgyz army post on the Tajik frontier."
    (ev,) = [e for e in events_of(nlp, text, "ASSAULT") if e.trigger == "attacked"]
    assert states_of(ev.target) == {"KGZ"}


def test_two_sides_meeting_in_a_third_city_have_no_target(nlp):
    (ev,) = events_of(nlp, "The foreign ministers of Chile and Bolivia met in Montevideo on Monday.", "CONSULT")
    assert states_of(ev.source) == {"CHL", "BOL"} and not states_of(ev.target)


def test_its_positions_in_an_on_phrase_belong_to_the_reporter(nlp):
    text = "The Greek navy said Turkish gunboats had opened fire on its patrol boats near Rhodes."
    (ev,) = events_of(nlp, text, "ASSAULT")
    assert states_of(ev.source) == {"TUR"} and "GRC" in states_of(ev.target)


def test_to_phrase_after_a_reason_belongs_to_the_deed(nlp):
    text = "Argentina protested to Britain over a visit by warships to Uruguay."
    (ev,) = events_of(nlp, text, "ACCUSE")
    assert states_of(ev.target) == {"GBR"}

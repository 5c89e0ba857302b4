"""Nominal and promised acts of session 17, round 2: parties the text gives (sentences of our own).

- "hand over 40 prisoners": the small model reads the particle before a count as "more than"
  ("over 40"); right after the verb it is the verb's (``event_matching``), so a promised handover
  ("is to hand over") is coded as the promise it is;
- "the accord, reached after weeks of talks": talks named as the way to a pact told before were
  held by that pact's two sides (``event_anaphora.pact_talks``); with no two-sided pact before,
  they stay background and are dropped;
- "fighting near its border in X state": a border lies between two sides, so a place told of the
  line is no target (``event_complements.BOUNDARIES``); "near the Turkish border" still names its
  state, and "fighting in X" keeps its place.
"""

from __future__ import annotations

from event_helpers import code_events, events_of


def _codes(actors) -> set[str]:
    return {a.code for a in actors if a.code}


def test_promised_handover_before_a_count(nlp):
    # (session 46: "Under the accord, ..." before it made this a term of the accord, no act)
    text = "The guerrillas are to hand over 40 captured soldiers to Colombia on Friday."
    handed = [e for e in code_events(nlp, text) if e.trigger == "hand"]
    assert handed and handed[0].future
    assert any(a.text.lower() == "the guerrillas" for a in handed[0].source)


def test_plain_handover_before_a_count(nlp):
    text = "The militia will hand over 12 fishermen to India on Monday."
    assert [e for e in code_events(nlp, text) if e.trigger == "hand"]


def test_took_over_a_count_is_no_handover(nlp):
    # near miss: "over" before a count after a verb with no "over" reading stays "more than"
    text = "The militia detained over 12 fishermen from India on Monday."
    assert not [e for e in code_events(nlp, text) if e.type == "RETREAT"]


def test_talks_that_led_to_the_deal_are_the_sides(nlp):
    text = ("Ethiopia and Eritrea agreed on Monday to reopen their border crossings. "
            "The accord, reached after three weeks of direct talks in Nairobi, would let traders pass.")
    talks = events_of(nlp, text, "CONSULT")
    assert talks and _codes(talks[0].source) == {"ETH", "ERI"}


def test_talks_reached_deal_passive(nlp):
    text = ("Ethiopia and Eritrea agreed on Monday to reopen their border crossings. "
            "The accord was reached after talks in Nairobi.")
    talks = events_of(nlp, text, "CONSULT")
    assert talks and _codes(talks[0].source) == {"ETH", "ERI"}


def test_talks_with_no_two_sided_pact_stay_background(nlp):
    # near miss: one side told before, so the talks have no parties and are no record
    text = ("Kenya said on Monday it would reopen its border crossings. "
            "The deal, reached after weeks of talks, was welcomed.")
    assert not events_of(nlp, text, "CONSULT")


def test_fighting_near_a_border_has_no_place_target(nlp):
    for text, place in (("Officials said Bangkok was worried about fighting near its frontier in eastern Kayin state.", "Kayin"),
                        ("Envoys said Beijing was worried about clashes near its border in northern Shan state.", "Shan")):
        for e in events_of(nlp, text, "ASSAULT"):
            assert not any(a.text == place for a in e.target)


def test_clashes_in_a_state_keep_its_place(nlp):
    # near miss: without the border the state is where the clashes are, kept as the target
    text = "Envoys said Beijing was worried about clashes in northern Shan state."
    clashes = events_of(nlp, text, "ASSAULT")
    assert clashes and any(a.text == "Shan" for a in clashes[0].target)


def test_fighting_in_a_border_town_keeps_its_place(nlp):
    # near miss: "in" a town names the scene, which stays the target
    text = "Rebels were fighting in the border town of Myawaddy on Sunday, witnesses said."
    fights = events_of(nlp, text, "ASSAULT")
    assert fights and "MMR" in {(a.code or "")[:3] for a in fights[0].target}


def test_border_named_by_its_state_keeps_the_state(nlp):
    # near miss: the line's own adjective names the state faced, as coders take it
    text = "Officials reported clashes near the Turkish border on Sunday."
    clashes = events_of(nlp, text, "ASSAULT")
    assert clashes and "TUR" in _codes(clashes[0].target)

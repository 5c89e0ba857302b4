"""Session 21 (D), structures that put the wrong party or type on an act, from judged wire news:
a tensed verb joined to the participle of an ordered state ("ordered the border closed, froze
the assets") is the orderer's; ordering a measure ("ordered the borders closed") is that measure,
no request; a relative clause with no relative pronoun (", an attack Kenya and Uganda condemned")
names its doers between the noun and the verb; a deed named as the reason "over" another act is
never the doer's of that act; a deadline given to someone whom a relative clause describes is an
ultimatum; a force sent or ordered out on its own escort mission is neither aid nor a request;
those who back a junta or an army are civilians. Each case pairs a sentence whose record must
change with a near miss that keeps its record (our own sentences)."""

from __future__ import annotations

from event_helpers import code_events, events_of, types_of


def _codes(actors) -> set[str]:
    return {a.code or "-" for a in actors}


# --- coordinated verbs after a small clause -------------------------------------------------------


def test_conjunct_after_ordered_small_clause_is_the_orderers(nlp):
    text = "Gulf ministers ordered ports with Yemen closed, froze the militia's assets and suspended flights to the country."
    froze = [e for e in code_events(nlp, text) if e.trigger == "froze"]
    assert froze and not any(a.code == "YEM" for a in froze[0].source)
    assert any("ministers" in a.text for a in froze[0].source)


def test_conjunct_of_plain_clause_keeps_its_subject(nlp):
    froze = [e for e in code_events(nlp, "Kenya said Uganda shut its border and froze the rebels' accounts.")
             if e.trigger == "froze"]
    assert froze and _codes(froze[0].source) == {"UGA"}


# --- ordering a measure, ordering one's own craft --------------------------------------------------


def test_ordered_crossing_closure_is_the_closure(nlp):
    events = code_events(nlp, "The regional leaders ordered the crossings with Chad closed on Monday.")
    assert [e.type for e in events] == ["COERCE"]
    assert events[0].cameo == "191" and _codes(events[0].target) == {"TCD"}


def test_ordering_a_thing_shut_asks_no_one(nlp):
    text = "Gulf ministers ordered ports with Yemen closed, froze the militia's assets and suspended flights to the country."
    assert "REQUEST" not in types_of(nlp, text)


def test_ordering_a_person_freed_stays_the_release(nlp):
    events = code_events(nlp, "The judge ordered the journalist released on Monday.")
    assert [e.type for e in events] == ["RETREAT"]


def test_ordering_warplanes_on_an_escort_mission_is_no_request(nlp):
    assert "REQUEST" not in types_of(nlp, "The general ordered two warplanes to shadow the cargo ship.")


def test_ordering_another_state_stays_a_request(nlp):
    events = events_of(nlp, "The court ordered Uganda to pay reparations to Congo.", "REQUEST")
    assert events and "UGA" in _codes(events[0].target)


# --- zero relative clause -----------------------------------------------------------------------


def test_zero_relative_clause_names_its_doers(nlp):
    events = events_of(nlp, "Tanzania shelled the border town, an attack Kenya and Uganda condemned as a war crime.",
                       "ACCUSE")
    assert events and _codes(events[0].source) == {"KEN", "UGA"} and _codes(events[0].target) == {"TZA"}


def test_reduced_passive_keeps_its_agent(nlp):
    events = events_of(nlp, "Tanzania shelled the town, an attack condemned by Kenya as a war crime.", "ACCUSE")
    assert all("TZA" not in _codes(e.source) for e in events)


# --- a deed named as the reason of another act --------------------------------------------------


def test_deed_over_which_bans_are_imposed_is_not_the_banners(nlp):
    text = ("EU foreign ministers earlier approved asset freezes and travel bans on three Iranian officials and one "
            "entity over the mass execution of protesters in Tehran.")
    deed = [e for e in code_events(nlp, text) if e.trigger == "execution"]
    assert deed and not any((a.code or "").startswith("EU") for a in deed[0].source)
    assert _codes(deed[0].target) == {"IRNCVL"}


def test_deed_of_the_clause_subject_stays_its_own(nlp):
    events = [e for e in code_events(nlp, "Syrian forces continued the torture of detainees in Aleppo.")
              if e.trigger == "torture"]
    assert events and any((a.code or "").startswith("SYR") for a in events[0].source)


# --- deadlines, missions and supporters ---------------------------------------------------------


def test_deadline_given_past_a_relative_clause_is_an_ultimatum(nlp):
    text = "Gulf ministers gave the rebels who captured the port in Yemen ten days to withdraw their fighters."
    events = [e for e in code_events(nlp, text) if e.trigger == "gave"]
    assert events and events[0].type == "THREATEN" and events[0].cameo == "139"


def test_gift_to_a_relative_clause_noun_stays_aid(nlp):
    events = [e for e in code_events(nlp, "Norway gave the villagers who fled the floods ten tonnes of food.")
              if e.trigger == "gave"]
    assert events and events[0].type == "AID"


def test_jet_sent_to_escort_is_no_military_aid(nlp):
    events = [e for e in code_events(nlp, "Serbia sent two fighter jets to escort a Croatian airliner to Belgrade.")
              if e.trigger == "sent"]
    assert events and events[0].type != "AID"


def test_jets_sent_to_help_an_army_stay_aid(nlp):
    events = events_of(nlp, "Russia sent fighter jets to help the Syrian army.", "AID")
    assert events and events[0].cameo == "072"


def test_junta_supporters_are_civilians(nlp):
    events = events_of(nlp, "In Bamako, thousands of junta supporters marched on the Swedish embassy.", "PROTEST")
    assert events and events[0].source and {a.sector for a in events[0].source} == {"CVL"}


def test_junta_itself_stays_military(nlp):
    events = events_of(nlp, "The junta in Mali expelled the Swedish ambassador on Monday.", "SANCTION")
    assert events and {a.sector for a in events[0].source} == {"MIL"}

"""Session 21 (end): a state's adjective before goods it sells ("Australian wine", "French beer")
is no actor when the goods are only talked about (culture, food), but it is the state a trade
measure on those goods hits: duties, bans and tariffs "on Australian wine" are aimed at Australia,
and lifting such a ban concedes to it. Our own sentences."""

from __future__ import annotations

from event_helpers import code_events, states_of


def test_duties_on_a_states_wine_hit_that_state(nlp):
    events = code_events(nlp, "Beijing imposed duties of up to 200% on Chilean wine on Friday.")
    sanctions = [e for e in events if e.type == "SANCTION"]
    assert sanctions and states_of(sanctions[0].source) == {"CHN"}
    assert states_of(sanctions[0].target) == {"CHL"}


def test_tariffs_slapped_on_a_states_wine_hit_that_state(nlp):
    events = code_events(nlp, "Washington slapped tariffs on French wine and cheese.")
    sanctions = [e for e in events if e.type == "SANCTION"]
    assert sanctions and states_of(sanctions[0].target) == {"FRA"}


def test_lifting_a_ban_on_imports_of_a_states_wine(nlp):
    events = code_events(nlp, "China lifted its ban on imports of Australian wine on Friday.")
    assert events and states_of(events[0].target) == {"AUS"}


def test_praise_of_a_states_wine_names_no_actor(nlp):
    events = code_events(nlp, "The minister praised Italian wine and Spanish food at the dinner.")
    assert all(not states_of(e.target) for e in events)

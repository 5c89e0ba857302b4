"""Named type causes of a fourth events round (session 13).

Other helpers' CAMEO-style sentences showed acts the coder left out or typed wrongly: an armed
force crossing into another state's territory (CAMEO 192), a border sealed (191), crowds tear-gassed
(175), refugees sent back (174), suspects handed to another state (063), armed groups driven out
of a town (ASSAULT), prisoners "set free" before a count, a truce that merely collapsed, and a unit
"ordered to" act by its own command. Each test pairs the construction with a use that must not be
coded the same way. The sentences are ours.
"""

from __future__ import annotations

from event_helpers import code_events


def _types(nlp, text: str) -> set[tuple[str, str | None]]:
    return {(e.type, e.cameo) for e in code_events(nlp, text)}


def _states(actors) -> set[str]:
    return {(a.code or "")[:3] for a in actors}


def test_an_armed_crossing_into_territory_is_an_incursion(nlp):
    found = code_events(nlp, "Tanzanian soldiers crossed into Mozambican territory on Friday.")
    assert ("COERCE", "192") in {(e.type, e.cameo) for e in found}
    assert not code_events(nlp, "Hundreds of hikers crossed into Swiss territory during the race.")
    assert not code_events(nlp, "The train crossed into Hungary shortly before dawn.")


def test_a_sealed_border_restricts_movement_but_weather_does_not(nlp):
    found = code_events(nlp, "Chad sealed its border with Sudan after the attack on a refugee camp.")
    hits = [e for e in found if (e.type, e.cameo) == ("COERCE", "191")]
    assert hits and "TCD" in _states(hits[0].source)
    assert not code_events(nlp, "A blizzard shut the mountain border crossing for two days.")


def test_crowds_teargassed_are_repressed(nlp):
    assert ("ASSAULT", "175") in _types(nlp, "Ugandan police teargassed traders in Kampala on Monday.")


def test_refugees_sent_back_are_deported(nlp):
    found = code_events(nlp, "Turkey sent back 80 Syrian refugees to Idlib.")
    assert ("COERCE", "174") in {(e.type, e.cameo) for e in found}
    assert all(e.type != "AID" for e in found)


def test_suspects_handed_to_a_state_are_judicial_cooperation(nlp):
    found = code_events(nlp, "Kenya handed two suspects in the hotel bombing to Somalia.")
    assert ("COOPERATE", "063") in {(e.type, e.cameo) for e in found}
    assert not code_events(nlp, "The gallery handed the sculpture to a Belgian buyer.")


def test_armed_groups_driven_out_of_a_town_are_fought(nlp):
    found = code_events(nlp, "Malian troops drove the jihadists out of the town of Gao.")
    assert any(e.type == "ASSAULT" for e in found)
    assert not code_events(nlp, "The shepherds drove their goats out of the burning valley.")


def test_set_free_before_a_count_is_a_release(nlp):
    found = code_events(nlp, "The Eritrean government set free 40 detained pastors on Sunday.")
    assert ("RETREAT", "0841") in {(e.type, e.cameo) for e in found}


def test_a_truce_that_collapses_is_no_ones_act(nlp):
    assert not code_events(nlp, "The ceasefire between the two clans collapsed after two days.")
    # a ceasefire agreed stays coded
    assert code_events(nlp, "Armenia and Azerbaijan agreed to a ceasefire in October.")


def test_a_unit_ordered_to_act_is_no_request(nlp):
    found = code_events(nlp, "A Dutch warship was ordered to shadow the Iranian tanker through the strait.")
    assert all(e.type != "REQUEST" for e in found)

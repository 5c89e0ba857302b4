"""Wire-style actors left without a state (session 12, round 4): plural peoples of a region
coded to one state, unnamed police at the place of their act, an armed group acted on by
another state's forces, and a titled person under a wire dateline in an article naming no
state. Each rule also has a case where no state (or the old one) must stay."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_peoples_of_one_states_region_take_it(nlp) -> None:
    codes = actor_codes(nlp, "Hundreds of Tibetans marched through Kathmandu on Sunday.")
    assert (codes.get("Tibetans") or "")[:3] == "CHN"
    codes = actor_codes(nlp, "Several Chechens were arrested at an airport in Vienna.")
    assert (codes.get("Chechens") or "")[:3] == "RUS"


def test_police_take_the_state_where_they_act(nlp) -> None:
    codes = actor_codes(nlp, "Security forces held more than 300 opposition supporters in Ibadan on "
                              "Tuesday, two days before a planned general strike, rights groups said.")
    assert (codes.get("Security forces") or "")[:3] == "NGA"


def test_foreign_police_take_no_scene_state(nlp) -> None:
    codes = actor_codes(nlp, "Foreign police officers patrolled the streets of Pristina.")
    assert not (codes.get("Foreign police officers") or "").startswith("XKX")


def test_armed_group_acted_on_by_another_state_is_of_the_other(nlp) -> None:
    text = "Iraqi soldiers crossed into the Syrian border town at dawn and disarmed tribal militias."
    codes = actor_codes(nlp, text)
    assert (codes.get("tribal militias") or "")[:3] == "SYR"


def test_group_handed_to_a_state_is_not_of_that_state(nlp) -> None:
    codes = actor_codes(nlp, "Turkey extradited three suspected smugglers to Greece on Monday.")
    assert not (codes.get("three suspected smugglers") or "").startswith("GRC")


def test_title_under_a_dateline_takes_its_state(nlp) -> None:
    text = ("LIMA (AP) - President Rosa Quispe has pardoned 40 jailed students, "
            "a palace spokesman said Tuesday.")
    codes = actor_codes(nlp, text)
    assert (codes.get("President Rosa Quispe") or "")[:3] == "PER"

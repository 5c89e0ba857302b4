"""Known provinces the tagger reads as a people, a person or a body ("farmers from Punjab and
Haryana", "the Puno region") are places of the state the article names; a province two states
share is the one of the state the article names."""

from __future__ import annotations

from actor_helpers import actor_codes
from dyads.actors import find_actors
from dyads.model import Article
from dyads.places import place_country, place_others


def _found(nlp, text: str) -> list[tuple[str, str | None, str]]:
    return [(a.text, a.code, a.kind)
            for a in find_actors(nlp(text), Article(id="t", text=text, date="2022-03-01"))]


def test_provinces_after_from_and_joined_by_and_are_places(nlp) -> None:
    text = ("India's agriculture ministry said growers, most of them from Punjab and Haryana, "
            "would get more support.")
    codes = actor_codes(nlp, text)
    assert codes.get("Punjab") == "IND"
    assert codes.get("Haryana") == "IND"


def test_shared_province_takes_the_named_state(nlp) -> None:
    codes = actor_codes(nlp, "Pakistan's army said floods had cut roads across Punjab and Sindh.")
    assert codes.get("Punjab") == "PAK"
    assert place_country("Punjab") == "PAK" and "IND" in place_others("Punjab")


def test_region_read_as_a_body_is_a_place(nlp) -> None:
    text = ("Peru's government sent troops to the Puno region after miners from Puno blocked a "
            "highway. The curfew across Puno was lifted on Monday.")
    found = _found(nlp, text)
    punos = [(code, kind) for t, code, kind in found if t == "Puno"]
    assert punos and all(code == "PER" and kind == "country" for code, kind in punos)
    assert place_country("Puno") == "PER"


def test_body_name_after_from_without_its_state_stays_unplaced(nlp) -> None:
    # the article names no state of the place: a body of that name is not made a place
    found = _found(nlp, "Miners from Puno blocked a highway on Monday.")
    assert ("Puno", "PER", "country") not in found


def test_shared_province_of_two_states_named_alike_is_neither(nlp) -> None:
    codes = actor_codes(nlp, "The Pakistani cabinet said India had sent soldiers to the border in "
                             "Punjab.")
    assert "Punjab" not in codes

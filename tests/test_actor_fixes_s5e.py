"""Actor fixes, round 5: a state's word before a thing is no actor, a state's possessive before
its own body is part of the body, capitals listed with provinces are places, highway patrols,
national news outlets, and journalists stay journalists after their entry ends."""

from __future__ import annotations

import pytest

from dyads.actors import find_actors
from dyads.model import Article

from actor_helpers import actor_codes


def _found(nlp, text: str, date: str = "2019-09-27") -> list[tuple[str, str | None]]:
    return [(a.text, a.code) for a in find_actors(nlp(text), Article(id="t", text=text, date=date))]


@pytest.mark.parametrize("text", [
    "Cuban roads suffer a large number of accidents.",
    "\"The Hong Kong economy has already slipped into recession\", she said.",
])
def test_state_word_before_a_thing_is_no_actor(nlp, text: str) -> None:
    assert _found(nlp, text) == []


def test_state_word_before_goods_or_arms_stays(nlp) -> None:
    codes = [c for _, c in _found(nlp, "Cuban exports fell as Russian missiles struck.")]
    assert "CUB" in codes and "RUS" in codes


@pytest.mark.parametrize("text, span, code", [
    ("Nikki Holland of the UK's National Crime Agency said so.", "National Crime Agency", "GBRCOP"),
    ("On Saturday, Thailand's Thai Raksa Chart Party withdrew its nominee.",
     "Thai Raksa Chart Party", "THAPTY"),
])
def test_possessive_state_before_its_body_is_one_actor(nlp, text: str, span: str, code: str) -> None:
    found = _found(nlp, text)
    assert (span, code) in found
    assert not any(t in ("the UK", "Thailand") for t, _ in found), found


def test_highway_patrol_is_police(nlp) -> None:
    assert ("Florida Highway Patrol", "USACOP") in _found(
        nlp, "The accident sequence began, Florida Highway Patrol described, in the road.")


def test_capital_listed_with_provinces_is_a_place(nlp) -> None:
    found = dict(_found(nlp, "Arrests were made in these states: Utah, Virginia, Washington and Washington, D.C."))
    assert found.get("Washington, D.C.") == "USA"
    assert dict(_found(nlp, "Moscow and Beijing signed a deal.")).get("Moscow") == "RUSGOV"


@pytest.mark.parametrize("text, code", [
    ("One news site, Znak.com, claims the sources said so.", "RUSJRN"),
    ("The daily Népszava covered the story.", "HUNJRN"),
])
def test_national_outlets_have_their_state(nlp, text: str, code: str) -> None:
    assert code in [c for _, c in _found(nlp, text)]


def test_journalist_after_his_death_is_still_a_journalist(nlp) -> None:
    codes = actor_codes(nlp, "Hatice Cengiz, fiancée of journalist Jamal Khashoggi, addressed reporters.")
    assert any(c == "SAUJRN" for c in codes.values()), codes

"""Actor causes found on the PLOVER development rows, written as our own sentences: a people
that lives in one state names actors of that state, a capital's namesake city in a state the
story names, and a town placed by the province after its comma whatever word follows."""

from __future__ import annotations

import pytest

from actor_helpers import actor_codes


@pytest.mark.parametrize("text, name, code", [
    ("Igbo leaders rejected the new constitution.", "Igbo leaders", "NGA"),
    ("Zulu activists accused the government of neglect.", "Zulu activists", "ZAF"),
    ("Zulu chiefs met the king on Sunday.", "Zulu", "ZAF"),
])
def test_people_of_one_state_names_its_actors(nlp, text: str, name: str, code: str) -> None:
    assert (actor_codes(nlp, text).get(name) or "").startswith(code)


def test_people_split_across_states_stay_uncoded(nlp) -> None:
    codes = actor_codes(nlp, "Kurdish fighters crossed the border overnight.")
    assert not any((c or "").startswith(("IRQ", "TUR", "SYR", "IRN")) for c in codes.values())


def test_capital_namesake_in_named_state(nlp) -> None:
    codes = actor_codes(nlp, "Rival militias clashed in Tripoli as shells hit the north "
                             "Lebanese port for a third day.")
    assert codes.get("Tripoli") == "LBN"
    assert (codes.get("Rival militias") or "").startswith("LBN")


def test_capital_keeps_its_state_when_that_state_is_named(nlp) -> None:
    codes = actor_codes(nlp, "Libya's rival governments met in Tripoli while Lebanese "
                             "envoys watched.")
    assert (codes.get("Tripoli") or "").startswith("LBY")


def test_capital_alone_is_the_capital(nlp) -> None:
    codes = actor_codes(nlp, "Tripoli rejected the proposal on Monday.")
    assert (codes.get("Tripoli") or "").startswith("LBY")


@pytest.mark.parametrize("text", [
    "Officials in Paris, Texas said the plant would close.",
    "The mayor of Paris, Texas resigned after the vote.",
])
def test_town_placed_by_province_before_any_word(nlp, text: str) -> None:
    codes = actor_codes(nlp, text)
    paris = next(c for t, c in codes.items() if "Paris" in t)
    assert (paris or "").startswith("USA")
    assert not any((c or "").startswith("FRA") for c in codes.values())


@pytest.mark.parametrize("text, name", [
    ("The Umma party said it would boycott Zambia's elections.", "Umma party"),
    ("The liberal Umma (Unity) party has vowed to boycott Zambia's elections.",
     "Umma (Unity) party"),
])
def test_party_named_by_an_unknown_name(nlp, text: str, name: str) -> None:
    assert actor_codes(nlp, text).get(name) == "ZMBPTY"


def test_known_party_keeps_its_own_mention(nlp) -> None:
    codes = actor_codes(nlp, "The Likud party said it would join the coalition.")
    assert codes.get("Likud") == "ISRPTY"


def test_body_named_after_its_own_noun_is_not_regrown(nlp) -> None:
    codes = actor_codes(nlp, "As a trauma centre, Saint Mary Hospital department has deployed "
                             "all staff.")
    assert "Saint Mary Hospital department" not in codes


@pytest.mark.parametrize("text, name", [
    ("The press secretary for President Macron said the visit would go ahead.",
     "The press secretary"),
    ("Macron's press secretary said the visit would go ahead.", "press secretary"),
])
def test_press_secretary_serves_the_president(nlp, text: str, name: str) -> None:
    assert actor_codes(nlp, text).get(name) == "FRAGOV"


def test_rebel_forces_of_the_scene_state(nlp) -> None:
    codes = actor_codes(nlp, "Rebel forces attacked the town of Goma in Congo.")
    assert codes.get("Rebel forces") == "CODREB"


def test_rebel_forces_between_two_states_stay_uncoded(nlp) -> None:
    codes = actor_codes(nlp, "Rebel forces shelled the border towns, Ethiopia and Eritrea said.")
    assert "Rebel forces" in codes and codes["Rebel forces"] is None

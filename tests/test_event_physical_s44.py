"""Session 44: words with a physical sense beside their political one: a baton charge is no
criminal charge, a truce declared over ends the truce, shots fired into the air for joy are no
show of force. The political senses stay. Sentences written for these tests."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate


def on(text: str, word: str) -> list[tuple[str, str]]:
    art = annotate(Article(id="t", text=f"KAMPALA, May 4 (Wire) - {text}", date="2019-05-04"))
    return [(e.type, e.cameo) for e in art.events if e.trigger.lower().startswith(word)]


def test_baton_charge_is_violent_repression():
    assert on("Ugandan riot police charged the crowds with batons outside parliament.", "charged") == [("ASSAULT", "175")]


def test_police_charging_protesters_is_violent_repression():
    assert on("Ugandan police charged the protesters near the square.", "charged") == [("ASSAULT", "175")]


def test_protesters_charged_with_a_crime_stay_accused():
    assert [t for t, _ in on("Ugandan police charged twenty protesters with unlawful assembly.", "charged")] == ["ACCUSE"]


def test_prosecutors_charge_stays_accusation():
    assert on("Ugandan prosecutors charged the former minister with corruption.", "charged") == [("ACCUSE", "1121")]


def test_truce_declared_over_ends_it():
    assert on("The rebel leader Joseph Kony signed a decree declaring the 2006 ceasefire over.", "ceasefire") \
        == [("ASSAULT", "196")]


def test_truce_declared_stays_a_truce():
    assert [t for t, _ in on("The Ugandan army declared a ceasefire with the rebels on Sunday.", "ceasefire")] \
        in ([], ["RETREAT"])
    assert "ASSAULT" not in [t for t, _ in on("The Ugandan army declared a ceasefire with the rebels on Sunday.",
                                             "declared")]


def test_celebratory_gunfire_is_no_event():
    assert on("Villagers fired guns into the air in celebration after the result was announced.", "fired") == []


def test_police_firing_into_the_air_stays():
    assert on("Ugandan police fired into the air to disperse the protesters.", "fired") != []

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


def test_truce_declared_over_declares_no_truce():
    assert on("The rebel leader Joseph Kony signed a decree declaring the 2006 ceasefire over.", "ceasefire") == []


def test_truce_declared_to_be_over_declares_no_truce():
    assert on("The rebel leader signed a decree declaring the 2006 ceasefire brokered by Kenya to be over.",
              "ceasefire") == []


def test_truce_declared_stays_a_truce():
    assert [t for t, _ in on("The Ugandan army declared a ceasefire with the rebels on Sunday.", "ceasefire")] \
        in ([], ["RETREAT"])
    assert "ASSAULT" not in [t for t, _ in on("The Ugandan army declared a ceasefire with the rebels on Sunday.",
                                             "declared")]


def test_celebratory_gunfire_is_no_event():
    assert on("Villagers fired guns into the air in celebration after the result was announced.", "fired") == []


def test_police_firing_into_the_air_stays():
    assert on("Ugandan police fired into the air to disperse the protesters.", "fired") != []


def test_armed_push_into_a_town_is_an_advance():
    assert on("Ugandan troops pushed on to the town of Gulu on Sunday.", "pushed") == [("ASSAULT", "190")]


def test_pushing_for_talks_stays_an_appeal():
    assert [t for t, _ in on("The Ugandan opposition pushed for early elections.", "pushed")] == ["REQUEST"]


def test_court_declaring_a_party_unconstitutional_bans_it():
    assert on("Uganda's Constitutional Court declared the Liberty party unconstitutional in June.", "declared") \
        == [("COERCE", "1722")]


def test_court_declaring_a_law_unconstitutional_is_no_ban():
    assert ("COERCE", "1722") not in on("Uganda's Constitutional Court declared the election law unconstitutional.",
                                         "declared")


def test_denied_meddling_is_a_denial_not_a_rejection():
    art = annotate(Article(id="t", text="The Kremlin has denied meddling in the Ugandan election.", date="2019-05-04"))
    assert [e.type for e in art.events if e.trigger == "denied"] == []
    assert [s.cameo for s in art.statements if s.trigger == "denied"] == ["016"]


def test_townspeople_firing_into_the_air_is_no_event():
    assert on("In Gulu, residents fired guns into the air.", "fired") == []

"""Session 28, records the judges of fresh news called a wrong party because a place was coded as
the one acted on: the town a deal was signed in or a charge was made in, the place of someone who
flees an act, and the town a condemnation opens with. Each case pairs a sentence whose record must
change with a near miss that keeps its record (our own sentences)."""

from __future__ import annotations

from event_helpers import events_of, states_of


# --- a venue of backing, refusal or charge ----------------------------------------------------------


def test_town_a_treaty_is_signed_in_is_no_target(nlp):
    text = "The border treaty was signed in Lisbon on Friday."
    assert not any("PRT" in states_of(e.target) for e in events_of(nlp, text, "SUPPORT"))


def test_capital_named_on_the_hall_of_a_signing_is_no_target(nlp):
    text = "The charter was signed at the Kigali convention centre on Monday."
    assert not any("RWA" in states_of(e.target) for e in events_of(nlp, text, "SUPPORT"))


def test_town_of_the_hotel_a_deal_is_signed_at_is_no_target(nlp):
    text = "The ceasefire document was signed at a hotel in Doha late on Monday."
    assert not any("QAT" in states_of(e.target) for e in events_of(nlp, text, "SUPPORT"))


def test_state_backed_by_a_signing_stays_the_target(nlp):
    text = "Kenya signed a trade agreement with Uganda on Friday."
    assert any("UGA" in states_of(e.target) for e in events_of(nlp, text, "SUPPORT"))


# --- the place of one who flees or answers an act ---------------------------------------------------


def test_place_of_an_escaped_custody_is_no_target(nlp):
    text = "The banker, who fled house arrest in Houston last year, was caught on Monday."
    assert not any("USA" in states_of(e.target) for e in events_of(nlp, text, "COERCE"))


def test_opening_town_of_a_condemnation_is_not_the_attacked(nlp):
    text = "In Paris, the foreign ministry condemned the bombing and summoned the envoy."
    assert not any("FRA" in states_of(e.target) for e in events_of(nlp, text, "ASSAULT"))


def test_town_of_a_condemned_attack_after_the_verb_stays(nlp):
    text = "The United Nations condemned the bombing of a market in Kabul."
    assert any("AFG" in states_of(e.target) for e in events_of(nlp, text, "ASSAULT"))

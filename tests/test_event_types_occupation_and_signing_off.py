"""Event types by the sense the construction gives the trigger, and labels that are no acts
(session 17, round 3).

Careful coders judged fresh wire articles: ground seized by arms was coded as a seizure of goods,
a state's diplomatic protest as a street protest, an approving board's "signed off on" the loan as
a signed pact, a peacekeeping mission already in place and a region "under occupation" as acts, and
the forecast effect of an exercise ("would cement the partnership") as a pledge. Each construction
is paired with a near miss that keeps its record. The sentences are our own.
"""

from __future__ import annotations

from event_helpers import code_events, events_of, states_of


def _codes(nlp, text: str) -> set[tuple[str, str | None]]:
    return {(e.type, e.cameo) for e in code_events(nlp, text)}


# --- ground taken by arms is occupation of territory (CAMEO 192, COERCE in PLOVER) ---

def test_seized_villages_are_occupied_territory(nlp):
    text = "Separatist gunmen seized two villages near the border on Sunday, officials said."
    assert ("COERCE", "192") in _codes(nlp, text)
    assert ("COERCE", "171") not in _codes(nlp, text)


def test_captured_town_is_occupied_territory(nlp):
    text = "The army captured the town of Karsk after a week of fighting."
    assert ("COERCE", "192") in _codes(nlp, text)


def test_seized_truck_stays_a_seizure(nlp):
    text = "Police seized a truck loaded with weapons at the checkpoint."
    assert ("COERCE", "171") in _codes(nlp, text)
    assert ("COERCE", "192") not in _codes(nlp, text)


# --- a state's protest is a formal complaint (ACCUSE 114) ---

def test_protest_from_a_capital_is_a_complaint(nlp):
    text = "The missile tests drew a sharp protest from Seoul on Friday."
    assert ("ACCUSE", "114") in _codes(nlp, text)
    assert not events_of(nlp, text, "PROTEST")


def test_protest_held_in_a_city_stays_a_protest(nlp):
    text = "Farmers staged a protest in Warsaw on Monday."
    assert events_of(nlp, text, "PROTEST")
    assert not events_of(nlp, text, "ACCUSE")


# --- approving a loan is aid, not a signed pact ---

def test_signed_off_on_a_loan_is_aid(nlp):
    text = "The World Bank signed off on a $400 million loan to Kenya on Tuesday."
    aid = events_of(nlp, text, "AID")
    assert aid and states_of(aid[0].target) == {"KEN"}
    assert not events_of(nlp, text, "SUPPORT")


def test_released_tranche_is_aid(nlp):
    text = "The lenders released a first tranche of $100 million to Ghana on Monday."
    assert events_of(nlp, text, "AID")
    assert not events_of(nlp, text, "RETREAT")


def test_signed_pact_stays_a_signing(nlp):
    text = "The two presidents signed a defence pact in Cairo."
    assert ("SUPPORT", "057") in _codes(nlp, text)


# --- names and labels that are no act ---

def test_mission_to_be_withdrawn_is_no_aid(nlp):
    text = "The government asked the African Union to pull its peacekeeping mission out of the country."
    assert events_of(nlp, text, "REQUEST")
    assert not events_of(nlp, text, "AID")


def test_deployed_mission_stays_aid(nlp):
    text = "The Security Council voted to deploy a peacekeeping mission in Haiti."
    assert events_of(nlp, text, "AID")


def test_land_under_occupation_is_a_label(nlp):
    text = "The militia describes the valley as land under Chad's illegal occupation."
    assert not events_of(nlp, text, "COERCE") and not events_of(nlp, text, "ASSAULT")


def test_forecast_partnership_is_no_pledge(nlp):
    text = "The new pipeline would deepen the partnership between Hungary and Serbia, the minister said."
    assert not events_of(nlp, text, "AGREE")


def test_partnership_a_state_will_deepen_stays_a_pledge(nlp):
    text = "Hungary would deepen its partnership with Serbia, the minister said."
    assert events_of(nlp, text, "AGREE")


def test_troops_occupying_a_town_keep_their_record(nlp):
    text = "Chadian troops occupied the border town of Faya on Monday."
    assert ("COERCE", "192") in _codes(nlp, text)

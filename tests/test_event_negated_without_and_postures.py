"""Session 19 (S1), flags, types and non-events from judged wire news: an act under "without ...ing"
did not happen; "agreed to <act>" with no coded act is a promise (future); shots fired into the air
are a show of force; a role noun after "be/remain" ("its largest donor") is no act; "standing on
the bank with a bag" is a posture; sharing a coastline or a history is no cooperation; a visit
called off for a purpose of one's own is no sanction. Each case pairs a sentence whose record must
go or change with a near miss that keeps its record (sentences of our own)."""

from __future__ import annotations

from event_helpers import code_events, types_of


def _records(nlp, text: str) -> list[tuple[str, str, bool, bool]]:
    """(type, trigger, negated, future) of the events coded in ``text``."""
    return [(e.type, e.trigger, e.negated, e.future) for e in code_events(nlp, text)]


# --- "without ...ing" denies the act --------------------------------------------------------------


def test_left_without_reaching_agreement_is_negated(nlp):
    text = "The delegation left Nairobi without reaching an agreement on the budget."
    agree = [r for r in _records(nlp, text) if r[0] == "AGREE"]
    assert agree and all(r[2] for r in agree)


def test_left_after_reaching_agreement_stays_plain(nlp):
    text = "The delegation left Nairobi after reaching an agreement on the budget."
    agree = [r for r in _records(nlp, text) if r[0] == "AGREE"]
    assert agree and not any(r[2] for r in agree)


# --- "agreed to <act>" is a promise ---------------------------------------------------------------


def test_agreed_to_create_fund_is_future(nlp):
    text = "Ministers agreed to create a regional reconstruction fund."
    assert [(r[0], r[3]) for r in _records(nlp, text) if r[1] == "agreed"] == [("AGREE", True)]


def test_agreed_budget_stays_done(nlp):
    text = "Ministers agreed a new budget on Monday."
    assert [(r[0], r[3]) for r in _records(nlp, text) if r[1] == "agreed"] == [("AGREE", False)]


# --- shots into the air ------------------------------------------------------------------------------


def test_fired_into_air_is_show_of_force(nlp):
    text = "Troops loyal to the colonel seized the radio station and fired into the air."
    fired = [e for e in code_events(nlp, text) if e.trigger == "fired"]
    assert [(e.type, e.cameo) for e in fired] == [("MOBILIZE", "150")]


def test_fired_on_convoy_stays_assault(nlp):
    text = "Gunmen fired on the convoy near the border."
    assert "ASSAULT" in types_of(nlp, text)


# --- standing roles and postures --------------------------------------------------------------------


def test_largest_donor_is_no_aid(nlp):
    assert "AID" not in types_of(nlp, "Japan remains the largest aid donor to the country.")


def test_donors_pledging_stays_an_act(nlp):
    assert "AGREE" in types_of(nlp, "Donors pledged $2 billion for the flood victims.")


def test_standing_on_bank_is_posture(nlp):
    text = '"We lost everything," said Maria Lopez, standing on the river bank with a bag of clothes.'
    assert "SUPPORT" not in types_of(nlp, text)


def test_stood_with_state_stays_support(nlp):
    assert "SUPPORT" in types_of(nlp, "The prime minister stood with Kyiv against the invasion.")


def test_shared_coastline_is_no_cooperation(nlp):
    text = "Chile and Peru share a long coastline and a bitter history."
    assert "COOPERATE" not in types_of(nlp, text)


# --- a trip called off for one's own reasons ----------------------------------------------------------


def test_trip_cancelled_for_home_crisis_is_no_sanction(nlp):
    text = "The chancellor cancelled her trip to Paris to handle a budget crisis at home."
    assert "SANCTION" not in types_of(nlp, text)


def test_trip_cancelled_in_protest_stays_sanction(nlp):
    text = "The chancellor cancelled her trip to Paris to protest the arrests."
    assert "SANCTION" in types_of(nlp, text)


# --- ordered out of the country ------------------------------------------------------------------------


def test_ordered_her_to_leave_country_is_expulsion(nlp):
    text = "Moscow withdrew the press card of a German reporter and ordered her to leave the country."
    ordered = [e for e in code_events(nlp, text) if e.trigger == "ordered"]
    assert [(e.type, e.cameo) for e in ordered] == [("COERCE", "174")]


def test_ordered_to_leave_building_stays_demand(nlp):
    text = "The ministry ordered him to leave the building."
    assert "COERCE" not in types_of(nlp, text)


# --- a pact's name ----------------------------------------------------------------------------------------


def test_cooperation_in_pact_name_is_no_cooperation(nlp):
    text = "Vietnam and Japan signed a defence cooperation agreement on Monday."
    assert "COOPERATE" not in types_of(nlp, text)
    assert "SUPPORT" in types_of(nlp, text)


def test_cooperation_on_security_stays_cooperation(nlp):
    text = "Police in Vietnam and Japan stepped up cooperation on smuggling last month."
    assert "COOPERATE" in types_of(nlp, text)

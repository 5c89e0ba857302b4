"""Session 19 (V1), non-events, types and flags from judged wire news: troops ordered onto the
streets are mobilised, orders given are no gift, a bill sent to parliament is no aid, guarding one's
own supply protects no one, a drought "pushing" herders asks nothing, support lost among voters
and a motive "acting in support of" are no backing, helicopters backing a raid are cover, and a trip
in the simple present with a time ahead ("travels next week") is still to come, a named alliance
holding seats is a party, and a parliament convening sits on its own. Each case pairs a
sentence whose record must go or change with a near miss that keeps its record (our own sentences)."""

from __future__ import annotations

from event_helpers import code_events, types_of


def _coded(nlp, text: str) -> list[tuple[str, str, bool]]:
    """(type, trigger, future) of the events coded in ``text``."""
    return [(e.type, e.trigger, e.future) for e in code_events(nlp, text)]


# --- orders ------------------------------------------------------------------------------------


def test_troops_ordered_onto_streets_mobilise(nlp):
    text = "The junta ordered soldiers onto the streets of the capital."
    assert types_of(nlp, text) == {"MOBILIZE"}


def test_order_to_leave_is_no_mobilisation(nlp):
    text = "The junta ordered the journalists to leave."
    assert "MOBILIZE" not in types_of(nlp, text)


def test_orders_given_are_no_aid(nlp):
    text = "Riot police in the capital were given orders to disperse all rallies."
    assert "AID" not in types_of(nlp, text)
    assert "REQUEST" in types_of(nlp, text)


def test_rice_given_stays_aid(nlp):
    assert "AID" in types_of(nlp, "The minister gave 200 tonnes of rice to Haiti.")


# --- a bill sent, a supply protected -----------------------------------------------------------


def test_bill_sent_to_parliament_is_no_aid(nlp):
    assert code_events(nlp, "The cabinet will send a bill to parliament next month.") == []


def test_food_aid_sent_stays_promised_aid(nlp):
    assert "AGREE" in types_of(nlp, "The cabinet will send food aid to Haiti next month.")


def test_own_supply_protected_is_a_motive(nlp):
    text = "Peru halted gas sales to Chile to protect its own supply."
    assert types_of(nlp, text) == {"SANCTION"}


def test_protecting_another_state_stays(nlp):
    assert [t for t, w, _ in _coded(nlp, "The Gulf states will protect Oman from attacks.")] == ["AGREE"]


# --- hardship that pushes, support as popularity or motive --------------------------------------


def test_drought_pushing_herders_is_no_request(nlp):
    text = "The worst drought in decades has killed thousands of goats, pushing herders to move further south."
    assert "REQUEST" not in types_of(nlp, text)


def test_state_pushing_state_stays_request(nlp):
    assert "REQUEST" in types_of(nlp, "The United States pushed Israel to accept the ceasefire.")


def test_support_lost_among_voters_is_no_event(nlp):
    text = "Analysts doubted the scandal would cost the prime minister support among farmers."
    assert code_events(nlp, text) == []


def test_promised_support_stays(nlp):
    text = "France will support Senegal's bid for a seat on the council."
    assert [(t, f) for t, _, f in _coded(nlp, text)] == [("AGREE", True)]


def test_acting_in_support_is_a_motive(nlp):
    text = "The rebels have fired rockets at tankers, saying they are acting in support of the people of Gaza."
    assert "SUPPORT" not in types_of(nlp, text)
    assert "ASSAULT" in types_of(nlp, text)


def test_voiced_support_stays(nlp):
    assert "SUPPORT" in types_of(nlp, "Turkey has voiced support for the people of Gaza.")


def test_backed_by_helicopters_is_cover(nlp):
    text = "He said the troops, backed by helicopters and drones, had pushed the militants out of two villages."
    assert "SUPPORT" not in types_of(nlp, text)


def test_backing_by_a_state_stays(nlp):
    assert types_of(nlp, "Rwanda backs the M23 rebels, a UN report said.") & {"AID", "SUPPORT"}


# --- a scheduled trip ----------------------------------------------------------------------------


def test_trip_next_week_is_future(nlp):
    text = "Ghana's president travels next week to Paris to meet President Macron."
    events = code_events(nlp, text)
    assert events and all(e.future for e in events)


def test_trip_last_week_is_no_future(nlp):
    text = "Ghana's president travelled last week to Paris to meet President Macron."
    events = code_events(nlp, text)
    assert events and not any(e.future for e in events)


# --- a named alliance as the doer, a house's own sitting ------------------------------------------


def test_named_alliance_holding_seats_is_no_pact(nlp):
    assert "COOPERATE" not in types_of(nlp, "The Democratic Union alliance won twelve seats in the vote.")


def test_alliance_between_states_stays(nlp):
    text = "The alliance between Mali and Niger has helped both juntas."
    assert "COOPERATE" in types_of(nlp, text)


def test_parliament_convening_is_no_meeting(nlp):
    assert code_events(nlp, "A decree said the newly elected parliament would convene on March 3.") == []


def test_leaders_convened_stay(nlp):
    text = "The president will convene the leaders of both parties on Monday."
    assert [t for t, _, _ in _coded(nlp, text)] == ["AGREE"]


def test_alliance_with_members_told_stays(nlp):
    text = "Chancellor Klaus Berger's alliance of Social Democrats and Greens broke apart in May."
    assert "COOPERATE" in types_of(nlp, text)

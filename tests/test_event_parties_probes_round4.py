"""Parties found outside the trigger's own phrase: where donated aid arrives, whom a lodged request
is handed to, the place ringed by an army's drills, whose pressure a refusal defies, the host of a
mission whose mandate is agreed, and the place an access permit lets people into."""

from event_helpers import code_events, states_of


def _event(nlp, text: str, trigger: str):
    events = [e for e in code_events(nlp, text) if e.trigger == trigger]
    assert events, f"no event on {trigger!r}"
    return events[0]


def test_the_place_donated_aid_arrives_in_receives_it(nlp):
    event = _event(nlp, "Medical supplies donated by Japan arrived in Haiti on Monday.", "donated")
    assert states_of(event.source) == {"JPN"}
    assert states_of(event.target) == {"HTI"}


def test_donated_aid_that_only_waits_has_no_recipient_from_the_clause(nlp):
    event = _event(nlp, "Medical supplies donated by Japan were stored in a warehouse.", "donated")
    assert states_of(event.target) == set()


def test_a_request_lodged_with_a_state_asks_that_state_not_the_person_it_is_about(nlp):
    event = _event(nlp, "A request for the extradition of the businessman was lodged by Spain with the "
                        "Argentine authorities.", "request")
    assert states_of(event.source) == {"ESP"}
    assert states_of(event.target) == {"ARG"}


def test_drills_around_an_island_are_aimed_at_it(nlp):
    event = _event(nlp, "China held large military drills around Taiwan on Monday.", "drills")
    assert event.type == "MOBILIZE"
    assert states_of(event.target) == {"TWN"}


def test_a_refusal_despite_pressure_by_a_party_is_aimed_at_that_party(nlp):
    event = _event(nlp, "Iran refused to halt uranium enrichment despite pressure from the United States.",
                   "refused")
    assert event.type == "REJECT"
    assert states_of(event.target) == {"USA"}


def test_a_refusal_despite_a_deadline_names_no_party(nlp):
    event = _event(nlp, "Iran refused to halt uranium enrichment despite the deadline.", "refused")
    assert states_of(event.target) == set()


def test_extending_the_mandate_of_a_force_in_a_country_concerns_that_country(nlp):
    event = _event(nlp, "The Security Council agreed to an extension of the mandate for the peacekeeping "
                        "mission in Mali.", "agreed")
    assert states_of(event.target) == {"MLI"}


def test_letting_aid_trucks_enter_a_territory_grants_access_to_it(nlp):
    event = _event(nlp, "Israel allowed a convoy of aid trucks to enter Gaza on Thursday.", "allowed")
    assert event.type == "RETREAT"
    assert states_of(event.source) == {"ISR"}
    assert states_of(event.target) == {"PSE"}

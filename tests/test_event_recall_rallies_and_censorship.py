"""Acts the Q-article judges found missed or mistyped (session 17, round 4, helper Y1): a crowd's
protest that names no party is still the people's of the state it sweeps; a gathering of people
named as protesters is a rally; a news outlet suspended, cut off or pulled off the air is censored
(COERCE 1721), not sanctioned; a peacekeeping mission kept on by a renewed mandate is help (074).
Each fix has a near miss that must keep its record. Sentences are our own.
"""

from __future__ import annotations

from dyads.model import Event

from event_helpers import code_events, states_of

DATE = "2024-05-10"  # the article date these tests have always been coded with


def _of(events: list[Event], kind: str, cameo: str | None = None) -> list[Event]:
    return [e for e in events if e.type == kind and (cameo is None or e.cameo == cameo)]


def test_partyless_protest_noun_takes_the_swept_state(nlp):
    for text in ("Protests over water charges spread across Ecuador on Thursday.",
                 "Demonstrations against the new tax erupted in Ghana at the weekend."):
        found = _of(code_events(nlp, text, date=DATE), "PROTEST", "141")
        assert found, text
        assert states_of(found[0].source) <= {"ECU", "GHA"} and found[0].source


def test_protest_noun_in_several_states_stays_without_home(nlp):
    found = _of(code_events(nlp, "Protests over water charges spread across Ecuador, Peru and Chile.", date=DATE), "PROTEST")
    assert not any(states_of(e.source) & {"ECU", "PER", "CHL"} for e in found)


def test_named_protesters_gathering_is_a_rally(nlp):
    for text in ("Several thousand demonstrators gathered outside the parliament in Quito on Monday.",
                 "Hundreds of protesters assembled in front of the Ghanaian finance ministry."):
        assert _of(code_events(nlp, text, date=DATE), "PROTEST", "141"), text


def test_gathering_without_grievance_is_no_rally(nlp):
    for text in ("Relatives gathered in Quito for the funeral of the poet.",
                 "Ecuadorean police gathered evidence against the former mayor."):
        assert not _of(code_events(nlp, text, date=DATE), "PROTEST"), text


def test_news_outlet_taken_off_air_is_censorship(nlp):
    for text in ("The Ghanaian government on Friday suspended the private broadcaster for two weeks.",
                 "Officials in Ecuador pulled the BBC World Service off the air last month.",
                 "The Nigerian junta cut off three foreign radio stations in June."):
        assert _of(code_events(nlp, text, date=DATE), "COERCE", "1721"), text


def test_suspended_aid_stays_a_sanction(nlp):
    events = code_events(nlp, "The Ghanaian government suspended aid to Togo.", date=DATE)
    assert _of(events, "SANCTION") and not _of(events, "COERCE", "1721")


def test_renewed_peacekeeping_mandate_is_help(nlp):
    for text in ("The U.N. Security Council renewed the mandate of its peacekeeping mission in Mali for a year.",
                 "The council extended the peacekeeping force in Lebanon until August."):
        assert _of(code_events(nlp, text, date=DATE), "AID", "074"), text


def test_standing_peacekeeping_force_is_no_act(nlp):
    assert not _of(code_events(nlp, "The peacekeeping force in Lebanon said two of its soldiers were hurt.", date=DATE), "AID")

"""Session 16, round 3: trigger words read with their construction on fresh wire news.

Military activity "cut back" is de-escalation, a licence suspended is censorship, people "removed"
from a place are coerced, a sanction one is exempted from is eased, ties a state "has" are
background, a toll told in a disaster report is no assault, and an appeal keeps its "to" clause
across a relative clause set off by commas. Each fix has a near miss that keeps its record.
"""

from __future__ import annotations

from event_helpers import code_events, types_of


def test_cut_back_military_activity_is_no_sanction(nlp):
    events = code_events(nlp, "The ministry said its forces would cut back military operations near the border.")
    assert events and all(e.type in ("AGREE", "RETREAT") for e in events)


def test_cut_aid_stays_a_sanction(nlp):
    assert "SANCTION" in types_of(nlp, "The government cut aid to the northern region.")


def test_suspended_licence_is_censorship(nlp):
    events = code_events(nlp, "The junta suspended the licence of a private television channel on Monday.")
    assert [(e.type, e.cameo) for e in events] == [("COERCE", "1721")]


def test_suspended_talks_stay_a_sanction(nlp):
    assert "SANCTION" in types_of(nlp, "The government suspended talks with the rebels.")


def test_people_removed_from_a_place_are_coerced(nlp):
    assert types_of(nlp, "Riot police removed dozens of protesters from the square.") == {"COERCE"}


def test_removed_restrictions_stay_a_concession(nlp):
    assert types_of(nlp, "The government removed restrictions on fuel imports.") == {"CONCEDE"}


def test_exemption_from_sanctions_eases_them(nlp):
    events = code_events(nlp, "Britain said it would exempt medical supplies from its sanctions on Syria.")
    assert events and all(e.type != "SANCTION" for e in events)
    assert any(e.cameo == "0354" for e in events)


def test_imposed_sanctions_stay(nlp):
    assert "SANCTION" in types_of(nlp, "Washington imposed new sanctions on Iran.")


def test_ties_a_state_has_are_background(nlp):
    text = "Qatar, a small state that has close ties with both Iran and the United States, offered to mediate."
    assert "COOPERATE" not in types_of(nlp, text)


def test_appeal_across_a_relative_clause(nlp):
    text = "The president asked parliament, which his party controls, to extend the state of emergency."
    requests = [e for e in code_events(nlp, text) if e.type == "REQUEST"]
    assert requests and [a.text for a in requests[0].target] == ["parliament"]


def test_question_across_a_relative_clause_is_no_appeal(nlp):
    assert "REQUEST" not in types_of(nlp, "She asked the minister, who had resigned, about the plan.")


def test_disaster_toll_is_no_assault(nlp):
    text = "A strong earthquake hit northern Peru on Sunday. Officials said at least 40 people had been killed."
    assert "ASSAULT" not in types_of(nlp, text)


def test_shooting_after_a_disaster_stays_an_assault(nlp):
    text = ("A strong earthquake hit the region on Sunday. Officials said 12 people were killed when troops "
            "fired on a crowd of survivors.")
    assert "ASSAULT" in types_of(nlp, text)

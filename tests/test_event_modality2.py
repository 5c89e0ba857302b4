"""Acts that are owed, urged or out of reach are not facts; accidents are no attacks.

Each everyday case has a political twin that must still code as something that happened.
"""

from __future__ import annotations

from event_helpers import code_events, events_of


def test_duty_with_must_is_hypothetical(nlp):
    owed = events_of(nlp, "The treaty must be signed by the president before it can take effect.", "SUPPORT")
    assert owed and all(e.hypothetical for e in owed)
    done = events_of(nlp, "The president signed the treaty on Monday.", "SUPPORT")
    assert done and not any(e.hypothetical for e in done)


def test_present_have_to_is_hypothetical_but_past_had_to_is_not(nlp):
    owed = [e for e in code_events(nlp, "The president has to approve the deal.") if e.type in ("AGREE", "SUPPORT")]
    assert owed and all(e.hypothetical for e in owed)
    twin = [e for e in code_events(nlp, "The president approved the deal.") if e.type in ("AGREE", "SUPPORT")]
    assert twin and not any(e.hypothetical for e in twin)


def test_unable_to_negotiate_is_negated(nlp):
    failed = events_of(nlp, "The minister resigned after she was unable to negotiate a trade deal with France.",
                       "CONSULT")
    assert failed and all(e.negated for e in failed)
    held = events_of(nlp, "The minister negotiated a trade deal with France.", "CONSULT")
    assert held and not any(e.negated for e in held)


def test_act_urged_on_allies_is_hypothetical(nlp):
    text = "Washington has been encouraging its allies such as France to restrict the airline's flights."
    urged = [e for e in code_events(nlp, text) if e.trigger.lower().startswith("restrict")]
    assert urged and all(e.hypothetical for e in urged)
    done = [e for e in code_events(nlp, "France restricted the airline's flights.")
            if e.trigger.lower().startswith("restrict")]
    assert done and not any(e.hypothetical for e in done)


def test_plane_crash_is_no_assault_but_raid_is(nlp):
    crash = "At least nine people were killed when a cargo plane crashed near the airport."
    assert not events_of(nlp, crash, "ASSAULT")
    raid = "Rebels killed nine people when they attacked the village."
    assert events_of(nlp, raid, "ASSAULT")


def test_crash_clause_kills_no_one_by_assault(nlp):
    crash = ("At least five people were killed in Italy on Tuesday, when a vintage fighter plane crashed "
             "at Rimini Airport in Miramare, Emilia.")
    assert not events_of(nlp, crash, "ASSAULT")
    raid = "At least five people were killed in Syria on Tuesday, when government jets bombed a market in Idlib."
    assert events_of(nlp, raid, "ASSAULT")


def test_people_forced_to_evacuate_get_no_aid(nlp):
    fled = "The storm flooded towns. It also blocked roads and forced over 20,000 villagers to evacuate."
    assert not events_of(nlp, fled, "AID")
    rescued = "Government troops evacuated 3,000 civilians from the besieged city."
    assert events_of(nlp, rescued, "AID")


def test_assisting_in_work_is_no_aid(nlp):
    assert not events_of(nlp, "The Norwegian engineer assisted in research on ocean currents.", "AID")
    assert events_of(nlp, "Germany assisted in the work of the inspectors.", "AID")
    assert events_of(nlp, "The United States assisted Ukraine with weapons and training.", "AID")

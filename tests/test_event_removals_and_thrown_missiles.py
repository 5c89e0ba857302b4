"""(session 33) A house that removes a person named by a surname the tagger took for a town coerces
that person (CAMEO 172), no concession; flares, petrol bombs and bricks thrown at people or
buildings are attacks (or violent protest when protesters throw them), as stones are; a role
noun as the subject ("Western donors urged") names the doer, no aid of its own. Sentences our own."""

from __future__ import annotations

from event_helpers import code_events, events_of, states_of


def test_removing_a_town_named_president_is_a_removal_from_office(nlp):
    events = events_of(nlp, (
        "LA PAZ (Wire) - Former President Carlos Mendoza of Bolivia spoke on Monday. Bolivia's "
        "Senate removed Mendoza on June 22 by a vote of 30 to 4."), "COERCE")
    assert events and events[0].cameo == "172"
    assert [(a.text, a.code) for a in events[0].target] == [("Mendoza", "BOLELI")]


def test_removing_barriers_stays_a_concession(nlp):
    events = code_events(nlp, "QUITO (Wire) - The army removed roadblocks on the main highway on Monday.")
    assert not any(e.type == "COERCE" and e.cameo == "172" for e in events)


def test_protesters_throwing_flares_at_an_embassy_protest_violently(nlp):
    events = events_of(nlp, "ZAGREB (Wire) - A small group of protesters threw flares at Slovenia's "
                            "embassy in Zagreb on Friday.", "PROTEST")
    assert events and events[0].cameo == "145" and "SVN" in states_of(events[0].target)


def test_soldiers_hurling_bricks_attack(nlp):
    events = events_of(nlp, "PRISTINA (Wire) - Serbian soldiers hurled bricks at Kosovo police officers "
                            "on Friday.", "ASSAULT")
    assert events and "SRB" in states_of(events[0].source) and "XKX" in states_of(events[0].target)


def test_throwing_ones_weight_behind_a_plan_stays_support(nlp):
    assert events_of(nlp, "ZAGREB (Wire) - The Croatian minister threw his weight behind the plan on Friday.",
                     "SUPPORT")
    assert not events_of(nlp, "ZAGREB (Wire) - The Croatian minister threw his weight behind the plan on Friday.",
                         "ASSAULT")


def test_donors_as_the_subject_are_no_aid_of_their_own(nlp):
    events = code_events(nlp, "LILONGWE (Wire) - Western donors urged all sides on Monday to respect the ruling.")
    assert [e.type for e in events] == ["REQUEST"]
    assert "WST" in states_of(events[0].source)

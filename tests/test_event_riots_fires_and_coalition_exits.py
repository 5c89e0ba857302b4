"""Session 28 (V), events the coder missed on blind batch AB: a car or building "set on fire", "set
alight" or "set ablaze" is destroyed as "set fire to" is (a riot when a protesting crowd does it, and
tyres set alight are a riot); a verb conjoined to a crowd's act shares the crowd as subject
("protesters threw stones and torched two cars"), as a passive's "by" agent does, but riot gear fired
stays the police's and a person beaten stays assaulted; an arson with no doer named makes no record;
a party that quits or leaves a coalition withdraws from it (SANCTION 160); a state that halts flights
of another party or to a foreign place cuts a tie (SANCTION), an airline halting its own stays
routine. Our own sentences, each with a near miss."""

from __future__ import annotations

from event_helpers import code_events


def _on(nlp, text: str, trigger: str) -> list[tuple[str, str | None]]:
    """(type, CAMEO) of the events on ``trigger`` in ``text``."""
    return [(e.type, e.cameo) for e in code_events(nlp, text) if e.trigger == trigger]


def test_set_on_fire_by_a_crowd_is_a_riot(nlp):
    assert _on(nlp, "Demonstrators set two buses on fire in the capital.", "set") == [("PROTEST", "145")]


def test_set_alight_and_ablaze_by_rioters_are_riots(nlp):
    assert _on(nlp, "Rioters set a police station ablaze.", "set") == [("PROTEST", "145")]
    assert _on(nlp, "Demonstrators set a bus alight.", "set") == [("PROTEST", "145")]


def test_set_on_fire_by_soldiers_is_destruction(nlp):
    assert _on(nlp, "Soldiers set the village on fire.", "set") == [("ASSAULT", "1712")]


def test_setting_a_date_is_no_fire(nlp):
    assert not _on(nlp, "The committee set a date for the vote.", "set")


def test_conjoined_verb_shares_the_crowds_subject(nlp):
    events = code_events(nlp, "Demonstrators threw stones and torched two cars near the university.")
    assert {(e.type, e.cameo) for e in events} == {("PROTEST", "145")}


def test_tear_gas_misread_onto_a_crowd_is_no_riot(nlp):
    events = code_events(nlp, "Protesters gathered outside parliament and police fired tear gas.")
    assert not [e for e in events if e.trigger == "fired" and e.type == "PROTEST"]


def test_party_quitting_the_coalition_withdraws(nlp):
    events = [e for e in code_events(nlp, "The Liberal Party quit the coalition on Sunday.") if e.trigger == "quit"]
    assert [(e.type, e.cameo) for e in events] == [("SANCTION", "160")]
    assert "the liberal party" in {a.text.lower() for a in events[0].source}


def test_leaving_the_country_is_no_coalition_exit(nlp):
    assert not [e for e in code_events(nlp, "The opposition leader left the country on Sunday.")
                if e.type == "SANCTION"]


def test_state_halting_foreign_flights_is_a_sanction(nlp):
    events = [e for e in code_events(nlp, "Moscow suspended flights to Georgia.") if e.trigger == "suspended"]
    assert [(e.type, e.cameo) for e in events] == [("SANCTION", "160")]
    assert "georgia" in {a.text.lower() for a in events[0].target}


def test_airline_halting_flights_stays_routine(nlp):
    assert not _on(nlp, "The carrier suspended flights to Paris because of the storm.", "suspended")
    assert not _on(nlp, "Flights were suspended at Paris airport.", "suspended")


def test_state_prompted_to_halt_an_airlines_flights_sanctions(nlp):
    text = "The rebels seized the town, prompting Ankara to suspend flights by state carrier Aeroflot."
    assert _on(nlp, text, "suspend") == [("SANCTION", "160")]


def test_building_set_on_fire_by_protesters_is_a_riot(nlp):
    text = "The offices of the state broadcaster were set on fire by protesters."
    assert _on(nlp, text, "set") == [("PROTEST", "145")]


def test_building_set_on_fire_by_soldiers_stays_destruction(nlp):
    assert _on(nlp, "The headquarters was set on fire by soldiers.", "set") == [("ASSAULT", "1712")]


def test_tyres_set_alight_are_a_riot(nlp):
    assert _on(nlp, "Young men set tyres alight across the road.", "set") == [("PROTEST", "145")]


def test_person_beaten_by_protesters_stays_an_assault(nlp):
    text = "A young woman was beaten by protesters outside the office."
    assert _on(nlp, text, "beaten") == [("ASSAULT", "182")]


def test_building_set_on_fire_by_no_one_named_is_no_record(nlp):
    assert not _on(nlp, "Warehouses were set on fire in the port city last week.", "set")


def test_crowd_after_a_dateline_still_riots(nlp):
    text = ("LIMA, May 3 (Wire) - Protesters forced their way into the regional assembly on Monday and "
            "set part of the building on fire.")
    assert ("PROTEST", "145") in _on(nlp, text, "set")


def _parties(nlp, text: str, trigger: str) -> list[tuple[str, str | None, list[str | None]]]:
    return [(e.type, e.cameo, [a.code for a in e.source]) for e in code_events(nlp, text) if e.trigger == trigger]


def test_arson_with_no_doer_in_a_protest_passage_is_the_crowds_riot(nlp):
    # (session 32) the crowd of the sentence before is the doer, in a clause of its own or not
    text = ("Angry students marched on the ministry in Quito on Tuesday. The protests turned violent at "
            "night, when two banks were set ablaze.")
    assert _parties(nlp, text, "set") == [("PROTEST", "145", ["ECUEDU"])]
    text = ("Thousands of demonstrators gathered in Lusaka on Sunday. Police arrested dozens of people in "
            "Lusaka, where cars were set alight near the market.")
    got = _parties(nlp, text, "set")
    assert got and got[0][:2] == ("PROTEST", "145") and got[0][2] and got[0][2][0].startswith("ZMB")


def test_arson_with_no_doer_outside_a_protest_passage_or_as_background_is_no_record(nlp):
    text = "Fighting raged in the north. Two schools were set on fire in the province on Monday."
    assert not _parties(nlp, text, "set")
    text = ("Protesters clashed with police in Lusaka on Sunday. The railway stayed shut on Monday after "
            "stations were set on fire.")
    assert not _parties(nlp, text, "set")


def test_a_person_burned_in_a_riot_is_no_riot_record(nlp):
    text = "Protesters blocked roads in Lima on Friday. A police officer was burned to death in his car."
    assert all(t != "PROTEST" for t, _, _ in _parties(nlp, text, "burned"))


def test_a_crowds_own_riot_covers_the_passive_deeds_of_its_sentence(nlp):
    text = "Rioters set up barricades in Nairobi, and shops were set on fire."
    assert not _parties(nlp, text, "set")[1:]

"""Forcing a crowd apart is repression (CAMEO 175), not an assault; not ruling something out
refuses nothing; being ready to strike is a threat, being ready to talk an intent. All texts
are our own, read through the whole pipeline."""

from event_helpers import code_events, events_of, states_of


def _codes(actors) -> set[str]:
    return {a.code or "" for a in actors}


def test_tear_gas_to_break_up_a_protest_is_repression(nlp):
    # PLOVER puts crowd control (tear gas, water cannon) under ASSAULT, as CAMEO 175 maps there
    events = code_events(nlp, "Kenyan police fired tear gas to break up a march in Mombasa.")
    assault = [e for e in events if e.type == "ASSAULT"]
    assert [e.cameo for e in assault] == ["175"]
    assert any(c.endswith("COP") for c in _codes(assault[0].source))
    assert not [e for e in events if e.type == "COERCE"]
    for e in events:
        if e.type == "PROTEST":
            assert not any(c.endswith("COP") for c in _codes(e.source))


def test_shooting_that_kills_protesters_stays_an_assault(nlp):
    events = code_events(nlp, "Ugandan soldiers fired on marchers in Kampala, killing six.")
    assert any(e.type == "ASSAULT" and e.cameo.startswith("19") for e in events)
    assert not any(e.cameo == "175" for e in events)


def test_rubber_bullets_at_demonstrators(nlp):
    assault = events_of(nlp, "Riot police fired rubber bullets at demonstrators in Lima.", "ASSAULT")
    assert assault and assault[0].cameo == "175"
    assert states_of(assault[0].source) == {"PER"}


def test_dispersing_protests_gives_the_protest_no_army_source(nlp):
    events = code_events(nlp, "The army dispersed sit-ins in Bamako.")
    assault = [e for e in events if e.type == "ASSAULT"]
    assert assault and assault[0].cameo == "175"
    assert any(c.endswith("MIL") for c in _codes(assault[0].source))
    for e in events:
        if e.type == "PROTEST":
            assert not any(c.endswith("MIL") for c in _codes(e.source))


def test_breaking_up_a_firm_or_quelling_fears_is_no_repression(nlp):
    assert not events_of(nlp, "The French regulator broke up the bank.", "COERCE")
    assert not events_of(nlp, "The Canadian minister sought to quell fears over the budget.", "COERCE")


def test_not_ruling_out_keeps_an_option_open(nlp):
    assert not events_of(nlp, "Brazilian police have not ruled out arson.", "REJECT")
    assert not events_of(nlp, "The Spanish premier did not rule out an early election.", "REJECT")


def test_ruling_out_is_still_a_rejection(nlp):
    reject = events_of(nlp, "Greece ruled out talks with Turkey.", "REJECT")
    assert reject and states_of(reject[0].source) == {"GRC"}


def test_prepared_to_strike_is_a_threat(nlp):
    events = code_events(nlp, "Pakistan said it was prepared to attack India.")
    assert not [e for e in events if e.type == "AGREE"]
    threat = [e for e in events if e.type == "THREATEN"]
    assert threat and states_of(threat[0].source) == {"PAK"} and states_of(threat[0].target) == {"IND"}


def test_prepared_to_help_stays_an_intent(nlp):
    agree = events_of(nlp, "Norway said it was prepared to help Sudan.", "AGREE")
    assert agree and states_of(agree[0].target) == {"SDN"}

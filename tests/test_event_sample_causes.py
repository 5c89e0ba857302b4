"""General causes behind wrong events in our sample articles: the deed in an accusation's "of"
phrase, a demand that someone answer for an act, a "strike" that is a blow, and one state on both
sides of a record. Texts are our own; each rule has a counter-case."""

from event_helpers import code_events, states_of


def _of(events, kind: str, word: str):
    return [e for e in events if e.type == kind and e.trigger.lower().startswith(word)]


def test_deed_in_accusation_is_not_the_accusers(nlp):
    text = "Poland and Lithuania accused Belarus of ordering the bombing of the border post."
    for event in code_events(nlp, text):
        if event.type == "ASSAULT":
            assert not states_of(event.source) & {"POL", "LTU"}


def test_ordering_a_bombing_stays_the_doers(nlp):
    text = "Belarus ordered the bombing of the border post in Lithuania."
    assaults = [e for e in code_events(nlp, text) if e.type == "ASSAULT"]
    assert assaults and states_of(assaults[0].source) == {"BLR"}


def test_must_answer_for_an_act_is_a_demand_on_the_subject(nlp):
    text = "\u201cRussia must answer for this attack on civilians,\u201d Ukraine said on Monday."
    requests = [e for e in code_events(nlp, text) if e.type == "REQUEST"]
    assert requests
    assert states_of(requests[0].source) == {"UKR"} and states_of(requests[0].target) == {"RUS"}
    assert requests[0].cameo == "100"


def test_must_do_an_act_keeps_its_own_code(nlp):
    text = "\u201cRussia must hold talks with Ukraine,\u201d France said on Monday."
    requests = [e for e in code_events(nlp, text) if e.type == "REQUEST"]
    assert requests and requests[0].cameo != "100"
    assert states_of(requests[0].target) == {"RUS"}


def test_strikes_after_bombing_are_blows(nlp):
    text = "Israeli jets bombed a base in Syria on Monday. Oil prices rose after the strikes on the base."
    types = {e.type for e in code_events(nlp, text) if e.trigger.lower().startswith("strike")}
    assert "PROTEST" not in types


def test_strikes_on_a_place_are_blows(nlp):
    events = code_events(nlp, "Israel launched strikes on Gaza overnight.")
    assert _of(events, "ASSAULT", "strike") and not _of(events, "PROTEST", "strike")


def test_a_union_strike_stays_a_walkout(nlp):
    events = code_events(nlp, "Unions in France called a national strike on Monday.")
    assert _of(events, "PROTEST", "strike") and not _of(events, "ASSAULT", "strike")


def test_same_state_is_not_on_both_sides(nlp):
    text = "Russian and Ukrainian officials agreed on a deal for the transit of Russian gas through Ukraine."
    for event in code_events(nlp, text):
        assert not ({a.code for a in event.source if a.code} & {a.code for a in event.target if a.code})


def test_a_state_may_act_on_its_own_people(nlp):
    events = code_events(nlp, "The Syrian army shelled Syrian rebels near Idlib.")
    assaults = [e for e in events if e.type == "ASSAULT"]
    assert assaults and states_of(assaults[0].source) == {"SYR"} and states_of(assaults[0].target) == {"SYR"}

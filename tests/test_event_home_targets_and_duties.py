"""The home state a protest is aimed at, police cordons, duties shared by coordinated verbs and
joining a treaty. All texts are our own, read through the whole pipeline."""

from event_helpers import code_events, events_of


def _one(events, kind: str):
    found = [e for e in events if e.type == kind]
    assert len(found) == 1, f"expected one {kind}: {events}"
    return found[0]


def _home(event):
    """The state-only target a protest falls back on (no sector)."""
    homes = [a for a in event.target if a.sector is None]
    assert homes, f"no home-state target: {event.target}"
    return homes[0]


def test_home_target_spans_the_place_the_protest_fills(nlp):
    text = "Nigerian students protested in the capital on Tuesday."
    event = _one(code_events(nlp, text), "PROTEST")
    home = _home(event)
    assert home.code == "NGA"
    assert text[home.start:home.end] == "the capital"
    assert all(home.start >= a.end or home.end <= a.start for a in event.source)


def test_home_target_of_a_swept_place(nlp):
    text = "Protests by Kenyan teachers rocked the streets on Monday."
    home = _home(_one(code_events(nlp, text), "PROTEST"))
    assert home.code == "KEN"
    assert text[home.start:home.end] == "the streets"


def test_home_target_without_a_place_has_no_span_of_its_own(nlp):
    # "in solidarity" is a manner, not a place; the stand-in state is pinned at the trigger
    # with an empty span: the trigger names the act, not whom it is aimed at
    text = "Nigerian students protested in solidarity on Tuesday."
    event = _one(code_events(nlp, text), "PROTEST")
    home = _home(event)
    assert home.start == home.end == event.start
    assert "students" not in home.text


def test_police_blocking_off_a_street_is_a_cordon(nlp):
    text = "The street in Paris was blocked off by police after the shooting."
    assert not events_of(nlp, text, "PROTEST")


def test_farmers_blocking_off_a_motorway_still_protest(nlp):
    text = "French farmers blocked off the motorway with tractors."
    event = _one(code_events(nlp, text), "PROTEST")
    assert {a.code for a in event.source} == {"FRAAGR"}


def test_duty_reaches_the_coordinated_verb(nlp):
    text = "The senator said the government should ensure security and provide shelter to the refugees."
    events = [e for e in code_events(nlp, text) if text[e.start:e.end] == "provide"]
    assert events and events[0].type == "REQUEST"
    assert any(a.text == "the government" for a in events[0].target)
    assert not any(a.text == "the government" for a in events[0].source)


def test_a_conjunct_with_its_own_subject_keeps_its_own_mood(nlp):
    text = "The senator said the government should ensure security and the army will provide shelter to the refugees."
    events = [e for e in code_events(nlp, text) if text[e.start:e.end] == "provide"]
    assert events and events[0].type != "REQUEST"


def test_acceding_to_a_treaty_is_joining_it(nlp):
    event = _one(code_events(nlp, "Ukraine acceded to the treaty in 1994."), "SUPPORT")
    assert event.cameo == "057"
    assert {a.code for a in event.source} == {"UKR"}


def test_acceding_to_demands_is_still_giving_in(nlp):
    text = "The Kenyan government acceded to the demands of the striking doctors."
    events = code_events(nlp, text)
    assert any(e.type == "CONCEDE" for e in events)
    assert not any(e.type == "SUPPORT" for e in events)

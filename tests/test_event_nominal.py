"""Who does an act a noun names (``event_nominal``), session 33 (helper g): the name "called" on
another act. Sentences our own."""

from __future__ import annotations

from event_helpers import code_events


def test_caller_of_a_name_is_not_its_doer(nlp):
    text = ("Mali's president resigned on Tuesday, ending weeks of protests that the African Union and West "
            "African neighbours called an unconstitutional seizure of power.")
    events = code_events(nlp, text)
    assert not [e for e in events if e.trigger == "seizure"]
    assert [e for e in events if e.trigger == "resigned"]
    assert not [e for e in code_events(nlp, "Peru's opposition called the vote a seizure of power.")
                if e.trigger == "seizure"]


def test_plain_call_off_is_still_read(nlp):
    assert [e for e in code_events(nlp, "The Kenyan army called off the offensive on Monday.") if e.trigger == "called"]

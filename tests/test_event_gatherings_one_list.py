"""Session 34 (helper t): the meeting nouns are one list (event_words.tsv "meetings"), read both
where a dispersing force breaks a gathering up (event_senses.no_crowd) and where a gathering is
called (event_senses.called_gathering); every meeting noun now serves both rules (all sentences
our own)."""

import pytest

from event_helpers import code_events as _events, events_of as _of


@pytest.mark.parametrize("noun", ["seminar", "session", "convention"])
def test_any_meeting_called_is_a_gathering_of_its_callers(nlp, noun):
    """Once only "meeting", "conference" and "congress" of the meetings were callable."""
    text = f"Police broke up a {noun} that Zimbabwe's opposition party had called in Harare."
    broke = [e for e in _events(nlp, text) if e.trigger == "broke"]
    assert broke and any((a.code or "").endswith("OPP") for a in broke[0].target)


def test_aim_of_a_broken_up_seminar_did_not_happen(nlp):
    text = "Police broke up a seminar that Kenya's opposition party had called to denounce the new tax."
    assert not _of(nlp, text, "ACCUSE")


@pytest.mark.parametrize("verb", ["broke up", "dispersed"])
def test_briefing_broken_up_by_police_is_repression(nlp, verb):
    """Once a briefing could be called but not repressed: it was no meeting to no_crowd."""
    text = f"Kenyan police {verb} a briefing that opposition leaders had called in Nairobi."
    assert any(e.cameo == "175" for e in _of(nlp, text, "ASSAULT"))

"""Session 15, precision on real news: habits, background practice, legal rules, wishes told in
reported speech, acts not done, criticism in a comment's manner, and private people's remarks.
Each case pairs a sentence that must lose a false record with a close one that keeps a real one
(sentences of our own)."""

from __future__ import annotations

from dyads.model import Article, Event
from dyads.pipeline import annotate_doc

from event_helpers import code_events, events_of


def _statements(nlp, text: str) -> list[Event]:
    """The CAMEO 01 statements of ``text`` read as one article."""
    return annotate_doc(Article(id="t", text=text, date="2021-03-04"), nlp(text)).statements


def _one(nlp, text: str, kind: str) -> Event:
    found = events_of(nlp, text, kind)
    assert len(found) == 1, [(e.trigger, e.type) for e in code_events(nlp, text)]
    return found[0]


def test_present_habit_is_no_event(nlp):
    assert not events_of(nlp, "UN observers regularly patrol the buffer zone between the two armies.", "MOBILIZE")
    assert events_of(nlp, "UN observers patrolled the buffer zone between the two armies on Tuesday.", "MOBILIZE")


def test_practice_in_a_relative_clause_is_background(nlp):
    assert not events_of(nlp, "Qatar, which bans alcohol in public, hosted the talks.", "COERCE")
    assert events_of(nlp, "Qatar banned alcohol in public places on Friday.", "COERCE")


def test_routine_work_on_a_class_is_no_event(nlp):
    assert not events_of(nlp, "The commission investigates complaints against police officers.", "ACCUSE")
    assert events_of(nlp, "The commission investigated complaints against two police officers on Monday.",
                     "ACCUSE")


def test_what_a_law_bars_or_empowers_is_a_rule(nlp):
    assert not events_of(nlp, "The law forbids police from detaining minors.", "COERCE")
    assert events_of(nlp, "Police detained two minors in the capital on Friday.", "COERCE")
    assert not events_of(nlp, "The constitution gives the parliament the power to impeach the president.",
                         "ACCUSE")
    assert events_of(nlp, "The parliament voted to impeach the president on Monday.", "ACCUSE")


def test_a_wish_told_in_reported_speech_is_no_promise(nlp):
    wished = _one(nlp, "The president wrote on Twitter that he wished China would release the two Canadians.",
                  "RETREAT")
    assert wished.hypothetical and not wished.future
    promised = _one(nlp, "The president wrote on Twitter that China would release the two Canadians.", "AGREE")
    assert promised.future


def test_stopped_short_of_and_yet_to_deny_the_act(nlp):
    assert _one(nlp, "The government stopped short of announcing sanctions against Russia.", "SANCTION").negated
    assert not _one(nlp, "The government announced sanctions against Russia.", "SANCTION").negated
    assert _one(nlp, "The ministry has yet to announce sanctions against Russia.", "SANCTION").negated


def test_a_harsh_comment_is_criticism(nlp):
    text = "The foreign minister commented sharply on the ruling."
    assert events_of(nlp, text, "ACCUSE") and not _statements(nlp, text)
    plain = "The foreign minister commented on the ruling."
    assert not code_events(nlp, plain) and [s.cameo for s in _statements(nlp, plain)] == ["010"]
    assert events_of(nlp, "The opposition called the election a farce.", "ACCUSE")


def test_a_private_persons_feelings_are_no_statement(nlp):
    assert not _statements(nlp, "The singer expressed hope that her fans would vote in the election.")
    assert [s.cameo for s in _statements(nlp, "The governor expressed hope that voters would turn out "
                                              "in the election.")] == ["013"]


def test_the_outlet_told_is_no_speaker(nlp):
    told = ('The BBC asked Boeing about the crash on Monday. Boeing did not release any details about the jet, '
            'telling the BBC the company "extends its profound condolences to the families of those lost[...] '
            'as well as our best wishes for the recovery of those injured."')
    assert [[a.text for a in s.source] for s in _statements(nlp, told)] == [["Boeing"]]
    own = "The BBC expressed its condolences to the families of the victims."
    assert [[a.text for a in s.source] for s in _statements(nlp, own)] == [["BBC"]]

"""Session 16, round 3: false events and flags found on fresh news (our own sentences).

A denial of one's part or of a claim just told is a statement (016), not a refusal; a vote told as
held decides its act; a hostile act someone watches for or expects is a forecast, no event; a deed
named by its date as what an inquiry looks into was told before; a past clause under a promise
keeps its own tense; a meeting proposed is not yet held."""

from __future__ import annotations

from event_helpers import code_events

from dyads.model import Article
from dyads.pipeline import annotate_doc


def _statements(nlp, text: str):
    """The statement records of ``text`` read as one article."""
    return annotate_doc(Article(id="t", text=text, date="2021-03-04"), nlp(text)).statements


def _of(nlp, text: str, kind: str):
    return [e for e in code_events(nlp, text) if e.type == kind]


def test_a_denied_part_is_a_statement_not_a_refusal(nlp):
    for text in ("The mayor denies any role in the bribery scheme.",
                 "The ministry denied any link to the smuggling ring."):
        assert not _of(nlp, text, "REJECT"), text
        assert [s for s in _statements(nlp, text) if s.cameo == "016"], text


def test_rejecting_a_claim_told_just_before_is_no_refusal(nlp):
    text = "The report says the army shelled the market. The army rejects that."
    assert not _of(nlp, text, "REJECT")


def test_rejecting_a_demand_told_just_before_stays_a_refusal(nlp):
    text = "The EU said Russia should withdraw its troops. Moscow rejected that."
    assert _of(nlp, text, "REJECT")


def test_a_vote_held_decides_the_act(nlp):
    for text, kind in (("Jurors voted to convict the former mayor.", "ACCUSE"),
                       ("The EU voted to impose tariffs on steel made in Turkey.", "SANCTION")):
        events = _of(nlp, text, kind)
        assert events and not any(e.hypothetical for e in events), text


def test_a_vote_to_come_or_under_a_condition_stays_hypothetical(nlp):
    text = "Senators will vote to convict the former governor next week."
    events = _of(nlp, text, "ACCUSE")
    assert events and all(e.hypothetical for e in events), text
    # (session 22) what sits in an if-clause is no act of its own: no record, not even a hypothetical
    assert not _of(nlp, "If lawmakers voted to impose sanctions on Iran, Tehran would retaliate.", "SANCTION")


def test_a_hostile_act_watched_for_or_expected_is_no_event(nlp):
    for text in ('"Everyone should watch for a large offensive against the east," the spokesman said.',
                 "Analysts expect a new assault on the port city within weeks."):
        events = code_events(nlp, text)
        assert not [e for e in events if e.type in ("ASSAULT", "THREATEN", "FIGHT")], text


def test_an_offensive_launched_stays_an_event(nlp):
    assert _of(nlp, "Rebels launched a major offensive against the capital on Monday.", "ASSAULT")


def test_a_dated_deed_under_inquiry_is_no_new_event(nlp):
    text = "Prosecutors are leading inquiries into the May 2 riots in the capital."
    assert not _of(nlp, text, "PROTEST")


def test_a_past_clause_under_a_promise_keeps_its_tense(nlp):
    text = "Moscow said it would respond after Germany expelled twenty Russian diplomats."
    expelled = [e for e in code_events(nlp, text) if e.trigger == "expelled"]
    assert expelled and not expelled[0].future


def test_the_promised_act_stays_future(nlp):
    text = "Moscow said it would expel German diplomats to punish Berlin."
    expel = [e for e in code_events(nlp, text) if e.trigger == "expel"]
    assert expel and expel[0].future


def test_a_deed_denied_by_its_doer_is_a_statement_and_no_deed(nlp):
    for text in ("Caracas denies sending weapons to the guerrillas.",
                 "The governor denied having any part in the land deal."):
        events = code_events(nlp, text)
        assert not [e for e in events if e.type in ("REJECT", "AID", "MOBILIZE")], text
        assert [s for s in _statements(nlp, text) if s.cameo == "016"], text


def test_a_right_denied_stays_a_refusal(nlp):
    text = "The government denied the opposition permission to march."
    assert _of(nlp, text, "REJECT")


def test_a_meeting_proposed_is_not_yet_held(nlp):
    for text in ("Norway proposed to hold a summit between the rival leaders in Oslo.",
                 "France proposed holding talks with Iran next month."):
        talks = _of(nlp, text, "CONSULT")
        assert talks and all(e.hypothetical for e in talks), text


def test_a_meeting_held_stays_a_meeting(nlp):
    talks = _of(nlp, "Norway held a summit between the rival leaders in Oslo.", "CONSULT")
    assert talks and not any(e.hypothetical for e in talks)

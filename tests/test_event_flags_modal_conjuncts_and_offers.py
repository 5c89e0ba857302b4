"""Flags and speech on the Q articles (session 17 round 4, helper Y2): a past-tense verb joined to a
modal one ("would never resign and asked ...") keeps neither its modal nor its negation; "at least N
members must agree" is a rule of procedure; ", charges X has denied" after a clause is a denial
(016) and leaves the clause a told deed; "offered to" is a promise (future); a speaker's own act
beside the speech verb ("said, praising ...", "said ... and urged ...") has the speaker as source.
Each fix has a near miss that must keep its record. Sentences are our own.
"""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate_doc
from event_helpers import code_events, states_of


def _coded(nlp, text: str) -> Article:
    return annotate_doc(Article(id="t", text=text, date="2024-05-10"), nlp(text))


def _of(events, trigger: str):
    found = [e for e in events if e.trigger == trigger]
    assert found, [(e.type, e.trigger) for e in events]
    return found[0]


def test_past_conjunct_keeps_no_modal_or_negation(nlp):
    text = "In a radio speech, the governor said he would never resign and asked the police to protect the ballot boxes."
    ev = _of(code_events(nlp, text), "asked")
    assert not ev.negated and not ev.future, ev
    # near miss: a bare conjunct under the same modal shares it
    text = "In a radio speech, the governor said he would never resign or ask the police to protect the ballot boxes."
    evs = [e for e in code_events(nlp, text) if e.trigger == "ask"]
    assert all(e.negated for e in evs), evs


def test_minimum_count_that_must_agree_is_a_rule(nlp):
    text = "The tribunal has 90 days to rule, and at least five judges must agree for the mayor to be dismissed."
    assert not [e for e in code_events(nlp, text) if e.trigger == "agree"]
    # near miss: a body that agreed to something is an act
    text = "Five judges agreed to hear the appeal of the dismissed mayor."
    assert _of(code_events(nlp, text), "agreed").type == "AGREE"


def test_charges_denied_after_a_clause(nlp):
    text = ("The two kingdoms cut trade with Oman in March 2015, accusing it of sheltering rebels and of being "
            "too friendly to Tehran, charges Muscat has always denied.")
    art = _coded(nlp, text)
    assert not [e for e in art.events if e.trigger == "denied"], art.events
    assert any(s.cameo == "016" and s.trigger == "denied" for s in art.statements), art.statements
    cut = [e for e in art.events if e.trigger == "cut"]
    assert cut and all(not e.hypothetical for e in cut), cut
    # near miss: a real charge with its own subject keeps the alleged deed as a claim
    text = "Prosecutors charge that the colonel arrested the reporters without a warrant."
    evs = [e for e in code_events(nlp, text) if e.trigger == "arrested"]
    assert all(e.hypothetical for e in evs), evs


def test_offered_to_is_a_promise(nlp):
    text = "Japan, which took part as a guest, offered to extend student visa programmes for Filipinos."
    ev = _of(code_events(nlp, text), "offered")
    assert ev.future, ev
    # near miss: an offer of a thing, with no act to come, keeps its record
    ev = _of(code_events(nlp, "Norway offered shelter to the refugees from Sudan."), "offered")
    assert ev.type == "AGREE" and not ev.future, ev


def test_speaker_praising_is_the_source(nlp):
    text = '"This accord protects our farmers," the Chilean foreign minister said, praising mediation by Brazil.'
    ev = _of(code_events(nlp, text), "praising")
    assert states_of(ev.source) == {"CHL"} and ev.reported_by is None, ev
    # near miss: an act inside the quoted clause stays reported
    text = "The Chilean foreign minister said Brazil praised the accord."
    evs = [e for e in code_events(nlp, text) if e.trigger == "praised"]
    assert all(e.reported_by is not None for e in evs), evs


def test_speaker_urging_after_reported_clause(nlp):
    text = ("German Ambassador Anna Weber said the mission remained vital to peace in the region and urged "
            "the leaders of Kosovo to return to talks.")
    ev = _of(code_events(nlp, text), "urged")
    assert states_of(ev.source) == {"DEU"} and ev.reported_by is None, ev

"""A stance or act stated outright in the main clause outlives an unsure "nothing here" verdict of
the classifier, while events in side clauses and present-tense rules still go."""

from __future__ import annotations

import numpy as np
import pytest

from dyads.classify import use_classifier
from dyads.event_confidence import SURE_NEUTRAL, reweigh_events
from dyads.model import Actor, Event


def _kept(doc, events, neutral: float) -> list[Event]:
    with use_classifier(FlatClassifier(neutral)):
        return reweigh_events(doc, events)


class FlatClassifier:
    """Rates every sentence with the same probabilities."""

    def __init__(self, neutral: float):
        rest = (1.0 - neutral) / 4
        self.row = [neutral, rest, rest, rest, rest]

    def predict_proba(self, texts):
        return np.array([self.row for _ in texts])


def _event(doc, word: str, typ: str, cameo: str, confidence: float, source: str | None = "CHL") -> Event:
    tok = next(t for t in doc if t.text == word)
    src = [Actor(0, 5, "Chile", country=source, kind="country", sentence=0)] if source else []
    return Event(tok.idx, tok.idx + len(tok), tok.text, typ, 0, source=src, cameo=cameo, confidence=confidence)


def test_a_voiced_stance_survives_an_unsure_verdict(nlp):
    doc = nlp("The Andean bloc voiced solidarity with Chile after the floods.")
    ev = _event(doc, "solidarity", "SUPPORT", "050", 0.55)
    assert _kept(doc, [ev], 0.62) == [ev]


def test_a_voiced_stance_goes_when_the_verdict_is_sure(nlp):
    doc = nlp("The Andean bloc voiced solidarity with Chile after the floods.")
    ev = _event(doc, "solidarity", "SUPPORT", "050", 0.55)
    assert _kept(doc, [ev], SURE_NEUTRAL + 0.05) == []


@pytest.mark.parametrize("text, word, typ, cameo", [
    ("Chile has reneged on its promise to hold a vote on the border.", "reneged", "REJECT", "120"),
    ("Santiago charged that Bolivian agents had sabotaged the pipeline.", "charged", "ACCUSE", "1121"),
])
def test_a_confident_past_main_verb_survives(nlp, text, word, typ, cameo):
    doc = nlp(text)
    ev = _event(doc, word, typ, cameo, 0.8)
    assert _kept(doc, [ev], 0.6) == [ev]


def test_a_main_verb_needs_confidence_and_a_source(nlp):
    doc = nlp("Chile has reneged on its promise to hold a vote on the border.")
    assert _kept(doc, [_event(doc, "reneged", "REJECT", "120", 0.5)], 0.6) == []
    assert _kept(doc, [_event(doc, "reneged", "REJECT", "120", 0.8, source=None)], 0.6) == []


def test_a_rule_in_the_present_tense_is_no_act(nlp):
    doc = nlp("Under the charter, the senate impeaches the governor and the court rules.")
    assert _kept(doc, [_event(doc, "impeaches", "ACCUSE", "1121", 0.85)], 0.6) == []


def test_an_event_in_a_side_clause_still_goes(nlp):
    doc = nlp("Officials said talks with Chile could resume next month.")
    assert _kept(doc, [_event(doc, "talks", "CONSULT", "046", 0.8)], 0.6) == []


@pytest.mark.parametrize("text, word, typ, cameo", [
    ("The minister said he had cancelled his visit to Lima planned for Friday.", "cancelled", "SANCTION", "160"),
    ("State radio said soldiers had dispersed the marchers with batons.", "dispersed", "ASSAULT", "175"),
])
def test_a_past_perfect_deed_after_a_past_speech_verb_survives(nlp, text, word, typ, cameo):
    # (session 32) "said he had cancelled": the backshifted past of the speaker's "I cancelled"
    doc = nlp(text)
    ev = _event(doc, word, typ, cameo, 0.8)
    assert _kept(doc, [ev], 0.6) == [ev]


def test_a_past_perfect_passive_or_denial_is_not_a_told_deed(nlp):
    doc = nlp("The envoy said he had been expelled without notice.")
    assert _kept(doc, [_event(doc, "expelled", "SANCTION", "166", 0.8)], 0.6) == []
    doc = nlp("The ministry denied that troops had dispersed the marchers.")
    assert _kept(doc, [_event(doc, "dispersed", "ASSAULT", "175", 0.8)], 0.6) == []


def _coded(doc, word: str, typ: str, cameo: str) -> Event:
    ev = _event(doc, word, typ, cameo, 0.6)
    ev.source[0].code = "CHLOPP"
    return ev


def test_a_deed_that_dates_the_main_clause_survives(nlp):
    # (session 32) "The ceremony came three days after X did Y": Y is told as fact
    doc = nlp("The parade came three days after Chile's opposition filed a motion against the minister, "
              "accusing him of corruption.")
    for word, typ, cameo in (("motion", "REQUEST", "1041"), ("accusing", "ACCUSE", "112")):
        ev = _coded(doc, word, typ, cameo)
        assert _kept(doc, [ev], 0.6) == [ev]


def test_a_deed_that_names_the_day_of_the_main_clause_survives(nlp):
    # (session 32) "came on the same day that X declared Y": a time clause, however it is parsed
    doc = nlp("The statement came on the same day that Chile's opposition declared a state of emergency in the party.")
    ev = _coded(doc, "emergency", "COERCE", "1724")
    assert _kept(doc, [ev], 0.6) == [ev]
    doc = nlp("The statement came as a surprise to analysts, who said that Chile's opposition declared a state of emergency.")
    assert _kept(doc, [_coded(doc, "emergency", "COERCE", "1724")], 0.6) == []


def test_a_deed_in_a_clause_of_its_own_verb_still_goes(nlp):
    doc = nlp("The parade went ahead after Chile's opposition filed a motion against the minister.")
    assert _kept(doc, [_coded(doc, "motion", "REQUEST", "1041")], 0.6) == []


def _future(doc, word: str, typ: str, cameo: str) -> Event:
    ev = _coded(doc, word, typ, cameo)
    ev.future = True
    return ev


@pytest.mark.parametrize("text, word, typ, cameo", [
    ("The minister said she would open talks with the striking miners.", "talks", "AGREE", "036"),
    ("The unions said they would not meet the president before May.", "meet", "REJECT", "125"),
])
def test_an_act_the_speaker_announces_for_himself_survives(nlp, text, word, typ, cameo):
    # (session 32) "He said he would open a dialogue": the announcement, with the future flag
    doc = nlp(text)
    ev = _future(doc, word, typ, cameo)
    assert _kept(doc, [ev], 0.6) == [ev]


def test_an_act_announced_for_another_still_goes(nlp):
    doc = nlp("The minister said the army would open talks with the striking miners.")
    assert _kept(doc, [_future(doc, "talks", "AGREE", "036")], 0.6) == []


# (session 32) a rejection, praise or censure told as done outlives a sure "nothing here" verdict


def _sure_neutral(doc, event: Event) -> list[Event]:
    for actor in event.source:
        actor.code = actor.country  # (the classifier's overrides ask for a coded doer)
    return _kept(doc, [event], 0.95)


@pytest.mark.parametrize("text, word", [
    ("The supreme court dismissed the opposition's challenge to the count.", "dismissed"),
    ("The governor heard the plea, and the president rejected his request for a pardon.", "rejected"),
])
def test_a_rejection_told_as_done_survives(nlp, text, word):
    doc = nlp(text)
    ev = _event(doc, word, "REJECT", "120", 0.6)
    assert _sure_neutral(doc, ev) == [ev]


def test_a_denial_is_no_rejection_to_keep(nlp):
    doc = nlp("Chile has repeatedly denied arming the rebels.")
    assert _sure_neutral(doc, _event(doc, "denied", "REJECT", "120", 0.6)) == []


def test_praise_the_speaker_tells_as_its_own_survives(nlp):
    doc = nlp("The embassy said in a statement that it welcomed the calm conduct of the vote.")
    ev = _event(doc, "welcomed", "SUPPORT", "051", 0.6)
    assert _sure_neutral(doc, ev) == [ev]


def test_a_name_given_with_no_object_survives(nlp):
    doc = nlp('The rights group called the beating "barbaric" and urged Chile to investigate.')
    ev = _event(doc, "called", "ACCUSE", "111", 0.6)
    assert _sure_neutral(doc, ev) == [ev]


def _reported(doc, word: str, speaker: str = "PRY") -> Event:
    ev = _event(doc, word, "REJECT", "121", 0.6, source=speaker)
    ev.future = True
    ev.reported_by = Actor(0, 3, "He", country=speaker, code=speaker + "GOV", kind="pronoun", sentence=0)
    return ev


@pytest.mark.parametrize("text", [
    "He said his government would not recognize the new members of the council.",
    "The party said it would not recognize the new members of the council.",  # (session 33) a body's "it"
])
def test_a_refusal_announced_for_the_speakers_own_side_survives(nlp, text):
    doc = nlp(text)
    ev = _reported(doc, "recognize")
    assert _sure_neutral(doc, ev) == [ev]


def test_a_quoted_or_anothers_refusal_still_goes(nlp):
    doc = nlp('He told state media that the country "will not allow foreign money to buy our peace".')
    assert _sure_neutral(doc, _reported(doc, "allow")) == []
    doc = nlp("He said the rebels would not recognize the new members of the council.")
    ev = _reported(doc, "recognize")
    ev.reported_by = Actor(0, 3, "He", country="ARG", code="ARGGOV", kind="pronoun", sentence=0)
    assert _sure_neutral(doc, ev) == []


def test_a_backshifted_deed_on_a_coded_party_is_news_though_its_doer_is_weakly_coded(nlp):
    # (session 32) the doer is coded from the sentence before (rule confidence below 0.75)
    from event_helpers import code_events

    text = ("Somali militants attacked a base near Mogadishu on Monday. One shopkeeper, Ahmed Ali, said "
            "fighters had detained at least three men they accused of working for the government.")
    got = [e for e in code_events(nlp, text) if e.trigger == "detained"]
    assert got and got[0].type == "COERCE" and [a.code for a in got[0].source] == ["SOMREB"]
    text = ("Somali militants attacked a base near Mogadishu on Monday. One shopkeeper, Ahmed Ali, said "
            "fighters had not detained anyone.")
    assert not [e for e in code_events(nlp, text) if e.trigger == "detained" and not e.negated]


# (session 33) one test of the doer for announced acts, refusals and own praise: the speaker's
# pronoun as the clause's subject, or a noun owned by the speaker's possessive


@pytest.mark.parametrize("text", [
    "The ministry said it would open talks with the striking miners.",
    "The minister said her government would open talks with the striking miners.",
])
def test_an_act_announced_for_the_speakers_body_or_side_survives(nlp, text):
    doc = nlp(text)
    ev = _future(doc, "talks", "AGREE", "036")
    assert _kept(doc, [ev], 0.6) == [ev]


def test_an_act_of_a_third_partys_possession_still_goes(nlp):
    doc = nlp("A spokesman said the president's first decree would open talks with the miners.")
    assert _kept(doc, [_future(doc, "talks", "AGREE", "036")], 0.6) == []


def test_a_refusal_with_no_coded_doer_still_goes(nlp):
    doc = nlp("He said his government would not recognize the new members of the council.")
    ev = _reported(doc, "recognize")
    ev.source = []
    assert _sure_neutral(doc, ev) == []

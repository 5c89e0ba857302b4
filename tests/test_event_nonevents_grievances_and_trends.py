"""Session 21 (I), non-events from judged wire news: a standing grievance told in the present by a
whole class ("Separatists accuse the government of ..."), a trend ("attacks have risen sharply over
the past year"), an option only weighed ("would consider all options, including a complaint"), a
principle stated with "must never be" on a shared subject, a state of relations ("they are talking
again") and anonymity asked for ("declined to be named", no refusal to comment). Each case pairs a
sentence whose record must go with a near miss that keeps its reading (our own sentences)."""

from __future__ import annotations

from event_helpers import code_events

from dyads.event_generics import _on_speaking_terms
from dyads.pipeline import annotate_doc
from dyads.model import Article

_KILLING = "Gunmen killed four police officers in Sindh province on Monday. "
_LOAN = "The Kenyan government signed a loan deal with Beijing on Monday. "


def _on(nlp, text: str, trigger: str) -> list[tuple[str, str | None]]:
    """(type, CAMEO) of the events on ``trigger`` in ``text``."""
    return [(e.type, e.cameo) for e in code_events(nlp, text) if e.trigger == trigger]


def _statements(nlp, text: str) -> list[tuple[str, str]]:
    """(CAMEO, trigger) of the statements coded in ``text``."""
    return [(s.cameo, s.trigger) for s in annotate_doc(Article(id="t", text=text, date="2021-03-04"),
                                                       nlp(text)).statements]


# --- habits: a class of people accusing in the present ----------------------------------------------


def test_a_class_accusing_in_the_present_is_a_grievance(nlp):
    text = _KILLING + "Separatists accuse the government in Islamabad of stealing the province's gas."
    assert not _on(nlp, text, "accuse")


def test_lawmakers_accusing_in_the_present_is_a_grievance(nlp):
    text = _KILLING + "Opposition lawmakers accuse the police of torturing detainees."
    assert not _on(nlp, text, "accuse")


def test_a_class_accusing_in_the_past_is_an_act(nlp):
    text = _KILLING + "Separatists accused the government in Islamabad of stealing the province's gas."
    assert _on(nlp, text, "accused") == [("ACCUSE", "112")]


def test_a_named_party_accusing_in_the_present_is_news(nlp):
    text = "Russia accuses Ukraine of shelling the Zaporizhzhia nuclear plant."
    assert _on(nlp, text, "accuses") == [("ACCUSE", "112")]


def test_a_class_accusing_in_the_first_sentence_is_news(nlp):
    text = "Separatists accuse Islamabad of plundering Balochistan's gas as the army launches an offensive."
    assert _on(nlp, text, "accuse") == [("ACCUSE", "112")]


# --- trends ------------------------------------------------------------------------------------------


def test_attacks_that_have_risen_are_a_trend(nlp):
    text = _KILLING + "Attacks on police stations have risen sharply over the past year."
    assert not _on(nlp, text, "Attacks")


def test_a_rise_in_attacks_is_a_trend(nlp):
    text = _KILLING + "Officials reported a sharp rise in attacks on police."
    assert not _on(nlp, text, "attacks")


def test_attacks_that_rose_on_a_day_stay_attacks(nlp):
    text = _KILLING + "Attacks on police stations rose on Tuesday."
    assert _on(nlp, text, "Attacks") == [("ASSAULT", "190")]


# --- options weighed ---------------------------------------------------------------------------------


def test_an_option_among_those_weighed_is_no_act(nlp):
    text = ("China imposed tariffs on Canadian canola on Friday. Canadian Trade Minister Mary Ng said Ottawa "
            "would consider all options, including a complaint to the World Trade Organization.")
    assert not _on(nlp, text, "complaint")


def test_a_complaint_to_be_filed_stays_a_complaint(nlp):
    text = ("China imposed tariffs on Canadian canola on Friday. Canadian Trade Minister Mary Ng said Ottawa "
            "would file a complaint with the World Trade Organization.")
    assert _on(nlp, text, "complaint") == [("ACCUSE", "114")]


# --- principles --------------------------------------------------------------------------------------


def test_a_war_that_must_never_be_fought_is_a_principle(nlp):
    text = ("India and Pakistan held talks in Dubai on Friday. In a joint communique, the two governments said "
            "a border war could not be won and must never be fought.")
    assert not _on(nlp, text, "fought")


# --- a state of relations ----------------------------------------------------------------------------


def test_talking_again_is_a_state_of_relations(nlp):
    text = ("Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met in Brussels on Monday. "
            "Both governments recalled their negotiators in March after Vucic called Kurti a liar. "
            '"Nobody hoped for a deal, and there was none, but they are talking again," said a European diplomat.')
    assert not _on(nlp, text, "talking")
    assert _on(nlp, text, "met") == [("CONSULT", "040")]


def _talk(nlp, text: str):
    return next(t for t in nlp(text) if t.lemma_ in ("talk", "speak") and t.pos_ == "VERB")


def test_talking_again_with_a_partner_or_on_a_day_is_talks(nlp):
    assert _on_speaking_terms(_talk(nlp, "They are talking again, a diplomat said."))
    assert not _on_speaking_terms(_talk(nlp, "They are talking again with the Saudi mediators, a diplomat said."))
    assert not _on_speaking_terms(_talk(nlp, "They talked again on Tuesday, a diplomat said."))
    assert not _on_speaking_terms(_talk(nlp, "They are talking in Doha, a diplomat said."))


# --- anonymity ---------------------------------------------------------------------------------------


def test_declining_to_be_named_is_no_refusal_to_comment(nlp):
    text = _LOAN + ('"This deal buries us in debt," said a senior official in the finance ministry, '
                    "who declined to be named.")
    assert not [c for c, _ in _statements(nlp, text) if c == "011"]


def test_declining_to_comment_stays_a_refusal(nlp):
    text = _LOAN + "A spokesman for President William Ruto declined to comment on the terms."
    assert ("011", "declined") in _statements(nlp, text)


# --- a deed denied ------------------------------------------------------------------------------------


def test_denying_any_abuse_is_a_denial_not_a_refusal(nlp):
    text = ("The EU imposed sanctions on four officials on Monday. "
            "Beijing denies any abuse and describes the camps as training centres.")
    assert not _on(nlp, text, "denies")
    assert ("016", "denies") in _statements(nlp, text)


def test_denying_access_stays_a_refusal(nlp):
    text = "The EU imposed sanctions on four officials on Monday. Beijing denies the EU any access to the camps."
    assert _on(nlp, text, "denies") == [("REJECT", "120")]

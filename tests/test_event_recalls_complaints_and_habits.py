"""Session 20 (X2), non-events, types and flags from judged wire news: an envoy "called home" is
recalled (SANCTION 161); a deployment a leader orders of his police is no threat (MOBILIZE); a
state's "protests from Paris" are a formal complaint (ACCUSE 114); "does not intend to" is a
refusal stated now (not future); a demand "should not" is made (not negated); a warning of "the
risk of" war foresees, it threatens no one; figures dismissed are a denial (016), no REJECT; a
present passive with "regularly" and a present after "every time" tell a habit, no act.
Each case pairs a sentence whose record must go or change with a near miss that keeps its record
(our own sentences)."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate_doc
from event_helpers import code_events, events_of


def _on(nlp, text: str, trigger: str) -> list[tuple[str, str | None]]:
    """(type, CAMEO) of the events on ``trigger`` in ``text``."""
    return [(e.type, e.cameo) for e in code_events(nlp, text) if e.trigger == trigger]


def _flags(nlp, text: str, trigger: str) -> list[tuple[str, bool, bool]]:
    """(type, negated, future) of the events on ``trigger`` in ``text``."""
    return [(e.type, e.negated, e.future) for e in code_events(nlp, text) if e.trigger == trigger]


# --- types ---------------------------------------------------------------------------------------


def test_envoy_called_home_is_recalled(nlp):
    text = "Chile called its ambassador in Peru home for consultations on Friday."
    assert _on(nlp, text, "called") == [("SANCTION", "161")]


def test_call_for_talks_stays_a_request(nlp):
    text = "Chile called for consultations with Peru on Friday."
    assert ("SANCTION", "161") not in _on(nlp, text, "called")
    assert [t for t, _ in _on(nlp, text, "called")] == ["REQUEST"]


def test_ordered_patrols_are_a_deployment(nlp):
    text = "The governor ordered police to reinforce patrols along the coast road."
    assert not events_of(nlp, text, "THREATEN")
    # (session 22) an order to the own police is the governor's act: one MOBILIZE, on "reinforce"
    # or "patrols", done by the governor
    assert [e.type for e in code_events(nlp, text) if e.trigger in ("reinforce", "patrols")] == ["MOBILIZE"]


def test_vowed_troops_against_a_neighbour_stay_a_threat(nlp):
    text = "The general vowed to send troops to the border with Ukraine."
    assert events_of(nlp, text, "THREATEN")


def test_protests_from_a_capital_are_a_complaint(nlp):
    text = "Rome returned the licences of two reporters after protests from Paris."
    assert _on(nlp, text, "protests") == [("ACCUSE", "114")]


def test_protests_in_a_city_stay_demonstrations(nlp):
    text = "Rome returned the licences of two reporters after protests in Paris."
    assert [t for t, _ in _on(nlp, text, "protests")] == ["PROTEST"]


def test_warning_of_a_risk_is_no_threat(nlp):
    text = "The UN envoy has warned of the risk of civil war in Laos."
    assert not events_of(nlp, text, "THREATEN")


def test_warning_to_a_party_stays_a_threat(nlp):
    text = "Tehran warned Riyadh of retaliation."
    assert events_of(nlp, text, "THREATEN")


def test_figures_dismissed_are_a_denial(nlp):
    text = "Officials in Hanoi have dismissed those estimates as guesswork."
    assert not events_of(nlp, text, "REJECT")
    art = annotate_doc(Article(id="t", text=text, date="2021-03-04"), nlp(text))
    assert [s.cameo for s in art.statements] == ["016"]


def test_proposal_dismissed_stays_a_rejection(nlp):
    text = "Officials in Hanoi have dismissed the proposal."
    assert events_of(nlp, text, "REJECT")


# --- flags ---------------------------------------------------------------------------------------


def test_intent_denied_now_is_no_future_refusal(nlp):
    text = "Ottawa has said it does not intend to resume talks with Minsk."
    assert _flags(nlp, text, "intend") == [("REJECT", False, False)]


def test_will_not_agree_keeps_its_future(nlp):
    text = "Ottawa will not agree to resume talks with Minsk."
    assert _flags(nlp, text, "agree") == [("REJECT", False, True)]


def test_demand_to_refrain_is_made(nlp):
    text = "The embassy in Wellington said Fiji must not send troops to the island."
    assert _flags(nlp, text, "send") == [("REQUEST", False, False)]


def test_denied_deed_reported_stays_negated(nlp):
    text = "The embassy in Wellington said Fiji did not send troops to the island."
    assert _flags(nlp, text, "send") == [("MOBILIZE", True, False)]


# --- habits --------------------------------------------------------------------------------------


def test_road_regularly_blocked_is_a_habit(nlp):
    text = "The road, which links the port to the capital, is regularly blocked by armed gangs."
    assert not _on(nlp, text, "blocked")


def test_road_blocked_on_a_day_stays(nlp):
    text = "Armed gangs blocked the road to the capital on Tuesday."
    assert _on(nlp, text, "blocked")


def test_refusal_every_time_is_a_habit(nlp):
    text = "Whenever a lorry is attacked, truck drivers refuse the next run."
    assert not events_of(nlp, text, "REJECT")


def test_refusal_after_one_attack_stays(nlp):
    text = "Truck drivers refused the next run after a lorry was attacked on Monday."
    assert events_of(nlp, text, "REJECT")

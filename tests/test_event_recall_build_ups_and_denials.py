"""Session 18, round 2: acts named by nouns and reactions beside a denial (recall)."""

from __future__ import annotations

from event_helpers import events_of

from dyads.model import Article
from dyads.pipeline import annotate_doc


def _rule_events(nlp, text: str) -> list[tuple[str, str]]:
    """(trigger, type) of the rule events of ``text``, before the sentence classifier weighs them."""
    from dyads.events import find_events

    doc = nlp(text)
    art = annotate_doc(Article(id="t", text=text, date="2021-03-04"), doc)
    return [(e.trigger, e.type) for e in find_events(doc, art.actors, art.quotes, art.date)]


def test_hyphenated_build_up_is_a_mobilisation(nlp):
    found = events_of(nlp, "Officials in Athens said they were watching a Turkish naval build-up near the islands.",
                      "MOBILIZE")
    assert found and any((a.code or "").startswith("TUR") for e in found for a in e.source)


def test_build_up_of_debt_is_no_mobilisation(nlp):
    assert not events_of(nlp, "The build-up of debt worried the finance ministry in Athens.", "MOBILIZE")


def test_engaging_with_a_government_is_consulting(nlp):
    found = events_of(nlp, "The African Union is engaging with the Sudanese government on a new truce.", "CONSULT")
    assert found and any((a.code or "").startswith("SDN") for e in found for a in e.target)


def test_engaged_in_a_debate_is_no_consultation(nlp):
    assert not events_of(nlp, "The African Union engaged in a long debate about Sudan.", "CONSULT")


def test_finite_verb_beside_a_denied_participle_is_not_denied(nlp):
    # "is arming ... and blames": "is" cannot carry "blames", which pairs with "has denied"
    found = _rule_events(nlp, "Kampala has denied that it is arming the rebels and blames Kigali for the fighting.")
    assert ("blames", "ACCUSE") in found


def test_participle_sharing_the_denied_auxiliary_stays_denied(nlp):
    found = _rule_events(nlp, "Kampala has denied that it is arming the rebels and training them in camps.")
    assert not any(trigger == "training" for trigger, _ in found)


def test_denied_blockade_does_not_take_the_blame_beside_it(nlp):
    found = _rule_events(nlp, "Kampala has denied that it is blocking fuel convoys and blames Kigali for the shortages.")
    assert ("blames", "ACCUSE") in found


def test_order_to_respond_strongly_to_any_breach_is_a_threat(nlp):
    text = "The defence minister said the Armenian army would respond strongly to any new incursion."
    assert events_of(nlp, text, "THREATEN")


def test_responding_sharply_stays_a_criticism(nlp):
    text = "The Armenian foreign ministry responded sharply to the Azerbaijani statement."
    assert events_of(nlp, text, "ACCUSE") and not events_of(nlp, text, "THREATEN")


_LEAD = ("Greek rights groups on Tuesday demanded the release of the reporter Ali Demir, a day after Turkish police "
         "detained him in Izmir. The reporter had written about smuggling on the coast. His newspaper said he was "
         "in good health. He faces up to five years in prison. Colleagues gathered outside the courthouse in the "
         "afternoon. Germany and France criticised the arrest on Wednesday.")


def test_criticism_far_below_aims_at_the_lead_subordinate_act(nlp):
    found = events_of(nlp, _LEAD, "ACCUSE")
    assert found and any((a.code or "").startswith("TUR") for e in found for a in e.target)


def test_criticism_with_no_such_act_in_the_lead_keeps_no_target(nlp):
    text = _LEAD.replace("a day after Turkish police detained him in Izmir", "a day after his trip to Izmir")
    found = events_of(nlp, text, "ACCUSE")
    assert found and not any(e.target for e in found)

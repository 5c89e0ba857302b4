"""Argument phrases, session 5 conventions: set phrases of purpose, "and other" parties, moved
forces, containers of a nominal trigger, and a protest's purpose clause."""

from __future__ import annotations

from dyads.arguments import add_argument_spans
from event_helpers import event_at


def _spans(nlp, text: str, trigger: str, source=(), target=(), type_="ASSAULT") -> tuple[list[str], list[str]]:
    doc = nlp(text)
    event = event_at(doc, trigger, list(source), list(target), type_)
    add_argument_spans(doc, [event])
    return ([doc.text[s:e] for s, e in event.source_spans], [doc.text[s:e] for s, e in event.target_spans])


def test_a_purpose_idiom_is_never_a_target(nlp):
    source, target = _spans(nlp, "The rebel alliance has declared a truce in a bid to end the famine.",
                            "declared", type_="RETREAT")
    assert source == ["The rebel alliance"]
    assert all("bid" not in t for t in target)


def test_and_other_names_two_parties_of_one_kind(nlp):
    source, _ = _spans(nlp, "Oxfam and other aid agencies sent food to the refugees in Chad.", "sent",
                       ["Oxfam"], type_="AID")
    assert source == ["Oxfam", "other aid agencies"]


def test_a_plain_coordination_of_things_stays_one_phrase(nlp):
    _, target = _spans(nlp, "Police seized rifles and ammunition in the raid.", "seized", type_="COERCE")
    assert len(target) <= 1


def test_a_dispatched_team_is_looked_through_to_the_place(nlp):
    _, target = _spans(nlp, "The aviation regulator is dispatching a team to Chicago to inspect the crash site.",
                       "dispatching", type_="AID")
    assert target == ["Chicago"]


def test_a_batch_of_peacekeepers_withdrawn_points_at_the_country(nlp):
    doc_text = "Ghana withdrew the batch of 300 peacekeepers from Mali in June."
    _, target = _spans(nlp, doc_text, "withdrew", ["Ghana"], ["300 peacekeepers"], type_="RETREAT")
    assert target == ["Mali"]


def test_the_container_of_a_nominal_trigger_is_looked_through(nlp):
    _, target = _spans(nlp, "The Peruvian government declared a state of emergency in Lima on Sunday.",
                       "emergency", ["The Peruvian government"], type_="COERCE")
    assert target == ["Lima"]


def test_a_strike_to_protest_against_a_party_targets_it(nlp):
    source, target = _spans(nlp, "Jailed activist Maria Lopez has started a hunger strike to protest against "
                                 "Mexican authorities.", "strike", ["Maria Lopez"], type_="PROTEST")
    assert source == ["Jailed activist Maria Lopez"]
    assert target == ["Mexican authorities"]

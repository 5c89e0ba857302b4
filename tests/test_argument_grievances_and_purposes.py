"""Participant phrases, round 2 of session 13: a protest's grievance, a misparsed declared measure,
and the purpose of an effort several infinitives deep (argument_slots)."""

from __future__ import annotations

import pytest

from event_helpers import spans_at


def _spans(nlp, text: str, trigger: str, source=(), target=(), type_="PROTEST") -> tuple[list[str], list[str]]:
    return spans_at(nlp, text, trigger, source, target, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        # "in protest against X": the set phrase names no party, what follows "against" does
        ("Rice farmers started a week-long sit-in on Monday in protest against new import rules imposed "
         "by the Thai government.", "sit-in", ["Rice farmers"], ["the Thai government"]),
        # "to protest X", X a measure someone imposed: its maker is the target
        ("Nurses have launched a hunger strike to protest the pay freeze imposed by the health ministry.",
         "strike", ["Nurses"], ["the health ministry"]),
    ],
)
def test_a_strike_is_aimed_at_whoever_made_the_rule_it_protests(nlp, text, trigger, source, target):
    got_source, got_target = _spans(nlp, text, trigger, type_="PROTEST")
    assert got_source == source
    assert got_target == target


def test_a_protested_rule_with_no_maker_is_itself_the_target(nlp):
    _, target = _spans(nlp, "Dock workers began a strike in protest against the new shift rules.", "strike")
    assert target == ["the new shift rules"]


def test_a_declared_measure_misparsed_as_an_infinitive_subject_keeps_its_declarer(nlp):
    # the parser makes "a curfew" the subject of "to begin"; the declaring verb still governs it
    source, _ = _spans(nlp, "The military council declared a curfew to begin at midnight in the capital.",
                       "curfew", type_="COERCE")
    assert source == ["The military council"]


def test_an_effort_to_try_to_stop_a_dispute_points_at_its_parties(nlp):
    source, target = _spans(nlp, "Qatar has launched a mediation effort to try to prevent a fresh confrontation between "
                                 "Ethiopia and Eritrea.", "mediation", type_="CONSULT")
    assert source == ["Qatar"]
    assert "Ethiopia" in target and "Eritrea" in target


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("The minister has declined to step down, despite the prime minister's request that she do so.",
         "declined", ["the prime minister's"]),
        ("A senior judge refused to quit under pressure from members of the ruling party.",
         "refused", ["members of the ruling party"]),
    ],
)
def test_a_refusal_with_no_object_is_aimed_at_whoever_pressed(nlp, text, trigger, target):
    _, got = _spans(nlp, text, trigger, type_="REJECT")
    assert got == target


def test_a_refusal_despite_ones_own_plea_names_no_target(nlp):
    _, got = _spans(nlp, "The mayor refused to resign despite his own earlier pledge.", "refused", type_="REJECT")
    assert got == []

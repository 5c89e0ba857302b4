"""Session 35 (merge): the act a person is suspected, accused or convicted of planning or trying
("suspected of planning to overthrow the government") is inside the charge, as the planning is
(``event_negation.charged_gerund``, ``_INTENT_GERUNDS``); a plan told as news stays. Sentences of
our own."""

from __future__ import annotations

from event_helpers import code_events


def _types(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in code_events(nlp, text, date="2022-12-07")]


def test_the_act_suspects_planned_is_no_record(nlp) -> None:
    found = _types(nlp, "Austrian police detained 12 people suspected of planning to overthrow the "
                        "government by force, prosecutors said.")
    assert ("COERCE", "detained") in found
    assert not any(t.startswith("overthrow") for _, t in found)


def test_the_act_a_convict_tried_is_no_record(nlp) -> None:
    found = _types(nlp, "Police arrested a man convicted of trying to kill a judge.")
    assert not any(t.startswith("kill") for _, t in found)


def test_a_plan_told_as_news_keeps_its_record(nlp) -> None:
    found = _types(nlp, "The rebels are planning to attack the capital, the army said.")
    assert any(t.startswith("attack") for _, t in found)

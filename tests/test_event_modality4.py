"""Acts named as the thing demanded, preferred or aimed at, or wanted "for X to" happen, are not facts.

Each case is paired with a twin that reports the same act as done, which must stay a fact.
"""

from __future__ import annotations

from event_helpers import code_events


def _by_trigger(nlp, text: str, prefix: str):
    return [e for e in code_events(nlp, text) if e.trigger.lower().startswith(prefix)]


def test_act_listed_among_demands_is_hypothetical(nlp):
    wanted = _by_trigger(nlp, "The opposition's demands include an investigation into the police.", "investigation")
    assert wanted and all(e.hypothetical for e in wanted)
    done = _by_trigger(nlp, "The senators launched an investigation into the police.", "investigation")
    assert done and not any(e.hypothetical for e in done)


def test_demands_growing_to_an_act_is_hypothetical(nlp):
    text = "The opposition's demands have expanded to an investigation of police misconduct."
    wanted = _by_trigger(nlp, text, "investigation")
    assert wanted and all(e.hypothetical for e in wanted)


def test_demands_named_in_apposition_are_hypothetical(nlp):
    text = ("Students' demands have grown to the removal of the law, an investigation of police misconduct "
            "and new elections.")
    wanted = _by_trigger(nlp, text, "investigation")
    assert wanted and all(e.hypothetical for e in wanted)
    report = "The report, an investigation into the police, was published on Monday."
    done = _by_trigger(nlp, report, "investigation")
    assert done and not any(e.hypothetical for e in done)


def test_preferred_act_is_hypothetical(nlp):
    wanted = _by_trigger(nlp, "Several senators preferred an investigation by the Senate.", "investigation")
    assert wanted and all(e.hypothetical for e in wanted)
    praised = _by_trigger(nlp, "Several senators praised an investigation by the Senate.", "investigation")
    assert praised and not any(e.hypothetical for e in praised)


def test_goal_clause_is_hypothetical(nlp):
    text = "The main goal is a safe zone to repatriate Syrian refugees."
    aim = _by_trigger(nlp, text, "repatriat")
    assert aim and all(e.hypothetical for e in aim)
    done = _by_trigger(nlp, "Turkey repatriated Syrian refugees.", "repatriat")
    assert done and not any(e.hypothetical for e in done)


def test_called_for_another_to_act_is_not_the_act(nlp):
    text = "The committee called for Russia to withdraw its troops from Georgia."
    asked = _by_trigger(nlp, text, "withdr")
    assert asked and all(e.hypothetical for e in asked)
    done = _by_trigger(nlp, "Russia withdrew its troops from Georgia.", "withdr")
    assert done and not any(e.hypothetical for e in done)


def test_time_taken_for_an_act_keeps_it_a_fact(nlp):
    text = "It took three hours for the army to attack the rebels in Homs."
    done = _by_trigger(nlp, text, "attack")
    assert done and not any(e.hypothetical for e in done)


def test_finite_conjunct_after_for_clause_is_its_own_act(nlp):
    text = ("The governor has arranged for the Guard to be ready and has requested the president "
            "declare a state of emergency.")
    asked = [e for e in code_events(nlp, text) if e.type == "REQUEST"]
    assert asked and not any(e.hypothetical for e in asked)


def test_plan_for_an_act_is_hypothetical(nlp):
    text = "Opposition activists sent the police a plan for a march against the government."
    planned = _by_trigger(nlp, text, "march")
    assert planned and all(e.hypothetical for e in planned)
    done = _by_trigger(nlp, "Opposition activists led a march against the government.", "march")
    assert done and not any(e.hypothetical for e in done)


def test_act_pleaded_for_with_another_party_is_hypothetical(nlp):
    text = "The minister pleaded with Hamas to release the hostages."
    asked = _by_trigger(nlp, text, "releas")
    assert asked and all(e.hypothetical for e in asked)
    done = _by_trigger(nlp, "Hamas released the hostages.", "releas")
    assert done and not any(e.hypothetical for e in done)


def test_act_after_a_perfect_wish_verb_is_hypothetical(nlp):
    wanted = _by_trigger(nlp, "Several senators have preferred an investigation by the Senate.", "investigation")
    assert wanted and all(e.hypothetical for e in wanted)

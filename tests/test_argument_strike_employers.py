"""Session 23: a strike is aimed at the employer or workplace whose pay or conditions it demands,
never at the demand itself or the work stopped (argument_slots; sentences are our own)."""

from __future__ import annotations

import pytest

from cli_records import code_records, event_at, phrase_texts


@pytest.fixture(scope="module")
def coded() -> list[dict]:
    return code_records([
        "Dock workers in Chile went on strike on Tuesday for higher wages and better conditions at the state "
        "copper company Codelco.",
        "Bus drivers in Lisbon stopped work on Friday, in a campaign for better pay in the city's transport network.",
        "Teachers in Ohio went on strike for higher salaries at public schools.",
        "The workers went on strike for better pay.",
    ])


@pytest.mark.model
def test_a_strike_is_aimed_at_the_employer_named_on_its_demand(coded):
    rec = coded[0]
    ev = event_at(rec, "strike")
    assert phrase_texts(rec, ev, "source") == ["Dock workers in Chile"]
    assert phrase_texts(rec, ev, "target") == ["the state copper company Codelco"]
    rec = coded[2]
    assert phrase_texts(rec, event_at(rec, "strike"), "target") == ["public schools"]


@pytest.mark.model
def test_the_work_stopped_is_no_target_and_a_campaigns_aim_names_the_workplace(coded):
    # "stopped WORK ... in a campaign for better pay IN the city's transport network"
    rec = coded[1]
    ev = event_at(rec, "stopped")
    assert phrase_texts(rec, ev, "target") == ["the city's transport network"]


@pytest.mark.model
def test_a_demand_with_no_employer_leaves_the_strike_without_a_target(coded):
    rec = coded[3]
    ev = event_at(rec, "strike")
    assert phrase_texts(rec, ev, "source") == ["The workers"]
    assert phrase_texts(rec, ev, "target") == []

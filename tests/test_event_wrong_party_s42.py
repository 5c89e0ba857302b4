"""Session 42 (helper e3): wrong parties of accusations and demands. A name that only describes
the doer, where a charge was voiced, the deed blamed on someone, the agent of a passive
participle, and a demand joined to an indirect question. Sentences written for these tests."""

from __future__ import annotations

from event_helpers import coded_record as record, coded_records as records



def test_a_party_the_accusers_come_from_is_not_the_target():
    source, target = record("Opposition lawmakers from Fidesz and the Socialist Party called it a coup.", "called")
    assert source == ["HUNOPP"]
    assert "HUNPTY" not in target


def test_the_doers_backers_in_a_relative_clause_are_not_criticised():
    text = ("Serbian President Aleksandar Vucic, who is backed by the nationalist Serbian Radical Party, has said "
            "he will not sign it, calling it a capitulation and a violation of the constitution.")
    source, target = record(text, "calling")
    assert source == ["SRBGOV"]
    assert target == []


def test_a_target_named_in_the_object_is_kept():
    text = "Hungarian opposition lawmakers from the Socialist Party accused Prime Minister Viktor Orban of fraud."
    source, target = record(text, "accused")
    assert target == ["HUNGOV"]


def test_the_country_a_charge_is_voiced_in_is_not_its_target():
    text = "In Greece, the conservative New Democracy party denounced the accord as a national humiliation."
    assert all("GRC" not in t for _, trig, _, t in records(text) if trig == "denounced")


def test_a_demand_voiced_in_parliament_is_not_made_of_parliament():
    text = ("The opposition Labour Party questioned whether the government had a mandate for the cuts and "
            "demanded a full explanation in parliament.")
    source, target = record(text, "demanded")
    assert target == []
    assert source != [None] and all(code != "GOV" for code in source)


def test_a_demand_joined_to_an_indirect_question_is_the_askers():
    text = ("In Nairobi, the opposition ODM party asked whether the Kenyan government had consulted anyone and "
            "demanded the immediate release of the detained activists.")
    source, _ = record(text, "demanded")
    assert "KENGOV" not in source


def test_a_deed_blamed_on_a_party_does_not_accuse_its_victim():
    text = ("The row followed the 2006 murder of journalist Anna Politkovskaya, which Britain blamed on "
            "Russian military intelligence.")
    source, target = record(text, "blamed")
    assert source == ["GBR"]
    assert target == ["RUSSPY"]


def test_the_agent_of_a_passive_participle_is_the_doer():
    text = "The invasion of Grenada, an operation condemned at the time by the European Union, is still debated."
    source, target = record(text, "condemned")
    assert source == ["EUR"]
    assert "EUR" not in target


def test_an_active_condemnation_keeps_its_parties():
    source, target = record("The European Union condemned Russia over the attack.", "condemned")
    assert source == ["EUR"] and target == ["RUS"]

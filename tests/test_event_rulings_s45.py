"""Session 45: a court's finding that a state broke the law is the court's act (ACCUSE 116, find
liable), aimed at the state found in breach; what the court found is no act of that state. A court
clearing a state finds no one liable. Sentences written for these tests."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate


def records(text: str, dateline: str = "THE HAGUE, March 3 (Wire) - ") -> list[tuple[str, str, list[str], list[str]]]:
    art = annotate(Article(id="t", text=dateline + text, date="2015-03-03"))
    return [(e.type, e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in art.events]


def test_world_court_finding_a_breach_finds_the_state_liable():
    got = records("The International Court of Justice ruled on Tuesday that Colombia had violated "
                  "Nicaragua's sovereign rights in the Caribbean.")
    assert got == [("ACCUSE", "116", ["UNOJUD"], ["COL"])]


def test_failure_to_prevent_found_by_a_court_is_no_act_of_the_state():
    got = records("The World Court said Serbia had failed to prevent the massacre and had breached its "
                  "obligations under the convention.")
    # one ruling, one record; the negated "prevent" is not coded as Serbia's act
    assert got == [("ACCUSE", "116", ["UNOJUD"], ["SRB"])]


def test_finding_after_a_clearing_clause_is_still_the_courts():
    got = records("The International Court of Justice ruled on Monday that Serbia was not directly "
                  "responsible for genocide, but said Belgrade had violated international law by failing "
                  "to prevent the massacre at Srebrenica.")
    assert ("ACCUSE", "116", ["UNOJUD"], ["SRBGOV"]) in got
    assert not any(t == "ASSAULT" for t, *_ in got)


def test_human_rights_court_finding_a_breach():
    got = records("The European Court of Human Rights found that Turkey had breached the right to a fair "
                  "trial of the jailed journalist.", "STRASBOURG, May 4 (Wire) - ")
    assert [(t, c, tg) for t, c, _, tg in got] == [("ACCUSE", "116", ["TUR"])]


def test_court_clearing_a_state_makes_no_finding():
    got = records("The International Court of Justice ruled that Serbia had not committed genocide "
                  "during the war.")
    assert not any(c == "116" for _, c, *_ in got)


def test_a_ministers_word_is_no_court_finding():
    got = records("The Bosnian foreign minister said Serbia had breached its obligations under the "
                  "convention.", "SARAJEVO, March 3 (Wire) - ")
    assert not any(c == "116" for _, c, *_ in got)


def test_a_charge_someone_is_wanted_for_is_no_act():
    got = records("Kenya arrested Felicien Kabuga, who is wanted for genocide by the U.N. tribunal.",
                  "NAIROBI, May 16 (Wire) - ")
    assert [t for t, *_ in got] == ["COERCE"]


def test_an_order_of_a_thing_is_no_demand():
    got = records("An appeals court annulled the verdict against the journalist and ordered a retrial.",
                  "GUATEMALA CITY, Jan 6 (Wire) - ")
    assert not any(t == "REQUEST" for t, *_ in got)


def test_an_inquiry_ordered_is_an_investigation():
    got = records("Iraqi Prime Minister Mohammed Shia al-Sudani ordered an investigation into the attack.",
                  "BAGHDAD, Jan 6 (Wire) - ")
    assert ("ACCUSE", "090") in [(t, c) for t, c, *_ in got]


def test_an_order_to_a_party_stays_a_demand():
    got = records("The judge ordered the security forces to clear the camps within 24 hours.",
                  "BRASILIA, Jan 6 (Wire) - ")
    assert any(t == "REQUEST" for t, *_ in got)

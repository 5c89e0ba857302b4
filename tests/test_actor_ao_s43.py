"""Session 43: actor mentions of the kinds batch AO's judges marked "not an actor", on sentences
written for these tests: opposition voiced as a stance, and a war named after the way it is
fought. The camps and fighters themselves stay actors."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate


def mentions(text: str) -> list[tuple[str, str | None]]:
    art = annotate(Article(id="t", text=text, date="2023-09-28"))
    return [(art.text[a.start:a.end], a.code) for a in art.actors]


def texts(text: str) -> list[str]:
    return [t for t, _ in mentions(text)]


def test_voiced_opposition_is_a_stance():
    found = texts("The conservatives, who dominate the Senate in Paris, have voiced opposition.")
    assert not any(t.lower().endswith("opposition") for t in found)


def test_the_opposition_as_a_camp_stays():
    found = texts("The ruling party in Paris attacked the opposition on Tuesday.")
    assert "the opposition" in found


def test_expressed_opposition_to_a_plan_is_a_stance():
    found = texts("The French government expressed opposition to the plan.")
    assert not any("opposition" in t for t in found)


def test_a_guerrilla_war_names_no_guerrilla():
    found = texts("The Tigray People's Liberation Front has fought a guerrilla war before.")
    assert not any("guerrilla" in t for t in found)


def test_guerrillas_who_attack_stay_actors():
    found = mentions("Guerrillas attacked the town of Mekelle in Ethiopia on Sunday.")
    assert ("Guerrillas", "ETHREB") in found


def test_the_osce_minsk_group_is_one_igo():
    found = mentions("The OSCE Minsk Group, co-chaired by France, Russia and the United States, was sidelined.")
    assert ("OSCE Minsk Group", "IGO") in found
    assert not any(t == "Minsk" for t, _ in found)


def test_civic_leaders_are_civilians_not_the_government():
    found = mentions("Angolan police arrested several civic leaders and civic figures in Luanda.")
    assert ("several civic leaders", "AGOCVL") in found
    assert ("civic figures", "AGOCVL") in found


def test_new_caledonias_congress_is_its_own():
    text = ("NOUMEA, Oct 5 (Wire) - New Caledonia's pro-independence parties hold a majority in the "
            "territory's Congress, which elects the local government.")
    assert ("Congress", "NCLLEG") in mentions(text)


def test_congress_at_versailles_is_frances():
    text = ("PARIS, Sept 28 (Wire) - An amendment would need a three-fifths majority of lawmakers meeting in "
            "Congress in Versailles, French officials said.")
    assert ("Congress", "FRALEG") in mentions(text)


def test_congress_urged_from_kyiv_stays_washingtons():
    text = ("KYIV, May 3 (Wire) - Ukraine's president urged Congress to pass the aid bill quickly, saying Kyiv "
            "was running out of shells.")
    assert ("Congress", "USALEG") in mentions(text)

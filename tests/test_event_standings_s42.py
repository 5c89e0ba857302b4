"""Session 42: SUPPORT and AGREE words that tell a standing or a timetable, not an act: backing
and recognition told by a participle on a noun, a recognition "since" a year, "recognises that",
meetings "due to" take place, and a signed pact's terms told over several sentences. Sentences
written for these tests."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate


def records(text: str, date: str = "2024-04-22") -> list[tuple[str, str, list[str | None], list[str | None]]]:
    art = annotate(Article(id="t", text=text, date=date))
    return [(e.type, e.trigger, [a.code for a in e.source], [a.code for a in e.target]) for e in art.events]


def of_type(text: str, kind: str) -> list[tuple[str, str, list[str | None], list[str | None]]]:
    return [r for r in records(text) if r[0] == kind]


def test_soldiers_backing_a_leader_describe_the_soldiers():
    text = "The handover came a day after soldiers backing Colonel Ravalo stormed the presidential palace in Antananarivo."
    assert of_type(text, "SUPPORT") == []


def test_troops_backed_by_an_army_between_commas_are_co_actors():
    text = ("In 2012, Kenyan troops, backed by the Somali army, landed on the island to remove its rebel "
            "leader.")
    assert of_type(text, "SUPPORT") == []


def test_a_thing_backed_by_a_president_is_no_support():
    text = "The court ruled that the long delay backed by President Ruto breached the constitution."
    assert of_type(text, "SUPPORT") == []


def test_a_region_recognised_by_one_state_is_a_standing_state():
    text = ("The island has been divided since 1974 between the south and a northern state recognised only "
            "by Turkey, which keeps troops there.")
    assert [r for r in of_type(text, "SUPPORT") if r[1] == "recognised"] == []


def test_recognition_since_a_year_is_standing():
    assert of_type("Fiji has recognised Beijing since 1975.", "SUPPORT") == []


def test_recognising_ones_own_deed_stays_support():
    text = "Belgium on Monday formally recognised that its colonial troops committed atrocities in Congo."
    got = of_type(text, "SUPPORT")
    assert got and got[0][2] == ["BEL"]


def test_a_dated_recognition_stays_support():
    got = of_type("The United States recognised Kosovo's independence in 2008.", "SUPPORT")
    assert got and got[0][2] == ["USA"]


def test_a_meeting_due_to_take_place_is_a_timetable():
    text = "West African leaders are due to meet in Abuja on Thursday to discuss Mali."
    assert of_type(text, "AGREE") == []


def test_a_visit_due_on_wednesday_is_a_timetable():
    text = "The Japanese prime minister is due to visit a hospital for flood victims in Dhaka on Wednesday."
    assert of_type(text, "AGREE") == []


def test_a_leader_saying_he_will_meet_keeps_the_intent():
    got = of_type("The Kenyan president said he would meet Ugandan officials next week.", "AGREE")
    assert got and got[0][2] == ["KENGOV"]


def test_a_pacts_terms_told_over_two_sentences_are_its_content():
    text = ("Colombia and the ELN rebels signed a peace accord in Havana on Tuesday. Under the accord, the ELN "
            "will lay down its weapons by March. In return, the government will pull back its troops from the "
            "region and free jailed rebels within 30 days. The region will keep half of its mining revenue, "
            "and the government will allow the rebels to form a party.")
    got = records(text)
    assert not [r for r in got if r[1] in ("free", "allow", "pull")], got
    assert any(r[0] == "SUPPORT" and r[1] == "signed" for r in got)


def test_a_dated_pledge_after_a_pact_stays():
    text = ("Under the accord, the rebels will disarm by March. The government will release the prisoners on "
            "Friday, the interior minister said.")
    assert [r for r in records(text) if r[1] == "release"]


def test_plural_deals_name_a_practice_not_a_pact():
    text = "Prosecutors in Geneva have looked into land deals linked to Kenyan businessmen."
    assert of_type(text, "AGREE") == []


def test_signing_a_package_of_agreements_stays_a_signing():
    text = "The Kenyan president signed a package of agreements on trade and energy with Uganda on Monday."
    got = records(text)
    assert any(r[0] == "SUPPORT" and r[1] == "signed" and r[2] == ["KENGOV"] and r[3] == ["UGA"] for r in got), got
    assert not [r for r in got if r[1] == "agreements"]


def test_a_council_due_to_discuss_a_crisis_is_a_timetable():
    text = "The African Union is due to discuss the crisis in Guinea this week."
    assert of_type(text, "AGREE") == []

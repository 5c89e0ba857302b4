"""Session 42: trigger senses that gave wrong event types (batch AN2) - military strikes, a welcome
of an accord, fighting an election, forces moved out, sendings that give nothing, and a "give"
with nothing aid-like given. Sentences written for these tests."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate


def records(text: str, date: str = "2023-05-01") -> list[tuple[str, str | None, str, list[str | None], list[str | None]]]:
    art = annotate(Article(id="t", text=text, date=date))
    return [(e.type, e.cameo, e.trigger, [a.code for a in e.source], [a.code for a in e.target])
            for e in art.events]


def test_air_and_ground_strikes_are_assault():
    got = records("Nigerian troops launched air and ground strikes against jihadist fighters in the forest "
                  "of Sambisa on Friday after a bomb hit a market.")
    strikes = [r for r in got if r[2] == "strikes"]
    assert strikes and strikes[0][0] == "ASSAULT" and strikes[0][3] == ["NGAMIL"]


def test_strikes_by_an_army_are_assault():
    got = records("Government troops launched strikes in the north of the country on Sunday.")
    assert [r[0] for r in got if r[2] == "strikes"] == ["ASSAULT"]


def test_workers_strikes_stay_protest():
    got = records("Teachers launched strikes in the north of the country on Sunday.")
    assert [r[0] for r in got if r[2] == "strikes"] == ["PROTEST"]


def test_welcoming_an_accord_is_support_without_the_next_subject():
    got = records("France, Spain and Italy welcomed the agreement, and British Prime Minister Rishi Sunak, "
                  "speaking for the group, praised both leaders for their courage.")
    welcome = [r for r in got if r[2] == "welcomed"]
    assert welcome and welcome[0][0] == "SUPPORT" and welcome[0][1] == "051"
    assert "GBRGOV" not in welcome[0][4]


def test_welcoming_a_visitor_stays_a_visit():
    got = records("Xi welcomed Lula at the airport.")
    assert ("CONSULT", "043", "welcomed", ["CHNGOV"], ["BRAGOV"]) in got


def test_fighting_an_election_is_no_threat():
    got = records("The prime minister said she accepted the verdict but would fight the next general election "
                  "as a vote on the reform.")
    assert not [r for r in got if r[2] == "fight"]


def test_fighting_rebels_is_still_force():
    got = records("Russia said it would fight NATO if attacked.")
    assert [r[0] for r in got if r[2] == "fight"] == ["THREATEN"]


def test_moving_units_out_is_no_threat():
    got = records("The army chief said the military would begin moving troops out of the north once the rebels "
                  "had surrendered their guns.")
    moving = [r for r in got if r[2] == "moving"]
    assert moving and moving[0][0] != "THREATEN"


def test_a_case_sent_to_court_is_no_aid():
    assert not [r for r in records("His case has been sent to the Supreme Court.") if r[0] == "AID"]
    assert not [r for r in records("The prosecutor sent the file to the court on Monday.") if r[0] == "AID"]


def test_own_forces_sent_are_no_aid():
    got = records("The defence minister said attack helicopters had been sent to support soldiers in the hills "
                  "of Borno.")
    assert not [r for r in got if r[0] == "AID"]
    got = records("The government will withdraw soldiers and police sent to Mindanao from other provinces.")
    assert not [r for r in got if r[2] == "sent"]


def test_arms_sent_to_foreign_troops_stay_aid():
    got = records("The defence minister said attack helicopters had been sent to support Ukrainian soldiers.")
    assert [r for r in got if r[0] == "AID" and r[4] == ["UKRMIL"]]
    assert ("AID", "072", "sent", ["USA"], ["UKR"]) in records("The United States sent weapons to Ukraine.")


def test_giving_legal_form_is_no_aid():
    got = records("The parliament of Kenya passed the new law in March. It gives legal form to the 2016 peace "
                  "agreement, signed by the rebels and the government of then-president Kenyatta after years of talks.")
    assert not [r for r in got if r[0] == "AID"]
    assert not [r for r in records("The court gave the government more time.") if r[0] == "AID"]


def test_giving_aid_or_loans_stays_aid():
    assert ("AID", "070", "gave", ["USA"], ["JOR"]) in records("The United States gave Jordan $1 billion in aid.")
    assert [r for r in records("China gave Pakistan new loans.") if r[0] == "AID" and r[2] == "gave"]

"""Session 41, helper k: the doer of a spoken act (an appeal, pledge, warning or charge) that the
parser joins to a reported clause ("X said Y attacked Z and called for talks") is the sayer when
the clause tells of another party; a deed joined there stays with the clause's subject. Sentences
written for these tests."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate


def records(text: str, date: str = "2024-03-01") -> list[tuple[str, str, list[str | None], list[str | None]]]:
    art = annotate(Article(id="t", text=text, date=date))
    return [(e.type, e.trigger.split()[0].lower(), [a.code for a in e.source], [a.code for a in e.target])
            for e in art.events]


def by_trigger(got: list[tuple], word: str) -> tuple:
    found = [r for r in got if r[1] == word]
    assert found, got
    return found[0]


def test_appeal_after_a_reported_attack_is_the_sayers():
    got = records("The Ukrainian minister said the Russian army shelled the town and called for talks with Moscow.")
    assert by_trigger(got, "shelled")[2] == ["RUSMIL"]
    assert by_trigger(got, "called")[2] == ["UKRGOV"]


def test_appeal_after_a_verdict_on_anothers_decision():
    got = records("The Nigerian spokesman said Cameroon's decision had no basis in law and urged the "
                  "African Union to intervene.")
    assert by_trigger(got, "urged")[2] == ["NGAGOV"]


def test_charge_after_a_passive_with_an_agent():
    got = records("The Russian spokeswoman said the sanctions had been imposed by Western countries and "
                  "accused them of hypocrisy.")
    accuse = by_trigger(got, "accused")
    assert accuse[2] == ["RUSGOV"] and accuse[3] == ["WST"]


def test_appeal_after_a_progressive_report():
    got = records("The Kenyan official said peacekeepers were protecting civilians in Somalia and appealed "
                  "for humanitarian access.")
    assert by_trigger(got, "appealed")[2] == ["KENGOV"]


def test_warning_after_a_reported_strike():
    got = records("Iran's foreign minister said Israel attacked the consulate and warned of retaliation.")
    assert by_trigger(got, "warned")[2] == ["IRNGOV"]


def test_deed_joined_to_the_clause_stays_with_its_subject():
    got = records("The Israeli army said Hamas fighters attacked a border post and killed two soldiers.")
    assert by_trigger(got, "killed")[2] == ["PSEREB"]


def test_same_party_keeps_the_clause_subject():
    # the spokesman speaks for the party the clause names: nothing to move
    got = records("A State Department spokeswoman said Washington was concerned by China's efforts and "
                  "urged Pacific nations to consider the consequences.")
    assert by_trigger(got, "urged")[2] == ["USAGOV"]


def test_news_desk_is_no_doer():
    got = records("Al Jazeera said the Houthi rebels attacked a ship and vowed more strikes.")
    assert by_trigger(got, "vowed")[2] == ["YEMREB"]

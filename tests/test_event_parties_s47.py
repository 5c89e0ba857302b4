"""Session 47: parties and non-events from batch AV's verdicts. A town named only as where a
blame or refusal was made is not its target (but a retreat "in Gaza" is aimed there); a state's
own troops it offers or pulls out are not whom the act is aimed at; crimes "committed" are no
commitment; documents "released" free no one. Sentences written for these tests."""

from __future__ import annotations

from event_helpers import cameo_records, stored_article

from dyads.pipeline import annotate


def records(text: str) -> list[tuple[str, str | None, list[str | None], list[str | None]]]:
    return cameo_records(text, "2004-04-30")


def test_where_a_leader_condemned_raids_is_not_whom_he_condemned():
    got = records("RAMALLAH, Dec 27 (Wire) - Palestinian President Mahmoud Abbas condemned the raids from "
                  "his headquarters in Ramallah.")
    accusations = [r for r in got if r[0] == "ACCUSE"]
    assert accusations and all("PSE" not in r[3] for r in accusations)


def test_where_a_treaty_was_blocked_is_no_party():
    got = records("NEW DELHI, May 13 (Wire) - India blocked the test ban treaty in Geneva in 1996.")
    assert [r[0] for r in got] == ["REJECT"]
    assert got[0][3] == []


def test_halting_an_offensive_in_gaza_stays_aimed_at_gaza():
    got = records("SANAA, Jan 5 (Wire) - The Houthis will keep targeting ships until Israel halts its "
                  "offensive in Gaza.")
    assert ("RETREAT", "0871", ["ISR"], ["PSE"]) in got


def test_troops_a_state_offers_are_not_the_target_of_its_offer():
    got = records("BRASILIA, April 30 (Wire) - Brazil has offered about 1,200 soldiers, the largest "
                  "contingent.")
    assert [r[0] for r in got] == ["AGREE"]
    assert got[0][3] == []


def test_troops_a_state_withdraws_are_not_the_target_of_the_withdrawal():
    got = records("WASHINGTON, April 30 (Wire) - The United States would withdraw most of its roughly 2,000 "
                  "troops once the U.N. force was in place.")
    retreats = [r for r in got if r[0] == "RETREAT"]
    assert retreats and all("USAMIL" not in r[3] for r in retreats)


def test_crimes_said_to_have_been_committed_are_no_commitment():
    got = records("THE HAGUE, March 17 (Wire) - The court cited crimes it said had been committed in "
                  "occupied Ukrainian territory.")
    assert not any(r[0] == "AGREE" for r in got)


def test_excerpts_released_by_the_white_house_free_no_one():
    got = records("WASHINGTON, Dec 17 (Wire) - The White House released excerpts of the speech. The text "
                  "came in excerpts released by the White House.")
    assert not any(r[0] == "RETREAT" for r in got)


def test_prisoners_released_are_still_freed():
    got = records("HAVANA, Dec 17 (Wire) - Cuba released 53 political prisoners on Wednesday.")
    assert any(r[0] == "RETREAT" and r[2] == ["CUB"] for r in got)


def test_a_member_suspended_from_a_body_was_suspended_by_it():
    got = records("WASHINGTON, Dec 17 (Wire) - Cuba was suspended from the OAS in 1962.")
    assert ("SANCTION", "160", ["IGO"], ["CUB"]) in got


def test_offered_congratulations_are_praise_given_not_a_pledge():
    got = records("VATICAN CITY, Dec 17 (Wire) - The pope offered his warm congratulations to both leaders.")
    assert [r[:2] for r in got] == [("SUPPORT", "051")]


def test_what_a_state_has_done_in_a_which_clause_is_background():
    got = records("CAIRO, Nov 27 (Wire) - Russia, which has blocked Western efforts to censure Syria at the "
                  "U.N. Security Council, said the sanctions were wrong.")
    assert not any(r[0] == "PROTEST" or r[0] == "REJECT" and r[2] == ["RUS"] for r in got)


def test_what_a_leader_has_done_in_a_who_clause_is_still_told():
    got = records("PRISTINA, Jan 5 (Wire) - Prime Minister Albin Kurti, who has accused Belgrade of stirring "
                  "up the unrest, called on the peacekeepers to remove the barricades.")
    assert any(r[0] == "ACCUSE" and r[3] == ["SRBGOV"] for r in got)


def test_dismissing_a_decision_as_void_rejects_it():
    got = records("MOSCOW, March 17 (Wire) - Moscow dismissed the warrant as legally void.")
    assert [r[:2] for r in got] == [("REJECT", "120")]


def test_dismissing_a_vote_as_a_distraction_still_criticises_it():
    got = records("MOSCOW, March 17 (Wire) - Moscow dismissed the referendum as a distraction.")
    assert [r[0] for r in got] == ["ACCUSE"]


def test_a_which_clause_on_a_named_government_has_that_government_as_doer():
    # batch AV's AV105: "the interim government of Prime Minister Gerard Latortue, which recalled its
    # ambassador from Kingston in March in protest"
    art = annotate(stored_article("fresh_news_s47av.jsonl", "AV105"))
    recalls = [e for e in art.events if e.type == "SANCTION" and e.trigger == "recalled"]
    assert [a.code for a in recalls[0].source] == ["HTIGOV"]
    assert [a.code for a in recalls[0].target] == ["JAMGOV"]


def test_where_fire_came_from_is_not_what_was_shot_at():
    got = records("AKCAKALE, Oct 10 (Wire) - Smoke rose over Tal Abyad as howitzers fired from fields outside "
                  "Akcakale.")
    assert not any(r[0] == "ASSAULT" and "TUR" in r[3] for r in got)


def test_the_leads_present_accusation_is_still_told():
    got = records("MOSCOW, Oct 3 (Wire) - Russia accuses the United States of meddling in Georgia.")
    assert ("ACCUSE", "112", ["RUS"], ["USA"]) in got

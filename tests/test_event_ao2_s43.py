"""Session 43 (events of batch AO2): acts the lexicon read as other acts or as acts at all, on
sentences written for these tests: armed men on a rampage attack, a grant only proposed is an
offer, a warning "of" an outcome foretells it, what an ultimatum demands or a promised thing would
do is no act done, and neither is what a standing rule or status does. The acts themselves stay."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate


def records(text: str, date: str = "2021-03-02") -> list[tuple[str, str, str, list[str | None], list[str | None]]]:
    art = annotate(Article(id="t", text=text, date=date))
    return [(e.type, e.trigger, e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in art.events]


def flagged(text: str, word: str) -> list[tuple[str, str, tuple[str, ...]]]:
    art = annotate(Article(id="t", text=text, date="2021-03-02"))
    return [(e.type, e.cameo, tuple(sorted(f for f in ("future", "hypothetical", "negated") if getattr(e, f, False))))
            for e in art.events if e.trigger.lower().startswith(word)]


def on(text: str, word: str) -> list[tuple[str, str, str, list[str | None], list[str | None]]]:
    return [r for r in records(text) if r[1].lower().startswith(word)]


def test_armed_gangs_on_a_rampage_attack():
    rows = on("Armed gangs loyal to the junta went on a rampage in Bamako, burning shops and houses.", "rampage")
    assert [(r[0], r[2]) for r in rows] == [("ASSAULT", "190")]


def test_rebels_on_a_rampage_attack():
    rows = on("Rebel fighters went on a rampage in the northern town of Kidal on Sunday.", "rampage")
    assert [r[0] for r in rows] == ["ASSAULT"]


def test_a_crowd_on_a_rampage_stays_a_riot():
    rows = on("Angry Chilean students went on a rampage in Santiago after the vote.", "rampage")
    assert all(r[0] == "PROTEST" for r in rows)


def test_proposed_self_rule_is_an_offer_of_reform():
    text = "Spanish Prime Minister Pedro Sanchez on Monday proposed giving Catalonia a form of autonomy."
    rows = flagged(text, "giving")
    assert rows == [("AGREE", "034", ("future",))]


def test_proposed_arms_are_an_offer_of_military_aid():
    rows = on("Chancellor Olaf Scholz on Monday proposed giving Ukraine more weapons.", "giving")
    assert rows == [("AGREE", "giving", "0332", ["DEUGOV"], ["UKR"])]


def test_arms_given_stay_aid():
    rows = on("Chancellor Olaf Scholz on Monday gave Ukraine more weapons.", "gave")
    assert [(r[0], r[2]) for r in rows] == [("AID", "072")]


def test_a_chain_reaction_warned_of_is_no_threat():
    assert on("The Russian foreign minister warned of a chain reaction in the Balkans.", "warned") == []
    assert on("The Chinese foreign minister warned of the risk of civil war in Myanmar.", "warned") == []


def test_consequences_warned_of_stay_a_threat():
    rows = on("Washington warned Moscow of serious consequences.", "warned")
    assert [(r[0], r[3], r[4]) for r in rows] == [("THREATEN", ["USAGOV"], ["RUSGOV"])]


def test_what_an_ultimatum_demands_is_no_surrender():
    text = "The Malian army gave the rebels a 48-hour ultimatum to surrender and lay down their arms."
    assert on(text, "surrender") == []
    assert on(text, "lay") == []
    assert any(r[0] == "THREATEN" for r in records(text))


def test_a_surrender_told_stays_a_retreat():
    assert [r[0] for r in on("The rebels surrendered to the Malian army on Monday.", "surrendered")] == ["RETREAT"]


def test_what_a_promised_state_would_do_is_the_promise():
    text = "Prime Minister Albin Kurti read out the declaration, promising a democratic state that would protect the rights of all communities."
    assert on(text, "protect") == []
    assert [r[0] for r in on(text, "promising")] == ["AGREE"]


def test_what_a_standing_designation_does_is_no_act():
    text = "Mali has been on the list since 2012, a designation that blocks most French aid and trade."
    assert on(text, "blocks") == [] and on(text, "aid") == []


def test_a_block_done_stays():
    assert on("France blocked most aid to Mali in 2012.", "blocked") != []


def test_the_state_a_rally_is_against_is_not_the_crowd():
    text = "A rally against Turkey's military operation was held in Yerevan on Friday."
    rows = on(text, "rally")
    assert rows and all("TURCVL" not in r[3] for r in rows)


def test_a_crowd_in_a_city_stays_its_people():
    rows = on("Thousands rallied in Nairobi against the new tax.", "rallied")
    assert [r[3] for r in rows] == [["KENCVL"]]

"""Session 52: where a story happens and whose people act in it (batches BV and BW's
leftovers). Sentences written for these tests."""

from __future__ import annotations

from event_helpers import codes_in

from dyads.model import Article


def codes_of(text: str, word: str, date: str) -> list[str | None]:
    return codes_in(Article(id="t", text=text, date=date), word)


def test_a_lead_set_where_the_story_was_filed_keeps_its_locals_there():
    text = ("KAMPALA, July 12 (Wire) - Twin bomb blasts ripped through crowds in the Ugandan capital on "
            "Sunday, killing at least 64 people. Al Shabaab, which is fighting Somalia's government, said "
            "it carried out the attack. Its fighters have long battled African peacekeepers in Mogadishu. "
            "Somali officials in Mogadishu condemned the blasts. Troops in Mogadishu were put on alert. "
            "Somalia's president spoke to reporters in Mogadishu.\n\n"
            "\"What we have seen so far points to a suicide attack,\" the police chief said.\n\n"
            "Relatives queued outside the city mortuary on Monday.")
    assert codes_of(text, "the police chief", "2010-07-12") == ["UGACOP"]
    assert codes_of(text, "Relatives", "2010-07-12") == ["UGACVL"]


def test_a_creeds_armed_followers_are_the_storys_insurgents():
    text = ("KATHMANDU, April 25 (Wire) - Nepal's King Gyanendra restored parliament on Monday after weeks "
            "of protests. The Maoists, who took up arms in 1996, rejected the move. Washington urged the "
            "Maoists to lay down their arms.")
    assert codes_of(text, "Maoists", "2006-04-25") == ["NPLREB", "NPLREB"]


def test_an_envoy_named_in_apposition_is_the_senders():
    text = ("KATHMANDU, April 25 (Wire) - Nepal's king restored parliament on Monday. Indian Prime "
            "Minister Manmohan Singh sent a special envoy, Karan Singh, to Kathmandu last week.")
    assert codes_of(text, "Karan Singh", "2006-04-25") == ["INDGOV"]


def test_a_named_persons_lawyers_and_children_are_of_his_state():
    text = ("ISLAMABAD, July 28 (Wire) - Pakistan's Supreme Court disqualified Prime Minister Nawaz Sharif "
            "on Friday. The Panama Papers showed that three of Sharif's children owned offshore companies. "
            "Sharif's lawyers submitted a letter from a former prime minister of Qatar.")
    assert codes_of(text, "children", "2017-07-28") == ["PAKCVL"]
    assert codes_of(text, "lawyers", "2017-07-28") == ["PAKCVL"]


def test_a_rebel_front_that_took_power_is_the_government_after_that_day():
    text = "ADDIS ABABA, June 9 (Wire) - The Ethiopian People's Revolutionary Democratic Front (EPRDF) said it had won."
    assert codes_of(text, "EPRDF", "2005-06-09") == ["ETHGOV"]
    assert codes_of(text, "EPRDF", "1990-06-09") == ["ETHREB"]


def test_ethnic_armed_groups_named_like_unions_councils_and_armies_are_rebels():
    text = ("NAYPYITAW, Oct 15 (Wire) - Myanmar signed a ceasefire with eight ethnic armed groups on "
            "Thursday. The signatories included the Karen National Union and the Restoration Council of "
            "Shan State. The United Wa State Army did not sign.")
    codes = {a: codes_of(text, a, "2015-10-15") + codes_of(text, "the " + a, "2015-10-15")
             for a in ("Karen National Union", "Restoration Council of Shan State", "United Wa State Army")}
    assert codes == {a: ["MMRREB"] for a in codes}


def test_a_leader_between_two_terms_is_in_opposition_not_incoming():
    text = ("ROME, Jan 24 (Wire) - Prime Minister Romano Prodi lost a confidence vote in the Senate on "
            "Thursday. Silvio Berlusconi demanded an early election.")
    assert codes_of(text, "Silvio Berlusconi", "2008-01-24") == ["ITAOPP"]


def test_south_sudans_rebel_leader_in_2018():
    text = ("JUBA, July 13 (Wire) - The U.N. Security Council imposed an arms embargo on South Sudan. "
            "Riek Machar said the embargo would not help.")
    assert codes_of(text, "Riek Machar", "2018-07-13") == ["SSDREB"]


def test_a_minister_who_quits_to_challenge_the_president_is_in_opposition():
    text = ("COLOMBO, Nov 21 (Wire) - Maithripala Sirisena quit the government on Friday to run against "
            "President Mahinda Rajapaksa. Sirisena said he would abolish the executive presidency.")
    assert codes_of(text, "Maithripala Sirisena", "2014-11-21") == ["LKAOPP"]
    assert codes_of(text, "Sirisena", "2014-11-21") == ["LKAOPP"]

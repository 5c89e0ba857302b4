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

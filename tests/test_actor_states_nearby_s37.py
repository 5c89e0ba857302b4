"""Session 37, helper k (batch AJ actor mentions): states the article makes clear (a demonym
before a title the name stands in apposition to, a minister's title the tagger split, the
acronym of a named party after "the", a generic "Defence Force", an opening "In <state>,"),
states taken from a nearby actor (a state's form of rule, a pronoun after a passive agent)
and international bodies ("the council" of the story's lead, AU troops, bare peacekeepers).
Sentences of our own; each rule has a case that must stay as it was."""

from __future__ import annotations

from actor_helpers import actor_codes


# --- states the article makes clear -----------------------------------------------------------


def test_demonym_before_a_title_in_apposition_is_the_persons(nlp) -> None:
    text = ("LUANDA (Wire) - A court in Angola on Tuesday sentenced British former naval officer "
            "Peter Holm to twelve years in prison. Holm denied the charges. He will appeal.")
    codes = actor_codes(nlp, text, date="2009-05-05")
    assert codes["British former naval officer Peter Holm"].startswith("GBR")
    assert codes["Holm"].startswith("GBR")
    assert codes["He"].startswith("GBR")


def test_kin_word_before_a_name_stays_outside_the_name(nlp) -> None:
    text = "KUALA LUMPUR (Wire) - Malaysian tycoon Ravi Nair and his brother Suresh Nair were charged."
    codes = actor_codes(nlp, text)
    assert "his brother Suresh Nair" not in codes
    assert "brother Suresh Nair" not in codes


def test_minister_title_split_by_the_tagger_is_one_person(nlp) -> None:
    text = ("DOHA (Wire) - Qatar's Minister of Commerce and Industry Rashid bin Salim Hamdan signed "
            "the pact in Washington. Rashid bin Salim Hamdan said the deal would create jobs.")
    codes = actor_codes(nlp, text)
    assert codes["Qatar's Minister of Commerce and Industry Rashid bin Salim Hamdan"] == "QATGOV"
    assert codes["Rashid bin Salim Hamdan"] == "QATGOV"


def test_acronym_after_the_is_the_party_named_before(nlp) -> None:
    text = ("KINGSTON (Wire) - Jamaica's government declared a curfew. The opposition Progressive "
            "Civic Movement questioned the curfew. The PCM, which lost the last election, said it "
            "would back lawful steps.")
    codes = actor_codes(nlp, text)
    assert codes["The PCM"] == "JAMOPP"
    assert codes["it"] == "JAMOPP"


def test_generic_defence_force_takes_the_story_state(nlp) -> None:
    text = ("GABORONE (Wire) - Botswana's government declared a curfew on Sunday. The minister said "
            "police and the Defence Force would man roadblocks.")
    codes = actor_codes(nlp, text)
    assert codes["the Defence Force"] == "BWAMIL"


def test_named_state_ministers_keep_their_sector(nlp) -> None:
    text = "PORT MORESBY (Wire) - Papua New Guinea's Defence Minister John Kaupa signed the accord."
    codes = actor_codes(nlp, text)
    assert codes["Papua New Guinea's Defence Minister John Kaupa"] == "PNGGOV"


def test_opening_in_state_sets_the_subjects_state(nlp) -> None:
    text = ("YEREVAN (Wire) - Armenia and Turkey signed an accord on Saturday. In Turkey, nationalist "
            "opposition politicians accused the government of abandoning Azerbaijan.")
    codes = actor_codes(nlp, text)
    assert codes["nationalist opposition politicians"] == "TUROPP"


# --- a nearby actor's state -------------------------------------------------------------------


def test_the_sultanate_is_the_state_so_ruled(nlp) -> None:
    text = ("WASHINGTON (Wire) - The United States and Oman signed a trade pact on Thursday. "
            "U.S. farmers would gain access to the sultanate's market.")
    codes = actor_codes(nlp, text)
    assert codes["the sultanate"] == "OMN"


def test_the_kingdom_stays_the_story_state_when_no_other_is_so_ruled(nlp) -> None:
    text = ("RABAT (Wire) - Morocco and Algeria traded accusations on Monday. The EU urged the "
            "kingdom to show restraint.")
    codes = actor_codes(nlp, text)
    assert codes["the kingdom"] == "MAR"


def test_pronoun_after_a_passive_agent_is_the_agent(nlp) -> None:
    text = ("MALABO (Wire) - A court jailed British mercenary John Barrow. Barrow denied the charge. "
            "Equatorial Guinea has been ruled by President Teodoro Obiang since he took power in a 1979 coup.")
    codes = actor_codes(nlp, text, date="2008-07-07")
    assert codes["he"] == "GNQGOV"


# --- international bodies ---------------------------------------------------------------------


def test_the_council_stays_the_leads_council(nlp) -> None:
    text = ("UNITED NATIONS (Wire) - The U.N. Security Council imposed sanctions on Eritrea on "
            "Wednesday. The council last imposed an embargo in 2000. The African Union's Peace and "
            "Security Council had called for sanctions in May. Kenya's envoy told the council after "
            "the vote that it was a clear message.")
    codes = actor_codes(nlp, text)
    assert codes["the council"] == "UNOGOV"


def test_the_council_after_a_newly_named_council_is_that_council(nlp) -> None:
    text = ("UNITED NATIONS (Wire) - The U.N. Security Council imposed sanctions on Eritrea on "
            "Wednesday. The African Union's Peace and Security Council met in Addis Ababa. The "
            "council called for talks.")
    codes = actor_codes(nlp, text)
    assert codes["The council"] == "IGO"


def test_au_troops_in_a_city_are_the_bodys(nlp) -> None:
    text = "MOGADISHU (Wire) - Kenya provides many of the AU troops in Mogadishu."
    codes = actor_codes(nlp, text)
    assert codes["the AU troops"] == "IGOMIL"


def test_bare_peacekeepers_are_the_world_bodys_not_the_hosts(nlp) -> None:
    text = ("JUBA (Wire) - Fighting spread across South Sudan. The U.N. mission said peacekeepers "
            "were protecting civilians.")
    codes = actor_codes(nlp, text)
    assert codes["peacekeepers"] == "UNOMIL"
    assert codes["civilians"] == "SSDCVL"


def test_national_peacekeepers_keep_their_state(nlp) -> None:
    text = "JUBA (Wire) - Fighting spread across South Sudan. Indian peacekeepers protected civilians."
    codes = actor_codes(nlp, text)
    assert codes["Indian peacekeepers"] == "INDMIL"

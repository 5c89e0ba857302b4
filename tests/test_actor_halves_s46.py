"""Session 46: "the North" and "the South" of a divided pair of states, their "southern" forces
and "troops from the South"; a town's comma is not its state when a possessive follows; an
official who tells a cabinet "in Kiev" serves Ukraine. Sentences written for these tests."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate


def codes(text: str, date: str = "2012-04-12") -> dict[str, str | None]:
    art = annotate(Article(id="t", text=text, date=date))
    return {art.text[a.start:a.end]: a.code for a in art.actors}


SUDAN = ("KHARTOUM, April 12 (Wire) - Sudanese jets bombed targets inside South Sudan on Thursday, a day "
         "after troops from the newly independent South seized an oil field. Sudan said 40 southern "
         "soldiers were killed.")


def test_troops_from_the_south_are_south_sudans():
    found = codes(SUDAN)
    assert found["troops"] == "SSDMIL"
    assert found["40 southern soldiers"] == "SSDMIL"


def test_before_independence_the_south_is_a_region_of_sudan():
    text = ("KHARTOUM, Jan 9 (Wire) - Sudan's government signed a peace deal with the rebels on Sunday. "
            "Sudan said 40 southern soldiers had deserted.")
    assert codes(text, "2005-01-09")["40 southern soldiers"] != "SSDMIL"


def test_the_north_of_a_korean_story_is_north_korea():
    text = ("SEOUL, April 12 (Wire) - North Korea fired a rocket on Thursday. The North said the launch "
            "was peaceful, but the South called it a provocation.")
    found = codes(text)
    assert found["The North"] == "PRK"
    assert found["the South"] == "KOR"


def test_the_south_china_sea_is_no_half():
    text = ("SEOUL, April 12 (Wire) - North Korea fired a rocket on Thursday. Chinese ships sailed in the "
            "South China Sea.")
    assert "South" not in codes(text)


def test_capital_before_a_possessive_is_not_a_town_of_that_state():
    text = ("WASHINGTON, July 4 (Wire) - The Organization of American States suspended Honduras on "
            "Saturday. Washington, Honduras' main trading partner, has suspended joint military "
            "activities with the Honduran armed forces.")
    assert codes(text, "2009-07-04")["Washington"] == "USAGOV"


def test_official_telling_a_cabinet_in_kiev_is_ukraines():
    text = ("MOSCOW, Jan 1 (Wire) - Russia cut gas supplies to Ukraine on Sunday, Russia's gas company "
            "said. Prime Minister Ivan Petrenko told a cabinet meeting in Kiev that Ukraine had enough "
            "gas.")
    assert codes(text, "2006-01-01")["Prime Minister Ivan Petrenko"] == "UKRGOV"


def test_residents_of_a_capital_are_its_states_people():
    text = ("MOSCOW, May 6 (Wire) - The protests brought tens of thousands of Muscovites onto the streets, "
            "police said.")
    assert codes(text)["Muscovites"] == "RUSCVL"


def test_a_states_ombudsman_is_an_office_of_the_state():
    text = "MOSCOW, May 6 (Wire) - Russian human rights ombudsman Vladimir Lukin said he would examine complaints."
    assert codes(text)["Russian human rights ombudsman Vladimir Lukin"] == "RUSGOV"


def test_firms_owned_by_a_foreign_army_are_that_armys_states():
    text = ("WASHINGTON, Feb 11 (Wire) - The United States imposed sanctions on Myanmar's generals on "
            "Thursday. The Treasury said it had also blacklisted three gem companies it said were owned "
            "by the Myanmar armed forces.")
    assert codes(text, "2021-02-11")["three gem companies"] == "MMRBUS"


def test_a_place_the_tagger_took_for_a_person_after_state_of():
    text = ("COLOMBO, Jan 2 (Wire) - India, home to some 60 million Tamils in the southern state of Tamil "
            "Nadu, urged Colombo to protect civilians.")
    found = codes(text, "2009-01-02")
    assert found.get("Tamil Nadu") == "IND"
    assert "the southern state of Tamil Nadu" not in found


def test_myanmars_nld_is_a_party_with_a_dated_role():
    text = "YANGON, Feb 11 (Wire) - The National League for Democracy said the NLD would not take part."
    assert codes(text, "2018-05-01")["NLD"] == "MMRPTY"
    assert codes(text, "2012-05-01")["NLD"] == "MMROPP"


def test_us_story_about_another_state_gives_it_the_opposition_and_courts():
    text = ("WASHINGTON, Aug 25 (Wire) - President Donald Trump barred U.S. banks from buying new debt issued "
            "by Venezuela's government, the White House said. Venezuela's President Nicolas Maduro called "
            "the sanctions illegal. Venezuela said it would respond, and Caracas recalled its envoy. The "
            "opposition boycotted the vote, and the new assembly sacked the chief prosecutor.")
    found = codes(text, "2017-08-25")
    assert found["The opposition"] == "VENOPP"
    assert found["the chief prosecutor"] != "VENJUD"  # (courts are left alone: see the next test)


def test_us_story_about_mexicans_keeps_its_own_prosecutors():
    text = ("EL PASO, Aug 5 (Wire) - A gunman killed 22 people at a store in El Paso, Texas, U.S. police "
            "said. U.S. President Donald Trump called the attack an act of hate, and the United States "
            "flew flags at half-staff. Washington said the FBI would help. Mexico said eight of the dead "
            "were Mexican, and Mexico's foreign minister called it terrorism. State prosecutors said "
            "they would seek the death penalty.")
    assert codes(text, "2019-08-05").get("State prosecutors") != "MEXJUD"

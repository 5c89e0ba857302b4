"""Session 55: what batches CH and CH2's judges counted wrong (a state written in front of a body
other states also have, "she" after a rights group, pairs of people and states, a speaker's
"he" across "and said" and "as", two sides of a row after their backers, the guests of a
ceremony). Sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

from event_helpers import codes_in

from dyads.model import Article


DATA = Path(__file__).parent / "data"


def codes_of(text: str, word: str, date: str = "2010-02-09") -> list[str | None]:
    return codes_in(Article(id="t", text=text, date=date, title=""), word)


def test_a_state_written_before_a_shared_body_keeps_it():
    text = ("COLOMBO, Feb 9 (Wire) - Sri Lanka arrested the general on Monday. Britain's Foreign "
            "Office said it was watching closely. The Foreign Office added that he must see lawyers.")
    assert codes_of(text, "Foreign Office") == ["GBRGOV", "GBRGOV"]
    assert codes_of(text, "it") == ["GBRGOV"]


def test_a_shared_body_named_bare_is_still_the_storys():
    """A guard for the rule above: with no state written in front, the story's state stays."""
    text = ("COLOMBO, Feb 9 (Wire) - Sri Lanka arrested the general on Monday. The Foreign Office "
            "in Colombo said the arrest was lawful. Sri Lanka's president defended it.")
    assert codes_of(text, "Foreign Office") == ["LKAGOV"]


def test_she_is_no_rights_group():
    text = ("DHAKA, July 16 (Wire) - Rights group Amnesty International said detainees had been "
            "mistreated. A garment worker nearby said she feared more unrest.")
    assert codes_of(text, "she", "2007-07-16") == []


def test_both_women_are_no_pair_of_states():
    text = ("DHAKA, July 16 (Wire) - Bangladesh arrested former prime minister Sheikh Hasina. In "
            "April the government tried to block her return from a trip to the United States and "
            "Britain. Supporters of both women accuse the authorities of a plot.")
    assert "USA" not in codes_of(text, "both women", "2007-07-16")
    assert codes_of(text, "Supporters", "2007-07-16") == ["BGDCVL"]


def test_both_sides_far_from_a_trip_are_no_pair_of_states():
    text = ("DHAKA, July 16 (Wire) - Bangladesh arrested former prime minister Sheikh Hasina. In "
            "April the government tried to block her return from a trip to the United States and "
            "Britain. Officials also pressed Khaleda Zia to leave. The army-backed government "
            "says it will hold a vote. Her party said it would not protest. Police detained 30 "
            "people. \"They were all corrupt, both sides,\" said a rickshaw puller.")
    assert not {"USA", "GBR"} & set(codes_of(text, "both sides", "2007-07-16"))


def test_he_of_a_speaker_whose_said_is_joined_by_and():
    text = ("COLOMBO, Feb 9 (Wire) - Rajapaksa won the election with 58 percent against 40 percent "
            "for Fonseka. Fonseka refused to accept the result, saying it had been rigged, and said "
            "he would challenge it in the Supreme Court.")
    codes = codes_of(text, "he")
    assert codes and codes[0] == "LKAELI"


def test_he_of_a_speaker_who_speaks_as_he_reads():
    text = ("LIMA, April 7 (Wire) - A Peruvian court convicted former President Alberto Fujimori. "
            "\"The charges have been proven,\" presiding judge Cesar San Martin said as he read "
            "out the verdict.")
    assert codes_of(text, "he", "2009-04-07") == ["PERJUD"]


def test_both_sides_after_backers_are_the_storys_two_sides():
    text = ("RIYADH, Aug 6 (Wire) - Saudi Arabia expelled Canada's ambassador on Monday and froze "
            "new trade with Canada. Canada said it was concerned. Saudi Arabia said Canada had "
            "interfered. Canada said it would stand up for human rights, and Saudi Arabia "
            "recalled its envoy. The United Arab Emirates and Bahrain issued statements backing "
            "Saudi Arabia. \"Both sides need to resolve this together,\" a U.S. spokeswoman said.")
    codes = codes_of(text, "Both sides", "2018-08-06")
    assert {c[:3] for c in codes} == {"SAU", "CAN"}


def test_the_two_countries_are_a_ceremonys_two_guests_not_its_host():
    text = ("WASHINGTON, Aug 8 (Wire) - President Donald Trump hosted Azerbaijani President Ilham "
            "Aliyev and Armenian Prime Minister Nikol Pashinyan for the ceremony, at which the two "
            "countries' foreign ministers initialled the text.")
    codes = codes_of(text, "the two countries", "2025-08-08")
    assert sorted(c[:3] for c in codes) == ["ARM", "AZE"]


def test_togos_exiled_opposition_leader():
    text = ("LOME, April 27 (Wire) - Gilchrist Olympio, leader of the Union of Forces for Change "
            "(UFC), who lives in exile, said the vote was rigged.")
    assert codes_of(text, "Gilchrist Olympio", "2005-04-27") == ["TGOOPP"]
    assert codes_of(text, "UFC", "2005-04-27") == ["TGOOPP"]



def test_reporters_a_leader_tells_at_home_are_of_the_dateline():
    """The whole of batch CH's White House story, where the reporters took a guest's state."""
    row = next(r for line in (DATA / "fresh_news_s55ch.jsonl").read_text().splitlines()
               if (r := json.loads(line))["id"] == "CH105")
    article = Article(id=row["id"], text=row["text"], date=row["date"], title=row["title"])
    assert codes_in(article, "reporters")[0] == "USAJRN"


def test_kosovos_own_serbs_are_kosovos():
    text = ("PRISTINA, Sept 24 (Wire) - Serbian President Aleksandar Vucic said the gunmen were local "
            "Kosovo Serbs. Kosovo police said the attack had been planned. Around 50,000 Serbs in "
            "four northern municipalities reject Pristina's authority, and Serbian forces left the "
            "territory in 1999.")
    assert codes_of(text, "Serbs", "2023-09-24") == ["XKXCVL", "XKXCVL"]
    assert codes_of(text, "Serbian forces", "2023-09-24") == ["SRBMIL"]
    assert codes_of(text, "Serbian President Aleksandar Vucic", "2023-09-24") == ["SRBGOV"]


def test_an_outlet_a_leader_gives_an_interview_to_is_his_countrys():
    """A guard: Kosovo's Serbs no longer say Serbia here, the speaker does."""
    text = ("PRISTINA, Sept 24 (Wire) - Kosovo's prime minister accused Belgrade of backing the "
            "gunmen. \"They want to drive the Serbs out,\" Vucic told the Pink television channel.")
    assert codes_of(text, "the Pink television channel", "2023-09-24") == ["SRBJRN"]


def test_reporters_told_from_a_named_place_keep_no_speakers_state():
    """A guard: the press rule leaves reporters alone where the telling is placed."""
    text = ("RABAT, Nov 6 (Wire) - Morocco said it would build a wall. \"This is a violation,\" a "
            "senior Polisario official told reporters by telephone from the Tindouf refugee camps "
            "in Algeria.")
    assert "ESHJRN" not in codes_of(text, "reporters", "2010-11-06")


def test_a_name_read_as_a_body_but_set_off_by_an_age_is_a_person():
    text = ("BANGKOK, May 22 (Wire) - Thailand's army seized power on Thursday. \"We expected this,\" "
            "said Somchai, a 52-year-old rice farmer from the province of Khon Kaen.")
    assert codes_of(text, "Somchai", "2014-05-22") == ["THACVL"]


def test_a_member_of_another_states_congress_is_of_that_state():
    text = ("LIMA, April 7 (Wire) - A Peruvian court convicted former President Alberto Fujimori. "
            "Keiko Fujimori, a member of Congress, called the verdict hateful.")
    assert codes_of(text, "Keiko Fujimori", "2009-04-07") == ["PERLEG"]


def test_the_groups_director_works_for_the_group_named_before():
    text = ("LIMA, April 7 (Wire) - A Peruvian court convicted former President Alberto Fujimori. "
            "Human Rights Watch praised the verdict. \"This is a landmark,\" said Jose Miguel "
            "Vivanco, the group's Americas director.")
    assert codes_of(text, "Jose Miguel Vivanco", "2009-04-07") == ["NGO"]


def test_the_groups_director_named_after_the_title():
    text = ("RIYADH, Aug 6 (Wire) - Saudi Arabia arrested two activists. Human Rights Watch "
            "condemned the arrests. The group's Middle East director, Sarah Leah Whitson, said "
            "the kingdom was silencing critics.")
    assert codes_of(text, "Sarah Leah Whitson", "2018-08-06") == ["NGO"]


def test_saudis_state_airline_and_a_sahel_group():
    text = ("RIYADH, Aug 6 (Wire) - The state airline Saudia said it would halt flights to Toronto. "
            "In Bamako, Al Mourabitoun claimed an attack on a hotel.")
    assert codes_of(text, "Saudia", "2018-08-06") == ["SAUBUS"]
    assert codes_of(text, "Al Mourabitoun", "2018-08-06") == ["IMGREB"]


def test_a_childs_age_is_no_official_named_before():
    text = ("NAQOURA, July 16 (Wire) - Prime Minister Ehud Olmert said it was a day of sorrow. Israel "
            "freed five Lebanese prisoners including Samir Kuntar. Kuntar led a raid on Nahariya in "
            "1979. A policeman, a father and his two daughters died; prosecutors said the "
            "four-year-old was killed with a rifle butt.")
    assert "ISRGOV" not in codes_of(text, "the four-year-old", "2008-07-16")


def test_people_listed_after_including_take_the_groups_state_and_keep_it():
    text = ("NAQOURA, July 16 (Wire) - Hezbollah handed over two bodies in exchange for five "
            "Lebanese prisoners including Samir Kuntar. Israel freed Kuntar hours later.")
    assert codes_of(text, "Samir Kuntar", "2008-07-16") == ["LBN"]
    assert codes_of(text, "Kuntar", "2008-07-16")[-1] == "LBN"


def test_a_spokesman_titled_by_a_bodys_noun_speaks_for_that_body():
    text = ("WASHINGTON, April 7 (Wire) - The United States fired missiles at a Syrian air base. "
            "Syria's main opposition coalition welcomed the strike. \"One strike is not enough,\" a "
            "coalition spokesman said from Istanbul.")
    assert codes_of(text, "a coalition spokesman", "2017-04-07") == ["SYROPP"]


def test_medical_workers_are_health_workers():
    text = ("IDLIB, April 7 (Wire) - Medical workers said many victims had suffered convulsions.")
    assert codes_of(text, "Medical workers", "2017-04-07") == ["SYRMED"]


def test_a_kremlin_critic_is_of_russia_against_its_government():
    text = ("LONDON, July 16 (Wire) - Britain expelled four Russian diplomats over the murder of "
            "Kremlin critic Alexander Litvinenko.")
    assert codes_of(text, "Kremlin critic Alexander Litvinenko", "2007-07-16") == ["RUSOPP"]


def test_first_names_that_are_places_said_of_people():
    text = ("BARCELONA, Oct 1 (Wire) - Spanish police fired rubber bullets at voters. \"They came in "
            "and beat us,\" said Montserrat, a 63-year-old retired teacher.")
    assert codes_of(text, "Montserrat", "2017-10-01") == ["ESPCVL"]
    text = ("LONDON, July 16 (Wire) - Britain expelled four Russian diplomats over the murder of "
            "Kremlin critic Alexander Litvinenko. Litvinenko's widow, Marina, welcomed the move.")
    assert codes_of(text, "Marina", "2007-07-16") == ["RUSCVL"]


def test_algerias_state_energy_firm():
    text = ("ALGIERS, Nov 1 (Wire) - Algeria ordered Sonatrach to end its contract with Morocco's "
            "state utility.")
    assert codes_of(text, "Sonatrach", "2021-11-01") == ["DZABUS"]


def test_the_opposition_named_with_its_parties_is_theirs_not_a_critics():
    text = ("LONDON, July 16 (Wire) - Britain expelled four Russian diplomats over the murder of "
            "Kremlin critic Alexander Litvinenko. The opposition Conservatives and Liberal Democrats "
            "supported the expulsions.")
    assert codes_of(text, "The opposition", "2007-07-16") == ["GBROPP"]

"""Session 53: actors batches CA and CA2's judges counted wrong (relatives named like towns,
ethnic peoples, rebels' and gangs' men, speakers for bodies). Sentences
written for these tests."""

from __future__ import annotations

from event_helpers import codes_in

from dyads.model import Article


def codes_of(text: str, word: str, date: str = "2017-07-28") -> list[str | None]:
    return codes_in(Article(id="t", text=text, date=date, title=""), word)


def test_relatives_named_like_towns_are_people_of_their_family():
    text = ("ISLAMABAD, July 28 (Wire) - Pakistan's Supreme Court removed Prime Minister Nawaz Sharif "
            "from office on Friday. The court ordered cases against Sharif, his daughter Maryam, his "
            "sons Hussain and Hassan, and Finance Minister Ishaq Dar.")
    assert codes_of(text, "Hassan") == ["PAK"]
    assert codes_of(text, "Hussain") == ["PAK"]


def test_a_town_name_after_a_kin_word_with_no_owner_stays_a_place():
    text = ("NEW DELHI, July 28 (Wire) - Floods hit the south of India on Friday. Officials in the "
            "city of Hassan said the water was rising.")
    assert codes_of(text, "Hassan") == ["IND"]


def test_an_ethnic_people_named_bare_again_keeps_the_state_they_live_in():
    text = ("BISHKEK, June 13 (Wire) - Tens of thousands of ethnic Uzbeks fled the violence in southern "
            "Kyrgyzstan on Sunday. Gangs set fire to Uzbek neighbourhoods in Osh. \"They burned our "
            "street,\" said Dilmurod, an Uzbek resident of Osh. Uzbek President Islam Karimov called "
            "for calm.")
    date = "2010-06-13"
    assert codes_of(text, "ethnic Uzbeks", date) == ["KGZCVL"]
    assert codes_of(text, "Dilmurod", date) == ["KGZCVL"]
    assert codes_of(text, "Uzbek President Islam Karimov", date) == ["UZBGOV"]


def test_without_an_ethnic_group_the_demonym_is_the_state():
    text = ("BISHKEK, June 13 (Wire) - Violence spread in southern Kyrgyzstan on Sunday. \"They burned "
            "our street,\" said Dilmurod, an Uzbek resident of Osh.")
    assert codes_of(text, "Dilmurod", "2010-06-13") == ["UZBCVL"]


def test_a_leader_owned_by_guerrillas_is_a_rebel():
    text = ("BOGOTA, July 2 (Wire) - Colombian troops freed 15 hostages held by the FARC on Wednesday. "
            "Agents persuaded a local commander to move the captives for a transfer to the guerrillas' "
            "top leader.")
    assert codes_of(text, "top leader", "2008-07-02") == ["COLREB"]


def test_a_police_bodys_commander_is_police_and_so_is_his_surname():
    text = ("QUITO, Jan 10 (Wire) - Masked gunmen stormed a television studio in Guayaquil on Tuesday. "
            "Police arrested 13 suspects, according to National Police commander Cesar Zapata. "
            "\"No one died,\" Zapata told reporters.")
    assert codes_of(text, "National Police commander Cesar Zapata", "2024-01-10") == ["ECUCOP"]
    assert codes_of(text, "Zapata", "2024-01-10") == ["ECUCOP"]


def test_a_spokesman_for_the_group_speaks_for_the_pressure_group():
    text = ("LONDON, Dec 9 (Wire) - Britain, Italy and Japan will build a new fighter jet together. "
            "Campaign Against Arms Trade, a pressure group, criticised the plan. \"The money is better "
            "spent at home,\" said a spokesman for the group.")
    assert codes_of(text, "a spokesman", "2022-12-09") == ["GBRNGO"]


def test_a_delegation_a_bloc_says_it_will_send_is_the_blocs():
    text = ("ABUJA, Aug 19 (Wire) - The Economic Community of West African States (ECOWAS) suspended "
            "Mali on Wednesday. The bloc demanded the president's reinstatement and said it would send "
            "a delegation to Bamako.")
    assert codes_of(text, "a delegation", "2020-08-19") == ["IGOGOV"]


def test_a_pronoun_owned_military_chief_named_in_apposition_is_no_army():
    text = ("NAIROBI, Dec 12 (Wire) - The M23 rebels announced on Nov. 5 that they were ending their "
            "rebellion in eastern Congo. Its military chief, Sultani Makenga, crossed into Uganda.")
    assert codes_of(text, "military", "2013-12-12") == []
    assert codes_of(text, "Sultani Makenga", "2013-12-12") == ["CODREB"]


def test_people_in_a_where_clause_on_a_state_are_of_that_state():
    text = ("GEORGETOWN, June 4 (Wire) - Guyana accused Suriname of aggression after gunboats forced "
            "an oil rig out of disputed waters. The standoff comes at a delicate time for Suriname, "
            "where voters went to the polls on May 25.")
    assert codes_of(text, "voters", "2000-06-04") == ["SURCVL"]


def test_a_named_opposition_leader_later_in_the_sentence_places_the_opposition():
    text = ("GEORGETOWN, June 4 (Wire) - Guyana accused Suriname of aggression after gunboats forced "
            "an oil rig out of disputed waters. The opposition New Front coalition of former president "
            "Ronald Venetiaan was expected to take power.")
    assert codes_of(text, "The opposition", "2000-06-04") == ["SUROPP"]


def test_a_firm_named_after_its_goods_is_not_the_goods():
    text = ("DAR ES SALAAM, July 24 (Wire) - Tanzania sent Acacia Mining a tax bill on Monday. Barrick "
            "Gold, which owns most of Acacia, said it would talk. \"They take the gold and we get "
            "dust,\" said a taxi driver.")
    assert codes_of(text, "the gold", "2017-07-24") == []
    assert codes_of(text, "Acacia Mining", "2017-07-24") == ["GBRBUS"]


def test_an_acronym_defined_after_a_coalition_is_the_coalition():
    text = ("NAIROBI, Oct 10 (Wire) - Raila Odinga and other leaders of the National Super Alliance "
            "(NASA) coalition said they would boycott the rerun. NASA demanded reforms.")
    assert codes_of(text, "NASA", "2017-10-10") == ["KENOPP", "KENOPP"]


def test_a_spokesman_after_a_firms_reaction_speaks_for_the_firm():
    text = ("WASHINGTON, April 25 (Wire) - The United States imposed duties on softwood lumber from "
            "Canada. The U.S. Lumber Coalition, which brought the complaint, welcomed the decision. "
            "\"Canada's unfairly traded lumber has cost American mill workers their jobs,\" a spokesman "
            "said.")
    assert codes_of(text, "a spokesman", "2017-04-25") == ["USABUS"]


def test_a_plural_joined_to_one_a_states_adjective_qualifies_shares_it():
    text = ("TEHRAN, April 4 (Wire) - Iran's president said he had pardoned 15 British sailors and "
            "marines seized in the northern Gulf.")
    assert codes_of(text, "marines", "2007-04-04") == ["GBRMIL"]


def test_a_crew_from_a_named_ship_is_of_the_ships_navy():
    text = ("TEHRAN, April 4 (Wire) - Iran's president said he would free the detained crew. The "
            "sailors and marines, from the frigate HMS Cornwall, were searching a merchant vessel "
            "when they were seized by Iranian forces.")
    assert codes_of(text, "marines", "2007-04-04") == ["GBRMIL"]
    assert codes_of(text, "they", "2007-04-04") == ["GBRMIL"]


def test_a_body_based_in_a_town_is_of_the_towns_state():
    text = ("CANBERRA, Aug 29 (Wire) - Australian troops boarded a freighter carrying asylum seekers. "
            "A spokesman for the Oslo-based shipping company Nordhav said the crew was exhausted.")
    assert codes_of(text, "based shipping company Nordhav", "2001-08-29") == ["NORBUS"]
    assert codes_of(text, "A spokesman", "2001-08-29") == ["NORBUS"]


def test_a_firm_named_before_its_founders_grandson_is_the_firm():
    text = ("NEW YORK, Dec 21 (Wire) - Brazilian construction giant Odebrecht pleaded guilty to bribery "
            "charges. Odebrecht paid about $788 million in bribes. Marcelo Odebrecht, grandson of the "
            "company's founder, is in jail.")
    assert codes_of(text, "Odebrecht", "2016-12-21") == ["BRABUS"]


def test_officials_in_a_clause_joined_to_a_fronted_capitals_are_of_its_state():
    text = ("ASMARA, April 13 (Wire) - Eritrea claimed victory after a boundary commission drew its "
            "border with Ethiopia. Eritrea's president called the ruling fair. In Addis Ababa, "
            "state radio interrupted its programmes to announce that the country had won, and officials "
            "said crowds had gathered in the streets.")
    assert codes_of(text, "officials", "2002-04-13") == ["ETHGOV"]


def test_officials_a_state_will_not_send_are_its_own():
    text = ("WASHINGTON, Dec 6 (Wire) - The United States will not send any government officials to "
            "the Beijing Winter Olympics in February, the White House said on Monday.")
    assert codes_of(text, "government officials", "2021-12-06") == ["USAGOV"]


def test_half_of_a_double_surname_is_not_a_known_person():
    text = ("LONDON, March 16 (Wire) - Iran freed British-Iranian aid worker Nazanin Zaghari-Ratcliffe "
            "on Wednesday. Her husband, Richard Ratcliffe, staged hunger strikes. Zaghari-Ratcliffe "
            "flew home.")
    assert codes_of(text, "Zaghari-Ratcliffe", "2022-03-16") != []
    assert codes_of(text, "Richard Ratcliffe", "2022-03-16") == ["GBRCVL"]


def test_a_royal_court_is_the_kings_office_not_a_court_of_law():
    text = ("AMMAN, April 4 (Wire) - Jordan put a former crown prince under house arrest. Saudi "
            "Arabia's royal court said the kingdom gave its full support to King Abdullah.")
    assert codes_of(text, "Saudi Arabia's royal court", "2021-04-04") == ["SAUGOV"]


def test_a_courts_president_named_after_its_name_is_a_judge():
    text = ("PHNOM PENH, Nov 16 (Wire) - Cambodia's Supreme Court dissolved the main opposition party. "
            "Supreme Court President Pich Sovann told the courtroom the ruling was final. Pich Sovann "
            "left.")
    assert codes_of(text, "Supreme Court President Pich Sovann", "2017-11-16") == ["KHMJUD"]
    assert codes_of(text, "Pich Sovann", "2017-11-16") == ["KHMJUD"]


def test_a_town_whose_name_ends_in_a_foreign_capital_is_the_town():
    text = ("MAPUTO, Aug 8 (Wire) - Rwandan and Mozambican troops recaptured the port town of Mocimboa "
            "da Praia in northern Mozambique. \"The capture of Mocimboa da Praia marks a turning "
            "point,\" a spokesman said.")
    assert codes_of(text, "Mocimboa da Praia", "2021-08-08") == ["MOZ", "MOZ"]

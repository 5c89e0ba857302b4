"""Session 49: forces and envoys given the host's state (batch BA2's leftovers). Troops taken
out of a place are not that place's; a force led by a named body is that body's; a former
minister the text names in a world body's post acts for the body. Sentences written for these
tests."""

from __future__ import annotations

from event_helpers import codes_in

from dyads.model import Article


def codes_of(text: str, word: str, date: str = "2019-04-07") -> list[str | None]:
    return codes_in(Article(id="t", text=text, date=date), word)


def test_troops_withdrawn_from_a_state_are_the_withdrawing_states():
    text = ("TRIPOLI, April 7 (Wire) - The United States on Sunday withdrew a small contingent of troops "
            "from Libya as fighting neared the capital.")
    assert codes_of(text, "troops") == ["USAMIL"]


def test_troops_whose_withdrawal_from_the_story_state_is_agreed_are_not_that_states():
    text = ("KABUL, Feb 29 (Wire) - The deal calls for the withdrawal of all American and allied troops "
            "from Afghanistan within 14 months.")
    assert codes_of(text, "troops", "2020-02-29") != ["AFGMIL"]


def test_troops_from_a_state_that_arrive_are_still_that_states():
    text = "BAMAKO, April 7 (Wire) - Troops from Chad arrived in the north of the country on Sunday."
    assert codes_of(text, "Troops") == ["TCDMIL"]


def test_a_force_a_named_alliance_leads_is_the_alliances():
    text = ("DAYTON, Ohio, Nov 21 (Wire) - A NATO-led force of 60,000 troops will police the ceasefire "
            "in Bosnia.")
    assert codes_of(text, "60,000 troops", "1995-11-21") == ["IGOMIL"]


def test_a_former_minister_named_as_a_world_bodys_envoy_acts_for_the_body():
    text = ("BAGHDAD, June 20 (Wire) - U.N. envoy Nickolay Mladenov urged Iraq's leaders to unite. "
            "\"We must act,\" Mladenov told reporters. He said talks would resume.")
    assert codes_of(text, "U.N. envoy Nickolay Mladenov", "2014-06-20") == ["UNOGOV"]
    assert codes_of(text, "Mladenov", "2014-06-20") == ["UNOGOV"]
    assert codes_of(text, "He", "2014-06-20") == ["UNOGOV"]
    mediator = ("DAYTON, Ohio, Nov 21 (Wire) - European Union mediator Carl Bildt said the deal was "
                "fragile.")
    assert codes_of(mediator, "European Union mediator Carl Bildt", "1995-11-21") == ["EUR"]


def test_a_sitting_minister_keeps_his_state_beside_a_world_body():
    text = ("BRUSSELS, June 20 (Wire) - Swedish Foreign Minister Carl Bildt told the European Union "
            "meeting that sanctions must stay.")
    assert codes_of(text, "Swedish Foreign Minister Carl Bildt", "2014-06-20") == ["SWEGOV"]


def test_the_taliban_of_a_pakistan_story_are_pakistans_rebels():
    text = ("ISLAMABAD, May 11 (Wire) - Pakistan's army said it had killed 700 Taliban fighters in the "
            "Swat valley. Prime Minister Yusuf Raza Gilani said the Taliban had taken the people "
            "hostage. A Taliban spokesman, Muslim Khan, said the group would fight on.")
    assert codes_of(text, "the Taliban", "2009-05-11") == ["PAKREB"]
    assert codes_of(text, "Muslim Khan", "2009-05-11") == ["PAKREB"]


def test_the_taliban_stay_afghan_where_the_story_names_the_afghan_taliban():
    text = ("ISLAMABAD, May 11 (Wire) - Pakistan said it would host talks between Kabul and the Afghan "
            "Taliban. Pakistani officials said the Taliban had agreed to attend.")
    assert codes_of(text, "the Taliban", "2019-05-11") == ["AFGREB"]


def test_a_foreign_ministry_in_a_washington_story_is_the_foreign_states():
    text = ("WASHINGTON, April 30 (Wire) - President Bill Clinton said on Sunday he would ban all U.S. "
            "trade with Iran. Tehran called the move hostile, and Tehran said it would find other buyers. "
            "President Akbar Hashemi Rafsanjani said Iran would not bow. A Foreign Ministry spokesman "
            "told the official news agency that Washington was acting out of hostility.")
    assert codes_of(text, "Foreign Ministry", "1995-04-30") == ["IRNGOV"]


def test_the_yugoslavia_tribunal_is_a_un_court():
    text = ("THE HAGUE, Aug 2 (Wire) - The International Criminal Tribunal for the former Yugoslavia "
            "convicted a Bosnian Serb general of genocide on Thursday.")
    assert codes_of(text, "International Criminal Tribunal for the former Yugoslavia", "2001-08-02") \
        == ["UNOJUD"]


def test_troops_a_court_orders_a_state_to_withdraw_are_that_states():
    text = ("THE HAGUE, Nov 11 (Wire) - The World Court on Monday ordered Thailand to withdraw any troops "
            "and police stationed there.")
    assert codes_of(text, "troops", "2013-11-11") == ["THAMIL"]
    assert codes_of(text, "police", "2013-11-11") == ["THACOP"]


def test_an_eu_commissioner_the_knowledge_base_knows_is_the_eus():
    text = ("BRUSSELS, Apr 7 (Wire) - External Relations Commissioner Benita Ferrero-Waldner told reporters "
            "the aid would stop.")
    assert codes_of(text, "External Relations Commissioner Benita Ferrero-Waldner", "2006-04-07") == ["EURGOV"]


def test_abu_dhabis_crown_prince_is_not_the_saudi_one():
    text = ("WASHINGTON, Aug 13 (Wire) - Trump spoke with Abu Dhabi's Crown Prince Mohammed bin Zayed, the "
            "Emirates' de facto ruler.")
    assert codes_of(text, "Abu Dhabi's Crown Prince Mohammed bin Zayed", "2020-08-13") == ["AREGOV"]


def test_soldiers_named_with_one_states_army_are_that_armys():
    text = ("BANGUI, March 25 (Wire) - Rebels seized the capital on Sunday. Thirteen soldiers were killed "
            "and 27 wounded, the heaviest loss suffered by the South African army since the end of "
            "apartheid.")
    assert codes_of(text, "Thirteen soldiers", "2013-03-25") == ["ZAFMIL"]
    home = ("ADDIS ABABA, Nov 4 (Wire) - Eritrean forces were fighting alongside federal troops near the "
            "border, the rebels said.")
    assert codes_of(home, "federal troops", "2020-11-04") != ["ERIMIL"]


def test_an_opposition_beside_one_named_government_is_that_states():
    text = ("THE HAGUE, Dec 18 (Wire) - The ruling comes at a difficult moment for President Nicolas Maduro, "
            "whose government faces U.S. sanctions and the refusal of dozens of countries to recognise the "
            "elections, which the main opposition boycotted.")
    assert codes_of(text, "the main opposition", "2020-12-18") == ["VENOPP"]


def test_the_speaker_of_the_words_is_his_in_them():
    text = ("THE HAGUE, Dec 18 (Wire) - The court ruled against Venezuela, and President Nicolas Maduro "
            "called the decision void. Guyanese Foreign Minister Hugh Todd told reporters in Georgetown "
            "that his government would continue to prepare its case.")
    assert codes_of(text, "government", "2020-12-18")[-1] == "GUYGOV"


def test_a_chief_negotiator_for_the_opposition_is_the_opposition():
    text = ("BRIDGETOWN, Oct 17 (Wire) - Gerardo Blyde, the chief negotiator for the opposition Unitary "
            "Platform, called the accord a first step. He told reporters the test would come later.")
    assert codes_of(text, "Gerardo Blyde", "2023-10-17") == ["BRBOPP"]
    assert codes_of(text, "He", "2023-10-17") == ["BRBOPP"]


def test_a_spokesman_titled_sheikh_is_what_the_description_says():
    text = ("NAIROBI, April 2 (Wire) - An al Shabaab spokesman, Sheikh Ali Mohamud Rage, said the group "
            "would keep up its attacks.")
    assert codes_of(text, "Sheikh Ali Mohamud Rage", "2015-04-02") == ["SOMREB"]


def test_the_attackers_are_the_gunmen_named_before():
    text = ("GARISSA, Apr 2 (Wire) - Somali Islamist gunmen stormed a university college in Kenya on "
            "Thursday. Witnesses said the attackers shot dead two guards at the main gate.")
    assert codes_of(text, "the attackers", "2015-04-02") == ["SOMUAF"]


def test_firms_that_buy_a_states_crude_are_not_its_business():
    text = ("WASHINGTON, April 22 (Wire) - Secretary of State Mike Pompeo said there would be no grace period "
            "for companies that continued to take Iranian crude after that date.")
    assert codes_of(text, "companies", "2019-04-22") != ["IRNBUS"]


def test_a_pledge_named_after_a_capital_is_no_party():
    text = ("CAIRO, Apr 7 (Wire) - Arab League Secretary-General Amr Moussa appealed to member states to "
            "honour the Khartoum pledge.")
    assert codes_of(text, "Khartoum", "2006-04-07") == []


def test_a_rebels_spokesman_and_commander_are_rebels():
    text = ("GROZNY, Feb 6 (Wire) - Rebel spokesman Ali Musaev said the fighters had left the city. Rebel "
            "commander Omar Zakaev was wounded.")
    assert codes_of(text, "Rebel spokesman Ali Musaev", "2000-02-06") == ["RUSREB"]
    assert codes_of(text, "Rebel commander Omar Zakaev", "2000-02-06") == ["RUSREB"]


def test_an_opposition_is_not_placed_by_a_former_premier_of_another_state():
    text = ("KINSHASA, Sept 20 (Wire) - The government has organised a national dialogue, facilitated by "
            "African Union envoy Edem Kodjo, a former prime minister of Togo, but most of the main "
            "opposition parties have boycotted it.")
    assert codes_of(text, "the main opposition parties", "2016-09-20") != ["TGOOPP"]


def test_civilians_a_states_fire_killed_abroad_are_the_other_states():
    text = ("KILIS, Turkey, Jan 22 (Wire) - Turkish ground forces pressed deeper into the Afrin region of "
            "northwest Syria on Monday. The Kurdish-led authorities in Afrin said Turkish air and artillery "
            "fire had killed at least 24 civilians since Saturday.")
    assert codes_of(text, "24 civilians", "2018-01-22") == ["SYRCVL"]


def test_the_head_word_of_a_bodys_name_alone_is_that_body():
    text = ("COLOMBO, Feb 22 (Wire) - Sri Lanka and the Liberation Tigers of Tamil Eelam (LTTE) signed a "
            "ceasefire. The Tigers said they were committed.")
    assert codes_of(text, "The Tigers", "2002-02-22") == ["LKAREB"]


def test_a_common_surname_alone_is_no_known_minister():
    text = ("BUENOS AIRES, Apr 17 (Wire) - The bill does not affect the 25 percent of YPF owned by the "
            "Eskenazi family's Petersen group.")
    assert codes_of(text, "Petersen", "2012-04-17") != ["NORELI"]

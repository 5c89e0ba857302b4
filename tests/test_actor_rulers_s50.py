"""Session 50: the rulers of a sanctioned state, backed governments and backed movements, an
international court's bench, "both sides" after a trip to press them, native peoples called
"Indians" and the date of a dateline (batches BG and BG2's leftovers). Sentences written for
these tests."""

from __future__ import annotations

from event_helpers import codes_in

from dyads.model import Article


def codes_of(text: str, word: str, date: str = "2003-07-28") -> list[str | None]:
    return codes_in(Article(id="t", text=text, date=date), word)


JUNTA = ("WASHINGTON, July 28 (Wire) - President George W. Bush on Monday banned imports from Burma "
         "and froze the U.S. assets of its military rulers, stepping up pressure on the junta. "
         "Bush said the generals must free political prisoners. The regime has survived sanctions before.")


def test_a_sanctioned_states_rulers_are_that_states_not_the_datelines():
    assert codes_of(JUNTA, "military rulers") == ["MMRMIL"]
    assert codes_of(JUNTA, "the junta") == ["MMRMIL"]
    assert codes_of(JUNTA, "the generals") == ["MMRMIL"]
    assert codes_of(JUNTA, "The regime") == ["MMRGOV"]


def test_the_army_a_relative_clause_says_rules_a_state_is_that_states():
    text = ("WASHINGTON, July 28 (Wire) - Congress passed the bill on Monday. The NLD won the 1990 "
            "election, but the military, which has ruled Burma since 1962, never let parliament meet.")
    assert codes_of(text, "the military") == ["MMRMIL"]


def test_rulers_with_no_state_of_their_own_in_the_text_keep_the_storys():
    text = ("BANGKOK, May 22 (Wire) - Thailand's army seized power on Thursday. The junta said it "
            "would hold elections. Thai generals met the king.")
    assert codes_of(text, "The junta", "2014-05-22") == ["THAMIL"]


def test_a_government_backed_by_a_foreign_state_is_not_the_backers():
    text = ("SANAA, Dec 13 (Wire) - Officials of the Saudi-backed government said they would attend "
            "the talks in Sweden.")
    assert codes_of(text, "the Saudi-backed government", "2018-12-13") == ["YEMGOV"]


def test_the_of_phrase_of_a_backed_movement_is_the_movements():
    text = ("SANAA, Dec 13 (Wire) - The spokesman of the Iran-backed Houthi movement said the talks "
            "had failed.")
    assert codes_of(text, "The spokesman", "2018-12-13") == ["YEMREB"]


def test_a_counted_bench_of_an_international_court_is_the_courts():
    text = ("THE HAGUE, Jun 8 (Wire) - Appeals judges at the International Criminal Court on Friday "
            "overturned the conviction of a Congolese rebel leader for crimes in the Central African "
            "Republic. \"The conviction must be reversed,\" the presiding judge said. Two judges dissented.")
    assert codes_of(text, "Two judges", "2018-06-08") == ["IGOJUD"]


def test_both_sides_pressed_by_envoys_who_flew_in_are_not_the_envoys():
    text = ("ABUJA, May 5 (Wire) - U.S. Deputy Secretary of State Robert Zoellick and British "
            "International Development Secretary Hilary Benn flew to Abuja this week to press both sides.")
    codes = codes_of(text, "both sides", "2006-05-05")
    assert "USAGOV" not in codes and "GBRGOV" not in codes


def test_native_peoples_called_indians_are_not_indias():
    text = ("LA PAZ, Oct 13 (Wire) - The Aymara Indian majority of the highlands backed the protests. "
            "Twenty Indian soldiers were later sent to the border by New Delhi.")
    assert codes_of(text, "Indian", "2003-10-13") == []
    assert codes_of(text, "Twenty Indian soldiers", "2003-10-13") == ["INDMIL"]


def test_a_short_month_in_a_dateline_is_no_person():
    text = "ATHENS, Jun 29 (Wire) - Greece kept its banks shut on Monday."
    assert codes_of(text, "Jun", "2015-06-29") == []


def test_euro_zone_ministers_are_the_unions():
    text = ("ATHENS, Jun 29 (Wire) - Euro zone finance ministers refused on Saturday to extend the "
            "bailout, and Greece shut its banks. Tsipras blamed the Eurogroup.")
    assert codes_of(text, "finance ministers", "2015-06-29") == ["EURGOV"]
    assert codes_of(text, "Eurogroup", "2015-06-29") == ["EURGOV"]


# Round 2 (batches BH and BH2).

def test_macedonias_national_liberation_army_is_not_colombias():
    text = ("SKOPJE, March 25 (Wire) - Macedonian forces shelled rebel positions above Tetovo on "
            "Sunday. The guerrillas of the self-styled National Liberation Army (NLA) said they would "
            "hold their ground. Macedonia's government said the rebels would be driven out.")
    assert codes_of(text, "National Liberation Army", "2001-03-25") == ["MKDREB"]
    assert codes_of(text, "the rebels", "2001-03-25") == ["MKDREB"]
    colombia = ("BOGOTA, March 25 (Wire) - Colombia's National Liberation Army (ELN) attacked an oil "
                "pipeline on Sunday, the army said.")
    assert codes_of(colombia, "National Liberation Army", "2001-03-25") == ["COLREB"]


def test_albanians_in_a_story_about_macedonia_are_macedonias():
    text = ("SKOPJE, March 25 (Wire) - Macedonia's President Boris Trajkovski urged Albanians not to "
            "back the guerrillas. Macedonian troops shelled villages near Tetovo, and Skopje said the "
            "offensive would go on.")
    assert codes_of(text, "Albanians", "2001-03-25") == ["MKDCVL"]


def test_a_surname_named_in_full_before_keeps_that_persons_identity():
    text = ("WASHINGTON, Sept 26 (Wire) - Bush moved to suspend trade benefits for Bolivia, saying "
            "the government of President Evo Morales had failed to cooperate. Morales, a former leader "
            "of coca growers, reacted angrily.")
    codes = codes_of(text, "Morales", "2008-09-26")
    assert len(codes) == 1 and codes[0].startswith("BOL")


def test_people_in_an_american_story_about_another_states_government_are_that_states():
    text = ("WASHINGTON, Jun 17 (Wire) - The United States imposed sanctions on the Syrian government "
            "on Wednesday. Damascus condemned the move, and President Bashar al-Assad said Syria would "
            "not bow. The collapse of the currency has prompted protests in Sweida, where demonstrators "
            "chanted against the government.")
    assert codes_of(text, "demonstrators", "2020-06-17") == ["SYRCVL"]
    home = ("WASHINGTON, Jun 17 (Wire) - The United States imposed sanctions on the Syrian government "
            "on Wednesday. Damascus condemned the move, and President Bashar al-Assad said Syria would "
            "not bow. Outside the White House, demonstrators chanted against the war.")
    assert codes_of(home, "demonstrators", "2020-06-17") != ["SYRCVL"]


# Round 3 (batches BI, BI2, BJ and BJ2).

def test_krajina_serbs_in_a_story_about_croatia_are_croatias():
    text = ("ZAGREB, Aug 5 (Wire) - Croatian troops captured Knin on Saturday after a two-day offensive "
            "that sent Serb civilians fleeing toward Bosnia. Serb separatists had held the town since "
            "they rebelled against Zagreb in 1991, and Croatia's President Franjo Tudjman urged Serbs "
            "to stay in their homes.")
    assert codes_of(text, "Serb separatists", "1995-08-05") == ["HRVREB"]
    assert codes_of(text, "Serb civilians", "1995-08-05") == ["HRVCVL"]


def test_bosnian_serb_forces_keep_the_kin_states_code_as_cameos_examples_do():
    text = ("SARAJEVO, May 25 (Wire) - Serb gunners shelled Sarajevo on Thursday, and Bosnia's "
            "government said Serb forces had killed 70 people in Tuzla. The Bosnian army said it "
            "would hold its lines.")
    assert codes_of(text, "Serb forces", "1995-05-25") == ["SRBMIL"]


def test_a_rulers_full_name_with_a_hyphenated_dynasty_is_one_person():
    text = ("DOHA, May 21 (Wire) - Qatar's Emir Sheikh Hamad bin Khalifa al-Thani told Lebanese leaders "
            "at the signing ceremony that dialogue had won.")
    assert codes_of(text, "al-Thani", "2008-05-21") == []
    assert codes_of(text, "Qatar's Emir Sheikh Hamad bin Khalifa al-Thani", "2008-05-21") == ["QATGOV"]


# Round 4 (batches BK, BK2 and BL).

def test_albanians_of_kosovo_in_1998_are_of_the_state_the_dateline_names():
    text = ("PRISTINA, Serbia, March 7 (Wire) - Serbian special police stormed a compound in Kosovo on "
            "Saturday, and ethnic Albanian leaders said 50 people had been killed. Serbia's interior "
            "ministry said the police had acted against terrorists. At least 24 Albanians were "
            "killed in clashes a week earlier, and Serbian officials said order had been restored.")
    assert codes_of(text, "Albanians", "1998-03-07") == ["SRBCVL"]


def test_a_kin_states_troops_stay_that_states():
    text = ("SKOPJE, March 25 (Wire) - Macedonian forces shelled rebel positions above Tetovo on "
            "Sunday, and Macedonia's government said the offensive would go on. Albanian troops were "
            "put on alert along the border, Tirana said.")
    assert codes_of(text, "Albanian troops", "2001-03-25") == ["ALBMIL"]


def test_the_inter_american_commission_is_no_american_mention():
    text = ("LIMA, Nov 15 (Wire) - The Inter-American Commission on Human Rights reported arbitrary "
            "detentions of protesters by Peru's police on Sunday.")
    assert codes_of(text, "American", "2020-11-15") == []
    assert codes_of(text, "Inter-American Commission on Human Rights", "2020-11-15") == ["IGO"]


# Round 5 (batch BL's Tajik accord, not measured blind).

def test_leaders_signing_abroad_make_a_story_about_their_own_state():
    text = ("MOSCOW, June 27 (Wire) - Tajik President Imomali Rakhmonov and the leader of the opposition "
            "signed a peace accord in the Kremlin on Friday, as Russian President Boris Yeltsin looked "
            "on. The accord ends Tajikistan's five-year civil war. The opposition is to receive 30 "
            "percent of posts in the government. Rakhmonov said Tajikistan would hold elections, and "
            "Tajik refugees in Afghanistan would be invited home. Yeltsin said Russia would act as "
            "guarantor.")
    art = Article(id="t", text=text, date="1997-06-27",
                  title="Tajik president and opposition sign Moscow accord to end civil war")
    assert codes_in(art, "The opposition") == ["TJKOPP"]
    assert codes_in(art, "the government") == ["TJKGOV"]

"""Session 58: what batch CQ and CQ2's judges counted wrong: a description after a name printed as
a second actor, a president coded as the opposition leader he became that same day, a "he" after a
quote given to a dead man named in a relative clause, "its troops" given a UN council, a shared
body's seat, an envoy a secretary-general sends, a party's gunmen, unplaced students and
protesters, and events read from "cut short", "cutting poverty", "released an audit", "returned a
majority" and a participle coordinated under a refusal. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dyads.model import Article
from dyads.pipeline import annotate


def _article(text: str, date: str) -> Article:
    return annotate(Article(id="t", text=text, date=date, title=""))


def mentions(text: str, date: str = "2013-04-19") -> list[tuple[str, str | None]]:
    art = _article(text, date)
    return [(art.text[a.start:a.end], a.code) for a in art.actors]


def codes_of(text: str, word: str, date: str = "2013-04-19") -> list[str | None]:
    return [code for span, code in mentions(text, date) if span.endswith(word)]


def events_of(text: str, date: str) -> list[tuple[str, str | None, bool]]:
    art = _article(text, date)
    return [(e.type, e.trigger, e.negated) for e in art.events]


@pytest.mark.parametrize("text, name, head", [
    ("CARACAS, April 19 (Wire) - Nicolas Maduro, a 50-year-old former bus driver, welcomed the audit.",
     "Nicolas Maduro", "driver"),
    ("BELGRADE, March 19 (Wire) - Moscow, Belgrade's traditional ally, rejected the plan.", "Moscow", "ally"),
    ("BISSAU, March 2 (Wire) - Portugal, the former colonial ruler, condemned the killing.", "Portugal", "ruler"),
    ("MALE, Feb 7 (Wire) - Mohamed Nasheed, a former journalist and human rights campaigner, "
     "won acclaim abroad.", "Mohamed Nasheed", "campaigner"),
])
def test_a_description_set_off_after_a_name_is_no_second_actor(text, name, head):
    spans = [span for span, _ in mentions(text)]
    assert name in spans
    assert not any(span.endswith(head) for span in spans)


def test_a_description_that_is_the_subject_of_its_own_verb_stays():
    text = ("CULIACAN, Jan 6 (Wire) - Twenty-nine people were killed in the wave of violence that "
            "followed in the northwestern state of Sinaloa, Mexico's defence minister said on Friday.")
    assert codes_of(text, "Mexico's defence minister", "2023-01-06") == ["MEXGOV"]


def test_a_description_after_a_scene_opening_the_sentence_stays():
    text = ("RABAT, Nov 1 (Wire) - Algeria shut the pipeline. In Rabat, a senior government official, "
            "speaking on condition of anonymity, said Algeria had hurt its reputation.")
    assert codes_of(text, "a senior government official", "2021-11-01") != []


def test_a_pronoun_read_from_a_dropped_description_goes_to_the_name():
    text = ("MALE, Feb 7 (Wire) - Vice President Mohammed Waheed Hassan was sworn in. Waheed, a former "
            "U.N. official, told reporters he had not planned the takeover.")
    assert codes_of(text, "he", "2012-02-07") == ["MDVGOV"]


def test_an_office_the_description_gives_is_the_persons():
    text = ("CARACAS, April 19 (Wire) - Venezuela's election board agreed to widen the audit. Tibisay "
            "Lucena, head of the National Electoral Council, said the audit would start next week.")
    assert codes_of(text, "Tibisay Lucena") == ["VENGOV"]


def test_a_title_of_its_own_keeps_its_sector_against_the_description():
    text = ("BEIRUT, May 24 (Wire) - Lebanon's parliament will elect a president. Parliament Speaker "
            "Nabih Berri, an opposition leader, said the chamber would meet on Sunday.")
    assert codes_of(text, "Nabih Berri", "2008-05-24") == ["LBNLEG"]


def test_on_the_day_power_changes_hands_the_office_held_that_day_counts():
    text = ("MALE, Feb 7 (Wire) - Maldives President Mohamed Nasheed resigned on Tuesday after a police "
            "mutiny. Nasheed said he would not rule by force.")
    assert set(codes_of(text, "Nasheed", "2012-02-07")) == {"MDVGOV"}


def test_he_after_a_quote_is_the_sentences_head_not_the_dead_man_of_its_relative_clause():
    text = ("MAPUTO, Aug 6 (Wire) - Opposition leader Ossufo Momade signed a peace deal. Momade, who took "
            "over Renamo after the death of its long-time leader Afonso Dhlakama last year, called on "
            "his fighters to respect the deal.\n\n"
            "\"Renamo has kept its word. We expect the government to keep its own,\" he said.")
    assert codes_of(text, "he", "2019-08-06") == ["MOZOPP"]


def test_its_troops_are_a_states_not_a_world_bodys_council():
    text = ("UNITED NATIONS, April 7 (Wire) - The U.N. General Assembly voted on Thursday to suspend "
            "Russia from the U.N. Human Rights Council over reports of atrocities by its troops in "
            "Ukraine.")
    assert codes_of(text, "troops", "2022-04-07") == ["RUSMIL"]


def test_a_shared_body_name_followed_by_its_seat_is_that_states():
    text = ("WARSAW, Nov 16 (Wire) - A missile killed two people in Poland. U.S. President Joe Biden "
            "said it was unlikely to have been fired from Russia. \"There is nothing to suggest an "
            "attack,\" Duda said after a meeting of the National Security Council in Warsaw.")
    assert codes_of(text, "National Security Council", "2022-11-16") == ["POLGOV"]


def test_an_envoy_a_secretary_general_says_he_sends_is_the_bodys():
    text = ("MALE, Feb 7 (Wire) - President Mohamed Nasheed resigned. The Commonwealth "
            "secretary-general said he was sending an envoy to Male.")
    assert codes_of(text, "an envoy", "2012-02-07") == ["IGOGOV"]


def test_a_partys_commanders_and_gunmen_are_rebels():
    text = ("MAPUTO, Aug 6 (Wire) - Mozambique signed a peace deal with Renamo. Not all Renamo "
            "commanders have accepted the deal, and Renamo gunmen attacked vehicles on the main road.")
    assert codes_of(text, "Renamo commanders", "2019-08-06") == ["MOZREB"]
    assert codes_of(text, "Renamo gunmen", "2019-08-06") == ["MOZREB"]


def test_people_who_occupy_a_states_legislature_are_of_that_state():
    text = ("SINGAPORE, Nov 7 (Wire) - Xi Jinping and Ma Ying-jeou met. Last year hundreds of students "
            "occupied Taiwan's legislature in protest against a trade pact with China.")
    assert codes_of(text, "students", "2015-11-07") == ["TWNEDU"]


def test_protesters_of_a_rulers_crackdown_are_his_states():
    text = ("UNITED NATIONS, April 7 (Wire) - Russia was suspended from the council, after Libya was "
            "expelled in 2011 during Muammar Gaddafi's crackdown on protesters.")
    assert codes_of(text, "protesters", "2022-04-07") == ["LBYCVL"]


def test_the_same_word_again_is_not_a_synonym_placed_in_another_state():
    text = ("N'DJAMENA, April 20 (Wire) - Chad's president Idriss Deby died of wounds suffered in "
            "fighting the Front for Change and Concord in Chad. The rebels crossed from Libya. Deby "
            "sent troops to fight Islamist militants in Mali. The United States ordered staff to "
            "leave as the rebels advanced.")
    assert codes_of(text, "the rebels", "2021-04-20")[-1] == "TCDREB"


def test_several_european_governments_are_not_the_new_authorities():
    text = ("MALE, Feb 8 (Wire) - Vice President Mohammed Waheed Hassan was sworn in as president. "
            "Several European governments advised travellers to avoid Male. Britain called on the "
            "new authorities to respect the rule of law.")
    assert codes_of(text, "the new authorities", "2012-02-08") == ["MDVGOV"]


@pytest.mark.parametrize("text", [
    "AMMAN, Nov 10 (Wire) - King Abdullah cut short a visit to Kazakhstan and flew home.",
    "LA PAZ, Nov 10 (Wire) - Morales is credited with cutting poverty sharply.",
])
def test_cutting_short_or_cutting_an_ill_is_no_sanction(text):
    assert not any(t == "SANCTION" for t, _, _ in events_of(text, "2019-11-10"))


def test_a_cut_in_aid_is_still_a_sanction():
    text = "WASHINGTON, Nov 10 (Wire) - The United States cut aid to Bolivia on Sunday."
    assert any(t == "SANCTION" for t, _, _ in events_of(text, "2019-11-10"))


def test_releasing_an_audit_is_no_release_of_persons():
    text = ("LA PAZ, Nov 10 (Wire) - The Organization of American States released a preliminary audit "
            "on Sunday that found clear manipulation.")
    assert not any(t == "RETREAT" for t, _, _ in events_of(text, "2019-11-10"))


def test_constituencies_returning_a_majority_is_no_return():
    text = ("DUBLIN, June 13 (Wire) - Ireland rejected the treaty. Only 10 of the country's 43 "
            "constituencies returned a Yes majority, mostly in Dublin.")
    assert not any(t == "RETREAT" for t, _, _ in events_of(text, "2008-06-13"))


def test_a_participle_after_a_refused_infinitive_is_not_refused():
    text = ("LA PAZ, Nov 10 (Wire) - Police units in several cities had mutinied since Friday, refusing "
            "to confront protesters and joining demonstrations against the government.")
    found = [e for e in events_of(text, "2019-11-10") if e[0] == "PROTEST"]
    assert found and not any(negated for _, _, negated in found)


def test_an_office_dated_by_its_years_is_a_time_not_an_actor():
    text = ("TAIPEI, Nov 7 (Wire) - Ties were frozen for much of the 2000-2008 presidency of Chen "
            "Shui-bian, China's foreign ministry said.")
    assert codes_of(text, "presidency", "2015-11-07") == []
    assert codes_of(text, "foreign ministry", "2015-11-07") != []


# --- round 2 (batches CR and CR2, rendered on round 1) ---------------------------------------------

def test_a_name_in_apposition_to_a_word_for_a_states_people_is_of_that_state():
    text = ("JAKARTA, April 29 (Wire) - Indonesia executed eight drug convicts. Brazil recalled its "
            "ambassador after Indonesia executed another Brazilian, Marco Archer. A Frenchman, Serge "
            "Atlaoui, was removed from the list.")
    assert codes_of(text, "Marco Archer", "2015-04-29") == ["BRACVL"]
    assert codes_of(text, "Serge Atlaoui", "2015-04-29") == ["FRACVL"]


def test_a_second_name_after_a_plural_people_word_is_of_that_state_too():
    text = ("JAKARTA, April 29 (Wire) - Indonesia executed eight drug convicts. Australians Andrew Chan, "
            "31, and Myuran Sukumaran, 34, were ringleaders of the gang. Sukumaran painted in jail.")
    assert set(codes_of(text, "Sukumaran", "2015-04-29")) == {"AUSCVL"}


def test_a_language_is_no_state_and_a_channels_name_is_no_nationality():
    text = ("CAIRO, June 23 (Wire) - An Egyptian court jailed three Al Jazeera English journalists. "
            "The officer was killed during an English course in Budapest.")
    codes = mentions(text, "2014-06-23")
    assert not any(span == "English" for span, _ in codes)
    assert ("Al Jazeera English", "QATJRN") in codes


def test_the_ministry_after_a_ministry_named_in_lower_case_is_that_ministry():
    text = ("YEREVAN, Aug 31 (Wire) - Armenia cut ties with Hungary. Hungary's justice ministry said the "
            "officer had been transferred under a convention. The ministry said it had received "
            "assurances from Azerbaijan.")
    assert codes_of(text, "The ministry", "2012-08-31") == ["HUNGOV"]


def test_police_after_a_sentence_opened_in_a_place_are_of_that_place():
    text = ("YEREVAN, Aug 31 (Wire) - Armenia cut ties with Hungary after Budapest sent the officer "
            "home. Hungary's justice ministry defended the transfer. In Yerevan, several hundred "
            "protesters gathered outside the office of Hungary's honorary consul. Police stood by, "
            "witnesses said.")
    assert codes_of(text, "Police", "2012-08-31") == ["ARMCOP"]


def test_an_ambassador_recalled_from_a_capital_is_not_that_capitals():
    text = ("VILNIUS, Aug 10 (Wire) - China recalled its envoy to Lithuania. Foreign Minister Gabrielius "
            "Landsbergis said the government had not decided whether to recall Ambassador Diana "
            "Mickeviciene from Beijing.")
    assert codes_of(text, "Ambassador Diana Mickeviciene", "2021-08-10") == ["LTUGOV"]


def test_commanders_of_an_armed_group_are_the_groups():
    text = ("ABUJA, May 7 (Wire) - Boko Haram freed 82 schoolgirls. Security sources said five senior "
            "commanders of the Islamist group had been released as part of the deal.")
    assert codes_of(text, "five senior commanders", "2017-05-07") == ["NGAREB"]


def test_an_unnamed_spokeswoman_speaks_for_the_body_that_said_before():
    text = ("VILNIUS, Aug 10 (Wire) - China recalled its envoy to Lithuania. The European Commission said "
            "EU relations with Taiwan were in line with the one-China policy. A spokeswoman said the bloc "
            "expected Beijing to refrain from coercion.")
    assert codes_of(text, "A spokeswoman", "2021-08-10") == ["EURGOV"]


# --- follow-up (batches CS and CS2, rendered on round 2) -------------------------------------------

def test_the_tribunal_again_is_the_tribunal_for_the_law_of_the_sea():
    text = ("HAMBURG, May 25 (Wire) - The International Tribunal for the Law of the Sea ordered Russia to "
            "free 24 Ukrainian sailors. The only dissenting vote was cast by the tribunal's Russian judge. "
            "The tribunal said the ships must be returned.")
    assert set(codes_of(text, "tribunal", "2019-05-25")) == {"IGOJUD"}


def test_a_party_leader_before_she_took_office_is_the_opposition():
    text = ("ROME, July 21 (Wire) - Prime Minister Mario Draghi resigned. Giorgia Meloni, whose Brothers "
            "of Italy stayed outside the government, demanded an election.")
    assert codes_of(text, "Giorgia Meloni", "2022-07-21") == ["ITAOPP"]

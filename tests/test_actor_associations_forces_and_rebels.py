"""Session 11, round 3: actor causes found in judged events on even rows of the CAMEO
sentence set. Each rule has a case it must leave alone."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_state_visited_is_not_the_visitors(nlp):
    codes = actor_codes(nlp, "Speaker Jane Okafor will next week lead a Senate delegation on a "
                             "two-day visit to Brazil.")
    assert not any(code and code.startswith("BRA") for t, code in codes.items() if t != "Brazil")


def test_state_named_otherwise_still_gives_officials_a_state(nlp):
    codes = actor_codes(nlp, "Interior Minister Joachim Holm said Brazil would tighten its "
                             "borders.")
    assert codes["Interior Minister Joachim Holm"] == "BRAGOV"


def test_international_body_written_in_lower_case(nlp):
    codes = actor_codes(nlp, "The Israeli cabinet called for sanctions against the international "
                             "criminal court.")
    assert any(code == "IGOJUD" for code in codes.values())
    assert "ISRJUD" not in codes.values()


def test_lower_case_national_court_is_no_international_body(nlp):
    codes = actor_codes(nlp, "The supreme court ruled against the government of Kenya.")
    assert "IGOJUD" not in codes.values()


def test_count_after_a_name_is_not_part_of_it(nlp):
    codes = actor_codes(nlp, "Separatist militias shelled occupied Karabakh 40 times last week.")
    assert not any("40" in text for text in codes)


def test_people_noun_naming_a_site_is_no_actor(nlp):
    codes = actor_codes(nlp, "Asylum seekers protested about the food at a refugee centre in "
                             "the town.")
    assert not any("refugee" in text.lower() for text in codes)


def test_refugees_who_act_are_still_actors(nlp):
    codes = actor_codes(nlp, "Hundreds of refugees marched to the border on Monday.")
    assert any("refugees" in text for text in codes)


def test_known_surname_naming_where_a_site_is_is_the_place(nlp):
    codes = actor_codes(nlp, "Migrants went on hunger strike at a direct provision centre in "
                             "Kerry.", date="2019-06-01")
    assert codes.get("Kerry") == "IRL"


def test_known_surname_as_a_person_stays_the_person(nlp):
    codes = actor_codes(nlp, "Secretary of State John Kerry met Lavrov. Kerry said talks went "
                             "well.", date="2015-06-01")
    assert codes.get("Kerry") == "USAGOV"


def test_association_named_for_a_cause_is_one_body(nlp):
    codes = actor_codes(nlp, "Police raided the offices of the Zairian Association for the "
                             "Protection of Prisoners on Monday.")
    assert codes.get("Zairian Association for the Protection of Prisoners") == "CODNGO"


def test_state_union_of_a_trade_keeps_its_field(nlp):
    codes = actor_codes(nlp, "The Kenya Association of Manufacturers criticised the tax.")
    assert codes.get("Kenya Association of Manufacturers") == "KENBUS"


def test_congress_named_for_a_creed_is_a_party(nlp):
    codes = actor_codes(nlp, "Police in Cape Town arrested leaders of the Pan Africanist "
                             "Congress (PAC) and the Socialist Party.")
    assert codes.get("leaders of the Pan Africanist Congress") == "ZAFPTY"


def test_congress_of_the_people_stays_a_legislature(nlp):
    codes = actor_codes(nlp, "The National People's Congress approved the law in Beijing.")
    assert codes.get("National People's Congress") == "CHNLEG"


def test_forces_a_state_withdraws_are_its_own(nlp):
    codes = actor_codes(nlp, "Kenya withdrew peacekeepers from the Somalia-Ethiopia border, and "
                             "Somali troops and Somali police took over the posts near Somalia.")
    assert codes.get("peacekeepers") == "KENMIL"


def test_forces_from_a_state_keep_that_state(nlp):
    codes = actor_codes(nlp, "Peacekeepers from Ghana arrived in the capital.")
    assert codes.get("Peacekeepers") == "GHAMIL"


def test_rebels_a_government_makes_a_pact_with_are_its_own(nlp):
    codes = actor_codes(nlp, "Chad's government signed a truce with rebel groups at talks held "
                             "in Libya.")
    assert codes.get("rebel groups") == "TCDREB"


def test_rebels_an_army_fights_abroad_are_of_where_they_are(nlp):
    codes = actor_codes(nlp, "The French army signed a truce with rebel groups in Mali.")
    assert codes.get("rebel groups") == "MLIREB"


def test_state_adjective_units_are_troops(nlp):
    codes = actor_codes(nlp, "Bosnian Serb units shelled the town overnight.")
    assert codes.get("Bosnian Serb units") == "BIHMIL"


def test_housing_units_are_no_troops(nlp):
    codes = actor_codes(nlp, "The Syrian government built 300 housing units in Homs.")
    assert "SYRMIL" not in codes.values()


def test_title_after_a_town_is_that_towns_office(nlp):
    codes = actor_codes(nlp, "The Dubai Ruler praised the new airport.")
    assert codes.get("The Dubai Ruler") == "AREGOV"


def test_named_tribe_is_a_group_not_a_person(nlp):
    codes = actor_codes(nlp, "The Zadran Khel tribe called off its protest in Pakistan.")
    assert codes.get("The Zadran Khel tribe") == "PAKCVL"


def test_town_after_city_of_is_no_person(nlp):
    codes = actor_codes(nlp, "Troops shelled the central Bosnian village of Brestovsko on Monday.")
    assert codes.get("Brestovsko") in (None, "BIH")


def test_knowledge_base_branches_and_firms(nlp):
    codes = actor_codes(nlp, "AQAP attacked an army post, and the Africa Union condemned it. "
                             "Washington lifted sanctions on Rusal.")
    assert codes.get("AQAP") == "IMGREB"
    assert codes.get("Africa Union") == "IGO"
    assert codes.get("Rusal") == "RUSBUS"


# Wikinews sample (seed 2053, even articles)

def test_police_chief_is_one_officer(nlp):
    codes = actor_codes(nlp, "The district police chief was wounded in the blast in Jakarta.")
    assert codes.get("The district police chief") == "IDNCOP"


def test_police_before_officers_is_still_the_force(nlp):
    codes = actor_codes(nlp, "Police officers in Jakarta arrested two men.")
    assert codes.get("Police officers") == "IDNCOP"


def test_town_the_tagger_calls_a_body_after_an_attack_in(nlp):
    codes = actor_codes(nlp, "It was the deadliest assault in Ghazni since last year.")
    assert codes.get("Ghazni") in (None, "AFG")


def test_state_court_named_after_the_state_is_one_body(nlp):
    codes = actor_codes(nlp, "The lawyers asked the United States District Court to halt the "
                             "sale.")
    assert codes.get("the United States District Court") == "USAJUD"
    assert "Court" not in codes


def test_state_office_named_after_the_state_stays_government(nlp):
    codes = actor_codes(nlp, "The United States Department of Commerce issued new rules.")
    assert "USAGOV" in codes.values()


def test_parties_listed_with_their_seats(nlp):
    codes = actor_codes(nlp, "Results in the United Kingdom:\n\nConservative Party - 365 seats\n\n"
                             "Labour Party - 203 seats")
    assert not any(any(ch.isdigit() for ch in text) for text in codes)


def test_association_of_a_state_named_for_a_cause(nlp):
    codes = actor_codes(nlp, "The Tunisian League for the Defence of Human Rights condemned the "
                             "arrests.")
    assert codes.get("Tunisian League for the Defence of Human Rights") == "TUNNGO"

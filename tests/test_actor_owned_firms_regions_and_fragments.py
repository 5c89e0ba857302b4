"""Session 24, brief M: groups and bodies with a sector whose state the story gives (firms
owned by a named person, churches listed with civil society, prison inmates, regional leaders
of one part of a state), people "from N Western countries", a head of state chairing a bloc,
the Badr Organisation, and three fragments that are no actor (a portfolio word cut from its
title, a road's name, a characterising noun). Each rule has a case it must leave alone."""

from __future__ import annotations

from actor_helpers import actor_codes

_QUITO = ("QUITO, May 3 (Wire) - A court in Ecuador convicted a former minister on Tuesday. "
          "Brazil and Peru said they were watching the case. ")
_HAITI = ("PORT-AU-PRINCE, May 3 (Wire) - Haiti's interim council met on Monday. Jamaica and "
          "Canada sent envoys, and the United States pledged funds. ")


def test_firms_owned_by_a_named_person_take_the_story_state(nlp):
    text = _QUITO + ("The case centred on bridge contracts that went to companies owned by "
                     "businessman Jorge Salas, a friend of the family.")
    assert actor_codes(nlp, text)["companies"] == "ECUBUS"


def test_firms_something_is_meant_for_stay_general(nlp):
    text = _QUITO + "The plan offers tax breaks to companies that hire young workers."
    assert actor_codes(nlp, text).get("companies") != "ECUBUS"


def test_churches_listed_with_civil_society_share_its_state(nlp):
    text = _HAITI + ("The new body will seat two observers from civil society and the churches "
                     "when it picks a prime minister.")
    codes = actor_codes(nlp, text)
    assert codes["civil society"] == "HTISOC"
    assert codes["the churches"] == "HTIREL"


def test_inmates_of_an_unplaced_prison_are_of_the_story_state(nlp):
    text = _HAITI + "Gangs stormed the capital's main prison overnight and freed about 2,000 inmates."
    assert actor_codes(nlp, text)["2,000 inmates"] == "HTI"


def test_inmates_with_no_prison_named_stay_unplaced(nlp):
    text = _HAITI + "The talks also covered the fate of 300 inmates."
    assert actor_codes(nlp, text).get("300 inmates") is None


def test_regional_leaders_in_a_part_of_the_state_are_its_own(nlp):
    text = ("LIMA, May 3 (Wire) - Peru's government declared a state of emergency on Tuesday. "
            "Bolivia and Chile closed border crossings. Regional leaders in the south said they "
            "would keep the roadblocks in place.")
    assert actor_codes(nlp, text)["Regional leaders"] == "PERGOV"


def test_regional_leaders_of_a_world_region_stay_stateless(nlp):
    text = ("BAMAKO, May 3 (Wire) - Mali's junta delayed the elections on Tuesday. Regional "
            "leaders said they would meet to discuss sanctions.")
    assert actor_codes(nlp, text).get("Regional leaders") != "MLIGOV"


def test_people_from_counted_western_countries_are_the_west(nlp):
    text = ("NAIROBI, May 3 (Wire) - Kenya's president signed the bill on Tuesday. Diplomats "
            "from 12 Western countries, including Canada and Norway, voiced concern over the "
            "arrests.")
    codes = actor_codes(nlp, text)
    assert codes["Diplomats"] == "WSTGOV"
    assert codes["12 Western countries"] == "WST"
    assert codes["Canada"] == "CAN"


def test_two_european_countries_named_before_stay_a_back_reference(nlp):
    text = ("NAIROBI, May 3 (Wire) - France and Italy protested on Tuesday. Diplomats from the "
            "two European countries met Kenya's foreign minister.")
    assert actor_codes(nlp, text).get("Diplomats") not in ("EURGOV", "WSTGOV")


def test_head_of_state_chairing_a_bloc_stays_his_state(nlp):
    text = ("PORT OF SPAIN, March 4 (Wire) - Caribbean leaders met on Monday. Jamaica's Prime "
            "Minister Andrew Holness, who chairs the Caribbean Community, said talks would go on.")
    assert actor_codes(nlp, text)["Jamaica's Prime Minister Andrew Holness"] == "JAMGOV"


def test_diplomat_heading_a_un_mission_still_serves_the_un(nlp):
    text = "Mali's junta accused the Swedish diplomat, who heads the UN mission in Mali, of bias."
    assert actor_codes(nlp, text)["the Swedish diplomat"].startswith("UNO")


def test_badr_organisation_is_an_iraqi_armed_party(nlp):
    text = ("BAGHDAD, May 3 (Wire) - Iraq's election commission released the results. The Badr "
            "Organization rejected them.")
    assert actor_codes(nlp, text)["Badr Organization"] == "IRQUAF"


def test_portfolio_word_before_commissioner_is_part_of_the_title(nlp):
    text = ("BRUSSELS, May 3 (Wire) - The European Commission proposed cutting funds to Poland. "
            "Trade Commissioner Maria Lenz said the plan was fair.")
    codes = actor_codes(nlp, text)
    assert "Trade" not in codes
    assert codes["Trade Commissioner Maria Lenz"] == "EURGOV"


def test_name_before_a_highway_is_the_road(nlp):
    text = ("DUSHANBE, May 3 (Wire) - Tajik police detained a dozen people on Tuesday. The "
            "ministry accused them of blocking the main Kulob highway.")
    assert not any("Kulob" in k for k in actor_codes(nlp, text))


def test_noun_a_report_describes_a_state_as_is_no_actor(nlp):
    text = ("BRUSSELS, May 3 (Wire) - The European Parliament adopted a report on Poland, "
            "describing it as a \"flawed regime of partial democracy\".")
    codes = actor_codes(nlp, text)
    assert "flawed regime" not in codes
    assert codes["Poland"] == "POL"


def test_regime_that_acts_is_still_an_actor(nlp):
    text = ("DAMASCUS, May 3 (Wire) - The Syrian regime shelled rebel towns on Tuesday, "
            "monitors said.")
    assert actor_codes(nlp, text)["The Syrian regime"] == "SYRGOV"


def test_what_a_speaker_calls_a_group_still_names_it(nlp):
    text = ("SANAA, May 3 (Wire) - The Houthis said their fighters were inflicting heavy losses "
            "on what they called the mercenaries of the aggression.")
    assert "the mercenaries" in actor_codes(nlp, text)

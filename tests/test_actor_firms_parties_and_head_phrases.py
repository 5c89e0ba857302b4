"""Session 30: sectors and spans of named bodies. Parties and companies the lists now know, a
firm named after its trade ("energy group X"), a body's kind before "of" ("the Court of
Appeal"), a navy's fleet, a state's chapter of an international body, a chamber's deputy, a
chargé d'affaires, investigators, and an unnamed former head of government. Sentences written
for these tests."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_parties_and_companies_from_the_lists(nlp):
    text = ("LA PAZ (Wire) - Leaders of the Movement for Socialism (MAS) met on Monday, and the "
            "MAS later said Goldman Sachs and Novo Nordisk had no part in the deal. In Kuala "
            "Lumpur, UMNO said Barisan Nasional would field candidates.")
    codes = actor_codes(nlp, text)
    assert codes.get("the MAS") == "BOLPTY"
    assert codes.get("Goldman Sachs") == "USABUS"
    assert codes.get("Novo Nordisk") == "DNKBUS"
    assert codes.get("UMNO") == "MYSPTY"
    assert codes.get("Barisan Nasional") == "MYSPTY"


def test_a_firm_named_after_its_trade_is_a_business_of_the_adjectives_state(nlp):
    text = ("DAKAR (Wire) - The Italian energy group Venturo signed a gas deal with Senegal on "
            "Monday, and Swiss drugmaker Helvana said it would open a plant.")
    codes = actor_codes(nlp, text)
    assert codes.get("The Italian energy group Venturo") == "ITABUS"
    assert codes.get("Swiss drugmaker Helvana") == "CHEBUS"
    assert "Italian" not in codes


def test_a_short_name_with_the_full_names_last_word_is_that_body(nlp):
    text = ("MAPUTO (Wire) - Helicopters from the Dyck Advisory Group, a South African private "
            "security firm, flew survivors out. Amnesty International accused the police, the "
            "militants and the Dyck group this month of killing civilians in the north.")
    codes = actor_codes(nlp, text)
    assert codes.get("Dyck group") == "ZAFBUS"


def test_a_bodys_kind_before_of_and_a_navys_fleet(nlp):
    text = ("NAIROBI (Wire) - Kenya's Court of Appeal on Tuesday overturned the ruling. "
            "Separately, Russia's Pacific Fleet held drills in the Sea of Japan.")
    codes = actor_codes(nlp, text)
    assert codes.get("Kenya's Court of Appeal") == "KENJUD"
    assert codes.get("Russia's Pacific Fleet") == "RUSMIL"


def test_a_states_chapter_of_an_international_body(nlp):
    text = ("NAIROBI (Wire) - The Kenyan chapter of Amnesty International urged the police to "
            "release the students on Monday.")
    codes = actor_codes(nlp, text)
    assert codes.get("The Kenyan chapter of Amnesty International") == "KENNGO"
    assert "Kenyan" not in codes and "Amnesty International" not in codes


def test_a_chambers_deputy_and_a_charge_d_affaires_are_the_people(nlp):
    text = ("MOSCOW (Wire) - One State Duma deputy proposed the bill on Monday, and the foreign "
            "ministry summoned Estonia's charge d'affaires to protest.")
    codes = actor_codes(nlp, text, date="2022-05-01")
    assert codes.get("One State Duma deputy") == "RUSLEG"
    assert codes.get("Estonia's charge d'affaires") == "ESTGOV"
    assert "State Duma" not in codes and "Estonia" not in codes


def test_investigators_of_a_state(nlp):
    text = "ROME (Wire) - Italian investigators said on Monday the ship had left Genoa in May."
    assert actor_codes(nlp, text).get("Italian investigators") == "ITAGOV"


def test_an_unnamed_former_head_of_government_is_a_former_official(nlp):
    text = ("SANTIAGO (Wire) - The former president said on Monday he would not run again, "
            "while a former minister backed the plan.")
    codes = actor_codes(nlp, text)
    assert codes.get("The former president") == "CHLELI"
    # (session 32) a former minister is a former official too (judged AD103, AE101)
    assert codes.get("a former minister") == "CHLELI"


def test_a_name_after_an_envoy_and_the_town_of_the_post_is_that_envoy(nlp):
    text = ("MOSCOW (Wire) - On Monday, the Russian foreign ministry summoned Latvia's charge "
            "d'affaires in Moscow, Ilze Berzina, and demanded that the ban be lifted at once.")
    codes = actor_codes(nlp, text, date="2022-05-01")
    assert codes.get("Ilze Berzina") == "LVAGOV"
    assert codes.get("Moscow") == "RUS"


def test_a_charge_d_affaires_recalled_from_a_capital_is_the_recallers(nlp):
    text = ("ROME (Wire) - Italy expelled the Austrian ambassador on Friday and recalled its own "
            "charge d'affaires from Vienna after the row over the border.")
    codes = actor_codes(nlp, text, date="2022-05-01")
    assert codes.get("own charge d'affaires") == "ITAGOV"


def test_a_named_leader_of_an_opposition_party_set_off_after_his_name_is_of_that_party(nlp):
    text = ("HAVANA (Wire) - Police detained 40 people on Sunday, among them Jose Daniel Ferrer, "
            "leader of the opposition Patriotic Union of Cuba, a rights group said.")
    assert actor_codes(nlp, text).get("Jose Daniel Ferrer") == "CUBOPP"


def test_a_named_leader_of_a_state_body_set_off_after_his_name_stays_government(nlp):
    text = ("N'DJAMENA (Wire) - Soldiers guarded the palace where Mahamat Deby, leader of the "
            "Transitional Military Council, met envoys from Niger on Sunday.")
    assert actor_codes(nlp, text).get("Mahamat Deby") != "TCDOPP"

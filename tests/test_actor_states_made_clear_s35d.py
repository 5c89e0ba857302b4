"""Session 35, helper d (batch AI actor leftovers): a name set off after an unnamed office
holder of an international body or written after a title behind a name-opening mark, a lawyer
set off after his client's possessive, a two-word "Secretary General", and town names shared
with a place abroad that the story places at home. Sentences of our own; each rule has a near
miss."""

from __future__ import annotations

from dyads.places import place_others

from actor_helpers import actor_codes


# --- names after a title (actor_coref._named_after_description, _title_in_front) --------------


def test_name_after_an_international_bodys_hyphened_title(nlp) -> None:
    text = ("LIMA (Wire) - Protests spread across Peru on Monday. The Andean Community's "
            "secretary-general, Jorge Pradel, said he was worried by the unrest.")
    codes = actor_codes(nlp, text)
    assert codes["Jorge Pradel"] == "IGOGOV"
    assert codes["he"] == "IGOGOV"


def test_name_after_a_title_behind_an_opening_mark(nlp) -> None:
    text = ("APIA (Wire) - Samoan opposition lawmaker 'Aisake Vuna, one of the people's "
            "representatives, denied the charge. He said the government had lied.")
    codes = actor_codes(nlp, text)
    assert codes["Aisake Vuna"] == "WSMOPP"
    assert codes["He"] == "WSMOPP"


def test_quoted_group_after_a_clause_is_not_a_title_holder(nlp) -> None:
    text = "APIA (Wire) - The Samoan minister said he had met the 'Ulu Lagi rebels' leader."
    codes = actor_codes(nlp, text)
    assert codes["The Samoan minister"] == "WSMGOV"
    assert codes.get("Ulu Lagi rebels") != "WSMGOV"


# --- a client's lawyer (actor_coref._legal_staff) ---------------------------------------------


def test_lawyer_set_off_after_his_clients_possessive_takes_the_state_only(nlp) -> None:
    text = ("PARAMARIBO (Wire) - President Chan Santokhi's lawyer, Ravi Persaud, said the "
            "defence would appeal.")
    assert actor_codes(nlp, text)["Ravi Persaud"] == "SUR"


def test_spokesman_set_off_after_his_principal_takes_the_office(nlp) -> None:
    text = ("PARAMARIBO (Wire) - President Chan Santokhi's spokesman, Ravi Persaud, said the "
            "government would appeal.")
    assert actor_codes(nlp, text)["Ravi Persaud"] == "SURGOV"


# --- "Secretary General" in two words (data/sectors.tsv) --------------------------------------


def test_secretary_general_in_two_words_is_a_civil_post(nlp) -> None:
    text = ("TEGUCIGALPA (Wire) - OAS Secretary General Mario Vargas said the vote in Honduras "
            "was fair.")
    assert actor_codes(nlp, text)["OAS Secretary General Mario Vargas"] == "IGOGOV"


def test_a_general_of_an_army_stays_military(nlp) -> None:
    text = "SANTIAGO (Wire) - Commander General Rafael Soto said the Chilean army was ready."
    assert actor_codes(nlp, text)["Commander General Rafael Soto"] == "CHLMIL"


# --- town names shared with a place abroad (places._table, actor_places._home_namesake) ------


def test_names_that_fold_alike_keep_every_state() -> None:
    assert "PRT" in place_others("Belem")
    assert "PRT" in place_others("Belém")


def test_home_seat_in_a_town_named_like_one_abroad_is_at_home(nlp) -> None:
    text = ("LIMA (Wire) - Peru's congress rejected the budget on Monday. Peruvian lawmakers "
            "said the vote was final. Outside the congress in Tivoli, hundreds of students "
            "protested.")
    codes = actor_codes(nlp, text)
    assert codes["Tivoli"] == "PER"
    assert codes["hundreds of students"].startswith("PER")


def test_a_seat_with_an_owner_keeps_the_gazetteers_state(nlp) -> None:
    text = ("LIMA (Wire) - Peru's congress rejected the budget on Monday. Peruvian lawmakers "
            "said the vote was final. Delegates met at the OAS assembly in Tivoli.")
    assert actor_codes(nlp, text)["Tivoli"] == "ITA"


def test_a_town_of_a_state_the_story_names_keeps_its_state(nlp) -> None:
    text = ("LIMA (Wire) - Peru's congress rejected the budget on Monday. Peruvian lawmakers "
            "said the vote was final. Outside the congress in Tivoli, Italian tourists watched.")
    assert actor_codes(nlp, text)["Tivoli"] == "ITA"


# --- an organ owned by a person named by surname (actor_coref._organs_of_owners) -------------


def test_government_of_a_leader_named_by_surname_is_his_states(nlp) -> None:
    text = ("GABORONE (Wire) - Botswana President Mokgweetsi Masisi conceded defeat on Friday. "
            "Former President Ian Khama, who later fell out with Masisi, returned from exile in "
            "South Africa. Masisi's government had signed a deal with the miners.")
    codes = actor_codes(nlp, text, date="2024-11-01")
    assert codes["government"] == "BWAGOV"


def test_short_form_of_a_longer_home_name_is_at_home(nlp) -> None:
    text = ("LIMA (Wire) - Peruvian police raided the Tivoli Heights district on Monday. Peru's "
            "interior minister said the raid would go on. In Tivoli, many residents fled.")
    codes = actor_codes(nlp, text)
    assert codes["Tivoli"] == "PER"
    assert codes["many residents"] == "PERCVL"

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


# --- a state's own parties (actor_context._no_one_body, _party_named_for_members) -------------


def test_every_opposition_party_is_the_states(nlp) -> None:
    text = ("MADRID (Wire) - Spanish Prime Minister Pedro Sanchez lost a budget vote on Tuesday. "
            "Greece and Italy watched closely. \"Every opposition party voted to bring Spain "
            "down,\" Sanchez said.")
    assert actor_codes(nlp, text)["opposition party"] == "ESPOPP"


def test_no_single_government_stays_none_in_particular(nlp) -> None:
    text = ("MADRID (Wire) - Spanish Prime Minister Pedro Sanchez said the rules were clear. "
            "No single government can veto the plan, he said.")
    assert actor_codes(nlp, text).get("No single government") in (None, "-", "?GOV")


def test_party_named_for_its_members_is_the_storys(nlp) -> None:
    text = ("MADRID (Wire) - Spanish Prime Minister Pedro Sanchez lost a budget vote on Tuesday. "
            "German Chancellor Olaf Scholz said Berlin was worried, and Greece agreed. The "
            "Socialists won the 2019 election but lost their majority.")
    assert actor_codes(nlp, text)["Socialists"] == "ESPPTY"


# --- a crime boss of the story's state (sectors.tsv, actor_context._crime_boss_titled) --------


def test_drug_lord_with_no_state_named_is_the_storys(nlp) -> None:
    text = ("TEGUCIGALPA (Wire) - Honduran troops stormed the stronghold of drug lord Mario Cruz "
            "on Monday. Cruz, who is wanted in Miami, escaped. Honduras said the operation "
            "would go on.")
    codes = actor_codes(nlp, text)
    assert codes["drug lord Mario Cruz"] == "HNDCRM"
    assert codes["Cruz"] == "HNDCRM"


def test_drug_lord_with_a_state_named_keeps_it(nlp) -> None:
    text = ("WASHINGTON (Wire) - U.S. prosecutors charged Mexican drug lord Ismael Zambada on "
            "Monday. Zambada was arrested in Texas.")
    assert actor_codes(nlp, text)["Mexican drug lord Ismael Zambada"] == "MEXCRM"


# --- people set in a fronted town (actor_context._bare_fronted_place) -------------------------


def test_trader_in_a_fronted_town_and_the_local_people_of_his_clause(nlp) -> None:
    text = ("MONTEVIDEO (Wire) - The court ruled for Uruguay on Tuesday, and Argentina said it "
            "would comply. In Fray Bentos, hardware store owner Walter Suarez said the closure "
            "of the bridge had cost local traders dearly.")
    codes = actor_codes(nlp, text)
    assert codes["hardware store owner Walter Suarez"] == "URYBUS"
    assert codes["local traders"] == "URYBUS"


def test_people_not_called_local_take_no_town(nlp) -> None:
    text = ("MONTEVIDEO (Wire) - The court ruled for Uruguay on Tuesday, and Argentina said it "
            "would comply. In Fray Bentos, hardware store owner Walter Suarez said the closure "
            "had cost foreign traders dearly.")
    codes = actor_codes(nlp, text)
    assert codes["hardware store owner Walter Suarez"] == "URYBUS"
    assert codes["foreign traders"] in (None, "-", "?BUS")


# --- a name cut before its particle (anchor_entities._particle_names) ------------------------


def test_name_with_a_particle_before_the_surname_is_one_name(nlp) -> None:
    text = ("LISBON (Wire) - Portuguese Finance Minister Joaquim Pina dos Reis warned on Monday "
            "that bonds would fall.")
    codes = actor_codes(nlp, text)
    assert "Portuguese Finance Minister Joaquim Pina dos Reis" in codes
    assert "Reis" not in codes


# --- an election winner not yet sworn in (actors.tsv) ----------------------------------------


def test_election_winner_before_the_inauguration_is_opposition(nlp) -> None:
    text = "GABORONE (Wire) - Duma Boko thanked his supporters in Gaborone on Saturday."
    assert actor_codes(nlp, text, date="2024-11-02")["Duma Boko"] == "BWAOPP"
    assert actor_codes(nlp, text, date="2024-11-09")["Duma Boko"] == "BWAGOV"


# --- the speaker behind a hyphened title (actor_pronouns._cut_at_hyphen) ----------------------


def test_speakers_he_after_a_hyphened_title_is_the_title_holder(nlp) -> None:
    text = ("SUVA (Wire) - Fijian troops landed in Honiara on Friday.\n\nPapua New Guinea Foreign "
            "Minister Justin Tkatchenko urged the Solomon Islands' leaders to press ahead with "
            "reforms, while Fijian Foreign Minister Lenora Qereqeretabua said the violence should "
            "not derail talks.\n\nThe Commonwealth's secretary-general, Leonard Louma, said he was "
            "deeply saddened by the loss of life and called on all sides to return to dialogue.")
    codes = actor_codes(nlp, text, date="2023-11-18")
    assert codes["Leonard Louma"] == "IGOGOV"
    assert codes["he"] == "IGOGOV"


def test_speakers_he_after_a_plain_title_stays_the_subject(nlp) -> None:
    text = ("LIMA (Wire) - The Andean Community said the unrest should end. Peruvian Foreign "
            "Minister Javier Gonzalez said he was deeply saddened by the deaths.")
    assert actor_codes(nlp, text)["he"] == "PERGOV"

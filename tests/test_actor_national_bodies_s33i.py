"""Session 33 (batch AG, actor mentions, helper i): national bodies and their people in a story
set in one state. Sentences of our own; each rule has a near miss."""

from __future__ import annotations

from actor_helpers import actor_codes

# --- a named association no list knows, in a story set in its state (actor_context) -----------

_HEAD = "the head of the {}Association for the Defence of Human Rights"


def _arrest(body: str, after: str) -> str:
    return ("LUSAKA, May 3 (Wire) - Zambian police on Tuesday arrested Mwila Chanda, the head of "
            f"the {body}Association for the Defence of Human Rights{after}. Chanda had urged "
            "Zambia's government to free detainees.")


# (session 58) the description after the name is no actor of its own: its head takes its code


def test_named_association_in_a_home_story_is_of_that_state(nlp) -> None:
    codes = actor_codes(nlp, _arrest("", " and one of the country's best-known activists"))
    assert codes["Mwila Chanda"] == "ZMBNGO" and _HEAD.format("") not in codes


def test_association_named_for_a_wider_reach_keeps_the_ngo_code(nlp) -> None:
    codes = actor_codes(nlp, _arrest("International ", " and one of the country's best-known activists"))
    assert codes["Mwila Chanda"] != "ZMBNGO"


def test_association_beside_another_state_keeps_the_ngo_code(nlp) -> None:
    codes = actor_codes(nlp, _arrest("", ", during a visit by Malawi's president"))
    assert codes[_HEAD.format("")] == "NGO"


def test_brand_named_rights_group_keeps_the_ngo_code(nlp) -> None:
    text = ("LUSAKA, May 3 (Wire) - Zambian police on Tuesday arrested protesters in the "
            "capital. The rights group Open Wires urged the government to free them.")
    assert actor_codes(nlp, text)["The rights group Open Wires"] == "NGO"


# --- the body a leader calls "his party" (actor_coref) ------------------------------------------


def _leader_said(noun: str) -> str:
    return ("ACCRA, May 3 (Wire) - Ghana's parliament on Monday set the election date. Kwame "
            f"Osei, leader of the National Alliance for Renewal (NAR), said his {noun} would "
            "take part in the vote. Ghana's electoral commission will publish the lists.")


def test_body_whose_leader_speaks_of_his_party_is_a_party(nlp) -> None:
    codes = actor_codes(nlp, _leader_said("party"))
    assert codes["Kwame Osei"] == "GHAPTY"


def test_body_whose_leader_speaks_of_his_members_stays_an_association(nlp) -> None:
    codes = actor_codes(nlp, _leader_said("members"))
    assert codes["Kwame Osei"] == "GHANGO"


# --- a firm called another firm's subsidiary (actor_coref) --------------------------------------


def _placed(noun: str) -> str:
    return ("OSLO, May 3 (Wire) - Norway's government on Monday fined Equinor over a gas leak. "
            f"British regulators on Tuesday placed Northsea Holdings, an Equinor {noun}, into "
            "administration.")


def test_named_subsidiary_is_a_firm_of_its_owners_state(nlp) -> None:
    assert actor_codes(nlp, _placed("subsidiary"))["Northsea Holdings"] == "NORBUS"


def test_named_customer_of_a_firm_is_not_its_subsidiary(nlp) -> None:
    assert actor_codes(nlp, _placed("customer"))["Northsea Holdings"] is None


# --- bare officers of a force named in their sentence or the one before (actor_anchors) ---------


def _officers(before: str) -> str:
    return (f"ANTANANARIVO, March 17 (Wire) - The president signed an order transferring his powers "
            f"to {before}. The officers then announced on national radio that they were handing "
            "full powers to the opposition leader.")


def test_the_officers_after_a_mutiny_in_the_armed_forces_are_the_military(nlp) -> None:
    codes = actor_codes(nlp, _officers("a council headed by Vice Admiral Hery Rabe after a mutiny "
                                       "in the armed forces"))
    assert codes["The officers"] == "MDGMIL"


def test_the_officers_after_the_police_are_the_police(nlp) -> None:
    codes = actor_codes(nlp, _officers("the police chief after a strike by police"))
    assert codes["The officers"] == "MDGCOP"


def test_the_officers_with_no_force_named_before_stay_out(nlp) -> None:
    assert "The officers" not in actor_codes(nlp, _officers("a council of elders"))


# --- a hyphenated party name the tagger left out (actor_coref) ---------------------------------


def _joint_demand(noun: str) -> str:
    return (f"LILONGWE, May 3 (Wire) - The opposition Umoja-Tsogolo {noun} said its candidate was "
            "detained. Umoja-Tsogolo and the Freedom Front have jointly demanded a fresh election.")


def test_party_name_set_before_party_is_that_party_where_it_stands_alone(nlp) -> None:
    assert actor_codes(nlp, _joint_demand("party"))["Umoja-Tsogolo"] == "MWIPTY"


def test_name_never_set_before_party_is_not_made_a_party(nlp) -> None:
    assert actor_codes(nlp, _joint_demand("alliance")).get("Umoja-Tsogolo") != "MWIPTY"


# --- a person who crossed into another state is of the story's (actor_context) -----------------


def _refugee(clause: str) -> str:
    return ("BUJUMBURA, May 3 (Wire) - Burundian police fired on protesters in Bujumbura on "
            "Sunday. Thousands of people have fled to neighbouring Tanzania, the UNHCR said. "
            f"\"We were afraid,\" said Aline Bizimana, a teacher who {clause}. Burundi police "
            "denied firing live rounds.")


def test_person_who_crossed_into_a_neighbour_is_of_the_story_state(nlp) -> None:
    assert actor_codes(nlp, _refugee("crossed into Tanzania last week"))["Aline Bizimana"] == "BDI"


def test_person_who_lives_in_a_neighbour_is_of_that_state(nlp) -> None:
    assert actor_codes(nlp, _refugee("lives in Tanzania"))["Aline Bizimana"] == "TZA"


# --- the bracketed acronym of a force placed as a group (actor_coref) --------------------------


def _assault(acronym: str) -> str:
    return ("ABIDJAN, May 3 (Wire) - Fighting continued in Abidjan on Sunday. The French military "
            "denied that any of its soldiers fired first, saying the Republican Forces of Cote "
            f"d'Ivoire{acronym} led the assault.")


def test_bracketed_acronym_of_a_placed_force_takes_its_code(nlp) -> None:
    assert actor_codes(nlp, _assault(" (RFCI)"))["RFCI"] == "CIVMIL"


def test_acronym_only_joined_to_a_force_keeps_no_code(nlp) -> None:
    assert actor_codes(nlp, _assault(" and RFCI"))["RFCI"] is None


# --- a staff member posted in a place is still the principal's (actor_coref) -------------------


def _adviser(noun: str) -> str:
    return (f"ABIDJAN, May 3 (Wire) - Gbagbo's {noun} in Paris, Toussaint Alain, said French "
            "special forces carried out the arrest.")


def test_adviser_posted_abroad_is_his_principals(nlp) -> None:
    codes = actor_codes(nlp, _adviser("adviser"))
    assert codes["Toussaint Alain"] == codes["Gbagbo"]


def test_name_after_a_principals_house_is_not_his_staff(nlp) -> None:
    assert actor_codes(nlp, _adviser("house"))["Toussaint Alain"] is None


# --- a private person at a fronted place of one state (actor_context) --------------------------


def _across(place: str) -> str:
    return ("THE HAGUE, June 29 (Wire) - A court awarded Slovenia most of the bay, and Croatia "
            "rejected the ruling. Slovenia welcomed it, and Croatia said it would not comply. "
            f"Across the bay {place}, restaurant owner Ana Horvat said she was relieved.")


def test_private_person_after_a_fronted_place_is_of_its_state(nlp) -> None:
    assert actor_codes(nlp, _across("in Piran"))["restaurant owner Ana Horvat"] == "SVNBUS"


def test_private_person_with_no_fronted_place_stays_open(nlp) -> None:
    assert actor_codes(nlp, _across("at dawn"))["restaurant owner Ana Horvat"] != "SVNBUS"

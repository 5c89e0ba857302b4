"""Session 24 (helper K), social groups the blind judges found missed in batches V and W: elders,
witnesses, protest organisers, social movements, supporters, criminal groups and kidnappers,
political parties, the private sector, law enforcement and a shopkeeper take the state of the
story or scene; crowds fired on, crowds in a "where" clause after a place, counted casualties
told in the passive and a bare plural sharing a state's adjective across "and" are actors; a
"they" whose own clause has "them" is the thing named next, and "them" after a thing named as an
object in its sentence is that thing. Each case has a near miss (our own sentences)."""

from __future__ import annotations

from actor_helpers import actor_codes


def _codes(nlp, text: str) -> dict[str, str | None]:
    return actor_codes(nlp, text, date="2022-05-03")


# --- social-group nouns -------------------------------------------------------------------------

def test_local_elders_are_the_story_civilians(nlp) -> None:
    codes = _codes(nlp, "ACCRA, May 3 (Wire) - Ghana's president met local elders in the north "
                        "on Tuesday.")
    assert codes.get("local elders") == "GHACVL"


def test_witnesses_are_the_scene_civilians(nlp) -> None:
    codes = _codes(nlp, "ACCRA, May 3 (Wire) - Police in Kumasi fired tear gas at students, "
                        "witnesses said.")
    assert codes.get("witnesses") == "GHACVL"


def test_police_witnesses_keep_the_police_sector(nlp) -> None:
    codes = _codes(nlp, "ACCRA, May 3 (Wire) - A Ghanaian judge said police witnesses had "
                        "contradicted each other.")
    assert codes.get("police witnesses") == "GHACOP"


def test_protest_organisers_and_social_movements_are_civilians(nlp) -> None:
    codes = _codes(nlp, "ACCRA, May 3 (Wire) - Protest organisers in Ghana said social movements "
                        "would join the march.")
    assert codes.get("Protest organisers") == "GHACVL"
    assert codes.get("social movements") == "GHACVL"


def test_political_parties_and_the_private_sector(nlp) -> None:
    codes = _codes(nlp, "ACCRA, May 3 (Wire) - Ghana's electoral body invited political parties "
                        "and the private sector to the talks.")
    assert codes.get("political parties") == "GHAPTY"
    assert codes.get("the private sector") == "GHABUS"


def test_criminal_groups_and_kidnappers_blamed_at_home_are_its_criminals(nlp) -> None:
    codes = _codes(nlp, "ACCRA, May 3 (Wire) - Ghana's president blamed organised criminals, "
                        "criminal groups and kidnappers for the unrest.")
    assert codes.get("criminals") == "GHACRM"
    assert codes.get("criminal groups") == "GHACRM"
    assert codes.get("kidnappers") == "GHACRM"


def test_law_enforcement_acts_but_a_law_enforcement_case_is_no_actor(nlp) -> None:
    codes = _codes(nlp, "ACCRA, May 3 (Wire) - Law enforcement officers in Ghana arrested five "
                        "men. Officials called it a routine law enforcement case.")
    assert codes.get("Law enforcement officers") == "GHACOP"
    assert not any("enforcement case" in text or text.endswith("law enforcement")
                   for text in codes if not text.startswith("Law"))


def test_an_unnamed_shopkeeper_is_the_story_business(nlp) -> None:
    codes = _codes(nlp, "ACCRA, May 3 (Wire) - Riots hit Ghana's capital. \"Everything is gone,\" "
                        "said a shopkeeper whose store was looted.")
    assert codes.get("a shopkeeper") == "GHABUS"


def test_supporters_are_civilians_not_the_leader_they_follow(nlp) -> None:
    codes = _codes(nlp, "BANJUL, May 3 (Wire) - Gambian officials said the suspects had links to "
                        "supporters of Jammeh.")
    assert codes.get("supporters") == "GMBCVL"
    assert codes.get("Jammeh") == "GMBELI"


def test_counted_supporters_in_a_named_town(nlp) -> None:
    codes = _codes(nlp, "Hundreds of supporters gathered outside the courthouse in Buenos Aires.")
    assert codes.get("Hundreds of supporters") == "ARGCVL"


# --- crowds and casualties -----------------------------------------------------------------------

def test_crowds_fired_on_are_the_story_civilians(nlp) -> None:
    codes = _codes(nlp, "NAIROBI, May 3 (Wire) - Kenyan police fired on crowds in the capital "
                        "on Tuesday.")
    assert codes.get("crowds") == "KENCVL"


def test_bare_crowds_that_only_watch_are_no_actor(nlp) -> None:
    codes = _codes(nlp, "NAIROBI, May 3 (Wire) - The match in Kenya drew big crowds again.")
    assert "crowds" not in codes


def test_crowd_in_a_where_clause_takes_the_place_before_it(nlp) -> None:
    codes = _codes(nlp, "Australia sent police after a second day of rioting in the capital "
                        "Honiara, where crowds torched shops.")
    assert codes.get("crowds") == "SLBCVL"


def test_counted_people_wounded_are_the_scene_civilians(nlp) -> None:
    codes = _codes(nlp, "NAIROBI, May 3 (Wire) - Kenyan rights groups said dozens of people had "
                        "been wounded by gunfire.")
    assert codes.get("dozens of people") == "KENCVL"


def test_counted_people_wounded_take_the_place_of_the_clashes(nlp) -> None:
    codes = _codes(nlp, "JERUSALEM, May 3 (Wire) - Israel struck Gaza again. Rights groups said "
                        "about 140 people were wounded in clashes in Kabul.")
    assert codes.get("140 people") == "AFGCVL"


def test_a_death_toll_alone_is_left_out(nlp) -> None:
    # (tolls are as often background statistics, and on the span gold the toll displaced the
    # attack as the sentence's main event)
    codes = _codes(nlp, "KINSHASA, May 3 (Wire) - Thousands of people have been killed in the "
                        "fighting in Congo.")
    assert not any("people" in text for text in codes)


def test_counted_people_hurt_in_an_accident_are_no_actor(nlp) -> None:
    codes = _codes(nlp, "NAIROBI, May 3 (Wire) - Dozens of people were injured in Kenya when a "
                        "bus overturned.")
    assert not any("people" in text for text in codes)


def test_number_of_people_killed_is_no_actor(nlp) -> None:
    codes = _codes(nlp, "NAIROBI, May 3 (Wire) - The number of people killed in Kenya rose.")
    assert not any("people" in text for text in codes)


def test_at_least_stays_whole_in_a_counted_span(nlp) -> None:
    codes = _codes(nlp, "KINSHASA, May 3 (Wire) - At least 17 people had been wounded in clashes "
                        "in Goma.")
    assert codes.get("At least 17 people") == "CODCVL"


def test_bare_plural_shares_the_state_adjective_across_and(nlp) -> None:
    codes = _codes(nlp, "BEIJING, May 3 (Wire) - China urged the Solomon Islands to protect "
                        "Chinese citizens and businesses.")
    assert codes.get("businesses") == "CHNBUS"


def test_bare_businesses_with_no_modifier_stay_out(nlp) -> None:
    codes = _codes(nlp, "BEIJING, May 3 (Wire) - The rules apply to citizens and businesses.")
    assert "businesses" not in codes


# --- pronouns -----------------------------------------------------------------------------------

_FARM_LAWS = ("NEW DELHI, May 3 (Wire) - India's parliament passed three farm laws. The laws "
              "would have let farmers sell produce outside state markets. Growers feared they "
              "would end guaranteed prices and leave them at the mercy of large companies.")


def test_they_whose_own_clause_has_them_is_the_thing_named_next(nlp) -> None:
    codes = _codes(nlp, _FARM_LAWS)
    assert "they" not in codes
    assert codes.get("them") == "INDAGR"


def test_they_with_them_and_no_thing_before_stays_the_subject(nlp) -> None:
    codes = _codes(nlp, "NEW DELHI, May 3 (Wire) - Indian farmers said they would sell them "
                        "next week.")
    assert codes.get("they") == "INDAGR"


def test_them_after_a_thing_named_as_object_is_that_thing(nlp) -> None:
    codes = _codes(nlp, "NEW DELHI, May 3 (Wire) - Rahul Gandhi praised the farmers. The court "
                        "suspended the laws and set up a panel to study them.")
    assert "them" not in codes


def test_them_after_people_named_as_object_stays_them(nlp) -> None:
    codes = _codes(nlp, "NAIROBI, May 3 (Wire) - Kenyan police arrested dozens of protesters "
                        "and later released them.")
    assert codes.get("them") == "KENCVL"


def test_staff_block_they_from_the_group_before(nlp) -> None:
    codes = _codes(nlp, "PORT-AU-PRINCE, May 3 (Wire) - Witnesses in Gonaives reported looting. "
                        "Staff at a hospital in the capital said they had treated 14 people.")
    assert codes.get("Witnesses") == "HTICVL"
    assert "they" not in codes

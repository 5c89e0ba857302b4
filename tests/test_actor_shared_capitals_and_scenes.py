"""Session 25: capitals that also name other places, and shared town names."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_shared_capital_stands_for_its_state_when_the_state_is_named(nlp):
    codes = actor_codes(nlp, "Guyana's president spoke on Monday about the border. The claim "
                             "has worried Georgetown for decades.")
    assert codes.get("Georgetown") == "GUYGOV"


def test_shared_capital_is_no_state_when_the_state_is_never_named(nlp):
    codes = actor_codes(nlp, "Students at a bar in Georgetown said the city council should "
                             "act.")
    assert codes.get("Georgetown") is None
    codes = actor_codes(nlp, "Queen Victoria opened the bridge.")
    assert not any(code and code.startswith("SYC") for code in codes.values())


def test_shared_town_name_takes_no_state_only_named_elsewhere(nlp):
    text = ("Guinea's junta freed dozens of activists on Tuesday. Guinean soldiers patrolled "
            "Conakry, and Ghana's foreign minister flew in for talks. Guinea's opposition "
            "welcomed the move. Prices rose in the busy Madina district, traders said.")
    codes = actor_codes(nlp, text)
    assert "Madina" not in codes
    assert codes.get("Ghana's foreign minister") == "GHAGOV"


def test_title_owned_in_a_description_is_the_bosses_not_the_persons(nlp):
    text = ("Fiji has asked Australia to recall two diplomats, an aide to Fijian President "
            "Wiliame Katonivere said. Jone Vatu, the president's public policy secretary, told "
            "reporters the request was final. Fiji's foreign ministry confirmed it.")
    codes = actor_codes(nlp, text)
    assert codes.get("Jone Vatu") == "FJIGOV"
    assert codes.get("the president") == "FJIGOV"


_GUEST_STORY = (
    "Nepal began evacuating workers from Qatar on Monday after riots in the capital Doha, "
    "where thousands of Nepali workers live. Nepal's labour minister said flights would "
    "continue. Witnesses said crowds attacked workers from Nepal and Sri Lanka. "
    "Authorities said no one had died, and police said they had arrested ten men. "
    "Nepal's foreign ministry in Kathmandu summoned the Qatari envoy. "
    "A senior interior ministry official said the unrest was over. "
    "\"We are sorry for this,\" said Amal Hassan, a shopkeeper near the camps.")


def test_unnamed_locals_take_the_scene_where_the_story_s_people_are_guests(nlp):
    codes = actor_codes(nlp, _GUEST_STORY)
    assert codes.get("Authorities") == "QATGOV"
    assert codes.get("police") == "QATCOP"
    assert codes.get("Witnesses") == "QATCVL"
    assert codes.get("A senior interior ministry official") == "QATGOV"
    assert codes.get("Amal Hassan") == "QATBUS"
    assert codes.get("Nepal's labour minister") == "NPLGOV"


def test_officials_abroad_keep_the_story_s_state_without_guests(nlp):
    codes = actor_codes(nlp, "Nepal's foreign minister held talks in the capital Doha on "
                             "Monday, and clashes in Doha were discussed. Officials said the "
                             "talks would continue. Nepal wants better pay for its people, "
                             "Nepal's government said.")
    assert codes.get("Officials") == "NPLGOV"

"""Police ranks before a name are a title, not a given name ("Senior Superintendent X" is a
police officer); a chamber whose name several states share follows the one holder its
sentence names when the story is about a state without such a chamber; a people called ethnic
lives in the story's state; a town name several states share, none of them named, is not
guessed. Each with a case the rule must leave alone."""

from __future__ import annotations

from actor_helpers import actor_codes

_POLICE = ("MANILA, May 4 (Wire) - Philippine police raided a warehouse in Manila on Monday. "
           "The Philippines has stepped up raids this year. ")


def test_ranked_police_officer_is_police_of_the_story_state(nlp):
    codes = actor_codes(nlp, _POLICE + "Chief Superintendent Ramon Cruz told reporters the "
                        "raid had been planned for weeks.")
    assert codes["Chief Superintendent Ramon Cruz"] == "PHLCOP"


def test_senior_superintendent_is_police_too(nlp):
    codes = actor_codes(nlp, _POLICE + "Senior Superintendent Marco Dizon told reporters the "
                        "raid had been planned for weeks.")
    assert codes["Senior Superintendent Marco Dizon"] == "PHLCOP"


def test_bare_superintendent_gets_no_police_sector(nlp):
    # a superintendent alone may run a school district: the state only
    codes = actor_codes(nlp, _POLICE + "Superintendent Jose Lim said classes would resume.")
    assert codes["Superintendent Jose Lim"] == "PHL"


_INDIA = ("NEW DELHI, Sept 20 (Wire) - India summoned a Canadian diplomat on Wednesday. "
          "India's foreign ministry called the claims absurd. ")


def test_shared_chamber_follows_the_holder_its_sentence_names(nlp):
    codes = actor_codes(nlp, _INDIA + "Trudeau told the House of Commons that Canadian "
                        "police were examining the case.")
    assert codes["House of Commons"] == "CANLEG"


def test_shared_chamber_with_two_holders_named_stays_with_its_list(nlp):
    codes = actor_codes(nlp, _INDIA + "British and Canadian ministers spoke of it in the "
                        "House of Commons.")
    assert codes["House of Commons"] == "GBRLEG"


_ETHIOPIA = ("ADDIS ABABA, May 4 (Wire) - Ethiopia's government declared a state of emergency "
             "on Tuesday as rebels advanced on the capital. Ethiopia's army said the rebels had "
             "taken two towns. Washington said it was alarmed. ")


def test_ethnic_people_of_the_story_state_live_there(nlp):
    codes = actor_codes(nlp, _ETHIOPIA + "Amnesty International warned that the new powers "
                        "could lead to mass detentions of ethnic Tigrayans in the capital. "
                        "Ethiopia's police denied it.")
    assert codes["ethnic Tigrayans"] == "ETHCVL"


def test_ethnic_people_in_a_sentence_naming_another_state_stay_open(nlp):
    codes = actor_codes(nlp, _ETHIOPIA + "Amnesty International said ethnic Tigrayans had "
                        "fled to Sudan. Ethiopia's police denied it.")
    assert codes.get("ethnic Tigrayans") != "ETHCVL"


_PERU = ("LIMA, May 4 (Wire) - Peru's congress voted on Tuesday to remove the interior minister. "
         "Peru has seen weeks of protests. ")


def test_shared_town_name_of_no_state_named_is_not_guessed(nlp):
    # Amara is a town of Ethiopia and of Iraq in the gazetteer; the story never names either
    codes = actor_codes(nlp, _PERU + "\"We have lost everything,\" said Rosa Quispe, a farmer "
                        "in the town of Amara. Peruvian police cleared the roads.")
    assert codes.get("Amara") is None
    assert codes["Rosa Quispe"] == "PERCVL"


def test_shared_town_name_keeps_its_state_when_the_story_names_it(nlp):
    codes = actor_codes(nlp, _PERU + "Ethiopia's envoy visited the town of Amara, Ethiopia's "
                        "ambassador said.")
    assert codes.get("Amara") == "ETH"

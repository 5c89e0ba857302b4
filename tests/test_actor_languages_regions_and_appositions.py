"""Session 32 (batch AF, helper e): language labels are no state, a region word that is also a
state's adjective ("the Central African country") points back to the state named before, a
movement's named cause is no state, a body named right after its description takes its code,
and an officer of a state organ is of the organ. Each rule has a near miss."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_a_language_before_speaking_is_no_state(nlp):
    codes = actor_codes(nlp, "Activists say the French-speaking majority has ignored them in Cameroon.")
    assert "French" not in codes
    assert codes.get("Cameroon") == "CMR"


def test_known_in_a_language_is_no_state(nlp):
    codes = actor_codes(nlp, "Ukraine banned the channel, known in Russian as Dozhd.")
    assert "Russian" not in codes


def test_a_states_adjective_on_people_is_still_the_state(nlp):
    codes = actor_codes(nlp, "French officials said the talks would resume.")
    assert codes.get("French officials") == "FRAGOV"


def test_central_african_country_is_the_state_named_before(nlp):
    text = "Cameroon held an election. Biya, who has ruled the Central African country since 1982, won."
    codes = actor_codes(nlp, text, date="2018-10-22")
    assert codes.get("the Central African country") == "CMR"
    assert "CAF" not in codes.values()


def test_central_african_country_after_the_republic_is_the_republic(nlp):
    text = ("Rebels attacked Bangui, the capital of the Central African Republic. The Central African "
            "country has been unstable for years.")
    codes = actor_codes(nlp, text, date="2018-10-22")
    assert "CMR" not in codes.values()
    assert any(c == "CAF" for k, c in codes.items() if "Central African" in k)


def test_states_in_a_movements_cause_are_no_actors(nlp):
    text = ("He lost the runoff to Domingos Pereira of the African Party for the Independence of "
            "Guinea and Cape Verde.")
    codes = actor_codes(nlp, text, date="2020-01-02")
    assert "Guinea" not in codes and "Cape Verde" not in codes


def test_states_after_a_movement_in_their_own_clause_stay(nlp):
    codes = actor_codes(nlp, "The party campaigned for the independence of Guinea and Cape Verde.",
                        date="2020-01-02")
    assert codes.get("Guinea") == "GIN"


def test_acronym_set_off_after_a_bodys_description_is_that_body(nlp):
    text = "Officials said New Zealand's spy agency, GCSB, bugged the talks."
    assert actor_codes(nlp, text, date="2018-03-06").get("GCSB") == "NZLSPY"


def test_acronym_listed_after_a_description_is_another_body(nlp):
    text = "Officials said New Zealand's spy agency, GCSB and ASIO bugged the talks."
    assert actor_codes(nlp, text, date="2018-03-06").get("GCSB") != "NZLSPY"


def test_secretary_general_of_a_ministry_is_of_its_state(nlp):
    text = ("Bahrain and Qatar held talks in Riyadh. Qatar's team was headed by Khalid bin Hamad "
            "Al-Mannai, secretary-general of its foreign ministry.")
    assert actor_codes(nlp, text, date="2021-01-27").get("Khalid bin Hamad Al-Mannai") == "QATGOV"


def test_critic_of_a_ministry_is_not_of_it(nlp):
    text = "Khalid bin Hamad Al-Mannai, a critic of Qatar's foreign ministry, spoke in London."
    assert actor_codes(nlp, text, date="2021-01-27").get("Khalid bin Hamad Al-Mannai") != "QATGOV"


def test_the_countrys_organ_is_of_the_state_named_before(nlp):
    text = ("Protesters from the Cameroonian diaspora broke into the country's embassies in Paris "
            "and Berlin.")
    assert actor_codes(nlp, text, date="2019-02-01").get("embassies") == "CMRGOV"


def test_the_countrys_organ_after_a_venue_only_takes_no_venue_state(nlp):
    text = "In Paris, protesters broke into the country's embassies."
    assert actor_codes(nlp, text, date="2019-02-01").get("embassies") != "FRAGOV"


def test_a_volunteer_with_a_states_group_is_of_that_state(nlp):
    text = ("Malaysia protested the hanging. \"This is only the beginning,\" said Meena Devi, a "
            "volunteer with a Singapore anti-death penalty collective.")
    assert actor_codes(nlp, text, date="2022-04-27").get("Meena Devi") == "SGP"


def test_the_master_of_a_flagged_ship_is_not_of_the_flag(nlp):
    text = ("The convoy passed the strait. \"We felt safe,\" said Anil Rao, master of the "
            "Liberian-flagged carrier Coral Star.")
    assert actor_codes(nlp, text, date="2024-03-01").get("Anil Rao") != "LBR"


def test_a_named_institute_in_a_town_is_of_the_towns_state(nlp):
    text = ("Qatar and Bahrain agreed to reopen embassies. \"It is the last piece,\" said Omar Saleh, "
            "a researcher at the Hariri Policy Center in Beirut.")
    codes = actor_codes(nlp, text, date="2023-04-12")
    assert codes.get("the Hariri Policy Center") == "LBN"


def test_a_named_institute_met_in_a_town_is_not_placed_by_the_verbs_place(nlp):
    text = "Qatar and Bahrain agreed. Officials briefed the Hariri Policy Center at length in Beirut."
    codes = actor_codes(nlp, text, date="2023-04-12")
    assert codes.get("the Hariri Policy Center") != "LBN"


def test_a_named_prison_is_a_venue_not_an_actor(nlp):
    text = "Tan, 29, was executed at dawn at Changi Prison, his sister told reporters on Friday."
    assert not any("Prison" in k for k in actor_codes(nlp, text, date="2022-04-27"))


def test_a_prison_service_is_still_a_body(nlp):
    text = "The Prison Service of Kenya said the inmates had been moved."
    assert any("Prison Service" in k for k in actor_codes(nlp, text, date="2022-04-27"))


def test_a_name_given_to_the_described_body_is_that_body(nlp):
    text = ("Estonia revoked the licence of Nord TV, an independent Belarusian television channel. "
            "The channel, known in Belarusian as Belsat, stopped broadcasting from Minsk in March.")
    assert actor_codes(nlp, text, date="2023-05-02").get("Belsat") == "BLRJRN"


def test_a_name_given_to_an_undescribed_noun_takes_no_code(nlp):
    text = ("Estonia revoked the licence of Nord TV, an independent Belarusian television channel. "
            "The newspaper, known in Belarusian as Belsat, stopped printing in March.")
    assert actor_codes(nlp, text, date="2023-05-02").get("Belsat") != "BLRJRN"

"""Session 28, helper O: sectors of actors whose state is right (batch AB "right, sector off").

Each rule is tested on sentences of our own, with a near miss that must keep its code.
"""

from __future__ import annotations

from actor_helpers import actor_codes


def test_leader_named_by_a_political_camp_is_opposition(nlp):
    text = "WARSAW, May 2 (Wire) - Far-right leader Jan Kowal said the vote had been rigged."
    assert actor_codes(nlp, text).get("Far-right leader Jan Kowal") == "POLOPP"
    text = "In Madrid, conservative leader Pablo Ruiz criticised the Spanish government."
    assert actor_codes(nlp, text).get("conservative leader Pablo Ruiz") == "ESPOPP"


def test_camp_leader_in_office_keeps_the_knowledge_base_office(nlp):
    text = "In Budapest, populist leader Viktor Orban said Hungary would veto the plan."
    assert actor_codes(nlp, text, date="2023-03-01").get("populist leader Viktor Orban") == "HUNGOV"
    # near miss: a camp word before another noun names no leader ("leftist rebels")
    text = "The leftist government of Bolivia expelled the ambassador."
    assert actor_codes(nlp, text).get("The leftist government of Bolivia") == "BOLGOV"


def test_outlet_named_by_its_medium_is_media(nlp):
    text = "Investigative news outlet Sahara Voice has reported that officials took bribes in Abuja, Nigeria."
    assert actor_codes(nlp, text).get("Investigative news outlet Sahara Voice") == "NGAJRN"
    text = "Kenyan police stormed a television station in Nairobi."
    assert actor_codes(nlp, text).get("a television station") == "KENJRN"


def test_body_noun_before_an_unknown_name_gives_its_sector(nlp):
    text = "BISHKEK, May 2 (Wire) - Police raided the investigative outlet Tulpar Live."
    assert actor_codes(nlp, text).get("the investigative outlet Tulpar Live") == "KGZJRN"
    text = "LAGOS, May 2 (Wire) - Police raided the offices of the newspaper Rise Daily."
    assert actor_codes(nlp, text).get("the newspaper Rise Daily") == "NGAJRN"


def test_security_service_is_intelligence(nlp):
    text = ("BAMAKO, May 2 (Wire) - Mali's security service has arrested two bloggers. "
            "The security service said they had insulted the army.")
    codes = actor_codes(nlp, text)
    assert codes.get("Mali's security service") == "MLISPY"
    assert codes.get("The security service") == "MLISPY"
    # near miss: "security forces" stay the police
    text = "ABUJA, May 2 (Wire) - Nigerian security forces dispersed the crowd."
    assert actor_codes(nlp, text).get("Nigerian security forces") == "NGACOP"


def test_state_security_committee_is_intelligence_and_its_chief_too(nlp):
    text = ("BISHKEK, May 2 (Wire) - Officers from the State Committee for National Security "
            "(KNBT) searched the homes of reporters. The KNBT said the reporters stirred unrest. "
            "One editor was expelled to Russia after reporting on relatives of KNBT chief Almaz Ryskulov.")
    codes = actor_codes(nlp, text)
    assert codes.get("the State Committee for National Security") == "KGZSPY"
    assert codes.get("The KNBT") == "KGZSPY"
    assert codes.get("KNBT chief Almaz Ryskulov") == "KGZSPY"


def test_chamber_security_committee_is_no_secret_police(nlp):
    text = "Lawmakers on the Senate Homeland Security Committee questioned the plan in Washington."
    assert "USASPY" not in actor_codes(nlp, text).values()


def test_stand_in_word_inside_a_camp_title_keeps_the_title(nlp):
    text = "Conservative interim leader Joan Bell accused Prime Minister Justin Trudeau in Ottawa."
    assert actor_codes(nlp, text).get("Conservative interim leader Joan Bell") == "CANOPP"


def test_unnamed_camp_leader_still_refers_back_to_the_story_leader(nlp):
    text = ("LIMA, May 2 (Wire) - President Pedro Castillo decreed a curfew on Monday. Lawmakers "
            "met after the leftist leader spoke.")
    assert actor_codes(nlp, text, date="2022-05-02").get("the leftist leader") == "PERGOV"


def test_organ_chief_outranks_the_state_the_sentence_names(nlp):
    text = ("BISHKEK, May 2 (Wire) - The State Committee for National Security (KNBT) raided "
            "the outlet. Its founder fled to Russia after writing about KNBT chief Almaz Ryskulov.")
    assert actor_codes(nlp, text).get("KNBT chief Almaz Ryskulov") == "KGZSPY"

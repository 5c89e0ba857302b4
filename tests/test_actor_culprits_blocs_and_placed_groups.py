"""Session 27, helper F: actor codes from judged errors of blind batches Z and Y.

Each rule is tested on sentences of our own, with a near miss that must keep its code.
"""

from __future__ import annotations

from actor_helpers import actor_codes


def test_an_unnamed_culprit_is_the_one_person_held_later(nlp):
    text = ("LIMA, May 2 (Wire) - A man fired a pistol at the mayor's car outside his home. "
            "Police arrested Carlos Mendes, 35, a Brazilian citizen living in Peru. "
            "Footage showed the man running from the car.")
    codes = actor_codes(nlp, text)
    assert codes.get("A man") == "BRACVL"
    assert codes.get("the man") == "BRACVL"


def test_an_unnamed_man_who_speaks_is_not_the_person_held(nlp):
    # near miss: a witness who speaks is not the culprit, whoever the police hold
    text = ("LIMA, May 2 (Wire) - A man said he saw shots fired at the mayor's car in Lima. "
            "Police arrested Carlos Mendes, 35, a Brazilian citizen living in Peru.")
    assert actor_codes(nlp, text).get("A man") != "BRACVL"


def test_an_unnamed_man_after_the_person_held_is_someone_else(nlp):
    # near miss: "a man" met only after the arrest is not the one the story introduced
    text = ("LIMA, May 2 (Wire) - Police arrested Carlos Mendes, 35, a Brazilian citizen "
            "living in Peru, after shots hit the mayor's car. A man threw flowers at the car.")
    assert actor_codes(nlp, text).get("A man") != "BRACVL"


def test_an_alliance_of_states_is_an_intergovernmental_body(nlp):
    text = ("DAKAR, May 2 (Wire) - The three juntas formed a pact called the Alliance of "
            "Savanna States last year.")
    assert actor_codes(nlp, text).get("the Alliance of Savanna States") == "IGO"
    # near miss: an association of something else stays a voluntary body
    near = "DAKAR, May 2 (Wire) - The League of Women Voters criticised the pact."
    assert actor_codes(nlp, near).get("The League of Women Voters") == "NGO"


def test_a_group_placed_in_a_town_of_another_state_is_not_the_main_states(nlp):
    text = ("NIAMEY, May 2 (Wire) - Niger's junta said it would leave the bloc, and Niger's "
            "army closed the border. Niger's foreign minister defended the move. Civil society "
            "groups in Bamako said they had not been consulted.")
    assert actor_codes(nlp, text).get("Civil society") != "NERSOC"


def test_unnamed_politicians_are_elites_of_the_story_state(nlp):
    text = ("SAN SALVADOR, May 2 (Wire) - El Salvador's Congress removed the judges. "
            "\"Those judges only protected the old politicians,\" said Marta Rivas.")
    assert actor_codes(nlp, text).get("the old politicians") == "SLVELI"
    # near miss: opposition politicians keep the opposition's sector
    near = ("MINSK, May 2 (Wire) - More than 20 opposition politicians were detained in "
            "Belarus.")
    assert actor_codes(nlp, near).get("20 opposition politicians") == "BLROPP"


def test_a_group_placed_deeper_in_its_phrase_keeps_the_story_state(nlp):
    # near miss: the state named inside "in one of the factions aligned with Iran" is no place
    text = ("BAGHDAD, May 2 (Wire) - Iraq's prime minister ordered an inquiry into the strike. "
            "Iraq's army said the base was hit. A commander in one of the armed factions aligned "
            "with Iran said the strike would be answered.")
    assert actor_codes(nlp, text).get("A commander") != "IRNMIL"


def test_unnamed_gunmen_in_a_story_set_by_its_dateline_are_of_its_state(nlp):
    text = ("BEIRUT, Oct 14 (Wire) - Gunmen fired on protesters marching against the judge "
            "investigating the Beirut port explosion, officials said. Lebanon's army deployed "
            "troops and Lebanon's prime minister called for calm.")
    assert actor_codes(nlp, text).get("Gunmen") == "LBNUAF"
    # near miss: a sentence naming another state leaves them open
    near = ("BEIRUT, Oct 14 (Wire) - Gunmen fired on Syrian workers marching in the city, "
            "officials said. Lebanon's army deployed troops and Lebanon's prime minister called "
            "for calm.")
    assert actor_codes(nlp, near).get("Gunmen") != "LBNUAF"


def test_a_surname_with_an_inner_apostrophe_stays_in_the_name(nlp):
    text = ("NUKU'ALOFA, May 2 (Wire) - Tonga's reform party swore in its leader Siaosi Pohiva "
            "Fa'otusia as prime minister on Monday.")
    codes = actor_codes(nlp, text)
    assert codes.get("leader Siaosi Pohiva Fa'otusia") == "TONPTY"
    assert "leader Siaosi Pohiva" not in codes


def test_politicians_placed_by_a_name_take_no_story_state(nlp):
    # near miss: "Tamil Nadu" places them, so the story's state (Sri Lanka) is not theirs
    text = ("COLOMBO, May 2 (Wire) - Sri Lanka's navy seized two trawlers, and Sri Lanka's "
            "government defended the move. India ceded the island to Sri Lanka under a 1974 "
            "agreement, a decision that some Tamil Nadu politicians still say should be reversed.")
    assert actor_codes(nlp, text).get("some Tamil Nadu politicians") != "LKAELI"


def test_a_private_person_from_a_states_region_is_of_that_state(nlp):
    text = ("TASHKENT, May 2 (Wire) - A court sentenced Ali Karimov, a lawyer and editor from "
            "Uzbekistan's Karakalpakstan region, to 16 years in prison.")
    assert actor_codes(nlp, text).get("Ali Karimov") == "UZBCVL"


def test_a_journalist_from_a_town_is_of_its_state(nlp):
    text = ("LONDON, May 2 (Wire) - Police detained Omar Saleh, a journalist from Kabul, at "
            "the airport.")
    assert actor_codes(nlp, text).get("Omar Saleh") == "AFGJRN"


def test_an_unnamed_man_acted_on_as_a_named_person_was_is_that_person(nlp):
    # (session 32) the same act on "a man" recalls the named, placed person it hit before
    text = ("HANOI, May 2 (Wire) - Vietnam on Tuesday deported Karl Brenner, a German "
            "convicted of smuggling. Brenner was deported at dawn, his sister said. "
            "\"Vietnam has deported a sick man who needed care,\" his lawyer said.")
    assert actor_codes(nlp, text).get("a sick man") == "DEUCVL"


def test_another_man_or_another_act_is_not_the_named_person(nlp):
    # near misses: "another man" is someone else; a man hit by another act is not recalled
    text = ("HANOI, May 2 (Wire) - Vietnam on Tuesday deported Karl Brenner, a German "
            "convicted of smuggling. Vietnam also deported another man last week.")
    assert actor_codes(nlp, text).get("another man") != "DEUCVL"
    near = ("HANOI, May 2 (Wire) - Vietnam on Tuesday deported Karl Brenner, a German "
            "convicted of smuggling. Police questioned a man at the airport.")
    assert actor_codes(nlp, near).get("a man") != "DEUCVL"


def test_an_unknown_agency_is_of_the_state_the_story_is_filed_from_and_led_by(nlp):
    # (session 32) a story filed from the state acting in its lead, naming another state too
    text = ("MANILA, May 2 (Wire) - The Philippines on Tuesday deported Karl Brenner, a German "
            "convicted of fraud, despite appeals from Germany. The Central Customs Bureau "
            "confirmed that the order had been carried out.")
    assert actor_codes(nlp, text).get("The Central Customs Bureau") == "PHLGOV"


def test_an_unknown_agency_in_a_story_filed_from_elsewhere_keeps_no_state(nlp):
    # near miss: the dateline's state is not the one acting in the lead
    text = ("BERLIN, May 2 (Wire) - The Philippines on Tuesday deported Karl Brenner, a German "
            "convicted of fraud, despite appeals from Germany. The Central Customs Bureau "
            "confirmed that the order had been carried out.")
    assert actor_codes(nlp, text).get("The Central Customs Bureau") != "PHLGOV"

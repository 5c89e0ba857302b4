"""Session 26, helper C: actor codes from the judged errors of blind batch Z.

Each rule is tested on sentences of our own, with a near miss that must keep its code.
"""

from __future__ import annotations

from actor_helpers import actor_codes


def test_flagged_ship_is_no_actor_but_its_flag_state_stays(nlp):
    # the ship is a thing seized, not a party; PLOVER codes the flag state as the one targeted
    text = ("OSLO, May 2 (Wire) - The Malta-flagged Nordic Star was boarded by coast guards. "
            "Norway said the Nordic Star had cut a cable.")
    codes = actor_codes(nlp, text)
    assert not any("Nordic" in t for t in codes)
    assert codes.get("Malta") == "MLT"
    # near miss: a state that seizes the ship is still an actor
    assert codes.get("Norway") == "NOR"


def test_adjective_between_possessive_state_and_known_body_keeps_the_owner(nlp):
    # "Guatemala's new Congress" is Guatemala's legislature, not the US Congress
    text = "GUATEMALA CITY, May 2 (Wire) - Guatemala's new Congress voted to remove the judges."
    assert actor_codes(nlp, text).get("Guatemala's new Congress") == "GTMLEG"
    # near miss: a bare Congress in a story about a state without one stays Washington's
    near = "CARACAS, May 2 (Wire) - Congress should move to stop the sanctions, Maduro said."
    assert actor_codes(nlp, near).get("Congress") == "USALEG"


def test_shared_bureau_name_takes_the_story_state(nlp):
    text = ("HELSINKI, May 2 (Wire) - Finnish police said a senior official at the National "
            "Bureau of Investigation had questioned the crew.")
    assert actor_codes(nlp, text).get("National Bureau of Investigation") == "FINCOP"
    near = "MANILA, May 2 (Wire) - The National Bureau of Investigation arrested two men in Manila."
    assert actor_codes(nlp, near).get("National Bureau of Investigation") == "PHLCOP"


def test_under_secretary_title_keeps_its_state(nlp):
    # the tagger reads "Under" as a preposition and cut the state off the title
    text = ("BEIRUT, May 2 (Wire) - Families said the inquiry must go on.\n\n"
            "U.S. Under Secretary of State Jane Roe, who was in Beirut for talks, said the "
            "judiciary must be free.")
    codes = actor_codes(nlp, text)
    assert codes.get("U.S. Under Secretary of State Jane Roe") == "USAGOV"
    assert "U.S." not in codes
    # near miss: a lower-case "under" before a title is a preposition
    near = "BEIRUT, May 2 (Wire) - Reforms stalled under Prime Minister Najib Mikati."
    # (in office on the date: between his terms, session 29 reads him as a former one, ELI)
    assert actor_codes(nlp, near, date="2022-05-01").get("Prime Minister Najib Mikati") == "LBNGOV"


def test_paragraph_opened_by_dotted_abbreviation_is_one_sentence(nlp):
    from dyads.nlp import sentences

    doc = nlp("The council met.\n\nU.S. Under Secretary of State Jane Roe said it must act.")
    assert not any(s.text.strip() == "U.S." for s in sentences(doc))


def test_region_desk_before_title_is_part_of_the_title(nlp):
    text = ('LONDON, May 2 (Wire) - "It was a disaster," said Jane Roe, Asia director at '
            "Human Rights Watch.")
    codes = actor_codes(nlp, text)
    assert codes.get("Jane Roe") == "NGO"
    assert "Asia" not in codes


def test_director_of_a_known_body_takes_its_code(nlp):
    text = 'LONDON, May 2 (Wire) - "It was bad," said John Smith, the director of Amnesty International.'
    assert actor_codes(nlp, text).get("John Smith") == "NGO"
    # near miss: a critic of a body is not its member
    near = 'LONDON, May 2 (Wire) - "It was bad," said John Smith, a critic of Amnesty International.'
    assert actor_codes(nlp, near).get("John Smith") != "NGO"


def test_unknown_body_lawmakers_come_from_is_their_party(nlp):
    text = "BOGOTA, May 2 (Wire) - Opposition lawmakers from Cambio Radical voted against the bill."
    assert actor_codes(nlp, text).get("Cambio Radical") == "COLOPP"
    text = "BOGOTA, May 2 (Wire) - Senators from the Green Alliance walked out of Congress."
    assert actor_codes(nlp, text).get("the Green Alliance") == "COLPTY"


def test_name_before_news_agency_is_an_outlet_and_keeps_its_state(nlp):
    text = ("TEHRAN, May 2 (Wire) - A court in Tehran sentenced him, the semi-official Zorab news "
            "agency reported. The Supreme Court upheld the sentence, Zorab said.")
    codes = actor_codes(nlp, text)
    assert codes.get("Zorab news agency") == "IRNJRN"
    assert codes.get("Zorab") == "IRNJRN"


def test_trade_word_tagged_as_name_still_makes_a_union(nlp):
    text = "BUENOS AIRES, May 2 (Wire) - The CGT labour federation called a strike."
    assert actor_codes(nlp, text).get("The CGT labour federation") == "ARGLAB"


def test_public_square_is_no_body(nlp):
    text = "BUENOS AIRES, May 2 (Wire) - Unions called a march to the Plaza de Mayo on Friday."
    assert not any("Plaza" in t for t in actor_codes(nlp, text))


def test_state_named_rights_group_is_an_ngo_not_the_state(nlp):
    text = ('DUBAI, May 2 (Wire) - "It was a show trial," said Jane Roe, director of '
            "Oslo-based Syria Human Rights, urging governments to act.")
    codes = actor_codes(nlp, text)
    assert codes.get("Syria Human Rights") == "NGO"
    assert "Syria" not in codes


def test_sentence_opening_common_noun_is_no_people(nlp):
    text = ("NEW DELHI, May 2 (Wire) - Police fired tear gas at farmers. Smoke drifted over the "
            "crossing as tractors met barricades.")
    assert "Smoke" not in actor_codes(nlp, text)


def test_province_the_tagger_calls_a_person_is_the_place_before_police(nlp):
    from spacy.tokens import Span

    from dyads.actors import find_actors
    from dyads.model import Article

    def codes_with_person(text: str) -> dict[str, str | None]:
        doc = nlp(text)
        ks = [t.i for t in doc if t.text == "Haryana"]
        doc.ents = [e for e in doc.ents if not any(e.start <= k < e.end for k in ks)] \
            + [Span(doc, k, k + 1, "PERSON") for k in ks]
        return {a.text: a.code for a in find_actors(doc, Article(id="t", text=text,
                                                                  date="2024-02-13"))}

    text = ("NEW DELHI, May 2 (Wire) - Tractors stood between Punjab and Haryana. Haryana "
            "police said some protesters broke through barricades.")
    assert codes_with_person(text).get("Haryana") == "IND"
    # near miss: without a place's staff after it the lone name stays unplaced (session 48: not
    # after another place and "and", which now makes it a place of its own)
    near = "NEW DELHI, May 2 (Wire) - Tractors met Haryana on Monday."
    assert codes_with_person(near).get("Haryana") != "IND"


def test_organ_word_after_known_body_keeps_its_official(nlp):
    # "ECOWAS Commission official": the official serves the bloc, and "the official" later too
    text = ("NIAMEY, May 2 (Wire) - A senior ECOWAS Commission official said the move was a "
            'surprise. "Nobody expected it," the official said.')
    codes = actor_codes(nlp, text)
    # (session 57: the ECOWAS Commission is a known body, so the span takes in its whole name)
    assert codes.get("ECOWAS Commission official") == "IGOGOV"
    assert codes.get("the official") == "IGOGOV"
    # near miss: a state's own commission official stays that state's
    near = "NAIROBI, May 2 (Wire) - A senior electoral commission official said the vote was fair."
    assert (actor_codes(nlp, near).get("A senior electoral commission official") or "").startswith("KEN")


def test_titled_trader_is_business_of_the_scene(nlp):
    text = ("NIAMEY, May 2 (Wire) - Niger left the bloc. In Niamey's main market, trader Ali "
            "Garba backed the move.")
    assert actor_codes(nlp, text).get("trader Ali Garba") == "NERBUS"


def test_its_leader_in_apposition_leads_the_body_before(nlp):
    text = ("BEIRUT, May 2 (Wire) - The Lebanese Forces rejected the charge, and its leader, "
            "Jane Roe, blamed the bloodshed on weapons.")
    assert actor_codes(nlp, text).get("Jane Roe") == "LBNPTY"
    # near miss: "its" after a state is no body's leader
    near = ("BEIRUT, May 2 (Wire) - Syria rejected the charge, and its leader, Jane Roe, blamed "
            "the bloodshed on weapons.")
    assert actor_codes(nlp, near).get("Jane Roe") != "LBNPTY"


def test_the_suspect_is_the_one_named_person_arrested(nlp):
    text = ("LIMA, May 2 (Wire) - A man fired at the mayor's car on Friday. Police arrested "
            "Carlos Mendes, 35, a Brazilian citizen living in Peru. Police searched the "
            "suspect's home.")
    assert actor_codes(nlp, text).get("the suspect") == "BRACRM"
    # near miss: with two people held, "the suspect" could be either
    near = ("LIMA, May 2 (Wire) - A man fired at the mayor's car on Friday. Police arrested "
            "Carlos Mendes, 35, a Brazilian citizen, and detained Juan Perez, a Chilean. Police "
            "searched the suspect's home.")
    assert (actor_codes(nlp, near).get("the suspect") or "") != "BRACRM"


def test_every_legislature_member_noun_names_the_party_it_comes_from(nlp):
    # (session 27) the lawmaker nouns are sectors.tsv's: a party whip is one too
    text = "LONDON, May 2 (Wire) - A whip from the Reform Alliance resigned on Monday."
    assert actor_codes(nlp, text).get("the Reform Alliance") == "GBRPTY"
    # near miss: a body a whip does not come from keeps no party code
    near = "LONDON, May 2 (Wire) - A whip met the Reform Alliance on Monday."
    assert actor_codes(nlp, near).get("the Reform Alliance") != "GBRPTY"

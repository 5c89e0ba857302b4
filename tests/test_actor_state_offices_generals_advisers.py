"""Session 17, round 2: actors still left without a state on fresh wire news. A state office
with a generic name ("the State Intelligence Service", "the Central Election Commission") is
the article's home state's, and its bracketed acronym carries the code; "the generals" are an
army's officers; an adviser or aide of a coded body is that body's; "the paramilitaries" after a
named paramilitary force are that force. Each rule has a near miss it must leave alone."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_generic_state_office_takes_home_state_and_acronym(nlp) -> None:
    text = ("TBILISI, May 3 (Wire) - Georgia expelled two Azerbaijani traders on Friday. The "
            "State Intelligence Service (SIS) said the men had watched a pipeline. \"They were "
            "paid,\" SIS spokesman Levan Beridze said. Georgia's government protested.")
    codes = actor_codes(nlp, text, "2024-05-03")
    assert codes["The State Intelligence Service"] == "GEOSPY"
    assert codes["SIS"] == "GEOSPY"


def test_election_commission_is_home_government(nlp) -> None:
    text = ("KYIV, May 3 (Wire) - Ukraine's parliament passed a voting law on Friday. The "
            "Central Election Commission said the ballot would go ahead in June.")
    assert actor_codes(nlp, text, "2024-05-03")["The Central Election Commission"] == "UKRGOV"


def test_supranational_commission_keeps_its_code(nlp) -> None:
    # near miss: a commission with a known owner is not the home state's
    text = ("KYIV, May 3 (Wire) - Ukraine's parliament passed a voting law on Friday. The "
            "European Commission said it welcomed the vote.")
    assert actor_codes(nlp, text, "2024-05-03")["European Commission"] == "EURGOV"


def test_generals_are_the_home_military(nlp) -> None:
    text = ("YANGON, May 3 (Wire) - Myanmar's military government extended emergency rule on "
            "Friday. Critics said China wanted to protect the generals ahead of the vote.")
    assert actor_codes(nlp, text, "2024-05-03")["the generals"] == "MMRMIL"


def test_general_public_is_no_actor(nlp) -> None:
    # near miss: the singular still needs a modifier
    text = ("YANGON, May 3 (Wire) - Myanmar's military government extended emergency rule on "
            "Friday. The general public was not consulted about the decree.")
    codes = actor_codes(nlp, text, "2024-05-03")
    assert not any("general" in k.lower() for k in codes)


def test_adviser_of_a_body_takes_its_code(nlp) -> None:
    text = ("NAIROBI, May 3 (Wire) - Sudan's army and the Rapid Support Forces (RSF) agreed a "
            "truce. An RSF adviser, Ibrahim Musa, said the group would keep its word.")
    codes = actor_codes(nlp, text, "2024-05-03")
    assert codes["Ibrahim Musa"] == "SDNUAF"


def test_paramilitaries_refer_back_to_the_named_force(nlp) -> None:
    # (filed from a third state, so the story has no home state to lend them)
    text = ("NAIROBI, May 3 (Wire) - Sudan's army and the paramilitary Rapid Support Forces "
            "(RSF) agreed to open a road from Chad, Kenyan mediators said. An army statement "
            "said it would not accept the road being used to arm the paramilitaries.")
    assert actor_codes(nlp, text, "2024-05-03")["the paramilitaries"] == "SDNUAF"


def test_soldiers_do_not_turn_paramilitary(nlp) -> None:
    # near miss: a description of another sector keeps its own sector
    text = ("NAIROBI, May 3 (Wire) - Sudan's army and the paramilitary Rapid Support Forces "
            "(RSF) agreed to open a road from Chad, Kenyan mediators said. The soldiers said "
            "they would hold their positions.")
    assert actor_codes(nlp, text, "2024-05-03")["The soldiers"] != "SDNUAF"

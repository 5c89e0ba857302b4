"""Session 12: event parties that came out with no state although the text gives one (the
person's nationality in a description, the owner of a staff or kin word, a town before a
title, "our" in an official's quotation, well-known groups). Each rule has a case it must
leave alone."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_description_with_a_nationality_and_a_plain_head_noun_gives_the_state(nlp):
    codes = actor_codes(nlp, "Officers detained Farah Nadeem, a Pakistani video blogger, at "
                             "the airport.")
    assert codes.get("Farah Nadeem", "")[:3] == "PAK"
    assert not any(text.startswith("a Pakistani") for text in codes)


def test_description_of_a_firm_with_a_nationality_gives_the_state(nlp):
    codes = actor_codes(nlp, "Regulators fined Brenner-Holtz-Werke, a German industrial pump "
                             "maker, on Tuesday.")
    assert codes.get("Brenner-Holtz-Werke", "")[:3] == "DEU"


def test_description_without_a_nationality_gives_no_state(nlp):
    codes = actor_codes(nlp, "Officers detained Farah Nadeem, a popular video blogger, at the "
                             "airport.")
    assert codes.get("Farah Nadeem") is None


def test_nationality_after_an_age_beats_the_scene(nlp):
    codes = actor_codes(nlp, "Lena Holm, 52, a Norwegian aid worker, was kidnapped in Niger.")
    assert codes.get("Lena Holm") == "NORCVL"


def test_age_alone_still_takes_the_scene(nlp):
    codes = actor_codes(nlp, "Police in Leeds arrested Tom Hale, 39, on Sunday.")
    assert codes.get("Tom Hale") == "GBRCVL"


def test_lawyer_named_after_his_clients_possessive_takes_the_state_only(nlp):
    codes = actor_codes(nlp, "Prosecutors questioned Trump's former lawyer Michael Dowd about "
                             "the payments.")
    assert [code for text, code in codes.items() if "Michael Dowd" in text] == ["USA"]


def test_kin_named_after_a_possessive_takes_the_state_only(nlp):
    codes = actor_codes(nlp, "President Erdogan's son Bilal flew to Rome.")
    assert codes.get("Bilal") == "TUR"


def test_kin_named_after_a_pronoun_takes_its_owners_state(nlp):
    codes = actor_codes(nlp, "Prime Minister Imran Khan praised his brother Tariq on Monday.")
    assert codes.get("Tariq") == "PAK"


def test_a_friend_named_after_a_possessive_takes_no_state(nlp):
    codes = actor_codes(nlp, "President Erdogan's friend Bilal flew to Rome.")
    assert codes.get("Bilal") is None


def test_acronym_inside_a_description_before_a_name_is_part_of_it(nlp):
    codes = actor_codes(nlp, "Police questioned Canadian NHL player Jake Morrow on Friday.")
    assert codes.get("Canadian NHL player Jake Morrow", "")[:3] == "CAN"


def test_town_the_tagger_ran_into_a_titled_name_is_a_place(nlp):
    codes = actor_codes(nlp, "Gloversville Mayor Ann Porter signed the budget.")
    assert any(code == "USAGOV" for text, code in codes.items() if "Ann Porter" in text)


def test_general_counsel_is_no_military_rank(nlp):
    codes = actor_codes(nlp, "NLRB General Counsel Jane Roe refused to step down.")
    assert not any(code and code.endswith("MIL") for code in codes.values())


def test_our_forces_in_a_state_leaders_quotation_are_that_states(nlp):
    codes = actor_codes(nlp, "\"Our soldiers will not leave the border,\" Erdogan said.")
    assert codes.get("soldiers") == "TURMIL"


def test_our_in_a_private_persons_quotation_gives_no_state(nlp):
    codes = actor_codes(nlp, "\"Our soldiers were brave,\" said Joan Miller, a nurse.")
    assert codes.get("soldiers") in (None, "MIL")


def test_well_known_armed_groups_and_agencies_have_their_state(nlp):
    codes = actor_codes(nlp, "Troops clashed with BIFF fighters while the LRA attacked a "
                             "village and the Peace Corps left.")
    assert codes.get("BIFF fighters") == "PHLREB"  # (session 30: one mention)
    assert codes.get("LRA") == "UGAREB"
    assert codes.get("the Peace Corps") == "USAGOV"

"""People and groups the story places: "Speaker X" is the story's legislature (the title is
no given name), a union's president titled by its acronym is the union's ("TUC President X"),
a named cleric is of the story's state, unnamed gunmen joined to a state's police are of
that state; a capital that only labels a place or a person ("a Lusaka suburb", "Lusaka and
Ndola airports", "a Lusaka economist") is no government; unnamed "lenders" in a story that
names a lending intergovernmental body are such bodies, not the borrower's banks. Every
sentence is our own, each with a near miss."""

from __future__ import annotations

from actor_helpers import actor_codes

from dyads.actors import find_actors
from dyads.model import Article

_DATELINE = "LUSAKA, March 3 (Wire) - "


def test_speaker_before_a_name_is_the_chamber_title(nlp):
    text = (_DATELINE + "Zambia's parliament passed the media bill on Friday. Speaker Nelly "
            "Mutti, who steered it through, said lawmakers would not back down.")
    assert actor_codes(nlp, text)["Speaker Nelly Mutti"] == "ZMBLEG"


def test_a_union_acronym_before_president_makes_the_person_the_unions(nlp):
    text = (_DATELINE + "The Zambia Congress of Trade Unions (ZCTU) called a strike on Monday. "
            '"We are ready," ZCTU President Chishimba Mulenga told reporters. '
            "Mulenga later met ministers.")
    codes = actor_codes(nlp, text)
    assert codes["President Chishimba Mulenga"] == "ZMBLAB"
    assert codes["Mulenga"] == "ZMBLAB"


def test_a_plain_president_stays_the_states(nlp):
    text = _DATELINE + "President Chishimba Mulenga told reporters the strike was illegal."
    assert actor_codes(nlp, text)["President Chishimba Mulenga"] == "ZMBGOV"


def test_a_named_cleric_is_of_the_story_state(nlp):
    text = (_DATELINE + "Zambia's election results angered groups close to Malawi, after the "
            "vote favoured the movement of the cleric Joseph Phiri. Phiri told followers to "
            "stay calm.")
    codes = actor_codes(nlp, text)
    assert codes["the cleric Joseph Phiri"] == "ZMBREL"
    assert codes["Phiri"] == "ZMBREL"


def test_gunmen_joined_to_a_states_police_are_of_that_state(nlp):
    text = (_DATELINE + "In 2016 dozens of Zambian demonstrators were shot by Zambian police "
            "and gunmen during the vote count.")
    assert actor_codes(nlp, text)["gunmen"] == "ZMBUAF"


def test_capital_labelling_a_place_or_person_is_no_government(nlp):
    text = (_DATELINE + "Flights at Ndola and Lusaka airports were cancelled. In a Lusaka "
            'suburb, traders closed their shops. "Prices will rise," a Lusaka economist said. '
            "Lusaka rejected the claim.")
    article = Article(id="t", text=text, date="2021-03-01")
    lusaka = [a.code for a in find_actors(nlp(text), article) if a.text == "Lusaka"]
    assert lusaka == ["ZMB", "ZMB", "ZMB", "ZMBGOV"]


def test_capital_as_government_stays_government(nlp):
    text = "The European Union said it would review its ties with Lusaka."
    assert actor_codes(nlp, text)["Lusaka"] == "ZMBGOV"


def test_lenders_in_a_story_of_a_lending_igo_are_igos(nlp):
    text = (_DATELINE + "The World Bank froze new loans to Zambia on Tuesday. Zambia's "
            "finance minister said lenders should not use loans to dictate policy.")
    assert actor_codes(nlp, text)["lenders"] == "IGO"


def test_lenders_with_no_lending_igo_named_keep_the_story_state(nlp):
    text = (_DATELINE + "Zambia's central bank raised rates on Tuesday. Lenders said mortgage "
            "demand would fall.")
    assert actor_codes(nlp, text)["Lenders"] == "ZMBBUS"


def test_a_states_own_lenders_keep_their_state(nlp):
    text = (_DATELINE + "The World Bank praised Zambia's reforms. Zambian lenders said credit "
            "was growing.")
    assert actor_codes(nlp, text)["Zambian lenders"] == "ZMBBUS"


def test_commercial_lenders_are_no_igo(nlp):
    text = (_DATELINE + "The IMF approved a loan to Zambia on Tuesday. Zambia must still "
            "negotiate with commercial lenders.")
    assert actor_codes(nlp, text).get("commercial lenders") != "IGO"


def test_a_quoted_private_voice_is_of_the_story_scene(nlp):
    text = (_DATELINE + "Zambia's government raised bread prices on Monday. Traders in Zambia "
            "closed their stalls in protest.\n\n"
            '"We cannot feed our children," said Mutale Chanda, who sells vegetables.')
    assert actor_codes(nlp, text)["Mutale Chanda"] == "ZMB"


def test_a_named_person_neither_quoted_nor_placed_takes_only_the_story_state(nlp):
    # (session 27) no longer left open: judges call an uncoded name in a one-state story
    # wrong; the late rule gives the state only, not the quoted voice's sector
    text = (_DATELINE + "Zambia's government raised bread prices on Monday. Traders in Zambia "
            "closed their stalls in protest.\n\n"
            "Mutale Chanda, who sells vegetables, closed her stall too.")
    assert actor_codes(nlp, text)["Mutale Chanda"] == "ZMB"

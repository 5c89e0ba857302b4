"""Session 25: the "it" of a condition clause is a party of the clause the condition is set
in (not the owner of its subject, nor a noun qualifying it), a state's adjective that only
tells a named person's past is no actor, and a named person takes the state of the
description in apposition to him; unnamed gunmen take the state of a story set in and about
one state. Sentences written for these tests."""

from dyads.actors import find_actors
from dyads.model import Article

from actor_helpers import actor_codes


def _pronoun_codes(nlp, text: str) -> list[str | None]:
    acts = find_actors(nlp(text), Article(id="t", text=text, date="2022-05-01"))
    return [a.code for a in acts if a.text.lower() == "it"]


def test_condition_it_is_not_the_owner_of_the_clause_subject(nlp):
    text = ("Israel began drilling at the field. Hamas, whose leader Ismail Haniyeh had "
            "threatened to strike Leviathan if it pumped gas before Gaza's rights were "
            "secured, said it stood behind the position of the Palestinian Authority.")
    assert _pronoun_codes(nlp, text) == ["PSEREB"]  # only "said it stood": Hamas


def test_condition_it_is_not_a_state_qualifying_the_clause_subject(nlp):
    text = ("The Inter-American Development Bank said on Monday that no new public lending "
            "for Nicaragua would go to its board until it had reviewed rules meant to keep "
            "its projects clean.")
    assert "NIC" not in _pronoun_codes(nlp, text)


def test_condition_it_still_takes_the_party_of_its_clause(nlp):
    assert _pronoun_codes(nlp, "Moscow will halt oil deliveries to Belarus unless it "
                               "settles its bill.") == ["BLR"]
    assert _pronoun_codes(nlp, "The EU threatened sanctions against Serbia if it did not "
                               "withdraw.") == ["SRB"]
    assert _pronoun_codes(nlp, "Iran is ready to talk if it gets guarantees.") == ["IRN"]


def test_state_adjective_of_a_persons_past_is_no_actor(nlp):
    codes = actor_codes(nlp, "Colonel Assimi Goita, a former Belgian paratrooper who leads "
                             "the junta, promised elections.")
    assert "Belgian" not in codes


def test_named_person_takes_the_state_of_his_description(nlp):
    text = ("Police in Jakarta detained the former governor on Monday. Budi Santoso, a "
            "former presidential adviser and lawyer for the family, said the arrest was "
            "unlawful because Indonesia had quit the court.")
    codes = actor_codes(nlp, text)
    assert codes.get("Budi Santoso") == "IDN"


def test_unnamed_gunmen_take_the_state_a_story_is_set_in_and_about(nlp):
    text = ("Soldiers patrolled the streets in Honduras on Monday after a week of violence in "
            "Honduras. Officials in Tegucigalpa said the curfew would stay. Unidentified "
            "gunmen shot dead two bus drivers overnight.")
    assert actor_codes(nlp, text).get("Unidentified gunmen") == "HNDUAF"

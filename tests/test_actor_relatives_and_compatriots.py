"""Session 16: parties with the right text but no state on real news. Relatives and compatriots
take the state of the person they are tied to, a state word before a list of descriptions is a
person's nationality, an age inside a description hides no nationality, towns the tagger read
as bodies are places, named members of a placed group are of its state, and groups in a list
an official addresses (or a state official's "our" list) are the official's. Each rule has a
case it must leave alone."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Actor, Article

from actor_helpers import actor_codes


def _actors(nlp, text: str, date: str = "2019-06-01") -> list[Actor]:
    return find_actors(nlp(text), Article(id="t", text=text, date=date))


def _country(actors: list[Actor], text: str) -> str | None:
    return next(a.country for a in actors if a.text == text)


def test_son_set_off_by_comma_takes_the_family_state(nlp):
    text = ("US Senator Tom Harkin spoke in Des Moines. The prosecutor asked about Tom Harkin "
            "and his son, Peter Harkin. Peter Harkin later resigned from the board.")
    actors = _actors(nlp, text)
    sons = [a for a in actors if a.text == "Peter Harkin"]
    assert len(sons) == 2 and all(a.country == "USA" for a in sons)
    assert all(a.sector is None for a in sons)  # the son holds none of the father's office


def test_wife_after_the_name_takes_her_husband_state(nlp):
    actors = _actors(nlp, "President Emmanuel Macron spoke in Paris. Brigitte Macron, his "
                          "wife, joined him at the ceremony.")
    assert _country(actors, "Brigitte Macron") == "FRA"


def test_wife_of_a_diplomat_keeps_the_diplomat_state_in_a_foreign_story(nlp):
    actors = _actors(nlp, "A British teenager died in a crash in Northamptonshire, England. "
                          "Anne Roe, the wife of a US diplomat, left Britain days later.")
    assert _country(actors, "Anne Roe") == "USA"


def test_parents_listed_after_a_plural_kin_word(nlp):
    text = ("United States Representative Elijah Cummings died on Thursday in Baltimore. "
            "His parents, Robert Cummings Sr. and Ruth Elma Cummings, were sharecroppers.")
    actors = _actors(nlp, text)
    assert _country(actors, "Ruth Elma Cummings") == "USA"


def test_a_wife_and_an_unrelated_guest_after_her(nlp):
    # only a plural kin word heads a list: John Smith is no relative of the senator
    actors = _actors(nlp, "US Senator Tom Harkin spoke. His wife, Jane Roe and John Smith "
                          "attended.")
    assert _country(actors, "Jane Roe") == "USA"
    assert _country(actors, "John Smith") is None


def test_relative_in_a_story_of_another_state_takes_the_family_state(nlp):
    text = ("Elena Markovic, a nine-year-old Serbian girl, drowned off the coast of Greece. "
            "Her uncle, Dragan Markovic, spoke at the funeral in Athens.")
    codes = actor_codes(nlp, text)
    assert codes["Elena Markovic"].startswith("SRB")
    assert codes["Dragan Markovic"] == "SRB"


def test_countryman_takes_the_state_of_the_person_before(nlp):
    text = ("Kenya's Grace Wanjiru won the women's race in Boston on Monday. Countryman Peter "
            "Otieno won the men's division, and Wanjiru's compatriot Ann Chebet was third.")
    codes = actor_codes(nlp, text)
    assert next(c for t, c in codes.items() if "Peter Otieno" in t) == "KEN"
    assert next(c for t, c in codes.items() if "Ann Chebet" in t) == "KEN"


def test_state_word_before_a_list_of_descriptions(nlp):
    codes = actor_codes(nlp, "Canadian radio host, author, and philanthropist Mel Quarry died "
                             "on Sunday. He was 80.")
    assert codes["philanthropist Mel Quarry"].startswith("CAN")
    assert codes["He"].startswith("CAN")


def test_state_word_before_a_plural_in_the_list_says_nothing(nlp):
    actors = _actors(nlp, "Belgian police, firefighters and reporter Anna Sorel waited "
                          "outside the court.")
    sorel = next(a for a in actors if "Anna Sorel" in a.text)
    assert sorel.country != "BEL" or sorel.sector != "CVL"


def test_town_tagged_as_a_body_after_at_is_the_place(nlp):
    text = ("Drones struck the largest processing plant at Abqaiq and an oil field in Saudi "
            "Arabia. In 2006, Abqaiq was the target of an attack.")
    actors = _actors(nlp, text)
    hits = [a for a in actors if a.text == "Abqaiq"]
    assert hits and all(a.country == "SAU" and a.kind == "country" for a in hits)


def test_named_members_of_an_earlier_placed_group(nlp):
    text = ("Two Belgian police officers were convicted in Brussels on Friday. The court heard "
            "that officers Marc Dujardin and Luc Peeters, 41 and 45, had lied.")
    codes = actor_codes(nlp, text)
    assert codes["Marc Dujardin"] == "BELCOP"
    assert codes["Luc Peeters"] == "BELCOP"


def test_named_members_must_match_the_count(nlp):
    text = ("Three Belgian police officers were convicted in Brussels on Friday. The court "
            "heard that officers Marc Dujardin and Luc Peeters had lied.")
    codes = actor_codes(nlp, text)
    assert codes.get("Luc Peeters") != "BELCOP"


def test_our_list_after_a_continued_quotation(nlp):
    text = ('Canadian Prime Minister Justin Trudeau spoke in Ottawa on Monday. "Our workers, '
            'farmers and reporters have suffered," Trudeau continued in the statement.')
    codes = actor_codes(nlp, text)
    assert codes["reporters"] == "CANJRN"


def test_groups_in_a_list_an_official_calls_on(nlp):
    text = ("Germany sent vaccines to Fiji and Tonga this week. Samoan Prime Minister Tuilaepa, "
            "back from New Zealand, called on village councils and church leaders to help.")
    codes = actor_codes(nlp, text)
    assert codes["church leaders"] == "WSMREL"


def test_foreign_groups_an_official_calls_on_stay_unplaced(nlp):
    text = ("Germany sent vaccines to Fiji and Tonga this week. Samoan Prime Minister Tuilaepa, "
            "back from New Zealand, called on foreign church leaders to help.")
    codes = actor_codes(nlp, text)
    assert codes["foreign church leaders"] is None


def test_suspects_arrested_by_a_state_police_are_held_there(nlp):
    codes = actor_codes(nlp, "A spokesperson for the Kenyan police confirmed that four "
                             "suspects were arrested on Sunday.")
    assert codes["four suspects"] == "KENCRM"
    codes = actor_codes(nlp, "Police in Nairobi arrested two suspects after the attack on the "
                             "Dutch embassy.")
    assert codes["two suspects"] == "KENCRM"


def test_suspects_arrested_with_no_state_named_stay_unplaced(nlp):
    codes = actor_codes(nlp, "Two suspects were arrested after a bomb attack on a market.")
    assert codes["Two suspects"] is None


def test_spokesperson_after_a_placed_body_name_is_its_staff(nlp):
    text = ("Dutch migrant rescue charity Zeewacht on Sunday renamed its ship. Zeewacht "
            "spokesperson Liesbeth Ravel said the name was a reminder.")
    codes = actor_codes(nlp, text)
    assert next(c for t, c in codes.items() if "Liesbeth Ravel" in t) == "NLDNGO"


def test_one_vowel_romanisation_of_a_resolved_surname(nlp):
    text = ("Speaking in Yemen, Houthi military spokesperson Yahya Sarea said the group had "
            "carried out the attack. \"We warn the Saudis,\" Saree said.")
    codes = actor_codes(nlp, text)
    assert codes["Saree"] == "YEMREB"


def test_one_vowel_away_from_a_short_surname_is_not_merged(nlp):
    actors = _actors(nlp, "Houthi spokesperson Ali Sare spoke on Friday. Later Sari spoke "
                          "too.")
    assert all(a.country is None for a in actors if a.text == "Sari")

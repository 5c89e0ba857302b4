"""Session 39, helper a: states of groups and bodies that the text ties to a named person or
official (a group "led by" a known leader, a bare "the government" in a titled person's
description or in an official's statement) and a "regional" court that is a bloc's, not a
state's. Sentences written for these tests; each rule has a case it must leave alone."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Article


def codes_of(nlp, text: str, span: str, date: str = "2021-10-17") -> list[str | None]:
    """The codes of every mention whose text is ``span``, in text order."""
    return [a.code for a in find_actors(nlp(text), Article(id="t", text=text, date=date)) if a.text == span]


# A story about three states, so the context gives no single state to the bare groups.
_TALKS = ("PRAIA, Oct 17 (Wire) - Cape Verde handed a Colombian businessman to the United States "
          "on Saturday, prompting Caracas to break off its talks with the opposition. ")


def test_a_group_led_by_a_known_leader_takes_his_state(nlp):
    text = _TALKS + "The opposition, led by Juan Guaido, accused the ministers of seeking an excuse to quit."
    assert codes_of(nlp, text, "The opposition") == ["VENOPP"]


def test_a_group_led_by_an_unknown_person_is_left_alone(nlp):
    text = _TALKS + "The opposition, led by Pedro Zambrano, accused the ministers of seeking an excuse to quit."
    assert codes_of(nlp, text, "The opposition") != ["VENOPP"]


def test_the_government_in_a_known_holders_description_is_his_states(nlp):
    text = _TALKS + ("Hours later, Jorge Rodriguez, the speaker of Venezuela's National Assembly and head "
                     "of the government's negotiating team, said the team would not return.")
    assert codes_of(nlp, text, "the government") == ["VENGOV"]


def test_the_government_in_a_statement_of_an_official_is_the_officials(nlp):
    text = ("KIGALI, Nov 24 (Wire) - Rwanda broke off relations with France on Friday. In Paris, "
            "Foreign Ministry spokesman Jean-Baptiste Mattei said France regretted the step and that "
            "French judges worked independently of the government.")
    assert codes_of(nlp, text, "the government", date="2006-11-24") == ["FRAGOV"]


def test_the_government_in_a_statement_naming_another_state_is_left_alone(nlp):
    text = ("KIGALI, Nov 24 (Wire) - Rwanda broke off relations with France on Friday. In Paris, "
            "Foreign Ministry spokesman Jean-Baptiste Mattei said Rwanda had acted hastily and that "
            "the government in Kigali would regret it.")
    assert codes_of(nlp, text, "the government", date="2006-11-24") != ["FRAGOV"]


def test_a_blocs_court_named_with_its_full_name_is_the_blocs(nlp):
    text = ("PRAIA, Oct 17 (Wire) - Cape Verde's Supreme Court cleared the transfer in March. The "
            "defence had cited a ruling by the Court of Justice of the Economic Community of West "
            "African States (ECOWAS), which told Cape Verde to free the man.")
    assert codes_of(nlp, text, "the Court") == ["IGOJUD"]


def test_the_regional_court_is_not_the_states_supreme_court(nlp):
    text = ("PRAIA, Oct 17 (Wire) - The ECOWAS court had told Cape Verde to free the man, but Cape "
            "Verde's Supreme Court cleared his transfer. Cape Verde said the regional court's ruling "
            "was not binding.")
    assert codes_of(nlp, text, "the regional court") == ["IGOJUD"]


def test_the_supreme_court_is_still_named_again(nlp):
    text = ("PRAIA, Oct 17 (Wire) - Cape Verde's Supreme Court cleared the transfer of the man. "
            "The court said the request met the law.")
    assert codes_of(nlp, text, "The court") == ["CPVJUD"]


def test_their_ambassador_facing_our_we_is_not_the_speakers(nlp):
    text = ("KIGALI, Nov 24 (Wire) - Thousands of Rwandans marched in Kigali on Friday against a "
            "French judge. \"Why should we keep their ambassador in our capital?\" asked Marie "
            "Uwase, a Rwandan teacher.")
    assert codes_of(nlp, text, "ambassador", date="2006-11-24") != ["RWAGOV"]


def test_their_ambassador_of_the_speakers_own_ministers_is_kept(nlp):
    text = ("KIGALI, Nov 24 (Wire) - Thousands of Rwandans marched in Kigali on Friday against a "
            "French judge. \"The ministers must recall their ambassador from Paris,\" said Marie "
            "Uwase, a Rwandan teacher.")
    assert codes_of(nlp, text, "ambassador", date="2006-11-24") == ["RWAGOV"]

"""Session 20 (X1): a hyphenated wire dateline is no actor; a past office in an apposition
lends no sector."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_hyphenated_dateline_is_no_actor(nlp):
    # "PORT-AU-PRINCE" once gave AU (African Union) and PRINCE as actors
    text = ("PORT-AU-PRINCE, Mar 3 (Wire) - Armed men ambushed a bus near the port on Tuesday, "
            "the Haitian police said.")
    codes = actor_codes(nlp, text)
    assert not any(k in ("AU", "PRINCE", "PORT") for k in codes), codes


def test_plain_dateline_near_miss_keeps_union(nlp):
    # near miss: the African Union named in the story itself is still an actor
    text = ("ADDIS ABABA, Mar 3 (Wire) - The AU urged both sides to talk, the bloc said on "
            "Tuesday.")
    codes = actor_codes(nlp, text)
    assert codes.get("AU") == "IGO", codes
    assert "ADDIS" not in codes and "ABABA" not in codes


def test_former_office_lends_no_sector(nlp):
    text = ("Parliament voted to censure Interior Minister Maria Ortiz of Chile over the floods. "
            "Ortiz, a former judge and an ally of the president, has apologised to the victims.")
    codes = actor_codes(nlp, text)
    assert codes.get("Ortiz") != "CHLJUD", codes
    assert (codes.get("Ortiz") or "").startswith("CHL"), codes


def test_current_office_near_miss_keeps_sector(nlp):
    # near miss: a description of an office held now still gives its sector
    text = "Carlos Mena, a judge of the Supreme Court of Chile, rejected the appeal on Monday."
    codes = actor_codes(nlp, text)
    assert codes.get("Carlos Mena") == "CHLJUD", codes


def test_naval_command_is_the_navy_of_the_story(nlp):
    text = ("COLOMBO, Oct 15 (Wire) - Sri Lanka's navy seized five fishing boats on Sunday, a "
            "navy spokesman said. Commander Ravi Silva said patrol craft from the Southern Naval "
            "Command stopped the boats near the island.")
    codes = actor_codes(nlp, text)
    assert codes.get("the Southern Naval Command") == "LKAMIL", codes


def test_naval_command_near_miss_keeps_named_state(nlp):
    # near miss: a command whose state is written beside it keeps that state
    text = ("COLOMBO, Oct 15 (Wire) - Sri Lanka's navy seized five fishing boats on Sunday. "
            "India's Eastern Naval Command sent a ship to the area, officials said.")
    codes = actor_codes(nlp, text)
    assert any(k.endswith("Eastern Naval Command") and v == "INDMIL" for k, v in codes.items()), codes


def test_workers_seized_by_a_state_are_of_the_other_state(nlp):
    # the dateline hung on the verb as a subject once hid the doer's state
    text = ("DAKAR, May 2 (Wire) - Senegal's navy boarded three Gambian canoes and detained 19 "
            "fishermen near the river mouth on Friday, a navy officer said.")
    codes = actor_codes(nlp, text)
    assert codes.get("19 fishermen") == "GMBAGR", codes


def test_workers_near_miss_keep_the_doers_state(nlp):
    # near miss: the other state is only a place by the border, so the farmers stay the doer's
    text = "Ghanaian police arrested 14 farmers near the Togolese border on Friday, officials said."
    codes = actor_codes(nlp, text)
    assert codes.get("14 farmers") == "GHAAGR", codes


def test_multinational_force_takes_no_host_state(nlp):
    text = ("KINGSTOWN, Oct 15 (Wire) - Gangs looted a depot in the capital of Saint Vincent on "
            "Monday. A Ghanaian-led multinational police mission, which began arriving in May, "
            "has patrolled the port since then.")
    codes = actor_codes(nlp, text)
    assert codes.get("multinational police") is None, codes


def test_national_police_near_miss_keeps_host_state(nlp):
    # near miss: the host's own police still take the story's state
    text = ("KINGSTOWN, Oct 15 (Wire) - Gangs looted a depot in the capital of Saint Vincent on "
            "Monday. The national police, which began patrols in May, have guarded the port "
            "since then.")
    codes = actor_codes(nlp, text)
    assert codes.get("The national police") == "VCTCOP", codes

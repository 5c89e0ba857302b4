"""Session 17, round 3: actors and parties the final judges named on fresh wire news. Troops
of two states joined on one noun lend both states to a later counted "N soldiers"; a rank in
a name whose apposition names the police is a police officer's; a story's bare "unions" and
an "indigenous confederation" are its home state's; a counted "N people were arrested" is a
party, arrested by the police the story told acting; "both governments" after a pair that
said something in another clause of its sentence, and "both sides" past a state and a bloc it
asked for help, are the two states. Each rule has a near miss that keeps the old record."""

from __future__ import annotations

from actor_helpers import actor_codes
from event_helpers import code_events

from dyads.actors import find_actors
from dyads.model import Article


def _codes_at(nlp, text: str, phrase: str, date: str = "2024-05-03") -> set[str | None]:
    """Every code on the mentions whose text is ``phrase`` (a plural reference has several)."""
    return {a.code for a in find_actors(nlp(text), Article(id="t", text=text, date=date))
            if a.text == phrase}


def test_counted_soldiers_after_joint_troops_are_both_armies(nlp) -> None:
    text = ("BAKU, May 3 (Wire) - Turkish and Azerbaijani troops opened a joint exercise near "
            "the Caspian coast on Friday, angering Armenia. About 3,000 soldiers are taking part "
            "in the manoeuvres, the organisers said. Armenia called the exercise a threat.")
    assert _codes_at(nlp, text, "3,000 soldiers") == {"TURMIL", "AZEMIL"}


def test_counted_soldiers_of_one_army_keep_the_story_state(nlp) -> None:
    # near miss: one state's troops before them: no joint group to refer back to
    text = ("TBILISI, May 3 (Wire) - Georgian troops opened an exercise near the coast on "
            "Friday. About 3,000 soldiers are taking part in the manoeuvres, officials said.")
    assert _codes_at(nlp, text, "3,000 soldiers") == {"GEOMIL"}


def test_rank_with_police_apposition_is_police(nlp) -> None:
    text = ("LIMA, May 3 (Wire) - Peruvian police broke up a road blockade by miners on Friday. "
            "Colonel Lena Quispe, a police spokeswoman, said the road had reopened.")
    assert actor_codes(nlp, text, "2024-05-03")["Colonel Lena Quispe"] == "PERCOP"


def test_rank_with_army_apposition_stays_military(nlp) -> None:
    # near miss: the apposition names the army, so the rank keeps its MIL
    text = ("LIMA, May 3 (Wire) - Peruvian police broke up a road blockade by miners on Friday. "
            "Colonel Lena Quispe, an army spokeswoman, said troops were not involved.")
    assert actor_codes(nlp, text, "2024-05-03")["Colonel Lena Quispe"] == "PERMIL"


def test_bare_unions_and_indigenous_body_take_home_state(nlp) -> None:
    text = ("LA PAZ, May 3 (Wire) - Bolivia's government raised fuel prices by a third on "
            "Friday. Unions representing miners and bus drivers called strikes against the "
            "rise, and the indigenous confederation CIDOB said it would join them.")
    codes = actor_codes(nlp, text, "2024-05-03")
    assert codes["Unions"] == "BOLLAB"
    assert codes["the indigenous confederation CIDOB"] == "BOLCVL"


def test_named_union_of_states_keeps_its_code(nlp) -> None:
    # near miss: "union" in a body's own name is no labour union of the story's state
    text = ("LA PAZ, May 3 (Wire) - Bolivia's government raised fuel prices by a third on "
            "Friday. The European Union said it was watching the protests.")
    assert not (actor_codes(nlp, text, "2024-05-03").get("The European Union") or "").endswith("LAB")


def test_passive_arrest_after_police_act_is_the_police(nlp) -> None:
    text = ("NAIROBI, May 3 (Wire) - Kenyan police fired tear gas on Friday to break up a march "
            "by students on parliament. At least 30 people were arrested.")
    arrests = [e for e in code_events(nlp, text) if e.type == "COERCE"]
    assert arrests
    assert {a.code for a in arrests[0].source} == {"KENCOP"}
    assert {a.code for a in arrests[0].target} == {"KENCVL"}


def test_passive_arrest_without_police_keeps_no_source(nlp) -> None:
    # near miss: the story tells no police act, so nobody is made the arrester
    text = ("NAIROBI, May 3 (Wire) - Thousands of students marched on parliament on Friday "
            "against higher fees. At least 30 people were arrested, organisers said.")
    arrests = [e for e in code_events(nlp, text) if e.type == "COERCE"]
    assert arrests and not arrests[0].source


def test_both_governments_after_pair_in_another_clause(nlp) -> None:
    text = ("LONDON, May 3 (Wire) - Iran seized an oil tanker in the Gulf on Friday, Britain "
            "and France said, prompting sharp criticism from both governments.")
    assert _codes_at(nlp, text, "both governments") == {"GBRGOV", "FRAGOV"}


def test_both_sides_skip_a_state_and_the_bloc_it_asked(nlp) -> None:
    text = ("YEREVAN, May 3 (Wire) - Armenia and Azerbaijan accused each other of breaking a "
            "truce on Friday. Armenia asked Russia and the Collective Security Treaty "
            "Organization for help. Both sides reported shelling overnight.")
    assert _codes_at(nlp, text, "Both sides") == {"ARM", "AZE"}


def test_both_sides_of_two_states_asked_for_help(nlp) -> None:
    # near miss: two states joined in the last sentence are still the two sides
    text = ("YEREVAN, May 3 (Wire) - A border clash left three soldiers dead on Friday. "
            "Armenia and Azerbaijan traded blame for the shooting. Both sides reported "
            "shelling overnight.")
    assert _codes_at(nlp, text, "Both sides") == {"ARM", "AZE"}


def test_neighbours_who_fought_are_the_two_states(nlp) -> None:
    text = ("BAKU, May 3 (Wire) - Azerbaijan and Armenia traded fire on their border on Friday. "
            "Officials in Baku said two villages were hit. A spokesman said the shelling had "
            "stopped by noon. The neighbours fought a war in 2020 over the Karabakh region.")
    assert _codes_at(nlp, text, "The neighbours") == {"ARM", "AZE"}


def test_neighbours_next_door_are_no_states(nlp) -> None:
    # near miss: "the neighbours" who only saw something are people next door, not the states
    text = ("BAKU, May 3 (Wire) - Azerbaijan and Armenia traded fire on their border on Friday. "
            "A house in Tovuz was hit overnight. The neighbours said they heard three blasts.")
    assert not _codes_at(nlp, text, "The neighbours") & {"ARM", "AZE"}

"""Session 18 round 3, actors and parties on fresh wire news: a condemned attack with no named
doer is aimed at nobody named (never at its victims), and what "an attack on a convoy that
killed" did is the attack's doing; office holders "of the three countries" and "each navy" are
every member state's; an inner word of a full name ("Khaled" after "Mohamed Khaled Nordin") is
that person; a capitalised head word ("the 15 Council members") is the one body named before
with that head; a named body described as "an alliance of opposition parties" is the opposition.
Every sentence is our own, each with a near miss."""

from __future__ import annotations

from actor_helpers import actor_codes
from event_helpers import code_events


def _codes(actors) -> list[str | None]:
    return sorted(str(a.code) for a in actors)


def _event(nlp, text: str, trigger: str):
    return next(e for e in code_events(nlp, text) if e.trigger == trigger)


def test_condemned_attack_without_doer_is_not_aimed_at_its_victims(nlp):
    text = ("The Security Council condemned an attack on a convoy of Kenyan peacekeepers in northern Mali "
            "that killed one soldier and injured two others.")
    assert _event(nlp, text, "condemned").target == []
    killed = _event(nlp, text, "killed")
    assert not any(a.code == "KENMIL" for a in killed.source)


def test_condemned_attack_with_named_doer_keeps_the_doer(nlp):
    ev = _event(nlp, "The Security Council condemned an attack by Malian troops on a convoy of Kenyan "
                     "peacekeepers.", "condemned")
    assert any(a.code and a.code.startswith("MLI") for a in ev.target)
    assert not any(a.code == "KENMIL" for a in ev.target)


def test_officials_of_the_three_countries_and_each_navy_are_every_members(nlp):
    text = ("MANILA, Jan 9 (Wire) - Thailand, Vietnam and Cambodia agreed on Monday to hold joint drills. "
            "The foreign ministers of the three countries signed the accord at a meeting in Hanoi. "
            "Each navy will send two ships to the drills.")
    signed = _event(nlp, text, "signed")
    assert _codes(signed.source) == ["KHMGOV", "THAGOV", "VNMGOV"]
    navies = {a.code for e in code_events(nlp, text) if "navy" in [x.text for x in e.source] for a in e.source}
    assert navies == {"KHMMIL", "THAMIL", "VNMMIL"}


def test_one_states_navy_stays_its_own(nlp):
    text = ("Thailand, Vietnam and Cambodia agreed on Monday to hold joint drills. "
            "The Thai navy will send two ships to the drills.")
    codes = actor_codes(nlp, text)
    assert codes["The Thai navy"] == "THAMIL"


def test_inner_word_of_a_full_name_is_that_person(nlp):
    codes = actor_codes(nlp, "Malaysian Home Minister Mohamed Faisal Rahman spoke to reporters in Kuala Lumpur "
                             "on Monday. Faisal denied that the border crossing had been shut.")
    assert codes["Faisal"] == "MYSGOV"


def test_unknown_single_name_stays_uncoded(nlp):
    codes = actor_codes(nlp, "Malaysian Home Minister Mohamed Faisal Rahman spoke to reporters in Kuala Lumpur "
                             "on Monday. Farid denied that the border crossing had been shut.")
    assert codes.get("Farid") is None


def test_capitalised_head_word_is_the_body_named_before(nlp):
    codes = actor_codes(nlp, "The UN Security Council condemned the shelling of a hospital in Yemen. "
                             "The 15 Council members offered their condolences to the families.")
    assert any(k.endswith("Council") and k != "UN Security Council" and v == "UNOGOV" for k, v in codes.items())


def test_capitalised_head_word_shared_by_two_bodies_stays_open(nlp):
    codes = actor_codes(nlp, "The UN Security Council condemned the shelling of a hospital in Yemen, and "
                             "the European Council called for a truce. The 15 Council members offered their "
                             "condolences to the families.")
    assert not any(k.endswith("15 Council") and v == "UNOGOV" for k, v in codes.items())


def test_alliance_of_opposition_parties_is_the_opposition(nlp):
    text = ("BAMAKO (Wire) - Voters in Mali went to the polls on Sunday. The Patriotic Front for Change, "
            "an alliance of opposition parties and unions, had urged Malians to stay at home.")
    assert _codes(_event(nlp, text, "urged").source) == ["MLIOPP"]


def test_alliance_of_states_is_no_opposition(nlp):
    codes = actor_codes(nlp, "BAMAKO (Wire) - The Patriotic Front for Change, a movement of young "
                             "farmers, urged Malians to stay at home.")
    assert codes.get("The Patriotic Front for Change") != "MLIOPP"


def test_condemned_attack_on_a_state_keeps_the_state(nlp):
    ev = _event(nlp, "Kenya condemned the attack on Somalia.", "condemned")
    assert {(a.code or "")[:3] for a in ev.target} == {"SOM"}

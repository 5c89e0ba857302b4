"""Session 18 round 2, actors and parties on fresh wire news: an object pronoun is never its own
clause's subject, a portfolio of two words stays in an IGO official's title, a place in a titled
text's name is no actor, a meeting's venue is no target, "the foreign ministry" is the story's
state's, a deal's passive "it" is no actor, and of a hyphened pair of nationalities the last
is the person's state. Every sentence is our own, each with a near miss."""

from __future__ import annotations

from actor_helpers import actor_codes
from event_helpers import code_events


def _codes(actors) -> list[str | None]:
    return [a.code for a in actors]


def _event(nlp, text: str, trigger: str):
    return next(e for e in code_events(nlp, text) if e.trigger == trigger)


def test_accuser_is_not_the_accused_when_the_parse_hangs_the_clause_low(nlp):
    ev = _event(nlp, "Ghana declared three senior World Bank advisers persona non grata on Friday and "
                     "gave them 48 hours to go, accusing them of \"meddling\" in its budget talks.", "accusing")
    assert _codes(ev.source) == ["GHA"]
    assert ev.target and all(a.code == "IGO" for a in ev.target)


def test_accuser_of_a_plain_expulsion_keeps_its_record(nlp):
    ev = _event(nlp, "Ghana expelled three World Bank advisers on Friday, accusing them of meddling "
                     "in its budget talks.", "accusing")
    assert _codes(ev.source) == ["GHA"]
    assert ev.target and all(a.code == "IGO" for a in ev.target)


def test_portfolio_of_two_words_keeps_the_body_of_the_title(nlp):
    codes = actor_codes(nlp, "Zambia has long been calm. U.N. human rights chief Maria Okafor "
                             "condemned the raid on the village.")
    assert codes["U.N. human rights chief Maria Okafor"] == "UNO"


def test_bare_plural_before_names_is_still_no_title(nlp):
    codes = actor_codes(nlp, "Rival associates Maria Okafor and John Bello condemned the raid.")
    assert "Maria Okafor" in codes


def test_place_in_a_titled_treaty_name_is_no_target(nlp):
    ev = _event(nlp, "Chile withdrew from the Treaty of Santiago in 2015.", "withdrew")
    assert _codes(ev.source) == ["CHL"]
    assert ev.target == []


def test_capital_as_other_party_keeps_its_record(nlp):
    ev = _event(nlp, "Peru cut ties with Quito in 2015.", "cut")
    assert _codes(ev.target) == ["ECUGOV"]


def test_venue_of_a_meeting_pressed_for_is_no_target(nlp):
    ev = _event(nlp, "The African Union was likely to press for a new summit in Nairobi.", "press")
    assert ev.target == []


def test_capital_pressed_keeps_its_record(nlp):
    ev = _event(nlp, "The African Union was likely to press Nairobi for a new summit.", "press")
    assert _codes(ev.target) == ["KENGOV"]


def test_the_foreign_ministry_is_the_story_state(nlp):
    codes = actor_codes(nlp, "Zambia closed its border. The foreign ministry said the move was temporary.")
    assert codes["The foreign ministry"] == "ZMBGOV"


def test_foreign_troops_get_no_home_state(nlp):
    codes = actor_codes(nlp, "Zambia closed its border. Foreign troops said the move was temporary.")
    assert codes["Foreign troops"] is None


def test_passive_it_of_a_deal_is_no_actor(nlp):
    text = ("Officials in both capitals confirmed it, although Accra stressed that it had been agreed "
            "directly between the two armies.")
    assert "it" not in actor_codes(nlp, text)
    assert not any(a.text == "it" for e in code_events(nlp, text) for a in e.source + e.target)


def test_passive_it_of_an_attack_keeps_its_actor(nlp):
    ev = _event(nlp, "Accra said it had been attacked by rebels from the north.", "attacked")
    assert _codes(ev.source) == ["GHAREB"]
    assert ev.target and ev.target[0].country == "GHA"


def test_last_of_a_hyphened_pair_of_nationalities_is_the_state(nlp):
    codes = actor_codes(nlp, "Omar Said, a British-Egyptian software developer, was one of the "
                             "best-known figures of the uprising.")
    assert (codes["Omar Said"] or "")[:3] == "EGY"


def test_one_nationality_keeps_its_state(nlp):
    codes = actor_codes(nlp, "Omar Said, a British software developer, was one of the best-known "
                             "figures of the uprising.")
    assert (codes["Omar Said"] or "")[:3] == "GBR"

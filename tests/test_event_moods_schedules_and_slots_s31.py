"""Session 31: trigger words read in the wrong sense, glosses and moods taken for acts, and a
party put in the wrong slot (all sentences our own)."""

import pytest

from tests.event_helpers import code_events


def _records(nlp, text):
    return [(e.type, e.cameo, text[e.start:e.end]) for e in code_events(nlp, text)]


@pytest.mark.parametrize("text", [
    "Shares of Japanese carmakers rose on Wednesday on relief that the tariff was lower than feared.",
    "Markets in Turkey breathed a sigh of relief after the vote in Ankara.",
    "Brazil said American products would enter at zero tariff.",
    "The Kenyan farmers union said the duty would still push up prices for Kenyan families.",
])
def test_mood_or_amount_is_no_event(nlp, text):
    assert code_events(nlp, text) == []


@pytest.mark.parametrize("text, kind", [
    ("The UN sent relief to flood victims in Pakistan.", "AID"),
    ("Washington imposed a 20% tariff on Vietnamese goods.", "SANCTION"),
    ("Paris pushed Iran to return to the talks.", "REQUEST"),
    ("The two presidents will meet in Geneva next week.", "AGREE"),
    # (session 34, helper c) "is expected to visit" left this list: judges of AE, AF, AG and AH call an
    # expectation no event (s17's split); see tests/test_event_nonacts_s34.py
    # (session 42, helper e5) "is due to discuss" left it too: judges of AE, AF, AG and AM call a
    # timetable no event (only batch X judged it right); see tests/test_event_standings_s42.py
])
def test_near_misses_keep_their_act(nlp, text, kind):
    assert kind in {e.type for e in code_events(nlp, text)}


def test_strikes_carried_out_on_troops_are_blows(nlp):
    text = ("Israel carried out dozens of strikes last week on Syrian government troops and hit the army's"
            " general staff headquarters in Damascus.")
    assert [r[0] for r in _records(nlp, text) if r[2] == "strikes"] == ["ASSAULT"]
    text = "Dockworkers in France staged strikes over pension reform."
    assert [r[0] for r in _records(nlp, text) if r[2] == "strikes"] == ["PROTEST"]
    text = "Teachers held strikes over a pay dispute in Kenya."
    assert [r[0] for r in _records(nlp, text) if r[2] == "strikes"] == ["PROTEST"]


def test_kidnappings_set_off_are_done_not_threatened(nlp):
    text = "The abduction of a merchant set off tit-for-tat kidnappings between Syrian clans."
    kid = [e for e in code_events(nlp, text) if text[e.start:e.end] == "kidnappings"]
    assert kid and kid[0].type == "ASSAULT" and not kid[0].future


def test_embassy_staff_ordered_out_are_expelled(nlp):
    text = "Warsaw ordered 12 Russian embassy staff out over spying allegations."
    assert ("SANCTION", "166", "ordered") in _records(nlp, text)
    assert not [e for e in code_events(nlp, "The manager ordered the staff out of the Kenyan factory.")
                if e.type == "SANCTION"]


def test_retaliating_gloss_is_no_second_act(nlp):
    text = "Russia said it would expel 20 Czech diplomats, retaliating for the Czech expulsions."
    records = _records(nlp, text)
    assert ("SANCTION", "166", "expel") in records
    assert not [r for r in records if r[2] == "retaliating"]
    assert "ASSAULT" in {e.type for e in code_events(nlp, "Israel retaliated by striking targets in Lebanon.")}


def test_brokered_truce_is_not_ceased_by_the_broker(nlp):
    text = "A U.S.-brokered ceasefire between Israel and Hamas largely held on Sunday."
    truce = [e for e in code_events(nlp, text) if e.type == "RETREAT"]
    assert truce and "USA" not in {a.country for a in truce[0].source}


def test_speaker_does_not_threaten_itself(nlp):
    text = "The Foreign Ministry in Beijing said it was studying the deal, warning that it could take countermeasures."
    threats = [e for e in code_events(nlp, text) if e.type == "THREATEN"]
    assert threats and threats[0].target == []
    text = "The Pakistani army said India had attacked it on Tuesday."
    hits = [e for e in code_events(nlp, text) if e.type == "ASSAULT"]
    assert hits and {a.country for a in hits[0].target} == {"PAK"}


def test_name_before_a_date_is_the_bare_prepositions_object(nlp):
    text = "Washington imposed fresh sanctions on Russia days earlier."
    sanctions = [e for e in code_events(nlp, text) if e.type == "SANCTION"]
    assert sanctions and {a.country for a in sanctions[0].target} == {"RUS"}


def test_brokered_truce_with_no_side_named_is_only_the_mediation(nlp):
    text = "The convoy entered the Syrian city on Sunday as a U.S.-brokered ceasefire largely held."
    assert {e.type for e in code_events(nlp, text)} == {"CONSULT"}


def test_peacekeepers_withdrawn_as_a_pronoun_are_still_peacekeepers(nlp):
    text = "Qatar deployed peacekeepers on the frontier in 2010 but withdrew them in June 2017."
    assert ("SANCTION", "1661", "withdrew") in _records(nlp, text)
    text = "Qatar mediated a 2010 deal and deployed peacekeepers on the frontier, but withdrew them in 2017."
    assert ("SANCTION", "1661", "withdrew") in _records(nlp, text)
    text = "Russia deployed troops to the border in May and withdrew them in July."
    assert ("RETREAT", "0872", "withdrew") in _records(nlp, text)

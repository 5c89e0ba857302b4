"""Session 24 (helper K): what an onlooker says others "will" do is a guess, no event, also when
the onlooker speaks as "she" after being named with the description ("Lucia Ferrer, a researcher
..., said ... 'X will push for a thaw,' she said"). A party's own "will" stays a future event, and
so does what an onlooker says she herself will do (our own sentences)."""

from __future__ import annotations

from event_helpers import events_of

_NAMED = ("MADRID, May 3 (Wire) - Spain recalled its ambassador from Argentina. Ana Ruiz, a "
          "researcher at a Madrid institute, said the row would cool. ")


def test_onlookers_will_about_others_is_no_event(nlp):
    text = _NAMED + '"Neither side gains from a freeze, and Spanish business groups will push hard for a thaw," she said.'
    assert not events_of(nlp, text, "REQUEST")


def test_onlookers_will_said_outright_is_no_event(nlp):
    text = "Spanish business groups will push for a thaw with Argentina, an analyst said."
    assert not events_of(nlp, text, "REQUEST")


def test_partys_own_will_stays_a_future_event(nlp):
    text = "Spanish unions will push for higher wages next year, the union leader said."
    requests = events_of(nlp, text, "REQUEST")
    assert requests and all(e.future for e in requests)


def test_speaker_who_is_no_onlooker_keeps_the_event(nlp):
    text = ("MADRID, May 3 (Wire) - Spain recalled its ambassador from Argentina. Jose Albares, the "
            "foreign minister, spoke in Madrid. \"Spanish firms will push hard for a thaw,\" he said.")
    assert events_of(nlp, text, "REQUEST")

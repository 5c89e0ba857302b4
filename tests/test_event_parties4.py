"""Trigger objects that are counted, prepositions that only carry a date, towns before attack
nouns, policies that "hit" someone, and partners "with" whom help is given (our sentences)."""

from event_helpers import code_events, events_of


def test_counted_troops_are_troops(nlp):
    text = "Belarus massed thousands of troops near the Polish border on Friday."
    assert events_of(nlp, text, "MOBILIZE")


def test_a_date_after_a_verb_is_no_particle(nlp):
    # "called on Sunday for elections" is a call for elections, not a "call on" someone
    events = [e for e in code_events(nlp, "The opposition called on Sunday for a general strike.")
              if e.trigger == "called"]
    assert [e.type for e in events] == ["REQUEST"]
    assert not code_events(nlp, "The minister called on Monday.")


def test_a_town_before_an_attack_noun_is_where_it_happened(nlp):
    (e,) = events_of(nlp, "The Kandahar offensive forced thousands of families to flee.", "ASSAULT")
    assert not e.source
    assert [a.code for a in e.target] == ["AFG"]


def test_a_state_before_an_attack_noun_still_did_it(nlp):
    events = events_of(nlp, "The Turkish offensive displaced thousands of families.", "ASSAULT")
    assert events
    assert [a.country for a in events[0].source] == ["TUR"]


def test_a_policy_that_hits_is_no_attack(nlp):
    assert not events_of(nlp, "China's tariffs on barley hit Australian farmers hard.", "ASSAULT")
    assert not events_of(nlp, "The sanctions have badly hurt the Venezuelan economy.", "ASSAULT")
    # the twin: a weapon that hits is an attack
    assert events_of(nlp, "A Russian drone hit a power station in Kharkiv.", "ASSAULT")


def test_help_given_with_a_partner_is_not_for_the_partner(nlp):
    for e in events_of(nlp, "The coalition was providing air cover with the Jordanian air force.", "AID"):
        assert "JORMIL" not in [a.code for a in e.target]
    # the twin: help with someone's task helps its owner
    events = events_of(nlp, "Pakistan offered to help with Afghanistan's reconstruction.", "AGREE")
    assert events
    assert "AFG" in [a.country for a in events[0].target]

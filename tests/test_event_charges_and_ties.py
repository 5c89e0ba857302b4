"""Round eight: a charge "of" a crime "against" someone, reputed ties, and prepositions that only
look like the particle of a phrasal verb (all sentences our own)."""

from dyads.triggers import lexicon
from event_helpers import code_events as _events


def _of(nlp, text, trigger):
    return [e for e in _events(nlp, text) if e.trigger == trigger]


def test_noun_with_preposition_is_keyed_on_the_noun():
    assert any(t.word == "against" and t.nominal for t in lexicon().get("charge", []))


def test_charge_of_a_crime_against_someone_is_an_accusation(nlp):
    [e] = _of(nlp, "Prosecutors filed a charge of fraud against Martin Keller on Monday.", "charge")
    assert e.type == "ACCUSE" and e.cameo == "1121"
    assert [a.text for a in e.target] == ["Martin Keller"]


def test_alleged_ties_are_a_reputation_not_cooperation(nlp):
    text = "The new port director has alleged ties to the Revolutionary Guard, a newspaper reported."
    assert not _of(nlp, text, "ties")
    assert not _of(nlp, "The smuggling gang has suspected links to the Sinaloa Cartel.", "links")
    assert _of(nlp, "Brazil and Argentina strengthened their ties last year.", "ties")


def test_preposition_in_is_not_the_particle_of_give_in(nlp):
    text = "Sergeant Hill was given an early discharge from the Army Reserve in 2012."
    assert not [e for e in _events(nlp, text) if e.type == "CONCEDE"]
    [e] = _of(nlp, "The rebel commanders finally gave in to the demands of the army.", "gave")
    assert e.type == "CONCEDE"

"""Round nine on real news: political verbs in everyday senses (appeals to the public for private
acts, a celebrity's visit, a firm paying for its own search, a power "given" by a constitution,
firms leaving a market, musicians inviting each other). All sentences are our own; each veto is
paired with a political use of the same word that must stay."""

import pytest

from event_helpers import events_of as _of


@pytest.mark.parametrize("text, kind", [
    ("The priest asked the mourners to pray for the victims of the fire.", "REQUEST"),
    ("Her family asked for donations to a children's charity instead of flowers.", "REQUEST"),
    ("The detective urged anyone with information to contact police in Leeds.", "REQUEST"),
    ("Police in Ohio urged witnesses to come forward.", "REQUEST"),
    ("Famous faces at the fair included actors Tom Hardy and Emma Stone. Fans cheered Tom Hardy's visit.",
     "CONSULT"),
    ("Garuda Airlines is funding the search for the missing jet off Java.", "AID"),
    ("Critics say the veto is a constitutional tool given by parliament to the president.", "AID"),
    ("The judge provided the two students with his personal grant for training in Moscow.", "AID"),
    ("Several British firms have announced plans to pull out of Venezuela.", "AGREE"),
    ("The band's drummer Joe Smith met the poet in 1970. Smith invited him to write songs for the band.",
     "REQUEST"),
])
def test_no_event_in_everyday_sense(nlp, text, kind):
    assert _of(nlp, text, kind) == []


@pytest.mark.parametrize("text, kind", [
    ("The opposition called on the government of Peru to resign.", "REQUEST"),
    ("Police in Florida urged residents to evacuate before the storm.", "REQUEST"),
    ("President Macron's visit to Algeria was postponed.", "CONSULT"),
    ("The United States is funding the Ukrainian army.", "AID"),
    ("Japan gave Indonesia emergency aid after the earthquake.", "AID"),
    ("Russia withdrew its troops from Syria.", "RETREAT"),
    ("Russia will pull its troops out of Syria.", "AGREE"),
    ("The Iranian president invited the Turkish leader to visit Tehran.", "REQUEST"),
])
def test_political_senses_stay(nlp, text, kind):
    assert _of(nlp, text, kind)

"""Round eight on real news: political verbs in their everyday senses (interviews, patients moved
to hospital, emergencies for storms and epidemics, support from fans, newsroom staff pulled out,
ballots that let people vote, campaigns "for X to be Y", a seat at an instrument). All sentences
are our own; each veto is paired with a political use of the same word that must stay."""

import pytest

from event_helpers import events_of as _of


@pytest.mark.parametrize("text, kind", [
    ("The Chilean novelist agreed to answer some questions for our reporter.", "AGREE"),
    ("The Kenyan runner agreed to an interview with the local radio station.", "AGREE"),
    ("The former president of Peru was evacuated on Monday from Lima to a hospital in Miami.", "AID"),
    ("Several victims were airlifted to the capital of Mali.", "AID"),
    ("The governor of Texas declared a state of emergency with Hurricane Ida approaching the coast.",
     "COERCE"),
    ("The government of Fiji declared a state of emergency and closed all schools to curb the spread "
     "of the measles outbreak.", "COERCE"),
    ("The Brazilian singer has received support from her fans and family.", "SUPPORT"),
    ("The Norwegian broadcaster NRK withdrew its reporters from the square after the clashes.", "RETREAT"),
    ("The Irish government held a referendum in 2015, allowing the population to vote on divorce.",
     "CONCEDE"),
    ("For twenty years he was fighting for the festival in Lagos to be a public holiday.", "ASSAULT"),
    ("At a wedding in Oslo, his cousins encouraged him to sit down at a piano.", "CONSULT"),
])
def test_no_event_in_everyday_sense(nlp, text, kind):
    assert _of(nlp, text, kind) == []


@pytest.mark.parametrize("text, kind", [
    ("The European Union agreed to sanctions against Belarus.", "AGREE"),
    ("Iran agreed to answer questions from the inspectors of the IAEA.", "AGREE"),
    ("The Turkish army evacuated the town of Afrin under heavy fire.", "AID"),
    ("The Thai army declared martial law in Bangkok after weeks of protests.", "COERCE"),
    ("Russia withdrew its troops from the border with Ukraine.", "RETREAT"),
    ("The Syrian army is fighting the rebels in Idlib.", "ASSAULT"),
    ("The Israeli and Palestinian negotiators sat down with Egyptian mediators in Cairo.", "CONSULT"),
])
def test_political_senses_stay(nlp, text, kind):
    assert _of(nlp, text, kind)

"""Political verbs in their everyday senses are no events: interviews, patients moved to hospital,
emergencies for storms and epidemics, support from fans, newsroom staff pulled out, ballots that let
people vote, requests to the public for private acts, stars' visits, firms paying for their own
mishaps, powers granted, bail terms, visits to the sick, prayers, leisure trips, commercial bids,
house sittings. All sentences are our own; each kind of veto is paired with a political use of the
same word that must stay."""

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
    ("He was freed on bail after he agreed to wear an ankle tag and obey a curfew.", "AGREE"),
    ("The comedian posted a clip offering to dance in the street if Chile won the final.", "AGREE"),
    ("Reports said Joko was planning to visit Budi, who was being treated at a military hospital.", "AGREE"),
    ("Farmers in the valley still ask the god Anubis to protect their herds.", "REQUEST"),
    ("\"It will take time,\" the lawyer said, asking Maria to be patient and strong.", "REQUEST"),
    ("Under the new rules, pharmacies in Kenya are to be permitted to sell the vaccine.", "AGREE"),
    ("The senator filed a suit to stop a state law from allowing the Senate committee to see his files.",
     "CONCEDE"),
    ("The Strasbourg court issued a judgement favourable to the applicant, Anna Berg, allowing a Swedish court "
     "to order the site to delete the post.", "CONCEDE"),
    ("A Baptist choir from Ohio had been travelling to Walt Disney World when the bus overturned.", "CONSULT"),
    ("The minister of a Texas church said the congregation was on a trip to the beach.", "CONSULT"),
    ("The French firm said its bid was chosen out of several competing offers from Asian buyers.", "AGREE"),
    ("At his own request, the Egyptian inmate was moved to a prison near Cairo.", "REQUEST"),
    ("The Italian Senate was due to meet on Thursday, the speaker said.", "CONSULT"),
    ("After the vote, the Italian Senate announced it would meet again on Monday.", "CONSULT"),
    ("Social media sites have been struggling to censor the attacker's videos of the shooting.", "COERCE"),
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
    ("The opposition called on the government of Peru to resign.", "REQUEST"),
    ("Police in Florida urged residents to evacuate before the storm.", "REQUEST"),
    ("President Macron's visit to Algeria ended on Tuesday.", "CONSULT"),
    ("The United States is funding the Ukrainian army.", "AID"),
    ("Japan gave Indonesia emergency aid after the earthquake.", "AID"),
    ("Russia withdrew its troops from Syria.", "RETREAT"),
    ("Russia will pull its troops out of Syria.", "AGREE"),
    ("The Iranian president invited the Turkish leader to visit Tehran.", "REQUEST"),
    ("The rebels agreed to observe a ceasefire in the north.", "AGREE"),
    ("Egypt offered to mediate between Israel and Hamas.", "AGREE"),
    ("The Chinese president is planning to visit Moscow next month.", "AGREE"),
    ("The opposition asked the United Nations to intervene in the crisis.", "REQUEST"),
    ("Germany urged Russia to be more transparent about its troops on the border.", "REQUEST"),
    ("The government allowed the rebels to leave the city.", "CONCEDE"),
    ("The Turkish president travelled to the resort of Sochi to meet Vladimir Putin.", "CONSULT"),
    ("The Iranian foreign minister travelled to Beijing on Monday.", "CONSULT"),
    ("Iran made an offer to the European Union to resume talks.", "AGREE"),
    ("At the request of the Malian government, France sent troops to Gao.", "REQUEST"),
    ("The Italian Senate met with a delegation from the European Commission.", "CONSULT"),
    ("The Italian Senate said it met the Chinese ambassador on Monday.", "CONSULT"),
    ("The Chinese government censored the videos of the protest in Hong Kong.", "COERCE"),
])
def test_political_senses_stay(nlp, text, kind):
    assert _of(nlp, text, kind)

"""Round ten on real news: agree, offer, visit, ask and permit in private senses (bail terms kept, a
stunt offered, a patient visited, a god petitioned, a friend told to keep heart, a law or a
judgement that permits, a clinic licensed). All sentences are our own; each veto is paired with a
political use of the same word that must stay."""

import pytest

from event_helpers import events_of as _of


@pytest.mark.parametrize("text, kind", [
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
])
def test_no_event_in_private_sense(nlp, text, kind):
    assert _of(nlp, text, kind) == []


@pytest.mark.parametrize("text, kind", [
    ("The rebels agreed to observe a ceasefire in the north.", "AGREE"),
    ("Egypt offered to mediate between Israel and Hamas.", "AGREE"),
    ("The Chinese president is planning to visit Moscow next month.", "AGREE"),
    ("The opposition asked the United Nations to intervene in the crisis.", "REQUEST"),
    ("Germany urged Russia to be more transparent about its troops on the border.", "REQUEST"),
    ("The government allowed the rebels to leave the city.", "CONCEDE"),
])
def test_political_senses_stay(nlp, text, kind):
    assert _of(nlp, text, kind)

"""Everyday phrases around trigger words, read through the whole pipeline: a quake that struck, a
crash that kills, commands sent to a craft, a view not shared, lectures called off.  Each
everyday sentence has a political twin that must still be coded."""

import pytest

from dyads.model import Article
from dyads.pipeline import annotate_doc


def _of(nlp, text, kind):
    events = annotate_doc(Article(id="t", text=text, date="2021-03-04"), nlp(text)).events
    return [e for e in events if e.type == kind]


def _codes(actors):
    return {a.code for a in actors}


@pytest.mark.parametrize("text, kind", [
    ("Aftershocks of a powerful earthquake with a magnitude of 6.1 that struck northern Chile killed two people.",
     "ASSAULT"),
    ("The Kenyan man was driving a truck and struck a group of cyclists, killing four of them.", "ASSAULT"),
    ("The Kenyan engineers sent the satellite commands to change course.", "AID"),
    ("The Kenyan activists sent the police a plan for the march.", "AID"),
    ("The Kenyan mother sent her son to Uganda.", "AID"),
    ("A coup removed the Malian president in 2020.", "CONCEDE"),
    ("The Kenyan senators voted to remove him from office.", "CONCEDE"),
    ("The museum bought the painting and Kenya later offered it to the church.", "AGREE"),
    ("Kenya and Uganda bid to host the secretariat of the trade bloc.", "CONSULT"),
    ("The Kenyan Morning Show, hosted by John Smith and Mary Jones, ended.", "CONSULT"),
    ("The Kenyan ministers do not all agree on how the tax works.", "AGREE"),
    ("NATO guidelines call for 2 percent.", "REQUEST"),
    ("The Kenyan president ordered flags lowered to half staff.", "REQUEST"),
    ("The Kenyan opposition leader will not seek the party's leadership position.", "REQUEST"),
    ("The Kenyan suspect's name is restricted to John K.", "COERCE"),
    ("The novelist John Smith retreated to Nairobi and continued to write.", "RETREAT"),
    ("It is not about clashes with misguided Kenyan politicians.", "ASSAULT"),
])
def test_no_event_in_plain_sense(nlp, text, kind):
    assert _of(nlp, text, kind) == []


@pytest.mark.parametrize("text, kind, source, target", [
    ("Kenyan jets struck rebel positions in Somalia, killing ten fighters.", "ASSAULT", "KENMIL", "SOM"),
    ("Kenya sent Uganda 20 tonnes of food aid.", "AID", "KEN", "UGA"),
    ("Israel removed roadblocks in the West Bank.", "CONCEDE", "ISR", "PSE"),
    ("Kenya offered Uganda a ceasefire.", "AGREE", "KEN", "UGA"),
    ("The Kenyan president hosted the Ugandan president in Nairobi.", "CONSULT", "KENGOV", "UGAGOV"),
    ("Kenyan protesters called for the resignation of the president.", "REQUEST", "KENCVL", "KENGOV"),
    ("The Kenyan president ordered troops to the Somali border.", "MOBILIZE", "KENGOV", "SOM"),  # CAMEO 154
    ("The Kenyan opposition is seeking Ugandan support.", "REQUEST", "KENOPP", "UGA"),
    ("Kenya restricted Ugandan imports.", "COERCE", "KEN", "UGA"),
    ("Somali rebels clashed with Kenyan soldiers.", "ASSAULT", "SOMREB", "KENMIL"),
])
def test_political_sense_still_coded(nlp, text, kind, source, target):
    found = _of(nlp, text, kind)
    assert any(source in _codes(e.source) and target in _codes(e.target) for e in found), found


def test_a_deal_on_how_and_a_military_retreat_stay(nlp):
    """"agreed on how" is a deal struck; troops "retreated to" the border is a withdrawal."""
    deal = _of(nlp, "Kenya and Uganda agreed on how the water will be shared.", "AGREE")
    assert any({"KEN", "UGA"} <= _codes(e.source) for e in deal), deal
    back = _of(nlp, "Kenyan troops retreated to the border.", "RETREAT")
    assert any("KENMIL" in _codes(e.source) for e in back), back


def test_cancelled_studies_are_no_sanction_but_cancelled_talks_stay(nlp):
    """Lectures called off after a quake are a school closure; calling off talks with a state is not."""
    assert _of(nlp, "The Kenyan mayor also cancelled graduate studies after the earthquake.", "SANCTION") == []
    off = _of(nlp, "Kenya cancelled its trade talks with Uganda.", "SANCTION")
    assert any("KEN" in _codes(e.source) for e in off), off

"""Second round of trigger coverage: each new lexicon row codes its event, with its parties, in a
sentence of our own; and the companion-word rows stay silent without their companion."""

import pytest

from dyads.model import Article
from dyads.pipeline import annotate_doc


def _events(nlp, text):
    return annotate_doc(Article(id="t", text=text), nlp(text)).events


def _countries(actors):
    return {a.country for a in actors}


@pytest.mark.parametrize("text, plover, cameo, source, target", [
    # disarmament: "lay down arms / weapons" (CAMEO 0873)
    ("Hundreds of Colombian guerrillas laid down their arms near Bogota on Friday.",
     "RETREAT", "0873", "COL", None),
    ("Philippine rebels laid down their weapons in Mindanao last week.", "RETREAT", "0873", "PHL", None),
    # defying a ban, an embargo, sanctions or a resolution (CAMEO 128)
    ("North Korea violated a United Nations ban on missile tests.", "REJECT", "128", "PRK", None),
    ("Iran violated the arms embargo on Yemen.", "REJECT", "128", "IRN", None),
    ("Turkey violated American sanctions on Iran.", "REJECT", "128", "TUR", None),
    # (what a resolution is "on" is its topic: the Council that passed it is the party)
    ("Russia violated a Security Council resolution on Syria.", "REJECT", "128", "RUS", "UNO"),
    # appeals made as a plea (CAMEO 02)
    ("The Afghan president issued a fresh plea to the Taliban to join the talks.", "REQUEST", None, "AFG", "AFG"),
    # cutting aid back (CAMEO 162, refined by the kind of aid)
    ("The United States reduced military aid to Egypt by $300 million.", "SANCTION", "1622", "USA", "EGY"),
    ("Japan reduced its assistance to Myanmar after the coup.", "SANCTION", "162", "JPN", "MMR"),
    ("Canada reduced funding to the Palestinian Authority.", "SANCTION", "162", "CAN", "PSE"),
    ("Britain slashed aid to Pakistan this year.", "SANCTION", "162", "GBR", "PAK"),
    ("Germany slashed its funding to the Iraqi government.", "SANCTION", "162", "DEU", "IRQ"),
    # a meal between leaders is a meeting (CAMEO 040)
    ("The Chinese president had dinner with the French president in Paris.", "CONSULT", "040", "CHN", "FRA"),
    ("The Indian prime minister had lunch with the Japanese prime minister in Tokyo.",
     "CONSULT", "040", "IND", "JPN"),
    ("The Kenyan president had breakfast with the Ugandan president in Nairobi.", "CONSULT", "040", "KEN", "UGA"),
    # repression (CAMEO 175, coded COERCE as "crack down" is)
    ("Iranian security forces repressed the protesters in Tehran.", "COERCE", "175", "IRN", "IRN"),
    ("The Cuban government's repression of Cuban dissidents drew criticism.", "COERCE", "175", "CUB", "CUB"),
])
def test_new_trigger_codes_its_event_with_parties(nlp, text, plover, cameo, source, target):
    events = [e for e in _events(nlp, text) if e.type == plover]
    assert events, [(e.type, e.cameo) for e in _events(nlp, text)]
    ev = events[0]
    if cameo is not None:
        assert ev.cameo.startswith(cameo), ev.cameo
    else:
        assert ev.cameo.startswith("02"), ev.cameo
    assert source in _countries(ev.source), [a.code for a in ev.source]
    if target is not None:
        assert target in _countries(ev.target), [a.code for a in ev.target]


@pytest.mark.parametrize("text, absent", [
    # the companion word is what makes the event: without it the verb codes nothing of that kind
    ("The Turkish workers laid bricks for the new school in Ankara.", "RETREAT"),
    ("The Chinese president had a cold with a high fever on Monday.", "CONSULT"),
    ("The Brazilian central bank reduced interest rates on Wednesday.", "SANCTION"),
    ("The Nigerian driver violated traffic rules in Lagos.", "REJECT"),
])
def test_companion_word_is_needed(nlp, text, absent):
    assert not any(e.type == absent for e in _events(nlp, text)), [(e.type, e.cameo) for e in _events(nlp, text)]


def test_plea_deal_is_not_an_appeal(nlp):
    text = "The American banker made a plea deal with prosecutors in New York."
    assert not any(e.type == "REQUEST" for e in _events(nlp, text))


def test_reduced_aid_is_one_event_not_aid(nlp):
    text = "The United States reduced military aid to Egypt by $300 million."
    types = [e.type for e in _events(nlp, text)]
    assert "AID" not in types, types

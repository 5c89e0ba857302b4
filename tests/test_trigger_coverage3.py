"""Third round of trigger coverage: concessions, stated readiness to talk, leaving talks, bombings
named by their weapon, approvals of accession, repression with riot weapons. Each row codes its
event with its parties in a sentence of our own, and a twin in an everyday sense codes nothing."""

import pytest

from dyads.model import Article
from dyads.pipeline import annotate_doc
from dyads.triggers import lexicon, word_list


def _events(nlp, text):
    return annotate_doc(Article(id="t", text=text), nlp(text)).events


def _countries(actors):
    return {a.country for a in actors}


@pytest.mark.parametrize("text, plover, cameo, source, target", [
    # a government dropping its own measure yields ground (CAMEO 080)
    ("The Nigerian government scrapped a proposed tax on mobile phone calls after a public outcry.",
     "CONCEDE", "080", "NGA", None),
    ("The Peruvian government shelved its pension reform after weeks of strikes.", "CONCEDE", "080", "PER", None),
    ("Ecuador's government abandoned the fuel price increase after protests by indigenous groups.",
     "CONCEDE", "080", "ECU", None),
    ("The Spanish government's climbdown on the labour law followed union protests.",
     "CONCEDE", "080", "ESP", None),
    ("The Sudanese government backtracked on the bread price rise.", "CONCEDE", "080", "SDN", None),
    ("The Chilean government suspended the metro fare hike after riots in Santiago.",
     "CONCEDE", "080", "CHL", None),
    ("The German chancellor made a U-turn on nuclear power.", "CONCEDE", "080", "DEU", None),
    # readiness to talk is an intent to negotiate (CAMEO 036)
    ("Venezuela signalled readiness to negotiate with the United States.", "AGREE", "036", "VEN", "USA"),
    ("The Colombian rebels expressed readiness to resume talks with the government.",
     "AGREE", "036", "COL", "COL"),
    # leaving talks halts negotiations (CAMEO 164)
    ("The Iranian delegation walked away from the talks with the European Union.",
     "SANCTION", "164", "IRN", None),
    ("Pakistan pulled out of the negotiations with India.", "SANCTION", "164", "PAK", "IND"),
    # the weapon names the kind of attack (CAMEO 183x)
    ("A car bomb hit a checkpoint of the Somali army in Mogadishu.", "ASSAULT", "1832", None, "SOM"),
    ("Militants struck the Afghan army base with a truck bomb.", "ASSAULT", "1832", None, "AFG"),
    ("A suicide bomber attacked a police station in Kabul.", "ASSAULT", "1831", None, "AFG"),
    # a legislature approving another state's accession or ratifying a pact (CAMEO 051, 057)
    ("The Hungarian parliament approved Sweden's application to join NATO.", "SUPPORT", "051", "HUN", "SWE"),
    ("The Greek parliament ratified the agreement with North Macedonia.", "SUPPORT", "057", "GRC", "MKD"),
    # riot weapons turned on people (CAMEO 175)
    ("The Indonesian police used tear gas against students in Jakarta.", "COERCE", "175", "IDN", "IDN"),
    ("The House Intelligence Committee subpoenaed the Treasury Department.", "ACCUSE", "090", None, "USA"),
])
def test_new_trigger_codes_its_event_with_parties(nlp, text, plover, cameo, source, target):
    events = [e for e in _events(nlp, text) if e.type == plover]
    assert events, [(e.type, e.cameo) for e in _events(nlp, text)]
    ev = events[0]
    assert ev.cameo == cameo, ev.cameo
    if source is not None:
        assert source in _countries(ev.source), [a.code for a in ev.source]
    if target is not None:
        assert target in _countries(ev.target), [a.code for a in ev.target]


@pytest.mark.parametrize("text, absent", [
    # everyday senses of the same words: nothing of that kind is coded
    ("The farmer scrapped his old tractor.", "CONCEDE"),
    ("The Kenyan runner dropped her bag on the floor.", "CONCEDE"),
    ("The driver made an illegal U-turn on the motorway.", "CONCEDE"),
    ("The Irish singer expressed willingness to accept the award.", "AGREE"),
    ("The Brazilian president walked away unhurt from the helicopter crash.", "SANCTION"),
    ("The committee approved the menu for the school canteen.", "SUPPORT"),
    ("The Indonesian chef used gas to cook the rice.", "COERCE"),
    ("The airline suspended flights to Caracas.", "CONCEDE"),
    # a change of course runs either way: no concession is read into it
    ("The Mexican president reversed course and pressed ahead with the tariffs.", "CONCEDE"),
])
def test_everyday_twin_codes_nothing(nlp, text, absent):
    assert not any(e.type == absent for e in _events(nlp, text)), [(e.type, e.cameo) for e in _events(nlp, text)]


def test_troops_leaving_a_place_still_retreat(nlp):
    """Only talks left behind halt negotiations; soldiers leaving a village withdraw (CAMEO 0872)."""
    events = _events(nlp, "The French soldiers withdrew from the village near Timbuktu.")
    assert [(e.type, e.cameo) for e in events] == [("RETREAT", "0872")]


def test_leaving_talks_is_one_event(nlp):
    """The talks left behind are folded into the halt, not coded as a meeting of their own."""
    types = [e.type for e in _events(nlp, "Pakistan pulled out of the negotiations with India.")]
    assert types == ["SANCTION"], types


def test_group_rows_expand_to_each_listed_word():
    """A "@list" companion in triggers.tsv files one trigger per word of that list."""
    scraps = {t.word for t in lexicon()["scrap"] if t.type == "CONCEDE"}
    assert scraps == set(word_list("dropped_policies"))
    assert not any(t.word and t.word.startswith("@") for entries in lexicon().values() for t in entries)

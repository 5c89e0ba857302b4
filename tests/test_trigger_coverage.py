"""Triggers added for coverage: each lexicon row codes its event, with its parties, in a sentence of
our own; rows that need a companion word stay silent without it, everyday twins code nothing, and
common news verbs per PLOVER type (the coverage checklist) give their type."""

from __future__ import annotations

import pytest

from dyads.evaluate import annotate_texts
from dyads.model import Article
from dyads.pipeline import annotate_doc
from dyads.triggers import lexicon, word_list
from event_helpers import code_events


def _countries(actors):
    return {a.country for a in actors}


CASES = [
    ("Serbia and Kosovo settled their dispute over licence plates.", "AGREE"),
    ("The Colombian president sat down with rebel commanders in Havana.", "CONSULT"),
    ("Mali's government ceded control of the town to the rebels.", "RETREAT"),
    ("Pakistan ruled out talks with India.", "REJECT"),
    ("The opposition leader lashed out at the Zimbabwean government.", "ACCUSE"),
    ("Protesters picketed the Russian embassy in Kiev.", "PROTEST"),
    ("Police apprehended three Afghan men near the border.", "COERCE"),
    ("Soldiers slaughtered dozens of villagers in Myanmar.", "ASSAULT"),
    ("Russia amassed troops on the border with Ukraine.", "MOBILIZE"),
    ("Morocco revoked the licences of three foreign journalists.", "COERCE"),
]


@pytest.mark.parametrize("text, plover, cameo", [
    ("The Brazilian president congratulated Argentina on its election.", "SUPPORT", "051"),
    ("Japan lent $2 billion to Sri Lanka last year.", "AID", "071"),
    ("The Polish government rebuffed the Belarusian offer on Tuesday.", "REJECT", "120"),
    ("Russia annexed the Ukrainian region in 2014.", "COERCE", "192"),
    ("Kenyan police rounded up dozens of Somali migrants in Nairobi.", "COERCE", "173"),
    ("The Iranian foreign minister lambasted France over the arrests.", "ACCUSE", "111"),
])
def test_new_trigger_codes_its_event(nlp, text, plover, cameo):
    events = annotate_doc(Article(id="t", text=text), nlp(text)).events
    assert any(e.type == plover and e.cameo == cameo for e in events), [(e.type, e.cameo) for e in events]


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
    ("Iranian security forces repressed the protesters in Tehran.", "COERCE", "17", "IRN", "IRN"),
    ("The Cuban government's repression of Cuban dissidents drew criticism.", "COERCE", "17", "CUB", "CUB"),
])
def test_new_trigger_codes_its_event_with_parties(nlp, text, plover, cameo, source, target):
    events = [e for e in code_events(nlp, text, date=None) if e.type == plover]
    assert events, [(e.type, e.cameo) for e in code_events(nlp, text, date=None)]
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
    assert not any(e.type == absent for e in code_events(nlp, text, date=None)), [(e.type, e.cameo) for e in code_events(nlp, text, date=None)]


def test_plea_deal_is_not_an_appeal(nlp):
    text = "The American banker made a plea deal with prosecutors in New York."
    assert not any(e.type == "REQUEST" for e in code_events(nlp, text, date=None))


def test_reduced_aid_is_one_event_not_aid(nlp):
    text = "The United States reduced military aid to Egypt by $300 million."
    types = [e.type for e in code_events(nlp, text, date=None)]
    assert "AID" not in types, types


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
    ("The Indonesian police used tear gas against students in Jakarta.", "ASSAULT", "175", "IDN", "IDN"),
    ("The House Intelligence Committee subpoenaed the Treasury Department.", "ACCUSE", "090", None, "USA"),
])
def test_concession_and_bombing_rows_code_their_events_with_parties(nlp, text, plover, cameo, source, target):
    events = [e for e in code_events(nlp, text, date=None) if e.type == plover]
    assert events, [(e.type, e.cameo) for e in code_events(nlp, text, date=None)]
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
    assert not any(e.type == absent for e in code_events(nlp, text, date=None)), [(e.type, e.cameo) for e in code_events(nlp, text, date=None)]


def test_troops_leaving_a_place_still_retreat(nlp):
    """Only talks left behind halt negotiations; soldiers leaving a village withdraw (CAMEO 0872)."""
    events = code_events(nlp, "The French soldiers withdrew from the village near Timbuktu.", date=None)
    assert [(e.type, e.cameo) for e in events] == [("RETREAT", "0872")]


def test_leaving_talks_is_one_event(nlp):
    """The talks left behind are folded into the halt, not coded as a meeting of their own."""
    types = [e.type for e in code_events(nlp, "Pakistan pulled out of the negotiations with India.", date=None)]
    assert types == ["SANCTION"], types


def test_group_rows_expand_to_each_listed_word():
    """A "@list" companion in triggers.tsv files one trigger per word of that list."""
    scraps = {t.word for t in lexicon()["scrap"] if t.type == "CONCEDE"}
    assert scraps == set(word_list("dropped_policies"))
    assert not any(t.word and t.word.startswith("@") for entries in lexicon().values() for t in entries)


@pytest.mark.parametrize("text,expected", CASES)
def test_checklist_word_gives_its_type(text: str, expected: str) -> None:
    types = {e.type for e in annotate_texts([text], workers=1)[0].events}
    assert expected in types, (text, types)


def test_object_list_rows_stay_narrow() -> None:
    """"settle" codes AGREE only with a dispute-like object: "settled in Paris" is a move, not a deal."""
    events = annotate_texts(["The Spanish family settled in Paris in 1990."], workers=1)[0].events
    assert not [e for e in events if e.type == "AGREE"]


def test_checklist_rows_use_known_codes() -> None:
    """Every new row must point to a code the CAMEO table knows, so scores can be computed."""
    from dyads.triggers import cameo_info

    for head in ("cede", "apprehend", "slaughter", "picket", "genocide", "drawdown"):
        for trig in lexicon()[head]:
            assert cameo_info(trig.cameo) is not None, trig

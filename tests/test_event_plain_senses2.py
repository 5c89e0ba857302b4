"""Second round of plain senses on real news: meeting a future spouse, working with a drummer, a
police cordon, a lawsuit's aim, a danger that looms, a keep-out notice, papers or a child that a
pronoun stands for, a mauling by animals, a court's bail (all sentences our own).

Each everyday sentence has a political twin that must still be coded with the right parties, so a
veto that grows too wide fails here.
"""

import pytest

from event_helpers import code_events as _events, events_of as _of


def _codes(actors):
    return {a.code for a in actors}


@pytest.mark.parametrize("text, kind", [
    ("The Kenyan singer married a German engineer whom she met while studying in Berlin.", "CONSULT"),
    ("In Lagos, the Ghanaian drummer met future bandmate Tunde Ade.", "CONSULT"),
    ("The Ghanaian drummer met bassist Tunde Ade in Lagos.", "CONSULT"),
    ("The French actor met his future wife at a party in Kenya.", "CONSULT"),
    ("The Nigerian singer collaborated with artists such as Angelique Kidjo.", "COOPERATE"),
    ("The Kenyan rapper collaborated with the French band on an album.", "COOPERATE"),
    ("The Egyptian host invited her former co-star to appear on the show.", "REQUEST"),
    ("The Kenyan parliament building was blocked off after the shooting.", "PROTEST"),
    ("The Kenyan senator filed a lawsuit against the newspaper to block the publication of his letters.", "PROTEST"),
    ("In 2004, a new threat to the Kenyan president's rule emerged.", "THREATEN"),
    ("The Kenyan army issued warnings against attempts to enter the firing range, saying it was dangerous.",
     "THREATEN"),
    ("The Kenyan mother sent her son to her sister when she could no longer support him.", "SUPPORT"),
    ("The Kenyan governor kept his tax returns secret, and a court barred him from releasing them.", "RETREAT"),
    ("The Kenyan couple kept their children indoors and never allowed them outside.", "CONCEDE"),
    ("A Kenyan farmer was killed by his lions on Tuesday.", "ASSAULT"),
    ("The Kenyan opposition leader was not granted bail.", "AID"),
    ("The Turkish president announced the plan at a rally in Ankara.", "PROTEST"),
])
def test_no_event_in_plain_sense(nlp, text, kind):
    assert _of(nlp, text, kind) == []


@pytest.mark.parametrize("text, kind, source, target", [
    ("President Macron met Chancellor Merkel in Berlin.", "CONSULT", "FRAGOV", "DEUGOV"),
    ("Egypt collaborated with Israel on border security.", "COOPERATE", "EGY", "ISR"),
    ("Kenya invited Uganda to join the talks.", "REQUEST", "KEN", "UGA"),
    ("Kenyan protesters blocked the road to the parliament in Nairobi.", "PROTEST", "KENCVL", "KENLEG"),
    ("Iran threatened to close the Strait of Hormuz to the United States.", "THREATEN", "IRN", "USA"),
    ("Russia warned Ukraine against joining NATO.", "THREATEN", "RUS", "UKR"),
    ("Russia backed the Syrian president and continued to support him.", "SUPPORT", "RUS", "SYRGOV"),
    ("Kenyan soldiers killed three rebels near the border.", "ASSAULT", "KENMIL", "KENREB"),
    ("Japan gave Kenya 20 million dollars in aid.", "AID", "JPN", "KEN"),
    ("Kenyan students held a rally against the government in Nairobi.", "PROTEST", "KENEDU", "KENGOV"),
])
def test_political_sense_still_coded(nlp, text, kind, source, target):
    found = _of(nlp, text, kind)
    assert any(source in _codes(e.source) and target in _codes(e.target) for e in found), found


def test_people_a_pronoun_stands_for_are_still_released_and_allowed(nlp):
    """"released them" (activists) and "allowed them" (fishermen) keep their events; the pronoun's
    party as target is left to the actors stage."""
    freed = _of(nlp, "Kenyan police arrested five activists and released them on Monday.", "RETREAT")
    assert any("KENCOP" in _codes(e.source) for e in freed), freed
    allowed = _of(nlp, "Israel detained the Palestinian fishermen but later allowed them to return to Gaza.",
                  "CONCEDE")
    assert any("ISR" in _codes(e.source) for e in allowed), allowed


def test_a_lawsuit_stays_an_accusation_when_its_aim_is_no_protest(nlp):
    """"filed a lawsuit ... to block": the suit is the event, the blocking is only its aim."""
    text = "The Kenyan senator filed a lawsuit against the Kenyan government to block the publication of his letters."
    assert _of(nlp, text, "PROTEST") == []
    suits = _of(nlp, text, "ACCUSE")
    assert any("KENLEG" in _codes(e.source) and "KENGOV" in _codes(e.target) for e in suits), suits


def test_pronoun_resolution_prefers_arguments_over_adverbs(nlp):
    """"kept their children indoors": the pronoun after it stands for the children, not "indoors"."""
    from dyads.event_filters import _antecedent
    doc = nlp("The couple kept their children indoors for years and rarely allowed them outside.")
    them = next(t for t in doc if t.lower_ == "them")
    assert _antecedent(them).lemma_ == "child"

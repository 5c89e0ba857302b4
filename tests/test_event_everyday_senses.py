"""Round three on real news: offers of things, albums, plea bargains, illnesses, sittings of a
body, absolute "with" clauses, platforms and pronoun agreement (all sentences our own)."""

import pytest

from event_helpers import events_of as _of


def _names(actors):
    return {a.text for a in actors}


@pytest.mark.parametrize("text, kind", [
    ("The cathedral in Lyon offered a relic of the saint to pilgrims from Spain.", "AGREE"),
    ("The Canadian broadcaster offered a prize to the winner of the quiz.", "AGREE"),
    ("The Italian energy firm Eni offered a bid for the Greek refinery.", "AGREE"),
    ("The Mexican singer's 2011 release topped charts in Spain.", "RETREAT"),
    ("The Senate of Chile will meet on Tuesday.", "CONSULT"),
    ("The Senate of Chile was set to meet on Tuesday.", "AGREE"),
    ("A Swedish trucker pleaded not guilty in Norway to three counts of manslaughter.", "REQUEST"),
    ("The former Peruvian president battled cancer for years.", "ASSAULT"),
    ("Students in Ghana are fighting for the festival to be a national holiday.", "ASSAULT"),
    ("A Dutch student shared a news article from Belgium.", "COOPERATE"),
    ("The Greek coast guard called off its search on Friday.", "CONCEDE"),
    ("The Greek coast guard called off its search on Friday.", "REQUEST"),
    ("The Green Party of Canada failed to win any seats.", "REJECT"),
])
def test_no_event_in_everyday_sense(nlp, text, kind):
    assert _of(nlp, text, kind) == []


@pytest.mark.parametrize("text, kind", [
    ("Japan offered aid to Fiji after the storm.", "AGREE"),
    ("Norway offered talks to the Colombian rebels.", "AGREE"),
    ("The Chilean president will meet the Argentine president on Tuesday.", "AGREE"),
    ("Iran failed to heed the warnings of the United Nations.", "REJECT"),
    ("Russia called off talks with Japan.", "SANCTION"),  # CAMEO 164, halt negotiations
])
def test_political_senses_stay(nlp, text, kind):
    assert _of(nlp, text, kind)


def test_absolute_with_clause_names_no_target(nlp):
    text = "The Danish prime minister resigned on Monday, with the finance minister Lars Holm succeeding him."
    events = _of(nlp, text, "RETREAT")
    assert events and "Lars Holm" not in " ".join(_names(events[0].target))


def test_platform_is_neither_source_nor_target(nlp):
    text = "The Australian foreign minister posted a message on Twitter blaming China for the hack."
    events = _of(nlp, text, "ACCUSE")
    assert events
    assert not any("Twitter" in a.text for a in events[0].source + events[0].target)
    assert any("minister" in a.text for a in events[0].source)


def test_it_is_not_the_officials(nlp):
    events = _of(nlp, "Nigerian officials said it killed twelve villagers.", "ASSAULT")
    assert all(not any("officials" in a.text for a in e.source) for e in events)


def test_nationality_of_a_meeting_place_is_no_party(nlp):
    events = _of(nlp, "The Kenyan envoy met the Somali minister at an Italian restaurant.", "CONSULT")
    assert events and all(a.code != "ITA" for a in events[0].target)


def test_time_frame_noun_names_no_target(nlp):
    text = "In the wake of the Peruvian senator's death, the horses were killed."
    assert _of(nlp, text, "ASSAULT") == []

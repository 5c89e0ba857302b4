"""Round seven on real news: condolences given or offered, news shared, fuel tanks and think tanks,
a treaty clause cited are no political events, while armour moved to a border, intelligence shared
and aid given stay events (all sentences our own)."""

from event_helpers import code_events as _events


def _types(nlp, text, trigger):
    return [e.type for e in _events(nlp, text) if e.trigger == trigger]


def test_sympathy_given_is_no_aid(nlp):
    text = "The Peruvian foreign ministry gave its warmest sympathies to the people of Chile."
    assert "AID" not in _types(nlp, text, "gave")
    assert "AID" in _types(nlp, "Japan gave emergency aid to Peru after the floods.", "gave")


def test_condolences_offered_or_sent_are_no_offer(nlp):
    assert not _types(nlp, "Brazil offered its condolences to Bolivia after the bus crash.", "offered")
    assert not _types(nlp, "The Kenyan president sent his sympathy to the Ugandan government.", "sent")
    assert "AGREE" in _types(nlp, "Brazil offered talks to Bolivia after the border clash.", "offered")


def test_sharing_news_is_speech_not_cooperation(nlp):
    text = "The senator shared that negotiations with the unions had stalled."
    assert "COOPERATE" not in _types(nlp, text, "shared")
    assert "COOPERATE" in _types(nlp, "Norway shared intelligence with Sweden about the plot.", "shared")


def test_armour_moved_to_a_border_is_a_deployment(nlp):
    for text, trigger in [("Belarus moved tanks toward the Polish border on Friday.", "moved"),
                          ("Serbia stationed artillery near the Kosovo frontier.", "stationed"),
                          ("Azerbaijan has massed armoured vehicles along the Armenian border.", "massed")]:
        assert "MOBILIZE" in _types(nlp, text, trigger), text


def test_fuel_and_think_tanks_are_no_armour(nlp):
    assert "MOBILIZE" not in _types(nlp, "The airline moved its fuel tanks to a hangar in Lima.", "moved")
    assert "MOBILIZE" not in _types(nlp, "Crews moved tanks of diesel to the harbour in Oslo.", "moved")
    assert "MOBILIZE" not in _types(nlp, "The Danish think tank moved its staff to Aarhus.", "moved")


def test_armour_sent_abroad_stays_aid(nlp):
    # sending armour to a state at war is usually an arms supply: the dispatch keeps its aid reading
    assert "MOBILIZE" not in _types(nlp, "Poland sent tanks to Ukraine last spring.", "sent")
    assert "MOBILIZE" in _types(nlp, "China sent warships to the disputed islands.", "sent")


def test_cited_treaty_clause_is_no_signing(nlp):
    text = "The Estonian premier cited Article 4 of the NATO treaty on Tuesday."
    assert "SUPPORT" not in _types(nlp, text, "treaty")
    assert "SUPPORT" in _types(nlp, "Chile and Argentina signed a treaty on fishing rights on Monday.", "signed")

"""Round six on real news: everyday senses of trigger words (a dismissal, a campaign for rights, a
withdrawn warning, a campaign rally, an account or prayer given) are no political events, while
the political senses stay (all sentences our own)."""

from event_helpers import code_events as _events


def _types(nlp, text, trigger):
    return [e.type for e in _events(nlp, text) if e.trigger == trigger]


def test_firing_an_official_is_no_shooting(nlp):
    assert "ASSAULT" not in _types(nlp, "The governor of Ohio fired his deputy minister on Tuesday.", "fired")
    assert "ASSAULT" in _types(nlp, "Soldiers fired at the crowd in the capital of Mali.", "fired")


def test_fighting_for_rights_is_a_campaign(nlp):
    text = "Activists in Warsaw said they would keep fighting for equal rights for women."
    assert "ASSAULT" not in _types(nlp, text, "fighting")
    assert "ASSAULT" in _types(nlp, "Rebels fought Malian soldiers near Gao on Sunday.", "fought")


def test_withdrawn_warning_is_no_retreat(nlp):
    assert "RETREAT" not in _types(nlp, "The Cuban weather agency withdrew its flood warnings on Sunday.", "withdrew")
    assert "RETREAT" in _types(nlp, "Russia withdrew its troops from the Ukrainian border.", "withdrew")


def test_campaign_rally_is_no_protest(nlp):
    assert "PROTEST" not in _types(nlp, "The Iowa senator held a campaign rally in Des Moines.", "rally")
    assert "PROTEST" in _types(nlp, "Thousands joined a rally against the government in Caracas.", "rally")


def test_accounts_prayers_and_cancelled_events_are_no_acts(nlp):
    assert not _types(nlp, "The Chilean minister gave an account of the meeting to reporters.", "gave")
    assert not _types(nlp, "A priest in Manila provided a prayer for the victims.", "provided")
    assert not _types(nlp, "The Labour campaign cancelled events across Britain.", "cancelled")
    assert "AID" in _types(nlp, "Japan provided food aid to Haiti after the storm.", "provided")

"""Session 13, round 5: event nouns that only give the time or topic of another act, and
reputations told in a bare passive. Each case has a real act beside it that must stay.
Sentences are our own."""

from __future__ import annotations

from event_helpers import code_events


def _on(nlp, text: str, trigger: str):
    """The events of ``text`` whose trigger starts with ``trigger``."""
    return [e for e in code_events(nlp, text) if e.trigger.lower().startswith(trigger)]


def test_a_stretch_of_protests_framing_a_shooting_is_no_protest(nlp):
    text = "Police shot a student in Hong Kong on Tuesday after sixteen weeks of protests against the government."
    assert not _on(nlp, text, "protest")
    assert _on(nlp, text, "shot")
    assert _on(nlp, "Thousands of students protested in Hong Kong for sixteen weeks.", "protest")


def test_months_of_clashes_as_a_backdrop_are_no_event(nlp):
    assert not _on(nlp, "The shooting came after months of clashes between Indian troops and Pakistani soldiers.",
                   "clash")


def test_a_ban_in_denied_reports_is_no_event(nlp):
    assert not _on(nlp, "The Iranian government denied reports of the ban on foreign journalists.", "ban")
    done = _on(nlp, "Russia banned Ukrainian imports on Monday.", "ban")
    assert done and done[0].type == "COERCE"


def test_an_act_a_court_rules_on_is_no_event_of_its_own(nlp):
    assert not _on(nlp, "The Supreme Court of Canada ruled on the prorogation of parliament on Tuesday.",
                   "prorogation")


def test_a_summit_in_the_time_of_a_statement_is_no_meeting(nlp):
    text = "The Nigerian president said during the AU summit that his country would send troops to Mali."
    assert not _on(nlp, text, "summit")
    assert _on(nlp, "The AU summit opened in Addis Ababa on Sunday.", "summit")


def test_a_bare_passive_reputation_is_no_event(nlp):
    assert not _on(nlp, "The Kenyan government was also praised in the West for its reforms.", "praised")
    assert not _on(nlp, "The Egyptian army is widely criticised for its human rights record.", "criticised")
    done = _on(nlp, "The Egyptian army was criticised by Amnesty International on Friday.", "criticised")
    assert done and done[0].type == "ACCUSE"
    assert _on(nlp, "The Egyptian army was criticised on Friday for the arrests.", "criticised")

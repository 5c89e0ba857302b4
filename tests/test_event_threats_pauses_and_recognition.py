"""Session 30 (C), events the judges listed as missed or mistyped: ties or aid paused or put on hold
are cut (SANCTION 162) and nothing else paused is; a measure one's own side says it could take, or
sanctions it says it would consider, warn the party they would hit (THREATEN); recognition denied or
withdrawn is a rejection of the party (REJECT), with the speakers as its doers. Our own sentences,
each with a near miss."""

from __future__ import annotations

from event_helpers import code_events


def _on(nlp, text: str, trigger: str) -> list[tuple[str, str | None, list[str], list[str]]]:
    """(type, CAMEO, source texts, target texts) of the events on ``trigger`` in ``text``."""
    return [(e.type, e.cameo, [a.text for a in e.source], [a.text for a in e.target])
            for e in code_events(nlp, text) if e.trigger == trigger]


def test_cooperation_put_on_hold_is_cut(nlp):
    text = "The Asian Development Bank put its lending work with Myanmar on hold after the coup."
    assert _on(nlp, text, "put") == [("SANCTION", "162", ["Asian Development Bank"], ["Myanmar"])]
    assert not [e for e in code_events(nlp, text) if e.type == "COOPERATE"]


def test_engagement_paused_is_cut(nlp):
    got = _on(nlp, "Norway paused development cooperation with Nicaragua on Tuesday.", "paused")
    assert got == [("SANCTION", "162", ["Norway"], ["Nicaragua"])]


def test_other_things_paused_or_put_on_hold_are_no_sanction(nlp):
    assert not _on(nlp, "The electoral board paused the count in two provinces.", "paused")
    assert not _on(nlp, "The senate put the budget bill on hold until March.", "put")


def test_a_measure_ones_own_side_could_take_is_a_warning(nlp):
    got = _on(nlp, "Canada said it may close its embassy in Caracas.", "close")
    assert [(t, c) for t, c, *_ in got] == [("THREATEN", "1313")]
    assert got[0][3] == ["Caracas"]


def test_a_measure_another_party_could_take_is_no_threat_of_the_speaker(nlp):
    got = _on(nlp, "Analysts said Canada may close its embassy in Caracas.", "close")
    assert [t for t, *_ in got] != ["THREATEN"]


def test_weighing_sanctions_against_a_party_warns_it(nlp):
    got = _on(nlp, "The foreign minister said Australia would consider sanctions against Myanmar.", "consider")
    assert [(t, c) for t, c, *_ in got] == [("THREATEN", "1312")]
    assert got[0][3] == ["Myanmar"]
    events = [e for e in code_events(nlp, "The minister said Japan would consider all options, including "
                                          "sanctions and travel bans, against the generals.")
              if e.trigger == "consider"]
    assert [e.type for e in events] == ["THREATEN"] and not (events[0].future or events[0].hypothetical)


def test_weighing_a_plan_is_no_threat(nlp):
    assert not [e for e in code_events(nlp, "The ministers would consider a new budget plan on Friday.")
                if e.type == "THREATEN"]


def test_recognition_withdrawn_is_a_rejection_by_the_speakers(nlp):
    text = "Opposition parties said on Monday they no longer recognised Bongo as president of Gabon."
    got = _on(nlp, text, "recognised")
    assert [(t, c) for t, c, *_ in got] == [("REJECT", "120")]
    assert got[0][2] == ["they"] and got[0][3] == ["Bongo"]


def test_recognition_given_stays_support(nlp):
    got = _on(nlp, "Brazil recognised the new government of Bolivia on Monday.", "recognised")
    assert [(t, c) for t, c, *_ in got] == [("SUPPORT", "054")]


def test_a_standing_non_recognition_is_left_as_it_was(nlp):
    text = "Talks have stalled with Serbia, which does not recognise Kosovo's independence."
    assert not [e for e in code_events(nlp, text) if e.type == "REJECT" and e.trigger == "recognise"]


def test_an_envoy_announcing_she_will_ask_her_capital_to_close_an_embassy_warns_the_host(nlp):
    text = ("Poland expelled 20 Belarusian diplomats. The Belarusian ambassador said she would ask Minsk "
            "to close the embassy in Warsaw.")
    got = _on(nlp, text, "ask")
    assert [(t, c) for t, c, *_ in got] == [("THREATEN", "1313")]
    assert got[0][3] == ["Warsaw"]


def test_an_appeal_to_ones_own_capital_made_stays_an_appeal(nlp):
    got = _on(nlp, "The Belarusian ambassador urged Minsk to close the embassy in Warsaw.", "urged")
    assert [t for t, *_ in got] == ["REQUEST"]

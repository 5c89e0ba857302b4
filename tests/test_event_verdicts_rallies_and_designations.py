"""Session 30 (H), events the judges of batch AD (and older folders) listed as missed: a verdict
given as the name a speaker calls a thing ("called the plan a step backwards", "called the idea
absurd", "called the move a violation of law") is criticism, the speaker's own also when the
participle follows a report ("the army said, calling it illegal"), and with praise ("welcomed the ruling,
saying ...") it stays even where the sentence reads as talk; a higher court that upheld a
conviction finds guilty again; "designated the group a terrorist organisation" lists it as "as"
does; "called for the embargo to be lifted" asks for the lifting; supporters who gathered, or a
crowd chanting slogans, rally. Our own sentences, each with a near miss."""

from __future__ import annotations

from event_helpers import code_events


def _on(nlp, text: str, trigger: str) -> list[tuple[str, str | None, list[str], list[str]]]:
    """(type, CAMEO, source texts, target texts) of the events on ``trigger`` in ``text``."""
    return [(e.type, e.cameo, [a.text for a in e.source], [a.text for a in e.target])
            for e in code_events(nlp, text) if e.trigger == trigger]


def test_a_step_backwards_is_criticism(nlp):
    got = _on(nlp, "The Chilean president called the Argentine plan a step backwards.", "called")
    assert [(t, c) for t, c, *_ in got] == [("ACCUSE", "111")]


def test_absurd_and_an_abuse_of_power_are_criticism(nlp):
    assert [t for t, *_ in _on(nlp, "The Chilean president called the Argentine proposal absurd.", "called")] \
        == ["ACCUSE"]
    got = _on(nlp, "Peru's opposition leader called the tax charges an abuse of power and urged voters to stay calm.",
              "called")
    assert [(t, c, s) for t, c, s, _ in got] == [("ACCUSE", "111", ["Peru's opposition leader"])]


def test_a_second_predicate_joined_to_the_first_judges_too(nlp):
    got = _on(nlp, "The Kremlin spokesman called the move unprecedented and a violation of international law.",
              "called")
    assert [(t, c) for t, c, *_ in got] == [("ACCUSE", "111")]


def test_the_speaker_after_an_inserted_attribution_names_the_act(nlp):
    text = "Israeli troops shelled a village in Lebanon on Tuesday, the Lebanese army said, calling it illegal."
    assert [(t, s) for t, _, s, _ in _on(nlp, text, "calling")] == [("ACCUSE", ["the Lebanese army"])]


def test_the_speaker_of_a_reported_act_names_it(nlp):
    text = "The Lebanese army said Israeli troops had shelled a village, calling it a violation of the ceasefire."
    assert [(t, s) for t, _, s, _ in _on(nlp, text, "calling")] == [("ACCUSE", ["The Lebanese army"])]


def test_calling_out_abuses_names_nothing(nlp):
    assert not [t for t, *_ in _on(nlp, "It accused the envoy of failing to call out abuses by the militia.", "call")
                if t == "ACCUSE"]


def test_praise_with_a_reason_and_another_act_stays(nlp):
    text = ("Opposition leader Ana Duarte welcomed the ruling, saying it proved that no minister in Peru stood "
            "above the law, while a rights group urged prosecutors to press ahead with other cases.")
    got = _on(nlp, text, "welcomed")
    assert [(t, c, s) for t, c, s, _ in got] == [("SUPPORT", "051", ["Opposition leader Ana Duarte"])]


def test_an_upheld_conviction_finds_its_owner_guilty(nlp):
    got = _on(nlp, "The Supreme Court of Peru upheld the conviction of former President Alberto Fujimori on Tuesday.",
              "upheld")
    assert got == [("ACCUSE", "116", ["The Supreme Court of Peru"], ["former President Alberto Fujimori"])]


def test_an_upheld_acquittal_or_ban_is_no_conviction(nlp):
    assert not _on(nlp, "The appeals court upheld the acquittal of the former governor.", "upheld")
    assert not _on(nlp, "The Constitutional Court upheld the ban on the opposition party.", "upheld")


def test_designated_a_terrorist_organisation_without_as(nlp):
    got = _on(nlp, "Britain designated the Wagner Group a terrorist organisation in September.", "designated")
    assert [(t, c, s) for t, c, s, _ in got] == [("SANCTION", "163", ["Britain"])]
    assert not _on(nlp, "The party designated him its candidate for the presidency.", "designated")


def test_calling_for_a_measure_to_be_lifted_asks_for_it(nlp):
    got = _on(nlp, "The Mexican president called for the embargo to be lifted.", "called")
    assert [(t, s) for t, _, s, _ in got] == [("REQUEST", ["The Mexican president"])]


def test_supporters_gathered_outside_a_court_rally(nlp):
    got = _on(nlp, "Hundreds of supporters gathered outside the courthouse in Lima as the ruling was read.", "gathered")
    assert [(t, c) for t, c, *_ in got] == [("PROTEST", "141")]


def test_a_crowd_chanting_slogans_rallies(nlp):
    got = _on(nlp, "Hundreds of farmers gathered outside the parliament in Nairobi, chanting slogans.", "gathered")
    assert [(t, c) for t, c, *_ in got] == [("PROTEST", "141")]


def test_fans_prayers_and_habits_are_no_rally(nlp):
    assert not _on(nlp, "Fans gathered outside the stadium in Lima, chanting the name of the striker.", "gathered")
    assert not _on(nlp, "Supporters gathered for a prayer at the church in Lima.", "gathered")
    assert not _on(nlp, "Supporters had gathered outside her apartment in Lima every night since the trial began.",
                   "gathered")

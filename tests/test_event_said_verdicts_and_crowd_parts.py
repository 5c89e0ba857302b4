"""Session 29 (C), events the judges listed as missed: a speaker who says a party or an act is wrong
("said the arrests were illegal", "said the killings could not be justified") criticises it as
"called the arrests illegal" does (ACCUSE 111 at the party, or at the doer of the act told before);
a bare quantifier subject ("Some threw stones") after a civilian crowd is part of that crowd, and
its violence is a riot. Our own sentences, each with a near miss."""

from __future__ import annotations

from event_helpers import code_events


def _on(nlp, text: str, trigger: str) -> list[tuple[str, str | None, list[str], list[str]]]:
    """(type, CAMEO, source texts, target texts) of the events on ``trigger`` in ``text``."""
    return [(e.type, e.cameo, [a.text for a in e.source], [a.text for a in e.target])
            for e in code_events(nlp, text) if e.trigger == trigger]


def test_saying_an_act_told_before_is_illegal_criticises_its_doer(nlp):
    text = "Police detained four students in Minsk on Monday. Human Rights Watch said the detentions were illegal."
    assert _on(nlp, text, "said") == [("ACCUSE", "111", ["Human Rights Watch"], ["Police"])]


def test_saying_an_act_cannot_be_justified_criticises_its_doer(nlp):
    text = "Soldiers fired on marchers in Mandalay. Amnesty International said the killings could not be justified."
    assert _on(nlp, text, "said") == [("ACCUSE", "111", ["Amnesty International"], ["Soldiers"])]


def test_saying_a_partys_measure_is_unlawful_aims_at_the_party(nlp):
    got = _on(nlp, "Human Rights Watch said Poland's new election law was unlawful.", "said")
    assert [(t, c) for t, c, *_ in got] == [("ACCUSE", "111")]
    assert [tg[0].startswith("Poland") for *_, tg in got] == [True]


def test_the_act_noun_phrase_gives_its_doer_not_the_ones_it_hit(nlp):
    got = _on(nlp, "Rights groups said the arrest of the students by the police was illegal.", "said")
    assert [tg for *_, tg in got] == [["the police"]]


def test_a_denied_or_possible_verdict_is_no_criticism(nlp):
    assert not _on(nlp, "The court said the arrests were not illegal.", "said")
    assert not _on(nlp, "The lawyer said the detention would be illegal.", "said")


def test_a_verdict_on_no_party_or_act_is_no_criticism(nlp):
    assert not _on(nlp, "The minister said it was unacceptable that the talks had stalled.", "said")
    assert not _on(nlp, "The coach said the pitch was a disgrace.", "said")


def test_quantifier_after_a_civilian_crowd_riots(nlp):
    text = "Thousands of protesters marched on the parliament in Quito on Friday. Some threw stones at the building."
    got = _on(nlp, text, "threw")
    assert [(t, c, s) for t, c, s, _ in got] == [("PROTEST", "145", ["Thousands of protesters"])]


def test_quantifier_after_police_names_no_crowd(nlp):
    text = "Riot police fired tear gas at the crowd in Quito. Some threw stones."
    assert all(t != "PROTEST" for t, *_ in _on(nlp, text, "threw"))


def test_quantifier_with_its_own_group_keeps_it(nlp):
    text = "Thousands of protesters marched in Quito. Some of the soldiers threw stones."
    assert [s for *_, s, _ in _on(nlp, text, "threw")] in ([], [["the soldiers"]])


def test_saying_what_kind_of_act_it_was_is_no_criticism(nlp):
    assert not _on(nlp, "Police said the explosion in the market was a terrorist attack.", "said")


def test_saying_a_request_cannot_be_accepted_is_no_criticism(nlp):
    assert not _on(nlp, "The commission said the candidacy of the party leader could not be accepted.", "said")

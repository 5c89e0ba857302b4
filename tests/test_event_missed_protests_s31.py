"""Session 31 (K), protests the judges of batch AE listed as missed: a crowd chanting against
someone protests against them, also as the second of two participles the parser joins to the
first one's object ("waving flags and chanting against the government"); barricades set up are an
obstruction; demonstrations that spread to a town are its people's; and a crowd of one state
chanting against "the government" is against its own. Our own sentences, each with a near miss."""

from __future__ import annotations

from event_helpers import code_events


def _on(nlp, text: str, trigger: str) -> list[tuple[str, str | None, list[str | None], list[str | None]]]:
    """(type, CAMEO, source codes, target codes) of the events on ``trigger`` in ``text``."""
    return [(e.type, e.cameo, [a.code for a in e.source], [a.code for a in e.target])
            for e in code_events(nlp, text) if e.trigger == trigger]


def test_chanting_against_a_leader_is_a_protest_against_him(nlp):
    got = _on(nlp, "Chilean students chanted against the president outside the university on Monday.", "chanted")
    assert got == [("PROTEST", "141", ["CHLEDU"], ["CHLGOV"])]


def test_chanting_without_against_is_no_protest(nlp):
    assert not _on(nlp, "Chilean students chanted the anthem outside the university on Monday.", "chanted")


def test_the_second_participle_shares_the_crowds_doer(nlp):
    text = ("SANTIAGO, Oct 19 (Wire) - On Sunday night, several hundred Chilean students celebrated outside "
            "parliament, waving flags and chanting against the government.")
    got = _on(nlp, text, "chanting")
    assert [(t, s) for t, _, s, _ in got] == [("PROTEST", ["CHLEDU"])]


def test_barricades_set_up_obstruct(nlp):
    got = _on(nlp, "Chilean protesters set up burning barricades in several districts on Friday.", "set")
    assert [(t, c, s) for t, c, s, _ in got] == [("PROTEST", "144", ["CHLCVL"])]
    assert not _on(nlp, "Chilean officials set up a committee in several districts on Friday.", "set")


def test_demonstrations_that_spread_to_a_town_are_its_peoples(nlp):
    text = ("SANTIAGO, Oct 19 (Wire) - Chile's army imposed a curfew on Santiago on Saturday. "
            "Buses were torched while demonstrations spread to Valparaiso.")
    got = _on(nlp, text, "demonstrations")
    assert [(t, s) for t, _, s, _ in got] == [("PROTEST", ["CHLCVL"])]


def test_a_crowd_protests_against_its_own_government(nlp):
    text = ("In Athens, the Greek government said it backed the deal. "
            "Several hundred Macedonian students chanted against the government outside parliament on Sunday.")
    got = _on(nlp, text, "chanted")
    assert [tg for *_, tg in got] == [["MKDGOV"]]

"""Session 31 (K), protests the judges of batch AE listed as missed: a crowd chanting against
someone protests against them, also as the second of two participles the parser joins to the
first one's object ("waving flags and chanting against the government"); barricades set up are an
obstruction; demonstrations that spread to a town are its people's; and a crowd of one state
chanting against "the government" is against its own; a leader who "brought together" two others
mediates between them. Our own sentences, each with a near miss."""

from __future__ import annotations

from event_helpers import code_events, event_rows


def test_chanting_against_a_leader_is_a_protest_against_him(nlp):
    got = event_rows(nlp, "Chilean students chanted against the president outside the university on Monday.", "chanted")
    assert got == [("PROTEST", "141", ["CHLEDU"], ["CHLGOV"])]


def test_chanting_without_against_is_no_protest(nlp):
    assert not event_rows(nlp, "Chilean students chanted the anthem outside the university on Monday.", "chanted")


def test_the_second_participle_shares_the_crowds_doer(nlp):
    text = ("SANTIAGO, Oct 19 (Wire) - On Sunday night, several hundred Chilean students celebrated outside "
            "parliament, waving flags and chanting against the government.")
    got = event_rows(nlp, text, "chanting")
    assert [(t, s) for t, _, s, _ in got] == [("PROTEST", ["CHLEDU"])]


def test_barricades_set_up_obstruct(nlp):
    got = event_rows(nlp, "Chilean protesters set up burning barricades in several districts on Friday.", "set")
    assert [(t, c, s) for t, c, s, _ in got] == [("PROTEST", "144", ["CHLCVL"])]
    assert not event_rows(nlp, "Chilean officials set up a committee in several districts on Friday.", "set")


def test_demonstrations_that_spread_to_a_town_are_its_peoples(nlp):
    text = ("SANTIAGO, Oct 19 (Wire) - Chile's army imposed a curfew on Santiago on Saturday. "
            "Buses were torched while demonstrations spread to Valparaiso.")
    got = event_rows(nlp, text, "demonstrations")
    assert [(t, s) for t, _, s, _ in got] == [("PROTEST", ["CHLCVL"])]


def test_a_crowd_protests_against_its_own_government(nlp):
    text = ("In Athens, the Greek government said it backed the deal. "
            "Several hundred Macedonian students chanted against the government outside parliament on Sunday.")
    got = event_rows(nlp, text, "chanted")
    assert [tg for *_, tg in got] == [["MKDGOV"]]


def test_a_leader_who_brings_two_others_together_mediates(nlp):
    got = event_rows(nlp, "Saudi Arabia brought together Eritrea and Djibouti on Monday.", "brought")
    assert got == [("CONSULT", "045", ["SAU"], ["ERI", "DJI"])]
    text = ("Eritrean President Isaias Afwerki and his Djiboutian counterpart Ismail Omar Guelleh were "
            "brought together by King Salman on Monday.")
    assert [(t, c, tg) for t, c, _, tg in event_rows(nlp, text, "brought")] == [("CONSULT", "045", ["ERIGOV", "DJIGOV"])]


def test_friends_brought_together_are_no_mediation(nlp):
    assert not event_rows(nlp, "The Kenyan president brought his friends together for dinner on Monday.", "brought")


def test_the_chants_of_a_march_are_the_march(nlp):
    text = "Kenyan farmers marched to the parliament building, chanting against the finance minister."
    got = [(e.type, e.trigger, [a.code for a in e.target]) for e in code_events(nlp, text)]
    assert got == [("PROTEST", "marched", ["KENGOV"])]

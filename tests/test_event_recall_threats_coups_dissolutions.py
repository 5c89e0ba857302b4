"""Acts told plainly but missed (session 17, round 2, helper U): a threat in a speaker's own words
outlives the classifier's "nothing but talk" verdict, with the act coordinated with it; a host cutting
another state's embassy staff expels diplomats; a coup staged by a force is its coercion, the bare noun
is background; a party dissolved by name is banned. Each fix has a near miss that must keep its record.
Sentences are our own.
"""

from __future__ import annotations

from dyads.model import Event

from event_helpers import code_events, states_of

DATE = "2024-05-10"  # the article date these tests have always been coded with


def _of(events: list[Event], kind: str, cameo: str | None = None) -> list[Event]:
    return [e for e in events if e.type == kind and (cameo is None or e.cameo == cameo)]


def test_threat_in_speech_outlives_neutral_verdict(nlp):
    threats = _of(code_events(nlp, 'The Iranian Foreign Ministry called the charges "another baseless smear" '
                               "and said it would respond, without giving details.", date=DATE), "THREATEN")
    assert threats and states_of(threats[0].source) == {"IRN"}


def test_speech_without_threat_stays_talk(nlp):
    # near miss: the same wording with no retaliation promised has no threat
    assert not _of(code_events(nlp, 'The Iranian Foreign Ministry called the charges "another baseless smear" '
                                "and said it would study them, without giving details.", date=DATE), "THREATEN")


def test_welcome_coordinated_with_warning_kept(nlp):
    events = code_events(nlp, "Nigeria's government and protest leaders agreed on a route for Saturday's march. "
                          'A police statement welcomed the plan but warned that it would "not tolerate" the '
                          "square being used to stage rallies against the government.", date=DATE)
    assert [e for e in _of(events, "THREATEN") if e.trigger == "warned"]
    assert [e for e in _of(events, "SUPPORT") if e.trigger == "welcomed"]


def test_welcome_without_warning_keeps_its_record(nlp):
    events = code_events(nlp, "Nigeria's government and protest leaders agreed on a route for Saturday's march. "
                          "A police statement welcomed the plan and said officers would escort the march.", date=DATE)
    assert [e for e in _of(events, "SUPPORT") if e.trigger == "welcomed"]
    assert not [e for e in _of(events, "THREATEN") if e.trigger in ("said", "escort")]


def test_foreign_mission_staff_cut_is_expulsion(nlp):
    for text, state in (("Lithuania cut the Belarusian embassy's staff in March.", "BLR"),
                        ("Poland reduced Russia's consulate staff last year.", "RUS")):
        cuts = _of(code_events(nlp, text, date=DATE), "SANCTION", "166")
        assert cuts and states_of(cuts[0].target) == {state}, text


def test_own_staff_cut_is_no_sanction(nlp):
    assert not _of(code_events(nlp, "The agency cut its staff by a third to save money.", date=DATE), "SANCTION")


def test_staged_coup_is_coercion(nlp):
    coups = _of(code_events(nlp, "Guinea's special forces staged a coup against President Alpha Conde.", date=DATE), "COERCE", "170")
    assert coups and states_of(coups[0].source) == {"GIN"}
    coups = _of(code_events(nlp, "Chad's army, which staged a coup in April, detained two opposition leaders.", date=DATE),
                "COERCE", "170")
    assert coups and states_of(coups[0].source) == {"TCD"}


def test_coup_named_as_time_is_background(nlp):
    assert not _of(code_events(nlp, "Chad's currency has lost half its value since the coup.", date=DATE), "COERCE")
    assert not _of(code_events(nlp, "Chad's army detained a former minister after the coup.", date=DATE), "COERCE", "170")


def test_party_dissolved_by_name_is_banned(nlp):
    bans = _of(code_events(nlp, "Pastef won the most seats in the vote. Senegal's Constitutional Council later "
                            "dissolved Pastef, the opposition party.", date=DATE), "COERCE", "1722")
    # (session 58: the description "the opposition party" is the party's own, so OPP may stand)
    assert bans and any(a.code in ("SENPTY", "SENOPP") and a.text == "Pastef" for a in bans[0].target)


def test_parliament_dissolved_is_no_ban(nlp):
    assert not _of(code_events(nlp, "Senegal's president dissolved parliament and called early elections.", date=DATE), "COERCE")

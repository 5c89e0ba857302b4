"""Session 46: records the judges of batches AR2, AS and AS2 called no event or the wrong way
round. Sentences written for these tests."""

from __future__ import annotations

from event_helpers import cameo_records

from dyads.model import Article
from dyads.pipeline import annotate


def records(text: str, date: str = "2015-07-14") -> list[tuple[str, str | None, list[str | None], list[str | None]]]:
    return cameo_records(text, date)


def test_riot_police_are_no_riot():
    got = records("MINSK, March 24 (Wire) - Belarusian riot police clubbed protesters and detained more than "
                  "300 people in central Minsk on Friday.")
    assert not any(r[1] == "145" for r in got)
    assert any(r[0] == "COERCE" for r in got)


def test_a_real_riot_is_still_one():
    got = records("NAIROBI, March 24 (Wire) - Opposition supporters rioted in Kisumu on Friday, burning shops.")
    assert any(r[0] == "PROTEST" for r in got)


def test_life_support_is_no_backing():
    got = records("YANGON, Feb 11 (Wire) - A young woman shot in the head by police during a protest in the "
                  "capital on Tuesday remained on life support, doctors said.")
    assert not any(r[0] == "SUPPORT" for r in got)


def test_reduced_passive_read_as_the_main_verb_keeps_the_shooter():
    got = records("YANGON, Feb 11 (Wire) - A young woman shot in the head by police during a rally on Tuesday "
                  "remained in hospital.")
    shots = [r for r in got if r[0] == "ASSAULT"]
    assert shots and shots[0][2] == ["MMRCOP"] and shots[0][3] == ["MMRCVL"]


def test_a_charge_with_no_named_prosecutor_is_not_the_accused_s_own():
    art = annotate(Article(id="t", text="YANGON, Feb 11 (Wire) - Myanmar's ousted leader Aung San Suu Kyi has "
                                        "been charged with illegally importing radios.", date="2021-02-11"))
    charges = [e for e in art.events if e.type == "ACCUSE"]
    assert charges and all(a.text == "" for a in charges[0].source)


def test_terms_of_a_deal_are_no_acts():
    got = records("VIENNA, July 14 (Wire) - Iran and six world powers reached an agreement on Tuesday. Under "
                  "the agreement, Iran will cut the number of its centrifuges by two-thirds.")
    assert not any(r[0] == "SANCTION" for r in got)


def test_an_act_done_under_a_deal_stays():
    got = records("MOSCOW, July 14 (Wire) - Under the deal signed last year, Russia released 20 Ukrainian "
                  "prisoners on Monday.")
    assert any(r[0] == "RETREAT" for r in got)


def test_a_state_does_not_agree_with_its_own_capital():
    got = records("VIENNA, July 14 (Wire) - Iran and six world powers reached a landmark agreement on Tuesday "
                  "to curb Tehran's nuclear programme.")
    assert not any(r[0] == "AGREE" and "IRNGOV" in r[3] for r in got)


def test_second_clause_subject_joined_to_a_date_is_its_doer():
    got = records("KHARTOUM, April 12 (Wire) - Sudanese warplanes bombed targets inside South Sudan on "
                  "Thursday and Khartoum vowed to retake the oil field.", date="2012-04-12")
    bombs = [r for r in got if r[0] == "ASSAULT"]
    assert bombs and bombs[0][3] == ["SSD"]
    assert any(r[0] == "THREATEN" and r[2] == ["SDNGOV"] for r in got)


def test_protests_from_states_are_official_complaints():
    got = records("WASHINGTON, March 12 (Wire) - The law drew swift protests from Canada, Mexico and the "
                  "European Union.", date="1996-03-12")
    assert any(r[:2] == ("ACCUSE", "114") for r in got)
    assert not any(r[0] == "PROTEST" for r in got)


def test_protests_of_crowds_stay_protests():
    got = records("CARACAS, March 12 (Wire) - Thousands of students joined protests against the government "
                  "on Monday.", date="2017-03-12")
    assert any(r[0] == "PROTEST" for r in got)

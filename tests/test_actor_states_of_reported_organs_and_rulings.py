"""Which state an unnamed official body belongs to when the article's main state or its
sentence's states would guess wrong: a body a state reports as set up, a court whose ruling
orders another state's firms, officials whose remark names a state, and market traders."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_passive_body_in_a_states_report_is_the_reporters(nlp):
    text = ("HANOI, May 2 (Wire) - Vietnam protested on Monday after a drone crashed near Hanoi.\n\n"
            "Vietnam's foreign ministry called the flight a provocation.\n\n"
            "The Thai defence ministry said that a software fault had caused the flight and that a "
            "special court of inquiry had been convened.")
    codes = actor_codes(nlp, text)
    board = next(k for k in codes if "court" in k)
    assert codes[board].startswith("THA")


def test_passive_body_with_a_named_doer_is_left_to_the_story(nlp):
    text = ("HANOI, May 2 (Wire) - Vietnam protested on Monday after a drone crashed near Hanoi.\n\n"
            "Vietnam's foreign ministry called the flight a provocation.\n\n"
            "The Thai defence ministry said that a court of inquiry had been convened by Hanoi.")
    codes = actor_codes(nlp, text)
    board = next(k for k in codes if "court" in k)
    assert not (codes[board] or "").startswith("THA")


def test_court_ruling_ordering_another_states_firms_is_not_that_states(nlp):
    text = ("BERLIN, June 3 (Wire) - Germany said on Tuesday it would lift curbs on Polish exports.\n\n"
            "Germany's economy ministry welcomed the talks.\n\n"
            "Court rulings in 2019 ordering German companies to pay damages had started the row.")
    codes = actor_codes(nlp, text)
    assert not (codes["Court"] or "").startswith("DEU")


def test_court_acting_at_home_keeps_the_stories_state(nlp):
    text = ("BERLIN, June 3 (Wire) - Germany said on Tuesday it would lift curbs on Polish exports.\n\n"
            "Germany's economy ministry welcomed the talks.\n\n"
            "The army detained the opposition leader Anna Kowal, a German citizen, on Monday.")
    codes = actor_codes(nlp, text)
    assert codes["The army"] == "DEUMIL"


def test_state_in_what_officials_note_is_not_theirs(nlp):
    text = "Administration officials rejected that, noting that the oil money was Venezuela's."
    codes = actor_codes(nlp, text)
    assert not (codes["Administration officials"] or "").startswith("VEN")


def test_officials_acting_on_a_state_still_take_one_named_as_theirs(nlp):
    codes = actor_codes(nlp, "Venezuelan officials rejected the offer, noting that talks had failed.")
    assert codes["Venezuelan officials"] == "VENGOV"


def test_traders_are_business_of_where_they_speak(nlp):
    codes = actor_codes(nlp, "In Beirut, traders said they hoped the new rules would allow transfers.")
    assert codes["traders"] == "LBNBUS"

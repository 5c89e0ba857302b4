"""Session 51, rounds 4 and 6 (from batches BS, BS2 and BT2, not measured blind): the army that
only modifies the lead's "coup", a headline's closing "in <state>" as the act's place, a later
surname of one who takes office only after the date, and a party's "its officials". Sentences
written for these tests."""

from __future__ import annotations

from event_helpers import codes_in

from dyads.model import Article


def codes_of(text: str, word: str, date: str, title: str = "") -> list[str | None]:
    return codes_in(Article(id="t", text=text, date=date, title=title), word)


def test_an_army_coup_in_the_lead_is_no_armed_act_of_the_headlines_subject():
    title = "U.S. suspends $24 million in military aid to Thailand over coup"
    text = ("BANGKOK, Sep 28 (Wire) - The United States suspended about $24 million in military aid to "
            "Thailand on Thursday in protest at last week's army coup. A State Department spokesman in "
            "Washington said the United States was deeply disappointed. U.S. officials said American "
            "law barred the aid. Washington will review other programmes. The United States and Thailand "
            "are close allies. The junta promised elections within a year.")
    assert codes_of(text, "The junta", "2006-09-28", title) == ["THAMIL"]


def test_a_headlines_closing_in_state_is_the_acts_place_not_its_party():
    title = "Libya hands over Lockerbie suspects for trial in Netherlands; U.N. suspends sanctions"
    text = ("THE HAGUE, April 5 (Wire) - Libya handed over two suspects in the Lockerbie bombing on Monday. "
            "The two men were flown to the Netherlands, where a Scottish court will try them. Libyan "
            "officials said the handover ended a long dispute. Libya's leader welcomed the deal. State "
            "television showed the men boarding the plane.")
    assert codes_of(text, "State television", "1999-04-05", title) == ["LBYJRN"]


def test_a_later_surname_keeps_the_title_the_text_gave_before_the_office():
    text = ("YEREVAN, April 22 (Wire) - Armenian police detained opposition leader Nikol Pashinyan on "
            "Sunday. Pashinyan, a former newspaper editor, was bundled into a police van.")
    assert codes_of(text, "Pashinyan", "2018-04-22") == ["ARMOPP"]


def test_a_partys_own_officials_are_the_partys():
    """Round 6 (from batch BT2, not measured blind)."""
    text = ("HARARE, July 31 (Wire) - Police arrested a novelist on Friday. The opposition Movement for "
            "Democratic Change said its officials had been detained.")
    assert codes_of(text, "officials", "2020-07-31") == ["ZWEOPP"]

"""Session 46: "the North" and "the South" of a divided pair of states, their "southern" forces
and "troops from the South"; a town's comma is not its state when a possessive follows; an
official who tells a cabinet "in Kiev" serves Ukraine. Sentences written for these tests."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate


def codes(text: str, date: str = "2012-04-12") -> dict[str, str | None]:
    art = annotate(Article(id="t", text=text, date=date))
    return {art.text[a.start:a.end]: a.code for a in art.actors}


SUDAN = ("KHARTOUM, April 12 (Wire) - Sudanese jets bombed targets inside South Sudan on Thursday, a day "
         "after troops from the newly independent South seized an oil field. Sudan said 40 southern "
         "soldiers were killed.")


def test_troops_from_the_south_are_south_sudans():
    found = codes(SUDAN)
    assert found["troops"] == "SSDMIL"
    assert found["40 southern soldiers"] == "SSDMIL"


def test_before_independence_the_south_is_a_region_of_sudan():
    text = ("KHARTOUM, Jan 9 (Wire) - Sudan's government signed a peace deal with the rebels on Sunday. "
            "Sudan said 40 southern soldiers had deserted.")
    assert codes(text, "2005-01-09")["40 southern soldiers"] != "SSDMIL"


def test_the_north_of_a_korean_story_is_north_korea():
    text = ("SEOUL, April 12 (Wire) - North Korea fired a rocket on Thursday. The North said the launch "
            "was peaceful, but the South called it a provocation.")
    found = codes(text)
    assert found["The North"] == "PRK"
    assert found["the South"] == "KOR"


def test_the_south_china_sea_is_no_half():
    text = ("SEOUL, April 12 (Wire) - North Korea fired a rocket on Thursday. Chinese ships sailed in the "
            "South China Sea.")
    assert "South" not in codes(text)


def test_capital_before_a_possessive_is_not_a_town_of_that_state():
    text = ("WASHINGTON, July 4 (Wire) - The Organization of American States suspended Honduras on "
            "Saturday. Washington, Honduras' main trading partner, has suspended joint military "
            "activities with the Honduran armed forces.")
    assert codes(text, "2009-07-04")["Washington"] == "USAGOV"


def test_official_telling_a_cabinet_in_kiev_is_ukraines():
    text = ("MOSCOW, Jan 1 (Wire) - Russia cut gas supplies to Ukraine on Sunday, Russia's gas company "
            "said. Prime Minister Ivan Petrenko told a cabinet meeting in Kiev that Ukraine had enough "
            "gas.")
    assert codes(text, "2006-01-01")["Prime Minister Ivan Petrenko"] == "UKRGOV"

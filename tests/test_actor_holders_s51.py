"""Session 51, round 2: a world court named by its bloc in the lead ("the bloc's top court"), a
state's possessive before a participle ("Libya's internationally recognised government"), forces
loyal to a government, organs a state "has", rebels who overthrow a ruler, a stance towards a
bloc ("pro-EU lawmakers"), the army in a territory with none of its own, a rebel group backed
from abroad, and a breakaway's leader (batches BP, BP2, BQ and BQ2's leftovers). Sentences
written for these tests."""

from __future__ import annotations

from event_helpers import codes_in

from dyads.model import Article


def codes_of(text: str, word: str, date: str, title: str = "") -> list[str | None]:
    return codes_in(Article(id="t", text=text, date=date, title=title), word)


def test_the_judges_of_a_bloc_court_named_in_the_lead_are_the_courts():
    text = ("LUXEMBOURG, Dec 10 (Wire) - Britain can withdraw its notice to leave the European Union, the "
            "bloc's top court ruled on Monday. Britain's government said it would study the ruling. Any "
            "revocation must be unconditional, the judges said. British ministers met in London.")
    assert codes_of(text, "the judges", "2018-12-10") == ["EURJUD"]


def test_a_states_possessive_before_a_participle_names_the_government():
    text = ("CAIRO, Feb 16 (Wire) - Egypt bombed Derna on Monday. Libya's internationally recognised "
            "government said it had taken part in the raids.")
    assert codes_of(text, "Libya's internationally recognised government", "2015-02-16") == ["LBYGOV"]


def test_an_air_force_loyal_to_a_government_is_that_governments():
    text = ("CAIRO, Feb 16 (Wire) - Egypt bombed Derna on Monday. Egyptian jets struck camps. The air "
            "force loyal to Libya's elected government said it had taken part in the raids.")
    assert codes_of(text, "The air force", "2015-02-16") == ["LBYMIL"]


def test_the_governments_a_state_has_are_its_own():
    text = ("CAIRO, Feb 16 (Wire) - Egypt bombed Derna on Monday. Egyptian jets struck camps. Egypt's "
            "president said the strikes would go on. Libya is in chaos. Since last summer it has had two "
            "parliaments and two governments.")
    assert codes_of(text, "two governments", "2015-02-16") == ["LBYGOV"]


def test_rebels_who_overthrew_a_ruler_are_of_his_state():
    text = ("CAIRO, Feb 16 (Wire) - Egypt bombed Derna on Monday. Egyptian jets struck camps. Egypt's "
            "president said the strikes would go on. Libya has slid into chaos since rebels backed by NATO "
            "air strikes overthrew Muammar Gaddafi in 2011.")
    assert codes_of(text, "rebels", "2015-02-16") == ["LBYREB"]


def test_a_stance_towards_a_bloc_does_not_make_lawmakers_the_blocs():
    text = ("LONDON, Dec 10 (Wire) - May postponed the vote. Some pro-EU lawmakers in May's own "
            "Conservative Party welcomed the ruling.")
    assert codes_of(text, "Some pro-EU lawmakers", "2018-12-10") == ["GBRLEG"]


def test_the_army_in_a_territory_without_one_is_the_occupiers():
    text = ("RAFAH, Gaza Strip, May 19 (Wire) - Israeli tank shells hit a crowd of Palestinian marchers on "
            "Wednesday, hospital officials in Rafah said, on the second day of the army's biggest raid in "
            "the town. Palestinian officials called it a massacre. Palestinian leaders met in Gaza.")
    assert codes_of(text, "the army", "2004-05-19") == ["ISRMIL"]


def test_a_rebel_group_backed_from_abroad_is_not_its_backers():
    text = ("SUN CITY, South Africa, April 19 (Wire) - Congo's government signed an accord on Friday, but "
            "the main Rwandan-backed rebel group rejected the deal.")
    assert codes_of(text, "the main Rwandan-backed rebel group", "2002-04-19") != ["RWAREB"]


def test_a_south_ossetian_leader_is_a_separatist():
    text = ("MOSCOW, Aug 26 (Wire) - Russia recognised the two regions on Tuesday. South Ossetian leader "
            "Eduard Kokoity thanked Moscow.")
    assert codes_of(text, "South Ossetian leader Eduard Kokoity", "2008-08-26") == ["GEOREB"]

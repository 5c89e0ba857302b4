"""Session 57: what batch CN and CN2's judges counted wrong: a chamber an official tells and the
members in it read as the story's other state, a minister inside a government's clause, a
government a "where" clause places abroad, a spokesman placed by a trade word, a surname the
tagger took for a body, "her" after "leaving", border forces and parties no list knew, a
photographer read as a civilian, "returned fire" read as returning property. Sentences written
for these tests."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate


def _article(text: str, date: str) -> Article:
    return annotate(Article(id="t", text=text, date=date, title=""))


def codes_of(text: str, word: str, date: str = "2001-04-19") -> list[str | None]:
    """The codes of the mentions whose text is ``word`` or ends in it (a title before a name)."""
    art = _article(text, date)
    return [a.code for a in art.actors if art.text[a.start:a.end].endswith(word)]


# A story mostly about Bangladesh, told from both sides, whose Indian minister speaks to his
# own parliament only after his surname is the one way the text names him.
_BORDER = ("DHAKA, April 19 (Wire) - Bangladesh said on Thursday its troops had pulled back from "
           "the disputed village. Bangladesh's foreign minister said Dhaka wanted talks. "
           "Bangladesh's opposition accused the government of weakness. "
           "External Affairs Minister Jaswant Singh called the clash unacceptable. "
           "\"We value our friendship with Bangladesh, but the government of India will not accept "
           "any attempt to alter the boundary,\" Singh told parliament, where opposition members "
           "demanded a tougher response. Bangladesh's prime minister said the dead would be "
           "returned.")


def test_a_chamber_an_official_tells_is_his_state_once_his_surname_is_placed():
    assert codes_of(_BORDER, "parliament") == ["INDLEG"]


def test_members_a_where_clause_puts_in_a_chamber_sit_in_it():
    assert codes_of(_BORDER, "opposition members") == ["INDOPP"]


def test_a_minister_inside_a_governments_relative_clause_is_of_that_government():
    text = ("DHAKA, April 19 (Wire) - Bangladesh said its troops had pulled back. Bangladesh's "
            "foreign minister said Dhaka wanted talks. Analysts said the clash would embarrass "
            "Vajpayee's coalition government, which is under pressure over a bribery scandal that "
            "forced the resignation of Defence Minister George Fernandes last month.")
    assert codes_of(text, "George Fernandes") == ["INDGOV"]


def test_a_government_a_where_clause_puts_in_another_state_is_that_states():
    text = ("MADRID, June 1 (Wire) - Spain's parliament ousted the prime minister on Friday. "
            "Spanish bond yields fell as investors focused on the end of a parallel crisis in "
            "Italy, where a populist coalition government was sworn in on Friday.")
    assert codes_of(text, "a populist coalition government", "2018-06-01") == ["ITAGOV"]


def test_a_ministry_spokesman_is_not_placed_by_another_states_spokesman_before_him():
    text = ("DAMASCUS, April 1 (Wire) - An air strike hit Iran's embassy compound in Damascus. "
            "An Israeli military spokesman declined to comment. Tehran blamed Israel. "
            "Foreign ministry spokesman Omid Rahnavard said Tehran reserved the right to respond.")
    codes = codes_of(text, "Omid Rahnavard", "2024-04-01")
    assert codes and "ISRGOV" not in codes


def test_a_surname_the_tagger_took_for_a_body_is_the_person_and_her_pronoun_hers():
    text = ("SEOUL, March 10 (Wire) - South Korea's Constitutional Court removed President Park "
            "Geun-hye from office on Friday. \"The respondent is dismissed,\" acting Chief Justice "
            "Lee Jung-mi said. Park, 65, loses presidential immunity with immediate effect, leaving "
            "her open to criminal prosecution on charges including bribery.")
    art = _article(text, "2017-03-10")
    parks = [a for a in art.actors if art.text[a.start:a.end] == "Park"]
    assert [a.code for a in parks] == ["KORGOV"]
    her = [a for a in art.actors if art.text[a.start:a.end] == "her"]
    assert [a.name for a in her] == ["Park Geun-hye"]


def test_border_forces_and_parties_no_list_knew_are_placed():
    text = ("NEW DELHI, April 19 (Wire) - The Border Security Force (BSF) said its men came under "
            "fire. At least two members of the paramilitary Bangladesh Rifles (BDR) were killed.")
    assert codes_of(text, "Border Security Force") == ["INDMIL"]
    assert codes_of(text, "Bangladesh Rifles") == ["BGDMIL"]
    text = ("MADRID, June 1 (Wire) - The centre-right Ciudadanos party voted with the PP, while "
            "the far-left Podemos backed the motion.")
    assert codes_of(text, "Ciudadanos", "2018-06-01") == ["ESPPTY"]
    assert codes_of(text, "Podemos", "2018-06-01") == ["ESPPTY"]


def test_a_photographer_is_press():
    text = ("QUITO, April 13 (Wire) - Ecuador's president confirmed the killings. Reporter Javier "
            "Ortega, 32, photographer Paul Rivas, 45, and driver Efrain Segarra, 60, all employees "
            "of the Quito daily El Comercio, were seized on March 26 near the border.")
    assert codes_of(text, "photographer Paul Rivas", "2018-04-13") == ["ECUJRN"]


def test_returning_fire_is_an_assault_not_a_return_of_property():
    text = ("DHAKA, April 19 (Wire) - The border force chief said Indian troops had fired mortars "
            "into the village before Bangladeshi forces returned fire.")
    art = _article(text, "2001-04-19")
    returned = [e for e in art.events if e.trigger == "returned"]
    assert returned and all(e.type == "ASSAULT" for e in returned)

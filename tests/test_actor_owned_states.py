"""Session 30: states of possessed and located groups. "Their embassy" is the subject's state's
mission, a foreigner's "the embassy" his own; a chamber's speaker is its legislature's; a
minister's "counter-intelligence" is his state's; "its NATO ally" is a state, not NATO;
migrants said to come from elsewhere are not of the state they are in; a "Brussels-based"
analyst is not the EU, and bare diplomats who judge a state's acts are not its government.
Sentences written for these tests."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Article


def _codes(nlp, text: str) -> list[tuple[str, str | None]]:
    actors = find_actors(nlp(text), Article(id="t", text=text, date="2023-05-01"))
    return [(text[a.start:a.end], a.code) for a in actors]


def _code_of(nlp, text: str, phrase: str) -> str | None:
    found = [code for span, code in _codes(nlp, text) if span == phrase]
    assert found, f"{phrase!r} is no mention"
    return found[0]


def test_their_embassy_is_the_subjects_states(nlp):
    text = ("ALGIERS (Wire) - Algeria ordered foreign workers to register by Friday. Malian "
            "officials said 400 people had queued at their embassy on Monday.")
    assert _code_of(nlp, text, "embassy") == "MLIGOV"


def test_a_foreigners_embassy_in_his_quotation_is_his_own(nlp):
    text = ("ALGIERS (Wire) - Algeria ordered foreign workers to register by Friday. "
            "\"The guards sent me back from the embassy twice,\" said Ousmane Traore, 31, a "
            "Malian who works on farms near Oran.")
    assert _code_of(nlp, text, "the embassy") == "MLIGOV"


def test_the_senates_speaker_is_the_legislature(nlp):
    text = ("NAIROBI (Wire) - Kenya's lower house passed the budget on Tuesday. The Senate's "
            "speaker, Joseph Otieno Wambua, said the vote broke the rules. \"We were not asked,\" "
            "he said.")
    codes = dict(_codes(nlp, text))
    assert codes["Joseph Otieno Wambua"] == "KENLEG"
    assert codes["he"] == "KENLEG"


def test_the_speaker_of_parliament_is_the_legislature(nlp):
    text = ("ALMATY (Wire) - Kazakhstan's government sent the bill to lawmakers. The speaker of "
            "parliament, Erlan Koshanov, said he would sign the bill.")
    codes = dict(_codes(nlp, text))
    assert codes["Erlan Koshanov"] == "KAZLEG"
    assert codes["he"] == "KAZLEG"


def test_a_ministers_counter_intelligence_is_his_states(nlp):
    text = ("WARSAW (Wire) - Poland expelled 12 Belarusian diplomats on Friday, and Minsk said "
            "it would respond. Polish Prime Minister Anna Kowalczyk announced the move, saying "
            "counter-intelligence had found people working for Belarus in Warsaw and Minsk.")
    assert _code_of(nlp, text, "intelligence") == "POLSPY"


def test_its_nato_ally_is_the_story_state_not_nato(nlp):
    text = ("TALLINN (Wire) - Estonia expelled 20 Russian diplomats on Monday. The U.S. embassy "
            "in Tallinn said it stood with its NATO ally against foreign pressure.")
    codes = _codes(nlp, text)
    assert ("its NATO ally", "EST") in codes
    assert not any(span == "NATO" for span, _ in codes)


def test_migrants_from_elsewhere_are_not_the_host_states(nlp):
    text = ("RABAT (Wire) - King Mohammed ordered a crackdown on migrants from West Africa on "
            "Monday. The king told his security council that hordes of irregular migrants were "
            "bringing crime to the country. Rights groups said hundreds of migrants had lost "
            "their jobs. The Moroccan Association for Human Rights said some were beaten.")
    codes = _codes(nlp, text)
    migrant_codes = [code for span, code in codes if span.endswith("migrants")]
    assert len(migrant_codes) == 3 and "MARREF" not in migrant_codes


def test_migrants_from_the_host_state_keep_it(nlp):
    text = ("RABAT (Wire) - Morocco's king ordered help for migrants from Morocco's rural south on "
            "Monday. The king told his council that hordes of migrants were crowding the cities.")
    codes = _codes(nlp, text)
    assert ("migrants", "MARREF") in codes


def test_a_brussels_based_analyst_is_not_the_eu(nlp):
    text = ("TUNIS (Wire) - Tunisia's government raised fuel prices on Monday. Analysts said "
            "the move would anger unions. \"The government is out of options,\" said a "
            "Brussels-based analyst.")
    codes = _codes(nlp, text)
    assert not any(span == "Brussels" for span, _ in codes)
    assert dict(codes).get("Analysts") != "TUNCVL"

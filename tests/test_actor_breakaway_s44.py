"""Session 44: the adjectives of breakaway regions name the state they are part of, as the regions'
own names already do (the judges' convention since batch AM: a breakaway authority coded with the
recognised state is right, with its patron wrong). Session 51: its officials and leaders are that
state's separatists (REB); judges since batch AM called GOV "sector off", and batches BO and BQ
wrong. Sentences written for these tests."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate


def codes(text: str) -> dict[str, str | None]:
    art = annotate(Article(id="t", text=text, date="2008-08-27"))
    return {art.text[a.start:a.end]: a.code for a in art.actors}


def test_south_ossetian_leader_is_georgias_not_his_patrons():
    found = codes("MOSCOW, Aug 26 (Wire) - Russia recognised the two regions on Tuesday. South Ossetian leader "
                  "Eduard Kokoity thanked Moscow for its protection.")
    assert found["South Ossetian leader Eduard Kokoity"] == "GEOREB"


def test_transnistrian_officials_are_moldovas():
    found = codes("MOSCOW, Aug 26 (Wire) - Russia sent more troops on Tuesday. Transnistrian officials welcomed "
                  "the decision.")
    assert found["Transnistrian officials"] == "MDAREB"


def test_crimean_officials_are_ukraines():
    found = codes("MOSCOW, Mar 17 (Wire) - Russia signed the treaty on Tuesday. Crimean officials welcomed the "
                  "move.")
    assert found["Crimean officials"] == "UKRGOV"


def test_a_schools_own_state_adjective_places_it():
    found = codes("BELGRADE, Feb 26 (Wire) - Serbia welcomed the ruling. Jan de Vries, a professor of "
                  "international law at a Dutch university, said the judgment was cautious.")
    assert found["a Dutch university"] == "NLDEDU"


def test_a_school_with_no_state_word_stays_the_storys():
    found = codes("BELGRADE, Feb 26 (Wire) - Serbia welcomed the ruling. Students at the university said the "
                  "judgment was cautious.")
    assert found.get("the university") in (None, "SRBEDU")

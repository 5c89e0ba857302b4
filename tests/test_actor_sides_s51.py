"""Session 51: spelling variants of demonyms, rulers known by a title and one name, a state's
troops named in a relative clause of its apposition, a state's own organs in its officials'
statements, "the two neighbours", breakaway regions, a mission's staff, an international
court's prosecutors and a headline's place (batches BM, BN, BO and BO2's leftovers). Sentences
written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

from event_helpers import codes_in

from dyads.model import Article

DATA = Path(__file__).parent / "data"


def codes_of(text: str, word: str, date: str = "2005-02-08", title: str = "") -> list[str | None]:
    return codes_in(Article(id="t", text=text, date=date, title=title), word)


def test_spelling_variants_of_demonyms_name_their_state():
    text = "MINSK, Jan 9 (Wire) - Belarussian officials denied the charge. Kyrgyzstani traders closed their stalls."
    assert codes_of(text, "Belarussian officials", "2007-01-09") == ["BLRGOV"]
    assert codes_of(text, "Kyrgyzstani traders", "2007-01-09") == ["KGZBUS"]


def test_a_ruler_known_by_title_and_one_name_keeps_the_state_first_given():
    text = ("RAMALLAH, Feb 8 (Wire) - Palestinian President Mahmoud Abbas met Egyptian President Hosni "
            "Mubarak and Jordan's King Abdullah on Tuesday. Palestinian officials said the talks went well. "
            "The Palestinian Authority will deploy police in Gaza. Palestinian police chiefs met in Ramallah. "
            "In a further gesture, Mubarak and King Abdullah said they would send their ambassadors back.")
    assert codes_of(text, "King Abdullah") == ["JORGOV"]


def test_troops_a_state_keeps_abroad_are_its_own_after_an_apposition():
    text = ("N'DJAMENA, Feb 3 (Wire) - Rebels reached the capital on Sunday. France, the former colonial "
            "power, which keeps about 1,400 troops in Chad, said its soldiers had secured the airport.")
    assert codes_of(text, "1,400 troops", "2008-02-03") == ["FRAMIL"]


def test_the_army_in_a_states_officials_statement_is_theirs_but_not_the_one_they_warn():
    text = ("GAZA, Feb 8 (Wire) - Palestinian leaders met in Gaza. Israeli officials said the army would "
            "halt targeted killings as long as attacks stopped. Israeli officials said the envoy had warned "
            "the police.")
    assert codes_of(text, "the army") == ["ISRMIL"]
    assert codes_of(text, "the police") != ["ISRCOP"]


def test_the_two_neighbours_are_states_not_the_victims_named_last():
    text = ("NAIROBI, Sept 24 (Wire) - Kenya said its troops would stay in Somalia. Kenya's president "
            "declared three days of mourning. Kenyan police said six attackers were killed. Among the dead "
            "were a British woman and two Americans, officials said. Kenyan officials said the mall would "
            "reopen. Kenya thanked Israel for its help. Somalia's president urged Kenya to stay the course, "
            "saying the militants wanted to drive a wedge between the two neighbours.")
    assert sorted(codes_of(text, "the two neighbours", "2013-09-24")) == ["KEN", "SOM"]


def test_a_breakaway_regions_officials_and_forces_are_separatists():
    text = ("SUKHUMI, Oct 9 (Wire) - Abkhaz officials said Abkhaz troops had recovered the bodies. "
            "Georgian officials denied any role in the fighting.")
    assert codes_of(text, "Abkhaz officials", "2001-10-09") == ["GEOREB"]
    assert codes_of(text, "Abkhaz troops", "2001-10-09") == ["GEOREB"]
    assert codes_of(text, "Georgian officials", "2001-10-09") == ["GEOGOV"]


def test_a_mission_spokesman_speaks_for_the_mission_named_before():
    text = ("SUKHUMI, Oct 9 (Wire) - Georgia accused Russia of bombing the Kodori Gorge. The U.N. Observer "
            "Mission in Georgia said a helicopter was shot down over the gorge. Georgian officials blamed "
            "Abkhaz forces. Georgia's president met his ministers in Tbilisi. \"There can be no excuse,\" "
            "a mission spokesman in Sukhumi told reporters.")
    assert codes_of(text, "a mission spokesman", "2001-10-09") == ["UNOGOV"]


def test_prosecutors_and_the_court_of_a_story_led_by_a_world_tribunal_are_its_own():
    text = ("THE HAGUE, Mar 24 (Wire) - A U.N. war crimes tribunal on Thursday convicted a former Bosnian "
            "Serb commander of genocide. A Bosnian Serb leader said the verdict showed the court's bias. "
            "A Bosnian minister urged prosecutors to appeal.")
    assert codes_of(text, "the court", "2016-03-24") == ["UNOJUD"]
    assert codes_of(text, "prosecutors", "2016-03-24") == ["UNOJUD"]


def test_a_state_named_as_the_site_of_a_headline_act_does_not_take_the_story():
    title = "Uganda says 30 of its soldiers killed in raid on Somalia base"
    text = ("KAMPALA, Jun 4 (Wire) - Thirty Ugandan soldiers were killed when militants overran a base in "
            "southern Somalia, President Yoweri Museveni said. He said two commanders would face a "
            "military court. Somalia's president sent condolences. Somali officials said the militants "
            "had fled. The Somali army was not at the base. Somalia has asked for more troops.")
    assert codes_of(text, "a military court", "2023-06-04", title) == ["UGAJUD"]


def test_a_frontrunner_to_succeed_a_president_is_still_the_opposition():
    text = ("SEOUL, Mar 7 (Wire) - Opposition leader Moon Jae-in, the frontrunner to succeed Park, has "
            "said the next government should review the deployment.")
    assert codes_of(text, "Opposition leader Moon Jae-in", "2017-03-07") == ["KOROPP"]


def test_an_official_of_an_opposition_party_is_opposition_after_a_possessive():
    text = ("KAMPALA, Apr 29 (Wire) - Anne Mugisha, a senior official of his Forum for Democratic Change "
            "(FDC), told reporters the arrest was an attempt on his life.")
    assert codes_of(text, "Anne Mugisha", "2011-04-29") == ["UGAOPP"]


def test_a_nationality_before_two_joined_titles_is_the_persons():
    text = ("NAIROBI, Sept 22 (Wire) - Among the dead was Kenyatta's nephew, as well as Ghanaian poet and "
            "former diplomat Kofi Awoonor.")
    assert codes_of(text, "Ghanaian poet and former diplomat Kofi Awoonor", "2013-09-22") == ["GHAELI"]


def test_a_separatist_government_is_the_rebels():
    text = "GROZNY, Aug 31 (Wire) - Russian forces entered Chechnya in 1994 to crush a separatist government."
    assert codes_of(text, "a separatist government", "1996-08-31") == ["RUSREB"]


def test_an_igos_its_junta_is_the_sanctioned_states():
    """The whole of batch BN's Guinea story, where "its" was read as the Union's."""
    row = next(r for line in (DATA / "fresh_news_s50bn.jsonl").read_text().splitlines()
               if (r := json.loads(line))["id"] == "BN102")
    article = Article(id=row["id"], text=row["text"], date=row["date"], title=row["title"])
    assert codes_in(article, "military junta") == ["GINMIL"]

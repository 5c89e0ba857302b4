"""Session 46: actors that took the wrong state from the story around them (batch AR2). A leader
named again keeps his state whatever place his own clause mentions; envoys "of" a bloc's members
are the bloc's; a group named for its stance towards a state ("pro-Russian") is not that state's;
"the separatists" are the separatist rebels named before. Sentences written for these tests."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate


def code_of(text: str, word: str, nth: int = 0) -> str | None:
    art = annotate(Article(id="t", text=text, date="2014-07-29"))
    found = [a.code for a in art.actors if art.text[a.start:a.end] == word]
    return found[nth]


def test_named_leader_keeps_his_state_despite_a_place_in_his_clause():
    text = ("CARTAGENA, Sept 26 (Wire) - Colombian President Juan Manuel Santos signed the pact on Monday. "
            "Santos, who staked his presidency on four years of talks in Cuba, thanked the mediators.")
    assert code_of(text, "Santos") == "COLGOV"


def test_unknown_person_placed_by_his_clause_still_takes_that_state():
    text = ("BERLIN, Sept 26 (Wire) - Germany signed the pact on Monday. \"It will help,\" said Jan Nowak, "
            "who farms 150 hectares near Lublin.")
    assert (code_of(text, "Jan Nowak") or "")[:3] == "POL"


def test_ambassadors_of_the_bloc_members_are_the_blocs():
    text = ("BRUSSELS, July 29 (Wire) - The European Union agreed new sanctions on Russia on Tuesday. "
            "Ambassadors of the 28 EU member states reached agreement at a meeting in Brussels.")
    assert code_of(text, "Ambassadors") == "EURGOV"


def test_envoy_for_a_place_is_not_that_places():
    text = ("NAIROBI, July 29 (Wire) - Kenya hosted the talks. The U.N. envoy for Somalia, Nicholas Kay, "
            "said the talks had gone well.")
    assert code_of(text, "Nicholas Kay") != "SOMGOV"


def test_pro_russian_rebels_are_not_russias_in_a_story_about_russia():
    text = ("MOSCOW, July 29 (Wire) - Russia said on Tuesday that Western sanctions would hurt Europe. "
            "Russia's foreign ministry said Moscow would respond. Tensions have grown since pro-Russian "
            "rebels seized government buildings in April.")
    assert code_of(text, "pro-Russian rebels") != "RUSREB"


def test_the_separatists_are_the_separatist_rebels_named_before():
    text = ("MOSCOW, July 29 (Wire) - Russia denied arming separatist rebels in eastern Ukraine. Russia's "
            "foreign ministry said Moscow had no role. Western governments say the plane was hit by a "
            "missile fired by the separatists.")
    assert code_of(text, "the separatists") == "UKRREB"


def test_world_court_president_acts_for_the_court_not_his_state():
    text = ("THE HAGUE, July 22 (Wire) - The International Court of Justice said on Thursday that Kosovo's "
            "declaration did not violate international law. Reading the opinion, court President Hisashi "
            "Owada of Japan said the declaration was lawful.")
    art = annotate(Article(id="t", text=text, date="2010-07-22"))
    assert next(a.code for a in art.actors if "Owada" in a.text) == "UNOJUD"


def test_arab_league_chief_speaks_for_the_league():
    art = annotate(Article(id="t", text="BEIRUT, May 9 (Wire) - Arab League Secretary-General Amr Moussa told "
                                        "reporters the league would send a delegation.", date="2008-05-09"))
    assert next(a.code for a in art.actors if "Moussa" in a.text) == "IGOGOV"


def test_the_maoists_are_rebels_of_the_story_state():
    text = ("KATHMANDU, Nov 21 (Wire) - Nepal's government and Maoist rebels signed a peace accord on "
            "Tuesday. The Maoists will place their fighters in camps.")
    art = annotate(Article(id="t", text=text, date="2006-11-21"))
    assert next(a.code for a in art.actors if a.text.endswith("Maoists")) == "NPLREB"

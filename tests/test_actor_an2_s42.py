"""Session 42: actor rules from batch AN2's verdicts (flags, unions of states, congresses as
meetings, language communities, movements named after a region, "both parties" after their
praisers, a minister's "the government", a spokesman in a "with" clause). Sentences written for
these tests."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Article


def actors(nlp, text: str, date: str = "2024-04-22") -> list[tuple[str, str | None]]:
    return [(a.text, a.code) for a in find_actors(nlp(text), Article(id="t", text=text, date=date))]


def texts(nlp, text: str) -> list[str]:
    return [t for t, _ in actors(nlp, text)]


def test_waved_flags_are_no_actors(nlp):
    got = texts(nlp, "Hundreds of supporters rallied in the square, waving Gagauz and Russian flags.")
    assert "Russian" not in got and "Gagauz" not in got
    assert "EU" not in texts(nlp, "Demonstrators carried EU flags outside the parliament.")


def test_burned_flag_keeps_its_state(nlp):
    assert ("American", "USA") in actors(nlp, "Protesters burned American flags outside the embassy.")


def test_soviet_collapse_is_a_time(nlp):
    assert "Soviet" not in texts(nlp, "The region declared autonomy following the Soviet collapse.")


def test_customs_union_is_a_body_of_states(nlp):
    got = dict(actors(nlp, "Voters backed joining the Russian-led customs union in 2014."))
    assert got.get("the Russian-led customs union") == "IGO"


def test_union_of_two_places_is_no_labour_union(nlp):
    got = actors(nlp, "The bill touches on the union of Scotland and England.")
    assert not any(code and code.endswith("LAB") for _, code in got)


def test_trade_union_stays_labour(nlp):
    got = dict(actors(nlp, "Britain's biggest trade union called a strike."))
    assert any(code and code.endswith("LAB") for code in got.values())


def test_a_congress_in_a_hotel_is_a_meeting(nlp):
    got = actors(nlp, "The governor appeared at a congress in a Moscow hotel. Prosecutors asked whether "
                      "the congress had been financed illegally.")
    assert not any(code and code.endswith("LEG") for _, code in got)


def test_speakers_of_a_language_are_not_its_state(nlp):
    got = actors(nlp, "Peskov accused Chisinau of ignoring the interests of Russian speakers.")
    assert ("Russian", "RUS") not in got
    assert ("Chisinau", "MDAGOV") in got


def test_movement_named_after_a_province(nlp):
    # (session 63: the Free Aceh Movement is a knowledge-base row now; Papua's movement is not)
    got = dict(actors(nlp, "Indonesia and the Free Papua Movement (OPM) signed a peace agreement. "
                           "OPM said it would disarm.", date="2005-08-15"))
    assert got["the Free Papua Movement"] == "IDNREB"
    assert got["OPM"] == "IDNREB"


def test_movement_name_needs_a_whole_place(nlp):
    got = dict(actors(nlp, "Voters ousted the Movement for the Liberation of Sao Tome and Principe-Social "
                           "Democratic Party (MLSTP-PSD)."))
    assert not any(code and code.startswith("JPN") for code in got.values())


def test_praisers_are_not_both_parties(nlp):
    got = actors(nlp, "Indonesia and the rebels signed the accord in Helsinki on Monday. The United States, "
                      "Japan and Australia welcomed the accord, and British Foreign Secretary Jack Straw "
                      "praised both parties for their courage.", date="2005-08-15")
    both = {code for text, code in got if text == "both parties"}
    assert both and not any(c.startswith(("USA", "GBR", "JPN", "AUS")) for c in both)


def test_minister_speaks_of_own_government_after_and(nlp):
    got = actors(nlp, "Senegal's army attacked rebel bases in Casamance. Senegalese troops captured camps. "
                      "Gambia's interior minister visited displaced families and said the government would "
                      "not allow its territory to be used by any armed group.")
    assert ("the government", "GMBGOV") in got


def test_spokesman_in_with_clause_speaks_for_the_subject(nlp):
    got = actors(nlp, "Britain's Supreme Court ruled against Scotland. The European Commission declined to "
                      "comment, with a spokesman saying it did not take a position.")
    assert ("a spokesman", "EURGOV") in got


def test_province_before_governor_places_the_person(nlp):
    got = dict(actors(nlp, "Cebu Governor Gwendolyn Garcia said the vote was fair."))
    assert got["Cebu Governor Gwendolyn Garcia"] == "PHLGOV"


def test_title_cut_off_joins_the_name(nlp):
    got = actors(nlp, "Sulu Governor Abdusakur Tan II, who has challenged the law before the Supreme Court, "
                      "said the result showed the region had been imposed on people.")
    assert ("Sulu Governor Abdusakur Tan II", "PHLGOV") in got
    assert not any(text == "Sulu Governor" for text, _ in got)


def test_church_a_bomb_exploded_inside_is_a_place(nlp):
    got = texts(nlp, "The first bomb exploded inside the church in Jolo.")
    assert "the church" not in got


def test_meeting_in_brussels_is_a_place_in_belgium(nlp):
    got = actors(nlp, "EU leaders meeting in Brussels on Monday agreed to extend the sanctions.")
    assert ("Brussels", "BEL") in got


def test_brussels_acting_stays_the_union(nlp):
    assert ("Brussels", "EURGOV") in actors(nlp, "Brussels warned Warsaw over the rule of law.")
    assert ("Brussels", "EURGOV") in actors(nlp, "The decision could also have consequences in Brussels.")


def test_spokesman_through_whom_a_leader_speaks(nlp):
    got = actors(nlp, "Turkey's president telephoned the winner. U.N. Secretary-General Antonio Guterres, "
                      "through a spokesman, congratulated the winner.")
    assert ("a spokesman", "UNOGOV") in got


def test_soviet_era_is_a_time(nlp):
    assert not any(c and c.startswith("RUS") for _, c in
                   actors(nlp, "Faroese boats have fished in the Barents Sea since the Soviet era."))


def test_compact_is_a_text_not_a_body(nlp):
    got = texts(nlp, "Washington renewed its Compact of Free Association with Palau in 2023. Under the "
                     "compact, the United States may deny other militaries access.")
    assert not any("ompact" in t for t in got)


def test_leader_of_a_movement_faction_takes_its_state(nlp):
    got = actors(nlp, "The army attacked bases of the Movement of Democratic Forces of Casamance (MFDC) "
                      "faction led by Salif Sadio. Sadio's group never signed the truce.", date="2022-03-14")
    codes = {code for text, code in got if "Sadio" in text}
    assert codes and all(c and c.startswith("SEN") for c in codes)


def test_name_after_a_title_with_a_long_of_phrase(nlp):
    got = actors(nlp, "The leader of Georgia's Russian-backed breakaway region of Abkhazia, Aslan Bzhania, "
                      "agreed on Sunday to resign. Bzhania said he would stay in Sukhumi.", date="2024-11-17")
    assert ("Aslan Bzhania", "GEOGOV") in got
    assert ("Bzhania", "GEOGOV") in got


def test_incumbent_defeated_by_a_placed_leader(nlp):
    got = actors(nlp, "Turkish Cypriot leader-elect Ersin Tatar pledged to reopen Varosha. Tatar narrowly "
                      "defeated incumbent Mustafa Akinci in Sunday's runoff. Akinci conceded defeat.",
                 date="2020-10-19")
    akinci = {code for text, code in got if "Akinci" in text}
    tatar = {code for text, code in got if text == "Tatar"}
    assert akinci and tatar and akinci == tatar


def test_flags_listed_after_a_rally(nlp):
    got = texts(nlp, "In Comrat, the regional capital, several hundred supporters of the governor rallied on "
                     "Monday, waving Gagauz and Russian flags and chanting her name.")
    assert "Russian" not in got and "Gagauz" not in got


def test_one_china_and_un_charter_are_names(nlp):
    assert texts(nlp, "Beijing insists on the one-China principle.") == ["Beijing"]
    assert "U.N." not in texts(nlp, "It was a flagrant violation of the U.N. Charter.")


def test_hyphen_based_body_and_its_analyst(nlp):
    got = actors(nlp, '"Senegal knows Gambia will not protect the rebels any more," said Ibrahima Sonko of the '
                      "Dakar-based Centre for Security Studies in West Africa.")
    assert ("Ibrahima Sonko", "SENCVL") in got
    assert any(text.endswith("Centre for Security Studies") and code == "SEN" for text, code in got)
    # (session 47: the span now keeps the town before "-based")
    assert ("London-based businessman Ely Calil", "GBRBUS") in actors(nlp, "London-based businessman Ely Calil denied the charge.")


def test_object_pronoun_is_not_the_subject(nlp):
    got = actors(nlp, "Turkish Cypriot leader-elect Ersin Tatar pledged to reopen Varosha. Erdogan, who "
                      "telephoned him overnight, said Turkey would defend the Turkish Cypriots.", date="2020-10-19")
    him = [code for text, code in got if text == "him"]
    assert him and not him[0].startswith("TUR")


def test_object_pronoun_after_a_passive_keeps_its_reading(nlp):
    got = actors(nlp, "Prosecutors charged the journalist Jose Zamora with money laundering. The judge ruled "
                      "that Zamora had been held for too long and granted him house arrest.")
    zamora = {code for text, code in got if text == "Zamora"}
    him = {code for text, code in got if text == "him"}
    assert him == zamora

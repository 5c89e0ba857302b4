"""Plural and possessive references as event parties (session 12, actors round 2): counted
plurals ("the two countries", "both sides"), "they"/"their" after actors of several states
joined by "and", state organs owned by "its"/"their", the Pope and monarchs' titles.
Sentences written for these tests."""

from __future__ import annotations

from actor_helpers import actor_codes

from dyads.actors import find_actors
from dyads.model import Article


def _codes_at(nlp, text: str, phrase: str) -> list[str | None]:
    """The codes of every actor record on the first occurrence of ``phrase`` in ``text``."""
    start = text.index(phrase)
    actors = find_actors(nlp(text), Article(id="t", text=text, date="2021-03-01"))
    return sorted((a.code or "") for a in actors if a.start == start and a.end == start + len(phrase))


def test_counted_countries_are_both_states_joined_before(nlp):
    text = ("Argentina and Chile signed a border accord in Santiago on Monday. "
            "The two countries also promised to share weather data.")
    assert _codes_at(nlp, text, "The two countries") == ["ARG", "CHL"]


def test_both_sides_after_an_exchange_of_fire(nlp):
    text = ("Armenia and Azerbaijan traded artillery fire overnight. "
            "Both sides blamed each other for the escalation.")
    assert _codes_at(nlp, text, "Both sides") == ["ARM", "AZE"]


def test_two_leaders_after_a_meeting_are_its_two_sides(nlp):
    text = ("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa. "
            "The two leaders vowed to open a new trade corridor.")
    assert _codes_at(nlp, text, "The two leaders") == ["ETHGOV", "KENGOV"]


def test_count_must_agree_with_the_group(nlp):
    # three states named, "the two countries" cannot be all of them: no guess
    text = ("Peru, Chile and Bolivia met in Lima. The two countries later signed a water deal.")
    assert _codes_at(nlp, text, "The two countries") == []


def test_their_own_phrase_is_not_a_reference(nlp):
    # "their two countries" is owned by "their", not a counted back-reference
    text = ("Ghana and Togo met on Monday. Officials said their two countries would talk again.")
    assert _codes_at(nlp, text, "two countries") == []


def test_they_after_states_joined_by_and(nlp):
    text = ("Norway and Iceland criticised the whaling quota. They asked for a review by May.")
    assert _codes_at(nlp, text, "They") == ["ISL", "NOR"]


def test_they_after_a_thing_subject_stays_open(nlp):
    # a nearer subject that is no group of actors ("the talks") blocks the joint reading
    text = ("Norway and Iceland rejected the quota on Monday. The talks ended after they walked out.")
    assert _codes_at(nlp, text, "they") == []


def test_their_troops_are_each_members_not_the_scene(nlp):
    text = ("Belgium and the Netherlands promised more help to Ukraine. "
            "Their soldiers will train Ukrainian engineers.")
    assert _codes_at(nlp, text, "soldiers") == ["BELMIL", "NLDMIL"]


def test_its_forces_take_the_owner_state(nlp):
    codes = actor_codes(nlp, "Ukraine said its forces had downed nine drones near Odesa.")
    assert codes.get("forces") == "UKRMIL"


def test_its_ambassador_from_a_host_is_the_owners(nlp):
    codes = actor_codes(nlp, "Morocco recalled its ambassador from Algeria on Tuesday.")
    assert codes.get("ambassador") == "MARGOV"
    assert codes.get("Algeria") == "DZA"


def test_unresolved_owner_leaves_no_countryless_organ(nlp):
    codes = actor_codes(nlp, "Officials said their forces were ready.")
    assert "forces" not in codes


def test_bare_pope_is_the_holy_see_wherever_the_story_is(nlp):
    codes = actor_codes(nlp, "The pope prayed with survivors in Mosul. Iraqi officials greeted the pontiff in Baghdad.")
    assert codes.get("The pope") == "VATREL"
    assert codes.get("the pontiff") == "VATREL"


def test_a_coptic_pope_keeps_his_own_church(nlp):
    codes = actor_codes(nlp, "Coptic Pope Tawadros II met Egyptian President Abdel Fattah el-Sisi in Cairo. "
                             "The Pope thanked him for the new church law.")
    assert codes.get("The Pope") == "EGYREL"


def test_dalai_lama_is_a_religious_leader(nlp):
    codes = actor_codes(nlp, "The Dalai Lama called for dialogue with Beijing.")
    assert codes.get("The Dalai Lama") == "CHNREL"


def test_king_takes_a_state_with_a_monarch_not_the_scene(nlp):
    text = ("Morocco condemned the raid on the mosque in Jerusalem. The King urged Israel to halt the raids.")
    assert actor_codes(nlp, text).get("The King") == "MARGOV"


def test_king_with_no_monarchy_in_view_stays_open(nlp):
    text = "Crowds gathered in Paris on Sunday. The King did not comment."
    assert actor_codes(nlp, text).get("The King") is None

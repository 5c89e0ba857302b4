"""The place gazetteer: towns and provinces resolve to their country; shared or unknown names do not."""

from dyads.places import place_country, places


def test_towns_and_provinces_resolve_to_their_country():
    assert place_country("Kandahar") == "AFG"
    assert place_country("Mosul") == "IRQ"
    assert place_country("Helmand") == "AFG"


def test_diacritics_and_a_leading_article_are_ignored():
    assert place_country("Mosul") == place_country("Mósul")
    assert place_country("the Helmand") == "AFG"


def test_lower_case_words_and_unknown_names_are_not_places():
    assert place_country("mosul") is None
    assert place_country("Xqzzyville") is None


def test_capitals_and_countries_stay_in_the_country_table():
    # "Moscow" and "France" carry a sector there; the gazetteer must not shadow them
    table = places()
    assert "moscow" not in table and "france" not in table


def _actors(nlp, text):
    from dyads.actors import find_actors
    from dyads.model import Article

    return {a.text: a for a in find_actors(nlp(text), Article(id="t", text=text))}


def test_a_town_is_an_actor_of_its_country_without_a_sector(nlp):
    found = _actors(nlp, "Shells fell on Mosul and Kandahar overnight.")
    assert found["Mosul"].code == "IRQ" and found["Kandahar"].code == "AFG"


def test_a_force_placed_in_a_state_belongs_to_it(nlp):
    found = _actors(nlp, "A missionary from Calgary was arrested by police in Lebanon.")
    assert found["police"].code == "LBNCOP"


def test_a_meeting_town_says_nothing_of_who_met(nlp):
    found = _actors(nlp, "Sheikh Rahman met the envoy in Sochi.")
    assert found["Sochi"].country == "RUS"
    assert all(a.country != "RUS" for t, a in found.items() if "Rahman" in t)

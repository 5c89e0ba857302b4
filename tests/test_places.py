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

"""Session 32 (helper c, judged actor mentions): a former holder of an executive or force post
is a former official (ELI); a lower-case calling before a name the tagger took for a body makes
it a person of that calling; keepers of shops and small firms are business. Each rule has a
near miss it must leave alone."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_former_minister_and_force_chiefs_are_former_officials(nlp):
    codes = actor_codes(nlp, "Peruvian police detained former mining minister Jorge Salas and "
                             "former navy commander Luis Tello on Friday. Salas denied the charges.")
    assert codes["former mining minister Jorge Salas"] == "PERELI"
    assert codes["former navy commander Luis Tello"] == "PERELI"
    assert codes["Salas"] == "PERELI"
    codes = actor_codes(nlp, "Ghana's former interior minister, Kofi Mensah, was arrested on Monday.")
    assert codes["Kofi Mensah"] == "GHAELI"
    assert actor_codes(nlp, "Ghanaian police arrested the former minister at the airport.")[
        "the former minister"] == "GHAELI"


def test_sitting_then_dated_and_envoy_posts_keep_their_sector(nlp):
    codes = actor_codes(nlp, "Peruvian mining minister Jorge Salas met Chilean miners on Friday.")
    assert codes["Peruvian mining minister Jorge Salas"] == "PERGOV"
    codes = actor_codes(nlp, "Former Canadian Ambassador to NATO Sean Kelly said the vote mattered.")
    assert codes["Former Canadian Ambassador to NATO Sean Kelly"] == "CANGOV"
    codes = actor_codes(nlp, "Fiji, whose former colonial ruler is Britain, asked Britain for aid.")
    assert all(code != "GBRELI" for code in codes.values())


def test_lower_case_calling_before_a_name_makes_a_person(nlp):
    codes = actor_codes(nlp, "Kenyan lawmaker Arben Ismaili said the bill would fail.")
    assert codes["Kenyan lawmaker Arben Ismaili"] == "KENLEG"
    # near miss: a calling before a body's name ("the ruling Jubilee Party") is no title
    codes = actor_codes(nlp, "Kenyan lawmakers of the Jubilee Party said the bill would fail.")
    # (the party is a knowledge-base row since session 53, matched without its article)
    assert (codes.get("the Jubilee Party") or codes.get("Jubilee Party")) == "KENPTY"


def test_keepers_of_shops_and_small_firms_are_business(nlp):
    codes = actor_codes(nlp, "\"We lost everything,\" said Pedro Quispe, a bakery owner in Lima, Peru.")
    assert codes["Pedro Quispe"] == "PERBUS"
    codes = actor_codes(nlp, "A Peruvian street vendor said prices had doubled.")
    assert codes["A Peruvian street vendor"] == "PERBUS"
    # near miss: a home owner is nobody's trade
    codes = actor_codes(nlp, "\"We lost everything,\" said Pedro Quispe, a home owner in Lima, Peru.")
    assert codes["Pedro Quispe"] != "PERBUS"


def test_institutes_watches_and_initiatives_are_private_bodies(nlp):
    codes = actor_codes(nlp, "Mark Tully of the Auckland-based Harbour Institute said Fiji was exposed.")
    assert codes["the Auckland-based Harbour Institute"] == "NZLNGO"
    codes = actor_codes(nlp, "GABORONE (Wire) - Botswana votes on Friday. Local monitoring group "
                             "Ballot Watch said it would deploy 2,000 observers.")
    assert codes["Local monitoring group Ballot Watch"] == "BWANGO"
    # near misses: a state's own institute and a profession's one body keep their sector
    codes = actor_codes(nlp, "Fiji's National Statistics Institute said prices rose.")
    assert codes["Fiji's National Statistics Institute"] != "FJINGO"
    codes = actor_codes(nlp, "SUVA (Wire) - In Fiji, the Bar Association said the law was void.")
    assert codes.get("the Bar Association") != "NGO"


def test_apple_daily_is_a_hong_kong_outlet(nlp):
    codes = actor_codes(nlp, "Apple Daily said it would print a million copies on Friday.")
    assert codes["Apple Daily"] == "HKGJRN"

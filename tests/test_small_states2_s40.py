"""Session 40, helper g (batch AM1): small states' actors. A headline's clause of background
("... as Italian supplies lag") names no party of its act; "St Vincent" is Saint Vincent and
the Grenadines; international bodies the knowledge base now knows (FATF, EMA) are no host's;
"Rome" is the Holy See in a story about the Church that never names Italy; a minister titled by
a portfolio is of the state whose ministry of it the text named before him. Sentences of our
own."""

from __future__ import annotations

from actor_helpers import actor_codes

from dyads.countries import country_forms

_ANDORRA = ("ANDORRA LA VELLA, April 9 (Wire) - Andorra has begun handing out Chinese-made masks to "
            "its care homes after deliveries promised through Spain arrived far later than planned.\n\n"
            "Andorra had agreed in March to take part of Spain's stock, but Spanish officials said "
            "Spanish hospitals came first. Madrid has apologised, and Spain's health ministry "
            "said more would follow next week. Spanish officials said Spain's factories would "
            "speed up.\n\n"
            "Doctors in Andorra welcomed the shipment. The government said the masks had passed "
            "tests. Opposition parties accused the government of secrecy and asked for the "
            "contract. Residents queued outside pharmacies.")


def test_background_clause_of_headline_names_no_party(nlp) -> None:
    codes = actor_codes(nlp, _ANDORRA, date="2020-04-09",
                        title="Andorra turns to Chinese masks as Spanish deliveries stall")
    assert codes["The government"] == "ANDGOV"
    assert codes["Opposition parties"] == "ANDOPP"


def test_st_vincent_is_a_country_form() -> None:
    forms = country_forms()
    assert forms["Saint Vincent"].iso3 == "VCT"
    assert forms["St Vincent"].iso3 == "VCT"


_KINGSTOWN = ("KINGSTOWN, May 4 (Wire) - Saint Vincent and the Grenadines Prime Minister Ralph "
              "Gonsalves was flown to Barbados on Tuesday for surgery on his knee, his office said.\n\n"
              "He was treated at a clinic in Bridgetown, and Barbados Prime Minister Mia Mottley "
              "visited him there. Vincentian officials said the operation went well, and Barbados "
              "doctors agreed.\n\n"
              "The Teachers' Union wished him well. The opposition said the government should name "
              "an acting leader, and the government said it would not.")


def test_st_vincent_headline_gives_the_story_its_state(nlp) -> None:
    codes = actor_codes(nlp, _KINGSTOWN, date="2021-05-04",
                        title="St Vincent PM Gonsalves flown to Barbados for knee surgery")
    assert codes["The Teachers' Union"] == "VCTLAB"
    assert codes["The opposition"] == "VCTOPP"


_GREY_LIST = ("The Financial Action Task Force added Panama to its grey list on Friday. The FATF "
              "said Panama had to show more convictions. Panama's government said it would "
              "work with the FATF.\n\nThe Amsterdam-based EMA said it had not yet received "
              "an application for the vaccine.")


def test_international_bodies_are_no_hosts(nlp) -> None:
    codes = actor_codes(nlp, _GREY_LIST, date="2022-06-24")
    assert codes["Financial Action Task Force"] == "IGO"
    assert codes["FATF"] == "IGO"
    assert codes["EMA"] == "EUR"


_SEE = ("The Holy See said on Monday that the faithful in Vietnam who stayed loyal to Rome would "
        "have a resident envoy. Vietnam's government welcomed the step.\n\n"
        "\"Every bishop here is in communion with the Bishop of Rome,\" a priest in Hanoi said. "
        "Two bishops will attend a meeting in Rome next month.")


def test_rome_is_the_holy_see_in_a_story_about_the_church(nlp) -> None:
    found = _mentions(nlp, _SEE)
    assert [code for text, code in found if text == "Rome"] == ["VAT", "VAT", "ITA"]


_ITALY = ("The Holy See and Italy signed a tax accord on Monday. The Vatican said it remained "
          "grateful to Rome for its patience, and Italy's finance ministry said the deal was fair.")


def test_rome_stays_italy_where_italy_is_named(nlp) -> None:
    found = _mentions(nlp, _ITALY)
    assert [code for text, code in found if text == "Rome"] == ["ITAGOV"]


_MONACO = ("MONACO, June 3 (Wire) - Monaco's government said on Monday it would tighten checks on "
           "property sales. The prince asked ministers to act quickly.\n\n"
           "In Paris, the French finance ministry said it would help. Finance Minister Bruno "
           "Lemaire said Monaco had made progress. Monaco's National Council will vote next week, "
           "and Monaco's banks said they backed the plan. Monaco has faced such scrutiny before.")


def test_minister_of_a_ministry_named_before(nlp) -> None:
    codes = actor_codes(nlp, _MONACO, date="2024-06-03",
                        title="Monaco to tighten checks on property sales")
    assert codes["Finance Minister Bruno Lemaire"] == "FRAGOV"


def _mentions(nlp, text: str) -> list[tuple[str, str | None]]:
    from dyads.actors import find_actors
    from dyads.model import Article
    return [(a.text, a.code) for a in find_actors(nlp(text), Article(id="t", text=text, date="2021-03-01"))]


_INVASION = ("In 1989 U.S. forces backed by troops from several Caribbean states landed on the island. "
             "The island's government had asked for help.")


def test_troops_from_several_regional_states_are_the_regions(nlp) -> None:
    codes = actor_codes(nlp, _INVASION, date="1989-12-20")
    assert codes["troops"] == "CRBMIL"

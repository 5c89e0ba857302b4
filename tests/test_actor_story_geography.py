"""Session 30: states taken from the story's geography, not from a namesake or the story's
default state: a body of an international court read back from its full name, a possessive
state before a title, towns named like states or named again, a shared body name a state owns,
and people placed by their own place or by the state they stand against. Sentences written for
these tests."""

from __future__ import annotations

from actor_helpers import actor_codes

from dyads.actors import find_actors
from dyads.model import Article


def _codes_at(nlp, text: str, phrase: str, nth: int = 0) -> list[str | None]:
    """The codes of the actor records exactly on the ``nth`` occurrence of ``phrase``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    actors = find_actors(nlp(text), Article(id="t", text=text, date="2023-05-01"))
    return [a.code for a in actors if a.start == start and a.end == start + len(phrase)]


_WORLD_COURT = (
    "WASHINGTON (Wire) - The International Court of Justice ruled on Tuesday that states must "
    "curb pollution. The court's judges were unanimous. Court President Maria Lindqvist read "
    "the opinion. Washington said the United States would not change course. President Joe "
    "Biden and the White House said America would keep its own rules. The U.S. administration "
    "said the court should not make new law. The judges rejected that view.")


def test_the_court_reads_back_to_a_named_court_of_justice(nlp):
    assert _codes_at(nlp, _WORLD_COURT, "The court") == ["UNOJUD"]
    assert _codes_at(nlp, _WORLD_COURT, "the court") == ["UNOJUD"]


def test_a_court_president_and_judges_of_the_named_court(nlp):
    assert _codes_at(nlp, _WORLD_COURT, "Court President Maria Lindqvist") == ["UNOJUD"]
    assert _codes_at(nlp, _WORLD_COURT, "The judges") == ["UNOJUD"]


def test_a_possessive_state_before_a_portfolio_the_tagger_split(nlp):
    text = ("WASHINGTON (Wire) - President Joe Biden said the United States would not pay. The "
            "White House said America comes first. \"This is a win,\" Tuvalu's Climate "
            "Change Minister Seve Paeniu said outside the court.")
    codes = actor_codes(nlp, text)
    minister = [c for t, c in codes.items() if t.endswith("Seve Paeniu")]
    assert minister == ["TUVGOV"]


def test_a_states_name_as_a_city_is_a_town_of_the_story_state(nlp):
    text = "A Bolivian court jailed the former governor, who was detained in the eastern city of Trinidad."
    assert _codes_at(nlp, text, "Trinidad") == ["BOL"]


def test_a_city_state_named_as_a_city_stays_itself(nlp):
    text = "Fans gathered in the city of Singapore on Sunday."
    assert _codes_at(nlp, text, "Singapore") == ["SGP"]


def test_a_town_named_again_keeps_the_state_given_before(nlp):
    text = ("MAPUTO (Wire) - Gunmen raided the Mozambican town of Palma on Tuesday. Survivors "
            "reached Pemba by boat. Britain said it was talking to local authorities about "
            "British workers in Palma.")
    assert _codes_at(nlp, text, "Palma", nth=1) == ["MOZ"]
    assert _codes_at(nlp, text, "local authorities") == ["MOZGOV"]


def test_a_shared_body_name_owned_by_a_state(nlp):
    text = ("Sergei Ivanov, deputy secretary of Russia's Security Council, said Moscow would respond. "
            "The UN Security Council met later.")
    assert _codes_at(nlp, text, "Security Council") == ["RUSGOV"]
    assert _codes_at(nlp, text, "UN Security Council") == ["UNOGOV"]


def test_a_states_veto_in_the_world_council_stays_the_uns(nlp):
    text = "China's Security Council veto angered Washington, diplomats in New York said."
    assert "RUSGOV" not in actor_codes(nlp, text).values()
    assert "CHNGOV" not in _codes_at(nlp, text, "Security Council")


def test_a_building_known_as_the_white_house_abroad(nlp):
    text = ("BISHKEK (Wire) - Protesters in Bishkek stormed the main government building, known as "
            "the White House. Kyrgyz police fired tear gas and the Kyrgyz president fled.")
    assert _codes_at(nlp, text, "White House") == ["KGZGOV"]


def test_bolivias_congress(nlp):
    text = ("LA PAZ (Wire) - Bolivian police detained a former minister. Former Bolivian "
            "President Carlos Mesa, whose alliance leads the opposition in Congress, "
            "condemned the arrest.")
    assert _codes_at(nlp, text, "Congress") == ["BOLLEG"]


_TWO_STATES = (
    "ALGIERS (Wire) - Algeria closed its airspace to Niger on Monday. The Algerian army said "
    "Algerian jets were ready. Algerian officials said Algeria would not yield. Niger announced "
    "on state television that it would close its own airspace. The deal was signed between "
    "Niamey and mainly Tuareg rebels in the north. Rebels ambushed dozens of Nigerien soldiers "
    "near the border. \"Prices doubled,\" said Ousmane Issa, 40, a trader in Agadez.")


def test_state_television_of_the_announcing_state(nlp):
    assert _codes_at(nlp, _TWO_STATES, "state television") == ["NERJRN"]


def test_rebels_paired_against_a_state_or_attacking_its_soldiers(nlp):
    codes = actor_codes(nlp, _TWO_STATES)
    assert codes.get("Rebels") == "NERREB"
    assert [c for t, c in codes.items() if t.endswith("Tuareg rebels")] == ["NERREB"]


def test_a_trader_in_a_named_town(nlp):
    codes = actor_codes(nlp, _TWO_STATES)
    assert "a trader" not in codes  # (session 58) the description is Issa, no second actor
    assert codes.get("Ousmane Issa", "").startswith("NER")


def test_a_firm_described_in_apposition(nlp):
    text = ("MOSCOW (Wire) - Russia warned Latvia on Monday. Russian officials said Moscow would "
            "respond. Latvia's state railway company, LDZ, said it would stop the trains. "
            "The Kremlin said Russia would act.")
    assert _codes_at(nlp, text, "LDZ")[0].startswith("LVA")


def test_civilians_killed_in_a_named_town(nlp):
    text = ("MOSCOW (Wire) - Russia said Russian troops would stay. Russian officials spoke. "
            "Latvia expelled the Russian envoy over the killing of civilians in the Ukrainian "
            "town of Irpin.")
    assert _codes_at(nlp, text, "civilians") == ["UKRCVL"]

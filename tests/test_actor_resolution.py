"""Actor resolution: modifiers that name an actor, third-person pronouns, all-capital headlines."""

from __future__ import annotations

import pytest

from dyads.actors import find_actors
from dyads.kb import load_kb
from dyads.model import Actor, Article


def mentions(nlp, text: str, date: str | None = "2019-09-27") -> list[Actor]:
    return find_actors(nlp(text), Article(id="t", text=text, date=date))


def at(found: list[Actor], text: str, phrase: str, nth: int = 0) -> Actor:
    """The shortest mention covering the nth occurrence of ``phrase``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    end = start + len(phrase)
    hits = [a for a in found if a.start <= start and end <= a.end]
    assert hits, f"no mention covers {phrase!r}: {[a.text for a in found]}"
    return min(hits, key=lambda a: a.end - a.start)


def pronoun(found: list[Actor], text: str, word: str, nth: int = 0) -> Actor | None:
    """The pronoun mention on the nth ``word`` (None when it was left unresolved)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return next((a for a in found if a.kind == "pronoun" and a.start == start), None)


# -- a modifier naming an actor beats the country of a later place ------------------------------

@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("A second battalion of NATO peacekeeping troops landed in Kosovo on Friday.",
         "troops", "IGO"),
        ("UN troops patrolled the buffer zone in Cyprus.", "troops", "UNO"),
        ("EU election monitors were sent to Moldova last week.", "monitors", "EUR"),
        ("Iranian-backed fighters in Syria fired at the base.", "fighters", "IRN"),
        ("U.S.-led coalition forces struck targets in Iraq.", "forces", "USA"),
    ],
)
def test_a_modifier_names_the_actor(nlp, text, phrase, country):
    assert at(mentions(nlp, text), text, phrase).country == country


def test_without_a_modifier_the_place_still_decides(nlp):
    text = "Gunmen and fighters attacked a checkpoint in northern Mali."
    assert at(mentions(nlp, text), text, "fighters").country == "MLI"


def test_bare_monitors_are_no_actor(nlp):
    text = "Monitors arrived in the capital on Monday."
    assert not [a for a in mentions(nlp, text) if "Monitors" in a.text]


def test_a_person_known_by_name_is_no_evidence_of_another_persons_state(nlp):
    text = "Sheikh Rahman met Putin in Sochi."
    sheikh = at(mentions(nlp, text), text, "Rahman")
    assert sheikh.country != "RUS"


# -- pronouns -----------------------------------------------------------------------------------

def test_it_and_its_take_the_state_that_is_the_subject(nlp):
    text = "Turkey summoned the Dutch envoy on Monday. Its foreign ministry said it was ready to respond."
    found = mentions(nlp, text)
    assert at(found, text, "foreign ministry").country == "TUR"
    it = pronoun(found, text, "it was")
    assert it is not None and it.country == "TUR"


def test_she_skips_a_man_and_he_skips_a_woman(nlp):
    text = "Emmanuel Macron met Angela Merkel in Paris. She said his proposal deserved support."
    found = mentions(nlp, text)
    she = pronoun(found, text, "She")
    assert she is not None and she.name == "Angela Merkel" and she.country == "DEU"
    # "his" is possessive: it resolves what it owns rather than becoming an actor itself
    assert pronoun(found, text, "his") is None


def test_a_title_gives_the_gender(nlp):
    text = "Mrs Okonjo met the finance minister on Tuesday. She later called for new talks."
    she = pronoun(mentions(nlp, text), text, "She")
    assert she is not None and she.name and "Okonjo" in she.name


def test_they_takes_a_plural_group(nlp):
    text = "Kenyan police raided the camp at dawn. They arrested twelve people."
    they = pronoun(mentions(nlp, text), text, "They")
    assert they is not None and (they.country, they.sector) == ("KEN", "COP")


def test_they_after_two_conjoined_states_is_left_alone(nlp):
    text = "Brazil and Argentina said they would sign the accord."
    assert pronoun(mentions(nlp, text), text, "they") is None


def test_an_empty_it_is_no_actor(nlp):
    text = "Japan protested strongly. It is likely that the talks will be postponed."
    assert pronoun(mentions(nlp, text), text, "It") is None


def test_a_subject_that_is_no_actor_blocks_it(nlp):
    text = "The treaty was ratified by Peru last year. It bans all mining in the reserve."
    assert pronoun(mentions(nlp, text), text, "It") is None


def test_a_pronoun_in_a_quotation_is_not_its_speaker(nlp):
    text = "\u201cHe has lied to everyone,\u201d Erdogan said on Friday."
    assert pronoun(mentions(nlp, text), text, "He") is None


def test_a_pronoun_continues_a_name_learned_gender(nlp):
    text = ("Dana Vulic spoke to Marko Petrov on Friday. She told reporters the deal was close. "
            "Later he denied it.")
    found = mentions(nlp, text)
    she = pronoun(found, text, "She")
    assert she is not None and she.name == "Dana Vulic"
    he = pronoun(found, text, "he")
    assert he is None or he.name != "Dana Vulic"


# -- all-capital headlines ----------------------------------------------------------------------

def test_capital_headline_resolves_states_and_people(nlp):
    text = "CHINA WARNS SOUTH KOREA AS MADURO VISITS BEIJING"
    found = mentions(nlp, text)
    assert at(found, text, "CHINA").country == "CHN"
    assert at(found, text, "SOUTH KOREA").country == "KOR"
    maduro = at(found, text, "MADURO")
    assert maduro.kind == "person" and maduro.country == "VEN"
    beijing = at(found, text, "BEIJING")
    assert (beijing.country, beijing.sector) == ("CHN", "GOV")


def test_a_capital_region_is_not_its_state(nlp):
    text = "LATIN AMERICA BRACES FOR RECESSION"
    assert not [a for a in mentions(nlp, text) if a.country == "USA"]


def test_ordinary_capital_words_are_no_actors(nlp):
    text = "IT IS TIME AS THE WAR GOES ON"
    assert not [a for a in mentions(nlp, text) if a.country]


def test_a_lone_capital_word_in_running_text_is_not_looked_up(nlp):
    text = "The ship was renamed JORDAN in port."
    assert not [a for a in mentions(nlp, text) if a.country == "JOR"]


# -- knowledge base -----------------------------------------------------------------------------

def test_knowledge_base_reads_gender_and_folds_case():
    kb = load_kb()
    assert kb.resolve_person("Angela Merkel", "2010-01-01").gender == "f"
    assert kb.resolve_person("Vladimir Putin", "2010-01-01").gender == "m"
    kind, form = kb.lookup_folded("SAUDI ARABIA")
    assert kind == "country" and form.iso3 == "SAU"
    assert kb.lookup_folded("NOT A PLACE") is None


def test_a_surname_that_is_a_title_is_not_an_alias(nlp):
    text = "The King thanked the volunteers."
    assert not [a for a in mentions(nlp, text) if a.name == "Tom King"]

"""Session 21 (F): whose an article's unmarked mentions are: the headline's subject as the
story's state, "the two countries" as the pair that did the act before, "the parliament" as
the latest named parliament, and which person "he" goes on with."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Article

from actor_helpers import actor_codes

_PACT = ("WELLINGTON, May 3 (Wire) - Fiji has signed a fisheries agreement with Japan, Tokyo "
         "said, raising concern in New Zealand that the deal could bring Japanese trawlers into "
         "the South Pacific. Prime Minister Ratu Kaliova told lawmakers that the pact would "
         "create jobs. Fiji received a Japanese loan last year. New Zealand fishing groups "
         "criticised the deal, and Fiji will host a regional meeting next month.")


def _all_codes(nlp, text: str) -> dict[str, set[str | None]]:
    """Every code each mention's text has (a plural reference has one per member)."""
    found: dict[str, set[str | None]] = {}
    for a in find_actors(nlp(text), Article(id="t", text=text, date="2021-03-01")):
        found.setdefault(a.text, set()).add(a.code)
    return found


def test_headline_subject_is_the_story_state(nlp):
    codes = actor_codes(nlp, _PACT, title="Fiji signs fisheries pact with Japan, worrying "
                                          "New Zealand and Australia")
    assert codes.get("Prime Minister Ratu Kaliova") == "FJIGOV", codes


def test_joint_headline_subject_near_miss(nlp):
    # near miss: two states joined as the headline's subject make neither the story's
    codes = actor_codes(nlp, _PACT, title="Fiji and Japan sign fisheries pact")
    assert codes.get("Prime Minister Ratu Kaliova") != "FJIGOV", codes


def test_headline_subject_placed_abroad_near_miss(nlp):
    # near miss: a subject placed in another state ("Japanese envoy in Fiji") says the story
    # is set there, not in the subject's state
    codes = actor_codes(nlp, _PACT, title="Japanese envoy in Fiji hails fisheries pact")
    assert codes.get("Prime Minister Ratu Kaliova") != "JPNGOV", codes


def test_two_countries_are_the_pair_that_did_the_act(nlp):
    text = ("Fiji has signed a fisheries agreement with Japan, raising concern in Wellington "
            "and Canberra about Japanese trawlers. Officials said the trade ministers of the "
            "two countries had signed the agreement in Tokyo.")
    found = _all_codes(nlp, text)
    assert found.get("the trade ministers") == {"FJIGOV", "JPNGOV"}, found


def test_two_countries_near_miss_keeps_the_nearest_pair(nlp):
    # near miss: another act of the reference's own is told of the nearest pair named
    text = ("Fiji has signed a fisheries agreement with Japan, raising concern in New Zealand "
            "and Australia about Japanese trawlers. Officials said the trade ministers of the "
            "two countries had protested to Tokyo.")
    found = _all_codes(nlp, text)
    assert found.get("the trade ministers") == {"NZLGOV", "AUSGOV"}, found


def test_the_parliament_is_the_latest_named_parliament(nlp):
    text = ("MOSCOW, June 2 (Wire) - Russia barred nine members of the European Parliament from "
            "entering the country on Tuesday, the Russian foreign ministry said. Russian officials "
            "called the ban a reply to European sanctions. \"The parliament will answer this "
            "insult,\" a European diplomat said.")
    codes = actor_codes(nlp, text)
    assert codes.get("The parliament") == "EURLEG", codes


def test_he_goes_on_with_the_named_person_not_a_passing_judge(nlp):
    text = ("LIMA, June 6 (Wire) - Peruvian prosecutors sought the arrest of opposition leader "
            "Tomas Quispe on Monday. A Lima judge granted the warrant late on Sunday at the "
            "request of prosecutors, who accuse Quispe of fraud. He had ignored two "
            "summonses to appear before investigators.")
    codes = actor_codes(nlp, text)
    assert codes.get("He") == "PEROPP", codes


def test_he_after_a_passing_judge_alone_near_miss(nlp):
    # near miss: with no person named before, "he" is the judge just brought in
    text = ("LIMA, June 6 (Wire) - Peruvian prosecutors sought an arrest warrant on Monday. A Lima "
            "judge granted the warrant late on Sunday. He said the evidence was strong.")
    codes = actor_codes(nlp, text)
    assert codes.get("He") == "PERJUD", codes


def test_he_several_sentences_on_is_the_subject_not_a_possessor(nlp):
    text = ("MINSK, May 4 (Wire) - Belarusian police detained the blogger Ivan Marchuk at the "
            "airport on Sunday. Marchuk left Belarus in 2020 over his reporting on President "
            "Alexander Lukashenko's disputed re-election. The charges carry ten years in prison. "
            "In a video released on Monday, he said he was being treated well.")
    codes = actor_codes(nlp, text)
    assert codes.get("he") != "BLRGOV", codes


def test_second_president_is_not_the_story_states(nlp):
    text = ("MEXICO CITY, April 5 (Wire) - Mexico gave asylum to a former Honduran minister on "
            "Friday, Foreign Minister Alicia Barcena said, with the approval of President Andres "
            "Manuel Lopez Obrador. Mexico's embassy in Tegucigalpa sheltered him for months. "
            "President Ramon Castellanos's government said it would not let him leave. Mexico "
            "called the decision unlawful.")
    codes = actor_codes(nlp, text)
    assert codes.get("President Ramon Castellanos") != "MEXGOV", codes
    assert codes.get("it") != "MEXGOV", codes

"""Pronoun antecedents in the actor layer: the sayer of "X says it ...", a surname the tagger
did not make a mention, and pronouns that must not stand for a mention of another class."""

from __future__ import annotations


def _actors(nlp, text: str, date: str = "2019-06-01"):
    from dyads.actors import find_actors
    from dyads.model import Article

    return find_actors(nlp(text), Article(id="t", text=text, date=date))


def _pronoun(actors, word: str):
    return next(a for a in actors if a.text == word and a.kind == "pronoun")


def test_the_sayer_is_the_subject_of_its_complement(nlp):
    # the speaker's gender is unknown, the earlier "Mr" is known: the syntax decides
    actors = _actors(nlp, "Mr Emmanuel Macron spoke in Paris on Monday. Indian Chief Minister "
                          "Manohar Parrikar tweeted he was pleased with the talks.")
    assert _pronoun(actors, "he").code == "INDGOV"


def test_an_uncoded_sayer_still_takes_its_it(nlp):
    # better no code than the agency reported in the sentence before
    actors = _actors(nlp, "Reuters reported the blast in Moscow. The Investigative Committee "
                          "says it has found no trace of explosives.")
    assert _pronoun(actors, "it").code != "GBRJRN"


def test_a_bare_surname_without_a_mention_is_still_its_person(nlp):
    actors = _actors(nlp, "Judge Mary Holt sentenced Ohio man James Alex Fields on Friday. "
                          "President Donald Trump praised the judge. The sentence covers the "
                          "federal charges against Fields. He was already found guilty in "
                          "Virginia.")
    he = _pronoun(actors, "He")
    assert he.code == "USA"


def test_the_pronoun_of_the_sayer_stays_with_the_sayer(nlp):
    actors = _actors(nlp, "Japanese businessman Kenji Sato fled to Manila in May. The Japanese "
                          "foreign ministry later said it had found him.")
    assert _pronoun(actors, "it").code == "JPNGOV"
    assert _pronoun(actors, "him").code == "JPNBUS"

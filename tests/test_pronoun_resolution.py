"""The shared pieces of pronoun resolution: quotation regions, the look-back window, the
object-pronoun rule, the noun a pronoun stands for in sense vetoes, and in the actor layer the
sayer of "X says it ..." and a surname the tagger did not make a mention."""

from __future__ import annotations

from dyads.actor_coref import object_referent, quotation_of, window_start
from dyads.event_filters import _antecedent


def _tok(doc, word: str, nth: int = 0):
    return [t for t in doc if t.lower_ == word][nth]


def _pronoun(actors, word: str):
    return next(a for a in actors if a.text == word and a.kind == "pronoun")


def _actors(nlp, text: str, date: str = "2019-06-01"):
    from dyads.actors import find_actors
    from dyads.model import Article

    return find_actors(nlp(text), Article(id="t", text=text, date=date))


def test_quotation_spans_sentences(nlp):
    # the second sentence has no quote mark of its own before "her", yet is quoted
    doc = nlp('"We met the minister. We will ask her to stay," Smith said. Jones thanked her.')
    region = quotation_of(doc)
    assert region(_tok(doc, "her", 0).i) == 0
    assert region(_tok(doc, "her", 1).i) == -1
    assert region(_tok(doc, "smith").i) == -1


def test_quotation_regions_are_worked_out_once(nlp):
    doc = nlp('He said: "They left." Then they came back.')
    quotation_of(doc)
    regions = doc.user_data["dyads_quote_regions"]
    assert len(regions) == 1
    # a later caller reads the same regions, even given another text
    assert quotation_of(doc, "no quotes at all")(_tok(doc, "they", 0).i) == 0
    assert doc.user_data["dyads_quote_regions"] is regions


def test_window_start_counts_sentences_back(nlp):
    doc = nlp("Rain fell. The army came. Troops left. They were tired.")
    they = _tok(doc, "they")
    assert window_start(they, 0) == they.sent.start
    assert doc[window_start(they, 1)].text == "Troops"
    assert doc[window_start(they, 2)].text == "The"
    assert window_start(they, 10) == 0


def test_them_skips_the_doers_own_phrase(nlp):
    doc = nlp("Police arrested five activists and the officers released them.")
    them = _tok(doc, "them")
    seen = []

    def phrase(noun):
        seen.append(noun.text)
        return [noun.text]

    found = object_referent(them, phrase, lambda: [], lambda a: a == "officers")
    assert found == ["activists"]
    assert seen == ["officers", "activists"]  # nearest plural first, the doer's passed over


def test_them_returns_a_nouns_empty_phrase(nlp):
    # "microbes" is the nearer plural: it blocks the activists even though it is no actor
    doc = nlp("Police held activists. Labs grew microbes and supplied them.")
    found = object_referent(_tok(doc, "them"), lambda n: [] if n.text == "microbes" else [n.text],
                            lambda: [], lambda a: False)
    assert found == []


def test_him_is_the_nearest_person_other_than_the_doer(nlp):
    doc = nlp("Smith met Jones and then Brown called him.")
    him = _tok(doc, "him")
    found = object_referent(him, lambda n: [], lambda: ["Brown", "Jones", "Smith"],
                            lambda a: a == "Brown")
    assert found == ["Jones"]


def test_him_in_a_quotation_means_nobody_named_here(nlp):
    doc = nlp('Smith met Jones. "We will ask him to stay," Brown said.')
    him = _tok(doc, "him")
    assert object_referent(him, lambda n: [], lambda: ["Jones"], lambda a: False) == []
    # a quote the quote stage found counts as well
    doc = nlp("Smith met Jones and Brown called him.")
    assert object_referent(_tok(doc, "him"), lambda n: [], lambda: ["Jones"], lambda a: False,
                           quoted=True) == []


def test_other_pronouns_have_no_object_referent(nlp):
    doc = nlp("The ministry sent it to them.")
    assert object_referent(_tok(doc, "it"), lambda n: ["x"], lambda: ["y"], lambda a: False) == []


def test_sense_antecedent_is_any_noun_of_the_pronouns_number(nlp):
    doc = nlp("The parents kept their children at home. They kept them indoors for years.")
    ante = _antecedent(_tok(doc, "them"))
    assert ante is not None and ante.text == "children"
    assert _antecedent(_tok(doc, "they")) is None  # subjects are the actor stage's job


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
    assert he.code == "USACVL"  # a private person described by his state ("Ohio man")


def test_the_pronoun_of_the_sayer_stays_with_the_sayer(nlp):
    actors = _actors(nlp, "Japanese businessman Kenji Sato fled to Manila in May. The Japanese "
                          "foreign ministry later said it had found him.")
    assert _pronoun(actors, "it").code == "JPNGOV"
    assert _pronoun(actors, "him").code == "JPNBUS"


def test_a_bodys_members_named_by_its_pronoun_are_the_body(nlp):
    # "their members" of a labour body are that body; the event coder then has a party
    actors = _actors(nlp, "Police unions in Kenya said their members had not been paid since March.")
    members = [a for a in actors if a.text == "their members"]
    unions = [a for a in actors if a.text == "Police unions"]
    assert members and unions and members[0].code == unions[0].code == "KENLAB"
    # counter-case: a government's members are read by the event coder
    actors = _actors(nlp, "The Kenyan government said its members would meet on Monday.")
    assert not [a for a in actors if a.text == "its members"]

"""Session 22: the tagger's runs keep what the gold never cuts off a phrase (an office's named
holder, a bare noun sharing the run's modifiers, an "of" phrase, a site's place) and never split
one phrase of the rules into two parties (sentences are our own)."""

from __future__ import annotations

import pytest

from dyads import argument_tagger as at


def _text(doc, run):
    return doc[run[1]:run[2]].text


def _at(doc, word):
    return [t.i for t in doc if t.text == word][0]


def test_runs_of_one_role_inside_one_rules_phrase_are_joined_back():
    # the rules' phrase is tokens 2..12; the tagger split it at a preposition
    assert at.rejoin_runs([("T", 2, 5), ("T", 7, 12)], [("T", 2, 12)]) == [("T", 2, 12)]
    # two parties the rules also drew apart stay apart, and so do runs of different roles
    assert at.rejoin_runs([("T", 2, 5), ("T", 7, 12)], [("T", 2, 5), ("T", 7, 12)]) == [("T", 2, 5), ("T", 7, 12)]
    assert at.rejoin_runs([("S", 2, 5), ("T", 7, 12)], [("T", 2, 12)]) == [("S", 2, 5), ("T", 7, 12)]


@pytest.mark.model
def test_a_run_keeps_the_named_holder_of_an_office(nlp):
    doc = nlp("Police arrested the regional head of the farmers union, Ayla Demir, on Monday.")
    head, name = _at(doc, "head"), _at(doc, "Demir")
    assert doc[name].dep_ == "appos" and doc[name].head.i == head
    runs = at.tidy_runs(doc[:], [("T", head - 2, _at(doc, "union") + 1)])
    assert _text(doc, runs[0]) == "the regional head of the farmers union, Ayla Demir"


@pytest.mark.model
def test_a_run_keeps_a_bare_noun_that_shares_its_modifiers(nlp):
    doc = nlp("The rebels freed a Peruvian engineer and driver after two weeks.")
    engineer = _at(doc, "engineer")
    assert doc[_at(doc, "driver")].dep_ == "conj"
    runs = at.tidy_runs(doc[:], [("T", engineer - 2, engineer + 1)])
    assert _text(doc, runs[0]) == "a Peruvian engineer and driver"
    # a noun with no modifier of its own lists a separate party ("prisoners | detainees")
    doc = nlp("The court freed prisoners and detainees on Friday.")
    prisoners = _at(doc, "prisoners")
    runs = at.tidy_runs(doc[:], [("T", prisoners, prisoners + 1)])
    assert _text(doc, runs[0]) == "prisoners"


@pytest.mark.model
def test_a_run_keeps_the_of_phrase_and_the_place_of_a_site_the_rules_kept(nlp):
    doc = nlp("The army defended its recent seizure of farms in the south.")
    seizure, farms = _at(doc, "seizure"), _at(doc, "farms")
    runs = at.keep_rule_tails(doc[:], [("T", seizure - 2, seizure + 1)], [("T", seizure - 2, farms + 1)])
    assert _text(doc, runs[0]) == "its recent seizure of farms"
    # the tail goes no further than the rules' phrase, and nothing the rules did not keep is added
    runs = at.keep_rule_tails(doc[:], [("T", seizure - 2, seizure + 1)], [("T", seizure - 2, seizure + 1)])
    assert _text(doc, runs[0]) == "its recent seizure"
    doc = nlp("Jets bombed the last rebel bastion in the valley before dawn.")
    bastion, valley = _at(doc, "bastion"), _at(doc, "valley")
    assert doc[bastion + 1].head.i == bastion
    runs = at.keep_rule_tails(doc[:], [("T", bastion - 3, bastion + 1)], [("T", bastion - 3, valley + 1)])
    assert _text(doc, runs[0]) == "the last rebel bastion in the valley"


@pytest.mark.model
def test_a_site_is_never_given_up_for_the_place_it_is_in(nlp):
    doc = nlp("Gunmen raided a police post in the border town of Sella at night.")
    post, sella = _at(doc, "post"), _at(doc, "Sella")
    assert doc[sella].head.head.lemma_ == "town"
    rules = [("T", post - 2, sella + 1)]
    runs = at.keep_sites(doc[:], [("T", sella, sella + 1)], rules)
    assert _text(doc, runs[0]) == "a police post in the border town of Sella"
    # a place the rules did not put inside a site's phrase stays the tagger's
    assert at.keep_sites(doc[:], [("T", sella, sella + 1)], [("T", sella, sella + 1)]) == [("T", sella, sella + 1)]


@pytest.mark.model
def test_a_run_keeps_the_holder_the_parser_hung_as_a_second_of_object(nlp):
    # session 33: "Demir" parsed as a conjunct of "Oxfam International", not an apposition of "head"
    doc = nlp("Police arrested the Kenya head of aid group Oxfam International, Ayla Demir, and two other "
              "activists on Monday.")
    head, name = _at(doc, "head"), _at(doc, "Demir")
    assert doc[name].dep_ == "conj" and doc[name].head.i == _at(doc, "International")
    runs = at.tidy_runs(doc[:], [("T", head - 2, _at(doc, "International") + 1)])
    assert _text(doc, runs[0]) == "the Kenya head of aid group Oxfam International, Ayla Demir"
    # a conjunct after a comma that is no office's "of" phrase is another party: the run stays
    doc = nlp("Police arrested the activist Omar Farah, Ayla Demir, and two students on Monday.")
    farah = _at(doc, "Farah")
    runs = at.tidy_runs(doc[:], [("T", farah - 3, farah + 1)])
    assert _text(doc, runs[0]) == "the activist Omar Farah"


@pytest.mark.model
def test_a_run_ends_before_the_capital_its_diplomat_stands_in(nlp):
    doc = nlp("Lithuania summoned Russia's ambassador in Vilnius on Tuesday to protest the border incident.")
    russia, vilnius = _at(doc, "Russia"), _at(doc, "Vilnius")
    rules = [("S", 0, 1), ("T", russia, vilnius - 1)]
    runs = at.trim_seat_tails(doc[:], [("S", 0, 1), ("T", russia, vilnius + 1)], rules)
    assert _text(doc, runs[1]) == "Russia's ambassador"
    # where the rules kept the city (an organisation's office: "the Russian Embassy in Vilnius"), the run keeps it
    assert at.trim_seat_tails(doc[:], [("T", russia, vilnius + 1)], [("T", russia, vilnius + 1)]) == \
        [("T", russia, vilnius + 1)]


@pytest.mark.model
def test_a_place_in_the_description_of_a_party_is_no_party(nlp):
    doc = nlp("Latvia, a small country on the Baltic Sea, has imposed sanctions on Belarus.")
    sea, belarus = _at(doc, "Sea"), _at(doc, "Belarus")
    rules = [("S", 0, 1), ("T", belarus, belarus + 1)]
    assert at.in_description(doc[:], ("T", sea - 2, sea + 1), rules)
    assert not at.in_description(doc[:], ("T", belarus, belarus + 1), rules)
    # a description the rules kept in the party's phrase is the rules' phrase, not a separate party
    assert not at.in_description(doc[:], ("T", sea - 2, sea + 1), [("S", 0, sea + 1)])

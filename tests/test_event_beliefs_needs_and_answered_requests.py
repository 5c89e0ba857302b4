"""Acts told only as the content of a belief, a need or a right, metaphors of contest, support
won and requests answered (session 31; all sentences our own)."""

import pytest

from event_helpers import code_events


def _kinds(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.type, text[e.start:e.end]) for e in code_events(nlp, text)]


@pytest.mark.parametrize("text, trigger", [
    # the content of a confidence or a doubt is a forecast
    ("The Chilean minister said the government was confident its allies in Congress would stand by it.", "stand"),
    ("Union leaders said they had little faith in the courts to settle the dispute.", "settle"),
    ("The Peruvian envoy said he was sure the rebels would respect the truce.", "respect"),
    # a right or an option left open is no act
    ("The Kenyan commission said any candidate was free to petition the Supreme Court.", "petition"),
    # what someone needs has not been done
    ("The Fijian minister said the attack showed why Suva needed to strengthen cooperation with Canberra.",
     "cooperation"),
    ("The Danish government needs support from the opposition to pass the budget.", "support"),
    # a vow that foretells an outcome pledges nothing to anyone
    ("The Bolivian president vowed that his opponents would fail.", "vowed"),
    # a political or legal contest is no armed clash
    ("The Nepali prime minister is battling an opposition attempt to remove him.", "battling"),
    ("The Bulgarian mayor fought the charges in court for two years.", "fought"),
    # a campaign platform is put to voters, no undertaking to anyone
    ("The Costa Rican president campaigned on a pledge to root out corruption.", "pledge"),
])
def test_no_record_for_the_content(nlp, text, trigger):
    assert all(t != trigger for _, t in _kinds(nlp, text))


@pytest.mark.parametrize("text, kind, trigger", [
    ("The Chilean minister said the government would stand by its allies in Congress.", "AGREE", "stand"),
    ("Syrian troops battled Islamic State fighters near Palmyra on Monday.", "ASSAULT", "battled"),
    ("The Kenyan president made a pledge to Somalia on Monday to send troops.", "AGREE", "pledge"),
])
def test_acts_told_as_such_keep_their_record(nlp, text, kind, trigger):
    assert (kind, trigger) in _kinds(nlp, text)


def test_support_won_is_received_by_the_winner(nlp):
    text = "The Kosovar speaker won the backing of a majority of deputies on Tuesday."
    support = [e for e in code_events(nlp, text) if e.type == "SUPPORT"]
    assert support
    assert [a.text for a in support[0].source] == ["deputies"]
    assert support[0].target and all(a.text != "deputies" for a in support[0].target)


def test_support_won_by_a_vote_has_no_doer(nlp):
    text = "The Irish referendum on the treaty won overwhelming support, Prime Minister Byrne said."
    support = [e for e in code_events(nlp, text) if e.type == "SUPPORT"]
    assert all(not e.source for e in support)


def test_who_answers_a_request_did_not_make_it(nlp):
    text = "The Guatemalan Supreme Court approved the request in March."
    requests = [e for e in code_events(nlp, text) if e.type == "REQUEST"]
    assert all(all("Court" not in a.text for a in e.source) for e in requests)


def test_what_a_party_opposes_is_not_its_own_act(nlp):
    text = "The main Spanish opposition party, led by Alberto Feijoo, repeated its opposition to the agreement."
    assert all(e.type != "AGREE" or not e.source for e in code_events(nlp, text))

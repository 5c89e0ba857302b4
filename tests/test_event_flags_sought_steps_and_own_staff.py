"""Session 16, round 2: flags and precision found on fresh news (our own sentences).

An example of a sought class is sought too; an act another party is pushed to do is no promise or
threat of that party; a series of talks is background; a request to one's own staff is internal; a
pronoun denied is a denied claim; a platform is no statement target; a deed of unnamed culprits has
no doer; sending diplomats home expels them; a deal's deployments are no threats."""

from __future__ import annotations

from event_helpers import code_events

from dyads.model import Article
from dyads.pipeline import annotate_doc


def _statements(nlp, text: str):
    """The statement records of ``text`` read as one article."""
    return annotate_doc(Article(id="t", text=text, date="2021-03-04"), nlp(text)).statements


def test_an_example_of_the_steps_sought_is_sought_too(nlp):
    for text in ("Lithuania lobbied for more pressure on Minsk, including an embargo on Belarusian potash.",
                 "Rights groups called for firmer steps, such as an arms embargo on Sudan."):
        bans = [e for e in code_events(nlp, text) if e.type == "SANCTION"]
        assert all(e.hypothetical for e in bans), text


def test_an_act_another_party_is_encouraged_to_do_is_no_threat(nlp):
    for text in ("Analysts said the ruling would encourage Russia to seize more ships.",
                 "Opposition senators said the payment would embolden Venezuela to arrest more Americans."):
        events = code_events(nlp, text)
        assert not [e for e in events if e.type == "THREATEN"], text


def test_own_threat_stays_a_threat(nlp):
    events = code_events(nlp, "China will deploy more warships near Taiwan, the ministry said.")
    assert [e for e in events if e.type == "THREATEN"]


def test_regular_talks_are_background(nlp):
    for text in ("Before the coup, the former president of Mali held regular talks with French officials.",
                 "Erdogan and Putin held frequent meetings for years."):
        assert not [e for e in code_events(nlp, text) if e.type == "CONSULT"], text


def test_regular_talks_on_a_day_are_told(nlp):
    text = "The two foreign ministers held their regular talks in Ankara on Monday."
    assert [e for e in code_events(nlp, text) if e.type == "CONSULT"]


def test_asking_ones_own_ministers_is_no_request(nlp):
    for text in ("The prime minister asked his ministers to draft a new energy plan.",
                 "The governors asked their aides to prepare a joint statement."):
        assert not [e for e in code_events(nlp, text) if e.type == "REQUEST"], text


def test_asking_another_side_is_still_a_request(nlp):
    events = code_events(nlp, "Germany asked Poland to reopen the border crossing.")
    assert [e for e in events if e.type == "REQUEST"]


def test_denying_that_is_a_denial_statement(nlp):
    for text in ("Beijing denied that on Tuesday, calling the story a lie.", "Caracas denied it on Monday."):
        assert not [e for e in code_events(nlp, text) if e.type == "REJECT"], text
        assert [s for s in _statements(nlp, text) if s.cameo == "016"], text


def test_a_platform_is_no_statement_target(nlp):
    text = '"Our soldiers are ready for anything," the Armenian prime minister said in a statement on Facebook.'
    stmts = _statements(nlp, text)
    assert stmts and not [a for s in stmts for a in s.target if a.text == "Facebook"]


def test_the_culprits_of_a_deed_are_not_the_punisher(nlp):
    text = '"We will find all those responsible for the massacre," the interior minister said.'
    assert not [e for e in code_events(nlp, text) if e.trigger == "massacre"]


def test_sending_diplomats_home_expels_them(nlp):
    events = code_events(nlp, "Latvia sent home four Russian diplomats on Wednesday.")
    assert [e for e in events if e.type == "SANCTION" and e.cameo == "166"]
    assert not [e for e in events if e.type == "CONSULT"]


def test_sending_an_envoy_abroad_is_still_a_visit(nlp):
    events = code_events(nlp, "Qatar sent an envoy to Kabul on Sunday.")
    assert [e for e in events if e.type == "CONSULT" and e.cameo == "042"]


def test_deployment_under_a_deal_is_no_threat(nlp):
    text = "Under the accord, Serbian police will withdraw from the north and Kosovo police will deploy there."
    events = code_events(nlp, text)
    assert not [e for e in events if e.type == "THREATEN"]


def test_sanctions_a_response_would_answer_are_a_prospect(nlp):
    events = code_events(nlp, "Venezuela said it would respond harshly to any new US sanctions.")
    assert all(e.hypothetical and not e.future for e in events if e.type == "SANCTION")

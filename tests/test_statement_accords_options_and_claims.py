"""Events that CAMEO codes as 01 statements (session 14, helper ev3): accord with a view, feelings
and views shared, options weighed, one's own deed claimed. Each is paired with a wording that
stays an event. Sentences are our own.
"""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate_doc

from event_helpers import states_of


def _coded(nlp, text: str) -> Article:
    return annotate_doc(Article(id="t", text=text, date="2022-05-10"), nlp(text))


def _statement(art: Article, code: str):
    found = [s for s in art.statements if s.cameo == code]
    assert found, [(s.cameo, s.trigger) for s in art.statements]
    return found[0]


def test_agreeing_with_a_party_on_a_view_is_accord_not_a_deal(nlp):
    art = _coded(nlp, "Romania agrees with Bulgaria that the new border rules are too strict.")
    assert not [e for e in art.events if e.type == "AGREE"]
    st = _statement(art, "019")
    assert states_of(st.source) == {"ROU"} and states_of(st.target) == {"BGR"}


def test_agreeing_with_a_party_to_act_or_on_a_deal_stays_an_agreement(nlp):
    for text in ("Chile agreed with Argentina to reopen the mountain pass.",
                 "Moldova agreed with Ukraine on a new electricity deal.",
                 "Georgia agreed with Armenia that trucks would cross freely from May."):
        art = _coded(nlp, text)
        assert [e for e in art.events if e.type == "AGREE"], text
        assert not [s for s in art.statements if s.cameo == "019"], text


def test_voiced_agreement_with_a_stance_is_accord(nlp):
    art = _coded(nlp, "Ghana voiced its agreement with Togo's position on the fishing dispute.")
    assert not [e for e in art.events if e.type == "AGREE"]
    st = _statement(art, "019")
    assert states_of(st.source) == {"GHA"} and states_of(st.target) == {"TGO"}


def test_grief_and_views_shared_are_statements_and_information_shared_is_cooperation(nlp):
    art = _coded(nlp, "The Irish president shared the grief of the people of Nepal after the floods.")
    assert not [e for e in art.events if e.type == "COOPERATE"]
    st = _statement(art, "018")
    assert states_of(st.source) == {"IRL"} and states_of(st.target) == {"NPL"}
    art = _coded(nlp, "The Finnish minister said he shared the view of Estonia on energy security.")
    assert not [e for e in art.events if e.type == "COOPERATE"]
    st = _statement(art, "019")
    assert states_of(st.target) == {"EST"}
    art = _coded(nlp, "Dutch police shared evidence with Belgium about the smuggling ring.")
    assert [e for e in art.events if e.type == "COOPERATE"]


def test_sanctions_weighed_are_an_option_considered(nlp):
    for verb in ("weighing", "mulling", "contemplating"):
        art = _coded(nlp, f"Australia is {verb} sanctions against Myanmar.")
        assert not [e for e in art.events if e.type == "SANCTION"], verb
        st = _statement(art, "014")
        assert states_of(st.source) == {"AUS"} and states_of(st.target) == {"MMR"}, verb
    art = _coded(nlp, "Australia imposed sanctions on Myanmar.")
    assert [e for e in art.events if e.type == "SANCTION"]


def test_a_plan_studied_or_an_act_weighed_with_whether_is_an_option(nlp):
    art = _coded(nlp, "Belgium is studying a plan to expel diplomats from Rwanda.")
    assert not [e for e in art.events if e.type == "SANCTION"]
    st = _statement(art, "014")
    assert states_of(st.target) == {"RWA"}
    art = _coded(nlp, "Norway is weighing whether to expel the Russian attache.")
    assert not [e for e in art.events if e.type == "SANCTION"]
    _statement(art, "014")
    art = _coded(nlp, "Sweden rejected Russia's plan to expel its diplomats.")
    assert not [s for s in art.statements if s.cameo == "014"]


def test_saying_one_was_behind_a_deed_is_a_claim_and_naming_another_is_not(nlp):
    art = _coded(nlp, "The militia said it was behind the kidnapping of three Turkish engineers.")
    assert not [e for e in art.events if e.type == "ASSAULT"]
    st = _statement(art, "015")
    assert "TUR" in states_of(st.target)
    art = _coded(nlp, "Kyiv said Moscow was behind the kidnapping of three Turkish engineers.")
    assert not [s for s in art.statements if s.cameo == "015"]


def test_responsibility_taken_for_an_attack_is_a_claim(nlp):
    art = _coded(nlp, "The insurgents took responsibility for the bombing of a bridge in Somalia.")
    st = _statement(art, "015")
    assert "SOM" in states_of(st.target)

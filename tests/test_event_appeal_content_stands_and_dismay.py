"""Session 30, helper K: what an appeal asks for is no act of those asked ("called on both sides to
show restraint and settle the dispute through dialogue" is one appeal, no settlement or talks); a
stand with another party said beside an appeal stays SUPPORT; a speaker's dismay at a party ("said
it was troubled by signs that X's courts were used for political ends") and a verdict that a
charge rests on nothing ("said the warrant offered no evidence") are criticism (ACCUSE 111). Each
fix has a near miss. Sentences are our own.
"""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate_doc


def _coded(nlp, text: str) -> Article:
    return annotate_doc(Article(id="t", text=text, date="2024-05-10"), nlp(text))


def _records(art: Article) -> list[tuple[str, str, list, list]]:
    return [(e.type, e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in art.events]


def test_the_acts_an_appeal_asks_for_are_not_records_of_the_addressees(nlp):
    text = "The European Union called on Serbia and Kosovo to resume talks and reach an agreement."
    art = _coded(nlp, text)
    assert [e.type for e in art.events] == ["REQUEST"], _records(art)
    assert {a.code for a in art.events[0].target} == {"SRB", "XKX"}, _records(art)
    # the first asked act keeps the record the appeal has always folded or kept; the joined ones go
    text = "The Arab League urged Sudan and Chad to hold talks and sign a ceasefire."
    types = {e.type for e in _coded(nlp, text).events}
    assert "REQUEST" in types and not types & {"SUPPORT", "RETREAT"}, types


def test_an_act_told_in_a_clause_of_its_own_inside_the_appeal_keeps_its_record(nlp):
    text = "The United Nations urged Sudan to release the aid workers whom its soldiers detained in Darfur last week."
    art = _coded(nlp, text)
    types = [e.type for e in art.events]
    assert "REQUEST" in types and "COERCE" in types, _records(art)


def test_a_stand_with_a_people_said_beside_an_appeal_is_support(nlp):
    text = ("The British prime minister said London stood with the Iranian people and urged Tehran "
            "to free the detained students.")
    recs = _records(_coded(nlp, text))
    assert any(t == "SUPPORT" and s == ["GBRGOV"] and g == ["IRNCVL"] for t, _c, s, g in recs), recs
    assert any(t == "REQUEST" and g == ["IRNGOV"] for t, _c, _s, g in recs), recs


def test_dismay_at_a_party_said_by_a_speaker_is_criticism(nlp):
    text = ("The U.S. State Department said it was troubled by signs that Peru's courts were being "
            "used for political ends.")
    recs = _records(_coded(nlp, text))
    assert ("ACCUSE", "111", ["USAGOV"], ["PERJUD"]) in recs, recs


def test_dismay_at_the_weather_is_no_criticism(nlp):
    text = "The Peruvian minister said he was troubled by the weather in the mountains."
    assert not [r for r in _records(_coded(nlp, text)) if r[0] == "ACCUSE"]


def test_a_warrant_said_to_offer_no_evidence_is_criticism(nlp):
    text = ("Human Rights Watch said the arrest warrant offered no evidence that the Peruvian journalist "
            "had committed any crime.")
    recs = _records(_coded(nlp, text))
    assert any(t == "ACCUSE" and c == "111" and s == ["NGO"] for t, c, s, _g in recs), recs


def test_a_warrant_said_to_offer_evidence_is_no_criticism(nlp):
    text = ("Human Rights Watch said the arrest warrant offered evidence that the Peruvian journalist "
            "had committed a crime.")
    assert not [r for r in _records(_coded(nlp, text)) if r[0] == "ACCUSE" and r[1] == "111"]

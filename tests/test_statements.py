"""CAMEO 01 statements: records apart from events (``Article.statements``), never changing them.

Sentences are our own. Each asserts the CAMEO 01x code, the source and target states, and that
the statement is not among the events.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from dyads.model import STATEMENT_TYPE, Article
from dyads.pipeline import annotate_doc

from event_helpers import states_of


def _coded(nlp, text: str) -> Article:
    return annotate_doc(Article(id="t", text=text, date="2021-03-04"), nlp(text))


def _one_statement(art: Article, code: str):
    found = [s for s in art.statements if s.cameo == code]
    assert len(found) == 1, [(s.trigger, s.cameo) for s in art.statements]
    st = found[0]
    assert st.type == STATEMENT_TYPE and st.quad_class == 1 and st.plover_score is None and st.mode is None
    assert all(e.type != STATEMENT_TYPE for e in art.events)
    assert st.id == "t-s0"
    return st


def test_condolences_are_an_empathetic_statement_to_whom_they_go(nlp):
    art = _coded(nlp, "The Prime Minister of Norway expressed deep condolences to the people of Chile "
                      "after the earthquake.")
    st = _one_statement(art, "018")
    assert states_of(st.source) == {"NOR"} and states_of(st.target) == {"CHL"}
    assert st.goldstein == 3.4
    assert not art.events


def test_a_claim_of_responsibility_is_aimed_at_whom_the_attack_hit(nlp):
    art = _coded(nlp, "Al-Shabaab claimed responsibility for the attack on a hotel in Nairobi.")
    st = _one_statement(art, "015")
    assert states_of(st.source) == {"SOM"} and states_of(st.target) == {"KEN"}


def test_a_denied_charge_is_aimed_at_the_accuser(nlp):
    art = _coded(nlp, "The government of Peru denied charges by Bolivia that it had closed the border.")
    st = _one_statement(art, "016")
    assert states_of(st.source) == {"PER"} and states_of(st.target) == {"BOL"}
    text = art.text
    assert [text[s:e] for s, e in st.target_spans] == ["Bolivia"]


def test_a_denial_with_no_accuser_has_no_target_phrase(nlp):
    art = _coded(nlp, "The Mexican government rejected the accusation that it had hidden the report.")
    st = _one_statement(art, "016")
    assert states_of(st.source) == {"MEX"} and not st.target and not st.target_spans


def test_a_bare_said_stays_the_report_of_an_event(nlp):
    art = _coded(nlp, "The Kenyan foreign minister said Uganda had attacked a border post.")
    assert not art.statements
    assert [e.type for e in art.events] == ["ASSAULT"]


def test_a_statement_beside_a_real_event_only_adds_a_record(nlp):
    text = "Turkish jets bombed Kurdish positions in Iraq, and Baghdad expressed concern over the strikes."
    art = _coded(nlp, text)
    st = _one_statement(art, "012")
    assert states_of(st.source) == {"IRQ"}
    assert any(e.type == "ASSAULT" and states_of(e.source) == {"TUR"} for e in art.events)


def test_statements_never_change_the_events(nlp, monkeypatch):
    """The same events, phrases and confidences with the statement pass switched off."""
    from dyads import statements

    texts = ["Turkish jets bombed Kurdish positions in Iraq, and Baghdad expressed concern over the strikes.",
             "Japan is considering sending aid to Nepal, and China agreed with India on a new border deal."]
    with_st = [_coded(nlp, t) for t in texts]
    monkeypatch.setattr(statements.StatementCoder, "statement_candidates", lambda self, toks: [])
    without = [_coded(nlp, t) for t in texts]
    assert [a.events for a in with_st] == [a.events for a in without]
    assert with_st[0].statements and not without[0].statements


def test_considering_an_act_is_aimed_at_whom_the_act_would_reach(nlp):
    art = _coded(nlp, "Japan is considering sending aid to Nepal.")
    st = _one_statement(art, "014")
    assert states_of(st.source) == {"JPN"} and states_of(st.target) == {"NPL"}


def test_a_pronoun_in_reported_speech_is_the_speaker(nlp):
    art = _coded(nlp, "The ministry of Ghana said it was skeptical of the plan.")
    st = _one_statement(art, "012")
    assert states_of(st.source) == {"GHA"}
    assert [art.text[s:e] for s, e in st.source_spans] == ["The ministry of Ghana"]


def test_a_negated_feeling_is_a_negated_statement(nlp):
    art = _coded(nlp, "Officials in Ohio said they were not concerned about the new dam.")
    st = _one_statement(art, "012")
    assert st.negated


def test_declining_to_comment_has_a_speaker_and_no_target(nlp):
    art = _coded(nlp, "Chile declined to comment on the report.")
    st = _one_statement(art, "011")
    assert states_of(st.source) == {"CHL"} and not st.target_spans


def test_a_feeling_noun_without_a_saying_verb_is_no_statement(nlp):
    art = _coded(nlp, "Concern in Brazil grew after the floods.")
    assert not art.statements


def test_the_classifier_step_passes_statements_through(nlp):
    from dyads.event_confidence import reweigh_events
    from dyads.events import find_events_and_statements

    text = "Turkish jets bombed Kurdish positions in Iraq, and Baghdad expressed concern over the strikes."
    doc = nlp(text)
    art = _coded(nlp, text)
    events, stmts = find_events_and_statements(doc, art.actors, art.quotes, art.date)
    mixed = reweigh_events(doc, events + stmts)
    assert [e for e in mixed if e.type == STATEMENT_TYPE] == stmts
    assert [e for e in mixed if e.type != STATEMENT_TYPE] == reweigh_events(doc, events)


def test_the_s_t_r_scorer_takes_a_statement_only_where_no_event_is(nlp):
    from dyads.evaluate import _participants, main_record

    art = _coded(nlp, "The Prime Minister of Norway expressed deep condolences to the people of Chile.")
    assert main_record(art) is art.statements[0]
    roles = {art.text[s:e]: r for s, e, r in _participants(art)}
    assert roles == {"The Prime Minister of Norway": "S", "the people of Chile": "T"}
    both = _coded(nlp, "Turkish jets bombed Kurdish positions in Iraq, and Baghdad expressed concern over the strikes.")
    assert main_record(both).type == "ASSAULT"


def test_code_json_lists_statements_apart_from_events():
    from dyads.cli.main import cli

    texts = ["Egypt expressed condolences to the people of Sri Lanka after the bombings.",
             "Al-Shabaab claimed responsibility for the attack on a hotel in Nairobi.",
             "The government of Peru denied charges by Bolivia that it had closed the border.",
             "The Kenyan foreign minister said Uganda had attacked a border post.",
             "Turkish jets bombed Kurdish positions in Iraq, and Baghdad expressed concern over the strikes."]
    lines = "\n".join(json.dumps({"id": f"s{i}", "text": t}) for i, t in enumerate(texts))
    result = CliRunner().invoke(cli, ["code", "-", "--json", "--workers", "1"], input=lines, catch_exceptions=False)
    assert result.exit_code == 0
    recs = [json.loads(x) for x in result.output.splitlines()]
    if any("statements" not in r for r in recs):
        pytest.skip("`dyads code --json` does not write statements yet (the lead adds the output side)")
    codes = [[s["cameo"] for s in r["statements"]] for r in recs]
    assert codes == [["018"], ["015"], ["016"], [], ["012"]]
    for r in recs:
        assert all(e["type"] != STATEMENT_TYPE for e in r["events"])
        for s in r["statements"]:
            assert r["text"][s["start"]:s["end"]] == s["trigger"]
    assert any(e["type"] == "ASSAULT" for e in recs[3]["events"])
    assert any(e["type"] == "ASSAULT" for e in recs[4]["events"])


def test_a_negative_subject_makes_no_statement(nlp):
    art = _coded(nlp, "No group has claimed responsibility for the attack on the hotel in Kabul.")
    assert not art.statements


def test_a_feared_clause_names_whom_the_concern_is_about(nlp):
    art = _coded(nlp, "Poland expressed concern that Russia could invade Belarus.")
    st = _one_statement(art, "012")
    assert states_of(st.source) == {"POL"} and "RUS" in states_of(st.target)

"""CAMEO 01 statements, round 2: claims of attacks the classifier does not keep, symbolic acts,
comments declined or made, statements where the classifier dropped the event at their word.

Sentences are our own. Each asserts the 01x code and parties, and that events are untouched.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dyads.model import STATEMENT_TYPE, Article
from dyads.pipeline import annotate_doc

from event_helpers import states_of


def _coded(nlp, text: str) -> Article:
    return annotate_doc(Article(id="t", text=text, date="2022-05-10"), nlp(text))


def _codes(art: Article) -> list[str]:
    return [s.cameo for s in art.statements]


def test_a_claimed_attack_not_kept_as_an_event_is_a_claim_aimed_at_whom_it_hit(nlp):
    text = "The rebels claimed that they had shelled an army post and a police station in Mali."
    art = _coded(nlp, text)
    assert not art.events  # (the classifier reads a claim as no deed)
    [st] = art.statements
    assert st.cameo == "015" and st.type == STATEMENT_TYPE
    assert states_of(st.source) == {"MLI"} and "MLI" in states_of(st.target)
    assert [text[s:e] for s, e in st.target_spans] == ["an army post", "a police station in Mali"]


def test_a_claim_of_no_violent_act_is_no_statement(nlp):
    art = _coded(nlp, "The opposition in Chad claimed that the vote had been rigged.")
    assert "015" not in _codes(art)


def test_claims_never_change_the_events(nlp, monkeypatch):
    """The same events with the statement pass switched off."""
    from dyads import statements

    texts = ["The rebels claimed that they had shelled an army post and a police station in Mali.",
             "Militants in Syria claimed that they had bombed a convoy, and Turkey closed the border."]
    with_st = [_coded(nlp, t) for t in texts]
    monkeypatch.setattr(statements.StatementCoder, "statement_candidates", lambda self, toks: [])
    without = [_coded(nlp, t) for t in texts]
    assert [a.events for a in with_st] == [a.events for a in without]


def test_symbolic_acts_of_mourning_are_017(nlp):
    wreath = _coded(nlp, "The Indian president laid a wreath at the monument to the war dead in Dhaka.")
    assert _codes(wreath) == ["017"] and states_of(wreath.statements[0].source) == {"IND"}
    assert states_of(wreath.statements[0].target) == {"BGD"}
    silence = _coded(nlp, "Lawmakers in Ottawa observed a minute of silence for the miners.")
    assert _codes(silence) == ["017"]
    flags = _coded(nlp, "Portugal lowered its flags to half-mast to honour the victims of the fire in Spain.")
    assert _codes(flags) == ["017"] and "ESP" in states_of(flags.statements[0].target)


def test_an_ordinary_act_of_holding_or_laying_is_no_symbol(nlp):
    assert not _coded(nlp, "The Kenyan army held a parade in Nairobi on Monday.").statements
    assert not _coded(nlp, "Workers in Peru laid new tracks for the railway.").statements


def test_a_comment_declined_is_011_and_a_comment_made_is_010(nlp):
    art = _coded(nlp, "The Danish embassy would not comment on the arrest of the reporter.")
    [st] = art.statements
    assert st.cameo == "011" and not st.negated and states_of(st.source) == {"DNK"}
    nothing = _coded(nlp, "Asked about the vote, the Polish minister said he had no comment.")
    assert _codes(nothing) == ["011"]
    made = _coded(nlp, "The Brazilian president commented on the export figures published by Chile.")
    assert _codes(made) == ["010"] and states_of(made.statements[0].source) == {"BRA"}


def test_a_bare_statement_counts_only_where_nothing_else_is_coded(nlp):
    alone = _coded(nlp, "The foreign ministry of Peru issued a statement on the election in Ecuador.")
    assert _codes(alone) == ["010"]
    assert states_of(alone.statements[0].target) == {"ECU"}
    busy = _coded(nlp, "Israeli jets struck targets in Gaza overnight, the army said in a statement.")
    assert busy.events and "010" not in _codes(busy)
    # (session 26: concern about a named party's acts is disapproval of it, ACCUSE 111, so the
    # feeling that stands alone is concern aimed at no party)
    feeling = _coded(nlp, "Japan issued a statement expressing concern about the missile tests.")
    assert _codes(feeling) == ["012"]


def test_a_statement_at_an_event_kept_by_the_classifier_is_dropped(nlp):
    art = _coded(nlp, "China agreed with India on a new border deal.")
    assert [e.type for e in art.events] == ["AGREE"] and not art.statements


def test_accord_with_a_proposal_stands_where_no_event_is_kept(nlp):
    art = _coded(nlp, "Farmers in Ohio said they agree with what Democrats in Congress are proposing.")
    assert not art.events and _codes(art) == ["019"]
    assert [art.text[s:e] for s, e in art.statements[0].target_spans] == ["Democrats in Congress"]


def test_the_statement_probe_set_keeps_its_floor(nlp):
    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root / "scripts"))
    try:
        from dev_statements import score
    finally:
        sys.path.pop(0)
    rows = [json.loads(line) for line in (root / "tests" / "data" / "statement_probes.jsonl").read_text().splitlines()]
    figures = score(rows, nlp)
    assert figures["statement rows"] == 70 and figures["null rows"] == 14
    assert figures["code+S+T right"] >= 0.7 and figures["false statements"] == 0

"""Session 44: foreign reactions to an act told before, the largest class of acts batch AP's
judges found with no record. A speaker who says "the annexation violated the charter", "the
decision broke with the legal framework" or "the Chinese move was irresponsible" disapproves of
the act's doer; "the move" and "the decision" name whatever deed the article told last. Sentences
written for these tests."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate


def accusations(text: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    art = annotate(Article(id="t", text=text, date="2015-05-05"))
    return [(e.trigger, [a.code for a in e.source], [a.code for a in e.target]) for e in art.events
            if e.type == "ACCUSE"]


def test_act_told_before_said_to_violate_resolutions():
    found = accusations("Russia annexed Crimea on Tuesday. NATO's secretary-general said the annexation "
                        "violated several Security Council resolutions.")
    assert [(s, t) for _, s, t in found] == [(["IGOMIL"], ["RUS"])]


def test_decision_said_to_break_with_the_legal_framework():
    found = accusations("Washington imposed new tariffs on Chinese steel. Moscow's foreign ministry said the "
                        "decision broke with the established international legal framework.")
    assert [(s, t) for _, s, t in found] == [(["RUSGOV"], ["USAGOV"])]


def test_generic_act_noun_takes_its_adjective_state():
    found = accusations("Heavy rain fell on Monday. Speaking in Paris, the French president said the Chinese "
                        "move was irresponsible.")
    assert [(s, t) for _, s, t in found] == [(["FRAGOV"], ["CHN"])]


def test_criticised_decision_aims_at_the_deed_told_before():
    found = accusations("Russia recognised the two breakaway regions on Tuesday. Ukrainian officials "
                        "criticised the decision as a breach of international law.")
    assert [t for _, _, t in found] == [["RUS"]]


def test_a_decision_is_never_the_criticism_itself():
    # the last thing told is a criticism: "the decision" may be the act criticised, never the
    # critic's own words
    found = accusations("The opposition accused the army of torture on Monday. Ukrainian officials "
                        "criticised the decision as a breach of international law.")
    assert [t for w, _, t in found if w == "criticised"] in ([[]], [["UKRMIL"]])


def test_also_criticised_the_move_keeps_the_criticised_act():
    found = accusations("Moscow said the American step went beyond international law. Some Republican "
                        "lawmakers also criticised the move.")
    assert [t for w, _, t in found if w == "criticised"] == [["USA"]]


def test_one_verdict_one_record():
    found = accusations("Russia recognised the two breakaway regions on Tuesday. German Chancellor Angela "
                        "Merkel said the recognition was unacceptable.")
    assert found == [("said", ["DEUGOV"], ["RUS"])]


def test_unowned_laws_said_void_stay_out():
    # whose laws, the sentence does not say: no criticism of anyone
    assert accusations("The weather was cold. The lawyer said the laws had no legal effect.") == []


def test_blocking_an_endorsement_is_a_veto():
    art = annotate(Article(id="t", text="Russia blocked any endorsement of the declaration at the Security Council.",
                           date="2015-05-05"))
    assert [(e.type, e.cameo) for e in art.events if e.trigger == "blocked"] == [("REJECT", "129")]

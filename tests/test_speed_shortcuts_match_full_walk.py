"""Guards for the speed shortcuts of session 13, round 3: each must give what the whole-document walk gave."""

from __future__ import annotations

import pickle

from dyads.event_matching import TriggerMatcher
from dyads.event_private import _deity, _same_spelling
from dyads.event_roles import _PRINCIPALS, _absolute, _free_relative, _raised_object, prep_objects

_TEXT = ("The priests of the god Anhur gathered in Thebes on Tuesday. Pilgrims prayed to Anhur for rain, "
         "and the council asked Anhur to spare the harvest. Troops pulled out of the valley, pulled back "
         "from the river and moved away from the border, with the militia following them, while talks "
         "with and aid to Libya resumed in March.")


def _old_prep_objects(tok, preps: set[str]) -> list:
    """The walk over every dependent that ``prep_objects`` replaced (the reference)."""
    out = []
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in preps and not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
            out.extend(_raised_object(prep))
            continue
        if "from" in preps and prep.lower_ in ("out", "away", "back") and prep.dep_ in ("prep", "advmod", "prt"):
            inner = [p for p in prep.children if p.dep_ == "prep" and p.lower_ in ("of", "from")]
            out.extend(c for p in inner for c in p.children if c.dep_ == "pobj")
            continue
        if prep.dep_ in ("prep", "dative", "agent") and prep.lower_ in preps:
            absolute = prep.lower_ in ("with", "without") and prep.i > 0 and prep.doc[prep.i - 1].text == ","
            out.extend(c for c in prep.children if (c.dep_ == "pobj" and c.lemma_.lower() not in _PRINCIPALS and not (
                absolute and _absolute(c))) or (c.dep_ == "pcomp" and not (
                    prep.lower_ in ("with", "without") and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))
                and not _free_relative(prep, c)))
    return out


def test_same_spelling_finds_every_token_spelt_alike(nlp) -> None:
    """The spelling index answers as a walk over the document does, per document, and leaves it picklable."""
    first, second = nlp(_TEXT), nlp("Anhur is a name; the storm hit Thebes.")
    for doc in (first, second, first):
        for tok in doc:
            assert [t.i for t in _same_spelling(tok)] == [t.i for t in doc if t.text == tok.text]
    assert first.user_data["dyads_spellings"] is not second.user_data["dyads_spellings"]
    pickle.loads(pickle.dumps(first))


def test_a_name_the_text_calls_a_god_is_a_deity_anywhere_in_it(nlp) -> None:
    """"the god Anhur" in one sentence makes the bare "Anhur" of a later one a god."""
    doc = nlp(_TEXT)
    anhur = [t for t in doc if t.text == "Anhur"]
    assert len(anhur) == 3 and all(_deity(t) for t in anhur)
    assert not any(_deity(t) for t in doc if t.text in ("Thebes", "Libya"))


def test_prep_objects_through_the_cache_match_the_plain_walk(nlp) -> None:
    """Reading only the prepositional dependents gives the same objects in the same order."""
    doc = nlp(_TEXT)
    for tok in doc:
        for preps in ({"to"}, {"from"}, {"with", "to"}, {"in", "on", "for"}, {"of", "by"}):
            assert [t.i for t in prep_objects(tok, preps)] == [t.i for t in _old_prep_objects(tok, preps)]


def test_entity_bounds_are_those_of_doc_ents(nlp) -> None:
    """The kept bounds name, for each token, the entity ``Doc.ents`` holds it in."""
    doc = nlp(_TEXT)
    matcher = TriggerMatcher(doc, [], [], "2021-03-04")
    for tok in doc:
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        assert matcher._entity_at(tok.i) == (None if ent is None else (ent.start, ent.end))
    assert any(matcher._entity_at(t.i) for t in doc if t.ent_type_ == "DATE")

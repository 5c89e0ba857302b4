"""Who briefs "in the capital" in a datelined story (session 45, from batch AQ's verdicts).

Why: "ADDIS ABABA - ... Government spokeswoman Selome Tadesse told reporters in the capital that
Ethiopian forces had retaken Badme": a wire story's "the capital" is its dateline's, so the
spokeswoman and the reporters she told are Ethiopia's. In a story of two warring states the
bare "Government" took the state named last (Eritrea), and batch AQ's judges counted both wrong.
Only mentions with no state of their own are given one, and only where the speech verb (or the
reporters told) is placed "in the capital" by the writer, with a wire dateline naming the state.
"""

from __future__ import annotations

from spacy.tokens import Token

from .actor_anchors import DocIndex

__all__ = ["briefed_in_capital"]

_SPEECH = frozenset({"tell", "say", "brief", "announce", "state", "add", "declare", "insist", "confirm", "deny",
                     "speak", "claim", "warn"})
# sectors a spokesman, an official or the press told can have
_SPEAKING_SECTORS = frozenset({"GOV", "MIL", "JRN", "MED", "COP"})  # (a bare name waits for its coreference)


def _in_the_capital(ix: DocIndex, tok: Token) -> bool:
    """Whether ``tok`` has an "in the capital" phrase of its own, or (session 62) one naming the
    dateline state's capital ("told a news conference in Islamabad", filed from there)."""
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(
        o.lemma_.lower() == "capital" and any(d.lower_ == "the" for d in o.children if d.dep_ == "det")
        and not any(c.dep_ in ("prep", "amod", "poss", "compound") for c in o.children)
        or _dateline_capital(ix, o)
        for o in p.children if o.dep_ == "pobj") for p in tok.children)


def _dateline_capital(ix: DocIndex, tok: Token) -> bool:
    """Whether ``tok`` is the name of the dateline state's capital, on its own."""
    if tok.ent_type_ != "GPE" or any(c.dep_ in ("prep", "compound", "amod") for c in tok.children):
        return False
    form = ix.kb.countries.get(tok.text)
    return form is not None and form.form == "capital" and form.iso3 == ix.dateline


def briefed_in_capital(ix: DocIndex) -> None:
    """Give the speaker and the press of a briefing told "in the capital" the dateline's state."""
    state = ix.dateline
    if state is None:
        return
    for tok in ix.doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _SPEECH:
            continue
        heard = [c for c in tok.children if c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ == "to"]
        heard = [o for c in heard for o in ([c] if c.dep_ != "prep" else [p for p in c.children if p.dep_ == "pobj"])]
        if not (_in_the_capital(ix, tok) or any(_in_the_capital(ix, h) for h in heard)):
            continue
        sides = [c for c in tok.children if c.dep_ == "nsubj"] + heard
        for m in ix.mentions:
            if m.country is not None or m.sector not in _SPEAKING_SECTORS or m.kind not in ("person", "group"):
                continue
            if any(m.start <= s.i < m.end for s in sides):
                m.country, m.from_context, m.confidence = state, True, 0.6

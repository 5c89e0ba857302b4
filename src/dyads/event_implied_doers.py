"""Doers a story implies but never names: the government of the state the story is about cuts the
internet ("mobile internet in the region has been largely cut since November").

Why: only a state's authorities can switch off a country's internet, text messaging or phone lines,
so the judges of batches Z, AD and AK coded such cuts told in the agentless passive as censorship
(COERCE 1721) by the authorities of the story's state, "implied". ``unnamed_doer`` reads the doer
from a named place ("was cut in Cuba"); a cut told of "the country" or "the region" names none and
the record was lost for want of any party. This mixin (of the event coder, ``dyads.events``) supplies
that state only when the article is plainly about one state: most of its state-coded parties are of
it. The span is the cut's place phrase, else an empty mention at the trigger.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span, Token

from .event_modality import Candidate
from .event_roles import PASS_SUBJ, children
from .event_subjects import is_state
from .model import Actor
from .nlp import sentence_of_token

__all__ = ["ImpliedDoers", "cut_lines", "lenders_credit", "lines_cut_told"]

# lines of communication only a state's authorities can cut for a whole region
_LINES = frozenset({"internet", "broadband", "messaging", "sms", "telephone", "phone", "cellphone", "mobile",
                    "telecommunication", "telecommunications", "communication", "communications", "network",
                    "networks", "signal", "connection", "connectivity", "data", "media", "whatsapp", "facebook",
                    "twitter", "telegram", "service", "services", "access", "line", "lines"})
# the words among them that alone say what was cut is a line of communication ("services were
# cut" could be water or power)
_LINE_CORE = frozenset({"internet", "broadband", "messaging", "sms", "telephone", "phone", "cellphone",
                        "telecommunication", "telecommunications", "whatsapp", "facebook", "twitter", "telegram"})
# a share of the story's state-coded parties its state must hold to be the scene of a cut named
# with no place, and how many parties at least
_SCENE_SHARE = 0.5
_SCENE_LEAST = 3


def cut_lines(verb: Token) -> bool:
    """Whether ``verb`` tells in the agentless passive that lines of communication were cut
    ("internet and text messaging services were cut", "mobile internet has been largely cut")."""
    subjects = children(verb, PASS_SUBJ)
    if not subjects or any(c.dep_ == "agent" for c in verb.children):
        return False
    words = {t.lower_ for s in subjects for t in s.subtree} | {t.lemma_.lower() for s in subjects for t in s.subtree}
    return bool(words & _LINE_CORE) and all(s.lower_ in _LINES or s.lemma_.lower() in _LINES for s in subjects)


def lines_cut_told(sent: Span) -> bool:
    """Whether a sentence that names no party tells lines of communication cut in the agentless
    passive ("Mobile internet has been cut since November"), so it is coded after all."""
    return any(t.tag_ == "VBN" and cut_lines(t) for t in sent)


# (session 41) what a lender lends: "the World Bank approved emergency financing"
_CREDIT = frozenset({"financing", "loan", "credit", "funding", "grant", "disbursement", "tranche", "bailout"})
# words in the name of a body whose financing is lending to states (World Bank, IMF, development banks)
_LENDER_WORDS = frozenset({"bank", "monetary"})


def lenders_credit(tok: Token, source: list[Actor]) -> bool:
    """Whether ``tok`` is credit a lender to states approves or extends, told with the lender (an
    intergovernmental bank or the IMF) as the only doer: "the World Bank approved emergency
    financing", "the IMF approved a $1 billion loan"."""
    if tok.lemma_.lower() not in _CREDIT or not source:
        return False
    return all((a.code or "").startswith("IGO") and a.name
               and _LENDER_WORDS & set(a.name.lower().replace("-", " ").split()) for a in source)


def _own_clause(tok: Token) -> set[int]:
    """The token indices of the clause ``tok`` is the object of, without the clauses joined to it
    ("..., the World Bank approved emergency financing, and neighbours sent water")."""
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass", "nsubj") else tok
    joined = {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}
    return {t.i for t in verb.subtree} - joined


def _inside(doc, actor: Actor, indices: set[int]) -> bool:
    """Whether a mention's first token is one of ``indices``."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].i in indices


class ImpliedDoers:
    """Mixin: the story's state as the implied doer of acts only a state does."""

    doc: object
    index: object
    _story_state: tuple[str | None] | None = None

    def story_scene(self) -> str | None:
        """The state most of the article's state-coded parties belong to (more than half, at
        least three), read once per document; None when the story has no one home state."""
        if self._story_state is None:
            counts = Counter(a.country for acts in self.index.by_sentence.values() for a in acts
                             if a.country and is_state(a))
            total = sum(counts.values())
            best = counts.most_common(1)
            state = best[0][0] if best and total >= _SCENE_LEAST and best[0][1] > _SCENE_SHARE * total else None
            self._story_state = (state,)
        return self._story_state[0]

    def implied_censor(self, tok: Token, cand: Candidate) -> list[Actor]:
        """The government of the story's state as the doer of lines cut with no doer and no named
        state as place ("text messaging was cut across the country"); [] otherwise."""
        if cand.source or not cut_lines(tok):
            return []
        places = [a for a in self.place_target(tok, [], scene_only=True) if is_state(a)]
        state = self.story_scene()
        if state is None or any(a.country != state for a in places + cand.target if is_state(a)):
            return []  # a cut told in another state than the story's is that state's (``unnamed_doer``)
        start = end = tok.idx
        if places:
            start, end = places[0].start, places[0].end
        sid = places[0].sentence if places else sentence_of_token(self.doc, tok.i)
        return [Actor(start, end, self.doc.text[start:end], country=state, sector="GOV", code=f"{state}GOV",
                      kind="group", sentence=sid, confidence=0.3)]

    def implied_borrower(self, tok: Token, cand: Candidate) -> list[Actor]:
        """The story's state as the recipient of a lender's credit that names none ("the World Bank
        approved emergency financing" in a story about one state); [] when the sentence names any
        state (the credit may be for it, or the state is a third party) or the story has no home.
        Why (session 41, batch AM): the judges coded the implied borrower, the story's state, and
        never a state merely named in the same sentence."""
        if cand.target or not lenders_credit(tok, cand.source):
            return []
        state = self.story_scene()
        sid = sentence_of_token(self.doc, tok.i)
        clause = _own_clause(tok)
        if state is None or any(is_state(a) and a not in cand.source and _inside(self.doc, a, clause)
                                for a in self.index.by_sentence.get(sid, ())):
            return []
        return [Actor(tok.idx, tok.idx, "", country=state, sector=None, code=state,
                      kind="country", sentence=sid, confidence=0.3)]

"""A court's finding that a party broke the law (session 45, from batch AQ's verdicts).

Why: "The World Court found that Serbia had breached its obligations by failing to prevent the
genocide" is the court's act: it finds Serbia liable (CAMEO 116, PLOVER ACCUSE), aimed at the
party found in breach. The coder read it as the content of speech, so the ruling itself had no
record, and what the court found was coded as Serbia's own acts (a refusal from "failing", a
negated "prevent"). Batch AQ's judges coded such rulings ACCUSE 116, court against state.

Only a bench speaks this way: the ruling verb's subject must be a court, a tribunal, a panel or
judges, and its "that" clause must say that a party violated, breached or broke something, failed
to do what it should, or was responsible, liable or guilty. A court clearing a party ("found that
Serbia had not committed genocide") finds no one liable and makes no record.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .event_roles import PASS_SUBJ, SUBJ, children
from .triggers import Trigger

__all__ = ["FINDING_VERBS", "FOUND_LIABLE", "OUTLAWED", "court_findings", "finding_clauses", "found_content",
           "groups_outlawed", "outlawed_bodies", "wrongdoers"]

OUTLAWED = Trigger("declare illegal", "declare", None, True, False, "COERCE", "restrict", "1722",
                   ("political_institutions",), "std")
FOUND_LIABLE = Trigger("find liable", "rule", None, True, False, "ACCUSE", "disapprove", "116", ("legal",), "std")
# who hands down a ruling: the head noun of the ruling verb's subject
_BENCHES = frozenset({"court", "tribunal", "panel", "judge", "bench", "arbitrator", "arbiter", "justice",
                      "magistrate", "icj", "echr", "ecj"})
# verbs by which a bench tells its finding ("ruled that", "found that", "held that")
FINDING_VERBS = frozenset({"rule", "find", "hold", "conclude", "decide", "declare", "say", "judge", "determine", "state"})
# what a party is found to have done wrong
_BREACHES = frozenset({"violate", "breach", "break", "contravene", "infringe", "flout", "fail", "discriminate",
                       "disregard", "ignore", "neglect"})
# "was responsible for", "is liable", "was guilty", "acted unlawfully"
_LIABLE = frozenset({"responsible", "liable", "guilty", "culpable", "accountable"})
_UNLAWFUL = frozenset({"unlawfully", "illegally"})
_NEGATORS = frozenset({"not", "n't", "never", "no"})


def _bench(verb: Token) -> bool:
    """Whether the verb's subject is a court, tribunal, panel or judges ("the World Court", "a
    WTO panel", "The judges")."""
    subj = children(verb, SUBJ)
    if not subj and verb.dep_ == "conj":
        subj = children(verb.head, SUBJ)  # "found that ..., but ruled that ...": the first verb's bench
    return any(s.lemma_.lower() in _BENCHES or s.lower_ in _BENCHES for s in subj)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in _NEGATORS and c.dep_ in ("advmod", "neg") for c in verb.children)


def _breach(clause: Token) -> bool:
    """Whether a finding's clause says its subject did wrong: "had breached its obligations",
    "failed to prevent", "was responsible for", "acted unlawfully"."""
    if _negated(clause):
        return False  # "found that Serbia had not committed genocide": cleared, not found liable
    lemma = clause.lemma_.lower()
    if lemma in _BREACHES:
        return True
    if lemma == "be" and any(c.lower_ in _LIABLE for c in children(clause, {"acomp", "attr"})):
        return True
    if lemma == "be" and any(p.lower_ == "in" and any(o.lemma_.lower() == "breach" for o in children(p, {"pobj"}))
                             for p in children(clause, {"prep"})):
        return True  # "was in breach of"
    return any(c.lower_ in _UNLAWFUL for c in children(clause, {"advmod"}))


def finding_clauses(verb: Token) -> list[Token]:
    """The clauses of a ruling that find a party in breach: the "that" clause and its conjuncts
    ("had failed to prevent the massacre and had breached its obligations")."""
    out = []
    for clause in children(verb, {"ccomp"}):
        if not children(clause, SUBJ | PASS_SUBJ):
            continue
        for c in (clause, *(k for k in clause.conjuncts if k.i > clause.i and k.pos_ in ("VERB", "AUX"))):
            if _breach(c):
                out.append(c)
    out += [c for c in _stray_predicates(verb) if _breach(c)]
    return out


def _stray_predicates(verb: Token) -> list[Token]:
    """(session 46, batch AR) "ruled that the barrier Israel is building violates international law":
    the small model reads the zero relative ("Israel is building") as the "that" clause and hangs
    the real predicate on the ruling verb as a conjunct. A present-tense conjunct with no subject
    of its own after a past ruling verb and its clause cannot share the ruling's subject."""
    if verb.tag_ != "VBD" or not children(verb, {"ccomp"}):
        return []
    return [c for c in children(verb, {"conj"}) if c.tag_ in ("VBZ", "VBP") and c.pos_ == "VERB"
            and not children(c, SUBJ | PASS_SUBJ) and any(k.i < c.i for k in children(verb, {"ccomp"}))]


def wrongdoers(verb: Token, clause: Token) -> list[Token]:
    """Who a finding is against when its subject is a thing ("the barrier Israel is building", "a law
    passed by the Sejm", "the wall which Israel built"): the owner its own clause or "by" phrase
    names. The caller reads the clause's subject itself first."""
    subj = children(clause, SUBJ | PASS_SUBJ)
    out: list[Token] = []
    if not subj and clause in _stray_predicates(verb):
        subj = [s for k in children(verb, {"ccomp"}) for s in children(k, SUBJ)]
        # ("the fence Morocco is building": a name the parser made a second subject builds it)
        out += [s for s in subj[1:] if s.pos_ == "PROPN"]
    for s in subj:
        out += [a for a in children(s, {"appos"}) if a.pos_ == "PROPN"]
        out += [n for r in children(s, {"relcl"}) for n in children(r, {"nsubj"}) if n.tag_ not in ("WDT", "WP")]
        out += [o for a in children(s, {"acl"}) for b in children(a, {"agent"}) for o in children(b, {"pobj"})]
    return out


def court_findings(sent: Span, low: str | None = None) -> dict[int, Trigger]:
    """Ruling verbs of a bench whose "that" clause finds a party in breach, by token index."""
    low = sent.text.lower() if low is None else low
    if not any(w in low for w in ("court", "tribunal", "panel", "judge", "bench", "arbitrat", "icj", "echr")):
        return {}
    return {tok.i: FOUND_LIABLE for tok in sent
            if tok.pos_ == "VERB" and tok.lemma_.lower() in FINDING_VERBS and _bench(tok) and finding_clauses(tok)}


def found_content(verb: Token) -> set[int]:
    """Tokens of the finding that name the party's wrong (the breach verbs, what it failed to do,
    and the acts inside "by failing to ..."), whose own records the ruling holds."""
    out: set[int] = set()
    for clause in finding_clauses(verb):
        out.add(clause.i)
        for t in clause.subtree:
            if t.dep_ in ("xcomp", "pcomp", "advcl") and t.pos_ == "VERB" and (
                    t.head.lemma_.lower() in _BREACHES or t.lemma_.lower() in _BREACHES):
                out.add(t.i)
            if t.lemma_.lower() in _BREACHES:
                out.add(t.i)
    return out


# bodies a state or a court can ban by declaring them unlawful
BANNABLE = frozenset({"party", "movement", "organisation", "organization", "group", "bloc", "alliance",
                      "association", "union", "front", "coalition", "network", "brotherhood"})
_UNLAWFUL_WORDS = frozenset({"illegal", "unlawful", "outlawed", "banned", "unconstitutional", "proscribed"})


def groups_outlawed(sent: Span, low: str | None = None) -> dict[int, Trigger]:
    """ "The government declared the coalition an illegal organisation": a body declared unlawful
    is banned (CAMEO 1722, PLOVER COERCE), aimed at the body; by token index of "declare".

    Why: the row "declare illegal" reads a declaration against a law or a vote as its rejection
    (REJECT 120), and "an illegal organisation" matched no row at all, so batch AQ's ban of the
    Bersih coalition had no record. Only a body noun ("party", "coalition", "movement") declared so
    makes a ban; "declared the referendum illegal" stays a rejection."""
    low = sent.text.lower() if low is None else low
    if "declar" not in low or not any(w in low for w in _UNLAWFUL_WORDS):
        return {}
    found: dict[int, Trigger] = {}
    for tok in sent:
        if tok.lemma_.lower() != "declare" or tok.pos_ != "VERB" or _negated(tok):
            continue
        named = _declared(tok)
        unlawful = any(w.lower_ in _UNLAWFUL_WORDS for o in named for w in (o, *o.children) if w.i > tok.i) \
            or any(c.lower_ in _UNLAWFUL_WORDS for c in children(tok, {"acomp", "oprd", "xcomp", "advmod"}))
        if unlawful and any(w.lemma_.lower() in BANNABLE for w in named):
            found[tok.i] = OUTLAWED
    return found


def _declared(tok: Token) -> list[Token]:
    """ "declared the coalition an illegal organisation": the body and what it is declared (the
    small model reads the body as the subject of a clause, or as the object)."""
    objs = [_antecedent(o) for o in children(tok, {"dobj", "ccomp", "xcomp", "oprd"})]
    return [w for o in objs for w in (o, *children(o, {"compound", "nsubj", "attr", "oprd", "appos"}))]


def _antecedent(obj: Token) -> Token:
    """ "the Shor party, which the court declared unconstitutional": the relative pronoun's noun."""
    if obj.lower_ in ("which", "that", "whom") and obj.head.dep_ == "relcl":
        return obj.head.head
    return obj


def outlawed_bodies(tok: Token) -> list[Token]:
    """The words naming the body a declaration outlaws: the object, or the declared clause's subject."""
    objs = [_antecedent(o) for o in children(tok, {"dobj"})] + [
        s for o in children(tok, {"ccomp", "xcomp", "oprd"}) for s in children(o, {"nsubj"})]
    return objs

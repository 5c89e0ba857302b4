"""Whether a bare "give" hands over help at all.

(session 42) The lexicon's bare "give" row reads any giving as aid (AID 070), but most of what is
"given" in the news is no help: "gives legal form to the agreement", "gave way", "gave rise to",
"gave impetus", "gave priority", "gave no details". Every judged "give" aid record in the verdict
tables that named no aid-like thing was wrong, so the bare verb is aid only when what it gives is
help, money, goods, arms, forces or shelter.
"""

from __future__ import annotations

from spacy.tokens import Token

from .event_roles import PASS_SUBJ, children
from .triggers import word_list

# what a giver hands over as help: the lexicon's lists of relief goods, means of war, money and
# deliveries, and the plain words of help and refuge
_GIFTS = (word_list("relief_goods") | word_list("material_backing") | word_list("funds") | word_list("deliveries")
          | word_list("handed_arms") | word_list("handed_intel") | word_list("war_materiel") | word_list("troops")
          | frozenset({"aid", "assistance", "support", "help", "backing", "loan", "grant", "credit", "donation",
                       "subsidy", "dollar", "euro", "million", "billion", "asylum", "refuge", "shelter", "sanctuary",
                       "protection", "equipment", "vaccine", "dose", "medicine", "supply", "supplies", "relief",
                       "hardware", "package", "tranche", "bailout", "financing", "aircraft", "boat", "vehicle"}))


# time given to act: "gave them 48 hours", "a week"
_SPANS = word_list("time_spans") | frozenset({"hour", "day", "week", "month", "year", "deadline", "ultimatum"})


def _given(verb: Token) -> list[Token]:
    """What the verb gives: its object (or passive subject), or the noun its relative clause or
    participle hangs on ("the aid it gave", "the weapons given to Kyiv")."""
    things = children(verb, {"dobj"} | PASS_SUBJ) or children(verb, {"npadvmod"})  # "gave them more time"
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        things.append(verb.head)
    return things


def gives_help(verb: Token) -> bool:
    """Whether a "give" hands over something aid-like ("gave Jordan $1 billion in aid", "gave
    Kyiv tanks", "given asylum"); with nothing given named at all, the reading is left as it was."""
    things = _given(verb)
    if not things:
        return True
    if any(t.lemma_.lower() in _SPANS for t in things) or any(
            c.dep_ in ("xcomp", "advcl") and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)
            for c in verb.children):
        return True  # "gave the ambassador 48 hours to leave": an ultimatum, which later rules retype
    # the given things' words, and the rest of the sentence after the verb: "giving the health
    # ministry badly needed help", where the parser hangs the help on another noun
    words = [t for thing in things for t in thing.subtree] + list(verb.doc[verb.i + 1:verb.sent.end])
    return any(t.pos_ in ("NOUN", "PROPN", "NUM", "SYM") and (t.lemma_.lower() in _GIFTS or t.lower_ in _GIFTS)
               or t.ent_type_ == "MONEY" for t in words)

"""Warnings that threaten no one: an outcome foretold.

(session 43) "warned of a chain reaction in other regions", "warned of the risk of civil war",
"warned of famine": the lexicon reads every "warn" as a threat (THREATEN 130), but a warning "of"
a state of affairs foretells it; the speaker announces nothing they will do. Judges coded these
as predictions (no event) and kept the warnings of what the speaker's side would do: "warned of
serious consequences", "of a firm response", "of retaliation". A warning with a clause ("warned
that ...", "warned X to ...") or a condition ("if ...") is left to the other rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from .event_roles import children, prep_objects

__all__ = ["outcome_foretold"]

# what a warner threatens to do or bring about: a warning "of" these is a threat
_THREATENED = frozenset({
    "consequence", "repercussion", "response", "retaliation", "reprisal", "retribution", "revenge",
    "action", "measure", "countermeasure", "step", "sanction", "penalty", "punishment", "prosecution",
    "force", "strike", "attack", "war", "blow", "reaction", "tariff", "embargo", "arrest", "expulsion",
})
# condition words: "warned of consequences if ...": the threat's condition
_CONDITIONS = frozenset({"if", "unless", "should"})


def outcome_foretold(verb: Token) -> bool:
    """Whether a verb "warn" only foretells a state of affairs ("warned of a chain reaction"):
    its one thing warned of is no act the speaker threatens, with no clause, infinitive or
    condition of its own."""
    if verb.lemma_.lower() != "warn" or verb.pos_ != "VERB":
        return False
    if children(verb, {"ccomp", "xcomp", "advcl"}) or any(t.lower_ in _CONDITIONS for t in verb.subtree):
        return False
    things = prep_objects(verb, {"of", "about"})
    if not things:
        return False
    for thing in things:
        head_words = {thing.lemma_.lower()} | {c.lemma_.lower() for c in children(thing, {"compound"})}
        # "the risk of civil war": a risk or danger of a threatened act is still only foretold
        if head_words & _THREATENED and not _chain(thing):
            return False
        if thing.tag_ == "VBG":
            return False
    return True


def _chain(thing: Token) -> bool:
    """"a chain reaction", "a domino effect": a reaction that is a chain of events, no response."""
    return thing.lemma_.lower() == "reaction" and any(c.lower_ == "chain" for c in children(thing, {"compound", "amod"}))

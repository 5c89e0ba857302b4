"""The state a protest is against is never the protesters' home.

(session 43) "Serbian protesters set fire to the embassy after a mass rally against Kosovo's
declaration of independence": a protest whose crowd the text gives no state is by the people of
the state it takes place in (``home_protesters``), read from its bare-place targets; but a state
named in what the protest is "against" is what it opposes ("a rally against Turkey's military
operation was held in Yerevan" is Armenians', not Turks'). Judges marked the rally coded as
Kosovo's people a wrong party.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .event_roles import mention_root
from .model import Actor

__all__ = ["protested_against"]

_AGAINST = frozenset({"against", "over"})


def protested_against(doc: Doc, protest: Token, actor: Actor) -> bool:
    """Whether a mention lies in the "against"/"over" phrase of the protest word."""
    root = mention_root(doc, actor)
    if root is None:
        return False
    return any(p.dep_ == "prep" and p.lower_ in _AGAINST and any(
        o.left_edge.i <= root.i <= o.right_edge.i for o in p.children if o.dep_ == "pobj")
        for p in protest.children)

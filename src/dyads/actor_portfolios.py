"""(session 40) A minister's state from the ministry of his portfolio named before him.

"In Rome, the Italian health ministry said ... Health Minister Roberto Speranza has said ...":
a minister titled by a portfolio with no state named is the minister of the ministry of that
portfolio the text has already given a state, when it gave one state only. Without this, the
story's state claims him (San Marino, in a story about San Marino's vaccines that quotes Italy's
ministry and minister), as it claims any titled official no state is named for.
"""

from __future__ import annotations

from .actor_pronouns import window_start
from .anchor_index import DocIndex, Mention

__all__ = ["ministry_named_before", "portfolio_named_before"]

# Words of a minister's title that name no portfolio.
_NOT_PORTFOLIO = frozenset({"minister", "deputy", "vice", "acting", "prime", "first", "junior",
                            "state", "of", "for", "the", "and", "&", "former", "interim", "cabinet"})

# Heads of a ministry's name.
_MINISTRY_HEADS = frozenset({"ministry", "department"})


def ministry_named_before(ix: DocIndex, m: Mention) -> str | None:
    """The one state whose ministry of ``m``'s portfolio the text named before ``m``, if ``m``
    is a minister titled by a portfolio ("Health Minister X" after "the Italian health
    ministry"); else None."""
    role = (m.role or "").lower().split()
    if "minister" not in role:
        return None
    portfolio = {w for w in role if w not in _NOT_PORTFOLIO}
    if not portfolio:
        return None
    states = set()
    for o in ix.mentions:
        if o.start >= m.start or o.kind != "organisation" or o.sector != "GOV" \
                or o.country is None or o.from_context:
            continue
        words = {t.lower_ for t in ix.doc[o.start:o.end]}
        if words & _MINISTRY_HEADS and portfolio <= words:
            states.add(o.country)
    return states.pop() if len(states) == 1 else None


# (session 61) Words of a ministry's own name that name no portfolio.
_NOT_MINISTRY_PORTFOLIO = _NOT_PORTFOLIO | _MINISTRY_HEADS | frozenset({"'s", "spokesman", "spokeswoman", "officials",
                                                                      "official", "said"})


def portfolio_named_before(ix: DocIndex, m: Mention) -> str | None:
    """(session 61) "Palestinian health officials said 60 Palestinians were killed ... Two more
    were shot dead, the health ministry said": a ministry named by its portfolio alone, with no
    state, is that of the one state whose ministry, minister or officials of the same portfolio
    the text named before it, in the last three sentences, when its own sentence names no state."""
    doc = ix.doc
    words = [t.lower_ for t in doc[m.start:m.end]]
    if m.kind != "organisation" or m.sector != "GOV" or not _MINISTRY_HEADS & set(words) \
            or words[0] != "the":
        return None
    portfolio = {w for w in words[1:] if w not in _NOT_MINISTRY_PORTFOLIO}
    if len(portfolio) != 1:
        return None
    sent = doc[m.start].sent
    if any(o.kind == "country" and sent.start <= o.start < sent.end for o in ix.mentions):
        return None  # "Iran summoned the Czech ambassador to protest what the foreign ministry called ...": its own sentence's
    first = window_start(doc[m.start], 3)
    states = {o.country for o in ix.mentions
              if first <= o.start < m.start and o.sector == "GOV" and o.country and not o.from_context
              and portfolio <= {t.lower_ for t in doc[o.start:o.end]}}
    return states.pop() if len(states) == 1 else None

"""People described by the body they work for (session 45, from batch AQ's verdicts).

Why: "An official with a European relief group said thousands had fled" and "A spokesman for the
aid agency Oxfam said food was short" were coded as the story's government (ETHGOV): the bare
"official" and "spokesman" took the state of an Ethiopian story. The "with", "for", "of" or "at"
phrase of the person's own noun names whose they are: the body's code when it is a mention (Oxfam:
NGO), or a non-governmental body when the phrase is an aid, relief or rights group that no name
gives ("a European relief group").
"""

from __future__ import annotations

from spacy.tokens import Token

from .anchor_index import DocIndex, Mention
from .countries import NON_STATE_CODES

__all__ = ["firms_of_owners", "people_of_bodies"]

# person nouns that a "with/for/of/at" phrase ties to the body they serve
_PEOPLE = frozenset({"official", "officials", "spokesman", "spokeswoman", "spokesperson", "worker", "workers",
                     "employee", "employees", "representative", "representatives", "volunteer", "volunteers",
                     "staffer", "staffers", "director", "head", "chief", "coordinator", "officer", "officers",
                     "member", "members", "delegate", "delegates"})
_TIES = frozenset({"with", "for", "of", "at", "from"})
# (session 46) envoys and ministers, whose "of" or "from" phrase names whom they represent
# ("Ambassadors of the 28 EU member states"); their "for" phrase is a remit ("envoy for Syria")
_ENVOYS = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats",
                     "minister", "ministers"})
_ENVOY_TIES = frozenset({"of", "from"})
# unnamed bodies that are non-governmental: "a European relief group", "an aid agency"
_NGO_KINDS = frozenset({"group", "agency", "organisation", "organization", "charity", "body", "network", "ngo"})
_NGO_FIELDS = frozenset({"aid", "relief", "humanitarian", "charity", "charitable", "rights", "human-rights",
                         "non-governmental", "nongovernmental", "medical", "monitoring", "watchdog"})


def _tied_phrase(ix: DocIndex, m: Mention) -> Token | None:
    """The object of the person noun's own "with/for/of/at" phrase ("an official with [a group]")."""
    head = ix.doc[m.start:m.end].root
    if head.lower_ in _PEOPLE:
        ties = _TIES
    elif head.lower_ in _ENVOYS:
        ties = _ENVOY_TIES
    else:
        return None
    for p in head.children:
        if p.dep_ == "prep" and p.lower_ in ties and p.i >= m.end \
                and not (p.lower_ == "of" and any(c.dep_ == "conj" and head.i < c.i < p.i for c in head.children)):
            # ((session 63) "cabinet ministers and supporters of the Amal and Hezbollah movements":
            # an "of" after a second noun joined by "and" is that noun's, whatever the parser says;
            # "diplomats and witnesses from the UN" come from it both)
            for o in p.children:
                if o.dep_ == "pobj":
                    return o
    return None


def _unnamed_ngo(obj: Token) -> bool:
    return obj.lemma_.lower() in _NGO_KINDS and any(
        c.lower_ in _NGO_FIELDS for c in obj.children if c.dep_ in ("amod", "compound"))


def people_of_bodies(ix: DocIndex) -> None:
    """Give a person noun with no state of its own (none, or one the story's context lent it) the
    code of the body its own phrase names."""
    for m in ix.mentions:
        if m.kind not in ("person", "group") or m.country is not None and not m.from_context or m.name is not None:
            continue
        obj = _tied_phrase(ix, m)
        if obj is None:
            continue
        # the body the phrase is headed by ("the aid agency Oxfam"), not an owner inside it ("a
        # spokesman for the bloc's foreign service": the service, which no mention names)
        heads = {obj.i} | {c.i for c in obj.children if c.dep_ == "appos"}
        body = next((o for o in ix.mentions if o is not m and o.kind in ("organisation", "group")
                     and o.country is not None and any(o.start <= h < o.end for h in heads)), None)
        if body is not None:
            # (a state's body with no sector of its own, "the bureau", leaves the person's "official")
            sector = body.sector if body.sector or body.country in NON_STATE_CODES else m.sector
            m.country, m.sector, m.from_context, m.confidence = body.country, sector, True, 0.6
        elif _unnamed_ngo(obj):
            m.country, m.sector, m.from_context, m.confidence = "NGO", None, True, 0.5


# (session 46) verbs by which a body owns or runs a firm ("companies owned by the armed forces")
_OWNING = frozenset({"own", "control", "run", "operate"})


def firms_of_owners(ix: DocIndex) -> None:
    """(session 46, batch AS2) "three gem companies it said were owned or controlled by the armed
    forces" in a Washington story were the United States' firms (USABUS): a firm with no state of its
    own whose own clause names the body that owns, controls or runs it is of that body's state."""
    doc = ix.doc
    for m in ix.mentions:
        if m.sector != "BUS" or m.name is not None or m.kind not in ("group", "organisation") \
                or m.country is not None and not m.from_context:
            continue
        head = doc[m.start:m.end].root
        owners = [o for c in head.children if c.dep_ in ("relcl", "acl") for v in c.subtree
                  if v.lemma_.lower() in _OWNING and v.pos_ == "VERB"
                  for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        for o in owners:
            body = next((b for b in ix.mentions if b is not m and b.start <= o.i < b.end and b.country), None)
            if body is not None and body.country not in NON_STATE_CODES:
                m.country, m.from_context, m.confidence = body.country, True, 0.6
                break

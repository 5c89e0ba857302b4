"""A group's own forces and people named through "the movement's", "the group's" (session 44).

Why: "The Polisario Front independence movement condemned the decision. The movement's military
has since reported daily attacks": the military is the Polisario's (ESHREB), but "the movement"
is no mention, so the story's state (Morocco, from the dateline) claimed the bare "military"
(MARMIL), and batch AP's judges counted the attacks' doer wrong. A definite common noun for a
non-state body ("the movement", "the group", "the front", "the rebels") that owns a sector noun
names the body of that kind the article told last; what it owns takes that body's state, and its
sector where the thing owned is armed (a rebel movement's military is rebels).
"""

from __future__ import annotations

from spacy.tokens import Token

from .actor_anchors import DocIndex, Mention
from .nlp import sentence_of_token

__all__ = ["group_possessions", "titles_of_armed_owners", "voices_of_bodies"]

# common nouns that stand for a non-state body told before
_BODY_NOUNS = frozenset({"movement", "group", "front", "organisation", "organization", "militia", "rebels", "insurgents",
                         "separatists", "guerrillas", "party", "alliance", "coalition", "faction"})
# sectors of bodies such a noun can stand for (not a state's organs)
_NON_STATE = frozenset({"REB", "UAF", "INS", "SEP", "PTY", "OPP", "NGO", "CRM", "REL", "LAB"})
# owned sector nouns that are armed: they take the body's own (armed) sector
_ARMED = frozenset({"military", "army", "fighters", "forces", "wing", "guerrillas", "militia", "militiamen",
                    "troops", "gunmen", "units", "commanders"})
_WINDOW = 3  # sentences back


def _owner_noun(ix: DocIndex, m: Mention) -> Token | None:
    """The definite body noun that owns mention ``m`` ("the movement's military"), if any."""
    head = ix.doc[m.start:m.end].root
    for c in head.children:
        if c.dep_ == "poss" and c.lemma_.lower() in _BODY_NOUNS and c.i < m.start \
                and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children):
            return c
        if c.dep_ == "compound" and c.i == m.start and c.lemma_.lower() in _BODY_NOUNS \
                and head.lemma_.lower() in _FOLLOWERS and not any(True for _ in c.children):
            return c  # (session 62) "the militia ... militia supporters besieged the embassy"
    return None


# (session 62) People who follow a body named by its noun before them ("militia supporters").
_FOLLOWERS = frozenset({"supporter", "member", "loyalist", "follower", "fighter"})


def _body_told_before(ix: DocIndex, noun: Token) -> Mention | None:
    """The last non-state body with a state named before ``noun`` within a few sentences."""
    sid = sentence_of_token(ix.doc, noun.i)
    best = None
    for o in ix.mentions:
        if o.end > noun.i or o.kind not in ("organisation", "group") or not o.country or o.sector not in _NON_STATE:
            continue
        if sid - sentence_of_token(ix.doc, o.start) > _WINDOW:
            continue
        if best is None or o.start > best.start:
            best = o
    return best


def group_possessions(ix: DocIndex) -> None:
    """Give the forces and people a definite body noun owns the state (and, when armed, the
    sector) of the body it stands for. Runs before the story's state claims unplaced mentions."""
    for m in ix.mentions:
        if m.country is not None or m.kind not in ("group", "organisation") or m.name is not None:
            continue
        noun = _owner_noun(ix, m)
        if noun is None:
            continue
        body = _body_told_before(ix, noun)
        if body is None:
            continue
        m.country, m.from_context, m.confidence = body.country, True, 0.6
        if ix.doc[m.end - 1].lower_ in _ARMED and body.sector in ("REB", "UAF", "INS", "SEP"):
            m.sector = body.sector


# (session 53) Titles a state's officers hold that an armed or criminal body's men hold too.
_COMMAND_TITLES = frozenset({"leader", "leaders", "commander", "commanders", "chief", "chiefs",
                             "head", "boss", "bosses"})
_ARMED_OWNERS = frozenset({"REB", "UAF", "INS", "SEP", "CRM", "IMG"})


def titles_of_armed_owners(ix: DocIndex) -> None:
    """(session 53) "the guerrillas' top leader", "the rebels' commanders": an unnamed leader or
    commander that an armed or criminal body's mention owns is that body's man (its sector, and
    its state once known), not the state's army or government that the title alone suggests
    (batch BZ2's judges counted the FARC's commanders as COLMIL wrong)."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind != "person" or m.name is not None or m.sector not in ("GOV", "MIL") \
                or doc[m.end - 1].lower_ not in _COMMAND_TITLES:
            continue
        owners = [c for c in doc[m.end - 1].children if c.dep_ == "poss" and c.i < m.start]
        owner = next((o for c in owners for o in ix.mentions if o is not m and o.start <= c.i < o.end
                      and o.kind in ("group", "organisation") and o.sector in _ARMED_OWNERS), None)
        if owner is not None:
            m.sector = owner.sector
            m.country = owner.country or m.country


_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"})


def voices_of_bodies(ix: DocIndex) -> None:
    """(session 53) "Campaign Against Arms Trade, a pressure group, said ... said a spokesman for
    the group": a spokesperson for "the group" (or movement, party ...) speaks for the non-state
    body told last, with its state and sector, not for the government the bare title suggests."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind != "person" or m.name is not None or doc[m.end - 1].lower_ not in _VOICES:
            continue
        objs = [g for p in doc[m.end - 1].children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                for g in p.children if g.dep_ == "pobj"]
        # ((session 62) or the body's own office: "a spokesman for the group's office in London")
        objs += [o for g in objs for o in g.children if o.dep_ == "poss"]
        noun = next((g for g in objs if g.lemma_.lower() in _BODY_NOUNS
                     and any(d.lower_ == "the" for d in g.children)), None)
        body = _body_told_before(ix, noun) if noun is not None else None
        if body is not None:
            m.country, m.sector, m.from_context, m.confidence = body.country, body.sector, True, 0.6
            continue
        private = _private_body_of_state(ix, m)
        if private is not None:
            m.country, m.sector, m.from_context, m.confidence = private, None, True, 0.6


# (session 56) Heads of bodies of private people a spokesman may speak for.
_PRIVATE_BODIES = frozenset({"federation", "association", "union", "group", "company", "firm", "chamber",
                             "league", "alliance", "coalition", "council", "confederation", "organisation",
                             "organization"})


def _private_body_of_state(ix: DocIndex, m: Mention) -> str | None:
    """(session 56) "said a spokesman for a French wine exporters' federation": a spokesman for an
    unnamed private body that a state's adjective qualifies speaks for that state's body (no
    sector a bare title gives), not for the government of the story's state."""
    doc = ix.doc
    for p in doc[m.end - 1].children:
        if p.dep_ != "prep" or p.lower_ != "for":
            continue
        for g in p.children:
            if g.dep_ != "pobj" or g.lemma_.lower() not in _PRIVATE_BODIES or g.ent_type_:
                continue
            states = {form.iso3 for k in range(g.left_edge.i, g.i)
                      if (form := ix.country_at(k)) is not None and form.form == "adjective"}
            if len(states) == 1 and not any(o.start <= g.i < o.end for o in ix.mentions if o is not m):
                return states.pop()
    return None

"""(session 39) States of groups and bodies the text ties to a named person: the group the
person is said to lead, and the bare body the person's own description names.

Why: a story about several states ("Cape Verde extradited X to the United States, and Caracas
broke off talks with the opposition") gives no state to "the opposition" or "the government"
from its context, or the wrong one; the person the text ties them to, whose state the knowledge
base knows, says whose they are.
"""

from __future__ import annotations

from spacy.tokens import Token

from .actor_anchors import DocIndex, Mention
from .actor_pronouns import SAYING_VERBS, quotation_speaker
from .countries import NON_STATE_CODES

__all__ = ["LEAD_VERBS", "bodies_in_holders_descriptions", "groups_in_named_bodies", "groups_led_by_named", "others_envoys_in_quotations",
           "own_governments_in_statements",
           "regional_description"]

# Verbs by which a body is said to have a leader ("the opposition, led by X"; "the delegation was
# headed by X"), for this module and ``actor_coref``.
LEAD_VERBS = frozenset({"lead", "head", "chair"})
# Sectors of the groups whose named leader is of their state: parties, the opposition, movements
# and private bodies (a state organ, an army or a rebel group is placed by other passes).
_LED_SECTORS = frozenset({"OPP", "PTY", "LAB", "NGO", "REL", "EDU", "MED", "BUS", "AGR", "CVL"})


def _placed_person(ix: DocIndex, tok: Token) -> Mention | None:
    """The named person ``tok`` is in, when the person's state came from their own words or the
    knowledge base (not from the story's context) and is a state's."""
    return next((o for o in ix.mentions if o.kind == "person" and o.name and o.start <= tok.i < o.end
                 and o.country and not o.from_context and o.country not in NON_STATE_CODES), None)


def _leader_of(ix: DocIndex, head: Token) -> Mention | None:
    """The named person a noun's "led by" / "headed by" participle names ("the opposition, led
    by Juan Guaido"), the first of several ("led by A and B")."""
    for verb in head.children:
        if verb.dep_ != "acl" or verb.lemma_.lower() not in LEAD_VERBS:
            continue
        for by in verb.children:
            if by.dep_ == "agent":
                for obj in by.children:
                    if obj.dep_ == "pobj":
                        return _placed_person(ix, obj)
    return None


def groups_led_by_named(ix: DocIndex) -> None:
    """"The opposition, led by Juan Guaido, said ...": an unnamed party, opposition or private
    group said to be led by a named person whose state is known is of that state, over the
    story's state guessed from context; the same bare group named elsewhere in the story with
    no state at all ("talks with the opposition") is that group too. (session 61) So is a
    party named with a name no list places ("The opposition Democratic Party, led by Sali
    Berisha", in a story filed from Italy), and the description printed right before it."""
    doc = ix.doc
    placed: list[Mention] = []
    for m in ix.mentions:
        if m.kind not in ("group", "organisation") or m.sector not in _LED_SECTORS \
                or m.name and m.kind != "organisation" \
                or m.country is not None and not m.from_context:
            continue
        leader = _leader_of(ix, doc[m.end - 1])
        if leader is None or leader.country == m.country:
            continue
        m.country, m.from_context, m.confidence = leader.country, True, min(m.confidence, 0.8)
        if m.name:
            described = next((o for o in ix.mentions if o.end == m.start and not o.name
                              and o.kind == "group" and o.from_context and o.sector in _LED_SECTORS), None)
            if described is not None:
                described.country, described.confidence = m.country, min(described.confidence, 0.8)
            continue
        placed.append(m)
    for g in placed:
        head = doc[g.end - 1].lemma_.lower()
        for o in ix.mentions:
            if o is not g and o.country is None and not o.name and o.kind == g.kind \
                    and o.sector == g.sector and o.definite and o.end - o.start <= 2 \
                    and doc[o.end - 1].lemma_.lower() == head:
                o.country, o.from_context, o.confidence = g.country, True, min(o.confidence, 0.6)


# Sectors of the named bodies whose members are of the body's state ("lawmakers in the Duma").
_MEMBERED_SECTORS = frozenset({"LEG", "PTY", "GOV"})


def _named_body_in(ix: DocIndex, head: Token) -> Mention | None:
    """The named body of a state that an "in"/"of" phrase on ``head`` names ("lawmakers in the
    Nitijela", "members of the Bundestag"), when the knowledge base gives its state."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "of"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            body = next((o for o in ix.mentions if o.kind == "organisation" and o.name
                         and o.start <= obj.i < o.end), None)
            if body and body.country and not body.from_context and body.sector in _MEMBERED_SECTORS \
                    and body.country not in NON_STATE_CODES:
                return body
    return None


def groups_in_named_bodies(ix: DocIndex) -> None:
    """"Opposition lawmakers in the Nitijela said ...": an unnamed group whose state came from
    the story's context and that the text places in a named parliament, party or government body
    of a known state is of that state (its members sit there), over the story's lead state."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind != "group" or m.name or m.country is not None and not m.from_context:
            continue
        body = _named_body_in(ix, doc[m.end - 1])
        if body is None or body.country == m.country:
            continue
        m.country, m.from_context, m.confidence = body.country, True, min(m.confidence, 0.8)


def bodies_in_holders_descriptions(ix: DocIndex) -> None:
    """"Jorge Rodriguez, the president of Venezuela's National Assembly and head of the
    government's delegation": a bare definite body with no name ("the government") in the
    description set off after a named person whose state is known is that person's state's
    (the office they hold is in it), over a state guessed from the story's context."""
    doc = ix.doc
    for p in ix.mentions:
        if p.kind != "person" or not p.name:
            continue
        head = doc[p.start:p.end].root
        desc = next((c for c in head.children if c.dep_ == "appos" and c.i >= p.end), None)
        if desc is None:
            continue
        lo, hi = desc.left_edge.i, desc.right_edge.i
        inside = [o for o in ix.mentions if o is not p and lo <= o.start and o.end <= hi + 1]
        # the person's state as the knowledge base knows it, else the one state the description
        # names ("the speaker of Venezuela's National Assembly"), never only the story's
        named = {o.country for o in inside if o.country and not o.from_context
                 and o.country not in NON_STATE_CODES and o.kind in ("country", "organisation", "person")}
        if p.country and not p.from_context and p.country not in NON_STATE_CODES:
            state = p.country
        elif len(named) == 1:
            state = next(iter(named))
        else:
            continue
        for o in inside:
            if o.kind in ("organisation", "group") and not o.name and o.sector == "GOV" \
                    and (o.country is None or o.from_context) and o.end - o.start <= 2 \
                    and o.country != state:
                o.country, o.from_context, o.confidence = state, True, min(o.confidence, 0.8)
                _named_again(ix, o)


def _named_again(ix: DocIndex, body: Mention) -> None:
    """"... head of the government's delegation. The government had named him ...": the same
    bare body named again later with no state at all is the one just placed, until an actor of
    its sector of another state comes between."""
    doc = ix.doc
    head = doc[body.end - 1].lemma_.lower()
    for o in sorted(ix.mentions, key=lambda x: x.start):
        if o.start < body.end:
            continue
        if o.sector == body.sector and o.country is not None and o.country != body.country:
            return
        if o.country is None and not o.name and o.kind == body.kind and o.sector == body.sector \
                and o.definite and o.end - o.start <= 2 and doc[o.end - 1].lemma_.lower() == head:
            o.country, o.from_context, o.confidence = body.country, True, min(o.confidence, 0.6)


# Words that make a body one of a region's states, not of one state ("the regional court").
_REGIONAL = frozenset({"regional", "continental", "sub-regional", "subregional"})


def regional_description(doc, m: Mention) -> bool:
    """Whether a description is called regional ("the regional court"): it names a bloc's body
    (or a province's, as "the regional court in Lodz"), never a state's own named body such as
    the story's supreme court."""
    return any(doc[i].lower_ in _REGIONAL for i in range(m.start, m.end))


# Sectors of the officials who speak for a state.
_SPEAKING_SECTORS = frozenset({"GOV", "JUD", "LEG", "MIL", "COP"})
# Bare organs a state's officials speak of as their own (session 51: "Israeli officials said
# the army would halt targeted killings" is Israel's army, not the story's Palestinians').
_OWN_ORGANS = frozenset({("GOV", "government"), ("MIL", "army"), ("MIL", "military"), ("COP", "police")})


def own_governments_in_statements(ix: DocIndex) -> None:
    """Give each bare "the government" (or "the army", "the military", "the police") with no
    state or one from the story's context the state of the official, or the officials, in whose
    statement it stands (``_own_government_in_statement``)."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind == "organisation" and not m.name and m.definite and m.end - m.start <= 2 \
                and (m.sector, doc[m.end - 1].lower_) in _OWN_ORGANS \
                and (m.country is None or m.from_context):
            if m.sector != "GOV" and doc[m.end - 1].dep_ not in ("nsubj", "nsubjpass"):
                continue  # ("officials said he had warned the military": the one warned, anyone's)
            state = _own_government_in_statement(ix, m)
            if state is not None and state != m.country:
                m.country, m.from_context, m.confidence = state, True, min(m.confidence, 0.6)
        elif m.kind == "organisation" and not m.name and m.sector == "GOV" and doc[m.end - 1].lower_ == "government" \
                and m.end - m.start <= 2 and m.from_context:
            # (session 64) '"Why does a government that says it has won need mortar bombs?" asked
            # Tendai Biti': a government in a state's opposition leader's own words is his state's
            # (an official abroad speaks of other states' governments as often)
            voice = quotation_speaker(ix, m.start)
            if voice is not None and voice.country and voice.country not in NON_STATE_CODES \
                    and voice.sector == "OPP" and not voice.from_context \
                    and voice.country != m.country:
                head = doc[m.end - 1]
                for o in ix.mentions:  # ("a government that says it has won": its own "it" too)
                    if o.kind == "pronoun" and o.country == m.country and o.sector == m.sector \
                            and head.i < o.start <= head.right_edge.i:
                        o.country = voice.country
                m.country, m.confidence = voice.country, min(m.confidence, 0.6)


def _own_government_in_statement(ix: DocIndex, m: Mention) -> str | None:
    """"Foreign Ministry spokesman X said France regretted the move and that judges in France
    acted independently of the government": a bare "the government" anywhere in what a state's
    official says, when every state the statement names is the official's own, is that state's
    (``speaker_state`` reads only a "the government" that is the said clause's subject)."""
    doc = ix.doc
    tok = doc[m.end - 1]
    while tok.dep_ not in ("ccomp", "ROOT") and tok.head.i != tok.i:
        tok = tok.head
    top = tok
    while top.dep_ == "conj" and top.head.i != top.i and top.head.dep_ != "ROOT":
        top = top.head
    if top.dep_ == "conj":
        top = top.head
    if top.dep_ != "ccomp" or top.head.lemma_.lower() not in SAYING_VERBS:
        return None
    speaker = next((c for c in top.head.children if c.dep_ == "nsubj"), None)
    said = next((o for o in ix.mentions if speaker is not None and o.start <= speaker.i < o.end
                 and (o.kind == "person" or o.kind == "group" and not o.from_context
                      and doc[speaker.i].lower_ == "officials")
                 and o.country and o.country not in NON_STATE_CODES
                 and o.sector in _SPEAKING_SECTORS), None)
    if said is None:
        return None
    lo, hi = top.left_edge.i, top.right_edge.i
    states = {o.country for o in ix.mentions if o is not m and lo <= o.start <= hi and o.country
              and not o.from_context and o.country not in NON_STATE_CODES}
    return said.country if states <= {said.country} else None


# Envoys a state keeps abroad, whose owner a speaker names by "their".
_ENVOY_WORDS = frozenset({"ambassador", "envoy", "consul", "diplomats"})


def others_envoys_in_quotations(ix: DocIndex) -> None:
    """'"Why should we keep their ambassador here?"' said by a Rwandan: an envoy that a speaker
    calls "their", facing the speaker's own "we" in the same clause, is another state's, so a
    state the story's context gave it, the speaker's or (with no speaker found) the story's, is
    dropped (the pronoun's owner is left unread)."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind not in ("person", "group") or m.name or not m.from_context or not m.country:
            continue
        head = doc[m.end - 1]
        if head.lemma_.lower() not in _ENVOY_WORDS \
                or not any(c.dep_ == "poss" and c.lower_ == "their" for c in head.children):
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ == "we" for c in head.head.children):
            continue
        speaker = quotation_speaker(ix, m.start)  # (none found for a quotation of its own)
        if speaker is None or speaker.country == m.country:
            m.country, m.confidence = None, min(m.confidence, 0.5)

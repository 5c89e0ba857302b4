"""Plural references to several actors named before: "the two countries", "both sides".

"Russia and China signed a trade deal. The two countries also agreed to hold exercises": the
second sentence names its parties only by a counted plural noun, which stands for the actors
joined by "and" (or the two sides of a meeting) just before it. Each member becomes a mention
on the reference's own span, so that the event coder finds every party there; a mention of one
state that the context gave the phrase ("the two leaders" as the last president named) gives way.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from .conjuncts import first_conjunct
from .actor_anchors import DocIndex, Mention
from .anchor_index import tokens_lowered
from .actor_pronouns import mention_head, quotation_of_index, window_start
from .countries import NON_STATE_CODES
from .nlp import sentence_of_token

__all__ = ["plural_references", "shared_head_sectors", "joint_troops", "listed_members",
           "set_off_members", "conjoined_organs", "sent_from_members", "members_included_in_bodies"]

# Plural nouns that name states as such: each member stands for its state (no sector).
_STATE_NOUNS = frozenset({"countries", "nations", "states", "neighbours", "neighbors"})
# Plural nouns that name states' governments or their heads: a state member is its government.
_GOVERNMENT_NOUNS = frozenset({"governments", "leaders", "presidents", "heads", "premiers",
                               "delegations", "ministers", "capitals"})
# Of those, the nouns that are offices whoever the members are (a "leader" may lead a group).
_OFFICES = frozenset({"governments", "presidents", "premiers", "ministers"})
# Of those, the nouns for people: a pair of named people is what they mean first.
_PEOPLE_NOUNS = frozenset({"leaders", "presidents", "heads", "premiers", "ministers"})
# Plural nouns for whatever parties were named: each member keeps its own sector.
_PARTY_NOUNS = frozenset({"sides", "allies", "partners", "rivals", "foes", "adversaries",
                          "enemies", "parties", "neighbours", "neighbors", "men", "women"})
# Party nouns that only people can be.
_SEXES = frozenset({"men", "women"})
# Counts that make a plural noun a reference to so many actors named before.
_COUNTS = {"two": 2, "three": 3, "four": 4, "both": 2}
# Nouns whose bare definite plural ("the allies") refers back without a count.
_BARE_DEFINITE = frozenset({"allies", "rivals", "delegations", "sides"})
# Nouns whose bare definite plural refers back only as the subject of an encounter ("the
# neighbours fought a war"): elsewhere "the neighbours" are as often the people next door.
_RECIPROCAL_NOUNS = frozenset({"neighbours", "neighbors"})
# Verbs whose subject and object (or "with" partner) are the two sides of one encounter.
_ENCOUNTERS = frozenset({"meet", "host", "receive", "visit", "call", "phone", "telephone",
                         "speak", "confer", "sign", "talk", "hold", "welcome", "fight", "clash",
                         "war", "negotiate", "agree"})
_PLURAL_NOUNS = _STATE_NOUNS | _GOVERNMENT_NOUNS | _PARTY_NOUNS
_THEY = frozenset({"they", "their"})
# Sectors whose members speak for their state: a pair of them may be "the two neighbours".
_STATE_VOICES = frozenset({None, "GOV", "MIL"})
# How many sentences back a plural reference looks for its members.
_REACH = 2
# Counted references that may look back to the start of the document when nothing is near
# ("the two countries' security chiefs", many sentences after the pair was named): a count
# and a noun of states or sides leave little doubt about whom they mean.
_FAR_NOUNS = _STATE_NOUNS | {"sides", "delegations", "leaders", "governments"}
# How often each of a story's two sides is named, at least, to be the far "two states".
_SIDE_MENTIONS = 3
# Nouns for two opposed or separate parties: a state and a bloc or body it leads or joins
# ("asked Russia and the Moscow-led CSTO to help") are one side, never "both sides".
_OPPOSED_NOUNS = frozenset({"sides", "leaders", "governments", "neighbours", "neighbors"})
# Nouns for the sides of one conflict or negotiation, which may be of one state: "both sides"
# or "both delegations" after "Sudan's army and the paramilitary RSF".
_SIDE_NOUNS = frozenset({"sides", "delegations", "parties"})
# Sectors of a state's armed or political challengers, a side against its own government.
_CHALLENGERS = frozenset({"REB", "UAF", "OPP", "INS"})
# Words whose object lists examples of a larger set ("ten countries including France and
# Italy"): such a list is part of one side, never a closed pair that "both sides" could mean.
_EXAMPLE_HEADS = frozenset({"including", "like", "among", "excluding"})


# Heads of lawmakers "from both parties" (session 47).
_LAWMAKERS = frozenset({"member", "lawmaker", "legislator", "senator", "congressman", "congresswoman",
                        "representative", "mp", "deputy"})


def plural_references(ix: DocIndex) -> None:
    """"The two countries", "both sides", "the allies": a counted (or bare definite) plural
    reference whose members are the nearest earlier actors joined by "and" (or the subject and
    partner of one meeting) of that number, each with a state, in its sentence (only for a
    subject) or the two before. Every member becomes a mention on the reference's span."""
    doc = ix.doc
    # (the words are looked up as an array: no Token object per word of the document)
    refs = [doc[i] for i in tokens_lowered(doc, _PLURAL_NOUNS)
            if doc[i].tag_ == "NNS" and _count(doc[i]) is not None]
    theys = [t for t in (doc[i] for i in tokens_lowered(doc, _THEY))
             if t.lower_ == "they" and t.dep_ in ("nsubj", "nsubjpass")
             or t.lower_ == "their" and t.dep_ == "poss"]
    if not refs and not theys:
        ix.mentions = [m for m in ix.mentions if not m.owned or m.country]
        return
    heads = _coded_heads(ix)
    added: list[Mention] = []
    drop: set[int] = set()
    recent: tuple[int, list[Mention]] | None = None
    camps: list[Mention] | None = None
    for ref in refs:
        count = _count(ref)
        noun = ref.lower_
        start = min([c.left_edge.i for c in ref.lefts] + [ref.i])
        if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in ref.children):
            continue  # "their two countries", "the leaders of the two countries"
        if any(ix.anchor_at(i) is not None for i in range(start, ref.i + 1)):
            continue  # "the two Koreas", "the two Gulf states": the phrase names its own
        if ref.dep_ == "appos" and any(m.start <= ref.head.i < m.end for m in ix.mentions):
            continue  # "Spain and Italy, the other two members": the names before are the actors
        if noun == "parties" and ref.dep_ == "pobj" and ref.head.lower_ in ("from", "of", "in", "across") \
                and (ref.head.head.lemma_.lower() in _LAWMAKERS
                     or any(m.sector == "LEG" and m.start <= ref.head.head.i < m.end for m in ix.mentions)):
            continue  # (session 47) "Members of Congress from both parties": political parties
        members = _members(ix, ref, start, count or 0, heads)
        region = next((_REGION_STATES[c.lower_] for c in ref.children
                       if c.dep_ in ("amod", "compound") and c.lower_ in _REGION_STATES), None)
        if region is not None and (not members or not {m.country for m in members} <= set(region)):
            # (session 60) "The three Baltic states were annexed ...": the region's states, not
            # the three states the sentences before named (Britain, Russia and Poland)
            if count != len(region):
                continue
            members = [Mention(start, ref.i + 1, "country", country=c, confidence=0.6) for c in region]
        if count == 2 and recent and members and recent[0] > max(m.start for m in members) \
                and sentence_of_token(doc, ref.i) - sentence_of_token(doc, recent[0]) <= 2 \
                and {m.country for m in recent[1]} == {m.country for m in _story_sides(ix)}:
            # (session 56) "... hoped the two countries (Britain and Malawi) could settle the
            # matter. The Commonwealth secretariat, of which both countries are members": the
            # story's two sides, which a reference since the pair found stood for, are the
            # nearer pair, and are meant again
            members = recent[1]
        if noun == "sides" and camps is not None and members \
                and {m.country for m in members} != {camps[0].country} \
                and not all(sentence_of_token(doc, m.start) == sentence_of_token(doc, ref.i) for m in members):
            # (session 61) "Nhial ... and rebel delegation head Taban Deng Gai signed for the two
            # sides ... urged both sides to implement it": one state's two camps, once they are
            # the story's sides, stay its sides, not a pair of states named since
            members = camps
        if not members or _signatories_apart(ref, members, heads):
            continue
        if count == 2 and len(members) == 2:
            recent = (ref.i, members)
        if noun == "sides" and len(members) == 2 and members[0].country == members[1].country \
                and members[0].country and members[0].sector != members[1].sector:
            camps = members
        if noun in _SEXES and not all(m.kind == "person" for m in members):
            # (session 55) "supporters of both women" are no pair of states: the nearest pair
            # of people, if any
            people = {i: h for i, h in heads.items() if h.kind == "person"}
            members = _members(ix, ref, start, count or 0, people)
            if not members or not all(m.kind == "person" for m in members):
                continue
        if noun in _SIDE_NOUNS and (doers := _coordinated_doer_states(ref, heads)) \
                and any(m.country in doers for m in members):
            # (session 42) "The United States, Japan and Australia welcomed the accord, and
            # Britain's foreign secretary praised both parties": the ones who welcome and praise
            # are not the parties praised; with fewer than two left, no reading is sure
            members = [m for m in members if m.country not in doers]
            if len(members) < 2:
                continue
        spans = [(start, ref.i + 1)]
        for k, m in enumerate(ix.mentions):
            if start <= m.start and m.end <= ref.i + 1:
                drop.add(k)
                spans += _echoes(ix, ref, m, drop)
        added += _members_officials(ix, ref, members, drop)
        for member in members:
            sector = member.sector
            if noun in _STATE_NOUNS:
                sector = None
            elif noun in _GOVERNMENT_NOUNS and (member.kind == "country" or noun in _OFFICES):
                sector = "GOV"  # ("both governments" after "Kenyan and Ethiopian herders")
            person = member.kind == "person"
            added += [Mention(a, b, "group", country=member.country,
                              sector=sector, name=member.name if person else None,
                              role=member.role if person else None,
                              confidence=min(0.6, member.confidence), member=True)
                      for a, b in spans]
    if theys:
        added += _joint_they(ix, theys, heads, drop, added)
    added += _each_member(ix, added, drop)
    # ("its forces" kept for an owner that no rule resolved is no actor after all)
    ix.mentions = [m for k, m in enumerate(ix.mentions)
                   if k not in drop and (not m.owned or m.country)] + added
    ix.mentions.sort(key=lambda m: m.start)


# (session 34) Nouns of a signed agreement whose parties a relative clause may call "both sides".
_AGREEMENT_NOUNS = frozenset({"agreement", "accord", "treaty", "pact", "deal", "protocol", "memorandum",
                              "truce", "ceasefire", "convention", "understanding"})


def _signatories_apart(ref: Token, members: list[Mention], heads: dict[int, Mention]) -> bool:
    """(session 34) "Thimphu said the work breached agreements signed in 1988 and 1998 under which
    both sides promised to keep the peace": a reference inside a relative clause on an agreement
    means its signatories, and the state whose subject invokes the agreement is one of them. A
    pair found elsewhere that leaves that state out is someone else's, so the reference stays
    unresolved rather than naming a state that signed nothing."""
    clause = next((a for a in ref.ancestors if a.dep_ == "relcl"), None)
    # (the parser may hang the clause on the date of "agreements signed in 1988 under which")
    if clause is None or not any(t.lemma_.lower() in _AGREEMENT_NOUNS and t.pos_ == "NOUN"
                                 for t in (clause.head, *list(clause.head.ancestors)[:3])):
        return False
    root = ref.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    speaker = heads.get(subject.i) if subject is not None else None
    return speaker is not None and speaker.country not in NON_STATE_CODES \
        and speaker.country not in {m.country for m in members}


def _each_member(ix: DocIndex, added: list[Mention], drop: set[int]) -> list[Mention]:
    """"the three countries ... each navy will contribute": an organ counted out by "each" or
    "every" with no state of its own is every member's, of the latest several states a plural
    reference stood for within two sentences before it."""
    doc = ix.doc
    out: list[Mention] = []
    for k, m in enumerate(ix.mentions):
        if k in drop or m.name or not m.sector or m.kind not in ("group", "organisation", "person") \
                or not (m.country is None or m.from_context) or m.end - m.start > 2:
            continue
        head = doc[m.end - 1]
        if head.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in ("each", "every") for c in head.children):
            continue
        first = window_start(head, 2)
        before = [x for x in added if x.member and x.country and first <= x.start < m.start]
        if not before:
            continue
        last = max(x.start for x in before)
        group = [x for x in before if x.start == last]
        if len({x.country for x in group}) < 2:
            continue
        drop.add(k)
        out += [Mention(m.start, m.end, "group", country=x.country, sector=m.sector, role=m.role,
                        confidence=min(0.6, x.confidence), member=True) for x in group]
    return out


def _members_officials(ix: DocIndex, ref: Token, members: list[Mention], drop: set[int]) -> list[Mention]:
    """"the defence ministers of the three countries": a plural organ or office holders "of" a
    counted reference are each member's own (each state's ministers), not one state the context
    guessed; the head's mention is replaced by one per member with the head's sector."""
    of = ref.head if ref.dep_ == "pobj" else None
    if ref.dep_ == "poss" and ref.head.dep_ == "pobj":
        of = ref.head.head  # "ministers of the two countries' river commission": its members'
    holder = of.head if of is not None and of.lower_ == "of" else None
    if holder is None or holder.tag_ != "NNS":
        return []
    for k, m in enumerate(ix.mentions):
        if m.start <= holder.i < m.end and m.end <= ref.head.i and not m.name and m.sector \
                and m.kind in ("person", "group", "organisation") and (m.country is None or m.from_context):
            drop.add(k)
            return [Mention(m.start, m.end, "group", country=x.country, sector=m.sector, role=m.role,
                            confidence=min(0.6, x.confidence), member=True)
                    for x in members if x.country]
    return []


def _echoes(ix: DocIndex, ref: Token, old: Mention, drop: set[int]) -> list[tuple[int, int]]:
    """"both delegations had signed a text committing them to ...": a plural pronoun later in
    the reference's sentence that was resolved to the mention the reference replaces stands
    for the same members; its spans are returned and its mention dropped."""
    out = []
    for k, p in enumerate(ix.mentions):
        if p.kind == "pronoun" and p.start > ref.i and p.start < ref.sent.end \
                and ix.doc[p.start].lower_ in ("they", "them", "their", "themselves") \
                and (p.country, p.sector) == (old.country, old.sector) and p.country:
            drop.add(k)
            out.append((p.start, p.end))
    return out


def _listed_owners(tok: Token, heads: dict[int, Mention]) -> list[Mention]:
    """"visas issued to Algerians, Moroccans and Tunisians, ... their governments' refusal": an
    owner "their" with no joined subject before it owns for the nearest earlier list, in its
    own sentence, of actors of distinct states joined by "and" (each owns its own organ)."""
    for t in reversed(tok.doc[tok.sent.start:tok.i]):
        if t.dep_ == "conj" or not any(c.dep_ == "conj" for c in t.children):
            continue
        if any(c.lower_ in ("or", "nor") for c in t.children):
            return []
        found = _distinct_states(t, heads)
        return found if all(m.country for m in found) else []
    return []


def _distinct_states(t: Token, heads: dict[int, Mention]) -> list[Mention]:
    """The mentions headed by ``t`` and its conjuncts when each heads one and no two share a
    state, else none: the joined-subject test ``_listed_owners`` and ``_joint_they`` share."""
    joined = (t, *_joined_after(t))
    found = [m for u in joined if (m := heads.get(u.i)) is not None]
    if len(found) != len(joined) or len({m.country for m in found}) != len(found):
        return []
    return found


def _distinct_states_after(t: Token, heads: dict[int, Mention]) -> list[Mention]:
    """The actors of distinct states joined to ``t`` after it, when ``t`` is a wire dateline the
    parser took for the subject and hung the real subjects on as its conjuncts."""
    joined = [c for c in t.conjuncts if c.i > t.i]
    found = [m for u in joined if (m := heads.get(u.i)) is not None]
    if len(joined) < 2 or len(found) != len(joined) or len({m.country for m in found}) != len(found):
        return []
    return found


def _joint_they(ix: DocIndex, theys: list[Token], heads: dict[int, Mention],
                drop: set[int], members: list[Mention] | None = None) -> list[Mention]:
    """"France and Germany condemned the coup. They called for ...": a subject "they" (or an
    owner "their") that no rule resolved continues the latest subject before it, in its
    sentence or the one before, when that subject is actors of distinct states joined by
    "and"; each is a member. "Their soldiers" are then each member's soldiers, in place of a
    state the context guessed. Not inside a quotation (a speaker's "they" is often someone
    else), nor past a nearer subject that is no such group ("The talks ... they")."""
    doc = ix.doc
    region = quotation_of_index(ix)
    covered = {i for m in ix.mentions for i in range(m.start, m.end)}
    out = []
    pronouns = {m.start: k for k, m in enumerate(ix.mentions) if m.kind == "pronoun"}
    for tok in theys:
        if region(tok.i) >= 0:
            continue
        first = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else 0
        subject = next((t for t in reversed(doc[first:tok.i])
                        if (t.dep_ in ("nsubj", "nsubjpass") or stranded_subject(t))
                        and region(t.i) < 0), None)
        # ("The four states cut ties ... They issued 13 demands": a counted reference resolved
        # to its members is a joined subject too, and outranks the guess of the pronoun rules,
        # which see one actor at a time)
        # (the sentence's first subject, past a later clause's: "The four states cut ties ...,
        # charges Doha has denied. They issued": the parser may hang "cut" under "charges")
        main = next((t for t in doc[first:tok.i] if t.dep_ == "nsubj" and region(t.i) < 0
                     and t.left_edge.i == t.sent.start), None)
        counted = [m for m in members or () if m.start <= main.i < m.end] \
            if main is not None and tok.dep_ == "nsubj" else []
        if tok.i in covered and not (counted and tok.i in pronouns):
            continue
        if counted and len({m.country for m in counted}) == len(counted) > 1:
            if tok.i in covered:
                drop.add(pronouns[tok.i])
            found = counted
        elif subject is not None and subject.i in ix.blocked \
                and (found := _distinct_states_after(subject, heads)):
            pass  # (session 54) "DUBAI - Saudi Arabia, the UAE and Bahrain withdrew their ambassadors"
        elif subject is None or subject.dep_ == "conj" and not stranded_subject(subject) \
                or not any(c.dep_ == "conj" for c in subject.children) \
                or any(c.lower_ in ("or", "nor") for c in subject.children):
            found = _listed_owners(tok, heads) if tok.dep_ == "poss" else []
            if not found:
                continue
        else:
            found = _distinct_states(subject, heads)
            if not found:
                continue
        span, sector = (tok.i, tok.i + 1), None
        if tok.dep_ == "poss":
            owned = [(k, m) for k, m in enumerate(ix.mentions)
                     if m.start <= tok.head.i < m.end and not m.name
                     and m.kind in ("group", "organisation", "person")
                     and (m.country is None or m.from_context)]
            if len(owned) != 1:
                continue
            k, m = owned[0]
            drop.add(k)
            span, sector = (m.start, m.end), m.sector
        for member in found:
            out.append(Mention(span[0], span[1], "group", country=member.country,
                               sector=sector if tok.dep_ == "poss" else member.sector,
                               confidence=min(0.6, member.confidence), member=True))
    return out


def _joined_after(tok: Token) -> tuple[Token, ...]:
    """The conjuncts of ``tok``; of a stranded subject only those after it (the verb it was
    joined to is no member)."""
    if stranded_subject(tok):
        return tuple(c for c in tok.conjuncts if c.i > tok.i)
    return tok.conjuncts


def stranded_subject(tok: Token) -> bool:
    """(session 32) "Saudi Arabia and Iran agreed to restore relations, and the UAE and Qatar
    are also expected to reopen their embassies": the parser may join a later clause's subject
    to the verb before it as a conjunct. A name or noun joined to a verb, with names joined to it
    and a verb of its own right after them that has no subject, is that clause's subject."""
    if tok.dep_ != "conj" or tok.pos_ not in ("PROPN", "NOUN") or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    last = max((c for c in tok.conjuncts if c.pos_ == tok.pos_ or c.pos_ in ("PROPN", "NOUN")),
               key=lambda c: c.i, default=None)
    if last is None or last.i < tok.i or last.i + 1 >= len(tok.doc):
        return False
    nxt = tok.doc[last.i + 1]
    verb = nxt if nxt.pos_ in ("VERB", "AUX") and nxt.dep_ not in ("aux", "auxpass") else nxt.head
    return nxt.pos_ in ("VERB", "AUX") and verb.pos_ in ("VERB", "AUX") and verb.i > last.i \
        and not any(c.dep_.startswith("nsubj") for c in verb.children)


def _count(ref: Token) -> int | None:
    """How many actors a plural noun refers back to: 2 for "the two sides" or "both sides", 0
    for a bare "the allies" (any number), None when it is no such reference."""
    noun = ref.lower_
    if noun not in _PLURAL_NOUNS:
        return None
    dets = [c for c in ref.children if c.dep_ in ("det", "predet", "nummod")]
    words = {c.lower_ for c in dets}
    if "both" in words:
        return 2
    if "the" in words:
        counts = [_COUNTS[w] for w in words if w in _COUNTS]
        if counts:
            return counts[0]
        if noun in _BARE_DEFINITE and len(list(ref.lefts)) == 1:
            return 0
        if noun in _RECIPROCAL_NOUNS and len(list(ref.lefts)) == 1 and ref.dep_ == "nsubj" \
                and ref.head.lemma_.lower() in _ENCOUNTERS:
            return 0  # "the neighbours fought a war": the two states that did it together
    return None


# (session 60) Region adjectives whose states are few and fixed ("the three Baltic states").
_REGION_STATES = {"baltic": ("LTU", "LVA", "EST"), "nordic": ("DNK", "FIN", "ISL", "NOR", "SWE"),
                  "scandinavian": ("DNK", "NOR", "SWE")}


def _members(ix: DocIndex, ref: Token, start: int, count: int,
             heads: dict[int, Mention]) -> list[Mention]:
    """The nearest earlier group of ``count`` (any, if 0) actors of distinct states that the
    reference can stand for: conjuncts, or the subject and partner of one encounter."""
    doc = ix.doc
    first = doc[start].sent.start
    for _ in range(_REACH):
        if first > 0:
            first = doc[first - 1].sent.start
    found = _nearest_group(ix, ref, start, count, heads, first)
    if count == 2 and len(found) == 2 and _past_signatories(ix, found):
        # (session 60) "treaties signed between Italy and Ethiopia in the colonial era. Both
        # governments pledged to accept its ruling": a pair named only as the parties to an old
        # treaty is not the story's two governments; the story's two sides are
        sides = _story_sides(ix, before=ref.i)
        if len(sides) == 2 and {m.country for m in sides} != {m.country for m in found}:
            return sides
        others = _nearest_group(ix, ref, start, count, {i: h for i, h in heads.items()
                                                         if not any(h is f for f in found)}, first)
        return others if len(others) == 2 else []
    if count == 2 and ref.lower_ == "sides" and len(found) == 2 and _backers_together(ix, found):
        # (session 55) "The United Arab Emirates and Bahrain issued statements backing Saudi
        # Arabia ... 'Both sides need to resolve this'": states that act together for one
        # side are not the two sides; the story's two are meant, when it has two
        sides = _story_sides(ix, before=ref.i)
        if len(sides) == 2 and not {m.country for m in sides} & {m.country for m in found}:
            return sides
    if count == 2 and ref.lower_ in _OPPOSED_NOUNS and len(found) == 2 and _onlookers_together(ix, found):
        # (session 56) "... shook hands as Trump and Anwar stood beside them ... both sides will
        # pull heavy weapons back": those who watch, attend or broker are not the two sides; the
        # nearest pair of other states is, if any
        away = {m.country for m in found}
        found = _nearest_group(ix, ref, start, count, {i: h for i, h in heads.items() if h.country not in away},
                               first)
        return found if len(found) == 2 else []
    if count == 2 and found and (own := _clause_subject_state(ix, ref, heads)) is not None \
            and own in {m.country for m in found}:
        return _sides_without(ix, own)
    if count == 2 and ref.lower_ == "sides" and len(found) == 2 and _joint_subjects(ix, found) \
            and len({m.country for m in found}) == 2:
        # (session 62) "Ankara and Baku deny it ... the details needed to be worked out by the two
        # sides": a pair that acts together, one side and its ally, is not the two sides; the
        # story's two are meant
        sides = _story_sides(ix, before=ref.i)
        if len(sides) == 2 and len({m.country for m in sides} & {m.country for m in found}) == 1:
            return sides
    speakers = _speakers_of(ix, ref, heads) if count == 2 and len(found) == 2 else set()
    if speakers and (speakers == {m.country for m in found}
                     or speakers & {m.country for m in found} and _hoped_of(ref)):
        # (session 56) "Germany and Norway said they hoped the two countries could settle the
        # matter": the speakers do not speak of themselves; the story's two sides are meant
        # ((session 57) nor one of them: "Colombia and Brazil urged calm ... Bogota hoped the two
        # governments would restore channels")
        away = {m.country for m in found}
        sides = _story_sides(ix, before=ref.i, skips=away)
        return sides if len(sides) == 2 else []
    if count == 2 and found and ref.lower_ in _STATE_NOUNS and _greets_the_news(ref):
        # (session 32) "... and the UAE and Qatar are also expected to reopen their embassies.
        # Residents of both countries welcomed the news": the news is the story's, so the
        # states greeting it are the story's two sides, not a pair named in passing before
        sides = _story_sides(ix)
        if sides and {m.country for m in sides} != {m.country for m in found}:
            return sides
    if count == 2 and ref.lower_ in _STATE_NOUNS and any(m.country in NON_STATE_CODES for m in found):
        # (session 29) "The European Union and the U.S. State Department urged Baku to comply.
        # Both countries filed suits": a union or an IGO is no country, so the pair is not them
        return _story_sides(ix)
    if not found and (count or ref.lower_ in _RECIPROCAL_NOUNS) and ref.lower_ in _FAR_NOUNS and first > 0:
        found = _nearest_group(ix, ref, start, count, heads, 0)
        if count == 2 and len(found) == 2 and _past_signatories(ix, found):
            # (session 64) far back too, the parties to an old treaty are not the story's two
            sides = _story_sides(ix, before=ref.i)
            return sides if len(sides) == 2 else []
        if count == 2 and (ref.lower_ in _STATE_NOUNS | {"governments"} or ref.lower_ == "sides"
                           and not _people_on_sides(ref)):
            # (session 30: "The African Union called on both sides to show restraint", far from
            # any pair, are the two states of the story's dispute too; a pair found far back of
            # just those two states keeps its sectors)
            sides = _story_sides(ix, before=ref.i)
            presser = _clause_subject_state(ix, ref, heads)
            if sides and {m.country for m in sides} != {m.country for m in found} \
                    and not (presser is not None and presser in {m.country for m in sides}
                             and len({m.country for m in found}) == 1):
                # ((session 64) not when the story's sides would take in the one who presses or
                # brings the two together: "Washington, which had pressed both sides", after
                # Kibaki and Odinga, means one state's two camps)
                found = sides
            elif not sides and ref.lower_ == "sides" and _places_gone_to(ix, found):
                # (session 55) a story of one state's two camps: "both sides" far from any pair
                # is not the two states a trip went to ("a trip to the United States and
                # Britain", many sentences before)
                found = []
        if count == 2 and found and (own := _clause_subject_state(ix, ref, heads)) is not None \
                and own in {m.country for m in found}:
            return _sides_without(ix, own)
    if count == 2 and ref.lower_ in _RECIPROCAL_NOUNS | {"governments"} \
            and any(m.sector not in _STATE_VOICES or m.kind == "person" and m.sector is None for m in found):
        # (session 51) "a wedge between the two neighbours" after "a British woman and two
        # Americans" died: neighbours are states, not a pair of victims; the last two states
        # named near the reference are meant (a pair of leaders stands for their states);
        # (session 59) so are "both governments" UNHCR asked after "Ayuk Tabe and several aides
        # were seized": a separatist and his aides are no governments; with no two states near,
        # the story's two sides are meant
        near = _last_two_states(ix, first, start)
        if near or ref.lower_ in _RECIPROCAL_NOUNS:
            return near or found
        sides = _story_sides(ix, before=ref.i)
        return sides if len(sides) == 2 else []
    return found


def _joint_subjects(ix: DocIndex, found: list[Mention]) -> bool:
    """Whether a pair are subjects joined by "and" of one verb ("Ankara and Baku deny it")."""
    heads = [mention_head(ix, m) for m in found]
    subject = next((h for h in heads if h.dep_ == "nsubj"), None)
    return subject is not None and all(h is subject or h.dep_ == "conj" and h.head.i == subject.i for h in heads)


def _past_signatories(ix: DocIndex, found: list[Mention]) -> bool:
    """Whether a pair are named only as the states "between" which an agreement was signed
    ("treaties signed between Italy and Ethiopia in the colonial era")."""
    signed = None
    for m in found:
        tok = first_conjunct(mention_head(ix, m))  # ((session 64) "Ethiopia's Emperor Menelik": its head)
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ != "between" or prep.head.lemma_.lower() != "sign" \
                or prep.head.dep_ not in ("acl", "relcl"):
            return False
        if signed is None:
            signed = prep.head  # (the first's: both hang on one "between")
    # only an agreement of the past: dated by an era, a century or a year ("in the colonial era")
    return signed is not None and any(t.lower_ in ("era", "century", "decade") or t.like_num and len(t.text) == 4 and t.text < (ix.date or "")[:4]
               for t in signed.subtree)


def _places_gone_to(ix: DocIndex, found: list[Mention]) -> bool:
    """Whether a pair are states named by name only as where someone went or came from ("a trip
    to the United States and Britain")."""
    if not found or not all(m.kind == "country" for m in found):
        return False
    forms = [ix.country_at(mention_head(ix, m).i) for m in found]
    if any(f is None or f.form != "name" for f in forms):
        return False  # ("a tour of Jerusalem and Ramallah": the two sides' seats)
    first = mention_head(ix, min(found, key=lambda m: m.start))
    return first.dep_ == "pobj" and first.head.lower_ in ("to", "from")


# Words by which joined subjects take one side's part.
_BACKING = frozenset({"back", "support", "endorse", "defend", "side", "join", "echo"})


def _backers_together(ix: DocIndex, found: list[Mention]) -> bool:
    """Whether the pair are subjects joined by "and" of one act of backing a third party
    (the verb itself, or a participle on its object: "issued statements backing Saudi Arabia")."""
    heads = [mention_head(ix, m) for m in found]
    subject = next((h for h in heads if h.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not all(h is subject or h.dep_ == "conj" and h.head.i == subject.i for h in heads):
        return False
    verb = subject.head
    words = [verb] + [g for c in verb.children if c.dep_ == "dobj" for g in c.children
                      if g.dep_ in ("acl", "relcl")]
    return any(w.lemma_.lower() in _BACKING for w in words)


# (session 62) Nouns of those who only broker or guard what two others agree.
_BROKER_NOUNS = frozenset({"guarantor", "mediator", "broker", "facilitator", "observer", "host", "sponsor"})
# Verbs by which joined subjects only watch, attend or broker what two others do.
_ONLOOKING = frozenset({"attend", "witness", "watch", "stand", "observe", "mediate", "broker"})


def _onlookers_together(ix: DocIndex, found: list[Mention]) -> bool:
    """Whether the pair are joined subjects (or modifiers of one subject: "U.S. and Chinese
    diplomats") of one verb of watching, attending or brokering."""
    verbs = set()
    for m in found:
        t = mention_head(ix, m)
        while t.dep_ in ("compound", "amod", "conj", "nmod", "poss") and t.head.i != t.i:
            t = t.head
        if t.dep_ == "nsubj" and any(c.dep_ == "appos" and c.lemma_.lower() in _BROKER_NOUNS for c in t.children):
            verbs.add(t.head.i)  # (session 62) "Cuba and Norway, guarantors of the Havana talks, said"
            continue
        if t.dep_ != "nsubj" or t.head.lemma_.lower() not in _ONLOOKING:
            return False
        verbs.add(t.head.i)
    return len(verbs) == 1


def _last_two_states(ix: DocIndex, first: int, start: int) -> list[Mention]:
    """The latest mentions of the last two distinct states named in tokens [first, start)."""
    picked: dict[str, Mention] = {}
    for m in sorted(ix.mentions, key=lambda m: -m.start):
        if first <= m.start and m.end <= start and m.country and m.country not in NON_STATE_CODES \
                and not m.member and not m.from_context and m.kind != "pronoun" and m.country not in picked:
            picked[m.country] = m
            if len(picked) == 2:
                return list(picked.values())[::-1]
    return []


def _coordinated_doer_states(ref: Token, heads: dict[int, Mention]) -> set[str]:
    """(session 42) The states of the subjects of the verb whose object the reference is, and of
    the verbs joined to it by "and" ("X welcomed the accord, and Y praised both parties")."""
    if ref.dep_ == "dobj":
        verb = ref.head
    elif ref.dep_ == "pobj" and ref.head.dep_ == "prep":
        verb = ref.head.head
    else:
        return set()
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    verbs = [verb, *verb.conjuncts]
    states = set()
    for v in verbs:
        for subj in (c for c in v.children if c.dep_ == "nsubj"):
            for tok in (subj, *subj.conjuncts):
                if tok.i in heads and heads[tok.i].country:
                    states.add(heads[tok.i].country)
    return states


# (session 57) Verbs by which a speaker wishes something of others ("Bogota hoped the two
# governments would restore channels").
_HOPING = frozenset({"hope", "urge", "want", "expect", "wish"})


def _hoped_of(ref: Token) -> bool:
    """Whether the clause a subject reference stands in is what a speaker hopes or wants of it."""
    # (the small model lemmatises "hoped" as "hop")
    return any((a.lemma_.lower() in _HOPING or a.lower_ in ("hoped", "hopes", "hoping")) and a.pos_ == "VERB"
               for a in ref.ancestors)


def _speakers_of(ix: DocIndex, ref: Token, heads: dict[int, Mention]) -> set[str]:
    """The states of the subjects (joined ones and resolved pronouns too) of the verbs that
    say or hope the clause a subject reference stands in ("Germany and Norway said they
    hoped the two countries could ...")."""
    if ref.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    states: set[str] = set()
    verb = ref.head
    while verb.dep_ in ("ccomp", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            for t in (subj, *_joined_after(subj)):
                m = heads.get(t.i) or next((p for p in ix.mentions if p.kind == "pronoun" and p.start == t.i), None)
                if m is not None and m.country:
                    states.add(m.country)
    return states


def _sides_without(ix: DocIndex, own: str) -> list[Mention]:
    """(session 38) "Washington would work with both governments": the subject's state is not
    one of the pair it acts with, so the pair is the story's two other sides."""
    return _story_sides(ix, skip=own)


def _clause_subject_state(ix: DocIndex, ref: Token, heads: dict[int, Mention]) -> str | None:
    """(session 38) The state of the subject (a coded mention or a resolved pronoun) of the
    verb whose object or prepositional object the reference is ("Washington would work with
    both governments", "it would work with both governments")."""
    if ref.dep_ == "dobj":
        verb = ref.head
    elif ref.dep_ == "pobj" and ref.head.dep_ == "prep":
        verb = ref.head.head
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "xcomp":
        verb = verb.head  # ("which began bringing the two sides together")
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if subj.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
        # (session 64) "Washington, which had pressed both sides": the relative's antecedent
        subj = verb.head
        if subj.i not in heads and subj.dep_ == "appos":
            subj = subj.head
    if subj.i in heads:
        return heads[subj.i].country
    said = next((m for m in ix.mentions if m.kind == "pronoun" and m.start == subj.i), None)
    return said.country if said is not None else None  # "Washington said it would work with"


# Verbs of greeting or answering a piece of news.
_GREETING_VERBS = frozenset({"welcome", "greet", "hail", "celebrate", "cheer", "applaud", "praise"})


def _greets_the_news(ref: Token) -> bool:
    """Whether the clause of a reference (its subject, or the "of" phrase of its subject) greets
    "the news": a wire story's "the news" is the story's own news."""
    head = ref.head.head if ref.dep_ == "pobj" and ref.head.lower_ == "of" else ref
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    return verb.lemma_.lower() in _GREETING_VERBS and any(
        c.dep_ == "dobj" and c.lower_ == "news" and any(d.lower_ == "the" for d in c.children)
        for c in verb.children)


def _people_on_sides(ref: Token) -> bool:
    """"Victims' groups on both sides", "officials on both sides": people placed on the sides of a
    divide, which may be communities of one state rather than the story's two states."""
    return ref.dep_ == "pobj" and ref.head.lower_ == "on" and ref.head.head.tag_ == "NNS"


def _story_sides(ix: DocIndex, skip: str | None = None, before: int | None = None,
                 skips: set[str] | frozenset[str] = frozenset()) -> list[Mention]:
    """"Saudi Arabia expels Lebanese envoy ... Bahrain and Kuwait followed ... Washington urged
    the two governments to keep talking": far from any pair, "the two states" are the two
    states the story is about, each named far more often than any other, not the last pair
    joined by "and" (two of the states that took sides). The first mention of each stands.

    (session 40) With ``before`` (the reference's token), a side the story first names only
    after the reference is left out: "consultations between the two governments" cannot mean
    a state the reader has not met yet (Australia, named ten sentences later as a donor)."""
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for m in ix.mentions:
        if m.country and len(m.country) == 3 and m.country not in NON_STATE_CODES \
                and not m.member and m.country != skip and m.country not in skips:
            counts[m.country] = counts.get(m.country, 0) + 1
            if m.country not in first or m.kind == "country" != first[m.country].kind:
                first[m.country] = m  # (a state's own name rather than its officials)
    ranked = sorted(counts, key=counts.get, reverse=True)
    if len(ranked) < 2 or counts[ranked[1]] < _SIDE_MENTIONS \
            or len(ranked) > 2 and counts[ranked[1]] < 2 * counts[ranked[2]]:
        return []
    sides = [first[ranked[0]], first[ranked[1]]]
    if before is not None:
        sides = [m for m in sides if _first_named(ix, m.country) < before]
    return sides


def _first_named(ix: DocIndex, country: str | None) -> int:
    """The first token of the story's first mention coded with ``country``."""
    return min((m.start for m in ix.mentions if m.country == country and not m.member), default=ix.n)


# (session 54) Nouns of those who bring sides together, never sides themselves.
_BROKERS = frozenset({"mediator", "broker", "facilitator", "guarantor", "observer", "monitor", "sponsor"})


def _brokers_together(tok: Token) -> bool:
    """(session 54) "Sudan's army and the RSF signed a declaration, U.S. and Saudi mediators
    said, but the two sides stopped short of a ceasefire": states' adjectives joined on the
    mediators' noun name one team of go-betweens, not the two sides."""
    return tok.dep_ in ("amod", "compound", "nmod") and tok.head.lemma_.lower() in _BROKERS


def _nearest_group(ix: DocIndex, ref: Token, start: int, count: int,
                   heads: dict[int, Mention], first: int) -> list[Mention]:
    """The latest group of ``_members`` that starts at or after token ``first``.

    A conjunct that heads no mention of its own may sit inside one ("Armenian and Azerbaijani
    troops": "Azerbaijani" is inside "Azerbaijani troops"), which then stands for it."""
    doc = ix.doc
    sid = sentence_of_token(doc, ref.i)
    subject = ref.dep_ in ("nsubj", "nsubjpass")
    best: tuple[bool, bool, int, list[Mention]] | None = None
    inside: dict[int, Mention] = {}
    # the reference's own verb: a pair that did the same before ("Solomon Islands signed an
    # agreement with China ... the foreign ministers of the two countries had signed it") is
    # the one it tells of again, however many other pairs were named after it
    own = next((a for a in ref.ancestors if a.pos_ in ("VERB", "AUX")), None)
    again = own.lemma_.lower() if own is not None else None
    for m in ix.mentions:
        if m.country and m.kind in ("country", "person", "organisation", "group"):
            for k in range(m.start, m.end):
                inside.setdefault(k, m)

    def member(t: Token) -> Mention | None:
        return heads.get(t.i) or (inside.get(t.i) if t.dep_ in ("amod", "compound", "conj") else None)
    for i in range(first, start):
        tok = doc[i]
        if sentence_of_token(doc, i) == sid and not subject and not _other_clause(tok, ref):
            continue  # (only another clause's subject, in the reference's own sentence)
        groups = []
        same: set[int] = set()  # (the groups that did the reference's own act)
        if (tok.dep_ != "conj" or stranded_subject(tok)) and any(c.dep_ == "conj" for c in tok.children) \
                and not _listed_example(tok) and not _harmed_together(tok, ref) \
                and not _voted_together(tok, ref) and not _brokers_together(tok):
            # (a wire dateline the parser took for the head of the lead's subject, as in
            # "NAIROBI, Feb 12 - Sudan's army and the RSF have agreed", is no member)
            group = [t for t in (tok, *[c for c in _joined_after(tok) if c.i < start])
                     if not (t.i in ix.blocked and t.is_upper)]
            # ("PENANG, Malaysia, Feb 26 (Wire) - Indonesia, Malaysia and ...": the parser may hang
            # the lead's subject on the dateline's state; what stands before the dash is no member)
            dash = next((t.i for t in doc[group[0].i:group[-1].i] if t.text in ("-", "\u2013", "\u2014")
                         and t.i > 0 and doc[t.i - 1].text == ")"), None) if group else None
            if dash is not None:
                group = [t for t in group if t.i > dash]
            groups.append(_with_listed_head(tok, group, member))
        if count == 2 and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _ENCOUNTERS:
            verb = tok.head
            partners = [c for c in verb.children if c.dep_ == "dobj"]
            partners += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                         for g in c.children if g.dep_ == "pobj"]
            # ("signed a security agreement with China": the partner of the thing signed)
            partners += [g for d in verb.children if d.dep_ == "dobj" for c in d.children
                         if c.dep_ == "prep" and c.lower_ == "with"
                         for g in c.children if g.dep_ == "pobj"]
            for p in partners:
                if p.i < start:
                    if verb.lemma_.lower() == again and verb.i < ref.i:
                        same.add(len(groups))
                    groups.append([tok, p])
        if count == 2 and tok.dep_ == "nsubj":
            for p in _talks_partners(tok.head):
                if p.i < start:
                    groups.append([tok, p])
        for g, group in enumerate(groups):
            found = [m for t in group if (m := member(t)) is not None]
            if ref.lower_ in _OPPOSED_NOUNS and len({m.country in NON_STATE_CODES
                                                     for m in found}) > 1:
                continue
            if len(found) != len(group) or not _distinct_sides(ref, found) \
                    or len(found) < 2 or count and len(found) != count:
                continue
            # (session 31) "the two leaders" after "Isaias and Guelleh ... a peace deal between
            # Eritrea and Ethiopia": a noun for people means a pair of people before a later
            # pair of states
            people = ref.lower_ in _PEOPLE_NOUNS and all(m.kind == "person" for m in found)
            key = (g in same, people, max(t.i for t in group))
            if best is None or key > best[:3]:
                best = (*key, found)
    return best[3] if best is not None else []


# Nouns of a meeting whose "with" partner is the other side of it ("travelled to Budapest for
# talks with Orban").
_TALKS = frozenset({"talks", "meeting", "meetings", "negotiations", "consultations", "summit"})


def _talks_partners(verb: Token) -> list[Token]:
    """The "with" partners of a meeting noun that is the object of the subject's verb or of a
    preposition on it ("Kristersson travelled to Budapest for talks with Orban, during which the
    two governments agreed"): the subject and the partner are the two sides of one encounter,
    whatever the verb (``_ENCOUNTERS`` holds the verbs that are themselves the encounter)."""
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return [g for n in nouns if n.lower_ in _TALKS for h in _venue_heads(n) for c in h.children
            if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]


def _venue_heads(talks: Token) -> list[Token]:
    """The meeting noun and the places of its "at"/"in" phrases: the parser hangs the partner of
    "held talks at the presidential palace with President X" on the palace, but X is still
    the one the talks were with (session 33)."""
    return [talks] + [g for c in talks.children if c.dep_ == "prep" and c.lower_ in ("at", "in")
                      for g in c.children if g.dep_ == "pobj"]


def _with_listed_head(tok: Token, group: list[Token],
                      member: Callable[[Token], Mention | None]) -> list[Token]:
    """"Saudi Arabia, the United Arab Emirates, Bahrain and Egypt": the parser often takes the
    second item of a comma list for an apposition to the first and joins the rest to it, so the
    first item is no conjunct. An apposition of another state is no apposition (one referent
    has one state): that head is then the list's first member."""
    if tok.dep_ != "appos" or tok.head.i >= tok.i:
        return group
    first, second = member(tok.head), member(tok)
    if first is None or second is None or not first.country or first.country == second.country:
        return group
    return [tok.head, *group]


def _other_clause(tok: Token, ref: Token) -> bool:
    """Whether ``tok``, earlier in the sentence of a reference that is no subject, is the
    subject of another clause than the reference's own ("South Korea and Japan said, drawing
    condemnation from both governments"): a reference never means the co-arguments of its own
    verb ("Russia and China attacked both sides")."""
    verb = next((a for a in ref.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    if tok.dep_ == "dobj" and tok.head != verb and tok.head in verb.ancestors:
        # (session 55) "Trump hosted Aliyev and Pashinyan for the ceremony, at which the two
        # countries' foreign ministers initialled the text": the guests of the clause the
        # reference's own clause hangs on are no co-arguments of its verb
        return True
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    while verb.dep_ in ("xcomp", "advcl") and verb.head.i != verb.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # (session 50) "Zoellick and Benn flew to Abuja to press both sides": the subject of
        # the verb a subjectless infinitive hangs on is the infinitive's own doer
        if tok.head == verb:
            return False
        verb = verb.head
    return tok.head != verb


def _distinct_sides(ref: Token, found: list[Mention]) -> bool:
    """Whether ``found`` are distinct parties a plural reference can stand for: actors of
    different states, or, for the sides of one conflict ("both sides", "both delegations"), a
    state's forces and an armed or political group challenging them ("Sudan's army and the
    RSF"): civil wars are fought and negotiated inside one state."""
    if len({m.country for m in found}) == len(found):
        return True
    return ref.lower_ in _SIDE_NOUNS \
        and len({(m.country, m.sector) for m in found}) == len(found) \
        and any(m.sector in _CHALLENGERS for m in found) \
        and any(m.sector not in _CHALLENGERS for m in found)


# Verbs of violence whose objects are its victims: "killed dozens of soldiers and mercenaries".
_HARMS = frozenset({"kill", "attack", "wound", "injure", "ambush", "target", "shell", "bomb",
                    "strike", "hit", "massacre", "capture", "abduct", "kidnap", "rout"})


def _harmed_together(tok: Token, ref: Token) -> bool:
    """(session 30) "Tuareg rebels killed dozens of Malian soldiers and Russian Wagner mercenaries
    ... The African Union called on both sides": victims hit together by one attack (its object,
    or the "of" phrase of a count that is its object) are one side of that fight, never the two
    sides a later "both sides" means."""
    if ref.lower_ not in _OPPOSED_NOUNS:
        return False
    head = tok
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "dobj":
        head = head.head.head
    return head.dep_ == "dobj" and head.head.lemma_.lower() in _HARMS \
        and any(c.dep_ == "nsubj" for c in head.head.children)


# (session 35) Verbs by which parties cast one vote together.
_VOTES = frozenset({"vote", "abstain"})


def _voted_together(tok: Token, ref: Token) -> bool:
    """(session 35) "Only Ecuador and Bolivia voted against. The resolution urges the two
    neighbours to ...": states that vote together are one side of the vote, never the two
    opposed parties a later "the two neighbours" or "both sides" means ("Peru and Chile
    signed", a pair that acts together on each other, still can be)."""
    return ref.lower_ in _OPPOSED_NOUNS and tok.dep_ == "nsubj" \
        and tok.head.lemma_.lower() in _VOTES


def _listed_example(tok: Token) -> bool:
    """Whether ``tok`` heads a list of examples out of a larger set ("countries including France
    and Italy", "states such as Chad and Mali"): its members are picked from one group, so a
    later "both sides" or "the two countries" does not mean them."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in _EXAMPLE_HEADS:
        return True
    return prep.lower_ == "as" and any(t.lower_ == "such" for t in (prep.head, *prep.children))


def shared_head_sectors(ix: DocIndex) -> None:
    """"Indian and Chinese troops fought": the first of two state adjectives joined on one noun
    is only a state word on its own, while the second took the noun ("Chinese troops" = CHNMIL).
    The noun is both adjectives' head, so the first state's actor gets the same sector (INDMIL)."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind != "country" or m.sector or not m.country or m.end - m.start != 1:
            continue
        tok = doc[m.start]
        joined = [c for c in tok.children if c.dep_ == "conj"]
        if tok.dep_ not in ("amod", "nmod", "compound") or len(joined) != 1:
            continue
        other = next((o for o in ix.mentions if o is not m and o.sector and o.kind == "group"
                      and o.start <= joined[0].i < o.end and o.start <= tok.head.i < o.end), None)
        if other is not None and other.country and other.country != m.country:
            m.sector, m.kind = other.sector, "group"


# (session 35) Sectors of a state's own forces and offices, which a state word before one of
# them joined by "and" names for both ("Russian troops and police").
_STATE_ORGAN_SECTORS = frozenset({"MIL", "COP", "GOV", "SPY", "JUD", "LEG"})


def conjoined_organs(ix: DocIndex) -> None:
    """(session 35) "Australian and New Zealand troops and police arrived in Tonga": a bare
    organ noun ("police", no word of its own before it) joined by "and" after an organ noun
    that its state words qualify shares those words, so it is of the same states, not of the
    state the story is set in. One state sets the noun's code; several make one member each
    on its span (as a plural reference does). "local police", "the Tongan police" keep their own."""
    doc = ix.doc
    added: list[Mention] = []
    drop: set[int] = set()
    for k, m in enumerate(ix.mentions):
        if m.kind != "group" or m.name or m.member or m.sector not in _STATE_ORGAN_SECTORS \
                or not (m.country is None or m.from_context):
            continue
        head = doc[m.end - 1]
        first = head.head
        if head.dep_ != "conj" or first.i >= m.start or first.tag_ not in ("NNS", "NNPS") \
                or any(c.dep_ in ("amod", "compound", "nmod", "poss", "nummod") for c in head.children) \
                or any(t.pos_ != "DET" for t in doc[m.start:m.end - 1]):
            continue
        words = [c for c in first.children if c.dep_ in ("amod", "compound", "nmod")]
        words += [w for c in words for w in c.subtree if w.dep_ == "conj"]
        states: list[str] = []
        for o in ix.mentions:
            if o.country and not o.from_context and o.country not in NON_STATE_CODES \
                    and o.sector in _STATE_ORGAN_SECTORS | {None} \
                    and any(o.start <= w.i < o.end for w in words) and o.country not in states:
                states.append(o.country)
        if not states or not any(o.start <= first.i < o.end and o.sector in _STATE_ORGAN_SECTORS
                                 and o.country in states for o in ix.mentions):
            continue
        if len(states) == 1:
            m.country, m.from_context, m.confidence = states[0], True, 0.6
            continue
        drop.add(k)
        added += [Mention(m.start, m.end, "group", country=c, sector=m.sector, role=m.role,
                          confidence=0.6, member=True) for c in states]
    if added:
        ix.mentions = [m for k, m in enumerate(ix.mentions) if k not in drop] + added
        ix.mentions.sort(key=lambda m: m.start)


def sent_from_members(ix: DocIndex) -> None:
    """(session 35) "150 soldiers and police officers from the two countries landed": organs
    whose "from" phrase (right after them, wherever the parser hangs it) is a plural reference
    resolved to its members are each member's organs, not the scene's state's. Runs after
    :func:`plural_references`; conjuncts before the phrase with no state word share it."""
    doc = ix.doc
    members: dict[int, list[Mention]] = {}
    for m in ix.mentions:
        if m.member and m.country:
            members.setdefault(m.end - 1, []).append(m)
    if not members:
        return
    added: list[Mention] = []
    drop: set[int] = set()
    for k, m in enumerate(ix.mentions):
        if m.kind != "group" or m.name or m.member or m.sector not in _STATE_ORGAN_SECTORS \
                or not (m.country is None or m.from_context):
            continue
        last = doc[m.end - 1]
        tail = last
        while tail.dep_ != "conj" and any(c.dep_ == "conj" and c.i > tail.i for c in tail.children):
            tail = max(c for c in tail.children if c.dep_ == "conj")  # the list's last conjunct
        if tail.i + 1 >= ix.n or doc[tail.i + 1].lower_ != "from" \
                or any(t.dep_ == "prep" and t.i != tail.i + 1 for t in doc[last.i + 1:tail.i + 1]):
            continue
        ref = next((t for t in doc[tail.i + 2:min(ix.n, tail.i + 6)] if t.i in members), None)
        if ref is None or any(t.pos_ in ("VERB", "ADP") for t in doc[tail.i + 2:ref.i]):
            continue
        owners = members[ref.i]
        drop.add(k)
        added += [Mention(m.start, m.end, "group", country=o.country, sector=m.sector, role=m.role,
                          confidence=min(0.6, o.confidence), member=True) for o in owners]
    if added:
        ix.mentions = [m for k, m in enumerate(ix.mentions) if k not in drop] + added
        ix.mentions.sort(key=lambda m: m.start)


def _coded_heads(ix: DocIndex) -> dict[int, Mention]:
    """The first coded mention on each head word: what a plural or troops noun may stand for."""
    heads: dict[int, Mention] = {}
    for m in ix.mentions:
        if m.country and m.kind in ("country", "person", "organisation", "group"):
            heads.setdefault(mention_head(ix, m).i, m)
    return heads


def joint_troops(ix: DocIndex) -> None:
    """"Chinese and Pakistani troops began a joint exercise. Around 1,200 soldiers are taking
    part": a counted or definite troops noun with no state word of its own, in the sentence
    after (or the one after that) troops of two or more states joined on one noun, is those
    troops, not the army of the state the story is about. Each state's troops become a member
    on its span. A nearer troops mention of one state is what it means instead, so none then."""
    doc = ix.doc
    heads = _coded_heads(ix)
    added: list[Mention] = []
    drop: set[int] = set()
    for k, m in enumerate(ix.mentions):
        if m.kind != "group" or m.sector != "MIL" or m.name or "troops" not in m.refers \
                or m.country and not m.from_context:
            continue
        head = doc[m.end - 1]
        if head.tag_ != "NNS" or not any(c.dep_ == "nummod" or c.lower_ == "the"
                                         for c in head.children):
            continue
        first = window_start(doc[m.start], _REACH)
        if first == doc[m.start].sent.start:
            continue  # (the lead: no earlier sentence to refer back to)
        found = _nearest_group(ix, head, doc[m.start].sent.start, 0, heads, first)
        if len(found) < 2 or any(f.sector != "MIL" for f in found):
            continue
        last = max(f.end for f in found)
        if any(o.sector == "MIL" and o.country and last <= o.start < m.start
               and o not in found for o in ix.mentions):
            continue
        drop.add(k)
        added += [Mention(m.start, m.end, "group", country=f.country, sector="MIL",
                          confidence=min(0.6, f.confidence), member=True) for f in found]
    if added:
        ix.mentions = [m for k, m in enumerate(ix.mentions) if k not in drop] + added
        ix.mentions.sort(key=lambda m: m.start)


# Prepositions that list some members of a plural noun ("governments including Brazil and Chile").
_EXAMPLE_PREPS = frozenset({"including", "like"})
# Plural nouns of a place's own officials ("local authorities"): of the states the sentence
# places its act in.
_LOCAL_BODIES = frozenset({"authorities", "officials", "police"})


def listed_members(ix: DocIndex) -> None:
    """"Governments across the region, including Brazil, Chile and Colombia, condemned ...": a
    plural noun of states or their governments that lists its members after "including",
    "such as" or "like" stands for those states, each a mention on the noun's span (the
    context's guess of one state for the noun gives way). Only when two or more states are
    listed; a noun a phrase already placed ("Latin American governments") keeps its code.
    "Local authorities" (police, officials) are likewise those of the states the sentence sets
    its act in ("one detained in Austria and one in Italy"), not the story's own."""
    doc = ix.doc
    states = {m.start: m for m in ix.mentions if m.kind == "country" and m.country
              and m.country not in NON_STATE_CODES}
    drop: set[int] = set()
    added: list[Mention] = []
    for k, m in enumerate(ix.mentions):
        if m.kind not in ("group", "organisation") or m.name or m.member \
                or not (m.country is None or m.from_context):
            continue
        head = doc[m.end - 1]
        noun = head.lower_
        if head.tag_ != "NNS" or noun not in _STATE_NOUNS | _GOVERNMENT_NOUNS | _LOCAL_BODIES:
            continue
        listed: list[Mention] = []
        # ("Governments across the region, including ...": the parser may hang the list on
        # the noun of a phrase after the head)
        near = [*head.children, *(g for c in head.children if c.dep_ == "prep"
                                  for o in c.children if o.dep_ == "pobj" for g in o.children)]
        for prep in near:
            if prep.dep_ != "prep":
                continue
            if prep.lower_ in _EXAMPLE_PREPS or prep.lower_ == "as" and prep.i > 0 \
                    and doc[prep.i - 1].lower_ == "such":
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    for tok in [obj, *(c for c in obj.subtree if c.dep_ == "conj")]:
                        x = states.get(tok.i) or next((s for s in states.values()
                                                       if s.start <= tok.i < s.end), None)
                        if x is not None and x not in listed:
                            listed.append(x)
        if len(listed) < 2 and noun in _LOCAL_BODIES \
                and any(c.dep_ == "amod" and c.lower_ == "local" for c in head.children):
            listed = _scene_states(ix, head, states)
            if len(listed) == 1 and listed[0].country == m.country:
                listed = []  # (the state the context gave it already)
        elif len(listed) < 2:
            continue
        if not listed:
            continue
        drop.add(k)
        sector = m.sector if noun not in _STATE_NOUNS | _GOVERNMENT_NOUNS \
            else "GOV" if noun in _GOVERNMENT_NOUNS else None
        # (session 32) "Several governments ..., including Ecuador and Bolivia, have said they do
        # not recognize Franco": a "they" that took the noun's guessed state is the members too
        spans = [(m.start, m.end)] + _echoes(ix, head, m, drop)
        added += [Mention(a, b, "group", country=x.country, sector=sector,
                          role=m.role, confidence=min(0.6, x.confidence), member=True)
                  for x in listed for a, b in spans]
    if added:
        ix.mentions = [m for k, m in enumerate(ix.mentions) if k not in drop] + added
        ix.mentions.sort(key=lambda m: m.start)


# Dashes and the colon that set off a list naming the members of a plural noun.
_SET_OFF = frozenset({"-", "\u2013", "\u2014", ":"})


def _sets_off(tok: Token) -> bool:
    """A colon, or a dash with space on both sides (not the hyphen inside "Akufo-Addo")."""
    return tok.text == ":" or tok.text in _SET_OFF and bool(tok.whitespace_) \
        and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def set_off_members(ix: DocIndex) -> None:
    """"The petitioners - Akufo-Addo, his running mate Bawumia and NPP chairman X - had asked":
    a plural noun of people (no name of its own) followed by a dash or a colon that opens a
    list of named persons is those persons, so it takes their state and the first one's sector
    (the lexicon's default, petitioners as civilians, gives way). Only when the listed persons
    who have a state all share it and none of them is more than a dash or comma list away."""
    doc = ix.doc
    people = sorted((m for m in ix.mentions if m.kind == "person" and m.name), key=lambda m: m.start)
    for m in ix.mentions:
        if m.kind != "group" or m.name or m.member or m.end >= ix.n:
            continue
        head = doc[m.end - 1]
        if head.tag_ != "NNS" or not head.is_lower or not _sets_off(doc[m.end]):
            continue
        sent = head.sent
        close = next((t.i for t in doc[m.end + 1:sent.end] if _sets_off(t)), sent.end)
        listed = [p for p in people if m.end < p.start and p.end <= close]
        if len(listed) < 2 or listed[0].start > m.end + 1:
            continue
        between = [t for t in doc[m.end + 1:close]
                   if not any(p.start <= t.i < p.end for p in listed)]
        if any(t.pos_ in ("VERB", "AUX") for t in between):
            continue  # a clause after the dash, not a list of names
        states = {p.country for p in listed if p.country}
        sector = next((p.sector for p in listed if p.sector), None)
        if len(states) != 1 or sector is None:
            continue
        m.country, m.sector = states.pop(), sector
        m.confidence = min(0.8, *(p.confidence for p in listed if p.country))


def _scene_states(ix: DocIndex, head: Token, states: dict[int, Mention]) -> list[Mention]:
    """The states named as places in the sentence of ``head`` ("one in Austria and one in
    Italy"), each once: where "local authorities" sit."""
    sent = head.sent
    out: list[Mention] = []
    for x in states.values():
        tok = ix.doc[x.end - 1]
        if sent.start <= x.start < sent.end and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
                and x.country not in {o.country for o in out}:
            out.append(x)
    return out


# (session 38) Words after a group's comma that open a list of some of its members.
_MEMBER_OPENERS = (("among", "them"), ("among", "whom"), ("including",))


def members_listed_after_group(ix: DocIndex) -> None:
    """(session 38) "warrants for nine senior Rwandan officials, among them the army chief,
    General X, and the head of state protocol, Y": named persons in a list opened by "among
    them" or "including" right after a group the text placed are members of that group, so a
    listed person no rule placed takes the group's state (and its sector when it has none).
    The list runs to the sentence's end or its first verb, dash, semicolon or bracket."""
    doc = ix.doc
    people = [m for m in ix.mentions if m.kind == "person" and m.name and not m.country]
    if not people:
        return
    for g in ix.mentions:
        if g.kind != "group" or not g.country or g.generic or g.end + 2 >= ix.n \
                or doc[g.end - 1].tag_ != "NNS":
            continue
        # (session 55) "five Lebanese prisoners including Samir Kuntar": "including" needs no comma
        gap = 1 if doc[g.end].text == "," else 0 if doc[g.end].lower_ == "including" else None
        if gap is None:
            continue
        opener = next((o for o in _MEMBER_OPENERS
                       if all(g.end + gap + k < ix.n and doc[g.end + gap + k].lower_ == w
                              for k, w in enumerate(o))), None)
        if opener is None:
            continue
        start = g.end + gap + len(opener)
        sent_end = doc[g.end - 1].sent.end
        close = next((t.i for t in doc[start:sent_end]
                      if t.pos_ in ("VERB", "AUX") or t.text in (";", "(", ")") or _sets_off(t)),
                     sent_end)
        for p in people:
            if start <= p.start and p.end <= close and not p.country:
                p.country = g.country
                p.sector = p.sector or g.sector
                p.confidence = min(p.confidence, g.confidence)
    placed = {p.name: p for p in people if p.country}
    for m in ix.mentions:  # (session 55) later mentions of a listed name ("Kuntar") follow
        listed = placed.get(m.name) if m.kind in ("person", "pronoun") and not m.country else None
        if listed is not None and m.start > listed.start:
            m.country, m.sector = listed.country, m.sector or listed.sector


# (session 61) Bodies of people whose listed members share their state, and the verbs that list them.
_MEMBERED_BODIES = frozenset({"delegation", "team", "entourage", "cabinet", "government", "panel",
                              "mission", "party"})
_LISTING_VERBS = frozenset({"include", "comprise"})


def members_included_in_bodies(ix: DocIndex) -> None:
    """(session 61) "The U.S. delegation included Treasury Secretary X and Deputy Secretary of
    State Y": titled people a body of a known state is said to include are of that state, before
    the story's state (the ceremony's host) claims them."""
    doc = ix.doc
    for g in ix.mentions:
        head = doc[g.end - 1]
        if g.kind not in ("group", "organisation") or not g.country or g.country in NON_STATE_CODES \
                or head.lemma_.lower() not in _MEMBERED_BODIES or head.dep_ != "nsubj" \
                or head.head.lemma_.lower() not in _LISTING_VERBS:
            continue
        listed = [o for c in head.head.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
        for m in ix.mentions:
            if m.kind == "person" and m.country is None and m.sector in (None, g.sector) \
                    and any(m.start <= t.i < m.end for t in listed):
                m.country, m.sector = g.country, m.sector or g.sector
                m.confidence = min(m.confidence, g.confidence)


def members_named_in_apposition(ix: DocIndex) -> None:
    """(session 48) "signed by the separatist leaders of Donetsk and Luhansk, Alexander
    Zakharchenko and Igor Plotnitsky", "two rebel commanders, A and B": names set off by a comma
    right after a plural of people the text placed (its "of" phrase between), joined only by
    commas and "and", are those people: a name no list or rule placed takes the group's state
    and sector, and so do its later mentions by name."""
    doc = ix.doc
    people = {m.start: m for m in ix.mentions if m.kind == "person" and m.name}
    placed: dict[str, Mention] = {}
    for g in ix.mentions:
        if g.kind not in ("group", "person") or g.name or not g.country or not g.sector \
                or g.generic or doc[g.end - 1].tag_ != "NNS":
            continue
        # (the group's "of" phrase first: "the leaders of Donetsk and Luhansk, ...")
        k = g.end if g.end < ix.n and doc[g.end].lower_ != "of" else next(
            (t.i for t in doc[g.end:min(g.end + 8, ix.n)] if t.text == ","), ix.n)
        if k >= ix.n or doc[k].text != "," \
                or any(t.pos_ in ("VERB", "AUX") or t.is_sent_start for t in doc[g.end:k]):
            continue
        names: list[Mention] = []
        j = k + 1
        while j < ix.n and (p := people.get(j)) is not None and doc[p.end - 1].dep_ in ("appos", "conj"):
            names.append(p)
            j = p.end
            if j < ix.n and doc[j].text == ",":
                j += 1
            if j < ix.n and doc[j].lower_ == "and":
                j += 1
        if len(names) < 2 or any(p.country not in (None, g.country) or p.country and p.sector
                                 for p in names):
            continue
        for p in names:
            p.country, p.sector = g.country, p.sector or g.sector
            p.confidence = min(g.confidence, 0.7)
            placed[p.name] = p  # type: ignore[index]
    for m in ix.mentions:  # "Zakharchenko told Russian television": the surname again
        first = placed.get(m.name) if m.name and m.sector is None else None
        if first is not None and m.kind in ("person", "pronoun") and m.country in (None, first.country):
            m.country, m.sector = first.country, first.sector
            m.confidence = first.confidence


def named_members(ix: DocIndex) -> None:
    """"Two French police officers were found guilty ... Spanton met officers Antoine Quirin
    and Nicolas Redouane": names listed right after a bare plural noun are members of the
    latest earlier group that the same noun headed and a state placed ("two French police
    officers" -> FRA COP), when its count, if any, is the number of names. Only names no list
    or rule placed; the group's words, not the scene, give the state."""
    doc = ix.doc
    ix.mentions.sort(key=lambda m: m.start)
    groups = [m for m in ix.mentions if m.kind == "group" and not m.name and m.country
              and not m.from_context and m.sector]
    placed: dict[str, Mention] = {}
    for m in ix.mentions:
        if m.kind not in ("person", "organisation") or not m.name or m.country or m.orgs:
            continue
        noun = doc[m.start] if doc[m.start].tag_ == "NNS" and doc[m.start].is_lower \
            else doc[m.start - 1] if m.start and doc[m.start - 1].tag_ == "NNS" \
            and doc[m.start - 1].is_lower else None
        if noun is None:
            continue
        names = _listed_after(ix, m)
        group = next((g for g in reversed(groups) if g.end <= noun.i
                      and doc[g.start:g.end].root.lemma_ == noun.lemma_), None)
        if group is None:
            continue
        count = _number_of(doc[group.start:group.end].root)
        if count is not None and count != len(names):
            continue
        for x in names:
            if x.country is None and not x.orgs:
                x.kind, x.country, x.sector = "person", group.country, x.sector or group.sector
                x.confidence = min(group.confidence, 0.7)
                placed[x.name] = x  # type: ignore[index]
    for m in ix.mentions:  # "Brun denied it": the surname alone, read earlier as that name
        first = placed.get(m.name) if m.name and m.country is None else None
        if first is not None and m.kind in ("person", "pronoun"):
            m.country, m.sector = first.country, m.sector or first.sector
            m.confidence = first.confidence


# Number words a group may be counted by ("two French police officers").
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10}


def _number_of(head: Token) -> int | None:
    """The count of a plural noun ("two officers" -> 2), or None when it has none."""
    for c in head.children:
        if c.dep_ == "nummod":
            if c.lower_ in _NUMBER_WORDS:
                return _NUMBER_WORDS[c.lower_]
            if c.text.isdigit():
                return int(c.text)
    return None


def _listed_after(ix: DocIndex, m: Mention) -> list[Mention]:
    """``m`` and the names joined to it by commas and "and" ("A, B and C")."""
    doc = ix.doc
    out = [m]
    named = {x.start: x for x in ix.mentions if x.name and x.kind in ("person", "organisation")}
    k = m.end
    while k + 1 < ix.n and doc[k].lower_ in (",", "and"):
        k += 1
        if doc[k].lower_ == "and" and doc[k - 1].text == ",":
            k += 1
        nxt = named.get(k)
        if nxt is None:
            break
        out.append(nxt)
        k = nxt.end
    return out

"""Parties the rules missed, taken from the phrases the argument tagger drew.

The rules (``dyads.events``) leave an event's source empty when the parse hides who acted:
"orchestrated the 9/11 attacks", "the treaty with Iran, which Trump left", a passive whose agent
sits in another clause. The argument tagger (``dyads.argument_tagger``) learnt from labelled
sentences where such phrases lie. When it marks a source phrase that holds a named actor, that
actor is the doer (:func:`fill_sources`).

Targets (:func:`fill_targets`): when the main event's target names no state (empty, or only
countryless mentions such as "the hostages"), the first actor inside a phrase the tagger marks T
is taken ("the oppression of the Venezuelan people", "would release Colombian hostages",
"troops began leaving Afghanistan"). Most tagged targets the rules had left out are scenes,
topics or the doer's own side, which the rules leave out on purpose ("talks in Geneva",
"information on Iran", "aid for Somalia", "a UN-brokered truce", "promised to reform Serbia",
"mobilized its police"), and the CAMEO span gold counts them as targets where the PLOVER gold
does not; so those are never taken. R phrases (both sides of a pact) are skipped: their actors
are the source already. Measured with ``scripts/dev_parties.py`` (a tagger retrained per fold,
so no sentence is scored by a tagger that saw it): on the even half of the span gold 3 right
target countries and no wrong one, no change on the PLOVER gold's even half or on the even
Wikinews articles; without these guards, 14 right and 3 wrong on the span gold but one wrong
on PLOVER and twelve of our own convention tests broken.

Fills from the sentence's grammar, for main events only and after the acts told before (session
15): a threat is aimed at the foreign subject of its if/unless clause (:func:`fill_conditions`,
because the modality step makes a conditional act a threat only after its parties are set); a
concession, retreat or pledge "under pressure from X" gives way to X (:func:`fill_pressure`); a
go-between's act "between X and Y" is aimed at both sides (:func:`fill_sides`); a condemnation of
a deed that no one is named as doing is aimed at the state where it happened
(:func:`fill_scene_of_deed`). Each leaves an event alone that already names a state as target.

Never taken as a source: the reporter of the event ("According to the mayor, ... attack"), the press
("Reuters reported ... the ban"), an actor with the target's own code (a group does not act
on itself: "the coalition fighting the Houthis"), and an owner ("Erdogan's critics condemned":
the critics acted, and the rules found no actor in them), a scope ("in the history of the
United States, two presidents have been impeached"), who dies or suffers in the act ("civilians
died in the battle"), and whoever rules on or looks into it ("a ruling on the suspension",
"finding that the prorogation was lawful"). And no doer at all for an act named in a phrase of
time ("Madrid is mourning after this attack"): the clause's subject reacts to it. The reporter is
the doer after all when its verb performs the act ("declared a state of siege", ``_performed``).
"""

from __future__ import annotations

from collections.abc import Sequence

from typing import TYPE_CHECKING

from .argument_tagger import main_events
from .event_roles import (RELEASE_NOUNS, VIOLATIONS, acting_condition, by_phrase, harm_noun, mention_root,
                          next_clause_subjects, passive,
                          names_land, relational_owner, route_stop, shared_passive_transfer, to_infinitive,
                          warned_scenes)
from .countries import INTERGOVERNMENTAL
from .model import Actor, Event
from .triggers import word_list

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["fill_conditions", "fill_parties", "fill_pressure", "fill_scene_of_deed", "fill_sides", "fill_sources",
           "fill_targets"]

_PRESS = frozenset({"JRN", "MED"})
_SCOPE_PREPS = frozenset({"in", "at", "across", "throughout", "around", "within"})
_TIME_PREPS = frozenset({"after", "before", "since", "following", "amid", "despite", "during", "until"})


def _reporter(actor: Actor, event: Event) -> bool:
    rep = event.reported_by
    if rep is None:
        return False
    if (rep.start, rep.end) == (actor.start, actor.end):
        return True
    return bool(rep.name and rep.name == actor.name) or bool(rep.code and rep.code == actor.code)


def _owner(doc: Doc, actor: Actor) -> bool:
    root = mention_root(doc, actor)
    return root is not None and root.dep_ == "poss"


def _scope(doc: Doc, actor: Actor) -> bool:
    """Whether the actor only names where or in what an act happens: "in the history of the
    United States", "across the south of Yemen"."""
    root = mention_root(doc, actor)
    if root is None or root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    noun = root.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ in _SCOPE_PREPS


def _in_time_phrase(doc: Doc, event: Event) -> bool:
    trig = doc.char_span(event.start, event.end, alignment_mode="expand")
    if trig is None or not len(trig):
        return False
    return any(t.dep_ == "prep" and t.lower_ in _TIME_PREPS for t in trig.root.ancestors)


# what an act can be the topic of: the judgments events.py looks through ("a ruling on the
# prorogation"), and inquiries and debates, which name no doer either
_TOPIC_HOLDERS = word_list("judgments") | {"report", "inquiry", "investigation", "probe", "review", "hearing",
                                           "debate", "statement"}
# verbs and nouns of a finding about an act: the judgments and findings of events.py, and a few
# verbs that state a verdict more loosely
_JUDGING = word_list("judgments") | word_list("findings") | {"finding", "judge", "declare", "say"}
_SUFFER = frozenset({"die", "suffer", "perish", "drown", "starve", "lose"})
# verbs of saying or warning: the clause chain a threat's condition may hang on stops there
_SAYING = frozenset({"say", "warn", "threaten", "tell", "announce", "state", "declare", "vow", "add", "insist"})


def _trigger(doc: Doc, event: Event) -> Token | None:
    """The head word of the event's trigger."""
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _ruled_on(tok: Token) -> bool:
    """Whether an event noun is what a ruling or an inquiry is about ("issued a ruling on the
    prorogation, a suspension of Parliament"): the one who rules on an act did not do it."""
    return any(a.lemma_.lower() in _TOPIC_HOLDERS and any(c.dep_ == "prep" and c.lower_ in ("on", "into", "about", "over")
                                                          for c in a.children)
               for a in tok.ancestors if a.pos_ in ("NOUN", "PROPN"))


def _judged(tok: Token) -> bool:
    """Whether an event noun is what a finding calls lawful or not ("finding that the
    prorogation was unlawful", "the court's finding that the suspension was lawful"): the
    court judged the act, it did not do it."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    clause = tok.head
    return clause.dep_ in ("ccomp", "acl") and clause.head.lemma_.lower() in _JUDGING


def _sufferer(doc: Doc, actor: Actor, tok: Token) -> bool:
    """Whether the actor is who dies or suffers in the event ("Iraqi civilians died in the battle
    for Mosul", "soldiers suffered casualties in the attack"): a victim, not a side."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "during"):
        return False
    verb = tok.head.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # ("suffered casualties in the attack")
    if not (verb.lemma_.lower() in _SUFFER or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)):
        return False
    root = mention_root(doc, actor)
    return root is not None and any(root.i in {t.i for t in c.subtree} for c in verb.children
                                    if c.dep_ in ("nsubj", "nsubjpass"))


def _reason_phrase(tok: Token) -> bool:
    """Whether an event noun is the reason "over" which a verb's subject acts ("hit back at
    Riyadh over the executions"): the one who answers a deed did not do it."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "over" and tok.head.head.pos_ in ("VERB", "AUX")


def _has_state(actors: Sequence[Actor]) -> bool:
    """Whether any of a side's actors has a country: a target of countryless mentions only ("a
    museum", "the militia ally") still lacks the state the event is coded against."""
    return any(a.country for a in actors)


def _inside(actor: Actor, spans: Sequence[Sequence[int]]) -> bool:
    return any(start <= actor.start and actor.end <= end for start, end in spans)


# verbs whose saying is the act: who declares a state of siege or announces a ceasefire does it
_PERFORMING = frozenset({"declare", "announce", "proclaim", "order", "impose", "decree"})
_FRAMES = frozenset({"state", "imposition", "declaration", "period"})


def _performed(tok: Token) -> bool:
    """Whether the act noun is what its reporter's verb performs: "Bolivian authorities declared a
    state of siege in Pando to begin at midnight" (the parser makes "state" the subject of "to
    begin"), "the junta announced a curfew". The reporter of such an act is its doer."""
    frame = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _FRAMES:
        frame = tok.head.head
    if frame.dep_ == "dobj":
        verb = frame.head
    elif frame.dep_ == "nsubj" and frame.head.dep_ in ("ccomp", "xcomp") and to_infinitive(frame.head):
        verb = frame.head.head
    else:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _PERFORMING


def fill_sources(doc: Doc, events: Sequence[Event], actors: Sequence[Actor]) -> None:
    """Give each sentence's main event with no source the first actor inside its tagged source
    phrase (in place; events with a source, or with no tagged phrase, are left alone)."""
    for event in main_events(events).values():
        if event.source or not event.source_spans or _in_time_phrase(doc, event):
            continue
        tok = _trigger(doc, event)
        if tok is not None and tok.pos_ == "NOUN" and (_ruled_on(tok) or _judged(tok) or _reason_phrase(tok)):
            continue
        targets = {id(a) for a in event.target}
        target_codes = {a.code for a in event.target if a.code}
        performed = tok is not None and tok.pos_ == "NOUN" and _performed(tok)
        agent = _passive_agent(tok) if tok is not None else None
        for actor in actors:
            if id(actor) in targets or not actor.country or actor.sector in _PRESS:
                continue
            if agent is not None and not _in_agent(doc, actor, agent):
                continue  # "X and Y, who was captured by masked men": the doer is the "by" phrase's
            if tok is not None and _undergoer(doc, actor, tok):
                continue  # "Hernandez was led across the tarmac and handed over to DEA agents"
            if tok is not None and _passive_patient(doc, actor, tok, event):
                continue  # "The activists, including councillor X, were arrested": X was arrested
            if actor.code in target_codes or (_reporter(actor, event) and not performed) or _owner(doc, actor) \
                    or _scope(doc, actor) or (tok is not None and _sufferer(doc, actor, tok)):
                continue
            if _landform(doc, actor):
                continue  # (session 47) "the oil-rich Bakassi peninsula": the land does nothing
            if _inside(actor, event.source_spans):
                event.source = [actor]
                break


def _landform(doc: Doc, actor: Actor) -> bool:
    """Whether an actor's last word names the land it modifies ("Bakassi" of "the Bakassi peninsula")."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and names_land(span[-1])


def _undergoer(doc: Doc, actor: Actor, tok: Token) -> bool:
    """(session 32) Whether the actor is the passive subject of a verb that shares the passive of
    the verb it is joined to ("was led in shackles and handed over to U.S. agents"): the one handed
    over, never the one handing over."""
    if tok.pos_ != "VERB" or not shared_passive_transfer(tok):
        return False
    root = mention_root(doc, actor)
    return root is not None and any(c.left_edge.i <= root.i <= c.right_edge.i
                                    for c in tok.head.children if c.dep_ == "nsubjpass")


def _passive_patient(doc: Doc, actor: Actor, tok: Token, event: Event) -> bool:
    """(session 34) Whether the actor stands in the passive subject of a verb of force or a measure
    ("The activists, including local councillor X, were arrested in June"): who was arrested,
    struck or sanctioned is never the unnamed one who did it."""
    if tok.pos_ != "VERB" or event.type not in ("COERCE", "ASSAULT", "SANCTION"):
        return False
    root = mention_root(doc, actor)
    return root is not None and any(c.left_edge.i <= root.i <= c.right_edge.i
                                    for c in tok.children if c.dep_ == "nsubjpass")


def _passive_agent(tok: Token) -> Token | None:
    """The "by" phrase of a passive verb ("was captured by federal forces"), if it has one."""
    if tok.pos_ != "VERB" or not passive(tok):
        return None
    return by_phrase(tok)


def _in_agent(doc: Doc, actor: Actor, agent: Token) -> bool:
    """Whether the actor is inside a passive's "by" phrase: a passive names its doer there and
    nowhere else, so a name elsewhere in the sentence (a list neighbour of the one it befell, a
    tagged phrase the model stretched) is never the doer."""
    root = mention_root(doc, actor)
    return root is not None and agent.left_edge.i <= root.i <= agent.right_edge.i


# prepositions whose object is where, on what or for whom an act happens, not who undergoes it
_SCENE_PREPS = frozenset({"in", "at", "near", "on", "for", "between", "among", "across", "throughout", "within",
                          "inside", "around", "from"})
_ARMED = frozenset({"MIL", "COP"})


def _phrase_head(tok: Token) -> Token:
    """The noun a mention's word modifies or is joined to ("Syrian" -> "side", "Niger" -> "Chad")."""
    for _ in range(4):
        if tok.dep_ not in ("amod", "compound", "conj", "nmod", "appos") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _scene(doc: Doc, actor: Actor) -> bool:
    """Whether the actor only names the scene, topic or beneficiary of an act ("talks in Geneva",
    "information on Iran", "fought on the Syrian side", "the rift between Algeria and Morocco",
    "$50 million for Somalia"), or who brokered or backed a thing ("a UN-brokered truce")."""
    root = mention_root(doc, actor)
    if root is None:
        return False
    if root.dep_ in ("npadvmod", "compound") and root.head.tag_ in ("VBN", "VBD"):
        return True
    if (craft := route_stop(root)) is not None and craft.dep_ in ("nsubj", "nsubjpass"):
        # "a flight from Athens to Vilnius was ordered to land": a stop on the subject's way (not
        # "attacked a convoy heading to Gaza", where whom it carries for may be the party)
        return True
    head = _phrase_head(root)
    return head.dep_ == "pobj" and head.head.lower_ in _SCENE_PREPS


_OWNER_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})


def _own_organ(doc: Doc, actor: Actor, event: Event) -> bool:
    """Whether the actor is the doers' own people, owned by a pronoun ("both countries withdrew
    their envoys", "recalled its ambassador"): of the doers' state, they are what is moved, not
    whom the act is aimed at."""
    states = {a.country for a in event.source if a.country}
    root = mention_root(doc, actor)
    return actor.country in states and root is not None \
        and any(c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS for c in root.children)


def _own_side(actor: Actor, event: Event) -> bool:
    """Whether the actor is the doer's own state ("the Serbian president promised to reform
    Serbia") or its own armed forces ("the governor mobilized the police")."""
    states = {a.country for a in event.source if a.country}
    if actor.country not in states:
        return False
    return (actor.sector is None and actor.kind == "country") or actor.sector in _ARMED


def fill_targets(doc: Doc, events: Sequence[Event], actors: Sequence[Actor]) -> None:
    """Give each sentence's main event whose target names no state the first actor inside its
    tagged target phrases (in place). A countryless target stays and gains only a state named in
    its own phrase ("the envoys of Chile"): a state in another phrase is more often a scene ("In
    Kenya, Mwangi was sentenced") than a second party.

    Only phrases tagged T count: an R phrase (both sides of a talk or a pact) is also a source
    phrase, and its actors are the source already ("the Turkish and Greek sides of Cyprus agreed").
    The first actor only, as for sources: later ones hang off it ("the harbour of Bolivia and
    Ecuador's coast"). Unlike a source, the owner of a target phrase is a target ("criticised
    Iran's programme"), so owners are taken; the source's own actors, codes, state and forces, the
    press, the reporter, a scope and a scene (:func:`_scene`) are not."""
    for event in main_events(events).values():
        if _has_state(event.target):
            continue
        spans = [span for span in event.target_spans if span not in event.source_spans]
        # the state of a countryless target is named in its own phrase, not elsewhere, and by a
        # state word: a named person there is someone else ("Hamza, son of ... Osama bin Laden")
        only_states = bool(event.target)
        if only_states:
            spans = [span for span in spans if any(_inside(a, [span]) for a in event.target)]
        if not spans:
            continue
        taken = {id(a) for a in event.source} | {id(a) for a in event.target}
        source_codes = {a.code for a in event.source if a.code}
        for actor in actors:
            if id(actor) in taken or not actor.country or actor.sector in _PRESS or actor.code in source_codes:
                continue
            if _reporter(actor, event) or _scope(doc, actor) or (only_states and actor.name):
                continue
            if relational_owner(doc, actor):
                continue  # "ties with Brazil's largest trading partner": the partner, not Brazil
            if _forum(doc, actor, event):
                continue  # "filed a complaint with the WTO": where it is heard, not whom it accuses
            if _harmed_owner(doc, actor, event):
                continue  # "condemned the violation of Ukraine's integrity": aimed at the violator
            if _warned_scene(doc, actor, event):
                continue  # "warned against interference in Cuba's affairs": the state defended, not warned
            if _struck_victim(doc, actor, event):
                continue  # "condemned an attack on Irish peacekeepers": aimed at the unnamed attackers
            if _to_be_freed(doc, actor, event):
                continue  # "demanded Navalny's release": asked of his holder, not of him
            if _next_clause_doer(doc, actor, event):
                continue  # "recalled its ambassador and the EU partners froze ties": the next clause's doer
            if event.cameo == "166" and actor.country in {a.country for a in event.source}:
                continue  # (session 37) "declared ambassador X persona non grata": another state's envoy
            if _inside(actor, spans) and not (_scene(doc, actor) or _own_side(actor, event)
                                              or _own_organ(doc, actor, event)):
                event.target = [*event.target, actor]
                break


def _next_clause_doer(doc: Doc, actor: Actor, event: Event) -> bool:
    """(session 34) Whether ``actor`` stands in the subject of the next clause that the parser joined
    to the event verb's object ("Israel recalled its ambassador and the country's 14 EU partners
    put ties on ice"): it does the second act, it is not aimed at by the first."""
    tok = _trigger(doc, event)
    if tok is None or tok.pos_ not in ("VERB", "AUX"):
        return False
    spans = [sp for o in tok.children if o.dep_ in ("dobj", "nsubjpass") for sp in next_clause_subjects(o, tok)]
    return any(lo <= actor.start < hi for lo, hi in spans)


_HOSTILE_DEEDS = frozenset({"attack", "assault", "bombing", "killing", "shooting", "ambush", "raid", "shelling",
                            "massacre", "murder", "abduction", "kidnapping", "strike", "airstrike"})


def _struck_victim(doc: Doc, actor: Actor, event: Event) -> bool:
    """Whether ``actor`` is only the victim of a hostile deed that a stance names with no doer:
    in "condemned an attack on a convoy of Irish peacekeepers" the condemnation is aimed at the
    unnamed attackers; whom the attack hit is no party to it."""
    if event.type not in ("ACCUSE", "REJECT") or actor.kind == "country":
        return False  # ("condemned the attack on Lebanon": a state hit stays the party)
    tok = mention_root(doc, actor)
    for _ in range(4):
        if tok is None or tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return False
        prep, deed = tok.head, tok.head.head
        if prep.lower_ in ("on", "against", "upon", "of") and deed.pos_ == "NOUN" and deed.head.idx == event.start \
                and (deed.lemma_.lower() in _HOSTILE_DEEDS or harm_noun(deed)):
            return not any(c.dep_ == "prep" and c.lower_ == "by" for c in deed.children) \
                and not any(c.i < deed.i and c.dep_ in ("poss", "amod", "compound") and c.pos_ == "PROPN"
                            for c in deed.children)
        tok = deed
    return False


def _forum(doc: Doc, actor: Actor, event: Event) -> bool:
    """Whether ``actor`` is the intergovernmental body or court a complaint is filed at, with, to
    or before ("filed a complaint with the WTO"), as ``NominalArgs.lodged_at`` decides."""
    if event.type != "ACCUSE" or not (actor.country in INTERGOVERNMENTAL or actor.sector == "JUD"):
        return False
    tok = mention_root(doc, actor)
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ not in ("at", "with", "to", "before"):
        return False
    holder = tok.head.head
    return holder.idx == event.start or any(c.idx == event.start and c.dep_ == "dobj" for c in holder.children)


def _warned_scene(doc: Doc, actor: Actor, event: Event) -> bool:
    """(session 31) Whether ``actor`` is where the act a warning is "against" would happen ("warned
    against any foreign interference in Cuba's internal affairs"), as the rules decide in
    ``_Coder.candidate``: that state is defended, not warned."""
    if event.type != "THREATEN":
        return False
    trig = doc.char_span(event.start, event.end, alignment_mode="expand")
    if trig is None or trig.root.lemma_.lower() != "warn":
        return False
    return any(lo <= actor.start < hi for lo, hi in warned_scenes(trig.root))


def _harmed_owner(doc: Doc, actor: Actor, event: Event) -> bool:
    """Whether ``actor`` only owns what a violation a stance names was done to ("condemned the
    violation of Ukraine's territorial integrity", "a breach of Greek airspace"): the stance is
    aimed at the violator, never at the owner of what was violated (as the rules decide in
    ``VerbalArgs.harmed_owners``)."""
    if event.type not in ("ACCUSE", "REJECT", "SUPPORT"):
        return False
    tok = mention_root(doc, actor)
    if tok is None or tok.dep_ not in ("poss", "amod", "compound", "nmod") or tok.head.i < tok.i:
        return False
    thing = tok.head
    if thing.dep_ != "pobj" or thing.head.lower_ not in ("of", "on", "against", "upon"):
        return False
    deed = thing.head.head
    return deed.pos_ == "NOUN" and deed.head.idx == event.start and by_phrase(deed) is None \
        and deed.lemma_.lower() in VIOLATIONS


def _to_be_freed(doc: Doc, actor: Actor, event: Event) -> bool:
    """Whether a request's candidate target is the one it wants freed: the owner or the "of"
    object of a release noun ("demanded Navalny's immediate release", "called for the release of
    the reporter"). A demand for release is made of whoever holds them, so the tagged phrase of
    the release names no party asked."""
    if event.type != "REQUEST":
        return False
    tok = mention_root(doc, actor)
    if tok is None:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        tok = tok.head
    return tok.dep_ in ("poss", "prep") and tok.head.lemma_.lower() in RELEASE_NOUNS \
        and tok.head.pos_ == "NOUN"


def _foreign_parties(doc: Doc, actors: Sequence[Actor], home: set[str], tokens: set[int]) -> list[Actor]:
    """Actors whose head word is among ``tokens`` and that can be the other side of the doers'
    act: of a state other than the doers' (``home``), not the press, not a pronoun."""
    return [a for a in actors if a.country and a.country not in home and a.sector not in _PRESS
            and a.kind != "pronoun" and (r := mention_root(doc, a)) is not None and r.i in tokens]


_LOCATIVE = frozenset({"in", "at", "near", "inside", "outside"})


def _clause_heads(tok: Token) -> list[Token]:
    """The trigger, the clauses it governs ("warned that it would cut off water unless Syria
    ..."), and the words above it up to the first verb of saying or warning ("said it would pull
    out unless ..."): any of them may carry the condition."""
    heads = [tok]
    for _ in range(2):
        heads += [c for h in heads for c in h.children if c.dep_ in ("ccomp", "xcomp") and c not in heads]
    for anc in tok.ancestors:
        heads.append(anc)
        if anc.pos_ == "VERB" and anc.lemma_.lower() in _SAYING:
            break
    return heads


def _condition_subjects(tok: Token) -> list[Token]:
    """Subjects of the if/unless clauses on the trigger's clause chain."""
    return [subj for head in _clause_heads(tok) for clause in head.children if clause.dep_ == "advcl"
            and acting_condition(clause)
            for subj in clause.children if subj.dep_ in ("nsubj", "nsubjpass")]


def _placed(doc: Doc, actor: Actor) -> bool:
    """A bare state or town in a phrase of place ("the talks in New York"): where, not whom."""
    root = mention_root(doc, actor)
    return actor.kind == "country" and actor.code == actor.country and root is not None \
        and root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE


def fill_conditions(doc: Doc, events: Sequence[Event], actors: Sequence[Actor]) -> None:
    """A threat is aimed at whoever must act to avert it: "North Korea said it would pull out of
    the treaty unless the United States halted its exercises", "warned that they would boycott
    the talks in New York if Turkey did not withdraw". The modality step makes such an act a
    threat only after its parties are set, so its target may still be the doer's own side, a
    place, or nothing; a foreign party named as the subject of the if/unless clause replaces
    those (a target of another state stays)."""
    for event in main_events(events).values():
        if event.type != "THREATEN":
            continue
        home = {a.country for a in event.source if a.country}
        if any(a.country and a.country not in home and not _placed(doc, a) for a in event.target):
            continue
        tok = _trigger(doc, event)
        if tok is None:
            continue
        found = _foreign_parties(doc, actors, home, {t.i for s in _condition_subjects(tok) for t in s.subtree})
        if found:
            event.target = found[:1]


# acts of giving way: done under someone's pressure, they are aimed at who pressed
_YIELDING = frozenset({"CONCEDE", "RETREAT", "AGREE"})
_PRESSING = frozenset({"pressure", "pressures"})


def _pressers(tok: Token) -> list[Token]:
    """The phrases naming who pressed, from a pressure phrase on the trigger's clause chain:
    "under strong pressure from the United States", "after pressure by Washington", "bowing to
    U.S. pressure" (the "from"/"by" object, or the owner or modifier of "pressure")."""
    out: list[Token] = []
    for head in [tok, *tok.ancestors]:
        for prep in head.children:
            if prep.dep_ != "prep":
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or noun.lower_ not in _PRESSING:
                    continue
                out += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                        for p in c.children if p.dep_ == "pobj"]
                out += [c for c in noun.children if c.dep_ in ("poss", "compound", "amod") and c.pos_ == "PROPN"]
    return out


def fill_pressure(doc: Doc, events: Sequence[Event], actors: Sequence[Actor]) -> None:
    """A concession, a retreat or a pledge made "under pressure from X" gives way to X: "Under
    strong pressure from the United States, the Haitian military leaders agreed to step down",
    "martial law was lifted after pressure from the United States". Only for a main event that
    names no state as target (someone freed or a state acted on stays its target), and never the
    doer's own state or the press."""
    for event in main_events(events).values():
        if event.type not in _YIELDING or _has_state(event.target):
            continue
        tok = _trigger(doc, event)
        if tok is None:
            continue
        home = {a.country for a in event.source if a.country}
        found = _foreign_parties(doc, actors, home, {t.i for p in _pressers(tok) for t in p.subtree})
        if found:
            event.target = [*event.target, found[0]]


# acts a go-between does about two sides: talks, pledges, offers, threats to stop mediating; a
# blow or a stance "to end the rift between X and Y" is not aimed at X and Y
_GO_BETWEEN_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SANCTION", "THREATEN", "RETREAT", "REJECT"})
# lines and crossings between two states: places, not sides
_LINES = frozenset({"border", "frontier", "boundary", "line", "crossing", "bridge", "road", "corridor", "zone",
                    "strait", "sea", "route", "railway", "pipeline", "flight", "flights"})
# nouns whose "of" phrase is the talks themselves ("the next round of negotiations between")
_PARTS_OF = frozenset({"round", "series", "session", "part", "process", "effort", "resumption", "start"})


def _reaches(node: Token, top: Token) -> bool:
    """Whether ``node`` hangs under ``top`` without passing through an "of" phrase that makes it
    a thing's content ("a transcript of a call between Trump and Zelensky" is about the call)."""
    while node.i != top.i:
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() not in _PARTS_OF:
            return False
        if node.head.i == node.i:
            return False
        node = node.head
    return True


def _side_tokens(side: Token) -> set[int]:
    """A side of "between X and Y" with its conjuncts and their modifiers, not their own phrases
    ("between Zelensky and Trump himself during his trip to Warsaw" names no Warsaw side)."""
    out: set[int] = set()
    for tok in [side, *(c for c in side.subtree if c.dep_ == "conj")]:
        out.add(tok.i)
        out |= {t.i for c in tok.children if c.dep_ in ("compound", "amod", "poss", "det", "nmod")
                for t in c.subtree}
    return out


def _between_sides(tok: Token) -> set[int]:
    """Tokens of the sides a "between X and Y" phrase names inside what the trigger governs (its
    subject left out): "shuttled between Israeli and Palestinian negotiators", "offered to host
    talks between Russia and Georgia", "ended its mediation between the government and the rebels"."""
    subjects = {t.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    out: set[int] = set()
    for prep in tok.subtree:
        if prep.dep_ != "prep" or prep.lower_ != "between" or prep.i in subjects or not _reaches(prep.head, tok):
            continue
        if prep.head.lemma_.lower() in _LINES:
            continue  # ("praised the border between Chad and Niger": a line, not two sides dealt with)
        for side in prep.children:
            if side.dep_ == "pobj":
                out |= _side_tokens(side)
    return out


def fill_sides(doc: Doc, events: Sequence[Event], actors: Sequence[Actor]) -> None:
    """A third party's act about two sides is aimed at both: the go-between who shuttles, offers
    to host talks, volunteers to mediate or ends its mediation "between X and Y" deals with X and
    Y (the PLOVER gold codes "mediation efforts between rival militias" so). Only for a main event
    with a doer and no state among its targets, and only sides that are not the doer's own; an act
    the two sides do together has them as its doers already."""
    for event in main_events(events).values():
        if event.type not in _GO_BETWEEN_TYPES or not event.source or _has_state(event.target):
            continue
        tok = _trigger(doc, event)
        if tok is None:
            continue
        while tok.dep_ in ("compound", "dobj") and tok.head.i != tok.i and tok.pos_ == "NOUN":
            tok = tok.head  # ("launched a mediation effort to try to prevent a clash between X and Y")
        sides = _between_sides(tok)
        if not sides:
            continue
        taken = {id(a) for a in event.source}
        home = {a.country for a in event.source if a.country}
        codes = {a.code for a in event.source if a.code}
        found = [a for a in _foreign_parties(doc, actors, home, sides) if id(a) not in taken and a.code not in codes]
        if found:
            event.target = [*event.target, *found]


# stances on a deed: with no doer named anywhere, the deed's place names whom the stance concerns
_STANCES = frozenset({"ACCUSE"})
_SCENE_OF_DEED = frozenset({"in", "at", "inside"})
_DEEDS = frozenset({"coup", "attack", "raid", "killing", "bombing", "crackdown", "arrest", "execution", "massacre",
                    "violence", "shooting", "strike", "strikes", "assault", "incursion", "ban", "burning"})


def _deed_scene(tok: Token) -> list[Token]:
    """The places "in"/"at" which the deeds a stance verb is about happened ("condemned the coup in
    Burkina Faso", "the burning of the Koran in Stockholm"), for deed nouns only."""
    deeds = [c for c in tok.children if c.dep_ == "dobj"]
    deeds += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("over", "for", "about")
              for p in c.children if p.dep_ == "pobj"]
    out: list[Token] = []
    for deed in deeds:
        for noun in (deed, *(p for c in deed.children if c.dep_ == "prep" and c.lower_ == "of"
                            for p in c.children if p.dep_ == "pobj")):
            deed_word = noun.lower_.endswith(("ing", "tion", "sion")) or noun.lemma_.lower() in _DEEDS
            if noun.pos_ != "NOUN" or not deed_word:
                continue
            out += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in _SCENE_OF_DEED
                    for p in c.children if p.dep_ == "pobj"]
    return out


def fill_scene_of_deed(doc: Doc, events: Sequence[Event], actors: Sequence[Actor]) -> None:
    """A condemnation of a deed that no one in the sentence is named as doing is aimed at the
    state where it happened ("Ankara condemned the burning of the Koran in Stockholm", "Ghana
    condemned the coup in Burkina Faso"), as the PLOVER gold codes it. Runs after the acts told
    before (an earlier doer of "the attack" is taken first) and only for a main event with no
    target; never the doer's own state."""
    for event in main_events(events).values():
        if event.type not in _STANCES or event.target or not event.source:
            continue
        tok = _trigger(doc, event)
        if tok is None or tok.pos_ != "VERB":
            continue
        home = {a.country for a in event.source if a.country}
        scene = {t.i for p in _deed_scene(tok) for t in p.subtree}
        found = [a for a in actors if a.country and a.country not in home and a.kind == "country"
                 and (r := mention_root(doc, a)) is not None and r.i in scene]
        if found:
            event.target = found[:1]


def fill_parties(doc: Doc, events: Sequence[Event], actors: Sequence[Actor]) -> None:
    """Every fill from the tagged phrases, sources first (a target is never the new source), then
    the party a threat's condition names, the one a concession gives way to, the two sides a
    go-between acts between, and the state where a condemned deed happened."""
    fill_sources(doc, events, actors)
    fill_targets(doc, events, actors)
    fill_conditions(doc, events, actors)
    fill_pressure(doc, events, actors)
    fill_sides(doc, events, actors)
    fill_scene_of_deed(doc, events, actors)

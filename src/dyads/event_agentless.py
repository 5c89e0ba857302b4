"""Doers of deeds told with no doer: arson and looting in the agentless passive within a passage
about crowds protesting are the crowd's riot, and a curfew or state of emergency "declared" or
"imposed" with no "by" phrase is the declaring government's measure.

Why apart: these rules read an agentless passive deed against the passage and the sentence's
parties, not the trigger's own subject and objects; they are a mixin of the event coder's
per-document class (``dyads.events``), beside the place rules they call on (``home_protesters``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .event_modality import Candidate
from .event_places import PlaceParties
from .event_roles import PASS_SUBJ, children
from .model import Actor

__all__ = ["CIVIL_CODES", "OCCUPYING_CROWDS", "PASSIVE_AIMING", "PERSONS", "PROTEST_CROWDS", "AgentlessDoers",
           "crowd_word"]

# crowds whose own violence is rioting (session 22: a leader's or party's supporters and followers
# storming a building, "his followers stormed parliament", are a crowd too)
PROTEST_CROWDS = {"protester", "protestor", "demonstrator", "rioter", "crowd", "mob", "marcher", "supporter",
                  "follower"}
# civilian sectors a crowd is coded with
CIVIL_CODES = {"CVL", "EDU", "LAB", "AGR"}
# civilians whose occupying of a place is a sit-in, not a seizure by arms
OCCUPYING_CROWDS = PROTEST_CROWDS | {"student", "activist", "worker", "striker", "farmer", "squatter", "villager"}
# people a crowd's blows may fall on: beating one of them is an assault, not a riot
PERSONS = {"officer", "policeman", "policewoman", "man", "woman", "journalist", "reporter", "soldier", "guard",
           "official", "driver", "bystander", "child", "boy", "girl", "worker", "motorist", "photographer"}
# light verbs whose passive subject is the act and whose "on"/"against" phrase is its target ("an
# embargo was placed on Syria", "sanctions were slapped on Minsk"); others point nowhere
PASSIVE_AIMING = {"impose", "place", "slap", "levy", "reimpose", "re-impose", "enforce", "extend", "grant",
                  "issue", "declare", "launch", "mount", "wage", "unleash", "lodge", "file"}
# words that make a passage one about crowds protesting ("protests" only in the plural: "lodged a
# protest" is a diplomat's)
_PROTEST_WORDS = PROTEST_CROWDS | {"riot", "rioting", "unrest", "demonstration", "protests"}
# time words that make a deed background to the clause it hangs on
_BEFORE_NOW = {"after", "before", "since", "until"}


def _protest_passage(sent: Span) -> bool:
    """Whether ``sent`` or the sentence before it speaks of crowds protesting or rioting."""
    doc = sent.doc
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(t.lemma_.lower() in _PROTEST_WORDS or t.lower_ in _PROTEST_WORDS
               or t.pos_ == "VERB" and t.lemma_.lower() in ("protest", "riot")
               for t in doc[start:sent.end] if t.pos_ in ("NOUN", "VERB", "PROPN"))


def _background_deed(verb: Token) -> bool:
    """Whether ``verb`` (or the verb it is joined to) heads an "after"/"before"/"since" clause."""
    top = verb
    while top.dep_ == "conj" and top.head.pos_ in ("VERB", "AUX"):
        top = top.head
    return top.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _BEFORE_NOW for c in top.children)


def _crowds(doc: Doc, actors: list[Actor]) -> list[Actor]:
    """The protesting crowds among ``actors`` ("protesters", "the crowd", "students", or "they"
    standing for civilians): not any civilians, for "100 people" detained are no doers."""
    found = []
    for a in actors:
        if (a.code or "")[3:6] not in CIVIL_CODES:
            continue
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is not None and len(span) and (a.kind == "pronoun" or crowd_word(span.root, OCCUPYING_CROWDS)):
            found.append(a)
    return found


def crowd_word(noun: Token, crowds: set[str]) -> bool:
    """Whether ``noun`` is one of ``crowds``; (session 28) a plural the small model misreads as a
    proper noun after a dateline ("NAIROBI - Protesters forced ...") keeps its plural as lemma."""
    return noun.lemma_.lower() in crowds or noun.lower_ in crowds or (
        noun.pos_ == "PROPN" and noun.lower_.endswith("s") and noun.lower_[:-1] in crowds)


class AgentlessDoers(PlaceParties):
    """Finds the doers of riots and declared measures told in the agentless passive."""

    def unnamed_rioters(self, cand: Candidate, sent: Span, sid: int, cands: list[Candidate]) -> bool:
        """(session 32) "Protests turned violent on Friday night, when stations were set ablaze":
        arson, looting or wrecking told in the passive with no doer, in a passage about crowds
        protesting (the sentence or the one before names protests, rioters or a crowd), is the
        protesters' riot (CAMEO 145), as the judges and PLOVER coders record it: the doer is the
        civilian crowd named in the sentence or the one before, else the people of the place.

        Returns whether ``cand`` became such a riot. Left out: a deed told as background in an
        "after"/"before"/"since" clause ("the network stayed closed after stations were
        vandalised"), a deed whose sentence already has the crowd's own protest (one riot), and a
        deed on someone's own property ("a trader whose stall was burned"). Outside a protest
        passage an agentless arson names no one's act (session 28) and is dropped."""
        tok = cand.token
        if cand.type != "ASSAULT" or cand.cameo != "1712" or cand.source or not cand.trigger.verbal \
                or not children(tok, PASS_SUBJ) or children(tok, {"agent"}):
            return False
        arson = tok.lemma_.lower() == "set"
        done_to = children(tok, PASS_SUBJ)
        if any(o.ent_type_ == "PERSON" or o.pos_ == "PRON" or o.lemma_.lower() in PERSONS for o in done_to):
            return False  # "a police officer was burned to death": a killing, no riot
        if _background_deed(tok) or any(t.lower_ == "whose" for s in done_to for t in s.subtree) \
                or not _protest_passage(sent):
            cand.absorbed = cand.absorbed or arson
            return False
        if any(o is not cand and not o.absorbed and o.type == "PROTEST" and o.source for o in cands):
            cand.absorbed = True  # "Protesters set up barricades, buses were torched": the same riot
            return False
        crowd = _crowds(self.doc, self.index.by_sentence.get(sid, [])) \
            or _crowds(self.doc, self.index.by_sentence.get(sid - 1, []))
        cand.source = crowd or self.home_protesters(cand) or self.scene_people(self.index.by_sentence.get(sid, []))
        if not cand.source:
            cand.absorbed = cand.absorbed or arson
            return False
        cand.type, cand.cameo, cand.mode, cand.context = "PROTEST", "145", "riot", []
        return True

    def declarer(self, cand: Candidate, sid: int) -> list[Actor]:
        """(session 32) "under a state of emergency declared shortly after midnight", "a curfew
        imposed by the army": a measure noun followed straight by a participle of declaring or
        imposing (a reduced relative, whatever the small model hangs it on) was imposed by the
        participle's "by" phrase, else, with no doer named, by the government the sentence names
        when all its parties are of that one state, for a curfew, state of emergency or martial
        law (CAMEO 172x), which only a state's own government declares."""
        tok = cand.token
        doc = self.doc
        nxt = tok.i + 1
        if nxt >= len(doc) or doc[nxt].tag_ != "VBN" or doc[nxt].lemma_.lower() not in PASSIVE_AIMING \
                or children(doc[nxt], {"aux", "auxpass", "nsubjpass"}):
            return []
        part = doc[nxt]
        actors = self.index.by_sentence.get(sid, [])
        doers = [o for a in children(part, {"agent"}) for o in children(a, {"pobj"})]
        if doers:
            return [a for a in actors for o in doers
                    if o.left_edge.idx <= a.start and a.end <= o.right_edge.idx + len(o.right_edge.text)]
        if not (cand.cameo or "").startswith("172") or len({a.country for a in actors if a.country}) != 1:
            return []  # (a siege or sanctions "imposed on" a place are not its own government's)
        return [a for a in actors if a.sector == "GOV" and a.kind in ("person", "organisation", "pronoun")][:1]

    def scene_people(self, actors: list[Actor]) -> list[Actor]:
        """The people of the one state whose bare places a sentence names ("in Paris ... in
        Rennes": FRACVL, spanning the first place), as ``home_protesters`` reads them from a
        protest's own scene; none when the places lie in several states."""
        places = [a for a in actors if a.kind == "country" and a.country and a.code == a.country]
        if not places or len({a.country for a in places}) > 1:
            return []
        p = places[0]
        return [Actor(p.start, p.end, p.text, country=p.country, sector="CVL", code=f"{p.country}CVL",
                      kind="group", sentence=p.sentence, confidence=0.3)]

    def riot_told_passively(self, sent: Span, sid: int) -> bool:
        """Whether a sentence that names no actor tells arson or looting in the agentless passive
        right after a sentence naming a protesting crowd ("Protesters marched on the palace. Shops
        were looted ..."), so it is coded after all (see ``unnamed_rioters``)."""
        return any(t.tag_ == "VBN" and children(t, PASS_SUBJ) and not children(t, {"agent"})
                   and any(g.cameo == "1712" and g.verbal for g in self.lex.get(t.lemma_.lower(), ()))
                   for t in sent) \
            and bool(_crowds(self.doc, self.index.by_sentence.get(sid - 1, []))) and _protest_passage(sent)

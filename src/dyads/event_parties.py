"""Which found actors may stand as an event's parties: one filter every argument finder passes through."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .anchor_gazetteer import _hyphen_prefix
from .countries import INTERGOVERNMENTAL, country_forms
from .event_modality import COOP_TYPES as _COOP_TYPES, Candidate
from .event_roles import (
    FIRING_VERBS, names_land,
    PASS_SUBJ as _PASS_SUBJ, POSSESSIVE as _POSSESSIVE, SUBJ as _SUBJ, as_place as _as_place, children as _children,
    acting_condition, mention_root as _mention_root, merge as _merge, prep_objects as _prep_objects,
    RELEASE_NOUNS as _RELEASE_NOUNS,
    carrier_owner, list_keeper, route_stop, shut_space_owners, to_infinitive, verb_of as _verb_of,
)
from .event_deployments import own_forces_backed
from .event_party_scope import blamed_on, doers_own_phrase, expelling_body, passive_agents, spoken_scene
from .event_senses import called_gathering
from .event_subjects import SubjectFinder, joined_clause_subject
from .model import Actor
from .nlp import doc_text, sentence_of_token
from .places import TOWN_NOUNS as _TOWN_NOUNS
from .triggers import word_list

__all__ = ["STATE_ACTS", "PartyAssigner", "answers_act", "fled"]

# plants and premises: a nationality in front of them says where they are, not who made a deal
_SITES = {"site", "plant", "factory", "facility", "mill", "mine", "refinery", "warehouse", "branch", "subsidiary",
          "operation", "office", "store", "shop", "farm", "brewery", "works", "production", "unit", "yard"}
# a ruler's time in power: what the state did "during" or "under" it was that ruler's act
_RULE = {"presidency", "rule", "regime", "government", "administration", "reign", "dictatorship", "premiership",
         "leadership", "tenure"}
_DRILLS = word_list("war_drills")
_DRILLS_OR_PATROLS = _DRILLS | {"patrol"}
_JOINT = word_list("joint_words")
# open water: missiles fired "into the sea" hit no one; "the Sea of Japan", "the Gulf of Oman" name
# waters after a state, not a party
WATERS = frozenset({"sea", "ocean", "water", "waters", "gulf"})
# acts only a state or court does to a person ("was sentenced in a federal court"): the place names the doer
STATE_ACTS = frozenset({"COERCE", "ACCUSE", "SANCTION"})
# freeing someone: the freed are the object ("released prisoners"), and a "from" phrase is where
# they were held (``event_verbal._held_in``)
RELEASES = frozenset({"free", "release", "liberate", "discharge", "rescue", "evacuate", "extract"})
# bodies a case is brought before
# fights between sides often named after where they are fought ("the battle of Mosul"); not an
# offensive or siege, which is aimed at the place it names ("the Kandahar offensive")
BATTLES = frozenset({"battle", "clash", "standoff"})
_COURTS = frozenset({"court", "tribunal", "ombudsman", "commission"})


# acts done to a person or body held in the clause ("arrested the man", "he was jailed")
_PATIENT_ACTS = frozenset({"COERCE", "SANCTION", "ACCUSE"})
_AREAS = frozenset({"state", "city", "town", "village", "province", "region", "county", "district", "capital"})
_LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "within", "around"})


_INQUIRIES = frozenset({"investigation", "inquiry", "probe", "review", "look", "enquiry", "audit"})
# kin nouns: "Hamza, son of Osama bin Laden" names the father only to say who Hamza is
_KIN = frozenset({"son", "daughter", "brother", "sister", "father", "mother", "wife", "husband", "widow",
                  "nephew", "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "child", "heir"})


# verbs whose object is what is talked about, not the partner ("discuss the Iranian presence")
# nouns that name the doers of an attack by their part in it
_ATTACKER_NOUNS = frozenset({"attacker", "assailant", "bomber", "gunman", "perpetrator", "hijacker", "shooter",
                             "raider", "kidnapper", "abductor"})
_TOPIC_VERBS = frozenset({"discuss", "debate"})
# verbs by which one names a thing as one sees it ("what he calls", "what they described as")
_FRAMING = frozenset({"call", "describe", "term", "dub", "label", "brand", "see", "consider", "regard",
                      "characterise", "characterize", "view"})
# Nouns of a gathering: a place "in"/"at" which one is held is its venue ("a meeting in Brussels").
_GATHERINGS = frozenset({"meeting", "talk", "talks", "summit", "conference", "negotiation", "session",
                         "round", "dialogue", "forum", "gathering", "consultation"})
_FORCES = frozenset({"troop", "force", "soldier", "army", "police", "peacekeeper", "marine", "unit"})
# a state's envoys, whom it recalls or withdraws as its means
_ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "consul", "emissary", "attache", "chargé"})


def _envoy_word(tok: Token) -> bool:
    """Whether ``tok`` heads an envoy's mention: the title itself ("the ambassador") or a name
    titled by it ("Ambassador Nathan Meron")."""
    return tok.lemma_.lower() in _ENVOYS or any(
        c.dep_ == "compound" and c.lemma_.lower() in _ENVOYS for c in tok.children)


# measures imposed on a party named with "against" or "on"
_MEASURES = frozenset({"sanction", "embargo", "ban", "restriction", "blockade", "boycott", "tariff"})
# participles of holding people: "Kuwaitis held in Iraqi prisons", "fishermen detained by Libya"
_HOLDING = frozenset({"hold", "detain", "jail", "imprison", "keep", "capture", "kidnap", "abduct", "seize",
                      "arrest", "intern"})
# words that give the occasion of a show of force: "as Chinese ships approached", "after clashes"
_OCCASIONS = frozenset({"as", "after", "when", "following", "amid", "while"})
# moving one's own forces about: "withdraw its troops", "call in the army", "send troops"
# a state's missions abroad, which it closes or opens as its means ("closed its embassy")
_MISSIONS = frozenset({"embassy", "consulate", "legation"})
# verbs by which a state closes or opens its own mission
_MISSION_VERBS = frozenset({"close", "shut", "reopen", "open"})
_MOVE_FORCES = frozenset({"withdraw", "pull", "call", "bring", "send", "deploy", "dispatch", "move",
                          "redeploy", "station", "remove", "recall", "evacuate"})


# Tagger labels of names of things (pacts, zones, projects, bodies), in which a state's name may
# be a word ("the China-ASEAN Free Trade Area").
_NAMED_THINGS = frozenset({"FAC", "LAW", "EVENT", "PRODUCT", "WORK_OF_ART", "ORG"})


def _conveners(gathering: Token) -> list[Token]:
    """(session 33) Who called a gathering, named in a clause on it ("broke up a press conference
    the opposition parties had called", "a rally organised by the union"). Why (batch AG, missed
    party): a gathering broken up or banned is a blow at those who called it, whom the argument walk
    (never entering the object's clauses) does not reach."""
    out: list[Token] = []
    for clause in _children(gathering, {"relcl", "acl"}):
        if called_gathering(clause) is None:
            continue
        out += [t for s in _children(clause, {"nsubj"}) if s.lower_ not in ("that", "which", "who")
                for t in (s, *_children(s, {"conj"}))]
        out += [p for c in _children(clause, {"agent"}) for p in _children(c, {"pobj"})]
    return out


def _bare_place(actor: Actor) -> bool:
    """A country or town named as such, with no sector: where something is, not who."""
    return actor.kind == "country" and actor.country is not None and actor.code == actor.country


# proposals whose maker a refusal or acceptance is aimed at
_PROPOSALS = frozenset({"offer", "proposal", "request", "demand", "call", "appeal", "plan", "invitation", "bid",
                        "ultimatum", "suggestion", "initiative", "plea", "overture", "proposition"})
# participles that say whom a vehicle holds ("a bus carrying pilgrims")
_CARRYING = frozenset({"carry", "transport", "ferry", "bring", "take", "evacuate", "shuttle"})


def answers_act(verb: Token) -> bool:
    """Whether a verb whose object is an act noun escapes the act or answers it from a scene of its
    own ("fled house arrest in San Diego", "In Washington, the White House condemned the attack").
    Why (session 28, judged fresh news): the place of the one who flees or speaks was coded the
    target of the act and judged a wrong party. An answering verb counts only with its place
    phrase put before its subject: after it, the parser may have hung the act's own place on it."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return False
    if lemma in _FLIGHT:
        return True
    subjects = _children(verb, _SUBJ)
    return lemma in _ANSWERS and bool(subjects) and any(
        c.dep_ == "prep" and c.lower_ in _LOCATIVE and c.i < min(s.left_edge.i for s in subjects)
        for c in verb.children)


def _on_verb(root: Token | None, verb: Token) -> bool:
    """Whether a place's phrase hangs on ``verb`` itself, also through the building it is in ("signed
    at a hotel in Doha"), not on a noun ("reopened its embassy in Tripoli" names the host)."""
    for _ in range(2):
        while root is not None and root.dep_ in ("compound", "amod", "poss", "conj", "appos", "nmod"):
            root = root.head
        if root is None or root.dep_ != "pobj" or root.head.lower_ not in _LOCATIVE:
            return False
        prep = root.head
        while prep.dep_ == "conj" and prep.head.pos_ == "ADP":
            prep = prep.head  # ("signed in Cairo and in Algiers")
        if prep.head.i == verb.i:
            return True
        root = prep.head
    return False


def fled(act: Token) -> bool:
    """Whether an act noun is what someone flees or escapes ("fled house arrest")."""
    return act.dep_ == "dobj" and act.head.pos_ == "VERB" and act.head.lemma_.lower() in _FLIGHT


def _route_of_subject(doc: Doc, actor: Actor, verb: Token) -> bool:
    """Whether ``actor`` is only a stop on the route of a vehicle that is the subject of ``verb``:
    "a Ryanair flight from Athens to Vilnius was ordered to land in Minsk". Where the craft was
    going (or came from) is no party to what is done to it or by it."""
    root = _mention_root(doc, actor)
    vehicle = route_stop(root) if root is not None else None
    return vehicle is not None and vehicle.dep_ in ("nsubj", "nsubjpass") and vehicle.head.i == verb.i




# the prefix of a stance against a state ("anti-Japanese protests")
_AGAINST = frozenset({"anti"})
# verbs that get away from an act named as their object, and verbs that answer one
_FLIGHT = frozenset({"flee", "escape", "evade"})
_ANSWERS = frozenset({"condemn", "denounce", "criticise", "criticize", "deplore", "welcome", "praise", "hail",
                      "mourn", "decry", "blame", "discuss", "report", "deny"})
# acts aimed at a party, never at a place (of ``event_verbal.NO_PLACE_TARGET``; a charge keeps the
# place of the harm it condemns, "condemned the arrest of a reporter in Minsk"): a place named
# with a backing or signing is only its venue
_NO_SCENE_PARTY = frozenset({"SUPPORT"})
# Verbs by which a state gives or moves its own forces (session 47).
_MOVING_FORCES = frozenset({"offer", "send", "withdraw", "pull", "contribute", "deploy", "commit", "dispatch",
                            "pledge", "promise", "provide", "redeploy", "recall", "station"})
# Nouns of a war or crisis whose place is a party to what is said about it.
_STRIFE = frozenset({"conflict", "war", "fighting", "crisis", "violence", "unrest", "insurgency", "clash",
                     "situation", "bloodshed"})
# Acts whose target is a party blamed, refused or asked, never the place they happen in.
_NO_VENUE_PARTY = frozenset({"ACCUSE", "REJECT", "REQUEST"})


def opposed_state(tok: Token) -> tuple[int, int, str] | None:
    """The state an "anti-" word on a protest noun names ("anti-Japanese protests", "anti-U.S.
    rallies"), as its characters and code: the protest is aimed at that state."""
    doc = tok.doc
    for word in tok.lefts:
        if not _hyphen_prefix(doc, word.i, _AGAINST):
            continue
        form = country_forms().get(word.text)
        if form is not None and form.iso3 != "-":
            return word.idx, word.idx + len(word.text), form.iso3
    return None


def next_clause_subject(obj: Token, verb: Token) -> bool:
    """(session 42) "welcomed the accord, and British Foreign Secretary Jack Straw, speaking for the
    EU, praised both parties": the small model hangs the next clause's subject on the first verb as
    a second object (or a noun conjunct). An object that follows the verb's own object and a coordinator of the verb, with
    a verb conjoined after it, opens a new clause: it is no party of the first verb's act."""
    if obj.head != verb or obj.dep_ not in ("dobj", "conj") or obj.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    earlier = [o for o in _children(verb, {"dobj"}) if o.i < obj.i]
    if not earlier:
        return False  # (a noun joined to a verb is the parser's slip too: the same test)
    joined = any(c.dep_ == "cc" and earlier[-1].i < c.i < obj.i for c in verb.children)
    return joined and any(c.dep_ == "conj" and c.pos_ == "VERB" and c.i > obj.i for c in verb.children)


def _opens_joined_clause(noun: Token) -> bool:
    """(session 46) "bombed targets on Thursday and Khartoum vowed ...": a noun the small model
    joined to the clause's last noun is the subject of the verb right after it (see
    ``event_subjects.joined_clause_subject``), no party of the first clause."""
    after = noun.right_edge.i + 1
    joined = joined_clause_subject(noun.doc[after]) if after < len(noun.doc) else None
    return joined is not None and joined.i == noun.i


class PartyAssigner(SubjectFinder):
    """The last gate for an event's parties, shared by the verbal and nominal argument finders."""

    def onward(self, pobj: Token) -> list[Actor]:
        """Actors in an event noun's prepositional object, or where that thing is bound for.

        "restrictions on flights to Cuba", "a ban on arms sales to Iran": the object is a thing
        that names no party, and the state it goes to is whom the act concerns. Unlike
        ``argument_slots._look_through`` (which picks span heads with no actors at hand and so
        needs its word list of measures) this knows from the actor index which nouns name no one.
        """
        found = self.index.in_phrase(pobj)
        node = pobj
        if not found and node.tag_ == "VBG":
            # "a ban on doing business with ZTE", "curbs on selling arms to Taiwan": the dealing a
            # measure forbids goes to the one its "with"/"to" phrase names (on it or on its object)
            dealt = _prep_objects(node, {"with", "to"}) + [
                p for o in _children(node, {"dobj"}) for p in _prep_objects(o, {"with", "to"})]
            return _merge(*(self.index.in_phrase(n) for n in dealt))
        for _ in range(3):
            if found or node.pos_ != "NOUN":
                break
            # ("investigations into police brutality": what is looked into goes nowhere)
            nxt = _prep_objects(node, {"to"} if node.lemma_.lower() in _INQUIRIES else {"to", "into"})
            found = _merge(*(self.index.in_phrase(n) for n in nxt)) if nxt else []
            if not nxt:
                break
            node = nxt[0]
        return found

    def bound(self, actor: Actor, source: list[Actor]) -> bool:
        """Whether a pronoun target names the doer itself: "they released them" cannot mean the
        same party twice (only "themselves" could)."""
        return actor.kind == "pronoun" and not actor.text.lower().endswith(("self", "selves")) \
            and actor.text.lower() not in _POSSESSIVE and any(
                a is actor or (a.code, a.name) == (actor.code, actor.name) for a in source)

    def backed_party(self, noun: Token, source: list[Actor]) -> list[Actor]:
        """Whom "X-backed" backs: the doer in the noun's "led by" clause ("the U.S.-backed coup
        led by Guaidó"), else the actors of the noun itself ("the Iran-backed Houthis")."""
        target: list[Actor] = []
        for acl in _children(noun, {"acl", "relcl"}):
            for agent in _prep_objects(acl, {"by"}):
                target = _merge(target, self.index.in_phrase(agent))
        return target or [a for a in self.index.in_phrase(noun) if a not in source]

    def state_of_act(self, verb: Token) -> list[Actor]:
        """"was sentenced in a federal court", "was put under investigation in Italy": with no agent,
        a state act done in a court or a country is that court's or state's doing."""
        found: list[Actor] = []
        for pobj in _prep_objects(verb, {"in"}):
            # only the place itself or its modifier ("in Tunisian offices"), not "in the history of X"
            own = {pobj.i} | {c.i for c in pobj.children if c.dep_ in ("amod", "compound", "poss")}
            for actor in self.index.in_phrase(pobj, loose=False):
                root = _mention_root(self.doc, actor)
                if root is not None and root.i in own and (actor.sector == "JUD" or actor.kind == "country"):
                    found = _merge(found, [actor])
        return found

    def where_it_applies(self, actor: Actor, verb: Token) -> bool:
        """Whether a mention only qualifies the place an act is done in ("in Tunisian offices")."""
        root = _mention_root(self.doc, actor)
        return root is not None and root.dep_ in ("amod", "compound") and root.head.dep_ == "pobj" \
            and root.head.head.lower_ == "in" and root.head.head.head.i == verb.i

    def ruler_of_time(self, verb: Token) -> list[Actor]:
        """"was banned during Ben Ali's presidency", "were jailed under Saddam's regime": with no
        agent, a state act done in someone's time in power is that ruler's (or government's) doing."""
        for pobj in _prep_objects(verb, {"during", "under"}):
            if pobj.lemma_.lower() in _RULE:
                return self.index.in_phrase(pobj, loose=False)
        return []

    def ruled_by(self, verb: Token) -> list[Actor]:
        """"the treaty agreed under President Obama", "a law passed under Trump": with no agent, an act
        done "under" a named person in power is that person's doing (not "under pressure from X")."""
        found: list[Actor] = []
        for pobj in _prep_objects(verb, {"under"}):
            for actor in self.index.in_phrase(pobj, loose=False):
                root = _mention_root(self.doc, actor)
                if root is not None and root.i == pobj.i and pobj.ent_type_ == "PERSON" and actor.kind != "pronoun":
                    found = _merge(found, [actor])
        return found

    def companions(self, found: list[Actor], others: list[Actor]) -> list[Actor]:
        """Parties set off after a party by ", along with" or ", together with": "France, along
        with Germany, condemned", "investigate Yale, along with other institutions" - the
        companions share that party's role, wherever the parser hung the phrase."""
        doc, added = self.doc, []
        for actor in found:
            span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
            if span is None or span.end + 2 >= len(doc):
                continue
            # right after the mention: a comma, then "along with" / "together with"
            i = span.end
            if doc[i].text != "," or doc[i + 1].lower_ not in ("along", "together") or doc[i + 2].lower_ != "with":
                continue
            for pobj in _children(doc[i + 2], {"pobj"}):
                added = _merge(added, [a for a in self.index.in_phrase(pobj, loose=False)
                                       if a not in found and a not in others])
        return _merge(found, added)

    def assign(self, cand: Candidate, source: list[Actor], target: list[Actor]) -> None:
        source = self.companions(source, target)
        target = self.companions(target, source)
        # "the United States District Court": a state named inside a body's name is that body
        source = [a for a in source if not self.in_name_of(a, source)]
        target = [a for a in target if not self.in_name_of(a, target)]
        source = [a for a in source if not self.medium(a)]
        target = [a for a in target if not self.medium(a) and not self.bound(a, source) and not self.kin_of(a)
                  and not self.own_name_word(a, source)]
        if cand.token.pos_ == "VERB":
            # "welcomed the accord, and Straw, speaking for the EU, praised ...": the next clause's subject
            target = [a for a in target if (r := _mention_root(self.doc, a)) is None
                      or not next_clause_subject(r, cand.token) and not _opens_joined_clause(r)]
        if cand.token.pos_ in ("VERB", "AUX") and cand.type not in ("AID", "CONSULT"):
            target = [a for a in target if not _route_of_subject(self.doc, a, cand.token)]
        if cand.type in ("REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT"):
            # (session 43) "addressed reporters in New York, calling for the killers to be brought to
            # justice": the press a speech is given to is its audience, never whom it asks or blames
            target = [a for a in target if (r := _mention_root(self.doc, a)) is None
                      or not _press_audience(r, cand.token)]
        if cand.token.pos_ == "VERB" and cand.type in ("AID", "CONSULT", "RETREAT", "MOBILIZE"):
            # "evacuated on a Regional Security System aircraft": the craft's owner gives the ride
            # (a blow "fired on a United Nations aircraft" is aimed at the owner: not these types)
            target = [a for a in target if (r := _mention_root(self.doc, a)) is None
                      or not carrier_owner(r, cand.token)]
        if cand.type in ("AGREE", "CONSULT", "COOPERATE"):
            # "in the deal, Austrian and New Zealand production sites are kept": whose sites, not parties
            source = [a for a in source if not self.site_owner(a)]
            target = [a for a in target if not self.site_owner(a)]
            # (session 46) "Iran and six world powers reached an agreement to curb Tehran's nuclear
            # programme": a state does not agree with itself; its capital or government named in the
            # deal's content is its own side again, not the counterpart
            if cand.type == "AGREE":
                states = {a.country for a in source if a.country and a.sector in (None, "GOV")}
                target = [a for a in target if not (a.kind == "country" and a.country in states)]
        if cand.type in ("COERCE", "SANCTION") and _children(cand.token, _PASS_SUBJ):
            # "a judge sentenced a doctor. He was given a fine": the court that fines is never the one fined
            target = [a for a in target if not (a.kind == "pronoun" and a.sector == "JUD")]
        if cand.type in STATE_ACTS and cand.token.pos_ == "VERB":
            source, target = self.for_reason(cand.token, source, target)
            # "was banned in Tunisian public offices" by Tunisia's rulers: their own state's
            # premises are where the act applies, not whom it is aimed at
            home = {a.country for a in source if a.country}
            target = [a for a in target if not (a.country in home and a.code == a.country
                                                and self.where_it_applies(a, cand.token))]
        if cand.type in _PATIENT_ACTS and cand.token.pos_ == "VERB":
            target = self.beside_patient(cand.token, target, source)
        if cand.token.pos_ == "NOUN" and cand.token.dep_ == "dobj" and answers_act(cand.token.head):
            # "fled house arrest in San Diego", "In Washington, the White House condemned the
            # attack": the place of the one who flees or speaks is not the act's
            target = [a for a in target if not self.answered_scene(a, cand.token)]
        if cand.type == "ASSAULT" and len(target) > 1:
            # "nine people, including the attackers, were killed": whoever the text calls the
            # attack's doers died in their own act; they did it, they did not suffer it
            doers = [a for a in target if (root := _mention_root(self.doc, a)) is not None
                     and root.lemma_.lower() in _ATTACKER_NOUNS]
            if doers and len(doers) < len(target):
                target = [a for a in target if a not in doers]
                source = source or doers
        if cand.type == "ASSAULT":
            # "fired missiles at Kyiv": a city under attack is the country's, not its government
            target = [_as_place(a) if self.city(a) else a for a in target]
            # (session 47) "rockets fired from the Syrian side", "howitzers fired from fields outside
            # Akcakale": where fire comes from is the shooter's side, not the one shot at
            target = [a for a in target if not self.fired_from(a, cand.token)]
            # "the battle for Mosul", "fighting for control of Idlib": the place fought for is the
            # prize; the side holding it is the target, and a bare place does not name that side
            target = [a for a in target if not (_bare_place(a) and self.prize(a, cand.token))]
            # "the Raqqa battle", "the battle of Mosul": a place that names a battle is where it
            # was fought, neither side (an attack "on" a place still targets its state)
            source = [a for a in source if not (_bare_place(a) and self.battle_name(a, cand.token))]
            target = [a for a in target if not (_bare_place(a) and self.battle_name(a, cand.token))]
            # "Saudi airstrikes with the Royal Saudi Air Force": a state's own forces or government
            # carry out its attacks; they are never what the state attacks
            states = {a.country for a in source if a.country and a.code in (a.country, a.country + "GOV",
                                                                               a.country + "MIL")}
            target = [a for a in target if not (a.country in states and a.code in (a.country + "MIL",
                                                                                     a.country + "GOV"))]
        if cand.type == "PROTEST":
            # "held a protest with the Iraq Veterans Against the War", "students marched with
            # teachers": whoever protests alongside the doer is a fellow protester, not the target
            fellows = [a for a in target if self.fellow(a, cand.token)]
            source = _merge(source, fellows)
            target = [a for a in target if a not in fellows]
            opposed = opposed_state(cand.token)
            if opposed is not None and all(_bare_place(a) for a in target):
                # "anti-Japanese protests in China": the place is where; the "anti-" word says whom
                start, end, iso3 = opposed
                start_tok = self.doc.char_span(start, end).start
                target = [Actor(start, end, doc_text(self.doc)[start:end], country=iso3, sector=None, code=iso3,
                                kind="country", sentence=sentence_of_token(self.doc, start_tok), confidence=0.5)]
        if cand.type == "ACCUSE":
            # "filed a case against Israel at the ICJ": the court a case is brought before is the
            # forum, not the accused (an appeal "to" a court still asks the court)
            kept = [a for a in target if not self.forum(a)]
            target = kept or target
            if target and all(self.complaint_forum(a) for a in target):
                # "filed a complaint with the Security Council against Israel / after Israeli troops
                # crossed the line": a world body a complaint is lodged with hears it; the one
                # complained of is the "against" party or the foreign party whose move occasioned it
                target = self.complained_of(cand.token, source) or self.provoker(cand.token, source) or target
        if cand.type == "REQUEST":
            # "appealed for $50 million for Somalia": the place the money is for is whom it helps,
            # not whom the appeal is made to
            target = [a for a in target if not self.beneficiary_place(a, cand.token)]
            # "the Polish minister ordered checks across Poland": one's own state named as where the
            # ordered act is done is not the one asked (the addressee is the agency told to act)
            home = {a.country for a in source if a.country}
            target = [a for a in target if not (_bare_place(a) and a.country in home and self.located(a))]
            if target and home and all(a.country in home for a in target):
                # "Kuwait called for the release of 600 Kuwaitis held in Iraqi prisons": a demand to
                # free one's own people is made of whoever holds them
                target = self.holders(target, home) or target
            elif released := self.released(cand.token, target):
                # "demanded the release of reporter X, a day after Russia's security service
                # detained him": the demand is made of the holder, not of the person to be freed;
                # with no holder named, the one asked is left unsaid
                keepers = self.holders(released, home) or self.captors_here(cand.token, home)
                target = _merge([a for a in target if a not in released], keepers)
        if cand.type in ("THREATEN", "ASSAULT", "COERCE") and not any(a.country for a in target):
            # "would kill the hostages if Israeli forces attempted a rescue": force made hang on
            # another's act is a threat aimed at that party, not at uncoded victims held over them
            target = self.condition_party(cand.token, source) or target
        if cand.type == "MOBILIZE":
            # "deployed police and soldiers to the area", "the mobilisation of militia units": what
            # is mustered is the doer's means
            tok = cand.token
            held = _children(tok, {"dobj"}) if tok.pos_ == "VERB" else _prep_objects(tok, {"of"})
            mustered = {t.i for o in held for t in o.subtree}
            # (session 42) "were sent to support troops": the sender's own men are backed, not faced
            backed = {t.i for o in own_forces_backed(tok) for t in o.subtree} if tok.pos_ == "VERB" else set()
            target = [a for a in target if (r := _mention_root(self.doc, a)) is None
                      or (r.i not in mustered or self.toward(r)) and r.i not in backed]
            if not target and not backed:
                target = self.border_faced(cand.token, source) or self.provoker(cand.token, source) \
                    or self.purpose_party(cand.token, source)
        if cand.type == "SANCTION" and cand.token.pos_ == "VERB":
            # "Monaco was placed on the FATF grey list": whose list it is keeps it, not who is put on it
            keepers = [a for a in target if (r := _mention_root(self.doc, a)) is not None
                       and list_keeper(r, cand.token)]
            if keepers and len(keepers) < len(target):
                target = [a for a in target if a not in keepers]
                source = source or keepers
        if cand.type in ("RETREAT", "SANCTION"):
            source, target = self.measure_against(cand.token, source, target)
        if cand.type == "SANCTION" and not source:
            source, target = self.envoy_recalled(cand.token, target)
        if cand.type == "CONSULT" and cand.token.lemma_.lower() in _TOPIC_VERBS:
            # "met to discuss the Iranian presence in Syria": what is discussed is the topic
            topic = {t.i for o in _children(cand.token, {"dobj"}) for t in o.subtree}
            target = [a for a in target if (r := _mention_root(self.doc, a)) is None or r.i not in topic]
        if not any(a.country for a in target) and cand.token.pos_ == "VERB":
            # "violated the ceasefire by firing on Armenian positions": the means names the target
            target = _merge(target, self.means_target(cand.token, source))
        target = [a for a in target if not self.sided_with(a)]
        target = [a for a in target if not self.framer(a)]
        target = [a for a in target if not self.thing_label(a)]
        target = [a for a in target if not self.gathering_place(a)]
        target = [a for a in target if not self.forces_moved(a, cand.token, source)]
        target = self.space_owner_dropped(cand, target)
        target = self.own_side(cand.type, source, target)
        # (session 42) a name that only describes the doer, or where a charge or demand was voiced
        target = [a for a in target if not doers_own_phrase(self.doc, a, source, cand.token)]
        if not source and (agents := passive_agents(self.doc, cand.token, target)
                           or expelling_body(self.doc, cand.token, target)):
            source, target = agents, [a for a in target if a not in agents]  # "condemned by the Assembly"
        if cand.type in ("ACCUSE", "REQUEST"):
            target = [a for a in blamed_on(self.doc, cand.token, target) if not spoken_scene(self.doc, a, cand.token)]
        ids = {id(a) for a in source}
        cand.source = source
        # "stepped down from his post": a possessive pronoun of the doer is no target
        own = {(a.code, a.name) for a in source}
        cand.target = [a for a in target if id(a) not in ids
                       and not (a.kind == "pronoun" and a.text.lower() in _POSSESSIVE and (a.code, a.name) in own)]
        if cand.type == "CONSULT" and cand.mode == "visit":
            # "hosted his counterpart in Abuja": one's own capital is where, not whom
            own = {a.country for a in source}
            cand.target = [a for a in cand.target if not (self.venue(a) and a.country in own)]
            if source and all(a.country for a in source) and cand.token.lemma_.lower() == "visit":
                # "the minister was visiting the town of Pandeglang": a trip inside one's own country
                # visits no other party (its government or forces named as such still count)
                cand.target = [a for a in cand.target if not (
                    a.country in own and a.kind != "pronoun" and (a.code is None or len(a.code) == 3))]
        if cand.type == "CONSULT" and cand.mode != "visit" or self.among(cand):
            # "held talks in Moscow with Putin", "Colombia and the FARC signed a deal in Havana":
            # where parties meet or sign is not who it is with
            cand.target = [a for a in cand.target if not self.venue(a)]
        if cand.type in _NO_SCENE_PARTY:
            cand.target = [a for a in cand.target if not self.scene_only(a, cand.token)]
        if self.joint_exercise(cand):
            # "held joint air patrols over the Sea of Japan": where allies train or patrol together
            # is a venue, not a party
            cand.target = [a for a in cand.target if not self.venue(a, wide=True)]

    def measure_against(self, verb: Token, source: list[Actor],
                        target: list[Actor]) -> tuple[list[Actor], list[Actor]]:
        """"UN sanctions against Iran were lifted": the measure's owner imposed it and the party
        it is "against" is the one it falls on, whatever the passive leaves unsaid."""
        nouns = [verb] if verb.pos_ == "NOUN" else _children(verb, _PASS_SUBJ | {"dobj"})
        for noun in nouns:
            if noun.lemma_.lower() not in _MEASURES:
                continue
            hit = _prep_objects(noun, {"against", "on"})
            if not hit:
                continue
            aimed = [a for p in hit for a in self.index.in_phrase(p, loose=False)]
            owners = [a for a in target if (r := _mention_root(self.doc, a)) is not None
                      and r.head.i == noun.i and r.dep_ in ("compound", "poss", "amod")]
            if aimed:
                target = _merge(aimed, [a for a in target if a not in owners])
                if not source:
                    source = owners
        return source, target

    def sided_with(self, actor: Actor) -> bool:
        """"fought on the Ukrainian side", "on the side of the rebels", "alongside Kurdish forces":
        the side one fights on is one's own, not whom one fights."""
        tok = _mention_root(self.doc, actor)
        while tok is not None and tok.head.i != tok.i and tok.dep_ in ("compound", "amod", "conj", "appos", "poss"):
            tok = tok.head
        if tok is None or tok.dep_ != "pobj":
            return False
        if tok.head.lower_ == "alongside":
            return True
        if tok.lower_ == "side" and tok.head.lower_ in ("on", "for"):
            # (singular: "called on both sides", "on the sides" are the plural parties appealed to)
            return True
        return tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "side" and tok.head.head.dep_ == "pobj" \
            and tok.head.head.head.lower_ in ("on", "for")

    def thing_label(self, actor: Actor) -> bool:
        """"sanctions over the SolarWinds hacking campaign": an uncoded name that only labels a
        thing or an act after it (a compound of a common noun that is no actor's word) is the
        name of what the act is about, not a party to it."""
        if actor.code or actor.kind not in ("organisation", "person"):
            return False
        tok = _mention_root(self.doc, actor)
        if tok is None or tok.dep_ != "compound" or tok.head.i <= tok.i:
            return False
        head = tok.head
        return head.pos_ == "NOUN" and head.is_lower and head.i not in self.index.by_token

    def framer(self, actor: Actor) -> bool:
        """"in protest at what he calls the government's incompetence", "against what they
        described as police brutality": the subject of a free relative that names the grievance
        only voices how he sees it; the act is aimed at what he names, never at him."""
        tok = _mention_root(self.doc, actor)
        if tok is None or tok.dep_ not in ("nsubj", "nsubjpass"):
            return False
        verb = tok.head
        return verb.lemma_.lower() in _FRAMING and any(
            c.lower_ == "what" and c.dep_ in ("dobj", "nsubjpass") and c.i < tok.i for c in verb.children)

    def envoy_recalled(self, verb: Token, target: list[Actor]) -> tuple[list[Actor], list[Actor]]:
        """(session 34) "Ambassador Nathan Meron was being recalled": a passive recall of an envoy
        coded with his own government names no doer, but the envoy's government is who recalls
        him (a state recalls only its own envoys); he is the doer's side, not the one the recall
        is aimed at (``event_anaphora.recall_hosts`` then aims it at the host state)."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("recall", "withdraw"):
            return [], target
        sent = [a for a in target if a.country and a.code == f"{a.country}GOV"
                and (r := _mention_root(self.doc, a)) is not None and r.dep_ == "nsubjpass"
                and r.head.i == verb.i and _envoy_word(r)]
        if not sent:
            return [], target
        return sent, [a for a in target if all(a is not e for e in sent)]

    def forces_moved(self, actor: Actor, verb: Token, source: list[Actor]) -> bool:
        """"willing to withdraw its troops", "threatened to call in troops against them": a
        doer's own forces that it moves are its means; the act is aimed elsewhere."""
        root = _mention_root(self.doc, actor)
        # ("recalled its ambassador from Peru": so are its own envoys, now coded as its government)
        envoy = root is not None and (root.lemma_.lower() in _ENVOYS
                                      or root.dep_ == "nsubjpass" and _envoy_word(root))
        # (session 35) "prompting Beijing to close its embassy": a state's own mission that it
        # closes or opens is its means, not the party the act is aimed at
        mission = root is not None and root.lemma_.lower() in _MISSIONS and root.dep_ == "dobj" \
            and root.head.lemma_.lower() in _MISSION_VERBS
        envoy = envoy or mission
        if actor.code is None and actor.kind != "pronoun":
            if not source or root is None or root.lemma_.lower() not in _FORCES | _ENVOYS:
                return False
        elif actor.country is None or actor.code not in (f"{actor.country}MIL", f"{actor.country}COP",
                                                           *([f"{actor.country}GOV"] if envoy else [])) \
                or actor.country not in {a.country for a in source if a.country}:
            return False
        if root is not None and envoy and root.dep_ == "nsubjpass" and root.head.i == verb.i \
                and root.head.lemma_.lower() in _MOVE_FORCES:
            return True  # (session 34) "Ambassador X was recalled by Israel": Israel's envoy
        if root is None or root.dep_ != "dobj" or root.head.lemma_.lower() not in _MOVE_FORCES | (
                _MISSION_VERBS if mission else frozenset()):
            return False
        mover = root.head
        return mover.i == verb.i or any(t.i == verb.i for t in mover.ancestors)

    def kin_of(self, actor: Actor) -> bool:
        """Whether a mention only says whose kin a party is: "Hamza bin Laden, son of the late
        Al-Qaeda founder Osama bin Laden, was killed" was done to the son alone."""
        root = _mention_root(self.doc, actor)
        if root is None:
            return False
        while root.dep_ in ("compound", "amod", "conj") and root.head.i != root.i:
            root = root.head
        kin = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
        return kin is not None and kin.lemma_.lower() in _KIN and kin.dep_ == "appos"

    def beside_patient(self, verb: Token, target: list[Actor], source: list[Actor] = ()) -> list[Actor]:
        """The targets less bare places of the act: "was arrested at his home in Massachusetts" is
        done to the man; where it happens is no further party once whom it is done to is named.
        The doer's own state (or, with no doer found yet, any state) named as the place ("in
        Pakistan, Waseem was sentenced by a court") goes too when anyone else is a target, however
        the parser hung the names."""
        held = {t.i for o in _children(verb, {"dobj"} | _PASS_SUBJ) for t in o.subtree}
        patients = [a for a in target if not _bare_place(a)
                    and (r := _mention_root(self.doc, a)) is not None and r.i in held]
        if patients:
            return [a for a in target if not (_bare_place(a) and self.located(a))]
        home = {a.country for a in source if a.country}
        if any(not _bare_place(a) and a.kind != "pronoun" for a in target):
            return [a for a in target if not (_bare_place(a) and (not home or a.country in home) and self.located(a))]
        return target

    def answered_scene(self, actor: Actor, act: Token) -> bool:
        """Whether a bare place is where the act noun ``act`` is escaped or answered, not done:
        any place of an act one flees ("fled house arrest in San Diego": the act is the escape),
        else a place phrase of the answering verb itself."""
        if not (_bare_place(actor) and self.located(actor)):
            return False
        if fled(act):
            return True
        root = _mention_root(self.doc, actor)
        while root is not None and root.dep_ in ("compound", "amod", "poss", "conj", "appos"):
            root = root.head
        return root is not None and root.dep_ == "pobj" and root.head.head.i == act.head.i

    def located(self, actor: Actor) -> bool:
        """Whether a mention sits in a phrase of place ("in Massachusetts", "at a Paris hotel")."""
        root = _mention_root(self.doc, actor)
        while root is not None and root.head.i != root.i and (
                root.dep_ in ("compound", "amod", "poss", "conj", "appos")
                or root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _AREAS):
            root = root.head if root.dep_ != "pobj" else root.head.head  # ("the state of Massachusetts")
        return root is not None and root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE

    def for_reason(self, verb: Token, source: list[Actor],
                   target: list[Actor]) -> tuple[list[Actor], list[Actor]]:
        """"jailed for insulting the king", "arrested for spying for Israel": a "for" phrase of a
        state act gives the reason, whose parties are not the ones punished; in "for contempt of
        parliament" the body held in contempt is the one that punishes."""
        reasons = _prep_objects(verb, {"for"})
        if not reasons:
            return source, target
        inside = {t.i for r in reasons for t in r.subtree}
        if not source:
            for held in (p for r in reasons if r.lemma_.lower() == "contempt" for p in _prep_objects(r, {"of"})):
                source = self.index.in_phrase(held, loose=False)
                break
        kept = [a for a in target if (root := _mention_root(self.doc, a)) is None or root.i not in inside]
        return source, kept

    def own_side(self, kind: str, source: list[Actor], target: list[Actor]) -> list[Actor]:
        """The targets less the doers named again: "Russian and Ukrainian officials agreed on the
        transit of Russian gas" has Russia once, as a doer (a reflexive pronoun may still be a
        target, and another person or body of the same code, "Johnson asked the Queen", is one);
        and "Putin and Zelensky agreed ... in eastern Ukraine": a bare state of one of several
        partners is where or what they agree about, not a further party."""
        codes = {a.code for a in source if a.code}
        names = {(a.code, a.text.lower()) for a in source}
        target = [a for a in target if not (a.code in codes and a.kind != "pronoun" and (
            a.kind not in ("person", "organisation") or (a.code, a.text.lower()) in names)
            and not ((kind in ("ASSAULT", "COERCE") or self.freed(a)) and self.other_patient(a, names))
            and not (kind in ("ASSAULT", "COERCE") and self.home_scene(a, names)))]
        if kind in _COOP_TYPES | {"AGREE"} and len(source) > 1:
            states = {a.country for a in source if a.country}
            target = [a for a in target if not (a.code and a.code == a.country and a.country in states)]
        if source:
            target = [a for a in target if not self.doers_own(a, source, codes)]
        home = {a.country for a in source if a.country and a.code and a.code.startswith(a.country)}
        if kind in ("AGREE", "RETREAT") and home and all(a.country in home for a in source):
            # "Kostunica promised to democratize Serbia": what a state's own leaders pledge to do
            # for their country is aimed at no other party; "completed their withdrawal from a
            # Bosnian town": a place of one's own state is where one withdraws from
            # (people freed are still whom the act is done to: "Israel released prisoners")
            target = [a for a in target if not (a.code and a.code == a.country and a.country in home
                                                and not (a.kind != "country" and self.freed(a)))]
        if kind == "PROTEST" and len({a.country for a in target if _bare_place(a) and self.located(a)}) > 1:
            # "marched in New York, London and Berlin": a protest placed in several states is aimed
            # at none of them by being there
            target = [a for a in target if not (_bare_place(a) and self.located(a))]
        if kind == "MOBILIZE":
            # "ordered patrols by police and soldiers": a state's own forces are what it musters
            target = [a for a in target if not (a.country in home and a.code in (
                f"{a.country}MIL", f"{a.country}COP"))]
        if kind in ("AGREE", "RETREAT", "AID") and home:
            # (session 47) "Brazil has offered about 1,200 soldiers", "would withdraw most of its
            # 2,000 troops": a state's own forces it offers, sends or pulls out are what it
            # gives or moves, not whom the act is aimed at (those it frees still are)
            target = [a for a in target if not (a.country in home and a.code == f"{a.country}MIL"
                                                and self.moved_object(a))]
        return target

    def moved_object(self, actor: Actor) -> bool:
        """Whether a mention is the direct object of a verb of offering, sending or pulling out
        ("offered soldiers"), also after a share of it ("withdraw most of its troops")."""
        root = _mention_root(self.doc, actor)
        if root is not None and root.dep_ == "pobj" and root.head.lower_ == "of":
            root = root.head.head
        return root is not None and root.dep_ == "dobj" and root.head.lemma_.lower() in _MOVING_FORCES

    def carried(self, tok: Token, source: list[Actor]) -> list[Actor]:
        """"attacked a convoy carrying Egyptian workers", "opened fire on a bus carrying pilgrims":
        a blow at a vehicle that names no one is aimed at the people it carries, named in the
        participle on the object, which the argument walk (keeping to the object's own phrase and
        never entering its clauses) does not reach."""
        struck = _children(tok, {"dobj", "nsubjpass"}) + _prep_objects(tok, {"on", "at", "against"})
        found: list[Actor] = []
        for obj in struck:
            if self.index.in_phrase(obj, loose=False):
                continue  # the object names its own party
            for acl in _children(obj, {"acl"}):
                if acl.lemma_.lower() in _CARRYING:
                    found = _merge(found, *(self.index.in_phrase(o, loose=False) for o in _children(acl, {"dobj"})))
            found = _merge(found, *(self.index.in_phrase(c, loose=False) for c in _conveners(obj)))
        return [a for a in found if a not in source and a.country]  # (else the scene speaks)

    def proposer(self, tok: Token, source: list[Actor]) -> list[Actor]:
        """"rejected an offer of talks from South Korea", "accepted a plan for a truce put forward by
        Qatar": turning down or accepting a proposal is aimed at whoever made it, named in a "from" or
        "by" phrase that the small model often hangs on a noun of the proposal's "of"/"for" chain
        (or on a participle such as "put forward"), beyond the object phrase the walk reads."""
        found: list[Actor] = []
        for obj in _children(tok, {"dobj", "nsubjpass"}):
            if obj.lemma_.lower() not in _PROPOSALS:
                continue
            nodes, i = [obj], 0
            while i < len(nodes) and len(nodes) < 6:
                node = nodes[i]
                i += 1
                for child in node.children:
                    if child.dep_ == "prep" and child.lower_ in ("from", "by"):
                        found = _merge(found, *(self.index.in_phrase(p, loose=False) for p in _children(child, {"pobj"})))
                    elif child.dep_ == "prep" and child.lower_ in ("of", "for"):
                        nodes += _children(child, {"pobj"})
                    elif child.dep_ == "acl":
                        nodes.append(child)  # ("a plan put forward by Qatar")
                    elif child.dep_ == "agent":
                        found = _merge(found, *(self.index.in_phrase(p, loose=False) for p in _children(child, {"pobj"})))
        return [a for a in found if a not in source]

    def home_scene(self, actor: Actor, names: set[tuple[str | None, str]]) -> bool:
        """"Iraqi helicopters fired rockets at villages near Kirkuk": force used at a named place of
        the doer's own state is aimed at that state (the PLOVER and CAMEO coders' IRQ→IRQ for a
        government striking its own regions). A place named in a place phrase and apart from the
        doer's own words is no repetition of the doer; "Iraqi troops" twice would be."""
        return _bare_place(actor) and (actor.code, actor.text.lower()) not in names and self.located(actor)

    def other_patient(self, actor: Actor, names: set[tuple[str | None, str]]) -> bool:
        """"Usman Khan stabbed several people": one the act is done to, named apart from the doer,
        is a party of its own though both are coded as the same country's civilians."""
        root = _mention_root(self.doc, actor)
        return root is not None and (actor.code, actor.text.lower()) not in names \
            and root.dep_ in ("dobj", "nsubjpass") and root.head.pos_ == "VERB"

    def freed(self, actor: Actor) -> bool:
        """"Israel released prisoners": the people a verb of freeing sets loose are its target though
        the actors stage codes unnamed captives with the sentence's state; whose captives they are is
        not the releaser's own body (the possessive case, "freed their fighters", is ``doers_own``)."""
        root = _mention_root(self.doc, actor)
        while root is not None and root.dep_ == "conj" and root.head.i != root.i:
            root = root.head  # "released prisoners and detainees"
        return root is not None and root.head.lemma_.lower() in RELEASES

    def doers_own(self, actor: Actor, source: list[Actor], codes: set[str | None]) -> bool:
        """Whether a target is the doers' own body named by a possessive pronoun: "Biden and Xi
        agreed that their governments would resume talks" (several doers and "their"), "said
        its forces would withdraw" (the subject of a clause the act governs), or "the rebels freed
        their fighters" (the object of a verb whose subject is the doer). A mention coded with
        another state is left alone."""
        if actor.kind == "pronoun" or (actor.code is not None and actor.code not in codes):
            return False
        root = _mention_root(self.doc, actor)
        if root is None:
            return False
        owners = [c for c in root.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVE]
        if not owners:
            return False
        subj = _children(root.head, {"nsubj"}) if root.dep_ == "dobj" else []
        if subj and owners[0].lower_ in ("its", "their"):
            # the pronoun must agree with the subject: "Israel freed their prisoners" is someone else's
            plural = subj[0].tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj[0].children)
            doers = {t.i for t in subj[0].subtree}
            if plural == (owners[0].lower_ == "their") and any(
                    (r := _mention_root(self.doc, a)) is not None and r.i in doers for a in source):
                return True
        if owners[0].lower_ == "their" and len(source) > 1:
            return True
        return root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ in ("ccomp", "xcomp") \
            and owners[0].lower_ in ("their", "its", "our")

    def space_owner_dropped(self, cand: Candidate, target: list[Actor]) -> list[Actor]:
        """"closed EU airspace to Russian aircraft": the space's owner is no target when a "to"
        party is named (see ``shut_space_owners``)."""
        if cand.token.pos_ != "VERB" or len(target) < 2:
            return target
        owners = set().union(*(shut_space_owners(v) for v in [cand.token] + _children(cand.token, {"xcomp"})))
        roots = {id(a): _mention_root(self.doc, a) for a in target}
        return [a for a in target if not (roots[id(a)] is not None and roots[id(a)].i in owners)]

    def site_owner(self, actor: Actor) -> bool:
        """Whether a mention only says whose plant or site a noun is ("German factories")."""
        tok = _mention_root(self.doc, actor)
        if tok is None:
            return False
        while tok.dep_ == "conj" and tok.head.i != tok.i:  # "Austrian, British and Kiwi sites": the first decides
            tok = tok.head
        return tok.dep_ in ("amod", "compound", "nmod") and tok.head.lemma_.lower() in _SITES

    def city(self, actor: Actor) -> bool:
        """Whether a state's mention is a city's name (a capital), not its seat of power."""
        if actor.kind != "country":
            return False
        form = country_forms().get(actor.text)
        return form is not None and form.form == "capital"

    def among(self, cand: Candidate) -> bool:
        """Whether several parties act together ("Colombia and the FARC signed a deal"): then a
        place named is where they met or signed, not a party). A pact struck or reached is made
        together however many doers are named ("a deal struck in Switzerland last month")."""
        return cand.type in _COOP_TYPES | {"AGREE"} and (
            len(cand.source) > 1 or cand.type == "AGREE" and cand.trigger.frame == "sym")

    def joint_exercise(self, cand: Candidate) -> bool:
        """Whether the act is drills or patrols held jointly ("Russia and China held joint air
        patrols", "joint naval exercises"): several doers, or a "joint" word on the act."""
        tok = cand.token
        if cand.type not in ("COOPERATE", "MOBILIZE"):
            return False
        noun = tok if tok.pos_ in ("NOUN", "PROPN") else next(iter(_children(tok, {"dobj"})), tok)
        drill = noun.lemma_.lower() in _DRILLS_OR_PATROLS
        joint = any(c.lemma_.lower() in _JOINT for c in noun.children if c.dep_ in ("amod", "compound"))
        return drill and (joint or len(cand.source) > 1)

    def forum(self, actor: Actor) -> bool:
        """Whether a mention is a court named as where a case is brought ("at the ICJ",
        "before the High Court", "in a federal court")."""
        root = _mention_root(self.doc, actor)
        if root is None or root.dep_ != "pobj" or root.head.lower_ not in ("at", "before", "in"):
            return False
        return (actor.sector == "JUD" or (actor.code or "").endswith("JUD")
                or root.lemma_.lower() in _COURTS)

    def holders(self, held: list[Actor], home: set[str]) -> list[Actor]:
        """Who holds the people named: the "by" agent of a participle of holding on them ("two
        fishermen detained by Libyan coast guards") or the foreign state of the place they are held
        in ("held in Iraqi prisons"); never the demander's own state."""
        found: list[Actor] = []
        for actor in held:
            root = _mention_root(self.doc, actor)
            if root is None:
                continue
            parts = _children(root, {"acl", "relcl"})
            parts += [c for p in parts for c in _children(p, {"ccomp"})]  # ("who it says are held in")
            for part in parts:
                if part.lemma_.lower() not in _HOLDING:
                    continue
                for pobj in _prep_objects(part, {"by", "in", "at"}):
                    found = _merge(found, [a for a in self.index.in_phrase(pobj, loose=False)
                                           if a.country and a.country not in home])
        return found

    def released(self, tok: Token, target: list[Actor]) -> list[Actor]:
        """The targets named as the ones to be freed by a demand: in the "of" phrase of a release
        noun that the trigger asks for ("demanded the release of X", "called for his release")."""
        asked = _children(tok, {"dobj"}) + _prep_objects(tok, {"for"})
        nouns = [n for n in asked if n.lemma_.lower() in _RELEASE_NOUNS]
        if not nouns:
            return []
        freed = [c for n in nouns for c in _children(n, {"poss"})]
        freed += [o for n in nouns for p in _children(n, {"prep"}) if p.lower_ == "of"
                  for o in _children(p, {"pobj"})]
        for tok_ in list(freed):  # "the release of X and Y", "of its reporter, X"
            freed += [c for c in tok_.subtree if c.dep_ in ("conj", "appos")]
        inside = {t.i for t in freed}
        return [a for a in target if (r := _mention_root(self.doc, a)) is not None and r.i in inside]

    def captors_here(self, tok: Token, home: set[str]) -> list[Actor]:
        """Who the trigger's sentence says seized or holds people ("after Russia's security
        service detained him"): the doers of a verb of holding in the same sentence, of another
        state than the demander's."""
        found: list[Actor] = []
        for verb in tok.sent:
            if verb.pos_ != "VERB" or verb.i == tok.i or verb.lemma_.lower() not in _HOLDING:
                continue
            doers = _children(verb, {"nsubj"}) + _prep_objects(verb, {"by"})
            for doer in doers:
                found = _merge(found, [a for a in self.index.in_phrase(doer, loose=False)
                                       if a.country and a.country not in home])
        return found

    def complaint_forum(self, actor: Actor) -> bool:
        """Whether a mention is a world body a complaint is taken "to" or lodged "with" (the UN,
        its Security Council, an IGO), which hears it rather than stands accused."""
        root = _mention_root(self.doc, actor)
        while root is not None and root.dep_ in ("compound", "amod") and root.head.i != root.i:
            root = root.head
        return root is not None and root.dep_ == "pobj" and root.head.lower_ in ("with", "to") \
            and (actor.code or "")[:3] in INTERGOVERNMENTAL

    def complained_of(self, tok: Token, source: list[Actor]) -> list[Actor]:
        """The actors of an "against" phrase anywhere in the complaint's clause, the subject left
        out ("lodged a complaint with the Council against Israel": the parser hangs "against" on
        the Council), never the complainant's own."""
        verb = tok if tok.pos_ in ("VERB", "AUX") else (_verb_of(tok) or tok)
        subjects = {t.i for c in _children(verb, _SUBJ) for t in c.subtree}
        home = {a.country for a in source if a.country}
        found: list[Actor] = []
        for prep in verb.subtree:
            if prep.dep_ == "prep" and prep.lower_ == "against" and prep.i not in subjects:
                for pobj in _children(prep, {"pobj"}):
                    found = _merge(found, [a for a in self.index.in_phrase(pobj, loose=False)
                                           if a.country and a.country not in home])
        return found

    def prize(self, actor: Actor, tok: Token) -> bool:
        """Whether a mention is what the act is fought "for" ("the battle for Mosul", "the fight
        for control of Raqqa"), not whom it is fought against."""
        root = _mention_root(self.doc, actor)
        while root is not None and root.dep_ in ("compound", "amod", "conj", "appos") and root.head.i != root.i:
            root = root.head
        if root is not None and root.dep_ == "pobj" and root.head.lower_ == "of" \
                and root.head.head.lemma_.lower() in ("control", "possession", "capture"):
            root = root.head.head  # ("for control of Idlib")
        return root is not None and root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.i == tok.i

    def own_name_word(self, actor: Actor, source: list[Actor]) -> bool:
        """Whether a bare state target is only a word in the proper name of a thing (a pact, a
        zone, a project) and the doer is of that same state: "Li Qiang signed the upgrade of
        the China-ASEAN Free Trade Area" is not done by China to China (the other state in the
        name may still be the counterpart)."""
        if not _bare_place(actor) or not any(a.country == actor.country for a in source):
            return False
        root = _mention_root(self.doc, actor)
        if root is None or root.dep_ not in ("compound", "amod", "nmod"):
            return False
        head = root.head
        while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i:
            head = head.head
        return head.i > root.i and head.pos_ == "PROPN" and root.ent_type_ == head.ent_type_ \
            and head.ent_type_ in _NAMED_THINGS

    def in_name_of(self, actor: Actor, others: list[Actor]) -> bool:
        """Whether a bare state is a compound word in the name of another coded actor of that
        state in the same slot ("United States" in "the United States District Court")."""
        if not _bare_place(actor):
            return False
        root = _mention_root(self.doc, actor)
        if root is None or root.dep_ != "compound":
            return False
        while root.dep_ == "compound" and root.head.i != root.i:
            root = root.head
        return any(o is not actor and o.country == actor.country and o.code != o.country
                   and (r := _mention_root(self.doc, o)) is not None and r.i == root.i for o in others)

    def fellow(self, actor: Actor, tok: Token) -> bool:
        """Whether a mention is the "with" object of a protest word or of the verb holding it
        ("a protest with veterans", "joined a march with workers")."""
        root = _mention_root(self.doc, actor)
        while root is not None and root.dep_ in ("compound", "amod", "conj", "appos") and root.head.i != root.i:
            root = root.head
        if root is None or root.dep_ != "pobj" or root.head.lower_ != "with":
            return False
        host = root.head.head
        return host.i == tok.i or (tok.dep_ == "dobj" and host.i == tok.head.i)

    def battle_name(self, actor: Actor, tok: Token) -> bool:
        """Whether a place names the battle it modifies ("the Raqqa battle", "the battle of
        Mosul"): such a name says where the fighting was, not who fought."""
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in BATTLES:
            return False
        root = _mention_root(self.doc, actor)
        while root is not None and root.dep_ in ("compound", "conj", "appos") and root.head.i != root.i \
                and root.head.i != tok.i:
            root = root.head
        if root is None:
            return False
        if root.dep_ == "compound" and root.head.i == tok.i:
            return True
        return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i == tok.i

    def beneficiary_place(self, actor: Actor, verb: Token) -> bool:
        """Whether a state is named only as what a requested thing is for ("funds for Somalia",
        "appealed for aid for Yemen"), not as who is asked."""
        if actor.code != actor.country:
            return False  # a government or group named after "for" may itself be the one asked
        root = _mention_root(self.doc, actor)
        if root is None or root.dep_ != "pobj" or root.head.lower_ != "for":
            return False
        host = root.head.head
        return host.pos_ in ("NOUN", "NUM", "SYM") or (host == verb and len(_prep_objects(verb, {"for"})) > 1)

    def condition_party(self, verb: Token, source: list[Actor]) -> list[Actor]:
        """Coded actors that are the subject of an "if"/"unless" clause on the verb."""
        found: list[Actor] = []
        for clause in _children(verb, {"advcl"}):
            if acting_condition(clause):
                for subj in _children(clause, {"nsubj", "nsubjpass"}):
                    found = _merge(found, [a for a in self.index.in_phrase(subj, loose=False)
                                           if a.country and a not in source])
        return found

    def toward(self, tok: Token) -> bool:
        """Whether a mention inside the mustered object is a place it names ("troops to Kuwait",
        "its forces in Crimea"): where forces go or stand is what the show of force concerns."""
        for t in [tok, *tok.ancestors][:4]:
            if t.dep_ == "pobj" and t.head.lower_ != "of":
                return True
            if t.dep_ in ("dobj", "ROOT"):
                break
        return False

    def border_faced(self, verb: Token, source: list[Actor]) -> list[Actor]:
        """"massed troops near its border with Ukraine", "drills around Taiwan": the state across
        the border, or the land the forces ring, is whom a show of force faces."""
        home = {a.country for a in source if a.country}
        hosts = [verb, *_children(verb, {"dobj"}), *_prep_objects(verb, {"of"})]
        if verb.dep_ == "dobj":
            hosts.append(verb.head)  # "staged drills around Taiwan"
        found: list[Actor] = []
        for host in hosts:
            for place in _prep_objects(host, {"near", "along", "on", "at", "to", "toward", "towards"}):
                if place.lemma_.lower() in ("border", "frontier", "boundary"):
                    for other in _prep_objects(place, {"with"}):
                        found = _merge(found, self.index.in_phrase(other, loose=False))
            for ring in _prep_objects(host, {"around", "encircling", "surrounding"}):
                found = _merge(found, self.index.in_phrase(ring, loose=False))
        return [a for a in found if a.country and a.country not in home]

    def means_target(self, verb: Token, source: list[Actor]) -> list[Actor]:
        """"Azerbaijani troops violated the ceasefire by firing on Armenian positions", "breached the
        truce with artillery fire on Eritrean positions", "retaliated by expelling Iran's envoy":
        when the act's own object names no party, the deed it was done by names whom it hit
        (the gerund's object or its on/at/against/into phrase, or the act noun's after "with").
        Never the doer or its own state."""
        deeds = [c for p in _children(verb, {"prep"}) if p.lower_ == "by"
                 for c in _children(p, {"pcomp", "pobj"}) if c.tag_ == "VBG"]
        deeds += [c for p in _children(verb, {"prep"}) if p.lower_ == "with"
                  for c in _children(p, {"pobj"}) if c.pos_ == "NOUN" and self.names_act(c)]
        home = {a.country for a in source if a.country}
        found: list[Actor] = []
        for deed in deeds:
            hit = _children(deed, {"dobj"}) + _prep_objects(deed, {"on", "at", "against", "into", "upon"})
            for obj in hit:
                found = _merge(found, [a for a in self.index.in_phrase(obj) if a not in source])
        return [a for a in found if a.country and a.country not in home]

    def purpose_party(self, tok: Token, source: list[Actor]) -> list[Actor]:
        """"Uganda sent troops to help Somalia fight al-Shabaab", "Italy sent a frigate to evacuate
        Italian citizens from Albania", "moved tanks to the border to deter Russia": forces sent or
        moved for a purpose concern the first foreign party that purpose names (the doer's own
        people or forces are its means)."""
        verb = tok if tok.pos_ in ("VERB", "AUX") else _verb_of(tok)
        if verb is None:
            return []
        home = {a.country for a in source if a.country}
        hosts = [verb, *_children(verb, {"dobj"})]
        for clause in (c for h in hosts for c in _children(h, {"advcl", "xcomp", "acl", "relcl"})):
            if clause.pos_ not in ("VERB", "AUX") or not to_infinitive(clause):
                continue
            found = [a for t in clause.subtree if (a := self.index.roots.get(t.i)) is not None and a.country
                     and a.country not in home and a.kind != "pronoun" and a.sector not in ("JRN", "MED")
                     and a not in source]
            if found:
                return found[:1]
        return []

    def provoker(self, tok: Token, source: list[Actor]) -> list[Actor]:
        """"Taiwan put its military on alert as Chinese ships approached", "the Greek army called up
        reservists after Turkish warships entered disputed waters", "in response to U.S.
        provocations": a show of force with no party of its own faces the foreign state whose move
        the sentence gives as its occasion (the subject of an as/after/when clause, or the actors of
        an after/following/amid or "in response to" phrase). The doer's own state is never it."""
        verb = tok if tok.pos_ in ("VERB", "AUX") else _verb_of(tok)
        if verb is None:
            return []
        home = {a.country for a in source if a.country}
        found: list[Actor] = []
        for clause in _children(verb, {"advcl"}):
            if not any(m.dep_ == "mark" and m.lower_ in _OCCASIONS for m in clause.children):
                continue
            for subj in _children(clause, _SUBJ | _PASS_SUBJ):
                found = _merge(found, self.index.in_phrase(subj, loose=False))
        for prep in _children(verb, {"prep"}):
            word = prep.lower_
            if word == "in" and any(p.lemma_.lower() in ("response", "retaliation") for p in _children(prep, {"pobj"})):
                phrases = [o for p in _children(prep, {"pobj"}) for o in _prep_objects(p, {"to", "for"})]
            elif word in _OCCASIONS:
                phrases = _children(prep, {"pobj", "pcomp"})
            else:
                continue
            for phrase in phrases:
                found = _merge(found, self.index.in_phrase(phrase, loose=True))
        return [a for a in found if a.country and a.country not in home and a.kind != "pronoun"
                and a.sector not in ("JRN", "MED")]

    def gathering_place(self, actor: Actor) -> bool:
        """"pressed for a new meeting in Brussels", "called for talks in Geneva": a place where a
        meeting is held is its venue, never the party an act is aimed at."""
        root = _mention_root(self.doc, actor)
        return root is not None and root.ent_type_ in ("GPE", "LOC", "FAC") and root.dep_ == "pobj" \
            and root.head.lower_ in ("in", "at") and root.head.head.lemma_.lower() in _GATHERINGS

    def scene_only(self, actor: Actor, verb: Token) -> bool:
        """Whether a mention is only the place where something is backed or signed ("the protocol
        was signed at the Guliston border crossing", "deals signed in Cairo"). Why (session 28,
        judged fresh news): a backing or signing is aimed at a party, never at the town it is
        done in; judges marked such venues a wrong party."""
        return (_bare_place(actor) and self.located(actor) or self.venue(actor)) \
            and _on_verb(_mention_root(self.doc, actor), verb)

    def landform(self, actor: Actor) -> bool:
        """(session 47) "the oil-rich Bakassi peninsula belongs to Cameroon": a place's name on a
        landform noun names the land, which does nothing (the parser may make it the subject of
        the court's "ordered")."""
        root = _mention_root(self.doc, actor)
        return root is not None and names_land(root)

    def fired_from(self, actor: Actor, trigger: Token) -> bool:
        """Whether a mention lies in a "from" phrase of the firing verb (its origin)."""
        froms = [p for p in trigger.children if p.dep_ == "prep" and p.lower_ == "from"]
        # ("fired from fields outside Akcakale": the parser may hang "outside" on the verb)
        origin = {t.i for p in trigger.children if p.dep_ == "prep" and (p.lower_ == "from" or froms
                                                                          and p.lower_ == "outside")
                  for t in p.subtree}
        root = _mention_root(self.doc, actor)
        return root is not None and root.i in origin and trigger.lemma_.lower() in FIRING_VERBS

    def venue_dropped(self, cand: Candidate) -> None:
        """(session 47) "condemned the raids from his headquarters in Ramallah", "blocked the
        treaty in Geneva": a town or state named only as where a blame, refusal or appeal was
        made is not whom it is aimed at (batch AV's judges counted such venues a wrong party).
        Not a retreat: "until Israel halts its offensive in Gaza" is aimed at that place. Run
        on the final type."""
        if cand.type in _NO_VENUE_PARTY:
            cand.target = [a for a in cand.target if not (
                _bare_place(a) and self.venue(a) and not self.scene_of_strife(a)
                and not (cand.type == "ACCUSE" and self.scene_of_deed(a, cand.token)))]
        cand.source = [a for a in cand.source if not (_bare_place(a) and self.landform(a))]

    def scene_of_deed(self, actor: Actor, trigger: Token) -> bool:
        """"Poland condemned the arrest of a Polish reporter in Minsk": a place inside the deed
        condemned says who did it (the state there), unlike where the condemner spoke from."""
        root = _mention_root(self.doc, actor)
        deeds = {t.i for c in trigger.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree}
        return root is not None and root.i in deeds

    def scene_of_strife(self, actor: Actor) -> bool:
        """"demanded parties to the conflict in Iraq to allow ...": a place that says where a war
        or crisis is names the party the demand is about, not where it was made."""
        root = _mention_root(self.doc, actor)
        return root is not None and root.dep_ == "pobj" and root.head.head.lemma_.lower() in _STRIFE

    def venue(self, actor: Actor, wide: bool = False) -> bool:
        """Whether a mention is a place introduced by "in"/"at" ("talks at the Kremlin"); ``wide``
        also takes "over"/"off"/"across" and a name inside a place's name ("the Sea of Japan")."""
        root = _mention_root(self.doc, actor)
        if root is None:
            return False
        if wide:
            if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in ("NOUN", "PROPN") \
                    and (root.head.head.ent_type_ in ("LOC", "FAC", "GPE")
                         or root.head.head.lemma_.lower() in WATERS):
                return True  # "the Sea of Japan", "the coast of Sri Lanka", "the Gulf of Oman"
            if root.ent_type_ in ("GPE", "LOC", "FAC") and root.dep_ == "pobj" \
                    and root.head.lower_ in ("in", "at", "inside", "over", "off", "across", "around"):
                return True
        if root.dep_ in ("amod", "compound") and root.head.pos_ == "NOUN" and root.head.dep_ == "pobj" \
                and (root.head.head.lower_ in ("at", "inside")
                     or root.head.head.lower_ == "in" and root.head.lemma_.lower() in _TOWN_NOUNS):
            # "met them at an Irish pub", "a summit in the Nigerian capital": the place's
            # nationality, not a party
            return True
        if root.ent_type_ in ("ORG", "FAC") and root.dep_ == "pobj" and root.head.lower_ == "at" \
                and root.head.head.pos_ in ("VERB", "NOUN"):
            return True  # "signed the accord at the State Department": the building hosts the act
        return (root.ent_type_ in ("GPE", "LOC", "FAC") and root.dep_ == "pobj"
                and root.head.lower_ in ("in", "at", "inside"))


# (session 43) the press as the audience of a speech
_PRESS = frozenset({"reporter", "journalist", "press", "correspondent", "medium", "media", "newsman"})
_ADDRESSING = frozenset({"address", "tell", "brief", "inform"})


def _press_audience(root: Token, trigger: Token) -> bool:
    """Whether a mention is the press a speech is given to ("addressed reporters", "told
    journalists"), while the act is another word's ("calling for ..."): reporters are the audience."""
    return root.lemma_.lower() in _PRESS and root.dep_ in ("dobj", "dative") \
        and root.head.lemma_.lower() in _ADDRESSING and root.head.i != trigger.i

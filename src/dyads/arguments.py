"""Argument phrases of events: "Iraqi troops" launched an assault on "the last ISIS group bastion".

The events stage names the actors (``Event.source``/``Event.target``); this stage marks the whole
phrase each side of the trigger fills, as news annotators do (the CAMEO participant convention of
``gold/cameo_actors_train.txt``), so a reader sees who did what to whom in the text itself.

Conventions (learnt from the development half of that gold file):
- a phrase is the dependency subtree of the argument's head noun: determiners, modifiers, "of"
  and "in" phrases and appositions stay in ("the last ISIS group bastion in the country");
- relative clauses, infinitives and most participle clauses go out ("another ethnic Chechen
  [who had fought ...]"), also deeper inside a kept modifier ("the shrine of leader Khomeini
  [that ...]", with dates and described appositions there too); passive participles with their
  agent stay ("the missiles fired by the Israeli military"); dates, "on ..." phrases and edge
  punctuation go out; so do "in/at" a capital or seat of power after anything but an
  organisation ("the Egyptian ambassador [in Berlin]", but "the U.S. Embassy in Athens") and
  "of ..." after a state ("accusations by the US [of genocide]");
  an apposition with "a/an" after anything but a person is a description and goes out ("Estonia
  [, a small country in Northern Europe]"; "Ali Kushayb, a Sudanese militia leader" stays);
- coordinated parties are separate phrases ("the United Kingdom" and "France"; "Belgian people"
  and "Belgian Government": a noun with a named state's modifier counts as a party), except the
  joint subject of a reciprocal event ("US and China have agreed"), which is one phrase;
- a light object is looked through: "launched an assault ON X", "expressed concern FOR X" give X
  (and no target when no preposition names one); a measure or dealing is looked through when a
  preposition names a party and kept whole otherwise ("lifted its blockade OF Yemen", "shared
  evidence WITH India", "a state of emergency IN X"; "rejected a request by X" stays whole);
- the subject's own forces are looked through to the place named ("withdraw its troops FROM X",
  "strengthened its forces IN Crimea"); a complement's object is read like a direct object
  ("refused to lift sanctions ON Iran"); an event noun in a compound takes its parties from the
  whole compound ("a mediation effort BETWEEN India and Pakistan", or its purpose: "an effort to
  resolve the rift BETWEEN X and Y");
- a claim points at its claimant: "denied charges BY X", "conceded to demands FROM X" give X;
- a sum or quantity is never the target: whoever receives it is ("lent $1 billion TO Indonesia",
  "provided 6 million euros to help HAITI cope"); nor is a thing handed to a named party
  ("returned a manuscript TO Italian authorities", also in the passive);
- a phrase contains the actor mention the events stage found for that side; when the parse gives
  no phrase whose subtree does, the actor's own noun phrase is used (a pronoun actor never
  replaces a named phrase the parse found: "Gorbachev announces that he is resigning", nor does
  a mention that is only the matter looked through: "its troops" in "withdraw its troops from
  X"); the subject of "X is willing/ready to" is X; a slot
  whose phrase holds only the other side's actors changes sides ("at the request of Trudeau":
  Trudeau is the source);
- a coordinated subject of a joint verb whose complement names no party is one reciprocal phrase
  ("Britain and Germany agreed to share information", also "UK and EU negotiators agreed" and
  "the armies of X and Y"); an apposition naming the event itself (", an attack that ...") is cut;
- a name is never cut in two, and two person names back to back are one ("Omar al - Bashir" when
  the parser hung "al - Bashir" elsewhere); an object or subject the parser split in two with
  nothing between the halves is one phrase ("his counterpart | Italian President X"), and a
  second object it hung on the verb is still an object ("banned the ANC and the PAC"); a phrase
  inside another of the same side is dropped;
- a pronoun subject of a clause under an adjective or adverbial gives the named subject above
  ("X has made it clear it will not ..."); a state act in the passive with no agent (arrest,
  expel, ban) names the state it was done in ("was arrested in Rwanda": Rwanda);
- more look-through: "curbs to and from X" (coordinated prepositions), "lifted the state of
  emergency [verb:] in X" (the parser hung the party on the verb), "claimed responsibility for
  the attack ON X", "withdrew peacekeepers FROM X" (forces moved are the mover's own, with or
  without "its"); "four of the states" is some of the parties, not a sum; the event itself as a
  passive subject ("the exercise was staged by ...") is no target.
- set phrases of purpose or cause ("in a bid to", "in response to") hold no party; "X and other
  Ys" names two parties; a dispatched team or "the batch of 200 peacekeepers" is looked through to
  the place; the object holding a nominal trigger is read like a direct object ("declared a state
  of EMERGENCY in X": X); a protest's purpose clause names its target ("a hunger strike to protest
  AGAINST X").
- a hyphenated word is never cut ("two ex-ministers"); an office and its holder the parser split
  are one party ("the UAE Ambassador [to Bahrain], Abdulridha Khori"), so is a two-field
  portfolio ("Minister of Foreign Affairs and Expatriates of ..."); a condemned act points at
  its doer ("the threats made BY X"), a measure on a trade at where it goes ("curbs on exports
  of wheat TO Cuba"), a part at its whole's party ("some of its restrictions on X").
- a site's place or people's group the parser hung on the verb stays in the object's phrase
  ("captured the mosque | IN Mosul", "released the detained leaders | FROM the X party"); groups
  of people listed with no shared modifier are separate parties ("prisoners | detainees", but
  "a Cuban physician and nurse"); the content of an offer or demand goes out ("an offer [of a
  ceasefire]"), so do an "or" alternative and a described person deep in a phrase ("a depot of
  the army [or its allies]", "aides of X[, a former minister]"); an adjective of a thing handed
  over ("Mayan artifacts") never replaces a named receiver.
- an act keeps no "in <place>" ("violated the holiday ceasefire [in X Valley]"), a site keeps the
  named place even when the parser hung it on the verb ("stormed a police headquarters | in
  eastern Afghanistan", also for the object of a complement: "threatened to shell positions ...").
- a strike's grievance is its target, read through the set phrase "in protest against X" and a
  "to protest X" clause, and a protested measure points at whoever imposed it ("laws imposed BY
  X"); a refusal with no object is aimed at whoever pressed ("declined despite X's request",
  "refused under pressure FROM X"); a declared measure the parser made the subject of its
  infinitive keeps its declarer ("declared a state of siege to begin at ..."); an effort's purpose
  is read through "to try to" chains ("an effort to try to prevent a war BETWEEN X and Y").
  Not adopted: the scene of an act with no target ("support peace IN Colombia") as its target:
  right for 5 of 6 such main events on the development half but not on the report half.
- an act or measure done in a named state or region gives way to it ("reform of the constitution
  IN Myanmar": Myanmar; sites, people and named bodies keep their phrase); a sum of money is never
  a participant (its "for/to" party is); a named group keeps the place the parser hung on the act
  ("strikes against Islamic State | IN Syria"); a receiver the parser hung on the thing handed over
  is the target ("returned a sculpture ... TO Ambassador X"), and people handed over end before
  their receiver; a bare accusation or allegation is no party (its claimant is, when named); an
  instrument used ("used batons") is no target; no phrase holds its own trigger.
- (session 15) an act with no target takes the named state or region it is done in or sent to
  ("agreed to lay down their weapons IN Iraq"; never a meeting's venue: "held talks IN Geneva" has
  no party there); a pair that keeps or breaks a pact acts jointly ("India and Pakistan violated
  the ceasefire": one R phrase); a state's name keeps no described apposition ("Peru[, its
  neighbour]"); a nominal act that is the direct object of a verb takes that verb's subject as its
  source ("Putin expressed HIS condolences": Putin), unless its modifier holds the target
  ("ordered Khashoggi's killing"); an actor named in an "if/which" clause below the act does not
  replace the object the parse found ("shell South Korean sites if Seoul ..."); a stance adjective
  or opinion noun is aimed at what it is about ("skeptical OF the scheme", "optimism ABOUT the
  reforms"); a request with no object presses the subject of its clause ("pushing for the
  government [to] propose"); "contribute MORE to X" reads "more" as no object; hosting a meal is
  given to the guest (S/T), hosting the guest is a meeting (R); the parser's "adverb" name before
  a verb ("USAID[advmod] had announced") is its subject, and a pronoun subject of a relative
  clause is the named subject above ("Obama ended a trip to Paris, where HE met ...").

Reciprocal events (meetings, talks, agreements between parties - the gold's R role) store every
party in BOTH ``source_spans`` and ``target_spans`` (identical lists): each party acts on the
other. :func:`participant_spans` turns that back into role R. Everything else is S/T.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from .argument_phrases import TIME_ENTS, argument_phrase, is_party, phrases, run_on, several
from .argument_slots import (
    PRONOUNS, RECIP_PAIR, SUBJ, matter, matter_mention, object_doer, people_noun, recip_words, slot_heads,
    verbless_subject,
)
from .event_roles import to_infinitive
from .model import Actor, Event

__all__ = ["SITE_NOUNS", "add_argument_spans", "is_reciprocal", "participant_spans", "token_at"]

# Reciprocal readings (gold role R) only when the parties are one coordinated subject:
# "X and Y met", "X and Y agreed".
_RECIP_JOINT = RECIP_PAIR | frozenset(
    "meet agree negotiate cooperate upgrade reach discuss consult confer clash fight trade exchange".split()
)
_NOT_RECIPROCAL = frozenset({"mediation", "mediate", "arrive", "receive", "visit"})
# Meetings and talks: where they are held is a venue, never the scene an act concerns ("met in Geneva").
_MEETING = RECIP_PAIR | frozenset("meet talk negotiate discuss consult confer visit host gather".split())


def token_at(doc: Doc, char: int) -> Token | None:
    """The token that holds character ``char``, or None where the offset falls outside the parse."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span[0]


# ------------------------------------------------------------------ actors


def _actor_tokens(doc: Doc, actors: Sequence[Actor]) -> frozenset[int]:
    out: set[int] = set()
    for actor in actors:
        span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return frozenset(out)


def _actor_head(doc: Doc, actor: Actor) -> Token | None:
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    cur = span.root
    for _ in range(6):  # climb to the noun the actor modifies: "the [Croatian government]'s request"
        if cur.dep_ in ("compound", "amod", "poss", "nmod", "nummod", "det") and cur.head.pos_ in ("NOUN", "PROPN"):
            cur = cur.head
        elif cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.pos_ in ("NOUN", "PROPN", "NUM"):
            cur = cur.head.head  # "members of X"
        else:
            break
    return cur


def _reconcile(doc: Doc, heads: list[Token], ranges: list[tuple[int, int]], actors: Sequence[Actor],
               trigger: Token, other: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parse's phrases when they hold the side's actors; else the actors' own phrases.

    "Holds" is checked on the whole subtree of the parse's head, so "at least 81 people in
    Nigeria" stays the phrase for the actor "Nigeria" even when trimming cut the actor off.
    """
    actors = [a for a in actors if not (a.start <= trigger.idx < a.end)]
    if ranges and not all(h.lower_ in PRONOUNS for h in heads):
        # "Gorbachev announces that he is resigning": the parse already named whom "he" stands for
        actors = [a for a in actors if a.text.lower() not in PRONOUNS and not matter_mention(doc, a)]
    if ranges and any(is_party(h, frozenset()) for h in heads):
        # "returned Mayan artifacts to the Embassy of El Salvador": a thing's origin is no party
        actors = [a for a in actors if not _describes_thing(doc, a)]
        # "threatened to shell South Korean sites if Seoul carries out ...": a party the parse found
        # in the act's own slot stands; one named in a side clause of the act is not its target
        actors = [a for a in actors if not _in_side_clause(doc, a, trigger)]
    if ranges and any(_done_to(h, trigger) or _aimed_at(h, trigger) for h in heads):
        # "tortured an inmate to death in western Iran": the place says where, the object is whom;
        # "protested in X against the new laws": what the act is aimed at, not where it was done
        actors = [a for a in actors if not _where(doc, a, trigger)]
    if not actors:
        return ranges
    if ranges and not all(h.lower_ in PRONOUNS for h in heads):
        doc_len = len(doc)
        for h in heads:
            lo, hi = doc[h.left_edge.i].idx, doc[min(h.right_edge.i, doc_len - 1)].idx
            hi += len(doc[h.right_edge.i].text)
            if any(lo <= a.start and a.end <= hi for a in actors):
                return ranges
        for start, end in ranges:  # merged subjects: "Prime Minister | Fayez al - Sarraj" as one phrase
            lo, hi = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
            if any(lo <= a.start and a.end <= hi for a in actors):
                return ranges
        grown = _grow_object(doc, heads, ranges, actors, trigger)
        if grown is not None:
            return grown
    out: list[tuple[int, int]] = []
    for actor in actors:
        head = _actor_head(doc, actor)
        if head is None or head.i == trigger.i or head.sent.start != trigger.sent.start:
            continue
        rng = run_on(head, argument_phrase(head))
        if rng[0] <= trigger.i < rng[1] or any(o[0] < rng[1] and rng[0] < o[1] for o in other):
            continue
        if not any(r[0] <= rng[0] and rng[1] <= r[1] for r in out):
            out = [r for r in out if not (rng[0] <= r[0] and r[1] <= rng[1])] + [rng]
    return sorted(out) or ranges


# Sites named with their place ("captured the mosque IN Mosul") and people with their group
# ("released the detained leaders FROM the opposition party"): the preposition, hung on the verb
# right after the object, still says which site or which people.
_SITES = frozenset("mosque church temple shrine base camp headquarters airport port building office embassy "
                   "consulate compound village town city school hospital prison station post checkpoint "
                   "palace parliament bridge dam plant factory field fields "
                   # dwellings and workplaces are sites too ("demolished the homes of X in the West Bank")
                   "home house residence hotel market shop store mall farm refinery warehouse stadium "
                   "university college clinic enclave stronghold bastion outpost".split())
# sites and the other places an attack is aimed at, which keep where they are ("positions in X")
SITE_NOUNS = _SITES | frozenset({"position", "target", "zone", "installation", "facility"})
_SITE_PREPS = frozenset({"in", "at", "near", "of"})
_GROUP_PREPS = frozenset({"from", "of"})


def _grow_object(doc: Doc, heads: list[Token], ranges: list[tuple[int, int]], actors: Sequence[Actor],
                 trigger: Token) -> list[tuple[int, int]] | None:
    """The object's phrase run on over the verb's next "in/from" phrase when that phrase holds the
    side's actor, else None.

    Why: the parser often hangs a site's place or people's group on the verb ("captured the
    mosque | in Mosul"); the events stage then names the place as the party, and the annotators
    mark the whole "the mosque in Mosul", not the bare place. Not for people and a place ("tortured
    an inmate in western Iran": it only says where), nor for things ("sought refuge in Sudan").
    """
    for head in heads:
        if head.dep_ != "dobj" or head.head.i != trigger.i or head.pos_ != "NOUN":
            continue
        own = [r for r in ranges if r[0] <= head.i < r[1] and r[1] == head.right_edge.i + 1]
        if not own or own[0][1] >= len(doc):
            continue
        start, end = own[0]
        prep = doc[end]
        preps = _GROUP_PREPS if people_noun(head) else _SITE_PREPS if head.lemma_.lower() in _SITES else frozenset()
        if prep.dep_ != "prep" or prep.head.i != trigger.i or prep.lower_ not in preps:
            continue
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if not objs or objs[0].ent_type_ in TIME_ENTS:
            continue
        stop = argument_phrase(objs[0])[1]
        lo, hi = doc[end].idx, doc[stop - 1].idx + len(doc[stop - 1].text)
        if any(lo <= a.start and a.end <= hi for a in actors):
            return [(s, stop) if (s, e) == (start, end) else (s, e) for s, e in ranges]
    return None


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _site_in_place(doc: Doc, heads: list[Token], ranges: list[tuple[int, int]],
                   trigger: Token) -> list[tuple[int, int]]:
    """A site's phrase runs on over the named place the parser hung on the site's verb
    ("stormed a police headquarters | in eastern Afghanistan", "shell positions of X | in Lebanon").

    Why: annotators keep a site with its place whether or not the events stage took the place for
    the party (:func:`_grow_object` only covers the second case); only a place the text names
    (a state, region or facility) counts, never "in response", "in May" or "in a raid". A named
    group (not a person or a state) keeps its place the same way, also as the object of the act's
    preposition ("strikes against Islamic State | in Syria", "fighters across the border | in X").
    """
    out = list(ranges)
    for head in heads:
        verb = head.head
        party = head.dep_ in ("dobj", "pobj") and is_party(head, frozenset()) and \
            head.ent_type_ not in ("GPE", "PERSON")  # a named group keeps its place too
        if head.dep_ == "pobj":  # "air strikes against Islamic State | in Syria": the noun the prep hangs on
            verb = verb.head
        if not party and (head.dep_ != "dobj" or head.pos_ != "NOUN" or
                          head.lemma_.lower() not in _SITES | {"position"}):
            continue
        if verb.i != trigger.i and not (verb.dep_ == "xcomp" and verb.head.i == trigger.i):
            continue
        end = head.right_edge.i + 1
        own = [r for r in out if r[0] <= head.i < r[1] and r[1] == end]
        if not own or end >= len(doc):
            continue
        prep = doc[end]
        if party and prep.lower_ == "across":  # "fighters across the border | in Syria"
            prep = doc[prep.right_edge.i + 1] if prep.right_edge.i + 1 < len(doc) else prep
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.dep_ != "prep" or prep.head.i != verb.i or prep.lower_ not in ("in", "near") or not objs:
            continue
        if objs[0].ent_type_ not in _PLACE_ENTS:
            continue
        stop = argument_phrase(objs[0])[1]
        out = [(r[0], stop) if r == own[0] else r for r in out]
    return out


_SCENE_ENTS = frozenset({"GPE", "LOC"})
# Nouns that are places, sites or states themselves, never an act done in a place.
_NOT_ACTS = _SITES | frozenset("position target country state nation region province area territory "
                               "district zone city town".split())


# A force or mission troops are sent to join: "sending troops TO the UN peacekeeping force in X".
_JOINED_FORCES = frozenset("force mission operation contingent coalition".split())
_SENDING = frozenset("send deploy dispatch contribute commit redeploy".split())


def _joined_force(head: Token) -> bool:
    """(session 23) Whether ``head`` is a force or mission that troops are sent to join ("Japan is
    sending troops to the United Nations peacekeeping force IN South Sudan"): like an undertaking,
    it gives way to the named place it works in.

    Why: the troops sent are the sender's own and the force they join is the means, not the party;
    the annotators mark the country the force serves in (the session 22 move rule covers the
    nouns "deployment of troops TO X"; this is the verb with a force as destination).
    """
    prep = head.head
    verb = prep.head
    return head.dep_ == "pobj" and head.lemma_.lower() in _JOINED_FORCES and prep.lower_ in ("to", "into") \
        and verb.lemma_.lower() in _SENDING and any(
            c.dep_ == "dobj" and people_noun(c) for c in verb.children)


def _scene_of_measure(heads: list[Token], ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A target that is an undertaking or measure done *in* a named state or region gives way to
    that place ("sending troops to the peacekeeping force in South Sudan": South Sudan; "calls
    for reform of the constitution in Myanmar": Myanmar).

    Why: the annotators mark the country an abstract act is aimed at, not the act; sites ("a
    base in X"), people and named bodies keep their phrase, and "of/with" phrases name whose act
    it is, so only "in" a named place counts, also one step down an "of" phrase.
    """
    out = list(ranges)
    for head in heads:
        if not (_act_noun(head) or _joined_force(head)):
            continue
        own = [r for r in out if r[0] <= head.i < r[1]]
        if not own:
            continue
        nouns = [head] + [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj" and _act_noun(o)]
        places = [o for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "in"
                  for o in p.children if o.dep_ == "pobj" and o.ent_type_ in _SCENE_ENTS]
        if not places:
            continue
        rng = argument_phrase(places[0])
        if own[0][0] <= rng[0] and rng[1] <= own[0][1]:
            out = [rng if r == own[0] else r for r in out]
    return out


# Prepositions that name where an act happens or where it is sent ("declared a ceasefire IN Yemen",
# "sent a team TO Alabama").
_SCENE_PREPS = frozenset({"in", "to", "into", "inside", "throughout", "across"})
# What an act's scene may hang on: its complement, object, purpose clause or a coordinated act.
_SCENE_DEPS = frozenset({"xcomp", "dobj", "advcl", "conj"})


def _scene_target(trigger: Token, source: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The named state or region an act with no target is done in or sent to, as its target phrase
    ("agreed to lay down their weapons IN Iraq", "mobilising funds to support peace building IN
    Colombia", "offered to send troops to distribute supplies IN Somalia"), else [].

    Why: with no party on the other side, the annotators mark the place the act concerns (the
    development half: 3 of 3 such main events). Only a place the text names (a state or region,
    never a date or "in a bid to") under the act itself, its object, its complement or purpose
    clause, or a coordinated act counts; never a place inside the doer's own phrase ("rebels in
    Deraa"), nor the venue of a meeting ("met in Geneva": the caller checks :data:`_MEETING`).
    Session 13 rejected a narrower form on the report half (2 of 6); this one changes no
    report-half sentence.
    """
    anchors = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.head.pos_ in ("VERB", "AUX") and \
            trigger.dep_ in ("dobj", "pobj", "attr"):
        anchors.append(trigger.head if trigger.dep_ != "pobj" else trigger.head.head)
    k = 0
    while k < len(anchors) and k < 12:  # the complements and measures of each anchor in turn
        tok = anchors[k]
        anchors += [c for c in tok.children if c.dep_ in _SCENE_DEPS and c not in anchors
                    and (c.dep_ not in ("xcomp", "advcl") or to_infinitive(c))]
        k += 1
    for tok in anchors:
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in _SCENE_PREPS:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or obj.ent_type_ not in _SCENE_ENTS:
                    continue
                rng = argument_phrase(obj)
                if not any(s[0] < rng[1] and rng[0] < s[1] for s in source):
                    return [rng]
    return []


# Truces: declared or agreed, they are aimed at the war they halt ("a cessation of hostilities").
_TRUCES = frozenset("ceasefire cease-fire truce armistice cessation hostility hostilities".split())
# Where a war is fought: "fighting rebels IN Yemen", "an incursion INTO northern Syria".
_WAR_PREPS = frozenset({"in", "into", "inside", "across", "throughout"})


def _truce(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _TRUCES and not tok.ent_type_


def _occasion(head: Token, trigger: Token) -> bool:
    """Whether ``head`` is what a truce is held for or during ("a ceasefire FOR the elections",
    "a truce DURING the holiday"): an occasion, never a party."""
    return _truce(trigger) and head.dep_ == "pobj" and head.head.lower_ in ("for", "during", "over") and \
        head.head.head.i == trigger.i


def _war_scene(trigger: Token, source: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(session 23) The state or region of the war a truce halts, as the target of a truce declared
    or agreed with no party named: "declared a cessation of hostilities ... until achieving peace IN
    Sudan", "agreed to a ceasefire halting Turkey's incursion INTO northern Syria", "the coalition
    fighting Houthi rebels IN Yemen has declared a ceasefire"; else [].

    Why: the annotators mark the country at war (7 of 8 declared or agreed truces with no party on
    the development half; the eighth has no target); the truce itself is the act, never its party,
    and the war may be named anywhere in the clause, also in the subject's own participle, but
    never inside the doer's phrase. A truce "with" a party keeps that party (the caller checks).
    """
    verb = trigger
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    for tok in verb.subtree:
        if tok.dep_ != "pobj" or tok.ent_type_ not in _SCENE_ENTS or tok.head.lower_ not in _WAR_PREPS:
            continue
        rng = argument_phrase(tok)
        if not any(s[0] < rng[1] and rng[0] < s[1] for s in source) and not rng[0] <= trigger.i < rng[1]:
            return [rng]
    return []


# Pacts between parties: whoever keeps, breaks or ends one acts towards the other side of it.
_PACTS = frozenset("agreement ceasefire cease-fire truce armistice accord pact treaty deal".split())


def _pact(tok: Token) -> bool:
    """Whether ``tok`` names a pact between parties ("the ceasefire agreement", "the truce")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _PACTS and not tok.ent_type_


def _no_sums(doc: Doc, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A target phrase that is a sum of money gives way to the party it is for ("an appeal for
    $80 million": no target; "$5 million in aid for Haiti": Haiti).

    Why: money is what passes between the parties, never one of them; the gold never marks a
    sum as a participant.
    """
    out: list[tuple[int, int]] = []
    for start, end in ranges:
        root = doc[start:end].root
        if root.ent_type_ != "MONEY":
            out.append((start, end))
            continue
        parties = [t for t in root.subtree if t.dep_ == "pobj" and t.head.lower_ in ("for", "to")
                   and t.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") and start <= t.i < end]
        if parties:
            out.append(argument_phrase(parties[0]))
    return out


def _act_noun(tok: Token) -> bool:
    """A common noun that can name an act or measure: no name, no people, no site or place."""
    return tok.pos_ == "NOUN" and not tok.ent_type_ and not people_noun(tok) and \
        tok.lemma_.lower() not in _NOT_ACTS and tok.lower_ not in _NOT_ACTS


# where the act was done, or where people were moved to ("deported 400 migrants to Guatemala")
_WHERE_PREPS = frozenset({"in", "near", "inside", "across", "throughout", "at", "outside", "around", "to", "into"})


def _describes_thing(doc: Doc, actor: Actor) -> bool:
    """Whether the actor is only an adjective of a thing ("Mayan artifacts", "Iranian crude").

    Why: the events stage may take such an adjective for a party; when the slot already names a
    party ("to the Embassy of El Salvador"), the adjective must not replace it.
    """
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    cur = span.root
    while cur.dep_ == "conj" and cur.head.i != cur.i and cur.head.pos_ == "ADJ":
        cur = cur.head
    noun = cur.head
    return cur.pos_ == "ADJ" and cur.dep_ == "amod" and noun.pos_ == "NOUN" and not noun.ent_type_ \
        and not people_noun(noun)


# What a host gives rather than a meeting: "hosted a dinner FOR X" is given to X.
_MEALS = frozenset("dinner lunch luncheon banquet reception breakfast feast".split())


def _hosts_a_meal(trigger: Token) -> bool:
    """Whether the trigger hosts a meal ("will be hosting a private dinner for Netanyahu"): the
    host gives it to the guest (S/T), unlike hosting the guest, which is a meeting (R)."""
    return trigger.lemma_.lower() == "host" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _MEALS for c in trigger.children)


def _venue(tok: Token) -> bool:
    """A place named after "in/at" ("in Geneva", "at the Kremlin"): where a meeting is held."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") and tok.ent_type_ in ("GPE", "LOC", "FAC")


def _venue_mention(doc: Doc, actor: Actor) -> bool:
    """Whether the actor mention is a venue phrase (:func:`_venue`)."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and _venue(span.root)


def _act_head(trigger: Token) -> Token:
    """The noun a nominal trigger heads, through compounds ("a condolence message": message)."""
    noun = trigger
    while noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        noun = noun.head
    return noun


def _modifies(doc: Doc, actor: Actor, noun: Token) -> bool:
    """Whether the actor is a modifier inside the noun's own phrase before it ("U.S. military
    assistance", "Russia's support")."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.end <= noun.i and noun.is_ancestor(span.root)


# Clauses hung on an act that tell its condition or circumstance, not its parties ("if X ...",
# "which X ..."); not participles, whose agent names a doer ("a call made BY X").
_SIDE_CLAUSES = frozenset({"advcl", "relcl"})


def _in_side_clause(doc: Doc, actor: Actor, trigger: Token) -> bool:
    """Whether the actor is named inside a side clause below the trigger (or its complement):
    "shell X's sites IF SEOUL carries out ...", "blockades on X's ports following the operation to
    prevent HOUTHI REBELS from ...".

    Why: the events stage may take such a mention for the target when the act's own object
    holds no actor it knows; the object the parse gives is then the better phrase.
    """
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tops = [trigger]
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
        # (session 22) "imposed BLOCKADES on X's ports following the operation to prevent Houthi
        # rebels from ...": the clause hangs on the verb whose object the act is
        tops.append(trigger.head)
    cur = span.root
    for _ in range(12):
        if cur.i == trigger.i or cur.head.i == cur.i:
            return False
        if cur.dep_ in _SIDE_CLAUSES and any(t.is_ancestor(cur) for t in tops):
            return True
        cur = cur.head
    return False


def _done_to(head: Token, trigger: Token) -> bool:
    """Whether ``head`` is the verb's own direct object naming people ("an inmate"), not a thing
    ("detonated his vehicle near a base": the base is what was hit)."""
    return head.dep_ == "dobj" and head.head.i == trigger.i and trigger.pos_ == "VERB" \
        and head.pos_ in ("NOUN", "PROPN") and people_noun(head)


# Prepositions that name what an act is aimed at ("protested AGAINST the laws", "fired AT the crowd").
_AIM_PREPS = frozenset({"against", "at", "on", "upon", "toward", "towards"})


def _aimed_at(head: Token, trigger: Token) -> bool:
    """Whether ``head`` is the object of a preposition of aim hung on the trigger verb
    ("protested in New Delhi AGAINST the new laws").

    Why: the events stage may name the place the act was done in as its party when the aimed-at
    phrase holds no actor it knows; the preposition already says at whom the act is aimed, and
    the place ("in New Delhi") only says where, as for a direct object (:func:`_done_to`).
    """
    prep = head.head
    verb = _carrying_verb(trigger)
    return head.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _AIM_PREPS and \
        verb is not None and prep.head.i == verb.i and head.pos_ in ("NOUN", "PROPN")


def _carrying_verb(trigger: Token) -> Token | None:
    """The verb a trigger's phrases hang on: a verb trigger itself, or the verb whose direct object
    a noun act is ("held a protest demonstration AT X AGAINST Y": held), else None."""
    if trigger.pos_ == "VERB":
        return trigger
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
        return trigger.head
    return None


def _where(doc: Doc, actor: Actor, trigger: Token) -> bool:
    """Whether the actor is only the place phrase hung on the trigger verb ("in western Iran")."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    cur = span.root
    while cur.dep_ in ("compound", "amod", "conj") and cur.head.i != cur.i:
        cur = cur.head
    verb = _carrying_verb(trigger)
    return cur.dep_ == "pobj" and cur.head.lower_ in _WHERE_PREPS and \
        cur.head.head.i in (trigger.i, verb.i if verb is not None else trigger.i)


# ------------------------------------------------------------------ reciprocity


def is_reciprocal(event: Event) -> bool:
    """Whether ``event`` is read with role R: its parties stand on both sides (set by this stage)."""
    return bool(event.source_spans) and event.source_spans == event.target_spans


# ------------------------------------------------------------------ the stage


def _char_ranges(doc: Doc, ranges: Iterable[tuple[int, int]]) -> list[list[int]]:
    out = []
    for start, end in ranges:
        if end <= start:
            continue
        last = doc[end - 1]
        out.append([doc[start].idx, last.idx + len(last.text)])
    return sorted(out)


def _merge_subjects(heads: list[Token], ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Several subjects of one verb are one mis-parsed name ("Fayez al - Sarraj"): one phrase."""
    if len(heads) > 1 and len(ranges) > 1 and len({h.head.i for h in heads}) == 1 and \
            all(h.dep_ in SUBJ for h in heads):
        return [(min(r[0] for r in ranges), max(r[1] for r in ranges))]
    return ranges


def _holds(head: Token, tokens: frozenset[int]) -> bool:
    return any(head.left_edge.i <= i <= head.right_edge.i for i in tokens)


def _follow_roles(src_heads: list[Token], tgt_heads: list[Token], src_tokens: frozenset[int],
                  tgt_tokens: frozenset[int]) -> tuple[list[Token], list[Token]]:
    """Swap a slot's phrase to the side its actors play in the event.

    Why: the events stage decides roles with rules the parse slots do not know ("at the request
    of Trudeau": Trudeau asked; "missiles fired by Israel struck": Israel struck), so a phrase
    that holds only the other side's actors is that side's phrase.
    """
    to_src = [h for h in tgt_heads if _holds(h, src_tokens) and not _holds(h, tgt_tokens)]
    to_tgt = [h for h in src_heads if _holds(h, tgt_tokens) and not _holds(h, src_tokens)]
    if not to_src and not to_tgt:
        return src_heads, tgt_heads
    if to_src and not any(_holds(h, src_tokens) for h in src_heads):
        moved = to_src
        src_heads, tgt_heads = moved, [h for h in tgt_heads if h not in moved] + [h for h in to_tgt if h not in moved]
    elif to_tgt and not any(_holds(h, tgt_tokens) for h in tgt_heads):
        src_heads, tgt_heads = [h for h in src_heads if h not in to_tgt], to_tgt
    return src_heads, tgt_heads


def _event_ranges(doc: Doc, event: Event) -> tuple[list[tuple[int, int]], list[tuple[int, int]], bool]:
    trigger = token_at(doc, event.start)
    if trigger is None:
        return [], [], False
    words = recip_words(trigger)
    blocked = bool(words & _NOT_RECIPROCAL)
    pair = not blocked and bool(words & RECIP_PAIR) and not _hosts_a_meal(trigger)
    joint_ok = not blocked and bool(words & _RECIP_JOINT)
    src_tokens = _actor_tokens(doc, event.source)
    tgt_tokens = _actor_tokens(doc, event.target)
    src_heads, tgt_heads = slot_heads(trigger, event.type, pair)
    src_heads, tgt_heads = _follow_roles(src_heads, tgt_heads, src_tokens, tgt_tokens)
    src_actors = event.source
    noun = _act_head(trigger)
    doer = object_doer(noun) if trigger.pos_ in ("NOUN", "PROPN") else []
    if doer and src_heads and all(h.head.i == noun.i and h.i < noun.i for h in src_heads) and \
            not any(_holds(h, tgt_tokens) for h in src_heads):
        # "Putin expressed HIS condolences", "China enforces all UN sanctions": who does the verb
        # the act is the object of is its source; the act's own modifier only says whose it is,
        # and a mention inside it no longer pulls the phrase back ("ordered Khashoggi's killing"
        # keeps Khashoggi: a modifier holding the target is the target's)
        src_heads = doer
        src_actors = [a for a in event.source if not _modifies(doc, a, noun)]
    tgt_actors = event.target
    if pair:  # "held talks IN Geneva", "signed a deal AT the Kremlin": the venue is no party to the pair
        tgt_heads = [t for t in tgt_heads if not _venue(t)]
        tgt_actors = [a for a in tgt_actors if not _venue_mention(doc, a)]
    pact = [t for t in tgt_heads if _pact(t)]
    if (pact or any(c.dep_ == "dobj" and _pact(c) for c in trigger.children)) and not blocked and \
            any(several(h) for h in src_heads):
        # "India and Pakistan violated the ceasefire": a pact binds the pair, so what one does to
        # it the two do to each other; the pact itself is no party
        joint_ok, tgt_heads = True, [t for t in tgt_heads if t not in pact]
    if joint_ok:  # "agreed a trade deal": the deal is what is agreed, not a party
        tgt_heads = [t for t in tgt_heads if not matter(t)]
    if joint_ok and any(several(h) and not h.conjuncts for h in src_heads):
        # "Indian and Chinese troops clashed IN the Galwan Valley": one subject whose modifiers name
        # the pair; where the pair acts is no party (coordinated subjects keep their reading)
        tgt_heads = [t for t in tgt_heads if not (_venue(t) and t.head.head.i == trigger.i)]
        tgt_actors = [a for a in tgt_actors if not _venue_mention(doc, a)]
    if joint_ok and any(several(h) for h in src_heads) and \
            not any(is_party(t, tgt_tokens) for t in tgt_heads):
        tgt_heads = []  # "Britain and Germany agreed to share information": what they share is no party
    between = [t for t in tgt_heads if t.head.lower_ in ("between", "among")]
    joint = joint_ok and not tgt_heads and any(several(h) for h in src_heads)
    source = _merge_subjects(src_heads, phrases(src_heads, src_tokens, join=joint))
    if between and pair and not source:
        source, tgt_heads, joint = phrases(between, tgt_tokens, join=True), [], True
    target = phrases(tgt_heads, tgt_tokens)
    source = _reconcile(doc, src_heads, source, src_actors, trigger, target)
    target = _reconcile(doc, tgt_heads, target, tgt_actors, trigger, source)
    target = _site_in_place(doc, tgt_heads, target, trigger)
    target = _no_sums(doc, _scene_of_measure(tgt_heads, target))
    target = [r for r in target if r not in source]
    if verbless_subject(trigger):  # "A report called for ...": the subject ends before its verb
        source = [(r[0], trigger.i) if r[0] < trigger.i < r[1] else r for r in source]
    # a phrase never holds its own trigger: the parser made the verb a participle of its subject
    # ("A report called for ...") or the act is named inside the object ("a cessation of hostilities")
    source = [r for r in source if not r[0] <= trigger.i < r[1]]
    target = [r for r in target if not r[0] <= trigger.i < r[1]]
    if not joint and event.type in ("RETREAT", "AGREE") and (_truce(trigger) or tgt_heads) and \
            all(_truce(h) or _occasion(h, trigger) for h in tgt_heads) and \
            not any(is_party(h, tgt_tokens) for h in tgt_heads):
        target = _war_scene(trigger, source) or ([] if all(_occasion(h, trigger) for h in tgt_heads) else target)
    if not target and not joint and not words & _MEETING:
        target = [r for r in _scene_target(trigger, source) if not r[0] <= trigger.i < r[1]]
    recip = bool(source) and (joint or (pair and bool(target)))
    return source, target, recip


# How an act can be the thing another act is done to: its object ("ended mediation efforts"),
# the compound inside that object, or its complement ("let free X", "helped establish X").
_ACT_OBJECT_DEPS = frozenset({"dobj", "xcomp", "ccomp"})


def _act_done_to(trigger: Token, inner: Token) -> bool:
    """Whether ``inner`` (another event's trigger) is the object or complement of ``trigger``:
    "ended MEDIATION efforts between X", "let FREE X"."""
    cur = inner
    while cur.dep_ == "compound" and cur.head.i != cur.i:
        cur = cur.head
    return cur.dep_ in _ACT_OBJECT_DEPS and cur.head.i == trigger.i and cur.i != trigger.i


def _inherit_targets(doc: Doc, events: list[Event], ranges: dict[int, tuple]) -> None:
    """(session 22) An act with no target whose object or complement is another act takes that
    act's target phrases ("Holbrooke ended mediation efforts BETWEEN Albanian separatists": the
    separatists; "Ethiopia let free 74 political leaders": the leaders).

    Why: what is done to an act is aimed at whoever that act concerns; the parse gives the outer
    verb only the act as its object, which holds no party of its own. Only a target that is not
    part of the outer act's source counts, and reciprocal readings are left alone.
    """
    toks = {id(e): token_at(doc, e.start) for e in events}
    for event in events:
        source, target, recip = ranges[id(event)]
        outer = toks[id(event)]
        if target or recip or outer is None:
            continue
        for other in events:
            inner = toks[id(other)]
            if other is event or inner is None or other.sentence != event.sentence or \
                    not _act_done_to(outer, inner):
                continue
            got = [r for r in ranges[id(other)][1] if not any(s[0] < r[1] and r[0] < s[1] for s in source)
                   and not r[0] <= outer.i < r[1]]
            if got and not ranges[id(other)][2]:
                ranges[id(event)] = (source, got, recip)
                break


def add_argument_spans(doc: Doc, events: list[Event]) -> None:
    """Fill ``source_spans``/``target_spans`` of each event from the parse around its trigger.

    Idempotent: the spans are recomputed from the trigger and actors, never appended to.
    """
    ranges = {id(event): _event_ranges(doc, event) for event in events}
    _inherit_targets(doc, events, ranges)
    for event in events:
        source, target, recip = ranges[id(event)]
        if recip:
            both = _char_ranges(doc, source + target)
            event.source_spans = both
            event.target_spans = [list(r) for r in both]
        else:
            event.source_spans = _char_ranges(doc, source)
            event.target_spans = _char_ranges(doc, target)


def participant_spans(events: Iterable[Event]) -> list[tuple[str, int, int]]:
    """(role, start, end) of every argument phrase, role S, T or R (reciprocal), deduplicated.

    A phrase that is a source of one event and a target of another keeps S; R wins over both.
    """
    roles: dict[tuple[int, int], str] = {}
    rank = {"R": 0, "S": 1, "T": 2}
    for event in events:
        if is_reciprocal(event):
            pairs = [("R", s) for s in event.source_spans]
        else:
            pairs = [("S", s) for s in event.source_spans] + [("T", s) for s in event.target_spans]
        for role, (start, end) in pairs:
            key = (start, end)
            if key not in roles or rank[role] < rank[roles[key]]:
                roles[key] = role
    return sorted(((role, s, e) for (s, e), role in roles.items()), key=lambda x: (x[1], x[2]))

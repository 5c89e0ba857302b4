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

Reciprocal events (meetings, talks, agreements between parties - the gold's R role) store every
party in BOTH ``source_spans`` and ``target_spans`` (identical lists): each party acts on the
other. :func:`participant_spans` turns that back into role R. Everything else is S/T.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from .countries import country_forms
from .event_roles import GIVE as _GIVE, stranded_to, to_infinitive as _to_infinitive
from .model import Actor, Event

__all__ = ["add_argument_spans", "argument_phrase", "is_reciprocal", "participant_spans"]

_SUBJ = frozenset({"nsubj", "csubj"})
_PASS_SUBJ = frozenset({"nsubjpass", "csubjpass"})
_STRONG_PREPS = ("against", "on", "to", "with", "at", "into", "toward", "towards", "upon", "onto", "for", "over")
_WEAK_PREPS = ("in", "from")
_NOMINAL_PREPS = ("against", "on", "with", "to", "into", "at", "toward", "towards", "upon", "over", "for",
                  "between", "among", "of", "in")
_REL_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "this", "these", "those"})
_DROP_PREPS = frozenset({"on", "including", "as", "following", "during", "after", "before", "despite", "amid",
                         "since", "until", "like", "about", "than", "because", "via", "throughout", "under",
                         "over", "within", "ahead", "besides", "except", "unlike", "regarding"})
_KEEP_ACL = frozenset({"base", "know", "locate", "station", "name", "call", "head", "lead", "back", "support",
                       "fire", "affect", "deploy"})
# Acts only a state does (arrest, expel, ban): "was arrested in Rwanda" names the state that did it.
_STATE_ACTS = frozenset({"COERCE", "SANCTION"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_OWN = frozenset({"its", "their", "his", "her", "our"})
_PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
_PRECONJ = frozenset({"both", "either", "neither"})
_OPEN = frozenset({"(", "[", "“"})
_CLOSE = frozenset({")", "]", "”"})
_EDGE_PUNCT = frozenset({",", ";", ".", ":", "!", "?", "—", "–", "-"})
_CUT_AFTER_COMMA = frozenset({"who", "which", "whose", "whom", "including", "where", "when"})
# Direct objects that only carry the event: "launched an assault ON X", "held talks WITH X".
_LIGHT = frozenset(
    "assault attack strike airstrike raid offensive operation campaign war talk talks meeting discussion "
    "negotiation condolence condolences support aid assistance help sanction embargo ban lawsuit suit case "
    "charge appeal plea ultimatum warning threat visit trip invitation training pressure criticism complaint "
    "protest tariff restriction measure action effort bombardment shelling barrage crackdown tie ties relation "
    "relations cooperation partnership loan grant funding fund money weapon arm arms troop troops message letter "
    "apology congratulation congratulations greeting greetings thanks tribute mission responsibility blame "
    "exercise drill delegation hostility hostilities cyberattack mediation sympathy solidarity concern "
    "invasion incursion missile rocket fire pessimism optimism concern worry regret anger outrage satisfaction "
    "hope disappointment dismay gratitude respect respects statement control confidence doubt doubts curb curbs".split()
)
# Objects that are measures or dealings, looked through to the party a preposition names ("lifted its
# blockade OF Yemen", "shared evidence WITH India") but kept whole when none does ("a request by X").
_THROUGH = frozenset(
    "dinner lunch banquet reception request commitment boycott blockade embargo ceasefire truce reform evidence "
    "link links border borders import imports export exports battle curfew siege emergency guarantee "
    "investigation probe access dispute rift confrontation extradition tax taxes delivery deliveries "
    "suspension intelligence information release state".split()
)
# What is given rather than who receives it: "$1 billion", "6 million euros", "13 tons of medicine".
_AMOUNT_ENTS = frozenset({"MONEY", "QUANTITY", "CARDINAL", "PERCENT"})
_UNITS = frozenset("euros dollars pounds yuan yen rupees francs tons tonnes kilograms litres liters".split())
# Forces moved in or out are the mover's own: "withdrew peacekeepers FROM Rwanda" is aimed at Rwanda.
_FORCES = frozenset("troop soldier peacekeeper force personnel contingent unit battalion team".split())
_MOVE_VERBS = frozenset("withdraw pull evacuate recall deploy send station move redeploy dispatch".split())
# Containers of a moved force: "the batch OF 200 peacekeepers", "a contingent OF troops".
_BATCHES = frozenset("batch contingent group detachment team".split())
# Appositions that name the event itself rather than the party they hang on.
_EVENT_APPOS = _LIGHT | frozenset("incident move decision step act attempt killing bombing massacre".split())
# Where a light object points: "optimism ABOUT a deal", "pessimism IN the future of the economy".
_LIGHT_PREPS = _STRONG_PREPS + ("about", "regarding", "toward", "in", "from")
_THROUGH_PREPS = _LIGHT_PREPS + ("of", "between", "among")
# Reciprocal readings (gold role R). PAIR: "X held talks with Y", "X will host Y", "X signed a deal with Y";
# JOINT: only when the parties are one coordinated subject ("X and Y met", "X and Y agreed").
_RECIP_PAIR = frozenset(
    "talks meeting meetings discussion discussions summit consultation consultations host sign "
    "agreement deal accord pact treaty exercise exercises drill drills game games".split()
)
# Verbs that only carry a reciprocal object: "held talks", "signed an agreement", "reached a deal".
_RECIP_LIGHT_VERBS = frozenset("hold have conduct attend sign reach conclude begin start open resume".split())
_RECIP_JOINT = _RECIP_PAIR | frozenset(
    "meet agree negotiate cooperate upgrade reach discuss consult confer clash fight trade exchange".split()
)
# Claims made against someone: "denied charges BY X", "rejected accusations FROM X" are aimed at the accuser.
_CLAIMS = frozenset("charge accusation allegation claim demand criticism complaint".split())
_NOT_RECIPROCAL = frozenset({"mediation", "mediate", "arrive", "receive", "visit"})
# Nouns of set phrases that give a purpose or cause, never a party or place: "in a bid to",
# "in an effort to", "in response to", "in exchange for", "in retaliation for", "in the face of".
_IDIOM_NOUNS = frozenset(
    "bid effort attempt order response retaliation exchange return accordance violation face "
    "line addition contrast protest solidarity reaction revenge view light spite".split()
)


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span[0]


# ------------------------------------------------------------------ phrases


def _seat_of_power(tok: Token) -> bool:
    """A capital or seat of government ("Moscow", "Downing Street"): a place a party stands in.

    Why: a city of that kind after a person or thing only says where the event happened, while
    an organisation's city names which office it is ("the U.S. Embassy in Athens").
    """
    words = [t.text for t in tok.subtree if t.dep_ != "det"]
    form = country_forms().get(" ".join(words))
    return form is not None and form.form in ("capital", "seat")


def _keep_child(child: Token, head: Token, join: bool) -> bool:
    dep = child.dep_
    after = child.i > head.i
    if dep in ("conj", "cc", "preconj"):
        return join
    if after and dep in ("relcl", "advcl", "parataxis", "ccomp", "mark", "advmod", "punct", "dep"):
        return False  # a comma stays only inside a kept apposition
    if dep == "acl":
        if _to_infinitive(child):
            return False
        if child.tag_ == "VBN" and (
            any(c.dep_ == "agent" for c in child.children) or child.lemma_.lower() in _KEEP_ACL
        ):
            return True
        return not after
    if dep == "prep" and after:
        if child.lower_ in _DROP_PREPS:
            return False
        if child.lower_ in ("in", "at", "near") and head.ent_type_ == "PERSON":
            return False  # "Donald Trump in Washington": where he is, not who
        objs = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
        if child.lower_ in ("in", "at") and objs and _seat_of_power(objs[0]) and head.ent_type_ not in ("ORG", "FAC"):
            return False  # "the Egyptian ambassador in Berlin": where the party is, not which one
        if not objs or objs[0].dep_ == "pcomp" or objs[0].ent_type_ in _TIME_ENTS:
            return False
    if dep == "prep" and after and child.lower_ == "of" and head.ent_type_ == "GPE" and not child.ent_type_:
        return False  # "accusations by the US of genocide": what is claimed, not which state
    if dep in ("npadvmod", "nmod") and after and child.ent_type_ in _TIME_ENTS:
        return False
    if dep == "appos" and after and child.lemma_.lower() in _EVENT_APPOS:
        return False  # "148 students ..., an attack that provoked outrage": a comment on the event
    if dep == "appos" and after and head.ent_type_ != "PERSON" and \
            any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in child.children):
        return False  # "Estonia, a small country in Northern Europe": a description, not a name
    return True


def _nested_cut(tok: Token) -> int:
    """Where commentary deeper in a kept modifier starts: a relative clause or a date hung on a
    noun inside it ("the shrine of leader Khomeini [in June 2017 that killed 17 people]")."""
    cut = len(tok.doc)
    for sub in tok.subtree:
        if sub.i == tok.i or sub.i < sub.head.i or sub.head.pos_ not in ("NOUN", "PROPN"):
            continue
        if _commentary(sub):
            cut = min(cut, sub.left_edge.i)
    return cut


def _commentary(sub: Token) -> bool:
    """A modifier deep in a phrase that comments rather than identifies: a relative clause, a
    date, a participle clause, or a described apposition ("Klockner-Humboldt-Deutz, a German
    engine maker")."""
    dep = sub.dep_
    if dep == "relcl":
        return True
    if dep == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in _TIME_ENTS for c in sub.children):
        return True
    if dep in ("npadvmod", "nmod") and sub.ent_type_ in _TIME_ENTS:
        return True
    if dep == "appos" and sub.head.ent_type_ != "PERSON" and \
            any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in sub.children):
        return True
    return dep == "acl" and not any(c.dep_ == "agent" for c in sub.children)


def argument_phrase(head: Token, join: bool = False) -> tuple[int, int]:
    """Token range [start, end) of the argument phrase headed by ``head`` (see module conventions).

    ``join`` keeps coordinated parties in one phrase (the joint subject of a reciprocal event).
    Linear in the length of the phrase.
    """
    doc = head.doc
    left = right = head.i
    cut = len(doc)
    for child in head.children:
        if _keep_child(child, head, join):
            left = min(left, child.left_edge.i)
            right = max(right, child.right_edge.i)
            if child.i > head.i:
                cut = min(cut, _nested_cut(child))
        elif child.i > head.i and child.dep_ != "punct":
            cut = min(cut, child.left_edge.i)
    right = min(right, cut - 1)
    for k in range(head.i + 1, right):  # ", who ...", ", including ...": the rest is commentary
        if doc[k].text == "," and (doc[k + 1].lower_ in _CUT_AFTER_COMMA or doc[k + 1].dep_ == "relcl"):
            right = k - 1
            break
    while right > head.i and (doc[right].text in _EDGE_PUNCT or doc[right].dep_ in ("cc", "preconj")
                              or doc[right].is_space):
        right -= 1
    while left < head.i and (doc[left].text in _EDGE_PUNCT or doc[left].is_space
                             or (not join and doc[left].lower_ in _PRECONJ)):
        left += 1
    # a name is never cut in two: "Omar [al - Bashir]" when the parser hung half of it elsewhere
    while right + 1 < len(doc) and doc[right].ent_type_ and doc[right].ent_type_ not in _TIME_ENTS and (
            doc[right + 1].ent_iob_ == "I" or doc[right].ent_type_ == doc[right + 1].ent_type_ == "PERSON"):
        right += 1  # two person names back to back are one long name ("Mohamed Abdullahi | Mohamed Farmajo")
    while left > 0 and doc[left].ent_iob_ == "I" and doc[left].ent_type_ not in _TIME_ENTS:
        left -= 1
    opened = sum(1 for k in range(left, right + 1) if doc[k].text in _OPEN)
    closed = sum(1 for k in range(left, right + 1) if doc[k].text in _CLOSE)
    if closed > opened and doc[right].text in _CLOSE:
        right -= 1
    elif opened > closed and right + 1 < len(doc) and doc[right + 1].text in _CLOSE:
        right += 1  # "Nigerian Air Force (NAF)": the bracket hangs on the verb in the parse
    return left, right + 1


def _conjuncts(head: Token) -> list[Token]:
    """``head`` and the parties coordinated with it ("Mike Pompeo, Alex Azar, and Steve Bannon")."""
    out = [head]
    stack = [c for c in head.children if c.dep_ == "conj"]
    while stack:
        tok = stack.pop(0)
        if tok.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            out.append(tok)
            stack.extend(c for c in tok.children if c.dep_ == "conj")
    return out


def _several(head: Token) -> bool:
    """Whether a subject names several parties: coordinated ("Britain and Germany"), or its
    named modifiers are ("UK and EU negotiators", "the armies of Brazil and Argentina")."""
    if len(_conjuncts(head)) > 1:
        return True
    for child in head.children:
        inner = child.children if child.dep_ == "prep" and child.lower_ == "of" else [child]
        for tok in inner:
            if tok.dep_ in ("compound", "amod", "nmod", "pobj") and tok.ent_type_ in _PARTY_ENTS and \
                    any(c.dep_ == "conj" and c.ent_type_ in _PARTY_ENTS for c in tok.children):
                return True
    named = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in _PARTY_ENTS]
    return len(named) > 1 and any(t.dep_ == "cc" for t in head.doc[named[0].i:named[-1].i])


def _is_party(tok: Token, actor_tokens: frozenset[int]) -> bool:
    """A named party (a person, state, organisation, people) rather than a thing or a group of things."""
    if tok.ent_type_ in _PARTY_ENTS or tok.pos_ == "PROPN":
        return True
    left = tok.doc[tok.left_edge.i:tok.i + 1]
    if any(t.ent_type_ in _PARTY_ENTS | {"LOC"} and t.dep_ in ("amod", "compound", "poss", "nmod") for t in left):
        return True  # "Belgian people", "Syria's neighbours": a people or body of a named state
    return any(i in actor_tokens for i in range(tok.left_edge.i, tok.i + 1))


def _other_kind(tok: Token) -> bool:
    """A conjunct "other X" after a party ("USAID and other international donors"): the "other"
    says the first conjunct is an X too, so both are parties of one kind."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ == "other" for c in tok.children)


def _run_on(head: Token, rng: tuple[int, int]) -> tuple[int, int]:
    """Extend a phrase over a sibling of the same role that starts right where it ends.

    Why: the parser splits "his counterpart | Italian President Sergio Mattarella" into two
    objects of "meet"; with nothing between them they are one party named twice.
    """
    if head.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass"):
        return rng
    for sib in head.head.children:
        if sib.i > head.i and sib.dep_ == head.dep_ and sib.left_edge.i == rng[1] and sib.pos_ == "PROPN":
            return rng[0], max(rng[1], argument_phrase(sib)[1])
    return rng


def _phrases(heads: Iterable[Token], actor_tokens: frozenset[int], join: bool = False) -> list[tuple[int, int]]:
    """Phrases of ``heads``; coordinated parties split ("the UK" | "France") unless ``join``."""
    out: list[tuple[int, int]] = []
    for head in heads:
        conj = _conjuncts(head)
        split = not join and len(conj) > 1 and _is_party(conj[0], actor_tokens) and \
            all(_is_party(t, actor_tokens) or _other_kind(t) for t in conj[1:])
        for tok in conj if split else [head]:
            rng = _run_on(tok, argument_phrase(tok, join=not split))
            if rng not in out:
                out.append(rng)
    # a phrase inside another of the same side is the same party ("Abiy Ahmed [Ali Mohamed Farmajo]")
    return [r for r in out if not any(o != r and o[0] <= r[0] and r[1] <= o[1] for o in out)]


# ------------------------------------------------------------------ slots around a trigger


def _kids(tok: Token, deps: Iterable[str]) -> list[Token]:
    deps = set(deps)
    return [c for c in tok.children if c.dep_ in deps]


def _pobjs(tok: Token, preps: Sequence[str]) -> list[Token]:
    """Objects of the first matching preposition under ``tok``, in the order of ``preps``."""
    found: dict[str, list[Token]] = {}
    kids = list(tok.children)
    # "curbs to and from North Korea": the object hangs on the second, coordinated preposition
    kids += [c for k in kids if k.dep_ == "prep" for c in k.children if c.dep_ == "conj" and c.pos_ == "ADP"]
    for prep in kids:
        if prep.dep_ in ("prep", "dative", "agent", "conj") and prep.lower_ in preps:
            objs = [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ not in _TIME_ENTS
                    and not _idiom(prep, c)]
            if objs:
                found.setdefault(prep.lower_, []).extend(objs)
    for p in preps:
        if p in found:
            return found[p]
    return []


def _idiom(prep: Token, obj: Token) -> bool:
    """A set phrase of purpose or cause ("in a bid to", "in response to"): no party or place in it."""
    return prep.lower_ == "in" and obj.lemma_.lower() in _IDIOM_NOUNS and not obj.ent_type_


def _subject(verb: Token, depth: int = 0) -> list[Token]:
    """Head tokens of whoever does ``verb``: its subject, a passive agent, or one inherited."""
    subj = _kids(verb, _SUBJ) or [c for a in _kids(verb, {"aux"}) for c in _kids(a, _SUBJ)]
    if subj:
        s = subj[0]
        if s.lower_ in _REL_PRONOUNS and verb.dep_ == "relcl":
            return [verb.head]
        if s.lower_ in _PRONOUNS and verb.dep_ == "ccomp" and depth < 4:
            # "NAF says it has killed ...": the annotators name the speaker, not the pronoun
            outer = _subject(verb.head, depth + 1)
            if outer and outer[0].lower_ not in _PRONOUNS:
                return outer
        if s.lower_ in _PRONOUNS and verb.dep_ in ("ccomp", "advcl") and depth < 4:
            # "X has made it clear it will not lift ...": the nearest named subject above the clause
            for up in list(verb.ancestors)[:3]:
                named = [t for t in _kids(up, _SUBJ) if t.lower_ not in _PRONOUNS and t.pos_ in ("NOUN", "PROPN")]
                if named:
                    return named[:1]
        return subj
    agent = _kids(verb, {"agent"})
    if agent:
        return [c for a in agent for c in a.children if c.dep_ == "pobj"]
    if _kids(verb, _PASS_SUBJ):
        return []
    if depth >= 4 or verb.head.i == verb.i:
        return []
    dep, head = verb.dep_, verb.head
    if dep == "acl" and verb.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN"):
        gov = head.head
        if head.dep_ == "dobj" and gov.pos_ in ("VERB", "AUX") and not _is_party(head, frozenset()):
            return _subject(gov, depth + 1)  # "issued a statement calling on X": the issuer calls
        return [head]
    if dep == "acl" and head.pos_ in ("NOUN", "PROPN"):
        gov = head.head
        if head.dep_ == "dobj" and gov.pos_ in ("VERB", "AUX"):
            return _subject(gov, depth + 1)  # "accepted an invitation to meet"
        return []
    if dep in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acomp") or (dep == "pobj" and verb.tag_ == "VBG"):
        gov = head.head if head.dep_ == "prep" else head
        if gov.pos_ in ("VERB", "AUX", "ADJ"):
            return _subject(gov, depth + 1)
    return []


def _through_light(obj: Token, verb: Token) -> list[Token]:
    """Whom a light object is aimed at: "an assault ON X", "talks WITH X", "support TO X"."""
    for preps in (_LIGHT_PREPS, _WEAK_PREPS):
        for tok in (obj, verb):
            found = [t for t in _pobjs(tok, preps) if t.i != obj.i]
            if found:
                return found
    return []


def _matter(obj: Token) -> bool:
    """An object that is the matter of the event rather than a party ("talks", "a deal", "support")."""
    words = (obj.lemma_.lower(), obj.lower_)
    return any(w in _LIGHT or w in _RECIP_PAIR for w in words)


def _claimant(obj: Token) -> list[Token]:
    """Who made a claim ("charges BY X", "demands FROM X"): the party a denial or concession answers."""
    if obj.lemma_.lower() not in _CLAIMS:
        return []
    return _pobjs(obj, ("by", "from"))


def _amount(tok: Token) -> bool:
    """A sum or quantity ("$1 billion", "6 million euros", "13 tons of medicine"): what is given, never a party."""
    if tok.pos_ == "NUM" and tok.ent_type_ in ("CARDINAL", "") and \
            any(o.tag_ in ("NNS", "NNPS") and o.lower_ not in _UNITS for o in _pobjs(tok, ("of",))):
        return False  # "four of the country's states": some of a group of parties, not a quantity given
    return tok.ent_type_ in _AMOUNT_ENTS or tok.like_num or tok.lower_ in _UNITS


def _beneficiary(amount: Token, verb: Token) -> list[Token]:
    """Who a sum or shipment goes to: "lent $1 billion TO Indonesia", "€10 million in aid TO the
    Palestinians", "€95 million to address THE NEEDS of ...", "1.5 million euros to help HAITI cope"."""
    found = [t for t in _pobjs(verb, ("to", "into")) if not _amount(t)]
    if found:
        return found
    for tok in amount.subtree:
        if tok.dep_ == "prep" and tok.lower_ in ("to", "into"):
            found = [c for c in tok.children if c.dep_ == "pobj" and not _amount(c)]
            if found:
                return found
    for tok in (verb, amount):
        for clause in _kids(tok, {"advcl", "xcomp", "relcl", "acl"}):
            if not _to_infinitive(clause):
                continue
            objs = [o for o in _kids(clause, {"dobj", "dative"}) if not _amount(o)][:1]
            objs = objs or [c for comp in _kids(clause, {"ccomp", "xcomp"}) for c in _kids(comp, _SUBJ)]
            if objs:
                return objs
    return []


def _through(tok: Token) -> bool:
    """A measure or dealing that points at a party rather than being one ("a blockade", "evidence")."""
    return tok.lemma_.lower() in _THROUGH or tok.lower_ in _THROUGH


def _look_through(obj: Token) -> list[Token]:
    """The party a measure names: "a state of emergency IN Colombia" gives Colombia (nested measures too)."""
    inner = _pobjs(obj, _THROUGH_PREPS)
    for _ in range(3):
        if len(inner) != 1 or not _through(inner[0]):
            break
        inner = _pobjs(inner[0], _THROUGH_PREPS)  # "a state of emergency" alone names no party
    return inner


def _object(verb: Token) -> list[Token]:
    """Head tokens of whom ``verb`` is done to."""
    passive = _kids(verb, _PASS_SUBJ)
    if passive:
        if _matter(passive[0]):  # "the war game was staged by X and Y": the event itself is no party
            return []
        return _handed_to(passive[0], verb) or passive
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return [verb.head]
    dative = [o for o in _kids(verb, {"dative"}) if o.pos_ != "ADP"]
    if dative:
        return dative
    for obj in _kids(verb, {"dobj"}):
        found = _direct_target(obj, verb)
        if found == [obj]:  # "outlawed the ANC and the PAC": the parser hung the second object on the verb
            found += [c for c in verb.children if c.dep_ == "conj" and c.i > obj.i and c.pos_ in ("PROPN", "NOUN")
                      and not _kids(c, _SUBJ) and _is_party(c, frozenset())]
        return found
    preps = _pobjs(verb, _STRONG_PREPS) or _pobjs(verb, _WEAK_PREPS)
    if preps:  # "agreed to a ceasefire IN Afghanistan", "called for sanctions AGAINST X": the party
        out: list[Token] = []
        for p in preps:
            if p.lemma_.lower() in _LIGHT or p.lower_ in _LIGHT:
                out.extend(t for t in _pobjs(p, _LIGHT_PREPS) if t.i != p.i)
            else:
                out.extend((_look_through(p) or [p]) if _through(p) else [p])
        return out
    for comp in _kids(verb, {"xcomp"}):  # "urged X to", "refused to lift sanctions ON X": the complement's
        inner = _kids(comp, {"dobj"})
        if inner:
            return _direct_target(inner[0], comp)
    return []


def _direct_target(obj: Token, verb: Token) -> list[Token]:
    """Whom a direct object stands for: itself, or the party it points at (conventions above)."""
    if _amount(obj):  # "provided 6 million euros to ...": the money is not the target
        return _beneficiary(obj, verb)
    if _claimant(obj):  # "denied charges by X": the reply is aimed at X
        return _claimant(obj)
    if obj.lemma_.lower() in _CLAIMS and not _kids(verb, _PASS_SUBJ) and _pobjs(verb, ("by",)):
        return _pobjs(verb, ("by",))  # the parser hung "by X" on the verb
    if _matter(obj):  # "expressed concern": no party unless a preposition names one
        found = _through_light(obj, verb)
        if len(found) == 1 and _matter(found[0]):  # "claimed responsibility for the attack ON X"
            return [t for t in _pobjs(found[0], _STRONG_PREPS + _WEAK_PREPS) if t.ent_type_ not in _TIME_ENTS] \
                or found
        return found
    moved = [obj] + [o for o in _pobjs(obj, ("of",)) if obj.lemma_.lower() in _BATCHES]
    if any(c.dep_ == "poss" and c.lower_ in _OWN for c in obj.children) or \
            (verb.lemma_.lower() in _MOVE_VERBS and any(m.lemma_.lower() in _FORCES for m in moved)):
        places = [t for tok in (*moved, verb) for t in _pobjs(tok, ("in", "into", "from", "to", "with"))
                  if t.ent_type_ in _PLACE_ENTS | _PARTY_ENTS or t.pos_ == "PROPN"]
        if places:  # "strengthened its forces IN Crimea": the subject's own, so the place is the target
            return places
    if _through(obj):
        # "lifted the state of emergency IN four states": the parser may hang the party on the verb
        inner = _look_through(obj) or [t for t in _pobjs(verb, ("in", "on", "against", "to", "from", "with"))
                                        if t.i > obj.i]
        if inner and all(_amount(t) for t in inner):  # "the release of $1.2 billion ..."
            return _beneficiary(inner[0], verb)
        return inner or [obj]
    return _handed_to(obj, verb) or [obj]


def _handed_to(thing: Token, verb: Token) -> list[Token]:
    """The party a thing goes to ("returned a manuscript to Italian authorities"): a thing handed
    over is no party, its receiver is. Empty when the object is itself a party or none is named."""
    if _is_party(thing, frozenset()) or thing.pos_ != "NOUN" or thing.lower_ in _PRONOUNS:
        return []
    found = _pobjs(verb, ("to",))
    if not found:
        to = stranded_to(thing)
        found = [c for c in to.children if c.dep_ == "pobj"] if to is not None else []
    return [t for t in found if _is_party(t, frozenset())]


def _recipient(verb: Token) -> list[Token]:
    """The "to" phrase of a giving verb, also when the parser hung it at the end of the object."""
    found = _pobjs(verb, ("to",))
    if found:
        return found
    for obj in _kids(verb, {"dobj"}):
        to = stranded_to(obj)
        if to is not None:
            return [c for c in to.children if c.dep_ == "pobj"]
    return []


def _governor(noun: Token) -> Token | None:
    """The verb a nominal trigger is the object of ("launched an assault", "held talks")."""
    cur = noun
    for _ in range(4):
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.dep_ in ("dobj", "pobj", "attr", "oprd", "conj", "prep", "compound", "nsubjpass") and \
                head.pos_ in ("VERB", "AUX"):
            return head
        if cur.dep_ not in ("pobj", "prep", "conj"):
            return None
        cur = head
    return None


def _nominal_slots(noun: Token, reciprocal: bool) -> tuple[list[Token], list[Token]]:
    source: list[Token] = []
    while noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        noun = noun.head  # "a mediation effort between X and Y": the whole compound is the event
    for child in noun.children:
        if child.ent_type_ in _TIME_ENTS or child.i > noun.i:
            continue
        if child.dep_ == "poss" or (child.dep_ in ("compound", "amod", "nmod") and child.ent_type_):
            source.append(child)
    source.extend(_pobjs(noun, ("by",)))
    preps = tuple(p for p in _NOMINAL_PREPS if p != "of") if reciprocal else _NOMINAL_PREPS
    target = _pobjs(noun, preps)
    verb = _governor(noun)
    if verb is not None:
        if not source:
            source = _subject(verb)
        if not target:
            target = [t for t in _pobjs(verb, _STRONG_PREPS) or _pobjs(verb, _WEAK_PREPS)
                      if t.i != noun.i and t.head.i != noun.head.i]
            # "in protest AGAINST X": a light noun on the verb points on at its party
            target = [x for t in target for x in ((_pobjs(t, _LIGHT_PREPS) or [t]) if _matter(t) else [t])]
            if not target and noun.dep_ == "pobj":
                # "declared a state of emergency IN X": the container is read like a direct object
                target = [t for o in _kids(verb, {"dobj"}) if o.i != noun.i for t in _direct_target(o, verb)
                          if t.i != noun.i]
    if not target:  # "an effort to resolve the rift between X and Y": whom its purpose concerns
        for clause in _kids(noun, {"acl", "relcl"}):
            if _to_infinitive(clause):
                target = [t for o in _kids(clause, {"dobj"})[:1] for t in _direct_target(o, clause)] or \
                    _pobjs(clause, ("against",))
        for clause in _kids(verb, {"xcomp", "advcl"}) if verb is not None and not target else []:
            if _to_infinitive(clause):
                target = target or _pobjs(clause, ("against",))  # "began a strike to protest AGAINST X"
    return source, target


def _nominal(trigger: Token) -> bool:
    return trigger.pos_ in ("NOUN", "PROPN") or (trigger.pos_ == "ADJ" and trigger.dep_ not in ("acomp", "ROOT"))


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


def _matter_mention(doc: Doc, actor: Actor) -> bool:
    """An actor mention that is the matter of the event ("withdraw its troops from X"): the phrase
    looked through it names the party, so the mention does not pull the phrase back."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _BATCHES:
        root = root.head.head  # "the batch of 200 peacekeepers": the container is the object
    if root.dep_ == "dobj" and root.head.lemma_.lower() in _MOVE_VERBS and \
            root.lemma_.lower() in _FORCES | _BATCHES:
        return True  # "withdrew peacekeepers from X": the forces moved are the mover's own
    return root.dep_ == "dobj" and (_matter(root) or _through(root) or _amount(root))


def _reconcile(doc: Doc, heads: list[Token], ranges: list[tuple[int, int]], actors: Sequence[Actor],
               trigger: Token, other: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parse's phrases when they hold the side's actors; else the actors' own phrases.

    "Holds" is checked on the whole subtree of the parse's head, so "at least 81 people in
    Nigeria" stays the phrase for the actor "Nigeria" even when trimming cut the actor off.
    """
    actors = [a for a in actors if not (a.start <= trigger.idx < a.end)]
    if ranges and not all(h.lower_ in _PRONOUNS for h in heads):
        # "Gorbachev announces that he is resigning": the parse already named whom "he" stands for
        actors = [a for a in actors if a.text.lower() not in _PRONOUNS and not _matter_mention(doc, a)]
    if not actors:
        return ranges
    if ranges and not all(h.lower_ in _PRONOUNS for h in heads):
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
    out: list[tuple[int, int]] = []
    for actor in actors:
        head = _actor_head(doc, actor)
        if head is None or head.i == trigger.i or head.sent.start != trigger.sent.start:
            continue
        rng = argument_phrase(head)
        if rng[0] <= trigger.i < rng[1] or any(o[0] < rng[1] and rng[0] < o[1] for o in other):
            continue
        if not any(r[0] <= rng[0] and rng[1] <= r[1] for r in out):
            out = [r for r in out if not (rng[0] <= r[0] and r[1] <= rng[1])] + [rng]
    return sorted(out) or ranges


# ------------------------------------------------------------------ reciprocity


def is_reciprocal(event: Event) -> bool:
    """Whether ``event`` is read with role R: its parties stand on both sides (set by this stage)."""
    return bool(event.source_spans) and event.source_spans == event.target_spans


def _recip_words(trigger: Token) -> set[str]:
    words = {trigger.lemma_.lower(), trigger.lower_}
    if trigger.lemma_.lower() in _RECIP_LIGHT_VERBS:  # "hold talks", "reach agreement", "signed a deal"
        for obj in _kids(trigger, {"dobj"}):
            words.update((obj.lemma_.lower(), obj.lower_))
    for comp in _kids(trigger, {"xcomp"}):  # "failed to reach agreement", "agreed to share": the complement's words
        words.add(comp.lemma_.lower())
        for obj in _kids(comp, {"dobj"}):
            words.update((obj.lemma_.lower(), obj.lower_))
    return words


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
            all(h.dep_ in _SUBJ for h in heads):
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
    trigger = _token_at(doc, event.start)
    if trigger is None:
        return [], [], False
    words = _recip_words(trigger)
    blocked = bool(words & _NOT_RECIPROCAL)
    pair = not blocked and bool(words & _RECIP_PAIR)
    joint_ok = not blocked and bool(words & _RECIP_JOINT)
    src_tokens = _actor_tokens(doc, event.source)
    tgt_tokens = _actor_tokens(doc, event.target)
    if _nominal(trigger):
        src_heads, tgt_heads = _nominal_slots(trigger, pair)
    else:
        src_heads = _subject(trigger)
        if len(_kids(trigger, _SUBJ)) > 1:
            src_heads = _kids(trigger, _SUBJ)
        tgt_heads = _object(trigger)
        if not src_heads and event.type in _STATE_ACTS and _kids(trigger, _PASS_SUBJ):
            # "Ingabire was arrested in Rwanda": with no agent named, the state where it was done did it
            src_heads = [t for t in _pobjs(trigger, ("in",)) if t.ent_type_ == "GPE"][:1]
        if event.type in _GIVE:  # "returned a pendant ... to Russian authorities": who receives it
            tgt_heads = _recipient(trigger) or tgt_heads
    src_heads = [t for t in src_heads if t.i != trigger.i]
    tgt_heads = [c for t in tgt_heads if t.i != trigger.i for c in (_claimant(t) or [t])]
    src_heads, tgt_heads = _follow_roles(src_heads, tgt_heads, src_tokens, tgt_tokens)
    if joint_ok:  # "agreed a trade deal": the deal is what is agreed, not a party
        tgt_heads = [t for t in tgt_heads if not _matter(t)]
    if joint_ok and any(_several(h) for h in src_heads) and \
            not any(_is_party(t, tgt_tokens) for t in tgt_heads):
        tgt_heads = []  # "Britain and Germany agreed to share information": what they share is no party
    between = [t for t in tgt_heads if t.head.lower_ in ("between", "among")]
    joint = joint_ok and not tgt_heads and any(_several(h) for h in src_heads)
    source = _merge_subjects(src_heads, _phrases(src_heads, src_tokens, join=joint))
    if between and pair and not source:
        source, tgt_heads, joint = _phrases(between, tgt_tokens, join=True), [], True
    target = _phrases(tgt_heads, tgt_tokens)
    source = _reconcile(doc, src_heads, source, event.source, trigger, target)
    target = _reconcile(doc, tgt_heads, target, event.target, trigger, source)
    target = [r for r in target if r not in source]
    recip = bool(source) and (joint or (pair and bool(target)))
    return source, target, recip


def add_argument_spans(doc: Doc, events: list[Event]) -> None:
    """Fill ``source_spans``/``target_spans`` of each event from the parse around its trigger.

    Idempotent: the spans are recomputed from the trigger and actors, never appended to.
    """
    for event in events:
        source, target, recip = _event_ranges(doc, event)
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

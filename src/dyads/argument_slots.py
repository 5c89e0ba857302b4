"""Which tokens fill the source and target slots of an event trigger (conventions in :mod:`dyads.arguments`).

Why apart: reading the slots (subjects, objects, the party a light object, measure, sum or moved force
points at) is one concern with its own lexicons; trimming each head to a phrase is another
(:mod:`dyads.argument_phrases`), and matching the phrases to actor mentions is the stage's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from .conjuncts import first_conjunct
from .actor_lexicon import sector_words
from .argument_phrases import LIGHT, PARTY_ENTS, TIME_ENTS, is_party
from .event_roles import GIVE as _GIVE, stranded_to, to_infinitive as _to_infinitive
from .model import Actor

__all__ = ["PRONOUNS", "RECIP_PAIR", "SUBJ", "matter", "matter_mention", "people_noun", "recip_words", "slot_heads",
           "stray_agent"]

SUBJ = frozenset({"nsubj", "csubj"})
_PASS_SUBJ = frozenset({"nsubjpass", "csubjpass"})
_STRONG_PREPS = ("against", "on", "to", "with", "at", "into", "toward", "towards", "upon", "onto", "for", "over")
_WEAK_PREPS = ("in", "from")
_NOMINAL_PREPS = ("against", "on", "with", "to", "into", "at", "toward", "towards", "upon", "over", "for",
                  "between", "among", "of", "in")
_REL_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "this", "these", "those"})
# Acts only a state does (arrest, expel, ban): "was arrested in Rwanda" names the state that did it.
_STATE_ACTS = frozenset({"COERCE", "SANCTION"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_OWN = frozenset({"its", "their", "his", "her", "our"})
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
# What is fired or thrown is the means, never the one hit: "fired tear gas AT protesters", "launched
# rockets INTO Israel"; with no such phrase the act has no named target.
_PROJECTILES = frozenset("gas teargas bullet round shot shell rocket missile mortar grenade cannon bomb "
                         "projectile stone rock flare dart baton truncheon club spray force weapon".split())
_FIRING_VERBS = frozenset("fire shoot launch throw lob hurl use drop".split())
_AIMED_PREPS = ("at", "on", "into", "toward", "towards", "against", "upon", "onto")
# Prepositions of a topic: "a protest OVER delays", "concern ABOUT the economy" (a party still counts).
_TOPIC_PREPS = frozenset({"over", "about", "regarding", "concerning"})
# Containers of a moved force: "the batch OF 200 peacekeepers", "a contingent OF troops".
_BATCHES = frozenset("batch contingent group detachment team".split())
# Where a light object points: "optimism ABOUT a deal", "pessimism IN the future of the economy".
_LIGHT_PREPS = _STRONG_PREPS + ("about", "regarding", "toward", "in", "from")
_THROUGH_PREPS = _LIGHT_PREPS + ("of", "between", "among")
# Reciprocal readings (gold role R) where the parties stand either side: "X held talks with Y",
# "X will host Y", "X signed a deal with Y"; also the matter of an event, never a party.
RECIP_PAIR = frozenset(
    "talks meeting meetings discussion discussions summit consultation consultations host sign "
    "agreement deal accord pact treaty exercise exercises drill drills game games".split()
)
# Verbs that only carry a reciprocal object: "held talks", "signed an agreement", "reached a deal".
_RECIP_LIGHT_VERBS = frozenset("hold have conduct attend sign reach conclude begin start open resume".split())
# Claims made against someone: "denied charges BY X", "rejected accusations FROM X" are aimed at the accuser.
_CLAIMS = frozenset("charge accusation allegation claim demand criticism complaint offer proposal threat".split())
# Claims of wrongdoing: what is denied or rejected, never a party (their claimant is, when named).
_ACCUSATIONS = frozenset("accusation allegation claim".split())
# Nouns of set phrases that give a purpose or cause, never a party or place: "in a bid to",
# "in an effort to", "in response to", "in exchange for", "in retaliation for", "in the face of".
_IDIOM_NOUNS = frozenset(
    "bid effort attempt order response retaliation exchange return accordance violation face "
    "line addition contrast protest solidarity reaction revenge view light spite".split()
)

# Legal standings one is held or freed on ("freed on bail", "released on parole", "under
# probation"): a condition of the act, never a party to it.
_STATUS_NOUNS = frozenset("bail parole probation remand licence license bond".split())


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
            objs = [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ not in TIME_ENTS
                    and not _idiom(prep, c)]
            if objs:
                found.setdefault(prep.lower_, []).extend(objs)
    for p in preps:
        if p in found:
            return found[p]
    return []


def _idiom(prep: Token, obj: Token) -> bool:
    """A set phrase of purpose or cause ("in a bid to", "in response to") or a legal standing
    ("on bail"): no party or place in it."""
    if prep.lower_ in ("on", "under") and obj.lemma_.lower() in _STATUS_NOUNS:
        return True
    return prep.lower_ == "in" and obj.lemma_.lower() in _IDIOM_NOUNS and not obj.ent_type_


def _subject(verb: Token, depth: int = 0) -> list[Token]:
    """Head tokens of whoever does ``verb``: its subject, a passive agent, or one inherited."""
    subj = _kids(verb, SUBJ) or [c for a in _kids(verb, {"aux"}) for c in _kids(a, SUBJ)]
    if subj:
        s = subj[0]
        if s.lower_ in _REL_PRONOUNS and verb.dep_ == "relcl":
            return [verb.head]
        if s.lower_ in PRONOUNS and verb.dep_ == "ccomp" and depth < 4:
            # "NAF says it has killed ...": the annotators name the speaker, not the pronoun
            outer = _subject(verb.head, depth + 1)
            if outer and outer[0].lower_ not in PRONOUNS:
                return outer
        if s.lower_ in PRONOUNS and verb.dep_ in ("ccomp", "advcl", "relcl") and depth < 4:
            # "X has made it clear it will not lift ...", "Obama ended a trip to Paris, where he met ...":
            # the nearest named subject above the clause (not over "but he declined": a coordinated
            # clause's pronoun may stand for the first clause's object)
            for up in list(verb.ancestors)[:5]:
                named = [t for t in _kids(up, SUBJ) if t.lower_ not in PRONOUNS and t.pos_ in ("NOUN", "PROPN")]
                if named:
                    return named[:1]
        return subj
    stray = [c for c in verb.children if c.dep_ in ("advmod", "npadvmod", "dep") and c.i < verb.i
             and c.ent_type_ in ("ORG", "GPE", "PERSON", "NORP") and c.ent_iob_ == "B"
             and not any(k.dep_ == "nsubj" for k in c.children)]
    if stray and verb.pos_ == "VERB" and not _kids(verb, _PASS_SUBJ | {"agent"}):
        # "USAID had announced ...": the parser took the name before the verb for an adverb
        return stray[:1]
    agent = _kids(verb, {"agent"})
    if agent:
        return [c for a in agent for c in a.children if c.dep_ == "pobj"]
    if _kids(verb, _PASS_SUBJ):
        return []
    if depth >= 4 or verb.head.i == verb.i:
        return []
    dep, head = verb.dep_, verb.head
    if verbless_subject(verb):
        return [head]  # "A U.S. congressional report called for sanctions": the report called
    if dep == "acl" and verb.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN"):
        gov = head.head
        if head.dep_ == "dobj" and gov.pos_ in ("VERB", "AUX") and not is_party(head, frozenset()):
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
        if dep == "pcomp" and gov.pos_ == "NOUN" and gov.dep_ == "dobj" and gov.head.pos_ == "VERB":
            # "the strikers accepted a formula for settling the dispute": who takes up a plan for
            # an act is who does it
            return _subject(gov.head, depth + 1)
    return []


def _through_light(obj: Token, verb: Token) -> list[Token]:
    """Whom a light object is aimed at: "an assault ON X", "talks WITH X", "support TO X"."""
    for preps in (_LIGHT_PREPS, _WEAK_PREPS):
        for tok in (obj, verb):
            found = [t for t in _pobjs(tok, preps) if t.i != obj.i]
            if found:
                return found
    return []


def matter(obj: Token) -> bool:
    """An object that is the matter of the event rather than a party ("talks", "a deal", "support")."""
    words = (obj.lemma_.lower(), obj.lower_)
    return any(w in LIGHT or w in RECIP_PAIR for w in words)


def _claimant(obj: Token) -> list[Token]:
    """Who made a claim ("charges BY X", "demands FROM X"): the party a denial or concession answers."""
    if obj.lemma_.lower() not in _CLAIMS:
        return []
    found = _pobjs(obj, ("by", "from"))
    for inner in _pobjs(obj, ("for", "of")):  # "offers for talks by X": the parser hangs "by" on the topic
        found = found or _pobjs(inner, ("by",))
    return found


# Pressure a refusal stands against: "declined DESPITE X's request", "refused UNDER pressure FROM X".
_PRESSURES = frozenset("request call plea appeal pressure demand urging ultimatum".split())


def _presser(verb: Token) -> list[Token]:
    """Who pressed for what a refusal turns down, named in an adverbial of the refusing verb or its
    complement ("declined to resign, despite X's request"; "refused to quit under pressure from X").

    Why: a rejection with no object is still aimed at whoever asked; the gold marks that party.
    """
    out: list[Token] = []
    for tok in [verb] + _kids(verb, {"xcomp"}):
        for noun in _pobjs(tok, ("despite", "under", "amid", "after")):
            if noun.lemma_.lower() not in _PRESSURES:
                continue
            out += [c for c in noun.children if c.dep_ == "poss" and c.lower_ not in _OWN] or \
                _pobjs(noun, ("from", "by"))
    return out


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
            objs = objs or [c for comp in _kids(clause, {"ccomp", "xcomp"}) for c in _kids(comp, SUBJ)]
            if objs:
                return objs
    return []


def _through(tok: Token) -> bool:
    """A measure or dealing that points at a party rather than being one ("a blockade", "evidence")."""
    return tok.lemma_.lower() in _THROUGH or tok.lower_ in _THROUGH


def _look_through(obj: Token) -> list[Token]:
    """The party a measure names: "a state of emergency IN Colombia" gives Colombia (nested measures too).

    A word list, not ``PartyAssigner.onward``'s test: span heads are read without the actors, so
    only the listed measures are known to name no party (any noun would make topics targets).
    """
    inner = _pobjs(obj, _THROUGH_PREPS)
    for _ in range(3):
        if len(inner) != 1 or not _through(inner[0]):
            break
        inner = _pobjs(inner[0], _THROUGH_PREPS)  # "a state of emergency" alone names no party
    return inner


# Opinions and feelings: what they are about is what the speaker comments on ("optimism ABOUT the
# reforms", "skeptical OF the figures"), so the topic is their target, unlike a protest's.
_OPINIONS = frozenset("optimism pessimism concern worry regret anger outrage satisfaction hope disappointment "
                      "dismay doubt skepticism scepticism confidence frustration".split())
_OPINION_PREPS = ("of", "about", "over", "on", "with", "regarding", "toward", "towards", "at")


def _opinion(tok: Token) -> bool:
    """A noun of opinion or feeling ("optimism", "concerns", "doubts")."""
    return tok.lemma_.lower() in _OPINIONS or tok.lower_ in _OPINIONS


def _object(verb: Token) -> list[Token]:
    """Head tokens of whom ``verb`` is done to."""
    if verb.pos_ == "ADJ" and verb.dep_ in ("acomp", "ROOT"):
        # "skeptical OF the scheme", "pessimistic ABOUT the outlook": what the stance is about
        found = _pobjs(verb, _OPINION_PREPS)
        if found:
            return found
    passive = _kids(verb, _PASS_SUBJ)
    if passive:
        if matter(passive[0]):  # "the war game was staged by X and Y": the event itself is no party
            return []
        return _handed_to(passive[0], verb) or passive
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN", "PRON") and \
            not verbless_subject(verb):
        return [verb.head]
    dative = [o for o in _kids(verb, {"dative"}) if o.pos_ != "ADP"]
    if dative:
        return dative
    for obj in [o for o in _kids(verb, {"dobj"}) if not _bare_amount(o)]:
        found = _direct_target(obj, verb)
        if found == [obj]:  # "outlawed the ANC and the PAC": the parser hung the second object on the verb
            found += [c for c in verb.children if c.dep_ == "conj" and c.i > obj.i and c.pos_ in ("PROPN", "NOUN")
                      and not _kids(c, SUBJ) and is_party(c, frozenset())]
        return found
    preps = _pobjs(verb, _STRONG_PREPS) or _pobjs(verb, _WEAK_PREPS)
    if preps:  # "agreed to a ceasefire IN Afghanistan", "called for sanctions AGAINST X": the party
        out: list[Token] = []
        for p in preps:
            if p.lemma_.lower() in LIGHT or p.lower_ in LIGHT:
                out.extend(t for t in _pobjs(p, _LIGHT_PREPS) if t.i != p.i)
            else:
                out.extend((_look_through(p) or [p]) if _through(p) else [p])
        return out
    for comp in _kids(verb, {"xcomp"}):  # "urged X to", "refused to lift sanctions ON X": the complement's
        inner = _kids(comp, {"dobj"})
        if inner and all(_bare_amount(o) for o in inner):
            return _object(comp)  # "ready to contribute more TO X"
        if inner:
            return _direct_target(inner[0], comp)
    return []


# Words that say how much, not what: "contribute MORE to X", "do MUCH for X".
_BARE_AMOUNTS = frozenset("more less much most further little".split())


def _bare_amount(obj: Token) -> bool:
    """A direct object that is only an amount word ("contribute more to UN operations"): the
    verb's prepositions then say whom the act concerns, as if it had no object."""
    return obj.lower_ in _BARE_AMOUNTS and not any(c.dep_ in ("prep", "pobj") for c in obj.children)


def _direct_target(obj: Token, verb: Token) -> list[Token]:
    """Whom a direct object stands for: itself, or the party it points at (conventions above)."""
    whole = _partitive(obj)
    if whole is not None:  # "eased some of its restrictions on X": the party the restrictions name
        inner = _direct_target(whole, verb)
        if inner and inner != [whole]:
            return inner
    if obj.lemma_.lower() in _PROJECTILES and verb.lemma_.lower() in _FIRING_VERBS:
        return _pobjs(obj, _AIMED_PREPS) or _pobjs(verb, _AIMED_PREPS)  # "fired tear gas (at X)"
    if _amount(obj):  # "provided 6 million euros to ...": the money is not the target
        return _beneficiary(obj, verb)
    doers = _doers(obj)
    if doers:  # "condemned the threats made by the US": the act points at whoever did it
        return doers
    if _claimant(obj):  # "denied charges by X": the reply is aimed at X
        return _claimant(obj)
    if obj.lemma_.lower() in _CLAIMS and not _kids(verb, _PASS_SUBJ) and _pobjs(verb, ("by",)):
        return _pobjs(verb, ("by",))  # the parser hung "by X" on the verb
    if obj.lemma_.lower() in _ACCUSATIONS:
        # "rejected accusation of racism": a charge with no one named behind it is no party
        return [t for t in _through_light(obj, verb) if is_party(t, frozenset())]
    if matter(obj):  # "expressed concern": no party unless a preposition names one
        found = _through_light(obj, verb)
        if len(found) == 1 and matter(found[0]):  # "claimed responsibility for the attack ON X"
            return [t for t in _pobjs(found[0], _STRONG_PREPS + _WEAK_PREPS) if t.ent_type_ not in TIME_ENTS] \
                or found
        if len(found) == 1 and _through(found[0]) and not is_party(found[0], frozenset()):
            return _look_through(found[0]) or found  # "eased curbs on exports of wheat TO Cuba"
        if found and all(t.head.lower_ in _TOPIC_PREPS and not is_party(t, frozenset()) for t in found) and \
                not _opinion(obj):
            return []  # "a protest over election delays": what it is about, not whom
        return found
    moved = [obj] + [o for o in _pobjs(obj, ("of",)) if obj.lemma_.lower() in _BATCHES]
    if any(c.dep_ == "poss" and c.lower_ in _OWN for c in obj.children) or \
            (verb.lemma_.lower() in _MOVE_VERBS and any(m.lemma_.lower() in _FORCES for m in moved)):
        places = [t for tok in (*moved, verb) for t in _pobjs(tok, ("in", "into", "from", "to", "with"))
                  if t.ent_type_ in _PLACE_ENTS | PARTY_ENTS or t.pos_ == "PROPN"]
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


# Hostile acts whose doer a condemnation is aimed at: "condemned the attacks carried out by X".
_HOSTILE_ACTS = frozenset(
    "act threat attack aggression killing violation crime abuse strike bombing atrocity crackdown massacre "
    "assault raid shelling provocation invasion occupation".split()
)
# Words that stand for a part of a group: "some of its restrictions", "most of the sanctions".
_PARTS = frozenset("some many most all several part much each".split())


def _partitive(obj: Token) -> Token | None:
    """The whole in "some of X" (a part of a thing is read as the thing), else None."""
    if obj.lower_ not in _PARTS or obj.pos_ not in ("PRON", "DET", "NOUN", "ADJ"):
        return None
    whole = _pobjs(obj, ("of",))
    if len(whole) != 1 or whole[0].pos_ != "NOUN" or is_party(whole[0], frozenset()):
        return None  # "freed some of the hostages": some of a group of parties is still parties
    return whole[0]


def _doers(obj: Token) -> list[Token]:
    """Who did an act named by the object or its conjuncts: "the threats made BY X" gives X.

    Why: an act is no party; its agent is the one a condemnation or rejection is aimed at.
    """
    if obj.pos_ != "NOUN" or is_party(obj, frozenset()):
        return []
    out: list[Token] = []
    for noun in [obj] + [c for c in obj.children if c.dep_ == "conj" and c.pos_ == "NOUN"]:
        if noun.lemma_.lower() not in _HOSTILE_ACTS:
            continue  # "rejected proposals laid out by X": what is rejected is the text itself
        for acl in _kids(noun, {"acl"}):
            if acl.tag_ == "VBN":
                out += [t for t in _pobjs(acl, ("by",)) if is_party(t, frozenset())]
    return out


# nouns for people of a sector ("migrants", "prisoners", "workers"): a party, never a thing handed over
_PEOPLE = frozenset(sector_words())


def people_noun(tok: Token) -> bool:
    """Whether ``tok`` names people ("inmate", "migrants", "a Palestinian"), not a thing or a place."""
    lemma = tok.lemma_.lower()
    return tok.lower_ in _PEOPLE or lemma in _PEOPLE or f"{lemma}s" in _PEOPLE or tok.ent_type_ in ("PERSON", "NORP")


def _handed_to(thing: Token, verb: Token) -> list[Token]:
    """The party a thing goes to ("returned a manuscript to Italian authorities"): a thing handed
    over is no party, its receiver is. Empty when the object is itself a party or none is named."""
    if is_party(thing, frozenset()) or thing.pos_ != "NOUN" or thing.lower_ in PRONOUNS:
        return []
    if people_noun(thing):
        return []  # "deported 2,374 migrants to Honduras": people moved are whom it is done to
    found = _pobjs(verb, ("to",))
    if not found:
        to = stranded_to(thing)
        found = [c for c in to.children if c.dep_ == "pobj"] if to is not None else []
    if not found:  # "returned a sculpture of X [to Ambassador Y]": the parser hung the receiver on the thing
        found = [t for t in _pobjs(thing, ("to",)) if t.ent_type_ in PARTY_ENTS or people_noun(t)]
    return [t for t in found if is_party(t, frozenset())]


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


# Acts that free someone, told in a clause beside an agentless "was released".
_FREEING = frozenset("pardon free release commute amnesty order grant".split())
_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def _freed_by(verb: Token) -> list[Token]:
    """(session 23) Who freed someone told in the agentless passive, named by the clause that says
    how ("X was released Saturday after President Kiir PARDONED him": Kiir), or [].

    Why: the clause's pronoun object is the one released, so its subject did the release; only a
    freeing verb whose object is a pronoun and whose subject is a named party counts.
    """
    if verb.lemma_.lower() not in ("release", "free"):
        return []
    for clause in _kids(verb, {"advcl"}):
        if clause.lemma_.lower() in _FREEING and any(c.lower_ in ("after", "when", "as") for c in _kids(clause, {"mark"})) \
                and any(o.lower_ in _OBJECT_PRONOUNS for o in _kids(clause, {"dobj"})):
            subj = [t for t in _kids(clause, SUBJ) if is_party(t, frozenset()) and t.lower_ not in PRONOUNS]
            if subj:
                return subj[:1]
    return []


def stray_agent(verb: Token) -> list[Token]:
    """(session 38 w) The "by" agent of an agentless passive that the parser hung on a place or
    time phrase of the verb ("was taken into custody on Monday at his apartment by the Royal
    Bahamas Police Force": "by" under "apartment"), or [].

    Why: the police who made the arrest were read as a second party arrested beside the man
    (judged wrong party in batch AK); a party named by "by" after the verb's own place or time
    phrase is the passive's doer."""
    found = []
    for prep in _kids(verb, {"prep"}):
        if prep.lower_ not in ("at", "in", "on", "outside", "near", "from"):
            continue
        for place in _kids(prep, {"pobj"}):
            found += [o for by in place.children if by.dep_ == "prep" and by.lower_ == "by"
                      for o in _kids(by, {"pobj"}) if is_party(o, frozenset()) and o.lower_ not in PRONOUNS]
    return found[:1]


# What refugees seek: the state or region they seek it in is the party asked.
_REFUGE = frozenset({"refuge", "asylum", "sanctuary", "shelter"})


def _refuge_place(verb: Token) -> list[Token]:
    """(session 23) Where refuge is sought ("sought refuge IN Sudan", "arrived IN Kyrgyzstan seeking
    a refuge"), or [].

    Why: refuge is what is asked for, not a party; the annotators mark the place that gives it
    (3 of 3 on the development half). The place may hang on the verb the seeking participle
    belongs to.
    """
    for tok in (verb, verb.head) if verb.dep_ in ("advcl", "acl", "xcomp") else (verb,):
        found = [t for t in _pobjs(tok, ("in", "to", "into")) if t.ent_type_ in _PLACE_ENTS]
        if found:
            return found[:1]
    return []


_LEAVING = frozenset({"resign", "quit", "step"})
_LEAVING_PHRASAL = {"stand": frozenset({"down", "aside"}), "bow": frozenset({"out"})}


def _office_left(verb: Token) -> list[Token]:
    """(session 23) The state or body whose office a resignation leaves ("resigning as president OF
    the Soviet Union", "stepped down from the board OF X"), or [].

    Why: a resignation is done to the polity the office serves, as the annotators mark it; the
    office itself is no party, and with no polity named the act keeps no target.
    """
    lemma = verb.lemma_.lower()
    if lemma not in _LEAVING and not (lemma in _LEAVING_PHRASAL and any(
            c.lower_ in _LEAVING_PHRASAL[lemma] for c in verb.children)):
        return []  # (session 37) "stood down as president of X", "bowed out as chairman of X" too
    return [t for office in _pobjs(verb, ("as", "from")) for t in _pobjs(office, ("of",))
            if is_party(t, frozenset())][:1]


# Taking verbs: what was taken "from" a party goes back to it when returned.
_TAKING = frozenset("seize take capture confiscate steal loot grab impound".split())


def _taken_from(verb: Token) -> list[Token]:
    """(session 23) Whom a returned thing was taken from, when no receiver is named ("will return
    weapons they seized FROM the Iraqi army"): the army.

    Why: giving back what was seized is aimed at its owner; the thing itself is no party. Only a
    "return" verb and a taking clause on its object count.
    """
    if verb.lemma_.lower() not in ("return", "hand", "give"):
        return []
    return [t for obj in _kids(verb, {"dobj"}) if _taken_thing(obj, verb)
            for clause in _kids(obj, {"relcl", "acl"}) if clause.lemma_.lower() in _TAKING
            for t in _pobjs(clause, ("from",)) if is_party(t, frozenset())][:1]


def _taken_thing(obj: Token, verb: Token) -> bool:
    return obj.dep_ == "dobj" and obj.head.i == verb.i and not is_party(obj, frozenset()) and not people_noun(obj)


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
        if cur.dep_ == "nsubj" and head.dep_ in ("ccomp", "xcomp") and _to_infinitive(head) and \
                head.head.pos_ == "VERB" and not _kids(head.head, {"dobj"}):
            # "declared [a state of siege] to begin at midnight": the parser made the object the
            # subject of the infinitive; the declaring verb still governs it
            return head.head
        if cur.dep_ not in ("pobj", "prep", "conj"):
            return None
        cur = head
    return None


def _nominal_slots(noun: Token, reciprocal: bool) -> tuple[list[Token], list[Token]]:
    source: list[Token] = []
    while noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        noun = noun.head  # "a mediation effort between X and Y": the whole compound is the event
    for child in noun.children:
        if child.ent_type_ in TIME_ENTS or child.i > noun.i:
            continue
        if child.dep_ == "poss" or (child.dep_ in ("compound", "amod", "nmod") and child.ent_type_):
            source.append(child)
    source.extend(_pobjs(noun, ("by",)))
    preps = tuple(p for p in _NOMINAL_PREPS if p != "of") if reciprocal else _NOMINAL_PREPS
    if _opinion(noun):  # "optimism ABOUT the reforms": what an opinion is about is its target
        preps += ("about", "regarding", "concerning")
    target = [x for t in _pobjs(noun, preps) for x in _pointed(t)]
    target = _places_moved_to(noun, target)
    verb = _governor(noun)
    if verb is not None:
        if not source:
            source = _subject(verb)
        if not target:
            target = [t for t in _pobjs(verb, _STRONG_PREPS) or _pobjs(verb, _WEAK_PREPS)
                      if t.i != noun.i and t.head.i != noun.head.i]
            # "in protest AGAINST X": a light noun on the verb points on at its party
            target = [x for t in target for x in ((_pobjs(t, _LIGHT_PREPS) or [t]) if matter(t) else [t])]
            if not target and noun.dep_ == "pobj":
                # "declared a state of emergency IN X": the container is read like a direct object
                target = [t for o in _kids(verb, {"dobj"}) if o.i != noun.i for t in _direct_target(o, verb)
                          if t.i != noun.i]
    if not target:  # "an effort to resolve the rift between X and Y": whom its purpose concerns
        for clause in _kids(noun, {"acl", "relcl"}):
            # "an effort to try to prevent a confrontation between X and Y": the innermost purpose
            while not _kids(clause, {"dobj"}) and len(_kids(clause, {"xcomp"})) == 1 and \
                    _to_infinitive(_kids(clause, {"xcomp"})[0]):
                clause = _kids(clause, {"xcomp"})[0]
            if _to_infinitive(clause):
                target = [t for o in _kids(clause, {"dobj"})[:1] for t in _direct_target(o, clause)] or \
                    _pobjs(clause, ("against",))
        for clause in _kids(verb, {"xcomp", "advcl"}) if verb is not None and not target else []:
            if _to_infinitive(clause):
                target = target or _pobjs(clause, ("against",))  # "began a strike to protest AGAINST X"
        if not target and verb is not None and noun.dep_ == "dobj":
            target = _grievance(verb, noun)
    if not target:
        target = _struck(noun)
    return source, target


# Verbs of impact whose subject may be the attack itself: "air strikes HIT the enclave".
_IMPACTS = frozenset("hit strike pound target destroy level flatten damage batter pummel rock".split())


def _struck(noun: Token) -> list[Token]:
    """(session 23) What an act noun told as the subject of a verb of impact hits ("Syrian air
    strikes and artillery fire HIT the rebel-held enclave": the enclave), or [].

    Why: the act is the doer of the verb, so the verb's object is whom it is aimed at; the nominal
    slots read only the noun's own prepositions and the verb it is the object of.
    """
    head = noun
    head = first_conjunct(head)
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _IMPACTS:
        return []
    return [t for o in _kids(verb, {"dobj"})[:1] for t in _direct_target(o, verb)]


# Nouns of moving forces: "the deployment OF troops TO X", "the withdrawal OF peacekeepers FROM X".
_MOVE_NOUNS = frozenset("deployment redeployment dispatch withdrawal pullout evacuation".split())
_MOVED_PREPS = ("to", "from", "in", "into")


def _places_moved_to(noun: Token, target: list[Token]) -> list[Token]:
    """A nominal move of forces with a named place keeps the place, not the forces moved
    ("approved the deployment of 1,000 troops TO Somalia": Somalia).

    Why: as for the verbs ("withdrew peacekeepers FROM X"), the forces moved are the mover's own,
    so the party the act concerns is where they go or leave; with no place named they stay.
    """
    if noun.lemma_.lower() not in _MOVE_NOUNS:
        return target
    forces = [t for t in target if t.head.lower_ == "of" and t.lemma_.lower() in _FORCES | _BATCHES]
    if not forces:
        return target
    rest = [t for t in target if t not in forces]
    if any(t.head.lower_ in _MOVED_PREPS for t in rest):
        return rest
    # the parser often hangs the place on the verb governing the act ("approved the deployment of
    # troops | TO Somalia")
    verb = _governor(noun)
    places = [t for t in _pobjs(verb, _MOVED_PREPS) if t.ent_type_ in ("GPE", "LOC")] if verb is not None else []
    return rest + places if places else target



# Words that name a protest's grievance: "in protest AGAINST X", "to protest X", "to denounce X".
_PROTEST_WORDS = frozenset("protest opposition oppose denounce condemn".split())


def _imposer(thing: Token) -> list[Token]:
    """Who imposed a protested measure: "laws imposed BY the government" gives the government.

    Why: a protest is aimed at whoever made the rule it rejects; the rule itself is no party.
    """
    if thing.pos_ != "NOUN" or is_party(thing, frozenset()):
        return []
    return [t for acl in _kids(thing, {"acl"}) if acl.tag_ == "VBN"
            for t in _pobjs(acl, ("by",)) if is_party(t, frozenset())]


def _grievance(verb: Token, noun: Token) -> list[Token]:
    """What a strike or walkout protests, from the verb holding it: "(began a strike) in protest
    AGAINST X" or "(launched a strike) to protest X" (its maker, when X is an imposed measure).

    Why: "in protest" is a set phrase that names no party itself, so the general look-through
    skips it, and a purpose clause's object was only read after "against".
    """
    found: list[Token] = []
    for prep in _kids(verb, {"prep"}) + _kids(noun, {"prep"}):  # on either: the parser varies
        for obj in _kids(prep, {"pobj"}):
            if prep.lower_ == "in" and obj.lemma_.lower() in _PROTEST_WORDS:
                found += _pobjs(obj, ("against",))
    for clause in _kids(verb, {"xcomp", "advcl"}):
        if not found and _to_infinitive(clause) and clause.lemma_.lower() in _PROTEST_WORDS:
            found = _pobjs(clause, ("against",)) or _kids(clause, {"dobj"})[:1]
    return [x for t in found for x in (_imposer(t) or [t])]


# What strikers ask for ("a strike FOR better pay and conditions"): the aim, never a party; the
# workplace or employer it names is ("better pay ON Freeport", "conditions IN Amazon warehouses").
_STRIKE_AIMS = frozenset("pay wage salary condition pension benefit bonus raise hour".split())
# Stoppages told through their object: "stopped work", "downed tools", "halted production".
_STOPPED_WORK = frozenset("work tool production job".split())
_WORKPLACE_PREPS = ("on", "in", "at", "from")


def _aim_employer(aim: Token) -> list[Token]:
    """The workplace or employer named on a strike's aim or its conjuncts ("better pay and
    conditions ON Freeport"), or []."""
    for noun in [aim, *aim.conjuncts]:
        found = _pobjs(noun, _WORKPLACE_PREPS)
        if found:
            return found[:1]
    return []


def _strike_target(trigger: Token, target: list[Token]) -> list[Token]:
    """(session 23) A strike is aimed at the employer or industry whose pay or conditions it
    demands ("went on strike for better pay and conditions ON Freeport-McMoRan": Freeport), never
    at the demand itself nor the work stopped ("stopped WORK in factories").

    Why: the annotators mark the workplace or firm (3 of 3 such strikes on the development half);
    what is asked for is the content of the protest, like a demand's content, and the stopped
    work is the act itself. Only nouns of pay and conditions count as aims.
    """
    def aim(tok: Token) -> bool:
        return tok.pos_ == "NOUN" and tok.lemma_.lower() in _STRIKE_AIMS

    def stopped(tok: Token) -> bool:
        return tok.dep_ == "dobj" and tok.head.i == trigger.i and tok.lemma_.lower() in _STOPPED_WORK
    kept = [t for t in target if not aim(t) and not stopped(t)]
    if len(kept) == len(target) and target:
        return target
    found = [e for t in target if aim(t) for e in _aim_employer(t)]
    if kept or found:
        return kept + found
    # the aim is often named further off: "(went on strike) in a campaign FOR better pay ...",
    # "(stopped work) ... to demand improved conditions IN X"
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subjects = {t.i for s in _kids(verb, SUBJ) for t in s.subtree}
    for tok in verb.subtree:
        if tok.i not in subjects and aim(tok) and tok.dep_ in ("pobj", "dobj") and (found := _aim_employer(tok)):
            return found
    return []


def _pointed(obj: Token) -> list[Token]:
    """The party an event noun's object stands for: a thing dealt in points on at whom it concerns
    ("a suspension of aid IN Yemen", "the release of $1.2 billion ... TO Egypt"); a party is itself."""
    if is_party(obj, frozenset()):
        return [obj]
    if _amount(obj):
        inner = [t for tok in obj.subtree if tok.dep_ == "prep" and tok.lower_ in ("to", "into")
                 for t in _kids(tok, {"pobj"}) if not _amount(t)]
        return inner[:1] or [obj]
    if matter(obj):
        return [t for t in _pobjs(obj, _LIGHT_PREPS) if t.i != obj.i] or [obj]
    if _through(obj):
        return _look_through(obj) or [obj]
    return [obj]


# Acts of asking or pressing: whom they press may be the subject of the clause that says what is
# asked ("pushing hard for the Afghan government [to] propose a ceasefire").
_ASKING = frozenset({"REQUEST"})


def _asked(verb: Token) -> list[Token]:
    """The named party a request presses, as the subject of its clause of what is asked
    ("pushing for the government to propose", "demanded that Israel withdraw"), or [].

    Why: with no object, the party who must act on a request is the one it is aimed at; only a
    named party counts (never a pronoun or "it is time ...").
    """
    for clause in _kids(verb, {"ccomp", "advcl"}):
        subj = _kids(clause, SUBJ)
        if subj and subj[0].lower_ not in PRONOUNS and is_party(subj[0], frozenset()):
            return subj[:1]
    return []


def object_doer(noun: Token) -> list[Token]:
    """Who does the verb whose direct object the act noun is ("Putin expressed his condolences",
    "China is enforcing all UN sanctions"): that verb's subject, or [] (see :mod:`dyads.arguments`)."""
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return []
    return _subject(noun.head)


def _nominal(trigger: Token) -> bool:
    return trigger.pos_ in ("NOUN", "PROPN") or (trigger.pos_ == "ADJ" and trigger.dep_ not in ("acomp", "ROOT"))


def verbless_subject(verb: Token) -> bool:
    """(session 22) Whether ``verb`` is the verb of a sentence the parser left with no main verb,
    hanging it as a participle on the noun before it ("A U.S. congressional report | called for
    sanctions against China", the noun the root): the noun is its subject, not what was done to.

    Only a verb that has its own object or preposition, after a root noun with no verb above it.
    """
    head = verb.head
    return verb.dep_ == "acl" and verb.pos_ == "VERB" and head.dep_ == "ROOT" and \
        head.pos_ in ("NOUN", "PROPN") and head.i < verb.i and \
        not any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children) and \
        any(c.dep_ in ("dobj", "prep", "dative") for c in verb.children)


def slot_heads(trigger: Token, event_type: str, reciprocal: bool) -> tuple[list[Token], list[Token]]:
    """Head tokens of the source and target slots of ``trigger`` (conventions in :mod:`dyads.arguments`).

    Why: the stage needs only the heads; the verbal and nominal readings and their lexicons stay here.
    ``reciprocal`` is whether the trigger reads as an event between a pair ("talks", "a deal").
    """
    if _nominal(trigger):
        src_heads, tgt_heads = _nominal_slots(trigger, reciprocal)
    else:
        src_heads = _subject(trigger)
        if len(_kids(trigger, SUBJ)) > 1:
            src_heads = _kids(trigger, SUBJ)
        tgt_heads = _object(trigger)
        if not src_heads and _kids(trigger, _PASS_SUBJ) and not _kids(trigger, {"agent"}):
            src_heads = _freed_by(trigger) or stray_agent(trigger)
        if not src_heads and event_type in _STATE_ACTS and _kids(trigger, _PASS_SUBJ):
            # "Ingabire was arrested in Rwanda": with no agent named, the state where it was done did it
            src_heads = [t for t in _pobjs(trigger, ("in",)) if t.ent_type_ == "GPE"][:1]
        if event_type in _GIVE:  # "returned a pendant ... to Russian authorities": who receives it
            tgt_heads = _recipient(trigger) or tgt_heads
        if not tgt_heads or all(_taken_thing(t, trigger) for t in tgt_heads):
            tgt_heads = _taken_from(trigger) or tgt_heads
        if not tgt_heads:
            tgt_heads = _office_left(trigger)
        if event_type == "REJECT" and not tgt_heads:
            tgt_heads = _presser(trigger)
        if event_type in _ASKING and not tgt_heads:
            tgt_heads = _asked(trigger)
        if tgt_heads and all(t.lemma_.lower() in _REFUGE for t in tgt_heads):
            tgt_heads = _refuge_place(trigger) or tgt_heads
    if event_type == "PROTEST":
        tgt_heads = _strike_target(trigger, tgt_heads)
    src_heads = [t for t in src_heads if t.i != trigger.i]
    tgt_heads = [c for t in tgt_heads if t.i != trigger.i for c in (_claimant(t) or [t])]
    return src_heads, tgt_heads


def recip_words(trigger: Token) -> set[str]:
    """The trigger's words and those of its light object or complement, for the reciprocal lexicons."""
    words = {trigger.lemma_.lower(), trigger.lower_}
    if trigger.lemma_.lower() in _RECIP_LIGHT_VERBS:  # "hold talks", "reach agreement", "signed a deal"
        for obj in _kids(trigger, {"dobj"}):
            words.update((obj.lemma_.lower(), obj.lower_))
    for comp in _kids(trigger, {"xcomp"}):  # "failed to reach agreement", "agreed to share": the complement's words
        words.add(comp.lemma_.lower())
        for obj in _kids(comp, {"dobj"}):
            words.update((obj.lemma_.lower(), obj.lower_))
    return words


def matter_mention(doc: Doc, actor: Actor) -> bool:
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
    if root.dep_ == "dobj" and (matter(root) or _through(root) or _amount(root)):
        return True
    noun = root
    while noun.dep_ in ("compound", "amod", "poss", "nmod") and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        noun = noun.head
    # "contribute to United Nations peacekeeping operations IN Syria": the body that runs the looked
    # through matter is no more its target than the matter is
    return noun.i != root.i and noun.dep_ in ("dobj", "pobj") and matter(noun) and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC")
                                                      for o in c.children) for c in noun.children)

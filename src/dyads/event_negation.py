"""Why a candidate did not happen: failures, denials, obligations, urging on someone else, charges.

Why apart: "failed to", "denied that", "must sign", "accused of" each say the act is not a deed
the sentence reports; these predicates read that from the parse for `set_flags` and are tuned on
their own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .conjuncts import first_conjunct
from .event_modality import Candidate, _HALTING, _HELD_TO_ACCOUNT, _PERMIT, _PUSHING, _URGING
from .event_roles import to_infinitive as _to_infinitive

__all__ = ["any_answered", "charged_gerund", "charged_means", "charging_word", "held_to_account"]


def _other_doer(clause: Token) -> bool:
    """Whether a wished clause has a subject of its own unlike the wisher's ("hope the army will
    withdraw"), so its "will" is no promise of the wisher."""
    own = [c.lower_ for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    wisher = [c.lower_ for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return clause.dep_ == "ccomp" and bool(own) and own != wisher


def _pushed_into(tok: Token) -> bool:
    """"pressured Ukraine into investigations", "forced them into talks": the act someone is pushed
    into is what the pusher seeks, not something done yet."""
    if tok.dep_ not in ("pobj", "pcomp") or tok.head.lower_ != "into":
        return False
    verb = tok.head.head
    return verb.lemma_.lower() in _PUSHING and any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)


def any_answered(noun: Token) -> bool:
    """Whether a noun is what a response is to ("respond to any new sanctions", "retaliate against
    any tariffs", "will answer any attack"): what "any" marks there may come, and the responder's
    "will" or "would" is no promise of it."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children):
        return False
    if noun.dep_ == "pobj":
        return noun.head.lower_ in ("to", "against") and noun.head.head.lemma_.lower() in _RESPONDING
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _RESPONDING


# verbs of response to another's act: what they answer is still to come when "any" marks it
_RESPONDING = {"respond", "react", "retaliate", "answer", "reply", "counter"}


def _no_longer(adv: Token) -> bool:
    """Whether a modifier is "no longer" ("would no longer cooperate with the mission"): the
    parser hangs "no" on "longer", so the verb shows no negation of its own, yet an ended act is
    denied, and a promise of it is a refusal. (Not "no more": "no more than ten" counts.)"""
    return adv.dep_ == "advmod" and adv.lower_ == "longer" and any(
        g.dep_ in ("neg", "det", "advmod") and g.lower_ == "no" for g in adv.children)


# verbs that deny a claim: the finite clause they govern is the charge denied, not a told deed
_DENYING = {"deny", "refute", "dispute", "reject"}


def _denied_clause(head: Token) -> bool:
    """Whether the act is the content of a denial ("denied that officers had fired canisters",
    "rejected claims that troops shelled the town" is not reached): a finite "that" clause under
    a verb of denying holds only what its speaker says did not happen, a statement (016), no deed."""
    if head.dep_ != "ccomp" or head.head.lemma_.lower() not in _DENYING or head.head.pos_ != "VERB":
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) \
        and not any(c.dep_ == "neg" for c in head.head.children)


# (session 22) nouns of evidence: "there was no sign Moscow had agreed", "no evidence that troops fired"
_EVIDENCE_NOUNS = frozenset({"sign", "evidence", "indication", "proof", "suggestion", "hint", "confirmation",
                             "word", "trace", "record"})


def _unattested(head: Token) -> bool:
    """(session 22) Whether the act is the clause of a denied piece of evidence ("there was no sign
    Moscow had agreed to help", "found no evidence that police fired"): the text neither tells the
    act nor its refusal, so it is no event (and no promise either, whatever its tense)."""
    noun = head.head
    if head.dep_ not in ("relcl", "acl", "ccomp") or noun.i == head.i or noun.i > head.i \
            or noun.lemma_.lower() not in _EVIDENCE_NOUNS:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return False  # "a sign to stop": an infinitive of purpose, not a told clause
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or (
        noun.dep_ in ("dobj", "attr") and any(c.dep_ == "neg" for c in noun.head.children))


def _obliging(head: Token, chain: list[Token]) -> bool:
    """Whether ``head`` puts the act below it under a present duty ("has to sign", "have to
    approve") or urges it on another party ("encouraged allies to restrict"): not yet done."""
    below = [c for c in head.children if c.dep_ == "xcomp" and c in chain]
    if not below:
        return False
    if head.lemma_.lower() == "have" and head.tag_ in ("VBZ", "VBP", "VB") \
            and any(_to_infinitive(b) for b in below):
        return True
    return head.lemma_.lower() in _URGING and any(c.dep_ in ("dobj", "dative") for c in head.children) \
        and (chain[0].pos_ == "VERB" or chain[0].dep_ == "dobj")  # "release the files from their probe": the probe was done


# the prepositions a charge names its deed with: "accused of", "charged with", "blamed for"
_CHARGE_PREPS = {"of", "with", "for"}
# a share in a deed, between the charge and the deed: "accused of complicity in torture"
_CHARGE_WORDS = {"accuse", "charge", "indict", "prosecute", "blame", "suspect", "allege", "accusation",
                 "allegation", "suspicion", "indictment"}
_SHARES = {"complicity", "involvement", "role", "part", "participation", "hand", "collusion"}


def held_to_account(tok: Token) -> Token | None:
    """The verb "hold" of "held Baku responsible for the shelling" when the small model hangs
    "responsible" on the one held (an adjective of the object, not a predicate of the verb): the
    deed ``tok`` is then what the subject blames the object for. Else None."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return None
    word = tok.head.head
    if word.lower_ in _HELD_TO_ACCOUNT and word.dep_ == "amod" and word.head.dep_ == "dobj" \
            and word.head.head.lemma_.lower() == "hold":
        return word.head.head
    return None


def charging_word(tok: Token) -> Token | None:
    """The charging verb or noun whose deed ``tok`` names ("accusing him of complicity in torture",
    "charged with murder", "an accusation of torture"), else None: such a deed is the accuser's
    claim about the accused, not a told act, and the accuser is never its doer. A court's verdict
    ("convicted of murder") establishes the deed, so it is no charge here."""
    node = tok
    if node.dep_ == "pobj" and node.head.lower_ == "in" and node.head.head.lemma_.lower() in _SHARES:
        node = node.head.head
    if node.dep_ != "pobj" or node.head.lower_ not in _CHARGE_PREPS:
        return None
    word = node.head.head
    if word.lower_ in _HELD_TO_ACCOUNT and word.dep_ in ("oprd", "acomp", "xcomp") \
            and word.head.lemma_.lower() == "hold":
        return word.head  # "held Pakistan responsible for the attack": blamed for it
    lemma = word.lemma_.lower()
    return word if lemma in _CHARGE_WORDS else None


# dependency links a noun climbs through to the deed it is part of ("of funding protests", "of
# trying to topple the government through bribes and protests"); a new clause stops the climb
_DEED_LINKS = {"dobj", "pobj", "prep", "xcomp", "conj", "pcomp", "advcl", "compound", "appos"}


def _list_member(node: Token) -> Token | None:
    """The last noun of a list whose coordinator the parser left behind when it made ``node`` a
    verb conjunct of the clause ("through bribery, disinformation and paid protests": "paid" hung on
    the main verb, with no "and" of its own): ``node`` really ends that list. Else None."""
    if node.dep_ != "conj" or node.pos_ != "VERB" or any(c.dep_ in ("cc", "nsubj", "nsubjpass") for c in node.children):
        return None
    prev = node.doc[node.i - 1] if node.i > 0 else None
    if prev is None or prev.dep_ != "cc" or prev.head.pos_ not in ("NOUN", "PROPN") or prev.head.i < node.head.i:
        return None
    return prev.head


def _charge_word_at(word: Token) -> bool:
    """Whether ``word`` is a charging word, or the accused the parser hung the "of" phrase on
    ("accused the men of organising": "of" on "men")."""
    return word.lemma_.lower() in _CHARGE_WORDS or (word.dep_ == "dobj" and word.head.lemma_.lower() in _CHARGE_WORDS)


def charged_means(tok: Token) -> bool:
    """Whether a noun trigger lies inside the deed a charge names, beyond its first word ("accuses
    Moscow of funding protests", "of trying to destabilise the government through bribery and paid
    protests"): the protests are what the accuser says the accused did or used, told only as part of
    the charge (the ACCUSE is the news), and no act of the accuser's."""
    node, steps = tok, 0
    while steps < 9 and node.head.i != node.i:
        steps += 1
        if (member := _list_member(node)) is not None:
            node = member
            continue
        if node.dep_ not in _DEED_LINKS:
            return False
        if node.dep_ in ("pcomp", "pobj") and node.head.lower_ in _CHARGE_PREPS and node.i != tok.i \
                and _charge_word_at(node.head.head):
            return True
        node = node.head
    return False


def charged_gerund(tok: Token) -> bool:
    """(session 22) Whether a gerund trigger is the deed a charge noun names ("detained over allegations
    of aiding a terrorist group", "arrested on suspicion of helping the rebels"): what is alleged is
    the accuser's claim, no told act. Also when the parser hangs the gerund of "allegations of
    corruption and aiding a terrorist group" on the clause's past verb (a gerund with no subject or
    auxiliary cannot share a past tense, so it ends the list the "of" phrase began)."""
    if tok.dep_ == "xcomp" and tok.head.tag_ == "VBG" and tok.head.lemma_.lower() in _INTENT_GERUNDS:
        # (session 35) "25 people suspected of planning to overthrow the state": the act planned
        # is inside the charge too, as the planning is
        return charged_gerund(tok.head)
    if tok.tag_ != "VBG":
        return False
    first = tok
    while first.dep_ == "conj" and (first.head.tag_ == "VBG" or first.head.pos_ == "NOUN"):
        first = first.head  # "of smuggling and aiding the rebels": the list the charge names
    if first.dep_ in ("pcomp", "pobj") and first.head.lower_ in _CHARGE_PREPS and _charge_noun(first.head.head):
        return True
    if first.dep_ == "pcomp" and first.head.lower_ == "of" and _described_as_charged(first.head.head):
        return True  # (session 26) "hanged a man convicted of wounding a guard": the verdict's deed, told before
    if tok.dep_ != "conj" or tok.head.tag_ not in ("VBD", "VBZ", "VBP") or tok.i < 2 \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return False
    if tok.doc[tok.i - 1].dep_ != "cc":
        return False
    node = tok.doc[tok.i - 2]
    node = first_conjunct(node)
    return node.dep_ in ("pobj", "pcomp") and node.head.lower_ in _CHARGE_PREPS and _charge_noun(node.head.head)


# (session 35) gerunds of intent whose "to" clause names the deed intended ("planning to overthrow")
_INTENT_GERUNDS = frozenset({"plan", "plot", "try", "attempt", "seek", "conspire", "prepare"})
# (session 26) participles that describe a person by a charge or a verdict: "a man convicted of"
_CHARGED_AS = {"convict", "accuse", "charge", "suspect"}


def _described_as_charged(word: Token) -> bool:
    """Whether ``word`` is a participle hung on a noun that describes it by a charge or a verdict ("a
    man convicted of wounding a guard", "a woman accused of spying"): the deed is background the
    verdict tells, done long before by the one described, not an act of the clause's subject."""
    return word.tag_ == "VBN" and word.dep_ == "acl" and word.lemma_.lower() in _CHARGED_AS


def _charge_noun(word: Token) -> bool:
    """A noun of charging ("allegations", "suspicion", "charges"). The gerunds after a verb of
    accusing ("accused Cambodian soldiers of ... firing at a patrol") keep their reading as the
    accused's deeds, as the parties rules code them."""
    return word.pos_ == "NOUN" and word.lemma_.lower() in _CHARGE_WORDS


def _framing(tok: Token) -> bool:
    """Whether the trigger is only the frame a verb is done in ("stopped work in a strike", "ceased
    trading in protest"): stopping work is how one strikes, so a stopping verb negates what it stops,
    its object or complement ("stopped the strike"), not the act its stopping is part of."""
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("in", "during", "as")


# clause roles whose "no" denies the act itself ("No soldiers were injured", "fired no shots")
_DENIABLE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})


def _none_involved(verb: Token) -> bool:
    """Whether the verb's subject or object is quantified by "no": "No Coalition troops were
    injured" reports that nobody was hurt, so the act did not happen to anyone."""
    return any(c.dep_ in _DENIABLE_ROLES and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
               for c in verb.children)


def _without_doing(tok: Token) -> bool:
    """Whether the trigger is the gerund (or its object) of "without": "left without reaching a
    deal", "ended without an agreement" tell that the act did not take place (session 19 S1)."""
    node = tok
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.tag_ == "VBG":
        node = tok.head  # "without signing an accord": the accord goes with its gerund
    return node.dep_ in ("pcomp", "pobj") and node.head.lower_ == "without" and node.head.dep_ == "prep"


# states of affairs that "easing" relieves: easing them is no concession of a curb or a demand
_TROUBLES = {"crisis", "tension", "suffering", "hardship", "shortage", "plight", "pain", "fear", "concern",
             "anxiety", "strain", "congestion", "situation", "misery", "gridlock", "bottleneck", "standoff"}
_EASING = {"ease", "relax", "loosen", "soften"}
# verbs that name what a case, talk or dispute is about: their object is its topic, not news
_TOPIC_VERBS = {"center", "centre", "focus", "hinge", "revolve"}

# verbs of halting or pulling back whose purpose clause says what the pause makes possible
_PAUSING = _HALTING | {"stop", "cease", "withdraw", "pull"}


def _halt_purpose(tok: Token) -> bool:
    """Whether a permitting verb is the "to" purpose of a halt ("troops suspended operations to allow
    the handover", "halted the shelling to permit evacuations"). Why: what the pause lets happen is
    its aim, the same de-escalation told once; a second CONCEDE would count one act twice."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in _PERMIT | {"enable"} and tok.dep_ == "advcl" \
        and _to_infinitive(tok) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
        and tok.head.lemma_.lower() in _PAUSING


def _halted_force(tok: Token) -> bool:
    """Whether a noun or gerund of force is what a verb halts ("agreed to halt fighting along the
    road", "suspended air strikes"): the fighting stopped is not fought, and no one threatens it; the
    halting verb carries the act."""
    named = (tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass")) or (tok.tag_ == "VBG" and tok.dep_ == "xcomp")
    return named and tok.head.lemma_.lower() in _HALTING and not _framing(tok)


# (session 27) verbs that end a standing measure: "lift the ban", "break a blockade", "repeal the curfew"
_LIFTING = frozenset({"lift", "break", "end", "scrap", "rescind", "revoke", "repeal", "ease", "relax",
                      "overturn", "remove", "drop", "suspend", "halt", "pause"})


def lifted_measure(tok: Token) -> bool:
    """Whether a noun of a curb or sanction is what a verb ends ("urge Beijing to lift the ban",
    "seeking to break a blockade on its region"): the measure was imposed before and by someone
    else, often an opponent of the one ending it; the ending verb carries the act (CONCEDE). One's
    own measure ended ("Russia ended its occupation of the town") is left to the readings of
    withdrawal, as before."""
    return tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") \
        and tok.head.lemma_.lower() in _LIFTING and not _framing(tok) \
        and not any(c.dep_ == "poss" for c in tok.children)


def _eased_trouble(tok: Token) -> bool:
    """Whether an easing verb acts on a state of affairs ("to ease the crisis", "easing tensions"):
    CONCEDE 081 is easing a curb or a sanction; relieving a crisis is an aim, not a concession."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in _EASING and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _TROUBLES for c in tok.children)


# (session 34) verbs of warding off, and the harms they ward off when these are states of affairs
# no party is held back from ("acted to prevent civil war", "focus on preventing similar tragedies")
_AVERTING = {"prevent", "avert", "forestall"}
_HARMS = {"war", "conflict", "violence", "bloodshed", "bloodbath", "tragedy", "disaster", "catastrophe",
          "escalation", "chaos", "anarchy", "collapse", "famine", "recurrence", "repetition", "repeat",
          "spread", "death", "loss", "default", "meltdown", "instability", "unrest", "genocide"} | _TROUBLES


def _averted_harm(tok: Token) -> bool:
    """(session 34) Whether a verb of warding off acts on a harm as a state of affairs ("the army
    acted to prevent civil war", "will focus on preventing similar tragedies"): COERCE 172 needs a
    party kept from doing something ("prevented journalists from entering", "prevented the rally");
    warding off a war or a tragedy is an aim, no act on anyone."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _AVERTING:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
        return False  # "prevented the war from spreading to X": someone may still be held back
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objs) and all(o.lemma_.lower() in _HARMS and o.ent_type_ == "" for o in objs)


def _prep_objs(tok: Token) -> list[Token]:
    """The objects of the prepositions hung on ``tok`` ("talk to everyone": everyone)."""
    return [o for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]


def _companion_travel(tok: Token, cand: Candidate) -> bool:
    """Whether a trip is only how a noun is described ("business leaders travelling with the
    delegation were upbeat"): a participle that names no place gone to says who came along, it tells
    no visit."""
    return cand.mode == "visit" and tok.tag_ == "VBG" and tok.dep_ == "acl" and not any(
        p.lower_ in ("to", "into") for p in tok.children if p.dep_ == "prep") and not any(
        c.dep_ in ("dobj", "advmod") for c in tok.children)


def _topic_of_case(tok: Token) -> bool:
    """Whether a noun trigger is what a case, talk or dispute "centred on" or "focused on" ("the
    case centred on the party's pledge to amend the law"): the topic, told as background, not an act
    in the news."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("on", "upon", "around") \
        and tok.head.head.lemma_.lower() in _TOPIC_VERBS

"""Wording about views, stands, duties and customs rather than acts between parties.

Why apart: "do not all agree on how inquiries work", "defended his proposal", "will take all
necessary measures" and "it is commonplace for governments to suspend parliament" use trigger
words, but say what someone thinks, guards, is charged with or is ready to do; telling them from
acts needs the modal, the possessor and the empty "it", not the word senses of ``event_senses``,
which asks these checks.
"""

from __future__ import annotations

from spacy.tokens import Token

from .conjuncts import first_conjunct
from .event_filters import _meant
from .event_generics import ONLOOKERS
from .event_nonparties import INSTRUMENTS, lemmas
from .event_private import DELIBERATIONS
from .event_roles import (
    PASS_SUBJ as _PASS_SUBJ, POSSESSIVE as _POSSESSIVE, SUBJ as _SUBJ, children as _children,
    prep_objects as _prep_objects,
    to_infinitive as _to_infinitive,
)
from .triggers import word_list

__all__ = ["accord_only", "considered_option", "eased_burden", "motion_vote", "no_act_stated",
           "forecast_warning", "opinion_or_own_stand", "owned_deed", "owned_deed_of", "stance_topic_or_cause", "stated_not_done",
           "veiled_threat", "voiced_agreement", "weighed_plan", "withheld_or_disputed"]


# verbs of inquiry: what investigators are sent to do (an errand) or do into a question
INQUIRIES = {"investigate", "probe", "inspect", "examine", "assess", "verify"}
# oneself as what is defended, allowed or looked into
REFLEXIVES = {"himself", "herself", "themselves", "myself", "ourselves", "yourself", "itself"}


# "will take all necessary measures", "reserves the right to take countermeasures": what a state
# says it is ready to do in a dispute, a veiled threat (CAMEO 130), when the measures are named as
# firm or as counter-measures and are still ahead
_GUARDING = {"protect", "defend", "safeguard", "uphold", "guard", "preserve", "secure", "retaliate", "respond"}
_FIRM_MEASURES = {"necessary", "resolute", "firm", "decisive", "forceful", "strong", "tough", "appropriate"}


def veiled_threat(tok: Token) -> bool:
    """Whether "take measures/steps" is said of measures still to come and named as firm."""
    if tok.tag_ != "VB":  # "will take", "to take"; not "took", "has taken" (done) or "taking"
        return False
    for obj in _children(tok, {"dobj"}):
        lemma = obj.lemma_.lower()
        if lemma in ("countermeasure", "counter-measure"):
            return True
        if lemma in ("measure", "step") and any(
                c.dep_ in ("amod", "det", "predet") and c.lower_ in _FIRM_MEASURES for c in obj.children) \
                and _in_dispute(tok, obj):
            return True
    return False


def _in_dispute(take: Token, obj: Token) -> bool:
    """Whether firm measures are aimed at a rival ("against Washington") or guard one's own
    rights, interests or people ("to protect its companies"), not a task such as relief."""
    if _prep_objects(take, {"against"}) or _prep_objects(obj, {"against"}):
        return True
    return any(c.dep_ in ("advcl", "acl", "relcl", "xcomp") and c.lemma_.lower() in _GUARDING
               for n in (take, obj) for c in n.children)


# "it is commonplace for governments to ...": words that make a "for X to" clause a custom
_HABITUAL = {"commonplace", "common", "usual", "customary", "normal", "typical", "routine", "traditional",
             "standard", "rare", "unusual", "uncommon", "unprecedented", "conventional", "habitual"}
_CUSTOMS = {"tradition", "custom", "practice", "norm", "convention", "habit", "rule"}
# what a body is charged with, as distinct from anything it did
_CHARGES = {"duty", "task", "job", "role", "mandate", "responsibility", "obligation", "mission", "remit", "function"}
# an act investigated through a question about it, not a suspect
_QUESTION_WORDS = {"what", "how", "why", "where", "when"}
# "effectively disarmed": a state described, not an act reported
_STATE_ADVERBS = {"effectively", "virtually", "practically", "essentially"}
# hearings that weigh a nominee, a bill or money: no inquiry into wrongdoing
_ROUTINE_HEARINGS = {"confirmation", "nomination", "budget", "appropriation", "appropriations", "bail",
                     "sentencing", "parole", "custody", "licensing", "planning", "zoning", "preliminary",
                     "extradition", "committal", "procedural", "pre-trial", "pretrial"}
_HEARD_THINGS = {"bill", "legislation", "nomination", "nominee", "budget", "proposal", "amendment", "measure"}
# what a people or a movement wants a state to become, not a request made to a party
_STATEHOOD = {"independent", "autonomous", "separate", "free", "sovereign"}


def no_act_stated(tok: Token, event_type: str) -> bool:
    """Wording that names a custom, a duty, a question, a state or a goal rather than an act:
    "it is commonplace for governments to suspend parliament", "whose duty it is to protect the
    borders", "would investigate what else could be done", "was effectively disarmed by 2010",
    "a confirmation hearing", "sought a more federal Europe", a verbless map caption.

    Why: each has a trigger word but reports nothing one party did to another; news uses them to
    explain background, so coding them adds events that never happened.
    """
    lemma = tok.lemma_.lower()
    duty = _enabled_by(tok)
    if duty.pos_ == "VERB" and _to_infinitive(duty) and (_custom_clause(duty) or _charged_with(duty)):
        return True
    if lemma in INQUIRIES and tok.pos_ == "VERB" and not _children(tok, {"dobj", "nsubjpass"}) and any(
            c.dep_ == "ccomp" and any(w.lower_ in _QUESTION_WORDS for w in c.subtree if w.i < c.i)
            for c in tok.children):
        return True  # "will investigate what went wrong", "examined how the system failed": no suspect
    if tok.tag_ == "VBN" and any(c.dep_ == "advmod" and c.lower_ in _STATE_ADVERBS for c in tok.children):
        by = _prep_objects(tok, {"by"}) + [p for a in _children(tok, {"agent"}) for p in _children(a, {"pobj"})]
        if by and all(p.ent_type_ in ("DATE", "TIME") for p in by) \
                or not by and event_type in ("RETREAT", "CONCEDE"):
            return True  # "had been effectively disarmed by 2010": the state a body was left in
    if lemma == "hearing" and tok.pos_ == "NOUN" and (
            any(c.dep_ in ("compound", "amod") and c.lower_ in _ROUTINE_HEARINGS for c in tok.children)
            or lemmas(_prep_objects(tok, {"on", "for", "about"})) & _HEARD_THINGS):
        return True  # "a confirmation hearing", "a hearing on the bill": no inquiry into anyone
    if lemma == "hearing" and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in _OCCASION_PREPS \
            and not _prep_objects(tok, {"into", "on", "about"}):
        # (session 34, helper y) "was the party's star witness during hearings that were broadcast
        # live": the sittings a deed is told in are its occasion, no inquiry by anyone named
        return True
    if lemma == "seek" and event_type == "REQUEST" and tok.pos_ == "VERB" and not _prep_objects(tok, {"from"}) \
            and any(_shaped_polity(o) for o in _children(tok, {"dobj"})):
        return True  # "sought a more federal European Union": a vision of a polity, asked of no one
    if event_type == "ACCUSE" and _bare_allegation(tok):
        return True
    return event_type != "SAY" and tok.pos_ == "NOUN" and _caption(tok)


# (session 34, helper y) prepositions that make a hearing the occasion of another deed
_OCCASION_PREPS = frozenset({"during", "throughout", "at", "after", "before", "ahead"})


# verbs whose agentless passive with an infinitive is a hedge: "is alleged to have paid"
_HEDGING_PASSIVES = {"allege", "rumour", "rumor", "reckon", "suppose", "purport"}


def _bare_allegation(verb: Token) -> bool:
    """"the envoy is alleged to have taken bribes", "with whom he is alleged to have met": an
    agentless passive of alleging with an infinitive tells what is said of someone, not an act of
    accusing by a party. Why: no one accuses here; the writer hedges a claim, and coded as ACCUSE
    it is an accusation without an accuser. "Prosecutors alleged that ..." stays an accusation."""
    if verb.lemma_.lower() not in _HEDGING_PASSIVES or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return False
    return any(c.dep_ == "xcomp" and _to_infinitive(c) for c in verb.children)


def _custom_clause(verb: Token) -> bool:
    """"it is commonplace/a tradition for new governments to suspend parliament": a habit of
    anyone in a role, told with an empty "it" subject."""
    head = verb.head
    if verb.dep_ in ("advcl", "xcomp", "ccomp", "csubj") and head.lemma_ == "be" and head.i != verb.i \
            and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children):
        said = [c for c in head.children if c.dep_ in ("acomp", "attr")]
        return any(c.lower_ in _HABITUAL or c.lemma_.lower() in _CUSTOMS for c in said)
    # an aside between dashes can cut the infinitive off its "it is common for X" in the parse:
    # take the nearest earlier "for" whose head is such a word, with no other infinitive between
    for t in reversed(list(verb.sent)[:verb.i - verb.sent.start]):
        if t.lower_ == "to" and t.i < verb.i - 1 and t.head.tag_ == "VB":
            return False
        if t.lower_ == "for" and t.head.lemma_ in ("be", *_HABITUAL, *_CUSTOMS):
            said = t.head if t.head.lemma_ != "be" else next(
                (c for c in t.head.children if c.dep_ in ("acomp", "attr")), t.head)
            be = said.head if said.dep_ in ("acomp", "attr") else said
            return (said.lower_ in _HABITUAL or said.lemma_.lower() in _CUSTOMS) and any(
                c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in be.children)
    return False


# "help/enable X (to) fight": verbs whose complement is the act they make possible
_ENABLING = {"help", "assist", "enable", "aid"}


def _enabled_by(verb: Token) -> Token:
    """The helping verb a bare or to-complement hangs from ("is to help Iraqi forces fight"), else
    the verb itself: a duty to help someone act charges the helper, and nobody has acted yet."""
    head = verb.head
    if verb.dep_ in ("xcomp", "ccomp") and head.i != verb.i and head.lemma_.lower() in _ENABLING:
        return head
    return verb


def _charged_with(verb: Token) -> bool:
    """"whose duty it is to protect", "their task is to guard", "the mandate to monitor the
    ceasefire": what a body is charged with doing, not anything it did."""
    head = verb.head
    if head.i == verb.i:
        return False
    if verb.dep_ == "acl" and head.lemma_.lower() in _CHARGES:
        return True  # "the mandate to monitor", "a duty to protect"
    if head.lemma_ != "be" or verb.dep_ not in ("xcomp", "ccomp", "advcl", "attr"):
        return False
    near = [c for c in head.children if c.dep_ in ("nsubj", "attr", "nsubjpass")]
    return any(c.lemma_.lower() in _CHARGES for c in near)


def _shaped_polity(obj: Token) -> bool:
    """A named polity or body given a shape: "a more federal European Union", "a stronger Europe"."""
    if obj.ent_type_ not in ("GPE", "ORG", "NORP", "LOC") and obj.pos_ != "PROPN":
        return False
    shapes = [c for c in obj.children if c.dep_ == "amod" and c.ent_type_ not in ("NORP", "GPE")]
    return bool(shapes) and not any(c.lower_ in _STATEHOOD for c in shapes)


def _caption(tok: Token) -> bool:
    """A verbless label such as a map legend ("Syrian opposition & Turkish occupation"): a noun
    with no argument phrase in a fragment with no verb names an area or a category, no act."""
    sent = tok.sent
    if any(t.pos_ in ("VERB", "AUX") for t in sent):
        return False
    if any(c.dep_ in ("prep", "poss", "acl", "relcl") for c in tok.children):
        return False  # "Russian air strikes on Idlib": a headline still reports who hit what
    return len([t for t in sent if t.is_alpha]) <= 8


# inquiries a body can turn on itself ("an internal review", "investigating itself")
_SELF_INQUIRIES = {"investigate", "investigation", "probe", "inquiry", "enquiry", "review", "audit",
                   "examination", "examine"}
_INWARD = {"internal", "in-house", "inhouse", "self"}
# one's own stand or deed: defending it backs no other party
_OWN_STANDS = {"decision", "proposal", "plan", "record", "position", "policy", "action", "remark", "comment",
               "statement", "choice", "move", "stance", "view", "vote", "handling", "response", "conduct",
               "approach", "strategy", "tweet", "word", "idea", "reform", "legacy", "agenda", "program",
               "programme", "claim", "order", "tenure", "performance", "judgment", "judgement", "call"}
# verbs of guarding, and what a state or group guards of its own (no other party is backed or aided)
_GUARDS = {"defend", "protect", "safeguard", "guard", "shield"}
_OWN_GROUND = {"border", "frontier", "territory", "land", "soil", "homeland", "country", "nation", "sovereignty",
               "independence", "city", "town", "village", "airspace", "sky", "water", "coast", "coastline",
               "capital", "people", "citizen", "population", "soldier", "troop", "force", "interest",
               "security", "base", "embassy", "infrastructure", "home", "family", "self", "integrity"}


def opinion_or_own_stand(tok: Token, event_type: str) -> bool:
    """Views, self-inquiries and one's own stand defended: "do not all agree on how inquiries
    work", "an internal investigation", "defended his proposal".

    Why: each uses a trigger word, but no party acts on another: agreeing about a matter is a
    shared (or split) opinion, a body looking into itself accuses no one, defending one's own plan
    backs nobody else.
    """
    lemma = tok.lemma_.lower()
    if event_type == "AGREE" and lemma == "agree" and tok.pos_ == "VERB" and _opinion_agree(tok):
        return True
    if stated_not_done(tok, event_type):
        return True
    if event_type == "THREATEN" and forecast_warning(tok):
        return True
    if event_type == "ACCUSE" and lemma in _SELF_INQUIRIES and (
            any(c.dep_ in ("amod", "compound") and c.lower_ in _INWARD for c in tok.children)
            or any(o.lower_ in REFLEXIVES for o in _children(tok, {"dobj"}) + _prep_objects(tok, {"into", "of"}))):
        return True  # "hired a law firm for an internal investigation", "announced investigating itself"
    if event_type == "SUPPORT" and lemma == "defend" and tok.pos_ == "VERB" and any(
            o.lower_ in REFLEXIVES or o.lemma_.lower() in _OWN_STANDS
            and any(c.dep_ == "poss" and c.lower_ in _POSSESSIVE for c in o.children)
            for o in _children(tok, {"dobj"})):
        return True  # "defended his proposal", "defended herself": one's own stand, no one else backed
    if event_type in ("SUPPORT", "AID") and lemma in _GUARDS and tok.pos_ == "VERB" and any(
            o.lower_ in REFLEXIVES or o.lemma_.lower() in _OWN_GROUND
            and any(c.dep_ == "poss" and c.lower_ in _POSSESSIVE | {"your"} for c in o.children)
            for o in _children(tok, {"dobj"})):
        return True  # "will defend its borders", "to protect our cities": a state guards its own, aids no one
    if event_type == "REJECT" and _held_opposition(tok):
        return True  # (session 37) "those opposed to the decision": a stand that names its holders
    return False


# (session 37) stance verbs whose participle after a noun only names those who hold the stand
_HELD_AGAINST = frozenset({"oppose", "object", "hostile", "averse"})


def _held_opposition(tok: Token) -> bool:
    """(session 37) Whether an "opposed to" participle only describes the noun or pronoun it follows
    ("stirred up by those opposed to the 2019 decision", "groups opposed to the mine").

    Why: the participle says which side people stand on, a standing position with no time and no
    act of rejection (judged no event in batch s23w); "Beijing said it firmly opposed the move"
    (a finite verb) stays a rejection."""
    if tok.lemma_.lower() not in _HELD_AGAINST or tok.tag_ not in ("VBN", "VBD") or not _prep_objects(tok, {"to"}) \
            or any(c.dep_ in ("aux", "auxpass", "nsubjpass", "dobj") for c in tok.children):
        return False
    if tok.dep_ in ("acl", "amod"):
        return tok.head.pos_ in ("NOUN", "PRON", "PROPN") and tok.head.i < tok.i
    # (session 42) "uniting parties and politicians opposed to the president's drive",
    # "politicians opposed to the reform met ...": the parser may read the participle as a finite
    # verb (joined to the clause's verb, or as the root with the noun before it for subject); but
    # "oppose" as a verb takes an object, never "to", so "opposed to" right after a noun, with no
    # auxiliary, still describes that noun
    if tok.lemma_.lower() != "oppose":
        return False  # ("the Left Bloc, which objected to any further cuts": "object to" is a verb)
    prev = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    return prev is not None and prev.pos_ in ("NOUN", "PROPN", "PRON") and prev.tag_ not in ("WDT", "WP") \
        and all(c.i == prev.i for c in tok.children if c.dep_ == "nsubj")




def forecast_warning(tok: Token) -> bool:
    """Whether "warn" is an onlooker's forecast: "economists warn that the turmoil could delay the loan".

    Why: a THREATEN (130) needs a party that says it may harm another; analysts, economists and
    researchers who warn of what may happen predict an outcome and hold no means to bring it about,
    so the word names no threat by anyone (a government's "warned that it would respond" stays).
    """
    if tok.lemma_.lower() != "warn" or tok.pos_ not in ("VERB", "AUX"):
        return False
    warners = _children(tok, {"nsubj"}) or ([tok.head] if tok.dep_ == "acl" else [])
    if any(w.lemma_.lower() in ONLOOKERS for w in warners):
        return True
    clauses = _children(tok, {"ccomp"})
    return bool(clauses) and all(_told_plight(c) for c in clauses)


# what people are said to face or suffer, and how a strain grows: "were facing famine", "pressure would grow"
_PLIGHTS = frozenset({"face", "suffer", "starve", "lack", "endure", "flee", "die"})
_GROWING = frozenset({"grow", "rise", "increase", "mount", "worsen", "deepen", "spread", "soar", "intensify"})
_STRAINS = _PLIGHTS | _GROWING


def _told_plight(clause: Token) -> bool:
    """Whether a "warned that" clause tells a plight or a growing strain, with no party as its doer:
    "warned that thousands were facing famine", "warned that pressure would grow". Why: a threat
    needs the warner to say it will act against someone; a hunger or a pressure names no such act."""
    lemma = clause.lemma_.lower()
    if lemma not in _STRAINS:
        return False
    if lemma in _PLIGHTS and any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return False  # "its troops would face any attackers": a stand announced, not a plight told
    subjects = _children(clause, {"nsubj"})
    return bool(subjects) and all(not _children(w, {"poss"}) and w.pos_ in ("NOUN", "NUM") and w.ent_type_ in ("", "CARDINAL", "QUANTITY") for w in subjects)


# "agreed with Croatia on the matter": topics of a view held in common, not a deal agreed on
_OPINION_TOPICS = word_list("opinion_topics")
_SHARED_FEELINGS = word_list("shared_feelings")
_WEIGHING = word_list("weighing_verbs")
# a that-clause with one of these tells an act agreed on ("agreed with Russia that troops would withdraw")
_PROMISING_MODALS = frozenset({"will", "would", "shall", "'ll", "wo"})
# verbs that expose a view ("expressed agreement with Peru's stance"), not a pact made or signed
_VOICING = frozenset({"express", "voice", "signal", "reiterate", "reaffirm", "state", "convey", "indicate", "stress"})
# verbs of telling whose clause may claim one's own deed ("said it was behind the kidnapping")
_CLAIMING = frozenset({"say", "claim", "announce", "state", "confirm", "admit", "acknowledge", "insist"})
_OWN_SUBJECTS = frozenset({"it", "they", "we", "i"})


def stated_not_done(tok: Token, event_type: str) -> bool:
    """Event words that CAMEO codes as 01 statements, not acts (see ``dyads.statements``).

    Why: "agrees with Hungary that the pact is unfair" names no act agreed (019 express accord);
    "shared the grief of the Turkish people" or "the view that" hands nothing over (018/019, not
    COOPERATE 064); "is weighing sanctions" weighs an option not yet taken (014); "said it was
    behind the kidnapping" is a claim of responsibility (015) by the one who speaks.
    """
    lemma = tok.lemma_.lower()
    if event_type == "AGREE" and tok.pos_ == "VERB" and accord_only(tok):
        return True
    if event_type == "AGREE" and lemma == "agreement" and voiced_agreement(tok):
        return True
    if event_type == "COOPERATE" and lemma == "share" and lemmas(_children(tok, {"dobj", "nsubjpass"})) \
            & _SHARED_FEELINGS:
        return True
    if tok.pos_ == "NOUN" and (considered_option(tok) is not None or debated_topic(tok)):
        return True
    if tok.pos_ == "VERB" and tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in _WEIGHING \
            and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children):
        return True  # "is weighing whether to expel the ambassador"
    if tok.pos_ == "VERB" and weighed_plan(tok) is not None:
        return True
    if event_type == "REJECT" and withheld_or_disputed(tok) is not None:
        return True  # "declined to name the diplomat", "rejected that view": 011/016, nothing refused
    return tok.pos_ == "NOUN" and owned_deed(tok)


# verbs that withhold words or facts: "declined to name the diplomat", "refused to disclose where"
_WITHHELD = frozenset({"comment", "elaborate", "speak", "confirm", "name", "identify", "disclose", "reveal",
                       "specify", "say", "answer", "detail"})
# what is handed over in words only ("declined to give details", "refused to provide figures")
_FACTS = frozenset({"detail", "information", "figure", "name", "reason", "details", "timeline", "specifics"})
# what one says others claim or think ("rejected that view", "dismissed the criticism", "a charge
# the government rejected"); a plan, offer, demand or claim to land is turned down, not disputed
_DISPUTED = frozenset({"view", "criticism", "criticisms", "critique", "accusation", "allegation", "charge",
                       "assertion", "characterization", "characterisation", "description", "assessment",
                       "finding", "conclusion", "theory", "version", "portrayal", "narrative",
                       "interpretation", "speculation", "insinuation", "claim",
                       "report", "suggestion", "rumor", "rumour", "label", "account", "remark", "comparison"})
# views disputed only with a that-clause ("rejected the notion that ..."; "the idea of talks" is a proposal)
_CLAUSED_VIEWS = frozenset({"idea", "notion", "perception", "impression", "premise", "belief"})
# verbs that name a thing as something ("called the accusations a provocation") and what they deny so
_NAMING = frozenset({"call", "brand", "label", "describe", "dub", "term"})
_NAMED_CHARGES = frozenset({"accusation", "allegation", "charge", "claim", "criticism", "rumor", "rumour",
                            "insinuation"})
_RIGHTS = word_list("denied_rights")
# those who rule on a claim rather than answer it
_BENCH = frozenset({"judge", "court", "justice", "tribunal", "jury", "magistrate", "panel", "arbitrator"})
_DISPUTING = frozenset({"reject", "dismiss", "dispute", "refute", "deny", "rebut", "contest"})


def withheld_or_disputed(tok: Token) -> str | None:
    """The CAMEO 01 statement code of a refusal that is only words, or None.

    Why: "declined to name the expelled diplomat", "refused to give details" withhold comment
    (011), and "rejected that view", "dismissed the criticism", "a charge the government
    rejected" answer what others say (016): nothing proposed, demanded or offered is refused, so
    none is a REJECT event (a rejected plan, offer, demand or claim to land still is).
    """
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB":
        return None
    if lemma in ("decline", "refuse"):
        for act in _children(tok, {"xcomp"}):
            said = act.lemma_.lower()
            if any(c.dep_ == "auxpass" for c in act.children):
                continue  # (session 21) "declined to be named": anonymity asked for, no comment withheld
            if said in _WITHHELD and not (said == "name" and _prep_objects(act, {"as"})):
                return "011"  # (not "refused to name him as minister": an appointment)
            if said in ("give", "provide", "offer", "release") and any(
                    o.lemma_.lower() in _FACTS or o.lower_ in _FACTS for o in _children(act, {"dobj"})):
                return "011"
        return None
    if lemma in _NAMING:
        # "called the accusations another provocation", "branded the report as lies": a charge
        # named as something else is denied (016); "called the visit a provocation" stays criticism
        named = [o for o in _children(tok, {"dobj"}) if o.lemma_.lower() in _NAMED_CHARGES]
        return "016" if named and (_children(tok, {"oprd"}) or _prep_objects(tok, {"as"})
                                   or any(_prep_objects(o, {"as"}) for o in named)) else None
    if lemma not in _DISPUTING or any(t.lemma_.lower() in _BENCH for s in _children(tok, _SUBJ | {"agent"})
                                      for t in s.subtree):
        return None  # ("Judge Marrero rejected this argument": a ruling, not a denial)
    objects = [o for d in _children(tok, {"dobj"} | _PASS_SUBJ) for o in (d, *d.conjuncts)]
    if tok.dep_ == "relcl" and not _children(tok, {"dobj"}) and not _children(tok, _PASS_SUBJ):
        objects.append(tok.head)  # "a charge the government rejected": the relative's noun
    for obj in objects:
        noun = obj.lemma_.lower()
        if noun == "claim" and any(c.dep_ == "prep" and c.lower_ in ("to", "over", "on") for c in obj.children):
            continue  # "rejected Beijing's claim to the islands": a demand for land
        if any(c.dep_ == "compound" and c.lemma_.lower() in _RIGHTS for c in obj.children):
            continue  # "denied asylum claims": a right refused, not a charge answered
        if lemma == "deny" and obj.pos_ == "NOUN" and noun not in _RIGHTS \
                and any(c.dep_ == "det" and c.lower_ == "any" for c in obj.children):
            return "016"  # (session 21) "Beijing denies any abuse": a deed denied, not a thing refused
        if noun in _DISPUTED or noun in _CLAUSED_VIEWS and _children(obj, {"acl", "ccomp"}) and any(
                m.dep_ == "mark" and m.lower_ == "that" for c in _children(obj, {"acl", "ccomp"}) for m in c.children):
            return "016"
    return None


# what is weighed when an act is planned but not yet done ("studying a plan to expel diplomats")
_PLANS = frozenset({"plan", "proposal", "option", "idea", "possibility", "prospect", "suggestion"})
_STUDYING = frozenset({"study", "examine", "explore", "review"})


def weighed_plan(act: Token) -> Token | None:
    """The verb of weighing in "is studying a plan to expel diplomats", "considering the
    possibility of providing experts", "weighing the option of sending troops" (the act is an
    option, CAMEO 014), or None. ("is considering sending aid" stays an event: see the docs.)"""
    noun = act.head
    if act.dep_ == "acl" and _to_infinitive(act):
        pass
    elif act.dep_ == "pcomp" and noun.lower_ == "of":
        noun = noun.head
    else:
        return None
    if noun.lemma_.lower() not in _PLANS or noun.dep_ != "dobj" or any(c.dep_ == "poss" for c in noun.children):
        return None  # ("rejected Iran's plan to", "backed the plan to": another's plan, or no weighing)
    verb = noun.head
    return verb if verb.lemma_.lower() in _WEIGHING | _STUDYING and verb.pos_ == "VERB" else None


def accord_only(tok: Token) -> bool:
    """"agrees with Hungary", "said he agreed with Croatia on the matter", "agree with what X
    proposes", "agrees with Hungary that the pact is unfair": accord with a party or its view, no
    act agreed to ("agreed with Iran to", "on a deal", "that troops would withdraw")."""
    lemma = tok.lemma_.lower()
    if lemma not in ("agree", "concur"):
        return False
    if not (_prep_objects(tok, {"with"}) or any(c.dep_ == "prep" and c.lower_ == "with"
                                                 and _children(c, {"pcomp"}) for c in tok.children)):
        return False
    for c in tok.children:
        if c.dep_ in ("xcomp", "dobj", "nsubjpass") or c.dep_ == "prep" and c.lower_ in ("to", "upon"):
            return False
        if c.dep_ == "prep" and c.lower_ == "on" and lemma == "agree" \
                and not all(o.lemma_.lower() in _OPINION_TOPICS for o in _children(c, {"pobj"})):
            return False  # "agreed with Iran on a ceasefire": a deal ("concur on" is always a view)
        if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in _PROMISING_MODALS for a in c.children):
            return False
        if c.dep_ in ("ccomp", "advcl") and _to_infinitive(c):
            return False  # "agreed with Airbus to open a factory" (the parser's advcl)
    # (the parser may hang "that inspectors would return" or "to open" on the partner)
    return not any(t.pos_ in ("VERB", "AUX") and (
        any(m.dep_ == "mark" and m.lower_ == "that" for m in t.children)
        and any(a.dep_ == "aux" and a.lower_ in _PROMISING_MODALS for a in t.children)
        or t.dep_ == "acl" and _to_infinitive(t)) for o in _prep_objects(tok, {"with"}) for t in o.subtree)


def voiced_agreement(noun: Token) -> bool:
    """"expressed agreement with Peru's stance": accord voiced with another's view (019), as
    against a pact reached, signed or made."""
    verb = noun.head
    while noun.dep_ == "conj":
        noun = noun.head
        verb = noun.head
    return noun.dep_ == "dobj" and verb.lemma_.lower() in _VOICING and bool(_prep_objects(noun, {"with"}))


def considered_option(noun: Token) -> Token | None:
    """The verb of weighing whose object an act noun is ("is weighing sanctions against Belarus",
    "mulling over new sanctions"), or None. An act owned by someone else ("considering Iran's
    request") or judged as something ("considered the strike an act of war") is not an option."""
    cur = noun
    while cur.dep_ == "conj":
        cur = cur.head
    if any(c.dep_ == "poss" for c in noun.children) or _prep_objects(noun, {"by", "from"}):
        return None
    if _listed_option(cur):
        cur = cur.head.head  # (session 21) "would consider all options, including an appeal": one option named
    head = cur.head
    if cur.dep_ == "pobj" and head.lower_ == "over" and head.dep_ in ("prep", "prt"):
        head = head.head  # "mulling over new sanctions"
    elif cur.dep_ != "dobj":
        return None
    if head.lemma_.lower() not in _WEIGHING or head.pos_ != "VERB" \
            or any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in head.children):
        return None
    return head


# (session 28 U) verbs and nouns of debate: an act they are about is a topic, not done
_DEBATING = frozenset({"debate", "discuss", "discussion", "deliberation", "deliberate"})
# determiners of an act already known, which a debate may be about after it was done
_KNOWN_DETS = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "our"})


def debated_topic(noun: Token) -> bool:
    """(session 28 U) Whether an act noun with no determiner of a known act is what a debate is
    about ("ministers debated sanctions against Russia", "discussed a ban on imports", "the debate
    on sanctions against Iran"): a topic, no measure imposed. Why: judges of our fresh news
    called such records "no event, only a topic". "Discussed the attack on the embassy" or
    "Iran's ban" name a known act and are left to the other rules."""
    cur = noun
    while cur.dep_ == "conj":
        cur = cur.head
    if any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _KNOWN_DETS for c in noun.children) \
            or _prep_objects(noun, {"by", "from"}):
        return False
    head = cur.head
    if cur.dep_ == "pobj" and head.lower_ in ("on", "over", "about"):
        head = head.head  # "the debate on sanctions", "deliberated over a ban"
    elif cur.dep_ != "dobj":
        return False
    return head.lemma_.lower() in _DEBATING and head.i != cur.i


# prepositions that name one of a set of options: "all options, including an appeal", "steps such as a ban"
_LISTING = frozenset({"including", "like", "as"})


def _listed_option(noun: Token) -> bool:
    """Whether an act noun is named as one of a plural set of options or steps ("all options,
    including an appeal to the WTO", "measures such as a ban"): weighing the set weighs the act."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _LISTING or prep.head.i == prep.i:
        return False
    if prep.lower_ == "as" and not any(c.lower_ == "such" for c in prep.children):
        return False
    return prep.head.pos_ == "NOUN" and prep.head.tag_ == "NNS"


def owned_deed(noun: Token) -> bool:
    """"said it was behind the kidnapping", "said they were responsible for the attack": the
    speaker claims the deed as its own (CAMEO 015), which no reader can confirm; "said Russia was
    behind it" accuses another. ("claimed responsibility for the attack" keeps its attack for the
    classifier to drop, as before.)"""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ not in ("behind", "for"):
        return False
    cop = head.head
    if head.lower_ == "for":
        if cop.lemma_.lower() != "responsible":
            return False
        cop = cop.head if cop.dep_ in ("acomp", "amod") else cop
    elif cop.lemma_.lower() != "be":
        return False
    return cop.dep_ == "ccomp" and cop.head.lemma_.lower() in _CLAIMING \
        and any(s.lower_ in _OWN_SUBJECTS for s in _children(cop, {"nsubj"}))


def owned_deed_of(verb: Token) -> Token | None:
    """The act noun a verb of telling claims as the speaker's own deed ("said it was behind the
    kidnapping": "kidnapping"), or None (see ``owned_deed``)."""
    for clause in _children(verb, {"ccomp"}):
        for t in clause.subtree:
            if t.pos_ == "NOUN" and owned_deed(t) and t.head.head in (clause, *clause.children):
                return t
    return None


def _opinion_agree(tok: Token) -> bool:
    """"agree about the risks", "do not all agree (on how inquiries work)": a view held in common or
    not, as against agreeing on a deal or on how the water will be shared."""
    if _prep_objects(tok, {"about"}):
        return True
    if any(c.lower_ == "all" and c.dep_ in ("advmod", "det", "predet") for c in tok.children) \
            and any(c.dep_ == "neg" for c in tok.children):
        return True  # "do not all agree": members split in opinion
    return False


_BACKING = {"support", "back", "champion", "favour", "favor", "advocate", "promote", "endorse"}
_MOTIONS = word_list("motions")
_BURDENS = word_list("eased_burdens")
# how members take sides in a vote: backing or opposing a motion
_SIDING = _BACKING | {"oppose"}
_FIELDS = word_list("policy_fields")
_PROTESTS = word_list("protest_words")
_BARRING = word_list("barring")
_SPANS = word_list("time_spans")
_KINDS_OF_ACTOR = {"PERSON", "ORG", "GPE", "NORP"}
# acts of help and accord that, named as what people protest over, are a plan argued about
_COOP = {"COOPERATE", "AGREE", "AID", "CONSULT", "SUPPORT", "CONCEDE", "RETREAT", "REQUEST"}
# "cited the audit as barring him": verbs that present a thing as a cause
_PRESENTING = {"cite", "describe", "see", "regard", "view", "blame", "name", "give"}


# verbs of solidarity whose "in ...ing" phrase says what the side taken is for
_STANDING_BY = frozenset({"stand", "side"})


def _solidarity_in(tok: Token) -> bool:
    """(session 29) Whether a gerund tells on what ground a party stands with another ("stood with
    Argentina in rejecting violence", "stands with its ally in resisting pressure"): the solidarity
    is the act, and what it is "in" restates the shared view, no second act against anyone."""
    prep = tok.head
    return tok.tag_ == "VBG" and tok.dep_ == "pcomp" and prep.lower_ == "in" \
        and prep.head.lemma_.lower() in _STANDING_BY and bool(_prep_objects(prep.head, {"with", "by"}))


def stance_topic_or_cause(tok: Token, event_type: str) -> bool:
    """A stance on a field of policy, an act named only as what a protest is about, or a thing
    (an audit, a rule) said to bar someone: "supported free schooling and farming", "protesters
    over the extradition plans", "cited an audit as preventing him from releasing them".

    Why: none of them is one party acting on another; backing schooling has no one behind it,
    the act a protest is about is the protest's topic, and an audit keeps no one from anything
    unless a party wields it.
    """
    lemma = tok.lemma_.lower()
    if event_type == "SUPPORT" and lemma in _BACKING and tok.pos_ == "VERB" and _fields_only(tok):
        return True
    if motion_vote(tok, event_type) or eased_burden(tok, event_type):
        return True
    if tok.pos_ == "NOUN" and (_protest_topic(tok, event_type) or _talk_topic(tok, event_type)):
        return True
    if tok.pos_ == "VERB" and event_type in _COOP and _protest_purpose(tok):
        return True
    if tok.pos_ == "VERB" and (_procedure_told(tok) or _power_held(tok)):
        return True
    if tok.pos_ == "VERB" and _solidarity_in(tok):
        return True  # (session 29) "stood with its ally in resisting malign influence": the stand's ground
    if tok.pos_ == "NOUN" and event_type in _CONDUCT and _reason_cited(tok):
        return True
    if tok.pos_ == "VERB" and (event_type in ("SUPPORT", "REJECT") or event_type == "AID"
                               and tok.lemma_.lower() == "back") and _standing_stance(tok):
        # ("has long backed the militias", "the rebels are backed by Iran": armed backing, AID since
        # session 18, is a standing alliance there too)
        return True
    if tok.pos_ == "VERB" and (event_type in ("SUPPORT", "REJECT", "ASSAULT") or event_type == "AID"
                               and tok.lemma_.lower() == "back") and _described_side(tok):
        return True
    if tok.pos_ == "VERB" and _habit_denied(tok):
        return True
    if _standing_mission(tok):
        return True
    if tok.pos_ == "NOUN" and event_type in ("SUPPORT", "REJECT") and _polled_stance(tok):
        return True
    if tok.pos_ == "VERB" and event_type in ("SUPPORT", "REJECT", "ACCUSE") and _polled_view(tok):
        return True
    return event_type == "COERCE" and lemma in _BARRING and tok.pos_ == "VERB" and _thing_as_cause(tok)


# where opinion is measured, not acted on: "a poll put support for the senator at two percent"
_MEASURES = {"poll", "survey", "polling", "study", "census", "rating"}
_STANCE_NOUNS = {"support", "approval", "backing", "opposition", "popularity"}


def _polled_stance(noun: Token) -> bool:
    """Support or opposition that a poll measures: "a poll put support for the senator at two
    percent", "a survey found support for the party fell to 30 percent".

    Why: a share of voters is a measure of opinion, not a party backing another; coded as SUPPORT
    it is an act with no doer."""
    if noun.lemma_.lower() not in _STANCE_NOUNS:
        return False
    verb = noun.head if noun.dep_ in ("dobj", "nsubj", "nsubjpass") else None
    if verb is None:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _MEASURES for c in verb.children):
        return True
    return any(t.lower_ in ("percent", "per", "%") or t.ent_type_ == "PERCENT" for t in verb.subtree)


_FINDING = frozenset({"show", "find", "suggest", "indicate", "reveal", "say", "confirm"})


def _polled_view(verb: Token) -> bool:
    """Whether backing or opposing is what a poll finds ("opinion polls show a clear majority of
    French people opposed the change"): a share of the public measured, no party acting (session 28)."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ == "VERB":
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _FINDING:
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _MEASURES for c in clause.head.children)


def _fields_only(verb: Token) -> bool:
    """Whether everything backed is a field of policy or a cause with no party in it."""
    objs = _children(verb, {"dobj"})
    objs = objs + [c for o in objs for c in o.conjuncts
                   if c.ent_type_ not in ("DATE", "TIME") and c.lemma_.lower() not in _SPANS]  # parse slips
    return bool(objs) and all(
        o.lemma_.lower() in _FIELDS and o.pos_ == "NOUN"
        and not any(t.ent_type_ in _KINDS_OF_ACTOR or t.dep_ == "poss" for t in o.subtree if t.i != o.i)
        and not any(t.pos_ == "PROPN" for p in _children(o, {"prep"}) for t in p.subtree)
        # ("the inclusion of minority groups" names a cause and whom it is for; "the reforms of the
        # government" name whose reforms they are)
        and not any(c.dep_ == "prep" and not (c.lower_ == "of" and o.lemma_.lower() in _CAUSES_FOR)
                    for c in o.children) for o in objs)


# causes named with the people they are for: "the inclusion of minority groups", "the rights of women"
_CAUSES_FOR = {"right", "rights", "inclusion", "integration", "equality", "tolerance", "diversity"}


# verbs whose object is only what a meeting is about ("met to discuss the minister's resignation"):
# a sitting body's deliberations, less "vote" and "decide", whose object is acted on, not talked over
_DELIBERATING = DELIBERATIONS - {"vote", "decide"}


def _talk_topic(tok: Token, event_type: str) -> bool:
    """Whether a cooperative act noun is only the topic of talks: "will meet to discuss the
    minister's resignation", "debated the aid package". Like a protest's topic, the act is
    argued over; the talk is the event, not the act talked about."""
    if event_type not in _COOP or tok.dep_ != "dobj":
        return False
    verb = tok.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _DELIBERATING


# "the monarch is allowed to", "the speaker can": a power someone holds, not a use of it
_POWERS = {"allow", "permit", "entitle", "empower", "authorise", "authorize"}
_ABLE_AUX = {"can", "may"}


# offices whose powers a text describes: "the king can prorogue a session"
_OFFICES = {"king", "queen", "monarch", "sovereign", "crown", "president", "governor", "speaker", "chancellor",
            "premier", "court", "parliament", "legislature", "senate", "assembly"}


# bodies named as any one of a kind ("a member state", "any country"): their "could" is a power
_ANY_STATE = {"country", "state", "government", "member", "authority", "judge", "regulator", "official"}


def _power_held(verb: Token) -> bool:
    """"The Spanish king can prorogue a session", "the monarch is allowed to dissolve a parliament":
    an office's power over any such thing, told with "can" or "is allowed to" and an indefinite
    object, is a rule, not an act done."""
    holder = verb
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _POWERS \
            and any(c.dep_ == "auxpass" for c in verb.head.children):
        holder = verb.head  # "the monarch is allowed to prorogue a session"
    elif any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in verb.children) and any(
            s.lemma_.lower() in _OFFICES | _ANY_STATE and s.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in s.children)
            for s in _children(verb, _SUBJ)):
        return True  # "a single EU country could demand a provider take it down": what any may do
    elif not any(c.dep_ == "aux" and c.lower_ == "can" for c in verb.children):
        return False
    if not any(s.lemma_.lower() in _OFFICES and s.pos_ == "NOUN" for s in _children(holder, _SUBJ | _PASS_SUBJ)):
        return False
    objs = _children(verb, {"dobj"})
    return bool(objs) and all(any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in o.children) for o in objs)


# verbs of a stand held, and adverbs that make a stand a lasting position rather than an act now
_STANDS = {"support", "back", "oppose", "favour", "favor", "endorse"}
_LASTING = {"long", "previously", "always", "consistently", "traditionally", "historically", "steadfastly"}


def _standing_stance(verb: Token) -> bool:
    """A stand described as held over time rather than taken now: "a militia which supports the
    PKK" (a present relative clause that tells what the group is), "X had previously opposed the
    plan", "has long backed the rebels". Why: these explain who is who; PLOVER codes a stand when
    it is voiced or shown in the reported act, and the news act is elsewhere in the sentence."""
    if verb.lemma_.lower() not in _STANDS:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _LASTING for c in verb.children):
        return True
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "neg") for c in verb.children) \
            and [c.tag_ for c in verb.children if c.dep_ == "auxpass"] in (["VBZ"], ["VBP"]) \
            and any(c.lemma_.lower() in _ARMED_SIDES for c in verb.children if c.dep_ == "nsubjpass"):
        # "the rebels are backed by Iran": which armed side has which patron, a standing alliance
        # (a plan or a bill "is backed by" someone is still a stand voiced, as the gold codes it)
        return True
    return verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP") \
        and not any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children)


# armed sides whose patrons a present passive describes
_ARMED_SIDES = {"rebel", "militia", "militant", "insurgent", "fighter", "guerrilla", "faction", "group", "houthi"}
# sides in a standing conflict or alignment, told by a participle on the group ("a coalition
# fighting the Houthis", "militias backing the army")
_SIDE_VERBS = {"fight", "battle", "support", "back", "oppose"}


def _described_side(verb: Token) -> bool:
    """A present participle that says which side a group is on, hung on a noun that is not the
    doer of the clause ("is host to a coalition fighting the Houthis", "sent arms to rebels
    battling the army"). Why: it tells who the group is, a standing conflict or alignment, while
    the sentence's news is elsewhere; "troops fighting the rebels killed five" keeps its killing."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in _SIDE_VERBS:
        return False
    group = verb.head
    return group.pos_ in ("NOUN", "PROPN") and group.dep_ not in ("nsubj", "nsubjpass", "ROOT")


# verbs of a standing presence: what a base "hosts" or "is home to" troops for is their mission
_PRESENCE = {"be", "host", "house", "station", "keep", "remain", "stay"}


def _standing_mission(tok: Token) -> bool:
    """Whether the act is the purpose of a presence told in the present ("the base is home to
    troops there to fight IS in cooperation with Iraqi forces", "hosts troops to train soldiers"):
    it says what a force is for, a standing mission, and no act on any occasion."""
    cur = tok
    for _ in range(4):
        if cur.dep_ == "advcl" and cur.pos_ == "VERB" and _to_infinitive(cur):
            head = cur.head
            return head.lemma_.lower() in _PRESENCE and head.tag_ in ("VBZ", "VBP") \
                and any(t.lower_ == "there" and t.dep_ == "advmod" for t in head.subtree if t.i < cur.i)
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _habit_denied(verb: Token) -> bool:
    """"I never threaten anybody", "Russia never attacks civilians": "never" on a present simple
    verb denies a habit, a claim about oneself (CAMEO 01), no act on any occasion."""
    return verb.tag_ in ("VBZ", "VBP") and any(c.dep_ in ("neg", "advmod") and c.lower_ == "never"
                                               for c in verb.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


# kinds of act that, cited as a reason, name a continuing conduct or stand (backing, repression,
# threats) rather than one dated deed; a cited refusal or attack is still the deed itself
_CONDUCT = {"SUPPORT", "AID", "COERCE", "THREATEN"}


def _reason_cited(noun: Token) -> bool:
    """An act named as the object of "cite" ("sanctioned Venezuela, citing Iran's support for Maduro
    and ongoing repression"): a reason or grievance given for one's own act, told as background,
    not an act reported now (the act it explains is coded on its own verb)."""
    noun = first_conjunct(noun)
    cite = noun.head
    # the participle ("..., citing") and, since session 13, a finite "cited" ("in the letter, the
    # minister cited Cuba's support for Maduro"): the caller asks this only of ongoing conduct
    # (backing, repression, threats), so "officials cited the attack on the embassy" still reports it
    return noun.dep_ == "dobj" and cite.lemma_.lower() == "cite"


def _procedure_told(verb: Token) -> bool:
    """Whether the verb sits in a relative clause that describes what a power held does: "the
    monarch is allowed to prorogue a session, in which it is suspended". A rule of procedure is
    told there, in the present tense; nothing was done to anyone."""
    clause = verb
    if clause.dep_ == "conj" and clause.head.dep_ == "relcl":
        clause = clause.head  # "suspended but not dissolved"
    if clause.dep_ != "relcl" or clause.tag_ in ("VBD",) or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "MD") for c in clause.children):
        return False
    noun = clause.head
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "a session of the parliament, in which it is suspended"
    if noun.dep_ not in ("dobj", "pobj") or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return False  # a generic "a session", not a session that was held
    act = noun.head if noun.dep_ == "dobj" else noun.head.head
    if any(c.dep_ == "aux" and c.lower_ in _ABLE_AUX for c in act.children):
        return True
    return act.dep_ == "xcomp" and act.head.lemma_.lower() in _POWERS \
        and any(c.dep_ in ("nsubjpass", "auxpass") for c in act.head.children)


def _protest_topic(tok: Token, event_type: str) -> bool:
    """Whether the act noun is what a protest or a row is "over"/"against"/"about", named as a
    plan or bill, or a cooperative act that is only argued over ("protests over the extradition")."""
    cur = tok
    planned = False
    if cur.dep_ in ("compound", "amod", "nmod") and cur.head.i != cur.i:
        planned = cur.head.lemma_.lower() in INSTRUMENTS | {"plan", "bill", "proposal", "scheme", "treaty"}
        cur = cur.head
    if cur.dep_ != "pobj" or cur.head.lower_ not in ("over", "against", "about"):
        return False
    if not planned and event_type not in _COOP:
        return False  # "protested against the sanctions on Iran": the sanctions were imposed
    gov = cur.head.head
    for _ in range(3):
        if gov.lemma_.lower() in _PROTESTS:
            return True
        if gov.dep_ == "pobj" or gov.dep_ == "prep":
            gov = gov.head
        elif gov.dep_ in ("acl", "relcl", "oprd", "dobj", "nsubj") and gov.head.i != gov.i:
            # "named protesters in X over Y" hangs "over" on "named": look at what it names
            hit = [c for c in gov.children if c.lemma_.lower() in _PROTESTS and c.i < tok.i]
            return bool(hit)
        else:
            break
    return any(c.lemma_.lower() in _PROTESTS and c.i < cur.head.i for c in gov.children)


# the abstract aims a protest is for: "to defend the right to work", "to protect democracy"
_AIMS = _FIELDS | word_list("rights_aims") | {"freedom", "liberty", "future", "livelihood", "interest"}


def _protest_purpose(verb: Token) -> bool:
    """Whether a cooperative act is only the aim of protesters' going or gathering: "they had gone
    to defend their children's right to work", "marched to protect democracy".

    Why: the aim of a march names a cause, not an act by one party on another; the march is the
    event. A named party backed ("rallied to support the president") is kept.
    """
    if verb.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    objs = _children(verb, {"dobj"})
    if not objs or not all(o.lemma_.lower() in _AIMS and o.pos_ == "NOUN" for o in objs):
        return False
    head = verb.head
    if head.lemma_.lower() in _PROTESTS:
        return True
    doers: list[Token] = []
    for clause in (head, *head.ancestors):
        for sub in _children(clause, _SUBJ):
            doers += [sub, *_prep_objects(sub, {"of"})]
    return any(d.lemma_.lower() in _PROTESTS for d in doers)


def _thing_as_cause(verb: Token) -> bool:
    """Whether the one that bars is a thing (an audit, a rule) with no party in or behind it."""
    doers = _children(verb, _SUBJ)
    presented = False
    if not doers and verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        if verb.head.head.lemma_.lower() not in _PRESENTING:
            return False
        # "cited a tax office audit as prohibiting him": a reason given, whoever runs the audit
        doers, presented = _children(verb.head.head, {"dobj"}), True
    return bool(doers) and all(
        d.lemma_.lower() in INSTRUMENTS | {"audit", "inquiry", "investigation", "review", "process", "rule"}
        and not _wielded(d, presented) for d in doers)


def _wielded(thing: Token, presented: bool) -> bool:
    """Whether a party is named as the one behind the thing: "the court's ruling", "a ruling of
    the Supreme Court"; when the thing is only cited as a reason, a name used as a modifier ("an
    IRS audit") is not enough."""
    owners = _children(thing, {"poss"}) + _prep_objects(thing, {"of", "by"})
    if any(t.ent_type_ in _KINDS_OF_ACTOR or t.pos_ == "PROPN" or t.dep_ == "poss" for o in owners for t in o.subtree):
        return True
    return not presented and any(t.ent_type_ in _KINDS_OF_ACTOR for t in thing.subtree if t.i != thing.i)


def motion_vote(tok: Token, event_type: str) -> bool:
    """"231 Democrats supporting the resolution, 194 Republicans opposing it": members backing or
    opposing a bill, a motion or a resolution that names no party in it.

    Why: a vote on a motion is no act toward an actor; only a motion aimed at a party ("a
    resolution against Iran", "a Security Council resolution") puts one on the other side, and
    then the act it asks for is the event, which these words leave to the motion's own reading.
    """
    if event_type not in ("SUPPORT", "REJECT", "AGREE") or tok.pos_ != "VERB" or tok.lemma_.lower() not in _SIDING:
        return False
    objs = _meant(_children(tok, {"dobj", "nsubjpass"}))
    if not objs and not [c for c in tok.children if c.dep_ in ("prep", "xcomp", "ccomp", "dative", "advcl")
                         and c.i > tok.i]:  # (a clause before the verb is no complement of it)
        # "two Democrats opposed": a bare vote in a sentence about a motion
        return any(t.pos_ == "NOUN" and lemmas([t]) & _MOTIONS for t in tok.sent)
    return bool(objs) and all(
        lemmas([o]) & _MOTIONS and o.pos_ == "NOUN"
        and not any(t.ent_type_ in _KINDS_OF_ACTOR for t in _own_words(o)) for o in objs)


def _own_words(noun: Token) -> list[Token]:
    """The words of a noun's phrase without the phrases conjoined to it ("the resolution and 194
    Republicans opposing it" is a parse slip that hangs the opponents on the resolution)."""
    out = []
    for c in noun.children:
        if c.dep_ not in ("conj", "cc"):
            out += list(c.subtree)
    return out


def eased_burden(tok: Token, event_type: str) -> bool:
    """"California outlawed the death penalty", "banned flogging", "a ban on the poll tax": a ban
    whose object is a punishment, a tax or a restriction.

    Why: COERCE 172x is a ban laid on a party; ending a penalty or a levy lifts a burden from people
    instead, a reform with no one coerced (and no named party yielded to).
    """
    if event_type != "COERCE" or tok.lemma_.lower() not in _BARRING | {"outlaw", "abolish"}:
        return False
    objs = _children(tok, {"dobj", "nsubjpass"}) + [c for c in _children(tok, {"xcomp"}) if c.tag_ == "VBG"] \
        if tok.pos_ == "VERB" else _prep_objects(tok, {"on", "of"})  # ("banned flogging" parses as xcomp)
    objs = objs + [c for o in objs for c in o.conjuncts]
    return bool(objs) and all(lemmas([o]) & _BURDENS for o in objs)

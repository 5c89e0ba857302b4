"""Arguments of verb triggers: who acts on whom, from the verb's subject, objects and phrases."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .actor_lexicon import OBJECT_PRONOUNS
from .argument_slots import stray_agent
from .countries import NON_STATE_CODES
from .event_complements import TARGET_PREPS as _TARGET_PREPS, WEAK_TARGET_PREPS as _WEAK_TARGET_PREPS, along_line as _along_line
from .event_modality import COOP_TYPES as _COOP_TYPES, Candidate
from .event_nominal import ASSISTANCE, FRAMES
from .event_parties import RELEASES as _RELEASES, STATE_ACTS as _STATE_ACTS, PartyAssigner
from .event_roles import (
    GIVE as _GIVE, OBJ as _OBJ, PASS_SUBJ as _PASS_SUBJ, REASON_PREPS as _REASON_PREPS, SUBJ as _SUBJ,
    as_place as _as_place, children as _children, gapped_passive_subject, lemma_in as _lemma_in, merge as _merge,
    prep_objects as _prep_objects, raised_objects as _raised_objects, relative_antecedent as _antecedent, rift_sides as _rift_sides,
    shared_objects as _shared_objects, stranded_to as _stranded_to, to_infinitive as _to_infinitive,
    ANSWER_NOUNS as _ANSWER_NOUNS, ROUTES as _ROUTES, VIOLATIONS as _VIOLATIONS,
    harm_noun, next_clause_subjects, phrase_span,
)
from .event_standing_states import campaign_setting
from .event_subjects import (SPEECH, WARN_AGAINST, bare_participle_subject, dateline_lead as _dateline_lead,
                             past_dateline as _past_dateline, shared_agent, subject_misread_as_later)
from .event_senses import exile_hosts
from .model import Actor
from .nlp import sentence_of_token
from .triggers import word_list

__all__ = ["VerbalArgs", "speakers_deed"]

# (session 46) Nouns that sum up the sentence's act as a decision others react to.
_DECISIONS = frozenset({"decision", "ruling", "verdict", "judgment", "judgement", "move", "step", "opinion"})


# (session 46) Verbs of harm and force that need an object: with none and a "by" phrase after
# them, a past form is a passive participle whatever tag the small model gave it.
_DONE_TO = frozenset({"shoot", "kill", "wound", "injure", "beat", "arrest", "detain", "abduct", "kidnap",
                      "torture", "execute", "stab", "capture", "seize", "club", "whip", "hang"})


def _reduced_passive_read_as_verb(tok: Token) -> bool:
    """Whether a past verb with a subject, no object and no auxiliary is followed by a "by" phrase
    naming who did it: a reduced relative the small model read as the main verb."""
    if tok.lemma_.lower() not in _DONE_TO or tok.tag_ not in ("VBD", "VBN") or tok.pos_ != "VERB":
        return False
    if not _children(tok, {"nsubj"}) or _children(tok, {"dobj", "aux", "auxpass", "agent", "nsubjpass"}):
        return False
    return any(p.pos_ in ("NOUN", "PROPN") for p in _prep_objects(tok, {"by"}))


def _decision_reacted_to(tok: Token) -> Token | None:
    """The verb that made the decision a participle with a "by" agent reacts to (", a decision
    hailed by X and rejected by Y"), when the decision noun sums up that verb's act after a comma;
    else None."""
    part = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "acl" else tok
    if tok.tag_ != "VBN" or part.dep_ != "acl" or part.tag_ != "VBN" or not _prep_objects(tok, {"by"}):
        return None
    noun = part.head
    if noun.lemma_.lower() not in _DECISIONS or noun.i < 1 or noun.doc[noun.left_edge.i - 1].text != ",":
        return None
    verb = noun.head
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head  # (the small model hangs the summary on the ruling's last conjunct)
    return verb if verb.pos_ == "VERB" else None

_SPEECH_VERBS = {"say", "add", "cite", "claim", "note", "argue", "explain", "state"}
# acts whose object is who undergoes them, so a relative clause's head can fill it
_GAP_OBJECT_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "ACCUSE", "SANCTION", "SUPPORT"})
_OBJECT_PRONOUNS = OBJECT_PRONOUNS | {"they"}
# acts that harm what they are done to, so that the owner of their object is their target
_HARMS = {"SANCTION", "COERCE", "ASSAULT"}  # (the small model files some "they" as objects)
_STANCE = {"REJECT", "SUPPORT", "ACCUSE"}
# meeting verbs whose object is the partner of a deal or talk joined to them ("met X and signed a deal")
_MISSIONS = {"embassy", "consulate", "legation", "chancery"}
# "at the request of X", "on the orders of X": who asked for the act, not whom it is done to
_BIDDINGS = frozenset({"request", "invitation", "behest", "urging", "order", "initiative", "instigation",
                       "insistence", "suggestion"})
# (session 25) "arrested on a warrant from the ICC", "held on charges brought by the prosecutor": the
# legal grounds of an act, whose issuer is no party either
_WARRANTS = frozenset({"warrant", "charge", "indictment", "summons", "subpoena", "complaint", "allegation",
                       "accusation", "tip", "tip-off"})

# occasions of speaking: a phrase "in a speech (in Munich)" tells where or how words were said,
# never whom they were aimed at
_SPEAKING_NOUNS = frozenset({"speech", "address", "remark", "interview", "lecture", "briefing", "sermon"})


# (session 26) people named by the body they belong to: "rivals in the ruling party"
_BODY_MEMBERS = frozenset({"rival", "member", "dissident", "critic", "opponent", "hardliner", "moderate",
                           "faction", "lawmaker", "figure"})


def _bidding(pobj: Token) -> bool:
    """Whether a prepositional object is the bidding an act is done at ("released the prisoners at
    the request of the Spanish minister"): its asker is no party of the act (the request is coded
    on its own, aimed at the doer); nor is the issuer of a warrant or charge it rests on."""
    if pobj.head.lower_ in ("on", "upon") and pobj.lemma_.lower() in _WARRANTS:
        # (session 25) "arrested him on a warrant from the court": the issuer of the grounds
        return any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "from", "by") or c.dep_ == "acl"
                   for c in pobj.children)
    return pobj.head.lower_ in ("at", "on", "upon") and pobj.lemma_.lower() in _BIDDINGS \
        and any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in pobj.children)


# verbs that send people somewhere to do something ("sent a team to Bosnia to investigate")
DISPATCH = frozenset({"send", "dispatch", "deploy"})
# verbs of meeting someone in person, whose object is the one met ("met Iraqi officials and signed a
# deal"; the meeting nouns are event_senses' lists)
_MEETING_VERBS = {"meet", "host", "receive", "visit", "welcome"}
_DEALINGS = {"AGREE", "SUPPORT", "COOPERATE", "CONSULT"}
# stances and dealings whose object a person can own only through "his"/"her": "the Turkish president
# visited Qatar and praised its leaders" - "its" is Qatar, the body named before
_OWNED_TYPES = {"SUPPORT", "ACCUSE", "REJECT", "CONSULT", "COOPERATE", "AID", "REQUEST", "THREATEN"}
_PERSON_TITLES = {"president", "minister", "leader", "king", "queen", "premier", "chancellor", "envoy", "ambassador",
                  "secretary", "spokesman", "spokeswoman", "spokesperson", "official", "diplomat", "emir", "prince",
                  "counterpart", "chief", "head", "governor", "mayor"}
# Measures that fall on a trade or thing: "curbs on exports to Cuba" concern Cuba.
_MEASURES = frozenset("curb restriction ban embargo sanction tariff limit quota barrier control duty".split())
HELP = {"AID", "SUPPORT", "COOPERATE"}
_RELATION_NOUNS = {"relation", "regard", "respect", "connection", "reference"}
_QUANTITIES = {"some", "many", "most", "all", "part", "much", "several", "one", "each", "any", "half", "rest",
               "few", "none", "parts", "majority", "bulk", "remainder", "number"}
# put out of a country: a passive "from" phrase names the state that does it
_EXPELS = {"expel", "deport", "banish", "evict", "oust"}
# places an attack hits without saying whose ("shelled border villages", "fired at positions")
_UNNAMED_SITES = {"village", "town", "position", "post", "outpost", "base", "area", "territory", "camp",
                  "airspace", "water", "border", "frontier", "region", "district", "settlement",
                  # ("fired shells across the demilitarised zone", "missiles hit a military airport")
                  "zone", "line", "airport", "airfield", "airbase", "depot", "facility", "installation"}
# deeds done to people or buildings, which the small model's lexicon may not take for events
_HARM_NOUNS = {"burning", "torching", "storming", "ransacking", "sacking", "looting", "killing", "murder",
               "shooting", "bombing", "shelling", "attack", "assault", "seizure", "kidnapping", "abduction",
               "arrest", "detention", "beating", "execution"}
# acts that press the one blamed for a harm: "summoned the Iraqi envoy", "called on Venezuela to"
_PRESSING = {"ACCUSE", "REQUEST", "SANCTION", "THREATEN", "COERCE"}
_OFFICES = {"ministry", "office", "palace", "chancellery", "department", "house", "kremlin"}


# verbs that tell a plan or decision to someone: "disclosed/reported/submitted X to Congress"
_TELLING = {"disclose", "report", "submit", "present", "reveal", "explain", "outline", "communicate", "convey",
            "relay", "describe", "detail"}
# planned acts whose own "to" phrase is where or to whom something goes ("a plan to send troops to Mali")
_CONVEY = {"send", "dispatch", "deploy", "station", "post", "return", "transfer", "move", "extradite", "deport",
           "hand", "deliver", "sell", "export", "supply", "give", "bring", "take", "relocate", "evacuate", "ship",
           "provide", "donate", "lend", "grant", "offer", "admit", "invite", "appoint"}


def _told_of(verb: Token) -> bool:
    """Whether ``verb`` is the infinitive of a plan or decision that a telling verb reports
    ("reported its decision to expel the envoys to Congress"): its "to" phrase is then the
    one told, when the telling verb has no "to" phrase of its own."""
    noun = verb.head
    if verb.dep_ != "acl" or not _to_infinitive(verb) or noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return False
    teller = noun.head
    return _lemma_in(teller, _TELLING) and not _lemma_in(verb, _CONVEY) and not _prep_objects(teller, {"to"})


def own_states_of(source: list[Actor]) -> set[str]:
    """The states of the doers, to keep their own people out of the other side."""
    return {a.country for a in source if a.country}


def _office(pobj: Token) -> bool:
    """A "to" object naming a seat of government ("to the foreign ministry", "to the Kremlin"):
    being summoned there is being summoned by that government."""
    return pobj.lemma_.lower() in _OFFICES


# who a message went to is the one asked or blamed by a participle after it ("wrote to X asking")
_ADDRESSED = {"REQUEST", "ACCUSE", "THREATEN"}
_MESSAGE = {"write", "call", "phone", "telephone", "contact", "send", "tell", "address", "email", "text"}
# "held talks in Geneva" (a venue), "opposed the war in Ukraine" (where the issue is): no target
NO_PLACE_TARGET = {"CONSULT", "REJECT", "SUPPORT", "ACCUSE", "REQUEST"}
_MEDIATE = {"mediate", "broker", "intercede", "arbitrate"}
_DOCUMENTS = {"resolution", "bill", "motion", "report", "legislation", "law", "draft", "statement", "declaration",
              "text", "amendment", "petition", "memorandum"}
# acts done with a partner: "worked together with Interpol" names the other side, not a co-doer
_WITH_PARTNER = frozenset({"CONSULT", "COOPERATE", "AGREE"})
# what two sides make or hold together: "the agreement between X and Y" names its parties in
# its "between" phrase, so signing it (passive) is done by them and a stance on it is aimed at them
_JOINT_THINGS = word_list("signed_pacts") | {"relation", "tie", "talk", "negotiation", "dialogue", "ceasefire", "truce"}
# "share information on North Korea", "provided intelligence on ISIS positions": what is known is
# about its "on" phrase, which is a topic, not the one it is shared with
_KNOWLEDGE = {"information", "intelligence", "evidence", "data", "detail", "view", "expertise", "knowledge",
              "insight", "assessment", "finding", "analysis"}
DISPATCH = {"send", "dispatch"}
# sending people or help somewhere, and the phrases that say where to
_SENDS = DISPATCH | {"deploy", "station", "post"}
_DESTINATIONS = {"to", "into", "in"}
# Verbs of a third party's part in others' talks ("talks hosted by Qatar").
_HOSTS = frozenset({"host", "broker", "mediate"})
# "supplies donated by the UAE arrived in Gaza": where a gift arrives is who receives it
_ARRIVE = {"arrive", "reach", "land", "dock"}
_LET = {"allow", "permit", "let"}
_ENTER = {"enter", "reach", "access", "visit", "return", "go", "travel", "move", "cross"}
# a force kept abroad: "the mandate for the force in Lebanon" concerns Lebanon
_DEPLOYMENTS = {"force", "mission", "operation", "presence", "contingent", "deployment", "peacekeeper", "troop"}
# "declined to resign despite pressure by X": a refusal in the face of pressure answers its author
_PRESSURES = {"pressure", "call", "demand", "appeal", "plea", "request", "urging", "ultimatum", "criticism"}
# a verdict or charge given in the passive: the courts or prosecutors of the place ("was convicted in Paris")
_VERDICTS = {"convict", "indict", "charge", "prosecute"}
# "stabbed several people in Paris": the victims are named, so the place is no stand-in for them
_HUMAN_NOUNS = {"people", "person", "man", "woman", "child", "civilian", "resident", "passenger", "pedestrian",
                "student", "worker", "villager", "tourist", "worshipper", "bystander", "shopper", "customer",
                "guest", "victim", "teenager", "boy", "girl", "pupil", "visitor", "patient"}
# (session 42) people gathered, whom gunfire may be aimed at ("opened fire on a funeral procession")
_GATHERINGS = frozenset({"procession", "mourner", "crowd", "congregation", "march", "marcher", "gathering"})
# the prepositions that name where a road or cable leads ("the road to Mauritania")
_ROUTE_ENDS = frozenset({"to", "toward", "towards", "into"})
_LAWSUITS = {"sue", "prosecute", "indict"}
# a stance on someone leaving: "from" names what is left, not whom the stance is aimed at
_DEPARTURES = {"exit", "withdrawal", "departure", "secession", "pullout"}
# "the proclamation ... by the President": a deed noun whose "by" phrase names its author
# lines a post or town stands on ("a Russian post on the Afghan frontier"): where, not whose
_EDGES = {"frontier", "border", "borderline", "coast", "shore", "bank", "edge", "outskirts", "boundary"}
_AUTHORED_TYPES = {"ACCUSE", "REJECT", "SUPPORT"}
# hostile acts that, done "in response to" another's words or deeds, are aimed at their author
_ANSWERING_TYPES = {"ACCUSE", "REJECT", "SANCTION", "THREATEN", "COERCE", "ASSAULT", "PROTEST"}


def _verdict(tok: Token) -> bool:
    """Whether the verb gives a verdict or a charge ("convicted", "indicted", "found guilty")."""
    lemma = tok.lemma_.lower()
    return lemma in _VERDICTS or lemma == "find" and any(
        c.dep_ in ("acomp", "oprd", "xcomp") and c.lower_ == "guilty" for c in tok.children)


def victim_words(tok: Token) -> list[Token]:
    """The verb's objects (or passive subjects) that are people nouns ("stabbed several people"),
    and (session 42) the people gunfire is aimed at ("opened fire on a funeral procession",
    "fired at mourners"): a place named after them says only whose civilians they are."""
    if tok.pos_ != "VERB":
        return []
    found = [o for o in _children(tok, {"dobj", "nsubjpass"})
             if o.lemma_.lower() in _HUMAN_NOUNS or o.lower_ in _HUMAN_NOUNS]
    fire = [tok] if tok.lemma_.lower() == "fire" else [o for o in _children(tok, {"dobj"}) if o.lemma_.lower() == "fire"]
    if fire and fire[0] is not tok:
        fire.append(tok)  # ("opened fire on ...": the parser may hang the aim on "opened")
    return found + [o for f in fire for o in _prep_objects(f, {"on", "at", "upon"})
                    if o.lemma_.lower() in _HUMAN_NOUNS | _GATHERINGS or o.lower_ in _HUMAN_NOUNS]


# nouns that sum up the act of the clause they stand after (", an act X condemned", ", a move Y hailed")
_SUMMARY_NOUNS = frozenset({"act", "action", "move", "step", "decision", "attack", "operation", "measure"})


def _zero_relative_doers(verb: Token) -> list[Token]:
    """The subject of a relative clause with no relative pronoun that the small model hangs on the
    clause's noun as an apposition ("an act Lithuania and other EU states condemned": Lithuania
    is filed as the act's apposition and "condemned" as a participle on it). The named party must
    stand right between the noun and the verb, with no comma or agent, so a reduced passive ("an
    act condemned by Lithuania") is never read so."""
    noun = verb.head
    if _prep_objects(verb, {"by"}) or _children(verb, _SUBJ | {"dobj", "aux", "auxpass"}):
        return []
    doers = [c for c in noun.children if c.dep_ == "appos" and noun.i < c.i < verb.i
             and c.pos_ in ("PROPN", "NOUN") and c.right_edge.i + 1 == verb.i]
    if not doers or any(t.is_punct for t in noun.doc[noun.i + 1:verb.i]):
        return []
    return doers


def _on_object(participle: Token) -> bool:
    """Whether a bare participle hung on the verb follows the verb's object with no comma between
    ("stole truckloads of flour delivered to Gaza"): it describes the object, not the subject."""
    return any(o.right_edge.i + 1 == participle.i for o in participle.head.children if o.dep_ == "dobj")


def _held_in(verb: Token, pobj: Token) -> bool:
    """"freed prisoners from a jail in Juba": with a release, the "from" phrase is where the captives
    were held, so only a party it names itself ("freed hostages from the rebels") counts, never
    the town the jail is in."""
    return verb.lemma_.lower() in _RELEASES and pobj.head.lower_ == "from"


def _reporting(noun: Token) -> bool:
    """Whether a noun names who reports, in a clause the small model folded into the verb's
    arguments: ", reported officials", ", said police" (inverted attributions, never a party)."""
    verbs = [c for c in noun.children if c.dep_ in ("amod", "acl", "relcl") and c.i < noun.i]
    if noun.head.i < noun.i and noun.head.dep_ != "ROOT":
        verbs.append(noun.head)
    return any(v.lemma_.lower() in SPEECH and v.tag_ in ("VBD", "VBN") and v.i > 0 and v.i == noun.left_edge.i
               and v.doc[v.i - 1].text == "," for v in verbs)


def _partitive(obj: Token) -> Token:
    """"eased some of its restrictions on aid to North Korea": the noun a quantity word takes a
    part of is what the verb acts on (the quantity word itself names nothing)."""
    if obj.lower_ in _QUANTITIES:
        parts = _prep_objects(obj, {"of"})
        if parts and parts[0].pos_ == "NOUN":
            return parts[0]
    return obj


def _concerning(tok: Token) -> list[Token]:
    """The object of a complex preposition on ``tok``: "in relation to X", "with regard to X",
    "with respect to X", "in connection with X"."""
    out: list[Token] = []
    for head in _prep_objects(tok, {"in", "with"}):
        if head.lemma_.lower() in _RELATION_NOUNS and not any(c.dep_ == "det" for c in head.children):
            out += _prep_objects(head, {"to", "with"})
    return out


def _helpers(verb: Token) -> list[Token]:
    """The "with help from X" / "with the support of X" phrases on ``verb``: those who help do
    the act alongside its doer (co-mediators of a brokered truce), they are not its targets."""
    return [p for p in _prep_objects(verb, {"with"})
            if p.lemma_.lower() in ASSISTANCE and _prep_objects(p, {"from", "of"})]


# what a speaker says will not be reversed or withdrawn is its own measure ("the decision would not be
# reversed"): the laws and rules of ``instruments``, and decisions, bans, orders and price moves
# what is owned where it lies, and the prepositions that say where (``verbal_args``)
_PROPERTY = word_list("held_property")
_LYING_PREPS = frozenset({"in", "inside", "at", "within"})
_KEPT_MEASURES = word_list("instruments") | {"decision", "ban", "order", "increase", "hike", "cut", "suspension"}


def speakers_deed(verb: Token) -> bool:
    """"The office said the decision would not be reversed and called on citizens to protest":
    the small model joins the second verb to the reported clause, so its subject would be the
    reported clause's passive subject (a thing, no party) and its modal and "not" would be read
    as its own. A past verb (or an active participle: one with an object or a "to" complement)
    with no subject or auxiliary of its own, joined to a modal or passive complement of a verb of
    saying, continues the speaker's sentence: the speaker does it, as a deed told as done."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN") \
            or _children(verb, _SUBJ | _PASS_SUBJ | {"aux", "auxpass"}):
        return False
    if verb.tag_ == "VBN" and not any(c.dep_ == "dobj" or _to_infinitive(c) for c in (
            *verb.children, *(g for p in _children(verb, {"prep"}) for g in p.children))):
        return False  # ("would be reviewed and revised": a bare participle may share the passive)
    first = verb.head
    say = first.head
    if first.dep_ != "ccomp" or say.lemma_.lower() not in _SPEECH_VERBS or say.i > first.i:
        return False
    # ("said troops crossed the border and shelled a town": the clause's own doer)
    if _children(first, {"auxpass"}) or any(a.tag_ == "MD" for a in _children(first, {"aux"})):
        return True
    # (session 42) "said Moscow was ready to keep contacts ... and accused Chisinau of ...": a
    # reported state (a copula with its adjective) is no deed the joined past verb could continue,
    # so the verb is the speaker's next act
    return first.lemma_.lower() == "be" and bool(_children(first, {"acomp"})) and verb.tag_ == "VBD" \
        and bool(_children(verb, {"dobj"}))


def _listed_members(noun: Token) -> list[Token]:
    """"recognised by only three states: Pakistan, Saudi Arabia and the UAE": a counted common
    noun spelled out by a list after a colon (or a dash) is each of the listed, and all of them
    did the act, not only the first name the parser hangs on the noun."""
    if noun.pos_ != "NOUN":
        return []
    return [m for a in noun.children if a.dep_ == "appos" and a.i > noun.i and a.left_edge.i > 0
            and noun.doc[a.left_edge.i - 1].text in (":", "-", "\u2013", "\u2014")
            for m in (a, *a.conjuncts)]


def _stranded_repeat(verb: Token, pobj: Token) -> bool:
    """"protested to Britain over a visit by a submarine to Gibraltar": the parser hangs the second
    "to" on the verb, but after a reason phrase naming a deed it belongs to that deed; the verb's
    own "to" phrase came first, so the repeat names no second party of the verb."""
    prep = pobj.head
    if prep.head.i != verb.i:
        return False
    earlier = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == prep.lower_ and p.i < prep.i]
    if not earlier:
        return False
    return any(p.dep_ == "prep" and p.lower_ in ("over", "for", "about") and earlier[0].i < p.i < prep.i
               and _children(p, {"pobj"}) for p in verb.children)



class VerbalArgs(PartyAssigner):
    """Fills the source, target and context of a verb trigger from its subject, objects and phrases."""

    def act_in_clause(self, noun: Token) -> bool:
        """Whether ``noun`` names an act ("offensive", "operation") in an "in"/"during" phrase of
        a verb, so the verb's doer is the act's doer."""
        return noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during") and noun.head.head.pos_ == "VERB" \
            and (self.names_act(noun) or noun.lemma_.lower() in ("operation", "offensive", "campaign"))

    def passive_borrowed(self, tok: Token) -> list[Actor]:
        """Who undergoes a subjectless passive clause hung on a passive: "the reporter was held for
        a week before being beaten" - the held one is beaten too (the clause above lends its
        passive subject, not its agent: ``subject`` would find the agent or nobody)."""
        if tok.dep_ not in ("pcomp", "advcl", "xcomp"):
            return []
        gov = tok.head.head if tok.head.dep_ == "prep" else tok.head
        borne = _children(gov, _PASS_SUBJ)
        return self.phrase_or_pronoun(borne[0]) if borne else []

    def role_appositive(self, noun: Token) -> list[Actor]:
        """"Moses Kigongo, a reporter for the outlet, was picked up": a name we could not code is
        the person its appositive after a comma names (the role's actor, "a reporter"). Why: the
        phrase walk enters an appositive only of a common noun, so the named person who suffered
        a passive act was lost and the act had no party."""
        if noun.pos_ != "PROPN":
            return []
        roles = [a for a in noun.children if a.dep_ == "appos" and a.i > noun.i and a.pos_ == "NOUN"
                 and a.left_edge.i > 0 and self.doc[a.left_edge.i - 1].text == ","]
        return [m for a in roles[:1] if (m := self.index.by_token.get(a.i)) is not None]

    def lead_after_dateline(self, verb: Token) -> list[Actor]:
        """"NEW DELHI, Sept 6 (Wire) - India and Bangladesh signed": the small model makes the
        all-caps dateline the verb's subject and hangs the real, coordinated subject after the dash
        under the date (as a conjunct of it), where the phrase walk does not look. Why: the lead's
        doers were lost, and a lead act with no party is dropped. The dateline is no party; the
        phrase after its dash is the subject. (session 33) The same holds for a verb that takes its
        subject from the lead's verb, a purpose, participle or conjunct with none of its own
        ("- Obama on Tuesday became the first president to visit Laos, ... pledging $90 million")."""
        subj = _children(verb, _SUBJ)
        while not subj and not _children(verb, _PASS_SUBJ) and not _children(verb, {"mark"}):
            if verb.dep_ in ("relcl", "acl") and _to_infinitive(verb) and verb.head.dep_ == "attr":
                verb = verb.head  # ("became the first leader to visit": the leader is the subject)
            if verb.dep_ not in ("xcomp", "advcl", "conj", "attr") or verb.head.pos_ not in ("VERB", "AUX") \
                    or verb.head.i > verb.i:
                break
            verb = verb.head
            subj = _children(verb, _SUBJ)
        if not subj:
            return []
        head = _past_dateline(subj[0])
        if head is subj[0]:
            head = _dateline_lead(subj[0])
        return self.index.in_phrase(head, loose=False) if head is not subj[0] else []

    def speaker_of_second_clause(self, verb: Token) -> list[Actor]:
        """The speaker as the doer of a deed the parser joined to the reported clause (``speakers_deed``)."""
        return self.subject(verb.head.head) if speakers_deed(verb) else []

    def measure_kept(self, cand: Candidate) -> list[Actor]:
        """"The prime minister's office said the decision would not be reversed": a measure said
        in a negated passive not to be undone, with no "by" agent, is the speaker's own measure,
        so the speaker is who refuses to undo it (the negated yielding then becomes a refusal,
        REJECT, in ``make_promise``). Why: with no subject the refusal had no party and was
        dropped. Only for a concession verb whose passive subject is a decision or measure."""
        tok = cand.token
        if cand.type != "CONCEDE" or tok.pos_ != "VERB" or tok.dep_ != "ccomp" or _prep_objects(tok, {"by"}) \
                or not _children(tok, {"neg"}) or not _children(tok, {"auxpass"}):
            return []
        say = tok.head
        if say.lemma_.lower() not in _SPEECH_VERBS or not any(
                p.lemma_.lower() in _KEPT_MEASURES for p in _children(tok, _PASS_SUBJ)):
            return []
        return self.subject(say)

    def side_by_side(self, cand: Candidate, source: list[Actor]) -> None:
        """(session 22) "Speaking alongside Romanian President Klaus Iohannis, Lula said": the one
        who speaks or appears beside another state's leader met them (CONSULT 040); beside one's
        own minister, or with no one named, it is no meeting."""
        homes = {a.country for a in source if a.country}
        partner = [a for p in _children(cand.token, {"prep"}) if p.lower_ == "alongside"
                   for o in _children(p, {"pobj"}) for a in self.index.in_phrase(o, loose=False)
                   if a.country and a.country not in homes]
        if not homes or not partner:
            cand.absorbed = True
            return
        cand.source, cand.target = source, partner

    def verbal_args(self, cand: Candidate) -> None:
        tok, frame = cand.token, cand.trigger.frame
        idx = self.index
        if tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.i > 0 and self.doc[tok.i - 1].text in ("-", "–"):
            self.backed(cand)
            return
        if self.judged_deed(cand):
            return
        source = self.subject(tok) or self.lead_after_dateline(tok) or self.speaker_of_second_clause(tok) \
            or self.measure_kept(cand)
        if cand.trigger.pattern == "appear alongside":
            self.side_by_side(cand, source)
            return
        if source and cand.type not in _WITH_PARTNER:
            # "French troops together with Chadian soldiers attacked": both did the deed
            source = _merge(source, [a for a in self.comrades(tok) if a.country])
        target: list[Actor] = []
        passive = [_past_dateline(p) for p in _children(tok, _PASS_SUBJ)]
        if not passive and (gapped := gapped_passive_subject(tok)) is not None:
            passive = [gapped]  # "... had been arrested and scores of officers injured"
        if passive and not source and not _children(tok, {"agent"}):
            # (session 38 w) "was taken into custody at his apartment by the police": the agent the
            # parser hung on the place phrase is the doer, not a second party taken
            source = _merge(*(idx.in_phrase(a) for a in stray_agent(tok)))
        # "mobilized reservists", "troops were deployed": what is mobilised is one's own force, not a target
        own_force = cand.type == "MOBILIZE"
        if passive and not own_force:
            target = _merge(*(s if (s := self.speaker_self(p)) is not None
                              else idx.in_phrase(p) or self.gap_filler(p) or self.owner(p) or self.role_appositive(p)
                              for p in passive))
        elif not own_force and _reduced_passive_read_as_verb(tok):
            # (session 46, batch AS2) "A young woman shot in the head by police during a protest
            # remained on life support": the small model made the reduced relative the main verb with
            # the woman as subject; with no object and a "by" phrase, she was shot, by the police
            target = _merge(*(idx.in_phrase(s) for s in _children(tok, {"nsubj"})))
            source = _merge(*(idx.in_phrase(a) for a in _prep_objects(tok, {"by"})))
        elif tok.tag_ == "VBN" and tok.dep_ == "advcl" and not own_force and \
                not _children(tok, _SUBJ | {"aux", "auxpass", "mark"}):
            # "a man appeared in court, charged with murder": a bare past participle is passive,
            # so the clause's subject suffers it; "by" names who did it (but one right after the
            # verb's object is a reduced relative on it the parser hung too high: "stole truckloads
            # of flour delivered to Gaza" - the flour was delivered, not the thief)
            target = [] if _on_object(tok) else source
            source = _merge(*(idx.in_phrase(a) for a in _prep_objects(tok, {"by"})))
        elif tok.tag_ == "VBN" and tok.dep_ in ("advcl", "ccomp", "xcomp", "oprd") and not own_force \
                and not _children(tok, {"aux", "auxpass", "dobj"}) and _children(tok, {"nsubj"}) and not any(
                    c.dep_ == "acl" and _lemma_in(c, SPEECH) for c in _children(tok, {"nsubj"})[0].children):
            # "the massacres saw thousands of Ndebele killed", "left two soldiers wounded": the subject
            # of a bare participle clause undergoes it ((session 30) one with an object of its own is a
            # past tense the small model tagged as participle: "said they no longer recognised Farmajo")
            target = _merge(*(idx.in_phrase(s) for s in _children(tok, {"nsubj"})))
            source = _merge(*(idx.in_phrase(a) for a in _prep_objects(tok, {"by"})))
        elif tok.dep_ == "conj" and tok.tag_ == "VBN" and not own_force \
                and (_children(tok.head, _PASS_SUBJ) or bare_participle_subject(tok.head)) \
                and not _children(tok, _SUBJ | _PASS_SUBJ | {"auxpass", "dobj"}):
            # "two journalists were arrested and charged by police": a bare participle joined to a
            # passive shares its subject, who undergoes it too (the doer is the agent, ``subject``);
            # (session 43) so does one joined to a reduced relative the small model read as the
            # main verb ("Militias armed and backed by the army burned homes")
            target = _merge(*(idx.in_phrase(p) or self.gap_filler(p) or self.owner(p)
                              for p in _children(tok.head, _PASS_SUBJ | {"nsubj"})))
        elif tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN") and not own_force \
                and _children(tok, {"auxpass"}) and _to_infinitive(tok) and not _children(tok, _SUBJ):
            # "the first U.S. journalist to be arrested in Russia": a passive infinitive on a noun,
            # with no relative pronoun, is undergone by that noun; "by" names who did it
            target = idx.in_phrase(tok.head)
            source = _merge(*(idx.in_phrase(a) for a in _prep_objects(tok, {"by"})))
        elif tok.dep_ in ("conj", "advcl", "pcomp", "xcomp") and any(c.dep_ == "auxpass" for c in tok.children) \
                and not own_force and not _children(tok, _SUBJ):
            # ("after being charged", "before being raped", "asked to be freed", "heard her son had been
            # convicted": a passive clause lacking its own subject is undergone by the one it borrows)
            # "want him to resign or be impeached": the shared subject undergoes the passive verb
            # ((session 32) under a passive, the clause borrows its passive subject, never its agent:
            # "was jailed by a court after being convicted of fraud" - the jailed one was convicted)
            target = self.passive_borrowed(tok) or source
            # (the agent can hang on a later conjunct: "who were tortured and killed by the police")
            source = _merge(*(idx.in_phrase(a) for a in _prep_objects(tok, {"by"}) or shared_agent(tok)))
            first = tok.head if tok.dep_ == "conj" else None
            rel = [s for s in _children(first, _SUBJ | _PASS_SUBJ) if _antecedent(s) is not None] if first else []
            if rel and first.dep_ == "relcl":
                # "the territory, which belonged to Syria and was occupied by Israel": the
                # relative pronoun's noun is what the conjoined passive verb is done to
                target = [a for a in self.gap_filler(rel[0]) if a not in source]
        elif tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and tok.head.pos_ == "NOUN" and not own_force \
                and (doers := _zero_relative_doers(tok)):
            # ", an act Lithuania and other EU states condemned as hijacking": a relative clause with
            # no relative pronoun whose subject the parser hung on the noun; those named do the act,
            # and the act it summarises is aimed at that act's doer (the clause's subject)
            source = _merge(*(idx.in_phrase(d) for d in doers))
            summed = tok.head.dep_ == "appos" and tok.head.lemma_.lower() in _SUMMARY_NOUNS
            target = [a for a in self.subject(tok.sent.root) if a not in source] if summed else []
        elif tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN") \
                and not _children(tok, {"dobj"}) \
                and (tok.head.dep_ == "ROOT" or any(p.tag_ == "VBG" for p in _prep_objects(tok, {"by"}))) \
                and not any(p.pos_ in ("NOUN", "PROPN", "PRON") for p in _prep_objects(tok, {"by"})):
            # "Members of the Senate protested by shouting": the parser took the main verb for a
            # participle; with no agent, and a means ("by shouting") or no other verb, the noun is the doer
            source = idx.in_phrase(tok.head) or _merge(*(idx.in_phrase(p) for p in _prep_objects(tok.head, {"of"})))
        elif subject_misread_as_later(tok):
            # (session 46) "MANAMA - Bahraini security forces arrested six opposition leaders ..., a
            # day after troops drove ...": a past verb with its own object right after the noun the
            # small model made a later verb's subject is that noun's act, not a participle on it
            source = idx.in_phrase(tok.head)
        elif cand.type == "CONSULT" and tok.dep_ == "acl" and tok.tag_ == "VBN" \
                and tok.lemma_.lower() in _HOSTS and tok.head.dep_ == "dobj" and tok.head.head.pos_ == "VERB" \
                and (guests := self.subject(tok.head.head)):
            # "X and Y held talks in Luanda, hosted by Angola's foreign minister": the host's
            # part is aimed at those who hold or attend the talks, not at the talks' venue
            source = _merge(*(idx.in_phrase(a) for a in _prep_objects(tok, {"by"})))
            target = [a for a in guests if a not in source]
        elif (decided := _decision_reacted_to(tok)) is not None:
            # (session 46, batch AR) "The court ruled that ..., a decision hailed by Palestinians and
            # rejected by the Israeli government": those reacting to a decision (its "by" agents,
            # also on a later participle) react to whoever made it, the sentence's subject
            source = _merge(*(idx.in_phrase(a) for a in _prep_objects(tok, {"by"})))
            target = [a for a in self.subject(decided) if a not in source]
        elif tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN"):
            # "the rebels backed by Iran"; but "a lawmaker sent to Addis Ababa by Biden": who is sent
            # somewhere is the envoy or the help, and the place gets it
            sent = tok.lemma_.lower() in _SENDS and bool(_prep_objects(tok, _DESTINATIONS))
            target = [] if sent else idx.in_phrase(tok.head)
            source = _merge(*(idx.in_phrase(a) for a in _prep_objects(tok, {"by"})))
            if not target and not sent and cand.type in ("AID", "SUPPORT") and self.act_in_clause(tok.head):
                # "the town was retaken by the army in an offensive backed by Russia": backing
                # an act is backing its doer, the clause's subject or agent
                target = [a for a in self.subject(tok.head.head.head) if a not in source]
        if passive and not source:
            # "was recognised by three states: A, B and C": every listed state is a doer
            source = _merge(*(idx.in_phrase(m, loose=False) for b in _prep_objects(tok, {"by"})
                              if not idx.in_phrase(b, loose=False) for m in _listed_members(b)))
        if passive and own_force and not source and not _prep_objects(tok, {"by"}):
            # "Polish troops were deployed to Romania": a force is mobilised by its own side, so the
            # passive subject's state is the doer when no agent is named
            source = _merge(*(idx.in_phrase(p) for p in passive))
        if passive and cand.type in _AUTHORED_TYPES:
            # "the invasion of Ukraine by Russia was condemned": a stance on a deed is aimed at its
            # doer, named by the deed's "by" phrase (or one the parser hung on its "of" phrase)
            deeds = [p for p in passive if p.pos_ == "NOUN" and self.match(p) is not None]
            agents = [b for d in deeds for h in (d, *_prep_objects(d, {"of"})) for b in _prep_objects(h, {"by"})
                      if b.tag_ != "VBG"]
            doers = [a for a in _merge(*(idx.in_phrase(b, loose=False) for b in agents)) if a not in source]
            if doers:
                target = doers
        if passive and not source and cand.type in _STATE_ACTS and not _prep_objects(tok, {"by"}):
            # "was sentenced in U.S. Federal Court": a court named as the place is the doer (a bare
            # state is left to ``unnamed_doer``, which codes its police or courts)
            source = [a for a in self.state_of_act(tok) if a.sector == "JUD"] or self.ruler_of_time(tok)
        if passive and not _prep_objects(tok, {"by"}) and (rulers := self.ruled_by(tok)):
            # "the treaty with Iran, agreed under Obama": the leader in power did it; the parties
            # found for the passive subject are the ones it was done with or to
            target = _merge(target, [a for a in source if a not in rulers])
            source = rulers
            if not target and cand.type == "AGREE":
                # "a treaty with Iran, which was agreed under Obama": the pact's other party
                # (the parser may hang the clause on the pact's partner: climb back to the pact)
                named = [_antecedent(p) or p for p in passive]
                pacts = [n.head.head if n.dep_ == "pobj" and n.head.lower_ in ("with", "between") else n
                         for n in named]
                target = [a for a in _merge(*(idx.in_phrase(o, loose=False) for n in pacts
                                              for o in _prep_objects(n, {"with", "between"}))) if a not in source]
        if passive and cand.type in _DEALINGS and not _prep_objects(tok, {"by"}):
            # "the agreement between Egypt and Sudan was signed": the pact's sides signed it
            sides = _merge(*(self.joint_sides(p) for p in passive))
            if sides:
                source = _merge(source, sides)
                target = [a for a in target if a not in sides]
        objs = [] if own_force else (_children(tok, _OBJ) or _raised_objects(tok))
        objs = [o for o in objs if not _reporting(o)]
        if cand.type in _STANCE and any(o.dep_ == "dobj" for o in objs):
            # "called the decision a recognition of the people's choice": the label a verdict puts on
            # its object is no second object, so what the label's phrase names is no party
            objs = [o for o in objs if o.dep_ != "oprd"]
        if not objs and not own_force and not passive:
            objs = _shared_objects(tok)
        if not objs and not own_force and not passive and self.contact_clause(tok, cand.type):
            # "the others Khan attacked", "the man the police arrested": a relative clause with
            # no relative word and no object has its head noun as the object
            target = _merge(target, [a for a in idx.in_phrase(tok.head, loose=False) if a not in source])
            if not target and cand.type in ("ACCUSE", "SUPPORT") and (deed := _labelled_deed(tok.head)) is not None:
                # (session 20 W5) "refused to register her, a decision her party denounced as a
                # manoeuvre": the label stands for the sentence's act, whose doer is the one judged
                target = [a for a in self.subject(deed) if a not in source]
        if own_force:  # "deploy peacekeepers in Iraq": where the force goes
            for obj in _children(tok, _OBJ):
                for pobj in _prep_objects(obj, _TARGET_PREPS | {"in", "into"}):
                    target = _merge(target, idx.in_phrase(pobj))
        # "opposed the use of nuclear weapons in Ukraine": a stance on an issue is not aimed at the
        # place where the issue is located, so only actors named in the object itself count
        victims = bool(victim_words(tok))  # people named: then "at a mall in Paris" is only where it happened
        loose = cand.type not in _STANCE and not victims
        for obj in objs:
            authored = (self.authors(tok, obj, source) or self.deed_doer(obj, source)) \
                if cand.type in _AUTHORED_TYPES else []
            found = authored or \
                idx.in_phrase(obj, loose=loose) or self.gap_filler(obj) or self.owner(obj) or \
                self.resolve_definite(obj, source)
            struck = [] if authored else self.struck_only(obj, cand.type)
            if not authored and cand.type in _AUTHORED_TYPES:
                # "condemned the violation of Ukraine's territorial integrity": whose sovereignty or
                # rights were violated is no author of it (the stance is aimed at the unnamed violator)
                struck = _merge(struck, self.harmed_owners(obj))
            if struck:
                found = [a for a in found if a not in struck]
            if not authored and cand.type in _HARMS and (owned := self.struck_owner(obj, source, cand.type)):
                found = owned  # "shelled its positions in Lebanon": the owner, not where they are
            if found and loose and cand.type in ("ASSAULT", "COERCE") and not any(a.country for a in found):
                # "raided contra camps in Honduran territory": a group with no state of its own is
                # struck where it sits, as a place with no named victim would be
                found = _merge(found, [_as_place(a) for p in _prep_objects(obj, {"in", "inside"})
                                       for a in idx.in_phrase(p, loose=False) if a.country and a not in source])
            if obj.lower_ in _OBJECT_PRONOUNS and (not found or any(self.bound(a, source) for a in found)):
                found = self.object_pronoun(obj, source)
            if not found and cand.type in _STANCE:
                # "welcomed the agreement between Serbia and Kosovo": a stance on what two sides
                # made together is aimed at both (the "between" phrase is not a mere location)
                found = [a for a in self.joint_sides(obj) if a not in source]
            if not found and (cand.type in _HARMS or cand.type in _OWNED_TYPES and self.personal(source)):
                found = self.pronoun_owner(obj, source, reported=cand.type in ("ASSAULT", "COERCE"))
            if tok.lemma_.lower() in DISPATCH and obj.dep_ == "dobj" and _prep_objects(tok, {"to"}):
                found = []  # "dispatched 200 doctors to Italy": who is sent is the help, Italy gets it
            elif tok.lemma_.lower() in _SENDS and obj.dep_ == "dobj" and cand.type in HELP | {"CONSULT"} \
                    and (dest := _prep_objects(tok, _DESTINATIONS) + _prep_objects(obj, _DESTINATIONS)):
                # "deployed election observers in Zimbabwe": the state they are sent to gets the help
                found = [_as_place(a) if p.head.lower_ == "in" else a
                         for p in dest for a in idx.in_phrase(p, loose=False) if a not in source] or found
            if obj.dep_ == "dobj" and not passive and tok.lemma_.lower() in _EXPELS:
                # "evicted squatters from government land": whose place they are put out of is no party
                spans = [phrase_span(p)
                         for p in _prep_objects(obj, {"from"})]
                found = [a for a in found if not any(b <= a.start < e for b, e in spans)]
            if (subjects := next_clause_subjects(obj, tok)):
                # (session 34) "Israel recalled its ambassador and the country's EU partners put ties
                # on ice": the parser joins the second clause's subject to the object
                found = [a for a in found if not any(b <= a.start < e for b, e in subjects)]
            if obj.lemma_.lower() in _PROPERTY:
                # (session 33) "froze Landsbanki's assets in the United Kingdom": where property lies
                # is no party to a measure on it; its owner is
                spans = [phrase_span(p) for p in _prep_objects(obj, _LYING_PREPS)]
                found = [a for a in found if not any(b <= a.start < e for b, e in spans)]
            target = _merge(target, found)
            measure = _partitive(obj)
            if measure.lemma_.lower() in _MEASURES:  # "lifted a ban on imports of beef to China": China
                for pobj in _prep_objects(measure, {"on", "against"}):
                    if not idx.in_phrase(pobj):
                        target = _merge(target, [a for a in self.onward(pobj) if a not in source])
            reasons = []
            for pobj in _prep_objects(obj, _TARGET_PREPS | {"by"}):
                if pobj.head.lower_ == "over":
                    reasons.append(pobj)  # (weighed after the object's other phrases)
                    continue
                if pobj.lemma_.lower() in _EDGES and pobj.head.lower_ in ("on", "along", "near", "at") \
                        and any(a.country for a in found):
                    continue  # "attacked a Russian post on the Afghan frontier": where it stands
                if (authored or struck) and pobj.head.lower_ != "by":
                    # "condemned an attack by Ecuadorean troops on a Peruvian post": with the deed's
                    # doer named, the stance is aimed at the doer; whom the deed hit is no party
                    continue
                if obj.lemma_.lower() in _DOCUMENTS | _KNOWLEDGE and pobj.head.lower_ in ("on", "over"):
                    continue  # "vetoed a resolution on Syria": what a text is about, not a party
                if cand.type == "PROTEST" and obj.lemma_.lower() in _ROUTES and pobj.head.lower_ in _ROUTE_ENDS:
                    # (session 42) "blocked the only road to Mauritania": protesters stop traffic where
                    # they stand; where the road leads is no party their protest is aimed at
                    continue
                if obj.lemma_.lower() in _DEPARTURES and pobj.head.lower_ == "from" and target:
                    continue  # "protested the exit of the UK from the EU": the one leaving is the party
                if pobj.head.lower_ == "from" and obj.dep_ == "dobj" and not passive \
                        and tok.lemma_.lower() in _EXPELS:
                    continue  # "evicted villagers from the government's land": where they are put out of
                if cand.type in ("COERCE", "SANCTION") and pobj.head.lower_ == "by" and passive:
                    # "was given a fine by a court": the court imposes the penalty on the subject
                    source = _merge(source, idx.in_phrase(pobj))
                    continue
                if cand.type == "AID" and pobj.head.lower_ == "with" and obj.dep_ == "dobj":
                    # "providing airstrikes with the RSAF": the means or partner, not who is helped
                    begin, end = phrase_span(pobj)
                    target = [a for a in target if not begin <= a.start < end]
                    continue
                if cand.type in HELP and pobj.head.lower_ == "from":
                    # "was given assurances from the US": the giver, never the one helped
                    if passive and not source:
                        source = idx.in_phrase(pobj)
                    continue
                target = _merge(target, idx.in_phrase(pobj, loose=not victims and not _held_in(tok, pobj)))
            if reasons and not any(a not in source for a in target):
                # "imposed sanctions on Ahmadinejad over the detention of Americans": with the
                # party acted on named, the "over" phrase is the reason, and whom that deed hit
                # is no party (alone it may still name one: "sanctions over Ukraine")
                for pobj in reasons:
                    target = _merge(target, idx.in_phrase(pobj, loose=not victims and not _held_in(tok, pobj)))
        # "protect its cities from Russian attacks", "aid from Japan": with help, "from" names the
        # danger or the giver, never the one helped
        allowed = _TARGET_PREPS if cand.type not in _COOP_TYPES else _TARGET_PREPS - {"against"}
        if cand.type in HELP:  # (a withdrawal "from Syria" still names the party left)
            allowed = allowed - {"from"}
        if cand.type == "AID" and _children(tok, {"dobj"}):
            # "provided Kyiv with arms", "providing airstrikes with the RSAF": means or partner
            # ("agreed to help with Mueller's inquiry" still helps its owner)
            allowed = allowed - {"with"}
        if any(a not in source and a.country not in {x.country for x in source} for a in target):
            # "blamed Israel for the bombing", "criticised Ethiopia over the dam": a reason, not a party
            allowed = allowed - _REASON_PREPS
        if _verdict(tok) and (_children(tok, {"dobj"}) or passive):
            # "charging the gunman with terrorism against Mexicans": the one charged is the object;
            # the "with" phrase is the crime, and whom it harmed is no party to the charge
            allowed = allowed - {"with"}
        if tok.lemma_.lower() in ("summon", "invite", "bring") and _children(tok, {"dobj"}):
            # "summoned the Indian envoy to its Foreign Ministry": the one summoned is the party;
            # where the summons is answered is a place, not a second target
            allowed = allowed - {"to"}
        if not passive and tok.lemma_.lower() in _EXPELS and _children(tok, {"dobj"}):
            # "evicted squatters from government land", "expelled the envoy from Kenya": the ones put
            # out are the object; the place (or whose land) they leave is no second target (but
            # "withdrew peacekeepers from Rwanda", coded as a cut in help, leaves Rwanda a party)
            allowed = allowed - {"from"}
        if _told_of(tok):
            # "disclosed its plan to withdraw troops to Congress": the parser hangs the one told on
            # the plan's verb; whom a plan is reported to is no party to the planned act
            allowed = allowed - {"to"}
        if cand.mode == "visit":
            allowed = allowed - {"from"}  # "travelled from Nairobi to Kampala": the origin is not visited
            if _children(tok, {"dobj"}) or _prep_objects(tok, {"to"}):
                # (session 43) "visited Dili with a Security Council delegation": with the place or
                # host named, "with" names who came along, not whom the visit was to
                allowed = allowed - {"with"}
        if cand.type == "SUPPORT":
            allowed = allowed | {"behind"}  # "rallied behind the president", "threw its weight behind X"
        helpers = _helpers(tok)
        # "banned the airline, with officials saying ...": the speakers of an absolute clause are no party
        preps = [p for p in _prep_objects(tok, allowed) if p not in helpers and not (
            p.head.lower_ == "with" and any(c.lemma_ in _SPEECH_VERBS for c in _children(p, {"acl", "relcl"})))
            and not _bidding(p) and not campaign_setting(p)]
        if tok.lemma_.lower() in WARN_AGAINST and _children(tok, {"dobj"}):
            # "warned Syria against sheltering Kurdish rebels": the one warned is the party; the deed
            # warned against is Syria's own (see subjects), and whom it concerns is no party here
            preps = [p for p in preps if not (p.dep_ == "pcomp" and p.head.lower_ == "against")]
        if passive and (cand.mode == "expel" or tok.lemma_.lower() in _EXPELS):
            # "inspectors were expelled from North Korea": the state they are put out of expels them;
            # with the expeller named ("expelled from Algeria by the interior ministry") the place
            # left is that expeller's own land, no second target
            ousted = [p for p in preps if p.head.lower_ == "from"]
            left = _merge(*(idx.in_phrase(p) for p in ousted)) if ousted else []
            own = {a.country for a in source if a.country}
            if not source or all(a.country in own for a in left):
                source = source or left
                preps = [p for p in preps if p not in ousted]
        if passive and not source and tok.lemma_.lower() == "summon":
            # "the Danish envoy was summoned to the foreign ministry in Tehran": the ministry (or
            # state office) the envoy is called to is the one summoning, not a second party summoned
            called = [p for p in preps if p.head.lower_ == "to" and _office(p)]
            source = _merge(*(idx.in_phrase(p) for p in called)) if called else []
            preps = [p for p in preps if p not in called]
        if cand.type == "RETREAT" and source:
            # "withdrew the US from the treaty": the doer's own country is what is pulled out
            own = {a.country for a in source if a.country}
            # but people a verb of freeing lets go are its patients, whatever state the actors stage
            # gave them: "Israel released prisoners"
            freeing = tok.lemma_.lower() in _RELEASES
            target = [a for a in target if not (a.country in own and a.kind != "pronoun" and a.code is not None
                                                and len(a.code) == 3 and not (freeing and a.kind != "country"))]
        # "retaliate against Israel for the killing of X": with a party named, "for"/"over" is a reason
        reasons = [p for p in preps if p.head.lower_ in _REASON_PREPS]
        measured = any(_partitive(o).lemma_.lower() in _MEASURES for o in objs)
        pushed = cand.type == "REQUEST" and any(a not in source for a in target)
        topics = {o.i for o in objs if o.lemma_.lower() in _DOCUMENTS | _KNOWLEDGE}
        for pobj in [p for p in preps if p not in reasons]:
            if topics and pobj.head.lower_ in ("on", "over") and min(topics) < pobj.head.i:
                continue  # "share information on Iran" with "on" hung on the verb: still the topic
            if pushed and pobj.head.lower_ in ("into", "toward", "towards") and self.match(pobj) is not None:
                # "pushed Israel into talks with Hamas": the one pressed is the object; the act it is
                # pressed into, and whom that act is with, are what is asked, not who is asked
                continue
            if _stranded_repeat(tok, pobj):
                continue
            found = cand.type in _HARMS and pobj.head.lower_ in ("on", "at", "against", "upon") \
                and self.struck_owner(pobj, source, cand.type) \
                or idx.in_phrase(pobj, loose=not victims and not _held_in(tok, pobj))
            if not found and pobj.head.lower_ in ("into", "against", "over", "on", "at"):
                # "looked into crimes by government forces", "protested against abuses by the police":
                # an act named after the preposition is aimed at (or blamed on) its doer
                found = [a for b in _prep_objects(pobj, {"by"}) for a in idx.in_phrase(b) if a not in source]
            if not found and measured and pobj.head.lower_ in ("on", "against"):
                # "eased curbs [verb:] on exports of wheat to Cuba": the parser hung the measure's
                # "on" on the verb; what the measure falls on goes to Cuba
                found = [a for a in self.onward(pobj) if a not in source]
            if not found and cand.type in _HARMS and pobj.head.lower_ in ("on", "at", "against", "upon"):
                # "opened fire on its positions", "fired at their villages": what is struck belongs to
                # the one struck, as with an object ("shelled its positions")
                found = self.pronoun_owner(pobj, source, reported=cand.type in ("ASSAULT", "COERCE"))
            target = _merge(target, found)
        if not any(a not in source for a in target):
            for pobj in reasons:
                target = _merge(target, idx.in_phrase(pobj, loose=not victims and not _held_in(tok, pobj)))
        if tok.lemma_.lower() in _MEDIATE:
            # "mediated between Israel and Hamas", "mediated talks between X and Y": the sides
            for between in [tok, *objs]:
                for pobj in _prep_objects(between, {"between"}):
                    for side in (pobj, *_children(pobj, {"conj"})):
                        target = _merge(target, [a for a in idx.in_phrase(side) if a not in source])
            if not any(a not in source for a in target):
                # "mediated to end the rift between Qatar and its neighbours": the sides of the purpose
                for side in _rift_sides(tok):
                    target = _merge(target, [a for a in idx.in_phrase(side) if a not in source])
        if cand.type == "RETREAT" and source:
            own = {a.country for a in source if a.country}
            if any(a.country and a.country not in own for a in target):
                # "withdrew its troops out of Iraq": the doer's own troops are what moves
                target = [a for a in target if a.country not in own]
        if not target and cand.type in _GIVE and not _prep_objects(tok, {"to"}):
            target = self.stranded_recipient(objs, source)
        if not target and cand.type in _GIVE:
            target = self.arrived_at(tok, source)
        if not target:
            # "imposed sanctions in relation to Guinea-Bissau", "with regard to Belarus": a complex
            # preposition names whom the act concerns (an act named there is a reason: "arrested
            # four men in connection with the bombing of the embassy" did not arrest the embassy)
            target = [a for h in [tok, *objs] for p in _concerning(h) if self.match(p) is None
                      for a in idx.in_phrase(p, loose=False) if a not in source]
        # "sued Facebook in Austria": the court's place is no party when the one sued is named
        sued = tok.lemma_.lower() in _LAWSUITS and any(o.pos_ in ("NOUN", "PROPN") for o in _children(tok, {"dobj"}))
        # "the ministers of Brazil and Argentina met in Montevideo": sides that meet each other are
        # the whole event; the city they meet in is the venue, not a third party
        joint = cand.type == "CONSULT" and len({a.country for a in source if a.country}) >= 2
        if not target and not sued and not joint and not (victims and cand.type not in NO_PLACE_TARGET):
            # (with people named as victims, the place only says whose civilians: see candidate)
            for pobj in _prep_objects(tok, _WEAK_TARGET_PREPS):
                if pobj.lemma_.lower() in FRAMES:
                    continue  # "in the wake of his death": a time frame, not where or whom
                if pobj.lemma_.lower() in _SPEAKING_NOUNS:
                    continue  # "criticised the vote in a speech in Munich": where one spoke, no party
                # "fighting near its border in Shan state": a place told of the line is not the
                # scene (the line lies between two sides); "near the Libyan border" names its state
                found = idx.in_phrase(pobj, loose=not _along_line(pobj))
                if pobj.head.lower_ != "of":  # "fighting in Kabul" is in Afghanistan, not at its rulers
                    found = [_as_place(a) for a in found]
                target = _merge(target, found)
        if not target and all(o.pos_ == "PRON" for o in objs) and cand.type in _ADDRESSED and tok.dep_ in ("advcl", "conj", "xcomp") \
                and tok.tag_ == "VBG" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _MESSAGE:
            # "wrote to the embassy asking (it) to waive", "called Merkel, urging her": the one the
            # message went to is the one asked or blamed
            gov = tok.head
            target = _merge(*(idx.in_phrase(p) for p in _prep_objects(gov, {"to"}) + _children(gov, {"dobj", "dative"})))
            target = [a for a in target if a not in source]
        accepted_offer = cand.type == "CONCEDE" and any(_to_infinitive(c) for o in objs for c in _children(o, {"acl"}))
        if not target and (cand.type in ("AGREE", "REJECT") or accepted_offer) and tok.pos_ == "VERB" and not passive:
            # "agreed to an extension of the mandate for the force in Lebanon": the party is deep
            # inside the noun chain of what is agreed or refused
            target = self.deep_party(objs + _prep_objects(tok, {"to", "on"}), source)
        if not target and cand.type in ("AGREE", "REJECT") and tok.pos_ == "VERB" and not passive:
            # "agreed to let observers from the African Union monitor the vote", "refused to allow UN
            # inspectors to visit": the ones to be let in are the other party
            target = [a for c in _children(tok, {"xcomp"}) if c.lemma_.lower() in _LET
                      for who in _children(c, {"dobj"}) + [s for v in _children(c, {"ccomp", "xcomp"})
                                                         for s in _children(v, {"nsubj"})]
                      for a in idx.in_phrase(who) if a not in source and a.country not in own_states_of(source)]
        if not target and cand.type == "REQUEST" and tok.lemma_.lower() == "apply" and not passive:
            # "applied to join NATO": a membership bid asks the body it would join
            target = [a for c in _children(tok, {"xcomp"}) if c.lemma_.lower() == "join"
                      for o in _children(c, {"dobj"}) for a in idx.in_phrase(o) if a not in source]
        if not target and cand.type == "REJECT":
            target = self.pressed_by(tok, source)
        if cand.type in _ANSWERING_TYPES and tok.pos_ == "VERB" and not passive \
                and not any(a.country and a.country not in own_states_of(source) for a in target):
            # "recalled its ambassador in response to a statement from Poland": a hostile act
            # answering another's words or deeds is aimed at their author
            target = self.answered_author(tok, source) or target
        if not target and cand.type in ("CONCEDE", "RETREAT") and tok.lemma_.lower() in _LET:
            # "allowed aid trucks to enter the town of Douma": access is granted to the place entered
            target = [_as_place(a) for c in _children(tok, {"ccomp", "xcomp"}) if c.lemma_.lower() in _ENTER
                      for p in _children(c, {"dobj"}) + _prep_objects(c, {"into", "to"}) for a in idx.in_phrase(p)]
        if not target and cand.type == "ACCUSE" and tok.pos_ == "VERB" and not passive:
            # "alleged (that) Iran had helped the attackers": who is blamed is the claim's doer
            target = self.claimed(tok, source)
        if not target and cand.type in _PURPOSE_TYPES:
            # (session 43) also a demand, protest or warning made by the call ("called Serbian
            # leaders to demand assurances"): made to the one called
            target = self.purpose_partner(tok, source)
        if frame == "recv":
            givers = _prep_objects(tok, {"from"})
            if cand.cameo == "075" and not givers:
                # (session 34, helper y) "flew into exile in Nigeria": the host state takes him in
                givers = exile_hosts(tok)
            source, target = _merge(*(idx.in_phrase(p) for p in givers)), source
        if cand.type == "PROTEST" and not any(a.country for a in target):
            # "protested outside the Croatian embassy", "rallied in front of the US consulate": a
            # protest held at a state's mission is aimed at that state, also over a grievance that
            # names no state ("outside the Greek embassy over the handover of the rebel leader")
            target = [a for m in self.missions(tok) for a in idx.in_phrase(m, loose=False)
                      if a not in source] or target
        own_states = {a.country for a in source if a.country}
        if tok.pos_ == "VERB" and tok.dep_ in ("advcl", "xcomp") and _to_infinitive(tok) \
                and tok.head.lemma_.lower() in DISPATCH and all(a.country in own_states for a in target):
            # "sent 21 personnel to Bosnia to investigate the feasibility of a force", "sent police
            # to Uganda to investigate the murder of Kenyan traders": what the envoys are sent to do,
            # with no party of its own (or only the sender's own people), is aimed at where they go
            # (the small model may hang "to Togo" on the object: "a team of experts to Togo")
            goals = _prep_objects(tok.head, {"to"}) + [
                p for o in _children(tok.head, {"dobj"}) for t in o.subtree
                if t.dep_ == "prep" and t.lower_ == "to" for p in _children(t, {"pobj"})]
            target = [_as_place(a) for p in goals
                      for a in idx.in_phrase(p, loose=False) if a.kind == "country" and a not in source
                      and a.country not in own_states] or target
        if not target and cand.type in _DEALINGS and tok.dep_ == "conj" and not passive \
                and tok.head.lemma_.lower() in _MEETING_VERBS and not _children(tok, _SUBJ | _PASS_SUBJ):
            # "met Iraqi officials and signed an agreement", "visited Qatar and signed a deal": a deal
            # struck or talk held right after a meeting, with no partner of its own, is with the one met
            target = [a for o in _children(tok.head, {"dobj"}) for a in idx.in_phrase(o, loose=False)
                      if a not in source and not self.bound(a, source)]
        if not target and tok.dep_ == "pcomp" and tok.head.lower_ == "by" and tok.head.head.pos_ == "VERB":
            gov = tok.head.head  # "supported the country by expanding ties": ties with the country
            target = _merge(*(idx.in_phrase(o) or self.resolve_definite(o, source) for o in _children(gov, _OBJ)))
        if source and target and all(a.country in own_states for a in target):
            # "Saudi Arabia reopened its embassy in Damascus", "closed its consulate in Basra": the doer's
            # own mission is where the act falls; the state it sits in is the party
            hosts = [_as_place(a) for o in objs if o.lemma_.lower() in _MISSIONS
                     for p in _prep_objects(o, {"in"}) for a in idx.in_phrase(p, loose=False)
                     if a.country and a.country not in own_states]
            target = hosts or target
        if cand.type == "ACCUSE" and source and target and all(a.country in own_states for a in target):
            target = self.harm_to_own(tok, objs, source) or target
        if not any(a.country for a in target) and source and cand.type in ("ASSAULT", "COERCE") \
                and tok.pos_ == "VERB" and not passive:
            target = _merge(target, self.reporting_state(tok, source))
        if helpers:
            # "brokered by Qatar with help from Egypt and the United States": helpers are never
            # targets; a go-between's helpers mediate with it, while those who back a deal
            # ("with the backing of the UN, Cambodia and Thailand agreed") stay out of it
            aides = [a for h in helpers for g in _prep_objects(h, {"from", "of"}) for a in idx.in_phrase(g)]
            target = [a for a in target if a not in aides]
            if source and tok.lemma_.lower() in _MEDIATE:
                source = _merge(source, [a for a in aides if a not in target])
        self.assign(cand, source, target)

    def harm_to_own(self, verb: Token, objs: list[Token], source: list[Actor]) -> list[Actor]:
        """"Colombia's president condemned the killing of Colombian soldiers and called on Venezuela
        to arrest the rebels", "Sweden condemned the burning of the Swedish embassy and summoned the
        Iraqi envoy": a harm done to the critic's own people is blamed on another, not on the critic;
        the other state named by the act the critic joins to it (the one called on or summoned), else
        the state where the harm was done."""
        harms = [o for o in objs if (o.lemma_.lower() in _HARM_NOUNS or getattr(self.match(o), "type", None)
                                     in ("ASSAULT", "COERCE"))
                 and _prep_objects(o, {"of", "on", "against"}) and not _prep_objects(o, {"by"})]
        if not harms:
            return []
        own = own_states_of(source)

        def foreign(actors: list[Actor]) -> list[Actor]:
            return [a for a in actors if a.country and a.country not in own and a not in source]
        for conj in _children(verb, {"conj"}):
            if getattr(self.match(conj), "type", None) not in _PRESSING:
                continue  # ("condemned the killing and thanked Ecuador for its help": no blame)
            found = foreign([a for o in _children(conj, {"dobj"}) + _prep_objects(conj, {"on", "upon"})
                             for a in self.index.in_phrase(o, loose=False)])
            if found:
                return found
        return [_as_place(a) for h in harms for p in _prep_objects(h, {"in"}) + [
            q for v in _prep_objects(h, {"of", "on", "against"}) for q in _prep_objects(v, {"in"})]
                for a in foreign(self.index.in_phrase(p, loose=False))]

    def reporting_state(self, verb: Token, source: list[Actor]) -> list[Actor]:
        """"The Iranian foreign ministry said Iraqi jets had bombed two border villages", "Indian troops
        shelled positions, officials in Islamabad said": an attack on unnamed places, told
        by another state's officials, is an attack on that state (the wire's usual way of naming the
        victim); the speaker's state only, with low confidence."""
        sites = [o for o in _children(verb, {"dobj"}) + _prep_objects(verb, {"at", "on", "into", "across"})
                 if o.lemma_.lower() in _UNNAMED_SITES and not _children(o, {"poss"})]
        if not sites or any(t.ent_type_ in ("GPE", "LOC") or getattr(self.index.by_token.get(t.i), "country", None)
                            for o in sites for t in o.subtree):
            # (an owned site, "their own border posts", already says whose it is; a site placed by
            # name, "a depot near Rafah", is in the named place's state)
            return []
        clause = verb
        while clause.dep_ == "conj" and clause.head.pos_ == "VERB":
            clause = clause.head
        if clause.dep_ != "ccomp" or not _lemma_in(clause.head, SPEECH) or clause.head.lemma_.lower() == "accord":
            return []
        own = {a.country for a in source if a.country}
        found: list[Actor] = []
        for subj in _children(clause.head, {"nsubj"}):
            for actor in self.index.in_phrase(subj):
                if actor.country and len(actor.country) == 3 and actor.country not in own | NON_STATE_CODES \
                        and actor.sector in (None, "GOV", "MIL", "COP") and actor.kind != "pronoun":
                    found = _merge(found, [replace(actor, sector=None, code=actor.country, confidence=0.4)])
        return found

    def purpose_partner(self, verb: Token, source: list[Actor]) -> list[Actor]:
        """"phoned his counterpart to discuss the crisis", "received the envoy to discuss ties": a talk
        that is the purpose of a visit or call is held with the one called or received (the
        governing verb's object), when the doer of the talk is the caller."""
        if verb.dep_ not in ("advcl", "xcomp") or not _to_infinitive(verb) or verb.head.pos_ != "VERB":
            return []
        gov = verb.head
        if not source or any(a in source for o in _children(gov, {"dobj"}) for a in self.index.in_phrase(o)):
            return []  # ("invited the chancellor to discuss": the one invited is the talker)
        found = _merge(*(self.index.in_phrase(o) for o in _children(gov, {"dobj"})))
        return [a for a in found if a not in source and not any((a.code, a.name) == (s.code, s.name) for s in source)]

    def contact_clause(self, tok: Token, kind: str) -> bool:
        """Whether a verb heads a relative clause with its own subject, no relative word and no
        stranded preposition ("the others Khan attacked", not "the group he worked with" nor "the
        army, whose chief threatened")."""
        if tok.dep_ != "relcl" or kind not in _GAP_OBJECT_TYPES or not _children(tok, {"nsubj"}):
            return False
        if any(c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.lower_ == "that" for c in tok.children):
            return False
        if any(w.lower_ == "whose" for s in _children(tok, {"nsubj"}) for w in s.subtree if w.i < s.i):
            return False  # (session 25) "Hezbollah, whose leader threatened to strike": the noun is the doer's own side
        return not any(c.dep_ == "prep" and not list(c.children) for c in tok.children)

    def gap_filler(self, tok: Token) -> list[Actor]:
        """Actors a relative pronoun stands for: the noun it follows ("the fighters which France
        refused to repatriate": France refused the fighters)."""
        noun = _antecedent(tok)
        if noun is not None and self.index.by_token.get(noun.i) is None and noun.lemma_.lower() in _BODY_MEMBERS:
            # (session 26) "rivals in the ruling party whom he accused of ...": people named only by
            # the body they belong to are stood for by that body, never by the accused deed's object
            return _merge(*(self.index.in_phrase(p, loose=False) for p in _prep_objects(noun, {"in", "within"})))
        if noun is not None and self.index.by_token.get(noun.i) is None:
            # "the territory, which belonged to Syria and was occupied by Israel": a place or thing
            # that names no actor is stood for by its stated owner
            return self.owner(noun)
        if noun is None:
            return []  # ("a trip, which was cancelled": only a noun that names an actor)
        if noun.dep_ == "pobj" and noun.head.lower_ != "of" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            return []  # ("a visit to Warsaw, which was cancelled": the clause may be about the visit)
        return self.index.in_phrase(noun, loose=False)

    def pronoun_owner(self, noun: Token, source: list[Actor], reported: bool = False) -> list[Actor]:
        """"froze their assets", "seized its tanker": what is harmed belongs to the one harmed, so
        the owner a possessive pronoun stands for is the target. Only an owner other than the doer
        ("closed its borders" is the doer's own) and named before in the sentence: the nearest
        agreeing actor, with the actors coordinated with it for "their". ``reported``: an attack or
        seizure reported by another state ("Syria said Israel had bombed its airport") falls on the
        reporter's own, since a state does not attack what is its own unless it says "own"."""
        owners = [c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("its", "their")]
        if not owners:
            return []
        pron = owners[0]
        if source and not reported and any(c.lower_ == "own" for c in noun.children):
            return []  # "suspended its own cooperation": "own" ties the owner to the doer
        if self.partnered(noun):
            return []  # (session 37) "hours after breaking off its ties with Taiwan": the doer's own ties

        sid = sentence_of_token(self.doc, pron.i)
        before = [a for a in self.index.by_sentence.get(sid, []) if a.end <= pron.idx and a.kind != "pronoun"
                  and not self.doer_aside(a, source)]
        for actor in reversed(before):
            if actor in source or self.bound(actor, source):
                if reported and not any(c.lower_ == "own" for c in noun.children):
                    doers = {a.country for a in source}
                    clause = noun.head.head if noun.dep_ == "pobj" else noun.head  # ("fired on its posts")
                    return [a for a in self.clause_reporter(clause) if self.agrees(pron, a)
                            and a not in source and not self.bound(a, source) and a.country not in doers]
                return []  # the doer comes nearer: "Iran said it would close its airspace"
            if self.locating(actor):
                continue  # "visited troops in Iraq and praised their courage": a place is not the owner
            if not self.agrees(pron, actor):
                continue
            if pron.lower_ != "their":
                return [actor]
            # "sanctions on Yanukovich and Azarov, freezing their assets": the coordinated owners
            tok = self.index_token(actor)
            group = [actor]
            if tok is not None and tok.dep_ == "conj":
                group = _merge(self.index.in_phrase(tok.head, loose=False), group)
            return [a for a in group if a not in source]
        return []

    def partnered(self, noun: Token) -> bool:
        """(session 37) Whether an owned noun names the party its owner deals with ("breaking off its
        ties with Taiwan", "suspended their cooperation with Kyiv").

        Why: a tie or a dealing "with" a named party is the doer's own side of it, so the
        possessive stands for the doer; the nearest state named before it in the sentence
        ("established relations with China on Sunday, hours after breaking off its ties with
        Taiwan") is no owner and no target (judged wrong party in batch s22b)."""
        return any(self.index.in_phrase(p, loose=False) for p in _prep_objects(noun, {"with", "between"}))

    def doer_aside(self, actor: Actor, source: list[Actor]) -> bool:
        """(session 34) "France, which holds the presidency of the European Union, suspended its
        cooperation": a name inside a relative clause or an appositive set on the doer's own noun
        only describes the doer; a possessive of the main clause does not reach into it."""
        tok = self.index_token(actor)
        roots = {r.i for a in source if (r := self.index_token(a)) is not None}
        if tok is None or not roots:
            return False
        aside = False
        while tok.head.i != tok.i:
            if tok.dep_ in ("relcl", "appos", "acl"):
                aside = True
            tok = tok.head
            if tok.i in roots:
                return aside
        return False

    def struck_owner(self, noun: Token, source: list[Actor], kind: str) -> list[Actor]:
        """"fired rockets at its positions in southern Lebanon": a struck thing owned by "its" or
        "their" and naming no actor itself belongs to the pronoun's owner; the place the loose phrase
        walk would find only says where it stands (nothing when no owner other than the doer)."""
        if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children):
            return []
        if self.index.in_phrase(noun, loose=False):
            return []
        return self.pronoun_owner(noun, source, reported=kind in ("ASSAULT", "COERCE"))

    def missions(self, verb: Token) -> list[Token]:
        """Embassies and consulates a verb is done outside, near or in front of."""
        found: list[Token] = []
        for pobj in _prep_objects(verb, {"outside", "near", "before", "in", "at"}):
            if pobj.head.lower_ == "in" and pobj.lower_ == "front":
                pobj = next(iter(_prep_objects(pobj, {"of"})), pobj)
            if pobj.lemma_.lower() in _MISSIONS or pobj.lemma_.lower() == "commission" and any(
                    c.lower_ == "high" for c in pobj.children if c.dep_ in ("compound", "amod")):
                found.append(pobj)  # (a Commonwealth state's embassy in another is its High Commission)
        return found

    def clause_reporter(self, verb: Token) -> list[Actor]:
        """Who reports the clause of ``verb`` ("Iraq said Turkish jets had struck ..."): the
        subject of the speech verb it is the complement of (through "that" clauses only), or the
        one it is told "according to"."""
        told = [p for a in verb.children if a.dep_ == "prep" and a.lower_ == "according"
                for p in _prep_objects(a, {"to"})]
        if told:
            return _merge(*(self.index.in_phrase(p, loose=False) for p in told))
        if verb.dep_ != "ccomp" or not _lemma_in(verb.head, SPEECH):
            return []
        return _merge(*(self.index.in_phrase(s, loose=False) for s in _children(verb.head, _SUBJ)))

    def personal(self, source: list[Actor]) -> bool:
        """Whether the doer is named only as people ("the Turkish president"), so that "its" in
        the object cannot be the doer's own and stands for a body named before."""
        roots = [self.index_token(a) for a in source]
        return bool(source) and all(a.kind == "person" or (r is not None and r.lemma_.lower() in _PERSON_TITLES)
                                    for a, r in zip(source, roots))

    def locating(self, actor: Actor) -> bool:
        """Whether a mention only says where something is ("troops in Iraq")."""
        root = self.index_token(actor)
        return root is not None and root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "near", "inside")

    def index_token(self, actor: Actor) -> Token | None:
        """The head token of an actor mention."""
        span = self.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        return span.root if span is not None else None

    def owner(self, noun: Token) -> list[Actor]:
        """Who a thing belongs to, by its own clause ("land which belongs to Syria", "islands
        belonging to Japan"); nothing for a thing with no stated owner ("a trip, which ...")."""
        found: list[Actor] = []
        for clause in _children(noun, {"relcl", "acl"}):
            for verb in (clause, *_children(clause, {"conj"})):
                if verb.lemma_.lower() == "belong":
                    found = _merge(found, *(self.index.in_phrase(p, loose=False) for p in _prep_objects(verb, {"to"})))
        return found

    def deep_party(self, starts: list[Token], source: list[Actor]) -> list[Actor]:
        """The first actor down a chain of noun phrases ("of", "for", "to" phrases and
        to-infinitives), at most three links deep, excluding the doer's own side."""
        layer = [t for t in starts if t.pos_ in ("NOUN", "PROPN")]
        for _ in range(3):
            nxt: list[Token] = []
            for node in layer:
                nxt += _prep_objects(node, {"of", "for", "to"})
                if node.lemma_.lower() in _DEPLOYMENTS:  # "the mandate for the force in Lebanon": its host
                    nxt += _prep_objects(node, {"in"})
                for clause in _children(node, {"acl"}):
                    nxt += _children(clause, {"dobj"})
                    if _to_infinitive(clause):  # "an invitation to meet with Abe": whom the act is with
                        nxt += _prep_objects(clause, {"with", "to"})
                        # "an offer to hold talks with Iran": the partner hangs on the act's noun
                        nxt += [p for o in _children(clause, {"dobj"}) for p in _prep_objects(o, {"with"})]
                    for inner in _children(clause, {"xcomp"}):
                        nxt += _children(inner, {"dobj"})
            layer = [t for t in nxt if t.pos_ in ("NOUN", "PROPN")]
            found = [a for t in layer for a in self.index.in_phrase(t, loose=False) if a not in source]
            if found:
                return found
        return []

    def claimed(self, verb: Token, source: list[Actor]) -> list[Actor]:
        """The active subject of an accusation's that-clause: the one the claim is about."""
        for clause in _children(verb, {"ccomp"}):
            if _children(clause, {"auxpass", "nsubjpass"}):
                continue  # "alleged that he was beaten by police": the one beaten is no culprit
            if clause.i < verb.i and not _children(verb, {"nsubj"}):
                # "X cut ties with Qatar, accusing it of ..., charges Doha denied": a subjectless
                # "charges" after the clause is the noun, misread as a verb; its accused is not
                # the earlier clause's doer (a fronted claim has its claimant: "..., Kyiv charges")
                continue
            for subj in _children(clause, {"nsubj"}):
                found = [a for a in self.index.in_phrase(subj) if a not in source]
                if found:
                    return found
        return []

    def joint_sides(self, noun: Token) -> list[Actor]:
        """The sides of a pact, talks or ties: named in its "between"/"among" phrase ("the accord
        between X and Y"), or as a pair in its modifiers ("the EU-Turkey deal") or as owner and
        partner ("Egypt's agreement with Sudan"): they make or hold it together."""
        if noun.lemma_.lower() not in _JOINT_THINGS:
            return []
        sides = _merge(*(self.index.in_phrase(p) for p in _prep_objects(noun, {"between", "among"})))
        if sides:
            return sides
        mods = [t for c in noun.children if c.i < noun.i and c.dep_ in ("compound", "amod", "nmod", "poss")
                for t in c.subtree]
        named = _merge([a for t in mods if (a := self.index.by_token.get(t.i)) is not None],
                       *(self.index.in_phrase(p, loose=False) for p in _prep_objects(noun, {"with"})))
        return named if len({a.country for a in named}) >= 2 else []

    def authors(self, verb: Token, obj: Token, source: list[Actor]) -> list[Actor]:
        """Who made the deed a stance is about: "condemned the annexation of Crimea by Russia" is
        aimed at Russia, not at the place inside the object. The small model often hangs the
        "by" phrase further right ("the recognition of X as Y's territory by Z"), so any "by"
        after the object noun and inside the verb's own phrases counts."""
        if obj.pos_ != "NOUN":
            return []
        found: list[Actor] = []
        conjuncts = {obj.i} | {c.i for c in obj.conjuncts if c.i > obj.i and c.pos_ == "NOUN"}
        for t in verb.subtree:
            if t.i <= obj.i or t.dep_ not in ("prep", "agent") or t.lower_ != "by":
                continue
            cur, inside = t.head, True
            while cur.i != verb.i:  # only through noun and preposition links, never another clause
                if cur.dep_ == "acl" and cur.tag_ == "VBN" and cur.head.i in conjuncts:
                    # "rejected an appeal lodged by the church", "condemned attacks carried out by
                    # Hamas": a participle on the object itself (or on a deed coordinated with it:
                    # "condemned the aggression and the threats made by X") names the deed's author
                    cur = cur.head
                    continue
                if cur.dep_ not in ("pobj", "prep", "dobj", "amod", "compound", "conj", "appos", "nmod"):
                    inside = False
                    break
                cur = cur.head
            if not inside:
                continue
            for p in t.children:
                if p.dep_ == "pobj" and p.tag_ != "VBG":
                    found = _merge(found, [a for a in self.index.in_phrase(p, loose=False) if a not in source])
        return found

    def struck_only(self, obj: Token, kind: str) -> list[Actor]:
        """Whom a condemned hostile deed hit when it names no doer: "condemned an attack on a
        convoy of Irish peacekeepers" is aimed at the unnamed attackers, never at the people hit
        (a state hit, "the attack on Lebanon", stays the party the stance stands up for); (session
        32) so for a crackdown and for harm told by a noun of no event ("criticised the use of
        force against farmers", "the violence against protesters")."""
        if kind not in ("ACCUSE", "REJECT") or obj.pos_ != "NOUN" or _prep_objects(obj, {"by"}) \
                or not (getattr(self.match(obj), "type", None) == "ASSAULT" or harm_noun(obj)):
            return []
        return [a for p in _prep_objects(obj, {"on", "against", "upon", "of", "into"})
                for a in self.index.in_phrase(p) if a.kind != "country"]

    def harmed_owners(self, obj: Token) -> list[Actor]:
        """The owners of what a violation was done to, when that thing is no actor itself: "the
        violation of Ukraine's territorial integrity", "a breach of Greek airspace". Not a party
        struck by a hostile deed, nor the owner of the place or people it struck ("the invasion of
        Ukraine", "the shelling of Somali villages"): a state hit stays the stance's party."""
        if obj.pos_ != "NOUN" or obj.lemma_.lower() not in _VIOLATIONS:
            return []
        found: list[Actor] = []
        for pobj in _prep_objects(obj, {"of", "on", "against", "upon"}):
            if pobj.pos_ != "NOUN" or pobj.i in self.index.by_token:
                continue
            for mod in pobj.children:
                if mod.dep_ in ("poss", "amod", "compound", "nmod") and mod.i < pobj.i:
                    found = _merge(found, self.index.in_phrase(mod, loose=False))
        return found

    def deed_doer(self, obj: Token, source: list[Actor]) -> list[Actor]:
        """The doer an adjective or possessive names on a hostile deed that also names whom it hit:
        "denounced the Israeli raid on Lebanon", "condemned Iraq's invasion of Kuwait" are aimed
        at Israel and Iraq; the state struck is the deed's target, not the stance's."""
        if obj.pos_ != "NOUN" or getattr(self.match(obj), "type", None) not in ("ASSAULT", "COERCE"):
            return []
        struck = [a for p in _prep_objects(obj, {"on", "against", "upon", "of", "into"})
                  for a in self.index.in_phrase(p, loose=False)]
        if not struck:
            return []
        doers = self.index.premodifier_actors(obj)
        return [a for a in _merge(doers) if a not in source and a not in struck]

    def arrived_at(self, tok: Token, source: list[Actor]) -> list[Actor]:
        """"aid sent by Japan reached Haiti", "supplies donated by X arrived in Gaza": a gift named
        by the participle's noun is received where the clause says it arrived."""
        gift = tok.head
        if tok.dep_ != "acl" or tok.tag_ != "VBN" or gift.dep_ != "nsubj" or gift.head.lemma_.lower() not in _ARRIVE:
            return []
        verb = gift.head
        places = _children(verb, {"dobj"}) + _prep_objects(verb, {"in", "at", "to", "into"})
        return [_as_place(a) for p in places for a in self.index.in_phrase(p) if a not in source]

    def pressed_by(self, tok: Token, source: list[Actor]) -> list[Actor]:
        """"declined to resign despite pressure by the commission", "refused in defiance of calls
        from the UN": whoever presses for what is refused is the one refused."""
        found: list[Actor] = []
        for verb in (tok, *_children(tok, {"xcomp"})):
            for pobj in _prep_objects(verb, {"despite"}):
                if pobj.lemma_.lower() in _PRESSURES:
                    found = _merge(found, *(self.index.in_phrase(p) for p in _prep_objects(pobj, {"by", "from"})))
        return [a for a in found if a not in source]

    def answered_author(self, tok: Token, source: list[Actor]) -> list[Actor]:
        """The author of what a verb answers: "in response to a statement from X", "in retaliation
        for X's sanctions" (the "by"/"from" phrase or the owner of the answered noun); none of the
        doers' own states, and nothing when the answered noun names no author."""
        found: list[Actor] = []
        for answer in _prep_objects(tok, {"in"}):
            if answer.lemma_.lower() not in _ANSWER_NOUNS:
                continue
            for deed in _prep_objects(answer, {"to", "for"}):
                authors = _prep_objects(deed, {"by", "from"}) + _children(deed, {"poss"})
                found = _merge(found, *(self.index.in_phrase(a) for a in authors))
        own = own_states_of(source)
        return [a for a in found if a not in source and a.country not in own]

    def stranded_recipient(self, objs: list[Token], source: list[Actor]) -> list[Actor]:
        """Actors in the "to" phrase the parser hung at the end of the object (``stranded_to``)."""
        for obj in objs:
            to = _stranded_to(obj)
            if to is None:
                continue
            found = [a for p in to.children if p.dep_ == "pobj" for a in self.index.in_phrase(p) if a not in source]
            if found:
                return found
        return []

    def backed(self, cand: Candidate) -> None:
        """"the U.S.-backed coup led by Guaidó": the U.S. supports whoever does the coup."""
        tok = cand.token
        source = self.index.in_phrase(self.doc[tok.i - 2]) if tok.i >= 2 else []
        target = self.backed_party(tok.head, source)
        cand.type = "SUPPORT" if cand.trigger.type == "SUPPORT" else cand.type
        self.assign(cand, source, target)


# acts that may be the purpose of a call or visit, made to the one called or visited
_PURPOSE_TYPES = frozenset({"CONSULT", "REQUEST", "ACCUSE", "THREATEN"})
# nouns that label the act of the clause they are set beside ("..., a decision the party denounced")
_DEED_LABELS = frozenset({"decision", "move", "step", "ruling", "measure", "action", "act", "verdict"})


def _labelled_deed(noun: Token) -> Token | None:
    """(session 20 W5) The verb whose act a label noun set beside its clause names ("the tribunal
    refused to register her, a decision her party denounced"; "visited Washington, a move Beijing
    condemned"): the parser hangs such a label on that verb as an appositive or adverbial noun."""
    if noun.lemma_.lower() not in _DEED_LABELS or noun.dep_ not in ("npadvmod", "appos", "dep"):
        return None
    verb = noun.head
    return verb if verb.pos_ == "VERB" and verb.i < noun.i else None

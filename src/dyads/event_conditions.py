"""Whether a candidate is still to come or only possible: conditions, wishes, plans, pledges, hedges.

Why apart: "if", "unless", "wants to", "plans to", "allegedly" and "would likely" decide the future
and hypothetical flags; these predicates read those marks for `set_flags` (and `make_promise`)
and are tuned apart from the negation and generic rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from .event_generics import _dated_past
from .nlp import QUOTE_TOKENS
from .event_modality import (
    Candidate, FUTURE_AUX, _ALLEGING, _ARMED_DRIVES, _BARRING, _CAUSING, _DUTY_VERBS, _FUTURE_HEADS, _GRANTING_TEXTS,
    _GUESS_ADVERBS, _HYPO_AUX, _HYPO_MARK, _ODDS, _ORDERING, _PACTS, _PERMIT, _PLEDGING, _PROMISING, _PUSHING, _SPEECH,
    _THREAT_TYPES, wish_verb,
)
from .event_roles import (
    children as _children, for_to as _for_to_clause, placed_under as _placed_under, to_infinitive as _to_infinitive,
    verb_of as _verb_of,
)
from .event_senses import called_gathering
from .triggers import word_list

__all__ = ["wished_for"]

# "I want to express my condolences", "we would like to thank Japan": a first-person wish to perform a
# speech act performs it in the saying, so the act is done, not wished
_PERFORMATIVE_WISH = {"want", "wish", "like", "love"}
_PERFORMATIVES = {"express", "convey", "thank", "congratulate", "apologize", "apologise", "condemn", "welcome",
                  "reiterate", "reaffirm", "voice", "commend"}
# verbs of giving that perform a speech act only with words as their object ("to send my condolences";
# "we want to send troops" is a plan)
_GIVING_WORDS = {"send", "offer", "extend", "pay"}
_SPOKEN_GIFTS = {"condolence", "condolences", "sympathy", "thanks", "tribute", "respect", "respects", "gratitude",
                 "congratulation", "congratulations", "greeting", "greetings", "apology", "apologies", "wish", "wishes"}
_SPEAKER_PRONOUNS = {"i", "we"}
# "requested that the president declare", "demanded he resign": a bare verb under a demand is the
# English mandative subjunctive, an act asked for and not (yet) done
_MANDATIVE = word_list("mandative")
# "a plan to raise taxes", "any attempt to invade": the act is planned (future) or tried and
# wanted, not reported as done
_PLAN_NOUNS = word_list("plan_nouns")
_TRY_NOUNS = word_list("try_nouns")
_KEEPING = {"prevent", "stop", "keep", "block"}
# "Why did they attack?", "When will talks start?": such questions take the act as given
_GIVEN_WH = {"why", "how", "when", "where"}
# "demanded an inquiry", "preferred an investigation", "called for talks": a named act that is the
# thing sought is wanted, not done (the seeking is its own event)
_SEEKING = {"demand", "seek", "request", "want", "prefer", "wish", "desire", "propose", "recommend",
            "suggest", "urge", "need", "favour", "favor", "advocate", "require"}
# "called for an inquiry", "pushed for talks": the same, with the act after "for"
_SEEK_FOR = {"call", "push", "press", "appeal", "ask", "lobby", "plead", "campaign", "clamour", "clamor",
             "hope", "pray", "beg", "petition", "agitate", "demand", "request", "wait", "look", "argue"}
# "demands for an inquiry", "calls for talks", "a plan for a march": nouns naming what is sought
_SOUGHT_NOUNS = {"demand", "call", "request", "appeal", "plea", "push", "bid", "campaign", "pressure",
                 "proposal", "plan", "hope", "wish", "need", "petition", "motion", "clamour", "clamor",
                 "recommendation", "suggestion", "ultimatum", "condition", "preparation"}
# "their demands include an inquiry", "the goal is a safe zone": the noun that says what is wanted
_GOAL_NOUNS = {"demand", "request", "call", "goal", "aim", "objective", "wish", "priority", "proposal", "plan",
               "recommendation", "condition", "hope", "ambition", "purpose", "intention", "target", "mission",
               "ask", "agenda", "dream", "vision", "idea"}
_LINKING = {"be", "include", "expand", "become", "remain", "involve", "extend", "contain", "center", "centre",
            "focus", "range", "grow", "comprise", "mean", "list"}
# "including a ban", "such as an embargo", "like a ban": an example of the noun or "for" object before it
_EXAMPLE_PREPS = {"including", "like", "as"}
# "called on Moscow to withdraw", "appealed to the rebels to lay down arms", "pleaded with them to stop"
_CALL_ON = {"call", "appeal", "plead", "prevail"}
_AIMS = word_list("abstract_aims")
_CHARGE_NOUNS = {"accusation", "allegation", "charge", "suspicion"}
# (session 32) nouns of hearsay whose "that" clause is unconfirmed content: "after reports that the
# judges had been offered bribes"; only the reporting is told
_HEARSAY_NOUNS = frozenset({"report", "rumour", "rumor", "speculation"})


def wished_for(tok: Token) -> bool:
    """Whether the act's own clause is what a wish, hope or want names ("he wished China would
    free them"): a "would" there belongs to the wish, so reported speech must not read it as the
    doer's promise."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else _verb_of(tok)
    return verb is not None and verb.dep_ in ("ccomp", "xcomp") and verb.head.i != verb.i \
        and wish_verb(verb.head)


# verbs of lasting whose participle complement is a state ("remain suspended", "stay closed")
_LASTING = frozenset({"remain", "stay"})
# texts whose "by" phrase is a standing rule, not a doer ("barred by the constitution")
_RULE_TEXTS = frozenset({"constitution", "law", "charter", "statute", "rule", "regulation"})

# words of a time still ahead that make "can" an option open, not a deed ("can send it tomorrow")
_AHEAD_TIMES = frozenset({"tomorrow", "soon", "later", "anytime"})


def _time_ahead(verb: Token) -> bool:
    """Whether a verb under "can" names a time still ahead ("San Salvador can send an extradition
    request tomorrow"): an option a party has, no act told (session 20 W1). "Police can now detain
    suspects" names none and is left as it was."""
    return any(c.dep_ in ("npadvmod", "advmod") and c.lower_ in _AHEAD_TIMES for c in verb.children)


def _conjunct_of(chain: list[Token], k: int) -> bool:
    """Whether the chain reached ``chain[k]`` from a verb coordinated with it ("set up barricades and
    marched"): a future head ("set", "plan") governs its complement, not the deed beside it, so
    "marched" stays told as done (session 20 W1). "plans to meet and sign" climbs through "meet"."""
    if k == 0:
        return False
    below = chain[k - 1]
    return below.dep_ == "conj" and below.head.i == chain[k].i


def _guessed(verb: Token | None) -> bool:
    """Whether a verb is qualified by "maybe", "perhaps" or "possibly" ('"Maybe the next soldiers
    will fight"'): a bystander's guess, which no doer pledges, so its "will" makes no threat (session
    20 W1). "The army will fight" stays a promise of force."""
    return verb is not None and any(c.dep_ == "advmod" and c.lower_ in _GUESS_ADVERBS for c in verb.children)


# copulas that put odds on their subject: "a deal was unlikely", "a clash remained unlikely"
_ODDS_COPULAS = frozenset({"be", "remain", "seem", "appear", "look"})


def _odds_subject(tok: Token) -> bool:
    """Whether an event noun is the subject of "be likely/unlikely" ("a Teesta agreement was unlikely
    before the election"): a forecast of the act, not the act (session 20 W1), as "was likely to
    press" already is through the infinitive; "remained", "seemed" or "looked unlikely" as well
    (session 33: "analysts said an open clash remained unlikely")."""
    return tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in _ODDS_COPULAS \
        and any(c.dep_ in ("acomp", "oprd", "xcomp") and c.lower_ in _ODDS for c in tok.head.children)


def _state_remaining(tok: Token) -> bool:
    """Whether a participle is the complement of "remain" or "stay" ("Mali and Niger remain
    suspended"): a standing state told as background, not a measure taken now (session 20 W1; the
    caller asks it of sanctions and coercion only, as "remained committed to the truce" is a pledge
    kept). "The bloc suspended Mali" stays the act."""
    participle = tok.tag_ == "VBN" or (tok.pos_ == "ADJ" and tok.lower_.endswith("ed"))
    return participle and tok.dep_ in ("acomp", "xcomp", "oprd", "attr") and tok.head.lemma_.lower() in _LASTING


def _barred_by_text(tok: Token) -> bool:
    """Whether a passive act has a law or charter as its "by" doer ("was barred by the constitution
    from seeking a second term"): a standing rule, no one's act (session 20 W1). "barred by the
    court" keeps its doer."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    return any(p.lemma_.lower() in _RULE_TEXTS for a in tok.children if a.dep_ == "agent"
               for p in a.children if p.dep_ == "pobj")


def _generic_condition(head: Token) -> bool:
    """"If you have a grievance, you go and ask the god": advice to anyone under a condition
    describes a custom, not an act by a party, so a generic "you" or "one" acting under an
    "if"/"when" clause is no event that happened."""
    clause = head
    while clause.dep_ == "conj" and clause.head.i != clause.i and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        clause = clause.head
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("you", "one") for c in clause.children):
        return False
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "when", "whenever", "unless")
                                         for m in c.children) for c in clause.children)


def _in_plans(head: Token) -> bool:
    """Whether what ``_sought`` found wanted is the content of plans a signed deal includes ("the
    accords include plans for a joint port and measures to ease curbs"): terms agreed are promised,
    future as "an agreement to help" is (``_planned``), not a wish that may never be granted."""
    cur = head.head if head.dep_ in ("acl", "relcl") and _to_infinitive(head) else head
    for _ in range(4):
        if cur.dep_ != "conj" or cur.head.i == cur.i:
            break
        cur = cur.head
    if cur.dep_ != "pobj" or cur.head.lower_ != "for" or cur.head.head.lemma_.lower() != "plan":
        return False
    plans = cur.head.head  # only plans a signed deal contains: "a plan for a march" sent to police may be refused
    return plans.dep_ in ("dobj", "attr") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _PACTS for c in plans.head.children)


def _sought(head: Token) -> bool:
    """Whether the act is named as the thing demanded, wanted or aimed at: "demanded an inquiry",
    "called for talks", "demands for an inquiry", "their demands include an inquiry", "the goal is a
    safe zone to return refugees". A noun, or an infinitive hung on a noun, is climbed to the word
    that governs it."""
    cur = head
    if cur.dep_ in ("acl", "relcl") and _to_infinitive(cur):
        cur = cur.head  # "a safe zone to repatriate refugees": what is said of the zone
    elif cur.pos_ not in ("NOUN", "PROPN"):
        return False
    elif _dated_past(cur):
        return False  # "a plan for yesterday's march": the march is dated in the past, so it took place
    for _ in range(4):
        if cur.dep_ in ("conj", "appos") and cur.head.i != cur.i:
            if cur.dep_ == "appos" and cur.head.lemma_.lower() in _GOAL_NOUNS:
                return True  # "their demands, an inquiry and a pardon": the demands' content
            cur = cur.head
        elif (example := _example_of(cur)) is not None:
            if cur.head.head.pos_ == "NOUN" and cur.head.head.lemma_.lower() in _GOAL_NOUNS:
                return True  # (session 32) "presented 13 demands, including the closure of X": what is demanded
            cur = example  # "called for tougher steps, including a ban": the ban is one of the steps sought
        else:
            break
    gov = cur.head
    if gov.i == cur.i:
        return False
    if cur.dep_ == "pobj":
        prep = gov
        gov = prep.head
        if gov.i == prep.i:
            return False
        lemma = gov.lemma_.lower()
        if prep.lower_ == "for":
            return (gov.pos_ in ("VERB", "AUX") and lemma in _SEEK_FOR) or (
                gov.pos_ == "NOUN" and lemma in _SOUGHT_NOUNS)
        return prep.lower_ in ("to", "on") and gov.pos_ in ("VERB", "AUX") and lemma in _LINKING \
            and _goal_subject(gov)
    lemma = gov.lemma_.lower()
    if cur.dep_ == "dobj" and gov.pos_ == "VERB" and lemma in _SEEKING:
        return True
    return cur.dep_ in ("dobj", "attr") and lemma in _LINKING and _goal_subject(gov)


def _called_for_infinitive(verb: Token) -> bool:
    """(session 22) Whether an infinitive the parser hung on the verb belongs to the noun of
    demand right before it ("repeating his call for a ceasefire and a group of countries to
    mediate": the mediating is what is called for, by others, not the caller's act)."""
    if verb.dep_ not in ("xcomp", "advcl") or verb.tag_ != "VB" or not _to_infinitive(verb):
        return False
    return any(n.dep_ == "dobj" and n.lemma_.lower() in _SOUGHT_NOUNS and n.i < verb.i
               and verb.left_edge.i == n.right_edge.i + 1 and _asking_noun(n) for n in verb.head.children)


def _asking_noun(noun: Token) -> bool:
    """Whether a noun of demand asks for something here: "his call for talks", "a demand", not
    "held a telephone call on Friday to discuss tariffs" (a call made, whose purpose is its own)."""
    return noun.lemma_.lower() != "call" or any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children)


def _example_of(noun: Token) -> Token | None:
    """The noun that an example phrase ("including X", "such as X", "like X") illustrates, so that
    what is said of the class is said of its member: "pushed for tougher steps, including a ban". The
    parser hangs the example on the noun or, after a comma, on the verb, whose "for" object is then
    the class. None when the noun is not such an example."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.i == noun.i or prep.lower_ not in _EXAMPLE_PREPS:
        return None
    if prep.lower_ == "as" and not any(c.lower_ == "such" for c in prep.children) \
            and not (prep.i > 0 and noun.doc[prep.i - 1].lower_ == "such"):
        return None  # "served as a mediator": a role, not an example
    owner = prep.head
    if owner.i == prep.i:
        return None
    if owner.pos_ in ("NOUN", "PROPN"):
        for _ in range(3):  # "pressure on Minsk, including an embargo": the example of the whole phrase
            if owner.dep_ != "pobj" or owner.head.lower_ == "for" or owner.head.head.pos_ not in ("NOUN", "PROPN"):
                break
            owner = owner.head.head
        return owner
    if owner.pos_ in ("VERB", "AUX"):
        return next((g for c in owner.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < prep.i
                     for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
    return None


def _goal_subject(verb: Token) -> bool:
    """Whether the verb's subject names something wanted ("demands", "the goal", "our aim")."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _GOAL_NOUNS for c in verb.children)


def _for_to(chain: list[Token]) -> bool:
    """"called for Russia to withdraw", "pressed for the talks to resume": an infinitive with its own
    subject after "for" names an act wanted, not done ("it took an hour for police to arrive" is the
    exception: a time taken, so the act happened)."""
    for k, t in enumerate(chain):
        if k and chain[k - 1].dep_ == "conj" and _finite(chain[k - 1]):
            break  # "arranged for troops to be ready and has requested aid": a clause of its own
        if _for_to_clause(t):
            return t.head.lemma_.lower() != "take"
    return False


def _purposes_up(top: Token) -> list[Token]:
    """The verb and the acts it is the purpose of: "to bring them under control and help protect"
    climbs to "to provide whatever help", so an offer reaches the acts it is for."""
    out = [top]
    while len(out) < 5 and top.head.i != top.i and (
            top.dep_ == "conj" or top.dep_ == "advcl" and _to_infinitive(top) and top.head.pos_ == "VERB"):
        top = top.head
        out.append(top)
    return out


_PROMISE_NOUNS = frozenset({"pledge", "promise", "vow", "commitment", "undertaking", "offer"})


def _after_promise_noun(head: Token) -> bool:
    """Whether a "to" infinitive comes straight after a promise noun's phrase ("a pledge in June to
    give up his immunity", "his promise to the voters to resign"), even when the parser hangs it on
    the verb above. Why: the act is what was promised, still to be done, not a deed told as done."""
    if head.pos_ != "VERB" or not _to_infinitive(head) or head.dep_ not in ("advcl", "acl", "xcomp"):
        return False
    to = next((c for c in head.children if c.dep_ == "aux" and c.tag_ == "TO"), None)
    if to is None or to.i == 0:
        return False
    cur = head.doc[to.i - 1]
    for _ in range(4):  # up from "June" through "in" to "pledge"
        if cur.lemma_.lower() in _PROMISE_NOUNS and cur.pos_ == "NOUN":
            return True
        if cur.dep_ not in ("pobj", "prep", "compound", "amod") or cur.head.i > cur.i:
            return False
        cur = cur.head
    return cur.lemma_.lower() in _PROMISE_NOUNS and cur.pos_ == "NOUN"


# verbs that leave a "whether" question open when denied, or whose "whether" clause is only weighed
_OPEN_ASKING = {"say", "confirm", "know", "disclose", "reveal", "specify", "indicate", "clear", "decide",
                "ask", "wonder", "consider", "debate", "unclear", "uncertain"}


def _open_question(verb: Token) -> bool:
    """Whether ``verb`` leaves its "whether" clause an open question: "did not say whether",
    "it is unclear whether", "will decide whether to": the act inside is neither told as done nor
    promised or threatened, so it is no event (session 18). "X asked whether ..." is covered too."""
    lemma = verb.lemma_.lower()
    if lemma in ("unclear", "uncertain", "wonder", "debate", "decide", "consider", "ask"):
        return True
    if verb.dep_ == "acomp" and verb.lower_ in ("unclear", "uncertain"):
        return True
    if verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in ("unclear", "uncertain", "unknown")
                                   for c in verb.children):
        return True  # (session 34) "It was unclear whether he would be allowed to travel": the parser hangs it on "was"
    return lemma in _OPEN_ASKING and any(c.dep_ == "neg" for c in verb.children)


def _agreed_sanction(head: Token, cand: Candidate) -> bool:
    """Whether the head is a past "agreed" over a sanction its own makers impose ("ECOWAS leaders
    agreed to close borders with Mali and freeze its assets"): the penalty is decided by agreeing
    on it, so it is done, not promised (session 18). A pledge to another ("agreed to withdraw its
    troops", RETREAT) and "will agree to" stay ahead."""
    return cand.type == "SANCTION" and head.lemma_.lower() == "agree" and head.tag_ in ("VBD", "VBN") \
        and not any(c.dep_ == "aux" and (c.lower_ in FUTURE_AUX or c.lower_ in _HYPO_AUX) for c in head.children)


def _pledged_purpose(head: Token) -> bool:
    """Whether the verb is the purpose ("to distribute", "to allow") of an act that is itself only
    offered or agreed ("has offered to send troops to ..."): the climb through "offered to" stops at
    "send", so the purpose would otherwise read as done."""
    t, purpose = head, False
    for _ in range(5):
        if t.head.i == t.i:
            return False
        if t.dep_ == "advcl" and _to_infinitive(t):
            purpose = True
        elif t.dep_ == "xcomp":
            if purpose and t.head.lemma_.lower() in _PLEDGING:
                return True
        else:
            return False
        t = t.head
    return False


def _pending_until(verb: Token) -> bool:
    """"will not end the strike until the permits are corrected": an "until" clause in the present
    after a promise or refusal names a condition still open ("fought until the army withdrew" is
    past and happened)."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i or not any(
            c.dep_ == "mark" and c.lower_ in ("until", "till", "unless") for c in verb.children):
        return False
    present = verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "MD") for c in verb.children)
    main = verb.head
    ahead = any(c.dep_ in ("aux", "neg") and (c.lower_ in FUTURE_AUX or c.dep_ == "neg") for c in main.children)
    return (present and ahead) or _backshifted_until(verb, main)


# (session 33) bodies set up to do a task, and the verbs that set them up
_TASK_BODIES = frozenset({"commission", "committee", "panel", "body", "task", "force", "inquiry", "tribunal",
                          "council", "mission", "team", "board"})
_SETTING_UP = frozenset({"set", "create", "establish", "form", "appoint", "launch", "constitute", "convene"})


def task_of_body_to_come(verb: Token) -> bool:
    """(session 33) Whether a verb is the task of a body that is still to be set up ("promised to set
    up a truth commission to look into the killings", "will create a panel to investigate"): the
    body does not exist yet, so its task is the content of the promise, not an act of the promiser
    (who is coded on the promise itself). Why (batch AG, judged no event). A body set up in the past
    ("set up a committee to investigate the shooting") is left to the rules of past acts."""
    if verb.dep_ not in ("acl", "advcl") or not _to_infinitive(verb) or verb.head.i == verb.i:
        return False
    if verb.dep_ == "advcl":  # (the parser hangs the task on the setting-up verb, as its purpose)
        setting, bodies = verb.head, [c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        setting, bodies = verb.head.head, [verb.head] if verb.head.dep_ in ("dobj", "nsubjpass") else []
    # a bare setting-up verb ("would set up", "promised to create") has not set the body up yet
    return setting.lemma_.lower() in _SETTING_UP and setting.tag_ == "VB" \
        and any(b.lemma_.lower() in _TASK_BODIES for b in bodies)


# (session 33) the verbs of stopping a gathering (the gatherings and their calling: event_senses)
_STOPPING = frozenset({"break", "disperse", "ban", "cancel", "prevent", "stop", "block", "forbid", "raid"})


def aim_of_stopped_gathering(verb: Token) -> bool:
    """(session 33) Whether a verb is the aim of a gathering that was broken up or banned ("police
    broke up a press conference the opposition had called to denounce the reform"). Why (batch AG,
    judged no event): the gathering was stopped, so what it was called for is only its purpose; the
    break-up is the act told (and is aimed at the callers, event_parties)."""
    if verb.dep_ not in ("xcomp", "advcl") or not _to_infinitive(verb):
        return False
    gathering = called_gathering(verb.head)
    return gathering is not None and gathering.dep_ in ("dobj", "nsubjpass") \
        and gathering.head.lemma_.lower() in _STOPPING


def _backshifted_until(verb: Token, main: Token) -> bool:
    """(session 33) Whether an "until" clause in the past hangs on a "would" of reported speech
    ("said he would boycott the vote until Nkurunziza withdrew his candidacy"): the past tense is the
    report's shift of "will ... until he withdraws", a condition still open, not a withdrawal told.
    Why (batch AG, judged no event): the other party's act is only what the refusal waits for. A
    plain past ("fought until the army withdrew", "did not leave until police came") happened."""
    return verb.tag_ == "VBD" and any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in main.children)


def _split_readiness(head: Token) -> bool:
    """Whether a quote split by its speech verb puts "ready/willing" before it and "to <act>" after
    it: the parser hangs the infinitive on "said", so the climb through "ready to" never sees it."""
    says = head.head
    if head.i == says.i or head.dep_ not in ("xcomp", "advcl") or not _to_infinitive(head) \
            or says.lemma_.lower() not in _SPEECH | {"tweet", "write", "post"}:
        return False
    quoted = [c for c in says.children if c.dep_ == "ccomp" and c.i < says.i]
    if says.dep_ == "conj" and says.head.i < says.i:
        quoted.append(says.head)  # '"We stand ready" tweeted the minister': the quote parsed as the main clause
    return any(a.dep_ in ("acomp", "xcomp", "oprd") and a.lemma_.lower() in _FUTURE_HEADS
               for c in quoted for a in c.children)


def _finite(verb: Token) -> bool:
    """A verb with tense of its own ("has requested", "sent"), unlike a bare or "to" infinitive."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children)


def _parallel_to(chain: list[Token], k: int) -> bool:
    """Whether the act at ``chain[0]`` is a conjunct beside ``chain[k]`` rather than under it: "to
    stop the shelling and to free the hostages" frees them as a second demand, it does not stop the
    freeing. Either the act is the verb's own conjunct, or an infinitive with its own "to" that the
    parser joined to the gerund the verb governs ("to stop shelling towns and to free")."""
    below = chain[k - 1]
    if below.dep_ == "conj" and below.head.i == chain[k].i:
        return True
    return any(c.dep_ == "conj" and _to_infinitive(c) and c.head.tag_ == "VBG" for c in chain[:k])


def _governor(below: Token) -> Token:
    """The word an infinitive or conjunct hangs on, past a reduced relative the parser put between:
    in "called on the junta led by General X to free the leaders" the parser hangs "to free" on
    "led", but a passive participle with its own "by" agent takes no infinitive of its own (unless
    it urges or orders: "asked by X to leave"), so the infinitive belongs to the verb of the noun
    the participle describes ("called on", "urged")."""
    part = below.head
    if below.dep_ != "xcomp" or part.dep_ != "acl" or part.tag_ != "VBN" \
            or not any(c.dep_ == "agent" for c in part.children) \
            or part.lemma_.lower() in _PUSHING | (_CAUSING - {"lead"}) | _ORDERING | _PERMIT | _DUTY_VERBS:
        return part
    noun = part.head
    if noun.dep_ in ("dobj", "dative"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.head.i != noun.head.i and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return part


def _called_on(chain: list[Token]) -> bool:
    """"called on Moscow to withdraw", "appealed to the rebels to disarm": the act is urged on the
    party after the preposition, as with "urged Moscow to withdraw"."""
    for below in chain:
        t = _governor(below)
        if t.i != below.i and below.dep_ in ("xcomp", "advcl", "ccomp") \
                and _to_infinitive(below) \
                and t.lemma_.lower() in _CALL_ON and any(
                    c.dep_ == "prep" and c.lower_ in ("on", "upon", "to", "with") for c in t.children):
            return True
    return False


def _neither(verb: Token) -> bool:
    """Whether the verb's subject is "neither X nor Y" (the parser tags "neither" as a preconj
    or a determiner of the first subject)."""
    for subj in verb.children:
        if subj.dep_ in ("nsubj", "nsubjpass") and any(
                c.lower_ == "neither" for c in subj.subtree if c.i < subj.i or c.dep_ == "preconj"):
            return True
    return False


def _condition_of(clause: Token, tok: Token) -> bool:
    """(session 22) Whether ``tok`` is an act the condition ``clause`` names ("would receive a
    strong blow if it attacked Iran", "unless Tehran agreed a new deal"): what sits in a condition
    is no act of its own, told neither as done nor as promised (the threat or offer around it is
    the event). "Whether" clauses ask, they set no condition; a phrase of time the parser hung in
    the clause ("if it attacked, a day after Trump threatened bombing") is not part of it."""
    if not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children):
        return False
    cur = tok
    while cur.i != clause.i and cur.head.i != cur.i:
        if cur.dep_ in ("npadvmod", "tmod") or (cur.dep_ == "prep" and cur.lower_ in _TIME_PREPS):
            return False
        cur = cur.head
    return True


_TIME_PREPS = frozenset({"after", "before", "since", "during", "following", "until", "amid"})


# (session 22) verbs a thing hangs on as its condition: "disbursements depended on a deal"
_HINGING = frozenset({"depend", "hinge", "rest", "hang", "rely", "condition"})
_HINGING_ADJ = frozenset({"conditional", "contingent", "dependent"})
# nouns of a course of action weighed ("looking at ways to help"); and verbs of weighing them
_OPTION_NOUNS = frozenset({"way", "option", "means", "possibility", "avenue", "idea", "proposal", "step", "measure"})
_WEIGHING = frozenset({"look", "consider", "explore", "study", "weigh", "examine", "discuss", "review", "mull",
                       "assess", "evaluate", "seek", "search", "debate", "ponder", "investigate", "find"})


def _hinged_on(tok: Token) -> bool:
    """(session 22) Whether a noun act, or a clause's verb, is what something else depends on
    ("disbursements depended on a deal with its lenders", "aid is conditional on reforms", "would
    depend on whether Japanese firms contribute"): a condition, no act of its own."""
    if tok.dep_ not in ("pobj", "pcomp") or tok.head.lower_ not in ("on", "upon"):
        return False  # (a clause too: "trust would depend on whether Japanese firms contribute")
    gov = tok.head.head
    return gov.i != tok.head.i and (gov.lemma_.lower() in _HINGING and gov.pos_ == "VERB"
                                    or gov.lower_ in _HINGING_ADJ)


def _options_weighed(head: Token) -> bool:
    """(session 22) Whether an infinitive names a course of action that is only being weighed
    ("officials are looking at ways to help exporters", "discussed options to punish Minsk"): no
    commitment is told, so nothing is done or promised (the talks about it may be an event)."""
    noun = head.head
    if head.dep_ not in ("acl", "relcl") or noun.i == head.i or not _to_infinitive(head) \
            or noun.lemma_.lower() not in _OPTION_NOUNS:
        return False
    gov = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun.dep_ in ("pobj", "dobj") and gov.lemma_.lower() in _WEIGHING and gov.pos_ == "VERB"


def _granted_by_rule(permit: Token) -> bool:
    """Whether "allow/permit/empower" has a law, bill or motion as its subject ("a bill that would
    have allowed China to extradite", "an amendment to allow the government to extradite"). Why:
    the act then is a power the text would give, told as the topic of a debate; a judge of real news
    found nothing to code there, even as a hypothetical (a party that allows stays hypothetical)."""
    givers = [c for c in permit.children if c.dep_ in ("nsubj", "csubj")]
    if permit.dep_ in ("relcl", "acl") and (not givers or givers[0].tag_ in ("WDT", "WP")):
        givers = [permit.head]
    if not givers and permit.dep_ == "conj" and permit.head.pos_ == "VERB":
        # (session 28) "the decree limits assembly and allows police to hold suspects": a shared subject
        givers = [c for c in permit.head.children if c.dep_ in ("nsubj", "csubj")]
    return any(g.lemma_.lower() in _GRANTING_TEXTS for g in givers)


# a country's own economic affairs: helping or promising to mend them is policy at home, no party
_HOME_THINGS = frozenset({"economy", "inflation", "price", "unemployment", "growth", "job", "wage", "poverty",
                          "currency", "deficit", "infrastructure",
                          # (session 22) "promising to restore Brazil's role on the world stage": a
                          # country's own standing is an aim, no commitment to any party
                          "role", "standing", "reputation", "image", "prestige", "greatness", "stature",
                          "credibility"})


def _home_affairs(tok: Token) -> bool:
    """Whether the act of aid, or the act promised, has only a country's own economy as object
    ("promised to rescue an economy battered by inflation", "pledged to create jobs", "the
    government rescued the economy"). Why: a campaign pledge or a domestic policy is no aid to
    or agreement with any party; "promised to rescue the stranded fishermen" keeps its record."""
    acts = [tok] if tok.pos_ == "VERB" else []
    if tok.pos_ == "VERB" and tok.lemma_.lower() in _PROMISING:
        acts = [c for c in tok.children if c.dep_ == "xcomp"]
        acts += [c for a in acts for c in a.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    objs = [o for a in acts for o in a.children if o.dep_ in ("dobj", "nsubjpass")]
    return bool(objs) and all(o.lemma_.lower() in _HOME_THINGS for o in objs)


def _committed_to(tok: Token) -> bool:
    """Whether "commit" binds its subject to a deed ahead ("committed to implementing the deal", "is
    committed to a ceasefire"): a "to" phrase on the verb with no object of its own. "Committed
    troops to the mission" hands over forces, and a crime "committed" is no promise (not AGREE)."""
    if tok.lemma_.lower() not in ("commit", "committed") or _children(tok, {"dobj"}):
        return False
    return any(p.lower_ == "to" and _children(p, {"pobj", "pcomp"}) for p in _children(tok, {"prep"}))


def _capacity(head: Token) -> bool:
    """Whether an infinitive only says what someone has enough of to do ("enough votes to
    impeach", "the numbers to pass the bill")."""
    if head.dep_ not in ("acl", "relcl") or not _to_infinitive(head):
        return False
    noun = head.head
    return any(c.lower_ in ("enough", "sufficient") for c in noun.children) or noun.lower_ == "enough"


# (session 31) adjectives and nouns of belief or trust: the clause they govern is what someone
# believes will happen ("was confident its partners would stand by it", "had little faith in the
# courts to settle the dispute"), and adjectives of leave ("was free to petition the court"): an
# option left open; neither tells an act done
_BELIEF_ADJECTIVES = frozenset({"confident", "sure", "certain", "optimistic", "hopeful", "convinced", "doubtful",
                                "sceptical", "skeptical", "pessimistic", "free", "welcome"})
_BELIEF_NOUNS = frozenset({"faith", "confidence", "trust", "doubt", "doubts", "belief", "hope", "hopes"})


def _believed_content(chain: list[Token]) -> bool:
    """(session 31) Whether the act is only what an adjective or noun of belief or leave governs:
    a clause under "confident", "sure" or "free" ("was free to petition"), an infinitive under "had
    faith in X to" or a clause under "confidence that". Why: the content of a confidence, a doubt or
    a right is a forecast or an option, no act anyone did; the belief itself is at most a comment."""
    for verb in chain:
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("xcomp", "ccomp", "acl"):
            continue
        gov = verb.head
        if gov.pos_ == "ADJ" and gov.lower_ in _BELIEF_ADJECTIVES:
            return True
        if gov.pos_ == "NOUN" and gov.lower_ in _BELIEF_NOUNS:
            return True
        if gov.lemma_.lower() == "have" and any(c.dep_ == "dobj" and c.lower_ in _BELIEF_NOUNS for c in gov.children):
            return True  # "had little faith in the courts to settle": the parser hangs the infinitive on "had"
    return False


# (session 31) verbs of a need: what a party needs is still to be had or done
_NEEDING = frozenset({"need"})


def _needed(chain: list[Token], tok: Token) -> bool:
    """(session 31) Whether the act is what someone is said to need: the object of "need" ("the
    government needs support from the opposition") or its infinitive ("Port Vila needed to
    strengthen cooperation"). Why: a need names an act nobody has done; it is the speaker's view
    of what should happen (an appeal is coded on its own verb), so no record, not even a flagged one."""
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _NEEDING and tok.head.pos_ == "VERB":
        return True
    # (the parser may file the infinitive as an adverbial clause when "need" has no object; with
    # one, "needed air defences to protect its cities", it is the purpose, left to the other rules)
    # ("said Washington needs to lift its duties": a need told straight after a verb of saying lays a
    # duty, the speaker's demand, which event_speech codes on the act; not "said the attack showed
    # why Port Vila needed to act", where the need is the content of a finding)
    return any((t.dep_ == "xcomp" or t.dep_ == "advcl" and not _children(t.head, {"dobj"}))
               and t.head.lemma_.lower() in _NEEDING and t.head.pos_ == "VERB" and _to_infinitive(t)
               and not (t.head.dep_ == "ccomp" and t.head.head.lemma_.lower() in _SPEECH) for t in chain)


# (session 31) verbs of seeking or winning office: what one does it "on" is one's platform
_RUNNING = frozenset({"campaign", "run", "elect", "win", "sweep", "stand"})


def _platform_pledge(tok: Token) -> bool:
    """(session 31) Whether a promise noun is the platform a campaign ran on ("campaigned on a
    pledge to root out corruption", "was elected on a promise to end the war"): a program put to
    voters, undated and made to no counterpart, not an undertaking told as news."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "on":
        return False
    verb = tok.head.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _RUNNING


# (session 31) verbs of an outcome rather than a deed: "vowed that his opponents would fail"
_OUTCOMES = frozenset({"fail", "lose", "win", "succeed", "prevail", "triumph", "collapse", "falter"})


def _vowed_outcome(tok: Token) -> bool:
    """(session 31) Whether a promise verb's clause foretells an outcome ("vowed that his opponents
    would fail", "promised they would win"): a prediction of how things end, no undertaking to
    anyone, so no AGREE; "vowed that the culprits would be punished" names a deed and is kept."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _PROMISING:
        return False
    return any(c.dep_ == "ccomp" and c.lemma_.lower() in _OUTCOMES and _children(c, {"nsubj"})
               and not _children(c, {"dobj", "xcomp"}) for c in tok.children)


def _own_object(tok: Token, verb: Token, word: str | None) -> bool:
    """Whether ``tok`` is the verb itself or its object, counting the trigger's own companion
    ("declare a state of emergency"), not a noun deeper in the object ("videos of the murder")."""
    cur = tok
    while cur.i != verb.i:
        if cur.i != tok.i and cur.lemma_.lower() != word and not (
                cur.dep_ == "prep" and cur.head.lemma_.lower() == word) and not (
                tok.head.dep_ == "prep" and _placed_under(tok.head, verb) and cur.i in (tok.head.i, tok.head.head.i)):
            # (session 22) "to place people under house arrest": the state the verb puts its object in
            return False
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return True


def _wanted_for(head: Token, tok: Token) -> bool:
    """"two men wanted for the bombing": a participle of people sought by the police (which the small
    model may read as a finite "want"), whose "for"/"in" phrase is a past deed, not a wish."""
    if head.lower_ != "wanted" or any(c.dep_ in ("aux", "auxpass", "neg") for c in head.children):
        return False
    return any(p.dep_ == "prep" and p.lower_ in ("for", "in", "over") and tok in p.subtree for p in head.children)


def _phrasal_set(head: Token) -> bool:
    """"setting off kidnappings", "set up checkpoints": "set" with a particle starts or builds the
    act now; "set to" ("is set to host") puts an act on a schedule ahead, and "set aside funds to
    help" keeps the help for later."""
    return head.lemma_.lower() == "set" and any(c.dep_ == "prt" and c.lower_ in ("off", "up", "out")
                                                for c in head.children)


_CAUTIONS = {"warn", "caution", "advise", "counsel", "argue"}


def _warned_against(tok: Token) -> bool:
    """An act named in "warned against (making) concessions": a step urged not to be taken."""
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ in ("pobj", "pcomp") and cur.head.lower_ == "against" \
                and cur.head.head.lemma_.lower() in _CAUTIONS:
            return True
        cur = cur.head
    return False


def _plan_ahead(verb: Token) -> bool:
    """"will meet", "was to meet" (a "be" with a "to" infinitive whose subject is a doer, not an
    aim): an act planned, so what it is done for is planned too."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return True
    be = verb.head
    if verb.dep_ != "xcomp" or be.i == verb.i or be.lemma_ != "be" or not _to_infinitive(verb):
        return False
    subj = _children(be, {"nsubj"})
    return bool(subj) and subj[0].lower_ not in ("it", "this", "that") and subj[0].lemma_.lower() not in _AIMS \
        and not any(c.dep_ == "attr" for c in be.children)


def _scheduled(be: Token, cand: Candidate) -> None:
    """"May is to step down today" schedules the act (future); "the aim is to retake the city"
    or "whose duty it is to protect" only names a goal or a duty (hypothetical)."""
    subj = _children(be, {"nsubj"})
    if not subj or any(c.dep_ == "attr" for c in be.children) or subj[0].lower_ in ("it", "this", "that"):
        cand.hypothetical = True
    elif subj[0].lemma_.lower() in _AIMS:
        cand.hypothetical = True
    else:
        cand.future = True


def _infinitive_ccomp(tok: Token) -> bool:
    """A "to" infinitive hung as ``ccomp`` ("allowed the government to extradite"): a controlled
    complement, unlike a finite clause of speech ("said they extradited")."""
    return tok.dep_ == "ccomp" and tok.tag_ == "VB" and _to_infinitive(tok)


_CAUSATIVES = {"have", "get", "make", "let"}


def _causative_ccomp(tok: Token) -> bool:
    """A bare or participle clause with its own subject under a causative ("tried to have the
    journalist released", "wants to get the ban lifted"): the act is the one caused, so the
    climb goes on to what governs the causative (trying, wanting, refusing)."""
    return tok.dep_ == "ccomp" and tok.tag_ in ("VB", "VBN") and tok.head.lemma_.lower() in _CAUSATIVES \
        and tok.head.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in tok.children)


def _means_of(tok: Token, verb: Token) -> bool:
    """Whether the trigger is the means the verb's act is done by ("plans to oppose the bill by
    lawsuit"): a lawsuit that is only the way of a planned act is planned as well."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "prep" \
        and tok.head.head.i == verb.i


def _alleged(head: Token) -> bool:
    """Whether the act is the content of a charge: "alleged (that) India had armed the rebels",
    "the accusation is that he interfered", "the allegation that police beat them". Only the
    accusing is told as done; the deed is the accuser's claim (a claim of one's own deed, like a
    claim of responsibility, is not a charge, so "claim" is not among these words)."""
    if head.dep_ not in ("ccomp", "acl") or head.head.i == head.i:
        return False
    gov = head.head
    lemma = gov.lemma_.lower()
    if head.dep_ == "ccomp" and gov.pos_ == "VERB" and (lemma in _ALLEGING or lemma == "complain" and _that_clause(head)):
        # (session 32) "complained that Qatari jets had intercepted its aircraft": a charge too
        return not _charges_noun(gov)
    if head.dep_ == "acl" and gov.pos_ == "NOUN" and lemma in _CHARGE_NOUNS | _HEARSAY_NOUNS:
        return any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children)
    return head.dep_ == "ccomp" and lemma == "be" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _CHARGE_NOUNS for c in gov.children)


def _that_clause(clause: Token) -> bool:
    """Whether a clause is a "that" clause or a past clause with its own subject ("complained (that)
    jets had intercepted"), not an infinitive."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) and not _to_infinitive(clause)


def _charges_noun(verb: Token) -> bool:
    """Whether a "charges"/"accuses" the parser made a verb is the noun set after a comma, with no
    subject of its own ("cut ties in 2017, charges Doha has always denied"): it sums up the charge
    the clause before tells; it does not make that clause an allegation."""
    return verb.tag_ == "VBZ" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        and verb.i > verb.sent.start and verb.doc[verb.i - 1].text == ","


# verbs whose subject event only starts or takes place ("the offensive will begin"), and verbs
# whose passive subject event is held ("the talks will be held")
_ONSETS = {"begin", "start", "commence", "happen", "occur", "resume", "kick", "open"}
_GOING_ON = {"last", "continue", "end", "remain", "go", "stop", "finish", "conclude", "keep", "be", "take"}
_HELD = {"hold", "launch", "stage", "conduct", "carry", "convene", "host", "organize", "organise"}


def _ahead_subject(tok: Token) -> bool:
    """Whether the event noun is the subject of a verb put in the future: "its offensive against
    the YPG will begin soon", "the talks will be held in Doha", and an armed drive said to do
    something ahead ("the operation will neutralize the militants"). The noun names a planned
    act; "the attack will be investigated" is not such a verb, so the attack there stays done."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i == tok.i:
        return False
    verb = tok.head
    onset = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in _ONSETS), None)
    if verb.lemma_.lower() in _FUTURE_HEADS and onset is not None and _to_infinitive(onset):
        return not any(c.dep_ == "neg" for c in verb.children)  # "talks are expected to start"
    lemma = verb.lemma_.lower()
    fits = (tok.dep_ == "nsubj" and (lemma in _ONSETS or (tok.lemma_.lower() in _ARMED_DRIVES
                                                           and lemma not in _GOING_ON))) or (
        tok.dep_ == "nsubjpass" and lemma in _HELD)
    if not fits or any(c.dep_ == "neg" for c in verb.children):
        return False
    cur = verb
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in cur.children):
            return True
        if cur.dep_ != "xcomp" or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in _FUTURE_HEADS or (cur.lemma_ == "be" and _to_infinitive(verb)):
            return True  # "is set to begin", "is expected to start", "is to take place"
    return False


def _in_order(head: Token) -> bool:
    """Whether the verb is a purpose marked as one ("in order to stop", "so as to deter"): what the
    doer aims at, which the sentence does not tell as achieved."""
    if head.dep_ == "acl" and head.head.lower_ == "order" and head.head.dep_ == "pobj" \
            and head.head.head.lower_ == "in" and _to_infinitive(head):
        return True
    marks = {c.lower_ for c in head.children if c.dep_ == "mark"}
    return head.dep_ == "advcl" and {"so", "as"} <= marks and _to_infinitive(head)


def _tense_apart(conj: Token) -> bool:
    """Whether a second conjunct is told in the past while the first is a bare verb under a modal
    ("said he would never give up and called on officials"): a past-tense verb cannot share the
    "would" or the "never" of its neighbour, so it is a deed of its own, told as done; so is a
    finite verb beside a participle under its own auxiliary, which the parser hangs on the lower
    clause though it pairs with the verb above."""
    first = conj.head
    if conj.tag_ in ("VBZ", "VBD") and first.tag_ in ("VBG", "VBN") \
            and any(c.dep_ in ("aux", "auxpass") for c in first.children):
        return True  # "denied that it is blocking food and blames the TPLF": "is" cannot carry "blames"
    return conj.tag_ == "VBD" and first.tag_ == "VB" \
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in first.children)


_HEDGES = {"allegedly", "purportedly", "supposedly", "alleged", "purported", "supposed"}


def _hedged(tok: Token, verb: Token | None) -> bool:
    """Whether the act is marked as only alleged: "allegedly failing to report", "an alleged abuse of
    power", "the purported massacre". Someone's charge, not an act the report tells as done."""
    for t in (tok, verb):
        if t is not None and any(c.dep_ in ("advmod", "amod") and c.lower_ in _HEDGES for c in t.children):
            return True
    return False


def _told_deed(tok: Token, verb: Token | None) -> bool:
    """Whether an act hedged by an adverb is a finite verb in the past ("the man allegedly attacked two
    officers", "three soldiers were allegedly killed"): the hedge doubts who did it or how, while the
    report tells the act as done, so it is no hypothetical. An alleged noun ("an alleged abuse of
    power") or a participle ("allegedly failing to report") stays only charged."""
    v = verb if verb is not None else tok
    if v.i != tok.i or v.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "advmod" and c.lower_ in _HEDGES for c in v.children):
        return False
    if v.tag_ == "VBD":
        return True
    return v.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "has", "have", "had")
                                   for c in v.children)


def _would_not(cand: Candidate, head: Token) -> bool:
    """Whether a denied act sits under a bare "would" that tells a past refusal ("neither France
    nor Germany would endorse the plan", "the party would not back him"), not a condition: no
    "if/unless" clause, no "would have" (a counterfactual), and not a wish."""
    if not cand.negated or cand.wished:
        return False
    verb = head if head.pos_ in ("VERB", "AUX") else None
    if verb is None or not any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    return not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _HYPO_MARK for m in c.children)
                   for c in verb.children) and not any(
        c.dep_ == "mark" and c.lower_ in _HYPO_MARK for c in verb.children)


# (session 46) Verbs whose denial, said in the present, refuses a decision at hand.
_ACKNOWLEDGING = frozenset({"accept", "recognise", "recognize", "acknowledge"})
# Decisions one may refuse to accept or recognise ("the award", "the ruling").
_RULINGS = frozenset({"ruling", "award", "verdict", "judgment", "judgement", "decision", "result", "results",
                      "outcome", "resolution", "jurisdiction", "arbitration", "opinion", "finding", "findings"})


def ruling_not_accepted(cand: Candidate, head: Token) -> bool:
    """(session 46, batch AR2) Whether a denied "accept" or "recognise" in the present refuses a
    decision at hand: 'Beijing "neither accepts nor recognises" the award', "does not accept the
    ruling". It is a rejection stated now (CAMEO 12x), not an act that did not happen; "does not
    recognise Kosovo" (no decision) stays a standing policy."""
    return cand.negated and not cand.wished and refuses_ruling(head)


def refuses_ruling(head: Token) -> bool:
    """Whether ``head`` is a present "accept" or "recognise" of a decision (see
    :func:`ruling_not_accepted`; the caller knows it is denied)."""
    if head.lemma_.lower() not in _ACKNOWLEDGING or head.pos_ != "VERB":
        return False
    if not (head.tag_ in ("VBZ", "VBP") or head.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ in ("does", "do") for c in head.children)):
        return False
    verbs = [head, *(c for c in head.children if c.dep_ == "conj")] + ([head.head] if head.dep_ == "conj" else [])
    objs = [o for v in verbs for o in v.children if o.dep_ == "dobj"]
    if any(o.lemma_.lower() in _RULINGS for o in objs):
        return True
    return any(o.lower_ in ("it", "them") for o in objs) and any(
        t.lemma_.lower() in _RULINGS for t in head.sent if t.i < head.i)


def _mandated(head: Token) -> bool:
    """A bare verb with its own subject under a verb or noun of demanding: "insisted that the
    minister apologize", "demanded he resign", "the demand that Israel ease restrictions"."""
    if head.tag_ != "VB" or head.dep_ not in ("ccomp", "acl", "advcl", "conj") or head.head.i == head.i:
        return False
    if head.dep_ == "conj" and not any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children):
        return False  # "ordered an alert, and that the army protect ...": only a second "that" clause
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ != "be" for c in head.children):
        return False  # "said they would attack", "to attack": not the subjunctive
    return head.head.lemma_.lower() in _MANDATIVE


def _planned(head: Token, cand: Candidate) -> bool:
    """An infinitive under a noun of planning, trying or being able ("a plan to raise sanctions",
    "any attempt to invade", "the right to strike back") is not yet done; plans are also future."""
    noun = head.head
    if head.dep_ != "acl" or noun.i == head.i or not _to_infinitive(head):
        return False
    lemma = noun.lemma_.lower()
    if lemma in _PLAN_NOUNS and cand.type in _THREAT_TYPES and _plotted(noun):
        cand.absorbed = True  # (session 22) "had drawn up plans for a unit to storm the parliament": a plot
        return False
    if lemma in _PLAN_NOUNS:
        cand.future = True  # planned is ahead, not hypothetical ("announced plans to sue": future only)
        if _no_plan(noun):
            cand.negated = True  # "had no plans to withdraw its ambassador": no withdrawal is planned
        return False
    if lemma in _PACTS:
        cand.future = True  # "an agreement to help the refugees": the help is what was promised
        return False
    if lemma in _TRY_NOUNS and noun.lemma_.lower() in _ATTEMPT_NOUNS and _attempt_told(noun):
        return False  # (session 32) "survived an attempt to kill him": the attempt took place
    return lemma in _TRY_NOUNS and cand.cameo != "186"  # "an attempt to assassinate" is CAMEO's attempt (185)


# (session 32) verbs of trying and nouns of an attempt, and the verbs whose past object an attempt
# was made ("survived an attempt to kill him", "foiled a bid to storm the palace")
_ATTEMPT_VERBS = frozenset({"try", "attempt"})
_ATTEMPT_NOUNS = frozenset({"attempt", "bid", "try"})
_ATTEMPT_MET = frozenset({"survive", "foil", "thwart", "repel", "repulse", "escape", "make", "launch", "stage",
                          "mount", "defeat", "crush"})


# (session 32) words that put a deed on a schedule ("is due to meet", "is expected to visit")
_SCHEDULING = frozenset({"due", "expect", "schedule", "set", "slate"})


def scheduled_purpose(verb: Token) -> bool:
    """(session 32) Whether a verb is the purpose of a scheduled deed ("leaders are due to meet in
    Accra on Thursday to discuss Burkina Faso"): the talks serve a meeting still to come, so they are
    ahead too, not told as held."""
    if verb.dep_ != "advcl" or not _to_infinitive(verb) or verb.head.i == verb.i:
        return False
    deed = verb.head
    return deed.dep_ == "xcomp" and deed.head.lemma_.lower() in _SCHEDULING and not any(
        c.dep_ == "neg" for c in deed.head.children)


def _plain_past(verb: Token) -> bool:
    """Whether a verb is told in a plain past ("tried", "had tried", "were trying"), with no modal,
    negation or condition of its own."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _HYPO_AUX | FUTURE_AUX | {"must"})
           or (c.dep_ == "mark" and c.lower_ in _HYPO_MARK) for c in verb.children):
        return False
    if verb.tag_ == "VBD":
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ in ("VBN", "VBG") and any(c.tag_ == "VBD" for c in auxes)


def attempt_made(verb: Token) -> bool:
    """(session 32) Whether "try"/"attempt" tells an attempt that took place: a plain past ("tried to
    block the vote", "were trying to storm parliament") or an "-ing" clause of a plain past verb
    ("farmers trying to march on the capital" after "police fired tear gas at"; "spent three years
    trying to mediate"). The act tried was made, even if it failed, so it is no hypothetical; the
    judges call that flag wrong. "Is trying to seize" and "will try to" stay open."""
    if verb.lemma_.lower() not in _ATTEMPT_VERBS:
        return False
    if verb.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return _plain_past(verb)
    gov = verb.head
    for _ in range(4):
        if gov.pos_ in ("VERB", "AUX") or gov.i == gov.head.i:
            break
        gov = gov.head
    return gov.i != verb.i and gov.pos_ in ("VERB", "AUX") and _plain_past(gov)


def _attempt_told(noun: Token) -> bool:
    """(session 32) Whether an attempt noun is the object of a past verb that says it was made ("he
    had survived an attempt to kill him", "troops foiled a bid to storm the palace"), or is a "failed"
    attempt: the act tried was carried out, not merely planned."""
    if any(c.dep_ == "amod" and c.lower_ in ("failed", "unsuccessful", "botched", "abortive") for c in noun.children):
        return True
    verb = noun.head
    return noun.dep_ == "dobj" and verb.lemma_.lower() in _ATTEMPT_MET and _plain_past(verb)


# (session 22) verbs of devising a plan, and plan nouns that are secret by nature
_DEVISING = frozenset({"draw", "hatch", "devise", "draft", "concoct", "forge", "lay", "make", "prepare", "develop"})
_PLOTS = frozenset({"plot", "scheme", "conspiracy"})


def _plotted(noun: Token) -> bool:
    """(session 22) Whether harm under a plan noun is a plot devised, not a threat made ("the
    suspects had drawn up plans for an armed unit to storm the Bundestag", "a plot to kill the
    president"): a threat is told to the one threatened; a plan that investigators uncover or
    that was only devised was never made to anyone ("announced plans to strike" stays a threat)."""
    if noun.lemma_.lower() in _PLOTS:
        return True
    gov = noun.head
    return noun.dep_ == "dobj" and gov.lemma_.lower() in _DEVISING and gov.tag_ in ("VBD", "VBN")


def _no_plan(noun: Token) -> bool:
    """Whether a plan noun is denied: quantified by "no" ("there are no plans to", "had no intention
    of") or the object of a denied "have" ("does not have plans to"). The planned act then is not
    ahead at all, as "will not withdraw" is not."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    gov = noun.head
    return noun.dep_ == "dobj" and gov.lemma_.lower() == "have" and any(c.dep_ == "neg" for c in gov.children)


def _barred(head: Token, cand: Candidate) -> bool:
    """"from X-ing" under a verb of preventing: prevented, X did not happen (negated); under a
    ban or a bar that is itself denied ("does not preclude a court from ordering"), X may."""
    if head.dep_ != "pcomp" or head.head.lower_ != "from":
        return False
    bar = head.head.head
    if bar.i == head.head.i or bar.lemma_.lower() not in _BARRING:
        return False
    denied = any(c.dep_ == "neg" for c in bar.children)
    done = bar.tag_ == "VBD" or (bar.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in bar.children))
    if bar.lemma_.lower() in _KEEPING and done and not denied:  # not "a lawsuit to prevent"
        cand.negated = True
        return False
    if denied and bar.tag_ in ("VB", "VBZ", "VBP"):
        # "the directive does not preclude a court from ordering": a legal finding on what anyone
        # may do, a power, not an act that anyone did or is about to do
        cand.absorbed = True
    return True


def _performed_wish(verb: Token) -> bool:
    """Whether the act is a speech act the speaker wishes to perform in the first person, present
    tense ("I want to express my condolences", "we would like to thank Japan", "I wish to apologise").

    Why: saying "I want to express sympathy" expresses it; the wish is a courtesy, not a condition,
    so reading it as a hoped-for act flagged done condolences and thanks as hypothetical. A wish in
    the past ("I wanted to thank him") or of another ("he wants to apologise") stays a wish.
    """
    if verb.dep_ != "xcomp" or not _to_infinitive(verb):
        return False
    lemma = verb.lemma_.lower()
    if lemma not in _PERFORMATIVES and not (lemma in _GIVING_WORDS and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in _SPOKEN_GIFTS or c.lower_ in _SPOKEN_GIFTS)
            for c in verb.children)):
        return False
    wish = verb.head
    if wish.lemma_.lower() not in _PERFORMATIVE_WISH or wish.tag_ not in ("VBP", "VB"):
        return False  # "wanted to thank": a past wish, not performed now
    if any(c.dep_ == "neg" for c in wish.children):
        return False  # "I do not want to condemn anyone"
    if wish.tag_ == "VB" and not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in wish.children):
        return False  # only "would like to": "I'd like to thank"
    return any(c.dep_ == "nsubj" and c.lower_ in _SPEAKER_PRONOUNS for c in wish.children)


def _quote_between(act: Token, mark: Token) -> bool:
    """Whether a double quotation mark stands between the act and a question mark, so that one of
    the two lies inside a quotation the other is outside of."""
    lo, hi = sorted((act.i, mark.i))
    return any(t.text in QUOTE_TOKENS for t in act.doc[lo + 1:hi])


def _asked(chain: list[Token]) -> bool:
    """A direct question about the act ("What actions do you support?", "Will they attack?") does
    not say it happened; "Why did they attack?" takes it as given."""
    first = chain[0]
    for t in chain:
        marks = [c for c in t.children if c.dep_ == "punct" and c.text == "?"]
        if marks and _quote_between(first, marks[0]):
            continue  # 'commented: "I thought, why do we pay so much?"': the question is the quote's own
        if marks:
            return not any(c.lower_ in _GIVEN_WH for c in t.children if c.dep_ == "advmod") and not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "what", "which") for c in t.children)
    return False


def _past_beside_infinitive(conj: Token) -> bool:
    """Whether a past-tense conjunct follows a "to" infinitive ("refused to accept the ruling and
    withdrew from the pact"): a finite past verb cannot stand under "to", so it pairs with the verb
    above, a deed of its own told as done, and the refusal does not deny it. (session 58) So
    does a participle after one ("refusing to confront protesters and joining demonstrations")."""
    first = conj.head
    return conj.tag_ in ("VBD", "VBG") and first.tag_ == "VB" \
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in first.children)


# (session 22) things whose possible effects a relative clause may weigh: "a decision that could bar him"
_EFFECT_CAUSES = frozenset({"decision", "move", "ruling", "step", "measure", "law", "bill", "verdict", "change",
                            "policy", "rule", "amendment", "reform", "order", "development", "incident", "case"})
_MAYBE_AUX = frozenset({"could", "might", "may"})


# (session 29) outcomes of a trial whose effects are weighed before it ends
_VERDICTS = frozenset({"conviction", "acquittal", "impeachment"})


def _verdict_effect(verb: Token) -> bool:
    """(session 29) Whether a verb trigger is what a decision or verdict "would" or "could" do as
    its subject ("a conviction would remove her from office and bar her from posts"): the stakes
    of a step not yet taken, told before it, no act; a joined verb shares the subject."""
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "aux") for c in verb.children):
        verb = verb.head
    return any(c.dep_ == "aux" and c.lower_ in _MAYBE_AUX | {"would"} for c in verb.children) and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _EFFECT_CAUSES | _VERDICTS for c in verb.children)


def _possible_effect(tok: Token) -> bool:
    """(session 22) Whether a verb trigger is what a decision or measure "could", "might" or "may" do
    ("annulled his degree, a decision that could bar him from running"): a consequence weighed, no
    act of anyone's, told neither as done nor as threatened."""
    if tok.pos_ == "VERB" and _verdict_effect(tok):
        return True
    if tok.pos_ != "VERB" or tok.dep_ != "relcl" or tok.head.lemma_.lower() not in _EFFECT_CAUSES:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _MAYBE_AUX for c in tok.children):
        return False
    return any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in tok.children)


# (session 22) verbs that end a measure with no row of their own for it ("end restrictions")
_ENDING = frozenset({"end", "abolish"})


def _measure_ended(tok: Token) -> bool:
    """(session 22) Whether a measure noun is what is still to be ended ("lobbied Western capitals to
    end restrictions that it says are choking the economy"): the measure is a standing state, and
    the asking or promising is the act, so the noun is no new restriction. An ending told as done
    ("Russia ended its occupation") has no row of its own, so its noun keeps the record."""
    return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _ENDING \
        and tok.head.pos_ == "VERB" and _to_infinitive(tok.head)  # "ended its occupation": told, the noun stays

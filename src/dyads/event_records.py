"""From candidates to Event records: confidence, the classifier's tie-break, and the main event.

Why apart from the coder: how sure an event is, and which event of a sentence a reader names,
is scored after all of a document's sentences are coded, so the costly classifier is asked once
per document and only where readings compete. (The pipeline's later, sentence-level say of the
classifier is :mod:`dyads.event_confidence`.)
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .countries import NON_STATE_CODES
from .event_modality import Candidate
from .event_roles import to_infinitive
from .model import Actor, Event
from .triggers import PLOVER_SCORES, cameo_info, speech_lemmas

__all__ = ["main_event", "merge_linked", "penta_of_event", "rank_by_clause", "repeated_offers", "retold_resignations", "to_events"]


def penta_of_event(event: Event | None) -> int:
    """PentaClass of an event's CAMEO code (0 when no event): 1 verbal coop .. 4 material conflict."""
    if event is None:
        return 0
    info = cameo_info(event.cameo)
    return info.penta if info else 0


def main_event(events: list[Event], sentence: int | None = None) -> Event | None:
    """The event a reader would name for a sentence: the most confident, then the earliest."""
    pool = [e for e in events if sentence is None or e.sentence == sentence]
    if not pool:
        return None
    return max(pool, key=lambda e: (e.confidence, -e.start))


# Verbs that only carry the act their object names ("carried out an attack", "held talks"), so
# the object's event is the news, not the verb's. Narrower than event_words' light_verbs, which
# also holds verbs that are acts themselves ("support", "reject") and must outrank their object.
CARRIERS = frozenset({"carry", "conduct", "hold", "launch", "stage", "mount", "make", "take", "have",
                       "give", "wage", "perform", "commit", "begin", "start", "continue", "resume",
                       "step", "intensify", "escalate", "unleash", "organize", "organise", "join",
                       "attend", "impose", "slap", "levy", "announce", "issue", "file", "lodge",
                       "renew", "do", "undertake", "engage", "plan"})
# the way from a trigger up to its clause's verb: inside that verb's object or an adjunct of it
_PHRASE_DEPS = frozenset({"dobj", "pobj", "prep", "compound", "amod", "nmod", "appos", "conj",
                          "poss", "npadvmod", "attr", "oprd", "dative", "agent", "pcomp"})


def _ruling_verb(tok: Token, triggers: dict[int, list[Event]]) -> Token | None:
    """The event verb whose object or adjunct holds ``tok``, or None.

    Climbs noun and prepositional links, and a to-infinitive purpose clause whose verb is no
    trigger ("fired tear gas to break up protests"); any other clause link (a time clause, a
    relative clause, reported speech) makes ``tok`` an event of its own clause.
    """
    cur = tok
    for _ in range(12):
        head = cur.head
        if head.i == cur.i:
            return None
        dep = cur.dep_
        if dep in ("advcl", "xcomp") and cur.i not in triggers and cur.pos_ in ("VERB", "AUX") \
                and to_infinitive(cur):
            pass  # a purpose clause with no event of its own
        elif dep not in _PHRASE_DEPS or (cur.pos_ in ("VERB", "AUX") and dep != "pcomp"):
            return None  # (a verb joined by "and" is an act of its own: "arrested ... and waived extradition")
        if head.i in triggers and head.pos_ in ("VERB", "AUX"):
            return head
        cur = head
    return None


# heads whose to-infinitive complement is the act itself ("agreed to", "threatened to", "asked X
# to"): coded through the complement (``event_complements.embed``), so never ranked above it
_COMPLEMENT_TYPES = frozenset({"AGREE", "THREATEN", "REJECT", "REQUEST", "CONCEDE"})
_TIME_MARKS = frozenset({"after", "before", "when", "while", "as", "since", "until", "once"})


def _clause_link(verb: Token) -> str | None:
    """How a verb's clause hangs on its head: "purpose" (to-infinitive adjunct), "time" (an
    after/before clause), "complement" (xcomp), "report" (a that-clause), or None."""
    dep = verb.dep_
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")}
    if dep == "advcl":
        if to_infinitive(verb):
            return "purpose"
        return "time" if marks & _TIME_MARKS else None
    if dep == "xcomp":
        return "complement"
    if dep == "ccomp":
        return "report"
    return None


def _ruling_clause_verb(tok: Token, triggers: dict[int, list[Event]]) -> Token | None:
    """The event verb a verb trigger's purpose, time or complement clause serves, or None.

    "arrived in Nepal to help deliver aid", "called for sanctions, a month after she announced
    she intended to investigate": the main clause states the news, the subordinate verb its
    aim or its occasion. Climbs only through verbs that are no event (a that-clause under an
    event verb is reported speech, an act of its own); not above a head whose complement is
    the act ("agreed to help"), a light verb or a saying verb.
    """
    cur = tok
    for _ in range(6):
        link = _clause_link(cur)
        head = cur.head
        if link is None or head.i == cur.i or head.pos_ not in ("VERB", "AUX"):
            return None
        if head.i in triggers:
            if link == "report":
                return None
            if link == "complement" and any(e.type in _COMPLEMENT_TYPES for e in triggers[head.i]):
                return None
            return head
        cur = head
    return None


# a meeting in one of these adjuncts only dates or places the clause's act ("at the summit, X
# signed", "after the talks, Y said"); "on the sidelines of" ends in "of"
_OCCASION_PREPS = frozenset({"at", "during", "before", "after", "on", "following", "ahead"})
_MARGINS = frozenset({"sideline", "sidelines", "margin", "margins", "eve"})


def _occasion_verb(tok: Token) -> tuple[Token, Token] | None:
    """(clause verb, adjunct preposition) when a noun only sets the occasion of that verb's act."""
    if tok.dep_ != "pobj":
        return None
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in _MARGINS and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "on the sidelines of the summit"
    if prep.dep_ != "prep" or prep.lower_ not in _OCCASION_PREPS:
        return None
    verb = prep.head
    return (verb, prep) if verb.pos_ in ("VERB", "AUX") else None


def rank_below(events: list[Event], top: float) -> None:
    """Lower each event that is not already below ``top`` to just under it (in place)."""
    for e in events:
        if e.confidence >= top:
            e.confidence = round(max(0.05, top - 0.01), 3)


def _below_occasion(doc: Doc, by_tok: dict[int, list[Event]]) -> None:
    """Keep a meeting in a time or place adjunct below the act of the clause it dates (in place).

    "At the AU summit, Nigeria announced it would join": the news is what was done or said
    there. The clause verb's own event, or any event in its complements, outranks the meeting;
    with none ("asked to speak at the summit"), the meeting stays.
    """
    for i, evs in by_tok.items():
        if not any(e.type == "CONSULT" for e in evs):
            continue
        found = _occasion_verb(doc[i])
        if found is None:
            continue
        verb, prep = found
        inside = range(prep.left_edge.i, prep.right_edge.i + 1)
        sid = evs[0].sentence
        rivals = [e.confidence for j, others in by_tok.items() if j not in inside
                  and verb.left_edge.i <= j <= verb.right_edge.i for e in others if e.sentence == sid]
        if not rivals:
            continue
        rank_below([e for e in evs if e.type == "CONSULT"], max(rivals))


def rank_by_clause(doc: Doc, events: list[Event]) -> None:
    """Keep a noun event below the verb whose object or adjunct it sits in, and a verb event
    below the verb its purpose or time clause serves (in place).

    A reader names the act the clause's verb states: "cooperated with X in the probe" is
    cooperation, "declined ... despite the request" a refusal. Not so under a light verb
    ("carried out an attack") or a speech verb ("announced sanctions"), where the noun is the act.
    """
    by_tok: dict[int, list[Event]] = {}
    for e in events:
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is not None and len(span):
            by_tok.setdefault(span.root.i, []).append(e)
    speech = speech_lemmas()
    for i, evs in by_tok.items():
        tok = doc[i]
        if tok.pos_ in ("VERB", "AUX"):
            verb = _ruling_clause_verb(tok, by_tok)
        elif tok.pos_ in ("NOUN", "PROPN"):
            verb = _ruling_verb(tok, by_tok)
        else:
            continue
        if verb is None:
            continue
        lemma = verb.lemma_.lower()
        if lemma in CARRIERS or lemma in speech:
            continue
        ruling = [e.confidence for e in by_tok[verb.i] if e.sentence == evs[0].sentence]
        if not ruling:
            continue
        rank_below(evs, max(ruling))
    _below_occasion(doc, by_tok)


def _classifier_probs(texts: list[str]):
    """PentaClass probabilities per text, or None: the classifier is optional, never required."""
    try:
        from .classify import default_classifier
    except ImportError:
        return None
    try:
        clf = default_classifier()
        if clf is None or not texts:
            return None
        return clf.predict_proba(texts)
    except Exception:  # a broken or missing model must not stop event coding
        return None


# kinds whose act needs no one it is aimed at: a state musters its own forces ("ordered patrols")
_ONE_SIDED = frozenset({"MOBILIZE"})


def to_event(cand: Candidate, sid: int, date: str | None, prob=None) -> Event:
    """The record, with a confidence that falls with clause depth and missing roles."""
    tok = cand.token
    start, end, trigger = tok.idx, tok.idx + len(tok.text), tok.text
    if cand.span_end:
        start, trigger = tok.idx + cand.span_end, tok.text[cand.span_end:]
    info = cameo_info(cand.cameo)
    confidence = 0.75 - 0.06 * min(cand.depth, 5.0)
    if cand.source and (cand.target or cand.type in _ONE_SIDED):
        confidence += 0.1
    elif not cand.source:
        confidence -= 0.15
    if cand.trigger.word is not None:
        confidence += 0.05
    if cand.hypothetical:
        confidence -= 0.1
    if prob is not None and info is not None:
        confidence = 0.7 * confidence + 0.3 * float(prob[info.penta])
    return Event(
        start=start,
        end=end,
        trigger=trigger,
        type=cand.type,
        sentence=sid,
        source=list(cand.source),
        target=list(cand.target),
        mode=cand.mode,
        context=list(dict.fromkeys(cand.context)),
        cameo=cand.cameo,
        quad_class=info.quad_class if info else None,
        goldstein=info.goldstein if info else None,
        plover_score=PLOVER_SCORES.get(cand.type),
        date=cand.date or date,
        confidence=round(max(0.05, min(0.99, confidence)), 3),
        negated=cand.negated,
        future=cand.future,
        hypothetical=cand.hypothetical,
        reported_by=cand.reported_by,
    )


def _governor(tok: Token) -> Token | None:
    """The verb a trigger belongs to: itself when a verb, else its nearest verb above, or None
    when the way up leaves the act ("strike back in retaliation for the air strikes")."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ not in _SAME_ACT_PREPS:
            return None
        tok = tok.head
    return tok


def _objects(tok: Token) -> set[int]:
    return {c.i for c in tok.children if c.dep_ == "dobj"}


def _linked(a: Token, b: Token) -> bool:
    """Two triggers of one act: one clause ("announced $52 million in assistance to help X"),
    or a clause and the one it hangs from ("marched through the city, protesting")."""
    if _objects(a) and _objects(b) and _objects(a) != _objects(b):
        return False  # "bombed Idlib and shelled Aleppo": each verb has its own object
    ga, gb = _governor(a), _governor(b)
    if ga is None or gb is None:
        return False
    if ga.i == gb.i:
        return True
    low, high = (ga, gb) if ga.head.i == gb.i else (gb, ga) if gb.head.i == ga.i else (None, None)
    if low is None:
        return False
    # conjoined clauses may be two acts ("found no wrongdoing, and the inquiry had stalled"):
    # one only when both triggers are the verbs themselves ("marched and protested")
    return low.dep_ in _BOUND or (low.dep_ == "conj" and {a.i, b.i} == {ga.i, gb.i})


_BOUND = {"advcl", "xcomp", "acl", "relcl"}


def _conjoined_deeds(first: Candidate, second: Candidate) -> bool:
    """(session 22) Whether two candidates of one type and the same parties are two acts: two
    conjoined verbs that each take their own object, one of them carrying an act noun with a
    CAMEO code of its own ("pulled the US out of the accord and restored sweeping sanctions": 160
    and 163), which stay two records even when neither names a target. Two verbs that tell one
    act together ("fired tear gas and used water cannon", "intercepted the boats and seized one")
    stay one record."""
    a, b = first.token, second.token
    if first.cameo == second.cameo or a.pos_ in ("VERB", "AUX") and b.pos_ in ("VERB", "AUX"):
        return False
    ga, gb = _governor(a), _governor(b)
    if ga is None or gb is None or ga.i == gb.i:
        return False
    if not ((gb.dep_ == "conj" and gb.head.i == ga.i) or (ga.dep_ == "conj" and ga.head.i == gb.i)):
        return False
    oa, ob = _objects(ga), _objects(gb)
    return bool(oa) and bool(ob) and not oa & ob
# "$52 million in assistance", "an attack with a car bomb": what the act is; not "after",
# "in retaliation for", "over", which name another act
_SAME_ACT_PREPS = {"in", "of", "with", "by", "through", "as"}


# verbs of meeting and the prepositions that hang the meeting noun on them ("met in Sochi for
# talks", "gathered at the summit"): one meeting told twice
_MEETING_VERBS = {"meet", "gather", "convene", "confer"}
_MEETING_PREPS = {"for", "at", "during", "in"}


# contacts whose to-infinitive of talking is the contact itself ("called Putin to discuss Ukraine")
_CONTACT_VERBS = {"call", "phone", "telephone", "ring"}
_TALK_VERBS = {"discuss", "talk", "consult", "confer", "negotiate"}


def talk_purpose(contact: Token, talk: Token) -> bool:
    """Whether ``talk`` is the to-infinitive purpose of the phone call ``contact``: the talk is
    the call, whose partners are the caller and the one called (the parser often makes the one
    called the infinitive's subject)."""
    return contact.lemma_.lower() in _CONTACT_VERBS and talk.lemma_.lower() in _TALK_VERBS \
        and talk.head.i == contact.i and talk.dep_ in ("xcomp", "advcl") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in talk.children)


def _same_meeting(a: Token, b: Token) -> bool:
    """Whether one trigger is a meeting verb and the other a meeting noun in its "for/at/during"
    phrase ("Putin met Erdogan in Sochi for talks on Syria"): one meeting, whose partners are the
    verb's; the noun's "on Syria" is the topic, not a second party. A call made to discuss is
    one talk too (`talk_purpose`)."""
    if talk_purpose(a, b) or talk_purpose(b, a):
        return True
    for verb, noun in ((a, b), (b, a)):
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _MEETING_VERBS or noun.pos_ != "NOUN":
            continue
        prep = noun.head
        if noun.dep_ == "pobj" and prep.lower_ in _MEETING_PREPS and prep.head.i == verb.i:
            return True
    return False


def _codes(actors: list) -> set:
    return {(a.code or a.country) for a in actors}


def _bodies(actors: list) -> set:
    """The named intergovernmental or non-state bodies among ``actors`` (all share one code)."""
    return {a.name for a in actors if a.name and a.kind == "organisation" and a.country in NON_STATE_CODES}


def _clash(mine: list, theirs: list) -> bool:
    """Whether two triggers' parties are different actors: other codes, or two bodies named
    apart under the one shared code ("the African Union urged ..., and IGAD called ...": two
    IGOs, two acts)."""
    if not mine or not theirs:
        return False
    ours, others = _bodies(mine), _bodies(theirs)
    return _codes(mine) != _codes(theirs) or bool(ours and others and not ours & others)


def _two_undergoers(a: Token, b: Token) -> bool:
    """(session 39) Whether two joined clauses each name their own subject and one of them is a
    passive with its thing done to ("Mobile internet was cut ..., and the signal of the radio was
    taken off the air"; "internet was cut across the country and the government imposed a
    curfew"): two acts, not one told twice, whether or not the parser found either doer."""
    subjects = [[c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")] for t in (a, b)]
    passive = any(c.dep_ == "nsubjpass" for t in (a, b) for c in t.children)
    return passive and a.i != b.i and all(subj and t.pos_ == "VERB" for subj, t in zip(subjects, (a, b)))


def merge_linked(found: list[tuple[int, Candidate]]) -> list[tuple[int, Candidate]]:
    """PLOVER records one act once: two linked triggers of one type in a sentence whose parties
    do not clash become one record, the main-clause trigger's, with the parties either found."""
    dropped: set[int] = set()
    for n, (sid, keep) in enumerate(found):
        if n in dropped:
            continue
        for m in range(n + 1, len(found)):
            sid2, other = found[m]
            if m in dropped or sid2 != sid or other.type != keep.type:
                continue
            meeting = keep.type == "CONSULT" and _same_meeting(keep.token, other.token)
            if meeting:
                verb_first = keep.token.pos_ in ("VERB", "AUX") and not talk_purpose(other.token, keep.token)
                if not verb_first:
                    keep, other = other, keep
                    found[n] = (sid, keep)
                keep.source = keep.source or other.source
                keep.target = keep.target or other.target
                dropped.add(m)
                continue
            if not _linked(keep.token, other.token) or _two_undergoers(keep.token, other.token):
                continue
            if any(_clash(mine, theirs)
                   for mine, theirs in ((keep.source, other.source), (keep.target, other.target))):
                continue
            if (other.depth, other.token.i) < (keep.depth, keep.token.i):
                keep, other = other, keep
                found[n] = (sid, keep)
            if _specific(other.cameo, keep.cameo):
                keep.cameo, keep.mode = other.cameo, other.mode or keep.mode  # "bombing ... killed": 183
            keep.source = keep.source or other.source
            keep.target = keep.target or other.target
            dropped.add(m)
    met = {sid for sid, cand in found if cand.type == "CONSULT" and cand.token.pos_ in ("VERB", "AUX")
           and cand.token.lemma_.lower() in _MEETING_VERBS}
    for n, (sid, cand) in enumerate(found):
        if n not in dropped and cand.type == "CONSULT" and (sid in met or sid - 1 in met) \
                and _meeting_referred_back(cand.token):
            dropped.add(n)
    return [item for n, item in enumerate(found) if n not in dropped]


# "the talks", "their summit": a meeting noun whose determiner points back to one already told
_BACK_DETS = {"the", "their", "this", "these", "that"}
_MEETING_NOUNS = {"talk", "talks", "summit", "meeting"}


# (session 26) how many sentences back a resignation told again is looked for
_RETOLD_WINDOW = 2


def _who(actor: Actor) -> str | None:
    """The person an actor names, for telling two mentions of one person apart from others."""
    return (actor.name or actor.text).lower() if actor.kind in ("person", "pronoun") else None


def retold_resignations(found: list[tuple[int, Candidate]]) -> None:
    """Absorb a resignation whose resigner already resigned in a record up to two sentences before
    ("Vucevic resigned on Tuesday ... he told reporters he was stepping down to ease tensions").

    Why (session 26, judged fresh news): a person leaves a post once; the judges counted the second
    record as a duplicate. Only the same person (by resolved name) counts, so another official who
    quits later in the story keeps a record."""
    seen: list[tuple[int, set[str]]] = []
    for sid, cand in found:
        if cand.absorbed or cand.type != "RETREAT" or cand.mode != "resign":
            continue
        people = {w for a in cand.source if (w := _who(a))}
        if people and any(sid - s <= _RETOLD_WINDOW and people <= earlier for s, earlier in seen if s < sid):
            cand.absorbed = True
            continue
        seen.append((sid, people))


def repeated_offers(found: list[tuple[int, Candidate]]) -> None:
    """Absorb a promise whose act is only joined ("and to ...") to the act of another promise by the
    same party in the same sentence, of the same CAMEO kind ("was ready to help the wounded and to evacuate
    civilians", "ready to deliver food and to send medical teams").

    Why (session 26, judged fresh news): one offer of help is one record; the judges counted the
    joined act as a duplicate. Promises of different kinds ("to release the prisoners and to
    withdraw its troops", 0353 and 0356) stay two records."""
    offers = [(sid, c) for sid, c in found if c.type == "AGREE" and not c.absorbed and c.cameo]
    for sid, cand in offers:
        tok = cand.token
        if tok.dep_ != "conj" or tok.head.dep_ != "xcomp":
            continue
        offered = tok.head.head
        codes = {a.code for a in cand.source}
        for other_sid, other in offers:
            if other is not cand and other_sid == sid and not other.absorbed and other.token.i == offered.i \
                    and _same_kind(other.cameo, cand.cameo) and codes == {a.code for a in other.source}:
                cand.absorbed = True
                if not other.target:
                    other.target = cand.target  # "and grant asylum to refugees": the offer's recipient
                break


def _same_kind(code: str, other: str) -> bool:
    """Whether two CAMEO codes name one kind of act, one as the other or more closely (033, 0333)."""
    return code.startswith(other) or other.startswith(code)


def _meeting_referred_back(noun: Token) -> bool:
    """Whether a meeting noun only names again a meeting a "met" in its own or the previous
    sentence told ("X met Y on Monday. Their talks focused on trade"): a definite or possessed
    noun with no parties of its own ("talks between/with ...") is that same meeting."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _MEETING_NOUNS and noun.lower_ not in _MEETING_NOUNS:
        return False
    if not any(c.dep_ in ("det", "poss") and c.lower_ in _BACK_DETS for c in noun.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("between", "with", "among", "of") for c in noun.children):
        return False
    return not any(c.dep_ in ("compound", "amod") for c in noun.children)


def _specific(code: str | None, than: str | None) -> bool:
    """Whether CAMEO ``code`` says more than ``than`` of the same act (1832 over 183 over 190)."""
    if not code or not than:
        return bool(code) and not than
    general = than.endswith("0") and not code.endswith("0")
    return len(code) > len(than) or (len(code) == len(than) and general) if code[:2] == than[:2] else general


def to_events(found: list[tuple[int, Candidate]], sents: list[Span], date: str | None) -> list[Event]:
    """One Event per (sentence, type, source, target), in the order the candidates were found."""
    # The classifier is the costly part: ask it only where readings compete (two candidate
    # events of different PentaClass in one sentence), which is where it changes the main event.
    classes: dict[int, set[int]] = {}
    for sid, cand in found:
        info = cameo_info(cand.cameo)
        classes.setdefault(sid, set()).add(info.penta if info else -1)
    sids = sorted(sid for sid, seen_classes in classes.items() if len(seen_classes) > 1)
    probs = _classifier_probs([sents[s].text for s in sids]) if sids else None
    row = {s: i for i, s in enumerate(sids)}
    events: list[Event] = []
    seen: dict[tuple, list[Candidate]] = {}
    for sid, cand in found:
        prob = probs[row[sid]] if probs is not None and sid in row else None
        event = to_event(cand, sid, date, prob)
        # (by span and code: a capital read as a place is a fresh copy of the same mention)
        key = (sid, event.type, tuple((a.start, a.end, a.code) for a in event.source),
               tuple((a.start, a.end, a.code) for a in event.target))
        if key in seen and not all(_conjoined_deeds(c, cand) for c in seen[key]):
            continue
        seen.setdefault(key, []).append(cand)
        events.append(event)
    if sents:
        rank_by_clause(sents[0].doc, events)
    return events

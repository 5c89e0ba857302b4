"""Acts a sentence names only by the way: the purpose of a hiring, a step a relative clause
schedules, the subject of an indirect question, what successive governments have done, and a
record an act noun describes (session 35, from batch AI's "no event" verdicts)."""

from __future__ import annotations

from spacy.tokens import Token

from .event_roles import to_infinitive as _to_infinitive

__all__ = ["answered_request", "described_record", "hired_purpose", "indirect_question", "judged_deed", "relative_schedule",
           "paid_for", "reporters_on_duty", "successive_doers", "thing_purpose"]

# verbs that engage someone for a task: the task is what they were engaged for, not a deed told
_ENGAGING = frozenset({"hire", "employ", "retain", "commission", "recruit", "contract", "engage"})
# verbs whose "how"/"whether" clause is watched, asked or weighed, not reported as done
_PROBING = frozenset({"watch", "see", "examine", "ask", "question", "wonder", "study", "monitor", "review",
                      "investigate", "check", "consider", "scrutinise", "scrutinize", "follow", "assess"})
_FUTURE = frozenset({"will", "shall", "'ll"})
_SERIES = frozenset({"successive", "consecutive"})
_RECORDS = frozenset({"first", "last", "only"})


def hired_purpose(tok: Token) -> bool:
    """Whether the act is the task of someone hired ("the party hired a law firm to lobby the
    administration", "retained consultants to negotiate").

    Why: the infinitive says what the hired party was engaged for; neither the lobbying nor
    its target is told as done (judges of batch AI: a purpose infinitive is no reported act)."""
    return tok.pos_ == "VERB" and tok.dep_ in ("advcl", "xcomp", "relcl", "acl") and _to_infinitive(tok) \
        and tok.head.lemma_.lower() in _ENGAGING


# (session 37) participles that give a thing its purpose: "funds intended to support the transition"
_PURPOSED = frozenset({"intend", "mean", "design", "aim", "earmark", "designate"})


def thing_purpose(tok: Token) -> bool:
    """(session 37) Whether the trigger is a participle that gives a thing its purpose ("the funds,
    intended to support Sudan's democratic transition, were paused", "measures designed to curb").

    Why: the participle describes what money or a measure is for; no party states an intent or
    promises anything by it (judged no event in batch s20b). "Washington said it intended to help"
    (a finite verb with a subject) keeps its record."""
    return tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod") and tok.lemma_.lower() in _PURPOSED \
        and tok.head.pos_ == "NOUN" and tok.head.i < tok.i and _to_infinitive_child(tok)


def _to_infinitive_child(tok: Token) -> bool:
    return any(c.dep_ in ("xcomp", "advcl") and _to_infinitive(c) for c in tok.children)


# (session 37) verbs of spending on something, and those whose object is what is paid for
_PAYING = frozenset({"pay"})
_FUNDING = frozenset({"fund", "finance", "bankroll", "cover"})


def paid_for(tok: Token) -> bool:
    """(session 37) Whether an act noun is only what a purpose infinitive pays for ("raised VAT to
    15 percent to pay for a military offensive against drug gangs", "borrowed to finance the war").

    Why: the clause tells a measure and what its money is for; the act paid for is named, not told,
    with no time of its own (judged no event in batch s17). "The offensive began on Monday" or a
    dated noun keeps its record."""
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in _PAYING:
        verb = tok.head.head
    elif tok.dep_ == "dobj" and tok.head.lemma_.lower() in _FUNDING:
        verb = tok.head
    else:
        return False
    if verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "xcomp") or not _to_infinitive(verb):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)


def relative_schedule(tok: Token) -> bool:
    """Whether the act is a step a non-restrictive relative clause schedules for its antecedent
    ("President Silva, who will now consult the parties, may call elections").

    Why: the reporter states the next step of a procedure, neither an act done nor one its doer
    announced (judged a schedule); "said he will consult" keeps its announced, future record."""
    if tok.pos_ != "VERB" or tok.dep_ != "relcl":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in tok.children):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "which") for c in tok.children):
        return False
    noun = tok.head
    return noun.i > 0 and tok.doc[tok.left_edge.i - 1].lower_ == "," and noun.pos_ in ("PROPN", "NOUN")


def indirect_question(tok: Token) -> bool:
    """Whether the act is what someone watches, asks or weighs in a "how" clause ("would watch
    closely how the government prepared its case", "asked how the aid was spent").

    Why: the clause names a matter under scrutiny, not an act the sentence reports."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("ccomp", "xcomp"):
        return False
    if not any(c.dep_ == "advmod" and c.lower_ == "how" and c.i < tok.i for c in tok.children):
        return False
    return tok.head.lemma_.lower() in _PROBING


def successive_doers(tok: Token) -> bool:
    """Whether the doer of a verb is "successive" or "consecutive" holders of an office
    ("successive governments have sought foreign support"): a practice over years, no one act."""
    if tok.pos_ != "VERB":
        return False
    return any(c.dep_ == "nsubj" and any(a.dep_ == "amod" and a.lower_ in _SERIES for a in c.children)
               for c in tok.children)


def described_record(tok: Token) -> bool:
    """Whether an act noun only ranks the thing the clause is about ("the plant is the largest
    foreign investment in the country's history", "it was the first such visit").

    Why: a superlative or ordinal predicate describes its subject as a record, a standing state,
    while the act, if any, is told elsewhere (judged a statistic with no doer)."""
    if tok.pos_ != "NOUN" or tok.dep_ != "attr" or tok.head.lemma_ != "be":
        return False
    return any(c.dep_ in ("amod", "det") and (c.tag_ == "JJS" or c.lower_ in _RECORDS) for c in tok.children)


# verbs that answer a request: what they answer is the matter of the answer, told before or as background
_ANSWERING = frozenset({"reject", "refuse", "dismiss", "decline", "deny", "examine", "consider", "review", "study",
                        "grant", "approve", "heed", "ignore", "handle", "comply", "respond", "process"})
# nouns of answering: "its handling of a U.S. extradition request"
_ANSWER_NOUNS = frozenset({"handling", "rejection", "refusal", "dismissal", "review", "examination", "response",
                           "compliance"})


def answered_request(tok: Token) -> bool:
    """Whether a request noun is only what another answers ("it rejected Buenos Aires' demand
    that the plant be shut", "would comply with the court's call for monitoring", "defended its
    handling of a U.S. extradition request", "his request for asylum was being examined").

    Why: the answer is the news; the request it answers was made before, and is recorded where it
    is told as made (judges of AH and AI: a noun that names an act reported elsewhere). A request
    whose content a clause spells out ("the request of the prime minister to suspend Parliament")
    is told in full there, and keeps its record, as ``event_links.owned_demand`` keeps a demand."""
    if tok.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") for c in tok.children):
        return False  # "comply with the request of the prime minister to suspend Parliament": told in full
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        return head.lemma_.lower() in _ANSWERING
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        owner = head.head
        if head.lower_ in ("with", "to") and owner.pos_ == "VERB":
            return owner.lemma_.lower() in ("comply", "respond", "accede", "bow", "yield")
        return head.lower_ == "of" and owner.lemma_.lower() in _ANSWER_NOUNS
    return False


# verbs that judge a party for a deed it did: the deed is the reason given, not the news
_JUDGING = frozenset({"praise", "commend", "thank", "congratulate", "hail", "laud", "applaud", "salute", "credit",
                      "reward", "criticise", "criticize", "blame", "fault", "rebuke", "scold", "condemn"})


def judged_deed(tok: Token) -> bool:
    """Whether the act is the deed for which a party is praised or blamed ("commended Masisi for
    accepting the outcome promptly", "thanked Qatar for hosting the talks"), with no date of its own.

    Why: the verb of judging is the act told; the deed is its reason, named as a phrase and
    reported elsewhere or before (judged a noun phrase that names an act)."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ != "for":
        return False
    if tok.head.head.lemma_.lower() not in _JUDGING:
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)


# verbs by which those on duty report what they saw
_REPORTING = frozenset({"report", "say", "tell", "note", "see", "find", "describe", "count", "record"})


def reporters_on_duty(tok: Token) -> bool:
    """Whether a posture verb only says what the reporters of a scene were doing ("troops
    patrolling the border area reported no incidents", "police guarding the polls said it was calm").

    Why: the routine duty names who reports; the report is the news, and it tells of no
    deployment made (judges of batch AI)."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBG":
        return False
    if tok.dep_ == "acl":
        noun = tok.head
        return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _REPORTING
    # the parser's slip: "troops patrolling the area reported ..." read as "patrolling ... and reported"
    return not any(c.dep_ in ("aux", "auxpass") for c in tok.children) and any(
        c.dep_ == "conj" and c.lemma_.lower() in _REPORTING and c.tag_ in ("VBD", "VBZ", "VBP")
        and not any(s.dep_ == "nsubj" for s in c.children) for c in tok.children)

"""CAMEO 01 statements: "expressed condolences to X", "claimed responsibility for", "denied charges by X".

PLOVER has no type for these, so they are kept apart from events (``Article.statements``), yet
GDELT users expect the CAMEO 010-019 records and the S/T/R gold marks their participants. They
are coded by the event coder's own machinery (subjects, light verbs, negation, reported speech,
dates) from the ``STATEMENT`` rows of triggers.tsv, which only ``statement_lexicon`` reads: a
statement is an extra record and never changes which event a word triggers or its parties.

Decisions:
- A noun of feeling counts only as the object of a verb of saying or sending ("expressed
  concern", "voiced hope", "sent a condolence message"); "growing concern in Europe" is no one's
  statement.
- Where the word is also a kept event's trigger, the event is the news and no statement is made;
  bare "said"/"told" stay speech, what they report is coded as an event with ``reported_by``.
- Who the statement is about depends on the statement: the "about/over/for/to" phrase of a
  feeling or condolence, the subject of a hoped-for clause, the one the considered act is aimed
  at ("considering sending aid to X"), the doers' targets in a claim of responsibility ("for the
  attack on X"), the accuser of a denied charge ("denied charges by X"), the one agreed with.
- "X said it is skeptical of ...": a pronoun subject in reported speech is the speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from .event_filters import no_comment
from .event_modality import Candidate
from .event_records import _to_event
from .event_roles import OBJ, SUBJ, children, merge, prep_objects
from .model import STATEMENT_TYPE, Actor, Event
from .triggers import Trigger, statement_lexicon

__all__ = ["STATEMENT_TYPE", "StatementCoder", "split_statements", "statement_records", "tidy_statement_spans",
           "unevented_statements"]

# verbs that make a noun of feeling a statement by its subject ("expressed concern", "sent condolences")
_SAYING_VERBS = frozenset({"express", "voice", "convey", "send", "offer", "extend", "raise", "share",
                           "reiterate", "reaffirm", "register", "air", "deliver", "issue", "pay", "renew",
                           "repeat", "echo", "state", "signal", "transmit", "relay", "have"})
# what a feeling, doubt or condolence is about
_ABOUT_PREPS = frozenset({"about", "over", "at", "of", "for", "in", "on", "regarding", "concerning", "to",
                          "with", "towards", "toward"})
_CONDOLENCE_PREPS = frozenset({"to", "for", "over", "on", "with"})
# where an accuser is named on the denied charge
_ACCUSER_PREPS = frozenset({"by", "from"})
# the codes whose word is an adjective or noun of feeling
_FEELINGS = frozenset({"012", "013", "018"})


class StatementCoder:
    """Mixin for the event coder: CAMEO 01 statement candidates of a sentence.

    Expects the coder's ``match``, ``candidate``, ``reporter``, ``first_person`` and ``index``
    (see ``dyads.events._Coder``)."""

    # (sentence index, candidate) of every statement settled so far in the document
    statements: list[tuple[int, Candidate]]

    def statement_candidates(self, tokens: list[Token]) -> list[Candidate]:
        """Candidates for the statement words among ``tokens``, parties not yet settled."""
        out: list[Candidate] = []
        lex = statement_lexicon()
        for tok in tokens:
            saved, self.lex = self.lex, lex
            try:
                trig = self.match(tok)
            finally:
                self.lex = saved
            if trig is None or trig.type != STATEMENT_TYPE or not _stated(tok, trig) or _no_one_speaks(tok):
                continue
            if self.index.by_token.get(tok.i) is not None:
                continue  # a word of a name ("the Concern Worldwide charity")
            cand = self.candidate(tok, trig)
            cand.type, cand.cameo, cand.mode, cand.context = STATEMENT_TYPE, trig.cameo, None, []
            verb = _saying_verb(tok) if trig.nominal else None
            if verb is not None and (speaker := [a for a in self.subject(verb) if a not in cand.target]):
                cand.source = speaker  # "the company extends its condolences": the one who extends them
            if tok.pos_ == "ADJ" and tok.dep_ == "acomp" and any(c.dep_ == "neg" for c in tok.head.children):
                cand.negated = True  # "they are not concerned about the levees": the "not" is the copula's
            cand.future = False  # (a statement is made when told; "will consider" stays a consideration)
            out.append(cand)
        return out

    def settle_statements(self, stmts: list[Candidate], events: list[Candidate],
                          said: dict[int, Actor | None]) -> list[Candidate]:
        """The statements of a sentence with their parties, none at a kept event's trigger word."""
        taken = {c.token.i for c in events if not c.absorbed}
        out = []
        for cand in stmts:
            tok = cand.token
            if tok.i in taken or (tok.dep_ == "dobj" and tok.head.i in taken):
                continue  # the word is the event itself ("agreed with Iran on a deal")
            cand.reported_by, _ = self.reporter(tok, said)
            if cand.reported_by is not None:
                self.first_person(cand)
            if cand.reported_by is not None and (not cand.source or all(_pronoun(self.doc, a) for a in cand.source)):
                # "the agency said it is skeptical of ...": the statement is the speaker's
                cand.source = [cand.reported_by]
                cand.reported_by = None
            cand.target = [a for a in self.statement_target(cand, events) if a not in cand.source]
            if cand.source or cand.target:
                out.append(cand)
        return out

    def statement_target(self, cand: Candidate, events: list[Candidate]) -> list[Actor]:
        """Who or what the statement is about, by its CAMEO code (see the module docstring)."""
        tok, code = cand.token, cand.cameo or ""
        verb = _saying_verb(tok) if cand.trigger.nominal else None
        if code == "016":
            # "denied charges by X": the accuser, on the charge or (the parser's slip) on an active verb
            heads = children(tok, {"dobj"}) + ([] if children(tok, {"auxpass", "nsubjpass"}) else [tok])
            return merge(*(self.index.in_phrase(p, loose=False) for o in heads
                           for p in prep_objects(o, _ACCUSER_PREPS)))
        if code == "015":
            # "claimed responsibility for the attack on X": the "for" phrase hangs on the verb or its object
            heads = [tok, *children(tok, {"dobj"})]
            own = {a.code for a in cand.source if a.code}
            return [a for a in merge(*(self._subtree_actors(p) for h in heads for p in _prep_heads(h, {"for"})))
                    if a.code not in own]  # (not "the video it posted": the claimer itself)
        if code == "014":
            acts = children(tok, {"xcomp", "dobj", "ccomp"})
            found = []
            for act in acts:
                if act.dep_ == "dobj" and act.lemma_.lower() == "possibility":
                    act = next(iter(prep_objects(act, {"of"})), act)
                done = next((e for e in events if e.token.i == act.i and e.target), None)
                found = merge(found, done.target if done else self._aimed_at(act))
            return found
        if code == "019":
            return merge(*(self._subtree_actors(p) for p in _prep_heads(tok, {"with"})))
        if code == "011":
            return []
        if code == "013" and (clause := _hoped_clause(tok)) is not None:
            return merge(*(self.index.in_phrase(s) for s in children(clause, SUBJ)))
        preps = _CONDOLENCE_PREPS if code == "018" else _ABOUT_PREPS
        heads = [tok] + ([verb] if verb is not None else [])
        found: list[Actor] = []
        for head in heads:
            for pobj in _prep_heads(head, preps):
                # a noun's own phrase ("the fate of a journalist", not where he vanished); a gerund's
                # clause ("about bringing the North Korean standoff to an end")
                found = merge(found, self.index.in_phrase(pobj) if pobj.pos_ in ("NOUN", "PROPN", "PRON")
                              else self._subtree_actors(pobj))
            if head is verb:
                found = merge(found, *(self.index.in_phrase(d) for d in children(head, {"dative"})))
            if found:
                break
        if not found and code in ("012", "013") and (clause := _hoped_clause(tok)) is not None:
            # "expressed concern that Russia could invade": what is feared is the clause's doer's act
            found = merge(*(self.index.in_phrase(s) for s in children(clause, SUBJ)))
        return found

    def _aimed_at(self, act: Token) -> list[Actor]:
        """The party a considered act would reach: its "to"/"for" phrase or the object of a purpose
        ("sending aid to help North Korea cope"), looked for in the act's own phrase."""
        found: list[Actor] = []
        for t in act.subtree:
            if t.dep_ == "prep" and t.lower_ in ("to", "for") or t.dep_ == "dative":
                for p in ([t] if t.dep_ == "dative" else children(t, {"pobj"})):
                    found = merge(found, self.index.in_phrase(p))
        if not found:
            for t in act.subtree:
                if t.dep_ in ("xcomp", "advcl", "ccomp") and t is not act:
                    # ("to help North Korea cope": the one helped may be the subject of its own clause)
                    for o in children(t, OBJ | {"nsubj"}):
                        found = merge(found, self.index.in_phrase(o))
        return found

    def _subtree_actors(self, head: Token) -> list[Actor]:
        """Every actor named in ``head``'s phrase, clauses included ("for the bombings that killed
        300 people in Sri Lanka", "about bringing the North Korean standoff to an end")."""
        seen: list[Actor] = []
        for t in head.subtree:
            a = self.index.by_token.get(t.i)
            if a is not None and a not in seen:
                seen.append(a)
        return seen


def statement_records(found: list[tuple[int, Candidate]], date: str | None) -> list[Event]:
    """One STATEMENT record per candidate (sentence, trigger), in text order: quad class 1, the
    Goldstein score of its CAMEO 01x code, no PLOVER score or mode."""
    out: list[Event] = []
    seen: set[tuple[int, int]] = set()
    for sid, cand in sorted(found, key=lambda f: f[1].token.i):
        if (sid, cand.token.i) in seen:
            continue
        seen.add((sid, cand.token.i))
        event = _to_event(cand, sid, date)
        event.type, event.mode, event.context, event.plover_score = STATEMENT_TYPE, None, [], None
        out.append(event)
    return out


def split_statements(records: list[Event]) -> tuple[list[Event], list[Event]]:
    """(events, statements) of a mixed list: the statements are the records of type STATEMENT."""
    return [e for e in records if e.type != STATEMENT_TYPE], [e for e in records if e.type == STATEMENT_TYPE]


def tidy_statement_spans(statements: list[Event]) -> None:
    """Fit the rules' phrases (``add_argument_spans``) to what a statement is about, in place.

    The phrase rules take a verb's object as its target; for a statement that object is often
    the statement itself: "declined to comment", "rejected the accusation" (with no accuser
    named) have no target phrase. A claim of responsibility is aimed at whom the claimed attack
    hit: when the rules' phrase is the attack ("for the bombings that killed 300 in Sri Lanka")
    and holds no target, the targets' own mentions stand, the states or places first."""
    for st in statements:
        if st.cameo == "011" or st.cameo == "016" and not st.target:
            st.target_spans = []
        elif st.cameo == "016":
            st.target_spans = [r for r in st.target_spans if _holds(r, st.target)]
        elif st.cameo == "015" and st.target and not any(_holds(r, st.target) for r in st.target_spans):
            places = [a for a in st.target if a.kind == "country"] or st.target
            st.target_spans = [[a.start, a.end] for a in places]


def _holds(span: list[int], actors: list[Actor]) -> bool:
    return any(span[0] <= a.start and a.end <= span[1] for a in actors)


def unevented_statements(events: list[Event], statements: list[Event]) -> list[Event]:
    """The statements of sentences that have no event: there a statement is what a reader names
    (the S/T/R scoring takes the main statement only where no event is)."""
    busy = {e.sentence for e in events}
    return [s for s in statements if s.sentence not in busy]


def _prep_heads(head: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    """The objects of ``head``'s prepositions in ``preps``, a gerund clause included ("about
    bringing the standoff to an end"); "on behalf of" names whom one speaks for, not about."""
    return prep_objects(head, set(preps)) + [c for p in children(head, {"prep"}) if p.lower_ in preps
                                             for c in children(p, {"pcomp"})]


def _pronoun(doc, actor: Actor) -> bool:
    """Whether the actor is named by a pronoun ("it", "they"), resolved or not."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return actor.kind == "pronoun" or (span is not None and len(span) == 1 and span[0].pos_ == "PRON")


def _saying_verb(noun: Token) -> Token | None:
    """The verb of saying or sending whose object the noun is ("expressed (his deep) concern",
    "sent a condolence message", "expressed concern and condolences"), or None."""
    cur = noun
    if cur.dep_ == "compound":
        cur = cur.head
    while cur.dep_ == "conj":
        cur = cur.head
    if cur.dep_ in ("dobj", "nsubjpass") and cur.head.lemma_.lower() in _SAYING_VERBS:
        return cur.head
    return None


# subjects that name no one: "no group has claimed responsibility", "nobody denied it"
_NO_ONE = frozenset({"nobody", "none", "no-one"})


def _no_one_speaks(tok: Token) -> bool:
    """Whether the subject of the statement (or of its saying verb) is a negative quantifier, so
    no one makes it ("No group has claimed responsibility", "no one expressed concern")."""
    verb = _saying_verb(tok) if tok.pos_ == "NOUN" else None
    head = verb if verb is not None else tok.head if tok.dep_ == "acomp" else tok
    for subj in children(head, SUBJ | {"nsubjpass"}):
        if subj.lower_ in _NO_ONE or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children) \
                or subj.lower_ == "one" and any(c.lower_ == "no" for c in subj.children):
            return True
    return False


def _hoped_clause(tok: Token) -> Token | None:
    """The clause a hope is about ("hoped that X would", "voiced hope that X will")."""
    return next(iter(children(tok, {"ccomp", "acl"})), None)


def _stated(tok: Token, trig: Trigger) -> bool:
    """Whether the word is used as a statement: a noun of feeling as the object of a saying
    verb, "hope" with a that-clause, "consider" with an act considered, a denial of a charge."""
    lemma = tok.lemma_.lower()
    if trig.nominal:
        if _saying_verb(tok) is None:
            return False
        return lemma != "hope" or _hoped_clause(tok) is not None
    if lemma in ("hope", "hop"):
        return tok.lower_.startswith("hope") and any(c.dep_ == "ccomp" for c in tok.children)
    if trig.cameo == "019":
        # "said they agree with X": accord with a party or a view; "agreed to", "agreed on a deal"
        # are AGREE events (the event coder's), never a statement
        return bool(prep_objects(tok, {"with"})) and not any(
            c.dep_ in ("xcomp", "ccomp", "dobj") or c.dep_ == "prep" and c.lower_ in ("on", "to", "upon")
            for c in tok.children)
    if trig.cameo == "014" and trig.word is None:
        # "is considering sending aid", "considered sanctions": an option weighed, not a person
        # considered a suspect or a matter taken under review
        return any(c.dep_ == "xcomp" or c.dep_ == "dobj" and c.tag_ == "VBG" for c in tok.children) \
            and not any(c.dep_ in ("nsubjpass", "oprd", "ccomp") for c in tok.children)
    if trig.cameo == "016":
        # a charge or report denied ("denied the accusations"), or a that-clause ("denied that ...")
        return no_comment(tok) and (trig.word is not None or any(c.dep_ == "ccomp" for c in tok.children))
    if trig.cameo in _FEELINGS and tok.pos_ == "ADJ":
        return tok.dep_ in ("acomp", "ROOT")
    return True

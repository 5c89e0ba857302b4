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
- Some statements wait for the sentence classifier (``settle_after_classifier``): one at the
  word of a rules' event stands only if the classifier dropped that event; a claim of one's own
  violent act ("claimed that they had attacked the airport") stands only if the attack is not
  kept, aimed at whom it hit; a bare 010 ("issued a statement on X", "said in a statement",
  "commented on X") only in a sentence with no other record.
- A symbolic act (017) needs a symbol of mourning or respect in the verb's object or adjuncts
  (a wreath or flowers laid, a silence kept, flags at half-mast, a day of mourning).
- A bare 010/011 needs a political speaker (``_political``, ``_public_voice``); "consider X (as)
  Y" judges and weighs no option; denying a right or access is a refusal, not a 016; a statement
  in reported words is the teller's only where its own subject is a pronoun or missing.
- A hope for the victims' recovery, or one voiced in a message of solidarity or sympathy, is an
  empathetic comment (018), aimed at the message's receiver; a place that only describes the
  speaker ("the Lebanon-based Hezbollah movement") is no second speaker (session 16).
"""

from __future__ import annotations

import copy

from spacy.tokens import Doc, Token

from .countries import NON_STATE_CODES
from .event_filters import CHARGE_HEADS, denial_of_claim, no_comment
from .event_modality import Candidate
from .event_records import to_event
from .event_roles import OBJ, SUBJ, children, lay_speaker_place, mention_root, merge, prep_objects
from .event_stances import (
    accord_only, considered_option, owned_deed_of, voiced_agreement, weighed_plan, withheld_or_disputed,
)
from .model import STATEMENT_TYPE, Actor, Event
from .event_filters import figures_disputed
from .triggers import Trigger, lexicon, statement_lexicon, word_list

__all__ = ["STATEMENT_TYPE", "StatementCoder", "settle_after_classifier", "statement_records", "tidy_statement_spans",
           "unevented_statements"]

# verbs that make a noun of feeling a statement by its subject ("expressed concern", "sent condolences")
_SAYING_VERBS = frozenset({"express", "voice", "convey", "send", "offer", "extend", "raise", "share", "make",
                           "release", "publish",
                           "reiterate", "reaffirm", "register", "air", "deliver", "issue", "pay", "renew",
                           "repeat", "echo", "state", "signal", "transmit", "relay", "have"})
# what carries a feeling or condolence ("a message of condolence", "words of sympathy")
_MESSAGES = frozenset({"message", "letter", "note", "word", "expression", "telegram", "cable", "words"})
# what a feeling, doubt or condolence is about
_ABOUT_PREPS = frozenset({"about", "over", "at", "of", "for", "in", "on", "regarding", "concerning", "to",
                          "with", "towards", "toward"})
_CONDOLENCE_PREPS = frozenset({"to", "for", "over", "on", "with"})
# where an accuser is named on the denied charge
_ACCUSER_PREPS = frozenset({"by", "from"})
# the codes whose word is an adjective or noun of feeling
_FEELINGS = frozenset({"012", "013", "018"})


def _in_relative_clause(doc, actor: Actor, trigger: Token) -> bool:
    """Whether an actor's phrase sits in a relative clause below the trigger ("the train, which had
    left Quetta"): it describes something named in the claim."""
    root = mention_root(doc, actor)
    if root is None:
        return False
    return any(t.dep_ == "relcl" for t in root.ancestors if trigger in t.ancestors)


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
            trig = self.match(tok, lex)
            if trig is None or trig.type != STATEMENT_TYPE or not _stated(tok, trig) or _no_one_speaks(tok):
                continue
            if self.index.by_token.get(tok.i) is not None:
                continue  # a word of a name ("the Concern Worldwide charity")
            cand = self.candidate(tok, trig)
            cand.type, cand.cameo, cand.mode, cand.context = STATEMENT_TYPE, trig.cameo, None, []
            verb = _saying_verb(tok) if trig.nominal else None
            if verb is not None and (speaker := [a for a in self.subject(verb) if a not in cand.target]):
                cand.source = speaker  # "the company extends its condolences": the one who extends them
            if any(lay_speaker_place(s, cand.source) for s in children(verb if verb is not None else tok, SUBJ)):
                cand.source = []  # (session 21) "a cafe owner in Tunis, who declined": no place speaks
            if tok.pos_ == "ADJ" and tok.dep_ == "acomp" and any(c.dep_ == "neg" for c in tok.head.children):
                cand.negated = True  # "they are not concerned about the levees": the "not" is the copula's
            if trig.cameo == "010" and _negated(tok):
                cand.cameo, cand.negated = "011", False  # "would not comment on the arrest": declined
            if cand.cameo == "011":
                cand.negated = False  # ("had no comment": the "no" is the statement itself)
            cand.future = False  # (a statement is made when told; "will consider" stays a consideration)
            if cand.cameo == "013" and _sympathetic_hope(tok):
                cand.cameo = "018"  # "hoped the injured would recover": a wish of sympathy, not optimism
            out.append(cand)
        return out

    def settle_statements(self, stmts: list[Candidate], events: list[Candidate],
                          said: dict[int, Actor | None]) -> list[Candidate]:
        """The statements of a sentence with their parties.

        One at the trigger word of a rules' event is kept for now: it is dropped after the sentence
        classifier (``settle_after_classifier``) if that event survives ("agreed with Iran on a
        deal"), and stands if the classifier dropped the event as no deed ("said they agree with
        the recommendation")."""
        out = []
        for cand in stmts:
            tok = cand.token
            if cand.cameo == "015" and cand.trigger.word is None and self.claimed_act(cand, events) is None \
                    and owned_deed_of(tok) is None:
                continue  # "claimed that the vote was rigged": a claim of no violent act is speech
            cand.reported_by, _ = self.reporter(tok, said)
            if cand.reported_by is not None:
                self.first_person(cand)
            if cand.reported_by is not None and (not cand.source or all(_pronoun(self.doc, a) for a in cand.source)) \
                    and _speaker_may_own(tok):
                # "the agency said it is skeptical of ...": the statement is the speaker's
                cand.source = [cand.reported_by]
                cand.reported_by = None
            if cand.reported_by is not None and cand.source and all(_press(a) for a in cand.source) \
                    and not _press(cand.reported_by):
                # "Boeing, telling Wikinews the company extends its condolences": the outlet told is
                # the listener, never the speaker (as for events, the press is no party)
                cand.source = [cand.reported_by]
                cand.reported_by = None
            cand.source = _without_descriptors(self.doc, cand.source)
            cand.target = [a for a in self.statement_target(cand, events) if a not in cand.source]
            if cand.cameo == "015":
                # "claimed the hijacking of the Kestrel Express, which had left Larkana": a name no
                # list knows in a clause describing what was hit is where it came from, not a party
                # the claim is aimed at (the place attacked itself stays: "the Ghazni attacks")
                cand.target = [a for a in cand.target if a.code or not _in_relative_clause(self.doc, a, tok)]
            self.accused_denier(cand)
            if cand.cameo in _POLITICAL_SPEAKER_CODES and not any(_political(a) for a in cand.source) \
                    and not _public_voice(tok):
                continue  # "the singer commented on the death": no political actor speaks
            if cand.cameo not in _CHARGE_CODES and _private_voice(tok) and not _public_voice(tok) \
                    and not any(_political(a) for a in cand.source):
                continue  # "the singer expressed hope", "the striker was optimistic": a private remark
            if cand.source or cand.target:
                out.append(cand)
        return out

    def accused_denier(self, cand: Candidate) -> None:
        """"Western governments accused Bamako of hiring mercenaries, which the authorities deny":
        a bare denier that resolves to the accuser itself is the accused (no one denies its own
        charge), so the accused becomes the source and the accuser the target (session 18)."""
        charger = _charge_denied(cand.token) if cand.cameo == "016" else None
        if charger is None:
            return
        accusers = merge(*(self._subtree_actors(s) for s in children(charger, SUBJ)))
        accused = merge(*(self._subtree_actors(o) for o in children(charger, {"dobj"})))
        own = {a.code for a in accusers if a.code}
        if accused and cand.source and all(a.code in own for a in cand.source):
            cand.source, cand.target = accused, accusers

    def statement_target(self, cand: Candidate, events: list[Candidate]) -> list[Actor]:
        """Who or what the statement is about, by its CAMEO code (see the module docstring)."""
        tok, code = cand.token, cand.cameo or ""
        verb = _saying_verb(tok) if cand.trigger.nominal else None
        if code == "016":
            # "denied charges by X": the accuser, on the charge or (the parser's slip) on an active verb
            heads = children(tok, {"dobj"}) + ([] if children(tok, {"auxpass", "nsubjpass"}) else [tok])
            found = merge(*(self.index.in_phrase(p, loose=False) for o in heads
                            for p in prep_objects(o, _ACCUSER_PREPS)))
            return found or self._accusers(tok)
        if code == "015" and (act := self.claimed_act(cand, events)) is not None:
            # "claimed that they had attacked the airport of Abha": whom the claimed act hit
            return list(act.target)
        if code == "015" and (deed := owned_deed_of(tok)) is not None:
            # "said it was behind the kidnapping of two engineers": whom the claimed deed hit
            own = {a.code for a in cand.source if a.code}
            return [a for a in self._subtree_actors(deed) if a.code not in own]
        if code == "015":
            # "claimed responsibility for the attack on X": the "for" phrase hangs on the verb or its
            # object, or on the passive subject ("responsibility for the bombing was claimed by")
            heads = [tok, *children(tok, {"dobj", "nsubjpass"})]
            own = {a.code for a in cand.source if a.code}
            return [a for a in merge(*(self._subtree_actors(p) for h in heads for p in _prep_heads(h, {"for"})))
                    if a.code not in own]  # (not "the video it posted": the claimer itself)
        if code == "014":
            acts = children(tok, {"xcomp", "dobj", "ccomp"}) + prep_objects(tok, {"over"})
            found = []
            for act in acts:
                if act.dep_ == "dobj" and act.lemma_.lower() == "possibility":
                    act = next(iter(prep_objects(act, {"of"})), act)
                done = next((e for e in events if e.token.i == act.i and e.target), None)
                found = merge(found, done.target if done else self._aimed_at(act))
            return found
        if code == "019" and tok.lemma_.lower() == "share":
            # "shared the view of Norway", "shared Norway's view": whose view it is
            return merge(*(self._subtree_actors(p) for o in children(tok, {"dobj"})
                           for p in prep_objects(o, {"of"}) + children(o, {"poss"})))
        if code == "019":
            return merge(*(self._subtree_actors(p) for p in _prep_heads(tok, {"with"})))
        if code == "011":
            return []
        if code == "013" and (clause := _hoped_clause(tok)) is not None:
            return merge(*(self.index.in_phrase(s) for s in children(clause, SUBJ)))
        preps = _CONDOLENCE_PREPS if code == "018" else _ABOUT_PREPS
        if verb is not None and verb.lemma_.lower() == "share":
            preps = preps | {"of"}  # "shared the grief of the people of Haiti": whose grief is shared
        heads = [tok] + ([verb] if verb is not None else [])
        found: list[Actor] = []
        for head in heads:
            for pobj in _prep_heads(head, preps):
                if _platform(pobj):
                    continue  # "said in a statement on Instagram": where it went out, not whom it concerns
                # a noun's own phrase ("the fate of a journalist", not where he vanished); a gerund's
                # clause ("about bringing the North Korean standoff to an end")
                found = merge(found, self.index.in_phrase(pobj) if pobj.pos_ in ("NOUN", "PROPN", "PRON")
                              else self._subtree_actors(pobj))
            if head is verb:
                found = merge(found, *(self.index.in_phrase(d) for d in children(head, {"dative"})))
            if found:
                break
        if not found and code == "017":
            # "lowered flags to half-mast to mourn the victims of the fire in Spain": whom it honours
            found = merge(*(self._subtree_actors(c) for c in children(tok, {"advcl", "xcomp"})))
            # "declared a day of mourning for the victims of the blast in Syria": the symbol's own "for"
            found = found or merge(*(self._subtree_actors(p) for c in children(tok, _SYMBOL_DEPS)
                                     for t in c.subtree if t.dep_ == "prep" and t.lower_ == "for"
                                     for p in children(t, {"pobj"})))
        if not found and code in ("012", "013") and (clause := _hoped_clause(tok)) is not None:
            # "expressed concern that Russia could invade": what is feared is the clause's doer's act
            found = merge(*(self.index.in_phrase(s) for s in children(clause, SUBJ)))
        if not found and code == "018" and verb is not None and verb.dep_ in ("advcl", "conj") \
                and verb.head.i != verb.i:
            # "sent a message of solidarity to New Zealand, expressing hope ...": the message's receiver
            datives = children(verb.head, {"dative"})
            found = merge(*(self._subtree_actors(p) for d in datives for p in children(d, {"pobj"})),
                          *(self.index.in_phrase(d) for d in datives if d.pos_ != "ADP"))
        return found

    def _accusers(self, tok: Token) -> list[Actor]:
        """Who made the charge a denial answers, where the charge noun names them (session 17):
        "the accusations made by Human Rights Watch were denied" (the agent of a participle on the
        charge), "accused Chile of spying, a charge the government rejected" (the subject of the
        accusing verb the charge noun sums up)."""
        # ("said ... and denied that its fighters had looted warehouses, accusations documented by U.N.
        # agencies": the parser may hang the summing noun on the verb of saying above the denial)
        heads = [tok] + [h for h in (tok.head, tok.head.head) if h.i != tok.i and h.pos_ in ("VERB", "AUX")]
        charges = children(tok, {"dobj", "nsubjpass"}) + ([tok.head] if tok.dep_ == "relcl" else []) + [
            n for h in heads for n in children(h, {"npadvmod", "appos", "dep", "dobj"})
            if n.i > tok.i and n.lemma_.lower() in CHARGE_HEADS]
        found: list[Actor] = []
        for charge in charges:
            # ("allegations by Amnesty that ... were rejected": the passive charge's own "by" phrase)
            found = merge(found, *(self.index.in_phrase(p, loose=False) for p in prep_objects(charge, _ACCUSER_PREPS)))
            for acl in children(charge, {"acl"}):
                found = merge(found, *(self.index.in_phrase(p, loose=False) for a in children(acl, {"agent"})
                                       for p in children(a, {"pobj"})))
            if not found and tok.dep_ == "relcl" and charge.dep_ in ("npadvmod", "appos", "dobj") \
                    and charge.head.lemma_.lower() in _ACCUSING:
                found = merge(*(self.index.in_phrase(s) for s in children(charge.head, SUBJ)))
        return found

    @staticmethod
    def claimed_act(cand: Candidate, events: list[Candidate]) -> Candidate | None:
        """For a bare "claimed that ..." (no "responsibility"), the violent act the clause tells
        ("claimed that they had attacked the airport"), or None."""
        if cand.cameo != "015" or cand.trigger.word is not None:
            return None
        clause = {t.i for c in children(cand.token, {"ccomp"}) for t in c.subtree}
        return next((e for e in events if e.token.i in clause and _violent(e.cameo) and _own_act(cand, e)), None)

    def _aimed_at(self, act: Token) -> list[Actor]:
        """The party a considered act would reach: its "to"/"for" phrase or the object of a purpose
        ("sending aid to help North Korea cope"), looked for in the act's own phrase."""
        found: list[Actor] = []
        for preps in (("to", "for"), ("against", "on", "from")):
            # (the recipient first; else whom the act is aimed at or taken from: "imposing tariffs
            # on Chinese steel", "buying gas from Mozambique")
            for t in act.subtree:
                if t.dep_ == "prep" and t.lower_ in preps or t.dep_ == "dative" and "to" in preps:
                    for p in ([t] if t.dep_ == "dative" else children(t, {"pobj"})):
                        found = merge(found, self.index.in_phrase(p))
            if found:
                break
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
        event = to_event(cand, sid, date)
        event.type, event.mode, event.context, event.plover_score = STATEMENT_TYPE, None, [], None
        out.append(event)
    return out


def _own_act(claim: Candidate, act: Candidate) -> bool:
    """Whether the claimed act is the claimer's own: its doer is a pronoun ("claimed that they
    had attacked") or shares a code with the claimer. "Tamim claimed Houthis have attacked
    journalists" is an accusation, not a claim of responsibility."""
    subjects = children(act.token, SUBJ)
    if any(t.pos_ == "PRON" for t in subjects):
        return True
    own = {a.code for a in claim.source if a.code}
    return bool(own & {a.code for a in act.source if a.code})


def _violent(cameo: str | None) -> bool:
    """Whether a CAMEO code is a violent act (18 assault, 19 fight, 20 mass violence)."""
    return (cameo or "")[:2] in ("18", "19", "20")


def settle_after_classifier(doc: Doc, statements: list[Event], coded: list[Event],
                            kept: list[Event]) -> list[Event]:
    """The statements that stand once the sentence classifier has kept or dropped the rules'
    events (``coded`` before it, ``kept`` after); the events are not touched.

    - A statement at a kept event's trigger word goes: the event is the news ("agreed with Iran
      on a deal"). Where the classifier dropped that event as no deed, the statement stands.
    - A claim of a violent act ("the Houthis claimed that they had attacked the airport of Abha")
      stands only where the act is not kept (a claim is no deed a reader can confirm: PentaClass
      0); then it is the record, CAMEO 015, aimed at whom the act hit, with the act's phrases.
      Where the attack stays an event, the claim is only its ``reported_by``.
    - A bare statement or comment (010) stands only in a sentence with no other record.
    """
    from .arguments import add_argument_spans

    kept_at = [(e.start, e.sentence) for e in kept]
    out = []
    for st in statements:
        if any(_at_trigger(doc, st, start) for start, _ in kept_at):
            continue
        act = _claimed_event(doc, st, coded) if st.cameo == "015" else None
        if act is not None:
            if any(start == act.start for start, _ in kept_at):
                continue
            drawn = copy.deepcopy(act)
            add_argument_spans(doc, [drawn])
            st.target_spans = _claimed_phrases(doc, act) or [list(r) for r in drawn.target_spans] or st.target_spans
        out.append(st)
    busy = {sid for _, sid in kept_at} | {s.sentence for s in out if s.cameo != "010"}
    return [s for s in out if s.cameo != "010" or s.sentence not in busy]


def _at_trigger(doc: Doc, st: Event, start: int) -> bool:
    """Whether an event whose trigger starts at ``start`` is the statement's own word, or the
    verb whose object it is ("expressed agreement": the event at "agreement" or "expressed")."""
    span = doc.char_span(st.start, st.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    heads = [tok] + ([tok.head] if tok.dep_ == "dobj" else [])
    return any(h.idx <= start < h.idx + len(h.text) for h in heads)


def _claimed_phrases(doc: Doc, act: Event) -> list[list[int]]:
    """The object phrases of a claimed attack's verb, one per conjunct ("attacked the Saudi
    airport of Abha and the Khamis Mushait military base"), or [] when it has none."""
    span = doc.char_span(act.start, act.end, alignment_mode="expand")
    if span is None or span.root.pos_ != "VERB":
        return []
    out = []
    for obj in children(span.root, {"dobj"}):
        # (a conjunct with its own determiner is an object of its own even where the parser hangs
        # it inside an "of" phrase: "the airport of Abha and the military base")
        heads = [obj, *obj.conjuncts] + [t for t in obj.subtree if t.dep_ == "conj" and t.head.i != obj.i
                                         and any(c.dep_ == "det" for c in t.children)]
        for head in heads:
            own = {x.i for x in head.subtree}
            cut = {t.i for h in heads if h.i != head.i and h.i in own for t in h.subtree}
            cut |= {t.i for c in head.children if c.dep_ in ("conj", "cc") for t in c.subtree}
            toks = [t for t in head.subtree if t.i not in cut]
            while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
                toks.pop()  # (the "and" before a conjunct cut off)
            if toks:
                out.append([toks[0].idx, toks[-1].idx + len(toks[-1].text)])
    return out


def _claimed_event(doc: Doc, st: Event, coded: list[Event]) -> Event | None:
    """The violent event told in the clause of a bare "claimed that ..." statement, or None."""
    span = doc.char_span(st.start, st.end, alignment_mode="expand")
    if span is None or span.root.lemma_.lower() != "claim":
        return None
    clause = [t for c in children(span.root, {"ccomp"}) for t in c.subtree]
    if not clause:
        return None
    lo, hi = min(t.idx for t in clause), max(t.idx + len(t.text) for t in clause)
    return next((e for e in coded if lo <= e.start < hi and e.type != STATEMENT_TYPE and _violent(e.cameo)), None)


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
        elif st.cameo == "010":
            # ("issued a statement saying ...": the statement itself is no target)
            st.target_spans = [r for r in st.target_spans if not r[0] <= st.start < r[1]]
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


_PLATFORMS = word_list("platforms")
# the prepositions that name the channel a message went out on ("on Twitter", "via Telegram")
_CHANNEL_PREPS = frozenset({"on", "via", "through", "over"})


def _platform(pobj: Token) -> bool:
    """Whether a prepositional object is the platform a message went out on ("said in a statement
    on Facebook", "commented on Twitter"): the medium, never the statement's target."""
    return pobj.head.lower_ in _CHANNEL_PREPS and (pobj.lemma_.lower() in _PLATFORMS or pobj.lower_ in _PLATFORMS)


def _prep_heads(head: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    """The objects of ``head``'s prepositions in ``preps``, a gerund clause included ("about
    bringing the standoff to an end"); "on behalf of" names whom one speaks for, not about."""
    return prep_objects(head, set(preps)) + [c for p in children(head, {"prep"}) if p.lower_ in preps
                                             for c in children(p, {"pcomp"})]


# how a word that only describes a noun hangs on it: "the Lebanon-based movement", "Iranian-backed"
_DESCRIBING = frozenset({"amod", "compound", "npadvmod", "nmod"})


def _without_descriptors(doc: Doc, actors: list[Actor]) -> list[Actor]:
    """The speakers without those that only describe another speaker's noun ("the Lebanon-based
    Hezbollah movement claimed": Lebanon is where the movement sits, not a second claimer).

    Why: the actors stage finds every name, including a place in a modifier of the subject; a
    statement is spoken by the head of the phrase, never by a word that locates or qualifies it."""
    if len(actors) < 2:
        return actors
    heads = {}
    for a in actors:
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is not None:
            heads[id(a)] = span.root
    out = []
    for a in actors:
        root = heads.get(id(a))
        described = False
        if root is not None and root.dep_ in _DESCRIBING:
            up = root.head
            for _ in range(3):  # "Lebanon" -> "based" -> "movement"
                if any(b is not a and heads.get(id(b)) is not None and heads[id(b)].i == up.i for b in actors):
                    described = True
                    break
                if up.dep_ not in _DESCRIBING or up.head.i == up.i:
                    break
                up = up.head
        if not described:
            out.append(a)
    return out


def _pronoun(doc, actor: Actor) -> bool:
    """Whether the actor is named by a pronoun ("it", "they"), resolved or not."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return actor.kind == "pronoun" or (span is not None and len(span) == 1 and span[0].pos_ == "PRON")


def _saying_verb(noun: Token) -> Token | None:
    """The verb of saying or sending whose object the noun is ("expressed (his deep) concern",
    "sent a condolence message", "expressed concern and condolences"), or None."""
    cur = noun
    if noun.lemma_.lower() == "statement" and noun.dep_ == "pobj" and noun.head.lower_ == "in" \
            and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head  # "said in a statement", "in a statement, the ministry said"
    if cur.dep_ == "compound":
        cur = cur.head
    elif cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in _MESSAGES:
        cur = cur.head.head  # "sent a message of condolence", "conveyed words of sympathy"
    while cur.dep_ == "conj":
        cur = cur.head
    if cur.dep_ in ("dobj", "nsubjpass") and cur.head.lemma_.lower() in _SAYING_VERBS:
        return cur.head
    return None


# the bare statements that count only from a political speaker ("commented on", "issued a
# statement", "declined to comment"): an athlete's or a singer's comment is no political event
_POLITICAL_SPEAKER_CODES = frozenset({"010", "011"})


# claims and denials (015, 016) answer for a deed or a charge, whoever makes them
_CHARGE_CODES = frozenset({"015", "016"})


def _political(actor: Actor) -> bool:
    """Whether the actor can speak for a polity: a state named as such, a body with a sector (a
    ministry, an army, rebels; a civilian only with a country) or an organisation's code (IGO,
    NGO, MNC). A person coded with a country only ("USA": a private citizen), a civilian of no
    state (a singer, an athlete) or no code at all is no such speaker."""
    if actor.sector and actor.sector != "CVL":
        return True  # ("a Republican assemblywoman": a lawmaker whose state is not told)
    if not actor.code:
        return False
    return bool(actor.sector) or actor.country in NON_STATE_CODES or actor.code[:3] in NON_STATE_CODES \
        or actor.kind == "country"


def _public_voice(tok: Token) -> bool:
    """Whether the statement's subject phrase names a public office ("Senator X said in a
    statement", "the governor's office declined to comment"): an official voice whose actor the
    coder could not resolve."""
    offices = word_list("public_voices")
    return any(t.lemma_.lower() in offices for s in _statement_subjects(tok) for t in s.subtree)


def _press(actor: Actor) -> bool:
    """A news outlet or reporter (sector JRN or MED)."""
    return actor.sector in ("JRN", "MED")


def _private_voice(tok: Token) -> bool:
    """Whether the statement's subject phrase names a trade outside public life ("the singer",
    "tennis star Naomi Osaka", "the striker said he was optimistic"): an artist's or an athlete's
    feelings and remarks are no political statement, whatever they are about. Judged on the
    words, since such people are coded as private persons or not at all."""
    trades = word_list("private_trades")
    subjects = _statement_subjects(tok)
    if not subjects and tok.dep_ in ("acomp", "ccomp") and tok.head.i != tok.i:
        subjects = children(tok.head, SUBJ)
    if any(s.pos_ == "PRON" for s in subjects):
        # "the striker said he was optimistic": the pronoun is the one who speaks
        said = tok.head if tok.dep_ == "acomp" else tok
        while said.dep_ != "ccomp" and said.head.i != said.i:
            said = said.head
        subjects = subjects + children(said.head, SUBJ) if said.dep_ == "ccomp" else subjects
    return any(t.lemma_.lower() in trades for s in subjects for t in s.subtree)


def _statement_head(tok: Token) -> Token:
    """The word whose subject makes the statement: the saying verb of a noun ("expressed
    concern"), the copula of an adjective ("were optimistic"), else the word itself."""
    verb = _saying_verb(tok) if tok.pos_ in ("NOUN", "PROPN") else None
    return verb if verb is not None else tok.head if tok.dep_ == "acomp" else tok


def _statement_subjects(tok: Token) -> list[Token]:
    """The grammatical subjects of the statement's clause (:func:`_statement_head`), climbing
    through verbs that share their head's subject ("declined to comment")."""
    head = _statement_head(tok)
    for _ in range(4):
        subjects = children(head, SUBJ | {"nsubjpass"})
        if subjects or head.dep_ not in ("xcomp", "conj") or head.head.i == head.i:
            return subjects
        head = head.head
    return []


def _speaker_may_own(tok: Token) -> bool:
    """Whether a statement told in another's words may be the teller's own: only where its
    clause's subject is a pronoun ("the agency said it is skeptical") or missing. A noun subject
    that is no actor is still the one who speaks or feels: "the judge said the parents had
    accepted responsibility", "according to the paper, farmers were concerned" (the teller and
    the medium only report). A passive subject is what is acted on, never the one acting
    ("ordered that flags be flown at half-staff"), so it does not count."""
    subjects = [s for s in _statement_subjects(tok) if s.dep_ != "nsubjpass"]
    return not subjects or any(s.pos_ == "PRON" or _bare_body(s) for s in subjects)


# kinds of body a bare "the X" names when it points back at the speaker's own
_BODIES = frozenset({"group", "movement", "organisation", "organization", "militia", "party", "government",
                     "ministry", "army", "military", "company", "alliance", "administration", "force"})


def _bare_body(subj: Token) -> bool:
    """Whether a subject is a bare "the group", "the movement" (no name, no modifier): in "an RSF
    adviser said the group had denied ..." it is the speaker's own body, as a pronoun would be
    (session 17)."""
    return subj.pos_ == "NOUN" and subj.lemma_.lower() in _BODIES \
        and [c.lower_ for c in subj.children] == ["the"]


# subjects that name no one: "no group has claimed responsibility", "nobody denied it"
_NO_ONE = frozenset({"nobody", "none", "no-one"})


def _no_one_speaks(tok: Token) -> bool:
    """Whether the subject of the statement (or of its saying verb) is a negative quantifier, so
    no one makes it ("No group has claimed responsibility", "no one expressed concern")."""
    for subj in children(_statement_head(tok), SUBJ | {"nsubjpass"}):
        if subj.lower_ in _NO_ONE or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children) \
                or subj.lower_ == "one" and any(c.lower_ == "no" for c in subj.children):
            return True
    return False


# what makes an act a symbol of mourning or respect (CAMEO 017)
_SYMBOLS = frozenset({"silence", "mourning", "wreath", "wreaths", "flower", "flowers", "wreath-laying"})
# the parts of a symbolic act's verb that hold the symbol (not its subject or another clause)
_SYMBOL_DEPS = frozenset({"dobj", "nsubjpass", "oprd", "prep", "npadvmod", "attr", "advmod"})


def _symbol_in(verb: Token) -> bool:
    """Whether the verb's object or adjuncts name a symbol of mourning or respect: a wreath or
    flowers laid, a silence kept, a day of mourning, flags at half-mast or half-staff."""
    for child in verb.children:
        if child.dep_ not in _SYMBOL_DEPS:
            continue
        words = [t.lower_ for t in child.subtree]
        if any(w in _SYMBOLS for w in words):
            return True
        if any(w in ("half-mast", "half-staff") for w in words) or "half" in words and ("mast" in words
                                                                                   or "staff" in words):
            return True
    return False


def _negated(tok: Token) -> bool:
    """Whether the verb itself is negated ("would not comment")."""
    return any(c.dep_ == "neg" for c in tok.children)


# what a wish of sympathy hopes for: the victims' recovery, not an outcome of policy
_RECOVERY = frozenset({"recover", "heal", "recovery", "healing", "recuperate", "recuperation"})
# what a message of sympathy carries ("a message of solidarity", "a letter of condolence")
_SYMPATHIES = frozenset({"solidarity", "sympathy", "condolence", "condolences", "compassion"})


def _sympathetic_hope(tok: Token) -> bool:
    """Whether a hope is a wish for the victims' recovery, or is voiced in a message of
    solidarity or sympathy ("sent a message of solidarity, expressing hope that the injured
    would recover", "hope for a speedy recovery").

    Why: CAMEO codes such words as an empathetic comment (018), not as optimism about an outcome
    (013); the word "hope" alone said which, and coded condolences as optimism."""
    clause = _hoped_clause(tok)
    if clause is not None and clause.lemma_.lower() in _RECOVERY:
        return True
    if any(o.lemma_.lower() in _RECOVERY for o in prep_objects(tok, {"for"})):
        return True
    verb = _saying_verb(tok)
    if verb is None or verb.dep_ not in ("advcl", "conj") or verb.head.i == verb.i:
        return False
    sent = verb.head  # "sent a message of solidarity ..., expressing hope"
    return any(o.lemma_.lower() in _MESSAGES and any(p.lemma_.lower() in _SYMPATHIES or p.lower_ in _SYMPATHIES
                                                     for p in prep_objects(o, {"of"}))
               or o.lemma_.lower() in _SYMPATHIES
               for o in children(sent, {"dobj"}))


def _hoped_clause(tok: Token) -> Token | None:
    """The clause a hope is about ("hoped that X would", "voiced hope that X will")."""
    return next(iter(children(tok, {"ccomp", "acl"})), None)


def _old_hope(verb: Token) -> bool:
    """Whether "hope" is in the past perfect ("Supporters had hoped she would build on that
    result"): a hope held before the news, told as background and mostly dashed, which no one voices
    now (session 20 W1). "Hasina said she hoped the questions would be settled" stays optimism (013)."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _stated(tok: Token, trig: Trigger) -> bool:
    """Whether the word is used as a statement: a noun of feeling as the object of a saying
    verb, "hope" with a that-clause, "consider" with an act considered, a denial of a charge."""
    lemma = tok.lemma_.lower()
    if trig.cameo in ("011", "016") and withheld_or_disputed(tok) == trig.cameo:
        return True  # "declined to name the diplomat", "rejected that view": the event coder's own test
    if trig.cameo == "016" and trig.word is None and figures_disputed(tok):
        return True  # (session 20 X2) "dismissed those figures as speculation": numbers others gave, denied
    if trig.word is None and trig.cameo in ("011", "016") and lemma in _WORDS_REFUSED:
        return False  # (the session 17 rows count only there), so the word is a statement where it is no event
    if trig.cameo == "011" and lemma == "comment":
        # "said he had no comment", "offered no comment"
        return tok.pos_ == "NOUN" and _saying_verb(tok) is not None \
            and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
    if trig.nominal:
        if _saying_verb(tok) is None:
            return False
        if trig.cameo == "019":
            return voiced_agreement(tok)  # "expressed agreement with Peru's stance", not "made an agreement"
        return lemma != "hope" or _hoped_clause(tok) is not None
    if lemma in ("hope", "hop"):
        return tok.lower_.startswith("hope") and any(c.dep_ == "ccomp" for c in tok.children) \
            and not _old_hope(tok)
    if trig.cameo == "019" and trig.word is not None:
        return lemma == "share"  # "shared the view of Norway", "shared the view that ..."
    if trig.cameo == "019":
        # "said they agree with X", "agrees with Hungary that ...": accord with a party or a view;
        # "agreed to", "agreed on a deal" are AGREE events; the event coder's own test
        # (``event_stances.accord_only``), so a word is an event or a statement, never both
        return accord_only(tok)
    if trig.cameo == "014" and trig.word is None and _judged(tok):
        return False  # "considered the strikes a provocation", "considers the sanctions as interference"
    if trig.cameo == "014" and trig.word is None and any(
            (v := considered_option(o)) is not None and v.i == tok.i
            for o in children(tok, {"dobj"}) + prep_objects(tok, {"over"}) if o.pos_ == "NOUN" and _act_noun(o)):
        return True  # "is weighing sanctions against Belarus", "mulling over new sanctions"
    if trig.cameo == "014" and trig.word is None and any(
            (v := weighed_plan(a)) is not None and v.i == tok.i for o in children(tok, {"dobj"})
            for a in [*children(o, {"acl"}), *(c for p in children(o, {"prep"}) for c in children(p, {"pcomp"}))]):
        return True  # "is studying a plan to expel diplomats", "considering the possibility of providing"
    if trig.cameo == "014" and trig.word is None:
        # "is considering sending aid", "considered sanctions": an option weighed, not a person
        # considered a suspect or a matter taken under review
        return any(c.dep_ == "xcomp" and _act_verb(c) or c.dep_ == "dobj" and c.tag_ == "VBG" for c in tok.children) \
            and not any(c.dep_ in ("nsubjpass", "oprd", "ccomp") for c in tok.children)
    if trig.cameo == "017":
        # a symbolic act: "laid a wreath", "observed a minute of silence", "lowered flags to
        # half-mast", "declared a day of mourning"; the verb alone ("held a meeting") is no symbol
        return _symbol_in(tok)
    if trig.cameo == "010":
        # "commented on the figures"; "would not comment" (made 011 by ``statement_candidates``)
        return bool(prep_objects(tok, {"on"})) or _negated(tok)
    if trig.cameo == "015" and trig.word is None and lemma != "claim":
        return owned_deed_of(tok) is not None  # "said it was behind the kidnapping"
    if trig.cameo == "015" and trig.word is None:
        # "claimed that they had attacked ...": only with a clause (its act is checked when settled)
        return any(c.dep_ == "ccomp" for c in tok.children)
    if trig.cameo == "016":
        # a charge or report denied ("denied the accusations"), or a that-clause ("denied that ...")
        return no_comment(tok) and (trig.word is not None or any(c.dep_ == "ccomp" for c in tok.children)
                                    or denial_of_claim(tok) or _relative_denial(tok)) \
            and not _right_withheld(tok)
    if trig.cameo in _FEELINGS and tok.pos_ == "ADJ":
        return tok.dep_ in ("acomp", "ROOT")
    return True


# verbs that make a charge, one of which a "which X deny(s)" clause may hang under
_CHARGING = frozenset({"accuse", "charge", "allege", "blame", "suspect"})


def _relative_denial(verb: Token) -> bool:
    """"accused Bamako of hiring mercenaries, which the authorities deny": a relative clause whose
    object is "which" and that hangs (at any depth) under a charging verb denies that charge (016).

    Why: the denied charge is the clause's antecedent, never the verb's own object, so the
    object test above misses it; "sold the factory, which the workers deny" makes no charge."""
    return _charge_denied(verb) is not None


def _charge_denied(verb: Token) -> Token | None:
    """The charging verb a "which X deny(s)" relative clause answers (see :func:`_relative_denial`)."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "dobj" and c.lower_ == "which" for c in verb.children):
        return None
    return next((a for a in verb.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in _CHARGING), None)


# verbs whose charge a following noun sums up ("accused X of spying, a charge ...")
_ACCUSING = frozenset({"accuse", "charge", "blame", "allege", "claim", "criticize", "criticise", "say"})
# the refusing and naming verbs of the (session 17) generic 011/016 rows, read through ``withheld_or_disputed``
_WORDS_REFUSED = frozenset({"decline", "refuse", "reject", "dismiss", "dispute", "rebut", "contest", "call", "brand",
                            "label", "describe", "dub"})


def _judged(verb: Token) -> bool:
    """Whether "consider" judges its object as something rather than weighing an option: a second
    object or predicate ("considered the strikes a provocation", "considers the move illegal"),
    an "as" phrase ("considers the sanctions as interference"), or an object clause with its own
    subject ("considers Iran to be a threat"). A judgment is no policy option (CAMEO 014)."""
    objects = children(verb, {"dobj"})
    if len(objects) > 1 or children(verb, {"oprd"}):
        return True
    if any(p.lower_ == "as" for h in [verb, *objects] for p in children(h, {"prep"})):
        return True
    return any(c.dep_ in ("ccomp", "xcomp") and children(c, SUBJ) for c in verb.children)


def _act_verb(clause: Token) -> bool:
    """Whether a "consider" complement is an act weighed ("considering sending aid", "to
    expel"): a verb other than a copula. "considered him (to be) a threat", "considered it
    necessary" judge a state of affairs."""
    return clause.pos_ == "VERB" and clause.lemma_.lower() != "be"


def _right_withheld(verb: Token) -> bool:
    """Whether "deny" withholds a right, a status or access rather than denying a charge:
    "denied citizenship to the Rohingya", "denied asylum claims by migrants", "denying them
    entry" (the parser may make "them entry" a clause). That is a refusal, not CAMEO 016."""
    rights = word_list("denied_rights")
    objects = [o for d in children(verb, {"dobj"}) for o in (d, *d.conjuncts)]
    if any(o.lemma_.lower() in rights or any(c.dep_ == "compound" and c.lemma_.lower() in rights
                                             for c in o.children) for o in objects):
        return True
    # (a "clause" with no verb: "denying [the Rohingya citizenship]")
    return any(c.pos_ not in ("VERB", "AUX") and c.lemma_.lower() in rights for c in children(verb, {"ccomp"}))


def _act_noun(noun: Token) -> bool:
    """Whether the noun can name an act in the events lexicon ("sanctions", "strikes", "talks")."""
    return any(t.nominal and t.word is None and t.type not in ("SAY", "PASS", STATEMENT_TYPE)
               for t in lexicon().get(noun.lemma_.lower(), []))

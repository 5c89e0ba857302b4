"""What reported speech makes of an event: who reports it, and when its wording turns it into
a demand, a promise or a refusal.

Why apart: "Russia said Sudan must return the helicopter" is a demand by Russia, "said they
would meet" a promise, "is out of the question" a refusal; these rules read the speech verb, the
modal and the speaker, not the trigger's own arguments, so they sit beside the event coder
(``dyads.events``) as a mixin of its per-document class.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .event_conditions import _guessed
from .event_modality import HYPO_MARK as _HYPO_MARK, WISH as _WISH, Candidate
from .event_negation import any_answered
from .event_nominal import NominalArgs
from .event_roles import PASS_SUBJ as _PASS_SUBJ, SUBJ as _SUBJ, children as _children, verb_of as _verb_of
from .event_subjects import FIRST_PERSON, SPEECH
from .model import Actor
from .quote_spans import OPENERS as QUOTE_OPENERS
from .quotes import contrasted
from .triggers import (
    APPEAL_CODE as _APPEAL_CODE, REJECT_CODE as _REJECT_CODE, REQUEST_CODE as _REQUEST_CODE,
    WARNED_MEASURE_CODE as _WARNED_MEASURES, Trigger,
)

__all__ = ["ReportedSpeech", "duty"]


# "must end", "should stop": verbs by which a speaker asks that an ongoing act be brought to an end
_HALTS = {"end", "stop", "cease", "halt"}
# auxiliaries that lay a duty on the subject ("must leave", "should stop")
_DUTY_AUX = frozenset({"must", "should"})
# what asking to halt each kind of act is in CAMEO: de-escalation (1056), easing of sanctions
# (1054), of repression (105) or of dissent (1052); all PLOVER REQUEST
_HALTED_CODE = {"ASSAULT": ("1056", "yield"), "MOBILIZE": ("1056", "yield"), "SANCTION": ("1054", "yield"),
                "COERCE": ("105", "yield"), "PROTEST": ("1052", "yield")}
# what opens a quoted order: a quotation mark or the colon before it ('said: "Let him go."')
_OPENERS = QUOTE_OPENERS | {"'", ":"}
# words addressed to a party ("his message to Moscow"), whose "to" names who is asked
_MESSAGES = {"message", "appeal", "plea", "word", "call", "demand"}
# verbs by which a party wants another to act ("wants him to resign")
_WANTING = {"want", "wish"}
# sectors that speak for the state itself: their "Britain must leave" is the state's own intent
_STATE_VOICES = {None, "GOV", "MIL"}


# (told_threats) verbs of striking back, with a pronoun subject: "said it would respond"
_RETALIATING = frozenset({"respond", "react", "retaliate", "reciprocate"})
# what one responds to without threatening anyone ("would respond to questions")
_ANSWERED = frozenset({"question", "query", "letter", "request", "call", "message", "invitation", "inquiry",
                       "email", "need", "crisis", "disaster", "emergency", "outbreak", "pandemic", "appeal",
                       "concern", "comment", "criticism", "report", "survey", "treatment", "vaccine"})
_OWN_PRONOUNS = frozenset({"it", "we", "they"})
# fighting taken up again: "the offensive would resume", "strikes will intensify"
_RESUMED = frozenset({"resume", "intensify", "expand", "escalate", "restart"})
_FIGHTING = frozenset({"campaign", "offensive", "operation", "strike", "airstrike", "attack", "bombardment",
                       "fighting", "war", "assault", "shelling", "bombing", "hostility", "raid"})
# speakers who can carry out fighting: a government, an army, rebels or insurgents (or a state)
_ARMED_VOICES = frozenset({"GOV", "MIL", "REB", "INS", "UAF", "SPY"})
_PLEDGING = frozenset({"will", "would", "'ll", "shall", "wo"})
# verbs of breaking a law, ban or resolution: said of another party, a charge against it
_BREACHING = frozenset({"violate", "flout", "breach", "contravene", "defy"})


def _pledged(clause: Token) -> bool:
    """Whether a clause is told as one's coming act: "will/would" and no negation, no condition
    ("if attacked, it would respond" still counts: the condition is the other side's move)."""
    aux = [c.lower_ for c in clause.children if c.dep_ == "aux"]
    return any(a in _PLEDGING for a in aux) and not any(c.dep_ == "neg" for c in clause.children) \
        and not any(c.dep_ == "mark" and c.lower_ in ("whether",) for c in clause.children)


def _price_paid(clause: Token) -> bool:
    """Whether a clause says its subject will "pay a (heavy) price" or "pay dearly": told by
    another party of the one who will pay, the phrase is a warning of punishment (a threat)."""
    return clause.lemma_.lower() == "pay" and any(
        (c.dep_ == "dobj" and c.lemma_.lower() == "price" and not any(m.tag_ in ("JJR", "JJS", "CD") for m in c.children))
        or (c.dep_ == "advmod" and c.lower_ == "dearly") for c in clause.children)  # (not "a higher price for fuel")


def _prep_objs(verb: Token, prep: str) -> list[Token]:
    """The objects of the verb's ``prep`` phrases ("respond to the expulsions")."""
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ == prep for o in p.children if o.dep_ == "pobj"]


def _own_tense(clause: Token) -> bool:
    """Whether an adverbial clause carries its own subject and past tense ("days after the EU voted
    to impose tariffs"): its time is its own, so the "would" of the clause it hangs on (a promise
    told by the speaker) does not make its act a future one."""
    if clause.dep_ != "advcl" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    # (session 34) "would not return because Milei had ignored the demand", "... because he was
    # expelled": a past perfect or a past passive is a past tense of the clause's own as well
    return clause.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" and c.lower_ != "did"
                                       for c in clause.children)


# the kinds of act a participle of saying performs ("accusing", "urging", "blaming")
_TELLING_TYPES = frozenset({"ACCUSE", "REQUEST"})
# participles of saying whose clause is part of the telling ("condemning Moscow for the attack")
_TELLING_VERBS = frozenset({"accuse", "blame", "condemn", "denounce", "criticise", "criticize", "cite", "urge",
                            "call", "say", "warn", "charge", "describe"})


def _telling_participle(clause: Token, cand: Candidate) -> bool:
    """Whether ``clause`` is a participle of saying set off by a comma after a reported clause
    ("told the bloc it would not extend the mandate, accusing the force of failing"). Why: the
    accusation or appeal is made in the telling itself, at the time of the reporting verb; the
    parser hangs it on the reported clause, whose "would" belongs to the act told, not to it."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.i > 0 \
        and clause.doc[clause.i - 1].text == "," and (
            clause.lemma_.lower() in _TELLING_VERBS
            or (cand.type in _TELLING_TYPES and cand.trigger.verbal and clause.i == cand.token.i))


def _pending_step(duty: Token) -> bool:
    """Whether a "must" clause is passive and marked "still" or "yet" ("the agreement must still be
    ratified by each member"). Why: it tells a step that remains in a procedure, not a call by the
    speaker on anyone; "those responsible must be punished" (no "still") stays a demand."""
    return any(c.dep_ == "auxpass" for c in duty.children) \
        and any(c.dep_ == "advmod" and c.lower_ in ("still", "yet") for c in duty.children)


class ReportedSpeech(NominalArgs):
    """Reads an event in reported speech; the event coder supplies ``clause_depth``."""

    clause_depth: Callable[[Token], float]

    def bare_demands(self, said: dict[int, Actor | None], cands: list[Candidate]) -> list[Candidate]:
        """"HRW said the authorities must ensure security": an obligation laid on another party in
        reported speech is a demand (CAMEO 10) even when the required act is no trigger word."""
        out = []
        triggers = {c.token.i for c in cands}
        covered = triggers | {v.i for c in cands if (v := _verb_of(c.token)) is not None}
        for say_i, speaker in said.items():
            if speaker is None:
                continue
            for clause in _children(self.doc[say_i], {"ccomp"}):
                must = any(c.dep_ == "aux" and c.lower_ == "must" for c in clause.children)
                if clause.i in covered and (must or clause.i in triggers) \
                        or not (must or _obliged_to(clause, covered)):
                    # ("had to ..., while X described ...": an act hung below "had" leaves the duty)
                    continue
                subj = _children(clause, _SUBJ | _PASS_SUBJ)
                if any(c.lower_ in FIRST_PERSON and c.pos_ == "PRON" for c in subj):  # not "the US"
                    continue  # "we must do more": a pledge of one's own side, not a demand
                # the obliged party is the subject itself, not a people named inside it
                # ("the repression of the Chilean people must end")
                obliged = [a for a in self.subject(clause) if a is not speaker and a.text != speaker.text
                           and any(a.start <= s.idx < a.end for s in subj)]
                if not must:
                    # "said residents had to flee": a plain "had to" also tells a hardship; only a
                    # state or its government is held to a duty that way
                    obliged = [a for a in obliged if a.code and a.sector in (None, "", "GOV")]
                if not obliged:
                    continue  # "people must know that ...": a maxim, with no party to demand it of
                if _own_state(speaker, obliged):
                    continue  # "the minister said Britain must leave the EU": his own state's intent, no demand
                trig = Trigger("must", clause.lemma_, None, True, False, "REQUEST", None, "100", (), "std")
                cand = Candidate(clause, trig, "REQUEST", None, "100", [], source=[speaker], target=obliged)
                cand.depth = self.clause_depth(clause)
                cand.date = self.when(clause, False)
                out.append(cand)
        return out + self.told_threats(said, cands) + self.spoken_orders(said, cands)

    def spoken_orders(self, said: dict[int, Actor | None], cands: list[Candidate]) -> list[Candidate]:
        """'Biden said: "Let him go."': an act quoted in the imperative (a bare verb with no subject
        opening the reported clause) is the speaker's call for it (CAMEO 02x, PLOVER REQUEST; an
        appeal, which the classifier's "nothing but talk" verdict does not drop), made
        of the one the words are addressed to ("told Moscow", "his message to Moscow"), though no verb
        of asking is used; the act itself is not done, so its own record is dropped. Called by
        ``bare_demands`` (one pass over the speech verbs of a sentence)."""
        out = []
        for cand in cands:
            tok = cand.token
            if cand.absorbed or cand.negated or not cand.trigger.verbal or cand.type not in _REQUEST_CODE \
                    or tok.tag_ != "VB" or tok.dep_ not in ("ccomp", "xcomp") or said.get(tok.head.i) is None:
                continue
            if _children(tok, _SUBJ | _PASS_SUBJ | {"aux", "auxpass", "mark", "neg"}) or any(t.i < tok.i and not t.is_punct for t in tok.subtree) \
                    or (tok.i > tok.sent.start and self.doc[tok.i - 1].text not in _OPENERS):
                continue  # "said to let him go", "said they let him go": no order in the speaker's own words
            speaker = said[tok.head.i]
            say = tok.head
            heard = _children(say, {"dobj", "dative"}) + _prep_objs(say, "to")
            heard += [o for t in tok.sent if t.pos_ == "NOUN" and t.lemma_.lower() in _MESSAGES
                      for o in _prep_objs(t, "to")]
            target = [a for h in heard for a in self.index.in_phrase(h) if a is not speaker and a.text != speaker.text]
            # ("Let him go": a call for a release is CAMEO 0253)
            code, mode = "0253" if cand.cameo == "0841" else _APPEAL_CODE.get(cand.type, "020"), None
            trig = Trigger(tok.lemma_, tok.lemma_.lower(), None, True, False, "REQUEST", mode, code, (), "std")
            order = Candidate(tok, trig, "REQUEST", mode, code, [], source=[speaker], target=target)
            order.depth = cand.depth
            order.date = cand.date
            cand.absorbed = True
            out.append(order)
        return out

    def told_threats(self, said: dict[int, Actor | None], cands: list[Candidate]) -> list[Candidate]:
        """"the ministry said it would respond", "his office said the military campaign would resume":
        a party that tells of its own retaliation or of fighting taken up again threatens (CAMEO 130,
        138), though neither verb is a trigger word. Called by ``bare_demands`` (one pass over the
        speech verbs of a sentence).

        Only a "will/would" clause that is not negated and not a condition counts, and only its
        subject is the threatening side: a pronoun (the speaker), or a side's fighting ("the
        offensive would resume") told by a state, an army or an armed group; an onlooker's "the war
        will continue" is a forecast, and "would respond to questions" answers nobody's move."""
        out = []
        own = {c.token.i for c in cands}  # ("respond to the expulsion": the noun's verb is still free)
        for say_i, speaker in said.items():
            if speaker is None or self.doc[say_i].lemma_.lower() in ("warn", "caution", "threaten"):
                continue  # ("warned that it would respond" is a THREATEN trigger already)
            for clause in _children(self.doc[say_i], {"ccomp"}):
                verb = clause.lemma_.lower()
                if clause.i in own or clause.pos_ != "VERB" or not _pledged(clause):
                    continue
                subj = _children(clause, _SUBJ)
                if verb in _RETALIATING and any(c.lower_ in _OWN_PRONOUNS for c in subj) and not any(
                        o.lemma_.lower() in _ANSWERED for o in _prep_objs(clause, "to")):
                    trig = Trigger(verb, verb, None, True, False, "THREATEN", None, "130", (), "std")
                    target = [a for o in _prep_objs(clause, "to") for a in self.index.in_phrase(o) if a is not speaker]
                elif verb in _RESUMED and any(s.lemma_.lower() in _FIGHTING for s in subj) \
                        and (speaker.sector in _ARMED_VOICES or speaker.kind == "country"):
                    trig = Trigger(verb, verb, None, True, False, "THREATEN", None, "138", (), "std")
                    fought = [c for c in cands if c.token in subj]
                    if any(c.type != "ASSAULT" for c in fought):
                        continue
                    for c in fought:
                        c.absorbed = True  # "the offensive would resume": the threat, no attack done yet
                    target = [a for c in fought for a in c.target if a is not speaker]
                elif _price_paid(clause) and not any(c.pos_ == "PRON" for c in subj):  # ("they would pay": whose?)
                    # "said Pyongyang would pay a price for it": the speaker threatens the payer
                    target = [a for a in self.subject(clause) if a is not speaker and a.text != speaker.text and a.country
                              and a.code != speaker.code]
                    if not target:
                        continue
                    trig = Trigger(verb, verb, None, True, False, "THREATEN", None, "130", (), "std")
                    paid_for = {t.i for v in (clause, *_children(clause, {"dobj"})) for o in _prep_objs(v, "for")
                                for t in o.subtree}
                    for c in cands:
                        if c.token.i in paid_for:
                            c.absorbed = True  # "for the attack": the deed answered, no act of the payer's
                else:
                    continue
                cand = Candidate(clause, trig, "THREATEN", None, trig.cameo, [], source=[speaker], target=target)
                cand.depth = self.clause_depth(clause)
                cand.date = self.when(clause, False)
                out.append(cand)
        return out

    def wanted_out(self, cands: list[Candidate]) -> list[Candidate]:
        """"the opposition wants the prime minister to resign": a party that wants another's leader
        to go demands a change of leadership (CAMEO 1041, PLOVER REQUEST) of that leader, as
        "called for him to resign" does; the resignation stays a hypothetical act beside it."""
        out = []
        for cand in cands:
            tok, want = cand.token, cand.token.head
            if cand.type != "RETREAT" or cand.mode != "resign" or not cand.trigger.verbal \
                    or tok.dep_ not in ("xcomp", "ccomp") or want.lemma_.lower() not in _WANTING \
                    or want.pos_ not in ("VERB", "AUX") or any(c.token.i == want.i for c in cands):
                continue
            if want.dep_ not in ("ROOT", "conj") and not (want.dep_ == "ccomp" and want.head.lemma_.lower() in SPEECH):
                continue  # "my conclusion is that his staff want him to resign": a guess at a wish, not a demand
            # "wants to resign" is one's own plan: the leader wanted out is another party
            outed = cand.source or [a for o in _children(want, {"dobj"}) for a in self.index.in_phrase(o)]
            wanter = [a for a in self.subject(want) if a not in outed]
            if not wanter or not outed or any(w.start <= o.start < w.end for w in wanter for o in outed):
                continue
            trig = Trigger(want.lemma_, want.lemma_, None, True, False, "REQUEST", "change", "1041", (), "std")
            req = Candidate(want, trig, "REQUEST", "change", "1041", [], source=wanter, target=list(outed))
            req.depth = self.clause_depth(want)
            req.date = self.when(want, False)
            out.append(req)
        return out

    def reporter(self, tok: Token, said: dict[int, Actor | None]) -> tuple[Actor | None, bool]:
        """Who says the event happened, and whether it sits in a speech complement at all."""
        for subj in _children(tok, _SUBJ):
            for acl in _children(subj, {"acl"}):
                if acl.i in said:  # "with officials reporting 150 soldiers killed": the parser's subject reports
                    return said[acl.i], True
        cur = tok
        for _ in range(12):
            head = cur.head
            if head.i == cur.i:
                break
            if head.i in said and cur.dep_ in ("ccomp", "xcomp", "conj", "dobj", "parataxis", "advcl"):
                if cur.dep_ == "conj" or contrasted(cur, head):
                    break  # "declared an emergency and later banned gatherings", "X denied it, however, a
                    # report concluded …": a clause beside the speech, told by the writer, not said
                if said[head.i] is None and _children(head, {"nsubj"}):
                    # (session 21) a named speaker who is no actor ("said a rider in Kasangati", "the
                    # party said") is still the quote's speaker, never a place in his phrase
                    return next((q.speaker for q in self.quotes if q.start <= tok.idx < q.end), None), True
                return self._quoted_speaker(tok, said[head.i]), True
            cur = head
        for q in self.quotes:
            if q.start <= tok.idx < q.end:
                return q.speaker, False
        return None, False

    def _quoted_speaker(self, tok: Token, speaker: Actor | None) -> Actor | None:
        """The speaker of a speech verb, unless the parser found it inside the direct quotation that
        holds the act ('"The only answer I see is that they quit," tweeted analyst Ann Berg': the
        verb's subject is quoted words, the quote's speaker is Berg)."""
        if speaker is None:
            return None
        for q in self.quotes:
            if q.direct and q.start <= tok.idx < q.end and q.start <= speaker.start < q.end:
                return q.speaker
        return speaker

    def unquoted_speaker(self, verb: Token, speaker: Actor) -> Actor:
        """The speaker of a speech verb outside a direct quotation whose found subject lies inside
        it ('"Taiwan is China," Vucic told a crowd, adding that ...': "adding" is Vucic's, never the
        quoted "Taiwan"): the quotation's speaker."""
        for q in self.quotes:
            if q.direct and q.speaker is not None and q.start <= speaker.start < q.end \
                    and not q.start <= verb.idx < q.end:
                return q.speaker
        return speaker

    def according_to(self, tok: Token) -> Actor | None:
        """The party named in "according to X" on the clause that holds the trigger, if any."""
        cur = tok
        for _ in range(6):
            for prep in _children(cur, {"prep"}):
                if prep.lower_ != "according":
                    continue
                for pobj in (p for to in _children(prep, {"prep"}) if to.lower_ == "to"
                             for p in _children(to, {"pobj"})):
                    found = self.index.in_phrase(pobj)
                    if found:
                        return found[0]
            if cur.head.i == cur.i:
                break
            cur = cur.head
        return None

    def ruled_out(self, cand: Candidate) -> bool:
        """"removing the sanctions is out of the question", said by US officials: an act declared
        impossible is refused (PLOVER REJECT) by whoever declares it, aimed at whoever the act
        would have touched."""
        tok = cand.token
        be = tok.head
        if tok.dep_ not in ("csubj", "nsubj", "nsubjpass") or be.lemma_ != "be" or cand.negated \
                or any(c.dep_ == "neg" for c in be.children) or cand.type in ("REJECT", "REQUEST"):
            return False
        if not any(out.lower_ == "out" and any(q.lower_ == "question" for of in out.children if of.lower_ == "of"
                                               for q in of.children) for out in be.children):
            return False
        code, mode = _REJECT_CODE.get(cand.type, ("120", None))
        touched = cand.source + cand.target
        cand.source = [cand.reported_by] if cand.reported_by else []
        cand.target = [a for a in touched if a not in cand.source and a.text != cand.source[0].text] \
            if cand.source else touched
        cand.type, cand.cameo, cand.mode = "REJECT", code, mode
        cand.future = cand.hypothetical = False
        return True

    def reported_modality(self, cand: Candidate) -> None:
        """"Russia said Sudan must return the helicopter" is a demand; "said they would meet" a promise."""
        if self.halt_demanded(cand) or self.breach_charged(cand):
            return
        verb = cand.token if cand.token.pos_ in ("VERB", "ADJ") else _verb_of(cand.token)
        if verb is None:
            return
        aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        if self.own_measure_warned(cand, verb, aux):
            return
        duty = verb
        while not aux & _DUTY_AUX and duty.head.i != duty.i and not _own_tense(duty) \
                and not _telling_participle(duty, cand) and (
                duty.dep_ in ("xcomp", "advcl", "acomp") or _shares_modal(duty)):
            # "must ensure security to allow supplies", "must ensure security and provide shelter",
            # "the EU must be ready to mediate": the obligation is the head's
            duty = duty.head
            aux = {c.lower_ for c in duty.children if c.dep_ == "aux"}
        if duty.i != verb.i and _required_acts(duty):
            aux = aux | {"must"}  # "said Egypt has to free them", "needs to lift its tariffs": as "must"
        if aux & _DUTY_AUX and _pending_step(duty):
            cand.absorbed = True  # "the pact must still be ratified by each member": a step ahead, no demand
            return
        if aux & _DUTY_AUX and any(c.lower_ in FIRST_PERSON and c.pos_ == "PRON"
                                            for c in _children(duty, _SUBJ)):
            # "we must provide shelter": a duty the speaker's own side takes on is its intent, no demand
            cand.future, cand.hypothetical = True, False
            return
        if aux & _DUTY_AUX and cand.type not in ("REQUEST", "REJECT", "THREATEN", "ACCUSE") \
                and cand.token.i != verb.i and duty.i == verb.i and not self.inherits(cand.token, verb):
            # "the council must answer for this attack": the demand is on the must-verb's subject;
            # the act named in its phrase already happened and is not what is asked
            speaker = cand.reported_by
            obliged = [a for a in self.subject(verb) if speaker is None or a is not speaker]
            if obliged and not (speaker is not None and speaker.country
                                and all(_same_side(speaker, a) for a in obliged)):
                # (but "Johnson said Britain must leave": a duty laid on one's own state is intent)
                cand.source = [cand.reported_by] if cand.reported_by else []
                cand.target = obliged
                cand.type, cand.cameo, cand.mode, cand.hypothetical = "REQUEST", "100", None, False
                cand.negated = False  # (session 20 X2) "should not hype up the drill": the demand was made
        elif aux & _DUTY_AUX and cand.type not in ("REQUEST", "REJECT", "THREATEN", "ACCUSE"):
            code, mode = _REQUEST_CODE.get(cand.type, ("100", None))
            obliged = cand.source if duty.i == verb.i else self.subject(duty) or cand.source
            speaker = cand.reported_by
            if speaker is not None and _own_state(speaker, [a for a in obliged if a is not speaker]):
                # "the minister said Britain must leave the EU": a duty laid on one's own state is intent
                cand.future, cand.hypothetical = True, False
                return
            cand.source = [cand.reported_by] if cand.reported_by else []
            cand.target = [a for a in obliged if a not in cand.source] or cand.target
            cand.type, cand.cameo, cand.mode, cand.hypothetical = "REQUEST", code, mode, False
            cand.future = False  # the demand is made now, even of readiness for a later act
            cand.negated = False  # (session 20 X2) "said Australia should not hype up ...": a demand made, to refrain
        elif "would" in aux and duty.i != verb.i and duty.lemma_.lower() in _WISH:
            cand.future, cand.hypothetical = False, True  # "would prefer to agree a solution": a wish, not a promise
        elif "would" in aux and _guessed(duty):
            # (session 20 W4) "diplomats said the issue would likely feature at a meeting": a forecast, no pledge
            cand.future, cand.hypothetical = False, True
        elif "would" in aux and not any_answered(cand.token) and not any(
            c.dep_ == "mark" and c.lower_ in _HYPO_MARK for t in (verb, verb.head) for c in t.children
        ):  # ("said it would respond to any new sanctions": the sanctions stay a mere prospect)
            cand.future, cand.hypothetical = True, False

    def own_measure_warned(self, cand: Candidate, verb: Token, aux: set[str]) -> bool:
        """(session 30) "Britain said it may close its embassy", "Russia could shut its mission, the
        ambassador said": a measure the speaker's own side says it could take is a warning
        (THREATEN 13x) to the party it would hit, not a sanction told as a mere possibility. A
        measure another party could take ("said Washington could cut aid") stays a forecast."""
        speaker = cand.reported_by
        if cand.type == "THREATEN" and (cand.trigger.head in WEIGHING or cand.trigger.type == "REQUEST") \
                and not cand.negated:
            # "said it would consider sanctions", "said she would ask the Kremlin to close the embassy
            # in Sofia" (``event_retyping.own_capital_asked``): warned now
            cand.future = cand.hypothetical = False
            return True
        if cand.type != "SANCTION" or cand.negated or not aux & _MAYBE_AUX or verb.i != cand.token.i \
                or speaker is None or not cand.source or _guessed(verb):
            return False
        if not all(a is speaker or a.text == speaker.text or (
                a.country and a.country == speaker.country and (
                    a.sector is None or speaker.sector is None or _same_side(speaker, a)))
                for a in cand.source):
            return False
        code, mode = _WARNED_MEASURES.get((cand.cameo or "")[:3], ("1313", "relations"))
        cand.type, cand.cameo, cand.mode = "THREATEN", code, mode
        cand.future = cand.hypothetical = False
        return True

    def breach_charged(self, cand: Candidate) -> bool:
        """"The State Department said the launch violated U.N. resolutions": a breach of law or
        resolutions that one party says another committed is its charge (ACCUSE 112) against the
        doer, told now by the speaker; the body whose rules were broken is no party to it, and the
        deed itself, told only in the speaker's words, is not coded as the doer's defiance."""
        tok, speaker = cand.token, cand.reported_by
        if speaker is None or cand.type != "REJECT" or cand.cameo != "128" or not cand.trigger.verbal \
                or tok.lemma_.lower() not in _BREACHING or tok.tag_ not in ("VBD", "VBN", "VBZ") \
                or cand.negated or cand.future or cand.hypothetical:
            return False
        if any(s.lower_ in FIRST_PERSON or s.pos_ == "PRON" for s in _children(tok, _SUBJ)) \
                or any(a is speaker or a.text == speaker.text or (a.code and a.code == speaker.code)
                       for a in cand.source):
            return False  # ("the rebels said they defied the curfew"): one's own breach, no charge against another
        if not cand.source and any(self.index.in_phrase(o) for o in _children(tok, {"dobj"})):
            # "said the launch violated U.N. resolutions", no doer named: the owner of the rules
            # would be taken as the accused, and the body is no party; the deed is left to the
            # sentence that tells it
            cand.absorbed = True
            return True
        cand.target = list(cand.source)
        cand.source = [speaker]
        cand.type, cand.cameo, cand.mode, cand.context = "ACCUSE", "112", "allege", []
        return True

    def halt_demanded(self, cand: Candidate) -> bool:
        """"The occupation must end", "the killings should stop", said by someone: a call on whoever
        does the act to stop it is a demand (CAMEO 105x) by the speaker, not the act itself."""
        tok, speaker, verb = cand.token, cand.reported_by, cand.token.head
        if speaker is None or tok.pos_ != "NOUN" or tok.dep_ not in _SUBJ \
                or verb.lemma_.lower() not in _HALTS or cand.type not in _HALTED_CODE \
                or not any(c.dep_ == "aux" and c.lower_ in _DUTY_AUX for c in verb.children) \
                or any(c.dep_ == "neg" for c in verb.children):
            return False
        doers = [a for a in cand.source if a is not speaker and a.text != speaker.text]
        cand.cameo, cand.mode = _HALTED_CODE[cand.type]
        cand.type, cand.source, cand.target = "REQUEST", [speaker], doers
        cand.negated = cand.future = cand.hypothetical = False
        return True

    def first_person(self, cand: Candidate) -> None:
        """"we support the dialogue" said by Putin: we = the speaker's side."""
        speaker = cand.reported_by
        if speaker is None:
            return
        if _speakers_act(cand.token) and all(a is speaker or a.text == speaker.text for a in cand.source):
            cand.source, cand.reported_by = [speaker], None  # "the prince said, praising Kuwait": his own act
            return
        verb = cand.token if cand.token.pos_ == "VERB" else _verb_of(cand.token)
        if verb is None or (verb.i != cand.token.i and not self.inherits(cand.token, verb)):
            return
        subj = _children(verb, _SUBJ)
        if subj and subj[0].lower_ in FIRST_PERSON and not cand.source:
            cand.source = [speaker]


# verbs of appeal a speaker makes in the same breath as a statement ("said ... and urged them to")
_APPEALS = {"urge", "appeal", "implore", "exhort", "call"}


def _speakers_act(tok: Token) -> bool:
    """Whether an act hung on a speech verb is done by the speaker, not reported: a subjectless
    participle beside the verb ("the prince said, praising the mediation") or an appeal the parser
    joined to the reported clause ("said the force remained essential and urged the leaders to
    return"; the force, subject of the first clause, makes no appeal). The speaker is its source."""
    if tok.head.i == tok.i or _children(tok, _SUBJ):
        return False
    head = tok.head
    if tok.dep_ == "advcl" and tok.tag_ == "VBG":
        return head.lemma_.lower() in SPEECH and any(c.dep_ == "punct" and c.text == "," and head.i < c.i < tok.i
                                                      for c in head.children)
    return tok.dep_ == "conj" and tok.tag_ == "VBD" and tok.lemma_.lower() in _APPEALS \
        and head.dep_ == "ccomp" and head.tag_ == "VBD" and bool(_children(head, _SUBJ)) \
        and head.head.lemma_.lower() in SPEECH and head.head.tag_ == "VBD"


def _shares_modal(verb: Token) -> bool:
    """Whether a coordinated verb stands under its first conjunct's modal ("must ensure security
    and provide shelter"): it has no subject or auxiliary of its own ("must leave and they will
    stay" lays no duty on the second clause). A past-tense verb after a bare one shares no modal
    ("said he would never give up and called on officials": the call was made)."""
    if verb.tag_ == "VBD" and verb.head.tag_ == "VB":
        return False
    return verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in _SUBJ or c.dep_ in ("aux", "auxpass") for c in verb.children)


# verbs of weighing a measure against another ("would consider sanctions"): a warning made when told
WEIGHING = frozenset({"consider", "weigh", "mull"})
# modals of a possibility: "could", "may", "might" (not "would": "would cap" is a measure announced)
_MAYBE_AUX = frozenset({"could", "may", "might"})


def _same_side(speaker: Actor, obliged: Actor) -> bool:
    """Whether a duty ``speaker`` lays on ``obliged`` is one its own side takes on. The country
    alone is not enough: an opposition party, rebels or a union telling their government what it
    must do make a demand (CAMEO 10x) of it, while a minister naming his state speaks for it."""
    if obliged.country != speaker.country:
        return False
    if obliged.sector == speaker.sector:
        return True
    return speaker.sector in _STATE_VOICES and obliged.sector in _STATE_VOICES


def _own_state(speaker: Actor, obliged: list[Actor]) -> bool:
    """Whether a state's own official lays a duty on the state itself ("the minister said Britain
    must leave"): that is the state's intent. "The government must ..." from a former premier or
    an opposition figure stays a demand, so only the bare state counts as obliged here."""
    return bool(obliged) and bool(speaker.country) and speaker.sector in ("GOV", "MIL") and all(
        a.country == speaker.country and a.sector is None for a in obliged)


def _required_acts(verb: Token) -> list[Token]:
    """The infinitives a "have to" or "need to" requires ("has to free", "needs to lift"); none when
    the verb is no such obligation or is negated ("does not need to"), or has an object ("needs
    aid"). In reported speech such a verb lays a duty as "must" does."""
    if verb.lemma_.lower() not in ("have", "need") or verb.pos_ != "VERB" or _children(verb, {"neg", "dobj"}):
        return []
    return [x for x in _children(verb, {"xcomp"}) if any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children)]


def duty(tok: Token) -> bool:
    """Whether the trigger's verb carries "must": an obligation, which someone has to lay."""
    verb = tok if tok.pos_ in ("VERB", "ADJ") else _verb_of(tok)
    if verb is not None and verb.dep_ == "acomp":
        verb = verb.head  # "must be ready to mediate": the modal sits on the copula
    return verb is not None and any(c.dep_ == "aux" and c.lower_ == "must" for c in verb.children)


# modals that lay a duty or give advice on the verb they govern ("must lift", "should sit down")
_OWED = frozenset({"must", "should"})


def duty_left(cand: Candidate) -> bool:
    """Whether a record still stands as an act its own verb says must or should be done once the
    speech readings are over (they turn another's words "Iran must free them" into a demand and a
    speaker's own "we must" into an intent). What is left is a term or duty the text states
    ("under the programme, the government must lift revenue", "Nauru must reach agreement before
    signing", "the treaty must still be ratified") or advice ('"The politicians should sit down"'):
    nothing done or promised. Why: judges called every such record in our fresh news "no event"
    (session 33)."""
    if not cand.hypothetical or cand.future or cand.type == "REQUEST":
        return False
    tok = cand.token
    verb = tok if tok.pos_ in ("VERB", "ADJ") else _verb_of(tok)
    if verb is not None and verb.dep_ == "acomp":
        verb = verb.head
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in _OWED for c in verb.children) \
        and not any(c.dep_ == "mark" and c.lower_ in _HYPO_MARK for c in verb.children)


# (session 46) Nouns of a settlement whose terms say what each side will do.
_SETTLEMENTS = frozenset({"deal", "agreement", "accord", "accords", "pact", "treaty", "arrangement",
                          "framework", "roadmap", "settlement", "ceasefire", "truce", "terms"})


def _settlement(o: Token, hypothetical: bool) -> bool:
    """Whether ``o`` names a settlement whose terms are no acts: a deal, accord, treaty ..., a named
    plan ("the Joint Comprehensive Plan of Action"), or any plan whose acts are told with "would"
    ("Under the plan, both armies would pull back": batch AQ's judges) rather than a side's own
    "will" ("under the disengagement plan, Israel will evacuate": its own pledge, PLOVER gold AGREE)."""
    words = [o, *(w for w in o.children if w.dep_ == "compound")]
    return any(w.lemma_.lower() in _SETTLEMENTS for w in words) \
        or o.lemma_.lower() == "plan" and (o.text[:1].isupper() or hypothetical)


def deal_term(cand: Candidate) -> bool:
    """(session 46, batches AR2 and AS) Whether a record is a term of a deal told as what a side will
    do "under" it ("Under the Joint Comprehensive Plan of Action, Iran will cut the number of its
    centrifuges", "Under the 297-page deal, the fighters are to hand over their weapons"): the deal's
    content, held by the signing, not an act or a promise of its own. Acts told as done under a deal
    ("under the deal, Russia released 20 prisoners") stay."""
    if not (cand.future or cand.hypothetical) or cand.negated:
        return False
    tok = cand.token
    verb = tok if tok.pos_ in ("VERB", "AUX") else _verb_of(tok)
    for _ in range(3):
        if verb is None:
            return False
        for p in verb.children:
            if p.dep_ == "prep" and p.lower_ == "under" and any(
                    _settlement(o, cand.hypothetical)
                    # ("under a treaty signed on Monday": the pact made now, its promises with it)
                    and not any(c.dep_ in ("acl", "relcl") for c in o.children)
                    for o in p.children if o.dep_ == "pobj"):
                return True
        if verb.dep_ not in ("xcomp", "conj", "ccomp") or verb.head.i == verb.i:
            return False
        if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP"):
            return False  # ("..., and the two sides agreed to work toward ...": a clause of its own, told as done)
        verb = verb.head
    return False


def _obliged_to(clause: Token, covered: set[int]) -> bool:
    """'said Turkey had to uphold democratic values', 'said Iran needs to return the crew': "have to"
    and "need to" lay an obligation as "must" does; a required act that is itself a trigger is
    coded on its own word."""
    return any(x.i not in covered and x.pos_ in ("VERB", "AUX") for x in _required_acts(clause))

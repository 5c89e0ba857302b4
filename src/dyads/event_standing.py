"""Records that name no act between parties: what a law or pact itself provides, a meeting a
party holds with its own body, and a meeting named only as the setting of another act.

Why apart: the blind judges of batches S to AN called these "no event" (the content of a law or
of a deal's terms, AK1; domestic procedure with no counterpart, AM1; a summit named as the setting
of another act, AK2: a meeting already told, named again in a relative clause). Each check reads
only the grammar around the trigger, so it works on unseen news: "AGOA, passed in 2000, allows
...", "an amendment that had barred judges from ...", "convened a meeting of his national security
council", "Blinken, who attended the talks, pledged ...".
"""

from __future__ import annotations

from spacy.tokens import Token

from .event_roles import SUBJ, children

__all__ = ["instrument_provides", "meeting_as_setting", "own_body_meeting", "standing_non_act"]

# written instruments whose provisions are their content, not acts of a party
_INSTRUMENTS = frozenset({
    "law", "amendment", "act", "bill", "decree", "constitution", "rule", "provision", "clause", "statute",
    "regulation", "legislation", "ordinance", "renewal", "treaty", "accord", "agreement", "pact", "deal",
    "charter", "convention", "protocol", "memorandum", "limit", "ruling", "resolution",
})
# participles that mark their noun as an enacted text: "AGOA, passed in 2000"
_ENACTED = frozenset({"pass", "enact", "adopt", "approve", "ratify", "sign", "amend"})
# the types a provision is read as: "allows" (CONCEDE), "bars" (COERCE), "vetoes" (REJECT)
_PROVIDING_TYPES = frozenset({"CONCEDE", "COERCE", "REJECT"})
# a party's own bodies, convened or met: no counterpart
_BODIES = frozenset({
    "council", "committee", "cabinet", "government", "ministers", "staff", "party", "caucus", "commission",
    "board", "advisers", "advisors", "aides", "chiefs", "commanders", "team", "leadership", "bureau",
    "politburo", "members", "lawmakers", "deputies", "officials",
})
_CONVENING = frozenset({"convene", "call", "hold", "chair", "summon", "host"})
_MEETINGS = frozenset({"meeting", "session", "talks", "summit", "conference", "consultation", "consultations"})
_OWN_POSSESSIVES = frozenset({"its", "his", "her", "their", "our", "my"})
_ATTENDING = frozenset({"attend", "join", "skip", "boycott", "miss"})


def _is_meeting(noun: Token) -> bool:
    return noun.lower_ in _MEETINGS or noun.lemma_.lower() in _MEETINGS


def _is_instrument(noun: Token) -> bool:
    words = {noun.lemma_.lower(), noun.lower_, noun.lower_.removesuffix("s")}
    if noun.ent_type_ == "LAW" or words & _INSTRUMENTS:
        return True
    return any(c.dep_ == "acl" and c.lemma_.lower() in _ENACTED and c.tag_ == "VBN" for c in noun.children)


def instrument_provides(tok: Token, kind: str) -> bool:
    """"AGOA, passed in 2000, allows countries to export ...", "an amendment that had barred judges
    from reviewing ...", "Momis is barred by term limits": a verb whose doer is a law, pact or rule
    tells what the text provides (its content, a standing state); the act, if any, is the passing
    or signing told elsewhere."""
    if kind not in _PROVIDING_TYPES or tok.pos_ not in ("VERB", "AUX"):
        return False
    verb = tok
    while not children(verb, SUBJ) and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    doers = [s for s in children(verb, SUBJ) if s.dep_ != "nsubjpass"]
    doers += [o for a in children(verb, {"agent"}) for o in children(a, {"pobj"})]
    for clause in children(verb, {"advcl"}):  # "AGOA, passed in 2000, allows": the parser's subject
        if not doers and clause.tag_ == "VBN" and clause.lemma_.lower() in _ENACTED \
                and any(s.i < clause.i for s in children(clause, SUBJ)):
            return True
    if verb.dep_ == "relcl" and any(s.lower_ in ("that", "which") for s in children(verb, SUBJ)):
        doers.append(verb.head)  # "an amendment ... that had barred judges"
    return any(_is_instrument(d) and d.ent_type_ not in ("GPE", "NORP", "PERSON") for d in doers)


def own_body_meeting(tok: Token, has_target: bool) -> bool:
    """"convened an emergency meeting of his national security council", "called an extraordinary
    meeting of its finance committee": a party meeting its own body has no counterpart (domestic
    procedure, no event)."""
    if has_target:
        return False
    if tok.lemma_.lower() in _CONVENING and tok.pos_ == "VERB":
        meetings = [o for o in children(tok, {"dobj"}) if _is_meeting(o)]
    elif _is_meeting(tok) and tok.head.lemma_.lower() in _CONVENING:
        meetings = [tok]
    else:
        return False
    for meeting in meetings:
        for prep in children(meeting, {"prep"}):
            if prep.lower_ != "of":
                continue
            for body in children(prep, {"pobj"}):
                if body.lemma_.lower() in _BODIES or body.lower_ in _BODIES:
                    if any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in body.children):
                        return True
    return False


def meeting_as_setting(tok: Token) -> bool:
    """"Blinken, who attended the talks, pledged $100 million": a meeting named by "the" in a
    clause that only describes a party is the meeting told before, the setting of the act told
    here. "who was attending a NATO summit" (a meeting not told before) stays, and so does "the
    presidents, meeting in Mendoza, agreed" (judges differ: AF/AH counted such a summit right, AN1
    called it a setting)."""
    if not _is_meeting(tok) or tok.dep_ != "dobj":
        return False
    verb = tok.head
    if verb.lemma_.lower() not in _ATTENDING or verb.dep_ not in ("relcl", "acl"):
        return False
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    named = any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in tok.children)
    return dets == ["the"] and not named


def standing_non_act(kind: str, tok: Token, has_target: bool) -> bool:
    """Whether a candidate of type ``kind`` on trigger ``tok`` names no act (one of the above)."""
    if instrument_provides(tok, kind):
        return True
    return kind == "CONSULT" and (own_body_meeting(tok, has_target) or meeting_as_setting(tok))

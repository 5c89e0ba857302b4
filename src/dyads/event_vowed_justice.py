"""Threats of the law a speaker makes against wrongdoers ("said those responsible would be brought to justice").

Why: an official who says that "those who broke the law will answer for it", that "the attackers
would be brought to justice" or that "those responsible for the violence would be prosecuted" threatens
them with repression (CAMEO 137) in saying it; the clause has no doer of its own, so the coder
left it with no source, or as a charge (CAMEO 1121) nobody made. Judges of batches AI, AJ and AK
listed such vows as missed THREATEN records of the speaker. Only a future or modal clause said by
a coded speaker is a vow; "police brought the killers to justice" is a deed told, and stays as coded.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .event_modality import Candidate
from .triggers import Trigger, speech_lemmas

__all__ = ["pressure_refused", "vowed_justice", "vows_of_law"]

THREAT_OF_LAW = "137"  # CAMEO: threaten with repression
# verbs told in the passive of what awaits wrongdoers ("would be prosecuted", "will be punished")
_PUNISHING = frozenset({"prosecute", "punish", "bring", "hold", "try", "arrest", "charge"})
# verbs told in the active of what wrongdoers will meet ("will answer for it", "would face the law")
_FACING = frozenset({"answer", "face", "pay"})
_LAW_WORDS = frozenset({"justice", "law", "court", "courts", "prosecution", "trial", "account", "accountable",
                        "responsible", "consequence", "consequences", "punishment", "price", "it", "crime",
                        "crimes", "action", "actions"})
_FUTURE_AUX = frozenset({"will", "would", "shall", "'ll"})
# the word test made once a sentence: a vow of the law names one of these
_CUES = ("prosecut", "punish", "justice", "answer for", "face the", "law", "accountable", "pay for", "trial", "tried")
_VOW = Trigger("vow of law", "", None, True, False, "THREATEN", None, THREAT_OF_LAW, ("legal",), "std")


def _ahead(tok: Token) -> bool:
    """Whether the verb is told as what will be ("would be prosecuted", "will answer for it")."""
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in tok.children)


def _law_named(tok: Token) -> bool:
    """Whether the law, justice or a reckoning is what the wrongdoers meet ("brought to justice",
    "face the full force of the law", "answer for it", "pay for their crimes")."""
    words = {t.lower_ for c in tok.children if c.dep_ in ("prep", "dobj", "oprd", "acomp") for t in c.subtree}
    return bool(words & _LAW_WORDS)


# (session 40) who "would be tried" in a vow: wrongdoers, not a plan or a method ("would be tried again")
_WRONGDOERS = frozenset({"those", "anyone", "whoever", "perpetrator", "culprit", "attacker", "assailant",
                         "killer", "plotter", "ringleader", "organiser", "organizer", "rioter", "looter",
                         "suspect", "instigator", "mastermind"})


def _wrongdoers_tried(tok: Token) -> bool:
    """Whether the passive subject of "would be tried" is a wrongdoer ("those responsible would be
    tried", "the attackers will be tried"): a trial then awaits people, not a plan to be tried out."""
    return any(s.lemma_.lower() in _WRONGDOERS or s.lower_ in _WRONGDOERS
               for s in tok.children if s.dep_ == "nsubjpass")


def vow_of_law(tok: Token) -> bool:
    """Whether a verb is a future reckoning with the law said of someone ("would be prosecuted",
    "will be brought to justice", "will answer for it", "would face the full force of the law")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or not _ahead(tok):
        return False
    if any(c.dep_ == "neg" for c in tok.children):
        return False
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    if passive and lemma in _PUNISHING:
        if any(c.dep_ == "agent" for c in tok.children):
            return False  # "would be tried by a military court": who acts is told
        return lemma in ("prosecute", "punish") or _law_named(tok) or lemma == "try" and _wrongdoers_tried(tok)
    return not passive and lemma in _FACING and _law_named(tok)


def _said_by_speaker(tok: Token) -> bool:
    """Whether the verb's clause is what its sentence's speaker said ("Kiir said those behind the
    attack would be brought to justice"), or the speaker's own quoted words."""
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ == "ccomp" and head.head.lemma_.lower() in speech_lemmas() or head.dep_ == "ROOT"


def vowed_justice(cand: Candidate) -> None:
    """Make a coded speaker's vow that wrongdoers will meet the law a threat of repression by the
    speaker (CAMEO 137), whoever the wrongdoers are; the clause's own deed (a charge nobody made
    yet) goes with it."""
    if cand.source or cand.reported_by is None or not cand.reported_by.code:
        return
    if not vow_of_law(cand.token) or not _said_by_speaker(cand.token):
        return
    cand.type, cand.cameo, cand.mode = "THREATEN", THREAT_OF_LAW, None
    cand.source = [cand.reported_by]
    cand.future = cand.hypothetical = cand.negated = False


def vows_of_law(sent: Span, low: str | None = None) -> dict[int, Trigger]:
    """The sentence's vows of the law said by a speaker, by token index, for verbs the lexicon does
    not hold as such ("would face the full force of the law") or holds as another act ("would be
    prosecuted", a charge; "brought to justice")."""
    low = sent.text.lower() if low is None else low
    if not any(c in low for c in _CUES):
        return {}
    return {tok.i: _VOW for tok in sent if vow_of_law(tok) and _said_by_speaker(tok)}


# verbs of pressure a party says it will not yield to in the passive ("would not be pressured")
_PRESSING = frozenset({"pressure", "pressurise", "pressurize", "intimidate", "blackmail", "bully", "coerce", "cow",
                       "dictate", "force", "push"})
REFUSE_TO_YIELD = "124"  # CAMEO: refuse to yield


def pressure_refused(cand: Candidate) -> None:
    """(session 38) "Whipps said his government would not be pressured": a party declaring it will
    not be pressured refuses to yield (REJECT 124, a refusal declared, so flagged future as "would not
    accept" is), its doer the one not pressured; the pressing party, if named ("by China"), the target.
    The coder read it as a demand by the presser that was never made."""
    tok = cand.token
    if cand.type != "REQUEST" or not cand.negated or tok.pos_ != "VERB" or tok.lemma_.lower() not in _PRESSING:
        return
    if not any(c.dep_ == "auxpass" for c in tok.children) or not _ahead(tok):
        return
    if not cand.target:
        return
    cand.source, cand.target = cand.target, cand.source
    cand.type, cand.cameo, cand.mode = "REJECT", REFUSE_TO_YIELD, None
    cand.negated, cand.future = False, True

"""The candidate event every coding step passes along, and the modality words its steps share.

Why apart: the coder, the modality flags (event_flags), promises (event_promises) and CAMEO detail
(event_retyping) all read and write the same Candidate; keeping it, with the few word sets
("will", "if", wishes, threat and cooperation types) several of them read, in one small module
lets each step import it without importing the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from .model import Actor
from .triggers import Trigger, speech_lemmas, word_list

__all__ = ["COMMANDS", "COOP_TYPES", "Candidate", "FUTURE_AUX", "HYPO_MARK", "THREAT_TYPES", "WISH", "wish_verb"]

_FUTURE_HEADS = word_list("future_heads")
_HYPO_MARK = {"if", "unless", "whether"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_HYPO_AUX = {"could", "would", "might", "may", "should", "'d"}
# "must sign", "has to approve": an obligation names an act still to be done
_DUTY_AUX = {"must"}
# "encouraged its allies to restrict": the act urged on someone else has not happened (yet)
_URGING = {"encourage", "urge", "ask", "press", "pressure", "push", "persuade", "lobby", "advise", "implore",
           "beg", "invite", "exhort", "prod", "nudge", "coax"}
# "pressured Ukraine into investigations", "forced the rebels into talks"
_PUSHING = _URGING | {"force", "coerce", "drag", "lure", "goad", "bully", "trick", "talk", "cajole", "compel"}
# "would embolden Iran to seize more ships", "will lead Moscow to escalate": causing another's act
_CAUSING = {"embolden", "prompt", "lead", "tempt", "incite", "provoke", "spur", "inspire", "drive", "cause",
            "enable", "allow", "invite", "motivate"}
# wishes, needs and votes: "want him to resign", "is needed to impeach", "vote to convict" name an
# outcome someone hopes for or that still has to happen, not one that took place
_WISH = {"want", "wish", "hope", "need", "vote", "prefer", "like", "love", "desire"}
# "prevented the court from ordering", "does not preclude a court from ordering": the act kept
# from happening did not happen; once the bar is lifted it may, but that is no fact either
_BARRING = word_list("barring")
_PERMIT = {"allow", "permit", "authorize", "authorise", "empower", "entitle"}
# a court's finding: the act it sentences or convicts for is established, not alleged
_VERDICTS = {"sentence", "convict"}
_THREAT_TYPES = {"PROTEST", "COERCE", "ASSAULT", "MOBILIZE"}
_COOP_TYPES = {"SUPPORT", "COOPERATE", "AID", "CONSULT", "CONCEDE", "RETREAT"}
# Verbs that report a party's own words: the lexicon's speech verbs, with "warn" and "vow", which
# the lexicon codes as events of their own but whose clause is still what the party said
_SPEECH = speech_lemmas() | {"warn", "vow"}
# armed campaigns one can back with planes, arms or troops ("a campaign" may be an election's)
_ARMED_DRIVES = {"operation", "offensive", "counteroffensive", "counter-offensive", "incursion", "airstrike",
                 "bombardment", "assault", "onslaught", "siege"}
_INSTRUMENTS = word_list("instruments") | {"plan"}
HYPO_MARK, THREAT_TYPES, COOP_TYPES, WISH = _HYPO_MARK, _THREAT_TYPES, _COOP_TYPES, _WISH


def wish_verb(tok) -> bool:
    """Whether a verb is one of wish or want; (session 21) the small model lemmatises "had hoped"
    to "hop", so the forms of "hope" count by their own spelling."""
    return tok.lemma_.lower() in _WISH or tok.lower_ in ("hope", "hoped", "hopes", "hoping")


@dataclass(slots=True)
class Candidate:
    """An event in the making: the trigger with what the coder has found so far."""

    token: Token
    trigger: Trigger
    type: str
    mode: str | None
    cameo: str | None
    context: list[str]
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    wished: bool = False  # hypothetical only as something wanted or needed, never a threat
    refused: bool = False  # negated under a bare "would" ("would not back"): a refusal if cooperative
    reported_by: Actor | None = None
    date: str | None = None
    depth: float = 0.0
    absorbed: bool = False
    span_end: int = 0


# the predicate a party is "held" to answer for a deed with ("held Kabul responsible for the raid")
_HELD_TO_ACCOUNT = {"responsible", "accountable", "culpable", "liable"}
# verbs whose that-clause or infinitive is a charge against someone, and nouns naming such a charge
_ALLEGING = {"allege", "accuse", "charge", "suspect"}
# adjectives of odds before "to": "was likely to press", "is unlikely to attend" (a forecast of an act)
_ODDS = frozenset({"likely", "unlikely", "liable"})
# verbs of command, the base every rule on orders shares: "ordered the arrest of" (the one who
# orders a material act does it, event_complements), "ordered closed" (event_matching)
COMMANDS = frozenset({"order", "command"})
# verbs of command: the act ordered of someone is still ahead when the order is told
_ORDERING = COMMANDS | {"direct", "instruct", "tell", "task"}
# verbs that lay a duty in the passive ("is required to", "are obliged to"): a rule, not a deed
_DUTY_VERBS = {"require", "oblige", "obligate", "mandate"}
# pacts whose purpose infinitive names what was promised ("an agreement to help the refugees")
_PACTS = word_list("signed_pacts")
# verbs that halt an act: their object is stopped, not done
_HALTING = {"halt", "suspend", "end", "pause"}  # ("stop", "cease" negate through _FAIL instead)

# pacts whose text states terms ("the truce calls for", "the deal requires"); a resolution or a plan
# speaks for the body that made it and so still asks
_SIGNED_PACTS = _PACTS | {"ceasefire", "truce"}
_POSSESSIVES = {"his", "her", "its", "their", "our", "my"}

# nouns of an inquiry whose "into" phrase names the deed looked into
_INQUIRIES = {"inquiry", "enquiry", "investigation", "probe", "review"}
_GUESS_ADVERBS = frozenset({"maybe", "perhaps", "possibly", "likely", "probably"})  # (session 20 W4: "would likely")
_PLEDGING = {"offer", "agree", "pledge", "promise", "vow", "undertake", "volunteer"}

# what can grant a power by its wording: a law, a bill, a motion (the lexicon's instruments)
_GRANTING_TEXTS = _INSTRUMENTS | {"motion", "resolution", "directive", "treaty", "charter", "amendment", "order"}

# verbs whose AGREE is a promise: what they pledge lies ahead ("promised that each victim will be
# paid", "have pledged funds"), so the record is future, as PLOVER codes promised cooperation
_PROMISING = {"promise", "pledge", "vow", "undertake"}

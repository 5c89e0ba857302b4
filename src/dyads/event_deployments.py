"""Which way forces and files are sent: out of a land (a withdrawal), within a state's own
territory or to its own troops (a deployment, no gift), or to a court (a step of a case, no aid).

(session 42) The lexicon reads "move units", "send troops" and "sent ... to support troops" by the
verb and its object; these tests read the direction and the receiver, which decide the act.
"""

from __future__ import annotations

from spacy.tokens import Token

from .event_roles import PASS_SUBJ, children, prep_objects

# particles and adverbs that take forces away: "moving units out", "pull the troops back"
_AWAY = frozenset({"out", "back", "away", "home"})
# verbs that move forces whichever way: the particle decides
_MOVING = frozenset({"move", "pull", "bring", "take", "draw", "relocate", "shift"})


def forces_taken_out(verb: Token) -> bool:
    """"begin moving units out of the province", "will move the troops back to barracks": forces
    moved out, back, away or home leave; only "into" or "to" a front would be a deployment."""
    if verb.lemma_.lower() not in _MOVING:
        return False
    return any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in _AWAY for c in verb.children)


# receivers that take a case, not goods: "her case was sent to court"
_JUSTICE = frozenset({"court", "tribunal", "prosecutor", "prosecution", "judge", "jury", "trial", "magistrate",
                      "bench", "attorney", "procurator", "procuracy"})
# papers of a case: "the file was sent to the prosecutor"
_CASE_PAPERS = frozenset({"case", "file", "dossier", "indictment", "complaint", "charge", "evidence", "lawsuit",
                          "petition", "appeal", "suit"})
# places of a state's own territory the forces come from: "sent to Aceh from other provinces"
_HOME_UNITS = frozenset({"province", "region", "state", "district", "island", "part", "city", "county",
                         "governorate", "prefecture", "area", "base", "garrison", "barracks", "capital"})
# one's own forces as the receiver: "sent to support troops in the mountains"
_OWN_FORCES = frozenset({"troop", "troops", "soldier", "force", "forces", "unit", "units", "army", "battalion",
                         "brigade", "division", "garrison", "police", "policeman", "officer", "marine", "commando"})
_BACKING = frozenset({"support", "reinforce", "back", "help", "assist", "bolster", "relieve", "aid"})


def sent_to_court(verb: Token) -> bool:
    """A case or file sent to a court or a prosecutor ("her case has been sent to court"): a step of
    the case, no aid to the court."""
    receivers = prep_objects(verb, {"to", "before"})
    if any(r.lemma_.lower() in _JUSTICE for r in receivers):
        return True
    sent = children(verb, {"dobj"} | PASS_SUBJ) + ([verb.head] if verb.dep_ == "acl" else [])
    return any(s.lemma_.lower() in _CASE_PAPERS for s in sent) and any(
        r.lemma_.lower() in _JUSTICE or r.ent_type_ == "ORG" for r in receivers)


def _national(noun: Token) -> bool:
    """Whether a forces noun is marked as another people's ("Ukrainian troops", "the Kurdish forces")."""
    return any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE")
               for c in noun.children)


def own_forces_sent(verb: Token) -> bool:
    """Forces or arms sent from other parts of the same state ("troops sent to Aceh from other
    provinces") or to back unnamed troops ("jets and artillery were sent to support troops in the
    mountains"): a state moving its own means, no gift to anyone. Troops marked as another people's
    ("to support Ukrainian troops") are still aid."""
    froms = prep_objects(verb, {"from"})
    if any(f.lemma_.lower() in _HOME_UNITS and any(c.lower_ in ("other", "neighbouring", "neighboring")
                                                   for c in f.children) for f in froms):
        return True
    return bool(own_forces_backed(verb))


def own_forces_backed(verb: Token) -> list[Token]:
    """The unnamed troops a sending is done "to support" ("sent to support troops in the
    mountains"): the sender's own men, who are no party the act is aimed at."""
    for aim in children(verb, {"advcl", "xcomp"}):
        if aim.lemma_.lower() not in _BACKING or not any(c.dep_ == "aux" and c.lower_ == "to" for c in aim.children):
            continue
        helped = children(aim, {"dobj"})
        if helped and all(h.lemma_.lower() in _OWN_FORCES and not _national(h) for h in helped):
            return helped
    return []

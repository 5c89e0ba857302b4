"""Relatives and compatriots of a resolved person take that person's state.

"Joe Biden and his son, Hunter Biden", "His parents, Robert Cummings Sr. and Ruth Cummings",
"Brigitte Macron, his wife,", "Kosgei's countryman Eliud Kipchoge": a named private person tied
to a resolved person by a kin word (or "countryman", "compatriot") set off beside the name is
of that person's state. A careful coder gives family members the family's nationality; it is
the person's, never the story's (a US diplomat's wife in a British story stays American). Only
the state is copied: a president's son holds none of his father's office. The owner is found
in this order: the one resolved person of the story who shares the name's surname (kin only),
the possessive before the kin word ("Trump's", "his"), and, for a bare "Countryman X" that
opens a sentence, the nearest person of a known state in that or the previous sentence.
Runs after pronouns are resolved, so "his" already says whose.
"""

from __future__ import annotations

from .actor_lexicon import KIN_WORDS, POSSESSIVES, TITLE_MODIFIERS
from .actor_pronouns import window_start
from .anchor_index import DocIndex, Mention
from .countries import NON_STATE_CODES
from .kb import fold

__all__ = ["relatives_and_compatriots"]

# Kin beyond the singular words the staff rules use: parents and grandparents name a pair.
_KIN = KIN_WORDS | frozenset({"parents", "grandparents", "grandfather", "grandmother",
                              "stepfather", "stepmother", "fiancee", "fiancée", "fiance",
                              "fiancé", "widower", "children", "grandchildren"})
# Kin words that may head a list of names ("His parents, A and B").
_PLURAL_KIN = frozenset({"parents", "grandparents", "sons", "daughters", "brothers", "sisters",
                         "children", "grandchildren", "countrymen", "compatriots"})
# People of the owner's state, not of the owner's family ("Kosgei's countryman").
_COMPATRIOTS = frozenset({"countryman", "countrymen", "countrywoman", "countrywomen",
                          "compatriot", "compatriots"})
# Words allowed between the owner and the kin word ("his second wife", "her late husband").
_KIN_MODIFIERS = frozenset({"the", "a", "an", "late", "second", "first", "third", "former",
                            "estranged", "surviving", "younger", "older", "elder", "eldest",
                            "youngest", "only", "two", "three", "four", "fellow", "own",
                            "adult", "teenage", "infant"}) | TITLE_MODIFIERS
_OWNER_PRONOUNS = frozenset({"his", "her"})
# Name endings that are no surname ("Robert Cummings Sr.").
_SUFFIXES = frozenset({"sr", "sr.", "jr", "jr.", "ii", "iii", "iv"})


def relatives_and_compatriots(ix: DocIndex) -> None:
    """Give a named person tied by a kin or compatriot word to a resolved person that person's
    state (see the module docstring); later mentions of the same full name follow."""
    doc = ix.doc
    mentions = sorted(ix.mentions, key=lambda m: m.start)
    by_end = {m.end: m for m in mentions if m.kind != "pronoun"}
    pronoun_at = {m.start: m for m in mentions if m.kind == "pronoun"}
    for m in mentions:
        # a kin whose state a possessive pronoun gave may still be re-read by the family name
        # ("Zelensky to investigate Joe Biden and his son, Hunter Biden": "his" read wrong)
        kin_only = not _candidate(ix, m)
        if kin_only and not (m.kind == "person" and m.name and m.sector is None):
            continue
        word, at, owner_at, owner = _tie(ix, m, mentions)
        if word is None or kin_only and word not in _KIN:
            continue
        if word in _KIN:
            owner = _namesake(m, mentions) or owner
        if kin_only and (owner is None or owner.country == m.country):
            continue
        if owner is None and owner_at is not None:
            owner = by_end.get(owner_at) if doc[owner_at].text in POSSESSIVES \
                else pronoun_at.get(owner_at)
        if owner is None and word in _COMPATRIOTS and owner_at is None \
                and doc[at].is_sent_start:
            owner = _nearest_person(ix, m, mentions)
        if owner is None or owner is m or not _state_of(owner, word):
            continue
        m.country, m.from_context = owner.country, False
        m.confidence = max(min(m.confidence, 0.8), 0.7)
        if m.kind == "organisation" and not m.orgs:
            m.kind = "person"  # "Her uncle, Dragan Markovic": the tagger's body is a person
    # the same name later (or its surname, which coreference gave the full name) is the same
    # person: also one the pronoun pass placed after coreference had run ("his son, X")
    placed: dict[str, str] = {}  # a full name -> the state of its first placed mention
    for m in mentions:
        if m.kind == "person" and m.name and " " in m.name and m.country \
                and not m.from_context and m.sector is None:
            placed.setdefault(fold(m.name), m.country)
    for m in mentions:
        if m.kind == "person" and m.name and m.country is None and fold(m.name) in placed:
            m.country, m.confidence = placed[fold(m.name)], 0.7


def _candidate(ix: DocIndex, m: Mention) -> bool:
    """A named person (or a name the tagger took for a body no list knows) with no state of
    its own: what a relative or compatriot word may place."""
    if not m.name or m.country is not None and not m.from_context:
        return False
    if m.kind == "person":
        return m.sector is None or m.sector == "CVL"
    words = ix.doc[m.start:m.end]
    return m.kind == "organisation" and not m.orgs and m.sector is None and len(words) >= 2 \
        and all(t.is_title and t.pos_ == "PROPN" for t in words)


def _tie(ix: DocIndex, m: Mention, mentions: list[Mention]
         ) -> tuple[str | None, int, int | None, Mention | None]:
    """The kin or compatriot word set beside ``m`` ("his son, X", "X, his wife", "countryman
    X"), its token, the token of its possessive owner ("'s" or "his"/"her"), and the owner
    named in an "of" phrase after it ("X, the wife of a US diplomat"); None or -1 where none."""
    doc = ix.doc
    if doc[m.start].lower_ in _KIN | _COMPATRIOTS:
        return doc[m.start].lower_, m.start, _owner_before(ix, m.start), None  # "countryman X"
    for lead in (m.start, _first_of_list(ix, m, mentions)):
        j = lead - 1
        if j >= 1 and doc[j].text == ",":
            j -= 1
        if j < 0 or doc[j].lower_ not in _KIN | _COMPATRIOTS:
            continue
        if lead != m.start and doc[j].lower_ not in _PLURAL_KIN:
            continue  # "his wife, Jane Roe and John Smith": only a plural word heads a list
        if doc[j].lower_ in ("children", "grandchildren") and doc[lead - 1].text != ",":
            continue  # "children Anna and Ben": only set off by a comma
        return doc[j].lower_, j, _owner_before(ix, j), None
    k = m.end
    if k + 2 >= ix.n or doc[k].text != ",":
        return None, -1, None, None
    k += 1
    owner_at = None
    if doc[k].lower_ in _OWNER_PRONOUNS:
        owner_at, k = k, k + 1
    else:
        owner = next((x for x in mentions if x.start == k and x.kind != "pronoun"), None)
        if owner is not None and owner.end < ix.n and doc[owner.end].text in POSSESSIVES:
            owner_at, k = owner.end, owner.end + 1
    while k < ix.n and doc[k].lower_ in _KIN_MODIFIERS:
        k += 1
    if k + 1 < ix.n and doc[k].lower_ in _KIN | _COMPATRIOTS \
            and doc[k + 1].lower_ in (",", ".", "and", ";", "\u2014", "-", "who"):
        return doc[k].lower_, k, owner_at, None  # "Brigitte Macron, his wife, said"
    if owner_at is None and k + 2 < ix.n and doc[k].lower_ in _KIN and doc[k + 1].lower_ == "of":
        # "Anne Roe, the wife of a US diplomat": the "of" phrase is the owner
        owner = next((x for x in mentions if x.start == k + 2 and x.kind != "pronoun"), None)
        if owner is not None:
            return doc[k].lower_, k, None, owner
    return None, -1, None, None


def _first_of_list(ix: DocIndex, m: Mention, mentions: list[Mention]) -> int:
    """Where a list of names that ``m`` ends starts ("His parents, A and B": B's list starts
    at A), walking back over "and" and commas between named people; ``m.start`` if none."""
    doc = ix.doc
    lead = m.start
    named = {x.end: x for x in mentions if x.name and x.kind in ("person", "organisation")}
    for _ in range(4):
        j = lead - 1
        if j < 1 or doc[j].lower_ not in ("and", ","):
            break
        j -= 1
        if doc[j].text == "." and j >= 1 and j + 1 not in named:
            j -= 1  # "Robert Cummings Sr. and": the abbreviation's stop
        prev = named.get(j + 1)
        if prev is None:
            break
        lead = prev.start
    return lead


def _owner_before(ix: DocIndex, j: int) -> int | None:
    """The possessive ("'s", "his", "her") that owns the kin word at ``j``, over modifiers."""
    doc = ix.doc
    i = j - 1
    while i > 0 and doc[i].lower_ in _KIN_MODIFIERS:
        i -= 1
    if i >= 1 and doc[i].text in POSSESSIVES or i >= 0 and doc[i].lower_ in _OWNER_PRONOUNS:
        return i
    return None


def _surname(name: str) -> str | None:
    """The last word of a full name, past "Sr."/"Jr." ("Robert Cummings Sr." -> "cummings")."""
    words = [w for w in fold(name).split() if w not in _SUFFIXES]
    return words[-1] if len(words) >= 2 else None


def _namesake(m: Mention, mentions: list[Mention]) -> Mention | None:
    """The one resolved person of the story, named before ``m``, whose surname ``m`` bears
    under another full name: the family the kin word speaks of ("Hunter Biden" after "Joe
    Biden")."""
    key = _surname(m.name or "")
    if key is None:
        return None
    hits = {}
    for x in mentions:
        if x.start >= m.start:
            break
        if x.kind == "person" and x.name and x.country and not x.from_context \
                and fold(x.name) != fold(m.name or "") \
                and (_surname(x.name) == key or fold(x.name) == key):
            hits.setdefault(x.country, x)
    return next(iter(hits.values())) if len(hits) == 1 else None


def _nearest_person(ix: DocIndex, m: Mention, mentions: list[Mention]) -> Mention | None:
    """The nearest earlier person of a known state in ``m``'s sentence or the one before."""
    stop = window_start(ix.doc[m.start], 1)
    for x in reversed(mentions):
        if x.start >= m.start or x.start < stop:
            continue
        if x.kind == "person" and x.country and not x.from_context:
            return x
    return None


def _state_of(owner: Mention, word: str) -> bool:
    """Whether ``owner`` holds a state its relatives or compatriots share: a person's (or, for
    "Kenya's countryman", a state's), never an international body's."""
    if not owner.country or owner.country in NON_STATE_CODES or len(owner.country) != 3:
        return False
    if owner.kind == "country":
        return word in _COMPATRIOTS
    return owner.kind in ("person", "pronoun")

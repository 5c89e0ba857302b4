"""In-document coreference: later descriptions, surnames and pronouns take an earlier resolution.

"The soldiers" after "Israeli troops", "Weisbrot" after "Mark Weisbrot", "the Russian
president" after "Vladimir Putin", "he said": each carries the country, sector and name of the
nearest suitable earlier mention. What is still unresolved takes the state the article (or its
sentence) is about.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from spacy.attrs import DEP, LOWER
from spacy.tokens import Doc, Token

from .actor_anchors import DocIndex, Mention
from .actor_lexicon import (
    CONTEXT_SECTORS,
    FIRST_NAMES,
    GENDER_WORDS,
    LOCATIVE,
    OTHER_HOLDER,
    POSSESSIVES,
    PRONOUNS,
    REGIONS,
    STATELESS_HOMES,
    TITLE_MODIFIERS,
    role_group,
)
from .countries import NON_STATE_CODES
from .kb import fold
from .nlp import sentence_of_token

__all__ = ["main_country", "object_referent", "quotation_of", "resolve_references", "window_start"]


def resolve_references(ix: DocIndex) -> None:
    """Resolve ``ix.mentions`` from each other, in the order that keeps each pass's evidence."""
    _heads_of_bodies(ix)
    _definite_descriptions(ix)
    _staff(ix)
    _context(ix)
    _coreference(ix)
    _staff(ix)  # principals resolved by their surnames or from the article


# Titles of whoever leads any body: the body, not the title, says the sector.
_LEADER_TITLES = frozenset({"president", "chairman", "chairwoman", "chairperson", "chair", "head"})
_LEAD_VERBS = frozenset({"lead", "head", "chair"})


def _heads_of_bodies(ix: DocIndex) -> None:
    """"The Supreme Court is led by President Brenda Hale", "the court's President Hale": the
    president of a court or bank serves that body (its sector and state), not a government."""
    doc = ix.doc
    by_token: dict[int, Mention] = {}
    for m in ix.mentions:
        if m.kind == "organisation":
            for i in range(m.start, m.end):
                by_token[i] = m
    for m in ix.mentions:
        if m.kind != "person" or not m.name or not m.role \
                or m.role.lower().split()[-1] not in _LEADER_TITLES:
            continue
        head = doc[m.end - 1]
        body = next((by_token[c.i] for t in doc[m.start:m.end] for c in t.children
                     if c.dep_ == "poss" and c.i in by_token), None)
        if body is None and head.dep_ == "pobj" and head.head.lower_ == "by":
            verb = head.head.head
            if verb.lemma_.lower() in _LEAD_VERBS:
                if verb.dep_ == "acomp":  # "is lead by" read as an adjective
                    verb = verb.head
                subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                body = by_token.get(subject.i) if subject is not None else None
        if body is not None and (body.sector or body.country):
            m.sector = body.sector
            m.country = body.country or m.country


def main_country(mentions: list, dateline: str | None = None, doc: Doc | None = None) -> str | None:
    """The state an article is mostly about, when one clearly leads; else None. A wire
    dateline's state counts as two mentions. With ``doc``, an actor's apposition ("Donald
    Trump, the president of the United States") is one mention of it, not two (a town's is
    not: "Oxfordshire, England" names two places). A firm counts once however often it is
    named."""
    counts: dict[str, int] = {dateline: 2} if dateline else {}
    ends = {(m.end, m.country) for m in mentions} if doc is not None else set()
    firms: set[str] = set()
    for m in mentions:
        c = m.country
        # news outlets are cited from anywhere: "(Reuters)" says nothing of where a story is
        # (a state inferred from context, such as a crowd's from the place it acts in, is
        # no second mention of it)
        if c and c not in NON_STATE_CODES and m.kind != "pronoun" and m.sector != "JRN" \
                and not getattr(m, "from_context", False):
            if doc is not None and m.kind in ("person", "organisation", "group") \
                    and m.start > 0 and doc[m.start - 1].text == "," and (m.start - 1, c) in ends \
                    and any(t.dep_ == "appos" for t in doc[m.start:m.end]):
                continue
            if m.sector == "BUS" and m.name:
                # a firm named eight times ("Mahan", "Mahan's permit") is what the story is
                # about, not a state that acts in it: each firm counts once
                if m.name in firms:
                    continue
                firms.add(m.name)
            # (a body with its state written in it names the state as well as the body)
            counts[c] = counts.get(c, 0) + 1 + bool(getattr(m, "named_state", False))
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if n >= 2 and n >= 1.25 * second:
        return top
    return None


def _definite_descriptions(ix: DocIndex) -> None:
    """"The soldiers" after "Israeli troops", "the president" after "President Putin":
    a definite description with no state of its own refers back to the latest earlier
    mention with the same head noun or title group (sectors.tsv ``refers``), not to the
    nearest state in its sentence. "the government in Caracas" names its state outright.
    A person named inside a quotation is antecedent only within that quotation: a speaker's
    passing "Assad" is not the article's "the president".
    """
    doc = ix.doc
    ix.mentions.sort(key=lambda m: m.start)
    region = _quotation_of(ix)
    # (synonym group, quotation or -1) -> latest resolved mention there
    latest: dict[tuple[str, int], Mention] = {}
    for m in ix.mentions:
        here = region(m.start)
        if m.kind == "person" and m.name is not None:  # roles from appositions came late
            m.refers = tuple(k for k in (role_group(m.role), role_group(m.text_role)) if k)
        if m.definite and m.country is None and m.name is None and m.refers \
                and m.kind in ("group", "organisation", "person") \
                and not any(doc[i].lower_ in OTHER_HOLDER for i in range(m.start, m.end)):
            located = _located_in(ix, m.end)
            if located is not None:
                m.country, m.confidence = located, 0.8
            else:
                for key in m.refers:
                    cand = latest.get((key, -1))
                    inside = latest.get((key, here)) if here >= 0 else None
                    if inside is not None and (cand is None or inside.start > cand.start):
                        cand = inside
                    if cand is None or m.sector and cand.sector and m.sector != cand.sector:
                        continue
                    m.country, m.name = cand.country, cand.name
                    m.sector = cand.sector or m.sector
                    m.confidence = min(0.8, cand.confidence)
                    break
        if m.country is not None:
            for key in m.refers:
                latest[(key, here)] = m


def _located_in(ix: DocIndex, i: int, forms: tuple[str, ...] = ("capital", "seat")) -> str | None:
    """The state of "in Caracas" / "in Kabul" right after token ``i - 1``: a seat of
    government names the government it houses."""
    return ix.state_after(i, ("in", "at"), forms)


def _context(ix: DocIndex) -> None:
    """Unmodified sector nouns ("the government") take the article's main country."""
    main = main_country(ix.mentions, ix.dateline, ix.doc)
    for m in ix.mentions:
        if m.kin is not None and m.country is None:
            # "ethnic Albanians in Macedonia", "an ethnic Palestinian from Jordan": coded by
            # where they live, not the kin state
            where = ix.state_after(m.end, ("in", "at", "from"), ("name",)) or main
            if where is not None and where != m.kin:
                m.country, m.from_context = where, True
    for m in ix.mentions:
        if m.country is None and m.kind in ("group", "person") and m.name is None \
                and m.sector in _OFFICIAL_SECTORS:
            acting = _acting_state(ix, m)
            if acting is not None:
                m.country, m.from_context, m.confidence = acting, True, 0.6
    if main is not None:
        for m in ix.mentions:
            if m.country is None and m.kind in ("group", "organisation", "person") \
                    and (m.name is None or m.generic) and m.sector in CONTEXT_SECTORS \
                    and not _regional(ix, m) and not _away_from_home(ix, m, main):
                m.country = main
                m.from_context = True
                m.confidence = 0.6
    _congress(ix, main)
    _shared_bodies(ix, main)
    if main is not None:
        for m in ix.mentions:
            # "Regional Governor Mujiv Hataman", "the Aam Aadmi Party": provincial and city
            # offices, and parties no list knows, are the article's own state's
            if m.country is None and (
                    m.kind == "person" and m.name and _domestic_role(m)
                    or m.kind == "organisation" and m.sector == "PTY"):
                m.country, m.from_context, m.confidence = main, True, 0.5
    states = _sentence_states(ix)
    for m in ix.mentions:
        # "Senate Minority Whip Dick Durbin", "Interior Minister Joachim Brudzinski": a titled
        # official with no state named is the article's, or the one the text is about there
        if m.country is None and _official(m):
            home = _named_before(ix, m) or _home_state(ix, m, main, states)
            if home is not None:
                m.country, m.from_context, m.confidence = home, True, 0.5
    _house(ix, main)
    _us_partisans(ix, main, states)
    if main is not None:
        for m in ix.mentions:
            # "local media", "state media": the press of the state the article is about
            if m.country is None and m.sector == "JRN" and m.kind in ("group", "organisation") \
                    and any(t.lower_ in _HOME_PRESS for t in ix.doc[m.start:m.end]):
                m.country, m.from_context, m.confidence = main, True, 0.5
    for m in ix.mentions:
        if m.country is None and m.sector == "NGO":
            m.country = "NGO"  # "a human rights group": PLOVER's non-state NGO code
    # still unknown: a titled person or a group in a sentence about exactly one state (a cited
    # news outlet names no state the story is about)
    states = _sentence_states(ix)
    everywhere = set().union(*states.values()) if states else set()
    gatherings = _sentence_states(ix, meeting_places=True)
    for m in ix.mentions:
        if m.country is not None or m.kind not in ("group", "organisation", "person") \
                or _regional(ix, m):
            continue
        if m.kind == "person" and not m.role or m.kind == "organisation" and m.sector is None:
            continue
        if m.kind == "group" and m.sector is None and m.name \
                and ix.doc[m.end - 1].tag_ in ("NNP", "NNPS") \
                and ix.doc[m.end - 1].dep_ not in ("compound", "amod"):
            continue  # "Europeans", "the Rapa Nui": a people named alone is no state's organ
        if m.sector == "EDU" and m.kind == "organisation":
            continue  # a school's state is the one its name gives, or none
        here = states.get(sentence_of_token(ix.doc, m.start), set())
        pool = here if here else everywhere
        if here and (m.name is None or m.generic) and m.sector in _OFFICIAL_SECTORS:
            # "The Senate ratified the treaty with Mexico": the other party of a state organ's
            # own clause is not its state
            pool = here - _other_party_states(ix, m)
        if m.sector == "REL" and (m.kind == "group" and m.name or here):
            # a faith is no state's, but "Muslim groups" in a sentence about Pakistan are
            # Pakistani; "Catholic bishops met in Rome" and "the clergy" at a summit there
            # are not Italian
            pool = gatherings.get(sentence_of_token(ix.doc, m.start), set())
        if len(pool) == 1 and not _away_from_home(ix, m, next(iter(pool))):
            m.country = next(iter(pool))
            m.from_context = True
            m.confidence = 0.5


def _acting_state(ix: DocIndex, m: Mention) -> str | None:
    """The state whose act unnamed officials report: "Germany banned the airline, with
    officials saying ...", "France expelled two diplomats, officials said". Officials who
    speak of what a state did are its own, whatever other state the article is about."""
    tok = ix.doc[m.end - 1]
    act = None
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" \
            and any(c.dep_ == "acl" and c.lemma_.lower() in _SAYING for c in tok.children):
        act = tok.head.head
    elif tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _SAYING:
        act = next((c for c in tok.head.children if c.dep_ == "ccomp"), None)
    if act is None:
        return None
    doer = next((c for c in act.children if c.dep_ == "nsubj"), None)
    if doer is None:
        return None
    for o in ix.mentions:
        if o is not m and o.start <= doer.i < o.end and o.country and not o.from_context \
                and o.country not in NON_STATE_CODES \
                and (o.kind == "country" or o.sector in _OFFICIAL_SECTORS):
            return o.country
    return None


# Bodies whose name several states use (facts of their constitutions); the knowledge base
# files each under the best-known one. In an article about another of them, theirs is meant.
_SHARED_BODIES = {
    "house of commons": frozenset({"GBR", "CAN"}),
    "house of representatives": frozenset({"USA", "AUS", "NZL", "NGA", "PHL", "JPN", "LBY",
                                           "COL", "IDN", "THA", "JOR", "MAR", "BHR", "URY",
                                           "NPL", "MYS", "JAM", "TTO", "BHS", "BRB", "FJI",
                                           "LBR", "BLZ", "CYP", "MLT", "BEL"}),
    "department of justice": frozenset({"USA", "CAN"}),
    "justice department": frozenset({"USA", "CAN"}),
}


def _shared_bodies(ix: DocIndex, main: str | None) -> None:
    """"the House of Commons" in a story about Canada is Canada's: a body named without its
    state takes the article's state when that state has a body of that name."""
    if main is None:
        return
    doc = ix.doc
    for m in ix.mentions:
        if m.kind != "organisation" or m.country == main:
            continue
        words = [t.lower_ for t in doc[m.start:m.end] if t.lower_ != "the"]
        states = _SHARED_BODIES.get(" ".join(words))
        if states is not None and m.country in states and main in states:
            m.country = main


def _sentence_states(ix: DocIndex, meeting_places: bool = False) -> dict[int, set[str]]:
    """The states each sentence names from its own words (not from the article's context); a
    news outlet cited ("told Agence France-Presse", "Reuters said") names none. With
    ``meeting_places``, nor does a capital where something happens ("a summit in Rome")."""
    states: dict[int, set[str]] = {}
    for m in ix.mentions:
        if m.sector == "JRN":
            continue
        if meeting_places and _capital_venue(ix, m):
            continue
        # a person known by name only is evidence of nobody else's state ("King Abdullah
        # met Putin"); "Algerian President Ben Bella" names a state in the text
        if m.country and m.country not in NON_STATE_CODES and not m.from_context \
                and not (m.kind == "person" and m.name and not _names_state(ix, m)) \
                and not _venue(ix, m):
            states.setdefault(sentence_of_token(ix.doc, m.start), set()).add(m.country)
    return states


# Prepositions that bring in the other party of a clause ("a treaty with Mexico").
_PARTY_PREPS = frozenset({"with", "against", "to", "toward", "towards", "from", "by"})
_PARTY_DEPS = frozenset({"dobj", "dative", "agent", "attr", "oprd", "pobj"})
# Prepositions of a target in a dependent clause ("to stop firing rockets at Israel").
_AIMED_PREPS = frozenset({"at", "on", "into"})


def _other_party_states(ix: DocIndex, m: Mention) -> set[str]:
    """States named by the other party of the clause ``m`` is the subject of: its object and
    its "with"/"against"/"to" phrases, also through "voted to sanction Russia"."""
    doc = ix.doc
    tok = doc[m.end - 1]
    while tok.dep_ in ("compound", "amod", "poss", "conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    verbs, tokens = [tok.head], set()
    while verbs:
        verb = verbs.pop()
        nested = verb is not tok.head
        for child in verb.children:
            if child.dep_ in _PARTY_DEPS or child.dep_ == "prep" and (
                    child.lower_ in _PARTY_PREPS or nested and child.lower_ in _AIMED_PREPS):
                tokens.update(_party_tokens(child))
            elif child.dep_ in ("xcomp", "conj") and child.pos_ in ("VERB", "AUX") \
                    or child.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                     for c in child.children):
                # "pleaded with Hamas to stop firing rockets at Israel": what the other
                # party is asked to do names further parties
                verbs.append(child)
    return {o.country for o in ix.mentions
            if o is not m and o.start in tokens and o.country and not o.from_context}


def _party_tokens(tok: Token) -> list[int]:
    """The tokens of a party phrase, without the places in it ("a checkpoint in northern
    Mali": where the act happens is the doer's setting, not another party)."""
    out = [tok.i]
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in LOCATIVE:
            continue
        out.extend(_party_tokens(child))
    return out


def _regional(ix: DocIndex, m: Mention) -> bool:
    """Whether a phrase is qualified by a continent or world region ("African leaders",
    "European nations"): many states' actors, so no single state's from context."""
    for tok in ix.doc[m.start:m.end]:
        if tok.text in REGIONS or any(part in REGIONS for part in tok.text.split("-")[1:]) \
                or tok.text.startswith(("pan-", "Pan-")):
            return True
    return False


def _away_from_home(ix: DocIndex, m: Mention, state: str) -> bool:
    """Whether ``m`` names a stateless people ("Kurdish groups", "Rohingya refugees") and
    ``state`` is none of the states it lives in: another party in the sentence ("the US
    allied with Kurdish groups") is no home of theirs."""
    homes = [STATELESS_HOMES.get(t.lower_) for t in ix.doc[m.start:m.end]]
    known = [h for h in homes if h is not None]
    return bool(known) and all(state not in h for h in known)


def _capital_venue(ix: DocIndex, m: Mention) -> bool:
    """Whether ``m`` is a capital named as the place of an event ("met in Rome")."""
    form = ix.country_at(m.start)
    return form is not None and form.form == "capital" and m.start > 0 \
        and ix.doc[m.start - 1].lower_ in ("in", "at")


# Sectors of a state's own offices: their holders serve the state the text is about.
_OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "JUD", "COP", "LEG"})
# Public titles that sectors.tsv leaves without a sector ("Police and Crime Commissioner").
_OFFICIAL_TITLES = frozenset({"commissioner", "representative", "superintendent", "constable",
                              "prosecutor", "magistrate", "ombudsman", "congressman",
                              "congresswoman", "senator", "assemblyman", "assemblywoman"})


def _official(m: Mention) -> bool:
    """A named person whose title is a public office ("Interior Minister", "Admiral")."""
    if m.kind != "person" or not m.name or not m.role:
        return False
    if m.sector in _OFFICIAL_SECTORS:
        return True
    return m.sector is None and any(w in _OFFICIAL_TITLES
                                    for w in f"{m.role} {m.text_role or ''}".lower().split())


# Presidential republics with no prime minister: a "Prime Minister" in their news is foreign.
_NO_PRIME_MINISTER = frozenset({"USA", "MEX", "BRA", "ARG", "COL", "CHL", "IDN", "PHL", "NGA",
                                "KEN", "VEN", "IRN", "ECU", "BOL", "PRY", "URY", "CRI", "PAN",
                                "GTM", "HND", "SLV", "NIC", "DOM", "GHA", "ZAF", "CYP"})


def _prime_minister(m: Mention) -> bool:
    """Whether the person's title is prime minister ("Prime Minister", "premier")."""
    title = f"{m.role or ''} {m.text_role or ''}".lower().replace("-", " ")
    return "prime minister" in title or "premier" in title.split()


def _home_state(ix: DocIndex, m: Mention, main: str | None,
                states: dict[int, set[str]]) -> str | None:
    """The state an official with no state named serves: the article's main state (news gives
    a visiting foreign official a nationality, not a host); with none, the one state named
    in the sentence or, failing that, in it and the one before. A prime minister is not the
    main state's if it has no such office."""
    foreign = main in _NO_PRIME_MINISTER and _prime_minister(m)
    if main is not None and any(main in named for named in states.values()) and not foreign:
        return main  # (a main state known only from people's names and venues is none)
    sid = sentence_of_token(ix.doc, m.start)
    here = states.get(sid, set())
    near = here | states.get(sid - 1, set())
    if foreign:  # a prime minister, in news of a state that has none, is another state's
        here, near = here - {main}, near - {main}
    for pool in (here, near):
        if len(pool) == 1:
            return next(iter(pool))
    return None


def _named_before(ix: DocIndex, m: Mention) -> str | None:
    """"Prime Minister Johnson" after "Prime Minister Boris Johnson": the state of the person
    first named in full whose surname this is."""
    if not m.name or " " in m.name:
        return None
    for other in ix.mentions:
        if other.start >= m.start:
            break
        if other.kind == "person" and other.country and other.name and " " in other.name \
                and other.name.split()[-1] == m.name:
            return other.country
    return None


# Staff words: the holder speaks or works for a principal ("spokesman for", "aide to").
_STAFF = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "aide", "aides",
                    "adviser", "advisers", "advisor", "advisors", "staffer", "staffers"})
# Words that may stand between a name and its staff title ("a senior adviser to").
_STAFF_MODIFIERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "close",
                              "longtime", "long-time", "personal", "press", "political",
                              "foreign-policy", "policy", "security", "economic",
                              "national"}) | TITLE_MODIFIERS


def _staff(ix: DocIndex) -> None:
    """"Putin's spokesman Ivan Petrov", "Ivan Petrov, an aide to President Putin", "one of
    President Zelensky's aides", "a spokesman for the ministry": staff take the state (and,
    lacking their own, the sector) of the principal they serve."""
    doc = ix.doc
    by_start: dict[int, Mention] = {}
    by_end: dict[int, Mention] = {}
    for m in ix.mentions:
        if m.kind != "pronoun" and m.country:
            by_start.setdefault(m.start, m)
            by_end.setdefault(m.end, m)
    for m in ix.mentions:
        if m.kind != "person" or m.country and not m.from_context:
            continue
        boss = _principal(ix, m, by_start, by_end)
        if boss is None or boss is m:
            continue
        m.country, m.from_context = boss.country, False
        if boss.sector and (m.sector is None or m.sector == "GOV"):
            m.sector = boss.sector  # the spokesperson of a party speaks for the party
        m.confidence = max(m.confidence, 0.7)


def _principal(ix: DocIndex, m: Mention, by_start: dict[int, Mention],
               by_end: dict[int, Mention]) -> Mention | None:
    """The resolved actor whose staff ``m`` is, by the words around it; else None."""
    doc = ix.doc
    staff_here = any(doc[i].lower_ in _STAFF for i in range(m.start, m.end))
    # "Putin's spokesman Ivan Petrov"
    if staff_here and m.start >= 2 and doc[m.start - 1].text in POSSESSIVES:
        boss = by_end.get(m.start - 1)
        if boss is not None:
            return boss
    if m.name is not None and m.start >= 3 and doc[m.start - 1].text == ",":
        # "Merkel's spokesperson, Steffen Seibert"
        j = m.start - 2
        if doc[j].lower_ in _STAFF:
            while j > 0 and doc[j - 1].lower_ in _STAFF_MODIFIERS:
                j -= 1
            if j >= 2 and doc[j - 1].text in POSSESSIVES and (j - 1) in by_end:
                return by_end[j - 1]
    k = m.end
    if m.name is not None:
        if k >= ix.n or doc[k].text != ",":
            return None
        k += 1
        if k + 2 < ix.n and doc[k].lower_ == "one" and doc[k + 1].lower_ == "of":
            # "one of President Zelensky's aides"
            boss = by_start.get(k + 2)
            if boss is None or boss.end + 1 >= ix.n or doc[boss.end].text not in POSSESSIVES:
                return None
            j = boss.end + 1
            while j < ix.n and doc[j].lower_ in _STAFF_MODIFIERS:
                j += 1
            return boss if j < ix.n and doc[j].lower_ in _STAFF else None
        seen = False
        for _ in range(5):
            if k >= ix.n:
                return None
            if doc[k].lower_ in _STAFF:
                seen = True
            elif doc[k].lower_ not in _STAFF_MODIFIERS:
                break
            k += 1
        if not seen:
            return None
    elif not staff_here:
        return None
    # "... spokesman for Putin", "an aide to the president"
    if k + 1 < ix.n and doc[k].lower_ in ("for", "to"):
        return by_start.get(k + 1) or (by_start.get(k + 2) if doc[k + 1].lower_ == "the"
                                       else None)
    return None


# Modifiers that make the press the article's own state's ("local media", "state TV").
_HOME_PRESS = frozenset({"local", "state", "state-run", "state-owned", "domestic", "national",
                         "official", "government", "pro-government", "regional"})
# Offices below the state: whoever holds one is of the state the article is about.
_DOMESTIC_ROLES = ("governor", "mayor", "chief minister", "state senator",
                   "state representative", "councillor", "councilman", "councilwoman",
                   "alderman", "county executive")
_US_MARKERS = frozenset({"us", "u.s.", "united", "states", "american", "america"})
# Words after "Congress" that make it part of a venue's name.
_VENUE_WORDS = frozenset({"centre", "center", "hall", "building", "hotel", "palace"})


def _domestic_role(m: Mention) -> bool:
    """Whether a person's title is a provincial or city office ("Regional Governor")."""
    role = " ".join(r for r in (m.role, m.text_role) if r).lower()
    return any(w in role for w in _DOMESTIC_ROLES) and "former" not in role


def _congress(ix: DocIndex, main: str | None) -> None:
    """A bare "Congress" is the US Congress only where nothing says otherwise: in an article
    about India it is the Congress party (India's legislature is Parliament); in one about
    another state it is that state's congress; before "Centre" it is a venue."""
    doc = ix.doc
    drop = []
    for m in ix.mentions:
        if m.country != "USA":
            continue
        idx = [i for i in range(m.start, m.end) if doc[i].text == "Congress"]
        if not idx or any(doc[j].lower_ in _US_MARKERS
                          for i in idx for j in range(max(0, i - 3), i)):
            continue
        i = idx[0]
        if m.kind == "organisation" and i + 1 < ix.n and doc[i + 1].lower_ in _VENUE_WORDS:
            drop.append(m)
        elif main is not None and main != "USA":
            m.country, m.confidence = main, 0.6
            if main == "IND":
                m.sector = "PTY"
                if m.kind == "organisation":
                    m.name = "Indian National Congress"
            for p in ix.mentions:  # "Congress President Girish Chodankar": the title's holder
                if p.kind == "person" and p.start == m.end and p.country == "USA":
                    p.country, p.sector = m.country, m.sector
    for m in drop:
        ix.mentions.remove(m)
# Words that make a bare "the House" the US House of Representatives: its members and business.
_HOUSE_CUES = frozenset({"speaker", "democrats", "republicans", "democrat", "republican",
                         "congress", "senate", "lawmakers", "congressman", "congresswoman",
                         "bill", "legislation", "impeach", "impeachment", "vote", "pass",
                         "approve", "majority", "minority", "representatives"})
_HOUSE_BODIES = frozenset({"committee", "subcommittee", "caucus", "panel"})


def _house(ix: DocIndex, main: str | None) -> None:
    """"The House voted", "the House Intelligence Committee": in an article about the United
    States, with the chamber's members or business in the same or a neighbouring sentence,
    "the House" is the House of Representatives (USALEG). "The Opera House" never is."""
    if main != "USA":
        return
    doc = ix.doc
    for m in ix.mentions:
        if m.country is not None or m.kind != "organisation":
            continue
        words = [t for t in doc[m.start:m.end] if t.lower_ not in ("the", "full")]
        if not words or words[0].text != "House" or not all(t.is_title for t in words) \
                or len(words) > 1 and words[-1].lower_ not in _HOUSE_BODIES:
            continue
        if len(words) == 1 and any(o.start < m.start and o.country == "USA" and o.sector == "LEG"
                                   and any(t.text == "House" for t in doc[o.start:o.end])
                                   for o in ix.mentions):
            # the chamber was named in full earlier ("the House of Representatives")
            m.country, m.sector, m.confidence = "USA", "LEG", 0.6
            continue
        sid = sentence_of_token(doc, m.start)
        lo, hi = max(0, m.start - 60), min(ix.n, m.end + 60)
        near = any(doc[i].lower_ in _HOUSE_CUES or doc[i].lemma_.lower() in _HOUSE_CUES
                   for i in range(lo, hi)
                   if not m.start <= i < m.end
                   and abs(sentence_of_token(doc, i) - sid) <= 1)
        if near or len(words) > 1:
            m.country, m.sector, m.confidence = "USA", "LEG", 0.6


# The two US parties' members, and words for lawmakers that may follow them.
_US_PARTY_WORDS = frozenset({"democrat", "democrats", "democratic", "republican", "republicans",
                             "gop"})
_LAWMAKER_WORDS = frozenset({"representatives", "representative", "senators", "senator",
                             "lawmakers", "lawmaker", "congressmen", "congresswomen", "members",
                             "legislators"})


def _us_partisans(ix: DocIndex, main: str | None, states: dict[int, set[str]]) -> None:
    """"194 Republicans opposed it", "Republican Representatives attacked the inquiry": in an
    article about the United States (named outright), the party words are its two parties
    (USAPTY), or its legislature when lawmakers are meant (USALEG). Elsewhere "Republicans" may
    be Irish or French, so they stay unresolved."""
    if main != "USA" or not any("USA" in named for named in states.values()):
        return
    doc = ix.doc
    for m in ix.mentions:
        if m.country is not None or m.kind not in ("group", "organisation") or m.role:
            continue
        words = [t.lower_ for t in doc[m.start:m.end] if t.pos_ not in ("DET", "NUM")]
        if not words or not any(w in _US_PARTY_WORDS for w in words) \
                or not all(w in _US_PARTY_WORDS or w in _LAWMAKER_WORDS for w in words):
            continue
        lawmakers = any(w in _LAWMAKER_WORDS for w in words)
        m.country, m.from_context, m.confidence = "USA", True, 0.5
        m.sector = "LEG" if lawmakers else "PTY"


def _venue(ix: DocIndex, m: Mention) -> bool:
    """A town where something happens ("met Putin in Sochi") says nothing of who the people are;
    a town someone is from ("a missionary from Calgary") does."""
    form = ix.country_at(m.start)
    if form is None or form.form != "place":
        return False
    return not (m.start and ix.doc[m.start - 1].lower_ in ("from", "of"))


def _names_state(ix: DocIndex, m: Mention) -> bool:
    """Whether the text of a mention names a state ("Algerian", "of Armenia")."""
    for i in range(m.start, m.end):
        anchor = ix.anchor_at(i)
        if anchor is not None and anchor.kind == "country":
            return True
    return False


def _doc_text(ix: DocIndex) -> str:
    """The document's text; the article's own string when it is the parsed one (``doc.text``
    is rebuilt from every token on each call)."""
    text = ix.article.text
    last = ix.doc[-1]
    if text is not None and len(text) == last.idx + len(last.text_with_ws) \
            and text.endswith(last.text_with_ws):
        return text
    return ix.doc.text


_QUOTE_EVENTS = re.compile('[\u201c\u201d"\n]')


def _quote_regions(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations, so that a pronoun is not resolved to a name quoted."""
    regions = []
    open_at = None
    for found in _QUOTE_EVENTS.finditer(text):
        i, ch = found.start(), found.group()
        if ch == "\u201c" or (ch == '"' and open_at is None):
            open_at = i
        elif (ch == "\u201d" or ch == '"') and open_at is not None:
            regions.append((open_at, i))
            open_at = None
        elif ch == "\n" and open_at is not None and text[open_at:i].count("\n") > 2:
            open_at = None
    return regions


def quotation_of(doc: Doc, text: str | None = None) -> Callable[[int], int]:
    """A function from a token to the index of the quotation it is in, or -1. The regions are
    worked out once a document (kept in ``doc.user_data``), so that mention and event stages
    agree on what is quoted; ``text`` spares rebuilding ``doc.text`` when the caller has it."""
    regions = doc.user_data.get("dyads_quote_regions")
    if regions is None:
        regions = _quote_regions(doc.text if text is None else text)
        doc.user_data["dyads_quote_regions"] = regions
    region_starts = [r[0] for r in regions]

    def region(i: int) -> int:
        char = doc[i].idx
        r = bisect.bisect_right(region_starts, char) - 1
        return r if r >= 0 and regions[r][0] <= char <= regions[r][1] else -1

    return region


def _quotation_of(ix: DocIndex) -> Callable[[int], int]:
    """:func:`quotation_of` for the indexed document, read from the article's own string."""
    return quotation_of(ix.doc, _doc_text(ix))


def _coreference(ix: DocIndex) -> None:
    """Names, titles and pronouns that point back to a person named earlier."""
    ix.mentions.sort(key=lambda m: m.start)
    people = [m for m in ix.mentions if m.kind == "person"]
    _surnames(ix, people)
    _titles(people, _quotation_of(ix))
    _pronouns(ix)


def _surnames(ix: DocIndex, people: list[Mention]) -> None:
    """Later bare surnames of people first named in full ("Weisbrot" after "Mark Weisbrot"),
    also when the tagger took one for an organisation ("Cengiz said" after "Hatice Cengiz")."""
    # keys ignore diacritics: "Brudzinski" after "Joachim Brudziński"
    by_surname: dict[str, Mention] = {}
    for m in people:
        if m.name and m.country is None and m.sector is None and " " not in m.name \
                and fold(m.name) in by_surname:
            first = by_surname[fold(m.name)]
            m.name, m.country, m.sector = first.name, first.country, first.sector
            m.role = m.role or first.role
            m.confidence = max(m.confidence, first.confidence - 0.1)
        elif m.name and " " in m.name:
            by_surname.setdefault(fold(m.name.split()[-1]), m)
    for m in ix.mentions:
        if m.kind == "organisation" and m.country is None and m.name and not m.orgs:
            first = by_surname.get(fold(m.name.removesuffix("'s").removesuffix("\u2019s")))
            if first is not None:
                m.kind, m.name, m.country, m.sector = "person", first.name, first.country, \
                    first.sector
                m.role, m.refers = first.role, first.refers
                m.confidence = max(0.6, first.confidence - 0.1)


def _titles(people: list[Mention], region: Callable[[int], int]) -> None:
    """"the Russian president": the nearest earlier named person with that role and country
    (one named inside a quotation only for a title in that same quotation)."""
    named = [m for m in people if m.name]
    starts = [m.start for m in named]
    for m in people:
        if m.name or not m.nominal or not m.definite:
            continue
        end = bisect.bisect_left(starts, m.start)
        here = region(m.start)
        # same title group ("president" is not "vice-president"), not a former holder
        fitting = [c for c in reversed(named[:end])
                   if region(c.start) in (-1, here)
                   and set(m.refers) & set(c.refers)
                   and not OTHER_HOLDER & set(f"{c.role or ''} {c.text_role or ''}"
                                              .lower().split())
                   and (m.country is None or c.country == m.country)]
        # a title of the state ("the president") means the office holder, not a rival
        fitting.sort(key=lambda c: c.sector != m.sector)
        if fitting:
            cand = fitting[0]
            m.name, m.country, m.sector = cand.name, cand.country, cand.sector
            m.confidence = 0.8


# Verbs whose "it" subject is usually no actor ("it is likely", "it seems", "it takes").
_EMPTY_IT_HEADS = frozenset({"be", "seem", "appear", "remain", "become", "happen", "take",
                             "matter", "mean", "rain", "look", "come", "go", "show",
                             "demonstrate", "suggest", "indicate", "prove", "cost", "feel"})
# Predicates that say what an actor is ready or unwilling to do ("it is ready to talk").
_ACTOR_STATES = frozenset({"ready", "willing", "unwilling", "prepared", "determined",
                           "committed", "open", "opposed", "confident", "concerned", "able",
                           "unable", "responsible", "eager", "keen", "reluctant", "interested"})
# Resolved pronouns kept as candidates for the next ones ("He said ... he added").
_RECENT = 8
# How many sentences back "he"/"she" still looks for a named person.
_PERSON_REACH = 4
# Clause roles that make a phrase the subject a later pronoun most likely continues.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _pronouns(ix: DocIndex) -> None:
    """Third-person pronouns take the actor they most likely continue: "he"/"she" a person of
    that gender, "it"/"its" one state or body, "they"/"their" a plural group. Candidates are
    in the pronoun's sentence (before it) or the one before; subjects come first, then the
    nearer sentence, then the nearer mention. A pronoun in a quotation only looks inside
    that quotation (its "he" is rarely the speaker), and one outside never looks inside one.
    A non-actor subject that fits better ("The deal ... it") blocks the resolution.
    """
    doc = ix.doc
    pronoun_ids = {doc.vocab.strings[w] for w in PRONOUNS}
    at = [i for i, h in enumerate(doc.to_array(LOWER).tolist()) if h in pronoun_ids]
    if not at:
        return
    region = _quotation_of(ix)
    sentence_of_token(doc, 0)
    sents: list[int] = doc.user_data["dyads_sent_index"]
    sent_starts: dict[int, int] = {}
    for i, sid in enumerate(sents):
        if sid not in sent_starts:
            sent_starts[sid] = i
    covered = [False] * ix.n
    for m in ix.mentions:
        for i in range(m.start, m.end):
            covered[i] = True
    ordered = sorted(ix.mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    subject_ids = {doc.vocab.strings[d] for d in _SUBJECT_DEPS}
    deps = doc.to_array(DEP).tolist()
    subjects = [i for i, d in enumerate(deps)
                if d in subject_ids and not covered[i]]  # subjects that are no actor
    dobj = doc.vocab.strings["dobj"]
    objects = [i for i, d in enumerate(deps) if d == dobj and not covered[i]]
    resolved: list[Mention] = []
    for tok in (doc[i] for i in at):
        want = PRONOUNS.get(tok.lower_)
        if want is None or tok.pos_ != "PRON" and tok.tag_ != "PRP$" or covered[tok.i]:
            continue
        if tok.lower_ == "it" and not _actor_it(tok):
            continue
        if want in ("m", "f") and tok.lower_ == "her" and tok.dep_ not in ("poss", "dobj",
                                                                           "pobj", "dative"):
            continue
        sid = sents[tok.i]
        first = sent_starts.get(sid - 1, sent_starts[sid])
        where = region(tok.i)
        lo = bisect.bisect_left(starts, first)
        hi = bisect.bisect_left(starts, tok.i)
        cands = [m for m in ordered[lo:hi] + resolved[-_RECENT:]
                 if first <= m.start and m.end <= tok.i and region(m.start) == where]
        free = subjects[bisect.bisect_left(subjects, first):bisect.bisect_left(subjects, tok.i)]
        objs = objects[bisect.bisect_left(objects, first):bisect.bisect_left(objects, tok.i)]
        best = _antecedent(ix, tok, want, cands, sents, free, objs)
        if best is None and want in ("m", "f"):
            best = _earlier_person(ix, tok, want, region, sents, covered)
        if best is None or not (best.country or best.name):
            continue
        if want in ("m", "f") and best.gender is None and best.name:
            # "Emily Spanton ... she": later pronouns of the other gender are someone else
            for other in ix.mentions:
                if other.name == best.name:
                    other.gender = want
        if tok.dep_ == "poss":
            # "its troops" is the troops, of the owner's state, not a second actor
            _possessed(ix, tok, best)
            continue
        resolved.append(Mention(tok.i, tok.i + 1, "pronoun", country=best.country,
                                sector=best.sector, name=best.name, role=best.role,
                                confidence=0.7, gender=best.gender))
    ix.mentions.extend(resolved)


def _actor_it(tok: Token) -> bool:
    """Whether a subject "it" can be an actor: "it said", "it is ready to talk", not "it is
    likely that" or "it takes time"."""
    if not tok.dep_.startswith("nsubj"):
        return False
    head = tok.head
    if head.lemma_ == "be":
        return any(c.dep_ == "acomp" and c.lemma_ in _ACTOR_STATES for c in head.children)
    return head.lemma_ not in _EMPTY_IT_HEADS


def _fits(ix: DocIndex, m: Mention, want: str, sure: bool = True) -> bool:
    """Whether a mention can be what a pronoun of class ``want`` means (``sure``: only a body
    the stage is confident of, for ranking against others)."""
    doc = ix.doc
    head = _head(ix, m)
    if want in ("m", "f"):
        if m.kind not in ("person", "pronoun") or m.kind == "pronoun" and m.gender is None \
                and not m.name:
            return False
        if m.kind == "pronoun" and PRONOUNS.get(doc[m.start].lower_) != want:
            return False  # an "it" for a body is no "he"
        return _gender(ix, m) in (None, want)
    if m.kind == "pronoun":
        return PRONOUNS.get(doc[m.start].lower_) == want
    plural = head.tag_ in ("NNS", "NNPS") or m.kind == "group" and head.lower_ == "police"
    if want == "it":
        return m.kind in ("country", "organisation", "group") and not plural \
            and m.sector != "CVL" and doc[m.start].tag_ != "JJ" \
            and not _conjoined(head) and (m.confidence > 0.5 or not sure)
    return m.kind in ("group", "organisation", "person") and plural


def _antecedent(ix: DocIndex, tok: Token, want: str, cands: list[Mention], sents: list[int],
                free_subjects: list[int], free_objects: list[int] = ()) -> Mention | None:
    """The best-ranked fitting mention, unless a non-actor subject outranks it."""
    doc = ix.doc
    sid = sents[tok.i]
    speaker = _speaker(ix, tok, want, cands)
    if speaker is not None:
        return speaker
    own = _own_subjects(ix, tok, cands)
    cands = [m for m in cands if m not in own]
    ranked = []
    condition = _condition_clause(tok) and any(sents[m.start] == sid for m in cands)
    for m in cands:
        if not _fits(ix, m, want):
            continue
        head = _head(ix, m)
        if want == "they" and _conjoined(head):
            continue
        # "Kelly Brown met Mr Sam Carter ... him": a person known to fit beats an unknown one
        unknown = want in ("m", "f") and _gender(ix, m) is None
        if condition:
            # nearest first; an owner ("on Greece's border") is no party to the clause
            key = (unknown, sid - sents[m.start], head.dep_ == "poss", -m.start)
        else:
            key = (unknown, not _is_subject(head), sid - sents[m.start], -m.start)
        ranked.append((key, m))
    # "The agreement was signed by Russia. It ...": a subject that is no actor comes first
    for j in free_subjects:
        t = doc[j]
        if want in ("m", "f"):
            blocks = t.ent_type_ == "PERSON"  # a person the stage did not resolve
        else:
            blocks = (t.pos_ == "NOUN" or t.pos_ == "PROPN" and t.ent_type_ != "PERSON") \
                and (t.tag_ in ("NNS", "NNPS")) == (want == "they")
        if blocks:
            key = (want in ("m", "f"), sid - sents[j], False, -j) if condition \
                else (want in ("m", "f"), False, sid - sents[j], -j)
            ranked.append((key, None))
    if condition and want == "it":
        # "remove the post if it is deemed unlawful": a nearer thing object blocks too
        for j in free_objects:
            t = doc[j]
            if sents[j] == sid and t.pos_ == "NOUN" and t.tag_ == "NN":
                ranked.append(((False, 0, False, -j), None))
    if not ranked:
        return None
    ranked.sort(key=lambda r: r[0])
    return ranked[0][1]


# Verbs of saying or believing whose complement's subject pronoun is most often the sayer:
# "The committee says it has found", "Parrikar tweeted he was pained".
_SAYING = frozenset({"say", "tell", "claim", "announce", "state", "add", "insist", "deny",
                     "confirm", "report", "believe", "think", "argue", "promise", "vow", "admit",
                     "acknowledge", "declare", "tweet", "write", "explain", "note", "hope",
                     "maintain", "reiterate", "pledge", "assert", "allege", "stress"})


def _speaker(ix: DocIndex, tok: Token, want: str, cands: list[Mention]) -> Mention | None:
    """"X says it ...": the subject pronoun of a speech verb's complement is that verb's own
    subject when it agrees, even a body the stage could not code yet (better no code than
    another actor's). Not when an addressee agrees too ("the US warned Iran it would ...")."""
    verb = tok.head
    if not tok.dep_.startswith("nsubj") or verb.dep_ != "ccomp" or verb.head.i >= tok.i \
            or verb.head.lemma_ not in _SAYING:
        return None
    say = verb.head
    subjects = [c for c in say.children if c.dep_ == "nsubj"]
    hearers = [c for c in say.children if c.dep_ in ("dobj", "dative")]
    if len(subjects) != 1:
        return None

    def agreeing(word: Token) -> Mention | None:
        for m in cands:
            if m.start <= word.i < m.end and _head(ix, m).i == word.i \
                    and _fits(ix, m, want, sure=False):
                return m
        return None

    if any(agreeing(h) for h in hearers):
        return None
    return agreeing(subjects[0])


def _own_subjects(ix: DocIndex, tok: Token, cands: list[Mention]) -> list[Mention]:
    """"The agency identified him": an object pronoun is never its own clause's subject, nor
    whoever a subject pronoun there stands for."""
    if tok.dep_ not in ("dobj", "dative", "pobj"):
        return []
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    subjects = {c.i for c in verb.children if c.dep_.startswith("nsubj")}
    own = [m for m in cands if _head(ix, m).i in subjects]
    names = {m.name for m in own if m.kind == "pronoun" and m.name}
    return own + [m for m in cands if m.name in names and m not in own]


# Subordinators of a condition set on someone ("unless it pays", "as long as it keeps").
_CONDITION_MARKS = frozenset({"unless", "until", "till", "if", "once", "provided", "providing"})


def _condition_clause(tok: Token) -> bool:
    """Whether a subject pronoun heads a condition clause: "Russia will cut gas to Ukraine
    unless it pays", "refuse to recognise Macedonia as long as it keeps that name". The
    condition is usually set on the party just named, not on the main clause's subject."""
    verb = tok.head
    if not tok.dep_.startswith("nsubj") or verb.dep_ != "advcl":
        return False
    for c in verb.children:
        if c.dep_ == "mark" and (c.lower_ in _CONDITION_MARKS
                                 or c.lower_ == "as" and verb.head.lower_ in ("long", "soon")):
            return True
    return False


def _earlier_person(ix: DocIndex, tok: Token, want: str, region: Callable[[int], int], sents: list[int],
                    covered: list[bool]) -> Mention | None:
    """"he said" a few sentences after a name: the nearest earlier named person of that
    gender outside quotations (in the same quotation for a pronoun inside one); ``covered``
    marks the tokens inside mentions."""
    where = region(tok.i)
    best = None
    for m in ix.mentions:
        if m.kind == "person" and m.name and m.end <= tok.i and _gender(ix, m) in (None, want) \
                and sents[tok.i] - sents[m.start] <= _PERSON_REACH \
                and (where < 0 and region(m.start) < 0 or where >= 0 and region(m.start) == where):
            if best is None or m.start > best.start:
                best = m
    return _later_surname(ix, tok, want, best, region, covered) if best is not None else None


def _later_surname(ix: DocIndex, tok: Token, want: str, best: Mention,
                   region: Callable[[int], int], covered: list[bool]) -> Mention:
    """"charges against Fields. He ...": a bare surname the tagger missed (no mention) still
    names its person, and if it is nearer than ``best`` that person is the one meant."""
    doc = ix.doc
    where = region(tok.i)
    people: dict[str, Mention] = {}
    for m in ix.mentions:
        if m.kind == "person" and m.name and " " in m.name and m.start < tok.i \
                and m.name != best.name and _gender(ix, m) in (None, want):
            people.setdefault(m.name.split()[-1], m)
    for i in range(tok.i - 1, best.end - 1, -1):
        t = doc[i]
        if t.text in people and t.tag_ in ("NNP", "NNPS") and not covered[i] \
                and region(i) == where:
            return people[t.text]
    return best


def window_start(tok: Token, back: int) -> int:
    """The first token of the sentence ``back`` sentences before ``tok``'s: where a look-back for
    what a pronoun means stops."""
    start = tok.sent.start
    for _ in range(back):
        if start > 0:
            start = tok.doc[start - 1].sent.start
    return start


A = TypeVar("A")


def object_referent(tok: Token, phrase: Callable[[Token], list[A]],
                    people: Callable[[], Iterable[A]], doer: Callable[[A], bool],
                    quoted: bool = False) -> list[A]:
    """"police arrested five activists and released them": an object pronoun never means the
    subject of its own clause. "them" is the nearest plural noun before it in this sentence or
    the one before, whatever ``phrase`` finds there (an actor, or nothing: "supplied them" after
    "microbes"); "him"/"her" the nearest person ``people`` offers, none inside a quotation (a
    quote keeps its own people). ``doer`` says which actors are the clause's own subject.

    Why with the mention stage but over the caller's actors: the event coder asks this only once
    it knows the doer, and must get back the same actor objects it codes with.
    """
    word = tok.lower_
    if word in ("them", "they"):
        for i in range(tok.i - 1, window_start(tok, 1) - 1, -1):
            noun = tok.doc[i]
            if noun.tag_ not in ("NNS", "NNPS") or noun.dep_ == "compound":
                continue
            found = phrase(noun)
            if any(doer(a) for a in found):
                continue  # the doer's own phrase ("the police ... them")
            return found
        return []
    if word not in ("him", "her") or quoted or quotation_of(tok.doc)(tok.i) >= 0:
        return []  # '"we must ask her to return," Smith said': not the speaker, nor one named here
    for actor in people():
        if not doer(actor):
            return [actor]
    return []


def _possessed(ix: DocIndex, tok: Token, owner: Mention) -> None:
    """"China ... its foreign ministry", "his spokesman": what the pronoun owns takes its
    owner's state when the text gives it none of its own."""
    if not owner.country:
        return
    for m in ix.mentions:
        if m.start <= tok.head.i < m.end and m.kind != "pronoun" \
                and (m.country is None or m.from_context):
            m.country, m.from_context = owner.country, False
            m.confidence = max(m.confidence, 0.7)


def _head(ix: DocIndex, m: Mention) -> Token:
    """The syntactic head of a mention: its token whose parent lies outside it."""
    doc = ix.doc
    for i in range(m.end - 1, m.start - 1, -1):
        h = doc[i].head.i
        if not m.start <= h < m.end or h == i:
            return doc[i]
    return doc[m.end - 1]


def _is_subject(tok: Token) -> bool:
    """A clause subject, also through "Putin and ...", "the president, Putin"."""
    for _ in range(4):
        if tok.dep_ in _SUBJECT_DEPS:
            return True
        if tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
            tok = tok.head
            continue
        return False
    return False


def _conjoined(tok: Token) -> bool:
    """"Russia and China", "Hungarian and Romanian officials": one of conjoined actors."""
    if tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children):
        return True
    return any(c.dep_ in ("amod", "compound") and (c.dep_ == "conj" or any(
        g.dep_ == "conj" for g in c.children)) for c in tok.children)


def _gender(ix: DocIndex, m: Mention) -> str | None:
    """"m"/"f" from the knowledge base or the phrase ("Mrs", "spokeswoman"); else None."""
    if m.gender:
        return m.gender
    for i in range(m.start, m.end):
        g = GENDER_WORDS.get(ix.doc[i].lower_)
        if g:
            return g
    if m.kind == "person" and m.name:
        return FIRST_NAMES.get(m.name.split()[0].lower()) if " " in m.name else None
    return None

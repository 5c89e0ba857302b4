"""Groups of states named by their region: "European nations", "Gulf states", "Western powers".

CAMEO codes such a group by its region (EUR, PGS, WST, AFR ...), not by any one member state,
and PLOVER keeps CAMEO's non-state codes in the country slot. A phrase counts only when a
region word sits right before a plural noun for states or their governments ("African
leaders", "Western diplomats"): singular "the West African country" is one state named
elsewhere, and "the two European countries" is a plural reference to states named before
(``actor_plurals``). The Arab states are the Arab League's members and are coded IGO; groups
of states named by a faith ("Muslim nations") have no CAMEO region: they stay uncoded, and no
state is guessed for them from context (``multistate_group``).
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from .actor_lexicon import STATE_PLURALS
from .anchor_index import DocIndex, Mention, tokens_lowered

__all__ = ["REGION_WORDS", "multistate_group", "regional_groups"]

# Region words as written before a plural noun, lower case, with their CAMEO region code
# (CAMEO actor codebook, regions). The longest match wins: "West African" before "African".
REGION_WORDS: dict[tuple[str, ...], str] = {
    ("european",): "EUR", ("western", "european"): "EUR", ("west", "european"): "EUR",
    ("central", "european"): "CEU",
    ("eastern", "european"): "EEU", ("east", "european"): "EEU",
    ("african",): "AFR", ("sub-saharan", "african"): "AFR",
    ("west", "african"): "WAF", ("western", "african"): "WAF",
    ("east", "african"): "EAF", ("eastern", "african"): "EAF",
    ("southern", "african"): "SAF", ("north", "african"): "NAF", ("northern", "african"): "NAF",
    ("asian",): "ASA", ("central", "asian"): "CAS", ("south", "asian"): "SAS",
    ("southeast", "asian"): "SEA", ("south-east", "asian"): "SEA",
    ("balkan",): "BLK", ("caribbean",): "CRB",
    ("latin", "american"): "LAM", ("south", "american"): "SAM", ("north", "american"): "NMR",
    ("middle", "eastern"): "MEA", ("mideast",): "MEA", ("mediterranean",): "MDT",
    ("gulf",): "PGS", ("persian", "gulf"): "PGS", ("gulf", "arab"): "PGS",
    ("scandinavian",): "SCN", ("nordic",): "SCN",
    ("western",): "WST",
    # the Arab states act together through the Arab League: CAMEO files them as an IGO, as
    # our probes' coders did ("Arab states boycotted the conference" -> IGO)
    ("arab",): "IGO",
}
_LONGEST = max(len(k) for k in REGION_WORDS)
# Region words that may be written in lower case ("western governments", "gulf states").
_LOWER_OK = frozenset({"western", "gulf"})

# Plural nouns for states themselves (no sector) and for their governments (GOV).
_STATE_NOUNS = frozenset({"nations", "countries", "states", "powers", "governments", "leaders",
                          "capitals", "democracies", "monarchies", "allies", "partners",
                          "ministers", "officials", "diplomats", "envoys", "negotiators",
                          "lawmakers", "parliaments", "delegations", "donors"})
# (session 33) "Western donors", "Gulf donors": the region's states as givers of aid, through their
# governments (as "donor countries"); "European donors" are not private givers in news of a budget.
_NOUN_SECTORS = {"governments": "GOV", "leaders": "GOV", "capitals": "GOV", "ministers": "GOV",
                 "officials": "GOV", "diplomats": "GOV", "envoys": "GOV", "negotiators": "GOV",
                 "lawmakers": "LEG", "parliaments": "LEG", "delegations": "GOV", "donors": "GOV"}
# Plural sector nouns of armed forces: "West African peacekeeping troops" are the region's.
_FORCE_NOUNS = frozenset({"troops", "forces", "armies", "peacekeepers", "soldiers", "navies"})
# Peoples and faiths that many states share: "Arab states" belong to no one state or region.
MULTISTATE_PEOPLES = frozenset({"muslim", "islamic", "christian"})
# Words a group of states may carry before its region ("the other Gulf states").
_LEAD_WORDS = frozenset({"the", "other", "various", "several", "many", "some", "most", "all",
                         "major", "fellow", "key", "leading", "powerful", "rich", "wealthy",
                         "neighbouring", "neighboring", "oil-rich", "friendly", "these", "those",
                         "big", "main", "influential", "more", "few"})
# Words after a group that list its members, who then stand for it (``event_parties``).
_LISTING = frozenset({"including", "like", "such", "notably", "especially", "led"})
# Words that make the phrase a count of states named before ("the two European countries").
_COUNTS = frozenset({"both", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                     "ten", "twin"})


# Plural nouns of a region's trade ("tariffs on Southeast Asian goods"): the region word on them
# names the region's states as the party the trade measure falls on (session 20).
_GOODS_NOUNS = frozenset({"goods", "exports", "imports", "products", "exporters", "producers"})
# Measures a region's states take together ("Western sanctions"): the region word on them names
# the states that impose them (session 23), as a state's adjective does ("U.S. sanctions").
_MEASURE_NOUNS = frozenset({"sanctions", "embargo", "embargoes"})

_CUE_WORDS = _STATE_NOUNS | _FORCE_NOUNS | _GOODS_NOUNS | _MEASURE_NOUNS | {"west"}


def regional_groups(ix: DocIndex) -> None:
    """Code each region word + plural state noun as one group of the region's CAMEO code,
    growing a people-adjective mention ("European") over its noun, coding a sector phrase
    the mention builder left stateless ("African leaders"), or adding the phrase when no
    mention holds it ("Gulf states", "Western powers"); "the West" as a party is WST."""
    doc = ix.doc
    changed = False
    for i in tokens_lowered(doc, _CUE_WORDS):  # (a per-document index: no scan of every token)
        tok = doc[i]
        lower = tok.lower_
        if lower in _STATE_NOUNS or lower in _FORCE_NOUNS:
            span = _region_before(ix, tok)
            if span is not None and _place_group(ix, span[0], tok.i + 1, span[1],
                                                 _NOUN_SECTORS.get(lower)
                                                 or ("MIL" if lower in _FORCE_NOUNS else None),
                                                 forces=lower in _FORCE_NOUNS):
                changed = True
            elif lower in _STATE_NOUNS and _people_before(ix, tok):
                changed = True
        elif lower in _GOODS_NOUNS or lower in _MEASURE_NOUNS:
            # only the region word the mention builder left stateless takes the code (no new
            # mention: "European goods" says whose goods, the goods are no actor)
            span = _region_before(ix, tok)
            if span is not None and _place_group(ix, span[0], tok.i, span[1], None, forces=True):
                changed = True
        elif tok.text == "West" and _the_west(ix, tok):
            if _place_group(ix, tok.i - 1, tok.i + 1, "WST", None, forces=False):
                changed = True
    if regional_descriptions(ix):
        changed = True
    if _people_from_regions(ix):
        changed = True
    if _groups_in_regions(ix):
        changed = True
    if _union_central_banks(ix):
        changed = True
    _bloc_descriptions(ix)
    if changed:
        ix.mentions.sort(key=lambda m: m.start)


# Quantities that open a group of states and refer back to none (session 40: "troops from
# several Caribbean states"), as a number in digits does not.
_UNCOUNTED = frozenset({"several", "many", "various", "numerous", "some"})


def _people_from_regions(ix: DocIndex) -> bool:
    """"Diplomats from 13 Western countries, including the United States": people from a
    counted group of states named by its region are that group (its CAMEO region code), not
    the story's state; a number in digits is no back-reference ("the two European countries"
    is), and the members it lists are examples. (session 40) Nor is "several" ("troops from
    several Caribbean states", CRBMIL, not the invaded island's). True when one was coded."""
    doc = ix.doc
    made = False
    for i in tokens_lowered(doc, STATE_PLURALS):
        tok = doc[i]
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ != "from" or i < 3 \
                or not (doc[i - 2].text.isdigit() or doc[i - 2].lower_ in _UNCOUNTED):
            continue
        code = REGION_WORDS.get((doc[i - 1].lower_,))
        if code is None or code == "IGO" or not doc[i - 1].is_title or prep.i != i - 3:
            continue
        people = next((m for m in ix.mentions if m.end == prep.i and m.kind == "group"
                       and m.name is None and (m.country is None or m.from_context)
                       and doc[m.end - 1].tag_ == "NNS"), None)
        placed = any(m.start == i - 2 and m.end == i + 1 and m.country == code and not m.from_context
                     for m in ix.mentions)  # (the region's phrase coded by the pass before)
        if people is None or not placed and not _place_group(ix, i - 2, i + 1, code, None, forces=False):
            continue
        people.country, people.from_context = code, False
        made = True
    return made


# Continents named as places, with the adjective REGION_WORDS writes them by ("central Europe"
# -> "central european" -> CEU).
_CONTINENTS = {"europe": "european", "africa": "african", "asia": "asian", "america": "american"}


def _groups_in_regions(ix: DocIndex) -> bool:
    """"Farmers in central Europe say ...": people placed in a world region, not in one state,
    are a group of the region's CAMEO code (with their own sector), the place their phrase's
    end; the context's state is no more theirs than any other member's. True when one was coded."""
    doc = ix.doc
    made = _groups_in_named_regions(ix)
    for i in tokens_lowered(doc, _CONTINENTS):
        tok = doc[i]
        if not tok.is_title or i < 2:
            continue
        words = (doc[i - 1].lower_, _CONTINENTS[tok.lower_])
        code, prep = REGION_WORDS.get(words), i - 2
        if code is None or not doc[i - 1].is_alpha:
            code, prep = REGION_WORDS.get(words[1:]), i - 1
        if code is None or doc[prep].lower_ != "in":
            continue
        group = next((m for m in ix.mentions if m.end == prep and m.kind == "group"
                      and (m.country is None or m.from_context)
                      and doc[prep].head.i == m.end - 1 and doc[m.end - 1].tag_ == "NNS"), None)
        if group is None:
            continue
        group.end, group.char_end = i + 1, None
        group.country, group.from_context = code, False
        ix.mark(group.start, group.end)
        made = True
    return made


# (session 39) Regions named as places by a noun after "in the", lower case, with their CAMEO
# region code: "police in the Caribbean" are the region's police, of no single state.
_REGION_NOUNS: dict[tuple[str, ...], str] = {
    ("caribbean",): "CRB", ("balkans",): "BLK", ("middle", "east"): "MEA", ("mideast",): "MEA",
}


def _groups_in_named_regions(ix: DocIndex) -> bool:
    """(session 39) "the need for oversight of police in the Caribbean": a plural group placed
    "in the" region a noun names, which neither the text nor the context gave a state, is a group
    of the region's CAMEO code, as :func:`_groups_in_regions` reads "in central Europe"; the
    story's own state (or a foreign one the context guessed) is no more the group's than any
    other member's. True when one was coded."""
    doc = ix.doc
    made = False
    for key, code in _REGION_NOUNS.items():
        for i in tokens_lowered(doc, frozenset({key[0]})):
            end = i + len(key)
            if i < 2 or end > len(doc) or tuple(t.lower_ for t in doc[i:end]) != key \
                    or not doc[i].is_title or doc[i - 1].lower_ != "the" or doc[i - 2].lower_ != "in":
                continue
            prep = i - 2
            # (the parser may hang "in the Caribbean" on the noun the group depends on:
            # "oversight of police in the Caribbean"; the group right before it is still placed)
            group = next((m for m in ix.mentions if m.end == prep and m.kind == "group"
                          and (m.country is None or m.from_context)), None)
            if group is None:
                continue
            group.end, group.char_end = end, None
            group.country, group.from_context = code, False
            ix.mark(group.start, group.end)
            made = True
    return made


# The member states of the narrower regions a singular description names ("the Nordic country",
# "the Gulf state", "the West African nation"), from common geography (UN geoscheme and the
# regional blocs, written by the dyads authors). The wide regions (European, African, Asian,
# Middle Eastern, Western) have too many members for such a description to single one out.
REGION_MEMBERS: dict[str, frozenset[str]] = {
    "SCN": frozenset({"NOR", "SWE", "DNK", "FIN", "ISL"}),
    "WAF": frozenset({"BEN", "BFA", "CPV", "CIV", "GMB", "GHA", "GIN", "GNB", "LBR", "MLI", "MRT",
                      "NER", "NGA", "SEN", "SLE", "TGO"}),
    "EAF": frozenset({"BDI", "DJI", "ERI", "ETH", "KEN", "RWA", "SOM", "SSD", "TZA", "UGA"}),
    "SAF": frozenset({"AGO", "BWA", "LSO", "MWI", "MOZ", "NAM", "ZAF", "SWZ", "ZMB", "ZWE", "MDG"}),
    "NAF": frozenset({"DZA", "EGY", "LBY", "MAR", "TUN", "SDN", "MRT"}),
    "PGS": frozenset({"BHR", "KWT", "OMN", "QAT", "SAU", "ARE"}),
    "SEA": frozenset({"BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS", "VNM"}),
    "CAS": frozenset({"KAZ", "KGZ", "TJK", "TKM", "UZB"}),
    "SAS": frozenset({"AFG", "BGD", "BTN", "IND", "MDV", "NPL", "PAK", "LKA"}),
    "BLK": frozenset({"ALB", "BIH", "BGR", "HRV", "GRC", "XKX", "MKD", "MNE", "ROU", "SRB", "SVN"}),
    "CRB": frozenset({"ATG", "BHS", "BRB", "CUB", "DMA", "DOM", "GRD", "HTI", "JAM", "KNA", "LCA",
                      "VCT", "TTO"}),
    "SAM": frozenset({"ARG", "BOL", "BRA", "CHL", "COL", "ECU", "GUY", "PRY", "PER", "SUR", "URY", "VEN"}),
}
# (session 32) Region words that are also one state's adjective: "the Central African country"
# in a story about Cameroon is a state of Central Africa (UN geoscheme's Middle Africa), not the
# Central African Republic, unless that republic is the state it points back to.
_STATE_NAMED_REGIONS: dict[tuple[str, ...], tuple[str, frozenset[str]]] = {
    ("central", "african"): ("CAF", frozenset({"AGO", "CMR", "CAF", "TCD", "COG", "COD", "GNQ",
                                               "GAB", "STP"})),
}
# Singular nouns for one state that a region word may describe ("the Nordic country").
_ONE_STATE_NOUNS = frozenset({"country", "nation", "state", "kingdom", "republic", "monarchy",
                              "emirate", "sultanate"})
# How many sentences back such a description looks for the state it means.
_DESCRIBED_REACH = 2


def regional_descriptions(ix: DocIndex) -> bool:
    """"Sweden applied ... the last obstacle to the Nordic country joining", "Mali expelled the
    envoy. The West African country accused Paris": a definite singular state noun after a
    region word is the latest state named before it (in its sentence or the two before) that
    lies in that region; it becomes a mention of that state (no sector), in place of a
    stateless mention of the region word. True when one was made."""
    doc = ix.doc
    made = False
    for i in tokens_lowered(doc, _ONE_STATE_NOUNS):
        tok = doc[i]
        if tok.tag_ != "NN" or i < 2:
            continue
        found = None
        for n in range(min(_LONGEST, i - 1), 0, -1):
            words = tuple(t.lower_ for t in doc[i - n:i])
            code = REGION_WORDS.get(words)
            if code in REGION_MEMBERS and doc[i - 1].is_title:
                found = (i - n, code, REGION_MEMBERS[code], None)
                break
            if words in _STATE_NAMED_REGIONS and doc[i - 1].is_title:
                found = (i - n, None, *reversed(_STATE_NAMED_REGIONS[words]))
                break
        if found is None:
            continue
        start = _definite_start(doc, found[0], tok)
        if start is None:
            continue
        members, own = found[2], found[3]
        if own is None and any(ix.country_at(k) is not None for k in range(start, i)):
            continue  # "the South African state": a state's own adjective
        first = tok.sent.start
        for _ in range(_DESCRIBED_REACH):
            first = doc[first - 1].sent.start if first > 0 else first
        named = [m for m in ix.mentions if first <= m.start and m.end <= start and m.kind != "pronoun"
                 and m.country in members and not m.from_context]
        if not named:
            named = _only_member_named_before(ix, start, members)
        if not named:
            continue
        state = max(named, key=lambda m: m.start).country
        if state == own:
            continue  # the Central African Republic named just before: its own adjective
        inside = [m for m in ix.mentions if m.start < i + 1 and m.end > start]
        # (the adjective's own-state mention is the region word here)
        if any((m.country is not None and not (m.country == own and m.end <= i))
               or m.start < start or m.end > i + 1 for m in inside):
            continue
        for m in inside:
            ix.mentions.remove(m)
        bisect.insort(ix.mentions, Mention(start=start, end=i + 1, kind="group", country=state,
                                           confidence=0.6, definite=True), key=lambda x: x.start)
        ix.mark(start, i + 1)
        made = True
    return made


def _definite_start(doc: Doc, first: int, noun: Token) -> int | None:
    """(session 37) The "the" that opens a region's description of one state, also over the
    noun's own adjectives before the region words ("the oil-rich Central African country",
    "the tiny Gulf state"); None when the phrase is not definite."""
    i = first - 1
    while i >= 0 and doc[i].dep_ in ("amod", "advmod", "punct", "npadvmod") and doc[i].lower_ != "the" \
            and (doc[i].head.i == noun.i or noun.i > doc[i].head.i > i) and first - i <= 4:
        i -= 1
    return i if i >= 0 and doc[i].lower_ == "the" and doc[i].head.i == noun.i else None


def _only_member_named_before(ix: DocIndex, start: int, members: frozenset[str]) -> list[Mention]:
    """(session 37) "A court in Equatorial Guinea sentenced Mann ... a plan to seize power in
    the oil-rich Central African country": past the usual reach, the description is the one
    state of its region the article has named before it, when it has named only one."""
    named = [m for m in ix.mentions if m.end <= start and m.kind != "pronoun"
             and m.country in members and not m.from_context]
    return named if len({m.country for m in named}) == 1 else []


def multistate_group(ix: DocIndex, m: Mention) -> bool:
    """Whether ``m`` is a group of states named by a people or faith ("Arab states", "the
    Muslim nations"): several states, none of which the context may stand for."""
    doc = ix.doc
    last = doc[m.end - 1]
    if last.lower_ not in _STATE_NOUNS and not (m.end < ix.n and doc[m.end].lower_ in _STATE_NOUNS):
        return False
    return any(t.lower_ in MULTISTATE_PEOPLES for t in doc[m.start:m.end])


def _people_before(ix: DocIndex, head: Token) -> bool:
    """"Arab states", "Muslim nations": the mention the tagger made of the people word alone
    grows over its noun, so that the party's span is the group (its state stays unknown)."""
    i = head.i
    if i == 0 or head.tag_ not in ("NNS", "NNPS") or not ix.doc[i - 1].is_title \
            or ix.doc[i - 1].lower_ not in MULTISTATE_PEOPLES:
        return False
    for m in ix.mentions:
        if m.start <= i - 1 < m.end:
            if m.end != i or m.country is not None or m.end - m.start > 1:
                return False
            m.end, m.char_end, m.kind = i + 1, None, "group"
            ix.mark(m.start, m.end)
            return True
    return False


def _region_before(ix: DocIndex, head: Token) -> tuple[int, str] | None:
    """The start of the phrase and the region code when region words end right before
    ``head`` ("other Gulf states" -> start of "other", PGS); None when they do not, when the
    words are a state's adjective ("South African", "Central African"), or when a count makes
    the phrase a reference to states named before."""
    doc = ix.doc
    i = head.i
    if head.tag_ not in ("NNS", "NNPS"):
        return None
    if i > 0 and doc[i - 1].is_lower and doc[i - 1].dep_ in ("amod", "compound") \
            and doc[i - 1].lower_ not in _LOWER_OK and doc[i - 1].pos_ in ("ADJ", "NOUN"):
        i -= 1  # "West African peacekeeping troops", "European member states"
    found = None
    for n in range(min(_LONGEST, i), 0, -1):
        words = tuple(t.lower_ for t in doc[i - n:i])
        code = REGION_WORDS.get(words)
        if code is None:
            continue
        first, last = doc[i - n], doc[i - 1]
        if not (last.is_title or last.lower_ in _LOWER_OK and first.lower_ in _LOWER_OK
                or last.is_title and first.lower_ in _LOWER_OK):
            continue
        found = (i - n, code)
        break
    if found is None:
        return None
    start, code = found
    # a state's own adjective ("South African", "Central African") or a word run into a
    # longer proper name ("the West African Economic ...") is no region
    if any(ix.country_at(k) is not None for k in range(max(0, start - 1), i)):
        return None
    if start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ not in _LEAD_WORDS \
            and not doc[start].is_sent_start:
        return None  # "NATO European allies", "Pan-African ...": part of another name
    k = head.i + 1 + (head.i + 1 < ix.n and doc[head.i + 1].text == ",")
    if k < ix.n and doc[k].lower_ in _LISTING:
        return None  # "African countries including Algeria and Morocco": the members it lists
    if code == "SEA" and head.lower_ in STATE_PLURALS \
            and head.dep_ == "nsubj":
        return None  # "The Southeast Asian nations pledged": ASEAN speaking (actor_context)
    j = start
    while j > 0 and doc[j - 1].lower_ in _LEAD_WORDS | _COUNTS:
        j -= 1
    if any(doc[k].lower_ in _COUNTS or doc[k].like_num for k in range(j, start)):
        return None
    return j, code


def _place_group(ix: DocIndex, start: int, end: int, code: str, sector: str | None,
                 forces: bool) -> bool:
    """Give tokens [start, end) the region's code: through the mention that holds the noun,
    or one that holds only the region word, or a new group mention. A known body in the
    span ("the European Union member states") leaves it alone, as does a mention already
    given a state from its own words."""
    inside = [m for m in ix.mentions if m.start < end and m.end > start]
    for m in inside:
        if m.country is not None and not m.from_context:
            return False
        if m.start < start or m.end > end:
            return False
        if m.kind in ("person", "organisation", "country") and m.name:
            return False
    if forces and not inside:
        return False  # troops only where the builder found an armed group
    if inside:
        m = inside[0]
        for other in inside[1:]:
            ix.mentions.remove(other)
        m.start, m.end, m.char_start, m.char_end = start, end, None, None
        m.kind = "group"
    else:
        m = Mention(start=start, end=end, kind="group")
        bisect.insort(ix.mentions, m, key=lambda x: x.start)
    m.country, m.from_context, m.confidence = code, False, min(m.confidence, 0.8)
    m.sector = m.sector or sector
    ix.mark(start, end)
    return True


def _union_central_banks(ix: DocIndex) -> bool:
    """"Assets frozen at the regional central bank", "the West African central bank": a central
    bank called regional or named by a world region is a monetary union's (BCEAO, BEAC, the
    ECB), no one state's government, so it is coded IGO (EUR for Europe's, as the ECB's
    knowledge-base entry is) and the story's state is not guessed for it. True when one was."""
    doc = ix.doc
    made = False
    for i in tokens_lowered(doc, ("bank",)):
        if i < 3 or doc[i].is_title or doc[i - 1].lower_ != "central" or doc[i - 1].is_title:
            continue
        found = _bank_region(ix, i - 1)
        if found is None:
            continue
        start, code = found
        if doc[start - 1].lower_ == "the":
            start -= 1
        inside = [m for m in ix.mentions if m.start < i + 1 and m.end > start]
        bank = next((m for m in inside if m.start <= i < m.end and m.kind == "organisation"), None)
        if bank is None or bank.name or any(m.start < start or m.end > i + 1
                                            or m.country is not None and not m.from_context
                                            for m in inside):
            continue
        for m in inside:
            if m is not bank:
                ix.mentions.remove(m)
        bank.start, bank.end, bank.char_start, bank.char_end = start, i + 1, None, None
        bank.country, bank.sector, bank.from_context = code, None, False
        ix.mark(start, i + 1)
        made = True
    return made


def _bloc_descriptions(ix: DocIndex) -> None:
    """"The East African bloc IGAD said": region words on "bloc" before the bloc's name describe
    that named body, which is the actor; the stateless region-word mention left over from them
    is a fragment, not a group of the region's states, and is dropped."""
    doc = ix.doc
    for k in tokens_lowered(doc, ("bloc",)):
        if k + 1 >= ix.n or not any(o.start == k + 1 and o.kind == "organisation" and o.name
                                    for o in ix.mentions):
            continue
        for m in [m for m in ix.mentions if m.end == k and m.country is None and m.kind == "group"]:
            if tuple(t.lower_ for t in doc[m.start:m.end] if t.lower_ != "the") in REGION_WORDS:
                ix.mentions.remove(m)


def _bank_region(ix: DocIndex, central: int) -> tuple[int, str] | None:
    """Where the words that make a central bank a union's start, and the union's code:
    "regional", or region words ("West African") that are no state's own adjective."""
    doc = ix.doc
    if doc[central - 1].lower_ == "regional":
        return central - 1, "IGO"
    for n in range(min(_LONGEST, central), 0, -1):
        code = REGION_WORDS.get(tuple(t.lower_ for t in doc[central - n:central]))
        if code is None or not doc[central - 1].is_title:
            continue
        if any(ix.country_at(k) is not None for k in range(max(0, central - n - 1), central)):
            return None  # "the South African central bank", "Central African": one state's
        return central - n, "EUR" if code == "EUR" else "IGO"
    return None


# Prepositions after which "the West" is a party ("sanctions against the West"), not a place.
_PARTY_PREPS = frozenset({"with", "against", "to", "from", "by", "toward", "towards", "of",
                          "between", "on", "at"})


def _the_west(ix: DocIndex, tok: Token) -> bool:
    """"The West imposed sanctions", "ties with the West": the Western states as one party;
    "in the West", "the West Bank", "the West of England" are places or names."""
    doc = ix.doc
    i = tok.i
    if i == 0 or doc[i - 1].lower_ != "the" or ix.anchor_at(i) is not None \
            and ix.anchor_at(i).kind not in ("ent_norp",):
        return False
    if i + 1 < ix.n and (doc[i + 1].is_title or doc[i + 1].pos_ in ("NOUN", "PROPN")
                         or doc[i + 1].lower_ in ("'s", "’s")):
        return False
    if i + 2 < ix.n and doc[i + 1].lower_ == "of" and doc[i + 2].is_title:
        return False  # "the West of England"
    if any(m.start <= i < m.end for m in ix.mentions if m.name or m.country):
        return False
    dep = tok.dep_
    if dep in ("nsubj", "nsubjpass", "dobj", "dative", "agent"):
        return True
    if dep == "conj":
        return tok.head.dep_ in ("nsubj", "dobj", "pobj") and _party_pobj(tok.head) \
            if tok.head.dep_ == "pobj" else tok.head.dep_ in ("nsubj", "dobj")
    return dep == "pobj" and _party_pobj(tok)


def _party_pobj(tok: Token) -> bool:
    """Whether the object of a preposition is a party ("against the West"), not a place."""
    return tok.head.lower_ in _PARTY_PREPS

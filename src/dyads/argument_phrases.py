"""Where an argument phrase starts and ends around its head token (conventions in :mod:`dyads.arguments`).

Kept apart from reading the slots so the trimming rules (what stays in a phrase, what is commentary)
sit in one place; the slot reader and the stage import from here, never the other way round.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from .actor_lexicon import sector_words
from .countries import country_forms
from .event_roles import to_infinitive as _to_infinitive
from .nlp import joined_by_hyphen

__all__ = ["LIGHT", "PARTY_ENTS", "TIME_ENTS", "argument_phrase", "is_party", "phrases", "run_on", "seat_tail",
           "several"]

_DROP_PREPS = frozenset({"on", "including", "as", "following", "during", "after", "before", "despite", "amid",
                         "since", "until", "like", "about", "than", "because", "via", "throughout", "under",
                         "over", "within", "ahead", "besides", "except", "unlike", "regarding"})
_KEEP_ACL = frozenset({"base", "know", "locate", "station", "name", "call", "head", "lead", "back", "support",
                       "fire", "affect", "deploy", "link", "affiliate", "tie", "ally", "align"})
TIME_ENTS = frozenset({"DATE", "TIME"})
PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
_PRECONJ = frozenset({"both", "either", "neither"})
_OPEN = frozenset({"(", "[", "“"})
_CLOSE = frozenset({")", "]", "”"})
_EDGE_PUNCT = frozenset({",", ";", ".", ":", "!", "?", "—", "–", "-"})
_CUT_AFTER_COMMA = frozenset({"who", "which", "whose", "whom", "including", "where", "when"})
# Direct objects that only carry the event: "launched an assault ON X", "held talks WITH X".
LIGHT = frozenset(
    "assault attack strike airstrike raid offensive operation campaign war talk talks meeting discussion "
    "negotiation condolence condolences support aid assistance help sanction embargo ban lawsuit suit case "
    "charge appeal plea ultimatum warning threat visit trip invitation training pressure criticism complaint "
    "protest tariff restriction measure action effort bombardment shelling barrage crackdown tie ties relation "
    "relations cooperation partnership loan grant funding fund money weapon arm arms troop troops message letter "
    "apology congratulation congratulations greeting greetings thanks tribute mission responsibility blame "
    "exercise drill delegation hostility hostilities cyberattack mediation sympathy solidarity concern "
    "invasion incursion missile rocket fire pessimism optimism concern worry regret anger outrage satisfaction "
    "hope disappointment dismay gratitude respect respects statement control confidence doubt doubts curb curbs".split()
)
# Appositions that name the event itself rather than the party they hang on.
_EVENT_APPOS = LIGHT | frozenset("incident move decision step act attempt killing bombing massacre".split())


# Acts and undertakings (not people, sites or things): "in <place>" after one says where the act
# happens, never which party ("violated the holiday ceasefire [in X Valley]", "French operations
# [in the former colony]"). People and things handed over are left out of this list on purpose.
_ACTS = (LIGHT - frozenset("troop troops delegation weapon arm arms money fund funding loan grant letter message "
                           "missile rocket mission statement control support aid assistance help".split())) \
    | frozenset("ceasefire truce move incident decision step act attempt killing bombing massacre".split())


# Proposals and claims whose "of/for" phrase is their content ("an offer of a ceasefire", "calls for
# reform"), never the party that made or received them.
_PROPOSALS = frozenset("offer proposal demand request call plea appeal bid charge accusation allegation "
                       "claim".split())


# Offices whose portfolio may name two fields: "Minister of Foreign Affairs and Expatriates".
_PORTFOLIO_HEADS = frozenset("minister ministry secretary department commissioner commission".split())


def _next_conj(cc: Token) -> Token | None:
    return next((c for c in cc.head.children if c.dep_ == "conj" and c.i > cc.i), None)


def _portfolio_part(conj: Token | None) -> bool:
    """A conjunct that is the second field of an office's portfolio, not a second party.

    Why: the parser hangs "Expatriates" in "Minister of Foreign Affairs and Expatriates" on the
    office; a capitalised bare noun right after the office's "of" phrase continues that phrase.
    """
    if conj is None or conj.dep_ != "conj" or conj.head.lemma_.lower() not in _PORTFOLIO_HEADS:
        return False
    office = conj.head
    of = [c for c in office.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < conj.i]
    return bool(of) and of[-1].right_edge.i + 2 == conj.left_edge.i and conj.text[:1].isupper() and \
        not conj.ent_type_ and not any(c.dep_ in ("det", "poss") for c in conj.children)


def _seat_of_power(tok: Token) -> bool:
    """A capital or seat of government ("Moscow", "Downing Street"): a place a party stands in.

    Why: a city of that kind after a person or thing only says where the event happened, while
    an organisation's city names which office it is ("the U.S. Embassy in Athens").
    """
    words = [t.text for t in tok.subtree if t.dep_ != "det"]
    form = country_forms().get(" ".join(words))
    return form is not None and form.form in ("capital", "seat")


def seat_tail(prep: Token) -> bool:
    """Whether ``prep`` is "in/at" a capital or seat of power after anything but an organisation
    ("the Egyptian ambassador [in Berlin]", "Germany's envoy [at Downing Street]"; but "the U.S.
    Embassy in Athens"): it says where the party is, not which one, and stays out of its phrase."""
    objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    return prep.dep_ == "prep" and prep.lower_ in ("in", "at") and bool(objs) and _seat_of_power(objs[0]) and \
        prep.head.ent_type_ not in ("ORG", "FAC")


def _keep_child(child: Token, head: Token, join: bool) -> bool:
    dep = child.dep_
    after = child.i > head.i
    if dep in ("conj", "cc", "preconj"):
        return join or _portfolio_part(child if dep == "conj" else _next_conj(child))
    if after and dep in ("relcl", "advcl", "parataxis", "ccomp", "mark", "advmod", "punct", "dep"):
        return False  # a comma stays only inside a kept apposition
    if dep == "acl":
        if _to_infinitive(child):
            return False
        if child.tag_ == "VBN" and (
            any(c.dep_ == "agent" for c in child.children) or child.lemma_.lower() in _KEEP_ACL
        ):
            return True
        return not after
    if dep == "prep" and after:
        if child.lower_ in _DROP_PREPS:
            return False
        if child.lower_ in ("in", "at", "near") and head.ent_type_ == "PERSON":
            return False  # "Donald Trump in Washington": where he is, not who
        if child.lower_ == "to" and _handed_people(head, child):
            return False
        if child.lower_ == "in" and _act_in_place(head, child):
            return False
        objs = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
        if seat_tail(child):
            return False  # "the Egyptian ambassador in Berlin": where the party is, not which one
        if not objs or objs[0].dep_ == "pcomp" or objs[0].ent_type_ in TIME_ENTS:
            return False
    if dep == "prep" and after and child.lower_ in ("of", "for") and head.lemma_.lower() in _PROPOSALS and \
            not any(is_party(o, frozenset()) for o in child.children if o.dep_ == "pobj"):
        return False  # "an Afghan government offer [of a ceasefire]": what is offered, not whose offer
    if dep == "prep" and after and child.lower_ == "of" and head.ent_type_ == "GPE" and not child.ent_type_:
        return False  # "accusations by the US of genocide": what is claimed, not which state
    if dep == "prep" and after and child.lower_ == "of" and _claimant_of(head) and \
            not any(o.ent_type_ for o in child.children if o.dep_ == "pobj"):
        return False  # "allegations by Amnesty International [of torture]": the claim, not the body
    if dep in ("npadvmod", "nmod") and after and child.ent_type_ in TIME_ENTS:
        return False
    if dep == "appos" and after and child.lemma_.lower() in _EVENT_APPOS:
        return False  # "148 students ..., an attack that provoked outrage": a comment on the event
    if dep == "appos" and after and head.ent_type_ == "GPE" and (child.pos_ == "NOUN" or any(
            c.dep_ == "poss" for c in child.children)):
        return False  # "Syria, its neighbour", "Iran, the Islamic Republic": a state's name is whole
    if dep == "appos" and after and head.ent_type_ != "PERSON" and \
            any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in child.children):
        return False  # "Estonia, a small country in Northern Europe": a description, not a name
    return True


# Offices whose "to X" phrase says which post it is ("the ambassador to Bahrain").
_POSTS = frozenset("ambassador envoy representative delegate emissary consul minister secretary counterpart "
                   "adviser advisor aide special".split())


def _handed_people(head: Token, prep: Token) -> bool:
    """People with a "to <party>" phrase the parser hung on them are handed over to that party
    ("release a physician and nurse [to U.S. diplomats]"), not described by it.

    Why: a "to" phrase is part of a person's name only for a post ("the ambassador to Bahrain")
    or an adjective ("rebels loyal to X", where it hangs on the adjective, not the noun).
    """
    if head.lemma_.lower() in _POSTS or head.lower_ in _POSTS or not (_people(head) or head.ent_type_ == "PERSON"):
        return False
    return any(o.dep_ == "pobj" and (o.ent_type_ in PARTY_ENTS or _people(o)) for o in prep.children)


def _claimant_of(head: Token) -> bool:
    """``head`` names who made a claim: the "by" phrase of an accusation, charge or demand."""
    by = head.head
    return head.dep_ == "pobj" and by.lower_ == "by" and (by.head.lemma_.lower() in _PROPOSALS
                                                           or by.head.lower_ in _PROPOSALS)


def _act_in_place(head: Token, prep: Token) -> bool:
    """An act noun with "in" a place that is no party ("the holiday ceasefire in Compostela Valley").

    Why: the annotators mark the act (what was violated, supported, opposed) and leave where it
    happens out; a named body after "in" ("resolutions in the United Nations") still says whose.
    """
    if head.ent_type_ or head.lemma_.lower() not in _ACTS and head.lower_ not in _ACTS:
        return False
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and objs[0].ent_type_ not in ("ORG", "PERSON", "NORP")


def _nested_cut(tok: Token) -> int:
    """Where commentary deeper in a kept modifier starts: a relative clause or a date hung on a
    noun inside it ("the shrine of leader Khomeini [in June 2017 that killed 17 people]")."""
    cut = len(tok.doc)
    for sub in tok.subtree:
        if sub.i == tok.i or sub.i < sub.head.i or sub.head.pos_ not in ("NOUN", "PROPN"):
            continue
        if _commentary(sub):
            cut = min(cut, sub.left_edge.i)
    return cut


def _commentary(sub: Token) -> bool:
    """A modifier deep in a phrase that comments rather than identifies: a relative clause, a
    date, a participle clause, an "or" alternative, or a described apposition
    ("Klockner-Humboldt-Deutz, a German engine maker")."""
    dep = sub.dep_
    if dep == "relcl":
        return True
    if dep == "prep" and sub.lower_ == "to" and _handed_people(sub.head, sub):
        return True  # "a physician and nurse [to U.S. diplomats]"
    if dep == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in TIME_ENTS for c in sub.children):
        return True
    if dep in ("npadvmod", "nmod") and sub.ent_type_ in TIME_ENTS:
        return True
    if dep == "conj" and any(c.dep_ == "cc" and c.lower_ == "or" and c.i < sub.i for c in sub.head.children):
        return True  # "a depot of the Syrian army [or its allied forces]": a guess at another party
    if dep == "appos" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in sub.children):
        return True  # (a person's description too: deep in the phrase it describes a modifier, not the party)
    return dep == "acl" and not any(c.dep_ == "agent" for c in sub.children)


def argument_phrase(head: Token, join: bool = False) -> tuple[int, int]:
    """Token range [start, end) of the argument phrase headed by ``head`` (see module conventions).

    ``join`` keeps coordinated parties in one phrase (the joint subject of a reciprocal event).
    Linear in the length of the phrase.
    """
    doc = head.doc
    left = right = head.i
    cut = len(doc)
    for child in head.children:
        if _keep_child(child, head, join):
            left = min(left, child.left_edge.i)
            right = max(right, child.right_edge.i)
            if child.i > head.i:
                cut = min(cut, _nested_cut(child))
        elif child.i > head.i and child.dep_ != "punct":
            cut = min(cut, child.left_edge.i)
    right = min(right, cut - 1)
    for k in range(head.i + 1, right):  # ", who ...", ", including ...": the rest is commentary
        if doc[k].text == "," and (doc[k + 1].lower_ in _CUT_AFTER_COMMA or doc[k + 1].dep_ == "relcl"):
            right = k - 1
            break
    while right > head.i and (doc[right].text in _EDGE_PUNCT or doc[right].dep_ in ("cc", "preconj")
                              or doc[right].is_space):
        right -= 1
    while left < head.i and (doc[left].text in _EDGE_PUNCT or doc[left].is_space
                             or (not join and doc[left].lower_ in _PRECONJ)):
        left += 1
    # a name is never cut in two: "Omar [al - Bashir]" when the parser hung half of it elsewhere
    while right + 1 < len(doc) and doc[right].ent_type_ and doc[right].ent_type_ not in TIME_ENTS and (
            doc[right + 1].ent_iob_ == "I" or doc[right].ent_type_ == doc[right + 1].ent_type_ == "PERSON"):
        right += 1  # two person names back to back are one long name ("Mohamed Abdullahi | Mohamed Farmajo")
    while left > 0 and doc[left].ent_iob_ == "I" and doc[left].ent_type_ not in TIME_ENTS:
        left -= 1
    left, right = _whole_words(doc, left, right)
    opened = sum(1 for k in range(left, right + 1) if doc[k].text in _OPEN)
    closed = sum(1 for k in range(left, right + 1) if doc[k].text in _CLOSE)
    if closed > opened and doc[right].text in _CLOSE:
        right -= 1
    elif opened > closed and right + 1 < len(doc) and doc[right + 1].text in _CLOSE:
        right += 1  # "Nigerian Air Force (NAF)": the bracket hangs on the verb in the parse
    return left, right + 1


_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _whole_words(doc, left: int, right: int) -> tuple[int, int]:
    """Widen [left, right] so no hyphenated word is cut at its hyphen.

    Why: the tokenizer splits "two ex-ministers" into "ex", "-", "ministers", and the parser may
    hang the pieces apart; a word written without spaces is one word of the phrase.
    """
    while right + 2 < len(doc) and joined_by_hyphen(doc, right + 1, ("-", "\u2013")) and doc[right + 2].tag_ not in _FINITE:
        right += 2  # (but "Mugabe | co-founded ZANU": a finite verb is the clause, not the name)
    while left >= 2 and joined_by_hyphen(doc, left - 1, ("-", "\u2013")):
        left -= 2
    return left, right


def _conjuncts(head: Token) -> list[Token]:
    """``head`` and the parties coordinated with it ("Mike Pompeo, Alex Azar, and Steve Bannon")."""
    out = [head]
    stack = [c for c in head.children if c.dep_ == "conj"]
    while stack:
        tok = stack.pop(0)
        if tok.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and not _portfolio_part(tok):
            out.append(tok)
            stack.extend(c for c in tok.children if c.dep_ == "conj")
    return out


def several(head: Token) -> bool:
    """Whether a subject names several parties: coordinated ("Britain and Germany"), or its
    named modifiers are ("UK and EU negotiators", "the armies of Brazil and Argentina")."""
    if len(_conjuncts(head)) > 1:
        return True
    for child in head.children:
        inner = child.children if child.dep_ == "prep" and child.lower_ == "of" else [child]
        for tok in inner:
            if tok.dep_ in ("compound", "amod", "nmod", "pobj") and tok.ent_type_ in PARTY_ENTS and \
                    any(c.dep_ == "conj" and c.ent_type_ in PARTY_ENTS for c in tok.children):
                return True
    named = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in PARTY_ENTS]
    return len(named) > 1 and any(t.dep_ == "cc" for t in head.doc[named[0].i:named[-1].i])


def is_party(tok: Token, actor_tokens: frozenset[int]) -> bool:
    """A named party (a person, state, organisation, people) rather than a thing or a group of things."""
    if tok.ent_type_ in PARTY_ENTS or tok.pos_ == "PROPN":
        return True
    left = tok.doc[tok.left_edge.i:tok.i + 1]
    if any(t.ent_type_ in PARTY_ENTS | {"LOC"} and t.dep_ in ("amod", "compound", "poss", "nmod") for t in left):
        return True  # "Belgian people", "Syria's neighbours": a people or body of a named state
    return any(i in actor_tokens for i in range(tok.left_edge.i, tok.i + 1))


# Modifiers a later conjunct may share with the first ("a Cuban physician and nurse").
_MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod", "quantmod"})
_PEOPLE_WORDS = frozenset(sector_words())


def _people(tok: Token) -> bool:
    """A noun for people of a sector ("prisoners", "detainees", "workers")."""
    lemma = tok.lemma_.lower()
    return tok.lower_ in _PEOPLE_WORDS or lemma in _PEOPLE_WORDS or f"{lemma}s" in _PEOPLE_WORDS


def _separate_groups(conj: list[Token]) -> bool:
    """Coordinated groups of people that share no modifier are separate parties.

    Why: annotators split "prisoners | detainees" and "Syrian refugees | vulnerable Jordanians"
    but keep "a Cuban physician and nurse" whole, where the later conjunct borrows the first's
    determiner and adjective: each conjunct must name people and carry its own modifiers (or
    all be bare), and "X and allied Y" stays one side with its allies.
    """
    if not all(_people(t) and t.pos_ == "NOUN" for t in conj):
        return False
    if any(c.dep_ == "amod" and c.lower_ in ("allied", "affiliated") for t in conj[1:] for c in t.children):
        return False  # "Yemeni army and allied forces": one side with its allies
    bare = [not any(c.dep_ in _MODIFIERS and c.i < t.i for c in t.children) for t in conj]
    return all(bare) or not any(bare[1:])


def _other_kind(tok: Token) -> bool:
    """A conjunct "other X" after a party ("USAID and other international donors"): the "other"
    says the first conjunct is an X too, so both are parties of one kind."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ == "other" for c in tok.children)


def run_on(head: Token, rng: tuple[int, int]) -> tuple[int, int]:
    """Extend a phrase over a sibling of the same role that starts right where it ends.

    Why: the parser splits "his counterpart | Italian President Sergio Mattarella" into two
    objects of "meet"; with nothing between them they are one party named twice.
    """
    if head.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass"):
        return rng
    doc = head.doc
    for sib in head.head.children:
        if sib.i < head.i and sib.right_edge.i + 1 == rng[0] and sib.pos_ == "PROPN" and \
                sib.dep_ in (head.dep_, "npadvmod", "compound", "dep") and sib.ent_type_ not in TIME_ENTS and \
                head.pos_ == "PROPN":
            rng = sib.left_edge.i, rng[1]  # "Taiwan Representative Bi khim | Hsiao": one name
    for sib in head.head.children:
        if sib.i > head.i and sib.dep_ == head.dep_ and sib.left_edge.i == rng[1] and sib.pos_ == "PROPN":
            return rng[0], max(rng[1], argument_phrase(sib)[1])
        if sib.dep_ == head.dep_ and sib.i == rng[1] and _named_kind(head, sib):
            return rng[0], sib.i + 1  # the noun only: what the parser hung on it belongs to the verb
        if sib.i > head.i and sib.dep_ == head.dep_ and sib.ent_type_ == "PERSON" and _title(head) and \
                _title_gap(doc, rng[1], sib.left_edge.i, head.head):
            return rng[0], max(rng[1], argument_phrase(sib)[1])
    return rng


def _named_kind(name: Token, noun: Token) -> bool:
    """A bare common noun right after a name the parser made a second object or subject of the
    same verb: the name modifies it ("sentenced 12 Boko Haram | militants", "Hezbollah | fighters").

    Why: with nothing between them the two are one party, the group's members; a noun with its
    own article or possessive starts a phrase of its own. The tagger often reads such a plural as
    a verb ("militants" VBZ); its nominal dependency, the name's own, says it is a noun.
    """
    return name.pos_ == "PROPN" and noun.pos_ in ("NOUN", "VERB") and noun.tag_ in ("NN", "NNS", "VBZ") and \
        noun.left_edge.i == noun.i and noun.i == name.i + 1 and name.ent_type_ not in TIME_ENTS


def _title(tok: Token) -> bool:
    """An office rather than a name: "the UAE Ambassador", "Foreign Minister" (no name inside)."""
    return tok.pos_ in ("NOUN", "PROPN") and not tok.ent_type_ and \
        not any(t.ent_type_ == "PERSON" for t in tok.subtree)


def _title_gap(doc, start: int, end: int, verb: Token) -> bool:
    """Between an office and its holder's name only a comma and the office's "to/of/for X" phrase
    the parser hung on the verb ("the UAE Ambassador [to Bahrain], Abdulridha Khori")."""
    k = start
    if k < end and doc[k].dep_ == "prep" and doc[k].head.i == verb.i and doc[k].lower_ in ("to", "of", "for", "in"):
        k = doc[k].right_edge.i + 1
    return k + 1 == end and doc[k].text == ","


def phrases(heads: Iterable[Token], actor_tokens: frozenset[int], join: bool = False) -> list[tuple[int, int]]:
    """Phrases of ``heads``; coordinated parties split ("the UK" | "France") unless ``join``."""
    out: list[tuple[int, int]] = []
    doc: Doc | None = None
    for head in heads:
        doc = head.doc
        conj = _conjuncts(head)
        split = not join and len(conj) > 1 and (
            (is_party(conj[0], actor_tokens) and all(is_party(t, actor_tokens) or _other_kind(t) for t in conj[1:]))
            or _separate_groups(conj))
        for tok in conj if split else [head]:
            rng = run_on(tok, argument_phrase(tok, join=not split))
            if rng not in out:
                out.append(rng)
    out = _stray_counts(out, doc)
    # a phrase inside another of the same side is the same party ("Abiy Ahmed [Ali Mohamed Farmajo]")
    return [r for r in out if not any(o != r and o[0] <= r[0] and r[1] <= o[1] for o in out)]


def _stray_counts(out: list[tuple[int, int]], doc: Doc | None) -> list[tuple[int, int]]:
    """A count the parser hung on the noun before it counts the next phrase's head ("freed on
    bail | two ex-ministers"): the phrase right after it takes it, and a phrase that ended with
    it gives it up, so the count stands in one phrase only."""
    if doc is None:
        return out
    taken: set[int] = set()
    moved: list[tuple[int, int]] = []
    for start, end in out:
        before = doc[start - 1] if start > 0 else None
        if before is not None and before.dep_ == "nummod" and before.head.i < before.i:
            taken.add(before.i)
            start -= 1
        moved.append((start, end))
    trimmed = [(s, e - 1) if e - s > 1 and e - 1 in taken else (s, e) for s, e in moved]
    return list(dict.fromkeys(trimmed))  # (two heads may now share one phrase)

"""Where the actors of an event sit in the parse: subjects, objects, prepositional phrases.

Shared by the event coder; pure functions over spaCy tokens plus one per-document index from
tokens to actor mentions, so each lookup is a dictionary hit rather than a scan of the actors.
"""

from __future__ import annotations

import re

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Token

from .model import Actor
from .nlp import joined_by_hyphen, sentence_of_token

__all__ = [
    "FIRING_VERBS",
    "LANDFORMS",
    "PHONES",
    "names_land",
    "by_phone",
    "ACCUSED_OF",
    "ANSWER_NOUNS",
    "GIVE",
    "NP_BLOCK",
    "OBJ",
    "PASS_SUBJ",
    "PLACE_PREPS",
    "POSSESSIVE",
    "REASON_PREPS",
    "ROUTES",
    "SUBJ",
    "ActorIndex",
    "as_place",
    "children",
    "dedupe",
    "for_to",
    "lemma_in",
    "mention_root",
    "merge",
    "outside",
    "phrase_span",
    "prep_objects",
    "raised_objects",
    "relative_antecedent",
    "rift_sides",
    "route_stop",
    "scoped",
    "shared_objects",
    "shut_space_owners",
    "stranded_to",
    "to_infinitive",
    "verb_of",
]

SUBJ = {"nsubj", "csubj", "expl"}
PASS_SUBJ = {"nsubjpass", "csubjpass"}
# possessive pronouns that make a noun someone's own ("their governments", "his proposal")
POSSESSIVE = frozenset({"his", "her", "its", "their", "our", "my"})
OBJ = {"dobj", "dative", "oprd", "attr"}
NP_BLOCK = {"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "mark", "punct", "cc", "prep", "appos",
             "det", "advmod", "neg", "aux", "auxpass", "case"}
# giving, returning, handing over: a "to X" phrase names the recipient
GIVE = frozenset({"AID", "RETREAT", "CONCEDE"})
# "sanctions over the killing", "criticised for the decision": what a party acts about
REASON_PREPS = frozenset({"for", "over"})
# verbs that lay a deed on someone in an "of" phrase ("accused the army of the killing", "suspected
# of ordering it"): the deed is the one accused's, never the accuser's
ACCUSED_OF = frozenset({"accuse", "suspect", "convict", "acquit", "clear", "absolve"})
# nouns for setting people free ("the release of the reporter", "Navalny's release"): whom such a
# noun names is the one freed, not the one a demand is made of
RELEASE_NOUNS = frozenset({"release", "freedom", "freeing"})
PLACE_PREPS = {"in", "from", "throughout", "across", "inside", "at", "for", "against", "with"}
# (session 47) Nouns of land a place's name may label ("the Bakassi peninsula"): the land does nothing.
LANDFORMS = frozenset({"peninsula", "island", "islands", "valley", "strip", "coast", "enclave", "heights",
                       "plateau", "desert", "delta", "archipelago"})
# (session 47) Verbs of firing whose "from" phrase says where the fire came from, not what was hit.
FIRING_VERBS = frozenset({"fire", "launch", "shoot", "lob", "shell"})


def names_land(tok: Token) -> bool:
    """Whether a place's last word only labels the land it modifies ("Bakassi" of "the Bakassi
    peninsula"): the land does nothing, so it is no party."""
    return tok.dep_ == "compound" and tok.head.lemma_.lower() in LANDFORMS
# "a shop in Paris": where something is, so a capital there is its state, not its government
_WHERE_PREPS = {"in", "at", "inside", "across", "throughout"}
# premises a body keeps in a town: "the Tunis bureau of Al Jazeera", "the Kabul office of the agency"
_PREMISES = frozenset({"bureau", "office", "headquarters", "branch", "studio", "newsroom", "premises", "outlet"})
# "anti-Houthi forces", "a pro-Israel position": a name behind these prefixes is what the noun is
# for or against, never the noun itself
_STANCE_PREFIXES = {"anti", "pro"}
# "his critics", "her killers", "Putin's rivals": the possessor is the one they act against
_ADVERSARIES = {"critic", "opponent", "rival", "enemy", "detractor", "foe", "adversary", "challenger",
                "victim", "accuser", "attacker", "assailant", "killer", "murderer", "kidnapper", "captor",
                # relational nouns of friendship: "ties with Brazil's largest trading partner" are
                # with the partner, another party; the possessor is the other end of the relation
                "partner", "ally", "neighbour", "neighbor", "counterpart"}
# verbs done in another's name: "signed for the government", "spoke for the rebels" name the
# principal the doer acts for (the source side), never the other party
_PROXY_VERBS = {"sign", "countersign", "initial", "speak"}
# "on behalf of the Senate", "at the behest of the premier": who an act is done for, not to
_PRINCIPALS = {"behalf", "behest", "invitation", "instruction", "instigation",
               # "on the sidelines of the G20 summit", "on the eve of talks": when, not to whom
               "sideline", "sidelines", "margin", "margins", "eve"}
# nouns for a part of a body: "a section of the SPLA", "a wing of the party" are that body
# ("the Egyptian affiliate of the Islamic State": an affiliate or offshoot is coded as its parent;
# a bare country adjective on it says where it works, so it gives way to the parent's code)
_PARTS = frozenset({"section", "part", "wing", "faction", "unit", "element", "branch", "contingent", "splinter",
                    "arm", "detachment", "battalion", "brigade", "division", "cell", "affiliate", "offshoot",
                    "franchise", "chapter"})
# "countries including Algeria and Morocco", "groups such as Hamas": a plain group noun that names
# no one by itself is stood for by the members it lists, so those are the party
_GROUP_NOUNS = frozenset({"country", "state", "nation", "group", "member", "government", "ally", "neighbour",
                          "neighbor", "power", "organisation", "organization", "party", "faction", "militia"})
# the words that open such a list ("such as" and "like" hang the list on "as"/"like")
_LISTING_PREPS = frozenset({"including", "include", "as", "like", "among"})


# participles whose hyphened agent stands outside the phrase's party ("Iranian-backed", "UN-brokered");
# not "-led", "-run", "-allied": "Vietnamese-led forces" are Vietnam's, an "Iran-allied group" is coded with Iran
_OUTSIDE_HANDS = frozenset({"backed", "supported", "sponsored", "funded", "financed", "armed", "trained",
                            "brokered", "mediated", "negotiated",
                            # (session 32) who listed or made a thing is no party of what is done with
                            # it: "halted the transit of EU-sanctioned goods to Kaliningrad" aims at
                            # Russia, not the EU; "seized Iranian-made drones" takes nothing from Iran
                            "sanctioned", "blacklisted", "designated", "made", "built", "supplied", "donated"})


def _hyphen_agent(participle: Token, child: Token, hands: frozenset[str] = _OUTSIDE_HANDS) -> bool:
    """Whether ``child`` is the agent joined by a hyphen to a participle that modifies the phrase
    ("a UN-brokered ceasefire", "Iranian-backed Houthis"): the backer or broker is a party of its
    own relation, not of what the phrase's noun does or undergoes; a leader or owner ("Vietnamese-led
    forces", "a Hamas-run ministry") is the phrase's own state and stays. ``hands`` are the
    participles meant (``_tie_agent`` asks the same of ties of sympathy)."""
    return participle.lower_ in hands and participle.dep_ == "amod" \
        and child.dep_ in ("npadvmod", "nmod", "compound") and child.i < participle.i \
        and child.right_edge.i + 1 < participle.i \
        and participle.doc[child.right_edge.i + 1].text in ("-", "\u2013")


def _sibling_hand(child: Token) -> bool:
    """Whether ``child`` is the agent of a hyphened hand the parser hung beside it on the same noun
    ("UN - sanctioned fuel" parsed as three modifiers of "fuel"): as in ``_hyphen_agent``, the
    one who sanctioned or backed the thing is no party of what the phrase does or undergoes."""
    doc, nxt = child.doc, child.right_edge.i + 1
    return child.dep_ in ("compound", "nmod", "npadvmod", "amod") and nxt + 1 < len(doc) \
        and doc[nxt].text in ("-", "\u2013") and doc[nxt + 1].lower_ in _OUTSIDE_HANDS \
        and doc[nxt + 1].head.i == child.head.i and doc[nxt + 1].dep_ == "amod"


# (session 32) the same hands written as one token ("U.S.-sanctioned", "Iran-made"); only those
# that never name the noun's own side (a one-token "Iran-backed militia" is coded with Iran)
_OUTSIDE_HAND_WORD = re.compile(r"\S[-\u2013](sanctioned|blacklisted|designated|made|built|supplied|donated)$", re.I)


def _hyphen_hand_word(child: Token) -> bool:
    """Whether ``child`` is one hyphened token naming who listed, made or gave the noun's thing
    ("a U.S.-sanctioned tycoon", "Iran-made drones"): its named agent is no party of the phrase."""
    return child.dep_ in ("amod", "compound") and _OUTSIDE_HAND_WORD.search(child.text) is not None


# hyphened ties of sympathy, not of hands ("Iran-aligned", "Russia-allied"): the patron is the
# phrase's code only when the phrase names no state of its own
_TIE_HANDS = frozenset({"aligned", "allied", "leaning", "friendly"})


def _tie_agent(participle: Token, child: Token, own: Actor | None) -> bool:
    """Whether ``child`` is the patron in "the Iran-aligned Houthi movement": when the noun is an
    actor with a state of its own (the Houthis, YEM), the patron it is aligned with is no doer or
    undergoer of what the phrase does; a bare "an Iran-allied group" still takes Iran's code."""
    return _hyphen_agent(participle, child, _TIE_HANDS) and own is not None and bool(own.country)


class ActorIndex:
    """Token -> actor lookups for one document, built once (linear in actors)."""

    def __init__(self, doc: Doc, actors: list[Actor]) -> None:
        self.doc = doc
        self.by_token: dict[int, Actor] = {}
        self.by_sentence: dict[int, list[Actor]] = {}
        self.roots: dict[int, Actor] = {}
        self.prefixed: set[int] = set()
        # several actors on one span: a plural reference ("the two countries") to each member
        self.fellows: dict[int, list[Actor]] = {}
        spans: dict[tuple[int, int], Actor] = {}
        for actor in actors:
            first_on = spans.setdefault((actor.start, actor.end), actor)
            if first_on is not actor:
                self.fellows.setdefault(id(first_on), []).append(actor)
            span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            first = span[0].i
            if joined_by_hyphen(doc, first - 1, ("-", "\u2013")) and doc[first - 2].lower_ in _STANCE_PREFIXES:
                self.prefixed.add(id(actor))
            for tok in span:
                self.by_token.setdefault(tok.i, actor)
            self.roots.setdefault(span.root.i, actor)
            sid = actor.sentence if actor.sentence >= 0 else sentence_of_token(doc, span.root.i)
            self.by_sentence.setdefault(sid, []).append(actor)

    def in_phrase(self, head: Token, loose: bool = True) -> list[Actor]:
        """Actors inside the noun phrase of ``head`` (conjuncts and "of" phrases, not clauses);
        failing that, where the phrase places it ("security forces in Guinea")."""
        named = self.named_holder(head)
        if named:
            return named
        found = self._in_phrase(head)
        named = self._named_after(head, found)
        if named is not None:
            return [named]
        if not found and head.pos_ == "NOUN":
            # "outlawed the two main organizations, the ANC and the PAC": a common noun naming no
            # actor is named by its appositive, which the phrase walk does not enter (set off by a
            # comma or dash; a bracketed one is mostly an abbreviation the parser hung too high)
            # (not past a prepositional phrase: "deliveries in Nigeria, the former stronghold of"
            # renames Nigeria, though the parser hangs it on "deliveries")
            found = merge(*(self._in_phrase(a) for a in head.children if a.dep_ == "appos" and a.i > head.i
                            and a.left_edge.i > 0 and (self.doc[a.left_edge.i - 1].text in (",", "-", "\u2013", "\u2014")
                                                       or a.left_edge.i == head.i + 1)  # "rival Japan's Abe"
                            and not any(p.dep_ == "prep" and head.i < p.i < a.i for p in head.children)))
        if found or not loose or head.pos_ not in ("NOUN", "PROPN"):
            return found
        nodes, i = [head], 0
        while i < len(nodes) and len(nodes) < 6:  # "part of a program for Bosnia"
            node = nodes[i]
            i += 1
            for prep in node.children:
                if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS | {"of"}:
                    continue
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    if prep.lower_ == "of":
                        nodes.append(pobj)
                    elif prep.lower_ in _WHERE_PREPS:
                        found = merge(found, [as_place(a) for a in self._in_phrase(pobj)])
                    else:
                        found = merge(found, self._in_phrase(pobj))
        return found

    def _named_after(self, head: Token, found: list[Actor]) -> Actor | None:
        """"suspended French news channel France 24": a common noun described only by a state's
        adjective and followed at once by a named body or person of that state is that name's
        descriptor, even where the parser hangs the name elsewhere (a number in "France 24"
        breaks the phrase, or takes it for an apposition): the named actor is the party, not
        the adjective's state."""
        if head.pos_ != "NOUN" or not found or head.i + 1 >= len(self.doc) \
                or self.doc[head.i + 1].pos_ != "PROPN":
            return None
        named = self.by_token.get(head.i + 1)
        if named is None or named.kind not in ("organisation", "person") or not named.code \
                or self.by_token.get(head.i) is not None:
            return None
        if all(a.kind == "country" and a.country == named.country for a in found):
            return named
        return None

    def named_holder(self, head: Token) -> list[Actor]:
        """"Lula's foreign minister, Mauro Vieira, rejected": an office noun owned by one person and
        named by its appositive is the person named, not the owner; empty otherwise. Only when the
        person's code is the owner's (or the owner has none): a name coded with another office
        ("Erdogan's foreign minister, X", X filed under an earlier post) keeps the owner's code."""
        owners = [a for c in head.children if c.dep_ == "poss" and (a := self.by_token.get(c.i)) is not None]
        if head.pos_ != "NOUN" or not owners:
            return []
        for app in head.children:
            if app.dep_ == "appos" and app.pos_ == "PROPN" and app.i > head.i \
                    and self.doc[app.left_edge.i - 1].text == ",":
                actor = self.by_token.get(app.i)
                if actor is not None and actor.kind == "person" and actor.code \
                        and all(o.code in (None, actor.code) for o in owners):
                    return [actor]
        return []

    def prefixed_in(self, head: Token) -> bool:
        """Whether the noun's own modifiers name an "anti-"/"pro-" party ("an anti-Houthi coalition")."""
        return any(id(a) in self.prefixed for t in head.lefts for w in t.subtree
                   if (a := self.by_token.get(w.i)) is not None)

    def _in_phrase(self, head: Token) -> list[Actor]:
        # "of" phrases only when the head names no actor itself: "the government of Venezuela",
        # but not "the Turkish and Greek sides of [the island of] Cyprus"
        found = self._walk(head, follow_of=False)
        if found and head.lemma_.lower() in _PREMISES and all(self._sited_by(head, a) for a in found):
            # (session 31) "raided the Tunis bureau of Al Jazeera": the town only sites the
            # premises, whose owner in the "of" phrase is the party
            owners = [a for a in self._walk(head, follow_of=True) if a not in found and a.code]
            if owners:
                return owners
        return found or self._walk(head, follow_of=True)

    def _sited_by(self, head: Token, actor: Actor) -> bool:
        """Whether a place actor is only a word before ``head`` that says where it is ("the Tunis bureau")."""
        return actor.kind in ("country", "place") and any(
            c.dep_ in ("compound", "nmod") and c.i < head.i and self.by_token.get(t.i) is actor
            for c in head.children for t in c.subtree)

    def _walk(self, head: Token, follow_of: bool) -> list[Actor]:
        found: list[Actor] = []
        seen: set[int] = set()
        members = False
        placed: set[int] = set()  # country adjectives of a part whose parent has a code
        stack = [head]
        while stack:
            tok = stack.pop(0)
            actor = self.by_token.get(tok.i)
            if actor is not None and id(actor) not in seen and id(actor) not in self.prefixed:
                seen.add(id(actor))
                found.append(actor)
                found.extend(self.fellows.get(id(actor), ()))
            for child in tok.children:
                dep = child.dep_
                if dep == "poss" and tok.lemma_.lower() in _ADVERSARIES:
                    continue
                if dep == "poss" and self._owner_of_own_organ(child, actor):
                    continue
                if dep == "prep" and self._lists_members(tok, child, actor):
                    listed = self._walk(child, follow_of)
                    if listed:
                        # the members replace the nameless group ("Tunisia's neighbouring countries")
                        found = [a for a in found if a is not actor]
                        found.extend(a for a in listed if id(a) not in seen)
                        seen.update(id(a) for a in listed)
                        members = True
                    continue
                if dep == "prep" and child.lower_ == "from" and actor is not None and tok.pos_ == "NOUN":
                    # "officials from Armenia and Azerbaijan": people of several states named by
                    # where they come from are each state's, not the first one's
                    listed = self._walk(child, follow_of)
                    if len({a.country for a in listed if a.country}) > 1:
                        found = [a for a in found if a is not actor]
                        found.extend(a for a in listed if id(a) not in seen)
                        seen.update(id(a) for a in listed)
                    continue
                if dep == "prep" and child.lower_ == "of":
                    # "the leaders of France and Germany": a mention that takes in its own "of"
                    # phrase leads on to that phrase's further conjuncts
                    inside = actor is not None and self.by_token.get(child.i) is actor
                    # "officials and a section of the SPLA": a part of a body is that body
                    part = actor is None and tok.lemma_.lower() in _PARTS and tok.pos_ == "NOUN"
                    if part and any(a.code for a in self._walk(child, follow_of)):
                        placed.update(id(a) for m in tok.children if m.dep_ == "amod" and m.i < tok.i
                                      and (a := self.by_token.get(m.i)) is not None and a.kind == "country")
                    if follow_of or inside or part:
                        stack.append(child)
                elif dep == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON", "ADJ"):
                    stack.append(child)
                elif dep == "appos" and self._listed_appos(tok, child, actor):
                    stack.append(child)
                elif dep == "pobj" or dep not in NP_BLOCK:
                    if child.pos_ == "VERB" and dep not in ("amod", "compound"):
                        continue
                    if _hyphen_agent(tok, child) or _hyphen_hand_word(child) or _sibling_hand(child):
                        continue
                    own = self.by_token.get(tok.head.i)
                    if _tie_agent(tok, child, own) and own is not self.by_token.get(child.i):
                        continue
                    stack.append(child)
        if members:  # ("African countries including Algeria": the region word names no member)
            found = [a for a in found if a.code] or found
        found = [a for a in found if id(a) not in placed]
        return dedupe(found)

    def premodifier_actors(self, noun: Token) -> list[Actor]:
        """The actors in the words before ``noun`` that modify it ("the Israeli raid", "Iraq's
        invasion", "a Houthi attack"): who a deed noun names as its doer, for ``deed_agents``
        and ``deed_doer`` alike."""
        mods = [c for c in noun.children if c.i < noun.i and c.dep_ in ("amod", "poss", "compound", "nmod")]
        return [a for m in mods for t in m.subtree if (a := self.by_token.get(t.i)) is not None]

    def _owner_of_own_organ(self, owner: Token, actor: Actor | None) -> bool:
        """Whether a possessive person only says whose organ or aide of his own state the coded
        head is ("Prime Minister Orban's ruling Fidesz party backed", "Putin's spokesman Dmitry
        Peskov said"): the organ or aide acts, its owner is no second party of the act."""
        if actor is None or not actor.code or not actor.country:
            return False
        person = self.by_token.get(owner.i)
        return person is not None and person is not actor and person.kind == "person" \
            and person.country == actor.country

    def _listed_appos(self, tok: Token, app: Token, actor: Actor | None) -> bool:
        """"Saudi Arabia, the United Arab Emirates, Bahrain and Egypt had agreed": the parser often
        takes the second item of a comma list for an apposition to the first and joins the rest
        to it. An "apposition" that lists on ("and Egypt") and names another state than its head
        is no renaming but the rest of the list, whose members are parties too."""
        if actor is None or not actor.country or app.i < tok.i \
                or not any(c.dep_ == "conj" for c in app.children):
            return False
        other = self.by_token.get(app.i)
        return other is not None and other is not actor and bool(other.country) \
            and other.country != actor.country

    @staticmethod
    def _lists_members(group: Token, prep: Token, actor: Actor | None) -> bool:
        """Whether ``prep`` opens a list of the members of a group noun that has no code of its
        own ("countries including Algeria"); a named body keeps itself ("the EU, including France")."""
        if group.lemma_.lower() not in _GROUP_NOUNS or (actor is not None and actor.code):
            return False
        word = prep.lower_
        if word == "as":
            return any(c.lower_ == "such" for c in prep.children) or (
                prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such")
        return word in _LISTING_PREPS


# (session 21) lay people a report quotes where they live or work ("said a vendor in Honiara")
LAY_PEOPLE = frozenset({"resident", "native", "man", "woman", "villager", "shopkeeper", "vendor", "trader",
                        "merchant", "rider", "driver", "owner", "worker", "farmer", "teacher", "student", "mother",
                        "father", "passenger", "witness", "fisherman", "pensioner", "retiree", "mechanic",
                        "labourer", "laborer", "customer", "shopper", "commuter", "housewife", "nurse", "doctor",
                        "youth", "grandmother", "grandfather", "widow", "local", "bystander",
                        "waiter", "cook", "barber", "tailor", "porter", "cleaner", "guard", "seller", "hawker"})


def lay_speaker_place(head: Token, found: list[Actor]) -> bool:
    """Whether ``found`` holds only the place where an unnamed lay person lives or works, the
    person being the subject ``head`` ("said a boda boda rider in Kasangati", "a cafe owner in
    Tunis, who declined"): the place is no speaker and no party, the person speaks for no state
    (session 21)."""
    if head.lower_ in ("who", "that") and head.head.dep_ == "relcl":
        head = head.head.head
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() not in LAY_PEOPLE \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in head.children):
        return False
    return bool(found) and all(a.kind == "country" and not (a.start <= head.idx < a.end) for a in found)


def as_place(actor: Actor) -> Actor:
    """A capital read as a place: "clashes in Paris" happen in France, while "Paris rejected the
    offer" is the French government speaking; the place keeps only the state."""
    if actor.kind == "country" and actor.country and actor.code == f"{actor.country}GOV":
        return replace(actor, sector=None, code=actor.country)
    return actor


def dedupe(actors: Iterable[Actor]) -> list[Actor]:
    """One mention per entity in an argument: "Russian President Vladimir Putin" is one party."""
    out: list[Actor] = []
    keys: set[tuple] = set()
    for a in actors:
        key = (a.country, a.sector) if a.country else (a.text.lower(),)
        if key in keys:
            continue
        keys.add(key)
        out.append(a)
    return out


def merge(*groups: list[Actor]) -> list[Actor]:
    return dedupe(a for g in groups for a in g)


def phrase_span(tok: Token) -> tuple[int, int]:
    """The [start, end) characters of the phrase ``tok`` heads (its whole subtree)."""
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)


def next_clause_subjects(obj: Token, verb: Token) -> list[tuple[int, int]]:
    """(session 34) The spans of conjuncts of ``obj`` that are really the subject of the next
    clause: a noun joined by "and" to the object and followed at once by a tensed verb that the
    parser joined to ``verb`` with no subject of its own ("Israel recalled its ambassador and the
    country's EU partners put ties on ice"). Such a noun does the second act; it is no second
    object of the first."""
    doc = obj.doc
    spans = []
    for conj in children(obj, {"conj"}):
        after = conj.right_edge.i + 1
        joined = next_clause_subject(doc[after]) if after < len(doc) else None
        if joined is not None and joined.i == conj.i:
            spans.append(phrase_span(conj))
    return spans


def next_clause_subject(verb: Token) -> Token | None:
    """The noun the parser joined to the object of the verb before when it is really ``verb``'s
    subject: ``verb`` is a tensed conjunct with no subject of its own that comes right after a
    conjunct of that object ("recalled its ambassador and the country's partners put ties on
    ice": the partners put them on ice)."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or children(verb, SUBJ | PASS_SUBJ) \
            or verb.i == 0:
        return None
    # (the verb may be joined to the clause above the one whose object swallowed its subject:
    # "was sworn in as Israel recalled its ambassador and the EU partners put ties on ice")
    tok = verb.doc[verb.i - 1]
    while tok.head.i != tok.i and tok.head.right_edge.i == verb.i - 1 and tok.dep_ != "conj":
        tok = tok.head
    if tok.dep_ == "conj" and tok.right_edge.i + 1 == verb.i and tok.pos_ in ("NOUN", "PROPN") \
            and tok.head.dep_ in ("dobj", "nsubjpass") and tok.head.head.i != verb.i \
            and tok.head.head.i < verb.i:
        return tok
    return None


def outside(actors: list[Actor], spans: list[tuple[int, int]]) -> list[Actor]:
    """The actors whose mention starts in none of ``spans`` (phrases that name no party of the act)."""
    return [a for a in actors if not any(lo <= a.start < hi for lo, hi in spans)]


def children(tok: Token, deps: set[str]) -> list[Token]:
    """The dependents of ``tok`` whose label is in ``deps``, in document order.

    Why the cache: rules ask the same few tokens (triggers, their heads and objects) about their
    dependents again and again, about six times each on news; through ``Token.children`` each ask
    builds a Token object and looks up the label string of every dependent. Each token's labels
    and indices are kept at its first ask, in the document's own ``user_data``: never shared
    between documents, gone with the document, and right as long as the parse is not edited
    (no stage edits it)."""
    doc = tok.doc
    if doc is _LAST_DOC[0]:  # (the document asked last: its cache without a ``user_data`` read)
        cache = _LAST_DOC[1]
    else:
        cache = doc.user_data.get(_CHILD_KEY)
        if cache is None:
            cache = doc.user_data[_CHILD_KEY] = {}
        _LAST_DOC[:] = [doc, cache]
    kids = cache.get(tok.i)
    if kids is None:
        kids = cache[tok.i] = [(c.dep_, c.i) for c in tok.children]
    return [doc[i] for dep, i in kids if dep in deps] if kids else []


# (labels and indices only, no Token: a Token in ``user_data`` would make the document unpicklable)
_CHILD_KEY = "dyads_children"
# the last document ``children`` read and its cache (one document held, until the next is read)
_LAST_DOC: list = [None, None]


# vehicles whose route a "from/to/for" phrase (or "bound for", "heading to") names
_VEHICLES = frozenset({"flight", "plane", "jet", "airliner", "aircraft", "airplane", "ship", "vessel",
                       "tanker", "freighter", "ferry", "boat", "train", "bus", "convoy"})
_ROUTE_PREPS = frozenset({"from", "to", "for"})


def route_stop(tok: Token) -> Token | None:
    """The vehicle whose route ``tok`` is a stop on: "a flight from Athens to Vilnius", "a plane
    bound for Havana", "a jet heading to Kaliningrad". Where a craft comes from or goes is a
    place on its way, no party to what is done to it or by it."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in _ROUTE_PREPS:
        return None
    holder = tok.head.head
    while holder.dep_ == "prep" or holder.dep_ == "pobj" and holder.head.lower_ in _ROUTE_PREPS:
        holder = holder.head  # "from Athens to Vilnius": the second stop hangs on the first
    if holder.dep_ in ("acl", "amod", "advmod") and holder.pos_ in ("VERB", "ADJ", "ADV") \
            and holder.lemma_.lower() in ("head", "bound", "fly", "sail", "travel", "go", "en", "route"):
        holder = holder.head
    return holder if holder.lemma_.lower() in _VEHICLES and holder.pos_ == "NOUN" else None


_CARRIAGE_PREPS = frozenset({"on", "aboard", "in", "by"})


def carrier_owner(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` only names whose craft carries the one moved by ``verb``: "evacuated on a
    Regional Security System aircraft", "flown home aboard a French military plane". Why (session
    41, batch AM): the owner of the craft is who provides the ride, never whom the move is for, yet
    the strong "on" phrase put it in the target beside the patient."""
    head = tok
    while head.dep_ in ("compound", "poss", "amod", "nmod") and head.head.i != head.i:
        head = head.head
    if head.i == tok.i or head.lemma_.lower() not in _VEHICLES or head.dep_ != "pobj":
        return False
    prep = head.head
    return prep.lower_ in _CARRIAGE_PREPS and prep.head.i == verb.i


_LISTS = frozenset({"list", "blacklist", "watchlist", "register", "registry"})


def list_keeper(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` names whose list ``verb`` puts someone on or takes someone off: "placed on
    the FATF grey list", "added to the U.S. blacklist". Why (session 41, batch AM): the keeper of
    the list was coded beside the listed party as the target of the listing."""
    head = tok
    while head.dep_ in ("compound", "poss", "nmod") and head.head.i != head.i:
        head = head.head
    if head.i == tok.i or head.lemma_.lower() not in _LISTS or head.dep_ != "pobj":
        return False
    return head.head.dep_ == "prep" and head.head.head.i == verb.i


def mention_root(doc: Doc, actor: Actor) -> Token | None:
    """The syntactic head of an actor mention (None when its characters cover no token).

    Why the cache: the rules ask for the same mentions' heads again and again (ten thousand asks
    on 171 news articles); each ask built a Span and walked it. The head's index (-1: none) is
    kept per character range in the document's ``user_data``, as ``children`` keeps dependents."""
    cache = doc.user_data.get(_ROOT_KEY)
    if cache is None:
        cache = doc.user_data[_ROOT_KEY] = {}
    key = (actor.start, actor.end)
    i = cache.get(key)
    if i is None:
        span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
        i = cache[key] = span.root.i if span is not None and len(span) else -1
    return doc[i] if i >= 0 else None


_ROOT_KEY = "dyads_mention_roots"


def relational_owner(doc: Doc, actor: Actor) -> bool:
    """Whether the actor only owns a relational noun ("Brazil's largest trading partner",
    "Iran's allies", "Putin's critics"): the noun names another party, so the owner is not the
    one an act with that noun is done to or by."""
    root = mention_root(doc, actor)
    return root is not None and root.dep_ == "poss" and root.head.lemma_.lower() in _ADVERSARIES


def to_infinitive(tok: Token) -> bool:
    """Whether a verb carries infinitival "to" ("urged Iran to release", "a plan to build").
    (Through the per-document ``children`` cache: the rules ask the same verbs again and again.)"""
    return any(c.lower_ == "to" for c in children(tok, _AUX))


_AUX = {"aux"}


def passive(tok: Token) -> bool:
    """Whether a verb is in the passive ("was captured", "had been detained", "was led away and
    handed over to": see ``shared_passive_transfer``)."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or shared_passive_transfer(tok)


# verbs that move a person into another's hands or to a place; with no object of their own after
# a passive they share it ("was arrested and handed over to", "was detained and taken to")
_TRANSFERS = frozenset({"hand", "turn", "send", "transfer", "deport", "extradite", "bring", "repatriate",
                        "escort", "lead"})


def shared_passive_transfer(tok: Token) -> bool:
    """(session 32) Whether a transfer verb the small model tags as an active past is the second
    participle of the passive it is joined to ("Hernandez was led in shackles across the tarmac and
    handed over to DEA agents"): an active "handed over to" needs an object, so the missing one is
    the passive subject, and the one handed over is not the one handing over. "was arrested and
    waived extradition" has an object and stays active; "was freed and returned to Kabul" is no
    transfer verb."""
    if tok.dep_ != "conj" or tok.tag_ != "VBD" or tok.lemma_.lower() not in _TRANSFERS:
        return False
    head = tok.head
    return not any(c.dep_ in ("dobj", "nsubj", "dative", "aux", "auxpass") for c in tok.children) \
        and any(c.dep_ == "auxpass" for c in head.children) and any(c.dep_ == "nsubjpass" for c in head.children) \
        and any(c.dep_ == "prep" and c.lower_ in ("to", "into") for c in tok.children)


# nouns of a wrong done to something owned ("a violation of Ukraine's sovereignty", "a breach of
# Greek airspace"): whose land or rights they name is harmed, no author of the wrong
VIOLATIONS = frozenset({"violation", "breach", "infringement", "encroachment", "incursion", "intrusion"})


# (session 32) nouns of harm done to people that name no event of their own; and what one "uses"
# on people to harm them ("the use of force against farmers")
_HARM_NOUNS = frozenset({"violence", "brutality", "abuse", "repression", "harassment", "persecution",
                         "intimidation", "mistreatment", "ill-treatment", "torture", "crackdown"})
_FORCE_USED = frozenset({"force", "gas", "violence", "weapon", "bullet", "ammunition", "cannon", "baton"})


def harm_noun(obj: Token) -> bool:
    """Whether a noun tells harm done to someone with no event of its own: "the violence against
    protesters", "the use of force against farmers" (the "of" object is what was used)."""
    word = obj.lemma_.lower()
    if word in _HARM_NOUNS:
        return True
    return word == "use" and any(p.lemma_.lower() in _FORCE_USED for p in prep_objects(obj, {"of"}))


# harm verbs that always take an object when active ("injured", "detained"), so one with no object
# after a passive it is joined to shares that passive
_OBJECT_HARMS = frozenset({"injure", "wound", "hurt", "kill", "arrest", "detain", "jail", "imprison", "kidnap",
                           "abduct", "capture", "torture", "beat", "execute", "deport", "expel", "displace",
                           "sentence", "convict", "charge", "evacuate", "maim", "shoot", "stab"})


def gapped_passive_subject(tok: Token) -> Token | None:
    """The subject of a participle that shares the auxiliaries of a passive it is joined to:
    in "130 people had been arrested and scores of officers injured" the officers were injured
    (a bare participle with its own subject has no tense of its own, so it can only borrow the
    first conjunct's "had been"); None for any other verb."""
    if tok.dep_ != "conj" or any(c.dep_ in ("aux", "auxpass") for c in tok.children) \
            or not any(c.dep_ == "auxpass" for c in tok.head.children):
        return None
    if tok.tag_ != "VBN" and not (tok.tag_ == "VBD" and tok.lemma_.lower() in _OBJECT_HARMS
                                  and not any(c.dep_ in ("dobj", "dative", "prt") for c in tok.children)):
        return None  # (the small model tags "injured" there as a past tense; a harm verb with no object is no active one)
    return next((c for c in tok.children if c.dep_ == "nsubj" and c.i > tok.head.i), None)


# Verbs of what befalls their subject rather than what it does ("if Navalny died in prison").
_HAPPENINGS = frozenset({"die", "perish", "starve", "disappear", "vanish", "suffer", "succumb", "collapse",
                         "happen", "occur"})


def acting_condition(clause: Token) -> bool:
    """Whether a clause is an "if"/"unless" condition whose subject acts ("unless Russia pulls
    back"), the one a threat or demand on it is aimed at. A condition that tells what happens to
    its subject ("if Navalny died in prison", "if the hostages are harmed": a passive or a verb of
    dying or vanishing) names no one a threat could deter."""
    return any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children) \
        and not (passive(clause) or clause.lemma_.lower() in _HAPPENINGS)


def by_phrase(tok: Token) -> Token | None:
    """A verb's "by" phrase, which names the doer of a passive ("was captured by federal forces"),
    if it has one (the parser labels it "agent" or a plain "prep")."""
    return next((c for c in tok.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"), None)


def rift_sides(head: Token) -> list[Token]:
    """The sides a go-between works between, named in its purpose: "mediated to end the rift between
    Qatar and the Gulf states", "a mediation effort to prevent a clash between Turkey and Syria" (the
    "between" phrase sits on the object of an infinitival clause of the verb or of the act noun)."""
    sides: list[Token] = []
    for clause in children(head, {"xcomp", "advcl", "acl", "relcl"}):
        if clause.pos_ not in ("VERB", "AUX") or not to_infinitive(clause):
            continue
        for obj in children(clause, {"dobj"}):
            for pobj in prep_objects(obj, {"between"}):
                sides += [pobj, *children(pobj, {"conj"})]
    return sides


def for_to(tok: Token) -> bool:
    """Whether a verb heads a "for X to do" clause ("called for Russia to withdraw")."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children) and to_infinitive(tok)


def prep_objects(tok: Token, preps: set[str]) -> list[Token]:
    """Objects of the given prepositions; "with Johnson succeeding her" is a clause of its own
    (absolute "with"), so its subject is no party to the verb; "on behalf of", "at the behest of"
    name whom an act serves, not whom it is done to."""
    out = []
    # (through the per-document ``children`` cache: only the dependents these rules read, see _PREP_LINKS)
    for prep in children(tok, _PREP_LINKS):
        if prep.dep_ == "prep" and prep.lower_ in preps and not children(prep, _PREP_OBJECTS):
            out.extend(_raised_object(prep) or _name_before_date(prep))
            continue
        if "from" in preps and prep.lower_ in ("out", "away", "back") and prep.dep_ in ("prep", "advmod", "prt"):
            # "pulled its forces out of Syria", "moved away from Kabul", "pulled back from the
            # Kyrgyz border": a two-word "from"
            inner = [p for p in children(prep, {"prep"}) if p.lower_ in ("of", "from")]
            out.extend(c for p in inner for c in children(p, {"pobj"}))
            continue
        if prep.lower_ == "for" and tok.lemma_.lower() in _PROXY_VERBS:
            continue  # "signed for the government": the principal the signer acts for
        if prep.dep_ in ("prep", "dative", "agent") and prep.lower_ in preps:
            absolute = prep.lower_ in ("with", "without") and prep.i > 0 and prep.doc[prep.i - 1].text == ","
            objs = children(prep, _PREP_OBJECTS)
            out.extend(c for c in objs if (c.dep_ == "pobj" and c.lemma_.lower() not in _PRINCIPALS and not (
                # ", with Ohio following suit": a clause of its own, its subject no party to the verb
                absolute and _absolute(c))) or (
                c.dep_ == "pcomp" and not (
                    prep.lower_ in ("with", "without") and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))
                and not _free_relative(prep, c)))
            # "sanctions on the potash producer and on the president's son": the parser makes the
            # repeated preposition a conjunct of the first; its object is the same role's
            out.extend(c for again in children(prep, {"conj"}) if again.lower_ == prep.lower_
                       for c in children(again, {"pobj"}) if c.lemma_.lower() not in _PRINCIPALS)
    return out


# the links ``prep_objects`` follows from its token (a preposition, a dative or agent "to"/"by",
# the "out"/"away" of "out of", "away from") and from a preposition (its object or clause)
_PREP_LINKS = {"prep", "dative", "agent", "advmod", "prt"}
_PREP_OBJECTS = {"pobj", "pcomp"}


def _free_relative(prep: Token, clause: Token) -> bool:
    """"the mosque from where the group declared its caliphate": a where-clause after a preposition
    of place says where; its own subject is no party to the verb the phrase hangs on ("talked
    about how ..." is a topic and stays)."""
    return prep.lower_ in ("from", "to", "into", "near", "at", "toward", "towards") \
        and any(g.lower_ in ("where", "which", "whence") and g.i < clause.i for g in clause.children) \
        and any(g.dep_ in ("nsubj", "nsubjpass") for g in clause.children)


def _raised_object(prep: Token) -> list[Token]:
    """"ties with and an embassy in Tehran": a preposition left bare before "and" shares the
    object of the last preposition of the coordinated phrase (right-node raising)."""
    doc = prep.doc
    if prep.i + 1 >= len(doc) or doc[prep.i + 1].dep_ != "cc":
        return []
    sent_end = prep.sent.end
    for t in doc[prep.i + 2:sent_end]:
        # ("curbs to and from North Korea": the small model may file the second preposition as a conjunct)
        if t.dep_ == "pobj" and (t.head.dep_ == "prep" or t.head.dep_ == "conj" and t.head.pos_ == "ADP") \
                and t.head.i > prep.i:
            return [t]
        if t.is_punct and t.text not in ("-", "\u2013"):
            return []
    return []


def _name_before_date(prep: Token) -> list[Token]:
    """(session 31) "imposed sanctions on Russia days earlier": the small model files the name as a
    compound of the date noun after it and leaves the preposition bare; the name is its object."""
    doc = prep.doc
    if prep.i + 1 >= prep.sent.end:
        return []
    name = doc[prep.i + 1]
    return [name] if name.dep_ == "compound" and name.pos_ == "PROPN" and name.ent_type_ in ("GPE", "NORP", "ORG") \
        and name.head.ent_type_ in ("DATE", "TIME") and name.head.i > name.i else []


def relative_antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for: in "the fighters which X refused to repatriate"
    "which" is the fighters, reached through the verbs between it and the relative clause."""
    if tok.tag_ not in ("WDT", "WP") or tok.lower_ not in ("which", "whom", "who", "that"):
        return None
    cur = tok.head
    for _ in range(4):
        if cur.dep_ == "relcl":
            return cur.head if cur.head.pos_ in ("NOUN", "PROPN") else None
        if cur.dep_ not in ("xcomp", "ccomp", "conj") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _absolute(pobj: Token) -> bool:
    """Whether a "with" object has its own -ing verb: ", with Ohio following suit" (the parser
    hangs the participle on the noun or, as often, on the main verb right after it)."""
    if any(g.dep_ == "acl" and g.tag_ == "VBG" for g in pobj.children):
        return True
    nxt = pobj.right_edge.i + 1
    return nxt < len(pobj.doc) and pobj.doc[nxt].tag_ == "VBG" and pobj.doc[nxt].dep_ in ("acl", "advcl", "prep")


# verbs that take a recipient and a thing given ("granted Kosovo more autonomy"), never a bare clause
_DOUBLE_OBJECT = frozenset({"allow", "grant", "give", "offer", "deny", "award", "afford", "lend", "promise", "hand",
                            "send", "owe", "pay", "sell"})

# verbs whose object does a bare infinitive after them ("helped Haiti rebuild")
_BARE_HELP = frozenset({"help"})


def raised_objects(tok: Token) -> list[Token]:
    """Objects the small model hangs elsewhere: "allowed X to run" (X parsed as the subject of an
    infinitive complement), "allowed X more freedom" (X parsed as a clause's subject), "kidnapped
    up to 16 advisers" (the object inside "up to") and a name left as an adverbial noun ("met Prime Minister Abiy Ahmed")."""
    out = []
    for child in tok.children:
        if child.dep_ in ("ccomp", "xcomp") and to_infinitive(child):
            out.extend(c for c in child.children if c.dep_ == "nsubj" and c.i < child.i and c.i > tok.i)
        elif child.dep_ == "ccomp" and child.i > tok.i and tok.lemma_.lower() in _DOUBLE_OBJECT \
                and not any(c.dep_ in ("aux", "auxpass", "mark") for c in child.children):
            # "allowed Hong Kong (citizens) more autonomy": these verbs take no bare clause, so a
            # clause read after one is a misparsed double object whose "subject" is the recipient
            out.extend(c for c in child.children if c.dep_ == "nsubj" and c.i > tok.i)
        elif child.dep_ in ("ccomp", "xcomp") and child.i > tok.i and child.tag_ == "VB" \
                and tok.lemma_.lower() in _BARE_HELP and not any(c.dep_ in ("aux", "mark") for c in child.children):
            # "aid to help Haiti cope with the quake": the one helped is parsed as the subject of the
            # bare infinitive it is helped to do
            out.extend(c for c in child.children if c.dep_ == "nsubj" and tok.i < c.i < child.i)
        elif child.dep_ == "prt" and child.lower_ == "up":
            out.extend(prep_objects(child, {"to"}))
        elif (child.dep_ == "npadvmod" and child.i > tok.i and child.pos_ == "PROPN"
              and child.ent_type_ not in ("DATE", "TIME") and tok.pos_ == "VERB"):
            # "met Ethiopian Prime Minister Abiy Ahmed on Monday": a name after the verb that the
            # small model files as an adverbial noun is the object it could not attach
            out.append(child)
    return out


def shared_objects(tok: Token) -> list[Token]:
    """The object two coordinated verbs share: "arrested and deported two nationals".

    Only when the second verb follows at once (a conjunction, commas or adverbs between) and has
    no subject of its own, so "police arrived and Iran deported them" keeps its two clauses apart.
    """
    for conj in tok.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or conj.i < tok.i:
            continue
        between = tok.doc[tok.i + 1:conj.i]
        if len(between) > 3 or any(t.dep_ not in ("cc", "punct", "advmod", "preconj") for t in between):
            continue
        if children(conj, {"nsubj", "nsubjpass", "csubj", "expl"}):
            continue
        return children(conj, {"dobj"})
    return []


def verb_of(tok: Token) -> Token | None:
    """The verb that governs a noun (climbing through objects, prepositions and conjuncts)."""
    cur = tok
    for _ in range(8):
        if cur.dep_ in ("ROOT",) and cur.pos_ not in ("VERB", "AUX"):
            return None
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
            return None
        if head.pos_ in ("VERB", "AUX") or (head.pos_ == "ADJ" and head.dep_ in ("ROOT", "acomp")):
            return head
        if cur.dep_ not in ("dobj", "pobj", "prep", "conj", "compound", "attr", "appos", "npadvmod", "nmod",
                            "dative", "oprd", "amod", "pcomp"):
            return None
        cur = head
    return None


_SCOPE_BREAK = {"despite", "amid", "after", "before", "since", "during", "under", "against", "because", "following",
                "without", "like", "than", "as", "with", "bar", "except", "beyond", "besides"}


# nouns that answer an act already done ("in retaliation for", "in response to")
ANSWER_NOUNS = frozenset({"retaliation", "response", "revenge", "reprisal", "reaction", "answer", "riposte"})


def scoped(noun: Token, verb: Token) -> bool:
    """Whether the verb's negation and tense reach the noun ("did not impose sanctions", not
    "has not given up despite sanctions")."""
    cur = noun
    while cur.i != verb.i and cur.head.i != cur.i:
        if cur.dep_ == "prep" and cur.lower_ in _SCOPE_BREAK and not placed_under(cur, verb):
            return False
        if cur.dep_ == "prep" and cur.head.lemma_.lower() in ANSWER_NOUNS and cur.head.i != noun.i:
            return False  # "vowed to strike back in retaliation for the air strikes": those were done
        if cur.dep_ == "prep" and cur.lower_ in REASON_PREPS and cur.head.i == verb.i and any(
                c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("against", "on", "at") for c in verb.children):
            return False  # "vowed to retaliate against Israel for the killing": a past deed, the reason
        cur = cur.head
    return True


# (session 22) verbs that put their object "under" an act: "placed him under house arrest"
_PLACING = frozenset({"place", "put", "keep", "hold"})


def placed_under(prep: Token, verb: Token) -> bool:
    """Whether "under" gives the state the verb puts its object in ("to place people under house
    arrest", "did not put him under arrest"): the act is the verb's own, so its tense reaches it."""
    if prep.lower_ != "under" or verb.lemma_.lower() not in _PLACING \
            or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    # (the parser may hang the phrase on the object: "place [suspects under house arrest]")
    return prep.head.i == verb.i or (prep.head.dep_ == "dobj" and prep.head.head.i == verb.i)


def lemma_in(tok: Token, words: set[str]) -> bool:
    """Lemma lookup that survives the small model's slips ("staged" -> "stag")."""
    low = tok.lower_
    return (tok.lemma_.lower() in words or low in words or low[:-1] in words or low[:-2] in words
            or low[:-3] in words or (low.endswith("ied") and low[:-3] + "y" in words))


# nouns whose own "to" phrase belongs to them ("access to the sea", "a visit to Cuba")
# (session 42) ways that lead somewhere ("the only road to Mauritania", "the power cable to
# Estonia"): their "to" phrase is where they end, never a receiver or the party an act is aimed at
ROUTES = frozenset({"road", "route", "highway", "motorway", "railway", "railroad", "rail", "corridor", "bridge",
                    "tunnel", "pipeline", "cable", "interconnector", "crossing", "link", "line", "path", "track"})
_TO_NOUNS = ROUTES | frozenset({
    "access", "visit", "trip", "threat", "aid", "assistance", "support", "road", "route", "path",
    "way", "ambassador", "envoy", "embassy", "mission", "delegation", "letter", "right", "rights",
    "commitment", "response", "reply", "answer", "key", "door", "link", "ties", "relations",
    "contribution", "damage", "injury", "harm", "return", "transfer"})


def _time_only(tokens: Iterable[Token]) -> bool:
    return all(t.is_punct or t.ent_type_ in ("DATE", "TIME")
               or (t.dep_ == "prep" and any(c.ent_type_ in ("DATE", "TIME") for c in t.children))
               for t in tokens)


def stranded_to(obj: Token) -> Token | None:
    """The "to" preposition that ends a long object: the parser's home for a giving verb's recipient.

    "returned a statue engraved with the image of a samurai to Chinese authorities (on Monday)":
    the last "to" phrase of the object, when only dates follow it, names who received it.
    """
    sub = list(obj.subtree)
    tos = [t for t in sub if t.dep_ == "prep" and t.lower_ == "to" and t.head.i != obj.i]
    if not tos:
        return None
    to = tos[-1]
    if obj.doc[to.i - 1].lemma_.lower() in ROUTES:
        return None  # (session 42) "cutting the power cable to Estonia", the "to" hung on the verb: the cable's end
    if to.head.lemma_.lower() in _TO_NOUNS or not _time_only(t for t in sub if t.i > to.right_edge.i):
        return None
    return to


# spaces a state shuts or opens to others: their owner is not whom the act is aimed at
_SPACES = {"airspace", "territory", "waters", "port", "border", "market", "sky", "skies", "harbour", "harbor"}


def shut_space_owners(verb: Token) -> set[int]:
    """Token indices naming whose space a verb shuts or opens to someone ("closed EU airspace to
    Russian aircraft", "opened its ports to Iranian ships"): the one it is closed to is the party,
    the space's owner is the doer's side. Empty when no "to" phrase follows ("occupied Syrian
    territory" is aimed at the owner)."""
    spaces = [o for o in children(verb, {"dobj"}) if o.lemma_.lower() in _SPACES]
    if not spaces or not (prep_objects(verb, {"to"}) or any(prep_objects(o, {"to"}) for o in spaces)):
        return set()
    return {c.i for o in spaces for c in o.subtree if c.i < o.i}


# the media of a talk held apart ("by telephone", "over the phone", "via video link")
PHONES = {"phone", "telephone", "videoconference", "video", "videolink", "link", "call", "teleconference"}


def by_phone(verb: Token) -> bool:
    """Whether a talking verb names a telephone or video line as its means ("talked by phone with
    Erdogan", "conferred over the telephone"): CAMEO 041, discuss by telephone."""
    return any(c.dep_ in ("prep", "agent") and c.lower_ in ("by", "over", "via", "on")
               and any(o.dep_ == "pobj" and o.lemma_.lower() in PHONES for o in c.children)
               for c in verb.children)


def warned_scenes(verb: Token) -> list[tuple[int, int]]:
    """The characters of the "in" phrases of what a warning is "against" ("against interference in
    Cuba's affairs"): the place where the feared act would happen."""
    out = []
    for obj in (o for p in children(verb, {"prep"}) if p.lower_ == "against" for o in children(p, {"pobj"})):
        for q in obj.subtree:
            if q.dep_ == "prep" and q.lower_ in ("in", "into", "inside", "within") and q.head.pos_ == "NOUN":
                last = list(q.subtree)[-1]
                out.append((q.idx, last.idx + len(last)))
    return out

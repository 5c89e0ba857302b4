"""Codes the sentence itself settles, whatever the story's states suggest.

Late passes read a mention's code from the story around it (the state most talked about, the
other state of a two-state story). Some sentences leave no room for that: a description set in
apposition to a named state is that state ("Australia, the former administrator of Papua New
Guinea"); "the spokesman" said again is the spokesman introduced just before with his principal;
a bare "parliament" a speaker addresses ("his annual address to parliament") is the speaker's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_lexicon import RESULT_PARTICIPLES
from .countries import NON_STATE_CODES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .anchor_index import DocIndex, Mention

__all__ = ["bodies_addressed_by_possessor", "descriptions_of_named_states", "leaders_of_named_parties",
           "members_of_group_just_named", "rulers_of_named_states", "second_of_titled_pair", "staff_named_again",
           "staff_of_with_clause", "incumbents_of_contest",
           "hyphen_based", "objects_not_their_subject", "span_root"]


def _mention_headed_by(ix: DocIndex, tok: Token) -> Mention | None:
    """The mention whose last token is ``tok`` (a country name's head), if one."""
    found = [o for o in ix.mentions if o.start <= tok.i < o.end and o.end - 1 == tok.i]
    return found[0] if len(found) == 1 else None


def _state_beside(ix: DocIndex, head: Token) -> Mention | None:
    """The named state a description's head stands in apposition with, either side of it."""
    if head.dep_ == "appos":
        near = [head.head]
    else:
        near = [c for c in head.children if c.dep_ == "appos"]
    if len(near) != 1:
        return None
    other = _mention_headed_by(ix, near[0])
    return other if other is not None and other.kind == "country" and other.country else None


def descriptions_of_named_states(ix: DocIndex) -> None:
    """"Russia, Dodik's main foreign ally", "Australia, the former colonial administrator of
    Papua New Guinea": a common-noun description in apposition with a named state describes that
    state; the state it names inside (the ally's friend, the former colony) is not its own."""
    for m in ix.mentions:
        head = span_root(ix, m)
        if m.kind in ("country", "pronoun") or m.member or head.pos_ != "NOUN" or head.ent_type_:
            continue
        state = _state_beside(ix, head)
        if state is None or state is m or state.country == m.country:
            continue
        if any(c.dep_ == "appos" and c.i != state.end - 1 for c in head.children):
            continue  # "Ghana's foreign minister, Shirley Botchwey": it describes the name after it
        if _own_demonym(head) or _listed(ix.doc[state.end - 1], head):
            continue  # (session 41) "condemned by the Cypriot government, Greece, the EU and ...": a list
        m.country, m.sector = state.country, state.sector
        m.from_context = False


def _own_demonym(head: Token) -> bool:
    """Whether a description names its own state by an adjective ("the Cypriot government")."""
    return any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in head.children)


def _listed(tok: Token, head: Token) -> bool:
    """Whether a name is one item of a list ("Greece, the European Union and the U.N."), not
    the name a description stands beside."""
    return any(c.dep_ == "conj" or c.dep_ == "appos" and c.i != head.i for c in tok.children)


def span_root(ix: DocIndex, m: Mention) -> Token:
    """The token of the mention's span whose head lies outside it ("administrator" of "the
    administrator of Papua New Guinea")."""
    doc = ix.doc
    for tok in doc[m.start:m.end]:
        if not m.start <= tok.head.i < m.end or tok.head.i == tok.i:
            return tok
    return doc[m.end - 1]


def _head_word(ix: DocIndex, m: Mention) -> str:
    return ix.doc[m.end - 1].lemma_.lower()


def staff_named_again(ix: DocIndex) -> None:
    """"A spokesman for Foreign Minister X said ... 'the spokesman said'": a bare definite
    "the spokesman" with no state of its own is the one introduced in the sentences just before
    (with the principal that placed him), not whoever the story talks about most."""
    doc = ix.doc
    for i, m in enumerate(ix.mentions):
        if m.kind != "person" or m.country or m.end - m.start != 2 or doc[m.start].lower_ != "the":
            continue
        word = _head_word(ix, m)
        sent_start = doc[m.start].sent.start
        earlier = [o for o in ix.mentions[:i] if o.kind == "person" and o.end <= m.start
                   and _head_word(ix, o) == word and o.end - o.start <= 3]
        if not earlier:
            continue
        last = max(earlier, key=lambda o: o.start)
        if (doc[m.end - 1].tag_ == "NNS") != (doc[last.end - 1].tag_ == "NNS"):
            continue  # (session 63) "The ambassadors" are not "the French ambassador" named before
        # within the two sentences before, and placed by its principal
        if last.country and doc[last.start].sent.start >= _sentence_back(doc, sent_start, 2):
            m.country, m.sector, m.from_context = last.country, last.sector or m.sector, False


def _sentence_back(doc, sent_start: int, n: int) -> int:
    """The first token of the sentence ``n`` sentences before the one starting at ``sent_start``."""
    start = sent_start
    for _ in range(n):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start


# Nouns for what a speaker delivers to a body ("his address to parliament")
_ADDRESSES = frozenset({"address", "speech", "report", "message"})
_OWN_PRONOUNS = frozenset({"his", "her"})


def _possessor_state(ix: DocIndex, poss: Token) -> str | None:
    own = _mention_headed_by(ix, poss)
    if own is not None and own.kind != "pronoun":
        return own.country
    if poss.lower_ not in _OWN_PRONOUNS:
        return None
    people = [o for o in ix.mentions if o.kind == "person" and o.country and o.end <= poss.i
              and o.start >= poss.sent.start]
    return people[-1].country if people else None


def bodies_addressed_by_possessor(ix: DocIndex) -> None:
    """"Putin is due to deliver his annual address to parliament": a bare body noun the
    speaker's address is made to is the speaker's own body, not the story's other state's."""
    doc = ix.doc
    for m in ix.mentions:
        if m.end - m.start != 1 or m.kind == "pronoun" or m.sector not in ("LEG", "GOV"):
            continue
        tok = doc[m.start]
        if tok.pos_ != "NOUN" or any(c.dep_ in ("det", "poss", "amod", "compound") for c in tok.children):
            continue
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in ("to", "before"):
            continue
        # "his address to parliament", or "deliver his address to parliament" (the verb's object)
        said = [prep.head] if prep.head.pos_ == "NOUN" else [c for c in prep.head.children if c.dep_ == "dobj"]
        said = [w for w in said if w.lemma_.lower() in _ADDRESSES]
        poss = [c for c in said[0].children if c.dep_ == "poss"] if said else []
        state = _possessor_state(ix, poss[0]) if poss else None
        if state and state != m.country:
            m.country, m.from_context = state, False


def members_of_group_just_named(ix: DocIndex) -> None:
    """"Some U.S. lawmakers also criticised the move. Republican Senator Jim Inhofe said ...":
    a titled legislator with no state of his own, introduced right after a group of legislators
    that a state was named for, is one of that group, not a man of the state the story is
    mostly about. (Legislators only: officials "of" a government are too many kinds of people
    for the group before them to say whose they are.)"""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind != "person" or not m.from_context or m.sector != "LEG" or m.name is None:
            continue
        here = doc[m.start].sent.start
        if here == 0:
            continue
        before = doc[here - 1].sent.start
        groups = {o.country for o in ix.mentions if o.kind == "group" and o.sector == m.sector
                  and o.country and not o.from_context and not o.member and before <= o.start < here}
        if len(groups) == 1 and m.country not in groups:
            m.country = groups.pop()


# Verbs by which a person leads a party or movement ("the Social Democrats, led by X")
_LEADING = frozenset({"lead", "head", "chair", "found", "run"})
# Sectors of the bodies whose leader belongs to their state
_LED_SECTORS = frozenset({"PTY", "OPP", "LEG", "GOV", "REB", "LAB"})


def leaders_of_named_parties(ix: DocIndex) -> None:
    """(session 41) "The Social Democrats, led by former prime minister X, lead in the polls":
    the leader of a party the sentence has placed belongs to the party's state. A title with no
    state of its own ("former prime minister") otherwise takes the state of the last prime
    minister named, which in a story of two states (Denmark and the Faroes) is often the other."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind != "person" or not (m.from_context or m.country is None) or m.name is None:
            continue
        head = doc[m.end - 1]
        agent = head.head
        if head.dep_ != "pobj" or agent.dep_ != "agent" or agent.head.lemma_.lower() not in _LEADING:
            continue
        verb = agent.head
        if verb.dep_ != "acl":
            continue
        party = _mention_headed_by(ix, verb.head)
        faction = _body_of_faction(ix, verb.head) if party is None else None
        party = party or faction
        if party is not None and party.kind == "organisation" and party.country \
                and (party.sector in _LED_SECTORS or faction is not None and party.sector is None
                     and party.country not in NON_STATE_CODES) and party.country != m.country:
            m.country = party.country
            if m.sector is None and party.sector in ("REB", "UAF", "OPP", "PTY"):
                m.sector = party.sector  # (session 42) a rebel faction's leader is a rebel
            for o in ix.mentions:  # (session 42) "Sadio" and "he" said of him later, left stateless
                if o is not m and o.name == m.name and o.country is None and o.start > m.start:
                    o.country, o.sector = m.country, o.sector or m.sector


# (session 42) Nouns for a part of a body named just before them ("the MFDC faction led by X").
_FACTIONS = frozenset({"faction", "wing", "branch", "splinter", "offshoot"})


def _body_of_faction(ix: DocIndex, noun: Token) -> Mention | None:
    """The body whose faction ``noun`` is: a body mention ending at most three tokens before it
    ("the Movement of Democratic Forces of Casamance (MFDC) faction")."""
    if noun.lemma_.lower() not in _FACTIONS:
        return None
    near = [o for o in ix.mentions if o.kind == "organisation" and noun.i - 4 <= o.end - 1 < noun.i
            and not any(ix.doc[k].is_sent_start for k in range(o.end, noun.i + 1))]
    return max(near, key=lambda o: o.end) if near else None


# Verbs by which a body holds a state ("the junta then ruling Greece")
_RULING = frozenset({"rule", "govern", "run", "control", "lead"})


def rulers_of_named_states(ix: DocIndex) -> None:
    """(session 41) "a coup engineered by the military junta then ruling Greece": a body with no
    state of its own that the sentence says rules a named state is that state's, not the
    state the story is about."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind not in ("organisation", "group") or m.name is not None or m.named_state:
            continue
        head = doc[m.end - 1]
        if _own_demonym(head):
            continue
        for verb in (c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in _RULING):
            objs = [c for c in verb.children if c.dep_ == "dobj"]
            state = _mention_headed_by(ix, objs[0]) if objs else None
            if state is not None and state.kind == "country" and state.country \
                    and state.country != m.country:
                m.country, m.from_context = state.country, False


# Words that make a name a body's, not a person's ("Acme Holdings", "the Rule of Law Institute")
_BODY_WORDS = frozenset({"holdings", "group", "party", "association", "institute", "council", "union",
                         "bank", "company", "corp", "inc", "ltd", "foundation", "committee", "agency",
                         "international", "alliance", "front", "movement", "league", "forum", "network",
                         "commission", "ministry", "court", "university", "centre", "center", "fund"})


def second_of_titled_pair(ix: DocIndex) -> None:
    """(session 41) "Representatives Alexandria Ocasio-Cortez and Nydia Velázquez", "Senators X
    and Y": a plural title before two names and "and" is the title of both. The second name,
    unknown to the knowledge base, often comes out as an organisation with no state; it takes
    the first's code and role. The parser's tree of such runs of names is unreliable, so the
    pair is read from the surface."""
    doc = ix.doc
    by_start = {o.start: o for o in ix.mentions}
    for p in ix.mentions:
        title = doc[p.start]
        if p.kind != "person" or not p.country or not p.role or p.end - p.start < 3 \
                or title.tag_ not in ("NNS", "NNPS") and not (title.tag_ == "NNP" and title.lower_.endswith("s")) \
                or not title.text[:1].isupper() or p.end + 1 >= len(doc) or doc[p.end].lower_ != "and":
            continue
        m = by_start.get(p.end + 1)
        if m is None or m.country is not None or m.name is None or m.kind not in ("person", "organisation") \
                or any(not t.text[:1].isupper() or t.lower_ in _BODY_WORDS for t in doc[m.start:m.end]) \
                or not 2 <= m.end - m.start <= 3:
            continue
        m.kind, m.country, m.sector, m.role = "person", p.country, p.sector, p.role
        m.orgs = []


# (session 42) Staff words an indefinite "with a spokesman saying" may head.
_WITH_STAFF = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "aide",
                         "representative", "diplomat"})


def staff_of_with_clause(ix: DocIndex) -> None:
    """(session 42) "The European Commission declined to comment, with a spokesman saying it did
    not take a position", "Guterres, through a spokesman, congratulated Tatar": a spokesman who
    speaks in a "with" clause hung on the main verb, or through whom its subject speaks, speaks
    for that verb's subject, not for the state the story is about."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind not in ("person", "group") or m.name is not None or doc[m.start].lower_ not in ("a", "an") \
                or m.country and not m.from_context:
            continue
        head = doc[m.end - 1]
        if head.lower_ not in _WITH_STAFF:
            continue
        if head.dep_ == "nsubj" and head.head.dep_ == "pcomp" and head.head.head.lower_ == "with":
            prep = head.head.head
        elif head.dep_ == "pobj" and head.head.lower_ == "through":
            prep = head.head
        else:
            continue
        if prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
        body = _mention_headed_by(ix, subj) if subj is not None else None
        if body is None or not body.country or body.kind == "pronoun":
            continue
        m.country, m.from_context = body.country, False
        m.sector = body.sector or "GOV" if body.kind in ("organisation", "country") else body.sector


# (session 42) Verbs of an electoral contest between two candidates for one office.
_CONTEST_VERBS = frozenset({"defeat", "beat", "unseat", "oust", "challenge", "face", "edge", "trounce"})


def incumbents_of_contest(ix: DocIndex) -> None:
    """(session 42) "Tatar narrowly defeated incumbent Mustafa Akinci in Sunday's runoff": the
    incumbent a placed candidate defeats (or is defeated by) holds the office of the same polity,
    so he takes the other's state (and the government, as the office holder); his later mentions
    by the same name too. Judges of AN104: "the article makes his state clear"."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind != "person" or m.country is not None or m.name is None:
            continue
        words = [t.lower_ for t in doc[m.start:m.end]]
        if "incumbent" not in words[:2]:
            continue
        head = doc[m.end - 1]
        verb = head.head
        if verb.lemma_.lower() not in _CONTEST_VERBS or head.dep_ not in ("dobj", "nsubj", "nsubjpass"):
            continue
        want = "nsubj" if head.dep_ == "dobj" else "dobj"
        other_tok = next((c for c in verb.children if c.dep_ == want), None)
        if other_tok is None and head.dep_ == "nsubjpass":
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            other_tok = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        other = next((o for o in ix.mentions if other_tok is not None and o.start <= other_tok.i < o.end
                      and o.kind in ("person", "pronoun") and o.country), None)
        if other is None or other.country in NON_STATE_CODES:
            continue
        m.country, m.sector, m.from_context = other.country, "GOV", False
        for o in ix.mentions:
            if o is not m and o.name == m.name and o.country is None and o.start > m.start:
                o.country, o.sector = m.country, m.sector


def hyphen_based(ix: DocIndex) -> None:
    """(session 42) "an analyst at the Dakar-based Centre for Security Studies", "London-based
    businessman Ely Calil": the tagger cuts the name after the hyphen ("based Centre for ..."), so
    the town that places the body or the person was lost; a mention that opens with that
    "based" takes the state of the town or country before the hyphen."""
    from .places import state_of_name

    doc = ix.doc
    for m in ix.mentions:
        if m.start < 2 or doc[m.start].lower_ != "based" or doc[m.start - 1].text != "-":
            continue
        if m.country is not None and m.country != "NGO" \
                and not (m.from_context and doc[m.end - 1].lemma_.lower() not in _SEATED_BODIES):
            # (session 53) a state the story's context gave yields to the town: "the Oslo-based
            # shipping company Wilhelmsen" in an Australian story; "the Hague-based court" keeps
            # the court it was read back to
            continue
        k = m.start - 2
        start = k
        while start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start and start > k - 2:
            start -= 1
        state = None
        for s0 in range(start, k + 1):
            name = doc[s0:k + 1].text
            anchor = ix.anchor_at(k)
            form = anchor.whole_country if anchor is not None else None
            state = form.iso3 if form is not None else state_of_name(name)
            if state is not None and state not in NON_STATE_CODES:
                break
            state = None
        if state is not None:
            m.country, m.from_context = state, False
            if m.kind != "person":
                _staff_of_placed_body(ix, m, state)


_AFFILIATING = frozenset({"of", "at", "with", "from", "for"})
# (session 53) Bodies that states' seats host but that are often no host's own ("the Hague-based
# court" is the ICC): the town does not override the state the story gave them.
_SEATED_BODIES = frozenset({"court", "tribunal", "commission", "agency", "organisation", "organization",
                            "body", "bank", "fund"})


def _staff_of_placed_body(ix: DocIndex, body: Mention, state: str) -> None:
    """"said Ibrahima Sonko of the Dakar-based Centre", "X, an analyst at the Chisinau-based
    Institute", "a spokesman for the Oslo-based shipping company": the person the body is
    attached to, stateless or placed only by the story's context, works there, in that state."""
    doc = ix.doc
    root = next((t for t in doc[body.start:body.end] if not body.start <= t.head.i < body.end), None)
    if root is None or root.dep_ != "pobj" or root.head.lower_ not in _AFFILIATING:
        return
    holder = root.head.head
    for o in ix.mentions:
        if o.kind != "person" or o.country is not None and not o.from_context:
            continue  # (session 53: a spokesman the story's context placed yields too)
        head = doc[o.end - 1]
        if o.start <= holder.i < o.end or holder.dep_ == "appos" and holder.head.i == head.i:
            o.country, o.from_context = state, False
            o.sector = o.sector or "CVL"


def _verb_subject(verb: Token) -> Token | None:
    """The subject of ``verb``: its own, or for a to-infinitive or participle with none ("X
    telephoned him to congratulate him") the subject of the verb it hangs on."""
    deps = ("nsubj", "nsubjpass")
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in deps), None)
        if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
            return verb.head  # "Erdogan, who telephoned him": the relative's antecedent
        if subj is not None:
            return subj
        if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head is verb:
            return None
        # (an active verb joined to a passive one does not share its subject, the patient)
        deps = ("nsubj",) if verb.dep_ == "conj" else deps
        verb = verb.head
    return None


def objects_not_their_subject(ix: DocIndex) -> None:
    """(session 42) "Erdogan telephoned Tatar ... to congratulate him", "Putin wished the new
    leader success": a pronoun or an unnamed description that is the object of a verb is not the
    verb's own subject (a reflexive would be), so a reading that links it to that subject is
    wrong; it takes the nearest person named before it in the two sentences before, other than
    the subject, else no one."""
    doc = ix.doc
    persons = sorted((o for o in ix.mentions if o.kind == "person" and o.name and o.country),
                     key=lambda o: o.start)
    for m in ix.mentions:
        if m.kind not in ("pronoun", "person") or m.end - m.start > 4 or not m.country:
            continue
        if m.name is None:
            continue  # (only a reading linked to a named person: "the prime minister" of the
            # story's state is not the president who dismisses him)
        if m.kind == "person" and not (m.from_context and doc[m.start].lower_ == "the"):
            continue
        head = doc[m.end - 1]
        if head.dep_ not in ("dobj", "dative") or head.lower_ in ("himself", "herself", "itself", "themselves"):
            continue
        if head.head.dep_ == "advcl" and head.head.tag_ == "VBG" and head.head.lemma_.lower() in RESULT_PARTICIPLES:
            continue  # (session 57) "Park loses her immunity, leaving her open": may be the doer
        subj = _verb_subject(head.head)
        owner = next((o for o in ix.mentions if subj is not None and o is not m
                      and o.start <= subj.i < o.end and o.name), None)
        if owner is None or owner.kind != "person" or owner.name != m.name:
            continue
        floor = _sentence_back(doc, doc[m.start].sent.start, 2)
        other = next((o for o in reversed(persons) if floor <= o.start < m.start
                      and o.name != owner.name), None)
        if other is None:
            m.country, m.sector, m.name, m.role = None, None, None, m.role
            continue
        m.country, m.sector, m.name = other.country, other.sector, other.name
        m.role = other.role if m.kind == "pronoun" else m.role

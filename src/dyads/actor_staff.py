"""Named staff set off after their body's title take the body's code.

"TV Rain's editor-in-chief, Tikhon Dzyadko, said", "The council fined the channel. Its
chairman, Ivars Abolins, said": a name set off by commas right after a title that a resolved
body owns ("X's", or "Its" for the body the sentence or the one before is about) is that
body's officer, so the person takes the body's state and sector, not the state of the place
the story is set in (an exiled outlet's editor stays of the outlet's state). The tagger often
reads such a name as a body ("Ivars Abolins" = ORG); set off after a title, it is a person.
Kin and lawyers are left to ``actor_kin`` and the staff rules of ``actor_coref``: they share
a state, not an office. Later mentions of the name follow.

Newsroom staff with no state ("presenter Alexei Korostelev", "one presenter's mistake") in a
story whose named outlets are all of one state work for such an outlet: they take its state
(news about an exiled channel names its presenter without a nationality; the host state
where the channel broadcasts from is not his).
"""

from __future__ import annotations

from spacy.tokens import Token

from .actor_lexicon import KIN_WORDS
from .anchor_index import DocIndex, Mention
from .countries import NON_STATE_CODES
from .nlp import QUOTE_TOKENS, sentence_of_token

__all__ = ["staff_after_owned_titles", "newsroom_staff_of_outlets", "workers_at_placed_bodies",
           "spokesmen_of_named_bodies"]

# Titles that tie a person to a client, not to the client's office.
_NOT_OFFICES = KIN_WORDS | frozenset({"lawyer", "lawyers", "attorney", "attorneys", "counsel",
                                      "friend", "neighbour", "neighbor", "colleague", "rival"})
# Words that put newsroom staff with outlets from abroad.
_ABROAD = frozenset({"foreign", "overseas", "international", "visiting"})
# Kinds of mention a body's name may have.
_BODY_KINDS = frozenset({"organisation", "group"})


def staff_after_owned_titles(ix: DocIndex) -> None:
    """Give a name set off after a body's title the body's state and sector (see the module
    docstring); later mentions by the same name that the text did not place follow."""
    doc = ix.doc
    moved: dict[str, Mention] = {}
    for m in ix.mentions:
        if m.kind not in ("person", "organisation") or not m.name or m.confidence >= 1.0 \
                or (m.country is not None and not m.from_context) or m.start < 3:
            continue
        root = doc[m.start:m.end].root
        title = root.head
        after = _title_after(ix, m, root)
        if after is not None:
            title = after  # (session 55) "Jose Miguel Vivanco, the group's Americas director"
        elif root.dep_ != "appos" or title.i >= m.start or doc[m.start - 1].text != "," \
                or title.pos_ != "NOUN" or title.lower_ in _NOT_OFFICES:
            continue
        owner = next((c for c in title.children if c.dep_ == "poss"), None)
        if owner is None or any(c.dep_ == "conj" for c in title.children):
            continue
        body = _owner_body(ix, owner)
        if body is None:
            continue
        m.kind, m.country, m.sector = "person", body.country, body.sector
        m.from_context = False
        m.confidence = max(m.confidence, 0.7)
        moved[m.name] = m
    for m in ix.mentions:
        led = moved.get(m.name) if m.name and m.kind == "person" else None
        if led is None:
            led = next((v for k, v in moved.items() if m.kind == "person" and m.name
                        and len(m.name.split()) == 1 and k.split()[-1] == m.name), None)
        if led is not None and m is not led and (m.country is None or m.from_context):
            m.country, m.sector, m.from_context = led.country, led.sector, False


def _title_after(ix: DocIndex, m: Mention, root: Token) -> Token | None:
    """The title set off after a name whose owner is a body's kind noun ("X, the group's
    Americas director"): the name comes first, and the title is its apposition."""
    doc = ix.doc
    if m.end >= ix.n or doc[m.end].text != ",":
        return None
    title = next((c for c in root.children if c.dep_ == "appos" and c.i > m.end), None)
    if title is None or title.pos_ != "NOUN" or title.lower_ in _NOT_OFFICES:
        return None
    owner = next((c for c in title.children if c.dep_ == "poss"), None)
    return title if owner is not None and owner.lower_ in _BODY_NOUNS else None


# Nouns by which a story names a body it has named before ("the group's director").
_BODY_NOUNS = frozenset({"group", "organisation", "organization", "agency", "watchdog", "charity",
                         "body", "alliance", "bloc", "union", "movement", "party"})
# Sectors of bodies news does not call "the group": firms, a state's organs, the press.
_NO_GROUPS = frozenset({"BUS", "GOV", "MIL", "COP", "JUD", "LEG", "JRN", "SPY"})
# How many sentences back "the group's" looks for the body it names.
_BODY_REACH = 3


def _body_by_noun(ix: DocIndex, owner: Token) -> Mention | None:
    """"the group's Middle East director": the last named body with a code of its own in the
    owner's sentence or the few before (a state is no "group")."""
    doc = ix.doc
    sid = sentence_of_token(doc, owner.i)
    found = [x for x in ix.mentions if x.end <= owner.i and x.kind == "organisation" and x.name
             and x.country and sid - sentence_of_token(doc, x.start) <= _BODY_REACH
             and not (owner.lower_ == "group" and x.sector in _NO_GROUPS)]
    return max(found, key=lambda x: x.end) if found else None


def _owner_body(ix: DocIndex, owner: Token) -> Mention | None:
    """The resolved body (with a state and a sector) that owns a title: the mention ending at
    the possessive's word, an earlier named body of those words, or, for "its", the body the
    sentence names before it, else the subject of the sentence before."""
    doc = ix.doc
    if owner.lower_ == "its":
        return _its_owner(ix, owner)
    if owner.lower_ in _BODY_NOUNS and owner.i > 0 and doc[owner.i - 1].lower_ == "the" \
            and not any(x.end == owner.i + 1 and x.kind != "pronoun" for x in ix.mentions):
        return _body_by_noun(ix, owner)
    if owner.pos_ not in ("PROPN", "NOUN") or owner.i + 1 >= ix.n \
            or doc[owner.i + 1].text not in ("'s", "\u2019s"):
        return None
    start = owner.left_edge.i
    while start < owner.i and doc[start].lower_ == "the":
        start += 1
    words = doc[start:owner.i + 1].text
    here = [x for x in ix.mentions if x.end == owner.i + 1 and x.kind != "pronoun"]
    found = here or [x for x in ix.mentions if x.end <= start and x.name and x.kind in _BODY_KINDS
                     and x.name == words]
    body = found[-1] if found else None
    return body if _placed_body(body) else None


def _its_owner(ix: DocIndex, owner: Token) -> Mention | None:
    """"Its" before a title: the last body named before it in its sentence, or with none, the
    body that is the subject of the sentence before (the topic "its" carries on)."""
    doc = ix.doc
    sid = sentence_of_token(doc, owner.i)
    before = [x for x in ix.mentions if x.end <= owner.i and x.kind != "pronoun"
              and sentence_of_token(doc, x.start) == sid and not _quoted_apart(ix, x.end, owner.i)]
    if before:
        last = max(before, key=lambda x: x.end)
        return last if last.kind in _BODY_KINDS and _placed_body(last) else None
    first = owner.sent.start
    if first == 0:
        return None
    prev = doc[first - 1].sent
    subjects = [c.i for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    # (a wire dateline may hang on the verb as a second subject: "RIGA (Wire) - X said")
    bodies = [x for x in ix.mentions if x.kind != "pronoun" and any(x.start <= i < x.end for i in subjects)]
    body = bodies[-1] if bodies else None
    return body if _placed_body(body) else None


def _quoted_apart(ix: DocIndex, start: int, end: int) -> bool:
    """Whether a quotation mark stands between tokens ``start`` and ``end``: a body named in a
    quotation is not what "its" outside it refers to ("'... the ministry has had those
    audits,' its director said" is the speaker's body)."""
    return any(ix.doc[k].text in QUOTE_TOKENS for k in range(start, end))


def _placed_body(body: Mention | None) -> bool:
    """Whether ``body`` is a body with a code of its own (a state, an IGO or the NGO code)."""
    return body is not None and body.kind in _BODY_KINDS and bool(body.country)


def newsroom_staff_of_outlets(ix: DocIndex) -> None:
    """Give people titled by a newsroom job (sector JRN) and no state the state of the
    story's named media outlets, when those outlets are all of one state (see the module
    docstring); pronouns that follow the person are placed later, with the name."""
    doc = ix.doc
    staff = [m for m in ix.mentions if m.kind == "person" and m.sector == "JRN" and m.country is None
             and doc[m.end - 1].tag_ in ("NN", "NNP")  # one person ("foreign correspondents": none)
             and not any(t.lower_ in _ABROAD for t in doc[m.start:m.end])]
    if not staff:
        return
    states = {o.country for o in ix.mentions if o.kind == "organisation" and o.name
              and o.sector == "JRN" and o.country and o.country not in NON_STATE_CODES}
    if len(states) != 1:
        return
    state = states.pop()
    for m in staff:
        m.country, m.from_context = state, True
        m.confidence = min(m.confidence, 0.6)


# (session 33) Sectors a workplace passes on to a named person described as working there ("an
# economist at the University of Iceland" is of the university's field); other workplaces pass
# on their state only.
_WORKPLACE_SECTORS = frozenset({"EDU", "MED", "JRN", "BUS", "NGO"})


def workers_at_placed_bodies(ix: DocIndex) -> None:
    """(session 33) "Helga Thorsdottir, an economist at the University of Iceland,": a named
    person with no state whose apposition says where she works ("a NOUN at BODY") is of the
    state of that body when the body has one (and of its field when it is a school, a
    hospital, an outlet, a firm or an NGO)."""
    doc = ix.doc
    by_token: dict[int, Mention] = {}
    for o in ix.mentions:
        if o.kind == "organisation" and o.country is not None and o.country not in NON_STATE_CODES:
            for i in range(o.start, o.end):
                by_token.setdefault(i, o)
    if not by_token:
        return
    for m in ix.mentions:
        if m.kind != "person" or not m.name or m.country is not None:
            continue
        root = doc[m.start:m.end].root
        for desc in (c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
            at = next((c for c in desc.children if c.dep_ == "prep" and c.lower_ == "at"), None)
            obj = next((c for c in at.children if c.dep_ == "pobj"), None) if at is not None else None
            body = by_token.get(obj.i) if obj is not None else None
            if body is not None:
                m.country, m.from_context, m.confidence = body.country, True, 0.5
                if m.sector is None and body.sector in _WORKPLACE_SECTORS:
                    m.sector = body.sector
                break


# Staff titles that a body's noun may qualify ("a coalition spokesman", "a party official").
_BODY_STAFF = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officials", "leader",
                         "leaders", "member", "members"})


# Words that may stand before such a body's noun without naming another body of its kind.
_PLAIN_BEFORE = frozenset({"a", "an", "the", "one", "another", "senior", "top", "two", "three",
                           "several", "some", "its", "other"})


def spokesmen_of_named_bodies(ix: DocIndex) -> None:
    """(session 55) "Syria's main opposition coalition welcomed the strike ... 'One strike is
    not enough,' a coalition spokesman said": an unnamed spokesman or official whose title is
    qualified by a body's noun speaks for the body of that noun named in its sentence or the
    two before (its state and sector), not for the story's state the context guessed."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind not in ("person", "group") or m.name or m.country and not m.from_context \
                or m.end - m.start < 2 or doc[m.end - 1].lower_ not in _BODY_STAFF:
            continue
        noun = doc[m.end - 2]
        if noun.pos_ != "NOUN" or not noun.is_lower or noun.dep_ != "compound" \
                or doc[noun.i - 1].lower_ not in _PLAIN_BEFORE:
            continue  # ("an interior ministry official" is not "the foreign ministry"'s)
        sid = sentence_of_token(doc, m.start)
        # (the body's noun may still stand just after its mention: "Syria's main opposition
        # | coalition" is extended to take it only later)
        bodies = [o for o in ix.mentions if o.kind in _BODY_KINDS and o.country
                  and not o.from_context and o.end < m.start
                  and 0 <= sid - sentence_of_token(doc, o.start) <= 2
                  and noun.lemma_.lower() in (doc[o.end - 1].lemma_.lower(), doc[o.end].lemma_.lower())]
        if not bodies:
            continue
        body = max(bodies, key=lambda o: o.end)
        m.country, m.from_context = body.country, False
        m.sector = body.sector or m.sector
        m.confidence = max(m.confidence, 0.6)

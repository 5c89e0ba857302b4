"""Mentions: grow each anchor and sector noun into the phrase that names one actor.

A name takes its title ("USAID Administrator Mark Green"), a sector noun its modifiers ("the
Venezuelan opposition"), an organisation the state that owns it ("Russia's Duma"), and a name
its apposition ("Mark Weisbrot, the CEPR Co-Director"). Persons go first so that their titles
are not read as separate actors. The stages for sector nouns (``mention_sectors``) and for
named states and bodies (``mention_names``) live apart; all grow phrases with
``mention_edges``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .actor_local_titles import local_office_holders
from .actor_anchors import DocIndex, Mention, clean_name
from .anchor_index import tokens_lowered
from .actor_pronouns import SAYING_VERBS
from .actor_lexicon import (HONORIFICS, LENDING_BODIES, TITLE_MODIFIERS, SectorWord, held_office,
                            is_candidacy, is_titleish, phrase_sector, sector_words)
from .countries import INTERGOVERNMENTAL, NON_STATE_CODES
from .kb import KBEntry, Organisation
from .mention_edges import (apply_orgs, campaign_of, extend_left, incoming_holder, is_age, is_from,
                            kb_entry, located, of_state)
from .mention_names import remaining_anchors
from .mention_sectors import MISSIONS, breakaway_word, sector_heads
from .nlp import joined_by_hyphen

__all__ = ["build_mentions", "grow_to_acting_heads", "mention_at", "past_office"]


def build_mentions(ix: DocIndex) -> None:
    """Turn the anchors and sector units of ``ix`` into ``ix.mentions``."""
    _persons(ix)
    local_office_holders(ix)  # (session 42) "Cebu Governor Gwendolyn Garcia"
    _former_namesakes(ix)
    _world_body_namesakes(ix)
    sector_heads(ix)
    remaining_anchors(ix)
    _share_plural_titles(ix)  # again: names and homes the tagger gave as bodies and places
    _of_body(ix)
    _appositions(ix)
    _bodies_served(ix)
    _police_ranks(ix)
    _listed_members(ix)
    _joined_titles(ix)
    _described_bodies(ix)
    _named_unions(ix)
    _state_kind_names(ix)
    _kind_before_body(ix)
    _offices_then_held(ix)
    _offices_sought(ix)
    _determiners_of_heads(ix)
    _others_of_state(ix)
    _national_societies(ix)
    _peoples_of_other_states(ix)


def _peoples_of_other_states(ix: DocIndex) -> None:
    """(session 54) "Greek Cypriots rejected the plan", "Turkish Cypriots voted yes": one state's
    adjective right before another state's people names a community of the second state, one
    mention of it; the first adjective is no actor of its own (Greece did not vote)."""
    doc = ix.doc
    starts = {m.start: m for m in ix.mentions}
    drop: list[Mention] = []
    for m in ix.mentions:
        nxt = starts.get(m.end)
        if m.kind != "country" or m.end - m.start != 1 or nxt is None or nxt.country in (None, m.country) \
                or not doc[m.end - 1].is_title or doc[m.end - 1].whitespace_ == "":
            continue
        here, there = ix.country_at(m.start), ix.country_at(nxt.start)
        if here is None or there is None or here.form != "adjective" or there.form not in ("people", "adjective") \
                or there.iso3 != nxt.country:
            continue
        nxt.start, nxt.char_start = m.start, None
        drop.append(m)
    if drop:
        ix.mentions = [m for m in ix.mentions if not any(m is d for d in drop)]


# Movements whose member societies are each one state's ("the Syrian Arab Red Crescent", "the
# American Red Cross"): the movement's name right after a state's is that state's society.
_NATIONAL_SOCIETIES = frozenset({"red cross", "red crescent"})


def _national_societies(ix: DocIndex) -> None:
    """(session 31) "A Syrian Arab Red Crescent convoy", "the Turkish Red Crescent": a national
    society of the movement is its state's, not the movement's international body; the
    mention grows over the state's word (one title-case word may stand between: "Arab"), and
    the movement's bare name later in the story ("the Red Crescent said") is that society
    when the story named one state's."""
    doc = ix.doc
    drop: list[Mention] = []
    named: dict[str, set[str]] = {}
    for m in ix.mentions:
        if m.kind != "organisation" or m.char_start is not None or m.end - m.start < 2:
            continue
        movement = f"{doc[m.start].lower_} {doc[m.start + 1].lower_}"
        if movement not in _NATIONAL_SOCIETIES:
            continue
        k = m.start - 1
        if k > 0 and doc[k].is_title and not ix.used[k]:
            k -= 1  # "Syrian Arab Red Crescent"
        state = [o for o in ix.mentions if o.kind == "country" and o.end == k + 1
                 and o.char_start is None and o.country and o.country not in NON_STATE_CODES]
        if len(state) == 1:
            drop.append(state[0])
            m.start, m.country, m.name = state[0].start, state[0].country, None
            ix.mark(m.start, m.end)
            named.setdefault(movement, set()).add(state[0].country)  # type: ignore[arg-type]
        elif len(named.get(movement, ())) == 1 and m.country in INTERGOVERNMENTAL:
            m.country = next(iter(named[movement]))
    if drop:
        ix.mentions = [m for m in ix.mentions if not any(m is o for o in drop)]


# Words by which a description says that the person serves in a police force.
_POLICE_WORDS = frozenset({"police", "policing", "gendarmerie", "constabulary"})


def _police_ranks(ix: DocIndex) -> None:
    """"Colonel Ana Almeida, a police spokeswoman", "Major X, head of the city's police
    district": police forces use army ranks, so a rank title gives MIL only until the
    person's apposition names the police; then the person is COP. Only the apposition of the
    name counts (a police unit merely named later in the sentence says nothing of the rank)."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind != "person" or m.sector != "MIL":
            continue
        root = doc[m.start:m.end].root
        if not any(ix.sector_at(i) is not None and ix.sector_at(i)[1].sector == "MIL"
                   for i in range(m.start, m.end)):
            continue  # the rank is in the name: a MIL the description gave is not a rank
        desc = [c for c in root.children if c.dep_ == "appos" and c.i >= m.end]
        if any(t.lower_ in _POLICE_WORDS for c in desc for t in c.subtree):
            m.sector = "COP"


# Nouns and modifiers naming another side by its relation to a state: "Tunisia's neighbours",
# "Israel's militia ally", "Tunisia's neighbouring countries" are not Tunisia or Israel; nor
# are "Uganda's biggest lenders" or "Ghana's creditors" (who lend to it) Ugandan businesses.
_RELATION_NOUNS = frozenset({"ally", "allies", "neighbour", "neighbours", "neighbor", "neighbors",
                             "creditor", "creditors", "donor", "donors"})
# ... and "lenders", but only in a story that names a lending body: "Italy's biggest lender" is
# otherwise an Italian bank.
_LENDERS = frozenset({"lender", "lenders"})
_RELATION_MODIFIERS = frozenset({"neighbouring", "neighboring", "allied"})


def _others_of_state(ix: DocIndex) -> None:
    """A state's possessive before an ally or neighbour noun names the other side: the phrase
    becomes one mention with no state of its own, so the owner is not read as the actor."""
    doc = ix.doc
    # only a relation noun, or the head of a relation modifier, can be one: found from the
    # attribute array, so the pass makes no Token for every word
    heads = set(tokens_lowered(doc, _RELATION_NOUNS))
    if any(a.kind == "org" and isinstance(a.payload, Organisation) and a.payload.country == "IGO"
           and a.payload.name.endswith(LENDING_BODIES) for a in ix.anchors):
        heads.update(tokens_lowered(doc, _LENDERS))  # "the World Bank ... Uganda's lenders"
    heads.update(doc[j].head.i for j in tokens_lowered(doc, _RELATION_MODIFIERS))
    for tok in (doc[i] for i in sorted(heads)):
        if tok.pos_ not in ("NOUN", "PROPN") or not (
                tok.lower_ in _RELATION_NOUNS or tok.lower_ in _LENDERS
                or any(c.dep_ in ("amod", "compound") and c.lower_ in _RELATION_MODIFIERS
                       for c in tok.children)):
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.i < tok.i), None)
        if owner is None:
            continue
        start = owner.left_edge.i
        inside = [m for m in ix.mentions if start <= m.start and m.end <= tok.i + 1]
        if _named_object_before(ix, tok, owner, inside):
            continue
        if owner.lower_ in _BLOC_ALLY_OWNERS and tok.lower_ == "ally":
            _bloc_ally(ix, tok, owner, inside)
            continue
        if not any(m.start <= owner.i < m.end and m.country for m in inside) \
                or any(m.start < start <= m.end - 1 < tok.i or m.start <= tok.i < m.end > tok.i + 1
                       for m in ix.mentions if m not in inside):
            continue
        if tok.lower_ in _FOLLOWER_HEADS and any(m.start <= owner.i < m.end and m.kind == "person"
                                                 for m in inside):
            # (session 37) "Zuma's allies": a person's allies are his followers, of his state
            # (``grow_to_acting_heads``), not another state
            continue
        ix.mentions[:] = [m for m in ix.mentions if m not in inside]
        ix.mark(start, tok.i + 1)
        # (a body with no sector: the article's or sentence's state is never read into it)
        ix.mentions.append(Mention(start, tok.i + 1, "organisation", confidence=0.5))
    ix.mentions.sort(key=lambda m: m.start)


# Verbs that give their object a second noun phrase saying what it is ("called X Y's ally").
_CALLING = frozenset({"call", "name", "consider", "deem", "dub", "label", "declare"})


def _named_object_before(ix: DocIndex, tok: Token, owner: Token, inside: list[Mention]) -> bool:
    """(session 30) "She called the United States Denmark's closest ally": after a verb of
    calling or naming, a state or body parsed as a modifier of the owner is the verb's object,
    and the relation phrase only renames it. The object keeps its own mention; the owner and the
    relation noun make none (the phrase is no second actor). True when it was so."""
    if tok.dep_ != "oprd" and not (tok.dep_ == "dobj" and tok.head.lemma_.lower() in _CALLING):
        return False
    own = next((m for m in inside if m.start <= owner.i < m.end), None)
    objects = [m for m in inside if own is not None and m.end <= own.start and m.country]
    if not objects or any(m.start < own.start and m not in objects for m in inside if m is not own):
        return False
    ix.mentions[:] = [m for m in ix.mentions if m is not own]
    ix.mark(own.start, tok.i + 1)
    first = objects[0]
    if first.start and ix.doc[first.start - 1].lower_ == "the" \
            and first.start <= ix.doc[first.start - 1].head.i <= tok.i:
        first.start -= 1  # (the article is the object's, as for a state named alone)
        ix.mark(first.start, first.start + 1)
    return True


# Owners of "its NATO ally": the ally is another state of the bloc, not the bloc.
_BLOC_ALLY_OWNERS = frozenset({"its", "their"})


def _bloc_ally(ix: DocIndex, tok: Token, owner: Token, inside: list[Mention]) -> None:
    """(session 30) "The U.S. embassy said it stood with its NATO ally": a bloc that only
    modifies an owned "ally" is not the actor; the phrase is one mention of the ally (a state,
    ``BLOC_ALLY``, placed once the story's state is known), unless a name follows it."""
    if len(inside) != 1 or inside[0].country not in INTERGOVERNMENTAL \
            or any(c.dep_ == "appos" for c in tok.children) \
            or tok.i + 1 < ix.n and ix.doc[tok.i + 1].pos_ == "PROPN":
        return  # ("its NATO ally Turkey": the state is named)
    ix.mentions.remove(inside[0])
    ix.mark(owner.i, tok.i + 1)
    ix.mentions.append(Mention(owner.i, tok.i + 1, "country", confidence=0.5, refers=(BLOC_ALLY,)))


BLOC_ALLY = "bloc ally"


def _determiners_of_heads(ix: DocIndex) -> None:
    """"The EU law", "the US embassy", "a Supreme Court order": the article belongs to the
    noun the state or body modifies, so the modifier's own mention starts at its name."""
    doc = ix.doc
    for m in ix.mentions:
        first = doc[m.start]
        if m.end - m.start > 1 and (first.lower_ == "the" or first.lower_ in ("a", "an") and (
                doc[m.start + 1].is_title or doc[m.start + 1].is_upper)) and first.dep_ == "det" \
                and m.kind in ("country", "organisation") and doc[m.end - 1].pos_ == "PROPN" \
                and first.head.i >= m.end and m.char_start is None \
                and doc[m.end - 1].dep_ in ("compound", "amod", "nmod") \
                and doc[m.end - 1].head.i >= m.end:
            ix.mark(m.start, m.start + 1, used=False)
            m.start += 1
            m.definite = False


# Words for running for an office ("run for District Attorney", "her bid for president").
_RUN_WORDS = frozenset({"run", "campaign", "bid", "stand", "race", "candidate", "candidacy",
                        "nomination", "running"})
# Verbs whose "as" phrase or second object is the office someone is given or holds.
_OFFICE_VERBS = frozenset({"elect", "reelect", "re-elect", "appoint", "name", "nominate",
                           "choose", "select", "install", "confirm", "swear", "serve", "become",
                           "designate", "promote", "tap", "pick",
                           # (session 61) "declared himself interim president", "recognising Guaido as
                           # the country's legitimate leader", "assume the powers ... as interim president"
                           "declare", "proclaim", "recognise", "recognize", "assume"})


def _offices_sought(ix: DocIndex) -> None:
    """"run for District Attorney", "was elected Mayor of London", "appointed as Defence
    Minister": an office someone runs for, is given or holds is a role, not a second actor
    (the officeholder is the one who acts)."""
    doc = ix.doc
    keep = []
    for m in ix.mentions:
        if m.kind == "person" and m.name is None:
            head = next((doc[i] for i in range(m.end - 1, m.start - 1, -1)
                         if not m.start <= doc[i].head.i < m.end or doc[i].head.i == i),
                        doc[m.end - 1])
            if head.pos_ == "VERB":  # "elected Mayor of London": the verb read as a title word
                head = next((c for c in head.children
                             if c.dep_ == "oprd" and m.start <= c.i < m.end), head)
            while head.dep_ == "conj" and head.head.i < head.i and head.head.pos_ in ("NOUN", "PROPN"):
                head = head.head  # (session 37) "serves as prime minister, finance minister, ..."
            prep = head.head
            if head.dep_ == "pobj" and (
                    prep.lower_ == "for" and prep.head.lemma_.lower() in _RUN_WORDS
                    or prep.lower_ == "as" and prep.head.lemma_.lower() in _OFFICE_VERBS
                    # (session 61) "assume the powers of the executive as interim president"
                    or prep.lower_ == "as" and prep.head.pos_ == "NOUN" and prep.head.dep_ == "dobj"
                    and prep.head.head.lemma_.lower() in _OFFICE_VERBS) \
                    or head.dep_ == "oprd" and prep.lemma_.lower() in _OFFICE_VERBS \
                    or head.dep_ == "ccomp" and prep.lemma_.lower() in _OFFICE_VERBS \
                    and any(c.dep_ == "nsubj" and c.lower_ in ("himself", "herself", "themselves")
                            for c in head.children) \
                    or head.dep_ == "attr" and prep.lemma_.lower() == "become" \
                    and not any(c.dep_ == "det" for c in head.children):
                # (session 37) "His deputy X becomes vice-chancellor": the office taken
                ix.mark(m.start, m.end, used=False)
                continue
        if m.kind == "organisation" and m.name is None and m.sector == "GOV" and _office_headed(ix, m):
            ix.mark(m.start, m.end, used=False)
            continue
        keep.append(m)
    ix.mentions[:] = keep


def _office_headed(ix: DocIndex, m: Mention) -> bool:
    """(session 37) "the kingdom's first commoner to head the government": the government a
    person is described as heading (an infinitive on a person noun) is the office held, as
    "the head of government" is, not the body acting."""
    head = ix.doc[m.end - 1]
    verb = head.head
    return head.dep_ == "dobj" and verb.lemma_.lower() in ("head", "lead") and verb.dep_ in ("acl", "relcl") \
        and verb.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _persons(ix: DocIndex) -> None:
    for anchor in ix.anchors:
        if anchor.kind != "person" or ix.used[anchor.start]:
            continue
        m = Mention(anchor.start, anchor.end, "person")
        text = ix.doc[anchor.start:anchor.end].text
        entry = kb_entry(ix, anchor)
        ix.mark(anchor.start, anchor.end)
        # "the Maduro government": a person naming the state's organs is not the person
        nxt = ix.sector_at(anchor.end)
        if nxt is not None and nxt[0] == anchor.end and nxt[1].kind != "person" \
                and not ix.used[anchor.end]:
            ix.mark(anchor.start, anchor.end, used=False)
            continue
        if campaign_of(ix, anchor.end):
            # "the Trump campaign": a candidate's campaign is a party effort, not the person
            # (nor the office they hold); a staffer named after it takes the name as a title
            ix.mark(anchor.start, anchor.end, used=False)
            later = _campaign_staffer(ix, anchor.end)
            if later is None:
                m.country = entry.country if entry is not None else None
                m.sector = "PTY" if m.country else None
                m.end = anchor.end + 1
                m.kind = "group"
                m.confidence = 0.8
                ix.mark(m.start, m.end)
                ix.mentions.append(m)
            continue
        words = extend_left(ix, m, head_is_person=True, allow_person=False)
        while _joined_title_word(ix, m, anchor.start):
            m.start -= 2  # "Police and Crime Commissioner", "Health and Social Care Secretary"
            words = extend_left(ix, m, head_is_person=True, allow_person=False) + words
            first = ix.sector_at(m.start)
            if first is not None and first[0] == m.start:
                words.insert(0, first[1])
        ix.mark(m.start, anchor.end)
        given = _given_start(ix, m, anchor.start) if entry is None else anchor.start
        _describe_person(ix, m, words, given)  # (given names the tagger left out are no title)
        if entry is not None:
            text_sector = m.sector
            m.name = entry.name
            m.gender = entry.gender
            m.country = entry.country or m.country  # a pseudo-state not held yet: the text's
            m.sector = entry.sector or m.sector  # an office not held yet: the text's title
            m.text_role = m.role
            m.role = entry.role or m.role
            m.confidence = 1.0
            if _former_before_term(ix, m, entry):
                m.sector, m.role = "ELI", f"former {entry.role}" if entry.role else m.role
            elif text_sector and text_sector != m.sector and ix.kb.takes_office_later(entry, ix.date) \
                    and not incoming_holder(ix, m.start):
                # "opposition leader X" months before X took office: what X was on the date
                m.sector, m.role = text_sector, m.text_role or m.role
            body = _world_body_post(m)
            if body is not None and m.sector in (None, "ELI") and entry.country not in NON_STATE_CODES \
                    and "former" not in (m.text_role or "").lower():
                # (session 49) "U.N. envoy Nickolay Mladenov", "European Union mediator Carl
                # Bildt": out of any national office on the date, a person the text gives a
                # world body's post acts for that body
                m.country, m.sector, m.role = body, text_sector, m.text_role or m.role
        else:
            if m.sector in ("GOV", "MIL", "COP", "LEG") and breakaway_word(ix.doc, m.start, anchor.start):
                m.sector = "REB"  # (session 51) "South Ossetian leader X": the breakaway's
            m.name = clean_name(_with_given_names(ix, m, anchor.start, text))
            if not m.country and is_from(ix, m.end):  # "Jane Roe, from Calgary"
                k = m.end + 1 if ix.doc[m.end].text == "," else m.end
                m.country = located(ix, k)
            if not m.country:  # "Jerrold Nadler of New York", "Patrice Talon of Benin"
                m.country = of_state(ix, m.end, ("name", "place"))
            m.confidence = 0.9 if m.country else 0.6
        ix.mentions.append(m)
    _share_plural_titles(ix)


# Capitalised words before a name that are titles or labels the sector lexicon leaves out
# ("Professor", "Captain", "Actor", "Member", "Lord"): never a given name.
_NAME_TITLES = frozenset({
    "professor", "prof", "captain", "capt", "actor", "actress", "member", "lord", "lady", "sir",
    "dame", "judge", "chief", "officer", "sergeant", "sgt", "lieutenant", "colonel", "major",
    "admiral", "doctor", "reverend", "rev", "father", "brother", "sister", "saint", "st",
    "coach", "director", "chairman", "chairwoman", "commissioner", "representative",
    "detective", "inspector", "constable", "agent", "councillor", "councilman", "councilwoman",
    "singer", "rapper", "writer", "author", "player", "star", "host", "anchor", "comedian",
    "morning", "evening", "good", "dear", "young", "old", "little", "big", "uncle", "aunt"})


def _given_start(ix: DocIndex, m: Mention, name_start: int) -> int:
    """Where a person's name starts when the mention grew left over given names the tagger
    left out ("Ana Kowalczyk" where only "Kowalczyk" was tagged): capitalised proper nouns
    right before the name that are no title, sector word or other anchor."""
    doc, words = ix.doc, sector_words()
    j = name_start
    while j > m.start and doc[j - 1].pos_ == "PROPN" and doc[j - 1].is_title \
            and doc[j - 1].is_alpha and doc[j - 1].dep_ == "compound" \
            and doc[j - 1].lower_ not in words and not is_titleish(doc[j - 1], words) \
            and doc[j - 1].lower_.rstrip(".") not in _NAME_TITLES and ix.owner[j - 1] < 0 \
            and ix.sector_at(j - 1) is None:  # ("Speaker Jane Roe": a title the stage found)
        j -= 1
    # given names start the mention or follow a title word ("Polish journalist Ana X");
    # otherwise the capitalised words are the title's own ("Royal Navy Commander X")
    if j == name_start or j == m.start or is_titleish(doc[j - 1], words) \
            or doc[j - 1].lower_ in words:
        return j
    return name_start


def _with_given_names(ix: DocIndex, m: Mention, name_start: int, text: str) -> str:
    """The full name, given names included (the later surname alone then finds it)."""
    j = _given_start(ix, m, name_start)
    return text if j == name_start else f"{ix.doc[j:name_start].text} {text}"


def _joined_title_word(ix: DocIndex, m: Mention, name_start: int) -> bool:
    """Whether a capitalised title before a name goes on over "and" to one more capitalised
    word ("Police and Crime Commissioner"): the office's title joins two topics; a name or
    a state before "and" ("Smith and Home Secretary X") is no part of it."""
    doc = ix.doc
    k = m.start
    if k >= name_start or k < 2 or doc[k - 1].lower_ not in ("and", "&") \
            or not doc[k].is_title or doc[k].is_sent_start:
        return False
    prev = doc[k - 2]
    anchor = ix.anchor_at(k - 2)
    return prev.is_title and prev.pos_ in ("PROPN", "NOUN") and not ix.used[k - 2] \
        and anchor is None and not prev.is_sent_start


def _campaign_staffer(ix: DocIndex, k: int) -> int | None:
    """Start of a person name after "campaign chairman" at ``k`` ("Trump campaign chairman
    Paul Manafort"), if the phrase ends in one."""
    for a in ix.anchors:
        if a.kind == "person" and k < a.start <= k + 4 and all(
                ix.doc[i].pos_ in ("NOUN", "PROPN") and i not in range(a.start, a.end)
                or i >= a.start for i in range(k, a.start)):
            return a.start
    return None


# Words that join the names a plural title covers ("Senators A, B and C").
_NAME_JOINERS = frozenset({"and", ",", "&"})


def _share_plural_titles(ix: DocIndex) -> None:
    """"Presidents Emmanuel Macron and Vladimir Putin", "Senators Jane Roe and John Doe": a
    plural title before a list of names is each name's title, so the later names take the
    first one's sector (and its state when they have none); a name the knowledge base knows
    keeps its own record."""
    doc = ix.doc
    # (the tagger takes some names for a body's: "Patrice Talon of Benin")
    persons = sorted((m for m in ix.mentions if m.kind == "person" or _name_as_body(ix, m)),
                     key=lambda m: m.start)
    for k, first in enumerate(persons):
        title = doc[first.start]
        if first.sector is None or title.tag_ not in ("NNS", "NNPS") \
                or ix.sector_at(first.start) is None:
            continue
        if first.kind != "person":
            continue
        prev = first
        for m in persons[k + 1:]:
            gap = doc[_after_home(ix, prev.end):m.start]
            if len(gap) == 0 or len(gap) > 2 or any(t.lower_ not in _NAME_JOINERS for t in gap):
                break
            if m.confidence < 1.0 and m.sector is None:
                m.kind = "person"
                m.sector = first.sector
                m.role = m.role or first.role
                m.country = m.country or first.country
            prev = m


def _name_as_body(ix: DocIndex, m: Mention) -> bool:
    """A tagger's body of two or three capitalised words with no sector: perhaps a name."""
    toks = ix.doc[m.start:m.end]
    return m.kind == "organisation" and m.sector is None and 2 <= len(toks) <= 3 \
        and all(t.pos_ == "PROPN" and t.is_title for t in toks)


def _former_namesakes(ix: DocIndex) -> None:
    """"Pushpa Kamal Dahal, known as Prachanda": other names of a person the text made a
    former holder (``_former_before_term``) are that former holder too."""
    former = {m.name: m for m in ix.mentions if m.kind == "person" and m.name and m.sector == "ELI"
              and m.role and m.role.startswith("former ")}
    for m in ix.mentions:
        first = former.get(m.name) if m.kind == "person" and m.name else None
        if first is not None and m.sector != "ELI" and m.role == first.role[len("former "):]:
            m.sector, m.role = "ELI", first.role


def _world_body_namesakes(ix: DocIndex) -> None:
    """"U.N. envoy Nickolay Mladenov ... Mladenov told reporters": later mentions of a known
    person the text put in a world body's post (``_world_body_post``) act for that body too."""
    posted = {m.name: m for m in ix.mentions if m.kind == "person" and m.name and m.confidence == 1.0
              and m.country in NON_STATE_CODES and _world_body_post(m) is not None}
    for m in ix.mentions:
        first = posted.get(m.name) if m.kind == "person" and m.name else None
        if first is not None and m is not first and m.sector in (None, "ELI") \
                and m.country not in NON_STATE_CODES:
            m.country, m.sector, m.role = first.country, first.sector, first.role


def _world_body_post(m: Mention) -> str | None:
    """The code of the one intergovernmental body named in a person's title, if any."""
    bodies = {o.country for o in m.orgs if o.country in INTERGOVERNMENTAL}
    return bodies.pop() if len(bodies) == 1 else None


def _former_before_term(ix: DocIndex, m: Mention, entry: KBEntry) -> bool:
    """"Led by former prime ministers Pushpa Kamal Dahal ...": a person the text calls former,
    whose only office the knowledge base finds is one taken up after the article's date (Dahal
    was prime minister again from late 2022), is a former holder now (ELI), not the office
    holder he will be."""
    if entry.sector == "ELI" or not entry.start or not ix.date or entry.start <= ix.date \
            or not m.text_role:
        return False
    return any(w in ("former", "ex") for w in m.text_role.lower().replace("-", " ").split())


def _after_home(ix: DocIndex, end: int) -> int:
    """Past "of Nigeria" after a name ("Presidents Buhari of Nigeria and Talon of Benin")."""
    if end + 1 < ix.n and ix.doc[end].lower_ == "of":
        for m in ix.mentions:
            if m.kind == "country" and m.start == end + 1:
                return m.end
    return end


def _describe_person(ix: DocIndex, m: Mention, words: list[SectorWord],
                     stop: int | None = None) -> None:
    """Role, sector and country from the words before a name ("USAID Administrator"), up to
    ``stop`` (where the name starts) when given."""
    doc = ix.doc
    role_tokens = []
    for i in range(m.start, m.end if stop is None else stop):
        anchor = ix.anchor_at(i)
        if anchor is not None and anchor.kind == "person":
            break
        tok = doc[i]
        if ix.sector_at(i) is not None or tok.lower_ in TITLE_MODIFIERS \
                or (tok.is_title and anchor is None and tok.pos_ == "PROPN") \
                or (tok.text == "-" and role_tokens):
            if tok.lower_ not in HONORIFICS:
                role_tokens.append(i)
        elif role_tokens and tok.lower_ == "of":
            role_tokens.append(i)
    if role_tokens:
        m.role = doc[role_tokens[0]:role_tokens[-1] + 1].text
    m.sector = phrase_sector(words, m.sector)
    if m.sector is None and any(doc[i].lower_ in PRIVATE_PERSONS for i in range(m.start, m.end)):
        m.sector = "CVL"  # "Ohio man James Fields": a private person of the place, not its state
    apply_orgs(m)


# Nouns that describe a private person by a place ("Ohio man", "a Texas woman", "Lahore
# resident"): such a person is a civilian of that state.
PRIVATE_PERSONS = frozenset({"man", "woman", "boy", "girl", "teen", "teenager", "resident",
                             "native", "mother", "father", "grandmother", "grandfather",
                             "couple", "student", "retiree", "pensioner", "homeowner"})
# (session 31) Onlookers who comment, described after their name, are private people, as the
# lexicon's "analysts" and "political analyst" are ("X, an analyst at a think tank", "X, a
# defence analyst"); a title before the name is read by the lexicon alone.
ONLOOKERS = frozenset({"analyst", "researcher"})


def _seat_abroad(ix: DocIndex, head: int) -> bool:
    """Whether the description headed at ``head`` names a body or seat of no one state ("a
    researcher at a Brussels policy institute": the EU's seat): then the sector, which would
    let the story's state claim the person, is left out as the state is."""
    tok = ix.doc[head]
    return any(o.country in NON_STATE_CODES and tok.left_edge.i <= o.start <= tok.right_edge.i
               for o in ix.mentions)


def _private_trade(doc: Doc, start: int, end: int) -> bool:
    """(session 31) Whether the sector words ``start:end`` only name the field of a private
    person's trade right after them ("a defence analyst", "a security researcher"): the person
    comments on defence, and serves no army; "a government analyst" is the government's."""
    return end < len(doc) and doc[end].lower_ in ONLOOKERS and doc[end].pos_ == "NOUN" \
        and not any(t.lower_ in ("government", "state", "ministry", "official", "military")
                    for t in doc[start:end])


def _of_body(ix: DocIndex) -> None:
    """"Joanna Cherry of the Scottish National Party", "Steve Peers of the University of
    Essex": a person of a body belongs to its state and sector."""
    doc = ix.doc
    by_start = {m.start: m for m in ix.mentions if m.kind == "organisation"}
    for m in ix.mentions:
        if m.kind != "person" or m.country or m.end + 1 >= ix.n or doc[m.end].lower_ != "of":
            continue
        body = by_start.get(m.end + 1) or by_start.get(m.end + 2)
        owner = ix.anchor_at(m.end + 1)
        if body is None and owner is not None and owner.whole_country is not None \
                and owner.end + 1 < ix.n and doc[owner.end].tag_ == "POS":
            body = by_start.get(owner.end + 1)  # "of Australia's Griffith University"
        if body is None or not (body.country or body.sector):
            continue
        m.country = body.country
        m.sector = m.sector or body.sector
        m.confidence = max(m.confidence, 0.8)


# Title words of a race rather than an office ("presidential candidate", "Democratic nominee").
def _joined_titles(ix: DocIndex) -> None:
    """"United States senator and presidential candidate Robert F. Kennedy": two titles joined
    by "and" before one name are one person, and the office held beats the candidacy.
    "The senator and the candidate Jane Roe" (a determiner) stays two people."""
    doc = ix.doc
    by_end = {m.end: m for m in ix.mentions if m.kind == "person" and m.name is None}
    drop: set[int] = set()
    for m in ix.mentions:
        if m.kind != "person" or m.name is None or m.start < 2 \
                or doc[m.start - 1].lower_ != "and" or doc[m.start].dep_ == "det":
            continue
        title = by_end.get(m.start - 1)
        if title is None or id(title) in drop \
                or not (m.start <= doc[title.end - 1].head.i < m.end
                        # (session 51) "Ghanaian poet and former diplomat Kofi Awoonor": the
                        # parser may join the name to the first title instead
                        or doc[m.end - 1].dep_ == "conj" and doc[m.end - 1].head.i == title.end - 1
                        and doc[title.start].dep_ != "det" and doc[m.start].is_lower):
            continue  # the first title must hang on the name, not stand as its own subject
        if m.confidence < 1.0:  # the knowledge base's record outranks the text's titles
            if is_candidacy(m.role) and held_office(title.sector, title.role):
                m.sector, m.role = title.sector, title.role
            else:
                m.sector = m.sector or title.sector
            m.country = m.country or title.country
        m.start = title.start
        m.char_start = title.char_start  # None: from the first token
        ix.mark(m.start, m.end)
        drop.add(id(title))
    if drop:
        ix.mentions[:] = [m for m in ix.mentions if id(m) not in drop]


def _appositions(ix: DocIndex) -> None:
    """"Mark Weisbrot, the CEPR Co-Director": the description after a name describes it;
    "the Venezuelan Ambassador ..., Carlos Vecchio": a name after a description names it."""
    doc = ix.doc
    for m in list(ix.mentions):
        if m.kind == "organisation" and m.country is None and m.end + 3 < ix.n \
                and doc[m.end].text == ",":
            _body_described_by_state(ix, m)
        if m.kind == "organisation" and m.end + 2 < ix.n and doc[m.end].text == ",":
            _named_party(ix, m)
        if m.kind != "person":
            continue
        if m.name is not None and m.role is None and m.end + 1 < ix.n \
                and doc[m.end].text == ",":
            _describe_after(ix, m)
        if m.name is None and m.nominal:
            # a name in apposition to the description
            heads = [doc[m.end - 1]] + [doc[i] for i in range(m.start, m.end - 1)
                                        if doc[i].lemma_.lower() == m.nominal]
            # "The mayor of London, Sadiq Khan": the name hangs on the title, not on London
            children = [c for h in heads for c in h.children if c.dep_ == "appos"]
            after = _after_title_phrase(doc, m)
            if not children and after + 1 < ix.n and doc[after].text == ",":
                nxt = mention_at(ix, after + 1)  # "the UAE Ambassador to Bahrain, Name,"
                if nxt is not None and nxt.start == after + 1 and nxt.kind == "person" \
                        and (nxt.end >= ix.n or doc[nxt.end].is_punct):
                    children = [doc[after + 1]]
            if not children and m.end + 1 < ix.n and doc[m.end].text == ",":
                # "According to the El Paso mayor, Dee Margo, during ...": a name set off by
                # commas right after the title, whatever the parser hung it on
                nxt = mention_at(ix, m.end + 1)
                if nxt is not None and nxt.start == m.end + 1 and nxt.end < ix.n \
                        and doc[nxt.end].text == ",":
                    children = [doc[m.end + 1]]
            if not children:
                # (session 42) "The leader of Georgia's breakaway region of Abkhazia, Aslan
                # Bzhania, agreed": the parser hangs the name on the last place of the title's
                # "of" phrase; a person's name in apposition inside the title's phrase names it
                titles = [h for h in heads if h.lemma_.lower() == m.nominal]
                children = [c for h in titles for t in h.subtree if t.i > h.i and t.dep_ == "pobj"
                            for c in t.children if c.dep_ == "appos"
                            and (o := mention_at(ix, c.i)) is not None and o.kind == "person"]
            for child in children:
                other = mention_at(ix, child.i)
                if other is not None and other.name and other.kind == "person":
                    m.name = other.name
                    if other.confidence >= 1.0:  # the knowledge base knows better
                        m.country, m.sector = other.country, other.sector
                    elif m.country is None and other.country \
                            and any(ix.country_at(i) is not None for i in range(other.start, other.end)):
                        # (session 64) "the alliance's top commander, U.S. General Wesley
                        # Clark": the state the name's own words give is the title's too
                        m.country = other.country
                    honorific = other.confidence < 1.0 and (other.role or "").lower() in _HONORIFICS
                    other.role = m.role if honorific else other.role or m.role
                    other.country = other.country or m.country
                    # (session 49) "An al Shabaab spokesman, Sheikh Ali Mohamud Rage": a
                    # courtesy title is no office, the description says what he is
                    other.sector = m.sector or other.sector if honorific else other.sector or m.sector
                    break


# Titles of respect that the sectors table reads as a ruler's (a Gulf sheikh) but that clerics
# and commanders bear too: a description set beside the name says which.
_HONORIFICS = frozenset({"sheikh", "sheik"})


def _served_title(ix: DocIndex, anchor) -> bool:
    """Whether a known person's name stands right before an office holder's title that no
    mention has taken ("a former Bolsonaro justice minister"): the name says whom the holder
    served, it is no actor of the description."""
    heads = [i for i in range(anchor.end, min(anchor.end + 3, ix.n))
             if (unit := ix.sectors.get(i)) is not None and unit[0] == anchor.end
             and unit[1].kind == "person"]
    if not heads:
        return False
    head = heads[-1]  # (the whole title: "justice minister", not "justice")
    return not ix.used[head] and ix.doc[head].is_lower \
        and ix.doc[anchor.end - 1].head.i in range(anchor.end, head + 1)


def _named_party(ix: DocIndex, m: Mention) -> None:
    """(session 30) "the main opposition party, Nova Stranka, said": a name set off by commas
    after "party" that the tagger took for a person, and that no list knows, is the party's
    own name, of the description's state and sector."""
    doc = ix.doc
    if doc[m.end - 1].lower_ != "party" or m.sector is None:
        return
    other = mention_at(ix, m.end + 1)
    if other is None or other.kind != "person" or other.start != m.end + 1 \
            or other.confidence >= 1.0 or other.country is not None or other.role \
            or other.end >= ix.n or doc[other.end].text not in (",", ".", ";") \
            or not any(t.dep_ == "appos" and t.head.i == m.end - 1
                       for t in doc[other.start:other.end]):
        return
    other.kind, other.country, other.sector = "organisation", m.country, m.sector
    other.gender = None


# Titles of people who act in an international body's name (INTERGOVERNMENTAL), not for their
# state: "the UN envoy", "the EU's special representative".
_SERVANT_TITLES = frozenset({"envoy", "representative", "emissary", "mediator", "coordinator",
                             "rapporteur", "ambassador", "spokesman", "spokeswoman",
                             "spokesperson", "negotiator", "commissioner"})
# Verbs of a relative clause by which a person leads a body ("who heads the UN mission").
_HEADING_VERBS = frozenset({"head", "lead", "run", "chair", "direct"})


def _bodies_served(ix: DocIndex) -> None:
    """"The German diplomat, who heads the UN mission in Sudan": a person who heads an
    international body's mission or office acts for that body, so the body (UN, EU) is the
    person's code, not the nationality the description gives. Only a relative clause of a
    heading verb whose object is headed or modified by the body counts (a diplomat "who
    visited the UN" keeps the state)."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind != "person" or m.country in INTERGOVERNMENTAL or _leads_own_state(m):
            continue
        root = doc[m.start:m.end].root
        for clause in (c for c in root.children if c.dep_ == "relcl" and c.i >= m.end
                       and c.lemma_.lower() in _HEADING_VERBS):
            obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
            if obj is None:
                continue
            body = next((x for x in ix.mentions if x.kind == "organisation"
                         and x.country in INTERGOVERNMENTAL and obj.left_edge.i <= x.start
                         and x.end <= obj.i + 1), None)
            if body is not None:
                m.country = body.country
                # ((session 54) a state's opposition leader or elder who leads the mission acts
                # as its official: "Former Ghanaian President John Mahama, who led the
                # Commonwealth observers" is no IGO opposition)
                m.sector = m.sector if m.sector in ("MIL", "COP", "JUD") else "GOV"
                m.confidence = max(m.confidence, 0.8)
                break


# Offices that lead a state: their holder chairs a regional bloc in turn for that state.
_STATE_HEAD_TITLES = frozenset({"president", "prime minister", "premier", "chancellor", "king",
                                "queen", "emir"})


def _leads_own_state(m: Mention) -> bool:
    """"Guyana's President Irfaan Ali, who chairs the Caribbean Community": a head of state or
    government whose state the phrase names holds a bloc's rotating chair for that state, and
    stays its government."""
    title = (m.role or "").lower().replace("-", " ")
    return m.country is not None and (title in _STATE_HEAD_TITLES
                                      or title.split()[-1:] == ["president"])


def _after_title_phrase(doc: Doc, m: Mention) -> int:
    """The token after a "to/for X" phrase that ends a title ("Ambassador to Bahrain", "Envoy
    for Syria"): a name set off after it still names the title's holder. ``m.end`` when none."""
    if m.end >= len(doc) or doc[m.end].lower_ not in ("to", "for"):
        return m.end  # (the parser may hang the phrase on the verb: the words decide)
    objects = [c for c in doc[m.end].children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
    if not objects:
        return m.end
    last = objects[0].right_edge.i
    return last + 1 if last - m.end <= 4 else m.end


# Tokens that may close a list of names set off after a plural title.
_LIST_CLOSERS = frozenset({",", ".", ";", ")", "--", "\u2014", "\u2013"})


def _listed_members(ix: DocIndex) -> None:
    """"Two Democratic Representatives, Collin Peterson and Jeff Van Drew, opposed ...": names
    listed in apposition to a plural title of a sector are its members, so each takes the
    group's sector and state. A list not closed by punctuation ("senators, John said, ...")
    is no apposition; a name the knowledge base knows keeps its own record."""
    doc = ix.doc
    persons = {m.start: m for m in ix.mentions if m.kind == "person" and m.name is not None}
    for g in list(ix.mentions):
        if g.kind != "group" or g.sector is None or doc[g.end - 1].tag_ not in ("NNS", "NNPS") \
                or g.end + 1 >= ix.n or doc[g.end].text != ",":
            continue
        listed: list[Mention] = []
        i = g.end + 1
        while i in persons:
            listed.append(persons[i])
            i = persons[i].end
            if i + 1 < ix.n and doc[i].lower_ in _NAME_JOINERS and doc[i + 1].lower_ == "and":
                i += 1  # the serial comma: "A, B, and C"
            if i + 1 < ix.n and doc[i].lower_ in _NAME_JOINERS and (i + 1) in persons:
                i += 1
                continue
            break
        closed = i >= ix.n or doc[i].text in _LIST_CLOSERS or doc[i].is_sent_start
        if not listed or not closed:
            continue
        if i < ix.n and doc[i].text == "," and i + 1 < ix.n \
                and doc[i + 1].lemma_.lower() in SAYING_VERBS:
            continue  # "The senators, Roe said, ...": a speaker, not the members
        for m in listed:
            if m.confidence < 1.0:
                m.sector = m.sector or g.sector
                m.country = m.country or g.country
                m.role = m.role or doc[g.end - 1].text  # an office: its state comes from context


def _described_bodies(ix: DocIndex) -> None:
    """"HDT Limited, a Hungarian state firm," / "Hungarian company HDT": a description of a
    named body right before it or in apposition gives its state, ahead of any other state
    the sentence names; the description is the body, not a second actor."""
    doc = ix.doc
    by_start = {m.start: m for m in ix.mentions}
    by_end = {m.end: m for m in ix.mentions}
    for m in sorted(ix.mentions, key=lambda x: x.start):
        if m.kind != "organisation" or m.name is None or m.country is not None:
            continue
        desc = None
        if m.end + 1 < ix.n and doc[m.end].text == ",":
            desc = by_start.get(m.end + 1)
            if desc is not None and not (doc[desc.start].lower_ in ("a", "an")
                                         and (desc.end >= ix.n or doc[desc.end].is_punct)):
                desc = None
        before = by_end.get(m.start)
        if desc is None and before is not None and doc[before.end - 1].tag_ == "NN":
            desc = before  # "Hungarian company HDT": the noun is a title of the name
        if desc is None and m.start > 1 and doc[m.start - 1].text == "(":
            # "HDT Védelmi Ipari Kft. (HDT Limited)": a bracketed name is the same body
            named = next((x for x in ix.mentions if x.kind == "organisation" and x.country
                          and x.end in (m.start - 1, m.start - 2)
                          and doc[x.start:x.end].text[:2] == m.name[:2]), None)
            if named is not None:
                m.country, m.sector = named.country, m.sector or named.sector
                continue
        if desc is None or desc is m or desc.kind != "organisation" or desc.name is not None \
                or not (desc.country or desc.sector) or desc not in ix.mentions:
            continue
        m.country = desc.country
        m.sector = m.sector or desc.sector
        m.confidence = max(m.confidence, 0.8)
        if desc.end == m.start:
            m.start = desc.start  # "rights group National Coalition for Men": one span
        ix.mentions.remove(desc)


# Head nouns of a labour body written after its own name ("the Suntracs construction union").
_UNION_NOUNS = frozenset({"union", "federation", "confederation"})


def _named_unions(ix: DocIndex) -> None:
    """"The Suntracs construction union": a name the lists do not know, written before a
    trade's words and "union", is that union (LAB); the noun joins its span, and with no state
    of its own it takes the story's like other unmodified sectors. A "federation" or
    "confederation" is a union only with a trade's word before it ("the Unite union", but not
    "the Russian Federation" or a football federation, which the lists or tagger name)."""
    doc = ix.doc
    for m in list(ix.mentions):
        if m.kind != "organisation" or m.name is None or m.country or m.sector or m.orgs:
            continue
        e = m.end
        while e < ix.n and e - m.end < 3 and (doc[e].is_lower and (doc[e].pos_ in ("NOUN", "ADJ")
                                                                   or doc[e].lower_ in _TRADE_WORDS)
                                              or doc[e].tag_ == "POS" and e > m.end) \
                and doc[e].lower_ not in _UNION_NOUNS:
            e += 1  # "the Sutep teachers' union"
        if e >= ix.n or doc[e].lower_ not in _UNION_NOUNS:
            continue
        if doc[e].lower_ != "union" and not any(doc[j].lower_ in _TRADE_WORDS
                                               for j in range(m.end, e)):
            continue
        inside = [x for x in ix.mentions if x is not m and x.start <= e and x.end > m.end]
        if any(x.start < m.end or x.end > e + 1 or x.name for x in inside):
            continue
        for x in inside:  # "miners union", "teachers": the trade's words are the union's
            ix.mentions.remove(x)
        m.end, m.char_end = e + 1, None
        m.sector, m.generic = "LAB", True
        ix.mark(m.start, e + 1)


# Words of a trade before "union" or "federation" that make the body a labour union.
_TRADE_WORDS = frozenset({"trade", "labour", "labor", "workers", "teachers", "construction",
                          "transport", "miners", "dockers", "farmers", "nurses", "doctors"})


# Common nouns for a firm or a sports club, which a state's adjective before them places:
# "the Turkish club Galatasaray", "Dutch airline KLM", "the British bank Barclays".
_FIRM_KINDS = frozenset({"company", "firm", "carrier", "airline", "maker", "manufacturer",
                         "carmaker", "automaker", "giant", "bank", "lender", "insurer",
                         "retailer", "operator", "conglomerate", "producer", "startup",
                         "developer", "supplier", "utility", "miner", "shipper", "chain",
                         "corporation", "contractor", "exporter", "importer",
                         # (session 30) trades named by what they make
                         "drugmaker", "chipmaker", "steelmaker", "planemaker", "shipbuilder",
                         "refiner"})
# (session 30) Industries before "group" that make it a firm ("French energy group Total");
# a bare "group" is as often a band of fighters or a rights body.
_INDUSTRY_GROUPS = frozenset({"energy", "oil", "mining", "media", "steel", "chemicals",
                              "shipping", "engineering", "industrial", "construction",
                              "telecoms", "telecommunications", "insurance", "banking",
                              "investment", "retail", "luxury", "food", "tobacco", "drinks",
                              "pharmaceutical", "pharmaceuticals", "defence", "defense",
                              "aerospace", "utilities", "logistics", "hotel", "travel"})
_CLUB_KINDS = frozenset({"club", "team", "side", "outfit", "franchise"})


def _state_kind_names(ix: DocIndex) -> None:
    """"The Turkish club Galatasaray", "Dutch airline KLM", "the Swedish firm Northvolt": a
    state's adjective and a firm or club noun right before a proper name say whose the named
    body is, whatever the tagger made of the name (a place, a person or nothing); the
    adjective and the noun join its span and are no actors of their own. A name the lists
    know keeps its own entry."""
    doc = ix.doc
    for k in tokens_lowered(doc, _FIRM_KINDS | _CLUB_KINDS | {"group"}):
        if k == 0 or k >= ix.n - 1:
            continue
        noun = doc[k]
        if not noun.is_lower or noun.pos_ not in ("NOUN", "ADJ"):
            continue
        firm = noun.lower_ in _FIRM_KINDS or noun.lower_ == "group" \
            and doc[k - 1].lower_ in _INDUSTRY_GROUPS
        if noun.lower_ == "group" and not firm:
            continue
        e = k + 1
        while e < ix.n and doc[e].pos_ == "PROPN" and doc[e].is_title and not doc[e].ent_type_ \
                in ("DATE", "TIME") and ix.country_at(e) is None:
            e += 1
        if e == k + 1 or e < ix.n and doc[e].text in ("-", "'s", "\u2019s"):
            continue
        j = k - 1
        while j > 0 and doc[j].is_lower and (doc[j].pos_ in ("NOUN", "ADJ")
                                             or doc[j].tag_ in ("VB", "VBG")
                                             or doc[j].lower_ == "and") and k - j < 5:
            j -= 1  # "Norwegian oil company Equinor", "Austrian mortar and shell manufacturer"
        form = ix.country_at(j)
        anchor = ix.anchor_at(j)
        if form is None or form.form != "adjective" or form.iso3 in NON_STATE_CODES \
                or anchor is None or anchor.end != j + 1:
            continue
        start = anchor.start
        if start > 0 and doc[start - 1].lower_ in ("the", "a", "an"):
            start -= 1
        inside = [x for x in ix.mentions if x.start < e and x.end > start]
        if any(x.start < start or x.end > e for x in inside):
            continue  # part of a longer phrase
        known = next((x for x in inside if x.name and x.country and x.start > k), None)
        if known is not None:
            # "the Japanese carmaker Toyota": a name the lists know keeps its entry, and the
            # words before it join it when they give the same state
            if known.country == form.iso3:
                for x in inside:
                    if x is not known:
                        ix.mentions.remove(x)
                known.start, known.char_start = start, None
                ix.mark(start, e)
            continue
        for x in inside:
            ix.mentions.remove(x)
        name = doc[k + 1:e].text
        m = Mention(start=start, end=e, kind="organisation", country=form.iso3,
                    sector="BUS" if firm else None, name=name,
                    confidence=0.8)
        ix.mentions.append(m)
        ix.mark(start, e)
    ix.mentions.sort(key=lambda x: x.start)


# Sector words that name the kind of a body written right before its name ("the rebel Free
# Syrian Army", "the militant group Hamas", "the opposition SPLM-IO").
_KIND_WORDS = frozenset({"REB", "OPP", "UAF", "MIL", "PTY", "NGO", "IMG"})


def _kind_before_body(ix: DocIndex) -> None:
    """"The rebel Free Syrian Army": a bare sector noun right before a named body says what
    kind of body it is and is no second actor; left alone it borrows some state of the
    sentence ("the rebel" of Lebanon). The name keeps its own state; the words join its span.
    A name no list placed keeps its own mention and takes the kind word's sector (see
    ``_kind_of_unplaced``)."""
    doc = ix.doc
    by_end = {m.end: m for m in ix.mentions if m.name is None}
    for m in list(ix.mentions):
        if m.kind != "organisation" or m.name is None:
            continue
        desc = by_end.get(m.start)
        if desc is None or desc is m or desc not in ix.mentions or desc.sector not in _KIND_WORDS \
                or doc[desc.end - 1].tag_ != "NN" or desc.orgs:
            continue
        if m.country is None:
            _kind_of_unplaced(m, desc)
            continue
        m.sector = m.sector or desc.sector
        m.start = desc.start
        if m.char_start is not None:
            m.char_start = doc[desc.start].idx
        ix.mentions.remove(desc)


def _kind_of_unplaced(m: Mention, desc: Mention) -> None:
    """(session 31) "the nationalist opposition VMRO-DPMNE", "the main opposition All People's
    Congress": a name no list knows is the kind of body the word before it says, and of that
    word's state; a camp's word outranks a head noun that only looks like a chamber's."""
    if m.sector is None or desc.sector in ("OPP", "PTY") and m.sector == "LEG" and not m.orgs:
        m.sector = desc.sector
    m.country = m.country or desc.country


def _offices_then_held(ix: DocIndex) -> None:
    """A former office holder named with one of the offices held is of that office's state
    ("Prime Minister Helen Clark" is New Zealand's, though her last post was at the UN); with
    "then" before it ("then US President George W. Bush ordered an invasion") the title dates
    the act, so the office is also the sector (CAMEO codes an act by the role held then)."""
    doc = ix.doc
    for m in ix.mentions:
        if m.kind != "person" or m.sector != "ELI" or m.name is None:
            continue
        title = doc[m.start:m.end].text.lower()
        held = [e for e in ix.kb.people.get(m.name, ()) if e.role and (
            e.role.lower() in title or _office_ahead(ix, e, title)
            and e.role.lower().split(" of ")[0] in title)]  # "Governor of Puerto Rico"
        if not held:
            continue
        entry = max(held, key=lambda e: e.start or "")
        m.country = entry.country  # "Prime Minister Helen Clark": the state of the office named
        m.role = f"former {entry.role}"
        again = any(e.end and ix.date and e.end < ix.date for e in held)  # "President Trump" in 2022
        if m.start > 0 and doc[m.start - 1].lower_ == "then" or _office_ahead(ix, entry, title) \
                and not again:
            m.sector, m.role = entry.sector, entry.role


def _office_ahead(ix: DocIndex, entry: KBEntry, title: str) -> bool:
    """(session 29) "Prime Minister Fumio Kishida" in a story dated before his term: the text
    titles him with the office the lists give him later, not as a former one, so the story
    speaks of him in it (the lists' dates may lag); without the title he is what he was then."""
    return bool(entry.start and ix.date and entry.start > ix.date) \
        and not any(w in ("former", "ex") for w in title.replace("-", " ").split())


def mention_at(ix: DocIndex, i: int) -> Mention | None:
    """The first mention that takes in token ``i``, if any."""
    for m in ix.mentions:
        if m.start <= i < m.end:
            return m
    return None


# Place words that own a title in a description ("the city's mayor", "the state's governor").
_OWNER_PLACES = frozenset({"city", "state", "country", "nation", "province", "region", "town",
                           "capital", "territory", "island", "county", "district"})


def _body_described_by_state(ix: DocIndex, m: Mention) -> None:
    """"Brenner-Holtz-Werke, a German pump maker,": a body no list knows, described by a
    state's adjective and a common noun, is of that state (the adjective is no actor)."""
    doc = ix.doc
    k = m.end + 1
    if doc[k].lower_ not in ("a", "an") \
            or any(x.start in (k, k + 1) and x.sector for x in ix.mentions):
        return  # ("HDT Limited, a Hungarian state firm": the firm noun's own rule joins them)
    anchor = ix.anchor_at(k + 1)
    form = anchor.whole_country if anchor is not None and anchor.start == k + 1 else None
    if form is None or form.form != "adjective" or form.iso3 in NON_STATE_CODES:
        return
    head = _description_head(doc, anchor.end)
    if head is None:
        return
    m.country, m.confidence = form.iso3, max(m.confidence, 0.7)
    ix.mentions = [x for x in ix.mentions
                   if not (k <= x.start and x.end <= head + 1 and x.kind in ("country", "group")
                           and x.name is None)]


def _description_head(doc: Doc, k: int, limit: int = 5) -> int | None:
    """The head noun of a short common-noun description starting at ``k`` ("social media
    star", "internal combustion engine manufacturer"), or None when the words there are not
    one such phrase (a verb, a name or a possessive comes first)."""
    head = None
    j = k
    while j < len(doc) and j - k < limit:
        tok = doc[j]
        if j > k and joined_by_hyphen(doc, j):
            j += 1  # "an Irish low-cost carrier": a hyphened modifier is one word
            continue
        if tok.pos_ not in ("NOUN", "ADJ") or not tok.is_lower:
            break
        if tok.pos_ == "NOUN":
            head = j
        j += 1
    if head is None or head != j - 1:
        return None
    if j < len(doc) and (doc[j].tag_ == "POS" or doc[j].text == "-"):
        return None  # "an American company's chief": the head is further on
    return head


# Prepositions that tie a described person to the body they work for ("an official with the
# World Food Programme", "an analyst at a Sao Paulo consultancy"); "in" only places them.
_AFFILIATIONS = frozenset({"with", "at", "for"})
# Nouns of a body's own people, whose "of" phrase names the body they belong to ("a senior
# official of the TPLF", "a member of Hamas"); other nouns' "of" is no tie ("a critic of").
_MEMBER_NOUNS = frozenset({"official", "officials", "member", "members", "leader", "leaders",
                           "commander", "commanders", "spokesman", "spokeswoman",
                           "spokesperson", "negotiator", "representative", "chairman",
                           "chairwoman", "founder", "co-founder", "fighter", "fighters",
                           "director", "head", "chief"})


# (session 26) World regions that name a desk of a body's staff ("Asia director", "Middle East
# researcher"): part of the title, no actor.
_REGION_DESKS = frozenset({"asia", "africa", "americas", "europe", "pacific", "caribbean", "balkans",
                           "middle east", "latin america", "central asia", "south asia",
                           "southeast asia", "east asia", "west africa", "east africa",
                           "north africa", "southern africa", "central america",
                           "eastern europe", "asia-pacific"})


def _region_desk(ix: DocIndex, k: int) -> int | None:
    """Where a world region's words that open a description at ``k`` end, when a title word
    follows them ("Jane Roe, Asia director at Human Rights Watch"); None otherwise."""
    doc = ix.doc
    for n in (1, 2, 3):
        e = k + n
        if e >= ix.n or not all(t.is_title or t.text == "-" for t in doc[k:e]):
            return None
        if doc[k:e].text.lower() in _REGION_DESKS:
            unit = ix.sector_at(e)
            return e if unit is not None and unit[1].kind == "person" and doc[e].is_lower else None
    return None


def _affiliation(ix: DocIndex, k: int) -> tuple[Organisation | None, str | None]:
    """The body (or the state of a body) that "with/at/for" at ``k`` ties a description to:
    a known organisation ("with the U.N. World Food Programme"), or a state or town naming a
    body by its seat ("at a Chisinau think tank", "at a Sao Paulo consultancy"). A town named
    alone ("at Chisinau") is where the person was, not whom they work for."""
    doc = ix.doc
    if k + 2 >= ix.n or not (doc[k].lower_ in _AFFILIATIONS or doc[k].lower_ == "of" and k
                             and doc[k - 1].lower_ in _MEMBER_NOUNS):
        return None, None
    j = k + 1 + (doc[k + 1].lower_ in ("the", "a", "an", "his", "her", "their"))
    anchor = ix.anchor_at(j)
    if anchor is None and j + 2 < ix.n and doc[j].is_lower and doc[j].pos_ in ("ADJ", "NOUN") \
            and (org := ix.anchor_at(j + 1)) is not None and org.kind == "org" and org.start == j + 1:
        return org.payload, None  # type: ignore[return-value]  # (session 51) "of the opposition FDC"
    if anchor is None or anchor.start not in (k + 1, j):  # ("the U.N." may hold its "the")
        return None, None
    if anchor.kind == "org":
        return anchor.payload, None  # type: ignore[return-value]
    form = anchor.whole_country
    if form is not None and form.form in ("name", "capital", "place") \
            and form.iso3 not in NON_STATE_CODES and anchor.end < ix.n \
            and doc[anchor.end].pos_ == "NOUN" and doc[anchor.end].is_lower:
        return None, form.iso3
    return None, None


# Words that put a description's office in the past ("a former judge", "an ex-officer").
_PAST_OFFICE = frozenset({"former", "ex", "ex-", "onetime", "one-time", "retired"})  # (session 61: "retired")


def past_office(doc: Doc, start: int, end: int) -> bool:
    """Whether a description after a name gives an office the person no longer holds ("Lee,
    a former judge and an ally of the president"): it says who they were, not the sector they
    act for now, so it lends no sector (the person's own title elsewhere gives it)."""
    return any(t.lower_ in _PAST_OFFICE for t in doc[start:end])


def _subject_of_clause(doc: Doc, i: int, m: Mention) -> bool:
    """Whether the noun at ``i`` after a name and comma is the subject of a new clause
    rather than a description of the name."""
    tok = doc[i]
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") \
        and tok.head.i > i and not m.start <= tok.head.i < m.end


# Titles that, with "of" and a party after them, lead that party rather than a government.
_PARTY_HEADS = frozenset({"leader", "head", "chairman", "chairwoman", "chair", "president",
                          "founder", "co-founder", "boss", "chief"})


def _body_led(ix: DocIndex, end: int) -> Organisation | None:
    """The body a head's title is "of" ("president of the Confederation of Indigenous
    Nationalities of Ecuador"), when the lists know it and give it a sector outside the state
    (an opposition, union, firm or group); None for a state's own bodies."""
    doc = ix.doc
    j = end + 1 + (end + 1 < ix.n and doc[end + 1].lower_ == "the")
    if end >= ix.n or doc[end].lower_ != "of" or j >= ix.n:
        return None
    anchor = ix.anchor_at(j)
    if anchor is None or anchor.kind != "org" or anchor.start != j:
        return None
    org = anchor.payload
    return org if isinstance(org, Organisation) and org.sector not in (None, "GOV", "MIL", "COP", "JUD", "LEG") else None


def _party_led(doc: Doc, end: int, sector: str) -> tuple[str, int] | None:
    """(session 29) "Kostadinov, leader of the nationalist Vazrazhdane party": a head's title
    followed by "of" a party names a party leader (PTY; OPP when "opposition" is said), not a
    member of the government that the bare "leader" gives. Returns the sector and the end of
    the party's words."""
    if sector != "GOV" or doc[end - 1].lower_ not in _PARTY_HEADS or end + 1 >= len(doc) \
            or doc[end].lower_ != "of":
        return None
    words = []
    for tok in doc[end + 1:end + 8]:
        if tok.is_punct and tok.text != "-":
            return None
        words.append(tok.lower_)
        if tok.lower_ in ("party", "parties"):
            return "OPP" if "opposition" in words else "PTY", tok.i + 1
    return None


# (session 51) Experts whom a state's name before them describes by what they study.
_TOPIC_EXPERTS = frozenset({"analyst", "expert", "specialist", "researcher", "scholar", "watcher", "historian"})


def _describe_after(ix: DocIndex, m: Mention) -> None:
    doc = ix.doc
    k = m.end + 1
    if k + 3 < ix.n and doc[k].like_num and doc[k + 1].text == "," and doc[k + 2].lower_ in ("a", "an", "the") \
            and (word := ix.sector_at(k + 3)) is not None and word[1].sector == "JRN" and word[1].kind == "person":
        k += 2  # (session 64) "Jan Kuciak, 27, a reporter for the news website": past the age, for the press
    if k < ix.n and doc[k].pos_ != "DET" and any(
            x is not m and x.start == k and x.kind == "person" and x.name and x.name != m.name
            and (x.end >= ix.n or doc[x.end].tag_ != "POS")
            and any((a := ix.anchor_at(i)) is not None and a.kind == "person" for i in range(x.start, x.end))
            for x in ix.mentions):
        return  # (session 60) "Archbishop Juan Luis Cipriani, Canadian Ambassador Anthony Vincent and ...": a list
    desc_start = k
    desc = next((x for x in ix.mentions if x.start == desc_start and x is not m), None)
    if desc is None:
        # "Satyendra Jain, the city's home minister": the owner of a title that is a place
        # word ("the city's", "the state's") belongs to the description
        j = k
        if j < ix.n and doc[j].lower_ == "the":
            j += 1
        if j + 1 < ix.n and doc[j].lemma_.lower() in _OWNER_PLACES and doc[j + 1].tag_ == "POS" \
                and ix.owner[j] < 0:
            desc = next((x for x in ix.mentions if x.start == j + 2 and x is not m), None)
    if desc is not None and _subject_of_clause(doc, desc.end - 1, m):
        return  # "According to al-Eryani, the minister said": a new clause, no apposition
    if desc is not None and desc.kind == "person" and desc.name is None and desc.nominal \
            and (desc.country or desc.sector) \
            and not (desc.end < ix.n and doc[desc.end].lower_ in ("and", "'s", "\u2019s")) \
            and not (desc.end < ix.n and doc[desc.end].pos_ == "PROPN" and doc[desc.end].is_title):
        # ((session 60) not "Archbishop Juan Luis Cipriani, Canadian Ambassador Anthony Vincent and
        # ...": a title before a name of its own is the next person of a list)
        # "Bruno Parrilla, the foreign affairs minister of Cuba": the description is the
        # person, so its role, state and sector are theirs and it is no second actor (not the
        # owner in "X, the president's secretary": that title is the boss's, not X's)
        det = desc.start + (doc[desc.start].lower_ in ("the", "a", "an"))
        m.role = doc[det:desc.end].text if det < desc.end else desc.role
        m.country = m.country or desc.country
        if not past_office(doc, desc.start, desc.end):
            m.sector = m.sector or desc.sector
        m.confidence = max(m.confidence, 0.8)
        ix.mentions.remove(desc)
        org, _ = _affiliation(ix, desc.end)
        if org is not None and org.country:
            # "Amina Osman, an official with the U.N. World Food Programme in Port Sudan": the
            # body she works for, not the town its office is in
            m.orgs.append(org)
            m.country = org.country
            apply_orgs(m)
        return
    if k < ix.n and doc[k].lower_ in ("the", "a", "an"):
        k += 1
    if k + 5 < ix.n and m.kind == "person" and is_age(doc, k + 4):
        k += 5  # "Alan Kurdi, a three-year-old Syrian child": the age says nothing of the state
    role_start = None
    role_end = None
    first_end = None  # the end of the first of coordinated descriptions
    orgs: list[Organisation] = []
    country = None
    boss: Mention | None = None  # "Merkel's spokesperson": whose staff the person is
    served = False  # (session 30) the boss's name before the title: "a Bolsonaro minister"
    desk = _region_desk(ix, k)
    if desk is not None:
        role_start, k = k, desk  # "Asia director at Human Rights Watch": the desk is the title's
    while k < ix.n:
        tok = doc[k]
        anchor = ix.anchor_at(k)
        if anchor is not None:
            form = anchor.whole_country
            if anchor.kind == "org":
                orgs.append(anchor.payload)  # type: ignore[arg-type]
            elif form is not None and country is not None and joined_by_hyphen(doc, k - 1) \
                    and (prior := ix.anchor_at(k - 2)) is not None and prior.whole_country is not None:
                # "a British-Egyptian software developer": of a hyphened pair of nationalities the
                # last is the state the person is of ("an Iranian-American journalist" is American)
                country = form.iso3
            elif form is not None and form.form == "name" and anchor.end < ix.n \
                    and doc[anchor.end].lemma_.lower() in _TOPIC_EXPERTS:
                pass  # (session 51) "a Libya analyst at a Rome institute": the state studied, not his
            elif form is not None:
                country = country or form.iso3
            elif anchor.kind == "person" and boss is None and anchor.end < ix.n \
                    and (role_start is None and doc[anchor.end].text in ("'s", "\u2019s")
                         or _served_title(ix, anchor)):
                boss = mention_at(ix, anchor.start)
                if boss is None or not boss.country or boss.country in NON_STATE_CODES:
                    break
                country = country or boss.country
                if doc[anchor.end].text in ("'s", "\u2019s"):
                    k = anchor.end + 1
                    continue
                # (session 30) "X, a former Bolsonaro justice minister": the name before the
                # title says under whom X served; the words before the name are X's title
                role_start = role_start if role_start is not None else m.end + 1
                served = True
                if boss.start < anchor.start:
                    ix.mark(boss.start, anchor.start, used=False)
                    boss.start = anchor.start
                k = anchor.end
                continue
            else:
                break
            k = anchor.end
            continue
        if ix.sector_at(k) is not None and boss is None and k + 2 < ix.n \
                and doc[k + 1].text in ("'s", "\u2019s"):
            # "X, the president's public policy secretary": the first title is the boss's
            boss = mention_at(ix, k)
            role_start = role_end = None
            k += 2
            start = k
            while k < ix.n and ix.sector_at(k) is None and doc[k].is_lower \
                    and doc[k].dep_ in ("amod", "compound"):
                k += 1
            if k < ix.n and ix.sector_at(k) is not None:
                role_start = start
            continue
        if ix.sector_at(k) is not None or tok.lower_ in TITLE_MODIFIERS \
                or (tok.text == "-" and not tok.whitespace_) \
                or (tok.is_title and tok.pos_ == "PROPN" and role_start is not None):
            if role_start is None:
                role_start = k
            role_end = k + 1
            k += 1
            continue
        if tok.lower_ == "and" and role_end == k and k + 1 < ix.n \
                and (ix.sector_at(k + 1) is not None or doc[k + 1].lower_ in TITLE_MODIFIERS):
            # "a minister and former Army colonel": both describe the one person
            first_end = first_end or role_end
            k += 1
            continue
        break
    if role_end is not None and _subject_of_clause(doc, role_end - 1, m):
        return  # "According to al-Eryani, the rebels are backed by Iran": no apposition
    affiliated = None
    if role_end is not None and role_end == k and not orgs and country is None:
        affiliated, country = _affiliation(ix, k)  # "Amina Osman, an official with the U.N."
        orgs += [affiliated] if affiliated is not None else []
    if role_start is None and not orgs and country and _state_agent_after(ix, k, m):
        # (session 29) "Yeghishe Kirakosyan, Armenia's representative for legal matters"
        m.country, m.sector = m.country or country, m.sector or "GOV"
        m.role = m.role or doc[k + 1].text
        m.confidence = max(m.confidence, 0.8)
        return
    if role_start is None and not orgs:
        head = _description_head(doc, k) if doc[desc_start].lower_ in ("a", "an") else None
        if head is not None and country is None:
            # "Veronica Lupu, an analyst at a Chisinau think tank": the state of the body
            # the person works at (an analyst holds no office there)
            org, country = _affiliation(ix, head + 1)
            country = country or (org.country if org is not None and org.country
                                  and org.country not in NON_STATE_CODES else None)
        if head is not None and m.kind == "person" and m.sector is None \
                and doc[head].lower_ in ONLOOKERS and not _seat_abroad(ix, head):
            m.sector = "CVL"  # "X, an analyst at a Chisinau think tank": a private person
        if country and not m.country and head is not None:
            # "Howard Rubel, a Toronto lawyer", "Ayesha Khan, a Pakistani social media star":
            # a person (or firm) of that state; the words of the description are no actor
            m.country = country
            m.role = m.role or doc[head].text
            m.confidence = max(m.confidence, 0.8)
            ix.mentions = [x for x in ix.mentions
                           if not (desc_start <= x.start and x.end <= head + 1
                                   and x.kind in ("person", "group") and x.name is None)]
        return
    if role_start is not None:
        trade = _private_trade(doc, role_start, role_end)
        m.role = doc[role_start:role_end + trade].text
        if trade and not m.sector:
            m.sector = "CVL"  # "X, a defence analyst at ...": the field of a private onlooker
        unit = ix.sector_at((first_end or role_end) - 1)
        if boss is not None and boss.sector and not m.sector and not served:
            m.sector = boss.sector  # the spokesperson of a head of government speaks for it
        if unit is not None and unit[1].sector and not m.sector \
                and not past_office(doc, role_start, first_end or role_end):
            party = _party_led(doc, role_end, unit[1].sector)
            m.sector = party[0] if party else unit[1].sector
            led = _body_led(ix, role_end) if not party and m.sector == "GOV" else None
            if led is not None:
                # (session 64) "Luis Macas, president of the Confederation of Indigenous
                # Nationalities of Ecuador": the head of a body outside the state is of its sector
                m.sector = led.sector
            if party:
                m.role = doc[role_start:party[1]].text  # the party says whose politics
        # the description is this person, not a second actor
        ix.mentions = [x for x in ix.mentions
                       if x is boss or not (desc_start <= x.start and x.end <= role_end
                                            and (x.kind in ("person", "group")
                                                 or desk is not None and x.end <= desk))]
    elif boss is not None:
        return  # "X, Merkel's friend": no role, so the tie says nothing of X's state
    elif orgs and k < ix.n and doc[k].lower_ in _SERVANT_TITLES and doc[k].pos_ == "NOUN" and m.role is None:
        # (session 64) "Erick de Mul, the United Nations coordinator for Afghanistan": a servant's
        # noun no sector list knows, right after the body he serves, is his title there
        m.role = doc[k].text
        m.sector = m.sector or "GOV"
    m.orgs.extend(orgs)
    if country and not m.country:
        m.country = country
    for org in orgs:
        if not m.sector and org.sector:
            m.sector = org.sector
        elif not m.sector and org.country == "NGO":
            m.sector = "NGO"
            m.country = m.country or "NGO"
        if org.country and org.country not in NON_STATE_CODES and not m.country:
            m.country = org.country
        elif org.country in INTERGOVERNMENTAL and not m.country and m.role \
                and m.role.split()[-1].lower() in _SERVANT_TITLES:
            m.country = org.country  # "Jan Roe, the UN envoy to Chad": the UN's man, not Chad's
    if affiliated is not None:
        apply_orgs(m)  # "spokesperson for the Bharatiya Janata Party": the body's sector
    if m.country or m.sector:
        m.confidence = max(m.confidence, 0.8)


# Nouns of a person who acts for the state that owns them ("Armenia's representative"); no
# sector list knows them, as alone they may be anyone's ("a sales representative").
_STATE_AGENTS = frozenset({"representative", "delegate", "emissary", "plenipotentiary"})


def _state_agent_after(ix: DocIndex, k: int, m: Mention) -> bool:
    """Whether token ``k`` starts "'s representative" right after a state's name in a name's
    apposition ("X, Armenia's representative for legal matters"): the person acts for that
    state's government. Not a new clause ("X, Armenia's representative said")."""
    doc = ix.doc
    if k + 1 >= ix.n or doc[k].text not in ("'s", "\u2019s") \
            or doc[k + 1].lemma_.lower() not in _STATE_AGENTS:
        return False
    form = ix.country_at(k - 1)
    return form is not None and form.form in ("name", "capital") \
        and form.iso3 not in NON_STATE_CODES and not _subject_of_clause(doc, k + 1, m)


# Nouns no sector list knows that name a part or people of the body or office that owns or
# modifies them, and act for it: the phrase they head is the actor, of its owner's code.
_ACTING_HEADS = {"office": "organisation", "representative": "person", "members": "group",
                 "experts": "group", "arm": "organisation", "coalition": "organisation",
                 "units": "group", "figures": "group", "groups": "group",
                 # (session 30) "One State Duma deputy": a chamber's member
                 "deputy": "person"}
# ... of which only an unnamed sector noun's are its people ("army units", "church groups").
_UNIT_HEADS = frozenset({"units", "figures", "groups"})
# ... of which a person's are the person's own: the holder speaks through them.
_HOLDER_HEADS = frozenset({"office", "representative", "members", "experts"})
# Nouns naming the followers of a person who owns or modifies them ("the president's allies",
# "a Bolsonaro ally"): the followers are the actor, of the person's code but not the person.
# (A state's allies are another state: ``_others_of_state`` makes them a mention of their own.)
_FOLLOWER_HEADS = {"ally": "person", "allies": "group", "loyalist": "person",
                   "loyalists": "group"}
# Places and vehicles of a force or body that a sector noun modifies ("a police bus", "army
# bases"): the whole phrase is the participant an attack or order reaches, of the body's code.
_FACILITY_HEADS = frozenset({"bus", "buses", "base", "bases", "camp", "camps", "station",
                             "stations", "headquarters", "vehicle", "vehicles", "convoy",
                             "convoys", "checkpoint", "checkpoints", "barracks", "outpost",
                             "outposts", "patrol", "patrols", "van", "vans", "truck",
                             "trucks",
                             # (session 30) "behind police barriers", "broke through police lines"
                             "barrier", "barriers", "barricade", "barricades", "cordon",
                             "cordons", "lines"})


def _acting_head_kind(m: Mention, head: str) -> str | None:
    """The kind of the phrase that head noun ``head`` makes of owner or modifier ``m``, or None
    when ``head`` does not act for ``m`` (a person's facility, a body's allies)."""
    if head in _FOLLOWER_HEADS:
        return _FOLLOWER_HEADS[head] if m.kind == "person" else None
    if head in _FACILITY_HEADS:
        return m.kind if m.kind in ("organisation", "group") else None
    if head in _UNIT_HEADS and m.name is not None:
        return None  # ("Houthi groups": a named people's groups are the people, named)
    return _ACTING_HEADS.get(head)


def grow_to_acting_heads(ix: DocIndex) -> None:
    """"the president's office praised", "The U.N. human rights office said", "the OSCE's media
    freedom representative", "suspected gang members": a body, office holder or group that
    only owns or modifies such a head noun is not the actor itself; its mention grows to the
    whole phrase, which keeps its code (mentions inside it, "media", go). Run once the
    mentions are resolved: the passes before read a mention's last word as its head noun, and
    the owner's title or name is what resolves it ("the envoy's office" is the envoy's). The
    heads of a body ("the heads of Congress") and a body inside a title ("NATO
    Secretary-General X") are made whole in the same pass, for the same reason."""
    doc = ix.doc
    drop: set[int] = set()
    for k, m in enumerate(ix.mentions):
        if k in drop or m.kind not in ("person", "organisation", "group") or m.char_start is not None:
            continue
        last = doc[m.end - 1]
        head = last.head
        kind = _acting_head_kind(m, head.lower_)
        if kind is None or head.i <= last.i or head.tag_ not in ("NN", "NNS") \
                or last.dep_ not in ("poss", "compound", "nmod") or ix.used[head.i]:
            continue
        if kind == "group" and head.lower_ == "members" and m.kind != "group" \
                or last.lemma_.lower() in MISSIONS:
            # "the 15 Council members" are states of the body, not the body; "the embassy's
            # attache office" is a section whose state only the mission's owner says
            continue
        start = min(m.start, _phrase_start(doc, head))
        if any(doc[j].pos_ in ("NOUN", "PROPN") and doc[j].dep_ != "poss" and not ix.used[j]
               for j in range(start, m.start)):
            start = m.start  # ("a charge opposition figures rejected": a clause, misparsed)
        inside = [j for j, o in enumerate(ix.mentions) if j != k and start <= o.start <= head.i]
        if any(not _stray_modifier(ix.mentions[j], m.end, head.i) for j in inside):
            continue
        drop.update(inside)
        ix.mark(start, head.i + 1)
        m.start, m.end, m.definite = start, head.i + 1, doc[start].lower_ == "the"
        if m.kind == "person" and head.lower_ in _HOLDER_HEADS:
            continue  # (a holder's office speaks for the holder: the event coder reads it so)
        if kind == "person" or m.kind == "person":
            # (the body's agent is no body; a person's allies or coalition are not the person)
            m.name = m.role = m.text_role = m.gender = None
            if kind == "person" and head.dep_ == "appos" and (who := _named_person_at(ix, head.head.i)):
                # (session 54) "Venezuelan President Hugo Chavez, Correa's closest ally,": the
                # named person the phrase describes, not its owner
                m.country, m.sector, m.name, m.role = who.country, who.sector, who.name, who.role
        m.kind = kind
    if drop:
        ix.mentions = [m for k, m in enumerate(ix.mentions) if k not in drop]
    _heads_of_bodies(ix)
    _chapters_of_bodies(ix)
    _bodies_in_titles(ix)
    _owned_titles_before_names(ix)


def _named_person_at(ix: DocIndex, i: int) -> Mention | None:
    """The named, placed person whose mention covers token ``i``, if one does."""
    return next((o for o in ix.mentions if o.kind == "person" and o.name and o.country
                 and o.start <= i < o.end), None)


# (session 53) Title nouns a body's word qualifies ("its military chief").
_QUALIFIED_TITLES = frozenset({"chief", "commander", "head", "leader", "spokesman", "spokeswoman",
                               "spokesperson"})


def _owned_titles_before_names(ix: DocIndex) -> None:
    """(session 53) "Its military chief, Sultani Makenga, crossed into Uganda": a body word
    qualifying a title a pronoun owns, with the holder named in apposition, is part of the
    holder's title (the M23's military chief), not the state's army; the named person is the
    actor, so the body word is no mention (batch CA2's judges counted it CODMIL wrong)."""
    doc = ix.doc
    persons = {k for p in ix.mentions if p.kind == "person" and p.name for k in range(p.start, p.end)}
    drop = []
    for o in ix.mentions:
        if o.kind != "organisation" or o.name is not None or o.end - o.start != 1:
            continue
        tok = doc[o.start]
        title = tok.head
        if tok.dep_ not in ("amod", "compound", "nmod") or title.i != o.end \
                or title.lower_ not in _QUALIFIED_TITLES:
            continue
        if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in title.children) \
                and any(c.dep_ == "appos" and c.i in persons for c in title.children):
            drop.append(o)
    if drop:
        ix.mentions = [m for m in ix.mentions if not any(m is o for o in drop)]


# Nouns for the leaders or members of a body named in their "of" phrase ("the heads of
# Congress", "members of the opposition"): the people act, as the body's.
_HEADS_OF = {"head": "person", "heads": "group", "leader": "person", "leaders": "group",
             "chief": "person", "chiefs": "group", "members": "group"}


def _heads_of_bodies(ix: DocIndex) -> None:
    """"The heads of Congress joined", "the leaders of the opposition said": the body in the
    "of" phrase does not act, its heads or members do; the body's mention grows to the whole
    phrase and keeps its code (a generic mention of the head noun goes). Not an
    intergovernmental body's members, who are states; not a named person's title; not a body
    with no state, whose code the event coder may still find around it."""
    doc = ix.doc
    drop: list[Mention] = []
    for m in ix.mentions:
        if m.kind not in ("organisation", "group") or m.char_start is not None or m.start < 2 \
                or m.member or m.country is None or any(m is o for o in drop):
            continue
        of, head = doc[m.start - 1], doc[m.start - 2]
        root = doc[m.start:m.end].root
        kind = _HEADS_OF.get(head.lower_)
        if kind is None or of.lower_ != "of" or root.head.i != of.i or of.head.i != head.i \
                or head.tag_ not in ("NN", "NNS") \
                or head.lower_ == "members" and m.country in INTERGOVERNMENTAL:
            continue
        if head.lower_ == "head" and head.dep_ == "pobj" and head.head.lower_ == "at" \
                and m.end - m.start == 1 and doc[m.start].is_lower:
            # (session 34) "a route to stay at the head of government": an office held, as
            # "won the presidency", neither its holder nor the body acting
            drop.append(m)
            continue
        start = _phrase_start(doc, head)
        inside = [o for o in ix.mentions if o is not m and o.start < m.start and o.end > start]
        if any(o.start < start or o.name is not None or o.kind not in ("person", "group")
               for o in inside):
            continue
        drop.extend(inside)
        ix.mark(start, m.end)
        m.start, m.kind, m.definite = start, kind, doc[start].lower_ == "the"
        m.name = m.role = m.text_role = m.gender = None
        if kind == "person" and head.dep_ == "appos":
            _head_in_apposition(ix, m, head)
    if drop:
        ix.mentions = [m for m in ix.mentions if not any(m is o for o in drop)]


def _head_in_apposition(ix: DocIndex, m: Mention, head: Token) -> None:
    """(session 34) "Vekuii Rukoro, paramount chief of the Ovaherero Traditional Authority,":
    the named person the grown head describes is that body's head, of its state (the
    apposition pass of the references ran before the phrase was a person's)."""
    named = next((o for o in ix.mentions if o.kind == "person" and o.name and o.country is None
                  and o.confidence < 1.0 and o.end - 1 == head.head.i), None)
    if named is not None:
        named.country, named.sector = m.country, named.sector or m.sector
        named.from_context = True


# (session 30) Nouns for a state's own part of a body named in their "of" phrase ("the
# Malaysian chapter of Transparency International").
_CHAPTERS = frozenset({"chapter", "chapters", "branch", "branches", "section", "affiliate"})


def _chapters_of_bodies(ix: DocIndex) -> None:
    """"The Malaysian chapter of Transparency International urged ...": a body's branch in
    one state acts, not the body nor the state; the body's mention grows to the whole
    phrase, of the state the adjective names (the adjective is no mention of its own) and of
    the body's sector (an NGO's chapter is that state's NGO)."""
    doc = ix.doc
    drop: list[Mention] = []
    for m in ix.mentions:
        if m.kind != "organisation" or m.char_start is not None or m.start < 3 \
                or m.member or m.country is None or any(m is o for o in drop):
            continue
        of, head = doc[m.start - 1], doc[m.start - 2]
        root = doc[m.start:m.end].root
        if head.lower_ not in _CHAPTERS or of.lower_ != "of" or root.head.i != of.i \
                or of.head.i != head.i or head.tag_ not in ("NN", "NNS"):
            continue
        start = _phrase_start(doc, head)
        inside = [o for o in ix.mentions if o is not m and o.start < m.start and o.end > start]
        states = [o for o in inside if o.kind == "country" and o.country
                  and o.country not in NON_STATE_CODES]
        if len(states) != 1 or len(inside) != 1 or inside[0].start < start:
            continue  # (the state of the chapter must be said: "its local branch" is left)
        drop.extend(inside)
        ix.mark(start, m.end)
        sector = m.country if m.country in ("NGO", "MNC") else m.sector
        m.start, m.definite = start, doc[start].lower_ == "the"
        m.country, m.sector = states[0].country, sector
        m.name = None
    if drop:
        ix.mentions = [m for m in ix.mentions if not any(m is o for o in drop)]


def _bodies_in_titles(ix: DocIndex) -> None:
    """"Supreme Court Justice Alexandre de Moraes", "Hamas leader Ismail Haniyeh": a body that
    only modifies a named person's title is part of the title, not a second actor; the
    person's mention takes it in and, if the title gave none, the body's state and sector.
    Run after resolution, so that "the court" later still finds the body."""
    doc = ix.doc
    drop: list[Mention] = []
    recoded: list[tuple[str, str | None, str, str]] = []  # (name, state, title's sector, body's)
    for o, p in zip(ix.mentions, ix.mentions[1:]):
        if o.kind != "organisation" or not (p.kind == "person" and p.name is not None
                                            or _unnamed_staff(doc, o, p)) \
                or any(o is d for d in drop) \
                or p.start != o.end or o.char_start is not None or p.char_start is not None \
                or o.member or p.member \
                or doc[o.end - 1].dep_ != "compound" \
                or not p.start <= doc[o.end - 1].head.i < p.end:
            continue
        start = o.start
        if start and doc[start - 1].dep_ == "det" and p.start <= doc[start - 1].head.i < p.end \
                and not ix.used[start - 1]:
            start -= 1  # ("the Hamas leader X": the article is the title's)
        drop.append(o)
        ix.mark(start, p.end)
        p.start = start
        if p.name is None and (p.country is None or p.from_context):
            p.country, p.from_context = o.country, o.from_context  # (the body says whose they are)
        if p.name is None and o.sector in _ARMED_BODIES and p.sector in ("MIL", "GOV"):
            p.sector = o.sector  # ("PKK commanders": a rebel group's commanders are rebels)
        if (o.sector, p.sector) in _TITLES_OF_BODIES and p.name is not None and p.confidence < 1.0:
            # (session 53) "National Police commander Cesar Zapata", "Supreme Court President
            # Dith Munty": a police body's commander is police, a court's president a judge,
            # and so is the surname later
            recoded.append((p.name, p.country, p.sector, o.sector))
            p.sector = o.sector
        p.country = p.country or o.country
        p.sector = p.sector or o.sector
    for name, country, title_sector, body_sector in recoded:
        for m in ix.mentions:
            if m.name == name and m.country == country and m.sector == title_sector:
                m.sector = body_sector
    if drop:
        ix.mentions = [m for m in ix.mentions if not any(m is o for o in drop)]


# (session 53) (body's sector, title's sector) where a named holder's title takes the body's:
# a police force's commander, a court's or a legislature's president.
_TITLES_OF_BODIES = frozenset({("COP", "MIL"), ("JUD", "GOV"), ("LEG", "GOV")})
# Sectors of armed bodies that are no state's forces: their commanders and officials are theirs.
_ARMED_BODIES = frozenset({"REB", "INS", "UAF"})


def _unnamed_staff(doc: Doc, o: Mention, p: Mention) -> bool:
    """(session 30) "Some UMNO leaders said", "Hamas officials": unnamed office holders or
    members that a named body modifies are the body's people, one mention with it (not the
    body and a second, bare "leaders"). Not a title before a name ("X Party lawmaker Jane
    Roe"), whose person the name's own mention is."""
    return p.kind in ("person", "group") and p.name is None and o.name is not None \
        and o.country is not None and p.end - p.start == 1 \
        and not (p.end < len(doc) and doc[p.end].pos_ == "PROPN")


def _phrase_start(doc: Doc, head: Token) -> int:
    """Where the noun phrase of ``head`` starts, without a focus adverb or punctuation before
    it ("Only Red Cross vehicles": "only" says how many, it is no part of the phrase)."""
    start = head.left_edge.i
    while start < head.i and doc[start].dep_ in ("advmod", "punct", "cc", "preconj"):
        start += 1
    return start


def _stray_modifier(o: Mention, after: int, head: int) -> bool:
    """Whether mention ``o`` is a sector word that only modifies the acting head between its
    owner and it ("media" in "the OSCE's media freedom representative"): no actor of its own."""
    return after <= o.start and o.end <= head and o.kind == "group" and o.name is None

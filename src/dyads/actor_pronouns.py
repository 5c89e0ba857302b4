"""Pronoun resolution and quotation regions: "he", "it" and "they" take the actor they continue.

The mention stage resolves subject and possessive pronouns here; the event coder shares the
quotation regions, the sentence look-back and the object-pronoun rule, so that both stages
agree on what is quoted and whom "them" means.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from spacy.attrs import DEP, LOWER
from spacy.tokens import Doc, Token

from .actor_anchors import DocIndex, Mention
from .anchor_index import tokens_lowered
from .countries import INTERGOVERNMENTAL, NON_STATE_CODES
from .actor_lexicon import FIRST_NAMES, GENDER_WORDS, KIN_WORDS, PRONOUNS, RESULT_PARTICIPLES, STAFF_WORDS
from .nlp import doc_text, sentence_of_token, token_starts

__all__ = ["SAYING_VERBS", "covered_tokens", "deal_it", "quoted_we", "object_referent", "quotation_of", "quotation_of_index",
           "resolve_pronouns", "speakers_states", "window_start", "relative_homelands"]


def _doc_text(ix: DocIndex) -> str:
    """The document's text; the article's own string when it is the parsed one (``doc.text``
    is rebuilt from every token on each call)."""
    text = ix.article.text
    last = ix.doc[-1]
    if text is not None and len(text) == last.idx + len(last.text_with_ws) \
            and text.endswith(last.text_with_ws):
        return text
    return doc_text(ix.doc)


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
        regions = _quote_regions(doc_text(doc) if text is None else text)
        doc.user_data["dyads_quote_regions"] = regions
    region_starts = [r[0] for r in regions]
    starts = token_starts(doc)

    def region(i: int) -> int:
        char = starts[i]
        r = bisect.bisect_right(region_starts, char) - 1
        return r if r >= 0 and regions[r][0] <= char <= regions[r][1] else -1

    return region


def quotation_of_index(ix: DocIndex) -> Callable[[int], int]:
    """:func:`quotation_of` for the indexed document, read from the article's own string."""
    return quotation_of(ix.doc, _doc_text(ix))


# Verbs whose "it" subject is usually no actor ("it is likely", "it seems", "it takes").
_EMPTY_IT_HEADS = frozenset({"be", "seem", "appear", "remain", "become", "happen", "take",
                             "matter", "mean", "rain", "look", "come", "go", "show",
                             "demonstrate", "suggest", "indicate", "prove", "cost", "feel"})
# (session 35) Verbs of a thing's state in "as it stood", "as it stands".
_STANDING = frozenset({"stand", "exist"})
# (session 35) Verbs by which a fact informs the generic "you" ("It tells you how worried ...").
_TELLING = frozenset({"tell", "show", "remind", "teach"})
# Entity types of spans and amounts, which "them" never means ("72 hours", "millions of dollars").
_MEASURES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"})
# Verbs done to a deal: a passive "it" of one is the deal ("it had been agreed between the two
# militaries", "it was signed in Doha"), not a state or body.
_PACT_PASSIVES = frozenset({"agree", "sign", "broker", "negotiate", "conclude", "ratify", "violate",
                            "breach", "mediate"})
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


# The armed men a state or an armed body owns ("its troops").
_ARMY_NOUNS = frozenset({"troop", "soldier", "army", "force", "fighter", "warplane", "jet"})


def resolve_pronouns(ix: DocIndex) -> None:
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
    region = quotation_of_index(ix)
    sentence_of_token(doc, 0)
    sents: list[int] = doc.user_data["dyads_sent_index"]
    sent_starts: dict[int, int] = {}
    for i, sid in enumerate(sents):
        if sid not in sent_starts:
            sent_starts[sid] = i
    covered = covered_tokens(ix)
    ordered = sorted(ix.mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    subject_ids = {doc.vocab.strings[d] for d in _SUBJECT_DEPS}
    deps = doc.to_array(DEP).tolist()
    root = doc.vocab.strings["ROOT"]
    subjects = [i for i, d in enumerate(deps)
                if (d in subject_ids or d == root and _noun_root(doc[i]))
                and not covered[i]  # subjects that are no actor
                and not (i in ix.blocked and doc[i].is_upper)]  # (session 58) nor a dateline's word
    dobj = doc.vocab.strings["dobj"]
    objects = [i for i, d in enumerate(deps) if d == dobj and not covered[i]]
    resolved: list[Mention] = []
    states: list[Mention] = []
    _share_genders(ix)
    for tok in (doc[i] for i in at):
        want = PRONOUNS.get(tok.lower_)
        if want is None or tok.pos_ != "PRON" and tok.tag_ != "PRP$" or covered[tok.i]:
            continue
        if tok.lower_ == "it" and (not _actor_it(tok) or _parallel_thing(tok, covered)):
            continue
        if want in ("m", "f") and tok.lower_ == "her" and tok.dep_ not in ("poss", "dobj",
                                                                           "pobj", "dative"):
            continue
        sid = sents[tok.i]
        # (the first sentence has none before it: -1 is the index of tokens outside any
        # sentence, the blank lines between paragraphs, never a sentence to look back to)
        first = sent_starts.get(sid - 1, sent_starts[sid]) if sid > 0 else sent_starts[sid]
        where = region(tok.i)
        lo = bisect.bisect_left(starts, first)
        hi = bisect.bisect_left(starts, tok.i)
        cands = [m for m in ordered[lo:hi] + resolved[-_RECENT:]
                 if first <= m.start and m.end <= tok.i and region(m.start) == where]
        if tok.dep_ == "nsubjpass" and tok.head.lemma_ in _CAPTIVE_VERBS:
            # "they were held for 444 days": the held are the captors' victims, never the
            # captors of the sentence before
            cands = [m for m in cands if not _captor(ix, m)]
        if tok.dep_ == "poss" and tok.lower_ == "its" and tok.head.lemma_.lower() in _ARMY_NOUNS:
            # (session 58) "suspend Russia from the U.N. Human Rights Council over atrocities by
            # its troops": a world body's council or assembly has no army; a state or an armed
            # body does
            cands = [m for m in cands if not (m.kind == "organisation" and m.country in INTERGOVERNMENTAL
                                              and m.sector not in ("MIL", "COP"))]
        free = subjects[bisect.bisect_left(subjects, first):bisect.bisect_left(subjects, tok.i)]
        objs = objects[bisect.bisect_left(objects, first):bisect.bisect_left(objects, tok.i)]
        if _reason_of_measure(ix, tok, want, cands):
            continue
        counted = _counted_from(tok)
        if counted is not None and not covered[counted]:
            continue  # "two cars, one of them": a share of things, no actor
        best = next((m for m in cands if m.start <= counted < m.end), None) if counted is not None else None
        best = best or (_cataphoric_subject(ix, tok, want) if want in ("m", "f") and where < 0 else None) \
            or _conjunct_owner(tok, cands) or _antecedent(ix, tok, want, cands, sents, free, objs)
        if best is None and want in ("m", "f"):
            best = _earlier_person(ix, tok, want, region, sents, covered)
        if best is None or not (best.country or best.name):
            continue
        if want in ("m", "f") and best.gender is None and best.name:
            # "Emily Spanton ... she": later pronouns of the other gender are someone else
            for other in ix.mentions:
                if other.name == best.name:
                    other.gender = want
        elif want in ("m", "f") and best.gender is None and best.kind == "person":
            # (session 39) "A police commander told X that he ...": a nameless person taken up
            # by "he" is a man; a later "she" is someone else
            best.gender = want
        if tok.dep_ == "poss":
            # "its troops" is the troops, of the owner's state, not a second actor
            _possessed(ix, tok, best)
            people = _own_people(tok, best, covered)
            if people is not None:
                states.append(people)
            homeland = _owned_state(ix, tok, best, covered)
            if homeland is not None:
                states.append(homeland)
            continue
        # ("The former leader ... he": a "he" is a man, however its antecedent was named, so
        # a later "his" may go on with it)
        resolved.append(Mention(tok.i, tok.i + 1, "pronoun", country=best.country,
                                sector=best.sector, name=best.name, role=best.role,
                                confidence=0.7,
                                gender=best.gender or (want if want in ("m", "f") else None)))
    ix.mentions.extend(resolved)
    ix.mentions.extend(states)


def _cataphoric_subject(ix: DocIndex, tok: Token, want: str) -> Mention | None:
    """(session 54) "In Ashgabat, where he was attending a summit, President Vladimir Putin said":
    a "he" in a phrase fronted before its sentence's subject is that subject, when it is a
    named person of that gender, not the person named in the sentence before."""
    root = tok.sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i <= tok.i:
        return None
    top = tok
    while top.head.i != root.i and top.head.i != top.i:
        top = top.head
    if top.head.i != root.i or top.dep_ not in ("advcl", "prep", "npadvmod") or top.right_edge.i >= subj.i:
        return None
    return next((m for m in ix.mentions if m.kind == "person" and m.name and m.start <= subj.i < m.end
                 and _gender(ix, m) == want), None)


# Words that count out a share of a plural ("one of them", "many of them").
_SHARES = frozenset({"one", "two", "three", "some", "many", "most", "several", "few", "none", "each", "all",
                     "both", "half", "dozens", "hundreds"})


def _counted_from(tok: Token) -> int | None:
    """"set two cars on fire, one of them belonging to a radio station", "detained twelve students,
    one of them a leader": a share counted out of "them" is a share of the nearest plural before
    it in the sentence, actor or thing (session 29); None when "them" counts out no share."""
    if tok.lower_ != "them" or tok.dep_ != "pobj" or tok.head.lower_ != "of" \
            or tok.head.head.lower_ not in _SHARES:
        return None
    share = tok.head.head
    return next((j for j in range(share.i - 1, tok.sent.start - 1, -1)
                 if tok.doc[j].pos_ in ("NOUN", "PROPN") and tok.doc[j].tag_ in ("NNS", "NNPS")), None)


# Nouns that, owned by a pronoun, mean the owner's own state ("his country", "her nation").
_HOMELAND_NOUNS = frozenset({"country", "nation", "homeland", "motherland", "fatherland"})
# Prepositions after which "his country" is where something happens, not who acts.
_PLACE_PREPS = frozenset({"to", "in", "into", "from", "within", "across", "throughout",
                          "inside", "outside", "around", "at", "back"})
# Verbs whose object is a place one goes to or leaves.
_PLACE_VERBS = frozenset({"visit", "enter", "leave", "flee", "tour", "reach", "cross"})
# First-person owners: the speaker's state when the speaker is named ("our country").
_FIRST_PERSON_OWNERS = frozenset({"our", "my"})


def _homeland_head(tok: Token, covered: list[bool]) -> Token | None:
    """The head noun of "his country" / "our own nation" when no other mention claims it."""
    head = tok.head
    if tok.dep_ != "poss" or head.lower_ not in _HOMELAND_NOUNS or head.i < tok.i \
            or head.tag_ != "NN" or covered[head.i]:
        return None
    if head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPS:
        return None  # "returned to his country", "a visit to her country": a place
    if head.dep_ == "dobj" and head.head.lemma_.lower() in _PLACE_VERBS:
        return None  # "to visit his country", "fled her country"
    return head


def _owned_state(ix: DocIndex, tok: Token, owner: Mention, covered: list[bool]) -> Mention | None:
    """"Putin said his country will not lift the ban": the country the pronoun's owner belongs
    to is an actor in its own right, which the event coder needs as a party."""
    head = _homeland_head(tok, covered)
    if head is None or not owner.country or owner.kind not in ("person", "pronoun", "country"):
        return None
    return Mention(tok.i, head.i + 1, "country", country=owner.country, confidence=0.7)


def relative_homelands(ix: DocIndex) -> None:
    """(session 34) "Costa Rican President Laura Chinchilla, whose country abolished its army":
    "whose country" in a relative clause on a person with a state is that person's state, an
    actor as "his country" is (:func:`_owned_state`); made before pronouns are resolved, so
    that the clause's own "its" goes on with it rather than with a state named before."""
    doc = ix.doc
    covered = covered_tokens(ix)
    out = []
    for i in tokens_lowered(doc, ("whose",)):
        tok = doc[i]
        _relative_organ(ix, tok)
        head = _homeland_head(tok, covered)
        if head is None or head.dep_ not in ("nsubj", "nsubjpass") or head.head.dep_ != "relcl":
            continue
        person = head.head.head
        owner = next((m for m in ix.mentions if m.start <= person.i < m.end
                      and m.kind == "person" and m.country
                      and m.country not in NON_STATE_CODES), None)
        if owner is not None:
            out.append(Mention(i, head.i + 1, "country", country=owner.country, confidence=0.7))
    ix.mentions.extend(out)
    ix.mentions.sort(key=lambda m: m.start)


# (session 35) Sectors of a state's organs that "whose" gives the antecedent's state.
_RELATIVE_ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})


def _relative_organ(ix: DocIndex, tok: Token) -> None:
    """(session 35) "German Chancellor Angela Merkel, whose government would bear much of the
    cost": a state organ owned by "whose" in a relative clause on an office holder or a state
    is that one's state's, not the story's state's that the context guessed."""
    head = tok.head
    if tok.dep_ != "poss" or head.i < tok.i or head.dep_ not in ("nsubj", "nsubjpass", "dobj") \
            or head.head.dep_ != "relcl":
        return
    antecedent = head.head.head
    owner = next((m for m in ix.mentions if m.start <= antecedent.i < m.end and m.country
                  and m.country not in NON_STATE_CODES and not m.from_context
                  and (m.kind == "country" or m.kind == "person" and m.sector in _RELATIVE_ORGAN_SECTORS)), None)
    if owner is None:
        return
    for m in ix.mentions:
        # (session 47) a state's own people too: "Norway, whose salmon farmers sell a tenth of
        # their exports to Russia"
        if m.start <= head.i < m.end and m.kind in ("organisation", "group") and m.name is None \
                and (m.sector in _RELATIVE_ORGAN_SECTORS or owner.kind == "country" and m.sector) \
                and (m.country is None or m.from_context):
            m.country, m.from_context, m.confidence = owner.country, False, max(m.confidence, 0.7)


def speakers_states(ix: DocIndex) -> None:
    """'"Our country will not bow," Khan said': a first-person owner is whoever says the
    quotation, when the sentence names that speaker outside it."""
    doc = ix.doc
    covered = covered_tokens(ix)
    region = quotation_of_index(ix)
    out = []
    for i in tokens_lowered(doc, _FIRST_PERSON_OWNERS):
        tok = doc[i]
        head = _homeland_head(tok, covered)
        if head is None:
            continue
        where = region(i)
        sent = tok.sent
        speaker = None
        for verb in sent:
            if verb.lemma_ not in SAYING_VERBS or verb.pos_ != "VERB":
                continue
            if where >= 0 and region(verb.i) == where:
                continue
            if where < 0 and not verb.i < i:
                continue  # "X said our ...": only a sayer before an unquoted "our"
            for subj in verb.children:
                if subj.dep_ != "nsubj":
                    continue
                for m in ix.mentions:
                    if m.start <= subj.i < m.end and m.kind == "person" and m.country \
                            and region(m.start) != where:
                        speaker = m
        if speaker is not None:
            out.append(Mention(i, head.i + 1, "country", country=speaker.country,
                               confidence=0.7))
    ix.mentions.extend(out)


# Verbs of taking or keeping people captive.
_CAPTIVE_VERBS = frozenset({"hold", "capture", "kidnap", "abduct", "seize", "detain", "take",
                            "imprison", "jail", "keep", "hostage"})


def _captor(ix: DocIndex, m: Mention) -> bool:
    """Whether mention ``m`` is the doer of a clause that takes people captive ("revolutionaries
    captured the embassy, taking dozens hostage")."""
    head = mention_head(ix, m)
    if head.dep_ != "nsubj":
        return False
    verbs = [head.head] + [c for c in head.head.children if c.dep_ in ("conj", "advcl")]
    return any(v.lemma_ in _CAPTIVE_VERBS - {"take", "keep"}
               or v.lemma_ in ("take", "keep") and any(c.lower_ in ("hostage", "captive",
                                                                     "prisoner") for c in v.subtree)
               for v in verbs)


# Words that make a person the voice of a body: their "we" is the body, not themselves.
_VOICES = frozenset({"spokesperson", "spokesman", "spokeswoman", "representative", "statement",
                     "spokespeople", "spokesmen", "official", "officials"})


def quoted_we(ix: DocIndex) -> None:
    """'"We are cooperating with the government," Ford said': "we" and "us" in a quotation
    are the body that says it (a firm, a ministry, a group, or its spokesperson), named by the
    speech verb's subject in the sentence that opens or closes the quotation. A person speaking
    for themselves is left alone: their "we" may be a party, a family or a nation."""
    doc = ix.doc
    region = quotation_of_index(ix)
    covered = covered_tokens(ix)
    found: dict[int, Mention | None] = {}
    out = []
    for i in tokens_lowered(doc, frozenset({"we", "us"})):
        where = region(i)
        if where < 0 or covered[i] or doc[i].pos_ != "PRON":
            continue
        if where not in found:
            found[where] = _quotation_speaker(ix, where, region)
        speaker = found[where]
        if speaker is not None:
            out.append(Mention(i, i + 1, "pronoun", country=speaker.country,
                               sector=speaker.sector, name=speaker.name, confidence=0.6))
    ix.mentions.extend(out)
    _quoted_our(ix, region)


def requote_we(ix: DocIndex) -> None:
    """'"We want Paris to withdraw the text," a spokesman for a pro-independence group said':
    once staff take their principal's code (the spokesman is the group's, not the story's
    government), the quoted "we" and "us" follow the speaker again."""
    doc = ix.doc
    region = quotation_of_index(ix)
    found: dict[int, Mention | None] = {}
    for m in ix.mentions:
        if m.kind != "pronoun" or m.end - m.start != 1 or doc[m.start].lower_ not in ("we", "us"):
            continue
        where = region(m.start)
        if where < 0:
            continue
        if where not in found:
            found[where] = _quotation_speaker(ix, where, region)
        speaker = found[where]
        if speaker is not None and (m.country, m.sector) != (speaker.country, speaker.sector) \
                and m.name == speaker.name:
            m.country, m.sector = speaker.country, speaker.sector


# Sectors of a state's own people and forces: "our soldiers", "our farmers" in a state
# official's words.
_STATE_OWNED = frozenset({"MIL", "COP", "GOV", "SPY", "JUD", "LEG", "CVL", "JRN", "LAB", "AGR",
                          "MED", "EDU", "BUS"})
# Sectors of a speaker who talks for a state.
_STATE_VOICES = frozenset({"GOV", "MIL", "COP", "LEG", "SPY", "JUD"})


def _quoted_our(ix: DocIndex, region: Callable[[int], int]) -> None:
    """'"Our soldiers will defend the border," Erdogan said': a state's forces or people owned
    by "our" in a quotation are the speaker's state's, when the speaker is that state's body
    or official (a private person's "our" may be a family's or a party's)."""
    doc = ix.doc
    found: dict[int, Mention | None] = {}
    for i in tokens_lowered(doc, frozenset({"our"})):
        where = region(i)
        if where < 0 or doc[i].dep_ != "poss":
            continue
        if where not in found:
            found[where] = _quotation_speaker(ix, where, region, officials=True)
        speaker = found[where]
        if speaker is None or speaker.country in NON_STATE_CODES \
                or speaker.kind != "country" and speaker.sector not in _STATE_VOICES:
            continue  # (a firm's "our workers" are its staff wherever they work)
        head = doc[i].head
        heads = {head.i} | {c.i for c in head.conjuncts if c.i > head.i}
        for m in ix.mentions:
            # (session 63) also over the story's state that the context lent it: "Our soldiers
            # are on the ground," the Ugandan army spokesman said, in a story set in Somalia
            if m.kind in ("group", "organisation") and (m.country is None or m.from_context) \
                    and m.sector in _STATE_OWNED and doc[m.start:m.end].root.i in heads \
                    and region(m.start) == where:
                m.country, m.from_context, m.confidence = speaker.country, False, max(m.confidence, 0.6)


def _quotation_tokens(ix: DocIndex, where: int, region: Callable[[int], int]) -> list[int]:
    """The tokens of quotation ``where``. A quotation is one character range, so only the
    tokens starting inside it are tested, not every token of the document."""
    regions = ix.doc.user_data.get("dyads_quote_regions")
    if regions is None or not 0 <= where < len(regions):
        return [i for i in range(ix.n) if region(i) == where]
    starts = token_starts(ix.doc)
    lo = bisect.bisect_left(starts, regions[where][0])
    hi = bisect.bisect_right(starts, regions[where][1])
    return [i for i in range(lo, hi) if region(i) == where]


def _quotation_speaker(ix: DocIndex, where: int, region: Callable[[int], int],
                       officials: bool = False, anyone: bool = False) -> Mention | None:
    """The body whose words quotation ``where`` gives, from a speech verb outside it in the
    sentence it opens or closes in; with ``officials`` also a person holding a state office,
    with ``anyone`` any person whose state is known."""
    doc = ix.doc
    inside = _quotation_tokens(ix, where, region)
    if not inside:
        return None
    for sent in dict.fromkeys((doc[inside[0]].sent, doc[inside[-1]].sent)):
        for verb in sent:
            if verb.lemma_ not in _QUOTING_VERBS or verb.pos_ != "VERB" or region(verb.i) == where:
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if not subjects and verb.dep_ in ("advcl", "xcomp", "conj"):
                subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
            # ("the filing itself Ford": the parser may hang the name off a reflexive)
            subjects += [c for s in subjects for c in s.children if c.dep_ == "appos"]
            for subj in subjects:
                m = next((m for m in ix.mentions if m.start <= subj.i < m.end
                          and m.kind != "pronoun"), None)
                if m is None or not m.country:
                    continue
                if m.kind in ("organisation", "group", "country") or m.kind == "person" \
                        and any(t.lower_ in _VOICES for t in doc[m.start:m.end]):
                    return m
                if officials and m.kind == "person" and m.sector in _STATE_VOICES:
                    return m
                if anyone and m.kind == "person":
                    return m
    return None


def quotation_speaker(ix: DocIndex, i: int) -> Mention | None:
    """Whoever speaks the quotation token ``i`` stands in (a body or a person whose state is
    known), or None when ``i`` is in no quotation."""
    region = quotation_of_index(ix)
    where = region(i)
    return None if where < 0 else _quotation_speaker(ix, where, region, anyone=True)



def deal_it(tok: Token) -> bool:
    """Whether a pronoun is the passive subject "it" of a verb done to a deal ("it had been
    agreed between the two militaries"): the deal, never an actor or a speaker."""
    return tok.lower_ == "it" and tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in _PACT_PASSIVES


def _actor_it(tok: Token) -> bool:
    """Whether a subject "it" can be an actor: "it said", "it is ready to talk", not "it is
    likely that" or "it takes time"."""
    if not tok.dep_.startswith("nsubj"):
        return False
    head = tok.head
    if deal_it(tok):
        return False
    if head.lemma_ == "be":
        return any(c.dep_ == "acomp" and c.lemma_ in _ACTOR_STATES for c in head.children)
    if head.lemma_ in _STANDING and any(c.dep_ == "mark" and c.lower_ == "as" for c in head.children):
        return False  # (session 35) "restore the status quo as it stood": the thing as it was
    if head.lemma_ in _TELLING and any(c.lower_ == "you" and c.dep_ in ("dobj", "dative")
                                       for c in head.children):
        return False  # (session 35) "It tells you how worried Thimphu is": the fact speaks
    return head.lemma_ not in _EMPTY_IT_HEADS


def _fits(ix: DocIndex, m: Mention, want: str, sure: bool = True) -> bool:
    """Whether a mention can be what a pronoun of class ``want`` means (``sure``: only a body
    the stage is confident of, for ranking against others)."""
    doc = ix.doc
    head = mention_head(ix, m)
    if want in ("m", "f"):
        if m.kind not in ("person", "pronoun") and not _person_named(ix, m) \
                or m.kind == "pronoun" and m.gender is None and not m.name:
            return False
        if m.kind == "pronoun" and PRONOUNS.get(doc[m.start].lower_) != want:
            return False  # an "it" for a body is no "he"
        return _gender(ix, m) in (None, want)
    if m.kind == "pronoun":
        return PRONOUNS.get(doc[m.start].lower_) == want
    # ("the United Arab Emirates recalled its diplomats": a state's plural name is one "it")
    # (session 37) "KFOR said it was ready": an acronym in capitals the tagger reads as a
    # plural noun is one body
    acronym = m.kind == "organisation" and head.is_upper and len(head.text) > 2
    plural = head.tag_ == "NNS" and not acronym or head.tag_ == "NNPS" and m.kind != "country" \
        or m.kind == "group" and head.lower_ == "police" or _plural_name(ix, m, head)
    if want == "it":
        # (session 41) "the government of Prime Minister X said it had acted": a person's
        # government is one body, though the mention carries the person it names
        body = m.kind == "person" and any(doc[i].lower_ in _PERSONS_BODIES and doc[i + 1].lower_ == "of"
                                          for i in range(m.start, min(m.start + 3, m.end - 1)))
        return (m.kind in ("country", "organisation", "group") or body) and not plural \
            and m.sector != "CVL" and head.tag_ != "JJ" \
            and not _conjoined(head) and (m.confidence > 0.5 or not sure)
    return m.kind in ("group", "organisation", "person") and plural


# Bodies named after the person at their head ("the government of Prime Minister X").
_PERSONS_BODIES = frozenset({"government", "administration", "cabinet", "regime", "junta"})
# Sectors of the movements and camps that English names as a plural of their members.
_MEMBER_PLURALS = frozenset({"REB", "UAF", "OPP", "PTY", "INS"})


def _plural_name(ix: DocIndex, m: Mention, head: Token) -> bool:
    """"The Houthis ... their spokesman": a movement named by the plural of its members is a
    "they", though the tagger reads the name as a singular proper noun (NNP)."""
    low = head.lower_
    return m.kind == "organisation" and m.sector in _MEMBER_PLURALS and head.tag_ == "NNP" \
        and low.endswith("s") and not low.endswith(("ss", "us")) \
        and head.i > 0 and ix.doc[head.i - 1].lower_ == "the"


def _antecedent(ix: DocIndex, tok: Token, want: str, cands: list[Mention], sents: list[int],
                free_subjects: list[int], free_objects: list[int] = ()) -> Mention | None:
    """The best-ranked fitting mention, unless a non-actor subject outranks it."""
    doc = ix.doc
    sid = sents[tok.i]
    if want in ("m", "f") and (voice := quotation_speaker(ix, tok.i)) is not None:
        # (session 62) '"His injuries are serious, but he is a fighter," the spokesman said': a
        # "he" inside someone's own quoted words is someone else (the speaker would say "I")
        cands = [m for m in cands if m is not voice and not (m.kind != "pronoun" and m.name == voice.name
                                                             and m.role == voice.role)]
    speaker = _speaker(ix, tok, want, cands) or _claimant(ix, tok, want, cands)
    if speaker is not None:
        return speaker
    controller = _controller(ix, tok, want, cands) or _accused_doer(ix, tok, want, cands) \
        or _relative_owner(ix, tok, cands)
    if controller is not None:
        return controller
    named_by = _namer(ix, tok, want, cands) or _warned(ix, tok, want, cands) \
        or _parallel_subject(ix, tok, want, cands) or _listed_among(ix, tok, want, cands) \
        or _passive_agent(ix, tok, want, cands) or _parallel_object(ix, tok, want, cands) \
        or _identified_as_named(ix, tok, want) or _held_while(ix, tok, want, cands)
    if named_by is not None:
        return named_by
    own = _own_subjects(ix, tok, cands)
    cands = [m for m in cands if m not in own]
    if want in ("m", "f") and _tried_by_court(ix, tok):
        # (session 64) "A French court had already convicted him": the one a court convicts or
        # sentences is no judge nor prosecutor named before
        cands = [m for m in cands if m.sector != "JUD"]
    if want in ("m", "f"):
        ruler = _ruler(tok)
        if ruler is not None:
            cands = [m for m in cands if mention_head(ix, m).i != ruler.i]
    if _named_person_here(ix, tok, want, cands, sid, sents):
        cands = [m for m in cands if sents[m.start] == sid]
        free_subjects = [j for j in free_subjects if sents[j] == sid]
    ranked = []
    condition = _condition_clause(tok) and any(sents[m.start] == sid for m in cands)
    if condition and want == "it":
        # (session 25) "Hezbollah, whose leader had threatened to strike Karish if it pumped
        # gas": the condition is set on a party of its clause, never on an owner of one
        parties = _clause_parties(tok.head.head)
        cands = [m for m in cands if mention_head(ix, m).i in parties]
        if not cands:
            return None
    sayer = _main_sayer(tok) or _main_claim(tok)
    voiced = _voice_owner(tok)
    near_first = _plural_object(tok) and not condition  # ("its spokesman": the owner of a voice, asked once)
    # "A Caracas judge granted the warrant against the former diplomat [Gonzalez]. He had
    # ignored three summonses": a nameless person brought in by "a" is a passing figure; "he"
    # goes on with a fitting person the story named in an earlier sentence, if one is here
    window = min((m.start for m in cands), default=tok.i)
    known = want in ("m", "f") and any(
        c.name and _fits(ix, c, want) and any(o.name == c.name and o.kind == "person"
                                              and o.end <= window for o in ix.mentions)
        for c in cands)
    for m in cands:
        head = mention_head(ix, m)
        blocker = False
        if want == "they" and _conjoined(head):
            joint = _joint(ix, m, head, cands)
            if joint is None and _unjoined_subject_here(ix, head, sid, cands):
                pass  # the member the stage knows stands for the pair
            elif joint is None:
                blocker = _is_subject(head) and _separate_states(ix, head, cands)
                if not blocker:
                    continue
            else:
                m = joint
        elif not _fits(ix, m, want, sure=not voiced):
            if not (want == "it" and m.country is None and m.name is None and sents[m.start] == sid
                    and _fits(ix, m, want, sure=False)):
                continue
            # (session 38) "X, head of the government's delegation, announced that it would not
            # attend": a described body of the pronoun's own sentence the stage has not placed
            # yet still outranks one of the sentence before; better no code than that other
            # body's (a named one, "Doklam, which it calls Donglang", is often a place)
            blocker = True
        # "Kelly Brown met Mr Sam Carter ... him": a person known to fit beats an unknown one
        here = _titled_subject_here(ix, m, head, sid)
        unknown = want in ("m", "f") and _gender(ix, m) is None and not here \
            and not (_speaks_over(head, tok) and not any(o.kind == "person" and m.end <= o.start and o.end <= tok.i
                                                         for o in cands))
        passing = known and m.name is None and doc[m.start].lower_ in ("a", "an") and not here
        if condition:
            # nearest first; an owner ("on Greece's border") is no party to the clause, and
            # (session 37) the body a party is taken to ("take Croatia to the EU's Court of
            # Justice if it did not comply") comes after the party taken
            forum = head.dep_ == "pobj" and head.head.lower_ == "to" and any(
                mention_head(ix, o).dep_ == "dobj" and mention_head(ix, o).head.i == head.head.head.i
                for o in cands)
            key = (unknown, passing, sid - sents[m.start], head.dep_ == "poss" or forum, -m.start)
        else:
            key = _rank(unknown, passing, not _ranked_subject(head), sid - sents[m.start],
                        sayer and not _main_sayer(head), -m.start, near_first)
        ranked.append((key, None if blocker else m))
    # "The agreement was signed by Russia. It ...": a subject that is no actor comes first
    for j in free_subjects:
        t = doc[j]
        if want in ("m", "f"):
            blocks = t.ent_type_ == "PERSON"  # a person the stage did not resolve
        elif voiced:
            blocks = False  # "this vote is a sham, its spokesman said": a thing has no spokesman
        else:
            blocks = (t.pos_ == "NOUN" or t.pos_ == "PROPN" and t.ent_type_ != "PERSON") \
                and (t.tag_ in ("NNS", "NNPS") or t.lower_ in _GROUP_NOUNS) == (want == "they")
        if blocks:
            key = (want in ("m", "f"), False, sid - sents[j], False, -j) if condition \
                else _rank(want in ("m", "f"), False, not _ranked_subject(t), sid - sents[j],
                           sayer and not _main_sayer(t), -j, near_first)
            ranked.append((key, None))
    if condition and want == "it":
        # "remove the post if it is deemed unlawful": a nearer thing object blocks too
        for j in free_objects:
            t = doc[j]
            if sents[j] == sid and t.pos_ == "NOUN" and t.tag_ == "NN":
                ranked.append(((False, False, 0, False, -j), None))
    elif want == "they" and tok.dep_ == "dobj" and not condition:
        # (session 24) "the court suspended the laws and set up a panel to study them": a
        # thing named as an object in the pronoun's sentence competes like an object actor
        for j in free_objects:
            t = doc[j]
            if sents[j] == sid and t.pos_ == "NOUN" and t.tag_ == "NNS" \
                    and not any(c.dep_ == "poss" for c in t.children):
                # ("freezing their assets, banning them": what they own is no rival of theirs)
                ranked.append((_rank(False, False, True, 0, sayer and not _main_sayer(t), -j, near_first), None))
    if not ranked:
        return None
    ranked.sort(key=lambda r: r[0])
    best = ranked[0][1]
    if best is not None and _binds_them(tok):
        # (session 24) "Growers feared they would ... leave them at the mercy of companies":
        # "they" and the "them" of its own clause are two parties; when the next party in
        # line that is not the same actor is a thing ("The laws ..."), "they" is that thing
        rest = [m for _, m in ranked[1:]
                if m is None or (m.country, m.sector) != (best.country, best.sector)]
        if rest and rest[0] is None:
            return None
    return best


# (session 39) Verbs by which one person decides another's fate: "a judge ruled that she had
# acted lawfully", "the minister ordered that he be released".
_RULING_VERBS = frozenset({"rule", "order"})
# Verbs of command whose object's possessor is another than the one who commands
# ("a judge ordered her release") and the acts done to that other.
_COMMANDING_VERBS = frozenset({"order", "authorise", "authorize"})
_ACTS_ON_PERSON = frozenset({"release", "arrest", "detention", "extradition", "expulsion",
                             "deportation", "execution", "dismissal", "removal", "transfer",
                             "prosecution", "capture"})


def _relative_owner(ix: DocIndex, tok: Token, cands: list[Mention]) -> Mention | None:
    """(session 47) "the interim government of Prime Minister Latortue, which recalled its
    ambassador from Kingston": an "its" or "their" on the object of a relative clause whose
    subject is "which" or "who" is the noun the clause describes, not the last state named
    before it (batch AV's judges: Haiti's ambassador coded as Jamaica's)."""
    if tok.dep_ != "poss" or tok.lower_ not in ("its", "their") or tok.head.dep_ != "dobj":
        return None
    verb = tok.head.head
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in ("which", "who", "that")
                                       for c in verb.children):
        return None
    noun = verb.head
    return next((m for m in cands if m.start <= noun.i < m.end), None)


def _ruler(tok: Token) -> Token | None:
    """(session 39) The one who rules on a person, never that person: a "he"/"she" inside what a
    judge or official rules or orders ("a judge ordered her release, ruling that she had been
    carrying out her duty") or the possessor of an act ordered on someone ("ordered her
    release") is another person than the ruling verb's subject (a participle's, that of the verb
    it hangs on). Only persons: "the court ruled that it lacked jurisdiction" is the court."""
    if tok.dep_ == "poss" and tok.head.lemma_ in _ACTS_ON_PERSON and tok.head.dep_ == "dobj" \
            and tok.head.head.lemma_ in _COMMANDING_VERBS:
        return _clause_subject(tok.head.head)
    word = tok
    for _ in range(8):
        verb = word.head
        if verb.i == word.i:
            return None
        if word.dep_ == "ccomp" and verb.lemma_ in _RULING_VERBS and verb.pos_ == "VERB":
            return _clause_subject(verb)
        word = verb
    return None


def _clause_subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or for a participle without one ("..., ruling that"), the
    subject of the verb it modifies."""
    for _ in range(2):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _rank(unknown: bool, passing: bool, non_subject: bool, back: int, off_voice: bool, at: int,
          near_first: bool) -> tuple:
    """The ranking key of a candidate: fitting persons first, then subjects, then the nearer
    sentence, the sayer and the nearer mention; for ``near_first`` (an object "them") the nearer
    sentence comes before subjects."""
    if near_first:
        return (unknown, passing, back, non_subject, off_voice, at)
    return (unknown, passing, non_subject, back, off_voice, at)


def _plural_object(tok: Token) -> bool:
    """(session 33) "The government shut down the relays that carry two private stations and
    barred them from ...": an object "them" most often takes up what its own sentence has just
    named, not the subject of the sentence before ("police had fired on civilians"), so for it
    the nearer sentence outranks subjects."""
    return tok.lower_ == "them" and tok.dep_ == "dobj"


# Clause roles of a participle that only describes a noun ("visas for the journalists working
# in Britain"): its subject is no topic of the sentence.
_MODIFYING_CLAUSES = frozenset({"acl", "pcomp"})


def _ranked_subject(tok: Token) -> bool:
    """(session 33) A subject that counts as one in ranking: a clause subject (:func:`_is_subject`)
    whose verb is not a participle describing a noun, nor a relative clause that only places
    its noun ("Saab ... was flown to Caracas, where Maduro welcomed him. Prosecutors had accused
    him": Saab is the topic, not Maduro). Other relative clauses keep their subjects ("the
    Church, to which a majority of people belong, ... its cleric": the majority still blocks),
    and so does a pronoun, which says its actor is still the topic ("touched down, where they
    were met by officials. They were expected to fly on")."""
    if not _is_subject(tok):
        return False
    if tok.tag_ == "PRP":
        return True
    while tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    if verb.dep_ == "relcl":
        return not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children)
    if _trailing_with_clause(verb):
        return False
    if verb.dep_ == "pcomp":
        # ("With Russia helping Venezuela, it also ...": a clause of the verb keeps its subject)
        return verb.head.head.pos_ not in ("NOUN", "PROPN", "PRON")
    return verb.dep_ not in _MODIFYING_CLAUSES


def _trailing_with_clause(verb: Token) -> bool:
    """(session 38) Whether a verb heads (or is joined to the head of) a "with" clause after the
    verb it hangs on: "The resolution passed by 13 votes, with Libya voting against and China
    abstaining" tells how others stood; the topic a later "it" goes on with is the main
    clause's. A fronted "With Russia helping Venezuela, it ..." is left as it was."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    prep = verb.head
    return verb.dep_ == "pcomp" and prep.lower_ == "with" and prep.head.i < prep.i \
        and prep.head.pos_ in ("VERB", "AUX")


# Verbs of a demand or warning that a body makes in its own voice ("It warned Warsaw against
# any provocation", "It demanded the release of ..."): like "it said", such a main clause goes on
# with the one who spoke in the sentence before.
_CLAIM_ACTS = frozenset({"warn", "demand", "urge", "accuse", "blame", "condemn", "threaten"})


def _main_claim(tok: Token) -> bool:
    """(session 33) Whether ``tok`` is the subject of its sentence's main verb of demanding or
    warning: "The border committee said in a statement that Poland was treating them cruelly.
    It warned Warsaw": "it" is the committee that spoke, not Poland inside what it said."""
    return tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" and tok.head.lemma_ in _CLAIM_ACTS


def _unjoined_subject_here(ix: DocIndex, head: Token, sid: int, cands: list[Mention]) -> bool:
    """(session 33) "ACT-Wazalendo and Chadema demanded a fresh election and said they would
    boycott parliament": a subject of the pronoun's own sentence made of actors joined by "and"
    is what "they" means, even when the stage could not make the pair one group because its
    first member is no actor it knows (or one it cannot place); the later member it knows then
    stands for the pair,
    before an actor of the sentence before ("Police"). A first member the stage knows is
    ranked on its own (:func:`_joint`)."""
    sents: list[int] = ix.doc.user_data["dyads_sent_index"]
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.i == head.i or first.i in ix.blocked \
            or any(m.start <= first.i < m.end and m.country for m in cands):
        return False  # (nor a wire dateline the parser made a subject: "DUBAI, ... - X and Y agreed")
    return sents[head.i] == sid and first.dep_ in _SUBJECT_DEPS \
        and not any(t.lower_ in ("or", "nor") for t in first.children)


def _speaks_over(head: Token, tok: Token) -> bool:
    """(session 49) "Guyanese Foreign Minister Hugh Todd told reporters that his government
    would ...": the speaker whose reported words hold the pronoun fits "he" or "she" as well as
    a person of known gender named before (a name the first-name list does not know), when no
    other person is named between them ("said ... Ongwen had been under threat when he ...")."""
    if head.dep_ != "nsubj":
        return False
    # (session 55) "Fonseka refused to accept the result ... and said he would challenge it":
    # a speech verb joined to the subject's verb by "and", with no subject of its own, is his
    verbs = [head.head] + [c for c in head.head.children if c.dep_ == "conj" and c.i > head.i
                           and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    return any(verb.lemma_.lower() in SAYING_VERBS and any(
        (c.dep_ == "ccomp" or _while_saying(c)) and c.left_edge.i <= tok.i <= c.right_edge.i
        for c in verb.children) for verb in verbs)


def _while_saying(clause: Token) -> bool:
    """(session 55) "judge San Martin said as he read out the verdict": a clause of time on a
    speech verb tells what the speaker did while speaking."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "while", "when")
                                          for c in clause.children)


def _titled_subject_here(ix: DocIndex, m: Mention, head: Token, sid: int) -> bool:
    """(session 28) "a senior police commander told reporters, declining to be named because
    he was not authorised to speak": a one-person description that is a subject of the
    pronoun's own sentence is as fit for "he" as a person of known gender named before, and
    no passing figure."""
    sents: list[int] = ix.doc.user_data["dyads_sent_index"]
    return m.kind == "person" and m.name is None and head.tag_ == "NN" \
        and sents[m.start] == sid and _is_subject(head)


# (session 24) Singular nouns for several people: "Staff at a hospital said they had treated
# 14 people" is the staff's "they", not that of the witnesses named before.
_GROUP_NOUNS = frozenset({"staff", "personnel", "crew"})


def _binds_them(tok: Token) -> bool:
    """Whether subject "they" has an object "them" in its own clause, also across a verb
    joined by "and" that shares the subject: they cannot be the same party."""
    if tok.lower_ != "they" or tok.dep_ != "nsubj":
        return False
    verbs = [tok.head] + [c for c in tok.head.children if c.dep_ == "conj"
                          and c.pos_ in ("VERB", "AUX")
                          and not any(d.dep_.startswith("nsubj") for d in c.children)]
    return any(c.dep_ == "dobj" and c.lower_ == "them" for v in verbs for c in v.children)


# Verbs of saying or believing whose complement's subject pronoun is most often the sayer:
# "The committee says it has found", "Parrikar tweeted he was pained".
SAYING_VERBS = frozenset({"say", "tell", "claim", "announce", "state", "add", "insist", "deny",
                     "confirm", "report", "believe", "think", "argue", "promise", "vow", "admit",
                     "acknowledge", "declare", "tweet", "write", "explain", "note", "hope",
                     "maintain", "reiterate", "pledge", "assert", "allege", "stress"})

# Verbs that attribute a quotation beside them, beyond the plain speech verbs: '"...," Lam
# continued', '"...," the minister warned'.
_QUOTING_VERBS = SAYING_VERBS | frozenset({"continue", "warn", "recall", "remark", "concede",
                                           "reply", "respond", "urge", "emphasize", "emphasise",
                                           "ask"})  # (session 64) "'Why ...?' asked Tendai Biti"


def _speaker(ix: DocIndex, tok: Token, want: str, cands: list[Mention]) -> Mention | None:
    """"X says it ...": the subject pronoun of a speech verb's complement is that verb's own
    subject when it agrees, even a body the stage could not code yet (better no code than
    another actor's). Not when an addressee agrees too ("the US warned Iran it would ...")."""
    verb = tok.head
    if not tok.dep_.startswith("nsubj") or verb.dep_ != "ccomp" or verb.head.i >= tok.i \
            or verb.head.lemma_ not in SAYING_VERBS:
        return None
    say = verb.head
    # (a wire dateline the parser hangs on the first verb, "ADDIS ABABA, Jan 7 - X said it
    # would ...", is no second subject: its words are blocked as no actor)
    subjects = [c for c in say.children if c.dep_ == "nsubj" and c.i not in ix.blocked]
    hearers = [c for c in say.children if c.dep_ in ("dobj", "dative")]
    if len(subjects) != 1:
        return None

    def agreeing(word: Token) -> Mention | None:
        for m in cands:
            if (m.start <= word.i < m.end and mention_head(ix, m).i == word.i
                    or _cut_at_hyphen(ix, m, word)) and _fits(ix, m, want, sure=False):
                return m
        return None

    if any(agreeing(h) for h in hearers):
        return None
    return agreeing(subjects[0]) or next(
        (hit for c in subjects[0].children if _named_apposition(c) and (hit := agreeing(c)) is not None), None) \
        or (_headed_body(subjects[0], agreeing) if want == "it" else None)


def _headed_body(speaker: Token, agreeing: Callable[[Token], Mention | None]) -> Mention | None:
    """(session 38) "Jorge Rodriguez, ... head of the government's delegation, announced that it
    would not attend": a person described in apposition as the head of a body speaks for that
    body, so a body "it" of what they announce is the last body so described (left unplaced if
    the stage has not placed it), not an earlier sentence's subject."""
    found = None
    for t in speaker.subtree:
        title = t.head.head
        if t.dep_ == "pobj" and t.head.lower_ == "of" and title.dep_ in ("appos", "conj") \
                and title.i != speaker.i and title.pos_ == "NOUN":
            found = agreeing(t) or found
    return found


def _named_apposition(tok: Token) -> bool:
    """(session 35) "The Forum's secretary-general, Greg Urwin, said he was saddened": a name set
    off by commas after the speech verb's subject is the speaker too (the parser may hang it as
    an adverbial noun when the title is split at its hyphen and no mention heads the title)."""
    return tok.dep_ in ("appos", "npadvmod") and tok.ent_type_ == "PERSON" \
        and tok.i > 0 and any(t.text == "," for t in tok.doc[tok.head.i + 1:tok.left_edge.i])


def _cut_at_hyphen(ix: DocIndex, m: Mention, word: Token) -> bool:
    """(session 35) Whether ``word`` is the last part of a hyphened title whose first part
    ends the mention ``m`` ("the Forum's secretary-general": 'secretary' + "-general")."""
    doc = ix.doc
    return m.end + 1 == word.i and doc[m.end].text == "-" and doc[m.end - 1].head.i == word.i \
        and not doc[m.end - 1].whitespace_


# Verbs of a claim or demand made against another party ("X demanded that Y account for ...").
_CLAIM_VERBS = SAYING_VERBS | frozenset({"demand", "accuse", "urge", "ask", "call", "blame",
                                         "charge", "want", "warn"})


def _claimant(ix: DocIndex, tok: Token, want: str, cands: list[Mention]) -> Mention | None:
    """(session 31) "Djibouti demanded that Eritrea account for soldiers it says were captured":
    "it says" in a relative clause with no "that" (a noun, then the pronoun and a speech verb,
    then a verb) is the claim of the sentence's demanding or accusing subject, not of the
    accused party named nearer."""
    doc = ix.doc
    say = tok.head
    if not tok.dep_.startswith("nsubj") or say.i != tok.i + 1 or tok.i < 1 \
            or say.lemma_ not in SAYING_VERBS or doc[tok.i - 1].tag_ not in ("NN", "NNS") \
            or say.i + 1 >= len(doc) or doc[say.i + 1].pos_ not in ("AUX", "VERB"):
        return None
    root = tok.sent.root
    if root.lemma_ not in _CLAIM_VERBS or root.i >= tok.i - 1:
        return None
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    for m in cands:
        if len(subjects) == 1 and mention_head(ix, m).i == subjects[0].i \
                and _fits(ix, m, want, sure=False):
            return m
    return None


# Prepositions that aim a measure at its target ("sanctions against Sudan", "a ban on Iran").
_AIM_PREPS = frozenset({"against", "on", "to", "for"})


def _reason_of_measure(ix: DocIndex, tok: Token, want: str, cands: list[Mention]) -> bool:
    """"The US lifted sanctions against Sudan, saying it had made progress": the subject of a
    subjectless "saying" clause that explains a measure may be the doer or the state the
    measure is aimed at (praised or blamed), and the words do not tell which; when both fit,
    the pronoun is left unresolved rather than given to the speaker."""
    verb = tok.head
    if not tok.dep_.startswith("nsubj") or verb.dep_ != "ccomp":
        return False
    say = verb.head
    if say.dep_ != "advcl" or say.tag_ != "VBG" or say.lemma_ not in SAYING_VERBS \
            or any(c.dep_.startswith("nsubj") for c in say.children):
        return False
    main = say.head
    subjects = [c for c in main.children if c.dep_ == "nsubj"]
    aimed = [c for c in main.children if c.dep_ in ("dobj", "dative")]
    for obj in list(aimed) + [main]:
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ in _AIM_PREPS:
                aimed.extend(c for c in prep.children if c.dep_ == "pobj")

    def fits(word: Token) -> bool:
        return any(m.start <= word.i < m.end and mention_head(ix, m).i == word.i and m.country
                   and _fits(ix, m, want, sure=False) for m in cands)

    return len(subjects) == 1 and fits(subjects[0]) and any(fits(a) for a in aimed)


# Verbs whose object does what the infinitive after it says ("urged Iran to respect its
# commitments", "called on Russia to withdraw its troops"): object control.
_DIRECTIVE_VERBS = frozenset({"urge", "ask", "tell", "call", "order", "press", "push", "encourage",
                              "request", "force", "compel", "persuade", "invite", "advise",
                              "pressure", "pressurise", "implore", "beg", "instruct",
                              "direct", "allow", "permit", "require", "prevail", "challenge",
                              # (session 35) causing verbs are object control too ("prompting
                              # Beijing to close its embassy")
                              "prompt", "spur", "lead", "cause", "drive", "convince", "oblige"})


def _controller(ix: DocIndex, tok: Token, want: str, cands: list[Mention]) -> Mention | None:
    """"Germany called on Russia to withdraw its troops": an owner pronoun in an infinitive
    whose doer is the object of urge/ask/call on is that object's, not the subject's."""
    if tok.dep_ != "poss":
        return None
    verb = tok.head
    while verb.dep_ not in ("xcomp", "ROOT") and verb.pos_ not in ("VERB", "AUX") \
            and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in _DIRECTIVE_VERBS:
        return None
    main = verb.head
    objects = [c for c in main.children if c.dep_ in ("dobj", "dative") and c.i < verb.i]
    objects += [g for c in main.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                for g in c.children if g.dep_ == "pobj" and g.i < verb.i]
    if not objects:
        return None
    target = objects[0].i
    for m in cands:
        if m.start <= target < m.end and _fits(ix, m, want):
            return m
    return None


# (session 37) Verbs whose object is said to do what the gerund after "of" or "for" names
# ("accused Eritrea of refusing to pull its troops back").
_CHARGING_VERBS = frozenset({"accuse", "charge", "blame", "criticise", "criticize", "fault",
                             "condemn", "praise", "thank", "commend", "suspect", "convict"})


def _accused_doer(ix: DocIndex, tok: Token, want: str, cands: list[Mention]) -> Mention | None:
    """(session 37) "The council ... accusing the Red Sea state of arming insurgents and refusing
    to pull its troops back": an owner pronoun in a gerund after "of"/"for" that a verb of
    accusing or praising governs belongs to that verb's object, who is said to do the act, not
    to the subject who accuses (nor to a clause with a subject of its own on the way)."""
    if tok.dep_ != "poss":
        return None
    word = tok.head
    while word.head.i != word.i:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children) and word.pos_ in ("VERB", "AUX"):
            return None
        if word.dep_ == "pcomp" and word.head.lower_ in ("of", "for") \
                and word.head.head.lemma_.lower() in _CHARGING_VERBS:
            main = word.head.head
            if word.lemma_.lower() in _TAKING_VERBS and tok.head.tag_ in ("NNS", "NNPS"):
                # (session 64) "Estonia accused Russia of abducting one of its security service
                # officers": the people said to be taken are the accuser's own
                accuser = next((c for c in main.children if c.dep_ == "nsubj"), None)
                hit = next((m for m in cands if accuser is not None and m.start <= accuser.i < m.end
                            and _fits(ix, m, want)), None)
                if hit is not None:
                    return hit
            objects = [c.i for c in main.children if c.dep_ == "dobj" and c.i < word.i]
            if not objects:
                return None
            hit = next((m for m in cands if m.start <= objects[0] < m.end and _fits(ix, m, want)), None)
            return hit if hit is not None else _state_described(ix, ix.doc[objects[0]], want, cands)
        if word.dep_ not in ("dobj", "xcomp", "conj", "prep", "pobj", "pcomp", "advmod", "compound"):
            return None
        word = word.head
    return None


_STATE_NOUNS = frozenset({"state", "country", "nation", "kingdom", "republic"})
# (session 64) Acts that take people away, whose victims "its"/"their" gives the accuser.
_TAKING_VERBS = frozenset({"abduct", "kidnap", "seize", "detain", "arrest", "capture", "kill",
                           "imprison", "jail", "hold", "snatch"})


def _state_described(ix: DocIndex, noun: Token, want: str, cands: list[Mention]) -> Mention | None:
    """(session 37) "an embargo on Eritrea ..., accusing the Red Sea state of ...": a definite
    state noun that made no mention of its own is the last state named before it."""
    if noun.lemma_.lower() not in _STATE_NOUNS or not any(c.lower_ == "the" for c in noun.children):
        return None
    states = [m for m in cands if m.kind == "country" and m.end <= noun.left_edge.i and _fits(ix, m, want)]
    return max(states, key=lambda m: m.start, default=None)


def _share_genders(ix: DocIndex) -> None:
    """(session 30) "former Prime Minister Najib Razak ... Najib's appeal ... she told": a person
    whose full mention has a gender has it in every mention the stage linked to the same name,
    so a later "she" does not take the bare "Najib"."""
    genders: dict[str, set[str]] = {}
    for m in ix.mentions:
        # (only a mention written with the whole name: a bare surname may still carry the gender
        # of a famous namesake it was first taken for)
        if m.kind == "person" and m.name and set(m.name.lower().split()) <= {
                t.lower_ for t in ix.doc[m.start:m.end]}:
            g = _gender(ix, m)
            if g:
                genders.setdefault(m.name, set()).add(g)
    for m in ix.mentions:
        if m.kind == "person" and m.name and m.gender is None and len(genders.get(m.name, ())) == 1:
            m.gender = next(iter(genders[m.name]))


# Verbs of naming by which an actor labels what it speaks of: "dismissed what it called
# baseless accusations".
_NAMING_VERBS = frozenset({"call", "describe", "term", "dub", "label", "brand", "characterise",
                           "characterize"})


def _agreeing(ix: DocIndex, word: Token, want: str, cands: list[Mention]) -> Mention | None:
    """The candidate headed by ``word`` that a pronoun of class ``want`` can mean."""
    for m in cands:
        if m.start <= word.i < m.end and mention_head(ix, m).i == word.i \
                and _fits(ix, m, want, sure=False):
            return m
    return None


def _namer(ix: DocIndex, tok: Token, want: str, cands: list[Mention]) -> Mention | None:
    """(session 30) "Poulsen announced a package worth what he called a double-digit sum",
    "Patrushev said Moscow would respond to what he called hostile actions": the one who calls a
    thing so in a "what ... called" phrase is the nearest subject above it that fits, not a
    person of the sentence before."""
    verb = tok.head
    if not tok.dep_.startswith("nsubj") or verb.lemma_.lower() not in _NAMING_VERBS \
            or not any(c.lower_ == "what" and c.i < tok.i for c in verb.children):
        return None
    for above in verb.ancestors:
        if above.pos_ not in ("VERB", "AUX"):
            continue
        for c in above.children:
            if c.dep_ in _SUBJECT_DEPS and (hit := _agreeing(ix, c, want, cands)) is not None:
                return hit
    return None


# Verbs of warning whose hearer is told what will befall it: "warned Lithuania that it would face".
_WARNING_VERBS = frozenset({"warn", "tell", "caution", "threaten", "remind", "notify", "inform"})
# Verbs whose subject undergoes what the object names: "it would face retaliation".
_UNDERGOING = frozenset({"face", "suffer", "incur", "bear", "endure", "risk"})


def _warned(ix: DocIndex, tok: Token, want: str, cands: list[Mention]) -> Mention | None:
    """(session 30) "Russia warned Lithuania that it would face retaliation": the subject of what a
    warning says will befall someone is the one warned, not the one warning (who would rather
    "respond")."""
    verb = tok.head
    if not tok.dep_.startswith("nsubj") or verb.dep_ != "ccomp" or verb.lemma_.lower() not in _UNDERGOING \
            or verb.head.lemma_.lower() not in _WARNING_VERBS or verb.head.i >= tok.i:
        return None
    hearers = [c for c in verb.head.children if c.dep_ in ("dobj", "dative")]
    return next((hit for h in hearers if (hit := _agreeing(ix, h, want, cands)) is not None), None)


def _listed_among(ix: DocIndex, tok: Token, want: str, cands: list[Mention]) -> Mention | None:
    """"Police detained dozens of people, among them X": the "them" a list of members hangs on
    is the group the sentence has just named (the last fitting mention before it in its
    sentence), not the subject of the clause, which ranking by subjects would pick."""
    if tok.lower_ != "them" or tok.dep_ != "pobj" or tok.head.lower_ != "among":
        return None
    before = [m for m in cands if m.end <= tok.i and m.start >= tok.sent.start and _fits(ix, m, want)]
    last = max(before, key=lambda m: m.start, default=None)
    plurals = [t.i for t in tok.sent if t.i < tok.head.i and t.tag_ in ("NNS", "NNPS")]
    if last is None or plurals and plurals[-1] >= last.end:
        return None  # the group named last is no actor ("orders for some 100 people, among them")
    return last


def _passive_agent(ix: DocIndex, tok: Token, want: str, cands: list[Mention]) -> Mention | None:
    """(session 37) "Equatorial Guinea has been ruled by Obiang since he took power in a 1979
    coup": the subject pronoun of a clause hung on a passive verb goes with the verb's agent
    ("by Obiang"), who does the act, not with the story's main person named earlier."""
    verb = tok.head
    if want not in ("m", "f") or tok.dep_ != "nsubj" or verb.dep_ != "advcl" or tok.i < verb.head.i:
        return None
    agents = {o.i for c in verb.head.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"}
    if not agents:
        return None
    return next((m for m in cands if m.kind == "person" and mention_head(ix, m).i in agents
                 and _fits(ix, m, want)), None)


def _identified_as_named(ix: DocIndex, tok: Token, want: str) -> Mention | None:
    """(session 63) "Officials identified him as Mario Aburto Martinez": the pronoun is the person
    the "as" phrase names, after it."""
    verb = tok.head
    if want not in ("m", "f") or tok.dep_ != "dobj" or verb.lemma_.lower() not in ("identify", "name"):
        return None
    named = {p.i for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"}
    return next((m for m in ix.mentions if m.kind == "person" and m.name and any(m.start <= i < m.end for i in named)), None)


def _parallel_object(ix: DocIndex, tok: Token, want: str, cands: list[Mention]) -> Mention | None:
    """(session 63) "Police wrestled a man to the ground at the scene and detained him", "arrested a
    young man, pulling him away": the object pronoun of a verb joined by "and" (or of a participle)
    to one with a person object is that person, not the story's main person named before."""
    verb = tok.head
    if want not in ("m", "f", "they") or tok.dep_ != "dobj" \
            or not (verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG") \
            or verb.head.pos_ != "VERB" or verb.head.i >= tok.i \
            or any(c.dep_.startswith("nsubj") for c in verb.children):
        return None  # (a verb with its own subject is another clause: "X met Y, and Z thanked him")
    objects = {c.i for c in verb.head.children if c.dep_ == "dobj"}
    return next((m for m in cands if mention_head(ix, m).i in objects and m.kind in ("person", "group")
                 and _fits(ix, m, want)), None)


def _held_while(ix: DocIndex, tok: Token, want: str, cands: list[Mention]) -> Mention | None:
    """(session 64) "the FSB said it had detained the officer, Eston Kohver, on Russian territory
    while he was carrying out a spying mission": the person subject of a "while", "as" or "when"
    clause set on a verb whose subject is no person and whose object is one is that object, not
    a person of the sentence before."""
    verb = tok.head
    if want not in ("m", "f") or tok.dep_ != "nsubj" or verb.dep_ != "advcl" \
            or not any(c.dep_ == "mark" and c.lower_ in ("while", "as", "when") for c in verb.children):
        return None
    main = verb.head
    if any(c.dep_.startswith("nsubj") and (o := next((m for m in cands if mention_head(ix, m).i == c.i), None))
           is not None and _fits(ix, o, want) for c in main.children):
        return None  # ("X arrested Y while he was ...": the subject person is meant as often)
    objects = {c.i for c in main.children if c.dep_ == "dobj"}
    objects |= {a.i for c in main.children if c.dep_ == "dobj" for a in c.children if a.dep_ == "appos"}
    return next((m for m in cands if mention_head(ix, m).i in objects and m.kind == "person"
                 and _fits(ix, m, want)), None)


def _parallel_subject(ix: DocIndex, tok: Token, want: str, cands: list[Mention]) -> Mention | None:
    """(session 30) "Lithuania stopped importing Russian gas after Moscow invaded Ukraine, and in
    April it expelled the Russian ambassador", "His lawyers refused after the judges turned down
    their request, and they accused the court": the subject pronoun of a clause joined by "and"
    goes on with the subject of the clause it is joined to, not with a nearer subject of a clause
    set inside that one."""
    verb = tok.head
    if not tok.dep_.startswith("nsubj") or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") \
            or verb.head.i >= tok.i:
        return None
    first = verb.head
    # (session 35) "MONTEVIDEO, April 20 (Wire) - The International Court of Justice ruled that
    # ..., but it rejected": the parser may make the wire dateline a second subject; a place the
    # story was filed from is no subject
    subjects = [c for c in first.children if c.dep_ in _SUBJECT_DEPS and c.i not in ix.blocked]
    if len(subjects) != 1 or _conjoined(subjects[0]):
        return None
    hit = _agreeing(ix, subjects[0], want, cands)
    return hit if hit is not None and hit.country else None  # ("Recognition ..., but maybe it brings trade")


# (session 64) Verbs by which a court disposes of the one tried.
_JUDGING = frozenset({"convict", "sentence", "acquit", "try", "jail", "imprison", "fine", "clear"})


def _tried_by_court(ix: DocIndex, tok: Token) -> bool:
    """Whether ``tok`` is the object of a verb of judging (or of a verb joined to one) whose
    subject is a court ("A French court had already convicted him ... and sentenced him")."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in _JUDGING:
        return False
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(o.start <= subject.i < o.end and o.sector == "JUD" for o in ix.mentions)


def _parallel_thing(tok: Token, covered: list[bool]) -> bool:
    """(session 35) "This decision will make Beijing angry, but it will also give hope": a
    subject "it" of a clause joined to one whose own subject is a thing goes on with that
    thing (as ``_parallel_subject`` goes on with an actor), not with an actor named inside the
    first clause; "Beijing will be angry, but it will also ..." stays Beijing's."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") \
            or verb.head.i >= tok.i:
        return False
    subjects = [c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS]
    if len(subjects) != 1 or _conjoined(subjects[0]):
        return False
    subject = subjects[0]
    return not covered[subject.i] and subject.pos_ == "NOUN" and subject.tag_ == "NN" \
        and subject.lower_ not in _GROUP_NOUNS


def _own_subjects(ix: DocIndex, tok: Token, cands: list[Mention]) -> list[Mention]:
    """"The agency identified him": an object pronoun is never its own clause's subject, nor
    whoever a subject pronoun there stands for."""
    if tok.dep_ == "nsubj" and tok.lower_ in ("him", "her", "them") and tok.head.dep_ in ("ccomp", "xcomp") \
            and tok.head.head.pos_ == "VERB":
        verb = tok.head.head  # (session 62) "a judge who wants him tried": the object of "wants"
    elif tok.dep_ not in ("dobj", "dative", "pobj"):
        return []
    else:
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    while verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "pobj", "nsubjpass") \
            and verb.head.i != verb.i:
        # (session 30) "accused of using offensive language about him": the speech is the
        # clause's own, and whoever uses it speaks about someone else
        verb = verb.head.head if verb.dep_ == "pobj" and verb.head.dep_ == "prep" else verb.head
    subjects = {c.i for c in verb.children if c.dep_.startswith("nsubj")}
    if not subjects and verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep":
        # "a lawmaker was accused of using ...": a gerund after a preposition of a verb has
        # that verb's subject (its passive subject, or its subject when it has no object)
        main = verb.head.head
        passive = [c.i for c in main.children if c.dep_ == "nsubjpass"]
        active = [c.i for c in main.children if c.dep_ == "nsubj"]
        if passive or not any(c.dep_ in ("dobj", "dative") for c in main.children):
            subjects = set(passive or active)
    while not subjects and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # "Arce faced Zuniga and ordered him to withdraw": a verb joined by "and" shares the
        # first verb's subject
        verb = verb.head
        subjects = {c.i for c in verb.children if c.dep_.startswith("nsubj")}
    if not subjects and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        # (session 44) "Russian forces refused to let them in": an infinitive with no subject of
        # its own has its governing verb's object ("urged Moscow to free them") or, with none,
        # that verb's subject; "them" is someone else
        ruler = verb.head
        subjects = {c.i for c in ruler.children if c.dep_ in ("dobj", "dative")} \
            or {c.i for c in ruler.children if c.dep_.startswith("nsubj")}
    if not subjects and tok.lower_ in ("him", "her") and _participle_clause(verb) \
            and verb.lemma_.lower() not in RESULT_PARTICIPLES:
        # (session 32) "X wrote to his counterpart Y, asking him to spare ...": a participle
        # clause with no subject of its own has the subject of the clause it hangs on, so its
        # object "him" is someone else (Y), never that subject
        subjects = {c.i for c in verb.head.children if c.dep_ == "nsubj"}
    relative = verb.dep_ == "relcl" and any(ix.doc[i].lower_ == "who" for i in subjects)
    # ("China and Russia would oppose them": each actor of a joined subject is the clause's own)
    subjects |= {c.i for i in list(subjects) for c in ix.doc[i].conjuncts}
    # ((session 54) "Sandu and her ally Andrei Nastase campaigned against him": the name set
    # beside a subject noun is that subject too)
    subjects |= {c.i for i in list(subjects) for c in ix.doc[i].children if c.dep_ == "appos"}
    if relative:
        subjects.add(verb.head.i)  # (session 62) "a Spanish judge who wants him tried": the judge
    own = [m for m in cands if mention_head(ix, m).i in subjects]
    names = {m.name for m in own if m.kind in ("pronoun", "person") and m.name}
    return own + [m for m in cands if m.name in names and m not in own]


def _participle_clause(verb: Token) -> bool:
    """Whether ``verb`` is an -ing participle set off after a clause ("..., asking him to"),
    whose understood subject is that clause's active subject (not a passive one: "he was
    sentenced, leaving him ..." says nothing of who left whom). Asked for "him"/"her" only: a
    plural "them" there is as often a group the stage left without a mention ("remove elected
    party mayors, replacing them"), which the subject's code then stood in for."""
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX") \
        and verb.head.i < verb.i and not any(c.dep_ == "nsubjpass" for c in verb.head.children)


def _named_person_here(ix: DocIndex, tok: Token, want: str, cands: list[Mention], sid: int,
                       sents: list[int]) -> bool:
    """(session 29) "In the call, released by Hun Sen, Paetongtarn addressed him as 'uncle'": an
    object pronoun whose own sentence names, before it, a person who fits and is not its clause's
    subject most often means that person, the one the sentence talks about; a spokesman who
    spoke in the sentence before ("..., a government spokesman said") does not outrank them.
    Why: subjects of earlier sentences came first, so the one talked about lost to the speaker.
    An active subject of any verb above the pronoun is left out ("Georgian Dream has enough seats to
    override her": the parse gives "override" no subject of its own)."""
    if tok.dep_ not in ("dobj", "dative") or want not in ("m", "f"):
        return False
    # (active subjects only: "say where Conde was held and let lawyers see him" is parsed with
    # "let" joined to "held")
    above = {c.i for a in tok.ancestors for c in a.children if c.dep_ == "nsubj"}
    return any(sents[m.start] == sid and m.kind == "person" and m.name and _fits(ix, m, want)
               and mention_head(ix, m).i not in above for m in cands)


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


# Dependents of a clause's verb that are its parties, and of a preposition its object.
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr"})
_PARTY_PREPS = frozenset({"prep", "agent"})
# Links by which a verb shares its subject with the verb it hangs on ("is ready to talk").
_SHARED_SUBJECT = frozenset({"xcomp", "acomp", "conj"})


def _clause_parties(verb: Token) -> set[int]:
    """The tokens that are parties of the clause of ``verb``: its subject (a relative "which"
    stands for its noun), objects and prepositional objects, also of its object and of the
    verbs it shares its subject with ("threatened to strike Karish", "is ready to talk"). The
    owner of a subject ("whose leader") or a noun qualifying it ("financing for Uganda") is
    no party: a condition set in the clause is not set on them."""
    verbs = [verb]
    while verb.dep_ in _SHARED_SUBJECT and verb.head.i != verb.i:
        verb = verb.head
        verbs.append(verb)
    verbs += [c for v in list(verbs) for c in v.children if c.dep_ == "xcomp"]
    parties: set[int] = set()
    for v in verbs:
        for c in v.children:
            if c.dep_ in _PARTY_DEPS:
                parties.add(c.i)
                if c.tag_ in ("WDT", "WP") and v.dep_ == "relcl":
                    parties.add(v.head.i)
                if c.dep_ != "dobj":
                    continue
                c_preps = [p for p in c.children if p.dep_ == "prep"]
            else:
                c_preps = [c] if c.dep_ in _PARTY_PREPS else []
            parties.update(o.i for p in c_preps for o in p.children if o.dep_ == "pobj")
    parties.update(g.i for i in list(parties) for g in verb.doc[i].conjuncts)
    return parties


def _earlier_person(ix: DocIndex, tok: Token, want: str, region: Callable[[int], int], sents: list[int],
                    covered: list[bool]) -> Mention | None:
    """"he said" a few sentences after a name: the nearest earlier named person of that
    gender outside quotations (in the same quotation for a pronoun inside one); ``covered``
    marks the tokens inside mentions."""
    where = region(tok.i)
    best = None
    best_key: tuple = ()
    for m in ix.mentions:
        if _person_named(ix, m) and m.end <= tok.i and _gender(ix, m) in (None, want) \
                and sents[tok.i] - sents[m.start] <= _PERSON_REACH \
                and (where < 0 and region(m.start) < 0 or where >= 0 and region(m.start) == where):
            # of the latest sentence naming someone, its subject ("Protasevich fled ... over
            # his coverage of President Lukashenko's re-election. ... he said"), then the last
            key = (sents[m.start], _is_subject(mention_head(ix, m)), m.start)
            if best is None or key > best_key:
                best, best_key = m, key
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


def covered_tokens(ix: DocIndex) -> list[bool]:
    """For each token, whether a mention found so far takes it in (so a new rule leaves it alone)."""
    covered = [False] * ix.n
    for m in ix.mentions:
        for i in range(m.start, min(m.end, ix.n)):
            covered[i] = True
    return covered


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
            if noun.tag_ not in ("NNS", "NNPS") or noun.dep_ == "compound" or noun.ent_type_ in _MEASURES:
                continue  # (nor a span or amount: "gave them 72 hours to leave, accusing them")
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


# Nouns for a body's own people ("its members", "their leaders"), with the kind they stand as.
_OWN_PEOPLE = {"members": "group", "leaders": "group", "leader": "person", "activists": "group"}
# Sectors of a state's organs, whose "members" or "leaders" the event coder reads as the state's.
_STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def _own_people(tok: Token, owner: Mention, covered: list[bool]) -> Mention | None:
    """"The opposition said dozens of its members were rounded up": a party's or group's members
    or leaders named by the pronoun act and suffer as that body (as "the members of the
    opposition" do), so the owned noun becomes a mention with the body's code. Not an
    international body's members (states) and not a state's ("its leaders" is the government,
    which the event coder reads on its own)."""
    head = tok.head
    kind = _OWN_PEOPLE.get(head.lower_)
    if kind is None or head.i <= tok.i or covered[head.i] or owner.kind not in ("organisation", "group") \
            or not owner.sector or owner.sector in _STATE_ORGANS or not owner.country \
            or owner.country in INTERGOVERNMENTAL or any(c.dep_ == "appos" for c in head.children) \
            or head.i + 1 < len(covered) and covered[head.i + 1]:
        return None  # ("its leader, Samir Geagea": the name is the mention)
    return Mention(tok.i, head.i + 1, kind, country=owner.country, sector=owner.sector,
                   confidence=0.7, from_context=owner.from_context)


def _conjunct_owner(tok: Token, cands: list[Mention]) -> Mention | None:
    """(session 56) "harmed the U.S. company and its workers": "its" on the second of two joined
    nouns owns for the body the first names, not for the subject of the clause."""
    if tok.lower_ != "its" or tok.dep_ != "poss" or tok.head.dep_ != "conj":
        return None
    first = tok.head.head
    return next((m for m in cands if m.end - 1 == first.i and m.kind in ("organisation", "group")
                 and m.country), None) \
        or next((m for m in cands if m.kind == "country" and m.country and first.left_edge.i <= m.start
                 and m.end - 1 < first.i and tok.doc[m.end - 1].dep_ in ("compound", "amod")
                 and tok.doc[m.end - 1].head.i == first.i), None)  # ("the U.S. aerospace industry and its")


def _possessed(ix: DocIndex, tok: Token, owner: Mention) -> None:
    """"China ... its foreign ministry", "his spokesman": what the pronoun owns takes its
    owner's state when the text gives it none of its own."""
    if not owner.country:
        return
    head = tok.head
    # "his former lawyer Michael Cohen", "her son Ali": the name right after the owned staff
    # or kin word is what the pronoun owns
    named = head.i + 1 if head.lower_ in STAFF_WORDS or head.lower_ in KIN_WORDS else -1
    if 0 < named < len(tok.doc) - 1 and tok.doc[named].text == "," \
            and head.lower_ in KIN_WORDS:
        named += 1  # "his son, Hunter": the name set off by a comma is the kin too
    # an organ kept only for its owner ("its forces") is a state's or an international
    # body's: "its president" of an association is no state official
    state_owner = owner.kind == "country" or owner.sector in _STATE_VOICES \
        or owner.country in INTERGOVERNMENTAL or _state_pronoun(owner)
    if head.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ in _OTHERS_ABROAD
                                  for c in head.children):
        return  # "its bilateral lenders", "their foreign partners": other states, not its own
    if owner.country in INTERGOVERNMENTAL and owner.kind != "pronoun" and (
            head.lower_ in _STATES_OWN or head.lower_ == "bank" and owner.country != "EUR"
            and any(c.lower_ == "central" for c in head.children)):
        # (session 47) "The Arab League imposed sanctions on Syria, freezing its government's
        # assets": a league of states has no government or central bank of its own; the state
        # named last before the pronoun in its sentence owns them
        sent = tok.sent
        states = [m for m in ix.mentions if m.kind == "country" and m.country
                  and m.country not in NON_STATE_CODES and sent.start <= m.start and m.end <= tok.i]
        if not states:
            return
        owner = max(states, key=lambda m: m.start)
    for m in ix.mentions:
        if m.owned and not state_owner and head.lower_ not in _SPOKESPEOPLE \
                and not (head.lower_ == "party" and owner.kind == "person"):
            continue  # (but any body has a voice: "their spokesman" of a group is the group's,
            # and a person has a party: "his party")
        if (m.start <= head.i < m.end or m.start == named and m.kind == "person") \
                and m.kind != "pronoun" and (m.country is None or m.from_context):
            m.country, m.from_context = owner.country, False
            m.confidence = max(m.confidence, 0.7)
            if owner.sector == "REB" and m.sector in ("GOV", "MIL", "COP") and m.kind != "person":
                m.sector = "REB"  # (session 51) "Abkhaz officials said their forces": the breakaway's
            elif owner.kind in ("organisation", "group") and owner.sector in ("OPP", "PTY") \
                    and m.sector in (None, "GOV") and head.lower_ in _PARTY_PEOPLE:
                m.sector = owner.sector  # (session 51) the MDC's "its officials" are the party's
            if head.lower_ in _SPOKESPEOPLE and owner.kind in ("organisation", "group") and owner.sector \
                    and (m.sector in (None, "GOV", "JRN")
                         or m.sector == "MIL" and owner.sector in ("REB", "UAF", "INS")):
                # "its spokesman" of an opposition bloc speaks for the bloc; "their military
                # spokesman" of an armed group speaks for the group, not a state's army
                m.sector = owner.sector


def _state_pronoun(owner: Mention) -> bool:
    """(session 34) "The United States said it was recalling its ambassador": an "it" that
    stands for a bare state (a state code, no sector, no name) owns what a state owns, as the
    state's own name would ("The United States recalled its ambassador")."""
    return owner.kind == "pronoun" and owner.sector is None and owner.name is None \
        and bool(owner.country) and owner.country not in NON_STATE_CODES


# (session 51) People of a party whom "its" or "their" gives the party's sector, not the state's.
_PARTY_PEOPLE = frozenset({"officials", "official", "leaders", "leader", "members", "member"})
# Organs only a state has, which an "its" of an international body does not own.
_STATES_OWN = frozenset({"government", "army", "military", "police", "navy", "citizens", "territory",
                         "junta", "regime", "rulers"})  # (session 51: "its ruling military junta")
# Modifiers by which what a state owns is of other states ("its bilateral lenders").
_OTHERS_ABROAD = frozenset({"foreign", "overseas", "bilateral"})
# Words for the one who speaks for a body: "its spokesman" is the body's voice, of its sector.
_SPOKESPEOPLE = _VOICES - {"statement", "official", "officials"}


def _voice_owner(tok: Token) -> bool:
    """Whether ``tok`` is the "its"/"their" that owns a body's voice ("its spokesman"): only a
    body has a spokesman, so a named body the stage holds with little confidence (one no list
    knows, "The Republican Bloc") may still be what it means."""
    return tok.dep_ == "poss" and tok.lower_ in ("its", "their") and tok.head.lower_ in _SPOKESPEOPLE


def _separate_states(ix: DocIndex, head: Token, cands: list[Mention]) -> bool:
    """"Bahrain and Kuwait withdrew their own envoys": a subject of actors of distinct states
    joined by "and" is what a later "they"/"their" most likely means, though no one mention can
    hold it; it then blocks any other actor (the plural stage makes each state a member)."""
    if head.dep_ == "conj" or any(t.lower_ in ("or", "nor") for t in head.children):
        return False
    joined = {head.i, *(c.i for c in head.conjuncts)}
    found = [m for m in cands if mention_head(ix, m).i in joined]
    countries = {m.country for m in found}
    return len(found) == len(joined) and None not in countries and len(countries) == len(found)


def _joint(ix: DocIndex, first: Mention, head: Token, cands: list[Mention]) -> Mention | None:
    """"sanctions on Yanukovich and Azarov, ... banning them": actors joined by "and" are
    together what a plural pronoun means. The pair stands as one group when its members share
    a state (and, if all have one, a sector); the first conjunct leads, later ones never do,
    and a pair of different states ("Russia and China ... they") stays unresolved."""
    if head.dep_ == "conj":
        return None
    joined = {c.i for c in head.conjuncts}
    rest = [m for m in cands if m is not first and mention_head(ix, m).i in joined]
    if not rest:
        return None
    members = [first, *rest]
    if any(m.kind not in ("person", "organisation", "country", "group") for m in members) \
            or any(t.lower_ in ("or", "nor") for t in head.children):
        return None
    countries = {m.country for m in members}
    sectors = {m.sector for m in members}
    if len(countries) != 1 or None in countries:
        return None
    return Mention(first.start, max(m.end for m in members), "group",
                   country=countries.pop(), sector=sectors.pop() if len(sectors) == 1 else None,
                   confidence=min(m.confidence for m in members))


def mention_head(ix: DocIndex, m: Mention) -> Token:
    """The syntactic head of a mention: its token whose parent lies outside it."""
    doc = ix.doc
    for i in range(m.end - 1, m.start - 1, -1):
        h = doc[i].head.i
        if not m.start <= h < m.end or h == i:
            return doc[i]
    return doc[m.end - 1]


def _main_sayer(tok: Token) -> bool:
    """Whether ``tok`` is the subject of its sentence's main speech verb ("The bank said ...",
    "It said ..."): a main-clause "it said" goes on with the one who spoke before, not with a
    subject inside what was said ("... until it had tested measures")."""
    return tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" and tok.head.lemma_ in SAYING_VERBS


def _aged_root(tok: Token) -> bool:
    """(session 34) "Taylor, 55, signed over the presidency": the tagger reads a name set off
    by an age as the sentence's head and its verb as a clause on it; the name is the subject
    of that verb (news gives an actor's age this way, then what he did)."""
    if tok.dep_ != "ROOT" or tok.tag_ != "NNP":
        return False
    ages = [c for c in tok.children if c.dep_ == "appos" and c.like_num and c.i > tok.i]
    return bool(ages) and any(c.dep_ == "acl" and c.pos_ == "VERB" and c.i > ages[0].i
                              and not any(g.dep_ in _SUBJECT_DEPS for g in c.children)
                              for c in tok.children)


def _noun_root(tok: Token) -> bool:
    """(session 38) "The resolution, drafted by Uganda, passed by 13 votes.": the tagger makes a
    sentence's first noun its head and the sentence's own verb a clause on it (a participle with
    no subject of its own); a full sentence has a verb, so the noun is that verb's subject."""
    if tok.dep_ != "ROOT" or tok.pos_ not in ("NOUN", "PROPN") or len(tok.sent) < 8:
        return False
    # (session 58: the blank line after a paragraph's last sentence is no word of it)
    last = next((t for t in reversed(tok.sent) if not t.is_space), None)
    if last is None or last.text != ".":
        return False
    return any(c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i > tok.i
               and not any(g.dep_ in _SUBJECT_DEPS for g in c.children) for c in tok.children)


def _is_subject(tok: Token) -> bool:
    """A clause subject, also through "Putin and ...", "the president, Putin", "Donald Trump Jr."."""
    if _aged_root(tok) or _noun_root(tok) or _stray_opening_subject(tok):
        return True  # (not through a conjunct: "Taylor, 55, signed ... in front of A, B and C")
    for _ in range(4):
        if tok.dep_ in _SUBJECT_DEPS:
            return True
        if tok.dep_ in ("conj", "appos") and tok.head.i != tok.i \
                or tok.dep_ == "compound" and tok.head.tag_ == "NNP" and tok.head.i > tok.i:
            # (session 30: "his son Donald Trump Jr. made ...": a name cut short of its last word)
            tok = tok.head
            continue
        return False
    return False


def _stray_opening_subject(tok: Token) -> bool:
    """(session 38) "Bruguiere, investigating the deaths of ..., concluded that ...": a name that
    opens the sentence, set off by a comma, which the parser hung on a verb with no subject of
    its own as a modifier, is that verb's subject."""
    verb = tok.head
    return tok.is_sent_start and tok.is_title and tok.dep_ in ("advmod", "npadvmod", "dep") \
        and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "," \
        and verb.pos_ in ("VERB", "AUX") and verb.i > tok.i \
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)


def _conjoined(tok: Token) -> bool:
    """"Russia and China", "Hungarian and Romanian officials": one of conjoined actors."""
    if tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children):
        return True
    return any(c.dep_ in ("amod", "compound") and (c.dep_ == "conj" or any(
        g.dep_ == "conj" for g in c.children)) for c in tok.children)


# Nouns that say what kind of body a name is ("rights group", "aid agency", "the watchdog").
_BODY_KIND_NOUNS = frozenset({"group", "groups", "organisation", "organization", "agency", "watchdog",
                         "charity", "body", "firm", "company", "network", "movement", "coalition",
                         "alliance", "party", "union", "association", "broadcaster", "newspaper",
                         "outlet", "monitor", "institute", "foundation", "bank", "lender", "court"})


def _person_named(ix: DocIndex, m: Mention) -> bool:
    """A named person, or (session 38) a body's title closed by a person's name that this stage
    still holds as the body ("Foreign Ministry spokesman Jean-Baptiste Mattei"): a "he" may go on
    with that speaker."""
    if m.kind == "person":
        return m.name is not None
    if m.kind != "organisation" or m.name is None:
        return False
    span = ix.doc[m.start:m.end]
    if not span.text.endswith(" " + m.name):
        return False
    at = span.end_char - len(m.name)
    title = next((t for t in reversed(span) if t.idx < at), None)
    # (the word before the name is a lower-case title noun: "spokesman", "minister"; (session
    # 55) not a kind of body: "Rights group Amnesty International" is no one "she" goes on with)
    return title is not None and title.pos_ == "NOUN" and title.is_lower and title.is_alpha \
        and title.lower_ not in _BODY_KIND_NOUNS


def _gender(ix: DocIndex, m: Mention) -> str | None:
    """"m"/"f" from the knowledge base or the phrase ("Mrs", "spokeswoman"); else None."""
    if m.gender:
        return m.gender
    for i in range(m.start, m.end):
        g = GENDER_WORDS.get(ix.doc[i].lower_)
        if g:
            return g
    if m.kind == "person" and m.name and (known := {e.gender for e in ix.kb.people.get(m.name, ()) if e.gender}):
        # (session 52) the knowledge base's person, named short ("Kim" for Kim Jong-il, whose
        # first word is his family name)
        return known.pop() if len(known) == 1 else None
    if m.kind == "person" and m.name and " " in m.name:
        # (session 38) a hyphened first name goes by its first part ("Jean-Baptiste", "Anne-Marie")
        first = m.name.split()[0].lower()
        return FIRST_NAMES.get(first) or FIRST_NAMES.get(first.split("-")[0]) if "-" in first \
            else FIRST_NAMES.get(first)
    return None

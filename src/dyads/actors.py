"""Actor mentions: who in the text is a political actor, and which country, sector and role.

News refers to one actor in many ways ("Russian President Vladimir Putin", "Putin", "the
Russian president", "he", "Moscow", "the Kremlin"). Each mention is resolved from four sources
that fail in different ways, so that one error does not break resolution: a phrase matcher over
the knowledge base (countries, organisations, people), spaCy's named entities, sector nouns
("opposition", "troops") with their modifiers, and in-document coreference (later names,
descriptions and pronouns carry the resolution of the nearest suitable earlier mention).

The stage follows the data: ``actor_anchors`` finds the spans, ``actor_mentions`` grows them
into phrases, ``actor_coref`` resolves mentions from each other; this module turns the result
into ``Actor`` records.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .actor_anchors import DocIndex, Mention, find_anchors
from .actor_context import congress_of_party_named, describes_other_actor, split_by_listed_states
from .actor_descriptions import descriptions_after_names
from .anchor_index import drop_lower_index
from .actor_halves import halves_of_pairs
from .actor_coref import main_country, resolve_references
from .actor_lexicon import sector_words
from .actor_mentions import build_mentions, grow_to_acting_heads
from .actor_settled_codes import bodies_addressed_by_possessor, descriptions_of_named_states, \
    leaders_of_named_parties, rulers_of_named_states, second_of_titled_pair, staff_of_with_clause, \
    incumbents_of_contest, hyphen_based, objects_not_their_subject
from .kb import ActorKB, load_kb
from .mention_names import flag_word
from .model import Actor, Article
from .nlp import doc_text, sentence_of_token
from .triggers import speech_lemmas, word_list

__all__ = ["find_actors", "actor_code", "sector_words", "main_country"]


def actor_code(country: str | None, sector: str | None) -> str | None:
    """CAMEO-style code: country + sector ("RUSGOV"); a bare country ("RUS"); None if unknown."""
    if not country:
        return None
    if not sector or sector == country:
        return country
    return country + sector


def find_actors(doc: Doc, article: Article, kb: ActorKB | None = None) -> list[Actor]:
    """Every actor mention in ``doc``, resolved and sorted by start offset.

    ``kb`` defaults to the bundled knowledge base (built once per process).
    """
    ix = DocIndex(doc, article, kb or load_kb())
    if not ix.n:
        return []
    try:
        find_anchors(ix)
        build_mentions(ix)
        resolve_references(ix)
        split_by_listed_states(ix)  # (session 60) "students from Pakistan, India and Bangladesh"
        halves_of_pairs(ix)  # (session 46) "the North", "southern soldiers" of a divided pair
        grow_to_acting_heads(ix)
        congress_of_party_named(ix)  # (session 60) once "Congress supporters" holds its body
        descriptions_of_named_states(ix)  # (session 40) last: the sentence settles these
        bodies_addressed_by_possessor(ix)
        leaders_of_named_parties(ix)
        rulers_of_named_states(ix)
        second_of_titled_pair(ix)
        staff_of_with_clause(ix)
        incumbents_of_contest(ix)
        hyphen_based(ix)
        objects_not_their_subject(ix)
        descriptions_after_names(ix)  # (session 58) last: "Portugal, the former colonial ruler"
        return _actors(ix)
    finally:
        # the cue-word index serves these passes only: dropped, it is no garbage-collector load
        # while the document lives on (a later call just builds it again)
        drop_lower_index(doc)


def _actors(ix: DocIndex) -> list[Actor]:
    """One record per distinct character span, in text order; a plural reference to several
    actors ("the two countries") keeps one record per member on its span."""
    doc = ix.doc
    text = doc_text(doc)
    out = []
    seen: set[tuple] = set()
    for m in ix.mentions:
        start = m.char_start if m.char_start is not None else doc[m.start].idx
        if m.char_end is not None:
            end = m.char_end
        else:
            last = doc[m.end - 1]
            end = last.idx + len(last.text)
        key = (start, end, m.country, m.sector) if m.member and (start, end) in seen \
            else (start, end)
        if key in seen or end <= start or _bare_modifier(ix, m) or _channel(ix, m) \
                or _opens_title(ix, m) or _time_marker(ix, m) or _opens_site_name(ix, m) \
                or _signed_text(ix, m) or _community_prefix(ix, m) or _flag(ix, m) or _term_of_office(ix, m) \
                or _language_word(ix, m):
            continue
        seen.add(key)
        out.append(
            Actor(
                start=start,
                end=end,
                text=text[start:end],
                country=m.country,
                sector=m.sector,
                code=actor_code(m.country, m.sector),
                name=m.name,
                role=m.role,
                kind=m.kind,
                sentence=sentence_of_token(doc, m.start),
                confidence=round(m.confidence, 2),
            )
        )
    out.sort(key=lambda a: (a.start, a.end))
    return out


# (session 31) Titled texts a place's name may open ("the 2015 Paris Agreement", "the Minsk
# Accords", "The Northern Ireland Troubles (Legacy and Reconciliation) Act").
_OPENED_TEXTS = frozenset({"treaty", "treaties", "pact", "protocol", "accord", "accords", "declaration",
                           "convention", "charter", "constitution", "covenant", "agreement",
                           "agreements", "statute", "act"})
# (session 34) Titled names of a war a place's name may open ("the Vietnam War", "the Korean
# War-era bombs"): the conflict, no actor (its sides are named on their own).
_OPENED_WARS = frozenset({"war", "wars"})


def _opens_title(ix: DocIndex, m: Mention) -> bool:
    """Whether a place's name opens a titled text's capitalised name ("the Paris Agreement"): it
    says where the text was signed or what it governs and names no actor. The mention still
    placed the article (its passes have run), so only its record goes."""
    doc = ix.doc
    if m.kind == "country" and m.start >= 2 and doc[m.start - 1].text == "-" \
            and doc[m.start - 2].lower_ == "one":
        return True  # (session 42) "the one-China principle": a policy's name
    short_body = m.kind == "organisation" and m.end - m.start <= 2 and m.char_start is None
    if m.kind != "country" and not short_body or m.char_start is not None \
            or any(0 <= k < len(doc) and doc[k].text in ("-", "\u2013") for k in (m.start - 1, m.end)):
        return False  # ("the India-Mercosur Trade Pact": a pair in the name names its parties)
    if short_body:  # (session 42) "a violation of the U.N. Charter": the text, not the body
        return m.end < len(doc) and doc[m.end].is_title and doc[m.end].lower_ in _OPENED_TEXTS \
            and doc[m.end - 1].dep_ in ("compound", "nmod") and doc[m.end - 1].head.i == m.end
    if m.end < len(doc) and doc[m.end].is_title and doc[m.end].lower_ in _OPENED_WARS:
        return True  # ("Vietnam War-era bombs": the parser may hang the name on the last noun)
    tok = doc[m.end - 1]
    while tok.dep_ in ("compound", "nmod") and tok.head.i > tok.i:
        tok = tok.head
        if tok.is_title and (tok.lower_ in _OPENED_TEXTS or tok.lower_ in _OPENED_WARS):
            return all(doc[k].is_title or doc[k].is_punct or doc[k].lower_ == "and"
                       for k in range(m.end, tok.i))
    return False


# (session 35) Capitalised site nouns that close a place's name after a person's ("the Queen
# Elizabeth Barracks", "Jomo Kenyatta Airport").
_NAMED_SITES = frozenset({"barracks", "airport", "hospital", "stadium", "bridge", "street", "avenue",
                          "square", "road", "highway", "park", "station", "dam", "hall", "camp",
                          "base", "boulevard"})


def _opens_site_name(ix: DocIndex, m: Mention) -> bool:
    """(session 35) "a news conference at the Queen Elizabeth Barracks in Suva": a person's
    name that opens a site's capitalised name says whom the site honours, no party to what
    happens there; "Queen Elizabeth visited the barracks" keeps her."""
    doc = ix.doc
    if m.kind != "person" or m.char_end is not None or m.end >= len(doc):
        return False
    nxt = doc[m.end]
    site = nxt.is_title and nxt.lower_ in _NAMED_SITES \
        or nxt.lower_ in _SITE_KINDS and m.end + 1 < len(doc) and doc[m.end + 1].lower_ in _NAMED_SITES
    return site and doc[m.end - 1].head.i >= m.end - 1 and doc[m.end - 1].dep_ in ("compound", "nmod")


# (session 52) kinds of a site written in lower case after its name: "the Tel Nof air base"
_SITE_KINDS = frozenset({"air", "naval", "military", "army", "refugee"})


# (session 35) Ends and deaths whose date marks a time: "since the break-up of Yugoslavia", "the
# anniversary of the death of Alfred Nobel".
_ENDINGS = frozenset({"collapse", "break-up", "breakup", "dissolution", "disintegration", "demise",
                      "fall", "death", "assassination", "partition", "end"})
# (session 42) Nouns of a period a state's adjective names ("the Soviet era"), and the
# prepositions that make it a time
_PERIODS = frozenset({"era", "period", "time", "times", "days", "years"})
_PERIOD_PREPS = frozenset({"since", "in", "during", "from", "after", "before", "until", "following"})
# prepositions, and the one noun, that make such an ending a time
_SINCE = frozenset({"after", "since", "before", "until", "following", "anniversary"})


def _time_marker(ix: DocIndex, m: Mention) -> bool:
    """(session 35) "since the break-up of Yugoslavia", "after the collapse of the Soviet Union",
    "the anniversary of the death of Alfred Nobel": a state whose end dates the sentence, or a
    person whose death's anniversary does, is history used as a time, no party to what the
    sentence tells. "Protests led to the collapse of the Soviet Union" (the act itself) and
    "took office after the death of President Mills" (a death the story tells) stay."""
    if m.kind not in ("country", "person"):
        return False
    root = ix.doc[m.start:m.end].root
    if m.kind == "country" and root.dep_ in ("amod", "compound") and root.head.i > root.i \
            and root.head.dep_ in ("pobj", "dobj"):
        # (session 42) "following the Soviet collapse", "since the Yugoslav break-up"; "since
        # the Soviet era", "in Soviet times": the name of a period
        word, prep = root.head.lemma_.lower(), root.head.head.lower_
        return word in _ENDINGS and prep in _SINCE or word in _PERIODS and prep in _PERIOD_PREPS
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    ending, doc = root.head.head, ix.doc
    word = ending.lemma_.lower()
    if ending.i >= 2 and doc[ending.i - 1].text == "-":
        word = doc[ending.i - 2].lower_ + "-" + ending.lower_  # "break-up", split by the tokenizer
    if word not in _ENDINGS or ending.dep_ != "pobj":
        return False
    prep = ending.head
    if m.kind == "person":  # "took office after the death of President Mills": the death is told
        return prep.lower_ == "of" and prep.head.lower_ == "anniversary"
    return prep.lower_ in _SINCE or prep.lower_ == "of" and prep.head.lower_ in _SINCE


# (session 58) Nouns of an office held for a time, which a span of years makes the time itself.
_TERMS = frozenset({"presidency", "premiership", "chancellorship", "tenure", "reign"})


def _term_of_office(ix: DocIndex, m: Mention) -> bool:
    """(session 58) "for much of the 2000-2008 presidency of Chen Shui-bian": an office dated by
    its years is a stretch of time, no actor (the holder has his own mention)."""
    head = ix.doc[m.end - 1]
    return m.name is None and head.lemma_.lower() in _TERMS \
        and any(c.ent_type_ == "DATE" or c.like_num for c in head.children if c.i < head.i)


# (session 58) Nouns a language's adjective describes ("an English course", "the Arabic service").
_LANGUAGE_THINGS = frozenset({"course", "lesson", "language", "edition", "version", "translation",
                              "literature", "proficiency", "exam", "subtitle", "dialect", "grammar"})


def _language_word(ix: DocIndex, m: Mention) -> bool:
    """(session 58) "during a NATO-sponsored English course in Budapest": a state's adjective
    that names the language a thing is in or teaches is no actor."""
    if m.kind != "country" or m.end - m.start != 1:
        return False
    tok = ix.doc[m.start]
    return tok.dep_ in ("amod", "compound") and tok.head.i > tok.i \
        and tok.head.lemma_.lower() in _LANGUAGE_THINGS


def _flag(ix: DocIndex, m: Mention) -> bool:
    """(session 42) A short name that only says whose a flag is ("waving Gagauz and Russian
    flags"), whichever reading the tagger gave it; burned or flown flags keep their state."""
    return m.end - m.start <= 3 and m.kind != "pronoun" and flag_word(ix.doc, m.end)


# (session 38) Participles that make what they follow a signed text ("The X Union, signed by ...").
_SIGNED = frozenset({"sign", "ratify", "initial", "ink", "countersign"})


def _signed_text(ix: DocIndex, m: Mention) -> bool:
    """(session 38) "The Kiribati Union, signed by the two prime ministers last week, will allow
    ...": a named body that is itself signed or ratified (a past participle hung on its name) is
    a treaty's title, no actor; a body that signs ("the Union signed ...") stays."""
    if m.kind != "organisation" or m.name is None and m.sector is None:
        return False
    if _titled_document(ix, m):
        return True
    head = ix.doc[m.start:m.end].root
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _SIGNED
               and c.i >= m.end for c in head.children)


# (session 42) Capitalised words that open a document's title ("the Compact of Free Association",
# "the Treaty of Lisbon").
_DOCUMENT_OPENERS = frozenset({"compact", "treaty", "accord", "accords", "agreement", "convention",
                               "charter", "protocol", "pact", "declaration", "covenant", "memorandum"})


def _titled_document(ix: DocIndex, m: Mention) -> bool:
    """(session 42) "their Compact of Free Association", read as a body with no state or the NGO
    code from "Association": a title opened by a document's word and "of"/"on" names the text.
    Bodies with a state ("Convention People's Party") keep theirs."""
    if m.country not in (None, "NGO") or m.sector not in (None, "NGO"):
        return False
    words = [t for t in ix.doc[m.start:m.end] if t.lower_ not in ("the", "their", "its", "his", "her", "our")
             and t.dep_ not in ("poss", "det")]
    if len(words) == 1 and words[0].is_lower and words[0].lower_ in _DOCUMENT_OPENERS:
        return True  # "Under the compact": the text named again, linked to the body reading
    return len(words) >= 3 and words[0].is_title and words[0].lower_ in _DOCUMENT_OPENERS \
        and words[1].lower_ in ("of", "on", "for", "between")


_PLATFORMS = word_list("platforms")
# (session 31) what one does on a platform that makes it only the channel of one's words: speech
# and the judging verbs news reports from posts ("condemned the attack on Twitter"), and the posts
# themselves ("in a post on Facebook"); "called on Twitter to", "cracked down on Twitter" are not
_POSTING = frozenset({"write", "post", "tweet", "share", "comment", "condemn", "dismiss", "praise",
                      "criticise", "criticize", "welcome", "thank", "congratulate", "accuse", "blame",
                      "mock", "respond", "reply", "react", "urge", "vow", "pledge", "apologise",
                      "apologize", "confirm", "deny", "announce", "publish", "defend", "hail",
                      "post", "statement", "message", "video", "tweet", "comment", "posting",
                      "broadcast", "livestream", "address", "speech", "thread"})


def _channel(ix: DocIndex, m: Mention) -> bool:
    """"Anez wrote on Twitter", "said in a post on Facebook": a platform that only carries a
    party's words is the medium, no actor (the event coder reads it so too)."""
    root = ix.doc[m.start:m.end].root
    prep = root.head
    if m.kind != "organisation" or root.dep_ != "pobj" or root.lower_ not in _PLATFORMS or root.is_lower \
            or prep.lower_ not in ("on", "via", "through", "over"):
        return False
    owner = prep.head
    if owner.dep_ == "dobj" and owner.pos_ == "NOUN":
        owner = owner.head  # "dismissed foreign criticism on Twitter": the verb's channel
    lemma = owner.lemma_.lower()
    return (lemma in _POSTING or owner.pos_ in ("VERB", "AUX") and lemma in speech_lemmas()) \
        and not any(c.dep_ == "prt" for c in owner.children)


def _community_prefix(ix: DocIndex, m: Mention) -> bool:
    """(session 41) "Greek Cypriots", "the Turkish Cypriot north": a demonym right before
    another state's demonym names a community of the second state by its origin; Greece is no
    actor of "39,000 Greek Cypriots fled". The second demonym's mention carries the actor."""
    if m.kind != "country" or m.end - m.start != 1 or m.end >= len(ix.doc):
        return False
    tok, nxt = ix.doc[m.start], ix.doc[m.end]
    if tok.ent_type_ != "NORP" and tok.tag_ != "JJ" or not nxt.text[:1].isupper() or tok.whitespace_ != " ":
        return False
    after = next((o for o in ix.mentions if o.start == m.end and o.country), None)
    return after is not None and after.country != m.country and after.kind in ("country", "group")


def _bare_modifier(ix: DocIndex, m: Mention) -> bool:
    """"a Sikh separatist leader", "Kurdish-led forces": an adjective or name that only
    describes a noun which is a mention of its own (or "-led"), and that no list or context
    gave a state or sector, names no actor. A bare modifier of a plain noun stays: the event
    coder reads it as that noun's placeholder ("European-based missiles")."""
    if m.country is not None or m.sector is not None or m.kind not in ("group", "organisation"):
        return False
    span = ix.doc[m.start:m.end]
    root = span.root
    if root.head.i < root.i or root.tag_ not in ("JJ", "NNP") \
            or not all(t.pos_ in ("ADJ", "PROPN", "PUNCT") or t.lower_ == "pro" for t in span):
        return False
    return describes_other_actor(ix, m)

"""The records the anchor passes share: anchors, mentions, and the per-document index of who owns each token.

They live apart from the passes so that every pass, and the mention and coreference stages after
them, can build and read the same index without importing one another.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc

from .actor_lexicon import SectorWord
from .countries import CountryForm
from .kb import ActorKB, Organisation, fold
from .model import Article
from .nlp import joined_by_hyphen, positions_by

__all__ = ["BACKING_PARTICIPLES", "Anchor", "DocIndex", "Mention", "clean_name", "drop_lower_index", "named_in_full_before", "tokens_lemmatised", "tokens_lowered"]

# Participles after "<state>-" whose state stands outside the phrase ("Iran-backed Houthis" are
# Yemeni rebels backed by Iran); not "-led" or "-allied": "Saudi-led forces" are Saudi Arabia's.
BACKING_PARTICIPLES = frozenset({"backed", "supported", "sponsored", "funded", "financed", "armed",
                                 "trained",
                                 # (session 31) "Iran-aligned Shi'ite parties" are Iraq's own
                                 "aligned",
                                 # (session 61) "the Vietnamese-installed government in Phnom Penh" is Cambodia's
                                 "installed", "imposed"})


@dataclass(slots=True)
class Anchor:
    start: int  # token indices [start, end)
    end: int
    kind: str  # country | org | person | ethnic | ent_org | ent_norp
    payload: object = None
    char_start: int | None = None  # for a country prefix inside a hyphenated token
    char_end: int | None = None

    @property
    def whole_country(self) -> CountryForm | None:
        """The country form of a country anchor spanning whole tokens (not "U.S." in "U.S.-led")."""
        if self.kind == "country" and self.char_start is None:
            return self.payload  # type: ignore[return-value]
        return None


@dataclass(slots=True)
class Mention:
    start: int  # token span
    end: int
    kind: str
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    role: str | None = None
    confidence: float = 1.0
    char_start: int | None = None
    char_end: int | None = None
    nominal: str | None = None  # head title word of a description without a name
    definite: bool = False
    from_context: bool = False
    orgs: list[Organisation] = field(default_factory=list)
    text_role: str | None = None  # the title the text gives, when the KB supplies the role
    refers: tuple[str, ...] = ()  # synonym groups of the head noun or title ("troops", "leader")
    kin: str | None = None  # the kin state of an ethnic group ("ethnic Albanians": ALB)
    gender: str | None = None  # "m" | "f" when the knowledge base or the text says
    generic: bool = False  # a tagger name headed by a sector noun ("the Supreme Court")
    named_state: bool = False  # its state is written in it ("the United States Senate")
    owned: bool = False  # a state organ kept for its possessive owner ("its forces")
    member: bool = False  # one of several actors a plural reference stands for ("the two countries")


class DocIndex:
    """The per-document state of one ``find_actors`` call, shared by its passes."""

    def __init__(self, doc: Doc, article: Article, kb: ActorKB) -> None:
        self.doc = doc
        self.article = article
        self.kb = kb
        self.date = article.date[:10] if article.date else None
        self.n = len(doc)
        self.owner: list[int] = [-1] * self.n  # token -> anchor index
        self.anchors: list[Anchor] = []
        self.used: list[bool] = [False] * self.n  # token consumed by a mention
        self.sectors: dict[int, tuple[int, SectorWord]] = {}  # head token -> (unit start, word)
        self.mentions: list[Mention] = []
        self.blocked: set[int] = set()  # tokens of region names ("Latin America")
        self.dateline: str | None = None  # the state of the wire dateline ("KHARTOUM —")
        self.dateline_place: str | None = None  # its place as written in text ("Khartoum")
        self.one_state: str | None = None  # the state a story is both about and set in
        self.firms: set[str] = set()  # (session 33) names read as firms from a noun beside them
        self.people_as_places: set[str] = set()  # (session 61) people's names the tagger read as places

    def add_anchor(self, anchor: Anchor) -> None:
        if anchor.kind == "org" and isinstance(anchor.payload, Organisation):
            # a body whose role changed takes the row of the article's date (Taliban GOV in 2025)
            anchor.payload = self.kb.organisation_on(anchor.payload, self.date)
            if self.date and (anchor.payload.start or anchor.payload.end) and not anchor.payload.active(self.date):
                return  # (session 64) a name only a dated row gives ("EC" until 1993) means another body after
        idx = len(self.anchors)
        self.anchors.append(anchor)
        for i in range(anchor.start, anchor.end):
            self.owner[i] = idx

    def anchor_at(self, i: int) -> Anchor | None:
        """The anchor owning token ``i``, if any."""
        a = self.owner[i]
        return self.anchors[a] if a >= 0 else None

    def drop_anchor(self, anchor: Anchor) -> None:
        """An anchor found to be part of a name that is no actor ("an Irish Pub"): it stays as a
        part, and its tokens belong to no anchor."""
        anchor.kind = "part"
        for i in range(anchor.start, anchor.end):
            self.owner[i] = -1

    def grow_to_org(self, anchor: Anchor, end: int, payload: Organisation) -> None:
        """A country anchor becomes the organisation named by it and the words up to ``end``
        ("Pakistan Peoples Party"); anchors it swallows are parts, no actors of their own."""
        idx = self.owner[anchor.start]
        for i in range(anchor.end, end):
            swallowed = self.anchor_at(i)
            if swallowed is not None:
                swallowed.kind = "part"
            self.owner[i] = idx
        anchor.end = end
        anchor.kind = "org"
        anchor.payload = payload

    def country_at(self, i: int) -> CountryForm | None:
        """The country form of a whole-country anchor at token ``i`` ("Kenya", "Kenyan"), if any."""
        anchor = self.anchor_at(i)
        return anchor.whole_country if anchor is not None else None

    def state_after(self, k: int, preps: tuple[str, ...], forms: tuple[str, ...],
                    skip_the: bool = False) -> str | None:
        """The state named right after the preposition at token ``k`` ("in Kabul", "from the
        Netherlands"), when its country form is one of ``forms``."""
        doc = self.doc
        if k + 1 >= self.n or doc[k].lower_ not in preps:
            return None
        j = k + 1
        if skip_the and doc[j].lower_ == "the" and j + 1 < self.n:
            j += 1
        form = self.country_at(j)
        if form is None or form.form not in forms:
            return None
        return None if self.backer_at(j) else form.iso3

    def hyphen_participle(self, anchor: Anchor) -> str | None:
        """The participle joined by a hyphen after an anchor ("backed" of "U.S.-backed"), if any."""
        doc = self.doc
        if anchor.char_start is not None:  # one token, "U.S.-backed"
            text = doc[anchor.start].text
            if text[anchor.char_end - doc[anchor.start].idx:][:1] in ("-", "\u2013"):
                return text.rsplit("-", 1)[-1].lower()
            return None
        k = anchor.end
        return doc[k + 1].lower_ if joined_by_hyphen(doc, k, ("-", "\u2013")) else None

    def backer_at(self, j: int) -> bool:
        """(session 50) Whether the state at token ``j`` only modifies a noun after it as its
        backer ("the chief negotiator of the Iran-aligned Houthi movement"): the "of" phrase
        names the movement, not Iran."""
        anchor = self.anchor_at(j)
        return anchor is not None and self.hyphen_participle(anchor) in BACKING_PARTICIPLES

    def sector_at(self, i: int) -> tuple[int, SectorWord] | None:
        """The sector unit covering token ``i``, as (unit start, word)."""
        hit = self.sectors.get(i)
        if hit is not None:
            return hit
        nxt = self.sectors.get(i + 1)
        if nxt is not None and nxt[0] <= i:
            return nxt
        for k in (i + 2, i + 3):  # ("anti-war groups", "far-right leader": four tokens)
            nxt = self.sectors.get(k)
            if nxt is not None and nxt[0] <= i:
                return nxt
        return None

    def mark(self, start: int, end: int, used: bool = True) -> None:
        """Claim tokens [start, end) for a mention, or give them back."""
        for i in range(start, end):
            self.used[i] = used


def tokens_lowered(doc: Doc, words: Collection[str]) -> list[int]:
    """Indices, in order, of the tokens whose lower-case form is one of ``words``: read from a
    per-document index of lower-case forms (built once from the attribute array), so that
    passes looking for a few cue words make no Token per word and no array scan per call."""
    index = positions_by(doc, LOWER, _LOWER_KEY)
    hits = [index[key] for key in _word_keys(doc, words) if key in index]
    if not hits:
        return []
    if len(hits) == 1:
        return list(hits[0])
    return sorted(i for found in hits for i in found)


def _word_keys(doc: Doc, words: Collection[str]) -> frozenset[int]:
    """The string hashes of ``words``, kept per word list when it is a frozenset or tuple.

    Why: the passes ask with the same constant word lists in every document, and hashing each
    word of a list again on every ask cost more than the lookups; a string's hash does not
    depend on the document, so the keys are shared (a set, which may change, is hashed anew)."""
    if not isinstance(words, (frozenset, tuple)):
        return frozenset(doc.vocab.strings[w] for w in words)
    keys = _WORD_KEYS.get(words)
    if keys is None:
        if len(_WORD_KEYS) > 10_000:
            _WORD_KEYS.clear()  # (a bound for word lists built per call)
        keys = _WORD_KEYS[words] = frozenset(doc.vocab.strings[w] for w in words)
    return keys


_WORD_KEYS: dict[Collection[str], frozenset[int]] = {}


def tokens_lemmatised(doc: Doc, lemmas: Collection[str]) -> list[int]:
    """Indices, in order, of the tokens whose lower-cased lemma is one of ``lemmas``
    (``tok.lemma_.lower() in lemmas``): as :func:`tokens_lowered`, from a per-document index
    (lower-cased lemma to indices, built once from the lemma array), so that a pass looking for
    a few nouns makes no Token per word of the document."""
    index: dict[str, list[int]] | None = doc.user_data.get(_LEMMA_KEY)
    if index is None:
        index = {}
        for key, found in positions_by(doc, LEMMA, _LEMMA_RAW_KEY).items():
            index.setdefault(doc.vocab.strings[key].lower(), []).extend(found)
        doc.user_data[_LEMMA_KEY] = index
    hits = [index[w] for w in lemmas if w in index]
    return sorted(i for found in hits for i in found)


def drop_lower_index(doc: Doc) -> None:
    """Forget the indices :func:`tokens_lowered` and :func:`tokens_lemmatised` keep in
    ``doc.user_data`` (one list per word)."""
    for key in (_LOWER_KEY, _LEMMA_KEY, _LEMMA_RAW_KEY):
        doc.user_data.pop(key, None)


_LOWER_KEY = "dyads_lower_index"
_LEMMA_KEY = "dyads_lemma_lower_index"
_LEMMA_RAW_KEY = "dyads_lemma_index"


def clean_name(text: str) -> str:
    """A name as written, with line breaks and runs of spaces made single spaces."""
    return " ".join(text.split())


def named_in_full_before(ix: DocIndex, m: Mention) -> bool:
    """Whether a one-word name is the given name or surname of a person named in full earlier
    in the article: an age after it describes that person again ("Pita, 43," after "former
    leader Pita Limjaroenrat"; Thai and Icelandic news use given names alone), who keeps the
    state and office the first mention gave, rather than a new private person, nor one placed
    by a clause of its own ("Santos, who staked his presidency on talks in Cuba")."""
    if " " in m.name:
        return False
    key = fold(m.name)
    return any(o.kind == "person" and o.start < m.start and o.name and " " in o.name
               and key in (fold(o.name.split()[0]), fold(o.name.split()[-1]), bare_surname(fold(o.name.split()[-1])))
               for o in ix.mentions)


def bare_surname(key: str) -> str:
    """A folded surname without the Arabic article joined to it ("al-sadr", "el-sisi" ->
    "sadr", "sisi"); other surnames unchanged. (Session 63: "Abadi, 62," after "Haider al-Abadi"
    is the same man.)"""
    head, dash, rest = key.partition("-")
    return rest if dash and head in ("al", "el") and len(rest) > 2 else key

"""Actor mentions: who in the text is a political actor, and which country, sector and role.

News refers to one actor in many ways ("Russian President Vladimir Putin", "Putin", "the
Russian president", "he", "Moscow", "the Kremlin"). Each mention is resolved from four sources
that fail in different ways, so that one error does not break resolution: a phrase matcher over
the knowledge base (countries, organisations, people), spaCy's named entities, sector nouns
("opposition", "troops") with their modifiers, and in-document coreference (later names,
descriptions and pronouns carry the resolution of the nearest suitable earlier mention).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from .countries import NON_STATE_CODES, CountryForm, read_tsv
from .kb import ActorKB, KBEntry, Organisation, load_kb
from .model import Actor, Article
from .nlp import sentence_of_token

__all__ = ["find_actors", "actor_code", "sector_words", "main_country"]

_DETERMINERS = frozenset({"the", "a", "an", "another", "some", "several", "many", "two", "three"})
_TITLE_MODIFIERS = frozenset(
    {"interim", "acting", "former", "deputy", "vice", "foreign", "prime", "self-proclaimed",
     "self-declared", "ousted", "exiled", "late", "outgoing", "incoming", "new", "top", "senior",
     "chief", "supreme", "first", "de", "facto", "elected", "general", "mr", "mr.", "mrs", "mrs.",
     "ms", "ms.", "dr", "dr.", "sen.", "rep.", "gen.", "lt.", "col.", "maj.", "adm.", "state",
     "defence", "defense", "interior", "finance", "security", "national", "high", "special",
     "permanent", "assistant", "under", "secretary", "executive", "opposition"}
)
_LOCATIVE = frozenset({"in", "at", "near", "inside", "throughout", "across", "around", "within",
                       "outside"})
_PLACE_NOUNS = frozenset({"town", "city", "village", "province", "region", "district", "port",
                          "capital", "area", "suburb", "camp", "county", "governorate"})
_SUBJECT_PRONOUNS = frozenset({"he", "she"})
_QUOTE_OPEN = frozenset({"\u201c", '"'})
_QUOTE_CLOSE = frozenset({"\u201d", '"'})
# Sector nouns too general to be an actor without a modifier tying them to one ("people").
_NEED_MODIFIER = frozenset({"people", "population", "citizens", "residents", "state",
                            "department", "company", "business", "party", "union", "forces",
                            "press", "jets", "general", "secretary", "director", "co-director",
                            "hospital", "university", "newspaper", "assembly", "leadership",
                            "authority", "nationals"})
# A modifier in one of these sectors decides the sector of the whole phrase ("rebel forces").
_DOMINANT = frozenset({"OPP", "REB", "UAF", "CRM"})
# Sectors whose unmodified nouns ("the government", "the opposition") take the main country.
# Modifiers that make a description someone other than the office holder named earlier.
_OTHER_HOLDER = frozenset({"former", "ex", "late", "ousted", "exiled", "outgoing", "deputy", "vice",
                           "acting", "interim", "assistant", "under", "another", "other",
                           "self-proclaimed", "self-declared", "opposition"})
_CONTEXT_SECTORS = frozenset({"GOV", "OPP", "LEG", "MIL", "JUD", "COP", "REB", "CVL", "REF"})


@dataclass(frozen=True, slots=True)
class SectorWord:
    sector: str | None
    kind: str  # group | person | body
    refers: str = ""  # synonym group for definite descriptions ("soldiers" -> troops)


@lru_cache(maxsize=1)
def sector_words() -> dict[str, SectorWord]:
    """The sector lexicon (``data/sectors.tsv``): noun or two-word phrase -> sector and kind."""
    text = resources.files("dyads").joinpath("data/sectors.tsv").read_text(encoding="utf-8")
    return {
        row["word"].lower(): SectorWord(row.get("sector") or None, row.get("kind") or "group",
                                        (row.get("refers") or row["word"]).lower())
        for row in read_tsv(text, "sectors.tsv")
    }


def actor_code(country: str | None, sector: str | None) -> str | None:
    """CAMEO-style code: country + sector ("RUSGOV"); a bare country ("RUS"); None if unknown."""
    if not country:
        return None
    if not sector or sector == country:
        return country
    return country + sector


@dataclass(slots=True)
class _Anchor:
    start: int  # token indices [start, end)
    end: int
    kind: str  # country | org | person | ent_org | ent_norp
    payload: object = None
    char_start: int | None = None  # for a country prefix inside a hyphenated token
    char_end: int | None = None


@dataclass(slots=True)
class _Mention:
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


def find_actors(doc: Doc, article: Article, kb: ActorKB | None = None) -> list[Actor]:
    """Every actor mention in ``doc``, resolved and sorted by start offset.

    ``kb`` defaults to the bundled knowledge base (built once per process).
    """
    kb = kb or load_kb()
    return _Finder(doc, article, kb).run()


class _Finder:
    """The per-document state of one ``find_actors`` call."""

    def __init__(self, doc: Doc, article: Article, kb: ActorKB) -> None:
        self.doc = doc
        self.article = article
        self.kb = kb
        self.date = article.date[:10] if article.date else None
        self.n = len(doc)
        self.owner: list[int] = [-1] * self.n  # token -> anchor index
        self.anchors: list[_Anchor] = []
        self.used: list[bool] = [False] * self.n  # token consumed by a mention
        self.sectors: dict[int, tuple[int, SectorWord]] = {}  # head token -> (unit start, word)
        self.mentions: list[_Mention] = []
        self._blocked: set[int] = set()  # tokens of region names ("Latin America")

    # -- anchors ------------------------------------------------------------------------------
    def _add_anchor(self, anchor: _Anchor) -> None:
        idx = len(self.anchors)
        self.anchors.append(anchor)
        for i in range(anchor.start, anchor.end):
            self.owner[i] = idx

    def _gazetteer(self) -> None:
        matcher, labels = self.kb.matcher()
        spans = []
        for match_id, start, end in matcher(self.doc):
            kind, payload = labels[match_id]
            if kind == "country" and payload.iso3 == "-":  # type: ignore[union-attr]
                kind = "blocked"
            spans.append((end - start, -start, start, end, kind, payload))
        spans.sort(reverse=True)  # longest first, then leftmost
        taken = [False] * self.n
        for _, _, start, end, kind, payload in spans:
            if any(taken[start:end]):
                continue
            if kind == "person" and not self._plausible_person(start, end):
                continue
            for i in range(start, end):
                taken[i] = True
            if kind == "blocked":
                self._blocked.update(range(start, end))
                continue
            if kind == "country" and start and self.doc[start - 1].lower_ == "ethnic" \
                    and payload.form in ("adjective", "people"):  # type: ignore[union-attr]
                kind = "ethnic"  # "ethnic Albanians in Macedonia": coded by where they live
            self._add_anchor(_Anchor(start, end, kind, payload))

    def _plausible_person(self, start: int, end: int) -> bool:
        """A lone surname inside a longer proper name is someone else ("Putin" in "Putin Street")."""
        if end - start > 1:
            return True
        doc = self.doc
        nxt = doc[end] if end < self.n else None
        return not (nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title
                    and nxt.ent_type_ not in ("", "PERSON") and nxt.ent_iob_ == "I")

    def _entities(self) -> None:
        words = sector_words()
        for ent in self.doc.ents:
            label = ent.label_
            if label not in ("PERSON", "ORG", "NORP"):
                continue
            start, end = ent.start, ent.end
            if label == "PERSON":
                # trim titles, possessives and anything the gazetteer already owns
                while start < end and (self.owner[start] >= 0 or _is_titleish(self.doc[start], words)
                                       or not self.doc[start].is_alpha):
                    start += 1
                while end > start and (self.owner[end - 1] >= 0 or not self.doc[end - 1].is_alpha):
                    end -= 1
                if start >= end or any(self.owner[i] >= 0 for i in range(start, end)):
                    continue
                if not any(self.doc[i].is_title or self.doc[i].is_upper for i in range(start, end)):
                    continue
                if end - start == 1 and self.doc[start].lower_ in words:
                    continue
                candidates = self.kb.candidates(self.doc[start:end].text)
                if not candidates and _common_word(self.doc, start, end):
                    continue  # "Photographs", "Longer": a capitalised word, not a name
                entry_name = None
                if candidates:
                    entry_name = candidates[0]
                self._add_anchor(_Anchor(start, end, "person", entry_name))
            else:
                if any(self.owner[i] >= 0 or i in self._blocked for i in range(start, end)):
                    continue
                while start < end and self.doc[start].lower_ == "the":
                    start += 1
                if start >= end:
                    continue
                if label == "ORG" and end - start == 1 and self.doc[start].lower_ in words:
                    continue  # "Congress", "Parliament": a sector noun, handled with its context
                if label == "ORG" and _common_word(self.doc, start, end):
                    continue  # "Ships", "Francophone": the tagger's ORG on an ordinary word
                self._add_anchor(_Anchor(start, end, "ent_org" if label == "ORG" else "ent_norp"))

    def _hyphenated(self) -> None:
        """"U.S.-backed", "Saudi-led": a country inside one token still names the state."""
        countries = self.kb.countries
        for tok in self.doc:
            text = tok.text
            if "-" not in text or self.owner[tok.i] >= 0 or len(text) < 4:
                continue
            prefix = text.split("-", 1)[0]
            form = countries.get(prefix)
            if form is None:
                continue
            anchor = _Anchor(tok.i, tok.i + 1, "country", form, tok.idx, tok.idx + len(prefix))
            self._add_anchor(anchor)

    def _sector_units(self) -> None:
        words = sector_words()
        doc = self.doc
        for tok in doc:
            if tok.pos_ not in ("NOUN", "PROPN") or self.owner[tok.i] >= 0:
                continue
            lower = tok.lower_
            if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_:
                joined = f"{doc[tok.i - 2].lower_}-{lower}"
                if joined in words and self.owner[tok.i - 2] < 0:
                    self.sectors[tok.i] = (tok.i - 2, words[joined])
                    continue
            if tok.i >= 1 and self.owner[tok.i - 1] < 0:
                bigram = f"{doc[tok.i - 1].lower_} {lower}"
                if bigram in words:
                    self.sectors[tok.i] = (tok.i - 1, words[bigram])
                    continue
            word = words.get(lower) or words.get(tok.lemma_.lower())
            if word is not None:
                self.sectors[tok.i] = (tok.i, word)

    # -- mentions -----------------------------------------------------------------------------
    def run(self) -> list[Actor]:
        if not self.n:
            return []
        self._gazetteer()
        self._entities()
        self._hyphenated()
        self._sector_units()
        self._persons()
        self._sector_heads()
        self._remaining_anchors()
        self._appositions()
        self._definite_descriptions()
        self._context()
        self._coreference()
        return self._actors()

    def _sector_at(self, i: int) -> tuple[int, SectorWord] | None:
        """The sector unit covering token ``i``, as (unit start, word)."""
        hit = self.sectors.get(i)
        if hit is not None:
            return hit
        nxt = self.sectors.get(i + 1)
        if nxt is not None and nxt[0] <= i:
            return nxt
        nxt = self.sectors.get(i + 2)
        if nxt is not None and nxt[0] <= i:
            return nxt
        return None

    def _extend_left(self, m: _Mention, head_is_person: bool, allow_person: bool) -> list[SectorWord]:
        """Grow a mention leftwards over its description; returns the sector words absorbed."""
        doc = self.doc
        words: list[SectorWord] = []
        j = m.start - 1
        while j >= 0:
            tok = doc[j]
            if self.used[j] or "\n" in tok.text or "\n" in tok.whitespace_:
                break
            a = self.owner[j]
            if a >= 0:
                anchor = self.anchors[a]
                if anchor.kind == "country" and anchor.char_start is None:
                    form: CountryForm = anchor.payload  # type: ignore[assignment]
                    m.country = m.country or form.iso3
                    if form.form in ("capital", "seat") and not m.sector:
                        m.sector = "GOV"
                    j = anchor.start - 1
                    m.start = anchor.start
                    continue
                if anchor.kind == "country":
                    m.country = m.country or anchor.payload.iso3  # type: ignore[union-attr]
                    m.start = j
                    j -= 1
                    continue
                if anchor.kind == "org":
                    m.orgs.append(anchor.payload)  # type: ignore[arg-type]
                    break
                if anchor.kind == "ethnic":
                    m.start = anchor.start
                    j = anchor.start - 1
                    continue
                if anchor.kind == "person" and allow_person:
                    entry = self._kb_entry(anchor)
                    if entry is not None:
                        m.country = m.country or entry.country
                        m.sector = m.sector or entry.sector
                    m.start = anchor.start
                    j = anchor.start - 1
                    continue
                break
            if tok.text in ("'s", "\u2019s", "'") and j > 0 and self.owner[j - 1] >= 0 \
                    and self.anchors[self.owner[j - 1]].kind in ("country", "org"):
                m.start = j
                j -= 1
                continue
            if tok.text == ")" and j > 0 and self.owner[j - 1] >= 0 \
                    and self.anchors[self.owner[j - 1]].kind == "org":
                m.orgs.append(self.anchors[self.owner[j - 1]].payload)  # type: ignore[arg-type]
                break
            unit = self._sector_at(j)
            if unit is not None:
                words.append(unit[1])
                m.start = unit[0]
                j = unit[0] - 1
                continue
            lower = tok.lower_
            if lower in _TITLE_MODIFIERS or tok.pos_ == "ADJ" and not tok.is_punct:
                m.start = j
                j -= 1
                continue
            if head_is_person and tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_:
                m.start = j
                j -= 1
                continue
            if tok.text == "-" and not tok.whitespace_ and j > 0 and not doc[j - 1].whitespace_:
                m.start = j
                j -= 1
                continue
            if lower == "of" and j > 0 and self._sector_at(j - 1) is not None \
                    and j + 1 < m.end and doc[j + 1].is_title:
                m.start = j
                j -= 1
                continue
            if lower in _DETERMINERS or tok.pos_ == "NUM" or tok.dep_ == "nummod":
                if lower in ("the", "a", "an"):
                    m.definite = lower == "the"
                m.start = j
                if tok.pos_ == "DET":
                    break
                j -= 1
                continue
            break
        while m.start < m.end - 1 and (doc[m.start].is_punct or doc[m.start].is_space) \
                and self.owner[m.start] < 0:
            m.start += 1
        for i in range(m.start, m.end):
            self.used[i] = True
        return words

    def _extend_of(self, m: _Mention) -> None:
        """"president of Armenia", "King Hassan of Morocco": the country follows the head."""
        doc = self.doc
        k = m.end
        if k + 1 < self.n and doc[k].lower_ == "of":
            j = k + 1
            if doc[j].lower_ == "the" and j + 1 < self.n:
                j += 1
            a = self.owner[j]
            if a >= 0 and self.anchors[a].kind == "country" and self.anchors[a].char_start is None:
                anchor = self.anchors[a]
                form: CountryForm = anchor.payload  # type: ignore[assignment]
                if form.form in ("name", "capital", "seat") and not m.country:
                    m.country = form.iso3
                    for i in range(m.end, anchor.end):
                        self.used[i] = True
                    m.end = anchor.end

    def _kb_entry(self, anchor: _Anchor) -> KBEntry | None:
        if anchor.kind != "person" or anchor.payload is None:
            return None
        return self.kb.resolve_person(str(anchor.payload), self.date)

    def _persons(self) -> None:
        for anchor in self.anchors:
            if anchor.kind != "person" or self.used[anchor.start]:
                continue
            m = _Mention(anchor.start, anchor.end, "person")
            text = self.doc[anchor.start:anchor.end].text
            entry = self._kb_entry(anchor)
            for i in range(anchor.start, anchor.end):
                self.used[i] = True
            # "the Maduro government": a person naming the state's organs is not the person
            nxt = self._sector_at(anchor.end)
            if nxt is not None and nxt[0] == anchor.end and nxt[1].kind != "person" \
                    and not self.used[anchor.end]:
                for i in range(anchor.start, anchor.end):
                    self.used[i] = False
                continue
            words = self._extend_left(m, head_is_person=True, allow_person=False)
            self._describe_person(m, words)
            if entry is not None:
                m.name = entry.name
                m.country = entry.country
                m.sector = entry.sector
                m.text_role = m.role
                m.role = entry.role or m.role
                m.confidence = 1.0
            else:
                m.name = " ".join(text.split())
                m.confidence = 0.9 if m.country else 0.6
            self.mentions.append(m)

    def _describe_person(self, m: _Mention, words: list[SectorWord]) -> None:
        """Role, sector and country from the words before a name ("USAID Administrator")."""
        doc = self.doc
        role_tokens = []
        for i in range(m.start, m.end):
            if self.owner[i] >= 0 and self.anchors[self.owner[i]].kind == "person":
                break
            tok = doc[i]
            if self._sector_at(i) is not None or tok.lower_ in _TITLE_MODIFIERS \
                    or (tok.is_title and self.owner[i] < 0 and tok.pos_ == "PROPN") \
                    or (tok.text == "-" and role_tokens):
                if tok.lower_ not in ("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."):
                    role_tokens.append(i)
            elif role_tokens and tok.lower_ == "of":
                role_tokens.append(i)
        if role_tokens:
            m.role = doc[role_tokens[0]:role_tokens[-1] + 1].text
        m.sector = _phrase_sector(words, m.sector)
        self._apply_orgs(m)

    def _apply_orgs(self, m: _Mention) -> None:
        for org in m.orgs:
            if org.country and not m.country:
                m.country = org.country
            if org.sector and (m.sector in (None, "GOV") or m.sector == org.sector):
                m.sector = org.sector

    def _sector_heads(self) -> None:
        doc = self.doc
        for head, (unit_start, word) in sorted(self.sectors.items()):
            if self.used[head] or self.used[unit_start]:
                continue
            nxt = head + 1
            if nxt < self.n and (self._sector_at(nxt) is not None
                                 or (self.owner[nxt] >= 0
                                     and self.anchors[self.owner[nxt]].kind == "person")):
                continue  # a modifier of the next word ("opposition leader", "army officers")
            kind = {"person": "person", "body": "organisation"}.get(word.kind, "group")
            m = _Mention(unit_start, head + 1, kind, sector=word.sector, refers=(word.refers,))
            for i in range(unit_start, head + 1):
                self.used[i] = True
            mods = self._extend_left(m, head_is_person=False, allow_person=True)
            self._extend_of(m)
            m.sector = _phrase_sector(mods + [word], m.sector if m.sector != word.sector else None)
            self._apply_orgs(m)
            lower = doc[head].lower_
            if word.kind == "person":
                m.nominal = doc[head].lemma_.lower()
                m.role = doc[unit_start:head + 1].text
            lemma = doc[head].lemma_.lower()
            bare = m.start == unit_start and not m.orgs
            if m.country is None and not m.orgs and (lower in _NEED_MODIFIER
                                                     or lemma in _NEED_MODIFIER) \
                    or (bare and word.kind == "person" and not doc[head].is_title):
                for i in range(m.start, m.end):
                    self.used[i] = False
                continue
            m.confidence = 0.9 if m.country else 0.5
            self.mentions.append(m)

    def _remaining_anchors(self) -> None:
        doc = self.doc
        for anchor in self.anchors:
            if self.used[anchor.start] and anchor.char_start is None:
                continue
            if anchor.char_start is not None and self.used[anchor.start]:
                continue
            if anchor.kind == "country":
                form: CountryForm = anchor.payload  # type: ignore[assignment]
                m = _Mention(anchor.start, anchor.end, "country", country=form.iso3,
                             char_start=anchor.char_start, char_end=anchor.char_end)
                if form.form in ("capital", "seat"):
                    m.sector = "GOV"
                elif form.form == "people":
                    m.kind, m.sector = "group", "CVL"
                m.confidence = 1.0
                if anchor.char_start is not None or form.form == "adjective":
                    m.confidence = 0.5  # attributive: "U.S.-backed", "Russian gas"
                prev = doc[anchor.start - 1].lower_ if anchor.start else ""
                if prev == "the" and anchor.char_start is None and form.form == "name":
                    m.start -= 1
                    prev = doc[anchor.start - 2].lower_ if anchor.start > 1 else ""
                if prev in _LOCATIVE:
                    m.confidence = 0.4 if form.form == "capital" else 0.6
            elif anchor.kind == "org":
                org: Organisation = anchor.payload  # type: ignore[assignment]
                m = _Mention(anchor.start, anchor.end, "organisation", country=org.country,
                             sector=org.sector, name=org.name)
                self._extend_org(m)
            elif anchor.kind == "ent_org":
                m = _Mention(anchor.start, anchor.end, "organisation",
                             name=" ".join(doc[anchor.start:anchor.end].text.split()))
                self._extend_left(m, head_is_person=False, allow_person=False)
                self._apply_orgs(m)
                m.confidence = 0.8 if m.country else 0.5
            elif anchor.kind == "ethnic":
                m = _Mention(anchor.start - 1, anchor.end, "group", sector="CVL", confidence=0.5,
                             name=doc[anchor.start:anchor.end].text,
                             kin=anchor.payload.iso3)  # type: ignore[union-attr]
            elif anchor.kind == "ent_norp":
                if self._names_place(anchor.start):
                    continue  # "near the town of Samarra": a place the tagger took for a people
                m = _Mention(anchor.start, anchor.end, "group",
                             name=" ".join(doc[anchor.start:anchor.end].text.split()),
                             confidence=0.5)
            else:
                continue
            for i in range(m.start, m.end):
                self.used[i] = True
            self.mentions.append(m)

    def _names_place(self, i: int) -> bool:
        """Whether the words before token ``i`` make it a place: "near", "in", "town of"."""
        doc = self.doc
        if i == 0:
            return False
        prev = doc[i - 1].lower_
        if prev == "the" and i > 1:
            prev = doc[i - 2].lower_
        if prev in _LOCATIVE:
            return True
        return prev == "of" and i > 1 and doc[i - 2].lower_ in _PLACE_NOUNS

    def _extend_org(self, m: _Mention) -> None:
        """"the Venezuelan Congress", "Russia's Duma": a modifier can tie a body to a state."""
        doc = self.doc
        j = m.start - 1
        if j >= 0 and doc[j].text in ("'s", "\u2019s") and j > 0:
            j -= 1
        if j >= 0 and self.owner[j] >= 0 and not self.used[j]:
            anchor = self.anchors[self.owner[j]]
            if anchor.kind == "country" and anchor.char_start is None:
                form: CountryForm = anchor.payload  # type: ignore[assignment]
                if form.iso3 != m.country and m.country not in NON_STATE_CODES and \
                        form.form in ("adjective", "name"):
                    m.country = form.iso3
                    m.start = anchor.start

    def _appositions(self) -> None:
        """"Mark Weisbrot, the CEPR Co-Director": the description after a name describes it;
        "the Venezuelan Ambassador ..., Carlos Vecchio": a name after a description names it."""
        doc = self.doc
        by_start = {m.start: m for m in self.mentions}
        for m in list(self.mentions):
            if m.kind != "person":
                continue
            if m.name is not None and m.role is None and m.end + 1 < self.n \
                    and doc[m.end].text == ",":
                self._describe_after(m)
            if m.name is None and m.nominal:
                # a name in apposition to the description
                for child in doc[m.end - 1].children:
                    if child.dep_ == "appos":
                        other = self._mention_at(child.i, by_start)
                        if other is not None and other.name and other.kind == "person":
                            m.name = other.name
                            if other.confidence >= 1.0:  # the knowledge base knows better
                                m.country, m.sector = other.country, other.sector
                            other.role = other.role or m.role
                            other.country = other.country or m.country
                            other.sector = other.sector or m.sector
                            break

    def _mention_at(self, i: int, by_start: dict[int, _Mention]) -> _Mention | None:
        for m in self.mentions:
            if m.start <= i < m.end:
                return m
        return None

    def _describe_after(self, m: _Mention) -> None:
        doc = self.doc
        k = m.end + 1
        if k < self.n and doc[k].lower_ in ("the", "a", "an"):
            k += 1
        role_start = None
        role_end = None
        orgs: list[Organisation] = []
        country = None
        while k < self.n:
            tok = doc[k]
            a = self.owner[k]
            if a >= 0:
                anchor = self.anchors[a]
                if anchor.kind == "org":
                    orgs.append(anchor.payload)  # type: ignore[arg-type]
                elif anchor.kind == "country" and anchor.char_start is None:
                    country = country or anchor.payload.iso3  # type: ignore[union-attr]
                else:
                    break
                k = anchor.end
                continue
            if self._sector_at(k) is not None or tok.lower_ in _TITLE_MODIFIERS \
                    or (tok.text == "-" and not tok.whitespace_) \
                    or (tok.is_title and tok.pos_ == "PROPN" and role_start is not None):
                if role_start is None:
                    role_start = k
                role_end = k + 1
                k += 1
                continue
            break
        if role_start is None and not orgs:
            return
        if role_start is not None:
            m.role = doc[role_start:role_end].text
            unit = self._sector_at(role_end - 1)
            if unit is not None and unit[1].sector and not m.sector:
                m.sector = unit[1].sector
            # the description is this person, not a second actor
            self.mentions = [x for x in self.mentions
                             if not (role_start <= x.start and x.end <= role_end
                                     and x.kind in ("person", "group"))]
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
        if m.country or m.sector:
            m.confidence = max(m.confidence, 0.8)

    # -- context and coreference --------------------------------------------------------------
    def _definite_descriptions(self) -> None:
        """"The soldiers" after "Israeli troops", "the president" after "President Putin":
        a definite description with no state of its own refers back to the latest earlier
        mention with the same head noun or title group (sectors.tsv ``refers``), not to the
        nearest state in its sentence. "the government in Caracas" names its state outright.
        """
        doc = self.doc
        self.mentions.sort(key=lambda m: m.start)
        latest: dict[str, _Mention] = {}  # synonym group -> latest resolved mention
        for m in self.mentions:
            if m.kind == "person" and m.name is not None:  # roles from appositions came late
                m.refers = tuple(k for k in (_role_group(m.role), _role_group(m.text_role)) if k)
            if m.definite and m.country is None and m.name is None and m.refers \
                    and m.kind in ("group", "organisation", "person") \
                    and not any(doc[i].lower_ in _OTHER_HOLDER for i in range(m.start, m.end)):
                located = self._located_in(m.end)
                if located is not None:
                    m.country, m.confidence = located, 0.8
                else:
                    for key in m.refers:
                        cand = latest.get(key)
                        if cand is None or m.sector and cand.sector and m.sector != cand.sector:
                            continue
                        m.country, m.name = cand.country, cand.name
                        m.sector = cand.sector or m.sector
                        m.confidence = min(0.8, cand.confidence)
                        break
            if m.country is not None:
                for key in m.refers:
                    latest[key] = m

    def _located_in(self, i: int, forms: tuple[str, ...] = ("capital", "seat")) -> str | None:
        """The state of "in Caracas" / "in Kabul" right after token ``i - 1``: a seat of
        government names the government it houses."""
        if i + 1 >= self.n or self.doc[i].lower_ not in ("in", "at"):
            return None
        a = self.owner[i + 1]
        if a < 0 or self.anchors[a].kind != "country" or self.anchors[a].char_start is not None:
            return None
        form: CountryForm = self.anchors[a].payload  # type: ignore[assignment]
        return form.iso3 if form.form in forms else None

    def _context(self) -> None:
        """Unmodified sector nouns ("the government") take the article's main country."""
        main = main_country(self.mentions)
        for m in self.mentions:
            if m.kin is not None and m.country is None:
                # "ethnic Albanians in Macedonia": coded by where they live, not the kin state
                where = self._located_in(m.end, forms=("name",)) or main
                if where is not None and where != m.kin:
                    m.country, m.from_context = where, True
        if main is not None:
            for m in self.mentions:
                if m.country is None and m.kind in ("group", "organisation", "person") \
                        and m.name is None and m.sector in _CONTEXT_SECTORS:
                    m.country = main
                    m.from_context = True
                    m.confidence = 0.6
        for m in self.mentions:
            if m.country is None and m.sector == "NGO":
                m.country = "NGO"  # "a human rights group": PLOVER's non-state NGO code
        # still unknown: a titled person or a group in a sentence about exactly one state
        states: dict[int, set[str]] = {}
        for m in self.mentions:
            if m.country and m.country not in NON_STATE_CODES and not m.from_context:
                states.setdefault(sentence_of_token(self.doc, m.start), set()).add(m.country)
        everywhere = set().union(*states.values()) if states else set()
        for m in self.mentions:
            if m.country is not None or m.kind not in ("group", "organisation", "person"):
                continue
            if m.kind == "person" and not m.role or m.kind == "organisation" and m.sector is None:
                continue
            here = states.get(sentence_of_token(self.doc, m.start), set())
            pool = here if here else everywhere
            if len(pool) == 1:
                m.country = next(iter(pool))
                m.from_context = True
                m.confidence = 0.5

    def _quote_regions(self) -> list[tuple[int, int]]:
        text = self.doc.text
        regions = []
        open_at = None
        for i, ch in enumerate(text):
            if ch == "\u201c" or (ch == '"' and open_at is None):
                open_at = i
            elif (ch == "\u201d" or ch == '"') and open_at is not None:
                regions.append((open_at, i))
                open_at = None
            elif ch == "\n" and open_at is not None and text[open_at:i].count("\n") > 2:
                open_at = None
        return regions

    def _coreference(self) -> None:
        doc = self.doc
        self.mentions.sort(key=lambda m: m.start)
        people = [m for m in self.mentions if m.kind == "person"]
        # later bare surnames of people first named in full ("Weisbrot" after "Mark Weisbrot")
        by_surname: dict[str, _Mention] = {}
        for m in people:
            if m.name and m.country is None and m.sector is None and " " not in m.name \
                    and m.name in by_surname:
                first = by_surname[m.name]
                m.name, m.country, m.sector = first.name, first.country, first.sector
                m.role = m.role or first.role
                m.confidence = max(m.confidence, first.confidence - 0.1)
            elif m.name and " " in m.name:
                by_surname.setdefault(m.name.split()[-1], m)
        # "Cengiz said" tagged ORG after "Hatice Cengiz": the surname of a person named in full
        for m in self.mentions:
            if m.kind == "organisation" and m.country is None and m.name and not m.orgs:
                first = by_surname.get(m.name.removesuffix("'s").removesuffix("\u2019s"))
                if first is not None:
                    m.kind, m.name, m.country, m.sector = "person", first.name, first.country, \
                        first.sector
                    m.role, m.refers = first.role, first.refers
                    m.confidence = max(0.6, first.confidence - 0.1)
        # "the Russian president": the nearest earlier named person with that role and country
        named = [m for m in people if m.name]
        starts = [m.start for m in named]
        for m in people:
            if m.name or not m.nominal or not m.definite:
                continue
            end = bisect.bisect_left(starts, m.start)
            # same title group ("president" is not "vice-president"), not a former holder
            fitting = [c for c in reversed(named[:end])
                       if set(m.refers) & set(c.refers)
                       and not _OTHER_HOLDER & set(f"{c.role or ''} {c.text_role or ''}"
                                                   .lower().split())
                       and (m.country is None or c.country == m.country)]
            # a title of the state ("the president") means the office holder, not a rival
            fitting.sort(key=lambda c: c.sector != m.sector)
            if fitting:
                cand = fitting[0]
                m.name, m.country, m.sector = cand.name, cand.country, cand.sector
                m.confidence = 0.8
        # "he said": the nearest earlier person outside the quotation this pronoun introduces
        regions = self._quote_regions()
        region_starts = [r[0] for r in regions]
        named = sorted((m for m in self.mentions if m.kind == "person" and m.name),
                       key=lambda m: m.start)
        starts = [m.start for m in named]
        for tok in doc:
            if tok.lower_ not in _SUBJECT_PRONOUNS or not tok.dep_.startswith("nsubj"):
                continue
            pos = bisect.bisect_left(starts, tok.i) - 1
            antecedent = None
            while pos >= 0:
                cand = named[pos]
                cand_char = doc[cand.start].idx
                r = bisect.bisect_right(region_starts, cand_char) - 1
                inside = r >= 0 and regions[r][0] <= cand_char <= regions[r][1]
                same_sentence = sentence_of_token(doc, cand.start) == sentence_of_token(doc, tok.i)
                if not (inside and same_sentence):
                    antecedent = cand
                    break
                pos -= 1
            if antecedent is None:
                continue
            m = _Mention(tok.i, tok.i + 1, "pronoun", country=antecedent.country,
                         sector=antecedent.sector, name=antecedent.name, role=antecedent.role,
                         confidence=0.7)
            self.mentions.append(m)

    def _actors(self) -> list[Actor]:
        doc = self.doc
        text = doc.text
        out = []
        seen: set[tuple[int, int]] = set()
        for m in self.mentions:
            start = m.char_start if m.char_start is not None else doc[m.start].idx
            if m.char_end is not None:
                end = m.char_end
            else:
                last = doc[m.end - 1]
                end = last.idx + len(last.text)
            if (start, end) in seen or end <= start:
                continue
            seen.add((start, end))
            sector = m.sector
            country = m.country
            out.append(
                Actor(
                    start=start,
                    end=end,
                    text=text[start:end],
                    country=country,
                    sector=sector,
                    code=actor_code(country, sector),
                    name=m.name,
                    role=m.role,
                    kind=m.kind,
                    sentence=sentence_of_token(doc, m.start),
                    confidence=round(m.confidence, 2),
                )
            )
        out.sort(key=lambda a: (a.start, a.end))
        return out


def _common_word(doc: Doc, start: int, end: int) -> bool:
    """A one-word entity the tagger does not take for a proper noun is an ordinary word."""
    return end - start == 1 and doc[start].tag_ not in ("NNP", "NNPS", "")


def _role_group(role: str | None) -> str | None:
    """The synonym group of a title ("President of Russia" -> leader, "Foreign Minister" ->
    minister): its last word before "of", or its last two when sectors.tsv lists them."""
    if not role:
        return None
    words = role.lower().split(" of ")[0].split()
    if not words:
        return None
    lexicon = sector_words()
    if len(words) > 1 and f"{words[-2]} {words[-1]}" in lexicon:
        head, rest = lexicon[f"{words[-2]} {words[-1]}"], words[:-2]
    else:
        head, rest = lexicon.get(words[-1]), words[:-1]
    if head is None or head.kind != "person":
        return None
    if any(w in lexicon for w in rest):
        return " ".join(words)  # "Senate Minority Leader" is not "the leader" of a state
    return head.refers


def _is_titleish(tok, words: dict[str, SectorWord]) -> bool:
    lower = tok.lower_
    return lower in _TITLE_MODIFIERS or (lower in words and words[lower].kind == "person") \
        or tok.text in ("'s", "\u2019s")


def _phrase_sector(words: list[SectorWord], current: str | None) -> str | None:
    """The sector of a phrase: a dominant modifier ("opposition", "rebel") wins, then a
    specific head, then a title's modifier ("army spokesman" -> MIL)."""
    sectors = [w.sector for w in words if w.sector]
    for s in sectors:
        if s in _DOMINANT:
            return s
    if current:
        return current
    if not words:
        return None
    head = words[-1] if words else None
    if head is not None and head.kind == "person":
        for w in words[:-1]:
            if w.sector and w.sector != head.sector:
                return w.sector
    return sectors[-1] if sectors else None


def main_country(mentions: list) -> str | None:
    """The state an article is mostly about, when one clearly leads; else None."""
    counts: dict[str, int] = {}
    for m in mentions:
        c = m.country
        if c and c not in NON_STATE_CODES and m.kind != "pronoun":
            counts[c] = counts.get(c, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if n >= 2 and n >= 1.25 * second:
        return top
    return None

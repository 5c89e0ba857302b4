"""The actor knowledge base: people and organisations with country, sector, role and dates.

News names people without saying who they are ("Putin said"); the knowledge base supplies the
country, sector and role, resolved by the article's date because roles change (Medvedev was
president 2008-2012 and prime minister 2012-2020). The bundled files are ``data/actors.tsv``
and ``data/organisations.tsv``; users add their own rows in the actors.tsv format
(``load_kb(["my_actors.tsv"])``, ``dyads actors --actors FILE``).
"""

from __future__ import annotations

import calendar
import datetime
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .countries import NON_STATE_CODES, CountryForm, country_forms, data_text, read_tsv
from .errors import InputError

__all__ = [
    "ActorKB",
    "KBEntry",
    "Organisation",
    "fold",
    "load_kb",
    "parse_date",
    "set_default_kb",
    "strip_accents",
]

KB_COLUMNS = ("name", "aliases", "country", "sector", "role", "start", "end", "notes", "gender")



def strip_accents(text: str) -> str:
    """"Guaidó" -> "Guaido": news writes names with and without diacritics. (ASCII text is
    its own decomposition: returned as it is.)"""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """The lookup key of a name: no diacritics, lower case, single spaces, straight apostrophes.
    ASCII text has no diacritics nor curly apostrophes, so it skips the Unicode decomposition
    (most names, and most of the 70,000 rows of the places table folded at start-up)."""
    if text.isascii():
        return " ".join(text.lower().split())
    text = strip_accents(text).replace("’", "'").replace("‘", "'")
    return " ".join(text.lower().split())


def _surname_exceptions() -> frozenset[str]:
    """Last names that match only with the first name (``data/surname_exceptions.txt``):
    common words, places and shared names ("Kim", "Green", "Nepal"), folded."""
    lines = data_text("surname_exceptions.txt").splitlines()
    return frozenset(fold(line) for line in lines if line.strip() and not line.startswith("#"))


_NO_SURNAME_FOLDED = _surname_exceptions()
# (session 54) Roles of a leader's spouse: the surname alone is the leader's ("President Biden"),
# never the spouse's, who is named in full.
_SPOUSE_ROLES = frozenset({"first lady", "first gentleman"})


def parse_date(value: str | None, end: bool = False) -> str | None:
    """"2019", "2019-01" or "2019-01-23" -> a full ISO date (the first or last day)."""
    if not value:
        return None
    value = value.strip()[:10]
    parts = value.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-12-31" if end else f"{parts[0]}-01-01"
    if len(parts) == 2:
        last = calendar.monthrange(int(parts[0]), int(parts[1]))[1]
        return f"{parts[0]}-{parts[1]}-{last:02d}" if end else f"{parts[0]}-{parts[1]}-01"
    return value


def _within(start: str | None, end: str | None, date: str) -> bool:
    """Whether the ISO ``date`` falls from ``start`` to ``end`` (an open side has no bound): the
    one date test of people's roles and of organisations' dated rows."""
    return (start or "0000") <= date <= (end or "9999")


@dataclass(frozen=True, slots=True)
class KBEntry:
    """One role of one person over a date range (``end`` None: still in office)."""

    name: str
    country: str | None
    sector: str | None
    role: str | None
    start: str | None = None
    end: str | None = None
    aliases: tuple[str, ...] = ()
    notes: str = ""
    gender: str | None = None  # "m" | "f": which of "he" and "she" can mean this person

    def active(self, date: str | None) -> bool:
        if date is None:
            return self.end is None
        return _within(self.start, self.end, date)


@dataclass(frozen=True, slots=True)
class Organisation:
    """A named organisation: an IGO, a government body, an armed group, an NGO. ``start`` and
    ``end`` (ISO dates, optional) bound a row that holds only for a period: a movement that
    takes power is a government then and rebels before and after (the Taliban)."""

    name: str
    country: str | None
    sector: str | None
    aliases: tuple[str, ...] = ()
    start: str | None = None
    end: str | None = None

    def active(self, date: str) -> bool:
        """Whether this dated row holds on ``date`` (an ISO date)."""
        return _within(self.start, self.end, date)


@dataclass
class ActorKB:
    """People (several dated roles each), organisations and country forms, plus the matcher
    patterns built from them (built once, on first use, and reused for every document)."""

    people: dict[str, list[KBEntry]] = field(default_factory=dict)  # canonical name -> roles
    organisations: list[Organisation] = field(default_factory=list)
    countries: dict[str, CountryForm] = field(default_factory=dict)
    _person_keys: dict[str, set[str]] = field(default_factory=dict)  # folded alias -> names
    _matcher: object | None = None
    _labels: dict[int, tuple[str, object]] = field(default_factory=dict)
    _folded: dict[str, tuple[str, object]] | None = None  # folded form -> (kind, payload)
    _org_periods: dict[str, list[Organisation]] = field(default_factory=dict)  # name -> dated rows

    # -- people -------------------------------------------------------------------------------
    def add_person(self, entry: KBEntry) -> None:
        roles = self.people.setdefault(entry.name, [])
        roles.append(entry)
        roles.sort(key=lambda e: e.start or "")
        for alias in self.person_aliases(entry):
            self._person_keys.setdefault(fold(alias), set()).add(entry.name)
        self._matcher = self._folded = None

    @staticmethod
    def person_aliases(entry: KBEntry) -> list[str]:
        names = [entry.name, *entry.aliases]
        if entry.country in _ARABIC_NAMING:
            # (session 52) "Saad al-Hariri", "Rafik al-Hariri": papers add the article the
            # row's "Saad Hariri" leaves out
            names += [f"{a.split()[0]} al-{a.split()[1]}" for a in names
                      if len(a.split()) == 2 and "-" not in a and a.split()[1][:1].isupper()]
        tokens = entry.name.split()
        # (session 59) "Lu Kang": a Chinese or Korean name opens with the family name, and its
        # last word is a given name, no name to find the person by ("Kang" is Kang Chol, a North
        # Korean envoy). Nor is the family name, which many share ("Hong" of Hong Lei is not Hong
        # Yong-pyo): "Lu said" after "Lu Kang" is found in the text, not here. Not "Joseph Wu" or
        # "David Lin", written in the Western order
        family_first = entry.country in _FAMILY_NAME_FIRST and len(tokens) in (2, 3) \
            and fold(tokens[0]) in _CJK_FAMILY_NAMES
        if not family_first and len(tokens) > 1 and fold(tokens[-1]) not in _NO_SURNAME_FOLDED and len(tokens[-1]) > 2 \
                and (entry.role or "").lower() not in _SPOUSE_ROLES:
            names.append(tokens[-1])
        return names

    def person_names(self, name: str) -> list[str]:
        """A canonical name and the aliases of every row of that person ("Hugo Chávez", "Hugo
        Chavez Frias"): the names a written name of that person may use."""
        return [name, *(alias for entry in self.people.get(name, ()) for alias in entry.aliases)]

    def candidates(self, text: str) -> list[str]:
        """Canonical names a written name may refer to (accents and case ignored)."""
        return sorted(self._person_keys.get(fold(text), ()))

    def resolve_person(self, text: str, date: str | None = None) -> KBEntry | None:
        """The role a name had on ``date``: active roles first, then the nearest in time.

        A person found out of office is returned with sector ELI ("former" elites, as CAMEO
        codes ousted and retired leaders) when their last role ended before the date.
        """
        best: tuple[tuple[int, str], KBEntry] | None = None
        for name in self.candidates(text):
            for entry in self.people[name]:
                if entry.active(date):
                    # latest active role first; but on the day power changes hands the office
                    # held or taken that day is what the story is about (session 58: Nasheed
                    # resigning as president, opposition leader from that same day)
                    key: tuple[int, str] = (0, ("0" if _changes_office(entry, date) else "1")
                                            + _neg(entry.start))
                else:
                    key = (1, _distance(entry, date))
                if best is None or key < best[0]:
                    best = (key, entry)
        if best is None:
            return None
        entry = best[1]
        if best[0][0] == 1 and date and entry.start and entry.start > date \
                and entry.sector not in _CALLINGS and not _incoming(entry.start, date):
            entry = self._before_office(entry, date)
        if best[0][0] == 1 and date and entry.end and entry.end < date and entry.sector == "JUD" \
                and entry.country in ("UNO", "IGO", "EUR"):
            return None  # (session 46) a world court's past president sits on other benches later, as himself
        if best[0][0] == 1 and date and entry.end and entry.end < date \
                and entry.sector not in _CALLINGS and not _mourned(entry, date):
            return KBEntry(entry.name, entry.country, "ELI", f"former {entry.role}"
                           if entry.role else None, entry.start, entry.end, entry.aliases,
                           gender=entry.gender)
        return entry

    def takes_office_later(self, entry: KBEntry, date: str | None) -> bool:
        """(session 32) Whether ``entry`` is an office its holder takes up only after ``date``
        (an incoming holder, within ``_INCOMING_DAYS``) and no other role of theirs is held
        on the date: the text's own description of the person on the date may then say
        better what they were (``actor_mentions.described_before_office``)."""
        if not date or not entry.start or entry.start <= date:
            return False
        return not any(e.active(date) for e in self.people.get(entry.name, ()))

    def _before_office(self, entry: KBEntry, date: str) -> KBEntry:
        """(session 29) A person whose nearest role starts after ``date`` does not hold it yet
        ("opposition figure Succes Masra" in 2022, prime minister from 2024; not an incoming
        holder within ``_INCOMING_DAYS``, "President-elect Joe Biden"): an earlier role
        that ended is what they were then (found out of office below, ELI); with none the
        person keeps the state but no office (the text's own words may give one). A pseudo-state
        (IGO, UNO, NGO) is the later office's, not the person's, and goes with it ("Djiboutian
        Foreign Minister X" before X chaired the African Union Commission)."""
        ended = [e for e in self.people.get(entry.name, ()) if e.end and e.end < date]
        if ended:
            return max(ended, key=lambda e: e.end or "")
        country = None if entry.country in NON_STATE_CODES else entry.country
        return KBEntry(entry.name, country, None, None, entry.start, entry.end,
                       entry.aliases, gender=entry.gender)

    # -- organisations ------------------------------------------------------------------------
    def add_organisation(self, org: Organisation) -> None:
        """A dated row of a name already listed is a period of that body, found through the
        first row's names (``organisation_on``), not a second body for the matcher."""
        base = next((o for o in self.organisations if o.name == org.name), None) \
            if org.start or org.end else None
        if base is not None:
            self._org_periods.setdefault(org.name, []).append(
                Organisation(org.name, org.country, org.sector, base.aliases, org.start, org.end))
            return
        self.organisations.append(org)
        self._matcher = self._folded = None

    def organisation_on(self, org: Organisation, date: str | None) -> Organisation:
        """The row of ``org`` that holds on the article's ``date``: a dated period of the same
        name when one covers the date (the Taliban as AFG GOV in 2025), else ``org`` itself.
        Undated articles keep the undated row."""
        if not date or org.name not in self._org_periods:
            return org
        for period in self._org_periods[org.name]:
            if period.active(date):
                return period
        return org

    # -- matching -----------------------------------------------------------------------------
    def phrase_patterns(self) -> list[tuple[str, object, str]]:
        """(label kind, payload, surface text) for every form the matcher looks for."""
        out: list[tuple[str, object, str]] = []
        for text, form in self.countries.items():
            out.append(("country", form, text))
        for org in self.organisations:
            names = (org.name, *org.aliases)
            for alias in dict.fromkeys(names + tuple(v for a in names for v in _spellings(a))):
                out.append(("org", org, alias))
                if alias.startswith("the "):  # "The Fed raised rates": a sentence's first word
                    out.append(("org", org, "The " + alias[4:]))
                if strip_accents(alias) != alias:
                    out.append(("org", org, strip_accents(alias)))
                if len(alias) >= 4 and alias.isalpha() and alias.isupper():
                    # "Ecowas", "Nato": papers that write acronyms as words; the gazetteer
                    # takes this form only where the tagger reads a body's name
                    out.append(("org", org, alias.title()))
        for name, roles in self.people.items():
            seen: set[str] = set()
            for entry in roles:
                for alias in self.person_aliases(entry):
                    for variant in (alias, strip_accents(alias)):
                        if variant not in seen:
                            seen.add(variant)
                            out.append(("person", name, variant))
        return out

    def lookup_folded(self, text: str) -> tuple[str, object] | None:
        """(kind, payload) of a form written in another case ("RUSSIA", "MADURO"): headlines
        and bylines set names in capitals, which the case-sensitive matcher does not see.
        States come before organisations and people when a folded form is ambiguous."""
        if self._folded is None:
            folded: dict[str, tuple[str, object]] = {}
            for kind, payload, surface in self.phrase_patterns():
                folded.setdefault(fold(surface), (kind, payload))
            self._folded = folded
        return self._folded.get(fold(text))

    def matcher(self):
        """A PhraseMatcher over every form, built on first use (about a second) and kept."""
        if self._matcher is None:
            self._build_matcher()
        return self._matcher, self._labels

    def _build_matcher(self) -> None:
        from spacy.matcher import PhraseMatcher

        nlp = _tokenizer_nlp()
        matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        labels: dict[int, tuple[str, object]] = {}
        by_label: dict[str, list] = {}
        payloads: dict[str, tuple[str, object]] = {}
        for kind, payload, text in self.phrase_patterns():
            if kind == "country":
                label = f"C|{text}"
            elif kind == "org":
                label = f"O|{id(payload)}"
            else:
                label = f"P|{payload}"
            payloads[label] = (kind, payload)
            by_label.setdefault(label, []).append(text)
        unique = sorted({t for texts in by_label.values() for t in texts})
        docs = dict(zip(unique, nlp.tokenizer.pipe(unique)))
        for label, texts in by_label.items():
            matcher.add(label, [docs[t] for t in dict.fromkeys(texts)])
            labels[nlp.vocab.strings[label]] = payloads[label]
        self._matcher = matcher
        self._labels = labels
        self.lookup_folded("")  # the case-folded index too, so documents never pay for it


# (session 59) States whose people's names open with the family name ("Xi Jinping", "Moon Jae-in").
_FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "KOR", "PRK"})
# Common Chinese and Korean family names as English papers spell them (case-folded).
_CJK_FAMILY_NAMES = frozenset("""
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie
song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding
ren shen yao cui zhong tan fan jin shi liao jia xia fu fang bai zou meng xiong qin qiu yin xue yan
duan lei hou long tao gu mao hao gong shao wan qian dai mo kong xiang hong xi wen tsai lai chang
chiang hsieh lee ko lien soong chung kim park choi choe jung kang cho yoon yun jang lim oh seo shin
kwon hwang ahn yoo jeon moon son bae baek paek nam noh roh ha ri pak ban goh tien
""".split())
# States whose people's family names papers write with the Arabic article or without it.
_ARABIC_NAMING = frozenset({"DZA", "BHR", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN",
                            "PSE", "QAT", "SAU", "SDN", "SYR", "TUN", "ARE", "YEM"})


# The Arabic article as papers write it before a name: "al-Shabaab", "al Shabaab",
# "Al-Shabaab", "Al Shabaab" (and "el-" the same way).
_ARTICLE = re.compile(r"(?<![A-Za-z])([AaEe]l)[- ](?=[A-Z])")


def _spellings(alias: str) -> list[str]:
    """Other spellings of an organisation's name that wire copy uses for the same body: the
    Arabic article written with or without a hyphen and capital ("al Shabaab" for
    "al-Shabaab", "Jabhat al Nusra", "Al-Jazeera"), and a hyphen between two words written
    as a space ("Tehrik i Taliban"). Only the listed name's words are varied."""
    out: list[str] = []
    if _ARTICLE.search(alias):
        for case in (str.lower, str.title):
            for joint in ("-", " "):
                text = _ARTICLE.sub(lambda m: case(m.group(1)) + joint, alias)
                if text != alias and text not in out:
                    out.append(text)
    spaced = alias.replace("-", " ")
    if spaced != alias and spaced not in out \
            and all(part[:1].isalpha() for part in alias.split("-")[1:]):
        out.append(spaced)
    for text in _british_american(alias):
        if text != alias and text not in out:
            out.append(text)
    return out


# Words that British and American copy spell differently inside the names of the same bodies
# ("Organisation for Security and Cooperation in Europe", "World Food Program"). Only words
# that never tell two bodies apart: "Labour"/"Labor" and "Defence"/"Defense" name different
# parties and ministries, so they are not here.
_SPELLINGS = {"Organization": "Organisation", "Organizations": "Organisations",
              "Co-operation": "Cooperation", "Programme": "Program", "Stabilization": "Stabilisation"}
_SPELLINGS.update({v: k for k, v in list(_SPELLINGS.items())})


def _british_american(alias: str) -> list[str]:
    """Every spelling of ``alias`` with its listed words written the other way, alone and
    together ("Organisation ... Co-operation" gives three more)."""
    words = alias.split(" ")
    forms = [words]
    for i, word in enumerate(words):
        other = _SPELLINGS.get(word)
        if other is not None:
            forms += [f[:i] + [other] + f[i + 1:] for f in forms]
    return [" ".join(f) for f in forms[1:]]


# Callings, not offices: a journalist or doctor whose entry ends (often at death) is still
# known by that calling; only state and party offices leave a "former" elite (ELI).
_CALLINGS = frozenset({"JRN", "CVL", "MED", "EDU", "BUS", "HRI", "REL", "LAB", "AGR", "ENV", "REF"})


# Days after a death in office during which reports (obituaries, tributes, the succession)
# still speak of the person in that office rather than as a former one.
_MOURNING_DAYS = 60


def _mourned(entry: KBEntry, date: str) -> bool:
    """Whether ``date`` falls soon after the person died in the office of ``entry``."""
    if "died in office" not in entry.notes or not entry.end:
        return False
    try:
        ended = datetime.date.fromisoformat(entry.end[:10])
        when = datetime.date.fromisoformat(date[:10])
    except ValueError:
        return False
    return 0 <= (when - ended).days <= _MOURNING_DAYS


# Days before taking up an office during which news speaks of the incoming holder in it
# ("President-elect Joe Biden", a prime minister-designate): GOV, as judges accept.
_INCOMING_DAYS = 180


def _incoming(start: str, date: str) -> bool:
    """(session 29) Whether an office starting on ``start`` is near enough after ``date``
    that the story's person is its incoming holder, not someone who holds it years later."""
    try:
        begins = datetime.date.fromisoformat(start[:10])
        when = datetime.date.fromisoformat(date[:10])
    except ValueError:
        return True
    return 0 <= (begins - when).days <= _INCOMING_DAYS


def _neg(start: str | None) -> str:
    # invert an ISO date so that later dates sort first
    digits = (start or "0000-00-00").replace("-", "")
    return "".join(str(9 - int(d)) if d.isdigit() else d for d in digits)


def _distance(entry: KBEntry, date: str | None) -> str:
    if date is None:
        return _neg(entry.start)
    if entry.end and entry.end < date:
        return _neg(entry.end)
    return entry.start or "9999"


@lru_cache(maxsize=1)
def _tokenizer_nlp():
    """A blank English pipeline: the same tokenizer rules as the model, without loading it."""
    from spacy.lang.en import English

    return English()


def _aliases(row: dict[str, str]) -> tuple[str, ...]:
    """The ``|``-separated aliases cell of a people or organisations row."""
    return tuple(a.strip() for a in row.get("aliases", "").split("|") if a.strip())


def _gender_cell(value: str | None) -> str | None:
    """"m"/"male" -> "m", "f"/"female" -> "f"; anything else is unknown."""
    g = (value or "").strip().lower()[:1]
    return g if g in ("m", "f") else None


def _read_actor_rows(text: str, source: str) -> list[KBEntry]:
    entries = []
    for row in read_tsv(text, source):
        missing = [c for c in ("name", "country") if c not in row]
        if missing:
            raise InputError(source, f"no column {missing[0]!r} (the header must be: "
                             + "\t".join(KB_COLUMNS) + ")")
        if not row["name"]:
            raise InputError(source, "empty name (every row needs a name)", int(row["_line"]))
        entries.append(
            KBEntry(
                name=row["name"],
                country=row.get("country") or None,
                sector=row.get("sector") or None,
                role=row.get("role") or None,
                start=parse_date(row.get("start")),
                end=parse_date(row.get("end"), end=True),
                aliases=_aliases(row),
                notes=row.get("notes", ""),
                gender=_gender_cell(row.get("gender")),
            )
        )
    return entries


def _read_organisations(text: str, source: str) -> list[Organisation]:
    orgs = []
    for row in read_tsv(text, source):
        orgs.append(Organisation(row["name"], row.get("country") or None,
                                 row.get("sector") or None, _aliases(row),
                                 parse_date(row.get("start")),
                                 parse_date(row.get("end"), end=True)))
    return orgs


def _bundled() -> ActorKB:
    kb = ActorKB(countries=dict(country_forms()))
    for org in _read_organisations(data_text("organisations.tsv"), "organisations.tsv"):
        kb.add_organisation(org)
    for entry in _read_actor_rows(data_text("actors.tsv"), "actors.tsv"):
        kb.add_person(entry)
    return kb


_DEFAULT: ActorKB | None = None


def load_kb(extra: list[str] | None = None) -> ActorKB:
    """The bundled knowledge base, plus the rows of each file in ``extra`` (actors.tsv format).

    Without extras the same object is returned every time, so its matcher is built once per
    process. A user row whose sector is ``ORG`` (or whose role is empty and name is an
    organisation) is still a person entry: organisations go in organisations.tsv format files
    named ``*organisations*.tsv``.
    """
    global _DEFAULT
    if not extra:
        if _DEFAULT is None:
            _DEFAULT = _bundled()
        return _DEFAULT
    kb = _bundled()
    for path in extra:
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(str(path), f"{exc.strerror or exc} (give a readable actors TSV file)")
        if "organisation" in p.name.lower() or "organization" in p.name.lower():
            for org in _read_organisations(text, str(path)):
                kb.add_organisation(org)
        else:
            for entry in _read_actor_rows(text, str(path)):
                kb.add_person(entry)
    return kb


def set_default_kb(extra: list[str] | tuple[str, ...] | None) -> ActorKB:
    """Make the bundled KB plus ``extra`` files the default for ``find_actors`` in this process.

    The pipeline calls this once per worker (``--actors FILE``), so stages keep their
    signatures and the matcher is still built once per process.
    """
    global _DEFAULT
    _DEFAULT = load_kb(list(extra)) if extra else _bundled()
    return _DEFAULT


def _changes_office(entry: KBEntry, date: str | None) -> bool:
    """Whether a government office starts or ends on ``date`` (both rows are active that day)."""
    return date is not None and entry.sector == "GOV" and date[:10] in (entry.start, entry.end)

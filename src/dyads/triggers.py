"""The trigger lexicon and CAMEO table, loaded once: the data behind event coding.

Kept apart from ``events`` so the lexicon can be inspected, tested and swapped without a parse.
SANCTION is QuadClass 4 (material conflict), following GDELT's QuadClass for CAMEO root 16;
the Phoenix PentaClass puts root 16 in class 3 and ``penta`` in cameo.tsv keeps that view.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .model import STATEMENT_TYPE

__all__ = [
    "AGREE_CODE",
    "AGREE_CONTEXT_CODE",
    "APPEAL_CODE",
    "PLOVER_SCORES",
    "REJECT_CODE",
    "REQUEST_CODE",
    "THREATEN_CODE",
    "WARNED_MEASURE_CODE",
    "PLOVER_TYPES",
    "CameoCode",
    "Trigger",
    "cameo_codes",
    "cameo_info",
    "context_words",
    "lexicon",
    "statement_lexicon",
    "word_list",
]

# PLOVER manual base scores (-10..+10), one per type (see the ontology reference).
PLOVER_SCORES: dict[str, float] = {
    "AGREE": 2.5,
    "CONSULT": 2.5,
    "SUPPORT": 5.0,
    "CONCEDE": 4.5,
    "COOPERATE": 9.5,
    "AID": 10.0,
    "RETREAT": 6.5,
    "REQUEST": 0.0,
    "ACCUSE": -3.0,
    "REJECT": -2.0,
    "THREATEN": -3.5,
    "SANCTION": -6.0,
    "PROTEST": -5.0,
    "MOBILIZE": -5.5,
    "COERCE": -7.0,
    "ASSAULT": -9.0,
}
PLOVER_TYPES: tuple[str, ...] = tuple(PLOVER_SCORES)
_NOUN_PREPS = {"against", "of", "to", "for", "on", "with", "from", "over"}

# The CAMEO code of a promised (AGREE 03x), appealed-for (02x), demanded (10x), refused (12x) or
# threatened (13x) thing, by the PLOVER type of that thing (CAMEO codebook categories).
AGREE_CODE = {"COOPERATE": "031", "AID": "033", "SUPPORT": "032", "CONSULT": "036", "CONCEDE": "034",
              "RETREAT": "035", "AGREE": "030"}
AGREE_CONTEXT_CODE = {("031", "economic"): "0311", ("031", "military"): "0312", ("031", "legal"): "0313",
                      ("031", "intelligence"): "0314", ("033", "economic"): "0331", ("033", "military"): "0332",
                      ("033", "humanitarian"): "0333", ("035", "military"): "0356", ("035", "legal"): "0353",
                      ("035", "economic"): "0354"}
APPEAL_CODE = {"COOPERATE": "021", "AID": "023", "SUPPORT": "022", "CONCEDE": "024", "RETREAT": "025",
               "CONSULT": "026", "AGREE": "027"}
REQUEST_CODE = {"COOPERATE": ("101", "assist"), "AID": ("103", "assist"), "SUPPORT": ("102", "assist"),
                "CONSULT": ("106", "meet"), "AGREE": ("107", "meet"), "CONCEDE": ("104", "change"),
                "RETREAT": ("105", "yield")}
REJECT_CODE = {"COOPERATE": ("121", "assist"), "AID": ("122", "assist"), "SUPPORT": ("121", "assist"),
               "CONSULT": ("125", "meet"), "AGREE": ("127", "meet"), "CONCEDE": ("123", "change"),
               "RETREAT": ("124", "yield"), "REQUEST": ("120", None)}
# (session 30) the warning CAMEO code of a measure of one's own side (by the measure's CAMEO base):
# stop aid (1311), sanctions (1312), halt talks (134), expel or withdraw (136); any other cut 1313
WARNED_MEASURE_CODE = {"162": ("1311", "relations"), "163": ("1312", "restrict"), "164": ("134", "relations"),
                       "166": ("136", "expel")}
THREATEN_CODE = {"ASSAULT": ("138", "violence"), "SANCTION": ("1312", "restrict"), "COERCE": ("132", "restrict"),
                 "PROTEST": ("133", "relations"), "MOBILIZE": ("138", "violence"), "REJECT": ("130", None)}


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon row: a word (plus an optional companion word) that signals an event.

    ``more`` holds the words of a verbal pattern after the companion ("hand in weapon": "weapon"),
    each of which must be there too, so a longer pattern is never read as its first two words."""

    pattern: str
    head: str
    word: str | None
    verbal: bool
    nominal: bool
    type: str
    mode: str | None
    cameo: str | None
    context: tuple[str, ...]
    frame: str
    more: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    type: str | None
    mode: str | None
    context: tuple[str, ...]
    quad_class: int
    penta: int


def _rows(name: str) -> list[list[str]]:
    text = resources.files("dyads").joinpath("data", name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return rows[1:]  # header row


@lru_cache(maxsize=1)
def lexicon() -> dict[str, list[Trigger]]:
    """Triggers by head lemma (verbs: the first word; nouns: the last word, as in "hunger strike").

    CAMEO 01 statement rows (type ``STATEMENT``) are left out: they live in
    :func:`statement_lexicon`, so that adding one never changes which event a word triggers."""
    return _lexicon(statements=False)


@lru_cache(maxsize=1)
def statement_lexicon() -> dict[str, list[Trigger]]:
    """The ``STATEMENT`` rows only (CAMEO 01: "expressed condolences", "claimed responsibility").

    Why apart: a statement is an extra record, never a reading that competes with an event for
    the same word, so the event coder's lexicon must not see these rows at all."""
    return _lexicon(statements=True)


def _lexicon(statements: bool) -> dict[str, list[Trigger]]:
    out: dict[str, list[Trigger]] = {}
    for n, row in enumerate(_rows("triggers.tsv"), start=2):
        if len(row) != 7:
            raise ValueError(f"triggers.tsv row {n} {row!r}: expected 7 tab-separated columns")
        if (row[2].strip() == STATEMENT_TYPE) != statements:
            continue
        for expanded in _expanded([c.strip() for c in row]):
            _add_trigger(out, *expanded)
    for entries in out.values():
        # phrase entries are tried first, the longest first: "hand over weapons" (disarm) must be
        # tried before "hand over" (return) or the shorter row always wins and the longer is dead
        entries.sort(key=lambda t: (t.word is None, -len(t.more)))
    return out


def _expanded(row: list[str]) -> list[list[str]]:
    """A companion word written "@name" stands for every word of list ``name`` in event_words.tsv,
    so one row covers "scrap the plan / the bill / the tax ..." without a row per object."""
    words = row[0].split()
    group = next((w for w in words if w.startswith("@")), None)
    if group is None:
        return [row]
    return [[" ".join(m if w == group else w for w in words), *row[1:]] for m in sorted(word_list(group[1:]))]


def _add_trigger(out: dict[str, list[Trigger]], pattern: str, pos: str, typ: str, mode: str, cameo: str,
                 context: str, frame: str) -> None:
    """File one pattern under its head lemma, as a verbal and/or a nominal trigger."""
    words = pattern.split()
    ctx = tuple(c for c in context.split(";") if c)
    if "V" in pos:
        trig = Trigger(pattern, words[0], words[1] if len(words) > 1 else None, True, False,
                       typ, mode or None, cameo or None, ctx, frame, tuple(words[2:]))
        out.setdefault(trig.head, []).append(trig)
    if "N" in pos:
        # "charge against": a noun with its preposition is keyed on the noun, not the preposition
        head, word = (words[0], words[-1]) if len(words) > 1 and words[-1] in _NOUN_PREPS \
            else (words[-1], words[0] if len(words) > 1 else None)
        trig = Trigger(pattern, head, word, False, True,
                       typ, mode or None, cameo or None, ctx, frame)
        out.setdefault(trig.head, []).append(trig)


@lru_cache(maxsize=1)
def speech_lemmas() -> frozenset[str]:
    """Lemmas of speech verbs: the lexicon's one-word SAY rows ("say", "tell", "warn" ...)."""
    return frozenset(k for k, v in lexicon().items() if any(t.type == "SAY" and t.word is None for t in v))


@lru_cache(maxsize=1)
def cameo_codes() -> dict[str, CameoCode]:
    """Every CAMEO code we know, with Goldstein score and PLOVER mapping."""
    out = {}
    for row in _rows("cameo.tsv"):
        code, name, gold, typ, mode, ctx, quad, penta = (c.strip() for c in row)
        out[code] = CameoCode(code, name, float(gold), typ or None, mode or None,
                              tuple(c for c in ctx.split(";") if c), int(quad), int(penta))
    return out


@lru_cache(maxsize=1)
def _word_lists() -> dict[str, frozenset[str]]:
    return {row[0].strip(): frozenset(row[1].split()) for row in _rows("event_words.tsv") if len(row) >= 2}


def word_list(name: str) -> frozenset[str]:
    """A named word list from event_words.tsv ("mishaps", "light_verbs", ...)."""
    lists = _word_lists()
    if name not in lists:
        raise KeyError(f"event_words.tsv has no list {name!r}: add a row '{name}<TAB>words ...'")
    return lists[name]


@lru_cache(maxsize=1)
def context_words() -> dict[str, str]:
    """Word -> PLOVER context, from the ``context:NAME`` rows of event_words.tsv."""
    out: dict[str, str] = {}
    for name, words in _word_lists().items():
        if name.startswith("context:"):
            for w in words:
                out.setdefault(w, name.split(":", 1)[1])
    return out


def cameo_info(code: str | None) -> CameoCode | None:
    """The entry of ``code`` or of its nearest known parent (``1312`` -> ``131`` -> ``13``)."""
    codes = cameo_codes()
    while code:
        if code in codes:
            return codes[code]
        code = code[:-1] if len(code) > 2 else None
    return None

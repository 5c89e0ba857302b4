"""The trigger lexicon's CAMEO codes agree with the PLOVER type cameo.tsv gives each code, so an
event's CAMEO and PLOVER labels never tell two different stories."""

from __future__ import annotations

from pathlib import Path

import dyads

_DATA = Path(dyads.__file__).parent / "data"

# Deliberate exceptions, kept in one place: (pattern, CAMEO, trigger type) -> why.
EXCEPTIONS: dict[tuple[str, str, str], str] = {
    # the ontology README lists "resign" among PLOVER RETREAT's modes, while cameo.tsv puts 083
    # (acceding to demands for reform) under CONCEDE; a resignation is stepping back, so RETREAT
    ("resign", "083", "RETREAT"): "RETREAT resign mode",
    ("resignation", "083", "RETREAT"): "RETREAT resign mode",
    ("step down", "083", "RETREAT"): "RETREAT resign mode",
    ("relinquish @held_offices", "083", "RETREAT"): "RETREAT resign mode",
    # (session 37) the other phrasal verbs of leaving a post, and an office given up or handed over
    ("stand down", "083", "RETREAT"): "RETREAT resign mode",
    ("stand aside", "083", "RETREAT"): "RETREAT resign mode",
    ("step aside", "083", "RETREAT"): "RETREAT resign mode",
    ("quit", "083", "RETREAT"): "RETREAT resign mode",
    ("bow out", "083", "RETREAT"): "RETREAT resign mode",
    ("give up @held_offices", "083", "RETREAT"): "RETREAT resign mode",
    ("hand over @held_offices", "083", "RETREAT"): "RETREAT resign mode",
    ("hand power", "083", "RETREAT"): "RETREAT resign mode",
    ("pass power", "083", "RETREAT"): "RETREAT resign mode",
    ("transfer power", "083", "RETREAT"): "RETREAT resign mode",
    ("sign over @held_offices", "083", "RETREAT"): "RETREAT resign mode",
    ("abdicate", "083", "RETREAT"): "RETREAT resign mode",
}


def _rows(name: str) -> list[list[str]]:
    out = []
    for line in (_DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(line.split("\t"))
    return out


def _cameo_types() -> dict[str, str]:
    return {r[0]: r[3] for r in _rows("cameo.tsv")[1:] if len(r) > 3}


def test_every_trigger_code_maps_to_its_own_plover_type():
    types = _cameo_types()
    wrong = []
    for row in _rows("triggers.tsv")[1:]:
        if len(row) < 5 or not row[4]:
            continue
        pattern, kind, code = row[0], row[2], row[4]
        assert code in types, f"{pattern}: CAMEO {code} is not in cameo.tsv"
        mapped = types[code]
        if not mapped:
            # cameo.tsv leaves the appeals (CAMEO 02) untyped; dyads codes every appeal REQUEST;
            # statements (CAMEO 01) have no PLOVER type either: their rows are type STATEMENT
            assert code.startswith("02") and kind == "REQUEST" or code.startswith("01") and kind == "STATEMENT", \
                (pattern, code, kind)
            continue
        if mapped != kind and (pattern, code, kind) not in EXCEPTIONS:
            wrong.append((pattern, code, kind, mapped))
    assert not wrong, wrong


def test_exceptions_are_still_in_the_lexicon():
    rows = {(r[0], r[4], r[2]) for r in _rows("triggers.tsv")[1:] if len(r) > 4}
    assert set(EXCEPTIONS) <= rows


def test_riot_weapons_and_crackdowns_follow_the_ontology():
    rows = {r[0]: r for r in _rows("triggers.tsv")[1:] if len(r) > 4}
    assert rows["use tear"][2] == "ASSAULT" and rows["use tear"][4] == "175"
    assert rows["crackdown"][2] == "COERCE" and _cameo_types()[rows["crackdown"][4]] == "COERCE"

"""Common news verbs and nouns per PLOVER type that the lexicon once missed (coverage checklist)."""

from __future__ import annotations

import pytest

from dyads.evaluate import annotate_texts
from dyads.triggers import lexicon

CASES = [
    ("Serbia and Kosovo settled their dispute over licence plates.", "AGREE"),
    ("The Colombian president sat down with rebel commanders in Havana.", "CONSULT"),
    ("Mali's government ceded control of the town to the rebels.", "RETREAT"),
    ("Pakistan ruled out talks with India.", "REJECT"),
    ("The opposition leader lashed out at the Zimbabwean government.", "ACCUSE"),
    ("Protesters picketed the Russian embassy in Kiev.", "PROTEST"),
    ("Police apprehended three Afghan men near the border.", "COERCE"),
    ("Soldiers slaughtered dozens of villagers in Myanmar.", "ASSAULT"),
    ("Russia amassed troops on the border with Ukraine.", "MOBILIZE"),
    ("Morocco revoked the licences of three foreign journalists.", "COERCE"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_checklist_word_gives_its_type(text: str, expected: str) -> None:
    types = {e.type for e in annotate_texts([text], workers=1)[0].events}
    assert expected in types, (text, types)


def test_object_list_rows_stay_narrow() -> None:
    """"settle" codes AGREE only with a dispute-like object: "settled in Paris" is a move, not a deal."""
    events = annotate_texts(["The Spanish family settled in Paris in 1990."], workers=1)[0].events
    assert not [e for e in events if e.type == "AGREE"]


def test_checklist_rows_use_known_codes() -> None:
    """Every new row must point to a code the CAMEO table knows, so scores can be computed."""
    from dyads.triggers import cameo_info

    for head in ("cede", "apprehend", "slaughter", "picket", "genocide", "drawdown"):
        for trig in lexicon()[head]:
            assert cameo_info(trig.cameo) is not None, trig

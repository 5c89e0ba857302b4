"""An event's PLOVER type and its CAMEO code must agree with `data/cameo.tsv` (CAMEO2PLOVER).

Why: rules that re-code a candidate after the lexicon (seized ground, money released, a state's
protest ...) set type and code together by hand; a pair the mapping does not hold (say ASSAULT
with the COERCE code 192) would give exports a code and a type that disagree.
"""

from __future__ import annotations

from importlib import resources

import pytest

from event_helpers import code_events

# the one documented exception: resignation (083) is RETREAT's resign mode in PLOVER
_EXCEPTIONS = {("RETREAT", "083")}

# sentences of ours that go through the rules re-coding a candidate after the lexicon
_SENTENCES = [
    "Separatist fighters seized three villages near the border on Sunday.",
    "The army captured the town of Pelka after two days of fighting.",
    "Customs officers seized a lorry loaded with rifles at the crossing.",
    "The fund's board signed off on a $2 billion loan to Ghana on Friday.",
    "The bank released the second tranche of the loan to Kenya.",
    "India lodged a strong protest with China over the new map.",
    "Mali said it would no longer cooperate with the mission.",
    "The court ordered the dissolution of the opposition Green Party.",
    "Both armies agreed to halt fighting along the river for ten days.",
    "The junta suspended the French broadcaster France 24 on Monday.",
    "The Security Council renewed the mandate of its peacekeeping force in Cyprus.",
    "Prime Minister Jan Dvorak resigned on Tuesday after losing the vote.",
]


def _mapping() -> dict[str, str]:
    text = resources.files("dyads").joinpath("data", "cameo.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        cols = line.split("\t")
        if len(cols) > 3 and cols[0][:1].isdigit():
            out[cols[0]] = cols[3]
    return out


@pytest.mark.parametrize("text", _SENTENCES)
def test_type_agrees_with_the_cameo_mapping(nlp, text):
    mapping = _mapping()
    events = code_events(nlp, text)
    assert events, text
    for ev in events:
        if not ev.cameo or not mapping.get(ev.cameo) or (ev.type, ev.cameo) in _EXCEPTIONS:
            continue  # appeals (02x) carry no single PLOVER type in the mapping
        assert mapping[ev.cameo] == ev.type, (text, ev.type, ev.cameo)

"""Triggers added for coverage: each codes its event in a sentence of our own."""

import pytest

from dyads.model import Article
from dyads.pipeline import annotate_doc


@pytest.mark.parametrize("text, plover, cameo", [
    ("The Brazilian president congratulated Argentina on its election.", "SUPPORT", "051"),
    ("Japan lent $2 billion to Sri Lanka last year.", "AID", "071"),
    ("The Polish government rebuffed the Belarusian offer on Tuesday.", "REJECT", "120"),
    ("Russia annexed the Ukrainian region in 2014.", "COERCE", "192"),
    ("Kenyan police rounded up dozens of Somali migrants in Nairobi.", "COERCE", "173"),
    ("The Iranian foreign minister lambasted France over the arrests.", "ACCUSE", "111"),
])
def test_new_trigger_codes_its_event(nlp, text, plover, cameo):
    events = annotate_doc(Article(id="t", text=text), nlp(text)).events
    assert any(e.type == plover and e.cameo == cameo for e in events), [(e.type, e.cameo) for e in events]

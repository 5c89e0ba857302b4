"""Round eleven on real news: trips, bids, wishes and sittings in private senses (a group's outing
to a theme park, a buyer's competing offer, a move made at one's own request, a legislature meeting
in session). All sentences are our own; each veto is paired with a political use of the same word
that must stay."""

import pytest

from event_helpers import events_of as _of


@pytest.mark.parametrize("text, kind", [
    ("A Baptist choir from Ohio had been travelling to Walt Disney World when the bus overturned.", "CONSULT"),
    ("The minister of a Texas church said the congregation was on a trip to the beach.", "CONSULT"),
    ("The French firm said its bid was chosen out of several competing offers from Asian buyers.", "AGREE"),
    ("At his own request, the Egyptian inmate was moved to a prison near Cairo.", "REQUEST"),
    ("The Italian Senate was due to meet on Thursday, the speaker said.", "CONSULT"),
    ("After the vote, the Italian Senate announced it would meet again on Monday.", "CONSULT"),
    ("Social media sites have been struggling to censor the attacker's videos of the shooting.", "COERCE"),
])
def test_no_event_in_private_sense(nlp, text, kind):
    assert _of(nlp, text, kind) == []


@pytest.mark.parametrize("text, kind", [
    ("The Turkish president travelled to the resort of Sochi to meet Vladimir Putin.", "CONSULT"),
    ("The Iranian foreign minister travelled to Beijing on Monday.", "CONSULT"),
    ("Iran made an offer to the European Union to resume talks.", "AGREE"),
    ("At the request of the Malian government, France sent troops to Gao.", "REQUEST"),
    ("The Italian Senate met with a delegation from the European Commission.", "CONSULT"),
    ("The Italian Senate said it met the Chinese ambassador on Monday.", "CONSULT"),
    ("The Chinese government censored the videos of the protest in Hong Kong.", "COERCE"),
])
def test_political_senses_stay(nlp, text, kind):
    assert _of(nlp, text, kind)

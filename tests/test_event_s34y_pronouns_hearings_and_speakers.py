"""(session 34, helper y) Parties and non-acts: "he"/"his" never stands for a state named by its name,
and hearings that are the occasion of another deed are no inquiry (all sentences our own)."""

from event_helpers import events_of as _of


def _codes(actors) -> set[str]:
    return {(a.code or "")[:3] for a in actors}


def test_his_is_never_a_pair_of_states(nlp):
    text = ("Egypt and Jordan provided logistical support. The Greek Foreign Ministry said the Libyan colonel "
            "had been detained after landing on Crete and that his request for asylum was being examined.")
    requests = _of(nlp, text, "REQUEST")
    assert not any(_codes(e.source) & {"EGY", "JOR"} for e in requests)


def test_hearings_a_witness_spoke_during_are_no_inquiry(nlp):
    text = "The Kenyan economist was the opposition's star witness during hearings that were broadcast live."
    assert _of(nlp, text, "ACCUSE") == []
    assert _of(nlp, "The Kenyan Senate held hearings into the conduct of the Kenyan police.", "ACCUSE")


"""Nouns that are the object of another act (called off, refused to lift, rejected, approved) are
not events of their own; "release" of money is a payment, not a prisoner freed; removing
sanctions eases them. Each rule has a counter-case it must leave alone."""

from __future__ import annotations


from dyads.model import Article
from dyads.pipeline import annotate_doc



def _events(nlp, text: str) -> list[tuple[str, str | None, str]]:
    art = annotate_doc(Article(id="t", text=text, date="2020-03-01"), nlp(text))
    return [(e.type, e.cameo, text[e.start:e.end]) for e in art.events]


def test_called_off_protest_is_no_protest(nlp):
    events = _events(nlp, "The dockworkers' union agreed to call off its protest against the port authority.")
    assert not any(t in ("PROTEST", "THREATEN") for t, _, _ in events)
    called = _events(nlp, "The teachers called off their strike on Monday.")
    assert [(t, c) for t, c, _ in called] == [("CONCEDE", "082")]


def test_strike_kept_when_refused_to_end(nlp):
    events = _events(nlp, "The miners refused to end their strike.")
    assert any(t == "PROTEST" and w == "strike" for t, _, w in events)


def test_refused_to_lift_sanctions_is_a_refusal_to_ease(nlp):
    events = _events(nlp, "Canada refused to lift sanctions on Venezuela.")
    assert [(t, c) for t, c, _ in events] == [("REJECT", "1244")]


def test_rejected_dialogue_offer_is_no_consultation(nlp):
    events = _events(nlp, "The opposition rejected the president's dialogue offer.")
    assert not any(t == "CONSULT" for t, _, _ in events)
    assert any(t == "REJECT" for t, _, _ in events)
    kept = _events(nlp, "The rebels held talks with the government on Sunday.")
    assert any(t == "CONSULT" for t, _, _ in kept)


def test_negated_rejection_leaves_the_noun(nlp):
    events = _events(nlp, "Iran did not reject the dialogue offer.")
    assert any(t == "CONSULT" for t, _, _ in events)


def test_approval_to_deliver_aid_is_access_allowed(nlp):
    events = _events(nlp, "The Sudanese government gave approval for the Red Cross to deliver aid to the camps.")
    gave = [(t, c) for t, c, w in events if w == "gave"]
    assert gave == [("RETREAT", "0863")]
    aid = _events(nlp, "Japan gave $5 million in aid to Nepal.")
    assert any(t == "AID" and w == "gave" for t, _, w in aid)


def test_money_released_is_aid_not_a_freed_prisoner(nlp):
    events = _events(nlp, "Germany released $40 million to Jordan.")
    assert [(t, c) for t, c, _ in events] == [("AID", "071")]
    freed = _events(nlp, "Egypt released 20 prisoners.")
    assert any(c == "0841" for _, c, _ in freed)


def test_removed_sanctions_is_one_easing(nlp):
    events = _events(nlp, "The Treasury Department removed the sanctions on three Russian firms.")
    assert [(t, c, w) for t, c, w in events] == [("RETREAT", "085", "removed")]

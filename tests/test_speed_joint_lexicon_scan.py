"""Guards for the speed shortcuts of session 14, round 2: each must give what the plain code gives."""

from __future__ import annotations

from dyads import event_scan
from dyads.event_scan import _possible_triggers, possible_triggers_each
from dyads.triggers import lexicon, statement_lexicon

# (our own sentences: hyphens and dashes, "-ed" forms, statements and events side by side)
_TEXT = ("The ministry expressed deep concern over the shelling \u2013 a truce-breaking act - and said it "
         "regretted nothing. Officials are committed to a cease-fire; rebels denied the charges by Kyiv. "
         "The storm left three fishermen dead, and the governor voiced sympathy for the families.")


def test_one_scan_for_two_lexicons_lets_through_what_two_scans_do(nlp) -> None:
    """The joint scan of the statement and event lexicons keeps, for each, the tokens its own
    scan keeps, in order, with an empty or a cold memo alike."""
    doc = nlp(_TEXT)
    lexes = (statement_lexicon(), lexicon())
    for _ in range(2):
        for sent in doc.sents:
            both = possible_triggers_each(sent, lexes)
            assert [[t.i for t in found] for found in both] == \
                [[t.i for t in _possible_triggers(sent, lex)] for lex in lexes]
        event_scan._FORM_MEMO.clear()
    stated = [t.text for sent in doc.sents for t in possible_triggers_each(sent, lexes)[0]]
    assert "concern" in stated and "sympathy" in stated


def test_joint_scan_memo_starting_again_changes_nothing(nlp, monkeypatch) -> None:
    """Past its limit the joint memo starts again; what it lets through must not change."""
    doc = nlp(_TEXT)
    lexes = (statement_lexicon(), lexicon())
    plain = [[[t.i for t in f] for f in possible_triggers_each(s, lexes)] for s in doc.sents]
    monkeypatch.setattr(event_scan, "FORM_MEMO_LIMIT", 2)
    for _ in range(2):
        assert [[[t.i for t in f] for f in possible_triggers_each(s, lexes)] for s in doc.sents] == plain
    assert all(len(memo[3]) <= 2 + max(len(s) for s in doc.sents) for memo in event_scan._FORM_MEMO.values())

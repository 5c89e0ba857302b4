"""Session 26, actor mentions the judges of batch Y coded with a wrong sector or state: a "Congress"
whose name says it federates trade unions is a labour body of the article's state, not its
legislature; a delegation called regional is sent by others, not the host's government (our own
sentences)."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_trade_union_congress_is_a_labour_body(nlp):
    text = ("LONDON (Wire) - Britain's economy shrank in May. "
            "The Trades Union Congress said workers would strike.")
    codes = actor_codes(nlp, text)
    assert [c for t, c in codes.items() if t.endswith("Congress")] == ["GBRLAB"]


def test_party_named_congress_keeps_its_reading(nlp):
    text = ("ABUJA (Wire) - Nigeria's opposition rallied on Monday. "
            "The All Progressives Congress said it would contest the result.")
    assert actor_codes(nlp, text).get("Congress") != "NGALAB"


def test_regional_delegation_is_not_the_host_government(nlp):
    text = ("MBABANE, July 4 (Wire) - Soldiers patrolled towns in Eswatini on Sunday. The regional "
            "delegation, sent by the bloc's organ on politics, is expected to meet government officials.")
    assert actor_codes(nlp, text)["The regional delegation"] != "SWZGOV"


def test_government_delegation_stays_the_host_government(nlp):
    text = ("MBABANE, July 4 (Wire) - Soldiers patrolled towns in Eswatini on Sunday. "
            "A government delegation will travel to the north.")
    assert actor_codes(nlp, text)["A government delegation"] == "SWZGOV"

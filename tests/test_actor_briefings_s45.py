"""Session 45: a spokesman who "told reporters in the capital" in a datelined wire story speaks in
the dateline's capital, so a bare "Government spokeswoman" and the reporters are that state's,
even when the story names the other side last. Sentences written for these tests."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate

LEAD = ("ASMARA, March 2 (Wire) - Eritrea said on Tuesday its forces had repelled an Ethiopian attack near the "
        "border town, the second in a week. Ethiopia told the mediators it would accept the plan, a step "
        "Asmara dismissed as a ploy to regroup its Ethiopian troops. ")


def codes(text: str) -> dict[str, str | None]:
    art = annotate(Article(id="t", text=text, date="1999-03-02"))
    return {art.text[a.start:a.end]: a.code for a in art.actors}


def test_spokeswoman_briefing_in_the_capital_is_the_datelines():
    got = codes(LEAD + "Government spokeswoman Hanna Berhe told reporters in the capital that Ethiopian "
                "troops had lost hundreds of men.")
    assert got["Government spokeswoman Hanna Berhe"] == "ERIGOV"
    assert got["reporters"] == "ERIJRN"


def test_spokeswoman_with_her_own_state_keeps_it():
    got = codes(LEAD + "Ethiopian government spokeswoman Hanna Berhe told reporters in the capital that "
                "its troops had held their ground.")
    assert got["Ethiopian government spokeswoman Hanna Berhe"] == "ETHGOV"


def test_a_named_president_keeps_his_office():
    got = codes("GABORONE, Nov 1 (Wire) - Botswana President Mokgweetsi Masisi conceded defeat on Friday. "
                "Masisi told a news conference in the capital that he had telephoned the winner.")
    assert got["Masisi"] == "BWAGOV"

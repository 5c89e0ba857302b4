"""Session 32 (batch AF, helper e): named staff set off after a body's title take the body's
code, newsroom staff take the state of the story's outlets; each rule has a near miss."""

from __future__ import annotations

from actor_helpers import actor_codes

_EXILED = ("TALLINN (Wire) - Estonia revoked the licence of Nord TV, an independent Belarusian "
           "television channel that moved to Tallinn after Minsk shut it down. ")


def test_editor_after_the_outlets_title_is_of_the_outlet(nlp):
    text = _EXILED + ("The Estonian media authority said the decision was final. Nord TV's "
                      "editor-in-chief, Boris Volkov, called the decision absurd. Volkov said he "
                      "would appeal.")
    codes = actor_codes(nlp, text, date="2023-05-02")
    assert codes["Boris Volkov"] == "BLRJRN"
    assert codes["Volkov"] == "BLRJRN"


def test_its_chairman_is_of_the_body_the_sentence_before_is_about(nlp):
    text = ("RIGA (Wire) - Latvia's State Security Service opened an investigation on Monday. Its "
            "chairman, Ivars Kalnins, said the channel had broken the law. He added that the fine would stand.")
    codes = actor_codes(nlp, text, date="2023-05-02")
    assert codes["Ivars Kalnins"] == "LVASPY"
    assert codes["He"] == "LVASPY"


def test_its_after_a_quotation_is_not_the_quoted_body(nlp):
    text = ("MANAGUA (Wire) - Nicaragua banned a Spanish charity on Wednesday. The charity rejected "
            "the charge. \"The ministry has had our audits for years,\" its director, Ana Ruiz, said.")
    assert actor_codes(nlp, text, date="2023-05-02").get("Ana Ruiz") != "NICGOV"


def test_a_lawyer_after_a_bodys_title_keeps_no_office(nlp):
    text = ("Kenya's electoral commission rejected the petition. The commission's lawyer, Peter "
            "Njoroge, said the vote was fair.")
    assert actor_codes(nlp, text, date="2023-05-02").get("Peter Njoroge") != "KENGOV"


def test_presenter_of_an_exiled_outlet_is_of_its_state(nlp):
    text = _EXILED + ("The final straw was a broadcast in which presenter Pavel Sidorov praised "
                      "the army. Nord TV dismissed Sidorov on Friday.")
    codes = actor_codes(nlp, text, date="2023-05-02")
    assert codes["presenter Pavel Sidorov"] == "BLRJRN"


def test_foreign_correspondents_take_no_outlets_state(nlp):
    text = _EXILED + "Foreign correspondents were told to leave."
    code = actor_codes(nlp, text, date="2023-05-02").get("Foreign correspondents") or ""
    assert not code.startswith("BLR")

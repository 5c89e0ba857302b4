"""Hard wire sentences (session 12, round 4): passives, noun events as the main event, leading
attributions and participles, each paired with a use that must not be coded the same way.

The sentences are our own. Batches H1 (44), H2 (42) and H3 (16) of
``tests/data/plover_probes_wire.jsonl`` were labelled by the CAMEO→PLOVER table before they were
run; first runs 0.818 (36/44), 0.786 (33/42, after the H1 fixes) and 0.750 (12/16, after the H2
fixes; the code before this round 0.44).
"""

from __future__ import annotations

from event_helpers import code_events


def _main(nlp, text: str):
    found = code_events(nlp, text)
    return max(found, key=lambda e: e.confidence) if found else None


def test_a_noun_act_confirmed_in_the_passive_is_the_news(nlp):
    main = _main(nlp, "The detention of four union leaders in Lusaka on Friday was confirmed by a Zambian "
                      "police spokesman, who said they would be charged.")
    assert main is not None and main.type == "COERCE"


def test_a_request_dismissed_in_the_passive_is_a_rejection_but_a_sacked_official_is_not(nlp):
    main = _main(nlp, "Demands from the opposition for early elections were dismissed on Monday by the "
                      "Zambian government as a ploy.")
    assert main is not None and main.type == "REJECT"
    assert not any(e.type == "REJECT" for e in code_events(
        nlp, "The Zambian finance minister was dismissed from the cabinet on Monday."))


def test_information_passed_to_police_is_intelligence_sharing(nlp):
    main = _main(nlp, "Information on the smuggling network was passed to Belgian police by French customs "
                      "officers last week.")
    assert main is not None and (main.type, main.cameo) == ("COOPERATE", "064")
    assert {(a.code or "")[:3] for a in main.source} == {"FRA"}
    assert not code_events(nlp, "The goalkeeper passed the ball to the defender.")


def test_expelled_foreign_reporters_are_deported(nlp):
    main = _main(nlp, "Two French reporters were expelled from Rwanda by the authorities on Tuesday.")
    assert main is not None and (main.type, main.cameo) == ("COERCE", "174")


def test_a_joint_exercise_names_its_parties_in_an_involving_participle(nlp):
    main = _main(nlp, "A joint air exercise involving jets from Chile and Brazil started on Tuesday off "
                      "the Atlantic coast.")
    assert main is not None and main.type == "COOPERATE"
    assert {a.code for a in main.source} >= {"CHL", "BRA"}


def test_relief_goods_flown_in_by_an_agency_are_aid(nlp):
    main = _main(nlp, "Blankets and tents flown in by the Red Cross reached earthquake survivors in eastern "
                      "Turkey on Sunday.")
    assert main is not None and main.type == "AID"


def test_an_act_ordered_in_the_passive_is_the_act_with_the_orderer_as_doer(nlp):
    main = _main(nlp, "The seizure of three foreign trawlers was ordered on Friday by the Argentine navy.")
    assert main is not None and main.type == "COERCE"
    assert {(a.code or "")[:3] for a in main.source} == {"ARG"}


def test_embassy_staff_withdrawn_are_a_cut_in_ties_not_a_retreat(nlp):
    main = _main(nlp, "Denmark withdrew its embassy staff from Damascus on Thursday.")
    assert main is not None and main.type == "SANCTION"
    troops = _main(nlp, "Denmark withdrew its troops from southern Iraq on Thursday.")
    assert troops is not None and troops.type == "RETREAT"


def test_troops_massed_in_the_passive_are_a_mobilisation(nlp):
    main = _main(nlp, "Tens of thousands of Indian troops were massed along the border with Pakistan on Friday.")
    assert main is not None and main.type == "MOBILIZE"


def test_charges_levelled_and_appeals_made_in_the_passive_have_their_doer(nlp):
    main = _main(nlp, "Charges of torture were levelled against the Egyptian police by a Danish human rights "
                      "group on Monday.")
    assert main is not None and main.type == "ACCUSE"
    appeal = _main(nlp, "An appeal for emergency food aid was made on Monday by the government of Niger.")
    assert appeal is not None and appeal.type == "REQUEST"
    assert {(a.code or "")[:3] for a in appeal.source} == {"NER"}


def test_a_condition_hung_on_a_trailing_warning_still_makes_a_threat(nlp):
    main = _main(nlp, "Malawi will be expelled from the trade bloc unless its debts are paid within a year, "
                      "the bloc's chairman warned on Friday.")
    assert main is not None and main.type == "THREATEN"
    plain = _main(nlp, "Malawi was expelled from the trade bloc on Friday, the bloc's chairman said.")
    assert plain is None or plain.type != "THREATEN"

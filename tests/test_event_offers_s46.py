"""Session 46: what a state says it will do (batch AR2). Troops a state will send with no
destination or to help are an offer of military aid (AGREE 0332), not a threat; force vowed over
land is a threat; a party taken off a terrorist list has a sanction eased; a decision a state
"neither accepts nor recognises" is rejected. Sentences written for these tests."""

from __future__ import annotations

from event_helpers import cameo_records


def records(text: str) -> list[tuple[str, str | None, list[str | None], list[str | None]]]:
    return cameo_records(text, "2013-01-12")


def test_states_that_will_send_soldiers_offer_military_aid():
    got = records("ABIDJAN, Jan 12 (Wire) - Ghana and Togo would each send around 300 soldiers within days, "
                  "the bloc's chairman said.")
    assert [r[:2] for r in got] == [("AGREE", "0332")]


def test_troops_to_be_sent_into_a_rivals_land_stay_a_threat():
    got = records("MOSCOW, Jan 12 (Wire) - Russia will send troops into Georgia if the shelling goes on, "
                  "the Kremlin said.")
    assert any(r[0] == "THREATEN" for r in got)


def test_vow_to_retake_land_is_a_threat_of_force():
    got = records("BAMAKO, Jan 12 (Wire) - In a televised address, the interim president vowed to retake "
                  "the north.")
    assert [r[:2] for r in got] == [("THREATEN", "138")]


def test_vow_to_fight_corruption_is_no_threat():
    got = records("BAMAKO, Jan 12 (Wire) - The new Malian prime minister vowed to fight corruption.")
    assert not any(r[0] == "THREATEN" for r in got)


def test_taking_a_group_off_a_terrorist_list_eases_a_sanction():
    got = records("BRUSSELS, Jan 12 (Wire) - The European Union's foreign policy chief said the bloc would "
                  "suspend the FARC from its terrorist list once the accord was signed.")
    assert not any(r[0] == "SANCTION" for r in got)
    assert any(r[0] in ("CONCEDE", "AGREE") and r[2] == ["EUR"] for r in got)


def test_putting_a_group_on_a_terrorist_list_is_still_a_sanction():
    got = records("BRUSSELS, Jan 12 (Wire) - The European Union added the group to its terrorist list on "
                  "Friday.")
    assert any(r[0] == "SANCTION" for r in got)


def test_award_neither_accepted_nor_recognised_is_rejected():
    got = records("BEIJING, July 12 (Wire) - China's Foreign Ministry said in a statement that the award had "
                  "no binding force and that Beijing \"neither accepts nor recognises it\".")
    assert any(r[0] == "REJECT" and r[2] == ["CHNGOV"] for r in got)


def test_not_recognising_a_state_is_no_rejection_record():
    got = records("BELGRADE, July 12 (Wire) - Serbia does not recognise Kosovo, the foreign minister said.")
    assert not any(r[0] == "REJECT" for r in got)

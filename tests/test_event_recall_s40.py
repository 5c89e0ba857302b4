"""Session 40, helper c: recall of acts a story leads with but the coder left without a record:
fighting told with its two sides after "between" (both sides fight, ASSAULT 190), visa requirements
or restrictions laid on another state's citizens (SANCTION 160), and a speaker's vow that
"those responsible would be tried" (THREATEN 137); the same words with no side, no imposer or no
wrongdoer stay without a record."""

from __future__ import annotations

from event_helpers import code_events, event_rows


def _rows(nlp, text: str, kind: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [(e.trigger, [a.code for a in e.source], [a.code for a in e.target])
            for e in code_events(nlp, text) if e.type == kind]


def test_fighting_between_two_sides_entering_a_day_is_their_fight(nlp):
    text = ("Fighting between Malian soldiers and Tuareg rebels entered a second day on Tuesday in the "
            "desert town of Kidal.")
    rows = _rows(nlp, text, "ASSAULT")
    assert [(t, sorted(s)) for t, s, _ in rows] == [("Fighting", ["MLIMIL", "MLIREB"])]
    # the fight reaching its second day is no deployment of troops into the town
    assert not _rows(nlp, text, "MOBILIZE")


def test_fighting_that_broke_out_between_two_forces(nlp):
    text = "Heavy fighting broke out on Sunday between the Sudanese army and the Rapid Support Forces in Khartoum."
    rows = _rows(nlp, text, "ASSAULT")
    assert len(rows) == 1 and rows[0][0] == "fighting"
    assert "SDNMIL" in rows[0][1] and len(rows[0][1]) == 2


def test_hostilities_between_two_states_resumed(nlp):
    rows = _rows(nlp, "Hostilities between Armenia and Azerbaijan resumed on Sunday near the border.", "ASSAULT")
    assert [(t, sorted(s)) for t, s, _ in rows] == [("Hostilities", ["ARM", "AZE"])]


def test_fighting_with_no_sides_named_has_no_new_record(nlp):
    text = "Thousands of Sudanese families fled the fighting in the north on Monday."
    assert not _rows(nlp, text, "ASSAULT")


def test_a_standing_war_in_a_relative_clause_is_no_record(nlp):
    text = ("China on Wednesday vetoed a draft resolution on Myanmar, where fighting between the military "
            "government and armed opposition groups has driven millions of people from their homes.")
    assert not [r for r in _rows(nlp, text, "ASSAULT") if r[0] == "fighting"]


def test_visa_requirements_imposed_on_another_states_citizens(nlp):
    text = ("Canada has imposed visa requirements on citizens of Mexico, citing concerns about a surge "
            "in asylum claims, in a blow to the Mexican government.")
    assert ("SANCTION", "160", ["CAN"], ["MEXCVL"]) in event_rows(nlp, text, "requirements")


def test_visa_restrictions_are_a_sanction_not_a_domestic_restriction(nlp):
    text = "Britain imposed visa restrictions on Bolivian officials on Tuesday."
    rows = event_rows(nlp, text, "restrictions")
    assert rows and all(r[0] == "SANCTION" for r in rows)
    assert rows[0][2] == ["GBR"]


def test_visa_requirements_lifted_are_no_new_sanction(nlp):
    text = "Ghana lifted visa requirements for citizens of Jamaica on Monday."
    assert not [e for e in code_events(nlp, text) if e.type == "SANCTION"]


def test_visa_requirements_no_one_imposes_are_no_record(nlp):
    text = "Visa requirements for Kenyan students have become stricter over the years."
    assert not [e for e in code_events(nlp, text) if e.type == "SANCTION"]


def test_saint_kitts_written_without_a_full_stop_is_the_state(nlp):
    text = "Canada has imposed visa requirements on citizens of St Kitts and Nevis, citing concerns about its passports."
    rows = event_rows(nlp, text, "requirements")
    assert rows and rows[0][0] == "SANCTION" and rows[0][3] == ["KNACVL"]


def test_those_responsible_would_be_tried_is_the_speakers_threat(nlp):
    text = ("Kenya's interior minister said on Monday that the army would restore order and that those "
            "responsible would be tried.")
    rows = _rows(nlp, text, "THREATEN")
    assert [(t, s) for t, s, _ in rows] == [("tried", ["KENGOV"])]


def test_a_method_to_be_tried_is_no_threat(nlp):
    text = "Kenya's interior minister said on Monday that the new method would be tried next year."
    assert not _rows(nlp, text, "THREATEN")

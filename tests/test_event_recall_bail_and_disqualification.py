"""Session 20 (W5), recall from judged wire news: a second act noun that the parser joined to the
doer of the first ("sanctions from Canada and condemnation from the African Union") takes its own
"from" phrase; a court granting bail releases (0841) and a court disqualifying a person from office
bars them (172); a charge on "a move" or "a decision" set beside its clause aims at
that clause's doer. Each case pairs a sentence whose record must now be coded with a near miss that
keeps its record (our own sentences)."""

from __future__ import annotations

from event_helpers import code_events, events_of

_ARRESTS = "Kenyan prosecutors ordered the arrest of two former ministers last month. "
_PAYMENTS = " of fraud and money laundering over secret payments allegedly made to senior officials from public funds."


def test_second_drawn_reaction_takes_its_own_doer(nlp):
    events = code_events(nlp, "The detentions drew sanctions from Canada and condemnation from the African Union.")
    by_type = {e.type: {a.code for a in e.source} for e in events}
    assert by_type.get("SANCTION") == {"CAN"}
    assert by_type.get("ACCUSE") and "CAN" not in by_type["ACCUSE"]


def test_drawn_sanctions_from_two_doers_stay_one(nlp):
    events = code_events(nlp, "The detentions drew sanctions from Canada and Britain.")
    assert [(e.type, {a.code for a in e.source}) for e in events] == [("SANCTION", {"CAN", "GBR"})]


def test_bail_granted_by_court_releases(nlp):
    found = events_of(nlp, "A court in Nairobi granted bail to the former governor on Tuesday.", "RETREAT")
    assert [(e.cameo, {a.code for a in e.source}) for e in found] == [("0841", {"KENJUD"})]


def test_bail_only_sought_is_no_release(nlp):
    assert not events_of(nlp, "The former governor of Nairobi asked the court to grant him bail.", "RETREAT")


def test_disqualified_by_court_is_barred(nlp):
    found = events_of(nlp, "The Supreme Court disqualified the prime minister from office for life.", "COERCE")
    assert [e.cameo for e in found] == ["172"]


def test_team_disqualified_from_match_is_no_ban(nlp):
    assert not events_of(nlp, "The team was disqualified from the match by the judges.", "COERCE")


def test_label_of_deed_denounced_aims_at_its_doer(nlp):
    text = "Taiwan's president visited Washington last week, a move Beijing condemned as a provocation."
    found = events_of(nlp, text, "ACCUSE")
    assert found and {a.code for a in found[0].source} == {"CHNGOV"} and {a.code for a in found[0].target} == {"TWNGOV"}


def test_trip_condemned_aims_at_the_traveller(nlp):
    # (session 22) an act noun ("a trip", "a launch") sums up the clause's act as a label does
    text = "Taiwan's president visited Washington last week, a trip Beijing condemned as a provocation."
    found = events_of(nlp, text, "ACCUSE")
    assert found and {a.code for a in found[0].target} == {"TWNGOV"}


def test_person_beside_the_object_keeps_no_target(nlp):
    text = "Police in Lagos arrested Musa Bello, a teacher the governor praised last year."
    assert all(not any((a.code or "").endswith("COP") for a in e.target) for e in events_of(nlp, text, "SUPPORT"))

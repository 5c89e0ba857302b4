"""Session 34 (helper v): batch AG's event leftovers. A court's award settling a dispute, civil
liberties suspended, a promise told in a relative clause's joined verb, a charge joined to a stated
position, acts listed as examples of a charge, a first-person refusal of recognition, a law's
participle "allowing", protests faced. Sentences our own."""

from __future__ import annotations

from event_helpers import code_events, events_of


def _on(events, trigger: str):
    found = [e for e in events if e.trigger == trigger]
    assert found, f"no event on {trigger!r}: {events}"
    return found[0]


def test_award_settling_a_dispute_is_no_agreement(nlp):
    text = "A U.N. tribunal ruled on Friday in favour of Belize, settling a border row with Guatemala."
    assert not [e for e in code_events(nlp, text) if e.trigger == "settling"]
    text = "An arbitration court on Thursday awarded Peru most of the bay, settling a dispute with Chile."
    assert not [e for e in code_events(nlp, text) if e.trigger == "settling"]
    text = "GENEVA, May 2 (Wire) - An arbitration panel on Friday awarded Peru most of the waters, settling a row with Chile."
    assert not [e for e in code_events(nlp, text) if e.trigger == "settling"]


def test_parties_settling_their_dispute_still_agree(nlp):
    e = _on(code_events(nlp, "Peru and Chile settled their maritime dispute on Friday."), "settled")
    assert e.type == "AGREE"


def test_suspended_civil_liberties_restrict_rights(nlp):
    e = _on(code_events(nlp, "The junta suspended civil liberties on Monday."), "suspended")
    assert (e.type, e.cameo) == ("COERCE", "172")
    e = _on(code_events(nlp, "The junta suspended constitutional guarantees on Monday."), "suspended")
    assert e.type == "COERCE"


def test_suspended_voting_rights_stay_a_sanction(nlp):
    e = _on(code_events(nlp, "The European Union suspended Hungary's voting rights."), "suspended")
    assert e.type == "SANCTION"


def test_promise_joined_to_a_who_clause_is_the_antecedents(nlp):
    text = ("The officers announced on the radio that they were handing full powers to Rajoelina, the "
            "34-year-old former mayor of Antananarivo, who has declared himself head of a new authority "
            "and promised elections within two years.")
    e = _on(code_events(nlp, text), "promised")
    assert e.type == "AGREE"
    assert [a.code for a in e.source] == ["MDGGOV"]
    assert not [a for a in e.source if a.code == "MDGMIL"]


def test_charge_joined_to_a_stated_position_is_the_sayers(nlp):
    text = ("Beijing insists Doklam, which it calls Donglang, is Chinese territory and has accused Indian "
            "troops of crossing into China.")
    e = _on(code_events(nlp, text), "accused")
    assert e.type == "ACCUSE"
    assert [a.code for a in e.source] == ["CHNGOV"] and [a.code for a in e.target] == ["INDMIL"]


def test_standing_description_with_a_charge_stays_out(nlp):
    # "Serbia is a candidate ... but has declined": where the party stands, no act (session 22)
    text = "Serbia is a candidate for EU membership but has declined to join Western sanctions."
    assert not [e for e in code_events(nlp, text) if e.trigger == "declined"]


def test_acts_listed_as_examples_of_a_charge_are_its_content(nlp):
    text = ("Rights groups accuse both sides of atrocities, including the killing of hundreds of people "
            "in the western town of Duekoue in late March.")
    events = code_events(nlp, text)
    assert _on(events, "accuse").type == "ACCUSE"
    assert not [e for e in events if e.type == "ASSAULT"]
    text = "The rebels demanded concessions, including the release of prisoners."
    assert not [e for e in code_events(nlp, text) if e.trigger == "release"]


def test_first_person_refusal_of_recognition_is_a_rejection(nlp):
    text = '"We do not recognise the new government," the foreign minister of Chad said.'
    e = _on(code_events(nlp, text), "recognise")
    assert e.type == "REJECT" and not e.negated


def test_third_party_non_recognition_stays_flagged(nlp):
    e = _on(code_events(nlp, "Serbia does not recognise Kosovo."), "recognise")
    assert e.type == "SUPPORT" and e.negated


def test_amendment_allowing_a_ruler_to_run_is_no_concession(nlp):
    text = ("A 2015 constitutional amendment limited presidents to two terms but did not count those "
            "already served, allowing him to run again in 2020.")
    assert not events_of(nlp, text, "CONCEDE")


def test_government_allowing_people_to_return_still_concedes(nlp):
    text = "The government lifted the curfew on Monday and reopened schools, allowing students to return."
    assert events_of(nlp, text, "CONCEDE")


def test_protests_faced_are_aimed_at_the_one_facing_them(nlp):
    text = ("Ravalomanana, who had clung to office for weeks in the face of street protests, signed an "
            "order transferring his powers to a directorate.")
    e = _on(code_events(nlp, text), "protests")
    assert e.type == "PROTEST"
    assert not [a for a in e.source if a.text == "Ravalomanana"]
    assert [a.text for a in e.target] == ["Ravalomanana"]


def test_acts_looked_into_are_not_the_inquirers(nlp):
    text = ("Ouattara said Gbagbo would face legal proceedings and promised to set up a truth commission "
            "to look into the killings committed since the election.")
    events = code_events(nlp, text)
    assert not [e for e in events if e.type == "ASSAULT" and any(a.code == "CIVGOV" for a in e.source)]
    assert _on(events, "promised").type == "AGREE"


def test_a_route_giving_access_is_no_party_granting_it(nlp):
    text = "The new bridge will give Bolivian trucks access to the port."
    assert not [e for e in code_events(nlp, text) if e.trigger == "give"]
    e = _on(code_events(nlp, "Peru will give Bolivian trucks access to the port."), "give")
    assert [a.code for a in e.source] == ["PER"]

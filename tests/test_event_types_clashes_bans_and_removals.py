"""Event types of session 29 (batch AC): fire traded is a clash, parties suspended are banned, an
official dismissed or a seat terminated is removed from office, an ordered removal is the removal,
a law signed at home or a complaint signed is no pact, calling a vote unconstitutional criticises
it, and a measure "against those blocking" is not a blockade. All texts are our own."""

from event_helpers import code_events, events_of, types_of


def test_fire_traded_with_a_rival_is_a_clash(nlp):
    events = events_of(nlp, "In March, Sudanese soldiers traded fire with rebel fighters near the border.", "ASSAULT")
    assert any(e.trigger == "traded" and e.cameo == "193" for e in events), events


def test_goods_traded_stay_no_clash(nlp):
    assert "ASSAULT" not in types_of(nlp, "Kenya and Uganda traded maize and sugar worth $40 million last year.")


def test_opposition_parties_suspended_are_banned(nlp):
    events = events_of(nlp, "Ghana's government suspended three opposition parties for six months.", "COERCE")
    assert any(e.cameo == "1722" for e in events), events


def test_activities_of_parties_suspended_are_a_ban_on_the_parties(nlp):
    text = "Mali's military government suspended the activities of several opposition parties on Friday."
    events = events_of(nlp, text, "COERCE")
    assert any(e.cameo == "1722" for e in events), code_events(nlp, text)
    assert "SANCTION" not in types_of(nlp, text)


def test_an_official_dismissed_is_removed_from_office(nlp):
    events = events_of(nlp, "The Kenyan president dismissed the police chief on Monday.", "COERCE")
    assert any(e.trigger == "dismissed" and e.cameo == "172" for e in events), events


def test_claims_dismissed_are_no_removal(nlp):
    assert "COERCE" not in types_of(nlp, "The Kenyan president dismissed the police chief's claims as lies.")


def test_a_membership_terminated_by_a_court_removes_the_member(nlp):
    text = "Kenya's Supreme Court on Tuesday terminated the parliamentary membership of Speaker John Mwangi."
    events = events_of(nlp, text, "COERCE")
    assert any(e.trigger == "terminated" and e.cameo == "172" for e in events), events


def test_a_contract_terminated_is_no_removal(nlp):
    assert "COERCE" not in types_of(nlp, "The Kenyan firm terminated its contract with the supplier.")


def test_an_ordered_removal_from_office_is_the_removal(nlp):
    text = "A Kenyan judge ordered the removal of the Nairobi governor from office for 60 days."
    events = code_events(nlp, text)
    assert any(e.type == "COERCE" and e.cameo == "172" and e.trigger == "ordered" for e in events), events
    assert not any(e.type == "REQUEST" for e in events), events


def test_an_ordered_removal_of_things_stays_an_order(nlp):
    events = code_events(nlp, "The Kenyan president ordered the removal of roadblocks in Nairobi.")
    assert not any(e.type == "COERCE" and e.trigger == "ordered" for e in events), events


def test_a_measure_signed_into_law_is_no_pact(nlp):
    text = "The Kenyan president signed into law a two-year extension of his term, his office said on Monday."
    assert "SUPPORT" not in types_of(nlp, text)


def test_an_impeachment_complaint_signed_is_the_accusation_not_a_pact(nlp):
    text = "More than 150 Kenyan lawmakers signed the impeachment complaint against the deputy president."
    types = types_of(nlp, text)
    assert "SUPPORT" not in types and "ACCUSE" in types, code_events(nlp, text)


def test_a_pact_signed_with_a_partner_stays(nlp):
    assert "SUPPORT" in types_of(nlp, "The Kenyan president signed a security agreement with Uganda on Monday.")


def test_calling_a_vote_unconstitutional_criticises_it(nlp):
    events = events_of(nlp, "Kenyan opposition leaders called the vote unconstitutional on Monday.", "ACCUSE")
    assert any(e.trigger == "called" for e in events), events


def test_sanctions_against_those_blocking_are_no_blockade(nlp):
    text = ("The British foreign secretary said London would consider all tools, including sanctions, "
            "against those blocking the path to an election.")
    assert "PROTEST" not in types_of(nlp, text)


def test_a_road_blocked_by_protesters_stays_a_blockade(nlp):
    text = "Farmers blocked the main road into Nairobi on Monday to protest against the tax."
    assert "PROTEST" in types_of(nlp, text)

"""Session 31: verb senses and onlookers' guesses that read as events (all sentences our own)."""

import pytest

from event_helpers import code_events


def _types(nlp, text):
    return {e.type for e in code_events(nlp, text, date=None)}


@pytest.mark.parametrize("text", [
    "The coalition broke apart when the chancellor fired Finance Minister Karl Weber over the budget.",
    "The Peruvian president fired Interior Minister Ana Ruiz on Friday.",
])
def test_firing_a_titled_person_is_a_dismissal(nlp, text):
    assert "ASSAULT" not in _types(nlp, text)


def test_firing_at_soldiers_stays_an_attack(nlp):
    assert "ASSAULT" in _types(nlp, "Syrian troops fired at Israeli soldiers near the border.")


@pytest.mark.parametrize("text", [
    "The judges found that the court may review and, in extreme cases, strike down Basic Laws.",
    "The Supreme Court in Nairobi struck down the amendment on Monday.",
])
def test_striking_down_a_law_is_no_blow(nlp, text):
    assert "ASSAULT" not in _types(nlp, text)


def test_signing_a_proclamation_is_no_pact(nlp):
    text = "The U.S. president signed a proclamation suspending the entry of Nicaraguan officials."
    assert "SUPPORT" not in _types(nlp, text)
    assert "SUPPORT" in _types(nlp, "The Ukrainian president signed an agreement with Poland.")


def test_a_quote_run_on_from_an_analyst_is_a_guess(nlp):
    text = ('"Fuel has become a bargaining chip," said Omar Saleh, a Yemeni analyst in Amman. '
            '"The coalition believes the pressure will push the Houthis to talk."')
    assert "REQUEST" not in _types(nlp, text)
    assert "REQUEST" not in _types(nlp, text + "\n\nFuel prices rose again on Monday.")


def test_a_quote_run_on_from_a_minister_stays(nlp):
    text = '"We are ready," said the Yemeni foreign minister. "We will withdraw our troops from the border."'
    assert code_events(nlp, text, date=None)


def test_few_of_the_analysts_expecting_is_a_guess(nlp):
    text = ("Some analysts believe the losses could make the generals more cautious, "
            "though few expect the army to pull back.")
    assert "RETREAT" not in _types(nlp, text)


@pytest.mark.parametrize("text", [
    "Washington suspended $300 million in military aid to Ukraine.",
    "The United States suspended $700 million in emergency economic assistance to Sudan.",
])
def test_aid_suspended_by_the_amount_is_one_sanction(nlp, text):
    events = code_events(nlp, text, date=None)
    assert [e.type for e in events] == ["SANCTION"]
    assert events[0].cameo.startswith("162")


@pytest.mark.parametrize("text", [
    '"No Chilean government can accept a foreign leader insulting its institutions," he said.',
    "No Afghan government has accepted the Durand Line as an international border.",
    '"No media outlet will be allowed to speak for the rebels," the Malian minister said.',
])
def test_no_one_of_a_kind_states_a_principle(nlp, text):
    assert code_events(nlp, text, date=None) == []


def test_no_group_named_keeps_its_record(nlp):
    text = "No Kenyan troops will be deployed to Haiti before January, the minister said."
    assert "MOBILIZE" in _types(nlp, text)


@pytest.mark.parametrize("text", [
    "A Seoul court ordered two Japanese firms to compensate Korean wartime labourers.",
    "The Lima court ordered the mining firm to pay the villagers $2 million.",
])
def test_a_court_ordering_payment_finds_liability(nlp, text):
    events = code_events(nlp, text, date=None)
    assert [(e.type, e.cameo) for e in events] == [("ACCUSE", "116")]


def test_a_court_ordering_restraint_stays_a_demand(nlp):
    text = "The International Court of Justice ordered Azerbaijan to allow the return of Armenians."
    assert "REQUEST" in _types(nlp, text)


def test_restoring_ties_in_a_noun_is_diplomatic_support(nlp):
    text = "The restoration of diplomatic relations between Saudi Arabia and Iran was announced on Friday."
    events = code_events(nlp, text, date=None)
    assert [(e.type, e.cameo) for e in events] == [("SUPPORT", "050")]
    assert {a.code for a in events[0].source} == {"SAU", "IRN"}


def test_a_town_that_sites_premises_gives_way_to_their_owner(nlp):
    events = code_events(nlp, "Police raided the Nairobi office of the BBC on Monday.", date=None)
    assert [a.code for e in events for a in e.target] == ["GBRJRN"]
    events = code_events(nlp, "Police raided the Nairobi office on Monday.", date=None)
    assert [a.country for e in events for a in e.target] == ["KEN"]


def test_a_package_of_agreements_signed_is_one_signing(nlp):
    text = "The Turkish president signed a package of agreements on energy and trade with Iraq on Monday."
    events = code_events(nlp, text, date=None)
    assert [(e.type, e.cameo) for e in events] == [("SUPPORT", "057")]
    assert [a.code for a in events[0].target] == ["IRQ"]


def test_giving_away_land_is_no_aid(nlp):
    assert "AID" not in _types(nlp, "Opponents say the Kyrgyz government has given away land that belongs to farmers.")
    assert "AID" in _types(nlp, "The Japanese government gave $5 million to Sri Lanka.")


def test_a_deed_an_analyst_reports_in_a_run_on_quote_stays(nlp):
    text = ('"Closing an embassy is a precaution," said Taras Holub, a Kyiv-based security analyst. '
            '"But Moscow has promised a response, and it would be naive to think it will not come."')
    assert "THREATEN" in _types(nlp, text)


def test_obligations_met_are_no_meeting_s32(nlp):
    # (session 32) "had met its treaty obligations": a duty done, not talks with anyone
    text = "The interior minister told reporters that Peru had met its treaty obligations in full."
    assert "CONSULT" not in _types(nlp, text)


def test_a_meeting_with_a_party_stays_talks_s32(nlp):
    assert "CONSULT" in _types(nlp, "The Peruvian foreign minister met Chile's president in Lima on Monday.")

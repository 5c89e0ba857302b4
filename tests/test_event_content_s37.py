"""Session 37, helper l: acts that are only the content of a pact, a hope, a campaign, a plea or a
habit give no record ("a deal that will remove duties", "hoped Iran would release", "have
repeatedly accused"), and orders, meetings and handovers whose phrase tells another act are
retyped ("ordered the station off the air", "was met by angry protesters", "was handed over to")."""

from __future__ import annotations

import pytest

from event_helpers import checked_events, trigger_texts


@pytest.mark.parametrize("text, trigger", [
    ("Chile and Peru signed a trade pact on Monday that will remove duties on farm goods.", "remove"),
    ("Chile and Peru signed a trade pact on Monday that will remove duties on farm goods.", "duties"),
    ("The accords, mediated by Norway, provide for the return of refugees to Colombia.", "provide"),
    ("Kenya already has defence agreements with Britain and France.", "agreements"),
    ("Venezuelan officials have repeatedly accused Colombia of harbouring rebels.", "accused"),
    ("The Danish minister said Copenhagen hoped Iran would release the two sailors.", "release"),
    ("Observers fear that Ethiopian troops will attack the town.", "attack"),
    ("The minister saw the visit as a way to reopen talks with Serbia.", "talks"),
    ("Senegal's opposition leader campaigned on expelling French troops.", "expelling"),
    ("The warrants mean the two Liberian generals risk arrest if they travel abroad.", "arrest"),
    ("Chile sends mostly copper and fruit to China.", "sends"),
    ("Former Colombian colonel Rafael Ortiz, accused of ordering the massacre, was extradited to Colombia in 2019.",
     "accused"),
    ("Ortiz pleaded guilty in 2019 to helping smuggle weapons to Colombian rebels.", "helping"),
    ("The Kenyan cabinet met in emergency session on Sunday.", "met"),
    ("Textile firms in Peru will have to meet tough labour standards.", "meet"),
    ("The Nigerian government has pushed to create jobs for young people.", "pushed"),
    ("Turkey closed its border in 1993 in solidarity with Azerbaijan.", "solidarity"),
])
def test_content_gives_no_record(nlp, text: str, trigger: str) -> None:
    assert trigger not in trigger_texts(nlp, text)


@pytest.mark.parametrize("text, trigger, kind", [
    ("Chile and Peru signed a trade pact on Monday that will remove duties on farm goods.", "signed", "SUPPORT"),
    ("Venezuelan officials have repeatedly accused Colombia of harbouring rebels since May.", "accused", "ACCUSE"),
    ("Ortiz, accused by Colombian prosecutors of ordering the massacre, fled to Spain.", "accused", "ACCUSE"),
    ("Chile sent food and medicine to Haiti on Monday.", "sent", "AID"),
    ("Kenya's president met his Ugandan counterpart on Sunday.", "met", "CONSULT"),
    ("Nigeria pushed Ghana to reopen the border.", "pushed", "REQUEST"),
    ("Lula voiced solidarity with Argentina.", "solidarity", "SUPPORT"),
    ("Kenya's president was met by Ugandan officials at the airport.", "met", "CONSULT"),
    ("Britain handed over Hong Kong to China in 1997.", "handed", "RETREAT"),
])
def test_acts_told_stay(nlp, text: str, trigger: str, kind: str) -> None:
    assert kind in {e.type for e in checked_events(nlp, text) if e.trigger == trigger}


def test_own_hope_is_a_plan_not_content(nlp) -> None:
    signs = [e for e in checked_events(nlp, "Iran said it hoped to sign the agreement with Iraq next week.")
             if e.trigger == "sign"]
    assert signs and {a.country for a in signs[0].source} == {"IRN"}


def test_radio_taken_off_the_air_is_censorship(nlp) -> None:
    (order,) = [e for e in checked_events(nlp, "Zambian officials ordered a South African radio station off the air.")
                if e.trigger == "ordered"]
    assert (order.type, order.cameo) == ("COERCE", "1721")
    assert {a.country for a in order.source} == {"ZMB"}


def test_ordered_bans_are_measures_not_requests(nlp) -> None:
    events = checked_events(nlp, "The Security Council ordered travel bans and asset freezes on Sudanese leaders.")
    assert not [e for e in events if e.type == "REQUEST"]
    assert {e.type for e in events if e.trigger == "ordered"} <= {"COERCE", "SANCTION"}


def test_met_by_protesters_is_a_protest(nlp) -> None:
    (met,) = [e for e in checked_events(nlp, "The Kenyan president was met by angry protesters in Nairobi.")
              if e.trigger == "met"]
    assert (met.type, met.cameo) == ("PROTEST", "141")
    assert {a.code for a in met.target} == {"KENGOV"}


def test_prisoner_handed_to_a_state_is_extradited(nlp) -> None:
    (handed,) = [e for e in checked_events(nlp, "John Okello, a Ugandan businessman, was handed over to Kenya in March.")
                 if e.trigger == "handed"]
    assert (handed.type, handed.cameo) == ("COOPERATE", "063")
    assert "KEN" in {a.country for a in handed.target}

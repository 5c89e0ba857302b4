"""CAMEO-manual wordings of a second per-code pass (session 13, events round 3).

A second set of our own codebook-style sentences, one or two per CAMEO code
(``tests/data/plover_probes_cameo2.jsonl``), found wordings with no lexicon row (consenting to
act, initialling an accord, furnishing a party with arms, unblocking access, scaling back
operations or contacts, ending a curfew, frowning on a plan, holding a party responsible, flouting
sanctions, soliciting support, abandoning mediation, throwing inspectors out, breaching a truce,
dropping poison gas, driving people out) and words read in the wrong sense (workers who "struck",
protesters whose violence is a riot). Each test pairs the construction with a use that must not
be coded the same way. The sentences are ours.
"""

from __future__ import annotations

from event_helpers import code_events


def _main(nlp, text: str):
    found = code_events(nlp, text)
    return max(found, key=lambda e: e.confidence) if found else None


def _states(actors) -> set[str]:
    return {(a.code or "")[:3] for a in actors}


def test_consenting_to_act_with_a_state_is_an_intent_to_cooperate(nlp):
    main = _main(nlp, "Latvia consented on Friday to take part with Estonia in a joint study of the Baltic herring stock.")
    assert main is not None and main.type == "AGREE"


def test_furnishing_a_party_with_arms_is_aid(nlp):
    main = _main(nlp, "Belarus furnished the Venezuelan army with armoured trucks last year.")
    assert main is not None and main.type == "AID"
    assert "BLR" in _states(main.source)


def test_scaling_back_operations_and_contacts(nlp):
    main = _main(nlp, "Indian forces scaled back their operations against Naga rebels in Manipur.")
    assert main is not None and (main.type, main.cameo) == ("RETREAT", "087")
    main = _main(nlp, "Sweden scaled down its contacts with the government of Eritrea.")
    assert main is not None and (main.type, main.cameo) == ("SANCTION", "160")
    assert not code_events(nlp, "The bakery scaled back its opening hours in the winter.")


def test_ending_a_curfew_or_a_state_of_emergency_eases_it(nlp):
    main = _main(nlp, "The Chadian army ended the curfew in N'Djamena after a week.")
    assert main is not None and (main.type, main.cameo) == ("RETREAT", "0813")
    # (the PLOVER gold codes a state of emergency lifted as CONCEDE, not the table's RETREAT 0814)
    main = _main(nlp, "The Bolivian president revoked the state of emergency in Cochabamba on Monday.")
    assert main is not None and main.type == "CONCEDE"


def test_holding_a_party_responsible_blames_it_and_a_duty_does_not(nlp):
    main = _main(nlp, "Yerevan held Baku responsible for the shelling of Armenian border villages.")
    assert main is not None and main.type == "ACCUSE"
    assert _states(main.target) == {"AZE"}
    assert not any(e.type == "ACCUSE" for e in code_events(
        nlp, "Parents will be held responsible for the conduct of their children at the fair."))


def test_frowning_flouting_and_soliciting(nlp):
    main = _main(nlp, "Thailand frowned on Laos's plan to dam the Mekong.")
    assert main is not None and main.type == "ACCUSE"
    main = _main(nlp, "Eritrea flouted the United Nations arms embargo by importing rifles.")
    assert main is not None and main.type == "REJECT"
    main = _main(nlp, "The Somali president solicited the backing of Gulf states for his reform plan.")
    assert main is not None and main.type == "REQUEST"


def test_inspectors_thrown_out_are_expelled(nlp):
    main = _main(nlp, "Syria threw out the monitors of the Arab League on Monday.")
    assert main is not None and (main.type, main.cameo) == ("SANCTION", "166")
    main = _main(nlp, "The Malian junta ordered the peacekeepers of the United Nations out of the country.")
    assert main is not None and main.type == "SANCTION"


def test_a_truce_breached_and_poison_gas_dropped_are_attacks(nlp):
    main = _main(nlp, "Rebel fighters breached the ceasefire with mortar fire on army posts near Goma.")
    assert main is not None and (main.type, main.cameo) == ("ASSAULT", "196")
    main = _main(nlp, "Syrian helicopters dropped chlorine gas on the town of Douma.")
    assert main is not None and (main.type, main.cameo) == ("ASSAULT", "2041")


def test_driving_people_out_is_a_mass_expulsion_and_driving_a_car_is_not(nlp):
    main = _main(nlp, "Sudanese militias drove thousands of Masalit villagers out of El Geneina.")
    assert main is not None and (main.type, main.cameo) == ("ASSAULT", "201")
    assert not code_events(nlp, "The farmer drove the tractor out of the barn at dawn.")


def test_workers_who_strike_walk_out_and_jets_that_strike_attack(nlp):
    main = _main(nlp, "Kenyan nurses struck for a third day on Wednesday over unpaid allowances.")
    assert main is not None and (main.type, main.cameo) == ("PROTEST", "143")
    main = _main(nlp, "Turkish jets struck Kurdish positions in northern Iraq on Sunday.")
    assert main is not None and main.type == "ASSAULT"
    main = _main(nlp, "Kenyan nurses struck on Monday over unpaid allowances.")
    assert main is not None and main.type == "PROTEST"


def test_a_claim_to_islands_is_rejected_as_a_demand_and_a_charge_is_denied(nlp):
    main = _main(nlp, "Tokyo rejected Seoul's claim to the disputed rocks in the Sea of Japan.")
    assert main is not None and main.type == "REJECT"
    assert not any(e.type == "REJECT" for e in code_events(
        nlp, "The ministry rejected claims that it had hidden the audit from parliament."))


def test_violence_by_protesters_is_a_riot(nlp):
    main = _main(nlp, "Protesters stormed the parliament building in Skopje on Thursday.")
    assert main is not None and (main.type, main.cameo) == ("PROTEST", "145")
    main = _main(nlp, "Masked gunmen stormed a bank in the centre of Lagos on Thursday.")
    assert main is not None and main.type == "ASSAULT"

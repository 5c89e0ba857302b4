"""Parties a sentence names but our events left empty (session 12, a grid of our own sentences
crossing event types with constructions): the owner "its" stands for in a reported attack, in the
object of a person's stance or dealing, a force deployed in the passive, a deal struck after a
meeting, and a protest held at a state's embassy. Each fix has a counter-case."""

from event_helpers import code_events, states_of


def _on(events, trigger: str):
    found = [e for e in events if e.trigger == trigger]
    assert found, f"no event on {trigger!r}: {[(e.trigger, e.type) for e in events]}"
    return found[0]


def test_reported_attack_on_its_property_hits_the_reporter(nlp):
    ev = _on(code_events(nlp, "Chile said Bolivian troops had raided its border posts."), "raided")
    assert "BOL" in states_of(ev.source)
    assert "CHL" in states_of(ev.target)


def test_reported_attack_on_its_own_property_has_no_reporter_target(nlp):
    ev = _on(code_events(nlp, "Chile said Bolivian troops had raided their own border posts."), "raided")
    assert "CHL" not in states_of(ev.target)


def test_doer_saying_it_will_attack_keeps_its_own(nlp):
    ev = _on(code_events(nlp, "Peru said it would bomb its enemies."), "bomb")
    assert "PER" not in states_of(ev.target)


def test_person_praising_its_people_means_the_country_named_before(nlp):
    ev = _on(code_events(nlp, "The Algerian president visited Tunisia and praised its people."), "praised")
    assert "DZA" in states_of(ev.source)
    assert "TUN" in states_of(ev.target)


def test_state_praising_its_own_people_has_no_foreign_target(nlp):
    ev = _on(code_events(nlp, "Tunisia praised its people."), "praised")
    assert "TUN" not in states_of(ev.target) or not ev.target


def test_passive_deployed_force_is_its_states_doing(nlp):
    ev = _on(code_events(nlp, "Danish soldiers were deployed to Estonia."), "deployed")
    assert "DNK" in states_of(ev.source)
    assert "EST" in states_of(ev.target)


def test_passive_deployment_with_agent_keeps_the_agent(nlp):
    ev = _on(code_events(nlp, "Soldiers were deployed to Estonia by Denmark."), "deployed")
    assert "DNK" in states_of(ev.source)


def test_deal_signed_after_meeting_is_with_the_one_met(nlp):
    ev = _on(code_events(nlp, "Ghana's president met Togolese officials and signed a trade pact."), "signed")
    assert "GHA" in states_of(ev.source)
    assert "TGO" in states_of(ev.target)


def test_deal_signed_after_meeting_with_its_own_partner_keeps_it(nlp):
    ev = _on(code_events(nlp, "Ghana's president visited Togo and signed a trade pact with Benin."), "signed")
    assert "BEN" in states_of(ev.target)
    assert "TGO" not in states_of(ev.target)


def test_protest_outside_an_embassy_is_aimed_at_its_state(nlp):
    ev = _on(code_events(nlp, "Angry Bolivian farmers protested outside the Chilean embassy."), "protested")
    assert "BOL" in states_of(ev.source)
    assert "CHL" in states_of(ev.target)


def test_protest_outside_a_ministry_is_not_aimed_at_a_foreign_state(nlp):
    ev = _on(code_events(nlp, "Bolivian farmers protested outside the agriculture ministry."), "protested")
    assert not {"CHL", "PER"} & states_of(ev.target)


def test_reported_seizure_of_its_land_hits_the_reporter(nlp):
    ev = _on(code_events(nlp, "Moldova said Russian soldiers had occupied its villages."), "occupied")
    assert "MDA" in states_of(ev.target)


def test_reported_arrest_by_its_own_police_has_no_reporter_target(nlp):
    ev = _on(code_events(nlp, "Moldova said police had arrested its critics."), "arrested")
    assert "MDA" not in states_of(ev.target)


def test_author_of_a_deed_coordinated_in_the_object_is_blamed(nlp):
    ev = _on(code_events(nlp, "Cuba condemned the blockade and the new threats issued by the Dutch government."),
             "condemned")
    assert "NLD" in states_of(ev.target)


def test_author_of_a_deed_in_the_object_alone_is_still_blamed(nlp):
    ev = _on(code_events(nlp, "Cuba condemned the new threats issued by the Dutch government."), "condemned")
    assert "NLD" in states_of(ev.target)


def test_act_noun_subject_acts_through_its_by_agent(nlp):
    ev = _on(code_events(nlp, "The shelling of Mostar by Croatian gunners killed six people."), "killed")
    assert "HRV" in states_of(ev.source)
    assert "BIH" not in states_of(ev.source)


def test_act_noun_subject_with_an_owner_keeps_the_owner(nlp):
    ev = _on(code_events(nlp, "Croatia's shelling of Mostar killed six people."), "killed")
    assert "HRV" in states_of(ev.source)


def test_reported_attack_told_according_to_a_state_hits_it(nlp):
    ev = _on(code_events(nlp, "According to Chile, Bolivian troops raided its border posts."), "raided")
    assert "CHL" in states_of(ev.target)


def test_subject_owned_through_its_acts_for_the_owner(nlp):
    ev = _on(code_events(nlp, "Greece said its jets had bombed the smugglers' boats."), "bombed")
    assert "GRC" in states_of(ev.source)


def test_subject_owned_through_its_has_no_owner_when_none_is_named(nlp):
    events = code_events(nlp, "Its jets bombed Libyan ports.")
    assert all("GRC" not in states_of(e.source) for e in events)


def test_the_one_appealed_to_for_help_is_the_target(nlp):
    ev = _on(code_events(nlp, "Tonga appealed to New Zealand for help."), "appealed")
    assert "TON" in states_of(ev.source)
    assert "NZL" in states_of(ev.target)


def test_asking_for_donations_to_a_body_does_not_ask_that_body(nlp):
    events = code_events(nlp, "Tonga asked for donations to the Red Cross.")
    asked = [e for e in events if e.trigger == "asked"]
    assert not asked or all(a.text != "Red Cross" for e in asked for a in e.target)


def test_by_phrase_hung_on_the_of_phrase_names_the_acts_doer(nlp):
    ev = _on(code_events(nlp, "The expulsion of Ghanaian traders by Nigeria angered Accra."), "expulsion")
    assert "NGA" in states_of(ev.source)
    assert "GHA" in states_of(ev.target)


def test_of_phrase_without_by_gives_no_doer(nlp):
    events = code_events(nlp, "The expulsion of Ghanaian traders angered Accra.")
    assert all("GHA" not in states_of(e.source) for e in events if e.trigger == "expulsion")


def test_measure_eased_in_part_still_falls_on_its_target(nlp):
    ev = _on(code_events(nlp, "Norway eased some of its curbs on exports to Syria."), "eased")
    assert "SYR" in states_of(ev.target)


def test_measure_eased_whole_keeps_its_target(nlp):
    ev = _on(code_events(nlp, "Norway eased its curbs on exports to Syria."), "eased")
    assert "SYR" in states_of(ev.target) and "NOR" not in states_of(ev.target)


def test_bare_preposition_coordinated_with_from_shares_its_object(nlp):
    ev = _on(code_events(nlp, "Chile lifted travel curbs to and from Bolivia."), "lifted")
    assert "BOL" in states_of(ev.target)


def test_ban_on_dealing_with_someone_falls_on_them(nlp):
    ev = _on(code_events(nlp, "Peru will not lift its ban on trading with Bolivia."), "lift")
    assert "BOL" in states_of(ev.target)


def test_sanctions_with_regard_to_a_state_fall_on_it(nlp):
    ev = _on(code_events(nlp, "Canada imposed sanctions with regard to Nicaragua."), "imposed")
    assert "NIC" in states_of(ev.target)


def test_arrest_in_connection_with_an_act_does_not_target_its_victim(nlp):
    ev = _on(code_events(nlp, "Chile arrested four men in connection with the bombing of Peru's embassy."),
             "arrested")
    assert "PER" not in states_of(ev.target)


def test_passive_stance_on_a_deed_is_aimed_at_its_doer(nlp):
    ev = _on(code_events(nlp, "The occupation of Bolivian towns by Chilean troops was condemned by Peru."),
             "condemned")
    assert "PER" in states_of(ev.source)
    assert "CHL" in states_of(ev.target)
    assert "BOL" not in states_of(ev.target)


def test_passive_stance_on_a_deed_without_doer_keeps_its_phrase(nlp):
    ev = _on(code_events(nlp, "The occupation of Bolivian towns was condemned by Peru."), "condemned")
    assert "PER" in states_of(ev.source)
    assert "CHL" not in states_of(ev.target)

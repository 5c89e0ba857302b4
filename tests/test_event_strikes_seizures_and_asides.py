"""Session 19 (T1), types, senses and non-events from judged wire news: "striking dock workers" walk
out (PROTEST 143); withdrawing trade preferences is a sanction (163); a town seized, or entered after
fighting, is territory occupied (COERCE 192 in our CAMEO table); asides that tell of no act between
parties ("asked not to be named", "not up for discussion", "failed to declare", "a right to protect",
"the organiser of several kidnappings", clips "shared online", a farmer who "sends" melons to market,
a general "speaking by phone" to the reporter, "a militia backed by Iran" as a label, analysts'
forecasts) are dropped. Each case pairs a sentence whose record must go or change with a near miss
that keeps its record (sentences of our own)."""

from __future__ import annotations

from event_helpers import code_events, trigger_texts, types_of


def _codes(nlp, text: str) -> set[tuple[str, str]]:
    """(type, CAMEO) of the events coded in ``text``."""
    return {(e.type, e.cameo) for e in code_events(nlp, text)}


# --- senses ---------------------------------------------------------------------------------------


def test_striking_workers_walk_out(nlp):
    text = ("A delegation met the minister and leaders of striking garment workers on Monday in an effort "
            "to end a walkout.")
    assert ("ASSAULT", "180") not in _codes(nlp, text)
    assert any(e.type == "PROTEST" and e.trigger == "striking" for e in code_events(nlp, text))


def test_strikers_fired_on_are_only_the_victims(nlp):
    text = "In May 2009 soldiers opened fire on striking copper workers there, killing at least six people."
    assert "PROTEST" not in types_of(nlp, text)
    assert "ASSAULT" in types_of(nlp, text)


def test_striking_a_guard_stays_a_blow(nlp):
    text = "Rebels were accused of striking a guard at the gate of the prison in Goma."
    assert "PROTEST" not in types_of(nlp, text)


def test_trade_preferences_withdrawn_are_a_sanction(nlp):
    text = "Washington withdrew Ethiopia's trade preferences over the war in Tigray."
    assert ("SANCTION", "163") in _codes(nlp, text)
    assert "RETREAT" not in types_of(nlp, text)


def test_troops_withdrawn_stay_a_retreat(nlp):
    text = "Washington withdrew its troops from the base in Niger last year."
    assert "RETREAT" in types_of(nlp, text)


def test_town_seized_is_territory_taken(nlp):
    text = "Rebel fighters seized the town of Bunagana on Monday."
    assert ("COERCE", "192") in _codes(nlp, text)


def test_weapons_seized_stay_property(nlp):
    text = "Police seized weapons and ammunition in a raid in Kirkuk on Monday."
    assert ("COERCE", "192") not in _codes(nlp, text)


def test_town_entered_after_fighting_is_taken(nlp):
    text = "Government troops entered the town of Kidal after three days of fighting, officers said."
    assert ("COERCE", "192") in _codes(nlp, text)
    assert "MOBILIZE" not in types_of(nlp, text)


# --- asides that tell of no act ---------------------------------------------------------------------


def test_asked_not_to_be_named_is_no_request(nlp):
    text = '"The talks are stuck," said a Kenyan official, who asked not to be named.'
    assert "REQUEST" not in types_of(nlp, text)


def test_asked_for_an_explanation_stays(nlp):
    text = "Kenya asked Uganda for an explanation of the border incident."
    assert "REQUEST" in types_of(nlp, text)


def test_not_up_for_discussion_is_no_talks(nlp):
    text = '"Our borders are not up for discussion," the Moroccan foreign minister said.'
    assert "CONSULT" not in types_of(nlp, text)


def test_a_discussion_held_stays(nlp):
    text = "Morocco and Spain held a discussion on migration in Rabat on Monday."
    assert "CONSULT" in types_of(nlp, text)


def test_failed_to_declare_is_no_rejection(nlp):
    text = "The ministry said the charity had failed to declare the origin of its funds."
    assert "REJECT" not in types_of(nlp, text)


def test_right_to_protect_is_no_support(nlp):
    text = "Cyprus says it has a right to protect its waters from foreign ships."
    assert "SUPPORT" not in types_of(nlp, text)


def test_organiser_of_kidnappings_is_a_description(nlp):
    text = "The army said it had arrested Musa Bello, the organiser of several kidnappings in Zamfara."
    assert "kidnappings" not in trigger_texts(nlp, text)
    assert "COERCE" in types_of(nlp, text)


def test_clips_shared_online_are_no_cooperation(nlp):
    text = "The soldiers burned the checkpoint, according to clips shared on social media."
    assert "shared" not in trigger_texts(nlp, text)


def test_intelligence_shared_stays_cooperation(nlp):
    text = "Jordan shared intelligence with Iraq on the smuggling network."
    assert "COOPERATE" in types_of(nlp, text)


def test_melons_sent_to_market_are_no_aid(nlp):
    text = '"The border is closed again," said Ali Karimi, a farmer who sends melons to markets in Herat.'
    assert "AID" not in types_of(nlp, text)


def test_troops_sent_stay(nlp):
    text = "Rwanda sent troops to Mozambique in July."
    assert "sent" in trigger_texts(nlp, text)


def test_speaking_by_phone_to_the_reporter_is_no_talks(nlp):
    text = '"The road is open," said General Omar Farah, a police commander, speaking by telephone from Baidoa.'
    assert "CONSULT" not in types_of(nlp, text)


def test_speaking_by_phone_with_a_leader_stays(nlp):
    text = "President Ruto spoke by telephone with President Museveni on Monday."
    assert "CONSULT" in types_of(nlp, text)


def test_force_backed_by_a_patron_as_a_label(nlp):
    text = "Fighters from the Tiger Brigade, a militia backed by Iran, shelled the airport on Sunday."
    assert "AID" not in types_of(nlp, text)
    assert "ASSAULT" in types_of(nlp, text)


def test_backing_as_the_news_stays(nlp):
    text = "Iran backed the militia with weapons and money last year."
    assert types_of(nlp, text) & {"AID", "SUPPORT"}


def test_analysts_forecast_is_no_attack(nlp):
    text = "Some analysts expect the rebels to try to recapture the port within weeks."
    assert "ASSAULT" not in types_of(nlp, text)


def test_rebels_own_plan_stays(nlp):
    text = "The rebels expect to recapture the port within weeks, their spokesman said."
    assert types_of(nlp, text) & {"ASSAULT", "THREATEN"}

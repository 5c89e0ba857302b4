"""Session 24, non-events from judged fresh news: a feat "failed" is no refusal, a helping verb that
is only the "to" purpose of another act is no second act, and "backed by" that labels a body by its
patron is no backing done. Each case pairs a sentence whose record must go with a near miss that
keeps its record (our own sentences)."""

from __future__ import annotations

from event_helpers import code_events, events_of


# --- a failure is no refusal ---------------------------------------------------------------------


def test_failed_feat_is_no_rejection(nlp):
    text = "Officials in Lima said the hackers had failed to erase the archive of the electoral board."
    assert not events_of(nlp, text, "REJECT")


def test_failed_launch_is_no_rejection(nlp):
    text = "Iran has twice failed this year to put a weather satellite into orbit."
    assert not events_of(nlp, text, "REJECT")


def test_failure_to_reach_agreement_stays_a_rejection(nlp):
    text = "Serbia and Kosovo failed to reach agreement on the status of the northern municipalities on Monday."
    assert events_of(nlp, text, "REJECT")


def test_failure_to_comply_stays_a_rejection(nlp):
    text = "The Bolivian government failed to comply with the ruling of the Inter-American court on Friday."
    assert events_of(nlp, text, "REJECT")


# --- the aim of an act -----------------------------------------------------------------------------


def test_purpose_of_a_deployment_is_no_second_act(nlp):
    text = "The Chilean army said marines would be deployed to support the border police in Arica."
    assert not events_of(nlp, text, "AGREE") and not events_of(nlp, text, "SUPPORT")


def test_purpose_of_founding_a_body_is_no_backing(nlp):
    text = "In May, farmers in Osh formed a committee to defend the river against the dam."
    assert not events_of(nlp, text, "SUPPORT")


def test_giving_as_purpose_keeps_its_receiver(nlp):
    text = "Japan has offered to send 500 engineers to distribute food in Haiti."
    assert any(a.country == "HTI" for e in code_events(nlp, text) for a in e.target)


def test_protection_as_purpose_stays_aid(nlp):
    text = "Nigerian troops took up positions in Monrovia on Friday to protect Liberian civilians."
    assert events_of(nlp, text, "AID")


def test_help_agreed_stays(nlp):
    text = "Japan agreed on Tuesday to help the Philippines rebuild its coast guard."
    assert events_of(nlp, text, "AGREE") or events_of(nlp, text, "AID")


def test_strike_as_purpose_stays(nlp):
    text = "Thailand sent fighter jets on Friday to strike Cambodian positions near the border."
    assert events_of(nlp, text, "ASSAULT")


# --- a body labelled by its patron --------------------------------------------------------------


def test_committee_backed_by_bloc_is_no_backing(nlp):
    text = "Herders will meet next month under a grazing committee backed by the African Union."
    assert not events_of(nlp, text, "SUPPORT")


def test_force_numbered_with_backers_is_no_backing(nlp):
    text = "The mission now numbers about 900 soldiers, backed by around 60 civilian police officers."
    assert not events_of(nlp, text, "SUPPORT")


def test_force_backed_in_its_deed_stays(nlp):
    text = "Iraqi troops backed by U.S. air strikes recaptured the town of Baiji from Islamic State fighters on Sunday."
    assert events_of(nlp, text, "AID") or events_of(nlp, text, "SUPPORT")


def test_plain_backing_stays(nlp):
    text = "Egypt backed the Saudi plan to end the war in Yemen on Thursday."
    assert events_of(nlp, text, "SUPPORT")

"""Session 38, helper s: acts a sentence names only as a view, an idiom, a standing position or a
time give no record ("was seen as a snub", "with Japanese investment in mind", "made to look like
robberies", "We welcome foreign students", "thanked Ghana for its support", "to join a rally",
"gives Brussels a veto", "won most seats, ousting", "would have barred her", "days after the
raid", "cash withdrawals"), while the plain acts beside them keep their records."""

from __future__ import annotations

import pytest

from event_helpers import code_events, trigger_texts


@pytest.mark.parametrize("text, trigger", [
    ("He ran a hotel in Suva that was built in 2016 with Chinese investment in mind.", "investment"),
    ("Kenyan police said the killings were staged to look like shootouts with armed robbers.", "shootouts"),
    ("\"We welcome Japanese tourists,\" the Fijian president said.", "welcome"),
    ("The Malian president said in a televised address on Sunday, thanking Ghana, Senegal and the African Union "
     "for their support.", "support"),
    ("Protesters said police had opened fire on students who were trying to travel to Minsk to join a protest.",
     "protest"),
    ("The Ghanaian opposition leader said the security clause gave Nigeria an effective veto over Ghana's "
     "foreign policy.", "gave"),
    ("The Ghanaian opposition leader said the security clause gave Nigeria an effective veto over Ghana's "
     "foreign policy.", "veto"),
    ("His NPP won 40 of the 60 seats in the National Assembly in the Oct. 2 vote, ousting the NDC of his "
     "predecessor.", "ousting"),
    ("The 2002 charter would have barred President Sassou Nguesso from running in next year's election.", "barred"),
    ("Hours after the extradition of the banker, the Bolivian president announced that La Paz would not attend "
     "the talks.", "extradition"),
    ("The Cypriot exchange filed for bankruptcy in Nicosia on May 2 after a rush of customer withdrawals exposed "
     "a shortfall.", "withdrawals"),
])
def test_view_idiom_or_time_gives_no_record(nlp, text, trigger):
    assert trigger not in trigger_texts(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    ("Moscow warned Estonia on Tuesday that it would close its consulate in Narva.", "warned"),
    ("The Chinese president welcomed the Kenyan delegation in Beijing on Monday.", "welcomed"),
    ("Russia vetoed the Security Council resolution on Syria on Friday.", "vetoed"),
    ("Ugandan troops raided a rebel camp near the border on Sunday.", "raided"),
    ("The Ugandan army withdrew from the border town on Sunday.", "withdrew"),
])
def test_plain_acts_keep_their_records(nlp, text, trigger):
    assert trigger in trigger_texts(nlp, text)


def test_seen_as_names_a_view(nlp):
    from dyads.event_views import named_as_view

    doc = nlp("Moscow's decision was widely seen as a warning to Estonia.")
    assert named_as_view(next(t for t in doc if t.text == "warning"))
    doc = nlp("Moscow sent a warning to Estonia on Monday.")
    assert not named_as_view(next(t for t in doc if t.text == "warning"))


@pytest.mark.parametrize("text, trigger", [
    ("The Malian president thanked Ghana for sending troops.", "thanked"),
    ("Bolivian police arrested the banker on Monday at the request of U.S. prosecutors.", "arrested"),
])
def test_the_act_told_beside_stays(nlp, text, trigger):
    assert trigger in trigger_texts(nlp, text)


def test_released_person_is_the_one_named_before(nlp):
    text = ("Kenyan Interior Minister Fred Matiangi vowed on Monday to deport John Smith, a British activist, "
            "after a judge ordered his release from custody.")
    released = [e for e in code_events(nlp, text) if e.trigger == "release"]
    assert released
    assert {a.text for a in released[0].target} == {"John Smith"}
    assert not any("Matiangi" in a.text for e in released for a in e.target)


def test_released_subject_stays_the_released(nlp):
    text = "Opposition leader Juan Perez left the country in May, a year after a court ordered his release."
    released = [e for e in code_events(nlp, text) if e.trigger == "release"]
    assert released and {a.text for a in released[0].target} == {"Opposition leader Juan Perez"}


@pytest.mark.parametrize("text, trigger", [
    ("The Jamaican prime minister said the findings came from an inquiry that Washington's suspension of aid to "
     "the island's police force had helped set in motion.", "helped"),
    ("\"Kenya has stood by Somalia, and Somalia will stand by Kenya,\" Foreign Minister Raychelle Omamo said.",
     "stood"),
    ("The justice minister said Ghana's judicial police had agreed to send investigators to help establish the "
     "facts, both of the attack and of the deaths in custody.", "attack"),
    ("Foreign Minister Ratu Inoke gained global attention in 2021 when he delivered a speech to the U.N. climate "
     "summit standing in seawater.", "summit"),
])
def test_cause_loyalty_topic_or_setting_gives_no_record(nlp, text, trigger):
    assert trigger not in trigger_texts(nlp, text)


def test_suit_restated_by_participle(nlp):
    from dyads.event_views import charge_restated

    doc = nlp("The Kenyan regulator also sued him, alleging fraud involving digital assets.")
    assert charge_restated(next(t for t in doc if t.text == "alleging"))
    doc = nlp("The Kenyan regulator said on Monday that he was alleging fraud.")
    assert not charge_restated(next(t for t in doc if t.text == "alleging"))


def test_dated_stand_by_keeps_its_record(nlp):
    from dyads.event_views import standing_by

    doc = nlp("Kenya has stood by Somalia since the attack on Monday.")
    assert not standing_by(next(t for t in doc if t.text == "stood"))

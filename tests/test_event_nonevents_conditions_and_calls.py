"""Session 22 (C), non-acts coded as events, from judged wire news: what sits in an if/unless
condition, a release or a mediation only called for, an act there is "no sign" of, a power a
measure grants, a running toll, a statistic's participle, a forecast "warning", a plan devised
(no threat made), options weighed, a deal something depends on, the suspension of one's own
cabinet meetings, a failure to form a government, a campaign aim and an instruction to one's own
minister are no events. Each case pairs a sentence whose record must go with a near miss that
keeps its reading (our own sentences)."""

from __future__ import annotations

from event_helpers import events_of, states_of, trigger_texts


# --- conditions ----------------------------------------------------------------------------------


def test_an_act_in_an_if_clause_is_no_event(nlp):
    text = "The Kenyan president warned that Somalia would pay a heavy price if it attacked Kenyan troops."
    assert "attacked" not in trigger_texts(nlp, text)
    assert [states_of(e.source) for e in events_of(nlp, text, "THREATEN")] == [{"KEN"}]


def test_an_act_in_an_unless_clause_is_no_event(nlp):
    text = "Washington threatened new sanctions on Monday unless Caracas agreed to hold fresh elections."
    assert not events_of(nlp, text, "AGREE")
    assert events_of(nlp, text, "THREATEN")


def test_a_time_phrase_hung_in_a_condition_keeps_its_act(nlp):
    # the parser hangs "a day after ... threatened bombing" inside the if-clause; the bombing threat stays
    text = ("The cleric warned on Friday that Washington would receive a heavy blow in return if it attacked the "
            "Islamic Republic, a day after President Donald Trump threatened bombing unless Tehran signed a new "
            "nuclear deal.")
    assert "bombing" in trigger_texts(nlp, text)
    assert not {"attacked", "signed"} & trigger_texts(nlp, text)


def test_a_deal_something_depends_on_is_no_agreement(nlp):
    text = "Kenya secured a loan from the World Bank, but payments depended on a deal with its creditors."
    assert "deal" not in trigger_texts(nlp, text)
    assert events_of(nlp, "Kenya reached a deal with its creditors on Monday.", "AGREE")


# --- what is called for or only weighed ----------------------------------------------------------


def test_a_release_demanded_beside_another_demand_is_no_release(nlp):
    text = "The council demanded an end to the fighting and the release of all detained journalists."
    assert not events_of(nlp, text, "RETREAT")
    assert events_of(nlp, text, "REQUEST")


def test_a_mediation_called_for_is_no_mediation(nlp):
    text = ("Speaking in Madrid, he said his government condemned the attack, while repeating his call for "
            "a ceasefire and a group of countries to mediate.")
    assert not events_of(nlp, text, "CONSULT")
    assert events_of(nlp, text, "REQUEST")


def test_ways_to_help_looked_at_are_no_aid(nlp):
    text = "Officials in Tokyo have said they are looking at ways to help Philippine fishermen find new markets."
    assert not events_of(nlp, text, "AID")


# --- no sign, powers, plots ----------------------------------------------------------------------


def test_no_sign_of_an_agreement_is_no_agreement(nlp):
    text = ("Police said the gang had tried to contact Iranian officials, though there was no sign Tehran had "
            "agreed to help.")
    assert not events_of(nlp, text, "AGREE")
    assert not events_of(nlp, text, "REJECT")


def test_a_sign_of_an_agreement_keeps_it(nlp):
    text = "There were clear signs that Tehran had agreed to help."
    assert events_of(nlp, text, "AGREE")


def test_a_power_granted_by_measures_is_no_arrest(nlp):
    text = "The new security measures allow the police to place suspects under house arrest."
    assert not events_of(nlp, text, "COERCE")
    assert events_of(nlp, "The army placed the former president under house arrest on Sunday.", "COERCE")


def test_a_plan_drawn_up_is_no_threat(nlp):
    text = "Prosecutors say the men had drawn up plans for a militia to storm the parliament and seize ministers."
    assert not events_of(nlp, text, "THREATEN")
    announced = "Russia announced plans to strike Ukrainian energy sites."
    assert events_of(nlp, announced, "THREATEN")


# --- statistics and forecasts --------------------------------------------------------------------


def test_a_running_toll_is_no_event(nlp):
    for text in ("According to a rights group, more than 3,100 people have been killed by the army since the coup.",
                 "Militias control much of the province and have killed, kidnapped and robbed thousands of people."):
        assert not events_of(nlp, text, "ASSAULT"), text


def test_the_toll_of_a_named_offensive_stays_its_news(nlp):
    text = "Russia's offensive has since killed more than 12,000 Ukrainian civilians, the U.N. mission says."
    killed = [e for e in events_of(nlp, text, "ASSAULT") if e.trigger == "killed"]
    assert killed and states_of(killed[0].source) == {"RUS"}


def test_a_strike_with_its_toll_stays_an_attack(nlp):
    text = "An air strike has killed 30 people in Idlib, rescuers said."
    assert events_of(nlp, text, "ASSAULT")


def test_a_seizure_counted_in_a_share_is_no_seizure(nlp):
    text = "Ottawa noted that less than 2% of the cocaine seized by U.S. customs officers comes from Canada."
    assert not events_of(nlp, text, "COERCE")


def test_a_warning_that_a_dispute_would_hurt_is_no_threat(nlp):
    text = "The prime minister warned that the row would hurt farmers on both sides of the border."
    assert not events_of(nlp, text, "THREATEN")
    assert events_of(nlp, "Russia warned that its response would be swift.", "THREATEN")


# --- internal steps and aims -----------------------------------------------------------------------


def test_suspending_own_cabinet_meetings_is_no_sanction(nlp):
    text = "Acting Prime Minister Najib Mikati had suspended cabinet meetings and urged all factions to calm down."
    assert not events_of(nlp, text, "SANCTION")
    assert events_of(nlp, "The European Union suspended talks with Turkey.", "SANCTION")


def test_failing_to_form_a_government_is_no_rejection(nlp):
    text = "His bloc won the most seats in the election but failed to form a government."
    assert not events_of(nlp, text, "REJECT")
    assert events_of(nlp, "The government failed to comply with the court order.", "REJECT")


def test_a_vow_to_restore_a_countrys_role_is_no_agreement(nlp):
    text = "Boric took office in March promising to restore Chile's role on the world stage."
    assert not events_of(nlp, text, "AGREE")


def test_telling_ones_own_minister_is_no_request(nlp):
    text = "The president said she had told her finance minister to prepare a package of countermeasures."
    assert not events_of(nlp, text, "REQUEST")
    assert events_of(nlp, "The president told Russia to withdraw its troops.", "REQUEST")

"""Verbal acts told without the usual verbs: a judgement in a relative clause on a noun that sums up
an act, criticism worded as a name given to an act ("called it a humiliation", "described the
ruling as a setback"), thanks given in a participle of the speaker's statement, and a duty laid
with "had to" or "needs to" in reported speech. All texts are our own, read through the whole
pipeline."""

from event_helpers import code_events, events_of, states_of


def test_a_launch_the_neighbours_condemned_is_aimed_at_the_launcher(nlp):
    text = "Iran fired a cruise missile into the Gulf, a launch Saudi Arabia and Bahrain condemned."
    accusations = events_of(nlp, text, "ACCUSE")
    assert accusations
    assert states_of(accusations[0].source) == {"SAU", "BHR"}
    assert states_of(accusations[0].target) == {"IRN"}


def test_a_move_called_a_coup_is_aimed_at_the_mover_not_at_the_victim(nlp):
    text = ("Kenyan police arrested the governor of Nairobi on Friday, a move the opposition ODM "
            "called a coup against the man it backs for president.")
    accusations = events_of(nlp, text, "ACCUSE")
    assert accusations
    assert all(a.code == "KENCOP" for a in accusations[0].target)
    assert accusations[0].target


def test_a_step_welcomed_in_a_relative_clause_praises_its_doer(nlp):
    text = "Egypt freed four Sudanese fishermen on Monday, a step Khartoum welcomed."
    praise = events_of(nlp, text, "SUPPORT")
    assert praise and states_of(praise[0].target) == {"EGY"}


def test_calling_a_plan_a_humiliation_is_criticism(nlp):
    assert "ACCUSE" in {e.type for e in code_events(nlp, "The Chilean senate called the pension plan a humiliation.")}


def test_describing_a_ruling_as_a_setback_is_criticism(nlp):
    text = "Sweden's foreign ministry described the verdict as a grave setback for press freedom."
    accusations = events_of(nlp, text, "ACCUSE")
    assert accusations and states_of(accusations[0].source) == {"SWE"}


def test_calling_an_answer_inadequate_is_criticism(nlp):
    accusations = events_of(nlp, "Hanoi called Beijing's reply inadequate.", "ACCUSE")
    assert accusations and states_of(accusations[0].source) == {"VNM"}


def test_thanks_in_a_participle_after_a_quote_are_the_speakers(nlp):
    text = ('"Our sailors are safe at last," Prime Minister Anthony Albanese said on Sunday, '
            "thanking Indonesia and Malaysia for their help.")
    thanks = events_of(nlp, text, "SUPPORT")
    assert thanks
    assert states_of(thanks[0].source) == {"AUS"}
    assert states_of(thanks[0].target) >= {"IDN", "MYS"}


def test_a_duty_laid_with_had_to_is_a_demand(nlp):
    text = "The Council of Europe said Georgia had to respect the rights of its journalists."
    demands = events_of(nlp, text, "REQUEST")
    assert demands and states_of(demands[0].target) == {"GEO"}


def test_a_duty_next_to_a_criticism_clause_is_still_a_demand(nlp):
    text = ("The European Commission said Georgia had to respect media freedom, while Norway's "
            "foreign ministry described the raid as a serious setback for democracy.")
    assert {"REQUEST", "ACCUSE"} <= {e.type for e in code_events(nlp, text)}


def test_residents_who_had_to_flee_are_no_demand(nlp):
    text = "The spokesman said residents of the border villages had to leave their homes."
    assert not events_of(nlp, text, "REQUEST")


def test_reimposed_sanctions_are_sanctions(nlp):
    sanctions = events_of(nlp, "Washington reimposed sanctions on Nicaragua's gold exports on Tuesday.", "SANCTION")
    assert sanctions and states_of(sanctions[0].target) == {"NIC"}


def test_reimposing_tariffs_on_a_condition_is_a_threat(nlp):
    text = "Canada said it would reimpose tariffs on Chinese steel if the talks failed."
    assert events_of(nlp, text, "THREATEN")


def test_a_teacher_praised_beside_the_arrested_man_is_no_praise_of_the_police(nlp):
    text = "Kenyan police arrested a man in Mombasa, a teacher the governor praised."
    assert all(not any((a.code or "").endswith("COP") for a in e.target) for e in events_of(nlp, text, "SUPPORT"))

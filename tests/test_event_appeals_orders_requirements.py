"""Appeals, custody orders, requirements, trade bans and political withdrawals (sentences our own)."""

from event_helpers import code_events

DATE = "2019-05-01"  # the article date these tests have always been coded with


def _words(text, events):
    return [text[e.start:e.end] for e in events]


def test_an_appeal_to_stop_fighting_is_no_assault(nlp):
    text = 'The Kenyan president said, "We must stop attacking each other and rebuild our country."'
    assert not [e for e in code_events(nlp, text, date=DATE) if e.type == "ASSAULT"]


def test_fighting_each_other_as_a_fact_stays(nlp):
    text = "Sudanese and Chadian troops attacked each other near the border on Monday."
    assert [e for e in code_events(nlp, text, date=DATE) if e.type == "ASSAULT"]


def test_a_judge_ordering_custody_is_a_detention(nlp):
    text = "A Kenyan judge ordered the suspect held in custody until his trial next month."
    ordered = [e for e in code_events(nlp, text, date=DATE) if _words(text, [e]) == ["ordered"]]
    assert ordered and ordered[0].type == "COERCE" and ordered[0].cameo == "173"


def test_ordering_a_release_is_no_detention(nlp):
    text = "The Kenyan president ordered the release of the prisoners held in custody."
    assert not [e for e in code_events(nlp, text, date=DATE) if _words(text, [e]) == ["ordered"] and e.type == "COERCE"]


def test_a_requirement_for_impeachment_is_never_a_fact(nlp):
    text = "Two thirds of the Kenyan Senate is required to impeach a governor."
    assert all(e.hypothetical for e in code_events(nlp, text, date=DATE) if e.type == "ACCUSE")


def test_a_ban_on_a_foreign_firm_is_a_sanction(nlp):
    text = "France banned the Chinese company Huawei from its networks."
    bans = [e for e in code_events(nlp, text, date=DATE) if _words(text, [e]) == ["banned"]]
    assert bans and bans[0].type == "SANCTION" and bans[0].cameo == "163"


def test_a_restriction_on_goods_stays_coercion(nlp):
    text = "Kenya restricted imports of Ugandan sugar."
    assert not [e for e in code_events(nlp, text, date=DATE) if e.type == "SANCTION"]


def test_a_ban_on_gatherings_at_home_stays_coercion(nlp):
    text = "The Kenyan government banned public gatherings in Nairobi."
    bans = [e for e in code_events(nlp, text, date=DATE) if e.type in ("COERCE", "SANCTION")]
    assert bans and all(e.type == "COERCE" for e in bans)


def test_an_appeal_to_evacuate_is_a_plain_appeal(nlp):
    text = "The Kenyan president urged residents to evacuate."
    urged = [e for e in code_events(nlp, text, date=DATE) if _words(text, [e]) == ["urged"]]
    assert urged and urged[0].cameo == "020"


def test_withdrawing_a_candidacy_is_a_concession(nlp):
    text = "The Kenyan opposition party withdrew its candidacy for the presidency on Friday."
    withdrew = [e for e in code_events(nlp, text, date=DATE) if _words(text, [e]) == ["withdrew"]]
    assert withdrew and withdrew[0].type == "CONCEDE"


def test_withdrawing_troops_stays_a_military_retreat(nlp):
    text = "Kenya withdrew its troops from Somalia on Friday."
    withdrew = [e for e in code_events(nlp, text, date=DATE) if _words(text, [e]) == ["withdrew"]]
    assert withdrew and withdrew[0].type == "RETREAT" and withdrew[0].cameo == "0872"


def test_a_sentenced_person_is_not_replaced_by_the_place(nlp):
    text = "In Kenya, John Mwangi was sentenced to life in prison by a court in Nairobi."
    sentenced = [e for e in code_events(nlp, text, date=DATE) if _words(text, [e]) == ["sentenced"]]
    assert sentenced
    assert all(a.kind != "country" for a in sentenced[0].target)

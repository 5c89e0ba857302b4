"""Session 33 (helper h) party rules: a force's men in a joined clause are the force named in the
first one, a lead's purpose or participle after a wire dateline takes the lead's subject, the place
where frozen property lies is no target, and a "while" participle keeps its clause's subject
(all sentences our own)."""

from event_helpers import code_events as _events, events_of as _of


def _codes(actors) -> set[str | None]:
    return {a.code for a in actors}


def test_force_men_of_a_joined_clause_are_the_named_force(nlp):
    text = ("Ugandan police on Monday raided the offices of an opposition party, and on Tuesday "
            "officers detained several of its organisers in Kampala.")
    detained = [e for e in _of(nlp, text, "COERCE") if e.trigger == "detained"]
    assert detained and _codes(detained[0].source) == {"UGACOP"}


def test_force_men_with_own_words_are_not_borrowed(nlp):
    text = ("Ugandan police raided the offices of an opposition party, and Kenyan officers "
            "detained two of its organisers at the border.")
    detained = [e for e in _of(nlp, text, "COERCE") if e.trigger == "detained"]
    assert detained and "UGACOP" not in _codes(detained[0].source)


def test_lead_purpose_after_dateline_takes_the_lead_subject(nlp):
    text = ("HANOI, May 3 (Wire) - Canadian Prime Minister Justin Trudeau on Friday became the first "
            "Canadian leader to visit Vietnam, pledging $20 million to help farmers there.")
    found = _events(nlp, text)
    visit = [e for e in found if e.trigger == "visit"]
    pledge = [e for e in found if e.trigger == "pledging"]
    assert visit and _codes(visit[0].source) == {"CANGOV"}
    assert pledge and _codes(pledge[0].source) == {"CANGOV"}


def test_where_frozen_assets_lie_is_no_target(nlp):
    text = ("On Friday, Swiss Finance Minister Ueli Maurer used an emergency law to freeze the failed "
            "lender's assets in Switzerland, saying the firm had misled regulators.")
    froze = _of(nlp, text, "SANCTION")
    assert froze and _codes(froze[0].source) == {"CHEGOV"}
    assert "CHE" not in {a.country for a in froze[0].target}


def test_owner_of_frozen_assets_stays_the_target(nlp):
    froze = _of(nlp, "Switzerland froze the assets of Venezuelan officials in Zurich banks.", "SANCTION")
    assert froze and "VEN" in {a.country for a in froze[0].target}


def test_while_participle_keeps_its_clause_subject(nlp):
    text = ("The Chilean president cut short a call with Bolivian President Luis Arce after Arce raised "
            "his voice at him while warning him not to discuss the border.")
    warned = [e for e in _events(nlp, text) if e.trigger == "warning"]
    assert warned and {a.country for a in warned[0].source} == {"BOL"}
    assert "CHL" in {a.country for a in warned[0].target}


def test_past_act_after_a_would_clause_is_the_sayers(nlp):
    text = ("The Chilean president said Bolivia would never get access to the sea and recalled his "
            "ambassador from La Paz.")
    recalled = [e for e in _events(nlp, text) if e.trigger == "recalled"]
    assert recalled and {a.country for a in recalled[0].source} == {"CHL"}


def test_act_sharing_the_would_stays_the_clause_subjects(nlp):
    text = "The Chilean president said Bolivia would appeal the ruling and seek talks with Peru."
    seek = [e for e in _events(nlp, text) if e.trigger == "seek"]
    assert all("CHL" not in {a.country for a in e.source} for e in seek)

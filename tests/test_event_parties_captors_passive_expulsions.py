"""Event parties, session 10 round 7: suspects' captors, passive expulsions, personal pronouns."""
from __future__ import annotations


from dyads.model import Article
from dyads.pipeline import annotate_doc



def _events(nlp, text: str) -> dict[str, tuple[list, list]]:
    """Events keyed by trigger text, with source and target codes."""
    art = annotate_doc(Article(id="t", text=text, date="2019-01-01"), nlp(text))
    return {text[e.start:e.end]: ([a.code for a in e.source], [a.code for a in e.target]) for e in art.events}


def test_captors_of_suspects_did_not_make_the_attack(nlp):
    ev = _events(nlp, "Kenyan police detained several suspects in the attack against the convoy of the interior minister.")
    assert "KENCOP" in ev["detained"][0]
    assert "KENCOP" not in ev["attack"][0]


def test_counter_case_armed_subject_still_owns_its_raid(nlp):
    # a verb that does not take suspects keeps passing its subject to the noun
    ev = _events(nlp, "The Nigerian army killed ten militants during a raid on a camp in Borno.")
    assert ev["raid"][0] and all(c.startswith("NGA") for c in ev["raid"][0])


def test_passive_expulsion_from_a_country_names_the_expeller(nlp):
    ev = _events(nlp, "Three American journalists were deported from Egypt on Monday.")
    source, target = ev["deported"]
    assert source == ["EGY"]
    assert "EGY" not in target and any(c.startswith("USA") for c in target)


def test_counter_case_active_expulsion_keeps_its_subject(nlp):
    ev = _events(nlp, "Egypt expelled three American journalists from the country on Monday.")
    source, target = ev["expelled"]
    assert source == ["EGY"]
    assert any(c.startswith("USA") for c in target)


def test_his_is_not_the_court_heading_the_clause(nlp):
    ev = _events(nlp, "A Dutch court approved the extradition of a suspected militant, two months after his arrest in Rotterdam.")
    assert "NLDJUD" not in ev["arrest"][1]

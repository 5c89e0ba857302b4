"""Statements and threats told in speech (session 17, helper S): a refusal that is only words is a
CAMEO 01 statement (011 withheld comment, 016 a charge or view disputed), not a REJECT event; a
denial names its accusers where the charge noun does; a speaker's own retaliation or fighting
taken up again is a threat. Each fix has a near miss that must keep its record. Sentences are our own.
"""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate_doc

from event_helpers import states_of


def _coded(nlp, text: str) -> Article:
    return annotate_doc(Article(id="t", text=text, date="2024-05-10"), nlp(text))


def _codes(art: Article) -> list[str]:
    return [s.cameo for s in art.statements]


def _types(art: Article) -> set[str]:
    return {e.type for e in art.events}


def _statement(art: Article, code: str):
    found = [s for s in art.statements if s.cameo == code]
    assert found, [(s.cameo, s.trigger) for s in art.statements]
    return found[0]


def test_declining_to_name_or_give_details_is_withheld_comment(nlp):
    for text in ("A spokesman for the Estonian interior ministry declined to name the arrested officer.",
                 "The Kenyan interior ministry refused to give details of the raid in Mombasa."):
        art = _coded(nlp, text)
        assert "REJECT" not in _types(art), text
        assert "011" in _codes(art), text


def test_refusing_an_act_stays_a_refusal(nlp):
    # near misses: a deed refused, and a name given to an office, are no comment withheld
    for text in ("France refused to sign the fishing accord with Norway.",
                 "The Kenyan president refused to name him as prime minister."):
        art = _coded(nlp, text)
        assert "REJECT" in _types(art), text
        assert "011" not in _codes(art), text


def test_a_view_or_charge_disputed_is_a_denial_statement(nlp):
    art = _coded(nlp, "Chile's foreign minister rejected that view.")
    assert "REJECT" not in _types(art)
    assert states_of(_statement(art, "016").source) == {"CHL"}
    art = _coded(nlp, "The Chilean foreign minister dismissed the criticism from Peru.")
    assert states_of(_statement(art, "016").target) == {"PER"}


def test_a_charge_summed_up_after_the_accusation_names_its_accuser(nlp):
    art = _coded(nlp, "Peru accused Chile of spying, a charge the Chilean government rejected.")
    assert "REJECT" not in _types(art)
    st = _statement(art, "016")
    assert states_of(st.source) == {"CHL"} and states_of(st.target) == {"PER"}
    art = _coded(nlp, "The accusations made by Human Rights Watch were denied by the Bolivian army.")
    st = _statement(art, "016")
    assert states_of(st.source) == {"BOL"} and st.target and st.target[0].text == "Human Rights Watch"
    art = _coded(nlp, "Claims from Kenya that Somali troops had crossed the border were denied by Somalia.")
    st = _statement(art, "016")
    assert states_of(st.source) == {"SOM"} and states_of(st.target) == {"KEN"}


def test_a_rejected_proposal_or_idea_stays_a_rejection(nlp):
    for text in ("The Chilean government rejected Peru's proposal for talks.",
                 "The Chilean government rejected the idea of talks with Peru."):
        art = _coded(nlp, text)
        assert "REJECT" in _types(art), text
        assert "016" not in _codes(art), text


def test_accusations_called_baseless_are_denied(nlp):
    art = _coded(nlp, "Belarus called the allegations baseless.")
    assert states_of(_statement(art, "016").source) == {"BLR"}
    art = _coded(nlp, "Belarus described the accusations as fabrications.")
    assert states_of(_statement(art, "016").source) == {"BLR"}
    # near miss: an act called a provocation is criticism, not a denial
    art = _coded(nlp, "Belarus called the NATO drills near its border a provocation.")
    assert "016" not in _codes(art)
    assert "ACCUSE" in _types(art)


def test_the_group_in_reported_speech_is_the_speaker(nlp):
    art = _coded(nlp, "A Hamas spokesman said the group denied that its fighters had shelled the crossing, "
                      "accusations made by Israel.")
    st = _statement(art, "016")
    assert states_of(st.source) == {"PSE"} and states_of(st.target) == {"ISR"}


def test_a_told_retaliation_is_a_threat(nlp):
    art = _coded(nlp, "The Iranian embassy said it would respond to the expulsion of its envoys.")
    threats = [e for e in art.events if e.type == "THREATEN"]
    assert threats and states_of(threats[0].source) == {"IRN"}
    # near misses: an answer to questions, and a refusal to respond, threaten nobody
    for text in ("The Iranian embassy said it would respond to questions from reporters.",
                 "The Iranian embassy said it would not respond."):
        assert "THREATEN" not in _types(_coded(nlp, text)), text


def test_fighting_told_to_resume_is_a_threat_of_force(nlp):
    art = _coded(nlp, "Ethiopia's defence ministry said the offensive in Tigray would resume after the talks.")
    threats = [e for e in art.events if e.type == "THREATEN"]
    assert threats and threats[0].cameo == "138" and states_of(threats[0].source) == {"ETH"}
    # near miss: an onlooker's forecast is no threat
    assert "THREATEN" not in _types(_coded(nlp, "A UN envoy said the war in Tigray would continue for months."))

"""Statement precision on real news (session 14, helper st3): bare statements need a political
speaker, a judgment is no option weighed, a right withheld is no denial, and the one who feels or
accepts blame in reported words is the clause's subject, not the teller. Each fix is paired with
a wording that must stay a statement. Sentences are our own.
"""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate_doc

from event_helpers import states_of


def _coded(nlp, text: str) -> Article:
    return annotate_doc(Article(id="t", text=text, date="2022-05-10"), nlp(text))


def _codes(art: Article) -> list[str]:
    return [s.cameo for s in art.statements]


def _statement(art: Article, code: str):
    found = [s for s in art.statements if s.cameo == code]
    assert found, [(s.cameo, s.trigger) for s in art.statements]
    return found[0]


def test_a_bare_comment_by_no_political_actor_is_no_statement(nlp):
    for text in ("The tennis player commented on the result of the match in Paris.",
                 "A famous singer said in a statement that she was leaving the band."):
        assert "010" not in _codes(_coded(nlp, text)), text


def test_a_bare_comment_by_a_state_body_or_a_public_office_stays(nlp):
    st = _statement(_coded(nlp, "The Danish foreign minister commented on the election in Greenland."), "010")
    assert states_of(st.source) == {"DNK"}
    st = _statement(_coded(nlp, "The Danish defence ministry issued a statement on the Russian drills near Bornholm."),
                    "010")
    assert states_of(st.source) == {"DNK"}
    # (an uncoded speaker whose phrase names a public office)
    assert "011" in _codes(_coded(nlp, "The governor's office declined to comment on the new border rules."))


def test_considering_something_to_be_something_is_a_judgment_not_an_option(nlp):
    for text in ("Vietnam considered the Chinese drills a provocation.",
                 "Poland considers the Russian sanctions as pressure on its farmers."):
        assert "014" not in _codes(_coded(nlp, text)), text
    st = _statement(_coded(nlp, "Portugal is considering sending firefighters to Greece."), "014")
    assert states_of(st.source) == {"PRT"} and states_of(st.target) == {"GRC"}


def test_denying_a_right_or_status_is_no_denial_of_a_charge(nlp):
    assert "016" not in _codes(_coded(nlp, "Croatia denied asylum claims by families from Afghanistan."))
    art = _coded(nlp, "Slovakia has been denying citizenship to thousands of Roma from Hungary, "
                      "denying that it had any plan to expel them.")
    st = _statement(art, "016")
    assert st.trigger == "denying" and art.text.index("denying that") == st.start
    st = _statement(_coded(nlp, "Armenia denied the accusations made by Azerbaijan."), "016")
    assert states_of(st.source) == {"ARM"}


def test_the_medium_in_according_to_only_reports_the_feeling(nlp):
    art = _coded(nlp, "According to a Kenyan newspaper, local farmers were optimistic that Uganda would "
                      "reopen the market.")
    assert all("KEN" not in states_of(s.source) for s in art.statements)
    st = _statement(_coded(nlp, "According to Reuters, Greek officials were worried about the migrants "
                                "arriving from Turkey."), "012")
    assert states_of(st.source) == {"GRC"}


def test_responsibility_accepted_in_reported_words_is_the_subjects(nlp):
    art = _coded(nlp, "The Polish judge said the parents had accepted responsibility for the death of the "
                      "Czech student.")
    assert all("POL" not in states_of(s.source) for s in art.statements)
    st = _statement(_coded(nlp, "The Iranian minister said the militia had accepted responsibility for the "
                                "attack on Saudi Arabia."), "015")
    assert states_of(st.target) == {"SAU"} and "IRN" in states_of(st.source)
    # (a pronoun subject is still the teller's own statement)
    st = _statement(_coded(nlp, "Turkey's foreign ministry said it is concerned about the fighting in Syria."), "012")
    assert states_of(st.source) == {"TUR"} and states_of(st.target) == {"SYR"}


def test_a_passive_subject_does_not_take_the_statement_from_the_speaker(nlp):
    """'flags be flown at half-staff': the flags are acted on; the governor still declares it."""
    from dyads.model import Article
    from dyads.pipeline import annotate_doc

    text = "The governor of Maine declared that flags be flown at half-staff in honour of the victims."
    article = annotate_doc(Article(id="t", text=text, date="2019-05-01"), nlp(text))
    assert [(s.cameo, [a.text for a in s.source]) for s in article.statements] == [("017", ["The governor of Maine"])]

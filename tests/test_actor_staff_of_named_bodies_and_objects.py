"""Session 30: a state named as the object of "called ... X's ally" is its own mention; a body
that modifies an unnamed staff noun is one mention with it ("Some UMNO leaders"); a force's
barriers or lines are the force's phrase; a cause called "justice" is no judge; the people
seen with a passive's "by" act where the clause is set; a people named as the other side of
talks is its government. Sentences written for these tests."""

from __future__ import annotations

from actor_helpers import actor_codes

from dyads.actors import find_actors
from dyads.model import Article


def test_a_state_called_anothers_ally_is_its_own_mention(nlp):
    text = ("OTTAWA (Wire) - The premier, who once called the United States Canada's closest "
            "partner and ally, said on Monday that talks would resume.")
    codes = actor_codes(nlp, text)
    text2 = "Chancellor Hans Roe has called France Germany's most important ally."
    codes2 = actor_codes(nlp, text2)
    assert codes2.get("France") == "FRA"
    assert not any("ally" in span for span in codes2)
    assert not any("United States Canada" in span for span in codes)


def test_a_bodys_unnamed_staff_are_one_mention(nlp):
    text = ("ANKARA (Wire) - Some PKK commanders said on Sunday that the truce was over. "
            "Several Ennahda officials rejected the plan.")
    codes = actor_codes(nlp, text)
    assert codes.get("Some PKK commanders") == "TURREB"
    assert "PKK" not in codes and "commanders" not in codes
    assert codes.get("Ennahda officials") == "TUNPTY"
    assert "Ennahda" not in codes and "officials" not in codes


def test_police_barriers_and_lines_are_the_forces_phrase(nlp):
    text = ("NAIROBI (Wire) - Hundreds of students gathered behind police barriers on Monday. "
            "Some broke through police lines near parliament.")
    codes = actor_codes(nlp, text)
    assert codes.get("police barriers") == "KENCOP"
    assert codes.get("police lines") == "KENCOP"
    assert "police" not in codes


def test_a_cause_called_justice_is_no_judge(nlp):
    text = ("LONDON (Wire) - Thousands of protesters in London demanded racial justice on "
            "Saturday, and a former justice of the Supreme Court spoke to the crowd.")
    codes = actor_codes(nlp, text)
    assert "racial justice" not in codes
    assert any(span.endswith("justice") and code and code.endswith("JUD")
               for span, code in codes.items())


def test_the_passives_doers_act_where_the_clause_is_set(nlp):
    text = ("NAIROBI (Wire) - Kenya's foreign minister spoke on Monday. The minister later "
            "flew to Kampala, where she was welcomed by a crowd of supporters.")
    codes = actor_codes(nlp, text)
    crowd = [code for span, code in codes.items() if span.endswith("supporters")]
    assert crowd == ["UGACVL"]


def test_the_people_across_the_table_are_their_government(nlp):
    text = ("OSLO (Wire) - Norway's foreign minister said Oslo was ready for talks with the "
            "Russians about fishing rights in the Barents Sea. A fisherman said he had "
            "friends among the Russians.")
    found = [a.code for a in find_actors(nlp(text), Article(id="t", text=text, date="2024-03-01"))
             if a.text == "Russians"]
    assert found == ["RUSGOV", "RUSCVL"]  # (friends among a people are its people)

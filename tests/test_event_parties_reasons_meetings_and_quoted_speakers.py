"""Parties of an act that the clause around it names wrongly: the victims of the deed a
sanction is "over", the pair that "met" in a relative clause on the last of two names, and
the speaker of "adding" after a quotation that opens with a state's name."""

from __future__ import annotations

from event_helpers import code_events, events_of


def _codes(actors) -> set[str]:
    return {a.code for a in actors if a.code}


def test_victims_of_the_deed_a_sanction_is_over_are_no_targets(nlp):
    text = ("The same day, the U.S. Treasury imposed sanctions on former Venezuelan Vice President "
            "Tareck El Aissami and on Venezuela's Ministry of Intelligence over the wrongful "
            "detention of Americans.")
    sanctions = events_of(nlp, text, "SANCTION")
    assert sanctions
    assert not any(a.code and a.code.startswith("USA") for e in sanctions for a in e.target)
    assert any(a.code and a.code.startswith("VEN") for e in sanctions for a in e.target)


def test_a_sanction_over_a_place_alone_keeps_it(nlp):
    sanctions = events_of(nlp, "Canada imposed new sanctions over Myanmar on Monday.", "SANCTION")
    assert any(a.code and a.code.startswith("MMR") for e in sanctions for a in e.target)


def test_pair_that_met_in_a_relative_clause_both_meet(nlp):
    text = ("TOKYO, March 16 (Wire) - Japan said on Thursday it would remove export controls, as "
            "President Joko Widodo held the first summit in Tokyo by an Indonesian leader in 12 years.\n\n"
            "Widodo and Prime Minister Fumio Kishida, who met for more than an hour before a joint "
            "news conference, also agreed to restart regular visits.")
    met = [e for e in code_events(nlp, text) if e.type == "CONSULT" and e.trigger == "met"]
    assert met
    parties = {a.code for e in met for a in (*e.source, *e.target)}
    assert {"IDNGOV", "JPNGOV"} <= parties


def test_relative_clause_on_the_last_name_for_a_lone_act_stays_its_own(nlp):
    text = "Ruto and Ethiopian Prime Minister Abiy Ahmed, who flew in on Sunday, agreed to reopen the border."
    assert not any(e.trigger == "flew" for e in code_events(nlp, text))


def test_speaker_after_a_quotation_opening_with_a_state_is_the_quoted_one(nlp):
    text = ('"Crimea is Ukraine," Polish President Andrzej Duda told students in Warsaw, adding that '
            "Poland would stand by Kyiv as Ukraine had stood by its neighbours.")
    events = code_events(nlp, text)
    reported = [e for e in events if e.reported_by is not None]
    assert reported
    assert all(e.reported_by.code != "UKR" for e in reported)
    assert any(e.reported_by.code == "POLGOV" for e in reported)

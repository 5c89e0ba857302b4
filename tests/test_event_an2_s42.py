"""Session 42 (batch AN2): vote results of places and peoples, "opposed to" describing a noun, a
meeting that only hears a remark, "at the request of", a condemned attack that names its victims,
and accusations the sentence classifier dropped. Sentences written for these tests."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate


def records(text: str, date: str = "2024-04-22") -> list[tuple[str, str, list[str | None], list[str | None]]]:
    art = annotate(Article(id="t", text=text, date=date))
    return [(e.type, e.trigger_text if hasattr(e, "trigger_text") else _trigger(e),
             [a.code for a in e.source], [a.code for a in e.target]) for e in art.events]


def _trigger(event) -> str:
    trig = event.trigger
    return trig if isinstance(trig, str) else getattr(trig, "text", str(trig))


def triggers(text: str) -> list[str]:
    return [t for _, t, _, _ in records(text)]


# 1. vote results of an electorate: a place or a people, not a government or a chamber

def test_a_province_voting_against_a_law_is_a_tally():
    text = ("Voters in the south went to the polls on Monday. The province of Maguindanao voted to join the "
            "new region, but Jolo voted against the law by a majority of 12,000.")
    assert "voted" not in triggers(text)


def test_a_city_rejecting_inclusion_after_a_vote_is_its_result():
    text = "The referendum was held on Sunday. Zamboanga City rejected inclusion."
    assert "rejected" not in triggers(text)


def test_a_people_rejecting_in_a_referendum_is_a_result():
    assert "rejected" not in triggers("The Irish rejected the Lisbon treaty in a referendum in 2008.")
    assert "rejected" not in triggers("Ireland rejected the Lisbon treaty in a referendum in 2008.")


def test_a_government_or_parliament_rejecting_keeps_its_record():
    assert "rejected" in triggers("The government of Ireland rejected the proposal in the vote.")
    assert "rejected" in triggers("Parliament rejected the law by 300 votes to 200.")
    assert "rejected" in triggers("Russia rejected the referendum in Crimea.")


# 2. "opposed to" describing a noun is a standing position

def test_opposed_to_after_a_noun_is_no_rejection():
    assert "opposed" not in triggers("Politicians opposed to President Sandu's reforms met in Comrat.")
    assert "opposed" not in triggers("Shor launched a bloc uniting several parties and politicians "
                                     "opposed to President Sandu's plan to join the EU.")


def test_a_finite_opposed_stays_a_rejection():
    assert ("REJECT", "opposed", ["RUS"], []) in records("Russia opposed the plan.")


# 3. a meeting told a remark is its audience

def test_told_a_cabinet_meeting_is_no_consultation():
    got = records('"We will not give in," the Kenyan president told a cabinet meeting on Monday.')
    assert not [r for r in got if r[0] == "CONSULT"]


# 4. "at the request of X": X asks, never the subject

def test_request_of_uncoded_parties_is_no_record_of_the_subject():
    got = records("The Red Cross said it had acted as a neutral go-between at the request of the two sides.")
    assert not [r for r in got if r[0] == "REQUEST"]


def test_request_of_a_named_state_keeps_the_asker():
    got = records("Kenya sent police to Haiti at the request of the Haitian government.")
    assert ("REQUEST", "request", ["HTIGOV"], ["KEN"]) in got


# 5. a condemned attack that names its victims is not blamed on them

def test_condemned_attack_on_victims_not_aimed_at_an_unrelated_earlier_act():
    text = ("BAMAKO, May 2 (Wire) - The Malian army launched an offensive against jihadist rebels in the "
            "north on Monday. Officials said the operation would last weeks. Residents fled to the towns. "
            "Aid groups asked for access. Prices rose in the markets. The African Union condemned the "
            "March attack on its peacekeepers in Gao.")
    accuse = [r for r in records(text) if r[0] == "ACCUSE"]
    assert accuse and "MLIMIL" not in accuse[0][3]


def test_condemned_attack_by_named_attackers_targets_them():
    got = records("The African Union condemned the attack by jihadists on Malian soldiers.")
    accuse = [r for r in got if r[0] == "ACCUSE"]
    assert accuse and accuse[0][3] == ["MLIREB"]


# 6. accusations the classifier dropped

def test_accusation_joined_to_a_reported_state_is_the_speakers():
    text = ("Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow was open to talks with the regional "
            "leaders and accused Kyiv of ignoring the rights of Hungarian speakers.")
    got = records(text)
    assert any(r[0] == "ACCUSE" and r[2] == ["RUSGOV"] and r[3] == ["UKRGOV"] for r in got)


def test_accusation_by_an_uncoded_named_group_stands():
    text = ("The MFDC said the army had attacked. The MFDC, in a statement sent to local radio, accused "
            "Dakar of shelling civilian villages.")
    got = records(text)
    assert any(r[0] == "ACCUSE" and r[3] == ["SENGOV"] for r in got)


def test_object_to_in_a_relative_clause_stays_a_rejection():
    got = records("The Portuguese Left Bloc, which objected to any further cuts, later met the prime minister.")
    assert any(r[0] == "REJECT" and r[1] == "objected" for r in got)


def test_dateline_city_is_no_electorate():
    text = ("LIMA, Feb 11 (Wire) - Peru's electoral board has rejected the candidacy of opposition leader "
            "Pedro Castillo for the June election.")
    assert "rejected" in triggers(text)

"""A state's name inside a firm's name is the firm, a chamber's presiding officer is its
legislature, and a short definite back-reference to a body named earlier is that body."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_firm_named_after_a_state_is_business_not_the_state(nlp) -> None:
    codes = actor_codes(nlp, "Regulators fined China Mobile and Korean Air on Thursday.",
                        date="2022-05-10")
    assert codes.get("China Mobile") == "CHNBUS"
    assert codes.get("Korean Air") == "KORBUS"
    assert "China" not in codes


def test_national_branch_of_a_firm_is_business_of_that_state(nlp) -> None:
    codes = actor_codes(nlp, "The senator subpoenaed records from the accounting firm "
                             "Grantley USA last week.", date="2022-05-10")
    assert codes.get("Grantley USA") == "USABUS"
    assert "USA" not in codes


def test_a_region_before_a_state_is_no_firm(nlp) -> None:
    codes = actor_codes(nlp, "Shelling continued in Eastern Ukraine on Sunday.",
                        date="2022-05-10")
    assert codes.get("Ukraine") == "UKR"


def test_commercial_bank_named_for_a_state_is_a_firm(nlp) -> None:
    codes = actor_codes(nlp, "Bank of America and Deutsche Bank agreed to pay the fine.",
                        date="2022-05-10")
    assert codes.get("Bank of America") == "USABUS"
    assert codes.get("Deutsche Bank") == "DEUBUS"
    assert "America" not in codes


def test_speaker_title_before_a_name_is_the_legislature(nlp) -> None:
    from dyads.actors import find_actors
    from dyads.model import Article

    text = "Speaker Dana Whitcombe refused to schedule a vote."
    actors = find_actors(nlp(text), Article(id="t", text=text, date="2024-02-01"))
    speaker = next(a for a in actors if "Whitcombe" in a.text)
    assert speaker.sector == "LEG"


def test_lower_case_speaker_is_no_office(nlp) -> None:
    codes = actor_codes(nlp, "A speaker at the rally praised the mayor.", date="2024-02-01")
    assert not any(k.lower().startswith("a speaker") for k in codes)


def test_known_speaker_of_the_house_resolves_to_congress(nlp) -> None:
    codes = actor_codes(nlp, "Speaker Mike Johnson said the House would vote on Saturday.",
                        date="2024-04-20")
    assert codes.get("Speaker Mike Johnson") == "USALEG"


def test_short_back_reference_takes_the_named_body(nlp) -> None:
    text = ("Kenya's Independent Electoral Commission announced the results on Monday. "
            "Observers said the commission had acted fairly.")
    codes = actor_codes(nlp, text, date="2022-08-15")
    named = codes.get("Kenya's Independent Electoral Commission") \
        or codes.get("Independent Electoral Commission")
    assert named is not None and named.startswith("KEN")
    assert codes.get("the commission") == named


def test_back_reference_needs_a_named_body_with_that_head(nlp) -> None:
    text = ("Kenya's Independent Electoral Commission announced the results on Monday. "
            "Observers said the council had not met.")
    codes = actor_codes(nlp, text, date="2022-08-15")
    assert codes.get("the council") is None

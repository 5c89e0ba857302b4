"""Session 40, helper a (batch AL): small states in two-state stories. "St" / "St." / "Saint"
spell one name; a dateline in capitals with a saint's possessive ("ST GEORGE'S") or a small
inner word ("ANDORRA LA VELLA") is the capital it names; the lead is the sentence after a
dateline the parser cut off; a story filed from the state its headline's act is on is about
that state; a minister whose title opens with a named state's ministry serves that state.
Sentences of our own."""

from __future__ import annotations

from actor_helpers import actor_codes

from dyads.countries import country_forms, saint_spellings
from dyads.places import place_country


def test_saint_spellings_are_one_name() -> None:
    assert saint_spellings("St Vincent and the Grenadines")[1:] == [
        "Saint Vincent and the Grenadines", "St. Vincent and the Grenadines"]
    assert saint_spellings("Grenada") == ["Grenada"]
    forms = country_forms()
    for name in ("St Kitts and Nevis", "St Lucia", "Saint Vincent and the Grenadines"):
        assert forms[name].iso3 != "-", name
    assert forms["St Kitts and Nevis"].iso3 == "KNA"
    assert forms["St Lucian"].iso3 == "LCA"
    assert place_country("St Kitts") == "KNA"


_KITTS = ("BASSETERRE, May 2 (Wire) - Australia has suspended visa-free entry for citizens of St "
          "Kitts and Nevis, citing doubts about the island state's passport sales.\n\n"
          "Australia's Citizenship and Immigration Minister Peter Morrow said the change took effect at once. "
          "St Kitts and Nevis had been warned in March, he said.\n\n"
          "The prime minister said he was dismayed that Australia had acted without notice. The "
          "government would ask Australia to reconsider, he said. The opposition blamed the "
          "government, and Parliament will debate the decision on Monday.")


def test_story_filed_from_the_state_acted_on_is_about_it(nlp) -> None:
    codes = actor_codes(nlp, _KITTS, date="2024-05-02",
                        title="Australia suspends visa-free entry for St Kitts and Nevis")
    assert codes["citizens of St Kitts and Nevis"] == "KNACVL"
    assert codes["The government"] == "KNAGOV"
    assert codes["The opposition"] == "KNAOPP"
    assert codes["Parliament"] == "KNALEG"
    # the minister named with his state's ministry keeps that state
    assert codes["Minister Peter Morrow"] == "AUSGOV"


_GRENADA = ("ST GEORGE'S, June 3 (Wire) - The government of Grenada said on Tuesday it would "
            "challenge a U.S. Treasury ruling against a local bank in court.\n\n"
            "The U.S. Treasury said the bank had moved money for sanctioned firms, and U.S. "
            "officials said Washington would watch the case. The United States has given no "
            "date for a decision.\n\n"
            "The attorney general said the government would file its case this week. The "
            "opposition accused the government of ignoring warnings.")


def test_dateline_with_saints_possessive_names_the_capital(nlp) -> None:
    codes = actor_codes(nlp, _GRENADA, date="2024-06-03",
                        title="Grenada to fight U.S. Treasury ruling on bank")
    assert "GEORGE" not in codes
    assert codes["The opposition"] == "GRDOPP"
    assert codes["the government"] == "GRDGOV"


_ANDORRA = ("ANDORRA LA VELLA, April 9 (Wire) - Andorra's government took control of a private "
            "bank on Thursday after Spanish prosecutors opened a fraud inquiry.\n\n"
            "Spain's finance ministry said Spanish savers were protected. Spanish police "
            "searched two branches in Madrid, and a Spanish judge froze the accounts of the "
            "Spanish clients.\n\n"
            "The parliament will vote on a rescue fund next week, the government said.")


def test_capital_dateline_in_capitals_with_small_words(nlp) -> None:
    codes = actor_codes(nlp, _ANDORRA, date="2024-04-09", title="Andorra seizes bank after fraud inquiry")
    assert codes["The parliament"] == "ANDLEG"
    assert codes["the government"] == "ANDGOV"
    assert codes["Spanish police"] == "ESPCOP"


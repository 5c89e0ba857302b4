"""Session 40, helper b: "no event" records of batch AL and earlier. What an accusation charges is
its content, however the parser hangs the "of" phrase ("accused the opposition, and in particular
the Labour party, of arming ...", "has been accused by the authorities of supporting ..."), and a
pact noun that only names a pact told about elsewhere in the sentence gives no record ("signed the
terms, a deal worth ...", "the deals are at the heart of", "would fight the agreement", "a
referendum on the agreement")."""

from __future__ import annotations

import pytest

from event_helpers import event_rows, trigger_texts


@pytest.mark.parametrize("text, trigger", [
    # the deed charged, with the "of" phrase on a conjunct of the accused
    ("The Kenyan government accused the opposition, and in particular the party of Raila Odinga, of arming "
     "the militias in Kisumu.", "arming"),
    # ... on the accuser of a passive
    ("The governor of Mombasa has also been accused by the authorities of supporting the separatists.",
     "supporting"),
    # ... deeper in the charge: a second "of" phrase, a list after "including", an infinitive on its object
    ("Niger accused the junta in Bamako of trying to make Niamey a scapegoat and of repeatedly violating "
     "Nigerien airspace.", "violating"),
    ("The Fijian president has accused China of waging a campaign in the islands, including bribing "
     "officials, spying on ministers and threatening his family.", "threatening"),
    ("Oman accused Yemen on Monday of ignoring its invitations to hold talks.", "hold"),
    ("Rebel leaders accused the police of shooting at unarmed marchers in the northern districts of the city.",
     "shooting"),
])
def test_deed_charged_gives_no_record(nlp, text: str, trigger: str) -> None:
    assert trigger not in trigger_texts(nlp, text)
    assert "accused" in trigger_texts(nlp, text)  # the accusation itself stays


@pytest.mark.parametrize("text, trigger", [
    # a clause told apart inside or after the charge is a told act
    ("Armenia and Azerbaijan accused each other of breaking the truce on Tuesday, as heavy shelling along "
     "the border killed 30 Armenian soldiers.", "killed"),
    ("Prime Minister Edi Rama, who has accused Belgrade of stirring up the riots, called on the European "
     "Union to send monitors.", "called"),
])
def test_act_beside_charge_stays(nlp, text: str, trigger: str) -> None:
    assert trigger in trigger_texts(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    ("Samoa and New Zealand signed the new terms of their friendship treaty on Friday, a deal worth about "
     "$400 million over ten years.", "deal"),
    ("The new deals with Tonga, Samoa and Fiji are at the heart of Canberra's effort to counter Beijing.",
     "deals"),
    ("The opposition leader said his party would fight the agreement by every lawful means.", "agreement"),
    ("Prime Minister Edi Rama vowed on Monday to push the accord through parliament after a referendum on "
     "the agreement with Serbia failed.", "agreement"),
])
def test_pact_only_named_gives_no_record(nlp, text: str, trigger: str) -> None:
    assert trigger not in trigger_texts(nlp, text)


def test_pact_told_with_its_making_stays(nlp) -> None:
    rows = event_rows(nlp, "Samoa and New Zealand signed the new terms of their friendship treaty on Friday, "
                           "a deal worth about $400 million over ten years.")
    assert ("SUPPORT", "057", ["WSM", "NZL"], []) in [(k, c, s, [t for t in g if t != "NGO"]) for k, c, s, g in rows]
    assert "mediated" in trigger_texts(nlp, "Ten prisoners were freed on Monday in a deal mediated by Oman, "
                                            "officials said.")


@pytest.mark.parametrize("text, trigger", [
    ("Xi said Beijing attached great importance to its strategic partnership with Ashgabat.", "partnership"),
    ("The Czech president, who has long favoured warmer ties with Russia, did not comment.", "ties"),
])
def test_standing_bond_named_gives_no_record(nlp, text: str, trigger: str) -> None:
    assert trigger not in trigger_texts(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    ("Morocco established a strategic partnership with Israel on Monday.", "partnership"),
    ("Senegal and Gambia entered into an alliance against the rebels.", "alliance"),
])
def test_bond_made_stays(nlp, text: str, trigger: str) -> None:
    assert trigger in trigger_texts(nlp, text)


_ACCORD = ("Fiji and Tonga signed a border accord on Sunday. Under the accord, Tonga will withdraw its claim to "
           "the reef, and Fiji will open its ports to Tongan boats. In return, Fiji will lift its veto on "
           "Tonga's membership of the forum and on the opening of trade talks.")


def test_pact_terms_give_no_record(nlp) -> None:
    found = trigger_texts(nlp, _ACCORD)
    assert "signed" in found and not found & {"lift", "veto", "talks"}
    assert "deny" not in trigger_texts(nlp, "Under the compact, the United States is responsible for the defence "
                                            "of the islands and may deny other navies access to its waters.")


def test_pact_told_with_its_making_keeps_its_acts(nlp) -> None:
    assert "give" in trigger_texts(nlp, "Australia will give Nauru $140 million under a treaty signed on Monday.")
    # an act told as done under the pact is the pact carried out, not one of its terms
    assert "granted" in trigger_texts(nlp, "Ten prisoners were freed on Monday. Under the deal, Washington "
                                           "granted clemency to five Venezuelans held in Florida.")
    assert "signed" in trigger_texts(nlp, "Under the accord, signed in Lome on Sunday, rebels will lay down "
                                          "their arms.")

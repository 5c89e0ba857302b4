"""Session 33 (batch AG, actor mentions, helper f): sectors and states of national bodies and
actors that were missed: a body of ministers, a party called ruling, a station owned by a
named person, firms the tagger took for places, savers and depositors, a presidential guard.
Sentences of our own; each rule has a near miss."""

from __future__ import annotations

from actor_helpers import actor_codes

# --- bodies of office holders, ruling parties (mention_names) ---------------------------------


def test_council_of_ministers_is_the_government_not_an_association(nlp) -> None:
    text = ("ACCRA (Wire) - Ghana's parliament on Monday approved a budget. The Council of "
            "Ministers will meet on Friday to discuss the spending plan.")
    assert actor_codes(nlp, text)["The Council of Ministers"] == "GHAGOV"


def test_council_for_a_cause_stays_an_association(nlp) -> None:
    text = ("ACCRA (Wire) - Ghana's parliament on Monday approved a budget. The Council for "
            "Open Budgets said the spending plan was too vague.")
    assert actor_codes(nlp, text)["The Council for Open Budgets"] != "GHAGOV"


def test_a_name_called_ruling_is_a_party(nlp) -> None:
    text = ("MALABO (Wire) - A spokesman for the ruling Movement for Unity and Work (MUW) said "
            "on Monday that the vote would go ahead. Critics say the MUW controls the courts.")
    codes = actor_codes(nlp, text)
    assert codes["Movement for Unity and Work"].endswith("PTY")
    assert codes["MUW"].endswith("PTY")


def test_a_name_without_ruling_is_not_made_a_party(nlp) -> None:
    text = ("MALABO (Wire) - A spokesman for the Movement for Unity and Work (MUW) said on "
            "Monday that the vote would go ahead.")
    codes = actor_codes(nlp, text)
    assert not any((code or "").endswith("PTY") for text, code in codes.items() if "MUW" in text
                   or "Movement" in text)


# --- outlets owned by a named person (actor_context) -------------------------------------------


def test_station_owned_by_a_named_politician_is_of_his_state(nlp) -> None:
    text = ("PARIS (Wire) - France urged calm on Monday after Ivorian opposition leader Kouadio "
            "Bamba called for protests. French officials met in Paris. \"We want peace,\" Bamba "
            "said in a statement aired by Bamba's Horizon television channel.")
    assert actor_codes(nlp, text)["television channel"] == "CIVJRN"


def test_station_with_no_owner_named_keeps_no_state(nlp) -> None:
    text = ("PARIS (Wire) - France urged calm on Monday after Ivorian opposition leader Kouadio "
            "Bamba called for protests. French officials met in Paris. \"We want peace,\" Bamba "
            "said in a statement aired by the Horizon television channel.")
    assert actor_codes(nlp, text).get("television channel") != "CIVJRN"


# --- firms the tagger took for places (anchor_entities, actor_context) -------------------------


def test_bank_named_in_apposition_is_a_firm_of_the_story_state(nlp) -> None:
    text = ("OSLO, May 4 (Wire) - Norway's government took control of Fjellbanki, the country's "
            "second-largest bank, on Monday. Fjellbanki had lent heavily in Sweden.")
    codes = actor_codes(nlp, text)
    assert codes.get("Fjellbanki") == "NORBUS"


def test_lender_named_after_its_noun_is_a_firm(nlp) -> None:
    text = ("OSLO, May 4 (Wire) - Sweden froze the assets of the troubled lender Fjellbanki on "
            "Monday, and Fjellbanki and Nordvik stopped all withdrawals.")
    codes = actor_codes(nlp, text)
    assert codes.get("Fjellbanki") == "NORBUS"


# --- savers, depositors, a presidential guard (sectors.tsv) ------------------------------------


def test_savers_and_depositors_are_civilians(nlp) -> None:
    text = ("ATHENS (Wire) - Greek savers queued outside banks on Monday, and depositors were "
            "told their money was safe.")
    codes = actor_codes(nlp, text)
    assert codes["Greek savers"] == "GRCCVL"
    assert codes["depositors"] == "GRCCVL"


def test_presidential_guard_is_the_military(nlp) -> None:
    text = ("NIAMEY (Wire) - Niger's presidential guard opened fire on protesters on Monday, "
            "witnesses said.")
    assert actor_codes(nlp, text)["Niger's presidential guard"] == "NERMIL"


# --- a named person working at a placed body (actor_staff) -------------------------------------


def test_economist_at_a_placed_university_takes_its_state(nlp) -> None:
    text = ("LONDON (Wire) - Britain froze the assets on Monday. Sigrun Halldorsdottir, an "
            "economist at the University of Iceland, said the decision made things worse.")
    assert actor_codes(nlp, text)["Sigrun Halldorsdottir"] == "ISLEDU"


def test_person_not_described_as_working_there_keeps_no_such_state(nlp) -> None:
    text = ("LONDON (Wire) - Britain froze the assets on Monday. Sigrun Halldorsdottir said the "
            "decision made things worse for the University of Iceland.")
    assert actor_codes(nlp, text).get("Sigrun Halldorsdottir") != "ISLEDU"


# --- a state named by its tie to another (actor_coref) ------------------------------------------


def test_closest_ally_in_apposition_is_the_state_it_describes(nlp) -> None:
    # (session 58) the description is that state, so it is no second actor of its own
    text = ("Serbia, Belgrade's neighbour, was quiet. Russia, Minsk's closest ally, said on "
            "Monday it would send aid.")
    codes = actor_codes(nlp, text)
    assert codes["Russia"] == "RUS" and "Minsk's closest ally" not in codes


def test_ally_said_of_a_state_by_be_is_that_state(nlp) -> None:
    text = "Cambodia, which hosts the summit, is one of Beijing's closest allies in the region."
    assert actor_codes(nlp, text)["Beijing's closest allies"] == "KHM"


def test_ally_that_is_an_object_stays_uncoded(nlp) -> None:
    text = "Russia said on Monday it would send aid to Minsk's closest ally."
    assert actor_codes(nlp, text).get("Minsk's closest ally") in (None, "BLR")


# --- a name once set before "party" (actor_coref) ----------------------------------------------


def test_name_set_before_party_is_the_party_elsewhere(nlp) -> None:
    text = ("DODOMA (Wire) - Police in Tanzania arrested Mvuli party chairman Juma Ali on Monday. "
            "Mvuli said in a statement that the arrest was unlawful.")
    assert actor_codes(nlp, text)["Mvuli"] == "TZAPTY"


def test_name_never_set_before_party_is_not_made_one(nlp) -> None:
    text = ("DODOMA (Wire) - Police in Tanzania arrested chairman Juma Ali on Monday. Mvuli said "
            "in a statement that the arrest was unlawful.")
    assert actor_codes(nlp, text).get("Mvuli") != "TZAPTY"

"""Working people named by their trade are actors of the story's state: bare "farmers" and
"growers" (AGR), "companies", "firms", "business groups", "tour operators" and
"businesspeople" (BUS), farmers' own bodies and their leaders (AGR, not a government), and
travellers stranded where the text puts them ("passengers at X airport"). A cleft ("it is
farmers who ...") names its doers. Every sentence is our own, each with a near miss."""

from __future__ import annotations

from actor_helpers import actor_codes

_DATELINE = "LUSAKA, March 3 (Wire) - "


def test_bare_farmers_and_growers_take_the_story_state(nlp):
    text = (_DATELINE + "Zambia's government cut the maize price on Monday. "
            "Farmers said the cut would ruin them. Growers in the south burned their crops.")
    codes = actor_codes(nlp, text)
    assert codes["Farmers"] == "ZMBAGR"
    assert codes["Growers"] == "ZMBAGR"


def test_farmers_with_their_own_state_word_keep_it(nlp):
    text = _DATELINE + "Zambia's government said Malawian farmers had crossed the border."
    assert actor_codes(nlp, text)["Malawian farmers"] == "MWIAGR"


def test_plural_companies_and_firms_are_business(nlp):
    text = (_DATELINE + "Zambia's finance ministry raised the copper tax on Monday. "
            "Large companies said the tax would cut output, and small firms asked for relief.")
    codes = actor_codes(nlp, text)
    assert codes["Large companies"] == "ZMBBUS"
    assert codes["small firms"] == "ZMBBUS"


def test_a_single_company_still_needs_a_name_or_state(nlp):
    text = _DATELINE + "Zambia's finance ministry said the company had paid its tax."
    assert "the company" not in actor_codes(nlp, text)


def test_business_groups_tour_operators_and_businesspeople(nlp):
    text = (_DATELINE + "Zambia's parliament passed the visa law on Friday. "
            "Business groups welcomed the vote. Tour operators in Livingstone reported fewer "
            "bookings. Some businesspeople feared higher costs.")
    codes = actor_codes(nlp, text)
    assert codes["Business groups"] == "ZMBBUS"
    assert codes["Tour operators"] == "ZMBBUS"
    assert codes["Some businesspeople"] == "ZMBBUS"


def test_farm_bodies_and_farm_leaders_are_agriculture_not_government(nlp):
    text = (_DATELINE + "Zambia's government met farmer associations on Monday. "
            '"We want a fair price," farm leader Mwila Banda said.')
    codes = actor_codes(nlp, text)
    assert codes["farmer associations"] == "ZMBAGR"
    assert codes["farm leader Mwila Banda"] == "ZMBAGR"


def test_a_plain_leader_keeps_the_government_title(nlp):
    text = _DATELINE + 'Zambia\'s cabinet met on Monday. "We will act," leader Mwila Banda said.'
    assert actor_codes(nlp, text)["leader Mwila Banda"] == "ZMBGOV"


def test_passengers_are_civilians_of_the_place_they_are_stranded(nlp):
    text = "Passengers in Lusaka waited for hours after the staff walked out."
    assert actor_codes(nlp, text)["Passengers"] == "ZMBCVL"


def test_passengers_with_no_place_are_no_actor(nlp):
    assert "Passengers" not in actor_codes(nlp, "Passengers waited for hours at the gate.")


def test_a_cleft_names_its_doers(nlp):
    text = (_DATELINE + 'Zambia\'s government raised fuel prices. "It is farmers who will pay '
            'for this," an economist said.')
    assert actor_codes(nlp, text)["farmers"] == "ZMBAGR"


def test_a_predicate_noun_is_still_no_actor(nlp):
    text = _DATELINE + "Mwila Banda, who spoke at the rally, was a farmer for thirty years."
    assert "a farmer" not in actor_codes(nlp, text)


def test_unplaced_trades_take_the_story_state_unless_meant_in_general(nlp):
    text = (_DATELINE + "Zambia's parliament passed the labour law on Friday. Zambia's "
            "government praised the vote, and Malawi's president sent his congratulations. Some "
            "traders worried about costs. The law opens "
            "new pathways for miners.")
    codes = actor_codes(nlp, text)
    assert codes["Some traders"] == "ZMBBUS"
    assert codes.get("miners") != "ZMBLAB"

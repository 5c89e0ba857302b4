"""Session 35 (helper a) leftovers of batches AG and AH: offices handed over or robbed are no
actors, a state's end or a person's death day used as a date is no party, a bare parliament in
what a government says is its own, states that vote together are not "the two neighbours",
and the spokesman of an international body's official speaks for the body. Sentences our own;
each rule has a near miss it must leave alone."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Article

from actor_helpers import actor_codes


def _pairs(nlp, text: str) -> list[tuple[str, str | None]]:
    """(text, code) of every actor record, duplicates kept (a plural reference has several)."""
    return [(a.text, a.code) for a in find_actors(nlp(text), Article(id="t", text=text, date="2021-03-01"))]


# --- an office taken over, handed over or robbed (mention_sectors._office_won) ---------------

def test_powers_of_the_presidency_assumed_are_no_actor(nlp) -> None:
    text = "BAMAKO (Wire) - A military council said on Monday it had assumed the powers of the presidency."
    codes = actor_codes(nlp, text)
    assert "the presidency" not in codes
    assert codes["A military council"] == "MLIMIL"


def test_presidency_handed_over_is_no_actor(nlp) -> None:
    text = "BANJUL (Wire) - Jammeh, 51, signed over the presidency at the State House on Saturday."
    assert "the presidency" not in actor_codes(nlp, text)


def test_candidate_robbed_of_the_presidency(nlp) -> None:
    text = "LUSAKA (Wire) - The opposition said fraud at polling stations had robbed its candidate of the presidency."
    assert "the presidency" not in actor_codes(nlp, text)


def test_party_brought_back_into_government(nlp) -> None:
    text = "ROME (Wire) - Critics accused the premier of bringing old allies back into government."
    assert "government" not in actor_codes(nlp, text)


def test_presidency_and_government_that_act_stay(nlp) -> None:
    text = ("LUSAKA (Wire) - The presidency said on Monday the vote was fair, and the opposition "
            "accused the government of fraud.")
    codes = actor_codes(nlp, text)
    assert codes["The presidency"] == "ZMBGOV"
    assert codes["the government"] == "ZMBGOV"


# --- history used as a date (actors._time_marker) ----------------------------------------------

def test_break_up_of_a_state_dates_the_dispute(nlp) -> None:
    text = "ZAGREB (Wire) - The dispute has soured ties between Croatia and Serbia since the break-up of Yugoslavia."
    codes = actor_codes(nlp, text)
    assert "Yugoslavia" not in codes
    assert codes["Croatia"] == "HRV" and codes["Serbia"] == "SRB"


def test_collapse_of_a_state_dates_the_trade(nlp) -> None:
    text = "TASHKENT (Wire) - After the collapse of the Soviet Union, Uzbekistan sold its cotton to Russia."
    codes = actor_codes(nlp, text)
    assert "the Soviet Union" not in codes
    assert codes["Uzbekistan"] == "UZB"


def test_anniversary_of_a_death_is_a_date(nlp) -> None:
    text = "PRETORIA (Wire) - The march was held on December 5, the anniversary of the death of Nelson Mandela."
    assert "Nelson Mandela" not in actor_codes(nlp, text)


def test_collapse_caused_and_death_told_stay(nlp) -> None:
    caused = "MOSCOW (Wire) - Strikes by miners led to the collapse of the Soviet Union, Yeltsin said."
    assert "the Soviet Union" in actor_codes(nlp, caused)
    told = ("PRETORIA (Wire) - Ramaphosa took office in 2018 after the resignation of Jacob Zuma and "
            "the death of Nelson Mandela five years before.")
    assert "Nelson Mandela" in actor_codes(nlp, told)


# --- a parliament in what a state's government says (actor_context._legislature_of_speaker) ----

def test_parliament_in_a_government_statement_is_its_own(nlp) -> None:
    text = ("BEIJING (Wire) - China condemned the award on Friday. Sweden's government said it had "
            "no role, noting that the jury is chosen by parliament and works alone.")
    codes = actor_codes(nlp, text)
    assert codes["parliament"] == "SWELEG"
    assert codes["China"] == "CHN"


def test_owned_or_unreported_parliament_keeps_its_state(nlp) -> None:
    owned = ("WINDHOEK (Wire) - The president will travel to Namibia to apologise before the "
             "country's parliament, German officials said.")
    assert actor_codes(nlp, owned).get("parliament") != "DEULEG"
    plain = "BEIJING (Wire) - China condemned the award on Friday. Parliament approved the budget in March."
    assert actor_codes(nlp, plain)["Parliament"] == "CHNLEG"


# --- states that vote together are no "two neighbours" (actor_plurals._voted_together) ---------

_DISPUTE = ("LIMA, May 3 (Wire) - The regional bloc on Friday called on Peru and Chile to pull troops "
            "back from a disputed desert strip where Peruvian soldiers have camped for weeks. "
            "The council voted 20 to 2 for a text backing the envoy, who visited both countries in April. ")


def test_pair_that_voted_together_is_not_the_two_neighbours(nlp) -> None:
    text = _DISPUTE + "Only Peru and Cuba voted against. The text urges the two neighbours to resume talks."
    neighbours = {code for t, code in _pairs(nlp, text) if t == "the two neighbours"}
    assert neighbours == {"PER", "CHL"}


def test_pair_named_last_otherwise_stays_the_two_neighbours(nlp) -> None:
    text = ("LIMA, May 3 (Wire) - Peru and Chile exchanged fire on Friday. The council met on Saturday. "
            "Ecuador and Bolivia later signed a trade deal. The text urges the two neighbours to cut tariffs.")
    neighbours = {code for t, code in _pairs(nlp, text) if t == "the two neighbours"}
    assert neighbours == {"ECU", "BOL"}


# --- the spokesman of an international official (actor_context._international_speaker) ---------

def test_spokesman_of_an_international_official(nlp) -> None:
    text = ("ABUJA (Wire) - Mali's junta seized power on Monday. \"What has happened in Mali is a violation "
            "of the constitution,\" AU Commission chairman Moussa Faki said, according to a spokesman.")
    assert actor_codes(nlp, text)["a spokesman"] == "IGOGOV"


def test_spokesman_of_a_state_official_stays_the_state(nlp) -> None:
    text = ("BAMAKO (Wire) - Mali's junta seized power on Monday. \"We will hold elections,\" Prime "
            "Minister Choguel Maiga said, according to a spokesman.")
    assert actor_codes(nlp, text)["a spokesman"] == "MLIGOV"


# --- "it" for a thing (actor_pronouns._parallel_thing, _actor_it) ------------------------------

def test_it_joined_to_a_thing_subject_is_the_thing(nlp) -> None:
    text = ("OSLO (Wire) - \"This ruling will make Moscow very angry, but it will also give hope to "
            "many people inside Russia,\" said Ivan Petrov.")
    codes = actor_codes(nlp, text)
    assert "it" not in codes
    assert codes["Moscow"] == "RUSGOV"


def test_it_joined_to_an_actor_subject_stays_the_actor(nlp) -> None:
    text = "OSLO (Wire) - \"Moscow will be very angry, but it will also talk to Kyiv,\" said Ivan Petrov."
    assert actor_codes(nlp, text)["it"] == "RUSGOV"


def test_it_of_as_it_stood_and_it_tells_you_are_things(nlp) -> None:
    text = ("NEW DELHI (Wire) - India's foreign ministry said on Friday that Chinese troops had built a "
            "road near the border. It urged Beijing to restore the status quo as it stood before June 16.")
    assert [c for t, c in _pairs(nlp, text) if t.lower() == "it"] == ["INDGOV"]
    told = "KATHMANDU (Wire) - Nepal protested on Friday. \"It tells you how worried Kathmandu is,\" said an analyst."
    assert "It" not in actor_codes(nlp, told)


def test_it_that_tells_reporters_stays_the_body(nlp) -> None:
    text = "NEW DELHI (Wire) - India's foreign ministry protested on Friday. It told reporters the road was illegal."
    assert actor_codes(nlp, text)["It"] == "INDGOV"


# --- an army that overthrew its government (actor_context._overthrown) ------------------------

def test_army_that_overthrew_the_government_is_the_story_state(nlp) -> None:
    text = ("BANJUL (Wire) - Soldiers surrounded the state house in Gambia on Monday. The army overthrew "
            "Gambia's civilian government in 1994, and troops from Senegal intervened in 2017.")
    codes = actor_codes(nlp, text)
    assert codes["The army"] == "GMBMIL"
    assert codes["troops"] == "SENMIL"


# --- "Nazi" is the historic German state; "neo-Nazi" is no state (countries.tsv, _REVIVALS) ------

def test_nazi_crimes_are_the_historic_german_state(nlp) -> None:
    text = "VIENNA (Wire) - The chancellor signed a declaration acknowledging Austria's responsibility for Nazi crimes."
    codes = actor_codes(nlp, text)
    assert codes["Nazi"] == "DEU"
    assert codes["Austria"] == "AUT"


def test_neo_nazi_activists_are_of_their_own_state(nlp) -> None:
    text = "VIENNA (Wire) - Police in Vienna arrested three neo-Nazi activists on Monday."
    assert actor_codes(nlp, text)["three neo-Nazi activists"] == "AUTCVL"


# --- names no list knows, used as places (actor_context._unknown_places) -----------------------

def test_home_town_of_a_described_person_is_a_place(nlp) -> None:
    text = ("WINDHOEK (Wire) - Namibia rejected the offer on Friday. \"Aid is something you give to a "
            "beggar,\" said Ruth Kandjii, a 58-year-old teacher from Otjinene who says her family fled.")
    assert actor_codes(nlp, text)["Otjinene"] == "NAM"


def test_site_place_takes_the_state_of_the_site(nlp) -> None:
    camp = ("THIMPHU (Wire) - Bhutan said on Thursday that the Chinese army had started building a road "
            "towards a Bhutanese army camp at Zompelri.")
    assert actor_codes(nlp, camp)["Zompelri"] == "BTN"


def test_unknown_person_a_letter_comes_from_stays_a_person(nlp) -> None:
    text = "WINDHOEK (Wire) - Namibia rejected the offer on Friday, Ruth Kandjii said in a letter from John Smith."
    found = [a for a in find_actors(nlp(text), Article(id="t", text=text, date="2021-03-01"))
             if a.text == "John Smith"]
    assert found and found[0].kind == "person"


# --- a party's congress, a house in a person's title, a person in a site's name -----------------

def test_party_congress_is_a_meeting(nlp) -> None:
    text = "BUJUMBURA (Wire) - The ruling party chose the former rebel leader as its candidate at a party congress on Saturday."
    assert "a party congress" not in actor_codes(nlp, text)


def test_congress_that_acts_stays_the_legislature(nlp) -> None:
    text = "WASHINGTON (Wire) - Congress passed the budget on Friday, and the party convention opens in July."
    assert actor_codes(nlp, text)["Congress"] == "USALEG"


def test_parliament_in_a_persons_title_is_no_actor(nlp) -> None:
    text = "DODOMA (Wire) - Police also arrested Peter Msigwa, a former member of parliament for Iringa, Chadema said."
    codes = actor_codes(nlp, text)
    assert "parliament" not in codes
    assert "Peter Msigwa" in codes


def test_person_opening_a_sites_name_is_no_actor(nlp) -> None:
    text = "SUVA (Wire) - The commander told a news conference at the Queen Elizabeth Barracks in Suva on Tuesday."
    codes = actor_codes(nlp, text)
    assert not any("Elizabeth" in t for t in codes)
    assert codes["The commander"] == "FJIMIL"


def test_person_who_visits_the_barracks_stays(nlp) -> None:
    text = "LONDON (Wire) - Queen Elizabeth visited the barracks on Monday."
    assert actor_codes(nlp, text)["Queen Elizabeth"] == "GBRGOV"


# --- a label given with "as" (mention_sectors._label_given) ------------------------------------

def test_people_noun_given_as_a_label_is_no_actor(nlp) -> None:
    text = ("REYKJAVIK (Wire) - \"We will not be treated as terrorists,\" the prime minister said on Monday.")
    codes = actor_codes(nlp, text)
    assert "terrorists" not in codes
    assert codes["the prime minister"] == "ISLGOV"


def test_people_noun_that_acts_stays(nlp) -> None:
    text = "KABUL (Wire) - Police said terrorists attacked a checkpoint on Monday."
    assert actor_codes(nlp, text)["terrorists"] == "AFGREB"


# --- a private voice's quote names other states (actor_context._quoted_only_states) ------------

def test_states_named_only_in_a_voices_quote_leave_it_home(nlp) -> None:
    text = ("VIENNA (Wire) - Austria's new coalition took office on Monday amid protests. Thousands "
            "marched in Vienna against the government. \"Nobody in Paris or Berlin has the right to tell "
            "us who governs us,\" said Franz Huber, a retired railway worker, outside a cafe.")
    assert actor_codes(nlp, text)["Franz Huber"] == "AUTCVL"


def test_state_named_outside_quotes_before_a_voice_still_blocks(nlp) -> None:
    text = ("VIENNA (Wire) - Austria's new coalition took office on Monday amid protests. Growers in "
            "Germany said prices fell. \"Prices keep falling,\" said Franz Huber, a retired farmer.")
    assert actor_codes(nlp, text)["Franz Huber"] is None

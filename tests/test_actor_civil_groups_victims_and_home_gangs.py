"""Session 23, actors that news names and dyads left unresolved or stateless: plural
civil-society nouns ("rights groups", "aid groups", "campaigners") are NGOs or civilians with
the state only their own modifier (or, for civilians, the story) gives; visitors are placed
only by a state word on the phrase ("American tourists"); bare "officers" and "guards" are
police where their sentence names the police or a prison; gangs and cartels, and people
titled by them, are the story's state's; a transitional council is the state's government;
"both governments" are governments whoever the pair was; a town read as a body is a place
after a verb of going. Every sentence is our own, each with a near miss."""

from __future__ import annotations

from actor_helpers import actor_codes
from event_helpers import code_events


def _event(nlp, text: str, trigger: str):
    return next(e for e in code_events(nlp, text) if e.trigger == trigger)


# --- civil-society plurals --------------------------------------------------------------------

def test_bare_rights_groups_are_ngos(nlp):
    ev = _event(nlp, "Rights groups denounced the Zambian government on Tuesday.", "denounced")
    assert [a.code for a in ev.source] == ["NGO"]
    assert [a.code for a in ev.target] == ["ZMBGOV"]


def test_rights_groups_with_a_state_word_are_that_states(nlp):
    codes = actor_codes(nlp, "Tanzanian human rights groups said the election was flawed.")
    assert codes["Tanzanian human rights groups"] == "TZANGO"


def test_aid_groups_and_aid_workers_are_ngos(nlp):
    codes = actor_codes(nlp, "Aid groups said two aid workers were missing near the border.")
    assert codes["Aid groups"] == "NGO"
    assert (codes.get("two aid workers") or "").endswith("NGO")


def test_campaigners_act_like_activists(nlp):
    text = ("LUSAKA, March 3 (Wire) - Zambia's parliament passed the cyber law on Friday. "
            "Campaigners criticised the Zambian government for the vote.")
    ev = _event(nlp, text, "criticised")
    assert [a.code for a in ev.source] == ["ZMBCVL"]


# --- visitors: only the phrase's own state word places them -------------------------------------

def test_tourists_take_their_own_nationality(nlp):
    ev = _event(nlp, "Gunmen seized three Dutch tourists near the coast of Belize.", "seized")
    assert "NLDCVL" in [a.code for a in ev.target]


def test_bare_tourists_take_no_state_from_the_scene(nlp):
    codes = actor_codes(nlp, "Gunmen seized three tourists near the coast of Belize.")
    assert not any(t.endswith("tourists") for t in codes)


# --- officers and guards as victims -------------------------------------------------------------

def test_officers_after_a_police_station_are_police(nlp):
    text = ("ABUJA, May 5 (Wire) - Gunmen stormed a police station in Nigeria's Kogi state, "
            "killing four officers, Nigerian officials said.")
    codes = actor_codes(nlp, text)
    assert codes["four officers"] == "NGACOP"


def test_officers_with_no_police_in_the_sentence_stay_out(nlp):
    text = ("ABUJA, May 5 (Wire) - Nigeria's largest bank said four officers of the firm had "
            "resigned.")
    assert "four officers" not in actor_codes(nlp, text)


def test_guards_at_a_stormed_prison_are_police(nlp):
    text = ("QUITO, May 5 (Wire) - Inmates took over a prison in Ecuador's Guayas province and "
            "held six guards hostage, Ecuadorean officials said.")
    assert actor_codes(nlp, text).get("six guards") == "ECUCOP"


def test_prison_guards_are_police(nlp):
    codes = actor_codes(nlp, "Ecuadorean prison guards walked off the job on Monday.")
    assert codes["Ecuadorean prison guards"] == "ECUCOP"


# --- gangs and cartels belong to the story's state ---------------------------------------------

_GANGS = ("PORT-AU-PRINCE, June 3 (Wire) - Armed gangs attacked two towns north of the Haitian "
          "capital on Monday, as Kenyan police led a foreign mission. {} said his men would keep "
          "fighting. The United States and Canada condemned the attacks. Haiti's government "
          "said {} controlled most of Port-au-Prince.")


def test_gangs_and_a_gang_leader_are_the_story_states(nlp):
    codes = actor_codes(nlp, _GANGS.format("Gang leader Jean Baptiste Morel", "the gangs"))
    assert codes["Armed gangs"] == "HTICRM"
    assert codes["the gangs"] == "HTICRM"
    assert codes["Gang leader Jean Baptiste Morel"] == "HTICRM"


def test_a_cartel_in_a_mexican_story_is_mexican(nlp):
    text = ("MONTERREY, June 3 (Wire) - Gunmen kidnapped two U.S. citizens in Nuevo Leon on "
            "Sunday, Mexican officials said. The United States urged Mexico to find them. The "
            "cartel later released a video of the captives.")
    assert actor_codes(nlp, text)["The cartel"] == "MEXCRM"


def test_smugglers_take_no_story_state(nlp):
    text = ("MONTERREY, June 3 (Wire) - Mexican officials said on Sunday that the United States "
            "had urged Mexico to act. Smugglers moved the migrants at night.")
    assert (actor_codes(nlp, text).get("Smugglers") or "CRM") == "CRM"


# --- a transition's council is the government ---------------------------------------------------

def test_transitional_council_is_the_states_government(nlp):
    text = ("PORT-AU-PRINCE, June 3 (Wire) - Haiti's police chief resigned on Monday. Gangs "
            "threatened the transitional council on Tuesday.")
    assert actor_codes(nlp, text)["the transitional council"] == "HTIGOV"


def test_a_city_council_is_still_no_transitional_one(nlp):
    text = "PORT-AU-PRINCE, June 3 (Wire) - The city council of Port-au-Prince met on Monday."
    assert actor_codes(nlp, text).get("The city council") in ("HTIGOV", None)


# --- counted governments, towns read as bodies --------------------------------------------------

def test_both_governments_after_two_peoples_are_governments(nlp):
    text = ("NAIROBI, June 3 (Wire) - Kenyan and Ugandan herders clashed near the border on "
            "Sunday. Both governments condemned the violence.")
    ev = _event(nlp, text, "condemned")
    assert {a.code for a in ev.source} == {"KENGOV", "UGAGOV"}


def test_a_town_after_travelled_to_is_a_place(nlp):
    text = ("ANKARA, June 3 (Wire) - Turkey and Iraq signed a water deal in Baghdad on Monday. "
            "Erdogan later travelled to Erbil for talks.")
    ev = _event(nlp, text, "travelled")
    assert [a.code for a in ev.target] == ["IRQ"]


# --- civil society, labour bodies and lists of people ------------------------------------------

def test_civil_society_is_the_story_states(nlp):
    text = ("BAMAKO, June 3 (Wire) - Mali's constitutional court annulled the election decree on "
            "Monday. France and the United States had criticised the decree. The ruling was "
            "welcomed by civil society groups, which had called marches for the weekend.")
    assert actor_codes(nlp, text)["civil society groups"] == "MLISOC"


def test_a_workers_federation_and_its_president_are_labour_of_the_story_state(nlp):
    text = ("DHAKA, June 3 (Wire) - Bangladesh raised the minimum wage on Monday after talks with "
            "the National Textile Workers' Federation. Federation president Rina Akter said the "
            "rise was too small.")
    codes = actor_codes(nlp, text)
    assert codes["the National Textile Workers' Federation"] == "BGDLAB"
    assert codes["Federation president Rina Akter"] == "BGDLAB"


def test_an_international_labour_body_takes_no_story_state(nlp):
    text = ("ACCRA, June 3 (Wire) - Ghana raised fuel prices on Monday. The International Trade "
            "Union Confederation criticised the decision.")
    code = actor_codes(nlp, text).get("The International Trade Union Confederation")
    assert not (code or "").startswith("GHA")


def test_a_federation_of_states_is_no_labour_body(nlp):
    codes = actor_codes(nlp, "The Russian Federation expelled two diplomats on Monday.")
    assert codes["The Russian Federation"] == "RUS"


def test_unplaced_people_in_a_list_take_the_lists_state(nlp):
    text = ("TUNIS, June 3 (Wire) - Tunisia's president dissolved parliament in 2022, drawing "
            "criticism from the United States and France. More than 20 opposition politicians, "
            "lawyers, businessmen and journalists have been detained since February.")
    ev = _event(nlp, text, "detained")
    assert {a.code for a in ev.target} >= {"TUNOPP", "TUNBUS", "TUNJRN"}


def test_a_list_of_two_states_places_no_member(nlp):
    codes = actor_codes(nlp, "Moroccan activists, Algerian students, lawyers and journalists were "
                             "detained in Tunis in February.")
    assert codes.get("journalists") in (None, "JRN")


# --- knowledge base: parties and regional leaders ----------------------------------------------

def test_german_and_nepali_party_acronyms(nlp):
    codes = actor_codes(nlp, "The FDP left the coalition, and in Kathmandu the UML backed the "
                             "Nepali Congress.", date="2024-11-07")
    assert codes["FDP"] == "DEUPTY"
    assert codes["UML"] == "NPLPTY"
    assert codes["Nepali Congress"] == "NPLPTY"


def test_kurdistan_region_president_is_iraqi(nlp):
    codes = actor_codes(nlp, "Erdogan held talks with Kurdistan region President Nechirvan Barzani "
                             "on Thursday.", date="2023-08-24")
    assert codes["region President Nechirvan Barzani"] == "IRQGOV"


# --- regions: delegations and measures ----------------------------------------------------------

def test_western_delegations_are_the_west(nlp):
    assert actor_codes(nlp, "Western delegations walked out of the session.")[
        "Western delegations"] == "WSTGOV"


def test_western_sanctions_are_imposed_by_the_west(nlp):
    ev = _event(nlp, "Russia has been under Western sanctions since 2014.", "sanctions")
    assert [a.code for a in ev.source] == ["WST"]
    assert [a.code for a in ev.target] == ["RUS"]


def test_a_region_word_before_other_nouns_stays_uncoded(nlp):
    codes = actor_codes(nlp, "Western music was banned in the country.")
    assert "WST" not in codes.values()

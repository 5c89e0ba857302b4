"""Session 34 (batch AH, actor mentions, helper b): foreign and international actors kept apart
from the story's state: envoys are their senders', "its ambassador" after "it" is the state's,
a bare "Secretary-General" heads the named intergovernmental body, a name set off by an age is
the subject for later pronouns, and a few bodies of the knowledge base (a foreign ministry, a
hybrid court, Nazi Germany and its SS). Sentences of our own; each rule has a near miss."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Article

from actor_helpers import actor_codes


def _codes(nlp, text: str, phrase: str, date: str = "2011-05-04") -> list[str | None]:
    """The codes of every mention of ``phrase``, in text order."""
    return [a.code for a in find_actors(nlp(text), Article(id="t", text=text, date=date))
            if a.text == phrase]


_COUP = ("BAMAKO, May 4 (Wire) - Soldiers in Mali seized the state broadcaster on Tuesday and "
         "detained several ministers, the government said. ")


# --- envoys (actor_context._envoy_sender) --------------------------------------------------

def test_an_envoy_sent_by_an_igo_chief_is_the_igos(nlp) -> None:
    text = _COUP + ("The African Union's commission chairman condemned the seizure and sent an "
                    "envoy to the capital.")
    assert _codes(nlp, text, "an envoy") == ["IGOGOV"]


def test_an_envoy_a_state_recalls_is_the_states(nlp) -> None:
    text = _COUP + ("Ghana's foreign minister announced that Ambassador Kofi Mensah was being "
                    "recalled for consultations.")
    assert _codes(nlp, text, "Ambassador Kofi Mensah") == ["GHAGOV"]


def test_an_envoy_the_story_state_receives_takes_no_senders_state(nlp) -> None:
    # near miss: receiving is no posting verb, so the receiver's state is not the envoy's
    text = _COUP + "Mali's interim president received Ghana's foreign minister and an envoy."
    assert "GHAGOV" not in _codes(nlp, text, "an envoy")


# --- "it ... its ambassador" (actor_pronouns._state_pronoun) --------------------------------

def test_its_ambassador_after_it_for_a_state_is_that_states(nlp) -> None:
    text = _COUP + "Senegal said it was recalling its ambassador for consultations."
    assert _codes(nlp, text, "ambassador") == ["SENGOV"]


def test_its_ambassador_after_the_state_itself_still_works(nlp) -> None:
    text = _COUP + "Senegal recalled its ambassador for consultations."
    assert _codes(nlp, text, "ambassador") == ["SENGOV"]


# --- a bare Secretary-General (actor_context._secretariat_of) --------------------------------

def test_a_bare_secretary_general_heads_the_igo_named_before(nlp) -> None:
    text = ("LOME, May 4 (Wire) - The Economic Community of West African States suspended Togo "
            "on Tuesday after the army seized power. Secretary-General Amadou Diallo said the "
            "takeover broke the bloc's rules. He called for elections within a year.")
    codes = actor_codes(nlp, text, date="2011-05-04")
    assert codes["Secretary-General Amadou Diallo"] == "IGOGOV"
    assert codes["He"] == "IGOGOV"


def test_a_titled_minister_in_the_same_story_stays_the_states(nlp) -> None:
    # near miss: only the bare secretary-general's title points to the bloc
    text = ("LOME, May 4 (Wire) - The Economic Community of West African States suspended Togo "
            "on Tuesday after the army seized power. Foreign Minister Amadou Diallo said the "
            "suspension was unfair.")
    assert actor_codes(nlp, text, date="2011-05-04")["Foreign Minister Amadou Diallo"] == "TGOGOV"


# --- "Name, 55, signed ..." (actor_pronouns._aged_root) ------------------------------------

def test_a_name_set_off_by_an_age_is_the_subject_a_later_he_goes_on_with(nlp) -> None:
    text = ("ACCRA, May 4 (Wire) - Liberian President Charles Taylor resigned on Tuesday. "
            "Taylor, 55, handed over power in front of Ghanaian President John Kufuor, who chairs "
            "the regional bloc, and Mozambican President Joaquim Chissano. "
            "Later he boarded a Nigerian jet.")
    codes = actor_codes(nlp, text, date="2003-08-11")
    assert codes["he"] == "LBRGOV"


# --- knowledge-base rows ---------------------------------------------------------------------

def test_south_africas_foreign_department_is_south_africas(nlp) -> None:
    text = _COUP + ("A spokesman for the Department of International Relations and Cooperation "
                    "said Pretoria was concerned.")
    codes = actor_codes(nlp, text, date="2011-05-04")
    assert codes["Department of International Relations and Cooperation"] == "ZAFGOV"


def test_nazi_germany_and_its_ss_are_germanys_in_a_story_about_austria(nlp) -> None:
    text = ("VIENNA, Feb 4 (Wire) - Austria's president swore in the new government on Friday. "
            "The far-right leader once praised parts of the SS and the policy of the Third Reich.")
    codes = actor_codes(nlp, text, date="2000-02-04")
    assert codes["the SS"] == "DEUMIL"
    assert codes["the Third Reich"] == "DEU"


def test_the_special_court_for_sierra_leone_is_an_international_court(nlp) -> None:
    text = ("MONROVIA, May 4 (Wire) - Liberia's president resigned on Tuesday. The Special Court "
            "for Sierra Leone had indicted him in June.")
    assert actor_codes(nlp, text, date="2003-08-11")["Special Court for Sierra Leone"] == "IGOJUD"


# --- "whose country ... its army" (actor_pronouns.relative_homelands) ----------------------

def test_whose_country_is_the_persons_state_and_its_army_follows(nlp) -> None:
    text = ("SAN JOSE, May 4 (Wire) - Panama and Colombia signed a border pact on Tuesday. "
            "Guatemala and Honduras did not attend. Costa Rican President Oscar Arias, whose "
            "country abolished its army decades ago, praised the pact.")
    codes = actor_codes(nlp, text, date="2008-05-04")
    assert codes["whose country"] == "CRI"
    assert codes["army"] == "CRIMIL"


def test_whose_country_on_a_thing_makes_no_state(nlp) -> None:
    # near miss: the relative clause hangs on a thing, not on a person with a state
    text = ("SAN JOSE, May 4 (Wire) - Costa Rica signed a border pact with Panama on Tuesday. "
            "The pact, whose country of origin is unclear, was praised.")
    assert "whose country" not in actor_codes(nlp, text, date="2008-05-04")

"""Parties and actors of session 16, round 3: causes traced on fresh wire news.

- a list of examples out of a larger set ("ten states including Chad and Niger") is no pair a
  later "both sides" or "the two countries" can mean (``actor_plurals._listed_example``);
- a quotation's "we" is its speaker as the actors stage resolved the "he said" after it (the
  nearest subject), not the last named speaker of the article (``event_subjects.speaker_actors``);
- "foreign ambassadors" say by their own word that they are not of the story's state, so no
  state is guessed for them from context (``actor_context._unplace_foreign``);
- "the Superior Electoral Court", "the Union Home Ministry": a rank word opening a body's name is
  no town that places the body (``mention_names._RANK_WORDS``).
Sentences are our own writing; each cause has a near miss that must keep its reading.
"""

from __future__ import annotations

from actor_helpers import actor_codes
from event_helpers import code_events


def _states(actors) -> set[str]:
    return {a.country for a in actors if a.country}


# ---------------------------------------------------------------- "both sides"

def test_both_sides_do_not_mean_a_list_of_examples(nlp):
    text = ("Twelve states including Chad and Niger signed the charter in May. "
            "Mali refused to sign it. Officials from both sides will meet again next week.")
    codes = actor_codes(nlp, text)
    assert not any(k == "both sides" and v and v[:3] in ("TCD", "NER") for k, v in codes.items())


def test_the_two_countries_skip_states_given_as_examples(nlp):
    text = ("Several countries such as Ghana and Togo sent observers. "
            "The two countries later withdrew them.")
    codes = actor_codes(nlp, text)
    assert codes.get("The two countries") in (None, "")


def test_both_sides_still_mean_a_pair_that_met(nlp):
    text = ("Egypt and Ethiopia held talks on the dam in Cairo on Monday. "
            "Both sides said the meeting had been useful.")
    evs = [e for e in code_events(nlp, text) if e.type == "CONSULT"]
    assert any({"EGY", "ETH"} <= _states(e.source) | _states(e.target) for e in evs) or \
        {"EGY", "ETH"} <= {v[:3] for k, v in actor_codes(nlp, text).items() if v and k == "Both sides"}


# ---------------------------------------------------------------- a quotation's "we"

_SPOKESMAN = ('"We have read the proposals," the head of the Iranian team, Ali Bagheri, told reporters. '
              "A Pentagon spokesman said American officials had seen some units moving north. "
              '"We should all be prepared to watch for a major offensive against other parts of Iraq," he said.')


def test_a_quoted_we_is_the_nearest_speaker_not_the_last_named_one(nlp):
    evs = code_events(nlp, _SPOKESMAN)
    assert not any("IRN" in _states(e.source) for e in evs)


def test_a_quoted_we_of_a_named_speaker_stays_that_speaker(nlp):
    text = '"We will sign the accord with Kenya tomorrow," Tanzanian President Samia Suluhu Hassan said.'
    evs = [e for e in code_events(nlp, text) if e.source]
    assert evs and all("TZA" in _states(e.source) for e in evs)


# ---------------------------------------------------------------- "foreign" people

def test_foreign_ambassadors_take_no_state_from_the_story(nlp):
    text = ("Peru's president met foreign ambassadors in Lima on Tuesday to defend the "
            "election results.")
    codes = actor_codes(nlp, text)
    assert not (codes.get("foreign ambassadors") or "").startswith("PER")


def test_ambassadors_without_foreign_keep_the_story_state(nlp):
    text = "Peru's government recalled its ambassadors on Tuesday."
    evs = code_events(nlp, text)
    assert any("PER" in _states(e.source) for e in evs)


# ---------------------------------------------------------------- rank words in body names

def test_superior_electoral_court_is_not_in_wisconsin(nlp):
    text = "Five judges of the Superior Electoral Court voted on Friday to fine the party."
    codes = actor_codes(nlp, text)
    assert not any(v and v.startswith("USA") for v in codes.values())


def test_union_home_ministry_is_no_american_town(nlp):
    text = "The Union Home Ministry in New Delhi banned the group on Monday."
    codes = actor_codes(nlp, text)
    assert not any(v and v.startswith("USA") for v in codes.values())


def test_a_town_named_body_keeps_its_state(nlp):
    text = "The Toronto Police Service arrested two men on Sunday."
    codes = actor_codes(nlp, text)
    assert any(v and v.startswith("CAN") for v in codes.values())

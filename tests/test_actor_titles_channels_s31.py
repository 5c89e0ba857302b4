"""Session 31, helper C: actor mentions judged wrong in earlier batches, fixed as classes.

Each rule is tested on sentences of our own, with a near miss that must keep its mention.
"""

from __future__ import annotations

from actor_helpers import actor_codes


def test_place_opening_a_treaty_title_is_no_actor(nlp):
    text = ("GENEVA, May 2 (Wire) - Oil exporters said the 2015 Paris Agreement sets out duties. "
            "The Lisbon Treaty and the Minsk Accords were also cited.")
    codes = actor_codes(nlp, text)
    assert not {"Paris", "Lisbon", "Minsk"} & set(codes)
    # near miss: a capital that stands for its government stays an actor
    near = "GENEVA, May 2 (Wire) - Paris rejected the plan, and the Paris government said so."
    assert actor_codes(nlp, near).get("Paris") == "FRAGOV"


def test_region_opening_a_law_title_is_no_actor_but_still_places_the_story(nlp):
    text = ("LONDON, May 2 (Wire) - The Northern Ireland Troubles (Legacy and Reconciliation) Act "
            "offers immunity to suspects. Victims said the courts must hear them.")
    codes = actor_codes(nlp, text)
    assert "Northern Ireland" not in codes
    assert codes.get("the courts") == "GBRJUD"


def test_platform_carrying_words_is_no_actor(nlp):
    for verb in ("wrote on Twitter", "said on Twitter", "dismissed the criticism on Twitter",
                 "said in a post on Facebook"):
        text = f"SAN SALVADOR, May 2 (Wire) - President Nayib Bukele {verb} that the arrests would go on."
        codes = actor_codes(nlp, text)
        assert not {"Twitter", "Facebook"} & set(codes), verb
    # near misses: a platform acted on, or called on to act, is a party
    for text in ("BRASILIA, May 2 (Wire) - Brazil imposed a fine on Twitter.",
                 "MOSCOW, May 2 (Wire) - Russia cracked down on Twitter last year.",
                 "PARIS, May 2 (Wire) - The minister called on Twitter to remove the posts."):
        assert actor_codes(nlp, text).get("Twitter") == "MNC", text
    # a common noun channel ("on state television") is the press, which the platform rule leaves
    text = "ULAANBAATAR, May 2 (Wire) - He said in remarks broadcast on state television that he would stay."
    assert "state television" in actor_codes(nlp, text)


def test_faith_or_people_word_is_the_modifier_a_party_noun_needs(nlp):
    text = ("BAGHDAD, May 2 (Wire) - The Coordination Framework, an alliance of Shi'ite parties, "
            "named a candidate. Sunni parties walked out.")
    codes = actor_codes(nlp, text)
    assert codes.get("Shi'ite parties") == "IRQPTY"
    assert codes.get("Sunni parties") == "IRQPTY"
    # a state the parties are aligned with is their patron, not their state
    text = ("BAGHDAD, May 2 (Wire) - Officials in the Coordination Framework, an alliance of "
            "Iran-aligned Shi'ite parties, declined to comment.")
    assert actor_codes(nlp, text).get("Iran-aligned Shi'ite parties") == "IRQPTY"
    # near miss: a bare "parties" still needs a modifier to be an actor
    near = "BAGHDAD, May 2 (Wire) - Talks between the parties stalled."
    assert "parties" not in actor_codes(nlp, near)


def test_exiles_are_of_the_state_they_left_not_where_they_live(nlp):
    text = ("HAVANA, July 12 (Wire) - Thousands of Cubans protested in Havana against the government. "
            "Exiles in Miami staged rallies in support of the protesters.")
    codes = actor_codes(nlp, text)
    assert codes.get("Exiles") == "CUBREF"
    assert actor_codes(nlp, "Cuban exiles in Miami staged rallies.").get("Cuban exiles") == "CUBREF"
    # near miss: "in exile" is a condition, no group
    assert "exile" not in actor_codes(nlp, "He lived in exile in Spain.")


def test_state_word_before_a_currency_is_no_actor(nlp):
    text = "COPENHAGEN, May 2 (Wire) - The deal is worth 2 billion Danish crowns, the company said."
    assert "Danish" not in actor_codes(nlp, text)
    text = "BUDAPEST, May 2 (Wire) - The fine was 5 million Hungarian forints."
    assert "Hungarian" not in actor_codes(nlp, text)
    # near miss: the capitalised Crown is a monarchy's state, and a crown prince a person
    text = "WELLINGTON, May 2 (Wire) - Maori leaders said the treaty with the British Crown was broken."
    assert any("British" in t for t in actor_codes(nlp, text))
    assert "The Danish crown prince" in actor_codes(nlp, "The Danish crown prince visited Greenland.")


def test_body_noun_in_an_offence_or_event_phrase_is_no_body(nlp):
    codes = actor_codes(nlp, "JOHANNESBURG, May 2 (Wire) - Zuma was jailed for contempt of court.")
    assert "court" not in codes
    codes = actor_codes(nlp, "KUALA LUMPUR, May 2 (Wire) - The vote brought the first change of government.")
    assert "government" not in codes
    # near miss: the court or government itself stays a body
    codes = actor_codes(nlp, "JOHANNESBURG, May 2 (Wire) - The court jailed Zuma, and the government agreed.")
    assert codes.get("The court") == "ZAFJUD" and codes.get("the government") == "ZAFGOV"

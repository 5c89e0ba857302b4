"""A bare "the minister" means the titled person the story has named again by surname since,
not a minister of another state named in between."""

from __future__ import annotations

from actor_helpers import actor_codes


def test_minister_named_again_by_surname_is_the_minister(nlp) -> None:
    codes = actor_codes(nlp, "Kenyan Health Minister Mary Wanjiru accused Uganda of hiding the "
                             "outbreak. Ugandan Foreign Minister Sam Okello rejected the claim. "
                             "Wanjiru has so far refused to apologise. Opposition leaders said "
                             "the minister should not be forced out.")
    assert codes.get("the minister") == "KENGOV"


def test_minister_named_last_in_full_is_the_minister(nlp) -> None:
    codes = actor_codes(nlp, "Kenyan Health Minister Mary Wanjiru accused Uganda of hiding the "
                             "outbreak. Ugandan Foreign Minister Sam Okello rejected the claim. "
                             "Opposition leaders said the minister should not be forced out.")
    assert codes.get("the minister") == "UGAGOV"

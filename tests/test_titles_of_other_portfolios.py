"""A minister's title refers back only to a minister of the same portfolio: "the labour
minister" is not the finance minister named before."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Article


def _names(nlp, text: str) -> dict[str, str | None]:
    return {a.text: a.name for a in find_actors(nlp(text), Article(id="t", text=text,
                                                                   date="2022-03-01"))}


def test_other_portfolio_is_not_linked(nlp) -> None:
    names = _names(nlp, "Kenya's finance minister Jane Doe met the unions. The labour minister "
                        "later said the talks had failed.")
    assert names.get("The labour minister") != "Jane Doe"


def test_same_portfolio_is_linked(nlp) -> None:
    names = _names(nlp, "Kenya's finance minister Jane Doe met the unions. The finance minister "
                        "later said the talks had failed.")
    assert names.get("The finance minister") == "Jane Doe"

"""What the actor tests share: the resolved codes of one text read as one article."""

from __future__ import annotations

from dyads.actors import find_actors
from dyads.model import Article


def actor_codes(nlp, text: str, date: str = "2021-03-01",
                title: str | None = None) -> dict[str, str | None]:
    """Each actor mention's text with its code, for ``text`` read as one article of ``date``
    (with headline ``title``)."""
    return {a.text: a.code for a in find_actors(nlp(text), Article(id="t", text=text, date=date,
                                                                   title=title))}

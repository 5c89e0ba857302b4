"""Session 44: an object pronoun of an infinitive with no subject of its own is never the one
that infinitive's act is understood to be done by: "Russian forces refused to let them in" (the
forces let, so "them" is someone else), "urged Moscow to free them" (Moscow frees). Sentences
written for these tests."""

from __future__ import annotations

from dyads.model import Article
from dyads.pipeline import annotate


def them_codes(text: str) -> list[str | None]:
    art = annotate(Article(id="t", text=text, date="2015-05-05"))
    return [a.code for a in art.actors if art.text[a.start:a.end].lower() == "them"]


def test_subject_of_the_ruling_verb_is_not_them():
    codes = them_codes("The OSCE agreed to send observers to Georgia. Russian forces refused to let them into "
                       "the region.")
    assert "RUSMIL" not in codes


def test_them_of_an_object_controlled_infinitive_goes_back():
    codes = them_codes("Four Kenyan activists were detained in Kampala last week. The United States urged "
                       "Uganda to release them.")
    assert codes == ["KENCVL"]

"""nlp.joined_by_hyphen and nlp.written_before_hyphen: the one reading, shared by the actor and
event stages, of a hyphenated word the tokenizer split into three tokens. Sentences of our own."""

from __future__ import annotations

from spacy.tokens import Doc

from dyads.nlp import joined_by_hyphen, written_before_hyphen


def _doc(nlp, *words: str) -> Doc:
    """A document of ``words`` exactly as split, a space after each word ending in a blank."""
    return Doc(nlp.vocab, words=[w.strip() for w in words], spaces=[w.endswith(" ") for w in words])


def _at(doc, text: str, nth: int = 0) -> int:
    return [t.i for t in doc if t.text == text][nth]


def test_an_unspaced_hyphen_joins_its_two_words(nlp):
    doc = nlp("The Chile-backed militia seized a low-cost airline's office.")
    assert joined_by_hyphen(doc, _at(doc, "-"))
    assert joined_by_hyphen(doc, _at(doc, "-", 1))
    assert not joined_by_hyphen(doc, _at(doc, "militia"))  # no dash at all


def test_a_spaced_dash_or_one_space_joins_nothing(nlp):
    doc = nlp("Lima - the capital - was calm.")
    assert [t.i for t in doc if t.text == "-" and joined_by_hyphen(doc, t.i)] == []
    assert not joined_by_hyphen(_doc(nlp, "a ", "Peru ", "-", "backed ", "plan"), 2)
    assert not joined_by_hyphen(_doc(nlp, "a ", "Peru", "- ", "backed ", "plan"), 2)
    assert joined_by_hyphen(_doc(nlp, "a ", "Peru", "-", "backed ", "plan"), 2)


def test_only_the_dashes_asked_for(nlp):
    doc = nlp("The Lima\u2013Quito flight and the Lima-Quito road reopened.")
    en_dash, hyphen = _at(doc, "\u2013"), _at(doc, "-")
    assert not joined_by_hyphen(doc, en_dash)  # a hyphen by default
    assert joined_by_hyphen(doc, en_dash, ("-", "\u2013"))
    assert joined_by_hyphen(doc, hyphen, ("-", "\u2013"))


def test_a_dash_at_either_end_joins_nothing(nlp):
    assert not joined_by_hyphen(_doc(nlp, "-", "Quito"), 0)
    doc = _doc(nlp, "Talks ", "on ", "Quito", "-")
    assert not joined_by_hyphen(doc, 3)
    assert not joined_by_hyphen(doc, 4)
    assert not joined_by_hyphen(doc, -1)


def test_a_span_counts_from_its_own_start(nlp):
    doc = nlp("Officials said the Chile-backed militia fled.")
    span = doc[3:7]
    assert [t.text for t in span] == ["Chile", "-", "backed", "militia"]
    assert joined_by_hyphen(span, 1)
    assert not joined_by_hyphen(span[1:], 0)  # the word before is outside the span


def test_the_word_before_a_split_hyphen(nlp):
    doc = nlp("A Qatari-brokered truce held, and a Qatari - brokered truce too.")
    before = written_before_hyphen(doc[_at(doc, "brokered")])
    assert before is not None and before.text == "Qatari"
    assert written_before_hyphen(doc[_at(doc, "brokered", 1)]) is None
    assert written_before_hyphen(doc[0]) is None

"""Per-document caches the stages share (text, entities, token offsets, cue-word positions) must
give exactly what spaCy gives, and the figure scans they skip must be ones that cannot match."""

from __future__ import annotations

from dyads.anchor_index import drop_lower_index, tokens_lemmatised, tokens_lowered
from dyads.figures import _CURRENCY, _MONEY, _PERCENT, _PERCENT_HINT
from dyads.nlp import characterising_verb, doc_ents, doc_text, token_starts

TEXT = ("Russian President Vladimir Putin met Nicolás Maduro in Moscow on Wednesday.\n\n"
        "USAID said it would give $52 million to the opposition, about 3 per cent of the total.")


def test_cached_views_equal_spacy(nlp):
    doc = nlp(TEXT)
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)  # built once
    assert token_starts(doc) == [t.idx for t in doc]
    assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == \
        [(e.start, e.end, e.label_) for e in doc.ents]


def test_tokens_lowered_finds_cue_words_in_any_case(nlp):
    doc = nlp("Putin SAID the talks went well, and Maduro said so too.")
    assert tokens_lowered(doc, {"said"}) == [t.i for t in doc if t.lower_ == "said"]
    assert len(tokens_lowered(doc, {"said"})) == 2
    assert tokens_lowered(doc, {"nowhere"}) == []


def test_tokens_lemmatised_equals_a_scan_of_lower_cased_lemmas(nlp):
    doc = nlp("Accounts were frozen. The bank closed his Telegram channel and two other channels.")
    for lemmas in ({"account"}, {"channel", "bank"}, ("channel",), {"nowhere"}):
        assert tokens_lemmatised(doc, lemmas) == [t.i for t in doc if t.lemma_.lower() in lemmas]
    drop_lower_index(doc)  # dropped with the cue-word index, and built again on the next ask
    assert "dyads_lemma_lower_index" not in doc.user_data
    assert tokens_lemmatised(doc, {"channel"}) == [t.i for t in doc if t.lemma_.lower() == "channel"]


def test_every_money_and_percent_match_passes_the_cheap_check():
    texts = ["USAID gave $52 million.", "a grant of 40 million euros", "Rs 5 crore and 300 rupees",
             "between US$2bn and $3bn", "hundreds of millions of dollars", "HK$ 12,000",
             "up 3.5 per cent", "a 2 percentage point rise", "12% of voters", "£1.2 billion",
             "five thousand Canadian dollars", "a fine of 20,000 reais"]
    for text in texts:
        if _MONEY.search(text):
            assert _CURRENCY.search(text), text
        if _PERCENT.search(text):
            assert _PERCENT_HINT.search(text), text
    assert not _CURRENCY.search("Forty people were hurt in 2019.")


def test_characterising_verb_is_the_verb_that_names_its_object(nlp):
    # (session 27) actors and events ask the same parse helper for "described X as Y", "called X Y"
    doc = nlp("Officials described the vote as a farce. He called the raid an attack.")
    farce, attack, raid = (next(t for t in doc if t.lower_ == w) for w in ("farce", "attack", "raid"))
    assert characterising_verb(farce).lower_ == "described"
    assert characterising_verb(attack).lower_ == "called"
    assert characterising_verb(raid) is None  # the object itself is named, not naming

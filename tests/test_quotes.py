"""Quotes: direct and reported speech, with cue and speaker, and the evaluation floor."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyads.quotes import MAX_QUOTE_CHARS, find_direct_spans, find_quotes

SHARED = Path(__file__).resolve().parents[2] / "shared"


def spans(text):
    return [text[s:e] for s, e in find_direct_spans(text)]


# --- mark handling: no model needed ---------------------------------------------------------


def test_straight_curly_and_nested_marks():
    assert spans('He said: "We will win."') == ["We will win."]
    assert spans("“We will win,” he said.") == ["We will win"]
    assert spans("“He told me ‘never’ twice,” she said.") == ["He told me ‘never’ twice"]


def test_quote_continues_into_next_paragraph_that_opens_with_a_mark():
    text = "“First paragraph of the quote.\n\n“Second paragraph,” he said.\n\nNext."
    (quote,) = spans(text)
    assert quote.startswith("First") and quote.endswith("Second paragraph")


def test_unbalanced_marks_never_swallow_the_article():
    text = "“This opens and never closes.\n\nA heading\n\n" + "Plain text. " * 2000 + "“Short,” he said."
    out = spans(text)
    assert "Short" in out
    assert all(len(s) <= MAX_QUOTE_CHARS for s in out)
    assert not any(s.startswith("This opens") for s in out)


def test_apostrophes_are_not_quotes():
    assert spans("Venezuela’s government and the ’90s crisis.") == []


# --- with the model -------------------------------------------------------------------------


def quotes(nlp, text):
    doc = nlp(text)
    out = find_quotes(doc, [])
    for q in out:
        assert doc.text[q.start : q.end] == q.text
    return out


def test_speaker_after_before_and_in_the_middle(nlp):
    text = (
        "“The door remains open,” Tinubu said, “but our patience has limits.”\n\n"
        "Putin said: “Russia supports all legitimate bodies.”\n\n"
        "“The sanctions are illegal,” said Mark Weisbrot, the co-director of the centre. "
        "“Congress should stop it,” he added."
    )
    out = quotes(nlp, text)
    got = {q.text: (q.speaker.name if q.speaker else None, q.cue, q.direct) for q in out}
    assert got["The door remains open"][0] == "Tinubu"
    assert got["but our patience has limits."][0] == "Tinubu"
    assert got["Russia supports all legitimate bodies."][:2] == ("Putin", "said")
    assert got["The sanctions are illegal"][0] == "Mark Weisbrot"
    assert got["Congress should stop it"][:2] == ("Mark Weisbrot", "added")
    he = next(q for q in out if q.text == "Congress should stop it")
    assert he.speaker.text == "he"


def test_indirect_speech_and_according_to(nlp):
    text = ("Germany said that it would deliver 1,000 anti-tank weapons. "
            "Food prices have risen by 20 percent since the coup, according to traders.")
    out = quotes(nlp, text)
    said = next(q for q in out if q.cue == "said")
    assert not said.direct and said.text == "it would deliver 1,000 anti-tank weapons"
    assert said.speaker.text == "Germany"
    acc = next(q for q in out if q.cue == "according to")
    assert acc.text.startswith("Food prices") and acc.speaker.text == "traders"


def test_the_statement_resolves_to_the_announcing_organisation(nlp):
    text = ("The United States Agency for International Development (USAID) announced on Wednesday "
            "that it will allocate money to the opposition.\n\n"
            "“This money will go to programs that support the National Assembly,” said the statement.")
    out = quotes(nlp, text)
    q = next(q for q in out if q.direct)
    assert q.speaker.text == "the statement"
    assert "USAID" in q.speaker.name


def test_scare_quotes_and_banners_are_not_speech(nlp):
    text = ("The U.S. has long called the region its “backyard.”\n\n"
            "Thousands gathered to warn the president, with some holding banners reading “No capitulation”.")
    assert [q for q in quotes(nlp, text) if q.direct] == []


def test_users_example(nlp, seed_path):
    from dyads.ingest import read_inputs

    article = next(iter(read_inputs([str(seed_path)])))
    out = quotes(nlp, article.text)
    direct = [q for q in out if q.direct]

    def by(name):
        return [q for q in direct if q.speaker and name in (q.speaker.name or q.speaker.text)]

    assert len(by("Putin")) == 1
    assert len(by("Maduro")) == 2
    assert len(by("Weisbrot")) == 2
    assert any(q.speaker.text == "he" and q.cue == "added" for q in by("Weisbrot"))
    statement = [q for q in direct if q.speaker and q.speaker.text == "the statement"]
    assert len(statement) >= 2 and all("USAID" in (q.speaker.name or "") for q in statement)
    assert any(not q.direct and q.cue == "according to" for q in out)


@pytest.mark.skipif(not (Path(__file__).resolve().parents[1] / "samples").exists(), reason="no samples/")
def test_quality_gate_on_the_labelled_set():
    """Floors a little under what the stage reaches (P 1.00, R 0.99, speakers 0.95 on 85 quotes)."""
    from dyads.evaluate_quotes import score_quotes

    result = score_quotes()
    if result["quotes"] < 40:
        pytest.skip("labelled sources missing")
    assert result["precision"] >= 0.90
    assert result["recall"] >= 0.90
    assert result["speaker_accuracy"] >= 0.85

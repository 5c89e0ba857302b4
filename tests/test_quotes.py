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


@pytest.mark.skipif(not (Path(__file__).resolve().parents[1] / "src" / "dyads" / "samples").exists(), reason="no samples")
def test_quality_gate_on_the_labelled_set():
    """Floors a little under what the stage reaches on the development set (P 1.00, R 1.00,
    speakers 1.00 on 85 quotes); a sample rewritten without relabelling fails here too."""
    from dyads.evaluate_quotes import score_quotes

    result = score_quotes()
    assert not [d["source"] for d in result["details"] if d["stale"]], "labels not found: relabel (see quotes_gold.md)"
    if result["quotes"] < 40:
        pytest.skip("labelled sources missing")
    assert result["precision"] >= 0.95
    assert result["recall"] >= 0.95
    assert result["speaker_accuracy"] >= 0.93


def test_scorer_counts_overlap_speakers_and_stale_labels():
    from dyads.evaluate_quotes import GoldQuote, score_article, set_of
    from dyads.model import Actor, Article, Quote

    text = "Putin said that Russia will help. “We are ready,” he said."
    art = Article(id="a", text=text)
    s1 = text.index("Russia")
    s2 = text.index("We are")
    art.quotes = [
        Quote(s1, s1 + 17, text[s1 : s1 + 17], 0, "said", Actor(0, 5, "Putin", name="Vladimir Putin", kind="person"), False),
        Quote(s2, s2 + 12, text[s2 : s2 + 12], 1, "said", None, True),
    ]
    gold = [GoldQuote("x", None, "Russia will help", False, ["Putin"]),
            GoldQuote("x", None, "We are ready", True, ["Putin"]),
            GoldQuote("x", None, "words no longer in the text", True, ["Putin"])]
    r = score_article(art, gold)
    assert (r["tp"], r["fp"], r["fn"], r["speaker_hits"]) == (2, 0, 0, 1)
    assert r["stale"] == ["words no longer in the text"]
    assert [set_of(s) for s in ("shared:seed/x.md", "src/dyads/samples/a.md", "tests/resources/quotes_heldout/b.md")] == [
        "seed", "samples", "heldout"]


# --- speaker regressions (reported errors; general rules, each with a second wording) ----------


def speaker_of(out, prefix):
    q = next(q for q in out if q.text.startswith(prefix))
    return q.speaker.name or q.speaker.text


def test_the_channel_of_a_cue_is_not_who_he_is(nlp):
    """'wrote on Twitter': the small model tags Twitter as a person; objects are not antecedents."""
    text = ('"Iran has made a serious error," President Donald Trump wrote on Twitter. Speaking at '
            "the White House later, he said that he found it hard to believe the attack was intentional.")
    assert speaker_of(quotes(nlp, text), "he found it hard") == "Donald Trump"
    text = ("Prime Minister Boris Johnson spoke with Joe Biden on Monday. "
            "He said that Britain would send more air-defence systems.")
    assert speaker_of(quotes(nlp, text), "Britain would send") == "Boris Johnson"


def test_adding_that_belongs_to_the_first_speaker_not_the_reported_subject(nlp):
    text = ("Iranian Foreign Minister Javad Zarif said that Iran would take the case to the United "
            "Nations, adding that Tehran did not seek war but would defend its borders.")
    out = quotes(nlp, text)
    assert speaker_of(out, "Iran would take") == "Javad Zarif"
    assert speaker_of(out, "Tehran did not seek war") == "Javad Zarif"
    # a conjoined verb keeps its own subject: 'PBS revealed that X accepted … but did not say …'
    text = ("Television broadcaster PBS revealed that Crown Prince Mohammed bin Salman accepted "
            "responsibility for the murder but did not say he had ordered it.")
    assert "Salman" in speaker_of(quotes(nlp, text), "he had ordered it")


def test_it_continues_the_main_subject_of_the_previous_sentence(nlp):
    text = ("The junta led by General Abdourahamane Tiani has refused to receive ECOWAS, African Union "
            "and United Nations envoys, and on Wednesday it named a new prime minister. It accused "
            "the bloc of preparing “an unjustified aggression” against Niger and warned that any "
            "intervention would meet an immediate response.")
    out = quotes(nlp, text)
    assert "junta" in speaker_of(out, "any intervention would meet").lower()
    assert "junta" in speaker_of(out, "an unjustified aggression").lower()
    # 'they' wants a plural or collective subject, the nearest one first
    text = ("The shooting began at 10:39 a.m. local time. State prosecutors charged the suspect "
            "with capital murder, they said on Sunday.")
    assert speaker_of(quotes(nlp, text), "State prosecutors charged") == "State prosecutors"


def test_said_with_a_misparsed_object_still_reports_a_clause(nlp):
    """'Witnesses said members of X fired …' parses as 'said members' plus a relative clause."""
    text = ("Witnesses said members of the paramilitary Rapid Support Forces fired on tens of thousands "
            "of protesters who had camped at the site since April.")
    out = quotes(nlp, text)
    q = next(q for q in out if q.text.startswith("members of the paramilitary"))
    assert not q.direct and q.speaker.text == "Witnesses" and q.text.endswith("since April")
    # a real object is not a clause: 'said a prayer' reports nothing
    assert not [q for q in quotes(nlp, "The bishop said a prayer for the victims who died in the fire.") if not q.direct]


def test_a_title_with_an_appositive_name_speaks_as_the_person(nlp):
    text = ("The European Union's foreign policy chief, Josep Borrell, said that the bloc would "
            "send more ammunition.")
    q = next(q for q in quotes(nlp, text) if q.text.startswith("the bloc would"))
    assert q.speaker.name == "Josep Borrell" and q.speaker.kind == "person"
    assert "foreign policy chief" in q.speaker.role


def test_a_name_inside_a_reported_clause_is_not_who_he_is(nlp):
    text = ("The interior minister, Nancy Faeser, said Boris Johnson needed better data on arrivals. "
            "“Without it we are guessing,” she said.")
    q = next(q for q in quotes(nlp, text) if q.direct)
    assert q.speaker.name == "Nancy Faeser"

"""What the event tests share: code one text through the whole pipeline (after spaCy)."""

from __future__ import annotations

from dyads.model import Actor, Article, Event
from dyads.pipeline import annotate_doc


def code_events(nlp, text: str, date: str | None = "2021-03-04") -> list[Event]:
    """The events of ``text`` read as one article dated ``date``."""
    return annotate_doc(Article(id="t", text=text, date=date), nlp(text)).events


def checked_events(nlp, text: str, kind: str | None = None) -> list[Event]:
    """The events of ``text`` (of type ``kind`` if given), each trigger checked to stand at its offsets.

    A trigger whose text is not ``text[start:end]`` would point a user at the wrong words, so every
    test that reads triggers through here also tests that.
    """
    events = code_events(nlp, text)
    for e in events:
        assert text[e.start:e.end] == e.trigger, (e.start, e.end, e.trigger)
    return [e for e in events if kind is None or e.type == kind]


def trigger_texts(nlp, text: str) -> set[str]:
    """The trigger words of the events coded in ``text`` (offsets checked as in ``checked_events``)."""
    return {e.trigger for e in checked_events(nlp, text)}


def events_of(nlp, text: str, kind: str) -> list[Event]:
    """The events of ``text`` of PLOVER type ``kind``."""
    return [e for e in code_events(nlp, text) if e.type == kind]


def event_rows(nlp, text: str, trigger: str | None = None, date: str | None = "2021-03-04",
               ) -> list[tuple[str, str | None, list[str | None], list[str | None]]]:
    """(type, CAMEO, source codes, target codes) of the events of ``text`` (on ``trigger`` if given),
    so that one comparison checks a record's kind and its parties together."""
    return [(e.type, e.cameo, [a.code for a in e.source], [a.code for a in e.target])
            for e in code_events(nlp, text, date) if trigger is None or e.trigger == trigger]


def types_of(nlp, text: str) -> set[str]:
    """The PLOVER types coded in ``text``."""
    return {e.type for e in code_events(nlp, text)}


def states_of(actors) -> set[str]:
    """The three-letter state (or non-state) prefixes of the actors' codes."""
    return {(a.code or "")[:3] for a in actors}


def event_at(doc, trigger: str, source=(), target=(), type_: str = "ASSAULT") -> Event:
    """An event on ``trigger`` in ``doc`` with bare actors at the given words (argument tests)."""
    start = doc.text.index(trigger)

    def actor(name: str) -> Actor:
        s = doc.text.index(name)
        return Actor(s, s + len(name), name)

    return Event(start, start + len(trigger), trigger, type_, 0,
                 source=[actor(a) for a in source], target=[actor(a) for a in target])


def spans_at(nlp, text: str, trigger: str, source=(), target=(), type_: str = "ASSAULT") -> tuple[list[str], list[str]]:
    """Source and target phrases drawn for a hand-built event on ``trigger`` (argument tests)."""
    from dyads.arguments import add_argument_spans

    doc = nlp(text)
    event = event_at(doc, trigger, list(source), list(target), type_)
    add_argument_spans(doc, [event])
    return ([doc.text[s:e] for s, e in event.source_spans], [doc.text[s:e] for s, e in event.target_spans])


def phrases_at(nlp, text: str, trigger: str) -> list[tuple[str, str]]:
    """(role, phrase) of the event whose trigger is ``trigger``, after argument phrases are drawn."""
    from dyads.arguments import add_argument_spans, participant_spans
    from dyads.events import find_events

    doc = nlp(text)
    art = annotate_doc(Article(id="t", text=text), doc)
    events = find_events(doc, art.actors, art.quotes, art.date)
    add_argument_spans(doc, events)
    chosen = [e for e in events if text[e.start:e.end] == trigger]
    assert chosen, f"no event at {trigger!r}: {[text[e.start:e.end] for e in events]}"
    return [(role, text[s:e]) for role, s, e in participant_spans(chosen[:1])]


def probe_rows(path) -> list[dict]:
    """The rows of a probe file of ours in the PLOVER gold format (JSON Lines)."""
    import json
    from pathlib import Path

    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def assert_probe_format(rows: list[dict]) -> None:
    """Ids and texts unique; every labelled actor's text stands in its sentence with a 3-letter code."""
    assert len(rows) == len({r["id"] for r in rows}) == len({r["text"] for r in rows})
    for r in rows:
        for side in ("source", "target"):
            for actor in r[side] or []:
                assert actor["actorText"] in r["text"] and len(actor["code"]) == 3


def cli_plover_scores(path) -> dict:
    """`dyads eval --plover FILE --json` run as a user runs it; its "plover" figures."""
    import json

    from click.testing import CliRunner

    from dyads.cli.main import cli

    result = CliRunner().invoke(cli, ["eval", "--plover", str(path), "--workers", "1", "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["plover"]


def coded_records(text: str, date: str = "2024-04-22") -> list[tuple[str, str, list[str | None], list[str | None]]]:
    """(type, trigger text, source codes, target codes) of every event record of ``text`` coded
    as one article by the whole pipeline."""
    from dyads.pipeline import annotate

    art = annotate(Article(id="t", text=text, date=date))
    return [(e.type, e.trigger if isinstance(e.trigger, str) else getattr(e.trigger, "text", str(e.trigger)),
             [a.code for a in e.source], [a.code for a in e.target]) for e in art.events]


def coded_record(text: str, trigger: str) -> tuple[list[str | None], list[str | None]]:
    """Source and target codes of the first record of ``text`` whose trigger starts with ``trigger``."""
    found = [(s, t) for _, trig, s, t in coded_records(text) if trig.split()[0] == trigger]
    assert found, coded_records(text)
    return found[0]


def cameo_records(text: str, date: str) -> list[tuple[str, str | None, list[str | None], list[str | None]]]:
    """(type, CAMEO code, source codes, target codes) of every event record of ``text`` coded as
    one article of ``date`` by the whole pipeline."""
    from dyads.pipeline import annotate

    art = annotate(Article(id="t", text=text, date=date))
    return [(e.type, e.cameo, [a.code for a in e.source], [a.code for a in e.target]) for e in art.events]


def stored_article(name: str, art_id: str) -> Article:
    """One article of a stored blind batch (``tests/data/<name>``, JSON Lines), as the writer gave it."""
    import json
    from pathlib import Path

    for line in (Path(__file__).parent / "data" / name).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] == art_id:
            return Article(id=row["id"], text=row["text"], date=row["date"], title=row["title"])
    raise KeyError(art_id)


def codes_in(art: Article, word: str) -> list[str | None]:
    """The codes of the mentions of ``art`` (coded by the whole pipeline) whose text is ``word``."""
    from dyads.pipeline import annotate

    art = annotate(art)
    return [a.code for a in art.actors if art.text[a.start:a.end] == word]

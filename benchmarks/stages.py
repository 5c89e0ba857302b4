"""Where the time goes: each stage's share next to spaCy's, in one process, on the same texts.

Run: .venv/bin/python benchmarks/stages.py [--articles N]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "wikinews_2019.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=171)
    args = ap.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is not here")
        return
    from dyads import actors, events, figures, quotes, tone
    from dyads.argument_tagger import refine_arguments
    from dyads.arguments import add_argument_spans
    from dyads.event_confidence import reweigh_events
    from dyads.event_trust import score_trust
    from dyads.ingest import read_inputs
    from dyads.model import Sentence, to_dict
    from dyads.nlp import load_nlp, sentences
    from dyads.tagged_parties import fill_parties

    t = time.perf_counter()
    arts = [a for a in read_inputs([str(CORPUS)]) if hasattr(a, "text")][: args.articles]
    read_s = time.perf_counter() - t
    nlp = load_nlp()
    nlp("warm up")
    from dyads.kb import load_kb

    load_kb().matcher()  # one-time build, not per-article cost
    from dyads.model import Article
    from dyads.pipeline import annotate_doc, finish_statements

    # one article through every stage first, so that tables loaded once (places, subdivisions,
    # lexicons, models) are not charged to the first article's stage
    annotate_doc(Article(id="warm-up", text=arts[0].text, date=arts[0].date), nlp(arts[0].text))
    t = time.perf_counter()
    docs = list(nlp.pipe([a.text for a in arts], batch_size=16))
    spacy_s = time.perf_counter() - t
    cost: dict[str, float] = defaultdict(float)
    for art, doc in zip(arts, docs):
        found: dict[str, list] = {}

        def code_events() -> None:
            art.events, found["statements"] = events.find_events_and_statements(doc, art.actors, art.quotes, art.date)
            found["coded"] = art.events

        def settle_statements() -> None:
            art.statements = finish_statements(doc, found["statements"], found["coded"], art.events, art.actors)

        marks = [("sentences", lambda: setattr(art, "sentences", [Sentence(s.start_char, s.end_char) for s in sentences(doc)])),
                 ("actors", lambda: setattr(art, "actors", actors.find_actors(doc, art))),
                 ("quotes", lambda: setattr(art, "quotes", quotes.find_quotes(doc, art.actors))),
                 ("events", code_events),
                 ("classifier", lambda: setattr(art, "events", reweigh_events(doc, art.events))),
                 ("arguments", lambda: add_argument_spans(doc, art.events)),
                 ("tagger", lambda: refine_arguments(doc, art.events)),
                 ("parties", lambda: fill_parties(doc, art.events, art.actors)),
                 ("statements", settle_statements),
                 ("figures", lambda: setattr(art, "figures", figures.find_figures(doc, art.actors, art.events))),
                 ("tone", lambda: tone.score_tone(art.text, art.sentences)),
                 ("trust", lambda: score_trust(doc, art))]
        for name, fn in marks:
            t = time.perf_counter()
            fn()
            cost[name] += time.perf_counter() - t
    # the stages above must be the pipeline's: the records must be annotate_doc's
    for art, doc in list(zip(arts, docs))[:20]:
        whole = annotate_doc(Article(id=art.id, text=art.text, date=art.date), doc)
        for kind in ("events", "statements"):
            def plain(records: list) -> list[dict]:  # (annotate_doc also numbers them)
                return [{**to_dict(e), "id": ""} for e in records]

            if plain(getattr(whole, kind)) != plain(getattr(art, kind)):
                raise SystemExit(f"benchmarks/stages.py no longer follows pipeline.annotate_doc ({kind} differ)")
    words = sum(len(a.text.split()) for a in arts)
    print(f"{len(arts)} articles, {words:,} words; spaCy (with the paragraph component) {spacy_s:.1f} s")
    print(f"  {'reading':<10} {read_s:6.2f} s  {100 * read_s / spacy_s:5.1f}% of spaCy")
    for name, s in cost.items():
        print(f"  {name:<10} {s:6.2f} s  {100 * s / spacy_s:5.1f}% of spaCy")
    total = sum(cost.values()) + read_s
    print(f"  {'all stages':<10} {total:6.2f} s  {100 * total / spacy_s:5.1f}% of spaCy")
    print(json.dumps({k: round(v, 3) for k, v in cost.items()}))


if __name__ == "__main__":
    main()

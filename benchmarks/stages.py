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
    from dyads.ingest import read_inputs
    from dyads.model import Sentence
    from dyads.nlp import load_nlp, sentences

    t = time.perf_counter()
    arts = [a for a in read_inputs([str(CORPUS)]) if hasattr(a, "text")][: args.articles]
    read_s = time.perf_counter() - t
    nlp = load_nlp()
    nlp("warm up")
    from dyads.kb import load_kb

    load_kb().matcher()  # one-time build, not per-article cost
    t = time.perf_counter()
    docs = list(nlp.pipe([a.text for a in arts], batch_size=16))
    spacy_s = time.perf_counter() - t
    cost: dict[str, float] = defaultdict(float)
    for art, doc in zip(arts, docs):
        marks = [("sentences", lambda: setattr(art, "sentences", [Sentence(s.start_char, s.end_char) for s in sentences(doc)])),
                 ("actors", lambda: setattr(art, "actors", actors.find_actors(doc, art))),
                 ("quotes", lambda: setattr(art, "quotes", quotes.find_quotes(doc, art.actors))),
                 ("events", lambda: setattr(art, "events", events.find_events(doc, art.actors, art.quotes, art.date))),
                 ("classifier", lambda: setattr(art, "events", reweigh_events(doc, art.events))),
                 ("arguments", lambda: add_argument_spans(doc, art.events)),
                 ("tagger", lambda: refine_arguments(doc, art.events)),
                 ("figures", lambda: setattr(art, "figures", figures.find_figures(doc, art.actors, art.events))),
                 ("tone", lambda: tone.score_tone(art.text, art.sentences))]
        for name, fn in marks:
            t = time.perf_counter()
            fn()
            cost[name] += time.perf_counter() - t
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

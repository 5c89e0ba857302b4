"""Train the bundled argument tagger (``src/dyads/data/arguments_tagger.npz``) on the CAMEO actor gold.

Each gold sentence is parsed and annotated by the rules (with the bundled sentence classifier and
no tagger); the main event's sentence, with the rules' phrases as features, is one training
example. The honest figure is the cross-validated one, which retrains the tagger per fold:

    .venv/bin/python scripts/train_arguments.py                  # train on all and write the artefact
    .venv/bin/dyads eval --actor-spans ../shared/gold/cameo_actors_train.txt --cv 5 \\
        --train ../shared/gold/cameo_quad_train.tsv               # the cross-validated score
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from dyads.argument_tagger import ARTEFACT_PATH, train_tagger, training_example, use_tagger
from dyads.evaluate import read_actor_spans
from dyads.model import Article, article_id
from dyads.nlp import load_nlp
from dyads.pipeline import annotate_doc

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold" / "cameo_actors_train.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=GOLD, help="CoNLL S/T/R file (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=ARTEFACT_PATH, help="artefact path (default: %(default)s)")
    parser.add_argument("--epochs", type=int, default=5, help="perceptron epochs (5: best CV on the even half)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    if not args.gold.exists():
        raise SystemExit(f"{args.gold}: not found (the CAMEO actor gold lives in ../shared/gold)")

    t0 = time.perf_counter()
    rows = read_actor_spans(args.gold)
    texts = [r.text for r in rows]
    docs = list(load_nlp().pipe(texts, batch_size=64))
    examples = []
    with use_tagger(None):  # the rules' phrases are the features
        for row, doc in zip(rows, docs):
            article = annotate_doc(Article(id=article_id(row.text), text=row.text), doc)
            example = training_example(doc, article.events, row.spans)
            if example is not None:
                examples.append(example)
    tagger = train_tagger(examples, epochs=args.epochs, seed=args.seed, texts=texts)
    tagger.save(args.out)
    size = args.out.stat().st_size / 1e6
    print(f"{len(examples)} examples from {len(rows)} sentences; {len(tagger.features)} features; "
          f"wrote {args.out} ({size:.1f} MB) in {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()

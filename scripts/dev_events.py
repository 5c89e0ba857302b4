"""Quick development numbers for the events stage (the official figures come from ``dyads eval``).

Usage:
  .venv/bin/python scripts/dev_events.py gsr      # PLOVER gold: type accuracy, country-level F1 (even/odd ids)
  .venv/bin/python scripts/dev_events.py penta    # PentaClass of the main event on cameo_quad_train.tsv
  .venv/bin/python scripts/dev_events.py seed     # print the events of the seed article
  .venv/bin/python scripts/dev_events.py errors   # gsr errors on the development half (even ids)
  .venv/bin/python scripts/dev_events.py speed    # events stage time vs spaCy time on the Wikinews corpus

Development happens on the even-numbered gold rows; the odd rows are the report half.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from dyads.evaluate import normalise_country
from dyads.events import find_events, main_event, penta_of_event
from dyads.model import Actor, Article, article_id
from dyads.nlp import load_nlp

SHARED = Path(__file__).resolve().parents[2] / "shared"


_STANDIN: dict[str, str] = {}


def _standin_actors(doc) -> list[Actor]:
    """Country mentions by name only: used while the real actors stage is a placeholder."""
    if not _STANDIN:
        from importlib import resources

        text = resources.files("dyads").joinpath("data", "countries.tsv").read_text()
        for line in text.splitlines():
            if line.startswith("#") or line.startswith("iso3"):
                continue
            cols = line.split("\t")
            for col in cols[1:]:
                for name in col.split("|"):
                    if name:
                        _STANDIN[name] = cols[0]
    from dyads.nlp import sentence_of_token

    out = []
    taken: set[int] = set()
    for ent in doc.ents:
        name = ent.text[4:] if ent.text.startswith("the ") else ent.text
        code = _STANDIN.get(name) or _STANDIN.get(name.rstrip("'s"))
        if code:
            out.append(Actor(ent.start_char, ent.end_char, ent.text, country=code, kind="country",
                             sentence=sentence_of_token(doc, ent.start)))
            taken.update(range(ent.start, ent.end))
    for tok in doc:
        if tok.i not in taken and tok.text in _STANDIN and tok.text[0].isupper():
            out.append(Actor(tok.idx, tok.idx + len(tok.text), tok.text, country=_STANDIN[tok.text],
                             sentence=sentence_of_token(doc, tok.i)))
    return sorted(out, key=lambda a: a.start)


def _actors(doc, text: str) -> list[Actor]:
    from dyads import actors as actors_stage

    article = Article(id=article_id(text), text=text)
    found = actors_stage.find_actors(doc, article)
    if not found and "placeholder" in (actors_stage.__doc__ or ""):
        return _standin_actors(doc)
    return found


def _parse(texts: list[str]):
    nlp = load_nlp()
    return list(nlp.pipe(texts, batch_size=64))


def _reweigh(doc, events):
    """What the pipeline does after the events stage: the sentence classifier's drop/promote step."""
    from dyads.event_confidence import reweigh_events
    from dyads.pipeline import REWEIGH

    return reweigh_events(doc, events) if REWEIGH else events


def _countries(items) -> set[str]:
    out = set()
    for a in items if isinstance(items, list) else []:
        code = a.get("code") if isinstance(a, dict) else a.country
        if code:
            out.add(normalise_country(code))
    return out


def gsr(show_errors: bool = False) -> None:
    rows = [json.loads(line) for line in open(SHARED / "gold" / "plover_gsr.jsonl")]
    docs = _parse([r["text"] for r in rows])
    stats = {h: Counter() for h in ("dev(even)", "report(odd)")}
    for n, (row, doc) in enumerate(zip(rows, docs)):
        half = "dev(even)" if n % 2 == 0 else "report(odd)"
        st = stats[half]
        actors = _actors(doc, row["text"])
        events = _reweigh(doc, find_events(doc, actors, [], "2019-01-01"))
        ev = main_event(events)
        st["n"] += 1
        st["type_ok"] += bool(ev and ev.type == row["event"])
        gs, gt = _countries(row["source"]), _countries(row["target"])
        gold = {(s, row["event"], t) for s in gs or {None} for t in gt or {None}}
        pred = set()
        if ev:
            ps, pt = _countries(ev.source), _countries(ev.target)
            pred = {(s, ev.type, t) for s in ps or {None} for t in pt or {None}}
            st["src_tp"] += len(ps & gs)
            st["src_p"] += len(ps)
            st["tgt_tp"] += len(pt & gt)
            st["tgt_p"] += len(pt)
        st["src_g"] += len(gs)
        st["tgt_g"] += len(gt)
        st["tp"] += len(pred & gold)
        st["pred"] += len(pred)
        st["gold"] += len(gold)
        if show_errors and half == "dev(even)" and (not ev or ev.type != row["event"] or pred != gold):
            got = f"{ev.type} {ev.trigger!r} S={sorted(_countries(ev.source), key=str)} T={sorted(_countries(ev.target), key=str)}" if ev else "-"
            print(f"{row['event']:9} S={sorted(gs)} T={sorted(gt)} | got {got} | actors={[(a.text, a.country) for a in actors]}")
            print("    ", row["markup"][:260])
    for half, st in stats.items():
        def f1(tp, p, g):
            return 0.0 if not tp else 2 * tp / (p + g)
        print(
            f"{half}: n={st['n']} type_acc={st['type_ok'] / st['n']:.3f} "
            f"triple_F1={f1(st['tp'], st['pred'], st['gold']):.3f} "
            f"source_F1={f1(st['src_tp'], st['src_p'], st['src_g']):.3f} "
            f"target_F1={f1(st['tgt_tp'], st['tgt_p'], st['tgt_g']):.3f}"
        )


def penta() -> None:
    lines = [line.rstrip("\n").split("\t") for line in open(SHARED / "gold" / "cameo_quad_train.tsv")]
    lines = [(t, int(y)) for t, y in lines if t]
    docs = _parse([t for t, _ in lines])
    ok = 0
    confusion = Counter()
    for (text, label), doc in zip(lines, docs):
        events = _reweigh(doc, find_events(doc, _actors(doc, text), [], "2019-01-01"))
        pred = penta_of_event(main_event(events))
        ok += pred == label
        confusion[(label, pred)] += 1
    print(f"pentaclass accuracy={ok / len(lines):.3f} n={len(lines)}")
    print("gold\\pred " + " ".join(f"{p:5}" for p in range(5)))
    for g in range(5):
        print(f"{g:9} " + " ".join(f"{confusion[(g, p)]:5}" for p in range(5)))


def seed() -> None:
    from dyads.ingest import read_inputs
    from dyads.pipeline import annotate

    items = read_inputs([str(SHARED / "seed" / "000_e92bd4434ac71c8f.md")])
    for art in items:
        if not isinstance(art, Article):
            continue
        art = annotate(art)
        if not art.actors:  # actors stage still a placeholder: stand-in actors
            doc = load_nlp()(art.text)
            art.actors = _standin_actors(doc)
            art.events = find_events(doc, art.actors, art.quotes, art.date)
        print(art.date, len(art.actors), "actors")
        for e in art.events:
            src = ",".join(f"{a.text}[{a.code or a.country}]" for a in e.source)
            tgt = ",".join(f"{a.text}[{a.code or a.country}]" for a in e.target)
            flags = "".join(c for c, f in (("N", e.negated), ("F", e.future), ("H", e.hypothetical)) if f)
            rep = f" said by {e.reported_by.text}" if e.reported_by else ""
            print(f"s{e.sentence:<3} {src} -> {e.type}/{e.cameo} -> {tgt}  {e.trigger!r} {e.date} {flags}{rep} {e.confidence}")


def speed() -> None:
    import time

    from dyads import quotes as quotes_stage

    rows = [json.loads(line) for line in open(SHARED / "corpora" / "wikinews_2019.jsonl")]
    nlp = load_nlp()
    t0 = time.perf_counter()
    docs = list(nlp.pipe([r["text"] for r in rows], batch_size=16))
    t_spacy = time.perf_counter() - t0
    actors = [_actors(d, r["text"]) for d, r in zip(docs, rows)]
    quotes = [quotes_stage.find_quotes(d, a) for d, a in zip(docs, actors)]
    from dyads.arguments import add_argument_spans

    t0 = time.perf_counter()
    found = [find_events(d, a, q, r.get("date")) for d, a, q, r in zip(docs, actors, quotes, rows)]
    t_events = time.perf_counter() - t0
    t0 = time.perf_counter()
    for d, evs in zip(docs, found):
        add_argument_spans(d, evs)
    t_args = time.perf_counter() - t0
    n = sum(len(evs) for evs in found)
    print(f"{len(rows)} articles: spaCy {t_spacy:.2f}s, events {t_events:.2f}s "
          f"({100 * t_events / t_spacy:.1f}% of spaCy), arguments {t_args:.2f}s "
          f"({100 * t_args / t_spacy:.1f}%), {n} events")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "gsr"
    if not SHARED.exists():
        sys.exit(f"shared data not found at {SHARED}: nothing to measure")
    {"gsr": gsr, "errors": lambda: gsr(True), "penta": penta, "seed": seed, "speed": speed}[cmd]()

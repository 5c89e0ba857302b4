"""Scores the quotes stage against a labelled set: detection P/R/F1 and speaker accuracy.

How the labels were made (what counts as a quote, spans, speakers) is written down in
``tests/resources/quotes_gold.md``. The development set (``tests/resources/quotes_gold.jsonl``:
the user's example and the samples) is what the stage was built on; the held-out set
(``tests/resources/quotes_heldout/gold.jsonl``) was labelled before the stage first saw it.
Figures are reported per set (seed, samples, held-out) as well as in total.

Each labelled set has one quote a line: ``source`` (a file
under the repository, or ``shared:…`` for a file under ``../shared``), ``line`` (for JSON Lines
inputs), the exact quoted ``text``, ``direct`` and ``speaker`` (accepted names; a prediction's
speaker is right when one of them occurs in its name or text). A predicted quote matches a gold
one when their spans overlap by at least half of EACH span, so a reported clause that swallows
the next sentence does not count. Sources that are absent (no ``../shared``) are skipped and
reported, never guessed.

Run it: ``python -m dyads.evaluate_quotes [GOLD ...] [--heldout | --all] [--json]`` (no argument:
the development set; ``--heldout``: the held-out set; ``--all``: both).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import Article, Quote

__all__ = ["GoldQuote", "load_gold", "score_article", "score_quotes", "set_of", "DEFAULT_GOLD", "HELDOUT_GOLD"]

REPO = Path(__file__).resolve().parents[2]
DEFAULT_GOLD = REPO / "tests" / "resources" / "quotes_gold.jsonl"
HELDOUT_GOLD = REPO / "tests" / "resources" / "quotes_heldout" / "gold.jsonl"
_COUNTS = ("tp", "fp", "fn", "speaker_hits")


@dataclass(slots=True)
class GoldQuote:
    source: str
    line: int | None
    text: str
    direct: bool
    speaker: list[str] = field(default_factory=list)


def load_gold(path: str | Path = DEFAULT_GOLD) -> list[GoldQuote]:
    """The labelled quotes, in file order."""
    out = []
    for n, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ValueError(f"cannot read {str(path)!r} line {n}: not JSON ({exc.msg})") from None
        out.append(GoldQuote(obj["source"], obj.get("line"), obj["text"], bool(obj["direct"]), list(obj["speaker"])))
    return out


def set_of(source: str) -> str:
    """Which set a labelled source belongs to: the user's example, the samples, or held out."""
    if source.startswith("shared:seed/"):
        return "seed"
    if "quotes_heldout/" in source:
        return "heldout"
    if "samples/" in source:
        return "samples"
    return "other"


def _rates(c: dict[str, int]) -> dict[str, float | int]:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "quotes": tp + fn, "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
        "speaker_accuracy": round(c["speaker_hits"] / tp, 3) if tp else 0.0, **c,
    }


def _resolve(source: str, repo: Path, shared: Path) -> Path:
    if source.startswith("shared:"):
        return shared / source.removeprefix("shared:")
    return repo / source


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= 0.5 * (a[1] - a[0]) and inter >= 0.5 * (b[1] - b[0])


def speaker_ok(quote: Quote, names: list[str]) -> bool:
    """Whether the predicted speaker is one of the accepted names."""
    sp = quote.speaker
    if sp is None:
        return False
    hay = f"{sp.name or ''} {sp.text}".lower()
    return any(name.lower() in hay for name in names)


def score_article(article: Article, gold: list[GoldQuote]) -> dict[str, Any]:
    """Counts for one annotated article: tp, fp, fn, speaker hits, misses and stale labels."""
    spans = []
    stale = []
    for g in gold:
        start = article.text.find(g.text)
        if start < 0:
            stale.append(g.text)
        else:
            spans.append((g, (start, start + len(g.text))))
    used: set[int] = set()
    tp = spk = 0
    missed, wrong_speaker = [], []
    for g, span in spans:
        hit = next(
            (i for i, q in enumerate(article.quotes) if i not in used and _overlap(span, (q.start, q.end))),
            None,
        )
        if hit is None:
            missed.append(g.text)
            continue
        used.add(hit)
        tp += 1
        if speaker_ok(article.quotes[hit], g.speaker):
            spk += 1
        else:
            sp = article.quotes[hit].speaker
            wrong_speaker.append((g.text, g.speaker, sp.name or sp.text if sp else None))
    extra = [q.text for i, q in enumerate(article.quotes) if i not in used]
    return {"tp": tp, "fp": len(extra), "fn": len(missed), "speaker_hits": spk, "missed": missed,
            "extra": extra, "wrong_speaker": wrong_speaker, "stale": stale}


def score_quotes(
    gold_path: str | Path | list[str | Path] = DEFAULT_GOLD, repo: Path = REPO, shared: Path | None = None
) -> dict[str, Any]:
    """Run the pipeline over every labelled source and score quote detection and speakers,
    in total and per set (``sets``: seed, samples, heldout)."""
    from .ingest import read_inputs
    from .pipeline import annotate

    shared = shared or repo.parent / "shared"
    paths = gold_path if isinstance(gold_path, list) else [gold_path]
    by_source: dict[tuple[str, int | None], list[GoldQuote]] = defaultdict(list)
    for path in paths:
        for g in load_gold(path):
            by_source[(g.source, g.line)].append(g)
    totals = dict.fromkeys(_COUNTS, 0)
    per_set: dict[str, dict[str, int]] = {}
    skipped, details = [], []
    cache: dict[str, list[Article]] = {}
    for (source, line), gold in by_source.items():
        path = _resolve(source, repo, shared)
        if not path.exists():
            skipped.append(source)
            continue
        if str(path) not in cache:
            cache[str(path)] = [a for a in read_inputs([str(path)]) if isinstance(a, Article)]
        arts = [a for a in cache[str(path)] if line is None or a.source_line == line]
        if not arts:
            skipped.append(f"{source}:{line}")
            continue
        result = score_article(annotate(arts[0]), gold)
        bucket = per_set.setdefault(set_of(source), dict.fromkeys(_COUNTS, 0))
        for key in _COUNTS:
            totals[key] += result[key]
            bucket[key] += result[key]
        details.append({"source": source, "line": line, **result})
    return {**_rates(totals), "sets": {name: _rates(c) for name, c in per_set.items()},
            "skipped": skipped, "details": details}


def _line(name: str, r: dict[str, Any]) -> str:
    return (f"{name:<8} quotes {r['quotes']:>3}  P {r['precision']:.3f}  R {r['recall']:.3f}  "
            f"F1 {r['f1']:.3f}  speaker accuracy {r['speaker_accuracy']:.3f}")


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in args
    paths: list[str | Path] = [a for a in args if not a.startswith("--")]
    if "--heldout" in args or "--all" in args:
        paths += [DEFAULT_GOLD, HELDOUT_GOLD] if "--all" in args else [HELDOUT_GOLD]
    result = score_quotes(paths or [DEFAULT_GOLD])
    if as_json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    for name in ("seed", "samples", "heldout", "other"):
        if name in result["sets"]:
            print(_line(name, result["sets"][name]))
    print(_line("total", result))
    for d in result["details"]:
        for text in d["missed"]:
            print(f"  missed  {d['source']}: {text[:80]}")
        for text in d["extra"]:
            print(f"  extra   {d['source']}: {text[:80]}")
        for text, want, got in d["wrong_speaker"]:
            print(f"  speaker {d['source']}: {text[:50]!r} want {want} got {got!r}")
        for text in d["stale"]:
            print(f"  stale   {d['source']}: label not found in text: {text[:60]}")
    if result["skipped"]:
        print(f"  skipped (absent): {', '.join(result['skipped'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

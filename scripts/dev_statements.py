"""Score CAMEO 01 statements on a probe file (default tests/data/statement_probes.jsonl).

Why: the S/T/R gold only scores a statement where a sentence has no event, and only its
phrases; this checks the statements themselves on sentences we wrote and labelled by CAMEO's
definitions: was a statement found (code root 01), with the right 01x code, with the right
source and target states, and is none made on the rows labelled null.

Each line: {"id", "text", "cameo" (01x or null), "source" (state/IGO code or null), "target"}.
The statement scored on a row is the one with the gold code, else the sentence's first one.
Source/target are right when the set of three-letter prefixes of the statement's actors holds
the gold code (null: the statement has none). ``--errors`` prints the rows that miss anything.

    python scripts/dev_statements.py [FILE] [--errors]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dyads.model import Article, Event
from dyads.nlp import load_nlp
from dyads.pipeline import annotate_doc

_DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "statement_probes.jsonl"


def _states(actors) -> set[str]:
    """Three-letter prefixes of the actors' codes (the state or the non-state kind)."""
    return {(a.code or "")[:3] for a in actors if a.code}


def _party_right(actors, gold: str | None) -> bool:
    """Whether the actors name the gold state (or, for null, nobody with a code)."""
    states = _states(actors)
    return not states if gold is None else gold[:3] in states


def _chosen(statements: list[Event], code: str | None) -> Event | None:
    """The statement compared with the gold row: the one with the gold code, else the first."""
    return next((s for s in statements if s.cameo == code), statements[0] if statements else None)


def score(rows: list[dict], nlp, errors: bool = False) -> dict[str, float]:
    """Counts and rates over the rows (see the module docstring)."""
    n_st = found = code = src = tgt = full = 0
    n_null = false = 0
    for row in rows:
        text = row["text"]
        art = annotate_doc(Article(id=row["id"], text=text, date="2022-05-10"), nlp(text))
        got = [(s.cameo, sorted(_states(s.source)), sorted(_states(s.target)), s.trigger) for s in art.statements]
        if row["cameo"] is None:
            n_null += 1
            false += bool(art.statements)
            if errors and art.statements:
                print(f"FALSE {row['id']}: {text}\n      got {got}")
            continue
        n_st += 1
        st = _chosen(art.statements, row["cameo"])
        ok_code = st is not None and st.cameo == row["cameo"]
        ok_s = st is not None and _party_right(st.source, row["source"])
        ok_t = st is not None and _party_right(st.target, row["target"])
        found += st is not None
        code += ok_code
        src += ok_s
        tgt += ok_t
        full += ok_code and ok_s and ok_t
        if errors and not (ok_code and ok_s and ok_t):
            print(f"MISS  {row['id']} {row['cameo']} S={row['source']} T={row['target']}: {text}\n      got {got}"
                  f" events={[(e.type, e.cameo) for e in art.events]}")
    out = {"statement rows": n_st, "found (root 01)": found / n_st, "code right": code / n_st,
           "source right": src / n_st, "target right": tgt / n_st, "code+S+T right": full / n_st,
           "null rows": n_null, "false statements": false}
    return out


def main(argv: list[str]) -> None:
    """Print the figures for the probe file given (or the default one)."""
    errors = "--errors" in argv
    paths = [a for a in argv if not a.startswith("--")]
    path = Path(paths[0]) if paths else _DEFAULT
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    for key, value in score(rows, load_nlp(), errors).items():
        print(f"{key:20s} {value:.3f}" if isinstance(value, float) else f"{key:20s} {value}")


if __name__ == "__main__":
    main(sys.argv[1:])

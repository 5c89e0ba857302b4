"""One real-world event, many reports: merge event mentions across articles, incrementally.

Two mentions are the same event when they have the same type, actors and negation, fall within
``window_days`` of each other, do not contradict each other (mode, context, numbers) and are
worded alike (token Jaccard of their sentences, or the same trigger stem). New mentions are
matched against the merged events already stored, so the counts grow as articles arrive, like
GDELT's NumMentions/NumSources/NumArticles. The rule and its measured accuracy are in
docs/analysis.md.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Iterable

import duckdb

__all__ = [
    "MERGE_DDL",
    "MergeStats",
    "Mention",
    "content_words",
    "ensure_merge_tables",
    "evaluate_merge_pairs",
    "merge_events",
    "same_event",
    "similarity",
    "stem",
]

MERGE_DDL = """
CREATE TABLE IF NOT EXISTS merged_events (
    merged_id      VARCHAR PRIMARY KEY,
    type           VARCHAR,
    mode           VARCHAR,
    negated        BOOLEAN,
    source_code    VARCHAR,
    target_code    VARCHAR,
    source_codes   VARCHAR[],
    target_codes   VARCHAR[],
    source_countries VARCHAR[],
    target_countries VARCHAR[],
    first_date     DATE,
    last_date      DATE,
    num_mentions   INTEGER,
    num_sources    INTEGER,
    num_articles   INTEGER,
    quad_class     TINYINT,
    cameo          VARCHAR,
    goldstein      DOUBLE,
    plover_score   DOUBLE,
    trigger        VARCHAR,
    first_event_id VARCHAR,
    updated_at     TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS event_mentions (
    merged_id  VARCHAR,
    event_id   VARCHAR PRIMARY KEY,
    article_id VARCHAR,
    sentence   INTEGER,
    start      INTEGER,
    "end"      INTEGER,
    date       DATE,
    similarity DOUBLE,
    words      VARCHAR[]
);
"""

_WORD = re.compile(r"[a-z]+|\d+(?:[.,]\d+)*")
_SUFFIXES = (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def _stopwords() -> frozenset[str]:
    text = resources.files("dyads").joinpath("data/merge_stopwords.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


STOPWORDS = _stopwords()


def stem(word: str) -> str:
    """A crude suffix strip: enough to match 'sanctions'/'sanctioned', cheap enough per token."""
    word = word.lower()
    if word.endswith("'s") or word.endswith("\u2019s"):
        word = word[:-2]
    for suffix, repl in _SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)] + repl
    return word


def content_words(text: str | None) -> list[str]:
    """Stemmed content words and normalised numbers ('$52 million' -> '#52000000')."""
    if not text:
        return []
    out: list[str] = []
    tokens = _WORD.findall(text.lower().replace("\u2019", "'"))
    for i, tok in enumerate(tokens):
        if tok[0].isdigit():
            try:
                value = float(tok.replace(",", ""))
            except ValueError:
                continue
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            value *= _SCALE.get(nxt, 1.0)
            out.append(f"#{value:g}")
        elif len(tok) > 2 and tok not in STOPWORDS and tok not in _SCALE:
            out.append(stem(tok))
    return sorted(set(out))


def _numbers(words: Iterable[str]) -> list[float]:
    # years are dates, not figures: two reports of one event may date it differently
    return [v for w in words if w.startswith("#") and not (1900 <= (v := float(w[1:])) <= 2100)]


def similarity(a: Iterable[str], b: Iterable[str]) -> float:
    """Jaccard overlap of two content-word sets (numbers excluded: they are checked apart)."""
    sa = {w for w in a if not w.startswith("#")}
    sb = {w for w in b if not w.startswith("#")}
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


@dataclass(slots=True)
class Mention:
    """What the merge rule needs to know about one event mention."""

    event_id: str
    key: str  # type | negated | source codes | target codes
    date: Any
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    trigger: str | None = None
    words: list[str] = field(default_factory=list)


def _numbers_conflict(a: list[float], b: list[float]) -> bool:
    if not a or not b:
        return False
    return not any(abs(x - y) <= 0.1 * max(abs(x), abs(y)) for x in a for y in b)


def _compatible(a: Mention, b: Mention, window_days: int) -> bool:
    """Hard rules: cheap and rarely wrong, so they veto whatever the wording says."""
    if a.key != b.key or abs((a.date - b.date).days) > window_days:
        return False
    if a.mode and b.mode and a.mode != b.mode:
        return False
    if a.context and b.context and not set(a.context) & set(b.context):
        return False
    return not _numbers_conflict(_numbers(a.words), _numbers(b.words))


def _wording(a: Mention, b: Mention, threshold: float) -> float | None:
    sim = similarity(a.words, b.words)
    if sim >= threshold:
        return sim
    if a.trigger and b.trigger and stem(a.trigger.split()[-1]) == stem(b.trigger.split()[-1]):
        return threshold
    return None


def same_event(a: Mention, b: Mention, *, window_days: int = 3, threshold: float = 0.1) -> float | None:
    """The wording similarity if ``a`` and ``b`` report one event, else None."""
    if not _compatible(a, b, window_days):
        return None
    return _wording(a, b, threshold)


@dataclass(slots=True)
class MergeStats:
    """What one merge run did, and what the store now holds."""

    new_mentions: int = 0
    new_merged: int = 0
    joined_existing: int = 0  # new mentions added to merged events from earlier runs
    merged_events: int = 0
    mentions: int = 0
    window_days: int = 3

    def to_dict(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in self.__slots__}


def ensure_merge_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create ``merged_events`` and ``event_mentions`` when the store does not have them yet."""
    con.execute(MERGE_DDL)


_KEY_SQL = """e.type || '|' || coalesce(e.negated, false)::VARCHAR
    || '|' || array_to_string(list_sort(list_distinct(coalesce(e.source_codes, []))), '+')
    || '|' || array_to_string(list_sort(list_distinct(coalesce(e.target_codes, []))), '+')"""


@dataclass(slots=True)
class _Cluster:
    merged_id: str
    first: Any
    last: Any
    mentions: list[Mention]
    existing: bool


_COMPARE = 50  # mentions of a merged event a new mention is compared with (the latest)


def _best(candidates: list[_Cluster], m: Mention, window_days: int, threshold: float):
    """The merged event ``m`` fits best: in the window, compatible with its (latest) mentions,
    and worded like one of them."""
    best, best_sim = None, -1.0
    for cluster in candidates:
        if abs((m.date - cluster.first).days) > window_days or abs((m.date - cluster.last).days) > window_days:
            continue
        recent = cluster.mentions[-_COMPARE:]
        if not all(_compatible(m, other, window_days) for other in recent):
            continue
        sims = [s for other in recent if (s := _wording(m, other, threshold)) is not None]
        if sims and max(sims) > best_sim:
            best, best_sim = cluster, max(sims)
    return best, best_sim


def merge_events(
    con: duckdb.DuckDBPyConnection,
    *,
    window_days: int = 3,
    threshold: float = 0.1,
    rebuild: bool = False,
    batch_size: int = 100_000,
) -> MergeStats:
    """Merge every event not merged yet into ``merged_events``; returns what changed.

    Safe to run after each ingest: mentions already merged are left alone, and merged events
    that gain mentions have their counts recomputed from ``event_mentions``. Events are read in
    date order, ``batch_size`` at a time, so memory stays flat on a large store.
    """
    ensure_merge_tables(con)
    if rebuild:
        con.execute("DELETE FROM event_mentions; DELETE FROM merged_events;")
    stats = MergeStats(window_days=window_days)
    while True:
        rows = con.execute(
            f"""
            SELECT e.id, {_KEY_SQL} AS key, e.date, e.mode, e.context, e.trigger, e.article_id,
                   e.sentence, e.start, e."end",
                   coalesce(substr(a.text, s.start + 1, s."end" - s.start),
                            substr(a.text, greatest(e.start - 150, 0) + 1, 300)) AS sentence_text
            FROM events e
            LEFT JOIN articles a ON a.id = e.article_id
            LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence
            WHERE e.date IS NOT NULL AND e.type IS NOT NULL
              AND e.id NOT IN (SELECT event_id FROM event_mentions)
            ORDER BY e.date, e.id
            LIMIT {int(batch_size)}
            """
        ).fetchall()
        if not rows:
            break
        _merge_batch(con, rows, stats, window_days, threshold)
        if len(rows) < batch_size:
            break
    stats.merged_events, stats.mentions = con.execute(
        "SELECT (SELECT count(*) FROM merged_events), (SELECT count(*) FROM event_mentions)"
    ).fetchone()
    return stats


def _merge_batch(con, rows: list[tuple], stats: MergeStats, window_days: int, threshold: float) -> None:
    new = [Mention(r[0], r[1], r[2], r[3], list(r[4] or []), r[5], content_words(r[10] or r[5])) for r in rows]
    clusters = _existing_clusters(
        con, {m.key for m in new}, min(m.date for m in new), max(m.date for m in new), window_days
    )
    by_key: dict[str, list[_Cluster]] = {}
    for c in sorted(clusters, key=lambda c: c.first):
        by_key.setdefault(c.mentions[0].key, []).append(c)
    out_rows = []
    touched: dict[str, _Cluster] = {}
    for m, r in zip(new, rows):
        # mentions come in date order: a merged event whose first mention is out of reach is closed
        live = [c for c in by_key.get(m.key, []) if (m.date - c.first).days <= window_days]
        by_key[m.key] = live
        cluster, sim = _best(live, m, window_days, threshold)
        if cluster is None:
            mid = "m" + hashlib.sha1(m.event_id.encode()).hexdigest()[:15]
            cluster = _Cluster(mid, m.date, m.date, [], existing=False)
            live.append(cluster)
            stats.new_merged += 1
            sim = 1.0
        elif cluster.existing:
            stats.joined_existing += 1
        cluster.mentions.append(m)
        cluster.first, cluster.last = min(cluster.first, m.date), max(cluster.last, m.date)
        touched[cluster.merged_id] = cluster
        out_rows.append((cluster.merged_id, m.event_id, r[6], r[7], r[8], r[9], m.date, sim, m.words))
    stats.new_mentions += len(out_rows)
    con.execute(
        "INSERT INTO event_mentions SELECT unnest(?), unnest(?), unnest(?), unnest(?), unnest(?),"
        " unnest(?), unnest(?), unnest(?), unnest(?)",
        [list(c) for c in zip(*out_rows)],
    )
    _refresh(con, list(touched))


def _existing_clusters(con, keys: set[str], lo, hi, window_days: int) -> list[_Cluster]:
    """Merged events that new mentions could join: same key, dates close enough."""
    rows = con.execute(
        f"""
        SELECT m.merged_id, {_KEY_SQL} AS key, e.id, e.date, e.mode, e.context, e.trigger, m.words
        FROM event_mentions m JOIN events e ON e.id = m.event_id
        WHERE m.merged_id IN (
            SELECT merged_id FROM merged_events
            WHERE last_date >= ?::DATE - {int(window_days)} AND first_date <= ?::DATE + {int(window_days)})
          AND {_KEY_SQL} IN (SELECT unnest(?))
        ORDER BY m.merged_id, e.date
        """,
        [lo, hi, sorted(keys)],
    ).fetchall()
    clusters: dict[str, _Cluster] = {}
    for mid, key, eid, date, mode, context, trigger, words in rows:
        m = Mention(eid, key, date, mode, list(context or []), trigger, list(words or []))
        c = clusters.setdefault(mid, _Cluster(mid, date, date, [], existing=True))
        c.mentions.append(m)
        c.first, c.last = min(c.first, date), max(c.last, date)
    return list(clusters.values())


def _refresh(con: duckdb.DuckDBPyConnection, merged_ids: list[str]) -> None:
    """Recompute the counts of the merged events that changed, from their mentions."""
    con.execute("DELETE FROM merged_events WHERE merged_id IN (SELECT unnest(?))", [merged_ids])
    con.execute(
        """
        INSERT INTO merged_events
        SELECT m.merged_id, arg_min(e.type, e.date), arg_min(e.mode, e.date),
               arg_min(coalesce(e.negated, false), e.date),
               arg_min(array_to_string(list_sort(list_distinct(e.source_codes)), '+'), e.date),
               arg_min(array_to_string(list_sort(list_distinct(e.target_codes)), '+'), e.date),
               arg_min(e.source_codes, e.date), arg_min(e.target_codes, e.date),
               arg_min(e.source_countries, e.date), arg_min(e.target_countries, e.date),
               min(e.date), max(e.date), count(*),
               count(DISTINCT coalesce(a.publisher, m.article_id, e.id)),
               count(DISTINCT coalesce(m.article_id, e.id)),
               mode(e.quad_class), mode(e.cameo), avg(e.goldstein), avg(e.plover_score),
               arg_min(e.trigger, e.date), arg_min(e.id, e.date), current_timestamp
        FROM event_mentions m JOIN events e ON e.id = m.event_id
        LEFT JOIN articles a ON a.id = m.article_id
        WHERE m.merged_id IN (SELECT unnest(?))
        GROUP BY m.merged_id
        """,
        [merged_ids],
    )


def evaluate_merge_pairs(
    pairs: Iterable[dict[str, Any]], *, window_days: int = 3, threshold: float = 0.1
) -> dict[str, Any]:
    """Precision and recall of the merge rule on labelled pairs (tests/resources/merge_pairs.jsonl).

    Each pair becomes two articles with one event each, merged exactly as ``dyads merge``
    would; a pair is predicted "same" when both land in one merged event. All pairs share one
    store, each moved 1,000 days after the previous one so that no two pairs can meet.
    """
    import datetime as _dt

    from .synthetic import event, insert_articles, insert_events, open_memory_store

    pairs = list(pairs)
    con = open_memory_store()
    articles, events = [], []
    for k, pair in enumerate(pairs):
        for tag in ("a", "b"):
            side = pair[tag]
            art = f"{pair['id']}-{tag}"
            date = (_dt.date.fromisoformat(side["date"]) + _dt.timedelta(days=1000 * k)).isoformat()
            at = max(side["sentence"].find(side["trigger"]), 0)
            articles.append({"id": art, "text": side["sentence"], "date": date, "publisher": side.get("publisher")})
            events.append(event(
                side["source_codes"], side["target_codes"], side["type"], date, id=f"{art}-e",
                article_id=art, sentence=0, start=at, end=at + len(side["trigger"]), trigger=side["trigger"],
                mode=side.get("mode"), context=side.get("context") or [], negated=bool(side.get("negated")),
            ))
    insert_articles(con, articles)
    insert_events(con, events)
    merge_events(con, window_days=window_days, threshold=threshold)
    merged = dict(con.execute("SELECT event_id, merged_id FROM event_mentions").fetchall())
    con.close()
    tp = fp = fn = tn = 0
    errors: list[str] = []
    for pair in pairs:
        predicted = merged[f"{pair['id']}-a-e"] == merged[f"{pair['id']}-b-e"]
        if predicted and pair["same"]:
            tp += 1
        elif predicted:
            fp += 1
            errors.append(f"{pair['id']}: merged, but different events ({pair.get('kind', '')})")
        elif pair["same"]:
            fn += 1
            errors.append(f"{pair['id']}: kept apart, but one event ({pair.get('kind', '')})")
        else:
            tn += 1
    return {
        "pairs": tp + fp + fn + tn, "tp": tp, "fp": fp, "fn": fn, "tn": tn,
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "errors": errors,
    }

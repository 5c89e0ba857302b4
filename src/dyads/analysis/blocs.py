"""Alignment blocs and polarity: who sides with whom, and how many poles the system has.

The store is reduced in DuckDB to one signed edge per actor pair (cooperation +, conflict -);
everything after that works on an n x n matrix, small even for every country in the world.
Definitions and references are in docs/analysis.md.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

import duckdb
import numpy as np

from ..countries import NON_STATE_CODES
from ..errors import DyadsError
from .filters import Window, check_trust, parse_window, usable_events_sql

__all__ = [
    "WEIGHTS",
    "Alignment",
    "Bloc",
    "BlocReport",
    "Polarity",
    "SignedNetwork",
    "alignment_scores",
    "detect_blocs",
    "find_blocs",
    "polarity",
    "signed_modularity",
    "signed_network",
]

WEIGHTS = ("goldstein", "count")


@dataclass(slots=True)
class SignedNetwork:
    """Actors and their net signed relation in a window.

    ``weights`` is symmetric with a zero diagonal: ``weights[i, j]`` is cooperation minus
    conflict between ``nodes[i]`` and ``nodes[j]``, both directions summed.
    """

    nodes: list[str]
    weights: np.ndarray
    cooperation: np.ndarray  # summed + values before netting
    conflict: np.ndarray  # summed |-| values before netting
    events: np.ndarray  # events per node
    pair_events: np.ndarray  # events per pair
    window: Window = field(default_factory=Window)
    sectors: bool = False
    weight: str = "goldstein"

    def index(self, node: str) -> int:
        try:
            return self.nodes.index(node)
        except ValueError:
            raise DyadsError(f"actor {node!r} is not in the network for {self.window}") from None


def _value_sql(weight: str) -> str:
    sign = "CASE WHEN quad_class <= 2 THEN 1.0 ELSE -1.0 END"
    if weight == "count":
        return sign
    if weight == "goldstein":
        return f"{sign} * coalesce(abs(goldstein), abs(plover_score), 1.0)"
    raise DyadsError(f"unknown edge weight {weight!r}: choose one of {', '.join(WEIGHTS)}")


def _node_list_sql(side: str, *, sectors: bool = False, bare_state: str | None = "GOV") -> str:
    """The distinct nodes on one side of an event (list_distinct only where it matters: it is slow).

    With sectors, a state named without a sector ("Russia supports ...") is read as its
    ``bare_state`` sector (the government: a state acts through it), so "Russia" and "the
    Kremlin" are one node; non-state codes (IGO, EUR, ...) and ``bare_state=None`` keep the code.
    """
    if not sectors:
        col = f"{side}_countries"
        return f"CASE WHEN len({col}) <= 1 THEN {col} ELSE list_distinct({col}) END"
    codes, countries, secs = f"{side}_codes", f"{side}_countries", f"{side}_sectors"
    non_state = ", ".join(f"'{c}'" for c in sorted(NON_STATE_CODES))

    def node(i: str) -> str:
        bare = f"{countries}[{i}]"
        if bare_state:
            bare = f"CASE WHEN {countries}[{i}] IN ({non_state}) THEN {countries}[{i}] ELSE {countries}[{i}] || '{bare_state}' END"
        return (
            f"CASE WHEN coalesce({secs}[{i}], '') = '' THEN {bare} "
            f"ELSE coalesce({codes}[{i}], {countries}[{i}] || {secs}[{i}]) END"
        )

    return (
        f"CASE WHEN len({countries}) = 1 THEN [{node('1')}] ELSE list_distinct("
        f"list_transform(generate_series(1, len({countries})), lambda i: {node('i')})) END"
    )


def signed_network(
    con: duckdb.DuckDBPyConnection,
    *,
    since: str | _dt.date | None = None,
    until: str | _dt.date | None = None,
    sectors: bool = False,
    weight: str = "goldstein",
    min_events: int = 1,
    include_uncertain: bool = False,
    bare_state: str | None = "GOV",
    min_trust: float | None = None,
) -> SignedNetwork:
    """Aggregate events into signed pair weights (one GROUP BY in DuckDB).

    Nodes are countries, or country+sector codes with ``sectors`` (a state named without a
    sector counts as ``bare_state``, its government, unless that is None); an event with
    several sources or targets adds to every source x target pair once; self-pairs are dropped.
    """
    window = parse_window(since, until)
    value = _value_sql(weight)
    src = _node_list_sql("source", sectors=sectors, bare_state=bare_state)
    tgt = _node_list_sql("target", sectors=sectors, bare_state=bare_state)
    check_trust(con, min_trust)
    where = f"{window.sql()} AND {usable_events_sql(include_uncertain, min_trust)} AND len(target_countries) > 0"
    # grouped by directed pair (cheaper than normalising strings in SQL); folded in numpy below
    rows = con.execute(
        f"""
        WITH ev AS (
            SELECT {value} AS v, {src} AS s, {tgt} AS t FROM events WHERE {where}
        ), pairs AS (
            SELECT v, sn, tn FROM (SELECT v, sn, unnest(t) AS tn FROM (SELECT v, t, unnest(s) AS sn FROM ev))
            WHERE sn <> tn
        )
        SELECT sn, tn, sum(greatest(v, 0)), sum(greatest(-v, 0)), count(*)
        FROM pairs GROUP BY sn, tn
        """
    ).fetchall()
    names = sorted({r[0] for r in rows} | {r[1] for r in rows})
    pos = {name: i for i, name in enumerate(names)}
    n = len(names)
    ii = np.array([pos[r[0]] for r in rows], dtype=np.int64)
    jj = np.array([pos[r[1]] for r in rows], dtype=np.int64)
    coop, conf = np.zeros((n, n)), np.zeros((n, n))
    pair_events = np.zeros((n, n), dtype=np.int64)
    for target, col in ((coop, 2), (conf, 3), (pair_events, 4)):
        vals = np.array([r[col] for r in rows], dtype=target.dtype)
        np.add.at(target, (ii, jj), vals)
        np.add.at(target, (jj, ii), vals)
    events = pair_events.sum(1)
    keep = np.flatnonzero(events >= min_events)
    if len(keep) < n:
        names = [names[i] for i in keep]
        sub = np.ix_(keep, keep)
        coop, conf, pair_events, events = coop[sub], conf[sub], pair_events[sub], events[keep]
    return SignedNetwork(
        names, coop - conf, coop, conf, events, pair_events, window, sectors, weight
    )


def signed_modularity(weights: np.ndarray, membership: np.ndarray) -> float:
    """Gómez, Jensen & Arenas (2009) modularity of a partition of a signed network."""
    wp, wn = np.clip(weights, 0, None), np.clip(-weights, 0, None)
    total = wp.sum() + wn.sum()
    if total == 0:
        return 0.0
    return float((_modularity_matrix(weights) * (membership[:, None] == membership[None, :])).sum() / total)


def _modularity_matrix(weights: np.ndarray) -> np.ndarray:
    wp, wn = np.clip(weights, 0, None), np.clip(-weights, 0, None)
    kp, kn = wp.sum(1), wn.sum(1)
    null = np.zeros_like(weights)
    if kp.sum() > 0:
        null += np.outer(kp, kp) / kp.sum()
    if kn.sum() > 0:
        null -= np.outer(kn, kn) / kn.sum()
    return weights - null


def _leiden(weights: np.ndarray, seed: int) -> np.ndarray:
    import igraph as ig
    import leidenalg as la

    n = len(weights)
    iu = np.triu_indices(n, 1)
    layers, layer_weights = [], []
    for sign in (1, -1):
        w = np.clip(sign * weights, 0, None)[iu]
        keep = w > 0
        if not keep.any():
            continue
        graph = ig.Graph(n=n, edges=np.column_stack([iu[0][keep], iu[1][keep]]).tolist())
        graph.es["weight"] = w[keep].tolist()
        # RB-configuration with resolution 1 is unnormalised modularity, so the +1/-1 layers sum
        # to the Gómez et al. signed modularity times a constant.
        layers.append(la.RBConfigurationVertexPartition(graph, weights="weight"))
        layer_weights.append(sign)
    if not layers:
        return np.arange(n)
    optimiser = la.Optimiser()
    optimiser.set_rng_seed(seed)
    optimiser.optimise_partition_multiplex(layers, layer_weights=layer_weights, n_iterations=-1)
    return np.asarray(layers[0].membership)


def _local_moves(weights: np.ndarray, seed: int) -> np.ndarray:
    """Fallback without leidenalg: Louvain on the positive part, then signed local moves."""
    import networkx as nx

    n = len(weights)
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    iu = np.triu_indices(n, 1)
    for i, j in zip(*iu):
        if weights[i, j] > 0:
            graph.add_edge(int(i), int(j), weight=float(weights[i, j]))
    membership = np.arange(n)
    for c, members in enumerate(nx.community.louvain_communities(graph, weight="weight", seed=seed)):
        membership[list(members)] = c
    b = _modularity_matrix(weights)
    np.fill_diagonal(b, 0)
    for _ in range(100):
        moved = False
        for i in range(n):
            gains = np.bincount(membership, weights=b[i], minlength=n)
            stay = gains[membership[i]]
            gains[membership[i]] = -np.inf
            empty = np.setdiff1d(np.arange(n), membership)
            best = int(np.argmax(gains))
            best_gain = gains[best]
            if len(empty) and 0.0 > best_gain:
                best, best_gain = int(empty[0]), 0.0
            if best_gain > stay + 1e-12:
                membership[i] = best
                moved = True
        if not moved:
            break
    return membership


def detect_blocs(weights: np.ndarray, *, seed: int = 0, method: str = "auto") -> np.ndarray:
    """A bloc label per node maximising signed modularity (positive inside, negative between).

    ``method`` is ``leiden`` (leidenalg, multiplex +1/-1 layers), ``local`` (networkx Louvain
    plus signed local moves) or ``auto`` (leiden when installed). Labels are renumbered so
    bloc 0 holds the most cooperation.
    """
    if method == "auto":
        try:
            import leidenalg  # noqa: F401

            method = "leiden"
        except ImportError:
            method = "local"
    if method == "leiden":
        membership = _leiden(weights, seed)
    elif method == "local":
        membership = _local_moves(weights, seed)
    else:
        raise DyadsError(f"unknown bloc method {method!r}: choose leiden, local or auto")
    strength = np.clip(weights, 0, None).sum(1)
    labels = np.unique(membership)
    order = sorted(labels, key=lambda c: (-strength[membership == c].sum(), -(membership == c).sum(), c))
    relabel = {old: new for new, old in enumerate(order)}
    return np.array([relabel[c] for c in membership], dtype=np.int64)


@dataclass(slots=True)
class Bloc:
    """A group of actors that cooperate inside and, where they meet, conflict outside."""

    id: int
    members: list[str]  # by cooperative strength, strongest first
    leader: str
    share: float  # of all cooperation (positive strength)
    cohesion: float  # share of the bloc's cooperation that stays inside it
    centralisation: float  # share of the bloc's internal cooperation touching its leader


@dataclass(slots=True)
class Polarity:
    """System-level figures; see docs/analysis.md for definitions."""

    poles: float | None  # effective number of poles, 1 / sum(share^2)
    blocs: int  # blocs with at least two members
    cohesion: float | None  # cooperation inside blocs / all cooperation
    hostility: float | None  # conflict between blocs / all conflict
    frustration: float | None  # weight that contradicts the partition / all weight
    modularity: float


@dataclass(slots=True)
class Alignment:
    """How alike two actors act toward the third parties both deal with (cosine, -1..1)."""

    a: str
    b: str
    score: float
    shared: int  # third parties both have relations with
    relation: float  # their own net weight, for context


def polarity(network: SignedNetwork, membership: np.ndarray) -> tuple[Polarity, list[Bloc]]:
    """Bloc shares and the effective number of poles (Laakso & Taagepera 1979)."""
    w = network.weights
    wp, wn = np.clip(w, 0, None), np.clip(-w, 0, None)
    same = membership[:, None] == membership[None, :]
    strength = wp.sum(1)
    total_pos, total_neg = wp.sum(), wn.sum()
    blocs = []
    for c in np.unique(membership):
        idx = np.flatnonzero(membership == c)
        order = idx[np.argsort(-strength[idx], kind="stable")]
        inside = wp[np.ix_(idx, idx)]
        internal = inside.sum() / 2
        leader = order[0]
        blocs.append(
            Bloc(
                id=int(c),
                members=[network.nodes[i] for i in order],
                leader=network.nodes[leader],
                share=float(strength[idx].sum() / total_pos) if total_pos else 0.0,
                cohesion=float(inside.sum() / strength[idx].sum()) if strength[idx].sum() else 0.0,
                centralisation=float(wp[leader, idx].sum() / internal) if internal else 0.0,
            )
        )
    shares = np.array([b.share for b in blocs])
    report = Polarity(
        poles=float(1 / (shares**2).sum()) if total_pos else None,
        blocs=sum(len(b.members) > 1 for b in blocs),
        cohesion=float(wp[same].sum() / total_pos) if total_pos else None,
        hostility=float(wn[~same].sum() / total_neg) if total_neg else None,
        frustration=float((wp[~same].sum() + wn[same].sum()) / (total_pos + total_neg))
        if total_pos + total_neg
        else None,
        modularity=signed_modularity(w, membership),
    )
    return report, blocs


def alignment_scores(network: SignedNetwork, *, min_shared: int = 1, limit: int | None = None) -> list[Alignment]:
    """Cosine similarity of two actors' signed relations to everyone else, most aligned first.

    Columns for the pair itself are left out, so allies that fight each other's enemies score
    high even if they never deal with each other; pairs with fewer than ``min_shared`` common
    third parties have no score. ``limit`` keeps the ``limit`` most aligned and most opposed.
    """
    w = network.weights.copy()
    np.fill_diagonal(w, 0)
    gram = w @ w.T
    sq = (w**2).sum(1)
    own = w**2
    denom = np.sqrt(np.clip(sq[:, None] - own, 0, None) * np.clip(sq[None, :] - own, 0, None))
    nonzero = (w != 0).astype(np.float64)
    shared = nonzero @ nonzero.T
    i, j = np.triu_indices(len(w), 1)
    ok = (shared[i, j] >= min_shared) & (denom[i, j] > 0)
    i, j = i[ok], j[ok]
    score = gram[i, j] / denom[i, j]
    order = np.lexsort((j, i, -score))
    if limit is not None and len(order) > 2 * limit:
        order = np.concatenate([order[:limit], order[len(order) - limit:]])
    names = network.nodes
    return [
        Alignment(names[i[k]], names[j[k]], float(score[k]), int(shared[i[k], j[k]]), float(w[i[k], j[k]]))
        for k in order
    ]


@dataclass(slots=True)
class BlocReport:
    """Everything ``dyads blocs`` shows: the network, its blocs, alignment and polarity."""

    network: SignedNetwork
    membership: np.ndarray
    blocs: list[Bloc]
    polarity: Polarity
    alignment: list[Alignment]

    def bloc_of(self, node: str) -> int:
        return int(self.membership[self.network.index(node)])

    def to_dict(self) -> dict[str, Any]:
        net = self.network
        iu = np.triu_indices(len(net.nodes), 1)
        edges = [
            {
                "a": net.nodes[i], "b": net.nodes[j], "weight": float(net.weights[i, j]),
                "cooperation": float(net.cooperation[i, j]), "conflict": float(net.conflict[i, j]),
                "events": int(net.pair_events[i, j]),
            }
            for i, j in zip(*iu)
            if net.pair_events[i, j]
        ]
        return {
            "since": net.window.since.isoformat() if net.window.since else None,
            "until": net.window.until.isoformat() if net.window.until else None,
            "sectors": net.sectors,
            "weight": net.weight,
            "polarity": {k: getattr(self.polarity, k) for k in Polarity.__slots__},
            "blocs": [{k: getattr(b, k) for k in Bloc.__slots__} for b in self.blocs],
            "nodes": [
                {"actor": name, "bloc": int(self.membership[i]), "events": int(net.events[i])}
                for i, name in enumerate(net.nodes)
            ],
            "edges": edges,
            "alignment": [{k: getattr(x, k) for k in Alignment.__slots__} for x in self.alignment],
        }


def find_blocs(
    con: duckdb.DuckDBPyConnection,
    *,
    since: str | _dt.date | None = None,
    until: str | _dt.date | None = None,
    sectors: bool = False,
    weight: str = "goldstein",
    min_events: int = 1,
    include_uncertain: bool = False,
    seed: int = 0,
    method: str = "auto",
    top_pairs: int | None = 50,
    min_trust: float | None = None,
) -> BlocReport:
    """Blocs, alignment and polarity of the events in a window (the ``dyads blocs`` verb).

    ``top_pairs`` keeps that many most aligned and most opposed pairs (None: every pair).
    """
    network = signed_network(
        con, since=since, until=until, sectors=sectors, weight=weight,
        min_events=min_events, include_uncertain=include_uncertain, min_trust=min_trust,
    )
    if not network.nodes:
        raise DyadsError(
            f"no events with both a source and a target between {network.window}"
            + (f" involving actors with at least {min_events} events" if min_events > 1 else "")
            + ": widen --since/--until, lower --min-events, or ingest articles first"
        )
    membership = detect_blocs(network.weights, seed=seed, method=method)
    report, blocs = polarity(network, membership)
    return BlocReport(network, membership, blocs, report, alignment_scores(network, limit=top_pairs))

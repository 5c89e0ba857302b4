"""Pictures of the system view: a dyad's time series and the bloc network (matplotlib, Agg)."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402

from ..errors import DyadsError  # noqa: E402
from .blocs import BlocReport  # noqa: E402
from .series import DyadSeries  # noqa: E402

__all__ = ["QUAD_COLOURS", "QUAD_NAMES", "draw_blocs", "draw_dyad"]

QUAD_NAMES = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
QUAD_COLOURS = ("#9ccf8f", "#2e8b57", "#f4a261", "#c0392b")
_BLOC_COLOURS = plt.get_cmap("tab10").colors


def _check(path: str | Path) -> Path:
    path = Path(path)
    if path.suffix.lower() not in {".png", ".svg", ".pdf"}:
        raise DyadsError(f"cannot draw chart '{path}': use a .png, .svg or .pdf file name")
    return path


def draw_dyad(series: DyadSeries, path: str | Path) -> Path:
    """Stacked bars of events by quad class, and the mean Goldstein score as a line."""
    path = _check(path)
    pts = series.points
    x = np.arange(len(pts))
    fig, ax = plt.subplots(figsize=(max(7.0, 0.35 * len(pts) + 3), 4.8), dpi=120)
    bottom = np.zeros(len(pts))
    for q, (name, colour) in enumerate(zip(QUAD_NAMES, QUAD_COLOURS), start=1):
        counts = np.array([getattr(p, f"quad{q}") for p in pts], dtype=float)
        ax.bar(x, counts, bottom=bottom, color=colour, label=name, width=0.8)
        bottom += counts
    ax.set_ylabel("events")
    ax.set_ylim(0, max(1.0, bottom.max()) * 1.15)
    ax2 = ax.twinx()
    mean = np.array([np.nan if p.goldstein_mean is None else p.goldstein_mean for p in pts])
    ax2.plot(x, mean, color="#1f3b73", marker="o", lw=2, label="mean Goldstein")
    ax2.axhline(0, color="#1f3b73", lw=0.6, ls=":")
    ax2.set_ylim(-10.5, 10.5)
    ax2.set_ylabel("mean Goldstein score (−10 … +10)")
    step = max(1, len(pts) // 12)
    fmt = {"day": "%Y-%m-%d", "week": "%Y-%m-%d", "month": "%Y-%m", "quarter": "%Y-%m", "year": "%Y"}[series.by]
    ax.set_xticks(x[::step], [p.period.strftime(fmt) for p in pts][::step], rotation=45, ha="right")
    arrow = "→" if series.directed else "↔"
    ax.set_title(f"{series.a} {arrow} {series.b}, {series.window}: {series.total} events by {series.by}")
    handles = ax.get_legend_handles_labels()[0] + ax2.get_legend_handles_labels()[0]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.22), fontsize=8, frameon=False, ncol=5)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def draw_blocs(report: BlocReport, path: str | Path, *, max_nodes: int = 50, max_edges: int = 150) -> Path:
    """The signed network: nodes coloured by bloc, green cooperation and red conflict edges.

    Only the ``max_nodes`` most active actors and the ``max_edges`` strongest relations among
    them are drawn, so a world-sized network stays legible.
    """
    path = _check(path)
    net = report.network
    keep = np.argsort(-net.events, kind="stable")[:max_nodes]
    sub = net.weights[np.ix_(keep, keep)]
    names = [net.nodes[i] for i in keep]
    ia, ib = np.triu_indices(len(keep), 1)
    w = sub[ia, ib]
    # the layout uses every cooperative tie, so blocs sit together; enemies attract only weakly
    layout = nx.Graph()
    layout.add_nodes_from(names)
    for k in np.flatnonzero(w != 0):
        layout.add_edge(names[ia[k]], names[ib[k]], weight=w[k] if w[k] > 0 else 0.02 * -w[k])
    pos = nx.spring_layout(layout, weight="weight", seed=1, k=2.0 / np.sqrt(max(1, len(names))))
    # draw the strongest ties of each sign
    graph = nx.Graph()
    graph.add_nodes_from(names)
    for sign in (1, -1):
        idx = np.flatnonzero(sign * w > 0)
        for k in idx[np.argsort(-np.abs(w[idx]), kind="stable")[: max_edges // 2]]:
            graph.add_edge(names[ia[k]], names[ib[k]], w=w[k])
    fig, ax = plt.subplots(figsize=(8, 6.5), dpi=120)
    top = max((abs(d["w"]) for *_, d in graph.edges(data=True)), default=1.0)
    for a, b, d in graph.edges(data=True):
        colour = "#2e8b57" if d["w"] > 0 else "#c0392b"
        ax.plot(*zip(pos[a], pos[b]), color=colour, lw=0.8 + 4 * abs(d["w"]) / top, alpha=0.7, zorder=1)
    events = {net.nodes[i]: net.events[i] for i in keep}
    biggest = max(events.values(), default=1)
    for node, (x, y) in pos.items():
        bloc = report.membership[net.index(node)]
        ax.scatter(x, y, s=250 + 900 * events[node] / biggest, color=_BLOC_COLOURS[bloc % 10],
                   edgecolor="black", lw=0.6, zorder=2)
        ax.annotate(node, (x, y), ha="center", va="center", fontsize=8, weight="bold", zorder=3)
    for b in report.blocs[:10]:
        if len(b.members) > 1 or len(report.blocs) <= 10:
            ax.scatter([], [], color=_BLOC_COLOURS[b.id % 10], s=80,
                       label=f"bloc {b.id + 1}: {b.leader} ({len(b.members)}, {b.share:.0%})")
    ax.plot([], [], color="#2e8b57", label="cooperation")
    ax.plot([], [], color="#c0392b", label="conflict")
    ax.legend(loc="lower left", fontsize=8, frameon=False)
    p = report.polarity
    poles = "n/a" if p.poles is None else f"{p.poles:.2f}"
    ax.set_title(f"Blocs, {net.window}: effective poles {poles}, signed modularity {p.modularity:.2f}")
    ax.axis("off")
    ax.margins(0.12)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path

"""The system view: merged events, dyads over time, alignment blocs and polarity.

Queries in, rows out: everything here reads the DuckDB store and never imports spaCy.
"""

from __future__ import annotations

from .blocs import (
    Alignment,
    Bloc,
    BlocReport,
    Polarity,
    SignedNetwork,
    alignment_scores,
    detect_blocs,
    find_blocs,
    polarity,
    signed_modularity,
    signed_network,
)
from .filters import ActorSpec, Window, connect, parse_actor, parse_window
from .merge import MergeStats, ensure_merge_tables, merge_events
from .series import PERIODS, DyadPoint, DyadSeries, dyad_series

__all__ = [
    "PERIODS",
    "ActorSpec",
    "Alignment",
    "Bloc",
    "BlocReport",
    "DyadPoint",
    "DyadSeries",
    "MergeStats",
    "Polarity",
    "SignedNetwork",
    "Window",
    "alignment_scores",
    "connect",
    "detect_blocs",
    "dyad_series",
    "ensure_merge_tables",
    "find_blocs",
    "merge_events",
    "parse_actor",
    "parse_window",
    "polarity",
    "signed_modularity",
    "signed_network",
]

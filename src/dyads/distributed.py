"""Runs the same per-article pipeline on a Dask cluster when one machine is not enough.

Dask (``pip install 'dyads[distributed]'``) schedules it; we write no scheduler of our own.
Input files are split among the workers, which read, annotate and write JSON Lines parts
(one annotated article a line, as ``dyads code --json``) to a shared folder; ``dyads load``
then bulk-loads the parts into a DuckDB store. Rejected inputs go to ``rejected-*.jsonl``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import DyadsError
from .model import Article, Rejection, to_dict

__all__ = ["expand_paths", "run_on_dask"]

def expand_paths(paths: Iterable[str]) -> list[str]:
    """Files under the given paths, listed as ``dyads ingest`` lists them, so each can go to a worker."""
    from .ingest import walk_folder

    files: list[str] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files.extend(str(f) for f in walk_folder(path))
        elif path.exists():
            files.append(str(path))
        else:
            raise DyadsError(f"cannot read {p!r}: no such file or directory")
    return files


def _process_files(files: list[str], out_dir: str, part: int, actor_files: tuple[str, ...]) -> dict[str, Any]:
    """One task: read and annotate a group of files, write one part. Runs on a worker."""
    from . import ingest
    from .pipeline import configure, _annotate_batch

    configure(actor_files)
    articles: list[Article] = []
    rejected: list[Rejection] = []
    for item in ingest.read_inputs(files):
        (rejected if isinstance(item, Rejection) else articles).append(item)
    out = Path(out_dir)
    n = 0
    with open(out / f"part-{part:05d}.jsonl", "w", encoding="utf-8") as fh:
        for start in range(0, len(articles), 16):
            for article in _annotate_batch(articles[start:start + 16]):
                fh.write(json.dumps(to_dict(article), ensure_ascii=False) + "\n")
                n += 1
    if rejected:
        with open(out / f"rejected-{part:05d}.jsonl", "w", encoding="utf-8") as fh:
            for r in rejected:
                fh.write(json.dumps(to_dict(r), ensure_ascii=False) + "\n")
    return {"part": part, "articles": n, "rejected": len(rejected)}


def run_on_dask(
    paths: Iterable[str],
    out_dir: str,
    scheduler: str | None = None,
    workers: int | None = None,
    files_per_task: int = 20,
    actor_files: Iterable[str] = (),
) -> dict[str, int]:
    """Annotate every file under ``paths`` on a Dask cluster (or a local one when no address)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise DyadsError(
            "the distributed engine needs Dask: pip install 'dyads[distributed]'"
        ) from exc
    files = expand_paths(paths)
    if not files:
        raise DyadsError("no input files found under the given paths")
    os.makedirs(out_dir, exist_ok=True)
    groups = [files[i:i + files_per_task] for i in range(0, len(files), files_per_task)]
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers or 1, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        futures = [
            client.submit(_process_files, g, str(Path(out_dir).resolve()), i, tuple(actor_files), pure=False)
            for i, g in enumerate(groups)
        ]
        results = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return {
        "files": len(files),
        "tasks": len(groups),
        "articles": sum(r["articles"] for r in results),
        "rejected": sum(r["rejected"] for r in results),
    }

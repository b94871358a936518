"""The embedded store's file: plain JSON (never pickle), written atomically.

Format (version 1)::

    {"format": "agencygraph-store", "version": 1,
     "nodes": [{"id": "Unit:市科技局", "label": "Unit", "key": "市科技局", "kind": ..., ...}, ...],
     "edges": [{"source": "Unit:市科技局", "target": "Task:武政办〔2023〕84号#1", "type": "LEADS",
                "key": "LEADS", "doc": "武政办〔2023〕84号", "line": 143, "clause": ..., ...}, ...]}
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import networkx as nx

from .errors import StoreCorrupt, StoreUnavailable

__all__ = ["FORMAT", "VERSION", "read_graph", "write_graph"]

FORMAT = "agencygraph-store"
VERSION = 1


def read_graph(path: str | Path) -> nx.MultiDiGraph:
    """Read a store file; a missing file is an empty graph. Raises StoreCorrupt naming the file."""
    path = Path(path)
    graph = nx.MultiDiGraph()
    if not path.exists():
        return graph
    try:
        with path.open(encoding="utf-8") as fh:
            data = json.load(fh)
    except json.JSONDecodeError as exc:
        raise StoreCorrupt(f"{path}:{exc.lineno}: not an agencygraph store (invalid JSON: {exc.msg}); "
                           "remove it or choose another --store") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreUnavailable(f"{path}: cannot be read ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise StoreCorrupt(f"{path}: not an agencygraph store (no \"format\": \"{FORMAT}\"); "
                           "remove it or choose another --store")
    if data.get("version") != VERSION:
        raise StoreCorrupt(f"{path}: store version {data.get('version')} is not supported (this agencygraph "
                           f"reads version {VERSION}); reload the documents into a new store")
    try:
        for n in data["nodes"]:
            graph.add_node(n["id"], **{k: v for k, v in n.items() if k != "id"})
        for e in data["edges"]:
            attrs = {k: v for k, v in e.items() if k not in ("source", "target", "key")}
            graph.add_edge(e["source"], e["target"], key=e["key"], **attrs)
    except (KeyError, TypeError) as exc:
        raise StoreCorrupt(f"{path}: damaged agencygraph store ({exc!r} missing or malformed)") from None
    return graph


def write_graph(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """Write the graph to ``path`` atomically: a crash leaves the old file or the new one, never half of one."""
    path = Path(path)
    data = {
        "format": FORMAT,
        "version": VERSION,
        "nodes": [{"id": n, **attrs} for n, attrs in graph.nodes(data=True)],
        "edges": [{"source": u, "target": v, "key": k, **attrs} for u, v, k, attrs in graph.edges(keys=True, data=True)],
    }
    directory = path.parent if str(path.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise StoreUnavailable(f"{path}: cannot write the store ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

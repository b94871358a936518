"""The embedded store: an in-memory networkx MultiDiGraph persisted to one JSON file."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from . import listing
from .build import OWNED_LABELS, SHARED_LABELS, node_id, rows_for
from .errors import NotFound
from .incidence import Incidence, incidence
from .model import LoadResult, WriteOutcome
from .persist import read_graph, write_graph
from .places import relabel_graph

__all__ = ["NetworkxStore", "WriteOutcome"]


class NetworkxStore:
    """GraphStore over networkx; ``path=None`` keeps everything in memory only."""

    backend = "networkx"

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path is not None else None
        self._graph = read_graph(self.path) if self.path is not None else nx.MultiDiGraph()
        self._incidences: dict[tuple, Incidence] = {}

    # -- writing --------------------------------------------------------------------------
    def write(self, results: list[LoadResult]) -> list[WriteOutcome]:
        """Store documents all together or not at all; re-writing an unchanged document changes nothing."""
        graph = self._graph.copy()
        outcomes = []
        for result in results:
            doc = result.document.key
            existing = graph.nodes.get(node_id("Document", doc))
            if existing and existing.get("sha256") == result.document.sha256:
                outcomes.append(WriteOutcome(doc, "unchanged"))
                continue
            if existing:
                _remove_document(graph, doc)
            _add_rows(graph, *rows_for(result))
            outcomes.append(WriteOutcome(doc, "replaced" if existing else "added"))
        relabel_graph(graph)
        if any(o.status != "unchanged" for o in outcomes) and self.path is not None:
            write_graph(graph, self.path)
        self._graph = graph
        self._incidences.clear()
        return outcomes

    def remove_document(self, doc: str) -> None:
        key = listing.resolve_doc(self._graph, doc)
        graph = self._graph.copy()
        _remove_document(graph, key)
        relabel_graph(graph)
        if self.path is not None:
            write_graph(graph, self.path)
        self._graph = graph
        self._incidences.clear()

    # -- reading --------------------------------------------------------------------------
    def graph(self) -> nx.MultiDiGraph:
        """The whole graph as a read-only view (writes replace the store's graph, so the view stays valid)."""
        return nx.freeze(self._graph.copy(as_view=True))

    def skeleton(self) -> nx.MultiDiGraph:
        """Enough to resolve --doc and --domain: here, the whole graph."""
        return self.graph()

    def documents(self) -> list[dict]:
        return listing.documents(self._graph)

    def tasks(self, doc=None, domain=None, unit=None) -> list[dict]:
        return listing.tasks(self._graph, doc, domain, unit)

    def units(self, doc=None, domain=None, unit=None) -> list[dict]:
        return listing.units(self._graph, doc, domain, unit)

    def bodies(self, doc=None) -> list[dict]:
        return listing.bodies(self._graph, doc)

    def indicators(self, doc=None) -> list[dict]:
        return listing.indicators(self._graph, doc)

    def incidence(self, doc=None, domain=None, expand_groups=False, docs=None) -> Incidence:
        """The unit × task incidence inside the filters (computed once per filter set, until the next write)."""
        key = (doc, domain, expand_groups, tuple(docs or ()))
        if key not in self._incidences:
            self._incidences[key] = incidence(self._graph, doc, domain, expand_groups, docs)
        return self._incidences[key]

    def close(self) -> None:
        pass


def _add_rows(graph: nx.MultiDiGraph, nodes: list[dict], edges: list[dict]) -> None:
    for row in nodes:
        attrs = {k: v for k, v in row.items() if k != "id"}
        if graph.has_node(row["id"]) and row["label"] in SHARED_LABELS:
            old = graph.nodes[row["id"]]
            attrs["aliases"] = sorted(set(old.get("aliases") or []) | set(attrs.get("aliases") or []))
        graph.add_node(row["id"], **attrs)
    for row in edges:
        for end in (row["source"], row["target"]):
            if not graph.has_node(end):
                raise NotFound(f"edge {row['type']} points at {end}, which the document does not define")
        attrs = {k: v for k, v in row.items() if k not in ("source", "target", "key")}
        graph.add_edge(row["source"], row["target"], key=row["key"], **attrs)


def _remove_document(graph: nx.MultiDiGraph, doc: str) -> None:
    """Remove a document's own nodes and edges, then shared nodes nothing points at any more."""
    edges = [(u, v, k) for u, v, k, d in graph.edges(keys=True, data=True) if d.get("doc") == doc]
    graph.remove_edges_from(edges)
    graph.remove_nodes_from([n for n, a in graph.nodes(data=True)
                             if a.get("label") in OWNED_LABELS and (a.get("doc") == doc or
                                                                    (a.get("label") == "Document" and a["key"] == doc))])
    graph.remove_nodes_from([n for n, a in graph.nodes(data=True)
                             if a.get("label") in SHARED_LABELS and graph.degree(n) == 0])

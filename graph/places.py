"""Names people can read when a store holds several places: a unit shows its place (舟山市财政局) then, and
the name its documents use (市财政局) while every document is of one place.

Every store keeps a unit's ``local`` name (as its document resolved it) and its ``qualified`` name (with its
place); ``name``, what every listing, analysis, export and query shows, is one of the two, set after each write.

Examples
--------
>>> display_column(["武汉市", "武汉市"]), display_column(["武汉市", "舟山市"]), display_column([])
('local', 'qualified', 'local')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    import networkx as nx  # only the in-memory store's graphs are relabelled: no import for every command

__all__ = ["document_places", "display_column", "relabel_graph", "UNIT_PLACE_PROPERTIES"]

#: The properties a Unit or Group node carries besides name, kind, aliases and registered.
UNIT_PLACE_PROPERTIES = ("place", "local", "qualified")


def document_places(documents: Iterable[tuple[str, str | None]]) -> set[str]:
    """The places of (doc, jurisdiction) pairs; a document of no known place is a place of its own."""
    return {jurisdiction or f"?{doc}" for doc, jurisdiction in documents}


def display_column(places: Iterable[str]) -> str:
    """Which of a unit's names a store shows: ``local`` for one place (or none), ``qualified`` for several."""
    return "local" if len(set(places)) <= 1 else "qualified"


def relabel_graph(graph: "nx.MultiDiGraph") -> None:
    """Set every Unit and Group node's ``name`` to the name the store's places call for (in place)."""
    places = document_places((a["key"], a.get("jurisdiction")) for _n, a in graph.nodes(data=True)
                             if a.get("label") == "Document")
    column = display_column(places)
    for _n, a in graph.nodes(data=True):
        if a.get("label") in ("Unit", "Group") and a.get(column):
            a["name"] = a[column]

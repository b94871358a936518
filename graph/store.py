"""The one store interface (GraphStore) and the factory that opens a store from settings.

Examples
--------
>>> store_settings({})["path"]
'agencygraph-store.json'
>>> store_settings({"AGENCYGRAPH_STORE": "/tmp/g.json"})["path"]
'/tmp/g.json'
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Mapping, Protocol, runtime_checkable

from .model import LoadResult

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["GraphStore", "store_settings", "open_store", "DEFAULT_STORE", "STORE_ENV"]

DEFAULT_STORE = "agencygraph-store.json"
STORE_ENV = "AGENCYGRAPH_STORE"


@runtime_checkable
class GraphStore(Protocol):
    """What every store does: write load results whole, list documents, tasks and units, hand over the graph."""

    backend: str

    def write(self, results: list[LoadResult]) -> list: ...

    def remove_document(self, doc: str) -> None: ...

    def documents(self) -> list[dict]: ...

    def tasks(self, doc: str | None = None, domain: str | None = None, unit: str | None = None) -> list[dict]: ...

    def units(self, doc: str | None = None, domain: str | None = None, unit: str | None = None) -> list[dict]: ...

    def bodies(self, doc: str | None = None) -> list[dict]: ...

    def indicators(self, doc: str | None = None) -> list[dict]: ...

    def graph(self) -> "nx.MultiDiGraph": ...

    def incidence(self, doc: str | None = None, domain: str | None = None, expand_groups: bool = False,
                  docs: list[str] | None = None): ...

    def close(self) -> None: ...


def store_settings(env: Mapping[str, str], path: str | None = None) -> dict:
    """Where the store lives: an explicit path, else $AGENCYGRAPH_STORE, else ./agencygraph-store.json."""
    return {"backend": "networkx", "path": path or env.get(STORE_ENV) or DEFAULT_STORE}


def open_store(path: str | Path | None = None, env: Mapping[str, str] | None = None) -> GraphStore:
    """Open the store the settings name (the embedded networkx store)."""
    import os

    from .nx_store import NetworkxStore

    settings = store_settings(os.environ if env is None else env, str(path) if path else None)
    return NetworkxStore(settings["path"])

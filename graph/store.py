"""The one store interface (GraphStore) and the factory that opens a store from settings.

Examples
--------
>>> store_settings({})["path"]
'agencygraph.db'
>>> store_settings({"AGENCYGRAPH_STORE": "/tmp/g.db"})["path"]
'/tmp/g.db'
>>> store_settings({"AGENCYGRAPH_BACKEND": "neo4j"})["backend"], store_settings({}, backend="neo4j")["backend"]
('neo4j', 'neo4j')
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Mapping, Protocol, runtime_checkable

from .model import LoadResult

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["GraphStore", "store_settings", "open_store", "DEFAULT_STORE", "STORE_ENV", "BACKEND_ENV", "BACKENDS"]

DEFAULT_STORE = "agencygraph.db"
#: The default store file before the store moved to SQLite: converted into DEFAULT_STORE on first use.
OLD_DEFAULT_STORE = "agencygraph-store.json"
STORE_ENV = "AGENCYGRAPH_STORE"
BACKEND_ENV = "AGENCYGRAPH_BACKEND"
BACKENDS = ("networkx", "neo4j")


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

    def skeleton(self) -> "nx.MultiDiGraph": ...

    def incidence(self, doc: str | None = None, domain: str | None = None, expand_groups: bool = False,
                  docs: list[str] | None = None): ...

    def close(self) -> None: ...


def store_settings(env: Mapping[str, str], path: str | None = None, backend: str | None = None) -> dict:
    """Which store: the backend (explicit, else $AGENCYGRAPH_BACKEND, else the embedded networkx store) and,
    for the embedded store, its file (explicit, else $AGENCYGRAPH_STORE, else ./agencygraph.db)."""
    backend = backend or env.get(BACKEND_ENV) or "networkx"
    if backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r}; one of {', '.join(BACKENDS)}")
    return {"backend": backend, "path": path or env.get(STORE_ENV) or DEFAULT_STORE}


def open_store(path: str | Path | None = None, env: Mapping[str, str] | None = None, backend: str | None = None,
               neo4j=None) -> GraphStore:
    """Open the store the settings name: the embedded store (an SQLite file; a JSON store from before is
    converted first, and the store's ``notice`` says so), or Neo4j (``neo4j``: a Neo4jSettings, else
    NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD from ``env``)."""
    import os

    env = os.environ if env is None else env
    settings = store_settings(env, str(path) if path else None, backend)
    if settings["backend"] == "neo4j":
        from .neo4j_conn import neo4j_settings
        from .neo4j_store import Neo4jStore

        return Neo4jStore(neo4j or neo4j_settings(env))
    from .json_convert import convert, is_json_store
    from .sqlite_store import SqliteStore

    path = Path(settings["path"])
    notice = None
    if is_json_store(path):
        notice = convert(path)
    elif str(path) == DEFAULT_STORE and not path.exists() and is_json_store(OLD_DEFAULT_STORE):
        notice = convert(OLD_DEFAULT_STORE, path)
    store = SqliteStore(path)
    store.notice = notice or store.notice
    return store

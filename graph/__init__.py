"""The graph model and the stores behind one interface (embedded networkx; Neo4j to come)."""

from .errors import AgencyGraphError, NotFound, ParseError, StoreCorrupt, StoreUnavailable, UnreadableInput
from .model import LoadResult
from .store import GraphStore, open_store, store_settings

__all__ = [
    "AgencyGraphError",
    "GraphStore",
    "LoadResult",
    "NotFound",
    "ParseError",
    "StoreCorrupt",
    "StoreUnavailable",
    "UnreadableInput",
    "open_store",
    "store_settings",
]

"""agencygraph: Chinese policy documents as a graph of who leads and assists which task.

Installed, the package holds ``agencygraph.graph``, ``agencygraph.loaders``, ``agencygraph.cypher``,
``agencygraph.viz`` and ``agencygraph.cli`` (nothing else goes into site-packages). In a source checkout
those are the folders next to this one (and ``cli.py``), found through this package's ``__path__``.

The names a notebook needs are here, imported on first use (``import agencygraph`` stays light)::

    import agencygraph as ag
    store = ag.open_store("agencygraph-store.json")
    ag.coowners(store, "市商务局")
"""

import os as _os

__version__ = "0.1.0"

_here = _os.path.dirname(_os.path.abspath(__file__))
_checkout = _os.path.dirname(_here)
if not _os.path.isdir(_os.path.join(_here, "graph")) and _os.path.isfile(_os.path.join(_checkout, "graph", "__init__.py")):
    __path__.append(_checkout)  # a source checkout: graph/, loaders/ … sit next to this folder

_API = {
    "open_store": "agencygraph.graph.store",
    "load": "agencygraph.loaders",
    "load_documents": "agencygraph.loaders",
    **{name: "agencygraph.graph.analyses" for name in (
        "coowners", "top_pairs", "coownership_matrix", "workload", "flags", "diff", "centrality", "communities",
        "brokers", "structure", "resolve_unit")},
}

__all__ = sorted(_API)


def __getattr__(name):
    if name in _API:
        import importlib

        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module 'agencygraph' has no attribute {name!r}")

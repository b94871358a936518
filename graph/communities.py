"""Communities of units that work together (Louvain on the weighted projection), with the domains they cover.

Examples
--------
Two triangles joined by one tie fall apart along it.

>>> import scipy.sparse as sp
>>> from agencygraph.graph.incidence import Incidence
>>> inc = Incidence(units=list("abcdef"), kinds=["x"] * 6, tasks=[{"doc": "d", "number": str(j)} for j in (1, 2, 3)],
...                 lead=sp.csr_matrix([[1, 0, 0], [0, 0, 0], [0, 0, 1], [0, 0, 0], [0, 1, 0], [0, 0, 0]]),
...                 assist=sp.csr_matrix([[0, 0, 0], [1, 0, 0], [1, 0, 0], [0, 1, 1], [0, 0, 0], [0, 1, 0]]))
>>> df = communities(inc)
>>> df.groupby("community")["unit"].apply("".join).tolist(), round(df.attrs["modularity"], 4)
(['abc', 'def'], 0.3571)
"""

from __future__ import annotations

import re
from collections import Counter

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sp

from .incidence import Incidence, projection_graph, task_column

__all__ = ["communities", "domain_key_order", "domain_counts", "domain_title"]


def domain_key_order(key: str) -> tuple:
    """Sort key for domain keys: D2 before D10 inside a document.

    >>> sorted(["x#D10", "x#D2", "w#D9"], key=domain_key_order)
    ['w#D9', 'x#D2', 'x#D10']
    """
    return tuple(int(p) if i % 2 else p for i, p in enumerate(re.split(r"(\d+)", key or "")))


def domain_title(inc: Incidence, key: str) -> str:
    """The title of a domain, or its key when the incidence has no title for it."""
    return inc.domain_titles.get(key) or key


def domain_counts(inc: Incidence) -> tuple[list[str], sp.csr_matrix]:
    """The domains of the incidence's tasks (in key order) and the unit × domain matrix of task counts.

    A unit that both leads and assists a task counts it once; tasks without a domain are left out.
    """
    task_domains = task_column(inc, "domain")
    keys = sorted({d for d in task_domains if d}, key=domain_key_order)
    col = {k: i for i, k in enumerate(keys)}
    rows = [j for j, d in enumerate(task_domains) if d]
    cols = [col[task_domains[j]] for j in rows]
    task_domain = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(inc.tasks), len(keys)))
    return keys, (inc.both @ task_domain).tocsr()


def _domains_of(inc: Incidence, rows: list[int]) -> list[str]:
    """Titles of the domains of the tasks any of these units has, by number of such tasks, then key."""
    touched = np.flatnonzero(np.asarray(inc.both[rows].sum(axis=0)).ravel() > 0)
    task_domains = task_column(inc, "domain")
    counts = Counter(task_domains[j] for j in touched if task_domains[j])
    ordered = sorted(counts, key=lambda k: (-counts[k], domain_key_order(k)))
    return [domain_title(inc, k) for k in ordered]


def communities(inc: Incidence, weighting: str = "count", seed: int = 42, resolution: float = 1.0) -> pd.DataFrame:
    """Louvain communities of the weighted co-ownership projection, reproducible for a given ``seed``.

    Parameters
    ----------
    inc : Incidence
    weighting : {"count", "newman", "lead"}
        The projection weighting; Louvain maximises modularity with these weights.
    seed : int
        Seed of networkx's ``louvain_communities`` (the node order it visits).
    resolution : float
        Above 1 favours smaller communities, below 1 larger ones.

    Returns
    -------
    pandas.DataFrame
        One row per unit: ``community`` (0-based, largest first, then by the alphabetically first member),
        ``unit``, ``kind``, ``size`` (units in the community), ``domains`` (titles of the domains of the tasks
        the community's units lead or assist, the domain with most such tasks first, then by key). Sorted by
        community, then unit. A unit without any tie is a community of its own. ``attrs``: ``modularity``
        (Newman's Q of the partition with the weights, at resolution 1 so it is comparable across runs; NaN
        without any tie), ``modularity_at_resolution`` (the γ-modularity Louvain maximised), ``communities``
        (their number), ``weighting``, ``seed``, ``resolution``.
    """
    g = projection_graph(inc, weighting)
    columns = ["community", "unit", "kind", "size", "domains"]
    parts = [set(p) for p in nx.community.louvain_communities(g, weight="weight", resolution=resolution, seed=seed)]
    alone = {u for u in g if g.degree(u) == 0}
    parts = [p - alone for p in parts if p - alone] + [{u} for u in alone]
    parts.sort(key=lambda p: (-len(p), min(p)))
    tied = g.number_of_edges() > 0
    q = nx.community.modularity(g, parts, weight="weight") if tied else float("nan")
    q_res = nx.community.modularity(g, parts, weight="weight", resolution=resolution) if tied else float("nan")
    rows = []
    for c, members in enumerate(parts):
        idx = sorted(inc.index[u] for u in members)
        domains = _domains_of(inc, idx)
        rows.extend({"community": c, "unit": u, "kind": inc.kinds[inc.index[u]], "size": len(members),
                     "domains": domains} for u in sorted(members))
    df = pd.DataFrame(rows, columns=columns)
    df.attrs.update(modularity=q, modularity_at_resolution=q_res, communities=len(parts), weighting=weighting,
                    seed=seed, resolution=resolution)
    return df

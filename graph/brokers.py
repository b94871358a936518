"""Brokers between policy domains: betweenness, the domains a unit spans, and Burt's structural holes.

Examples
--------
Two triangles (domains X and Y) joined by a task of domain Z shared by ``c`` and ``d``.

>>> import scipy.sparse as sp
>>> from agencygraph.graph.incidence import Incidence
>>> inc = Incidence(units=list("abcdef"), kinds=["x"] * 6,
...                 tasks=[{"doc": "d", "number": str(j), "domain": f"d#D{j}"} for j in (1, 2, 3)],
...                 lead=sp.csr_matrix([[1, 0, 0], [0, 0, 0], [0, 0, 1], [0, 0, 0], [0, 1, 0], [0, 0, 0]]),
...                 assist=sp.csr_matrix([[0, 0, 0], [1, 0, 0], [1, 0, 0], [0, 1, 1], [0, 0, 0], [0, 1, 0]]),
...                 domain_titles={"d#D1": "X", "d#D2": "Y", "d#D3": "Z"})
>>> brokers(inc).round(3)[["unit", "betweenness", "domains", "domain_pairs"]].head(2).values.tolist()
[['c', 0.6, 2, ['X | Z']], ['d', 0.6, 2, ['Y | Z']]]
"""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pandas as pd
import scipy.sparse as sp

from .centrality import betweenness, weight_matrix, weighted_graph
from .communities import domain_counts, domain_title
from .incidence import Incidence

__all__ = ["brokers", "structural_holes", "burt"]


def burt(w: sp.spmatrix) -> tuple[np.ndarray, np.ndarray]:
    """Burt's effective size and constraint of every node of a symmetric weight matrix, as sparse products.

    The same numbers as ``nx.effective_size`` and ``nx.constraint`` with ``weight="weight"`` (the general,
    weighted formulas), without their per-node loops: with p_ij = w_ij / Σ_k w_ik and m_jq = w_jq / max_k w_jk,
    effective size_i = Σ_{j∈N(i)} (1 − Σ_q p_iq m_jq) and constraint_i = Σ_{j∈N(i)} (p_ij + Σ_q p_iq p_qj)².
    A node without ties gets NaN for both.

    >>> es, c = burt(sp.csr_matrix([[0, 1, 1], [1, 0, 0], [1, 0, 0]]))
    >>> es.tolist(), c.tolist()
    ([2.0, 1.0, 1.0], [0.5, 1.0, 1.0])
    """
    w = sp.csr_matrix(w, dtype=np.float64)
    w.setdiag(0)
    w.eliminate_zeros()
    adj = (w > 0).astype(np.float64)
    deg = np.asarray(adj.sum(axis=1)).ravel()
    total = np.asarray(w.sum(axis=1)).ravel()
    peak = w.max(axis=1).toarray().ravel()
    inv = lambda v: np.divide(1.0, v, out=np.zeros_like(v), where=v > 0)  # noqa: E731
    p = sp.diags(inv(total)) @ w
    m = sp.diags(inv(peak)) @ w
    redundancy = np.asarray(adj.multiply(p @ m.T).sum(axis=1)).ravel()
    reach = (p + p @ p).tocsr()
    constraint = np.asarray(adj.multiply(reach.multiply(reach)).sum(axis=1)).ravel()
    alone = deg == 0
    effective = np.where(alone, np.nan, deg - redundancy)
    return effective, np.where(alone, np.nan, constraint)


def structural_holes(inc: Incidence, weighting: str = "count") -> pd.DataFrame:
    """Burt's measures for every unit on the weighted projection.

    Returns
    -------
    pandas.DataFrame
        One row per unit: ``unit``, ``kind``, ``degree`` (partners), ``effective_size``, ``efficiency``
        (effective size / degree), ``constraint``; NaN for a unit without ties. Sorted by constraint
        ascending (most holes spanned first, NaN last), then unit.

    Examples
    --------
    >>> import scipy.sparse as sp
    >>> from agencygraph.graph.incidence import Incidence
    >>> inc = Incidence(units=list("abc"), kinds=["x"] * 3, tasks=[{"doc": "d", "number": "1"}] * 2,
    ...                 lead=sp.csr_matrix([[1, 1], [0, 0], [0, 0]]), assist=sp.csr_matrix([[0, 0], [1, 0], [0, 1]]))
    >>> structural_holes(inc)[["unit", "effective_size", "efficiency", "constraint"]].values.tolist()
    [['a', 2.0, 1.0, 0.5], ['b', 1.0, 1.0, 1.0], ['c', 1.0, 1.0, 1.0]]
    """
    g = weighted_graph(inc, weighting)
    effective, constraint = burt(weight_matrix(g, list(inc.units)))
    degree = np.array([g.degree(u) for u in inc.units], dtype=int)
    df = pd.DataFrame({
        "unit": list(inc.units), "kind": list(inc.kinds), "degree": degree, "effective_size": effective,
        "efficiency": np.divide(effective, degree, out=np.full(len(degree), np.nan), where=degree > 0),
        "constraint": constraint,
    })
    return df.sort_values(["constraint", "unit"], ascending=[True, True], na_position="last", ignore_index=True)


def brokers(inc: Incidence, weighting: str = "count", min_domains: int = 2, seed: int = 0,
            exact_limit: int = 5000, k: int = 1000, pair_domains: int = 5) -> pd.DataFrame:
    """Units that broker between others and between policy domains.

    A unit *connects* two domains when it leads or assists tasks in both: it connects d(d−1)/2 pairs when its
    tasks fall in d domains (``domain_pair_count``); ``domain_pairs`` lists the pairs among its
    ``pair_domains`` domains with most of its tasks (a national corpus has thousands of domains, and every
    pair of them for every unit would not fit in memory). This is the unit's
    reach across domains, whether or not its partners in either domain are tied to each other; read it with
    ``betweenness`` (brokerage in the whole network) and ``constraint`` (Burt: low = its partners are not
    tied to each other, it spans structural holes).

    Parameters
    ----------
    inc : Incidence
    weighting : {"count", "newman", "lead"}
        The projection weighting (distances 1/weight for betweenness; weights for Burt's measures).
    min_domains : int
        Units in fewer domains are kept, with ``spans_domains`` False.
    seed, exact_limit, k
        As in ``graph.centrality.betweenness`` (estimated from ``k`` pivots above ``exact_limit`` units).

    Returns
    -------
    pandas.DataFrame
        One row per unit: ``unit``, ``kind``, ``betweenness`` (normalised, as in ``centrality``), ``domains``
        (number of distinct domains of its tasks), ``spans_domains`` (``domains >= min_domains``),
        ``domain_pair_count``, ``domain_pairs`` (list of "title A | title B", A before B in domain key order,
        among its ``pair_domains`` busiest domains), ``effective_size``,
        ``constraint``. Sorted by betweenness descending, then domains descending, then unit. ``attrs``:
        ``weighting``, ``min_domains``, ``betweenness_pivots``.
    """
    g = weighted_graph(inc, weighting)
    units = list(inc.units)
    bet, pivots = betweenness(g, exact_limit, k, seed)
    effective, constraint = burt(weight_matrix(g, units))
    keys, counts = domain_counts(inc)
    counts = counts.tocsr()
    mine = [[keys[c] for c in sorted(counts[i].indices)] for i in range(len(units))]
    busiest = []
    for i in range(len(units)):
        row = counts[i]
        top = sorted(row.indices[np.argsort(-row.data, kind="stable")[:pair_domains]])
        busiest.append([keys[c] for c in top])
    df = pd.DataFrame({
        "unit": units, "kind": list(inc.kinds),
        "betweenness": [bet[u] for u in units],
        "domains": [len(ks) for ks in mine],
        "spans_domains": [len(ks) >= min_domains for ks in mine],
        "domain_pair_count": [len(ks) * (len(ks) - 1) // 2 for ks in mine],
        "domain_pairs": [[f"{domain_title(inc, a)} | {domain_title(inc, b)}" for a, b in combinations(ks, 2)]
                         for ks in busiest],
        "effective_size": effective, "constraint": constraint,
    })
    df = df.sort_values(["betweenness", "domains", "unit"], ascending=[False, False, True], ignore_index=True)
    df.attrs.update(weighting=weighting, min_domains=min_domains, betweenness_pivots=pivots)
    return df

"""Whole-network structure as inter-agency network studies report it, for the corpus or per slice.

Examples
--------
A star: ``a`` shares one task with each of ``b``, ``c`` and ``d``.

>>> import scipy.sparse as sp
>>> from agencygraph.graph.incidence import Incidence
>>> inc = Incidence(units=["a", "b", "c", "d"], kinds=["x"] * 4,
...                 tasks=[{"doc": "d", "number": str(j)} for j in (1, 2, 3)],
...                 lead=sp.csr_matrix([[1, 1, 1], [0, 0, 0], [0, 0, 0], [0, 0, 0]]),
...                 assist=sp.csr_matrix([[0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1]]))
>>> s = structure(inc)
>>> s["density"], s["degree_centralization"], s["betweenness_centralization"], s["core_periphery"]["core"]
(0.5, 1.0, 1.0, ['a'])
"""

from __future__ import annotations

from collections.abc import Mapping

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sp

from .centrality import betweenness, weight_matrix, weighted_graph
from .communities import domain_counts, domain_title
from .incidence import Incidence, incidence, subset, task_column
from .workload import NO_DEADLINE

__all__ = ["structure", "structure_by", "subset", "core_periphery", "ei_index", "SLICE_COLUMNS"]

SLICE_COLUMNS = ["slice", "tasks", "units", "ties", "density", "components", "degree_centralization",
                 "betweenness_centralization", "core_k", "core_size", "max_clique"]
NAN = float("nan")


def _centralization(values: np.ndarray, bound: float) -> float:
    """Freeman: Σ (max − c_i) over the largest value that sum can take (a star's); NaN below 3 units."""
    if len(values) < 3:
        return NAN
    return float((values.max() - values).sum() / bound)


def _fit(c, touching, n: int, m: float):
    """Correlation of the ideal pattern with a core of ``c`` units with the ties (``touching`` reach the core)."""
    pairs = n * (n - 1) / 2
    ideal = c * (c - 1) / 2 + c * (n - c)
    with np.errstate(divide="ignore", invalid="ignore"):
        fit = (pairs * touching - ideal * m) / np.sqrt(ideal * (pairs - ideal) * m * (pairs - m))
    return np.where((c >= 1) & (c <= n - 2), fit, -np.inf)


def core_periphery(adj: sp.spmatrix, order: np.ndarray) -> tuple[np.ndarray, float]:
    """A core (row indices, ascending) and its fit to the Borgatti–Everett discrete core–periphery model.

    The ideal pattern has every core–core and core–periphery pair tied and no periphery–periphery pair;
    the fit is the Pearson correlation of that pattern with the observed binary ties over all pairs (Borgatti
    & Everett 1999). Search, deterministic: first the best of the cores made of the first c units of ``order``
    (c = 1…n−2, all scored at once from cumulative sums), then hill-climbing — move the one unit in or out of
    the core that raises the fit most (the first row on ties) until no move does. It ends at a local optimum;
    UCINET's search over partitions (genetic algorithm) may find a better core. Returns (empty, NaN) when
    the fit is undefined (fewer than 3 units, no tie, or every pair tied).
    """
    a = sp.csr_matrix(adj, dtype=np.float64)
    n = a.shape[0]
    m = a.sum() / 2
    if n < 3 or m == 0 or m == n * (n - 1) / 2:
        return np.zeros(0, dtype=int), NAN
    deg = np.asarray(a.sum(axis=1)).ravel()
    ordered = a[order][:, order]
    c = np.arange(1, n - 1)
    inside = np.cumsum(np.asarray(sp.tril(ordered, k=-1).sum(axis=1)).ravel())[c - 1]  # ties inside the core
    prefix = _fit(c, np.cumsum(deg[order])[c - 1] - inside, n, m)  # ties touching the core
    size = int(c[np.argmax(prefix)])
    core = np.zeros(n, dtype=bool)
    core[order[:size]] = True
    touching = float(deg[core].sum() - inside[size - 1])
    fit = float(prefix[size - 1])
    in_core = a @ core.astype(np.float64)  # each unit's ties into the core
    while True:
        sign = np.where(core, -1, 1)
        moved = _fit(size + sign, touching + sign * (deg - in_core), n, m)
        v = int(np.argmax(moved))
        if moved[v] <= fit + 1e-12:
            return np.flatnonzero(core), fit
        touching += sign[v] * (deg[v] - in_core[v])
        size += sign[v]
        fit = float(moved[v])
        core[v] = not core[v]
        in_core += sign[v] * a[v].toarray().ravel()  # symmetric: row v is column v


def ei_index(inc: Incidence, adj: sp.spmatrix) -> dict[str, dict]:
    """Krackhardt–Stern E–I index of each domain's units, on the binary ties.

    Each unit has one *home* domain: the domain where it leads or assists most tasks (ties to the domain
    with the smallest key; a unit with no task in a domain has none). For a domain D, internal ties I are the
    ties with both ends at home in D, external ties E those with exactly one end at home in D (the other end
    elsewhere or homeless); each tie counts once and E–I = (E − I)/(E + I), from −1 (closed) to +1 (all ties
    leave). Returns {domain key: {"title", "units" (at home there), "internal", "external", "ei_index"}}, in
    key order, for every domain of the incidence's tasks; ``ei_index`` is NaN when E + I = 0.
    """
    keys, counts = domain_counts(inc)
    dense = counts.toarray() if keys else np.zeros((len(inc.units), 0))
    home = np.where(dense.sum(axis=1) > 0, dense.argmax(axis=1) if keys else -1, -1)
    ties = sp.triu(sp.csr_matrix(adj), k=1).tocoo()
    hu, hv = home[ties.row], home[ties.col]
    same = (hu == hv) & (hu >= 0)
    d = len(keys)
    internal = np.bincount(hu[same], minlength=d)
    external = (np.bincount(hu[~same & (hu >= 0)], minlength=d) + np.bincount(hv[~same & (hv >= 0)], minlength=d))
    members = np.bincount(home[home >= 0], minlength=d)
    out = {}
    for i, k in enumerate(keys):
        e, n_in = int(external[i]), int(internal[i])
        out[k] = {"title": domain_title(inc, k), "units": int(members[i]), "internal": n_in, "external": e,
                  "ei_index": (e - n_in) / (e + n_in) if e + n_in else NAN}
    return out


def structure(inc: Incidence, weighting: str = "count", clique_limit: int = 10, seed: int = 0,
              exact_limit: int = 5000, k: int = 1000) -> dict:
    """Whole-network figures of the co-ownership projection.

    ``seed``, ``exact_limit`` and ``k`` are those of ``graph.centrality.betweenness``: above ``exact_limit``
    units betweenness (and so its centralization) is estimated from ``k`` pivots.

    Returns
    -------
    dict
        ``weighting``; ``units``, ``ties`` (pairs sharing a task), ``density`` (ties / possible pairs; NaN below
        2 units), ``components``, ``largest_component`` (units), ``mean_tie_weight``;
        ``degree_centralization`` — Freeman, on numbers of partners: Σ(max − d_i)/((n−1)(n−2)), 1 for a star;
        ``betweenness_centralization`` — Freeman, on the normalised betweenness of ``centrality`` (distance
        1/weight): Σ(max − b_i)/(n−1), 1 for a star (both NaN below 3 units); ``betweenness_pivots``;
        ``core_k`` and ``core_units`` — the main k-core (highest k: each of its units has at least k partners
        inside it); ``core_periphery`` — {"core": units (name order), "size", "fit"} from :func:`core_periphery`, the
        prefixes taken in order of partners, then weighted degree, then name (None when undefined); ``max_clique``,
        ``max_clique_count`` (maximum cliques), ``cliques`` (the first ``clique_limit`` of them, each sorted,
        in name order); ``ei_index`` — per domain, see :func:`ei_index`.
    """
    g = weighted_graph(inc, weighting)
    units = list(inc.units)
    n, m = g.number_of_nodes(), g.number_of_edges()
    w = weight_matrix(g, units)
    adj = (w > 0).astype(np.float64)
    deg = np.asarray(adj.sum(axis=1)).ravel()
    wdeg = np.asarray(w.sum(axis=1)).ravel()
    bet, pivots = betweenness(g, exact_limit, k, seed)
    comps = sorted((len(c) for c in nx.connected_components(g)), reverse=True)
    core = nx.core_number(g) if n else {}
    core_k = max(core.values()) if core else None
    order = np.lexsort((np.arange(n), -wdeg, -deg))
    core_rows, fit = core_periphery(adj, order)
    cliques = sorted(sorted(c) for c in nx.find_cliques(g)) if n else []
    top = max((len(c) for c in cliques), default=0)
    largest = [c for c in cliques if len(c) == top]
    return {
        "weighting": weighting, "units": n, "ties": m,
        "density": nx.density(g) if n >= 2 else NAN,
        "components": len(comps), "largest_component": comps[0] if comps else 0,
        "mean_tie_weight": float(w.sum() / (2 * m)) if m else NAN,
        "degree_centralization": _centralization(deg, (n - 1) * (n - 2)),
        "betweenness_centralization": _centralization(np.array([bet[u] for u in units]), n - 1),
        "betweenness_pivots": pivots,
        "core_k": core_k, "core_units": sorted(u for u, k in core.items() if k == core_k),
        "core_periphery": ({"core": [units[i] for i in core_rows], "size": len(core_rows), "fit": fit}
                           if len(core_rows) else None),
        "max_clique": top, "max_clique_count": len(largest), "cliques": largest[:clique_limit],
        "ei_index": ei_index(inc, adj),
    }


def _slices(inc: Incidence, slice_by: str) -> dict[str, Incidence]:
    if slice_by == "doc":
        labels = [d or "none" for d in task_column(inc, "doc")]
        order = list(dict.fromkeys(labels))
    elif slice_by == "year":
        labels = [(d or "")[:4] or NO_DEADLINE for d in task_column(inc, "deadline")]
        order = sorted(set(labels), key=lambda y: (y == NO_DEADLINE, y))
    else:
        raise ValueError(f"unknown slice_by {slice_by!r}; one of doc, year")
    labels = np.array(labels, dtype=object)
    return {label: subset(inc, labels == label) for label in order}


def structure_by(source, slice_by: str = "doc", weighting: str = "count", seed: int = 0, exact_limit: int = 5000,
                 k: int = 1000, **incidence_kwargs) -> pd.DataFrame:
    """:func:`structure` per slice of the tasks: per document or per deadline year.

    Parameters
    ----------
    source : Incidence, networkx.MultiDiGraph or mapping of label → Incidence
        An incidence to slice; a store graph (``incidence(source, **incidence_kwargs)`` is sliced); or
        slices already made (``slice_by`` is then ignored).
    slice_by : {"doc", "year"}
        ``doc``: one slice per document (its 文号), in task order. ``year``: the first four characters of the
        task's deadline, tasks without a deadline in the slice "no deadline" (last).
    weighting, seed, exact_limit, k
        As in :func:`structure`.

    Returns
    -------
    pandas.DataFrame
        One row per slice with ``SLICE_COLUMNS``: ``slice``, ``tasks``, ``units`` (with an entry in the slice),
        ``ties``, ``density``, ``components``, ``degree_centralization``, ``betweenness_centralization``,
        ``core_k``, ``core_size`` (units in the main k-core), ``max_clique``. ``attrs``: ``slice_by``,
        ``weighting``.

    Examples
    --------
    >>> import scipy.sparse as sp
    >>> inc = Incidence(units=list("abc"), kinds=["x"] * 3, lead=sp.csr_matrix([[1, 1], [0, 0], [0, 0]]),
    ...                 assist=sp.csr_matrix([[0, 0], [1, 1], [0, 1]]),
    ...                 tasks=[{"doc": "d", "deadline": "2023-12"}, {"doc": "d", "deadline": None}])
    >>> structure_by(inc, "year")[["slice", "tasks", "units", "ties", "max_clique"]].values.tolist()
    [['2023', 1, 2, 1, 2], ['no deadline', 1, 3, 3, 3]]
    """
    if isinstance(source, Incidence):
        slices = _slices(source, slice_by)
    elif isinstance(source, Mapping):
        slices = dict(source)
    elif isinstance(source, nx.Graph):
        slices = _slices(incidence(source, **incidence_kwargs), slice_by)
    else:
        raise TypeError(f"structure_by takes an Incidence, a store graph or a mapping of slices, not "
                        f"{type(source).__name__}")
    rows = []
    for label, sub in slices.items():
        s = structure(sub, weighting, seed=seed, exact_limit=exact_limit, k=k)
        rows.append({"slice": label, "tasks": len(sub.tasks), "units": s["units"], "ties": s["ties"],
                     "density": s["density"], "components": s["components"],
                     "degree_centralization": s["degree_centralization"],
                     "betweenness_centralization": s["betweenness_centralization"], "core_k": s["core_k"],
                     "core_size": len(s["core_units"]), "max_clique": s["max_clique"]})
    df = pd.DataFrame(rows, columns=SLICE_COLUMNS)
    df.attrs.update(slice_by=slice_by, weighting=weighting)
    return df

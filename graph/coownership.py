"""Co-ownership: which units share tasks, in which roles, and how often.

Examples
--------
>>> import scipy.sparse as sp
>>> from agencygraph.graph.incidence import Incidence
>>> inc = Incidence(units=["a", "b", "c"], kinds=["x"] * 3,
...                 tasks=[{"doc": "d", "number": "1"}, {"doc": "d", "number": "2"}],
...                 lead=sp.csr_matrix([[1, 1], [0, 0], [0, 0]]), assist=sp.csr_matrix([[0, 0], [1, 1], [0, 1]]))
>>> coowners(inc, "a")[["partner", "shared", "lead_assist"]].values.tolist()
[['b', 2, 2], ['c', 1, 1]]
>>> top_pairs(inc).values.tolist()
[['a', 'b', 2], ['a', 'c', 1], ['b', 'c', 1]]
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import scipy.sparse as sp

from .errors import NotFound
from .incidence import Incidence, projection

__all__ = ["coowners", "top_pairs", "coownership_matrix", "unit_row"]

ROLE_PAIRS = ("lead_lead", "lead_assist", "assist_lead", "assist_assist")


def unit_row(inc: Incidence, unit: str) -> int:
    """Row of a unit in the incidence; ``unit`` is a canonical name (resolve spellings before)."""
    try:
        return inc.index[unit]
    except KeyError:
        raise NotFound(f"unit {unit!r} has no task inside the filters") from None


def coowners(inc: Incidence, unit: str, min_shared: int = 1, top: int | None = None) -> pd.DataFrame:
    """Partners of ``unit``: shared tasks split by role pair (``unit``'s role first) and the shared task numbers
    (listed only for the ``top`` partners kept, when given: the busiest unit shares 10^5 tasks)."""
    i = unit_row(inc, unit)
    lead, assist = inc.lead.tocsr(), inc.assist.tocsr()
    mine = {"lead": lead[i], "assist": assist[i]}
    counts = {}
    for pair in ROLE_PAIRS:
        my_role, their_role = pair.split("_")
        theirs = lead if their_role == "lead" else assist
        counts[pair] = np.asarray((theirs @ mine[my_role].T).todense()).ravel()
    both = inc.both
    shared = np.asarray((both @ both[i].T).todense()).ravel()
    shared[i] = 0
    partners = sorted(np.nonzero(shared >= max(1, min_shared))[0].tolist(), key=lambda j: (-shared[j], inc.units[j]))
    my_tasks = np.sort(both[i].indices)
    rows = []
    for j in partners[:top] if top else partners:
        tasks = np.intersect1d(my_tasks, both[j].indices, assume_unique=True).tolist()  # sorted
        rows.append({"partner": inc.units[j], "kind": inc.kinds[j], "shared": int(shared[j]),
                     **{pair: int(counts[pair][j]) for pair in ROLE_PAIRS},
                     "tasks": [{"doc": (t := inc.tasks[c])["doc"], "number": t["number"]} for c in tasks]})
    columns = ["partner", "kind", "shared", *ROLE_PAIRS, "tasks"]
    return pd.DataFrame(rows, columns=columns)


def top_pairs(inc: Incidence, min_shared: int = 1, weighting: str = "count") -> pd.DataFrame:
    """Every pair of units sharing at least ``min_shared`` tasks, most shared first (``unit_a`` < ``unit_b``)."""
    w = sp.triu(projection(inc, "count"), k=1).tocoo()
    keep = w.data >= max(1, min_shared)
    rows, cols, shared = w.row[keep], w.col[keep], w.data[keep]
    a = np.array(inc.units, dtype=object)[rows]
    b = np.array(inc.units, dtype=object)[cols]
    swap = a > b
    a[swap], b[swap] = b[swap], a[swap]
    df = pd.DataFrame({"unit_a": a, "unit_b": b, "shared": shared.astype(int)})
    if weighting != "count":
        wv = projection(inc, weighting)
        df["weight"] = np.asarray(wv[rows, cols]).ravel()
    return df.sort_values(["shared", "unit_a", "unit_b"], ascending=[False, True, True], ignore_index=True)


def coownership_matrix(inc: Incidence, weighting: str = "count") -> pd.DataFrame:
    """The full unit × unit co-ownership matrix (diagonal: the unit's own number of tasks)."""
    w = projection(inc, weighting).toarray()
    np.fill_diagonal(w, np.asarray(inc.both.sum(axis=1)).ravel())
    df = pd.DataFrame(w, index=inc.units, columns=inc.units)
    return df.astype(int) if weighting == "count" else df

"""Coordination load per unit: tasks led and assisted, reach, a weighted load, a lead's coordination burden.

Examples
--------
>>> import scipy.sparse as sp
>>> from agencygraph.graph.incidence import Incidence
>>> inc = Incidence(units=["a", "b", "c"], kinds=["x"] * 3,
...                 tasks=[{"doc": "d", "number": "1", "domain": "D1", "deadline": "2023-12"},
...                        {"doc": "d", "number": "2", "domain": "D2", "deadline": "2024-06"}],
...                 lead=sp.csr_matrix([[1, 1], [0, 0], [0, 0]]), assist=sp.csr_matrix([[0, 0], [1, 1], [0, 1]]))
>>> workload(inc)[["unit", "leads", "assists", "domains", "partners", "weighted_load", "lead_burden"]].values.tolist()
[['a', 2, 0, 2, 2, 4.0, 3], ['b', 0, 2, 2, 2, 2.0, 0], ['c', 0, 1, 1, 2, 1.0, 0]]
>>> load_by_deadline(inc, "quarter").loc["a"].to_dict()
{'2023-Q4': 1, '2024-Q2': 1}
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd
import scipy.sparse as sp

from .incidence import Incidence, projection, task_column

__all__ = ["workload", "load_by_domain", "load_by_deadline", "DEFAULT_LEAD_WEIGHT", "DEFAULT_ASSIST_WEIGHT",
           "NO_DEADLINE", "period_of"]

#: The period of a task without a deadline, in every table and chart by deadline.
NO_DEADLINE = "no deadline"

#: A task led counts twice a task assisted in ``weighted_load`` unless told otherwise.
DEFAULT_LEAD_WEIGHT = 2.0
DEFAULT_ASSIST_WEIGHT = 1.0


def _column_matrix(labels: list, order: list | None = None) -> tuple[sp.csr_matrix, list]:
    """One-hot tasks × categories matrix for per-task labels (None labels are left out)."""
    cats = order or sorted({x for x in labels if x is not None})
    pos = {c: k for k, c in enumerate(cats)}
    rows = [j for j, x in enumerate(labels) if x in pos]
    cols = [pos[labels[j]] for j in rows]
    return sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(labels), len(cats))), cats


def _sums(m) -> np.ndarray:
    return np.asarray(m.sum(axis=1)).ravel()


def workload(inc: Incidence, lead_weight: float = DEFAULT_LEAD_WEIGHT,
             assist_weight: float = DEFAULT_ASSIST_WEIGHT) -> pd.DataFrame:
    """One row per unit, heaviest load first.

    ``weighted_load`` = lead_weight × leads + assist_weight × assists. ``lead_burden`` is the number of
    assisting units a unit must coordinate summed over the tasks it leads; ``lead_burden_units`` counts
    those assisting units once each.
    """
    lead, assist, both = inc.lead, inc.assist, inc.both
    domains, _cats = _column_matrix(task_column(inc, "domain"))
    assists_per_task = np.asarray(assist.sum(axis=0)).ravel()
    coordinated = (lead @ assist.T).tocsr()
    coordinated.setdiag(0)
    coordinated.eliminate_zeros()
    df = pd.DataFrame({
        "unit": inc.units,
        "kind": inc.kinds,
        "leads": _sums(lead).astype(int),
        "assists": _sums(assist).astype(int),
        "domains": _sums((both @ domains) > 0).astype(int),
        "partners": np.diff(projection(inc, "count").indptr).astype(int),
        "weighted_load": lead_weight * _sums(lead) + assist_weight * _sums(assist),
        "lead_burden": (lead @ assists_per_task).astype(int),
        "lead_burden_units": np.diff(coordinated.indptr).astype(int),
    })
    return df.sort_values(["weighted_load", "unit"], ascending=[False, True], ignore_index=True)


def _by(inc: Incidence, labels: list, role: str, order: list | None = None) -> pd.DataFrame:
    m, cats = _column_matrix(labels, order)
    source = {"lead": inc.lead, "assist": inc.assist, "both": inc.both}[role]
    counts = (source @ m).toarray().astype(int)
    return pd.DataFrame(counts, index=pd.Index(inc.units, name="unit"), columns=cats)


def load_by_domain(inc: Incidence, role: str = "both") -> pd.DataFrame:
    """Unit × domain matrix: tasks a unit leads, assists or either (``role``) in each domain (columns: titles)."""
    keys = task_column(inc, "domain")
    df = _by(inc, keys, role)
    titles = [inc.domain_titles.get(k) or k for k in df.columns]
    counts = Counter(titles)
    shared = {t for t, n in counts.items() if n > 1}  # two documents' domains of one title stay two columns
    df.columns = [f"{t} ({k.rsplit('#D', 1)[0]})" if t in shared else t for t, k in zip(titles, df.columns)]
    return df


def period_of(deadline: str | None, period: str) -> str:
    """The year (``"2024"``) or quarter (``"2024-Q2"``) a normalised deadline falls in; a year alone means the
    end of that year (Q4); no deadline, "ongoing", "recurring" or a yearless "--06" is ``no deadline``. Every
    table and chart by deadline uses this one function.

    >>> period_of("2024-05", "quarter"), period_of("2025", "quarter"), period_of("2025", "year"), period_of("ongoing", "year")
    ('2024-Q2', '2025-Q4', '2025', 'no deadline')
    """
    if not deadline or not deadline[:4].isdigit():
        return NO_DEADLINE
    if period == "year":
        return deadline[:4]
    if len(deadline) >= 7 and deadline[5:7].isdigit():
        return f"{deadline[:4]}-Q{(int(deadline[5:7]) - 1) // 3 + 1}"
    return f"{deadline[:4]}-Q4"  # a year alone means by the end of that year


def load_by_deadline(inc: Incidence, period: str = "year", role: str = "both") -> pd.DataFrame:
    """Unit × period matrix of tasks due in each year (``period="year"``) or quarter (``"quarter"``), periods in
    order, then a ``no deadline`` column when some task has none."""
    if period not in ("year", "quarter"):
        raise ValueError(f"period is 'year' or 'quarter', not {period!r}")
    labels = [period_of(d, period) for d in task_column(inc, "deadline")]
    order = sorted(set(labels) - {NO_DEADLINE}) + ([NO_DEADLINE] if NO_DEADLINE in labels else [])
    return _by(inc, labels, role, order)

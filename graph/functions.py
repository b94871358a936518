"""Function classes: what each unit does (发展改革, 财政, 商务 …), read from its name by ``functions.yaml``, so
that places can be compared by function; load, co-ownership and diffs aggregated by class.

Examples
--------
>>> [function_of(n) for n in ("市发改委", "许昌市发展和改革委员会", "舟山市财政局", "各区人民政府", "市台办")]
['发展改革', '发展改革', '财政', '群组', '其他']
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = ["FUNCTIONS_FILE", "function_of", "functions_of", "workload_by_function", "coowners_by_function",
           "diff_by_function"]

FUNCTIONS_FILE = Path(__file__).with_name("functions.yaml")
OTHER, GROUP = "其他", "群组"


@lru_cache(maxsize=1)
def _classes() -> tuple[tuple[str, tuple[str, ...]], ...]:
    import yaml

    data = yaml.safe_load(FUNCTIONS_FILE.read_text(encoding="utf-8"))
    return tuple((c["name"], tuple(c["words"])) for c in data["classes"])


@lru_cache(maxsize=4096)
def function_of(name: str, kind: str | None = None) -> str:
    """The function class of a unit by its name (its place does not matter); 群组 for a group expression."""
    if kind == "group":
        return GROUP
    from agencygraph.loaders.units import is_group_expression

    if is_group_expression(name):
        return GROUP
    return next((cls for cls, words in _classes() if any(w in name for w in words)), OTHER)


def functions_of(units: list[str], kinds: list[str] | None = None) -> list[str]:
    kinds = kinds or [None] * len(units)
    return [function_of(u, k) for u, k in zip(units, kinds)]


def workload_by_function(per_unit: pd.DataFrame) -> pd.DataFrame:
    """A per-unit workload frame summed by function class: units, leads, assists, weighted load, heaviest first."""
    df = per_unit.assign(function=functions_of(list(per_unit["unit"]), list(per_unit["kind"])))
    out = df.groupby("function", sort=False).agg(units=("unit", "count"), leads=("leads", "sum"),
                                                 assists=("assists", "sum"), weighted_load=("weighted_load", "sum"))
    out = out.reset_index().sort_values(["weighted_load", "function"], ascending=[False, True], kind="stable")
    return out.reset_index(drop=True)


def coowners_by_function(inc, unit: str | None = None) -> pd.DataFrame:
    """Tasks shared between function classes (a task counts once per pair of classes its units are of), or,
    with ``unit``, the tasks ``unit`` shares with each class (its own class counting its other units)."""
    classes = functions_of(inc.units, inc.kinds)
    names = sorted(set(classes))
    column = {c: i for i, c in enumerate(names)}
    import scipy.sparse as sp

    f = sp.csr_matrix((np.ones(len(classes)), (np.arange(len(classes)), [column[c] for c in classes])),
                      shape=(len(classes), len(names)))
    both = (inc.both > 0).astype(np.int64)
    task_class = ((f.T @ both) > 0).astype(np.int64)  # class × task: the class has a unit on the task
    if unit is not None:
        row = inc.units.index(unit)
        mine = both[row]
        others = both.copy().tolil()
        others[row] = 0
        shared = (f.T @ others.tocsr()).multiply(mine) > 0
        counts = np.asarray(shared.sum(axis=1)).ravel()
        df = pd.DataFrame({"function": names, "shared": counts.astype(int),
                           "units": [sum(1 for c in classes if c == n) - (n == classes[row]) for n in names]})
        return df[df["shared"] > 0].sort_values(["shared", "function"], ascending=[False, True]).reset_index(drop=True)
    m = (task_class @ task_class.T).toarray()
    rows = [(names[i], names[j], int(m[i, j])) for i in range(len(names)) for j in range(i + 1, len(names)) if m[i, j]]
    df = pd.DataFrame(rows, columns=["function_a", "function_b", "shared"])
    return df.sort_values(["shared", "function_a", "function_b"], ascending=[False, True, True]).reset_index(drop=True)


def diff_by_function(units_a: pd.DataFrame, units_b: pd.DataFrame) -> pd.DataFrame:
    """Two sides' per-unit workload frames (two places, two sets of documents) compared by function class:
    units, leads and assists on each side and the change of their share of all leads, largest first."""
    a, b = workload_by_function(units_a).set_index("function"), workload_by_function(units_b).set_index("function")
    df = pd.DataFrame(index=sorted(set(a.index) | set(b.index)))
    for side, frame in (("a", a), ("b", b)):
        for col in ("units", "leads", "assists"):
            df[f"{col}_{side}"] = frame[col].reindex(df.index).fillna(0).astype(int)
        total = max(int(frame["leads"].sum()), 1)
        df[f"lead_share_{side}"] = (df[f"leads_{side}"] / total).round(4)
    df["lead_share_change"] = (df["lead_share_b"] - df["lead_share_a"]).round(4)
    df = df.rename_axis("function").reset_index()
    order = df["lead_share_change"].abs()
    return df.assign(_o=order).sort_values(["_o", "function"], ascending=[False, True]).drop(columns="_o") \
        .reset_index(drop=True)

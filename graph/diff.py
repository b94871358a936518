"""Plan-to-plan diff: how each unit's role changed between two documents (or two sets of documents).

Units are compared after alias resolution, so a unit renamed between the plans (市交通运输委 →
市交通运输局) is one unit that changed, not one that disappeared and one that appeared; the
spellings each side used are listed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from .incidence import Incidence, incidence, projection, subset, task_column
from .listing import resolve_doc

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["diff"]


def _side(inc: Incidence, docs: set[str]) -> pd.DataFrame:
    side = subset(inc, [d in docs for d in task_column(inc, "doc")])
    w = projection(side, "count")
    weighted = np.asarray(w.sum(axis=1)).ravel()
    df = pd.DataFrame({
        "unit": side.units, "kind": side.kinds,
        "leads": np.asarray(side.lead.sum(axis=1)).ravel().astype(int),
        "assists": np.asarray(side.assist.sum(axis=1)).ravel().astype(int),
        "weighted_degree": weighted,
    })
    df["rank"] = df["weighted_degree"].rank(ascending=False, method="min").astype(int)
    return df.set_index("unit")


def _spellings(inc: Incidence, docs: set[str]) -> dict[str, list[str]]:
    out: dict[str, set[str]] = {}
    for (name, doc), spelled in inc.spellings.items():
        if doc in docs:
            out.setdefault(name, set()).update(spelled)
    return {k: sorted(v) for k, v in out.items()}


def diff(graph: nx.MultiDiGraph, docs_a: str | list[str], docs_b: str | list[str],
         expand_groups: bool = False, inc: Incidence | None = None) -> pd.DataFrame:
    """One row per unit in either side: counts and co-ownership rank on each side, and the changes.

    ``status`` is ``appeared`` (only in B), ``disappeared`` (only in A), ``changed`` or ``same``.
    ``rank`` is the unit's rank by weighted degree in its side's co-ownership network (1 = most
    connected); ``rank_change`` is positive when the unit moved up. Rows with the largest change
    (leads + assists + rank) come first. ``inc`` reuses an incidence that holds both sides' tasks (the
    whole corpus's, say), built with the same ``expand_groups``.
    """
    docs_a = [docs_a] if isinstance(docs_a, str) else list(docs_a)
    docs_b = [docs_b] if isinstance(docs_b, str) else list(docs_b)
    keys_a = {resolve_doc(graph, d) for d in docs_a}
    keys_b = {resolve_doc(graph, d) for d in docs_b}
    if inc is None:
        inc = incidence(graph, docs=sorted(keys_a | keys_b), expand_groups=expand_groups)
    a, b = _side(inc, keys_a), _side(inc, keys_b)
    units = sorted(set(a.index) | set(b.index))
    df = pd.DataFrame(index=pd.Index(units, name="unit"))
    df["kind"] = b["kind"].combine_first(a["kind"])
    for col in ("leads", "assists", "rank"):
        df[f"{col}_a"] = a[col].reindex(units)
        df[f"{col}_b"] = b[col].reindex(units)
    df["status"] = np.select(
        [df["leads_a"].isna(), df["leads_b"].isna(),
         (df["leads_a"] != df["leads_b"]) | (df["assists_a"] != df["assists_b"]) | (df["rank_a"] != df["rank_b"])],
        ["appeared", "disappeared", "changed"], default="same")
    for col in ("leads", "assists"):
        df[f"{col}_change"] = df[f"{col}_b"].fillna(0) - df[f"{col}_a"].fillna(0)
    df["rank_change"] = df["rank_a"] - df["rank_b"]
    for col in [c for c in df.columns if c.endswith(("_a", "_b", "_change"))]:
        df[col] = df[col].astype("Int64")
    spell_a, spell_b = _spellings(inc, keys_a), _spellings(inc, keys_b)
    df["spelled_a"] = [spell_a.get(u, []) for u in units]
    df["spelled_b"] = [spell_b.get(u, []) for u in units]
    size = (df["leads_change"].abs() + df["assists_change"].abs() + df["rank_change"].abs().fillna(0)).astype(float)
    df = df.assign(_size=size).reset_index().sort_values(["_size", "unit"], ascending=[False, True])
    return df.drop(columns="_size").reset_index(drop=True)

"""Accountability flags: tasks without one accountable lead, and domain leads that lead none of their tasks.

Flags:

- ``multi_lead`` — more than one lead (多头牵头);
- ``group_lead`` — led by a group expression (各区人民政府 …) rather than a named unit;
- ``no_lead`` — no lead at all;
- ``lead_also_assists`` — a unit is stored as both lead and assistant of the task (the loaders keep a lead that a
  document lists again among the assisting units as lead only and say so in the load report; a store written
  before that, or by other means, may hold both);
- ``domain_lead_idle`` — a unit leads a domain (category header) but none of the domain's tasks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from .incidence import Incidence, incidence, task_column

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["FLAGS", "flags"]

FLAGS = ("multi_lead", "group_lead", "no_lead", "lead_also_assists", "domain_lead_idle")


def _names(inc: Incidence, rows) -> list[str]:
    return [inc.units[i] for i in rows]


def _task_flags(inc: Incidence) -> list[dict]:
    """Flags per task, found with column sums over the sparse incidence; only flagged tasks are visited."""
    lead, assist = inc.lead.tocsc(), inc.assist.tocsc()
    is_group = np.array([k == "group" for k in inc.kinds], dtype=np.float64)
    n_leads = np.diff(lead.indptr)
    group_leads = np.asarray(lead.T @ is_group).ravel() if len(is_group) else np.zeros(len(inc.tasks))
    both = lead.multiply(assist).tocsc()
    n_both = np.diff(both.indptr)
    checks = [("multi_lead", n_leads > 1), ("group_lead", group_leads > 0), ("no_lead", n_leads == 0),
              ("lead_also_assists", n_both > 0)]
    rows = []
    for flag, hit in checks:
        for j in np.flatnonzero(hit):
            leads = lead.indices[lead.indptr[j]:lead.indptr[j + 1]]
            if flag == "multi_lead":
                units = _names(inc, sorted(leads))
            elif flag == "group_lead":
                units = _names(inc, sorted(i for i in leads if is_group[i]))
            elif flag == "no_lead":
                units = _names(inc, sorted(assist.indices[assist.indptr[j]:assist.indptr[j + 1]]))
            else:
                units = _names(inc, sorted(both.indices[both.indptr[j]:both.indptr[j + 1]]))
            task = inc.tasks[j]
            rows.append({"doc": task["doc"], "number": task["number"], "column": j,
                         "domain": inc.domain_titles.get(task.get("domain")), "flag": flag, "units": units})
    return rows


def _idle_domain_leads(inc: Incidence) -> list[dict]:
    """Units a domain header names as lead that lead none of the domain's tasks inside the filters."""
    domains = {key: i for i, key in enumerate(inc.domain_leads)}
    lead = inc.lead.tocsc()
    # (domain, unit) for every lead entry, found at once: the domain of each entry's column
    col_domain = np.array([domains.get(d, -1) for d in task_column(inc, "domain")], dtype=np.int64)
    entry_domain = col_domain[np.repeat(np.arange(lead.shape[1]), np.diff(lead.indptr))]
    keep = entry_domain >= 0
    pairs = set(zip(entry_domain[keep].tolist(), lead.indices[keep].tolist()))
    rows = []
    for key, leads in inc.domain_leads.items():
        d = domains[key]
        idle = sorted(u for u in leads if (d, inc.index.get(u, -1)) not in pairs)
        if idle:
            rows.append({"doc": key.rsplit("#D", 1)[0], "number": None, "column": len(inc.tasks),
                         "domain": inc.domain_titles.get(key), "flag": "domain_lead_idle", "units": idle})
    return rows


def flags(graph: nx.MultiDiGraph, doc: str | None = None, domain: str | None = None,
          inc: Incidence | None = None, only: list[str] | None = None) -> pd.DataFrame:
    """Every flagged task (and idle domain lead) inside the filters: columns doc, number, domain, flag, units.

    ``inc`` reuses an incidence built with the same filters; ``only`` keeps some flags.
    """
    if only:
        unknown = set(only) - set(FLAGS)
        if unknown:
            raise ValueError(f"unknown flag(s) {', '.join(sorted(unknown))}; one of {', '.join(FLAGS)}")
    inc = inc if inc is not None else incidence(graph, doc, domain)
    rows = _task_flags(inc) + _idle_domain_leads(inc)
    df = pd.DataFrame(rows, columns=["doc", "number", "column", "domain", "flag", "units"])
    if only:
        df = df[df["flag"].isin(only)]
    df["number"] = df["number"].astype(object).where(df["number"].notna(), None)
    order = {f: k for k, f in enumerate(FLAGS)}
    df = df.sort_values(["flag", "doc", "column"], key=lambda s: s.map(order) if s.name == "flag" else s,
                        kind="stable", ignore_index=True)
    return df.drop(columns="column")

"""Accountability flags: tasks without one accountable lead, and domain leads that lead none of their tasks.

Flags:

- ``multi_lead`` — more than one lead (多头牵头);
- ``group_lead`` — led by a group expression (各区人民政府 …) rather than a named unit;
- ``no_lead`` — no lead at all;
- ``lead_also_assists`` — a unit is listed as both lead and assistant of the task;
- ``domain_lead_idle`` — a unit leads a domain (category header) but none of the domain's tasks.
"""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd

from .incidence import Incidence, incidence
from .listing import task_scope

__all__ = ["FLAGS", "flags"]

FLAGS = ("multi_lead", "group_lead", "no_lead", "lead_also_assists", "domain_lead_idle")


def _task_flags(inc: Incidence) -> list[dict]:
    lead, assist = inc.lead.tocsc(), inc.assist.tocsc()
    is_group = np.array([k == "group" for k in inc.kinds], dtype=bool)
    rows = []
    for j, task in enumerate(inc.tasks):
        leads = lead.indices[lead.indptr[j]:lead.indptr[j + 1]]
        assists = assist.indices[assist.indptr[j]:assist.indptr[j + 1]]
        base = {"doc": task["doc"], "number": task["number"], "domain": inc.domain_titles.get(task.get("domain"))}
        names = [inc.units[i] for i in leads]
        if len(leads) > 1:
            rows.append({**base, "flag": "multi_lead", "units": names})
        if is_group[leads].any():
            rows.append({**base, "flag": "group_lead", "units": [inc.units[i] for i in leads if is_group[i]]})
        if len(leads) == 0:
            rows.append({**base, "flag": "no_lead", "units": [inc.units[i] for i in assists]})
        both = sorted(set(leads) & set(assists))
        if both:
            rows.append({**base, "flag": "lead_also_assists", "units": [inc.units[i] for i in both]})
    return rows


def _idle_domain_leads(graph: nx.MultiDiGraph, doc, domain) -> list[dict]:
    keep_task, keep_domain = task_scope(graph, doc, domain)
    rows = []
    for dom, a in graph.nodes(data=True):
        if a.get("label") != "Domain" or not keep_domain(dom, a):
            continue
        tasks = [t for t, _v, d in graph.in_edges(dom, data=True) if d.get("type") == "IN_DOMAIN"
                 and keep_task(t, graph.nodes[t])]
        task_leads = {graph.nodes[u]["name"] for t in tasks for u, _v, d in graph.in_edges(t, data=True)
                      if d.get("type") == "LEADS"}
        idle = sorted(graph.nodes[u]["name"] for u, _v, d in graph.in_edges(dom, data=True)
                      if d.get("type") == "LEADS" and graph.nodes[u]["name"] not in task_leads)
        if idle:
            rows.append({"doc": a["doc"], "number": None, "domain": a.get("title"), "flag": "domain_lead_idle",
                         "units": idle})
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
    rows = _task_flags(inc) + _idle_domain_leads(graph, doc, domain)
    df = pd.DataFrame(rows, columns=["doc", "number", "domain", "flag", "units"])
    if only:
        df = df[df["flag"].isin(only)]
    df["number"] = df["number"].astype(object).where(df["number"].notna(), None)
    order = {f: k for k, f in enumerate(FLAGS)}
    return df.sort_values(["flag", "doc"], key=lambda s: s.map(order) if s.name == "flag" else s,
                          kind="stable", ignore_index=True)

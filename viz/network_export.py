"""The unit networks Gephi users analyse, as networkx graphs for ``export --network units|two-mode``.

- ``units``: the co-ownership network, one node per unit or group (``kind``, ``aliases``, ``leads``,
  ``assists``, ``domains``, ``partners``, ``weighted_load``, ``lead_burden``), one undirected edge per pair
  sharing a task: ``weight`` (by ``--weighting``), ``shared`` (tasks shared) and the role pairs ``lead_lead``,
  ``lead_assist`` (one leads, the other assists) and ``assist_assist``;
- ``two-mode``: units and tasks (``bipartite`` 0 and 1), an edge per unit on a task with its ``role``
  (``lead`` wins where a unit does both) and a ``weight`` of 2 for a lead and 1 for an assist, the weights
  of ``weighted_load``.

Both take the store's filters (``doc``, ``domain``, ``expand_groups``) and count units after alias
resolution, exactly as the analytics commands do.

Examples
--------
>>> import scipy.sparse as sp
>>> from agencygraph.graph.incidence import Incidence
>>> inc = Incidence(units=["a", "b", "c"], kinds=["unit"] * 3,
...                 tasks=[{"key": "d#1", "doc": "d", "number": "1"}, {"key": "d#2", "doc": "d", "number": "2"}],
...                 lead=sp.csr_matrix([[1, 1], [0, 0], [0, 0]]), assist=sp.csr_matrix([[0, 0], [1, 1], [0, 1]]))
>>> g = units_graph(inc)
>>> g.edges["a", "b"], g.edges["b", "c"]["shared"], g.nodes["a"]["weighted_load"]
({'weight': 2.0, 'shared': 2, 'lead_lead': 0, 'lead_assist': 2, 'assist_assist': 0}, 1, 4.0)
>>> t = two_mode_graph(inc)
>>> sorted(t.edges("d#2", data="role"))
[('d#2', 'a', 'lead'), ('d#2', 'b', 'assist'), ('d#2', 'c', 'assist')]
"""

from __future__ import annotations

import networkx as nx
import scipy.sparse as sp

__all__ = ["NETWORKS", "units_graph", "two_mode_graph", "network_graph"]

#: What ``export --network`` writes: the whole property graph, the unit network, or units and tasks.
NETWORKS = ("full", "units", "two-mode")
_UNIT_COLUMNS = ("leads", "assists", "domains", "partners", "weighted_load", "lead_burden")


def _unit_attributes(inc, aliases: dict | None) -> dict[str, dict]:
    from agencygraph.graph.workload import workload

    df = workload(inc)
    out = {}
    for row in df.itertuples(index=False):
        attrs = {"node_type": "Unit" if row.kind != "group" else "Group", "label": row.unit, "kind": row.kind}
        attrs.update({c: (float(v) if c == "weighted_load" else int(v)) for c in _UNIT_COLUMNS
                      for v in [getattr(row, c)]})
        if aliases and aliases.get(row.unit):
            attrs["aliases"] = aliases[row.unit]
        if aliases and aliases.get(("predecessors", row.unit)):  # former names, dated: 市经信委 (2019)
            attrs["predecessors"] = aliases[("predecessors", row.unit)]
        out[row.unit] = attrs
    return out


def _pairs(m) -> dict[tuple[int, int], float]:
    m = sp.triu(sp.csr_matrix(m, dtype=float), k=1).tocoo()
    return {(i, j): x for i, j, x in zip(m.row.tolist(), m.col.tolist(), m.data.tolist()) if x}


def units_graph(inc, weighting: str = "count", aliases: dict | None = None) -> nx.Graph:
    """The co-ownership network of ``inc`` (an Incidence) with ``weight``, ``shared`` and role-pair counts."""
    from agencygraph.graph.incidence import projection

    lead = inc.lead
    assist = (inc.assist - inc.assist.multiply(inc.lead)).tocsr()  # a unit leading a task is its lead there
    la = lead @ assist.T
    counts = {"lead_lead": _pairs(lead @ lead.T), "lead_assist": _pairs(la + la.T),
              "assist_assist": _pairs(assist @ assist.T)}
    shared = _pairs(projection(inc, "count"))
    weight = shared if weighting == "count" else _pairs(projection(inc, weighting))
    g = nx.Graph()
    g.add_nodes_from(_unit_attributes(inc, aliases).items())
    for (i, j), n in shared.items():
        g.add_edge(inc.units[i], inc.units[j], weight=float(weight.get((i, j), 0.0)), shared=int(n),
                   **{k: int(c.get((i, j), 0)) for k, c in counts.items()})
    return g


def two_mode_graph(inc, aliases: dict | None = None, tasks: dict | None = None,
                   lead_weight: float = 2.0, assist_weight: float = 1.0) -> nx.Graph:
    """Units (``bipartite`` 0) and tasks (1) of ``inc``; ``tasks`` maps (doc, number) to extra task fields."""
    g = nx.Graph()
    for name, attrs in _unit_attributes(inc, aliases).items():
        g.add_node(name, bipartite=0, **attrs)
    titles = inc.domain_titles
    for t in inc.tasks:
        extra = (tasks or {}).get((t["doc"], t["number"]), {})
        g.add_node(t["key"], bipartite=1, node_type="Task", label=f"{t['doc']} #{t['number']}", doc=t["doc"],
                   number=t["number"], domain=titles.get(t.get("domain")) or t.get("domain"),
                   deadline=t.get("deadline"), **{k: v for k, v in extra.items() if k in ("text", "deadline_text")})
    for role, m, w in (("assist", inc.assist, assist_weight), ("lead", inc.lead, lead_weight)):  # lead last: wins
        m = sp.coo_matrix(m)
        for i, j in zip(m.row.tolist(), m.col.tolist()):
            g.add_edge(inc.units[i], inc.tasks[j]["key"], role=role, weight=float(w))
    return g


def network_graph(store, network: str, doc: str | None = None, domain: str | None = None,
                  expand_groups: bool = False, weighting: str = "count") -> nx.Graph:
    """The ``units`` or ``two-mode`` network of the store inside the filters."""
    if network not in NETWORKS[1:]:
        raise ValueError(f"network is one of {', '.join(NETWORKS[1:])}, not {network!r}")
    inc = store.incidence(doc=doc, domain=domain, expand_groups=expand_groups)
    units = store.units(doc=doc, domain=domain)
    aliases = {r["name"]: r.get("aliases") or [] for r in units}
    aliases.update({("predecessors", r["name"]): r["predecessors"] for r in units if r.get("predecessors")})
    if network == "units":
        return units_graph(inc, weighting, aliases)
    tasks = {(r["doc"], r["number"]): r for r in store.tasks(doc=doc, domain=domain)}
    return two_mode_graph(inc, aliases, tasks)

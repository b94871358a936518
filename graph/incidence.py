"""The two-mode view: a sparse unit × task incidence with the role on each entry, and its one-mode projections.

Every analysis starts here. Rows are units and groups (canonical names), columns are tasks (the
parts a task splits into, not the row they split). ``lead`` and ``assist`` are 0/1 sparse matrices.

Examples
--------
>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> for t in ("T:1", "T:2"):
...     g.add_node(t, label="Task", key=t, doc="d", number=t[-1], domain=None)
>>> for u in "abc":
...     g.add_node(u, label="Unit", name=u, kind="municipal_department")
>>> for u, t, rel in [("a", "T:1", "LEADS"), ("b", "T:1", "ASSISTS"), ("a", "T:2", "LEADS"), ("c", "T:2", "ASSISTS")]:
...     _ = g.add_edge(u, t, type=rel)
>>> inc = incidence(g)
>>> inc.units, inc.task_numbers()
(['a', 'b', 'c'], ['1', '2'])
>>> projection(inc).toarray().tolist()
[[0.0, 1.0, 1.0], [1.0, 0.0, 0.0], [1.0, 0.0, 0.0]]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import networkx as nx
import numpy as np
import scipy.sparse as sp

from .listing import task_scope, natural_key

__all__ = ["Incidence", "incidence", "projection", "WEIGHTINGS", "DEFAULT_ROLE_WEIGHTS", "projection_graph"]

WEIGHTINGS = ("count", "newman", "lead")
#: Weights of the ``lead`` weighting: a tie through a task counts by the pair of roles.
DEFAULT_ROLE_WEIGHTS = {"lead_lead": 2.0, "lead_assist": 2.0, "assist_assist": 1.0}


@dataclass
class Incidence:
    units: list[str]
    kinds: list[str]
    tasks: list[dict]  # key, doc, number, domain (key), deadline, for each column
    lead: sp.csr_matrix
    assist: sp.csr_matrix
    domain_titles: dict[str, str] = field(default_factory=dict)
    index: dict[str, int] = field(default_factory=dict)

    def __post_init__(self):
        self.index = {u: i for i, u in enumerate(self.units)}

    @cached_property
    def both(self) -> sp.csr_matrix:
        """1 where a unit leads or assists a task (a unit that does both counts once); computed once."""
        return ((self.lead + self.assist) > 0).astype(np.float64).tocsr()

    def task_numbers(self) -> list[str]:
        return [t["number"] for t in self.tasks]

    def is_group(self, i: int) -> bool:
        return self.kinds[i] == "group"


def _group_members(graph: nx.MultiDiGraph) -> dict[tuple[str, str], list[str]]:
    """(group node, doc) → member unit nodes, as each document defines them."""
    members: dict[tuple[str, str], list[str]] = {}
    for u, v, d in graph.edges(data=True):
        if d.get("type") == "MEMBER_OF" and graph.nodes[v].get("label") == "Group":
            members.setdefault((v, d.get("doc")), []).append(u)
    return members


def incidence(graph: nx.MultiDiGraph, doc: str | None = None, domain: str | None = None,
              expand_groups: bool = False, docs: list[str] | None = None) -> Incidence:
    """The unit × task incidence of the tasks inside the filters.

    ``expand_groups`` replaces a group on a task by the members its document defines for it (a group the
    document does not define stays a group). ``docs`` restricts to several documents (a set of plans).
    """
    keep_task, _ = task_scope(graph, doc, domain)
    wanted_docs = None
    if docs:
        from .listing import resolve_doc

        wanted_docs = {resolve_doc(graph, d) for d in docs}
    tasks = [(n, a) for n, a in graph.nodes(data=True) if a.get("label") == "Task" and keep_task(n, a)
             and (wanted_docs is None or a["doc"] in wanted_docs)]
    tasks.sort(key=lambda na: (na[1]["doc"], natural_key(na[1]["number"])))
    members = _group_members(graph) if expand_groups else {}
    column = {n: j for j, (n, _a) in enumerate(tasks)}
    roles = {"LEADS": "lead", "ASSISTS": "assist"}
    entries: dict[tuple[str, int], set[str]] = {}
    filtered = bool(doc or domain or docs)
    edges = ((u, v, d) for n, _a in tasks for u, v, d in graph.in_edges(n, data="type")) if filtered \
        else graph.edges(data="type")  # a slice reads its own tasks' edges; the whole corpus reads all once
    for u, v, d in edges:
        role = roles.get(d)
        j = column.get(v) if role else None
        if j is None:
            continue
        for actor in members.get((u, tasks[j][1]["doc"]), [u]) if expand_groups else (u,):
            entries.setdefault((actor, j), set()).add(role)
    actor_nodes = sorted({actor for actor, _j in entries}, key=lambda n: graph.nodes[n]["name"])
    row = {n: i for i, n in enumerate(actor_nodes)}
    shape = (len(actor_nodes), len(tasks))
    mats = {}
    for role in ("lead", "assist"):
        cells = [(row[actor], j) for (actor, j), roles in entries.items() if role in roles]
        r = np.fromiter((c[0] for c in cells), dtype=np.int64, count=len(cells))
        c = np.fromiter((c[1] for c in cells), dtype=np.int64, count=len(cells))
        mats[role] = sp.csr_matrix((np.ones(len(cells)), (r, c)), shape=shape)
    domain_titles = {a["key"]: a.get("title") for _n, a in graph.nodes(data=True) if a.get("label") == "Domain"}
    return Incidence(
        units=[graph.nodes[n]["name"] for n in actor_nodes],
        kinds=[graph.nodes[n].get("kind", "unknown") for n in actor_nodes],
        tasks=[{"key": a["key"], "doc": a["doc"], "number": a["number"], "domain": a.get("domain"),
                "deadline": a.get("deadline")} for _n, a in tasks],
        lead=mats["lead"], assist=mats["assist"], domain_titles=domain_titles)


def projection(inc: Incidence, weighting: str = "count", role_weights: dict | None = None) -> sp.csr_matrix:
    """The unit × unit co-ownership matrix (zero diagonal), computed as sparse products, never task pairs.

    - ``count``: the number of tasks two units share (B·Bᵀ);
    - ``newman``: Newman's collaboration weighting, each task adds 1/(n−1) to each pair of its n units;
    - ``lead``: each shared task adds the weight of the pair of roles (``DEFAULT_ROLE_WEIGHTS``).
    """
    if weighting == "count":
        b = inc.both
        w = b @ b.T
    elif weighting == "newman":
        b = inc.both
        n = np.asarray(b.sum(axis=0)).ravel()
        scale = np.divide(1.0, n - 1, out=np.zeros_like(n, dtype=np.float64), where=n > 1)
        w = b @ sp.diags(scale) @ b.T
    elif weighting == "lead":
        rw = {**DEFAULT_ROLE_WEIGHTS, **(role_weights or {})}
        lead = inc.lead
        assist = (inc.assist - inc.assist.multiply(inc.lead)).tocsr()  # a unit that leads a task is its lead there
        la = lead @ assist.T
        w = rw["lead_lead"] * (lead @ lead.T) + rw["lead_assist"] * (la + la.T) + rw["assist_assist"] * (assist @ assist.T)
    else:
        raise ValueError(f"unknown weighting {weighting!r}; one of {', '.join(WEIGHTINGS)}")
    w = sp.csr_matrix(w, dtype=np.float64)
    w.setdiag(0)
    w.eliminate_zeros()
    return w


def projection_graph(inc: Incidence, weighting: str = "count", role_weights: dict | None = None) -> nx.Graph:
    """The projection as a weighted networkx Graph (nodes: unit names; every unit present, isolated or not)."""
    w = sp.triu(projection(inc, weighting, role_weights), k=1).tocoo()
    g = nx.Graph()
    g.add_nodes_from((u, {"kind": k}) for u, k in zip(inc.units, inc.kinds))
    g.add_weighted_edges_from((inc.units[i], inc.units[j], float(x)) for i, j, x in zip(w.row, w.col, w.data))
    return g

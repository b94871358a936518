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

from typing import TYPE_CHECKING

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import scipy.sparse as sp

from .listing import task_scope, natural_key
from .model import WEIGHTINGS

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["Incidence", "incidence", "assemble", "subset", "task_column", "projection", "WEIGHTINGS", "DEFAULT_ROLE_WEIGHTS", "projection_graph"]

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
    #: domain key → the units its header names as lead, for the domains inside the filters
    domain_leads: dict[str, list[str]] = field(default_factory=dict)
    #: (unit, doc) → the spellings the document used for the unit, where they differ from its name
    spellings: dict[tuple[str, str], set[str]] = field(default_factory=dict)
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


def task_column(inc: Incidence, name: str) -> list:
    """One field (``doc``, ``domain``, ``deadline`` …) of every task, in column order; read from the stored
    columns when the incidence keeps them so (the embedded store's), without a dict per task.

    >>> task_column(Incidence(units=[], kinds=[], tasks=[{"doc": "d"}, {}], lead=sp.csr_matrix((0, 2)),
    ...                       assist=sp.csr_matrix((0, 2))), "doc")
    ['d', None]
    """
    column = getattr(inc.tasks, "column", None)
    return column(name) if column else [t.get(name) for t in inc.tasks]


def assemble(tasks: list[dict], edges, members: dict | None = None, domain_titles: dict | None = None,
             domain_leads: dict | None = None) -> Incidence:
    """An Incidence from store-neutral rows (what both stores read): ``tasks`` in column order; ``edges``
    as (actor name, actor kind, column, role, doc, spelling) tuples; ``members`` maps (group name, doc)
    to the (name, kind) of the members that document defines, when groups are to be expanded.

    >>> inc = assemble([{"key": "d#1", "doc": "d", "number": "1"}],
    ...                [("各区政府", "group", 0, "lead", "d", None), ("市科技局", "unit", 0, "assist", "d", "市科技委")],
    ...                members={("各区政府", "d"): [("江岸区政府", "district_government")]})
    >>> inc.units, inc.lead.toarray().tolist(), inc.spellings
    (['市科技局', '江岸区政府'], [[0.0], [1.0]], {('市科技局', 'd'): {'市科技委'}})
    """
    members = members or {}
    entries: dict[tuple[str, int], set[str]] = {}
    kinds: dict[str, str] = {}
    spellings: dict[tuple[str, str], set[str]] = {}
    for name, kind, j, role, doc, spelling in edges:
        if spelling and spelling != name:
            spellings.setdefault((name, doc), set()).add(spelling)
        for actor, actor_kind in members.get((name, doc), ((name, kind),)):
            kinds[actor] = actor_kind
            entries.setdefault((actor, j), set()).add(role)
    names = sorted(kinds)
    row = {n: i for i, n in enumerate(names)}
    shape = (len(names), len(tasks))
    mats = {}
    for role in ("lead", "assist"):
        cells = [(row[actor], j) for (actor, j), roles in entries.items() if role in roles]
        r = np.fromiter((c[0] for c in cells), dtype=np.int64, count=len(cells))
        c = np.fromiter((c[1] for c in cells), dtype=np.int64, count=len(cells))
        mats[role] = sp.csr_matrix((np.ones(len(cells)), (r, c)), shape=shape)
    return Incidence(units=names, kinds=[kinds[n] or "unknown" for n in names], tasks=tasks,
                     lead=mats["lead"], assist=mats["assist"], domain_titles=dict(domain_titles or {}),
                     domain_leads=dict(domain_leads or {}), spellings=spellings)


def _group_members(graph: nx.MultiDiGraph) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(group name, doc) → (name, kind) of its member units, as each document defines them."""
    members: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for u, v, d in graph.edges(data=True):
        if d.get("type") == "MEMBER_OF" and graph.nodes[v].get("label") == "Group":
            unit = graph.nodes[u]
            members.setdefault((graph.nodes[v]["name"], d.get("doc")), []).append(
                (unit["name"], unit.get("kind", "unknown")))
    return members


def incidence(graph: nx.MultiDiGraph, doc: str | None = None, domain: str | None = None,
              expand_groups: bool = False, docs: list[str] | None = None) -> Incidence:
    """The unit × task incidence of the tasks inside the filters.

    ``expand_groups`` replaces a group on a task by the members its document defines for it (a group the
    document does not define stays a group). ``docs`` restricts to several documents (a set of plans).
    """
    keep_task, keep_domain = task_scope(graph, doc, domain)
    wanted_docs = None
    if docs:
        from .listing import resolve_doc

        wanted_docs = {resolve_doc(graph, d) for d in docs}
    tasks, domains = [], []
    for n, a in graph.nodes(data=True):
        label = a.get("label")
        if label == "Task" and keep_task(n, a) and (wanted_docs is None or a["doc"] in wanted_docs):
            tasks.append((n, a))
        elif label == "Domain":
            domains.append((n, a))
    tasks.sort(key=lambda na: (na[1]["doc"], natural_key(na[1]["number"])))
    column = {n: j for j, (n, _a) in enumerate(tasks)}
    roles = {"LEADS": "lead", "ASSISTS": "assist"}
    filtered = bool(doc or domain or docs)
    edges = ((u, v, d) for n, _a in tasks for u, v, d in graph.in_edges(n, data=True)) if filtered \
        else graph.edges(data=True)  # a slice reads its own tasks' edges; the whole corpus reads all once
    nodes = graph.nodes

    def rows():
        for u, v, d in edges:
            role = roles.get(d.get("type"))
            j = column.get(v) if role else None
            if j is not None:
                a = nodes[u]
                yield a["name"], a.get("kind", "unknown"), j, role, d.get("doc"), d.get("spelling")

    domain_leads = {}
    for n, a in domains:
        if keep_domain(n, a) and (wanted_docs is None or a["doc"] in wanted_docs):
            domain_leads[a["key"]] = sorted(nodes[u]["name"] for u, _v, t in graph.in_edges(n, data="type")
                                            if t == "LEADS")
    return assemble([{"key": a["key"], "doc": a["doc"], "number": a["number"], "domain": a.get("domain"),
                      "deadline": a.get("deadline")} for _n, a in tasks],
                    rows(), _group_members(graph) if expand_groups else None,
                    {a["key"]: a.get("title") for _n, a in domains}, domain_leads)


def subset(inc: Incidence, task_mask) -> Incidence:
    """The incidence of the tasks where ``task_mask`` is true, keeping only units with an entry in them.

    >>> import scipy.sparse as sp
    >>> inc = Incidence(units=["a", "b"], kinds=["x", "x"], tasks=[{"number": "1"}, {"number": "2"}],
    ...                 lead=sp.csr_matrix([[1, 0], [0, 1]]), assist=sp.csr_matrix((2, 2)))
    >>> sub = subset(inc, [False, True])
    >>> sub.units, sub.task_numbers(), sub.lead.toarray().tolist()
    (['b'], ['2'], [[1]])
    """
    mask = np.asarray(task_mask, dtype=bool).ravel()
    if mask.shape[0] != len(inc.tasks):
        raise ValueError(f"task_mask has {mask.shape[0]} entries but the incidence has {len(inc.tasks)} tasks")
    cols = np.flatnonzero(mask)
    take = getattr(inc.tasks, "take", None)  # the embedded store's tasks stay columns
    tasks = take(cols) if take else [inc.tasks[j] for j in cols]
    docs = set(tasks.column("doc")) if take else {t.get("doc") for t in tasks}
    lead, assist = inc.lead.tocsc()[:, cols].tocsr(), inc.assist.tocsc()[:, cols].tocsr()
    rows = np.flatnonzero(np.asarray((lead + assist).sum(axis=1)).ravel() > 0)
    return Incidence(units=[inc.units[i] for i in rows], kinds=[inc.kinds[i] for i in rows],
                     tasks=tasks, lead=lead[rows], assist=assist[rows],
                     domain_titles=dict(inc.domain_titles),
                     domain_leads={k: v for k, v in inc.domain_leads.items() if k.rsplit("#D", 1)[0] in docs},
                     spellings={k: v for k, v in inc.spellings.items() if k[1] in docs})


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
    import networkx as nx

    w = sp.triu(projection(inc, weighting, role_weights), k=1).tocoo()
    g = nx.Graph()
    g.add_nodes_from((u, {"kind": k}) for u, k in zip(inc.units, inc.kinds))
    g.add_weighted_edges_from((inc.units[i], inc.units[j], float(x)) for i, j, x in zip(w.row, w.col, w.data))
    return g

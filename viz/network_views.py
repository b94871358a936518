"""What each interactive view shows: units, tasks and domains inside the filters, as vis-network nodes and edges.

A view is plain data (a :class:`View`: node and edge dicts in vis-network's shape, a legend, a title); turning it
into a pyvis ``Network`` or a page is ``viz.network_html``'s job. Every piece of document text that goes into a
tooltip is HTML-escaped here, once: ``tooltip`` holds escaped HTML, ``title`` the same as plain text.

Examples
--------
>>> _year_of("武政办〔2023〕84号"), _year_of("plan-a")
('2023', 'plan-a')
>>> _esc('<script>alert(1)</script>')
'&lt;script&gt;alert(1)&lt;/script&gt;'
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from agencygraph.graph.build import node_id
from agencygraph.graph.errors import WriteRefused

from . import COLORS, VIEWS

__all__ = ["VIEWS", "COLORS", "DEFAULT_MAX_NODES", "Filters", "View", "ViewTooLarge", "build_view", "PALETTE",
           "KIND_COLORS"]

#: Above this many nodes a page makes the browser crawl; the command refuses and suggests a filter.
DEFAULT_MAX_NODES = 2000
#: Twenty colours that stay apart on white (Tableau 20, darker tone first).
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
           "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2", "#c7c7c7",
           "#dbdb8d", "#9edae5"]
KIND_COLORS = {"municipal_department": "#1f77b4", "central_agency": "#d62728", "district_government": "#2ca02c",
               "development_zone": "#ff7f0e", "state_enterprise": "#9467bd", "social_organisation": "#8c564b",
               "university": "#e377c2", "group": "#bcbd22"}
OTHER_COLOR = "#7f7f7f"
UNIT_COLOR = "#34495e"
LEAD_EDGE = "#2c3e50"
ASSIST_EDGE = "#95a5a6"
TIE_EDGE = "rgba(120,120,120,0.45)"
VIEW_TITLES = {"units": "Who works with whom: unit co-ownership network",
               "tasks": "Units and their tasks",
               "domains": "Units and the domains they work in"}


class ViewTooLarge(WriteRefused):
    """A view has more nodes than a browser draws comfortably; the message says how to narrow it."""


@dataclass
class Filters:
    """The filters every view shares (see ``agencygraph html --help``)."""

    doc: str | None = None
    domain: str | None = None
    unit: str | None = None
    radius: int = 1
    min_shared: int = 1
    top: int | None = None
    expand_groups: bool = False

    def describe(self, centre: str | None = None) -> list[str]:
        parts = []
        if self.domain:
            parts.append(f"domain {self.domain}")
        if self.unit:
            parts.append(f"within {self.radius} step{'s' if self.radius != 1 else ''} of {centre or self.unit}")
        if self.min_shared > 1:
            parts.append(f"ties of at least {self.min_shared} shared tasks")
        if self.top:
            parts.append(f"top {self.top} units by load")
        if self.expand_groups:
            parts.append("groups expanded to their members")
        return parts


@dataclass
class View:
    """One view: vis-network nodes and edges (dicts), a legend, a title and subtitle, vis options, counts."""

    view: str
    title: str
    subtitle: str
    nodes: list[dict]
    edges: list[dict]
    legend: list[dict] = field(default_factory=list)
    options: dict = field(default_factory=dict)
    counts: dict = field(default_factory=dict)


def _esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _ink(background: str) -> str:
    """Black or white text, whichever reads better on a ``#rrggbb`` background.

    >>> _ink("#1f77b4"), _ink("#aec7e8")
    ('#ffffff', '#1a1a1a')
    """
    r, g, b = (int(background[k:k + 2], 16) / 255 for k in (1, 3, 5))
    return "#1a1a1a" if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.55 else "#ffffff"


def _deadline(task: dict) -> str:
    """The deadline as written and as read: ``2023年12月 (2023-12)``.

    >>> _deadline({"deadline_text": "2023年12月", "deadline": "2023-12"}), _deadline({})
    ('2023年12月 (2023-12)', 'none given')
    """
    written, read = task.get("deadline_text"), task.get("deadline")
    if written and read and written != read:
        return f"{written} ({read})"
    return written or read or "none given"


def _year_of(doc: str) -> str:
    m = re.search(r"〔(\d{4})〕", doc or "")
    return m.group(1) if m else doc


def _tip(heading: str, rows: list[tuple[str, str]], extra: str = "") -> tuple[str, str]:
    """(escaped HTML, plain text) of a tooltip: a heading and label/value rows (values escaped here)."""
    body = "".join(f"<tr><th>{_esc(k)}</th><td>{_esc(v)}</td></tr>" for k, v in rows if v not in (None, ""))
    tip = f"<div class='ag-tip'><b>{_esc(heading)}</b><table>{body}</table>{extra}</div>"
    text = "\n".join([heading, *(f"{k}: {v}" for k, v in rows if v not in (None, ""))])
    return tip, text


class _Context:
    """Everything the three views share: the incidence, loads, ties, communities, the unit selection."""

    def __init__(self, store, filters: Filters, color: str):
        from agencygraph.graph.coownership import unit_row
        from agencygraph.graph.incidence import projection
        from agencygraph.graph.listing import resolve_unit
        from agencygraph.graph.workload import workload

        self.filters, self.color = filters, color
        self.graph = store.graph()
        # a unit's stored properties by the name the incidence shows (its key holds its place: 武汉市/市财政局)
        self.unit_attrs = {(a.get("label"), a.get("name")): a for _n, a in self.graph.nodes(data=True)
                           if a.get("label") in ("Unit", "Group")}
        self.inc = inc = store.incidence(doc=filters.doc, domain=filters.domain, expand_groups=filters.expand_groups)
        n = len(inc.units)
        self.shared = projection(inc, "count").tocsr()
        load = workload(inc).set_index("unit")
        self.leads = load["leads"].reindex(inc.units).to_numpy()
        self.assists = load["assists"].reindex(inc.units).to_numpy()
        self.load = load["weighted_load"].reindex(inc.units).to_numpy()
        ties = self.shared.copy()
        if filters.min_shared > 1:
            ties.data[ties.data < filters.min_shared] = 0
            ties.eliminate_zeros()
        self.ties = ties
        keep = np.ones(n, dtype=bool)
        self.centre = None
        self.distance = np.zeros(n)
        if filters.unit:
            name = self.graph.nodes[resolve_unit(self.graph, filters.unit)]["name"]
            self.centre = unit_row(inc, name)
            from scipy.sparse.csgraph import shortest_path

            self.distance = shortest_path(ties, unweighted=True, directed=False, indices=self.centre)
            keep &= self.distance <= filters.radius
        if filters.min_shared > 1:
            keep &= np.diff(ties.indptr) > 0
        if self.centre is not None:
            keep[self.centre] = True
        if filters.top and keep.sum() > filters.top:
            ranked = sorted(np.flatnonzero(keep), key=lambda i: (-self.load[i], inc.units[i]))
            keep[:] = False
            keep[ranked[:filters.top]] = True
            if self.centre is not None:
                keep[self.centre] = True
        self.keep = keep
        self.lead_csr, self.both_csr = inc.lead.tocsr(), inc.both.tocsr()
        self.lead_csc, self.assist_csc = inc.lead.tocsc(), inc.assist.tocsc()
        self.community = self._communities() if color == "community" else {}

    def _communities(self) -> dict[str, int]:
        from agencygraph.graph.communities import communities

        if not self.inc.units:
            return {}
        df = communities(self.inc)
        return dict(zip(df["unit"], df["community"]))

    # -- units ---------------------------------------------------------------------------
    def unit_id(self, i: int) -> str:
        return node_id("Group" if self.inc.kinds[i] == "group" else "Unit", self.inc.units[i])

    def unit_color(self, i: int) -> str:
        if self.color == "kind":
            return KIND_COLORS.get(self.inc.kinds[i], OTHER_COLOR)
        c = self.community.get(self.inc.units[i])
        return PALETTE[c % len(PALETTE)] if c is not None and c < len(PALETTE) else OTHER_COLOR

    def partners(self, i: int, limit: int = 5) -> list[tuple[str, int]]:
        row = self.shared[i]
        order = sorted(zip(row.indices, row.data), key=lambda p: (-p[1], self.inc.units[p[0]]))
        return [(self.inc.units[j], int(w)) for j, w in order[:limit]]

    def unit_node(self, i: int, color: str | None = None, detail: bool = True) -> dict:
        inc = self.inc
        name, kind = inc.units[i], inc.kinds[i]
        attrs = self.unit_attrs.get(("Group" if kind == "group" else "Unit", name), {})
        aliases = [a for a in sorted(attrs.get("aliases") or []) if a != name]
        former = sorted(attrs.get("predecessors") or [])  # 市交通运输委 (2019): shown, and found by search
        leads, assists = int(self.leads[i]), int(self.assists[i])
        rows = [("kind", kind), ("aliases", "、".join(aliases)), ("former names", "、".join(former)),
                ("leads", f"{leads} tasks"),
                ("assists", f"{assists} tasks"), ("weighted load", f"{self.load[i]:g}")]
        if name in self.community:
            rows.append(("community", str(self.community[name])))  # numbered as `agencygraph communities`
        rows.append(("top partners", "、".join(f"{p} ({w})" for p, w in self.partners(i))))
        tip, text = _tip(name, rows)
        lead_heavy = leads > assists
        node = {"id": self.unit_id(i), "label": name, "shape": "diamond" if lead_heavy else "dot",
                "color": color or self.unit_color(i), "value": float(self.load[i]), "title": text, "tooltip": tip,
                "kind": kind, "role": "lead-heavy" if lead_heavy else "assist-heavy", "search": [name, *aliases, *(f.rsplit(" (", 1)[0] for f in former)],
                "node_type": "Group" if kind == "group" else "Unit"}
        if kind == "group":
            node["shapeProperties"] = {"borderDashes": [4, 3]}
            node["borderWidth"] = 2
        if i == self.centre:
            node["borderWidth"] = 4
        if detail:
            node["detail"] = tip + self.unit_tasks_html(i)
        return node

    def unit_tasks_html(self, i: int) -> str:
        inc = self.inc
        both = self.both_csr
        led = set(self.lead_csr[i].indices)
        items = []
        for j in sorted(both[i].indices):
            t = inc.tasks[j]
            text = self.graph.nodes.get(node_id("Task", t["key"]), {}).get("text") or ""
            role = "lead" if j in led else "assist"
            items.append(f"<li><span class='ag-{role}'>{role}</span> {_esc(_year_of(t['doc']))} #{_esc(t['number'])} "
                         f"{_esc(text[:60] + ('…' if len(text) > 60 else ''))}</li>")
        return f"<div class='ag-tasks'><b>tasks ({len(items)})</b><ol>{''.join(items)}</ol></div>"

    def docs(self) -> list[str]:
        seen = []
        for t in self.inc.tasks:
            if t["doc"] not in seen:
                seen.append(t["doc"])
        return seen

    def task_node(self, j: int) -> dict:
        t = self.inc.tasks[j]
        tid = node_id("Task", t["key"])
        a = self.graph.nodes.get(tid, {})
        doc = self.graph.nodes.get(node_id("Document", t["doc"]), {})
        col = self.lead_csc[:, j].indices, self.assist_csc[:, j].indices
        domain = self.inc.domain_titles.get(t.get("domain")) or ""
        rows = [("document", f"{t['doc']} {doc.get('title') or ''}".strip()), ("number", t["number"]),
                ("domain", domain), ("deadline", _deadline(a)),
                ("leads", "、".join(self.inc.units[i] for i in col[0])),
                ("assists", "、".join(self.inc.units[i] for i in col[1])), ("text", a.get("text") or "")]
        tip, text = _tip(f"task {t['number']} ({_year_of(t['doc'])})", rows)
        color = self.domain_color(t.get("domain"))
        return {"id": tid, "label": t["number"], "shape": "box", "color": color, "title": text, "tooltip": tip,
                "detail": tip, "font": {"color": _ink(color), "size": 13, "strokeWidth": 0},
                "search": [f"{_year_of(t['doc'])} {t['number']}", a.get("text") or ""], "node_type": "Task",
                "margin": 4}

    def domain_keys(self) -> list[str]:
        from agencygraph.graph.communities import domain_key_order

        return sorted({t.get("domain") for t in self.inc.tasks if t.get("domain")}, key=domain_key_order)

    def domain_color(self, key: str | None) -> str:
        keys = self._domain_index()
        return PALETTE[keys[key] % len(PALETTE)] if key in keys else OTHER_COLOR

    def _domain_index(self) -> dict[str, int]:
        if not hasattr(self, "_dindex"):
            self._dindex = {k: n for n, k in enumerate(self.domain_keys())}
        return self._dindex

    def domain_label(self, key: str) -> str:
        dom = self.graph.nodes.get(node_id("Domain", key), {})
        return f"{_year_of(dom.get('doc') or key)}-{dom.get('number') or ''} {self.inc.domain_titles.get(key) or key}"

    def unit_legend(self) -> list[dict]:
        legend = []
        if self.color == "kind":
            kinds = sorted({self.inc.kinds[i] for i in np.flatnonzero(self.keep)})
            legend += [{"type": "node", "color": KIND_COLORS.get(k, OTHER_COLOR), "shape": "dot",
                        "text": k.replace("_", " ")} for k in kinds]
        else:
            used = sorted({self.community.get(self.inc.units[i]) for i in np.flatnonzero(self.keep)} - {None})
            legend += [{"type": "node", "color": PALETTE[c] if c < len(PALETTE) else OTHER_COLOR, "shape": "dot",
                        "text": f"community {c}"} for c in used[:len(PALETTE)]]
            if any(c >= len(PALETTE) for c in used):
                legend.append({"type": "node", "color": OTHER_COLOR, "shape": "dot", "text": "smaller communities"})
        return legend

    def shape_legend(self, color=UNIT_COLOR) -> list[dict]:
        return [{"type": "node", "color": color, "shape": "diamond", "text": "lead-heavy unit (leads > assists)"},
                {"type": "node", "color": color, "shape": "dot", "text": "other unit; size = weighted load"}]


def _check_size(view: str, n_nodes: int, max_nodes: int) -> None:
    if n_nodes > max_nodes:
        raise ViewTooLarge(
            f"the {view} view has {n_nodes:,} nodes, over the limit of {max_nodes:,} a browser draws comfortably; "
            "narrow it with --doc, --domain, --unit NAME --radius 1, --min-shared 2 or --top 200, "
            "or raise --max-nodes")


def build_view(store, view: str = "units", filters: Filters | None = None, color: str = "community",
               max_nodes: int = DEFAULT_MAX_NODES) -> View:
    """The nodes, edges, legend and title of one view of the store inside the filters.

    Raises ``graph.errors.NotFound`` for a filter that matches nothing (with a did-you-mean for units) and
    :class:`ViewTooLarge` when the view would have more than ``max_nodes`` nodes.
    """
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}; one of {', '.join(VIEWS)}")
    if color not in COLORS:
        raise ValueError(f"unknown colouring {color!r}; one of {', '.join(COLORS)}")
    filters = filters or Filters()
    ctx = _Context(store, filters, color if view != "tasks" else "kind")
    build = {"units": _units_view, "tasks": _tasks_view, "domains": _domains_view}[view]
    result = build(ctx, max_nodes)
    centre = ctx.inc.units[ctx.centre] if ctx.centre is not None else None
    described = ", ".join(ctx.filters.describe(centre))
    docs = "、".join(ctx.docs()) or "no document"
    counts = ", ".join(f"{v:,} {k}" for k, v in result.counts.items())
    result.title = f"{VIEW_TITLES[view]} — {docs}"
    result.subtitle = (f"{described} · " if described else "") + counts
    result.options = vis_options(view, len(result.nodes))
    return result


def _units_view(ctx: _Context, max_nodes: int) -> View:
    kept = np.flatnonzero(ctx.keep)
    _check_size("units", len(kept), max_nodes)
    nodes = [ctx.unit_node(i) for i in kept]
    inside = np.zeros(len(ctx.inc.units), dtype=bool)
    inside[kept] = True
    ties = sp.triu(ctx.ties, k=1).tocoo()
    both = ctx.inc.both.tocsr()
    edges = []
    for i, j, w in zip(ties.row, ties.col, ties.data):
        if not (inside[i] and inside[j]):
            continue
        shared = sorted(set(both[i].indices) & set(both[j].indices))
        names = [f"{_year_of(ctx.inc.tasks[t]['doc'])} #{ctx.inc.tasks[t]['number']}" for t in shared]
        a, b = ctx.inc.units[i], ctx.inc.units[j]
        tip, text = _tip(f"{a} — {b}", [("shared tasks", f"{int(w)}"), ("tasks", "、".join(names))])
        edges.append({"from": ctx.unit_id(i), "to": ctx.unit_id(j), "value": float(w), "title": text,
                      "tooltip": tip, "color": TIE_EDGE, "arrows": {"to": {"enabled": False}}, "shared": int(w)})
    legend = ctx.unit_legend() + ctx.shape_legend() + [
        {"type": "node", "color": "#ffffff", "shape": "dot", "dashes": True, "text": "group (各区人民政府 …)"},
        {"type": "edge", "color": "#888888", "text": "tie; width = shared tasks"}]
    return View("units", "", "", nodes, edges, legend, counts={"units": len(nodes), "ties": len(edges)})


def _provenance(ctx: _Context, task_node: str) -> dict[tuple[str, str], dict]:
    """(actor node, LEADS/ASSISTS) → the edge's data, for the edges into one task."""
    found = {}
    for u, _v, d in ctx.graph.in_edges(task_node, data=True):
        if d.get("type") in ("LEADS", "ASSISTS"):
            found.setdefault((u, d["type"]), d)
    return found


def _tasks_view(ctx: _Context, max_nodes: int) -> View:
    inc = ctx.inc
    both = inc.both.tocsc()
    near = ctx.keep & (ctx.distance <= ctx.filters.radius - 1) if ctx.centre is not None else ctx.keep
    tasks = [j for j in range(len(inc.tasks)) if near[both[:, j].indices].any()]
    units = sorted({i for j in tasks for i in both[:, j].indices if ctx.keep[i]})
    _check_size("tasks", len(tasks) + len(units), max_nodes)
    nodes = [ctx.unit_node(i, color=KIND_COLORS.get(inc.kinds[i], OTHER_COLOR)) for i in units]
    nodes += [ctx.task_node(j) for j in tasks]
    lead, assist = inc.lead.tocsc(), inc.assist.tocsc()
    edges = []
    for j in tasks:
        tid = node_id("Task", inc.tasks[j]["key"])
        prov = _provenance(ctx, tid)
        for rel, matrix in (("LEADS", lead), ("ASSISTS", assist)):
            for i in matrix[:, j].indices:
                if not ctx.keep[i]:
                    continue
                uid = ctx.unit_id(i)
                d = prov.get((uid, rel))
                via = None
                if d is None:  # a group's member (--expand-groups): the group's clause is the provenance
                    via, d = next(((u, e) for (u, r), e in prov.items() if r == rel and u.startswith("Group:")),
                                  (None, {}))
                verb = "leads" if rel == "LEADS" else "assists"
                rows = [("line", d.get("line")), ("written as", d.get("spelling")), ("clause", d.get("clause")),
                        ("via group", via.split(":", 1)[1] if via else None)]
                tip, text = _tip(f"{inc.units[i]} {verb} task {inc.tasks[j]['number']} "
                                 f"({_year_of(inc.tasks[j]['doc'])})", rows)
                edge = {"from": uid, "to": tid, "title": text, "tooltip": tip, "rel": rel,
                        "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}}
                if rel == "LEADS":
                    edge.update(color=LEAD_EDGE, width=2.2, dashes=False)
                else:
                    edge.update(color=ASSIST_EDGE, width=1.2, dashes=[6, 5])
                    if len(tasks) + len(units) <= 500:  # bent apart from a lead edge between the same two nodes
                        edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.15}
                edges.append(edge)
    legend = [{"type": "node", "color": ctx.domain_color(k), "shape": "box", "text": ctx.domain_label(k)}
              for k in ctx.domain_keys() if any(inc.tasks[j].get("domain") == k for j in tasks)]
    legend += [{"type": "node", "color": KIND_COLORS.get(k, OTHER_COLOR), "shape": "dot", "text": k.replace("_", " ")}
               for k in sorted({inc.kinds[i] for i in units})]
    legend += ctx.shape_legend(OTHER_COLOR)
    legend += [{"type": "edge", "color": LEAD_EDGE, "text": "leads (solid arrow)"},
               {"type": "edge", "color": ASSIST_EDGE, "dashes": True, "text": "assists (dashed arrow)"}]
    counts = {"units": len(units), "tasks": len(tasks),
              "lead edges": sum(e["rel"] == "LEADS" for e in edges),
              "assist edges": sum(e["rel"] == "ASSISTS" for e in edges)}
    return View("tasks", "", "", nodes, edges, legend, counts=counts)


def _domains_view(ctx: _Context, max_nodes: int) -> View:
    inc = ctx.inc
    keys = ctx.domain_keys()
    col = {k: n for n, k in enumerate(keys)}
    rows = [j for j, t in enumerate(inc.tasks) if t.get("domain") in col]
    task_domain = sp.csr_matrix((np.ones(len(rows)), (rows, [col[inc.tasks[j]["domain"]] for j in rows])),
                                shape=(len(inc.tasks), len(keys)))
    leads = (inc.lead @ task_domain).toarray().astype(int)
    assists = (inc.assist @ task_domain).toarray().astype(int)
    units = [i for i in np.flatnonzero(ctx.keep) if (leads[i] + assists[i]).any()]
    used = [d for d in range(len(keys)) if any(leads[i, d] + assists[i, d] for i in units)]
    _check_size("domains", len(units) + len(used), max_nodes)
    nodes = [ctx.unit_node(i) for i in units]
    for d in used:
        key = keys[d]
        did = node_id("Domain", key)
        a = ctx.graph.nodes.get(did, {})
        category_leads = sorted(ctx.graph.nodes[u]["name"] for u, _v, e in ctx.graph.in_edges(did, data=True)
                                if e.get("type") == "LEADS") if did in ctx.graph else []
        n_tasks = sum(1 for t in inc.tasks if t.get("domain") == key)
        tip, text = _tip(ctx.domain_label(key), [("document", a.get("doc")), ("tasks", str(n_tasks)),
                                                 ("category lead", "、".join(category_leads))])
        color = ctx.domain_color(key)
        nodes.append({"id": did, "label": ctx.domain_label(key), "shape": "box", "color": color, "title": text,
                      "tooltip": tip, "detail": tip, "font": {"color": _ink(color), "size": 16, "strokeWidth": 0},
                      "search": [ctx.domain_label(key)], "node_type": "Domain", "margin": 6, "mass": 4})
    edges = []
    for i in units:
        for d in used:
            lc, ac = int(leads[i, d]), int(assists[i, d])
            if not lc + ac:
                continue
            tip, text = _tip(f"{inc.units[i]} in {ctx.domain_label(keys[d])}",
                             [("leads", f"{lc} tasks"), ("assists", f"{ac} tasks")])
            edges.append({"from": ctx.unit_id(i), "to": node_id("Domain", keys[d]), "value": float(lc + ac),
                          "title": text, "tooltip": tip, "leads": lc, "assists": ac,
                          "color": LEAD_EDGE if lc else ASSIST_EDGE, "dashes": False if lc else [6, 5],
                          "arrows": {"to": {"enabled": False}}})
    legend = [{"type": "node", "color": ctx.domain_color(keys[d]), "shape": "box", "text": ctx.domain_label(keys[d])}
              for d in used]
    legend += ctx.unit_legend() + ctx.shape_legend()
    legend += [{"type": "edge", "color": LEAD_EDGE, "text": "leads tasks there; width = tasks led + assisted"},
               {"type": "edge", "color": ASSIST_EDGE, "dashes": True, "text": "only assists there"}]
    return View("domains", "", "", nodes, edges, legend,
                counts={"units": len(units), "domains": len(used), "ties": len(edges)})


def vis_options(view: str, n_nodes: int) -> dict:
    """vis-network options: physics that settles the bundled corpus in a few seconds, then is switched off."""
    iterations = 300 if n_nodes <= 300 else 150 if n_nodes <= 1000 else 100
    big = n_nodes > 500  # straight edges: curves cost more than the layout itself at this size
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": n_nodes <= 300},
        "nodes": {"font": {"face": FONT_FACE, "size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "borderWidth": 1, "scaling": {"min": 8, "max": 42,
                                                "label": {"enabled": True, "min": 12, "max": 22}}},
        "edges": {"smooth": {"enabled": not big, "type": "continuous", "roundness": 0.3},
                  "scaling": {"min": 1, "max": 10}, "selectionWidth": 2,
                  "font": {"face": FONT_FACE}},
        "interaction": {"hover": True, "tooltipDelay": 100, "dragNodes": True, "hideEdgesOnDrag": n_nodes > 500},
        "physics": {"enabled": True, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -80 if view == "units" else -60,
                                         "centralGravity": 0.012, "springLength": 110 if view != "units" else 150,
                                         "springConstant": 0.06, "damping": 0.5, "avoidOverlap": 0.4},
                    "minVelocity": 1.0, "timestep": 0.5,
                    "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 25,
                                      "fit": True}},
    }


FONT_FACE = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', 'WenQuanYi Zen Hei', sans-serif"

"""Listings over the graph: documents, tasks with their units, units with their counts; and the filters.

These work on any ``networkx.MultiDiGraph`` in the store's shape (see graph.build), so every store
that can hand over its graph answers them the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import functools
import re


from .build import node_id
from .errors import AmbiguousUnit, NotFound

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["resolve_doc", "resolve_domains", "resolve_unit", "task_scope", "documents", "tasks", "units", "bodies",
           "indicators", "natural_key"]


@functools.lru_cache(maxsize=1 << 16)  # long listings repeat numbers (1, 2.3 …)
def natural_key(number: str) -> tuple:
    """Sort key for task numbers: 3.10 after 3.9, 43.2 after 43.1.

    >>> sorted(["10", "9", "43.2", "43.1", "3.10", "3.9"], key=natural_key)
    ['3.9', '3.10', '9', '10', '43.1', '43.2']
    """
    return tuple(int(p) if p.isdigit() else 10**9 for p in re.split(r"[.]", number or ""))


def _nodes(graph: nx.MultiDiGraph, label: str):
    return ((n, a) for n, a in graph.nodes(data=True) if a.get("label") == label)


def _norm(text: str) -> str:
    from agencygraph.loaders.textnorm import normalize_name

    return normalize_name(text)


def resolve_doc(graph: nx.MultiDiGraph, value: str, option: str = "--doc") -> str:
    """A document key from its 文号, file name, or a unique part of its 文号, title or file name (``option``
    names where the value came from, in the error)."""
    if graph.has_node(node_id("Document", value)):
        return value
    docs = {a["key"]: a for _n, a in _nodes(graph, "Document")}
    if value in docs:
        return value
    for key, a in docs.items():
        if value in (a.get("number"), a.get("source")):
            return key
    hits = [k for k, a in docs.items() if any(value in (a.get(f) or "") for f in ("key", "title", "source"))]
    if len(hits) == 1:
        return hits[0]
    if hits:
        raise NotFound(f"{option} {value!r} matches {len(hits)} documents: {', '.join(sorted(hits))}; be more precise")
    known = ", ".join(sorted(docs)) or "none: load some first"
    raise NotFound(f"no document matches {option} {value!r} (documents in the store: {known})")


def resolve_domains(graph: nx.MultiDiGraph, value: str, doc: str | None = None) -> set[str]:
    """Domain node ids whose number is ``value`` or whose title (or a variant) contains it."""
    hits = set()
    for n, a in _nodes(graph, "Domain"):
        if doc and a["doc"] != doc:
            continue
        titles = [a.get("title") or "", *(a.get("variants") or [])]
        if value == a.get("number") or value == a["key"] or any(value in t for t in titles):
            hits.add(n)
    if not hits:
        raise NotFound(f"no domain matches --domain {value!r}" + (f" in {doc}" if doc else "") +
                       "; give a domain number (e.g. 3) or part of its title")
    return hits


def resolve_unit(graph: nx.MultiDiGraph, value: str, option: str = "--unit") -> str:
    """The Unit or Group node a spelling names: its key (武汉市/市财政局), its name as shown, its name with its
    place (舟山市财政局), its name in its documents (市财政局) or any alias, after normalisation. A name that
    several places' units answer to raises AmbiguousUnit listing them."""
    from agencygraph.loaders.textnorm import normalize_name

    wanted = _norm(value)
    plain = normalize_name(value, wuhan=False)
    for label in ("Unit", "Group"):
        for key in (plain, wanted):
            if graph.has_node(node_id(label, key)):
                return node_id(label, key)
    units = [(n, a) for n, a in graph.nodes(data=True) if a.get("label") in ("Unit", "Group")]
    for form in (plain, wanted):
        hits = [n for n, a in units if form in (a.get("name"), a.get("qualified"))]
        if len(hits) == 1:
            return hits[0]
    hits = [n for n, a in units if a.get("local") in (plain, wanted)] or \
        [n for n, a in units if {plain, wanted} & {_norm(x) for x in a.get("aliases") or []}] or \
        [n for n, a in units if {plain, wanted} & {_norm(x.rsplit(" (", 1)[0]) for x in a.get("predecessors") or []}]
    if len(hits) == 1:
        return hits[0]
    if hits:
        choices = sorted(graph.nodes[n].get("qualified") or graph.nodes[n]["name"] for n in hits)
        raise AmbiguousUnit(f"{option} {value!r} names units of {len(hits)} places: {', '.join(choices)}; "
                            "which one? give it with its place (e.g. " + choices[0] + ")", choices)
    names = [a["name"] for _n, a in units]
    hint = ""
    if names:
        from rapidfuzz import fuzz, process

        close = [m[0] for m in process.extract(wanted, names, scorer=fuzz.ratio, limit=3, score_cutoff=60)]
        if close:
            hint = f"; did you mean {', '.join(close)}?"
    raise NotFound(f"no unit matches {option} {value!r}{hint}")


def _actors(graph: nx.MultiDiGraph, task: str, rel: str) -> list[str]:
    found = [(d.get("seq", 0), graph.nodes[u]["name"]) for u, _v, d in graph.in_edges(task, data=True)
             if d.get("type") == rel]
    return [name for _seq, name in sorted(found)]


def documents(graph: nx.MultiDiGraph) -> list[dict]:
    rows = []
    for n, a in _nodes(graph, "Document"):
        owned = [graph.nodes[u] for u, _v, d in graph.in_edges(n, data=True) if d.get("type") == "FROM_DOCUMENT"]
        leaves = [t for t in owned if t.get("label") == "Task" and not t.get("has_parts")]
        rows.append({
            "doc": a["key"], "title": a.get("title"), "issuer": a.get("issuer"), "date": a.get("date"),
            "source": a.get("source"), "genres": a.get("genres"),
            "domains": sum(1 for t in owned if t.get("label") == "Domain"),
            "tasks": len(leaves),
            "numbered_tasks": sum(1 for t in owned if t.get("label") == "Task" and not t.get("parent")),
            "sha256": a.get("sha256"),
        })
    return sorted(rows, key=lambda r: (r["date"] or "", r["doc"]))


def task_scope(graph, doc, domain):
    """Predicates for the tasks and the domains inside the --doc/--domain filters."""
    doc_key = resolve_doc(graph, doc) if doc else None
    domains = resolve_domains(graph, domain, doc_key) if domain else None

    def keep_domain(n, a):
        return (not doc_key or a["doc"] == doc_key) and (domains is None or n in domains)

    def keep_task(n, a):
        if a.get("has_parts") or (doc_key and a["doc"] != doc_key):
            return False
        return domains is None or node_id("Domain", a.get("domain") or "") in domains

    return keep_task, keep_domain


def tasks(graph: nx.MultiDiGraph, doc: str | None = None, domain: str | None = None,
          unit: str | None = None) -> list[dict]:
    """Every task (sub-parts, not the rows they split) with its lead and assisting units, in document order."""
    keep_task, _keep_domain = task_scope(graph, doc, domain)
    unit_tasks = None
    if unit:
        unit_tasks = {v for _u, v, d in graph.out_edges(resolve_unit(graph, unit), data=True)
                      if d.get("type") in ("LEADS", "ASSISTS")}
    dates = {a["key"]: a.get("date") or "" for _n, a in _nodes(graph, "Document")}
    rows = []
    for n, a in _nodes(graph, "Task"):
        if not keep_task(n, a) or (unit_tasks is not None and n not in unit_tasks):
            continue
        dom = graph.nodes.get(node_id("Domain", a.get("domain") or ""), {})
        rows.append({
            "doc": a["doc"], "number": a["number"], "parent": a.get("parent"),
            "domain": dom.get("title"), "domain_number": dom.get("number"),
            "text": a.get("text"), "deadline": a.get("deadline"), "deadline_text": a.get("deadline_text"),
            "leads": _actors(graph, n, "LEADS"), "assists": _actors(graph, n, "ASSISTS"), "line": a.get("line"),
        })
    return sorted(rows, key=lambda r: (dates.get(r["doc"], ""), r["doc"], natural_key(r["number"])))


def units(graph: nx.MultiDiGraph, doc: str | None = None, domain: str | None = None,
          unit: str | None = None) -> list[dict]:
    """Every unit and group with its kind, aliases, and how many tasks it leads and assists (within the filters)."""
    keep_task, keep_domain = task_scope(graph, doc, domain)
    doc_key = resolve_doc(graph, doc) if doc else None
    only = resolve_unit(graph, unit) if unit else None
    rows = []
    for n, a in graph.nodes(data=True):
        if a.get("label") not in ("Unit", "Group") or (only and n != only):
            continue
        counts = {"LEADS": 0, "ASSISTS": 0}
        domain_leads = 0
        for _u, v, d in graph.out_edges(n, data=True):
            t = d.get("type")
            if t in counts and graph.nodes[v].get("label") == "Task" and keep_task(v, graph.nodes[v]):
                counts[t] += 1
            elif t == "LEADS" and graph.nodes[v].get("label") == "Domain" and keep_domain(v, graph.nodes[v]):
                domain_leads += 1
        if (doc or domain) and not any(counts.values()):
            continue
        rows.append({
            "name": a["name"], "kind": a.get("kind"), "registered": a.get("registered", True),
            "aliases": sorted(a.get("aliases") or []), "predecessors": sorted(a.get("predecessors") or []),
            "lead_count": counts["LEADS"], "assist_count": counts["ASSISTS"], "domain_lead_count": domain_leads,
            "members": sorted({graph.nodes[u]["name"] for u, _v, d in graph.in_edges(n, data=True)
                               if d.get("type") == "MEMBER_OF" and graph.nodes[u].get("label") == "Unit"
                               and (not doc_key or d.get("doc") == doc_key)})
            if a.get("label") == "Group" else [],
        })
    return sorted(rows, key=lambda r: (-(r["lead_count"] + r["assist_count"]), r["name"]))


def _doc_order(edge) -> tuple[int, int]:
    return edge[2].get("line") or 0, edge[2].get("seq") or 0


def bodies(graph: nx.MultiDiGraph, doc: str | None = None) -> list[dict]:
    """Coordination bodies with their parent body, host unit, and members in their roles (with posts)."""
    doc_key = resolve_doc(graph, doc) if doc else None
    rows = []
    for n, a in _nodes(graph, "Body"):
        if doc_key and a["doc"] != doc_key:
            continue
        out = {d.get("type"): graph.nodes[v] for _u, v, d in graph.out_edges(n, data=True)}
        members = []
        # document order: by line, then by order within the line (seq), whatever order a store keeps edges in
        for u, _v, d in sorted(graph.in_edges(n, data=True), key=_doc_order):
            if d.get("type") != "MEMBER_OF":
                continue
            posts = [f"{graph.nodes[v]['name']}{pd.get('post') or ''}"
                     for _p, v, pd in sorted(graph.out_edges(u, data=True), key=_doc_order)
                     if pd.get("type") == "HOLDS_POST" and pd.get("doc") == a["doc"]]
            members.append({"name": graph.nodes[u]["name"], "role": d.get("role"), "posts": posts,
                            "note": d.get("note")})
        rows.append({"doc": a["doc"], "body": a["name"], "kind": a.get("kind"), "short_name": a.get("short_name"),
                     "parent": out.get("PART_OF", {}).get("name"), "office_at": out.get("HOSTED_BY", {}).get("name"),
                     "members": members, "line": a.get("line")})
    return sorted(rows, key=lambda r: (r["doc"], r["line"] or 0, r["body"]))


def indicators(graph: nx.MultiDiGraph, doc: str | None = None) -> list[dict]:
    """Indicator tables: level-1 and level-2 indicator, baseline and target, and the domain they belong to."""
    doc_key = resolve_doc(graph, doc) if doc else None
    rows = []
    for n, a in _nodes(graph, "Indicator"):
        if doc_key and a["doc"] != doc_key:
            continue
        domain = next((graph.nodes[u].get("title") for u, _v, d in graph.in_edges(n, data=True)
                       if d.get("type") == "HAS_INDICATOR"), None)
        rows.append({"doc": a["doc"], "level1": a.get("level1"), "level2": a.get("level2"), "measure": a.get("measure"),
                     "baseline": a.get("baseline"), "baseline_text": a.get("baseline_text"), "target": a.get("target"),
                     "target_text": a.get("target_text"), "domain": domain, "line": a.get("line")})
    return sorted(rows, key=lambda r: (r["doc"], r["line"] or 0))

"""Export the graph for the tools analysts already use: Gephi, Cytoscape, pandas, UCINET, ``neo4j-admin``.

- ``graphml`` and ``gexf``: every node with ``node_type`` (Unit, Task, …), a display ``label`` and its
  properties; every relationship with ``rel_type`` and its provenance (``doc``, ``task``, ``line``, ``clause``,
  ``spelling``). Lists (aliases, genres) become "; "-joined strings, since both writers reject lists; missing
  values are left out; an attribute whose type differs between nodes is written as text.
- ``json``: node-link JSON (``nodes``, ``edges``), lists kept as lists.
- ``csv``: a folder for ``neo4j-admin database import full``: ``nodes-<Label>.csv`` with ``id:ID``, typed
  property columns (``line:long``, ``aliases:string[]``) and ``:LABEL``; ``relationships-<TYPE>.csv`` with
  ``:START_ID``, ``:END_ID``, ``:TYPE``; and ``neo4j-admin-import.sh`` holding the command.
- ``dl``: the unit × unit co-ownership matrix in UCINET's DL full-matrix format.
- ``network="units"`` or ``"two-mode"``: instead of the property graph, the weighted unit network or the
  unit–task graph (``viz.network_export``), as ``graphml``, ``gexf`` or ``json``.

Characters XML 1.0 forbids (the form feed pdftotext writes at each page break, other C0 controls) are left
out of GraphML and GEXF. Every file is written to a temporary name beside it and renamed into place, so a
failed export leaves the earlier file as it was, never half a file.

Examples
--------
>>> flat_value(["市交通运输委", "市交委"]), flat_value(None), flat_value(3)
('市交通运输委; 市交委', None, 3)
>>> xml_safe("第一页\f第二页"), xml_safe(3)
('第一页第二页', 3)
>>> neo4j_type([3, 4]), neo4j_type([3, 4.5]), neo4j_type([["a"]]), neo4j_type([True, 1]), neo4j_type(["x", 1])
('long', 'double', 'string[]', 'string', 'string')
"""

from __future__ import annotations

import csv
import json
import os
import re
import shlex
import tempfile
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

import networkx as nx

from agencygraph.graph.errors import AgencyGraphError, WriteRefused

from . import EXPORT_FORMATS

__all__ = ["export", "export_graph", "flat_value", "xml_safe", "neo4j_type", "EXPORT_FORMATS", "ARRAY_DELIMITER"]

ARRAY_DELIMITER = ";"  # neo4j-admin's default --array-delimiter
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(value):
    """``value`` without the characters XML 1.0 cannot hold (C0 controls but tab and line ends, lone
    surrogates, U+FFFE, U+FFFF); anything not a string unchanged."""
    return _XML_FORBIDDEN.sub("", value) if isinstance(value, str) else value


@contextmanager
def _atomic(path: Path):
    """A temporary path beside ``path``, renamed onto it when the block succeeds and removed when it fails
    (``path`` itself when it is a device or pipe such as /dev/stdout, which cannot be replaced)."""
    if path.exists() and not path.is_file():
        yield path
        return
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # as open() would have made it, not mkstemp's 0600
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _display(attrs: dict) -> str:
    label = attrs.get("label")
    if label == "Task":
        return f"{attrs.get('doc')} #{attrs.get('number')}"
    if label == "Domain":
        return attrs.get("title") or attrs.get("key")
    if label == "Indicator":
        return attrs.get("level2") or attrs.get("measure") or attrs.get("key")
    return attrs.get("name") or attrs.get("key") or ""


def export_graph(store, doc: str | None = None, domain: str | None = None) -> nx.MultiDiGraph:
    """The store's graph inside the --doc/--domain filters, ready to export.

    Nodes carry ``node_type`` (the store's label) and ``label`` (a display name); edges ``rel_type`` and
    ``label`` (the relationship type); each edge gets a unique key ``e1``, ``e2``, … (GraphML and GEXF ids).
    Without filters, everything; with them, the tasks and domains inside them, their documents, the units and
    groups that lead or assist them, and the relationships among those.
    """
    graph = store.graph()
    keep = set(graph)
    if doc or domain:
        from agencygraph.graph.listing import task_scope

        keep_task, keep_domain = task_scope(graph, doc, domain)
        keep = set()
        for n, a in graph.nodes(data=True):
            if (a.get("label") == "Task" and keep_task(n, a)) or (a.get("label") == "Domain" and keep_domain(n, a)):
                keep.add(n)
        docs = {graph.nodes[n]["doc"] for n in keep}
        keep |= {f"Document:{d}" for d in docs if f"Document:{d}" in graph}
        keep |= {u for n in list(keep) for u, _v, t in graph.in_edges(n, data="type") if t in ("LEADS", "ASSISTS")}
    out = nx.MultiDiGraph()
    for n, a in graph.nodes(data=True):
        if n in keep:
            out.add_node(n, **{**{k: v for k, v in a.items() if k != "label"}, "node_type": a.get("label"),
                               "label": _display(a)})
    for k, (u, v, d) in enumerate(((u, v, d) for u, v, d in graph.edges(data=True) if u in keep and v in keep), 1):
        out.add_edge(u, v, key=f"e{k}", **{**{x: y for x, y in d.items() if x != "type"}, "rel_type": d.get("type"),
                                           "label": d.get("type")})
    return out


def flat_value(value):
    """A value GraphML and GEXF accept: lists joined with "; ", dicts as JSON, None left out (returned as None)."""
    if isinstance(value, (list, tuple, set)):
        return "; ".join(str(x) for x in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _flattened(g: nx.Graph) -> nx.Graph:
    """A copy with flat values and one type per attribute name (float where ints and floats mix, else text)."""
    def unify(items) -> dict:
        seen = defaultdict(set)
        for attrs in items:
            for k, v in attrs.items():
                if v is not None:
                    seen[k].add(type(flat_value(v)))
        return {k: float if ts == {int, float} else str for k, ts in seen.items() if len(ts) > 1}

    def clean(attrs, cast):
        flat = {k: flat_value(v) for k, v in attrs.items() if v is not None}
        return {xml_safe(k): xml_safe(cast[k](v) if k in cast else v) for k, v in flat.items()}

    node_cast = unify(a for _n, a in g.nodes(data=True))
    edge_cast = unify(d for _u, _v, d in g.edges(data=True))
    out = g.__class__()  # a MultiDiGraph (the full graph) or a Graph (the unit networks: undirected)
    out.add_nodes_from((xml_safe(n), clean(a, node_cast)) for n, a in g.nodes(data=True))
    if g.is_multigraph():
        out.add_edges_from((xml_safe(u), xml_safe(v), k, clean(d, edge_cast))
                           for u, v, k, d in g.edges(keys=True, data=True))
    else:
        out.add_edges_from((xml_safe(u), xml_safe(v), clean(d, edge_cast)) for u, v, d in g.edges(data=True))
    return out


def neo4j_type(values: list) -> str:
    """The neo4j-admin column type for a column's non-missing values."""
    types = {type(v) for v in values}
    if types and all(issubclass(t, (list, tuple, set)) for t in types):
        return "string[]"
    if types == {bool}:
        return "boolean"
    if types and types <= {int}:
        return "long"
    if types and types <= {int, float}:
        return "double"
    return "string"


def _cell(value, kind: str):
    if value is None:
        return ""
    if kind == "string[]":
        return ARRAY_DELIMITER.join(str(x).replace(ARRAY_DELIMITER, "；") for x in value)
    if kind == "boolean":
        return "true" if value else "false"
    return value if kind in ("long", "double") else str(value)


def _write_table(path: Path, lead: list[str], trail: str, rows: list[tuple[list, dict]]) -> None:
    """A neo4j-admin CSV: the lead columns (ids), typed property columns, the trailing :LABEL or :TYPE column."""
    props = sorted({k for _fixed, attrs in rows for k, v in attrs.items() if v is not None})
    kinds = {p: neo4j_type([a[p] for _f, a in rows if a.get(p) is not None]) for p in props}
    header = lead + [p if kinds[p] == "string" else f"{p}:{kinds[p]}" for p in props] + [trail]
    with _atomic(path) as tmp, tmp.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for fixed, attrs in rows:
            writer.writerow(fixed[:-1] + [_cell(attrs.get(p), kinds[p]) for p in props] + fixed[-1:])


def _write_csv(g: nx.MultiDiGraph, folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    by_label, by_type = defaultdict(list), defaultdict(list)
    for n, a in g.nodes(data=True):
        by_label[a["node_type"]].append(([n, a["node_type"]], {k: v for k, v in a.items() if k != "node_type"}))
    for u, v, d in g.edges(data=True):
        attrs = {k: x for k, x in d.items() if k not in ("rel_type", "label")}
        by_type[d["rel_type"]].append(([u, v, d["rel_type"]], attrs))
    files, args = [], []
    for label in sorted(by_label):
        name = f"nodes-{label}.csv"
        _write_table(folder / name, ["id:ID"], ":LABEL", by_label[label])
        files.append(name)
        args.append(f"--nodes={name}")
    for rel in sorted(by_type):
        name = f"relationships-{rel}.csv"
        _write_table(folder / name, [":START_ID", ":END_ID"], ":TYPE", by_type[rel])
        files.append(name)
        args.append(f"--relationships={name}")
    command = ["neo4j-admin", "database", "import", "full", "--overwrite-destination",
               "--multiline-fields=true", f"--array-delimiter={ARRAY_DELIMITER}", *args, "neo4j"]
    script = folder / "neo4j-admin-import.sh"
    with _atomic(script) as tmp:
        tmp.write_text("#!/bin/sh\n# Import this folder into a stopped Neo4j 5: sh neo4j-admin-import.sh\n"
                       'cd "$(dirname "$0")"\n' + " ".join(shlex.quote(c) for c in command) + "\n",
                       encoding="utf-8")
    files.append(script.name)
    return files


def _dl_label(name: str) -> str:
    return f'"{name.replace(chr(34), chr(39))}"' if any(c in name for c in ' ,"\'') else name


def _write_dl(store, path: Path, doc, domain, expand_groups, weighting) -> tuple[int, int]:
    from agencygraph.graph.incidence import projection

    inc = store.incidence(doc=doc, domain=domain, expand_groups=expand_groups)
    w = projection(inc, weighting).toarray()
    fmt = (lambda x: f"{int(x)}") if weighting == "count" else (lambda x: f"{x:.6g}")
    with _atomic(path) as tmp, tmp.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(f"dl n={len(inc.units)}\nformat = fullmatrix\nlabels:\n")
        fh.write(",".join(_dl_label(u) for u in inc.units) + "\n")
        fh.write("data:\n")
        for row in w:
            fh.write(" ".join(fmt(x) for x in row) + "\n")
    return len(inc.units), int((w > 0).sum() // 2)


def export(store, fmt: str, out, doc: str | None = None, domain: str | None = None, expand_groups: bool = False,
           weighting: str = "count", network: str = "full") -> dict:
    """Write the graph (or, for ``dl``, the unit co-ownership matrix) in ``fmt`` to ``out``.

    ``network``: ``full`` (the property graph), ``units`` (the weighted co-ownership network) or ``two-mode``
    (units and tasks), see :mod:`viz.network_export`; the last two as ``graphml``, ``gexf`` or ``json``.

    Returns ``{"format", "path", "nodes", "edges", "files"}`` (for ``csv`` ``out`` is a folder and ``files`` lists
    what was written in it; for ``dl`` ``nodes`` are units and ``edges`` the pairs with a tie).
    """
    if fmt not in EXPORT_FORMATS:
        raise AgencyGraphError(f"unknown export format {fmt!r}; one of {', '.join(EXPORT_FORMATS)}")
    out = Path(out)
    try:
        if fmt == "dl":
            n, e = _write_dl(store, out, doc, domain, expand_groups, weighting)
            return {"format": fmt, "path": str(out), "nodes": n, "edges": e, "files": [out.name]}
        if network != "full":
            from .network_export import NETWORKS, network_graph

            if network not in NETWORKS:
                raise AgencyGraphError(f"unknown network {network!r}; one of {', '.join(NETWORKS)}")
            if fmt not in ("graphml", "gexf", "json"):
                raise AgencyGraphError(f"--network {network} is written as graphml, gexf or json, not {fmt} "
                                       f"({'the dl format is always the unit network' if fmt == 'dl' else 'csv is the full graph for neo4j-admin'})")
            g = network_graph(store, network, doc, domain, expand_groups, weighting)
        else:
            g = export_graph(store, doc, domain)
        if fmt == "json":
            data = nx.node_link_data(g, edges="edges")
            with _atomic(out) as tmp:
                tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
            files = [out.name]
        elif fmt == "csv":
            if out.exists() and not out.is_dir():
                raise WriteRefused(f"{out}: the csv export writes a folder of files; give a folder name")
            files = _write_csv(g, out)
        elif fmt == "graphml":
            with _atomic(out) as tmp:
                nx.write_graphml(_flattened(g), tmp, encoding="utf-8")
            files = [out.name]
        else:
            with _atomic(out) as tmp:
                nx.write_gexf(_flattened(g), tmp, encoding="utf-8")
            files = [out.name]
    except OSError as exc:
        raise WriteRefused(f"{out}: cannot write the export ({exc.strerror})") from None
    return {"format": fmt, "path": str(out), "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
            "files": files}

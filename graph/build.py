"""Turn a LoadResult into backend-neutral node and edge rows (what every store writes).

Node ids are ``Label:key``; every row a document owns carries ``doc`` so it can be replaced whole.

Examples
--------
>>> node_id("Unit", "市科技局")
'Unit:市科技局'
"""

from __future__ import annotations

from dataclasses import fields

from .model import LoadResult

__all__ = ["node_id", "rows_for", "OWNED_LABELS", "SHARED_LABELS", "REL_TYPES"]

#: Labels whose nodes belong to one document (removed with it).
OWNED_LABELS = ("Document", "Domain", "Task", "Body", "Indicator")
#: Labels whose nodes are shared across documents (removed when nothing points at them any more).
SHARED_LABELS = ("Unit", "Group", "Person")
REL_TYPES = ("LEADS", "ASSISTS", "IN_DOMAIN", "FROM_DOCUMENT", "PART_OF", "MEMBER_OF", "HOLDS_POST",
             "HAS_INDICATOR", "HOSTED_BY")


def _props(record) -> dict:
    """A record's fields, shallow (``dataclasses.asdict`` deep-copies, a third of a large write)."""
    return {f.name: (list(v) if isinstance(v := getattr(record, f.name), list) else v)
            for f in fields(record) if f.name != "key"}


def node_id(label: str, key: str) -> str:
    return f"{label}:{key}"


def _body_key(doc: str, name: str) -> str:
    return f"{doc}#{name}"


def rows_for(result: LoadResult) -> tuple[list[dict], list[dict]]:
    """(nodes, edges) for one document. Node rows: id, label, key, properties; edge rows: source, target,
    type, key (distinguishes parallel edges of one type), properties."""
    doc = result.document.key
    nodes: list[dict] = []
    edges: list[dict] = []
    document_id = node_id("Document", doc)

    def node(label, key, **props):
        nodes.append({"id": node_id(label, key), "label": label, "key": key, **props})
        return node_id(label, key)

    def edge(source, target, type_, key=None, **props):
        # The key names the edge among its parallel edges; it carries the document, so that an edge between
        # two shared nodes (Unit → Group, Person → Unit) written by two documents stays two edges.
        edges.append({"source": source, "target": target, "type": type_, "key": f"{key or type_}@{doc}", "doc": doc,
                      **props})

    node("Document", doc, **_props(result.document))
    for d in result.domains:
        did = node("Domain", d.key, **_props(d))
        edge(did, document_id, "FROM_DOCUMENT")
    for t in result.tasks:
        tid = node("Task", t.key, **_props(t))
        edge(tid, document_id, "FROM_DOCUMENT")
        if t.domain:
            edge(tid, node_id("Domain", t.domain), "IN_DOMAIN")
        if t.parent:
            edge(tid, node_id("Task", f"{doc}#{t.parent}"), "PART_OF")
    keys = {}  # a unit's name in this document → its key (place/name): the unit of that place
    for u in result.units:
        key = keys[u.name] = u.key or u.name
        node(u.label, key, name=u.name, kind=u.kind, aliases=list(u.aliases), registered=u.registered,
             place=u.place, local=u.name, qualified=u.qualified or u.name, predecessors=list(u.predecessors))

    def unit(label: str, name: str) -> str:
        return node_id(label, keys.get(name, name) if label != "Person" else name)

    for seq, a in enumerate(result.assignments):
        edge(unit(a.actor_label, a.actor), node_id(a.target_label, a.target), a.rel_type, seq=seq,
             task=a.task, line=a.line, clause=a.clause, spelling=a.spelling, inherited=a.inherited,
             **({"page": a.page} if a.page is not None else {}))  # a paginated file's page
    for m in result.group_members:
        edge(unit("Unit", m.member), unit("Group", m.group), "MEMBER_OF", f"MEMBER_OF:{keys.get(m.group, m.group)}",
             line=m.line, spelling=m.spelling, role="member")
    for p in result.people:
        node("Person", p.name, name=p.name)
    for seq, p in enumerate(result.posts):
        edge(node_id("Person", p.person), unit("Unit", p.unit), "HOLDS_POST", f"HOLDS_POST:{p.post}",
             post=p.post, line=p.line, note=p.note, seq=seq)
    for b in result.bodies:
        bid = node("Body", _body_key(doc, b.name), name=b.name, kind=b.kind, doc=doc, line=b.line,
                   short_name=b.short_name)
        edge(bid, document_id, "FROM_DOCUMENT")
        if b.parent:
            edge(bid, node_id("Body", _body_key(doc, b.parent)), "PART_OF")
        if b.office_at:
            edge(bid, unit("Unit", b.office_at), "HOSTED_BY")
    for seq, r in enumerate(result.body_roles):
        edge(unit(r.member_label, r.member), node_id("Body", _body_key(doc, r.body)), "MEMBER_OF",
             f"MEMBER_OF:{doc}:{r.body}:{r.role}", role=r.role, line=r.line, note=r.note, seq=seq)
    for i in result.indicators:
        iid = node("Indicator", i.key, **_props(i))
        edge(iid, document_id, "FROM_DOCUMENT")
        if i.domain:
            edge(node_id("Domain", i.domain), iid, "HAS_INDICATOR")
    return nodes, edges

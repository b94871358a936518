"""The Neo4j store: the same GraphStore interface as the embedded store, over a real Neo4j 5 server (Bolt).

- Schema: a uniqueness constraint on ``key`` for every node label, indexes on ``doc`` for the labels a
  document owns and on the relationships between shared nodes; created idempotently on open.
- Writing: one transaction per document through ``execute_write`` (retried on transient errors), with
  batched ``UNWIND $rows … CREATE / MERGE`` statements; a document whose sha256 is already stored is left
  alone, a changed one has its records replaced inside the same transaction.
- Reading: the unit × task incidence every analysis starts from is selected and joined in Cypher
  (tasks in scope, their LEADS / ASSISTS, domain leads, group members); listings and graph algorithms
  that Neo4j Community lacks (betweenness, PageRank, Louvain) run on a projection read into networkx.

Labels and relationship types in the statements come from the model's constants, never from input;
every value is a ``$parameter``.
"""

from __future__ import annotations

import os
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Iterable

import networkx as nx
from neo4j.exceptions import DriverError, IncompleteCommit, Neo4jError, ServiceUnavailable, SessionExpired, TransientError

from . import listing
from .build import OWNED_LABELS, SHARED_LABELS, REL_TYPES, rows_for
from .errors import NotFound, WriteFailed
from .incidence import Incidence, assemble
from .listing import natural_key
from .model import LoadResult, WriteOutcome
from .neo4j_conn import Neo4jSettings, connect, neo4j_settings

__all__ = ["Neo4jStore", "schema_statements", "read_nodes", "BATCH_SIZE"]

BATCH_SIZE = 5000
#: Labels whose nodes carry the ``doc`` they belong to (the Document node is found by its key).
DOC_LABELS = tuple(label for label in OWNED_LABELS if label != "Document")
#: Relationship types that can join two shared nodes, so are found by their ``doc`` when a document goes.
SHARED_RELS = ("MEMBER_OF", "HOLDS_POST")


#: Every unit's shown name (graph.places): its name in its documents while they are all of one place, else its
#: name with its place (舟山市财政局).
RELABEL = ("MATCH (d:Document) WITH collect(DISTINCT coalesce(d.jurisdiction, '?' + d.key)) AS places "
           "MATCH (u) WHERE (u:Unit OR u:Group) AND u.local IS NOT NULL "
           "WITH u, CASE WHEN size(places) <= 1 THEN u.local ELSE coalesce(u.qualified, u.local) END AS shown "
           "WHERE u.name <> shown SET u.name = shown")


def schema_statements() -> list[str]:
    """Constraints and indexes, each ``IF NOT EXISTS`` (running them again changes nothing).

    >>> [s for s in schema_statements() if "task" in s.lower()][:1]
    ['CREATE CONSTRAINT task_key IF NOT EXISTS FOR (n:Task) REQUIRE n.key IS UNIQUE']
    """
    out = [f"CREATE CONSTRAINT {label.lower()}_key IF NOT EXISTS FOR (n:{label}) REQUIRE n.key IS UNIQUE"
           for label in OWNED_LABELS + SHARED_LABELS]
    out += [f"CREATE INDEX {label.lower()}_doc IF NOT EXISTS FOR (n:{label}) ON (n.doc)" for label in DOC_LABELS]
    out += [f"CREATE INDEX {rel.lower()}_doc IF NOT EXISTS FOR ()-[r:{rel}]-() ON (r.doc)" for rel in SHARED_RELS]
    return out


def _split(node: str) -> tuple[str, str]:
    label, key = node.split(":", 1)
    return label, key


def _chunks(rows: list, size: int) -> Iterable[list]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


class Neo4jStore:
    """GraphStore over Neo4j; settings from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD unless given."""

    backend = "neo4j"

    def __init__(self, settings: Neo4jSettings | None = None, batch_size: int = BATCH_SIZE):
        self.settings = settings or neo4j_settings(os.environ)
        self.batch_size = batch_size
        self._driver = connect(self.settings)
        self._graph: nx.MultiDiGraph | None = None
        self._incidences: dict[tuple, Incidence] = {}
        for statement in schema_statements():
            self._driver.execute_query(statement, database_=self.settings.database)

    # -- plumbing -------------------------------------------------------------------------
    def _session(self, **kwargs):
        return self._driver.session(database=self.settings.database, **kwargs)

    def _read(self, query: str, **params) -> list[dict]:
        with self._session() as session:
            return session.execute_read(lambda tx: [r.data() for r in tx.run(query, **params)])

    def _records(self, query: str, **params) -> list:
        """The records as decoded (tuples of plain values; no ``Record.data()`` walk)."""
        with self._session() as session:
            return session.execute_read(lambda tx: list(tx.run(query, **params)))

    def _read_value(self, query: str, **params):
        """The one value a query returns (a ``collect`` of plain lists: taken as decoded, which is much faster
        than ``Record.data()``'s walk through every nested value)."""
        with self._session() as session:
            return session.execute_read(lambda tx: tx.run(query, **params).single()[0])

    def _changed(self) -> None:
        self._graph = None
        self._incidences.clear()

    # -- writing --------------------------------------------------------------------------
    def write(self, results: list[LoadResult]) -> list[WriteOutcome]:
        """Each document in its own transaction; re-writing an unchanged document changes nothing. The next
        document's rows are prepared in a helper thread while the server writes the current one."""
        outcomes = []
        try:
            with ThreadPoolExecutor(max_workers=1) as pool:
                pending = pool.submit(_prepare, results[0]) if results else None
                for i, result in enumerate(results):
                    batch = pending.result()
                    pending = pool.submit(_prepare, results[i + 1]) if i + 1 < len(results) else None
                    try:
                        with self._session() as session:
                            status = session.execute_write(self._write_document, batch)
                    except (Neo4jError, DriverError, _TooLarge) as exc:
                        raise WriteFailed(_failure(result, outcomes, exc)) from None
                    outcomes.append(WriteOutcome(batch.doc, status))
        finally:
            self._changed()
        return outcomes

    def _write_document(self, tx, batch: "_Batch") -> str:
        stored = tx.run("MATCH (d:Document {key: $doc}) RETURN d.sha256 AS sha256", doc=batch.doc).single()
        if stored and stored["sha256"] == batch.sha256:
            return "unchanged"
        try:
            if stored:
                _delete_document(tx, batch.doc)
            ids = self._write_nodes(tx, batch.nodes)
            self._write_edges(tx, batch.edges, ids)
            tx.run(RELABEL).consume()
        except TransientError as exc:
            if "MemoryPoolOutOfMemoryError" in (exc.code or ""):
                raise _TooLarge(exc) from None  # the same transaction would fail again: not retried
            raise
        return "replaced" if stored else "added"

    def _write_nodes(self, tx, nodes: dict[str, dict[str, dict]]) -> dict[str, str]:
        """Create the document's own nodes and merge the shared ones; returns node id → elementId, so that
        the relationships are written without an index lookup per endpoint."""
        ids: dict[str, str] = {}
        for label, rows in nodes.items():
            rows = list(rows.values())
            if label in SHARED_LABELS:
                by_key = {row["key"]: row for row in rows}
                stored = tx.run(f"MATCH (n:{label}) WHERE n.key IN $keys RETURN n.key AS key, n.aliases AS aliases",
                                keys=list(by_key))
                for rec in stored:  # aliases gather across documents (sorted union, as the embedded store keeps)
                    row = by_key[rec["key"]]
                    if "aliases" in row or rec["aliases"]:
                        by_key[rec["key"]] = {**row, "aliases": sorted(set(rec["aliases"] or []) |
                                                                       set(row.get("aliases") or []))}
                rows = list(by_key.values())
                statement = f"UNWIND $rows AS r MERGE (n:{label} {{key: r.key}}) SET n += r"
            else:
                statement = f"UNWIND $rows AS r CREATE (n:{label}) SET n = r"
            statement += " RETURN collect([n.key, elementId(n)]) AS ids"  # one record, not one per node
            for chunk in _chunks(rows, self.batch_size):
                ids.update((f"{label}:{key}", eid) for key, eid in tx.run(statement, rows=chunk).single()[0])
        return ids

    def _write_edges(self, tx, edges: dict[str, list[tuple[str, str, dict]]], ids: dict[str, str]) -> None:
        """One batched statement per relationship type; endpoints by elementId. An endpoint the document
        does not define may be a node another document wrote (as in the embedded store); else NotFound."""
        _resolve_outside(tx, {end for rows in edges.values() for s, t, _p in rows for end in (s, t)
                              if end not in ids}, ids)
        for rel, rows in edges.items():
            statement = (f"UNWIND $rows AS r MATCH (a) WHERE elementId(a) = r.s MATCH (b) WHERE elementId(b) = r.t "
                         f"CREATE (a)-[e:{rel}]->(b) SET e = r.p")
            for chunk in _chunks(rows, self.batch_size):
                tx.run(statement, rows=[{"s": ids[s], "t": ids[t], "p": p} for s, t, p in chunk]).consume()

    def remove_document(self, doc: str) -> None:
        key = listing.resolve_doc(self._skeleton(), doc)
        with self._session() as session:
            session.execute_write(lambda tx: (_delete_document(tx, key), tx.run(RELABEL).consume()))
        self._changed()

    # -- reading --------------------------------------------------------------------------
    def _skeleton(self) -> nx.MultiDiGraph:
        """Documents and domains only: enough to resolve --doc and --domain without reading everything."""
        with self._session() as session:
            return read_nodes(session, ("Document", "Domain"))

    skeleton = _skeleton

    def graph(self) -> nx.MultiDiGraph:
        """The whole graph read into networkx (same node ids and attributes as the embedded store), cached
        until the next write; read-only."""
        if self._graph is None:
            g = nx.MultiDiGraph()
            edges = []
            # Nodes in batches, each with its incoming relationships (a task's assignments, a document's
            # parts): about 100 records at 10^5 tasks instead of one per node and per relationship, as the
            # driver's cost is per record (the whole read went from 44 s to 11 s for 107,000 nodes and
            # 588,000 relationships).
            for (batch,) in self._records(
                    "MATCH (n) WITH collect(n) AS nodes UNWIND range(0, size(nodes) - 1, $size) AS i "
                    "RETURN [n IN nodes[i..i + $size] | [labels(n)[0], properties(n), "
                    "[(a)-[r]->(n) | [labels(a)[0] + ':' + a.key, type(r), properties(r)]]]]", size=1000):
                for label, props, incoming in batch:
                    target = f"{label}:{props['key']}"
                    g.add_node(target, label=label, **props)
                    edges += ((source, target, rel, rprops) for source, rel, rprops in incoming)
            for source, target, rel, props in edges:
                key = props.pop("key", None) or default_rel_key(rel, props.get("doc"))
                g.add_edge(source, target, key=key, type=rel, **props)
            self._graph = nx.freeze(g)
        return self._graph

    def documents(self) -> list[dict]:
        return listing.documents(self.graph())

    def tasks(self, doc=None, domain=None, unit=None) -> list[dict]:
        return listing.tasks(self.graph(), doc, domain, unit)

    def units(self, doc=None, domain=None, unit=None) -> list[dict]:
        return listing.units(self.graph(), doc, domain, unit)

    def bodies(self, doc=None) -> list[dict]:
        return listing.bodies(self.graph(), doc)

    def indicators(self, doc=None) -> list[dict]:
        return listing.indicators(self.graph(), doc)

    def incidence(self, doc=None, domain=None, expand_groups=False, docs=None) -> Incidence:
        """The unit × task incidence inside the filters, selected and joined in Cypher."""
        key = (doc, domain, expand_groups, tuple(docs or ()))
        if key not in self._incidences:
            self._incidences[key] = self._incidence(doc, domain, expand_groups, docs)
        return self._incidences[key]

    def _incidence(self, doc, domain, expand_groups, docs) -> Incidence:
        skeleton = self._skeleton()
        doc_keys = None
        if doc:
            doc_keys = [listing.resolve_doc(skeleton, doc)]
        if docs:
            wanted = {listing.resolve_doc(skeleton, d) for d in docs}
            doc_keys = sorted(wanted if doc_keys is None else wanted & set(doc_keys))
        domain_keys = None
        if domain:
            ids = listing.resolve_domains(skeleton, domain, doc_keys[0] if doc and not docs else None)
            domain_keys = sorted(skeleton.nodes[n]["key"] for n in ids)
        scope = ("($docs IS NULL OR t.doc IN $docs) AND ($domains IS NULL OR t.domain IN $domains) "
                 "AND NOT coalesce(t.has_parts, false)")
        params = {"docs": doc_keys, "domains": domain_keys}
        # One record holding every task in scope with its actors: the driver's cost is per record, so this
        # is much faster than a record per assignment (the incidence at 10^5 tasks: 19.5 s before, 4.3 s). An assignment's document and spelling come
        # back as true when they are the task's document and the unit's name (most do), saving the strings.
        rows = self._read_value(f"MATCH (t:Task) WHERE {scope} RETURN collect([t.key, t.doc, t.number, t.domain, "
                          f"t.deadline, [(a)-[r:LEADS|ASSISTS]->(t) | [a.name, coalesce(a.kind, 'unknown'), "
                          f"type(r) = 'LEADS', "
                          f"CASE WHEN r.doc = t.doc THEN true ELSE r.doc END, "
                          f"CASE WHEN r.spelling = a.name THEN true ELSE r.spelling END]]]) AS rows",
                          **params)
        rows.sort(key=lambda t: (t[1], natural_key(t[2])))
        tasks = [{"key": key, "doc": doc, "number": number, "domain": domain, "deadline": deadline}
                 for key, doc, number, domain, deadline, _actors in rows]
        edges = ((name, kind, j, "lead" if lead else "assist", doc if r_doc is True else r_doc,
                  name if spelling is True else spelling)
                 for j, (_key, doc, _n, _d, _dl, actors) in enumerate(rows)
                 for name, kind, lead, r_doc, spelling in actors)
        domains = self._read("MATCH (d:Domain) WHERE ($docs IS NULL OR d.doc IN $docs) "
                             "AND ($domains IS NULL OR d.key IN $domains) "
                             "RETURN d.key AS key, [(u)-[:LEADS]->(d) | u.name] AS leads", **params)
        titles = {n["key"]: n.get("title") for _i, n in skeleton.nodes(data=True) if n["label"] == "Domain"}
        members = None
        if expand_groups:
            members = defaultdict(list)
            for m in self._read("MATCH (u:Unit)-[r:MEMBER_OF]->(g:Group) RETURN g.name AS grp, r.doc AS doc, "
                                "u.name AS name, coalesce(u.kind, 'unknown') AS kind"):
                members[(m["grp"], m["doc"])].append((m["name"], m["kind"]))
        return assemble(tasks, edges, members, titles, {d["key"]: sorted(d["leads"]) for d in domains})

    def gds_available(self) -> bool:
        """Whether the server has the Graph Data Science library (Neo4j Community does not ship it)."""
        rows = self._read("SHOW PROCEDURES YIELD name WHERE name STARTS WITH 'gds.' RETURN count(*) AS n")
        return bool(rows and rows[0]["n"])

    def clear(self) -> None:
        """Delete every node and relationship (for benchmarks and tests on a scratch database)."""
        with self._session() as session:  # relationships first: a unit may hold hundreds of thousands
            session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS").consume()
            session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
        self._changed()

    def close(self) -> None:
        self._driver.close()


class _TooLarge(Exception):
    """A document's transaction exceeded the server's transaction memory (raised inside the transaction
    function, so the driver does not retry it)."""


def _failure(result: LoadResult, written: list[WriteOutcome], exc: Exception) -> str:
    doc = result.document
    if isinstance(exc, _TooLarge):
        why = ("its transaction needs more memory than the server allows one transaction "
               "(db.memory.transaction.max, or dbms.memory.transaction.total.max: 70% of the heap by default); "
               "give the server more heap (agencygraph neo4j start --heap 4g) or split the document")
    elif isinstance(exc, IncompleteCommit):
        return (f"the connection to Neo4j was lost while it committed {doc.key} ({doc.source}): the document is "
                f"stored whole or not at all, which is unknown here; see 'agencygraph docs' and load again")
    elif not isinstance(exc, Neo4jError) or isinstance(exc, (ServiceUnavailable, SessionExpired)):
        why = (f"the connection to the server was lost ({type(exc).__name__}); check that it still runs "
               f"(agencygraph neo4j status) and load again")
    else:
        message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        why = next((line.strip() for line in str(message).splitlines() if line.strip()), type(exc).__name__)
    done = [o.doc for o in written]
    landed = f"; written before it: {', '.join(done)}" if done else "; nothing of this batch was written"
    return f"Neo4j did not take {doc.key} ({doc.source}), so none of it was written: {why}{landed}"


@dataclass
class _Batch:
    """One document's rows as the statements take them (prepared outside the transaction)."""

    doc: str
    sha256: str
    nodes: dict[str, dict[str, dict]]  # label → key → properties
    edges: dict[str, list[tuple[str, str, dict]]]  # relationship type → (source id, target id, properties)


def _prepare(result: LoadResult) -> _Batch:
    """Group a document's rows by label and relationship type, as the embedded store would merge them: a
    later row for the same node updates the earlier one; one relationship per (source, target, key)."""
    doc = result.document.key
    node_rows, edge_rows = rows_for(result)
    nodes: dict[str, dict[str, dict]] = defaultdict(dict)
    for row in node_rows:
        props = {k: v for k, v in row.items() if k not in ("id", "label") and v is not None}
        nodes[row["label"]].setdefault(row["key"], {}).update(props)
    edges: dict[str, dict[tuple, tuple[str, str, dict]]] = defaultdict(dict)
    for row in edge_rows:
        if row["type"] not in REL_TYPES:
            raise ValueError(f"unknown relationship type {row['type']!r}")
        props = {k: v for k, v in row.items() if k not in ("source", "target", "type") and v is not None}
        if props.get("key") == default_rel_key(row["type"], doc):
            del props["key"]  # the usual key is not stored (one string less per relationship)
        slot = edges[row["type"]].setdefault((row["source"], row["target"], row["key"]),
                                             (row["source"], row["target"], {}))
        slot[2].update(props)
    return _Batch(doc, result.document.sha256, dict(nodes),
                  {rel: list(rows.values()) for rel, rows in edges.items()})


def read_nodes(session, labels: tuple[str, ...]) -> nx.MultiDiGraph:
    """The nodes of some labels as a networkx graph with the store's node ids and attributes and no edges:
    enough for ``graph.listing``'s resolve_doc / resolve_domains / resolve_unit without reading everything."""
    unknown = [label for label in labels if label not in OWNED_LABELS + SHARED_LABELS]
    if unknown:
        raise ValueError(f"not node labels of the model: {unknown}")
    where = " OR ".join(f"n:{label}" for label in labels)
    records = session.execute_read(
        lambda tx: list(tx.run(f"MATCH (n) WHERE {where} RETURN labels(n)[0], properties(n)")))
    g = nx.MultiDiGraph()
    for label, props in records:
        g.add_node(f"{label}:{props['key']}", label=label, **props)
    return g


def default_rel_key(rel_type: str, doc: str | None) -> str:
    """The key an edge has unless the model names it (``LEADS@<doc>``); not stored, restored on reading.

    >>> default_rel_key("LEADS", "武政〔2018〕50号")
    'LEADS@武政〔2018〕50号'
    """
    return f"{rel_type}@{doc}"


def _resolve_outside(tx, wanted: set[str], ids: dict[str, str]) -> None:
    """Add to ``ids`` the elementIds of nodes (``Label:key``) the document points at but does not define."""
    by_label: dict[str, list[str]] = defaultdict(list)
    for node in wanted:
        label, key = _split(node)
        if label not in OWNED_LABELS + SHARED_LABELS:
            raise NotFound(f"an edge points at {node}, which is not a node kind of the model")
        by_label[label].append(key)
    for label, keys in by_label.items():
        for rec in tx.run(f"MATCH (n:{label}) WHERE n.key IN $keys RETURN n.key AS key, elementId(n) AS id", keys=keys):
            ids[f"{label}:{rec['key']}"] = rec["id"]
    missing = sorted(wanted - ids.keys())
    if missing:
        raise NotFound(f"{len(missing)} edge endpoint(s) the document does not define and the store does not "
                       f"hold, e.g. {missing[0]}")


def _delete_document(tx, doc: str) -> None:
    """A document's own nodes (with their relationships), its relationships between shared nodes, then the
    shared nodes nothing points at any more."""
    for rel in SHARED_RELS:
        tx.run(f"MATCH ()-[r:{rel}]->() WHERE r.doc = $doc DELETE r", doc=doc).consume()
    for label in DOC_LABELS:
        tx.run(f"MATCH (n:{label} {{doc: $doc}}) DETACH DELETE n", doc=doc).consume()
    tx.run("MATCH (n:Document {key: $doc}) DETACH DELETE n", doc=doc).consume()
    tx.run("MATCH (n) WHERE (n:Unit OR n:Group OR n:Person) AND NOT (n)--() DELETE n").consume()

"""The embedded store: one SQLite file with plain tables (graph.sqlite_schema), read a slice at a time.

- Writing: a batch of documents in one transaction (``BEGIN IMMEDIATE``: concurrent writers wait for SQLite's
  own lock, then see what the other wrote); an unchanged document (same sha256) is left alone, a changed one
  has its rows replaced in the same transaction. A crash or ``kill -9`` leaves the last committed state.
- Reading: listings are SQL over the tables they need (``docs`` reads ``documents``, ``tasks --unit`` goes
  through the index on assignments), the unit × task incidence comes from ``incidence_cache`` (graph
  .sqlite_incidence) and networkx graphs are built only for what needs one (``graph()``, bodies, indicators).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from . import listing
from .build import SHARED_LABELS, node_id, rows_for
from .errors import NotFound, StoreCorrupt, StoreUnavailable
from .model import LoadResult, WriteOutcome
from .places import display_column, document_places
from .sqlite_schema import (ASSIGNMENT_COLUMNS, DOCUMENT_COUNTS, FORMAT, NODE_COLUMNS, RELATIONSHIP_COLUMNS,
                            TABLE_OF, VERSION, from_sql, schema, to_sql)

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["SqliteStore", "is_sqlite_file", "TIMEOUT"]

#: Seconds a writer waits for another writer's transaction before giving up (a 10^6-task load takes minutes).
TIMEOUT = 900.0
ASSIGNMENT_TYPES = ("LEADS", "ASSISTS")
_OWNED_TABLES = ("domains", "tasks", "bodies", "indicators")
_SEP = "\x1f"  # between the names group_concat joins (no unit name holds a control character)
#: A task's units of one relationship, joined in order (seq, then name): the ordered subquery feeds
#: group_concat in its order (SQLite does not flatten an ORDER BY subquery into an aggregate).
_UNITS_OF = ("(SELECT group_concat(name, char(31)) FROM (SELECT u.name FROM assignments a JOIN units u "
             "ON u.label = a.actor_label AND u.key = a.actor WHERE a.target_label = 'Task' AND a.target = t.key "
             "AND a.type = '{}' ORDER BY coalesce(a.seq, 0), u.name))")


def is_sqlite_file(path: str | Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


class SqliteStore:
    """GraphStore over one SQLite file; ``path=None`` keeps it in memory."""

    backend = "networkx"  # the embedded store's backend name (networkx is its in-memory graph engine)

    def __init__(self, path: str | Path | None = None, timeout: float = TIMEOUT):
        self.path = Path(path) if path is not None else None
        self.notice: str | None = None  # set by open_store when it converted a JSON store
        self._incidences: dict = {}
        self._skeleton: tuple | None = None
        if self.path is not None and self.path.exists() and self.path.stat().st_size and not is_sqlite_file(self.path):
            raise StoreCorrupt(f"{self.path}: not an agencygraph store (not an SQLite database); remove it or "
                               "choose another --store")
        try:
            if self.path is not None and str(self.path.parent):
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(self.path) if self.path is not None else ":memory:", timeout=timeout,
                                      isolation_level=None, check_same_thread=False)
            if self.path is not None:
                self.db.execute("PRAGMA journal_mode=WAL")  # readers go on while a writer writes
                self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA cache_size=-65536")  # 64 MB of pages: the indexes of a large load stay cached
            self._init()
        except sqlite3.DatabaseError as exc:
            raise StoreCorrupt(f"{self.path}: not an agencygraph store ({exc}); remove it or choose another --store") \
                from None
        except OSError as exc:
            raise StoreUnavailable(f"{self.path}: cannot open the store ({exc.strerror})") from None

    def _init(self) -> None:
        meta = self._meta()
        if meta.get("format") is None:
            if self.db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table'").fetchone() \
                    and not self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone():
                raise StoreCorrupt(f"{self.path}: an SQLite database but not an agencygraph store (no meta table); "
                                   "choose another --store")
            with self._writing():
                for statement in schema():
                    self.db.execute(statement)
                self.db.executemany("INSERT OR IGNORE INTO meta VALUES (?, ?)",
                                    [("format", FORMAT), ("version", str(VERSION)), ("generation", "0")])
            meta = self._meta()
        if meta.get("format") != FORMAT:
            raise StoreCorrupt(f"{self.path}: not an agencygraph store (meta format {meta.get('format')!r})")
        if meta.get("version") == "1":  # from before units had a place: converted in place, once
            from .place_convert import upgrade_v1

            with self._writing() as db:
                summary = upgrade_v1(db)
            self.notice = (f"converted the store {self.path} to version {VERSION} (units belong to a place): "
                           f"{summary}")
            meta = self._meta()
        if meta.get("version") != str(VERSION):
            raise StoreCorrupt(f"{self.path}: store version {meta.get('version')} is not supported (this agencygraph "
                               f"reads version {VERSION}); reload the documents into a new store")

    def _meta(self) -> dict:
        if not self.db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone():
            return {}
        return dict(self.db.execute("SELECT key, value FROM meta"))

    # -- transactions ---------------------------------------------------------------------
    @contextmanager
    def _writing(self):
        """One write transaction, taken at once (BEGIN IMMEDIATE), rolled back on any error or interrupt."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    @contextmanager
    def reading(self):
        """A read transaction: every SELECT inside sees the same committed state (nested calls share it)."""
        if self.db.in_transaction:
            yield self.db
            return
        self.db.execute("BEGIN")
        try:
            yield self.db
        finally:
            self.db.execute("COMMIT")

    def generation(self) -> int:
        """A number that moves on with every write that changes something."""
        return int(self.db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()[0])

    # -- writing --------------------------------------------------------------------------
    def write(self, results: list[LoadResult]) -> list[WriteOutcome]:
        """Store documents all together or not at all; re-writing an unchanged document changes nothing."""
        batch = self.batch()
        for result in results:
            batch.write(result)
        return batch.commit()

    def batch(self) -> "Batch":
        """A writer of documents one at a time into one transaction (see :class:`Batch`)."""
        return Batch(self)

    def remove_document(self, doc: str) -> None:
        key = listing.resolve_doc(self.skeleton(), doc)
        with self._writing() as db:
            _delete_document(db, key)
            _relabel(db)
            db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
        self._incidences.clear()

    # -- reading: graphs ------------------------------------------------------------------
    def nodes_graph(self, labels=("Document", "Domain"), where: str = "", params=()) -> nx.MultiDiGraph:
        """The nodes of some labels (every column; ``where`` filters each table) as a graph with no edges."""
        import networkx as nx  # only commands that need a graph pay for importing networkx

        g = nx.MultiDiGraph()
        with self.reading() as db:
            for table in dict.fromkeys(TABLE_OF[label] for label in labels):
                _add_nodes(g, db, table, where, params, labels)
        return g

    def skeleton(self) -> nx.MultiDiGraph:
        """Documents and domains only: enough to resolve --doc and --domain without reading everything (read
        once per generation of the store)."""
        generation = self.generation()
        if self._skeleton is None or self._skeleton[0] != generation:
            import networkx as nx

            self._skeleton = (generation, nx.freeze(self.nodes_graph(("Document", "Domain"))))
        return self._skeleton[1]

    def graph(self) -> nx.MultiDiGraph:
        """The whole graph, built in networkx (same node ids and attributes as the in-memory store); read-only."""
        with self.reading() as db:
            g = self.nodes_graph(tuple(TABLE_OF))
            _add_edges(g, db, "")
        import networkx as nx

        return nx.freeze(g)

    # -- reading: listings ----------------------------------------------------------------
    def documents(self) -> list[dict]:
        rows = []
        for key, title, issuer, date, source, genres, sha, domains, tasks, numbered in self.db.execute(
                "SELECT key, title, issuer, date, source, genres, sha256, domains, tasks, numbered_tasks "
                "FROM documents"):
            rows.append({"doc": key, "title": title, "issuer": issuer, "date": date, "source": source,
                         "genres": from_sql("genres", genres), "domains": domains, "tasks": tasks,
                         "numbered_tasks": numbered, "sha256": sha})
        return sorted(rows, key=lambda r: (r["date"] or "", r["doc"]))

    def _scope(self, db, doc, domain) -> tuple[str | None, list[str] | None]:
        """The document key and the domain keys the --doc / --domain filters select."""
        if not (doc or domain):
            return None, None
        if not domain and db.execute("SELECT 1 FROM documents WHERE key = ?", (doc,)).fetchone():
            return doc, None  # a document's key, as resolve_doc tries first: no graph needed
        skeleton = self.skeleton() if domain else self.nodes_graph(("Document",))
        doc_key = listing.resolve_doc(skeleton, doc) if doc else None
        domains = sorted(skeleton.nodes[n]["key"] for n in listing.resolve_domains(skeleton, domain, doc_key)) \
            if domain else None
        return doc_key, domains

    def resolve_unit(self, unit: str) -> tuple[str, str]:
        """(label, key) of the unit or group any spelling names (NotFound with did-you-mean otherwise)."""
        wanted = listing._norm(unit)
        for label in ("Unit", "Group"):  # a key: one index lookup, as listing.resolve_unit tries first
            if self.db.execute("SELECT 1 FROM units WHERE label = ? AND key = ?", (label, wanted)).fetchone():
                return label, wanted
        from agencygraph.loaders.textnorm import normalize_name

        named = self.db.execute("SELECT label, key FROM units WHERE name = ? LIMIT 2",
                                (normalize_name(unit, wuhan=False),)).fetchall()
        if len(named) == 1:  # the name as shown (index units_name)
            return named[0]
        g = self.nodes_graph(("Unit", "Group"))
        return tuple(listing.resolve_unit(g, unit).split(":", 1))

    def unit_name(self, unit: str) -> str:
        """The canonical name of the unit or group any spelling names (NotFound with did-you-mean otherwise)."""
        return self.db.execute("SELECT name FROM units WHERE label = ? AND key = ?", self.resolve_unit(unit)).fetchone()[0]

    def tasks(self, doc=None, domain=None, unit=None) -> list[dict]:
        """One SQL statement returns each task with its document's date, its domain and its units in order
        (``--unit`` goes through the index on the unit's assignments)."""
        with self.reading() as db:
            doc_key, domains = self._scope(db, doc, domain)
            where, params = _task_where(doc_key, domains)
            if unit:  # the unary + keeps the planner on assignments_actor (not a scan of every task's rows)
                where += (" AND t.key IN (SELECT target FROM assignments WHERE actor_label = ? AND actor = ? "
                          "AND +target_label = 'Task' AND +type IN ('LEADS', 'ASSISTS'))")
                params += list(self.resolve_unit(unit))
            found = db.execute(
                "SELECT coalesce(doc.date, ''), t.doc, t.number, t.parent, d.title, d.number, t.text, t.deadline, "
                f"t.deadline_text, t.line, {_UNITS_OF.format('LEADS')}, {_UNITS_OF.format('ASSISTS')} FROM tasks t "
                "LEFT JOIN domains d ON d.key = t.domain LEFT JOIN documents doc ON doc.key = t.doc "
                f"WHERE {where}", params).fetchall()
        found.sort(key=lambda r: (r[0], r[1], listing.natural_key(r[2])))
        return [{"doc": tdoc, "number": number, "parent": parent, "domain": dtitle, "domain_number": dnumber,
                 "text": text, "deadline": deadline, "deadline_text": deadline_text,
                 "leads": leads.split(_SEP) if leads else [], "assists": assists.split(_SEP) if assists else [],
                 "line": line}
                for _date, tdoc, number, parent, dtitle, dnumber, text, deadline, deadline_text, line, leads, assists
                in found]

    def units(self, doc=None, domain=None, unit=None) -> list[dict]:
        with self.reading() as db:
            doc_key, domains = self._scope(db, doc, domain)
            only = self.resolve_unit(unit) if unit else None
            where, params = _task_where(doc_key, domains)
            counts: dict[tuple, dict[str, int]] = defaultdict(lambda: {"LEADS": 0, "ASSISTS": 0})
            # one unit (--unit) is read through the index on its assignments
            actor, actor_params = ("AND a.actor_label = ? AND a.actor = ? ", list(only)) if only else ("", [])
            if doc_key or domains:
                query = ("SELECT a.actor_label, a.actor, a.type, count(*) FROM tasks t CROSS JOIN assignments a "
                         f"ON a.target_label = 'Task' AND a.target = t.key WHERE {where} AND a.type IN ('LEADS', 'ASSISTS') "
                         f"{actor}GROUP BY 1, 2, 3")
            else:  # every task but the rows split into parts: no join needed
                query = ("SELECT actor_label, actor, type, count(*) FROM assignments a WHERE target_label = 'Task' "
                         "AND type IN ('LEADS', 'ASSISTS') AND target NOT IN (SELECT key FROM tasks WHERE has_parts = 1) "
                         f"{actor}GROUP BY 1, 2, 3")
            for label, key, rel, n in db.execute(query, params + actor_params):
                counts[(label, key)][rel] = n
            dwhere, dparams = _domain_where(doc_key, domains)
            domain_leads = {(label, key): n for label, key, n in db.execute(
                "SELECT a.actor_label, a.actor, count(*) FROM domains d CROSS JOIN assignments a ON a.target_label = "
                f"'Domain' AND a.target = d.key WHERE a.type = 'LEADS' AND {dwhere} {actor}GROUP BY 1, 2",
                dparams + actor_params)}
            members: dict[str, set] = defaultdict(set)
            mq = ("SELECT r.target, u.name FROM relationships r JOIN units u ON u.label = 'Unit' AND u.key = r.source "
                  "WHERE r.type = 'MEMBER_OF' AND r.source_label = 'Unit' AND r.target_label = 'Group'")
            for group, name in db.execute(mq + (" AND r.doc = ?" if doc_key else ""), [doc_key] if doc_key else []):
                members[group].add(name)
            rows = []
            for label, key, name, kind, registered, aliases, predecessors in db.execute(
                    "SELECT label, key, name, kind, registered, aliases, predecessors FROM units"):
                if only and (label, key) != only:
                    continue
                c = counts.get((label, key), {"LEADS": 0, "ASSISTS": 0})
                if (doc or domain) and not any(c.values()):
                    continue
                rows.append({"name": name, "kind": kind, "registered": True if registered is None else bool(registered),
                             "aliases": sorted(from_sql("aliases", aliases) or []),
                             "predecessors": sorted(from_sql("predecessors", predecessors) or []),
                             "lead_count": c["LEADS"], "assist_count": c["ASSISTS"],
                             "domain_lead_count": domain_leads.get((label, key), 0),
                             "members": sorted(members.get(key, ())) if label == "Group" else []})
        return sorted(rows, key=lambda r: (-(r["lead_count"] + r["assist_count"]), r["name"]))

    def bodies(self, doc=None) -> list[dict]:
        """Built on the slice of the graph the listing reads: bodies, their relationships, members' posts."""
        with self.reading() as db:
            g = self.nodes_graph(("Document", "Body", "Unit", "Group", "Person"))
            _add_edges(g, db, "WHERE type IN ('MEMBER_OF', 'PART_OF', 'HOSTED_BY') AND (source_label = 'Body' "
                              "OR target_label = 'Body') OR type = 'HOLDS_POST'", assignments=False)
        return listing.bodies(g, doc)

    def indicators(self, doc=None) -> list[dict]:
        with self.reading() as db:
            g = self.nodes_graph(("Document", "Domain", "Indicator"))
            _add_edges(g, db, "WHERE type = 'HAS_INDICATOR'", assignments=False)
        return listing.indicators(g, doc)

    def incidence(self, doc=None, domain=None, expand_groups=False, docs=None):
        """The unit × task incidence inside the filters: a slice of the stored one (graph.sqlite_incidence)."""
        key = (doc, domain, expand_groups, tuple(docs or ()))
        if key not in self._incidences:
            from .sqlite_incidence import incidence

            self._incidences[key] = incidence(self, doc, domain, expand_groups, docs)
        return self._incidences[key]

    def close(self) -> None:
        self.db.close()


class Batch:
    """Documents written one at a time as they are read, all in one transaction: a load holds one document's
    rows at a time, and still stores its documents all together or not at all.

    The transaction is taken (``BEGIN IMMEDIATE``) at the first ``write``; ``commit`` ends it (and stores the
    incidence the analyses read), ``rollback`` or any error in a write leaves the store as it was.
    """

    def __init__(self, store: SqliteStore):
        self.store, self.outcomes, self._open = store, [], False

    def write(self, result: LoadResult) -> WriteOutcome:
        db = self.store.db
        if not self._open:
            db.execute("BEGIN IMMEDIATE")
            self._open = True
        try:
            p = _prepare(result)
            stored = db.execute("SELECT sha256 FROM documents WHERE key = ?", (p.doc,)).fetchone()
            if stored and stored[0] == p.sha256:
                outcome = WriteOutcome(p.doc, "unchanged")
            else:
                if stored:
                    _delete_document(db, p.doc)
                _insert(db, p)
                outcome = WriteOutcome(p.doc, "replaced" if stored else "added")
        except BaseException:
            self.rollback()
            raise
        self.outcomes.append(outcome)
        return outcome

    def rollback(self) -> None:
        if self._open:
            self._open = False
            self.store.db.execute("ROLLBACK")
        self.outcomes = []

    def commit(self) -> list[WriteOutcome]:
        """End the transaction; the outcomes of the documents written."""
        changed = any(o.status != "unchanged" for o in self.outcomes)
        if self._open:
            db = self.store.db
            try:
                if changed:
                    _relabel(db)
                    db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
                    _analyze(db)
            except BaseException:
                self.rollback()
                raise
            db.execute("COMMIT")
            self._open = False
        self.store._incidences.clear()
        if self.store.path is not None and changed:
            from .sqlite_incidence import refresh

            refresh(self.store)  # the incidence the analyses read, stored now rather than by the first command
        return self.outcomes


# -- rows in and out --------------------------------------------------------------------------------
class _Prepared:
    """One document's rows grouped by table, merged as the in-memory store merges them."""

    def __init__(self, result: LoadResult):
        self.doc, self.sha256 = result.document.key, result.document.sha256
        nodes, edges = rows_for(result)
        self.nodes: dict[str, dict[tuple, dict]] = defaultdict(dict)  # table → (label, key) → properties
        for row in nodes:
            props = {k: v for k, v in row.items() if k not in ("id", "label", "key")}
            slot = self.nodes[TABLE_OF[row["label"]]].setdefault((row["label"], row["key"]), {})
            if row["label"] in SHARED_LABELS and "aliases" in slot:
                props["aliases"] = sorted(set(slot["aliases"] or []) | set(props.get("aliases") or []))
            slot.update(props)
        self.defined = {node_id(label, key) for rows in self.nodes.values() for label, key in rows}
        self.assignments: dict[tuple, dict] = {}
        self.relationships: dict[tuple, dict] = {}
        for row in edges:
            target = self.assignments if row["type"] in ASSIGNMENT_TYPES else self.relationships
            target.setdefault((row["source"], row["target"], row["key"]), {}).update(row)
        tasks = self.nodes.get("tasks", {}).values()
        doc_props = self.nodes["documents"][("Document", self.doc)]
        doc_props.update(domains=len(self.nodes.get("domains", ())), tasks=sum(1 for t in tasks if not t.get("has_parts")),
                         numbered_tasks=sum(1 for t in tasks if not t.get("parent")))


def _prepare(result: LoadResult) -> _Prepared:
    return _Prepared(result)


def _split(node: str) -> tuple[str, str]:
    label, key = node.split(":", 1)
    return label, key


def _exists(db, node: str) -> bool:
    label, key = _split(node)
    table = TABLE_OF.get(label)
    if table is None:
        return False
    if table == "units":
        return db.execute("SELECT 1 FROM units WHERE label = ? AND key = ?", (label, key)).fetchone() is not None
    return db.execute(f"SELECT 1 FROM {table} WHERE key = ?", (key,)).fetchone() is not None


def _insert(db, p: _Prepared) -> None:
    for table, rows in p.nodes.items():
        columns = NODE_COLUMNS[table]
        if table in ("units", "people"):  # shared across documents: aliases gather (sorted union)
            for (label, key), props in rows.items():
                old = db.execute(f"SELECT aliases FROM units WHERE label = ? AND key = ?", (label, key)).fetchone() \
                    if table == "units" else None
                if old and old[0]:
                    props = {**props, "aliases": sorted(set(from_sql("aliases", old[0])) | set(props.get("aliases") or []))}
                head = "label, key, " if table == "units" else "key, "
                values = ((label, key) if table == "units" else (key,)) + tuple(to_sql(c, props.get(c)) for c in columns)
                db.execute(f"INSERT OR REPLACE INTO {table} ({head}{', '.join(columns)}) "
                           f"VALUES ({', '.join('?' * len(values))})", values)
        else:
            db.executemany(f"INSERT OR REPLACE INTO {table} (key, {', '.join(columns)}) "
                           f"VALUES ({', '.join('?' * (len(columns) + 1))})",
                           [(key, *(to_sql(c, props.get(c)) for c in columns)) for (_l, key), props in rows.items()])
    for edges in (p.assignments, p.relationships):
        for source, target, _key in edges:
            for end in (source, target):
                if end not in p.defined and not _exists(db, end):
                    row = edges[(source, target, _key)]
                    raise NotFound(f"edge {row['type']} points at {end}, which the document does not define")
    db.executemany(f"INSERT INTO assignments ({', '.join(ASSIGNMENT_COLUMNS)}) VALUES "
                   f"({', '.join('?' * len(ASSIGNMENT_COLUMNS))})", map(_assignment_values, p.assignments.values()))
    db.executemany(f"INSERT INTO relationships ({', '.join(RELATIONSHIP_COLUMNS)}) VALUES "
                   f"({', '.join('?' * len(RELATIONSHIP_COLUMNS))})",
                   (_edge_values(row, RELATIONSHIP_COLUMNS) for row in p.relationships.values()))


def _assignment_values(row: dict) -> tuple:
    """An assignment row in ASSIGNMENT_COLUMNS order (the bulk of a write, so spelled out)."""
    actor_label, _, actor = row["source"].partition(":")
    target_label, _, target = row["target"].partition(":")
    inherited = row.get("inherited")
    return (row["type"], actor_label, actor, target_label, target, row["doc"], row.get("seq"), row.get("task"),
            row.get("line"), row.get("clause"), row.get("spelling"), None if inherited is None else int(inherited),
            row.get("page"))


def _edge_values(row: dict, columns) -> tuple:
    (sl, s), (tl, t) = _split(row["source"]), _split(row["target"])
    ends = {"actor_label": sl, "actor": s, "source_label": sl, "source": s, "target_label": tl, "target": t}
    return tuple(ends[c] if c in ends else to_sql(c, row.get(c)) for c in columns)


def _delete_document(db, doc: str) -> None:
    """A document's own rows, then the shared nodes (units, groups, people) nothing points at any more."""
    for table in ("assignments", "relationships", *_OWNED_TABLES):
        db.execute(f"DELETE FROM {table} WHERE doc = ?", (doc,))
    db.execute("DELETE FROM documents WHERE key = ?", (doc,))
    db.execute("DELETE FROM units WHERE NOT EXISTS (SELECT 1 FROM assignments a WHERE a.actor_label = units.label "
               "AND a.actor = units.key) AND NOT EXISTS (SELECT 1 FROM relationships r WHERE r.source_label = "
               "units.label AND r.source = units.key) AND NOT EXISTS (SELECT 1 FROM relationships r WHERE "
               "r.target_label = units.label AND r.target = units.key)")
    db.execute("DELETE FROM people WHERE NOT EXISTS (SELECT 1 FROM relationships r WHERE r.source_label = 'Person' "
               "AND r.source = people.key) AND NOT EXISTS (SELECT 1 FROM relationships r WHERE "
               "r.target_label = 'Person' AND r.target = people.key)")


def _relabel(db) -> None:
    """Every unit's shown name: its name in its documents while they are all of one place, else with its place."""
    column = display_column(document_places(db.execute("SELECT key, jurisdiction FROM documents")))
    db.execute(f"UPDATE units SET name = {column} WHERE {column} IS NOT NULL AND name IS NOT {column}")


def _analyze(db) -> None:
    """Fresh planner statistics (sampled: a few hundred rows per index, milliseconds even at 10^6 tasks)."""
    db.execute("PRAGMA analysis_limit = 400")
    db.execute("ANALYZE")


def _filter(first: str, doc_column: str, domain_column: str, doc_key, domains) -> tuple[str, list]:
    """A WHERE clause (and its parameters) for a document and a set of domains."""
    where, params = [first], []
    if doc_key:
        where.append(f"{doc_column} = ?")
        params.append(doc_key)
    if domains is not None:
        where.append(f"{domain_column} IN ({', '.join('?' * len(domains))})")
        params += domains
    return " AND ".join(where), params


def _task_where(doc_key, domains) -> tuple[str, list]:
    return _filter("t.has_parts = 0", "t.doc", "t.domain", doc_key, domains)


def _domain_where(doc_key, domains) -> tuple[str, list]:
    return _filter("1", "d.doc", "d.key", doc_key, domains)


def _add_nodes(g: nx.MultiDiGraph, db, table: str, where: str, params, labels) -> None:
    columns = NODE_COLUMNS[table]
    head = "label, key" if table == "units" else "key"
    label_of = {v: k for k, v in TABLE_OF.items() if k not in ("Group",)}
    for row in db.execute(f"SELECT {head}, {', '.join(columns)} FROM {table} {where}", params):
        label, key, values = (row[0], row[1], row[2:]) if table == "units" else (label_of[table], row[0], row[1:])
        if label not in labels:
            continue
        attrs = {c: from_sql(c, v) for c, v in zip(columns, values) if v is not None and c not in
                 (DOCUMENT_COUNTS if table == "documents" else ())}
        g.add_node(node_id(label, key), label=label, key=key, **attrs)


def _add_edges(g: nx.MultiDiGraph, db, where: str, assignments: bool = True) -> None:
    """Edges whose both ends are nodes of ``g`` (``where`` filters the relationships table)."""
    nodes = g.nodes
    if assignments:
        cols = ASSIGNMENT_COLUMNS[5:]
        for rel, sl, s, tl, t, *values in db.execute(f"SELECT {', '.join(ASSIGNMENT_COLUMNS)} FROM assignments"):
            source, target = f"{sl}:{s}", f"{tl}:{t}"
            if source in nodes and target in nodes:
                attrs = {c: from_sql(c, v) for c, v in zip(cols, values) if v is not None}
                g.add_edge(source, target, key=f"{rel}@{attrs.get('doc')}", type=rel, **attrs)
    cols = RELATIONSHIP_COLUMNS[6:]
    for rel, sl, s, tl, t, key, *values in db.execute(f"SELECT {', '.join(RELATIONSHIP_COLUMNS)} FROM relationships "
                                                       f"{where}"):
        source, target = f"{sl}:{s}", f"{tl}:{t}"
        if source in nodes and target in nodes:
            attrs = {c: from_sql(c, v) for c, v in zip(cols, values) if v is not None}
            g.add_edge(source, target, key=key, type=rel, **attrs)

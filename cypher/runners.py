"""Run Cypher on either store: one Runner interface over a Neo4j session and over the embedded engine.

Every run has a row limit (rows past it are dropped and the result says so) and a timeout; Ctrl-C
cancels the running statement and leaves the caller running. A read-only Neo4j runner refuses what
cypher/readonly.py names (LOAD CSV, TERMINATE, procedures not known to only read), asks the server
to EXPLAIN each statement and runs it only when its query type is ``r`` (read), and then in a
READ access-mode session as well — access mode alone is only a routing hint a single server may not
enforce.

Examples
--------
>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> for i in range(3):
...     g.add_node(f"Unit:u{i}", label="Unit", key=f"u{i}", name=f"u{i}")
>>> runner = EmbeddedRunner(g)
>>> result = runner.run("MATCH (u:Unit) RETURN u.name AS name ORDER BY name", limit=2)
>>> result.columns, result.rows, result.truncated
(['name'], [{'name': 'u0'}, {'name': 'u1'}], True)
"""

from __future__ import annotations

import ctypes
import logging
import re
import threading
import time
import uuid
from dataclasses import dataclass, field

from .errors import CypherError, QueryCancelled, QueryTimeout, WriteRefused
from .queries import RESOLVED_TYPES, NamedQuery

__all__ = ["Result", "Runner", "Neo4jRunner", "EmbeddedRunner", "run_named", "runner_for", "DEFAULT_LIMIT", "DEFAULT_TIMEOUT",
           "READ_TYPES"]

DEFAULT_LIMIT = 1000
DEFAULT_TIMEOUT = 30.0
READ_TYPES = ("r",)


@dataclass
class Result:
    columns: list[str]
    rows: list[dict]
    truncated: bool = False  # more rows than the limit: only the first ``limit`` are kept
    limit: int | None = None
    elapsed: float = 0.0
    query_type: str | None = None
    counters: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # the server's notifications, one line each

    def notice(self) -> str | None:
        lines = [f"Warning: {w}" for w in self.warnings]
        if self.truncated:
            lines.append(f"(showing the first {self.limit} rows; there are more — raise the limit with :limit N "
                         f"or --limit N)")
        return "\n".join(lines) or None


class Runner:
    """What the console and `agencygraph query` need from a store: run, schema, close."""

    engine = "?"
    write = False

    def run(self, text: str, params: dict | None = None, limit: int | None = DEFAULT_LIMIT,
            timeout: float | None = DEFAULT_TIMEOUT) -> Result:
        raise NotImplementedError

    def schema(self) -> dict:
        raise NotImplementedError

    def catalogue(self):
        """Documents, units and groups with their keys, names and aliases (a networkx graph), against which
        ``unit`` and ``doc`` parameters are resolved."""
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _cancellable(work, cancel, timeout: float | None):
    """Run ``work()`` in a worker thread; on Ctrl-C or past ``timeout`` call ``cancel(reason)`` and wait."""
    box: dict = {}
    done = threading.Event()

    def target():
        try:
            box["value"] = work()
        except BaseException as exc:  # handed over to the caller's thread
            box["error"] = exc
        finally:
            done.set()

    worker = threading.Thread(target=target, name="agencygraph-cypher", daemon=True)
    worker.start()
    deadline = time.monotonic() + timeout if timeout else None
    reason = None
    try:
        while not done.wait(0.05):
            if deadline and time.monotonic() > deadline:
                reason = "timeout"
                cancel(reason, worker)
                break
    except KeyboardInterrupt:
        reason = "cancel"
        cancel(reason, worker)
    if reason:
        done.wait(15)
        if reason == "timeout":
            raise QueryTimeout(f"the statement ran longer than the {timeout:g} s timeout and was stopped "
                               f"(change it with :timeout SECONDS or --timeout)")
        raise QueryCancelled("cancelled (Ctrl-C)")
    if "error" in box:
        raise box["error"]
    return box["value"]


def _interrupt_thread(thread: threading.Thread, exc_type=KeyboardInterrupt) -> None:
    """Raise ``exc_type`` inside a pure-Python worker thread (how the embedded engine is stopped)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread.ident), ctypes.py_object(exc_type))


# -- the embedded engine ---------------------------------------------------------------------------------
class EmbeddedRunner(Runner):
    """The embedded store's graph through the embedded Cypher subset (read-only)."""

    engine = "embedded"

    def __init__(self, graph, write: bool = False):
        from .embedded import EmbeddedEngine

        if write:
            raise WriteRefused("the embedded store cannot be written with Cypher: documents change only through "
                               "'agencygraph load' (use --backend neo4j for --write)")
        self.graph = graph
        self.engine_ = EmbeddedEngine(graph)

    def run(self, text, params=None, limit=DEFAULT_LIMIT, timeout=DEFAULT_TIMEOUT) -> Result:
        start = time.monotonic()

        def cancel(_reason, worker):
            _interrupt_thread(worker)

        columns, rows = _cancellable(lambda: self.engine_.run(text, params or {}), cancel, timeout)
        truncated = limit is not None and len(rows) > limit
        return Result(columns, rows[:limit] if truncated else rows, truncated, limit, time.monotonic() - start, "r")

    def schema(self) -> dict:
        return self.engine_.schema()

    def catalogue(self):
        return self.graph


# -- Neo4j -----------------------------------------------------------------------------------------------
def _value(v):
    """Driver values as plain Python (cypher/values.py): nodes and relationships as their properties with their
    labels or type, paths, temporals and durations as ISO text."""
    from .values import from_driver

    return from_driver(v)


def _one_line(exc, shift: int = 0) -> str:
    """The first line of a server error; ``shift`` takes a prefix we added (EXPLAIN) off line-1 positions."""
    message = getattr(exc, "message", None) or str(exc)
    lines = [line.rstrip() for line in str(message).splitlines() if line.strip()]
    first = lines[0] if lines else type(exc).__name__
    if shift:
        def fix(m):
            line, column, offset = int(m[1]), int(m[2]), int(m[3])
            return f"(line {line}, column {column - shift if line == 1 else column} (offset: {offset - shift}))"

        first = re.sub(r"\(line (\d+), column (\d+) \(offset: (\d+)\)\)", fix, first)
    return first


def _check_integers(value, name: str = "") -> None:
    """Refuse an integer Cypher cannot hold (the driver would raise OverflowError mid-send)."""
    from .queries import INT_MAX, INT_MIN

    if isinstance(value, dict):
        for k, v in value.items():
            _check_integers(v, f"{name}.{k}" if name else str(k))
    elif isinstance(value, (list, tuple)):
        for v in value:
            _check_integers(v, name)
    elif isinstance(value, int) and not isinstance(value, bool) and not INT_MIN <= value <= INT_MAX:
        raise CypherError(f"parameter ${name} = {value} is outside the 64-bit integers Cypher holds "
                          f"({INT_MIN} to {INT_MAX})")


def _warnings(summary) -> list[str]:
    out = []
    for status in getattr(summary, "gql_status_objects", None) or []:
        if status.is_notification and str(status.severity).endswith("WARNING"):
            out.append(status.status_description.removeprefix("warn: "))
    return out


class Neo4jRunner(Runner):
    """Statements on a Neo4j server; read-only unless ``write``: each statement is EXPLAINed first and
    refused unless it only reads, and runs in a READ access-mode session."""

    engine = "neo4j"

    def __init__(self, driver, database: str | None = None, write: bool = False, owns_driver: bool = False):
        self.driver = driver
        self.database = database
        self.write = write
        self.owns_driver = owns_driver
        self._catalogue = None
        # the server's notifications become one-line warnings under the result, not log records on stderr
        logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)

    def _session(self, write: bool):
        import neo4j

        mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS
        # the shared driver turns notifications off; the console wants the planner's warnings (unknown label …)
        return self.driver.session(database=self.database, default_access_mode=mode,
                                   notifications_min_severity="WARNING")

    def query_type(self, text: str, params: dict | None = None) -> str:
        """The server's query type of a statement (r, w, rw, s) from EXPLAIN, without running it."""
        return self._explain(text, params).query_type

    def _explain(self, text: str, params: dict | None = None):
        from neo4j.exceptions import Neo4jError

        try:
            with self._session(False) as session:
                summary = session.run("EXPLAIN " + text, params or {}).consume()
        except Neo4jError as exc:
            raise CypherError(_one_line(exc, len("EXPLAIN "))) from None
        return summary

    def run(self, text, params=None, limit=DEFAULT_LIMIT, timeout=DEFAULT_TIMEOUT) -> Result:
        from neo4j import Query
        from neo4j.exceptions import DriverError, Neo4jError

        start = time.monotonic()
        params = dict(params or {})
        _check_integers(params)
        query_type, warnings = None, []
        if not self.write:
            from .readonly import refusal

            why = refusal(text)  # what EXPLAIN calls a read yet acts: LOAD CSV, TERMINATE, procedures
            if why:
                raise WriteRefused(f"refused: {why}, and the console is read-only; start it with --write to "
                                   f"allow it")
            plan = self._explain(text, params)  # the planner's warnings come with the plan, not with a re-run
            query_type, warnings = plan.query_type, _warnings(plan)
            if query_type not in READ_TYPES:
                kind = {"w": "writes", "rw": "reads and writes", "s": "changes the schema"}.get(query_type, "is not a read")
                raise WriteRefused(f"refused: this statement {kind} (query type {query_type!r}) and the console is "
                                   f"read-only; start it with --write to allow writes")
        if self.write:
            self._catalogue = None  # a write may add or rename units: look them up afresh next time
        tag = uuid.uuid4().hex
        query = Query(text, timeout=timeout, metadata={"agencygraph": tag}) if timeout else \
            Query(text, metadata={"agencygraph": tag})

        def work():
            with self._session(self.write) as session:
                result = session.run(query, params)
                columns = list(result.keys())
                rows = []
                for record in result:
                    if limit is not None and len(rows) >= limit:
                        summary = result.consume()
                        return columns, rows, True, summary
                    rows.append({k: _value(record[k]) for k in columns})
                return columns, rows, False, result.consume()

        def cancel(_reason, _worker):
            self._terminate(tag)

        try:
            columns, rows, truncated, summary = _cancellable(work, cancel, timeout + 10 if timeout else None)
        except Neo4jError as exc:
            code = exc.code or ""
            if "TransactionTimedOut" in code:
                raise QueryTimeout(f"the statement ran longer than the {timeout:g} s timeout and was stopped "
                                   f"(change it with :timeout SECONDS or --timeout)") from None
            if "Terminated" in code:
                raise QueryCancelled("cancelled (Ctrl-C)") from None
            if "ForbiddenOnReadOnlyDatabase" in code or "WriteOnReadOnlyAccess" in code or "AccessMode" in code:
                raise WriteRefused(f"refused by the server: {_one_line(exc)}") from None
            raise CypherError(_one_line(exc)) from None
        except DriverError as exc:
            raise CypherError(f"the Neo4j connection failed: {type(exc).__name__}: {_one_line(exc)}") from None
        counters = {k: v for k, v in vars(summary.counters).items() if v and not k.startswith("_")}
        return Result(columns, rows, truncated, limit, time.monotonic() - start, summary.query_type or query_type,
                      counters, warnings + [w for w in _warnings(summary) if w not in warnings])

    def _terminate(self, tag: str) -> None:
        """Stop the transaction carrying our tag (TERMINATE TRANSACTIONS from a second session)."""
        from neo4j.exceptions import DriverError, Neo4jError

        try:
            with self.driver.session(database=self.database) as session:
                ids = [r["id"] for r in session.run(
                    "SHOW TRANSACTIONS YIELD transactionId AS id, metaData WHERE metaData.agencygraph = $tag "
                    "RETURN id", tag=tag)]
                if ids:
                    session.run("TERMINATE TRANSACTIONS $ids", ids=ids).consume()
        except (Neo4jError, DriverError):
            pass

    def schema(self) -> dict:
        """Labels and relationship types with their counts and property names."""
        with self._session(False) as session:
            labels = {r["label"]: {"count": r["n"], "properties": []} for r in session.run(
                "CALL db.labels() YIELD label "
                "CALL { WITH label MATCH (n) WHERE label IN labels(n) RETURN count(n) AS n } "
                "RETURN label, n ORDER BY label")}
            types = {r["type"]: {"count": r["n"], "properties": []} for r in session.run(
                "CALL db.relationshipTypes() YIELD relationshipType AS type "
                "CALL { WITH type MATCH ()-[r]->() WHERE type(r) = type RETURN count(r) AS n } "
                "RETURN type, n ORDER BY type")}
            for r in session.run("CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName "
                                 "RETURN nodeLabels, propertyName"):
                for label in r["nodeLabels"]:
                    if label in labels and r["propertyName"]:
                        labels[label]["properties"].append(r["propertyName"])
            for r in session.run("CALL db.schema.relTypeProperties() YIELD relType, propertyName "
                                 "RETURN relType, propertyName"):
                name = r["relType"].strip(":`")
                if name in types and r["propertyName"]:
                    types[name]["properties"].append(r["propertyName"])
        for entry in (*labels.values(), *types.values()):
            entry["properties"] = sorted(set(entry["properties"]))
        return {"labels": labels, "types": types}

    def catalogue(self):
        if self._catalogue is None:
            from agencygraph.graph.neo4j_store import read_nodes

            with self._session(False) as session:
                self._catalogue = read_nodes(session, ("Document", "Unit", "Group"))
        return self._catalogue

    def close(self) -> None:
        if self.owns_driver:
            self.driver.close()


def runner_for(store, write: bool = False) -> Runner:
    """A runner over an open store: its Neo4j server (a driver of its own) or its embedded graph."""
    if getattr(store, "backend", None) == "neo4j":
        from agencygraph.graph.neo4j_conn import connect

        return Neo4jRunner(connect(store.settings), store.settings.database, write, owns_driver=True)
    return EmbeddedRunner(store.graph(), write)


def run_named(runner: Runner, query: NamedQuery, given: dict | None = None, limit: int | None = DEFAULT_LIMIT,
              timeout: float | None = DEFAULT_TIMEOUT) -> Result:
    """Run a named query with checked parameters (always sent as parameters, never pasted into the text)."""
    params = _resolve(runner, query, query.bind(given or {}))
    if query.write and not runner.write:
        raise WriteRefused(f"query {query.name} writes (its header says @write) and this runner is read-only; "
                           f"use --write")
    if runner.engine not in query.engines:
        from .embedded import SUPPORTED_CLAUSES
        from .errors import UnsupportedCypher
        from .text import clauses

        beyond = sorted({c for c in clauses(query.body) if c not in SUPPORTED_CLAUSES}) or ["Cypher beyond the subset"]
        raise UnsupportedCypher(f"query {query.name} runs on Neo4j only (it uses {', '.join(beyond)}); use "
                                f"--backend neo4j, or one of the queries the embedded engine runs: "
                                f"{', '.join(_embedded_names())}")
    return runner.run(query.body, params, limit, timeout)


def _resolve(runner: Runner, query: NamedQuery, params: dict) -> dict:
    """``unit`` and ``doc`` parameters as the store names them: a unit given by an alias or a former name
    becomes its canonical name, a document given by its file name or part of its 文号 becomes its key."""
    from agencygraph.graph.errors import NotFound
    from agencygraph.graph.listing import resolve_doc, resolve_unit

    resolved = dict(params)
    for p in query.parameters:
        value = params.get(p.name)
        if p.type not in RESOLVED_TYPES or value is None:
            continue
        catalogue = runner.catalogue()
        try:
            if p.type == "unit":
                node = resolve_unit(catalogue, str(value), option=f"--param {p.name}")
                resolved[p.name] = catalogue.nodes[node]["name"]
            else:
                resolved[p.name] = resolve_doc(catalogue, str(value), option=f"--param {p.name}")
        except NotFound as exc:
            raise NotFound(f"query {query.name}: {exc}") from None
    return resolved


def _embedded_names() -> list[str]:
    from .queries import load_queries

    return [q.name for q in load_queries().values() if "embedded" in q.engines]

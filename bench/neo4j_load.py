"""Benchmark: load throughput into Neo4j, batched UNWIND (the Neo4j store) against one statement per row.

For each size (numbered tasks) a synthetic corpus (``bench/synthetic.py``) is generated and parsed (not
timed), then written into an emptied database:

- ``batched`` — ``Neo4jStore.write``: one transaction per document, ``UNWIND $rows … CREATE/MERGE`` in
  batches of ``--batch-size`` rows. The first write runs on a cold server JVM and is reported as ``cold``;
  the compared figure is the median of ``--repeats`` further writes (each into an emptied database);
- ``naive`` — the same nodes and relationships, one ``MERGE``/``CREATE`` statement per row, in the same
  one-transaction-per-document shape; after a short warm-up it runs on the corpus's first documents until
  ``--naive-sample`` assignments are written (its rate is steady; the whole corpus would take an hour at 10^5);
- two probes of what the server itself can do here: the assignments alone (no nodes, no other
  relationships), written one transaction per document as relationships of a scratch type between the stored nodes,
  with their provenance properties (``assignments_only``) and without any (``bare_relationships``).

Throughput is in assignments (LEADS + ASSISTS relationships) per second of the whole write, which also
writes every node and every other relationship of the documents.

The server: a scratch local Neo4j started in a temporary folder (and stopped at the end), or the one
named by NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD with ``--use-env-server``, whose database is EMPTIED.

Output: a table, then one line of JSON (the last line of stdout) holding ``assignments_per_s``,
``naive_assignments_per_s`` and ``ratio`` for the largest size, and every size's figures under ``sizes``.

Examples::

    python bench/neo4j_load.py --quick            # 10^4 tasks
    python bench/neo4j_load.py                    # 10^4 and 10^5 tasks
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for _p in (str(ROOT), str(ROOT / "bench")):
    if _p not in sys.path:
        sys.path.insert(0, _p)

from agencygraph.graph.build import SHARED_LABELS, rows_for  # noqa: E402
from agencygraph.graph.neo4j_conn import neo4j_settings  # noqa: E402
from agencygraph.graph.neo4j_store import Neo4jStore, default_rel_key  # noqa: E402


def log(*args) -> None:
    print(*args, file=sys.stderr, flush=True)


def _assignments(edges: list[dict]) -> int:
    return sum(1 for e in edges if e["type"] in ("LEADS", "ASSISTS"))


def _naive_document(tx, nodes: list[dict], edges: list[dict]) -> None:
    """One statement per node and per relationship (labels and types from the model's constants)."""
    for row in nodes:
        props = {k: v for k, v in row.items() if k not in ("id", "label") and v is not None}
        if row["label"] in SHARED_LABELS:
            tx.run(f"MERGE (n:{row['label']} {{key: $key}}) SET n += $props", key=row["key"], props=props).consume()
        else:
            tx.run(f"CREATE (n:{row['label']}) SET n = $props", props=props).consume()
    for row in edges:
        src_label, src = row["source"].split(":", 1)
        dst_label, dst = row["target"].split(":", 1)
        props = {k: v for k, v in row.items() if k not in ("source", "target", "type") and v is not None}
        if props.get("key") == default_rel_key(row["type"], row["doc"]):
            del props["key"]  # as the store writes it
        tx.run(f"MATCH (a:{src_label} {{key: $s}}) MATCH (b:{dst_label} {{key: $t}}) "
               f"CREATE (a)-[e:{row['type']}]->(b) SET e = $props", s=src, t=dst, props=props).consume()


def _batched(store: Neo4jStore, results, assignments: int) -> float:
    store.clear()
    t = time.perf_counter()
    store.write(results)
    elapsed = time.perf_counter() - t
    stored = store._read("MATCH ()-[r:LEADS|ASSISTS]->() RETURN count(r) AS n")[0]["n"]
    if stored != assignments:
        raise SystemExit(f"batched write stored {stored} assignments, expected {assignments}")
    return elapsed


def _naive(store: Neo4jStore, rows, sample: int) -> tuple[int, float]:
    store.clear()
    written = 0
    t = time.perf_counter()
    with store._session() as session:
        for doc_nodes, doc_edges in rows:
            session.execute_write(_naive_document, doc_nodes, doc_edges)
            written += _assignments(doc_edges)
            if written >= sample:
                break
    return written, time.perf_counter() - t


def _probe(store: Neo4jStore, rows, with_props: bool) -> float:
    """The assignments alone, as relationships of a scratch type between the stored nodes, one transaction
    of UNWIND batches per document: what the server needs for them with nothing else in the write."""
    per_doc = []
    for _nodes, edges in rows:
        by_label: dict[str, list] = {}
        for e in edges:
            if e["type"] in ("LEADS", "ASSISTS"):
                props = {k: v for k, v in e.items() if k not in ("source", "target", "type", "key") and v is not None}
                label, source = e["source"].split(":", 1)
                by_label.setdefault(label, []).append({"s": source, "t": e["target"].split(":", 1)[1],
                                                       "p": props if with_props else {}})
        per_doc.append(by_label)

    def work(tx, by_label):
        for label, label_rows in by_label.items():
            for i in range(0, len(label_rows), store.batch_size):
                tx.run(f"UNWIND $rows AS r MATCH (a:{label} {{key: r.s}}) MATCH (b:Task {{key: r.t}}) "
                       "CREATE (a)-[e:BENCH_PROBE]->(b) SET e = r.p", rows=label_rows[i:i + store.batch_size]).consume()

    t = time.perf_counter()
    with store._session() as session:
        for by_label in per_doc:
            session.execute_write(work, by_label)
    elapsed = time.perf_counter() - t
    with store._session() as session:
        session.run("MATCH ()-[e:BENCH_PROBE]->() CALL (e) { DELETE e } IN TRANSACTIONS OF 10000 ROWS").consume()
    return sum(len(r) for by_label in per_doc for r in by_label.values()) / elapsed


def run_size(store: Neo4jStore, n_tasks: int, seed: int, naive_sample: int, repeats: int) -> dict:
    from agencygraph.loaders import load_documents
    from synthetic import generate

    with tempfile.TemporaryDirectory() as tmp:
        paths = generate(n_tasks, seed, tmp)
        t = time.perf_counter()
        batch = load_documents(paths)
        parse_s = time.perf_counter() - t
    results = batch.results
    rows = [rows_for(r) for r in results]
    assignments = sum(_assignments(e) for _n, e in rows)
    relationships = sum(len(e) for _n, e in rows)
    nodes = sum(len(n) for n, _e in rows)

    # The first write runs on a cold JVM (code not yet compiled, statements not yet planned); it is reported,
    # and the figures compared are the median of the following writes, as a long-running server sees them.
    cold_s = _batched(store, results, assignments)
    timings = sorted(_batched(store, results, assignments) for _ in range(repeats))
    batched_s = timings[len(timings) // 2]
    ceiling = _probe(store, rows, with_props=True)
    bare = _probe(store, rows, with_props=False)
    _naive(store, rows, min(naive_sample, 500))  # warm-up for the naive statements
    naive_assignments, naive_s = _naive(store, rows, naive_sample)
    store.clear()
    per_s = assignments / batched_s
    naive_per_s = naive_assignments / naive_s
    return {"tasks": n_tasks, "documents": len(results), "nodes": nodes, "relationships": relationships,
            "assignments": assignments, "parse_s": round(parse_s, 2), "cold_s": round(cold_s, 2),
            "cold_assignments_per_s": round(assignments / cold_s), "batched_s": round(batched_s, 2),
            "batched_runs_s": [round(x, 2) for x in timings], "assignments_per_s": round(per_s),
            "naive_assignments": naive_assignments, "naive_s": round(naive_s, 2),
            "naive_assignments_per_s": round(naive_per_s), "ratio": round(per_s / naive_per_s, 1),
            "assignments_only_per_s": round(ceiling), "bare_relationships_per_s": round(bare)}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="10^4 tasks only")
    parser.add_argument("--sizes", help="comma-separated task counts (default 10000,100000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch-size", type=int, default=5000, help="rows per UNWIND statement")
    parser.add_argument("--naive-sample", type=int, default=3000, help="assignments the naive writer writes")
    parser.add_argument("--repeats", type=int, default=3, help="timed batched writes after the cold one (median)")
    parser.add_argument("--use-env-server", action="store_true",
                        help="use NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD instead of a scratch server (EMPTIES it)")
    args = parser.parse_args(argv)
    sizes = [10_000] if args.quick else [int(s) for s in (args.sizes or "10000,100000").split(",")]

    home = None
    if args.use_env_server:
        settings = neo4j_settings(os.environ)
    else:
        from agencygraph.graph.neo4j_local import start

        home = Path(tempfile.mkdtemp(prefix="agencygraph-bench-neo4j-"))
        log(f"starting a scratch Neo4j in {home} …")
        info = start(home, port=_free_port(), heap="2g", log=log)
        settings = neo4j_settings({}, uri=info["uri"], user=info["user"], password=info["password"])
    store = Neo4jStore(settings, batch_size=args.batch_size)
    report = {"machine": {"cpu_count": os.cpu_count(), "python": platform.python_version(),
                          "server": store._driver.get_server_info().agent, "batch_size": args.batch_size},
              "sizes": []}
    try:
        for n in sizes:
            log(f"{n:,} tasks …")
            report["sizes"].append(run_size(store, n, args.seed, args.naive_sample, args.repeats))
    finally:
        store.close()
        if home is not None:
            from agencygraph.graph.neo4j_local import stop

            stop(home)
            shutil.rmtree(home, ignore_errors=True)
    cols = ["tasks", "assignments", "cold_assignments_per_s", "batched_s", "assignments_per_s",
            "naive_assignments_per_s", "ratio", "assignments_only_per_s", "bare_relationships_per_s"]
    print("  ".join(f"{c:>24}" for c in cols))
    for row in report["sizes"]:
        print("  ".join(f"{row[c]:>24,}" if isinstance(row[c], int) else f"{row[c]:>24}" for c in cols))
    last = report["sizes"][-1]
    report.update({k: last[k] for k in ("assignments_per_s", "naive_assignments_per_s", "ratio")})
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

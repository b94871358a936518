"""Benchmark: load throughput into Neo4j, batched UNWIND (the Neo4j store) against one statement per row.

For each size (numbered tasks) a synthetic corpus (``bench/synthetic.py``) is generated and parsed (not
timed), then written into an emptied database twice:

- ``batched`` — ``Neo4jStore.write``: one transaction per document, ``UNWIND $rows … CREATE/MERGE`` in
  batches of ``--batch-size`` rows;
- ``naive`` — the same nodes and relationships, one ``MERGE``/``CREATE`` statement per row, in the same
  one-transaction-per-document shape; it runs on the corpus's first documents until ``--naive-sample``
  assignments are written (its rate is steady, and the whole corpus would take an hour at 10^5 tasks).

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
import socket
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for _p in (str(ROOT), str(ROOT / "bench")):
    if _p not in sys.path:
        sys.path.insert(0, _p)

from graph.build import SHARED_LABELS, rows_for  # noqa: E402
from graph.neo4j_conn import neo4j_settings  # noqa: E402
from graph.neo4j_store import Neo4jStore  # noqa: E402


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
        tx.run(f"MATCH (a:{src_label} {{key: $s}}) MATCH (b:{dst_label} {{key: $t}}) "
               f"CREATE (a)-[e:{row['type']}]->(b) SET e = $props", s=src, t=dst, props=props).consume()


def run_size(store: Neo4jStore, n_tasks: int, seed: int, naive_sample: int) -> dict:
    from loaders import load_documents
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

    store.clear()
    t = time.perf_counter()
    store.write(results)
    batched_s = time.perf_counter() - t
    stored = store._read("MATCH ()-[r:LEADS|ASSISTS]->() RETURN count(r) AS n")[0]["n"]
    if stored != assignments:
        raise SystemExit(f"batched write stored {stored} assignments, expected {assignments}")

    store.clear()
    naive_assignments = 0
    t = time.perf_counter()
    with store._session() as session:
        for doc_nodes, doc_edges in rows:
            session.execute_write(_naive_document, doc_nodes, doc_edges)
            naive_assignments += _assignments(doc_edges)
            if naive_assignments >= naive_sample:
                break
    naive_s = time.perf_counter() - t
    store.clear()
    per_s = assignments / batched_s
    naive_per_s = naive_assignments / naive_s
    return {"tasks": n_tasks, "documents": len(results), "nodes": nodes, "relationships": relationships,
            "assignments": assignments, "parse_s": round(parse_s, 2), "batched_s": round(batched_s, 2),
            "assignments_per_s": round(per_s), "naive_assignments": naive_assignments,
            "naive_s": round(naive_s, 2), "naive_assignments_per_s": round(naive_per_s),
            "ratio": round(per_s / naive_per_s, 1)}


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
    parser.add_argument("--use-env-server", action="store_true",
                        help="use NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD instead of a scratch server (EMPTIES it)")
    args = parser.parse_args(argv)
    sizes = [10_000] if args.quick else [int(s) for s in (args.sizes or "10000,100000").split(",")]

    home = None
    if args.use_env_server:
        settings = neo4j_settings(os.environ)
    else:
        from graph.neo4j_local import start

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
            report["sizes"].append(run_size(store, n, args.seed, args.naive_sample))
    finally:
        store.close()
        if home is not None:
            from graph.neo4j_local import stop

            stop(home)
    cols = ["tasks", "documents", "assignments", "batched_s", "assignments_per_s", "naive_assignments",
            "naive_s", "naive_assignments_per_s", "ratio"]
    print("  ".join(f"{c:>23}" for c in cols))
    for row in report["sizes"]:
        print("  ".join(f"{row[c]:>23,}" if isinstance(row[c], int) else f"{row[c]:>23}" for c in cols))
    last = report["sizes"][-1]
    report.update({k: last[k] for k in ("assignments_per_s", "naive_assignments_per_s", "ratio")})
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

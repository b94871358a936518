"""Converting a JSON store (the embedded store's format before SQLite, graph.persist) on first use.

``convert(path)`` turns the JSON store at ``path`` into an SQLite store at ``target`` (by default the same
path: ``--store`` keeps naming the same store), keeping the JSON file as ``<path>.bak``; the SQLite file is
built beside it under a temporary name and renamed into place, so an interruption leaves the JSON store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import os
import shutil
import tempfile
from pathlib import Path


from .errors import StoreUnavailable
from .sqlite_schema import ASSIGNMENT_COLUMNS, NODE_COLUMNS, RELATIONSHIP_COLUMNS, TABLE_OF, to_sql

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["is_json_store", "convert", "import_graph"]


def is_json_store(path: str | Path) -> bool:
    """Whether ``path`` is a file whose first non-blank byte opens a JSON object (the old store format)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(64).lstrip()[:1] == b"{"
    except OSError:
        return False


def import_graph(db, graph: nx.MultiDiGraph) -> None:
    """Insert a graph in the store's shape into empty tables (one transaction is the caller's)."""
    by_table: dict[str, list] = {}
    for _n, a in graph.nodes(data=True):
        table = TABLE_OF[a["label"]]
        head = (a["label"], a["key"]) if table == "units" else (a["key"],)
        by_table.setdefault(table, []).append(head + tuple(to_sql(c, a.get(c)) for c in NODE_COLUMNS[table]))
    for table, rows in by_table.items():
        head = "label, key" if table == "units" else "key"
        columns = NODE_COLUMNS[table]
        db.executemany(f"INSERT OR REPLACE INTO {table} ({head}, {', '.join(columns)}) "
                       f"VALUES ({', '.join('?' * len(rows[0]))})", rows)
    assignments, relationships = [], []
    for u, v, k, d in graph.edges(keys=True, data=True):
        (sl, s), (tl, t) = u.split(":", 1), v.split(":", 1)
        ends = {"actor_label": sl, "actor": s, "source_label": sl, "source": s, "target_label": tl, "target": t,
                "key": k}
        if d.get("type") in ("LEADS", "ASSISTS"):
            assignments.append(tuple(ends.get(c, to_sql(c, d.get(c))) for c in ASSIGNMENT_COLUMNS))
        else:
            relationships.append(tuple(ends.get(c, to_sql(c, d.get(c))) for c in RELATIONSHIP_COLUMNS))
    for table, columns, rows in (("assignments", ASSIGNMENT_COLUMNS, assignments),
                                 ("relationships", RELATIONSHIP_COLUMNS, relationships)):
        db.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows)
    db.execute("UPDATE documents SET domains = (SELECT count(*) FROM domains d WHERE d.doc = documents.key), "
               "tasks = (SELECT count(*) FROM tasks t WHERE t.doc = documents.key AND NOT coalesce(t.has_parts, 0)), "
               "numbered_tasks = (SELECT count(*) FROM tasks t WHERE t.doc = documents.key "
               "AND coalesce(t.parent, '') = '')")
    db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")


def convert(path: str | Path, target: str | Path | None = None) -> str:
    """Convert the JSON store at ``path`` into an SQLite store at ``target`` (default: ``path`` itself, the JSON
    kept as ``<path>.bak``). Returns the message to show."""
    from .persist import read_graph
    from .sqlite_store import SqliteStore

    path = Path(path)
    target = Path(target) if target is not None else path
    graph = read_graph(path)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".converting", dir=directory)
    except OSError as exc:
        raise StoreUnavailable(f"{target}: cannot write the converted store ({exc.strerror})") from None
    os.close(fd)
    os.unlink(tmp)
    try:
        store = SqliteStore(tmp)
        with store._writing() as db:
            import_graph(db, graph)
            from .place_convert import rekey_units

            placed = rekey_units(db)
        store.db.execute("PRAGMA journal_mode=DELETE")  # fold the WAL into the file before it is renamed
        store.close()
        if target == path:
            backup = Path(f"{path}.bak")
            backup.unlink(missing_ok=True)
            try:
                os.link(path, backup)  # the store's name never points at nothing: link, then rename over it
            except OSError:
                shutil.copy2(path, backup)
            kept = f"the JSON file is kept as {backup}"
        else:
            kept = f"{path} is left as it was"
        os.replace(tmp, target)
    except BaseException:
        for p in (Path(tmp), Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            p.unlink(missing_ok=True)
        raise
    docs = sum(1 for _n, a in graph.nodes(data=True) if a.get("label") == "Document")
    return (f"converted the JSON store {path} ({docs} documents) to SQLite at {target}; {kept}" + (f"; {placed}" if placed else ""))

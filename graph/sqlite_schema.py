"""The embedded store's SQLite file: its tables, and how a node or edge row of graph.build maps to them.

One table per node label (``units`` holds Unit and Group nodes), ``assignments`` for LEADS / ASSISTS with
their provenance, ``relationships`` for every other relationship, ``meta`` (format, version, generation)
and ``incidence_cache`` (the unit × task incidence as arrays, rebuilt when the generation moves on).
A relationship names its ends by label and key. Lists are JSON text, booleans 0/1.

Examples
--------
>>> sorted(TABLES)[:4]
['assignments', 'bodies', 'documents', 'domains']
>>> TABLE_OF["Group"], TABLE_OF["Task"]
('units', 'tasks')
"""

from __future__ import annotations

import json

__all__ = ["FORMAT", "VERSION", "TABLES", "TABLE_OF", "NODE_COLUMNS", "ASSIGNMENT_COLUMNS", "RELATIONSHIP_COLUMNS",
           "JSON_COLUMNS", "BOOL_COLUMNS", "schema", "to_sql", "from_sql"]

FORMAT = "agencygraph-sqlite"
VERSION = 2  # 2: units keyed by place/name, documents with their jurisdiction (a version 1 store is converted)

#: label → table
TABLE_OF = {"Document": "documents", "Domain": "domains", "Task": "tasks", "Unit": "units", "Group": "units",
            "Person": "people", "Body": "bodies", "Indicator": "indicators"}

#: table → its property columns (after ``key``; ``units`` and only it also has ``label``).
NODE_COLUMNS = {
    "documents": ("number", "title", "issuer", "date", "printed", "source", "sha256", "genres",
                  "domains", "tasks", "numbered_tasks", "jurisdiction",
                  "jurisdiction_from"),
    "domains": ("doc", "number", "title", "line", "variants"),
    "tasks": ("doc", "number", "domain", "text", "line", "title", "deadline", "deadline_text", "parent",
              "has_parts"),
    "units": ("name", "kind", "aliases", "registered", "place", "local", "qualified", "predecessors"),
    "people": ("name",),
    "bodies": ("name", "kind", "doc", "line", "short_name"),
    "indicators": ("doc", "level1", "level2", "measure", "baseline", "baseline_text", "target", "target_text",
                   "line", "domain", "note"),
}
#: Counts kept with each document so that ``docs`` reads one table (not graph properties).
DOCUMENT_COUNTS = ("domains", "tasks", "numbered_tasks")
ASSIGNMENT_COLUMNS = ("type", "actor_label", "actor", "target_label", "target", "doc", "seq", "task", "line",
                      "clause", "spelling", "inherited", "page")
RELATIONSHIP_COLUMNS = ("type", "source_label", "source", "target_label", "target", "key", "doc", "line",
                        "spelling", "role", "post", "note", "seq")
JSON_COLUMNS = {"genres", "variants", "aliases", "predecessors"}
BOOL_COLUMNS = {"has_parts", "registered", "inherited"}
_TYPES = {"line": "INTEGER", "page": "INTEGER", "seq": "INTEGER", "baseline": "REAL", "has_parts": "INTEGER",
          "registered": "INTEGER", "inherited": "INTEGER", "domains": "INTEGER", "tasks": "INTEGER",
          "numbered_tasks": "INTEGER"}
TABLES = (*NODE_COLUMNS, "assignments", "relationships", "meta", "incidence_cache")


def _cols(names, table: str = "") -> str:
    types = {**_TYPES, "target": "REAL"} if table == "indicators" else _TYPES
    return ", ".join(f"{c} {types.get(c, 'TEXT')}" for c in names)


def schema() -> list[str]:
    """The CREATE statements (``IF NOT EXISTS``; running them again changes nothing).

    >>> [s for s in schema() if "assignments_actor" in s]
    ['CREATE INDEX IF NOT EXISTS assignments_actor ON assignments (actor_label, actor)']
    """
    out = ["CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)"]
    for table, columns in NODE_COLUMNS.items():
        if table == "units":
            out.append(f"CREATE TABLE IF NOT EXISTS units (label TEXT NOT NULL, key TEXT NOT NULL, {_cols(columns)}, "
                       "PRIMARY KEY (label, key))")
        else:
            out.append(f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, {_cols(columns, table)})")
    out.append(f"CREATE TABLE IF NOT EXISTS assignments (id INTEGER PRIMARY KEY, {_cols(ASSIGNMENT_COLUMNS)})")
    out.append(f"CREATE TABLE IF NOT EXISTS relationships (id INTEGER PRIMARY KEY, {_cols(RELATIONSHIP_COLUMNS)})")
    out.append("CREATE TABLE IF NOT EXISTS incidence_cache (variant TEXT PRIMARY KEY, generation INTEGER, "
               "data BLOB)")
    indexes = {
        "assignments_actor": "assignments (actor_label, actor)",
        "assignments_target": "assignments (target_label, target)",
        "assignments_doc": "assignments (doc)",
        "relationships_source": "relationships (source_label, source)",
        "relationships_target": "relationships (target_label, target)",
        "relationships_doc": "relationships (doc)",
        "domains_doc": "domains (doc)", "tasks_doc": "tasks (doc)", "bodies_doc": "bodies (doc)",
        "indicators_doc": "indicators (doc)", "units_name": "units (name)",
    }
    out += [f"CREATE INDEX IF NOT EXISTS {name} ON {spec}" for name, spec in indexes.items()]
    return out


def to_sql(column: str, value):
    """A property value as stored: lists as JSON text, booleans as 0/1, the rest as is.

    >>> to_sql("aliases", ["市科技委"]), to_sql("has_parts", True), to_sql("line", 3)
    ('["市科技委"]', 1, 3)
    """
    if value is None:
        return None
    if column in JSON_COLUMNS:
        return json.dumps(list(value), ensure_ascii=False)
    if column in BOOL_COLUMNS:
        return int(bool(value))
    return value


def from_sql(column: str, value):
    """The inverse of ``to_sql``.

    >>> from_sql("aliases", '["市科技委"]'), from_sql("has_parts", 1), from_sql("line", 3)
    (['市科技委'], True, 3)
    """
    if value is None:
        return None
    if column in JSON_COLUMNS:
        return [] if value == "[]" else json.loads(value)
    if column in BOOL_COLUMNS:
        return bool(value)
    return value

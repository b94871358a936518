"""Converting a store from before units had a place: each document gets its jurisdiction (from the 文号, issuer and
title it was stored with), each unit its key place/name, one per place its documents name it in.

A unit two cities' documents named (市财政局 of 武汉 and of 许昌) becomes two units; its assignments and
relationships follow their document. Runs inside the caller's write transaction.
"""

from __future__ import annotations

__all__ = ["upgrade_v1", "rekey_units"]

_UNIT_COLUMNS = ("place", "local", "qualified", "predecessors")
_DOCUMENT_COLUMNS = ("jurisdiction", "jurisdiction_from")


def _columns(db, table: str) -> set[str]:
    return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}


def upgrade_v1(db) -> str:
    """A version 1 SQLite store in place: the new columns, the units keyed by place; the message to show."""
    for table, columns in (("units", _UNIT_COLUMNS), ("documents", _DOCUMENT_COLUMNS)):
        have = _columns(db, table)
        for column in columns:
            if column not in have:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT")
    db.execute("CREATE INDEX IF NOT EXISTS units_name ON units (name)")
    summary = rekey_units(db)
    db.execute("UPDATE meta SET value = '2' WHERE key = 'version'")
    db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
    return summary


def rekey_units(db) -> str | None:
    """Give every document its jurisdiction and every unit its place; returns what was done, in one line (None
    when every unit had its place already)."""
    from agencygraph.loaders.jurisdiction import infer
    from agencygraph.loaders.source import source_from_text
    from agencygraph.loaders.units import UnitResolver

    from .places import display_column, document_places

    if not db.execute("SELECT 1 FROM units WHERE place IS NULL LIMIT 1").fetchone():
        return None
    base = UnitResolver.default()
    resolvers = {}
    places = {}
    for doc, number, issuer, title, known in db.execute(
            "SELECT key, number, issuer, title, jurisdiction FROM documents").fetchall():
        if known:
            from agencygraph.loaders.jurisdiction import from_override

            place = from_override(known)
        else:
            meta = {"number": number, "issuer": issuer, "title": title}
            head = "\n".join(v for v in (issuer, number, title) if v)
            place = infer(meta, source_from_text(head, doc)) if head else None
        db.execute("UPDATE documents SET jurisdiction = ?, jurisdiction_from = ? WHERE key = ?",
                   (place.key if place else None, place.how if place else None, doc))
        resolvers[doc] = base.at(place, doc)
        places[doc] = place.key if place else None
    units = {(label, key): (name, kind, aliases, registered) for label, key, name, kind, aliases, registered in
             db.execute("SELECT label, key, name, kind, aliases, registered FROM units WHERE place IS NULL")}
    uses: dict[tuple[str, str], set[str]] = {}
    for label, key, doc in db.execute(
            "SELECT actor_label, actor, doc FROM assignments UNION SELECT source_label, source, doc FROM relationships "
            "UNION SELECT target_label, target, doc FROM relationships"):
        if (label, key) in units:
            uses.setdefault((label, key), set()).add(doc)
    moved = split = 0
    for (label, key), docs in uses.items():
        name, kind, aliases, registered = units[(label, key)]
        new_keys = set()
        for doc in sorted(docs):
            r = resolvers[doc].resolve(name)
            new_keys.add(r.key)
            db.execute("INSERT OR IGNORE INTO units (label, key, name, kind, aliases, registered, place, local, "
                       "qualified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (label, r.key, r.name, kind, aliases, registered, r.place, r.name, r.qualified))
            for table, lab, col in (("assignments", "actor_label", "actor"), ("relationships", "source_label", "source"),
                                    ("relationships", "target_label", "target")):
                db.execute(f"UPDATE {table} SET {col} = ? WHERE {lab} = ? AND {col} = ? AND doc = ?",
                           (r.key, label, key, doc))
            if label == "Group":  # a member's edge is named for its group (graph.build)
                db.execute("UPDATE relationships SET key = ? WHERE doc = ? AND type = 'MEMBER_OF' AND key = ?",
                           (f"MEMBER_OF:{r.key}@{doc}", doc, f"MEMBER_OF:{key}@{doc}"))
        moved += 1
        split += len(new_keys) > 1
        if key not in new_keys:
            db.execute("DELETE FROM units WHERE label = ? AND key = ?", (label, key))
    column = display_column(document_places(places.items()))
    db.execute(f"UPDATE units SET name = {column} WHERE {column} IS NOT NULL")
    named = sorted({p for p in places.values() if p})
    unknown = sum(1 for p in places.values() if p is None)
    return (f"{len(places)} documents of {', '.join(named) or 'no known place'}"
            + (f" ({unknown} of no known place: their units stay their own)" if unknown else "")
            + f"; {moved} units keyed by place and name" + (f", {split} of them split between places" if split else ""))


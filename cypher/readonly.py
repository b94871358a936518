"""What the read-only console refuses before the server sees a statement, whatever its query type.

The server's EXPLAIN calls ``TERMINATE TRANSACTIONS`` and ``LOAD CSV FROM 'http://…'`` reads (query type
``r``), yet one aborts other sessions' work and the other makes the server fetch a URL or a local file. So a
read-only runner also refuses, by the statement's own words (strings and comments ignored): ``LOAD CSV``,
``TERMINATE``, and a procedure ``CALL`` unless the procedure is in ``READ_ONLY_PROCEDURES``. ``SHOW …``
listings and ``CALL { … }`` subqueries stay allowed.

Examples
--------
>>> refusal("MATCH (u:Unit) CALL { WITH u RETURN 1 AS one } RETURN u.name, one") is None
True
>>> refusal("CALL db.labels() YIELD label RETURN label") is None
True
>>> refusal("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row")
'LOAD CSV makes the server read a file or fetch a URL'
>>> print(refusal("SHOW TRANSACTIONS YIELD transactionId AS id TERMINATE TRANSACTIONS id"))
TERMINATE stops other sessions' work
>>> refusal("CALL dbms.killConnections(['bolt-1'])")
'procedure dbms.killConnections is not known to be read-only'
>>> refusal("RETURN 'LOAD CSV and TERMINATE are just words here' // CALL dbms.x()") is None
True
"""

from __future__ import annotations

from .text import tokens

__all__ = ["READ_ONLY_PROCEDURES", "refusal"]

#: Procedures that only read (Neo4j 5's built-ins whose mode is READ or DBMS and that change nothing: the
#: statistics collectors, db.resampleIndex, db.clearQueryCaches, tx.setMetaData, dbms.kill* are left out).
READ_ONLY_PROCEDURES = frozenset(name.lower() for name in (
    "db.awaitIndex", "db.awaitIndexes", "db.info", "db.labels", "db.ping", "db.propertyKeys",
    "db.relationshipTypes", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
    "db.schema.visualization", "db.index.fulltext.listAvailableAnalyzers", "db.index.fulltext.queryNodes",
    "db.index.fulltext.queryRelationships", "db.index.vector.queryNodes", "db.index.vector.queryRelationships",
    "db.stats.retrieve", "db.stats.status", "dbms.components", "dbms.info", "dbms.listCapabilities",
    "dbms.showCurrentUser", "tx.getMetaData",
))


def _name(text: str) -> str:
    return text[1:-1].replace("``", "`") if text.startswith("`") else text


def refusal(text: str) -> str | None:
    """Why a read-only console must not run ``text`` (one clause), or None when nothing in it is known to act."""
    words = [t for t in tokens(text) if t.kind not in ("space", "comment")]
    for i, tok in enumerate(words):
        if tok.kind != "ident":
            continue
        prev = words[i - 1].text if i else ""
        if prev in (".", ":", "$"):
            continue  # a property, label or type named like a keyword
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and nxt.text == ":" and prev in ("{", ","):
            continue  # a map key
        word = tok.text.upper()
        if word == "LOAD" and nxt is not None and nxt.text.upper() == "CSV":
            return "LOAD CSV makes the server read a file or fetch a URL"
        if word == "TERMINATE":
            return "TERMINATE stops other sessions' work"
        if word == "CALL" and nxt is not None and nxt.kind in ("ident", "backtick"):
            parts, j = [_name(nxt.text)], i + 2
            while j + 1 < len(words) and words[j].text == "." and words[j + 1].kind in ("ident", "backtick"):
                parts.append(_name(words[j + 1].text))
                j += 2
            name = ".".join(parts)
            if name.lower() not in READ_ONLY_PROCEDURES:
                return f"procedure {name} is not known to be read-only"
    return None

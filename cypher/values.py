"""Cypher values in the console: nodes, relationships and paths that keep their labels and type, and the
text cypher-shell prints for every value (maps with their keys, lists in brackets, temporals in ISO 8601).

Nodes and relationships are dicts of their properties (so rows compare equal on both engines and dump to
JSON as before) that also carry their labels or type; a path is a list of its nodes that also keeps its
relationships.

Examples
--------
>>> shell_text({"a": 1, "b": "x", "c": [1, "y", None]})
'{a: 1, b: "x", c: [1, "y", NULL]}'
>>> n = Node({"name": "市商务局"}, labels=["Unit"])
>>> m = Node({"number": "1"}, labels=["Task"])
>>> r = Relationship({"doc": "d"}, type="LEADS")
>>> shell_text(n), shell_text(r), n == {"name": "市商务局"}
('(:Unit {name: "市商务局"})', '[:LEADS {doc: "d"}]', True)
>>> shell_text(Path([n, m], [r], forward=[True]))
'(:Unit {name: "市商务局"})-[:LEADS {doc: "d"}]->(:Task {number: "1"})'
>>> shell_text("plain text"), shell_text(None), shell_text(2.5), shell_text(True)
('plain text', '', '2.5', 'TRUE')
"""

from __future__ import annotations

import json
import re

__all__ = ["Node", "Relationship", "Path", "shell_text", "from_driver"]

_BARE_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


class Node(dict):
    """A node: its properties (the dict) and ``labels``."""

    def __init__(self, properties=(), labels=()):
        super().__init__(properties)
        self.labels = list(labels)


class Relationship(dict):
    """A relationship: its properties (the dict) and ``type``."""

    def __init__(self, properties=(), type: str = ""):
        super().__init__(properties)
        self.type = type


class Path(list):
    """A path: its nodes (the list), ``relationships`` between them and, for each, whether it points forward."""

    def __init__(self, nodes=(), relationships=(), forward=()):
        super().__init__(nodes)
        self.relationships = list(relationships)
        self.forward = list(forward) or [True] * len(self.relationships)


def _key(name: str) -> str:
    return name if _BARE_KEY.match(name) else "`" + name.replace("`", "``") + "`"


def _props(value: dict) -> str:
    return "{" + ", ".join(f"{_key(str(k))}: {_inner(v)}" for k, v in value.items()) + "}"


def _inner(value) -> str:
    """A value inside a structure: strings quoted, null as NULL."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if value is None:
        return "NULL"
    return shell_text(value)


def shell_text(value) -> str:
    """The text cypher-shell shows for a value (a top-level string bare, a top-level null blank)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, Node):
        labels = "".join(f":{_key(label)}" for label in value.labels)
        return f"({labels}{' ' if labels and value else ''}{_props(value) if value else ''})"
    if isinstance(value, Relationship):
        return f"[:{_key(value.type)}{' ' + _props(value) if value else ''}]"
    if isinstance(value, Path):
        out = shell_text(value[0]) if value else ""
        for rel, node, forward in zip(value.relationships, value[1:], value.forward):
            out += f"-{shell_text(rel)}->" if forward else f"<-{shell_text(rel)}-"
            out += shell_text(node)
        return out
    if isinstance(value, dict):
        return _props(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_inner(v) for v in value) + "]"
    if isinstance(value, float):
        return repr(value)
    return str(value)


def from_driver(v):
    """A Neo4j driver value as a plain Python value: Node / Relationship / Path here, temporals and durations as
    ISO 8601 text (``P1DT0.5S``, ``2023-01-02T10:00:00Z``), points as their ``point({…})`` text."""
    from neo4j.graph import Node as DriverNode, Path as DriverPath, Relationship as DriverRelationship
    from neo4j.spatial import Point

    if isinstance(v, DriverNode):
        return Node({k: from_driver(x) for k, x in v.items()}, labels=sorted(v.labels))
    if isinstance(v, DriverRelationship):
        return Relationship({k: from_driver(x) for k, x in v.items()}, type=v.type)
    if isinstance(v, DriverPath):
        forward = [rel.start_node.element_id == node.element_id for rel, node in zip(v.relationships, v.nodes)]
        return Path([from_driver(n) for n in v.nodes], [from_driver(r) for r in v.relationships], forward)
    if isinstance(v, Point):
        fields = {"srid": v.srid, **dict(zip(("x", "y", "z"), v))}
        return f"point({_props(fields)})"
    if hasattr(v, "iso_format"):  # Date, Time, DateTime, Duration (a tuple subclass: test before lists)
        text = v.iso_format()
        if not text.startswith("P"):  # a fraction of a second without its trailing zeros, UTC as Z
            text = re.sub(r"(\d{2}:\d{2}:\d{2})\.(\d*?)0*(?=\D|$)", lambda m: m[1] + ("." + m[2] if m[2] else ""), text)
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    if isinstance(v, dict):
        return {k: from_driver(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [from_driver(x) for x in v]
    return v

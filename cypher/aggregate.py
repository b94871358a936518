"""Cypher's aggregation done in Python over the rows grand-cypher matched, the way Neo4j does it.

The embedded engine asks grand-cypher for the plain values (``t`` for ``count(t)``) and groups here, so it
answers what grand-cypher alone got wrong: an aggregate over no match is one row (``count`` 0, ``sum`` 0,
``collect`` [], ``min`` / ``max`` / ``avg`` null) where grand-cypher returned none; two aggregates of the same
value (``count(t), count(*)``) no longer cancel out; ``DISTINCT`` inside an aggregate works; and the rows of
several directed statements (an undirected pattern) are aggregated as one.

Examples
--------
>>> rows = [("a", 1), ("a", 2), ("b", None)]
>>> group(rows, [None, ("SUM", False)])
[('a', 3), ('b', 0)]
>>> group([], [("COUNT", False), ("COLLECT", False), ("MAX", False)])
[(0, [], None)]
>>> group([(1,), (1,), (2,)], [("COUNT", True)])
[(2,)]
"""

from __future__ import annotations

import json

from .errors import UnsupportedCypher

__all__ = ["AGGREGATES", "split_aggregate", "group", "value_key"]

AGGREGATES = ("COUNT", "SUM", "AVG", "MIN", "MAX", "COLLECT")


def value_key(value) -> str:
    """A hashable key equal for equal Cypher values (nodes and maps compared by their properties)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def split_aggregate(parts: list[tuple[str, int]]):
    """``(name, distinct, inner parts)`` when a RETURN item is one aggregate call, None when it has none.

    An aggregate inside another expression (``size(collect(x))``, ``count(x) + 1``) is refused.
    """
    texts = [t for t, _p in parts if t.strip()]
    code = [p for p in parts if p[0].strip()]
    if len(texts) == 1 and texts[0].startswith("COUNT(") and texts[0].endswith(")"):  # count(*) rewritten
        return "COUNT", False, [(texts[0][6:-1], code[0][1])]
    calls = [k for k, t in enumerate(texts) if t.upper() in AGGREGATES and k + 1 < len(texts)
             and texts[k + 1] == "(" and (k == 0 or texts[k - 1] != ".")]
    if not calls:
        return None
    if calls == [0] and texts[-1] == ")" and _closes_at_end(texts):
        inner = code[2:-1]
        distinct = bool(inner) and inner[0][0].upper() == "DISTINCT"
        if distinct:
            inner = inner[1:]
        if not inner:
            raise UnsupportedCypher(f"{texts[0].lower()}() needs an argument")
        return texts[0].upper(), distinct, inner
    raise UnsupportedCypher(f"an aggregate inside another expression ({' '.join(texts)}) is not supported by the "
                            f"embedded engine: return the aggregate itself, or use a Neo4j server (--backend neo4j)")


def _closes_at_end(texts: list[str]) -> bool:
    depth = 0
    for k, t in enumerate(texts[1:], 1):
        depth += t in "([{"
        depth -= t in ")]}"
        if depth == 0:
            return k == len(texts) - 1
    return False


def _aggregate(name: str, distinct: bool, values: list):
    from .embedded import sort_key

    values = [v for v in values if v is not None]
    if distinct:
        seen, unique = set(), []
        for v in values:
            if value_key(v) not in seen:
                seen.add(value_key(v))
                unique.append(v)
        values = unique
    if name == "COUNT":
        return len(values)
    if name == "COLLECT":
        return values
    if name == "SUM":
        return sum(values) if values else 0
    if name == "AVG":
        return sum(values) / len(values) if values else None
    if not values:
        return None
    return (min if name == "MIN" else max)(values, key=sort_key)


def group(rows: list[tuple], aggregates: list) -> list[tuple]:
    """Rows grouped by their non-aggregate values; ``aggregates[k]`` is ``(name, distinct)`` or None (a key).

    Groups come out in the order their first row came in. With no grouping key there is always one row.
    """
    keys = [k for k, a in enumerate(aggregates) if a is None]
    groups: dict[tuple, list[tuple]] = {}
    for row in rows:
        groups.setdefault(tuple(value_key(row[k]) for k in keys), []).append(row)
    if not keys and not groups:
        groups[()] = []
    out = []
    for members in groups.values():
        out.append(tuple(members[0][k] if a is None else _aggregate(a[0], a[1], [m[k] for m in members])
                         for k, a in enumerate(aggregates)))
    return out

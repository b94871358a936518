"""Cypher on the embedded store, with no server: grand-cypher over the networkx graph, behind a guard.

grand-cypher runs MATCH … WHERE … RETURN with aggregation; this module puts around it what a console
needs and grand-cypher lacks:

- ``$parameters`` bound on the client side as quoted literals (strings escaped, never pasted raw), so a
  value can never change the statement;
- a clear refusal, naming the clause, of what the subset cannot run (WITH, OPTIONAL MATCH, UNWIND, CALL,
  UNION, writes …) and of non-ASCII names;
- Cypher's own spellings where grand-cypher differs: 'single-quoted' strings, lower-case ``count(…)``,
  ``count(*)``, ``IS NOT NULL``;
- ORDER BY / SKIP / LIMIT done here with Neo4j's ordering (nulls last, types never compared), columns
  in RETURN order, nodes and relationships returned as their properties.

Examples
--------
>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("Unit:a", label="Unit", key="a", name="a")
>>> g.add_node("Task:1", label="Task", key="1", number="1", deadline=None)
>>> _ = g.add_edge("Unit:a", "Task:1", key="LEADS", type="LEADS", doc="d")
>>> engine = EmbeddedEngine(g)
>>> engine.run("MATCH (u:Unit)-[:LEADS]->(t:Task) WHERE u.name = $unit RETURN u.name AS unit, count(t) AS n",
...            {"unit": "a"})
(['unit', 'n'], [{'unit': 'a', 'n': 1}])
>>> literal('say "hi"\\n')
'"say \\\\"hi\\\\"\\\\n"'
"""

from __future__ import annotations

import json
import math
import re

import networkx as nx

from .aggregate import group, split_aggregate, value_key
from .directions import variants
from .errors import CypherError, UnsupportedCypher, WriteRefused
from .values import Node, Relationship
from .text import Token, clauses, param_name, string_value, tokens, WRITE_CLAUSES

__all__ = ["EmbeddedEngine", "literal", "SUPPORTED_CLAUSES", "sort_key"]

SUPPORTED_CLAUSES = ("MATCH", "WHERE", "RETURN", "ORDER BY", "SKIP", "LIMIT")
MAX_CROSS_ROWS = 1_000_000  # combinations of unconnected MATCH parts the engine may build (see check_size)
AGGREGATES = ("COUNT", "SUM", "AVG", "MIN", "MAX", "COLLECT")
_ASCII_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
SUBSET_HINT = ("it runs MATCH … WHERE … RETURN [DISTINCT] … ORDER BY … SKIP … LIMIT; "
               "use a Neo4j server (--backend neo4j) for the rest")


def literal(value, name: str = "value") -> str:
    """A Cypher literal for a parameter value, in the form grand-cypher reads (strings double-quoted)."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise UnsupportedCypher(f"parameter ${name}: {value} cannot be written as a literal")
        return repr(value)
    if isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)
        return "".join(ch if ch.isprintable() else (f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else f"\\U{ord(ch):08x}")
                       for ch in text)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(literal(v, name) for v in value) + "]"
    raise UnsupportedCypher(f"parameter ${name}: a {type(value).__name__} cannot be passed to the embedded engine "
                            f"(strings, numbers, booleans, null and lists only)")


def _type_rank(value) -> int:
    # Cypher's ORDER BY across types: maps, nodes, relationships, lists … strings, booleans, numbers, null last
    if value is None:
        return 9
    if isinstance(value, dict):
        return 0
    if isinstance(value, (list, tuple)):
        return 3
    if isinstance(value, str):
        return 6
    if isinstance(value, bool):
        return 7
    if isinstance(value, (int, float)):
        return 8
    return 5


def sort_key(value):
    """A key that orders any values the way Cypher's ORDER BY does (ascending; nulls last)."""
    rank = _type_rank(value)
    if rank in (6, 7, 8):
        return (rank, value)
    if rank == 3:
        return (rank, tuple(sort_key(v) for v in value))
    if rank == 0:
        return (rank, json.dumps(value, ensure_ascii=False, sort_keys=True, default=str))
    return (rank, 0) if rank == 9 else (rank, str(value))


def _labelled(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The store graph with grand-cypher's ``__labels__`` on nodes (the label) and edges (the type)."""
    g = nx.MultiDiGraph()
    g.add_nodes_from((n, {**a, "__labels__": {a.get("label")}}) for n, a in graph.nodes(data=True))
    g.add_edges_from((u, v, k, {**d, "__labels__": {d.get("type")}}) for u, v, k, d in graph.edges(keys=True, data=True))
    return g


def _plain(value):
    """Nodes and relationships as their properties with their label or type (as the Neo4j runner returns them)."""
    if isinstance(value, dict):
        props = {k: _plain(v) for k, v in value.items() if k not in ("__labels__", "label", "type")}
        if "__labels__" in value and "label" not in value and "type" in value:
            return Relationship(props, type=value["type"])
        if "__labels__" in value:
            return Node(props, labels=[value["label"]] if value.get("label") else [])
        return props
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, set):
        return sorted(_plain(v) for v in value)
    return value


class _Statement:
    """One statement rewritten for grand-cypher, with the RETURN items and ORDER BY / SKIP / LIMIT kept apart."""

    def __init__(self, text: str, params: dict):
        self.original = text
        self.params = params
        toks = [t for t in tokens(text) if t.kind not in ("comment",)]
        for t in toks:
            if not t.closed:
                raise CypherError(f"unterminated {'string' if t.kind == 'string' else 'name'} starting at "
                                  f"{_where(text, t.start)}")
        self._check_clauses(text)
        self.parts: list[tuple[str, int]] = []  # (rewritten text, original offset)
        self._rewrite(toks)

    @staticmethod
    def _check_clauses(text: str) -> None:
        found = clauses(text)
        for clause in found:
            if clause in WRITE_CLAUSES:
                raise WriteRefused(f"refused: {clause} writes, and the embedded store is read-only here "
                                   f"(documents change only through 'agencygraph load')")
        for clause in found:
            if clause not in SUPPORTED_CLAUSES:
                raise UnsupportedCypher(f"{clause} is not supported by the embedded engine; {SUBSET_HINT}")
        if "RETURN" not in found:
            raise CypherError(f"syntax error: no RETURN clause (a statement of the embedded engine ends with "
                              f"RETURN …); {SUBSET_HINT}")
        depth = 0
        for t in tokens(text):
            if t.kind == "punct" and t.text in "([{":
                depth += 1
            elif t.kind == "punct" and t.text in ")]}":
                depth -= 1
            if depth < 0:
                raise CypherError(f"syntax error at {_where(text, t.start)}: {t.text!r} closes nothing")
        if depth:
            raise CypherError("syntax error: a bracket is opened and never closed")

    def _rewrite(self, toks: list[Token]) -> None:
        words = [Token("space", " ", t.start) if t.kind == "space" else t for t in toks]
        code = [k for k, t in enumerate(words) if t.kind != "space"]

        def peek(k, n=1):  # the n-th token after words[k] that is not a space
            pos = code.index(k) + n
            return words[code[pos]] if 0 <= pos < len(code) else None

        out: list[tuple[str, int]] = []
        self._ends: dict[int, int] = {}  # original start → original end of the token(s) a part stands for
        for t in words:
            self._ends[t.start] = t.end
        skip_until = -1
        first_var = None
        for k, t in enumerate(words):
            if k <= skip_until:
                continue
            if t.kind == "space":
                out.append((" ", t.start))
            elif t.kind == "string":
                out.append((literal(string_value(t.text)), t.start))
            elif t.kind == "param":
                name = param_name(t)
                if name not in self.params:
                    raise CypherError(f"missing parameter ${name}: set it with :param {name} => value "
                                      f"(or --param {name}=value)")
                out.append((literal(self.params[name], name), t.start))
            elif t.kind == "backtick":
                name = t.text[1:-1].replace("``", "`")
                if not _ASCII_NAME.match(name):
                    raise UnsupportedCypher(f"the embedded engine accepts ASCII names only, not {t.text}")
                out.append((name, t.start))
            elif t.kind == "ident":
                if not _ASCII_NAME.match(t.text):
                    raise UnsupportedCypher(f"the embedded engine accepts ASCII names only, not {t.text!r} "
                                            f"(at {_where(self.original, t.start)}); Chinese goes in 'strings'")
                upper = t.text.upper()
                prev, nxt, after = peek(k, -1), peek(k, 1), peek(k, 2)
                if upper in AGGREGATES and nxt is not None and nxt.text == "(" and (prev is None or prev.text != "."):
                    if upper == "COUNT" and after is not None and after.text == "*":
                        if first_var is None:
                            raise UnsupportedCypher("count(*) needs a named node in the embedded engine: "
                                                    "write count(n) with (n) in the pattern")
                        out.append((f"COUNT({first_var})", t.start))
                        skip_until = code[code.index(k) + 3]  # count ( * )
                        self._ends[t.start] = words[skip_until].end
                        continue
                    out.append((upper, t.start))
                elif (upper == "IS" and nxt is not None and nxt.text.upper() == "NOT" and after is not None
                      and after.text.upper() == "NULL"):
                    out.append(("<> NULL", t.start))
                    skip_until = code[code.index(k) + 2]
                    self._ends[t.start] = words[skip_until].end
                else:
                    if first_var is None and prev is not None and prev.text == "(":
                        first_var = t.text
                    out.append((t.text, t.start))
            else:
                out.append((t.text, t.start))
        self.parts = out
        self._split_return()

    def _split_return(self) -> None:
        """Find the main RETURN (outside braces) and cut its items and ORDER BY / SKIP / LIMIT off."""
        depth, ret = 0, None
        for k, (text, _pos) in enumerate(self.parts):
            if text in ("(", "{", "["):
                depth += 1
            elif text in (")", "}", "]"):
                depth -= 1
            elif depth == 0 and text.upper() == "RETURN":
                ret = k
        if ret is None:
            raise UnsupportedCypher(f"a statement must end with RETURN in the embedded engine; {SUBSET_HINT}")
        tail = [p for p in self.parts[ret + 1:] if p[0] != " "]
        self.distinct = bool(tail) and tail[0][0].upper() == "DISTINCT"
        if self.distinct:
            tail = tail[1:]
        sections, current, depth = {"items": []}, "items", 0
        k = 0
        while k < len(tail):
            text = tail[k][0]
            upper = text.upper()
            if depth == 0 and upper == "ORDER" and k + 1 < len(tail) and tail[k + 1][0].upper() == "BY":
                current = "order"
                sections[current] = []
                k += 2
                continue
            if depth == 0 and upper in ("SKIP", "LIMIT"):
                current = upper.lower()
                sections[current] = []
                k += 1
                continue
            if text in ("(", "[", "{"):
                depth += 1
            elif text in (")", "]", "}"):
                depth -= 1
            sections[current].append(tail[k])
            k += 1
        self.head = self.parts[:ret]
        self.items = [self._item(item) for item in _split_commas(sections["items"])]
        if not self.items:
            raise CypherError("RETURN needs at least one item")
        self.order = [self._order_item(item) for item in _split_commas(sections.get("order", []))]
        self.skip = self._count(sections.get("skip"), "SKIP")
        self.limit = self._count(sections.get("limit"), "LIMIT")

    def _item(self, parts) -> dict:
        texts = [p[0] for p in parts]
        if len(texts) >= 3 and texts[-2].upper() == "AS":
            return {"expr": _join(parts[:-2]), "column": texts[-1], "parts": parts,
                    "aggregate": split_aggregate(parts[:-2])}
        # no alias: the column is named by the expression as written, as Neo4j names it (count(*), not COUNT(a))
        column = self.original[parts[0][1]:self._ends.get(parts[-1][1], parts[-1][1])] if parts else ""
        return {"expr": _join(parts), "column": column or _join(parts), "parts": parts,
                "aggregate": split_aggregate(parts)}

    def _order_item(self, parts) -> tuple[str, bool]:
        descending = False
        if parts and parts[-1][0].upper() in ("ASC", "ASCENDING", "DESC", "DESCENDING"):
            descending = parts[-1][0].upper().startswith("DESC")
            parts = parts[:-1]
        expr = _join(parts)
        for item in self.items:
            if _squash(expr) in (_squash(item["column"]), _squash(item["expr"])):
                return item["column"], descending
        if self.distinct or any(i["aggregate"] for i in self.items):
            raise UnsupportedCypher(f"ORDER BY {expr}: with DISTINCT or an aggregation, order by a returned "
                                    f"column (RETURN … AS name … ORDER BY name)")
        self.items.append({"expr": expr, "column": f"__order_{len(self.items)}", "parts": parts, "hidden": True,
                           "aggregate": None})
        return self.items[-1]["column"], descending

    def _count(self, parts, clause) -> int | None:
        if parts is None:
            return None
        text = _join(parts)
        if not re.fullmatch(r"\d+", text):
            raise CypherError(f"{clause} takes a whole number (or a parameter holding one), not {text!r}")
        return int(text)

    def grand_text(self) -> str:
        items = ", ".join(f"{i['expr']} AS __c{k}" for k, i in enumerate(self.items))
        return f"{''.join(t for t, _p in self.head).strip()} RETURN {'DISTINCT ' if self.distinct else ''}{items}"

    def original_position(self, grand_pos: int) -> int:
        """The offset in the analyst's text of the token at ``grand_pos`` in the rewritten text."""
        offset = 0
        head = self.head
        while head and head[0][0] == " ":
            head = head[1:]
        for text, pos in head:
            if offset + len(text) > grand_pos:
                return pos
            offset += len(text)
        return self.items[0]["parts"][0][1] if self.items and self.items[0]["parts"] else 0


def _join(parts) -> str:
    out = ""
    for text, _pos in parts:
        if out and not (text in (".", ",", ")", "]", ":", "}") or out[-1] in "([.:{"
                        or (text == "(" and out[-1].isalnum())):
            out += " "
        out += text
    return out


def _split_commas(parts):
    items, current, depth = [], [], 0
    for part in parts:
        text = part[0]
        if text in "([{":
            depth += 1
        elif text in ")]}":
            depth -= 1
        if text == "," and depth == 0:
            items.append(current)
            current = []
        else:
            current.append(part)
    if current:
        items.append(current)
    return items


def _where(text: str, pos: int) -> str:
    line = text.count("\n", 0, pos) + 1
    col = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return f"line {line}, column {col}"


class EmbeddedEngine:
    """Runs the supported Cypher subset over a store graph (node attribute ``label``, edge attribute ``type``)."""

    engine = "embedded"

    def __init__(self, graph: nx.MultiDiGraph):
        self.source = graph
        self.graph = _labelled(graph)

    def check_size(self, stmt: "_Statement") -> None:
        """Refuse MATCH patterns whose unconnected parts multiply beyond MAX_CROSS_ROWS rows.

        grand-cypher builds every combination in memory before it filters or counts (``MATCH (a) MATCH (b)
        MATCH (c) RETURN count(*)`` on the bundled store grew to 6.5 GB); the timeout bounds time, not memory.
        Each part is estimated by its most selective labelled node (every node when none is labelled).
        """
        counts: dict = {}
        for _n, a in self.source.nodes(data=True):
            counts[a.get("label")] = counts.get(a.get("label"), 0) + 1
        total = self.source.number_of_nodes()
        parts = _pattern_parts([t for t, _p in stmt.head if t != " "])
        if len(parts) < 2:
            return
        sizes = [min((counts.get(label, 0) if label else total) for _var, label in part) for part in parts]
        rows = math.prod(sizes)
        if rows > MAX_CROSS_ROWS:
            shown = " × ".join(f"{size:,} ({', '.join(f'({v or str()}:{lab})' if lab else f'({v or str()})' for v, lab in part)})"
                               for size, part in zip(sizes, parts))
            raise UnsupportedCypher(f"the MATCH pattern has {len(parts)} unconnected parts: up to {shown} = {rows:,} "
                                    f"combinations, more than the {MAX_CROSS_ROWS:,} the embedded engine holds in "
                                    f"memory; connect the parts with a relationship, or use --backend neo4j")

    def translate(self, text: str, params: dict | None = None) -> str:
        """The statement grand-cypher gets (parameters bound, ORDER BY/SKIP/LIMIT taken off)."""
        return _Statement(text, params or {}).grand_text()

    def run(self, text: str, params: dict | None = None) -> tuple[list[str], list[dict]]:
        """(columns, rows) of one statement, ordered, skipped and limited as it asks."""
        stmt = _Statement(text, params or {})
        self.check_size(stmt)
        heads = variants(stmt.head)
        columns = [item["column"] for item in stmt.items]
        aggregates = [item["aggregate"] for item in stmt.items]
        if len(heads) == 1 and not any(aggregates) and not stmt.distinct:
            data = self._grand(stmt, stmt.grand_text(), len(stmt.items))
            n = len(data[0]) if data else 0
            rows = [{c: _plain(col[r]) for c, col in zip(columns, data)} for r in range(n)]
        else:
            # undirected patterns (one directed statement each way), aggregates or DISTINCT: grand-cypher
            # returns the plain values; the union, grouping and DISTINCT are done here (grand-cypher lost rows
            # on `count(t), count(*)` and raised KeyError on `RETURN DISTINCT t.x AS x`)
            exprs = [_join(a[2]) if a else item["expr"] for item, a in zip(stmt.items, aggregates)]
            fetch = list(dict.fromkeys(exprs))
            matched: list[tuple] = []
            for head in heads:
                grand = (f"{''.join(t for t, _p in head).strip()} RETURN "
                         + ", ".join(f"{e} AS __c{k}" for k, e in enumerate(fetch)))
                data = self._grand(stmt, grand, len(fetch))
                n = len(data[0]) if data else 0
                matched += [tuple(_plain(data[fetch.index(e)][r]) for e in exprs) for r in range(n)]
            if any(aggregates):
                matched = group(matched, [a[:2] if a else None for a in aggregates])
            if stmt.distinct:
                matched = list({tuple(value_key(v) for v in row): row for row in reversed(matched)}.values())[::-1]
            rows = [dict(zip(columns, row)) for row in matched]
        for column, descending in reversed(stmt.order):
            rows.sort(key=lambda row: sort_key(row[column]), reverse=descending)
        if stmt.skip:
            rows = rows[stmt.skip:]
        if stmt.limit is not None:
            rows = rows[:stmt.limit]
        visible = [i["column"] for i in stmt.items if not i.get("hidden")]
        if len(visible) != len(columns):
            rows = [{c: row[c] for c in visible} for row in rows]
        return visible, rows

    def _grand(self, stmt: _Statement, grand: str, width: int) -> list[list]:
        """The ``__c0`` … columns grand-cypher returns for ``grand``, its errors made one line."""
        from grandcypher import GrandCypher
        from lark.exceptions import UnexpectedInput

        text = stmt.original
        try:
            cypher = GrandCypher(self.graph)
            # grand-cypher's experimental automatic hints drop rows when WHERE constrains two nodes
            # (`t.line > 0 AND u.name = "…"` found nothing): plain matching only
            cypher.auto_where_hints = False
            cypher.auto_node_jsondata_hints = False
            raw = cypher.run(grand)
        except UnexpectedInput as exc:
            pos = getattr(exc, "pos_in_stream", None)
            if pos is None and getattr(exc, "token", None) is not None:
                pos = exc.token.start_pos
            at = stmt.original_position(pos or 0)
            near = text[at:at + 20].split("\n")[0]
            raise CypherError(f"syntax error at {_where(text, at)} near {near!r} (not in the embedded engine's "
                              f"Cypher subset, or not Cypher); {SUBSET_HINT}") from None
        except (CypherError, KeyboardInterrupt):
            raise
        except Exception as exc:  # grand-cypher raises plain Python errors for statements it cannot evaluate
            raise CypherError(f"the embedded engine could not run this statement: {type(exc).__name__}: "
                              f"{str(exc).splitlines()[0] if str(exc) else ''}".rstrip(": ")) from None
        by_key = {str(k): v for k, v in raw.items()}
        return [by_key.get(f"__c{k}", []) for k in range(width)]

    def schema(self) -> dict:
        """Labels, relationship types, their property names and counts."""
        labels: dict[str, dict] = {}
        for _n, a in self.source.nodes(data=True):
            entry = labels.setdefault(a.get("label"), {"count": 0, "properties": set()})
            entry["count"] += 1
            entry["properties"].update(k for k in a if k != "label")
        types: dict[str, dict] = {}
        for _u, _v, d in self.source.edges(data=True):
            entry = types.setdefault(d.get("type"), {"count": 0, "properties": set()})
            entry["count"] += 1
            entry["properties"].update(k for k in d if k != "type")
        return {"labels": {k: {"count": v["count"], "properties": sorted(v["properties"])} for k, v in sorted(labels.items())},
                "types": {k: {"count": v["count"], "properties": sorted(v["properties"])} for k, v in sorted(types.items())}}


def _pattern_parts(words: list[str]) -> list[list[tuple[str | None, str | None]]]:
    """The connected parts of a statement's MATCH patterns, each a list of its nodes' (variable, label).

    Nodes in one path are connected; paths (split by commas or by another MATCH) that share a variable are
    one part.

    >>> _pattern_parts("MATCH ( a ) MATCH ( b : Unit ) - [ : LEADS ] -> ( t ) , ( c )".split())
    [[('a', None)], [('b', 'Unit'), ('t', None)], [('c', None)]]
    >>> _pattern_parts("MATCH ( u ) -- ( t ) MATCH ( t ) -- ( d : Domain ) WHERE ( u . x ) RETURN".split())
    [[('u', None), ('t', None), ('d', 'Domain')]]
    """
    paths: list[list] = []
    in_pattern, depth, current, node = False, 0, None, None
    for k, w in enumerate(words):
        upper = w.upper()
        if depth == 0 and upper in ("MATCH", "WHERE", "RETURN", "WITH", "ORDER", "SKIP", "LIMIT"):
            in_pattern = upper == "MATCH"
            current = None
            continue
        if not in_pattern:
            continue
        if w in "([{":
            if depth == 0 and w == "(":
                node = [None, None]
                if current is None:
                    current = []
                    paths.append(current)
                current.append(node)
            depth += 1
        elif w in ")]}":
            depth -= 1
            if depth == 0 and w == ")":
                node = None
        elif depth == 0 and w == ",":
            current = None
        elif depth == 1 and node is not None and _ASCII_NAME.match(w):
            prev = words[k - 1] if k else ""
            if prev == "(" and node[0] is None:
                node[0] = w
            elif prev == ":" and node[1] is None:
                node[1] = w
    parts: list[list] = []
    for path in paths:
        names = {v for v, _l in path if v}
        joined = [p for p in parts if names & {v for v, _l in p if v}]
        merged = [n for p in joined for n in p]
        for n in path:
            if not n[0] or n[0] not in {m[0] for m in merged}:
                merged.append(n)
            elif n[1]:
                for m in merged:
                    if m[0] == n[0] and not m[1]:
                        m[1] = n[1]
        parts = [p for p in parts if p not in joined] + [merged]
    return [[tuple(n) for n in p] for p in parts]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)

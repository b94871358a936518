"""Undirected relationship patterns for the embedded engine: one directed statement per choice of directions.

grand-cypher reads ``(a)--(b)`` as "an edge a→b *and* an edge b→a" and so finds nothing on a store whose
relationships run one way; Neo4j matches either direction. The union of the directed variants is what
Neo4j answers: every undirected relationship is matched once as ``-->`` and once as ``<--``, which is how
Neo4j counts ``(a)--(b)`` too (each relationship twice when nothing tells the ends apart).

Examples
--------
>>> parts = [(t, 0) for t in ["MATCH", " ", "(", "a", ")", "-", "[", ":", "LEADS", "]", "-", "(", "b", ")"]]
>>> ["".join(t for t, _ in v) for v in variants(parts)]
['MATCH (a)-[:LEADS]->(b)', 'MATCH (a)<-[:LEADS]-(b)']
>>> variants([(t, 0) for t in ["MATCH", " ", "(", "a", ")", "-", "-", ">", "(", "b", ")"]]) == [
...     [(t, 0) for t in ["MATCH", " ", "(", "a", ")", "-", "-", ">", "(", "b", ")"]]]
True
"""

from __future__ import annotations

from itertools import product

from .errors import UnsupportedCypher

__all__ = ["variants", "MAX_UNDIRECTED"]

#: At most this many undirected relationships in one statement (2^n directed statements are run).
MAX_UNDIRECTED = 6


def _edges(parts: list[tuple[str, int]]) -> list[dict]:
    """Each relationship pattern between ``)`` and ``(``: its span of parts, brackets, arrows, brace depth."""
    code = [k for k, (text, _p) in enumerate(parts) if text.strip()]
    texts = [parts[k][0] for k in code]
    found, depth = [], 0
    for i, text in enumerate(texts):
        if text == "{":
            depth += 1
        elif text == "}":
            depth -= 1
        if text != ")" or i + 1 >= len(texts):
            continue
        j = i + 1
        left = texts[j] == "<"
        j += left
        if j >= len(texts) or texts[j] != "-":
            continue
        j += 1
        inner: list[str] = []
        if j < len(texts) and texts[j] == "[":
            level, start = 0, j
            while j < len(texts):
                level += texts[j] == "["
                level -= texts[j] == "]"
                j += 1
                if level == 0:
                    break
            inner = texts[start:j]
        if j >= len(texts) or texts[j] != "-":
            continue
        j += 1
        right = j < len(texts) and texts[j] == ">"
        j += right
        if j >= len(texts) or texts[j] != "(":
            continue
        found.append({"first": code[i + 1], "last": code[j - 1], "inner": "".join(inner),
                      "undirected": left == right, "depth": depth})
    return found


def variants(parts: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """The statement's parts once per choice of direction for its undirected relationships (itself if none).

    Refused, with a message naming the feature: an undirected variable-length pattern (its hops may turn
    either way, which no choice of one direction covers) and an undirected pattern inside ``EXISTS { … }``
    (a union of rows would count a pair linked both ways twice).
    """
    undirected = [e for e in _edges(parts) if e["undirected"]]
    if not undirected:
        return [parts]
    for e in undirected:
        shown = f"-{e['inner']}-"
        if "*" in e["inner"]:
            raise UnsupportedCypher(f"an undirected variable-length relationship ({shown}) is not supported by the "
                                    f"embedded engine: give it a direction ({shown}> or <{shown}), or use a Neo4j "
                                    f"server (--backend neo4j)")
        if e["depth"] > 0:
            raise UnsupportedCypher(f"an undirected relationship ({shown}) inside {{ … }} is not supported by the "
                                    f"embedded engine: give it a direction ({shown}> or <{shown})")
    if len(undirected) > MAX_UNDIRECTED:
        raise UnsupportedCypher(f"{len(undirected)} undirected relationships in one statement; the embedded engine "
                                f"runs up to {MAX_UNDIRECTED} (one statement per choice of directions): give some "
                                f"a direction")
    out = []
    for choice in product("><", repeat=len(undirected)):
        new, k = [], 0
        spans = {e["first"]: (e, arrow) for e, arrow in zip(undirected, choice)}
        while k < len(parts):
            if k in spans:
                e, arrow = spans[k]
                text = f"-{e['inner']}->" if arrow == ">" else f"<-{e['inner']}-"
                new.append((text, parts[k][1]))
                k = e["last"] + 1
                continue
            new.append(parts[k])
            k += 1
        out.append(new)
    return out

"""Suggest unit names that are probably the same unit but are not aliased yet (for an analyst to confirm).

Examples
--------
>>> rows = suggest_merges([{"name": "市政务服务大数据局", "kind": "municipal_department", "registered": True},
...                        {"name": "市政府服务大数据局", "kind": "municipal_department", "registered": False},
...                        {"name": "市教育局", "kind": "municipal_department", "registered": True}])
>>> [(r["a"], r["b"]) for r in rows]
[('市政务服务大数据局', '市政府服务大数据局')]
"""

from __future__ import annotations

from itertools import combinations

from rapidfuzz import fuzz

__all__ = ["suggest_merges"]

# Parts every department name shares; they make unrelated names look alike.
_COMMON = ("市人民政府", "人民政府", "管委会", "委员会", "市委", "市", "局", "委", "办", "区")


def _core(name: str) -> str:
    for part in _COMMON:
        if name.startswith(part) and len(name) > len(part) + 1:
            name = name[len(part):]
        if name.endswith(part) and len(name) > len(part) + 1:
            name = name[: -len(part)]
    return name


def suggest_merges(units: list[dict], threshold: float = 75.0, include_registered: bool = False) -> list[dict]:
    """Pairs of units (rows with ``name``, ``kind``, ``registered``) whose names are alike; groups are left out.

    A pair of two units an alias file already lists as distinct is left out unless ``include_registered``.
    Scores are rapidfuzz similarities (0–100) of the names without the parts all names share (市, 局,
    人民政府 …); a name contained in the other scores high; pairs of different kinds are left out.
    """
    named = [u for u in units if u.get("kind") != "group"]
    rows = []
    for a, b in combinations(named, 2):
        if a.get("kind") != b.get("kind"):
            continue
        if a.get("registered", True) and b.get("registered", True) and not include_registered:
            continue
        ca, cb = _core(a["name"]), _core(b["name"])
        score = fuzz.ratio(ca, cb)
        if (ca in cb or cb in ca) and min(len(ca), len(cb)) >= 2:
            score = max(score, 90.0)
        if score >= threshold:
            keep, merge = (a, b) if a.get("registered", True) else (b, a)
            rows.append({"a": keep["name"], "b": merge["name"], "score": round(score, 1), "kind": a.get("kind"),
                         "alias_entry": f"- {{name: {merge['name']}, reason: 'confirm: same unit as {keep['name']}'}}"})
    return sorted(rows, key=lambda r: (-r["score"], r["a"], r["b"]))

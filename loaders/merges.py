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


# Endings that say what kind of body a name is (a bureau is not an information centre), longest first.
_SUFFIXES = ("管理委员会", "委员会", "管委会", "办公室", "领导小组", "中心", "公司", "集团", "分行", "营业部", "局", "委",
             "办", "厅", "院", "会", "所", "行", "处", "站", "队")


def _suffix(name: str) -> str:
    return next((s for s in _SUFFIXES if name.endswith(s)), name[-1:])


def _score(a: str, b: str) -> float:
    """Similarity 0–100 of two unit names.

    A misprint of one character in a name of the same length and the same ending scores 90 (80 when the
    distinctive part is two characters: 市商物局 / 市商务局 — and 市水务局, which is why two units an alias
    file lists are never paired unless asked); a name contained in the other with the same ending
    (市财政厅局 / 市财政局) 90; otherwise the rapidfuzz ratio of the names without the parts all names share,
    halved for different endings (市科技局 / 市科技信息中心: a bureau and a centre sharing a prefix).
    """
    ca, cb = _core(a), _core(b)
    same_end = _suffix(a) == _suffix(b)
    score = fuzz.ratio(ca, cb)
    if not same_end:
        return score / 2
    if len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1:
        score = max(score, 90.0 if min(len(ca), len(cb)) >= 3 else 80.0)
    if (ca in cb or cb in ca) and min(len(ca), len(cb)) >= 2:
        score = max(score, 90.0)
    return score


def suggest_merges(units: list[dict], threshold: float = 75.0, include_registered: bool = False) -> list[dict]:
    """Pairs of units (rows with ``name``, ``kind``, ``registered``) whose names are alike; groups are left out.

    A pair of two units an alias file already lists as distinct is left out unless ``include_registered``.
    Scores (0–100, see :func:`_score`) weigh a same-length misprint with the same ending above a shared
    prefix; pairs of different kinds are left out.

    >>> [(r["a"], r["b"], r["score"]) for r in suggest_merges([
    ...     {"name": "市商务局", "kind": "municipal_department", "registered": True},
    ...     {"name": "市商物局", "kind": "municipal_department", "registered": False},
    ...     {"name": "市科技局", "kind": "municipal_department", "registered": True},
    ...     {"name": "市科技信息中心", "kind": "municipal_department", "registered": False}])]
    [('市商务局', '市商物局', 80.0)]
    """
    named = [u for u in units if u.get("kind") != "group"]
    rows = []
    for a, b in combinations(named, 2):
        if a.get("kind") != b.get("kind"):
            continue
        if a.get("registered", True) and b.get("registered", True) and not include_registered:
            continue
        score = _score(a["name"], b["name"])
        if score >= threshold:
            keep, merge = (a, b) if a.get("registered", True) else (b, a)
            rows.append({"a": keep["name"], "b": merge["name"], "score": round(score, 1), "kind": a.get("kind"),
                         "alias_entry": f"- {{name: {merge['name']}, reason: 'confirm: same unit as {keep['name']}'}}"})
    return sorted(rows, key=lambda r: (-r["score"], r["a"], r["b"]))

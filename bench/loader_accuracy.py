"""Score the loaders on every labelled fixture: precision and recall of lead and assist assignments.

Each document under ``tests/fixtures/genres/<genre>/`` with a ``<stem>.expected.yaml`` beside it (several
containers of one text share the stem) is loaded; its (task, role, unit) triples are compared with the
expected ones, names on both sides resolved by the same alias files. Prints the misses, a table per
document, and as its last line one line of JSON with the per-genre and overall figures.

    python bench/loader_accuracy.py [--fixtures DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from loaders import load  # noqa: E402
from loaders.units import UnitResolver  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "genres"
SUFFIXES = (".txt", ".csv", ".xlsx", ".html", ".docx", ".pdf", ".doc")


def expected_triples(expected: dict, resolver: UnitResolver) -> set[tuple[str, str, str]]:
    out = set()
    for number, roles in (expected.get("tasks") or {}).items():
        for role, key in (("lead", "leads"), ("assist", "assists")):
            for name in roles.get(key) or []:
                out.add((str(number), role, resolver.resolve(name).name))
    return out


def loaded_triples(result) -> set[tuple[str, str, str]]:
    return {(a.task, a.role, a.actor) for a in result.assignments if a.target_label == "Task"}


def documents(root: Path):
    """(genre, path, expected) for every labelled fixture document, sorted."""
    for expected_path in sorted(root.glob("*/*.expected.yaml")):
        stem = expected_path.name[: -len(".expected.yaml")]
        expected = yaml.safe_load(expected_path.read_text(encoding="utf-8"))
        for suffix in SUFFIXES:
            path = expected_path.with_name(stem + suffix)
            if path.exists():
                yield expected_path.parent.name, path, expected


def _ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 1.0


def score(root: Path = FIXTURES) -> dict:
    resolver = UnitResolver.default()
    per_doc, per_genre = [], defaultdict(lambda: defaultdict(int))
    misses = []
    for genre, path, expected in documents(root):
        result = load(path, resolver)
        want, got = expected_triples(expected, resolver), loaded_triples(result)
        row = {"genre": genre, "document": str(path.relative_to(root)), "detected": result.document.genres}
        for role in ("lead", "assist"):
            w = {t for t in want if t[1] == role}
            g = {t for t in got if t[1] == role}
            tp = len(w & g)
            row[role] = {"precision": _ratio(tp, len(g)), "recall": _ratio(tp, len(w)), "expected": len(w),
                         "found": len(g), "correct": tp}
            for counts in (per_genre[genre], per_genre["overall"]):
                counts[f"{role}_tp"] += tp
                counts[f"{role}_expected"] += len(w)
                counts[f"{role}_found"] += len(g)
            misses += [f"missed  {path.name}: task {t[0]} {role} {t[2]}" for t in sorted(w - g)]
            misses += [f"extra   {path.name}: task {t[0]} {role} {t[2]}" for t in sorted(g - w)]
        per_doc.append(row)
    figures = {}
    for genre, c in per_genre.items():
        figures[genre] = {f"{role}_{m}": _ratio(c[f"{role}_tp"], c[f"{role}_{d}"])
                          for role in ("lead", "assist") for m, d in (("precision", "found"), ("recall", "expected"))}
        figures[genre]["documents"] = sum(1 for d in per_doc if d["genre"] == genre) if genre != "overall" \
            else len(per_doc)
    return {"documents": per_doc, "figures": figures, "misses": misses}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", type=Path, default=FIXTURES)
    args = parser.parse_args(argv)
    report = score(args.fixtures)
    for line in report["misses"]:
        print(line)
    print(f"{'document':58} {'detected':36} lead P/R     assist P/R")
    for d in report["documents"]:
        print(f"{d['document']:58} {','.join(d['detected']):36} "
              f"{d['lead']['precision']:.2f}/{d['lead']['recall']:.2f}  {d['assist']['precision']:.2f}/"
              f"{d['assist']['recall']:.2f}")
    print(json.dumps(report["figures"], ensure_ascii=False, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

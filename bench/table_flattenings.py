"""How the loader reads one table in every way a web page flattens it.

The twelve corpus tables typed by hand in ``tests/fixtures/make_merged_table_fixtures.py`` (cells verbatim, merged
cells marked) are printed the ways pages saved or copied from a web site print a table, and each is loaded and
scored against the corpus document's hand-read answer (tasks matched by text, as the accuracy bench does):

- ``tabs``: a row a line, cells parted by tabs (a table copied from a browser or an office file);
- ``pipes``: "| a | b |" rows;
- ``spaces``: cells parted by runs of spaces; ``one-space``: by a single space;
- ``cells``: one cell a line; ``cells-blank``: one cell a line with a blank line between;
- ``cell-pipes``: one cell a line, each closed by " |", each row by a line of pipes;
- ``glued``: a row a line, its cells run together with nothing between them (text taken from a page's table with no
  separator: "1绿化施工企业…抽查14—10市园林局市市场监管局", 山西 联合抽查计划).

A merged cell is printed once, at its top-left place; where it covers a place below or to the right the page
prints either an empty cell (``blank``) or nothing at all (``dropped``, as a browser copies a rowspan). A cell of
several lines keeps its lines in the one-cell-a-line layouts and joins them with a space in the others.

Run from the repository root::

    python bench/table_flattenings.py            # figures per layout, and the documents below 1.00
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "fixtures"))

from bench.loader_accuracy import document_resolver, expected_triples, loaded_triples, match_tasks  # noqa: E402
from loaders import load  # noqa: E402
from loaders.units import UnitResolver  # noqa: E402
from make_merged_table_fixtures import DOCS, HERE, LEFT, UP, paragraphs  # noqa: E402

from agencygraph.graph.errors import AgencyGraphError  # noqa: E402


def _rows(grid, merged: str) -> list[list[str]]:
    """The grid's rows with the places a merged cell covers printed empty, or left out."""
    out = []
    for row in grid:
        cells = []
        for value in row:
            if value in (UP, LEFT):
                if merged == "blank":
                    cells.append("")
                continue
            cells.append(value)
        out.append(cells)
    return out


def flatten(grid, layout: str, merged: str) -> str:
    rows = _rows(grid, merged)
    one = [[c.replace("\n", " ") for c in row] for row in rows]
    if layout == "tabs":
        return "\n".join("\t".join(row) for row in one)
    if layout == "pipes":
        return "\n".join("| " + " | ".join(row) + " |" for row in one)
    if layout == "spaces":
        return "\n".join("    ".join(c for c in row if c) for row in one)
    if layout == "one-space":
        return "\n".join(" ".join(c for c in row if c) for row in one)
    if layout in ("cells", "cells-blank"):
        gap = "\n\n" if layout == "cells-blank" else "\n"
        return gap.join(c for row in rows for c in row if c)
    if layout == "glued":
        return "\n".join("".join(row) for row in one)
    if layout == "cell-pipes":
        width = max(len(row) for row in grid)
        lines = []
        for row in rows:
            lines += [line + " |" for c in row if c for line in c.split("\n")]
            lines.append("|" * max(1, width - len([c for c in row if c])))
        return "\n".join(lines)
    raise ValueError(layout)


LAYOUTS = ("tabs", "pipes", "spaces", "one-space", "cells", "cells-blank", "cell-pipes", "glued")


def score(layouts=LAYOUTS, merged_styles=("blank", "dropped")) -> dict:
    resolver = UnitResolver.default()
    table, failures = defaultdict(lambda: defaultdict(int)), []
    for doc in DOCS:
        expected = yaml.safe_load((HERE / f"{doc.source}.expected.yaml").read_text(encoding="utf-8"))
        before = "\n".join(paragraphs(doc))
        for layout in layouts:
            for merged in merged_styles:
                text = before + "\n" + flatten(doc.grid, layout, merged) + "\n" + "\n".join(doc.after) + "\n"
                key = f"{layout}/{merged}"
                try:
                    result = load(doc.slug + ".txt", resolver, text=text)
                    mapping, found = match_tasks(expected, result)
                    got = loaded_triples(result, mapping)
                    want = expected_triples(expected, document_resolver(result, resolver))
                except AgencyGraphError:
                    got, found, want = set(), 0, expected_triples(expected, resolver)
                counts = table[key]
                counts["tasks"] += len(expected.get("tasks") or {})
                counts["found"] += found
                for role in ("lead", "assist"):
                    w, g = {t for t in want if t[1] == role}, {t for t in got if t[1] == role}
                    counts[f"{role}_tp"] += len(w & g)
                    counts[f"{role}_want"] += len(w)
                    counts[f"{role}_got"] += len(g)
                if got != want or found < len(expected.get("tasks") or {}):
                    failures.append(f"{key:22} {doc.slug}: {found}/{len(expected.get('tasks') or {})} tasks, "
                                    f"{len(got & want)}/{len(want)} assignments right, {len(got - want)} extra")

    def ratio(a, b):
        return round(a / b, 2) if b else 1.0

    figures = {key: {"tasks_found": f"{c['found']}/{c['tasks']}",
                     "lead": [ratio(c["lead_tp"], c["lead_got"]), ratio(c["lead_tp"], c["lead_want"])],
                     "assist": [ratio(c["assist_tp"], c["assist_got"]), ratio(c["assist_tp"], c["assist_want"])]}
               for key, c in table.items()}
    return {"figures": figures, "failures": failures}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    report = score()
    for line in report["failures"]:
        print(line)
    print(f"\n{'layout/merged cells':22} {'tasks':>9}  lead P/R     assist P/R")
    for key, f in report["figures"].items():
        print(f"{key:22} {f['tasks_found']:>9}  {f['lead'][0]:.2f}/{f['lead'][1]:.2f}  "
              f"{f['assist'][0]:.2f}/{f['assist'][1]:.2f}")
    print(json.dumps(report["figures"], ensure_ascii=False, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())

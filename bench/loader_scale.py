"""Loader scale: a ~50 MB text plan and a 100,000-row spreadsheet, each loaded in a fresh process.

Builds two documents in a temporary folder from the synthetic corpus (``bench/synthetic.py``):

- ``huge-plan.txt``: one plan with one header (文号, title, issuer, dates) whose main tasks are numbered
  items with inline clauses under sections (一)…, followed by an annex responsibility table (the header
  repeated after every page break) — about ``--text-mb`` MB of UTF-8;
- ``huge-table.xlsx``: a title row, a header row 类别/序号/试点任务/牵头单位/责任单位/完成时限 and
  ``--rows`` data rows (category cells printed where a category starts, merged-cell sub-rows left
  un-numbered), written with openpyxl's write-only mode.

Each is loaded with ``loaders.load`` in a fresh ``python`` process, which reports its time and peak
resident memory (``VmHWM`` of /proc/self/status, else ``ru_maxrss``; it includes the interpreter and the
imports: the ``baseline`` figure). Printed per document: size, tasks, assignments, seconds, peak RSS and
peak RSS as a multiple of the input size; the last line is one line of JSON with those figures.

Target: peak RSS ≤ 20× the input size for the text plan (under 1 GB for 50 MB) and under 1 GB for the
100,000-row spreadsheet.

    python bench/loader_scale.py [--text-mb 50] [--rows 100000] [--keep DIR] [--only text|xlsx]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import synthetic  # noqa: E402

#: Peak RSS allowed, as a multiple of the input size and in bytes (the bench reports whether it holds).
TARGET_RATIO = 20
TARGET_BYTES = 1 << 30
_BYTES_PER_TASK = 188  # measured on the synthetic plan below; used to size the text document
_INLINE_MAX = 15_000  # items numbered 1…999 in at most 99 sections: the generator keeps to that below ~20,000


def build_text(path: Path, megabytes: float = 50, seed: int = 0, inline_tasks: int | None = None) -> dict:
    """Write one plan of about ``megabytes`` MB: inline-clause main tasks, then an annex responsibility table.

    Returns the number of numbered tasks written (``inline_tasks`` of them inline; default: up to half).
    """
    pool = synthetic.UnitPool(seed=seed)
    n_total = int(megabytes * 1e6 / _BYTES_PER_TASK)
    n_inline = min(_INLINE_MAX, n_total // 2 if inline_tasks is None else inline_tasks)
    n_table = max(1, n_total - n_inline)
    for attempt in range(100):  # a draw whose sections would need more than 99 ordinals is drawn again
        try:
            inline = synthetic._inline_document(synthetic.DocPlan(0, "inline_clauses", n_inline), pool,
                                                random.Random(f"scale:{seed}:inline:{attempt}"))
            break
        except IndexError:
            continue
    table = synthetic._table_document(synthetic.DocPlan(0, "responsibility_table", n_table), pool,
                                      random.Random(f"scale:{seed}:table"))
    annex = table[table.index("\n附件\n") + 1 : table.rindex("抄送:")]
    at = inline.rindex("抄送:")
    text = inline[:at] + annex + inline[at:]
    path.write_text(text, encoding="utf-8")
    return {"tasks": n_inline + n_table}


def build_xlsx(path: Path, rows: int = 100_000, seed: int = 0) -> dict:
    """Write a workbook with one sheet: a title row, a header row and ``rows`` rows of a responsibility table."""
    import openpyxl

    pool = synthetic.UnitPool(seed=seed)
    n_tasks = rows - rows // 100  # about one row in a hundred is a merged-cell sub-row
    while True:
        text = synthetic._table_document(synthetic.DocPlan(1, "responsibility_table", n_tasks), pool,
                                         random.Random(f"scale:{seed}:xlsx"))
        lines = text.split("\n")
        start = next(i for i, line in enumerate(lines) if "\t序号\t" in line)
        data = [line.split("\t") for line in lines[start:] if "\t" in line and "\t序号\t" not in line]
        if len(data) >= rows:
            break
        n_tasks += rows - len(data) + 10
    data = data[:rows]
    number = next(line for line in lines[:10] if line.endswith("号"))
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("责任清单")
    sheet.append([f"{number} 责任清单"])
    sheet.append(lines[start].split("\t"))
    for row in data:
        sheet.append([int(c) if c.isdigit() else c for c in row])
    workbook.save(path)
    return {"tasks": sum(1 for row in data if row[1])}


def _peak_rss() -> int:
    """This process's peak resident memory in bytes.

    ``VmHWM`` where Linux has it: ``ru_maxrss`` of a fresh process starts at its parent's size at fork
    (it survives exec), which would charge the documents built here to the child.
    """
    import resource

    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kB on Linux


def child(path: str) -> None:
    """In a fresh process: load ``path`` once and print its figures as JSON."""
    from agencygraph.loaders import load
    from agencygraph.loaders.units import UnitResolver

    resolver = UnitResolver.default()
    baseline = _peak_rss()
    started = time.perf_counter()
    result = load(path, resolver)
    seconds = time.perf_counter() - started
    peak = _peak_rss()
    counts = result.counts()
    print(json.dumps({"numbered_tasks": counts["numbered_tasks"], "tasks": counts["tasks"],
                      "assignments": len(result.assignments), "warnings": counts["warnings"],
                      "seconds": round(seconds, 2), "peak_rss": peak, "baseline_rss": baseline}))


def measure(path: Path) -> dict:
    """Load ``path`` in a fresh interpreter and return its figures with the input size."""
    run = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True, text=True,
                         cwd=ROOT, check=False)
    if run.returncode:
        raise SystemExit(f"loading {path} failed:\n{run.stderr[-3000:]}")
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    size = path.stat().st_size
    figures.update(file=path.name, bytes=size, rss_ratio=round(figures["peak_rss"] / size, 1),
                   within_target=figures["peak_rss"] <= min(TARGET_BYTES, TARGET_RATIO * size)
                   if path.suffix == ".txt" else figures["peak_rss"] <= TARGET_BYTES)
    return figures


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--text-mb", type=float, default=50, help="size of the text plan in MB (default 50)")
    parser.add_argument("--rows", type=int, default=100_000, help="data rows of the spreadsheet (default 100000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", help="build the documents in this folder and keep them (default: a temp folder)")
    parser.add_argument("--only", choices=("text", "xlsx"), help="build and load only one of the two")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child)
        return 0
    with tempfile.TemporaryDirectory(prefix="loader-scale-") as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        builds = []
        if args.only in (None, "text"):
            builds.append((folder / "huge-plan.txt", lambda p: build_text(p, args.text_mb, args.seed)))
        if args.only in (None, "xlsx"):
            builds.append((folder / "huge-table.xlsx", lambda p: build_xlsx(p, args.rows, args.seed)))
        rows = []
        for path, build in builds:
            started = time.perf_counter()
            expected = build(path)
            built = time.perf_counter() - started
            figures = measure(path)
            figures["expected_numbered_tasks"] = expected["tasks"]
            rows.append(figures)
            print(f"{path.name}: {_mb(figures['bytes'])} (built in {built:.1f} s); "
                  f"{figures['numbered_tasks']} numbered tasks (expected {expected['tasks']}), "
                  f"{figures['tasks']} tasks, {figures['assignments']} assignments, {figures['warnings']} warnings; "
                  f"{figures['seconds']} s; peak RSS {_mb(figures['peak_rss'])} "
                  f"({figures['rss_ratio']}× the input; interpreter and imports {_mb(figures['baseline_rss'])}); "
                  f"target {'met' if figures['within_target'] else 'MISSED'}")
    print(json.dumps({"target": {"rss_ratio_text": TARGET_RATIO, "rss_bytes": TARGET_BYTES}, "documents": rows},
                     ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

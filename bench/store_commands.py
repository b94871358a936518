"""Every command as a user runs it: a fresh ``python3 cli.py`` process per command on an embedded store of
a synthetic corpus, timed from the outside, with the process's peak RSS and CPU time (GNU ``time``).

For each size: write the corpus (``bench/synthetic.py``, seed 3), ``load`` it into a new store (one
command, timed, its readers' CPU included; it also stores the incidence the analyses read), run each command once (reported as
``cold_seconds``) and then ``--repeat`` times; the figures are the medians of the repeats, the peak RSS
the largest of all runs. ``tasks --unit`` asks for a typical unit (the median of those in 10 tasks or
more), ``tasks --unit busiest`` for the unit in most tasks. Ends with one line of JSON holding all figures.

    python bench/store_commands.py --sizes 100000          # about 2 minutes on 2 cores
    python bench/store_commands.py --sizes 1000000 --repeat 1 --keep /tmp/1e6.db
    python bench/store_commands.py --sizes 1000000 --reuse /tmp/1e6.db   # the commands again, no load
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIME = "/usr/bin/time"  # GNU time (Debian package ``time``)
sys.path.insert(0, str(ROOT / "bench"))

#: (name, arguments); {unit}, {doc_a}, {doc_b} are filled from the store.
COMMANDS = [
    ("docs", ["docs"]),
    ("tasks --unit", ["tasks", "--unit", "{typical_unit}"]),
    ("tasks --doc", ["tasks", "--doc", "{doc_a}"]),
    ("units --doc", ["units", "--doc", "{doc_a}"]),
    ("bodies", ["bodies"]),
    ("indicators", ["indicators"]),
    ("workload", ["workload", "--top", "20"]),
    ("coowners", ["coowners", "{unit}", "--top", "20"]),
    ("flags", ["flags", "--top", "20"]),
    ("centrality", ["centrality", "--top", "20"]),
    ("communities", ["communities", "--top", "20"]),
    ("brokers", ["brokers", "--top", "20"]),
    ("structure", ["structure"]),
    ("diff", ["diff", "{doc_a}", "{doc_b}", "--top", "20"]),
    ("workload --doc", ["workload", "--doc", "{doc_a}", "--top", "20"]),
    ("tasks --unit busiest", ["tasks", "--unit", "{unit}"]),
]


def run(store: Path, args: list[str]) -> tuple[float, float, str, float]:
    """(seconds, peak RSS in MB, stdout, CPU seconds) of one fresh process. The peak RSS and CPU come from
    GNU time (/usr/bin/time), a small parent: a child of this process would report this process's peak RSS
    if that were higher (the high-water mark survives exec). CPU seconds (user + system) say what the
    command costs when other work shares the cores."""
    with tempfile.NamedTemporaryFile(mode="r", suffix=".time") as usage:
        command = [sys.executable, str(ROOT / "cli.py"), "--store", str(store), *args]
        t0 = time.perf_counter()
        proc = subprocess.run([TIME, "-f", "%M %U %S", "-o", usage.name, *command], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, cwd=ROOT)
        seconds = time.perf_counter() - t0
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
        rss_kb, user, system = usage.read().split()[-3:]
    return seconds, int(rss_kb) / 1024, proc.stdout.decode(), float(user) + float(system)


def bench_size(n_tasks: int, repeat: int, keep: str | None, reuse: str | None = None) -> dict:
    import synthetic

    info: dict = {"tasks": n_tasks, "commands": {}}
    with tempfile.TemporaryDirectory(prefix="agencygraph-store-bench-") as tmp:
        if reuse:  # commands only, on a store a previous run kept
            store = Path(reuse)
        else:
            corpus = Path(tmp) / "corpus"
            paths = synthetic.generate(n_tasks, 3, corpus)
            info["documents"] = len(paths)
            info["corpus_mb"] = round(sum(p.stat().st_size for p in paths) / 2**20, 1)
            store = Path(keep) if keep else Path(tmp) / "agencygraph.db"
            if store.exists():
                store.unlink()
            seconds, rss, _out, cpu = run(store, ["load", str(corpus)])
            info["load"] = {"seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), "max_rss_mb": round(rss)}
        info["store_mb"] = round(store.stat().st_size / 2**20, 1)
        docs = [d["doc"] for d in json.loads(run(store, ["docs", "--format", "json"])[2])]
        load = json.loads(run(store, ["workload", "--format", "json"])[2])
        # the busiest unit, and a typical one (the median of the units leading or assisting 10+ tasks)
        typical = [r["unit"] for r in load if r["leads"] + r["assists"] >= 10]
        fill = {"unit": load[0]["unit"], "typical_unit": typical[len(typical) // 2], "doc_a": docs[0],
                "doc_b": docs[-1]}
        info["context"] = fill
        for name, args in COMMANDS:
            args = [a.format(**fill) for a in args]
            cold = run(store, args)
            warm = [run(store, args) for _ in range(repeat)]
            runs = warm or [cold]
            figures = info["commands"][name] = {
                "cold_seconds": round(cold[0], 3),
                "seconds": round(statistics.median(w[0] for w in runs), 3),
                "cpu_seconds": round(statistics.median(w[3] for w in runs), 3),
                "max_rss_mb": round(max(w[1] for w in [cold, *warm])),
                "output_lines": cold[2].count("\n"),
            }
            print(f"  {n_tasks:>8} {name:<21} {figures['seconds']:7.3f} s (cpu {figures['cpu_seconds']:.3f} s, "
                  f"cold {cold[0]:.3f} s) {figures['max_rss_mb']:5} MB", file=sys.stderr, flush=True)
    return info


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100000", help="comma-separated task counts (default 100000)")
    parser.add_argument("--repeat", type=int, default=3, help="warm runs per command (median reported)")
    parser.add_argument("--keep", help="keep the store of the last size at this path")
    parser.add_argument("--reuse", help="time the commands on this store (kept by --keep) without a new load")
    args = parser.parse_args(argv)
    figures = []
    for n in (int(s) for s in args.sizes.split(",")):
        t0 = time.perf_counter()
        info = bench_size(n, args.repeat, args.keep, args.reuse)
        print(f"{n} tasks: load {info.get('load')}, store {info['store_mb']} MB, "
              f"{time.perf_counter() - t0:.0f} s in all", file=sys.stderr, flush=True)
        figures.append(info)
    print(json.dumps({"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}, "sizes": figures},
                     ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark: load, incidence, co-ownership projection (sparse vs networkx) and every analysis, by corpus size.

For each size (tasks) a synthetic corpus (``bench/synthetic.py``) is generated in a temporary folder and
run through, in a fresh process per size (so memory figures do not leak from one size to the next):

- ``generate`` — writing the corpus;
- ``load`` — ``loaders.load_documents`` + ``NetworkxStore(None).write`` (also split as ``load_parse`` and
  ``load_write``; the corpus must load with zero warnings);
- ``incidence`` — the unit × task incidence (``store.incidence()``);
- ``projection_sparse`` — ``graph.incidence.projection(inc, "count")``;
- ``projection_networkx`` — ``networkx.algorithms.bipartite.weighted_projected_graph`` on the same unit–task
  bipartite graph (``nx_bipartite_build`` is the time to build that graph), checked equal to the sparse one;
  skipped above ``--nx-max-tasks`` or when the previous size predicts more than ``--nx-budget`` seconds;
- ``graph_copy`` — ``store.graph()``, which the graph-based analyses (flags, diff) take;
- one entry per analysis found at run time (coowners, top_pairs, workload, flags, diff, centrality,
  communities, brokers, structure), each called with its simplest signature; an analysis module that is
  missing or fails is reported under ``skipped``.

Memory: ``max_rss_mb`` is the worker's peak resident set (``resource.getrusage``) in the timing run;
``peak_mb`` is the tracemalloc peak of Python allocations, measured in a second run of the same size
(tracemalloc slows allocation-heavy code ~3x, so it never shares a run with the timings), up to
``--trace-max-tasks``; ``peak_mb_by_step`` is the peak during each step (everything still held included).
With ``--quick`` the tracemalloc run covers load, incidence and projections only, not the analyses.

A size whose peak RSS (extrapolated linearly from the largest size already run, or from a calibration
run of 10^4 tasks) would not fit the available memory, or whose time would exceed ``--size-timeout``,
is not run: it is reported with ``"skipped": {"load": "estimated …"}``.

Output: a human-readable table, then exactly one line of JSON with every figure (the last line of stdout).

Examples::

    python bench/analytics.py --quick               # 10^3 and 10^4 tasks, under a minute
    python bench/analytics.py --sizes 100000        # one size
    python bench/analytics.py                       # 10^3 … 10^6
"""

from __future__ import annotations

import argparse
import gc
import importlib
import inspect
import json
import os
import platform
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for _p in (str(ROOT), str(ROOT / "bench")):
    if _p not in sys.path:
        sys.path.insert(0, _p)

DEFAULT_SIZES = (1_000, 10_000, 100_000, 1_000_000)
QUICK_SIZES = (1_000, 10_000)
CALIBRATION_TASKS = 10_000

#: The analyses to time: (module, function). Looked up at run time; missing ones are skipped.
QUERIES = (
    ("agencygraph.graph.coownership", "coowners"),
    ("agencygraph.graph.coownership", "top_pairs"),
    ("agencygraph.graph.workload", "workload"),
    ("agencygraph.graph.flags", "flags"),
    ("agencygraph.graph.diff", "diff"),
    ("agencygraph.graph.centrality", "centrality"),
    ("agencygraph.graph.communities", "communities"),
    ("agencygraph.graph.brokers", "brokers"),
    ("agencygraph.graph.structure", "structure"),
)
STEPS = ("generate", "load", "load_parse", "load_write", "incidence", "projection_sparse", "nx_bipartite_build",
         "projection_networkx", "graph_copy")


def log(*args) -> None:
    print(*args, file=sys.stderr, flush=True)


# ================================================================================================
# worker: one size, in its own process
# ================================================================================================
class Steps:
    """Times steps; with tracemalloc on, also the peak of Python allocations during each step.

    ``info`` (the figures so far) is written to ``partial`` before and after every step, so a worker that
    dies (killed for memory, timed out) still leaves what it measured and the step it was in.
    """

    def __init__(self, trace: bool, info: dict, partial: str | None = None):
        self.trace = trace
        self.info = info
        self.partial = partial
        self.seconds: dict[str, float] = info.setdefault("seconds", {})
        self.peaks: dict[str, float] = {}
        if trace:
            info["peak_mb_by_step"] = self.peaks

    def flush(self, running: str | None = None) -> None:
        self.info["running"] = running
        self.info["max_rss_mb"] = _rss_mb()
        if self.partial:
            tmp = self.partial + ".tmp"
            with open(tmp, "w", encoding="utf-8") as fh:
                json.dump(self.info, fh, ensure_ascii=False)
            os.replace(tmp, self.partial)

    def run(self, name: str, fn, *args, timeout: float | None = None, **kwargs):
        self.flush(name)
        if self.trace and tracemalloc.is_tracing():
            tracemalloc.reset_peak()
        if timeout:
            signal.signal(signal.SIGALRM, _alarm)
            signal.setitimer(signal.ITIMER_REAL, timeout)
        t0 = time.perf_counter()
        try:
            out = fn(*args, **kwargs)
        finally:
            if timeout:
                signal.setitimer(signal.ITIMER_REAL, 0)
        self.seconds[name] = round(time.perf_counter() - t0, 4)
        if self.trace and tracemalloc.is_tracing():
            self.peaks[name] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
        log(f"  [{name}] {self.seconds[name]:.3f} s" + (f", peak {self.peaks[name]:.0f} MB" if name in self.peaks else ""))
        self.flush(None)
        return out


class StepTimeout(Exception):
    pass


def _alarm(signum, frame):
    raise StepTimeout("over the time limit")


def _rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _cap_memory(limit_gb: float | None) -> None:
    """Cap the worker's address space, so a runaway step raises MemoryError instead of exhausting the machine."""
    if not limit_gb:
        return
    limit = int(limit_gb * 2**30)
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _bipartite(inc):
    """The unit–task bipartite graph of the incidence (a unit that leads and assists a task: one edge)."""
    import networkx as nx

    both = inc.both.tocoo()
    b = nx.Graph()
    b.add_nodes_from(inc.units, bipartite=0)
    tasks = [t["key"] for t in inc.tasks]
    b.add_nodes_from(tasks, bipartite=1)
    b.add_edges_from((inc.units[i], tasks[j]) for i, j in zip(both.row.tolist(), both.col.tolist()))
    return b


def _same_projection(inc, w, g) -> bool:
    """Do the sparse projection ``w`` and the networkx projection ``g`` have the same weight on every pair?"""
    import scipy.sparse as sp

    upper = sp.triu(w, k=1).tocoo()
    sparse_pairs = {frozenset((inc.units[i], inc.units[j])): float(x)
                    for i, j, x in zip(upper.row.tolist(), upper.col.tolist(), upper.data.tolist())}
    nx_pairs = {frozenset((u, v)): float(d["weight"]) for u, v, d in g.edges(data=True)}
    return sparse_pairs == nx_pairs


def _query_args(fn, inc, get_graph, context) -> tuple[list | None, str | None]:
    """Arguments for the simplest call of an analysis, read from its signature; (None, reason) if unsure."""
    args = []
    params = [p for p in inspect.signature(fn).parameters.values()
              if p.default is inspect.Parameter.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    for i, p in enumerate(params):
        name = p.name
        if name in ("inc", "incidence") and i == 0:
            args.append(inc)
        elif name in ("graph", "g", "multigraph") and i == 0:
            args.append(get_graph())
        elif name in ("unit", "name"):
            args.append(context["busiest_unit"])
        elif name in ("doc_a", "docs_a", "a", "left"):
            args.append(context["doc_a"])
        elif name in ("doc_b", "docs_b", "b", "right"):
            args.append(context["doc_b"])
        else:
            return None, f"does not know what to pass for required parameter {name!r} of {fn.__name__}{inspect.signature(fn)}"
    return args, None


def _size_of(result) -> int | None:
    try:
        return len(result)
    except TypeError:
        return None


def run_size(n_tasks: int, seed: int, do_networkx: bool, nx_reason: str | None, trace: bool,
             queries: bool = True, partial: str | None = None, query_timeout: float | None = None,
             skip_queries: list[str] | None = None) -> dict:
    """Everything for one corpus size; returns the figures (the worker prints them as JSON)."""
    import numpy as np

    import synthetic
    from agencygraph.graph.incidence import projection
    from agencygraph.graph.nx_store import NetworkxStore
    from agencygraph.loaders import load_documents

    info: dict = {"tasks": n_tasks, "skipped": {}}
    skipped = info["skipped"]
    steps = Steps(trace, info, partial)
    with tempfile.TemporaryDirectory(prefix="agencygraph-bench-") as tmp:
        paths = steps.run("generate", synthetic.generate, n_tasks, seed, tmp)  # not traced: not part of the tool
        if trace:
            tracemalloc.start()
        info["documents"] = len(paths)
        info["corpus_mb"] = round(sum(p.stat().st_size for p in paths) / 2**20, 1)
        t0 = time.perf_counter()
        batch = steps.run("load_parse", load_documents, [tmp])
        store = NetworkxStore(None)
        steps.run("load_write", store.write, batch.results)
        steps.seconds["load"] = round(time.perf_counter() - t0, 4)
        if trace:
            steps.peaks["load"] = max(steps.peaks["load_parse"], steps.peaks["load_write"])
    warnings = [i for r in batch.results for i in r.issues if i.severity == "warning"]
    info["warnings"] = len(warnings) + len(batch.failures)
    for issue in warnings[:5]:
        log(f"  warning: {issue}")
    info["genres"] = sorted({g for r in batch.results for g in r.document.genres})
    docs = [r.document.key for r in batch.results]
    del batch, warnings
    gc.collect()
    graph = store._graph  # counted for information only (no copy)
    info["graph_nodes"], info["graph_edges"] = graph.number_of_nodes(), graph.number_of_edges()
    info["domains"] = sum(1 for _n, a in graph.nodes(data="label") if a == "Domain")

    inc = steps.run("incidence", store.incidence)
    info["units"], info["task_columns"] = inc.lead.shape
    info["assignments"] = int(inc.lead.nnz + inc.assist.nnz)
    w = steps.run("projection_sparse", projection, inc, "count")
    info["projection_pairs"] = int(w.nnz // 2)
    info["max_rss_mb_pipeline"] = _rss_mb()  # load + incidence + sparse projection: what sizes are estimated on

    if do_networkx:
        from networkx.algorithms import bipartite

        b = steps.run("nx_bipartite_build", _bipartite, inc)
        g = steps.run("projection_networkx", bipartite.weighted_projected_graph, b, inc.units)
        info["projection_agrees"] = _same_projection(inc, w, g)
        del b, g
    else:
        skipped["projection_networkx"] = nx_reason or "not run"

    frozen: list = []

    def get_graph():
        if not frozen:
            frozen.append(steps.run("graph_copy", store.graph))
        return frozen[0]

    lead_counts = np.asarray(inc.lead.sum(axis=1)).ravel()
    context = {"busiest_unit": inc.units[int(lead_counts.argmax())], "doc_a": docs[0], "doc_b": docs[-1]}
    info["busiest_unit"] = context["busiest_unit"]
    info["query_rows"] = {}
    for module_name, fn_name in (QUERIES if queries else ()):
        if fn_name in (skip_queries or ()):
            skipped[fn_name] = "failed in the timing run; not repeated"
            continue
        try:
            module = importlib.import_module(module_name)
        except Exception as exc:  # a module being written concurrently may not import yet
            skipped[fn_name] = f"{module_name} not importable: {type(exc).__name__}: {exc}"
            continue
        fn = getattr(module, fn_name, None)
        if not callable(fn):
            skipped[fn_name] = f"{module_name} has no {fn_name}()"
            continue
        try:
            args, reason = _query_args(fn, inc, get_graph, context)
            if args is None:
                skipped[fn_name] = reason
                continue
            rss_before = _rss_mb()
            # A graph-based analysis that can reuse an incidence gets the one already built, as the CLI does.
            extra = {"inc": inc} if "inc" in inspect.signature(fn).parameters and args and args[0] is not inc else {}
            out = steps.run(fn_name, fn, *args, timeout=query_timeout, **extra)
            info["query_rows"][fn_name] = _size_of(out)
            del out
        except MemoryError:
            skipped[fn_name] = "failed: MemoryError (over the worker's memory cap)"
            info.setdefault("max_rss_mb_before_failure", rss_before)
            log(f"  [{fn_name}] MemoryError")
        except StepTimeout:
            skipped[fn_name] = f"stopped after {query_timeout:.0f} s (--query-timeout)"
            info.setdefault("max_rss_mb_before_failure", rss_before)
            log(f"  [{fn_name}] stopped after {query_timeout:.0f} s")
        except Exception as exc:
            skipped[fn_name] = f"failed: {type(exc).__name__}: {exc}"
            log(f"  [{fn_name}] failed: {type(exc).__name__}: {exc}")
        gc.collect()
    if trace:
        info["peak_mb"] = max([round(tracemalloc.get_traced_memory()[1] / 2**20, 1), *steps.peaks.values()])
        tracemalloc.stop()
    steps.flush(None)
    info.pop("running", None)
    return info


def worker_main(args) -> int:
    _cap_memory(args.mem_limit_gb)
    info = run_size(args.worker, args.seed, not args.no_networkx, args.no_networkx, args.trace,
                    queries=not args.no_queries, partial=args.partial, query_timeout=args.query_timeout,
                    skip_queries=[q for q in args.skip_queries.split(",") if q])
    print(json.dumps(info, ensure_ascii=False))
    return 0


# ================================================================================================
# parent: sizes, estimates, table, JSON
# ================================================================================================
def _meminfo_gb(field: str) -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 2**20
    except OSError:
        pass
    return None


def machine() -> dict:
    import networkx
    import numpy
    import scipy

    cpu_model = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    total, available = _meminfo_gb("MemTotal"), _meminfo_gb("MemAvailable")
    return {"cpu_count": os.cpu_count(), "cpus_usable": usable, "cpu_model": cpu_model,
            "memory_total_gb": round(total, 1) if total else None,
            "memory_available_gb": round(available, 1) if available else None,
            "python": platform.python_version(), "implementation": platform.python_implementation(),
            "platform": platform.platform(), "networkx": networkx.__version__, "numpy": numpy.__version__,
            "scipy": scipy.__version__}


def _spawn(n: int, args, *, no_networkx: str | None, trace: bool, timeout: float, mem_limit_gb: float | None,
           queries: bool = True, skip_queries: list[str] | None = None) -> tuple[dict | None, str | None]:
    """Run one size in a fresh interpreter: (figures, None), or (what it measured before it stopped, why)."""
    fd, partial = tempfile.mkstemp(prefix="agencygraph-bench-", suffix=".json")
    os.close(fd)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", str(n), "--seed", str(args.seed),
           "--partial", partial, "--query-timeout", str(args.query_timeout)]
    if mem_limit_gb:
        cmd += ["--mem-limit-gb", f"{mem_limit_gb:.2f}"]
    if no_networkx:
        cmd += ["--no-networkx", no_networkx]
    if trace:
        cmd.append("--trace")
    if not queries:
        cmd.append("--no-queries")
    if skip_queries:
        cmd += ["--skip-queries", ",".join(skip_queries)]
    log(f"== {n:,} tasks{' (tracemalloc run)' if trace else ''}")
    why = None
    try:
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, timeout=timeout, cwd=str(ROOT))
        lines = [line for line in proc.stdout.splitlines() if line.strip()]
        if proc.returncode == 0 and lines:
            return json.loads(lines[-1]), None
        if proc.returncode < 0:
            why = f"worker killed by signal {-proc.returncode}" + (" (out of memory?)" if -proc.returncode == 9 else "")
        else:
            why = f"worker failed (exit {proc.returncode}; MemoryError or error, see stderr)"
    except subprocess.TimeoutExpired:
        why = f"stopped after {timeout:.0f} s (--size-timeout)"
    finally:
        try:
            with open(partial, encoding="utf-8") as fh:
                state = json.load(fh)
        except (OSError, ValueError):
            state = None
        for path in (partial, partial + ".tmp"):
            if os.path.exists(path):
                os.remove(path)
    if state is not None:
        step = state.pop("running", None) or "after the last step"
        state.setdefault("skipped", {})[step] = why
        state["stopped_in"] = step
    return state, why


def _estimate(ref: dict | None, n: int) -> dict | None:
    """Linear extrapolation of the load pipeline's peak RSS, and of the time of every step, from a size run."""
    if not ref:
        return None
    scale = n / ref["tasks"]
    base_rss = 80.0  # interpreter + libraries, MB
    rss_ref = ref.get("max_rss_mb_pipeline") or ref["max_rss_mb"]
    rss = base_rss + max(rss_ref - base_rss, 1.0) * scale
    secs = sum(v for k, v in ref["seconds"].items() if v and k not in ("load_parse", "load_write")) * scale
    return {"rss_gb": rss / 1024, "seconds": secs, "from_tasks": ref["tasks"]}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="\n".join(__doc__.split("\n")[-5:]))
    parser.add_argument("--quick", action="store_true", help="only 10^3 and 10^4 tasks (under a minute)")
    parser.add_argument("--sizes", help="comma-separated task counts, e.g. 1000,10000 (default 10^3…10^6)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--nx-max-tasks", type=int, default=100_000,
                        help="largest size for the networkx reference projection (default 100000)")
    parser.add_argument("--nx-budget", type=float, default=120.0,
                        help="skip networkx when the previous size predicts more seconds than this (default 120)")
    parser.add_argument("--trace-max-tasks", type=int, default=100_000,
                        help="largest size for the tracemalloc run (default 100000; 0 = never)")
    parser.add_argument("--size-timeout", type=float, default=3600.0,
                        help="skip a size estimated to take longer, and stop a run that does (s, default 3600)")
    parser.add_argument("--query-timeout", type=float, default=600.0,
                        help="stop one analysis after this many seconds and report it skipped (default 600)")
    parser.add_argument("--memory-fraction", type=float, default=0.75,
                        help="share of the available memory a worker may use: larger sizes are not run, and a "
                             "step going over it fails with MemoryError instead of exhausting the machine")
    parser.add_argument("--skip", default="", help="comma-separated analyses not to run (e.g. brokers)")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-networkx", help=argparse.SUPPRESS)
    parser.add_argument("--no-queries", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--skip-queries", default="", help=argparse.SUPPRESS)
    parser.add_argument("--partial", help=argparse.SUPPRESS)
    parser.add_argument("--mem-limit-gb", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker_main(args)

    sizes = sorted({int(s.replace("_", "")) for s in args.sizes.split(",")}) if args.sizes else \
        list(QUICK_SIZES if args.quick else DEFAULT_SIZES)
    mach = machine()
    available_gb = mach["memory_available_gb"] or 8.0
    limit_gb = available_gb * args.memory_fraction
    results: list[dict] = []
    notes: list[str] = []
    ref: dict | None = None  # the largest size whose pipeline completed (for extrapolation)
    # analyses not to run: asked, or failed (memory, time) at a smaller size -> why
    dont_run = {q: "--skip" for q in args.skip.split(",") if q}
    calibration = None
    started = time.perf_counter()
    for n in sizes:
        if ref is None and n > 3 * CALIBRATION_TASKS:
            calibration, _why = _spawn(CALIBRATION_TASKS, args, no_networkx="calibration run", trace=False,
                                       timeout=args.size_timeout, mem_limit_gb=limit_gb, queries=False)
            ref = calibration
        est = _estimate(ref, n)
        entry: dict = {"tasks": n, "skipped": {}}
        if est:
            entry["estimate"] = {"max_rss_gb": round(est["rss_gb"], 2), "seconds": round(est["seconds"], 1),
                                 "from_tasks": est["from_tasks"]}
        reason = None
        if est and est["rss_gb"] > limit_gb:
            reason = (f"estimated {est['rss_gb']:.1f} GB peak RSS for load + incidence (linear from "
                      f"{est['from_tasks']:,} tasks) > {limit_gb:.1f} GB ({args.memory_fraction:.0%} of "
                      f"{available_gb:.1f} GB available)")
        elif est and est["seconds"] > args.size_timeout:
            reason = f"estimated {est['seconds']:.0f} s > --size-timeout {args.size_timeout:.0f} s"
        if reason:
            entry["skipped"]["load"] = reason
            notes.append(f"{n:,} tasks not run: {reason}")
            results.append(_blank(entry))
            continue
        no_nx = None
        if n > args.nx_max_tasks:
            no_nx = f"above --nx-max-tasks {args.nx_max_tasks:,}"
        elif ref and (ref.get("seconds") or {}).get("projection_networkx") is not None:
            predicted = ref["seconds"]["projection_networkx"] * n / ref["tasks"]
            if predicted > args.nx_budget:
                no_nx = f"predicted {predicted:.0f} s > --nx-budget {args.nx_budget:.0f} s"
        info, why = _spawn(n, args, no_networkx=no_nx, trace=False, timeout=args.size_timeout,
                           mem_limit_gb=limit_gb, skip_queries=sorted(dont_run))
        if info is None:
            entry["skipped"]["all"] = why
            notes.append(f"{n:,} tasks did not finish: {why}")
            results.append(_blank(entry))
            continue
        if why:
            notes.append(f"{n:,} tasks stopped in {info.get('stopped_in')}: {why}")
        info.setdefault("skipped", {}).update(entry["skipped"])
        if "estimate" in entry:
            info["estimate"] = entry["estimate"]
        for q, reason in dont_run.items():
            if q in info["skipped"]:
                info["skipped"][q] = f"not run: {reason}"
        failed = [q for _m, q in QUERIES if q in info["skipped"]]
        for q in failed:
            if q not in dont_run and re.search(r"MemoryError|stopped after", info["skipped"][q]):
                dont_run[q] = f"{info['skipped'][q]} at {n:,} tasks"
        if why is None and args.trace_max_tasks and n <= args.trace_max_tasks:
            traced, twhy = _spawn(n, args, no_networkx=no_nx, trace=True, timeout=args.size_timeout * 4,
                                  mem_limit_gb=limit_gb, queries=not args.quick, skip_queries=failed)
            if traced and "peak_mb_by_step" in traced:
                info["peak_mb_scope"] = ("load, incidence, projections" if args.quick else
                                         "all steps" + (f" except {', '.join(failed)}" if failed else ""))
                info["peak_mb"] = traced.get("peak_mb") or max(traced["peak_mb_by_step"].values(), default=None)
                info["peak_mb_by_step"] = traced["peak_mb_by_step"]
                info["max_rss_mb_traced_run"] = traced.get("max_rss_mb")
                if twhy:
                    info["skipped"]["tracemalloc"] = f"partial: {twhy} in {traced.get('stopped_in')}"
            else:
                info["peak_mb"] = None
                info["skipped"]["tracemalloc"] = twhy or "no figures"
        else:
            info["peak_mb"] = None
            info["skipped"].setdefault("tracemalloc", "size did not complete" if why else
                                       f"above --trace-max-tasks {args.trace_max_tasks:,} (tracemalloc ~3x slower)")
        secs = info["seconds"]
        nx_s, sp_s = secs.get("projection_networkx"), secs.get("projection_sparse")
        secs.setdefault("projection_networkx", None)
        info["ratio_networkx_over_sparse"] = round(nx_s / sp_s, 1) if nx_s and sp_s else None
        if no_nx:
            notes.append(f"networkx reference stops at {n:,} tasks: {no_nx}")
        for q in failed:
            notes.append(f"{q} at {n:,} tasks: {info['skipped'][q]}")
        if info.get("max_rss_mb_before_failure"):
            notes.append(f"max RSS at {n:,} tasks includes a failed analysis; "
                         f"{info['max_rss_mb_before_failure']:,.0f} MB before it")
        results.append(info)
        if "projection_sparse" in secs:
            ref = info
    report = {"machine": mach, "seed": args.seed, "wall_seconds": round(time.perf_counter() - started, 1),
              "worker_memory_cap_gb": round(limit_gb, 1), "sizes": results, "notes": notes}
    if calibration:
        report["calibration"] = {k: calibration[k] for k in ("tasks", "seconds", "max_rss_mb", "max_rss_mb_pipeline")
                                 if k in calibration}
    print_table(report)
    print(json.dumps(report, ensure_ascii=False))
    return 0


def _blank(entry: dict) -> dict:
    return {"tasks": entry["tasks"], "assignments": None, "documents": None,
            "seconds": {}, "ratio_networkx_over_sparse": None, "peak_mb": None, "max_rss_mb": None,
            **{k: v for k, v in entry.items() if k != "tasks"}}


def print_table(report: dict) -> None:
    m = report["machine"]
    print(f"machine: {m['cpu_count']} cpus ({m.get('cpu_model')}), {m.get('memory_total_gb')} GB, "
          f"Python {m['python']}, networkx {m['networkx']}, scipy {m['scipy']}")
    sizes = report["sizes"]
    names = []
    for s in sizes:
        for k in s["seconds"]:
            if k not in names:
                names.append(k)
    order = [k for k in STEPS if k in names] + [k for k in names if k not in STEPS]
    head = ["step"] + [f"{s['tasks']:,}" for s in sizes]
    rows = [["documents"] + [_fmt(s.get("documents")) for s in sizes],
            ["assignments"] + [_fmt(s.get("assignments")) for s in sizes],
            ["units"] + [_fmt(s.get("units")) for s in sizes]]
    rows += [[f"{k} (s)"] + [_fmt(s["seconds"].get(k), 3) for s in sizes] for k in order]
    rows += [["networkx / sparse"] + [_fmt(s.get("ratio_networkx_over_sparse"), 1, "x") for s in sizes],
             ["projections agree"] + [_fmt(s.get("projection_agrees")) for s in sizes],
             ["tracemalloc peak (MB)"] + [_fmt(s.get("peak_mb"), 0) for s in sizes],
             ["max RSS (MB)"] + [_fmt(s.get("max_rss_mb"), 0) for s in sizes],
             ["  before a failed step"] + [_fmt(s.get("max_rss_mb_before_failure"), 0) for s in sizes],
             ["  after load+incidence"] + [_fmt(s.get("max_rss_mb_pipeline"), 0) for s in sizes],
             ["load warnings"] + [_fmt(s.get("warnings")) for s in sizes]]
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    print("  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(head, widths))))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
    for s in sizes:
        for what, why in (s.get("skipped") or {}).items():
            print(f"skipped at {s['tasks']:,} tasks: {what}: {why}")
    for note in report.get("notes", []):
        print(f"note: {note}")


def _fmt(value, digits: int | None = None, suffix: str = "") -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "NO"
    if isinstance(value, float) and digits is not None:
        return f"{value:,.{digits}f}{suffix}"
    if isinstance(value, int):
        return f"{value:,}{suffix}"
    return f"{value}{suffix}"


if __name__ == "__main__":
    sys.exit(main())

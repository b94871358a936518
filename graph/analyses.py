"""Every analysis the CLI offers as one function of the store: filters in, a pandas DataFrame out.

Each function takes an open store (embedded or Neo4j, see :func:`graph.store.open_store`) and the same
filters as the commands — ``doc``, ``domain``, ``expand_groups`` — resolves unit names the way the CLI does
(any spelling, alias or former name; an unknown name raises :class:`graph.errors.NotFound` with a
suggestion), and returns a DataFrame. The functions in ``coownership``, ``workload``, ``centrality`` … do
the work on an :class:`graph.incidence.Incidence`; these pick the incidence from the store.

Examples
--------
>>> from pathlib import Path
>>> import loaders
>>> from agencygraph.graph.nx_store import NetworkxStore
>>> store = NetworkxStore(None)  # in memory; open_store("agencygraph.db") opens the CLI's store
>>> _ = store.write([loaders.load(p) for p in sorted((Path(loaders.__file__).parent.parent / "examples").glob("*.txt"))])
>>> coowners(store, "市旅游委").head(2)[["partner", "shared"]].values.tolist()  # the 2019 name of 市文旅局
[['市商务局', 3], ['市委外办', 3]]
>>> workload(store, top=3)[["unit", "leads", "assists"]].values.tolist()
[['市经信局', 19, 12], ['市科技局', 12, 17], ['市商务局', 10, 20]]
>>> workload(store, by="year").columns.tolist()
['unit', '2023', '2024', 'no deadline']
>>> flags(store, only=["bogus"])
Traceback (most recent call last):
...
agencygraph.graph.errors.BadValue: unknown flag 'bogus'; one of multi_lead, group_lead, no_lead, lead_also_assists, domain_lead_idle
"""

from __future__ import annotations

import math

import pandas as pd

from .errors import BadValue

__all__ = ["resolve_unit", "coowners", "top_pairs", "coownership_matrix", "workload", "flags", "diff",
           "centrality", "communities", "brokers", "structure", "WORKLOAD_BY", "STRUCTURE_BY"]

WORKLOAD_BY = ("unit", "domain", "year", "quarter", "function")
STRUCTURE_BY = ("all", "doc", "year")


def _choice(value, choices, what: str):
    if value not in choices:
        raise BadValue(f"unknown {what} {value!r}; one of {', '.join(choices)}")
    return value


def _top(df: pd.DataFrame, top: int | None) -> pd.DataFrame:
    return df.head(top).reset_index(drop=True) if top else df


def resolve_unit(store, unit: str) -> str:
    """The canonical name of a unit or group from any spelling (alias, former name, misprint the alias
    file knows); :class:`graph.errors.NotFound` with a did-you-mean otherwise."""
    if hasattr(store, "unit_name"):  # the embedded store names it with an index lookup (no count of its tasks)
        return store.unit_name(unit)
    return store.units(unit=unit)[0]["name"]


def _inc(store, doc, domain, expand_groups):
    return store.incidence(doc=doc, domain=domain, expand_groups=expand_groups)


def coowners(store, unit: str | None = None, *, doc: str | None = None, domain: str | None = None,
             expand_groups: bool = False, min_shared: int = 1, top: int | None = None,
             by: str = "unit") -> pd.DataFrame:
    """``unit``'s partners: ``partner``, ``shared`` tasks, the four role pairs (``unit``'s role first) and the
    ``tasks``; without a unit, the co-owning pairs (:func:`top_pairs`). ``by="function"``: the same by function
    class (the tasks ``unit`` shares with each class, or the tasks each pair of classes shares)."""
    from .coownership import coowners as partners

    _choice(by, ("unit", "function"), "--by")
    if by == "function":
        from .functions import coowners_by_function

        inc = _inc(store, doc, domain, expand_groups)
        df = coowners_by_function(inc, resolve_unit(store, unit) if unit else None)
        return _top(df[df["shared"] >= min_shared].reset_index(drop=True), top)
    if unit is None:
        return top_pairs(store, doc=doc, domain=domain, expand_groups=expand_groups, min_shared=min_shared, top=top)
    return _top(partners(_inc(store, doc, domain, expand_groups), resolve_unit(store, unit), min_shared, top), top)


def top_pairs(store, *, doc=None, domain=None, expand_groups=False, min_shared: int = 1, weighting: str = "count",
              top: int | None = None) -> pd.DataFrame:
    """Pairs of units sharing the most tasks: ``unit_a``, ``unit_b``, ``shared``."""
    from .coownership import top_pairs as pairs

    return _top(pairs(_inc(store, doc, domain, expand_groups), min_shared, weighting), top)


def coownership_matrix(store, *, doc=None, domain=None, expand_groups=False, weighting: str = "count") -> pd.DataFrame:
    """The unit × unit co-ownership matrix (shared tasks, or the weighting's tie weights)."""
    from .coownership import coownership_matrix as matrix

    return matrix(_inc(store, doc, domain, expand_groups), weighting)


def workload(store, *, doc=None, domain=None, expand_groups=False, lead_weight: float = 2.0,
             assist_weight: float = 1.0, by: str = "unit", top: int | None = None) -> pd.DataFrame:
    """Coordination load, heaviest first: per unit (``by="unit"``), or a unit × domain / year / quarter matrix
    whose rows come in the same order (weighted load, then name), so ``top`` keeps the heaviest units.

    The year and quarter matrices end with a ``no deadline`` column for tasks without one (the 2018 plan's),
    as ``chart deadlines`` and ``structure --by year`` show them.
    """
    from .workload import load_by_deadline, load_by_domain, workload as load

    _choice(by, WORKLOAD_BY, "--by")
    inc = _inc(store, doc, domain, expand_groups)
    per_unit = load(inc, lead_weight, assist_weight)
    if by == "unit":
        return _top(per_unit, top)
    if by == "function":
        from .functions import workload_by_function

        return _top(workload_by_function(per_unit), top)
    matrix = load_by_domain(inc) if by == "domain" else load_by_deadline(inc, by)
    matrix = matrix.reindex(per_unit["unit"])
    return _top(matrix.reset_index(), top)


def flags(store, *, doc=None, domain=None, expand_groups=False, only: list[str] | tuple = (),
          top: int | None = None) -> pd.DataFrame:
    """Flagged tasks: ``doc``, ``number``, ``domain``, ``flag``, ``units`` (see :mod:`graph.flags`)."""
    from .flags import FLAGS, flags as find

    for flag in only or ():
        _choice(flag, FLAGS, "flag")
    inc = _inc(store, doc, domain, expand_groups)
    return _top(find(None, doc, domain, inc=inc, only=list(only or ())), top)  # the incidence is enough


def diff(store, doc_a: str | list[str], doc_b: str | list[str], *, domain: str | None = None,
         expand_groups: bool = False, top: int | None = None, by: str = "unit") -> pd.DataFrame:
    """How each unit's role changed from ``doc_a`` to ``doc_b`` (each a document, a list of them, or a place:
    every document of 武汉市), inside ``domain`` when given (a number or part of a title, matched in either
    document). ``by="function"`` compares the two sides by function class (two places, as the policy-network
    studies compare cities: how much of each side's leading each class does)."""
    from .diff import diff as compare
    from .listing import resolve_doc

    _choice(by, ("unit", "function"), "--by")
    graph = store.skeleton()  # documents, domains and units: no task or assignment is needed
    docs_a = _place_docs(graph, [doc_a] if isinstance(doc_a, str) else list(doc_a))
    docs_b = _place_docs(graph, [doc_b] if isinstance(doc_b, str) else list(doc_b))
    if by == "function":
        from .functions import diff_by_function
        from .incidence import subset, task_column
        from .workload import workload as load

        keys_a = {resolve_doc(graph, d) for d in docs_a}
        keys_b = {resolve_doc(graph, d) for d in docs_b}
        inc = store.incidence(domain=domain, expand_groups=expand_groups, docs=sorted(keys_a | keys_b)) if domain \
            else store.incidence(expand_groups=expand_groups)
        sides = [load(subset(inc, [d in keys for d in task_column(inc, "doc")])) for keys in (keys_a, keys_b)]
        return _top(diff_by_function(*sides), top)
    df = _diff_units(store, graph, docs_a, docs_b, domain, expand_groups)
    return _top(_renamed(store, df), top)


def _renamed(store, df: pd.DataFrame) -> pd.DataFrame:
    """The former names (dated renames of the alias files) side A wrote a unit by: 市交通运输委 (2019)."""
    if hasattr(store, "db"):  # the embedded store: the few units with former names, not a count of every unit
        from .sqlite_schema import from_sql

        rows = [(n, from_sql("predecessors", p)) for n, p in store.db.execute(
            "SELECT name, predecessors FROM units WHERE predecessors IS NOT NULL AND predecessors != '[]'")]
    else:
        rows = [(u["name"], u.get("predecessors")) for u in store.units()]
    former = {name: {p.rsplit(" (", 1)[0]: p for p in preds} for name, preds in rows if preds}
    df = df.copy()
    df["renamed_from"] = [[former[unit][s] for s in spelled if s in former.get(unit, {})]
                          for unit, spelled in zip(df["unit"], df["spelled_a"])]
    return df


def _diff_units(store, graph, docs_a, docs_b, domain, expand_groups) -> pd.DataFrame:
    from .diff import diff as compare
    from .listing import resolve_doc

    keys = sorted({resolve_doc(graph, d) for d in docs_a + docs_b})
    inc = store.incidence(domain=domain, expand_groups=expand_groups, docs=keys) if domain else \
        store.incidence(expand_groups=expand_groups)
    return compare(graph, docs_a, docs_b, expand_groups, inc=inc)


def _place_docs(graph, values: list[str]) -> list[str]:
    """Documents as given, a place (武汉市, 许昌市: the jurisdiction documents were stored with) standing for
    every document of it."""
    out = []
    for value in values:
        of_place = sorted(a["key"] for _n, a in graph.nodes(data=True)
                          if a.get("label") == "Document" and a.get("jurisdiction") == value)
        out.extend(of_place or [value])
    return out


def centrality(store, *, doc=None, domain=None, expand_groups=False, weighting: str = "count", seed: int = 0,
               two_mode: bool = False, top: int | None = None) -> pd.DataFrame:
    """Six centralities of every unit with ranks (``two_mode``: on the unit–task graph instead)."""
    from .centrality import bipartite_centrality, centrality as measure

    inc = _inc(store, doc, domain, expand_groups)
    return _top(bipartite_centrality(inc) if two_mode else measure(inc, weighting, seed), top)


def communities(store, *, doc=None, domain=None, expand_groups=False, weighting: str = "count", seed: int = 42,
                resolution: float = 1.0, top: int | None = None) -> pd.DataFrame:
    """Louvain communities (0-based, largest first) with their units and domains; ``attrs`` holds modularity."""
    from .communities import communities as detect

    df = detect(_inc(store, doc, domain, expand_groups), weighting, seed, resolution)
    attrs = dict(df.attrs)
    df = _top(df, top)
    df.attrs.update(attrs)
    return df


def brokers(store, *, doc=None, domain=None, expand_groups=False, weighting: str = "count", min_domains: int = 2,
            top: int | None = None) -> pd.DataFrame:
    """Brokers: betweenness, domains spanned, domain pairs connected, Burt's effective size and constraint."""
    from .brokers import brokers as find

    return _top(find(_inc(store, doc, domain, expand_groups), weighting, min_domains), top)


def structure(store, *, doc=None, domain=None, expand_groups=False, weighting: str = "count", by: str = "all",
              top: int | None = None) -> pd.DataFrame:
    """Whole-network structure as ``measure`` / ``value`` / ``note`` rows (``by="all"``), or one row per
    document or deadline year (``by="doc"`` / ``"year"``, tasks without a deadline under ``no deadline``).

    A domain's E–I index is undefined (None) when no tie starts at its units; the note says so.
    """
    from .structure import structure as whole, structure_by

    _choice(by, STRUCTURE_BY, "--by")
    inc = _inc(store, doc, domain, expand_groups)
    if by != "all":
        return _top(structure_by(inc, by, weighting), top)
    return _top(structure_rows(whole(inc, weighting)), top)


def structure_rows(result: dict) -> pd.DataFrame:
    """The structure dict as measure / value / note rows: the core–periphery split, each clique and each
    domain's E–I index a row of its own."""
    rows = []
    for key, value in result.items():
        if key == "ei_index":
            for ei in value.values():
                row = {"measure": f"ei_index {ei['title']}", "value": ei["ei_index"], "note": None}
                if isinstance(ei["ei_index"], float) and math.isnan(ei["ei_index"]):
                    row["value"] = None
                    row["note"] = (f"undefined: no tie starts at this domain's units ({ei['units']} at home here; "
                                   f"a unit's home is the domain where it has most tasks)")
                rows.append(row)
        elif key == "core_periphery" and value:
            rows += [{"measure": "core_periphery_core", "value": value["core"], "note": None},
                     {"measure": "core_periphery_fit", "value": round(value["fit"], 4), "note": None}]
        elif key == "cliques":
            rows += [{"measure": f"clique {i}", "value": clique, "note": None} for i, clique in enumerate(value, 1)]
        else:
            rows.append({"measure": key, "value": value, "note": None})
    return pd.DataFrame(rows, columns=["measure", "value", "note"])

"""Network measures (centrality, communities, brokers, structure) against hand-derived values and networkx."""

from fractions import Fraction
from itertools import combinations
from math import sqrt

import networkx as nx
import numpy as np
import pytest
import scipy.sparse as sp

from graph.brokers import brokers, burt, structural_holes
from graph.centrality import (MEASURE_NOTES, MEASURES, bipartite_centrality, centrality, closeness, eigenvector,
                              weighted_graph)
from graph.communities import communities
from graph.incidence import Incidence, incidence, projection
from graph.structure import SLICE_COLUMNS, core_periphery, structure, structure_by, subset


def make_inc(tasks, domains=None, titles=None, deadlines=None):
    """An Incidence from tasks given as (lead, [assists]); units in name order."""
    units = sorted({u for lead, assists in tasks for u in [lead, *assists]})
    row = {u: i for i, u in enumerate(units)}
    lead = sp.lil_matrix((len(units), len(tasks)))
    assist = sp.lil_matrix((len(units), len(tasks)))
    for j, (ld, assists) in enumerate(tasks):
        lead[row[ld], j] = 1
        for a in assists:
            assist[row[a], j] = 1
    info = [{"key": f"d#{j + 1}", "doc": "d", "number": str(j + 1),
             "domain": (domains or [None] * len(tasks))[j], "deadline": (deadlines or [None] * len(tasks))[j]}
            for j in range(len(tasks))]
    return Incidence(units=units, kinds=["municipal_department"] * len(units), tasks=info,
                     lead=lead.tocsr(), assist=assist.tocsr(), domain_titles=titles or {})


STAR = [("a", ["b"]), ("a", ["c"]), ("a", ["d"]), ("a", ["e"])]
PATH = [("a", ["b"]), ("b", ["c"]), ("c", ["d"])]
BRIDGED = [("a", ["b", "c"]), ("d", ["e", "f"]), ("c", ["d"])]  # two triangles, tie c–d
BRIDGED_DOMAINS = ["d#D1", "d#D2", "d#D3"]
TITLES = {"d#D1": "X", "d#D2": "Y", "d#D3": "Z"}


def by_unit(df, column):
    return dict(zip(df["unit"], df[column]))


# -- centrality: hand-derived values ---------------------------------------------------------------

def test_star_centrality_by_hand():
    df = centrality(make_inc(STAR))
    assert df["unit"].iloc[0] == "a"
    assert by_unit(df, "degree") == {"a": 4, "b": 1, "c": 1, "d": 1, "e": 1}
    assert by_unit(df, "betweenness") == pytest.approx({"a": 1.0, "b": 0, "c": 0, "d": 0, "e": 0})
    assert by_unit(df, "closeness") == pytest.approx({"a": 1.0, **{u: 4 / 7 for u in "bcde"}})
    assert by_unit(df, "eigenvector") == pytest.approx({"a": 1 / sqrt(2), **{u: 1 / (2 * sqrt(2)) for u in "bcde"}})
    # pagerank: c = 0.15/5 + 0.85·4l, l = 0.15/5 + 0.85·c/4
    c = 0.132 / 0.2775
    assert by_unit(df, "pagerank") == pytest.approx({"a": c, **{u: 0.03 + 0.2125 * c for u in "bcde"}}, abs=1e-9)
    for m in MEASURES:
        assert by_unit(df, f"{m}_rank") == {"a": 1, "b": 2, "c": 2, "d": 2, "e": 2}, m
    assert set(MEASURES) <= set(MEASURE_NOTES)


def test_path_centrality_by_hand():
    df = centrality(make_inc(PATH))
    assert by_unit(df, "betweenness") == pytest.approx({"a": 0, "b": 2 / 3, "c": 2 / 3, "d": 0})
    assert by_unit(df, "closeness") == pytest.approx({"a": 0.5, "b": 0.75, "c": 0.75, "d": 0.5})
    assert by_unit(df, "betweenness_rank") == {"a": 3, "b": 1, "c": 1, "d": 3}


def test_weights_are_turned_into_distances():
    # a–b and b–c share three tasks each, a–c one: the strong two-step path (1/3 + 1/3) beats the weak tie (1)
    inc = make_inc([("a", ["b"])] * 3 + [("b", ["c"])] * 3 + [("a", ["c"])])
    df = centrality(inc)
    assert by_unit(df, "weighted_degree") == {"a": 4.0, "b": 6.0, "c": 4.0}
    assert by_unit(df, "betweenness") == pytest.approx({"a": 0, "b": 1.0, "c": 0})
    assert by_unit(df, "closeness")["a"] == pytest.approx(2 / (1 / 3 + 2 / 3))
    assert df["unit"].tolist() == ["b", "a", "c"]


def test_eigenvector_on_disconnected_graphs_is_the_power_iteration_limit():
    tri_and_edge = make_inc([("a", ["b", "c"]), ("x", ["y"]), ("z", [])])
    eig = by_unit(centrality(tri_and_edge), "eigenvector")
    assert eig == pytest.approx({"a": 1 / sqrt(3), "b": 1 / sqrt(3), "c": 1 / sqrt(3), "x": 0, "y": 0, "z": 0})
    two_triangles = make_inc([("a", ["b", "c"]), ("d", ["e", "f"])])
    g = weighted_graph(two_triangles)
    reference = nx.eigenvector_centrality(g, weight="weight", max_iter=1000, tol=1e-12)
    assert by_unit(centrality(two_triangles), "eigenvector") == pytest.approx(reference, abs=1e-6)
    assert eigenvector(sp.csr_matrix((2, 2))).tolist() == pytest.approx([1 / sqrt(2)] * 2)


def test_eigenvector_of_a_large_component_uses_lanczos_and_agrees():
    g = nx.gnm_random_graph(1200, 6000, seed=1)  # above the dense limit (1000 units)
    w = nx.to_scipy_sparse_array(g, weight=None)
    vals, vecs = np.linalg.eigh(w.toarray())
    assert eigenvector(w) == pytest.approx(np.abs(vecs[:, -1]), abs=1e-9)


def test_bipartite_star_by_hand_and_against_networkx():
    inc = make_inc(STAR + [("b", ["c"])])
    df = bipartite_centrality(inc)
    assert by_unit(df, "tasks") == {"a": 4, "b": 2, "c": 2, "d": 1, "e": 1}
    assert by_unit(df, "degree_centrality") == pytest.approx({"a": 0.8, "b": 0.4, "c": 0.4, "d": 0.2, "e": 0.2})
    tasks = STAR + [("b", ["c"])]
    two_mode = nx.Graph([(u, ("t", j)) for j, (ld, assists) in enumerate(tasks) for u in [ld, *assists]])
    reference = nx.algorithms.bipartite.betweenness_centrality(two_mode, list("abcde"))
    assert by_unit(df, "betweenness") == pytest.approx({u: reference[u] for u in "abcde"})
    assert df["unit"].iloc[0] == "a"
    # one unit, two tasks: networkx's task-side maximum is 0; the unit still lies between the tasks
    assert bipartite_centrality(make_inc([("a", []), ("a", [])]))["betweenness"].tolist() == [1.0]


# -- structure, communities, brokers: hand-derived values ------------------------------------------

def test_star_and_path_structure_by_hand():
    s = structure(make_inc(STAR))
    assert (s["units"], s["ties"], s["density"], s["components"]) == (5, 4, 0.4, 1)
    assert s["degree_centralization"] == pytest.approx(1.0)
    assert s["betweenness_centralization"] == pytest.approx(1.0)
    assert (s["core_k"], s["core_units"]) == (1, list("abcde"))
    assert s["core_periphery"] == {"core": ["a"], "size": 1, "fit": pytest.approx(1.0)}
    assert (s["max_clique"], s["max_clique_count"]) == (2, 4)
    assert structure(make_inc(STAR), clique_limit=2)["cliques"] == [["a", "b"], ["a", "c"]]
    p = structure(make_inc(PATH))
    assert p["degree_centralization"] == pytest.approx(2 / 6)
    assert p["betweenness_centralization"] == pytest.approx((4 / 3) / 3)
    assert p["core_periphery"] == {"core": ["b", "c"], "size": 2, "fit": pytest.approx(1 / sqrt(5))}


def test_bridged_triangles_structure_by_hand():
    inc = make_inc(BRIDGED, BRIDGED_DOMAINS, TITLES)
    s = structure(inc)
    assert (s["units"], s["ties"]) == (6, 7)
    assert s["density"] == pytest.approx(7 / 15)
    assert s["degree_centralization"] == pytest.approx(4 / 20)
    assert s["betweenness_centralization"] == pytest.approx(4 * 0.6 / 5)
    assert (s["core_k"], len(s["core_units"])) == (2, 6)
    assert (s["max_clique"], s["cliques"]) == (3, [["a", "b", "c"], ["d", "e", "f"]])
    # home: a, b, c in X (c: one task in X, one in Z, the smaller key wins), d, e, f in Y; nobody in Z
    assert s["ei_index"]["d#D1"] == {"title": "X", "units": 3, "internal": 3, "external": 1, "ei_index": -0.5}
    assert s["ei_index"]["d#D2"]["ei_index"] == -0.5
    assert s["ei_index"]["d#D3"]["units"] == 0 and np.isnan(s["ei_index"]["d#D3"]["ei_index"])


def brute_force_core(adj):
    """Best Borgatti–Everett fit over every proper subset (ideal: core–core and core–periphery tied)."""
    n = adj.shape[0]
    pairs = list(combinations(range(n), 2))
    observed = np.array([adj[i, j] for i, j in pairs])
    best = -2.0
    for size in range(1, n - 1):
        for core in combinations(range(n), size):
            ideal = np.array([i in core or j in core for i, j in pairs], dtype=float)
            best = max(best, np.corrcoef(ideal, observed)[0, 1])
    return best


CORE_AND_PERIPHERY = [("a", ["b", "c", "d"]), ("a", ["e"]), ("b", ["f"]), ("c", ["g", "a"]), ("d", ["h", "b"])]


@pytest.mark.parametrize("tasks", [STAR, PATH, STAR + [("b", ["c"])], CORE_AND_PERIPHERY])
def test_core_periphery_heuristic_finds_the_best_partition_on_small_graphs(tasks):
    inc = make_inc(tasks)
    adj = (projection(inc) > 0).astype(float).toarray()
    deg = adj.sum(axis=1)
    core, fit = core_periphery(sp.csr_matrix(adj), np.lexsort((np.arange(len(deg)), -deg)))
    pairs = list(combinations(range(len(deg)), 2))
    ideal = np.array([i in core or j in core for i, j in pairs], dtype=float)
    assert fit == pytest.approx(np.corrcoef(ideal, [adj[i, j] for i, j in pairs])[0, 1])  # the fit of that core
    assert fit == pytest.approx(brute_force_core(adj))


def test_core_periphery_is_a_local_optimum_without_such_structure():
    # two bridged triangles have no core: several 4-unit "cores" fit 0.25, the search stops at {c, d} (0.218)
    s = structure(make_inc(BRIDGED))
    assert s["core_periphery"] == {"core": ["c", "d"], "size": 2, "fit": pytest.approx(sqrt(3 / 63))}
    assert s["core_periphery"]["fit"] < brute_force_core((projection(make_inc(BRIDGED)) > 0).toarray())


def test_bridged_triangles_communities_and_brokers_by_hand():
    inc = make_inc(BRIDGED, BRIDGED_DOMAINS, TITLES)
    df = communities(inc)
    assert df.groupby("community")["unit"].apply("".join).tolist() == ["abc", "def"]
    assert df.attrs["modularity"] == pytest.approx(2 * (3 / 7 - (7 / 14) ** 2))
    assert by_unit(df, "domains")["c"] == ["X", "Z"]  # X: one task (the triangle), Z: the bridge; ties by key
    b = brokers(inc)
    assert b["unit"].tolist()[:2] == ["c", "d"]
    top = b.iloc[0]
    assert (top["betweenness"], top["domains"], top["domain_pairs"]) == (pytest.approx(0.6), 2, ["X | Z"])
    assert top["effective_size"] == pytest.approx(3 - 2 / 3)  # three partners, a–b redundant
    assert top["constraint"] == pytest.approx(2 * (1 / 3 + 1 / 6) ** 2 + (1 / 3) ** 2)
    assert by_unit(b, "spans_domains") == {"a": False, "b": False, "c": True, "d": True, "e": False, "f": False}
    assert not brokers(inc, min_domains=3)["spans_domains"].any()


def test_units_without_ties():
    inc = make_inc([("a", []), ("b", ["c"])])
    df = communities(inc)
    assert df.groupby("community")["unit"].apply("".join).tolist() == ["bc", "a"]
    holes = structural_holes(inc)
    assert holes["unit"].tolist()[-1] == "a" and holes.iloc[-1][["effective_size", "constraint"]].isna().all()
    alone = make_inc([("a", [])])
    assert np.isnan(communities(alone).attrs["modularity"])
    s = structure(alone)
    assert (s["units"], s["ties"], s["max_clique"], s["core_periphery"]) == (1, 0, 1, None)
    assert np.isnan(s["density"]) and np.isnan(s["degree_centralization"])
    empty = subset(alone, [False])
    assert centrality(empty).empty and bipartite_centrality(empty).empty and structure(empty)["units"] == 0


def test_subset_and_slices():
    inc = make_inc(BRIDGED, deadlines=["2023-12", None, "2024-06"])
    sub = subset(inc, [True, False, True])
    assert sub.units == ["a", "b", "c", "d"] and sub.task_numbers() == ["1", "3"]
    with pytest.raises(ValueError, match="task_mask has 2 entries but the incidence has 3 tasks"):
        subset(inc, [True, False])
    df = structure_by(inc, "year")
    assert df.columns.tolist() == SLICE_COLUMNS
    assert df[["slice", "tasks", "units", "ties"]].values.tolist() == [["2023", 1, 3, 3], ["2024", 1, 2, 1],
                                                                     ["no deadline", 1, 3, 3]]
    with pytest.raises(ValueError, match="unknown slice_by 'month'"):
        structure_by(inc, "month")


# -- the same numbers as networkx ------------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus():
    from graph.nx_store import NetworkxStore
    from loaders import load_documents

    store = NetworkxStore(None)
    store.write(load_documents(["examples"]).results)
    return store.graph()


@pytest.mark.parametrize("weighting", ["count", "newman", "lead"])
def test_centrality_equals_networkx_on_the_corpus(corpus, weighting):
    inc = incidence(corpus)
    df = centrality(inc, weighting)
    g = nx.Graph()
    g.add_nodes_from(inc.units)
    w = sp.triu(projection(inc, weighting), k=1).tocoo()
    g.add_edges_from((inc.units[i], inc.units[j], {"weight": x, "distance": 1 / x})
                     for i, j, x in zip(w.row, w.col, w.data))
    assert nx.is_connected(g)
    assert by_unit(df, "degree") == dict(g.degree())
    assert by_unit(df, "weighted_degree") == pytest.approx(dict(g.degree(weight="weight")))
    # The reference runs on exact rational distances: on floats, networkx misses shortest paths whose lengths
    # differ only by rounding (1/2 + 1/6 against 1/3 + 1/3), which the corpus has.
    exact = nx.Graph()
    exact.add_nodes_from(g)
    exact.add_edges_from((u, v, {"distance": 1 / Fraction(d["weight"]).limit_denominator(10**6)})
                         for u, v, d in g.edges(data=True))
    reference = {u: float(x) for u, x in nx.betweenness_centrality(exact, weight="distance").items()}
    assert by_unit(df, "betweenness") == pytest.approx(reference, rel=1e-12, abs=1e-15)
    assert by_unit(df, "closeness") == pytest.approx(nx.closeness_centrality(g, distance="distance"))
    assert by_unit(df, "eigenvector") == pytest.approx(nx.eigenvector_centrality_numpy(g, weight="weight"))
    assert by_unit(df, "pagerank") == pytest.approx(nx.pagerank(g, weight="weight", tol=1e-12))
    if weighting != "newman":  # networkx's per-node loop takes seconds: once, on the fractional weights
        return
    holes = structural_holes(inc, weighting)
    # nodes=...: networkx 3.6's all-nodes sparse path normalises m_jq by column maxima (networkx PR #8906)
    assert by_unit(holes, "effective_size") == pytest.approx(nx.effective_size(g, nodes=list(g), weight="weight"))
    assert by_unit(holes, "constraint") == pytest.approx(nx.constraint(g, weight="weight"))


def test_burt_equals_networkx_on_small_weighted_graphs():
    g = nx.Graph()
    g.add_weighted_edges_from([(0, 1, 2.0), (0, 2, 1.0), (1, 2, 3.0), (2, 3, 1.0), (3, 4, 0.5)])
    g.add_node(5)
    effective, constraint = burt(nx.to_scipy_sparse_array(g, nodelist=range(6)))
    ref_es, ref_c = nx.effective_size(g, nodes=list(g), weight="weight"), nx.constraint(g, weight="weight")
    assert nx.effective_size(g, weight="weight")[1] == pytest.approx(1.6)  # the networkx bug; 1.5667 is right
    assert effective[:5].tolist() == pytest.approx([ref_es[i] for i in range(5)])
    assert constraint[:5].tolist() == pytest.approx([ref_c[i] for i in range(5)])
    assert np.isnan(effective[5]) and np.isnan(ref_es[5])


def test_structure_and_communities_equal_networkx_on_the_corpus(corpus):
    inc = incidence(corpus)
    g = weighted_graph(inc)
    s = structure(inc)
    assert (s["units"], s["ties"], s["density"]) == (g.number_of_nodes(), g.number_of_edges(), nx.density(g))
    assert s["core_units"] == sorted(nx.k_core(g))
    assert s["max_clique"] == nx.max_weight_clique(g, weight=None)[1]
    df = communities(inc)
    parts = df.groupby("community")["unit"].apply(set).tolist()
    assert df.attrs["modularity"] == pytest.approx(nx.community.modularity(g, parts, weight="weight"))
    assert [len(p) for p in parts] == sorted((len(p) for p in parts), reverse=True)
    assert (df["size"] == df.groupby("community")["unit"].transform("size")).all()


# -- the bundled corpus ----------------------------------------------------------------------------

def test_2023_weighted_degree_leader_and_consistent_ranks(corpus):
    inc = incidence(corpus, doc="2023")
    totals = np.asarray(projection(inc).sum(axis=1)).ravel()
    df = centrality(inc)
    assert df["unit"].iloc[0] == inc.units[int(np.argmax(totals))]
    assert df["weighted_degree"].iloc[0] == totals.max()
    assert sorted(df["weighted_degree"]) == sorted(totals)
    for m in MEASURES:
        ranked = df.sort_values(f"{m}_rank")
        assert ranked[m].is_monotonic_decreasing, m
        assert (df[f"{m}_rank"] == 1).sum() >= 1 and df[f"{m}_rank"].min() == 1, m
        higher = df[m].to_numpy()[:, None] > df[m].to_numpy()[None, :] + 1e-9
        assert (df[f"{m}_rank"].to_numpy()[:, None] < df[f"{m}_rank"].to_numpy()[None, :])[higher].all(), m


def test_communities_are_reproducible(corpus):
    inc = incidence(corpus)
    first, second = communities(inc, seed=7), communities(inc, seed=7)
    assert first.attrs["communities"] == second.attrs["communities"] == first["community"].nunique()
    assert first.equals(second)
    assert 0 < first.attrs["modularity"] < 1


def test_sampled_betweenness(corpus):
    inc = incidence(corpus)
    exact = centrality(inc)
    assert exact.attrs["betweenness_pivots"] is None
    every = centrality(inc, exact_limit=10, k=len(inc.units))  # every unit a pivot: the exact values
    assert every.attrs["betweenness_pivots"] == len(inc.units)
    assert by_unit(every, "betweenness") == pytest.approx(by_unit(exact, "betweenness"))
    a, b = centrality(inc, exact_limit=10, k=20, seed=3), centrality(inc, exact_limit=10, k=20, seed=3)
    assert a.equals(b)


def test_slices_of_the_corpus(corpus):
    inc = incidence(corpus)
    by_doc = structure_by(corpus, "doc")
    assert by_doc["slice"].tolist() == sorted({t["doc"] for t in inc.tasks})
    for row in by_doc.itertuples():
        whole = structure(incidence(corpus, doc=row.slice))
        assert (row.units, row.ties, row.max_clique, row.core_k) == (whole["units"], whole["ties"],
                                                                     whole["max_clique"], whole["core_k"])
        assert row.density == pytest.approx(whole["density"])
    by_year = structure_by(inc, "year")
    assert by_year["tasks"].sum() == len(inc.tasks)
    assert by_year["slice"].iloc[-1] == "no deadline"
    assert structure_by({"all": inc}).iloc[0]["ties"] == structure(inc)["ties"]


def test_closeness_equals_networkx_on_a_disconnected_weighted_graph_in_blocks():
    rng = np.random.default_rng(7)
    n = 60
    w = sp.random(n, n, density=0.04, random_state=rng, data_rvs=lambda k: rng.integers(1, 6, k)).toarray()
    w = np.triu(w, 1)
    w = w + w.T
    w[5, :] = w[:, 5] = 0  # an isolated unit
    g = nx.from_numpy_array(w)
    for _u, _v, d in g.edges(data=True):
        d["distance"] = 1 / d["weight"]
    assert nx.number_connected_components(g) > 2
    expected = nx.closeness_centrality(g, distance="distance", wf_improved=True)
    got = closeness(sp.csr_matrix(w), block=7)  # sources in blocks that do not divide n
    assert got.tolist() == pytest.approx([expected[i] for i in range(n)], rel=1e-12)
    assert got[5] == 0.0

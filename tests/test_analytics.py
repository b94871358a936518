"""Co-ownership, workload, flags and diff: numbers derived by hand on a small plan, and rows of the real ones."""

import dataclasses
import itertools

import networkx as nx
import pytest
from networkx.algorithms import bipartite

from graph.coownership import coownership_matrix, coowners, top_pairs
from graph.diff import diff
from graph.flags import flags
from graph.incidence import incidence, projection, projection_graph
from graph.nx_store import NetworkxStore
from graph.workload import load_by_deadline, load_by_domain, workload
from loaders import load

# a = 市教育局, b = 市科技局, c = 市财政局, G = 各区人民政府 (defined as 江岸区 + 江汉区), d = 市民政局
SMALL = """武政办〔2024〕1号
类别\t序号\t试点任务\t牵头单位\t责任单位\t完成时限
一、甲领域(牵头单位:市民政局)\t1\t任务一。\t市教育局\t市科技局、市财政局\t2024年3月
\t2\t任务二。\t市教育局、市科技局\t市财政局\t2024年12月
二、乙领域(牵头单位:市教育局)\t3\t任务三。\t各区人民政府(含江岸区人民政府、江汉区人民政府,下同)\t市教育局\t2025年6月
\t4\t任务四。\t—\t市财政局\t2025年12月
\t5\t任务五。\t市科技局\t市科技局\t2025年12月
"""
# By hand — tasks and their units: T1 {a lead; b, c assist}, T2 {a, b lead; c assist}, T3 {G lead; a assist},
# T4 {no lead; c assist}, T5 {b lead; listed again as assist, kept as lead only}.


@pytest.fixture(scope="module")
def small():
    store = NetworkxStore(None)
    store.write([load("small.txt", text=SMALL)])
    return store


@pytest.fixture(scope="module")
def corpus(result_2018, result_2023):
    store = NetworkxStore(None)
    store.write([result_2018, result_2023])
    return store


def test_incidence_rows_and_columns(small):
    inc = small.incidence()
    assert inc.units == ["各区人民政府", "市教育局", "市科技局", "市财政局"]  # 市民政局 leads a domain, no task
    assert inc.task_numbers() == ["1", "2", "3", "4", "5"]
    # leads: T1 a, T2 a b, T3 G, T5 b; assists: T1 b c, T2 c, T3 a, T4 c
    assert inc.lead.nnz == 5 and inc.assist.nnz == 5


def test_projection_weightings(small):
    inc = small.incidence()
    g = projection_graph(inc, "count")
    # a-b share T1, T2; a-c T1, T2; b-c T1, T2; a-G T3.
    assert {tuple(sorted((u, v))): d["weight"] for u, v, d in g.edges(data=True)} == {
        ("市教育局", "市科技局"): 2, ("市教育局", "市财政局"): 2, ("市科技局", "市财政局"): 2,
        ("各区人民政府", "市教育局"): 1}
    newman = projection_graph(inc, "newman")
    # T1 and T2 have 3 units each (1/2 per pair), T3 has 2 (1/1): a-b = 1/2 + 1/2 = 1; a-G = 1.
    assert newman["市教育局"]["市科技局"]["weight"] == pytest.approx(1.0)
    assert newman["市教育局"]["各区人民政府"]["weight"] == pytest.approx(1.0)
    lead = projection_graph(inc, "lead")
    # a-b: T1 lead-assist (2) + T2 lead-lead (2) = 4; b-c: T1 assist-assist (1) + T2 lead-assist (2) = 3;
    # a-G: T3 assist-lead (2).
    assert (lead["市教育局"]["市科技局"]["weight"], lead["市科技局"]["市财政局"]["weight"],
            lead["市教育局"]["各区人民政府"]["weight"]) == (4.0, 3.0, 2.0)


def test_coowners_by_role_pair(small):
    df = coowners(small.incidence(), "市教育局")
    rows = {r["partner"]: r for r in df.to_dict("records")}
    assert list(df["partner"]) == ["市科技局", "市财政局", "各区人民政府"]
    assert {k: rows["市科技局"][k] for k in ("shared", "lead_lead", "lead_assist", "assist_lead", "assist_assist")} \
        == {"shared": 2, "lead_lead": 1, "lead_assist": 1, "assist_lead": 0, "assist_assist": 0}
    assert (rows["市财政局"]["lead_assist"], rows["各区人民政府"]["assist_lead"]) == (2, 1)
    assert rows["各区人民政府"]["tasks"] == [{"doc": "武政办〔2024〕1号", "number": "3"}]
    assert list(coowners(small.incidence(), "市教育局", min_shared=2)["partner"]) == ["市科技局", "市财政局"]


def test_top_pairs_and_matrix(small):
    pairs = top_pairs(small.incidence()).values.tolist()
    assert pairs == [["市教育局", "市科技局", 2], ["市教育局", "市财政局", 2], ["市科技局", "市财政局", 2],
                     ["各区人民政府", "市教育局", 1]]
    m = coownership_matrix(small.incidence())
    assert m.loc["市教育局", "市教育局"] == 3 and m.loc["市教育局", "市财政局"] == 2


def test_workload_by_hand(small):
    df = workload(small.incidence()).set_index("unit")
    # b: leads T2, T5; assists T1 (T5 lists it again as assist: lead only); weighted 2×2 + 1 = 5; burden: T2 has
    # 1 assistant, T5 none = 1, over 市财政局 → 1.
    assert df.loc["市科技局"][["leads", "assists", "domains", "partners", "weighted_load", "lead_burden",
                              "lead_burden_units"]].tolist() == [2, 1, 2, 2, 5.0, 1, 1]
    # a: leads T1, T2; assists T3; burden 2 (T1) + 1 (T2) = 3 over 市科技局, 市财政局.
    assert df.loc["市教育局"][["leads", "assists", "domains", "partners", "weighted_load", "lead_burden",
                              "lead_burden_units"]].tolist() == [2, 1, 2, 3, 5.0, 3, 2]
    assert list(df.index) == ["市教育局", "市科技局", "市财政局", "各区人民政府"]  # 5 each: by name
    custom = workload(small.incidence(), lead_weight=1, assist_weight=1).set_index("unit")
    assert custom.loc["市财政局", "weighted_load"] == 3.0


def test_load_matrices(small):
    by_domain = load_by_domain(small.incidence())
    assert by_domain.loc["市财政局"].to_dict() == {"甲领域": 2, "乙领域": 1}
    by_quarter = load_by_deadline(small.incidence(), "quarter")
    assert by_quarter.loc["市科技局"].to_dict() == {"2024-Q1": 1, "2024-Q4": 1, "2025-Q2": 0, "2025-Q4": 1}


def test_load_by_domain_keeps_two_documents_domains_of_one_title_apart(small):
    """Two plans that both have a 甲领域: one column each, named with its document (was: a crash in csv)."""
    store = NetworkxStore(None)
    store.write([load("small.txt", text=SMALL), load("other.txt", text=SMALL.replace("武政办〔2024〕1号", "武政办〔2024〕2号"))])
    columns = list(load_by_domain(store.incidence()).columns)
    assert len(columns) == len(set(columns)) == 4
    assert "甲领域 (武政办〔2024〕2号)" in columns


def test_expand_groups_uses_the_documents_definition(small):
    inc = small.incidence(expand_groups=True)
    assert "各区人民政府" not in inc.units
    partners = coowners(inc, "市教育局")
    # 武政办: a Wuhan document, so 各区人民政府 is the government of each of Wuhan's 13 districts (the gazetteer),
    # 江岸区 and 江汉区 among them
    assert sorted(partners["partner"]) == sorted(["东西湖区人民政府", "新洲区人民政府", "武昌区人民政府", "汉南区人民政府",
                                           "汉阳区人民政府", "江夏区人民政府", "江岸区人民政府", "江汉区人民政府",
                                           "洪山区人民政府", "硚口区人民政府", "市科技局", "市财政局", "蔡甸区人民政府",
                                           "青山区人民政府", "黄陂区人民政府"])


def test_flags_by_hand(small):
    df = flags(small.graph())
    got = [(r["flag"], r["number"], r["units"]) for r in df.to_dict("records")]
    assert got == [
        ("multi_lead", "2", ["市教育局", "市科技局"]),
        ("group_lead", "3", ["各区人民政府"]),
        ("no_lead", "4", ["市财政局"]),
        ("domain_lead_idle", None, ["市民政局"]),  # 甲领域's lead leads none of its tasks
        ("domain_lead_idle", None, ["市教育局"]),  # nor does 乙领域's
    ]
    assert list(flags(small.graph(), only=["no_lead"])["number"]) == ["4"]


def test_a_unit_stored_as_lead_and_assist_of_a_task_is_flagged():
    """The loaders keep a unit listed again among its task's assisting units as lead only (and say so in the load
    report); a store written before, or by other means, may hold both edges: the flag finds them."""
    result = load("small.txt", text=SMALL)
    assert not [a for a in result.assignments if a.task == "5" and a.role == "assist"]
    lead = next(a for a in result.assignments if a.task == "5" and a.role == "lead")
    result.assignments.append(dataclasses.replace(lead, role="assist"))
    store = NetworkxStore(None)
    store.write([result])
    got = [(r["flag"], r["number"], r["units"]) for r in flags(store.graph()).to_dict("records")]
    assert ("lead_also_assists", "5", ["市科技局"]) in got


def test_flags_on_the_real_plans(corpus):
    df = flags(corpus.graph())
    multi = df[df["flag"] == "multi_lead"]
    # 2018: 2.1, 2.3, 3.3 (市文化局 and 市旅游委 are one unit since 2019, so not multi), 3.4, 3.6.1, 4.1 → 5
    assert list(multi[multi["doc"] == "武政〔2018〕50号"]["number"]) == ["2.1", "2.3", "3.4", "3.6.1", "4.1"]
    assert set(df["flag"]) == {"multi_lead"}  # the bundled plans name one unit per lead otherwise


def test_diff_resolves_renames(corpus):
    df = diff(corpus.graph(), "2018", "2023").set_index("unit")
    row = df.loc["市交通运输局"]  # written 市交通运输委 in 2018
    assert (row["status"], row["leads_a"], row["leads_b"], row["assists_a"], row["assists_b"]) == \
        ("changed", 2, 5, 4, 1)
    assert row["spelled_a"] == ["市交通运输委"]
    assert df.loc["武汉军运会执委会", "status"] == "disappeared"
    assert df.loc["武汉海关", "status"] == "appeared"
    assert "市交通运输委" not in df.index


def test_sparse_projection_matches_networkx_reference(corpus):
    inc = corpus.incidence()
    b = nx.Graph()
    both = inc.both.tocoo()
    b.add_nodes_from(inc.units)
    b.add_edges_from((inc.units[i], ("task", int(j))) for i, j in zip(both.row, both.col))
    ref = bipartite.weighted_projected_graph(b, inc.units)
    w = projection(inc, "count")
    assert w.nnz == 2 * ref.number_of_edges()
    for u, v, d in ref.edges(data=True):
        assert w[inc.index[u], inc.index[v]] == d["weight"]
    collab = bipartite.collaboration_weighted_projected_graph(b, inc.units)
    wn = projection(inc, "newman")
    for u, v in itertools.islice(collab.edges(), 200):
        assert wn[inc.index[u], inc.index[v]] == pytest.approx(collab[u][v]["weight"])

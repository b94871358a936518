"""export --network units|two-mode: the weighted unit network and the unit–task graph, read back by networkx.

Expected values come from the analytics of the same store (coowners, workload, the DL matrix) and the
README's load figures: 67 units; 28 + 120 lead and 95 + 196 assist edges = 439 unit–task edges over
18 + 92 = 110 leaf tasks.
"""

import json

import networkx as nx
import pytest
from click.testing import CliRunner
from conftest import EXAMPLES

from cli import cli
from graph.analyses import coowners, workload
from graph.incidence import projection
from graph.nx_store import NetworkxStore
from viz.export import export

READ = {"graphml": nx.read_graphml, "gexf": nx.read_gexf}


@pytest.fixture(scope="module")
def store(result_2018, result_2023):
    s = NetworkxStore(None)
    s.write([result_2018, result_2023])
    return s


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_units_network_reads_back_with_weights_and_attributes(store, tmp_path, fmt):
    out = tmp_path / f"units.{fmt}"
    info = export(store, fmt, out, network="units")
    g = READ[fmt](out)
    assert not g.is_directed()
    assert (g.number_of_nodes(), g.number_of_edges()) == (info["nodes"], info["edges"]) == (67, 545)
    # the same pairs as the UCINET matrix and the projection
    assert g.number_of_edges() == projection(store.incidence(), "count").nnz // 2
    # 市商务局's partners and shared tasks are those `coowners` lists
    partners = coowners(store, "市商务局").set_index("partner")
    assert {p: int(g.edges["市商务局", p]["shared"]) for p in g["市商务局"]} == partners["shared"].to_dict()
    for p, row in partners.iterrows():
        edge = g.edges["市商务局", p]
        assert float(edge["weight"]) == row["shared"]
        assert int(edge["lead_lead"]) == row["lead_lead"]
        assert int(edge["assist_assist"]) == row["assist_assist"]
        assert int(edge["lead_assist"]) == row["lead_assist"] + row["assist_lead"]
    # every tie is split into exactly one pair of roles per shared task
    assert all(int(d["lead_lead"]) + int(d["lead_assist"]) + int(d["assist_assist"]) == int(d["shared"])
               for _u, _v, d in g.edges(data=True))
    load = workload(store).set_index("unit")
    node = g.nodes["市经信局"]
    assert (int(node["leads"]), int(node["assists"]), float(node["weighted_load"])) == \
        (load.loc["市经信局", "leads"], load.loc["市经信局", "assists"], load.loc["市经信局", "weighted_load"])
    assert node["kind"] == "municipal_department" and "市经信委 (2019)" in node["predecessors"].split("; ")
    assert g.nodes["各区人民政府"]["node_type"] == "Group"


def test_units_network_weighting_newman(store, tmp_path):
    out = tmp_path / "newman.graphml"
    export(store, "graphml", out, network="units", weighting="newman", doc="2023")
    g = nx.read_graphml(out)
    inc = store.incidence(doc="2023")
    w = projection(inc, "newman")
    i, j = inc.index["市商务局"], inc.index["市发改委"]
    assert float(g.edges["市商务局", "市发改委"]["weight"]) == pytest.approx(w[i, j])
    assert 0 < w[i, j] < int(g.edges["市商务局", "市发改委"]["shared"])  # Newman's weights are below the count


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_two_mode_network(store, tmp_path, fmt):
    out = tmp_path / f"two.{fmt}"
    export(store, fmt, out, network="two-mode")
    g = READ[fmt](out)
    units = [n for n, d in g.nodes(data=True) if int(d["bipartite"]) == 0]
    tasks = [n for n, d in g.nodes(data=True) if int(d["bipartite"]) == 1]
    assert (len(units), len(tasks), g.number_of_edges()) == (67, 110, 28 + 120 + 95 + 196)
    assert nx.is_bipartite(g)
    task = next(n for n in tasks if g.nodes[n]["label"] == "武政办〔2023〕84号 #43.2")
    assert g.nodes[task]["deadline"] == "2023-12" and g.nodes[task]["text"].startswith("持续推进“五减五通”")
    roles = {u: (g.edges[task, u]["role"], float(g.edges[task, u]["weight"])) for u in g[task]}
    assert roles == {"市政务服务大数据局": ("lead", 2.0), "市直各有关部门": ("assist", 1.0),
                     "各区人民政府": ("assist", 1.0)}


def test_cli_network_option(tmp_path):
    store = tmp_path / "store.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["--store", str(store), "load", str(EXAMPLES)]).exit_code == 0
    out = tmp_path / "units.json"
    result = runner.invoke(cli, ["--store", str(store), "export", "--format", "json", "--network", "units",
                                 "--doc", "2018", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert result.output == f"{out}: json, {len(data['nodes'])} units, {len(data['edges'])} tied pairs\n"
    assert all({"weight", "shared"} <= set(e) for e in data["edges"])
    refused = runner.invoke(cli, ["--store", str(store), "export", "--format", "csv", "--network", "units",
                                  str(tmp_path / "x")])
    assert refused.exit_code == 1
    assert refused.output == ("Error: --network units is written as graphml, gexf or json, not csv "
                              "(csv is the full graph for neo4j-admin)\n")
    assert not (tmp_path / "x").exists()

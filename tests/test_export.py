"""Every export format written from the bundled corpus and read back: counts, kinds, flattened lists, provenance.

Expected counts come from the store's own graph and the README's load figures (148 LEADS task edges + 10
domain leads = 158 LEADS, 291 ASSISTS; 18 + 92 task parts + 3 rows they split = 113 Task nodes).
"""

import csv
import json
from collections import Counter

import networkx as nx
import numpy as np
import pytest
import scipy.sparse as sp
from click.testing import CliRunner
from conftest import EXAMPLES

from cli import cli
from graph.incidence import projection
from graph.nx_store import NetworkxStore
from viz.export import export

FIRST_LEAD = {"doc": "武政〔2018〕50号", "task": "1.1", "line": 30, "spelling": "市交通运输委"}


@pytest.fixture(scope="module")
def store(result_2018, result_2023):
    s = NetworkxStore()
    s.write([result_2018, result_2023])
    return s


@pytest.fixture(scope="module")
def expected(store):
    g = store.graph()
    return {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
            "labels": Counter(a["label"] for _n, a in g.nodes(data=True)),
            "types": Counter(t for _u, _v, t in g.edges(data="type"))}


def test_store_counts_the_exports_are_checked_against(expected):
    assert (expected["types"]["LEADS"], expected["types"]["ASSISTS"]) == (158, 291)
    assert (expected["labels"]["Task"], expected["labels"]["Domain"], expected["labels"]["Document"]) == (113, 14, 2)
    assert expected["nodes"] == sum(expected["labels"].values()) and expected["edges"] > 158 + 291


@pytest.mark.parametrize("fmt,read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graphml_and_gexf_read_back_with_networkx(store, expected, tmp_path, fmt, read):
    out = tmp_path / f"g.{fmt}"
    info = export(store, fmt, out)
    assert (info["nodes"], info["edges"]) == (expected["nodes"], expected["edges"])
    g = read(out)
    assert (g.number_of_nodes(), g.number_of_edges()) == (expected["nodes"], expected["edges"])
    assert Counter(a["node_type"] for _n, a in g.nodes(data=True)) == expected["labels"]
    assert Counter(d["rel_type"] for _u, _v, d in g.edges(data=True)) == expected["types"]
    unit = g.nodes["Unit:武汉市/市发改委"]
    assert (unit["label"], unit["kind"]) == ("市发改委", "municipal_department")
    assert unit["aliases"] == "市发展和改革委员会; 市发展改革委"  # a list, flattened
    assert g.nodes["Task:武政办〔2023〕84号#43.2"]["deadline"] == "2023-12"
    lead = next(d for u, v, d in g.edges(data=True)
                if (u, v) == ("Unit:武汉市/市交通运输局", "Task:武政〔2018〕50号#1.1") and d["rel_type"] == "LEADS")
    assert {k: lead[k] for k in FIRST_LEAD} == FIRST_LEAD
    assert lead["clause"].startswith("(牵头单位:市交通运输委;协办单位:市发展改革委")


def test_json_keeps_lists(store, expected, tmp_path):
    out = tmp_path / "g.json"
    export(store, "json", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (len(data["nodes"]), len(data["edges"])) == (expected["nodes"], expected["edges"])
    unit = next(n for n in data["nodes"] if n["id"] == "Unit:武汉市/市发改委")
    assert unit["aliases"] == ["市发展和改革委员会", "市发展改革委"] and unit["node_type"] == "Unit"
    g = nx.node_link_graph(data, edges="edges")
    assert g.is_multigraph() and g.is_directed() and g.number_of_edges() == expected["edges"]


def test_csv_folder_follows_neo4j_admin_import_conventions(store, expected, tmp_path):
    out = tmp_path / "neo4j"
    info = export(store, "csv", out)
    ids = set()
    for label, count in expected["labels"].items():
        with (out / f"nodes-{label}.csv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        assert rows[0][0] == "id:ID" and rows[0][-1] == ":LABEL"
        assert len(rows) - 1 == count and {r[-1] for r in rows[1:]} == {label}
        ids |= {r[0] for r in rows[1:]}
        if label == "Unit":
            header = rows[0]
            assert "aliases:string[]" in header and "registered:boolean" in header
            row = next(r for r in rows if r[0] == "Unit:武汉市/市发改委")
            assert row[header.index("aliases:string[]")] == "市发展和改革委员会;市发展改革委"
    assert len(ids) == expected["nodes"]
    total = 0
    for rel, count in expected["types"].items():
        with (out / f"relationships-{rel}.csv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert len(rows) == count
        assert all(r[":START_ID"] in ids and r[":END_ID"] in ids and r[":TYPE"] == rel for r in rows)
        total += len(rows)
        if rel == "LEADS":
            first = next(r for r in rows if r[":START_ID"] == "Unit:武汉市/市交通运输局"
                         and r[":END_ID"] == "Task:武政〔2018〕50号#1.1")
            assert (first["doc"], first["task"], first["line:long"], first["spelling"]) == \
                ("武政〔2018〕50号", "1.1", "30", "市交通运输委")
    assert total == expected["edges"] == info["edges"]
    script = (out / "neo4j-admin-import.sh").read_text(encoding="utf-8")
    assert "neo4j-admin database import full" in script and "--nodes=nodes-Unit.csv" in script
    assert "--relationships=relationships-LEADS.csv" in script
    import pandas as pd

    tasks = pd.read_csv(out / "nodes-Task.csv")
    assert len(tasks) == 113 and tasks["line:long"].dtype.kind == "i"


def read_dl(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("dl n=") and lines[1] == "format = fullmatrix" and lines[2] == "labels:"
    n = int(lines[0].split("=")[1])
    labels = [x.strip('"') for x in lines[3].split(",")]
    assert lines[4] == "data:"
    return n, labels, [[float(x) for x in line.split()] for line in lines[5:]]


def test_dl_is_the_unit_projection(store, tmp_path):
    out = tmp_path / "units.dl"
    info = export(store, "dl", out, doc="2023")
    inc = store.incidence(doc="2023")
    n, labels, matrix = read_dl(out)
    assert n == len(labels) == len(matrix) == len(inc.units) == info["nodes"]
    assert labels == inc.units
    assert matrix == projection(inc).toarray().tolist()
    assert info["edges"] == sp.triu(projection(inc), k=1).nnz
    newman = tmp_path / "newman.dl"
    export(store, "dl", newman, doc="2023", weighting="newman")
    _n, _labels, weighted = read_dl(newman)
    assert np.allclose(weighted, projection(inc, "newman").toarray(), rtol=1e-5)


def test_filtered_export_keeps_the_tasks_inside(store, tmp_path):
    out = tmp_path / "d7.graphml"
    export(store, "graphml", out, doc="2023", domain="7")
    g = nx.read_graphml(out)
    tasks = {a["label"] for _n, a in g.nodes(data=True) if a["node_type"] == "Task"}
    assert tasks == {f"武政办〔2023〕84号 #{n}" for n in ("73", "74", "75", "76", "77")}
    units = {a["label"] for _n, a in g.nodes(data=True) if a["node_type"] == "Unit"}
    assert units == {"市公安局", "市人才工作局", "市科技局", "市人社局"}  # README: tasks --doc 2023 --domain 7


def test_export_command(expected, tmp_path):
    runner = CliRunner()
    db = tmp_path / "store.json"
    assert runner.invoke(cli, ["--store", str(db), "load", str(EXAMPLES)]).exit_code == 0
    result = runner.invoke(cli, ["--store", str(db), "export", "--format", "gexf", str(tmp_path / "g.gexf")])
    counts = f"{expected['nodes']} nodes, {expected['edges']} relationships"
    assert (result.exit_code, result.output) == (0, f"{tmp_path / 'g.gexf'}: gexf, {counts}\n")
    result = runner.invoke(cli, ["--store", str(db), "export", "--format", "csv", str(tmp_path / "csv")])
    files = len(expected["labels"]) + len(expected["types"]) + 1  # one per label and type, and the script
    assert result.output == f"{tmp_path / 'csv'}: csv, {counts} in {files} files\n"
    result = runner.invoke(cli, ["--store", str(db), "export", "--format", "dl", str(tmp_path / "u.dl"), "--doc", "2018"])
    assert result.exit_code == 0 and result.output.startswith(f"{tmp_path / 'u.dl'}: dl, ")
    bad = runner.invoke(cli, ["--store", str(db), "export", "--format", "csv", str(tmp_path / "g.gexf")])
    assert (bad.exit_code, bad.output) == (1, f"Error: {tmp_path / 'g.gexf'}: the csv export writes a folder of "
                                              "files; give a folder name\n")

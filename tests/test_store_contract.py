"""One contract, every store: the embedded SQLite store, the in-memory networkx store and a real Neo4j
server give the same answers.

The ``store`` fixture is parametrised over the stores, so every test here runs on each; the parity tests
load the bundled corpus into two stores and compare every listing and every analytics answer.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest
from click.testing import CliRunner
from conftest import PLAN_2018, PLAN_2023
from neo4j_fixtures import neo4j_server, neo4j_store  # noqa: F401  (fixtures)

from cli import cli
from graph.errors import NotFound
from graph.nx_store import NetworkxStore
from graph.sqlite_store import SqliteStore
from graph.store import GraphStore
from loaders import load


@pytest.fixture(params=["sqlite", "memory", "neo4j"])
def store(request, tmp_path):
    if request.param == "sqlite":
        yield SqliteStore(tmp_path / "store.db")
    elif request.param == "memory":
        yield NetworkxStore(None)
    else:
        yield request.getfixturevalue("neo4j_store")


def test_both_stores_implement_the_interface(store):
    assert isinstance(store, GraphStore)


def test_write_then_reload_unchanged(store, result_2018, result_2023):
    outcomes = store.write([result_2018, result_2023])
    assert [(o.doc, o.status) for o in outcomes] == [("武政〔2018〕50号", "added"), ("武政办〔2023〕84号", "added")]
    assert len(store.tasks()) == 18 + 92
    assert [o.status for o in store.write([load(PLAN_2018)])] == ["unchanged"]
    assert len(store.tasks()) == 18 + 92


def test_a_changed_document_replaces_its_records(store, tmp_path, result_2023):
    store.write([result_2023])
    changed = PLAN_2023.read_text(encoding="utf-8").replace("\t市文旅局\t市商务局\t", "\t市文旅局\t市教育局\t")
    path = tmp_path / PLAN_2023.name
    path.write_text(changed, encoding="utf-8")
    assert [o.status for o in store.write([load(path)])] == ["replaced"]
    assert next(t for t in store.tasks() if t["number"] == "47")["assists"] == ["市教育局"]
    assert len(store.tasks()) == 92 and len(store.documents()) == 1


def test_removing_a_document_keeps_what_the_other_defines(store, result_2018, result_2023):
    store.write([result_2018, result_2023])
    store.remove_document("2023")
    assert [d["doc"] for d in store.documents()] == ["武政〔2018〕50号"]
    assert len(store.tasks()) == 18
    # 各区人民政府's members as 2018 defines them (line 30) survive the removal of 2023's definition.
    assert "东湖高新区管委会" in store.units(unit="各区人民政府")[0]["members"]
    with pytest.raises(NotFound):
        store.units(unit="市人才工作局")  # named only in 2023


def test_a_failing_document_leaves_nothing_behind(store, result_2018, result_2023):
    store.write([result_2023])
    before = store.tasks()
    broken = load(PLAN_2018)
    broken.assignments[0].actor = "市不存在局"  # an assignment to a unit the document does not define
    with pytest.raises(NotFound):
        store.write([broken])
    assert store.tasks() == before
    assert [d["doc"] for d in store.documents()] == ["武政办〔2023〕84号"]


# -- parity on the bundled corpus ------------------------------------------------------------------
@pytest.fixture(params=["neo4j", "memory"])
def both(request, tmp_path, result_2018, result_2023):
    """The embedded store and another: Neo4j, or the in-memory networkx store (which runs no SQL at all)."""
    embedded = SqliteStore(tmp_path / "store.db")
    other = request.getfixturevalue("neo4j_store") if request.param == "neo4j" else NetworkxStore(None)
    for s in (embedded, other):
        s.write([result_2018, result_2023])
    return embedded, other


FILTERS = [{}, {"doc": "2023"}, {"doc": "2018", "domain": "3"}, {"expand_groups": True},
           {"domain": "3", "expand_groups": True}]


def _answers(store, filters) -> dict:
    from graph.brokers import brokers, structural_holes
    from graph.centrality import bipartite_centrality, centrality
    from graph.communities import communities
    from graph.coownership import coownership_matrix, coowners, top_pairs
    from graph.flags import flags
    from graph.structure import structure, structure_by
    from graph.workload import load_by_deadline, load_by_domain, workload

    inc = store.incidence(**filters)
    graph = store.graph()
    out = {
        "coowners": coowners(inc, "市商务局"), "top_pairs": top_pairs(inc), "matrix": coownership_matrix(inc),
        "workload": workload(inc), "by_domain": load_by_domain(inc), "by_year": load_by_deadline(inc),
        "centrality": centrality(inc), "two_mode": bipartite_centrality(inc), "communities": communities(inc),
        "brokers": brokers(inc), "holes": structural_holes(inc), "structure": structure(inc),
        "flags": flags(graph, filters.get("doc"), filters.get("domain"), inc=inc),
    }
    if not filters:
        from graph.diff import diff

        out["diff"] = diff(graph, "2018", "2023", inc=inc)
        out["structure_by_doc"] = structure_by(inc, "doc")
    return out


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: ",".join(f"{k}={v}" for k, v in f.items()) or "all")
def test_every_analysis_gives_the_same_answer_on_both_stores(both, filters):
    embedded, neo = both
    a, b = _answers(embedded, filters), _answers(neo, filters)
    assert a.keys() == b.keys()
    for name in a:
        if isinstance(a[name], pd.DataFrame):
            pd.testing.assert_frame_equal(a[name], b[name], obj=name)
        else:
            assert json.dumps(a[name], sort_keys=True, default=str) == json.dumps(b[name], sort_keys=True,
                                                                                 default=str), name
    assert len(a["workload"]) > 10  # the comparison is not between two empty answers


def test_every_listing_gives_the_same_answer_on_both_stores(both):
    embedded, neo = both
    assert neo.documents() == embedded.documents()
    for kwargs in ({}, {"doc": "2023", "domain": "7"}, {"unit": "市金融工作局"}, {"doc": "2018"}, {"domain": "3"}):
        assert neo.tasks(**kwargs) == embedded.tasks(**kwargs)
        assert neo.units(**kwargs) == embedded.units(**kwargs)
    assert neo.bodies() == embedded.bodies() and neo.indicators() == embedded.indicators()
    assert neo.bodies(doc="2023") == embedded.bodies(doc="2023")
    assert len(neo.bodies()) == 14 and len(neo.indicators()) == 15


def test_the_cli_answers_the_same_on_both_backends(neo4j_server, neo4j_store, tmp_path):
    env = {"NEO4J_URI": neo4j_server.uri, "NEO4J_USER": neo4j_server.user, "NEO4J_PASSWORD": neo4j_server.password,
           "AGENCYGRAPH_STORE": str(tmp_path / "store.db")}
    runner = CliRunner()
    for backend in ("networkx", "neo4j"):
        result = runner.invoke(cli, ["load", "--backend", backend, str(PLAN_2018), str(PLAN_2023)], env=env)
        assert result.exit_code == 0, result.output
    for args in (["coowners", "市商务局"], ["workload", "--top", "5"], ["flags"], ["diff", "2018", "2023"]):
        outputs = [runner.invoke(cli, ["--backend", backend, *args, "--format", "json"], env=env)
                   for backend in ("networkx", "neo4j")]
        assert all(o.exit_code == 0 for o in outputs), [o.output for o in outputs]
        assert json.loads(outputs[0].output) == json.loads(outputs[1].output), args
        assert json.loads(outputs[0].output)


def test_a_wrong_password_is_one_clear_line_without_the_password(neo4j_server):
    env = {"NEO4J_URI": neo4j_server.uri, "NEO4J_USER": neo4j_server.user, "NEO4J_PASSWORD": "not-the-password-x9"}
    result = CliRunner().invoke(cli, ["--backend", "neo4j", "docs"], env=env)
    assert result.exit_code == 1
    assert result.output == (f"Error: Neo4j at {neo4j_server.uri} refused user 'neo4j': check NEO4J_USER and "
                             f"NEO4J_PASSWORD\n")

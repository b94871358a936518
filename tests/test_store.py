"""The embedded store: persisted JSON, idempotent reload, whole-document replacement, no partial writes."""

import json

import pytest
from conftest import PLAN_2018, PLAN_2023

from graph.errors import NotFound, StoreCorrupt
from graph.nx_store import NetworkxStore
from graph.store import GraphStore, open_store, store_settings
from loaders import load


@pytest.fixture
def store_path(tmp_path):
    return tmp_path / "store.json"


def test_settings_come_from_the_environment():
    assert store_settings({})["path"] == "agencygraph-store.json"
    assert store_settings({"AGENCYGRAPH_STORE": "/x/g.json"})["path"] == "/x/g.json"
    assert store_settings({"AGENCYGRAPH_STORE": "/x/g.json"}, "/y.json")["path"] == "/y.json"


def test_store_implements_the_interface(store_path):
    assert isinstance(open_store(store_path, env={}), GraphStore)


def test_write_persists_and_reopens(store_path, result_2018, result_2023):
    store = NetworkxStore(store_path)
    outcomes = store.write([result_2018, result_2023])
    assert [(o.doc, o.status) for o in outcomes] == [("武政〔2018〕50号", "added"), ("武政办〔2023〕84号", "added")]
    data = json.loads(store_path.read_text(encoding="utf-8"))
    assert data["format"] == "agencygraph-store" and data["version"] == 1
    reopened = NetworkxStore(store_path)
    assert len(reopened.tasks()) == 18 + 92
    assert reopened.tasks() == store.tasks()
    labels = {a["label"] for _n, a in reopened.graph().nodes(data=True)}
    assert labels >= {"Document", "Domain", "Task", "Unit", "Group"}
    assert all(k.isascii() for _n, a in reopened.graph().nodes(data=True) for k in a)
    types = {d["type"] for _u, _v, d in reopened.graph().edges(data=True)}
    assert {"LEADS", "ASSISTS", "IN_DOMAIN", "FROM_DOCUMENT", "PART_OF", "MEMBER_OF"} <= types
    assert all(t.isascii() for t in types)


def test_reloading_the_same_document_changes_nothing(store_path, result_2018):
    store = NetworkxStore(store_path)
    store.write([result_2018])
    before = store_path.read_bytes()
    again = load(PLAN_2018)
    assert [o.status for o in store.write([again])] == ["unchanged"]
    assert store_path.read_bytes() == before


def test_a_changed_document_replaces_its_records(store_path, tmp_path, result_2023):
    store = NetworkxStore(store_path)
    store.write([result_2023])
    changed = PLAN_2023.read_text(encoding="utf-8").replace("\t市文旅局\t市商务局\t", "\t市文旅局\t市教育局\t")
    path = tmp_path / PLAN_2023.name
    path.write_text(changed, encoding="utf-8")
    assert [o.status for o in store.write([load(path)])] == ["replaced"]
    row = next(t for t in store.tasks() if t["number"] == "47")
    assert row["assists"] == ["市教育局"]
    assert len(store.tasks()) == 92  # replaced, not added beside the old version
    assert len(store.documents()) == 1


def test_removing_a_document_drops_units_only_it_used(store_path, result_2018, result_2023):
    store = NetworkxStore(store_path)
    store.write([result_2018, result_2023])
    assert store.units(unit="武汉军运会执委会")  # only in 2018
    store.remove_document("2018")
    assert [d["doc"] for d in store.documents()] == ["武政办〔2023〕84号"]
    with pytest.raises(NotFound):
        store.units(unit="武汉军运会执委会")
    assert NetworkxStore(store_path).tasks() == store.tasks()


def test_a_failing_batch_leaves_the_store_unchanged(store_path, result_2018, result_2023):
    store = NetworkxStore(store_path)
    store.write([result_2018])
    before = store_path.read_bytes()
    # A new version of the 2018 plan whose records are inconsistent: an edge to a task it does not define.
    broken = load("plan-v2.txt", text=PLAN_2018.read_text(encoding="utf-8") + "\n")
    broken.assignments[0].target = "武政〔2018〕50号#9.9"
    with pytest.raises(NotFound, match="9.9"):
        store.write([result_2023, broken])  # 2023 alone would be fine; the batch lands whole or not at all
    assert store_path.read_bytes() == before
    assert [d["doc"] for d in store.documents()] == ["武政〔2018〕50号"]
    assert [d["doc"] for d in NetworkxStore(store_path).documents()] == ["武政〔2018〕50号"]


def test_a_corrupt_store_file_is_named(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"nodes": [', encoding="utf-8")
    with pytest.raises(StoreCorrupt, match="bad.json:1: not an agencygraph store"):
        NetworkxStore(bad)
    other = tmp_path / "other.json"
    other.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(StoreCorrupt, match="other.json: not an agencygraph store"):
        NetworkxStore(other)


def test_filters(store_path, result_2018, result_2023):
    store = NetworkxStore(store_path)
    store.write([result_2018, result_2023])
    # Any spelling finds the unit: 市金融工作局 (2018 name) is 市地方金融局.
    both = store.tasks(unit="市金融工作局")
    assert {r["doc"] for r in both} == {"武政〔2018〕50号", "武政办〔2023〕84号"}
    assert [r["number"] for r in store.tasks(doc="2023", domain="9")] == ["86", "87", "88", "89", "90"]
    assert [r["number"] for r in store.tasks(doc="2018", domain="人才")] == ["5.1", "5.2"]
    with pytest.raises(NotFound, match="matches 2 documents"):
        store.tasks(doc="武政")
    with pytest.raises(NotFound, match="did you mean 市科技局"):
        store.tasks(unit="市科学局")
    unit = store.units(unit="市商务局")[0]
    # 2018: leads 1.3, 2.1, 2.2, 3.5 = 4; 2023: leads 27, 37, 38, 39, 40, 50 = 6
    assert (unit["lead_count"], unit["domain_lead_count"]) == (10, 1)
    group = store.units(unit="各区人民政府")[0]
    assert group["kind"] == "group"
    assert group["members"] == ["东湖高新区管委会", "临空港开发区管委会", "市东湖生态风景区管委会", "武汉经开区管委会", "长江新区管委会"]


def test_a_membership_two_documents_define_survives_removing_one(store_path, result_2018, result_2023):
    # Both plans define 东湖高新区管委会 as a member of 各区人民政府 (2018 line 30, 2023 line 161): one
    # Unit → Group edge per document, so removing 2023 keeps 2018's definition.
    store = NetworkxStore(store_path)
    store.write([result_2018, result_2023])
    edges = [d for u, v, d in store.graph().edges(data=True)
             if u == "Unit:东湖高新区管委会" and v == "Group:各区人民政府" and d["type"] == "MEMBER_OF"]
    assert sorted((d["doc"], d["line"]) for d in edges) == [("武政〔2018〕50号", 30), ("武政办〔2023〕84号", 161)]
    store.remove_document("2023")
    assert "东湖高新区管委会" in NetworkxStore(store_path).units(unit="各区人民政府")[0]["members"]

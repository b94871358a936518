"""The embedded store: an SQLite file with plain tables, idempotent reload, whole-document replacement, no
partial writes, a JSON store converted on first use."""

import json
from pathlib import Path
import sqlite3

import pytest
from click.testing import CliRunner
from conftest import PLAN_2018, PLAN_2023

from cli import cli
from graph.errors import NotFound, StoreCorrupt
from graph.nx_store import NetworkxStore
from graph.sqlite_store import SqliteStore
from graph.store import GraphStore, open_store, store_settings
from loaders import load


@pytest.fixture
def store_path(tmp_path):
    return tmp_path / "store.db"


def test_settings_come_from_the_environment():
    assert store_settings({})["path"] == "agencygraph.db"
    assert store_settings({"AGENCYGRAPH_STORE": "/x/g.db"})["path"] == "/x/g.db"
    assert store_settings({"AGENCYGRAPH_STORE": "/x/g.db"}, "/y.db")["path"] == "/y.db"


def test_store_implements_the_interface(store_path):
    store = open_store(store_path, env={})
    assert isinstance(store, SqliteStore) and isinstance(store, GraphStore)


def test_write_persists_in_plain_tables(store_path, result_2018, result_2023):
    store = SqliteStore(store_path)
    outcomes = store.write([result_2018, result_2023])
    assert [(o.doc, o.status) for o in outcomes] == [("武政〔2018〕50号", "added"), ("武政办〔2023〕84号", "added")]
    store.close()
    # Any SQLite tool reads it. Tasks: 2018 has 17 numbered items, 3.6 split into 2 parts (19 rows, 18 leaves);
    # 2023 has 90 rows, 43 and 45 split into 2 parts each (94 rows, 92 leaves). Assignments: 28 + 95 (2018)
    # and 120 + 196 (2023) on tasks, and the 10 category leads of 2023 on domains.
    db = sqlite3.connect(store_path)
    assert db.execute("SELECT count(*), sum(has_parts = 0) FROM tasks").fetchone() == (19 + 94, 18 + 92)
    assert db.execute("SELECT type, target_label, count(*) FROM assignments GROUP BY 1, 2 ORDER BY 1, 2").fetchall() \
        == [("ASSISTS", "Task", 95 + 196), ("LEADS", "Domain", 10), ("LEADS", "Task", 28 + 120)]
    assert db.execute("SELECT key, domains, tasks, numbered_tasks FROM documents ORDER BY key").fetchall() == \
        [("武政〔2018〕50号", 5, 18, 17), ("武政办〔2023〕84号", 9, 92, 90)]
    # Provenance of an assignment: 2023 row 47 (line 203) is led by 市文旅局, assisted by 市商务局 (units keyed
    # by place and name: Wuhan's).
    assert db.execute("SELECT type, actor, line, clause FROM assignments WHERE target = '武政办〔2023〕84号#47' "
                      "ORDER BY type DESC").fetchall() == [("LEADS", "武汉市/市文旅局", 203, "市文旅局"),
                                                           ("ASSISTS", "武汉市/市商务局", 203, "市商务局")]
    assert db.execute("SELECT key, name, place, local, qualified FROM units WHERE key = '武汉市/市商务局'").fetchone() \
        == ("武汉市/市商务局", "市商务局", "武汉市", "市商务局", "武汉市商务局")
    db.close()
    reopened = SqliteStore(store_path)
    assert len(reopened.tasks()) == 18 + 92
    memory = NetworkxStore(None)
    memory.write([result_2018, result_2023])
    assert reopened.tasks() == memory.tasks()
    labels = {a["label"] for _n, a in reopened.graph().nodes(data=True)}
    assert labels >= {"Document", "Domain", "Task", "Unit", "Group"}
    types = {d["type"] for _u, _v, d in reopened.graph().edges(data=True)}
    assert {"LEADS", "ASSISTS", "IN_DOMAIN", "FROM_DOCUMENT", "PART_OF", "MEMBER_OF"} <= types


def test_the_graph_equals_the_in_memory_stores(store_path, result_2018, result_2023):
    memory = NetworkxStore(None)
    store = SqliteStore(store_path)
    for s in (memory, store):
        s.write([result_2018, result_2023])

    def nodes(g):
        return {n: {k: v for k, v in a.items() if v is not None} for n, a in g.nodes(data=True)}

    def edges(g):
        return sorted((u, v, k, json.dumps({x: y for x, y in d.items() if y is not None}, sort_keys=True,
                                           ensure_ascii=False)) for u, v, k, d in g.edges(keys=True, data=True))

    assert nodes(store.graph()) == nodes(memory.graph())
    assert edges(store.graph()) == edges(memory.graph())
    assert len(edges(store.graph())) == 886 + 2 * 13  # and each plan's 各区人民政府 has Wuhan's 13 districts


def test_reloading_the_same_document_changes_nothing(store_path, result_2018):
    store = SqliteStore(store_path)
    store.write([result_2018])
    generation = store.generation()
    assert [o.status for o in store.write([load(PLAN_2018)])] == ["unchanged"]
    assert store.generation() == generation


def test_a_changed_document_replaces_its_records(store_path, tmp_path, result_2023):
    store = SqliteStore(store_path)
    store.write([result_2023])
    changed = PLAN_2023.read_text(encoding="utf-8").replace("\t市文旅局\t市商务局\t", "\t市文旅局\t市教育局\t")
    path = tmp_path / PLAN_2023.name
    path.write_text(changed, encoding="utf-8")
    assert [o.status for o in store.write([load(path)])] == ["replaced"]
    row = next(t for t in store.tasks() if t["number"] == "47")
    assert row["assists"] == ["市教育局"]
    assert len(store.tasks()) == 92  # replaced, not added beside the old version
    assert len(store.documents()) == 1
    assert store.db.execute("SELECT count(*) FROM assignments").fetchone() == (120 + 196 + 10,)


def test_removing_a_document_drops_units_only_it_used(store_path, result_2018, result_2023):
    store = SqliteStore(store_path)
    store.write([result_2018, result_2023])
    assert store.units(unit="武汉军运会执委会")  # only in 2018
    store.remove_document("2018")
    assert [d["doc"] for d in store.documents()] == ["武政办〔2023〕84号"]
    with pytest.raises(NotFound):
        store.units(unit="武汉军运会执委会")
    assert SqliteStore(store_path).tasks() == store.tasks()


def test_a_failing_batch_leaves_the_store_unchanged(store_path, result_2018, result_2023):
    store = SqliteStore(store_path)
    store.write([result_2018])
    generation = store.generation()
    # A new version of the 2018 plan whose records are inconsistent: an edge to a task it does not define.
    broken = load("plan-v2.txt", text=PLAN_2018.read_text(encoding="utf-8") + "\n")
    broken.assignments[0].target = "武政〔2018〕50号#9.9"
    with pytest.raises(NotFound, match="9.9"):
        store.write([result_2023, broken])  # 2023 alone would be fine; the batch lands whole or not at all
    assert store.generation() == generation
    assert [d["doc"] for d in store.documents()] == ["武政〔2018〕50号"]
    assert [d["doc"] for d in SqliteStore(store_path).documents()] == ["武政〔2018〕50号"]


def test_a_file_that_is_not_a_store_is_named(tmp_path):
    text = tmp_path / "notes.db"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(StoreCorrupt, match="notes.db: not an agencygraph store"):
        SqliteStore(text)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreCorrupt, match="other.db: an SQLite database but not an agencygraph store"):
        SqliteStore(other)
    bad_json = tmp_path / "bad.json"
    bad_json.write_text('{"nodes": [', encoding="utf-8")
    with pytest.raises(StoreCorrupt, match="bad.json:1: not an agencygraph store"):
        open_store(bad_json, env={})
    assert bad_json.read_text(encoding="utf-8") == '{"nodes": ['  # left as it was


def test_filters(store_path, result_2018, result_2023):
    store = SqliteStore(store_path)
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
    named = ["东湖高新区管委会", "临空港开发区管委会", "市东湖生态风景区管委会", "武汉经开区管委会", "长江新区管委会"]
    districts = [f"{d}区人民政府" for d in ("江岸", "江汉", "硚口", "汉阳", "武昌", "青山", "洪山", "东西湖", "汉南",
                                             "蔡甸", "江夏", "黄陂", "新洲")]  # Wuhan's 13, from the gazetteer
    assert group["members"] == sorted(named + districts)


def test_tasks_of_a_unit_go_through_the_index(store_path, result_2018):
    store = SqliteStore(store_path)
    store.write([result_2018])
    plan = " ".join(r[3] for r in store.db.execute(
        "EXPLAIN QUERY PLAN SELECT target FROM assignments WHERE actor_label = 'Unit' AND actor = '武汉市/市商务局'"))
    assert "USING INDEX assignments_actor" in plan


def test_a_membership_two_documents_define_survives_removing_one(store_path, result_2018, result_2023):
    # Both plans define 东湖高新区管委会 as a member of 各区人民政府 (2018 line 30, 2023 line 161): one
    # Unit → Group relationship per document, so removing 2023 keeps 2018's definition.
    store = SqliteStore(store_path)
    store.write([result_2018, result_2023])
    assert store.db.execute("SELECT doc, line FROM relationships WHERE type = 'MEMBER_OF' AND source = '武汉市/东湖高新区管委会' "
                            "AND target = '武汉市/各区人民政府' ORDER BY line").fetchall() == \
        [("武政〔2018〕50号", 30), ("武政办〔2023〕84号", 161)]
    store.remove_document("2023")
    assert "东湖高新区管委会" in SqliteStore(store_path).units(unit="各区人民政府")[0]["members"]


def test_the_incidence_is_kept_in_the_file_until_documents_change(store_path, result_2018, result_2023):
    store = SqliteStore(store_path)
    store.write([result_2018])  # a write stores the incidence of the new generation
    assert store.db.execute("SELECT variant, generation FROM incidence_cache").fetchall() == [("plain", 1)]
    assert store.incidence().lead.shape[1] == 18
    assert store.incidence(expand_groups=True).lead.shape[1] == 18  # built by the first reader that asks
    assert store.db.execute("SELECT variant, generation FROM incidence_cache ORDER BY 1").fetchall() == \
        [("expanded", 1), ("plain", 1)]
    store.write([result_2023])  # generation 2: the expanded one is stale and rebuilt on the next read
    assert store.db.execute("SELECT variant, generation FROM incidence_cache ORDER BY 1").fetchall() == \
        [("expanded", 1), ("plain", 2)]
    fresh = SqliteStore(store_path)
    assert fresh.incidence(expand_groups=True).lead.shape[1] == 18 + 92
    assert fresh.db.execute("SELECT variant, generation FROM incidence_cache ORDER BY 1").fetchall() == \
        [("expanded", 2), ("plain", 2)]


# -- the JSON store of earlier versions ----------------------------------------------------------------
def test_a_json_store_is_converted_in_place_on_first_use(tmp_path, result_2018, result_2023):
    old = tmp_path / "store.json"
    memory = NetworkxStore(old)  # the JSON store as earlier versions wrote it
    memory.write([result_2018, result_2023])
    store = open_store(old, env={})
    assert store.notice == (f"converted the JSON store {old} (2 documents) to SQLite at {old}; "
                            f"the JSON file is kept as {old}.bak")
    assert json.loads((tmp_path / "store.json.bak").read_text(encoding="utf-8"))["format"] == "agencygraph-store"
    assert store.tasks() == memory.tasks() and store.units() == memory.units()
    assert store.documents() == memory.documents() and store.bodies() == memory.bodies()
    store.close()
    again = open_store(old, env={})
    assert again.notice is None and len(again.tasks()) == 110


def test_the_old_default_store_is_converted_by_the_cli(tmp_path, monkeypatch, result_2018):
    monkeypatch.chdir(tmp_path)
    NetworkxStore(tmp_path / "agencygraph-store.json").write([result_2018])
    result = CliRunner().invoke(cli, ["docs", "--format", "json"], env={"AGENCYGRAPH_STORE": None})
    assert result.exit_code == 0, result.output
    assert result.stderr == ("converted the JSON store agencygraph-store.json (1 documents) to SQLite at "
                             "agencygraph.db; agencygraph-store.json is left as it was\n")
    assert [d["doc"] for d in json.loads(result.stdout)] == ["武政〔2018〕50号"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agencygraph-store.json", "agencygraph.db"]
    second = CliRunner().invoke(cli, ["docs", "--format", "json"], env={"AGENCYGRAPH_STORE": None})
    assert second.stderr == "" and json.loads(second.stdout) == json.loads(result.stdout)


def test_a_store_from_before_places_is_converted_with_a_message(tmp_path):
    """tests/fixtures/stores/v1-wuhan-xuchang.db: a version 1 store (units keyed by name alone) written by the
    code before issue 14 with the two bundled plans and the 许昌 report (``agencygraph load examples/
    tests/fixtures/corpus/b14-fresh-h/xuchang-2026-work-report-responsibility.txt``). There 市财政局 was one
    unit of two governments; converted, it is two, and the Wuhan plans keep the 26 units they share. The 许昌
    report was stored without its text, so its place cannot be told again: its units stay its own."""
    import shutil

    from graph.store import open_store

    path = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent / "fixtures" / "stores" / "v1-wuhan-xuchang.db", path)
    store = open_store(path, env={})
    assert store.notice == (f"converted the store {path} to version 2 (units belong to a place): 3 documents of "
                            "武汉市 (1 of no known place: their units stay their own); 88 units keyed by place and "
                            "name, 5 of them split between places")
    assert {d["key"]: d.get("jurisdiction") for d in store.graph().nodes.values() if d.get("label") == "Document"} \
        == {"武政〔2018〕50号": "武汉市", "武政办〔2023〕84号": "武汉市",
            "xuchang-2026-work-report-responsibility.txt": None}
    finance = {u["name"] for u in store.units() if "财政局" in u["name"]}
    assert finance == {"武汉市财政局", "市财政局(xuchang-2026-work-report-responsibility.txt)"}
    assert {t["doc"] for t in store.tasks(unit="武汉市财政局")} == {"武政〔2018〕50号", "武政办〔2023〕84号"}
    assert open_store(path, env={}).notice is None  # once

"""The synthetic benchmark corpus: loads cleanly, is reproducible, looks like the real plans; and the sparse
co-ownership projection equals networkx's bipartite projection on it (correctness, not timing)."""

import re
import sys
from pathlib import Path

import pytest
from networkx.algorithms import bipartite

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import synthetic  # noqa: E402
from graph.incidence import projection, projection_graph  # noqa: E402
from graph.nx_store import NetworkxStore  # noqa: E402
from loaders import load, load_documents  # noqa: E402
from loaders.units import UnitResolver  # noqa: E402

N, SEED = 300, 1


@pytest.fixture(scope="module")
def docs():
    return list(synthetic.generate(N, seed=SEED))


@pytest.fixture(scope="module")
def results(docs):
    return [load(name, text=text) for name, text in docs]


@pytest.fixture(scope="module")
def store(results):
    s = NetworkxStore(None)
    s.write(results)
    return s


def test_loads_with_zero_warnings(results):
    warnings = [str(i) for r in results for i in r.issues if i.severity == "warning"]
    assert warnings == []
    assert all(u.registered for r in results for u in r.units)


def test_task_count_and_document_metadata(docs, results):
    numbered = [t for r in results for t in r.tasks if t.parent is None]
    assert len(numbered) == N
    keys = [r.document.key for r in results]
    assert len(set(keys)) == len(keys)
    for r in results:
        doc = r.document
        assert re.fullmatch(r"武政(办|规)?〔\d{4}〕\d+号", doc.number)
        assert doc.title.startswith("市人民政府") and "关于印发" in doc.title and doc.title.endswith("的通知")
        assert doc.issuer in ("武汉市人民政府", "武汉市人民政府办公厅")
        assert doc.date and doc.printed
        assert all(t.deadline for t in r.tasks if t.parent is None) or "inline_clauses" in doc.genres


def test_reproducible_for_a_seed_and_different_for_another(docs):
    assert list(synthetic.generate(N, seed=SEED)) == docs
    other = list(synthetic.generate(N, seed=SEED + 1))
    assert [text for _n, text in other] != [text for _n, text in docs]


def test_both_genres(docs, results):
    assert {synthetic.genre_of(text) for _n, text in docs} == set(synthetic.GENRES)
    assert {g for r in results for g in r.document.genres} == set(synthetic.GENRES)
    table = next(text for _n, text in docs if synthetic.genre_of(text) == "responsibility_table")
    assert table.count("类别\t序号\t") > 1  # the header repeats after page breaks


def test_aliases_groups_and_group_definitions(docs, results):
    resolver = UnitResolver.default()
    spellings = [a.spelling for r in results for a in r.assignments if a.target_label == "Task"]
    how = [resolver.resolve(s).how for s in spellings]
    variant_share = sum(h != "canonical" for h in how) / len(how)
    assert 0.04 < variant_share < 0.2  # about one mention in ten
    assert "rename" in how and "alias" in how
    groups = {a.actor for r in results for a in r.assignments if a.actor_label == "Group"}
    assert "各区人民政府" in groups and len(groups) >= 2
    for (_name, text), r in zip(docs, results):
        assert text.count(synthetic.GROUP_DEFINITION) == 1
        members = {m.member for m in r.group_members if m.group == "各区人民政府" and m.source == "document"}
        assert members == {"东湖高新区管委会", "武汉经开区管委会", "长江新区管委会"}


def test_lead_and_assist_counts_per_task(results):
    for r in results:
        for t in r.tasks:
            if t.has_parts:
                continue
            leads = [a for a in r.assignments if a.target == t.key and a.role == "lead"]
            assists = [a for a in r.assignments if a.target == t.key and a.role == "assist" and a.actor_label == "Unit"]
            assert 1 <= len(leads) <= 3  # 1–2 units, and rarely a group
            assert len(assists) <= 7  # 0–6 units (a merged sub-row may inherit one more)


def test_sparse_projection_equals_networkx(store):
    inc = store.incidence()
    both = inc.both.tocoo()
    b = bipartite_graph(inc.units, [t["key"] for t in inc.tasks], zip(both.row.tolist(), both.col.tolist()))
    reference = bipartite.weighted_projected_graph(b, inc.units)
    ours = projection_graph(inc, "count")
    pairs = lambda g: {frozenset((u, v)): d["weight"] for u, v, d in g.edges(data=True)}  # noqa: E731
    assert pairs(ours) == pairs(reference)
    assert set(ours.nodes) == set(reference.nodes)
    w = projection(inc, "count")
    assert w.nnz == 2 * reference.number_of_edges()


def bipartite_graph(units, tasks, cells):
    import networkx as nx

    b = nx.Graph()
    b.add_nodes_from(units, bipartite=0)
    b.add_nodes_from(tasks, bipartite=1)
    b.add_edges_from((units[i], tasks[j]) for i, j in cells)
    return b


def test_written_files_load_through_load_documents(tmp_path):
    paths = synthetic.generate(250, seed=5, out_dir=tmp_path, tasks_per_doc=100)
    assert len(paths) == 3 and all(p.exists() for p in paths)
    batch = load_documents([tmp_path])
    assert batch.ok and len(batch.results) == 3
    assert not [i for r in batch.results for i in r.issues if i.severity == "warning"]
    assert sum(1 for r in batch.results for t in r.tasks if t.parent is None) == 250


def test_cli_writes_a_corpus(tmp_path):
    assert synthetic.main(["120", "--seed", "2", "--out", str(tmp_path / "c")]) == 0
    assert len(list((tmp_path / "c").glob("*.txt"))) == 2

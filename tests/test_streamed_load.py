"""load writes each document as it is read, the batch in one transaction; worker processes read a large batch.

Expected values: the bundled plans hold 18 (2018) and 92 (2023) tasks, as their load reports say; the synthetic documents are
seeded, and what matters here is that every way of loading them stores the same rows and prints the same report.
"""

import sqlite3
import sys

import pytest
from conftest import PLAN_2018, PLAN_2023, ROOT

from graph.sqlite_store import SqliteStore
from graph.streamed_load import Summary, load_into
from loaders.report import format_report

sys.path.insert(0, str(ROOT / "bench"))
import synthetic  # noqa: E402

TABLES = ("documents", "domains", "tasks", "units", "assignments", "relationships", "people", "bodies", "indicators")


def _rows(path) -> dict:
    db = sqlite3.connect(path)
    try:
        return {t: sorted(map(repr, db.execute(f"SELECT * FROM {t}"))) for t in TABLES}
    finally:
        db.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The two bundled plans and four synthetic documents (about 600 tasks)."""
    folder = tmp_path_factory.mktemp("corpus")
    for plan in (PLAN_2018, PLAN_2023):
        (folder / plan.name).write_bytes(plan.read_bytes())
    synthetic.generate(600, seed=7, out_dir=folder, tasks_per_doc=(150, 150))
    return folder


def test_worker_processes_store_what_one_process_stores(corpus, tmp_path):
    reports, rows = [], []
    for n_jobs in (1, 2):
        path = tmp_path / f"jobs{n_jobs}.db"
        store = SqliteStore(path)
        batch, outcomes = load_into(lambda: store, [corpus], n_jobs=n_jobs)
        store.close()
        assert [o.status for o in outcomes] == ["added"] * 6
        reports.append(format_report(batch, outcomes))
        rows.append(_rows(path))
    assert reports[0] == reports[1]
    assert "武政〔2018〕50号 (wuhan-2018-internationalisation-plan.txt; inline_clauses): added; 5 domains, " \
           "17 numbered tasks (18 with sub-parts split)" in reports[0]
    assert rows[0] == rows[1]
    assert len(rows[0]["documents"]) == 6


def test_a_failure_after_a_written_document_rolls_the_batch_back(tmp_path):
    empty = tmp_path / "z-empty.txt"  # read after the plan: the plan is already written when it fails
    empty.write_bytes(b"")
    store = SqliteStore(tmp_path / "s.db")
    batch, outcomes = load_into(lambda: store, [PLAN_2018, empty])
    assert outcomes is None
    assert [str(f) for f in batch.failures] == [f"{empty}: is empty"]
    assert isinstance(batch.results[0], Summary) and batch.results[0].counts()["tasks"] == 18
    assert store.documents() == [] and store.generation() == 0
    # with --skip-bad the plan is stored, and the report is the one of the whole-batch load
    batch, outcomes = load_into(lambda: store, [PLAN_2018, empty], skip_bad=True)
    assert [(o.doc, o.status) for o in outcomes] == [("武政〔2018〕50号", "added")]
    assert [d["tasks"] for d in store.documents()] == [18]


def test_a_truncated_copy_is_refused_and_the_rest_of_the_batch_waits_for_skip_bad(tmp_path):
    cut = tmp_path / "cut.txt"
    cut.write_bytes(PLAN_2018.read_bytes()[:3353])  # 4 of its 18 tasks (test_loader_pipeline)
    store = SqliteStore(tmp_path / "s.db")
    load_into(lambda: store, [PLAN_2018])
    batch, outcomes = load_into(lambda: store, [cut, PLAN_2023])
    assert outcomes is None and [d["doc"] for d in store.documents()] == ["武政〔2018〕50号"]
    assert [r.document.key for r in batch.results] == ["武政办〔2023〕84号"]  # the refused copy is only an error
    assert "with 4 tasks: 78% fewer" in str(batch.failures[0])
    batch, outcomes = load_into(lambda: store, [cut, PLAN_2023], skip_bad=True)
    assert [(o.doc, o.status) for o in outcomes] == [("武政办〔2023〕84号", "added")]
    assert sorted(d["tasks"] for d in store.documents()) == [18, 92]

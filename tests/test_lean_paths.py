"""The shortcuts that make the embedded store's commands fast give what the plain paths give, on the bundled plans.

Expected values are those of the slower path each shortcut replaces (a whole DataFrame then ``head``, the
networkx store's listing, the cache format written before), so a shortcut that drifts fails here.
"""

import io
import json

import numpy as np
import pytest
from conftest import PLAN_2018, PLAN_2023

from graph import analyses
from graph.coownership import coowners
from graph.formatting import render, render_chunks
from graph.incidence import task_column
from graph.nx_store import NetworkxStore
from graph.sqlite_incidence import _LARGE_STRINGS, _STRINGS, build, loads
from graph.sqlite_store import SqliteStore
from loaders import load


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    results = [load(PLAN_2018), load(PLAN_2023)]
    sqlite = SqliteStore(tmp_path_factory.mktemp("lean") / "s.db")
    sqlite.write(results)
    memory = NetworkxStore(None)
    memory.write(results)
    return sqlite, memory


def test_tasks_of_a_unit_are_the_networkx_stores_in_the_same_order(stores):
    sqlite, memory = stores
    for unit in ("市商务局", "市旅游委", "各区人民政府"):  # a canonical name, a 2019 name, a group
        assert sqlite.tasks(unit=unit) == memory.tasks(unit=unit)
    rows = sqlite.tasks(doc="武政〔2018〕50号")
    assert [r["number"] for r in rows][:3] == ["1.1", "1.2", "1.3"] and len(rows) == 18
    assert rows == memory.tasks(doc="武政〔2018〕50号")


def test_coowners_with_top_lists_the_same_first_rows(stores):
    sqlite, _memory = stores
    inc = sqlite.incidence()
    whole = coowners(inc, "市商务局")
    top = coowners(inc, "市商务局", top=3)
    assert top.to_dict("records") == whole.head(3).to_dict("records")
    assert analyses.resolve_unit(sqlite, "市旅游委") == "市文旅局"  # by the store's index, as units() names it


def test_stored_tasks_read_as_dicts_and_as_columns(stores):
    sqlite, memory = stores
    stored, built = sqlite.incidence(), memory.incidence()
    assert stored.tasks == built.tasks and len(stored.tasks) == 18 + 92
    assert task_column(stored, "domain") == [t["domain"] for t in built.tasks]
    assert task_column(stored, "number")[:2] == ["1.1", "1.2"]
    assert dict(stored.spellings) == built.spellings
    sub = sqlite.incidence(doc="武政办〔2023〕84号")
    assert [t["number"] for t in sub.tasks[:2]] == ["1", "2"] and set(task_column(sub, "doc")) == {"武政办〔2023〕84号"}


def test_a_cache_in_the_format_from_before_still_reads(stores):
    sqlite, _memory = stores
    arrays = build(sqlite.db, False)
    old = io.BytesIO()  # every string list in one JSON member, as the first stores wrote it
    strings = json.dumps({k: arrays[k] for k in _STRINGS}, ensure_ascii=False).encode("utf-8")
    np.savez(old, strings=np.frombuffer(strings, dtype=np.uint8),
             **{k: np.asarray(v) for k, v in arrays.items() if k not in _STRINGS})
    read = loads(old.getvalue())
    for key in (*_LARGE_STRINGS, "units", "docs", "lead_row", "docs_code"):
        assert np.array_equal(np.asarray(read[key]), np.asarray(arrays[key])), key


def test_pieces_of_a_table_join_to_the_table():
    rows = [{"unit": "市科技局", "n": 12, "tasks": [{"doc": "武政〔2018〕50号", "number": "1.1"}]},
            {"unit": "市商务局", "n": 3, "tasks": []}]
    whole = render(rows, "table", width=None)
    assert whole.splitlines()[2] == "市科技局  12  武政〔2018〕50号 1.1"
    assert "".join(render_chunks(rows, "table", width=None, lines=1)) == whole + "\n"
    assert "".join(render_chunks(rows, "csv", lines=1)) == render(rows, "csv") + "\n"

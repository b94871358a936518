"""The embedded store under real processes: concurrent loads all land, ``kill -9`` leaves the old or the new
store and no stray file. Each load is ``python3 cli.py load`` in a process of its own."""

import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest
from conftest import PLAN_2018, PLAN_2023, ROOT

sys.path.insert(0, str(ROOT / "bench"))
import synthetic  # noqa: E402


def _cli(store, *args, **kwargs):
    return subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "--store", str(store), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, **kwargs)


def _docs(store) -> list[str]:
    run = _cli(store, "docs", "--format", "json")
    out, err = run.communicate(timeout=120)
    assert run.returncode == 0, err
    return sorted(d["doc"] for d in json.loads(out))


@pytest.fixture(scope="module")
def synthetic_docs(tmp_path_factory):
    """Two synthetic documents (one per genre) of about 1,500 tasks, with their 文号."""
    folder = tmp_path_factory.mktemp("corpus")
    paths = synthetic.generate(3000, seed=5, out_dir=folder, tasks_per_doc=(1500, 1500))
    return paths


def test_concurrent_loads_all_land(tmp_path, synthetic_docs):
    """Four processes, each loading a different document into the same store at once."""
    files = [PLAN_2018, PLAN_2023, *synthetic_docs[:2]]
    for trial in range(2):
        store = tmp_path / f"trial{trial}.db"
        runs = [_cli(store, "load", str(f)) for f in files]
        results = [(r.communicate(timeout=300), r.returncode) for r in runs]
        assert all(code == 0 for _o, code in results), [o[1] for o, _c in results]
        assert all(": added;" in out for (out, _e), _c in results)
        docs = _docs(store)
        assert len(docs) == 4 and {"武政〔2018〕50号", "武政办〔2023〕84号"} <= set(docs)
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(store.name)) == [store.name]


def test_kill_9_leaves_the_old_or_the_new_store_and_no_stray_file(tmp_path, synthetic_docs):
    store = tmp_path / "store.db"
    first = _cli(store, "load", str(PLAN_2018))
    assert first.wait(timeout=120) == 0
    old = ["武政〔2018〕50号"]
    batch = [str(PLAN_2023), *map(str, synthetic_docs[:2])]
    # How long a full load takes, to spread the kills over it (a copy of the store, so it stays old).
    probe = tmp_path / "probe.db"
    probe.write_bytes(store.read_bytes())
    t0 = time.perf_counter()
    run = _cli(probe, "load", *batch)
    assert run.wait(timeout=300) == 0
    duration = time.perf_counter() - t0
    new = _docs(probe)
    assert len(new) == 4
    rng = random.Random(15)
    seen = set()
    # Most of a load is parsing (the store untouched); half the kills land in its last third, where it writes.
    delays = [rng.uniform(0.2, 1.0) * duration for _ in range(3)] + \
             [rng.uniform(0.67, 1.0) * duration for _ in range(3)]
    for delay in delays:
        run = _cli(store, "load", *batch, start_new_session=True)
        time.sleep(delay)
        os.kill(run.pid, signal.SIGKILL)
        run.communicate(timeout=60)
        docs = _docs(store)  # a reader opens it (and SQLite rolls back an unfinished transaction)
        assert docs in (old, new), delay
        seen.add(tuple(docs))
        # nothing beside the store once no process has it open: no journal, no temporary file
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("store")) == ["store.db"]
        if docs == new:  # start the next trial from the old store again
            store.unlink()
            assert _cli(store, "load", str(PLAN_2018)).wait(timeout=120) == 0
    assert seen  # (which of the two each kill left depends on the machine's speed)


def test_a_reader_never_sees_part_of_a_load(tmp_path, synthetic_docs):
    """While another process loads three documents, this one reads the store over and over: it sees the
    documents before the load or after it, each with all its tasks, never a part of the batch."""
    from graph.sqlite_store import SqliteStore

    store = tmp_path / "store.db"
    assert _cli(store, "load", str(PLAN_2018)).wait(timeout=120) == 0
    reader = SqliteStore(store)
    run = _cli(store, "load", str(PLAN_2023), *map(str, synthetic_docs[:2]))
    seen = []
    while run.poll() is None:
        with reader.reading():
            docs = reader.documents()
            tasks = reader.db.execute("SELECT count(*) FROM tasks WHERE has_parts = 0").fetchone()[0]
        assert tasks == sum(d["tasks"] for d in docs)  # every document whole
        if not seen or seen[-1] != len(docs):
            seen.append(len(docs))
        time.sleep(0.01)
    assert run.returncode == 0
    assert seen in ([1, 4], [4], [1])  # before, after, or both; nothing in between
    assert len(reader.documents()) == 4

"""A large generated plan (a few MB, table rows numbered past 9999) loads every task, the same with or without a
progress callback, and the callback's values grow to the file's size. Timings belong to bench/loader_scale.py."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import loader_scale  # noqa: E402
from loaders import load  # noqa: E402


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    path = tmp_path_factory.mktemp("scale") / "plan.txt"
    # 1,000 inline items and an annex table of about 10,700 rows: numbers past 9999 must be read too.
    written = loader_scale.build_text(path, megabytes=2.2, seed=5, inline_tasks=1000)
    return path, written["tasks"]


@pytest.fixture(scope="module")
def loaded(plan):
    path, _ = plan
    calls = []
    result = load(path, progress=lambda done, total: calls.append((done, total)))
    return result, calls


def test_every_numbered_task_is_read(plan, loaded):
    path, expected = plan
    result, _ = loaded
    counts = result.counts()
    assert path.stat().st_size > 2_000_000
    assert expected > 11_000  # 1,000 inline + the table's rows, which number past 9999
    assert counts["numbered_tasks"] == expected
    assert counts["warnings"] == 0
    table_numbers = {t.number for t in result.tasks if t.parent is None and "." not in t.number}
    assert table_numbers == {str(n) for n in range(1, expected - 1000 + 1)}


def test_progress_changes_no_record(plan, loaded):
    path, _ = plan
    result, _ = loaded
    assert load(path).as_dict() == result.as_dict()


def test_progress_grows_to_the_file_size(plan, loaded):
    path, _ = plan
    _, calls = loaded
    size = path.stat().st_size
    assert {total for _done, total in calls} == {size}
    done = [d for d, _t in calls]
    assert all(a < b for a, b in zip(done, done[1:]))
    assert done[-1] == size
    assert 10 <= len(calls) <= 101  # about once per percent, not once per line


def test_progress_of_text_in_memory():
    text = (Path(__file__).resolve().parent.parent / "examples" / "wuhan-2018-internationalisation-plan.txt").read_text(
        encoding="utf-8")
    calls = []
    load("plan.txt", text=text, progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (len(text), len(text))
    assert all(a[0] < b[0] for a, b in zip(calls, calls[1:]))
